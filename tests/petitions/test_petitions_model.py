"""Competence, PetitionOutcome, PrintedFigure, Petition and PetitionStats."""

from __future__ import annotations

import json
import sys
import warnings
from decimal import Decimal
from fractions import Fraction
from typing import Any

import cattrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tayho_coord import vi
from tayho_coord.errors import FigureWarning, ValidationError
from tayho_coord.model import (
    AdminUnit,
    Agency,
    AgencyKind,
    Competence,
    PartialDate,
    Petition,
    PetitionOutcome,
    PetitionStats,
    PrintedFigure,
    UnitKind,
)
from tayho_coord.model._provenance import Citation, Source

HN = AdminUnit("ha-noi", UnitKind.CENTRAL_CITY, "Hà Nội")
TH = AdminUnit("ha-noi/tay-ho", UnitKind.URBAN_DISTRICT, "Tây Hồ", parent=HN)
UBND = Agency("ha-noi/tay-ho/ubnd", AgencyKind.PEOPLES_COMMITTEE, TH)

# Competence wording: DESIGN.md glossary "thẩm quyền cấp quận / tỉnh / Trung ương / xã"; the
# seed: "Tỷ lệ giải quyết cử tri thuộc thẩm quyền cấp quận".
LABELS = [
    (Competence.CENTRAL, "central", "thẩm quyền của Trung ương"),
    (Competence.PROVINCE, "province", "thẩm quyền cấp tỉnh"),
    (Competence.DISTRICT, "district", "thẩm quyền cấp huyện"),
    (Competence.COMMUNE, "commune", "thẩm quyền cấp xã"),
]


@pytest.mark.parametrize(("competence", "value", "label"), LABELS)
def test_competence_values_and_labels(competence: Competence, value: str, label: str) -> None:
    assert competence.value == value
    assert Competence(value) is competence
    assert competence.label == label


# label_for names the level by the unit's own noun (Nghị định 30/2020 keeps the common noun
# lowercase inside a sentence): the seed's quận Tây Hồ writes "thẩm quyền cấp quận".
LABELS_FOR = [
    (Competence.DISTRICT, UnitKind.URBAN_DISTRICT, "thẩm quyền cấp quận"),
    (Competence.DISTRICT, UnitKind.RURAL_DISTRICT, "thẩm quyền cấp huyện"),
    (Competence.DISTRICT, UnitKind.DISTRICT_TOWN, "thẩm quyền cấp thị xã"),
    (Competence.PROVINCE, UnitKind.CENTRAL_CITY, "thẩm quyền cấp thành phố"),
    (Competence.PROVINCE, UnitKind.PROVINCE, "thẩm quyền cấp tỉnh"),
    (Competence.COMMUNE, UnitKind.WARD, "thẩm quyền cấp phường"),
    (Competence.COMMUNE, UnitKind.COMMUNE, "thẩm quyền cấp xã"),
]


@pytest.mark.parametrize(("competence", "kind", "label"), LABELS_FOR)
def test_competence_label_for(competence: Competence, kind: UnitKind, label: str) -> None:
    assert competence.label_for(kind) == label


# label_in: a report of quận Tây Hồ (Hà Nội) names its own level "cấp quận" (the seed) and
# Hà Nội's "cấp thành phố"; the generic wording where no unit of the chain is at that level.
LABELS_IN = [
    (Competence.DISTRICT, TH, "thẩm quyền cấp quận"),
    (Competence.PROVINCE, TH, "thẩm quyền cấp thành phố"),
    (Competence.COMMUNE, TH, "thẩm quyền cấp xã"),
    (Competence.CENTRAL, TH, "thẩm quyền của Trung ương"),
    (Competence.PROVINCE, HN, "thẩm quyền cấp thành phố"),
    (Competence.DISTRICT, HN, "thẩm quyền cấp huyện"),
]


@pytest.mark.parametrize(("competence", "unit", "label"), LABELS_IN)
def test_competence_label_in(competence: Competence, unit: AdminUnit, label: str) -> None:
    assert competence.label_in(unit) == label


@pytest.mark.parametrize(
    ("competence", "kind"),
    [(Competence.DISTRICT, UnitKind.WARD), (Competence.CENTRAL, UnitKind.PROVINCE)],
)
def test_competence_label_for_another_level(competence: Competence, kind: UnitKind) -> None:
    with pytest.raises(ValidationError):
        competence.label_for(kind)


