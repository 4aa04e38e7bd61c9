"""Reporting periods: the year, half-year, term or stage a record covers.

Sources name what they cover in a few fixed shapes ("năm 2020", "6 tháng đầu năm 2020",
"9 tháng đầu năm 2020", "quý III năm 2020", "nhiệm kỳ 2021-2026", "giai đoạn 2017-2021",
"từ đầu nhiệm kỳ đến nay"). A :class:`ReportingPeriod` keeps the shape and its ends as the
source gives them (a term is two years, not two days), so that it is worded back exactly as
the source wrote it.
"""

from __future__ import annotations

import datetime as dt
import enum
from typing import Any

from attrs import field, frozen

from tayho_coord.errors import ValidationError
from tayho_coord.model._time import PartialDate
from tayho_coord.model._units import AdminUnit, Boundary

__all__ = [
    "NOT_STATED",
    "NotStated",
    "PeriodKind",
    "ReportingPeriod",
    "check_unit_exists",
    "ended_on",
]


class PeriodKind(enum.Enum):
    """The shape of a reporting period; the value is a stable identifier of data files.

    Examples:
        >>> PeriodKind("term").label
        'nhiệm kỳ'
    """

    YEAR = "year"
    HALF_YEAR = "half_year"
    QUARTER = "quarter"
    MONTHS = "months"
    MONTH = "month"
    TERM = "term"
    STAGE = "stage"
    TERM_TO_DATE = "term_to_date"
    RANGE = "range"
    DAY = "day"

    @property
    def label(self) -> str:
        """The Vietnamese noun of the shape (``năm``, ``nhiệm kỳ``, ``giai đoạn``…)."""
        return _KIND_LABELS[self]


class NotStated(enum.Enum):
    """A period the source does not state (``"not_stated"`` in data files).

    Use the constant :data:`NOT_STATED`. It is not "unknown, fill it in later" nor "the
    whole of something": a Quy chế whose source names no term has :data:`NOT_STATED` as
    its period; a sơ kết that does not name the part it reviews has it as
    ``period_reviewed`` (where None still means the agreement's whole period). Nothing is
    inferred from it: an operation that needs the period raises
    :class:`~tayho_coord.errors.ValidationError` saying so.

    Examples:
        >>> NOT_STATED, NOT_STATED.label
        (NOT_STATED, 'không nêu thời hạn')
    """

    NOT_STATED = "not_stated"

    def __repr__(self) -> str:
        return "NOT_STATED"

    @property
    def label(self) -> str:
        """The words reports use for it: ``không nêu thời hạn`` (no term named)."""
        return "không nêu thời hạn"


NOT_STATED = NotStated.NOT_STATED
"""A period the source does not state (a Quy chế with no term, a sơ kết of no named part)."""


_KIND_LABELS = {
    PeriodKind.YEAR: "năm",
    PeriodKind.HALF_YEAR: "6 tháng",
    PeriodKind.QUARTER: "quý",
    PeriodKind.MONTHS: "tháng",
    PeriodKind.MONTH: "tháng",
    PeriodKind.TERM: "nhiệm kỳ",
    PeriodKind.STAGE: "giai đoạn",
    PeriodKind.TERM_TO_DATE: "từ đầu nhiệm kỳ",
    PeriodKind.RANGE: "khoảng thời gian",
    PeriodKind.DAY: "ngày",
}

_ROMAN = {1: "I", 2: "II", 3: "III", 4: "IV"}


def reported_text(reported_on: PartialDate | None) -> str:
    """``theo tin ngày 17/9/2020``: a record known only from an article of that day.

    Every kind that may be known only by its article's day (meetings, hearings, oversight,
    voter contacts) words it so; one of its own days or this one is given, checked when it
    is built.
    """
    assert reported_on is not None  # checked when the record is built
    return f"theo tin {day_text(reported_on)}"


