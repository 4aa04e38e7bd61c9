"""Vietnamese formatting and parsing that gets administrative practice right.

A layer of its own: it imports nothing from the rest of tayho_coord but
:mod:`tayho_coord.errors`, and babel loads on the first call that needs CLDR data, never on
import. All functions are pure; every option is an explicit keyword argument. Rounding is
half-up (Luật Kế toán), dates are day first, and what CLDR gets wrong for administrative text
(padding of months, capitalized weekdays, compact figures without decimals) is done right.

Examples:
    >>> from fractions import Fraction
    >>> format_percent(Fraction(25, 44))
    '56,82%'
    >>> import datetime
    >>> format_date(datetime.date(2020, 2, 11), style="full")
    'thứ Ba, ngày 11 tháng 02 năm 2020'
"""

from __future__ import annotations

from tayho_coord.vi._abbrev import (
    ABBREVIATIONS,
    PLACE_ABBREVIATIONS,
    abbreviate,
    expand_abbreviation,
)
from tayho_coord.vi._collate import CollationKey, CollationOrder, sort_key
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
from tayho_coord.vi._lists import ListStyle, format_list
from tayho_coord.vi._names import (
    COMPOUND_FAMILY_NAMES,
    FAMILY_NAMES,
    GENDER_PREFIXES,
    HIGHLAND_FAMILY_NAMES,
    PersonName,
    name_sort_key,
)
from tayho_coord.vi._numbering import (
    format_legislature,
    format_session,
    parse_legislature,
    parse_ordinal,
    parse_roman,
    parse_session,
    roman_numeral,
)
from tayho_coord.vi._numbers import (
    Number,
    format_compact,
    format_count,
    format_currency,
    format_number,
    format_percent,
    parse_amount,
    parse_number,
    parse_percent,
)
from tayho_coord.vi._parse_dates import (
    Period,
    PeriodKind,
    parse_date,
    parse_datetime,
    parse_period,
    parse_time,
)
from tayho_coord.vi._symbols import (
    DOCUMENT_TYPES,
    OTHER_DOCUMENT_TYPES,
    DocumentSymbol,
    SymbolForm,
)
from tayho_coord.vi._text import ToneStyle, normalize, slugify, strip_diacritics
from tayho_coord.vi._words import (
    NUMBER_WORDS,
    Dialect,
    amount_in_words,
    number_to_words,
    ordinal_words,
    parse_number_words,
)

__all__ = [  # noqa: RUF022 - plain sorted() order (code points), as the tests check
    "ABBREVIATIONS",
    "COMPOUND_FAMILY_NAMES",
    "CollationKey",
    "CollationOrder",
    "DOCUMENT_TYPES",
    "DateStyle",
    "DateTimeStyle",
    "Dialect",
    "DocumentSymbol",
    "FAMILY_NAMES",
    "GENDER_PREFIXES",
    "HIGHLAND_FAMILY_NAMES",
    "ListStyle",
    "NUMBER_WORDS",
    "Number",
    "OTHER_DOCUMENT_TYPES",
    "PLACE_ABBREVIATIONS",
    "Period",
    "PeriodKind",
    "PersonName",
    "SymbolForm",
    "TimeStyle",
    "ToneStyle",
    "abbreviate",
    "amount_in_words",
    "day_period",
    "expand_abbreviation",
    "format_compact",
    "format_count",
    "format_currency",
    "format_date",
    "format_date_line",
    "format_datetime",
    "format_legislature",
    "format_list",
    "format_number",
    "format_percent",
    "format_session",
    "format_time",
    "name_sort_key",
    "normalize",
    "number_to_words",
    "ordinal_words",
    "parse_amount",
    "parse_date",
    "parse_datetime",
    "parse_legislature",
    "parse_number",
    "parse_number_words",
    "parse_ordinal",
    "parse_percent",
    "parse_period",
    "parse_roman",
    "parse_session",
    "parse_time",
    "roman_numeral",
    "slugify",
    "sort_key",
    "strip_diacritics",
    "weekday_name",
]
