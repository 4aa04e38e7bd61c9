"""From a draft to records of the model: the seed gives the bundled review's figures, other
texts their records, and what a record needs and a text does not give is named, not filled.

The expected values are read off the texts by the rules of docs/extract.md ("Draft
records"): the kind of meeting from its words (ký kết, sơ kết, tổng kết), the day only with
its year printed, the agreement's period from the words after it, the parties from the
bodies named up to the agreement, the roster from posts of the unit as printed on the day.
The seed's expected values are the bundled review's (datasets/data/tay_ho_2019.json),
encoded by hand from the same article.
"""

from __future__ import annotations

import datetime as dt
from fractions import Fraction
from pathlib import Path

import pytest

from tayho_coord.datasets import tay_ho_2019, tay_ho_history
from tayho_coord.errors import DataError, ValidationError
from tayho_coord.extraction import Assembly, Missing, assemble, extract
from tayho_coord.extraction._assemble import instances
from tayho_coord.io import dumps, loads
from tayho_coord.model import (
    AdminUnit,
    AgreementKind,
    ChairRole,
    Citation,
    Competence,
    CoordinationProgram,
    CountedNoun,
    DayPart,
    Hearing,
    Meeting,
    MeetingKind,
    OversightActivity,
    OversightKind,
    PartialDate,
    PetitionReport,
    ReportingPeriod,
    Title,
    UnitKind,
)

SEED = Path(__file__).parent.parent / "data" / "seed_mttqhanoi_2020-02-11.txt"


def _assemble(text: str, **kwargs: object) -> Assembly:
    return assemble(extract(text, source="bai-viet.txt"), **kwargs)  # type: ignore[arg-type]


# -- the seed and the bundled review --------------------------------------------------------


@pytest.fixture(scope="module")
def seed() -> Assembly:
    # The bundled review's unit, with its parent Hà Nội, from the bundled history: the seed
    # names "quận Tây Hồ" but not the city its "Thành ủy viên" is a member of.
    unit = tay_ho_history().unit("ha-noi/tay-ho")
    draft = extract(SEED.read_text(encoding="utf-8"), source="mttqhanoi-2020-02-11")
    return assemble(draft, units=(unit,))


def test_seed_gives_the_meeting_and_both_programs(seed: Assembly) -> None:
    assert seed.complete
    meeting, reviewed, signed = seed.records
    assert isinstance(meeting, Meeting)
    assert isinstance(reviewed, CoordinationProgram)
    assert isinstance(signed, CoordinationProgram)
    # "tổ chức đánh giá, rút kinh nghiệm … năm 2019 và thống nhất, ký kết … năm 2020"
    assert meeting.kind is MeetingKind.REVIEW_AND_SIGNING
    assert meeting.reviewed == reviewed
    assert meeting.signed == signed


def test_seed_meeting_agrees_with_the_bundled_review(seed: Assembly) -> None:
    bundled = tay_ho_2019()
    meeting = seed.records.records[0]
    assert isinstance(meeting, Meeting)
    # The history's unit (with its validity, which the bundled review does not give).
    assert meeting.unit.id == bundled.unit.id
    assert meeting.unit.parent is not None
    assert meeting.unit.parent.id == "ha-noi"
    assert meeting.held_on == PartialDate.from_date(bundled.held_on)
    assert meeting.part_of_day is bundled.part_of_day is DayPart.AFTERNOON
    assert [a.id for a in meeting.hosts] == [a.id for a in bundled.hosts]
    assert meeting.reporter is not None
    assert bundled.reporter is not None
    assert meeting.reporter.id == bundled.reporter.id
    roster = {(t.person.id, t.post.agency.id, t.post.title) for t in meeting.roster}
    assert roster == {(t.person.id, t.post.agency.id, t.post.title) for t in bundled.roster}
    assert all(t.attested == (bundled.held_on,) for t in meeting.roster)
    (stats,) = meeting.petitions
    (bundled_stats,) = bundled.petitions
    assert (stats.period, stats.competence) == (bundled_stats.period, Competence.DISTRICT)
    assert stats.printed_rate == bundled_stats.printed_rate
    assert stats.received is None  # the seed prints the rate only, no count


