"""A document names its unit, says each time once, and oversees a "việc" without "về".

Review 4, F10. Nghị định 30/2020/NĐ-CP (ND30), Phụ lục I, Phần I, mục II:

- khoản 2: the header names the issuing body, and with it its unit. A record that names no
  reporter leaves that name to fill by hand (``…``, as every unknown part of the document),
  never guessed; the unit is then named with the voters in the subject and the opening
  (R11: Đức Linh's contact of 14/9/2021, whose petitions were reported by no named body).
- khoản 6: the body is plain and exact: a year the title says ("hội nghị tổng kết năm 2022",
  held in 2022: R4, Hàm Tân) is not said again before it.
- The subject of an oversight that starts with "kết quả" or "việc" is its verb's object
  ("khảo sát việc xây dựng trường học …", Bình Thuận 17/6/2020), never "về việc", the V/v
  of a letter's subject line; "chuyên đề về …" and a hearing's "giải trình về …" keep it.
"""

from __future__ import annotations

import attrs
from hypothesis import given
from hypothesis import strategies as st

from tayho_coord.model import (
    AdminUnit,
    Agency,
    AgencyKind,
    AgreementKind,
    Chair,
    ChairRole,
    Citation,
    CoordinationProgram,
    CouncilSession,
    CountedNoun,
    Hearing,
    Meeting,
    MeetingKind,
    OutcomeCount,
    OutcomeLevel,
    OutcomeScale,
    OversightActivity,
    OversightKind,
    PartialDate,
    PetitionOutcome,
    PetitionReport,
    Post,
    ReportingPeriod,
    Source,
    Title,
    UnitKind,
)
from tayho_coord.report import render, summarize

BINH_THUAN = AdminUnit("binh-thuan", UnitKind.PROVINCE, "Bình Thuận")
DUC_LINH = AdminUnit("bt/duc-linh", UnitKind.RURAL_DISTRICT, "Đức Linh", parent=BINH_THUAN)
HAM_TAN = AdminUnit("bt/ham-tan", UnitKind.RURAL_DISTRICT, "Hàm Tân", parent=BINH_THUAN)
DUC_LINH_SOURCE = Source(
    "duclinh-605499",
    "Đại biểu Hội đồng nhân dân huyện tiếp xúc cử tri xã Trà Tân",
    publisher="duclinh.binhthuan.gov.vn",
    url="https://duclinh.binhthuan.gov.vn/xa-tra-tan/"
    "dai-bieu-hoi-dong-nhan-dan-huyen-tiep-xuc-cu-tri-xa-tra-tan-605499",
    published=PartialDate(2021, 9, 24),
)


def _lines(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()]


def _duc_linh(**changes: object) -> PetitionReport:
    # "Tại buổi tiếp xúc, có 6 ý kiến, kiến nghị của cử tri. Đại biểu HĐND huyện đã trả lời
    # trực tiếp 2 ý kiến, còn 4 ý kiến … tiếp thu và sẽ trả lời trong lần tiếp xúc sau"
    scale = OutcomeScale(
        "dl/txct",
        "tại buổi tiếp xúc",
        (
            OutcomeLevel("tra_loi", "đã trả lời trực tiếp", PetitionOutcome.EXPLAINED),
            OutcomeLevel("tiep_thu", "tiếp thu, sẽ trả lời trong lần tiếp xúc sau", None),
        ),
    )
    report = PetitionReport(
        "dl/txct-tra-tan-2021",
        DUC_LINH,
        as_of=PartialDate(2021, 9, 14),
        noun=CountedNoun.Y_KIEN_KIEN_NGHI,
        scale=scale,
        total=6,
        outcomes=(OutcomeCount("tra_loi", 2), OutcomeCount("tiep_thu", 4)),
        sources=(Citation(DUC_LINH_SOURCE, "có 6 ý kiến, kiến nghị của cử tri"),),
    )
    return attrs.evolve(report, **changes)


def test_a_report_with_no_reporter_names_its_unit_and_leaves_the_issuer_blank() -> None:
    md = render(_duc_linh(), "md", appendix=False)
    lines = _lines(md)
    assert lines[0] == "**…**"  # the issuer, left to fill by hand (khoản 2)
    assert "Số: …/BC-…\\" in lines
    assert "**Kết quả giải quyết ý kiến, kiến nghị của cử tri huyện Đức Linh**" in lines
    assert "Tổng hợp 06 ý kiến, kiến nghị của cử tri huyện Đức Linh." in lines
    assert "*Đức Linh, ngày … tháng … năm …*" in lines


