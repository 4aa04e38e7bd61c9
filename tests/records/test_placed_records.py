"""Real petition reports whose sources name no period, a national one, and a meeting's figures.

Each record is built in ``real_records.py`` from its source's figures; the source (URL and the
excerpt) is cited there, and the expected words below are the sources' own or follow from a
rule cited beside them. Nothing a source does not say is filled in: a report placed by its
session alone has no period and no year.
"""

from __future__ import annotations

import warnings
from fractions import Fraction

import attrs
import pytest
from real_records import (
    VIET_NAM,
    bac_kan_2022,
    cau_giay_2022,
    kon_tum_2024,
    nam_dinh_ky_hop_9,
    national_2019,
    national_2022,
    national_bodies,
    thai_nguyen_2022,
    thai_nguyen_city_16,
    tinh_thien_2021,
    xuan_lap_2025,
)

from tayho_coord import FigureWarning, ValidationError, vi
from tayho_coord.metrics import RateBasis, record_metrics
from tayho_coord.model import (
    AdminUnit,
    Agency,
    AgencyKind,
    BreakdownKind,
    CountedNoun,
    Meeting,
    OutcomeCount,
    PartialDate,
    PetitionOutcome,
    PetitionPart,
    PetitionReport,
    PrintedFigure,
    ReportingPeriod,
    StatedFigure,
    UnitKind,
)
from tayho_coord.report import render, summarize


def _quiet(build):  # type: ignore[no-untyped-def]
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # these records' figures agree with their counts
        return build()


def _body(text: str) -> str:
    """The document's body: from its kind to the signatures (the appendix apart)."""
    return text[text.index("BÁO CÁO") : text.index("Nơi nhận:")]


# --- placed by a session and the day of the report -----------------------------------------


def test_kon_tum_is_placed_by_its_session_and_the_day_it_was_presented() -> None:
    report = _quiet(kon_tum_2024)
    # "trước và sau Kỳ họp thứ 6 HĐND tỉnh Khóa XII"; presented "Sáng ngày 08/7" (2024).
    assert report.period is None
    assert report.time_label == "kỳ họp thứ 6 HĐND tỉnh khóa XII, đến ngày 8/7/2024"
    assert report.time_basis == "session, as_of"
    # "84 lượt ý kiến, kiến nghị … 76 … 03 … 05": the fields make the total.
    assert report.noun is CountedNoun.LUOT_Y_KIEN_KIEN_NGHI
    assert sum(p.total or 0 for p in report.parts) == report.total == 84
    assert report.findings() == ()
    (row,) = record_metrics([report])
    assert (row.period, row.period_basis) == (report.time_label, "session, as_of")
    assert (row.period_kind, row.period_start, row.period_end) == (None, None, None)
    assert row.as_of == "2024-07-08"
    text = render(report, "text")
    lines = text.splitlines()
    # The subject names what is counted without "lượt", and the session in full (ND30,
    # Phụ lục I, mục II, khoản 6: an abbreviation is not used in the subject line).
    assert (
        "Kết quả giải quyết ý kiến, kiến nghị của cử tri gửi tới kỳ họp thứ 6 Hội đồng nhân "
        "dân tỉnh Kon Tum khóa XII"
    ) in lines
    assert "Số liệu tính đến ngày 8/7/2024." in lines
    # The source gives no year of its own for the petitions: none is written in the body.
    assert "năm" not in _body(text).split("Số liệu tính đến")[0]
    summary = summarize(report).splitlines()
    assert summary[:3] == [
        "Tỉnh Kon Tum: kết quả giải quyết ý kiến, kiến nghị của cử tri gửi tới kỳ họp thứ 6 "
        "HĐND tỉnh khóa XII",
        "Số liệu tính đến: 8/7/2024",
        "Tổng số: 84 lượt ý kiến, kiến nghị",
    ]


