"""What ties a figure, a time and a subject to a record: only what the text says (issue 16).

Each text is written for its rule (docs/extract.md, "What goes where"); the real articles
the rules were found on are cited beside them with their short facts:

- Bình Dương, binhduong.gov.vn/tin-tuc/2023/05/199-ket-qua-giai-quyet-kien-nghi-cu-tri-gui-
  den-ky-hop-thu-8-hdnd-tinh-khoa (29/05/2023): "Kỳ họp thứ 8 - HĐND tỉnh khóa X",
  "144/166" "86,74%" (xem xét, giải quyết và trả lời), "84/93" "90,32%" (trước Kỳ họp),
  "60/73" "82,19%" (sau Kỳ họp);
- Bình Dương, baomoi.zadn.vn/thuong-truc-hdnd-tinh-giam-sat-ket-qua-giai-quyet-kien-nghi-
  cua-cu-tri-c47616637.epi: "phiên họp giám sát", "Chiều 23-11", "(kỳ họp giữa năm 2023)",
  "đạt 100%" (tiếp thu, xem xét giải quyết và trả lời), "144/202" "71,28%" (giải quyết xong);
- Trà Vinh, canglong.travinh.gov.vn/1450/39231/71077/609692/…: "Đoàn giám sát số 1 của
  HĐND tỉnh", "giám sát công tác phòng, chống tham nhũng", "UBND huyện Cầu Kè" overseen.
"""

from __future__ import annotations

import warnings

import pytest

from tayho_coord.errors import FigureWarning, ValidationError
from tayho_coord.extraction import Assembly, EventKind, assemble, extract
from tayho_coord.model import (
    AdminUnit,
    CountedNoun,
    OversightActivity,
    PartialDate,
    PetitionReport,
    ReportingPeriod,
    UnitKind,
)

BINH_DUONG = AdminUnit("binh-duong", UnitKind.PROVINCE, "Bình Dương")
BA_VI = AdminUnit("ba-vi", UnitKind.RURAL_DISTRICT, "Ba Vì")
REPORT = "Kết quả giải quyết kiến nghị cử tri năm 2023 của huyện Ba Vì\n"


def _assemble(text: str, units: tuple[AdminUnit, ...] = ()) -> Assembly:
    with warnings.catch_warnings():
        warnings.simplefilter("error", FigureWarning)
        return assemble(extract(text, source="bai-viet.txt"), units=units)


def _reasons(assembly: Assembly) -> dict[str, str]:
    return {u.span.text: u.reason for u in assembly.unplaced}


def _report(assembly: Assembly) -> PetitionReport:
    (report,) = assembly.records
    assert isinstance(report, PetitionReport)
    return report


# -- a unit's name --------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["đã", "đã được", "ủy"])
def test_a_unit_name_in_small_letters_is_refused(name: str) -> None:
    # A place's name is capitalized (Nghị định 30/2020/NĐ-CP, Phụ lục II, mục III).
    with pytest.raises(ValidationError, match="must start with a capital letter or a digit"):
        AdminUnit("x", UnitKind.PROVINCE, name)


@pytest.mark.parametrize("name", ["Đắk Lắk", "Ứng Hòa", "1", "Ea Súp"])
def test_a_capitalized_or_numbered_name_is_taken(name: str) -> None:
    assert AdminUnit("x", UnitKind.RURAL_DISTRICT, name).name == name


# -- the unit of the body that acts -----------------------------------------------------------


def test_a_level_without_its_name_takes_the_one_unit_given_of_it() -> None:
    text = "Ngày 05/6/2020, HĐND tỉnh tổ chức phiên giải trình về công tác đất đai."
    built = _assemble(text, (BINH_DUONG, BA_VI))
    (hearing,) = built.records
    assert hearing.unit is BINH_DUONG
    # Without it, the record lacks its unit and says which words name only the level.
    (missing,) = _assemble(text, (BA_VI,)).missing
    assert (missing.field, missing.span and missing.span.text) == ("unit", "HĐND tỉnh")
    assert missing.reason.startswith("'HĐND tỉnh' names the level of the body that acts")


