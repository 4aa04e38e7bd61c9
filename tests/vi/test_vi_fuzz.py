"""Fuzzing every parser of tayho_coord.vi: on any text only ParseError is raised.

DESIGN.md, "What bad input gets": parsers never raise anything else, on any string. The texts
are arbitrary Unicode, Vietnamese-looking vocabulary, and very long strings built by repeating
a chunk thousands of times (the parsers are written without backtracking regular expressions,
so these stay fast; bench_vi.py prints the time per character as the length doubles).
"""

from __future__ import annotations

import contextlib

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tayho_coord.errors import ParseError, ValidationError
from tayho_coord.vi import (
    DocumentSymbol,
    PersonName,
    format_compact,
    format_count,
    format_currency,
    format_number,
    format_percent,
    number_to_words,
    parse_date,
    parse_datetime,
    parse_number,
    parse_percent,
    parse_period,
    parse_time,
)

PARSERS = [
    parse_number,
    parse_percent,
    parse_date,
    parse_datetime,
    parse_time,
    parse_period,
    PersonName.parse,
    DocumentSymbol.parse,
]

pieces = st.sampled_from(
    [
        "0", "1", "11", "2020", "1.000", ",5", "%", "/", "-", "–", ".", ":", ",", " ", "\xa0",
        "Số", ":", "BC", "UBND", "NĐ-CP", "ngày", "tháng", "năm", "quý", "I", "thứ", "Ba",
        "Chủ nhật", "giờ", "phút", "PM", "chiều", "từ", "đến", "đầu", "Nguyễn", "Tôn Thất",
        "\u0300", "\u0323", "\U0001f600", "\x00", "\n",
    ]
)  # fmt: skip
vocabulary = st.lists(pieces, max_size=30).map("".join)
long_text = st.builds(
    lambda chunk, times: chunk * times,
    st.one_of(st.text(min_size=1, max_size=12), vocabulary.filter(bool)),
    st.integers(min_value=200, max_value=3000),
)


@pytest.mark.parametrize("parse", PARSERS, ids=lambda p: p.__qualname__)
@given(text=st.one_of(st.text(max_size=100), vocabulary))
def test_short_texts(parse: object, text: str) -> None:
    with contextlib.suppress(ParseError):
        parse(text)  # type: ignore[operator]


@pytest.mark.parametrize("parse", PARSERS, ids=lambda p: p.__qualname__)
@settings(max_examples=15, deadline=None)  # long texts on a shared machine: no per-example deadline
@given(text=long_text)
def test_very_long_texts(parse: object, text: str) -> None:
    with contextlib.suppress(ParseError):
        parse(text)  # type: ignore[operator]


@pytest.mark.parametrize("parse", PARSERS, ids=lambda p: p.__qualname__)
@pytest.mark.parametrize("value", [None, 12, 1.5, b"11/02/2020", ["11/02/2020"]])
def test_non_strings(parse: object, value: object) -> None:
    with pytest.raises(ParseError):
        parse(value)  # type: ignore[operator]


# The formatters raise only ValidationError on values of the wrong kind.
anything = st.one_of(
    st.none(), st.booleans(), st.text(max_size=5), st.floats(), st.decimals(), st.integers(),
    st.fractions(), st.lists(st.integers(), max_size=2), st.complex_numbers(),
)  # fmt: skip
FORMATTERS = [
    format_number,
    format_percent,
    format_compact,
    format_count,
    format_currency,
    number_to_words,
]


@pytest.mark.parametrize("format_", FORMATTERS, ids=lambda f: f.__name__)
@given(value=anything)
def test_formatters_raise_only_validation_error(format_: object, value: object) -> None:
    with contextlib.suppress(ValidationError):
        assert isinstance(format_(value), str)  # type: ignore[operator]
