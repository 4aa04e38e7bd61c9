"""Coordination programs and the review conferences that close them."""

from __future__ import annotations

import datetime as dt
import enum
from typing import TYPE_CHECKING

from attrs import field, frozen

from tayho_coord.errors import ValidationError
from tayho_coord.model._activities import Activities
from tayho_coord.model._agencies import Agency, AgencyKind
from tayho_coord.model._counts import ReportedCount
from tayho_coord.model._people import Person, Post, Tenure
from tayho_coord.model._periods import (
    NOT_STATED,
    NotStated,
    PeriodKind,
    ReportingPeriod,
    check_unit_exists,
)
from tayho_coord.model._petitions import PetitionStats
from tayho_coord.model._plan import PlannedActivity, check_planned
from tayho_coord.model._provenance import Citation, ref_repr, refs_repr
from tayho_coord.model._roster import Roster
from tayho_coord.model._time import PartialDate, Truth
from tayho_coord.model._units import AdminUnit
from tayho_coord.model._validators import non_empty, non_negative, optional_non_empty, slug_id

if TYPE_CHECKING:
    from collections.abc import Iterable

__all__ = [
    "AgreementKind",
    "ContentArea",
    "CoordinationProgram",
    "DayPart",
    "Finding",
    "KeyTask",
    "ProgramReview",
]


class ContentArea(enum.Enum):
    """The content areas a coordination program covers.

    Examples:
        >>> ContentArea.SOCIAL_CRITIQUE.label
        'phản biện xã hội'
    """

    PROPAGANDA = "propaganda"
    CAMPAIGNS = "campaigns"
    SUPERVISION = "supervision"
    SOCIAL_CRITIQUE = "social_critique"
    DIALOGUE = "dialogue"
    VOTER_CONTACT = "voter_contact"
    COUNCIL_SESSIONS = "council_sessions"
    CITIZEN_RECEPTION = "citizen_reception"
    PETITIONS = "petitions"

    @property
    def label(self) -> str:
        """The Vietnamese name of the area, as reports write it inside a sentence."""
        return _AREA_LABELS[self]


_AREA_LABELS = {
    ContentArea.PROPAGANDA: "tuyên truyền",
    ContentArea.CAMPAIGNS: "tổ chức các cuộc vận động",
    ContentArea.SUPERVISION: "giám sát",
    ContentArea.SOCIAL_CRITIQUE: "phản biện xã hội",
    ContentArea.DIALOGUE: "đối thoại",
    ContentArea.VOTER_CONTACT: "tiếp xúc cử tri",
    ContentArea.COUNCIL_SESSIONS: "chuẩn bị kỳ họp Hội đồng nhân dân",
    ContentArea.CITIZEN_RECEPTION: "tiếp công dân",
    ContentArea.PETITIONS: "giải quyết kiến nghị cử tri",
}


class AgreementKind(enum.Enum):
    """A yearly coordination program or a coordination regulation for a term or a stage.

    Examples:
        >>> AgreementKind.REGULATION.label
        'Quy chế phối hợp'
    """

    PROGRAM = "program"
    REGULATION = "regulation"

    @property
    def label(self) -> str:
        """The Vietnamese name of the kind of document, as reports write it."""
        return "Chương trình phối hợp" if self is AgreementKind.PROGRAM else "Quy chế phối hợp"


class DayPart(enum.Enum):
    """The part of the day a source gives (``Chiều ngày 11/02/2020``).

    Values are the Vietnamese words, which CLDR's ``vi`` day periods also use.
    """

    MORNING = "sáng"
    NOON = "trưa"
    AFTERNOON = "chiều"
    EVENING = "tối"
    NIGHT = "đêm"


@frozen
class KeyTask:
    """A key task (nhiệm vụ trọng tâm) of a program.

    Attributes:
        text: The task, in the model's own Vietnamese.
        sources: Where it is stated.
    """

    text: str = field(validator=non_empty)
    sources: tuple[Citation, ...] = field(default=(), repr=False)


@frozen
class Finding:
    """An achievement or a shortcoming a review states.

    Attributes:
        text: What was found, in the model's own Vietnamese.
        sources: The excerpt it rests on.
    """

    text: str = field(validator=non_empty)
    sources: tuple[Citation, ...] = field(default=(), repr=False)


