"""petition_rates answers every engine alike: one grouped count by the engine, the rest shared.

polars, DuckDB, pyarrow and Dask frames are counted natively, pandas through narwhals (issue
15: the fixed cost of a call). Each case below runs on a frame of each library built from the
same columns, and must give the same answer, or the same refusal.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from tayho_coord.errors import DataError
from tayho_coord.io import LedgerMapping
from tayho_coord.metrics import petition_rates

pl = pytest.importorskip("polars")
pa = pytest.importorskip("pyarrow")
pd = pytest.importorskip("pandas")
duckdb = pytest.importorskip("duckdb")
dd = pytest.importorskip("dask.dataframe")

ENGINES = ["polars", "polars-lazy", "duckdb", "pyarrow", "pandas", "dask"]


def make(engine: str, columns: dict[str, list[Any]], schema: dict[str, Any]) -> Any:
    frame = pl.DataFrame(columns, schema=schema)
    if engine == "polars":
        return frame
    if engine == "polars-lazy":
        return frame.lazy()
    table = frame.to_arrow()
    if engine == "pyarrow":
        return table
    if engine == "duckdb":
        return duckdb.connect().from_arrow(table)
    # pandas holds dates as datetime64 (as object, a date is no type pandas knows).
    if engine == "pandas":
        return table.to_pandas(date_as_object=False)
    return dd.from_pandas(table.to_pandas(date_as_object=False), npartitions=2)


def rows_of(out: Any) -> list[tuple[Any, ...]]:
    if isinstance(out, pl.LazyFrame):
        out = out.collect()
    if isinstance(out, pl.DataFrame):
        return out.rows()
    if isinstance(out, pa.Table):
        return [tuple(r.values()) for r in out.to_pylist()]
    if isinstance(out, duckdb.DuckDBPyRelation):
        return out.fetchall()
    if isinstance(out, dd.DataFrame):
        out = out.compute()
    return [
        tuple(None if pd.isna(v) else v for v in row)
        for row in out.astype(object).itertuples(index=False, name=None)
    ]


WORDED = {
    "received": [dt.date(2023, 5, 1), dt.date(2023, 9, 9), dt.date(2024, 1, 2), None],
    "competence": ["Cấp tỉnh", "Thuộc thẩm quyền cấp xã", "cấp xã", None],
    "outcome": ["Đã giải quyết", "đang giải quyết", "Đã giải quyết", None],
    "source": ["a.parquet"] * 4,
    "row": [0, 1, 2, 3],
}
WORDED_SCHEMA = {
    "received": pl.Date,
    "competence": pl.String,
    "outcome": pl.String,
    "source": pl.String,
    "row": pl.Int64,
}


@pytest.mark.parametrize("engine", ENGINES)
def test_wordings_mapped_and_dates_read_as_years(engine: str) -> None:
    frame = make(engine, WORDED, WORDED_SCHEMA)
    out = petition_rates(
        frame,
        by=("year", "competence"),
        columns={"year": "received"},
        mapping=LedgerMapping.default(),
    )
    # By hand from WORDED: 2023 province resolved; 2023 commune in progress; 2024 commune
    # resolved; an unknown year and competence, unanswered. Sorted, None last.
    assert rows_of(out) == [
        (2023, "commune", 1, 0, 1),
        (2023, "province", 1, 1, 1),
        (2024, "commune", 1, 1, 1),
        (None, None, 1, 0, 0),
    ]


@pytest.mark.parametrize("engine", ENGINES)
def test_refused_rows_are_named_on_every_engine(engine: str) -> None:
    columns = {**WORDED, "outcome": ["Đã xong", "đang giải quyết", "Đã xong", None]}
    with pytest.raises(DataError) as info:
        petition_rates(make(engine, columns, WORDED_SCHEMA), by=(), mapping=LedgerMapping.default())
    assert [p.path for p in info.value.problems] == [
        "a.parquet row index 0",
        "a.parquet row index 2",
    ]


@pytest.mark.parametrize("engine", ENGINES)
def test_no_rows_and_a_column_of_another_kind(engine: str) -> None:
    empty = make(engine, {"year": [], "outcome": []}, {"year": pl.Int64, "outcome": pl.String})
    out = petition_rates(empty, by=("year",))
    assert rows_of(out) == []
    odd = make(
        engine, {"year": [2024], "outcome": [True]}, {"year": pl.Int64, "outcome": pl.Boolean}
    )
    with pytest.raises(DataError, match=r"outcome must hold strings, not (?i:bool)"):
        petition_rates(odd, by=("year",))


@pytest.mark.parametrize("engine", ENGINES)
def test_a_year_of_whole_floats_and_a_year_of_halves(engine: str) -> None:
    frame = make(
        engine,
        {"year": [2023.0, 2023.0, 2024.0], "outcome": ["resolved", None, "explained"]},
        {"year": pl.Float64, "outcome": pl.String},
    )
    assert rows_of(petition_rates(frame, by=("year",))) == [(2023.0, 2, 1, 1), (2024.0, 1, 0, 1)]
    halves = make(
        engine,
        {"year": [2023.5], "outcome": ["resolved"]},
        {"year": pl.Float64, "outcome": pl.String},
    )
    with pytest.raises(
        DataError, match=r"values not allowed: 2023\.5 \(a year is a whole number\)"
    ):
        petition_rates(halves, by=("year",))


def test_a_duckdb_relation_with_two_columns_of_one_name_is_refused() -> None:
    relation = duckdb.connect().sql("SELECT 2024 AS year, 'resolved' AS outcome, 2025 AS year")
    with pytest.raises(DataError) as info:
        petition_rates(relation, by=("year",))
    assert [(p.path, p.message) for p in info.value.problems] == [
        ("$", "cannot read the data frame: columns of one name: 'year'")
    ]
