"""``tayho-coord summary [FILE|FOLDER]...``: one summary per record, a blank line between."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

from tayho_coord.cli._common import EXIT_OK, who
from tayho_coord.cli.report import add_files, records

if TYPE_CHECKING:
    import argparse


def run(args: argparse.Namespace) -> int:
    """Print the summary of the review."""
    from tayho_coord.report import summarize

    sys.stdout.write("\n".join(summarize(record) for record in records(args.file, who(args))))
    return EXIT_OK


def add(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the command to the top-level parser."""
    summary = commands.add_parser(
        "summary",
        help="print a short Vietnamese summary of each record in the files given",
        description="Print a short Vietnamese summary of each record of the cycle in the "
        "files or folders given, a blank line between (the bundled Tây Hồ 2019 review when "
        "no file is given).",
    )
    add_files(summary)
    summary.set_defaults(run=run)
