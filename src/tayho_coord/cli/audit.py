"""``tayho-coord audit RATE [--counts N/D | --max-denominator D]``."""

from __future__ import annotations

import argparse

from tayho_coord.cli._common import EXIT_DATA, EXIT_OK, UsageError, integer, say, who
from tayho_coord.errors import ValidationError


def _counts(text: str) -> tuple[int, int]:
    part, sep, whole = text.partition("/")
    if not sep:
        raise UsageError(f"argument --counts: expected N/D (25/44), got {text!r}")
    return (
        integer(part.strip(), "argument --counts: numerator"),
        integer(whole.strip(), "argument --counts: denominator"),
    )


def run(args: argparse.Namespace) -> int:
    """Check the rate against the counts, or list the candidate counts."""
    from tayho_coord.audit import MAX_DENOMINATOR, candidates, check_rate

    if args.counts is None:
        top = 100 if args.max_denominator is None else args.max_denominator
        if not 1 <= top <= MAX_DENOMINATOR:
            raise UsageError(
                f"argument --max-denominator: {top}: must be from 1 to {MAX_DENOMINATOR}"
            )
        try:
            pairs = candidates(args.rate, top)
        except ValidationError as exc:
            raise UsageError(_rate_error(exc)) from None
        for numerator, denominator in pairs:
            print(f"{numerator}/{denominator}")
        if not pairs:
            say(f"{who(args)}: no counts with a whole up to {top} print as {args.rate!r}")
        return EXIT_OK
    if args.max_denominator is not None:
        raise UsageError("argument --max-denominator: not allowed with --counts")
    numerator, denominator = _counts(args.counts)
    try:
        check = check_rate(args.rate, numerator, denominator)
    except ValidationError as exc:
        raise UsageError(_rate_error(exc)) from None
    print(f"{check.verdict.value}: {check}")
    return EXIT_OK if check.ok else EXIT_DATA


def _rate_error(exc: ValidationError) -> str:
    if exc.field == "max_denominator":
        return f"argument --max-denominator: {exc.value}: {exc.reason}"
    what = "RATE" if exc.field in ("text", "printed") else exc.field
    return f"{what} {exc.value!r}: {exc.reason}"


def add(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the command to the top-level parser."""
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
    audit.set_defaults(run=run)
