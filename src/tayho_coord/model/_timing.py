"""When a planned activity falls due, as a program words it: a rule, read and written back.

A coordination program says *when* in words: "hằng quý", "6 tháng một lần", "quý III",
"tháng 6 và tháng 12", "trước ngày 15/12", "trước mỗi kỳ họp", "trong vòng 15 ngày sau kỳ
họp", "hằng quý, vào tuần đầu tiên của tháng đầu quý". :class:`Timing` is such a rule:
:meth:`Timing.parse` reads the program's Vietnamese, :attr:`Timing.text` writes it back, and
:meth:`Timing.windows` computes the days each occurrence may take place, recurrences
through python-dateutil's ``rrule`` and offsets through its ``relativedelta`` (imported on
the first computation, never on import).

Each occurrence is a *window*: the first and the last day it may take place on. The last day
is the day it falls due. Windows follow the words, and the rules below say how:

* a month, a quarter, a half-year, a year: the whole of it (``quý III``: 1/7 to 30/9);
* "vào tuần đầu tiên" of a month: its days 1 to 7;
* "trước ngày 15/12": up to 14/12 (the 15th is not *before* the 15th); "chậm nhất ngày
  10/11": up to 10/11 itself; either from the day after the previous year's deadline, or
  from the start of the plan's period;
* "trước mỗi kỳ họp": from the day after the previous session closed (or the start of the
  period) to the day before the session opens; "trong vòng 15 ngày trước kỳ họp": the 15
  days before it opens;
* "sau mỗi kỳ họp": from the day after it closes to the day before the next one opens (or
  the end of the period); "trong vòng 15 ngày sau kỳ họp": the 15 days after it closes;
* "ngày 27/11": that day;
* "một lần": the whole period.
"""

from __future__ import annotations

import datetime as dt
import enum
import itertools
import re
import unicodedata
from typing import TYPE_CHECKING, ClassVar

from attrs import field, frozen

from tayho_coord.errors import ParseError, ValidationError
from tayho_coord.model._sessions import CouncilSession

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

__all__ = ["Recurrence", "Timing", "Window"]

_ROMAN = ("I", "II", "III", "IV")


class Recurrence(enum.Enum):
    """The shape of a timing rule."""

    ONCE = "once"
    """Once in the period (``Một lần``)."""
    ON_DAY = "on_day"
    """On a day of the year (``Ngày 27/11``)."""
    DEADLINE = "deadline"
    """By a day of the year (``Trước ngày 15/12``, ``Chậm nhất ngày 10/11``)."""
    MONTHS = "months"
    """In named months (``Tháng 6 và tháng 12``)."""
    QUARTERS = "quarters"
    """In named quarters (``Quý III``)."""
    MONTHLY = "monthly"
    """Every month (``Hằng tháng``)."""
    QUARTERLY = "quarterly"
    """Every quarter (``Hằng quý``)."""
    HALF_YEARLY = "half_yearly"
    """Every six months (``6 tháng một lần``)."""
    YEARLY = "yearly"
    """Every year (``Hằng năm``), for a term's regulation."""
    BEFORE_SESSION = "before_session"
    """Before each council session (``Trước mỗi kỳ họp``)."""
    AFTER_SESSION = "after_session"
    """After each council session (``Sau mỗi kỳ họp``)."""


@frozen
class Window:
    """The days one occurrence of a rule may take place on.

    Attributes:
        starts_on: The first day.
        due_on: The last day: the day it falls due.
        label: What the occurrence is, in Vietnamese (``quý III năm 2020``,
            ``trước kỳ họp thứ 14``); empty for a rule that occurs once.
        session: The council session it is timed by, if any.
    """

    computed: ClassVar[bool] = True
    """A result the library computes, not a record a data file holds."""

    starts_on: dt.date
    due_on: dt.date
    label: str
    session: CouncilSession | None = None


def _check_int(name: str, value: object, low: int, high: int) -> None:
    if not isinstance(value, int) or isinstance(value, bool) or not low <= value <= high:
        raise ValidationError(name, value, f"must be an integer from {low} to {high}")


def _check_ascending(name: str, values: tuple[int, ...], low: int, high: int) -> None:
    if not isinstance(values, tuple) or not values:
        raise ValidationError(name, values, "must name at least one")
    for index, value in enumerate(values):
        _check_int(f"{name}[{index}]", value, low, high)
    if list(values) != sorted(set(values)):
        raise ValidationError(name, values, "must be in ascending order, each once")


