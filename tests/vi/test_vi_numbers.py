"""Numbers, percentages, currency, compact figures and counts.

Every table cites its rule: /work/shared/reference/vietnamese-rules.md ("rules" below), the
seed article (seed/000_2e311d34f9ae0d4e.txt) or CLDR's ``vi`` locale data.
"""

from __future__ import annotations

import contextlib
import subprocess
import sys
from decimal import Decimal
from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tayho_coord.errors import ParseError, ValidationError
from tayho_coord.vi import (
    format_compact,
    format_count,
    format_currency,
    format_number,
    format_percent,
    number_to_words,
    parse_amount,
    parse_number,
    parse_percent,
)

# CLDR vi: decimal ",", group ".", minus "-"; the examples; rounding half-up per
# Luật Kế toán, Điều 17 (rules, "Rounding"), where babel's default would round half-even.
FORMAT_NUMBER = [
    (1234567, None, "1.234.567"),
    (Decimal("1234567.891"), None, "1.234.567,891"),
    (Decimal("0.125"), 2, "0,13"),  # half-up; half-even would give 0,12
    (Decimal("0.135"), 2, "0,14"),
    (Decimal("2.5"), 0, "3"),  # half-even would give 2
    (Decimal("-2.5"), 0, "-3"),  # half-up is symmetric: away from zero
    (2.675, 2, "2,68"),  # the float's shortest repr "2.675", not its binary value
    (0.1, None, "0,1"),
    (-1500, None, "-1.500"),
    (999, None, "999"),
    (1000, None, "1.000"),
    (0, None, "0"),
    (0, 2, "0,00"),
    (Decimal("-0.001"), 2, "0,00"),  # no negative zero
    (Decimal("-0"), None, "0"),
    (Decimal("1.50"), None, "1,50"),  # a Decimal keeps its written digits
    (Decimal("1E+3"), None, "1.000"),
    (Fraction(1, 8), None, "0,125"),
    (Fraction(1, 3), 4, "0,3333"),
    (Fraction(2, 3), 2, "0,67"),
    (Fraction(-1, 8), 2, "-0,13"),
    (1234567, 2, "1.234.567,00"),
    (10**18, None, "1.000.000.000.000.000.000"),
]


@pytest.mark.parametrize(("value", "decimals", "expected"), FORMAT_NUMBER)
def test_format_number(value: object, decimals: int | None, expected: str) -> None:
    assert format_number(value, decimals=decimals) == expected  # type: ignore[arg-type]


# The seed prints "56,82%" (25 of 44 = 0.568181...); CLDR vi percent pattern "#,##0%" has no
# space before "%"; half-up rounding (Luật Kế toán, Điều 17).
FORMAT_PERCENT = [
    (Fraction(25, 44), 2, "56,82%"),
    (Decimal("0.978"), 1, "97,8%"),
    (Decimal("0.00125"), 2, "0,13%"),  # half-up at the second decimal of the percentage
    (Decimal("0.5"), 0, "50%"),
    (Decimal("0.005"), 0, "1%"),  # 0,5% -> 1% (half-even would give 0%)
    (1, 0, "100%"),
    (1, 2, "100,00%"),
    (Decimal("12.345"), 1, "1.234,5%"),
    (-0.25, 0, "-25%"),
    (0.56825, 2, "56,83%"),  # shortest repr, then half-up
]


@pytest.mark.parametrize(("ratio", "decimals", "expected"), FORMAT_PERCENT)
def test_format_percent(ratio: object, decimals: int, expected: str) -> None:
    assert format_percent(ratio, decimals=decimals) == expected  # type: ignore[arg-type]


# CLDR vi currency pattern "#,##0.00 ¤" with a no-break space, VND with 0 fraction digits and
# symbol "₫"; report prose writes the unit in words, "đồng" (the style="words").
FORMAT_CURRENCY = [
    (1234567, "VND", "symbol", None, "1.234.567\xa0₫"),
    (Decimal("1234567.5"), "VND", "symbol", None, "1.234.568\xa0₫"),  # half-up, 0 digits
    (-1234, "VND", "symbol", None, "-1.234\xa0₫"),  # CLDR's negative pattern "-#,##0.00 ¤"
    (1234567, "VND", "words", None, "1.234.567 đồng"),
    (1234567, "VND", "unit", None, "1.234.567 đồng"),
    (Decimal("1234.5"), "USD", "symbol", None, "1.234,50\xa0US$"),
    (Decimal("1234.5"), "VND", "symbol", 2, "1.234,50\xa0₫"),
]


