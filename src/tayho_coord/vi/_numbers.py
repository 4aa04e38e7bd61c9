"""Numbers, percentages, currency, compact figures and counts, Vietnamese style.

Symbols come from CLDR's ``vi`` locale (decimal ``,``, group ``.``, ``-``, ``%``), read once
through babel. Rounding is half-up, away from zero (Luật Kế toán, Điều 17: a following digit
"bằng năm (5) trở lên, thì được tăng thêm một (1) đơn vị"), done in exact arithmetic:
``int``, ``Decimal`` and ``Fraction`` are taken exactly, a ``float`` at its shortest ``repr``
(``2.675`` is the decimal 2.675, not the binary value just below it).
"""

from __future__ import annotations

import functools
from decimal import MAX_EMAX, MAX_PREC, MIN_EMIN, ROUND_HALF_UP, Context, Decimal
from fractions import Fraction
from typing import Literal, TypeAlias

from tayho_coord.errors import ParseError, ValidationError
from tayho_coord.vi._cldr import compact_scales, currency_format, number_symbols
from tayho_coord.vi._text import not_text

__all__ = [
    "Number",
    "format_compact",
    "format_count",
    "format_currency",
    "format_number",
    "format_percent",
    "parse_amount",
    "parse_number",
    "parse_percent",
]

Number: TypeAlias = int | float | Decimal | Fraction
"""The numeric types the formatters accept (``bool`` is refused)."""

# A context wide enough that no operation below ever rounds or overflows: rounding is done
# only where asked for, with an explicit ROUND_HALF_UP.
_EXACT = Context(prec=MAX_PREC, Emax=MAX_EMAX, Emin=MIN_EMIN, rounding=ROUND_HALF_UP)
_ONE = Decimal(1)
_QUANTUM = tuple(Decimal(1).scaleb(-places) for places in range(101))
_POW10 = tuple(10**places for places in range(103))


@functools.cache
def _symbols() -> tuple[str, str, str]:
    """The CLDR ``vi`` group, decimal and minus symbols, as a plain tuple."""
    symbols = number_symbols()
    return symbols.group, symbols.decimal, symbols.minus


def _grouped(digits: str, separator: str) -> str:
    """Group a run of digits by threes from the right: ``1234567`` -> ``1.234.567``.

    Written out for the common lengths: it is several times faster than ``f"{n:,}"``.
    """
    length = len(digits)
    if length <= 3:
        return digits
    if length <= 6:
        return f"{digits[:-3]}{separator}{digits[-3:]}"
    if length <= 9:
        return f"{digits[:-6]}{separator}{digits[-6:-3]}{separator}{digits[-3:]}"
    first = length % 3 or 3
    rest = (digits[i : i + 3] for i in range(first, length, 3))
    return separator.join([digits[:first], *rest])


def _digits_of(number: int) -> str:
    """``str(number)`` for a non-negative int of any size.

    ``str()`` refuses ints of more than 4300 digits (a process-wide limit we do not change);
    ``Decimal`` writes any integer out.
    """
    try:
        return str(number)
    except ValueError:
        return format(Decimal(number), "f")


def _check_decimals(decimals: object, name: str = "decimals") -> None:
    if decimals is not None and (type(decimals) is not int or not 0 <= decimals <= 100):
        raise ValidationError(name, decimals, "must be an integer from 0 to 100 or None")


MAX_DIGITS = 100_000
"""The most digits a formatter writes out: a larger figure (``Decimal("1E+100000000")`` would be
a 100 MB string) is refused by its size, before anything is converted."""

_LOG10_2 = 0.30103  # a little above log10(2): digits from a bit length, rounded up
_LOG2_5 = 2.321928094887362


def finite_places(denominator: int) -> int | None:
    """The digits after the point of ``n / denominator`` (lowest terms), ``None`` if endless.

    A fraction has a finite decimal expansion when its denominator is ``2**a * 5**b``; it then
    has ``max(a, b)`` places. Found with a few operations whatever the size (no loop of
    divisions): the twos from the lowest set bit, the fives from the bit length.
    """
    twos = (denominator & -denominator).bit_length() - 1
    rest = denominator >> twos
    if rest == 1:
        return twos
    if rest % 5:
        return None
    bits = rest.bit_length()
    for fives in range(int((bits - 1) / _LOG2_5), int(bits / _LOG2_5) + 2):
        if fives > 0 and 5**fives == rest:
            return max(twos, fives)
    return None


