"""Real hearings and oversight activities: records, JSON, audits, metrics and documents.

The records are built in ``real_activities.py`` from their sources' figures (each source's
address and excerpts are there). Expected wording comes from the sources themselves (their
words are quoted beside each expectation), from issue 11's "Done when" (a hearing of the
Thường trực HĐND is not "phối hợp tổ chức"; a survey is not a supervision) and from Nghị
định 30/2020/NĐ-CP (ND30): Phụ lục I, Phần I, mục II, khoản 3 ("Số: …/KH-…"), khoản 4 (the
date line: "ngày 21 tháng 10 năm 2024", months 1 and 2 padded), khoản 7 (TM.); Phụ lục III
(type codes BC for Báo cáo, KH for Kế hoạch).
"""

from __future__ import annotations

import json
import warnings
from decimal import Decimal
from typing import Any

import attrs
import jsonschema
import pytest
from real_activities import (
    DATA,
    FILES,
    bac_ninh_supervision,
    binh_thuan_2020_survey,
    cau_giay_2024_hearing,
    duy_xuyen_2023_supervision,
    ha_noi_2024_hearing,
    nam_dong_2019_supervision,
    phu_tho_public_land,
    quang_phu_2025_supervision,
    tay_ho_da_nang_2025_supervision,
    tuyen_quang_2025_supervision,
)

from tayho_coord import FigureWarning, ValidationError
from tayho_coord.io import dumps, load, loads
from tayho_coord.metrics import record_metrics
from tayho_coord.model import (
    DocumentRef,
    FigurePart,
    Hearing,
    OversightActivity,
    OversightKind,
    PartialDate,
    PrintedFigure,
    ReportingPeriod,
    StatedFigure,
)
from tayho_coord.report import render


def _lines(text: str) -> list[str]:
    return [line for line in text.splitlines() if line]


def _body(text: str) -> str:
    """The document without its appendix (sources and excerpts live there)."""
    return text.split("PHỤ LỤC")[0]


# -- the data files ------------------------------------------------------------------------------


@pytest.mark.parametrize("name", sorted(FILES))
def test_the_data_files_are_the_builders_records(name: str) -> None:
    record = FILES[name]()
    path = DATA / f"{name}.json"
    assert path.read_text(encoding="utf-8") == dumps(record), "run tests/records/real_activities.py"
    assert load(path) == record
    assert loads(dumps(record)) == record


@pytest.mark.parametrize("name", sorted(FILES))
def test_the_data_files_follow_the_schema(name: str) -> None:
    from importlib.resources import files

    schema = json.loads(files("tayho_coord.io").joinpath("schema.json").read_text("utf-8"))
    document = json.loads((DATA / f"{name}.json").read_text(encoding="utf-8"))
    errors = [e.message for e in jsonschema.Draft202012Validator(schema).iter_errors(document)]
    assert errors == []


# -- what each source says, as the record holds it -----------------------------------------------


def test_cau_giay_plan_of_a_hearing_is_not_a_hearing_held() -> None:
    hearing = cau_giay_2024_hearing()
    # "Kế hoạch số 10/KH-HĐND ngày 21/10/2024" (issue 11); "Theo dự kiến, phiên giải trình tổ
    # chức trong tháng 11/2024": planned, never taken as held.
    assert hearing.plan is not None
    assert hearing.plan.label == "Kế hoạch số 10/KH-HĐND ngày 21/10/2024"
    assert hearing.held_on is None
    assert hearing.planned_only
    assert hearing.period == ReportingPeriod.month(2024, 11)
    # "giao Ban Pháp chế chủ trì phối hợp Ban Kinh tế - Xã hội, Văn phòng HĐND&UBND quận".
    assert hearing.lead is not None
    assert hearing.lead.kind.value == "council_legal_committee"
    assert [p.kind.value for p in hearing.partners] == [
        "council_economic_social_committee",
        "council_committee_office",
    ]
    assert len(hearing.answering) == 3  # UBND quận, the offices, the wards' chairs


def test_a_plan_without_a_number() -> None:
    hearing = ha_noi_2024_hearing()
    assert hearing.plan is not None
    assert hearing.plan.symbol is None
    # "HĐND TP Hà Nội vừa ban hành kế hoạch tổ chức giải trình về việc giải quyết kiến nghị
    # của cử tri": the kind and what it is about, no number, no date.
    assert hearing.plan.label == (
        "Kế hoạch tổ chức giải trình về việc giải quyết kiến nghị của cử tri"
    )
    with pytest.raises(ValidationError) as info:
        DocumentRef(None)
    assert info.value.field == "type_name"


