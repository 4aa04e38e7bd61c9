"""Accountability hearings (phiên giải trình) as records of their own, and what activities share."""

from __future__ import annotations

import datetime as dt
import enum
import warnings
from decimal import Decimal
from typing import TYPE_CHECKING, Any, NamedTuple

from attrs import field, frozen

from tayho_coord import vi
from tayho_coord.errors import FigureWarning, ValidationError
from tayho_coord.model._agencies import Agency, AgencyKind
from tayho_coord.model._documents import DocumentRef
from tayho_coord.model._figures import count_disagreements
from tayho_coord.model._people import Post
from tayho_coord.model._periods import (
    PeriodKind,
    ReportingPeriod,
    check_held_until,
    check_unit_exists,
    ended_on,
    held_text,
    reported_text,
)
from tayho_coord.model._petitions import PrintedFigure
from tayho_coord.model._programs import DayPart, Finding
from tayho_coord.model._provenance import Citation, ref_repr, refs_repr
from tayho_coord.model._time import PartialDate
from tayho_coord.model._units import AdminUnit
from tayho_coord.model._validators import each, non_empty, one_of, optional_count, slug_id

if TYPE_CHECKING:
    from collections.abc import Iterable

    from tayho_coord.model._oversight import OversightActivity

__all__ = [
    "ActivityTimes",
    "FigurePart",
    "Hearing",
    "Leader",
    "LeaderRole",
    "PartsCheck",
    "StatedFigure",
    "activity_period",
    "check_activity",
    "check_leaders",
    "check_texts",
    "figure_findings",
    "period_of_day",
]


@frozen
class FigurePart:
    """A part of a stated figure, as printed ("trong đó … 46,4 ha").

    Attributes:
        what: What the part counts or measures, in the model's own Vietnamese.
        printed: The part exactly as printed.
        sources: The excerpt it is printed in.
    """

    what: str = field(validator=non_empty)
    printed: PrintedFigure = field(validator=one_of(PrintedFigure, optional=False))
    sources: tuple[Citation, ...] = field(default=(), repr=False, validator=each(Citation))


class PartsCheck(NamedTuple):
    """A stated figure's printed parts added up (:meth:`StatedFigure.parts_check`).

    Attributes:
        total: The parts' sum, exactly.
        difference: The sum minus the printed whole (positive: the parts say more).
        within_rounding: Whether the difference is within the rounding of the figures as
            printed (half a unit of the last digit printed of each, summed).
        places: The most decimals printed among them.
    """

    total: Decimal
    difference: Decimal
    within_rounding: bool
    places: int