# Outcome wording: issue 4 and the DESIGN.md glossary.
OUTCOMES = [
    (PetitionOutcome.RESOLVED, "resolved", "đã giải quyết xong"),
    (PetitionOutcome.IN_PROGRESS, "in_progress", "đang giải quyết"),
    (PetitionOutcome.EXPLAINED, "explained", "đã giải trình, cung cấp thông tin"),
    (PetitionOutcome.UNRESOLVED, "unresolved", "chưa giải quyết"),
    (
        PetitionOutcome.UNRESOLVED_OBJECTIVE,
        "unresolved_objective",
        "chưa giải quyết do nguyên nhân khách quan",
    ),
]


@pytest.mark.parametrize(("outcome", "value", "label"), OUTCOMES)
def test_outcomes(outcome: PetitionOutcome, value: str, label: str) -> None:
    assert (outcome.value, outcome.label) == (value, label)


# PrintedFigure reads Vietnamese numbers: '.' groups thousands, ',' is the decimal mark
# (CLDR vi); a percentage is the ratio it stands for (seed: "56,82%").
FIGURES = [
    ("56,82%", Decimal("0.5682"), 2, True),
    ("56,82 %", Decimal("0.5682"), 2, True),
    ("56,82\xa0%", Decimal("0.5682"), 2, True),
    ("97,8%", Decimal("0.978"), 1, True),
    ("100%", Decimal("1"), 0, True),
    ("0,50%", Decimal("0.005"), 2, True),
    ("8%", Decimal("0.08"), 0, True),
    ("17,4", Decimal("17.4"), 1, False),
    ("1.234", Decimal("1234"), 0, False),
    ("1.234,50", Decimal("1234.5"), 2, False),
    ("-3,5%", Decimal("-0.035"), 1, True),
]


@pytest.mark.parametrize(("text", "value", "precision", "is_percent"), FIGURES)
def test_printed_figure(text: str, value: Decimal, precision: int, is_percent: bool) -> None:
    figure = PrintedFigure(text)
    assert figure.text == text
    assert figure.value == value
    assert figure.precision == precision
    assert figure.is_percent is is_percent
    assert str(figure) == text


def test_percent_ratio_reads_a_bare_number_as_percent() -> None:
    assert PrintedFigure("17,4").percent_ratio == Decimal("0.174")
    assert PrintedFigure("17,4%").percent_ratio == Decimal("0.174")


@pytest.mark.parametrize(
    "text", ["", " ", "abc", "56.82%", "5,%", "%", "56,82%%", " 56,82%", "1,234.5", "½"]
)
def test_bad_printed_text_names_it(text: str) -> None:
    with pytest.raises(ValidationError) as info:
        PrintedFigure(text)
    assert info.value.field == "text"
    assert info.value.value == text


def test_printed_figure_equality_is_by_text() -> None:
    assert PrintedFigure("56,82%") == PrintedFigure("56,82%")
    # the same value printed differently is a different printed figure
    assert PrintedFigure("56,82%") != PrintedFigure("56,82 %")
    assert hash(PrintedFigure("8%")) == hash(PrintedFigure("8%"))


@settings(max_examples=150, deadline=None)
@given(st.fractions(min_value=0, max_value=1), st.integers(0, 4))
def test_printed_figure_reads_format_percent(ratio: Fraction, k: int) -> None:
    text = vi.format_percent(ratio, decimals=k)
    figure = PrintedFigure(text)
    assert figure.precision == k
    assert figure.is_percent
    assert abs(Fraction(figure.value) - ratio) <= Fraction(1, 2 * 10 ** (k + 2))


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from("0123456789,.% -\xa0+−a"), max_size=12) | st.text())
def test_printed_figure_raises_only_validation_error(text: str) -> None:
    failure: ValidationError | None = None
    try:
        figure = PrintedFigure(text)
    except ValidationError as exc:
        failure = exc
    if failure is not None:
        assert failure.value == text
    else:
        assert isinstance(figure.value, Decimal)
        assert figure.precision >= 0


def test_petition_answered_is_not_resolved() -> None:
    p = Petition("KN-1", outcome=PetitionOutcome.EXPLAINED)
    assert (p.answered, p.resolved) == (True, False)
    q = Petition("KN-2")
    assert (q.answered, q.resolved) == (False, False)
    r = Petition("KN-3", outcome=PetitionOutcome.RESOLVED, outcome_on=PartialDate(2019, 11))
    assert (r.answered, r.resolved) == (True, True)


