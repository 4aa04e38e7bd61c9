"""Timing rules: the program's Vietnamese both ways, and the windows they give.

Expected wordings are written from the rules of ``Timing.text`` (module docstring of
``tayho_coord.model._timing``), expected days from the calendar.
"""

from __future__ import annotations

import datetime as dt
import itertools

import pytest
from hypothesis import given
from hypothesis import strategies as st

from plan.plan_records import TIMINGS
from tayho_coord.errors import ParseError, ValidationError
from tayho_coord.model import Recurrence, Timing
from tayho_coord.vi import format_list

D = dt.date
YEAR_2020 = (D(2020, 1, 1), D(2020, 12, 31))


@pytest.mark.parametrize(
    ("words", "timing", "text"),
    [
        ("Một lần", Timing.once(), "Một lần"),
        ("01 lần", Timing.once(), "Một lần"),
        ("Ngày 27/11", Timing.on_day(27, 11), "Ngày 27/11"),
        ("ngày 27.11", Timing.on_day(27, 11), "Ngày 27/11"),
        ("trước ngày 15/12", Timing.deadline(15, 12), "Trước ngày 15/12"),
        ("Trước ngày 15 tháng 12", Timing.deadline(15, 12), "Trước ngày 15/12"),
        ("Chậm nhất ngày 10.11", Timing.deadline(10, 11, inclusive=True), "Chậm nhất ngày 10/11"),
        ("chậm nhất là ngày 05/01", Timing.deadline(5, 1, inclusive=True), "Chậm nhất ngày 5/1"),
        ("tháng 6 và tháng 12", Timing.in_months(6, 12), "Tháng 6 và tháng 12"),
        ("Tháng 5 và 10", Timing.in_months(5, 10), "Tháng 5 và tháng 10"),
        ("tháng 3, tháng 6 và tháng 9", Timing.in_months(3, 6, 9), "Tháng 3, tháng 6 và tháng 9"),
        ("Tháng 7", Timing.in_months(7), "Tháng 7"),
        ("quý III", Timing.in_quarters(3), "Quý III"),
        ("Quý 3", Timing.in_quarters(3), "Quý III"),
        ("quý I và quý III", Timing.in_quarters(1, 3), "Quý I và quý III"),
        ("Hằng tháng", Timing.monthly(), "Hằng tháng"),
        ("hàng tháng", Timing.monthly(), "Hằng tháng"),
        (
            "Hằng tháng, vào tuần đầu tiên của tháng",
            Timing.monthly(first_week=True),
            "Hằng tháng, vào tuần đầu tiên của tháng",
        ),
        ("hằng quý", Timing.quarterly(), "Hằng quý"),
        ("Định kỳ hàng quý.", Timing.quarterly(), "Hằng quý"),
        ("mỗi quý", Timing.quarterly(), "Hằng quý"),
        (
            "Hằng quý, vào tuần đầu tiên của tháng đầu quý",
            Timing.quarterly(first_week=True),
            "Hằng quý, vào tuần đầu tiên của tháng đầu quý",
        ),
        (
            "tuần đầu tiên của tháng đầu quý",
            Timing.quarterly(first_week=True),
            "Hằng quý, vào tuần đầu tiên của tháng đầu quý",
        ),
        ("6 tháng một lần", Timing.half_yearly(), "6 tháng một lần"),
        ("Định kỳ 6 tháng", Timing.half_yearly(), "6 tháng một lần"),
        ("6 tháng 1 lần", Timing.half_yearly(), "6 tháng một lần"),
        ("Hằng năm", Timing.yearly(), "Hằng năm"),
        ("Trước mỗi kỳ họp", Timing.before_sessions(), "Trước mỗi kỳ họp"),
        ("trước kỳ họp HĐND huyện", Timing.before_sessions(), "Trước mỗi kỳ họp"),
        ("Sau các kỳ họp Hội đồng nhân dân tỉnh", Timing.after_sessions(), "Sau mỗi kỳ họp"),
        (
            "trong vòng 15 ngày sau kỳ họp",
            Timing.after_sessions(days=15),
            "Trong vòng 15 ngày sau kỳ họp",
        ),
        (
            "Trong thời hạn 20 ngày trước kỳ họp HĐND",
            Timing.before_sessions(days=20),
            "Trong vòng 20 ngày trước kỳ họp",
        ),
    ],
)
def test_reads_and_writes_back(words: str, timing: Timing, text: str) -> None:
    assert Timing.parse(words) == timing
    assert timing.text == text
    assert str(timing) == text
    assert Timing.parse(text) == timing


