"""The ``tayho-coord`` command (also ``python -m tayho_coord``).

Commands::

    tayho-coord report [FILE] [--format md|html|text] [-o OUT] [--place PLACE] [--[no-]charts]
    tayho-coord summary [FILE]
    tayho-coord metrics [FILE...] [--format table|csv|json] [-o OUT]
    tayho-coord validate FILE... [--strict]
    tayho-coord audit RATE [--counts N/D | --max-denominator D]
    tayho-coord fmt number|percent|count|date|words VALUE [options]

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

import argparse
import os
import re
import sys
import warnings
from typing import TYPE_CHECKING, Any, NoReturn

from tayho_coord.errors import (
    DataError,
    IllustrativeDataWarning,
    ParseError,
    TayHoError,
    ValidationError,
)

if TYPE_CHECKING:
    import datetime as dt
    from collections.abc import Callable, Sequence
    from decimal import Decimal
    from fractions import Fraction

    from tayho_coord.model import ProgramReview

__all__ = ["EXIT_DATA", "EXIT_OK", "EXIT_USAGE", "main"]

EXIT_OK = 0
EXIT_DATA = 1
EXIT_USAGE = 2

PROG = "tayho-coord"


class _UsageError(Exception):
    """A value on the command line cannot be used (exit status 2)."""


class _DataProblem(Exception):
    """The data cannot be used; the message is already printed or is the one line to print."""


class _NotAReview(_DataProblem):
    """A data file holds another kind of record than a ProgramReview."""


class _Parser(argparse.ArgumentParser):
    """argparse, with a usage error printed as one line."""

    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_USAGE, f"{self.prog}: error: {message} (see '{self.prog} --help')\n")


# --- helpers -----------------------------------------------------------------------------


def _say(line: str) -> None:
    print(line, file=sys.stderr)


def _who(args: argparse.Namespace) -> str:
    """The name a command's errors and warnings start with: ``tayho-coord fmt date``."""
    if args.command == "fmt":
        return f"{PROG} fmt {args.what}"
    return f"{PROG} {args.command}"


def _warn_lines(caught: list[warnings.WarningMessage], where: str, who: str) -> None:
    # The loader's own warnings already start with the file's name (normalized as a path):
    # it is said once, as the user wrote it.
    named = f"{os.path.normpath(where)}: "
    for item in caught:
        text = str(item.message)
        _say(f"{who}: warning: {where}: {text.removeprefix(named)}")


def _load(path: str) -> tuple[Any, list[warnings.WarningMessage]]:
    """Load a data file; warnings are collected, not shown. Raises DataError or OSError."""
    from tayho_coord.io import load

    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        obj = load(path)
    return obj, list(caught)


def _os_error(exc: OSError, path: str) -> str:
    reason = exc.strerror or str(exc)
    return f"{exc.filename or path}: {reason}"


def _review(path: str | None, who: str) -> ProgramReview:
    """The review in ``path``, or the bundled one; problems raise _DataProblem.

    Warnings about the data are printed at once, starting with ``who``.
    """
    from tayho_coord.model import ProgramReview

    if path is None:
        from tayho_coord.datasets import tay_ho_2019

        return tay_ho_2019()
    try:
        obj, caught = _load(path)
    except OSError as exc:
        raise _DataProblem(_os_error(exc, path)) from None
    _warn_lines(caught, path, who)
    if not isinstance(obj, ProgramReview):
        raise _NotAReview(f"{path} holds a {type(obj).__name__}, not a ProgramReview")
    return obj


def write_atomic(path: str | os.PathLike[str], text: str) -> None:
    """Write ``text`` to ``path`` in UTF-8: a temporary file in the same folder, then a rename.

    A failure leaves any previous file intact and no temporary file behind.

    Raises:
        OSError: the folder cannot be written.
    """
    from tayho_coord.io._atomic import write_text_atomic

    write_text_atomic(path, text)


def _emit(text: str, output: str | None) -> None:
    if output is None or output == "-":
        sys.stdout.write(text)
        return
    try:
        write_atomic(output, text)
    except OSError as exc:
        raise _DataProblem(f"cannot write {output}: {exc.strerror or exc}") from None


# --- commands ----------------------------------------------------------------------------


def _cmd_summary(args: argparse.Namespace) -> int:
    from tayho_coord.report import summarize

    sys.stdout.write(summarize(_review(args.file, _who(args))))
    return EXIT_OK


