"""Numbers read out in Vietnamese words.

Rules (reference/vietnamese-rules.md, "Reading numbers"; Wikipedia "Vietnamese numerals"):

- digits: không một hai ba bốn năm sáu bảy tám chín; tens ``mười`` (10–19), ``… mươi`` (20+);
- a unit 1 after twenty and up is ``mốt`` (hai mươi mốt), not after ten (mười một) nor after
  ``linh`` (một trăm linh một); a unit 5 after ten and up is ``lăm`` (mười lăm), not after
  ``linh`` (một trăm linh năm); a unit 4 after twenty and up is ``tư`` in the northern reading
  (hai mươi tư), ``bốn`` in the southern;
- zero tens before a unit: ``linh`` (northern, standard) or ``lẻ`` (southern);
- an inner group of three whose hundreds digit is 0 reads ``không trăm`` (1005 "một nghìn
  không trăm linh năm", 2019 "hai nghìn không trăm mười chín"); an all-zero group is skipped;
- scales ``nghìn`` (southern ``ngàn``), ``triệu``, ``tỷ``; above a billion the count of
  billions is read and followed by ``tỷ``: 10^12 ``một nghìn tỷ``, 10^15 ``một triệu tỷ``,
  10^18 ``một tỷ tỷ``, 10^27 ``một tỷ tỷ tỷ`` — no upper limit;
- negative ``âm``; the decimal point ``phẩy``. After it, one or two digits are read as a
  number, each leading zero as ``không`` (1,05 "một phẩy không năm", 3,14 "ba phẩy mười
  bốn", 1,50 "một phẩy năm mươi"); three digits or more are read one by one, as figures are
  read aloud (3,14159 "ba phẩy một bốn một năm chín", 1,050 "một phẩy không năm không") —
  "mười bốn nghìn một trăm năm mươi chín" for ``,14159`` would be heard as a much larger
  number (issue 13, from a reading by a fluent writer of administrative Vietnamese). The
  digits are those written (a ``Decimal`` keeps its trailing zeros), and the value is never
  changed: the reading gives the digits back exactly.
- money in words (:func:`amount_in_words`) is whole units: the đồng has no subunit in use
  (Luật Kế toán 2015, Điều 10: the unit of account is the đồng; CLDR gives VND no fraction
  digits), so a fraction of a đồng is refused, not read; a currency with a subunit reads it
  by name after ``và`` ("một trăm đô la Mỹ và năm mươi sáu xu").
"""

from __future__ import annotations

import unicodedata
from decimal import Decimal
from fractions import Fraction
from typing import Literal

from tayho_coord.errors import ParseError, ValidationError
from tayho_coord.vi._numbers import finite_places
from tayho_coord.vi._text import not_text

__all__ = ["Dialect", "amount_in_words", "number_to_words", "ordinal_words", "parse_number_words"]

Dialect = Literal["north", "south"]

_DIGITS = ("không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín")
_BILLION = 10**9
_MAX_DIGITS = 1000  # a reading of a thousand digits is already some ten thousand words
_TOO_LONG = 10**_MAX_DIGITS
_MAX_BITS = 4 * _MAX_DIGITS  # more bits than this is more than a thousand digits
_TOO_LONG_REASON = f"more than {_MAX_DIGITS} digits: too long to read"


def _vocabulary(dialect: object) -> tuple[str, str, str]:
    """Return (zero-tens word, thousand, unit four after twenty) for ``dialect``."""
    if dialect == "north":
        return "linh", "nghìn", "tư"
    if dialect == "south":
        return "lẻ", "ngàn", "bốn"
    raise ValidationError("dialect", dialect, "expected 'north' or 'south'")


def _group(value: int, full: bool, words: list[str], vocab: tuple[str, str, str]) -> None:
    """Append the reading of a group 1..999; ``full`` reads a zero hundreds digit."""
    hundreds, rest = divmod(value, 100)
    tens, units = divmod(rest, 10)
    if hundreds or full:
        words += (_DIGITS[hundreds], "trăm")
    if tens == 0:
        if units:
            if hundreds or full:
                words.append(vocab[0])
            words.append(_DIGITS[units])
        return
    if tens == 1:
        words.append("mười")
        if units:
            words.append("lăm" if units == 5 else _DIGITS[units])
        return
    words += (_DIGITS[tens], "mươi")
    if units == 1:
        words.append("mốt")
    elif units == 4:
        words.append(vocab[2])
    elif units == 5:
        words.append("lăm")
    elif units:
        words.append(_DIGITS[units])


