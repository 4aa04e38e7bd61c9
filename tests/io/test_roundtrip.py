"""``loads(dumps(x)) == x`` for every model type, on generated records."""

import datetime as dt
import hashlib
from typing import Any

import attrs
from hypothesis import given, settings
from hypothesis import strategies as st

from tayho_coord.io import dumps, loads
from tayho_coord.model import (
    Activities,
    AdminUnit,
    Agency,
    AgencyKind,
    Boundary,
    Citation,
    Competence,
    ContentArea,
    CoordinationProgram,
    DayPart,
    Dialogue,
    Finding,
    HearingMention,
    KeyTask,
    OversightGroup,
    OversightKind,
    OversightTopic,
    PartialDate,
    Person,
    PersonName,
    PetitionStats,
    Post,
    PrintedFigure,
    ProgramReview,
    ReportedCount,
    SatisfactionSurvey,
    SocialCritique,
    Source,
    Tenure,
    Title,
    UnitKind,
    VoterContactGroup,
    VoterContactKind,
    VoterContactMeeting,
)

WORDS = ["Tây Hồ", "Bưởi", "Hà Nội", "giám sát", "cử tri", "đất đai", "Ủy ban", "hòa giải"]
text = st.lists(st.sampled_from(WORDS), min_size=1, max_size=4).map(" ".join)
# A unit's name starts with a capital (AdminUnit refuses "giám sát"); other words may follow.
unit_names = st.tuples(st.sampled_from(WORDS[:3]), text).map(" ".join)
ids = st.from_regex(r"[a-z0-9][a-z0-9./_-]{0,11}", fullmatch=True)


@st.composite
def partial_dates(draw: Any, year: int | None = None) -> PartialDate:
    day = draw(st.dates(dt.date(1990, 1, 1), dt.date(2030, 12, 31)))
    if year is not None:
        day = day.replace(year=year, day=min(day.day, 28))
    precision = draw(st.sampled_from(["year", "month", "day"]))
    if precision == "year":
        return PartialDate(day.year)
    if precision == "month":
        return PartialDate(day.year, day.month)
    return PartialDate.from_date(day)


def _own_id(source: Source) -> Source:
    """One id per distinct source, as a data file requires."""
    digest = hashlib.sha1(repr(attrs.evolve(source, id="x")).encode()).hexdigest()[:10]
    return attrs.evolve(source, id=f"s/{digest}")


sources = st.builds(
    Source,
    id=st.just("x"),
    title=text,
    publisher=st.none() | text,
    url=st.none() | st.just("https://example.org/a"),
    published=st.none() | partial_dates(),
    author=st.none() | text,
).map(_own_id)
citations = st.lists(st.builds(Citation, source=sources, excerpt=text), max_size=2).map(tuple)


@st.composite
def units(draw: Any) -> AdminUnit:
    city = AdminUnit(
        "ha-noi",
        draw(st.sampled_from([UnitKind.CENTRAL_CITY, UnitKind.PROVINCE])),
        draw(unit_names),
        code=draw(st.none() | st.just("01")),
    )
    # Units exist before every generated program (2000 on), as a roster requires.
    start = draw(st.none() | st.integers(1990, 1999).flatmap(partial_dates))
    return AdminUnit(
        "ha-noi/d",
        draw(st.sampled_from([UnitKind.URBAN_DISTRICT, UnitKind.RURAL_DISTRICT])),
        draw(unit_names),
        parent=city,
        valid_from=None if start is None else Boundary(start, draw(st.none() | text)),
        sources=draw(citations),
    )


def bodies(unit: AdminUnit) -> dict[AgencyKind, Agency]:
    main = {
        kind: Agency(f"{unit.id}/{kind.value}", kind, unit)
        for kind in (
            AgencyKind.PEOPLES_COUNCIL,
            AgencyKind.PEOPLES_COMMITTEE,
            AgencyKind.FATHERLAND_FRONT,
        )
    }
    council = main[AgencyKind.PEOPLES_COUNCIL]
    main[AgencyKind.COUNCIL_STANDING_COMMITTEE] = Agency(
        f"{council.id}/tt", AgencyKind.COUNCIL_STANDING_COMMITTEE, unit, council
    )
    return main


@st.composite
def reported(draw: Any, items: Any) -> ReportedCount[Any]:
    known = tuple(draw(st.lists(items, max_size=3)))
    stated = draw(st.none() | st.integers(len(known), len(known) + 20))
    return ReportedCount(stated, known, draw(citations))


