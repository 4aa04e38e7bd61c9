"""A plan's schedule, and plan against record: what was due, what was carried out.

:func:`schedule` turns a program's planned activities into dated occurrences over its
period; a :class:`Schedule` answers, as of a day given explicitly (never today's clock),
what was due, what falls due in the next days, and what is open; :func:`match_plan` says
what was carried out, what is overdue, and what was done without being planned.

The activities a record reports (:func:`done_activities`) are matched to the occurrences of a
:class:`~tayho_coord.model.Schedule` by one stated rule, nothing guessed:

* an activity matches an occurrence of the same :class:`~tayho_coord.model.PlannedKind`
  whose window *surely* contains its day: a day, or a month or a year lying wholly inside
  the window (an activity "in 2020" does not match a window of "quý III năm 2020");
* where both name a lead body, they are the same body or bodies of the same main body (the
  Thường trực HĐND and the HĐND);
* where the record names the planned activity it carries out (:attr:`DoneActivity.planned`),
  only that activity's occurrences match;
* a review meeting that names the part of the period it reviews
  (:attr:`DoneActivity.covers`, "sơ kết 6 tháng đầu năm 2020") carries out the occurrence
  of its kind whose window is exactly that part, whenever it was held (a review of the
  first half is held after June), and no other;
* activities are taken in order of their day, each to the matching occurrence not yet taken
  that falls due first (which carries out as many occurrences as the activities can); an
  activity that fits occurrences of two or more planned activities and names none of them
  is ambiguous, and is left unplaced rather than assigned to one.

What is left is listed, never guessed: occurrences due and not recorded
(:attr:`PlanMatch.not_recorded`), activities in no window of their kind
(:attr:`PlanMatch.not_planned`), and activities whose day is unknown or too vague to place
(:attr:`PlanMatch.unplaced`, with the unnamed items of a stated count: "14 nội dung giám
sát" names no day), and activities after the day asked about (:attr:`PlanMatch.later`).
"""

from __future__ import annotations

import datetime as dt
from fractions import Fraction
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import field, frozen

from tayho_coord.errors import ValidationError
from tayho_coord.model._agencies import Agency
from tayho_coord.model._hearings import Hearing
from tayho_coord.model._meetings import Meeting, MeetingKind
from tayho_coord.model._oversight import OversightActivity
from tayho_coord.model._periods import NotStated, ReportingPeriod
from tayho_coord.model._plan import PlannedActivity, PlannedKind
from tayho_coord.model._programs import CoordinationProgram, ProgramReview
from tayho_coord.model._provenance import ref_repr, refs_repr
from tayho_coord.model._records import RecordSet
from tayho_coord.model._sessions import CouncilSession
from tayho_coord.model._time import PartialDate
from tayho_coord.model._voter_contacts import VoterContact

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator

    from tayho_coord.model._activities import Activities
    from tayho_coord.model._counts import ReportedCount

__all__ = [
    "DoneActivity",
    "Occurrence",
    "PlanMatch",
    "Schedule",
    "done_activities",
    "match_plan",
    "plan_sentence",
    "schedule",
]


@frozen
class Occurrence:
    """One dated occurrence of a planned activity.

    Attributes:
        activity: The planned activity.
        number: Its place among the activity's occurrences, from 1.
        starts_on: The first day it may take place.
        due_on: The day it falls due (the last day it may take place).
        label: Which occurrence it is, in Vietnamese (``quý III năm 2020``,
            ``trước kỳ họp thứ 14``); empty for an activity planned once.
        session: The council session it is timed by, if any.
    """

    computed: ClassVar[bool] = True
    """A result the library computes, not a record a data file holds."""

    activity: PlannedActivity = field(repr=lambda a: repr(a.id))
    number: int
    starts_on: dt.date
    due_on: dt.date
    label: str = ""
    session: CouncilSession | None = field(default=None, repr=ref_repr)

    def __attrs_post_init__(self) -> None:
        if self.due_on < self.starts_on:
            raise ValidationError(
                "due_on", self.due_on.isoformat(), f"is before {self.starts_on.isoformat()}"
            )

    @property
    def title(self) -> str:
        """A Vietnamese title: the subject, then which occurrence (``Họp giao ban (quý I năm 2024)``)."""  # noqa: E501
        subject = self.activity.subject
        return f"{subject} ({self.label})" if self.label else subject

    def contains(self, day: dt.date) -> bool:
        """Whether ``day`` lies in the occurrence's window."""
        return self.starts_on <= day <= self.due_on


