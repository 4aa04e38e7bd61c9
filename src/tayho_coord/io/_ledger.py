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
import functools
import io
import json
import re
import sys
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal, NamedTuple

from attrs import field, frozen

from tayho_coord.errors import DataError, ParseError, Problem, ValidationError
from tayho_coord.model._petition_reports import OutcomeScale
from tayho_coord.model._petitions import Competence, PetitionOutcome
from tayho_coord.vi import normalize, parse_date

if TYPE_CHECKING:
    import polars as pl

__all__ = [
    "LEDGER_COLUMNS",
    "LedgerMapping",
    "ledger_place",
    "read_ledger",
    "scan_ledger",
    "wording_key",
]

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
# The columns of a scan that say where a row is, before they take their public names.
_ROW = "__tayho_coord_row__"
_SOURCE = "__tayho_coord_source__"
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


@functools.lru_cache(maxsize=4096)
def wording_key(text: str) -> str:
    """The form two wordings share when they differ only in case, tone placement or spaces.

    Tone marks are placed in one convention (:func:`tayho_coord.vi.normalize`), letters
    lower-cased, and runs of white space (non-breaking spaces, line breaks in a cell)
    made one space, none at either end. Keys are kept for the last 4096 wordings asked: a
    ledger repeats its headers in every file and its values in every group.

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


def _copy_levels(given: Mapping[str, str | None]) -> dict[str, str | None]:
    return dict(given)


def _check_scale(instance: object, attribute: object, value: Any) -> None:
    if value is not None and not isinstance(value, OutcomeScale):
        raise ValidationError("scale", value, "must be an OutcomeScale or None")


@frozen
class LedgerMapping:
    """Which ledger header means which column, and which wording which value.

    Keys are stored in their :func:`wording_key` form, so a mapping matches a wording
    whatever its case, tone placement or spacing. ``headers`` maps a header to one of
    :data:`LEDGER_COLUMNS`; ``values`` maps, for ``outcome`` and ``competence``, a wording to
    the library's value (``None``: not answered yet, for an outcome).

    With a ``scale`` (an :class:`~tayho_coord.model.OutcomeScale`, the source's own levels
    and what each counts as), the outcome column is read onto the scale's levels: each
    level's label and code are its wordings, ``levels`` adds a user's (wording → level
    code), and a level's outcome is the one its ``maps_to`` says, explicitly. The built-in
    outcome wordings, which name the library's own outcomes, do not apply then; those
    meaning "not answered yet" still do.

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
    scale: OutcomeScale | None = field(default=None, validator=_check_scale)
    levels: Mapping[str, str | None] = field(factory=dict, converter=_copy_levels)
    # The outcome's wordings with a scale: wording key → level code (None: not answered).
    _on_scale: dict[str, str | None] = field(init=False, repr=False, eq=False)

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
        on_scale: dict[str, str | None] = {}
        if self.scale is None:
            if self.levels:
                raise ValidationError("levels", dict(self.levels), "levels need a scale")
        else:
            codes = [level.code for level in self.scale.levels]
            # "Not answered yet" keeps its wordings; the library's own outcomes give way.
            for wording, value in self.values.get("outcome", {}).items():
                if value is None:
                    on_scale[wording] = None
            for level in self.scale.levels:
                on_scale[wording_key(level.label)] = level.code
                on_scale[wording_key(level.code)] = level.code
            for wording, code in self.levels.items():
                if code is not None and code not in codes:
                    raise ValidationError(
                        f"levels[{wording!r}]",
                        code,
                        f"is not a level of the scale {self.scale.id}: {', '.join(codes)}",
                    )
                on_scale[wording_key(wording)] = code
        object.__setattr__(self, "_on_scale", on_scale)

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
        scale: OutcomeScale | None = None,
        levels: Mapping[str, str | None] | None = None,
    ) -> LedgerMapping:
        """This mapping with a user's wordings added (a user's wording wins over a built-in).

        Args:
            headers: Header wording → column (``{"Ý kiến cử tri": "content"}``).
            values: Column → wording → value (``{"outcome": {"Xong": "resolved"}}``).
            scale: The outcome scale to read the outcome column onto (replacing this
                mapping's, if it has one).
            levels: With a scale, wording → level code (``{"Xong hẳn": "giai-quyet-xong"}``;
                None: not answered yet).

        Raises:
            ValidationError: A column, value or level the library or the scale does not
                have, or an outcome wording mapped onto a library outcome beside a scale
                (map it onto a level).

        Examples:
            >>> from tayho_coord.model import OutcomeLevel, OutcomeScale, PetitionOutcome
            >>> scale = OutcomeScale("hai-muc", "hai mức", (
            ...     OutcomeLevel("xong", "giải quyết xong", PetitionOutcome.RESOLVED),
            ...     OutcomeLevel("chua", "chưa giải quyết", PetitionOutcome.UNRESOLVED)))
            >>> m = LedgerMapping.default().extended(scale=scale, levels={"Đã xong": "xong"})
            >>> m.level("  GIẢI QUYẾT xong"), m.level("đã xong"), m.value("outcome", "Đã xong")
            ('xong', 'xong', 'resolved')
            >>> m.knows("outcome", "Đã giải quyết")  # the library's wording, not a level
            False
        """
        new_headers = dict(self.headers)
        new_headers.update((wording_key(k), v) for k, v in (headers or {}).items())
        new_values = {column: dict(table) for column, table in self.values.items()}
        for column, table in (values or {}).items():
            if not isinstance(table, Mapping):
                raise ValidationError(f"values[{column!r}]", table, "must map wordings to values")
            new_values.setdefault(column, {}).update((wording_key(k), v) for k, v in table.items())
        new_scale = self.scale if scale is None else scale
        if new_scale is not None:
            given = (values or {}).get("outcome", {})
            onto = [w for w, v in given.items() if v is not None]
            if onto:
                raise ValidationError(
                    "values['outcome']",
                    onto,
                    f"the outcome is read onto the scale {new_scale.id}: map these wordings"
                    " onto its levels (levels=…)",
                )
        new_levels = dict(self.levels) if scale is None else {}
        if levels is not None and not isinstance(levels, Mapping):
            raise ValidationError("levels", levels, "must map wordings to level codes")
        new_levels.update((wording_key(k), v) for k, v in (levels or {}).items())
        return LedgerMapping(new_headers, new_values, new_scale, new_levels)

    @classmethod
    def from_json(cls, path: str | Path) -> LedgerMapping:
        """The built-in mapping extended with a user's JSON file.

        The file holds ``{"headers": {wording: column}, "values": {column: {wording:
        value}}}``; a value ``null`` marks an outcome wording meaning "not answered yet". It
        may name an outcome scale, as data files write one (``"scale": {"id": …, "label":
        …, "levels": [{"code": …, "label": …, "maps_to": "resolved"}, …]}``), and its own
        wordings of the levels (``"levels": {wording: code}``).

        Raises:
            DataError: The file is not such a JSON object, or its scale is not a scale (every
                problem named, with its JSON path).
            ValidationError: It names a column, a value or a level the library or the scale
                does not have.
        """
        try:
            doc = json.loads(Path(path).read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise DataError([Problem("$", f"cannot read the mapping: {exc}")], str(path)) from None
        if not isinstance(doc, dict) or set(doc) - {"headers", "values", "scale", "levels"}:
            problem = Problem(
                "$", 'expected {"headers": {...}, "values": {...}, "scale": {...}, "levels": {...}}'
            )
            raise DataError([problem], str(path))
        scale = None
        if doc.get("scale") is not None:
            from tayho_coord.io._converter import structure_as

            scale = structure_as(doc["scale"], OutcomeScale, "$.scale", str(path))
        return cls.default().extended(
            headers=doc.get("headers"),
            values=doc.get("values"),
            scale=scale,
            levels=doc.get("levels"),
        )

    def column(self, header: object) -> str | None:
        """The column a header means, or None for a header the mapping does not know."""
        if not isinstance(header, str):
            return None
        return self.headers.get(wording_key(header))

    def value(self, column: str, wording: str) -> str | None:
        """The library's value for a wording of ``column`` (None: unknown, or unanswered).

        With a scale, an outcome's value is its level's ``maps_to``. :meth:`knows` tells an
        unknown wording from one meaning "not answered yet".
        """
        if column == "outcome" and self.scale is not None:
            code = self.level(wording)
            if code is None:
                return None
            counted = self.scale.level(code).maps_to
            return None if counted is None else counted.value
        return self.values.get(column, {}).get(wording_key(wording))

    def knows(self, column: str, wording: str) -> bool:
        """Whether the mapping has this wording for ``column``."""
        if column == "outcome" and self.scale is not None:
            return wording_key(wording) in self._on_scale
        return wording_key(wording) in self.values.get(column, {})

    def level(self, wording: str) -> str | None:
        """The code of the scale's level an outcome wording names (None: none, unanswered)."""
        return self._on_scale.get(wording_key(wording))

    def counted_as(self, outcome: PetitionOutcome = PetitionOutcome.RESOLVED) -> tuple[str, ...]:
        """What a count of ``outcome`` takes in: its scale's levels (labels), explicitly.

        Without a scale, the outcome itself (its label).

        Examples:
            >>> LedgerMapping.default().counted_as()
            ('đã giải quyết xong',)
        """
        if self.scale is None:
            return (outcome.label,)
        return tuple(level.label for level in self.scale.levels if level.maps_to is outcome)

    def resolved_note(self) -> str | None:
        """The sentence that says what the rates counted as resolved, with a scale; or None.

        Examples:
            >>> from tayho_coord.model import OutcomeLevel, OutcomeScale, PetitionOutcome
            >>> scale = OutcomeScale("hai-muc", "thang hai mức", (
            ...     OutcomeLevel("xong", "giải quyết xong", PetitionOutcome.RESOLVED),
            ...     OutcomeLevel("chua", "chưa giải quyết", PetitionOutcome.UNRESOLVED)))
            >>> LedgerMapping.default().extended(scale=scale).resolved_note()
            'Tính là đã giải quyết: mức “giải quyết xong” (thang hai mức, mã hai-muc).'
        """
        if self.scale is None:
            return None
        labels = self.counted_as(PetitionOutcome.RESOLVED)
        quoted = ", ".join(f"“{label}”" for label in labels)
        what = (
            "không mức nào"
            if not labels
            else f"mức {quoted}"
            if len(labels) == 1
            else f"các mức {quoted}"
        )
        return f"Tính là đã giải quyết: {what} ({self.scale.label}, mã {self.scale.id})."


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


class Ticker:
    r"""A line on standard error telling how long a read has run, drawn only on a terminal.

    For a read whose progress an engine does not report (a lazy frame counted in one pass):
    from ``after`` seconds on, every ``every`` seconds, ``\\r<label> ... 12 s``; the line is
    ended (`` done``) when the read ends. Nothing is drawn when standard error is not a terminal (or
    ``enabled`` is False), nor for a read shorter than ``after``.
    """

    def __init__(
        self, label: str, enabled: bool | None = None, *, after: float = 1.0, every: float = 0.5
    ) -> None:
        import threading

        self.label = label
        self.enabled = sys.stderr.isatty() if enabled is None else enabled
        self.after = after
        self.every = every
        self._done = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self.drawn = False

    def _run(self) -> None:
        import time

        start = time.monotonic()
        if self._done.wait(self.after):
            return
        while True:
            sys.stderr.write(f"\r{self.label} ... {time.monotonic() - start:,.0f} s")
            sys.stderr.flush()
            self.drawn = True
            if self._done.wait(self.every):
                return

    def __enter__(self) -> Ticker:
        if self.enabled:
            self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        if self.enabled:
            self._done.set()
            self._thread.join()
            if self.drawn:
                sys.stderr.write(" done\n")
                sys.stderr.flush()


class _Table(NamedTuple):
    """A table read from a file."""

    sheet: str | None
    numbers: list[int]  # the number of each row, as the clerk finds it
    rows: list[list[Any]]
    source: str  # the file
    indexed: bool = False  # Parquet: rows by their index in the file, from 0


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
        tables.append(_Table(name, list(range(1, len(rows) + 1)), rows, str(path)))
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
            best = _Table(None, numbers, rows, str(path))
            if _find_header(rows, mapping) is not None:
                break
    assert best is not None
    return best


def _parquet_tables(path: Path) -> list[_Table]:
    """Each Parquet file (of a folder, with its partition folders' values) as a table."""
    import polars as pl

    if not path.is_dir():
        files: list[tuple[Path, Path | None]] = [(path, None)]
    else:
        files = [(f, path) for f in sorted(path.rglob("*.parquet"))]
        if not files:
            raise DataError([Problem("$", "no Parquet files in this folder")], str(path))
    tables = []
    for file, folder in files:
        frame = pl.read_parquet(file).with_columns(
            pl.lit(value).alias(key) for key, value in _partitions(file, folder).items()
        )
        rows = [list(frame.columns), *(list(r) for r in frame.iter_rows())]
        # The header stands first (-1); each row is numbered by its index in the file.
        tables.append(_Table(None, list(range(-1, len(rows) - 1)), rows, str(file), True))
    return tables


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
    sheet, numbers, rows = table.sheet, table.numbers, table.rows

    def place(r: int, index: int) -> str:
        if table.indexed:  # a Parquet row, by its index in the file; its column by name
            return f"{table.source} {'header' if r < 0 else f'row index {r}'}"
        return _place(sheet, r, index)

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
                    place(numbers[header_at], index),
                    f"header {cell!r} means {column!r}, as {header[first]!r} in column"
                    f" {_letter(first)} does: one column each",
                )
            )
            continue
        columns[index] = column
    out: dict[str, list[Any]] = {c: [] for c in (*columns.values(), "sheet", "row")}
    out["source"] = []
    # With a scale, the outcome is read onto its levels: the level's code is kept too.
    levels = mapping.scale is not None and "outcome" in out
    if levels:
        out["level"] = []
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
                        place(numbers[r], index),
                        f"column {header[index]!r}: {_cell_text(cell)!r}: {reason}",
                    )
                )
            out[column].append(value)
            if levels and column == "outcome":
                known = reason is None and isinstance(cell, str)
                out["level"].append(
                    mapping.level(cell) if known and isinstance(cell, str) else None
                )
        out["sheet"].append(sheet)
        out["row"].append(numbers[r])
        out["source"].append(table.source)
    return out