_FIELDS_OF = {
    Recurrence.ONCE: set(),
    Recurrence.ON_DAY: {"day", "month"},
    Recurrence.DEADLINE: {"day", "month", "inclusive"},
    Recurrence.MONTHS: {"months"},
    Recurrence.QUARTERS: {"quarters"},
    Recurrence.MONTHLY: {"first_week"},
    Recurrence.QUARTERLY: {"first_week"},
    Recurrence.HALF_YEARLY: set(),
    Recurrence.YEARLY: set(),
    Recurrence.BEFORE_SESSION: {"days"},
    Recurrence.AFTER_SESSION: {"days"},
}
_DEFAULTS: dict[str, object] = {
    "day": None,
    "month": None,
    "inclusive": False,
    "months": (),
    "quarters": (),
    "first_week": False,
    "days": None,
}


@frozen
class Timing:
    """A rule of when a planned activity takes place, as a program words it.

    Build one with the class methods (:meth:`quarterly`, :meth:`before_sessions`…) or read
    the program's words with :meth:`parse`; :attr:`text` writes the rule back in the
    library's wording, which :meth:`parse` reads again to the same rule.

    Attributes:
        rule: The shape of the rule.
        day: The day of a deadline.
        month: The month of a deadline.
        inclusive: A deadline's day itself is allowed (``chậm nhất ngày``), or only the days
            before it (``trước ngày``).
        months: The months of a :attr:`Recurrence.MONTHS` rule.
        quarters: The quarters of a :attr:`Recurrence.QUARTERS` rule.
        first_week: Monthly: in the first week of the month; quarterly: in the first week
            of the first month of the quarter.
        days: A session rule's window in days (``trong vòng 15 ngày``), or None for the
            whole time between sessions.

    Examples:
        >>> t = Timing.parse("hằng quý, vào tuần đầu tiên của tháng đầu quý")
        >>> t == Timing.quarterly(first_week=True)
        True
        >>> t.text
        'Hằng quý, vào tuần đầu tiên của tháng đầu quý'
        >>> Timing.parse("Trong vòng 15 ngày sau kỳ họp HĐND").text
        'Trong vòng 15 ngày sau kỳ họp'
        >>> Timing.parse("6 tháng một lần") == Timing.half_yearly()
        True
    """

    rule: Recurrence = field()
    day: int | None = None
    month: int | None = None
    inclusive: bool = False
    months: tuple[int, ...] = ()
    quarters: tuple[int, ...] = ()
    first_week: bool = False
    days: int | None = None

    @rule.validator
    def _check_rule(self, attribute: object, value: Recurrence) -> None:
        if not isinstance(value, Recurrence):
            raise ValidationError("rule", value, "must be a Recurrence")

    def __attrs_post_init__(self) -> None:
        allowed = _FIELDS_OF[self.rule]
        for name, default in _DEFAULTS.items():
            if name not in allowed and getattr(self, name) != default:
                raise ValidationError(name, getattr(self, name), f"is not used by {self.rule}")
        if self.rule in (Recurrence.DEADLINE, Recurrence.ON_DAY):
            _check_int("month", self.month, 1, 12)
            assert self.month is not None
            last = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)[self.month - 1]
            _check_int("day", self.day, 1, last)  # 29/2 does not come every year
            if not isinstance(self.inclusive, bool):
                raise ValidationError("inclusive", self.inclusive, "must be True or False")
        elif self.rule is Recurrence.MONTHS:
            _check_ascending("months", self.months, 1, 12)
        elif self.rule is Recurrence.QUARTERS:
            _check_ascending("quarters", self.quarters, 1, 4)
        elif self.rule in (Recurrence.MONTHLY, Recurrence.QUARTERLY):
            if not isinstance(self.first_week, bool):
                raise ValidationError("first_week", self.first_week, "must be True or False")
        elif self.by_sessions and self.days is not None:
            _check_int("days", self.days, 1, 366)

    # -- constructors ---------------------------------------------------------------------

    @classmethod
    def once(cls) -> Timing:
        """Once in the plan's period (``Một lần``)."""
        return cls(Recurrence.ONCE)

    @classmethod
    def on_day(cls, day: int, month: int) -> Timing:
        """On a day of each year (``Ngày 27/11``)."""
        return cls(Recurrence.ON_DAY, day=day, month=month)

    @classmethod
    def deadline(cls, day: int, month: int, *, inclusive: bool = False) -> Timing:
        """By a day of each year: ``Trước ngày 15/12`` (inclusive: ``Chậm nhất ngày 15/12``)."""
        return cls(Recurrence.DEADLINE, day=day, month=month, inclusive=inclusive)

    @classmethod
    def in_months(cls, *months: int) -> Timing:
        """In the months named (``Tháng 6 và tháng 12``)."""
        return cls(Recurrence.MONTHS, months=tuple(months))

    @classmethod
    def in_quarters(cls, *quarters: int) -> Timing:
        """In the quarters named (``Quý III``)."""
        return cls(Recurrence.QUARTERS, quarters=tuple(quarters))

    @classmethod
    def monthly(cls, *, first_week: bool = False) -> Timing:
        """Every month (``Hằng tháng``), or in its first week."""
        return cls(Recurrence.MONTHLY, first_week=first_week)

    @classmethod
    def quarterly(cls, *, first_week: bool = False) -> Timing:
        """Every quarter (``Hằng quý``), or in the first week of its first month."""
        return cls(Recurrence.QUARTERLY, first_week=first_week)

    @classmethod
    def half_yearly(cls) -> Timing:
        """Every six months (``6 tháng một lần``): January-June, July-December."""
        return cls(Recurrence.HALF_YEARLY)

    @classmethod
    def yearly(cls) -> Timing:
        """Every year (``Hằng năm``)."""
        return cls(Recurrence.YEARLY)

    @classmethod
    def before_sessions(cls, *, days: int | None = None) -> Timing:
        """Before each council session; within ``days`` days before it opens if given."""
        return cls(Recurrence.BEFORE_SESSION, days=days)

    @classmethod
    def after_sessions(cls, *, days: int | None = None) -> Timing:
        """After each council session; within ``days`` days after it closes if given."""
        return cls(Recurrence.AFTER_SESSION, days=days)

    # -- words ----------------------------------------------------------------------------

    @property
    def text(self) -> str:
        """The rule in the library's Vietnamese, as a plan's "Thời gian" column writes it.

        Examples:
            >>> Timing.in_months(6, 12).text, Timing.in_quarters(3).text
            ('Tháng 6 và tháng 12', 'Quý III')
            >>> Timing.deadline(15, 12).text, Timing.deadline(10, 11, inclusive=True).text
            ('Trước ngày 15/12', 'Chậm nhất ngày 10/11')
        """
        rule = self.rule
        if rule is Recurrence.ONCE:
            return "Một lần"
        if rule is Recurrence.ON_DAY:
            return f"Ngày {self.day}/{self.month}"
        if rule is Recurrence.DEADLINE:
            head = "Chậm nhất ngày" if self.inclusive else "Trước ngày"
            return f"{head} {self.day}/{self.month}"
        if rule is Recurrence.MONTHS:
            return _join([f"tháng {m}" for m in self.months]).capitalize()
        if rule is Recurrence.QUARTERS:
            return "Q" + _join([f"quý {_ROMAN[q - 1]}" for q in self.quarters])[1:]
        if rule is Recurrence.MONTHLY:
            return "Hằng tháng, vào tuần đầu tiên của tháng" if self.first_week else "Hằng tháng"
        if rule is Recurrence.QUARTERLY:
            if self.first_week:
                return "Hằng quý, vào tuần đầu tiên của tháng đầu quý"
            return "Hằng quý"
        if rule is Recurrence.HALF_YEARLY:
            return "6 tháng một lần"
        if rule is Recurrence.YEARLY:
            return "Hằng năm"
        side = "trước" if rule is Recurrence.BEFORE_SESSION else "sau"
        if self.days is None:
            return f"{side.capitalize()} mỗi kỳ họp"
        return f"Trong vòng {self.days} ngày {side} kỳ họp"

    def __str__(self) -> str:
        return self.text

    @property
    def by_sessions(self) -> bool:
        """Whether the rule is timed by council sessions."""
        return self.rule in (Recurrence.BEFORE_SESSION, Recurrence.AFTER_SESSION)

    @classmethod
    def parse(cls, text: str) -> Timing:
        """Read a timing rule in a program's Vietnamese.

        Case, spacing, a final full stop, ``hàng`` for ``hằng`` and ``mỗi`` for ``hằng``
        do not matter; ``định kỳ`` may precede a recurrence; a session may be named
        ``kỳ họp HĐND`` or ``kỳ họp Hội đồng nhân dân`` (with its level: ``tỉnh``,
        ``quận``…). Months are numbers, quarters Roman or Arabic numerals.

        Raises:
            ParseError: the text is not a timing rule the library knows; the error names
                the text (``Timing.parse("cuối năm")`` is refused, never guessed).

        Examples:
            >>> Timing.parse("Định kỳ hằng quý") == Timing.quarterly()
            True
            >>> Timing.parse("tháng 6 và 12") == Timing.in_months(6, 12)
            True
            >>> Timing.parse("Quý 3").text
            'Quý III'
        """
        given: object = text
        if not isinstance(given, str):
            raise ParseError(repr(given), "expected the timing as text")
        words = _normalize(text)
        for pattern, build in _PATTERNS:
            found = pattern.fullmatch(words)
            if found is not None:
                return build(text, found)
        if words.startswith("tháng "):
            return cls(Recurrence.MONTHS, months=_numbers(text, words, "tháng", 12))
        if words.startswith("quý "):
            return cls(Recurrence.QUARTERS, quarters=_numbers(text, words, "quý", 4))
        raise ParseError(text, "not a timing rule the library knows (see Timing.parse)")

    # -- computation ----------------------------------------------------------------------

    def windows(
        self, start: dt.date, end: dt.date, sessions: Sequence[CouncilSession] = ()
    ) -> tuple[Window, ...]:
        """The occurrences of the rule in the period from ``start`` to ``end``, in order.

        Args:
            start: The first day of the plan's period.
            end: The last day of the plan's period.
            sessions: The council sessions, for a rule timed by sessions; a session counts
                when it opens (before-rules) or closes (after-rules) in the period.

        Raises:
            ValidationError: the period is empty, a rule timed by sessions is given none in
                the period or one whose days are not known, sessions overlap, or sessions
                leave no day for an occurrence.

        Examples:
            >>> w = Timing.in_quarters(3).windows(dt.date(2020, 1, 1), dt.date(2020, 12, 31))
            >>> w[0].starts_on, w[0].due_on, w[0].label
            (datetime.date(2020, 7, 1), datetime.date(2020, 9, 30), 'quý III năm 2020')
        """
        if end < start:
            raise ValidationError("end", end.isoformat(), f"is before {start.isoformat()}")
        if start.year < 2 or end.year > 9997:
            raise ValidationError("start", start.isoformat(), "a plan lies within years 2-9997")
        rule = self.rule
        if rule is Recurrence.ONCE:
            return (Window(start, end, ""),)
        if rule in (Recurrence.DEADLINE, Recurrence.ON_DAY):
            return self._deadlines(start, end)
        if self.by_sessions:
            return self._sessions(start, end, sessions)
        if rule is Recurrence.MONTHS:
            firsts, span = _firsts(start, end, self.months), 1
        elif rule is Recurrence.QUARTERS:
            firsts, span = _firsts(start, end, tuple(3 * q - 2 for q in self.quarters)), 3
        elif rule is Recurrence.MONTHLY:
            firsts, span = _firsts(start, end, tuple(range(1, 13))), 1
        elif rule is Recurrence.QUARTERLY:
            firsts, span = _firsts(start, end, (1, 4, 7, 10)), 3
        elif rule is Recurrence.HALF_YEARLY:
            firsts, span = _firsts(start, end, (1, 7)), 6
        else:
            firsts, span = _firsts(start, end, (1,)), 12
        from dateutil.relativedelta import relativedelta

        out = []
        for first in firsts:
            if self.first_week:
                last = first + relativedelta(days=+6)
            else:
                last = first + relativedelta(months=+span, days=-1)
            lo, hi = max(first, start), min(last, end)
            if lo <= hi:
                out.append(Window(lo, hi, _period_label(first, span)))
        return tuple(out)

    def _deadlines(self, start: dt.date, end: dt.date) -> tuple[Window, ...]:
        from dateutil.relativedelta import relativedelta

        assert self.day is not None
        assert self.month is not None
        out = []
        lo = start
        for year in range(start.year, end.year + 2):
            day = dt.date(year, self.month, self.day)
            exclusive = self.rule is Recurrence.DEADLINE and not self.inclusive
            due = day + relativedelta(days=-1) if exclusive else day
            if not start <= due <= end:
                continue
            if self.rule is Recurrence.ON_DAY:
                out.append(Window(due, due, f"ngày {day:%d/%m/%Y}"))
                continue
            words = "chậm nhất ngày" if self.inclusive else "trước ngày"
            out.append(Window(lo, due, f"{words} {day:%d/%m/%Y}"))
            lo = due + relativedelta(days=+1)
        return tuple(out)

    def _sessions(
        self, start: dt.date, end: dt.date, sessions: Sequence[CouncilSession]
    ) -> tuple[Window, ...]:
        from dateutil.relativedelta import relativedelta

        known = sorted(((s, *s.days()) for s in sessions), key=lambda d: d[1])
        ordered = [s for s, _, _ in known]
        for (a, _, a_closes), (b, b_opens, _) in itertools.pairwise(known):
            if b_opens <= a_closes:
                raise ValidationError("sessions", [a.id, b.id], "overlap")
        before = self.rule is Recurrence.BEFORE_SESSION
        out = []
        for i, (s, opens, closes) in enumerate(known):
            if before and start <= opens <= end:
                hi = opens + relativedelta(days=-1)
                if self.days is not None:
                    lo = opens + relativedelta(days=-self.days)
                elif i > 0:
                    lo = max(start, known[i - 1][2] + relativedelta(days=+1))
                else:
                    lo = start
                label = f"trước {s.title}"
            elif not before and start <= closes <= end:
                lo = closes + relativedelta(days=+1)
                if self.days is not None:
                    hi = closes + relativedelta(days=+self.days)
                elif i + 1 < len(known):
                    hi = min(end, known[i + 1][1] + relativedelta(days=-1))
                else:
                    hi = end
                label = f"sau {s.title}"
            else:
                continue
            if hi < lo:
                raise ValidationError(
                    "sessions", s.id, f"leaves no day for an occurrence {label} ({self.text})"
                )
            out.append(Window(lo, hi, label, s))
        if not out:
            raise ValidationError(
                "sessions",
                [s.id for s in ordered],
                f"none in {start.isoformat()}..{end.isoformat()} for the rule {self.text!r}",
            )
        return tuple(out)


