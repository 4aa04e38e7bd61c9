"""Benchmark: the audit's scans of totals, against straightforward Fraction scans.

Issue 4 asks for scans of every denominator up to 100 000 "in well under a second". Each
line prints the audit's time and its ratio to a baseline measured in the same run (minimum of
several repeats): the obvious implementation, which formats ``Fraction(n, d)`` with
``vi.format_percent`` for each total and compares the text.

Run: ``.venv/bin/python benchmarks/bench_audit.py``
"""

from __future__ import annotations

import gc
import math
import time
from fractions import Fraction
from typing import TYPE_CHECKING, Any

from tayho_coord import vi
from tayho_coord.audit import candidates, check_rate, denominators

if TYPE_CHECKING:
    from collections.abc import Callable

REPEATS = 3  # the same for the library and the baseline
TOP = 100_000
PRINTED = "56,82%"  # the seed's figure


def best(fn: Callable[[], Any], repeats: int = REPEATS) -> float:
    times = []
    for _ in range(repeats):
        gc.collect()
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


def naive_candidates(printed: str, top: int) -> list[tuple[int, int]]:
    # For each total, format every numerator within half a unit of the printed rate.
    ratio = Fraction(vi.parse_percent(printed))
    half = Fraction(1, 2 * 10**4)
    found = []
    for d in range(1, top + 1):
        low, high = math.floor((ratio - half) * d), math.ceil((ratio + half) * d)
        found.extend(
            (n, d)
            for n in range(max(low, 0), min(high, d) + 1)
            if vi.format_percent(Fraction(n, d), decimals=2) == printed
        )
    return found


def naive_denominators(printed: str, numerator: int, top: int) -> list[int]:
    return [
        d
        for d in range(max(numerator, 1), top + 1)
        if vi.format_percent(Fraction(numerator, d), decimals=2) == printed
    ]


def main() -> None:
    print(f"printed {PRINTED!r}, every total up to {TOP:,}; repeats: {REPEATS} (min taken)")

    assert candidates(PRINTED, TOP) == naive_candidates(PRINTED, TOP)
    t_ours = best(lambda: candidates(PRINTED, TOP))
    t_base = best(lambda: naive_candidates(PRINTED, TOP))
    print(
        f"candidates: {t_ours:.3f} s; naive Fraction scan {t_base:.3f} s: "
        f"ratio {t_ours / t_base:.3f}x (target: well under 1 s)"
    )

    assert denominators(PRINTED, 2500, max_denominator=TOP) == naive_denominators(
        PRINTED, 2500, TOP
    )
    t_ours = best(lambda: denominators(PRINTED, 2500, max_denominator=TOP))
    t_base = best(lambda: naive_denominators(PRINTED, 2500, TOP))
    print(
        f"denominators: {t_ours * 1e6:.1f} µs; naive scan {t_base:.3f} s: "
        f"ratio {t_ours / t_base:.6f}x"
    )

    pairs = [(n, d) for d in range(1, 2001) for n in (d // 3, d // 2)]
    texts = [vi.format_percent(Fraction(n, d), decimals=2) for n, d in pairs]

    def ours() -> None:
        for text, (n, d) in zip(texts, pairs, strict=True):
            check_rate(text, n, d)

    def baseline() -> None:
        for text, (n, d) in zip(texts, pairs, strict=True):
            assert vi.format_percent(Fraction(n, d), decimals=2) == text

    t_ours, t_base = best(ours), best(baseline)
    print(
        f"check_rate: {t_ours / len(pairs) * 1e6:.1f} µs per call; formatting and comparing "
        f"{t_base / len(pairs) * 1e6:.1f} µs: ratio {t_ours / t_base:.2f}x"
    )


if __name__ == "__main__":
    main()
