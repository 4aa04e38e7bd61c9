"""petition_rates over lists of petitions and over data frames (through narwhals)."""

from __future__ import annotations

from fractions import Fraction
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tayho_coord.errors import DataError, ValidationError
from tayho_coord.metrics import GROUP_KEYS, petition_rates
from tayho_coord.model import (
    AdminUnit,
    Agency,
    AgencyKind,
    Competence,
    PartialDate,
    Petition,
    PetitionOutcome,
    UnitKind,
)

HN = AdminUnit("ha-noi", UnitKind.CENTRAL_CITY, "Hà Nội")
TH = AdminUnit("ha-noi/tay-ho", UnitKind.URBAN_DISTRICT, "Tây Hồ", parent=HN)
BD = AdminUnit("ha-noi/ba-dinh", UnitKind.URBAN_DISTRICT, "Ba Đình", parent=HN)
TH_UB = Agency("ha-noi/tay-ho/ubnd", AgencyKind.PEOPLES_COMMITTEE, TH)
BD_UB = Agency("ha-noi/ba-dinh/ubnd", AgencyKind.PEOPLES_COMMITTEE, BD)

D, C = Competence.DISTRICT, Competence.CENTRAL
RES, EXP, PRO = PetitionOutcome.RESOLVED, PetitionOutcome.EXPLAINED, PetitionOutcome.IN_PROGRESS

# (year received, competence, outcome, agency, sector); None where unknown.
RECORDS: list[tuple[int | None, Competence | None, PetitionOutcome | None, Agency | None, str]] = [
    (2019, D, RES, TH_UB, "đất đai"),
    (2019, D, RES, TH_UB, "đất đai"),
    (2019, D, EXP, BD_UB, "môi trường"),
    (2019, D, None, TH_UB, "đất đai"),
    (2019, C, PRO, None, "đất đai"),
    (2020, D, RES, BD_UB, "môi trường"),
    (2020, D, None, BD_UB, "môi trường"),
    (None, D, RES, TH_UB, "đất đai"),
    (2020, None, EXP, TH_UB, "giao thông"),
]


def petitions() -> list[Petition]:
    return [
        Petition(
            f"KN-{i}",
            received=None if year is None else PartialDate(year, 6),
            competence=competence,
            outcome=outcome,
            agency=agency,
            sector=sector,
        )
        for i, (year, competence, outcome, agency, sector) in enumerate(RECORDS)
    ]


def row(*values: Any, keys: tuple[str, ...] = ("year", "competence")) -> dict[str, Any]:
    *group, received, resolved, answered = values
    return {
        **dict(zip(keys, group, strict=True)),
        "received": received,
        "resolved": resolved,
        "answered": answered,
        "resolution_rate": Fraction(resolved, received),
    }


# Counted by hand from RECORDS: received = rows, resolved = outcome RESOLVED, answered = any
# outcome (issue 4: answered is not resolved).  Sorted by key, None last, enums in order.
BY_YEAR_COMPETENCE = [
    row(2019, C, 1, 0, 1),
    row(2019, D, 4, 2, 3),
    row(2020, D, 2, 1, 1),
    row(2020, None, 1, 0, 1),
    row(None, D, 1, 1, 1),
]


def test_rows_by_year_and_competence() -> None:
    assert petition_rates(petitions()) == BY_YEAR_COMPETENCE


def test_rows_from_a_generator() -> None:
    assert petition_rates(p for p in petitions()) == BY_YEAR_COMPETENCE


@pytest.mark.parametrize(
    ("by", "expected"),
    [
        ((), [row(9, 4, 7, keys=())]),
        (
            ("year",),
            [
                row(2019, 5, 2, 4, keys=("year",)),
                row(2020, 3, 1, 2, keys=("year",)),
                row(None, 1, 1, 1, keys=("year",)),
            ],
        ),
        (
            ("unit",),
            # Ba Đình: rows 3, 6, 7; Tây Hồ: rows 1, 2, 4, 8, 9; no agency: row 5.
            [
                row(BD, 3, 1, 2, keys=("unit",)),
                row(TH, 5, 3, 4, keys=("unit",)),
                row(None, 1, 0, 1, keys=("unit",)),
            ],
        ),
        (
            ("sector",),
            [
                row("giao thông", 1, 0, 1, keys=("sector",)),
                row("môi trường", 3, 1, 2, keys=("sector",)),
                row("đất đai", 5, 3, 4, keys=("sector",)),
            ],
        ),
    ],
)
def test_rows_by_other_keys(by: tuple[str, ...], expected: list[dict[str, Any]]) -> None:
    assert petition_rates(petitions(), by=by) == expected