def _below_billion(value: int, full: bool, words: list[str], vocab: tuple[str, str, str]) -> None:
    """Append the reading of 1 <= value < 10**9; ``full`` when something was read before."""
    for scale, word in ((10**6, "triệu"), (1000, vocab[1]), (1, "")):
        group, value = divmod(value, scale)
        if group:
            _group(group, full, words, vocab)
            if word:
                words.append(word)
            full = True


def _integer(value: int, words: list[str], vocab: tuple[str, str, str]) -> None:
    """Append the reading of an integer >= 1."""
    billions, rest = divmod(value, _BILLION)
    if billions:
        _integer(billions, words, vocab)
        words.append("tỷ")
        if rest:
            _below_billion(rest, True, words, vocab)
    else:
        _below_billion(rest, False, words, vocab)


def _decimal_parts(value: object) -> tuple[bool, int, str]:
    """Return (negative, integer part, fraction digits as written) of an exact number.

    The size is checked from exponents and bit lengths before any digit is made, so
    ``Decimal("1E+10000000")`` is refused at once.
    """
    if isinstance(value, bool):
        raise ValidationError("value", value, "a bool is not a number")
    if isinstance(value, int):
        if value.bit_length() > _MAX_BITS or abs(value) >= _TOO_LONG:
            raise ValidationError("value", value, _TOO_LONG_REASON)
        return value < 0, abs(value), ""
    if isinstance(value, float):
        if value != value or value in (float("inf"), float("-inf")):
            raise ValidationError("value", value, "must be finite")
        value = Decimal(repr(value))
    if isinstance(value, Fraction):
        if max(value.numerator.bit_length(), value.denominator.bit_length()) > _MAX_BITS:
            raise ValidationError("value", value, _TOO_LONG_REASON)
        places = finite_places(value.denominator)
        if places is None:
            raise ValidationError("value", value, "has no finite decimal expansion")
        scaled = abs(value.numerator) * 10**places // value.denominator
        whole, part = divmod(scaled, 10**places)
        return value < 0, whole, str(part).rjust(places, "0") if places else ""
    if isinstance(value, Decimal):
        if not value.is_finite():
            raise ValidationError("value", value, "must be finite")
        sign, digit_tuple, exponent = value.as_tuple()
        assert isinstance(exponent, int)
        if value.adjusted() >= _MAX_DIGITS or -exponent > _MAX_DIGITS:
            raise ValidationError("value", value, _TOO_LONG_REASON)
        whole = int(value.copy_abs())  # int() of a Decimal truncates, exactly
        if exponent >= 0:
            return bool(sign), whole, ""
        text = "".join(map(str, digit_tuple)).rjust(-exponent, "0")
        return bool(sign), whole, text[exponent:]
    raise ValidationError("value", value, "expected int, float, Decimal or Fraction")


