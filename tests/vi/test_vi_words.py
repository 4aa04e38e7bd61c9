"""Numbers in words, ordinals and the "bằng chữ" line.

Rules: reference/vietnamese-rules.md, "Reading numbers" (mốt, lăm, tư, linh/lẻ, "không trăm"
in inner groups, âm, phẩy, nghìn/ngàn, scales up to "tỷ tỷ"), from en.wikipedia.org/wiki/
Vietnamese_numerals and num2words issue 69 / pull 177, whose known failures are listed there.
"""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tayho_coord.errors import ParseError, ValidationError
from tayho_coord.vi import (
    NUMBER_WORDS,
    amount_in_words,
    number_to_words,
    ordinal_words,
    parse_number_words,
)

NORTH = [
    (0, "không"),
    (1, "một"),
    (4, "bốn"),
    (5, "năm"),
    (10, "mười"),
    (11, "mười một"),  # not "mốt" after ten
    (14, "mười bốn"),
    (15, "mười lăm"),  # "lăm" after ten
    (20, "hai mươi"),
    (21, "hai mươi mốt"),  # "mốt" after twenty and up
    (24, "hai mươi tư"),  # "tư" after twenty and up (northern)
    (25, "hai mươi lăm"),
    (55, "năm mươi lăm"),
    (100, "một trăm"),
    (101, "một trăm linh một"),  # not "mốt" after linh
    (105, "một trăm linh năm"),  # not "lăm" after linh
    (110, "một trăm mười"),
    (115, "một trăm mười lăm"),
    (1000, "một nghìn"),
    (1005, "một nghìn không trăm linh năm"),  # num2words: "một nghìn lẻ năm"
    (2019, "hai nghìn không trăm mười chín"),  # num2words: "hai nghìn lẻ mười chín"
    (2020, "hai nghìn không trăm hai mươi"),  # num2words: "hai nghìn lẻ hai mươi"
    (10_000, "mười nghìn"),
    (523_056, "năm trăm hai mươi ba nghìn không trăm năm mươi sáu"),
    (1_000_000, "một triệu"),
    (1_000_005, "một triệu không trăm linh năm"),  # the zero group is skipped
    (145_001_000, "một trăm bốn mươi lăm triệu không trăm linh một nghìn"),  # ICU drops it
    (1_234_567, "một triệu hai trăm ba mươi tư nghìn năm trăm sáu mươi bảy"),
    (1_000_000_000, "một tỷ"),
    (1_000_000_005, "một tỷ không trăm linh năm"),
    (10**12, "một nghìn tỷ"),
    (10**15, "một triệu tỷ"),
    (10**18, "một tỷ tỷ"),
    (2 * 10**18 + 5, "hai tỷ tỷ không trăm linh năm"),
    (10**27, "một tỷ tỷ tỷ"),
    (-3, "âm ba"),  # num2words: "mười bảy"
    (-1005, "âm một nghìn không trăm linh năm"),
    (Decimal("1.05"), "một phẩy không năm"),  # num2words: "một phẩy năm"
    (1.05, "một phẩy không năm"),
    (Decimal("1.5"), "một phẩy năm"),
    (Decimal("56.82"), "năm mươi sáu phẩy tám mươi hai"),
    (Decimal("3.14"), "ba phẩy mười bốn"),
    (Decimal("0.005"), "không phẩy không không năm"),
    # After phẩy: one or two digits read as a number, a leading zero "không"; three or more
    # digit by digit (issue 13, the fluent reader: "3,14159" is "ba phẩy một bốn một năm
    # chín", never "mười bốn nghìn…", which is heard as a number a thousand times larger).
    # This replaces the earlier rule of review F10, which read any length as one number.
    (Decimal("1.123"), "một phẩy một hai ba"),
    (Decimal("1.1234"), "một phẩy một hai ba bốn"),  # bốn, not tư: a digit, not after twenty
    (Decimal("3.14159"), "ba phẩy một bốn một năm chín"),
    (Decimal("1.050"), "một phẩy không năm không"),  # the digits as written: 0, 5, 0
    (Decimal("1.0500"), "một phẩy không năm không không"),
    (Decimal("1.50"), "một phẩy năm mươi"),  # two digits: a number
    (Decimal("1.000"), "một phẩy không không không"),
    (Decimal("1.0001"), "một phẩy không không không một"),
    (Decimal("1.01"), "một phẩy không một"),  # không một: a unit after a zero, not "mốt"
    (Decimal("1.21"), "một phẩy hai mươi mốt"),
    (Decimal("1.15"), "một phẩy mười lăm"),
    (Decimal("1.105"), "một phẩy một không năm"),  # not "lăm", not "linh": digits
    (Decimal("1.1005"), "một phẩy một không không năm"),
    (Decimal("0.0000000001"), "không phẩy" + " không" * 9 + " một"),
    (Decimal("2.1000000001"), "hai phẩy một" + " không" * 8 + " một"),
    (Decimal("-0.5"), "âm không phẩy năm"),
    (Fraction(1, 8), "không phẩy một hai năm"),
    (Fraction(1, 4), "không phẩy hai mươi lăm"),
    (Decimal("1E+3"), "một nghìn"),
]


