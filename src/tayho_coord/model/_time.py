"""Partial dates: a year, a year and month, or a full date, as vague as the source is."""

from __future__ import annotations

import calendar
import datetime as dt
from functools import total_ordering

from attrs import field, frozen

from tayho_coord.errors import ParseError, ValidationError

__all__ = ["PartialDate"]


def _check_year(instance: PartialDate, attribute: object, value: int) -> None:
    if not isinstance(value, int) or isinstance(value, bool) or not 1 <= value <= 9999:
        raise ValidationError("year", value, "must be an integer from 1 to 9999")


@total_ordering
@frozen(eq=True, order=False)
class PartialDate:
    """A date known to the year, the month or the day.

    Sources are often vague ("năm 2019", "tháng 2/2020"); a partial date keeps exactly what
    was said and never fills the rest in (not from today, not with the 1st of the month).

    Ordering is by the earliest day covered, then by precision (coarser first), so sorting a
    list is stable and total; use :meth:`surely_before` to ask whether one is certainly
    earlier than another.

    Attributes:
        year: The year.
        month: The month (1-12), or None when only the year is known.
        day: The day of the month, or None; a day requires a month.

    Examples:
        >>> PartialDate(2020, 2, 11).iso()
        '2020-02-11'
        >>> PartialDate.parse_iso("2019")
        PartialDate(year=2019, month=None, day=None)
        >>> PartialDate(2020, 2).last_day()
        datetime.date(2020, 2, 29)
        >>> PartialDate(2019).contains(dt.date(2019, 7, 1))
        True
    """

    year: int = field(validator=_check_year)
    month: int | None = field(default=None)
    day: int | None = field(default=None)

    @month.validator
    def _check_month(self, attribute: object, value: int | None) -> None:
        if value is None:
            return
        if not isinstance(value, int) or isinstance(value, bool) or not 1 <= value <= 12:
            raise ValidationError("month", value, "must be an integer from 1 to 12")

    @day.validator
    def _check_day(self, attribute: object, value: int | None) -> None:
        if value is None:
            return
        if self.month is None:
            raise ValidationError("day", value, "a day needs a month")
        last = calendar.monthrange(self.year, self.month)[1]
        if not isinstance(value, int) or isinstance(value, bool) or not 1 <= value <= last:
            raise ValidationError(
                "day", value, f"must be from 1 to {last} in {self.year:04d}-{self.month:02d}"
            )

    @classmethod
    def from_date(cls, value: dt.date) -> PartialDate:
        """The partial date that is exactly ``value``."""
        return cls(value.year, value.month, value.day)

    @classmethod
    def parse_iso(cls, text: str) -> PartialDate:
        """Read ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``.

        Raises:
            ParseError: the text is not one of those forms or names no such day.
        """
        parts = text.split("-")
        if not 1 <= len(parts) <= 3 or not all(
            p.isascii() and p.isdigit() and len(p) == n
            for p, n in zip(parts, (4, 2, 2), strict=False)
        ):
            raise ParseError(text, "expected YYYY, YYYY-MM or YYYY-MM-DD")
        numbers = [int(p) for p in parts]
        try:
            return cls(*numbers)
        except ValidationError as exc:
            raise ParseError(text, exc.reason) from None

    @property
    def precision(self) -> str:
        """``"year"``, ``"month"`` or ``"day"``."""
        if self.day is not None:
            return "day"
        return "year" if self.month is None else "month"

    @property
    def is_exact(self) -> bool:
        """Whether the day is known."""
        return self.day is not None

    def iso(self) -> str:
        """The ISO 8601 text at this precision (``2019``, ``2020-02``, ``2020-02-11``)."""
        text = f"{self.year:04d}"
        if self.month is not None:
            text += f"-{self.month:02d}"
        if self.day is not None:
            text += f"-{self.day:02d}"
        return text

    def to_date(self) -> dt.date:
        """The exact date.

        Raises:
            ValidationError: the day is not known.
        """
        if self.month is None or self.day is None:
            raise ValidationError("day", self.iso(), "the exact day is not known")
        return dt.date(self.year, self.month, self.day)

    def first_day(self) -> dt.date:
        """The earliest day this partial date may be."""
        return dt.date(self.year, self.month or 1, self.day or 1)

    def last_day(self) -> dt.date:
        """The latest day this partial date may be."""
        month = self.month or 12
        day = self.day or calendar.monthrange(self.year, month)[1]
        return dt.date(self.year, month, day)

    def contains(self, value: dt.date) -> bool:
        """Whether ``value`` is one of the days this partial date may be."""
        return self.first_day() <= value <= self.last_day()

    def surely_before(self, other: PartialDate | dt.date) -> bool:
        """Whether every day this may be comes before every day ``other`` may be."""
        first = other if isinstance(other, dt.date) else other.first_day()
        return self.last_day() < first

    def _key(self) -> tuple[dt.date, int]:
        return (self.first_day(), {"year": 0, "month": 1, "day": 2}[self.precision])

    def __lt__(self, other: object) -> bool:
        if not isinstance(other, PartialDate):
            return NotImplemented
        return self._key() < other._key()

    def __str__(self) -> str:
        return self.iso()