def _cmd_report(args: argparse.Namespace) -> int:
    from tayho_coord.report import render

    review = _review(args.file, _who(args))
    if args.place is not None and not args.place.strip():
        raise _UsageError("argument --place: must not be empty")
    try:
        text = render(review, args.format, place=args.place, charts=args.charts)
    except ValidationError as exc:
        raise _UsageError(f"argument --{exc.field}: {exc.reason}") from None
    _emit(text, args.output)
    return EXIT_OK


def _cmd_validate(args: argparse.Namespace) -> int:
    status = EXIT_OK
    for path in args.files:
        try:
            obj, caught = _load(path)
        except OSError as exc:
            _say(f"{_who(args)}: error: {_os_error(exc, path)}")
            status = EXIT_DATA
            continue
        except DataError as exc:
            for problem in exc.problems:
                _say(f"{path}: {problem}")
            status = EXIT_DATA
            continue
        _warn_lines(caught, path, _who(args))
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


def _integer(text: str, what: str) -> int:
    from tayho_coord.vi import parse_number

    try:
        value = parse_number(text)
    except ParseError:
        raise _UsageError(f"{what} {text!r} is not a whole number") from None
    if value != value.to_integral_value() or value < 0:
        raise _UsageError(f"{what} {text!r} is not a whole number >= 0")
    return int(value)


def _counts(text: str) -> tuple[int, int]:
    part, sep, whole = text.partition("/")
    if not sep:
        raise _UsageError(f"argument --counts: expected N/D (25/44), got {text!r}")
    return (
        _integer(part.strip(), "argument --counts: numerator"),
        _integer(whole.strip(), "argument --counts: denominator"),
    )


# The largest denominator ``audit --max-denominator`` scans: one pass per denominator, so a
# million takes about a second; beyond, the command would seem to hang.
_MAX_DENOMINATOR = 1_000_000


def _cmd_audit(args: argparse.Namespace) -> int:
    from tayho_coord.audit import candidates, check_rate

    if args.counts is None:
        top = 100 if args.max_denominator is None else args.max_denominator
        if not 1 <= top <= _MAX_DENOMINATOR:
            raise _UsageError(
                f"argument --max-denominator: {top}: must be from 1 to {_MAX_DENOMINATOR}"
            )
        try:
            pairs = candidates(args.rate, top)
        except ValidationError as exc:
            raise _UsageError(_rate_error(exc)) from None
        for numerator, denominator in pairs:
            print(f"{numerator}/{denominator}")
        if not pairs:
            _say(f"{_who(args)}: no counts with a whole up to {top} print as {args.rate!r}")
        return EXIT_OK
    if args.max_denominator is not None:
        raise _UsageError("argument --max-denominator: not allowed with --counts")
    numerator, denominator = _counts(args.counts)
    try:
        check = check_rate(args.rate, numerator, denominator)
    except ValidationError as exc:
        raise _UsageError(_rate_error(exc)) from None
    print(f"{check.verdict.value}: {check}")
    return EXIT_OK if check.ok else EXIT_DATA


def _rate_error(exc: ValidationError) -> str:
    what = "RATE" if exc.field in ("text", "printed") else exc.field
    return f"{what} {exc.value!r}: {exc.reason}"


def _decimal(text: str) -> Decimal:
    """A number as a program writes it (``1234567.5``, ``-3``, ``1e3``), exactly."""
    from decimal import Decimal, InvalidOperation

    try:
        value = Decimal(text.strip().replace("_", ""))
    except InvalidOperation:
        value = None
    if value is None or not value.is_finite() or not text.strip():
        raise _UsageError(f"{text!r} is not a number (write it as 1.234.567,5 or 1234567.5)")
    return value


