"""The ``tayho-coord`` command (also ``python -m tayho_coord``).

One module per command (``cli/report.py``, ``cli/audit.py``…), each adding its parser and
running it; ``cli/_common.py`` holds what they share.

Commands::

    tayho-coord report [FILE] [--format md|html|text|docx|pdf] [-o OUT] [--place PLACE]
                       [--[no-]charts] [--issued YYYY-MM-DD] [--number N] [--signer NAME]...
                       [--recipient TEXT]... [--no-appendix] [--font-size 13|14]
    tayho-coord summary [FILE]
    tayho-coord metrics [FILE...] [--format table|csv|json] [-o OUT]
    tayho-coord validate FILE... [--strict]
    tayho-coord audit RATE [--counts N/D | --max-denominator D]
    tayho-coord fmt number|percent|count|date|words VALUE [options]
    tayho-coord petitions LEDGER... [--by year,competence] [-o OUT.xlsx|.csv|.parquet]
    tayho-coord extract FILE.txt|FILE.html [-o RECORDS.json] [--mentions DRAFT.json]
                        [--units FILE] [--review] [--html PAGE.html]

Without FILE, ``report``, ``summary`` and ``metrics`` use the bundled Tây Hồ 2019 review.
``audit`` without ``--counts`` lists the counts that print as the rate given.

Exit status:

- 0: success (``audit --counts``: the printed rate is the counts' rate rounded half-up;
  ``audit`` without it: the candidate counts are listed, even when there are none);
- 1: the data has problems: a file cannot be read or holds mistakes (each printed on stderr
  with its JSON path), holds another kind of record than the command needs (``metrics``
  skips such a file with a warning, and fails only when no file holds a review), or ``audit``
  finds the printed rate does not follow from the counts (truncated or inconsistent);
- 2: a wrong command line: an unknown command or option, or a value that cannot be read.

Errors go to stderr, one line each (a data file's problems one line per problem), never as a
traceback. A command's errors start with its name, ``tayho-coord report: error: …`` (``fmt``'s
with its kind: ``tayho-coord fmt date: error: …``); only a command line naming no known command
gives ``tayho-coord: error: …``. Output files are written atomically: a temporary file in the
same folder replaces the target only once it is complete. Warnings about the data (a printed
figure that disagrees with its counts, a file ``metrics`` skips, reviews resting on the
illustrative source given to ``metrics`` with others) go to stderr as
``tayho-coord <command>: warning: …`` lines and do not change the exit status, except with
``validate --strict``.

argparse (the standard library) parses the command line: it brings no dependency, gives
``--help`` for every command and sub-command, and the few commands need nothing more.
"""

from __future__ import annotations

import os
import sys
from typing import TYPE_CHECKING

from tayho_coord.cli import audit, extract, fmt, metrics, petitions, report, summary, validate
from tayho_coord.cli._common import (
    EXIT_DATA,
    EXIT_OK,
    EXIT_USAGE,
    PROG,
    CommandParser,
    DataProblem,
    Parser,
    UsageError,
    say,
    who,
)
from tayho_coord.errors import DataError, TayHoError

if TYPE_CHECKING:
    import argparse
    from collections.abc import Callable, Sequence

__all__ = ["EXIT_DATA", "EXIT_OK", "EXIT_USAGE", "main"]


