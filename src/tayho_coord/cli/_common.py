"""What the commands share: exit statuses, the parsers, loading a file, printing a line."""

from __future__ import annotations

import argparse
import os
import sys
import warnings
from typing import TYPE_CHECKING, Any, NoReturn

from tayho_coord.errors import ParseError

if TYPE_CHECKING:
    from collections.abc import Iterable, Sequence

    from tayho_coord.model import ProgramReview

EXIT_OK = 0
EXIT_DATA = 1
EXIT_USAGE = 2

PROG = "tayho-coord"


class UsageError(Exception):
    """A value on the command line cannot be used (exit status 2)."""


class DataProblem(Exception):
    """The data cannot be used; the message is already printed or is the one line to print."""


class NotAReview(DataProblem):
    """A data file holds another kind of record than a ProgramReview."""


class Parser(argparse.ArgumentParser):
    """argparse, with a usage error printed as one line."""

    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_USAGE, f"{self.prog}: error: {message} (see '{self.prog} --help')\n")


class CommandParser(Parser):
    """The parser of a command or a ``fmt`` kind: a stray argument is refused with its help.

    argparse leaves the arguments a sub-command does not know to the top-level parser, whose
    error would start ``tayho-coord: error:`` and point at ``tayho-coord --help``.
    """

    def parse_known_args(  # type: ignore[override]  # same call, narrower result
        self, args: Sequence[str] | None = None, namespace: argparse.Namespace | None = None
    ) -> tuple[argparse.Namespace, list[str]]:
        parsed, extras = super().parse_known_args(args, namespace)
        if extras:
            self.error(f"unrecognized arguments: {' '.join(extras)}")
        return parsed, extras


def say(line: str) -> None:
    """Print one line on stderr."""
    print(line, file=sys.stderr)


def who(args: argparse.Namespace) -> str:
    """The name a command's errors and warnings start with: ``tayho-coord fmt date``."""
    if args.command == "fmt":
        return f"{PROG} fmt {args.what}"
    return f"{PROG} {args.command}"


def warn_lines(caught: list[warnings.WarningMessage], where: str, who: str) -> None:
    """Print the warnings caught while loading ``where``, one line each."""
    # The loader's own warnings already start with the file's name (normalized as a path):
    # it is said once, as the user wrote it.
    named = f"{os.path.normpath(where)}: "
    for item in caught:
        text = str(item.message)
        say(f"{who}: warning: {where}: {text.removeprefix(named)}")


def expand(paths: Sequence[str]) -> list[str]:
    """The files named: a folder stands for its ``.json`` files, subfolders included, sorted.

    A folder without one is kept as it is, so that reading it says what is wrong.
    """
    from pathlib import Path

    files: list[str] = []
    for given in paths:
        folder = Path(given)
        try:
            is_dir = folder.is_dir()
        except (OSError, ValueError):  # a name the system refuses: reading it says so
            is_dir = False
        found = sorted(str(p) for p in folder.rglob("*.json") if p.is_file()) if is_dir else []
        files.extend(found or [given])
    return files


def load(path: str) -> tuple[Any, list[warnings.WarningMessage]]:
    """Load a data file; warnings are collected, not shown. Raises DataError or OSError."""
    from tayho_coord.io import load

    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        obj = load(path)
    return obj, list(caught)


def unique_ids(where: dict[str, str], path: str, records: Iterable[Any]) -> None:
    """Note the ids of ``records`` read from ``path`` in ``where`` (id: file).

    Raises:
        DataProblem: an id already read, naming both files.
    """
    for record in records:
        if record.id in where:
            raise DataProblem(
                f"{path}: the record id {record.id!r} is also the id of a record of "
                f"{where[record.id]}"
            )
        where[record.id] = path


def os_error(exc: OSError, path: str) -> str:
    """``PATH: reason`` for an OSError."""
    reason = exc.strerror or str(exc)
    return f"{exc.filename or path}: {reason}"


def review(path: str | None, who: str) -> ProgramReview:
    """The review in ``path``, or the bundled one; problems raise DataProblem.

    Warnings about the data are printed at once, starting with ``who``.
    """
    from tayho_coord.model import ProgramReview
    from tayho_coord.model._records import kind_noun

    if path is None:
        from tayho_coord.datasets import tay_ho_2019

        return tay_ho_2019()
    try:
        obj, caught = load(path)
    except OSError as exc:
        raise DataProblem(os_error(exc, path)) from None
    warn_lines(caught, path, who)
    if not isinstance(obj, ProgramReview):
        raise NotAReview(f"{path} holds {kind_noun(obj)}, not a program review")
    return obj


def emit(text: str | bytes, output: str | None) -> None:
    """Write ``text`` (or a binary file's bytes) to stdout, or atomically to the file ``output``.

    A temporary file in the same folder replaces the target only once it is complete: a
    failure leaves any previous file intact and no temporary file behind.
    """
    if output is None or output == "-":
        if isinstance(text, bytes):
            sys.stdout.buffer.write(text)
            sys.stdout.flush()
        else:
            sys.stdout.write(text)
        return
    from tayho_coord.io._atomic import write_bytes_atomic, write_text_atomic

    try:
        if isinstance(text, bytes):
            write_bytes_atomic(output, text)
        else:
            write_text_atomic(output, text)
    except OSError as exc:
        raise DataProblem(f"cannot write {output}: {exc.strerror or exc}") from None


def integer(text: str, what: str) -> int:
    """A whole number >= 0 written on the command line (``1.234`` is 1234, the Vietnamese way)."""
    from tayho_coord.vi import parse_number

    try:
        value = parse_number(text)
    except ParseError:
        raise UsageError(f"{what} {text!r} is not a whole number") from None
    if value != value.to_integral_value() or value < 0:
        raise UsageError(f"{what} {text!r} is not a whole number >= 0")
    return int(value)


def add_file(command: argparse.ArgumentParser) -> None:
    """The optional FILE argument of ``report`` and ``summary``."""
    command.add_argument(
        "file",
        nargs="?",
        help="a review data file (JSON); the bundled Tây Hồ 2019 review when omitted",
    )


def add_output(command: argparse.ArgumentParser) -> None:
    """The ``-o OUT`` option."""
    command.add_argument("-o", "--output", metavar="OUT", help="write to OUT instead of stdout")