def number_to_words(value: int | float | Decimal | Fraction, *, dialect: Dialect = "north") -> str:
    """Read a number out in Vietnamese words, lowercase.

    Decimals: the point is read ``phẩy``; one or two digits after it are read as a number,
    a leading zero as ``không`` (``Decimal("1.05")`` "một phẩy không năm", ``3.14`` "ba
    phẩy mười bốn"); three or more are read digit by digit (``Decimal("3.14159")`` "ba phẩy
    một bốn một năm chín", ``Decimal("1.050")`` "một phẩy không năm không"). The digits are
    those written, so ``1,05`` never reads as ``1,5``, and the reading gives them back.

    Args:
        value: The number: an ``int``, ``Decimal`` (its digits as written), ``float`` (its
            shortest ``repr``) or ``Fraction`` with a finite decimal expansion.
        dialect: ``"north"`` (``linh``, ``nghìn``, ``hai mươi tư``) or ``"south"`` (``lẻ``,
            ``ngàn``, ``hai mươi bốn``).

    Returns:
        The reading, e.g. ``"hai nghìn không trăm mười chín"``.

    Raises:
        ValidationError: ``value`` is not a finite number with a finite decimal expansion,
            has more than 1000 digits (checked before any is written), or ``dialect`` is
            unknown.

    Examples:
        >>> number_to_words(1005)
        'một nghìn không trăm linh năm'
        >>> number_to_words(2019)
        'hai nghìn không trăm mười chín'
        >>> number_to_words(-3)
        'âm ba'
        >>> number_to_words(Decimal("1.05"))
        'một phẩy không năm'
        >>> number_to_words(Decimal("3.14"))
        'ba phẩy mười bốn'
        >>> number_to_words(Decimal("3.14159"))
        'ba phẩy một bốn một năm chín'
        >>> number_to_words(10**18)
        'một tỷ tỷ'
        >>> number_to_words(1005, dialect="south")
        'một ngàn không trăm lẻ năm'
    """
    vocab = _vocabulary(dialect)
    negative, whole, fraction = _decimal_parts(value)
    if whole >= _TOO_LONG or len(fraction) > _MAX_DIGITS:
        raise ValidationError("value", value, _TOO_LONG_REASON)
    words: list[str] = []
    if negative and (whole or fraction.strip("0")):
        words.append("âm")
    if whole:
        _integer(whole, words, vocab)
    else:
        words.append("không")
    if fraction:
        words.append("phẩy")
        if len(fraction) >= 3:  # read digit by digit
            words += [_DIGITS[ord(digit) - 48] for digit in fraction]
        else:
            significant = fraction.lstrip("0")
            words += ["không"] * (len(fraction) - len(significant))
            if significant:
                _integer(int(significant), words, vocab)
    return " ".join(words)


def ordinal_words(n: int, *, dialect: Dialect = "north") -> str:
    """Read an ordinal number: ``thứ nhất``, ``thứ hai``, ``thứ tư``, ``thứ mười`` and so on.

    ``nhất`` and ``tư`` replace ``một`` and ``bốn`` for the ordinals 1 and 4 only; the others
    are ``thứ`` followed by the cardinal (``thứ mười một``, ``thứ mười bốn``, ``thứ hai mươi
    mốt``).

    Args:
        n: The position, 1 or more.
        dialect: As for :func:`number_to_words`.

    Returns:
        The ordinal.

    Raises:
        ValidationError: ``n`` is not an ``int`` of at least 1.

    Examples:
        >>> [ordinal_words(n) for n in (1, 2, 4, 10, 11)]
        ['thứ nhất', 'thứ hai', 'thứ tư', 'thứ mười', 'thứ mười một']
    """
    if not isinstance(n, int) or isinstance(n, bool) or n < 1:
        raise ValidationError("n", n, "must be an int of at least 1")
    if n == 1:
        return "thứ nhất"
    if n == 4:
        return "thứ tư"
    return f"thứ {number_to_words(n, dialect=dialect)}"


_WORD_VALUES = {word: value for value, word in enumerate(_DIGITS)} | {"mốt": 1, "lăm": 5, "tư": 4}
NUMBER_WORDS: frozenset[str] = frozenset(
    [
        *_DIGITS,
        *[
            "mốt",
            "lăm",
            "tư",
            "mười",
            "mươi",
            "trăm",
            "linh",
            "lẻ",
            "nghìn",
            "ngàn",
            "triệu",
            "tỷ",
            "tỉ",
        ],
    ]
)
"""Every word of a whole number read out (:func:`number_to_words`, both dialects)."""

_MAX_WORDS_TEXT = 1000  # characters; a reading of a thousand digits is longer, and refused
_EXPECTED_WORDS = "expected a whole number in words, as number_to_words reads it ('hai mươi tư')"
# One reading of each dialect's words: "ngàn" is "nghìn", "lẻ" is "linh", "tỉ" is "tỷ", and a
# unit four after twenty is "tư" (north) or "bốn" (south).
_ONE_READING = {"ngàn": "nghìn", "lẻ": "linh", "tỉ": "tỷ"}