def test_empty_input_gives_no_rows() -> None:
    assert petition_rates([]) == []


@pytest.mark.parametrize("bad", ["KN-1", {"outcome": "resolved"}, None])
def test_an_item_that_is_not_a_petition_is_named(bad: object) -> None:
    items: list[Any] = [*petitions()[:3], bad, *petitions()[:2]]
    with pytest.raises(DataError) as info:
        petition_rates(items)
    (problem,) = info.value.problems
    assert problem.path == "$[3]"
    assert type(bad).__name__ in problem.message


@pytest.mark.parametrize(
    "by", ["year", ("year", "year"), ("outcome",), ("received",), ("year", ""), (1,)]
)
def test_bad_keys_are_refused(by: Any) -> None:
    with pytest.raises(ValidationError) as info:
        petition_rates(petitions(), by=by)
    assert info.value.field == "by"


def test_columns_are_for_frames_only() -> None:
    with pytest.raises(ValidationError) as info:
        petition_rates(petitions(), columns={"year": "nam"})
    assert info.value.field == "columns"


def test_not_data_is_refused() -> None:
    with pytest.raises(DataError):
        petition_rates(42)  # type: ignore[call-overload]


def test_group_keys_are_documented_attributes() -> None:
    assert sorted(GROUP_KEYS) == ["agency", "competence", "sector", "session", "unit", "year"]


# Data frames --------------------------------------------------------------------------


def frame_columns() -> dict[str, list[Any]]:
    return {
        "year": [r[0] for r in RECORDS],
        "competence": [None if r[1] is None else r[1].value for r in RECORDS],
        "outcome": [None if r[2] is None else r[2].value for r in RECORDS],
        "sector": [r[4] for r in RECORDS],
    }


# The same table as BY_YEAR_COMPETENCE, as frame rows: competence as its stored value.
FRAME_ROWS = [
    (2019, "central", 1, 0, 1),
    (2019, "district", 4, 2, 3),
    (2020, "district", 2, 1, 1),
    (2020, None, 1, 0, 1),
    (None, "district", 1, 1, 1),
]


def _clean(value: Any) -> Any:
    import pandas as pd

    if pd.isna(value):  # None, NaN, pd.NA
        return None
    return int(value) if isinstance(value, float) else value


def tuples_of(pandas_frame: Any) -> list[tuple[Any, ...]]:
    return [
        tuple(_clean(v) for v in rec)
        for rec in pandas_frame.astype(object).itertuples(index=False, name=None)
    ]


def test_polars_frame() -> None:
    pl = pytest.importorskip("polars")
    out = petition_rates(pl.DataFrame(frame_columns()))
    assert isinstance(out, pl.DataFrame)
    assert out.columns == ["year", "competence", "received", "resolved", "answered"]
    assert out.rows() == FRAME_ROWS
    assert out.schema["received"] == pl.Int64


def test_polars_lazy_frame_stays_lazy() -> None:
    pl = pytest.importorskip("polars")
    out = petition_rates(pl.LazyFrame(frame_columns()))
    assert isinstance(out, pl.LazyFrame)
    assert out.collect().rows() == FRAME_ROWS


def test_pandas_frame() -> None:
    pd = pytest.importorskip("pandas")
    out = petition_rates(pd.DataFrame(frame_columns()))
    assert isinstance(out, pd.DataFrame)
    assert list(out.columns) == ["year", "competence", "received", "resolved", "answered"]
    assert tuples_of(out) == FRAME_ROWS


def test_pyarrow_table() -> None:
    pa = pytest.importorskip("pyarrow")
    out = petition_rates(pa.table(frame_columns()))
    assert isinstance(out, pa.Table)
    assert [tuple(r.values()) for r in out.to_pylist()] == FRAME_ROWS


