"""Lists in running text: ``A, B và C``, with CLDR's Vietnamese list patterns."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal

from tayho_coord.errors import ValidationError
from tayho_coord.vi._cldr import list_patterns

if TYPE_CHECKING:
    from collections.abc import Iterable

__all__ = ["ListStyle", "format_list"]

ListStyle = Literal["and", "or"]

_CLDR_STYLE = {"and": "standard", "or": "or"}


def format_list(items: Iterable[str], *, style: ListStyle = "and") -> str:
    """Join items as a Vietnamese sentence does: ``A, B và C`` / ``A, B hoặc C``.

    The patterns are CLDR's ``vi`` list patterns (``{0}, {1}``; ``{0} và {1}``; ``{0} hoặc
    {1}``): no comma before the last item.

    Args:
        items: The items, as strings.
        style: ``"and"`` (``và``) or ``"or"`` (``hoặc``).

    Returns:
        The joined text; ``""`` for no items.

    Raises:
        ValidationError: ``items`` is not an iterable of strings, or ``style`` is unknown.

    Examples:
        >>> format_list(["HĐND", "UBND", "UBMTTQ"])
        'HĐND, UBND và UBMTTQ'
        >>> format_list(["sáng", "chiều"], style="or")
        'sáng hoặc chiều'
    """
    cldr = _CLDR_STYLE.get(style) if isinstance(style, str) else None
    if cldr is None:
        raise ValidationError("style", style, "expected 'and' or 'or'")
    if isinstance(items, str):
        raise ValidationError("items", items, "expected strings, not one string")
    try:
        values = list(items)
    except TypeError:
        raise ValidationError("items", items, "expected an iterable of strings") from None
    for index, item in enumerate(values):
        if not isinstance(item, str):
            raise ValidationError(f"items[{index}]", item, "must be a string")
    if len(values) <= 1:
        return values[0] if values else ""
    two, start, middle, end = list_patterns(cldr)
    if len(values) == 2:
        return two.format(*values)
    text = start.format(values[0], values[1])
    for item in values[2:-1]:
        text = middle.format(text, item)
    return end.format(text, values[-1])