def test_seed_programs_agree_with_the_bundled_ones(seed: Assembly) -> None:
    bundled = tay_ho_2019()
    meeting = seed.records.records[0]
    assert isinstance(meeting, Meeting)
    reviewed, signed = meeting.reviewed, meeting.signed
    assert reviewed is not None
    assert bundled.signed is not None
    assert signed is not None
    for mine, theirs in ((reviewed, bundled.reviewed), (signed, bundled.signed)):
        assert mine.id == theirs.id
        assert mine.period == theirs.period
        assert mine.kind is AgreementKind.PROGRAM
        assert [p.id for p in mine.parties] == [p.id for p in theirs.parties]
    assert reviewed.standing_agency is not None
    assert bundled.reviewed.standing_agency is not None
    assert reviewed.standing_agency.id == bundled.reviewed.standing_agency.id
    assert signed.signed_on == bundled.signed.signed_on
    hearings, theirs_h = reviewed.activities.hearings, bundled.reviewed.activities.hearings
    assert hearings.count == theirs_h.count == 3
    # The bundled subjects are in the model's own Vietnamese ("quyền" in small letters).
    assert [h.subject.casefold() for h in hearings.items] == [h.subject for h in theirs_h.items]
    groups = [
        (g.kinds, g.lead and g.lead.id, [p.id for p in g.partners], g.topics.count)
        for g in reviewed.activities.oversight
    ]
    assert groups == [
        (g.kinds, g.lead and g.lead.id, [p.id for p in g.partners], g.topics.count)
        for g in bundled.reviewed.activities.oversight
    ]
    assert [len(g.topics.items) for g in reviewed.activities.oversight] == [0, 2]
    assert signed.key_tasks.count == bundled.signed.key_tasks.count == 3
    # Each key task cites the excerpt the bundled data cites for it.
    assert [t.sources[0].excerpt for t in signed.key_tasks.items] == [
        t.sources[0].excerpt for t in bundled.signed.key_tasks.items
    ]


def test_seed_cites_its_source_verbatim(seed: Assembly) -> None:
    text = SEED.read_text(encoding="utf-8")
    # The records cite the article; the unit given keeps the citations of its own facts.
    unit = tay_ho_history().unit("ha-noi/tay-ho")
    citations = [c for c in seed.citations() if c.source == seed.source]
    assert len(citations) > 20
    assert set(seed.citations()) - set(citations) <= set(instances(unit, Citation))
    for citation in citations:
        assert citation.excerpt in text
    # The source is the name given to extract, its publication day the page's own line.
    assert (seed.source.id, seed.source.title) == ("mttqhanoi-2020-02-11",) * 2
    assert seed.source.published == PartialDate(2020, 2, 11)


def test_seed_leaves_the_counts_of_bodies_unplaced(seed: Assembly) -> None:
    # "03 cơ quan" counts the parties, which the records list; "25 năm" is a duration.
    assert sorted({u.span.text for u in seed.unplaced}) == [
        "03 cơ quan",
        "03 cơ quan HĐND",
        "25 năm",
    ]


def test_seed_without_the_unit_above_names_what_it_cannot_place() -> None:
    assembly = assemble(extract(SEED.read_text(encoding="utf-8"), source="seed.txt"))
    meeting = assembly.records.records[0]
    assert isinstance(meeting, Meeting)
    assert (meeting.unit.id, meeting.unit.kind, meeting.unit.parent) == (
        "tay-ho",
        UnitKind.URBAN_DISTRICT,
        None,
    )
    # Five of the six posts; "Thành ủy viên" is of the city above, which the text does not
    # name: nothing is assumed of it.
    assert len(meeting.roster.tenures) == 5
    (thanh_uy,) = [u for u in assembly.unplaced if u.span.text == "Thành ủy viên"]
    assert "the Party committee of no unit the text names" in thanh_uy.reason


def test_records_survive_a_data_file(seed: Assembly) -> None:
    assert loads(dumps(seed.records)) == seed.records


# -- other texts, each a record -------------------------------------------------------------