def test_an_issuer_of_the_unit_names_it_in_the_header_alone() -> None:
    committee = Agency("dl/ubnd", AgencyKind.PEOPLES_COMMITTEE, DUC_LINH)
    lines = _lines(render(_duc_linh(reporter=committee), "text", appendix=False))
    assert lines[:2] == ["ỦY BAN NHÂN DÂN", "HUYỆN ĐỨC LINH"]
    assert "Kết quả giải quyết ý kiến, kiến nghị của cử tri" in lines
    assert "Tổng hợp 06 ý kiến, kiến nghị của cử tri." in lines


def test_a_session_of_the_unit_s_council_names_it_once() -> None:
    council = Agency("dl/hdnd", AgencyKind.PEOPLES_COUNCIL, DUC_LINH)
    session = CouncilSession("dl/kh2", council, number=2, legislature=12)
    lines = _lines(render(_duc_linh(session=session), "text", appendix=False))
    assert (
        "Kết quả giải quyết ý kiến, kiến nghị của cử tri gửi tới kỳ họp thứ 2 Hội đồng nhân "
        "dân huyện Đức Linh khóa XII"
    ) in lines


_KINDS = [UnitKind.PROVINCE, UnitKind.RURAL_DISTRICT, UnitKind.URBAN_DISTRICT, UnitKind.COMMUNE]


@given(
    kind=st.sampled_from(_KINDS),
    name=st.sampled_from(["Đức Linh", "Trà Tân", "Hàm Tân", "Thái Nguyên"]),
    total=st.integers(1, 10_000),
)
def test_every_report_without_an_issuer_names_its_unit(
    kind: UnitKind, name: str, total: int
) -> None:
    unit = AdminUnit("u", kind, name)
    report = PetitionReport("u/kn", unit, ReportingPeriod.year(2021), total=total)
    lines = _lines(render(report, "text", appendix=False))
    assert lines[0] == "…"
    assert f"Kết quả giải quyết kiến nghị của cử tri {unit.display()} năm 2021" in lines


def _ham_tan(held_on: PartialDate, *, hosts: bool) -> Meeting:
    # Hàm Tân's "hội nghị tổng kết Quy chế phối hợp năm 2022" of the Thường trực HĐND, UBND
    # and Ban Thường trực UBMTTQ huyện (review 4, R4), co-chaired
    council = Agency("ht/hdnd", AgencyKind.PEOPLES_COUNCIL, HAM_TAN)
    front = Agency("ht/mttq", AgencyKind.FATHERLAND_FRONT, HAM_TAN)
    parties = (
        Agency("ht/tt", AgencyKind.COUNCIL_STANDING_COMMITTEE, HAM_TAN, council),
        Agency("ht/ubnd", AgencyKind.PEOPLES_COMMITTEE, HAM_TAN),
        Agency("ht/btt", AgencyKind.FRONT_STANDING_BOARD, HAM_TAN, front),
    )
    rule = CoordinationProgram(
        "ht/qc", HAM_TAN, ReportingPeriod.term(2021, 2026), parties, kind=AgreementKind.REGULATION
    )
    return Meeting(
        "ht/tk-2022",
        MeetingKind.FINAL_REVIEW,
        HAM_TAN,
        held_on,
        reviewed=rule,
        period_reviewed=ReportingPeriod.year(2022),
        hosts=parties if hosts else (),
        chairs=(
            Chair(ChairRole.CO_CHAIR, post=Post(council, Title.CHAIR)),
            Chair(ChairRole.CO_CHAIR, post=Post(parties[1], Title.CHAIR)),
            Chair(ChairRole.CO_CHAIR, post=Post(front, Title.VICE_CHAIR)),
        ),
    )


PARTIES = (
    "Thường trực Hội đồng nhân dân (HĐND), Ủy ban nhân dân (UBND) và Ban Thường trực Ủy ban "
    "Mặt trận Tổ quốc (MTTQ) Việt Nam huyện Hàm Tân"
)
TITLE = "hội nghị tổng kết năm 2022 thực hiện Quy chế phối hợp nhiệm kỳ 2021-2026"


def test_a_year_the_title_says_is_said_once() -> None:
    for document in ("report", "conclusion"):
        lines = _lines(render(_ham_tan(PartialDate(2022), hosts=False), "text", document=document))
        assert (
            "Hội nghị tổng kết năm 2022 thực hiện Quy chế phối hợp nhiệm kỳ 2021-2026 giữa "
            f"{PARTIES} được tổ chức." in lines
        )
        assert not any(line.startswith("Năm 2022") for line in lines)
    lines = _lines(render(_ham_tan(PartialDate(2022), hosts=True), "text"))
    assert f"{PARTIES} tổ chức {TITLE}." in lines