@frozen
class StatedFigure:
    """A figure a record states (an activity, a meeting, a report), as printed, with what it is of.

    ``count`` and ``whole`` are the counts behind the figure where the source gives them: a
    rate "đạt 89,2%" of 58 out of 65 ý kiến, a fraction "18/93". A bare number with a
    ``whole`` is a rate printed without its sign ("chiếm 17,4" of a whole); without one it
    is a count.

    Attributes:
        what: What the figure counts or measures, in the model's own Vietnamese
            (``hồ sơ cấp giấy chứng nhận quyền sử dụng đất tồn đọng``).
        printed: The figure exactly as printed.
        parts: The parts the source gives of it ("trong đó …"), each as printed; audited
            against the whole by :meth:`findings`, never corrected.
        count: The count the figure states or is the rate of, where the source gives it.
        whole: The whole it is a share of, where the source gives it.
        sources: The excerpt it is printed in.

    Examples:
        >>> StatedFigure("hồ sơ tồn đọng", PrintedFigure("1.234")).printed.value
        Decimal('1234')
        >>> f = StatedFigure("diện tích (ha)", PrintedFigure("10,5"),
        ...     (FigurePart("đang cho thuê", PrintedFigure("6")),
        ...      FigurePart("còn lại", PrintedFigure("4,5"))))
        >>> f.findings()
        ()
        >>> g = StatedFigure("tỷ lệ", PrintedFigure("17,4"), count=88, whole=500)
        >>> print(*g.findings())
        'tỷ lệ': '17,4' does not follow from 88/500: rounded half-up to 1 decimal it prints '17,6%'
        >>> StatedFigure("tỷ lệ", PrintedFigure("17,4"), count=87, whole=500).findings()
        ()
    """

    what: str = field(validator=non_empty)
    printed: PrintedFigure = field(validator=one_of(PrintedFigure, optional=False))
    parts: tuple[FigurePart, ...] = field(default=(), validator=each(FigurePart))
    count: int | None = field(default=None, validator=optional_count, kw_only=True)
    whole: int | None = field(default=None, validator=optional_count, kw_only=True)
    sources: tuple[Citation, ...] = field(default=(), repr=False, validator=each(Citation))

    def __attrs_post_init__(self) -> None:
        whats = [part.what for part in self.parts]
        if len(set(whats)) != len(whats):
            raise ValidationError("parts", whats, "names the same part twice")
        if self.count is not None and self.whole is not None and self.count > self.whole:
            raise ValidationError("count", self.count, f"is more than the whole {self.whole}")

    def disagreements(self) -> tuple[str, ...]:
        """What the printed figure says that its ``count`` and ``whole`` do not (none: agrees).

        See :func:`~tayho_coord.model._figures.count_disagreements`: a fraction count for
        count, a rate rounded half-up at its precision, a bare number with a whole as a rate
        without its sign, without one as a count; nothing where the counts are not given.
        """
        return tuple(count_disagreements(self.printed, self.count, self.whole))

    def findings(self) -> tuple[str, ...]:
        """Where the parts do not add up, or the figure does not follow from its counts.

        The printed parts against the printed whole, exactly; the figure against its count
        and whole (:meth:`disagreements`, each said after the figure's ``what``). The parts
        are checked only where the whole and every part are plain numbers (not a
        percentage, not a fraction). The difference is said with whether it is within the
        rounding of the figures as printed (half a unit of the last digit printed of each):
        the data stays as printed, and the reader judges.
        """
        found = tuple(f"{self.what!r}: {text}" for text in self.disagreements())
        return self._part_findings() + found

    def parts_check(self) -> PartsCheck | None:
        """The printed parts added up against the printed whole; None where not checked.

        Checked only where the whole and every part are plain, exact numbers (not a
        percentage, not a fraction, not a bound "hơn 60"). The difference is within the
        rounding of the figures as printed where it is at most half a unit of the last
        digit printed of each, summed.
        """
        figures = [self.printed, *(part.printed for part in self.parts)]
        if not self.parts or any(f.is_percent or f.is_fraction for f in figures):
            return None
        if not all(f.is_exact for f in figures):
            return None  # bounds ("hơn 60"): :meth:`_bound_part_findings`
        total = sum((part.printed.value for part in self.parts), Decimal(0))
        slack = sum((Decimal(5).scaleb(-f.precision - 1) for f in figures), Decimal(0))
        difference = total - self.printed.value
        places = max(f.precision for f in figures)
        return PartsCheck(total, difference, abs(difference) <= slack, places)

    def _part_findings(self) -> tuple[str, ...]:
        figures = [self.printed, *(part.printed for part in self.parts)]
        plain = self.parts and not any(f.is_percent or f.is_fraction for f in figures)
        if plain and not all(f.is_exact for f in figures):
            return self._bound_part_findings()
        check = self.parts_check()
        if check is None or check.difference == 0:
            return ()
        sum_text = vi.format_number(check.total, decimals=check.places)
        diff_text = vi.format_number(abs(check.difference), decimals=check.places)
        side = "more" if check.difference > 0 else "less"
        text = (
            f"the parts of {self.what!r} add up to {sum_text}, {diff_text} {side} than the "
            f"{self.printed.text} printed"
        )
        if check.within_rounding:
            text += " (within the rounding of the figures as printed)"
        return (text,)

    def _bound_part_findings(self) -> tuple[str, ...]:
        """The parts against the whole where some are printed as bounds ("hơn 60").

        Each figure is the range it admits (an exact one its value; "hơn"/"trên" n above
        n; "gần" n from 0 to n; "khoảng" n any count); a finding only where the parts'
        range and the whole's cannot meet, bounds read as reaching their number so that
        nothing the words allow is found wrong.
        """
        low = Decimal(0)
        high: Decimal | None = Decimal(0)
        for part in self.parts:
            part_low, part_high = _range(part.printed)
            low += part_low
            high = None if high is None or part_high is None else high + part_high
        whole_low, whole_high = _range(self.printed)
        if whole_high is not None and low > whole_high:
            side = "more"
        elif high is not None and whole_low > high:
            side = "less"
        else:
            return ()
        return (
            f"the parts of {self.what!r} ({', '.join(p.printed.text for p in self.parts)}) "
            f"add up to {side} than the {self.printed.text} printed, as bounds",
        )


