"""Dates and times as Vietnamese administrative documents write them.

Rules (Nghị định 30/2020/NĐ-CP):

- Phụ lục I, "Địa danh và thời gian ban hành văn bản": day, month and year in Arabic
  digits; a day below 10 and the months 1 and 2 get a leading zero ("ngày 01 tháng 01 năm
  2020", "ngày 02 tháng 3 năm 2020", "ngày 23 tháng 8 năm 2020"). babel's Vietnamese long
  date, with a pattern, pads every month instead.
- Phụ lục II, mục V, khoản 8, điểm c: the syllable naming the day is capitalized inside a
  sentence, "thứ" is not ("thứ Ba", "Chủ nhật"); CLDR's "Thứ Ba"/"Chủ Nhật" is the
  sentence-initial form only.

Short dates are always day first, ``dd/mm/yyyy``.
"""

from __future__ import annotations

import datetime as dt
import functools
from typing import Literal

from tayho_coord.errors import ValidationError
from tayho_coord.vi._cldr import day_period_bounds, day_period_names, weekday_names

__all__ = [
    "DateStyle",
    "DateTimeStyle",
    "TimeStyle",
    "day_period",
    "format_date",
    "format_date_line",
    "format_datetime",
    "format_time",
    "weekday_name",
]

_DateTime = dt.datetime  # the parameter of format_datetime is named dt, as in the contract

DateStyle = Literal["short", "long", "full"]
TimeStyle = Literal["short", "medium", "long"]
DateTimeStyle = Literal["short", "long", "full"]

# Two-digit strings, precomputed: the hot path of format_date is a few lookups and a join.
_TWO = tuple(f"{n:02d}" for n in range(100))
_MONTH_LONG = ("", "01", "02", *(str(m) for m in range(3, 13)))
_DAY_LONG = ("", *_TWO[1:10], *(str(d) for d in range(10, 32)))


def _check_date(value: object, name: str = "d") -> dt.date:
    if not isinstance(value, dt.date):
        raise ValidationError(name, value, "expected a datetime.date")
    return value


@functools.cache
def _weekdays(start: bool) -> tuple[str, ...]:
    """The weekday names in running text (``thứ Ba``, ``Chủ nhật``) or sentence-initial."""
    names = []
    for cldr in weekday_names():  # "Thứ Hai" ... "Chủ Nhật", Monday first
        first, *rest = cldr.split(" ")
        if first.casefold() == "thứ":
            # "thứ" is lowercase inside a sentence; the numeral syllable is capitalized.
            head = "Thứ" if start else "thứ"
            names.append(" ".join([head, *(w[:1].upper() + w[1:] for w in rest)]))
        else:
            # "Chủ nhật": only the first syllable is capitalized, in both positions.
            names.append(" ".join([first[:1].upper() + first[1:], *(w.lower() for w in rest)]))
    return tuple(names)


def weekday_name(d: dt.date, *, start: bool = False) -> str:
    """Return the weekday of ``d`` as written inside a Vietnamese sentence.

    Args:
        d: The date.
        start: ``True`` at the start of a sentence (``Thứ Ba``); the same word as
            ``display(start=...)`` in :mod:`tayho_coord.model`.

    Returns:
        ``thứ Hai`` … ``thứ Bảy``, ``Chủ nhật`` (Nghị định 30/2020/NĐ-CP, Phụ lục II).

    Raises:
        ValidationError: ``d`` is not a date, or ``start`` not a bool.

    Examples:
        >>> weekday_name(dt.date(2020, 2, 11))
        'thứ Ba'
        >>> weekday_name(dt.date(2020, 2, 16))
        'Chủ nhật'
        >>> weekday_name(dt.date(2020, 2, 11), start=True)
        'Thứ Ba'
    """
    if not isinstance(start, bool):
        raise ValidationError("start", start, "must be True or False")
    return _weekdays(start)[_check_date(d).weekday()]


def format_date(d: dt.date, *, style: DateStyle = "short") -> str:
    """Format a date the way Vietnamese administrative documents do.

    Args:
        d: The date (a ``datetime`` is taken for its date).
        style: ``"short"`` — ``11/02/2020``, always ``dd/mm/yyyy``;
            ``"long"`` — ``ngày 11 tháng 02 năm 2020``, padding the day below 10 and the
            months 1 and 2 only (Nghị định 30, Phụ lục I);
            ``"full"`` — the long form after the weekday: ``thứ Ba, ngày 11 tháng 02 năm 2020``.

    Returns:
        The formatted date.

    Raises:
        ValidationError: ``d`` is not a date or ``style`` is unknown.

    Examples:
        >>> format_date(dt.date(2020, 2, 11))
        '11/02/2020'
        >>> format_date(dt.date(2020, 2, 11), style="long")
        'ngày 11 tháng 02 năm 2020'
        >>> format_date(dt.date(2020, 8, 23), style="long")
        'ngày 23 tháng 8 năm 2020'
        >>> format_date(dt.date(2020, 2, 11), style="full")
        'thứ Ba, ngày 11 tháng 02 năm 2020'
    """
    if not isinstance(d, dt.date):
        raise ValidationError("d", d, "expected a datetime.date")
    if style == "short":
        return f"{_TWO[d.day]}/{_TWO[d.month]}/{d.year:04d}"
    if style == "long":
        return f"ngày {_DAY_LONG[d.day]} tháng {_MONTH_LONG[d.month]} năm {d.year}"
    if style == "full":
        weekday = _weekdays(False)[d.weekday()]
        return f"{weekday}, ngày {_DAY_LONG[d.day]} tháng {_MONTH_LONG[d.month]} năm {d.year}"
    raise ValidationError("style", style, "expected 'short', 'long' or 'full'")