def _check_as_of(value: object) -> dt.date:
    if not isinstance(value, dt.date) or isinstance(value, dt.datetime):
        raise ValidationError("as_of", value, "must be a date (the library never reads today)")
    return value


@frozen
class Schedule:
    """The dated occurrences of a program's plan over its period, in order of due day.

    Attributes:
        program: The program whose plan it is.
        starts_on: The first day of the plan's period.
        ends_on: The last day of the plan's period.
        occurrences: The occurrences, by due day, then by the plan's order.
        sessions: The council sessions the plan was timed by.
    """

    computed: ClassVar[bool] = True
    """A result the library computes, not a record a data file holds."""

    program: CoordinationProgram = field(repr=ref_repr)
    starts_on: dt.date
    ends_on: dt.date
    occurrences: tuple[Occurrence, ...] = field(repr=lambda o: f"<{len(o)} occurrences>")
    sessions: tuple[CouncilSession, ...] = field(default=(), repr=refs_repr)

    def __iter__(self) -> Iterator[Occurrence]:
        return iter(self.occurrences)

    def __len__(self) -> int:
        return len(self.occurrences)

    def due_by(self, as_of: dt.date) -> tuple[Occurrence, ...]:
        """The occurrences due on or before ``as_of``."""
        day = _check_as_of(as_of)
        return tuple(o for o in self.occurrences if o.due_on <= day)

    def due_within(self, as_of: dt.date, days: int) -> tuple[Occurrence, ...]:
        """The occurrences that fall due in the ``days`` days after ``as_of``.

        That is, due after ``as_of`` and on or before ``as_of + days``: what is due on
        ``as_of`` itself is in :meth:`due_by`.

        Raises:
            ValidationError: ``days`` is not an integer >= 1.
        """
        day = _check_as_of(as_of)
        if not isinstance(days, int) or isinstance(days, bool) or days < 1:
            raise ValidationError("days", days, "must be an integer >= 1")
        last = day + dt.timedelta(days=days)
        return tuple(o for o in self.occurrences if day < o.due_on <= last)

    def open_on(self, as_of: dt.date) -> tuple[Occurrence, ...]:
        """The occurrences whose window contains ``as_of``."""
        day = _check_as_of(as_of)
        return tuple(o for o in self.occurrences if o.contains(day))


def _bounds(program: CoordinationProgram) -> tuple[dt.date, dt.date]:
    # The days of the agreement's period: a year, or a whole term for a regulation.
    period = program.period_for("a schedule of its plan")
    return period.first_day(), period.last_day()


def _covers(meeting: Meeting) -> ReportingPeriod | None:
    """The part a review meeting names ("… đến nay" ending on its day), else None."""
    if meeting.period_reviewed is None or isinstance(meeting.period_reviewed, NotStated):
        return None
    covers = meeting.covers
    assert isinstance(covers, ReportingPeriod)  # a part it names
    return covers