@pytest.mark.parametrize(
    ("kwargs", "field"),
    [
        ({"id": ""}, "id"),
        ({"id": "KN-1", "session": " "}, "session"),
        ({"id": "KN-1", "sector": ""}, "sector"),
        ({"id": "KN-1", "competence": "district"}, "competence"),
        ({"id": "KN-1", "outcome": "resolved"}, "outcome"),
        ({"id": "KN-1", "received": "2019"}, "received"),
        ({"id": "KN-1", "agency": "ubnd"}, "agency"),
        ({"id": "KN-1", "outcome_on": PartialDate(2019)}, "outcome_on"),
        (
            {
                "id": "KN-1",
                "received": PartialDate(2019, 5),
                "outcome": PetitionOutcome.RESOLVED,
                "outcome_on": PartialDate(2019, 4),
            },
            "outcome_on",
        ),
    ],
)
def test_petition_validation(kwargs: dict[str, object], field: str) -> None:
    with pytest.raises(ValidationError) as info:
        Petition(**kwargs)  # type: ignore[arg-type]
    assert info.value.field == field


def test_petition_outcome_in_the_month_received_is_fine() -> None:
    # Partial dates: "received in May 2019, resolved in 2019" is not surely backwards.
    Petition(
        "KN-1",
        received=PartialDate(2019, 5),
        outcome=PetitionOutcome.RESOLVED,
        outcome_on=PartialDate(2019),
    )


def test_petition_is_small() -> None:
    # Issue 4: at most 100 bytes each beyond shared strings: 8 slots, no __dict__, no weakref.
    p = Petition(
        "KN-1",
        "Kỳ họp thứ 9",
        PartialDate(2019, 7),
        "đất đai",
        Competence.DISTRICT,
        UBND,
        PetitionOutcome.RESOLVED,
        PartialDate(2019, 9),
    )
    assert not hasattr(p, "__dict__")
    assert "__weakref__" not in type(p).__slots__
    assert sys.getsizeof(p) <= 100


def test_petitions_read_from_text_share_their_strings() -> None:
    # json.loads makes a new str for every value; the petitions still hold one copy each.
    rows = json.loads(
        json.dumps(
            [{"id": f"KN-{i}", "session": "Kỳ họp thứ 9", "sector": "đất đai"} for i in range(50)]
        )
    )
    assert len({id(r["session"]) for r in rows}) == 50
    items = [Petition(r["id"], session=r["session"], sector=r["sector"]) for r in rows]
    assert len({id(p.session) for p in items}) == 1
    assert len({id(p.sector) for p in items}) == 1


def test_stats_rates_are_exact_fractions() -> None:
    s = PetitionStats(TH, PartialDate(2019), received=44, resolved=25, answered=44)
    assert s.resolution_rate == Fraction(25, 44)
    assert s.answered_rate == 1
    assert PetitionStats(TH, PartialDate(2019), received=0, resolved=0).resolution_rate is None
    assert PetitionStats(TH, PartialDate(2019), received=10).resolution_rate is None


def test_stats_count() -> None:
    s = PetitionStats(TH, PartialDate(2019), received=10, resolved=3, unresolved=2)
    assert s.count(PetitionOutcome.RESOLVED) == 3
    assert s.count(PetitionOutcome.UNRESOLVED) == 2
    assert s.count(PetitionOutcome.EXPLAINED) is None


@pytest.mark.parametrize(
    ("kwargs", "field"),
    [
        ({"received": -1}, "received"),
        ({"resolved": True}, "resolved"),
        ({"answered": 1.0}, "answered"),
        ({"printed_rate": "56,82%"}, "printed_rate"),
        ({"competence": "district"}, "competence"),
        ({"session": ""}, "session"),
    ],
)
def test_stats_validation(kwargs: dict[str, object], field: str) -> None:
    with pytest.raises(ValidationError) as info:
        PetitionStats(TH, PartialDate(2019), **kwargs)  # type: ignore[arg-type]
    assert info.value.field == field


def test_stats_needs_unit_and_period() -> None:
    with pytest.raises(ValidationError, match="unit"):
        PetitionStats("ha-noi/tay-ho", PartialDate(2019))  # type: ignore[arg-type]
    with pytest.raises(ValidationError, match="period"):
        PetitionStats(TH, 2019)  # type: ignore[arg-type]


