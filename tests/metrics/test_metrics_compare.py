"""Year-over-year changes and comparisons across units, in exact arithmetic."""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

import pytest
from metrics_builders import district, review

from tayho_coord.errors import ValidationError
from tayho_coord.metrics import ChangeTable, ComparisonTable, MetricsTable, changes, compare, yearly
from tayho_coord.model import (
    Activities,
    AdminUnit,
    Competence,
    HearingMention,
    OversightGroup,
    OversightKind,
    PartialDate,
    PetitionStats,
    PrintedFigure,
    ProgramReview,
    ReportedCount,
    UnitKind,
)

A, B, C = district("huyen-a", "A"), district("huyen-b", "B"), district("huyen-c", "C")


def with_hearings(
    unit: AdminUnit,
    year: int,
    count: int | None = None,
    items: int = 0,
    rate: str | None = None,
    counts: tuple[int, int] | None = None,
) -> ProgramReview:
    named = tuple(HearingMention(f"h{i}") for i in range(items))
    stats: tuple[PetitionStats, ...] = ()
    if rate is not None or counts is not None:
        received, resolved = counts if counts is not None else (None, None)
        printed = None if rate is None else PrintedFigure(rate)
        stats = (
            PetitionStats(
                unit, PartialDate(year), received=received, resolved=resolved, printed_rate=printed
            ),
        )
    acts = Activities(hearings=ReportedCount(count, named))
    return review(unit, year, acts, petitions=stats)


def table() -> MetricsTable:
    return yearly(
        [
            with_hearings(A, 2019, 4, rate="50%"),
            with_hearings(A, 2020, 6, counts=(40, 30)),
            with_hearings(A, 2021, None, items=2),  # counted from named items
            with_hearings(B, 2019, 0, rate="56,82%"),
            with_hearings(B, 2020, 3, rate="60%"),
            with_hearings(B, 2022, 5),  # 2021 missing: no change for 2022
            with_hearings(C, 2020, 6),
        ]
    )


# Expected values worked out by hand from the figures above.
CHANGES = [
    # unit, year, value, previous, change, relative, basis
    ("tinh-a/huyen-a", 2019, 4, None, None, None, None),
    ("tinh-a/huyen-a", 2020, 6, 4, 2, Fraction(1, 2), "stated"),
    ("tinh-a/huyen-a", 2021, 2, 6, -4, Fraction(-2, 3), "mixed"),  # counted vs stated
    ("tinh-a/huyen-b", 2019, 0, None, None, None, None),
    ("tinh-a/huyen-b", 2020, 3, 0, 3, None, "stated"),  # from 0: no relative change
    ("tinh-a/huyen-b", 2022, 5, None, None, None, None),
    ("tinh-a/huyen-c", 2020, 6, None, None, None, None),
]


def test_changes_of_a_count() -> None:
    result = changes(table(), "hearings")
    assert isinstance(result, ChangeTable)
    got = [(r.unit_id, r.year, r.value, r.previous, r.change, r.relative, r.basis) for r in result]
    assert got == CHANGES
    assert all(r.metric == "hearings" for r in result)


def test_changes_of_a_rate_are_exact() -> None:
    rows = {(r.unit_id, r.year): r for r in changes(table(), "resolution_rate")}
    # A: printed 50% (2019), computed 30/40 = 3/4 (2020): +1/4, relative +1/2
    a = rows["tinh-a/huyen-a", 2020]
    assert (a.value, a.previous, a.change) == (Fraction(3, 4), Fraction(1, 2), Fraction(1, 4))
    assert a.relative == Fraction(1, 2)
    assert a.basis == "mixed"
    # B: printed 56,82% then 60%: 0.6 - 0.5682 = 0.0318 exactly; relative 318/5682
    b = rows["tinh-a/huyen-b", 2020]
    assert b.change == Fraction(318, 10000)
    assert b.relative == Fraction(318, 5682)
    assert b.basis == "printed"
    assert rows["tinh-a/huyen-a", 2021].change is None  # 2021 has no rate


