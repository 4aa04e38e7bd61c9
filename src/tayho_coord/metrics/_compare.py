"""Year-over-year changes per unit and comparisons across the units of a year, exactly.

Both take one numeric column of a :class:`~tayho_coord.metrics.MetricsTable`: a count
(``hearings``, ``oversight_topics``…) or a rate (``resolution_rate``…). Arithmetic is exact:
counts subtract as integers, rates as fractions (a printed ``Decimal`` is read as the exact
fraction it writes, ``0.5682 = 2841/5000``; nothing is rounded). An unknown value gives an
unknown result, never a change from or to 0.

A value keeps its basis (``stated``, ``counted``, ``summed``, ``printed``, ``computed``).
:func:`compare` refuses (:class:`~tayho_coord.errors.ValidationError`) to rank figures that
cannot be compared within a year: a summed count (an upper bound of distinct items, see
:class:`~tayho_coord.metrics.Basis`) against a stated or counted one, petition figures of
different scopes (a district's own competence against all petitions, or against a
commune's), and units of different levels (a district against a commune).

In frames, the value of a count stays an integer (``Int64``): the value, previous value and
change columns take the kind of the metric (an empty table's are exact).
"""

from __future__ import annotations

from bisect import bisect_right
from fractions import Fraction
from typing import TYPE_CHECKING, ClassVar

from attrs import evolve, frozen

from tayho_coord.errors import ValidationError
from tayho_coord.metrics._table import Column, ColumnKind, Labels, RecordTable
from tayho_coord.metrics._yearly import (
    _BASIS_LABELS,
    Basis,
    MetricsTable,
    PetitionScope,
)

if TYPE_CHECKING:
    from decimal import Decimal

    from tayho_coord.metrics._yearly import MetricsRow

__all__ = ["ChangeRow", "ChangeTable", "ComparisonRow", "ComparisonTable", "changes", "compare"]

Exact = int | Fraction
_NUMERIC = (ColumnKind.INT, ColumnKind.EXACT)


def _numeric(table: MetricsTable, metric: str) -> Column:
    column = table.column(metric)
    if column.kind not in _NUMERIC or metric == "year":
        raise ValidationError("metric", metric, "is not a count or a rate column")
    return column


def _exact(value: int | Fraction | Decimal | None) -> Exact | None:
    if value is None or isinstance(value, int):
        return value
    return Fraction(value)  # exact: a Decimal is a fraction with a power of ten below


# Columns whose basis is fixed by their name, not given by a ``<metric>_basis`` column.
_FIXED_BASIS = {"resolution_rate_printed": "printed", "resolution_rate_computed": "computed"}


def _basis(row: MetricsRow, metric: str) -> str | None:
    if getattr(row, metric) is None:
        return None
    if metric in _FIXED_BASIS:
        return _FIXED_BASIS[metric]
    basis = getattr(row, f"{metric}_basis", None)
    return None if basis is None else str(basis.value)


def _scoped(metric: str) -> bool:
    """Whether the metric is a petition figure, which covers a scope (PetitionScope)."""
    return metric.startswith(("petitions_", "resolution_rate"))


def _is_count(metric: str) -> bool:
    column = MetricsTable.column(metric)
    return column.kind is ColumnKind.INT and not column.identifier


def _spec_for(
    columns: tuple[Column, ...], rows: tuple[ChangeRow, ...] | tuple[ComparisonRow, ...]
) -> tuple[Column, ...]:
    """The columns, the value columns as counts when every row is of a count metric."""
    try:
        counts = bool(rows) and all(_is_count(row.metric) for row in rows)
    except ValidationError:  # a row built by hand, of no column of MetricsTable
        counts = False
    if not counts:
        return columns
    return tuple(evolve(c, kind=ColumnKind.INT) if c.name in _VALUE_COLUMNS else c for c in columns)


_VALUE_COLUMNS = frozenset({"value", "previous", "change"})
_MIXED_VI = "khác nhau giữa hai năm"


