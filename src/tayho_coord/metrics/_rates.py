"""Petition counts and resolution rates per group, over records or over any data frame.

One function serves analysts with a list of :class:`~tayho_coord.model.Petition` and analysts
with a data frame of millions of rows: polars, DuckDB, pyarrow and Dask frames are counted by
their own engine natively, any other frame narwhals reads (pandas, Modin, cuDF…) through
narwhals, each answered with a frame of its own library (``metrics/_engines.py``); a lazy frame is
read once, by its own engine (on one machine or many), and answered lazily. The engine does
one grouped count; the rest (mapping, checking, adding up) is defined once, here.
"""

from __future__ import annotations

import enum
import functools
import math
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from decimal import Decimal
from fractions import Fraction
from typing import TYPE_CHECKING, Any, overload

from tayho_coord.errors import DataError, Problem, ValidationError
from tayho_coord.io._ledger import LedgerMapping, Ticker, ledger_place
from tayho_coord.metrics._engines import engine_of
from tayho_coord.model._petitions import Petition, PetitionOutcome

if TYPE_CHECKING:
    from narwhals.typing import IntoFrameT

    from tayho_coord.metrics._engines import Engine

__all__ = ["GROUP_KEYS", "petition_rates"]

GROUP_KEYS: Mapping[str, str] = {
    "year": "received.year",
    "competence": "competence",
    "sector": "sector",
    "session": "session",
    "agency": "agency",
    "unit": "agency.unit",
}
"""The keys a list of petitions can be grouped by, and the attribute each one reads.

``year`` is the year the petition was received; ``unit`` is the unit of the responsible
agency. A missing link (no received date, no agency) groups under None.
"""

_COUNTS = ("received", "resolved", "answered")
# How many bad values of a column a frame's value check names at most.
_SHOWN = 5
_RATE = "resolution_rate"
# Column roles whose values are checked to be strings (or categories) in a frame.
_TEXT_ROLES = frozenset({"competence", "sector", "session", "agency", "unit", "outcome"})
_RESOLVED = PetitionOutcome.RESOLVED
_TMP_OUTCOME = "__tayho_coord_outcome__"


@overload
def petition_rates(
    data: Iterable[Petition],
    by: Sequence[str] = ...,
    *,
    columns: Mapping[str, str] | None = ...,
    mapping: LedgerMapping | None = ...,
    progress: bool | None = ...,
) -> list[dict[str, Any]]: ...


@overload
def petition_rates(
    data: IntoFrameT,
    by: Sequence[str] = ...,
    *,
    columns: Mapping[str, str] | None = ...,
    mapping: LedgerMapping | None = ...,
    progress: bool | None = ...,
) -> IntoFrameT: ...


