"""Issue 11's records that did not fit: what a source leaves unstated, and figures as bounds.

The rules, each tested on real records (tests/records/real_unstated.py: addresses and short
facts) and on records of the same shape built here:

1. an agreement whose source names no term or year has the period NOT_STATED: no period is
   invented; metrics place it by its signing day or say that nothing places it; what needs
   a period raises a ValidationError saying so;
2. a meeting reported without its own day ("Vừa qua, …") has ``reported_on`` (the article's
   day), never copied as its day; metrics and reports say which they used;
3. a review that names no part it reviews has ``period_reviewed=NOT_STATED``, apart from None
   (the agreement's whole period, as old files read);
4. "từ đầu nhiệm kỳ … đến nay" ends on the record's own day, worded as printed;
5. a count printed as a bound ("hơn 60", "trên 800") keeps its word and is audited as a
   bound, never as the value.
"""

from __future__ import annotations

import json
import re
import warnings
from typing import TYPE_CHECKING

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st
from real_unstated import (
    KHANH_HOA,
    VINH_LONG_SOURCE,
    _standing,
    cau_giay_2024_to_date,
    chanh_hiep_2025,
    ha_noi_2024_to_date,
    khanh_hoa_2020_regulation,
    khanh_hoa_2020_signing,
    ky_anh_2017_regulation,
    nam_can_regulation,
    tan_chau_2015,
    vinh_long_regulation,
)

from tayho_coord.cli import main
from tayho_coord.errors import DataError, ValidationError
from tayho_coord.io import dump, dumps, loads
from tayho_coord.metrics import record_metrics
from tayho_coord.model import (
    NOT_STATED,
    Boundary,
    Citation,
    CoordinationProgram,
    Meeting,
    MeetingKind,
    NotStated,
    PartialDate,
    PetitionStats,
    PrintedFigure,
    Qualifier,
    RecordSet,
    ReportingPeriod,
    StatedFigure,
    schedule,
)
from tayho_coord.report import render

if TYPE_CHECKING:
    from collections.abc import Callable
    from pathlib import Path


def _row(record: object) -> object:
    (row,) = record_metrics([record])  # type: ignore[list-item]
    return row


# -- 1. an agreement whose source names no term -------------------------------------------------


@pytest.mark.parametrize(
    ("build", "title", "signed"),
    [
        # baokhanhhoa.vn, 1/7/2020: "lễ ký kết Quy chế phối hợp công tác giữa Thường trực HĐND
        # tỉnh với Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh" (no term named)
        (khanh_hoa_2020_regulation, "Quy chế phối hợp", "2020-07-01"),
        # kyanh.gov.vn, 15/5/2017: "lễ ký kết quy chế phối hợp … gồm 03 chương, 11 điều"
        (ky_anh_2017_regulation, "Quy chế phối hợp", "2017-05-15"),
    ],
)
def test_a_regulation_without_a_term_is_placed_by_its_signing_day(
    build: object, title: str, signed: str
) -> None:
    rule = build()  # type: ignore[operator]
    assert rule.period is NOT_STATED
    assert not rule.period_stated
    assert rule.title == title  # the kind alone: no period is worded that the source lacks
    assert loads(dumps(rule)) == rule
    assert '"period": "not_stated"' in dumps(rule)
    row = _row(rule)
    day = PartialDate.parse_iso(signed)
    # the row's time is the signing day, said as such ("ký ngày 1/7/2020")
    assert row.period == f"ký ngày {day.day}/{day.month}/{day.year}"  # type: ignore[attr-defined]
    assert (row.period_basis, row.period_start, row.period_end) == (  # type: ignore[attr-defined]
        "signed_on",
        signed,
        signed,
    )
    assert row.covers is None  # type: ignore[attr-defined]


def test_a_regulation_known_by_nothing_is_placed_by_nothing_and_says_so() -> None:
    # thvl.vn: the sơ kết of the "quy chế phối hợp công tác của 3 thường trực" of tỉnh Vĩnh
    # Long, which names neither its term nor its signing day.
    rule = vinh_long_regulation()
    row = _row(rule)
    assert row.period == "không nêu thời hạn, không rõ ngày ký"  # type: ignore[attr-defined]
    assert (row.period_basis, row.period_kind, row.period_start) == ("not_stated", None, None)  # type: ignore[attr-defined]


