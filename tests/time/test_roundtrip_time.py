"""Every new type through tayho_coord.io.dumps/loads, with hypothesis."""

import datetime as dt
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tayho_coord.errors import DataError
from tayho_coord.io import dumps, loads
from tayho_coord.model import (
    ONGOING,
    AdminUnit,
    Agency,
    AgencyKind,
    Boundary,
    Coverage,
    Extent,
    Holding,
    Interval,
    PartialDate,
    Person,
    Post,
    Roster,
    Tenure,
    TenureEvent,
    Title,
    Transfer,
    Truth,
    UnitHistory,
    UnitKind,
)
from tayho_coord.vi import PersonName

days = st.dates(dt.date(1990, 1, 1), dt.date(2030, 12, 31))


@st.composite
def partial_dates(draw: Any, low: dt.date = dt.date(1990, 1, 1)) -> PartialDate:
    day = draw(st.dates(low, dt.date(2030, 12, 31)))
    precision = draw(st.sampled_from(["year", "month", "day"]))
    if precision == "year":
        return PartialDate(day.year)
    if precision == "month":
        return PartialDate(day.year, day.month)
    return PartialDate.from_date(day)


@st.composite
def intervals(draw: Any) -> Interval:
    start = draw(st.none() | partial_dates())
    low = dt.date(1990, 1, 1) if start is None else start.last_day()
    end = draw(st.none() | st.just(ONGOING) | partial_dates(low))
    first = dt.date(1990, 1, 1) if start is None else start.first_day()
    last = end.last_day() if isinstance(end, PartialDate) else dt.date(2030, 12, 31)
    attested = draw(st.lists(st.dates(first, max(first, last)), max_size=2))
    return Interval(start, end, tuple(attested))


HA_NOI = AdminUnit("ha-noi", UnitKind.CENTRAL_CITY, "Hà Nội", valid_to=ONGOING)
names = st.sampled_from(["Tây Hồ", "Bưởi", "Xuân La", "Phú Thượng"])


@st.composite
def tenures(draw: Any) -> Tenure:
    interval = draw(intervals())
    unit = AdminUnit("ha-noi/d", UnitKind.URBAN_DISTRICT, "Tây Hồ", parent=HA_NOI)
    kind = draw(st.sampled_from([AgencyKind.PEOPLES_COUNCIL, AgencyKind.PEOPLES_COMMITTEE]))
    post = Post(Agency(f"ha-noi/d/{kind.value}", kind, unit), Title.VICE_CHAIR)
    person = Person("p", PersonName("Đỗ", "Anh", "Tuấn"))
    ended = (
        None
        if interval.end is ONGOING
        else draw(
            st.none()
            | st.sampled_from([TenureEvent.RELIEVED, TenureEvent.RETIRED, TenureEvent.TERM_ENDED])
        )
    )
    return Tenure(
        person,
        post,
        interval.start,
        interval.end,
        began_by=draw(st.none() | st.sampled_from([TenureEvent.ELECTED, TenureEvent.APPOINTED])),
        ended_by=ended,
        end_reason=draw(st.none() | st.just("nghỉ hưu theo chế độ")),
        attested=interval.attested,
    )


@settings(max_examples=60, deadline=None)
@given(intervals())
def test_intervals_round_trip(interval: Interval) -> None:
    assert loads(dumps(interval)) == interval


@settings(max_examples=60, deadline=None)
@given(st.lists(tenures(), max_size=3))
def test_rosters_round_trip(items: list[Tenure]) -> None:
    roster = Roster(tuple(items))
    assert loads(dumps(roster)) == roster


@st.composite
def histories(draw: Any) -> UnitHistory:
    end = draw(partial_dates())
    old = AdminUnit(
        "ha-noi/old",
        UnitKind.WARD,
        draw(names),
        parent=HA_NOI,
        valid_from=draw(st.none() | st.just(Boundary(PartialDate(1990)))),
        valid_to=Boundary(end, draw(st.none() | st.just("Nghị quyết 1656/NQ-UBTVQH15"))),
    )
    new = AdminUnit(
        "ha-noi/new",
        UnitKind.WARD,
        draw(names),
        parent=HA_NOI,
        valid_to=draw(st.none() | st.just(ONGOING)),
    )
    transfer = Transfer(
        old,
        new,
        PartialDate(end.year + 1),
        draw(st.sampled_from(Extent)),
        share=draw(st.none() | st.just("phần lớn diện tích tự nhiên cùng dân số")),
        area_ha=draw(st.none() | st.decimals(Decimal("0.1"), Decimal("1000"), places=1)),
        population=draw(st.none() | st.integers(0, 200_000)),
    )
    return UnitHistory((HA_NOI, old, new), (transfer,))


@settings(max_examples=60, deadline=None)
@given(histories())
def test_histories_round_trip(history: UnitHistory) -> None:
    assert loads(dumps(history)) == history


def test_open_and_unknown_ends_are_written_apart() -> None:
    text = dumps(Interval(PartialDate(2020, 10, 15), ONGOING))
    assert '"end": "ongoing"' in text
    assert '"end": null' in dumps(Interval(PartialDate(2020, 10, 15)))
    assert loads(text).end is ONGOING


@pytest.mark.parametrize(
    ("end", "fragment"),
    [
        ('"open"', "'open'"),
        ("2020", "expected an ISO date string"),
        ('"2020-10-14"', "is before the start"),
    ],
)
def test_bad_ends_in_data(end: str, fragment: str) -> None:
    text = (
        '{"schema_version": 1, "type": "Interval", "data": '
        f'{{"start": "2020-10-15", "end": {end}, "attested": []}}}}'
    )
    with pytest.raises(DataError) as info:
        loads(text)
    assert any(fragment in p.message for p in info.value.problems), info.value.problems


@settings(max_examples=30, deadline=None)
@given(histories(), st.sampled_from([Truth.YES, Truth.UNKNOWN]))
def test_answers_round_trip(history: UnitHistory, truth: Truth) -> None:
    # The answers are records too: a Coverage with the transfers it followed, a Holding.
    (transfer,) = history.transfers
    coverage = Coverage(transfer.successor, transfer.extent, truth, (transfer,))
    assert loads(dumps(coverage)) == coverage
    assert loads(dumps(transfer)) == transfer


@settings(max_examples=30, deadline=None)
@given(tenures(), st.sampled_from([Truth.YES, Truth.UNKNOWN]))
def test_holdings_round_trip(tenure: Tenure, truth: Truth) -> None:
    holding = Holding(tenure, truth)
    assert loads(dumps(holding)) == holding