def test_compare_ranks_and_shares() -> None:
    result = compare(table(), "hearings", year=2020)
    assert isinstance(result, ComparisonTable)
    got = [(r.unit_id, r.value, r.rank, r.share, r.known) for r in result]
    # 2020: A 6, B 3, C 6 -> total 15; A and C share rank 1, B is 3rd.
    assert got == [
        ("tinh-a/huyen-a", 6, 1, Fraction(6, 15), 3),
        ("tinh-a/huyen-c", 6, 1, Fraction(6, 15), 3),
        ("tinh-a/huyen-b", 3, 3, Fraction(3, 15), 3),
    ]
    assert sum(r.share for r in result if r.share is not None) == 1


def test_compare_all_years_and_unknowns() -> None:
    result = compare(table(), "resolution_rate")
    assert [r.year for r in result] == [2019, 2019, 2020, 2020, 2020, 2021, 2022]
    y2019 = [(r.unit_id, r.value, r.rank) for r in result if r.year == 2019]
    # B printed 56,82% > A printed 50%
    assert y2019 == [
        ("tinh-a/huyen-b", Fraction(Decimal("0.5682")), 1),
        ("tinh-a/huyen-a", Fraction(1, 2), 2),
    ]
    y2020 = [(r.unit_id, r.rank, r.share, r.known) for r in result if r.year == 2020]
    # A 3/4, B 60%, C unknown (last, unranked); no share for a rate
    assert y2020 == [
        ("tinh-a/huyen-a", 1, None, 2),
        ("tinh-a/huyen-b", 2, None, 2),
        ("tinh-a/huyen-c", None, None, 2),
    ]


def test_share_of_a_zero_total_is_unknown() -> None:
    result = compare(table(), "hearings", year=2019)
    b = next(r for r in result if r.unit_id == "tinh-a/huyen-b")
    assert (b.value, b.rank, b.share) == (0, 2, Fraction(0))
    only_zero = compare(yearly([with_hearings(B, 2019, 0)]), "hearings")[0]
    assert only_zero.share is None


@pytest.mark.parametrize("metric", ["unit", "year", "hearings_basis", "nope"])
def test_not_a_numeric_column(metric: str) -> None:
    with pytest.raises(ValidationError):
        changes(table(), metric)
    with pytest.raises(ValidationError):
        compare(table(), metric)


def test_frames_of_results() -> None:
    pl = pytest.importorskip("polars")
    df = changes(table(), "resolution_rate").to_polars()
    assert df.schema["change"] == pl.Decimal(38, 16)
    assert df.schema["change_float"] == pl.Float64
    html = compare(table(), "resolution_rate", year=2019).to_html()
    assert "<td>56,82%</td>" in html
    assert "So sánh giữa các đơn vị" in html


def test_compare_keeps_the_basis_and_the_scope() -> None:
    hearings = compare(table(), "hearings", year=2021)
    assert [(r.unit_id, r.value, r.basis, r.petitions_scope) for r in hearings] == [
        ("tinh-a/huyen-a", 2, "counted", None),  # two named hearings, no number
    ]
    rates = compare(table(), "resolution_rate", year=2020)
    # A computes 30/40, B prints 60%; both cover all petitions (no competence given); C has
    # no petition figures.
    assert [(r.unit_id, r.basis, r.petitions_scope) for r in rates] == [
        ("tinh-a/huyen-a", "computed", "all"),
        ("tinh-a/huyen-b", "printed", "all"),
        ("tinh-a/huyen-c", None, None),
    ]
    printed = compare(table(), "resolution_rate_printed", year=2019)
    assert [r.basis for r in printed] == ["printed", "printed"]
    assert [r.basis for r in compare(table(), "petitions_received", year=2020)] == [
        None,  # a petition count has no basis column
        None,
        None,
    ]


def with_topics(unit: AdminUnit, year: int, *counts: int) -> ProgramReview:
    kinds = frozenset({OversightKind.SUPERVISION})
    groups = tuple(OversightGroup(kinds, topics=ReportedCount(n)) for n in counts)
    return review(unit, year, Activities(oversight=groups))


def test_a_summed_bound_is_not_ranked_against_a_stated_count() -> None:
    # A sum over groups that may overlap is an upper bound (Basis.SUMMED; the seed prints 14
    # and 4, never 18): 9 + 4 is at most 13 distinct topics, not more than B's stated 12.
    mixed = yearly([with_topics(A, 2020, 9, 4), with_topics(B, 2020, 12)])
    with pytest.raises(ValidationError, match="upper bound") as caught:
        compare(mixed, "oversight_topics")
    assert "tinh-a/huyen-a" in str(caught.value)
    # The per-group figures are stated and compare; two bounds compare with each other.
    both = yearly([with_topics(A, 2020, 9, 4), with_topics(B, 2020, 6, 6)])
    assert [(r.value, r.basis, r.rank) for r in compare(both, "oversight_topics")] == [
        (13, "summed", 1),
        (12, "summed", 2),
    ]
    # Only the years compared are checked.
    assert (
        len(
            compare(
                yearly([with_topics(A, 2019, 1, 1), with_topics(B, 2020, 3)]), "oversight_topics"
            )
        )
        == 2
    )


