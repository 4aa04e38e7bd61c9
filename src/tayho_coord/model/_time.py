"""Time: partial dates, three-valued answers, and intervals whose ends may be unknown or open.

Sources are vague in two different ways, and the model keeps them apart:

* a *partial* date is known to the year or the month only (``PartialDate(2020)``);
* an *unknown* end is one the source does not give at all (``None``), while an *open* end
  (:data:`ONGOING`) is one the source says has not come yet: "still serving" is not "ended on
  an unknown date".

Questions asked of such data ("did she hold the post on this day?") have three answers,
:class:`Truth`: yes, no, or unknown.
"""

from __future__ import annotations

import calendar
import datetime as dt
import enum
from functools import total_ordering
from typing import Protocol

from attrs import field, frozen

from tayho_coord.errors import ParseError, ValidationError

__all__ = ["ONGOING", "Interval", "Ongoing", "PartialDate", "Truth"]


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
            ValidationError: ``text`` is not a str.
        """
        given: object = text  # callers without type checks pass anything
        if not isinstance(given, str):
            raise ValidationError("text", given, "must be a str (YYYY, YYYY-MM or YYYY-MM-DD)")
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


class Truth(enum.Enum):
    """A three-valued answer: yes, no, or unknown from the data.

    A ``Truth`` has no truth value of its own (``bool()`` raises :class:`TypeError`), so an
    unknown can never be mistaken for a yes or a no; compare with the members instead.

    Examples:
        >>> Truth.of(True), Truth.YES.known
        (<Truth.YES: 'yes'>, True)
        >>> Truth.UNKNOWN.known
        False
        >>> bool(Truth.UNKNOWN)
        Traceback (most recent call last):
        ...
        TypeError: a Truth is yes, no or unknown: compare it with Truth.YES or Truth.NO
    """

    YES = "yes"
    NO = "no"
    UNKNOWN = "unknown"

    @classmethod
    def of(cls, value: bool) -> Truth:
        """The certain answer ``value``."""
        return cls.YES if value else cls.NO

    @property
    def known(self) -> bool:
        """Whether the answer is yes or no."""
        return self is not Truth.UNKNOWN

    def __bool__(self) -> bool:
        raise TypeError("a Truth is yes, no or unknown: compare it with Truth.YES or Truth.NO")


class Ongoing(enum.Enum):
    """The open end of an interval: it has not ended (``"ongoing"`` in data files).

    Use the constant :data:`ONGOING`.
    """

    ONGOING = "ongoing"

    def __repr__(self) -> str:
        return "ONGOING"


ONGOING = Ongoing.ONGOING
"""The end of an interval that has not come: a unit that still exists, a person still in post."""


class _Period(Protocol):
    """What the period validators read: a start and an end (an Interval, a Tenure)."""

    @property
    def start(self) -> PartialDate | None: ...

    @property
    def end(self) -> PartialDate | Ongoing | None: ...


# The validators of a period's fields, shared by Interval and Tenure (attrs validators:
# instance, attribute, value). They are not public API.


def parse_iso_date(text: str) -> dt.date:
    """Read an ISO date: ``YYYY-MM-DD`` and nothing else, the one reading of the library.

    Data files and the command line read a date with this. :meth:`datetime.date.fromisoformat`
    also takes week dates (``2020-W07-2``) and compact forms (``20200211``) on newer
    Pythons, which a data file or a person typing a date never means.

    Raises:
        ParseError: anything else, or no such day.

    Examples:
        >>> parse_iso_date("2020-02-11")
        datetime.date(2020, 2, 11)
    """
    if not (
        len(text) == 10
        and text[4] == text[7] == "-"
        and (text[:4] + text[5:7] + text[8:]).isdigit()
        and text.isascii()
    ):
        raise ParseError(text, "expected an ISO date YYYY-MM-DD")
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise ParseError(text, "expected an ISO date YYYY-MM-DD") from None


def check_start(instance: object, attribute: object, value: PartialDate | None) -> None:
    """A start is a PartialDate or None (unknown)."""
    if value is not None and not isinstance(value, PartialDate):
        raise ValidationError("start", value, "must be a PartialDate or None (unknown)")


def check_end(instance: _Period, attribute: object, value: PartialDate | Ongoing | None) -> None:
    """An end is a PartialDate, ONGOING or None (unknown), and not surely before the start."""
    if value is not None and not isinstance(value, (PartialDate, Ongoing)):
        raise ValidationError("end", value, "must be a PartialDate, ONGOING or None (unknown)")
    if (
        isinstance(value, PartialDate)
        and instance.start is not None
        and value.surely_before(instance.start)
    ):
        raise ValidationError("end", value.iso(), f"is before the start ({instance.start.iso()})")


def check_attested(instance: _Period, attribute: object, value: tuple[dt.date, ...]) -> None:
    """Attested days are dates inside the possible period."""
    for i, day in enumerate(value):
        if not isinstance(day, dt.date) or isinstance(day, dt.datetime):
            raise ValidationError(f"attested[{i}]", day, "must be a date")
        if instance.start is not None and day < instance.start.first_day():
            raise ValidationError(
                f"attested[{i}]", day.isoformat(), f"is before the start ({instance.start.iso()})"
            )
        end = instance.end
        if isinstance(end, PartialDate) and day > end.last_day():
            raise ValidationError(
                f"attested[{i}]", day.isoformat(), f"is after the end ({end.iso()})"
            )


@frozen
class Interval:
    """A period whose ends may be exact, partial, unknown or (for the end) open.

    ``start`` is the first day and ``end`` the last day of the period. ``None`` means the
    source does not say; ``end=ONGOING`` means the period has not ended. ``attested`` are
    days on which a source shows the period running (an article naming someone in a post):
    with an unknown start or end, they are what makes an answer certain.

    What is *surely* inside is the run of days that every reading of the data includes;
    what is *possibly* inside is every day no reading excludes. A day between the two is
    :attr:`Truth.UNKNOWN`, never guessed.

    Attributes:
        start: The first day, as precisely as known; None if unknown.
        end: The last day, as precisely as known; ONGOING if it has not ended; None if
            unknown.
        attested: Days on which the period is known to be running.

    Examples:
        >>> i = Interval(None, PartialDate(2020, 10, 15), attested=(dt.date(2020, 2, 11),))
        >>> [i.status_on(dt.date(*d)).value for d in [(2020, 1, 1), (2020, 2, 11), (2020, 11, 1)]]
        ['unknown', 'yes', 'no']
        >>> Interval(PartialDate(2025, 7, 1), ONGOING).status_on(dt.date(2030, 1, 1))
        <Truth.YES: 'yes'>
        >>> Interval(PartialDate(2025, 7, 1), None).status_on(dt.date(2030, 1, 1))
        <Truth.UNKNOWN: 'unknown'>
    """

    start: PartialDate | None = field(default=None, validator=check_start)
    end: PartialDate | Ongoing | None = field(default=None, validator=check_end)
    attested: tuple[dt.date, ...] = field(default=(), validator=check_attested)

    @property
    def is_open(self) -> bool:
        """Whether the period has not ended (``end`` is ONGOING)."""
        return self.end is ONGOING

    def possible_range(self) -> tuple[dt.date | None, dt.date | None]:
        """The first and last days the period may include; None where unbounded."""
        first = None if self.start is None else self.start.first_day()
        last = self.end.last_day() if isinstance(self.end, PartialDate) else None
        return first, last

    def sure_range(self) -> tuple[dt.date, dt.date | None] | None:
        """The first and last days the period surely includes (last None: open).

        None when no day is sure: an unknown start with nothing attested, or a partial
        start with an unknown end.
        """
        # The latest the period can start, and the earliest it can end, given everything
        # known: a start is no later than any day known to be inside, an end no earlier.
        latest_start = [*self.attested]
        earliest_end = [*self.attested]
        if self.start is not None:
            latest_start.append(self.start.last_day())
            earliest_end.append(self.start.first_day())
        if isinstance(self.end, PartialDate):
            latest_start.append(self.end.last_day())
            earliest_end.append(self.end.first_day())
        if not latest_start:
            return None
        first = min(latest_start)
        if self.end is ONGOING:
            return first, None
        last = max(earliest_end)
        return (first, last) if first <= last else None

    def status_on(self, as_of: dt.date) -> Truth:
        """Whether the period includes the day ``as_of``: yes, no, or unknown."""
        first, last = self.possible_range()
        if (first is not None and as_of < first) or (last is not None and as_of > last):
            return Truth.NO
        sure = self.sure_range()
        if sure is not None and sure[0] <= as_of and (sure[1] is None or as_of <= sure[1]):
            return Truth.YES
        return Truth.UNKNOWN