def test_the_unit_acted_on_is_not_the_unit() -> None:
    assembly = _assemble(
        "Ngày 05/6/2020, Đoàn giám sát của HĐND tỉnh tổ chức giám sát công tác phòng, chống "
        "tham nhũng đối với UBND huyện Ba Vì.",
        (BINH_DUONG, BA_VI),
    )
    (oversight,) = assembly.records
    assert isinstance(oversight, OversightActivity)
    assert oversight.unit is BINH_DUONG
    assert oversight.lead is not None
    assert oversight.lead.kind.value == "peoples_council"


# -- an oversight: its kind and its subject -------------------------------------------------


@pytest.mark.parametrize("words", ["phiên họp giám sát", "Hội nghị Giám sát"])
def test_a_supervision_meeting_is_an_oversight(words: str) -> None:
    # Thái Nguyên 2022 (devset thai-nguyen-2022-petitions): "Hội nghị Giám sát kết quả giải
    # quyết các ý kiến, kiến nghị của cử tri".
    draft = extract(
        f"Ngày 23/11/2023, Thường trực HĐND tỉnh tổ chức {words} kết quả giải quyết kiến nghị "
        "của cử tri."
    )
    assert draft.event is not None
    assert draft.event.kind is EventKind.OVERSIGHT


@pytest.mark.parametrize(
    ("words", "subject"),
    [
        ("giám sát công tác phòng, chống tham nhũng", "công tác phòng, chống tham nhũng"),
        ("giám sát việc quản lý vốn", "việc quản lý vốn"),
        ("giám sát kết quả giải quyết kiến nghị", "kết quả giải quyết kiến nghị"),
        # After any of the sentence's words of oversight, not only the first.
        (
            "họp thảo luận báo cáo kết quả giám sát tình hình thu ngân sách",
            "tình hình thu ngân sách",
        ),
    ],
)
def test_the_subject_of_an_oversight_without_ve(words: str, subject: str) -> None:
    (oversight,) = _assemble(
        f"Ngày 05/6/2020, Đoàn giám sát của HĐND huyện Ba Vì {words}.\n"
    ).records
    assert isinstance(oversight, OversightActivity)
    assert oversight.subject == subject


def test_an_oversight_of_no_subject_it_names() -> None:
    # "giám sát số 1", "giám sát tại": no subject follows.
    assembly = _assemble("Ngày 05/6/2020, Đoàn giám sát số 1 của HĐND huyện Ba Vì làm việc tại xã.")
    assert [(m.field, m.reason) for m in assembly.missing] == [
        ("subject", "the text does not say what it is about (về …, giám sát công tác …)")
    ]


# -- a petition report: its time -------------------------------------------------------------


def test_a_session_named_with_its_council_places_the_report() -> None:
    report = _report(
        _assemble(
            "Kết quả giải quyết kiến nghị cử tri gửi đến Kỳ họp thứ 8 - HĐND tỉnh khóa X\n"
            "UBND tỉnh đã giải quyết 50 kiến nghị.",
            (BINH_DUONG,),
        )
    )
    assert report.period is None
    assert report.session is not None
    assert (report.session.number, report.session.legislature) == (8, 10)
    assert report.session.council.unit is BINH_DUONG
    assert (report.session.opens_on, report.time_label) == (None, "kỳ họp thứ 8 HĐND tỉnh khóa X")


def test_a_session_of_another_level_is_not_the_units() -> None:
    assembly = _assemble(
        "Kết quả giải quyết kiến nghị cử tri của huyện Ba Vì gửi đến Kỳ họp thứ 8 HĐND tỉnh "
        "khóa X\nĐã giải quyết 50 kiến nghị."
    )
    assert [(m.field, m.reason, m.span and m.span.text) for m in assembly.missing] == [
        (
            "session",
            "the session is of the council of another level than huyện Ba Vì",
            "Kỳ họp thứ 8 HĐND tỉnh khóa X",
        )
    ]


def test_two_sessions() -> None:
    assembly = _assemble(
        "Kết quả giải quyết kiến nghị cử tri huyện Ba Vì trước Kỳ họp thứ 8 HĐND huyện khóa "
        "XX và sau Kỳ họp thứ 9 HĐND huyện khoá XX\nĐã giải quyết 50 kiến nghị."
    )
    assert [(m.field, m.reason) for m in assembly.missing] == [
        ("session", "the title and lead name several sessions")
    ]


