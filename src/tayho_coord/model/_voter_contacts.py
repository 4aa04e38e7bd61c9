"""Voter contacts held (tiếp xúc cử tri, TXCT) as records of their own.

Deputies meet the voters of their constituency before and after each session of their
council (Luật Tổ chức chính quyền địa phương 2015, Điều 94; Luật Hoạt động giám sát của Quốc
hội và Hội đồng nhân dân 2015; Nghị quyết liên tịch số 72/2025/NQLT/UBTVQH15-CP-ĐCTUBTWMTTQVN
on how contacts are held), and in thematic contacts with a group of voters (công nhân lao
động, a draft law). A local article reports one contact ("Chiều ngày 14/9/2021, … tiếp xúc
cử tri xã Trà Tân"), or a series held over several days at several places ("Từ ngày 16/7
đến ngày 19/7/2019 … tại 08 đơn vị bầu cử"), with the figures it prints: voters present,
voters who spoke, opinions raised, how many were answered on the spot. Each figure is kept
as printed, and only where printed.
"""

from __future__ import annotations

import datetime as dt
import enum
import warnings
from typing import Any

from attrs import field, frozen

from tayho_coord.errors import FigureWarning, ValidationError
from tayho_coord.model._activities import VoterContactKind
from tayho_coord.model._agencies import Agency, AgencyKind
from tayho_coord.model._documents import DocumentRef
from tayho_coord.model._hearings import (
    StatedFigure,
    activity_period,
    check_texts,
    figure_findings,
)
from tayho_coord.model._periods import (
    ReportingPeriod,
    check_held_until,
    check_unit_exists,
    held_text,
    reported_text,
)
from tayho_coord.model._petitions import PrintedFigure, Qualifier
from tayho_coord.model._programs import DayPart
from tayho_coord.model._provenance import Citation, ref_repr, refs_repr
from tayho_coord.model._sessions import CouncilSession
from tayho_coord.model._time import PartialDate
from tayho_coord.model._units import AdminUnit, UnitLevel
from tayho_coord.model._validators import each, non_empty, one_of, optional_non_empty, slug_id

__all__ = [
    "ContactFigure",
    "Delegation",
    "DelegationForm",
    "Deputy",
    "DeputyLevel",
    "SessionRelation",
    "VoterContact",
]


class DeputyLevel(enum.Enum):
    """Whose deputies meet the voters: the National Assembly's or a people's council's.

    Examples:
        >>> [level.label for level in DeputyLevel]
        ['đại biểu Quốc hội', 'đại biểu Hội đồng nhân dân']
    """

    NATIONAL_ASSEMBLY = "national_assembly"
    PEOPLES_COUNCIL = "peoples_council"

    @property
    def label(self) -> str:
        """The deputies as a document names them."""
        if self is DeputyLevel.NATIONAL_ASSEMBLY:
            return "đại biểu Quốc hội"
        return "đại biểu Hội đồng nhân dân"


class DelegationForm(enum.Enum):
    """How the deputies who meet the voters are grouped, as the source words it.

    ``Đoàn ĐBQH tỉnh``, ``Đoàn đại biểu HĐND tỉnh, huyện`` (a delegation); ``Tổ đại biểu
    HĐND tỉnh``, ``Tổ đại biểu số 9`` (a group of a constituency); or the deputies named one
    by one with no body ("ông …, đại biểu HĐND huyện").

    Examples:
        >>> [form.word for form in DelegationForm]
        ['Đoàn', 'Tổ', None]
    """

    DELEGATION = "delegation"
    GROUP = "group"
    DEPUTIES = "deputies"

    @property
    def word(self) -> str | None:
        """The noun heading the body (``Đoàn``, ``Tổ``); None for deputies named alone."""
        return {DelegationForm.DELEGATION: "Đoàn", DelegationForm.GROUP: "Tổ"}.get(self)


