"""``tayho-coord summary [FILE]``."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

from tayho_coord.cli._common import EXIT_OK, add_file, review, who

if TYPE_CHECKING:
    import argparse


def run(args: argparse.Namespace) -> int:
    """Print the summary of the review."""
    from tayho_coord.report import summarize

    sys.stdout.write(summarize(review(args.file, who(args))))
    return EXIT_OK


def add(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the command to the top-level parser."""
    summary = commands.add_parser(
        "summary",
        help="print a short Vietnamese summary of a review file",
        description="Print a short Vietnamese summary of a review file "
        "(the bundled Tây Hồ 2019 review when no file is given).",
    )
    add_file(summary)
    summary.set_defaults(run=run)
