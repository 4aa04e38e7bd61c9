import pickle
import warnings

import pytest

from tayho_coord import (
    DataError,
    FigureWarning,
    ParseError,
    Problem,
    TayHoError,
    TayHoWarning,
    ValidationError,
)


@pytest.mark.parametrize(
    ("cls", "builtin"),
    [(ValidationError, ValueError), (ParseError, ValueError), (DataError, ValueError)],
)
def test_each_error_is_also_its_builtin(cls: type, builtin: type) -> None:
    assert issubclass(cls, TayHoError)
    assert issubclass(cls, builtin)


def test_warnings_are_user_warnings() -> None:
    assert issubclass(FigureWarning, TayHoWarning)
    assert issubclass(FigureWarning, UserWarning)
    assert not issubclass(FigureWarning, TayHoError)
    with pytest.warns(FigureWarning, match="56,82%"):
        warnings.warn("printed 56,82% but counts give 50,00%", FigureWarning, stacklevel=1)


def test_validation_error_names_field_and_value() -> None:
    err = ValidationError("count", -1, "must be >= 0")
    assert err.field == "count"
    assert err.value == -1
    assert str(err) == "count=-1: must be >= 0"


def test_parse_error_keeps_text_and_shortens_message() -> None:
    text = "x" * 200
    err = ParseError(text, "not a date", position=3)
    assert err.text == text
    assert err.position == 3
    assert str(err) == f"cannot parse {'x' * 77 + '...'!r} at position 3: not a date"


def test_data_error_lists_every_problem() -> None:
    problems = [Problem("$.a", "missing"), Problem("$.b[1]", "bad")]
    err = DataError(problems, source="x.json")
    assert err.problems == tuple(problems)
    assert str(err) == "2 problems in x.json:\n  $.a: missing\n  $.b[1]: bad"
    assert str(DataError([Problem("$", "empty")])) == "1 problem in the data:\n  $: empty"


@pytest.mark.parametrize(
    "err",
    [
        ValidationError("f", 1, "r"),
        ParseError("t", "r", 2),
        DataError([Problem("$.x", "m")], "s"),
    ],
)
def test_errors_pickle(err: TayHoError) -> None:
    again = pickle.loads(pickle.dumps(err))
    assert type(again) is type(err)
    assert str(again) == str(err)


def test_problem_equality_and_hash() -> None:
    assert Problem("$.a", "m") == Problem("$.a", "m")
    assert Problem("$.a", "m") != Problem("$.a", "n")
    assert len({Problem("$.a", "m"), Problem("$.a", "m")}) == 1
    assert Problem("$.a", "m") != ("$.a", "m")


def test_validation_error_of_a_huge_value_still_has_a_message() -> None:
    huge = 10**5000  # its repr raises ValueError (sys.get_int_max_str_digits)
    err = ValidationError("count", huge, "too large")
    assert str(err) == "count=<int too large to show>: too large"
    assert err.value == huge
    assert str(ValidationError("text", "x" * 500, "long")) == (
        f"text={'x' * 500!r}"[:202] + "...: long"
    )