def _year(rule: CoordinationProgram) -> object:
    return rule.year


@pytest.mark.parametrize(
    "use", [_year, schedule, lambda rule: rule.period_for("a review conference")]
)
def test_what_needs_a_period_says_the_source_states_none(use: Callable[..., object]) -> None:
    rule = khanh_hoa_2020_regulation()
    with pytest.raises(ValidationError) as info:
        use(rule)
    assert info.value.field == "period"
    assert info.value.value == "not_stated"
    assert "the source of khanh-hoa/quy-che-tt-hdnd-btt-mttq states none" in info.value.reason


def test_an_agreement_refuses_none_and_names_not_stated() -> None:
    with pytest.raises(ValidationError, match="or NOT_STATED where the source names none"):
        attrs.evolve(khanh_hoa_2020_regulation(), period=None)


def test_the_signing_of_a_regulation_without_a_term_renders_and_round_trips() -> None:
    signing = khanh_hoa_2020_signing()
    assert signing.title == "lễ ký kết Quy chế phối hợp"
    assert loads(dumps(signing)) == signing
    text = render(signing, "text")
    assert "Quy chế phối hợp" in text
    assert "nhiệm kỳ" not in text  # no term is written that the source does not name


def test_a_signing_day_the_unit_never_had_is_refused() -> None:
    # Without a period, the signing day is what the unit's validity is held against (the
    # unit's end here is the test's, to make the rule bite; the record's day is its source's).
    ended = attrs.evolve(KHANH_HOA, valid_to=Boundary(PartialDate(2019, 12, 31)))
    rule = khanh_hoa_2020_regulation()
    parties = _standing(ended, council=True, committee=False)
    with pytest.raises(ValidationError) as info:
        attrs.evolve(rule, unit=ended, parties=parties)
    assert (info.value.field, info.value.value) == ("signed_on", "2020-07-01")


# -- 2. a meeting reported without its own day ---------------------------------------------------


def _review_of(rule: CoordinationProgram, **changes: object) -> Meeting:
    return Meeting(
        "x/so-ket",
        MeetingKind.INTERIM_REVIEW,
        rule.unit,
        changes.pop("held_on", None),  # type: ignore[arg-type]
        reviewed=rule,
        **changes,  # type: ignore[arg-type]
    )


@pytest.mark.parametrize("build", [vinh_long_regulation, nam_can_regulation])
def test_a_meeting_with_no_day_at_all_is_refused_and_says_what_to_give(build: object) -> None:
    # Vĩnh Long's sơ kết and Năm Căn's tổng kết of 2018 are reported "Vừa qua, …"; the
    # stored pages show no date of the article either: nothing places them, and no day is
    # made up (the test builds them without one and expects the refusal).
    with pytest.raises(ValidationError) as info:
        _review_of(build())  # type: ignore[operator]
    assert info.value.field == "held_on"
    assert "or the day of an article reporting it (reported_on)" in info.value.reason


@given(
    day=st.dates(min_value=PartialDate(2017).first_day(), max_value=PartialDate(2030).last_day())
)
def test_a_meeting_placed_by_its_article_is_never_given_that_day(day: object) -> None:
    on = PartialDate.from_date(day)  # type: ignore[arg-type]
    meeting = _review_of(vinh_long_regulation(), reported_on=on, period_reviewed=NOT_STATED)
    assert meeting.held_on is None
    assert meeting.day_period is None
    assert meeting.held_text is None
    assert meeting.time_basis == "reported_on"
    assert meeting.time_label == f"theo tin ngày {on.day}/{on.month}/{on.year}"
    row = _row(meeting)
    assert (row.period_basis, row.period_start, row.period_end) == ("reported_on", None, None)  # type: ignore[attr-defined]
    assert loads(dumps(meeting)) == meeting


def test_a_meeting_report_says_the_articles_day_as_such() -> None:
    meeting = _review_of(
        vinh_long_regulation(),
        reported_on=PartialDate(2021, 3, 2),
        period_reviewed=NOT_STATED,
        sources=(Citation(VINH_LONG_SOURCE, "sơ kết thực hiện quy chế phối hợp"),),
    )
    text = render(meeting, "text")
    # the day is the article's, said as such; never "ngày 2/3/2021 …" as the meeting's day
    assert "Hội nghị sơ kết thực hiện Quy chế phối hợp được tổ chức (theo tin ngày 2/3/2021)" in (
        text.replace("\n", " ")
    )
    assert "Vĩnh Long, ngày … tháng … năm …" in text  # no year is taken from the article