def day_text(value: PartialDate, *, preposition: bool = True) -> str:
    """``ngày 30/6/2023``, ``tháng 6/2023`` or ``năm 2023``, as reports word an end.

    A date inside a sentence is written day/month/year without padding ("ngày 30/6/2023",
    the wording of reports); the padded form of Nghị định 30/2020/NĐ-CP, Phụ lục I, applies
    to a document's own date line, not to dates in running text.
    """
    if value.day is not None:
        text = f"{value.day}/{value.month}/{value.year}"
        return f"ngày {text}" if preposition else text
    if value.month is not None:
        return f"tháng {value.month}/{value.year}"
    return f"năm {value.year}"


def held_text(first: PartialDate, last: PartialDate | None, *, preposition: bool = True) -> str:
    """When something was held, over one day or several, as reports word it.

    Two days that follow each other in one month are "ngày 9 và 10/6/2020" (the form
    ``vi.parse_period`` reads as consecutive days, docs/vi.md); longer spans are "từ ngày
    1/10/2020 đến ngày 7/10/2020", as :attr:`ReportingPeriod.label` words a range.

    Examples:
        >>> held_text(PartialDate(2020, 6, 9), PartialDate(2020, 6, 10))
        'ngày 9 và 10/6/2020'
        >>> held_text(PartialDate(2020, 10, 1), PartialDate(2020, 10, 7))
        'từ ngày 1/10/2020 đến ngày 7/10/2020'
        >>> held_text(PartialDate(2020, 6, 9), None, preposition=False)
        '9/6/2020'
    """
    if last is None:
        return day_text(first, preposition=preposition)
    if (
        first.day is not None
        and last.day is not None
        and (first.year, first.month) == (last.year, last.month)
        and last.day == first.day + 1
    ):
        text = f"{first.day} và {last.day}/{last.month}/{last.year}"
        return f"ngày {text}" if preposition else text
    return f"từ {day_text(first)} đến {day_text(last)}"


def check_held_until(held_on: PartialDate | None, held_until: PartialDate | None) -> None:
    """The last day of something held over several days: after its first day.

    Raises:
        ValidationError: ``held_until`` not a PartialDate, without ``held_on``, or not
            surely after it.
    """
    if held_until is None:
        return
    if not isinstance(held_until, PartialDate):
        raise ValidationError("held_until", held_until, "must be a PartialDate")
    if held_on is None:
        raise ValidationError(
            "held_until", held_until.iso(), "the last day held needs the first (held_on)"
        )
    if not held_on.surely_before(held_until):
        raise ValidationError(
            "held_until", held_until.iso(), f"is not after the first day held ({held_on.iso()})"
        )


def _check_kind(instance: object, attribute: object, value: Any) -> None:
    if not isinstance(value, PeriodKind):
        raise ValidationError("kind", value, "must be a PeriodKind")


def _check_date(instance: object, attribute: object, value: Any) -> None:
    name = getattr(attribute, "name", "start")
    if value is not None and not isinstance(value, PartialDate):
        raise ValidationError(name, value, "must be a PartialDate")


def _check_term_end(instance: object, attribute: object, value: Any) -> None:
    if value is not None and (not isinstance(value, int) or isinstance(value, bool)):
        raise ValidationError("term_end", value, "must be a year (an integer) or None")


def _check_count(months: Any) -> None:
    if not isinstance(months, int) or isinstance(months, bool) or not 2 <= months <= 11:
        raise ValidationError(
            "months",
            months,
            "must be 2 to 11 (one month is a month, twelve a year, six a half-year)",
        )


def _check_months(start: PartialDate, end: PartialDate) -> None:
    """The first or last N months of one year, N from 2 to 11 and not 6 (a half-year)."""
    span = f"{start.iso()}/{end.iso()}"
    if start.precision != "month" or end.precision != "month" or start.year != end.year:
        raise ValidationError(
            "start", span, "the first or last months run over whole months of one year"
        )
    first, last = start.month or 0, end.month or 0
    if first != 1 and last != 12:
        raise ValidationError(
            "start", span, "the months run from January (đầu năm) or to December (cuối năm)"
        )
    count = last - first + 1
    if count == 6:
        raise ValidationError("start", span, "six months are a half_year (ReportingPeriod.half)")
    if not 2 <= count <= 11:
        raise ValidationError(
            "start", span, "must be 2 to 11 months (one month is a month, twelve a year)"
        )