def test_the_session_a_report_is_made_at_is_not_its_petitions() -> None:
    # Kon Tum, 08/7/2024 (devset kon-tum-2024-07-08): "tại Kỳ họp thứ 7 HĐND tỉnh khóa XII",
    # the petitions "trước và sau Kỳ họp thứ 6 HĐND tỉnh khóa XII".
    kon_tum = AdminUnit("kon-tum", UnitKind.PROVINCE, "Kon Tum")
    report = _report(
        _assemble(
            "Kết quả giải quyết kiến nghị cử tri trước và sau Kỳ họp thứ 6 HĐND tỉnh khóa XII\n"
            "Sáng ngày 08/7, tại Kỳ họp thứ 7 HĐND tỉnh khóa XII, UBND tỉnh báo cáo kết quả "
            "giải quyết kiến nghị; đã giải quyết 50 kiến nghị.",
            (kon_tum,),
        )
    )
    assert report.session is not None
    assert (report.session.number, report.session.legislature) == (6, 12)


def test_a_session_of_a_city() -> None:
    # Đà Nẵng (devset da-nang-2020-petitions): "trước và sau kỳ họp thứ 12, HĐND thành phố
    # khóa IX"; the session it serves ("phục vụ cho kỳ họp thứ 15") is not the petitions'.
    da_nang = AdminUnit("da-nang", UnitKind.CENTRAL_CITY, "Đà Nẵng")
    report = _report(
        _assemble(
            "Nhằm phục vụ cho kỳ họp thứ 15 của HĐND thành phố khóa IX, UBND thành phố báo cáo "
            "kết quả giải quyết kiến nghị của cử tri trước và sau kỳ họp thứ 12, HĐND thành phố "
            "khóa IX. UBND thành phố đã tiếp nhận 115 kiến nghị.",
            (da_nang,),
        )
    )
    assert report.session is not None
    assert report.session.label == "kỳ họp thứ 12 HĐND thành phố khóa IX"
    assert report.total == 115


def test_a_session_of_a_unit_not_known() -> None:
    # The unit is missing: what it lacks is said once, by the unit.
    assembly = _assemble(
        "Kết quả giải quyết kiến nghị cử tri gửi đến Kỳ họp thứ 8 - HĐND tỉnh khóa X\n"
        "UBND tỉnh đã giải quyết 50 kiến nghị."
    )
    assert [m.field for m in assembly.missing] == ["unit"]


@pytest.mark.parametrize(
    "session",
    ["(kỳ họp giữa năm 2023)", "kỳ họp thường lệ cuối năm 2023", "Kỳ họp thứ 8 năm 2023"],
)
def test_no_period_from_a_sessions_name(session: str) -> None:
    assembly = _assemble(
        f"Kết quả giải quyết kiến nghị cử tri của huyện Ba Vì gửi đến {session}\n"
        "Đã giải quyết 50 kiến nghị."
    )
    assert assembly.records.records == ()
    assert [(m.field, m.reason) for m in assembly.missing] == [
        ("period", "the title and lead name no period and no session")
    ]


def test_no_year_of_a_meetings_figures_from_a_sessions_name() -> None:
    # The meeting reviews no one year; the only year of the sentence is a session's.
    assembly = _assemble(
        "Ngày 10/01/2024, HĐND, UBND và UBMTTQ huyện Ba Vì tổ chức hội nghị tổng kết Quy chế "
        "phối hợp nhiệm kỳ 2021-2026. Tỷ lệ giải quyết kiến nghị cử tri gửi đến kỳ họp giữa năm "
        "2023 đạt 90%."
    )
    assert _reasons(assembly)["90%"] == (
        "the sentence names no year, and the meeting reviews no one year"
    )


# -- a petition report: which rates are of resolution ----------------------------------------


