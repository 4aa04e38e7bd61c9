"""``tayho-coord metrics [FILE...] [--format table|csv|json] [-o OUT]``."""

from __future__ import annotations

import warnings
from typing import TYPE_CHECKING, Any

from tayho_coord.cli._common import (
    EXIT_OK,
    DataProblem,
    NotAReview,
    add_output,
    emit,
    expand,
    load,
    os_error,
    review,
    say,
    warn_lines,
    who,
)
from tayho_coord.errors import IllustrativeDataWarning, ValidationError

if TYPE_CHECKING:
    import argparse
    from collections.abc import Callable

    from tayho_coord.model import ProgramReview


def _review_or_skip(path: str, who: str) -> ProgramReview | None:
    """The review in ``path``; None, with a warning, if the file holds another record.

    A folder's files given at once (``data/*.json``) may hold histories or sources.
    """
    try:
        return review(path, who)
    except NotAReview as exc:
        say(f"{who}: warning: {exc}: skipped")
        return None


def _warn_illustrative(table: Any, loaded: list[tuple[str, ProgramReview]], who: str) -> None:
    """Name the files of invented figures given with real ones (the table marks their rows).

    datasets/_examples.py says never to mix the illustrative reviews into an analysis of
    real units; the table's ``illustrative`` column says which rows are which.
    """
    from tayho_coord.datasets._examples import ILLUSTRATIVE_SOURCE_ID

    ids = {row.review_id for row in table if row.illustrative}
    marked = [path for path, review in loaded if review.id in ids]
    if marked and len(marked) < len(loaded):
        say(
            f"{who}: warning: {', '.join(marked)}: invented figures (the "
            f"illustrative source '{ILLUSTRATIVE_SOURCE_ID}') in one table with reviews not "
            "resting on it; never compare them"
        )


def _by_record(args: argparse.Namespace) -> int:
    """Print the metrics of records of any kind: a row per unit, period and kind."""
    from tayho_coord.datasets import tay_ho_2019
    from tayho_coord.metrics import record_metrics
    from tayho_coord.model import RECORD_TYPES, RecordSet

    name = who(args)
    records: list[Any] = []
    for path in expand(args.files):
        try:
            obj, caught = load(path)
        except OSError as exc:
            raise DataProblem(os_error(exc, path)) from None
        warn_lines(caught, path, name)
        if isinstance(obj, RecordSet):
            records.extend(obj)
        elif isinstance(obj, RECORD_TYPES):
            records.append(obj)
        else:
            say(f"{name}: warning: {path} holds a {type(obj).__name__}, not a record: skipped")
    if not args.files:
        records.append(tay_ho_2019())
    if not records:
        raise DataProblem("no FILE holds a record")
    try:
        table = record_metrics(records)
    except ValidationError as exc:
        raise DataProblem(str(exc)) from None
    emit(_metrics_text(table, args.format), args.output)
    return EXIT_OK


def run(args: argparse.Namespace) -> int:
    """Print the yearly metrics table of the reviews."""
    from tayho_coord.metrics import yearly

    if args.by_record:
        return _by_record(args)
    name = who(args)
    if args.files:
        found = ((path, _review_or_skip(path, name)) for path in expand(args.files))
        loaded = [(path, review) for path, review in found if review is not None]
    else:
        loaded = [("tay_ho_2019", review(None, name))]  # one review: never named in a warning
    if not loaded:
        raise DataProblem("no FILE holds a ProgramReview")
    try:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            table = yearly([review for _, review in loaded])
    except ValidationError as exc:
        raise DataProblem(str(exc)) from None
    for item in caught:  # the table's own warnings, as the command's lines
        if issubclass(item.category, IllustrativeDataWarning):
            continue  # said by _warn_illustrative below, with the files' paths
        say(f"{name}: warning: {item.message}")
    _warn_illustrative(table, loaded, name)
    emit(_metrics_text(table, args.format), args.output)
    return EXIT_OK


def _metrics_text(table: Any, fmt: str) -> str:
    from tayho_coord.report._metrics import metrics_csv, metrics_json, metrics_table

    writers: dict[str, Callable[[Any], str]] = {
        "table": metrics_table,
        "csv": metrics_csv,
        "json": metrics_json,
    }
    return writers[fmt](table)


def add(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the command to the top-level parser."""
    metrics = commands.add_parser(
        "metrics",
        help="the yearly metrics table of review files",
        description="Print the yearly metrics of program reviews, one row per unit and year "
        "(of the bundled Tây Hồ 2019 review when no FILE is given). A FILE holding another "
        "kind of record (a UnitHistory, a Source) is skipped with a "
        "warning on stderr, so that a folder's files can be given at once (data/*.json); a "
        "FILE that cannot be read or has mistakes is an error, and so is no review at all. "
        "Reviews resting on the illustrative data (invented figures) given with others are "
        "named in a warning; the table marks their rows.",
    )
    metrics.add_argument(
        "files",
        nargs="*",
        metavar="FILE",
        help="data files (JSON), or folders (their .json files); those not holding a "
        "ProgramReview are skipped; the bundled Tây Hồ 2019 review when omitted",
    )
    metrics.add_argument(
        "--format",
        choices=("table", "csv", "json"),
        default="table",
        help="table (aligned text, Vietnamese numbers), csv or json (exact values as "
        "strings); default: table",
    )
    metrics.add_argument(
        "--by-record",
        action="store_true",
        help="one row per unit, period and kind of record (programs, regulations, meetings, "
        "hearings, oversight, petition reports), from files holding records of any kind",
    )
    add_output(metrics)
    metrics.set_defaults(run=run)
