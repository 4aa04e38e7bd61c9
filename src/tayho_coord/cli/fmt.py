"""``tayho-coord fmt number|percent|count|date|words VALUE [options]``."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from tayho_coord.cli._common import EXIT_OK, PROG, CommandParser, UsageError, integer
from tayho_coord.errors import ParseError, ValidationError

if TYPE_CHECKING:
    import argparse
    import datetime as dt
    from decimal import Decimal
    from fractions import Fraction


def _decimal(text: str) -> Decimal:
    """A number as a program writes it (``1234567.5``, ``-3``, ``1e3``), exactly."""
    from decimal import Decimal, InvalidOperation

    try:
        value = Decimal(text.strip().replace("_", ""))
    except InvalidOperation:
        value = None
    if value is None or not value.is_finite() or not text.strip():
        raise UsageError(f"{text!r} is not a number (write it as 1.234.567,5 or 1234567.5)")
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
            raise UsageError(
                f"{text!r} is not a number (write it as 1.234.567,5 or 1234567.5)"
            ) from None
    head, dot, tail = body.partition(".")
    digits = head.lstrip("+-\u2212")
    if dot and len(tail) == 3 and tail.isdigit() and digits.isdigit() and digits[:1] != "0":
        raise UsageError(
            f"{text!r} is ambiguous: '.' groups thousands in Vietnamese and is a decimal "
            f"point in a program; write {head}{tail} for the thousands or {head},{tail} for "
            "the decimals"
        )
    return _decimal(body)


def _ratio(text: str) -> Decimal | Fraction:
    """A ratio (``0.5682``), a fraction (``25/44``) or a percentage with ``%`` (``56,82%``).

    A bare number above 1 (``17,4``) is refused: ``audit`` reads it as a percentage, as
    reports drop the ``%`` of a rate ("đạt 17,4"), so reading it here as the ratio 1.740%
    would give one text two meanings on one command line.
    """
    from decimal import Decimal
    from fractions import Fraction

    body = text.strip()
    if body.endswith("%"):
        # Divided by 100 by moving the exponent: exact (scaleb would round to 28 digits).
        sign, digits, exponent = _number(body[:-1].rstrip(" \t\xa0\u202f")).as_tuple()
        assert isinstance(exponent, int)  # _number gives finite numbers
        return Decimal((sign, digits, exponent - 2))
    if "/" in body:
        part, _, whole = body.partition("/")
        numerator, denominator = _number(part), _number(whole)
        if denominator == 0:
            raise UsageError(f"{text!r}: the denominator is 0")
        return Fraction(numerator) / Fraction(denominator)
    value = _number(body)
    if value.copy_abs() > 1:
        raise UsageError(
            f"{text!r} without % is ambiguous: write {body}% for a percentage (as audit "
            "reads it), or a ratio from -1 to 1"
        )
    return value


# A text that starts as an ISO date does (a year of four digits): read as one, and only so.
_ISO_LIKE = re.compile(r"\s*[0-9]{4}")


def _day(text: str) -> dt.date:
    """An ISO date (``2020-02-11``, as data files write it) or one written day first.

    An ISO-looking text is read by the library's one ISO reading
    (:func:`tayho_coord.model._time.parse_iso_date`): week dates and compact forms, which
    :meth:`datetime.date.fromisoformat` takes, are refused as data files refuse them.
    """
    from tayho_coord.model._time import PartialDate, parse_iso_date
    from tayho_coord.vi import parse_date

    body = text.strip()
    if not _ISO_LIKE.match(body):
        try:
            return parse_date(text)
        except ParseError as exc:
            raise UsageError(f"{text!r} is not a date: {exc.reason}") from None
    try:
        return parse_iso_date(body)
    except ParseError as exc:
        reason = exc.reason
    try:
        PartialDate.parse_iso(body)
    except ParseError:
        pass
    else:
        reason = "a month or a year, not a date"
    raise UsageError(f"{text!r} is not a date: {reason}")


# A pointer to another function of the library at the end of a message: "(see parse_period)".
_LIBRARY_HINT = re.compile(r"\s*\(see \w+\)(?=$|:)")


def run(args: argparse.Namespace) -> int:
    """Format the value as its kind asks."""
    from tayho_coord import vi

    kind = args.what
    try:
        if kind == "number":
            out = vi.format_number(_number(args.value), decimals=args.decimals)
        elif kind == "percent":
            out = vi.format_percent(_ratio(args.value), decimals=args.decimals)
        elif kind == "count":
            noun = " ".join(args.noun) if args.noun else None
            out = vi.format_count(integer(args.value, "count"), noun=noun)
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
    except (ValidationError, ParseError, UsageError) as exc:
        # Point at the help of the kind asked for, as argparse's own errors do; a hint the
        # library gives its Python callers ("(see parse_period)") means nothing here.
        message = _LIBRARY_HINT.sub("", str(exc))
        raise UsageError(f"{message} (see '{PROG} fmt {kind} --help')") from None
    print(out)
    return EXIT_OK


def add(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the command, and its kinds, to the top-level parser."""
    fmt = commands.add_parser(
        "fmt",
        help="format a number, a percentage, a count, a date or a number in words",
        description="Quick access to the tayho_coord.vi formatters.",
    )
    kinds = fmt.add_subparsers(
        dest="what", required=True, metavar="KIND", parser_class=CommandParser
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
        "(25/44) or a percentage written with % (56,82% or 56.82%). A number without % is "
        "a ratio from -1 to 1; a bare number above 1 (17,4) is refused, since 'audit' reads "
        "it as a percentage (17,4%), as reports drop the %: write the % to mean one.",
    )
    percent.add_argument(
        "value",
        metavar="RATIO",
        help="a ratio from -1 to 1 (0.5682 or 0,5682), a fraction (25/44) or a percentage "
        "with %% (56,82%%)",
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
    date.add_argument(
        "value",
        metavar="DATE",
        help="ISO as data files write it (2020-02-11; no week dates or 20200211) or day first "
        "(11/02/2020)",
    )
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
    fmt.set_defaults(run=run)
