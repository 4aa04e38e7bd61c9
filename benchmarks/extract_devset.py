"""Precision and recall of tayho_coord.extraction on the development set (issue 16).

The set's facts are in tests/data/extract/devset.json; the articles' texts are not in the
repository (their prose is the publishers'), so this script reads them from a local cache
folder, one ``<id>.txt`` per article (or the article's ``text_file``), filled from the
public pages at the URLs the set lists. The seed article is read from the repository.

    .venv/bin/python benchmarks/extract_devset.py CACHE_DIR [--show ID]
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from tayho_coord.extraction import KINDS, Tally, extract, score
from tayho_coord.extraction._score import _facts, _matches, _proposed

ROOT = Path(__file__).resolve().parent.parent


def _pct(value: float | None) -> str:
    return "—" if value is None else f"{100 * value:.1f}%"


def article_texts(cache: Path) -> list[tuple[dict[str, Any], str | None]]:
    """Each article of the set with its text (the repository's or the cache's), or ``None``.

    ``extract_tagger.py`` reads the set the same way.
    """
    articles = json.loads((ROOT / "tests/data/extract/devset.json").read_text("utf-8"))["articles"]
    found: list[tuple[dict[str, Any], str | None]] = []
    for article in articles:
        if "text" in article:
            path = ROOT / article["text"]
        else:
            path = cache / article.get("text_file", article["id"] + ".txt")
        found.append((article, path.read_text("utf-8") if path.exists() else None))
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("cache", type=Path)
    parser.add_argument("--show", help="print the misses of one article")
    args = parser.parse_args(argv)
    texts = article_texts(args.cache)
    splits = list(dict.fromkeys(article["split"] for article, _ in texts))
    totals: dict[str, dict[str, Tally]] = {s: {k: Tally(0, 0, 0, 0) for k in KINDS} for s in splits}
    missing = []
    for article, text in texts:
        if text is None:
            missing.append(article["id"])
            continue
        draft = extract(text, source=article["url"])
        tally = score(draft, article)
        for kind in KINDS:
            totals[article["split"]][kind] = totals[article["split"]][kind] + tally[kind]
        if args.show in (article["id"], "all"):
            print(f"== {article['id']} ({article['split']})")
            for kind in KINDS:
                proposed, facts = _proposed(draft, kind), _facts(article, kind)
                for p in proposed:
                    if not any(_matches(kind, p, f) for f in facts):
                        print(f"  wrong {kind}: {p}")
                for f in facts:
                    if not any(_matches(kind, p, f) for p in proposed):
                        print(f"  missed {kind}: {f}")
    print("| part | kind | facts | found | proposed | correct | precision | recall |")
    print("|---|---|---:|---:|---:|---:|---:|---:|")
    for split, kinds in totals.items():
        for kind, t in kinds.items():
            print(
                f"| {split} | {kind} | {t.facts} | {t.found} | {t.proposed} | {t.correct} | "
                f"{_pct(t.precision)} | {_pct(t.recall)} |"
            )
    if missing:
        # Per part, how many of its articles' texts the cache holds: a part's figures above are
        # of those texts only (a new machine's cache may hold a few parts, or part of one).
        held = {s: [0, 0] for s in splits}
        for article, text in texts:
            held[article["split"]][0] += text is not None
            held[article["split"]][1] += 1
        print("\n| part | texts in the cache | articles |\n|---|---:|---:|")
        for split, (n, of) in held.items():
            print(f"| {split} | {n} | {of} |")
        print(f"not in the cache: {', '.join(missing)}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