def petition_rates(
    data: Any,
    by: Sequence[str] = ("year", "competence"),
    *,
    columns: Mapping[str, str] | None = None,
    mapping: LedgerMapping | None = None,
    progress: bool | None = None,
) -> Any:
    """Count received, resolved and answered petitions per group, with the exact rate.

    A petition counts as answered when it has an outcome, as resolved when the outcome is
    ``resolved``; the resolution rate is ``resolved / received``.

    Both kinds of input give one row per group holding at least one petition, sorted by the
    group keys (None, null, last); ``by=()`` makes all petitions one group, so no petitions
    give no rows, never a row of zeros. The two kinds of output differ in the rate:

    ============  ==============================================  =========================
    input         columns                                         the rate
    ============  ==============================================  =========================
    iterable      the ``by`` keys, ``received``, ``resolved``,    ``resolution_rate``, an
                  ``answered`` (a list of dicts)                  exact ``Fraction``
    data frame    the ``by`` columns, ``received``, ``resolved``, no rate column: it is
                  ``answered`` (64-bit integers, a frame of the   ``resolved / received``,
                  input's library, lazy if the input was lazy)    exactly
    ============  ==============================================  =========================

    Frame engines have no exact rational type, and a float is never the rate
    (:func:`tayho_coord.vi.format_percent` of ``Fraction(resolved, received)`` prints it).

    From an iterable of :class:`~tayho_coord.model.Petition`, the group keys are those of
    :data:`GROUP_KEYS`.

    A data frame holds one row per petition: an ``outcome`` column holding
    :class:`~tayho_coord.model.PetitionOutcome` values (``"resolved"``…; null while
    unanswered) and a column for each ``by`` key; ``year`` must be numeric, ``outcome``,
    ``competence``, ``sector``, ``session``, ``agency`` and ``unit`` strings or categories (a
    ``year`` column of dates or datetimes counts by their calendar year; a year stored as text
    is refused, with the conversion to make);
    any other ``by`` name is taken as a column of any type. Values are checked too: every
    outcome must be a :class:`~tayho_coord.model.PetitionOutcome` value and, where
    ``competence`` is a key, every competence a :class:`~tayho_coord.model.Competence` value
    (``"district"``…; ``"Resolved"`` or ``"đã giải quyết"`` is an error, not a group of its
    own); a ``year`` key must hold whole numbers (``2019.0`` is fine, ``2019.5``, an infinity
    or a NaN is not). Null is allowed in each (an unanswered petition, an unknown year or
    competence); pandas and Dask mark a missing value in a float column with NaN, and those
    NaN are nulls.

    A lazy frame (a polars ``LazyFrame`` from ``scan_parquet``, a DuckDB relation, a Dask
    frame…) is read once, when ``petition_rates`` is called: its engine counts the petitions
    per group and outcome (polars on its streaming engine), so memory grows with the number of
    groups, not of rows; the values are checked on those counts, and the answer is handed back
    as a lazy frame of the input's library, holding the few rows of the result. Only when a
    value is refused and the frame says where its rows are (the ``source``, ``sheet`` and
    ``row`` columns of :func:`~tayho_coord.io.scan_ledger` and
    :func:`~tayho_coord.io.read_ledger`) is it read a second time, to name every row holding
    a refused value by file and row (:data:`MAX_NAMED_ROWS` a column at most, the rest
    counted).

    Args:
        data: Petitions, or a pandas, polars, pyarrow, DuckDB, Dask… data frame.
        by: The group keys, in order; ``()`` for one overall row.
        columns: For a frame, the column that holds each key (``{"outcome": "ket_qua",
            "year": "nam"}``); output columns take the key names.
        mapping: For a frame whose outcomes and competences are written as an office writes
            them ("Đã giải quyết", "Thuộc thẩm quyền cấp tỉnh"), the
            :class:`~tayho_coord.io.LedgerMapping` of their wordings: they are mapped on the
            distinct values counted, not row by row, and a wording it does not know is named
            (by file and row, where the frame has the ``row`` column of a ledger).
        progress: While the engine reads the frame, show how long it has run on standard
            error (after a second); by default only when it is a terminal.

    Returns:
        A list of rows for an iterable; a frame of the input's library for a frame (a pandas
        frame numbered 0, 1, 2…: a clean ``RangeIndex``).

    Raises:
        DataError: An item is not a petition (its index named), or a frame lacks a column
            (the ``columns=`` mapping to add is said), has one of the wrong type (a year as
            text: the conversion to make is said), or holds values that are not outcomes,
            competences or whole years (each row named, by file and row, where the frame
            has a ``row`` column; otherwise each column, with the values found).
        ValidationError: ``by`` is not a sequence of distinct known keys.

    Examples:
        >>> from tayho_coord.model._petitions import Competence
        >>> from tayho_coord.model._time import PartialDate
        >>> y = PartialDate(2019)
        >>> rows = petition_rates([
        ...     Petition("1", received=y, competence=Competence.DISTRICT, outcome=_RESOLVED),
        ...     Petition("2", received=y, competence=Competence.DISTRICT),
        ...     Petition("3", received=y, competence=Competence.DISTRICT,
        ...              outcome=PetitionOutcome.EXPLAINED),
        ... ])
        >>> rows == [{"year": 2019, "competence": Competence.DISTRICT, "received": 3,
        ...           "resolved": 1, "answered": 2, "resolution_rate": Fraction(1, 3)}]
        True
    """
    keys = _check_by(by)
    if not isinstance(data, (list, tuple, Iterator)):
        engine = engine_of(data)
        if engine is not None:
            _check_columns(columns)
            if mapping is not None and not isinstance(mapping, LedgerMapping):
                raise ValidationError("mapping", mapping, "must be a LedgerMapping")
            return _frame(engine, keys, {} if columns is None else columns, mapping, progress)
        if not isinstance(data, Iterable):
            raise DataError([Problem("$", f"expected petitions or a data frame, got {data!r}")])
    if columns is not None:
        raise ValidationError("columns", columns, "names columns of a data frame, not petitions")
    if mapping is not None:
        raise ValidationError("mapping", mapping, "maps the wordings of a data frame's values")
    return _rows(data, keys)


def _check_columns(columns: object) -> None:
    """A mapping of key names to column names (a name of pandas may be an int), or None."""
    if columns is None:
        return
    if not isinstance(columns, Mapping):
        raise ValidationError("columns", columns, "must map key names to column names")
    for key, name in columns.items():
        if not isinstance(key, str) or not key:
            raise ValidationError("columns", columns, f"{key!r} is not a key name")
        if isinstance(name, bool) or not isinstance(name, (str, int)) or name == "":
            raise ValidationError("columns", columns, f"{key!r} maps to {name!r}, not a column")