@pytest.mark.parametrize(
    ("sentence", "placed", "reasons"),
    [
        # Resolution alone, or after its acceptance (tiếp thu): placed.
        ("Đã giải quyết xong 45/50 kiến nghị, đạt 90%.", ["45/50", "90%"], {}),
        ("Số kiến nghị được tiếp thu, giải quyết xong 45/50, đạt 90%.", ["45/50", "90%"], {}),
        # A rate of answers or of handling too: not of resolution.
        (
            "Kiến nghị được tiếp thu, xem xét giải quyết và trả lời đạt 100%.",
            [],
            {"100%": "a rate of 'xem xét' too, not of resolution alone"},
        ),
        (
            "Các cơ quan đã giải quyết và trả lời 45/50 kiến nghị.",
            [],
            {"45/50": "a rate of 'trả lời' too, not of resolution alone"},
        ),
        # A part of the report (before or after a session, "Đối với …").
        (
            "Đối với kiến nghị trước kỳ họp, đã giải quyết xong 45/50 kiến nghị.",
            [],
            {
                "45/50": "a figure of a part of the report (Đối với …, trước or sau kỳ họp), "
                "not the whole"
            },
        ),
        (
            "Kiến nghị sau kỳ họp đã giải quyết xong 20/30 kiến nghị.",
            [],
            {
                "20/30": "a figure of a part of the report (Đối với …, trước or sau kỳ họp), "
                "not the whole"
            },
        ),
        # Before and after the session: the whole.
        ("Kiến nghị trước và sau kỳ họp đã giải quyết xong 45/50 kiến nghị.", ["45/50"], {}),
    ],
)
def test_a_rate_of_resolution_is_said_so(
    sentence: str, placed: list[str], reasons: dict[str, str]
) -> None:
    assembly = _assemble(REPORT + sentence)
    assert _reasons(assembly) == reasons
    if not placed:
        # nothing placed: the report is missing its figures, not written out empty (review 5)
        assert [(m.record, m.field) for m in assembly.missing] == [("PetitionReport", "figures")]
        return
    report = _report(assembly)
    assert [f.text for o in report.outcomes for f in o.printed] == placed


def test_rates_of_resolution_of_two_sentences() -> None:
    # Two sentences of rates of resolution are of two wholes (or parts): the first only.
    assembly = _assemble(
        REPORT + "Đã giải quyết xong 45/50 kiến nghị, đạt 90%. Năm trước đã giải quyết 20/40."
    )
    report = _report(assembly)
    assert [(o.count, [f.text for f in o.printed]) for o in report.outcomes] == [
        (45, ["45/50", "90%"])
    ]
    assert _reasons(assembly) == {"20/40": "a second sentence of rates of resolution"}


def test_two_rates_of_one_kind_in_a_sentence() -> None:
    assembly = _assemble(REPORT + "Đã giải quyết xong 45/50 kiến nghị, đạt 90%, tức 90,0%.")
    assert _reasons(assembly) == {"90,0%": "a second rate of resolution in its sentence"}


def test_a_year_and_a_session() -> None:
    # Both placed where both are printed.
    report = _report(
        _assemble(
            "Kết quả giải quyết kiến nghị cử tri năm 2023 gửi đến Kỳ họp thứ 8 HĐND huyện Ba Vì "
            "khóa XX\nĐã giải quyết 50 kiến nghị."
        )
    )
    assert report.period == ReportingPeriod.year(2023)
    assert report.session is not None
    assert report.session.label == "kỳ họp thứ 8 HĐND huyện khóa XX"
    assert report.id == "ba-vi/kien-nghi-2023"
    assert PartialDate(2023) == PartialDate(report.period.start.year)


# -- the reviewer's articles, by their short facts -------------------------------------------


def test_binh_duong_session_8() -> None:
    # binhduong.gov.vn/tin-tuc/2023/05/199-…: the title's session, the figures of handling
    # and of the parts before and after the session left to a person.
    assembly = _assemble(
        "Kết quả giải quyết kiến nghị cử tri gửi đến Kỳ họp thứ 8 - HĐND tỉnh khóa X\n"
        "UBND tỉnh đã phân công xem xét, giải quyết và trả lời 144/166 kiến nghị, đạt 86,74%.\n"
        "Đối với kiến nghị của cử tri trước Kỳ họp thứ 8, đã giải quyết xong 84/93 kiến nghị "
        "(chiếm 90,32%).",
        (BINH_DUONG,),
    )
    # no figure placed: the report is missing its figures (review 5, D5), each figure's
    # reason kept for the person who writes them
    assert [(m.record, m.field) for m in assembly.missing] == [("PetitionReport", "figures")]
    reasons = _reasons(assembly)
    assert reasons["86,74%"] == "a rate of 'xem xét' too, not of resolution alone"
    assert reasons["90,32%"].startswith("a figure of a part of the report")


