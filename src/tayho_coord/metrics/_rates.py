"""Petition counts and resolution rates per group, over records or over any data frame.

One function serves analysts with a list of :class:`~tayho_coord.model.Petition` and analysts
with a data frame of millions of rows: a frame goes through narwhals, so pandas, polars,
pyarrow, DuckDB and Dask frames all work, each answered with a frame of its own library, and
a lazy frame stays lazy (the work runs where the engine runs it, on one machine or many).
"""

from __future__ import annotations

import enum
import functools
import operator
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from fractions import Fraction
from typing import TYPE_CHECKING, Any, overload

from tayho_coord.errors import DataError, Problem, ValidationError
from tayho_coord.model._petitions import Petition, PetitionOutcome

if TYPE_CHECKING:
    from narwhals.typing import IntoFrameT

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
# How many distinct rows of bad values a frame's value check fetches, and names at most.
_FETCHED = 64
_SHOWN = 5
_RATE = "resolution_rate"
# Column roles whose values are checked to be strings (or categories) in a frame.
_TEXT_ROLES = frozenset({"competence", "sector", "session", "agency", "unit", "outcome"})
_RESOLVED = PetitionOutcome.RESOLVED
_TMP_OUTCOME = "__tayho_coord_outcome__"
_TMP_COUNT = "__tayho_coord_count__"


@overload
def petition_rates(
    data: Iterable[Petition],
    by: Sequence[str] = ...,
    *,
    columns: Mapping[str, str] | None = ...,
) -> list[dict[str, Any]]: ...


@overload
def petition_rates(
    data: IntoFrameT,
    by: Sequence[str] = ...,
    *,
    columns: Mapping[str, str] | None = ...,
) -> IntoFrameT: ...


def petition_rates(
    data: Any,
    by: Sequence[str] = ("year", "competence"),
    *,
    columns: Mapping[str, str] | None = None,
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
    NaN are nulls. The value check is one query that returns at most a few rows; on a lazy
    frame it runs when ``petition_rates`` is called (the lazy input is read once for it, and
    again when the result is collected), while the result itself stays lazy.

    Args:
        data: Petitions, or a pandas, polars, pyarrow, DuckDB, Dask… data frame.
        by: The group keys, in order; ``()`` for one overall row.
        columns: For a frame, the column that holds each key (``{"outcome": "ket_qua",
            "year": "nam"}``); output columns take the key names.

    Returns:
        A list of rows for an iterable; a frame of the input's library for a frame (a pandas
        frame numbered 0, 1, 2…: a clean ``RangeIndex``).

    Raises:
        DataError: An item is not a petition (its index named), or a frame lacks a column
            (the ``columns=`` mapping to add is said), has one of the wrong type (a year as
            text: the conversion to make is said), or holds values that are not outcomes,
            competences or whole years (each column named, with the values found).
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
        import narwhals.stable.v2 as nw
        from narwhals.exceptions import NarwhalsError

        try:
            frame = nw.from_native(data, pass_through=True)
        except NarwhalsError as exc:  # columns of one name: the frame cannot be read
            message = " ".join(str(exc).split())
            raise DataError([Problem("$", f"cannot read the data frame: {message}")]) from None
        if isinstance(frame, (nw.DataFrame, nw.LazyFrame)):
            _check_columns(columns)
            result = _frame(frame, keys, {} if columns is None else columns)
            # A narwhals frame given is answered with a narwhals frame.
            return result if frame is data else result.to_native()
        if not isinstance(data, Iterable):
            raise DataError([Problem("$", f"expected petitions or a data frame, got {data!r}")])
    if columns is not None:
        raise ValidationError("columns", columns, "names columns of a data frame, not petitions")
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


