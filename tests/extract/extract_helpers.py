"""What the counts' tests read off a draft, written once for every round's test module.

Each round's tests (test_extract_counts_round*.py and their kin) check short texts written
for a rule; these read the draft's values in the forms those tests compare.
"""

from __future__ import annotations

from tayho_coord.extraction import extract


def counts(text: str) -> list[tuple[str | None, int, str]]:
    """The draft's counts of ``text`` as (qualifier, value, noun)."""
    return [(c.qualifier, c.value, c.noun) for c in extract(text).counts]


def nouns(text: str) -> list[str]:
    """The nouns of the draft's counts of ``text``."""
    return [c.noun for c in extract(text).counts]


def reasons(text: str) -> list[str]:
    """Why each value of ``text`` the draft saw was not placed."""
    return [u.reason for u in extract(text).unplaced]


def unplaced(text: str) -> list[tuple[str, str]]:
    """Each value of ``text`` the draft saw and did not place, with why, as (span, reason)."""
    return [(u.span.text, u.reason) for u in extract(text).unplaced]


def rates(text: str) -> list[str]:
    """The draft's rates of ``text`` as printed."""
    return [r.span.text for r in extract(text).rates]
