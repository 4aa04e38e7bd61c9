"""yearly(): one row per unit and year, stated and counted figures, unknown never 0."""

from __future__ import annotations

import statistics
import warnings
from decimal import Decimal
from fractions import Fraction

import attrs
import pytest
from metrics_builders import bodies, district, review

from tayho_coord.datasets import illustrative_reviews, tay_ho_2019
from tayho_coord.errors import IllustrativeDataWarning, TayHoWarning, ValidationError
from tayho_coord.metrics import Basis, MetricsTable, PetitionScope, RateBasis, yearly
from tayho_coord.model import (
    Activities,
    Competence,
    Dialogue,
    Finding,
    HearingMention,
    OversightGroup,
    OversightKind,
    OversightTopic,
    PartialDate,
    PetitionStats,
    PrintedFigure,
    ReportedCount,
    UnitLevel,
    VoterContactGroup,
    VoterContactKind,
    VoterContactMeeting,
)

SUP, SURVEY, INSP = OversightKind.SUPERVISION, OversightKind.SURVEY, OversightKind.INSPECTION

# The seed article (mttqhanoi.org.vn, 11/02/2020), as encoded in the bundled review:
#   "Thường trực HĐND quận là cơ quan thường trực năm 2019"
#   "03 phiên Giải trình về công tác đầu tư xây dựng; công tác đấu giá ...; ... kiến nghị của
#    cử tri"
#   "MTTQ phối hợp với HĐND quận thực hiện tốt 14 nội dung giám sát, khảo sát, kiểm tra chuyên
#    đề" (no lead named: joint; three kinds: mixed)
#   "MTTQ quận chủ trì và phối hợp với Ban Pháp chế HĐND quận giám sát chuyên đề ở 4 nội dung"
#   "Tỷ lệ giải quyết cử tri thuộc thẩm quyền cấp quận còn hạn chế (56,82%)" (no counts)
#   "các Hội nghị tiếp xúc cử tri thường kỳ và chuyên đề" (no number: unknown)
# The seed prints 14 and 4, never 18: 14 + 4 is added up by us and the 4 may be among the 14,
# so the total's basis is SUMMED ("cộng gộp"), never STATED (DESIGN.md: "Printed is not
# computed"); each one-group part keeps the basis of its group (stated).
TAY_HO_2019 = [
    ("unit_id", "ha-noi/tay-ho"),
    ("unit", "quận Tây Hồ"),
    ("year", 2019),
    ("standing_agency", "Thường trực HĐND quận Tây Hồ"),
    ("standing_body", "HĐND"),
    ("hearings", 3),
    ("hearings_basis", Basis.STATED),
    ("oversight_joint", 14),
    ("oversight_joint_basis", Basis.STATED),
    ("oversight_mixed", 14),
    ("oversight_mixed_basis", Basis.STATED),
    ("oversight_front", 4),
    ("oversight_front_basis", Basis.STATED),
    ("oversight_supervision", 4),
    ("oversight_supervision_basis", Basis.STATED),
    ("oversight_topics", 18),
    ("oversight_topics_basis", Basis.SUMMED),
    ("oversight_council", None),
    ("oversight_committee", None),
    ("oversight_survey", None),
    ("oversight_inspection", None),
    ("oversight_other", None),
    ("voter_contacts", None),
    ("voter_contacts_basis", None),
    ("voter_contacts_regular", None),
    ("voter_contacts_thematic", None),
    ("social_critiques", None),
    ("dialogues", None),
    ("satisfaction_surveys", 1),
    ("key_tasks", None),
    ("shortcomings", 2),
    ("petitions_scope", PetitionScope.DISTRICT),
    ("petitions_received", None),
    ("petitions_answered", None),
    ("petitions_resolved", None),
    # The seed prints "56,82%": the row's rate is exactly the fraction it writes.
    ("resolution_rate", Fraction(5682, 10000)),
    ("resolution_rate_basis", RateBasis.PRINTED),
    ("resolution_rate_printed", Decimal("0.5682")),
    ("resolution_rate_printed_text", "56,82%"),
    ("resolution_rate_computed", None),
    ("illustrative", False),  # every figure cites the seed article
    ("unit_level", UnitLevel.DISTRICT),  # a quận
]


@pytest.mark.parametrize(("name", "expected"), TAY_HO_2019)
def test_tay_ho_2019(name: str, expected: object) -> None:
    table = yearly([tay_ho_2019()])
    assert len(table) == 1
    assert getattr(table[0], name) == expected