def ledger_place(source: object, sheet: object, row: object) -> str:
    """Where a petition of a ledger is, as the clerk finds it: file, sheet and row.

    A spreadsheet's row counts the header as the spreadsheet numbers it (``so.xlsx 'Quý
    I' row 7``), a CSV file's is its line; a Parquet file's is the row's index in the file,
    from 0 (``nam=2024/0.parquet row index 12``), as polars and DuckDB number them.

    Examples:
        >>> ledger_place("so.xlsx", "Quý I", 7), ledger_place("a/0.parquet", None, 12)
        ("so.xlsx 'Quý I' row 7", 'a/0.parquet row index 12')
    """
    where = "" if source is None else f"{source} "
    if sheet is not None:
        where += f"{str(sheet)!r} "
    index = isinstance(source, str) and source.lower().endswith(".parquet")
    return f"{where}{'row index' if index else 'row'} {row}"


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
        date, year an integer; a year taken from the date when only a date is given), with
        a mapping's scale ``level`` (the code of the scale's level each outcome names), and
        ``source``, ``sheet`` and ``row``, where each petition was read: its file, its sheet,
        and its row as the clerk finds it (a spreadsheet's row number, a CSV file's line, a
        Parquet row's index in its file, from 0).

    Raises:
        DataError: Every cell that does not map, each named by its sheet, row and column
            (``'Tổng hợp'!E7``; a Parquet row by its file and index, ``…/0.parquet row index
            4``) with its header and value; or no header row found; or a file that cannot be
            read.

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
        tables = _parquet_tables(path)
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
        "level": pl.String,
        "sheet": pl.String,
        "row": pl.Int64,
        "source": pl.String,
    }
    frames = [
        pl.DataFrame(part, schema={c: schema[c] for c in part}, strict=False) for part in parts
    ]
    frame = pl.concat(frames, how="diagonal") if len(frames) > 1 else frames[0]
    if "year" not in frame.columns and "received" in frame.columns:
        frame = frame.with_columns(pl.col("received").dt.year().cast(pl.Int64).alias("year"))
    order = [c for c in (*LEDGER_COLUMNS, "level") if c in frame.columns]
    return frame.select(*order, "source", "sheet", "row")


