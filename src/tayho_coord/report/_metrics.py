"""The metrics tables as text: an aligned table, CSV or JSON (``tayho-coord metrics``).

Both tables are written: the yearly table of reviews (:class:`~tayho_coord.metrics.MetricsTable`)
and the table of records of any kind (:class:`~tayho_coord.metrics.RecordMetricsTable`).

Numbers in the aligned table are written the Vietnamese way (``1.234``, ``56,82%``, rates
rounded half-up to two decimals); unknown values show as ``–``, never 0. CSV and JSON write
counts as integers and a rate as a decimal of at most :data:`RATE_PLACES` (6) places after
the point, rounded half-up, trailing zeros dropped: a rate with no more places is written
exactly (a printed ``56,82%`` is ``0.5682``, 100% is ``1``), any other rounded (199/241 is
``0.825726``, never a float's ``0.8257261410788382``). The counts a computed rate rests on
are columns of their own, so the exact rate is never lost.
"""

from __future__ import annotations

import csv
import enum
import io
import json
from decimal import Decimal
from fractions import Fraction
from typing import TYPE_CHECKING, Any, TypeAlias, TypeVar

from tayho_coord import vi
from tayho_coord.metrics import (
    MetricsRow,
    MetricsTable,
    RecordMetricsRow,
    RecordMetricsTable,
    RecordTable,
)

if TYPE_CHECKING:
    from tayho_coord.metrics import Column

__all__ = ["NA", "RATE_PLACES", "AnyMetricsTable", "metrics_csv", "metrics_json", "metrics_table"]

AnyMetricsTable: TypeAlias = MetricsTable | RecordMetricsTable
"""Either metrics table: yearly (reviews) or per record (records of any kind)."""

RATE_PLACES = 6
"""The places after the point of a rate in CSV and JSON (rounded half-up beyond them)."""

NA = "–"
"""What an unknown value shows in the aligned table."""


def _cell(column: Column, value: object) -> str:
    from tayho_coord.metrics import ColumnKind

    if value is None:
        return NA
    if isinstance(value, enum.Enum):
        label = getattr(value, "label", None)
        return str(label if isinstance(label, str) else value.value)
    if isinstance(value, bool):
        return "có" if value else "không"
    if column.name == "year":
        return str(value)  # a year is not a quantity: no thousands dot
    if column.kind is ColumnKind.EXACT and isinstance(value, (Fraction, Decimal)):
        return vi.format_percent(value, decimals=2)
    if isinstance(value, (int, Decimal, Fraction)):
        return vi.format_number(value)
    return str(value)


def _shown(display: str | None, column: Column, value: object) -> str:
    """What the table's own display says of a cell (scope wording, "tối đa"), else the value."""
    return display if display is not None else _cell(column, value)


_Row = TypeVar("_Row", MetricsRow, RecordMetricsRow)


def _cells(table: RecordTable[_Row], shown: list[Column]) -> list[list[str]]:
    """The cells of each row (a list per row), as the table's own display shows them."""
    return [
        [_shown(table.display(row, c), c, getattr(row, c.name)) for c in shown] for row in table
    ]


