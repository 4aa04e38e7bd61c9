"""The rules of the assembly, one table each: posts, petition figures, agreements, meetings.

Each expected value is read off its text by the rule it tests (docs/extract.md, "Draft
records"): a post names a title of the model and a body of the unit (or of the unit above,
when it is known); a petition figure needs the words that say what it is and the year it is
of; an agreement needs its period and two to four parties; a chair is the one the text says
chairs, in the one post of a main body it gives them.
"""

from __future__ import annotations

import warnings

import pytest

from tayho_coord.datasets import tay_ho_history
from tayho_coord.errors import FigureWarning
from tayho_coord.extraction import Assembly, assemble, extract
from tayho_coord.model import (
    AdminUnit,
    ChairRole,
    Competence,
    CoordinationProgram,
    CountedNoun,
    Hearing,
    Meeting,
    PartialDate,
    PetitionReport,
    PrintedFigure,
    ReportingPeriod,
    UnitKind,
)

# Huyện Ba Vì is a district of Hà Nội, a centrally run city (Nghị quyết 15/2008/QH12).
HA_NOI = AdminUnit("ha-noi", UnitKind.CENTRAL_CITY, "Hà Nội")
BA_VI = AdminUnit("ha-noi/ba-vi", UnitKind.RURAL_DISTRICT, "Ba Vì", parent=HA_NOI)

SIGNING = (
    "Ngày 05/3/2024, HĐND, UBND và UBMTTQ huyện Ba Vì tổ chức hội nghị ký kết Chương trình "
    "phối hợp năm 2024. "
)
REVIEW = (
    "Ngày 10/01/2024, HĐND, UBND và UBMTTQ huyện Ba Vì tổ chức hội nghị tổng kết Chương trình "
    "phối hợp năm 2023. "
)
REPORT = "Kết quả giải quyết kiến nghị cử tri năm 2023 của huyện Ba Vì\n"


def _assemble(text: str, units: tuple[AdminUnit, ...] = ()) -> Assembly:
    with warnings.catch_warnings():
        warnings.simplefilter("error", FigureWarning)
        return assemble(extract(text, source="bai-viet.txt"), units=units)


def _first(assembly: Assembly) -> object:
    return assembly.records.records[0]


def _reasons(assembly: Assembly) -> dict[str, str]:
    return {u.span.text: u.reason for u in assembly.unplaced}