def scan_ledger(
    paths: str | Path | Sequence[str | Path],
    mapping: LedgerMapping | None = None,
    *,
    engine: Literal["polars", "duckdb"] = "polars",
    connection: Any = None,
) -> Any:
    """Open Parquet or CSV ledgers lazily, of any size, their headers mapped.

    Only the files' schemas are read: folders of Parquet files (``nam=2024/…`` partitions
    too, their values as columns: whole numbers as integers), Parquet files or CSV files
    become one lazy frame whose columns the mapping knows are renamed to
    :data:`LEDGER_COLUMNS` (others are left out), with two more that say where each
    petition is: ``source`` (its file) and ``row`` (a Parquet row's index in its file, from
    0; a CSV row's line, the header being line 1). The values stay as written: pass the same
    mapping to :func:`tayho_coord.metrics.petition_rates`, which maps them on the distinct
    values it counts, at no cost per row, and names every row holding a wording it does not
    know, by file and row (:func:`ledger_place`).

    Args:
        paths: Parquet or CSV files, or folders of Parquet files.
        mapping: The wordings to use; :meth:`LedgerMapping.default` when None.
        engine: ``"polars"``: a polars ``LazyFrame`` (the ``ledger`` extra); ``"duckdb"``:
            a DuckDB relation (Parquet only; the ``duckdb`` extra), on ``connection`` or
            a new in-memory database.
        connection: The DuckDB connection to use, with ``engine="duckdb"``.

    Raises:
        DataError: A file of another kind, a folder without Parquet files, or a file whose
            headers map two columns onto one, or none onto the outcome (every file's
            problems at once).
        ValidationError: An engine the library does not have.
    """
    if engine not in ("polars", "duckdb"):
        raise ValidationError("engine", engine, "is 'polars' or 'duckdb'")
    mapping = LedgerMapping.default() if mapping is None else mapping
    given = [paths] if isinstance(paths, (str, Path)) else list(paths)
    if not given:
        raise DataError([Problem("$", "no ledger given")])
    # Each file, with the folder its partition values are read below (None: none).
    files: list[tuple[Path, Path | None]] = []
    for item in map(Path, given):
        if item.is_dir():
            found = sorted(item.rglob("*.parquet"))
            if not found:
                raise DataError([Problem("$", "no Parquet files in this folder")], str(item))
            files.extend((f, item) for f in found)
        elif item.suffix.lower() == ".parquet" or (
            item.suffix.lower() == ".csv" and engine == "polars"
        ):
            files.append((item, None))
        else:
            reads = "Parquet and CSV" if engine == "polars" else "Parquet (CSV: engine='polars')"
            problem = Problem("$", f"scan_ledger reads {reads}; read_ledger the others")
            raise DataError([problem], str(item))
    if engine == "duckdb":
        return _scan_duckdb(files, mapping, connection)
    return _scan_polars(files, mapping)


