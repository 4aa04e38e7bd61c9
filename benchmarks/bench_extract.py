"""How tayho_coord.extract's time grows with the text: per character, against the seed's.

Run:  .venv/bin/python benchmarks/bench_extract.py [--repeat N]

Three shapes of text, each at four lengths:

- the seed article (tests/data/seed_mttqhanoi_2020-02-11.txt) repeated 1, 4, 16 and 64
  times, a blank line between copies: every value it holds is read again in each copy;
- one line of short sentences, ``"HĐND quận Tây Hồ. " * n`` (a roster or a table pasted
  as text), from 9 000 to 72 000 characters: a unit in every sentence, no line break;
- one line of ``;``-clauses each with a day and a count, ``"ngày 21/1; 3 phiên giải
  trình; " * n``.

A rule that rereads the text (or its line) from its beginning for each value shows as a
time per character that grows with the length. Each figure is the minimum over the
repeats; ``ratio`` is the time per character against that of one copy of the seed in the
same run, ``growth`` against the shortest text of the same shape. The exit status is 1 if
the growth of any shape at its longest is above LINEAR_MARGIN.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from tayho_coord.extraction import extract

SEED = Path(__file__).resolve().parent.parent / "tests/data/seed_mttqhanoi_2020-02-11.txt"
SHAPES = (
    ("seed", None, "\n\n", (1, 4, 16, 64)),
    ("short sentences", "HĐND quận Tây Hồ. ", "", (500, 1000, 2000, 4000)),
    ("clauses", "ngày 21/1; 3 phiên giải trình; ", "", (250, 500, 1000, 2000)),
)
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
    seed_per_char = None
    worst = 1.0
    print("| shape | copies | characters | seconds | µs per character | ratio | growth |")
    print("|---|---:|---:|---:|---:|---:|---:|")
    for name, unit, joiner, counts in SHAPES:
        first = None
        for copies in counts:
            text = joiner.join([seed if unit is None else unit] * copies)
            seconds = _seconds(text, args.repeat)
            per_char = seconds / len(text)
            seed_per_char = per_char if seed_per_char is None else seed_per_char
            first = per_char if first is None else first
            growth = per_char / first
            print(
                f"| {name} | {copies} | {len(text)} | {seconds:.3f} | {1e6 * per_char:.2f} "
                f"| {per_char / seed_per_char:.2f} | {growth:.2f} |"
            )
        worst = max(worst, growth)
    return 0 if worst <= LINEAR_MARGIN else 1


if __name__ == "__main__":
    raise SystemExit(main())
