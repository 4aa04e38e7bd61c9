"""``tayho-coord validate FILE... [--strict]``."""

from __future__ import annotations

from typing import TYPE_CHECKING

from tayho_coord.cli._common import EXIT_DATA, EXIT_OK, load, os_error, say, warn_lines, who
from tayho_coord.errors import DataError

if TYPE_CHECKING:
    import argparse


def run(args: argparse.Namespace) -> int:
    """Load each file; print ``ok`` or its problems."""
    status = EXIT_OK
    for path in args.files:
        try:
            obj, caught = load(path)
        except OSError as exc:
            say(f"{who(args)}: error: {os_error(exc, path)}")
            status = EXIT_DATA
            continue
        except DataError as exc:
            for problem in exc.problems:
                say(f"{path}: {problem}")
            status = EXIT_DATA
            continue
        warn_lines(caught, path, who(args))
        kind = type(obj).__name__
        if not caught:
            print(f"{path}: ok ({kind})")
        elif args.strict:
            status = EXIT_DATA
            print(f"{path}: {kind}, {_warnings(len(caught))}")
        else:
            print(f"{path}: ok ({kind}), {_warnings(len(caught))}")
    return status


def _warnings(count: int) -> str:
    """``1 warning``, ``2 warnings``."""
    return f"{count} warning{'' if count == 1 else 's'}"


def add(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the command to the top-level parser."""
    validate = commands.add_parser(
        "validate",
        help="check data files; every problem with its JSON path",
        description="Load each data file and print every problem with its JSON path on "
        "stderr; exit status 1 if any file has a problem.",
    )
    validate.add_argument("files", nargs="+", metavar="FILE", help="data files (JSON)")
    validate.add_argument(
        "--strict",
        action="store_true",
        help="count warnings (printed figures that disagree with their counts) as problems",
    )
    validate.set_defaults(run=run)