def schedule(program: CoordinationProgram, *, sessions: Iterable[CouncilSession] = ()) -> Schedule:
    """The dated occurrences of a program's planned activities over its period.

    Args:
        program: The program, with its planned activities.
        sessions: The sessions of the unit's council, for activities timed by sessions.

    Returns:
        The schedule, occurrences by due day.

    Raises:
        ValidationError: a session is of another unit's council, or its days are not known;
            an activity is timed by sessions and none is given in the period (nothing is
            left out silently).

    Examples:
        >>> from tayho_coord.datasets import tay_ho_2019
        >>> len(schedule(tay_ho_2019().reviewed))  # the bundled record states no plan
        0
    """
    given = tuple(sessions)
    for i, s in enumerate(given):
        if not isinstance(s, CouncilSession):
            raise ValidationError(f"sessions[{i}]", s, "must be a CouncilSession")
        if s.unit != program.unit:
            raise ValidationError(
                f"sessions[{i}]", s.id, f"is a session of {s.unit.id}, not {program.unit.id}"
            )
        if s.opens_on is None:
            raise ValidationError(
                f"sessions[{i}]", s.id, "its days are not known: a plan is timed by them"
            )
    start, end = _bounds(program)
    found: list[tuple[dt.date, int, Occurrence]] = []
    for index, activity in enumerate(program.planned):
        try:
            windows = activity.timing.windows(start, end, given)
        except ValidationError as exc:
            raise ValidationError(
                f"planned[{index}].timing", activity.timing.text, exc.reason
            ) from None
        for number, w in enumerate(windows, start=1):
            occurrence = Occurrence(activity, number, w.starts_on, w.due_on, w.label, w.session)
            found.append((w.due_on, index, occurrence))
    found.sort(key=lambda t: (t[0], t[1], t[2].number))
    return Schedule(program, start, end, tuple(o for _, _, o in found), given)


@frozen
class DoneActivity:
    """An activity a record reports as done, as the plan compares it.

    Attributes:
        kind: What kind of activity it was.
        held_on: When, as precisely as the record says; None if it does not.
        where: Where in the record it is (``activities.hearings.items[0]``), or the id of
            a record of its own.
        subject: What it was about, if the record says.
        lead: The body that led it, if the record says.
        planned: The id of the planned activity the record says it carries out, if it
            says (then it matches that activity only).
        covers: The part of the period a review meeting reviews (``6 tháng đầu năm
            2020``), if it says: it then carries out the occurrence of that very period,
            whenever it was held (a sơ kết of the first half is held after June).
    """

    computed: ClassVar[bool] = True
    """A result the library computes, not a record a data file holds."""

    kind: PlannedKind
    held_on: PartialDate | None
    where: str
    subject: str | None = None
    lead: Agency | None = field(default=None, repr=ref_repr)
    planned: str | None = None
    covers: ReportingPeriod | None = None

    def __attrs_post_init__(self) -> None:
        if not isinstance(self.kind, PlannedKind):
            raise ValidationError("kind", self.kind, "must be a PlannedKind")
        if self.covers is not None and not isinstance(self.covers, ReportingPeriod):
            raise ValidationError("covers", self.covers, "must be a ReportingPeriod or None")
        if self.held_on is not None and not isinstance(self.held_on, PartialDate):
            raise ValidationError("held_on", self.held_on, "must be a PartialDate or None")


def _counted(
    kind: PlannedKind, where: str, count: ReportedCount[Any], lead: Agency | None = None
) -> Iterator[DoneActivity]:
    for i, item in enumerate(count.items):
        yield DoneActivity(
            kind,
            getattr(item, "held_on", None),
            f"{where}.items[{i}]",
            getattr(item, "subject", None),
            lead if lead is not None else getattr(item, "lead", getattr(item, "presiding", None)),
        )
    for j in range(count.unnamed or 0):
        yield DoneActivity(kind, None, f"{where} (unnamed {j + 1} of {count.unnamed})", None, lead)


def _of_activities(acts: Activities, prefix: str) -> Iterator[DoneActivity]:
    p = f"{prefix}activities"
    yield from _counted(PlannedKind.HEARING, f"{p}.hearings", acts.hearings)
    for g, group in enumerate(acts.oversight):
        where = f"{p}.oversight[{g}].topics"
        yield from _counted(PlannedKind.OVERSIGHT, where, group.topics, group.lead)
    for g, vgroup in enumerate(acts.voter_contacts):
        where = f"{p}.voter_contacts[{g}].meetings"
        yield from _counted(PlannedKind.VOTER_CONTACT, where, vgroup.meetings)
    critiques = acts.social_critiques
    yield from _counted(PlannedKind.SOCIAL_CRITIQUE, f"{p}.social_critiques", critiques)
    yield from _counted(PlannedKind.DIALOGUE, f"{p}.dialogues", acts.dialogues)


