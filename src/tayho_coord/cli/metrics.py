"""``tayho-coord metrics [FILE...] [--format table|csv|json] [--by-record] [-o OUT]``.

Records of any kind, from many files or folders at once. Program reviews alone give the
yearly table (a row per unit and year, as before records of other kinds existed); any other
record among the files gives the table of records (a row per unit, period and kind), where
each review is a row too. ``--by-record`` asks for the table of records always.
"""

from __future__ import annotations

import warnings
from typing import TYPE_CHECKING

from tayho_coord.cli._common import (
    EXIT_OK,
    DataProblem,
    add_output,
    emit,
    expand,
    load,
    os_error,
    say,
    warn_lines,
    who,
)
from tayho_coord.errors import IllustrativeDataWarning, ValidationError

if TYPE_CHECKING:
    import argparse
    from collections.abc import Callable
    from typing import TypeAlias

    from tayho_coord.model import Record
    from tayho_coord.report._metrics import AnyMetricsTable

    _Loaded: TypeAlias = list[tuple[str, Record]]  # each record with the file it came from


def _records(files: list[str], who: str) -> _Loaded:
    """The records of ``files`` (folders stand for their .json files), with their paths.

    A file holding no record (a UnitHistory, a Source) is skipped with a warning, so that a
    folder's files can be given at once; a record whose id another file gave already is an
    error naming both files (its figures would be counted twice).
    """
    from tayho_coord.model import RECORD_TYPES, RecordSet
    from tayho_coord.model._records import kind_noun

    loaded: _Loaded = []
    seen: dict[str, str] = {}
    for path in expand(files):
        try:
            obj, caught = load(path)
        except OSError as exc:
            raise DataProblem(os_error(exc, path)) from None
        warn_lines(caught, path, who)
        if isinstance(obj, RecordSet):
            found: list[Record] = list(obj)
        elif isinstance(obj, RECORD_TYPES):
            found = [obj]
        else:
            say(f"{who}: warning: {path} holds {kind_noun(obj)}, not a record: skipped")
            continue
        for record in found:
            if record.id in seen:
                raise DataProblem(
                    f"{path}: the record id {record.id!r} is also the id of a record of "
                    f"{seen[record.id]}: a record is counted once"
                )
            seen[record.id] = path
            loaded.append((path, record))
    return loaded


def _warn_illustrative(loaded: _Loaded, who: str) -> None:
    """Name the files of invented figures given with real ones (the table marks their rows).

    datasets/_examples.py says never to mix the illustrative reviews into an analysis of
    real units; the table's ``illustrative`` column says which rows are which.
    """
    from tayho_coord.datasets import is_illustrative
    from tayho_coord.datasets._examples import ILLUSTRATIVE_SOURCE_ID

    marked = list(dict.fromkeys(path for path, record in loaded if is_illustrative(record)))
    if marked and any(not is_illustrative(record) for _, record in loaded):
        say(
            f"{who}: warning: {', '.join(marked)}: invented figures (the "
            f"illustrative source '{ILLUSTRATIVE_SOURCE_ID}') in one table with records not "
            "resting on it; never compare them"
        )


def _table(records: list[Record], *, by_record: bool = False) -> AnyMetricsTable:
    """The table ``metrics`` prints: yearly for program reviews alone, else one per record.

    Program reviews alone (the bundled Tây Hồ 2019 review, the illustrative ones) give the
    yearly table of :func:`~tayho_coord.metrics.yearly`, as they always did; records of any
    other kind among them (a meeting, a hearing, a petition report…) give the table of
    :func:`~tayho_coord.metrics.record_metrics`, where each review is a row of its own kind
    (``review_conference``) beside the others; ``by_record`` asks for that table always.

    Raises:
        ValidationError: the records cannot make one table (two reviews of a unit's year).
    """
    from tayho_coord.metrics import record_metrics, yearly
    from tayho_coord.model import ProgramReview

    reviews = [r for r in records if isinstance(r, ProgramReview)]
    if by_record or len(reviews) < len(records):
        return record_metrics(records)
    return yearly(reviews)


def run(args: argparse.Namespace) -> int:
    """Print the metrics of the records: yearly for reviews alone, else per record."""
    from tayho_coord.datasets import tay_ho_2019

    name = who(args)
    # No FILE: the bundled review, one record, never named in a warning.
    loaded: _Loaded = _records(args.files, name) if args.files else [("tay_ho_2019", tay_ho_2019())]
    if not loaded:
        raise DataProblem("no FILE holds a record")
    try:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            table = _table([record for _, record in loaded], by_record=args.by_record)
    except ValidationError as exc:
        raise DataProblem(str(exc)) from None
    for item in caught:  # the table's own warnings, as the command's lines
        if issubclass(item.category, IllustrativeDataWarning):
            continue  # said by _warn_illustrative below, with the files' paths
        say(f"{name}: warning: {item.message}")
    _warn_illustrative(loaded, name)
    emit(_metrics_text(table, args.format), args.output)
    return EXIT_OK


def _metrics_text(table: AnyMetricsTable, fmt: str) -> str:
    from tayho_coord.report._metrics import metrics_csv, metrics_json, metrics_table

    writers: dict[str, Callable[[AnyMetricsTable], str]] = {
        "table": metrics_table,
        "csv": metrics_csv,
        "json": metrics_json,
    }
    return writers[fmt](table)


def add(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the command to the top-level parser."""
    metrics = commands.add_parser(
        "metrics",
        help="the metrics of records: yearly for reviews, else by period and kind",
        description="Print the metrics of records of any kind (of the bundled Tây Hồ 2019 "
        "review when no FILE is given). Program reviews alone give the yearly table, one row "
        "per unit and year; records of any other kind among them (programs, regulations, "
        "meetings, hearings, oversight, petition reports) give one row per unit, period and "
        "kind of record, where each review is a row too (as --by-record). A FILE holding "
        "something other than a record (a UnitHistory, a Source) is skipped with a warning "
        "on stderr, so that a folder's files can be given at once (data/*.json); a FILE that "
        "cannot be read or has mistakes is an error, and so is no record at all, or one "
        "record in two files. Records resting on the illustrative data (invented figures) "
        "given with others are named in a warning; the table marks their rows.",
    )
    metrics.add_argument(
        "files",
        nargs="*",
        metavar="FILE",
        help="data files (JSON), or folders (their .json files); those not holding a record "
        "are skipped; the bundled Tây Hồ 2019 review when omitted",
    )
    metrics.add_argument(
        "--format",
        choices=("table", "csv", "json"),
        default="table",
        help="table (aligned text, Vietnamese numbers), csv or json (rates as decimals of at "
        "most 6 places, rounded half-up); default: table",
    )
    metrics.add_argument(
        "--by-record",
        action="store_true",
        help="one row per unit, period and kind of record even for program reviews alone "
        "(their yearly table otherwise)",
    )
    add_output(metrics)
    metrics.set_defaults(run=run)
