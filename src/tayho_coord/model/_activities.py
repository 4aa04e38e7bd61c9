"""What the bodies do together: hearings, oversight, voter contact, critique, dialogue."""

from __future__ import annotations

import enum

from attrs import field, frozen

from tayho_coord.errors import ValidationError
from tayho_coord.model._agencies import Agency
from tayho_coord.model._counts import ReportedCount
from tayho_coord.model._provenance import Citation, ref_repr, refs_repr
from tayho_coord.model._time import PartialDate
from tayho_coord.model._validators import non_empty

__all__ = [
    "Activities",
    "Dialogue",
    "HearingMention",
    "OversightGroup",
    "OversightKind",
    "OversightTopic",
    "SatisfactionSurvey",
    "SocialCritique",
    "VoterContactGroup",
    "VoterContactKind",
    "VoterContactMeeting",
]


class OversightKind(enum.Enum):
    """Thematic supervision, survey or inspection (giám sát / khảo sát / kiểm tra chuyên đề).

    Examples:
        >>> [k.label for k in OversightKind]
        ['giám sát', 'khảo sát', 'kiểm tra']
    """

    SUPERVISION = "supervision"
    SURVEY = "survey"
    INSPECTION = "inspection"

    @property
    def label(self) -> str:
        """The Vietnamese word."""
        return _OVERSIGHT_LABELS[self]


_OVERSIGHT_LABELS = {
    OversightKind.SUPERVISION: "giám sát",
    OversightKind.SURVEY: "khảo sát",
    OversightKind.INSPECTION: "kiểm tra",
}


class VoterContactKind(enum.Enum):
    """Regular or thematic voter contact meetings (tiếp xúc cử tri thường kỳ / chuyên đề)."""

    REGULAR = "regular"
    THEMATIC = "thematic"

    @property
    def label(self) -> str:
        """The Vietnamese adjective (``thường kỳ``, ``chuyên đề``)."""
        return "thường kỳ" if self is VoterContactKind.REGULAR else "chuyên đề"


def _no_duplicates(instance: object, attribute: object, value: tuple[object, ...]) -> None:
    if len(set(value)) != len(value):
        name = getattr(attribute, "name", "value")
        raise ValidationError(name, value, "lists the same entry twice")


@frozen
class HearingMention:
    """An accountability hearing (phiên giải trình) as a program's report mentions it.

    What the report of a program says of a hearing among its activities; a hearing known in
    its own right (its organiser, plan, lead and partners) is a
    :class:`~tayho_coord.model.Hearing` record.

    Attributes:
        subject: What was explained, in the model's own Vietnamese (``công tác đầu tư xây dựng``).
        held_on: When, as precisely as known.
        presiding: The body that presided, if the source says.
        sources: Where it is reported.
    """

    subject: str = field(validator=non_empty)
    held_on: PartialDate | None = None
    presiding: Agency | None = field(default=None, repr=ref_repr)
    sources: tuple[Citation, ...] = field(default=(), repr=False)


@frozen
class OversightTopic:
    """One oversight topic (nội dung giám sát, khảo sát, kiểm tra chuyên đề) a program reports.

    An oversight known in its own right is an :class:`~tayho_coord.model.OversightActivity`
    record.

    Attributes:
        subject: The topic (``tiếp công dân``).
        held_on: When, as precisely as known.
        sources: Where it is reported.
    """

    subject: str = field(validator=non_empty)
    held_on: PartialDate | None = None
    sources: tuple[Citation, ...] = field(default=(), repr=False)


