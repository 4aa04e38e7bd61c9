"""The records of the coordination cycle, pinned: ``mypy --strict typing_tests`` must pass.

Nothing here runs: mypy only reads it.
"""

from __future__ import annotations

import datetime as dt
from fractions import Fraction

from typing_extensions import assert_type

from tayho_coord.io import load_records
from tayho_coord.metrics import RateBasis, RecordMetricsTable, record_kind, record_metrics
from tayho_coord.model import (
    NOT_STATED,
    RECORD_TYPES,
    AdminUnit,
    Agency,
    AgreementKind,
    ContactFigure,
    CoordinationProgram,
    CouncilSession,
    Delegation,
    DocumentRef,
    Hearing,
    Meeting,
    MeetingKind,
    NotStated,
    OutcomeScale,
    OversightActivity,
    PartialDate,
    PetitionOutcome,
    PetitionReport,
    PrintedFigure,
    Qualifier,
    Record,
    RecordSet,
    ReportingPeriod,
    StatedFigure,
    VoterContact,
)
from tayho_coord.report import render


def periods() -> None:
    term = ReportingPeriod.term(2021, 2026)
    assert_type(term.label, str)
    assert_type(term.first_day(), dt.date)
    assert_type(term.years, tuple[int, ...])
    assert_type(term.calendar_year, int | None)
    ReportingPeriod.year("2020")  # type: ignore[arg-type]


def agreements(unit: AdminUnit, parties: tuple[Agency, ...]) -> None:
    yearly = CoordinationProgram("p", unit, 2020, parties)  # an int is a calendar year
    assert_type(yearly.period, ReportingPeriod | NotStated)  # NOT_STATED: the source names none
    assert_type(yearly.period_for("a schedule"), ReportingPeriod)
    assert_type(CoordinationProgram("q", unit, NOT_STATED, parties).period_stated, bool)
    assert_type(yearly.year, int)
    assert_type(yearly.kind, AgreementKind)
    assert_type(yearly.task_groups, int | None)
    CoordinationProgram("p", unit, "2020", parties)  # type: ignore[arg-type]


def records(meeting: Meeting, hearing: Hearing, report: PetitionReport) -> None:
    assert_type(meeting.kind, MeetingKind)
    assert_type(meeting.held_on, PartialDate | None)  # None: placed by reported_on
    assert_type(meeting.reported_on, PartialDate | None)
    assert_type(meeting.period, ReportingPeriod | NotStated)
    assert_type(meeting.day_period, ReportingPeriod | None)
    assert_type(meeting.time_basis, str)
    assert_type(ReportingPeriod.term_to_now(2021, 2026).ending_on(None), ReportingPeriod)
    assert_type(PrintedFigure("hơn 60").qualifier, Qualifier | None)
    assert_type(PrintedFigure("hơn 60").admits(61), bool)
    assert_type(meeting.agreement, CoordinationProgram)
    assert_type(hearing.plan, DocumentRef | None)
    # an activity placed only by an article's day (reported_on) has no period
    assert_type(hearing.period, ReportingPeriod | None)
    assert_type(hearing.reported_on, PartialDate | None)
    assert_type(report.rate(PetitionOutcome.RESOLVED), Fraction | None)
    assert_type(report.scale, OutcomeScale)
    # A petition report is placed by its period, session or day as of: each may be absent.
    assert_type(report.period, ReportingPeriod | None)
    assert_type(report.session, CouncilSession | None)
    assert_type(report.as_of, PartialDate | None)
    assert_type(report.time_label, str)
    assert_type(report.figures, tuple[StatedFigure, ...])
    assert_type(meeting.figures, tuple[StatedFigure, ...])
    assert_type(PrintedFigure("18/93").ratio, Fraction | None)
    assert_type(PrintedFigure("18/93").denominator, int | None)
    every: RecordSet = RecordSet((meeting, hearing, report))
    assert_type(every[0], Record)
    assert_type(every[1:], RecordSet)
    for record in every:
        assert_type(record, Record)
        assert_type(record.id, str)
        assert_type(record.unit, AdminUnit)
        assert_type(record.period, ReportingPeriod | NotStated | None)
    assert_type(every.get("x"), Record | None)
    kinds: tuple[type[Record], ...] = RECORD_TYPES
    assert OversightActivity in kinds
    assert_type(hearing.planned_only, bool)
    assert_type(hearing.scheduled, ReportingPeriod | None)
    assert_type(hearing.figure_findings(), tuple[str, ...])
    assert_type(
        every.activities_of(meeting), tuple[Hearing | OversightActivity | PetitionReport, ...]
    )
    assert_type(render(meeting, records=every), str)
    assert_type(render(meeting, "pdf", records=[hearing]), bytes)
    every.activities_of(hearing)  # type: ignore[arg-type]


def metrics(records: RecordSet) -> None:
    table = record_metrics(records)
    assert_type(table, RecordMetricsTable)
    row = table[0]
    assert_type(row.resolution_rate, Fraction | None)
    assert_type(row.resolution_rate_basis, RateBasis | None)
    assert_type(row.kind, str)
    assert_type(row.planned_only, int)
    assert_type(row.period_start, str | None)
    assert_type(row.period_basis, str)
    assert_type(row.as_of, str | None)
    assert_type(row.covers, str | None)
    assert_type(row.signs, str | None)
    assert_type(row.petitions_scope, str | None)
    assert_type(row.resolution_rate_printed, Fraction | None)
    assert_type(row.resolution_rate_computed, Fraction | None)
    assert_type(record_kind(records.records[0]), str)
    assert_type(load_records("a.json", "folder"), RecordSet)


def voter_contacts(contact: VoterContact, records: RecordSet) -> None:
    assert_type(contact.period, ReportingPeriod | None)
    assert_type(contact.time_label, str)
    assert_type(contact.delegations, tuple[Delegation, ...])
    assert_type(contact.speakers, StatedFigure | None)
    assert_type(contact.stated, tuple[ContactFigure, ...])
    assert_type(contact.stated[0].is_exact, bool)
    assert_type(contact.stated[0].figure.printed.qualifier, Qualifier | None)
    assert_type(contact.delegations[0].session, CouncilSession | None)
    assert_type(render(contact), str)
    record: Record = contact
    assert isinstance(record, RECORD_TYPES)
    assert_type(records.get(contact.id), Record | None)