# -- posts ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("post", "units", "expected"),
    [
        # Title and body (Post.common_label writes them back as reports do).
        ("Chủ tịch HĐND huyện", (), "Chủ tịch HĐND huyện"),
        ("Phó Chủ tịch Ủy ban nhân dân huyện Ba Vì", (), "Phó Chủ tịch UBND huyện"),
        ("Ủy viên Ủy ban MTTQ Việt Nam huyện", (), "Ủy viên Ủy ban MTTQ Việt Nam huyện"),
        ("Trưởng Ban Pháp chế HĐND huyện", (), "Trưởng Ban Pháp chế HĐND huyện"),
        ("Chánh Văn phòng HĐND và UBND huyện", (), "Chánh Văn phòng Văn phòng HĐND và UBND huyện"),
        ("Bí thư Huyện ủy", (), "Bí thư Huyện ủy"),
        ("Phó Bí thư Huyện ủy Ba Vì", (), "Phó Bí thư Huyện ủy"),
        ("Huyện ủy viên", (), "Huyện ủy viên"),
        # The unit above, only when it is known.
        ("Thành ủy viên", (BA_VI,), "Thành ủy viên"),
        ("Phó Chủ tịch UBND thành phố", (BA_VI,), "Phó Chủ tịch UBND thành phố"),
        (
            "Thành ủy viên",
            (),
            "'Thành ủy viên': the Party committee of no unit the text names (give the units "
            "above huyện Ba Vì with units=)",
        ),
        (
            "Bí thư Quận ủy",
            (),
            "'Bí thư Quận ủy': the Party committee of no unit the text names (give the units "
            "above huyện Ba Vì with units=)",
        ),
        (
            "Phó Chủ tịch UBND tỉnh",
            (),
            "'Phó Chủ tịch UBND tỉnh': a unit the text does not name as its own or the one above",
        ),
        (
            "Bí thư Huyện ủy Gia Lâm",
            (),
            "'Bí thư Huyện ủy Gia Lâm': a unit the text does not name as its own",
        ),
        ("Chủ tịch UBND", (), "'Chủ tịch UBND': the post does not say of which unit"),
        # A title of no such body (a Trưởng ban heads a Ban, not a council).
        (
            "Trưởng ban HĐND huyện",
            (),
            "'Trưởng ban HĐND huyện': 'Trưởng ban' is not a post of a peoples_council",
        ),
        ("Giám đốc Sở Tài chính", (), "'Giám đốc Sở Tài chính': not a title the model knows"),
        (
            "Chủ tịch Hội Nông dân huyện",
            (),
            "'Chủ tịch Hội Nông dân huyện': not a body the model knows",
        ),
        # "Phó Chủ tịch Thường trực" is no title of the model: not read as a vice-chair,
        # and the reason names a post, not a body (review 5, D9).
        (
            "Phó Chủ tịch Thường trực HĐND huyện",
            (),
            "'Phó Chủ tịch Thường trực HĐND huyện': not a post the model knows "
            "('Phó Chủ tịch Thường trực')",
        ),
        # Luật Tổ chức HĐND và UBND 2003, Điều 53: the Thường trực HĐND is its Chủ tịch,
        # Phó Chủ tịch and Ủy viên thường trực; the post is the Thường trực's member.
        ("Ủy viên Thường trực HĐND huyện", (), "Ủy viên Thường trực HĐND huyện"),
        (
            "Ủy viên Thường trực HĐND tỉnh",
            (),
            "'Ủy viên Thường trực HĐND tỉnh': a unit the text does not name as its own or "
            "the one above",
        ),
    ],
)
def test_posts(post: str, units: tuple[AdminUnit, ...], expected: str) -> None:
    assembly = _assemble(SIGNING + f"Dự có đồng chí Nguyễn Văn An - {post}.", units)
    meeting = _first(assembly)
    assert isinstance(meeting, Meeting)
    found = [t.post.common_label for t in meeting.roster]
    found += [u.reason for u in assembly.unplaced]
    assert found == [expected]


def test_two_names_of_one_slug_are_two_people() -> None:
    meeting = _first(
        _assemble(
            SIGNING + "Dự có đồng chí Lê Văn Ân - Chủ tịch HĐND huyện; Lê Văn Ấn - Chủ tịch "
            "UBND huyện."
        )
    )
    assert isinstance(meeting, Meeting)
    people = [t.person for t in meeting.roster]
    assert [str(p) for p in people] == ["Lê Văn Ân", "Lê Văn Ấn"]
    assert people[0].id == "le-van-an"
    assert people[1].id.startswith("le-van-an-")


def test_a_post_held_by_two_on_one_day_is_refused() -> None:
    # One Chủ tịch at a time (Title.is_unique): the roster cannot hold both on the day.
    assembly = _assemble(
        SIGNING + "Dự có đồng chí Lê Văn Bình - Chủ tịch UBND huyện; Trần Văn Cường - Chủ tịch "
        "UBND huyện."
    )
    meeting = _first(assembly)
    assert isinstance(meeting, Meeting)
    assert meeting.roster.tenures == ()
    assert all(r.startswith("the model refuses the roster") for r in _reasons(assembly).values())


def test_a_tenure_after_the_unit_ended_is_refused() -> None:
    # Quận Tây Hồ ended on 30/06/2025: its regulation of 2021-2026 was, a meeting of 2026
    # and a post held then were not.
    unit = tay_ho_history().unit("ha-noi/tay-ho")
    assembly = _assemble(
        "Ngày 05/3/2026, HĐND, UBND và UBMTTQ quận Tây Hồ tổ chức hội nghị tổng kết Quy chế "
        "phối hợp nhiệm kỳ 2021-2026. Dự có đồng chí Nguyễn Văn An - Chủ tịch UBND quận.",
        (unit,),
    )
    assert [type(r).__name__ for r in assembly.records] == ["CoordinationProgram"]
    assert [(m.record, m.field) for m in assembly.missing] == [("Meeting", "held_on")]
    assert _reasons(assembly)["Chủ tịch UBND quận"].startswith(
        "the model refuses the tenure: attested[0]='2026-03-05': ha-noi/tay-ho did not exist"
    )