def _check_term(start: PartialDate, term_end: int | None, end: PartialDate | None) -> None:
    """A term to date: a term's first year, its last year, and the date reached in it."""
    if start.precision != "year":
        raise ValidationError("start", start.iso(), "a term starts with a year")
    if term_end is None or term_end <= start.year:
        raise ValidationError("term_end", term_end, "a term to date names the term's last year")
    if end is not None and end.year > term_end:
        raise ValidationError("end", end.iso(), f"is after the term {start.year}-{term_end}")


@frozen
class ReportingPeriod:
    """The period a record covers, in the shape its source names it.

    Each kind has one canonical form, checked when the period is built (use the
    constructors rather than the fields):

    ========================  ===============================  ==================
    kind                      start                            end
    ========================  ===============================  ==================
    ``YEAR``                  the year                         None
    ``HALF_YEAR``             first month (1 or 7)             last month (6, 12)
    ``QUARTER``               first month of the quarter       its last month
    ``MONTHS``                month 1, or the first of the     month 12, or the
                              last N months                    last of the first N
    ``MONTH``                 the month                        None
    ``TERM``, ``STAGE``       first year                       last year
    ``TERM_TO_DATE``          the term's first year            the date reached
    ``RANGE``                 any partial date                 any, not before
    ``DAY``                   the exact day                    None
    ========================  ===============================  ==================

    ``MONTHS`` is the first or last N months of one year, 2 to 11 months, as sources write
    it ("9 tháng đầu năm 2020", "3 tháng đầu năm 2020", "4 tháng cuối năm 2020"; the rule
    of ``vi.parse_period``, docs/vi.md); six months are a ``HALF_YEAR``, whose words are the
    same ("6 tháng đầu năm 2020"), so that each period has one form.

    ``TERM_TO_DATE`` also keeps the term's last year (``term_end``), which its wording
    names ("từ đầu nhiệm kỳ 2021-2026 đến ngày 30/6/2023"). Its end may be None: "từ đầu
    nhiệm kỳ 2021-2026 đến nay" (:meth:`term_to_now`), whose end is the day of the record
    that states it (a meeting's day, a report's "as of" day, an activity's day), never a
    day the period itself knows: :attr:`ends_on_record_day` is True, :meth:`ending_on`
    gives it the record's day, and until then :meth:`last_day` is the latest day it may
    cover (the end of the term's last year).

    Attributes:
        kind: The shape.
        start: The first part covered, as precisely as the shape says.
        end: The last part covered, where the shape has one.
        term_end: The last year of the term (``TERM_TO_DATE`` only).

    Examples:
        >>> ReportingPeriod.half(2020, 1).label
        '6 tháng đầu năm 2020'
        >>> ReportingPeriod.quarter(2020, 3).label
        'quý III năm 2020'
        >>> ReportingPeriod.first_months(2020, 9).label
        '9 tháng đầu năm 2020'
        >>> ReportingPeriod.term(2021, 2026).label
        'nhiệm kỳ 2021-2026'
        >>> p = ReportingPeriod.term_to_date(2021, 2026, to=PartialDate(2023, 6, 30))
        >>> p.label, p.last_day()
        ('từ đầu nhiệm kỳ 2021-2026 đến ngày 30/6/2023', datetime.date(2023, 6, 30))
        >>> ReportingPeriod.stage(2017, 2021).years
        (2017, 2018, 2019, 2020, 2021)
    """

    kind: PeriodKind = field(validator=_check_kind)
    start: PartialDate = field(validator=_check_date)
    end: PartialDate | None = field(default=None, validator=_check_date)
    term_end: int | None = field(default=None, validator=_check_term_end)

    def __attrs_post_init__(self) -> None:
        kind, start, end = self.kind, self.start, self.end
        if start is None:
            raise ValidationError("start", None, "a period has a start")
        if kind is not PeriodKind.TERM_TO_DATE and self.term_end is not None:
            raise ValidationError("term_end", self.term_end, "only a term to date has one")
        if kind in (PeriodKind.YEAR, PeriodKind.MONTH, PeriodKind.DAY):
            want = {PeriodKind.YEAR: "year", PeriodKind.MONTH: "month", PeriodKind.DAY: "day"}
            if start.precision != want[kind]:
                raise ValidationError(
                    "start", start.iso(), f"a {kind.value} period starts with a {want[kind]}"
                )
            if end is not None:
                raise ValidationError("end", end.iso(), f"a {kind.value} period has no end")
            return
        if end is None and kind is PeriodKind.TERM_TO_DATE:
            _check_term(start, self.term_end, None)  # "đến nay": ends on the record's day
            return
        if end is None:
            raise ValidationError("end", None, f"a {kind.value} period has an end")
        if end.surely_before(start) or end < start:
            raise ValidationError("end", end.iso(), f"is before the start ({start.iso()})")
        if kind in (PeriodKind.HALF_YEAR, PeriodKind.QUARTER):
            size = 6 if kind is PeriodKind.HALF_YEAR else 3
            if (
                start.precision != "month"
                or end.precision != "month"
                or start.year != end.year
                or (start.month or 0) % size != 1 % size
                or (end.month or 0) != (start.month or 0) + size - 1
            ):
                raise ValidationError(
                    "start",
                    f"{start.iso()}/{end.iso()}",
                    f"a {kind.value} runs over {size} whole months from month "
                    f"{'1 or 7' if size == 6 else '1, 4, 7 or 10'}",
                )
        elif kind is PeriodKind.MONTHS:
            _check_months(start, end)
        elif kind in (PeriodKind.TERM, PeriodKind.STAGE):
            if start.precision != "year" or end.precision != "year" or end.year <= start.year:
                raise ValidationError(
                    "end",
                    f"{start.iso()}/{end.iso()}",
                    f"a {kind.value} runs from one year to a later year",
                )
        elif kind is PeriodKind.TERM_TO_DATE:
            _check_term(start, self.term_end, end)

    # -- constructors -----------------------------------------------------------------------

    @classmethod
    def year(cls, year: int) -> ReportingPeriod:
        """A calendar year (``năm 2020``)."""
        return cls(PeriodKind.YEAR, PartialDate(year))

    @classmethod
    def half(cls, year: int, half: int) -> ReportingPeriod:
        """The first (1) or second (2) half of a year (``6 tháng đầu năm 2020``)."""
        if half not in (1, 2) or isinstance(half, bool):
            raise ValidationError("half", half, "must be 1 or 2")
        first = 1 if half == 1 else 7
        return cls(PeriodKind.HALF_YEAR, PartialDate(year, first), PartialDate(year, first + 5))

    @classmethod
    def quarter(cls, year: int, quarter: int) -> ReportingPeriod:
        """A quarter of a year (``quý III năm 2020``)."""
        if quarter not in (1, 2, 3, 4) or isinstance(quarter, bool):
            raise ValidationError("quarter", quarter, "must be 1, 2, 3 or 4")
        first = 3 * quarter - 2
        return cls(PeriodKind.QUARTER, PartialDate(year, first), PartialDate(year, first + 2))

    @classmethod
    def first_months(cls, year: int, months: int) -> ReportingPeriod:
        """The first ``months`` months of a year (``9 tháng đầu năm 2020``).

        Six months are the first half (:meth:`half`), worded the same.
        """
        if months == 6 and not isinstance(months, bool):
            return cls.half(year, 1)
        _check_count(months)
        return cls(PeriodKind.MONTHS, PartialDate(year, 1), PartialDate(year, months))

    @classmethod
    def last_months(cls, year: int, months: int) -> ReportingPeriod:
        """The last ``months`` months of a year (``4 tháng cuối năm 2020``).

        Six months are the second half (:meth:`half`), worded the same.
        """
        if months == 6 and not isinstance(months, bool):
            return cls.half(year, 2)
        _check_count(months)
        return cls(PeriodKind.MONTHS, PartialDate(year, 13 - months), PartialDate(year, 12))

    @classmethod
    def month(cls, year: int, month: int) -> ReportingPeriod:
        """A month (``tháng 7 năm 2020``)."""
        return cls(PeriodKind.MONTH, PartialDate(year, month))

    @classmethod
    def term(cls, first: int, last: int) -> ReportingPeriod:
        """A term of office (``nhiệm kỳ 2021-2026``)."""
        return cls(PeriodKind.TERM, PartialDate(first), PartialDate(last))

    @classmethod
    def stage(cls, first: int, last: int) -> ReportingPeriod:
        """A stage of several years (``giai đoạn 2017-2021``)."""
        return cls(PeriodKind.STAGE, PartialDate(first), PartialDate(last))

    @classmethod
    def term_to_date(cls, first: int, last: int, *, to: PartialDate) -> ReportingPeriod:
        """From the start of a term to a date (``từ đầu nhiệm kỳ 2021-2026 đến ngày …``)."""
        return cls(PeriodKind.TERM_TO_DATE, PartialDate(first), to, term_end=last)

    @classmethod
    def term_to_now(cls, first: int, last: int) -> ReportingPeriod:
        """From the start of a term to the record's own day (``từ đầu nhiệm kỳ … đến nay``).

        The end is the day of the record stating it (:meth:`ending_on`); no day is filled
        in, not today's and not the record's, until the record gives it.

        Examples:
            >>> p = ReportingPeriod.term_to_now(2021, 2026)
            >>> p.label, p.ends_on_record_day
            ('từ đầu nhiệm kỳ 2021-2026 đến nay', True)
            >>> p.ending_on(PartialDate(2024, 10, 21)).last_day()
            datetime.date(2024, 10, 21)
            >>> p.last_day()  # the latest day it may cover, before a record's day is known
            datetime.date(2026, 12, 31)
        """
        return cls(PeriodKind.TERM_TO_DATE, PartialDate(first), None, term_end=last)

    @classmethod
    def between(cls, start: PartialDate, end: PartialDate) -> ReportingPeriod:
        """Any span a source names by its ends (``từ ngày … đến ngày …``)."""
        return cls(PeriodKind.RANGE, start, end)

    @classmethod
    def day(cls, day: dt.date | PartialDate) -> ReportingPeriod:
        """One day."""
        start = PartialDate.from_date(day) if isinstance(day, dt.date) else day
        return cls(PeriodKind.DAY, start)

    # -- reading ----------------------------------------------------------------------------

    @property
    def label(self) -> str:
        """The period in the words of reports.

        Examples:
            >>> ReportingPeriod.year(2020).label, ReportingPeriod.half(2020, 2).label
            ('năm 2020', '6 tháng cuối năm 2020')
            >>> ReportingPeriod.month(2020, 7).label, ReportingPeriod.stage(2017, 2021).label
            ('tháng 7 năm 2020', 'giai đoạn 2017-2021')
            >>> ReportingPeriod.between(PartialDate(2020, 1, 1), PartialDate(2020, 9)).label
            'từ ngày 1/1/2020 đến tháng 9/2020'
            >>> ReportingPeriod.day(PartialDate(2020, 8, 5)).label
            'ngày 5/8/2020'
        """
        kind, start, end = self.kind, self.start, self.end
        if kind is PeriodKind.YEAR:
            return f"năm {start.year}"
        if kind is PeriodKind.HALF_YEAR:
            return f"6 tháng {'đầu' if start.month == 1 else 'cuối'} năm {start.year}"
        if kind is PeriodKind.QUARTER:
            return f"quý {_ROMAN[((start.month or 1) + 2) // 3]} năm {start.year}"
        if kind is PeriodKind.MONTH:
            return f"tháng {start.month} năm {start.year}"
        if kind is PeriodKind.MONTHS:
            first, last = start.month or 1, (end or start).month or 12
            side = "đầu" if first == 1 else "cuối"
            return f"{last - first + 1} tháng {side} năm {start.year}"
        if kind is PeriodKind.DAY:
            return day_text(start)
        if kind is PeriodKind.TERM_TO_DATE and end is None:
            return f"từ đầu nhiệm kỳ {start.year}-{self.term_end} đến nay"
        assert end is not None  # every other kind has one (checked when built)
        if kind in (PeriodKind.TERM, PeriodKind.STAGE):
            return f"{kind.label} {start.year}-{end.year}"
        if kind is PeriodKind.TERM_TO_DATE:
            return f"từ đầu nhiệm kỳ {start.year}-{self.term_end} đến {day_text(end)}"
        return f"từ {day_text(start)} đến {day_text(end)}"

    @property
    def ends_on_record_day(self) -> bool:
        """Whether the period ends on the day of the record stating it ("… đến nay")."""
        return self.kind is PeriodKind.TERM_TO_DATE and self.end is None

    def ending_on(self, day: PartialDate | None) -> ReportingPeriod:
        """The period with the record's day as its end, where it ends "đến nay".

        Any other period (or no day: the record's day is not known) is returned unchanged.
        The record keeps the period as printed; this is for placing it in time.

        Raises:
            ValidationError: ``day`` is after the term's last year, or before its first.
        """
        if not self.ends_on_record_day or day is None:
            return self
        if day.last_day() < self.first_day():
            raise ValidationError("end", day.iso(), f"is before the term of {self.label}")
        if day.year > (self.term_end or day.year):
            raise ValidationError("end", day.iso(), f"is after the term of {self.label}")
        return ReportingPeriod(PeriodKind.TERM_TO_DATE, self.start, day, term_end=self.term_end)

    def first_day(self) -> dt.date:
        """The first day the period may cover."""
        return self.start.first_day()

    def last_day(self) -> dt.date:
        """The last day the period may cover.

        For a period that ends "đến nay" before its record's day is given
        (:meth:`ending_on`), the end of the term's last year.
        """
        if self.ends_on_record_day:
            assert self.term_end is not None  # checked when built
            return PartialDate(self.term_end).last_day()
        return (self.end or self.start).last_day()

    @property
    def years(self) -> tuple[int, ...]:
        """The calendar years the period touches, in order."""
        return tuple(range(self.first_day().year, self.last_day().year + 1))

    @property
    def calendar_year(self) -> int | None:
        """The year, where the period is exactly one calendar year; None otherwise."""
        return self.start.year if self.kind is PeriodKind.YEAR else None

    def contains(self, value: PartialDate | dt.date) -> bool:
        """Whether every day ``value`` may be lies in the period."""
        if isinstance(value, dt.date):
            return self.first_day() <= value <= self.last_day()
        return self.first_day() <= value.first_day() and value.last_day() <= self.last_day()

    def overlaps(self, value: PartialDate | dt.date) -> bool:
        """Whether some day ``value`` may be lies in the period."""
        first, last = (
            (value, value)
            if isinstance(value, dt.date)
            else (
                value.first_day(),
                value.last_day(),
            )
        )
        return first <= self.last_day() and self.first_day() <= last

    def __str__(self) -> str:
        return self.label