def test_duckdb_relation_stays_lazy() -> None:
    duckdb = pytest.importorskip("duckdb")
    pa = pytest.importorskip("pyarrow")
    table = pa.table(frame_columns())
    con = duckdb.connect()
    relation = con.from_arrow(table)
    out = petition_rates(relation)
    assert isinstance(out, duckdb.DuckDBPyRelation)
    assert out.fetchall() == FRAME_ROWS


# Narwhals announces that its Dask backend moves to a `narwhals-dask` package, not yet on the
# package index: the warning is upstream's, not ours.
@pytest.mark.filterwarnings("ignore:Dask support is moving:FutureWarning")
def test_dask_frame_stays_lazy_and_runs_partitioned() -> None:
    dask = pytest.importorskip("dask")
    dd = pytest.importorskip("dask.dataframe")
    pd = pytest.importorskip("pandas")
    source = dd.from_pandas(pd.DataFrame(frame_columns()), npartitions=3)
    with dask.config.set(scheduler="synchronous"):
        out = petition_rates(source)
        # The result is a Dask collection again (the counts per group, computed from the 3
        # partitions where Dask ran them); computing it gives the same counts as anywhere else.
        assert isinstance(out, dd.DataFrame)
        assert source.npartitions == 3
        computed = out.compute()
    assert tuples_of(computed.reset_index(drop=True)) == FRAME_ROWS


@pytest.mark.filterwarnings("ignore:Dask support is moving:FutureWarning")
def test_a_lazy_frame_is_read_once() -> None:
    # Issue 15: the value check is folded into the one aggregation. Each partition of a Dask
    # frame is loaded by a function that counts its calls: petition_rates and computing its
    # result load each of the 3 partitions exactly once (the old check loaded them twice).
    dask = pytest.importorskip("dask")
    dd = pytest.importorskip("dask.dataframe")
    pd = pytest.importorskip("pandas")
    whole = pd.DataFrame(frame_columns())
    loads: list[int] = []

    def load(part: int) -> object:
        loads.append(part)
        return whole.iloc[part::3].reset_index(drop=True)

    meta = whole.iloc[:0]
    source = dd.from_map(load, [0, 1, 2], meta=meta, enforce_metadata=False)
    with dask.config.set(scheduler="synchronous"):
        computed = petition_rates(source).compute()
    assert tuples_of(computed.reset_index(drop=True)) == FRAME_ROWS
    assert sorted(loads) == [0, 1, 2]


def test_narwhals_frame_gives_a_narwhals_frame() -> None:
    pl = pytest.importorskip("polars")
    nw = pytest.importorskip("narwhals.stable.v2")
    out = petition_rates(nw.from_native(pl.DataFrame(frame_columns())))
    assert isinstance(out, nw.DataFrame)
    assert out.rows() == FRAME_ROWS


def test_column_names_are_configurable() -> None:
    pl = pytest.importorskip("polars")
    renamed = pl.DataFrame(frame_columns()).rename(
        {"year": "nam", "competence": "tham_quyen", "outcome": "ket_qua"}
    )
    out = petition_rates(
        renamed, columns={"year": "nam", "competence": "tham_quyen", "outcome": "ket_qua"}
    )
    assert out.columns == ["year", "competence", "received", "resolved", "answered"]
    assert out.rows() == FRAME_ROWS


def test_no_group_keys_on_a_frame() -> None:
    pl = pytest.importorskip("polars")
    assert petition_rates(pl.DataFrame(frame_columns()), by=()).rows() == [(9, 4, 7)]


# A group is a group of petitions: no petitions, no group, with or without keys, from a list
# or from any frame (the list's answer, [], is the rule; a row of zeros would be a rate 0/0).
def test_no_petitions_no_rows_from_lists_and_frames() -> None:
    pl = pytest.importorskip("polars")
    pd = pytest.importorskip("pandas")
    pa = pytest.importorskip("pyarrow")
    schema = {"year": pl.Int64, "competence": pl.String, "outcome": pl.String}
    empty = pl.DataFrame(schema=schema)
    for by in ((), ("year",)):
        assert petition_rates([], by=by) == []
        assert petition_rates(empty, by=by).rows() == []
        assert petition_rates(empty.lazy(), by=by).collect().rows() == []
        assert len(petition_rates(empty.to_pandas(), by=by)) == 0
        assert petition_rates(pa.table(empty.to_arrow()), by=by).num_rows == 0
    assert list(petition_rates(pd.DataFrame(frame_columns()), by=()).columns) == [
        "received",
        "resolved",
        "answered",
    ]


