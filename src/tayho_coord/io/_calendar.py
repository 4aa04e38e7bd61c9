"""A plan's occurrences as an iCalendar file (.ics), for the offices' calendar software.

Written and read through the ``icalendar`` library (the ``calendar`` extra, imported on the
first call). Each occurrence is one all-day event (RFC 5545):

* ``UID``: ``<program id>#<activity id>#<number>@tayho-coord``, which identifies the
  occurrence when the file is read back;
* ``SUMMARY``: its Vietnamese title (``Tiếp xúc cử tri (trước kỳ họp thứ 14)``);
* ``DTSTART`` / ``DTEND``: its window, as dates; ``DTEND`` is the day *after* it falls due,
  as RFC 5545 makes the end of an all-day event exclusive;
* ``ORGANIZER``: the lead body, its Vietnamese name as ``CN`` and a ``urn:tayho-coord:``
  address naming the agency's id (the model holds no e-mail addresses); ``ATTENDEE``: each
  partner likewise;
* ``DESCRIPTION``: the timing as the program words it; ``CATEGORIES``: the kind of activity;
* ``X-TAYHO-LABEL``, ``X-TAYHO-SESSION``: which occurrence it is, and its session's id.

``DTSTAMP`` (when the file was made) is required by RFC 5545 and is taken from the caller:
the library never reads today's clock.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from tayho_coord.errors import DataError, Problem, ValidationError
from tayho_coord.model import CouncilSession, Occurrence, Schedule, schedule

if TYPE_CHECKING:
    from collections.abc import Iterable

    from tayho_coord.model import Agency, CoordinationProgram

__all__ = ["schedule_from_ics", "schedule_to_ics"]

_DOMAIN = "tayho-coord"
_URN = "urn:tayho-coord:agency:"


def _icalendar() -> Any:
    try:
        import icalendar
    except ImportError as exc:  # pragma: no cover - the test extra installs it
        raise ImportError(
            "calendars need the 'calendar' extra: pip install 'tayho_coord[calendar]'"
        ) from exc
    return icalendar


def _address(ical: Any, agency: Agency, role: str | None = None) -> Any:
    address = ical.vCalAddress(_URN + agency.id)
    address.params["CN"] = agency.full_name
    if role is not None:
        address.params["ROLE"] = role
    return address


def schedule_to_ics(plan: Schedule, *, stamp: dt.datetime) -> bytes:
    """The occurrences of a plan as an iCalendar file, one all-day event each.

    Args:
        plan: The schedule (:func:`~tayho_coord.model.schedule`).
        stamp: When the file is made (``DTSTAMP``), a time-zone-aware datetime: the caller
            says it, the library never reads the clock.

    Returns:
        The file's bytes (UTF-8, CRLF line ends, as RFC 5545 writes them).

    Raises:
        ValidationError: ``stamp`` is not an aware datetime.
    """
    if not isinstance(stamp, dt.datetime) or stamp.utcoffset() is None:
        raise ValidationError("stamp", stamp, "must be a time-zone-aware datetime")
    ical = _icalendar()
    program = plan.program
    cal = ical.Calendar()
    cal.add("prodid", "-//tayho_coord//plan//VI")
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("x-wr-calname", f"Chương trình phối hợp năm {program.year}, {program.unit}")
    for occ in plan.occurrences:
        activity = occ.activity
        event = ical.Event()
        event.add("uid", f"{program.id}#{activity.id}#{occ.number}@{_DOMAIN}")
        event.add("dtstamp", stamp.astimezone(dt.timezone.utc))
        event.add("summary", occ.title)
        event.add("dtstart", occ.starts_on)
        event.add("dtend", occ.due_on + dt.timedelta(days=1))
        event.add("description", f"Thời gian theo chương trình: {activity.timing.text}")
        event.add("categories", [activity.kind.label])
        event.add("transp", "TRANSPARENT")
        if activity.lead is not None:
            event.add("organizer", _address(ical, activity.lead))
        for partner in activity.partners:
            event.add("attendee", _address(ical, partner, "REQ-PARTICIPANT"), encode=0)
        if occ.label:
            event.add("x-tayho-label", occ.label)
        if occ.session is not None:
            event.add("x-tayho-session", occ.session.id)
        cal.add_component(event)
    data: bytes = cal.to_ical()
    return data


def _date(event: Any, name: str) -> dt.date | None:
    prop = event.get(name)
    value = getattr(prop, "dt", None)
    if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        return value
    return None


def schedule_from_ics(
    data: bytes | str,
    program: CoordinationProgram,
    *,
    sessions: Iterable[CouncilSession] = (),
) -> Schedule:
    """Read back a plan's calendar (possibly with days moved in calendar software).

    Each event is matched to the program's planned activity by its ``UID``; its days are
    taken from ``DTSTART`` and ``DTEND`` as the file has them, its session from
    ``X-TAYHO-SESSION`` among ``sessions``. Titles and descriptions are not read back: they
    follow from the activity.

    Args:
        data: The file's content.
        program: The program whose plan the calendar holds.
        sessions: The council sessions the plan is timed by.

    Returns:
        The schedule as the calendar has it, occurrences by due day.

    Raises:
        DataError: the file is not iCalendar, or events do not belong to the program (every
            problem listed, with the event's place: ``VEVENT[2].UID``).
    """
    ical = _icalendar()
    given = tuple(sessions)
    base = schedule(program, sessions=given)  # checks the sessions; gives the period
    by_id = {s.id: s for s in given}
    activities = {a.id: a for a in program.planned}
    try:
        cal = ical.Calendar.from_ical(data)
    except (ValueError, IndexError, KeyError) as exc:
        raise DataError([Problem("$", f"not an iCalendar file ({exc})")]) from None
    problems: list[Problem] = []
    found: list[Occurrence] = []
    seen: set[str] = set()
    for i, event in enumerate(cal.walk("VEVENT")):
        where = f"VEVENT[{i}]"
        uid = str(event.get("uid", ""))
        head, _, domain = uid.rpartition("@")
        parts = head.split("#")
        if domain != _DOMAIN or len(parts) != 3 or not parts[2].isdigit():
            problems.append(Problem(f"{where}.UID", f"not a tayho_coord occurrence: {uid!r}"))
            continue
        program_id, activity_id, number = parts
        if program_id != program.id:
            problems.append(
                Problem(f"{where}.UID", f"of program {program_id!r}, not {program.id!r}")
            )
            continue
        activity = activities.get(activity_id)
        if activity is None:
            problems.append(Problem(f"{where}.UID", f"the program plans no {activity_id!r}"))
            continue
        if uid in seen:
            problems.append(Problem(f"{where}.UID", f"{uid!r} twice"))
            continue
        seen.add(uid)
        start, end = _date(event, "dtstart"), _date(event, "dtend")
        if start is None or end is None or end <= start:
            problems.append(
                Problem(f"{where}.DTEND", "expected all-day dates, DTEND after DTSTART")
            )
            continue
        session = None
        session_id = event.get("x-tayho-session")
        if session_id is not None:
            session = by_id.get(str(session_id))
            if session is None:
                problems.append(
                    Problem(f"{where}.X-TAYHO-SESSION", f"no session {str(session_id)!r}")
                )
                continue
        label = str(event.get("x-tayho-label", ""))
        found.append(
            Occurrence(activity, int(number), start, end - dt.timedelta(days=1), label, session)
        )
    if problems:
        raise DataError(problems)
    order = {a.id: i for i, a in enumerate(program.planned)}
    found.sort(key=lambda o: (o.due_on, order[o.activity.id], o.number))
    return Schedule(program, base.starts_on, base.ends_on, tuple(found), given)