class SessionRelation(enum.Enum):
    """Whether the contact precedes or follows its session (trước / sau kỳ họp).

    Examples:
        >>> SessionRelation.AFTER.word
        'sau'
    """

    BEFORE = "before"
    AFTER = "after"

    @property
    def word(self) -> str:
        """The Vietnamese preposition."""
        return "trước" if self is SessionRelation.BEFORE else "sau"


@frozen
class Deputy:
    """A deputy named by the source, with the posts it gives.

    Attributes:
        name: The full name as printed (``Lại Thế Nguyên``).
        posts: The posts the source lists after the name, in its order, in the model's own
            Vietnamese (``Phó Bí thư Thường trực Tỉnh ủy``, ``Trưởng đoàn ĐBQH tỉnh``).
        sources: Where the deputy is named.
    """

    name: str = field(validator=non_empty)
    posts: tuple[str, ...] = field(default=(), validator=each(str))
    sources: tuple[Citation, ...] = field(default=(), repr=False, validator=each(Citation))

    def __attrs_post_init__(self) -> None:
        check_texts("posts", self.posts)

    @property
    def label(self) -> str:
        """The name, then the posts: ``Lại Thế Nguyên, Trưởng đoàn ĐBQH tỉnh``."""
        return ", ".join((self.name, *self.posts))


def _check_level(instance: object, attribute: object, value: Any) -> None:
    if not isinstance(value, DeputyLevel):
        raise ValidationError("level", value, "must be a DeputyLevel")


def _check_form(instance: object, attribute: object, value: Any) -> None:
    if not isinstance(value, DelegationForm):
        raise ValidationError("form", value, "must be a DelegationForm")


def _optional_number(instance: object, attribute: Any, value: Any) -> None:
    if value is None:
        return
    if not isinstance(value, int) or isinstance(value, bool) or not 1 <= value <= 999:
        raise ValidationError(attribute.name, value, "must be an integer from 1 to 999 (số N)")


