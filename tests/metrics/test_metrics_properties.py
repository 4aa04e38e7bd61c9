"""Invariants of yearly tables: totals are the sum of their parts, JSON round trips keep them."""

from __future__ import annotations

from fractions import Fraction
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from metrics_builders import bodies, district, review

from tayho_coord.io import dumps, loads
from tayho_coord.metrics import Basis, MetricsTable, compare, yearly
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
    ProgramReview,
    ReportedCount,
    SocialCritique,
    VoterContactGroup,
    VoterContactKind,
    VoterContactMeeting,
)

UNITS = [district("huyen-a", "A"), district("huyen-b", "B"), district("huyen-c", "C")]
SETTINGS = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def counts(make: Any) -> st.SearchStrategy[ReportedCount[Any]]:
    @st.composite
    def build(draw: st.DrawFn) -> ReportedCount[Any]:
        count = draw(st.none() | st.integers(0, 40))
        limit = 4 if count is None else min(count, 4)
        n = draw(st.integers(0, limit))
        return ReportedCount(count, tuple(make(f"nội dung {i}") for i in range(n)))

    return build()


@st.composite
def activities(draw: st.DrawFn, unit_index: int) -> Activities:
    b = bodies(UNITS[unit_index])
    leads = st.sampled_from([None, *b.values()])
    kinds = st.frozensets(st.sampled_from(list(OversightKind)), min_size=1)
    groups = draw(
        st.lists(
            st.builds(OversightGroup, kinds=kinds, lead=leads, topics=counts(OversightTopic)),
            max_size=4,
        )
    )
    contacts = draw(
        st.lists(
            st.builds(
                VoterContactGroup,
                kind=st.sampled_from(list(VoterContactKind)),
                meetings=counts(lambda s: VoterContactMeeting(subject=s)),
            ),
            max_size=3,
        )
    )
    return Activities(
        hearings=draw(counts(HearingMention)),
        oversight=tuple(groups),
        voter_contacts=tuple(contacts),
        social_critiques=draw(counts(SocialCritique)),
        dialogues=draw(counts(Dialogue)),
    )


@st.composite
def petitions(draw: st.DrawFn, unit_index: int, year: int) -> tuple[PetitionStats, ...]:
    unit = UNITS[unit_index]
    out = []
    for competence in draw(st.lists(st.sampled_from([None, Competence.DISTRICT]), unique=True)):
        if draw(st.booleans()):
            received = draw(st.integers(0, 500))
            resolved = draw(st.none() | st.integers(0, received))
            stats = PetitionStats(
                unit, PartialDate(year), competence, received=received, resolved=resolved
            )
        else:
            basis_points = draw(st.integers(0, 10_000))  # 0,00% to 100,00%
            printed = PrintedFigure(f"{basis_points // 100},{basis_points % 100:02d}%")
            stats = PetitionStats(unit, PartialDate(year), competence, printed_rate=printed)
        out.append(stats)
    return tuple(out)


@st.composite
def reviews(
    draw: st.DrawFn, unit_index: int | None = None, year: int | None = None
) -> ProgramReview:
    if unit_index is None:
        unit_index = draw(st.integers(0, len(UNITS) - 1))
    if year is None:
        year = draw(st.integers(2016, 2024))
    findings = st.lists(st.builds(Finding, st.sampled_from(["a", "b", "c"])), max_size=3)
    return review(
        UNITS[unit_index],
        year,
        draw(activities(unit_index)),
        standing=draw(st.sampled_from([None, "standing", "committee", "front_board"])),
        achievements=tuple(draw(findings)),
        shortcomings=tuple(draw(findings)),
        petitions=draw(petitions(unit_index, year)),
    )


@st.composite
def review_sets(draw: st.DrawFn) -> list[ProgramReview]:
    keys = draw(
        st.lists(st.tuples(st.integers(0, 2), st.integers(2016, 2024)), max_size=6, unique=True)
    )
    return [draw(reviews(u, y)) for u, y in keys]


KIND_PARTS = ("supervision", "survey", "inspection", "mixed")
LEAD_PARTS = ("council", "committee", "front", "other", "joint")


def check_parts(total: int | None, parts: list[int | None]) -> None:
    if total is not None:
        assert total == sum(p for p in parts if p is not None)
    else:
        assert any(p is None for p in parts)  # an unknown total has an unknown part


def check_basis(value: int | None, basis: Basis | None, counts: list[ReportedCount[Any]]) -> None:
    """DESIGN.md, "Printed is not computed": only one group's own number is STATED.

    A figure over two or more groups is added up here, not printed by the source (and the
    groups may overlap), so it is SUMMED; one group's figure is STATED where the source gives
    its number, COUNTED where only its items are named.
    """
    if value is None:
        assert basis is None
    elif len(counts) == 1:
        assert basis is (Basis.COUNTED if counts[0].count is None else Basis.STATED)
    else:
        assert len(counts) >= 2
        assert basis is Basis.SUMMED