def test_breakdown_parts_share_unit_and_period() -> None:
    other = PetitionStats(HN, PartialDate(2019), received=1)
    with pytest.raises(ValidationError) as info:
        PetitionStats(TH, PartialDate(2019), breakdown=(other,))
    assert info.value.field == "breakdown[0]"


SEED = Source(
    "mttqhanoi-2020-02-11",
    "Quận Tây Hồ tổng kết, đánh giá, rút kinh nghiệm kết quả thực hiện Chương trình phối hợp "
    "công tác giữa ba cơ quan năm 2019",
    published=PartialDate(2020, 2, 11),
)


def generic_converter() -> cattrs.Converter:
    """A plain cattrs converter; units and agencies are references by id, as in data files.

    Only the petition records themselves are under test: they need no hook of their own.
    """
    converter = cattrs.Converter()
    known: dict[str, Any] = {TH.id: TH, HN.id: HN, UBND.id: UBND}
    for cl in (AdminUnit, Agency):
        converter.register_unstructure_hook(cl, lambda obj: obj.id)
        converter.register_structure_hook(cl, lambda value, _: known[value])
    return converter


def test_generic_cattrs_round_trip() -> None:
    # The printed figure is stored as its text only.
    seed = PetitionStats(
        TH,
        PartialDate(2019),
        competence=Competence.DISTRICT,
        printed_rate=PrintedFigure("56,82%"),
        sources=(
            Citation(
                SEED, "Tỷ lệ giải quyết cử tri thuộc thẩm quyền cấp quận còn hạn chế (56,82%)"
            ),
        ),
    )
    whole = PetitionStats(TH, PartialDate(2019), received=44, resolved=25, breakdown=(seed,))
    converter = generic_converter()
    data = converter.unstructure(whole)
    assert data["breakdown"][0]["printed_rate"] == {"text": "56,82%"}
    assert data["breakdown"][0]["competence"] == "district"
    text = json.dumps(data, ensure_ascii=False)
    back = converter.structure(json.loads(text), PetitionStats)
    assert back == whole
    assert back.breakdown[0].printed_rate is not None
    assert back.breakdown[0].printed_rate.value == Decimal("0.5682")


counts = st.none() | st.integers(0, 200)
printed_texts = st.none() | st.builds(
    lambda sign, whole, digits: f"{sign}{whole}{',' + digits if digits else ''}%",
    st.sampled_from(["", "-"]),
    st.integers(0, 150),
    st.text(alphabet="0123456789", max_size=3),
)
competences = st.none() | st.sampled_from(list(Competence))


def within(whole: int | None) -> st.SearchStrategy[int | None]:
    """A count that is part of ``whole``: at most it (PetitionStats' invariant)."""
    return counts if whole is None else st.none() | st.integers(0, whole)


@st.composite
def any_stats(draw: st.DrawFn) -> PetitionStats:
    # Counts as any report may give them, within the invariants (each part at most its
    # whole); sums of parts are free to disagree with the whole, which is a finding.
    received = draw(counts)
    kwargs: dict[str, Any] = {"received": received}
    for name in ("answered", "resolved", "in_progress", "explained", "unresolved"):
        kwargs[name] = draw(within(received))
    unresolved = kwargs["unresolved"]
    kwargs["unresolved_objective"] = draw(within(received if unresolved is None else unresolved))
    for name in ("printed_rate", "printed_answered_rate"):
        text = draw(printed_texts)
        kwargs[name] = None if text is None else PrintedFigure(text)
    kwargs["competence"] = draw(competences)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", FigureWarning)
        return PetitionStats(TH, PartialDate(2019), **kwargs)


@settings(max_examples=150, deadline=None)
@given(any_stats())
def test_any_figures_build_and_audit_without_raising(stats: PetitionStats) -> None:
    # Issue 4: a disagreement "never raises and never alters the data".
    from tayho_coord.audit import audit

    found = audit(stats)
    assert all(isinstance(f.ok, bool) and f.message for f in found)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", FigureWarning)
        again = PetitionStats(
            TH,
            PartialDate(2019),
            **{
                name: getattr(stats, name)
                for name in (
                    "competence",
                    "received",
                    "answered",
                    "resolved",
                    "in_progress",
                    "explained",
                    "unresolved",
                    "unresolved_objective",
                    "printed_rate",
                    "printed_answered_rate",
                )
            },
        )
    assert again == stats
    assert [str(w.message) for w in caught] == [str(f) for f in found if not f.ok]