def _frame(frame: Any, keys: tuple[str, ...], columns: Mapping[str, str]) -> Any:
    import narwhals.stable.v2 as nw

    dates = (nw.Date, nw.Datetime)  # a year column of these counts by the calendar year

    schema = frame.collect_schema()
    roles = (*keys, "outcome")
    names = {role: columns.get(role, role) for role in roles}
    problems: list[Problem] = []
    available = ", ".join(map(repr, schema.names()))
    for role in roles:
        name = names[role]
        where = f"$.{name}"
        if name not in schema:
            used = f" (for {role!r})" if name != role else ""
            problems.append(
                Problem(
                    where,
                    f"no such column{used}; the columns are {available}; map your column"
                    f" with columns={{{role!r}: 'your_column'}}",
                )
            )
            continue
        dtype = schema[name]
        if role == "year" and not (dtype.is_numeric() or isinstance(dtype, dates)):
            problems.append(
                Problem(where, f"a year must be a number, not {dtype}; {_to_int(frame, name)}")
            )
        elif role in _TEXT_ROLES and not isinstance(dtype, (nw.String, nw.Categorical, nw.Enum)):
            problems.append(Problem(where, f"{role} must hold strings, not {dtype}"))
    if problems:
        raise DataError(problems, source=f"the {frame.implementation} data frame")
    # Two stages: petitions counted per group and outcome (one pass over the data, whose
    # result is small: groups times outcomes), then those counts added up per group. The
    # values are checked on the small first stage, where every outcome, competence and year
    # the frame holds stands as a key.
    # A date or datetime column given as the year counts by its calendar year.
    selected = [
        (
            nw.col(names[key]).dt.year()
            if key == "year" and isinstance(schema[names[key]], dates)
            else nw.col(names[key])
        ).alias(key)
        for key in keys
    ]
    counted = frame.select(
        *selected,
        nw.col(names["outcome"]).alias(_TMP_OUTCOME),
    )
    counted = counted.group_by(*keys, _TMP_OUTCOME).agg(nw.len().alias(_TMP_COUNT))
    stage_names = {**{key: key for key in keys}, "outcome": _TMP_OUTCOME}
    problems = _bad_values(counted, keys, stage_names, counted.collect_schema(), names)
    if problems:
        raise DataError(problems, source=f"the {frame.implementation} data frame")

    outcome, count = nw.col(_TMP_OUTCOME), nw.col(_TMP_COUNT)
    # Per-row columns first, then plain sums: a plain sum is what every backend aggregates
    # natively (narwhals' pandas backend sums a when/then inside agg wrongly).
    parts = counted.select(
        *keys,
        count.alias("received"),
        nw.when(outcome == _RESOLVED.value).then(count).otherwise(0).alias("resolved"),
        nw.when(~outcome.is_null()).then(count).otherwise(0).alias("answered"),
    )
    aggregates = [nw.col(name).sum() for name in _COUNTS]
    if keys:
        grouped = parts.group_by(*keys).agg(*aggregates)
    else:
        # One group of all petitions: none make no group, as for a list (not a row of 0s).
        grouped = parts.select(*aggregates).filter(nw.col("received") > 0)
    result = grouped.with_columns(nw.col(*_COUNTS).cast(nw.Int64))
    if keys:
        result = result.sort(*keys, nulls_last=True)
    # pandas keeps the rows' old labels through a sort: renumbered 0, 1, 2… (a RangeIndex).
    return nw.maybe_reset_index(result)


def _to_int(frame: Any, name: str) -> str:
    """How to make the column ``name`` of ``frame`` a column of integers, in its library."""
    implementation = frame.implementation
    if implementation.is_pandas_like():
        how = f"df[{name!r}] = df[{name!r}].astype('Int64') (pandas)"
    elif implementation.is_polars():
        how = f"df.with_columns(pl.col({name!r}).cast(pl.Int64)) (polars)"
    else:
        how = f"cast {name!r} to an integer type"
    return f"convert it first: {how}"


def _bad_values(
    frame: Any,
    keys: tuple[str, ...],
    names: Mapping[str, str],
    schema: Any,
    shown_names: Mapping[str, str],
) -> list[Problem]:
    """The columns holding values that are not outcomes, competences or whole years.

    One query, whatever the number of columns checked: the distinct rows that hold a bad
    value, at most :data:`_FETCHED` of them (a lazy frame runs it and returns only those).
    ``names`` are the columns of ``frame`` for each role, ``shown_names`` those of the
    user's frame, named in the problems.
    """
    import narwhals.stable.v2 as nw

    from tayho_coord.model._petitions import Competence

    def one_of(role: str, kind: type[enum.Enum], rule: str) -> tuple[str, Any, str]:
        """A check that a column holds only the values of ``kind`` (or null)."""
        column, allowed = nw.col(names[role]), [member.value for member in kind]
        rule = rule.format(", ".join(map(repr, allowed)))
        return role, ~column.is_null() & ~column.is_in(allowed), rule

    # (role, where its values are bad, what they should be)
    checks = [
        one_of("outcome", PetitionOutcome, "an outcome is one of {}, or null while unanswered")
    ]
    if "competence" in keys:
        checks.append(one_of("competence", Competence, "a competence is one of {}, or null"))
    if "year" in keys and not schema[names["year"]].is_integer():
        year = nw.col(names["year"])
        whole = year.round(0) == year
        if schema[names["year"]].is_float():
            whole = whole & year.is_finite()
        checks.append(("year", ~year.is_null() & ~whole, "a year is a whole number"))
    flags = [f"__tayho_coord_bad_{i}__" for i in range(len(checks))]
    values = [f"__tayho_coord_value_{i}__" for i in range(len(checks))]
    any_bad = functools.reduce(operator.or_, (nw.col(flag) for flag in flags))
    found = (
        frame.select(
            *(
                nw.col(names[role]).alias(value)
                for (role, _, _), value in zip(checks, values, strict=True)
            ),
            *(bad.alias(flag) for (_, bad, _), flag in zip(checks, flags, strict=True)),
        )
        .filter(any_bad)
        .unique()
        .head(_FETCHED)
    )
    if isinstance(found, nw.LazyFrame):
        found = found.collect()
    data = found.to_dict(as_series=False)
    problems = []
    for (role, _, rule), flag, value in zip(checks, flags, values, strict=True):
        bad = sorted({v for v, b in zip(data[value], data[flag], strict=True) if b}, key=repr)
        if bad:
            listed = ", ".join(map(repr, bad[:_SHOWN])) + (", …" if len(bad) > _SHOWN else "")
            where = f"$.{shown_names[role]}"
            problems.append(Problem(where, f"values not allowed: {listed} ({rule})"))
    return problems