SIGNING = (
    "Sáng ngày 05/3/2024, HĐND, UBND và Ủy ban MTTQ Việt Nam huyện Ba Vì tổ chức hội nghị "
    "ký kết Chương trình phối hợp công tác năm 2024. Đồng chí Nguyễn Văn An - Chủ tịch HĐND "
    "huyện chủ trì hội nghị. Năm 2024, các bên thống nhất 05 nhiệm vụ trọng tâm."
)


def test_a_signing() -> None:
    assembly = _assemble(SIGNING)
    assert assembly.complete
    meeting, program = assembly.records
    assert isinstance(meeting, Meeting)
    assert isinstance(program, CoordinationProgram)
    assert (meeting.kind, meeting.held_on, meeting.part_of_day) == (
        MeetingKind.SIGNING,
        PartialDate(2024, 3, 5),
        DayPart.MORNING,
    )
    assert (meeting.unit.kind, meeting.unit.name) == (UnitKind.RURAL_DISTRICT, "Ba Vì")
    assert meeting.signed == program
    assert meeting.reviewed is None
    assert program.period == ReportingPeriod.year(2024)
    assert [p.kind.value for p in program.parties] == [
        "peoples_council",
        "peoples_committee",
        "fatherland_front",
    ]
    assert program.signed_on == PartialDate(2024, 3, 5)  # signed at the meeting
    assert program.key_tasks.count == 5
    assert program.key_tasks.items == ()
    (chair,) = meeting.chairs
    assert chair.role is ChairRole.CHAIR
    assert chair.person is not None
    assert str(chair.person) == "Nguyễn Văn An"
    assert chair.post is not None
    assert (chair.post.title, chair.post.agency.kind.value) == (Title.CHAIR, "peoples_council")
    assert [t.attested for t in meeting.roster] == [(dt.date(2024, 3, 5),)]


def test_a_final_review_of_a_regulation_with_its_counts() -> None:
    assembly = _assemble(
        "Ngày 20/12/2023, Thường trực HĐND, UBND và Ban Thường trực Ủy ban MTTQ Việt Nam "
        "huyện Gia Lâm tổ chức hội nghị tổng kết Quy chế phối hợp giai đoạn 2021-2023. Trong "
        "giai đoạn, đã tổ chức 06 phiên giải trình và 12 cuộc giám sát chuyên đề; hơn 20 cuộc "
        "khảo sát."
    )
    meeting, regulation = assembly.records
    assert isinstance(meeting, Meeting)
    assert isinstance(regulation, CoordinationProgram)
    assert meeting.kind is MeetingKind.FINAL_REVIEW
    assert (regulation.kind, regulation.period) == (
        AgreementKind.REGULATION,
        ReportingPeriod.stage(2021, 2023),
    )
    assert [p.kind.value for p in regulation.parties] == [
        "council_standing_committee",
        "peoples_committee",
        "front_standing_board",
    ]
    assert regulation.activities.hearings.count == 6
    (group,) = regulation.activities.oversight
    assert (group.kinds, group.topics.count, group.lead) == (
        frozenset({OversightKind.SUPERVISION}),
        12,
        None,
    )
    # "hơn 20": a bound, not the number of surveys.
    (bound,) = assembly.unplaced
    assert (bound.span.text, bound.reason.startswith("a bound ('hơn')")) == (
        "hơn 20 cuộc khảo sát",
        True,
    )


def test_an_interim_review_keeps_its_part_and_not_its_counts() -> None:
    assembly = _assemble(
        "Ngày 10/8/2020, HĐND, UBND và UBMTTQ huyện Ba Vì tổ chức hội nghị sơ kết 6 tháng "
        "đầu năm 2020 thực hiện chương trình phối hợp năm 2020. Trong 6 tháng, đã tổ chức 02 "
        "phiên giải trình; tỷ lệ giải quyết kiến nghị cử tri đạt 90%."
    )
    meeting, program = assembly.records
    assert isinstance(meeting, Meeting)
    assert meeting.kind is MeetingKind.INTERIM_REVIEW
    assert meeting.period_reviewed == ReportingPeriod.half(2020, 1)
    assert isinstance(program, CoordinationProgram)
    # The hearings and the rate are of the first half; the program counts its whole year,
    # and a petition figure covers a year, a month or a day: neither is placed.
    assert program.activities.hearings.count is None
    assert meeting.petitions == ()
    reasons = {u.span.text: u.reason for u in assembly.unplaced}
    assert reasons["02 phiên giải trình"].startswith("counted over a part")
    assert reasons["90%"] == "the sentence names no year, and the meeting reviews no one year"