@frozen
class Delegation:
    """The deputies of one council (or of the National Assembly) who meet the voters.

    A provincial delegation of the National Assembly (Đoàn đại biểu Quốc hội tỉnh) is the
    deputies elected in the province: ``level`` NATIONAL_ASSEMBLY and ``unit`` the
    province. A council's deputies are those of the council of ``unit`` (HĐND huyện Đức
    Linh). Where the source names the session the contact precedes or follows, the
    delegation holds it, since each level reports on its own council's session ("báo cáo
    kết quả kỳ họp thứ 14 HĐND tỉnh … kỳ họp thứ 12 HĐND huyện").

    Attributes:
        level: The National Assembly's deputies or a council's.
        unit: The province (or centrally run city) of a National Assembly delegation; the
            unit whose council the deputies sit in.
        form: A delegation (Đoàn), a group (Tổ), or deputies named alone.
        members: The deputies the source names, in its order.
        group_number: The group's own number (``Tổ đại biểu số 9``), where printed.
        constituency: The constituency's number (``đơn vị bầu cử số 1``), where printed.
        session: The session the contact precedes or follows, where the source names it.
        relation: Whether the contact is before or after a session, where the source says
            (with or without naming the session).
        sources: Where the delegation is named.

    Examples:
        >>> from tayho_coord.model import AdminUnit, UnitKind
        >>> th = AdminUnit("thanh-hoa", UnitKind.PROVINCE, "Thanh Hóa")
        >>> Delegation(DeputyLevel.NATIONAL_ASSEMBLY, th, DelegationForm.DELEGATION).label
        'Đoàn đại biểu Quốc hội tỉnh Thanh Hóa'
        >>> dl = AdminUnit("duc-linh", UnitKind.RURAL_DISTRICT, "Đức Linh")
        >>> Delegation(DeputyLevel.PEOPLES_COUNCIL, dl, DelegationForm.DEPUTIES).label
        'đại biểu Hội đồng nhân dân huyện Đức Linh'
    """

    level: DeputyLevel = field(validator=_check_level)
    unit: AdminUnit = field(repr=ref_repr, validator=one_of(AdminUnit, optional=False))
    form: DelegationForm = field(default=DelegationForm.DEPUTIES, validator=_check_form)
    members: tuple[Deputy, ...] = field(default=(), validator=each(Deputy))
    group_number: int | None = field(default=None, validator=_optional_number)
    constituency: int | None = field(default=None, validator=_optional_number)
    session: CouncilSession | None = field(default=None, validator=one_of(CouncilSession))
    relation: SessionRelation | None = field(default=None, validator=one_of(SessionRelation))
    sources: tuple[Citation, ...] = field(default=(), repr=False, validator=each(Citation))

    def __attrs_post_init__(self) -> None:
        names = [m.name for m in self.members]
        if len(set(names)) != len(names):
            raise ValidationError("members", names, "names a deputy twice")
        if self.level is DeputyLevel.NATIONAL_ASSEMBLY:
            if self.unit.kind.level is not UnitLevel.PROVINCE:
                raise ValidationError(
                    "unit",
                    self.unit.id,
                    "a delegation of the National Assembly is of a province or a centrally "
                    "run city (Đoàn đại biểu Quốc hội tỉnh, thành phố)",
                )
        elif self.unit.kind.level is UnitLevel.NATIONAL:
            raise ValidationError("unit", self.unit.id, "a people's council is of a local unit")
        if self.group_number is not None and self.form is not DelegationForm.GROUP:
            raise ValidationError(
                "group_number", self.group_number, "only a group (Tổ đại biểu) has a number"
            )
        session = self.session
        if session is not None:
            kind = session.council.kind
            if self.level is DeputyLevel.NATIONAL_ASSEMBLY:
                if kind is not AgencyKind.NATIONAL_ASSEMBLY:
                    raise ValidationError(
                        "session",
                        session.id,
                        "a National Assembly delegation reports on a "
                        "session of the National Assembly",
                    )
            elif kind is not AgencyKind.PEOPLES_COUNCIL or session.council.unit != self.unit:
                raise ValidationError(
                    "session",
                    session.id,
                    f"is not a session of the council of {self.unit.id}, whose deputies these are",
                )

    @property
    def label(self) -> str:
        """The delegation as a document names it, with its constituency where given.

        ``Tổ đại biểu số 9 Hội đồng nhân dân tỉnh Phú Yên``, ``Đoàn đại biểu Quốc hội tỉnh
        Thanh Hóa``, ``đại biểu Hội đồng nhân dân huyện Đức Linh``.
        """
        noun = self.level.label
        word = self.form.word
        if word is not None and self.group_number is not None:
            body = noun.removeprefix("đại biểu ")
            noun = f"{word} đại biểu số {self.group_number} {body}"
        elif word is not None:
            noun = f"{word} {noun}"
        text = f"{noun} {self.unit}"
        if self.constituency is not None:
            text += f" đơn vị bầu cử số {self.constituency}"
        return text

    @property
    def council_name(self) -> str:
        """The council the deputies sit in: ``Quốc hội``, ``Hội đồng nhân dân tỉnh X``."""
        if self.level is DeputyLevel.NATIONAL_ASSEMBLY:
            return "Quốc hội"
        return f"Hội đồng nhân dân {self.unit}"

    @property
    def session_text(self) -> str | None:
        """``sau kỳ họp thứ 8 Hội đồng nhân dân huyện Chợ Đồn khóa XIX``; None if unsaid.

        A session the source does not name is said by its council alone (``trước kỳ họp
        Hội đồng nhân dân xã Tam An``), never given a number.
        """
        if self.relation is None and self.session is None:
            return None
        word = "" if self.relation is None else f"{self.relation.word} "
        if self.session is None:
            return f"{word}kỳ họp {self.council_name}"
        return f"{word}{self.session.full_title}"