def ended_on(period: ReportingPeriod, day: PartialDate | None, where: str) -> ReportingPeriod:
    """``period`` ended on the record's ``day`` where it ends "đến nay" (else unchanged).

    Raises:
        ValidationError: naming ``where`` (the record's field holding the period), where
            the record's day is outside the term.
    """
    try:
        return period.ending_on(day)
    except ValidationError as exc:
        raise ValidationError(
            where, period.label, f"ends on {exc.value}, which {exc.reason}"
        ) from None


def check_unit_exists(unit: AdminUnit, first: dt.date, last: dt.date, where: str) -> None:
    """Refuse a record of ``unit`` whose days (``first`` to ``last``) the unit never had.

    Raises only where the unit's validity, or an ancestor's, surely excludes every one of
    those days (quận Tây Hồ, which ended on 30/06/2025, in 2026); an unknown end never
    refuses.

    Raises:
        ValidationError: naming ``where`` (the record's field) and the days.
    """
    node: AdminUnit | None = unit
    while node is not None:
        begins = None if node.valid_from is None else node.valid_from.date.first_day()
        ends = node.valid_to.date.last_day() if isinstance(node.valid_to, Boundary) else None
        if (begins is not None and begins > last) or (ends is not None and ends < first):
            span = first.isoformat() if first == last else f"{first.isoformat()}/{last.isoformat()}"
            bounds = (
                f"{begins.isoformat() if begins else '?'} to {ends.isoformat() if ends else '…'}"
            )
            raise ValidationError(
                where, span, f"{unit.id} did not exist then ({node.id} existed {bounds})"
            )
        node = node.parent