def test_binh_duong_supervision_meeting() -> None:
    # baomoi.zadn.vn/…-c47616637.epi: a supervision meeting (an oversight), its day printed
    # without its year, the year in the session's name no period.
    assembly = _assemble(
        "Chiều 23-11, Thường trực HĐND tỉnh tổ chức phiên họp giám sát kết quả giải quyết kiến "
        "nghị của cử tri gửi đến kỳ họp thứ 11 (kỳ họp giữa năm 2023).",
        (BINH_DUONG,),
    )
    assert assembly.records.records == ()
    assert [(m.record, m.field) for m in assembly.missing] == [("OversightActivity", "held_on")]


def test_binh_duong_rates_of_a_report() -> None:
    # The same article's rates, in a report of a year: 100% is of "tiếp thu, xem xét giải
    # quyết và trả lời", 144/202 and 71,28% of "tiếp thu, giải quyết xong".
    assembly = _assemble(
        REPORT + "Tỷ lệ nội dung kiến nghị được tiếp thu, xem xét giải quyết và trả lời đạt "
        "100%; trong đó tỷ lệ nội dung được tiếp thu, giải quyết xong 144/202 kiến nghị, đạt "
        "71,28%."
    )
    report = _report(assembly)
    assert [(o.level, o.count, [f.text for f in o.printed]) for o in report.outcomes] == [
        ("resolved", 144, ["144/202", "71,28%"])
    ]
    assert _reasons(assembly) == {"100%": "a rate of 'xem xét' too, not of resolution alone"}


def test_tra_vinh_oversight_team() -> None:
    # canglong.travinh.gov.vn/…/609692/…: the province's team oversees a district.
    tra_vinh = AdminUnit("tra-vinh", UnitKind.PROVINCE, "Trà Vinh")
    cau_ke = AdminUnit("tra-vinh/cau-ke", UnitKind.RURAL_DISTRICT, "Cầu Kè", parent=tra_vinh)
    (oversight,) = _assemble(
        "Ngày 05/6/2020, Đoàn giám sát số 1 của HĐND tỉnh tổ chức họp thảo luận báo cáo kết "
        "quả giám sát công tác phòng, chống tham nhũng đối với UBND huyện Cầu Kè.",
        (tra_vinh, cau_ke),
    ).records
    assert isinstance(oversight, OversightActivity)
    # The subject is the text's words to its clause's end (a person rewrites them).
    assert (oversight.unit, oversight.subject) == (
        tra_vinh,
        "công tác phòng, chống tham nhũng đối với UBND huyện Cầu Kè",
    )


# -- a petition report: what it counts --------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "noun"),
    [
        # "ý kiến, kiến nghị" counted together is a noun of the model's (CountedNoun).
        (
            REPORT + "Đã tiếp nhận 115 ý kiến, kiến nghị; đã giải quyết dứt điểm 45 ý kiến, "
            "kiến nghị.",
            CountedNoun.Y_KIEN_KIEN_NGHI,
        ),
        (REPORT + "Đã tiếp nhận 84 lượt ý kiến, kiến nghị.", CountedNoun.LUOT_Y_KIEN_KIEN_NGHI),
        # The event's words name it, no count naming another.
        (
            "Kết quả giải quyết ý kiến, kiến nghị cử tri năm 2023 của huyện Ba Vì\n"
            "Đã giải quyết xong, đạt 95%.",
            CountedNoun.Y_KIEN_KIEN_NGHI,
        ),
    ],
)
def test_opinions_and_petitions_counted_together(text: str, noun: CountedNoun) -> None:
    report = _report(_assemble(text))
    assert report.noun is noun


def test_resolved_for_good() -> None:
    # "giải quyết dứt điểm" (Đà Nẵng 2020: "giải quyết dứt điểm 45 kiến nghị") is resolved.
    report = _report(
        _assemble(REPORT + "Đã tiếp nhận 115 kiến nghị; đã giải quyết dứt điểm 45 kiến nghị.")
    )
    assert (report.total, [(o.level, o.count) for o in report.outcomes]) == (
        115,
        [("resolved", 45)],
    )


@pytest.mark.parametrize(
    ("session", "reason"),
    [
        (
            "Kỳ họp thứ 0 HĐND huyện khóa XX",
            "the model refuses the session: number=0: must be an integer from 1 to 999",
        ),
        (
            "Kỳ họp thứ 8 HĐND huyện khóa IIII",
            "the model refuses the session: cannot parse 'khóa IIII': not a Roman numeral",
        ),
    ],
)
def test_a_session_the_model_refuses(session: str, reason: str) -> None:
    assembly = _assemble(
        f"Kết quả giải quyết kiến nghị cử tri huyện Ba Vì gửi đến {session}\n"
        "Đã giải quyết 50 kiến nghị."
    )
    ((name, why),) = [(m.field, m.reason) for m in assembly.missing]
    assert name == "session"
    assert why.startswith(reason)


