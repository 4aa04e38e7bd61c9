"""``tayho-coord report``: the report as an office files it (Nghị định 30/2020/NĐ-CP).

``tayho-coord report [FILE|FOLDER]... [--format md|html|text|docx|pdf] [-o OUT] [--place P]
[--[no-]charts] [--issued YYYY-MM-DD] [--number N] [--signer NAME]... [--recipient TEXT]...
[--no-appendix] [--font-size 13|14] [--document report|invitation|program|conclusion|plan]
[--at HH:MM]
[--venue TEXT]``

Several files, a folder (its ``*.json`` files, by name) or a file holding several records
give one document per record. An existing folder given to ``-o`` gets one file per record
(named after its id), whatever their number; otherwise several documents of a text format
(md, html, text) are written one after another to stdout or ``-o FILE``, each opened by a
separator line naming its record (:func:`separator`), and several of a binary format (docx,
pdf) are refused (exit 2) with a message naming ``-o FOLDER``. The records given are
reported together: a meeting's report states the hearings, oversight and petition reports it
refers to, which must be among them (a missing one is an error naming it and the meeting).
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import re
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from tayho_coord.cli._common import (
    EXIT_OK,
    DataProblem,
    NotAReview,
    UsageError,
    add_output,
    emit,
    load,
    os_error,
    unique_ids,
    warn_lines,
    who,
)
from tayho_coord.errors import ValidationError

if TYPE_CHECKING:
    from tayho_coord.model import Record, RecordSet

_SUFFIXES = {"md": ".md", "html": ".html", "text": ".txt", "docx": ".docx", "pdf": ".pdf"}


def records(paths: list[str], who: str) -> list[Record]:
    """The records in ``paths`` (files, or folders of ``*.json`` files), or the bundled review.

    A file holding several records (a record set) gives each of them, in its order.
    Warnings about the data are printed at once, starting with ``who``.

    Raises:
        DataProblem: a file cannot be read, a folder holds no ``.json`` file, two records
            of one id (naming both files).
        NotAReview: a file holds something that is no record of the cycle.
    """
    from tayho_coord.model import RECORD_TYPES, RecordSet
    from tayho_coord.model._records import kind_noun

    if not paths:
        from tayho_coord.datasets import tay_ho_2019

        return [tay_ho_2019()]
    files: list[str] = []
    for path in paths:
        if os.path.isdir(path):
            inside = sorted(str(p) for p in Path(path).glob("*.json") if p.is_file())
            if not inside:
                raise DataProblem(f"{path}: a folder without any .json file")
            files.extend(inside)
        else:
            files.append(path)
    found: list[Record] = []
    where: dict[str, str] = {}
    for path in files:
        try:
            obj, caught = load(path)
        except OSError as exc:
            raise DataProblem(os_error(exc, path)) from None
        warn_lines(caught, path, who)
        if isinstance(obj, RecordSet):
            items: tuple[Record, ...] = obj.records
        elif isinstance(obj, RECORD_TYPES):
            items = (obj,)
        else:
            raise NotAReview(f"{path} holds {kind_noun(obj)}, not a record of the cycle")
        unique_ids(where, path, items)
        found.extend(items)
    return found


def file_name(record: Record, suffix: str) -> str:
    """The file a record's document is written to in a folder: its id, ``/`` as ``_``."""
    return record.id.replace("/", "_") + suffix


def add_files(command: argparse.ArgumentParser) -> None:
    """The FILE arguments of ``report`` and ``summary``: files or folders, any number."""
    command.add_argument(
        "file",
        nargs="*",
        metavar="FILE",
        help="data files (JSON) or folders of them, each holding a record of the cycle or "
        "several; the bundled Tây Hồ 2019 review when none is given",
    )


# The fields of a ValidationError that are options of this command, as the options spell
# them: only these are usage errors (exit 2). Any other field is the data's (a record the
# library cannot render as asked): a data problem naming the record (exit 1), never an
# "argument --…" about an option that does not exist.
_OPTIONS = {
    "signers": "signer",
    "signer": "signer",
    "recipients": "recipient",
    "font_size": "font-size",
    "place": "place",
    "issued": "issued",
    "number": "number",
    "document": "document",
    "at": "at",
    "venue": "venue",
    "format": "format",
    "charts": "charts",
}


