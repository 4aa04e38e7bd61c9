"""How tayho_coord.extract's time grows with the text: per character, against the shortest.

Run:  .venv/bin/python benchmarks/bench_extract.py [--repeat N]

The text is the seed article (tests/data/seed_mttqhanoi_2020-02-11.txt) repeated 1, 4, 16 and
64 times, a blank line between copies: every value it holds is read again in each copy, so a
rule that rereads the text from its beginning for each value shows as a time per character
that grows with the length. Each figure is the minimum over the repeats; the ratio is the
time per character against that of one copy in the same run. The exit status is 1 if the
ratio at 64 copies is above LINEAR_MARGIN.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from tayho_coord.extraction import extract

SEED = Path(__file__).resolve().parent.parent / "tests/data/seed_mttqhanoi_2020-02-11.txt"
COPIES = (1, 4, 16, 64)
LINEAR_MARGIN = 3.0


def _seconds(text: str, repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        extract(text)
        best = min(best, time.perf_counter() - start)
    return best


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)
    seed = SEED.read_text("utf-8")
    extract(seed)  # warm-up: the rules' regular expressions compiled
    base = None
    ratio = 1.0
    print("| copies | characters | seconds | µs per character | ratio |")
    print("|---:|---:|---:|---:|---:|")
    for copies in COPIES:
        text = "\n\n".join([seed] * copies)
        seconds = _seconds(text, args.repeat)
        per_char = seconds / len(text)
        base = per_char if base is None else base
        ratio = per_char / base
        print(f"| {copies} | {len(text)} | {seconds:.3f} | {1e6 * per_char:.2f} | {ratio:.2f} |")
    return 0 if ratio <= LINEAR_MARGIN else 1


if __name__ == "__main__":
    raise SystemExit(main())
