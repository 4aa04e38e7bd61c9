"""Vietnamese alphabetical order, agreeing with ICU's ``vi`` collation.

The order is the alphabet a ă â b c d đ e ê g h i k l m n o ô ơ p q r s t u ư v x y (with
f j w z where Latin has them), and the tones after the letters, in the order none, huyền,
hỏi, ngã, sắc, nặng — ICU's ``vi`` tailoring
``&̀<<̉<<̃<<́<<̣ &a<ă<<<Ă<â<<<Â &d<đ<<<Đ &e<ê<<<Ê &o<ô<<<Ô<ơ<<<Ơ &u<ư<<<Ư``.

Like ICU, a key has three levels compared one after the other over the whole string:

1. primary — letters (case and tone ignored), digits, spaces and punctuation;
2. secondary — the tone marks, each after the letter it sits on;
3. tertiary — case, lowercase first.

So the letters of the whole string decide before any tone does (``bảa`` after ``baả`` but
before ``bb``), and tones before case. A last level, the NFD text itself, makes the order total
(ICU stops at the third level and calls such strings equal). NFC and NFD spellings of a text
have the same key.

The order of spaces and punctuation among themselves (all before digits, digits before
letters) is CLDR's root collation, read once from ICU 78 through Node.js' ``Intl.Collator``.
Characters outside the table (other scripts, other symbols) sort after the letters by code
point: the key is meant for Vietnamese text, and agrees with ICU there.
"""

from __future__ import annotations

import unicodedata
from typing import Literal

from tayho_coord.errors import ValidationError
from tayho_coord.vi._text import unify_tone_placement

__all__ = ["CollationKey", "CollationOrder", "sort_key"]

CollationKey = tuple[tuple[int, ...], tuple[int, ...], tuple[int, ...], str]
"""A sort key: primary, secondary and tertiary weights, then the NFD text."""

# CLDR root order of whitespace and punctuation (Intl.Collator("vi"), ICU 78); characters in one
# string share a primary weight and differ at the tertiary level.
_PUNCTUATION = (
    "\t", "\n", "\r", " \xa0", "_", "-", "–", "—", ",", ";", ":", "!", "?", ".", "·",
    "'‘’", '"“”', "«", "»", "(", ")", "[", "]", "{", "}", "§", "@", "*", "/", "\\", "&", "#",
    "%", "•", "`", "^", "°", "©", "+", "×", "<", "=", ">", "|", "~", "$", "£", "¥", "₫", "€",
)  # fmt: skip
_DIGITS = "0123456789"
_LETTERS = "aăâbcdđeêfghijklmnoôơpqrstuưvwxyz"
# NFD letter + modifier that the vi tailoring makes a letter of its own.
_MODIFIED = {
    ("a", "\u0306"): "ă",
    ("a", "\u0302"): "â",
    ("e", "\u0302"): "ê",
    ("o", "\u0302"): "ô",
    ("o", "\u031b"): "ơ",
    ("u", "\u031b"): "ư",
}
# Secondary weights: 0 is "no mark"; tones in the vi order huyền, hỏi, ngã, sắc, nặng.
_TONES = {"\u0300": 1, "\u0309": 2, "\u0303": 3, "\u0301": 4, "\u0323": 5}
_OTHER_MARK = 16  # other combining marks follow the tones, by code point


def _build_table() -> dict[str, tuple[int, int]]:
    table: dict[str, tuple[int, int]] = {}
    primary = 1
    for group in _PUNCTUATION:
        for tertiary, char in enumerate(group):
            table[char] = (primary, tertiary)
        primary += 1
    for char in _DIGITS:
        table[char] = (primary, 0)
        primary += 1
    for char in _LETTERS:
        table[char] = (primary, 0)
        table[char.upper()] = (primary, 1)
        primary += 1
    return table


_TABLE = _build_table()
_FIRST_OTHER = max(p for p, _ in _TABLE.values()) + 1


CollationOrder = Literal["icu", "dictionary"]
"""``"icu"``: ICU's ``vi`` collation; ``"dictionary"``: syllable by syllable, tone included."""

# Where a dictionary order ends a syllable: spaces and dashes.
_BOUNDARIES = frozenset(" \t\n\r\xa0\u202f-\u2010\u2011\u2012\u2013\u2014")


