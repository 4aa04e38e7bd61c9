"""Petition ledgers as offices keep them: one row a petition, Vietnamese headers and values.

A ledger (sổ theo dõi kiến nghị cử tri) is a spreadsheet (.xlsx, .xls, .ods), a CSV file or
Parquet, whose headers ("Nội dung kiến nghị", "Thẩm quyền giải quyết", "Kết quả giải
quyết"…) and values ("Đã giải quyết", "Thuộc thẩm quyền cấp tỉnh"…) are written as each clerk
writes them. A :class:`LedgerMapping` says, explicitly, which wording means which column and
which value of the model: the built-in one (:meth:`LedgerMapping.default`) knows the common
wordings, matched without regard to case, tone placement (``hòa``/``hoà``) or extra spaces;
a user's mapping adds its own (:meth:`LedgerMapping.extended`, or a JSON file,
:meth:`LedgerMapping.from_json`).

:func:`read_ledger` reads a whole file and maps every row; every value that does not map is
reported at once, with its sheet, row, column and value, and no row is dropped silently.
:func:`scan_ledger` opens Parquet or CSV files lazily, as large as a national ledger, with
their headers mapped; their values are mapped after counting, by
:func:`tayho_coord.metrics.petition_rates` with ``mapping=``, on the distinct values only.

Spreadsheets are read with python-calamine, frames are polars: both in the ``ledger`` extra,
imported on first use.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re
import sys
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from attrs import field, frozen

from tayho_coord.errors import DataError, ParseError, Problem, ValidationError
from tayho_coord.model._petitions import Competence, PetitionOutcome
from tayho_coord.vi import normalize, parse_date

if TYPE_CHECKING:
    import polars as pl

__all__ = ["LEDGER_COLUMNS", "LedgerMapping", "read_ledger", "scan_ledger", "wording_key"]

LEDGER_COLUMNS: Mapping[str, str] = {
    "id": "the petition's number or code (Mã, STT)",
    "content": "what the voters ask (Nội dung kiến nghị)",
    "received": "the day it was received (Ngày tiếp nhận), a date",
    "year": "the year it was received (Năm), a whole number",
    "session": "the meeting or contact round it came from (Kỳ họp, Đợt tiếp xúc)",
    "sector": "its field (Lĩnh vực)",
    "competence": "whose competence it falls within (Thẩm quyền giải quyết): a Competence",
    "agency": "the agency answering it (Cơ quan giải quyết)",
    "unit": "the commune or ward (Đơn vị, Xã/phường)",
    "province": "the province (Tỉnh, thành phố)",
    "outcome": "where it stands (Kết quả giải quyết): a PetitionOutcome, empty if unanswered",
}
"""The columns a ledger maps onto, and what each holds."""

# The rows read from a spreadsheet before giving up on finding its header row.
_HEADER_SEARCH = 30
_PROGRESS_EVERY = 2000

# Built-in header wordings, by column (matched through wording_key).
_HEADERS: dict[str, tuple[str, ...]] = {
    "id": ("Mã", "Mã số", "Mã kiến nghị", "Số hiệu", "STT", "TT", "Số TT", "Số thứ tự"),
    "content": (
        "Nội dung",
        "Nội dung kiến nghị",
        "Nội dung kiến nghị của cử tri",
        "Nội dung ý kiến, kiến nghị",
        "Ý kiến, kiến nghị",
        "Ý kiến, kiến nghị của cử tri",
        "Kiến nghị",
        "Tóm tắt nội dung",
    ),
    "received": (
        "Ngày tiếp nhận",
        "Ngày nhận",
        "Thời gian tiếp nhận",
        "Ngày tiếp xúc",
        "Ngày tiếp xúc cử tri",
    ),
    # "nam": a partition folder's name (nam=2024/), written without diacritics.
    "year": ("Năm", "Năm tiếp nhận", "nam"),
    "session": ("Kỳ họp", "Kỳ tiếp xúc", "Đợt tiếp xúc", "Đợt tiếp xúc cử tri", "Hội nghị"),
    "sector": ("Lĩnh vực", "Nhóm lĩnh vực"),
    "competence": (
        "Thẩm quyền",
        "Thẩm quyền giải quyết",
        "Thuộc thẩm quyền",
        "Cấp giải quyết",
        "Cấp có thẩm quyền giải quyết",
    ),
    "agency": (
        "Cơ quan giải quyết",
        "Cơ quan chủ trì giải quyết",
        "Cơ quan trả lời",
        "Đơn vị giải quyết",
        "Đơn vị chủ trì",
    ),
    "unit": ("Đơn vị", "Xã, phường", "Phường, xã", "Xã/phường", "Phường/xã", "Địa bàn"),
    "province": ("Tỉnh", "Tỉnh, thành phố", "Tỉnh/thành phố", "Tỉnh/thành"),
    "outcome": (
        "Kết quả",
        "Kết quả giải quyết",
        "Kết quả trả lời",
        "Tình trạng",
        "Tình trạng giải quyết",
        "Kết quả giải quyết, trả lời",
    ),
}

# Built-in value wordings. None: the petition is not answered yet (an empty cell too).
_OUTCOMES: dict[str | None, tuple[str, ...]] = {
    "resolved": (
        "Đã giải quyết",
        "Đã giải quyết xong",
        "Đã được giải quyết",
        "Đã xử lý xong",
        "Đã hoàn thành",
        "Hoàn thành",
    ),
    "in_progress": (
        "Đang giải quyết",
        "Đang được giải quyết",
        "Đang xử lý",
        "Đang thực hiện",
        "Đang giải quyết, xử lý",
    ),
    "explained": (
        "Đã giải trình",
        "Đã giải trình, thông tin",
        "Đã giải trình, cung cấp thông tin",
        "Đã trả lời, giải trình",
        "Đã cung cấp thông tin",
        "Giải trình, cung cấp thông tin",
        "Đã giải thích, cung cấp thông tin",
    ),
    "unresolved": ("Chưa giải quyết", "Chưa được giải quyết"),
    "unresolved_objective": (
        "Chưa giải quyết do nguyên nhân khách quan",
        "Chưa giải quyết được do nguyên nhân khách quan",
        "Chưa giải quyết vì lý do khách quan",
    ),
    None: ("Chưa trả lời", "Chưa có kết quả", "Chưa có văn bản trả lời"),
}


def _competence_wordings() -> dict[str | None, tuple[str, ...]]:
    """Each level by the nouns its units go by: cấp tỉnh, cấp quận, cấp phường….

    "Cấp thành phố" is left out on purpose: in Hà Nội's reports it is the province level, in
    a provincial city's own ledger the district level; a user's mapping says which it is.
    """
    nouns = {
        "province": ("tỉnh",),
        "district": ("huyện", "quận", "thị xã"),
        "commune": ("xã", "phường", "thị trấn"),
    }
    out: dict[str | None, tuple[str, ...]] = {
        "central": (
            "Trung ương",
            "Cấp Trung ương",
            "Thẩm quyền của Trung ương",
            "Thuộc thẩm quyền của Trung ương",
            "Thuộc thẩm quyền Trung ương",
            "Thẩm quyền Trung ương",
        )
    }
    for value, words in nouns.items():
        out[value] = tuple(
            wording
            for noun in words
            for wording in (
                f"Cấp {noun}",
                f"Thẩm quyền cấp {noun}",
                f"Thuộc thẩm quyền cấp {noun}",
                f"Thuộc thẩm quyền giải quyết của cấp {noun}",
                f"Thuộc thẩm quyền của Ủy ban nhân dân cấp {noun}",
                f"Thuộc thẩm quyền UBND cấp {noun}",
            )
        )
    return out


def wording_key(text: str) -> str:
    """The form two wordings share when they differ only in case, tone placement or spaces.

    Tone marks are placed in one convention (:func:`tayho_coord.vi.normalize`), letters
    lower-cased, and runs of white space (non-breaking spaces, line breaks in a cell)
    made one space, none at either end.

    Examples:
        >>> wording_key("  Đã giải quyết ") == wording_key("đã  GIẢI QUYẾT")
        True
        >>> wording_key("Hoà giải") == wording_key("hòa giải")
        True
        >>> wording_key("Đã giải quyết") == wording_key("Đang giải quyết")
        False
    """
    return " ".join(normalize(text.casefold()).split())


def _values_table(
    given: Mapping[str | None, Iterable[str]], allowed: Iterable[str]
) -> dict[str, str | None]:
    table: dict[str, str | None] = {}
    for own in allowed:  # the library's own values map to themselves
        table[wording_key(own)] = own
    for value, wordings in given.items():
        for wording in wordings:
            table[wording_key(wording)] = value
    return table


def _copy_headers(given: Mapping[str, str]) -> dict[str, str]:
    return dict(given)


def _copy_values(
    given: Mapping[str, Mapping[str, str | None]],
) -> dict[str, dict[str, str | None]]:
    return {column: dict(table) for column, table in given.items()}


@frozen
class LedgerMapping:
    """Which ledger header means which column, and which wording which value.

    Keys are stored in their :func:`wording_key` form, so a mapping matches a wording
    whatever its case, tone placement or spacing. ``headers`` maps a header to one of
    :data:`LEDGER_COLUMNS`; ``values`` maps, for ``outcome`` and ``competence``, a wording to
    the library's value (``None``: not answered yet, for an outcome).

    Examples:
        >>> m = LedgerMapping.default()
        >>> m.column("  KẾT QUẢ giải quyết"), m.value("outcome", "đã giải trình, thông tin")
        ('outcome', 'explained')
        >>> m.value("competence", "Thuộc thẩm quyền cấp Tỉnh")
        'province'
        >>> mine = m.extended(values={"outcome": {"Đã xong": "resolved"}})
        >>> mine.value("outcome", "đã xong"), m.value("outcome", "đã xong")
        ('resolved', None)
    """

    headers: Mapping[str, str] = field(converter=_copy_headers)
    values: Mapping[str, Mapping[str, str | None]] = field(converter=_copy_values)

    def __attrs_post_init__(self) -> None:
        for header, column in self.headers.items():
            if column not in LEDGER_COLUMNS:
                raise ValidationError(
                    f"headers[{header!r}]", column, f"is not one of {sorted(LEDGER_COLUMNS)}"
                )
        for column, table in self.values.items():
            kind = _ENUMS.get(column)
            if kind is None:
                raise ValidationError(
                    "values", column, "values are mapped for outcome and competence"
                )
            allowed = {member.value for member in kind}
            for wording, value in table.items():
                if (value is not None and value not in allowed) or (
                    value is None and column != "outcome"
                ):
                    raise ValidationError(
                        f"values[{column!r}][{wording!r}]",
                        value,
                        f"is not one of {sorted(allowed)}",
                    )

    @classmethod
    def default(cls) -> LedgerMapping:
        """The built-in mapping: the common wordings of headers and values."""
        headers = {wording_key(column): column for column in LEDGER_COLUMNS}
        for column, wordings in _HEADERS.items():
            headers.update((wording_key(w), column) for w in wordings)
        values = {
            "outcome": _values_table(_OUTCOMES, (o.value for o in PetitionOutcome)),
            "competence": _values_table(_competence_wordings(), (c.value for c in Competence)),
        }
        return cls(headers, values)

    def extended(
        self,
        *,
        headers: Mapping[str, str] | None = None,
        values: Mapping[str, Mapping[str, str | None]] | None = None,
    ) -> LedgerMapping:
        """This mapping with a user's wordings added (a user's wording wins over a built-in).

        Args:
            headers: Header wording → column (``{"Ý kiến cử tri": "content"}``).
            values: Column → wording → value (``{"outcome": {"Xong": "resolved"}}``).

        Raises:
            ValidationError: A column or value the library does not have.
        """
        new_headers = dict(self.headers)
        new_headers.update((wording_key(k), v) for k, v in (headers or {}).items())
        new_values = {column: dict(table) for column, table in self.values.items()}
        for column, table in (values or {}).items():
            if not isinstance(table, Mapping):
                raise ValidationError(f"values[{column!r}]", table, "must map wordings to values")
            new_values.setdefault(column, {}).update((wording_key(k), v) for k, v in table.items())
        return LedgerMapping(new_headers, new_values)

    @classmethod
    def from_json(cls, path: str | Path) -> LedgerMapping:
        """The built-in mapping extended with a user's JSON file.

        The file holds ``{"headers": {wording: column}, "values": {column: {wording:
        value}}}``; a value ``null`` marks an outcome wording meaning "not answered yet".

        Raises:
            DataError: The file is not such a JSON object (the problem named).
            ValidationError: It names a column or a value the library does not have.
        """
        try:
            doc = json.loads(Path(path).read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise DataError([Problem("$", f"cannot read the mapping: {exc}")], str(path)) from None
        if not isinstance(doc, dict) or set(doc) - {"headers", "values"}:
            problem = Problem("$", 'expected {"headers": {...}, "values": {...}} only')
            raise DataError([problem], str(path))
        return cls.default().extended(headers=doc.get("headers"), values=doc.get("values"))

    def column(self, header: object) -> str | None:
        """The column a header means, or None for a header the mapping does not know."""
        if not isinstance(header, str):
            return None
        return self.headers.get(wording_key(header))

    def value(self, column: str, wording: str) -> str | None:
        """The library's value for a wording of ``column`` (None: unknown, or unanswered).

        :meth:`knows` tells an unknown wording from one meaning "not answered yet".
        """
        return self.values.get(column, {}).get(wording_key(wording))

    def knows(self, column: str, wording: str) -> bool:
        """Whether the mapping has this wording for ``column``."""
        return wording_key(wording) in self.values.get(column, {})


_ENUMS: dict[str, type[Competence] | type[PetitionOutcome]] = {
    "outcome": PetitionOutcome,
    "competence": Competence,
}
_TEXT_COLUMNS = ("id", "content", "session", "sector", "agency", "unit", "province")


def _letter(index: int) -> str:
    """The spreadsheet letter of a 0-based column index (0 → A, 26 → AA)."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