def _join(parts: list[str]) -> str:
    # CLDR's vi list pattern ("A, B và C"), written here so that the model's wording needs no
    # locale data at run time; tests check it against vi.format_list.
    if len(parts) == 1:
        return parts[0]
    return ", ".join(parts[:-1]) + " và " + parts[-1]


def _firsts(start: dt.date, end: dt.date, months: tuple[int, ...]) -> list[dt.date]:
    """The first days of the given months whose span may reach into start..end."""
    from dateutil.rrule import MONTHLY, rrule

    # A window starting up to a year before the period may still reach into it.
    origin = dt.datetime(start.year - 1, 1, 1)
    until = dt.datetime(end.year, end.month, end.day)
    days = rrule(MONTHLY, dtstart=origin, until=until, bymonth=months, bymonthday=1)
    return [d.date() for d in days]


def _period_label(first: dt.date, span: int) -> str:
    year = first.year
    if span == 1:
        return f"tháng {first.month} năm {year}"
    if span == 3:
        return f"quý {_ROMAN[(first.month - 1) // 3]} năm {year}"
    if span == 6:
        return f"6 tháng {'đầu' if first.month == 1 else 'cuối'} năm {year}"
    return f"năm {year}"


_HANG = re.compile(r"\b(?:hàng|mỗi) (?=(?:tháng|quý|năm)\b)")
_COUNCIL = (
    r"(?: (?:hđnd|hội đồng nhân dân)(?: (?:tỉnh|thành phố|quận|huyện|thị xã|xã|phường|thị trấn))?)?"
)


