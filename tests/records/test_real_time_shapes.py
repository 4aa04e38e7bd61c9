"""Real records of the time shapes and kinds of issue 11 (review defects 6 and 7).

The records are built in ``real_time_shapes.py`` (sources and excerpts there). Expected
wording is each source's own (quoted beside the expectation) or the rule of docs/vi.md.
"""

from __future__ import annotations

import attrs
import pytest
from real_time_shapes import (
    AN_GIANG_FACTS,
    QUANG_NGAI_FACTS,
    TAM_DUONG_FACTS,
    THANH_TRI_FACTS,
    an_giang_2020_survey_supervision,
    quang_ngai_2022_hearing,
    tam_duong_2020_supervision,
    thanh_tri_2019_supervision,
)

from tayho_coord import ValidationError
from tayho_coord.io import dumps, loads
from tayho_coord.metrics import record_metrics
from tayho_coord.model import (
    AdminUnit,
    Boundary,
    DocumentRef,
    OversightKind,
    PartialDate,
    PeriodKind,
    UnitKind,
)
from tayho_coord.report import render


def test_an_giang_covers_the_first_nine_months_in_the_sources_words() -> None:
    # baoangiang.com.vn a283986: "kết quả thực hiện nhiệm vụ phát triển kinh tế - xã hội 9
    # tháng đầu năm 2020" -- not "từ tháng 1/2020 đến tháng 9/2020".
    activity = an_giang_2020_survey_supervision()
    assert activity.covers is not None
    assert activity.covers.kind is PeriodKind.MONTHS
    assert activity.covers.label == AN_GIANG_FACTS["covers"] == "9 tháng đầu năm 2020"
    assert loads(dumps(activity)) == activity
    assert '"kind": "months"' in dumps(activity)
    text = render(activity, "text")
    assert "Thời kỳ xem xét: 9 tháng đầu năm 2020." in text
    assert "từ tháng 1/2020" not in text
    (row,) = record_metrics([activity])
    # the row is of its own time (the days its plan sets); what it examines is covers
    assert (row.covers, row.covers_start, row.covers_end) == (
        "9 tháng đầu năm 2020",
        "2020-01-01",
        "2020-09-30",
    )


def _body(text: str) -> str:
    return text.split("PHỤ LỤC")[0]


def test_tam_duong_was_held_over_two_days() -> None:
    # tamduong.vinhphuc.gov.vn ItemID=1207: "Trong các ngày 9,10/6/2020" -- two days, worded
    # "ngày 9 và 10/6/2020" (two consecutive days of one month, docs/vi.md), never the
    # first day alone.
    activity = tam_duong_2020_supervision()
    assert TAM_DUONG_FACTS["days"].endswith("9,10/6/2020")
    assert activity.held_text == "ngày 9 và 10/6/2020"
    assert activity.period.label == "từ ngày 9/6/2020 đến ngày 10/6/2020"
    assert loads(dumps(activity)) == activity
    body = _body(render(activity, "text"))
    assert "ngày 9 và 10/6/2020" in body
    assert "ngày 9/6/2020." not in body
    (row,) = record_metrics([activity])
    assert (row.period_start, row.period_end) == ("2020-06-09", "2020-06-10")
    # three days or more: from the first to the last (as a range is worded)
    longer = attrs.evolve(activity, held_until=PartialDate(2020, 6, 12))
    assert longer.held_text == "từ ngày 9/6/2020 đến ngày 12/6/2020"
    across = attrs.evolve(activity, held_on=PartialDate(2020, 5, 31), plan=None)
    assert across.held_text == "từ ngày 31/5/2020 đến ngày 10/6/2020"


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"held_on": None, "covers": None}, "held_until"),
        ({"held_until": PartialDate(2020, 6, 9)}, "held_until"),
        ({"held_until": PartialDate(2020, 6)}, "held_until"),
        ({"held_until": PartialDate(2020, 6, 8)}, "held_until"),
        ({"held_until": "2020-06-10"}, "held_until"),
        ({"report": DocumentRef("05/BC-HĐND", PartialDate(2020, 6, 9))}, "report.issued_on"),
        ({"scheduled_within": True}, "scheduled_within"),
        ({"scheduled_within": 1}, "scheduled_within"),
    ],
)
def test_a_span_held_that_is_not_one_is_refused(change: dict[str, object], field: str) -> None:
    with pytest.raises(ValidationError) as info:
        attrs.evolve(tam_duong_2020_supervision(), **change)
    assert info.value.field == field