def test_a_hearing() -> None:
    assembly = _assemble(
        "Sáng ngày 21/11/2024, Thường trực HĐND huyện Ba Vì tổ chức phiên giải trình về công "
        "tác quản lý đất đai trên địa bàn huyện. Phiên giải trình được tổ chức theo Kế hoạch "
        "số 10/KH-HĐND ngày 21/10/2024 của Thường trực HĐND huyện. UBND huyện đã giải quyết "
        "45 đơn."
    )
    (hearing,) = assembly.records
    assert isinstance(hearing, Hearing)
    assert hearing.subject == "công tác quản lý đất đai trên địa bàn huyện"
    assert hearing.organiser is not None
    assert hearing.organiser.kind.value == "council_standing_committee"
    assert (hearing.held_on, hearing.part_of_day) == (PartialDate(2024, 11, 21), DayPart.MORNING)
    assert hearing.plan is not None
    assert hearing.plan.label == "Kế hoạch số 10/KH-HĐND ngày 21/10/2024"
    # What a figure of a hearing measures is written by a person (StatedFigure.what).
    assert hearing.figures == ()
    assert [u.span.text for u in assembly.unplaced] == ["45 đơn"]


def test_an_oversight() -> None:
    (oversight,) = _assemble(
        "Ngày 15/7/2023, Thường trực HĐND huyện Mê Linh giám sát chuyên đề về công tác giải "
        "phóng mặt bằng trên địa bàn huyện."
    ).records
    assert isinstance(oversight, OversightActivity)
    assert (oversight.kind, oversight.subject) == (
        OversightKind.SUPERVISION,
        "công tác giải phóng mặt bằng trên địa bàn huyện",
    )
    assert oversight.lead is not None
    assert oversight.lead.kind.value == "council_standing_committee"
    assert oversight.held_on == PartialDate(2023, 7, 15)
    # "giám sát chuyên đề" in the sentence: the record says thematic, its report so words it.
    assert oversight.thematic is True
    (plain,) = _assemble(
        "Ngày 15/7/2023, Đoàn giám sát của Thường trực HĐND huyện Mê Linh giám sát về công tác "
        "giải phóng mặt bằng trên địa bàn huyện."
    ).records
    assert isinstance(plain, OversightActivity)
    assert plain.thematic is False


def test_a_petition_report() -> None:
    assembly = _assemble(
        "Kết quả giải quyết kiến nghị cử tri năm 2023 của huyện Ba Vì\n"
        "Năm 2023, UBND huyện Ba Vì đã tiếp nhận 241 kiến nghị cử tri thuộc thẩm quyền cấp "
        "huyện, trong đó đã giải quyết 199/241 kiến nghị, đạt 82,57%; đang giải quyết 30 kiến "
        "nghị; chưa giải quyết 12 kiến nghị."
    )
    (report,) = assembly.records
    assert isinstance(report, PetitionReport)
    assert (report.period, report.noun, report.competence, report.total) == (
        ReportingPeriod.year(2023),
        CountedNoun.KIEN_NGHI,
        Competence.DISTRICT,
        241,
    )
    outcomes = {o.level: (o.count, [f.text for f in o.printed]) for o in report.outcomes}
    assert outcomes == {
        "resolved": (199, ["199/241", "82,57%"]),
        "in_progress": (30, []),
        "unresolved": (12, []),
    }
    assert report.resolution_rate == Fraction(199, 241)  # from the counts, exactly