def _clock(text: str) -> dt.time:
    """An hour written HH:MM, for ``--at``."""
    try:
        return dt.time.fromisoformat(text)
    except ValueError:
        raise UsageError(f"argument --at: {text!r} is not an hour HH:MM") from None


def run(args: argparse.Namespace) -> int:
    """Render the document of each record."""
    from tayho_coord.report import render

    loaded = records(args.file, who(args))
    if args.place is not None and not args.place.strip():
        raise UsageError("argument --place: must not be empty")
    several = len(loaded) > 1
    to_folder = args.output not in (None, "-") and os.path.isdir(args.output)
    if args.output not in (None, "-") and args.output.endswith(("/", os.sep)) and not to_folder:
        raise UsageError(f"argument -o: {args.output} is no existing folder")
    binary = args.format in ("docx", "pdf")
    if several and binary and not to_folder:
        raise UsageError(
            f"argument -o: {len(loaded)} records give {len(loaded)} {args.format} files: "
            "give -o FOLDER, an existing folder, to write one file per record"
        )
    if not several and binary and args.output in (None, "-") and sys.stdout.isatty():
        raise UsageError(f"argument --format: {args.format} is a binary file: give -o FILE")
    issued = None if args.issued is None else _iso_date(args.issued, "--issued")
    at = None if args.at is None else _clock(args.at)
    together = _together(loaded)
    documents: list[str] = []
    for number, record in enumerate(loaded, start=1):
        try:
            text = render(
                record,
                args.format,
                place=args.place,
                charts=args.charts,
                issued=issued,
                number=args.number,
                signers=args.signer,
                recipients=args.recipient,
                appendix=args.appendix,
                font_size=args.font_size,
                document=args.document,
                at=at,
                venue=args.venue,
                records=together,
            )
        except ValidationError as exc:
            raise render_failure(exc, record, several=several) from None
        if to_folder:
            emit(text, os.path.join(args.output, file_name(record, _SUFFIXES[args.format])))
        elif several:
            assert isinstance(text, str)  # binary formats need a folder (above)
            documents.append(separator(args.format, number, len(loaded), record) + text)
        else:
            emit(text, args.output)
    if documents:
        emit("\n".join(documents), args.output)
    return EXIT_OK


def separator(fmt: str, number: int, count: int, record: Record) -> str:
    """The line that opens each of several documents written together (stdout, ``-o FILE``).

    A comment in Markdown and HTML (so that each document renders as it would alone), a
    marked line in plain text; one line each, to split the stream on
    (``csplit - '/^<!-- tayho-coord report: document/' '{*}'``).

    Examples:
        >>> from tayho_coord.datasets import tay_ho_2019
        >>> print(separator("md", 1, 2, tay_ho_2019()), end="")
        <!-- tayho-coord report: document 1 of 2: ha-noi/tay-ho/tong-ket-2019 -->
        >>> print(separator("text", 2, 2, tay_ho_2019()), end="")
        ==== tayho-coord report: document 2 of 2: ha-noi/tay-ho/tong-ket-2019 ====
    """
    words = f"tayho-coord report: document {number} of {count}: {record.id}"
    if fmt == "text":
        return f"==== {words} ====\n"
    # A comment holds no "--" (WHATWG HTML, 13.1.6): each dash before a dash is spaced.
    return "<!-- " + re.sub(r"-(?=-)", "- ", words) + " -->\n"


def render_failure(
    exc: ValidationError, record: Record, *, several: bool
) -> UsageError | DataProblem:
    """What the command reports when the library refuses to render ``record``.

    A field that is an option of the command (``signers``: ``--signer``) is a usage error
    (exit 2) about that option; any other field is the data's (the record cannot be rendered
    as asked): a data problem naming the record, the field and why (exit 1).

    Examples:
        >>> from tayho_coord.datasets import tay_ho_2019
        >>> err = ValidationError("period", "nhiệm kỳ 2021-2026", "not one year")
        >>> print(render_failure(err, tay_ho_2019(), several=False))
        ha-noi/tay-ho/tong-ket-2019: cannot render it: period 'nhiệm kỳ 2021-2026': not one year
    """
    option = _OPTIONS.get(exc.field)
    if option is None:
        return DataProblem(
            f"{record.id}: cannot render it: {exc.field} {exc.value!r}: {exc.reason}"
        )
    where = f" ({record.id})" if several else ""
    return UsageError(f"argument --{option}: {exc.reason}{where}")