def _display_common(row: ChangeRow | ComparisonRow, column: Column, labels: Labels) -> str | None:
    """Vietnamese displays name the metric by its heading, the basis and scope in words."""
    if labels != "vi":
        return None
    if column.name == "metric":
        try:
            return MetricsTable.column(row.metric).vi
        except ValidationError:
            return None
    if column.name == "basis" and row.basis is not None:
        return _MIXED_VI if row.basis == "mixed" else _BASIS_LABELS.get(row.basis)
    return None


# The columns both tables share: which unit, year and metric a row is about, and its value.
_UNIT_ID = Column("unit_id", ColumnKind.TEXT, "mã đơn vị", "the unit's identifier")
_UNIT = Column("unit", ColumnKind.TEXT, "đơn vị", "the unit's name")
_YEAR = Column("year", ColumnKind.INT, "năm", "the year", identifier=True)
_METRIC = Column("metric", ColumnKind.TEXT, "chỉ tiêu", "the column compared")
_VALUE = Column("value", ColumnKind.EXACT, "giá trị", "the unit's value in the year")


def _joined(a: str | None, b: str | None) -> str | None:
    if a is None or b is None:
        return None
    return a if a == b else "mixed"


@frozen
class ChangeRow:
    """The change of one metric of a unit from the year before.

    Attributes:
        unit_id: The unit's identifier.
        unit: The unit's name.
        year: The year.
        metric: The column compared.
        value: The metric in ``year`` (exact; a printed rate as the fraction it writes).
        previous: The metric in ``year - 1``; None if unknown or the table has no such row.
        change: ``value - previous``; for a rate a difference of ratios (percentage points
            divided by 100).
        relative: ``change / previous``; None where ``previous`` is 0 or unknown.
        basis: How both values are known (``stated``, ``counted``, ``summed``, ``printed``,
            ``computed``; ``mixed`` when the two years differ); None if either is unknown.
    """

    unit_id: str
    unit: str
    year: int
    metric: str
    value: Exact | None
    previous: Exact | None
    change: Exact | None
    relative: Fraction | None
    basis: str | None


class ChangeTable(RecordTable[ChangeRow]):
    """Year-over-year changes: one :class:`ChangeRow` per row of the metrics table."""

    row_type: ClassVar[type] = ChangeRow
    columns: ClassVar[tuple[Column, ...]] = (
        _UNIT_ID,
        _UNIT,
        _YEAR,
        _METRIC,
        _VALUE,
        Column("previous", ColumnKind.EXACT, "năm trước", "the metric the year before"),
        Column("change", ColumnKind.EXACT, "tăng/giảm", "value - previous"),
        Column("relative", ColumnKind.EXACT, "tăng/giảm tương đối", "change / previous"),
        Column("basis", ColumnKind.TEXT, "nguồn số liệu", "how both values are known"),
    )
    caption_vi: ClassVar[str] = "Tăng/giảm so với năm trước"
    caption_en: ClassVar[str] = "Year-over-year changes"
    repr_columns: ClassVar[tuple[str, ...]] = (
        "unit_id",
        "year",
        "metric",
        "value",
        "previous",
        "change",
        "basis",
    )

    __slots__ = ()

    def _spec(self) -> tuple[Column, ...]:
        return _spec_for(self.columns, self._rows)

    def _display(self, row: ChangeRow, column: Column, labels: Labels) -> str | None:
        return _display_common(row, column, labels)