_MEETING_KINDS = {
    MeetingKind.INTERIM_REVIEW: PlannedKind.INTERIM_REVIEW,
    MeetingKind.FINAL_REVIEW: PlannedKind.FINAL_REVIEW,
    MeetingKind.REVIEW_AND_SIGNING: PlannedKind.FINAL_REVIEW,
}


def done_activities(
    *records: CoordinationProgram
    | ProgramReview
    | Meeting
    | Hearing
    | OversightActivity
    | VoterContact
    | RecordSet,
) -> tuple[DoneActivity, ...]:
    """The activities the records report as done, for :func:`match_plan`.

    A program gives the activities it holds; a review gives its program's activities and
    itself, a final review (tổng kết) on its day, reported by its reporter; a
    :class:`~tayho_coord.model.Meeting` gives itself, a sơ kết or a tổng kết (a signing
    alone is no planned activity) with the part of the period it reviews; a
    :class:`~tayho_coord.model.Hearing` or an
    :class:`~tayho_coord.model.OversightActivity` of its own gives itself, led by its lead
    (a hearing without one by its organiser); a :class:`~tayho_coord.model.VoterContact`
    gives itself on its first day, led by its organiser, its theme as subject; a
    :class:`~tayho_coord.model.RecordSet` gives those of its records. Satisfaction surveys
    are not activities a plan schedules and are not listed.

    Raises:
        ValidationError: a record is not one of these kinds.
    """
    out: list[DoneActivity] = []
    for i, record in enumerate(records):
        if isinstance(record, RecordSet):
            out.extend(done_activities(*record))
        elif isinstance(record, Meeting):
            kind = _MEETING_KINDS.get(record.kind)
            if kind is not None:
                out.append(
                    DoneActivity(
                        kind,
                        record.held_on,
                        record.id,
                        lead=record.reporter,
                        # the part it reviews, if it says (NOT_STATED: it does not)
                        covers=_covers(record),
                    )
                )
        elif isinstance(record, Hearing):
            lead = record.lead if record.lead is not None else record.organiser
            out.append(
                DoneActivity(PlannedKind.HEARING, record.held_on, record.id, record.subject, lead)
            )
        elif isinstance(record, OversightActivity):
            out.append(
                DoneActivity(
                    PlannedKind.OVERSIGHT, record.held_on, record.id, record.subject, record.lead
                )
            )
        elif isinstance(record, VoterContact):
            out.append(
                DoneActivity(
                    PlannedKind.VOTER_CONTACT,
                    record.held_on,
                    record.id,
                    record.subject,
                    record.organiser,
                )
            )
        elif isinstance(record, ProgramReview):
            out.extend(_of_activities(record.reviewed.activities, "reviewed."))
            day = PartialDate.from_date(record.held_on)
            out.append(
                DoneActivity(PlannedKind.FINAL_REVIEW, day, record.id, None, record.reporter)
            )
        elif isinstance(record, CoordinationProgram):
            out.extend(_of_activities(record.activities, ""))
        else:
            raise ValidationError(
                f"records[{i}]",
                record,
                "must be a program, a review, a meeting, a hearing, "
                "an oversight activity, a voter contact or a RecordSet",
            )
    return tuple(out)


def _surely_within(day: PartialDate, occurrence: Occurrence) -> bool:
    return occurrence.starts_on <= day.first_day() and day.last_day() <= occurrence.due_on


def _may_be_within(day: PartialDate, occurrence: Occurrence) -> bool:
    return day.first_day() <= occurrence.due_on and occurrence.starts_on <= day.last_day()


def _same_lead(planned: PlannedActivity, done: DoneActivity) -> bool:
    if planned.lead is None or done.lead is None:
        return True
    return planned.lead.body == done.lead.body


