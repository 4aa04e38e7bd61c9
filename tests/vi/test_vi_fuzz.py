"""Fuzzing every parser of tayho_coord.vi: on any text only ParseError is raised.

DESIGN.md, "What bad input gets": parsers never raise anything else, on any string. The texts
are arbitrary Unicode, Vietnamese-looking vocabulary, and very long strings built by repeating
a chunk thousands of times (the parsers are written without backtracking regular expressions,
so these stay fast; bench_vi.py prints the time per character as the length doubles).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import inspect
from decimal import Decimal
from fractions import Fraction
from typing import TYPE_CHECKING

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tayho_coord import vi
from tayho_coord.errors import ParseError, TayHoError, ValidationError
from tayho_coord.vi import (
    DocumentSymbol,
    PersonName,
    format_compact,
    format_count,
    format_currency,
    format_number,
    format_percent,
    number_to_words,
    parse_amount,
    parse_date,
    parse_datetime,
    parse_legislature,
    parse_number,
    parse_number_words,
    parse_ordinal,
    parse_percent,
    parse_period,
    parse_roman,
    parse_session,
    parse_time,
)

if TYPE_CHECKING:
    from collections.abc import Callable

PARSERS = [
    parse_number,
    parse_number_words,
    parse_percent,
    parse_amount,
    parse_date,
    parse_datetime,
    parse_time,
    parse_period,
    PersonName.parse,
    DocumentSymbol.parse,
    parse_roman,
    parse_ordinal,
    parse_session,
    parse_legislature,
    # The date readers with a default year: the paths of dates written without one.
    functools.partial(parse_date, year=2020),
    functools.partial(parse_datetime, year=2020),
    functools.partial(parse_period, year=2020),
]

pieces = st.sampled_from(
    [
        "0", "1", "11", "2020", "1.000", ",5", "%", "/", "-", "–", ".", ":", ",", " ", "\xa0",
        "Số", ":", "BC", "UBND", "NĐ-CP", "ngày", "tháng", "năm", "quý", "I", "thứ", "Ba",
        "Chủ nhật", "giờ", "phút", "PM", "chiều", "từ", "đến", "đầu", "Nguyễn", "Tôn Thất",
        "\u0300", "\u0323", "\U0001f600", "\x00", "\n",
        # Issue 13's phrases: their words and their edges.
        "nhiệm kỳ", "giai đoạn", "và", "mùng", "mồng", "kể", "nay", "24", "00", "31", "12",
        "II", "III", "IV", "6 tháng", "cuối", "đồng", "đ", "VNĐ", "tỷ", "triệu", "phần trăm",
        "1 234", " 567", "Kỳ họp", "thứ", "mười", "ba", "khóa", "XV", "XIIII", "Y", "H'",
        "Hoàng Phủ", "-", "QCPH", "KL", "35-BC", "/QU", "CTrPH", "Hướng dẫn", "số", "TKTH",
        # Issue 16's numbers in words.
        "mươi", "mốt", "lăm", "tư", "linh", "lẻ", "trăm", "nghìn", "ngàn", "tỉ", "một", "hai",
    ]
)  # fmt: skip
vocabulary = st.lists(pieces, max_size=30).map("".join)
long_text = st.builds(
    lambda chunk, times: chunk * times,
    st.one_of(st.text(min_size=1, max_size=12), vocabulary.filter(bool)),
    st.integers(min_value=200, max_value=3000),
)


def _name(parse: object) -> str:
    if isinstance(parse, functools.partial):
        return f"{parse.func.__qualname__}(year=)"
    return parse.__qualname__  # type: ignore[attr-defined,no-any-return]


@pytest.mark.parametrize("parse", PARSERS, ids=_name)
@given(text=st.one_of(st.text(max_size=100), vocabulary))
def test_short_texts(parse: object, text: str) -> None:
    with contextlib.suppress(ParseError):
        parse(text)  # type: ignore[operator]


def _name(parse: object) -> str:
    if isinstance(parse, functools.partial):
        return f"{parse.func.__qualname__}(year=)"
    return parse.__qualname__  # type: ignore[attr-defined,no-any-return]


@pytest.mark.parametrize("parse", PARSERS, ids=_name)
@settings(max_examples=15, deadline=None)  # long texts on a shared machine: no per-example deadline
@given(text=long_text)
def test_very_long_texts(parse: object, text: str) -> None:
    with contextlib.suppress(ParseError):
        parse(text)  # type: ignore[operator]


def _name(parse: object) -> str:
    if isinstance(parse, functools.partial):
        return f"{parse.func.__qualname__}(year=)"
    return parse.__qualname__  # type: ignore[attr-defined,no-any-return]


@pytest.mark.parametrize("parse", PARSERS, ids=_name)
@pytest.mark.parametrize("value", [None, 12, 1.5, b"11/02/2020", ["11/02/2020"]])
def test_non_strings(parse: object, value: object) -> None:
    with pytest.raises(ParseError):
        parse(value)  # type: ignore[operator]


# The edges of each numeric type (issue 14): exponents far beyond any figure, integers past
# str()'s 4300-digit limit, fractions with huge powers of 2 and 5 below, negative zero.
huge_decimals = st.builds(
    lambda sign, digits, exponent: Decimal(f"{sign}{digits}E{exponent}"),
    st.sampled_from(["", "-"]),
    st.integers(min_value=0, max_value=10**6),
    st.one_of(
        st.integers(min_value=-(10**9), max_value=10**9),
        st.sampled_from([10**8, -(10**8), 99_999, 100_000, -100_000, 999, 1000, -1000]),
    ),
)
huge_ints = st.builds(
    lambda base, power, offset: base * 10**power + offset,
    st.sampled_from([1, -1, 7, -9]),
    st.sampled_from([300, 999, 1000, 4300, 5000, 99_999, 100_000, 200_000]),
    st.integers(min_value=-1, max_value=1),
)
huge_fractions = st.builds(
    lambda num, two, five: Fraction(num, 2**two * 5**five),
    st.integers(min_value=-(10**6), max_value=10**6),
    st.sampled_from([0, 1, 100, 3000, 10**6]),
    st.sampled_from([0, 1, 100, 3000, 400_000]),
)
numeric_edges = st.one_of(
    huge_decimals, huge_ints, huge_fractions, st.just(Decimal("-0")), st.just(-0.0),
    st.just(Decimal("1E-1000000")), st.just(float("nan")), st.just(Decimal("sNaN")),
)  # fmt: skip

# The formatters raise only ValidationError on values of the wrong kind.
anything = st.one_of(
    st.none(), st.booleans(), st.text(max_size=5), st.floats(), st.decimals(), st.integers(),
    st.fractions(), st.lists(st.integers(), max_size=2), st.complex_numbers(), numeric_edges,
    st.dates(), st.datetimes(), st.times(), st.builds(object), st.binary(max_size=3),
    st.lists(st.text(max_size=3), max_size=3), st.integers(min_value=0, max_value=30),
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
@settings(deadline=None)  # the huge values are refused at once, but the machine is shared
@given(value=anything)
def test_formatters_raise_only_validation_error(format_: object, value: object) -> None:
    with contextlib.suppress(ValidationError):
        assert isinstance(format_(value), str)  # type: ignore[operator]


# Every public callable of tayho_coord.vi, every parameter (issue 14: format_list(0) and
# sort_key(0) raised TypeError): any value in any one parameter, the others valid, raises
# only the library's errors.
VALID: dict[str, object] = {
    "text": "11/02/2020",
    "d": dt.date(2020, 2, 11),
    "t": dt.time(12, 30),
    "dt": dt.datetime(2020, 2, 11, 12, 30),
    "place": "Hà Nội",
    "items": ["HĐND", "UBND"],
    "family": "Nguyễn",
    "middle": "Văn",
    "given": "Thắng",
    "number": 5,
    "issuer": "UBND",
    "start": dt.date(2020, 1, 1),
    "end": dt.date(2020, 12, 31),
    "name": "Nguyễn Văn Thắng",
    "value": 5,
    "ratio": Decimal("0.5"),
    "amount": 5,
    "n": 5,
}


def _callables() -> list[tuple[str, Callable[..., object], list[inspect.Parameter]]]:
    found = []
    for name in vi.__all__:
        obj = getattr(vi, name)
        targets: list[tuple[str, Callable[..., object]]] = []
        if inspect.isclass(obj):
            if hasattr(obj, "__attrs_attrs__"):
                targets.append((name, obj))
            if hasattr(obj, "parse"):
                targets.append((f"{name}.parse", obj.parse))
        elif inspect.isfunction(obj):
            targets.append((name, obj))
        for label, target in targets:
            params = [
                p
                for p in inspect.signature(target).parameters.values()
                if p.kind is not inspect.Parameter.VAR_KEYWORD
            ]
            found += [(f"{label}({param.name})", target, params) for param in params]
    return found


CALLABLES = _callables()


def test_every_public_callable_is_fuzzed() -> None:
    names = {label.split("(")[0] for label, _, _ in CALLABLES}
    assert {"format_list", "sort_key", "name_sort_key", "Period", "DocumentSymbol.parse"} <= names
    assert len(names) >= 41  # 37 functions, 2 records and their 2 parse methods


@pytest.mark.parametrize(
    ("target", "params"),
    [(target, params) for _, target, params in CALLABLES],
    ids=[label for label, _, _ in CALLABLES],
)
@settings(max_examples=40, deadline=None)
@given(data=st.data())
def test_every_parameter_raises_only_the_library_errors(
    target: Callable[..., object], params: list[inspect.Parameter], data: st.DataObject
) -> None:
    which = data.draw(st.sampled_from(params))
    kwargs = {
        p.name: VALID[p.name]
        for p in params
        if p.default is inspect.Parameter.empty and p.name != which.name
    }
    kwargs[which.name] = data.draw(anything)
    with contextlib.suppress(TayHoError):
        target(**kwargs)