def _range(figure: PrintedFigure) -> tuple[Decimal, Decimal | None]:
    """The values a plain number printed as ``figure`` may stand for (None: no upper end)."""
    from tayho_coord.model._petitions import Qualifier

    if figure.qualifier is Qualifier.MORE_THAN:
        return figure.value, None
    if figure.qualifier is Qualifier.NEARLY:
        return Decimal(0), figure.value
    if figure.qualifier is Qualifier.ABOUT:
        return Decimal(0), None
    return figure.value, figure.value


def figure_findings(figures: Iterable[StatedFigure]) -> tuple[str, ...]:
    """Every finding of the figures (:meth:`StatedFigure.findings`), in order."""
    return tuple(finding for figure in figures for finding in figure.findings())


class LeaderRole(enum.Enum):
    """How the person leading an activity is named: chủ trì, (phó) trưởng đoàn, tổ trưởng.

    Examples:
        >>> [role.label for role in LeaderRole]
        ['chủ trì', 'trưởng đoàn', 'tổ trưởng', 'phó trưởng đoàn']
    """

    CHAIR = "chair"
    DELEGATION_HEAD = "delegation_head"
    GROUP_HEAD = "group_head"
    DEPUTY_DELEGATION_HEAD = "deputy_delegation_head"

    @property
    def label(self) -> str:
        """The Vietnamese words (``trưởng đoàn``: the head of the delegation)."""
        return _LEADER_LABELS[self]


_LEADER_LABELS = {
    LeaderRole.CHAIR: "chủ trì",
    LeaderRole.DELEGATION_HEAD: "trưởng đoàn",
    LeaderRole.GROUP_HEAD: "tổ trưởng",
    LeaderRole.DEPUTY_DELEGATION_HEAD: "phó trưởng đoàn",
}


def _check_role(instance: object, attribute: object, value: Any) -> None:
    if not isinstance(value, LeaderRole):
        raise ValidationError("role", value, "must be a LeaderRole")


@frozen
class Leader:
    """The post that led an activity: chaired it, headed its delegation or one group of it.

    "Đồng chí …, Chủ tịch HĐND tỉnh chủ trì"; "Đoàn giám sát do … Chủ tịch Ủy ban MTTQ Việt
    Nam huyện làm Trưởng đoàn"; "Tổ 2 Đoàn giám sát do … Trưởng Ban Pháp chế HĐND tỉnh làm
    Tổ trưởng". The post is kept, not the person's name (a post is what the report words).

    Attributes:
        post: The post of the person leading.
        role: Chair, head of the delegation, or head of a group of it.
        sources: Where it is said.
    """

    post: Post = field(validator=one_of(Post, optional=False))
    role: LeaderRole = field(default=LeaderRole.CHAIR, validator=_check_role)
    sources: tuple[Citation, ...] = field(default=(), repr=False, validator=each(Citation))


