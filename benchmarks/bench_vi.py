"""Benchmarks of tayho_coord.vi against babel and dateutil, measured in the same run.

Run:  .venv/bin/python benchmarks/bench_vi.py [--repeat N]

For each pair, the same operation is timed for tayho_coord.vi and for its baseline (babel
with ``locale="vi"``, or dateutil), after one warm-up call each (so that babel's locale data
and our cached CLDR symbols are loaded). Each figure is the minimum over several repeats of
the mean time per call, the runs of the two alternating (see measure); the ratio is
baseline / ours. Targets (issue 3): format_percent and format_number at least 8x faster
than babel's format_percent / format_decimal; format_date long at least 8x faster than
babel's format_date with a pattern; parse_date at least 10x faster than
dateutil.parser.parse(..., dayfirst=True). The exit status is 1 if a target is missed.
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
]


def _swallow(parse: Callable[[str], object], text: str) -> None:
    # ParseError is a ValueError; the time to fail is what is measured.
    with contextlib.suppress(ValueError):
        parse(text)


def linearity(repeat: int) -> None:
    """Print the time per character of each parser at 1, 2, 4 and 8 thousand characters."""
    print(f"\n{'linear time: ns per character at n =':56} {'1k':>7} {'2k':>7} {'4k':>7} {'8k':>7}")
    for name, parse, make in GROWING:
        cells = []
        for n in (1000, 2000, 4000, 8000):
            text = make(n)
            timer = timeit.Timer(lambda parse=parse, text=text: _swallow(parse, text))
            number = max(1, timer.autorange()[0])
            seconds = min(timer.repeat(repeat=repeat, number=number)) / number
            cells.append(f"{seconds / len(text) * 1e9:7.1f}")
        print(f"{name:56} {' '.join(cells)}")


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
    linearity(max(3, args.repeat // 2))
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
