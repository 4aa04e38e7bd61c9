"""Lazily read ledgers: every refused row named by file and row, a second pass only then.

Issue 15: "every row that does not map is reported with its sheet (or file), row number,
column and value — all of them at once". On the lazy path the values are checked on the
counts of the one pass; only when a value is refused are the rows holding it looked up, in
a second pass. Row numbers are as the clerk finds them: a Parquet row's index in its file
(from 0, as polars and DuckDB number them), a CSV row's line (the header is line 1).
"""

from __future__ import annotations

import subprocess
import sys
import time
from typing import TYPE_CHECKING, Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from ledger_files import write_csv

from tayho_coord.cli import main
from tayho_coord.errors import DataError, ValidationError
from tayho_coord.io import LedgerMapping, ledger_place, read_ledger, scan_ledger
from tayho_coord.io._ledger import Ticker
from tayho_coord.metrics import _rates, petition_rates

if TYPE_CHECKING:
    from pathlib import Path

pl = pytest.importorskip("polars")
duckdb = pytest.importorskip("duckdb")

MAPPING = LedgerMapping.default()
UNKNOWN = "not a wording of outcome the mapping knows: add yours to it"


def national(tmp_path: Path) -> Path:
    """Two years of a ledger, one Parquet file each; three rows hold unknown wordings."""
    folder = tmp_path / "quoc-gia"
    for year, outcomes in (
        (2023, ["Đã giải quyết", "Đã xong", "Đang giải quyết", "Đã xong"]),
        (2024, ["Xong rồi", "đã giải quyết", None]),
    ):
        (folder / f"nam={year}").mkdir(parents=True)
        pl.DataFrame(
            {
                "Thẩm quyền giải quyết": ["Cấp tỉnh"] * len(outcomes),
                "Kết quả giải quyết": outcomes,
            },
            schema_overrides={"Kết quả giải quyết": pl.String},
        ).write_parquet(folder / f"nam={year}" / "0.parquet")
    return folder


def counted(out: Any) -> list[tuple[Any, ...]]:
    return out.collect().rows() if isinstance(out, pl.LazyFrame) else out.fetchall()


@pytest.mark.parametrize("engine", ["polars", "duckdb"])
def test_every_refused_row_is_named_by_file_and_row(tmp_path: Path, engine: Any) -> None:
    folder = national(tmp_path)
    with pytest.raises(DataError) as info:
        petition_rates(scan_ledger(folder, engine=engine), mapping=MAPPING)
    first, second = folder / "nam=2023" / "0.parquet", folder / "nam=2024" / "0.parquet"
    # Rows 1 and 3 of the 2023 file (from 0), row 0 of the 2024 file: in file and row order.
    assert [(p.path, p.message) for p in info.value.problems] == [
        (f"{first} row index 1", f"column 'outcome': 'Đã xong': {UNKNOWN}"),
        (f"{first} row index 3", f"column 'outcome': 'Đã xong': {UNKNOWN}"),
        (f"{second} row index 0", f"column 'outcome': 'Xong rồi': {UNKNOWN}"),
    ]
    # With the two wordings added, the same files count (by hand: 2023 has 2 resolved of 4,
    # all answered; 2024 has 2 resolved of 3, 2 answered).
    mine = MAPPING.extended(values={"outcome": {"Đã xong": "resolved", "Xong rồi": "resolved"}})
    out = petition_rates(scan_ledger(folder, mine, engine=engine), by=("year",), mapping=mine)
    assert counted(out) == [(2023, 4, 3, 4), (2024, 3, 2, 2)]


def test_a_competence_refused_is_named_too(tmp_path: Path) -> None:
    path = tmp_path / "so.parquet"
    pl.DataFrame(
        {"Thẩm quyền": ["Cấp tỉnh", "Cấp thành phố"], "Kết quả": ["Đã giải quyết", None]}
    ).write_parquet(path)
    with pytest.raises(DataError) as info:
        petition_rates(scan_ledger(path), by=("competence",), mapping=MAPPING)
    assert [(p.path, p.message) for p in info.value.problems] == [
        (
            f"{path} row index 1",
            "column 'competence': 'Cấp thành phố': not a wording of competence the mapping"
            " knows: add yours to it",
        )
    ]


def test_a_csv_row_is_its_line(tmp_path: Path) -> None:
    csv = write_csv(
        tmp_path / "so.csv",
        [["Năm", "Kết quả giải quyết"], ["2024", "Đã giải quyết"], ["2024", "Đã xong"]],
        delimiter=",",
    )
    with pytest.raises(DataError) as info:
        petition_rates(scan_ledger(csv), by=("year",), mapping=MAPPING)
    assert [p.path for p in info.value.problems] == [f"{csv} row 3"]