@pytest.mark.parametrize(("amount", "currency", "style", "decimals", "expected"), FORMAT_CURRENCY)
def test_format_currency(
    amount: object, currency: str, style: str, decimals: int | None, expected: str
) -> None:
    result = format_currency(amount, currency=currency, style=style, decimals=decimals)  # type: ignore[arg-type]
    assert result == expected


# The report style: CLDR's long vi scale words (nghìn, triệu, tỷ, nghìn tỷ) with the
# decimals kept (babel's compact format rounds 1.500.000.000 to "2 T") and half-up rounding;
# above 10^12 the scales of reference/vietnamese-rules.md, "Reading numbers": "10^12 nghìn tỷ,
# 10^15 triệu tỷ, 10^18 tỷ tỷ" (the review's finding F8: 10^15 was "1.000 nghìn tỷ").
FORMAT_COMPACT = [
    (1_500_000_000, 1, "1,5 tỷ"),
    (2_300_000, 1, "2,3 triệu"),
    (2_000_000, 1, "2 triệu"),
    (2_050_000, 1, "2,1 triệu"),  # half-up
    (12_345, 2, "12,35 nghìn"),
    (-12_345, 2, "-12,35 nghìn"),
    (999_960_000, 1, "1 tỷ"),  # 999,96 triệu rounds to 1.000 triệu, which is 1 tỷ
    (999_960, 1, "1 triệu"),
    (999.96, 1, "1 nghìn"),
    (950, 1, "950"),
    (Decimal("12.34"), 1, "12,3"),
    (3_200_000_000_000, 1, "3,2 nghìn tỷ"),
    (10**15, 1, "1 triệu tỷ"),
    (10**18, 0, "1 tỷ tỷ"),
    (25 * 10**17, 1, "2,5 tỷ tỷ"),
    (-(10**15), 1, "-1 triệu tỷ"),
    (999_960 * 10**12, 1, "1 tỷ tỷ"),  # 999,96 triệu tỷ rounds up to the next scale
    (123_456 * 10**12, 1, "123,5 triệu tỷ"),
    (10**21, 1, "1 nghìn tỷ tỷ"),  # 10^21: a thousand tỷ tỷ, as number_to_words reads it
    (10**27, 1, "1 tỷ tỷ tỷ"),
    (0, 1, "0"),
]


@pytest.mark.parametrize(("value", "decimals", "expected"), FORMAT_COMPACT)
def test_format_compact(value: object, decimals: int, expected: str) -> None:
    assert format_compact(value, decimals=decimals) == expected  # type: ignore[arg-type]


# The seed: "Lãnh đạo 03 cơ quan", "03 phiên Giải trình", "14 nội dung giám sát",
# "4 nội dung" (printed unpadded there; the administrative style pads).
FORMAT_COUNT = [
    (3, "cơ quan", 2, "03 cơ quan"),
    (14, "nội dung", 2, "14 nội dung"),
    (4, "nội dung", 2, "04 nội dung"),
    (4, "nội dung", 1, "4 nội dung"),
    # The padding is for 1-9 only: zero is "0" (issue 13: "00 phiên" is wrong), at any width.
    (0, None, 2, "0"),
    (0, "phiên", 2, "0 phiên"),
    (0, "phiên", 3, "0 phiên"),
    (9, "phiên", 2, "09 phiên"),
    (10, "phiên", 2, "10 phiên"),
    (100, None, 2, "100"),
    (1234, "kiến nghị", 2, "1.234 kiến nghị"),
    (7, None, 3, "007"),
]


@pytest.mark.parametrize(("n", "noun", "width", "expected"), FORMAT_COUNT)
def test_format_count(n: int, noun: str | None, width: int, expected: str) -> None:
    assert format_count(n, noun=noun, width=width) == expected