def _number(text: str) -> Decimal:
    """A number written the Vietnamese way (``1.234.567,5``) or a program's way (``1234567.5``).

    A ``,`` or more than one ``.`` makes it Vietnamese (read by :func:`vi.parse_number`);
    otherwise ``.`` is a decimal point. One ``.`` before exactly three digits (``1.234``) is
    refused: it is 1234 in Vietnamese and 1.234 in a program.
    """
    from tayho_coord.vi import parse_number

    body = text.strip()
    if "," in body or body.count(".") > 1:
        try:
            return parse_number(body)
        except ParseError:
            raise _UsageError(
                f"{text!r} is not a number (write it as 1.234.567,5 or 1234567.5)"
            ) from None
    head, dot, tail = body.partition(".")
    digits = head.lstrip("+-\u2212")
    if dot and len(tail) == 3 and tail.isdigit() and digits.isdigit() and digits[:1] != "0":
        raise _UsageError(
            f"{text!r} is ambiguous: '.' groups thousands in Vietnamese and is a decimal "
            f"point in a program; write {head}{tail} for the thousands or {head},{tail} for "
            "the decimals"
        )
    return _decimal(body)


def _ratio(text: str) -> Decimal | Fraction:
    """A ratio (``0.5682``), a fraction (``25/44``) or a percentage with ``%`` (``56,82%``)."""
    from fractions import Fraction

    body = text.strip()
    if body.endswith("%"):
        return _number(body[:-1].rstrip(" \t\xa0\u202f")).scaleb(-2)
    if "/" in body:
        part, _, whole = body.partition("/")
        numerator, denominator = _number(part), _number(whole)
        if denominator == 0:
            raise _UsageError(f"{text!r}: the denominator is 0")
        return Fraction(numerator) / Fraction(denominator)
    return _number(body)


def _day(text: str) -> dt.date:
    import datetime as dt

    from tayho_coord.vi import parse_date

    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError:
        pass
    try:
        return parse_date(text)
    except ParseError as exc:
        raise _UsageError(f"{text!r} is not a date: {exc.reason}") from None


# A pointer to another function of the library at the end of a message: "(see parse_period)".
_LIBRARY_HINT = re.compile(r"\s*\(see \w+\)(?=$|:)")


def _cmd_fmt(args: argparse.Namespace) -> int:
    from tayho_coord import vi

    kind = args.what
    try:
        if kind == "number":
            out = vi.format_number(_number(args.value), decimals=args.decimals)
        elif kind == "percent":
            out = vi.format_percent(_ratio(args.value), decimals=args.decimals)
        elif kind == "count":
            noun = " ".join(args.noun) if args.noun else None
            out = vi.format_count(_integer(args.value, "count"), noun=noun)
        elif kind == "date":
            day = _day(args.value)
            if args.place is not None:
                out = vi.format_date_line(day, args.place)
            else:
                out = vi.format_date(day, style=args.style)
        else:
            value = _number(args.value)
            if args.amount:
                out = vi.amount_in_words(value, dialect=args.dialect)
            else:
                out = vi.number_to_words(value, dialect=args.dialect)
    except (ValidationError, ParseError, _UsageError) as exc:
        # Point at the help of the kind asked for, as argparse's own errors do; a hint the
        # library gives its Python callers ("(see parse_period)") means nothing here.
        message = _LIBRARY_HINT.sub("", str(exc))
        raise _UsageError(f"{message} (see '{PROG} fmt {kind} --help')") from None
    print(out)
    return EXIT_OK


class _CommandParser(_Parser):
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


# --- metrics -----------------------------------------------------------------------------


def _review_or_skip(path: str, who: str) -> ProgramReview | None:
    """The review in ``path``; None, with a warning, if the file holds another record.

    A folder's files given at once (``data/*.json``) may hold histories or sources.
    """
    try:
        return _review(path, who)
    except _NotAReview as exc:
        _say(f"{who}: warning: {exc}: skipped")
        return None


def _warn_illustrative(table: Any, loaded: list[tuple[str, ProgramReview]], who: str) -> None:
    """Name the files of invented figures given with real ones (the table marks their rows).

    datasets/_examples.py says never to mix the illustrative reviews into an analysis of
    real units; the table's ``illustrative`` column says which rows are which.
    """
    from tayho_coord.datasets._examples import ILLUSTRATIVE_SOURCE_ID

    ids = {row.review_id for row in table if row.illustrative}
    marked = [path for path, review in loaded if review.id in ids]
    if marked and len(marked) < len(loaded):
        _say(
            f"{who}: warning: {', '.join(marked)}: invented figures (the "
            f"illustrative source '{ILLUSTRATIVE_SOURCE_ID}') in one table with reviews not "
            "resting on it; never compare them"
        )