def test_quang_ngai_plans_one_session_within_a_window_not_four_days() -> None:
    # dbnd.quangngai.gov.vn 6911: "dự kiến diễn ra trong một buổi (trong khoảng thời gian từ
    # ngày 12/9 đến ngày 15/9/2022)": a window for one session, not a four-day hearing.
    hearing = quang_ngai_2022_hearing()
    assert "trong khoảng thời gian" in QUANG_NGAI_FACTS["window"]
    assert hearing.planned_only
    assert hearing.scheduled_text == ("trong khoảng thời gian từ ngày 12/9/2022 đến ngày 15/9/2022")
    body = _body(render(hearing, "text"))
    assert "Dự kiến tổ chức trong khoảng thời gian từ ngày 12/9/2022 đến ngày 15/9/2022." in body
    assert "Dự kiến tổ chức từ ngày" not in body
    assert loads(dumps(hearing)) == hearing
    # the days a plan sets for the work itself stay its duration (An Giang: "từ ngày 1 đến
    # 7-10, đoàn giám sát ... tiến hành làm việc")
    an_giang = an_giang_2020_survey_supervision()
    assert AN_GIANG_FACTS["days"] == "từ ngày 1 đến 7-10"
    assert an_giang.scheduled_text == "từ ngày 1/10/2020 đến ngày 7/10/2020"


def test_old_activity_json_without_the_new_fields_still_loads() -> None:
    hearing = quang_ngai_2022_hearing()
    old = attrs.evolve(hearing, scheduled_within=False)
    text = (
        dumps(old)
        .replace(',\n    "held_until": null', "")
        .replace(',\n    "scheduled_within": false', "")
    )
    assert "held_until" not in text
    assert "scheduled_within" not in text
    assert loads(text) == old


def test_a_meeting_held_over_two_days_is_worded_by_its_days() -> None:
    # The rule of held_text (docs/vi.md: "ngày 04 và 05/8/2020" are two consecutive days),
    # on the Cầu Giấy sơ kết of 05/08/2020 (tests/records/real_records.py) moved to two days.
    from real_records import cau_giay_2020

    from tayho_coord.model import Meeting
    from tayho_coord.report import summarize

    interim = next(r for r in cau_giay_2020().records if isinstance(r, Meeting))
    assert interim.held_on == PartialDate(2020, 8, 5)
    meeting = attrs.evolve(interim, held_until=PartialDate(2020, 8, 6))
    assert meeting.held_text == "ngày 5 và 6/8/2020"
    assert meeting.day_period.label == "từ ngày 5/8/2020 đến ngày 6/8/2020"
    assert "Ngày 5 và 6/8/2020" in render(meeting, "text")
    assert "Hội nghị: 5 và 6/8/2020" in summarize(meeting)
    assert loads(dumps(meeting)) == meeting
    with pytest.raises(ValidationError) as info:
        attrs.evolve(meeting, held_until=PartialDate(2020, 8, 5))
    assert info.value.field == "held_until"


def test_the_summary_says_the_days_held_and_the_window_planned() -> None:
    from tayho_coord.report import summarize

    assert "Thời gian: 9 và 10/6/2020" in summarize(tam_duong_2020_supervision())
    assert "Dự kiến: trong khoảng thời gian từ ngày 12/9/2022 đến ngày 15/9/2022" in summarize(
        quang_ngai_2022_hearing()
    )