@pytest.mark.parametrize(
    ("call", "field"),
    [
        (lambda: format_number(True), "value"),
        (lambda: format_number(float("nan")), "value"),
        (lambda: format_number(Decimal("Infinity")), "value"),
        (lambda: format_number("12"), "value"),
        (lambda: format_number(1, decimals=-1), "decimals"),
        (lambda: format_number(Fraction(1, 3)), "decimals"),
        (lambda: format_percent(Fraction(1, 3), decimals=None), "decimals"),
        (lambda: format_currency(1, currency="vnd"), "currency"),
        (lambda: format_currency(1, currency="XYZ"), "currency"),
        (lambda: format_currency(1, currency="USD", style="unit"), "style"),
        (lambda: format_currency(1, currency="USD", style="words"), "style"),
        (lambda: format_currency(1, style="name"), "style"),
        (lambda: format_count(-1), "n"),
        (lambda: format_count(True), "n"),
        (lambda: format_count(1, width=0), "width"),
        (lambda: format_count(1, noun=""), "noun"),
    ],
)
def test_invalid_arguments_raise_validation_error(call: object, field: str) -> None:
    with pytest.raises(ValidationError) as info:
        call()  # type: ignore[operator]
    assert info.value.field == field


# Parsing: CLDR vi symbols; the seed's "56,82%"; underthesea's spaced "56,82 %" (issue).
PARSE_NUMBER = [
    ("1.234.567,89", Decimal("1234567.89")),
    ("1.234.567", Decimal(1234567)),
    ("1234567", Decimal(1234567)),
    ("56,82", Decimal("56.82")),
    ("1,50", Decimal("1.50")),
    ("-1.500", Decimal(-1500)),
    ("\u22121.500", Decimal(-1500)),
    ("+7", Decimal(7)),
    ("  03 ", Decimal(3)),
    ("0", Decimal(0)),
]


@pytest.mark.parametrize(("text", "expected"), PARSE_NUMBER)
def test_parse_number(text: str, expected: Decimal) -> None:
    result = parse_number(text)
    assert result == expected
    assert str(result) == str(expected)


# The seed's "56,82%", underthesea's "56,82 %" and the "97,8%": the ratio, exactly.
PARSE_PERCENT = [
    ("56,82%", Decimal("0.5682")),
    ("56,82 %", Decimal("0.5682")),
    ("56,82\xa0%", Decimal("0.5682")),
    ("97,8%", Decimal("0.978")),
    ("100%", Decimal(1)),
    ("-5%", Decimal("-0.05")),
    # Issue 13: the percentage written out, "56,82 phần trăm".
    ("56,82 phần trăm", Decimal("0.5682")),
    ("100 Phần trăm", Decimal(1)),
    ("1.234,5 phần trăm", Decimal("12.345")),
]


@pytest.mark.parametrize(("text", "expected"), PARSE_PERCENT)
def test_parse_percent(text: str, expected: Decimal) -> None:
    assert parse_percent(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "",
        "1.5",
        "1.23",
        "1.2345",
        "1,234.5",
        ".5",
        ",5",
        "1,",
        "12a",
        "--1",
        "٣",
        "%",
        # Space groups are read (issue 13: "1 234 567"), but only as whole groups of three and
        # never mixed with "." groups.
        "1 00",
        "12 3456",
        "1 234.567",
        "1  234",
        "1 234 56",
    ],
)
def test_parse_number_rejects(text: str) -> None:
    with pytest.raises(ParseError) as info:
        parse_number(text)
    assert info.value.text == text


@pytest.mark.parametrize("text", ["56,82", "56,82%%", "%56", "abc%", ""])
def test_parse_percent_rejects(text: str) -> None:
    with pytest.raises(ParseError):
        parse_percent(text)


def test_parsers_reject_non_strings() -> None:
    with pytest.raises(ParseError):
        parse_number(12)  # type: ignore[arg-type]
    with pytest.raises(ParseError):
        parse_percent(None)  # type: ignore[arg-type]


# Property tests -------------------------------------------------------------------------------
decimals_st = st.decimals(allow_nan=False, allow_infinity=False, places=None).filter(
    lambda d: abs(d.adjusted()) < 40
)


@given(decimals_st)
def test_parse_number_inverts_format_number(value: Decimal) -> None:
    assert parse_number(format_number(value)) == value


