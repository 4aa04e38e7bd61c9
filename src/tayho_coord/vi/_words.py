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
- negative ``âm``; the decimal point ``phẩy`` ("leading zeros after it are read (không)"):
  after ``phẩy``, each leading zero is read ``không``, one by one, and the digits after them
  are read as a whole number, by the same rules and scales as the integer part, whatever
  their length. The digits are those written (a ``Decimal`` keeps its trailing zeros):
  1,05 "một phẩy không năm", 1,050 "một phẩy không năm mươi", 3,14 "ba phẩy mười bốn",
  1,1234 "một phẩy một nghìn hai trăm ba mươi tư", 1,000 "một phẩy không không không". The
  value is never changed: the count of ``không`` and the number after them give the digits
  back exactly.
"""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction
from typing import Literal

from tayho_coord.errors import ValidationError

__all__ = ["Dialect", "amount_in_words", "number_to_words", "ordinal_words"]

Dialect = Literal["north", "south"]

_DIGITS = ("không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín")
_BILLION = 10**9
_MAX_DIGITS = 1000  # a reading of a thousand digits is already some ten thousand words
_TOO_LONG = 10**_MAX_DIGITS


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
    """Return (negative, integer part, fraction digits as written) of an exact number."""
    if isinstance(value, bool):
        raise ValidationError("value", value, "a bool is not a number")
    if isinstance(value, int):
        return value < 0, abs(value), ""
    if isinstance(value, float):
        if value != value or value in (float("inf"), float("-inf")):
            raise ValidationError("value", value, "must be finite")
        value = Decimal(repr(value))
    if isinstance(value, Fraction):
        rest, twos, fives = value.denominator, 0, 0
        while rest % 2 == 0:
            rest, twos = rest // 2, twos + 1
        while rest % 5 == 0:
            rest, fives = rest // 5, fives + 1
        if rest != 1:
            raise ValidationError("value", value, "has no finite decimal expansion")
        places = max(twos, fives)
        scaled = abs(value.numerator) * 10**places // value.denominator
        whole, part = divmod(scaled, 10**places)
        return value < 0, whole, str(part).rjust(places, "0") if places else ""
    if isinstance(value, Decimal):
        if not value.is_finite():
            raise ValidationError("value", value, "must be finite")
        sign, digit_tuple, exponent = value.as_tuple()
        assert isinstance(exponent, int)
        whole = int(value.copy_abs())  # int() of a Decimal truncates, exactly
        if exponent >= 0:
            return bool(sign), whole, ""
        text = "".join(map(str, digit_tuple)).rjust(-exponent, "0")
        return bool(sign), whole, text[exponent:]
    raise ValidationError("value", value, "expected int, float, Decimal or Fraction")


def number_to_words(value: int | float | Decimal | Fraction, *, dialect: Dialect = "north") -> str:
    """Read a number out in Vietnamese words, lowercase.

    Decimals: the point is read ``phẩy``; after it each leading zero is read ``không``, one
    by one, and the remaining digits as a whole number, whatever their length (the digits as
    written: ``Decimal("1.050")`` is "một phẩy không năm mươi", ``Decimal("1.05")`` "một phẩy
    không năm"). So ``1,05`` never reads as ``1,5``, and the reading gives the digits back.

    Args:
        value: The number: an ``int``, ``Decimal`` (its digits as written), ``float`` (its
            shortest ``repr``) or ``Fraction`` with a finite decimal expansion.
        dialect: ``"north"`` (``linh``, ``nghìn``, ``hai mươi tư``) or ``"south"`` (``lẻ``,
            ``ngàn``, ``hai mươi bốn``).

    Returns:
        The reading, e.g. ``"hai nghìn không trăm mười chín"``.

    Raises:
        ValidationError: ``value`` is not a finite number with a finite decimal expansion, or
            ``dialect`` is unknown.

    Examples:
        >>> number_to_words(1005)
        'một nghìn không trăm linh năm'
        >>> number_to_words(2019)
        'hai nghìn không trăm mười chín'
        >>> number_to_words(-3)
        'âm ba'
        >>> number_to_words(Decimal("1.05"))
        'một phẩy không năm'
        >>> number_to_words(Decimal("1.050"))
        'một phẩy không năm mươi'
        >>> number_to_words(Decimal("1.1234"))
        'một phẩy một nghìn hai trăm ba mươi tư'
        >>> number_to_words(10**18)
        'một tỷ tỷ'
        >>> number_to_words(1005, dialect="south")
        'một ngàn không trăm lẻ năm'
    """
    vocab = _vocabulary(dialect)
    negative, whole, fraction = _decimal_parts(value)
    if whole >= _TOO_LONG or len(fraction) > _MAX_DIGITS:
        # repr() of an int of more than 4300 digits fails; the Decimal shows the same value.
        shown = Decimal(value) if isinstance(value, int) else value
        reason = f"more than {_MAX_DIGITS} digits: too long to read"
        raise ValidationError("value", shown, reason)
    words: list[str] = []
    if negative and (whole or fraction.strip("0")):
        words.append("âm")
    if whole:
        _integer(whole, words, vocab)
    else:
        words.append("không")
    if fraction:
        words.append("phẩy")
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


def amount_in_words(
    amount: int | float | Decimal | Fraction, *, unit: str = "đồng", dialect: Dialect = "north"
) -> str:
    """Write an amount in words, as the "bằng chữ" line of a financial document does.

    The first letter is capitalized and the unit comes at the end.

    Args:
        amount: The amount (read as :func:`number_to_words` reads it).
        unit: The unit word (``"đồng"``); ``""`` for none.
        dialect: As for :func:`number_to_words`.

    Returns:
        The line, e.g. ``"Một triệu hai trăm ba mươi tư nghìn năm trăm sáu mươi bảy đồng"``.

    Raises:
        ValidationError: As :func:`number_to_words`; ``unit`` is not a string; or the
            amount is negative (a "bằng chữ" line states an amount: a decrease is said in
            words around it, "điều chỉnh giảm …", never as "âm …").

    Examples:
        >>> amount_in_words(1234567)
        'Một triệu hai trăm ba mươi tư nghìn năm trăm sáu mươi bảy đồng'
        >>> amount_in_words(1_500_000_000)
        'Một tỷ năm trăm triệu đồng'
    """
    if not isinstance(unit, str):
        raise ValidationError("unit", unit, "must be a string")
    text = number_to_words(amount, dialect=dialect)
    if text.startswith("âm "):
        raise ValidationError("amount", amount, "an amount in words is not negative")
    text = text[:1].upper() + text[1:]
    return f"{text} {unit.strip()}" if unit.strip() else text