def as_period(value: ReportingPeriod | NotStated | int) -> ReportingPeriod | NotStated:
    """A period, :data:`NOT_STATED`, or a year (an ``int``) taken as that calendar year."""
    if isinstance(value, (ReportingPeriod, NotStated)):
        return value
    if not isinstance(value, int) or isinstance(value, bool):
        raise ValidationError(
            "period",
            value,
            "must be a ReportingPeriod, a year (an int) from 1945 to 2200, or NOT_STATED "
            "where the source names none",
        )
    if not 1945 <= value <= 2200:
        raise ValidationError("period", value, "must be a year from 1945 to 2200")
    return ReportingPeriod.year(value)


def _check_period(instance: object, attribute: object, value: ReportingPeriod | NotStated) -> None:
    if isinstance(value, NotStated):
        return
    if value.ends_on_record_day:
        raise ValidationError(
            "period", value.label, "an agreement's period ends on a day it names, not 'đến nay'"
        )
    for year in (value.first_day().year, value.last_day().year):
        if not 1945 <= year <= 2200:
            raise ValidationError("period", year, "must be a year from 1945 to 2200")


def _check_task_groups(instance: object, attribute: object, value: int | None) -> None:
    if value is not None:
        non_negative(instance, attribute, value)


def _dated(activities: Activities) -> Iterable[tuple[str, PartialDate | None]]:
    for i, h in enumerate(activities.hearings.items):
        yield f"activities.hearings.items[{i}].held_on", h.held_on
    for g, group in enumerate(activities.oversight):
        for i, t in enumerate(group.topics.items):
            yield f"activities.oversight[{g}].topics.items[{i}].held_on", t.held_on
    for g, vgroup in enumerate(activities.voter_contacts):
        for i, m in enumerate(vgroup.meetings.items):
            yield f"activities.voter_contacts[{g}].meetings.items[{i}].held_on", m.held_on
    for i, c in enumerate(activities.social_critiques.items):
        yield f"activities.social_critiques.items[{i}].held_on", c.held_on
    for i, d in enumerate(activities.dialogues.items):
        yield f"activities.dialogues.items[{i}].held_on", d.held_on
    for i, s in enumerate(activities.surveys):
        yield f"activities.surveys[{i}].held_on", s.held_on


def _agencies_of(activities: Activities) -> Iterable[tuple[str, Agency]]:
    for i, h in enumerate(activities.hearings.items):
        if h.presiding is not None:
            yield f"activities.hearings.items[{i}].presiding", h.presiding
    for g, group in enumerate(activities.oversight):
        for j, a in enumerate(group.bodies):
            yield f"activities.oversight[{g}].bodies[{j}]", a
    for i, c in enumerate(activities.social_critiques.items):
        if c.lead is not None:
            yield f"activities.social_critiques.items[{i}].lead", c.lead
    for i, s in enumerate(activities.surveys):
        if s.lead is not None:
            yield f"activities.surveys[{i}].lead", s.lead


# Parties beside the main bodies: the Party committee, and the National Assembly's
# delegation of a province ("Quy chế phối hợp giữa Đoàn ĐBQH, Thường trực HĐND, UBND và Ban
# Thường trực UBMTTQVN tỉnh nhiệm kỳ 2021-2026", Bình Phước).
_OTHER_PARTIES = frozenset({AgencyKind.PARTY_COMMITTEE, AgencyKind.NATIONAL_ASSEMBLY_DELEGATION})


