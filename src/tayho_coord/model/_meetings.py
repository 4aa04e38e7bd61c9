"""Meetings of an agreement: signing, interim and final reviews, review and signing."""

from __future__ import annotations

import datetime as dt
import enum
import warnings
from typing import Any

from attrs import field, frozen

from tayho_coord.errors import FigureWarning, ValidationError
from tayho_coord.model._agencies import Agency
from tayho_coord.model._hearings import (
    StatedFigure,
    check_texts,
    figure_findings,
    period_of_day,
)
from tayho_coord.model._people import Person, Post
from tayho_coord.model._periods import (
    NotStated,
    ReportingPeriod,
    check_held_until,
    check_unit_exists,
    day_text,
    ended_on,
    held_text,
    reported_text,
)
from tayho_coord.model._petitions import PetitionStats
from tayho_coord.model._programs import CoordinationProgram, DayPart, Finding, as_roster
from tayho_coord.model._provenance import Citation, ref_repr, refs_repr
from tayho_coord.model._roster import Roster
from tayho_coord.model._time import PartialDate, Truth
from tayho_coord.model._units import AdminUnit
from tayho_coord.model._validators import each, one_of, slug_id

__all__ = ["Chair", "ChairRole", "Meeting", "MeetingKind"]


class MeetingKind(enum.Enum):
    """What a meeting of an agreement does.

    Examples:
        >>> [k.label for k in MeetingKind]
        ['ký kết', 'sơ kết', 'tổng kết', 'tổng kết và ký kết']
    """

    SIGNING = "signing"
    INTERIM_REVIEW = "interim_review"
    FINAL_REVIEW = "final_review"
    REVIEW_AND_SIGNING = "review_and_signing"

    @property
    def label(self) -> str:
        """The Vietnamese words of reports (``sơ kết`` is not ``tổng kết``)."""
        return _KIND_LABELS[self]

    @property
    def english(self) -> str:
        """The kind as a plain English noun with its article, for messages.

        Examples:
            >>> MeetingKind.INTERIM_REVIEW.english
            'an interim review (sơ kết)'
        """
        return _ENGLISH[self]

    @property
    def reviews(self) -> bool:
        """Whether the meeting reviews an agreement."""
        return self is not MeetingKind.SIGNING

    @property
    def signs(self) -> bool:
        """Whether an agreement is signed at it."""
        return self in (MeetingKind.SIGNING, MeetingKind.REVIEW_AND_SIGNING)


_ENGLISH = {
    MeetingKind.SIGNING: "a signing (ký kết)",
    MeetingKind.INTERIM_REVIEW: "an interim review (sơ kết)",
    MeetingKind.FINAL_REVIEW: "a final review (tổng kết)",
    MeetingKind.REVIEW_AND_SIGNING: "a review and signing (tổng kết và ký kết)",
}

_KIND_LABELS = {
    MeetingKind.SIGNING: "ký kết",
    MeetingKind.INTERIM_REVIEW: "sơ kết",
    MeetingKind.FINAL_REVIEW: "tổng kết",
    MeetingKind.REVIEW_AND_SIGNING: "tổng kết và ký kết",
}


class ChairRole(enum.Enum):
    """Chairs (chủ trì) or co-chairs (đồng chủ trì) a meeting."""

    CHAIR = "chair"
    CO_CHAIR = "co_chair"

    @property
    def label(self) -> str:
        """``chủ trì`` or ``đồng chủ trì``."""
        return "chủ trì" if self is ChairRole.CHAIR else "đồng chủ trì"


@frozen
class Chair:
    """Who chairs a meeting: a body, a post, or a person in a post.

    Attributes:
        role: Chair or co-chair.
        agency: The body chairing, where the source names a body.
        post: The post of the person chairing ("Phó Chủ tịch UBMTTQ"), where named.
        person: The person, where named (needs the post).
        sources: Where it is said.
    """

    role: ChairRole
    agency: Agency | None = field(default=None, repr=ref_repr)
    post: Post | None = None
    person: Person | None = field(default=None, repr=ref_repr)
    sources: tuple[Citation, ...] = field(default=(), repr=False)

    def __attrs_post_init__(self) -> None:
        if self.agency is None and self.post is None:
            raise ValidationError("agency", None, "a chair is a body or a post")
        if self.person is not None and self.post is None:
            raise ValidationError("post", None, "a person chairs in a post: name the post")

    @property
    def body(self) -> Agency:
        """The agency chairing, or the agency of the post."""
        if self.agency is not None:
            return self.agency
        assert self.post is not None
        return self.post.agency


