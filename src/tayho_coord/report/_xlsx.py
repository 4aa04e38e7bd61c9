"""Tables offices exchange, written to .xlsx: the metrics tables and the petition counts.

What a Vietnamese office opens in Excel: Vietnamese headers, the header row frozen, column
widths that fit their contents, and numbers kept as numbers with the formats Excel shows in
the reader's own locale: a rate stored as ``0.5682`` with the format ``0.00%`` shows as
"56,82%" in a Vietnamese Excel (and "56.82%" in an English one), a count with ``#,##0`` as
"1.234", a year with ``0`` as "2019" (never "2.019").

The font is Times New Roman, the one Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, Mục II
(kỹ thuật trình bày: phông chữ) sets for administrative documents (phông chữ tiếng Việt
Times New Roman, bộ mã ký tự Unicode theo TCVN 6909:2001).

An exact rate (a ``Fraction``) is stored as the nearest binary number, as Excel stores every
number; the value shown, rounded to two decimals, is the exact rate's rounding except when the
rate lies within 10^-15 of a rounding boundary.

Written with XlsxWriter (the ``xlsx`` extra), imported on first use.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Mapping, Sequence
from decimal import Decimal
from fractions import Fraction
from pathlib import Path
from typing import Any

from tayho_coord.errors import DataError, Problem, ValidationError
from tayho_coord.metrics import RecordTable
from tayho_coord.metrics._table import ColumnKind
from tayho_coord.model._petitions import Competence, PetitionOutcome

__all__ = ["PETITION_HEADERS", "write_xlsx"]

PETITION_HEADERS: Mapping[str, str] = {
    "year": "Năm",
    "competence": "Thẩm quyền giải quyết",
    "sector": "Lĩnh vực",
    "session": "Kỳ họp",
    "agency": "Cơ quan giải quyết",
    "unit": "Đơn vị",
    "province": "Tỉnh, thành phố",
    "received": "Số kiến nghị",
    "resolved": "Đã giải quyết",
    "answered": "Đã trả lời",
    "resolution_rate": "Tỷ lệ giải quyết",
}
"""The Vietnamese header of each column of :func:`~tayho_coord.metrics.petition_rates`."""

_COUNT, _RATE, _YEAR, _TEXT = "count", "rate", "year", "text"
_FORMATS = {_COUNT: "#,##0", _RATE: "0.00%", _YEAR: "0", _TEXT: "@"}
_MAX_WIDTH = 60
_MIN_WIDTH = 6


def _shown(value: object) -> object:
    """The cell's value: numbers stay numbers, enums their Vietnamese label."""
    if isinstance(value, Competence):
        return value.label
    if isinstance(value, PetitionOutcome):
        return value.label
    if isinstance(value, enum.Enum):
        return getattr(value, "label", value.value)
    if isinstance(value, bool):
        return "có" if value else "không"
    if isinstance(value, (Fraction, Decimal)):
        return float(value)
    return value


def _metrics_columns(table: RecordTable[Any]) -> list[tuple[str, str, list[Any]]]:
    columns = []
    for column in table._spec():
        values = [_shown(v) for v in table.values(column.name)]
        if column.kind is ColumnKind.EXACT:
            kind = _RATE if "rate" in column.name else _COUNT
        elif column.kind is ColumnKind.INT:
            kind = _YEAR if column.identifier or column.name == "year" else _COUNT
        else:
            kind = _TEXT
        columns.append((column.vi[:1].upper() + column.vi[1:], kind, values))
    return columns


def _rates_columns(rows: Sequence[Mapping[str, Any]]) -> list[tuple[str, str, list[Any]]]:
    names = list(rows[0]) if rows else []
    if rows and "resolution_rate" not in names and {"received", "resolved"} <= set(names):
        rows = [
            {**row, "resolution_rate": Fraction(row["resolved"], row["received"])} for row in rows
        ]
        names.append("resolution_rate")
    columns = []
    for name in names:
        values: list[Any] = []
        for row in rows:
            value = row[name]
            if name == "competence" and isinstance(value, str):
                value = Competence(value)  # the library's value: its Vietnamese label
            values.append(_shown(value))
        kind = (
            _YEAR
            if name == "year"
            else _RATE
            if name == "resolution_rate"
            else _COUNT
            if name in ("received", "resolved", "answered")
            else _TEXT
        )
        columns.append((PETITION_HEADERS.get(name, name), kind, values))
    return columns