def test_printed_rate_is_kept_apart_from_a_computed_one() -> None:
    row = yearly([tay_ho_2019()])[0]
    # The seed prints 56,82%: the rate is that ratio exactly, always a Fraction; the printed
    # Decimal and text are kept beside it.
    assert type(row.resolution_rate) is Fraction
    assert row.resolution_rate == Fraction(5682, 10000)
    assert type(row.resolution_rate_printed) is Decimal
    assert row.resolution_rate_printed == Decimal("0.5682")
    assert row.resolution_rate_printed_text == "56,82%"
    assert row.resolution_rate_computed is None  # never inferred from the printed figure


def test_rates_of_either_basis_compute_together() -> None:
    # Tây Hồ 2019 prints 56,82% (seed); B computes 25/44. Both are Fractions: they subtract
    # and average without a TypeError, and records hold one type.
    stats = PetitionStats(district(), PartialDate(2020), received=44, resolved=25)
    table = yearly([tay_ho_2019(), review(district(), 2020, petitions=(stats,))])
    printed, computed = (row.resolution_rate for row in table)
    assert printed is not None
    assert computed is not None
    assert printed - computed == Fraction(5682, 10000) - Fraction(25, 44)
    assert statistics.mean([printed, computed]) == (Fraction(5682, 10000) + Fraction(25, 44)) / 2
    assert {type(r["resolution_rate"]) for r in table.to_records()} == {Fraction}


def test_a_rate_is_never_a_float() -> None:
    row = yearly([tay_ho_2019()])[0]
    assert attrs.evolve(row, resolution_rate=Decimal("0.5")).resolution_rate == Fraction(1, 2)
    with pytest.raises(ValidationError, match="resolution_rate"):
        attrs.evolve(row, resolution_rate=0.5682)


def test_stated_counted_and_unknown() -> None:
    unit = district()
    acts = Activities(
        hearings=ReportedCount(
            None, (HearingMention("a"), HearingMention("b"))
        ),  # named, no number
        social_critiques=ReportedCount(5),  # stated, none named
        dialogues=ReportedCount(2, (Dialogue("x"),)),
    )
    row = yearly([review(unit, 2020, acts)])[0]
    assert (row.hearings, row.hearings_basis) == (2, Basis.COUNTED)
    assert (row.social_critiques, row.social_critiques_basis) == (5, Basis.STATED)
    assert (row.dialogues, row.dialogues_basis) == (2, Basis.STATED)
    assert (row.oversight_topics, row.voter_contacts, row.key_tasks) == (None, None, None)
    assert row.satisfaction_surveys is None
    assert (row.achievements, row.shortcomings) == (0, 0)  # the review's own lists
    assert (row.standing_agency, row.standing_body) == (None, None)
    assert row.petitions_scope is None
    assert row.resolution_rate is None
    assert row.resolution_rate_basis is None


def test_oversight_split_by_kind_and_lead() -> None:
    unit = district()
    b = bodies(unit)
    topic = OversightTopic("tiếp công dân")
    groups = (
        OversightGroup(frozenset({SUP}), lead=b["legal"], topics=ReportedCount(3)),
        OversightGroup(frozenset({SURVEY}), lead=b["front_board"], topics=ReportedCount(2)),
        OversightGroup(
            frozenset({INSP}), lead=b["committee"], topics=ReportedCount(None, (topic,))
        ),
        OversightGroup(frozenset({SUP, INSP}), lead=b["police"], topics=ReportedCount(4)),
        OversightGroup(frozenset({SUP}), partners=(b["front"],), topics=ReportedCount(6)),
    )
    row = yearly([review(unit, 2021, Activities(oversight=groups))])[0]
    by_kind = (row.oversight_supervision, row.oversight_survey, row.oversight_inspection)
    assert by_kind == (9, 2, 1)
    assert row.oversight_mixed == 4
    by_lead = (
        row.oversight_council,
        row.oversight_committee,
        row.oversight_front,
        row.oversight_other,
        row.oversight_joint,
    )
    assert by_lead == (3, 1, 2, 4, 6)
    # Five groups added up; supervision adds two groups (3 + 6); every other part is one
    # group's figure and keeps its basis: counted from one named item, or stated.
    assert (row.oversight_topics, row.oversight_topics_basis) == (16, Basis.SUMMED)
    assert row.oversight_supervision_basis is Basis.SUMMED
    assert row.oversight_inspection_basis is Basis.COUNTED
    assert row.oversight_survey_basis is Basis.STATED
    assert row.oversight_mixed_basis is Basis.STATED
    assert row.oversight_joint_basis is Basis.STATED


