"""Tables of typed rows, and how they become records, data frames, Arrow data and HTML.

A table is an immutable sequence of attrs rows with a static column specification
(:class:`Column`); :class:`RecordTable` documents the type each kind of column has in
records, pandas, polars and Arrow.

Data-frame libraries are imported on first use, each behind its extra (``pandas``,
``polars``, ``arrow``).
"""

from __future__ import annotations

import enum
import html
from decimal import Decimal
from fractions import Fraction
from typing import TYPE_CHECKING, Any, ClassVar, Generic, Literal, TypeVar, overload

from attrs import field, frozen

from tayho_coord.errors import ValidationError

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator

    # Neither ships type information (pandas-stubs is not a dependency): typed as Any.
    import pandas  # type: ignore[import-untyped]
    import polars
    import pyarrow  # type: ignore[import-untyped]

__all__ = [
    "SCALE",
    "Column",
    "ColumnKind",
    "Labels",
    "RecordTable",
    "to_decimal",
]

SCALE = 16
"""Digits after the decimal point of exact columns in frames and Arrow data."""

PRECISION = 38
"""Total digits of exact columns in frames and Arrow data (Arrow's decimal128 maximum)."""

Labels = Literal["en", "vi"]
"""Column labels: ``en`` are the identifiers (``hearings``), ``vi`` the Vietnamese headings.

Data exports default to ``en``, displays (HTML, charts) to ``vi``: see :class:`RecordTable`.
"""

_LIMIT = 10 ** (PRECISION - SCALE)


class ColumnKind(enum.Enum):
    """The kind of values a column holds, which fixes its type in every output."""

    INT = "int"
    TEXT = "text"
    BOOL = "bool"
    EXACT = "exact"


@frozen
class Column:
    """A column of a table.

    Attributes:
        name: The identifier, also the row attribute and the ``en`` label.
        kind: The kind of values.
        vi: The Vietnamese heading.
        doc: What the column holds, in English.
        identifier: The integers are identifiers, not quantities (a year): displays write
            them as they are, without a thousands separator (``2019``, never ``2.019``), and
            they are neither added up nor compared.
    """

    name: str
    kind: ColumnKind
    vi: str
    doc: str
    identifier: bool = field(default=False, kw_only=True)

    def label(self, labels: Labels) -> str:
        """The heading in ``labels`` (``en`` is the identifier itself)."""
        return self.name if labels == "en" else self.vi


def _half_up(value: int | Fraction | Decimal, places: int) -> Decimal:
    """``value`` rounded half-up to ``places`` decimals, in integers: exact at any width.

    A value of 38 digits or more is refused before it is converted (a Decimal of a huge
    exponent would make a huge integer).
    """
    given: object = value  # callers without type checks pass anything
    if not isinstance(given, (int, Fraction, Decimal)) or isinstance(given, bool):
        raise ValidationError("value", given, "must be an int, a Fraction or a Decimal (exact)")
    if isinstance(value, Decimal) and value:
        if not value.is_finite() or value.adjusted() >= PRECISION - SCALE:
            raise ValidationError("value", value, f"does not fit in {PRECISION} digits")
        if value.adjusted() < -places - 1:  # below half a unit of the last place: 0
            return Decimal((0, (0,), -places))
    fraction = Fraction(value)
    scaled = abs(fraction) * 10**places
    whole, rest = divmod(scaled.numerator, scaled.denominator)
    if 2 * rest >= scaled.denominator:  # half-up: a half goes away from zero
        whole += 1
    if whole >= _LIMIT * 10**SCALE:  # more than 38 digits once at SCALE
        raise ValidationError("value", value, f"does not fit in {PRECISION} digits")
    # The digits and the exponent given: no context rounds them (the default keeps 28).
    return Decimal((1 if fraction < 0 and whole else 0, tuple(map(int, str(whole))), -places))


def to_decimal(value: int | Fraction | Decimal) -> Decimal:
    """An exact value as a decimal with :data:`SCALE` digits after the point, half-up.

    Every one of the 38 digits is kept (no 28-digit :mod:`decimal` context rounds them).

    Raises:
        ValidationError: the value does not fit in 38 digits, or is not exact (a float).

    Examples:
        >>> to_decimal(Fraction(25, 44))
        Decimal('0.5681818181818182')
        >>> to_decimal(Decimal("0.5682"))
        Decimal('0.5682000000000000')
        >>> to_decimal(-3)
        Decimal('-3.0000000000000000')
        >>> to_decimal(Fraction(10**22 - 1) + Fraction(1, 3))
        Decimal('9999999999999999999999.3333333333333333')
    """
    return _half_up(value, SCALE)