_FIGURES = ("meetings", "voters", "speakers", "opinions", "answered")
"""The figure fields of a contact, in the order documents state them."""


@frozen
class ContactFigure:
    """One figure of a contact, as a document states it (a computed view, never stored).

    Attributes:
        role: The contact's field it is (``speakers``).
        figure: The stated figure; its printed text keeps the source's word where the
            figure is printed as a bound or an approximation (``trên 75``, ``khoảng 2.200``).
    """

    role: str
    figure: StatedFigure

    @property
    def is_exact(self) -> bool:
        """Whether the figure is printed as a value, not a bound (``PrintedFigure.is_exact``)."""
        return self.figure.printed.is_exact

    @property
    def text(self) -> str:
        """``trên 75 lượt cử tri phát biểu``: the figure as printed, then what it counts."""
        return f"{self.figure.printed.text} {self.figure.what}"


def _check_kind(instance: object, attribute: object, value: Any) -> None:
    if not isinstance(value, VoterContactKind):
        raise ValidationError("kind", value, "must be a VoterContactKind")


def _check_delegations(instance: object, attribute: Any, value: Any) -> None:
    each(Delegation)(instance, attribute, value)
    if not value:
        raise ValidationError("delegations", value, "name at least one delegation of deputies")
    if len(set(value)) != len(value):
        raise ValidationError("delegations", [d.label for d in value], "names one twice")


def _may_be_at_most(part: PrintedFigure, whole: PrintedFigure) -> bool:
    """Whether some count ``part`` admits is at most some count ``whole`` admits.

    An exact figure or "hơn"/"trên" n has a lowest end (its value, or just above n);
    "gần"/"khoảng" n has none (any count below n, or any count). An exact figure or "gần" n
    has a highest end (its value, or just below n); "hơn"/"trên"/"khoảng" n has none. Only
    two such ends that cannot meet make the pair impossible: the part's lowest end above
    the whole's highest, or on it where either end is open (a bound's own number is not
    admitted, :meth:`PrintedFigure.admits`).
    """
    low_open = part.qualifier is Qualifier.MORE_THAN
    high_open = whole.qualifier is Qualifier.NEARLY
    if not (part.is_exact or low_open) or not (whole.is_exact or high_open):
        return True
    if low_open or high_open:
        return part.value < whole.value  # an open end never reaches the number itself
    return whole.admits(part.value) or part.value < whole.value  # two values


def _of_unit(unit: AdminUnit, other: AdminUnit) -> bool:
    return other == unit or other in unit.ancestors() or unit in other.ancestors()