def _partitions(path: Path, folder: Path | None) -> dict[str, str]:
    """The ``key=value`` folders between ``folder`` and the file (hive partitions)."""
    if folder is None:
        return {}
    parts = path.relative_to(folder).parts[:-1]
    return dict(part.split("=", 1) for part in parts if "=" in part and part.index("=") > 0)


def _renames(names: Sequence[str], mapping: LedgerMapping, where: str) -> dict[str, str]:
    """Each header of a file the mapping knows, and its column; the problems raised."""
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
        problems.append(Problem("$", f"no column the mapping reads as the outcome among {names}"))
    if problems:
        raise DataError(problems, where)
    return renames


def _scan_polars(files: list[tuple[Path, Path | None]], mapping: LedgerMapping) -> pl.LazyFrame:
    import polars as pl

    # Parquet files of the same columns and types under one folder are scanned as one (a scan
    # a file would hold a buffer a file: memory would grow with the files); each row's index
    # in its own file is the scan's row index less the rows of the files before it, counted
    # from their footers. A CSV file is a scan of its own, its rows by line.
    groups: dict[tuple[Path | None, tuple[tuple[str, str], ...]], list[Path]] = {}
    scans: list[tuple[pl.LazyFrame, str, Any]] = []
    failures: list[Problem] = []
    for path, folder in files:
        if path.suffix.lower() == ".csv":
            frame = pl.scan_csv(
                path, row_index_name=_ROW, row_index_offset=2, include_file_paths=_SOURCE
            )
            scans.append((frame, str(path), pl.col(_ROW)))
            continue
        try:
            schema = tuple((n, str(t)) for n, t in pl.read_parquet_schema(path).items())
        except Exception as exc:  # polars' own errors have no common base class
            failures.append(Problem(f"{path}: $", f"not a readable Parquet file: {exc}"))
            continue
        groups.setdefault((folder, schema), []).append(path)
    for (folder, _), paths in groups.items():
        counts = [pl.scan_parquet(p).select(pl.len()).collect().item() for p in paths]
        offsets = {str(p): sum(counts[:i]) for i, p in enumerate(paths)}
        frame = pl.scan_parquet(
            [str(p) for p in paths],
            row_index_name=_ROW,
            include_file_paths=_SOURCE,
            hive_partitioning=folder is not None,
        )
        first = offsets if len(paths) > 1 else None
        row = pl.col(_ROW).cast(pl.Int64)
        if first is not None:
            row = row - pl.col(_SOURCE).replace_strict(first, return_dtype=pl.Int64)
        scans.append((frame, ", ".join(map(str, paths)), row))
    frames = []
    for frame, where, row in scans:
        headers = [n for n in frame.collect_schema().names() if n not in (_ROW, _SOURCE)]
        try:
            renames = _renames(headers, mapping, where)
        except DataError as exc:
            failures.extend(Problem(f"{where}: {p.path}", p.message) for p in exc.problems)
            continue
        frames.append(
            frame.select(
                *(pl.col(n).alias(c) for n, c in renames.items()),
                pl.col(_SOURCE).alias("source"),
                row.cast(pl.Int64).alias("row"),
            )
        )
    if failures:
        raise DataError(failures, f"{len(files)} ledger files")
    return pl.concat(frames, how="diagonal_relaxed") if len(frames) > 1 else frames[0]