# Values a frame may hold: PetitionOutcome's and Competence's values (their identifiers, as in
# data files), null; whole years. Anything else is named, never counted as a group of its own.
OUTCOMES_RULE = (
    "an outcome is one of 'resolved', 'in_progress', 'explained', 'unresolved', "
    "'unresolved_objective', or null while unanswered"
)
COMPETENCE_RULE = "a competence is one of 'central', 'province', 'district', 'commune', or null"


def test_outcome_values_are_checked() -> None:
    pl = pytest.importorskip("polars")
    frame = pl.DataFrame(
        {"year": [2019] * 4, "outcome": ["resolved", "Resolved", "đã giải quyết", None]}
    )
    for data in (frame, frame.lazy()):
        with pytest.raises(DataError) as info:
            petition_rates(data, by=("year",))
        assert [(p.path, p.message) for p in info.value.problems] == [
            ("$.outcome", f"values not allowed: 'Resolved', 'đã giải quyết' ({OUTCOMES_RULE})")
        ]


def test_competence_values_are_checked_where_competence_is_a_key() -> None:
    pl = pytest.importorskip("polars")
    frame = pl.DataFrame(
        {
            "year": [2019, 2019, 2020],
            "competence": ["district", "galactic", None],
            "ket_qua": ["resolved", "bogus", None],
        }
    )
    with pytest.raises(DataError) as info:
        petition_rates(frame, columns={"outcome": "ket_qua"})
    assert [(p.path, p.message) for p in info.value.problems] == [
        ("$.ket_qua", f"values not allowed: 'bogus' ({OUTCOMES_RULE})"),
        ("$.competence", f"values not allowed: 'galactic' ({COMPETENCE_RULE})"),
    ]
    # Not a key: the column is not read, so its values do not matter.
    fine = frame.with_columns(pl.col("ket_qua").replace("bogus", "explained"))
    rows = petition_rates(fine, by=("year",), columns={"outcome": "ket_qua"}).rows()
    assert rows == [(2019, 2, 1, 2), (2020, 1, 0, 0)]


def test_many_bad_values_are_shortened() -> None:
    pl = pytest.importorskip("polars")
    bad = [f"x{i}" for i in range(8)]
    with pytest.raises(DataError) as info:
        petition_rates(pl.DataFrame({"outcome": bad}), by=())
    (problem,) = info.value.problems
    assert problem.message.startswith("values not allowed: 'x0', 'x1', 'x2', 'x3', 'x4', …")


@pytest.mark.parametrize(
    ("make", "bad"),
    [
        ("polars", [2019.5, float("nan"), float("inf")]),
        ("pyarrow", [2019.5, float("nan"), float("inf")]),
        # pandas marks a missing float with NaN: a null (an unknown year), not a bad value.
        ("pandas", [2019.5, float("inf")]),
    ],
)
def test_years_must_be_whole_numbers(make: str, bad: list[float]) -> None:
    pytest.importorskip(make)
    columns = {
        "year": [2019.0, 2019.5, float("nan"), float("inf"), None],
        "outcome": ["resolved", None, None, None, None],
    }
    frame = _native(make, columns)
    with pytest.raises(DataError) as info:
        petition_rates(frame, by=("year",))
    (problem,) = info.value.problems
    assert problem.path == "$.year"
    shown = ", ".join(map(repr, sorted(bad, key=repr)))
    assert problem.message == f"values not allowed: {shown} (a year is a whole number)"


def test_whole_float_years_and_pandas_nan_years_are_fine() -> None:
    pd = pytest.importorskip("pandas")
    frame = pd.DataFrame({"year": [2019.0, 2019.0, None], "outcome": ["resolved", None, None]})
    assert frame["year"].dtype == "float64"  # the None became NaN
    # Grouped like a list of petitions, where an unknown received date groups under None.
    assert tuples_of(petition_rates(frame, by=("year",))) == [(2019, 2, 1, 1), (None, 1, 0, 0)]


def _native(library: str, columns: dict[str, list[Any]]) -> Any:
    import pyarrow as pa

    table = pa.table(columns)
    if library == "polars":
        import polars as pl

        return pl.DataFrame(table)
    if library == "pandas":
        return table.to_pandas()
    return table