@frozen
class CoordinationProgram:
    """An agreement to work together: a yearly program or a regulation for a term.

    A Chương trình phối hợp công tác covers a year; a Quy chế phối hợp covers a term
    (nhiệm kỳ 2021-2026) or a stage (giai đoạn 2017-2021). Either binds two to four bodies of
    one unit: the council, the committee and the front (or their standing bodies), two where
    a unit has no council, sometimes the Party committee beside them.

    Attributes:
        id: Identifier, unique within a data file.
        unit: The administrative unit.
        period: What it covers (a year given as an ``int`` is that calendar year), or
            :data:`NOT_STATED` where the source names no term or year (a Quy chế "ký kết"
            with no term): no period is invented; it is then placed by ``signed_on``, and
            what needs a period (:meth:`period_for`) says it has none.
        parties: The bodies that signed it, at most one of (or under) each main body.
        standing_agency: The standing agency of the year (cơ quan thường trực): a party or a
            sub-body of one.
        content_areas: The areas it covers.
        key_tasks: Its key tasks, with the count the source states.
        signed_on: When it was signed, as precisely as known.
        symbol: Its document number and symbol (``Số: 01/CTrPH-HĐND-UBND-UBMTTQ``), if known.
        activities: What the bodies did under it.
        planned: What it plans: activities, who leads them, when (:func:`~tayho_coord.model.schedule`).
        sources: Where it is described.
        kind: A program or a regulation.
        task_groups: The number of groups of tasks it states ("10 nhóm nhiệm vụ"): counted,
            not named, and not key tasks.

    Examples:
        >>> from tayho_coord.model import AdminUnit, Agency, AgencyKind, UnitKind
        >>> btl = AdminUnit("ha-noi/bac-tu-liem", UnitKind.URBAN_DISTRICT, "Bắc Từ Liêm")
        >>> bodies = [Agency(f"btl/{k.value}", k, btl) for k in (
        ...     AgencyKind.PEOPLES_COUNCIL, AgencyKind.PEOPLES_COMMITTEE,
        ...     AgencyKind.FATHERLAND_FRONT)]
        >>> rule = CoordinationProgram("btl/qc", btl, ReportingPeriod.term(2021, 2026),
        ...     tuple(bodies), kind=AgreementKind.REGULATION)
        >>> rule.title
        'Quy chế phối hợp nhiệm kỳ 2021-2026'
        >>> CoordinationProgram("btl/ct", btl, 2022, tuple(bodies)).year
        2022
    """  # noqa: E501

    id: str = field(validator=slug_id)
    unit: AdminUnit = field(repr=ref_repr)
    period: ReportingPeriod | NotStated = field(converter=as_period, validator=_check_period)
    parties: tuple[Agency, ...] = field(repr=refs_repr)
    standing_agency: Agency | None = field(default=None, repr=ref_repr)
    content_areas: tuple[ContentArea, ...] = ()
    key_tasks: ReportedCount[KeyTask] = field(factory=ReportedCount)
    signed_on: PartialDate | None = None
    symbol: str | None = field(default=None, validator=optional_non_empty)
    activities: Activities = field(factory=Activities)
    planned: tuple[PlannedActivity, ...] = ()
    sources: tuple[Citation, ...] = field(default=(), repr=False)
    kind: AgreementKind = AgreementKind.PROGRAM
    task_groups: int | None = field(default=None, validator=_check_task_groups)

    def __attrs_post_init__(self) -> None:
        check_planned(self.planned, self.unit)
        self._check_parties()
        if self.standing_agency is not None and self.standing_agency.body not in {
            p.body for p in self.parties
        }:
            raise ValidationError(
                "standing_agency",
                self.standing_agency.id,
                "must be one of the parties or a sub-body of one",
            )
        if len(set(self.content_areas)) != len(self.content_areas):
            raise ValidationError(
                "content_areas", [a.value for a in self.content_areas], "lists an area twice"
            )
        self._check_times()
        for path, agency in _agencies_of(self.activities):
            if agency.unit != self.unit and self.unit not in agency.unit.ancestors():
                raise ValidationError(
                    path, agency.id, f"is an agency of {agency.unit.id}, outside {self.unit.id}"
                )

    def _check_times(self) -> None:
        period, signed_on = self.period, self.signed_on
        if signed_on is not None and not isinstance(signed_on, PartialDate):
            raise ValidationError("signed_on", signed_on, "must be a PartialDate or None")
        if isinstance(period, NotStated):
            # Nothing to hold the signing day or the activities' days against: the unit
            # existed on the signing day, where it is known.
            if signed_on is not None:
                first, last = signed_on.first_day(), signed_on.last_day()
                check_unit_exists(self.unit, first, last, "signed_on")
            return
        first, last = period.first_day(), period.last_day()
        check_unit_exists(self.unit, first, last, "period")
        year = period.calendar_year
        words = f"the year {year}" if year is not None else period.label
        if signed_on is not None and (
            signed_on.last_day().year < first.year - 1 or signed_on.first_day() > last
        ):
            when = (
                f"in {year - 1} or {year}"
                if year is not None
                else f"from {first.year - 1} to the end of {period.label}"
            )
            raise ValidationError(
                "signed_on", signed_on.iso(), f"an agreement for {words} is signed {when}"
            )
        for path, held_on in _dated(self.activities):
            if held_on is not None and not period.overlaps(held_on):
                raise ValidationError(path, held_on.iso(), f"is outside {words}")

    @property
    def period_stated(self) -> bool:
        """Whether the source states the agreement's period (not :data:`NOT_STATED`)."""
        return isinstance(self.period, ReportingPeriod)

    def period_for(self, use: str) -> ReportingPeriod:
        """The agreement's period, for ``use`` (what needs it, said in the error).

        Raises:
            ValidationError: the source states no period (:data:`NOT_STATED`): ``use``
                cannot be done without one, and none is invented.

        Examples:
            >>> from tayho_coord.model import AdminUnit, Agency, AgencyKind, UnitKind
            >>> kh = AdminUnit("khanh-hoa", UnitKind.PROVINCE, "Khánh Hòa")
            >>> rule = CoordinationProgram("kh/qc", kh, NOT_STATED, (
            ...     Agency("kh/hdnd", AgencyKind.PEOPLES_COUNCIL, kh),
            ...     Agency("kh/mttq", AgencyKind.FATHERLAND_FRONT, kh)),
            ...     signed_on=PartialDate(2020, 7, 1), kind=AgreementKind.REGULATION)
            >>> rule.title, rule.period_stated
            ('Quy chế phối hợp', False)
            >>> try:
            ...     rule.period_for("a schedule")
            ... except ValidationError as exc:
            ...     print(exc.reason)
            a schedule needs the agreement's period, and the source of kh/qc states none
        """
        if isinstance(self.period, NotStated):
            raise ValidationError(
                "period",
                NOT_STATED.value,
                f"{use} needs the agreement's period, and the source of {self.id} states none",
            )
        return self.period

    def _check_parties(self) -> None:
        if not 2 <= len(self.parties) <= 4:
            raise ValidationError(
                "parties", [p.id for p in self.parties], "an agreement has two to four parties"
            )
        bodies = [p.body for p in self.parties]
        if len(set(bodies)) != len(bodies):
            raise ValidationError("parties", [p.id for p in self.parties], "names a body twice")
        for i, party in enumerate(self.parties):
            if not (party.body.kind.is_main_body or party.kind in _OTHER_PARTIES):
                raise ValidationError(
                    f"parties[{i}]",
                    party.id,
                    "must be a council, a committee or a front (or a standing body of one), "
                    "the Party committee or the National Assembly's delegation",
                )
            if party.unit != self.unit:
                raise ValidationError(
                    f"parties[{i}]", party.id, f"belongs to {party.unit.id}, not {self.unit.id}"
                )
        if not any(p.body.kind.is_main_body for p in self.parties):
            raise ValidationError(
                "parties", [p.id for p in self.parties], "names none of council, committee, front"
            )

    @property
    def year(self) -> int:
        """The calendar year of a yearly agreement.

        Raises:
            ValidationError: the period is not one calendar year (a term, a stage…); read
                :attr:`period` instead.
        """
        period = self.period_for("a year")
        year = period.calendar_year
        if year is None:
            raise ValidationError("period", period.label, "is not one calendar year: read .period")
        return year

    @property
    def title(self) -> str:
        """The agreement's kind and period as reports name it.

        ``Chương trình phối hợp năm 2020``, ``Quy chế phối hợp nhiệm kỳ 2021-2026``; the
        kind alone where the source states no period (``Quy chế phối hợp``).
        """
        if isinstance(self.period, NotStated):
            return self.kind.label
        return f"{self.kind.label} {self.period.label}"