@pytest.mark.parametrize(("value", "expected"), NORTH)
def test_number_to_words_north(value: object, expected: str) -> None:
    assert number_to_words(value) == expected  # type: ignore[arg-type]


# Southern reading: "lẻ" for zero tens, "ngàn" for thousand, "bốn" after twenty.
SOUTH = [
    (105, "một trăm lẻ năm"),
    (1005, "một ngàn không trăm lẻ năm"),
    (24, "hai mươi bốn"),
    (2019, "hai ngàn không trăm mười chín"),
    (21, "hai mươi mốt"),
]


@pytest.mark.parametrize(("value", "expected"), SOUTH)
def test_number_to_words_south(value: int, expected: str) -> None:
    assert number_to_words(value, dialect="south") == expected


# Ordinals: "thứ nhất", "thứ tư" for 1 and 4 only (Wikipedia, Vietnamese numerals, "Ordinal").
ORDINALS = [
    (1, "thứ nhất"),
    (2, "thứ hai"),
    (3, "thứ ba"),
    (4, "thứ tư"),
    (5, "thứ năm"),
    (10, "thứ mười"),
    (11, "thứ mười một"),
    (14, "thứ mười bốn"),
    (21, "thứ hai mươi mốt"),
    (24, "thứ hai mươi tư"),
]


@pytest.mark.parametrize(("n", "expected"), ORDINALS)
def test_ordinal_words(n: int, expected: str) -> None:
    assert ordinal_words(n) == expected


# The "bằng chữ" line: capitalized first letter, the unit last.
AMOUNTS = [
    (1_234_567, "đồng", "Một triệu hai trăm ba mươi tư nghìn năm trăm sáu mươi bảy đồng"),
    (1_500_000_000, "đồng", "Một tỷ năm trăm triệu đồng"),
    (2_005_000, "đồng", "Hai triệu không trăm linh năm nghìn đồng"),
    (0, "đồng", "Không đồng"),
    (15, "", "Mười lăm"),
]


@pytest.mark.parametrize(("amount", "unit", "expected"), AMOUNTS)
def test_amount_in_words(amount: int, unit: str, expected: str) -> None:
    assert amount_in_words(amount, unit=unit) == expected


# Whole đồng: an amount whose fraction is zero as written is whole ("1.500.000,00").
# A currency with a subunit reads it by name after "và" (issue 13: "… đô la Mỹ và năm mươi
# sáu xu"); the cents are a number of 1..99 read by the integer rules (mốt, lăm, linh do
# not occur below 100 except as in "hai mươi mốt").
CURRENCY_AMOUNTS = [
    (Decimal("1500000.00"), "VND", "Một triệu năm trăm nghìn đồng"),
    (Decimal("100.56"), "USD", "Một trăm đô la Mỹ và năm mươi sáu xu"),
    (Decimal("2.5"), "USD", "Hai đô la Mỹ và năm mươi xu"),  # ,5 is 50 cents
    (Decimal("0.21"), "USD", "Hai mươi mốt xu"),
    (Decimal("0.05"), "EUR", "Năm xu"),
    (Decimal("15.00"), "EUR", "Mười lăm euro"),
    (0, "USD", "Không đô la Mỹ"),
    (Fraction(3, 4), "USD", "Bảy mươi lăm xu"),
]


@pytest.mark.parametrize(("amount", "currency", "expected"), CURRENCY_AMOUNTS)
def test_amount_in_words_of_a_currency(amount: object, currency: str, expected: str) -> None:
    assert amount_in_words(amount, currency=currency) == expected  # type: ignore[arg-type]