def test_past_the_bound_the_rows_left_are_counted(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "so.parquet"
    pl.DataFrame({"Kết quả": ["Đã xong"] * 5 + ["Đã giải quyết"]}).write_parquet(path)
    monkeypatch.setattr(_rates, "MAX_NAMED_ROWS", 2)
    with pytest.raises(DataError) as info:
        petition_rates(scan_ledger(path), by=(), mapping=MAPPING)
    problems = info.value.problems
    assert [p.path for p in problems] == [f"{path} row index 0", f"{path} row index 1", "$.outcome"]
    assert problems[-1].message == (
        "'Đã xong': 3 more rows hold it (5 in all; the first 2 rows of the column are named)"
    )


def test_a_frame_without_rows_names_its_columns(tmp_path: Path) -> None:
    # A frame that does not say where its rows are (no `row` column): each column once.
    frame = pl.LazyFrame({"outcome": ["Đã xong", "resolved", "Đã xong"]})
    with pytest.raises(DataError) as info:
        petition_rates(frame, by=(), mapping=MAPPING)
    [problem] = info.value.problems
    assert problem.path == "$.outcome"
    assert problem.message.startswith("values not allowed: 'Đã xong' (an outcome is one of")


@pytest.mark.filterwarnings("ignore:Dask support is moving:FutureWarning")
def test_the_second_pass_is_taken_only_when_a_value_is_refused() -> None:
    # Each partition of a Dask frame is loaded by a function that counts its loads.
    dask = pytest.importorskip("dask")
    dd = pytest.importorskip("dask.dataframe")
    pd = pytest.importorskip("pandas")

    def ledger(outcomes: list[str]) -> tuple[Any, list[int]]:
        whole = pd.DataFrame(
            {"outcome": outcomes, "source": ["a.parquet"] * 6, "row": list(range(6))}
        )
        loads: list[int] = []

        def load(part: int) -> object:
            loads.append(part)
            return whole.iloc[part * 2 : part * 2 + 2]

        frame = dd.from_map(load, [0, 1, 2], meta=whole.iloc[:0], enforce_metadata=False)
        return frame, loads

    with dask.config.set(scheduler="synchronous"):
        clean, loads = ledger(["Đã giải quyết"] * 6)
        assert petition_rates(clean, by=(), mapping=MAPPING).compute().values.tolist() == [
            [6, 6, 6]
        ]
        assert sorted(loads) == [0, 1, 2]  # one pass
        bad, loads = ledger(["Đã giải quyết"] * 5 + ["Đã xong"])
        with pytest.raises(DataError) as info:
            petition_rates(bad, by=(), mapping=MAPPING)
        assert [p.path for p in info.value.problems] == ["a.parquet row index 5"]
        assert sorted(loads) == [0, 0, 1, 1, 2, 2]  # the count, then the rows refused


def test_scan_ledger_refuses_an_engine_and_a_csv_for_duckdb(tmp_path: Path) -> None:
    csv = write_csv(tmp_path / "so.csv", [["Năm", "Kết quả"], ["2024", "Đã giải quyết"]])
    with pytest.raises(ValidationError, match="is 'polars' or 'duckdb'"):
        scan_ledger(csv, engine="spark")  # type: ignore[arg-type]
    with pytest.raises(DataError, match=r"reads Parquet \(CSV: engine='polars'\)"):
        scan_ledger(csv, engine="duckdb")
    with pytest.raises(DataError, match="no ledger given"):
        scan_ledger([])


def test_each_files_headers_are_its_own(tmp_path: Path) -> None:
    # Two files of one ledger, the outcome headed differently in each; a third with two
    # headers meaning the outcome and a fourth without one: both named at once.
    pl.DataFrame({"Kết quả": ["Đã giải quyết"], "Năm": [2024]}).write_parquet(
        tmp_path / "a.parquet"
    )
    pl.DataFrame({"Tình trạng": ["Đang giải quyết"], "Năm": [2024]}).write_parquet(
        tmp_path / "b.parquet"
    )
    files = [tmp_path / "a.parquet", tmp_path / "b.parquet"]
    for engine in ("polars", "duckdb"):
        out = petition_rates(scan_ledger(files, engine=engine), by=("year",), mapping=MAPPING)
        assert counted(out) == [(2024, 2, 1, 2)], engine
    pl.DataFrame({"Kết quả": ["x"], "Tình trạng": ["y"]}).write_parquet(tmp_path / "c.parquet")
    pl.DataFrame({"Năm": [2024]}).write_parquet(tmp_path / "d.parquet")
    for engine in ("polars", "duckdb"):
        with pytest.raises(DataError) as info:
            scan_ledger([*files, tmp_path / "c.parquet", tmp_path / "d.parquet"], engine=engine)  # type: ignore[arg-type]
        paths = [p.path for p in info.value.problems]
        assert paths == [f"{tmp_path / 'c.parquet'}: $.Tình trạng", f"{tmp_path / 'd.parquet'}: $"]


def test_partition_values_are_numbers_when_every_folder_says_so(tmp_path: Path) -> None:
    for part in ("nam=2023/dot=I", "nam=2024/dot=II"):
        (tmp_path / part).mkdir(parents=True)
        pl.DataFrame({"Kết quả": ["Đã giải quyết"]}).write_parquet(tmp_path / part / "0.parquet")
    lazy = scan_ledger(tmp_path)
    # "nam" reads as the year (whole numbers); "dot" is no column of a ledger: left out.
    assert lazy.collect_schema()["year"] == pl.Int64
    assert sorted(lazy.select("year").collect()["year"].to_list()) == [2023, 2024]


def test_the_command_names_the_refused_rows(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = national(tmp_path)
    assert main(["petitions", str(folder)]) == 1
    err = capsys.readouterr().err
    assert f"{folder / 'nam=2023' / '0.parquet'} row index 1: column 'outcome': 'Đã xong'" in err
    assert f"{folder / 'nam=2024' / '0.parquet'} row index 0" in err


def test_ledger_place_reads_as_the_clerk_finds_the_row() -> None:
    assert ledger_place("so.xlsx", "Quý I", 7) == "so.xlsx 'Quý I' row 7"
    assert ledger_place("so.csv", None, 3) == "so.csv row 3"
    assert ledger_place("nam=2024/0.PARQUET", None, 0) == "nam=2024/0.PARQUET row index 0"
    assert ledger_place(None, None, 4) == "row 4"


def test_progress_is_drawn_on_a_terminal_only(capsys: pytest.CaptureFixture[str]) -> None:
    with Ticker("doc", True, after=0.0, every=0.01):
        time.sleep(0.05)
    err = capsys.readouterr().err
    assert err.startswith("\rdoc ... 0 s")
    assert err.endswith(" done\n")
    with Ticker("doc", False, after=0.0, every=0.01):
        time.sleep(0.02)
    with Ticker("doc", after=0.0, every=0.01):  # standard error is no terminal here
        time.sleep(0.02)
    with Ticker("doc", True, after=5.0):  # a read shorter than `after`: nothing drawn
        pass
    petition_rates(pl.LazyFrame({"outcome": ["resolved"]}), by=())
    assert capsys.readouterr().err == ""


# The lazy path loads no library the frame's own does not need (issue 15: no pandas unless
# the user's frame is pandas'), nor narwhals: checked in a fresh interpreter. By hand from
# national(): with "Đã xong" in progress and "Xong rồi" not answered, 2023 has 4 petitions,
# 1 resolved, 4 answered; 2024 has 3, 1 resolved, 1 answered.
_LIGHT = """
import sys
import {engine}
from tayho_coord.io import LedgerMapping, scan_ledger
from tayho_coord.metrics import petition_rates
out = petition_rates(scan_ledger(sys.argv[1], engine="{engine}"), mapping=LedgerMapping.default())
rows = out.collect().rows() if "{engine}" == "polars" else out.fetchall()
assert rows == [(2023, "province", 4, 1, 4), (2024, "province", 3, 1, 1)], rows
print(sorted(m for m in ("pandas", "pyarrow", "narwhals") if m in sys.modules))
"""


@pytest.mark.parametrize("engine", ["polars", "duckdb"])
def test_the_lazy_path_loads_no_pandas_nor_narwhals(tmp_path: Path, engine: str) -> None:
    folder = national(tmp_path)
    mine = MAPPING.extended(values={"outcome": {"Đã xong": "in_progress", "Xong rồi": None}})
    path = tmp_path / "m.json"
    text = '{"values": {"outcome": {"Đã xong": "in_progress", "Xong rồi": null}}}'
    path.write_text(text, encoding="utf-8")
    assert LedgerMapping.from_json(path) == mine
    script = _LIGHT.format(engine=engine).replace(
        "LedgerMapping.default()", f"LedgerMapping.from_json({str(path)!r})"
    )
    done = subprocess.run(
        [sys.executable, "-c", script, str(folder)], capture_output=True, text=True, check=True
    )
    assert done.stdout.strip() == "[]"


# polars and DuckDB read the same files alike: the same counts, or the same rows refused.
wordings = st.sampled_from(["Đã giải quyết", "đang giải quyết", "Đã xong", "resolved", None])


@settings(max_examples=25, deadline=None)
@given(st.lists(st.tuples(st.sampled_from([2023, 2024, None]), wordings), max_size=12))
def test_polars_and_duckdb_agree(tmp_path_factory: Any, data: list[tuple[Any, Any]]) -> None:
    path = tmp_path_factory.mktemp("l") / "so.parquet"
    pl.DataFrame(
        {"Năm": [y for y, _ in data], "Kết quả": [o for _, o in data]},
        schema={"Năm": pl.Int64, "Kết quả": pl.String},
    ).write_parquet(path)

    def answer(engine: Any) -> list[tuple[Any, ...]]:
        try:
            out = petition_rates(scan_ledger(path, engine=engine), by=("year",), mapping=MAPPING)
        except DataError as exc:
            return [(p.path, p.message) for p in exc.problems]
        return counted(out)

    answers = [answer("polars"), answer("duckdb")]
    assert answers[0] == answers[1]
    refused = [i for i, (_, o) in enumerate(data) if o == "Đã xong"]
    if refused:
        assert [p for p, _ in answers[0]] == [f"{path} row index {i}" for i in refused]
    else:
        assert sum(r[1] for r in answers[0]) == len(data)


def test_read_ledger_names_parquet_rows_as_scan_ledger_does(tmp_path: Path) -> None:
    folder = national(tmp_path)
    first, second = folder / "nam=2023" / "0.parquet", folder / "nam=2024" / "0.parquet"
    with pytest.raises(DataError) as info:
        read_ledger(folder, progress=False)
    assert [p.path for p in info.value.problems] == [
        f"{first} row index 1",
        f"{first} row index 3",
        f"{second} row index 0",
    ]
    assert info.value.problems[0].message.startswith(
        "column 'Kết quả giải quyết': 'Đã xong': not a wording of outcome"
    )
    mine = MAPPING.extended(values={"outcome": {"Đã xong": "resolved", "Xong rồi": "resolved"}})
    frame = read_ledger(folder, mine, progress=False)
    # Each petition keeps its own file and its index there; the year from the folder.
    assert frame.select("source", "row", "year").rows() == [
        *((str(first), i, 2023) for i in range(4)),
        *((str(second), i, 2024) for i in range(3)),
    ]
    (tmp_path / "trong").mkdir()
    with pytest.raises(DataError, match="no Parquet files"):
        read_ledger(tmp_path / "trong", progress=False)


def test_files_of_one_folder_with_other_types_are_scanned_apart(tmp_path: Path) -> None:
    # The same headers, the outcome stored as text in one file and as categories in the
    # other (as pyarrow writes a dictionary): each file keeps its own rows' indexes.
    (tmp_path / "nam=2024").mkdir()
    for i, dtype in enumerate((pl.String, pl.Categorical)):
        pl.DataFrame(
            {"Kết quả": ["Đã giải quyết", "Đã xong"]}, schema={"Kết quả": dtype}
        ).write_parquet(tmp_path / "nam=2024" / f"{i}.parquet")
    with pytest.raises(DataError) as info:
        petition_rates(scan_ledger(tmp_path), by=("year",), mapping=MAPPING)
    assert [p.path for p in info.value.problems] == [
        f"{tmp_path / 'nam=2024' / '0.parquet'} row index 1",
        f"{tmp_path / 'nam=2024' / '1.parquet'} row index 1",
    ]
    mine = MAPPING.extended(values={"outcome": {"Đã xong": "resolved"}})
    out = petition_rates(scan_ledger(tmp_path, mine), by=("year",), mapping=mine)
    assert out.collect().rows() == [(2024, 4, 4, 4)]
    many = tmp_path / "nhieu"
    many.mkdir()
    for i in range(3):  # files of one schema: one scan, each row still by its own file
        pl.DataFrame({"Kết quả": ["Đã giải quyết", "Đã xong"]}).write_parquet(many / f"{i}.parquet")
    with pytest.raises(DataError) as info:
        petition_rates(scan_ledger(many), by=(), mapping=MAPPING)
    assert [p.path for p in info.value.problems] == [
        f"{many / f'{i}.parquet'} row index 1" for i in range(3)
    ]