def _top_level(elements: list[tuple[str, int]]) -> list[str]:
    """The top-level column names of a Parquet schema, its elements in depth-first order.

    The first element is the schema's root; an element's children follow it, each with
    their own (a nested column's parts are not columns of the ledger).
    """
    names: list[str] = []
    at = 1

    def past(i: int) -> int:
        children = elements[i][1]
        i += 1
        for _ in range(children):
            i = past(i)
        return i

    for _ in range(elements[0][1] if elements else 0):
        names.append(elements[at][0])
        at = past(at)
    return names


def _scan_duckdb(
    files: list[tuple[Path, Path | None]], mapping: LedgerMapping, connection: Any
) -> Any:
    try:
        import duckdb
    except ImportError as exc:  # pragma: no cover - the extra is installed in the test env
        raise ImportError(
            "engine='duckdb' needs DuckDB: pip install 'tayho_coord[duckdb]'"
        ) from exc

    con = duckdb.connect() if connection is None else connection

    def quoted(name: str) -> str:
        return '"' + name.replace('"', '""') + '"'

    def text(value: str) -> str:
        return "'" + value.replace("'", "''") + "'"

    # The headers of each file (one read of every file's schema), mapped; the same column
    # may be worded differently from one file to another: its wordings are coalesced.
    listed = ", ".join(text(str(path)) for path, _ in files)
    elements: dict[str, list[tuple[str, int]]] = {}
    for file, name, children in con.sql(
        f"SELECT file_name, name, num_children FROM parquet_schema([{listed}])"
    ).fetchall():
        elements.setdefault(file, []).append((name, children or 0))
    headers = {file: _top_level(found) for file, found in elements.items()}
    wordings: dict[str, list[str]] = {}
    failures: list[Problem] = []
    for path, _ in files:
        names = headers.get(str(path), [])
        try:
            renames = _renames(names, mapping, str(path))
        except DataError as exc:
            failures.extend(Problem(f"{path}: {p.path}", p.message) for p in exc.problems)
            continue
        for name, column in renames.items():
            if name not in wordings.setdefault(column, []):
                wordings[column].append(name)
    if failures:
        raise DataError(failures, f"{len(files)} ledger files")
    partitions = {key for path, folder in files for key in _partitions(path, folder)}
    for key in sorted(partitions):
        meant = mapping.column(key)
        if meant is not None and key not in wordings.setdefault(meant, []):
            wordings[meant].append(key)
    hive = "true" if partitions else "false"
    # Files of the same columns in the same order are read as one; others by their names.
    union = "true" if len({tuple(h) for h in headers.values()}) > 1 else "false"
    select = [
        (quoted(names[0]) if len(names) == 1 else f"coalesce({', '.join(map(quoted, names))})")
        + f" AS {column}"
        for column, names in wordings.items()
    ]
    return con.sql(
        f"SELECT {', '.join(select)}, filename AS source, file_row_number AS row"
        f" FROM read_parquet([{listed}], hive_partitioning = {hive}, union_by_name = {union},"
        " filename = true, file_row_number = true)"
    )