def test_a_survey_is_not_a_supervision() -> None:
    survey = binh_thuan_2020_survey()
    # "chủ trì buổi khảo sát việc xây dựng trường học đạt chuẩn quốc gia", under the Ban's
    # "Chương trình giám sát số 43/CTr-HĐND ngày 13/01/2020".
    assert survey.kind is OversightKind.SURVEY
    assert survey.plan is not None
    assert survey.plan.label == "Chương trình giám sát số 43/CTr-HĐND ngày 13/1/2020"
    text = render(survey, "text")
    lines = _lines(text)
    # The source says "buổi khảo sát", never "chuyên đề": the record is not thematic.
    # "khảo sát việc …" as the source: a "việc" is the verb's object, never "về việc"
    assert "Kết quả khảo sát việc xây dựng trường học đạt chuẩn quốc gia" in lines
    intro = next(line for line in lines if line.startswith("Thực hiện "))
    assert " tổ chức khảo sát việc xây dựng trường học đạt chuẩn quốc gia" in intro
    assert "chuyên đề" not in text
    assert intro.endswith(" ngày 17/6/2020.")
    assert "tổ chức giám sát" not in text
    # "Trưởng Ban Văn hóa - Xã hội HĐND tỉnh đã chủ trì" (the documents write the
    # hyphen-minus of ND30's own motto between the parts of a compound name).
    assert "Trưởng Ban Văn hóa - Xã hội HĐND tỉnh Bình Thuận chủ trì." in lines
    assert "Đối tượng khảo sát: Trường THCS và THPT Lê Lợi và Trường Mầm non, Tiểu học, " in text


def test_a_delegation_group_after_the_reform() -> None:
    activity = tuyen_quang_2025_supervision()
    lines = _lines(render(activity, "text"))
    # ND30 khoản 3 and 4: BC of the council's standing committee; the year of the activity.
    assert "Số: …/BC-HĐND" in lines
    assert "Tuyên Quang, ngày … tháng … năm 2025" in lines
    # "Thực hiện Quyết định số 65/QĐ-HĐND ngày 05/11/2025 của Thường trực Hội đồng nhân dân
    # tỉnh về thành lập Đoàn giám sát …, ngày 24/11/2025, Tổ 2 Đoàn giám sát do ông …,
    # Trưởng Ban Pháp chế HĐND tỉnh, làm Tổ trưởng".
    intro = next(line for line in lines if line.startswith("Thực hiện "))
    assert intro.startswith(
        "Thực hiện Quyết định số 65/QĐ-HĐND ngày 5/11/2025 về thành lập Đoàn giám sát, "
        "Thường trực Hội đồng nhân dân (HĐND) tỉnh Tuyên Quang tổ chức giám sát việc giải "
        "quyết"
    )
    assert intro.endswith(" ngày 24/11/2025.")
    assert (
        "Tổ công tác của đoàn giám sát do Trưởng Ban Pháp chế HĐND tỉnh Tuyên Quang làm tổ trưởng."
    ) in lines
    assert "TM. THƯỜNG TRỰC HỘI ĐỒNG NHÂN DÂN" in lines


def test_a_day_without_its_year_is_not_kept() -> None:
    activity = bac_ninh_supervision()
    # "Ngày 24-5, Đoàn giám sát … trong 2 năm 2016, 2017": no year for the day.
    assert activity.held_on is None
    assert activity.period.label == "từ năm 2016 đến năm 2017"
    lines = _lines(render(activity, "text"))
    assert "Bắc Ninh, ngày … tháng … năm …" in lines  # no year guessed for the document
    assert "Chủ tịch HĐND tỉnh Bắc Ninh chủ trì." in lines  # "Chủ tịch HĐND tỉnh chủ trì"


def test_the_fronts_delegation_and_its_members() -> None:
    activity = duy_xuyen_2023_supervision()
    lines = _lines(render(activity, "text", appendix=False))
    # The front's documents: MTTQ after the type code, signed for its standing board.
    assert "Số: …/BC-MTTQ" in lines
    assert "TM. BAN THƯỜNG TRỰC" in lines
    # "do ông …, Chủ tịch Ủy ban MTTQ Việt Nam huyện làm Trưởng đoàn"
    assert (
        "Đoàn giám sát do Chủ tịch Ủy ban MTTQ Việt Nam huyện Duy Xuyên làm trưởng đoàn." in lines
    )
    partners = next(line for line in lines if line.endswith(" phối hợp."))
    assert partners.startswith("Ban Thường trực Ủy ban MTTQ Việt Nam huyện Duy Xuyên, ")
    assert partners.endswith(" và đại diện lãnh đạo các tổ chức chính trị - xã hội huyện phối hợp.")
    assert "Đối tượng giám sát: UBND xã Duy Vinh." in lines