class _Progress:
    """A progress line on standard error, drawn only when it is a terminal."""

    def __init__(self, label: str, total: int, enabled: bool | None) -> None:
        self.label = label
        self.total = total
        self.enabled = sys.stderr.isatty() if enabled is None else enabled

    def update(self, done: int) -> None:
        if self.enabled and (done % _PROGRESS_EVERY == 0 or done == self.total):
            width = 30
            filled = width * done // max(self.total, 1)
            bar = "#" * filled + "-" * (width - filled)
            sys.stderr.write(f"\r{self.label} [{bar}] {done:,}/{self.total:,}")
            if done == self.total:
                sys.stderr.write("\n")
            sys.stderr.flush()


# A table read from a file: (sheet name or None, the row number of each row, the rows).
_Table = tuple[str | None, list[int], list[list[Any]]]


def _spreadsheet_tables(path: Path, sheet: str | None) -> list[_Table]:
    try:
        from python_calamine import CalamineWorkbook
    except ImportError as exc:  # pragma: no cover - the extra is installed in the test env
        raise ImportError(
            "reading .xlsx/.ods ledgers needs python-calamine: pip install 'tayho_coord[ledger]'"
        ) from exc
    try:
        book = CalamineWorkbook.from_path(str(path))
    except Exception as exc:  # calamine's own errors have no common base class
        raise DataError([Problem("$", f"not a readable spreadsheet: {exc}")], str(path)) from None
    names = list(book.sheet_names)
    if sheet is not None and sheet not in names:
        problem = Problem("$", f"no sheet {sheet!r}; the sheets are {names}")
        raise DataError([problem], str(path))
    tables: list[_Table] = []
    for name in [sheet] if sheet is not None else names:
        rows = book.get_sheet_by_name(name).to_python(skip_empty_area=False)
        tables.append((name, list(range(1, len(rows) + 1)), rows))
    return tables