def _one_reading(words: list[str]) -> list[str]:
    out = [_ONE_READING.get(word, word) for word in words]
    return [
        "tư" if word == "bốn" and index and out[index - 1] == "mươi" else word
        for index, word in enumerate(out)
    ]


def _digit(word: str, text: str) -> int:
    value = _WORD_VALUES.get(word)
    if value is None:
        raise ParseError(text, _EXPECTED_WORDS)
    return value


def _group_value(words: list[str], text: str) -> int:
    """The value 0..999 of the words of one group (no scale word among them)."""
    value = 0
    rest = words
    for word, scale in (("trăm", 100), ("mươi", 10)):  # "hai trăm", "ba mươi": a digit before
        if word in rest:
            if rest.index(word) != 1:
                raise ParseError(text, _EXPECTED_WORDS)
            value += scale * _digit(rest[0], text)
            rest = rest[2:]
    if rest and rest[0] in ("mười", "linh"):  # ten, or no tens (what is read is checked after)
        value += 10 if rest[0] == "mười" else 0
        rest = rest[1:]
    if len(rest) > 1:
        raise ParseError(text, _EXPECTED_WORDS)
    if rest:
        value += _digit(rest[0], text)
    return value


def _words_value(words: list[str], text: str) -> int:
    """The value of the words of a whole number, read by its scales from the largest."""
    if "tỷ" in words:
        at = len(words) - 1 - words[::-1].index("tỷ")
        if at == 0:
            raise ParseError(text, _EXPECTED_WORDS)
        below = _words_value(words[at + 1 :], text) if at + 1 < len(words) else 0
        return _words_value(words[:at], text) * _BILLION + below
    value = 0
    for scale, word in ((10**6, "triệu"), (1000, "nghìn")):
        if word in words:
            at = words.index(word)
            if at == 0:
                raise ParseError(text, _EXPECTED_WORDS)
            value += _group_value(words[:at], text) * scale
            words = words[at + 1 :]
    if words:
        value += _group_value(words, text)
    return value


def parse_number_words(text: str) -> int:
    """Read a whole number written out in Vietnamese words: ``ba`` → 3, ``mười lăm`` → 15.

    The inverse of :func:`number_to_words` for whole numbers of either dialect (``hai mươi tư``
    and ``hai mươi bốn``, ``nghìn`` and ``ngàn``, ``linh`` and ``lẻ`` are all read), case and
    spacing aside. Only the reading :func:`number_to_words` gives is taken, so nothing is
    guessed: ``mười năm`` is not 15 (that is ``mười lăm``; ``mười năm`` is "ten years"),
    ``một trăm năm`` is not 105 (``một trăm linh năm``).

    Args:
        text: The words, e.g. ``"hai mươi mốt"``.

    Returns:
        The number.

    Raises:
        ParseError: ``text`` is not a string, is longer than 1000 characters, or is not a
            whole number as :func:`number_to_words` reads it in one of the dialects.

    Examples:
        >>> [parse_number_words(t) for t in ("ba", "Mười lăm", "hai mươi tư", "hai mươi bốn")]
        [3, 15, 24, 24]
        >>> [parse_number_words(t) for t in ("một nghìn không trăm linh năm", "một trăm lẻ một")]
        [1005, 101]
        >>> parse_number_words("mười năm")
        Traceback (most recent call last):
        ...
        tayho_coord.errors.ParseError: cannot parse 'mười năm': expected a whole number in words...
    """
    if not isinstance(text, str):
        raise not_text(text)
    if len(text) > _MAX_WORDS_TEXT:
        raise ParseError(text[:40] + "…", f"longer than {_MAX_WORDS_TEXT} characters")
    words = _one_reading(unicodedata.normalize("NFC", text).casefold().split())
    if not words or not all(word in NUMBER_WORDS for word in words):
        raise ParseError(text, _EXPECTED_WORDS)
    value = _words_value(words, text)
    if value >= _TOO_LONG:
        raise ParseError(text, _TOO_LONG_REASON)
    readings = (number_to_words(value, dialect=dialect) for dialect in ("north", "south"))
    if any(_one_reading(reading.split()) == words for reading in readings):
        return value
    raise ParseError(text, _EXPECTED_WORDS)


