"""Benchmarks of tayho_coord.vi against babel and dateutil, measured in the same run.

Run:  .venv/bin/python benchmarks/bench_vi.py [--repeat N]

For each pair, the same operation is timed for tayho_coord.vi and for its baseline (babel
with ``locale="vi"``, or dateutil), after one warm-up call each (so that babel's locale data
and our cached CLDR symbols are loaded). Each figure is the minimum over several repeats of
the mean time per call, the runs of the two alternating (see measure); the ratio is
baseline / ours. Targets (issue 3): format_percent and format_number at least 8x faster
than babel's format_percent / format_decimal; format_date long at least 8x faster than
babel's format_date with a pattern; parse_date at least 10x faster than
dateutil.parser.parse(..., dayfirst=True). Then each parser on adversarial texts of 1k to 8k
characters: the time per character at 8k against the 1k figure of the same run must stay
within LINEAR_MARGIN. The exit status is 1 if a target or a margin is missed.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import timeit
from decimal import Decimal
from fractions import Fraction
from typing import TYPE_CHECKING

from babel.dates import format_date as babel_format_date
from babel.numbers import format_decimal as babel_format_decimal
from babel.numbers import format_percent as babel_format_percent
from babel.numbers import parse_decimal as babel_parse_decimal
from dateutil.parser import parse as dateutil_parse

from tayho_coord import vi

if TYPE_CHECKING:
    from collections.abc import Callable

DAY = dt.date(2020, 2, 11)
RATIO = Decimal("0.5681818181818181818181818182")
AMOUNT = Decimal("1234567.891")
SHARE = Fraction(25, 44)  # built once: the benchmark times formatting, not Fraction()

# (name, ours, baseline, target ratio or None)
CASES: list[tuple[str, Callable[[], object], Callable[[], object], float | None]] = [
    (
        "format_percent(Decimal, decimals=2) vs babel format_percent",
        lambda: vi.format_percent(RATIO, decimals=2),
        lambda: babel_format_percent(RATIO, "#,##0.00%", locale="vi"),
        8.0,
    ),
    (
        "format_percent(Fraction(25, 44)) vs babel format_percent",
        lambda: vi.format_percent(SHARE, decimals=2),
        lambda: babel_format_percent(RATIO, "#,##0.00%", locale="vi"),
        None,
    ),
    (
        "format_number(Decimal) vs babel format_decimal",
        lambda: vi.format_number(AMOUNT),
        lambda: babel_format_decimal(AMOUNT, locale="vi"),
        8.0,
    ),
    (
        "format_number(int) vs babel format_decimal",
        lambda: vi.format_number(1234567),
        lambda: babel_format_decimal(1234567, locale="vi"),
        8.0,
    ),
    (
        "format_date(long) vs babel format_date with a pattern",
        lambda: vi.format_date(DAY, style="long"),
        lambda: babel_format_date(DAY, "'ngày' dd 'tháng' MM 'năm' y", locale="vi"),
        8.0,
    ),
    (
        "parse_date('11/02/2020') vs dateutil parse(dayfirst=True)",
        lambda: vi.parse_date("11/02/2020"),
        lambda: dateutil_parse("11/02/2020", dayfirst=True),
        10.0,
    ),
    (
        "parse_number('1.234.567,89') vs babel parse_decimal",
        lambda: vi.parse_number("1.234.567,89"),
        lambda: babel_parse_decimal("1.234.567,89", locale="vi"),
        None,
    ),
]


def measure(
    ours: Callable[[], object], baseline: Callable[[], object], repeat: int
) -> tuple[float, float]:
    """Return the minimum mean seconds per call of each, over ``repeat`` interleaved runs.

    Runs alternate between the two so that a burst of load on the machine hits both.
    """
    timers = timeit.Timer(ours), timeit.Timer(baseline)
    numbers = [timer.autorange()[0] for timer in timers]
    best = [float("inf"), float("inf")]
    for _ in range(repeat):
        for index, timer in enumerate(timers):
            best[index] = min(best[index], timer.timeit(numbers[index]) / numbers[index])
    return best[0], best[1]


# Linear time: each parser on adversarial texts of growing length. The texts fail late (or are
# near the longest accepted); time per character should stay flat as the length doubles.
GROWING: list[tuple[str, Callable[[str], object], Callable[[int], str]]] = [
    ("parse_date, '11/' repeated", vi.parse_date, lambda n: "11/" * (n // 3)),
    ("parse_date, 'thứ Ba, ' repeated", vi.parse_date, lambda n: "thứ Ba, " * (n // 8)),
    ("parse_period, 'từ 11/02/2020 …'", vi.parse_period, lambda n: "từ " + "1" * (n - 3)),
    ("parse_number, digits and a bad end", vi.parse_number, lambda n: "1" * (n - 1) + "x"),
    ("parse_number, '1.000' groups, bad end", vi.parse_number, lambda n: "1.000" * (n // 5) + ","),
    ("parse_percent, groups without '%'", vi.parse_percent, lambda n: "1.000" * (n // 5)),
    (
        "DocumentSymbol.parse, long symbol",
        vi.DocumentSymbol.parse,
        lambda n: "5/" + "A-" * (n // 2),
    ),
    ("PersonName.parse, many syllables", vi.PersonName.parse, lambda n: "Văn " * (n // 4)),
    ("normalize, syllables", vi.normalize, lambda n: "hoà " * (n // 4)),
    # Issue 13's readings: lists of days, ranges of months, amounts, symbols, sort keys.
    (
        "parse_period, 'ngày 1, 2, …' days list",
        vi.parse_period,
        lambda n: "ngày " + "1, " * (n // 3) + "5/8/2020",
    ),
    (
        "parse_period, 'từ tháng 7 … đến tháng 12/2020'",
        vi.parse_period,
        lambda n: "từ " + "tháng 7 " * (n // 8) + "đến tháng 12/2020",
    ),
    (
        "parse_period, 'nhiệm kỳ 2021-' repeated",
        vi.parse_period,
        lambda n: "nhiệm kỳ 2021-" * (n // 14),
    ),
    (
        "parse_amount, space groups then đồng",
        vi.parse_amount,
        lambda n: "1" + " 234" * (n // 4) + "đ",
    ),
    (
        "DocumentSymbol.parse, type name then groups",
        vi.DocumentSymbol.parse,
        lambda n: "Kế hoạch số 5/KH-" + "UBND-" * (n // 5) + "VP",
    ),
    (
        "expand_abbreviation, sentences of abbreviations",
        vi.expand_abbreviation,
        lambda n: "ĐBQH. UBND " * (n // 11),
    ),
    (
        "sort_key(order='dictionary'), syllables",
        lambda t: vi.sort_key(t, order="dictionary"),
        lambda n: "Bà Điểm " * (n // 8),
    ),
]

# The most the time per character may grow from 1k to 8k characters: linear time keeps the
# ratio near 1; a quadratic parser would show about 8.
LINEAR_MARGIN = 2.5


def _swallow(parse: Callable[[str], object], text: str) -> None:
    # ParseError is a ValueError; the time to fail is what is measured.
    with contextlib.suppress(ValueError):
        parse(text)


def linearity(repeat: int) -> int:
    """Print the time per character of each parser at 1, 2, 4 and 8 thousand characters.

    The baseline of each row is its own 1k figure, measured in the same run: the last column
    is the ratio of the time per character at 8k to it. Returns how many rows exceed
    :data:`LINEAR_MARGIN`.
    """
    header = f"{'linear time: ns per character at n =':56} {'1k':>7} {'2k':>7} {'4k':>7} {'8k':>7}"
    print(f"\n{header}  8k/1k")
    failed = 0
    for name, parse, make in GROWING:
        per_char = []
        for n in (1000, 2000, 4000, 8000):
            text = make(n)
            timer = timeit.Timer(lambda parse=parse, text=text: _swallow(parse, text))
            number = max(1, timer.autorange()[0])
            seconds = min(timer.repeat(repeat=repeat, number=number)) / number
            per_char.append(seconds / len(text) * 1e9)
        ratio = per_char[-1] / per_char[0]
        verdict = "ok" if ratio <= LINEAR_MARGIN else "NOT LINEAR"
        failed += verdict != "ok"
        cells = " ".join(f"{cell:7.1f}" for cell in per_char)
        print(f"{name:56} {cells}  {ratio:5.2f} {verdict}")
    return failed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args()
    failed = 0
    print(f"{'case':62} {'ours':>10} {'baseline':>10} {'ratio':>7}  target")
    for name, ours, baseline, target in CASES:
        ours(), baseline()  # warm up: load babel data, fill caches
        ours_s, base_s = measure(ours, baseline, args.repeat)
        ratio = base_s / ours_s
        verdict = "" if target is None else ("ok" if ratio >= target else "MISSED")
        failed += verdict == "MISSED"
        goal = "" if target is None else f">= {target:g}x {verdict}"
        print(f"{name:62} {ours_s * 1e6:8.2f}us {base_s * 1e6:8.2f}us {ratio:6.1f}x  {goal}")
    failed += linearity(max(3, args.repeat // 2))
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