def test_one_post_named_twice_is_one_tenure() -> None:
    meeting = _first(
        _assemble(
            SIGNING + "Dự có đồng chí Nguyễn Văn An - Chủ tịch HĐND huyện. Đồng chí Nguyễn Văn "
            "An - Chủ tịch HĐND huyện phát biểu."
        )
    )
    assert isinstance(meeting, Meeting)
    assert len(meeting.roster.tenures) == 1


def test_a_post_the_unit_did_not_have_then() -> None:
    # Quận Tây Hồ ended on 30/06/2025 (the bundled history): nothing of it in 2026.
    unit = tay_ho_history().unit("ha-noi/tay-ho")
    assembly = _assemble(
        "Ngày 05/3/2026, HĐND, UBND và UBMTTQ quận Tây Hồ tổ chức hội nghị ký kết Chương trình "
        "phối hợp năm 2026. Dự có đồng chí Nguyễn Văn An - Chủ tịch UBND quận.",
        (unit,),
    )
    assert assembly.records.records == ()
    assert [(m.record, m.field) for m in assembly.missing] == [
        ("CoordinationProgram", "period"),
        ("Meeting", "signed"),
    ]


# -- chairs -----------------------------------------------------------------------------------


def test_chairs_named_before_them() -> None:
    meeting = _first(
        _assemble(
            SIGNING + "Đồng chủ trì hội nghị có các đồng chí: Nguyễn Văn An - Chủ tịch HĐND "
            "huyện; Lê Thị Bình - Chủ tịch UBND huyện."
        )
    )
    assert isinstance(meeting, Meeting)
    assert [(str(c.person), c.role) for c in meeting.chairs] == [
        ("Nguyễn Văn An", ChairRole.CO_CHAIR),
        ("Lê Thị Bình", ChairRole.CO_CHAIR),
    ]


def test_a_chair_in_two_posts_of_main_bodies_is_not_placed() -> None:
    assembly = _assemble(
        SIGNING + "Đồng chí Nguyễn Văn An - Chủ tịch HĐND huyện, Chủ tịch UBND huyện chủ trì "
        "hội nghị."
    )
    meeting = _first(assembly)
    assert isinstance(meeting, Meeting)
    assert meeting.chairs == ()
    assert _reasons(assembly) == {
        "Nguyễn Văn An": "chairs it in a post the text does not single out"
    }


# -- petition figures of a meeting ------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "units", "expected"),
    [
        (
            "Tỷ lệ giải quyết kiến nghị cử tri thuộc thẩm quyền cấp huyện đạt 90%.",
            (),
            {"competence": Competence.DISTRICT, "printed_rate": "90%"},
        ),
        (
            "Tỷ lệ trả lời kiến nghị cử tri thuộc thẩm quyền cấp xã đạt 100%.",
            (),
            {"competence": Competence.COMMUNE, "printed_answered_rate": "100%"},
        ),
        (
            "Tỷ lệ giải quyết kiến nghị thuộc thẩm quyền của Trung ương năm 2022 đạt 80%.",
            (),
            {"competence": Competence.CENTRAL, "printed_rate": "80%", "period": 2022},
        ),
        # "cấp thành phố" of a district of a centrally run city: the province level.
        (
            "Tỷ lệ giải quyết kiến nghị cử tri thuộc thẩm quyền cấp thành phố đạt 90%.",
            (BA_VI,),
            {"competence": Competence.PROVINCE, "printed_rate": "90%"},
        ),
        (
            "Tỷ lệ giải quyết kiến nghị cử tri thuộc thẩm quyền cấp tỉnh đạt 70%.",
            (),
            {"competence": Competence.PROVINCE, "printed_rate": "70%"},
        ),
        # A fraction is two counts (PrintedFigure): 45 resolved of 50 received.
        (
            "Đã giải quyết 45/50 kiến nghị cử tri, đạt 90%.",
            (),
            {"resolved": 45, "received": 50, "printed_rate": "90%"},
        ),
    ],
)
def test_petition_figures_of_a_meeting(
    sentence: str, units: tuple[AdminUnit, ...], expected: dict[str, object]
) -> None:
    meeting = _first(_assemble(REVIEW + sentence, units))
    assert isinstance(meeting, Meeting)
    (stats,) = meeting.petitions
    # The year the sentence names, else the year the meeting reviews (năm 2023).
    assert stats.period == PartialDate(int(str(expected.pop("period", 2023))))
    for name, value in expected.items():
        found = getattr(stats, name)
        assert (found.text if isinstance(found, PrintedFigure) else found) == value


