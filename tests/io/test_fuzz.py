"""Whatever a data file holds, reading it gives a model object or a DataError, nothing else."""

import json
import warnings
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from tayho_coord import DataError
from tayho_coord.datasets import data_file
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
