"""``tayho-coord petitions LEDGER... [--by year,competence] [-o OUT.xlsx|.csv|.parquet]``."""

from __future__ import annotations

import os
import secrets
from fractions import Fraction
from pathlib import Path
from typing import TYPE_CHECKING, Any

from tayho_coord.cli._common import EXIT_OK, DataProblem, UsageError, emit, say, who
from tayho_coord.errors import DataError, Problem

if TYPE_CHECKING:
    import argparse

    import polars as pl

    from tayho_coord.io import LedgerMapping

_KEYS = ("year", "competence", "sector", "session", "agency", "unit", "province")
_SPREADSHEETS = (".xlsx", ".xlsm", ".xls", ".ods", ".csv")
_WHERE = ("source", "sheet", "row")


def _keys(text: str) -> tuple[str, ...]:
    keys = tuple(k.strip() for k in text.split(",")) if text.strip() else ()
    for key in keys:
        if key not in _KEYS:
            raise UsageError(f"--by: unknown key {key!r}; the keys are {', '.join(_KEYS)}")
    if len(set(keys)) != len(keys):
        raise UsageError(f"--by: {text!r} names a key twice")
    return keys


def _sources(
    paths: list[str], mapping: LedgerMapping, sheet: str | None, keys: tuple[str, ...]
) -> list[pl.LazyFrame]:
    """Each ledger as a lazy frame of the key columns and the outcome, all problems at once."""
    from tayho_coord.io import read_ledger, scan_ledger

    frames: list[pl.LazyFrame] = []
    failures: list[DataError] = []
    for path in paths:
        item = Path(path)
        if not item.exists():
            failures.append(DataError([Problem("$", "no such file or folder")], path))
            continue
        try:
            if item.is_dir() or item.suffix.lower() == ".parquet":
                frame = scan_ledger(item, mapping)
            elif item.suffix.lower() in _SPREADSHEETS:
                frame = read_ledger(item, mapping, sheet=sheet).lazy()
            else:
                problem = Problem("$", "expected .xlsx, .xls, .ods, .csv, .parquet or a folder")
                raise DataError([problem], path)
        except DataError as exc:
            failures.append(exc)
            continue
        present = frame.collect_schema().names()
        missing = [key for key in keys if key not in present]
        if missing:
            problem = Problem("$", f"no column for {', '.join(missing)} (the columns: {present})")
            failures.append(DataError([problem], path))
            continue
        # Where each petition is (file, sheet, row) goes along: a wording the mapping does
        # not know is named by its row.
        where = [c for c in _WHERE if c in present]
        frames.append(frame.select(*keys, "outcome", *where))
    if failures:
        problems = [
            Problem(f"{exc.source}: {p.path}" if exc.source else p.path, p.message)
            for exc in failures
            for p in exc.problems
        ]
        raise DataError(problems, f"{len(failures)} of {len(paths)} ledgers")
    return frames


def _combined(frames: list[pl.LazyFrame], keys: tuple[str, ...]) -> pl.LazyFrame:
    import polars as pl

    if len(frames) == 1:
        return frames[0]
    # Ledgers of several origins: text as text, the year and the row as 64-bit integers,
    # then one frame (a ledger without a sheet has none: null).
    parts = []
    for frame in frames:
        names = frame.collect_schema().names()
        texts = [c for c in (*keys, "outcome", "source", "sheet") if c != "year" and c in names]
        casts = [pl.col(c).cast(pl.String) for c in texts]
        casts += [pl.col(c).cast(pl.Int64) for c in ("year", "row") if c in names]
        parts.append(frame.with_columns(casts))
    return pl.concat(parts, how="diagonal")


def _table_text(rows: list[dict[str, Any]], keys: tuple[str, ...]) -> str:
    """An aligned table with Vietnamese headers and Vietnamese numbers."""
    from tayho_coord.model._petitions import Competence
    from tayho_coord.report import PETITION_HEADERS
    from tayho_coord.vi import format_number, format_percent

    headers = [PETITION_HEADERS[c] for c in (*keys, "received", "resolved", "answered")]
    headers.append(PETITION_HEADERS["resolution_rate"])
    lines = [headers]
    for row in rows:
        cells = []
        for key in keys:
            value = row[key]
            if value is None:
                cells.append("")
            elif key == "competence":
                cells.append(Competence(value).label)
            else:
                cells.append(str(value))
        cells += [format_number(row[c]) for c in ("received", "resolved", "answered")]
        cells.append(format_percent(Fraction(row["resolved"], row["received"]), decimals=2))
        lines.append(cells)
    widths = [max(len(line[i]) for line in lines) for i in range(len(headers))]
    numeric = len(keys)
    out = []
    for line in lines:
        cells = [
            cell.rjust(width) if i >= numeric else cell.ljust(width)
            for i, (cell, width) in enumerate(zip(line, widths, strict=True))
        ]
        out.append("  ".join(cells).rstrip())
    return "\n".join(out) + "\n"