@frozen
class PlanMatch:
    """What of a plan was carried out as of a day, and what was done without a plan.

    Attributes:
        schedule: The plan's schedule.
        as_of: The day the comparison is made as of: occurrences due after it are not yet
            counted, whether done or not.
        carried_out: Each occurrence carried out, with the activity that carried it out.
        not_recorded: Occurrences due by ``as_of`` that no activity carried out.
        not_planned: Activities in no window of a planned occurrence of their kind (or in
            one already carried out by an earlier activity).
        unplaced: Activities whose day is unknown, too vague to say which window it lies
            in, or that fit occurrences of several planned activities and name none.
        later: Activities that began after :attr:`as_of`, not compared as of that day.
    """

    computed: ClassVar[bool] = True
    """A result the library computes, not a record a data file holds."""

    schedule: Schedule = field(repr=False)
    as_of: dt.date
    carried_out: tuple[tuple[Occurrence, DoneActivity], ...]
    not_recorded: tuple[Occurrence, ...]
    not_planned: tuple[DoneActivity, ...]
    unplaced: tuple[DoneActivity, ...]
    later: tuple[DoneActivity, ...] = ()

    @property
    def due(self) -> tuple[Occurrence, ...]:
        """The occurrences due by :attr:`as_of`."""
        return self.schedule.due_by(self.as_of)

    @property
    def share(self) -> Fraction | None:
        """Occurrences carried out over occurrences due, exactly; None if none is due."""
        due = self.due
        if not due:
            return None
        done = {id(o) for o, _ in self.carried_out}
        return Fraction(sum(1 for o in due if id(o) in done), len(due))

    def activities_due(self) -> tuple[PlannedActivity, ...]:
        """The planned activities (nội dung) with at least one occurrence due, in plan order."""
        due = {o.activity.id for o in self.due}
        return tuple(a for a in self.schedule.program.planned if a.id in due)

    def activities_done(self) -> tuple[PlannedActivity, ...]:
        """The planned activities all of whose due occurrences were carried out."""
        missing = {o.activity.id for o in self.not_recorded}
        return tuple(a for a in self.activities_due() if a.id not in missing)

    @property
    def activity_share(self) -> Fraction | None:
        """Planned activities done over planned activities due, exactly; None if none is due."""
        due = self.activities_due()
        if not due:
            return None
        return Fraction(len(self.activities_done()), len(due))

    def overdue(self) -> tuple[Occurrence, ...]:
        """Occurrences due before :attr:`as_of` and not carried out."""
        return tuple(o for o in self.not_recorded if o.due_on < self.as_of)

    def sentence(self) -> str | None:
        """The sentence of an office's report, counting planned activities (nội dung).

        ``thực hiện 11/12 nội dung theo chương trình, đạt 91,67%`` (:func:`plan_sentence`);
        None if no planned activity is due.
        """
        due = self.activities_due()
        if not due:
            return None
        return plan_sentence(len(self.activities_done()), len(due))