def _check_by(by: object) -> tuple[str, ...]:
    if isinstance(by, str) or not isinstance(by, Sequence):
        raise ValidationError("by", by, "must be a sequence of key names, such as ('year',)")
    keys = tuple(by)
    for key in keys:
        if not isinstance(key, str) or not key:
            raise ValidationError("by", by, f"{key!r} is not a key name")
        if key in _COUNTS or key == _RATE:
            raise ValidationError("by", by, f"{key!r} names a computed column")
    if len(set(keys)) != len(keys):
        raise ValidationError("by", by, "lists a key twice")
    return keys


# Iterables of petitions ------------------------------------------------------------------


class _NotAPetition(Exception):
    """Raised inside the counting loop; turned into a DataError with the item's index."""

    def __init__(self, item: object) -> None:
        super().__init__(item)
        self.item = item


def _slow_key(item: object, paths: tuple[str, ...]) -> object:
    """The group key where the fast getter failed: a missing link groups under None."""
    if not isinstance(item, Petition):
        raise _NotAPetition(item)
    values: list[object] = []
    for path in paths:
        value: object = item
        for name in path.split("."):
            value = getattr(value, name)
            if value is None:
                break
        values.append(value)
    return values[0] if len(values) == 1 else tuple(values)


# The counting loop is generated for each tuple of attribute paths (from GROUP_KEYS only, never
# from user text), as attrs and dataclasses generate __init__: written out, the attribute
# reads are the interpreter's specialised ones and the loop runs as fast as one written by
# hand, where a generic key function (attrgetter, a lambda per key) costs 30-40% more.
_COUNTER_SOURCE = """\
def count(data, counts, slow, resolved, seen):
    for p in data:
        try:
            key = {key}
        except AttributeError:
            seen[0] = p
            key = slow(p)
        try:
            outcome = p.outcome
        except AttributeError:
            seen[0] = p
            raise
        row = counts.get(key)
        if row is None:
            row = counts[key] = [0, 0, 0]
        row[0] += 1
        if outcome is not None:
            row[2] += 1
            if outcome is resolved:
                row[1] += 1
"""


@functools.lru_cache(maxsize=64)
def _counter(paths: tuple[str, ...]) -> Callable[..., None]:
    """The counting loop for these attribute paths (each one of GROUP_KEYS' values)."""
    assert set(paths) <= set(GROUP_KEYS.values())
    reads = [f"p.{path}" for path in paths]
    key = reads[0] if len(reads) == 1 else "(" + "".join(f"{r}, " for r in reads) + ")"
    namespace: dict[str, Any] = {}
    exec(compile(_COUNTER_SOURCE.format(key=key), "<petition_rates>", "exec"), namespace)
    counter: Callable[..., None] = namespace["count"]
    return counter


def _rows(data: Iterable[Any], keys: tuple[str, ...]) -> list[dict[str, Any]]:
    unknown = [key for key in keys if key not in GROUP_KEYS]
    if unknown:
        raise ValidationError(
            "by", keys, f"unknown key {unknown[0]!r}; petitions group by {sorted(GROUP_KEYS)}"
        )
    paths = tuple(GROUP_KEYS[key] for key in keys)
    counts: dict[Any, list[int]] = {}
    seen: list[object] = [None]
    try:
        _counter(paths)(data, counts, lambda item: _slow_key(item, paths), _RESOLVED, seen)
    except (_NotAPetition, AttributeError):
        index = sum(row[0] for row in counts.values())
        item = seen[0]
        problem = Problem(f"$[{index}]", f"expected a Petition, got {type(item).__name__}")
        raise DataError([problem]) from None
    out: list[dict[str, Any]] = []
    for key, (received, n_resolved, answered) in counts.items():
        values = key if len(keys) != 1 else (key,)
        row_out: dict[str, Any] = dict(zip(keys, values, strict=True))
        row_out.update(
            received=received,
            resolved=n_resolved,
            answered=answered,
            resolution_rate=Fraction(n_resolved, received),
        )
        out.append(row_out)
    out.sort(key=lambda r: tuple(_order(r[k]) for k in keys))
    return out


def _order(value: object) -> tuple[bool, Any]:
    """A sort key for group values: None last, enums in declaration order, records by id."""
    if value is None:
        return (True, 0)
    if isinstance(value, enum.Enum):
        return (False, list(type(value)).index(value))
    ident = getattr(value, "id", None)
    if isinstance(ident, str):
        return (False, ident)
    return (False, value)