@SETTINGS
@given(review_sets())
def test_row_totals_are_the_sum_of_their_parts(items: list[ProgramReview]) -> None:
    table = yearly(items)
    assert len(table) == len(items)
    by_key = {(r.reviewed.unit.id, r.reviewed.year): r.reviewed.activities for r in items}
    for row in table:
        acts = by_key[row.unit_id, row.year]
        groups = acts.oversight
        check_basis(row.oversight_topics, row.oversight_topics_basis, [g.topics for g in groups])
        joint = [g.topics for g in groups if g.lead is None]
        check_basis(row.oversight_joint, row.oversight_joint_basis, joint)
        meetings = [g.meetings for g in acts.voter_contacts]
        check_basis(row.voter_contacts, row.voter_contacts_basis, meetings)
        kinds = [getattr(row, f"oversight_{p}") for p in KIND_PARTS]
        leads = [getattr(row, f"oversight_{p}") for p in LEAD_PARTS]
        check_parts(row.oversight_topics, kinds)
        check_parts(row.oversight_topics, leads)
        check_parts(row.voter_contacts, [row.voter_contacts_regular, row.voter_contacts_thematic])
        for name in ("oversight_topics", "voter_contacts", "hearings", "dialogues"):
            value, basis = getattr(row, name), getattr(row, f"{name}_basis")
            assert (value is None) == (basis is None)
            assert value is None or value >= 0


@SETTINGS
@given(review_sets())
def test_table_totals_are_the_sum_of_the_rows(items: list[ProgramReview]) -> None:
    table = yearly(items)
    for name in ("hearings", "oversight_topics", "voter_contacts", "achievements"):
        values = table.values(name)
        expected = None if None in values else sum(values)
        assert table.total(name) == expected
    for year in table.years:
        compared = list(compare(table, "hearings", year))
        shares = [r.share for r in compared if r.share is not None]
        assert not shares or sum(shares) == 1
        known = [r for r in compared if r.value is not None]
        for r in compared:
            assert (r.rank is None) == (r.value is None)
            assert r.known == len(known)
        for a in known:
            assert a.rank == 1 + sum(1 for b in known if b.value > a.value)  # type: ignore[operator]


@SETTINGS
@given(reviews())
def test_a_json_round_trip_gives_the_same_table(item: ProgramReview) -> None:
    again = loads(dumps(item))
    assert yearly([again]) == yearly([item])


@SETTINGS
@given(review_sets())
def test_frames_hold_the_rows(items: list[ProgramReview]) -> None:
    table = yearly(items)
    records = table.to_records()
    frame = table.to_polars()
    assert frame.height == len(records)
    for name in ("year", "hearings", "oversight_topics", "petitions_received"):
        assert frame[name].to_list() == [r[name] for r in records]
    rates = frame["resolution_rate_float"].to_list()
    for rate, record in zip(rates, records, strict=True):
        exact = record["resolution_rate"]
        assert (rate is None) == (exact is None)
        if exact is not None:
            assert abs(Fraction(rate) - Fraction(exact)) < Fraction(1, 10**12)


def test_empty() -> None:
    assert yearly([]) == MetricsTable()


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(review_sets())
def test_the_oversight_chart_never_adds_groups_up(items: list[ProgramReview]) -> None:
    # Groups may overlap (DESIGN.md, "A stated count is not a list"): each body's figure is a
    # bar of its own height from the ground, next to the others, and nothing adds them up.
    import itertools

    import pytest

    pytest.importorskip("matplotlib")
    from matplotlib.patches import Rectangle

    from tayho_coord.metrics import plot_oversight_by_body

    table = yearly(items)
    fig = plot_oversight_by_body(table)
    for ax, unit_id in zip(fig.axes, table.unit_ids or ("",), strict=True):
        rows = [r for r in table if r.unit_id == unit_id]
        expected = sorted(
            v for r in rows for p in LEAD_PARTS if (v := getattr(r, f"oversight_{p}")) is not None
        )
        patches = sorted(
            (p.get_x(), p.get_y(), p.get_width(), p.get_height())
            for p in ax.patches
            if isinstance(p, Rectangle)
        )
        assert sorted(h for *_, h in patches) == expected
        assert all(y == 0 for _, y, _, _ in patches)
        for (x0, _, w0, _), (x1, _, _, _) in itertools.pairwise(patches):
            assert x0 + w0 <= x1
        unknown = sum(1 for r in rows if r.oversight_topics is None)
        # Panels share the table's years: a year the unit has no review for is marked too.
        missing = len(set(table.years) - {r.year for r in rows}) if rows else 0
        # A figure per bar, a mark per unknown, a mark per year without a review.
        assert len(ax.texts) == len(patches) + unknown + missing


@SETTINGS
@given(review_sets())
def test_tables_word_the_scope_as_the_units_report_does(items: list[ProgramReview]) -> None:
    # Competence.label_in: a huyện's report names its own level "cấp huyện".
    table = yearly(items)
    html = table.to_html(max_rows=len(table))
    for row in table:
        if row.petitions_scope is None:
            assert row.scope_text is None
        else:
            assert row.scope_text in ("thẩm quyền cấp huyện", "tất cả kiến nghị")
            assert f"<td>{row.scope_text}</td>" in html
        if row.oversight_topics_basis is Basis.SUMMED:
            assert f"<td>tối đa {row.oversight_topics}</td>" in html
