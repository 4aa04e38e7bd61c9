"""Sessions and legislatures numbered as written (issue 13).

Rules: a session is "Kỳ họp thứ" and an ordinal, in words or digits — the ordinals of
Wikipedia, "Vietnamese numerals" ("thứ nhất", "thứ tư" for 1 and 4, "thứ" + the cardinal
otherwise); a legislature is "khóa" and a Roman numeral (Quốc hội khóa XV, elected 2021; khóa
XIV, 2016), standard subtractive form.
"""

from __future__ import annotations

import contextlib

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tayho_coord.errors import ParseError, ValidationError
from tayho_coord.vi import (
    format_legislature,
    format_session,
    parse_legislature,
    parse_ordinal,
    parse_roman,
    parse_session,
    roman_numeral,
)

ROMAN = [(1, "I"), (4, "IV"), (9, "IX"), (14, "XIV"), (15, "XV"), (19, "XIX"), (40, "XL"),
         (90, "XC"), (400, "CD"), (1945, "MCMXLV"), (3999, "MMMCMXCIX")]  # fmt: skip


@pytest.mark.parametrize(("n", "text"), ROMAN)
def test_roman_numerals(n: int, text: str) -> None:
    assert roman_numeral(n) == text
    assert parse_roman(text) == n
    assert parse_roman(text.lower()) == n


@pytest.mark.parametrize("text", ["IIII", "VX", "IC", "XM", "VV", "", "XIVI", "ⅩⅤ", "X V", "MMMM"])
def test_roman_numerals_in_another_form_are_refused(text: str) -> None:
    with pytest.raises(ParseError):
        parse_roman(text)


@given(st.integers(min_value=1, max_value=3999))
def test_roman_round_trip(n: int) -> None:
    assert parse_roman(roman_numeral(n)) == n


SESSIONS = [
    ("Kỳ họp thứ mười ba", 13),  # the example
    ("kỳ họp thứ 6", 6),
    ("Kỳ họp thứ nhất", 1),
    ("kỳ họp thứ tư", 4),
    ("Kỳ họp thứ hai mươi mốt", 21),
    ("kỳ họp thứ mười lăm", 15),
    ("KỲ HỌP THỨ MƯỜI BA", 13),  # headings in capitals
    ("kì họp thứ  bảy", 7),  # the spelling kì, extra spaces
    ("kỳ họp thứ hai mươi bốn", 24),  # southern "bốn" beside northern "tư"
    ("kỳ họp thứ một trăm linh năm", 105),
]


@pytest.mark.parametrize(("text", "n"), SESSIONS)
def test_parse_session(text: str, n: int) -> None:
    assert parse_session(text) == n


@pytest.mark.parametrize(
    "text",
    ["kỳ họp thứ một", "kỳ họp thứ 0", "kỳ họp 13", "kỳ họp thứ", "phiên họp thứ 3",
     "kỳ họp thứ mười ba mươi", "kỳ họp bất thường", "kỳ họp thứ 1000"],
)  # fmt: skip
def test_parse_session_rejects(text: str) -> None:
    with pytest.raises(ParseError):
        parse_session(text)


@pytest.mark.parametrize("n", [1, 2, 4, 6, 10, 11, 13, 14, 15, 21, 24, 99, 105, 999])
def test_format_and_parse_session(n: int) -> None:
    assert parse_session(format_session(n)) == n
    assert parse_session(format_session(n, style="digits")) == n
    assert format_session(n, style="digits") == f"Kỳ họp thứ {n}"


def test_format_session_words() -> None:
    assert format_session(13) == "Kỳ họp thứ mười ba"
    assert format_session(1) == "Kỳ họp thứ nhất"
    assert format_session(4) == "Kỳ họp thứ tư"


LEGISLATURES = [("khóa XV", 15), ("khoá XIV", 14), ("Khóa XVI", 16), ("KHÓA XV", 15),
                ("khóa xv", 15), ("khóa 15", 15)]  # fmt: skip


@pytest.mark.parametrize(("text", "n"), LEGISLATURES)
def test_parse_legislature(text: str, n: int) -> None:
    assert parse_legislature(text) == n


@pytest.mark.parametrize("text", ["khóa XIIII", "khóa", "nhiệm kỳ XV", "khóa 0", "khóa X V"])
def test_parse_legislature_rejects(text: str) -> None:
    with pytest.raises(ParseError) as info:
        parse_legislature(text)
    assert info.value.text == text


def test_format_legislature() -> None:
    assert format_legislature(15) == "khóa XV"
    assert format_legislature(14) == "khóa XIV"


def test_parse_ordinal() -> None:
    assert [parse_ordinal(t) for t in ("thứ nhất", "thứ hai", "thứ tư", "thứ 6")] == [1, 2, 4, 6]


@pytest.mark.parametrize(
    "call",
    [lambda: roman_numeral(0), lambda: roman_numeral(4000), lambda: roman_numeral(True),
     lambda: format_session(0), lambda: format_session(3, style="roman"),
     lambda: format_legislature("XV")],
)  # fmt: skip
def test_invalid_arguments(call: object) -> None:
    with pytest.raises(ValidationError):
        call()  # type: ignore[operator]


@pytest.mark.parametrize("parse", [parse_roman, parse_ordinal, parse_session, parse_legislature])
@given(text=st.text(max_size=60))
def test_parsers_raise_only_parse_error(parse: object, text: str) -> None:
    with contextlib.suppress(ParseError):
        parse(text)  # type: ignore[operator]