def _csv_table(path: Path, mapping: LedgerMapping) -> _Table:
    """The rows of a CSV file, split at the delimiter under which a header row is found."""
    try:
        text = path.read_bytes().decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        problem = Problem("$", f"not UTF-8 text ({exc.reason} at byte {exc.start})")
        raise DataError([problem], str(path)) from None
    best: _Table | None = None
    for delimiter in (",", ";", "\t"):
        reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
        numbers: list[int] = []
        rows: list[list[Any]] = []
        for row in reader:
            rows.append(row)
            numbers.append(reader.line_num)
        if best is None or _find_header(rows, mapping) is not None:
            best = (None, numbers, rows)
            if _find_header(rows, mapping) is not None:
                break
    assert best is not None
    return best


def _parquet_table(path: Path) -> _Table:
    import polars as pl

    frame = pl.read_parquet(path, hive_partitioning=path.is_dir())
    rows = [list(frame.columns), *(list(r) for r in frame.iter_rows())]
    # Row 1 stands for the header (the column names): petitions are numbered from 2, as in a
    # spreadsheet, and row n is the (n - 1)th row of the file.
    return (None, list(range(1, len(rows) + 1)), rows)


def _find_header(rows: list[list[Any]], mapping: LedgerMapping) -> int | None:
    """The index of the first row with two or more known headers, outcome among them."""
    for index, row in enumerate(rows[:_HEADER_SEARCH]):
        columns = [mapping.column(cell) for cell in row]
        if "outcome" in columns and sum(c is not None for c in columns) >= 2:
            return index
    return None


