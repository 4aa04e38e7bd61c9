"""A statistical part-of-speech tagger for the counts' nouns: pyvi, behind the ``nlp`` extra.

The rules read a count where the lexicon holds its noun (``03 phiên giải trình``); where it
does not (``39 hộ dân``, ``2 pháp lệnh``), they leave the number unplaced. With
``extract(text, tagger="pyvi")`` they ask pyvi (a conditional random field trained on the
VLSP treebank, its model shipped in the wheel: nothing downloads at run time) whether the
words after the number are a common noun, and how far the noun's phrase runs. Every rule that
refuses a number (durations, measures, numberings, names, ranges, glued digits) still applies
first, and the phrase still ends at the rules' boundaries.

pyvi (and scikit-learn under it) is imported on first use only: ``import tayho_coord`` never
loads it. Its precision and recall against the rules' are measured in
``benchmarks/extract_tagger.py`` (docs/extract.md, "A statistical tagger, measured").
"""

from __future__ import annotations

import functools
import warnings
from typing import TYPE_CHECKING, Any

from tayho_coord.errors import ValidationError

if TYPE_CHECKING:
    from collections.abc import Callable

__all__ = ["TAGGERS", "Token", "tagger_for"]

TAGGERS = ("pyvi",)
"""The taggers :func:`tayho_coord.extract` accepts by name."""

Token = tuple[int, int, str]
"""A word the tagger cut (one or more syllables): its start, its end, and its tag."""

# The longest stretch of a line tagged from a number on: a count's phrase is far shorter, and
# the tagger's cost grows with the length it reads.
_REACH = 160
# How far before a number the tagger starts: the word before it tells a count from a name's
# number ("HĐND 2 cấp", "NQ 28").
_BEFORE = 40


@functools.cache
def _pyvi() -> tuple[Any, Any]:
    try:
        with warnings.catch_warnings():
            # scikit-learn warns when it unpickles a model saved by another of its versions.
            warnings.simplefilter("ignore")
            from pyvi import ViPosTagger, ViTokenizer
    except ImportError:
        raise ValidationError(
            "tagger", "pyvi", 'needs the nlp extra (pyvi): pip install "tayho_coord[nlp]"'
        ) from None
    return ViTokenizer, ViPosTagger


def _align(text: str, start: int, words: list[str], tags: list[str]) -> list[Token]:
    """The words pyvi cut from ``text[start:]``, each at its span in ``text``.

    pyvi joins a word's syllables with ``_``; each syllable is found in the text in order.
    The alignment stops at the first syllable it cannot find where it should be (pyvi
    rewrites a few characters), so the tokens returned are always the text's own.
    """
    tokens: list[Token] = []
    cursor = start
    for word, tag in zip(words, tags, strict=True):
        first = None
        for syllable in word.split("_"):
            at = text.find(syllable, cursor)
            if not syllable or at < 0 or text[cursor:at].strip():
                return tokens
            first = at if first is None else first
            cursor = at + len(syllable)
        if first is None:  # pragma: no cover - pyvi never returns an empty word
            return tokens
        tokens.append((first, cursor, str(tag)))
    return tokens


def _tag_pyvi(text: str, start: int) -> list[Token]:
    """Pyvi's words and tags of the line around ``start``.

    From the word before ``start`` (up to :data:`_BEFORE` characters back, on the same line)
    to the line's end, at most :data:`_REACH` characters after ``start``.
    """
    tokenizer, tagger = _pyvi()
    begin = max(text.rfind("\n", 0, start) + 1, start - _BEFORE)
    while 0 < begin < start and not text[begin - 1].isspace():
        begin += 1  # from a word's start: never the middle of a syllable
    end = text.find("\n", start)
    end = len(text) if end < 0 else end
    end = min(end, start + _REACH)
    start = begin
    line = text[start:end]
    if not line.strip():
        return []
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        words, tags = tagger.postagging(tokenizer.tokenize(line))
    return _align(text, start, list(words), list(tags))


