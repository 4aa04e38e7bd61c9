"""Accountability hearings (phiên giải trình) as records of their own."""

from __future__ import annotations

from typing import TYPE_CHECKING

from attrs import field, frozen

from tayho_coord.errors import ValidationError
from tayho_coord.model._agencies import Agency, AgencyKind
from tayho_coord.model._documents import DocumentRef
from tayho_coord.model._periods import PeriodKind, ReportingPeriod, check_unit_exists
from tayho_coord.model._petitions import PrintedFigure
from tayho_coord.model._programs import DayPart, Finding
from tayho_coord.model._provenance import Citation, ref_repr, refs_repr
from tayho_coord.model._time import PartialDate
from tayho_coord.model._units import AdminUnit
from tayho_coord.model._validators import non_empty, slug_id

if TYPE_CHECKING:
    from collections.abc import Iterable

__all__ = [
    "Hearing",
    "StatedFigure",
    "activity_period",
    "check_activity",
    "check_texts",
    "period_of_day",
]


@frozen
class StatedFigure:
    """A figure an activity heard or found, as printed, with what it is of.

    Attributes:
        what: What the figure counts or measures, in the model's own Vietnamese
            (``hồ sơ cấp giấy chứng nhận quyền sử dụng đất tồn đọng``).
        printed: The figure exactly as printed.
        sources: The excerpt it is printed in.

    Examples:
        >>> StatedFigure("hồ sơ tồn đọng", PrintedFigure("1.234")).printed.value
        Decimal('1234')
    """

    what: str = field(validator=non_empty)
    printed: PrintedFigure
    sources: tuple[Citation, ...] = field(default=(), repr=False)


def activity_period(covers: ReportingPeriod | None, held_on: PartialDate | None) -> ReportingPeriod:
    """An activity's period: the one it covers, else the day (or month, or year) it was held."""
    if covers is not None:
        return covers
    assert held_on is not None  # one of the two is given (checked when built)
    return period_of_day(held_on)


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


def check_activity(
    unit: AdminUnit,
    held_on: PartialDate | None,
    covers: ReportingPeriod | None,
    plan: DocumentRef | None,
    bodies: Iterable[tuple[str, Agency]],
    lead: Agency | None,
    partners: tuple[Agency, ...],
) -> None:
    """The checks every activity record shares (a hearing, an oversight).

    Raises:
        ValidationError: no day and no period; a day the unit did not exist; a plan dated
            after the activity; a body outside the unit; a lead among its partners; a
            partner named twice.
    """
    if held_on is None and covers is None:
        raise ValidationError(
            "held_on", None, "an activity needs the day it was held or the period it covers"
        )
    if held_on is not None:
        check_unit_exists(unit, held_on.first_day(), held_on.last_day(), "held_on")
        if (
            plan is not None
            and plan.issued_on is not None
            and held_on.surely_before(plan.issued_on)
        ):
            raise ValidationError(
                "plan.issued_on",
                plan.issued_on.iso(),
                f"the plan is dated after the activity ({held_on.iso()})",
            )
    else:
        assert covers is not None
        check_unit_exists(unit, covers.first_day(), covers.last_day(), "covers")
    for path, agency in bodies:
        if not _of_unit(unit, agency):
            raise ValidationError(path, agency.id, f"is not a body of {unit.id} or above it")
    if len(set(partners)) != len(partners):
        raise ValidationError("partners", [p.id for p in partners], "names a body twice")
    if lead is not None and lead in partners:
        raise ValidationError("partners", lead.id, "the lead body is not its own partner")


@frozen
class Hearing:
    """An accountability hearing (phiên giải trình) held by the council or one of its bodies.

    A hearing exists without any coordination program; a meeting reviewing a program may
    name it (:attr:`Meeting.activities`). Its organiser is the council's standing committee
    or one of its committees ("Thường trực HĐND tổ chức phiên giải trình"); a body that
    leads the preparation (chủ trì) and partners (phối hợp) may be named apart.

    Attributes:
        id: Identifier, unique within a data file.
        unit: The unit whose council held it.
        subject: What was explained, in the model's own Vietnamese.
        organiser: The council or a body of it (Thường trực HĐND, a Ban).
        lead: The body that led the preparation (chủ trì), where the source names one.
        partners: The bodies that took part in it (phối hợp).
        plan: The document that planned it ("Kế hoạch số 10/KH-HĐND ngày 21/10/2024").
        held_on: When it was held, as precisely as known.
        part_of_day: Morning, afternoon… where the source says.
        covers: The period whose matters were heard, where the source names one.
        answering: The bodies or officials that answered, in the model's own Vietnamese
            (``Phòng Tài nguyên và Môi trường``).
        figures: Figures heard at it, as printed.
        findings: What it concluded.
        sources: Where it is reported.

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
    """

    id: str = field(validator=slug_id)
    unit: AdminUnit = field(repr=ref_repr)
    subject: str = field(validator=non_empty)
    organiser: Agency | None = field(default=None, repr=ref_repr)
    lead: Agency | None = field(default=None, repr=ref_repr)
    partners: tuple[Agency, ...] = field(default=(), repr=refs_repr)
    plan: DocumentRef | None = None
    held_on: PartialDate | None = None
    part_of_day: DayPart | None = None
    covers: ReportingPeriod | None = None
    answering: tuple[str, ...] = ()
    figures: tuple[StatedFigure, ...] = ()
    findings: tuple[Finding, ...] = ()
    sources: tuple[Citation, ...] = field(default=(), repr=False)

    def __attrs_post_init__(self) -> None:
        organiser = self.organiser
        if organiser is not None and organiser.body.kind is not AgencyKind.PEOPLES_COUNCIL:
            raise ValidationError(
                "organiser",
                organiser.id,
                "a hearing is held by the council, its standing committee or a committee",
            )
        bodies = [("organiser", organiser), ("lead", self.lead)]
        bodies += [(f"partners[{i}]", p) for i, p in enumerate(self.partners)]
        check_activity(
            self.unit,
            self.held_on,
            self.covers,
            self.plan,
            [(path, a) for path, a in bodies if a is not None],
            self.lead,
            self.partners,
        )
        check_texts("answering", self.answering)

    @property
    def period(self) -> ReportingPeriod:
        """The period it covers, else the day (or month, or year) it was held."""
        return activity_period(self.covers, self.held_on)