def activity_period(
    covers: ReportingPeriod | None,
    held_on: PartialDate | None,
    scheduled: ReportingPeriod | None = None,
    report: DocumentRef | None = None,
    held_until: PartialDate | None = None,
) -> ReportingPeriod | None:
    """An activity's period: the one it covers, else when it was held.

    Its days held run from ``held_on`` to ``held_until``; else when its plan sets it, else
    the day of the report of its results; else None (only an article's date bounds it).
    """
    if covers is not None:
        return covers
    if held_on is not None and held_until is not None:
        return ReportingPeriod.between(held_on, held_until)
    if held_on is not None:
        return period_of_day(held_on)
    if scheduled is not None:
        return scheduled
    reported = None if report is None else report.issued_on
    # None: only the day of an article reporting it is known (checked when built)
    return None if reported is None else period_of_day(reported)


def period_of_day(held_on: PartialDate) -> ReportingPeriod:
    """The period a partial day stands for: that day, that month or that year."""
    if held_on.day is not None:
        return ReportingPeriod(PeriodKind.DAY, held_on)
    if held_on.month is not None:
        return ReportingPeriod(PeriodKind.MONTH, held_on)
    return ReportingPeriod(PeriodKind.YEAR, held_on)


def check_texts(name: str, values: tuple[str, ...]) -> None:
    """Each of ``values`` a non-empty string, none twice."""
    if len(set(values)) != len(values):
        raise ValidationError(name, values, "names the same entry twice")
    for i, text in enumerate(values):
        if not isinstance(text, str) or not text.strip() or text != text.strip():
            raise ValidationError(f"{name}[{i}]", text, "must be a non-empty string")


def _of_unit(unit: AdminUnit, agency: Agency) -> bool:
    return agency.unit == unit or agency.unit in unit.ancestors()


def _dated_after(document: DocumentRef | None, day: PartialDate) -> PartialDate | None:
    """The date of ``document`` where it is surely after ``day``, else None."""
    issued = None if document is None else document.issued_on
    return issued if issued is not None and day.surely_before(issued) else None


ActivityTime = tuple[
    PartialDate | None,
    ReportingPeriod | None,
    ReportingPeriod | None,
    DocumentRef | None,
    DocumentRef | None,
]
"""When an activity is known: held on, covers, scheduled, its plan, its report."""


def check_activity(
    unit: AdminUnit,
    when: ActivityTime,
    bodies: Iterable[tuple[str, Agency]],
    lead: Agency | None,
    partners: tuple[Agency, ...],
    *,
    reported_on: PartialDate | None = None,
) -> None:
    """The checks every activity record shares (a hearing, an oversight).

    ``reported_on`` is the day of an article reporting it without a day of its own ("Vừa
    qua, …"): enough to place it (held on or before that day), never its day.

    Raises:
        ValidationError: no day, no period, no schedule and no dated report; a day the unit
            did not exist; a plan dated after the activity or after its report; a report
            dated before the activity; a body outside the unit; a lead among its partners;
            a partner named twice.
    """
    held_on, covers, scheduled, plan, report = when
    reported = None if report is None else report.issued_on
    known = (held_on, covers, scheduled, reported, reported_on)
    if all(value is None for value in known):
        raise ValidationError(
            "held_on",
            None,
            "an activity needs the day it was held, the period it covers, when its plan "
            "sets it, the dated report of its results, or the day of an article reporting "
            "it (reported_on)",
        )
    if held_on is not None:
        check_unit_exists(unit, held_on.first_day(), held_on.last_day(), "held_on")
        late = _dated_after(plan, held_on)
        if late is not None:
            raise ValidationError(
                "plan.issued_on",
                late.iso(),
                f"the plan is dated after the activity ({held_on.iso()})",
            )
        if reported is not None and reported.surely_before(held_on):
            raise ValidationError(
                "report.issued_on",
                reported.iso(),
                f"the report is dated before the activity ({held_on.iso()})",
            )
    elif covers is not None:
        check_unit_exists(unit, covers.first_day(), covers.last_day(), "covers")
    elif scheduled is not None:
        check_unit_exists(unit, scheduled.first_day(), scheduled.last_day(), "scheduled")
    elif reported is None:
        assert reported_on is not None  # held on or before it: the unit existed by then
        check_unit_exists(unit, dt.date.min, reported_on.last_day(), "reported_on")
    else:
        assert reported is not None
        check_unit_exists(unit, reported.first_day(), reported.last_day(), "report.issued_on")
    planned = None if plan is None else plan.issued_on
    if scheduled is not None and planned is not None and planned.first_day() > scheduled.last_day():
        raise ValidationError(
            "plan.issued_on",
            planned.iso(),
            f"the plan is dated after the time it sets ({scheduled.label})",
        )
    late = None if reported is None else _dated_after(plan, reported)
    if late is not None and reported is not None:
        raise ValidationError(
            "plan.issued_on",
            late.iso(),
            f"the plan is dated after the report of the results ({reported.iso()})",
        )
    for path, agency in bodies:
        if not _of_unit(unit, agency):
            raise ValidationError(path, agency.id, f"is not a body of {unit.id} or above it")
    if len(set(partners)) != len(partners):
        raise ValidationError("partners", [p.id for p in partners], "names a body twice")
    if lead is not None and lead in partners:
        raise ValidationError("partners", lead.id, "the lead body is not its own partner")