@st.composite
def programs(draw: Any, unit: AdminUnit, year: int) -> CoordinationProgram:
    agencies = bodies(unit)
    main = [agencies[k] for k in agencies if k.is_main_body]
    parties = tuple(draw(st.sampled_from([main, main[1:]])))
    when = partial_dates(year) | st.none()
    activities = Activities(
        hearings=draw(
            reported(st.builds(HearingMention, subject=text, held_on=when, presiding=st.none()))
        ),
        oversight=tuple(
            draw(
                st.lists(
                    st.builds(
                        OversightGroup,
                        kinds=st.frozensets(st.sampled_from(OversightKind), min_size=1),
                        lead=st.just(parties[-1]),
                        partners=st.just(parties[:1]),
                        topics=reported(st.builds(OversightTopic, subject=text, held_on=when)),
                        sources=citations,
                    ),
                    max_size=2,
                )
            )
        ),
        voter_contacts=tuple(
            draw(
                st.lists(
                    st.builds(
                        VoterContactGroup,
                        kind=st.sampled_from(VoterContactKind),
                        meetings=reported(
                            st.builds(VoterContactMeeting, held_on=when, subject=st.none() | text)
                        ),
                    ),
                    max_size=2,
                )
            )
        ),
        social_critiques=draw(
            reported(
                st.builds(SocialCritique, subject=text, lead=st.just(parties[-1]), held_on=when)
            )
        ),
        dialogues=draw(
            reported(st.builds(Dialogue, subject=text, participants=st.just(parties), held_on=when))
        ),
        surveys=tuple(
            draw(
                st.lists(
                    st.builds(
                        SatisfactionSurvey,
                        subject=text,
                        lead=st.just(parties[-1]),
                        surveyed=st.lists(text, unique=True, max_size=3).map(tuple),
                        held_on=when,
                    ),
                    max_size=1,
                )
            )
        ),
    )
    standing = draw(st.sampled_from([None, *parties]))
    return CoordinationProgram(
        id=f"ctph-{year}",
        unit=unit,
        period=year,
        parties=parties,
        standing_agency=standing,
        content_areas=tuple(draw(st.lists(st.sampled_from(ContentArea), unique=True))),
        key_tasks=draw(reported(st.builds(KeyTask, text=text))),
        signed_on=draw(st.none() | partial_dates(year)),
        symbol=draw(st.none() | st.just("01/CTrPH-HĐND-UBND-UBMTTQ")),
        activities=activities,
        sources=draw(citations),
    )


people = st.builds(
    Person,
    id=ids,
    name=st.builds(
        PersonName,
        family=st.sampled_from(["Nguyễn", "Đỗ", "Trần", "Tôn Thất"]),
        middle=st.sampled_from(["", "Văn", "Thị Minh", "Anh"]),
        given=st.sampled_from(["Thắng", "Tuấn", "Đạo", "Lương"]),
    ),
)


@st.composite
def reviews(draw: Any) -> ProgramReview:
    unit = draw(units())
    year = draw(st.integers(2000, 2024))
    reviewed = draw(programs(unit, year))
    person = draw(people)
    chair = Post(reviewed.parties[0], Title.CHAIR)
    printed = draw(st.sampled_from([None, "56,82%", "97,8%", "100%"]))
    stats = PetitionStats(
        unit=unit,
        period=PartialDate(year),
        competence=draw(st.none() | st.sampled_from(Competence)),
        printed_rate=None if printed is None else PrintedFigure(printed),
        sources=draw(citations),
    )
    held_on = draw(st.dates(dt.date(year + 1, 1, 1), dt.date(year + 1, 12, 31)))
    return ProgramReview(
        id="review",
        held_on=held_on,
        reviewed=reviewed,
        hosts=reviewed.parties,
        part_of_day=draw(st.none() | st.sampled_from(DayPart)),
        reporter=reviewed.standing_agency,
        signed=draw(st.none() | programs(unit, year + 1)),
        attending_posts=(Post(reviewed.parties[-1], Title.VICE_CHAIR),),
        other_attendees=tuple(draw(st.lists(text, max_size=2))),
        roster=(
            Tenure(
                person,
                chair,
                start=draw(st.none() | partial_dates(year)),
                attested=(held_on,),
            ),
        ),
        achievements=tuple(draw(st.lists(st.builds(Finding, text=text), max_size=2))),
        shortcomings=tuple(draw(st.lists(st.builds(Finding, text=text), max_size=2))),
        petitions=(stats,),
        sources=draw(citations),
    )


@settings(max_examples=30, deadline=None)
@given(reviews())
def test_review_round_trips(review: ProgramReview) -> None:
    assert loads(dumps(review)) == review


@settings(max_examples=30, deadline=None)
@given(
    st.one_of(
        sources,
        units(),
        people,
        partial_dates().map(lambda d: Source("s", "t", published=d)),
    )
)
def test_records_round_trip(record: Any) -> None:
    assert loads(dumps(record)) == record