COUNT_NAMES = (
    "received",
    "answered",
    "resolved",
    "in_progress",
    "explained",
    "unresolved",
    "unresolved_objective",
)


@settings(max_examples=100, deadline=None)
@given(st.fixed_dictionaries(dict.fromkeys(COUNT_NAMES, counts)))
def test_any_counts_build_or_name_the_part_above_its_whole(values: dict[str, Any]) -> None:
    # Issue 2: a part larger than its whole raises ValidationError naming the field and value;
    # every other combination builds (disagreeing sums only warn).
    too_big = [
        name
        for name in COUNT_NAMES[1:]
        if values[name] is not None
        and (
            (values["received"] is not None and values[name] > values["received"])
            or (
                name == "unresolved_objective"
                and values["unresolved"] is not None
                and values[name] > values["unresolved"]
            )
        )
    ]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", FigureWarning)
        if not too_big:
            PetitionStats(TH, PartialDate(2019), **values)
            return
        with pytest.raises(ValidationError) as info:
            PetitionStats(TH, PartialDate(2019), **values)
    assert info.value.field in too_big
    assert info.value.value == values[info.value.field]


@settings(max_examples=60, deadline=None)
@given(any_stats())
def test_stats_round_trip_through_json(stats: PetitionStats) -> None:
    converter = generic_converter()
    text = json.dumps(converter.unstructure(stats), ensure_ascii=False)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", FigureWarning)
        assert converter.structure(json.loads(text), PetitionStats) == stats


def test_generic_cattrs_round_trip_of_a_petition() -> None:
    p = Petition(
        "KN-2019-045",
        session="Tiếp xúc cử tri trước kỳ họp thứ 9",
        received=PartialDate(2019, 6, 20),
        sector="trật tự đô thị",
        competence=Competence.DISTRICT,
        agency=UBND,
        outcome=PetitionOutcome.IN_PROGRESS,
        outcome_on=PartialDate(2019, 8),
    )
    converter = generic_converter()
    assert converter.structure(json.loads(json.dumps(converter.unstructure(p))), Petition) == p


@settings(max_examples=60, deadline=None)
@given(st.lists(st.none() | st.sampled_from(list(PetitionOutcome)), max_size=30))
def test_stats_from_petitions_agree_with_themselves(outcomes: list[PetitionOutcome | None]) -> None:
    # Counted from records, the figures are consistent: building warns nothing
    # (filterwarnings = error) and every audit check passes.
    from tayho_coord.audit import audit

    items = [Petition(f"KN-{i}", outcome=o) for i, o in enumerate(outcomes)]
    s = PetitionStats.from_petitions(TH, PartialDate(2019), items, competence=Competence.DISTRICT)
    assert s.received == len(outcomes)
    assert s.answered == sum(o is not None for o in outcomes)
    assert s.resolved == outcomes.count(PetitionOutcome.RESOLVED)
    assert s.unresolved_objective == outcomes.count(PetitionOutcome.UNRESOLVED_OBJECTIVE)
    assert all(f.ok for f in audit(s))


def test_stats_from_petitions_by_hand() -> None:
    # 2 resolved, 1 in progress, 1 explained, 1 unresolved, 1 objective, 2 unanswered: the
    # report's "chưa giải quyết" is 1 + 1 + 2 = 4; answered 6 of 8.
    outcomes = [
        PetitionOutcome.RESOLVED,
        PetitionOutcome.RESOLVED,
        PetitionOutcome.IN_PROGRESS,
        PetitionOutcome.EXPLAINED,
        PetitionOutcome.UNRESOLVED,
        PetitionOutcome.UNRESOLVED_OBJECTIVE,
        None,
        None,
    ]
    items = [Petition(f"KN-{i}", outcome=o) for i, o in enumerate(outcomes)]
    s = PetitionStats.from_petitions(TH, PartialDate(2019), items)
    assert (s.received, s.answered, s.resolved, s.in_progress, s.explained) == (8, 6, 2, 1, 1)
    assert (s.unresolved, s.unresolved_objective) == (4, 1)
    assert s.resolution_rate == Fraction(1, 4)
    with pytest.raises(ValidationError) as info:
        PetitionStats.from_petitions(TH, PartialDate(2019), [*items, "KN-9"])  # type: ignore[list-item]
    assert info.value.field == "petitions[8]"