_NUMBERING = re.compile(r"\(?\d{1,2}\)?")


def _is_numbering(row: list[Any]) -> bool:
    """A row of column numbers under a header ("(1)", "(2)"… or 1, 2…), as tables have."""
    cells = [c for c in row if c not in (None, "")]
    return bool(cells) and all(
        (isinstance(c, str) and _NUMBERING.fullmatch(c.strip()))
        or (isinstance(c, (int, float)) and not isinstance(c, bool) and 0 < c < 100 and c == int(c))
        for c in cells
    )


def _blank(cell: object) -> bool:
    return cell is None or (isinstance(cell, str) and not cell.strip())


def _cell_text(cell: object) -> str:
    if isinstance(cell, float) and cell.is_integer():
        return str(int(cell))
    return str(cell)


def _convert(column: str, cell: object, mapping: LedgerMapping) -> tuple[object, str | None]:
    """The cell's value for ``column``, or the reason it is refused."""
    if _blank(cell):
        return None, None
    if column in _ENUMS:
        if not isinstance(cell, str):
            return None, f"expected a wording, got {_cell_text(cell)!r}"
        if not mapping.knows(column, cell):
            return None, f"not a wording of {column} the mapping knows"
        return mapping.value(column, cell), None
    if column == "year":
        if isinstance(cell, bool):
            return None, "expected a year"
        if isinstance(cell, int) or (isinstance(cell, float) and cell.is_integer()):
            return int(cell), None
        if isinstance(cell, str) and re.fullmatch(r"\s*\d{4}\s*", cell):
            return int(cell), None
        return None, "expected a year (four digits)"
    if column == "received":
        if isinstance(cell, dt.datetime):
            return cell.date(), None
        if isinstance(cell, dt.date):
            return cell, None
        if isinstance(cell, str):
            try:
                return parse_date(cell), None
            except ParseError as exc:
                return None, f"not a date ({exc.reason})"
        return None, "expected a date"
    return " ".join(_cell_text(cell).split()), None