def check_size(
    value: int | Decimal | Fraction, name: str, *, fraction: bool, shift: int = 0
) -> None:
    """Refuse ``value`` if writing it out takes more than :data:`MAX_DIGITS` digits.

    Looks only at exponents and bit lengths, never at the digits: ``Decimal("1E+100000000")``
    is refused at once. ``fraction`` counts the digits after the point too (a value shown
    exactly, ``decimals=None``); without it a tiny value rounded to a few places is fine.
    ``shift`` is the power of ten the value is multiplied by first (2 for a percentage).
    """
    if isinstance(value, int):
        whole, places = int(value.bit_length() * _LOG10_2) + 1, 0
    elif isinstance(value, Decimal):
        adjusted = value.adjusted()
        whole, places = max(adjusted + 1, 1), max(-adjusted, 0)
    else:
        num, den = value.numerator, value.denominator
        whole = max(int((num.bit_length() - den.bit_length()) * _LOG10_2) + 2, 1)
        places = int(den.bit_length() * _LOG10_2) + 1
    if whole + shift > MAX_DIGITS or (fraction and places - shift > MAX_DIGITS):
        raise ValidationError(name, value, f"more than {MAX_DIGITS} digits to write out")


def _exact(value: object, name: str) -> int | Decimal | Fraction:
    """Return ``value`` as an exact number of a base type, or raise ``ValidationError``."""
    if isinstance(value, bool):
        raise ValidationError(name, value, "a bool is not a number")
    if isinstance(value, int):
        return int(value)
    if isinstance(value, Fraction):
        return Fraction(value)
    if isinstance(value, float):
        if value != value or value in (float("inf"), float("-inf")):
            raise ValidationError(name, value, "must be finite")
        return Decimal(repr(value))
    if isinstance(value, Decimal):
        if not value.is_finite():
            raise ValidationError(name, value, "must be finite")
        return Decimal(value)
    raise ValidationError(name, value, "expected int, float, Decimal or Fraction")


def _round_scaled(value: int | Decimal | Fraction, places: int) -> int:
    """Return ``value * 10**places`` rounded half-up (away from zero) to an integer."""
    if isinstance(value, int):
        return value * 10**places if places >= 0 else _round_fraction(Fraction(value), places)
    if isinstance(value, Decimal):
        scaled = value.scaleb(places, context=_EXACT)
        return int(scaled.quantize(_ONE, rounding=ROUND_HALF_UP, context=_EXACT))
    return _round_fraction(value, places)


def _round_fraction(value: Fraction, places: int) -> int:
    num, den = value.numerator, value.denominator
    if places >= 0:
        num *= _POW10[places] if places < len(_POW10) else 10**places
    else:
        den *= 10**-places
    quotient, remainder = divmod(-num if num < 0 else num, den)
    if 2 * remainder >= den:
        quotient += 1
    return -quotient if num < 0 else quotient


def _decimal_vi(value: Decimal, decimals: int | None, name: str) -> str:
    """The ``vi`` text of a finite ``Decimal``, rounded half-up to ``decimals`` if given.

    Its size is checked where str() shows an exponent, before format() writes it out.
    """
    if decimals is not None:
        value = value.quantize(_QUANTUM[decimals], ROUND_HALF_UP, _EXACT)
    # str() is the fastest exact form; it uses an exponent only for very large or very small
    # values, which format() "f" writes out in full.
    text = str(value)
    if "E" in text:
        check_size(value, name, fraction=True)
        text = format(value, "f")
    negative = text[0] == "-"
    if negative:
        text = text[1:]
        negative = bool(value)  # no negative zero
    group, decimal, minus = _symbols()
    head, dot, tail = text.partition(".")
    if len(head) > 3:
        head = _grouped(head, group)
    if dot:
        head = f"{head}{decimal}{tail}"
    return f"{minus}{head}" if negative else head