def test_thai_nguyen_fractions_of_the_province_part_under_session_7() -> None:
    report = _quiet(thai_nguyen_2022)
    assert (report.period, report.as_of) == (None, None)
    assert report.time_label == "kỳ họp thứ 7 HĐND tỉnh"  # the source names no khóa
    province = report.part(BreakdownKind.COMPETENCE, "province")
    assert province is not None
    # "18/93 … đã được giải quyết; 37/93 … giải trình, thông tin; 38/93 … đang giải quyết"
    assert report.part_rate(province) == Fraction(18, 93)
    assert report.part_rate(province, PetitionOutcome.EXPLAINED) == Fraction(37, 93)
    assert report.part_rate(province, PetitionOutcome.IN_PROGRESS) == Fraction(38, 93)
    assert report.findings() == ()  # 13 + 93 + 19 = 125; 18 + 37 + 38 = 93
    # A fraction printed for the wrong count is a finding, never corrected.
    wrong = attrs.evolve(
        province, outcomes=(OutcomeCount("resolved", 18, (PrintedFigure("19/93"),)),)
    )
    with pytest.warns(FigureWarning, match="'19/93' printed for 'resolved' states 19, not "):
        attrs.evolve(report, parts=(wrong,))


def test_a_provincial_city_session_of_its_own_legislature() -> None:
    report = _quiet(thai_nguyen_city_16)
    # "87 ý kiến, kiến nghị … Kỳ họp thứ 16 HĐND TP khóa XVIII … 47 … chiếm tỷ lệ 54%"
    assert report.time_label == "kỳ họp thứ 16 HĐND thành phố khóa XVIII"
    assert str(report.unit) == "thành phố Thái Nguyên"
    assert report.resolution_rate == Fraction(47, 87)
    assert report.findings() == ()  # 47/87 = 54,02…%: "54%" is it rounded half-up
    (row,) = record_metrics([report])
    assert (row.resolution_rate, row.resolution_rate_basis) == (
        Fraction(47, 87),
        RateBasis.COMPUTED,
    )
    assert (row.resolution_rate_printed_text, row.period_basis) == ("54%", "session")


def test_bac_kan_scale_of_its_own_and_the_report_date() -> None:
    report = _quiet(bac_kan_2022)
    # "109 … đã được giải quyết (bằng 78%), 14 … chưa được giải quyết do nguyên nhân khách
    # quan và còn 16 … đang chỉ đạo giải [quyết]": 109 + 14 + 16 = 139, and eight fields.
    assert report.findings() == ()
    assert report.count(PetitionOutcome.UNRESOLVED_OBJECTIVE) == 14
    assert vi.format_percent(report.resolution_rate or 0) == "78,42%"
    assert report.time_label == "kỳ họp thứ 9 HĐND tỉnh khóa X, đến ngày 3/12/2022"
    (row,) = record_metrics([report])
    assert (row.resolved_levels, row.petitions_resolved) == ("đã được giải quyết", 109)
    # The rate as printed ("bằng 78%"), not the fraction of counts printed before it.
    assert (row.resolution_rate_printed_text, row.resolution_rate_printed) == (
        "78%",
        Fraction(78, 100),
    )


def test_nam_dinh_session_9_on_a_scale_that_names_only_some_levels() -> None:
    report = _quiet(nam_dinh_ky_hop_9)
    # 32 + 20 on the named levels and 10 of the ministries' competence: 62 of 65, the rest
    # elided by the source ("…"); the scale says it is not exhaustive, so no finding.
    assert not report.scale.exhaustive
    assert report.findings() == ()
    assert report.resolution_rate is None  # no level stands for "resolved"
    # The part's printed share "10/65" is checked against its total and the whole's.
    wrong = attrs.evolve(report.parts[0], printed_share=PrintedFigure("11/65"))
    with pytest.warns(FigureWarning, match="'11/65' states 11, not the count 10"):
        attrs.evolve(report, parts=(wrong,))
    # An exhaustive scale of the same levels would not add up: that is a finding.
    exhaustive = attrs.evolve(report.scale, exhaustive=True)
    with pytest.warns(FigureWarning, match=r"32 \+ 20 do not make the total 65 nội dung"):
        attrs.evolve(report, scale=exhaustive)