def _map_table(
    table: _Table,
    mapping: LedgerMapping,
    where: str,
    problems: list[Problem],
    progress: bool | None,
) -> dict[str, list[Any]] | None:
    sheet, numbers, rows = table
    header_at = _find_header(rows, mapping)
    if header_at is None:
        return None
    header = rows[header_at]
    columns: dict[int, str] = {}
    for index, cell in enumerate(header):
        column = mapping.column(cell)
        if column is None:
            continue
        if column in columns.values():
            first = next(i for i, c in columns.items() if c == column)
            problems.append(
                Problem(
                    _place(sheet, numbers[header_at], index),
                    f"header {cell!r} means {column!r}, as {header[first]!r} in column"
                    f" {_letter(first)} does: one column each",
                )
            )
            continue
        columns[index] = column
    out: dict[str, list[Any]] = {c: [] for c in (*columns.values(), "sheet", "row")}
    body = range(header_at + 1, len(rows))
    bar = _Progress(f"{where}{'' if sheet is None else f' [{sheet}]'}", len(body), progress)
    for done, r in enumerate(body, 1):
        row = rows[r]
        bar.update(done)
        if all(_blank(c) for c in row) or (r == header_at + 1 and _is_numbering(row)):
            continue
        for index, column in columns.items():
            cell = row[index] if index < len(row) else None
            value, reason = _convert(column, cell, mapping)
            if reason is not None:
                problems.append(
                    Problem(
                        _place(sheet, numbers[r], index),
                        f"column {header[index]!r}: {_cell_text(cell)!r}: {reason}",
                    )
                )
            out[column].append(value)
        out["sheet"].append(sheet)
        out["row"].append(numbers[r])
    return out


