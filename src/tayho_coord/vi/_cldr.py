"""CLDR data for Vietnamese, read once through babel and kept as plain Python values.

babel is imported inside these functions only, so that ``import tayho_coord.vi`` stays light.
Each loader is cached: the values are constants of the CLDR release babel ships, and keeping
them in plain strings and tuples is what makes the formatting hot paths fast (babel's own
formatters re-parse patterns and look locale data up on every call).

The caches hold locale *data*, never a setting: nothing here changes how a function behaves
between calls.
"""

from __future__ import annotations

import functools
from types import MappingProxyType
from typing import TYPE_CHECKING

from attrs import frozen

if TYPE_CHECKING:
    from collections.abc import Mapping

__all__ = [
    "CompactScale",
    "NumberSymbols",
    "compact_scales",
    "currency_format",
    "day_period_bounds",
    "day_period_names",
    "list_patterns",
    "number_symbols",
    "weekday_names",
]


@frozen
class NumberSymbols:
    """The number symbols of CLDR's ``vi`` locale (Latin digits).

    Attributes:
        decimal: Decimal separator (``,``).
        group: Grouping separator (``.``).
        minus: Minus sign (``-``).
        plus: Plus sign (``+``).
        percent: Percent sign (``%``).
    """

    decimal: str
    group: str
    minus: str
    plus: str
    percent: str


@functools.cache
def number_symbols() -> NumberSymbols:
    """Return the number symbols of ``vi``, loading babel on the first call.

    Examples:
        >>> number_symbols().decimal, number_symbols().group
        (',', '.')
    """
    from babel import Locale

    symbols = Locale.parse("vi").number_symbols["latn"]
    return NumberSymbols(
        decimal=symbols["decimal"],
        group=symbols["group"],
        minus=symbols["minusSign"],
        plus=symbols["plusSign"],
        percent=symbols["percentSign"],
    )


@functools.cache
def currency_format(currency: str) -> tuple[str, str, int]:
    r"""Return ``(prefix, suffix, digits)`` of CLDR's ``vi`` currency pattern for ``currency``.

    The pattern is ``#,##0.00 ¤`` (with a no-break space); ``digits`` is the currency's
    fraction digits in CLDR (0 for VND).

    Raises:
        LookupError: ``currency`` is not a code CLDR knows.

    Examples:
        >>> currency_format("VND")
        ('', '\xa0₫', 0)
    """
    from babel import Locale
    from babel.numbers import get_currency_precision

    locale = Locale.parse("vi")
    if currency not in locale.currencies:
        raise LookupError(currency)
    symbol = locale.currency_symbols.get(currency, currency)
    pattern = locale.currency_formats["standard"]
    # The positive pattern's affixes; a negative amount takes the number's own minus sign.
    prefix = pattern.prefix[0].replace("¤", symbol)
    suffix = pattern.suffix[0].replace("¤", symbol)
    return prefix, suffix, get_currency_precision(currency)


@frozen
class CompactScale:
    """One scale word of CLDR's long compact decimal format.

    Attributes:
        exponent: The power of ten the word stands for (3, 6, 9, 12).
        word: The word (``nghìn``, ``triệu``, ``tỷ``, ``nghìn tỷ``).
    """

    exponent: int
    word: str


@functools.cache
def compact_scales() -> tuple[CompactScale, ...]:
    """Return the scale words of ``vi``'s long compact format, smallest first.

    Examples:
        >>> [s.word for s in compact_scales()]
        ['nghìn', 'triệu', 'tỷ', 'nghìn tỷ']
    """
    from babel import Locale

    formats = Locale.parse("vi").compact_decimal_formats["long"]["other"]
    scales: dict[int, str] = {}
    for magnitude, pattern in formats.items():
        exponent = len(magnitude) - 1
        base = exponent - exponent % 3
        # The pattern is "0 triệu", "00 triệu"...: the word is the suffix after the digits.
        word = pattern.suffix[0].strip()
        scales.setdefault(base, word)
    return tuple(CompactScale(e, w) for e, w in sorted(scales.items()))


@functools.cache
def weekday_names() -> tuple[str, ...]:
    """Return CLDR's wide weekday names, Monday first, as CLDR writes them.

    Examples:
        >>> weekday_names()[1], weekday_names()[6]
        ('Thứ Ba', 'Chủ Nhật')
    """
    from babel import Locale

    wide = Locale.parse("vi").days["format"]["wide"]
    return tuple(wide[i] for i in range(7))


@functools.cache
def day_period_bounds() -> tuple[tuple[int, str], ...]:
    """Return CLDR's ``vi`` day-period selection rules as ``(start_minute, period)`` pairs.

    Sorted by start minute from midnight; each period runs until the next start (the last
    wraps around midnight).

    Examples:
        >>> day_period_bounds()
        ((240, 'morning1'), (720, 'afternoon1'), (1080, 'evening1'), (1260, 'night1'))
    """
    from babel import Locale

    rules = Locale.parse("vi").day_period_rules["selection"]
    starts: list[tuple[int, str]] = []
    for period, ranges in rules.items():
        starts.extend((int(r["from"]) // 60, period) for r in ranges)
    return tuple(sorted(starts))


@functools.cache
def day_period_names() -> Mapping[str, str]:
    """Return CLDR's wide ``vi`` day-period names by CLDR period key.

    Examples:
        >>> day_period_names()["noon"], day_period_names()["morning1"]
        ('trưa', 'sáng')
    """
    from babel import Locale

    wide = Locale.parse("vi").day_periods["format"]["wide"]
    return MappingProxyType({key: wide[key] for key in wide})


@functools.cache
def list_patterns(style: str) -> tuple[str, str, str, str]:
    """Return CLDR's ``vi`` list pattern ``(two, start, middle, end)`` for ``standard``/``or``.

    Examples:
        >>> list_patterns("standard")[3]
        '{0} và {1}'
    """
    from babel import Locale

    patterns = Locale.parse("vi").list_patterns[style]
    return patterns["2"], patterns["start"], patterns["middle"], patterns["end"]