def test_the_day_held_comes_before_the_articles_day() -> None:
    rule = ky_anh_2017_regulation()
    with pytest.raises(ValidationError, match=r"is before the held_on \(2017-06-01\)"):
        _review_of(rule, held_on=PartialDate(2017, 6, 1), reported_on=PartialDate(2017, 5, 31))
    both = _review_of(rule, held_on=PartialDate(2017, 6), reported_on=PartialDate(2017, 6, 30))
    assert both.time_basis == "held_on"  # a day of its own comes first


def test_old_meeting_files_read_as_before() -> None:
    meeting = khanh_hoa_2020_signing()
    old = re.sub(r',?\n\s*"reported_on": null', "", dumps(meeting))
    assert "reported_on" not in old
    assert loads(old) == meeting


# -- 3. a review that names no part it reviews --------------------------------------------------


def test_not_stated_is_not_the_whole_period() -> None:
    program = CoordinationProgram(
        "ky-anh/ct-2018", ky_anh_2017_regulation().unit, 2018, ky_anh_2017_regulation().parties
    )
    whole = _review_of(program, held_on=PartialDate(2018, 7))
    unnamed = _review_of(program, held_on=PartialDate(2018, 7), period_reviewed=NOT_STATED)
    # None (old files): the whole year; NOT_STATED: the source names no part
    assert whole.period == ReportingPeriod.year(2018)
    assert unnamed.period is NOT_STATED
    assert _row(whole).covers == "năm 2018"  # type: ignore[attr-defined]
    assert _row(unnamed).covers is None  # type: ignore[attr-defined]
    assert unnamed.title == "hội nghị sơ kết thực hiện Chương trình phối hợp năm 2018"
    assert loads(dumps(unnamed)) == unnamed
    assert loads(dumps(whole)).period_reviewed is None
    # a signing names no part, stated or not
    with pytest.raises(ValidationError, match="a signing reviews nothing"):
        attrs.evolve(khanh_hoa_2020_signing(), period_reviewed=NOT_STATED)


# -- 4. "từ đầu nhiệm kỳ … đến nay" ------------------------------------------------------------


def test_a_term_to_now_ends_on_the_records_day() -> None:
    # Cầu Giấy 2024 (Kế hoạch 10/KH-HĐND ngày 21/10/2024) and Hà Nội 2024 (a plan without a
    # day): "từ đầu nhiệm kỳ 2021-2026 đến nay", as printed.
    cau_giay, ha_noi = (_quiet(cau_giay_2024_to_date), _quiet(ha_noi_2024_to_date))
    assert cau_giay.covers is not None
    assert cau_giay.covers.label == "từ đầu nhiệm kỳ 2021-2026 đến nay"
    row = _row(cau_giay)
    assert (row.covers, row.covers_start, row.covers_end) == (  # type: ignore[attr-defined]
        "từ đầu nhiệm kỳ 2021-2026 đến nay",
        "2021",  # the term's first day is not given (review 4, F9): its year alone
        "2024-10-21",  # the plan's day: the day its words were written
    )
    row = _row(ha_noi)
    assert (row.covers_start, row.covers_end) == ("2021", None)  # type: ignore[attr-defined]
    for hearing in (cau_giay, ha_noi):
        assert _quiet(lambda h=hearing: loads(dumps(h))) == hearing


def _quiet(build: object) -> object:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return build()  # type: ignore[operator]


def test_a_review_from_the_start_of_the_term_to_now() -> None:
    term = CoordinationProgram(
        "ky-anh/quy-che-2021-2026",
        ky_anh_2017_regulation().unit,
        ReportingPeriod.term(2021, 2026),
        ky_anh_2017_regulation().parties,
    )
    meeting = _review_of(
        term,
        held_on=PartialDate(2023, 8, 5),
        period_reviewed=ReportingPeriod.term_to_now(2021, 2026),
    )
    assert meeting.title.startswith("hội nghị sơ kết từ đầu nhiệm kỳ 2021-2026 đến nay")
    covers = meeting.covers
    assert isinstance(covers, ReportingPeriod)
    assert covers.last_day().isoformat() == "2023-08-05"
    row = _row(meeting)
    assert (row.covers, row.covers_end) == ("từ đầu nhiệm kỳ 2021-2026 đến nay", "2023-08-05")  # type: ignore[attr-defined]