def _place(sheet: str | None, row: int, index: int) -> str:
    """Where a cell is: ``'Tổng hợp'!E7`` in a spreadsheet, ``row 7, column E`` otherwise."""
    if sheet is None:
        return f"row {row}, column {_letter(index)}"
    return f"{sheet!r}!{_letter(index)}{row}"


def read_ledger(
    path: str | Path,
    mapping: LedgerMapping | None = None,
    *,
    sheet: str | None = None,
    progress: bool | None = None,
) -> pl.DataFrame:
    r"""Read a petition ledger whole, every row mapped onto the model's columns and values.

    The header row is the first (of the first 30) with at least two known headers, the
    outcome's among them: a title above it is passed over, and a row of column numbers just
    under it ("(1)", "(2)"…) too; wholly empty rows are not petitions. Every sheet with a
    header row is read (or only ``sheet``). Columns the mapping does not know ("Ghi chú")
    are not read.

    Args:
        path: An .xlsx, .xls, .ods, .csv (comma, semicolon or tab; UTF-8) or Parquet file.
        mapping: The wordings to use; :meth:`LedgerMapping.default` when None.
        sheet: The one sheet to read, by name.
        progress: Show a progress bar on standard error; by default only when it is a
            terminal.

    Returns:
        A polars frame with one row per petition: the columns found among
        :data:`LEDGER_COLUMNS` (outcome and competence as the library's values, received a
        date, year an integer; a year taken from the date when only a date is given), and
        ``source``, ``sheet`` and ``row``, where each petition was read.

    Raises:
        DataError: Every cell that does not map, each named by its sheet, row and column
            (``'Tổng hợp'!E7``) with its header and value; or no header row found; or a file
            that cannot be read.

    Examples:
        >>> import tempfile, pathlib
        >>> folder = pathlib.Path(tempfile.mkdtemp())
        >>> _ = (folder / "so.csv").write_text(
        ...     "STT;Nội dung kiến nghị;Kết quả giải quyết;Năm\n"
        ...     "1;Sửa đường;Đã giải quyết;2024\n2;Đèn chiếu sáng;đang  giải quyết;2024\n",
        ...     encoding="utf-8")
        >>> read_ledger(folder / "so.csv", progress=False).select("id", "outcome", "row").rows()
        [('1', 'resolved', 2), ('2', 'in_progress', 3)]
    """
    import polars as pl

    mapping = LedgerMapping.default() if mapping is None else mapping
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix in (".xlsx", ".xlsm", ".xls", ".ods"):
        tables = _spreadsheet_tables(path, sheet)
    elif suffix in (".csv", ".tsv", ".txt"):
        tables = [_csv_table(path, mapping)]
    elif suffix == ".parquet" or path.is_dir():
        tables = [_parquet_table(path)]
    else:
        problem = Problem("$", "not a ledger file: expected .xlsx, .xls, .ods, .csv or .parquet")
        raise DataError([problem], str(path))
    problems: list[Problem] = []
    parts = []
    for table in tables:
        mapped = _map_table(table, mapping, path.name, problems, progress)
        if mapped is not None:
            parts.append(mapped)
    if not parts and not problems:
        heads = ", ".join(sorted(wording_key(w) for w in _HEADERS["outcome"])[:3])
        problem = Problem(
            "$",
            f"no header row found (two known headers or more, one the outcome's, such as"
            f" {heads}…); map your headers with a mapping",
        )
        raise DataError([problem], str(path))
    if problems:
        raise DataError(problems, str(path))
    schema = {
        "id": pl.String,
        "content": pl.String,
        "received": pl.Date,
        "year": pl.Int64,
        **dict.fromkeys(("session", "sector", "agency", "unit", "province"), pl.String),
        "competence": pl.String,
        "outcome": pl.String,
        "sheet": pl.String,
        "row": pl.Int64,
    }
    frames = [
        pl.DataFrame(part, schema={c: schema[c] for c in part}, strict=False) for part in parts
    ]
    frame = pl.concat(frames, how="diagonal") if len(frames) > 1 else frames[0]
    if "year" not in frame.columns and "received" in frame.columns:
        frame = frame.with_columns(pl.col("received").dt.year().cast(pl.Int64).alias("year"))
    order = [c for c in LEDGER_COLUMNS if c in frame.columns]
    return frame.select(*order, pl.lit(str(path)).alias("source"), "sheet", "row")


