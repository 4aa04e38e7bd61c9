"""The yearly metrics table as text: an aligned table, CSV or JSON (``tayho-coord metrics``).

Numbers in the aligned table are written the Vietnamese way (``1.234``, ``56,82%``, rates
rounded half-up to two decimals); unknown values show as ``–``, never 0. CSV and JSON keep
exact values exact: counts as integers, a rate that has a finite decimal as that decimal
(a printed ``56,82%`` is ``0.5682``), any other as a decimal of 16 digits after the point,
rounded half-up, as in the metrics' data frames.
"""

from __future__ import annotations

import csv
import enum
import io
import json
from decimal import Decimal
from fractions import Fraction
from typing import TYPE_CHECKING, Any

from tayho_coord import vi

if TYPE_CHECKING:
    from tayho_coord.metrics import Column, MetricsTable

__all__ = ["NA", "metrics_csv", "metrics_json", "metrics_table"]

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


def metrics_table(table: MetricsTable) -> str:
    """The table turned on its side: a line per column, a column of values per unit and year.

    A yearly table has some fifty columns and few rows; on its side it fits a terminal.

    Rows whose figures rest on the illustrative data (``MetricsRow.illustrative``: invented
    figures, :mod:`tayho_coord.datasets`) are marked by a first line
    ``DỮ LIỆU MINH HỌA – KHÔNG PHẢI SỐ LIỆU THẬT`` saying ``có`` under them and ``không``
    under the others; the ``illustrative`` column itself is not repeated below it.

    Args:
        table: The yearly table.

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
    columns = [
        [_shown(table.display(row, c), c, getattr(row, c.name)) for c in shown] for row in table
    ]
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
    """A JSON-ready value: exact numbers as strings, enums as their values."""
    from tayho_coord.metrics._table import to_decimal

    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, Fraction):
        finite = _finite_decimal(value)
        return str(finite) if finite is not None else str(to_decimal(value))
    return value


def _finite_decimal(value: Fraction) -> Decimal | None:
    """``value`` as the exact decimal it is (25/100 -> 0.25), or None if it has none (1/3)."""
    denominator, places = value.denominator, 0
    while denominator % 10 == 0:
        denominator //= 10
        places += 1
    while denominator % 2 == 0:
        denominator //= 2
        places += 1
    while denominator % 5 == 0:
        denominator //= 5
        places += 1
    if denominator != 1:
        return None
    scaled = value * 10**places
    return Decimal(scaled.numerator).scaleb(-places)


def metrics_json(table: MetricsTable) -> str:
    """The rows as a JSON list of objects keyed by column identifier; exact values as strings.

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


def metrics_csv(table: MetricsTable) -> str:
    """The rows as CSV with a header of column identifiers; unknown values are empty.

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