def _parser() -> argparse.ArgumentParser:
    parser = Parser(
        prog=PROG,
        description="Vietnamese local government coordination: reports and figures.",
        epilog="Exit status: 0 success, 1 problems in the data, 2 wrong command line.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {_version()}")
    commands = parser.add_subparsers(
        dest="command", required=True, metavar="COMMAND", parser_class=CommandParser
    )
    for command in (report, summary, metrics, validate, audit, fmt, petitions, extract):
        command.add(commands)
    return parser


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("tayho_coord")
    except PackageNotFoundError:  # pragma: no cover - running from a bare checkout
        return "unknown"


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status (see the module's documentation).

    Args:
        argv: The arguments after the program name; ``sys.argv[1:]`` when None.

    Examples:
        >>> main(["fmt", "count", "3", "phiên giải trình"])
        03 phiên giải trình
        0
    """
    parser = _parser()
    args = parser.parse_args(argv)
    run: Callable[[argparse.Namespace], int] = args.run
    name = who(args)
    errors = _pass_raw_file_names()
    try:
        _check_arguments(args)
        return run(args)
    except UnicodeEncodeError:
        # The arguments are checked above: what cannot be encoded is the output, in the
        # terminal's encoding (PYTHONIOENCODING=ascii, a C locale).
        encoding = getattr(sys.stdout, "encoding", None) or "unknown"
        say(
            f"{name}: error: the output's encoding ({encoding}) cannot show Vietnamese "
            "text: use a UTF-8 terminal (PYTHONIOENCODING=utf-8) or write to a file with -o"
        )
        return EXIT_DATA
    except UsageError as exc:
        say(f"{name}: error: {exc}")
        return EXIT_USAGE
    except DataError as exc:
        head, *lines = str(exc).splitlines()
        say(f"{name}: error: {head}")
        for line in lines:
            say(line)
        return EXIT_DATA
    except (DataProblem, TayHoError) as exc:  # DataError, a TayHoError, is caught above
        say(f"{name}: error: {exc}")
        return EXIT_DATA
    except BrokenPipeError:
        # The reader went away (``| head``): stop quietly, as command-line tools do.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_DATA
    finally:
        if errors is not None:
            _reconfigure(sys.stdout, errors)


def _reconfigure(stream: object, errors: str) -> None:
    reconfigure = getattr(stream, "reconfigure", None)
    if reconfigure is not None:
        reconfigure(errors=errors)


def _pass_raw_file_names() -> str | None:
    """Let stdout print a file name that is not UTF-8 as the bytes it is (as ``ls`` does).

    Python reads such a name from the command line with ``surrogateescape``; stdout, in a
    UTF-8 locale, would refuse it. Returns the previous error handler, to restore.
    """
    if getattr(sys.stdout, "errors", None) != "strict":
        return None
    _reconfigure(sys.stdout, "surrogateescape")
    return "strict"


# What the user calls an argument held in the namespace's attribute of this name.
_ARGUMENT_NAMES = {
    "file": "FILE",
    "files": "FILE",
    "output": "-o/--output",
    "mentions": "--mentions",
    "units": "--units",
    "html": "--html",
    "place": "--place",
    "counts": "--counts",
    "rate": "RATE",
    "value": "VALUE",
    "noun": "NOUN",
}
# Arguments that name files: any bytes the system allows (not UTF-8 is fine), never empty.
_PATHS = ("file", "files", "output", "mentions", "units", "html")


def _check_arguments(args: argparse.Namespace) -> None:
    """Refuse an empty file name, one with a NUL, and text not UTF-8, naming the argument."""
    for dest, given in vars(args).items():
        values = given if isinstance(given, list) else [given]
        for value in values:
            if not isinstance(value, str):
                continue
            shown = _ARGUMENT_NAMES.get(dest, dest)
            if dest in _PATHS:
                if not value:
                    raise UsageError(f"argument {shown}: an empty file name")
                if "\x00" in value:  # no system takes it (open() raises ValueError)
                    raise UsageError(f"argument {shown}: a file name with a NUL character")
                continue
            try:
                value.encode("utf-8")
            except UnicodeEncodeError:
                raw = value.encode("utf-8", "surrogateescape")
                escaped = raw.decode("utf-8", "backslashreplace")
                see = f" (see '{PROG} fmt {args.what} --help')" if args.command == "fmt" else ""
                raise UsageError(
                    f"argument {shown}: '{escaped}' is not UTF-8 text (the bytes shown as "
                    f"\\x..): write it in UTF-8{see}"
                ) from None