# Currencies whose amounts are read in words: the unit, and the subunit (100 to a unit) or None.
# VND: the đồng (Luật Kế toán 2015, Điều 10), no subunit in use. USD and EUR: the names
# Vietnamese banks print on foreign-currency documents, "đô la Mỹ" and "euro", and their
# cent "xu" (issue 13: "… đô la Mỹ và năm mươi sáu xu").
_CURRENCY_WORDS: dict[str, tuple[str, str | None]] = {
    "VND": ("đồng", None),
    "USD": ("đô la Mỹ", "xu"),
    "EUR": ("euro", "xu"),
}


def amount_in_words(
    amount: int | float | Decimal | Fraction,
    *,
    currency: str = "VND",
    unit: str | None = None,
    dialect: Dialect = "north",
) -> str:
    """Write an amount in words, as the "bằng chữ" line of a financial document does.

    The first letter is capitalized and the unit comes at the end. Money in words is whole
    units: a fraction of a đồng is refused (the đồng has no subunit in use — Luật Kế toán
    2015, Điều 10; round the amount first, e.g. with :func:`format_currency`, which rounds
    half-up). A currency with a subunit reads it by name after ``và``: at most two decimals,
    the cents read as a number (``100,56`` USD "Một trăm đô la Mỹ và năm mươi sáu xu").

    Args:
        amount: The amount: an ``int``, ``Decimal``, ``float`` (its shortest ``repr``) or
            ``Fraction``.
        currency: ``"VND"`` (đồng), ``"USD"`` (đô la Mỹ, xu) or ``"EUR"`` (euro, xu).
        unit: The unit word in place of the currency's (``""`` for none); the amount is then
            read in whole units.
        dialect: As for :func:`number_to_words`.

    Returns:
        The line, e.g. ``"Một triệu hai trăm ba mươi tư nghìn năm trăm sáu mươi bảy đồng"``.

    Raises:
        ValidationError: As :func:`number_to_words`; an unknown currency; ``unit`` not a
            string; a fraction of a whole unit (đồng), or of a cent; or a negative amount (a
            "bằng chữ" line states an amount: a decrease is said in words around it, "điều
            chỉnh giảm …", never as "âm …").

    Examples:
        >>> amount_in_words(1234567)
        'Một triệu hai trăm ba mươi tư nghìn năm trăm sáu mươi bảy đồng'
        >>> amount_in_words(1_500_000_000)
        'Một tỷ năm trăm triệu đồng'
        >>> amount_in_words(Decimal("100.56"), currency="USD")
        'Một trăm đô la Mỹ và năm mươi sáu xu'
        >>> amount_in_words(Decimal("1500000.50"))
        Traceback (most recent call last):
        ...
        tayho_coord.errors.ValidationError: amount=Decimal('1500000.50'): money in words is ...
    """
    words = _CURRENCY_WORDS.get(currency) if isinstance(currency, str) else None
    if words is None:
        raise ValidationError("currency", currency, f"expected one of {', '.join(_CURRENCY_WORDS)}")
    if unit is not None and not isinstance(unit, str):
        raise ValidationError("unit", unit, "must be a string or None")
    name, subunit = words
    if unit is not None:
        name, subunit = unit.strip(), None
    negative, whole, fraction = _decimal_parts(amount)
    if negative and (whole or fraction.strip("0")):
        raise ValidationError("amount", amount, "an amount in words is not negative")
    cents = fraction.rstrip("0")
    if subunit is None and cents:
        reason = (
            f"money in words is whole {name or 'units'}: round the amount first "
            "(a fraction of a đồng is not read)"
        )
        raise ValidationError("amount", amount, reason)
    if len(cents) > 2:
        raise ValidationError("amount", amount, f"less than one {subunit}: at most 2 decimals")
    cent_count = int(cents.ljust(2, "0")) if cents else 0
    parts: list[str] = []
    if whole or not cent_count:
        parts.append(number_to_words(whole, dialect=dialect))
        if name:
            parts.append(name)
    if cent_count:
        if parts:
            parts.append("và")
        parts += (number_to_words(cent_count, dialect=dialect), str(subunit))
    text = " ".join(parts)
    return text[:1].upper() + text[1:]