def metrics_table(table: AnyMetricsTable) -> str:
    """The table turned on its side: a line per column, a column of values per row.

    A yearly table has some fifty columns and few rows; on its side it fits a terminal. A
    table of records is turned the same way: a column of values per unit, period and kind.

    Rows whose figures rest on the illustrative data (``MetricsRow.illustrative``: invented
    figures, :mod:`tayho_coord.datasets`) are marked by a first line
    ``DỮ LIỆU MINH HỌA – KHÔNG PHẢI SỐ LIỆU THẬT`` saying ``có`` under them and ``không``
    under the others; the ``illustrative`` column itself is not repeated below it.

    Args:
        table: The yearly table, or the table of records.

    Examples:
        >>> from tayho_coord.datasets import illustrative_reviews, tay_ho_2019
        >>> from tayho_coord.metrics import yearly
        >>> print(metrics_table(yearly([tay_ho_2019()])).splitlines()[7])
        phiên giải trình                                      3
        >>> import warnings
        >>> mau_mot = illustrative_reviews()[3]
        >>> with warnings.catch_warnings():  # yearly warns of the mix: IllustrativeDataWarning
        ...     warnings.simplefilter("ignore")
        ...     mixed = yearly([tay_ho_2019(), mau_mot])
        >>> lines = metrics_table(mixed).splitlines()
        >>> print(lines[1].split("  ")[0], lines[1].split()[-2:])
        DỮ LIỆU MINH HỌA – KHÔNG PHẢI SỐ LIỆU THẬT ['không', 'có']
    """
    from tayho_coord.report._common import ILLUSTRATIVE_NOTICE

    shown = [c for c in table.columns if c.name != "illustrative"]
    heads = [column.vi for column in shown]
    # Each table's rows are of its own type: the narrowing says which to the type checker.
    if isinstance(table, MetricsTable):  # noqa: SIM108 - one call, two types
        columns = _cells(table, shown)
    else:
        columns = _cells(table, shown)
    marks = [row.illustrative for row in table]
    if any(marks):
        heads.insert(0, ILLUSTRATIVE_NOTICE)
        for values, mark in zip(columns, marks, strict=True):
            values.insert(0, "có" if mark else "không")
    width = max(len(head) for head in heads)
    widths = [max(len(cell) for cell in values) for values in columns]
    lines = [f"{table.caption_vi}: {len(table)} dòng"]
    for index, head in enumerate(heads):
        cells = [values[index].ljust(w) for values, w in zip(columns, widths, strict=True)]
        lines.append("  ".join([head.ljust(width), *cells]).rstrip())
    return "\n".join(lines) + "\n"


def _exact(column: Column, value: object) -> Any:
    """A JSON-ready value: rates as decimal strings (:func:`rate_text`), enums as values."""
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, Fraction):
        return rate_text(value)
    return value


def rate_text(value: Fraction) -> str:
    """A rate as a decimal of at most :data:`RATE_PLACES` places, half-up, no trailing zeros.

    Examples:
        >>> rate_text(Fraction(2841, 5000)), rate_text(Fraction(1)), rate_text(Fraction(0))
        ('0.5682', '1', '0')
        >>> rate_text(Fraction(199, 241)), rate_text(Fraction(1, 3)), rate_text(Fraction(2, 3))
        ('0.825726', '0.333333', '0.666667')
        >>> rate_text(Fraction(1, 8_000_000)), rate_text(Fraction(-1, 8))
        ('0', '-0.125')
    """
    from tayho_coord.metrics._table import _half_up

    text = format(_half_up(value, RATE_PLACES), "f")  # always RATE_PLACES places
    return text.rstrip("0").rstrip(".")


def metrics_json(table: AnyMetricsTable) -> str:
    """The rows as a JSON list of objects keyed by column identifier; rates as strings.

    Examples:
        >>> from tayho_coord.datasets import tay_ho_2019
        >>> from tayho_coord.metrics import yearly
        >>> import json
        >>> row = json.loads(metrics_json(yearly([tay_ho_2019()])))[0]
        >>> row["hearings"], row["resolution_rate"], row["petitions_received"]
        (3, '0.5682', None)
    """
    records = [{c.name: _exact(c, getattr(row, c.name)) for c in table.columns} for row in table]
    return json.dumps(records, ensure_ascii=False, indent=2) + "\n"


def metrics_csv(table: AnyMetricsTable) -> str:
    """The rows as CSV with a header of column identifiers; unknown values are empty.

    A rate is a decimal of at most :data:`RATE_PLACES` places (:func:`rate_text`).

    Examples:
        >>> from tayho_coord.datasets import tay_ho_2019
        >>> from tayho_coord.metrics import yearly
        >>> metrics_csv(yearly([tay_ho_2019()])).splitlines()[0].split(",")[:4]
        ['unit_id', 'unit', 'year', 'review_id']
    """
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow([c.name for c in table.columns])
    for row in table:
        values = [_exact(c, getattr(row, c.name)) for c in table.columns]
        writer.writerow(
            [
                ""
                if value is None
                else ("true" if value is True else "false" if value is False else value)
                for value in values
            ]
        )
    return out.getvalue()