# Rule (DESIGN.md, "Printed is not computed"; Basis.SUMMED): a figure of one group keeps that
# group's basis; a figure of two or more groups is SUMMED, whatever the groups' bases.
@pytest.mark.parametrize(
    ("counts", "expected"),
    [
        ([ReportedCount(14)], (14, Basis.STATED)),
        ([ReportedCount(None, (OversightTopic("a"),))], (1, Basis.COUNTED)),
        ([ReportedCount(14), ReportedCount(4)], (18, Basis.SUMMED)),
        ([ReportedCount(0), ReportedCount(0)], (0, Basis.SUMMED)),
        ([ReportedCount(None, (OversightTopic("a"),))] * 2, (2, Basis.SUMMED)),
        ([ReportedCount(14), ReportedCount(None, (OversightTopic("a"),))], (15, Basis.SUMMED)),
        ([], (None, None)),
    ],
)
def test_a_sum_of_groups_is_never_stated(
    counts: list[ReportedCount[OversightTopic]], expected: tuple[int | None, Basis | None]
) -> None:
    groups = tuple(OversightGroup(frozenset({SUP}), topics=c) for c in counts)
    row = yearly([review(district(), 2021, Activities(oversight=groups))])[0]
    assert (row.oversight_topics, row.oversight_topics_basis) == expected
    assert (row.oversight_supervision, row.oversight_supervision_basis) == expected
    assert (row.oversight_joint, row.oversight_joint_basis) == expected


def test_a_group_with_no_number_makes_its_sums_unknown() -> None:
    unit = district()
    groups = (
        OversightGroup(frozenset({SUP}), topics=ReportedCount(14)),
        OversightGroup(frozenset({SURVEY}), topics=ReportedCount()),  # "some surveys"
    )
    row = yearly([review(unit, 2021, Activities(oversight=groups))])[0]
    assert row.oversight_topics is None
    assert row.oversight_topics_basis is None
    assert row.oversight_supervision == 14
    assert row.oversight_survey is None
    assert row.oversight_joint is None


def test_voter_contacts_by_kind() -> None:
    unit = district()
    meetings = (VoterContactMeeting(subject="đất đai"),)
    groups = (
        VoterContactGroup(VoterContactKind.REGULAR, ReportedCount(12)),
        VoterContactGroup(VoterContactKind.THEMATIC, ReportedCount(None, meetings)),
    )
    row = yearly([review(unit, 2021, Activities(voter_contacts=groups))])[0]
    assert (row.voter_contacts_regular, row.voter_contacts_thematic) == (12, 1)
    assert (row.voter_contacts, row.voter_contacts_basis) == (13, Basis.SUMMED)
    assert row.voter_contacts_regular_basis is Basis.STATED
    assert row.voter_contacts_thematic_basis is Basis.COUNTED


def test_computed_rate_and_scope() -> None:
    unit = district()
    year = PartialDate(2020)
    stats = (
        PetitionStats(unit, year, received=100, resolved=90),
        PetitionStats(unit, year, competence=Competence.DISTRICT, received=44, resolved=25),
        PetitionStats(unit, year, competence=Competence.DISTRICT, sector="đất đai", received=3),
        PetitionStats(unit, PartialDate(2020, 6), competence=Competence.DISTRICT, received=9),
    )
    row = yearly([review(unit, 2020, petitions=stats)])[0]
    assert row.petitions_scope is PetitionScope.DISTRICT
    assert (row.petitions_received, row.petitions_resolved) == (44, 25)
    assert row.resolution_rate == Fraction(25, 44)
    assert row.resolution_rate_basis is RateBasis.COMPUTED
    assert row.resolution_rate_printed is None


def test_printed_and_computed_side_by_side() -> None:
    unit = district()
    stats = PetitionStats(
        unit, PartialDate(2020), received=44, resolved=25, printed_rate=PrintedFigure("56,82%")
    )
    row = yearly([review(unit, 2020, petitions=(stats,))])[0]
    assert row.petitions_scope is PetitionScope.ALL
    assert row.resolution_rate == Fraction(25, 44)
    assert row.resolution_rate_basis is RateBasis.COMPUTED
    assert row.resolution_rate_printed == Decimal("0.5682")
    assert row.resolution_rate_printed_text == "56,82%"


