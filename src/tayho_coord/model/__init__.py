"""The domain model: units, agencies, people and posts, programs, activities, petitions.

Every record is an immutable, slotted attrs class whose invariants are checked when it is
built; a broken invariant raises :class:`~tayho_coord.errors.ValidationError` naming the
field and the value.
"""

from __future__ import annotations

from tayho_coord.model._activities import (
    Activities,
    Dialogue,
    Hearing,
    OversightActivity,
    OversightGroup,
    OversightKind,
    SatisfactionSurvey,
    SocialCritique,
    VoterContactGroup,
    VoterContactKind,
    VoterContactMeeting,
)
from tayho_coord.model._agencies import Agency, AgencyKind
from tayho_coord.model._counts import ReportedCount
from tayho_coord.model._people import Person, Post, Tenure, Title
from tayho_coord.model._petitions import (
    Competence,
    Petition,
    PetitionOutcome,
    PetitionStats,
    PrintedFigure,
)
from tayho_coord.model._programs import (
    ContentArea,
    CoordinationProgram,
    DayPart,
    Finding,
    KeyTask,
    ProgramReview,
)
from tayho_coord.model._provenance import Citation, Source
from tayho_coord.model._time import PartialDate
from tayho_coord.model._units import AdminUnit, Boundary, UnitKind, UnitLevel
from tayho_coord.vi import PersonName

__all__ = [
    "Activities",
    "AdminUnit",
    "Agency",
    "AgencyKind",
    "Boundary",
    "Citation",
    "Competence",
    "ContentArea",
    "CoordinationProgram",
    "DayPart",
    "Dialogue",
    "Finding",
    "Hearing",
    "KeyTask",
    "OversightActivity",
    "OversightGroup",
    "OversightKind",
    "PartialDate",
    "Person",
    "PersonName",
    "Petition",
    "PetitionOutcome",
    "PetitionStats",
    "Post",
    "PrintedFigure",
    "ProgramReview",
    "ReportedCount",
    "SatisfactionSurvey",
    "SocialCritique",
    "Source",
    "Tenure",
    "Title",
    "UnitKind",
    "UnitLevel",
    "VoterContactGroup",
    "VoterContactKind",
    "VoterContactMeeting",
]