@pytest.mark.parametrize(
    ("sentence", "reason"),
    [
        (
            "Tỷ lệ giải quyết kiến nghị cử tri thuộc thẩm quyền cấp thành phố đạt 90%.",
            "'thẩm quyền cấp thành phố': which level is meant is not said",
        ),
        (
            "Tỷ lệ giải quyết kiến nghị năm 2022 và năm 2023 đạt 90%.",
            "the sentence names several years",
        ),
        (
            "Kiến nghị cử tri được giải quyết, trả lời đạt 100%.",
            "the sentence does not say whether it is a rate of resolution or of answers",
        ),
        (
            "Tỷ lệ giải quyết kiến nghị cử tri đạt 90%, năm trước đạt 85%.",
            "two printed rates of one kind in a sentence",
        ),
        (
            "Đã giải quyết 45/50 kiến nghị và 20/30 ý kiến cử tri.",
            "two figures of one count in a sentence",
        ),
        ("Tỷ lệ hộ nghèo giảm còn 2,5%.", "a rate the records hold only for voter petitions"),
        # A part of the petitions (before or after a session), not all of the year's.
        (
            "Tỷ lệ giải quyết kiến nghị cử tri trước kỳ họp đạt 90%.",
            "a figure of a part of the report (Đối với …, trước or sau kỳ họp), not the whole",
        ),
    ],
)
def test_petition_figures_a_meeting_cannot_hold(sentence: str, reason: str) -> None:
    assembly = _assemble(REVIEW + sentence)
    meeting = _first(assembly)
    assert isinstance(meeting, Meeting)
    assert meeting.petitions == ()
    assert set(_reasons(assembly).values()) == {reason}


def test_the_city_level_of_a_city_of_a_province() -> None:
    # A city of a province (thành phố thuộc tỉnh) is at the district level.
    city = AdminUnit("bac-ninh/bac-ninh", UnitKind.PROVINCIAL_CITY, "Bắc Ninh")
    meeting = _first(
        _assemble(
            "Ngày 10/01/2024, HĐND, UBND và Ủy ban MTTQ thành phố Bắc Ninh tổ chức hội nghị "
            "tổng kết Chương trình phối hợp năm 2023. Tỷ lệ giải quyết kiến nghị cử tri thuộc "
            "thẩm quyền cấp thành phố đạt 90%.",
            (city,),
        )
    )
    assert isinstance(meeting, Meeting)
    assert meeting.unit is city
    assert [s.competence for s in meeting.petitions] == [Competence.DISTRICT]


def test_a_competence_that_no_longer_existed_is_refused() -> None:
    # The district level ended on 30/06/2025 (Luật số 72/2025/QH15).
    assembly = _assemble(
        "Ngày 10/01/2027, HĐND, UBND và UBMTTQ xã Minh Quang tổ chức hội nghị tổng kết Chương "
        "trình phối hợp năm 2026. Tỷ lệ giải quyết kiến nghị cử tri thuộc thẩm quyền cấp huyện "
        "đạt 90%."
    )
    assert _reasons(assembly)["90%"].startswith("the model refuses it: competence='district'")


# -- petition reports -------------------------------------------------------------------------


def test_a_petition_report_counts_by_the_words_before_them() -> None:
    assembly = _assemble(
        REPORT + "UBND huyện đã tiếp nhận 241 kiến nghị, trong đó 20 kiến nghị kỳ trước chuyển "
        "sang; đã giải quyết xong 200 kiến nghị; đã giải trình, cung cấp thông tin 10 kiến "
        "nghị; có 5 kiến nghị; hơn 30 kiến nghị; đã giải quyết 90 kiến nghị; trả lời "
        "đạt 100%."
    )
    report = _first(assembly)
    assert isinstance(report, PetitionReport)
    assert (report.total, report.carried_over) == (241, 20)
    assert [(o.level, o.count) for o in report.outcomes] == [("resolved", 200), ("explained", 10)]
    assert _reasons(assembly) == {
        "5 kiến nghị": "the words before it do not say what it counts",
        "hơn 30 kiến nghị": "a bound ('hơn')",
        "90 kiến nghị": "a second count of 'resolved'",
        "100%": "the words before it do not say it is a rate of resolution",
    }


