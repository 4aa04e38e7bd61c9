"""Benchmark: petition_rates on a national ledger in Parquet, against hand-written queries.

Issue 15. The ledger is the synthetic one of ``scripts/gen_national_ledger.py`` (partitioned
by year, 34 provinces, 3 321 communes, five years; every value synthetic). Each method counts
received, resolved and answered petitions per year and competence from the same files, in
this run, each measurement in a fresh subprocess (so its peak memory, ``ru_maxrss``, is its
own and no cache of one method helps another):

- polars: ``petition_rates(pl.scan_parquet(…))`` and ``petition_rates(scan_ledger(folder),
  mapping=…)`` (headers and wordings mapped, each row's file and row kept) against a
  hand-written polars lazy query (streaming engine), and the same query on polars' default
  in-memory engine;
- DuckDB: ``petition_rates`` of a relation over ``read_parquet(…)`` and of
  ``scan_ledger(folder, engine="duckdb")`` against hand-written SQL;
- Dask: ``petition_rates`` of ``dd.read_parquet(…)`` against a hand-written Dask groupby;
- refused: ``petition_rates(scan_ledger(…), mapping=…)`` on a copy of the ledger where 100
  rows of one file hold a wording the mapping does not know ("Đã xong"), until the
  DataError naming those 100 rows (the second pass, taken only then), against the same call
  on the ledger as it is.

Time is the query alone (imports excluded: the engine and tayho_coord are imported before the
clock), the median of ``--repeats`` runs, as wall-clock time and as the process's CPU time
(all its threads; less shaken by other jobs on a shared machine); memory is the median peak
resident set of those runs (the whole process, imports included; Linux's VmHWM: ``ru_maxrss``
would report the parent's peak, kept across exec). Each measurement also says which of
pandas, pyarrow and narwhals the call itself imported. The ratios compare petition_rates
with the hand-written query of the same engine (goal: within 1.3x, and peak memory flat as
rows grow). All methods must give the same counts, or the run stops.

Run (outside the test suite; needs the ``frames`` extra)::

    .venv/bin/python scripts/gen_national_ledger.py 10000000 /tmp/ledger-1e7
    .venv/bin/python benchmarks/bench_ledger_scale.py /tmp/ledger-1e7 [more folders…]
"""

from __future__ import annotations

import argparse
import json
import platform
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

METHODS = (
    "polars petition_rates",
    "polars petition_rates(scan_ledger)",
    "polars hand (streaming)",
    "polars hand (in memory)",
    "duckdb petition_rates",
    "duckdb petition_rates(scan_ledger)",
    "duckdb hand SQL",
    "dask petition_rates",
    "dask hand groupby",
    "refused scan_ledger",
)
BASELINES = {
    "polars petition_rates": "polars hand (streaming)",
    "polars petition_rates(scan_ledger)": "polars hand (streaming)",
    "duckdb petition_rates": "duckdb hand SQL",
    "duckdb petition_rates(scan_ledger)": "duckdb hand SQL",
    "dask petition_rates": "dask hand groupby",
    "refused scan_ledger": "polars petition_rates(scan_ledger)",
}
# Methods whose rows are not counts to compare (the refused run ends in a DataError).
NOT_COUNTS = ("refused scan_ledger",)
REFUSED_ROWS = 100


