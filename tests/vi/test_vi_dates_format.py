"""Formatting dates, times, weekdays and day periods.

Rules: Nghị định 30/2020/NĐ-CP, Phụ lục I (padding of days below 10 and months 1 and 2; the
line "Địa danh, ngày … tháng … năm …") and Phụ lục II, mục V, khoản 8, điểm c ("thứ Hai",
"Chủ nhật" inside a sentence), quoted in reference/vietnamese-rules.md; CLDR "vi" day periods.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tayho_coord.errors import ValidationError
from tayho_coord.vi import (
    day_period,
    format_date,
    format_date_line,
    format_datetime,
    format_time,
    weekday_name,
)

D = dt.date

# Phụ lục I and its examples "ngày 01 tháng 01 năm 2020", "ngày 02 tháng 3 năm 2020",
# "ngày 23 tháng 8 năm 2020"; the seed's "11/02/2020" for the short form (dd/mm/yyyy).
FORMAT_DATE = [
    (D(2020, 2, 11), "short", "11/02/2020"),
    (D(2020, 8, 23), "short", "23/08/2020"),
    (D(1995, 10, 28), "short", "28/10/1995"),
    (D(2020, 1, 1), "long", "ngày 01 tháng 01 năm 2020"),
    (D(2020, 3, 2), "long", "ngày 02 tháng 3 năm 2020"),
    (D(2020, 8, 23), "long", "ngày 23 tháng 8 năm 2020"),
    (D(2020, 2, 11), "long", "ngày 11 tháng 02 năm 2020"),
    (D(2020, 12, 9), "long", "ngày 09 tháng 12 năm 2020"),
    (D(2020, 10, 10), "long", "ngày 10 tháng 10 năm 2020"),
    (D(2020, 2, 11), "full", "thứ Ba, ngày 11 tháng 02 năm 2020"),
    (D(2020, 2, 16), "full", "Chủ nhật, ngày 16 tháng 02 năm 2020"),
    (D(2020, 8, 23), "full", "Chủ nhật, ngày 23 tháng 8 năm 2020"),
    (D(2025, 7, 1), "full", "thứ Ba, ngày 01 tháng 7 năm 2025"),
]


@pytest.mark.parametrize(("d", "style", "expected"), FORMAT_DATE)
def test_format_date(d: dt.date, style: str, expected: str) -> None:
    assert format_date(d, style=style) == expected  # type: ignore[arg-type]


def test_format_date_takes_the_date_of_a_datetime() -> None:
    assert format_date(dt.datetime(2020, 2, 11, 19, 19)) == "11/02/2020"


# Phụ lục II: "thứ Hai, thứ Tư", "Chủ nhật"; 10-16/02/2020 is Monday to Sunday.
WEEKDAYS = [
    (D(2020, 2, 10), "thứ Hai"),
    (D(2020, 2, 11), "thứ Ba"),
    (D(2020, 2, 12), "thứ Tư"),
    (D(2020, 2, 13), "thứ Năm"),
    (D(2020, 2, 14), "thứ Sáu"),
    (D(2020, 2, 15), "thứ Bảy"),
    (D(2020, 2, 16), "Chủ nhật"),
]


@pytest.mark.parametrize(("d", "expected"), WEEKDAYS)
def test_weekday_name(d: dt.date, expected: str) -> None:
    assert weekday_name(d) == expected


@pytest.mark.parametrize(
    ("d", "expected"), [(D(2020, 2, 12), "Thứ Tư"), (D(2020, 2, 16), "Chủ nhật")]
)
def test_weekday_name_sentence_initial(d: dt.date, expected: str) -> None:
    assert weekday_name(d, start=True) == expected


# Template "Địa danh, ngày … tháng … năm …" (Phụ lục I).
@pytest.mark.parametrize(
    ("d", "place", "expected"),
    [
        (D(2020, 2, 11), "Hà Nội", "Hà Nội, ngày 11 tháng 02 năm 2020"),
        (D(2021, 3, 5), "Tây Hồ", "Tây Hồ, ngày 05 tháng 3 năm 2021"),
    ],
)
def test_format_date_line(d: dt.date, place: str, expected: str) -> None:
    assert format_date_line(d, place) == expected


# The issue: "19 giờ 19 phút" and "19:19" (the seed's "07:19 PM" is 19:19); CLDR vi HH:mm.
FORMAT_TIME = [
    (dt.time(19, 19), "short", "19:19"),
    (dt.time(7, 5), "short", "07:05"),
    (dt.time(7, 5, 9), "medium", "07:05:09"),
    (dt.time(19, 19), "long", "19 giờ 19 phút"),
    (dt.time(7, 5), "long", "7 giờ 05 phút"),
    (dt.time(14, 0), "long", "14 giờ 00 phút"),
    (dt.time(14, 0, 30), "long", "14 giờ 00 phút 30 giây"),
]


@pytest.mark.parametrize(("t", "style", "expected"), FORMAT_TIME)
def test_format_time(t: dt.time, style: str, expected: str) -> None:
    assert format_time(t, style=style) == expected  # type: ignore[arg-type]


# format_time's long form before the long or full date (Phụ lục I, II); for the short form,
# CLDR vi's order, time first (babel's short vi date-time is "19:19 11/2/20").
FORMAT_DATETIME = [
    (dt.datetime(2020, 2, 11, 19, 19), "short", "19:19 11/02/2020"),
    (dt.datetime(2020, 2, 11, 19, 19), "long", "19 giờ 19 phút ngày 11 tháng 02 năm 2020"),
    (
        dt.datetime(2020, 2, 11, 19, 19),
        "full",
        "19 giờ 19 phút, thứ Ba, ngày 11 tháng 02 năm 2020",
    ),
]


@pytest.mark.parametrize(("value", "style", "expected"), FORMAT_DATETIME)
def test_format_datetime(value: dt.datetime, style: str, expected: str) -> None:
    assert format_datetime(value, style=style) == expected  # type: ignore[arg-type]


# CLDR vi dayPeriodRules: morning1 04:00-12:00, noon at 12:00, afternoon1 12:00-18:00,
# evening1 18:00-21:00, night1 21:00-04:00 (rules, "Day periods") — except the hour of noon:
# "12 giờ 30 trưa" is said, so 12:00-12:59 is trưa (issue 13), as parse_time reads it.
DAY_PERIODS = [
    (dt.time(4, 0), "sáng"),
    (dt.time(11, 59, 59), "sáng"),
    (dt.time(12, 0), "trưa"),
    (dt.time(12, 0, 1), "trưa"),
    (dt.time(12, 30), "trưa"),
    (dt.time(12, 59, 59, 999999), "trưa"),
    (dt.time(13, 0), "chiều"),
    (dt.time(14, 0), "chiều"),
    (dt.time(17, 59), "chiều"),
    (dt.time(18, 0), "tối"),
    (dt.time(20, 59), "tối"),
    (dt.time(21, 0), "đêm"),
    (dt.time(0, 0), "đêm"),
    (dt.time(3, 59), "đêm"),
]


@pytest.mark.parametrize(("t", "expected"), DAY_PERIODS)
def test_day_period(t: dt.time, expected: str) -> None:
    assert day_period(t) == expected


@pytest.mark.parametrize(
    ("call", "field"),
    [
        (lambda: format_date("2020-02-11"), "d"),
        (lambda: format_date(D(2020, 2, 11), style="medium"), "style"),
        (lambda: format_date_line(D(2020, 2, 11), " "), "place"),
        (lambda: format_time(D(2020, 2, 11)), "t"),
        (lambda: format_time(dt.time(1, 2), style="full"), "style"),
        (lambda: format_datetime(D(2020, 2, 11)), "dt"),
        (lambda: format_datetime(dt.datetime(2020, 2, 11), style="medium"), "style"),
        (lambda: weekday_name(None), "d"),
        (lambda: day_period("12:00"), "t"),
    ],
)
def test_invalid_arguments(call: object, field: str) -> None:
    with pytest.raises(ValidationError) as info:
        call()  # type: ignore[operator]
    assert info.value.field == field


@pytest.mark.parametrize("minute", range(60))
def test_day_period_agrees_with_parse_time_in_the_hour_of_noon(minute: int) -> None:
    from tayho_coord.vi import parse_time

    assert day_period(dt.time(12, minute)) == "trưa"
    assert parse_time(f"12 giờ {minute} phút trưa") == dt.time(12, minute)