@pytest.mark.parametrize(
    "words",
    [
        "",
        "cuối năm",
        "6 tháng",  # "6 tháng đầu năm" is a period, not a recurrence
        "tháng 13",
        "tháng 6 và tháng 6",
        "tháng 12 và tháng 6",
        "tháng sáu",
        "quý V",
        "quý 0",
        "trước ngày 30/2",
        "ngày 29/2",  # not a day of every year
        "chậm nhất ngày 32/1",
        "trong vòng 0 ngày sau kỳ họp",
        "trong vòng 400 ngày sau kỳ họp",
        "hằng tuần",
    ],
)
def test_refuses_what_it_does_not_know_naming_the_text(words: str) -> None:
    with pytest.raises(ParseError) as info:
        Timing.parse(words)
    assert info.value.text == words
    assert repr(words) in str(info.value)


def test_refuses_a_non_string() -> None:
    with pytest.raises(ParseError):
        Timing.parse(15)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("build", "field"),
    [
        (lambda: Timing(Recurrence.ONCE, months=(6,)), "months"),
        (lambda: Timing(Recurrence.QUARTERLY, days=3), "days"),
        (lambda: Timing.in_months(), "months"),
        (lambda: Timing.in_months(12, 6), "months"),
        (lambda: Timing.in_quarters(5), "quarters[0]"),
        (lambda: Timing.deadline(31, 4), "day"),
        (lambda: Timing.deadline(1, 13), "month"),
        (lambda: Timing.before_sessions(days=0), "days"),
        (lambda: Timing("monthly"), "rule"),  # type: ignore[arg-type]
        (lambda: Timing(Recurrence.MONTHLY, first_week=1), "first_week"),  # type: ignore[arg-type]
        (lambda: Timing(Recurrence.DEADLINE, day=1, month=1, inclusive=1), "inclusive"),  # type: ignore[arg-type]
    ],
)
def test_invariants(build: object, field: str) -> None:
    with pytest.raises(ValidationError) as info:
        build()  # type: ignore[operator]
    assert info.value.field == field


def test_list_wording_is_cldrs() -> None:
    # The model writes "A, B và C" itself; it is CLDR's vi list pattern.
    months = (1, 4, 7, 10)
    assert (
        Timing.in_months(*months).text == format_list([f"tháng {m}" for m in months]).capitalize()
    )


def _spans(timing: Timing, start: dt.date = YEAR_2020[0], end: dt.date = YEAR_2020[1]):  # type: ignore[no-untyped-def]
    return [(w.starts_on, w.due_on, w.label) for w in timing.windows(start, end)]


def test_quarterly_first_week() -> None:
    assert _spans(Timing.quarterly(first_week=True)) == [
        (D(2020, 1, 1), D(2020, 1, 7), "quý I năm 2020"),
        (D(2020, 4, 1), D(2020, 4, 7), "quý II năm 2020"),
        (D(2020, 7, 1), D(2020, 7, 7), "quý III năm 2020"),
        (D(2020, 10, 1), D(2020, 10, 7), "quý IV năm 2020"),
    ]


def test_months_halves_years_and_days() -> None:
    assert _spans(Timing.in_months(6, 12)) == [
        (D(2020, 6, 1), D(2020, 6, 30), "tháng 6 năm 2020"),
        (D(2020, 12, 1), D(2020, 12, 31), "tháng 12 năm 2020"),
    ]
    assert _spans(Timing.half_yearly()) == [
        (D(2020, 1, 1), D(2020, 6, 30), "6 tháng đầu năm 2020"),
        (D(2020, 7, 1), D(2020, 12, 31), "6 tháng cuối năm 2020"),
    ]
    assert _spans(Timing.in_quarters(3)) == [(D(2020, 7, 1), D(2020, 9, 30), "quý III năm 2020")]
    assert _spans(Timing.yearly()) == [(D(2020, 1, 1), D(2020, 12, 31), "năm 2020")]
    assert _spans(Timing.once()) == [(D(2020, 1, 1), D(2020, 12, 31), "")]
    assert len(_spans(Timing.monthly())) == 12
    # February of a leap year ends on the 29th.
    assert _spans(Timing.monthly())[1][:2] == (D(2020, 2, 1), D(2020, 2, 29))
    assert _spans(Timing.in_months(2), D(2021, 1, 1), D(2021, 12, 31))[0][1] == D(2021, 2, 28)


