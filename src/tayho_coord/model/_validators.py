"""Validators shared by the model's records; each raises :class:`ValidationError`."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from tayho_coord.errors import ValidationError

if TYPE_CHECKING:
    from collections.abc import Callable

__all__ = [
    "MAX_COUNT_DIGITS",
    "check_count",
    "each",
    "non_empty",
    "non_negative",
    "one_of",
    "optional_count",
    "optional_non_empty",
    "slug_id",
]


def _name(attribute: Any) -> str:
    return str(getattr(attribute, "name", "value"))


def non_empty(instance: object, attribute: Any, value: Any) -> None:
    """The value is a string with something besides white space."""
    if not isinstance(value, str) or not value.strip():
        raise ValidationError(_name(attribute), value, "must be a non-empty string")
    if value != value.strip():
        raise ValidationError(_name(attribute), value, "must not start or end with white space")


def optional_non_empty(instance: object, attribute: Any, value: Any) -> None:
    """None, or a non-empty string."""
    if value is not None:
        non_empty(instance, attribute, value)


MAX_COUNT_DIGITS = 1000
"""The most digits a count may have (a count of people or petitions has a dozen at most).

One bound for every count of the model and of the audit: a larger integer could not even be
written as text by Python (past 4300 digits ``str()`` raises a bare ``ValueError``).
"""

_COUNT_LIMIT = 10**MAX_COUNT_DIGITS


def check_count(name: str, value: object) -> int:
    """``value`` as a count: an integer >= 0 (a bool is not one) of at most 1000 digits.

    Raises:
        ValidationError: Naming ``name`` and the value.
    """
    if not isinstance(value, int) or isinstance(value, bool) or value < 0:
        raise ValidationError(name, value, "must be an integer >= 0")
    if value >= _COUNT_LIMIT:
        raise ValidationError(name, value, f"has more than {MAX_COUNT_DIGITS} digits")
    return value


def non_negative(instance: object, attribute: Any, value: Any) -> None:
    """A count: an integer >= 0 (a bool is not a count) of at most 1000 digits."""
    check_count(_name(attribute), value)


def optional_count(instance: object, attribute: Any, value: Any) -> None:
    """None (not given), or a count (:func:`non_negative`)."""
    if value is not None:
        check_count(_name(attribute), value)


_ID_CHARS = frozenset("abcdefghijklmnopqrstuvwxyz0123456789-._/")


def slug_id(instance: object, attribute: Any, value: Any) -> None:
    """An identifier of lowercase ASCII letters, digits and ``- . _ /``."""
    if not isinstance(value, str) or not value or not set(value) <= _ID_CHARS:
        raise ValidationError(
            _name(attribute), value, "must be lowercase ASCII letters, digits, '-', '.', '_', '/'"
        )


def one_of(*types: type, optional: bool = True) -> Callable[[object, Any, Any], None]:
    """An attrs validator: the value is one of ``types`` (or None where ``optional``)."""
    names = " or ".join(t.__name__ for t in types) + (" or None" if optional else "")

    def check(instance: object, attribute: Any, value: Any) -> None:
        if (value is None and optional) or isinstance(value, types):
            return
        raise ValidationError(attribute.name, value, f"must be a {names}")

    return check


def each(cls: type) -> Callable[[object, Any, Any], None]:
    """An attrs validator: the value is a tuple of ``cls``."""

    def check(instance: object, attribute: Any, value: Any) -> None:
        if not isinstance(value, tuple):
            raise ValidationError(attribute.name, value, f"must be a tuple of {cls.__name__}")
        for i, item in enumerate(value):
            if not isinstance(item, cls):
                raise ValidationError(f"{attribute.name}[{i}]", item, f"must be a {cls.__name__}")

    return check
