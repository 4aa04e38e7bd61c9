"""Oversight (giám sát, khảo sát, kiểm tra; chuyên đề where the source says) as records."""

from __future__ import annotations

from typing import Any

from attrs import field, frozen

from tayho_coord.errors import ValidationError
from tayho_coord.model._activities import OversightKind
from tayho_coord.model._agencies import Agency
from tayho_coord.model._documents import DocumentRef
from tayho_coord.model._hearings import (
    ActivityTimes,
    Leader,
    StatedFigure,
    check_activity_parts,
)
from tayho_coord.model._periods import ReportingPeriod
from tayho_coord.model._programs import DayPart, Finding
from tayho_coord.model._provenance import Citation, ref_repr, refs_repr
from tayho_coord.model._time import PartialDate
from tayho_coord.model._units import AdminUnit
from tayho_coord.model._validators import each, non_empty, one_of, slug_id

__all__ = ["OversightActivity"]


def _check_kind(instance: object, attribute: object, value: Any) -> None:
    if not isinstance(value, OversightKind):
        raise ValidationError("kind", value, "must be an OversightKind")


def _check_thematic(instance: object, attribute: object, value: Any) -> None:
    if not isinstance(value, bool):
        raise ValidationError("thematic", value, "must be true or false")


@frozen
class OversightActivity(ActivityTimes):
    """A supervision, survey or inspection carried out by a body of a unit.

    A record of its own, like a :class:`~tayho_coord.model.Hearing`: the council, one of its
    committees or the front oversees the bodies named in ``overseen``, planned by a document,
    led by one body with partners, over a period; a meeting may name it. The body that
    decided it (the Thường trực HĐND that set up the delegation) is its ``organiser``, apart
    from the body that led the work; the post that led the delegation is its ``leader``.

    A survey (khảo sát) is not a supervision (giám sát): ``kind`` keeps the source's word;
    one activity that is both ("đoàn khảo sát, giám sát") keeps the second in
    ``other_kinds``, in the source's order (:attr:`kinds_label`).
    An activity known only from its plan ("dự kiến trong quý IV/2025") has ``scheduled``
    and no ``held_on``, and is never taken as carried out (:attr:`planned_only`).

    Attributes:
        id: Identifier, unique within a data file.
        unit: The unit whose body carried it out.
        kind: Supervision, survey or inspection.
        subject: The topic, in the model's own Vietnamese.
        lead: The body that led it (chủ trì).
        partners: The bodies that took part (phối hợp).
        overseen: The bodies or places overseen, in the model's own Vietnamese.
        plan: The document that planned it.
        held_on: When it was carried out, as precisely as known.
        covers: The period whose matters it examined, where the source names one.
        figures: Figures it found, as printed.
        findings: What it concluded.
        organiser: The body that decided it (set up the delegation), where the source
            names one apart from the lead.
        other_partners: Partners the source names only as groups ("đại diện lãnh đạo các
            tổ chức chính trị - xã hội huyện"), in the model's own Vietnamese.
        leader: The post that chaired it or headed its delegation (or a group of it).
        other_leaders: Further posts that led it with the ``leader``: a co-chair of the
            same role, a deputy head of its delegation (``DEPUTY_DELEGATION_HEAD``), in the
            source's order.
        part_of_day: Morning, afternoon… of ``held_on``, where the source says ("Chiều
            23-11"); it needs the day held.
        scheduled: When the plan sets it, where the source gives that and not (or not
            only) when it was carried out.
        recommendations: What it asked of the bodies overseen (kiến nghị, đề nghị).
        report: The document that reported its results ("Báo cáo số 11/BC-HĐND").
        sources: Where it is reported.
        thematic: True only where the source calls it thematic (giám sát chuyên đề, a form
            of its own in Luật Hoạt động giám sát của Quốc hội và Hội đồng nhân dân, số
            87/2015/QH13); documents then write ``giám sát chuyên đề``, otherwise the kind
            alone (``giám sát``), never adding a word the source does not say.
        held_until: The last day it was carried out, where it took several days ("các
            ngày 9, 10/6/2020"); ``held_on`` is the first.
        scheduled_within: Whether ``scheduled`` is a window it is to be carried out in on
            some day, rather than the days it is planned to take.
        reported_on: The day of an article reporting it, where the source gives no day of
            its own ("Vừa qua, …"): it was held on or before that day, never on it for sure.
        other_kinds: The kinds it also was, after ``kind``, in the order the source names
            them ("đoàn khảo sát, giám sát": ``kind`` survey, ``other_kinds`` supervision).

    Examples:
        >>> from tayho_coord.model import AdminUnit, Agency, AgencyKind, UnitKind
        >>> u = AdminUnit("x", UnitKind.RURAL_DISTRICT, "X")
        >>> front = Agency("x/mttq", AgencyKind.FATHERLAND_FRONT, u)
        >>> o = OversightActivity("x/gs-1", u, OversightKind.SUPERVISION, "tiếp công dân",
        ...     lead=front, covers=ReportingPeriod.year(2023))
        >>> o.period.label, o.kind.label, o.name
        ('năm 2023', 'giám sát', 'giám sát')
    """

    id: str = field(validator=slug_id)
    unit: AdminUnit = field(repr=ref_repr, validator=one_of(AdminUnit, optional=False))
    kind: OversightKind = field(validator=_check_kind)
    subject: str = field(validator=non_empty)
    lead: Agency | None = field(default=None, repr=ref_repr, validator=one_of(Agency))
    partners: tuple[Agency, ...] = field(default=(), repr=refs_repr, validator=each(Agency))
    overseen: tuple[str, ...] = field(default=(), validator=each(str))
    plan: DocumentRef | None = field(default=None, validator=one_of(DocumentRef))
    held_on: PartialDate | None = field(default=None, validator=one_of(PartialDate))
    covers: ReportingPeriod | None = field(default=None, validator=one_of(ReportingPeriod))
    figures: tuple[StatedFigure, ...] = field(default=(), validator=each(StatedFigure))
    findings: tuple[Finding, ...] = field(default=(), validator=each(Finding))
    organiser: Agency | None = field(default=None, repr=ref_repr, validator=one_of(Agency))
    other_partners: tuple[str, ...] = field(default=(), validator=each(str))
    leader: Leader | None = field(default=None, validator=one_of(Leader))
    scheduled: ReportingPeriod | None = field(default=None, validator=one_of(ReportingPeriod))
    recommendations: tuple[Finding, ...] = field(default=(), validator=each(Finding))
    report: DocumentRef | None = field(default=None, validator=one_of(DocumentRef))
    sources: tuple[Citation, ...] = field(default=(), repr=False, validator=each(Citation))
    thematic: bool = field(default=False, validator=_check_thematic)
    held_until: PartialDate | None = field(default=None, validator=one_of(PartialDate))
    scheduled_within: bool = field(default=False, validator=one_of(bool, optional=False))
    reported_on: PartialDate | None = field(default=None, validator=one_of(PartialDate))
    other_kinds: tuple[OversightKind, ...] = field(default=(), validator=each(OversightKind))
    other_leaders: tuple[Leader, ...] = field(default=(), validator=each(Leader))
    part_of_day: DayPart | None = field(default=None, validator=one_of(DayPart))

    def __attrs_post_init__(self) -> None:
        if self.part_of_day is not None and self.held_on is None:
            raise ValidationError(
                "part_of_day", self.part_of_day.value, "a part of the day needs the day held"
            )
        if len(set(self.kinds)) != len(self.kinds):
            raise ValidationError(
                "other_kinds", [k.value for k in self.other_kinds], "names a kind twice"
            )
        check_activity_parts(
            self,
            [("organiser", self.organiser), ("lead", self.lead)],
            [("overseen", self.overseen)],
        )

    @property
    def name(self) -> str:
        """What the activity is called: ``giám sát``, ``giám sát chuyên đề`` where thematic."""
        return f"{self.kinds_label} chuyên đề" if self.thematic else self.kinds_label

    @property
    def kinds(self) -> tuple[OversightKind, ...]:
        """Every kind it was, in the source's order: ``kind`` first."""
        return (self.kind, *self.other_kinds)

    @property
    def kinds_label(self) -> str:
        """Its kinds as the source words them together ("khảo sát, giám sát")."""
        return ", ".join(k.label for k in self.kinds)
