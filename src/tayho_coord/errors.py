"""The exception and warning hierarchy of tayho_coord.

Every error the library raises on purpose is a :class:`TayHoError`, and each subclass is
also the builtin it refines, so ``except ValueError`` keeps working for callers that do not
know this library:

>>> issubclass(ParseError, ValueError) and issubclass(ParseError, TayHoError)
True

Soft findings (a printed figure that disagrees with its counts) are warnings, never errors:
the data is kept as the source printed it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Iterable

__all__ = [
    "DataError",
    "FigureWarning",
    "IllustrativeDataWarning",
    "ParseError",
    "Problem",
    "TayHoError",
    "TayHoWarning",
    "ValidationError",
]


def _show(value: object) -> str:
    """The value's repr, shortened; never an error of its own (a huge int has no repr)."""
    try:
        text = repr(value)
    except ValueError:  # int beyond sys.get_int_max_str_digits()
        return f"<{type(value).__name__} too large to show>"
    return text if len(text) <= 200 else text[:197] + "..."


class TayHoError(Exception):
    """Base class of every exception raised by tayho_coord on purpose."""


class ValidationError(TayHoError, ValueError):
    """A value breaks an invariant of the model.

    Attributes:
        field: The name of the field (or a dotted path of fields) that holds the value.
        value: The offending value, as given.
        reason: What is wrong with it, in English.

    Examples:
        >>> err = ValidationError("year", 1899, "must be 1945 or later")
        >>> str(err)
        'year=1899: must be 1945 or later'
        >>> err.field, err.value
        ('year', 1899)
    """

    def __init__(self, field: str, value: object, reason: str) -> None:
        self.field = field
        self.value = value
        self.reason = reason
        super().__init__(f"{field}={_show(value)}: {reason}")

    def __reduce__(self) -> tuple[type[ValidationError], tuple[str, object, str]]:
        return (type(self), (self.field, self.value, self.reason))


class ParseError(TayHoError, ValueError):
    """A text could not be parsed.

    Attributes:
        text: The text that was given, unchanged.
        reason: What was expected, in English.
        position: Where in ``text`` the problem starts, when known.

    Examples:
        >>> err = ParseError("31/02/2020", "no such day")
        >>> str(err)
        "cannot parse '31/02/2020': no such day"
    """

    def __init__(self, text: str, reason: str, position: int | None = None) -> None:
        self.text = text
        self.reason = reason
        self.position = position
        shown = text if len(text) <= 80 else text[:77] + "..."
        at = "" if position is None else f" at position {position}"
        super().__init__(f"cannot parse {shown!r}{at}: {reason}")

    def __reduce__(self) -> tuple[type[ParseError], tuple[str, str, int | None]]:
        return (type(self), (self.text, self.reason, self.position))


class Problem:
    """One problem found in a data file, with the JSON path where it is.

    Attributes:
        path: A JSONPath-style location such as ``$.programs[0].hearings[2].held_on``.
        message: What is wrong there.

    Examples:
        >>> Problem("$.year", "expected an integer, got 'x'")
        Problem('$.year', "expected an integer, got 'x'")
    """

    __slots__ = ("message", "path")

    def __init__(self, path: str, message: str) -> None:
        self.path = path
        self.message = message

    def __repr__(self) -> str:
        return f"Problem({self.path!r}, {self.message!r})"

    def __str__(self) -> str:
        return f"{self.path}: {self.message}"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Problem):
            return NotImplemented
        return (self.path, self.message) == (other.path, other.message)

    def __hash__(self) -> int:
        return hash((self.path, self.message))


class DataError(TayHoError, ValueError):
    """A data file (or a data frame) has problems; all of them are listed.

    Attributes:
        problems: Every problem found, each with its path, in document order.
        source: Where the data came from (a file name), when known.

    Examples:
        >>> err = DataError([Problem("$.year", "missing"), Problem("$.unit", "unknown field")])
        >>> print(err)
        2 problems in the data:
          $.year: missing
          $.unit: unknown field
    """

    def __init__(self, problems: Iterable[Problem], source: str | None = None) -> None:
        self.problems: tuple[Problem, ...] = tuple(problems)
        self.source = source
        where = f" in {source}" if source else " in the data"
        count = len(self.problems)
        head = f"{count} problem{'s' if count != 1 else ''}{where}:"
        lines = [head, *(f"  {p}" for p in self.problems)]
        super().__init__("\n".join(lines))

    def __reduce__(self) -> tuple[type[DataError], tuple[tuple[Problem, ...], str | None]]:
        return (type(self), (self.problems, self.source))


class TayHoWarning(UserWarning):
    """Base class of the warnings tayho_coord emits."""


class FigureWarning(TayHoWarning):
    """A printed figure disagrees with the counts it should follow from.

    The data is kept as printed; the warning carries the audit's finding in its message.
    """


class IllustrativeDataWarning(TayHoWarning):
    """Figures of the illustrative data (invented, not real) are mixed with real figures.

    The bundled illustrative reviews (:func:`tayho_coord.datasets.illustrative_reviews`) cite
    the source ``tayho-coord-illustrative``: their figures were made up to show what tables
    look like, and must never be analysed with those of real units.
    """