@frozen
class OversightGroup:
    """Oversight topics carried out by a lead body with partners, with their stated count.

    Attributes:
        kinds: Which of supervision, survey and inspection the topics were.
        lead: The body that led (chủ trì); None where the source names none.
        partners: The bodies that took part (phối hợp).
        topics: The stated count and the topics named.
        sources: Where the group is reported.

    Examples:
        >>> g = OversightGroup(frozenset({OversightKind.SUPERVISION}), topics=ReportedCount(14))
        >>> g.topics.total
        14
    """

    kinds: frozenset[OversightKind] = field()
    lead: Agency | None = field(default=None, repr=ref_repr)
    partners: tuple[Agency, ...] = field(default=(), validator=_no_duplicates, repr=refs_repr)
    topics: ReportedCount[OversightTopic] = field(factory=ReportedCount)
    sources: tuple[Citation, ...] = field(default=(), repr=False)

    @kinds.validator
    def _check_kinds(self, attribute: object, value: frozenset[OversightKind]) -> None:
        if not value:
            raise ValidationError("kinds", value, "must name at least one kind")

    def __attrs_post_init__(self) -> None:
        if self.lead is not None and self.lead in self.partners:
            raise ValidationError("partners", self.lead.id, "the lead body is not its own partner")

    @property
    def bodies(self) -> tuple[Agency, ...]:
        """The lead (if any) and the partners."""
        return ((self.lead,) if self.lead is not None else ()) + self.partners


@frozen
class VoterContactMeeting:
    """A voter contact meeting (hội nghị tiếp xúc cử tri).

    Attributes:
        held_on: When, as precisely as known.
        subject: The theme of a thematic meeting.
        sources: Where it is reported.
    """

    held_on: PartialDate | None = None
    subject: str | None = None
    sources: tuple[Citation, ...] = field(default=(), repr=False)


@frozen
class VoterContactGroup:
    """Voter contact meetings of one kind, with their count where stated.

    Attributes:
        kind: Regular or thematic.
        meetings: The stated count and the meetings known.
        sources: Where they are reported.
    """

    kind: VoterContactKind
    meetings: ReportedCount[VoterContactMeeting] = field(factory=ReportedCount)
    sources: tuple[Citation, ...] = field(default=(), repr=False)


@frozen
class SocialCritique:
    """A social critique (phản biện xã hội) by the Front of a draft.

    Attributes:
        subject: The draft or policy critiqued.
        lead: The body that organised it.
        held_on: When, as precisely as known.
        sources: Where it is reported.
    """

    subject: str = field(validator=non_empty)
    lead: Agency | None = field(default=None, repr=ref_repr)
    held_on: PartialDate | None = None
    sources: tuple[Citation, ...] = field(default=(), repr=False)


@frozen
class Dialogue:
    """A dialogue between the head of government and the Front and mass organisations.

    Attributes:
        subject: The theme.
        participants: The bodies taking part.
        held_on: When, as precisely as known.
        sources: Where it is reported.
    """

    subject: str = field(validator=non_empty)
    participants: tuple[Agency, ...] = field(default=(), validator=_no_duplicates, repr=refs_repr)
    held_on: PartialDate | None = None
    sources: tuple[Citation, ...] = field(default=(), repr=False)


@frozen
class SatisfactionSurvey:
    """A survey of how satisfied people are with public offices (khảo sát mức độ hài lòng).

    Attributes:
        subject: What was surveyed.
        lead: The body that organised it.
        surveyed: The offices surveyed, as the model's own Vietnamese descriptions.
        held_on: When, as precisely as known.
        sources: Where it is reported.
    """

    subject: str = field(validator=non_empty)
    lead: Agency | None = field(default=None, repr=ref_repr)
    surveyed: tuple[str, ...] = field(default=(), validator=_no_duplicates)
    held_on: PartialDate | None = None
    sources: tuple[Citation, ...] = field(default=(), repr=False)


@frozen
class Activities:
    """Everything a program's bodies did together in its year.

    Attributes:
        hearings: Accountability hearings.
        oversight: Oversight topics, grouped by lead and partners.
        voter_contacts: Voter contact meetings, by kind.
        social_critiques: Social critiques.
        dialogues: Dialogues.
        surveys: Satisfaction surveys.
    """

    hearings: ReportedCount[HearingMention] = field(factory=ReportedCount)
    oversight: tuple[OversightGroup, ...] = ()
    voter_contacts: tuple[VoterContactGroup, ...] = ()
    social_critiques: ReportedCount[SocialCritique] = field(factory=ReportedCount)
    dialogues: ReportedCount[Dialogue] = field(factory=ReportedCount)
    surveys: tuple[SatisfactionSurvey, ...] = ()