def _normalize(text: str) -> str:
    words = unicodedata.normalize("NFC", text).strip()
    words = " ".join(words.split()).lower().rstrip(".").rstrip()
    return _HANG.sub("hằng ", words)


def _deadline(inclusive: bool) -> Callable[[str, re.Match[str]], Timing]:
    def build(text: str, found: re.Match[str]) -> Timing:
        day, month = int(found["day"]), int(found["month"])
        try:
            return Timing.deadline(day, month, inclusive=inclusive)
        except ValidationError as exc:
            raise ParseError(text, f"no such yearly day: {exc}") from None

    return build


def _on_day(text: str, found: re.Match[str]) -> Timing:
    try:
        return Timing.on_day(int(found["day"]), int(found["month"]))
    except ValidationError as exc:
        raise ParseError(text, f"no such yearly day: {exc}") from None


def _session(before: bool) -> Callable[[str, re.Match[str]], Timing]:
    rule = Recurrence.BEFORE_SESSION if before else Recurrence.AFTER_SESSION

    def build(text: str, found: re.Match[str]) -> Timing:
        days = found.groupdict().get("days")
        if days is None:
            return Timing(rule)
        try:
            return Timing(rule, days=int(days))
        except ValidationError as exc:
            raise ParseError(text, f"not a number of days: {exc}") from None

    return build


