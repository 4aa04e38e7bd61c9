"""Vietnamese text: tone-mark placement, diacritics, slugs.

Tone-mark placement (reference/vietnamese-rules.md, "Tone-mark placement"; vi.wikipedia.org
"Quy tắc đặt dấu thanh trong chữ quốc ngữ"): the two conventions differ only for the open
syllables in ``oa``, ``oe``, ``uy`` — old style ``hòa``, ``khỏe``, ``thủy``, ``ủy`` (the style of
government documents: "CỘNG HÒA", "Ủy ban"), new style ``hoà``, ``khoẻ``, ``thuỷ``, ``uỷ``.
Everywhere else both agree:

- a vowel with a letter diacritic (ă â ê ô ơ ư) takes the mark (``ơ`` in ``ươ``: ``người``);
- with a final consonant, the last vowel takes it (``hoàng``, ``toán``, ``huýt``);
- in an open syllable, three vowels put it on the middle one (``ngoài``, ``khuỷu``), two on
  the first (``mái``, ``múa``, ``túi``);
- after ``qu`` and ``gi`` the ``u``/``i`` belongs to the onset (``quý``, ``quả``, ``giá``),
  but ``gì``, ``gìn`` have ``i`` as their vowel.

NFC alone does not unify the two styles: ``hoà`` and ``hòa`` stay different code points.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Literal

from tayho_coord.errors import ParseError, ValidationError

__all__ = ["ToneStyle", "normalize", "slugify", "strip_diacritics"]

ToneStyle = Literal["old", "new"]


def not_text(value: object) -> ParseError:
    """The error of a parser given something that is not a string, showing it safely.

    ``repr()`` of an int of more than 4300 digits raises; the error never does.
    """
    try:
        shown = repr(value)
    except ValueError:
        shown = f"<{type(value).__name__} too large to show>"
    return ParseError(shown if len(shown) <= 200 else shown[:197] + "...", "expected a string")


# The five tone marks as NFD combining characters: huyền, hỏi, ngã, sắc, nặng.
_TONE_MARKS = "\u0300\u0309\u0303\u0301\u0323"
_VOWELS = frozenset("aăâeêioôơuưy")
_MODIFIED = frozenset("ăâêôơư")
_OLD_STYLE_PAIRS = frozenset({"oa", "oe", "uy"})
_FINALS = frozenset({"", "c", "ch", "m", "n", "ng", "nh", "p", "t"})
_PLAIN_LETTERS = "aăâbcdđeêfghijklmnoôơpqrstuưvwxyz"

# Each vowel with a tone, as one NFC character, and back: "ắ" <-> ("ă", acute).
_SPLIT: dict[str, tuple[str, str]] = {}
_JOIN: dict[tuple[str, str], str] = {}
for _vowel in (*_VOWELS, *(v.upper() for v in _VOWELS)):
    for _mark in _TONE_MARKS:
        _toned = unicodedata.normalize("NFC", _vowel + _mark)
        _SPLIT[_toned] = (_vowel, _mark)
        _JOIN[_vowel, _mark] = _toned
# The characters a Vietnamese syllable may hold; a run with any other is left as written.
_ALLOWED = frozenset(_PLAIN_LETTERS + _PLAIN_LETTERS.upper() + "".join(_SPLIT))

# A run of letters and of the combining marks NFC could not compose. The two classes are
# disjoint, so matching is linear.
_RUN = re.compile(r"(?:[^\W\d_]|[\u0300-\u036f])+")


def _syllable(word: str, style: str) -> str:
    """Return ``word`` (NFC, one run of letters) with its tone mark placed by ``style``."""
    if not _ALLOWED.issuperset(word):
        return word  # letters outside the Vietnamese alphabet, or stray marks: as written
    toned = [index for index, char in enumerate(word) if char in _SPLIT]
    if len(toned) != 1:
        return word  # no tone to move, or two: not one Vietnamese syllable
    at = toned[0]
    vowel, tone = _SPLIT[word[at]]
    bare = word[:at] + vowel + word[at + 1 :]
    lower = bare.lower()
    start = 0
    while start < len(lower) and lower[start] not in _VOWELS:
        start += 1
    end = start
    while end < len(lower) and lower[end] in _VOWELS:
        end += 1
    if start == len(lower) or lower[end:] not in _FINALS:
        return word  # not one Vietnamese syllable ("email"): leave as written
    # "qu" and "gi" followed by another vowel: the u/i is part of the onset.
    if end - start >= 2 and start == 1 and lower[:2] in ("qu", "gi"):
        start += 1
    vowels = lower[start:end]
    modified = [i for i, c in enumerate(vowels) if c in _MODIFIED]
    if style == "pairs":  # only the oa/oe/uy syllables the two conventions disagree on
        if modified or end < len(lower) or vowels not in _OLD_STYLE_PAIRS:
            return word
        target = 0
    elif modified:
        target = modified[-1]
    elif end < len(lower):  # a final consonant
        target = len(vowels) - 1
    elif len(vowels) == 3:
        target = 1
    elif len(vowels) == 2:
        target = 1 if style == "new" and vowels in _OLD_STYLE_PAIRS else 0
    else:
        target = len(vowels) - 1
    position = start + target
    if position == at:
        return word
    return bare[:position] + _JOIN[bare[position], tone] + bare[position + 1 :]


def normalize(text: str, *, tone_style: ToneStyle = "old") -> str:
    """Normalize Vietnamese text: NFC, and every tone mark placed in one convention.

    Only the letters inside a syllable move; spacing, punctuation and case are never
    changed, and words outside the Vietnamese alphabet are left as written.

    Args:
        text: Any text.
        tone_style: ``"old"`` (``hòa``, ``khỏe``, ``thủy``, ``Ủy ban`` — government usage) or
            ``"new"`` (``hoà``, ``khoẻ``, ``thuỷ``).

    Returns:
        The normalized text.

    Raises:
        ValidationError: ``text`` is not a string or ``tone_style`` is unknown.

    Examples:
        >>> normalize("Uỷ ban nhân dân, hoà bình, khoẻ")
        'Ủy ban nhân dân, hòa bình, khỏe'
        >>> normalize("Ủy ban, hòa, thủy", tone_style="new")
        'Uỷ ban, hoà, thuỷ'
        >>> normalize("hoàng quý giá", tone_style="new")
        'hoàng quý giá'
    """
    if not isinstance(text, str):
        raise ValidationError("text", text, "must be a string")
    if tone_style not in ("old", "new"):
        raise ValidationError("tone_style", tone_style, "expected 'old' or 'new'")
    composed = unicodedata.normalize("NFC", text)
    return _RUN.sub(lambda match: _syllable(match.group(), tone_style), composed)


def strip_diacritics(text: str) -> str:
    """Remove every diacritic, tone marks and letter marks alike; ``đ`` becomes ``d``.

    Args:
        text: Any text.

    Returns:
        The text in plain letters, NFC.

    Raises:
        ValidationError: ``text`` is not a string.

    Examples:
        >>> strip_diacritics("Đắk Lắk")
        'Dak Lak'
        >>> strip_diacritics("Ủy ban nhân dân quận Tây Hồ")
        'Uy ban nhan dan quan Tay Ho'
    """
    if not isinstance(text, str):
        raise ValidationError("text", text, "must be a string")
    decomposed = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    return unicodedata.normalize(
        "NFC", "".join(c for c in decomposed if not unicodedata.combining(c))
    )


def slugify(text: str, *, separator: str = "-") -> str:
    """Make a lowercase ASCII slug: diacritics stripped, runs of other characters one separator.

    Args:
        text: Any text.
        separator: What joins the words (``"-"``).

    Returns:
        The slug; ``""`` when the text has no letter or digit.

    Raises:
        ValidationError: ``text`` is not a string.

    Examples:
        >>> slugify("Quận Tây Hồ")
        'quan-tay-ho'
        >>> slugify("Văn phòng HĐND&UBND quận")
        'van-phong-hdnd-ubnd-quan'
    """
    if not isinstance(separator, str):
        raise ValidationError("separator", separator, "must be a string")
    plain = strip_diacritics(text).lower()
    words: list[str] = []
    current: list[str] = []
    for char in plain:
        if char.isascii() and char.isalnum():
            current.append(char)
        elif current:
            words.append("".join(current))
            current = []
    if current:
        words.append("".join(current))
    return separator.join(words)


def unify_tone_placement(text: str) -> str:
    """Return NFC ``text`` with the open ``oa``, ``oe``, ``uy`` syllables in the old style.

    Only the syllables on which the two conventions disagree move (``hoà`` → ``hòa``,
    ``thuỷ`` → ``thủy``); any other placement, even a wrong one, is left as written. The
    collation uses it so that the two spellings of one word sort as one.
    """
    composed = unicodedata.normalize("NFC", text)
    return _RUN.sub(lambda match: _syllable(match.group(), "pairs"), composed)
