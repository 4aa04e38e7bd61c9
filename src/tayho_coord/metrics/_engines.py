"""What :func:`~tayho_coord.metrics.petition_rates` asks of a data frame's engine.

The computation is defined once, in :mod:`tayho_coord.metrics._rates`: the engine counts the
rows per distinct combination of the group keys and the outcome (one pass over the data, its
result as small as the groups), and everything else (mapping the wordings, checking the
values, adding up the groups, sorting) is done in Python on those few counts. An engine is
asked for four things only, and each adapter below answers them in the engine's own terms:

- ``schema``: each column's kind (integer, number, date, text, other) and its type's name;
- ``count``: the one pass, as Python rows ``(*values, n)``;
- ``locate``: only when the check found a bad value, where each row holding one is (the
  ``source``, ``sheet`` and ``row`` columns a ledger carries), a second pass;
- ``build``: the answer as a frame of the input's library, lazy if the input was lazy.

polars, DuckDB, pyarrow and Dask frames are answered natively (no narwhals, no pandas for
a frame that is not pandas'); any other frame narwhals knows (pandas, Modin, cuDF, Ibis…)
through narwhals. Each engine is imported by the adapter of its own frames only: a frame of
that library was given, so the library is loaded already.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING, Any, Literal

from tayho_coord.errors import DataError, Problem

if TYPE_CHECKING:
    from collections.abc import Iterable, Mapping, Sequence

__all__ = ["COUNT", "Engine", "Located", "Selected", "engine_of"]

Kind = Literal["integer", "number", "date", "text", "other"]
COUNT = "__tayho_coord_count__"
# The columns a ledger carries to say where each petition was read (tayho_coord.io).
LOCATION = ("source", "sheet", "row")

Selected = tuple[str, str, bool]
"""A column of the one pass: (alias, the frame's column, read the calendar year of a date)."""

Located = tuple[Any, Any, Any, str, Any]
"""A row holding a bad value: (source, sheet, row, the frame's column, the value)."""


class Engine:
    """The adapter of one kind of frame (the base: what every adapter answers)."""

    #: The library's name, as messages say it ("the polars data frame").
    name = ""
    #: Whether a missing value may be a NaN in a float column (pandas, Dask): a null.
    nan_is_null = False

    def __init__(self, native: Any, lazy: bool) -> None:
        self.native = native
        self.lazy = lazy

    def schema(self) -> list[tuple[Any, Kind, str]]:
        """Each column's name, kind, and type as the library names it, in order."""
        raise NotImplementedError

    def int_hint(self, name: Any) -> str:
        """How to make column ``name`` a column of integers, in the frame's library."""
        return f"cast {name!r} to an integer type"

    def count(self, selected: Sequence[Selected]) -> tuple[list[tuple[Any, ...]], dict[str, Any]]:
        """The rows per distinct value of the selected columns: rows ``(*values, n)``.

        Returns the rows and each alias's type in the engine (for :meth:`build`).
        """
        raise NotImplementedError

    def locate(self, bad: Mapping[Any, Sequence[Any]], limit: int) -> list[Located] | None:
        """The rows whose column holds one of its bad values (``limit`` a column at most).

        None where the frame has no ``row`` column: it does not say where its rows are.
        """
        raise NotImplementedError

    def build(self, data: Mapping[str, list[Any]], types: Mapping[str, Any]) -> Any:
        """A frame of the input's library (lazy if it was) from columns of Python values.

        ``types`` holds, for each column kept as the engine counted it, the engine's type;
        the counts are 64-bit integers, a column missing from ``types`` holds text.
        """
        raise NotImplementedError

    def int64(self) -> Any:
        """The engine's type of 64-bit integers (the counts')."""
        raise NotImplementedError

    def locations(self, names: Sequence[Any]) -> list[str]:
        """The location columns the frame has (``row`` among them), or none."""
        present = [c for c in LOCATION if c in names]
        return present if "row" in present else []


def _named(rows: Iterable[Mapping[Any, Any]], name: Any) -> list[Located]:
    """Rows of the location columns and column ``name``, as :data:`Located` rows."""
    return [(r.get("source"), r.get("sheet"), r["row"], name, r[name]) for r in rows]


def _cleaned(value: Any, nan_is_null: bool) -> Any:
    """None for a missing value (NaN, NaT, pd.NA where the engine marks nulls so)."""
    if value is None:
        return None
    if nan_is_null:
        if isinstance(value, float) and math.isnan(value):
            return None
        if type(value).__name__ in ("NAType", "NaTType"):
            return None
    return value


# polars -----------------------------------------------------------------------------------


class _Polars(Engine):
    name = "polars"

    def schema(self) -> list[tuple[Any, Kind, str]]:
        import polars as pl

        out: list[tuple[Any, Kind, str]] = []
        for name, dtype in self.native.collect_schema().items():
            kind: Kind
            if dtype.is_integer():
                kind = "integer"
            elif dtype.is_numeric():
                kind = "number"
            elif dtype == pl.Date or dtype == pl.Datetime:
                kind = "date"
            elif dtype in (pl.String, pl.Categorical, pl.Enum):
                kind = "text"
            else:
                kind = "other"
            out.append((name, kind, str(dtype)))
        return out

    def int_hint(self, name: Any) -> str:
        return f"df.with_columns(pl.col({name!r}).cast(pl.Int64)) (polars)"

    def int64(self) -> Any:
        import polars as pl

        return pl.Int64

    def count(self, selected: Sequence[Selected]) -> tuple[list[tuple[Any, ...]], dict[str, Any]]:
        import polars as pl

        columns = [
            (pl.col(name).dt.year() if year else pl.col(name)).alias(alias)
            for alias, name, year in selected
        ]
        query = (
            self.native.lazy()
            .select(columns)
            .group_by([alias for alias, _, _ in selected])
            .agg(pl.len().alias(COUNT))
        )
        # A lazy frame on the streaming engine: memory bounded by the groups, not the rows.
        counted = query.collect(engine="streaming" if self.lazy else "auto")
        return counted.rows(), dict(counted.schema)

    def locate(self, bad: Mapping[Any, Sequence[Any]], limit: int) -> list[Located] | None:
        import polars as pl

        where = self.locations(self.native.collect_schema().names())
        if not where:
            return None
        found: list[Located] = []
        for name, values in bad.items():
            column = pl.col(name)
            if all(isinstance(v, str) for v in values):
                column = column.cast(pl.String)
            hits = self.native.lazy().filter(column.is_in(list(values))).select(*where, name)
            hits = hits.head(limit)
            rows = hits.collect(engine="streaming" if self.lazy else "auto").rows(named=True)
            found.extend((r.get("source"), r.get("sheet"), r["row"], name, r[name]) for r in rows)
        return found

    def build(self, data: Mapping[str, list[Any]], types: Mapping[str, Any]) -> Any:
        import polars as pl

        out = pl.DataFrame(
            [
                pl.Series(name, values, dtype=types.get(name, pl.String), strict=False)
                for name, values in data.items()
            ]
        )
        return out.lazy() if self.lazy else out


# DuckDB -----------------------------------------------------------------------------------

_DUCKDB_INTEGERS = frozenset(
    [
        "tinyint",
        "smallint",
        "integer",
        "bigint",
        "hugeint",
        "utinyint",
        "usmallint",
        "uinteger",
        "ubigint",
        "uhugeint",
    ]
)
_DUCKDB_DATES = frozenset(
    ("date", "timestamp", "timestamp_s", "timestamp_ms", "timestamp_ns", "timestamp with time zone")
)


def _ident(name: str) -> str:
    """A quoted SQL identifier."""
    return '"' + name.replace('"', '""') + '"'


def _literal(value: Any) -> str:
    """A SQL literal of a Python value (a column's CAST gives it its type)."""
    if value is None:
        return "NULL"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return repr(value) if math.isfinite(value) else f"'{value}'::DOUBLE"
    text = str(value)
    return "'" + text.replace("'", "''") + "'"


class _DuckDB(Engine):
    name = "duckdb"

    def schema(self) -> list[tuple[Any, Kind, str]]:
        out: list[tuple[Any, Kind, str]] = []
        for name, dtype in zip(self.native.columns, self.native.types, strict=True):
            ident = dtype.id
            kind: Kind
            if ident in _DUCKDB_INTEGERS:
                kind = "integer"
            elif ident in ("float", "double", "decimal"):
                kind = "number"
            elif ident in _DUCKDB_DATES:
                kind = "date"
            elif ident in ("varchar", "enum"):
                kind = "text"
            else:
                kind = "other"
            out.append((name, kind, str(dtype)))
        return out

    def int64(self) -> Any:
        return "BIGINT"

    def count(self, selected: Sequence[Selected]) -> tuple[list[tuple[Any, ...]], dict[str, Any]]:
        exprs = [
            (f"year({_ident(name)})" if year else _ident(name), alias)
            for alias, name, year in selected
        ]
        counted = self.native.aggregate(
            ", ".join([*(f"{e} AS {_ident(a)}" for e, a in exprs), f"count(*) AS {COUNT}"]),
            ", ".join(e for e, _ in exprs),
        )
        rows = counted.fetchall()
        return rows, dict(zip(counted.columns, map(str, counted.types), strict=True))

    def locate(self, bad: Mapping[Any, Sequence[Any]], limit: int) -> list[Located] | None:
        where = self.locations(self.native.columns)
        if not where:
            return None
        found: list[Located] = []
        for name, values in bad.items():
            test = (
                f"CAST({_ident(name)} AS VARCHAR)"
                if all(isinstance(v, str) for v in values)
                else _ident(name)
            )
            hits = self.native.filter(f"{test} IN ({', '.join(map(_literal, values))})")
            picked = hits.select(", ".join(_ident(c) for c in (*where, name))).limit(limit)
            rows = [dict(zip((*where, name), row, strict=True)) for row in picked.fetchall()]
            found.extend(_named(rows, name))
        return found

    def build(self, data: Mapping[str, list[Any]], types: Mapping[str, Any]) -> Any:
        # On the input's own connection (a relation does not name it, but runs a query on
        # it), the few rows of the answer written as literals.
        names = list(data)
        casts = ", ".join(
            f"CAST(c{i} AS {types.get(name, 'VARCHAR')}) AS {_ident(name)}"
            for i, name in enumerate(names)
        )
        columns = ", ".join(f"c{i}" for i in range(len(names)))
        length = len(data[names[0]])
        if length:
            rows = ", ".join(
                "(" + ", ".join(_literal(data[name][r]) for name in names) + ")"
                for r in range(length)
            )
        else:
            rows = "(" + ", ".join("NULL" for _ in names) + ")"
        where = "" if length else " WHERE false"
        query = f"SELECT {casts} FROM (VALUES {rows}) AS t({columns}){where}"
        return self.native.query("__tayho_coord_input__", query)


# pyarrow ----------------------------------------------------------------------------------


class _Arrow(Engine):
    name = "pyarrow"

    def schema(self) -> list[tuple[Any, Kind, str]]:
        import pyarrow as pa  # type: ignore[import-untyped]

        types = pa.types
        out: list[tuple[Any, Kind, str]] = []
        for field in self.native.schema:
            dtype = field.type
            if types.is_dictionary(dtype):
                dtype = dtype.value_type
            kind: Kind
            if types.is_integer(dtype):
                kind = "integer"
            elif types.is_floating(dtype) or types.is_decimal(dtype):
                kind = "number"
            elif types.is_date(dtype) or types.is_timestamp(dtype):
                kind = "date"
            elif types.is_string(dtype) or types.is_large_string(dtype) or _string_view(dtype):
                kind = "text"
            else:
                kind = "other"
            out.append((field.name, kind, str(field.type)))
        return out

    def int64(self) -> Any:
        import pyarrow as pa

        return pa.int64()

    def count(self, selected: Sequence[Selected]) -> tuple[list[tuple[Any, ...]], dict[str, Any]]:
        import pyarrow as pa
        import pyarrow.compute as pc  # type: ignore[import-untyped]

        table = self.native
        columns = {
            alias: pc.year(table[name]) if year else table[name] for alias, name, year in selected
        }
        aliases = list(columns)
        counted = (
            pa.table(columns).group_by(aliases, use_threads=False).aggregate([([], "count_all")])
        )
        # The count's column is "count_all", before or after the keys by pyarrow's version.
        counted = counted.rename_columns(
            [COUNT if c == "count_all" else c for c in counted.column_names]
        )
        counted = counted.select([*aliases, COUNT])
        rows = list(zip(*(counted[c].to_pylist() for c in counted.column_names), strict=True))
        return rows, {name: counted.schema.field(name).type for name in counted.column_names}

    def locate(self, bad: Mapping[Any, Sequence[Any]], limit: int) -> list[Located] | None:
        import pyarrow as pa
        import pyarrow.compute as pc

        where = self.locations(self.native.column_names)
        if not where:
            return None
        found: list[Located] = []
        for name, values in bad.items():
            column = self.native[name]
            if pa.types.is_dictionary(column.type):
                column = column.cast(column.type.value_type)
            hits = self.native.filter(pc.is_in(column, value_set=pa.array(list(values))))
            found.extend(_named(hits.select([*where, name]).slice(0, limit).to_pylist(), name))
        return found

    def build(self, data: Mapping[str, list[Any]], types: Mapping[str, Any]) -> Any:
        import pyarrow as pa

        return pa.table(
            {
                name: pa.array(values, type=types.get(name, pa.string()))
                for name, values in data.items()
            }
        )


def _string_view(dtype: Any) -> bool:
    """Whether an Arrow type is a string view (pyarrow 16 and later)."""
    import pyarrow as pa

    check = getattr(pa.types, "is_string_view", None)
    return bool(check is not None and check(dtype))


# Dask -------------------------------------------------------------------------------------


def _pandas_kind(dtype: Any) -> Kind:
    from pandas.api import types  # type: ignore[import-untyped]

    if types.is_bool_dtype(dtype):
        return "other"
    if types.is_integer_dtype(dtype):
        return "integer"
    if types.is_numeric_dtype(dtype):
        return "number"
    if types.is_datetime64_any_dtype(dtype):
        return "date"
    if (
        types.is_string_dtype(dtype)
        or types.is_object_dtype(dtype)
        or isinstance(dtype, types.CategoricalDtype)
    ):
        return "text"
    return "other"


class _Dask(Engine):
    name = "dask"
    nan_is_null = True

    def schema(self) -> list[tuple[Any, Kind, str]]:
        return [
            (name, _pandas_kind(dtype), str(dtype)) for name, dtype in self.native.dtypes.items()
        ]

    def int_hint(self, name: Any) -> str:
        return f"df[{name!r}] = df[{name!r}].astype('Int64') (Dask)"

    def int64(self) -> Any:
        return "int64"

    def count(self, selected: Sequence[Selected]) -> tuple[list[tuple[Any, ...]], dict[str, Any]]:
        frame = self.native
        aliases = [alias for alias, _, _ in selected]
        picked = frame.assign(
            **{
                alias: frame[name].dt.year if year else frame[name]
                for alias, name, year in selected
            }
        )[aliases]
        # Unsorted: the groups are sorted once, in Python, after the mapping.
        sizes = picked.groupby(aliases, dropna=False, observed=True, sort=False).size().compute()
        counted = sizes.rename(COUNT).reset_index()
        rows = [
            tuple(_cleaned(v, True) for v in row)
            for row in counted.itertuples(index=False, name=None)
        ]
        return rows, dict(counted.dtypes.items())

    def locate(self, bad: Mapping[Any, Sequence[Any]], limit: int) -> list[Located] | None:
        frame = self.native
        where = self.locations(list(frame.columns))
        if not where:
            return None
        found: list[Located] = []
        for name, values in bad.items():
            hits = frame[frame[name].isin(list(values))][[*where, name]].head(limit, npartitions=-1)
            found.extend(_named(hits.to_dict("records"), name))
        return found

    def build(self, data: Mapping[str, list[Any]], types: Mapping[str, Any]) -> Any:
        import dask.dataframe as dd
        import pandas as pd  # type: ignore[import-untyped]

        columns = {}
        for name, values in data.items():
            dtype = types.get(name, object)
            if isinstance(dtype, pd.CategoricalDtype) or pd.api.types.is_integer_dtype(dtype):
                # A key of categories or integers with a null: the nullable type of pandas.
                dtype = "Int64" if any(v is None for v in values) else dtype
            columns[name] = pd.Series(values, dtype=dtype if name in types else object)
        return dd.from_pandas(pd.DataFrame(columns), npartitions=1)  # type: ignore[no-untyped-call]


# Any other frame narwhals reads -----------------------------------------------------------


class _Narwhals(Engine):
    def __init__(self, native: Any, lazy: bool) -> None:
        super().__init__(native, lazy)
        self.name = str(native.implementation)
        self.nan_is_null = native.implementation.is_pandas_like()
        #: The user gave a frame of another library: answered with one of that library.
        self.unwrap = True

    def int64(self) -> Any:
        import narwhals.stable.v2 as nw

        return nw.Int64()

    def schema(self) -> list[tuple[Any, Kind, str]]:
        import narwhals.stable.v2 as nw

        out: list[tuple[Any, Kind, str]] = []
        for name, dtype in self.native.collect_schema().items():
            kind: Kind
            if dtype.is_integer():
                kind = "integer"
            elif dtype.is_numeric():
                kind = "number"
            elif isinstance(dtype, (nw.Date, nw.Datetime)):
                kind = "date"
            elif isinstance(dtype, (nw.String, nw.Categorical, nw.Enum)):
                kind = "text"
            else:
                kind = "other"
            out.append((name, kind, str(dtype)))
        return out

    def int_hint(self, name: Any) -> str:
        if self.native.implementation.is_pandas_like():
            return f"df[{name!r}] = df[{name!r}].astype('Int64') (pandas)"
        return super().int_hint(name)

    def count(self, selected: Sequence[Selected]) -> tuple[list[tuple[Any, ...]], dict[str, Any]]:
        import narwhals.stable.v2 as nw

        columns = [
            (nw.col(name).dt.year() if year else nw.col(name)).alias(alias)
            for alias, name, year in selected
        ]
        aliases = [alias for alias, _, _ in selected]
        counted = self.native.select(*columns).group_by(*aliases).agg(nw.len().alias(COUNT))
        if self.lazy:
            counted = counted.collect()
        data = counted.to_dict(as_series=False)
        rows = [
            tuple(_cleaned(v, self.nan_is_null) for v in row)
            for row in zip(*data.values(), strict=True)
        ]
        return rows, dict(counted.collect_schema())

    def locate(self, bad: Mapping[Any, Sequence[Any]], limit: int) -> list[Located] | None:
        import narwhals.stable.v2 as nw

        where = self.locations(self.native.collect_schema().names())
        if not where:
            return None
        found: list[Located] = []
        for name, values in bad.items():
            hits = self.native.filter(nw.col(name).is_in(list(values))).select(*where, name)
            hits = hits.head(limit)
            if self.lazy:
                hits = hits.collect()
            found.extend(_named(hits.rows(named=True), name))
        return found

    def build(self, data: Mapping[str, list[Any]], types: Mapping[str, Any]) -> Any:
        import narwhals.stable.v2 as nw

        schema = {name: types.get(name, nw.String()) for name in data}
        implementation = self.native.implementation
        result: Any = nw.from_dict(dict(data), schema=schema, backend=implementation)
        if self.lazy:
            result = result.lazy(backend=implementation)
        # pandas keeps the rows' old labels through a sort: renumbered 0, 1, 2… (RangeIndex).
        return result.to_native() if self.unwrap else result


def engine_of(data: Any) -> Engine | None:
    """The adapter of a frame, or None for data that is no frame an adapter knows.

    The frame's library is told by its type's module, so nothing is imported to ask.

    Raises:
        DataError: narwhals cannot read the frame (two columns of one name in pandas).
    """
    kind = type(data)
    library = kind.__module__.partition(".")[0]
    if library == "polars" and kind.__name__ in ("DataFrame", "LazyFrame"):
        return _Polars(data, kind.__name__ == "LazyFrame")
    if library == "duckdb" and kind.__name__ == "DuckDBPyRelation":
        return _DuckDB(data, True)
    if library == "pyarrow" and kind.__name__ == "Table":
        return _Arrow(data, False)
    if library == "dask" and kind.__name__ == "DataFrame":
        return _Dask(data, True)
    import narwhals.stable.v2 as nw
    from narwhals.exceptions import NarwhalsError

    try:
        frame = nw.from_native(data, pass_through=True)
    except NarwhalsError as exc:  # columns of one name: the frame cannot be read
        message = " ".join(str(exc).split())
        raise DataError([Problem("$", f"cannot read the data frame: {message}")]) from None
    if isinstance(frame, (nw.DataFrame, nw.LazyFrame)):
        engine = _Narwhals(frame, isinstance(frame, nw.LazyFrame))
        engine.unwrap = frame is not data
        return engine
    return None
