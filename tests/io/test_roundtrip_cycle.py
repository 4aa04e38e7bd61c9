"""``loads(dumps(x)) == x`` for the records of the cycle, on generated records; and every
document of them, however broken, reads as a record or a DataError."""

import datetime as dt
import json
import warnings
from typing import Any

import attrs
from hypothesis import given, settings
from hypothesis import strategies as st
from test_fuzz import _paths, json_values
from test_roundtrip import bodies, citations, partial_dates, programs, text, units

from tayho_coord import DataError
from tayho_coord.io import dumps, loads
from tayho_coord.model import (
    AdminUnit,
    AgencyKind,
    AgreementKind,
    BreakdownKind,
    Chair,
    ChairRole,
    Competence,
    CouncilSession,
    CountedNoun,
    DocumentRef,
    FigurePart,
    Finding,
    Hearing,
    Leader,
    LeaderRole,
    Meeting,
    MeetingKind,
    OutcomeCount,
    OutcomeLevel,
    OutcomeScale,
    OversightActivity,
    OversightKind,
    PartialDate,
    PetitionOutcome,
    PetitionPart,
    PetitionReport,
    Post,
    PrintedFigure,
    RecordSet,
    ReportingPeriod,
    StatedFigure,
    Title,
)


@st.composite
def periods(draw: Any) -> ReportingPeriod:
    year = draw(st.integers(2000, 2024))
    length = draw(st.integers(1, 5))
    return draw(
        st.sampled_from(
            [
                ReportingPeriod.year(year),
                ReportingPeriod.half(year, 1 + year % 2),
                ReportingPeriod.quarter(year, 1 + year % 4),
                ReportingPeriod.month(year, 1 + year % 12),
                ReportingPeriod.term(year, year + length),
                ReportingPeriod.stage(year, year + length),
                ReportingPeriod.term_to_date(year, year + 5, to=PartialDate(year + 1, 6, 30)),
                ReportingPeriod.between(PartialDate(year, 3), PartialDate(year + length)),
            ]
        )
    )


figures = st.sampled_from(["18/93", "69/69", "17,4", "100%", "56,82 %", "1.234"]).map(PrintedFigure)
counts = st.none() | st.integers(0, 3000)


@st.composite
def stated_figures(draw: Any) -> StatedFigure:
    whole = draw(counts)
    count = draw(st.none() | st.integers(0, whole if whole is not None else 3000))
    parts = st.lists(
        st.builds(FigurePart, what=text, printed=figures), max_size=2, unique_by=lambda p: p.what
    )
    return StatedFigure(
        draw(text),
        draw(figures),
        tuple(draw(parts)),
        count=count,
        whole=whole,
        sources=draw(citations),
    )


@st.composite
def sessions(draw: Any, unit: AdminUnit) -> CouncilSession:
    council = bodies(unit)[AgencyKind.PEOPLES_COUNCIL]
    if draw(st.booleans()):
        opens = draw(st.dates(dt.date(2001, 1, 1), dt.date(2024, 12, 1)))
        days = {"opens_on": opens, "closes_on": opens + dt.timedelta(draw(st.integers(0, 5)))}
    else:
        days = {}
    return CouncilSession(
        draw(st.sampled_from(["kh-6", "kh/7"])),
        council,
        number=draw(st.none() | st.integers(1, 30)) if days else draw(st.integers(1, 30)),
        name=draw(st.none() | text),
        legislature=draw(st.none() | st.integers(1, 20)),
        sources=draw(citations),
        **days,
    )


plans = (
    st.none()
    | st.builds(
        DocumentRef,
        symbol=st.sampled_from(["10/KH-HĐND", "01/QCPH/UBND-UBMTTQ"]),
        issued_on=st.none() | st.integers(2000, 2005).flatmap(partial_dates),
        type_name=st.none() | text,
        subject=st.none() | text,
    )
    | st.builds(  # a plan the source names without its number
        DocumentRef,
        symbol=st.none(),
        issued_on=st.none() | st.integers(2000, 2005).flatmap(partial_dates),
        type_name=text,
        subject=st.none() | text,
    )
)
# Reports of results dated after every generated day held (2006 to 2024).
reports = st.none() | st.builds(
    DocumentRef,
    symbol=st.just("11/BC-HĐND"),
    issued_on=st.none() | st.integers(2025, 2026).flatmap(partial_dates),
)
# Periods a plan sets, after every generated plan (2000 to 2005).
schedules = st.none() | periods().filter(lambda p: p.first_day().year >= 2006)
stated = stated_figures()
findings = st.lists(st.builds(Finding, text=text), max_size=1).map(tuple)


