"""``tayho-coord validate FILE... [--strict]``."""

from __future__ import annotations

from typing import TYPE_CHECKING

from tayho_coord.cli._common import (
    EXIT_DATA,
    EXIT_OK,
    expand,
    load,
    os_error,
    say,
    warn_lines,
    who,
)
from tayho_coord.errors import DataError

if TYPE_CHECKING:
    import argparse


def run(args: argparse.Namespace) -> int:
    """Load each file; print ``ok`` or its problems."""
    status = EXIT_OK
    for path in expand(args.files):
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
        kind = _kind(obj)
        if not caught:
            print(f"{path}: ok ({kind})")
        elif args.strict:
            status = EXIT_DATA
            print(f"{path}: {kind}, {_warnings(len(caught))}")
        else:
            print(f"{path}: ok ({kind}), {_warnings(len(caught))}")
    return status


def _kind(obj: object) -> str:
    """``ProgramReview``; ``RecordSet: 2 Meeting, 1 Hearing`` for records of several kinds."""
    from tayho_coord.model import RecordSet

    name = type(obj).__name__
    if not isinstance(obj, RecordSet):
        return name
    counts: dict[str, int] = {}
    for record in obj:
        counts[type(record).__name__] = counts.get(type(record).__name__, 0) + 1
    return f"{name}: " + ", ".join(f"{n} {kind}" for kind, n in counts.items()) if counts else name


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
    validate.add_argument(
        "files",
        nargs="+",
        metavar="FILE",
        help="data files (JSON), or folders: each folder's .json files, subfolders included",
    )
    validate.add_argument(
        "--strict",
        action="store_true",
        help="count warnings (printed figures that disagree with their counts) as problems",
    )
    validate.set_defaults(run=run)