def _cmd_metrics(args: argparse.Namespace) -> int:
    from tayho_coord.metrics import yearly

    who = _who(args)
    if args.files:
        found = ((path, _review_or_skip(path, who)) for path in args.files)
        loaded = [(path, review) for path, review in found if review is not None]
    else:
        loaded = [("tay_ho_2019", _review(None, who))]  # one review: never named in a warning
    if not loaded:
        raise _DataProblem("no FILE holds a ProgramReview")
    try:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            table = yearly([review for _, review in loaded])
    except ValidationError as exc:
        raise _DataProblem(str(exc)) from None
    for item in caught:  # the table's own warnings, as the command's lines
        if issubclass(item.category, IllustrativeDataWarning):
            continue  # said by _warn_illustrative below, with the files' paths
        _say(f"{who}: warning: {item.message}")
    _warn_illustrative(table, loaded, who)
    _emit(_metrics_text(table, args.format), args.output)
    return EXIT_OK


def _metrics_text(table: Any, fmt: str) -> str:
    from tayho_coord.report._metrics import metrics_csv, metrics_json, metrics_table

    writers: dict[str, Callable[[Any], str]] = {
        "table": metrics_table,
        "csv": metrics_csv,
        "json": metrics_json,
    }
    return writers[fmt](table)


# --- the parser --------------------------------------------------------------------------


def _add_file(command: argparse.ArgumentParser) -> None:
    command.add_argument(
        "file",
        nargs="?",
        help="a review data file (JSON); the bundled Tây Hồ 2019 review when omitted",
    )


def _add_output(command: argparse.ArgumentParser) -> None:
    command.add_argument("-o", "--output", metavar="OUT", help="write to OUT instead of stdout")