def run_method(method: str, folder: str) -> list[tuple[Any, ...]]:
    """Run one method on the ledger under ``folder``; the rows (year, competence, counts).

    Every module is imported before the clock starts (see :func:`child`).
    """
    files = f"{folder}/**/*.parquet"
    if method == "refused scan_ledger":
        from tayho_coord.errors import DataError
        from tayho_coord.io import LedgerMapping, scan_ledger
        from tayho_coord.metrics import petition_rates

        try:
            petition_rates(scan_ledger(refused_copy(folder)), mapping=LedgerMapping.default())
        except DataError as error:
            named = [p for p in error.problems if "row index" in p.path]
            assert len(named) == REFUSED_ROWS, len(named)
            return [(len(named),)]
        raise AssertionError("the unknown wording was not refused")
    if method.startswith("polars"):
        import polars as pl

        from tayho_coord.io import LedgerMapping, scan_ledger
        from tayho_coord.metrics import petition_rates

        lazy = pl.scan_parquet(files, hive_partitioning=True)
        if method == "polars petition_rates":
            out = petition_rates(lazy).collect()
        elif method == "polars petition_rates(scan_ledger)":
            mapping = LedgerMapping.default()
            out = petition_rates(scan_ledger(folder), mapping=mapping).collect()
        else:
            outcome = pl.col("outcome")
            query = (
                lazy.group_by("year", "competence")
                .agg(
                    pl.len().alias("received"),
                    (outcome == "resolved").sum().alias("resolved"),
                    outcome.is_not_null().sum().alias("answered"),
                )
                .sort("year", "competence", nulls_last=True)
            )
            engine = "streaming" if "streaming" in method else "in-memory"
            out = query.collect(engine=engine)
        return [(y, str(c), *n) for y, c, *n in out.rows()]
    if method.startswith("duckdb"):
        import duckdb

        from tayho_coord.io import LedgerMapping, scan_ledger
        from tayho_coord.metrics import petition_rates

        con = duckdb.connect()
        source = f"read_parquet('{files}', hive_partitioning = true)"
        if method == "duckdb petition_rates(scan_ledger)":
            relation = scan_ledger(folder, engine="duckdb", connection=con)
            rows = petition_rates(relation, mapping=LedgerMapping.default()).fetchall()
        elif method == "duckdb petition_rates":
            rows = petition_rates(con.sql(f"SELECT * FROM {source}")).fetchall()
        else:
            rows = con.sql(
                "SELECT year, competence, count(*) AS received,"
                " count(*) FILTER (WHERE outcome = 'resolved') AS resolved,"
                f" count(outcome) AS answered FROM {source}"
                " GROUP BY year, competence ORDER BY year, competence NULLS LAST"
            ).fetchall()
        return [(y, str(c), *n) for y, c, *n in rows]
    import dask.dataframe as dd

    from tayho_coord.metrics import petition_rates

    frame = dd.read_parquet(folder)
    frame["year"] = frame["year"].astype("int64")  # a hive partition reads as a category
    if method == "dask petition_rates":
        result = petition_rates(frame).compute()
    else:
        counted = frame.assign(
            resolved=frame["outcome"] == "resolved", answered=frame["outcome"].notnull()
        )
        result = (
            counted.groupby(["year", "competence"], dropna=False, observed=True)
            .agg(
                received=("answered", "size"),
                resolved=("resolved", "sum"),
                answered=("answered", "sum"),
            )
            .compute()
            .reset_index()
            .sort_values(["year", "competence"])
        )
    return [
        (int(y), str(c), int(r), int(s), int(a))
        for y, c, r, s, a in result[
            ["year", "competence", "received", "resolved", "answered"]
        ].itertuples(index=False)
    ]