def test_an_activity_placed_only_by_an_articles_day_is_never_given_that_day() -> None:
    # nhipsonghanoi.vn 820705 (16/07/2019): "Từ đầu năm 2019 đến nay, ... Thường trực HĐND
    # huyện đã thực hiện đợt giám sát": held in 2019, on or before the article's day.
    activity = thanh_tri_2019_supervision()
    assert THANH_TRI_FACTS["article"] == "16/07/2019"
    assert activity.reported_on == PartialDate(2019, 7, 16)
    assert activity.time_label == "năm 2019"
    assert loads(dumps(activity)) == activity
    # Without the year the article gives ("Vừa qua, …", as tỉnh Tây Ninh's survey is
    # reported): no period, no day -- only "theo tin ngày 16/7/2019".
    bare = attrs.evolve(activity, held_on=None)
    assert bare.period is None
    assert (bare.time_label, bare.time_basis) == ("theo tin ngày 16/7/2019", "reported_on")
    body = _body(render(bare, "text"))
    assert "(theo tin ngày 16/7/2019)." in body
    assert "ngày 16/7/2019." not in body.replace("(theo tin ngày 16/7/2019).", "")
    from tayho_coord.report import summarize

    assert "Thời gian: theo tin ngày 16/7/2019" in summarize(bare)
    (row,) = record_metrics([bare])
    assert (row.period, row.period_basis) == ("theo tin ngày 16/7/2019", "reported_on")
    assert (row.period_kind, row.period_start, row.period_end) == (None, None, None)
    assert loads(dumps(bare)) == bare


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"held_on": PartialDate(2019, 8, 1)}, "reported_on"),
        ({"held_on": None, "reported_on": None}, "held_on"),
        ({"reported_on": "2019-07-16"}, "reported_on"),
        # a ward of the 2025 reform, reported in an article before it existed
        (
            {
                "unit": AdminUnit(
                    "ha-noi/tay-ho-phuong",
                    UnitKind.WARD,
                    "Tây Hồ",
                    valid_from=Boundary(PartialDate(2025, 7, 1)),
                ),
                "lead": None,
                "held_on": None,
                "reported_on": PartialDate(2025, 6, 30),
            },
            "reported_on",
        ),
    ],
)
def test_an_articles_day_before_what_it_reports_is_refused(
    change: dict[str, object], field: str
) -> None:
    with pytest.raises(ValidationError) as info:
        attrs.evolve(thanh_tri_2019_supervision(), **change)
    assert info.value.field == field


def test_an_giang_is_a_survey_and_a_supervision_in_the_sources_order() -> None:
    # baoangiang.com.vn a283986: "thành lập đoàn khảo sát, giám sát"; "Nội dung khảo sát,
    # giám sát tập trung ...": both kinds, khảo sát first.
    activity = an_giang_2020_survey_supervision()
    assert AN_GIANG_FACTS["kinds"] == "đoàn khảo sát, giám sát"
    assert activity.kinds == (OversightKind.SURVEY, OversightKind.SUPERVISION)
    assert activity.kinds_label == "khảo sát, giám sát"
    body = _body(render(activity, "text"))
    assert "Đoàn khảo sát, giám sát do Phó Chủ tịch" in body
    assert "Đoàn giám sát do" not in body
    assert "KẾ HOẠCH\nKhảo sát, giám sát kết quả thực hiện nhiệm vụ" in body
    assert "Đối tượng khảo sát, giám sát: Ủy ban nhân dân (UBND) huyện Tịnh Biên" in body
    assert loads(dumps(activity)) == activity
    from tayho_coord.report import summarize

    assert "khảo sát, giám sát" in summarize(activity)
    with pytest.raises(ValidationError) as info:
        attrs.evolve(activity, other_kinds=(OversightKind.SURVEY,))
    assert info.value.field == "other_kinds"
    with pytest.raises(ValidationError):
        attrs.evolve(activity, other_kinds=("supervision",))
