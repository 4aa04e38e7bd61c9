"""Reported counts: a number a source states, with the items it names."""

from __future__ import annotations

from typing import Generic, TypeVar

from attrs import field, frozen

from tayho_coord.errors import ValidationError
from tayho_coord.model._provenance import Citation
from tayho_coord.model._validators import check_count

__all__ = ["ReportedCount"]

T = TypeVar("T")


def _check_count(instance: ReportedCount[object], attribute: object, value: int | None) -> None:
    if value is None:
        return
    check_count("count", value)


@frozen
class ReportedCount(Generic[T]):
    """A count stated by a source together with the items it names.

    "14 nội dung giám sát" is a count of 14 with no item known; "4 nội dung về tiếp công dân;
    giải quyết đơn thư…" is a count of 4 with two items known. A count of ``None`` means the
    source names items (or only says that some took place) without a number.

    Attributes:
        count: The number the source states, or None if it states none.
        items: The items the source names; never more than ``count``.
        sources: Where the count is stated.

    Examples:
        >>> c = ReportedCount(4, ("tiếp công dân", "giải quyết đơn thư"))
        >>> c.total, c.unnamed, c.is_complete
        (4, 2, False)
        >>> ReportedCount(None, ("a", "b")).total
        2
        >>> ReportedCount[str]().total is None
        True
    """

    count: int | None = field(default=None, validator=_check_count)
    items: tuple[T, ...] = ()
    sources: tuple[Citation, ...] = field(default=(), repr=False)

    def __attrs_post_init__(self) -> None:
        if self.count is not None and len(self.items) > self.count:
            raise ValidationError(
                "items", len(self.items), f"names more items than the stated count {self.count}"
            )

    @property
    def total(self) -> int | None:
        """The stated count, else the number of named items; None if neither is known."""
        if self.count is not None:
            return self.count
        return len(self.items) if self.items else None

    @property
    def is_stated(self) -> bool:
        """Whether the source states a number."""
        return self.count is not None

    @property
    def unnamed(self) -> int | None:
        """How many of the stated items the source does not name."""
        return None if self.count is None else self.count - len(self.items)

    @property
    def is_complete(self) -> bool:
        """Whether every counted item is known by name."""
        return self.count is not None and self.count == len(self.items)
