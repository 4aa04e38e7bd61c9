"""The counts' precision and recall with the rules alone and with pyvi's tagger (issue 16).

For every part of the development set (tests/data/extract/devset.json, the texts in a local
cache folder as for ``extract_devset.py``): the counts with their nouns read by
``extract(text)`` and by ``extract(text, tagger="pyvi")``, their precision and recall, and
the time the tagger's run takes over the rules' (the same articles, the same run; pyvi's
import, about two seconds once per process, is timed apart). Needs the ``nlp`` extra.

    .venv/bin/python benchmarks/extract_tagger.py CACHE_DIR [--show PART]

``--show PART`` prints each count the tagger changes in that part (``all``: every part), as
right or wrong against the facts.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from extract_devset import article_texts  # the same folder: benchmarks/
from tayho_coord.extraction import Tally, extract, score
from tayho_coord.extraction._score import _facts, _matches, _proposed
from tayho_coord.extraction._tagger import tagger_for

ROOT = Path(__file__).resolve().parent.parent


def _pct(value: float | None) -> str:
    return "—" if value is None else f"{100 * value:.1f}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("cache", type=Path)
    parser.add_argument("--show", help="print the counts the tagger changes in a part")
    args = parser.parse_args(argv)
    began = time.perf_counter()
    tagger_for("pyvi")  # pyvi's import: once per process
    imported = time.perf_counter() - began
    texts = [(a, text) for a, text in article_texts(args.cache) if text is not None]
    splits = list(dict.fromkeys(article["split"] for article, _ in texts))
    empty = Tally(0, 0, 0, 0)
    rules = dict.fromkeys(splits, empty)
    tagged = dict.fromkeys(splits, empty)
    seconds = dict.fromkeys(splits, 0.0), dict.fromkeys(splits, 0.0)
    for article, text in texts:
        split = article["split"]
        began = time.perf_counter()
        alone = extract(text, source=article["url"])
        middle = time.perf_counter()
        with_tagger = extract(text, source=article["url"], tagger="pyvi")
        seconds[0][split] += middle - began
        seconds[1][split] += time.perf_counter() - middle
        rules[split] = rules[split] + score(alone, article)["counts"]
        tagged[split] = tagged[split] + score(with_tagger, article)["counts"]
        if args.show in (split, "all"):
            facts = _facts(article, "counts")
            before, after = _proposed(alone, "counts"), _proposed(with_tagger, "counts")
            for count in sorted(after - before, key=str):
                right = any(_matches("counts", count, fact) for fact in facts)
                print(f"  {article['id']}: + {count} {'right' if right else 'WRONG'}")
            for count in sorted(before - after, key=str):
                print(f"  {article['id']}: - {count}")
    print("| part | facts | rules: precision | recall | rules + pyvi: precision | recall | time |")
    print("|---|---:|---:|---:|---:|---:|---:|")
    for split in splits:
        r, t = rules[split], tagged[split]
        ratio = seconds[1][split] / seconds[0][split]
        print(
            f"| {split} | {r.facts} | {_pct(r.precision)} ({r.correct}/{r.proposed}) | "
            f"{_pct(r.recall)} | {_pct(t.precision)} ({t.correct}/{t.proposed}) | "
            f"{_pct(t.recall)} | ×{ratio:.1f} |"
        )
    total_rules, total_tagger = sum(seconds[0].values()), sum(seconds[1].values())
    print(
        f"\nall parts: rules {total_rules:.2f} s, rules + pyvi {total_tagger:.2f} s "
        f"(×{total_tagger / total_rules:.1f}); pyvi's import {imported:.2f} s once",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
