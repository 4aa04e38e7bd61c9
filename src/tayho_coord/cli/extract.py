"""``tayho-coord extract FILE.txt|FILE.html [-o RECORDS.json] [--mentions DRAFT.json] …``.

The records the text describes are written as an ordinary data file (a
:class:`~tayho_coord.model.RecordSet`) that ``validate``, ``report`` and ``metrics
--by-record`` read once a person has checked it; the mention-level draft (every value with
its span) is written by ``--mentions``.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from tayho_coord.cli._common import (
    EXIT_OK,
    DataProblem,
    UsageError,
    emit,
    load,
    os_error,
    say,
    warn_lines,
    who,
)

if TYPE_CHECKING:
    import argparse

    from tayho_coord.model import AdminUnit


def run(args: argparse.Namespace) -> int:
    """Read the file; write the draft records, the mention-level draft and the views asked."""
    from tayho_coord.extraction import (
        assemble,
        extract,
        render_html,
        render_terminal,
        text_of_html,
    )
    from tayho_coord.io import dumps

    path = Path(args.file)
    if path.suffix.lower() not in {".txt", ".html", ".htm"}:
        raise UsageError(f"{args.file}: expected a .txt or .html file")
    units = _units(args.units, who(args)) if args.units is not None else ()
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
    assembly = assemble(draft, units=units)
    # The views list what the records leave out (Assembly.unplaced): the values counted below.
    left_out = assembly.unplaced
    if args.mentions is not None:
        data = draft.as_json(unplaced=left_out)
        emit(json.dumps(data, ensure_ascii=False, indent=2) + "\n", args.mentions)
    if args.html:
        emit(render_html(draft, unplaced=left_out), args.html)
    if args.review:
        colour = {"always": True, "never": False}.get(args.colour, sys.stdout.isatty())
        sys.stdout.write(render_terminal(draft, colour=colour, unplaced=left_out) + "\n")
    name = who(args)
    for missing in assembly.missing:
        say(f"{name}: warning: {args.file}: not built: {missing}")
    if assembly.unplaced:
        count = len(assembly.unplaced)
        say(
            f"{name}: warning: {args.file}: {count} value{'s' if count != 1 else ''} not "
            "placed in a record, each with its reason in --mentions, --review and --html"
        )
    if args.output is None and (args.review or args.html or args.mentions is not None):
        return EXIT_OK
    if not assembly.records.records:
        raise DataProblem(f"{args.file}: no record could be built from the text")
    emit(dumps(assembly.records), args.output)
    return EXIT_OK


def _units(path: str, name: str) -> tuple[AdminUnit, ...]:
    """The units of a data file (a unit history, records, a unit), parents included."""
    from tayho_coord.extraction._assemble import instances
    from tayho_coord.model import AdminUnit

    try:
        obj, caught = load(path)
    except OSError as exc:
        raise DataProblem(os_error(exc, path)) from None
    warn_lines(caught, path, name)
    found = {unit.id: unit for unit in reversed(instances(obj, AdminUnit))}
    if not found:
        raise DataProblem(f"{path}: holds no administrative unit")
    return tuple(found.values())


def add(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the command to the top-level parser."""
    command = commands.add_parser(
        "extract",
        help="draft records from a Vietnamese article, every value with its span",
        description="Read a Vietnamese article or report (plain text, or a saved web page) "
        "and write the records it describes (a meeting of an agreement and the agreements, "
        "a hearing, an oversight, a petition report) as a data file that validate, report "
        "and metrics --by-record read; every value cites its words of the text. What a "
        "record needs and the text does not give is not filled in: each such field is "
        "named on stderr, and that record is not written. A person checks the draft "
        "before use. --mentions writes the draft itself: the event, unit, day, bodies, "
        "people with their posts, counts with their nouns, printed rates, document "
        "symbols, each with its span, and what could not be placed.",
        epilog="Example: tayho-coord extract article.html -o draft.json --html review.html. "
        "Exit status 1 when no record can be built.",
    )
    command.add_argument("file", metavar="FILE", help="a .txt (UTF-8) or .html file")
    command.add_argument(
        "-o",
        "--output",
        metavar="OUT",
        help="write the draft records (a data file) to OUT; to stdout when neither --review, "
        "--html nor --mentions is given",
    )
    command.add_argument(
        "--mentions",
        metavar="DRAFT",
        help="write the draft's mentions, each with its span, as JSON to DRAFT ('-': stdout); "
        "'unplaced' lists every value no record holds, with its reason",
    )
    command.add_argument(
        "--units",
        metavar="FILE",
        help="a data file holding units (a UnitHistory, records): the unit the text names is "
        "taken from it, with its parent and validity",
    )
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