@given(st.integers())
def test_parse_number_inverts_format_number_for_ints(value: int) -> None:
    assert parse_number(format_number(value)) == value


@given(st.fractions(max_denominator=10**6), st.integers(min_value=0, max_value=6))
def test_parse_percent_inverts_format_percent(ratio: Fraction, decimals: int) -> None:
    text = format_percent(ratio, decimals=decimals)
    parsed = parse_percent(text)
    # The parsed ratio is the rounded one: within half a unit of the last printed digit.
    assert abs(Fraction(parsed) - ratio) <= Fraction(1, 2 * 10 ** (decimals + 2))


@given(st.fractions(max_denominator=10**6), st.integers(min_value=0, max_value=6))
def test_rounding_is_half_up_exactly(value: Fraction, decimals: int) -> None:
    parsed = Fraction(parse_number(format_number(value, decimals=decimals)))
    unit = Fraction(1, 10**decimals)
    assert abs(parsed - value) <= unit / 2
    if abs(parsed - value) == unit / 2:  # a tie goes away from zero
        assert abs(parsed) > abs(value)


@given(st.text())
def test_parse_number_raises_only_parse_error(text: str) -> None:
    with contextlib.suppress(ParseError):
        parse_number(text)


@given(st.text(alphabet="0123456789.,-+% \xa0", max_size=60))
def test_parse_percent_raises_only_parse_error(text: str) -> None:
    with contextlib.suppress(ParseError):
        parse_percent(text)


@pytest.mark.parametrize("text", ["1" * 200_000 + "x", "1." * 100_000, "1.000" * 50_000 + ",x"])
def test_parse_number_long_input_fails_cleanly(text: str) -> None:
    with pytest.raises(ParseError):
        parse_number(text)