# -- what a text does not give ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected", "built"),
    [
        # A year not in the text is not taken from anywhere (issue 16): the program still is.
        (
            "Sáng 25/01, HĐND, UBND và UBMTTQ huyện Ba Vì tổ chức hội nghị ký kết Chương "
            "trình phối hợp năm 2020.",
            [("Meeting", "held_on", "the day is printed without its year", "25/01")],
            ["CoordinationProgram"],
        ),
        (
            "Ngày 05/3/2024, HĐND, UBND và UBMTTQ tổ chức hội nghị ký kết Chương trình phối "
            "hợp năm 2024.",
            [("Meeting", "unit", "the text names no unit with its level (quận Tây Hồ)", None)],
            [],
        ),
        (
            "Ngày 05/3/2024, HĐND, UBND và UBMTTQ huyện Ba Vì tổ chức hội nghị ký kết Chương "
            "trình phối hợp công tác.",
            [
                (
                    "CoordinationProgram",
                    "period",
                    "the text names the agreement without its year, term or stage",
                    "Chương trình phối hợp",
                ),
                (
                    "Meeting",
                    "signed",
                    "the agreement it signs could not be built",
                    "Chương trình phối hợp",
                ),
            ],
            [],
        ),
        (
            "Ngày 05/3/2024, UBND huyện Ba Vì tổ chức hội nghị ký kết Chương trình phối hợp "
            "năm 2024.",
            [
                (
                    "CoordinationProgram",
                    "parties",
                    "the sentence that names the event names 1 of the bodies (an agreement "
                    "binds two to four)",
                    "Chương trình phối hợp năm 2024",
                ),
                (
                    "Meeting",
                    "signed",
                    "the agreement it signs could not be built",
                    "Chương trình phối hợp năm 2024",
                ),
            ],
            [],
        ),
        # "thành phố" is a centrally run city or a city of a province.
        (
            "Ngày 12/3/2021, HĐND, UBND và Ủy ban MTTQ thành phố Bắc Ninh ký kết Quy chế phối "
            "hợp nhiệm kỳ 2021-2026.",
            [
                (
                    "Meeting",
                    "unit",
                    "'thành phố' may be a centrally run city or a city of a province: give the "
                    "unit with units=",
                    "thành phố Bắc Ninh",
                )
            ],
            [],
        ),
        # The model refuses a review held before the period it reviews; the program stands.
        (
            "Ngày 05/3/2019, HĐND, UBND và UBMTTQ huyện Ba Vì tổ chức hội nghị tổng kết "
            "Chương trình phối hợp năm 2020.",
            [("Meeting", "held_on", "comes before năm 2020, the period reviewed", None)],
            ["CoordinationProgram"],
        ),
        (
            "Sáng ngày 21/11/2024, Thường trực HĐND huyện Ba Vì tổ chức phiên giải trình.",
            [
                (
                    "Hearing",
                    "subject",
                    "the text does not say what it is about (về …)",
                    "phiên giải trình",
                )
            ],
            [],
        ),
        (
            "Huyện Ba Vì: kết quả giải quyết kiến nghị cử tri\nUBND huyện Ba Vì đã giải quyết "
            "199/241 kiến nghị.",
            [
                (
                    "PetitionReport",
                    "period",
                    "the title and lead name no period and no session",
                    None,
                )
            ],
            [],
        ),
        (
            "Tiếp xúc cử tri huyện Ba Vì ngày 12/3/2021.",
            [
                (
                    "VoterContact",
                    "delegations",
                    "the sentence naming the contact names no deputies of the unit or above "
                    "it (Đại biểu HĐND huyện, Đoàn ĐBQH tỉnh, Tổ đại biểu số 3 HĐND xã)",
                    "Tiếp xúc cử tri",
                ),
                ("VoterContact", "held_on", "the text prints no day of the event", None),
            ],
            [],
        ),
    ],
)
def test_what_a_text_does_not_give_is_named(
    text: str, expected: list[tuple[str, str, str, str | None]], built: list[str]
) -> None:
    assembly = _assemble(text)
    assert [(m.record, m.field, m.reason, m.span and m.span.text) for m in assembly.missing] == (
        expected
    )
    assert [type(r).__name__ for r in assembly.records] == built
    assert not assembly.complete
    with pytest.raises(DataError) as caught:
        assembly.check()
    assert [p.path for p in caught.value.problems] == [f"{r}.{f}" for r, f, _, _ in expected]


