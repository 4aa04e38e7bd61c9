"""Reporting periods: the shapes sources name, worded back as the sources word them."""

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tayho_coord import ValidationError
from tayho_coord.model import PartialDate, PeriodKind, ReportingPeriod
from tayho_coord.vi import parse_period


# Wordings from real reports: "6 tháng đầu năm 2020" (Cầu Giấy, sơ kết 05/08/2020), "nhiệm kỳ
# 2021-2026" (Bắc Từ Liêm, Quy chế 10/11/2021), "giai đoạn 2017-2021" (Đắk Lắk, 01/QCPH),
# "quý III" (Roman numerals for quarters, as Vietnamese reports write them).
@pytest.mark.parametrize(
    ("period", "label"),
    [
        (ReportingPeriod.year(2020), "năm 2020"),
        (ReportingPeriod.half(2020, 1), "6 tháng đầu năm 2020"),
        (ReportingPeriod.half(2020, 2), "6 tháng cuối năm 2020"),
        (ReportingPeriod.quarter(2020, 1), "quý I năm 2020"),
        (ReportingPeriod.quarter(2020, 4), "quý IV năm 2020"),
        (ReportingPeriod.month(2020, 7), "tháng 7 năm 2020"),
        (ReportingPeriod.term(2021, 2026), "nhiệm kỳ 2021-2026"),
        (ReportingPeriod.stage(2017, 2021), "giai đoạn 2017-2021"),
        (
            ReportingPeriod.term_to_date(2021, 2026, to=PartialDate(2023, 6, 30)),
            "từ đầu nhiệm kỳ 2021-2026 đến ngày 30/6/2023",
        ),
        (
            ReportingPeriod.term_to_date(2016, 2021, to=PartialDate(2018, 9)),
            "từ đầu nhiệm kỳ 2016-2021 đến tháng 9/2018",
        ),
        (
            ReportingPeriod.between(PartialDate(2019, 10, 1), PartialDate(2020, 3, 31)),
            "từ ngày 1/10/2019 đến ngày 31/3/2020",
        ),
        (ReportingPeriod.day(dt.date(2020, 8, 5)), "ngày 5/8/2020"),
        # "9 tháng đầu năm 2020" (An Giang 2020, baoangiang.com.vn a283986), "3 tháng đầu
        # năm", "6 tháng cuối năm" (issue 11); the rule of vi.parse_period (docs/vi.md).
        (ReportingPeriod.first_months(2020, 9), "9 tháng đầu năm 2020"),
        (ReportingPeriod.first_months(2020, 3), "3 tháng đầu năm 2020"),
        (ReportingPeriod.last_months(2020, 4), "4 tháng cuối năm 2020"),
        (ReportingPeriod.last_months(2020, 6), "6 tháng cuối năm 2020"),
    ],
)
def test_label(period: ReportingPeriod, label: str) -> None:
    assert period.label == label
    assert str(period) == label


@pytest.mark.parametrize(
    ("period", "first", "last", "years"),
    [
        (ReportingPeriod.term(2021, 2026), dt.date(2021, 1, 1), dt.date(2026, 12, 31), 6),
        (ReportingPeriod.half(2020, 2), dt.date(2020, 7, 1), dt.date(2020, 12, 31), 1),
        (
            ReportingPeriod.term_to_date(2021, 2026, to=PartialDate(2023, 6, 30)),
            dt.date(2021, 1, 1),
            dt.date(2023, 6, 30),
            3,
        ),
    ],
)
def test_days_and_years(period: ReportingPeriod, first: dt.date, last: dt.date, years: int) -> None:
    assert (period.first_day(), period.last_day()) == (first, last)
    assert period.years == tuple(range(first.year, first.year + years))


def test_six_months_are_the_half_year_and_three_are_not_a_quarter() -> None:
    # One form per period: "6 tháng đầu năm" is worded like the half-year, so it is one;
    # "3 tháng đầu năm" is not worded "quý I", so it keeps its own shape.
    assert ReportingPeriod.first_months(2020, 6) == ReportingPeriod.half(2020, 1)
    assert ReportingPeriod.last_months(2020, 6) == ReportingPeriod.half(2020, 2)
    three = ReportingPeriod.first_months(2020, 3)
    assert three.kind is PeriodKind.MONTHS
    assert (three.first_day(), three.last_day()) == (
        ReportingPeriod.quarter(2020, 1).first_day(),
        ReportingPeriod.quarter(2020, 1).last_day(),
    )
    assert three != ReportingPeriod.quarter(2020, 1)