def refused_copy(folder: str) -> str:
    """A copy of the ledger (links to its files) where one file holds an unknown wording.

    Made once, beside the ledger: ``REFUSED_ROWS`` rows of its first file, spread over the
    file, hold "Đã xong" as their outcome.
    """
    target = Path(f"{folder}-refused")
    if target.exists():
        return str(target)
    import polars as pl

    files = sorted(Path(folder).rglob("*.parquet"))
    tmp = Path(f"{folder}-refused.tmp")
    for i, path in enumerate(files):
        dest = tmp / path.relative_to(folder)
        dest.parent.mkdir(parents=True, exist_ok=True)
        if i:
            dest.symlink_to(path.resolve())
            continue
        frame = pl.read_parquet(path)
        step = max(frame.height // REFUSED_ROWS, 1)
        bad = pl.int_range(pl.len()).is_in(list(range(0, step * REFUSED_ROWS, step)))
        outcome = pl.col("outcome").cast(pl.String)
        # Written back as categories, as the other files hold the outcome: one scan reads
        # all the files, as it would the ledger as it is.
        frame = frame.with_columns(
            pl.when(bad)
            .then(pl.lit("Đã xong"))
            .otherwise(outcome)
            .cast(pl.Categorical)
            .alias("outcome")
        )
        frame.write_parquet(dest)
    tmp.rename(target)
    return str(target)


def peak_rss_kib() -> int:
    """The process's peak resident set, in KiB: Linux's VmHWM, which a new program starts
    afresh (``ru_maxrss`` keeps the peak of the process that forked it, across exec)."""
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # pragma: no cover


def child(method: str, folder: str) -> None:
    """One measurement, printed as JSON: the query's time, the peak RSS, the rows."""
    import warnings

    warnings.filterwarnings("ignore", "Dask support is moving", FutureWarning)
    engine = method.split()[0]
    engines = {"polars": "polars", "duckdb": "duckdb", "dask": "dask.dataframe"}
    __import__(engines.get(engine, "polars"))
    import tayho_coord.io
    import tayho_coord.metrics

    tayho_coord.io.LedgerMapping.default()  # built once, as a program would, not timed
    before = set(sys.modules)

    start, cpu_start = time.perf_counter(), time.process_time()
    rows = run_method(method, folder)
    seconds = time.perf_counter() - start
    cpu_seconds = time.process_time() - cpu_start
    peak_kib = peak_rss_kib()
    loaded = sorted(m for m in ("pandas", "pyarrow", "narwhals") if m in set(sys.modules) - before)
    print(
        json.dumps(
            {
                "seconds": seconds,
                "cpu_seconds": cpu_seconds,
                "peak_mib": peak_kib / 1024,
                "rows": sorted(rows),
                "imported": loaded,
            }
        )
    )


def measure(method: str, folder: str) -> dict[str, Any]:
    out = subprocess.run(
        [sys.executable, __file__, "--child", method, folder],
        check=True,
        capture_output=True,
        text=True,
    )
    result: dict[str, Any] = json.loads(out.stdout.strip().splitlines()[-1])
    return result


def rows_in(folder: str) -> int:
    import pyarrow.parquet as pq

    return sum(pq.ParquetFile(f).metadata.num_rows for f in sorted(Path(folder).rglob("*.parquet")))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folders", nargs="*", help="ledgers of gen_national_ledger.py")
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--methods", default=",".join(METHODS), help="comma-separated")
    parser.add_argument("--child", nargs=2, metavar=("METHOD", "FOLDER"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(*args.child)
        return
    methods = [m for m in args.methods.split(",") if m]
    import os

    print(
        f"machine: {platform.machine()} {platform.processor() or ''} {os.cpu_count()} cores,"
        f" Python {platform.python_version()}, {platform.system()} {platform.release()}"
    )
    for folder in args.folders:
        print(f"\n{folder}: {rows_in(folder):,} petitions; repeats {args.repeats} (medians)")
        if "refused scan_ledger" in methods:
            refused_copy(folder)
        # Repeats interleave the methods (A B C A B C…): a load that comes and goes on the
        # machine weighs on every method alike.
        runs: dict[str, list[dict[str, Any]]] = {method: [] for method in methods}
        for _ in range(args.repeats):
            for method in methods:
                runs[method].append(measure(method, folder))
        results: dict[str, dict[str, Any]] = {}
        for method in methods:
            results[method] = {
                "seconds": statistics.median(r["seconds"] for r in runs[method]),
                "cpu_seconds": statistics.median(r["cpu_seconds"] for r in runs[method]),
                "peak_mib": statistics.median(r["peak_mib"] for r in runs[method]),
                "rows": runs[method][0]["rows"],
            }
            r = results[method]
            imported = sorted({m for run in runs[method] for m in run["imported"]})
            print(
                f"  {method:36} {r['seconds']:8.3f} s  cpu {r['cpu_seconds']:8.3f} s"
                f"  peak {r['peak_mib']:6.0f} MiB"
                f"  imported: {', '.join(imported) or '-'}",
                flush=True,
            )
        counted = [m for m in methods if m not in NOT_COUNTS]
        for method in counted:
            if results[method]["rows"] != results[counted[0]]["rows"]:
                raise SystemExit(f"{method} counted differently from {counted[0]}")
        for ours, hand in BASELINES.items():
            if ours in results and hand in results:
                ratio = results[ours]["seconds"] / results[hand]["seconds"]
                cpu = results[ours]["cpu_seconds"] / results[hand]["cpu_seconds"]
                memory = results[ours]["peak_mib"] / results[hand]["peak_mib"]
                print(
                    f"  {ours} / {hand}: time {ratio:.2f}x, cpu time {cpu:.2f}x,"
                    f" peak memory {memory:.2f}x"
                )


if __name__ == "__main__":
    main()