def tagger_for(name: object) -> Callable[[str, int], list[Token]]:
    """The function that tags a line of text from a position on, by the tagger's name.

    Args:
        name: One of :data:`TAGGERS`.

    Returns:
        A function of the text and a position giving the words from there to the line's end
        (at most 160 characters), each with its span and its tag (pyvi's tag set: ``N``
        a common noun, ``Nc`` a classifier, ``Nu`` a unit, ``Np`` a proper name, ``V`` a
        verb, ``A`` an adjective, ``M`` a number …).

    Raises:
        ValidationError: ``name`` is no tagger of :data:`TAGGERS`, or its extra (``nlp``)
            is not installed.
    """
    if name not in TAGGERS:
        raise ValidationError("tagger", name, f"is not one of {', '.join(TAGGERS)} (or None)")
    _pyvi()
    return _tag_pyvi


HEAD_TAGS = frozenset({"N", "Nc"})
"""pyvi's tags of a counted noun's head: a common noun or a classifier (``Nu``, a unit, is a
measure; ``Np`` and ``Ny`` are names and abbreviations, which the rules read)."""

NOT_HEADS = frozenset({"cấp"})
"""Nouns the tagger reads no count of: ``cấp`` after a number names a system of levels
(``HĐND 2 cấp``, ``Quỹ vì người nghèo 4 cấp``), a name's part by the development set's
conventions."""

NAME_TAGS = frozenset({"N", "Nc", "Np", "Ny", "Nu"})
"""pyvi's tags of the word before a number after which the tagger reads no count."""

PHRASE_TAGS = frozenset({"N", "Nc", "V", "A"})
"""pyvi's tags of the words that go on with a noun's phrase: nouns, and the verbs and
adjectives that qualify it (``buổi tuyên truyền``, ``phiếu tín nhiệm cao``)."""


def _words_of(words: list[Token], i: int, tokens: list[Token], tags: frozenset[str]) -> int:
    """How many of ``words`` from ``i`` one tagged word of ``tags`` in small letters covers."""
    if i >= len(words):
        return 0
    start = words[i][0]
    for s, e, tag in tokens:
        if s == start:
            n = 0
            while i + n < len(words) and words[i + n][1] <= e:
                n += 1
            if tag in tags and words[i + n - 1][1] == e and words[i][2].islower():
                return n
            return 0
    return 0


def noun_head(words: list[Token], tokens: list[Token], number: int) -> int:
    """How many of ``words`` (the rules' words after a number) the tagger's noun covers.

    ``words`` are the rules' words (syllables, numbers, marks: start, end, text), ``number``
    where the number starts. The head is one word pyvi tags :data:`HEAD_TAGS` at the first
    of them, in small letters and longer than a letter (``70 c`` is a unit), and 0 when there
    is none, or when the number follows a noun or a name (:data:`NAME_TAGS`): after one, a
    number is a name's or a numbering's (``HĐND 2 cấp``, ``NQ 28``, ``khu tập thể 20 gian``)
    or a count printed after its noun (``đàn gia súc 6.240 con``), which the rules take for
    no count.
    """
    before = [tag for s, e, tag in tokens if e <= number]
    if before and before[-1] in NAME_TAGS:
        return 0
    n = _words_of(words, 0, tokens, HEAD_TAGS)
    if n == 1 and (len(words[0][2]) == 1 or words[0][2] in NOT_HEADS):
        return 0
    return n


def phrase_end(words: list[Token], i: int, tokens: list[Token], ends: Callable[[int], bool]) -> int:
    """Where a noun's phrase ends by the tagger, from the rules' word ``i`` on.

    The phrase goes on through the words pyvi tags :data:`PHRASE_TAGS` (in small letters)
    and stops where the rules end a phrase (``ends``: punctuation, a function word, a verb
    of a clause, a name …) or at any other word.
    """
    while not ends(i):
        n = _words_of(words, i, tokens, PHRASE_TAGS)
        if n == 0:
            break
        i += n
    return i