def match_plan(
    schedule: Schedule, done: Iterable[DoneActivity], *, as_of: dt.date | None = None
) -> PlanMatch:
    """Match the activities done to the occurrences of a plan (the rule: module docstring).

    Args:
        schedule: The plan's schedule (:func:`~tayho_coord.model.schedule`).
        done: The activities done (:func:`done_activities`, or built by hand).
        as_of: The day to compare as of; the end of the plan's period if not given (the
            whole plan). Never today's clock.

    Returns:
        The match, with everything left over listed.

    Raises:
        ValidationError: ``as_of`` is not a date, or an item of ``done`` is not a
            :class:`DoneActivity`.
    """
    day = schedule.ends_on if as_of is None else as_of
    if not isinstance(day, dt.date) or isinstance(day, dt.datetime):
        raise ValidationError("as_of", day, "must be a date (the library never reads today)")
    items = list(done)
    planned_ids = {a.id for a in schedule.program.planned}
    for i, item in enumerate(items):
        if not isinstance(item, DoneActivity):
            raise ValidationError(f"done[{i}]", item, "must be a DoneActivity")
        if item.planned is not None and item.planned not in planned_ids:
            raise ValidationError(
                f"done[{i}].planned", item.planned, "is not an activity of the program's plan"
            )
    dated = sorted(
        (d for d in items if d.held_on is not None),
        key=lambda d: (d.held_on.first_day(), d.held_on.last_day()) if d.held_on else (),
    )
    unplaced = [d for d in items if d.held_on is None]
    taken: set[int] = set()
    carried: list[tuple[Occurrence, DoneActivity]] = []
    not_planned: list[DoneActivity] = []
    later: list[DoneActivity] = []
    for d in dated:
        assert d.held_on is not None
        if d.held_on.first_day() > day:
            later.append(d)  # after the day asked about: not compared as of then
            continue
        if d.covers is not None:
            # A review that names the part it reviews carries out the occurrence of that
            # very part (its window is the part), whenever it was held; never another.
            first, last = d.covers.first_day(), d.covers.last_day()
            exact = [
                o
                for o in schedule.occurrences
                if o.activity.kind is d.kind
                and (o.starts_on, o.due_on) == (first, last)
                and d.planned in (None, o.activity.id)
                and id(o) not in taken
            ]
            if len({o.activity.id for o in exact}) > 1:
                unplaced.append(d)
            elif exact:
                taken.add(id(exact[0]))
                carried.append((exact[0], d))
            else:
                not_planned.append(d)
            continue
        same = [
            o
            for o in schedule.occurrences
            if o.activity.kind is d.kind
            and _same_lead(o.activity, d)
            and d.planned in (None, o.activity.id)
        ]
        fits = [o for o in same if id(o) not in taken and _surely_within(d.held_on, o)]
        if len({o.activity.id for o in fits}) > 1:
            unplaced.append(d)  # fits several planned activities: not guessed
        elif fits:
            chosen = min(fits, key=lambda o: o.due_on)
            taken.add(id(chosen))
            carried.append((chosen, d))
        elif any(id(o) not in taken and _may_be_within(d.held_on, o) for o in same):
            unplaced.append(d)
        else:
            not_planned.append(d)
    carried.sort(key=lambda pair: schedule.occurrences.index(pair[0]))
    not_recorded = tuple(o for o in schedule.due_by(day) if id(o) not in taken)
    return PlanMatch(
        schedule,
        day,
        tuple(carried),
        not_recorded,
        tuple(not_planned),
        tuple(unplaced),
        tuple(later),
    )


def plan_sentence(done: int, planned: int) -> str:
    """The report's sentence on a plan: ``thực hiện 11/12 nội dung theo chương trình, đạt 91,67%``.

    The share is written as Vietnamese reports write a percentage: at most two decimals,
    rounded half-up (:func:`~tayho_coord.vi.format_percent`), a decimal comma, no trailing
    zeros (``đạt 100%``, ``đạt 92,5%``).

    Raises:
        ValidationError: the counts are not integers with ``0 <= done <= planned`` and
            ``planned >= 1``.

    Examples:
        >>> plan_sentence(11, 12)
        'thực hiện 11/12 nội dung theo chương trình, đạt 91,67%'
        >>> plan_sentence(12, 12)
        'thực hiện 12/12 nội dung theo chương trình, đạt 100%'
    """
    for name, value in (("done", done), ("planned", planned)):
        if not isinstance(value, int) or isinstance(value, bool) or value < 0:
            raise ValidationError(name, value, "must be an integer >= 0")
    if planned < 1:
        raise ValidationError("planned", planned, "must be at least 1")
    if done > planned:
        raise ValidationError("done", done, f"is more than the {planned} planned")
    from tayho_coord.vi import format_percent

    # Offices write 100% and 50%, not 100,00% and 50,00%: trailing zeros are dropped.
    share = format_percent(Fraction(done, planned)).replace(",00%", "%")
    if share.endswith("0%") and "," in share:
        share = share[:-2] + "%"
    return f"thực hiện {done}/{planned} nội dung theo chương trình, đạt {share}"