def _check_reported_on(instance: Hearing | OversightActivity) -> None:
    """The day of an article reporting an activity: not before what it reports."""
    reported_on = instance.reported_on
    if reported_on is None:
        return
    if not isinstance(reported_on, PartialDate):
        raise ValidationError("reported_on", reported_on, "must be a PartialDate")
    for name, day in (
        ("held_on", instance.held_on),
        ("held_until", instance.held_until),
        ("report.issued_on", None if instance.report is None else instance.report.issued_on),
        ("plan.issued_on", None if instance.plan is None else instance.plan.issued_on),
    ):
        if day is not None and reported_on.surely_before(day):
            raise ValidationError(
                "reported_on",
                reported_on.iso(),
                f"is before the {name.split('.')[0]} it reports ({day.iso()})",
            )


def check_leaders(leader: Leader | None, others: tuple[Leader, ...]) -> None:
    """Further leaders need the first; no post leads twice; a deputy head needs a head.

    "Chủ tịch HĐND huyện và Phó Chủ tịch HĐND huyện đồng chủ trì" (Kỳ Anh, 17/5/2019) is a
    ``leader`` and one other of the same role; "Phó trưởng đoàn" is another of a delegation
    whose head is the ``leader``.
    """
    if not others:
        return
    if leader is None:
        raise ValidationError(
            "other_leaders", [o.post.label for o in others], "further leaders need the leader"
        )
    posts = [leader.post, *(o.post for o in others)]
    for i, other in enumerate(others):
        if posts.count(other.post) > 1:
            raise ValidationError(f"other_leaders[{i}]", other.post.label, "leads twice")
    deputies = [o for o in others if o.role is LeaderRole.DEPUTY_DELEGATION_HEAD]
    if deputies and leader.role is not LeaderRole.DELEGATION_HEAD:
        raise ValidationError(
            "other_leaders",
            deputies[0].post.label,
            "a deputy head of the delegation needs its head as the leader",
        )


