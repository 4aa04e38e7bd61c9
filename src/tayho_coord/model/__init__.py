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
from tayho_coord.model._history import Coverage, Extent, Transfer, UnitHistory
from tayho_coord.model._people import Person, Post, Tenure, TenureEvent, Title
from tayho_coord.model._petitions import (
    Competence,
    Petition,
    PetitionOutcome,
    PetitionStats,
    PrintedFigure,
)
from tayho_coord.model._plan import PlannedActivity, PlannedKind
from tayho_coord.model._programs import (
    ContentArea,
    CoordinationProgram,
    DayPart,
    Finding,
    KeyTask,
    ProgramReview,
)
from tayho_coord.model._provenance import Citation, Source, cited_sources
from tayho_coord.model._roster import Holding, Roster
from tayho_coord.model._schedule import (
    DoneActivity,
    Occurrence,
    PlanMatch,
    Schedule,
    done_activities,
    match_plan,
    plan_sentence,
    schedule,
)
from tayho_coord.model._sessions import CouncilSession
from tayho_coord.model._time import ONGOING, Interval, Ongoing, PartialDate, Truth
from tayho_coord.model._timing import Recurrence, Timing, Window
from tayho_coord.model._units import AdminUnit, Boundary, UnitKind, UnitLevel
from tayho_coord.vi import PersonName

__all__ = [
    "ONGOING",
    "Activities",
    "AdminUnit",
    "Agency",
    "AgencyKind",
    "Boundary",
    "Citation",
    "Competence",
    "ContentArea",
    "CoordinationProgram",
    "CouncilSession",
    "Coverage",
    "DayPart",
    "Dialogue",
    "DoneActivity",
    "Extent",
    "Finding",
    "Hearing",
    "Holding",
    "Interval",
    "KeyTask",
    "Occurrence",
    "Ongoing",
    "OversightActivity",
    "OversightGroup",
    "OversightKind",
    "PartialDate",
    "Person",
    "PersonName",
    "Petition",
    "PetitionOutcome",
    "PetitionStats",
    "PlanMatch",
    "PlannedActivity",
    "PlannedKind",
    "Post",
    "PrintedFigure",
    "ProgramReview",
    "Recurrence",
    "ReportedCount",
    "Roster",
    "SatisfactionSurvey",
    "Schedule",
    "SocialCritique",
    "Source",
    "Tenure",
    "TenureEvent",
    "Timing",
    "Title",
    "Transfer",
    "Truth",
    "UnitHistory",
    "UnitKind",
    "UnitLevel",
    "VoterContactGroup",
    "VoterContactKind",
    "VoterContactMeeting",
    "Window",
    "cited_sources",
    "done_activities",
    "match_plan",
    "plan_sentence",
    "schedule",
]