def test_import_does_not_load_babel() -> None:
    code = (
        "import sys, tayho_coord.vi as vi; "
        "assert 'babel' not in sys.modules; "
        "vi.format_number(1); assert 'babel' in sys.modules; print('ok')"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "ok"


# Integers beyond Python's 4300-digit str() limit are still formatted (through Decimal).
def test_huge_numbers_are_formatted() -> None:
    huge = 10**5000  # 5001 digits: groups of 3 from the right leave "100" in front
    text = format_number(huge)
    assert text == "100" + ".000" * 1666
    assert format_number(-huge) == "-" + text
    assert format_number(Decimal("1E+5000")) == text
    assert format_count(huge) == text
    assert format_percent(huge, decimals=0) == format_number(huge * 100) + "%"
    # 10^5000 = 100 × 10^4998, and 10^4998 = 10^3 × (10^9)^555: "100 nghìn tỷ … tỷ".
    assert format_compact(huge) == "100 nghìn" + " tỷ" * 555


@given(
    st.integers(min_value=-(10**30), max_value=10**30),
    st.integers(min_value=0, max_value=300),
    st.integers(min_value=0, max_value=300),
)
def test_terminating_fractions_are_shown_exactly(numerator: int, twos: int, fives: int) -> None:
    value = Fraction(numerator, 2**twos * 5**fives)
    assert Fraction(parse_number(format_number(value))) == value
    shown = Fraction(parse_percent(format_percent(value, decimals=100)))
    assert abs(shown - value) <= Fraction(1, 2 * 10**102)


# Every scale is a power of 1000, and the number in front of it is below 1000: the scale
# words agree with number_to_words (reference/vietnamese-rules.md, "Reading numbers").
@pytest.mark.parametrize("exponent", range(3, 31, 3))
def test_compact_scale_words_read_as_number_to_words(exponent: int) -> None:
    assert format_compact(10**exponent) == "1 " + number_to_words(10**exponent).removeprefix("một ")
    assert (
        format_compact(999 * 10**exponent, decimals=0) == f"999 {format_compact(10**exponent)[2:]}"
    )


# Sizes are checked before anything is converted (issue 14): these returned a 133 MB string,
# or hung, before. Each is refused at once with the library's error, naming the value.
HUGE = [
    (format_compact, Decimal("1E+1000000")),
    (format_number, Decimal("1E+100000000")),
    (format_number, Decimal("1E-100000000")),  # a hundred million zeros after the comma
    (format_number, Decimal("-9.99E+100000")),
    (format_percent, Decimal("1E+100000000")),
    (format_currency, Decimal("1E+100000000")),
    (format_number, Fraction(1, 2**10_000_000)),  # exact: ten million bits of halves
    (format_number, Fraction(1, 5**2_000_000)),
    (format_compact, Fraction(10**200_000, 3)),
    (format_number, 10**200_000),
]


@pytest.mark.parametrize(
    ("format_", "value"), HUGE, ids=[f"{f.__name__}-{i}" for i, (f, _) in enumerate(HUGE)]
)
def test_huge_values_are_refused_by_their_size(format_: object, value: object) -> None:
    with pytest.raises(ValidationError, match="more than 100000 digits"):
        format_(value)  # type: ignore[operator]


def test_tiny_values_rounded_to_few_places_are_fine() -> None:
    # Only what is written out counts: a tiny value rounded to 2 places is 0,00.
    assert format_number(Decimal("1E-100000000"), decimals=2) == "0,00"
    assert format_percent(Decimal("1E-100000000")) == "0,00%"
    assert format_number(Fraction(1, 2**10_000_000), decimals=3) == "0,000"


def test_the_largest_figure_written_out() -> None:
    # 100 000 digits is the limit: exactly that many is written, grouped.
    # 10**99999 has 100 000 digits = 1 + 3 * 33 333.
    assert format_number(Decimal("1E+99999")) == "1" + ".000" * 33333
    with pytest.raises(ValidationError):
        format_number(Decimal("1E+100000"))


# Issue 13: numbers as tables print them, groups of three apart by a space (plain, no-break or
# narrow no-break): the same value as with ".".
@pytest.mark.parametrize(
    ("text", "expected"),
    [("1 234 567", Decimal(1234567)), ("1\xa0234\xa0567", Decimal(1234567)),
     ("12\u202f345,5", Decimal("12345.5")), ("-1 000", Decimal(-1000)), ("999", Decimal(999))],
)  # fmt: skip
def test_parse_number_with_space_groups(text: str, expected: Decimal) -> None:
    assert parse_number(text) == expected


@pytest.mark.parametrize("text", ["56,82phần trăm", "56,82 phần", "phần trăm", "56,82 percent"])
def test_parse_percent_rejects_other_words(text: str) -> None:
    with pytest.raises(ParseError):
        parse_percent(text)


# Issue 13: amounts as reports write them — the number, an optional scale word, the unit (đồng,
# đ joined or not, VNĐ, VND, ₫). The unit is required: a bare number is not an amount.
AMOUNTS = [
    ("2.000.000 đồng", Decimal(2_000_000)),
    ("1.234.567đ", Decimal(1_234_567)),
    ("1.234.567 đ", Decimal(1_234_567)),
    ("1 234 567 đồng", Decimal(1_234_567)),
    ("15.000 VNĐ", Decimal(15_000)),
    ("15.000VND", Decimal(15_000)),
    ("15.000\xa0₫", Decimal(15_000)),  # what format_currency writes
    ("1,5 tỷ đồng", Decimal(1_500_000_000)),
    ("3 tỉ đ", Decimal(3_000_000_000)),
    ("12,25 triệu đồng", Decimal(12_250_000)),
    ("500 nghìn đồng", Decimal(500_000)),
    ("500 ngàn đồng", Decimal(500_000)),
    ("1.234.567,5 đồng", Decimal("1234567.5")),  # read as written; words refuse the fraction
]


@pytest.mark.parametrize(("text", "expected"), AMOUNTS)
def test_parse_amount(text: str, expected: Decimal) -> None:
    assert parse_amount(text) == expected


def test_parse_amount_reads_what_format_currency_writes() -> None:
    for amount in (0, 7, 1234, 1_234_567, 10**15):
        assert parse_amount(format_currency(amount)) == amount
        assert parse_amount(format_currency(amount, style="words")) == amount


@pytest.mark.parametrize(
    "text",
    ["1.234.567", "đồng", "1.234.567 USD", "1,5 tỷ", "tỷ đồng", "1.2345 đồng", "5 trăm đồng"],
)
def test_parse_amount_rejects(text: str) -> None:
    with pytest.raises(ParseError):
        parse_amount(text)