@pytest.mark.filterwarnings("ignore:Dask support is moving:FutureWarning")
def test_dask_values_are_checked_in_every_partition() -> None:
    pytest.importorskip("dask")
    dd = pytest.importorskip("dask.dataframe")
    pd = pytest.importorskip("pandas")
    outcomes = ["resolved"] * 8 + ["Resolved"]  # the bad value in the last partition only
    source = dd.from_pandas(pd.DataFrame({"outcome": outcomes}), npartitions=3)
    with pytest.raises(DataError, match="values not allowed: 'Resolved'"):
        petition_rates(source, by=())


def test_missing_and_mistyped_columns_are_all_named() -> None:
    pl = pytest.importorskip("polars")
    bad = pl.DataFrame(
        {"year": ["2019", "2020"], "competence": [1, 2], "result": ["resolved", None]}
    )
    with pytest.raises(DataError) as info:
        petition_rates(bad)
    assert [(p.path, p.message) for p in info.value.problems] == [
        (
            "$.year",
            "a year must be a number, not String; convert it first:"
            " df.with_columns(pl.col('year').cast(pl.Int64)) (polars)",
        ),
        ("$.competence", "competence must hold strings, not Int64"),
        (
            "$.outcome",
            "no such column; the columns are 'year', 'competence', 'result';"
            " map your column with columns={'outcome': 'your_column'}",
        ),
    ]
    with pytest.raises(DataError) as info:
        petition_rates(bad.rename({"result": "kq"}), by=(), columns={"outcome": "ket_qua"})
    assert [p.path for p in info.value.problems] == ["$.ket_qua"]
    assert "(for 'outcome')" in info.value.problems[0].message


def test_mistyped_outcome_in_a_lazy_frame_is_found_without_running_it() -> None:
    pl = pytest.importorskip("polars")
    lazy = pl.LazyFrame({"year": [2019], "competence": ["district"], "outcome": [1]})
    with pytest.raises(DataError, match=r"outcome must hold strings, not Int64"):
        petition_rates(lazy)


def test_categorical_columns_work() -> None:
    pd = pytest.importorskip("pandas")
    frame = pd.DataFrame(frame_columns())
    frame["competence"] = frame["competence"].astype("category")
    frame["outcome"] = frame["outcome"].astype("category")
    assert tuples_of(petition_rates(frame)) == FRAME_ROWS


outcomes = st.sampled_from([None, *PetitionOutcome])
records = st.lists(
    st.tuples(
        st.sampled_from([None, 2019, 2020, 2021]), st.sampled_from([None, *Competence]), outcomes
    ),
    max_size=40,
)


@settings(max_examples=40, deadline=None)
@given(records)
def test_frame_and_list_agree(data: list[tuple[int | None, Competence | None, Any]]) -> None:
    pl = pytest.importorskip("polars")
    items = [
        Petition(
            f"KN-{i}",
            received=None if y is None else PartialDate(y),
            competence=c,
            outcome=o,
        )
        for i, (y, c, o) in enumerate(data)
    ]
    frame = pl.DataFrame(
        {
            "year": [y for y, _, _ in data],
            "competence": [None if c is None else c.value for _, c, _ in data],
            "outcome": [None if o is None else o.value for _, _, o in data],
        },
        schema={"year": pl.Int64, "competence": pl.String, "outcome": pl.String},
    )
    from_list = {
        (r["year"], None if r["competence"] is None else r["competence"].value): (
            r["received"],
            r["resolved"],
            r["answered"],
        )
        for r in petition_rates(items)
    }
    from_frame = {(y, c): (n, r, a) for y, c, n, r, a in petition_rates(frame).rows()}
    assert from_list == from_frame
    assert sum(n for n, _, _ in from_list.values()) == len(data)


# An analyst's notebook: Vietnamese column names, mapped with columns=.
VI_COLUMNS = {"year": "nam", "outcome": "ket_qua", "competence": "tham_quyen"}


def vi_frame(pd: Any) -> Any:
    return pd.DataFrame(
        {
            "nam": [2020, 2019, 2020, 2019, 2019],
            "tham_quyen": ["district", "district", "province", "district", "district"],
            "ket_qua": ["resolved", "resolved", "explained", None, "resolved"],
        }
    )