def _check_kind(instance: object, attribute: object, value: Any) -> None:
    if not isinstance(value, MeetingKind):
        raise ValidationError("kind", value, "must be a MeetingKind")


def _check_noun(instance: object, attribute: object, value: Any) -> None:
    if value is None:
        return
    if not isinstance(value, str) or not value.strip() or value != value.strip():
        raise ValidationError("event_noun", value, "must be a non-empty string or None")
    if value != value.lower():
        raise ValidationError(
            "event_noun", value, "is written in lower case, as inside a sentence (lễ, hội nghị)"
        )


@frozen
class Meeting:
    """A meeting of an agreement: a signing, a review (sơ kết, tổng kết), or both.

    A unit may hold several in one year: a six-month review (sơ kết) and a year review
    (tổng kết) of one program are two meetings. A meeting known only to the month or the
    year has a partial ``held_on``; one an article reports without its own day ("Vừa qua,
    …") has ``held_on=None`` and the article's day as ``reported_on`` (held on or before
    it, never copied as its day), as an activity has.

    Attributes:
        id: Identifier, unique within a data file.
        kind: Signing, interim review, final review, or review and signing.
        unit: The unit whose bodies met.
        held_on: When, as precisely as known; None where the source gives no day of its
            own (``reported_on`` then places it).
        part_of_day: Morning, afternoon… where the source says.
        reviewed: The agreement reviewed (None for a pure signing).
        signed: The agreement signed at it (a signing, or a review and signing).
        period_reviewed: The part of the agreement's period reviewed (6 tháng đầu năm 2020,
            từ đầu nhiệm kỳ 2021-2026 đến nay, whose end is the meeting's day); None where
            it is the agreement's whole period (as files written before :data:`NOT_STATED`
            read); :data:`NOT_STATED` where the source reviews a part it does not name
            ("sơ kết … quy chế phối hợp" with no period): not the whole period, and no part
            invented.
        hosts: The bodies that organised it.
        chairs: Who chaired and co-chaired it.
        reporter: The body that presented the report.
        on_behalf_of: The bodies the reporter spoke for ("thay mặt 3 cơ quan").
        attending_posts: Posts named as attending without a person.
        other_attendees: Other attendees named as groups, in the model's own Vietnamese.
        roster: The tenures of the people named at it (a tuple of tenures is accepted).
        achievements: What the review found done well.
        shortcomings: What it found lacking.
        petitions: Voter-petition figures it reports.
        figures: Other figures stated at it, as printed ("chiếm 17,4"), with the counts
            behind them where the source gives them.
        activities: The ids of records it reports on (a :class:`Hearing`, an
            :class:`OversightActivity`, a :class:`PetitionReport`).
        sources: Where it is reported.
        event_noun: The noun the source gives the event, kept in every document (``lễ`` of
            "lễ ký kết", ``buổi``, ``hội nghị``); None where the source calls it a hội nghị
            or names no noun: documents then write ``hội nghị`` (:attr:`noun`), the plain
            word for a meeting of several bodies, which says no more than that they met.
        held_until: The last day, where it was held over several days; ``held_on`` is
            the first.
        reported_on: The day of an article reporting it without a day of its own ("Vừa
            qua, …"): it was held on or before that day. One of ``held_on`` and
            ``reported_on`` is given; time queries and metrics say which they used
            (:attr:`time_basis`).

    Examples:
        >>> from tayho_coord.model import AdminUnit, Agency, AgencyKind, UnitKind
        >>> cg = AdminUnit("ha-noi/cau-giay", UnitKind.URBAN_DISTRICT, "Cầu Giấy")
        >>> bodies = tuple(Agency(f"cg/{k.value}", k, cg) for k in (
        ...     AgencyKind.PEOPLES_COUNCIL, AgencyKind.PEOPLES_COMMITTEE,
        ...     AgencyKind.FATHERLAND_FRONT))
        >>> program = CoordinationProgram("cg/ct-2020", cg, 2020, bodies)
        >>> m = Meeting("cg/sk-2020", MeetingKind.INTERIM_REVIEW, cg, PartialDate(2020, 8, 5),
        ...     reviewed=program, period_reviewed=ReportingPeriod.half(2020, 1))
        >>> m.title
        'hội nghị sơ kết 6 tháng đầu năm 2020 thực hiện Chương trình phối hợp năm 2020'
        >>> import attrs
        >>> attrs.evolve(m, event_noun="buổi").title[:12]
        'buổi sơ kết '
    """

    id: str = field(validator=slug_id)
    kind: MeetingKind = field(validator=_check_kind)
    unit: AdminUnit = field(repr=ref_repr, validator=one_of(AdminUnit, optional=False))
    held_on: PartialDate | None = field(validator=one_of(PartialDate))
    part_of_day: DayPart | None = None
    reviewed: CoordinationProgram | None = field(default=None, repr=ref_repr)
    signed: CoordinationProgram | None = field(default=None, repr=ref_repr)
    period_reviewed: ReportingPeriod | NotStated | None = field(
        default=None, validator=one_of(ReportingPeriod, NotStated)
    )
    hosts: tuple[Agency, ...] = field(default=(), repr=refs_repr)
    chairs: tuple[Chair, ...] = ()
    reporter: Agency | None = field(default=None, repr=ref_repr)
    on_behalf_of: tuple[Agency, ...] = field(default=(), repr=refs_repr)
    attending_posts: tuple[Post, ...] = ()
    other_attendees: tuple[str, ...] = ()
    roster: Roster = field(factory=Roster, converter=as_roster)
    achievements: tuple[Finding, ...] = ()
    shortcomings: tuple[Finding, ...] = ()
    petitions: tuple[PetitionStats, ...] = ()
    figures: tuple[StatedFigure, ...] = field(default=(), validator=each(StatedFigure))
    activities: tuple[str, ...] = ()
    sources: tuple[Citation, ...] = field(default=(), repr=False)
    event_noun: str | None = field(default=None, validator=_check_noun)
    held_until: PartialDate | None = None
    reported_on: PartialDate | None = field(default=None, validator=one_of(PartialDate))

    def __attrs_post_init__(self) -> None:
        self._check_days()
        kind = self.kind
        if kind.reviews and self.reviewed is None:
            raise ValidationError("reviewed", None, f"{kind.english} meeting reviews an agreement")
        if not kind.reviews and self.reviewed is not None:
            raise ValidationError("reviewed", self.reviewed.id, "a signing reviews nothing")
        if kind.signs and self.signed is None:
            raise ValidationError("signed", None, f"an agreement is signed at {kind.english}")
        if not kind.signs and self.signed is not None:
            raise ValidationError("signed", self.signed.id, f"nothing is signed at {kind.english}")
        if not kind.reviews and self.period_reviewed is not None:
            raise ValidationError(
                "period_reviewed", self.period_reviewed.label, "a signing reviews nothing"
            )
        parties: set[Agency] = set()
        for name, agreement in (("reviewed", self.reviewed), ("signed", self.signed)):
            if agreement is None:
                continue
            if agreement.unit != self.unit:
                raise ValidationError(
                    f"{name}.unit", agreement.unit.id, f"is not the meeting's unit {self.unit.id}"
                )
            parties |= {p.body for p in agreement.parties}
        if self.reviewed is not None:
            self._check_reviewed(self.reviewed)
        held_on = self.held_on
        if self.signed is not None and self.signed.signed_on is not None and held_on is not None:
            on = self.signed.signed_on
            if on.last_day() < held_on.first_day() or held_on.last_day() < on.first_day():
                raise ValidationError(
                    "signed.signed_on",
                    on.iso(),
                    f"differs from the meeting's day {held_on.iso()}",
                )
        self._check_bodies(parties)
        check_texts("other_attendees", self.other_attendees)
        if len(set(self.activities)) != len(self.activities):
            raise ValidationError("activities", self.activities, "names a record twice")
        for i, ident in enumerate(self.activities):
            try:
                slug_id(self, None, ident)
            except ValidationError as exc:  # noqa: PERF203 - names the bad item's index
                raise ValidationError(f"activities[{i}]", ident, exc.reason) from None
        if held_on is not None and held_on.is_exact:
            day = held_on.to_date()
            for i, tenure in enumerate(self.roster):
                if self.roster.status(tenure, day) is Truth.NO:
                    raise ValidationError(
                        f"roster.tenures[{i}]",
                        tenure.person.id,
                        f"cannot hold {tenure.post.label} on {day.isoformat()}, the meeting's day",
                    )
        for i, stats in enumerate(self.petitions):
            if stats.unit != self.unit:
                raise ValidationError(
                    f"petitions[{i}].unit", stats.unit.id, "differs from the meeting's unit"
                )
        for finding in figure_findings(self.figures):
            warnings.warn(f"{self.id}: {finding}", FigureWarning, stacklevel=3)

    def _check_days(self) -> None:
        held_on, reported_on = self.held_on, self.reported_on
        if held_on is None and reported_on is None:
            raise ValidationError(
                "held_on",
                None,
                "a meeting needs the day it was held, or the day of an article reporting it "
                "(reported_on)",
            )
        check_held_until(held_on, self.held_until)
        if held_on is not None:
            check_unit_exists(self.unit, held_on.first_day(), held_on.last_day(), "held_on")
        else:
            assert reported_on is not None  # held on or before it: the unit existed by then
            check_unit_exists(self.unit, dt.date.min, reported_on.last_day(), "reported_on")
        if self.held_until is not None:
            last = self.held_until
            check_unit_exists(self.unit, last.first_day(), last.last_day(), "held_until")
            if self.part_of_day is not None:
                raise ValidationError(
                    "part_of_day", self.part_of_day.value, "a part of the day is of one day held"
                )
        if reported_on is not None:
            for name, day in (("held_on", held_on), ("held_until", self.held_until)):
                if day is not None and reported_on.surely_before(day):
                    raise ValidationError(
                        "reported_on", reported_on.iso(), f"is before the {name} ({day.iso()})"
                    )

    def _check_reviewed(self, reviewed: CoordinationProgram) -> None:
        period = reviewed.period
        part = self.period_reviewed
        latest = self.held_on or self.reported_on  # held on it, or on or before it
        assert latest is not None  # one of them is given (checked first)
        if isinstance(part, ReportingPeriod):
            part = ended_on(part, latest, "period_reviewed")
        if isinstance(period, NotStated):
            return  # nothing to hold the meeting's day or the part against
        if latest.last_day() < period.first_day():
            name = "held_on" if self.held_on is not None else "reported_on"
            raise ValidationError(
                name, latest.iso(), f"comes before {period.label}, the period reviewed"
            )
        if isinstance(part, ReportingPeriod) and not (
            period.first_day() <= part.first_day() and part.last_day() <= period.last_day()
        ):
            raise ValidationError("period_reviewed", part.label, f"is not within {period.label}")

    def _check_bodies(self, parties: set[Agency]) -> None:
        def of_unit(agency: Agency) -> bool:
            return agency.unit == self.unit or agency.unit in self.unit.ancestors()

        named = [(f"hosts[{i}]", a) for i, a in enumerate(self.hosts)]
        named += [(f"chairs[{i}]", c.body) for i, c in enumerate(self.chairs)]
        for path, agency in named:
            if not of_unit(agency):
                raise ValidationError(
                    path, agency.id, f"is not a body of {self.unit.id} or above it"
                )
        for name, values in (("hosts", self.hosts), ("on_behalf_of", self.on_behalf_of)):
            if len(set(values)) != len(values):
                raise ValidationError(name, [a.id for a in values], "names a body twice")
        spoken: list[tuple[str, Agency | None]] = [("reporter", self.reporter)]
        spoken += [(f"on_behalf_of[{i}]", a) for i, a in enumerate(self.on_behalf_of)]
        for path, speaker in spoken:
            if speaker is not None and speaker.body not in parties:
                raise ValidationError(
                    path, speaker.id, "is not a party to the agreement or its sub-body"
                )
        if self.on_behalf_of and self.reporter is None:
            raise ValidationError(
                "on_behalf_of", [a.id for a in self.on_behalf_of], "needs a reporter"
            )

    @property
    def agreement(self) -> CoordinationProgram:
        """The agreement reviewed, else the one signed."""
        agreement = self.reviewed or self.signed
        assert agreement is not None  # every kind names one (checked when built)
        return agreement

    @property
    def period(self) -> ReportingPeriod | NotStated:
        """The period the meeting is about: the part reviewed, else the agreement's period.

        A pure signing is about the period of the agreement it signs. :data:`NOT_STATED`
        where the source names no part reviewed, or the agreement has no stated period.
        A part "từ đầu nhiệm kỳ … đến nay" is as printed; :attr:`covers` ends it on the
        meeting's day.
        """
        if self.period_reviewed is not None:
            return self.period_reviewed
        return self.agreement.period

    @property
    def covers(self) -> ReportingPeriod | NotStated:
        """:attr:`period`, with a part "… đến nay" ending on the meeting's day.

        The day held, else the day of the article reporting it (the meeting was on or
        before it: the latest day the part may reach).
        """
        period = self.period
        if isinstance(period, NotStated):
            return period
        return period.ending_on(self.held_on or self.reported_on)

    @property
    def day_period(self) -> ReportingPeriod | None:
        """The day (or month, or year) the meeting was held, as a period.

        Its days, where it was held over several (``held_until``); None where only the day
        of an article reporting it is known (:attr:`reported_on`), which is no day of the
        meeting.
        """
        if self.held_on is None:
            return None
        if self.held_until is not None:
            return ReportingPeriod.between(self.held_on, self.held_until)
        return period_of_day(self.held_on)

    @property
    def time_label(self) -> str:
        """When it was held, else "theo tin ngày 17/9/2020" (the day of the article).

        Examples:
            >>> from tayho_coord.model import (NOT_STATED, AdminUnit, Agency, AgencyKind,
            ...     AgreementKind, UnitKind)
            >>> vl = AdminUnit("vinh-long", UnitKind.PROVINCE, "Vĩnh Long")
            >>> rule = CoordinationProgram("vl/qc", vl, NOT_STATED, (
            ...     Agency("vl/ubnd", AgencyKind.PEOPLES_COMMITTEE, vl),
            ...     Agency("vl/mttq", AgencyKind.FATHERLAND_FRONT, vl)),
            ...     kind=AgreementKind.REGULATION)
            >>> m = Meeting("vl/sk", MeetingKind.INTERIM_REVIEW, vl, None,
            ...     reviewed=rule, period_reviewed=NOT_STATED,
            ...     reported_on=PartialDate(2020, 9, 17))
            >>> m.time_label, m.time_basis, m.day_period
            ('theo tin ngày 17/9/2020', 'reported_on', None)
            >>> m.title
            'hội nghị sơ kết thực hiện Quy chế phối hợp'
        """
        if self.held_on is not None:
            return self.held_text or day_text(self.held_on)
        return reported_text(self.reported_on)

    @property
    def time_basis(self) -> str:
        """What :attr:`time_label` rests on: ``held_on``, or ``reported_on``."""
        return "held_on" if self.held_on is not None else "reported_on"

    @property
    def held_text(self) -> str | None:
        """When it was held, as reports word it ("ngày 9 và 10/6/2020", "ngày 5/8/2020").

        None where the source gives no day of its own (:attr:`time_label` says the
        article's day).
        """
        if self.held_on is None:
            return None
        return held_text(self.held_on, self.held_until)

    @property
    def title(self) -> str:
        """The meeting as reports name it.

        ``hội nghị sơ kết 6 tháng đầu năm 2020 thực hiện Chương trình phối hợp năm 2020``,
        ``lễ ký kết Quy chế phối hợp nhiệm kỳ 2021-2026`` (the source's noun,
        :attr:`event_noun`).
        """
        if self.kind is MeetingKind.SIGNING:
            assert self.signed is not None
            return f"{self.noun} ký kết {self.signed.title}"
        assert self.reviewed is not None
        review = "sơ kết" if self.kind is MeetingKind.INTERIM_REVIEW else "tổng kết"
        text = f"{self.noun} {review}"
        if isinstance(self.period_reviewed, ReportingPeriod):  # NOT_STATED: no words
            text += f" {self.period_reviewed.label}"
        text += f" thực hiện {self.reviewed.title}"
        if self.signed is not None:
            text += f" và ký kết {self.signed.title}"
        return text

    @property
    def noun(self) -> str:
        """The event's noun: the source's (:attr:`event_noun`), else ``hội nghị``."""
        return self.event_noun if self.event_noun is not None else "hội nghị"

    @property
    def attendees(self) -> tuple[Person, ...]:
        """The people the roster shows surely in post on the meeting's day (an exact day)."""
        if self.held_on is None or not self.held_on.is_exact:
            return ()
        day = self.held_on.to_date()
        return tuple(
            dict.fromkeys(t.person for t in self.roster if self.roster.status(t, day) is Truth.YES)
        )