# -- a petition report: its total in the common forms (review 5, D5) ----------------------


@pytest.mark.parametrize(
    "total",
    [
        # thanhpho.quangngai.gov.vn, Tịnh Thiện 26/02/2021: "trong số 65 ý kiến, kiến nghị"
        "Trong số 70 kiến nghị của cử tri, đã giải quyết xong 56 kiến nghị.",
        # the same page: "cử tri … đã có 65 ý kiến, kiến nghị gửi đến đại biểu"
        "Cử tri đã có 70 kiến nghị gửi đến HĐND huyện. Đã giải quyết xong 56 kiến nghị.",
        # dangcongsan.vn, Bình Dương 2021: "có 161 kiến nghị cử tri gửi đến kỳ họp thứ 15"
        "Có 70 kiến nghị cử tri gửi tới kỳ họp. Đã giải quyết xong 56 kiến nghị.",
        "Tổng số 70 kiến nghị; đã giải quyết xong 56 kiến nghị.",
        # thainguyentv.vn 2023: "tổng số ý kiến, kiến nghị của cử tri là 132 ý kiến"
        "Tổng số kiến nghị của cử tri là 70 kiến nghị; đã giải quyết xong 56 kiến nghị.",
    ],
)
def test_a_total_in_its_common_forms(total: str) -> None:
    report = _report(_assemble(REPORT + total))
    assert (report.total, [(o.level, o.count) for o in report.outcomes]) == (
        70,
        [("resolved", 56)],
    )


@pytest.mark.parametrize(
    ("counts", "rate", "placed"),
    [
        # Tịnh Thiện: 58 of 65 "giải quyết và trả lời", "đạt tỷ lệ 89,2%" (58/65 = 89,23%)
        ("trong số 65 ý kiến, kiến nghị", "89,2%", ["89,2%"]),
        ("trong số 60 ý kiến, kiến nghị", "96,7%", ["96,7%"]),  # 58/60 = 96,67%
        ("trong số 60 ý kiến, kiến nghị", "89,2%", []),  # 58/60 is not 89,2%
    ],
)
def test_resolved_and_answered_is_one_level_of_the_sources_own(
    counts: str, rate: str, placed: list[str]
) -> None:
    # docs/records.md, "Petition reports on a source's own scale": a level that counts two
    # of the library's outcomes maps to none of them; its rate is checked against its counts
    text = (
        "Ngày 26/02/2021, HĐND xã Tịnh Thiện báo cáo kết quả giải quyết kiến nghị cử tri "
        f"nhiệm kỳ 2016-2021: {counts} của cử tri, đã giải quyết và trả lời 58 ý kiến, kiến "
        f"nghị, đạt tỷ lệ {rate}."
    )
    assembly = _assemble(text)
    report = _report(assembly)
    (level,) = report.scale.levels
    assert (level.label, level.maps_to) == ("giải quyết và trả lời", None)
    (outcome,) = report.outcomes
    assert (outcome.count, [f.text for f in outcome.printed]) == (58, placed)
    assert report.findings() == ()
    if not placed:
        assert "does not give" in _reasons(assembly)[rate]


def test_resolved_and_answered_beside_the_librarys_outcomes_is_unplaced() -> None:
    assembly = _assemble(
        REPORT + "Đã tiếp nhận 70 kiến nghị; đã giải quyết và trả lời 58 kiến nghị; đang giải "
        "quyết 12 kiến nghị."
    )
    report = _report(assembly)
    assert [(o.level, o.count) for o in report.outcomes] == [("in_progress", 12)]
    assert "source's own" in _reasons(assembly)["58 kiến nghị"]


def test_a_report_with_no_figure_is_missing_its_figures() -> None:
    assembly = _assemble(REPORT + "Các kiến nghị đã được chuyển đến các cơ quan.")
    assert assembly.records.records == ()
    assert [(m.record, m.field) for m in assembly.missing] == [("PetitionReport", "figures")]