# Data frames -----------------------------------------------------------------------------


def _frame(
    engine: Engine,
    keys: tuple[str, ...],
    columns: Mapping[str, Any],
    mapping: LedgerMapping | None,
    progress: bool | None = None,
) -> Any:
    """The counts of a frame: one pass by its engine, the rest on the counts, in Python.

    Two stages: the engine counts the rows per group and outcome (one pass over the data,
    whose result is small: groups times outcomes); those counts are mapped (``mapping=``),
    checked, and added up per group here, the same for every engine. A lazy input is read
    there, once, and only read again when the check finds a value it refuses, to name the
    rows holding it (where the frame says where its rows come from: ``row``).
    """
    source = f"the {engine.name} data frame"
    schema = engine.schema()
    seen = [name for name, _, _ in schema]
    twice = sorted({repr(name) for name in seen if seen.count(name) > 1})
    if twice:
        problem = Problem(
            "$", f"cannot read the data frame: columns of one name: {', '.join(twice)}"
        )
        raise DataError([problem], source=source)
    kinds = {name: (kind, shown) for name, kind, shown in schema}
    roles = (*keys, "outcome")
    names = {role: columns.get(role, role) for role in roles}
    problems: list[Problem] = []
    available = ", ".join(map(repr, seen))
    for role in roles:
        name = names[role]
        where = f"$.{name}"
        if name not in kinds:
            used = f" (for {role!r})" if name != role else ""
            problems.append(
                Problem(
                    where,
                    f"no such column{used}; the columns are {available}; map your column"
                    f" with columns={{{role!r}: 'your_column'}}",
                )
            )
            continue
        kind, shown = kinds[name]
        if role == "year" and kind not in ("integer", "number", "date"):
            hint = engine.int_hint(name)
            problems.append(
                Problem(where, f"a year must be a number, not {shown}; convert it first: {hint}")
            )
        elif role in _TEXT_ROLES and kind != "text":
            problems.append(Problem(where, f"{role} must hold strings, not {shown}"))
    if problems:
        raise DataError(problems, source=source)
    # A date or datetime column given as the year counts by its calendar year.
    selected = [(key, names[key], key == "year" and kinds[names[key]][0] == "date") for key in keys]
    with Ticker(f"petition_rates: counting the {engine.name} frame", progress):
        rows, types = engine.count([*selected, (_TMP_OUTCOME, names["outcome"], False)])
    year_whole = "year" in keys and kinds[names["year"]][0] == "integer"
    rows, refused = _mapped_and_checked(rows, keys, names, mapping, year_whole)
    if refused:
        with Ticker("petition_rates: finding the rows refused", progress):
            located = _located(engine, refused)
        raise DataError(located, source=source)

    totals: dict[tuple[Any, ...], list[int]] = {}
    width = len(keys)
    resolved = _RESOLVED.value
    for row in rows:
        outcome, n = row[width], row[width + 1]
        total = totals.get(row[:width])
        if total is None:
            total = totals[row[:width]] = [0, 0, 0]
        total[0] += n
        if outcome is not None:
            total[2] += n
            if outcome == resolved:
                total[1] += n
    ordered = sorted(totals.items(), key=lambda item: [(v is None, v) for v in item[0]])
    data: dict[str, list[Any]] = {key: [k[i] for k, _ in ordered] for i, key in enumerate(keys)}
    for i, name in enumerate(_COUNTS):
        data[name] = [total[i] for _, total in ordered]
    # A key keeps the engine's type, but a competence mapped from its wordings: text.
    kept = {key: types[key] for key in keys if not (mapping is not None and key == "competence")}
    kept.update(dict.fromkeys(_COUNTS, engine.int64()))
    return engine.build(data, kept)


# A value refused by the check: (the user's column, the value as written, the problem naming
# the column, the reason for one row, how many rows hold it).
_Refused = tuple[Any, Any, Problem, str, int]
# The rows named a column at most, where a frame says where its rows are: past them, the
# number of rows holding each refused value is said (memory stays bounded on any ledger).
MAX_NAMED_ROWS = 10_000