@given(
    first=st.integers(1945, 2190),
    length=st.integers(1, 10),
    offset=st.integers(0, 4000),
)
def test_term_to_now_is_fuzzed(first: int, length: int, offset: int) -> None:
    period = ReportingPeriod.term_to_now(first, first + length)
    assert period.label == f"từ đầu nhiệm kỳ {first}-{first + length} đến nay"
    assert period.ends_on_record_day
    assert loads(dumps(period)) == period
    day = PartialDate.from_date(
        period.first_day().fromordinal(period.first_day().toordinal() + offset)
    )
    if day.year > first + length:
        with pytest.raises(ValidationError, match="is after the term"):
            period.ending_on(day)
        return
    ended = period.ending_on(day)
    assert ended.last_day() == day.last_day()
    assert not ended.ends_on_record_day
    assert period.ending_on(None) is period


def test_an_agreements_period_never_ends_on_a_record_day() -> None:
    with pytest.raises(ValidationError, match="not 'đến nay'"):
        attrs.evolve(khanh_hoa_2020_regulation(), period=ReportingPeriod.term_to_now(2021, 2026))


# -- 5. counts printed as bounds -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "qualifier", "value"),
    [
        ("hơn 60", Qualifier.MORE_THAN, "60"),  # phường Chánh Hiệp, nld.com.vn 13/8/2025
        ("trên 800", Qualifier.MORE_THAN, "800"),  # huyện Tân Châu, baotayninh.vn 2015
        ("hơn 1.472", Qualifier.MORE_THAN, "1472"),  # Quốc hội, vneconomy.vn 20/10/2025
        ("trên 85%", Qualifier.MORE_THAN, "0.85"),  # nhandan.vn 07/03/2022 ("trên 85%")
        ("gần 200", Qualifier.NEARLY, "200"),
        ("khoảng 50", Qualifier.ABOUT, "50"),
        ("Hơn 60", Qualifier.MORE_THAN, "60"),  # at the start of a sentence
    ],
)
def test_a_bound_keeps_its_word(text: str, qualifier: Qualifier, value: str) -> None:
    figure = PrintedFigure(text)
    assert (figure.text, figure.qualifier, str(figure.value)) == (text, qualifier, value)
    assert not figure.is_exact
    assert str(figure) == text  # the wording as printed
    with pytest.raises(ValidationError, match="is a bound"):
        _ = figure.ratio
    with pytest.raises(ValidationError, match="is a bound"):
        _ = figure.percent_ratio


@pytest.mark.parametrize("text", ["hơn18/93", "hơn 18/93", "HƠN 60", "hơn  60", "hơn", "trên -"])
def test_what_is_not_a_bound_is_refused_or_read_plain(text: str) -> None:
    with pytest.raises(ValidationError) as info:
        PrintedFigure(text)
    assert info.value.value == text


def test_the_real_bounds_fit_as_printed() -> None:
    for build in (chanh_hiep_2025, tan_chau_2015):
        report = build()
        assert report.findings() == ()
        assert loads(dumps(report)) == report
        assert report.total is None  # a bound is no total
        assert report.resolution_rate is None
    text = render(chanh_hiep_2025(), "text")
    assert "hơn 60" in text  # as printed


@pytest.mark.parametrize(
    ("printed", "count", "whole", "finding"),
    [
        # "hơn 2.200 kiến nghị … 2.210/2.216" (cdnwebhn.tek4tv.vn): the count is above the bound
        ("hơn 2.200", 2216, None, None),
        ("hơn 2.200", 2190, None, "'hơn 2.200' says more than 2.200, and the count is 2190"),
        ("hơn 60", 60, None, "'hơn 60' says more than 60, and the count is 60"),
        ("gần 200", 199, None, None),
        ("gần 200", 200, None, "'gần 200' says nearly 200, and the count is 200"),
        ("khoảng 50", 7, None, None),  # an approximation states no bound
        ("trên 85%", 30, 32, None),  # 93,75%
        ("trên 85%", 27, 32, "'trên 85%' says more than 85%, and 27/32 is 84,38%"),
        ("trên 85", 27, 32, "'trên 85' says more than 85, and 27/32 is 84,38%"),
    ],
)
def test_a_bound_is_audited_as_a_bound(
    printed: str, count: int, whole: int | None, finding: str | None
) -> None:
    figure = StatedFigure("kiến nghị", PrintedFigure(printed), count=count, whole=whole)
    expected = () if finding is None else (f"'kiến nghị': {finding}",)
    assert figure.findings() == expected