def test_rates_of_different_scopes_are_not_compared() -> None:
    # Petitions within the district's competence (the seed: "thuộc thẩm quyền cấp quận")
    # are not all petitions.
    own = PetitionStats(A, PartialDate(2020), Competence.DISTRICT, received=4, resolved=1)
    every = PetitionStats(B, PartialDate(2020), received=8, resolved=4)
    mixed = yearly([review(A, 2020, petitions=(own,)), review(B, 2020, petitions=(every,))])
    for metric in ("resolution_rate", "petitions_received", "resolution_rate_computed"):
        with pytest.raises(ValidationError, match=r"different scopes \(all, district\)"):
            compare(mixed, metric)
    assert compare(mixed, "hearings")[0].petitions_scope is None  # not a petition figure


def test_units_of_different_levels_are_not_compared() -> None:
    ward = AdminUnit("tinh-a/huyen-a/xa-d", UnitKind.COMMUNE, "D", parent=A)
    mixed = yearly([with_hearings(A, 2020, 3), with_hearings(ward, 2020, 1)])
    with pytest.raises(ValidationError, match=r"different levels \(commune, district\)"):
        compare(mixed, "hearings")


def test_counts_stay_integers_in_frames() -> None:
    pd = pytest.importorskip("pandas")
    pl = pytest.importorskip("polars")
    ranked = compare(table(), "hearings", year=2020)
    frame = ranked.to_pandas()
    assert str(frame["value"].dtype) == "Int64"
    assert frame["value"].tolist() == [6, 6, 3]
    assert "value_float" not in frame.columns
    assert frame["share"].dtype == object  # a share is exact
    assert frame.loc[2, "share"] == Decimal("0.2000000000000000")  # 3/15
    assert ranked.to_polars().schema["value"] == pl.Int64
    moved = changes(table(), "hearings").to_pandas()
    for name in ("value", "previous", "change"):
        assert str(moved[name].dtype) == "Int64"
    assert moved["relative"].dtype == object
    rates = compare(table(), "resolution_rate").to_pandas()
    assert rates["value"].dtype == object
    assert str(rates["value_float"].dtype) == "Float64"
    assert pd.isna(rates.loc[6, "value"])  # B 2022: no rate


def test_the_year_is_shown_as_it_is() -> None:
    # A year is an identifier, not a quantity: "2019", never "2.019".
    for result in (changes(table(), "hearings"), compare(table(), "hearings")):
        for labels in ("vi", "en"):
            text = result.to_html(labels=labels)  # type: ignore[arg-type]
            assert "<td>2019</td>" in text
            assert "2.019" not in text


def test_vietnamese_displays_name_the_metric_by_its_heading() -> None:
    for result in (changes(table(), "hearings"), compare(table(), "hearings", year=2020)):
        vi = result.to_html()
        assert "<td>phiên giải trình</td>" in vi
        assert "<td>hearings</td>" not in vi
        assert "<td>hearings</td>" in result.to_html(labels="en")
    assert "<td>số nêu</td>" in compare(table(), "hearings", year=2020).to_html()
    assert "<td>khác nhau giữa hai năm</td>" in changes(table(), "hearings").to_html()
    rates = compare(table(), "resolution_rate", year=2020).to_html()
    assert "<td>tỷ lệ giải quyết</td>" in rates
    assert "<td>tất cả kiến nghị</td>" in rates
    assert "<td>chưa rõ</td>" in rates  # C's unknown rate


def test_repr_of_results() -> None:
    assert str(compare(table(), "hearings", year=2019)).splitlines() == [
        "ComparisonTable: 2 rows",
        "year  unit_id         metric    value  basis   rank  share",
        "2019  tinh-a/huyen-a  hearings  4      stated  1     1.0000",
        "2019  tinh-a/huyen-b  hearings  0      stated  2     0.0000",
    ]