def test_two_figures_for_one_scope_are_refused() -> None:
    unit = district()
    stats = (
        PetitionStats(unit, PartialDate(2020), received=1),
        PetitionStats(unit, PartialDate(2020), received=2),
    )
    with pytest.raises(ValidationError, match="two sets of figures"):
        yearly([review(unit, 2020, petitions=stats)])


def test_rows_are_sorted_and_unique() -> None:
    a, b = district("huyen-a", "A"), district("huyen-b", "B")
    table = yearly([review(b, 2020), review(a, 2021), review(a, 2019)])
    assert [(r.unit_id, r.year) for r in table] == [
        ("tinh-a/huyen-a", 2019),
        ("tinh-a/huyen-a", 2021),
        ("tinh-a/huyen-b", 2020),
    ]
    assert table.unit_ids == ("tinh-a/huyen-a", "tinh-a/huyen-b")
    assert table.years == (2019, 2020, 2021)
    assert table.get("tinh-a/huyen-b", 2020) is table[2]
    assert table.get("tinh-a/huyen-b", 2019) is None
    with pytest.raises(ValidationError, match="second review"):
        yearly([review(a, 2020), review(a, 2020)])


def test_not_a_review() -> None:
    with pytest.raises(ValidationError, match=r"reviews\[0\]"):
        yearly(["ha-noi/tay-ho"])  # type: ignore[list-item]
    for wrong in (3, "ha-noi/tay-ho", None):
        with pytest.raises(ValidationError, match="a ProgramReview or a list of them"):
            yearly(wrong)  # type: ignore[arg-type]


def test_one_review_alone_is_a_list_of_one() -> None:
    assert yearly(tay_ho_2019()) == yearly([tay_ho_2019()])


def test_get_takes_the_unit_id_not_its_name() -> None:
    table = yearly([tay_ho_2019()])
    assert table.get("ha-noi/tay-ho", 2019) is table[0]
    with pytest.raises(ValidationError, match="pass ha-noi/tay-ho"):
        table.get("quận Tây Hồ", 2019)
    assert table.get("quận Ba Đình", 2019) is None  # neither an id nor a name of the table


# The illustrative files cite the source "tayho-coord-illustrative" (datasets/_examples.py:
# invented figures, never to be mixed with real units); the seed's review cites the article.
def test_rows_say_whether_their_figures_are_illustrative() -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # nothing mixed: no warning
        alone = yearly(illustrative_reviews())
        real = yearly([tay_ho_2019()])
    assert [row.illustrative for row in alone] == [True] * 6
    assert real[0].illustrative is False
    assert alone.values("illustrative") == (True,) * 6
    assert "<td>có</td>" in alone.to_html()
    assert "<td>không</td>" in real.to_html()
    assert "<th>dữ liệu minh họa</th>" in real.to_html()


def test_mixing_illustrative_and_real_reviews_warns() -> None:
    mau_mot = illustrative_reviews()[3]
    with pytest.warns(IllustrativeDataWarning, match=r"minh-hoa/mau-mot/tong-ket-2019: invented"):
        table = yearly([tay_ho_2019(), mau_mot])
    assert [(row.unit_id, row.illustrative) for row in table] == [
        ("ha-noi/tay-ho", False),
        ("minh-hoa/mau-mot", True),
    ]
    assert issubclass(IllustrativeDataWarning, TayHoWarning)


def test_findings_are_counted() -> None:
    unit = district()
    row = yearly(
        [
            review(
                unit, 2020, achievements=(Finding("a"), Finding("b")), shortcomings=(Finding("c"),)
            )
        ]
    )[0]
    assert (row.achievements, row.shortcomings) == (2, 1)


def test_total_over_rows() -> None:
    unit = district()
    acts = Activities(hearings=ReportedCount(2))
    table = yearly([review(unit, 2020, acts), review(unit, 2021, acts)])
    assert table.total("hearings") == 4
    assert table.total("dialogues") is None
    assert MetricsTable().total("hearings") == 0
    with pytest.raises(ValidationError):
        table.total("unit")
    with pytest.raises(ValidationError):
        table.total("year")