# Counted by hand from vi_frame: 2019 district 3 received (2 resolved, 2 answered);
# 2020 district 1 (1, 1); 2020 province 1 (0 resolved, 1 answered).
VI_ROWS = [(2019, "district", 3, 2, 2), (2020, "district", 1, 1, 1), (2020, "province", 1, 0, 1)]


def test_a_pandas_result_has_a_clean_range_index() -> None:
    pd = pytest.importorskip("pandas")
    out = petition_rates(vi_frame(pd), columns=VI_COLUMNS)
    assert tuples_of(out) == VI_ROWS
    # Sorted, not in the order the groups were first met; renumbered 0, 1, 2.
    assert isinstance(out.index, pd.RangeIndex)
    assert list(out.index) == [0, 1, 2]
    assert isinstance(petition_rates(vi_frame(pd), by=(), columns=VI_COLUMNS).index, pd.RangeIndex)


# The type is named as the frame's library names it (pyarrow: large_string, from pandas).
@pytest.mark.parametrize(
    ("make", "dtype", "message"),
    [
        ("pandas", "String", "df['nam'] = df['nam'].astype('Int64') (pandas)"),
        ("polars", "String", "df.with_columns(pl.col('nam').cast(pl.Int64)) (polars)"),
        ("pyarrow", "large_string", "cast 'nam' to an integer type"),
    ],
)
def test_a_year_stored_as_text_is_refused_with_the_conversion(
    make: str, dtype: str, message: str
) -> None:
    pd = pytest.importorskip("pandas")
    lib = pytest.importorskip(make)
    frame = vi_frame(pd).astype({"nam": str})
    data = {"pandas": lambda: frame, "polars": lambda: lib.from_pandas(frame)}.get(
        make, lambda: lib.Table.from_pandas(frame)
    )()
    with pytest.raises(DataError) as info:
        petition_rates(data, columns=VI_COLUMNS)
    [problem] = info.value.problems
    assert problem.path == "$.nam"
    assert problem.message == f"a year must be a number, not {dtype}; convert it first: {message}"


def test_the_conversion_said_works() -> None:
    pd = pytest.importorskip("pandas")
    df = vi_frame(pd).astype({"nam": str})
    df["nam"] = df["nam"].astype("Int64")
    assert tuples_of(petition_rates(df, columns=VI_COLUMNS)) == VI_ROWS


def test_a_missing_column_says_how_to_map_it() -> None:
    pd = pytest.importorskip("pandas")
    with pytest.raises(DataError) as info:
        petition_rates(vi_frame(pd), by=("year",), columns={"outcome": "ket_qua"})
    assert [(p.path, p.message) for p in info.value.problems] == [
        (
            "$.year",
            "no such column; the columns are 'nam', 'tham_quyen', 'ket_qua';"
            " map your column with columns={'year': 'your_column'}",
        )
    ]


@pytest.mark.parametrize("make", ["pandas", "polars"])
def test_a_date_column_as_the_year_counts_by_its_calendar_year(make: str) -> None:
    pd = pytest.importorskip("pandas")
    lib = pytest.importorskip(make)
    frame = vi_frame(pd)
    # The day each petition was received, in the year of vi_frame's "nam"; one unknown.
    frame["ngay_nhan"] = pd.to_datetime(
        ["2020-03-02", "2019-12-31", "2020-01-01", "2019-06-15", None]
    )
    data = frame if make == "pandas" else lib.from_pandas(frame)
    out = petition_rates(data, columns={**VI_COLUMNS, "year": "ngay_nhan"})
    rows = tuples_of(out if make == "pandas" else out.to_pandas())
    # As VI_ROWS, but the last petition (2019, resolved) has no date: its year is unknown.
    assert rows == [
        (2019, "district", 2, 1, 1),
        (2020, "district", 1, 1, 1),
        (2020, "province", 1, 0, 1),
        (None, "district", 1, 1, 1),
    ]
    dates = frame.assign(ngay_nhan=frame["ngay_nhan"].dt.date)  # datetime.date objects
    if make == "polars":
        out = petition_rates(lib.from_pandas(dates), columns={**VI_COLUMNS, "year": "ngay_nhan"})
        assert tuples_of(out.to_pandas()) == rows
