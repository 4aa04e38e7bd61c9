"""``tayho-coord report [FILE] [--format md|html|text] [-o OUT] [--place P] [--[no-]charts]``."""

from __future__ import annotations

import argparse

from tayho_coord.cli._common import EXIT_OK, UsageError, add_file, add_output, emit, review, who
from tayho_coord.errors import ValidationError


def run(args: argparse.Namespace) -> int:
    """Render the review's report."""
    from tayho_coord.report import render

    loaded = review(args.file, who(args))
    if args.place is not None and not args.place.strip():
        raise UsageError("argument --place: must not be empty")
    try:
        text = render(loaded, args.format, place=args.place, charts=args.charts)
    except ValidationError as exc:
        raise UsageError(f"argument --{exc.field}: {exc.reason}") from None
    emit(text, args.output)
    return EXIT_OK


def add(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the command to the top-level parser."""
    from tayho_coord.report._render import FORMATS

    report = commands.add_parser(
        "report",
        help="the yearly report of a program review (Markdown, HTML or text)",
        description="Print the yearly report of a program review in Vietnamese administrative "
        "form: heading and date line per Nghị định 30/2020/NĐ-CP, the bodies, each activity "
        "with its counts, petition figures (printed apart from computed), shortcomings, next "
        "year's key tasks and the sources.",
    )
    add_file(report)
    report.add_argument(
        "--format", choices=FORMATS, default="md", help="output format (default: md)"
    )
    add_output(report)
    report.add_argument(
        "--place",
        help="the place of the date line (default: the unit's own name, Nghị định 30/2020/"
        "NĐ-CP: Tây Hồ; the full name for Quận 1)",
    )
    report.add_argument(
        "--charts",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="HTML: add the metrics charts as inline SVG (default: when the plot extra, "
        "matplotlib, is installed)",
    )
    report.set_defaults(run=run)
