"""Oversight (giám sát, khảo sát, kiểm tra chuyên đề) as records of their own."""

from __future__ import annotations

from typing import Any

from attrs import field, frozen

from tayho_coord.errors import ValidationError
from tayho_coord.model._activities import OversightKind
from tayho_coord.model._agencies import Agency
from tayho_coord.model._documents import DocumentRef
from tayho_coord.model._hearings import (
    StatedFigure,
    activity_period,
    check_activity,
    check_texts,
)
from tayho_coord.model._periods import ReportingPeriod
from tayho_coord.model._programs import Finding
from tayho_coord.model._provenance import Citation, ref_repr, refs_repr
from tayho_coord.model._time import PartialDate
from tayho_coord.model._units import AdminUnit
from tayho_coord.model._validators import non_empty, slug_id

__all__ = ["OversightActivity"]


def _check_kind(instance: object, attribute: object, value: Any) -> None:
    if not isinstance(value, OversightKind):
        raise ValidationError("kind", value, "must be an OversightKind")


@frozen
class OversightActivity:
    """A thematic supervision, survey or inspection carried out by a body of a unit.

    A record of its own, like a :class:`~tayho_coord.model.Hearing`: the council, one of its
    committees or the front oversees the bodies named in ``overseen``, planned by a document,
    led by one body with partners, over a period; a meeting may name it.

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
        sources: Where it is reported.

    Examples:
        >>> from tayho_coord.model import AdminUnit, Agency, AgencyKind, UnitKind
        >>> u = AdminUnit("x", UnitKind.RURAL_DISTRICT, "X")
        >>> front = Agency("x/mttq", AgencyKind.FATHERLAND_FRONT, u)
        >>> o = OversightActivity("x/gs-1", u, OversightKind.SUPERVISION, "tiếp công dân",
        ...     lead=front, covers=ReportingPeriod.year(2023))
        >>> o.period.label, o.kind.label
        ('năm 2023', 'giám sát')
    """

    id: str = field(validator=slug_id)
    unit: AdminUnit = field(repr=ref_repr)
    kind: OversightKind = field(validator=_check_kind)
    subject: str = field(validator=non_empty)
    lead: Agency | None = field(default=None, repr=ref_repr)
    partners: tuple[Agency, ...] = field(default=(), repr=refs_repr)
    overseen: tuple[str, ...] = ()
    plan: DocumentRef | None = None
    held_on: PartialDate | None = None
    covers: ReportingPeriod | None = None
    figures: tuple[StatedFigure, ...] = ()
    findings: tuple[Finding, ...] = ()
    sources: tuple[Citation, ...] = field(default=(), repr=False)

    def __attrs_post_init__(self) -> None:
        bodies = [("lead", self.lead)] if self.lead is not None else []
        bodies += [(f"partners[{i}]", p) for i, p in enumerate(self.partners)]
        check_activity(
            self.unit, self.held_on, self.covers, self.plan, bodies, self.lead, self.partners
        )
        check_texts("overseen", self.overseen)

    @property
    def period(self) -> ReportingPeriod:
        """The period it covers, else the day (or month, or year) it was held."""
        return activity_period(self.covers, self.held_on)