def test_a_year_or_a_day_the_title_does_not_say_is_kept() -> None:
    later = _lines(render(_ham_tan(PartialDate(2023), hosts=False), "text"))
    assert f"Năm 2023 diễn ra {TITLE} giữa {PARTIES}." in later
    month = _lines(render(_ham_tan(PartialDate(2022, 12), hosts=True), "text"))
    assert f"Tháng 12/2022, {PARTIES} tổ chức {TITLE}." in month
    day = _lines(render(_ham_tan(PartialDate(2022, 12, 20), hosts=True), "text"))
    assert f"Ngày 20/12/2022, {PARTIES} tổ chức {TITLE}." in day


def test_co_chairs_are_one_line_of_the_summary() -> None:
    lines = summarize(_ham_tan(PartialDate(2022), hosts=False)).splitlines()
    chairs = [line for line in lines if line.startswith("Đồng chủ trì:")]
    assert chairs == [
        "Đồng chủ trì: Chủ tịch Hội đồng nhân dân huyện Hàm Tân, Chủ tịch Ủy ban nhân dân huyện "
        "Hàm Tân và Phó Chủ tịch Ủy ban Mặt trận Tổ quốc Việt Nam huyện Hàm Tân"
    ]


def _oversight(subject: str, **changes: object) -> OversightActivity:
    standing = Agency(
        "bt/hdnd/tt",
        AgencyKind.COUNCIL_STANDING_COMMITTEE,
        BINH_THUAN,
        Agency("bt/hdnd", AgencyKind.PEOPLES_COUNCIL, BINH_THUAN),
    )
    activity = OversightActivity(
        "bt/gs",
        BINH_THUAN,
        OversightKind.SURVEY,
        subject,
        lead=standing,
        held_on=PartialDate(2020, 6, 17),
    )
    return attrs.evolve(activity, **changes)


@given(
    head=st.sampled_from(["việc", "kết quả"]),
    rest=st.sampled_from(["xây dựng trường học đạt chuẩn quốc gia", "giải quyết kiến nghị"]),
)
def test_an_oversight_of_a_viec_or_a_result_takes_it_as_its_object(head: str, rest: str) -> None:
    lines = _lines(render(_oversight(f"{head} {rest}"), "text", appendix=False))
    assert f"Kết quả khảo sát {head} {rest}" in lines
    assert not any(f"về {head} " in line for line in lines)


def test_other_subjects_a_thematic_one_and_a_hearing_keep_ve() -> None:
    lines = _lines(render(_oversight("công tác quản lý đất công"), "text", appendix=False))
    assert "Kết quả khảo sát về công tác quản lý đất công" in lines
    thematic = _oversight(
        "việc thực hiện chính sách", kind=OversightKind.SUPERVISION, thematic=True
    )
    lines = _lines(render(thematic, "text", appendix=False))
    assert "Kết quả giám sát chuyên đề về việc thực hiện chính sách" in lines
    standing = _oversight("x").lead
    hearing = Hearing(
        "bt/gt",
        BINH_THUAN,
        "việc giải quyết kiến nghị của cử tri",
        organiser=standing,
        held_on=PartialDate(2020, 6, 17),
    )
    lines = _lines(render(hearing, "text", appendix=False))
    assert "Kết quả phiên giải trình về việc giải quyết kiến nghị của cử tri" in lines


def test_a_session_of_a_council_above_leaves_the_unit_named() -> None:
    # xã Trà Tân's voters, whose petitions went to the district council's session 2
    tra_tan = AdminUnit("bt/duc-linh/tra-tan", UnitKind.COMMUNE, "Trà Tân", parent=DUC_LINH)
    council = Agency("dl/hdnd", AgencyKind.PEOPLES_COUNCIL, DUC_LINH)
    session = CouncilSession("dl/kh2", council, number=2, legislature=12)
    lines = _lines(render(_duc_linh(unit=tra_tan, session=session), "text", appendix=False))
    assert (
        "Kết quả giải quyết ý kiến, kiến nghị của cử tri xã Trà Tân gửi tới kỳ họp thứ 2 Hội "
        "đồng nhân dân huyện Đức Linh khóa XII"
    ) in lines