def test_a_commune_over_its_term_as_of_a_day() -> None:
    report = _quiet(tinh_thien_2021)
    # "Trong nhiệm kỳ 2016-2021 … Tính đến nay [26/02/2021] … 58 ý kiến, kiến nghị, đạt tỷ lệ
    # 89,2%": the period and the day are both the source's; the one level ("giải quyết và
    # trả lời") stands for two outcomes and maps to none: no resolution rate.
    assert report.time_label == "nhiệm kỳ 2016-2021"
    assert report.time_basis == "period"
    assert report.resolution_rate is None
    assert report.findings() == ()  # 58/65 = 89,23…%
    (row,) = record_metrics([report])
    assert (row.period_kind, row.as_of, row.resolution_rate) == ("term", "2021-02-26", None)
    # Figures as of a day before the period begins are refused.
    with pytest.raises(ValidationError, match="is before nhiệm kỳ 2016-2021"):
        attrs.evolve(report, as_of=PartialDate(2015, 12))
    appendix = render(report, "text").split("PHỤ LỤC")[1]
    assert (
        "Đối chiếu: Giải quyết và trả lời: tỷ lệ theo số liệu công bố (89,2%) khớp với tỷ lệ "
        "tính từ số liệu 58/65 (làm tròn theo Luật Kế toán)."
    ) in appendix


def test_a_ward_of_the_two_level_government_named_session() -> None:
    report = _quiet(xuan_lap_2025)
    assert report.unit.kind is UnitKind.WARD
    # "trước kỳ họp thường lệ cuối năm 2025, khóa I" on "09/12/2025"
    assert report.time_label == (
        "kỳ họp thường lệ cuối năm 2025 HĐND phường khóa I, đến ngày 9/12/2025"
    )
    assert report.session is not None
    assert report.session.number is None
    # Thẩm quyền cấp huyện did not exist from 01/07/2025: a part of it is refused by the
    # first day of a period (the session's days, which would also do, are not known here).
    district = PetitionPart(BreakdownKind.COMPETENCE, "district", total=1)
    with pytest.raises(ValidationError, match="did not exist on 2025-07-01"):
        attrs.evolve(report, period=ReportingPeriod.half(2025, 2), parts=(district,))


# --- the figures that name no time at all ------------------------------------------


def test_a_report_placed_by_nothing_is_refused_with_what_to_give() -> None:
    # Issue 11 quotes Nam Định: "49 nội dung" new, "20 nội dung" carried over, "69/69 … đạt
    # tỷ lệ 100%", with no period, session or day; no source of them was found. Nothing is
    # invented to place them: the record is refused, saying what would place it.
    unit = AdminUnit("nam-dinh", UnitKind.PROVINCE, "Nam Định")
    with pytest.raises(ValidationError) as caught:
        PetitionReport(
            "nam-dinh/kn",
            unit,
            noun=CountedNoun.NOI_DUNG,
            total=69,
            new=49,
            carried_over=20,
            outcomes=(OutcomeCount("resolved", 69, (PrintedFigure("69/69"),)),),
        )
    assert caught.value.field == "period"
    assert "nam-dinh/kn" in caught.value.reason
    assert "session" in caught.value.reason
    assert "as_of" in caught.value.reason


# --- national ---------------------------------------------------------------------------