def _vi(value: object, decimals: int | None, shift: int, name: str) -> str:
    """The ``vi`` text of ``value * 10**shift`` (``shift`` is 0 or 2), rounded half-up.

    The fast paths are the exact types; anything else goes through :func:`_exact` once.
    """
    if type(value) is Decimal:
        if not value.is_finite():
            raise ValidationError(name, value, "must be finite")
        if decimals is not None and value.adjusted() + shift >= MAX_DIGITS:
            check_size(value, name, fraction=False, shift=shift)  # before quantize
        return _decimal_vi(value.scaleb(shift, _EXACT) if shift else value, decimals, name)
    if type(value) is int:
        if value.bit_length() > 3 * MAX_DIGITS:
            check_size(value, name, fraction=False)
        whole = value * 10**shift if shift else value
        group, decimal, minus = _symbols()
        text = _grouped(_digits_of(-whole if whole < 0 else whole), group)
        if decimals:
            text = f"{text}{decimal}{'0' * decimals}"
        return f"{minus}{text}" if whole < 0 else text
    if type(value) is Fraction:
        check_size(value, name, fraction=decimals is None, shift=shift)
        if decimals is None:
            places = finite_places(value.denominator)
            if places is None:
                reason = f"{name}={value} has no finite decimal expansion; give decimals"
                raise ValidationError("decimals", None, reason)
            decimals = max(places - shift, 0)
        num, den = value.numerator, value.denominator
        places = decimals + shift
        scale = _POW10[places] if places < len(_POW10) else 10**places
        quotient, remainder = divmod((-num if num < 0 else num) * scale, den)
        if 2 * remainder >= den:  # half-up, away from zero
            quotient += 1
        group, decimal, minus = _symbols()
        if decimals:
            whole, part = divmod(quotient, scale // _POW10[shift])
            text = f"{_grouped(_digits_of(whole), group)}{decimal}{str(part).zfill(decimals)}"
        else:
            text = _grouped(_digits_of(quotient), group)
        return f"{minus}{text}" if num < 0 and quotient else text
    # float (at its shortest repr), subclasses, and what is not a number at all.
    return _vi(_exact(value, name), decimals, shift, name)


def _render_scaled(scaled: int, decimals: int) -> str:
    """Render the integer ``scaled`` as a number with ``decimals`` fraction digits."""
    group, decimal, minus = _symbols()
    magnitude = -scaled if scaled < 0 else scaled
    if decimals:
        whole, part = divmod(magnitude, _POW10[decimals])
        text = f"{_grouped(_digits_of(whole), group)}{decimal}{str(part).zfill(decimals)}"
    else:
        text = _grouped(_digits_of(magnitude), group)
    return f"{minus}{text}" if scaled < 0 else text


def format_number(value: Number, *, decimals: int | None = None) -> str:
    """Format a number the Vietnamese way: ``.`` between thousands, ``,`` before decimals.

    Args:
        value: An ``int``, ``Decimal``, ``Fraction`` or ``float`` (taken at its shortest
            ``repr``).
        decimals: Digits after the decimal comma, rounding half-up; ``None`` shows the value
            exactly as it is (a ``Fraction`` must then have a finite decimal expansion).

    Returns:
        The formatted number; a negative number starts with ``-``; a value that rounds to zero
        has no sign.

    Raises:
        ValidationError: ``value`` is not a finite number, or ``decimals`` is invalid.

    Examples:
        >>> format_number(1234567)
        '1.234.567'
        >>> format_number(Decimal("1234567.891"))
        '1.234.567,891'
        >>> format_number(Decimal("0.125"), decimals=2)
        '0,13'
        >>> format_number(2.675, decimals=2)
        '2,68'
        >>> format_number(-1500)
        '-1.500'
    """
    if decimals is not None and (type(decimals) is not int or not 0 <= decimals <= 100):
        _check_decimals(decimals)
    return _vi(value, decimals, 0, "value")


def format_percent(ratio: Number, *, decimals: int = 2) -> str:
    """Format a ratio as a percentage, rounded half-up, with ``%`` and no space.

    Args:
        ratio: The ratio (``0.5682`` or ``Fraction(25, 44)``), not the percentage.
        decimals: Digits after the decimal comma (default 2).

    Returns:
        The percentage, ``56,82%``.

    Raises:
        ValidationError: ``ratio`` is not a finite number, or ``decimals`` is invalid.

    Examples:
        >>> format_percent(Fraction(25, 44))
        '56,82%'
        >>> format_percent(Decimal("0.978"), decimals=1)
        '97,8%'
        >>> format_percent(1, decimals=0)
        '100%'
    """
    if type(decimals) is not int or not 0 <= decimals <= 100:
        raise ValidationError("decimals", decimals, "must be an integer from 0 to 100")
    return _vi(ratio, decimals, 2, "ratio") + _percent_sign()


def format_currency(
    amount: Number,
    *,
    currency: str = "VND",
    style: Literal["symbol", "words", "unit"] = "symbol",
    decimals: int | None = None,
) -> str:
    r"""Format an amount of money.

    Args:
        amount: The amount.
        currency: An ISO 4217 code CLDR knows (``VND``, ``USD``...).
        style: ``"symbol"`` follows CLDR's ``vi`` pattern (``1.234.567\xa0₫``); ``"words"``
            (or its alias ``"unit"``) is the form of report prose, the number followed by the
            unit in words (``1.234.567 đồng``), available for ``VND`` only. For the whole
            amount in words, see :func:`amount_in_words`.
        decimals: Fraction digits; ``None`` uses the currency's CLDR digits (0 for VND).
            Rounding is half-up.

    Returns:
        The formatted amount.

    Raises:
        ValidationError: An invalid amount, currency, style or decimals.

    Examples:
        >>> format_currency(1234567)
        '1.234.567\xa0₫'
        >>> format_currency(1234567, style="words")
        '1.234.567 đồng'
        >>> format_currency(Decimal("1234.5"), currency="USD")
        '1.234,50\xa0US$'
    """
    _check_decimals(decimals)
    exact = _exact(amount, "amount")
    check_size(exact, "amount", fraction=False)
    if not isinstance(currency, str) or len(currency) != 3 or not currency.isupper():
        raise ValidationError("currency", currency, "expected an ISO 4217 code such as 'VND'")
    try:
        prefix, suffix, digits = currency_format(currency)
    except LookupError:
        raise ValidationError("currency", currency, "not a currency CLDR knows") from None
    places = digits if decimals is None else decimals
    number = _render_scaled(_round_scaled(exact, places), places)
    if style == "symbol":
        return f"{prefix}{number}{suffix}"
    if style in ("words", "unit"):
        if currency != "VND":
            raise ValidationError("style", style, "the unit in words exists for VND only")
        return f"{number} đồng"
    raise ValidationError("style", style, "expected 'symbol', 'words' or 'unit'")


def _scale_word(exponent: int) -> str:
    """The scale word of ``10**exponent`` (a multiple of 3, at least 3).

    CLDR's long ``vi`` compact words where CLDR has one (``nghìn``, ``triệu``, ``tỷ``,
    ``nghìn tỷ``); above them the reading of :func:`number_to_words`: the count of billions
    followed by ``tỷ`` (10^15 ``triệu tỷ``, 10^18 ``tỷ tỷ``, 10^21 ``nghìn tỷ tỷ``…).
    """
    for scale in compact_scales():
        if scale.exponent == exponent:
            return scale.word
    billions, rest = divmod(exponent, 9)
    head = ("", "nghìn", "triệu")[rest // 3]
    return " ".join([head, *["tỷ"] * billions] if head else ["tỷ"] * billions)


def format_compact(value: Number, *, decimals: int = 1) -> str:
    """Format a large figure with a scale word, as reports write amounts.

    The scale words are CLDR's long ``vi`` compact forms (``nghìn``, ``triệu``, ``tỷ``,
    ``nghìn tỷ``), continued above 10^12 the way :func:`number_to_words` reads the scales
    (reference: "10^12 nghìn tỷ, 10^15 triệu tỷ, 10^18 tỷ tỷ"): ``triệu tỷ``, ``tỷ tỷ``,
    ``nghìn tỷ tỷ``… — every scale is a power of 1000, so the number before the word is
    always below 1000. Unlike CLDR/babel, the decimals are kept (``1,5 tỷ``, not ``2 T``) and
    rounded half-up; trailing zeros are dropped (``2 triệu``). A figure that rounds up to the
    next scale moves to it (``999.960.000`` → ``1 tỷ``). Below one thousand the number is
    shown as :func:`format_number` would, rounded to ``decimals``.

    Args:
        value: The figure.
        decimals: At most this many digits after the decimal comma.

    Returns:
        The compact figure.

    Raises:
        ValidationError: ``value`` is not a finite number, or ``decimals`` is invalid.

    Examples:
        >>> format_compact(1_500_000_000)
        '1,5 tỷ'
        >>> format_compact(2_300_000)
        '2,3 triệu'
        >>> format_compact(2_000_000)
        '2 triệu'
        >>> format_compact(-12_345, decimals=2)
        '-12,35 nghìn'
        >>> format_compact(10**15), format_compact(25 * 10**17)
        ('1 triệu tỷ', '2,5 tỷ tỷ')
    """
    if decimals is None:
        raise ValidationError("decimals", decimals, "must be an integer from 0 to 100")
    _check_decimals(decimals)
    exact = _exact(value, "value")
    check_size(exact, "value", fraction=False)
    whole = abs(int(exact))  # int() truncates toward 0: the digits before the decimal point
    digits = len(_digits_of(whole)) if whole else 0
    exponent = 3 * ((digits - 1) // 3) if digits > 3 else 0  # 0: no scale word
    scaled = _round_scaled(exact, decimals - exponent)
    # Rounding may reach the next scale (999,96 triệu -> 1.000 triệu -> 1 tỷ).
    if abs(scaled) >= 10 ** (3 + decimals):
        exponent += 3
        scaled = _round_scaled(exact, decimals - exponent)
    text = _render_scaled(scaled, decimals)
    symbols = number_symbols()
    if decimals and symbols.decimal in text:
        text = text.rstrip("0").rstrip(symbols.decimal)
    if text == f"{symbols.minus}0":
        text = "0"
    return f"{text} {_scale_word(exponent)}" if exponent else text


def format_count(n: int, *, noun: str | None = None, width: int = 2) -> str:
    """Format a count with the administrative zero-padding: ``03 cơ quan``.

    Vietnamese administrative prose writes small counts with a leading zero ("Lãnh đạo 03 cơ
    quan", "03 phiên Giải trình" in the seed article); ``width`` is the minimum number of
    digits. The padding is for the counts 1 to 9: zero is written ``0`` (``0 phiên``, never
    ``00 phiên``; issue 13). Counts of a thousand or more are grouped (``1.234``).

    Args:
        n: A count, ``0`` or more.
        noun: The counted noun, appended after a space.
        width: Minimum digits (default 2; 1 turns padding off).

    Returns:
        The count, with the noun if given.

    Raises:
        ValidationError: ``n`` is not a non-negative ``int``, or ``width`` is not 1 to 20.

    Examples:
        >>> format_count(3, noun="cơ quan")
        '03 cơ quan'
        >>> format_count(14, noun="nội dung")
        '14 nội dung'
        >>> format_count(3, width=1)
        '3'
        >>> format_count(0, noun="phiên")
        '0 phiên'
    """
    if not isinstance(n, int) or isinstance(n, bool) or n < 0:
        raise ValidationError("n", n, "must be a non-negative int")
    if not isinstance(width, int) or isinstance(width, bool) or not 1 <= width <= 20:
        raise ValidationError("width", width, "must be an integer from 1 to 20")
    text = (
        str(n).rjust(width, "0")
        if 0 < n < 1000
        else "0"
        if n == 0
        else _grouped(_digits_of(n), _symbols()[0])
    )
    if noun is None:
        return text
    if not isinstance(noun, str) or not noun.strip():
        raise ValidationError("noun", noun, "must be a non-empty string or None")
    return f"{text} {noun}"


@functools.cache
def _percent_sign() -> str:
    return number_symbols().percent


# Parsing -------------------------------------------------------------------------------------
# Hand-written with str methods that each look at every character once: linear time on any
# text, whatever it holds.
_SPACES = " \t\xa0\u202f"
_EXPECTED = "expected a Vietnamese number such as 1.234.567,89 ('.' groups, ',' decimals)"


def _digits(text: str) -> bool:
    return text.isascii() and text.isdigit()


def _parse_number(text: str, source: str) -> Decimal:
    sign = text[:1]
    negative = sign in ("-", "\u2212")
    if negative or sign == "+":
        text = text[1:]
    whole, comma, fraction = text.partition(",")
    if comma and not _digits(fraction):
        raise ParseError(source, _EXPECTED)
    spaced = whole.replace("\xa0", " ").replace("\u202f", " ")
    # Groups of three after "." or, as some tables print them, after single spaces
    # ("1 234 567"); never both.
    separator = "." if "." in whole else " " if " " in spaced else None
    if separator is not None:
        head, *groups = (whole if separator == "." else spaced).split(separator)
        if not (
            1 <= len(head) <= 3
            and _digits(head)
            and all(len(group) == 3 for group in groups)
            and _digits("".join(groups))
        ):
            raise ParseError(source, _EXPECTED)
        whole = head + "".join(groups)
    if not _digits(whole):
        raise ParseError(source, _EXPECTED)
    number = Decimal(f"{whole}.{fraction}" if comma else whole)
    return number.copy_negate() if negative else number


def parse_number(text: str) -> Decimal:
    """Parse a number written the Vietnamese way, exactly.

    Accepts an optional sign (``-``, ``−`` or ``+``), digits grouped by ``.`` in threes (or
    by single spaces, ``1 234 567``, as some tables print them; or not grouped at all), and
    decimals after ``,``. Surrounding spaces are ignored.

    Args:
        text: The text, e.g. ``"1.234.567,89"``.

    Returns:
        The value as a ``Decimal``, keeping the digits written (``"1,50"`` → ``1.50``).

    Raises:
        ParseError: Anything else, naming the text (``"1.5"`` is not a Vietnamese number:
            ``.`` groups thousands).

    Examples:
        >>> parse_number("1.234.567,89")
        Decimal('1234567.89')
        >>> parse_number("-1.500"), parse_number("1 234 567")
        (Decimal('-1500'), Decimal('1234567'))
        >>> parse_number("1.5")
        Traceback (most recent call last):
        ...
        tayho_coord.errors.ParseError: cannot parse '1.5': expected ...
    """
    if not isinstance(text, str):
        raise not_text(text)
    return _parse_number(text.strip(_SPACES), text)


def parse_percent(text: str) -> Decimal:
    """Parse a percentage into the ratio it stands for.

    Accepts the number as :func:`parse_number` does, then ``%``, with or without a space
    (``"56,82%"``, ``"56,82 %"``), or the words ``phần trăm`` after a space (``"56,82 phần
    trăm"``, as prose writes it out).

    Args:
        text: The percentage.

    Returns:
        The ratio, exactly (``"56,82%"`` → ``Decimal("0.5682")``).

    Raises:
        ParseError: No ``%``, or the number is not valid.

    Examples:
        >>> parse_percent("56,82%")
        Decimal('0.5682')
        >>> parse_percent("97,8 %"), parse_percent("56,82 phần trăm")
        (Decimal('0.978'), Decimal('0.5682'))
    """
    if not isinstance(text, str):
        raise not_text(text)
    body = text.strip(_SPACES)
    if body.endswith("%"):
        body = body[:-1]
    elif body[-9:].casefold() == "phần trăm" and body[-10:-9] in _SPACES:
        body = body[:-9]  # "56,82 phần trăm", as prose writes it out
    else:
        raise ParseError(text, "expected a percentage ending in '%' or 'phần trăm'")
    number = _parse_number(body.rstrip(_SPACES), text)
    return number.scaleb(-2, context=_EXACT)


# The units an amount of đồng is written with, longest first, and the scale words before them.
_UNITS = ("đồng", "VNĐ", "VND", "đ", "₫")
_SCALES = {"nghìn": 3, "ngàn": 3, "triệu": 6, "tỷ": 9, "tỉ": 9}


def parse_amount(text: str) -> Decimal:
    """Parse an amount of money in đồng as reports write it, exactly.

    The number as :func:`parse_number` reads it, an optional scale word (``nghìn``/``ngàn``,
    ``triệu``, ``tỷ``/``tỉ``), then the unit — ``đồng``, ``đ`` (joined or not: ``1.234.567đ``),
    ``VNĐ``, ``VND`` or ``₫`` — which is required: a bare number is not an amount.

    Args:
        text: The text, e.g. ``"2.000.000 đồng"``.

    Returns:
        The amount in đồng (``"1,5 tỷ đồng"`` → ``Decimal("1500000000")``).

    Raises:
        ParseError: No unit, or the number is not valid.

    Examples:
        >>> parse_amount("2.000.000 đồng"), parse_amount("1.234.567đ")
        (Decimal('2000000'), Decimal('1234567'))
        >>> parse_amount("1,5 tỷ đồng")
        Decimal('1500000000')
    """
    if not isinstance(text, str):
        raise not_text(text)
    body = text.strip(_SPACES)
    unit = next((u for u in _UNITS if body.endswith(u)), None)
    if unit is None or (unit == "đ" and body.endswith("ồng")):
        raise ParseError(text, "expected an amount with its unit: đồng, đ, VNĐ, VND or ₫")
    body = body[: -len(unit)].rstrip(_SPACES)
    head, _, last = body.rpartition(" ")
    exponent = _SCALES.get(last.casefold()) if head else None
    if exponent is not None:
        body = head.rstrip(_SPACES)
    number = _parse_number(body, text)
    if exponent is None:
        return number
    scaled = number.scaleb(exponent, context=_EXACT)
    return scaled.quantize(_ONE, context=_EXACT) if scaled == scaled.to_integral_value() else scaled