def test_a_ward_and_a_commune_of_the_reform() -> None:
    ward = quang_phu_2025_supervision()
    assert ward.period.label == "quý IV năm 2025"
    assert ward.planned_only
    # The ward began on 01/07/2025: the same activity set for 2024 is refused.
    with pytest.raises(ValidationError, match="did not exist then") as info:
        attrs.evolve(ward, scheduled=ReportingPeriod.quarter(2024, 4))
    assert info.value.field == "scheduled"
    commune = tay_ho_da_nang_2025_supervision()
    assert commune.lead is not None
    # "Ban Kinh tế - ngân sách HĐND xã" (the source): a hyphen between spaces
    assert commune.lead.full_name == "Ban Kinh tế - Ngân sách Hội đồng nhân dân xã Tây Hồ"
    # "từ nay đến cuối năm 2025", said at the session of 22/8/2025.
    assert commune.period.label == "từ ngày 22/8/2025 đến tháng 12/2025"


def test_a_supervision_known_by_its_report() -> None:
    activity = nam_dong_2019_supervision()
    # "Ngày 03/7/2019 HĐND huyện ban hành báo cáo số 11/BC-HĐND": the only day it gives.
    assert activity.period == ReportingPeriod.day(PartialDate(2019, 7, 3))
    assert not activity.planned_only
    (figure,) = activity.figures
    assert figure.printed.ratio == 1  # "51/51 ý kiến"
    assert activity.figure_findings() == ()
    text = render(activity, "text")
    body, appendix = text.split("PHỤ LỤC")
    lines = _lines(body)
    assert "Nam Đông, ngày … tháng … năm 2019" in lines
    # What it found, then what it asked (kiến nghị), each a section of the BÁO CÁO.
    assert lines.index("I. KẾT QUẢ") < lines.index("II. KIẾN NGHỊ")
    assert (
        "- Ý kiến đã và đang được xử lý, trả lời bằng văn bản trình tại kỳ họp thứ 8: 51/51."
        in lines
    )
    assert (
        "- UBND huyện chỉ đạo các ngành chức năng tiếp tục rà soát, đưa ra giải pháp khắc phục "
        "những tồn tại, hạn chế." in lines
    )
    assert (
        "Kết quả được báo cáo tại Báo cáo số 11/BC-HĐND ngày 3/7/2019 về kết quả giám sát việc "
        "giải quyết kiến nghị của cử tri tại kỳ họp thứ 7." in appendix
    )


# -- the audit of the figures heard --------------------------------------------------------------


def test_parts_that_do_not_add_up_are_a_finding_never_corrected() -> None:
    figure = phu_tho_public_land()
    # Phú Thọ: 46,4 + 6.269,7 + 79,2 + 1.943 = 8.338,3 against the 8.338,4 printed. Each part
    # is printed to 0 or 1 decimal, so the true sum may lie 0,65 either side: within rounding.
    assert figure.findings() == (
        "the parts of 'diện tích đất công ích do UBND cấp xã quản lý đến hết năm 2020 (ha)' "
        "add up to 8.338,3, 0,1 less than the 8.338,4 printed (within the rounding of the "
        "figures as printed)",
    )
    assert figure.printed.value == Decimal("8338.4")  # kept as printed
    counts = StatedFigure(
        "ý kiến",
        PrintedFigure("132"),
        (FigurePart("trung ương", PrintedFigure("18")), FigurePart("tỉnh", PrintedFigure("93"))),
    )
    # 18 + 93 = 111: 21 short of 132, far beyond the rounding of whole counts (1,5).
    assert counts.findings() == (
        "the parts of 'ý kiến' add up to 111, 21 less than the 132 printed",
    )
    unit = cau_giay_2024_hearing().unit
    with pytest.warns(FigureWarning, match="add up to 111, 21 less than the 132 printed"):
        hearing = Hearing("x", unit, "y", held_on=PartialDate(2024, 11), figures=(counts,))
    assert hearing.figure_findings() == counts.findings()
    # Percentages and fractions are not added up.
    shares = attrs.evolve(counts, printed=PrintedFigure("100%"))
    assert shares.findings() == ()


# -- the model's checks --------------------------------------------------------------------------