def test_a_petition_report_keeps_one_total() -> None:
    assembly = _assemble(
        REPORT + "Đã tiếp nhận 241 kiến nghị; tổng hợp 240 kiến nghị; có 03 cơ quan trả lời."
    )
    report = _first(assembly)
    assert isinstance(report, PetitionReport)
    assert report.total == 241
    assert _reasons(assembly) == {
        "240 kiến nghị": "a second total of the report",
        "03 cơ quan": "no record built from the text holds it",
    }


def test_a_petition_report_of_a_rate_and_a_reporter() -> None:
    report = _first(
        _assemble(
            "UBND huyện Ba Vì báo cáo kết quả giải quyết kiến nghị cử tri 6 tháng đầu năm 2024."
            "\nTỷ lệ giải quyết đạt 95%."
        )
    )
    assert isinstance(report, PetitionReport)
    # The noun its event names ("giải quyết kiến nghị"), no count naming another.
    assert (report.noun, report.period) == (CountedNoun.KIEN_NGHI, ReportingPeriod.half(2024, 1))
    assert report.id == "ba-vi/kien-nghi-6-thang-dau-nam-2024"
    assert report.reporter is not None
    assert report.reporter.kind.value == "peoples_committee"
    assert [(o.level, o.count, [f.text for f in o.printed]) for o in report.outcomes] == [
        ("resolved", None, ["95%"])
    ]


@pytest.mark.parametrize(
    ("text", "missing"),
    [
        (
            REPORT + "Đã tiếp nhận 241 kiến nghị và 30 ý kiến cử tri.",
            ("noun", "the counts name several nouns: kiến nghị, ý kiến"),
        ),
        (
            "Kết quả giải quyết nội dung kiến nghị cử tri năm 2023 của huyện Ba Vì\nĐạt 95%.",
            (
                "noun",
                "the counts name no one noun the model counts (kiến nghị, ý kiến, nội dung, lượt)",
            ),
        ),
        (
            REPORT + "Kiến nghị thuộc thẩm quyền cấp thành phố: đã giải quyết 10 kiến nghị.",
            ("competence", "which level is meant is not said"),
        ),
        (
            "Kết quả giải quyết kiến nghị cử tri năm 2023, nhiệm kỳ 2021-2026 của huyện Ba Vì\n"
            "Đã giải quyết 50 kiến nghị.",
            ("period", "the title and lead name several periods: năm 2023, nhiệm kỳ 2021-2026"),
        ),
    ],
)
def test_a_petition_report_not_built(text: str, missing: tuple[str, str]) -> None:
    assembly = _assemble(text)
    assert assembly.records.records == ()
    assert [(m.field, m.reason) for m in assembly.missing] == [missing]


def test_a_period_the_model_refuses_is_no_period() -> None:
    # "nhiệm kỳ 2026-2021" ends before it starts: the one period of the lead is năm 2023.
    report = _first(
        _assemble(
            "Kết quả giải quyết kiến nghị cử tri năm 2023 (nhiệm kỳ 2026-2021) của huyện Ba Vì\n"
            "Đã giải quyết 50 kiến nghị."
        )
    )
    assert isinstance(report, PetitionReport)
    assert report.period == ReportingPeriod.year(2023)


# -- agreements and meetings ------------------------------------------------------------------


def test_the_unit_name_ends_with_its_line() -> None:
    draft = extract(REPORT + "Tỷ lệ giải quyết đạt 95%.")
    assert draft.unit is not None
    assert draft.unit.name == "Ba Vì"


@pytest.mark.parametrize(
    ("text", "part"),
    [
        (
            "Ngày 05/10/2020, HĐND, UBND và UBMTTQ huyện Ba Vì tổ chức hội nghị sơ kết quý "
            "III/2020 thực hiện Chương trình phối hợp năm 2020.",
            ReportingPeriod.quarter(2020, 3),
        ),
        (
            "Ngày 05/10/2020, HĐND, UBND và UBMTTQ huyện Ba Vì tổ chức hội nghị sơ kết 9 tháng "
            "thực hiện Chương trình phối hợp năm 2020.",
            None,
        ),
        (
            "Ngày 05/10/2020, HĐND, UBND và UBMTTQ huyện Ba Vì tổ chức hội nghị sơ kết, đánh giá "
            "Chương trình phối hợp năm 2020.",
            None,
        ),
    ],
)
def test_the_part_an_interim_review_reviews(text: str, part: ReportingPeriod | None) -> None:
    meeting = _first(_assemble(text))
    assert isinstance(meeting, Meeting)
    assert meeting.period_reviewed == part


