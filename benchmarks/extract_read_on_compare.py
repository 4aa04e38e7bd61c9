"""Both defaults of ``_counts.READ_ON`` in one run: counts P/R per part, every count that changes.

Rounds 17-18 of issue 16. From the repository's root, with the articles' texts cached:

    python benchmarks/extract_read_on_compare.py [SPLIT] [CACHE]

``listed`` is the default of rounds 7-16 (a phrase goes on only through words a class lists),
``read on`` round 18's (a known noun's phrase read to its clause's end). Each count that
changes is printed with whether it matches a fact. The scorer is the library's own.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, "src")

from tayho_coord.extraction import _counts, extract
from tayho_coord.extraction._score import _facts, _matches, _proposed


def main() -> None:
    only = sys.argv[1] if len(sys.argv) > 1 and sys.argv[1] != "-" else None
    cache = Path(sys.argv[2] if len(sys.argv) > 2 else "/work/extract-cache")
    arts = json.loads(Path("tests/data/extract/devset.json").read_text())["articles"]
    tot: dict[tuple[str, bool], list[int]] = {}
    changes: list[tuple[object, ...]] = []
    for a in arts:
        path = Path(a["text"]) if "text" in a else cache / f"{a['id']}.txt"
        if (only and a["split"] != only) or not path.exists():
            continue
        text = path.read_text()
        res = {}
        facts = _facts(a, "counts")
        for flag in (False, True):
            _counts.READ_ON = flag
            prop = _proposed(extract(text, source=a["url"]), "counts")
            ok = sum(1 for p in prop if any(_matches("counts", p, f) for f in facts))
            found = sum(1 for f in facts if any(_matches("counts", p, f) for p in prop))
            t = tot.setdefault((a["split"], flag), [0, 0, 0, 0])
            for k, v in enumerate((len(facts), found, len(prop), ok)):
                t[k] += v
            res[flag] = set(prop)
        for sign, diff in (("-", res[False] - res[True]), ("+", res[True] - res[False])):
            changes.extend(
                (a["split"], a["id"], sign, p, any(_matches("counts", p, f) for f in facts))
                for p in sorted(diff, key=str)
            )
    _counts.READ_ON = True
    print("| part | default | facts | found | proposed | correct | P | R |")
    for (split, flag), (n, f, p, c) in tot.items():
        name = "read on" if flag else "listed"
        print(
            f"| {split} | {name} | {n} | {f} | {p} | {c} "
            f"| {100 * c / max(p, 1):.1f}% | {100 * f / max(n, 1):.1f}% |"
        )
    for change in changes:
        print(*change, sep="\t")


if __name__ == "__main__":
    main()