def test_plans_reports_and_schedules_in_time() -> None:
    hearing = cau_giay_2024_hearing()
    cases: list[tuple[dict[str, Any], str]] = [
        # A plan dated after the time it sets.
        ({"scheduled": ReportingPeriod.month(2024, 9)}, "plan.issued_on"),
        # A report of the results dated before the hearing.
        (
            {
                "scheduled": None,
                "held_on": PartialDate(2024, 11, 20),
                "report": DocumentRef("1/BC-HĐND", PartialDate(2024, 11, 1)),
            },
            "report.issued_on",
        ),
        # The plan dated after the report.
        (
            {"scheduled": None, "report": DocumentRef("1/BC-HĐND", PartialDate(2024, 10, 1))},
            "plan.issued_on",
        ),
        # Nothing of when: no day, no period, no schedule, no dated report.
        ({"scheduled": None}, "held_on"),
        ({"part_of_day": "sáng"}, "part_of_day"),
        ({"other_partners": ("a", "a")}, "other_partners"),
    ]
    for changes, field in cases:
        with pytest.raises(ValidationError) as info:
            attrs.evolve(hearing, **changes)
        assert info.value.field == field, changes
    reported = attrs.evolve(
        hearing, scheduled=None, report=DocumentRef("1/BC-HĐND", PartialDate(2024, 12, 2))
    )
    assert reported.period.label == "ngày 2/12/2024"
    assert not reported.planned_only


# -- metrics -------------------------------------------------------------------------------------


def test_metrics_rows_keep_planned_apart_from_held() -> None:
    records = [build() for build in FILES.values()]
    table = record_metrics(records)
    rows = {row.record_ids: row for row in table}
    planned = rows["ha-noi/cau-giay/giai-trinh-2024"]
    assert (planned.kind, planned.kind_label) == ("hearing", "phiên giải trình")
    assert (planned.period, planned.period_kind) == ("tháng 11 năm 2024", "month")
    assert (planned.records, planned.planned_only) == (1, 1)
    survey = rows["binh-thuan/khao-sat-truong-chuan-2020"]
    assert (survey.kind, survey.kind_label, survey.planned_only) == ("survey", "khảo sát", 0)
    assert (survey.period_start, survey.period_end) == ("2020-06-17", "2020-06-17")
    ward = rows["da-nang/quang-phu/giam-sat-hanh-chinh-cong-2025"]
    assert (ward.period, ward.period_start, ward.period_end) == (
        "quý IV năm 2025",
        "2025-10-01",
        "2025-12-31",
    )
    assert ward.planned_only == 1
    # No petition figures in any of them: nothing to give a rate from.
    assert all(row.resolution_rate is None for row in table)
    assert sum(row.planned_only for row in table) == 4


# -- odd values ----------------------------------------------------------------------------------

_FIELDS = [f.name for f in attrs.fields(OversightActivity) if f.name not in ("id", "kind")]


@pytest.mark.parametrize("name", _FIELDS)
def test_odd_field_values_get_the_librarys_error(name: str) -> None:
    from hypothesis import given, settings
    from hypothesis import strategies as st

    base = tuyen_quang_2025_supervision()
    odd = st.one_of(
        st.none(),
        st.integers(),
        st.text(max_size=5),
        st.lists(st.integers(), max_size=2).map(tuple),
        st.tuples(st.text(max_size=3)),
        st.just(object()),
    )

    @settings(max_examples=25, deadline=None)
    @given(odd)
    def check(value: object) -> None:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            try:
                record = attrs.evolve(base, **{name: value})
            except ValidationError as exc:
                str(exc)
            else:
                assert isinstance(record, OversightActivity)

    check()


# -- the plan as the document of an activity known only from its plan ---------------------------