def test_amount_in_words_refuses_a_fraction_of_a_dong_with_a_clear_message() -> None:
    with pytest.raises(ValidationError, match="whole đồng: round the amount first"):
        amount_in_words(Decimal("1500000.50"))


@pytest.mark.parametrize(
    ("call", "field"),
    [
        (lambda: number_to_words(True), "value"),
        (lambda: number_to_words(float("inf")), "value"),
        (lambda: number_to_words(Decimal("NaN")), "value"),
        (lambda: number_to_words("12"), "value"),
        (lambda: number_to_words(Fraction(1, 3)), "value"),
        (lambda: number_to_words(1, dialect="central"), "dialect"),
        (lambda: ordinal_words(0), "n"),
        (lambda: ordinal_words(True), "n"),
        (lambda: amount_in_words(1, unit=5), "unit"),  # type: ignore[arg-type]
        (lambda: amount_in_words(1, currency="VNĐ"), "currency"),
        (lambda: amount_in_words(1, currency=None), "currency"),  # type: ignore[arg-type]
        # Money in words is whole đồng: a fraction is refused, never read (issue 13).
        (lambda: amount_in_words(Decimal("1500000.50")), "amount"),
        (lambda: amount_in_words(Fraction(1, 2)), "amount"),
        (lambda: amount_in_words(0.5, unit=""), "amount"),
        # A cent is the smallest unit of a currency with a subunit.
        (lambda: amount_in_words(Decimal("1.005"), currency="USD"), "amount"),
        (lambda: amount_in_words(Decimal("-0.5"), currency="USD"), "amount"),
        # A "bằng chữ" line states an amount; a decrease is worded around it, not "Âm …".
        (lambda: amount_in_words(-200), "amount"),
    ],
)
def test_invalid_arguments(call: object, field: str) -> None:
    with pytest.raises(ValidationError) as info:
        call()  # type: ignore[operator]
    assert info.value.field == field


# A reader of the words back to numbers, written here from the same rules, to check that
# nothing is lost: every reading names exactly one value.
_UNITS = {
    "không": 0, "một": 1, "mốt": 1, "hai": 2, "ba": 3, "bốn": 4, "tư": 4, "năm": 5, "lăm": 5,
    "sáu": 6, "bảy": 7, "tám": 8, "chín": 9,
}  # fmt: skip


def _read_below_thousand(words: list[str]) -> int:
    value = 0
    index = 0
    if len(words) >= 2 and words[1] == "trăm":
        value += 100 * _UNITS[words[0]]
        index = 2
    rest = words[index:]
    if rest[:1] in (["linh"], ["lẻ"]):
        assert len(rest) == 2
        return value + _UNITS[rest[1]]
    if rest[:1] == ["mười"]:
        return value + 10 + (_UNITS[rest[1]] if len(rest) > 1 else 0)
    if len(rest) >= 2 and rest[1] == "mươi":
        return value + 10 * _UNITS[rest[0]] + (_UNITS[rest[2]] if len(rest) > 2 else 0)
    assert len(rest) <= 1
    return value + (_UNITS[rest[0]] if rest else 0)


def _read_integer(words: list[str]) -> int:
    if "tỷ" in words:
        last = len(words) - 1 - words[::-1].index("tỷ")
        return _read_integer(words[:last]) * 10**9 + (
            _read_integer(words[last + 1 :]) if words[last + 1 :] else 0
        )
    value = 0
    for scale, word in ((10**6, "triệu"), (1000, "nghìn")):
        if word in words:
            at = words.index(word)
            value += _read_below_thousand(words[:at]) * scale
            words = words[at + 1 :]
    return value + (_read_below_thousand(words) if words else 0)


@given(st.integers(min_value=-(10**30), max_value=10**30))
def test_words_name_the_integer(value: int) -> None:
    words = number_to_words(value).split()
    negative = words[0] == "âm"
    read = _read_integer(words[1:] if negative else words)
    assert (-read if negative else read) == value


@given(
    st.integers(min_value=0, max_value=15).flatmap(
        lambda places: st.decimals(min_value=0, max_value=10**6, places=places, allow_nan=False)
    )
)
def test_decimals_keep_their_value(value: Decimal) -> None:
    words = number_to_words(value).split()
    if "phẩy" not in words:
        assert _read_integer(words) == value
        return
    at = words.index("phẩy")
    whole = _read_integer(words[:at])
    after = words[at + 1 :]
    if len(after) >= 3 and all(w in DIGIT_WORDS for w in after):
        digits = "".join(str(DIGIT_WORDS.index(w)) for w in after)  # digit by digit
    else:
        zeros = 0
        while zeros < len(after) - 1 and after[zeros] == "không":
            zeros += 1
        digits = "0" * zeros + str(_read_integer(after[zeros:]))
        assert len(digits) <= 2
    assert Decimal(f"{whole}.{digits}") == value