def _parser() -> argparse.ArgumentParser:
    from tayho_coord.report._render import FORMATS

    parser = _Parser(
        prog=PROG,
        description="Vietnamese local government coordination: reports and figures.",
        epilog="Exit status: 0 success, 1 problems in the data, 2 wrong command line.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {_version()}")
    commands = parser.add_subparsers(
        dest="command", required=True, metavar="COMMAND", parser_class=_CommandParser
    )

    report = commands.add_parser(
        "report",
        help="the yearly report of a program review (Markdown, HTML or text)",
        description="Print the yearly report of a program review in Vietnamese administrative "
        "form: heading and date line per Nghị định 30/2020/NĐ-CP, the bodies, each activity "
        "with its counts, petition figures (printed apart from computed), shortcomings, next "
        "year's key tasks and the sources.",
    )
    _add_file(report)
    report.add_argument(
        "--format", choices=FORMATS, default="md", help="output format (default: md)"
    )
    _add_output(report)
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
    report.set_defaults(run=_cmd_report)

    summary = commands.add_parser(
        "summary",
        help="print a short Vietnamese summary of a review file",
        description="Print a short Vietnamese summary of a review file "
        "(the bundled Tây Hồ 2019 review when no file is given).",
    )
    _add_file(summary)
    summary.set_defaults(run=_cmd_summary)

    metrics = commands.add_parser(
        "metrics",
        help="the yearly metrics table of review files",
        description="Print the yearly metrics of program reviews, one row per unit and year "
        "(of the bundled Tây Hồ 2019 review when no FILE is given). A FILE holding another "
        "kind of record (a UnitHistory, a Source) is skipped with a "
        "warning on stderr, so that a folder's files can be given at once (data/*.json); a "
        "FILE that cannot be read or has mistakes is an error, and so is no review at all. "
        "Reviews resting on the illustrative data (invented figures) given with others are "
        "named in a warning; the table marks their rows.",
    )
    metrics.add_argument(
        "files",
        nargs="*",
        metavar="FILE",
        help="data files (JSON); those not holding a ProgramReview are skipped; the bundled "
        "Tây Hồ 2019 review when omitted",
    )
    metrics.add_argument(
        "--format",
        choices=("table", "csv", "json"),
        default="table",
        help="table (aligned text, Vietnamese numbers), csv or json (exact values as "
        "strings); default: table",
    )
    _add_output(metrics)
    metrics.set_defaults(run=_cmd_metrics)

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
    validate.set_defaults(run=_cmd_validate)

    audit = commands.add_parser(
        "audit",
        help="check one printed rate against its counts, or list the counts it allows",
        # Written with its line breaks (RawDescriptionHelpFormatter keeps the examples whole).
        description="With --counts, say whether a printed rate is its counts' rate rounded\n"
        "half-up (Luật Kế toán), truncated, or inconsistent. Without, list the counts N/D\n"
        "that print as RATE, one a line, smallest whole first, up to --max-denominator.",
        epilog="Examples:\n"
        "  tayho-coord audit 56,82% --counts 25/44\n"
        "  tayho-coord audit 56,82% --max-denominator 100\n"
        "\n"
        "Exit status: 0 when rounded (with --counts) or once the counts are listed (even\n"
        "none), 1 when truncated or inconsistent, 2 for a wrong command line.",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    audit.add_argument("rate", metavar="RATE", help="the rate as printed: 56,82%% or '97,8 %%'")
    audit.add_argument(
        "--counts", metavar="N/D", help="the part and the whole: 25/44 (else list candidates)"
    )
    audit.add_argument(
        "--max-denominator",
        type=int,
        metavar="D",
        help="without --counts: the largest whole to try (default: 100)",
    )
    audit.set_defaults(run=_cmd_audit)

    fmt = commands.add_parser(
        "fmt",
        help="format a number, a percentage, a count, a date or a number in words",
        description="Quick access to the tayho_coord.vi formatters.",
    )
    kinds = fmt.add_subparsers(
        dest="what", required=True, metavar="KIND", parser_class=_CommandParser
    )
    number = kinds.add_parser(
        "number", help="1234567.5 or 1.234.567,5 -> 1.234.567,5", description="Format a number."
    )
    number.add_argument(
        "value",
        metavar="NUMBER",
        help="written the Vietnamese way (1.234.567,5) or a program's way (1234567.5); "
        "1.234 alone is refused as ambiguous",
    )
    number.add_argument("--decimals", type=int, help="round half-up to this many decimals")
    percent = kinds.add_parser(
        "percent",
        help="25/44, 0.5682 or 56,82%% -> 56,82%%",
        description="Format a ratio as a percentage. RATIO is a ratio (0.5682), a fraction "
        "(25/44) or a percentage written with % (56,82% or 56.82%); a number without % is "
        "a ratio: 56.82 gives 5.682,00%.",
    )
    percent.add_argument(
        "value",
        metavar="RATIO",
        help="a ratio (0.5682 or 0,5682), a fraction (25/44) or a percentage with %% (56,82%%)",
    )
    percent.add_argument("--decimals", type=int, default=2, help="default: 2 (half-up)")
    count = kinds.add_parser(
        "count", help="3 phiên giải trình -> 03 phiên giải trình", description="Format a count."
    )
    count.add_argument("value", metavar="N", help="a count, 0 or more")
    count.add_argument(
        "noun", nargs="*", metavar="NOUN", help="the counted noun, one or more words (cơ quan)"
    )
    date = kinds.add_parser(
        "date", help="2020-02-11 -> 11/02/2020", description="Format a date (Nghị định 30)."
    )
    date.add_argument("value", metavar="DATE", help="ISO (2020-02-11) or day first (11/02/2020)")
    date.add_argument(
        "--style", choices=("short", "long", "full"), default="short", help="default: short"
    )
    date.add_argument("--place", help="print the place-and-date line of a document")
    words = kinds.add_parser(
        "words",
        help="2020 -> hai nghìn không trăm hai mươi",
        description="Read a number out in Vietnamese words.",
    )
    words.add_argument(
        "value",
        metavar="NUMBER",
        help="the Vietnamese way (1,05; 1.234,5) or a program's way (1.05, -3)",
    )
    words.add_argument(
        "--dialect", choices=("north", "south"), default="north", help="default: north"
    )
    words.add_argument("--amount", action="store_true", help="an amount of money in words")
    fmt.set_defaults(run=_cmd_fmt)
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
    who = _who(args)
    try:
        return run(args)
    except _UsageError as exc:
        _say(f"{who}: error: {exc}")
        return EXIT_USAGE
    except DataError as exc:
        head, *lines = str(exc).splitlines()
        _say(f"{who}: error: {head}")
        for line in lines:
            _say(line)
        return EXIT_DATA
    except (_DataProblem, TayHoError) as exc:  # DataError, a TayHoError, is caught above
        _say(f"{who}: error: {exc}")
        return EXIT_DATA
    except BrokenPipeError:
        # The reader went away (``| head``): stop quietly, as command-line tools do.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_DATA