def test_the_bodies_of_the_agreement_and_the_hosts() -> None:
    # A standing committee is of the council already named: one party per main body. A
    # sentence without "tổ chức" names no host.
    assembly = _assemble(
        "Ngày 05/3/2024, lãnh đạo HĐND, UBND, Ủy ban MTTQ huyện Ba Vì và Thường trực HĐND "
        "huyện ký kết Chương trình phối hợp năm 2024."
    )
    meeting, program = assembly.records
    assert isinstance(meeting, Meeting)
    assert isinstance(program, CoordinationProgram)
    assert [p.kind.value for p in program.parties] == [
        "peoples_council",
        "peoples_committee",
        "fatherland_front",
    ]
    assert meeting.hosts == ()
    hosts = _first(
        _assemble(
            "Ngày 05/3/2024, HĐND, UBND, UBMTTQ huyện Ba Vì và HĐND huyện tổ chức hội nghị ký "
            "kết Chương trình phối hợp năm 2024."
        )
    )
    assert isinstance(hosts, Meeting)
    assert [h.kind.value for h in hosts.hosts] == [
        "peoples_council",
        "peoples_committee",
        "fatherland_front",
    ]


def test_a_unit_the_model_refuses() -> None:
    # "Ø" is a capital letter that follows the level as a name does, but no identifier can
    # be made of it (it has no ASCII letter).
    assembly = _assemble(
        "Ngày 05/3/2024, HĐND, UBND và UBMTTQ quận Ø tổ chức hội nghị ký kết Chương trình phối "
        "hợp năm 2024."
    )
    ((record, name, reason),) = [(m.record, m.field, m.reason) for m in assembly.missing]
    assert (record, name) == ("Meeting", "unit")
    assert reason.startswith("the model refuses the unit: must be lowercase ASCII")


def test_a_meeting_held_in_a_month() -> None:
    meeting = _first(
        _assemble(
            "Tháng 12/2023, HĐND, UBND và UBMTTQ huyện Ba Vì tổ chức hội nghị tổng kết Chương "
            "trình phối hợp năm 2023."
        )
    )
    assert isinstance(meeting, Meeting)
    assert (meeting.held_on, meeting.id) == (PartialDate(2023, 12), "ba-vi/tong-ket-2023-12")


@pytest.mark.parametrize(
    ("text", "missing"),
    [
        (
            "HĐND, UBND và UBMTTQ huyện Ba Vì tổ chức hội nghị tổng kết Chương trình phối hợp "
            "năm 2023.",
            [("Meeting", "held_on", "the text prints no day of the event")],
        ),
        (
            "Ngày 10/01/2021, HĐND, UBND và UBMTTQ huyện Ba Vì tổ chức hội nghị tổng kết "
            "Chương trình phối hợp năm 2020 và ký kết Chương trình phối hợp năm 2020.",
            [("Meeting", "signed", "the agreement signed is the one reviewed")],
        ),
        (
            "Ngày 10/01/2021, HĐND, UBND và UBMTTQ huyện Ba Vì tổ chức hội nghị ký kết Quy chế "
            "phối hợp nhiệm kỳ 2026-2021.",
            [
                (
                    "CoordinationProgram",
                    "period",
                    "'nhiệm kỳ 2026-2021' is not a period: its end 2021 is before the start (2026)",
                ),
                ("Meeting", "signed", "the agreement it signs could not be built"),
            ],
        ),
        (
            "Ngày 10/01/2018, HĐND, UBND và UBMTTQ huyện Ba Vì tổ chức hội nghị ký kết Chương "
            "trình phối hợp năm 2020. Năm 2020, các bên thống nhất 03 nhiệm vụ trọng tâm.",
            [
                (
                    "CoordinationProgram",
                    "signed_on",
                    "an agreement for the year 2020 is signed in 2019 or 2020",
                ),
                ("Meeting", "signed", "the agreement it signs could not be built"),
            ],
        ),
        (
            "Ngày 10/01/2021, HĐND, UBND và UBMTTQ huyện Ba Vì tổ chức hội nghị tổng kết và ký "
            "kết Chương trình phối hợp năm 2021.",
            [("Meeting", "reviewed", "the text names no agreement it reviews")],
        ),
    ],
)
def test_meetings_not_built(text: str, missing: list[tuple[str, str, str]]) -> None:
    assembly = _assemble(text)
    assert [(m.record, m.field, m.reason) for m in assembly.missing] == missing
    assert not any(isinstance(r, Meeting) for r in assembly.records)