def _csv_text(rows: list[dict[str, Any]], keys: tuple[str, ...]) -> str:
    import csv
    import io

    from tayho_coord.metrics._table import to_decimal

    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow([*keys, "received", "resolved", "answered", "resolution_rate"])
    for row in rows:
        rate = to_decimal(Fraction(row["resolved"], row["received"]))
        writer.writerow(
            [
                *("" if row[k] is None else row[k] for k in keys),
                row["received"],
                row["resolved"],
                row["answered"],
                rate,
            ]
        )
    return buffer.getvalue()


def _write_binary(output: str, write: Any) -> None:
    """Write through ``write(tmp_path)`` to a temporary file, then replace ``output``."""
    target = Path(output)
    tmp = target.with_name(f".{target.name}.{secrets.token_hex(6)}.tmp{target.suffix}")
    try:
        write(tmp)
        os.replace(tmp, target)
    except OSError as exc:
        raise DataProblem(f"cannot write {output}: {exc.strerror or exc}") from None
    finally:
        if tmp.exists():
            tmp.unlink()


def run(args: argparse.Namespace) -> int:
    """Count the ledgers' petitions per group and write the table."""
    name = who(args)
    keys = _keys(args.by)
    output: str | None = args.output
    suffix = Path(output).suffix.lower() if output not in (None, "-") else ""
    if suffix not in ("", ".xlsx", ".csv", ".parquet"):
        raise UsageError(f"-o {output}: write .xlsx, .csv or .parquet (or stdout)")
    try:
        import polars  # noqa: F401
    except ImportError:  # pragma: no cover - the extra is installed in the test env
        raise DataProblem("reading ledgers needs: pip install 'tayho_coord[ledger]'") from None
    from tayho_coord.io import LedgerMapping
    from tayho_coord.metrics import petition_rates

    mapping = (
        LedgerMapping.default() if args.mapping is None else LedgerMapping.from_json(args.mapping)
    )
    frames = _sources(args.ledgers, mapping, args.sheet, keys)
    counted = petition_rates(_combined(frames, keys), by=keys, mapping=mapping).collect()
    rows: list[dict[str, Any]] = counted.rows(named=True)
    total = sum(row["received"] for row in rows)
    # On a source's own scale, what the rates counted as resolved is said with the table.
    note = mapping.resolved_note()
    notes = [] if note is None else [note]
    if suffix == ".xlsx":
        from tayho_coord.report import write_xlsx

        _write_binary(output or "", lambda tmp: write_xlsx(tmp, rows, notes=notes))
    elif suffix == ".parquet":
        _write_binary(output or "", counted.write_parquet)
    elif suffix == ".csv":
        emit(_csv_text(rows, keys), output)
    else:
        emit(_table_text(rows, keys) + "".join(f"\n{n}\n" for n in notes), output)
    if notes and suffix in (".csv", ".parquet"):
        say(f"{name}: {note}")
    if output not in (None, "-"):
        groups = f"{len(rows)} group{'' if len(rows) == 1 else 's'}"
        say(f"{name}: {total:,} petitions in {groups} written to {output}")
    return EXIT_OK


def add(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the command to the top-level parser."""
    command = commands.add_parser(
        "petitions",
        help="count the petitions of ledgers (.xlsx, .ods, .csv, Parquet) per group",
        description="Read petition ledgers as offices keep them (Vietnamese headers and "
        "values, mapped by the built-in wordings and those of --mapping) and count received, "
        "resolved and answered petitions per group, with the resolution rate. Spreadsheets "
        "and CSV files are read whole, every cell that does not map named by its sheet, row "
        "and column; Parquet files and folders of them (a national ledger) are read lazily, "
        "memory bounded by the groups. Every ledger's problems are reported at once.",
        epilog="Example: tayho-coord petitions so-theo-doi.xlsx --by year,competence "
        "-o ket-qua.xlsx",
    )
    command.add_argument(
        "ledgers", nargs="+", metavar="LEDGER", help=".xlsx, .xls, .ods, .csv, .parquet, folder"
    )
    command.add_argument(
        "--by",
        default="year,competence",
        metavar="KEYS",
        help=f"the group keys, comma-separated, of {', '.join(_KEYS)}; '' for one row of all"
        " (default: year,competence)",
    )
    command.add_argument(
        "--mapping",
        metavar="JSON",
        help='your wordings: {"headers": {"Ý kiến cử tri": "content"}, "values": {"outcome":'
        ' {"Xong": "resolved"}}}, added to the built-in ones; "scale" (an outcome scale, as'
        ' data files write it) and "levels" ({wording: level code}) read the outcome onto'
        " your own levels",
    )
    command.add_argument("--sheet", help="read only this sheet of each spreadsheet")
    command.add_argument(
        "-o",
        "--output",
        metavar="OUT",
        help="write OUT.xlsx (Vietnamese headers), OUT.csv or OUT.parquet instead of a table"
        " on stdout",
    )
    command.set_defaults(run=run)
