"""Invariants of the three-valued answers, checked on generated data."""

import datetime as dt
import json
from typing import Any

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from tayho_coord.datasets import data_file
from tayho_coord.errors import DataError, ValidationError
from tayho_coord.io import loads
from tayho_coord.model import (
    ONGOING,
    AdminUnit,
    Agency,
    AgencyKind,
    Interval,
    PartialDate,
    Person,
    Post,
    Roster,
    Tenure,
    Title,
    Truth,
    UnitKind,
)
from tayho_coord.vi import PersonName

LOW, HIGH = dt.date(2015, 1, 1), dt.date(2025, 12, 31)
days = st.dates(LOW, HIGH)


@st.composite
def partial_dates(draw: Any, low: dt.date = LOW) -> PartialDate:
    day = draw(st.dates(low, HIGH))
    precision = draw(st.sampled_from(["year", "month", "day"]))
    if precision == "year":
        return PartialDate(day.year)
    if precision == "month":
        return PartialDate(day.year, day.month)
    return PartialDate.from_date(day)


@st.composite
def intervals(draw: Any) -> Interval:
    start = draw(st.none() | partial_dates())
    end = draw(
        st.none() | st.just(ONGOING) | partial_dates(LOW if start is None else start.last_day())
    )
    first = LOW if start is None else start.first_day()
    last = end.last_day() if isinstance(end, PartialDate) else HIGH
    attested = draw(st.lists(st.dates(first, max(first, last)), max_size=2))
    return Interval(start, end, tuple(attested))


@settings(max_examples=150, deadline=None)
@given(intervals(), days)
def test_status_agrees_with_the_ranges(interval: Interval, day: dt.date) -> None:
    status = interval.status_on(day)
    first, last = interval.possible_range()
    outside = (first is not None and day < first) or (last is not None and day > last)
    assert (status is Truth.NO) == outside
    sure = interval.sure_range()
    if status is Truth.YES:
        assert sure is not None
        assert sure[0] <= day
        assert sure[1] is None or day <= sure[1]
    # Every attested day is surely inside.
    for seen in interval.attested:
        assert interval.status_on(seen) is Truth.YES


@settings(max_examples=150, deadline=None)
@given(intervals(), days, days)
def test_the_sure_days_are_one_run(interval: Interval, a: dt.date, b: dt.date) -> None:
    # A period is one run of days: between two sure days every day is sure.
    assume(a < b)
    if interval.status_on(a) is Truth.YES and interval.status_on(b) is Truth.YES:
        middle = a + (b - a) / 2
        assert interval.status_on(middle) is Truth.YES


UNIT = AdminUnit("ha-noi/d", UnitKind.URBAN_DISTRICT, "Tây Hồ")
CHAIR = Post(Agency("ha-noi/d/ubnd", AgencyKind.PEOPLES_COMMITTEE, UNIT), Title.CHAIR)
PEOPLE = [Person(f"p{i}", PersonName("Nguyễn", "Văn", f"A{i}")) for i in range(3)]


@st.composite
def rosters(draw: Any) -> Roster:
    tenures = []
    for person in draw(st.lists(st.sampled_from(PEOPLE), min_size=1, max_size=3)):
        interval = draw(intervals())
        tenures.append(
            Tenure(person, CHAIR, interval.start, interval.end, attested=interval.attested)
        )
    try:
        return Roster(tuple(tenures))
    except ValidationError:
        assume(False)
        raise


@settings(max_examples=100, deadline=None)
@given(rosters(), days)
def test_never_a_wrong_person(roster: Roster, day: dt.date) -> None:
    found = roster.holders(CHAIR, day)
    for holding in found:
        # Nobody is named on a day their own tenure excludes.
        assert holding.tenure.status_on(day) is not Truth.NO
        assert holding.truth is roster.status(holding.tenure, day)
    certain = [h for h in found if h.certain]
    # Two certain holders of a one-holder post only on a shared boundary day.
    if len(certain) == 2:
        ends = {h.tenure.effective_end[0] for h in certain}
        starts = {h.tenure.start for h in certain}
        assert PartialDate.from_date(day) in ends
        assert PartialDate.from_date(day) in starts
    assert len(certain) <= 2
    sure = roster.holder(CHAIR, day)
    if sure is not None:
        assert {h.person for h in found} == {sure.person}
        assert sure.certain
    # Allowing possible holders names the same person or, if none was sure, the only
    # one the data does not exclude: never someone another holding contradicts.
    lone = roster.holder(CHAIR, day, allow_possible=True)
    if sure is not None:
        assert lone == sure
    if lone is not None:
        assert {h.person for h in found} == {lone.person}
        assert lone in found
    else:
        assert len({h.person for h in found}) != 1


def _history_doc() -> dict[str, Any]:
    doc: dict[str, Any] = json.loads(data_file("tay_ho_history.json"))
    return doc


def test_a_transfer_to_an_unknown_unit_is_reported_with_its_path() -> None:
    doc = _history_doc()
    doc["data"]["transfers"][0]["successor"] = "ha-noi/nowhere"
    doc["data"]["roster"]["tenures"][0]["ended_by"] = "elected"
    with pytest.raises(DataError) as info:
        loads(json.dumps(doc))
    paths = [p.path for p in info.value.problems]
    assert "$.data.transfers[0].successor" in paths
    assert any(p.startswith("$.data.roster.tenures[0]") for p in paths), paths


def test_a_cycle_in_a_data_file_is_an_error() -> None:
    doc = _history_doc()
    transfers = doc["data"]["transfers"]
    # Add the reverse of the first transfer of 01/07/2025: phường Tây Hồ back into Bưởi.
    first = next(t for t in transfers if t["on"] == "2025-07-01")
    back = dict(first, predecessor=first["successor"], successor=first["predecessor"])
    back["on"] = "2025"  # a partial day: not checked against validity, only the cycle
    transfers.append(back)
    with pytest.raises(DataError) as info:
        loads(json.dumps(doc))
    assert any("cycle" in p.message for p in info.value.problems), info.value.problems


def test_an_unknown_field_in_a_tenure_is_an_error() -> None:
    doc = _history_doc()
    doc["data"]["roster"]["tenures"][0]["started"] = "2019"
    with pytest.raises(DataError) as info:
        loads(json.dumps(doc))
    assert [str(p) for p in info.value.problems] == [
        "$.data.roster.tenures[0]: unknown field(s): started"
    ]