def _rows_of(data: Any) -> Sequence[Mapping[str, Any]]:
    """The rows of petition counts: a list of dicts, or any data frame (through narwhals)."""
    if isinstance(data, list) and all(isinstance(r, Mapping) for r in data):
        return data
    import narwhals.stable.v2 as nw

    frame = nw.from_native(data, pass_through=True)
    if isinstance(frame, nw.LazyFrame):
        frame = frame.collect()
    if isinstance(frame, nw.DataFrame):
        rows: Sequence[Mapping[str, Any]] = frame.rows(named=True)
        return rows
    raise ValidationError("data", data, "expected a RecordTable, rows of dicts or a data frame")


def _width(header: str, kind: str, values: list[Any]) -> float:
    """A column width (in characters) that fits the values and the header's longest word."""
    shown = []
    for value in values:
        if value is None:
            continue
        if kind == _RATE:
            shown.append(8)  # "100,00%"
        elif kind == _COUNT and isinstance(value, (int, float)):
            digits = len(f"{int(value):,}")
            shown.append(digits + (3 if isinstance(value, float) else 0))
        else:
            shown.append(max((len(line) for line in str(value).splitlines()), default=0))
    header_words = max((len(word) for word in header.split()), default=0)
    wanted = max([*shown, header_words, min(len(header), 24)])
    return float(min(_MAX_WIDTH, max(_MIN_WIDTH, wanted + 2)))


def write_xlsx(
    path: str | Path,
    data: RecordTable[Any] | Iterable[Mapping[str, Any]] | Any,
    *,
    sheet: str = "Tổng hợp",
    notes: Sequence[str] = (),
) -> Path:
    """Write a table to an .xlsx workbook of one sheet, as offices exchange them.

    Args:
        path: The file to write (replaced if it exists).
        data: A metrics table — yearly (:func:`tayho_coord.metrics.yearly`) or of records
            of any kind (:func:`tayho_coord.metrics.record_metrics`) — or petition
            counts from :func:`tayho_coord.metrics.petition_rates`: its rows, or its frame of
            any library (a lazy one is collected); a ``resolution_rate`` column is added from
            ``resolved / received`` when a frame has none.
        sheet: The sheet's name (31 characters at most, as Excel allows).
        notes: Lines written under the table, after an empty row (what a rate counted as
            resolved, on a source's own scale: :meth:`~tayho_coord.io.LedgerMapping.resolved_note`).

    Returns:
        The path written.

    Raises:
        ValidationError: ``data`` is none of those, or ``sheet`` is no sheet name Excel
            accepts.
        DataError: The file cannot be written (the reason named).
    """
    try:
        # XlsxWriter ships no type information: typed as Any.
        import xlsxwriter  # type: ignore[import-untyped]
        import xlsxwriter.exceptions  # type: ignore[import-untyped]
    except ImportError as exc:  # pragma: no cover - the extra is installed in the test env
        hint = "writing .xlsx needs XlsxWriter: pip install 'tayho_coord[xlsx]'"
        raise ImportError(hint) from exc
    if not isinstance(sheet, str) or not 0 < len(sheet) <= 31 or set(sheet) & set("[]:*?/\\"):
        raise ValidationError("sheet", sheet, "is not a sheet name Excel accepts")
    if isinstance(data, RecordTable):
        columns = _metrics_columns(data)
    else:
        columns = _rates_columns(_rows_of(data if not isinstance(data, tuple) else list(data)))
    path = Path(path)
    book = xlsxwriter.Workbook(str(path), {"constant_memory": False})
    try:
        base = {"font_name": "Times New Roman", "font_size": 12}
        head = book.add_format(
            {**base, "bold": True, "text_wrap": True, "valign": "vcenter", "align": "center"}
        )
        head.set_border(1)
        formats = {
            kind: book.add_format({**base, "num_format": code, "border": 1})
            for kind, code in _FORMATS.items()
        }
        ws = book.add_worksheet(sheet)
        for c, (header, kind, values) in enumerate(columns):
            ws.write_string(0, c, header, head)
            for r, value in enumerate(values, start=1):
                if value is None:
                    ws.write_blank(r, c, None, formats[kind])
                elif isinstance(value, (int, float)) and kind != _TEXT:
                    ws.write_number(r, c, value, formats[kind])
                else:
                    ws.write_string(r, c, str(value), formats[kind])
            ws.set_column(c, c, _width(header, kind, values))
        ws.freeze_panes(1, 0)
        if columns:
            ws.autofilter(0, 0, max(len(columns[0][2]), 1), len(columns) - 1)
        below = (len(columns[0][2]) if columns else 0) + 2
        note_format = book.add_format({**base, "italic": True})
        for i, note in enumerate(notes):
            ws.write_string(below + i, 0, str(note), note_format)
        book.close()
    except (OSError, xlsxwriter.exceptions.XlsxWriterException) as exc:
        raise DataError([Problem("$", f"cannot write the workbook: {exc}")], str(path)) from None
    return path