def _mapped_and_checked(
    rows: list[tuple[Any, ...]],
    keys: tuple[str, ...],
    names: Mapping[str, Any],
    mapping: LedgerMapping | None,
    year_whole: bool,
) -> tuple[list[tuple[Any, ...]], list[_Refused]]:
    """The counted rows with their wordings mapped, and every value the check refuses.

    The rows are ``(*keys, outcome, n)``, one per group and outcome: every outcome,
    competence and year the frame holds stands among them, so the values are mapped and
    checked here, on the distinct values only, and the input is not read again for it. A
    wording the mapping does not know is refused as written.
    """
    from tayho_coord.model._petitions import Competence

    hint = "" if mapping is None else "; or a wording the mapping knows: add yours to it"
    positions = {key: i for i, key in enumerate(keys)}
    positions["outcome"] = len(keys)

    def one_of(
        role: str, kind: type[enum.Enum], rule: str
    ) -> tuple[str, Callable[[Any], bool], str]:
        allowed = {member.value for member in kind}
        return (
            role,
            lambda value: value not in allowed,
            rule.format(", ".join(map(repr, [m.value for m in kind]))) + hint,
        )

    def not_whole(value: Any) -> bool:
        if isinstance(value, float) and not math.isfinite(value):
            return True
        if isinstance(value, Decimal) and not value.is_finite():
            return True
        return bool(round(value) != value)

    # (role, which values are bad, what they should be)
    checks = [
        one_of("outcome", PetitionOutcome, "an outcome is one of {}, or null while unanswered")
    ]
    if "competence" in keys:
        checks.append(one_of("competence", Competence, "a competence is one of {}, or null"))
    if "year" in keys and not year_whole:
        checks.append(("year", not_whole, "a year is a whole number"))
    tables: dict[int, dict[Any, Any]] = {}
    refused: list[_Refused] = []
    for role, is_bad, rule in checks:
        at = positions[role]
        distinct = {row[at] for row in rows}
        table: dict[Any, Any] = {}
        for value in distinct:
            if mapping is not None and role != "year" and isinstance(value, str):
                table[value] = mapping.value(role, value) if mapping.knows(role, value) else value
            else:
                table[value] = value
        bad = sorted((v for v, m in table.items() if m is not None and is_bad(m)), key=repr)
        tables[at] = table
        if bad:
            listed = ", ".join(map(repr, bad[:_SHOWN])) + (", …" if len(bad) > _SHOWN else "")
            name = names[role]
            problem = Problem(f"$.{name}", f"values not allowed: {listed} ({rule})")
            unknown = mapping is not None and role != "year"
            reason = (
                f"not a wording of {role} the mapping knows: add yours to it"
                if unknown
                else f"not allowed ({rule})"
            )
            held: dict[Any, int] = {}
            for row in rows:
                if row[at] in table and table[row[at]] is not None and is_bad(table[row[at]]):
                    held[row[at]] = held.get(row[at], 0) + row[-1]
            refused.extend((name, value, problem, reason, held[value]) for value in bad)
    if refused:
        return rows, refused
    mapped = [
        (*tuple(tables[i][v] if i in tables else v for i, v in enumerate(row[:-1])), row[-1])
        for row in rows
    ]
    return mapped, []


def _located(engine: Engine, refused: list[_Refused]) -> list[Problem]:
    """Every row holding a refused value, by its place, or each column's problem once.

    The rows are found by a second pass, taken only when the check refused something, and
    only where the frame says where its rows come from (a ledger's ``source``, ``sheet``
    and ``row``: :func:`tayho_coord.io.read_ledger`, :func:`tayho_coord.io.scan_ledger`).
    Past :data:`MAX_NAMED_ROWS` rows of a column, the rows left unnamed are counted.
    """
    bad: dict[Any, list[Any]] = {}
    for name, value, *_ in refused:
        bad.setdefault(name, []).append(value)
    located = engine.locate(bad, MAX_NAMED_ROWS)
    if not located:
        by_column = {id(problem): problem for _, _, problem, _, _ in refused}
        return list(by_column.values())
    order = {name: i for i, name in enumerate(bad)}
    located.sort(key=lambda r: (str(r[0]), str(r[1]), r[2], order[r[3]]))
    reasons = {(name, value): reason for name, value, _, reason, _ in refused}
    problems = [
        Problem(
            ledger_place(source, sheet, row), f"column {name!r}: {value!r}: {reasons[name, value]}"
        )
        for source, sheet, row, name, value in located
    ]
    named: dict[tuple[Any, Any], int] = {}
    for _, _, _, name, value in located:
        named[name, value] = named.get((name, value), 0) + 1
    for name, value, _, _, held in refused:
        if named.get((name, value), 0) < held:
            shown = named.get((name, value), 0)
            problems.append(
                Problem(
                    f"$.{name}",
                    f"{value!r}: {held - shown:,} more rows hold it ({held:,} in all; the first"
                    f" {MAX_NAMED_ROWS:,} rows of the column are named)",
                )
            )
    return problems