def test_the_plan_of_a_hearing_is_its_document() -> None:
    hearing = cau_giay_2024_hearing()
    text = render(hearing, "text")
    lines = _lines(_body(text))
    # The record's plan is itself a Kế hoạch: its number and date are the document's (ND30
    # khoản 3, Phụ lục III: KH; khoản 4: "ngày 21 tháng 10 năm 2024").
    assert "Số: 10/KH-HĐND" in lines
    assert "Cầu Giấy, ngày 21 tháng 10 năm 2024" in lines
    assert "KẾ HOẠCH" in lines
    assert (
        "Tổ chức phiên giải trình về việc giải quyết kiến nghị, phản ánh của cử tri trên địa "
        "bàn quận từ đầu nhiệm kỳ 2021-2026 đến nay" in lines
    )
    # "Theo dự kiến, phiên giải trình tổ chức trong tháng 11/2024": planned, not held.
    assert "Dự kiến tổ chức trong tháng 11 năm 2024." in lines
    # "Thường trực HĐND quận giao Ban Pháp chế chủ trì phối hợp Ban Kinh tế - Xã hội, Văn
    # phòng HĐND&UBND quận, các phòng, ban, ngành, đơn vị liên quan chuẩn bị …".
    assert (
        "Ban Pháp chế HĐND quận Cầu Giấy chủ trì, phối hợp với Ban Kinh tế - Xã hội HĐND quận "
        "Cầu Giấy, Văn phòng HĐND và UBND quận Cầu Giấy và các phòng, ban, ngành, đơn vị liên "
        "quan chuẩn bị các nội dung liên quan đến phiên giải trình."
    ) in lines
    # The Thường trực organises the hearing: never "phối hợp tổ chức" (issue 11).
    assert "phối hợp tổ chức" not in text
    assert "TM. THƯỜNG TRỰC HỘI ĐỒNG NHÂN DÂN" in lines
    # A number given replaces the plan's own (ND30 khoản 3: below 10 with a leading zero).
    assert "Số: 03/KH-HĐND" in _lines(render(hearing, "text", number=3))
    # A hearing not yet held has no results to report.
    with pytest.raises(ValidationError) as info:
        render(hearing, "text", document="report")
    assert info.value.field == "document"
    with pytest.raises(ValidationError):
        render(hearing, "text", document="conclusion")


def test_the_plan_that_carries_out_a_resolution() -> None:
    lines = _lines(render(quang_phu_2025_supervision(), "text", appendix=False))
    # The plan of record is a Nghị quyết (on the ward council's oversight programme): the
    # Kế hoạch carries it out, its number and date to fill by hand.
    assert "Số: …/KH-HĐND" in lines
    assert "Quảng Phú, ngày … tháng … năm …" in lines
    assert lines[lines.index("KẾ HOẠCH") + 2].startswith(
        "Thực hiện Nghị quyết về chương trình giám sát của Thường trực Hội đồng nhân dân (HĐND) "
        "và các Ban của HĐND phường, Thường trực HĐND phường Quảng Phú ban hành Kế hoạch giám "
        "sát kết quả hoạt động"
    )
    # "dự kiến trong quý IV/2025".
    assert "Dự kiến thực hiện trong quý IV năm 2025." in lines
    # A supervision held has its report, and may have its plan too.
    held = tuyen_quang_2025_supervision()
    assert "KẾ HOẠCH" in _lines(render(held, "text", document="plan"))


def test_summaries_say_planned_as_planned() -> None:
    from tayho_coord.report import summarize

    lines = summarize(cau_giay_2024_hearing()).splitlines()
    assert "Kế hoạch: Kế hoạch số 10/KH-HĐND ngày 21/10/2024" in lines
    assert "Dự kiến: tháng 11 năm 2024" in lines
    assert not any(line.startswith("Thời gian:") for line in lines)  # never said as held
    lines = summarize(tuyen_quang_2025_supervision()).splitlines()
    # A decision that set up the delegation is carried out, not called a Kế hoạch.
    assert "Thực hiện: Quyết định số 65/QĐ-HĐND ngày 5/11/2025 về thành lập Đoàn giám sát" in lines
    assert "Tổ trưởng: Trưởng Ban Pháp chế Hội đồng nhân dân tỉnh Tuyên Quang" in lines
    assert "Thời gian: 24/11/2025" in lines
    lines = summarize(nam_dong_2019_supervision()).splitlines()
    assert (
        "Kiến nghị: UBND huyện chỉ đạo các ngành chức năng tiếp tục rà soát, đưa ra giải "
        "pháp khắc phục những tồn tại, hạn chế" in lines
    )


def test_leaders_and_parts_are_checked() -> None:
    from tayho_coord.model import Leader, Title

    activity = tuyen_quang_2025_supervision()
    assert activity.leader is not None
    post = activity.leader.post
    assert post.title is Title.HEAD
    with pytest.raises(ValidationError) as info:
        Leader(post, "group_head")  # type: ignore[arg-type]
    assert info.value.field == "role"
    with pytest.raises(ValidationError) as info:
        Leader("Trưởng Ban Pháp chế")  # type: ignore[arg-type]
    assert info.value.field == "post"
    part = FigurePart("đang cho thuê", PrintedFigure("6.269,7"))
    with pytest.raises(ValidationError) as info:
        StatedFigure("diện tích", PrintedFigure("8.338,4"), (part, part))
    assert info.value.field == "parts"
