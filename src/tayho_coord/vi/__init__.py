"""Vietnamese formatting and parsing that gets administrative practice right.

A layer of its own: it imports nothing from the rest of tayho_coord but
:mod:`tayho_coord.errors`, and babel loads on the first call that needs CLDR data, never on
import. All functions are pure; every option is an explicit keyword argument.

Examples:
    >>> from fractions import Fraction
    >>> format_percent(Fraction(25, 44))
    '56,82%'
"""

from __future__ import annotations

from tayho_coord.vi._collate import CollationKey, sort_key
from tayho_coord.vi._dates import (
    DateStyle,
    DateTimeStyle,
    TimeStyle,
    day_period,
    format_date,
    format_date_line,
    format_datetime,
    format_time,
    weekday_name,
)
from tayho_coord.vi._names import COMPOUND_FAMILY_NAMES, PersonName, name_sort_key
from tayho_coord.vi._numbers import (
    Number,
    format_compact,
    format_count,
    format_currency,
    format_number,
    format_percent,
    parse_number,
    parse_percent,
)
from tayho_coord.vi._parse_dates import (
    Period,
    parse_date,
    parse_datetime,
    parse_period,
    parse_time,
)

__all__ = [
    "COMPOUND_FAMILY_NAMES",
    "CollationKey",
    "DateStyle",
    "DateTimeStyle",
    "Number",
    "Period",
    "PersonName",
    "TimeStyle",
    "day_period",
    "format_compact",
    "format_count",
    "format_currency",
    "format_date",
    "format_date_line",
    "format_datetime",
    "format_number",
    "format_percent",
    "format_time",
    "name_sort_key",
    "parse_date",
    "parse_datetime",
    "parse_number",
    "parse_percent",
    "parse_period",
    "parse_time",
    "sort_key",
    "weekday_name",
]
