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
        lambda: vi.format_date(DAY, "long"),
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
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
