"""Whatever a data file holds, reading it gives a model object or a DataError, nothing else."""

import json
import warnings
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tayho_coord import DataError
from tayho_coord.datasets import data_file
from tayho_coord.errors import ValidationError
from tayho_coord.io import dumps, loads

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4)
    ),
    max_leaves=20,
)

BUNDLED = json.loads(data_file("tay_ho_2019.json"))


def _paths(node: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [path]
    if isinstance(node, dict):
        for key, value in node.items():
            found.extend(_paths(value, (*path, key)))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            found.extend(_paths(value, (*path, index)))
    return found


PATHS = _paths(BUNDLED)[1:]


def _read(text: str | bytes) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # a changed figure may warn; that is not the point
        try:
            obj = loads(text)
        except DataError:
            return
    # What was read is a valid record: it writes and reads back the same.
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        assert loads(dumps(obj)) == obj


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=200) | st.binary(max_size=200))
def test_any_text(text: str | bytes) -> None:
    _read(text)


@settings(max_examples=150, deadline=None)
@given(json_values)
def test_any_json_value(value: Any) -> None:
    _read(json.dumps(value))


@settings(max_examples=200, deadline=None)
@given(st.sampled_from(PATHS), json_values)
def test_the_bundled_file_with_one_value_replaced(path: tuple[Any, ...], value: Any) -> None:
    doc = json.loads(json.dumps(BUNDLED))
    node = doc
    for step in path[:-1]:
        node = node[step]
    node[path[-1]] = value
    _read(json.dumps(doc))


# The edges the strategies above never reach (issue 14): integers beyond the 4300 digits
# int() converts, numbers with huge exponents, deep nesting, lone surrogates, bytes that are
# not UTF-8. Each is put, as raw JSON text, in place of one value of the bundled file.
edge_json = st.one_of(
    st.integers(4290, 4400).map(lambda k: "9" * k),
    st.integers(4290, 4400).map(lambda k: "-0." + "1" * k),
    st.sampled_from(
        [
            "1e999999999",
            "-1E-999999999",
            "1E+400",
            "NaN",
            "-Infinity",
            '"1E+999999999"',
            '"0.' + "3" * 60 + '"',
            '"\\ud800"',
            '"a\\udfff"',
            '"\\ud83d\\ude00"',  # a pair: one character, fine
            '{"\\udc80": 1}',
        ]
    ),
    st.integers(1, 3000).map(lambda depth: "[" * depth + "]" * depth),
    st.integers(1, 1500).map(lambda depth: '{"a":' * depth + "1" + "}" * depth),
    json_values.map(json.dumps),
)


@settings(max_examples=200, deadline=None)
@given(st.sampled_from(PATHS), edge_json)
def test_the_bundled_file_with_an_edge_value(path: tuple[Any, ...], raw: str) -> None:
    doc = json.loads(json.dumps(BUNDLED))
    node = doc
    for step in path[:-1]:
        node = node[step]
    node[path[-1]] = "\x00hole"
    _read(json.dumps(doc).replace('"\\u0000hole"', raw, 1))


@settings(max_examples=100, deadline=None)
@given(st.binary(max_size=50), st.integers(0, 2000))
def test_bytes_that_are_not_utf8_anywhere(junk: bytes, at: int) -> None:
    text = data_file("tay_ho_2019.json").encode("utf-8")
    at = min(at, len(text))
    _read(text[:at] + junk + text[at:])


def test_a_huge_integer_is_a_data_error() -> None:
    with pytest.raises(DataError, match="more than 4300 digits"):
        loads('{"type": "Source", "data": ' + "1" * 5000 + "}")


def test_lone_surrogates_are_named_with_their_paths() -> None:
    doc = json.loads(json.dumps(BUNDLED))
    doc["data"]["id"] = "\x00hole"
    text = json.dumps(doc).replace('"\\u0000hole"', '"x\\udc80"')
    with pytest.raises(DataError) as info:
        loads(text)
    assert [str(p) for p in info.value.problems] == [
        "$.data.id: x\\udc80: a lone surrogate, not Unicode text"
    ]


def test_a_record_nested_too_deeply_to_write_is_a_data_error() -> None:
    # loads refuses this depth with a DataError; dumps now does the same, not RecursionError.
    from tayho_coord.model import AdminUnit, PartialDate, PetitionStats, UnitKind

    unit = AdminUnit("ha-noi/tay-ho", UnitKind.URBAN_DISTRICT, "Tây Hồ")
    stats = PetitionStats(unit, PartialDate(2019))
    for _ in range(1000):
        stats = PetitionStats(unit, PartialDate(2019), breakdown=(stats,))
    with pytest.raises(DataError, match="nested too deeply to write"):
        dumps(stats)


@pytest.mark.parametrize("indent", [-1, 17, 1.5, "  ", True, 10**100])
def test_dumps_refuses_an_odd_indent(indent: object) -> None:
    from tayho_coord.model import Source

    with pytest.raises(ValidationError) as info:
        dumps(Source("s1", "x"), indent=indent)  # type: ignore[arg-type]
    assert info.value.field == "indent"
