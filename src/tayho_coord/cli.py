"""The ``tayho-coord`` command.

Exit status: 0 on success, 1 when the data has problems (each printed on stderr with its
path), 2 for a wrong command line (argparse's own convention).
"""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from tayho_coord.errors import TayHoError

if TYPE_CHECKING:
    from collections.abc import Sequence

__all__ = ["main"]


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="tayho-coord",
        description="Vietnamese local government coordination: reports and figures.",
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    summary = commands.add_parser(
        "summary",
        help="print a short Vietnamese summary of a review file",
        description="Print a short Vietnamese summary of a review file "
        "(the bundled Tây Hồ 2019 review when no file is given).",
    )
    summary.add_argument("file", nargs="?", help="a review data file (JSON)")
    return parser


def _review(path: str | None) -> object:
    if path is None:
        from tayho_coord.datasets import tay_ho_2019

        return tay_ho_2019()
    from tayho_coord.io import load

    return load(path)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    args = _parser().parse_args(argv)
    try:
        if args.command == "summary":
            from tayho_coord.model import ProgramReview
            from tayho_coord.report import summarize

            review = _review(args.file)
            if not isinstance(review, ProgramReview):
                print(
                    f"tayho-coord: error: {args.file} holds a {type(review).__name__}, "
                    "not a ProgramReview",
                    file=sys.stderr,
                )
                return 1
            sys.stdout.write(summarize(review))
    except TayHoError as exc:
        print(f"tayho-coord: error: {exc}", file=sys.stderr)
        return 1
    except OSError as exc:
        print(f"tayho-coord: error: {exc.filename or ''}: {exc.strerror}", file=sys.stderr)
        return 1
    return 0
