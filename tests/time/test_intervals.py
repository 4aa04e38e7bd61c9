"""Partial dates, three-valued answers, and intervals with unknown or open ends."""

import datetime as dt

import pytest

from tayho_coord.errors import ValidationError
from tayho_coord.model import ONGOING, Interval, Ongoing, PartialDate, Truth

PD = PartialDate


def test_a_truth_has_no_truth_value() -> None:
    # An unknown must never pass for a yes (issue 5: "never a wrong person").
    for value in Truth:
        with pytest.raises(TypeError, match="yes, no or unknown"):
            bool(value)
    assert Truth.of(True) is Truth.YES
    assert Truth.of(False) is Truth.NO
    assert [t.known for t in Truth] == [True, True, False]


def test_ongoing_is_one_constant() -> None:
    assert ONGOING is Ongoing.ONGOING
    assert repr(ONGOING) == "ONGOING"
    assert ONGOING.value == "ongoing"


# Partial dates: a year covers 01/01 to 31/12, a month its first to last day (2020 is a
# leap year: February has 29 days). Ordering is by first day, coarser first.
@pytest.mark.parametrize(
    ("date", "first", "last"),
    [
        (PD(2020), "2020-01-01", "2020-12-31"),
        (PD(2020, 2), "2020-02-01", "2020-02-29"),
        (PD(2019, 2), "2019-02-01", "2019-02-28"),
        (PD(2020, 10, 15), "2020-10-15", "2020-10-15"),
    ],
)
def test_partial_date_bounds(date: PartialDate, first: str, last: str) -> None:
    assert date.first_day().isoformat() == first
    assert date.last_day().isoformat() == last


def test_partial_dates_sort_by_first_day_then_precision() -> None:
    dates = [PD(2020, 10, 15), PD(2020, 10), PD(2020), PD(2019, 12, 31), PD(2020, 1, 1)]
    assert [x.iso() for x in sorted(dates)] == [
        "2019-12-31",
        "2020",
        "2020-01-01",
        "2020-10",
        "2020-10-15",
    ]
    assert PD(2019).surely_before(PD(2020, 1, 1))
    assert not PD(2020).surely_before(PD(2020, 6))


# The table: (start, end, attested) -> the status on each day. Written from the rule: a
# day is surely inside when every reading of the data includes it (between the latest
# possible start and the earliest possible end, attested days included); outside when
# no reading does; unknown otherwise.
FEB_11 = (dt.date(2020, 2, 11),)
CASES = [
    # The seed's chairs: start unknown, attested 11/02/2020, relieved 15/10/2020.
    (None, PD(2020, 10, 15), FEB_11, "2019-01-01", "unknown"),
    (None, PD(2020, 10, 15), FEB_11, "2020-02-10", "unknown"),
    (None, PD(2020, 10, 15), FEB_11, "2020-02-11", "yes"),
    (None, PD(2020, 10, 15), FEB_11, "2020-06-01", "yes"),
    (None, PD(2020, 10, 15), FEB_11, "2020-10-15", "yes"),
    (None, PD(2020, 10, 15), FEB_11, "2020-10-16", "no"),
    # Elected 15/10/2020, end not given: only the first day is sure.
    (PD(2020, 10, 15), None, (), "2020-10-14", "no"),
    (PD(2020, 10, 15), None, (), "2020-10-15", "yes"),
    (PD(2020, 10, 15), None, (), "2020-11-01", "unknown"),
    # Still serving since 15/10/2020: every later day is sure.
    (PD(2020, 10, 15), ONGOING, (), "2020-11-01", "yes"),
    (PD(2020, 10, 15), ONGOING, (), "2040-01-01", "yes"),
    # A start known to the year only, end unknown: no day is sure.
    (PD(2020), None, (), "2020-06-01", "unknown"),
    (PD(2020), None, (), "2019-12-31", "no"),
    # Start 2020 (year only), attested 15/10/2020: sure on that day only.
    (PD(2020), None, (dt.date(2020, 10, 15),), "2020-10-15", "yes"),
    (PD(2020), None, (dt.date(2020, 10, 15),), "2020-10-16", "unknown"),
    # Year-only start and end: sure from the last day of the start to the first of the end.
    (PD(2016), PD(2021), (), "2016-12-31", "yes"),
    (PD(2016), PD(2021), (), "2016-06-01", "unknown"),
    (PD(2016), PD(2021), (), "2021-01-01", "yes"),
    (PD(2016), PD(2021), (), "2021-01-02", "unknown"),
    (PD(2016), PD(2021), (), "2022-01-01", "no"),
    # Nothing known at all: nothing excluded, nothing sure.
    (None, None, (), "2020-01-01", "unknown"),
    # Only an exact end: the end day itself is sure (the last day in post).
    (None, PD(2020, 10, 15), (), "2020-10-15", "yes"),
    (None, PD(2020, 10, 15), (), "2020-10-14", "unknown"),
]


@pytest.mark.parametrize(("start", "end", "attested", "day", "expected"), CASES)
def test_interval_status(
    start: PartialDate | None,
    end: PartialDate | Ongoing | None,
    attested: tuple[dt.date, ...],
    day: str,
    expected: str,
) -> None:
    interval = Interval(start, end, attested)
    assert interval.status_on(dt.date.fromisoformat(day)).value == expected


def test_open_is_not_unknown() -> None:
    # "Still serving" is not "ended on an unknown date" (issue 5).
    still = Interval(PD(2020, 10, 15), ONGOING)
    ended = Interval(PD(2020, 10, 15), None)
    assert still.is_open
    assert not ended.is_open
    assert still != ended
    assert still.sure_range() == (dt.date(2020, 10, 15), None)
    assert ended.sure_range() == (dt.date(2020, 10, 15), dt.date(2020, 10, 15))
    assert still.possible_range() == ended.possible_range() == (dt.date(2020, 10, 15), None)


@pytest.mark.parametrize(
    ("kwargs", "field"),
    [
        ({"start": PD(2020, 10, 15), "end": PD(2020, 10, 14)}, "end"),
        ({"start": PD(2021), "end": PD(2020, 12)}, "end"),
        ({"start": PD(2020, 10, 15), "attested": (dt.date(2020, 2, 11),)}, "attested[0]"),
        ({"end": PD(2020, 10, 15), "attested": (dt.date(2020, 11, 1),)}, "attested[0]"),
        ({"start": "2020"}, "start"),
        ({"end": "ongoing"}, "end"),
        ({"attested": (dt.datetime(2020, 1, 1, 12),)}, "attested[0]"),
    ],
)
def test_bad_intervals(kwargs: dict[str, object], field: str) -> None:
    with pytest.raises(ValidationError) as info:
        Interval(**kwargs)  # type: ignore[arg-type]
    assert info.value.field == field


def test_an_end_sharing_the_start_day_is_fine() -> None:
    one_day = Interval(PD(2020, 10, 15), PD(2020, 10, 15))
    assert one_day.status_on(dt.date(2020, 10, 15)) is Truth.YES
    # A partial end overlapping a partial start is possible, not an error.
    assert Interval(PD(2020, 10), PD(2020)).status_on(dt.date(2020, 10, 1)) is Truth.UNKNOWN