@st.composite
def leaders(draw: Any, agencies: list[Any]) -> Leader | None:
    if not draw(st.booleans()):
        return None
    return Leader(
        Post(draw(st.sampled_from(agencies)), Title.CHAIR), draw(st.sampled_from(LeaderRole))
    )


@st.composite
def hearings(draw: Any, unit: AdminUnit) -> Hearing:
    main = bodies(unit)
    council = [a for a in main.values() if a.body.kind.value == "peoples_council"]
    held = draw(st.integers(2006, 2024).flatmap(partial_dates))
    subject = draw(text)
    return Hearing(
        id=draw(st.sampled_from(["gt-1", "gt/2"])),
        unit=unit,
        subject=subject,
        other_subjects=tuple(
            draw(st.lists(text.filter(lambda t: t != subject), unique=True, max_size=2))
        ),
        organiser=draw(st.none() | st.sampled_from(council)),
        lead=draw(st.none() | st.sampled_from(council)),
        plan=draw(plans),
        held_on=held,
        covers=draw(st.none() | periods()),
        answering=tuple(draw(st.lists(text, unique=True, max_size=2))),
        figures=tuple(draw(st.lists(stated, max_size=2))),
        findings=draw(findings),
        other_partners=tuple(draw(st.lists(text, unique=True, max_size=2))),
        leader=draw(leaders(council)),
        scheduled=draw(schedules),
        recommendations=draw(findings),
        report=draw(reports),
        sources=draw(citations),
    )


@st.composite
def oversights(draw: Any, unit: AdminUnit) -> OversightActivity:
    main = list(bodies(unit).values())
    lead = draw(st.none() | st.sampled_from(main))
    partners = tuple(
        draw(st.lists(st.sampled_from([a for a in main if a != lead]), unique=True, max_size=2))
    )
    return OversightActivity(
        id="gs-1",
        unit=unit,
        kind=draw(st.sampled_from(OversightKind)),
        subject=draw(text),
        thematic=draw(st.booleans()),
        lead=lead,
        partners=partners,
        overseen=tuple(draw(st.lists(text, unique=True, max_size=2))),
        plan=draw(plans),
        held_on=draw(st.none() | st.integers(2006, 2024).flatmap(partial_dates)),
        covers=draw(st.none() | periods()),
        figures=tuple(draw(st.lists(stated, max_size=2))),
        findings=draw(findings),
        organiser=draw(st.none() | st.sampled_from(main)),
        other_partners=tuple(draw(st.lists(text, unique=True, max_size=2))),
        leader=draw(leaders(main)),
        scheduled=draw(schedules),
        recommendations=draw(findings),
        report=draw(
            st.builds(
                DocumentRef,
                symbol=st.just("11/BC-HĐND"),
                issued_on=st.integers(2025, 2026).flatmap(partial_dates),
            )
        ),
        sources=draw(citations),
    )


SCALES = [
    OutcomeScale.default(),
    OutcomeScale(
        "ninh-binh-2017",
        "năm mức",
        (
            OutcomeLevel("xong", "giải quyết xong", PetitionOutcome.RESOLVED),
            OutcomeLevel("dang", "đang triển khai", PetitionOutcome.IN_PROGRESS),
            OutcomeLevel("chua", "tiếp thu nhưng chưa có văn bản chỉ đạo"),
        ),
    ),
]


@st.composite
def petition_reports(draw: Any, unit: AdminUnit) -> PetitionReport:
    scale = draw(st.sampled_from(SCALES))
    total = draw(st.none() | st.integers(0, 200))
    cap = 200 if total is None else total
    count = st.none() | st.integers(0, cap)
    outcomes = tuple(
        OutcomeCount(level.code, draw(count), tuple(draw(st.lists(figures, max_size=2))))
        for level in draw(st.lists(st.sampled_from(scale.levels), unique=True, max_size=3))
    )
    parts = tuple(
        PetitionPart(BreakdownKind.COMPETENCE, c.value, total=draw(count))
        for c in draw(
            st.lists(st.sampled_from([Competence.CENTRAL, Competence.PROVINCE]), unique=True)
        )
    )
    period = draw(st.none() | periods())
    session = draw(st.none() | sessions(unit))
    after = 2000 if period is None else period.last_day().year
    # a day as of which the figures are is not before the period reported (a month or a
    # day of the period's last year may be: "2015-01" for the second half of 2015)
    as_of = draw(
        st.none()
        | st.integers(after, after + 2)
        .flatmap(partial_dates)
        .filter(lambda d: period is None or d.last_day() >= period.first_day())
    )
    if period is None and session is None and as_of is None:
        as_of = PartialDate(2024)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # generated figures may disagree: that is not the point
        return PetitionReport(
            id="kn",
            unit=unit,
            period=period,
            noun=draw(st.sampled_from(CountedNoun)),
            scale=scale,
            total=total,
            new=draw(count),
            carried_over=draw(count),
            outcomes=outcomes,
            parts=parts,
            session=session,
            as_of=as_of,
            figures=tuple(draw(st.lists(stated, max_size=2))),
            sources=draw(citations),
        )