@pytest.mark.parametrize(
    ("whole", "parts", "side"),
    [
        ("hơn 60", ("30", "20"), "less"),  # 50 is not more than 60
        ("gần 60", ("hơn 30", "40"), "more"),  # above 70 is not nearly 60
        ("hơn 60", ("30", "hơn 20"), None),  # above 50: may be above 60
        ("khoảng 60", ("30", "90"), None),
        ("60", ("hơn 30", "hơn 20"), None),
        ("60", ("hơn 30", "40"), "more"),
    ],
)
def test_parts_against_a_bound(whole: str, parts: tuple[str, ...], side: str | None) -> None:
    from tayho_coord.model import FigurePart

    figure = StatedFigure(
        "ý kiến",
        PrintedFigure(whole),
        tuple(FigurePart(f"phần {i}", PrintedFigure(p)) for i, p in enumerate(parts)),
    )
    found = figure.findings()
    if side is None:
        assert found == ()
    else:
        (text,) = found
        assert f"add up to {side} than the {whole} printed, as bounds" in text


def test_an_exact_rate_slot_refuses_a_bound() -> None:
    with pytest.raises(ValidationError) as info:
        PetitionStats(
            chanh_hiep_2025().unit,
            PartialDate(2025),
            received=64,
            resolved=55,
            printed_rate=PrintedFigure("trên 85%"),
        )
    assert info.value.field == "printed_rate"
    assert "give it as one of the record's figures (StatedFigure)" in info.value.reason


@given(
    word=st.sampled_from(["hơn", "trên", "gần", "khoảng"]),
    number=st.integers(0, 10**9),
    count=st.integers(0, 10**9),
)
def test_bounds_are_fuzzed(word: str, number: int, count: int) -> None:
    from tayho_coord.vi import format_number

    figure = PrintedFigure(f"{word} {format_number(number)}")
    assert figure.value == number
    assert loads(dumps(StatedFigure("x", figure))).printed.text == figure.text
    found = StatedFigure("x", figure, count=count).findings()
    admitted = {
        "hơn": count > number,
        "trên": count > number,
        "gần": count < number,
        "khoảng": True,
    }[word]
    assert (found == ()) is admitted


# -- the command line on each new shape ---------------------------------------------------------


