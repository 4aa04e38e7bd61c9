"""``tayho-coord extract FILE.txt|FILE.html [-o DRAFT.json] [--review] [--html PAGE.html]``."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from tayho_coord.cli._common import EXIT_OK, DataProblem, UsageError, emit, os_error

if TYPE_CHECKING:
    import argparse


def run(args: argparse.Namespace) -> int:
    """Read the file, print or write the draft, and the review views asked for."""
    from tayho_coord.extraction import extract, render_html, render_terminal, text_of_html

    path = Path(args.file)
    if path.suffix.lower() not in {".txt", ".html", ".htm"}:
        raise UsageError(f"{args.file}: expected a .txt or .html file")
    try:
        raw = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise DataProblem(os_error(exc, args.file)) from None
    except UnicodeDecodeError as exc:
        raise DataProblem(
            f"{args.file}: not UTF-8 text ({exc.reason} at byte {exc.start})"
        ) from None
    text = text_of_html(raw) if path.suffix.lower() in {".html", ".htm"} else raw
    draft = extract(text, source=args.file)
    data = json.dumps(draft.as_json(), ensure_ascii=False, indent=2) + "\n"
    if args.output is not None or not (args.review or args.html):
        emit(data, args.output)
    if args.html:
        emit(render_html(draft), args.html)
    if args.review:
        colour = {"always": True, "never": False}.get(args.colour, sys.stdout.isatty())
        sys.stdout.write(render_terminal(draft, colour=colour) + "\n")
    return EXIT_OK


def add(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the command to the top-level parser."""
    command = commands.add_parser(
        "extract",
        help="draft records from a Vietnamese article, every value with its span",
        description="Read a Vietnamese article or report (plain text, or a saved web page) "
        "and print the draft as JSON: the event, unit, day, bodies, people with their posts, "
        "counts with their nouns, printed rates, document symbols, each with its span of "
        "the text, and what could not be placed. A person checks the draft before use.",
        epilog="Example: tayho-coord extract article.html -o draft.json --html review.html",
    )
    command.add_argument("file", metavar="FILE", help="a .txt (UTF-8) or .html file")
    command.add_argument("-o", "--output", metavar="OUT", help="write the draft JSON to OUT")
    command.add_argument(
        "--review", action="store_true", help="print the text with every value highlighted"
    )
    command.add_argument(
        "--colour",
        "--color",
        choices=("auto", "always", "never"),
        default="auto",
        help="colours in --review (auto: when stdout is a terminal)",
    )
    command.add_argument(
        "--html", metavar="PAGE", help="write a page showing the text and the draft side by side"
    )
    command.set_defaults(run=run)