def check_activity_parts(
    instance: Hearing | OversightActivity,
    bodies: list[tuple[str, Agency | None]],
    texts: Iterable[tuple[str, tuple[str, ...]]],
) -> None:
    """The checks of a hearing's or an oversight's own fields, then :func:`check_activity`."""
    check_held_until(instance.held_on, instance.held_until)
    _check_reported_on(instance)
    if instance.scheduled_within and instance.scheduled is None:
        raise ValidationError(
            "scheduled_within", True, "a window to hold it in needs the window (scheduled)"
        )
    last = instance.held_until
    if last is not None:
        check_unit_exists(instance.unit, last.first_day(), last.last_day(), "held_until")
        reported = None if instance.report is None else instance.report.issued_on
        if reported is not None and reported.surely_before(last):
            raise ValidationError(
                "report.issued_on",
                reported.iso(),
                f"the report is dated before the last day held ({last.iso()})",
            )
    if instance.covers is not None:  # "… đến nay" ends on the activity's own day
        ended_on(instance.covers, instance.own_day, "covers")
    check_leaders(instance.leader, instance.other_leaders)
    if instance.leader is not None:
        bodies = [*bodies, ("leader.post.agency", instance.leader.post.agency)]
    bodies += [
        (f"other_leaders[{i}].post.agency", leader.post.agency)
        for i, leader in enumerate(instance.other_leaders)
    ]
    bodies += [(f"partners[{i}]", p) for i, p in enumerate(instance.partners)]
    check_activity(
        instance.unit,
        (instance.held_on, instance.covers, instance.scheduled, instance.plan, instance.report),
        [(path, agency) for path, agency in bodies if agency is not None],
        instance.lead,
        instance.partners,
        reported_on=instance.reported_on,
    )
    for name, values in (("other_partners", instance.other_partners), *texts):
        check_texts(name, values)
    for finding in figure_findings(instance.figures):
        warnings.warn(f"{instance.id}: {finding}", FigureWarning, stacklevel=4)


class ActivityTimes:
    """What a hearing and an oversight record share: when they are known, their figures."""

    __slots__ = ()

    covers: ReportingPeriod | None
    held_on: PartialDate | None
    held_until: PartialDate | None
    scheduled: ReportingPeriod | None
    scheduled_within: bool
    reported_on: PartialDate | None
    report: DocumentRef | None
    plan: DocumentRef | None
    figures: tuple[StatedFigure, ...]

    @property
    def own_day(self) -> PartialDate | None:
        """The record's own day: held, else its report's, its plan's, or the article's.

        The day a period "… đến nay" it covers ends on (:attr:`covers_to_day`); None where
        the record has none.
        """
        issued = None if self.report is None else self.report.issued_on
        planned = None if self.plan is None else self.plan.issued_on
        return self.held_on or issued or planned or self.reported_on

    @property
    def covers_to_day(self) -> ReportingPeriod | None:
        """:attr:`covers`, a period "… đến nay" ended on :attr:`own_day` where it has one."""
        return None if self.covers is None else self.covers.ending_on(self.own_day)

    @property
    def period(self) -> ReportingPeriod | None:
        """The period it covers, else when it was held, else when its plan sets it.

        Else the day of the report of its results; None where only the day of an article
        reporting it is known (:attr:`reported_on`): that day is no day of the activity.
        """
        return activity_period(
            self.covers, self.held_on, self.scheduled, self.report, self.held_until
        )

    @property
    def time_label(self) -> str:
        """Its period's label, else "theo tin ngày 17/9/2020" (the article's day)."""
        if self.period is not None:
            return self.period.label
        return reported_text(self.reported_on)

    @property
    def time_basis(self) -> str:
        """What :attr:`time_label` rests on: ``period``, or ``reported_on``."""
        return "period" if self.period is not None else "reported_on"

    @property
    def held_text(self) -> str | None:
        """When it was held, as reports word it ("ngày 9 và 10/6/2020"); None if unknown."""
        if self.held_on is None:
            return None
        return held_text(self.held_on, self.held_until)

    @property
    def scheduled_text(self) -> str | None:
        """When its plan sets it, as a plan words it; None without a plan's time.

        Its days ("từ ngày 1/10/2020 đến ngày 7/10/2020"), the window it is to be held in
        on some day ("trong khoảng thời gian từ ngày 12/9/2022 đến ngày 15/9/2022"), or the
        period it falls in ("trong tháng 11 năm 2024").
        """
        scheduled = self.scheduled
        if scheduled is None:
            return None
        if self.scheduled_within:
            return f"trong khoảng thời gian {scheduled.label}"
        if scheduled.kind is PeriodKind.RANGE:
            return scheduled.label
        return f"trong {scheduled.label}"

    @property
    def planned_only(self) -> bool:
        """Whether the source gives only its plan: no day held, no report of results."""
        return self.held_on is None and self.report is None and self.scheduled is not None

    @property
    def leaders(self) -> tuple[Leader, ...]:
        """Every post that led it: ``leader``, then ``other_leaders``; none where unnamed."""
        leader: Leader | None = getattr(self, "leader", None)
        others: tuple[Leader, ...] = getattr(self, "other_leaders", ())
        return () if leader is None else (leader, *others)

    def figure_findings(self) -> tuple[str, ...]:
        """Where the figures do not add up as printed (:meth:`StatedFigure.findings`)."""
        return figure_findings(self.figures)