def changes(table: MetricsTable, metric: str) -> ChangeTable:
    """The change of ``metric`` for each unit from the year before.

    Each row of ``table`` gets a row; a year whose previous year the table lacks (the first
    year, or after a gap) has no previous value and no change.

    Args:
        table: Yearly metrics.
        metric: A count or rate column of the table.

    Raises:
        ValidationError: ``metric`` is not a count or a rate column.

    Examples:
        >>> from tayho_coord.datasets import tay_ho_2019
        >>> from tayho_coord.metrics import yearly
        >>> table = changes(yearly([tay_ho_2019()]), "hearings")
        >>> row = table[0]
        >>> row.value, row.previous, row.change
        (3, None, None)
        >>> print(table)
        ChangeTable: 1 row
        unit_id        year  metric    value  previous  change   basis
        ha-noi/tay-ho  2019  hearings  3      unknown   unknown  unknown
        >>> "<td>phiên giải trình</td>" in table.to_html()
        True
    """
    _numeric(table, metric)
    by_key = {(row.unit_id, row.year): row for row in table}
    out = []
    for row in table:
        value = _exact(getattr(row, metric))
        before = by_key.get((row.unit_id, row.year - 1))
        previous = None if before is None else _exact(getattr(before, metric))
        change: Exact | None = None
        relative: Fraction | None = None
        basis: str | None = None
        if value is not None and previous is not None:
            change = value - previous
            relative = Fraction(change, 1) / previous if previous != 0 else None
            assert before is not None
            basis = _joined(_basis(row, metric), _basis(before, metric))
        out.append(
            ChangeRow(
                row.unit_id, row.unit, row.year, metric, value, previous, change, relative, basis
            )
        )
    return ChangeTable(out)


@frozen
class ComparisonRow:
    """Where a unit stands among the units of a year for one metric.

    Attributes:
        year: The year.
        unit_id: The unit's identifier.
        unit: The unit's name.
        metric: The column compared.
        value: The unit's value (exact); None if unknown.
        basis: How the value is known (``stated``, ``counted``, ``summed``, ``printed``,
            ``computed``); None if unknown or the metric has no basis (a petition count).
        petitions_scope: For a petition figure (``petitions_*``, ``resolution_rate*``), which
            petitions it covers (a :class:`~tayho_coord.metrics.PetitionScope` value:
            ``district``, ``all``…); None for other metrics or without petition figures.
        rank: 1 for the highest value; equal values share a rank and the next rank skips
            (1, 2, 2, 4); None where the value is unknown.
        share: For a count, the unit's part of the year's total over the units whose value is
            known (exact); None for a rate, an unknown value or a total of 0.
        known: How many units of the year have a known value (the ranks run over them).
    """

    year: int
    unit_id: str
    unit: str
    metric: str
    value: Exact | None
    basis: str | None
    petitions_scope: str | None
    rank: int | None
    share: Fraction | None
    known: int


class ComparisonTable(RecordTable[ComparisonRow]):
    """Comparisons across units: one :class:`ComparisonRow` per unit and year."""

    row_type: ClassVar[type] = ComparisonRow
    columns: ClassVar[tuple[Column, ...]] = (
        _YEAR,
        _UNIT_ID,
        _UNIT,
        _METRIC,
        _VALUE,
        Column("basis", ColumnKind.TEXT, "nguồn số liệu", "how the value is known"),
        Column("petitions_scope", ColumnKind.TEXT, "phạm vi kiến nghị", "petitions covered"),
        Column("rank", ColumnKind.INT, "thứ hạng", "1 for the highest"),
        Column("share", ColumnKind.EXACT, "tỷ trọng", "part of the year's known total"),
        Column("known", ColumnKind.INT, "số đơn vị có số liệu", "units with a known value"),
    )
    caption_vi: ClassVar[str] = "So sánh giữa các đơn vị"
    caption_en: ClassVar[str] = "Comparison across units"
    repr_columns: ClassVar[tuple[str, ...]] = (
        "year",
        "unit_id",
        "metric",
        "value",
        "basis",
        "rank",
        "share",
    )

    __slots__ = ()

    def _spec(self) -> tuple[Column, ...]:
        return _spec_for(self.columns, self._rows)

    def _display(self, row: ComparisonRow, column: Column, labels: Labels) -> str | None:
        if column.name == "petitions_scope" and labels == "vi" and row.petitions_scope:
            return PetitionScope(row.petitions_scope).label
        return _display_common(row, column, labels)


