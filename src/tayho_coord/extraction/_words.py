"""Words as the counts' rules cut them, and closed lists of phrases matched against them.

A word is a run of letters, a run of digits or one mark (:data:`WORD`), kept with its span
as ``(start, end, text)``. The rules of :mod:`tayho_coord.extraction._rules` and the reading
on of a counted phrase (:mod:`tayho_coord.extraction._read_on`) share these.
"""

from __future__ import annotations

import functools
import re

from tayho_coord.extraction._lexicon import NOT_COUNTED

Word = tuple[int, int, str]
"""A word's start, end and text."""

WORD = re.compile(r"[^\W\d_]+|\d+|[^\w\s]", re.UNICODE)
WORDS_LIMIT = 14
"""How many words after a number the counts' rules read by default."""


def words_after(text: str, pos: int, limit: int = WORDS_LIMIT) -> list[Word]:
    """The words of ``text`` from ``pos`` to the end of its line, at most ``limit``."""
    found: list[Word] = []
    for match in WORD.finditer(text, pos):
        gap = text[found[-1][1] if found else pos : match.start()]
        if "\n" in gap and not _wrapped(gap, found, match.group(0)):
            break
        found.append((match.start(), match.end(), match.group(0)))
        if len(found) >= limit:
            break
    return found


def _wrapped(gap: str, found: list[Word], following: str) -> bool:
    """Whether a line break between two words only wraps a sentence (round 21).

    Pages copied from a PDF or a print layout break lines inside a sentence ("… tổng số
    114 người ứng cử | đại biểu HĐND các cấp"): one break between a word in letters and a
    word in small letters goes on with the sentence; a blank line, or a break before a
    capital, a number or a mark, ends it.
    """
    return (
        gap.count("\n") == 1
        and bool(found)
        and found[-1][2].isalpha()
        and following.isalpha()
        and following.islower()
    )


def _fold(word: str) -> str:
    """``word`` in small letters, the Icelandic eth some pages print for Đ read as Đ.

    Round 25: "hai nhà Ðại đoàn kết" (U+00D0, a font's look-alike of U+0110) is the noun
    "nhà Đại đoàn kết"; the word's text and span stay as printed.
    """
    return word.lower().replace("ð", "đ")


@functools.cache
def phrase_parts(phrases: tuple[str, ...] | frozenset[str]) -> tuple[tuple[str, ...], ...]:
    """The phrases' words in small letters (as :data:`WORD` cuts them), longest first."""
    cut = [tuple(_fold(part) for part in WORD.findall(phrase)) for phrase in phrases]
    return tuple(sorted(cut, key=lambda parts: -len(parts)))


def match_phrase(words: list[Word], i: int, phrases: tuple[str, ...] | frozenset[str]) -> int:
    """How many words from ``i`` form the longest of ``phrases`` (case-insensitive); 0 if none."""
    for parts in phrase_parts(phrases):
        if len(words) - i >= len(parts) and all(
            _fold(words[i + k][2]) == part for k, part in enumerate(parts)
        ):
            return len(parts)
    return 0


def match_whole(words: list[Word], i: int, phrases: tuple[str, ...] | frozenset[str]) -> int:
    """As :func:`match_phrase`, but a match never ends inside a longer word.

    Vietnamese words are written syllable by syllable, so a phrase's last syllable may be
    the first of a compound that is another word: "6 chương trình" holds no "chương", "7
    tổ chức" no "tổ", "có công trình" no "có công". A match whose last syllable begins one
    of :data:`~tayho_coord.extraction._lexicon.NOT_COUNTED` there is refused, and the next
    shorter phrase is tried.
    """
    for parts in phrase_parts(phrases):
        n = len(parts)
        if (
            len(words) - i >= n
            and all(_fold(words[i + k][2]) == part for k, part in enumerate(parts))
            and match_phrase(words, i + n - 1, NOT_COUNTED) <= 1
        ):
            return n
    return 0


def phrase_text(words: list[Word], a: int, b: int) -> str:
    """The words ``a`` to ``b`` in small letters, as printed (``ý kiến, kiến nghị``)."""
    return " ".join(w[2] for w in words[a:b]).replace(" ,", ",").lower()