def _plain(value: object) -> object:
    return value.value if isinstance(value, enum.Enum) else value


NA_REP: dict[str, str] = {"vi": "chưa rõ", "en": "unknown"}
"""What a display shows for an unknown value by default, per label set (never a dash)."""

# The decimals of an exact value in a table's repr.
_REPR_PLACES = 4


def _plain_text(value: object) -> str:
    """A value as :meth:`RecordTable.__repr__` writes it."""
    value = _plain(value)
    if value is None:
        return "unknown"
    if isinstance(value, (Fraction, Decimal)):
        # Rounded once, from the exact value: rounding to_decimal's 16 digits again at 4
        # would move 0,00004999999999999999… up to 0,0001.
        return str(_half_up(value, _REPR_PLACES))
    return str(value)


R = TypeVar("R")
T = TypeVar("T", bound="RecordTable[Any]")


class RecordTable(Generic[R]):
    """An immutable sequence of rows with typed columns, convertible to data frames.

    Subclasses name their row type and :attr:`columns`. Iterating gives the rows (attrs
    records: ``row.year``); :meth:`to_records` gives plain dicts; :meth:`to_pandas`,
    :meth:`to_polars` and :meth:`to_arrow` give frames; the Arrow PyCapsule interface
    (``__arrow_c_stream__``) lets ``pyarrow.table(t)`` and ``polars.DataFrame(t)`` read it
    directly; Jupyter shows :meth:`_repr_html_`.

    Each kind of column has one stated type in every output:

    | kind  | rows, records          | pandas           | polars          | Arrow              |
    |-------|------------------------|------------------|-----------------|--------------------|
    | int   | int                    | Int64            | Int64           | int64              |
    | text  | str                    | string           | String          | string             |
    | bool  | bool                   | boolean          | Boolean         | bool               |
    | exact | int, Fraction, Decimal | object (Decimal) | Decimal(38, 16) | decimal128(38, 16) |

    An ``exact`` column (a rate, a share, a change) keeps its exact value in rows and
    records. In frames and Arrow data it becomes a decimal with 16 digits after the point,
    rounded half-up (Luật Kế toán, Điều 17): a printed figure such as 56,82% is exact at
    that scale, a computed ``Fraction(25, 44)`` is rounded at its 16th digit. Beside it comes
    a float column ``<name>_float`` (``float64``; ``Float64`` in pandas) for plotting and for
    libraries that cannot compute with decimals: the nearest float to the exact value, never
    the other way round. Unknown values are None (null, ``<NA>``) in every output, never 0
    and never NaN.

    Labels (:data:`Labels`) follow one rule: **data is keyed by identifiers, displays are in
    Vietnamese.** The data exports (:meth:`to_records`, :meth:`to_pandas`,
    :meth:`to_polars`, :meth:`to_arrow` and the Arrow stream) default to ``labels="en"``:
    column names are the identifiers (``hearings``), stable for code, files and joins, and
    values are plain identifiers (``"stated"``, ``"district"``). What a reader looks at —
    :meth:`to_html`, Jupyter's :meth:`_repr_html_` and the charts of
    :mod:`tayho_coord.metrics` — defaults to ``labels="vi"``: Vietnamese headings, values in
    their Vietnamese wording (``số nêu``, ``thẩm quyền cấp quận``) and numbers written the
    Vietnamese way. Either default can be changed per call.
    """

    columns: ClassVar[tuple[Column, ...]] = ()
    row_type: ClassVar[type] = object
    caption_vi: ClassVar[str] = "Bảng"
    caption_en: ClassVar[str] = "Table"

    __slots__ = ("_rows",)

    def __init__(self, rows: Iterable[R] = ()) -> None:
        """A table of ``rows``, in the order given.

        Raises:
            ValidationError: a row is not of the table's row type.
        """
        self._rows: tuple[R, ...] = tuple(rows)
        for index, row in enumerate(self._rows):
            if not isinstance(row, self.row_type):
                raise ValidationError(
                    f"rows[{index}]", type(row).__name__, f"must be a {self.row_type.__name__}"
                )

    # -- the sequence ----------------------------------------------------------------------

    def __iter__(self) -> Iterator[R]:
        return iter(self._rows)

    def __len__(self) -> int:
        return len(self._rows)

    @overload
    def __getitem__(self, index: int) -> R: ...

    @overload
    def __getitem__(self: T, index: slice) -> T: ...

    def __getitem__(self: T, index: int | slice) -> Any:
        if isinstance(index, slice):
            return type(self)(self._rows[index])
        return self._rows[index]

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        assert isinstance(other, RecordTable)
        return self._rows == other._rows

    def __hash__(self) -> int:
        return hash((type(self), self._rows))

    repr_columns: ClassVar[tuple[str, ...]] = ()
    """The columns :meth:`__repr__` shows (the first five when empty)."""

    def __repr__(self) -> str:
        """The table's name and size, then its first rows in a few key columns.

        Values are plain: identifiers, counts without separators, exact values as decimals
        of four digits after the point (half-up), unknown values as ``unknown``.
        """
        count = len(self._rows)
        head = f"{type(self).__name__}: {count} row{'' if count == 1 else 's'}"
        spec = self._spec()
        names = self.repr_columns or tuple(c.name for c in spec[:5])
        shown = [c for c in spec if c.name in names]
        cells = [[_plain_text(getattr(row, c.name)) for c in shown] for row in self._rows[:10]]
        lines = [head]
        if self._rows:
            grid = [[c.name for c in shown], *cells]
            widths = [max(len(line[i]) for line in grid) for i in range(len(shown))]
            lines.extend(
                "  ".join(cell.ljust(w) for cell, w in zip(line, widths, strict=True)).rstrip()
                for line in grid
            )
            if count > 10:
                more = count - 10
                lines.append(f"... {more} more row{'' if more == 1 else 's'}")
        return "\n".join(lines)

    __str__ = __repr__

    @property
    def rows(self) -> tuple[R, ...]:
        """The rows, in order."""
        return self._rows

    @classmethod
    def column(cls, name: str) -> Column:
        """The column called ``name``.

        Raises:
            ValidationError: the table has no such column.
        """
        for col in cls.columns:
            if col.name == name:
                return col
        raise ValidationError("column", name, f"is not a column of {cls.__name__}")

    def values(self, name: str) -> tuple[Any, ...]:
        """The values of one column, row by row (enums as their values)."""
        self.column(name)
        return tuple(_plain(getattr(row, name)) for row in self._rows)

    # -- plain Python ----------------------------------------------------------------------

    def _spec(self) -> tuple[Column, ...]:
        """The columns of this table's exports and displays.

        The class's :attr:`columns`, unless a subclass makes a column's kind depend on the
        rows (the value of a comparison is a count for a count metric).
        """
        return self.columns

    def _labels(self, labels: Labels) -> list[str]:
        if labels not in ("en", "vi"):
            raise ValidationError("labels", labels, "must be 'en' or 'vi'")
        return [c.label(labels) for c in self._spec()]

    def to_records(self, labels: Labels = "en") -> list[dict[str, Any]]:
        """The rows as dicts, exact values kept (``Fraction``, ``Decimal``), enums as values.

        Args:
            labels: ``en`` (default, as every data export) for the identifiers as keys,
                ``vi`` for the Vietnamese headings; values stay identifiers either way.
        """
        keys = self._labels(labels)
        names = [c.name for c in self._spec()]
        return [
            {key: _plain(getattr(row, name)) for key, name in zip(keys, names, strict=True)}
            for row in self._rows
        ]

    def _column_data(self) -> Iterator[tuple[Column, list[Any]]]:
        for col in self._spec():
            values: list[Any] = [_plain(getattr(row, col.name)) for row in self._rows]
            if col.kind is ColumnKind.EXACT:
                values = [None if v is None else to_decimal(v) for v in values]
            yield col, values

    @staticmethod
    def _float_label(col: Column, labels: Labels) -> str:
        """``<name>_float``, or the heading with ``số thực`` in its one pair of parentheses.

        Examples:
            >>> exact = ColumnKind.EXACT
            >>> RecordTable._float_label(Column("r", exact, "tỷ lệ (công bố)", ""), "vi")
            'tỷ lệ (công bố, số thực)'
            >>> RecordTable._float_label(Column("r", exact, "tỷ trọng", ""), "vi")
            'tỷ trọng (số thực)'
        """
        if labels == "en":
            return f"{col.name}_float"
        if col.vi.endswith(")"):
            return f"{col.vi[:-1]}, số thực)"
        return f"{col.vi} (số thực)"

    # -- frames ----------------------------------------------------------------------------

    def to_arrow(self, labels: Labels = "en") -> pyarrow.Table:
        """The table as a :class:`pyarrow.Table` (the ``arrow`` extra).

        Exact columns are ``decimal128(38, 16)`` with a ``float64`` column ``<name>_float``
        beside each.

        Column names are the identifiers unless ``labels="vi"`` (data exports default to
        ``en``; see :class:`RecordTable`).
        """
        import pyarrow as pa

        self._labels(labels)
        types = {
            ColumnKind.INT: pa.int64(),
            ColumnKind.TEXT: pa.string(),
            ColumnKind.BOOL: pa.bool_(),
            ColumnKind.EXACT: pa.decimal128(PRECISION, SCALE),
        }
        arrays: list[pyarrow.Array] = []
        fields: list[pyarrow.Field] = []
        for col, values in self._column_data():
            fields.append(pa.field(col.label(labels), types[col.kind], nullable=True))
            arrays.append(pa.array(values, type=types[col.kind]))
            if col.kind is ColumnKind.EXACT:
                fields.append(pa.field(self._float_label(col, labels), pa.float64()))
                arrays.append(pa.array([None if v is None else float(v) for v in values]))
        return pa.Table.from_arrays(arrays, schema=pa.schema(fields))

    def __arrow_c_stream__(self, requested_schema: object | None = None) -> object:
        """The Arrow PyCapsule stream interface: ``pyarrow.table(t)``, ``polars.DataFrame(t)``.

        The columns are those of :meth:`to_arrow` with ``en`` labels; pyarrow makes the
        stream. ``polars.DataFrame(t)`` reads it from polars 1.3 on (pola-rs/polars#17693).
        """
        return self.to_arrow().__arrow_c_stream__(requested_schema)

    def to_pandas(self, labels: Labels = "en") -> pandas.DataFrame:
        """The table as a :class:`pandas.DataFrame` (the ``pandas`` extra; no pyarrow needed).

        Types: ``Int64``, ``string``, ``boolean`` (pandas' nullable types, so an unknown value
        is ``<NA>``, never 0 or NaN), exact columns as ``object`` holding ``Decimal`` with a
        ``Float64`` column ``<name>_float`` beside each.

        Column names are the identifiers unless ``labels="vi"`` (data exports default to
        ``en``; see :class:`RecordTable`).
        """
        import pandas as pd

        self._labels(labels)
        dtypes = {ColumnKind.INT: "Int64", ColumnKind.TEXT: "string", ColumnKind.BOOL: "boolean"}
        data: dict[str, Any] = {}
        for col, values in self._column_data():
            label = col.label(labels)
            if col.kind is ColumnKind.EXACT:
                data[label] = pd.Series(values, dtype=object)
                floats = [None if v is None else float(v) for v in values]
                data[self._float_label(col, labels)] = pd.array(floats, dtype="Float64")
            else:
                data[label] = pd.array(values, dtype=dtypes[col.kind])
        return pd.DataFrame(data, index=pd.RangeIndex(len(self._rows)))

    def to_polars(self, labels: Labels = "en") -> polars.DataFrame:
        """The table as a :class:`polars.DataFrame` (the ``polars`` extra; no pyarrow needed).

        Types: ``Int64``, ``String``, ``Boolean``, exact columns ``Decimal(38, 16)`` with a
        ``Float64`` column ``<name>_float`` beside each.

        Column names are the identifiers unless ``labels="vi"`` (data exports default to
        ``en``; see :class:`RecordTable`).
        """
        import polars as pl

        self._labels(labels)
        types: dict[ColumnKind, Any] = {
            ColumnKind.INT: pl.Int64,
            ColumnKind.TEXT: pl.String,
            ColumnKind.BOOL: pl.Boolean,
            ColumnKind.EXACT: pl.Decimal(PRECISION, SCALE),
        }
        series: list[polars.Series] = []
        for col, values in self._column_data():
            series.append(pl.Series(col.label(labels), values, dtype=types[col.kind]))
            if col.kind is ColumnKind.EXACT:
                floats = [None if v is None else float(v) for v in values]
                series.append(pl.Series(self._float_label(col, labels), floats, pl.Float64))
        return pl.DataFrame(series)

    # -- display ---------------------------------------------------------------------------

    def _text(self, row: R, col: Column, na_rep: str, labels: Labels) -> str:
        shown = self._display(row, col, labels)
        if shown is not None:
            return html.escape(shown)
        return self._cell(col, getattr(row, col.name), na_rep, labels)

    def _cell(self, col: Column, value: Any, na_rep: str, labels: Labels) -> str:
        from tayho_coord.vi import format_number, format_percent

        if labels == "vi" and isinstance(value, enum.Enum) and hasattr(value, "label"):
            return html.escape(str(value.label))
        value = _plain(value)
        if value is None:
            return na_rep
        if col.kind is ColumnKind.BOOL:
            if labels == "en":
                return "yes" if value else "no"
            return "có" if value else "không"
        if col.identifier:
            return html.escape(str(value))  # a year: 2019, never 2.019
        if col.kind is ColumnKind.INT:
            return format_number(value)
        if col.kind is ColumnKind.EXACT:
            if isinstance(value, int):
                return format_number(value)
            return format_percent(value, decimals=2)
        return html.escape(str(value))

    def display(self, row: R, column: Column, *, labels: Labels = "vi") -> str | None:
        """The text a display shows for a cell that says more than its value, else None.

        ``None`` means the value alone is shown (formatted as the display formats values);
        otherwise the text, e.g. the petition scope in the unit's own words ("thẩm quyền cấp
        quận") or a summed count as the upper bound it is ("tối đa 18").
        """
        return self._display(row, column, labels)

    def _display(self, row: R, column: Column, labels: Labels) -> str | None:
        """The text a cell shows when the row says more than its value; None: the value's.

        Subclasses override it for a cell that needs the rest of its row (a wording that
        depends on the row's unit, a count its basis marks as an upper bound).
        """
        return None

    def to_html(self, labels: Labels = "vi", max_rows: int = 10, na_rep: str | None = None) -> str:
        """An HTML table of the first rows, numbers written the Vietnamese way.

        Counts are written with ``.`` between thousands, exact ratios as percentages with two
        decimals and a decimal comma (half-up), identifiers such as the year as they are
        (``2019``), unknown values as ``na_rep``.

        Args:
            labels: ``vi`` (default, as every display) or ``en`` headings.
            max_rows: How many rows to show at most.
            na_rep: What an unknown value shows: by default ``chưa rõ`` in ``vi``,
                ``unknown`` in ``en``. Not a dash: in Vietnamese statistical tables "–" is
                often read as zero or none, and an unknown value is never 0.

        Examples:
            >>> from tayho_coord.datasets import tay_ho_2019
            >>> from tayho_coord.metrics import yearly
            >>> text = yearly([tay_ho_2019()]).to_html()
            >>> "<td>2019</td>" in text, "<td>chưa rõ</td>" in text
            (True, True)
        """
        heads = self._labels(labels)
        if not isinstance(max_rows, int) or isinstance(max_rows, bool) or max_rows < 0:
            raise ValidationError("max_rows", max_rows, "must be an integer >= 0")
        if na_rep is None:
            na_rep = NA_REP[labels]
        elif not isinstance(na_rep, str):
            raise ValidationError("na_rep", na_rep, "must be text")
        shown = self._rows[:max_rows]
        out = ['<table class="tayho-coord">']
        if labels == "vi":
            caption = f"{self.caption_vi}: {len(shown)}/{len(self._rows)} dòng"
        else:
            caption = f"{self.caption_en}: {len(shown)} of {len(self._rows)} rows"
        out.append(f"<caption>{html.escape(caption)}</caption>")
        out.append(
            "<thead><tr>" + "".join(f"<th>{html.escape(h)}</th>" for h in heads) + "</tr></thead>"
        )
        out.append("<tbody>")
        spec = self._spec()
        for row in shown:
            cells = (self._text(row, c, html.escape(na_rep), labels) for c in spec)
            out.append("<tr>" + "".join(f"<td>{cell}</td>" for cell in cells) + "</tr>")
        out.append("</tbody></table>")
        return "\n".join(out)

    def _repr_html_(self) -> str:
        return self.to_html()