def test_the_country_is_a_unit_named_ca_nuoc() -> None:
    # "ý kiến, kiến nghị của cử tri và Nhân dân cả nước" (dailycall.vn, quoting VOV, cited in
    # UnitKind.COUNTRY): "cả nước" alone, never "cả nước Việt Nam".
    assert str(VIET_NAM) == "cả nước"
    assert VIET_NAM.display(start=True) == "Cả nước"
    assert VIET_NAM.kind.level.value == "national"
    assembly, standing, petitions = national_bodies()
    assert [a.full_name for a in (assembly, standing, petitions)] == [
        "Quốc hội",
        "Ủy ban Thường vụ Quốc hội",
        "Ban Dân nguyện",
    ]
    front = Agency("viet-nam/mttq", AgencyKind.FATHERLAND_FRONT, VIET_NAM)
    assert front.full_name == "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam"
    with pytest.raises(ValidationError, match="a body of a local unit"):
        Agency("viet-nam/hdnd", AgencyKind.PEOPLES_COUNCIL, VIET_NAM)
    province = AdminUnit("kon-tum", UnitKind.PROVINCE, "Kon Tum")
    with pytest.raises(ValidationError, match="is a national body"):
        Agency("kon-tum/qh", AgencyKind.NATIONAL_ASSEMBLY, province)
    with pytest.raises(ValidationError, match="dated at the province of its seat"):
        _ = VIET_NAM.place_name
    # A province may sit under the country; nothing sits above it.
    assert AdminUnit("kt", UnitKind.PROVINCE, "Kon Tum", parent=VIET_NAM).parent == VIET_NAM
    with pytest.raises(ValidationError, match="cannot contain"):
        AdminUnit("x", UnitKind.COUNTRY, "X", parent=province)


def test_the_national_2019_report_keeps_8_79_and_the_audit_finds_8_33() -> None:
    # quochoitv.vn, 04/06/2019: "2.293 kiến nghị … chỉ có 191 … đã được giải quyết xong,
    # chiếm 8,79%". 191/2293 rounded half-up to two decimals is 8,33%.
    with pytest.warns(FigureWarning) as caught:
        report = national_2019()
    assert [str(w.message) for w in caught] == [
        "viet-nam/kien-nghi-ky-hop-6-khoa-14: '8,79%' printed for 'resolved' does not follow "
        "from 191/2293: rounded half-up to 2 decimals it prints '8,33%'"
    ]
    assert report.resolution_rate == Fraction(191, 2293)
    assert vi.format_percent(Fraction(191, 2293)) == "8,33%"
    (printed,) = report.outcomes[0].printed
    assert printed.text == "8,79%"  # kept as printed
    assert report.time_label == "kỳ họp thứ 6 Quốc hội khóa XIV"
    (row,) = record_metrics([report])
    assert (row.unit, row.petitions_total, row.petitions_resolved) == ("cả nước", 2293, 191)
    assert (row.resolution_rate, row.resolution_rate_basis) == (
        Fraction(191, 2293),
        RateBasis.COMPUTED,
    )
    assert row.resolution_rate_printed_text == "8,79%"
    text = render(report, "text")
    lines = text.splitlines()
    # The reporter Ban Dân nguyện, under the Ủy ban Thường vụ Quốc hội; its symbol its own
    # initials; the place of a central body's date line left to fill (ND30, Phụ lục I).
    assert "BAN DÂN NGUYỆN" in lines
    assert "Số: …/BC-BDN" in lines
    assert "…, ngày … tháng … năm …" in lines
    assert "TRƯỞNG BAN" in lines
    body, appendix = text.split("PHỤ LỤC")
    # The body states what the source printed, as printed; the computed 8,33% and the
    # disagreement go to the appendix. The record gives no scale of its own: the level is
    # worded neutrally, not as the library's "đã giải quyết xong".
    assert "- Đã giải quyết: 191 kiến nghị, đạt tỷ lệ 8,79%." in body.splitlines()
    assert "8,33%" not in body
    assert (
        "Đối chiếu: Đã giải quyết: tỷ lệ theo số liệu công bố (8,79%) không khớp với tỷ "
        "lệ tính từ số liệu 191/2.293 là 8,33%."
    ) in appendix
    assert (
        "Tỷ lệ giải quyết tính từ số liệu: 191/2.293 kiến nghị là 8,33% (số ở mức “đã giải "
        "quyết” trên tổng số)."
    ) in appendix
    # "99,87% đã được phúc đáp", of the 2.293: some count of them prints so.
    assert report.figures[0].disagreements() == ()
    assert summarize(report).splitlines()[0] == (
        "Cả nước: kết quả giải quyết kiến nghị của cử tri gửi tới kỳ họp thứ 6 Quốc hội khóa XIV"
    )