@frozen
class Hearing(ActivityTimes):
    """An accountability hearing (phiên giải trình) held by the council or one of its bodies.

    A hearing exists without any coordination program; a meeting reviewing a program may
    name it (:attr:`Meeting.activities`). Its organiser is the council's standing committee
    or one of its committees ("Thường trực HĐND tổ chức phiên giải trình"); a body that
    leads the preparation (chủ trì) and partners (phối hợp) may be named apart.

    A hearing known only from its plan ("dự kiến tổ chức trong tháng 11/2024") has
    ``scheduled`` and no ``held_on``: it is never taken as held (:attr:`planned_only`).

    Attributes:
        id: Identifier, unique within a data file.
        unit: The unit whose council held it.
        subject: What was explained, in the model's own Vietnamese; the first topic of a
            hearing on several.
        organiser: The council or a body of it (Thường trực HĐND, a Ban).
        lead: The body that led the preparation (chủ trì), where the source names one.
        partners: The bodies that took part in it (phối hợp).
        other_partners: Partners the source names only as groups ("các phòng, ban, ngành,
            đơn vị liên quan"), in the model's own Vietnamese.
        leader: The post that chaired it, where the source names one.
        other_leaders: Further posts that chaired it with the ``leader`` ("Chủ tịch HĐND
            huyện và Phó Chủ tịch HĐND huyện chủ trì"), in the source's order.
        plan: The document that planned it ("Kế hoạch số 10/KH-HĐND ngày 21/10/2024").
        scheduled: When the plan sets it ("dự kiến tháng 11/2024"), where the source gives
            that and not (or not only) the day it was held.
        held_on: When it was held, as precisely as known.
        part_of_day: Morning, afternoon… where the source says.
        covers: The period whose matters were heard, where the source names one.
        answering: The bodies or officials that answered, in the model's own Vietnamese
            (``Phòng Tài nguyên và Môi trường``).
        figures: Figures heard at it, as printed.
        findings: What it concluded.
        recommendations: What it asked of the bodies heard (kiến nghị, đề nghị).
        report: The document that reported its results, where the source names one.
        sources: Where it is reported.
        other_subjects: The further topics of a hearing on several (a plan listing ten
            topics), after ``subject``, in the source's order; each said once, as a list
            (:attr:`subjects`), never run together into one subject.
        held_until: The last day it was held, where it was held over several days ("các
            ngày 9, 10/6/2020"); ``held_on`` is the first.
        scheduled_within: Whether ``scheduled`` is a window it is to be held in on some day
            ("trong một buổi, trong khoảng thời gian từ ngày 12/9 đến ngày 15/9/2022"),
            rather than the days it is planned to take.
        reported_on: The day of an article reporting it, where the source gives no day of
            its own ("Vừa qua, …"): it was held on or before that day, never on it for sure.

    Examples:
        >>> from tayho_coord.model import AdminUnit, Agency, AgencyKind, UnitKind
        >>> u = AdminUnit("x", UnitKind.RURAL_DISTRICT, "X")
        >>> council = Agency("x/hdnd", AgencyKind.PEOPLES_COUNCIL, u)
        >>> standing = Agency("x/hdnd/tt", AgencyKind.COUNCIL_STANDING_COMMITTEE, u, council)
        >>> h = Hearing("x/gt-1", u, "công tác quản lý đất đai", organiser=standing,
        ...     plan=DocumentRef("10/KH-HĐND", PartialDate(2024, 10, 21)),
        ...     held_on=PartialDate(2024, 11))
        >>> h.period.label, h.plan.label
        ('tháng 11 năm 2024', 'Kế hoạch số 10/KH-HĐND ngày 21/10/2024')
        >>> import attrs
        >>> planned = attrs.evolve(h, held_on=None, scheduled=ReportingPeriod.month(2024, 11))
        >>> planned.planned_only, planned.period.label
        (True, 'tháng 11 năm 2024')
    """

    id: str = field(validator=slug_id)
    unit: AdminUnit = field(repr=ref_repr, validator=one_of(AdminUnit, optional=False))
    subject: str = field(validator=non_empty)
    organiser: Agency | None = field(default=None, repr=ref_repr, validator=one_of(Agency))
    lead: Agency | None = field(default=None, repr=ref_repr, validator=one_of(Agency))
    partners: tuple[Agency, ...] = field(default=(), repr=refs_repr, validator=each(Agency))
    plan: DocumentRef | None = field(default=None, validator=one_of(DocumentRef))
    held_on: PartialDate | None = field(default=None, validator=one_of(PartialDate))
    part_of_day: DayPart | None = field(default=None, validator=one_of(DayPart))
    covers: ReportingPeriod | None = field(default=None, validator=one_of(ReportingPeriod))
    answering: tuple[str, ...] = field(default=(), validator=each(str))
    figures: tuple[StatedFigure, ...] = field(default=(), validator=each(StatedFigure))
    findings: tuple[Finding, ...] = field(default=(), validator=each(Finding))
    other_partners: tuple[str, ...] = field(default=(), validator=each(str))
    leader: Leader | None = field(default=None, validator=one_of(Leader))
    scheduled: ReportingPeriod | None = field(default=None, validator=one_of(ReportingPeriod))
    recommendations: tuple[Finding, ...] = field(default=(), validator=each(Finding))
    report: DocumentRef | None = field(default=None, validator=one_of(DocumentRef))
    sources: tuple[Citation, ...] = field(default=(), repr=False, validator=each(Citation))
    other_subjects: tuple[str, ...] = field(default=(), validator=each(str))
    held_until: PartialDate | None = field(default=None, validator=one_of(PartialDate))
    scheduled_within: bool = field(default=False, validator=one_of(bool, optional=False))
    reported_on: PartialDate | None = field(default=None, validator=one_of(PartialDate))
    other_leaders: tuple[Leader, ...] = field(default=(), validator=each(Leader))

    def __attrs_post_init__(self) -> None:
        organiser = self.organiser
        if organiser is not None and organiser.body.kind is not AgencyKind.PEOPLES_COUNCIL:
            raise ValidationError(
                "organiser",
                organiser.id,
                "a hearing is held by the council, its standing committee or a committee",
            )
        if self.part_of_day is not None and self.held_on is None:
            raise ValidationError(
                "part_of_day", self.part_of_day.value, "a part of the day needs the day held"
            )
        check_activity_parts(
            self,
            [("organiser", organiser), ("lead", self.lead)],
            [("answering", self.answering), ("other_subjects", self.other_subjects)],
        )
        if self.subject in self.other_subjects:
            raise ValidationError("other_subjects", self.subject, "repeats the subject")

    @property
    def subjects(self) -> tuple[str, ...]:
        """Every topic: ``subject``, then ``other_subjects``.

        Examples:
            >>> from tayho_coord.model import AdminUnit, UnitKind
            >>> u = AdminUnit("x", UnitKind.PROVINCE, "X")
            >>> Hearing("x/gt", u, "đào tạo nghề", held_on=PartialDate(2022),
            ...     other_subjects=("hỏa táng",)).subjects
            ('đào tạo nghề', 'hỏa táng')
        """
        return (self.subject, *self.other_subjects)