_DAY = r"ngày 0?(?P<day>\d{1,2})(?:[/.-]| tháng )0?(?P<month>\d{1,2})"
_EACH = r"(?:mỗi |các )?kỳ họp" + _COUNCIL
_FIRST_WEEK_Q = r"vào tuần đầu tiên của tháng đầu (?:mỗi )?quý"
_PATTERNS: tuple[tuple[re.Pattern[str], Callable[[str, re.Match[str]], Timing]], ...] = (
    (re.compile(r"(?:một|01|1) lần"), lambda t, f: Timing.once()),
    (re.compile(_DAY), _on_day),
    (re.compile("trước " + _DAY), _deadline(False)),
    (re.compile("chậm nhất (?:là )?" + _DAY), _deadline(True)),
    (re.compile(r"(?:định kỳ )?hằng tháng"), lambda t, f: Timing.monthly()),
    (
        re.compile(r"(?:định kỳ )?hằng tháng,? vào tuần đầu tiên (?:của|trong) tháng"),
        lambda t, f: Timing.monthly(first_week=True),
    ),
    (re.compile(r"(?:định kỳ )?hằng quý"), lambda t, f: Timing.quarterly()),
    (
        re.compile(r"(?:(?:định kỳ )?hằng quý,? )?" + _FIRST_WEEK_Q.removeprefix("vào ")),
        lambda t, f: Timing.quarterly(first_week=True),
    ),
    (
        re.compile(r"(?:định kỳ )?hằng quý,? " + _FIRST_WEEK_Q),
        lambda t, f: Timing.quarterly(first_week=True),
    ),
    (
        re.compile(r"định kỳ 6 tháng(?: (?:một|1|01) lần)?|6 tháng (?:một|1|01) lần"),
        lambda t, f: Timing.half_yearly(),
    ),
    (re.compile(r"(?:định kỳ )?hằng năm"), lambda t, f: Timing.yearly()),
    (re.compile("trước " + _EACH), _session(True)),
    (re.compile("sau " + _EACH), _session(False)),
    (
        re.compile(r"trong (?:vòng|thời hạn) (?P<days>\d{1,4}) ngày trước " + _EACH),
        _session(True),
    ),
    (
        re.compile(r"trong (?:vòng|thời hạn) (?P<days>\d{1,4}) ngày sau " + _EACH),
        _session(False),
    ),
)

_NUMERALS = {"i": 1, "ii": 2, "iii": 3, "iv": 4}


def _numbers(text: str, words: str, noun: str, high: int) -> tuple[int, ...]:
    """``tháng 6 và tháng 12`` / ``quý i, quý iii`` → the numbers, checked."""
    parts = re.split(r", | và ", words)
    out = []
    for part in parts:
        token = part[len(noun) + 1 :] if part.startswith(noun + " ") else part
        if token in _NUMERALS and noun == "quý":
            value = _NUMERALS[token]
        elif token.isascii() and token.isdigit() and len(token) <= 2:
            value = int(token)
        else:
            raise ParseError(text, f"expected {noun} numbers joined by ',' or 'và'")
        if not 1 <= value <= high:
            raise ParseError(text, f"no {noun} {value}")
        out.append(value)
    if out != sorted(set(out)):
        raise ParseError(text, f"the {noun} numbers must be ascending, each once")
    return tuple(out)