@frozen
class VoterContact:
    """Deputies meeting voters (tiếp xúc cử tri): one contact, or a series reported together.

    Who met the voters is one delegation or several (a provincial and a district delegation
    together: "Đoàn đại biểu HĐND tỉnh, huyện tiếp xúc cử tri"), each of its own council and
    session. The contact is of ``unit``: the commune whose voters were met, or the district
    (or province) where a series was held at several places ("tại 08 đơn vị bầu cử").

    Its figures are those the source prints, each with its own noun (``lượt cử tri``,
    ``ý kiến, kiến nghị``, ``nội dung``): how many contacts or places (``meetings``), voters
    present, voters who spoke, opinions raised, and how many were answered on the spot. A
    figure the source does not print is None ("khoảng 50-60 cử tri" per place, an average,
    is no total and is left out); one printed as a bound or an approximation ("trên 75",
    "gần 100", "khoảng 2.200") keeps its word in its own text (:class:`PrintedFigure`'s
    ``qualifier``), and every document writes it as printed.

    A contact is placed by its days (``held_on``, ``held_until``); else by the day of an
    article reporting it ("Vừa qua, …": ``reported_on``), never on that day for sure.

    Attributes:
        id: Identifier, unique within a data file.
        unit: The unit whose voters were met.
        delegations: Who met them.
        kind: Regular (thường kỳ, before or after a session) or thematic (chuyên đề).
        subject: The theme of a thematic contact (``công nhân lao động``, ``dự án Luật Bảo
            vệ môi trường (sửa đổi)``), in the model's own Vietnamese.
        held_on: When it was held (its first day), as precisely as known.
        held_until: The last day of a series held over several days.
        part_of_day: Morning, afternoon… where the source says (one day only).
        reported_on: The day of an article reporting it without a day of its own.
        places: Where it was held, in the model's own Vietnamese (``Hội trường UBND xã``,
            ``nhà văn hóa thôn Nà Búng``).
        areas: The areas whose voters were met where the source names several (``xã Minh
            Quân``, ``tổ bầu cử số 3``), in its order.
        meetings: How many contacts, places or constituencies the source counts
            (``08 đơn vị bầu cử``, ``15 cuộc``).
        voters: Voters present (``cử tri``, ``lượt cử tri``).
        speakers: Voters who spoke (``lượt cử tri phát biểu``).
        opinions: Opinions and petitions raised (``ý kiến, kiến nghị``, ``nội dung``).
        answered: Of those, how many were answered on the spot (``trả lời trực tiếp``).
        answering: Who answered on the spot, in the model's own Vietnamese (``lãnh đạo
            UBND xã``, ``Chủ tịch UBND xã``), in the source's order.
        organiser: The body that organised it (Thường trực HĐND, Ban Thường trực UBMTTQ).
        partners: The bodies it was organised with (phối hợp).
        plan: The document that planned it or set its schedule ("Kế hoạch số 01/KH-HĐND").
        sources: Where it is reported.

    Examples:
        >>> from tayho_coord.model import AdminUnit, UnitKind, PrintedFigure
        >>> dl = AdminUnit("duc-linh", UnitKind.RURAL_DISTRICT, "Đức Linh")
        >>> tt = AdminUnit("duc-linh/tra-tan", UnitKind.COMMUNE, "Trà Tân", parent=dl)
        >>> c = VoterContact("dl/txct", tt,
        ...     (Delegation(DeputyLevel.PEOPLES_COUNCIL, dl),),
        ...     held_on=PartialDate(2021, 9, 14), part_of_day=DayPart.AFTERNOON,
        ...     opinions=StatedFigure("ý kiến, kiến nghị", PrintedFigure("6")),
        ...     answered=StatedFigure("ý kiến", PrintedFigure("2")))
        >>> c.period.label, c.held_text, [f.text for f in c.stated]
        ('ngày 14/9/2021', 'ngày 14/9/2021', ['6 ý kiến, kiến nghị', '2 ý kiến'])
    """

    id: str = field(validator=slug_id)
    unit: AdminUnit = field(repr=ref_repr, validator=one_of(AdminUnit, optional=False))
    delegations: tuple[Delegation, ...] = field(validator=_check_delegations)
    kind: VoterContactKind = field(default=VoterContactKind.REGULAR, validator=_check_kind)
    subject: str | None = field(default=None, validator=optional_non_empty)
    held_on: PartialDate | None = field(default=None, validator=one_of(PartialDate))
    held_until: PartialDate | None = field(default=None, validator=one_of(PartialDate))
    part_of_day: DayPart | None = field(default=None, validator=one_of(DayPart))
    reported_on: PartialDate | None = field(default=None, validator=one_of(PartialDate))
    places: tuple[str, ...] = field(default=(), validator=each(str))
    areas: tuple[str, ...] = field(default=(), validator=each(str))
    meetings: StatedFigure | None = field(default=None, validator=one_of(StatedFigure))
    voters: StatedFigure | None = field(default=None, validator=one_of(StatedFigure))
    speakers: StatedFigure | None = field(default=None, validator=one_of(StatedFigure))
    opinions: StatedFigure | None = field(default=None, validator=one_of(StatedFigure))
    answered: StatedFigure | None = field(default=None, validator=one_of(StatedFigure))
    answering: tuple[str, ...] = field(default=(), validator=each(str))
    organiser: Agency | None = field(default=None, repr=ref_repr, validator=one_of(Agency))
    partners: tuple[Agency, ...] = field(default=(), repr=refs_repr, validator=each(Agency))
    plan: DocumentRef | None = field(default=None, validator=one_of(DocumentRef))
    sources: tuple[Citation, ...] = field(default=(), repr=False, validator=each(Citation))

    def __attrs_post_init__(self) -> None:
        self._check_time()
        if self.subject is not None and self.kind is not VoterContactKind.THEMATIC:
            raise ValidationError(
                "subject", self.subject, "a theme is of a thematic contact (kind thematic)"
            )
        for name, values in (
            ("places", self.places),
            ("areas", self.areas),
            ("answering", self.answering),
        ):
            check_texts(name, values)
        self._check_delegations()
        self._check_bodies()
        self._check_figures()
        for finding in figure_findings(tuple(f.figure for f in self.stated)):
            warnings.warn(f"{self.id}: {finding}", FigureWarning, stacklevel=3)

    def _check_time(self) -> None:
        held_on, reported_on = self.held_on, self.reported_on
        if held_on is None and reported_on is None:
            raise ValidationError(
                "held_on",
                None,
                "a voter contact needs the day it was held, or the day of an article "
                "reporting it (reported_on)",
            )
        check_held_until(held_on, self.held_until)
        if self.part_of_day is not None:
            if held_on is None or held_on.day is None:
                raise ValidationError(
                    "part_of_day", self.part_of_day.value, "a part of the day needs the day held"
                )
            if self.held_until is not None:
                raise ValidationError(
                    "part_of_day",
                    self.part_of_day.value,
                    "a series over several days has no one part of the day",
                )
        if held_on is not None:
            last = held_on if self.held_until is None else self.held_until
            check_unit_exists(self.unit, held_on.first_day(), last.last_day(), "held_on")
            for day, name in ((held_on, "held_on"), (self.held_until, "held_until")):
                if day is not None and reported_on is not None and reported_on.surely_before(day):
                    raise ValidationError(
                        "reported_on",
                        reported_on.iso(),
                        f"is before the contact it reports ({name} {day.iso()})",
                    )
            issued = None if self.plan is None else self.plan.issued_on
            if issued is not None and held_on.surely_before(issued):
                raise ValidationError(
                    "plan.issued_on",
                    issued.iso(),
                    f"the plan is dated after the contact ({held_on.iso()})",
                )
            for i, delegation in enumerate(self.delegations):
                self._check_session(i, delegation, held_on, last)
        else:
            assert reported_on is not None
            # held on or before the article's day: the unit existed by then
            check_unit_exists(self.unit, dt.date.min, reported_on.last_day(), "reported_on")

    @staticmethod
    def _check_session(
        i: int, delegation: Delegation, first: PartialDate, last: PartialDate
    ) -> None:
        """A contact before a session is held before it opens; after it, after it closes."""
        session, relation = delegation.session, delegation.relation
        if session is None or relation is None or session.opens_on is None:
            return
        assert session.closes_on is not None  # both days or neither
        where = f"delegations[{i}].relation"
        if relation is SessionRelation.BEFORE and first.first_day() > session.opens_on:
            raise ValidationError(
                where,
                relation.value,
                f"the contact ({first.iso()}) is after {session.title} opened "
                f"({session.opens_on.isoformat()})",
            )
        if relation is SessionRelation.AFTER and last.last_day() < session.closes_on:
            raise ValidationError(
                where,
                relation.value,
                f"the contact ({last.iso()}) is before {session.title} closed "
                f"({session.closes_on.isoformat()})",
            )

    def _check_delegations(self) -> None:
        """Each delegation is of the contact's unit or above it, where the unit's chain is known.

        A commune given without its district (the article names none) cannot be checked, and
        is not refused for it.
        """
        unit = self.unit
        if unit.parent is None and unit.kind.level is not UnitLevel.PROVINCE:
            return
        chain = (unit, *unit.ancestors())
        for i, delegation in enumerate(self.delegations):
            if delegation.unit not in chain:
                raise ValidationError(
                    f"delegations[{i}].unit",
                    delegation.unit.id,
                    f"is not {unit.id} or a unit above it: its deputies are not of these voters",
                )

    def _check_bodies(self) -> None:
        bodies = [("organiser", self.organiser)] + [
            (f"partners[{i}]", p) for i, p in enumerate(self.partners)
        ]
        for path, agency in bodies:
            if agency is not None and not _of_unit(self.unit, agency.unit):
                raise ValidationError(
                    path, agency.id, f"is not a body of {self.unit.id}, above it or below it"
                )
        if len(set(self.partners)) != len(self.partners):
            raise ValidationError("partners", [p.id for p in self.partners], "names a body twice")
        if self.organiser is not None and self.organiser in self.partners:
            raise ValidationError("partners", self.organiser.id, "the organiser is not its partner")

    def _check_figures(self) -> None:
        """Each figure is a count; no more answered on the spot than raised, as printed.

        A bound is read as the bound it is (:meth:`PrintedFigure.admits`): "hơn 6" answered
        of "6" raised, or "10" answered of "gần 10" raised, cannot be; "khoảng 10" raised,
        or "trên 10", bounds nothing above, and "gần"/"khoảng" answered nothing below.
        """
        for name in _FIGURES:
            figure = getattr(self, name)
            if figure is not None and (figure.printed.is_percent or figure.printed.is_fraction):
                raise ValidationError(
                    f"{name}.printed", figure.printed.text, "must be a count, as printed"
                )
        opinions, answered = self.opinions, self.answered
        if (
            opinions is not None
            and answered is not None
            and not _may_be_at_most(answered.printed, opinions.printed)
        ):
            raise ValidationError(
                "answered.printed",
                answered.printed.text,
                f"more answered on the spot than the {opinions.printed.text} raised",
            )

    @property
    def stated(self) -> tuple[ContactFigure, ...]:
        """Its figures in the order documents state them, each as printed (with its word)."""
        return tuple(
            ContactFigure(name, figure)
            for name in _FIGURES
            if (figure := getattr(self, name)) is not None
        )

    @property
    def period(self) -> ReportingPeriod | None:
        """Its days held (a day, or the range of a series); None if only reported on a day."""
        return activity_period(None, self.held_on, None, None, self.held_until)

    @property
    def time_label(self) -> str:
        """Its period's label, else ``theo tin ngày 24/7/2019`` (the article's day)."""
        if self.period is not None:
            return self.period.label
        return reported_text(self.reported_on)

    @property
    def time_basis(self) -> str:
        """What :attr:`time_label` rests on: ``held_on``, or ``reported_on``."""
        return "held_on" if self.held_on is not None else "reported_on"

    @property
    def held_text(self) -> str | None:
        """When it was held, as reports word it (``từ ngày 16/7/2019 đến ngày 19/7/2019``)."""
        if self.held_on is None:
            return None
        return held_text(self.held_on, self.held_until)

    @property
    def name(self) -> str:
        """``tiếp xúc cử tri``, ``tiếp xúc cử tri chuyên đề`` for a thematic contact."""
        if self.kind is VoterContactKind.THEMATIC:
            return "tiếp xúc cử tri chuyên đề"
        return "tiếp xúc cử tri"

    def figure_findings(self) -> tuple[str, ...]:
        """Where its figures do not add up as printed (:meth:`StatedFigure.findings`)."""
        return figure_findings(tuple(f.figure for f in self.stated))