def as_roster(value: Roster | Iterable[Tenure]) -> Roster:
    """A roster, or the tenures of one (the converter of a meeting's ``roster``)."""
    return value if isinstance(value, Roster) else Roster(tuple(value))


@frozen
class ProgramReview:
    """A review conference (hội nghị tổng kết, đánh giá, rút kinh nghiệm) of a program.

    Attributes:
        id: Identifier, unique within a data file.
        held_on: The day of the conference.
        part_of_day: Morning, afternoon… where the source says.
        hosts: The bodies that organised it.
        reporter: The body that presented the review report (the standing agency).
        reviewed: The program reviewed.
        signed: The next program, signed at the conference, if one was.
        attending_posts: Posts named as attending without a person (``Phó Chủ tịch HĐND``).
        other_attendees: Other attendees the source names as groups, in the model's own
            Vietnamese (``lãnh đạo các Ban HĐND quận``).
        roster: The tenures of the people the source names at the conference (a tuple of
            tenures is accepted); the attendees and their posts are derived from it at
            ``held_on`` (:attr:`attendees`, :meth:`posts_of`), never typed twice. A tenure
            the data excludes on ``held_on`` is an error.
        achievements: What the review found done well.
        shortcomings: What it found lacking.
        petitions: Voter-petition figures it reports.
        sources: Where it is reported.
    """

    id: str = field(validator=slug_id)
    held_on: dt.date
    reviewed: CoordinationProgram = field(repr=ref_repr)
    hosts: tuple[Agency, ...] = field(default=(), repr=refs_repr)
    part_of_day: DayPart | None = None
    reporter: Agency | None = field(default=None, repr=ref_repr)
    signed: CoordinationProgram | None = field(default=None, repr=ref_repr)
    attending_posts: tuple[Post, ...] = ()
    other_attendees: tuple[str, ...] = ()
    roster: Roster = field(factory=Roster, converter=as_roster)
    achievements: tuple[Finding, ...] = ()
    shortcomings: tuple[Finding, ...] = ()
    petitions: tuple[PetitionStats, ...] = ()
    sources: tuple[Citation, ...] = field(default=(), repr=False)

    def __attrs_post_init__(self) -> None:
        for name, program in (("reviewed", self.reviewed), ("signed", self.signed)):
            period = None if program is None else program.period
            if period is not None and (
                isinstance(period, NotStated) or period.kind is not PeriodKind.YEAR
            ):
                raise ValidationError(
                    f"{name}.period",
                    period.label,
                    "a review conference is of a yearly program: record a Meeting instead",
                )
        year = self.reviewed.year
        check_unit_exists(self.unit, self.held_on, self.held_on, "held_on")
        if not year <= self.held_on.year <= year + 1:
            raise ValidationError(
                "held_on",
                self.held_on.isoformat(),
                f"a review of {year} is held in {year} or {year + 1}",
            )
        if self.signed is not None:
            if self.signed.year != year + 1:
                raise ValidationError(
                    "signed.year", self.signed.year, f"the next program follows {year}"
                )
            if self.signed.unit != self.reviewed.unit:
                raise ValidationError(
                    "signed.unit", self.signed.unit.id, "differs from the reviewed program's unit"
                )
        for i, host in enumerate(self.hosts):
            if host not in self.reviewed.parties:
                raise ValidationError(f"hosts[{i}]", host.id, "is not a party to the program")
        if self.reporter is not None and self.reporter.body not in self.reviewed.parties:
            raise ValidationError(
                "reporter", self.reporter.id, "is not a party to the program or its sub-body"
            )
        for i, tenure in enumerate(self.roster):
            if self.roster.status(tenure, self.held_on) is Truth.NO:
                raise ValidationError(
                    f"roster.tenures[{i}]",
                    tenure.person.id,
                    f"cannot hold {tenure.post.label} on {self.held_on.isoformat()}, "
                    "the day of the conference",
                )
        for i, stats in enumerate(self.petitions):
            if stats.unit != self.reviewed.unit:
                raise ValidationError(
                    f"petitions[{i}].unit", stats.unit.id, "differs from the program's unit"
                )

    @property
    def unit(self) -> AdminUnit:
        """The unit whose program is reviewed."""
        return self.reviewed.unit

    @property
    def year(self) -> int:
        """The year reviewed."""
        return self.reviewed.year

    @property
    def period(self) -> ReportingPeriod:
        """The period reviewed: the reviewed program's year."""
        return self.reviewed.period_for("a review conference")

    @property
    def attendees(self) -> tuple[Person, ...]:
        """The people the roster shows in post on the conference day, in roster order.

        Only tenures that surely cover ``held_on`` count (attested that day, or between a
        known start and end): a person whose tenure merely may cover it is not named.
        """
        return tuple(
            dict.fromkeys(
                t.person for t in self.roster if self.roster.status(t, self.held_on) is Truth.YES
            )
        )

    def posts_of(self, person: Person) -> tuple[Post, ...]:
        """The posts ``person`` surely held on the conference day, as the roster shows.

        Empty for a person the roster does not name.
        """
        if person not in self.roster.people:
            return ()
        return tuple(h.post for h in self.roster.posts_of(person, self.held_on) if h.certain)
