"""Precision and recall of a draft against the facts a careful reader wrote down.

The facts' form is that of ``tests/data/extract/devset.json``: dates as ISO values
(``--MM-DD`` where no year is printed), people as ``[name, [posts as printed]]``, counts as
``[qualifier, value, noun]``, rates and symbols as printed; a draft's date is compared by
what is printed with it (:attr:`DateMention.printed_iso`: the first day of ``từ ngày 4 đến
ngày 8/2/2026`` prints no month, so no date). A value is compared after
collapsing spaces and folding case; a count matches when its value and qualifier are the
fact's and its noun phrase is the fact's noun or starts with it (the draft may keep a
modifier: ``nội dung chủ yếu`` for ``nội dung``).
"""

from __future__ import annotations

import unicodedata
from typing import TYPE_CHECKING, Any

from attrs import frozen

if TYPE_CHECKING:
    from collections.abc import Iterable, Mapping

    from tayho_coord.extraction._draft import Draft

__all__ = ["KINDS", "Tally", "score"]

KINDS = ("dates", "people", "counts", "rates", "symbols")
"""The kinds of value measured."""


def _norm(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).replace("–", "-").split()).casefold()


@frozen
class Tally:
    """How many values were proposed and correct, and how many facts there were and found.

    Examples:
        >>> t = Tally(proposed=10, correct=9, facts=12, found=9)
        >>> t.precision, t.recall
        (0.9, 0.75)
    """

    proposed: int
    correct: int
    facts: int
    found: int

    def __add__(self, other: Tally) -> Tally:
        return Tally(
            self.proposed + other.proposed,
            self.correct + other.correct,
            self.facts + other.facts,
            self.found + other.found,
        )

    @property
    def precision(self) -> float | None:
        """Correct values over values proposed; ``None`` when none was proposed."""
        return None if self.proposed == 0 else self.correct / self.proposed

    @property
    def recall(self) -> float | None:
        """Facts found over facts; ``None`` when there is no fact."""
        return None if self.facts == 0 else self.found / self.facts


def _proposed(draft: Draft, kind: str) -> set[Any]:
    if kind == "dates":
        # As the set writes them: what is printed with the date (a range's first day takes
        # its month or year from the range's end in the draft, DateMention.borrowed).
        return {d.printed_iso for d in draft.dates if d.printed_iso is not None}
    if kind == "people":
        return {(_norm(p.name), _norm(p.post)) for p in draft.people}
    if kind == "counts":
        return {(c.qualifier, c.value, _norm(c.noun)) for c in draft.counts}
    if kind == "rates":
        return {_norm(r.span.text).replace(" ", "") for r in draft.rates}
    return {_norm(s.span.text) for s in draft.symbols}


def _facts(facts: Mapping[str, Any], kind: str) -> set[Any]:
    values: Iterable[Any] = facts.get(kind, [])
    if kind == "people":
        return {(_norm(name), _norm(post)) for name, posts in values for post in posts}
    if kind == "counts":
        return {(q, v, _norm(noun)) for q, v, noun in values}
    if kind == "rates":
        return {_norm(r).replace(" ", "") for r in values}
    return {_norm(v) for v in values}


def _matches(kind: str, proposed: Any, fact: Any) -> bool:
    if kind == "counts":
        return bool(
            proposed[:2] == fact[:2]
            and (proposed[2] == fact[2] or proposed[2].startswith(fact[2] + " "))
        )
    return bool(proposed == fact)


def score(draft: Draft, facts: Mapping[str, Any]) -> dict[str, Tally]:
    """The tally of each kind of value (:data:`KINDS`) of a draft against the facts.

    Examples:
        >>> from tayho_coord.extraction import extract
        >>> facts = {"counts": [[None, 3, "phiên giải trình"]]}
        >>> tally = score(extract("Có 03 phiên giải trình."), facts)
        >>> tally["counts"]
        Tally(proposed=1, correct=1, facts=1, found=1)
    """
    result = {}
    for kind in KINDS:
        proposed, expected = _proposed(draft, kind), _facts(facts, kind)
        hit = {p for p in proposed if any(_matches(kind, p, f) for f in expected)}
        found = {f for f in expected if any(_matches(kind, p, f) for p in proposed)}
        result[kind] = Tally(len(proposed), len(hit), len(expected), len(found))
    return result