def test_the_national_2022_report_of_one_level_for_two_outcomes() -> None:
    report = _quiet(national_2022)
    # "100% kiến nghị đã được giải quyết, trả lời": resolved or answered; no count given.
    assert report.resolution_rate is None
    assert report.outcomes[0].count is None
    (row,) = record_metrics([report])
    assert (row.resolution_rate, row.resolution_rate_printed_text) == (None, None)


# --- a meeting's stated figures ----------------------------------------------------------


def test_a_meeting_states_figures_of_its_own() -> None:
    _, meeting = _quiet(cau_giay_2022)
    assert isinstance(meeting, Meeting)
    # "trên 8 nội dung công tác": a count, as printed.
    (figure,) = meeting.figures
    assert (figure.printed.text, figure.printed.value) == ("8", 8)
    text = render(meeting, "text")
    body, appendix = text.split("PHỤ LỤC")
    assert "- Nội dung công tác phối hợp giữa 3 cơ quan từ đầu năm 2022: 8." in body
    assert "(theo số liệu công bố)" in appendix
    assert (
        "Nội dung công tác phối hợp giữa 3 cơ quan từ đầu năm 2022: 8 (theo số liệu công bố)"
        in (summarize(meeting))
    )
    # Issue 11 quotes Cầu Giấy's "chiếm 17,4", a rate printed without its sign: with the
    # counts behind it a stated figure is checked (the rule, on counts of the test's own).
    share = StatedFigure("tỷ lệ", PrintedFigure("17,4"), count=87, whole=500)
    assert share.disagreements() == ()  # 87/500 = 17,4%
    with pytest.warns(FigureWarning, match=r"'tỷ lệ': '17,4' does not follow"):
        attrs.evolve(meeting, figures=(attrs.evolve(share, count=88),))


def test_a_meeting_states_a_report_placed_by_its_session_without_a_year() -> None:
    from tayho_coord.model import CoordinationProgram, MeetingKind, ReportingPeriod

    report = _quiet(kon_tum_2024)
    unit = report.unit
    bodies = tuple(
        Agency(f"kon-tum/{k.value}", k, unit)
        for k in (AgencyKind.PEOPLES_COUNCIL, AgencyKind.PEOPLES_COMMITTEE)
    )
    # A meeting of the test's own (no such Kon Tum review was found) that refers to the
    # report: its statement of the report says what the source says, and no year of it.
    program = CoordinationProgram("kon-tum/ct", unit, ReportingPeriod.term(2021, 2026), bodies)
    meeting = Meeting(
        "kon-tum/sk",
        MeetingKind.INTERIM_REVIEW,
        unit,
        PartialDate(2024, 12),
        reviewed=program,
        activities=(report.id,),
    )
    lines = render(meeting, "text", records=[report]).split("PHỤ LỤC")[0].splitlines()
    # HĐND is written in full at its first use, above (ND30, Phụ lục I, mục II, khoản 6).
    assert (
        "Kết quả giải quyết ý kiến, kiến nghị của cử tri gửi tới kỳ họp thứ 6 HĐND tỉnh Kon Tum "
        "khóa XII (số liệu tính đến ngày 8/7/2024): tổng hợp 84 lượt ý kiến, kiến nghị."
    ) in lines


def test_a_report_placed_only_by_the_day_its_figures_are_as_of() -> None:
    # The rule, on a unit of the test's own: the subject names no time, the body the day.
    unit = AdminUnit("x", UnitKind.PROVINCE, "X")
    report = PetitionReport("x/kn", unit, as_of=PartialDate(2023, 6), total=3)
    lines = render(report, "text").splitlines()
    # no reporter: the unit is named with the voters (ND30, Phụ lục I, mục II, khoản 2)
    assert "Kết quả giải quyết kiến nghị của cử tri tỉnh X" in lines
    assert "Số liệu tính đến tháng 6/2023." in lines
    assert summarize(report).splitlines()[:2] == [
        "Tỉnh X: kết quả giải quyết kiến nghị của cử tri",
        "Số liệu tính đến: tháng 6/2023",
    ]