def format_date_line(d: dt.date, place: str) -> str:
    """Format the place-and-date line of a document: ``Hà Nội, ngày 11 tháng 02 năm 2020``.

    Template "Địa danh, ngày … tháng … năm …" (Nghị định 30/2020/NĐ-CP, Phụ lục I).

    Args:
        d: The date of issue.
        place: The place name, as it should be printed.

    Returns:
        The line.

    Raises:
        ValidationError: ``d`` is not a date or ``place`` is empty.

    Examples:
        >>> format_date_line(dt.date(2020, 2, 11), "Hà Nội")
        'Hà Nội, ngày 11 tháng 02 năm 2020'
    """
    if not isinstance(place, str) or not place.strip():
        raise ValidationError("place", place, "must be a non-empty string")
    return f"{place.strip()}, {format_date(_check_date(d), style='long')}"


def _check_time(value: object) -> dt.time | dt.datetime:
    if not isinstance(value, (dt.time, dt.datetime)):
        raise ValidationError("t", value, "expected a datetime.time or datetime.datetime")
    return value


def format_time(t: dt.time | dt.datetime, *, style: TimeStyle = "short") -> str:
    """Format a time of day, 24-hour clock.

    Args:
        t: The time (a ``datetime`` is taken for its time of day; no time zone is shown).
        style: ``"short"`` — ``19:19`` (CLDR ``vi`` ``HH:mm``); ``"medium"`` — ``19:19:05``;
            ``"long"`` — ``19 giờ 19 phút`` as prose writes it, minutes on two digits,
            seconds added when not zero (``19 giờ 19 phút 05 giây``).

    Returns:
        The formatted time.

    Raises:
        ValidationError: ``t`` is not a time or ``style`` is unknown.

    Examples:
        >>> format_time(dt.time(19, 19))
        '19:19'
        >>> format_time(dt.time(19, 19), style="long")
        '19 giờ 19 phút'
        >>> format_time(dt.time(7, 5), style="long")
        '7 giờ 05 phút'
    """
    value = _check_time(t)
    if style == "short":
        return f"{_TWO[value.hour]}:{_TWO[value.minute]}"
    if style == "medium":
        return f"{_TWO[value.hour]}:{_TWO[value.minute]}:{_TWO[value.second]}"
    if style == "long":
        text = f"{value.hour} giờ {_TWO[value.minute]} phút"
        return f"{text} {_TWO[value.second]} giây" if value.second else text
    raise ValidationError("style", style, "expected 'short', 'medium' or 'long'")


def format_datetime(dt: dt.datetime, *, style: DateTimeStyle = "short") -> str:
    """Format a date and time.

    Args:
        dt: The moment (no time zone is shown).
        style: ``"short"`` — ``19:19 11/02/2020`` (CLDR ``vi`` puts the time first);
            ``"long"`` — ``19 giờ 19 phút ngày 11 tháng 02 năm 2020``;
            ``"full"`` — ``19 giờ 19 phút, thứ Ba, ngày 11 tháng 02 năm 2020``.

    Returns:
        The formatted moment.

    Raises:
        ValidationError: ``dt`` is not a datetime or ``style`` is unknown.

    Examples:
        >>> moment = dt.datetime(2020, 2, 11, 19, 19)
        >>> format_datetime(moment)
        '19:19 11/02/2020'
        >>> format_datetime(moment, style="long")
        '19 giờ 19 phút ngày 11 tháng 02 năm 2020'
        >>> format_datetime(moment, style="full")
        '19 giờ 19 phút, thứ Ba, ngày 11 tháng 02 năm 2020'
    """
    moment = dt
    if not isinstance(moment, _DateTime):
        raise ValidationError("dt", moment, "expected a datetime.datetime")
    if style == "short":
        return f"{format_time(moment, style='short')} {format_date(moment, style='short')}"
    if style == "long":
        return f"{format_time(moment, style='long')} {format_date(moment, style='long')}"
    if style == "full":
        return f"{format_time(moment, style='long')}, {format_date(moment, style='full')}"
    raise ValidationError("style", style, "expected 'short', 'long' or 'full'")


@functools.cache
def _day_period_table() -> tuple[tuple[int, ...], tuple[str, ...], str]:
    bounds = day_period_bounds()
    names = day_period_names()
    return tuple(b for b, _ in bounds), tuple(names[p] for _, p in bounds), names["noon"]


def day_period(t: dt.time | dt.datetime) -> str:
    """Return the part of the day, with CLDR's Vietnamese boundaries.

    ``sáng`` 04:00–11:59, ``trưa`` the hour of noon 12:00–12:59, ``chiều`` 13:00–17:59,
    ``tối`` 18:00–20:59, ``đêm`` 21:00–03:59: CLDR's ``vi`` day-period rules (midnight is in
    ``đêm``), except that CLDR's ``trưa`` is the instant 12:00 and its ``chiều`` starts then;
    Vietnamese says "12 giờ 30 trưa", so the whole hour of noon is ``trưa``, as
    :func:`parse_time` reads it (issue 13).

    Args:
        t: The time of day.

    Returns:
        The period's name, lowercase.

    Raises:
        ValidationError: ``t`` is not a time.

    Examples:
        >>> day_period(dt.time(14, 30))
        'chiều'
        >>> day_period(dt.time(12, 0)), day_period(dt.time(12, 30)), day_period(dt.time(13, 0))
        ('trưa', 'trưa', 'chiều')
        >>> day_period(dt.time(3, 59))
        'đêm'
    """
    value = _check_time(t)
    starts, names, noon = _day_period_table()
    if value.hour == 12:
        return noon
    minute = value.hour * 60 + value.minute
    name = names[-1]  # before the first start: the last period, wrapping past midnight
    for start, period in zip(starts, names, strict=True):
        if minute >= start:
            name = period
    return name