def sort_key(text: str, *, order: CollationOrder = "icu") -> CollationKey:
    """Return a key that sorts Vietnamese text alphabetically.

    Case-insensitive at the letter level (case breaks ties only, lowercase first); tones
    after letters; NFC and NFD spellings equal, and so are the old and new tone placements
    (``hòa`` and ``hoà``, ``thủy`` and ``thuỷ`` are one word; only the open ``oa``, ``oe``,
    ``uy`` syllables on which the two conventions differ are unified).

    Two orders:

    - ``"icu"`` (the default) is ICU's ``vi`` collation: the letters of the whole string are
      compared before any tone (``Bà Điểm`` < ``Ba Đình`` < ``Ba Vì``);
    - ``"dictionary"`` is the order of Vietnamese dictionaries (Từ điển tiếng Việt, Viện Ngôn
      ngữ học, ed. Hoàng Phê): syllable by syllable, each syllable's letters then its tone,
      before the next syllable (``Ba Đình`` < ``Ba Vì`` < ``Bà Điểm``). Syllables end at a
      space or a dash.

    Args:
        text: Any text.
        order: ``"icu"`` or ``"dictionary"``.

    Returns:
        A tuple to pass as ``key=`` to ``sorted``.

    Raises:
        ValidationError: ``text`` is not a string, or ``order`` is unknown.

    Examples:
        >>> sorted(["Ư", "u", "Đà Nẵng", "Dak", "ấp", "an", "Zô"], key=sort_key)
        ['an', 'ấp', 'Dak', 'Đà Nẵng', 'u', 'Ư', 'Zô']
        >>> sorted(["má", "mà", "ma", "mạ", "mã", "mả"], key=sort_key)
        ['ma', 'mà', 'mả', 'mã', 'má', 'mạ']
        >>> sort_key("hoà") == sort_key("hòa") == sort_key(unicodedata.normalize("NFD", "hòa"))
        True
        >>> places = ["Bà Điểm", "Ba Vì", "Ba Đình"]
        >>> sorted(places, key=sort_key)
        ['Bà Điểm', 'Ba Đình', 'Ba Vì']
        >>> sorted(places, key=lambda p: sort_key(p, order="dictionary"))
        ['Ba Đình', 'Ba Vì', 'Bà Điểm']
    """
    if not isinstance(text, str):
        raise ValidationError("text", text, "must be a string")
    if order != "icu" and order != "dictionary":
        raise ValidationError("order", order, "expected 'icu' or 'dictionary'")
    decomposed = unicodedata.normalize("NFD", unify_tone_placement(text))
    dictionary = order == "dictionary"
    primaries: list[int] = []
    secondaries: list[int] = []
    tertiaries: list[int] = []
    # The dictionary key: per syllable its primaries, 0, its secondaries, -1 (0 and -1 sort
    # before every weight of their level, so a shorter syllable comes first).
    syllables: list[int] = []
    start = second = 0  # where the current syllable starts in primaries, in secondaries
    table = _TABLE
    combining = unicodedata.combining
    length = len(decomposed)
    index = 0
    while index < length:
        char = decomposed[index]
        end = index + 1
        while end < length and combining(decomposed[end]):
            end += 1
        marks = decomposed[index + 1 : end]
        index = end
        if dictionary and char in _BOUNDARIES:
            syllables += (*primaries[start:], 0, *secondaries[second:], -1)
            start, second = len(primaries), len(secondaries)
            tertiaries.append(0)
            continue
        if marks:
            lower = char.lower()
            for mark in marks:
                letter = _MODIFIED.get((lower, mark))
                if letter is not None:
                    char = letter if char == lower else letter.upper()
                    marks = marks.replace(mark, "", 1)
                    break
        weights = table.get(char)
        if weights is None:
            lower = char.lower()
            if len(lower) != 1:
                lower = char
            primaries.append(_FIRST_OTHER + ord(lower))
            weights = (0, 0 if lower == char else 1)
        else:
            primaries.append(weights[0])
        secondaries.append(0)
        tertiaries.append(weights[1])
        for mark in marks:
            secondaries.append(_TONES.get(mark, _OTHER_MARK + ord(mark)))
            tertiaries.append(0)
    if dictionary:
        syllables += (*primaries[start:], 0, *secondaries[second:], -1)
        return tuple(syllables), (), tuple(tertiaries), decomposed
    return tuple(primaries), tuple(secondaries), tuple(tertiaries), decomposed