def test_deadlines_before_and_on_the_day() -> None:
    # "trước ngày 15/12": the 15th is not before the 15th.
    assert _spans(Timing.deadline(15, 12)) == [
        (D(2020, 1, 1), D(2020, 12, 14), "trước ngày 15/12/2020")
    ]
    assert _spans(Timing.deadline(10, 11, inclusive=True)) == [
        (D(2020, 1, 1), D(2020, 11, 10), "chậm nhất ngày 10/11/2020")
    ]
    # Over a term, each year's window starts the day after the previous deadline.
    term = _spans(Timing.deadline(15, 12), D(2021, 7, 1), D(2023, 6, 30))
    assert [(s, e) for s, e, _ in term] == [
        (D(2021, 7, 1), D(2021, 12, 14)),
        (D(2021, 12, 15), D(2022, 12, 14)),
    ]
    # "trước ngày 1/1" falls due on the last day of the year before.
    assert _spans(Timing.deadline(1, 1), D(2021, 1, 1), D(2021, 12, 31)) == [
        (D(2021, 1, 1), D(2021, 12, 31), "trước ngày 01/01/2022")
    ]
    assert _spans(Timing.on_day(27, 11)) == [(D(2020, 11, 27), D(2020, 11, 27), "ngày 27/11/2020")]


def test_windows_are_clipped_to_the_period() -> None:
    second_half = _spans(Timing.quarterly(), D(2020, 8, 15), D(2020, 12, 31))
    assert [(s, e) for s, e, _ in second_half] == [
        (D(2020, 8, 15), D(2020, 9, 30)),
        (D(2020, 10, 1), D(2020, 12, 31)),
    ]


def test_period_errors() -> None:
    with pytest.raises(ValidationError, match="is before"):
        Timing.once().windows(D(2020, 2, 1), D(2020, 1, 1))
    with pytest.raises(ValidationError):
        Timing.monthly().windows(D(1, 1, 1), D(1, 12, 31))


# -- hypothesis -----------------------------------------------------------------------------


@given(TIMINGS)
def test_round_trip_through_vietnamese(timing: Timing) -> None:
    assert Timing.parse(timing.text) == timing


@given(TIMINGS, st.sampled_from(["upper", "lower", "spaced", "stop"]))
def test_case_spacing_and_final_stop_do_not_matter(timing: Timing, how: str) -> None:
    text = timing.text
    variant = {
        "upper": text.upper(),
        "lower": text.lower(),
        "spaced": "  " + text.replace(" ", "   ") + " ",
        "stop": text + ".",
    }[how]
    assert Timing.parse(variant) == timing


@given(st.text(max_size=60))
def test_any_text_gives_a_timing_or_a_parse_error(text: str) -> None:
    try:
        timing = Timing.parse(text)
    except ParseError as exc:
        error: ParseError | None = exc
    else:
        error = None
        assert Timing.parse(timing.text) == timing
    if error is not None:
        assert error.text == text


@given(
    st.one_of(*(TIMINGS.filter(lambda t: not t.by_sessions),)),
    st.dates(D(1990, 1, 1), D(2100, 12, 31)),
    st.integers(0, 3 * 366),
)
def test_windows_lie_in_the_period_in_order_and_apart(
    timing: Timing, start: dt.date, length: int
) -> None:
    end = start + dt.timedelta(days=length)
    windows = timing.windows(start, end)
    for w in windows:
        assert start <= w.starts_on <= w.due_on <= end
        assert (w.label == "") is (timing.rule is Recurrence.ONCE)
    for a, b in itertools.pairwise(windows):
        assert a.due_on < b.starts_on


@given(st.integers(1990, 2100))
def test_a_whole_year_has_the_rules_count(year: int) -> None:
    start, end = D(year, 1, 1), D(year, 12, 31)
    assert len(Timing.monthly().windows(start, end)) == 12
    assert len(Timing.quarterly(first_week=True).windows(start, end)) == 4
    assert len(Timing.half_yearly().windows(start, end)) == 2
    assert len(Timing.in_months(6, 12).windows(start, end)) == 2
    assert len(Timing.deadline(15, 12).windows(start, end)) == 1
    first_weeks = Timing.monthly(first_week=True).windows(start, end)
    assert all((w.due_on - w.starts_on).days == 6 and w.starts_on.day == 1 for w in first_weeks)
