"""petition_rates answers odd frames and odd ``columns=`` with the library's errors (issue 14).

narwhals' own DuplicateError (a pandas frame with two columns of one name) and a TypeError
(``columns={"year": ["year"]}``) escaped before.
"""

from __future__ import annotations

import contextlib

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tayho_coord.errors import DataError, TayHoError, ValidationError
from tayho_coord.metrics import petition_rates

pd = pytest.importorskip("pandas")


def _frame() -> object:
    return pd.DataFrame({"year": [2019], "competence": ["district"], "outcome": ["resolved"]})


def test_two_columns_of_one_name_are_a_data_error() -> None:
    frame = pd.DataFrame(
        [[2019, "district", "resolved", 2019]], columns=["year", "competence", "outcome", "year"]
    )
    with pytest.raises(DataError) as info:
        petition_rates(frame)
    (problem,) = info.value.problems
    assert problem.path == "$"
    assert problem.message.startswith("cannot read the data frame: Expected unique column names")
    assert "'year' 2 times" in problem.message


@pytest.mark.parametrize(
    ("columns", "reason"),
    [
        ({"year": ["year"]}, "'year' maps to ['year'], not a column"),
        ({"year": None}, "'year' maps to None, not a column"),
        ({"year": ""}, "'year' maps to '', not a column"),
        ({"year": True}, "'year' maps to True, not a column"),
        ({5: "year"}, "5 is not a key name"),
        ("year", "must map key names to column names"),
        (["year"], "must map key names to column names"),
    ],
)
def test_columns_must_map_key_names_to_column_names(columns: object, reason: str) -> None:
    with pytest.raises(ValidationError) as info:
        petition_rates(_frame(), columns=columns)  # type: ignore[arg-type]
    assert (info.value.field, info.value.reason) == ("columns", reason)


def test_a_column_of_an_int_name_still_works() -> None:
    # pandas names columns by any hashable: an int name is a column name.
    frame = pd.DataFrame({"year": [2019], "competence": ["district"], 7: ["resolved"]})
    out = petition_rates(frame, columns={"outcome": 7})
    assert out.to_dict("records") == [
        {"year": 2019, "competence": "district", "received": 1, "resolved": 1, "answered": 1}
    ]


odd = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.text(max_size=6),
    st.lists(st.text(max_size=3), max_size=2),
    st.dictionaries(st.text(max_size=6), st.text(max_size=6) | st.integers(), max_size=3),
)


@settings(max_examples=100, deadline=None)
@given(odd, odd)
def test_odd_arguments_get_the_librarys_errors(by: object, columns: object) -> None:
    with contextlib.suppress(TayHoError):  # an answer, or the library's error
        petition_rates(_frame(), by=by, columns=columns)  # type: ignore[arg-type]