def test_counts_of_an_agreement_not_built_are_unplaced() -> None:
    assembly = _assemble(
        "Ngày 10/01/2018, HĐND, UBND và UBMTTQ huyện Ba Vì tổ chức hội nghị ký kết Chương "
        "trình phối hợp năm 2020. Năm 2020, các bên thống nhất 03 nhiệm vụ trọng tâm."
    )
    assert _reasons(assembly) == {
        "03 nhiệm vụ trọng tâm": "the CoordinationProgram it belongs to could not be built"
    }


def test_what_an_agreement_holds_and_does_not() -> None:
    assembly = _assemble(
        "Ngày 10/01/2024, UBND và UBMTTQ huyện Ba Vì tổ chức hội nghị tổng kết Chương trình "
        "phối hợp năm 2023 và ký kết Chương trình phối hợp năm 2024. Thường trực HĐND huyện là "
        "cơ quan thường trực năm 2023. Ban Pháp chế HĐND huyện báo cáo kết quả. Các bên thống "
        "nhất 03 nhiệm vụ trọng tâm và 10 nhóm nhiệm vụ năm 2024; năm 2023 đã tổ chức 02 phiên "
        "giải trình; 04 phiên giải trình khác; 05 nhiệm vụ trọng tâm năm 2024."
    )
    meeting, reviewed, signed = assembly.records
    assert isinstance(meeting, Meeting)
    assert isinstance(reviewed, CoordinationProgram)
    assert isinstance(signed, CoordinationProgram)
    # The parties are the committee and the front: the council is no party, so neither its
    # standing committee nor its legal committee stands or reports for the agreements.
    assert (reviewed.standing_agency, meeting.reporter) == (None, None)
    assert reviewed.activities.hearings.count == 2
    assert (signed.key_tasks.count, signed.task_groups) == (3, 10)
    assert _reasons(assembly) == {
        "Thường trực HĐND": "the standing agency is not a party to the agreement",
        "Ban Pháp chế HĐND": "the reporter is not a party to the agreement",
        # Round 14: "khác" (other) at the phrase's end is read with the noun.
        "04 phiên giải trình khác": "a second count of hearings",
        "05 nhiệm vụ trọng tâm": "a second count of the agreement's key_tasks",
    }


def test_counts_whose_agreement_is_not_said() -> None:
    assembly = _assemble(
        "Ngày 10/01/2024, HĐND, UBND và UBMTTQ huyện Ba Vì tổ chức hội nghị tổng kết Chương "
        "trình phối hợp năm 2023 và ký kết Chương trình phối hợp năm 2024. Các bên thống nhất "
        "03 nhiệm vụ trọng tâm. Thường trực HĐND huyện là cơ quan thường trực."
    )
    assert _reasons(assembly) == {
        "03 nhiệm vụ trọng tâm": "the sentence does not say which agreement it is of",
        "Thường trực HĐND": "the sentence does not say which agreement it is of",
    }


def test_counts_of_a_meeting_not_built() -> None:
    assembly = _assemble(
        "Ngày 10/01/2024, HĐND, UBND và UBMTTQ huyện Ba Vì tổ chức hội nghị ký kết Chương "
        "trình phối hợp. Các bên thống nhất 03 nhiệm vụ trọng tâm. Tỷ lệ giải quyết kiến nghị "
        "cử tri năm 2023 đạt 90%."
    )
    assert _reasons(assembly) == {
        "03 nhiệm vụ trọng tâm": "no agreement of the text could be built to hold it",
        "90%": "the Meeting it belongs to could not be built",
    }