DIGIT_WORDS = ["không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín"]


def test_readings_longer_than_a_thousand_digits_are_refused() -> None:
    assert number_to_words(10**999) == "một" + " tỷ" * 111  # 10**999 = (10**9)**111
    with pytest.raises(ValidationError):
        number_to_words(10**1000)
    with pytest.raises(ValidationError):
        number_to_words(10**5000)  # beyond str()'s limit: the error still shows the value


# Sizes are checked from exponents and bit lengths before any digit is made (issue 14:
# number_to_words(Decimal("1E+10000000")) hung building a ten-million-digit integer).
@pytest.mark.parametrize(
    "value",
    [
        Decimal("1E+10000000"),
        Decimal("-1E+1000"),
        Decimal("1E-10000000"),  # ten million zeros after phẩy
        Decimal("1E-1001"),
        Fraction(1, 2**10_000_000),
        Fraction(10**1001, 4),
        10**10_000,
    ],
    ids=lambda v: type(v).__name__,
)
def test_huge_values_are_refused_before_conversion(value: object) -> None:
    with pytest.raises(ValidationError, match="more than 1000 digits"):
        number_to_words(value)  # type: ignore[arg-type]
    with pytest.raises(ValidationError, match="more than 1000 digits"):
        amount_in_words(value)  # type: ignore[arg-type]


def test_the_longest_fraction_read() -> None:
    assert number_to_words(Decimal("1E-1000")) == "không phẩy" + " không" * 999 + " một"


# Reading numbers back (issue 16: counts in words, "ba phiên giải trình"): every reading of
# the tables above, of either dialect, gives its number back; a mixed reading is read too.
@pytest.mark.parametrize(
    ("text", "value"),
    [(text, value) for value, text in [*NORTH, *SOUTH] if isinstance(value, int) and value >= 0]
    + [
        ("Ba", 3),  # case aside, as a sentence starts
        ("  mười   hai ", 12),  # spacing aside
        ("hai mươi bốn nghìn", 24_000),  # "bốn" after twenty (south) with "nghìn" (north)
        ("một tỉ", 10**9),  # "tỉ", the other spelling of "tỷ"
    ],
)
def test_parse_number_words(text: str, value: int) -> None:
    assert parse_number_words(text) == value


# Only the reading number_to_words gives: the rules above, not a guess.
@pytest.mark.parametrize(
    "text",
    [
        "mười năm",  # 15 is "mười lăm"; "mười năm" is ten years
        "một trăm năm",  # 105 is "một trăm linh năm"
        "mười mốt",  # 11 is "mười một": "mốt" only after twenty
        "một trăm linh mốt",  # nor after linh
        "mốt",
        "tư",  # "tư" only after twenty
        "hai hai",
        "mươi",
        "trăm",
        "nghìn",
        "tỷ",
        "mười trăm",
        "một nghìn năm",  # 1005 is "một nghìn không trăm linh năm"
        "ba phẩy năm",  # a decimal: whole numbers only
        "âm ba",
        "",
        "ba cơ quan",
    ],
)
def test_parse_number_words_refuses(text: str) -> None:
    with pytest.raises(ParseError, match="whole number in words"):
        parse_number_words(text)


def test_parse_number_words_refuses_long_and_non_text() -> None:
    with pytest.raises(ParseError, match="longer than 1000"):
        parse_number_words("một " * 300)
    with pytest.raises(ParseError, match="more than 1000 digits"):
        parse_number_words("một " + "tỷ " * 120)  # 10^1080
    with pytest.raises(ParseError):
        parse_number_words(3)  # type: ignore[arg-type]
    assert {"ba", "mươi", "lăm", "ngàn", "tỉ"} <= NUMBER_WORDS


@given(st.integers(min_value=0, max_value=10**30), st.sampled_from(["north", "south"]))
def test_parse_number_words_reads_back_every_reading(value: int, dialect: str) -> None:
    assert parse_number_words(number_to_words(value, dialect=dialect)) == value  # type: ignore[arg-type]