@st.composite
def meetings(draw: Any, unit: AdminUnit) -> Meeting:
    year = draw(st.integers(2000, 2023))
    kind = draw(st.sampled_from(MeetingKind))
    reviewed = draw(programs(unit, year)) if kind.reviews else None
    signed = None
    if kind.signs:
        signed = attrs.evolve(draw(programs(unit, year + 1)), signed_on=None)
        if draw(st.booleans()):
            signed = CoordinationProgramLike.regulation(signed)
    held = draw(st.sampled_from([PartialDate(year + 1), PartialDate(year + 1, 1)]))
    agreement = reviewed or signed
    assert agreement is not None
    first = agreement.parties[0]
    return Meeting(
        id="m",
        kind=kind,
        unit=unit,
        held_on=held,
        reviewed=reviewed,
        signed=signed,
        period_reviewed=ReportingPeriod.half(year, 2) if reviewed and draw(st.booleans()) else None,
        hosts=agreement.parties,
        chairs=(
            Chair(ChairRole.CO_CHAIR, post=Post(first, Title.CHAIR)),
            Chair(ChairRole.CHAIR, first),
        ),
        reporter=first,
        on_behalf_of=agreement.parties if draw(st.booleans()) else (),
        other_attendees=tuple(draw(st.lists(text, unique=True, max_size=2))),
        figures=tuple(draw(st.lists(stated, max_size=2))),
        activities=("gt-1",) if draw(st.booleans()) else (),
        sources=draw(citations),
        event_noun=draw(st.none() | st.sampled_from(["lễ", "buổi", "hội nghị", "cuộc họp"])),
    )


class CoordinationProgramLike:
    @staticmethod
    def regulation(program: Any) -> Any:
        first = program.period.start.year
        return attrs.evolve(
            program,
            kind=AgreementKind.REGULATION,
            period=ReportingPeriod.term(first, first + 5),
            activities=type(program.activities)(),
            signed_on=None,
            task_groups=10,
        )


@st.composite
def cycle_records(draw: Any) -> Any:
    unit = draw(units())
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # generated figures may disagree: that is not the point
        return draw(
            st.one_of(hearings(unit), oversights(unit), petition_reports(unit), meetings(unit))
        )


@settings(max_examples=40, deadline=None)
@given(cycle_records())
def test_cycle_records_round_trip(record: Any) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # generated figures may disagree; that is not the point
        assert loads(dumps(record)) == record


@settings(max_examples=10, deadline=None)
@given(st.lists(cycle_records(), max_size=3))
def test_record_sets_round_trip(records: list[Any]) -> None:
    kept: dict[str, Any] = {}
    for record in records:
        kept.setdefault(record.id, record)
    unit_ids = {r.unit.id: r.unit for r in kept.values()}
    if (
        len(unit_ids) < len({id(r.unit) for r in kept.values()})
        and len({r.unit for r in kept.values()}) > 1
    ):
        return  # two different units under one id cannot share a file
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            text_ = dumps(RecordSet(tuple(kept.values())))
        except ValueError:
            return  # two different entities share an id (drawn independently)
        assert loads(text_) == RecordSet(tuple(kept.values()))


@settings(max_examples=60, deadline=None)
@given(cycle_records(), st.data())
def test_a_cycle_document_with_one_value_replaced(record: Any, data: Any) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        doc = json.loads(dumps(RecordSet((record,))))
    path = data.draw(st.sampled_from(_paths(doc)[1:]))
    node = doc
    for step in path[:-1]:
        node = node[step]
    node[path[-1]] = data.draw(json_values)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            obj = loads(json.dumps(doc))
        except DataError:
            return
        assert loads(dumps(obj)) == obj
