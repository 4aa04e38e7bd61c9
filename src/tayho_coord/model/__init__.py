"""The domain model: units, agencies, people and posts, agreements, meetings, activities, petitions.

Every record is an immutable, slotted attrs class whose invariants are checked when it is
built; a broken invariant raises :class:`~tayho_coord.errors.ValidationError` naming the
field and the value.
"""

from __future__ import annotations

from tayho_coord.model._activities import (
    Activities,
    Dialogue,
    HearingMention,
    OversightGroup,
    OversightKind,
    OversightTopic,
    SatisfactionSurvey,
    SocialCritique,
    VoterContactGroup,
    VoterContactKind,
    VoterContactMeeting,
)
from tayho_coord.model._agencies import Agency, AgencyKind
from tayho_coord.model._counts import ReportedCount
from tayho_coord.model._documents import DocumentRef
from tayho_coord.model._hearings import FigurePart, Hearing, Leader, LeaderRole, StatedFigure
from tayho_coord.model._history import Coverage, Extent, Transfer, UnitHistory
from tayho_coord.model._meetings import Chair, ChairRole, Meeting, MeetingKind
from tayho_coord.model._oversight import OversightActivity
from tayho_coord.model._people import Person, Post, Tenure, TenureEvent, Title
from tayho_coord.model._periods import NOT_STATED, NotStated, PeriodKind, ReportingPeriod
from tayho_coord.model._petition_reports import (
    BreakdownKind,
    CountedNoun,
    OutcomeCount,
    OutcomeLevel,
    OutcomeScale,
    PetitionPart,
    PetitionReport,
)
from tayho_coord.model._petitions import (
    Competence,
    Petition,
    PetitionOutcome,
    PetitionStats,
    PrintedFigure,
    Qualifier,
)
from tayho_coord.model._plan import PlannedActivity, PlannedKind
from tayho_coord.model._programs import (
    AgreementKind,
    ContentArea,
    CoordinationProgram,
    DayPart,
    Finding,
    KeyTask,
    ProgramReview,
)
from tayho_coord.model._provenance import Citation, Source, cited_sources
from tayho_coord.model._records import ACTIVITY_TYPES, RECORD_TYPES, Record, RecordSet
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
from tayho_coord.model._voter_contacts import (
    ContactFigure,
    Delegation,
    DelegationForm,
    Deputy,
    DeputyLevel,
    SessionRelation,
    VoterContact,
)
from tayho_coord.vi import PersonName

__all__ = [
    "ACTIVITY_TYPES",
    "NOT_STATED",
    "ONGOING",
    "RECORD_TYPES",
    "Activities",
    "AdminUnit",
    "Agency",
    "AgencyKind",
    "AgreementKind",
    "Boundary",
    "BreakdownKind",
    "Chair",
    "ChairRole",
    "Citation",
    "Competence",
    "ContactFigure",
    "ContentArea",
    "CoordinationProgram",
    "CouncilSession",
    "CountedNoun",
    "Coverage",
    "DayPart",
    "Delegation",
    "DelegationForm",
    "Deputy",
    "DeputyLevel",
    "Dialogue",
    "DocumentRef",
    "DoneActivity",
    "Extent",
    "FigurePart",
    "Finding",
    "Hearing",
    "HearingMention",
    "Holding",
    "Interval",
    "KeyTask",
    "Leader",
    "LeaderRole",
    "Meeting",
    "MeetingKind",
    "NotStated",
    "Occurrence",
    "Ongoing",
    "OutcomeCount",
    "OutcomeLevel",
    "OutcomeScale",
    "OversightActivity",
    "OversightGroup",
    "OversightKind",
    "OversightTopic",
    "PartialDate",
    "PeriodKind",
    "Person",
    "PersonName",
    "Petition",
    "PetitionOutcome",
    "PetitionPart",
    "PetitionReport",
    "PetitionStats",
    "PlanMatch",
    "PlannedActivity",
    "PlannedKind",
    "Post",
    "PrintedFigure",
    "ProgramReview",
    "Qualifier",
    "Record",
    "RecordSet",
    "Recurrence",
    "ReportedCount",
    "ReportingPeriod",
    "Roster",
    "SatisfactionSurvey",
    "Schedule",
    "SessionRelation",
    "SocialCritique",
    "Source",
    "StatedFigure",
    "Tenure",
    "TenureEvent",
    "Timing",
    "Title",
    "Transfer",
    "Truth",
    "UnitHistory",
    "UnitKind",
    "UnitLevel",
    "VoterContact",
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