def test_what_the_records_have_no_place_for_stays_unplaced() -> None:
    assembly = _assemble(
        "Ngày 10/01/2024, HĐND, UBND và UBMTTQ huyện Ba Vì tổ chức hội nghị tổng kết Chương "
        "trình phối hợp năm 2023. Đồng chí Nguyễn Văn An - Phó Chủ tịch UBND huyện báo cáo kết "
        "quả. Tỷ lệ hộ nghèo giảm còn 2,5%. Có 12 lẵng hoa và 03 cơ quan. Ông Lê Văn Bình - "
        "UVTV, Trưởng Ban Pháp chế HĐND huyện."
    )
    meeting = assembly.records.records[0]
    assert isinstance(meeting, Meeting)
    assert meeting.reporter is None  # a person reported; the model's reporter is a body
    assert {(t.person.id, t.post.label) for t in meeting.roster} == {
        ("nguyen-van-an", "Phó Chủ tịch Ủy ban nhân dân huyện Ba Vì"),
        ("le-van-binh", "Trưởng Ban Pháp chế Hội đồng nhân dân huyện Ba Vì"),
    }
    assert [(u.span.text, u.reason) for u in assembly.unplaced] == [
        ("Nguyễn Văn An", "reported: the model's reporter is a body, not a person"),
        ("2,5%", "a rate the records hold only for voter petitions"),
        ("12 lẵng", "noun not known: 'lẵng'"),
        ("03 cơ quan", "the records have no count of 'cơ quan'"),
        ("UVTV", "'UVTV': not a title the model knows"),
    ]


def test_a_post_of_another_unit_is_not_placed() -> None:
    assembly = _assemble(
        "Ngày 05/3/2024, HĐND, UBND và UBMTTQ huyện Ba Vì tổ chức hội nghị ký kết Chương trình "
        "phối hợp năm 2024. Dự có đồng chí Trần Văn Cường - Chủ tịch UBND tỉnh; Phạm Thị Dung "
        "- Chủ tịch UBND huyện Gia Lâm."
    )
    reasons = [u.reason for u in assembly.unplaced]
    assert reasons == [
        "'Chủ tịch UBND tỉnh': a unit the text does not name as its own or the one above",
        "'Chủ tịch UBND huyện Gia Lâm': a unit the text does not name as its own or the one above",
    ]


# -- the arguments ---------------------------------------------------------------------------


def test_a_source_is_needed_and_named() -> None:
    draft = extract("Ngày 05/3/2024, có 03 phiên giải trình.")
    with pytest.raises(ValidationError, match="source"):
        assemble(draft)
    with pytest.raises(ValidationError, match="source"):
        assemble(draft, source=" … ")
    source = assemble(draft, source="https://example.vn/bai-1").source
    assert (source.id, source.url, source.title) == (
        "https-example-vn-bai-1",
        "https://example.vn/bai-1",
        "https://example.vn/bai-1",
    )


def test_units_and_draft_are_checked() -> None:
    draft = extract(SIGNING, source="a.txt")
    with pytest.raises(ValidationError, match=r"units\[0\]"):
        assemble(draft, units=["huyện Ba Vì"])  # type: ignore[list-item]
    with pytest.raises(ValidationError, match="draft"):
        assemble(SIGNING)  # type: ignore[arg-type]
    twins = (
        AdminUnit("ha-noi/ba-vi", UnitKind.RURAL_DISTRICT, "Ba Vì"),
        AdminUnit("khac/ba-vi", UnitKind.RURAL_DISTRICT, "Ba Vì"),
    )
    at = SIGNING.index("huyện Ba Vì")
    assert [str(m) for m in assemble(draft, units=twins).missing] == [
        f"Meeting.unit: 2 of the units given are huyện Ba Vì ('huyện Ba Vì' at {at})"
    ]


def test_missing_reads_as_a_line() -> None:
    assert str(Missing("Hearing", "subject", "not said")) == "Hearing.subject: not said"