def test_validate_report_and_metrics_take_each_new_shape(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    records = RecordSet(
        (
            khanh_hoa_2020_regulation(),
            khanh_hoa_2020_signing(),
            vinh_long_regulation(),
            _review_of(
                vinh_long_regulation(),
                reported_on=PartialDate(2021, 3, 2),
                period_reviewed=NOT_STATED,
            ),
            chanh_hiep_2025(),
            tan_chau_2015(),
        )
    )
    path = tmp_path / "records.json"
    dump(records, path)
    assert main(["validate", str(path)]) == 0
    assert (
        capsys.readouterr()
        .out.strip()
        .endswith("ok (RecordSet: 2 CoordinationProgram, 2 Meeting, 2 PetitionReport)")
    )
    assert main(["metrics", "--format", "json", str(path)]) == 0
    rows = json.loads(capsys.readouterr().out)
    bases = {(r["unit_id"], r["kind"], r["period_basis"]) for r in rows}
    assert ("khanh-hoa", "agreement", "signed_on") in bases or any(
        r["period_basis"] == "signed_on" for r in rows
    )
    assert any(r["period_basis"] == "not_stated" for r in rows)
    assert any(r["period_basis"] == "reported_on" for r in rows)
    out = tmp_path / "out"
    out.mkdir()
    assert main(["report", str(path), "-o", str(out)]) == 0
    capsys.readouterr()
    written = {p.name: p.read_text(encoding="utf-8") for p in out.iterdir()}
    assert (
        "Ý kiến cử tri ghi nhận qua các lần tiếp xúc cử tri: hơn 60;"
        in (written["hcm_chanh-hiep_y-kien-cu-tri-2025-08.md"])
    )
    regulation = written["khanh-hoa_quy-che-tt-hdnd-btt-mttq.md"]
    # the subject names no period: the source states none (NOT_STATED)
    assert (
        "**Phối hợp công tác giữa Thường trực Hội đồng nhân dân và Ban Thường trực Ủy ban Mặt "
        "trận Tổ quốc Việt Nam tỉnh Khánh Hòa**"
    ) in regulation
    assert "không nêu" not in regulation


def test_a_file_with_a_misspelt_not_stated_names_the_path(tmp_path: Path) -> None:
    text = dumps(khanh_hoa_2020_regulation()).replace('"not_stated"', '"not stated"')
    with pytest.raises(DataError) as info:
        loads(text)
    assert "$.data.period" in str(info.value) or "period" in str(info.value)
    assert isinstance(NOT_STATED, NotStated)


@given(
    day=st.dates(min_value=PartialDate(1946).first_day(), max_value=PartialDate(2199).last_day()),
    precision=st.sampled_from(["day", "month", "year"]),
)
def test_an_agreement_without_a_term_is_fuzzed(day: object, precision: str) -> None:
    full = PartialDate.from_date(day)  # type: ignore[arg-type]
    signed = {
        "day": full,
        "month": PartialDate(full.year, full.month),
        "year": PartialDate(full.year),
    }[precision]
    rule = attrs.evolve(ky_anh_2017_regulation(), signed_on=signed)
    assert loads(dumps(rule)) == rule
    row = _row(rule)
    assert row.period_basis == "signed_on"  # type: ignore[attr-defined]
    assert row.period_start == signed.first_day().isoformat()  # type: ignore[attr-defined]
    assert row.period_end == signed.last_day().isoformat()  # type: ignore[attr-defined]


@given(st.text(max_size=12), st.sampled_from(["hơn ", "trên ", "gần ", "khoảng ", "Gần "]))
def test_a_qualified_text_is_a_figure_or_a_validation_error(rest: str, word: str) -> None:
    text = word + rest
    try:
        figure = PrintedFigure(text)
    except ValidationError as exc:
        refused: ValidationError | None = exc
    else:
        refused = None
        assert figure.text == text
        assert figure.qualifier is not None
    assert refused is None or refused.value == text  # the error names the text


def test_a_record_day_after_the_term_is_refused_where_it_is_given() -> None:
    # "đến nay" ends within the term: a record of a later day is refused when built, naming
    # the field that holds the period (not later, in the metrics).
    term = ReportingPeriod.term_to_now(2016, 2021)
    with pytest.raises(ValidationError) as info:
        attrs.evolve(
            _quiet(cau_giay_2024_to_date),  # type: ignore[arg-type]
            covers=term,
        )
    assert (info.value.field, info.value.value) == ("covers", "từ đầu nhiệm kỳ 2016-2021 đến nay")
    assert "ends on 2024-10-21, which is after the term" in info.value.reason
    report = chanh_hiep_2025()
    with pytest.raises(ValidationError) as info:
        attrs.evolve(report, period=term)
    assert info.value.field == "as_of"
    regulation = CoordinationProgram(
        "ky-anh/quy-che-2016-2021",
        ky_anh_2017_regulation().unit,
        ReportingPeriod.term(2016, 2021),
        ky_anh_2017_regulation().parties,
    )
    with pytest.raises(ValidationError) as info:
        _review_of(regulation, held_on=PartialDate(2022, 3), period_reviewed=term)
    assert info.value.field == "period_reviewed"


def test_the_summary_and_the_report_of_a_meeting_known_by_its_article() -> None:
    from tayho_coord.report import summarize

    rule = vinh_long_regulation()
    meeting = _review_of(
        rule, reported_on=PartialDate(2021, 3, 2), period_reviewed=NOT_STATED, hosts=rule.parties
    )
    assert "Hội nghị: theo tin ngày 2/3/2021" in summarize(meeting)
    text = render(meeting, "text").replace("\n", " ")
    # the hosts organise it; the day is the article's, in brackets
    assert "tổ chức hội nghị sơ kết thực hiện Quy chế phối hợp (theo tin ngày 2/3/2021)" in text