def _together(loaded: list[Record]) -> RecordSet:
    """The records given, as one set; each meeting's activities found among them.

    Raises:
        DataProblem: two records of one id, or a meeting referring to a record that is not
            given (or is no activity of its unit): the message names the id and the meeting.
    """
    from tayho_coord.model import Meeting, RecordSet

    try:
        together = RecordSet(tuple(loaded))
    except ValidationError as exc:
        raise DataProblem(f"the records given: {exc.field} {exc.value!r}: {exc.reason}") from None
    for record in loaded:
        if isinstance(record, Meeting):
            try:
                together.activities_of(record)
            except ValidationError as exc:
                raise DataProblem(
                    f"{record.id}: {exc.field} {exc.value!r}: {exc.reason} (give the file that "
                    "holds it too)"
                ) from None
    return together


def _iso_date(text: str, option: str) -> dt.date:
    """A date written YYYY-MM-DD (ISO 8601), for an option."""
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise UsageError(f"argument {option}: {text!r} is not a date YYYY-MM-DD") from None


def _positive(text: str) -> int:
    """A positive whole number, for an option (argparse's type)."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"{text!r} must be at least 1")
    return value


def add(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the command to the top-level parser."""
    from tayho_coord.report._render import DOCUMENTS, FORMATS

    report = commands.add_parser(
        "report",
        help="the document of a record of the cycle as an office files it (Markdown, HTML, "
        "text, Word or PDF)",
        description="Print the document of each record of the cycle (the report of a review, "
        "of a meeting, of a hearing, of voter petitions…) as an office files it (Nghị định "
        "30/2020/NĐ-CP): issuers, Số, the place and date line, the body (results, "
        "shortcomings, next year's tasks), a signature block per issuer, Nơi nhận, and an "
        "appendix with the sources and the basis of each figure. docx and pdf are binary: "
        "give -o FILE (pdf needs LibreOffice). Several records give one document each: an "
        "existing folder given to -o gets one file per record (also for one record); "
        "without one, the documents of md, html and text are printed (or written to -o "
        "FILE) one after another, each opened by a line naming its record, and docx and "
        "pdf ask for -o FOLDER.",
    )
    add_files(report)
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
    report.add_argument(
        "--issued",
        metavar="YYYY-MM-DD",
        help="the issue date (default: the day and month left to fill by hand, "
        "'ngày … tháng … năm 2020')",
    )
    report.add_argument(
        "--number",
        type=_positive,
        metavar="N",
        help="the document's number ('Số: 05/BC-…'; default: left to fill by hand)",
    )
    report.add_argument(
        "--signer",
        action="append",
        metavar="NAME",
        help="a signer, once per issuer in the parties' order: NAME (the head), KT:NAME (a "
        "deputy for the head) or Q:NAME (acting); default: each head on the issue date from "
        "the roster, else left to fill by hand",
    )
    report.add_argument(
        "--recipient",
        action="append",
        metavar="TEXT",
        help="an entry of 'Nơi nhận' (repeat it; '- Lưu: VT.' is always last)",
    )
    report.add_argument(
        "--no-appendix",
        dest="appendix",
        action="store_false",
        help="leave out the appendix (PHỤ LỤC: sources, basis of the figures, findings)",
    )
    report.add_argument(
        "--font-size",
        type=int,
        choices=(13, 14),
        default=14,
        help="the body's size in points (Nghị định 30: 13 or 14; default 14)",
    )
    report.add_argument(
        "--document",
        choices=DOCUMENTS,
        default=None,
        help="which document of the cycle: the report (default), the invitation to the "
        "review conference (Giấy mời), the program signed at it (Chương trình phối hợp), "
        "the conclusion of a meeting (Thông báo kết luận), or the plan of a hearing or an "
        "oversight (Kế hoạch; the default for one known only from its plan)",
    )
    report.add_argument(
        "--at", metavar="HH:MM", help="the invitation's hour (default: left to fill by hand)"
    )
    report.add_argument(
        "--venue", metavar="TEXT", help="the invitation's venue (default: left to fill by hand)"
    )
    report.set_defaults(run=run)