def _refuse_mixed(y: int, metric: str, rows: list[MetricsRow]) -> None:
    """Raise if the known values of one year cannot be ranked against each other."""
    known = [row for row in rows if getattr(row, metric) is not None]
    summed = sorted(row.unit_id for row in known if _basis(row, metric) == Basis.SUMMED.value)
    if summed and len(summed) < len(known):
        raise ValidationError(
            "metric",
            metric,
            f"in {y}, the figure of {', '.join(summed)} is a sum over groups that may overlap "
            "(an upper bound) and cannot be ranked against stated or counted figures; compare "
            "a per-group column instead",
        )
    if _scoped(metric):
        scopes = sorted({str(row.petitions_scope.value) for row in known if row.petitions_scope})
        if len(scopes) > 1:
            raise ValidationError(
                "metric",
                metric,
                f"in {y}, the petition figures cover different scopes ({', '.join(scopes)}) "
                "and cannot be compared",
            )
    levels = sorted({row.unit_level.value for row in known if row.unit_level is not None})
    if len(levels) > 1:
        raise ValidationError(
            "metric",
            metric,
            f"in {y}, units of different levels ({', '.join(levels)}) cannot be compared",
        )


def _scope(row: MetricsRow, metric: str) -> str | None:
    if not _scoped(metric) or row.petitions_scope is None:
        return None
    return str(row.petitions_scope.value)


def compare(table: MetricsTable, metric: str, year: int | None = None) -> ComparisonTable:
    """Rank the units of each year by ``metric``, with each unit's share of a count.

    Args:
        table: Yearly metrics.
        metric: A count or rate column of the table.
        year: Only this year; all years of the table if None.

    Returns:
        Rows sorted by year, then rank (unknown values last), then unit id.

    Raises:
        ValidationError: ``metric`` is not a count or a rate column, or in a year the known
            values cannot be compared: a summed count (an upper bound) among stated or
            counted ones, petition figures of different scopes (``petitions_scope``), or
            units of different levels.

    Examples:
        >>> from tayho_coord.datasets import tay_ho_2019
        >>> from tayho_coord.metrics import yearly
        >>> table = compare(yearly([tay_ho_2019()]), "hearings")
        >>> row = table[0]
        >>> row.rank, row.share, row.basis
        (1, Fraction(1, 1), 'stated')
        >>> rate = compare(yearly([tay_ho_2019()]), "resolution_rate")[0]
        >>> rate.value, rate.basis, rate.petitions_scope
        (Fraction(2841, 5000), 'printed', 'district')
        >>> table.to_pandas()["value"].dtype
        Int64Dtype()
    """
    column = _numeric(table, metric)
    is_count = column.kind is ColumnKind.INT
    years: dict[int, list[MetricsRow]] = {}
    for row in table:
        if year is None or row.year == year:
            years.setdefault(row.year, []).append(row)
    out: list[ComparisonRow] = []
    for y in sorted(years):
        rows = years[y]
        _refuse_mixed(y, metric, rows)
        values = {row.unit_id: _exact(getattr(row, metric)) for row in rows}
        known = sorted(v for v in values.values() if v is not None)
        total = sum(known) if is_count else None
        ranked: list[tuple[tuple[bool, int, str], ComparisonRow]] = []
        for row in rows:
            value = values[row.unit_id]
            rank = None if value is None else 1 + len(known) - bisect_right(known, value)
            share = None
            if value is not None and total:
                share = Fraction(value) / total
            key = (rank is None, rank or 0, row.unit_id)
            ranked.append(
                (
                    key,
                    ComparisonRow(
                        y,
                        row.unit_id,
                        row.unit,
                        metric,
                        value,
                        _basis(row, metric),
                        _scope(row, metric),
                        rank,
                        share,
                        len(known),
                    ),
                )
            )
        out.extend(r for _, r in sorted(ranked, key=lambda pair: pair[0]))
    return ComparisonTable(out)