def test_oversight_without_hearings() -> None:
    (_, program) = _assemble(
        REVIEW + "UBMTTQ huyện chủ trì, phối hợp với Ban Pháp chế HĐND huyện giám sát 05 nội dung."
    ).records
    assert isinstance(program, CoordinationProgram)
    assert program.activities.hearings.count is None
    ((lead, partners, count),) = [
        (g.lead, g.partners, g.topics.count) for g in program.activities.oversight
    ]
    assert lead is not None
    assert (lead.kind.value, [p.kind.value for p in partners], count) == (
        "fatherland_front",
        ["council_legal_committee"],
        5,
    )


def test_a_signing_reviews_no_hearings() -> None:
    assembly = _assemble(SIGNING + "Năm 2023 đã tổ chức 02 phiên giải trình.")
    assert _reasons(assembly) == {
        "02 phiên giải trình": "an activity of the agreement reviewed, which is not built"
    }


def test_a_plan_without_its_day() -> None:
    hearing = _first(
        _assemble(
            "Ngày 21/11/2024, Thường trực HĐND huyện Ba Vì tổ chức phiên giải trình về công tác "
            "đất đai theo Kế hoạch số 10/KH-HĐND."
        )
    )
    assert isinstance(hearing, Hearing)
    assert hearing.plan is not None
    assert (hearing.plan.symbol, hearing.plan.issued_on) == ("10/KH-HĐND", None)


def test_check_returns_the_records_when_nothing_is_missing() -> None:
    assembly = _assemble(SIGNING)
    assert assembly.check() is assembly.records


def test_counts_of_the_only_agreement() -> None:
    # A sentence that names no year is of the one agreement the meeting names.
    (_, program) = _assemble(SIGNING + "Các bên thống nhất 10 nhóm nhiệm vụ.").records
    assert isinstance(program, CoordinationProgram)
    assert program.task_groups == 10


def test_the_sentence_of_the_lead_that_names_it_all() -> None:
    # The title names the signing and the term; the lead, the day and the bodies too.
    title = "Huyện Gia Lâm ký kết Quy chế phối hợp nhiệm kỳ 2021-2026"
    lead = (
        "Sáng 15/9/2021, Thường trực HĐND, UBND, Ban Thường trực Ủy ban MTTQ Việt Nam huyện Gia "
        "Lâm tổ chức hội nghị ký kết Quy chế phối hợp công tác giữa Thường trực HĐND, UBND và "
        "Ban Thường trực Ủy ban MTTQ Việt Nam huyện nhiệm kỳ 2021-2026, sau khi ký kết các bên "
        "thống nhất."
    )
    assembly = _assemble(f"{title}\n{lead}")
    assert assembly.complete
    meeting, regulation = assembly.records
    assert isinstance(meeting, Meeting)
    assert isinstance(regulation, CoordinationProgram)
    assert regulation.period == ReportingPeriod.term(2021, 2026)
    assert [p.kind.value for p in regulation.parties] == [
        "council_standing_committee",
        "peoples_committee",
        "front_standing_board",
    ]
    assert [c.excerpt for c in meeting.sources] == [lead]


def test_the_subject_from_the_lead() -> None:
    hearing = _first(
        _assemble(
            "Phiên giải trình của Thường trực HĐND huyện Ba Vì\nSáng 21/11/2024, Thường trực "
            "HĐND huyện tổ chức phiên giải trình về công tác quản lý đất đai."
        )
    )
    assert isinstance(hearing, Hearing)
    assert hearing.subject == "công tác quản lý đất đai"


def test_the_leader_of_a_hearing() -> None:
    # Who chairs a hearing is its leader, by the post the text gives them of a main body;
    # the other people named are no part of the record.
    assembly = _assemble(
        "Sáng ngày 21/11/2024, Thường trực HĐND huyện Ba Vì tổ chức phiên giải trình về công "
        "tác đất đai. Đồng chí Nguyễn Văn An - Phó Bí thư Huyện ủy, Chủ tịch HĐND huyện chủ trì "
        "phiên giải trình. Dự có đồng chí Lê Văn Bình - Chủ tịch UBND huyện."
    )
    hearing = _first(assembly)
    assert isinstance(hearing, Hearing)
    assert hearing.leader is not None
    assert (hearing.leader.post.common_label, hearing.leader.role.label) == (
        "Chủ tịch HĐND huyện",
        "chủ trì",
    )
    assert sorted(_reasons(assembly)) == ["Chủ tịch UBND huyện", "Phó Bí thư Huyện ủy"]
