"""Sessions and legislatures numbered as written: "Kỳ họp thứ mười ba", "khóa XV".

A council's sessions are numbered by ordinals, in words or digits ("Kỳ họp thứ mười ba", "kỳ
họp thứ 6" — the resolutions of HĐND write both); its legislature (khóa) by Roman numerals
("HĐND quận Tây Hồ khóa XV", "Quốc hội khóa XIV"). The ordinal words are those of
:func:`ordinal_words` (``thứ nhất``, ``thứ tư``, ``thứ mười một``…), read back exactly; Roman
numerals are the standard subtractive form (``XIV``, never ``XIIII``), 1 to 3999.
"""

from __future__ import annotations

import functools
import unicodedata
from typing import Literal

from tayho_coord.errors import ParseError, ValidationError
from tayho_coord.vi._text import normalize, not_text
from tayho_coord.vi._words import number_to_words, ordinal_words

__all__ = [
    "format_legislature",
    "format_session",
    "parse_legislature",
    "parse_ordinal",
    "parse_roman",
    "parse_session",
    "roman_numeral",
]

_ROMAN = (
    (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"),
    (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
)  # fmt: skip
_ROMAN_VALUE = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}
_MAX_ORDINAL = 999  # sessions and legislatures never come near it
_MAX_TEXT = 200


def _positive(n: object, name: str, top: int) -> int:
    if type(n) is not int or not 1 <= n <= top:
        raise ValidationError(name, n, f"must be an int from 1 to {top}")
    return n


def roman_numeral(n: int) -> str:
    """Write ``n`` (1 to 3999) in Roman numerals, the subtractive form.

    Raises:
        ValidationError: ``n`` is not an int from 1 to 3999.

    Examples:
        >>> roman_numeral(15), roman_numeral(14), roman_numeral(2021)
        ('XV', 'XIV', 'MMXXI')
    """
    rest = _positive(n, "n", 3999)
    parts = []
    for value, letters in _ROMAN:
        count, rest = divmod(rest, value)
        parts.append(letters * count)
    return "".join(parts)


def parse_roman(text: str) -> int:
    """Read a Roman numeral (``XV`` → 15), in capitals or not, in its standard form only.

    Raises:
        ParseError: Not a Roman numeral, or not in the standard subtractive form (``IIII``,
            ``VX``, ``IC`` are refused, not guessed).

    Examples:
        >>> parse_roman("XIV"), parse_roman("xv")
        (14, 15)
    """
    if not isinstance(text, str):
        raise not_text(text)
    letters = text.strip().upper()
    if not letters or len(letters) > 15 or any(c not in _ROMAN_VALUE for c in letters):
        raise ParseError(text, "expected a Roman numeral (I, V, X, L, C, D, M)")
    total = 0
    for index, char in enumerate(letters):
        value = _ROMAN_VALUE[char]
        following = _ROMAN_VALUE[letters[index + 1]] if index + 1 < len(letters) else 0
        total += -value if value < following else value
    if not 1 <= total <= 3999 or roman_numeral(total) != letters:
        raise ParseError(text, "not a Roman numeral in its standard form (XIV, not XIIII)")
    return total


@functools.cache
def _ordinals() -> dict[str, int]:
    """Every written ordinal from 1 to 999, both dialects, to its value."""
    table: dict[str, int] = {}
    for n in range(1, _MAX_ORDINAL + 1):
        for dialect in ("north", "south"):
            table[ordinal_words(n, dialect=dialect)] = n
            table[f"thứ {number_to_words(n, dialect=dialect)}"] = n  # thứ một, thứ bốn
    del table["thứ một"]  # the first is "thứ nhất"; "thứ một" is not said
    return table


def _words(text: object) -> str:
    if not isinstance(text, str):
        raise not_text(text)
    if len(text) > _MAX_TEXT:
        raise ParseError(text, f"longer than {_MAX_TEXT} characters")
    folded = unicodedata.normalize("NFC", text).casefold()
    return " ".join(normalize(folded).split())


def parse_ordinal(text: str) -> int:
    """Read an ordinal: ``thứ mười ba`` → 13, ``thứ 6`` → 6, ``thứ nhất`` → 1, ``thứ tư`` → 4.

    Raises:
        ParseError: Not ``thứ`` followed by an ordinal from 1 to 999, in words or digits.

    Examples:
        >>> parse_ordinal("thứ mười ba"), parse_ordinal("thứ 6"), parse_ordinal("Thứ hai mươi mốt")
        (13, 6, 21)
    """
    words = _words(text)
    return _ordinal(words, text)


def _ordinal(words: str, text: str) -> int:
    head, _, rest = words.partition(" ")
    digits = head == "thứ" and rest.isascii() and rest.isdigit() and len(rest) <= 3
    if digits and int(rest) >= 1:
        return int(rest)
    value = _ordinals().get(words)
    if value is None:
        raise ParseError(text, "expected an ordinal such as 'thứ mười ba' or 'thứ 13'")
    return value


def parse_session(text: str) -> int:
    """Read the number of a session: ``Kỳ họp thứ mười ba`` → 13, ``kỳ họp thứ 6`` → 6.

    Raises:
        ParseError: Not "kỳ họp" followed by an ordinal.

    Examples:
        >>> parse_session("Kỳ họp thứ mười ba"), parse_session("kỳ họp thứ 6")
        (13, 6)
    """
    words = _words(text)
    for prefix in ("kỳ họp ", "kì họp "):
        if words.startswith(prefix):
            return _ordinal(words[len(prefix) :], text)
    raise ParseError(text, "expected 'kỳ họp thứ …'")


def format_session(n: int, *, style: Literal["words", "digits"] = "words") -> str:
    """Write the name of a session: ``Kỳ họp thứ mười ba`` or ``Kỳ họp thứ 13``.

    Raises:
        ValidationError: ``n`` is not an int from 1 to 999, or ``style`` is unknown.

    Examples:
        >>> format_session(13), format_session(1), format_session(6, style="digits")
        ('Kỳ họp thứ mười ba', 'Kỳ họp thứ nhất', 'Kỳ họp thứ 6')
    """
    number = _positive(n, "n", _MAX_ORDINAL)
    if style == "words":
        return f"Kỳ họp {ordinal_words(number)}"
    if style == "digits":
        return f"Kỳ họp thứ {number}"
    raise ValidationError("style", style, "expected 'words' or 'digits'")


def parse_legislature(text: str) -> int:
    """Read the number of a legislature: ``khóa XV`` → 15 (also ``khoá``, ``khóa 15``).

    Raises:
        ParseError: Not "khóa" followed by a Roman numeral or digits.

    Examples:
        >>> parse_legislature("khóa XV"), parse_legislature("Khoá XIV")
        (15, 14)
    """
    words = _words(text)
    head, _, rest = words.partition(" ")
    if head != "khóa" or not rest:
        raise ParseError(text, "expected 'khóa' and its number (khóa XV)")
    if rest.isascii() and rest.isdigit() and len(rest) <= 4 and int(rest) >= 1:
        return int(rest)
    try:
        return parse_roman(rest)
    except ParseError as error:
        raise ParseError(text, error.reason) from None


def format_legislature(n: int) -> str:
    """Write a legislature as documents do, in Roman numerals: ``khóa XV``.

    Raises:
        ValidationError: ``n`` is not an int from 1 to 3999.

    Examples:
        >>> format_legislature(15)
        'khóa XV'
    """
    return f"khóa {roman_numeral(n)}"
