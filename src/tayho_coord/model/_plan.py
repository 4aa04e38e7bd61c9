"""A program's plan: its planned activities, who leads them, and when they fall due.

A Chương trình phối hợp công tác is first a plan: what the bodies will do together, who
leads (chủ trì) and who takes part (phối hợp), and when, in the program's words
(:class:`~tayho_coord.model.Timing`). :func:`~tayho_coord.model.schedule` turns the plan
into dated occurrences over the program's period.
"""

from __future__ import annotations

import enum
from typing import TYPE_CHECKING

from attrs import field, frozen

from tayho_coord.errors import ValidationError
from tayho_coord.model._agencies import Agency
from tayho_coord.model._provenance import Citation, ref_repr, refs_repr
from tayho_coord.model._timing import Timing
from tayho_coord.model._validators import non_empty, slug_id

if TYPE_CHECKING:
    from tayho_coord.model._units import AdminUnit

__all__ = ["PlannedActivity", "PlannedKind", "check_planned"]


class PlannedKind(enum.Enum):
    """What kind of activity a program plans.

    Examples:
        >>> PlannedKind.INTERIM_REVIEW.label
        'hội nghị sơ kết'
    """

    HEARING = "hearing"
    OVERSIGHT = "oversight"
    VOTER_CONTACT = "voter_contact"
    DIALOGUE = "dialogue"
    SOCIAL_CRITIQUE = "social_critique"
    BRIEFING = "briefing"
    SESSION_PREPARATION = "session_preparation"
    INTERIM_REVIEW = "interim_review"
    FINAL_REVIEW = "final_review"

    @property
    def label(self) -> str:
        """The Vietnamese name of the kind, as a sentence writes it."""
        return _KIND_LABELS[self]


_KIND_LABELS = {
    PlannedKind.HEARING: "phiên giải trình",
    PlannedKind.OVERSIGHT: "giám sát, khảo sát",
    PlannedKind.VOTER_CONTACT: "tiếp xúc cử tri",
    PlannedKind.DIALOGUE: "đối thoại",
    PlannedKind.SOCIAL_CRITIQUE: "phản biện xã hội",
    PlannedKind.BRIEFING: "họp giao ban",
    PlannedKind.SESSION_PREPARATION: "hội nghị liên tịch chuẩn bị kỳ họp",
    PlannedKind.INTERIM_REVIEW: "hội nghị sơ kết",
    PlannedKind.FINAL_REVIEW: "hội nghị tổng kết",
}


def _no_duplicates(instance: object, attribute: object, value: tuple[Agency, ...]) -> None:
    if len(set(value)) != len(value):
        raise ValidationError("partners", [a.id for a in value], "names a body twice")


@frozen
class PlannedActivity:
    """An activity a program plans (một nội dung của chương trình).

    Attributes:
        id: Identifier, unique within the program (``giai-trinh-quy-3``).
        kind: What kind of activity it is.
        subject: What is planned, in the model's own Vietnamese (``Tiếp xúc cử tri``).
        timing: When, as the program words it.
        lead: The body that leads it (chủ trì), where the program names one.
        partners: The bodies that take part (phối hợp).
        sources: Where the plan states it.

    Examples:
        >>> a = PlannedActivity("txct", PlannedKind.VOTER_CONTACT, "Tiếp xúc cử tri",
        ...                     Timing.parse("Trước mỗi kỳ họp"))
        >>> str(a.timing)
        'Trước mỗi kỳ họp'
    """

    id: str = field(validator=slug_id)
    kind: PlannedKind
    subject: str = field(validator=non_empty)
    timing: Timing
    lead: Agency | None = field(default=None, repr=ref_repr)
    partners: tuple[Agency, ...] = field(default=(), validator=_no_duplicates, repr=refs_repr)
    sources: tuple[Citation, ...] = field(default=(), repr=False)

    def __attrs_post_init__(self) -> None:
        if not isinstance(self.kind, PlannedKind):
            raise ValidationError("kind", self.kind, "must be a PlannedKind")
        if not isinstance(self.timing, Timing):
            raise ValidationError("timing", self.timing, "must be a Timing")
        if self.lead is not None and self.lead in self.partners:
            raise ValidationError("partners", self.lead.id, "the lead body is not its own partner")


def check_planned(planned: tuple[PlannedActivity, ...], unit: AdminUnit) -> None:
    """The invariants of a program's plan: ids once each, bodies of the unit or within it.

    Raises:
        ValidationError: naming the field (``planned[2].lead``) and the value.
    """
    if not isinstance(planned, tuple):
        raise ValidationError("planned", planned, "must be a tuple of PlannedActivity")
    seen: set[str] = set()
    for i, activity in enumerate(planned):
        if not isinstance(activity, PlannedActivity):
            raise ValidationError(f"planned[{i}]", activity, "must be a PlannedActivity")
        if activity.id in seen:
            raise ValidationError(f"planned[{i}].id", activity.id, "names an activity twice")
        seen.add(activity.id)
        bodies = [("lead", activity.lead)]
        bodies += [(f"partners[{j}]", b) for j, b in enumerate(activity.partners)]
        for name, body in bodies:
            if body is not None and body.unit != unit and unit not in body.unit.ancestors():
                raise ValidationError(
                    f"planned[{i}].{name}",
                    body.id,
                    f"is an agency of {body.unit.id}, outside {unit.id}",
                )