def scan_ledger(
    paths: str | Path | Sequence[str | Path], mapping: LedgerMapping | None = None
) -> pl.LazyFrame:
    """Open Parquet or CSV ledgers lazily, of any size, their headers mapped.

    Only the schema is read: a folder of Parquet files (``year=2024/…`` partitions too) or
    CSV files become one polars ``LazyFrame`` whose columns the mapping knows are renamed to
    :data:`LEDGER_COLUMNS` (others are left out). The values stay as written: pass the same
    mapping to :func:`tayho_coord.metrics.petition_rates`, which maps them on the distinct
    values it counts, at no cost per row, and names every wording it does not know.

    Args:
        paths: Parquet or CSV files, or folders of Parquet files.
        mapping: The wordings to use; :meth:`LedgerMapping.default` when None.

    Raises:
        DataError: A file of another kind, a folder without Parquet files, or headers that
            map two columns onto one, or none onto the outcome.
    """
    import polars as pl

    mapping = LedgerMapping.default() if mapping is None else mapping
    given = [paths] if isinstance(paths, (str, Path)) else list(paths)
    frames = []
    for item in map(Path, given):
        if item.is_dir():
            if not any(item.rglob("*.parquet")):
                raise DataError([Problem("$", "no Parquet files in this folder")], str(item))
            frame = pl.scan_parquet(item / "**" / "*.parquet", hive_partitioning=True)
        elif item.suffix.lower() == ".parquet":
            frame = pl.scan_parquet(item)
        elif item.suffix.lower() == ".csv":
            frame = pl.scan_csv(item)
        else:
            problem = Problem("$", "scan_ledger reads Parquet and CSV; read_ledger the others")
            raise DataError([problem], str(item))
        names = frame.collect_schema().names()
        renames: dict[str, str] = {}
        problems = []
        for name in names:
            column = mapping.column(name)
            if column is None:
                continue
            if column in renames.values():
                problems.append(Problem(f"$.{name}", f"a second column meaning {column!r}"))
            renames[name] = column
        if "outcome" not in renames.values():
            problems.append(
                Problem("$", f"no column the mapping reads as the outcome among {names}")
            )
        if problems:
            raise DataError(problems, str(item))
        frames.append(frame.select(pl.col(n).alias(c) for n, c in renames.items()))
    if not frames:
        raise DataError([Problem("$", "no ledger given")])
    return pl.concat(frames, how="diagonal_relaxed") if len(frames) > 1 else frames[0]