@pytest.mark.parametrize(
    ("build", "field"),
    [
        (lambda: ReportingPeriod(PeriodKind.YEAR, PartialDate(2020, 1)), "start"),
        (lambda: ReportingPeriod(PeriodKind.YEAR, PartialDate(2020), PartialDate(2021)), "end"),
        (lambda: ReportingPeriod(PeriodKind.TERM, PartialDate(2021)), "end"),
        (lambda: ReportingPeriod(PeriodKind.TERM, PartialDate(2026), PartialDate(2021)), "end"),
        (lambda: ReportingPeriod(PeriodKind.STAGE, PartialDate(2021), PartialDate(2021)), "end"),
        (
            lambda: ReportingPeriod(
                PeriodKind.HALF_YEAR, PartialDate(2020, 2), PartialDate(2020, 7)
            ),
            "start",
        ),
        (
            lambda: ReportingPeriod(PeriodKind.QUARTER, PartialDate(2020, 1), PartialDate(2020, 6)),
            "start",
        ),
        (lambda: ReportingPeriod.half(2020, 3), "half"),
        (lambda: ReportingPeriod.quarter(2020, 0), "quarter"),
        (lambda: ReportingPeriod.term_to_date(2021, 2026, to=PartialDate(2027)), "end"),
        (
            lambda: ReportingPeriod(PeriodKind.TERM_TO_DATE, PartialDate(2021), PartialDate(2022)),
            "term_end",
        ),
        (
            lambda: ReportingPeriod(PeriodKind.RANGE, PartialDate(2021), PartialDate(2022), 2026),
            "term_end",
        ),
        (lambda: ReportingPeriod("year", PartialDate(2020)), "kind"),  # type: ignore[arg-type]
        (lambda: ReportingPeriod(PeriodKind.YEAR, "2020"), "start"),  # type: ignore[arg-type]
        (lambda: ReportingPeriod(PeriodKind.DAY, PartialDate(2020, 8)), "start"),
        (lambda: ReportingPeriod.first_months(2020, 12), "months"),
        (lambda: ReportingPeriod.last_months(2020, 1), "months"),
        (lambda: ReportingPeriod.first_months(2020, True), "months"),  # type: ignore[arg-type]
        (
            lambda: ReportingPeriod(PeriodKind.MONTHS, PartialDate(2020, 2), PartialDate(2020, 9)),
            "start",
        ),
        (
            lambda: ReportingPeriod(PeriodKind.MONTHS, PartialDate(2020, 1), PartialDate(2020, 6)),
            "start",
        ),
        (
            lambda: ReportingPeriod(PeriodKind.MONTHS, PartialDate(2020, 1), PartialDate(2021, 3)),
            "start",
        ),
        (
            lambda: ReportingPeriod(PeriodKind.MONTHS, PartialDate(2020), PartialDate(2020, 9)),
            "start",
        ),
        (
            lambda: ReportingPeriod(PeriodKind.MONTHS, PartialDate(2020, 1), PartialDate(2020, 1)),
            "start",
        ),
        (
            lambda: ReportingPeriod(PeriodKind.MONTHS, PartialDate(2020, 1), PartialDate(2020, 12)),
            "start",
        ),
    ],
)
def test_malformed_periods_are_refused(build: object, field: str) -> None:
    with pytest.raises(ValidationError) as info:
        build()  # type: ignore[operator]
    assert info.value.field == field


calendar_periods = st.integers(1990, 2040).flatmap(
    lambda y: st.one_of(
        st.just(ReportingPeriod.year(y)),
        st.integers(1, 2).map(lambda h: ReportingPeriod.half(y, h)),
        st.integers(1, 4).map(lambda q: ReportingPeriod.quarter(y, q)),
        st.integers(1, 12).map(lambda m: ReportingPeriod.month(y, m)),
        st.integers(2, 11).map(lambda n: ReportingPeriod.first_months(y, n)),
        st.integers(2, 11).map(lambda n: ReportingPeriod.last_months(y, n)),
    )
)


@given(calendar_periods)
def test_the_label_reads_back_as_the_same_days(period: ReportingPeriod) -> None:
    # vi.parse_period is written on its own from the wordings of reports: the two agree on
    # the days every calendar period's label names.
    days = parse_period(period.label)
    assert (days.start, days.end) == (period.first_day(), period.last_day())
    assert period.calendar_year == (period.start.year if period.kind is PeriodKind.YEAR else None)


@given(
    st.integers(1990, 2040),
    st.integers(1, 10),
    st.dates(dt.date(1990, 1, 1), dt.date(2060, 12, 31)),
)
def test_contains_and_overlaps_agree_with_the_days(first: int, length: int, day: dt.date) -> None:
    period = ReportingPeriod.stage(first, first + length)
    inside = period.first_day() <= day <= period.last_day()
    assert period.contains(day) is inside
    assert period.overlaps(day) is inside
    month = PartialDate(day.year, day.month)
    assert period.overlaps(month) is inside  # a stage holds whole months
