"""Reading dates, times and periods the way Vietnamese reports write them.

The parser is a hand-written scanner over tokens (digit runs, letter runs, single punctuation
marks): one pass to tokenize, one pass over the tokens with a lookahead of at most three, so the
time taken grows linearly with the text and no regular expression can backtrack. Day first,
always; nothing is ever filled in from today; a digit run longer than a date or time field
needs is refused before it is converted.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from typing import Literal, NamedTuple

from attrs import field, frozen

from tayho_coord.errors import ParseError, ValidationError
from tayho_coord.vi._text import not_text

__all__ = ["Period", "PeriodKind", "parse_date", "parse_datetime", "parse_period", "parse_time"]

_DASHES = frozenset("-\u2010\u2011\u2012\u2013\u2014\u2212")
_DAY_PARTS = frozenset({"sáng", "trưa", "chiều", "tối", "đêm"})
_WEEKDAY_WORDS = {"hai": 0, "ba": 1, "tư": 2, "bốn": 2, "năm": 3, "sáu": 4, "bảy": 5, "bẩy": 5}
_CONNECTORS = frozenset({"lúc", "vào", "hồi"})
_PREFIX_WORDS = _DAY_PARTS | _CONNECTORS | {"thứ", "chủ", "cn", "ngày", "buổi", "t"}
_AM_PM = {"am": False, "sa": False, "pm": True, "ch": True}
_ROMAN_QUARTERS = {"i": 1, "ii": 2, "iii": 3, "iv": 4}
_MAX_TEXT = 10_000  # longer texts are refused at once: no date needs them


# Tokens ----------------------------------------------------------------------------------------
_NUM, _WORD, _PUNCT = 0, 1, 2


class _Token(NamedTuple):
    kind: int
    value: str  # digits; casefolded NFC word; or the punctuation mark ("-" for every dash)
    position: int


# One pass of the regular-expression engine: the four alternatives match disjoint classes of
# characters (ASCII digits; letters and combining marks; spaces; anything else, one at a
# time), so no character is ever looked at twice.
_SCANNER = re.compile(r"([0-9]+)|((?:[^\W\d_]|[\u0300-\u036f])+)|\s+|(.)", re.DOTALL)


def _tokenize(text: str) -> list[_Token]:
    tokens: list[_Token] = []
    append = tokens.append
    for match in _SCANNER.finditer(text):
        digits, word, other = match.groups()
        if digits is not None:
            append(_Token(_NUM, digits, match.start()))
        elif word is not None:
            append(_Token(_WORD, word.casefold(), match.start()))
        elif other is not None:
            append(_Token(_PUNCT, "-" if other in _DASHES else other, match.start()))
    return tokens


class _Cursor:
    """A position in the token list of one call (no state outlives the call)."""

    __slots__ = ("end", "index", "positions", "text", "tokens")

    def __init__(self, text: str, tokens: list[_Token], index: int = 0, end: int | None = None):
        self.text = text
        self.tokens = tokens
        self.index = index
        self.end = len(tokens) if end is None else end
        # Token positions are in the NFC text; they are reported only when that is the text.
        self.positions = unicodedata.is_normalized("NFC", text)

    def peek(self, ahead: int = 0) -> _Token | None:
        at = self.index + ahead
        return self.tokens[at] if at < self.end else None

    def at_end(self) -> bool:
        return self.index >= self.end

    def is_word(self, *words: str, ahead: int = 0) -> bool:
        token = self.peek(ahead)
        return token is not None and token.kind == _WORD and token.value in words

    def is_punct(self, marks: str, ahead: int = 0) -> bool:
        token = self.peek(ahead)
        return token is not None and token.kind == _PUNCT and token.value in marks

    def is_num(self, ahead: int = 0) -> bool:
        token = self.peek(ahead)
        return token is not None and token.kind == _NUM

    def fail(self, reason: str, token: _Token | None = None) -> ParseError:
        token = token if token is not None else self.peek()
        position = token.position if token is not None and self.positions else None
        return ParseError(self.text, reason, position)

    def number(self, what: str, min_digits: int, max_digits: int) -> int:
        token = self.peek()
        if token is None or token.kind != _NUM:
            raise self.fail(f"expected the {what}")
        if not min_digits <= len(token.value) <= max_digits:
            digits = str(min_digits) if min_digits == max_digits else f"{min_digits}-{max_digits}"
            raise self.fail(f"the {what} {token.value!r} must have {digits} digits")
        self.index += 1
        return int(token.value)

    def expect_word(self, *words: str) -> None:
        if not self.is_word(*words):
            raise self.fail(f"expected {' or '.join(repr(w) for w in words)}")
        self.index += 1


def _prepare(text: object) -> tuple[str, list[_Token]]:
    if not isinstance(text, str):
        raise not_text(text)
    if len(text) > _MAX_TEXT:
        raise ParseError(text, f"longer than {_MAX_TEXT} characters: not a date")
    tokens = _tokenize(unicodedata.normalize("NFC", text))
    if len(tokens) > 1 and tokens[-1].kind == _PUNCT and tokens[-1].value == ".":
        tokens.pop()  # the end of a sentence: "ngày 11/02/2020."
    if not tokens:
        raise ParseError(text, "empty")
    return text, tokens


def _check_default_year(year: object) -> int | None:
    if year is not None and (type(year) is not int or not 1 <= year <= 9999):
        raise ValidationError("year", year, "must be None or a year from 1 to 9999")
    return year


def _default_year(cur: _Cursor, year: int | None) -> int:
    """The year of a date written without one: ``year=`` when given, else an error."""
    if year is None:
        raise cur.fail(
            "a date without its year is read only with year= (nothing is filled in from today)"
        )
    return year


# Pieces ----------------------------------------------------------------------------------------
@frozen
class _Clock:
    hour: int
    minute: int
    second: int
    pm: bool | None  # AM/PM (SA/CH) when written
    part: str | None  # a day part written right after the time ("7 giờ tối")


def _read_weekday(cur: _Cursor) -> int:
    """Read ``thứ Ba``, ``thứ 3``, ``T3``, ``Chủ nhật``, ``CN``; return Monday=0."""
    token = cur.peek()
    assert token is not None
    if cur.is_word("chủ"):
        cur.index += 1
        cur.expect_word("nhật")
        return 6
    if cur.is_word("cn"):
        cur.index += 1
        return 6
    cur.index += 1  # "thứ" or "t"
    after = cur.peek()
    if after is not None and after.kind == _WORD and after.value in _WEEKDAY_WORDS:
        cur.index += 1
        return _WEEKDAY_WORDS[after.value]
    if after is not None and after.kind == _NUM and after.value in {"2", "3", "4", "5", "6", "7"}:
        cur.index += 1
        return int(after.value) - 2
    raise cur.fail("expected a weekday (thứ Hai … thứ Bảy, Chủ nhật)", after or token)


def _starts_weekday(cur: _Cursor) -> bool:
    if cur.is_word("thứ", "cn") or (cur.is_word("chủ") and cur.is_word("nhật", ahead=1)):
        return True
    # "T3" — but not the "T" of an ISO date-time ("2020-02-11T19:19").
    return cur.is_word("t") and cur.is_num(1) and not cur.is_punct(":", ahead=2)


def _starts_time(cur: _Cursor) -> bool:
    return cur.is_num() and (cur.is_punct(":", ahead=1) or cur.is_word("giờ", "h", "g", ahead=1))


def _starts_date_at(cur: _Cursor, ahead: int) -> bool:
    return cur.is_num(ahead) and (
        cur.is_punct("/-.", ahead=ahead + 1) or cur.is_word("tháng", ahead=ahead + 1)
    )


def _read_time(cur: _Cursor) -> _Clock:
    start = cur.peek()
    hour = cur.number("hour", 1, 2)
    minute = second = 0
    if cur.is_punct(":"):
        cur.index += 1
        minute = cur.number("minutes", 2, 2)
        if cur.is_punct(":"):
            cur.index += 1
            second = cur.number("seconds", 2, 2)
    else:
        unit = cur.peek()
        assert unit is not None
        cur.index += 1  # "giờ", "h" or "g"
        if cur.is_word("rưỡi"):
            cur.index += 1
            minute = 30
        elif cur.is_num() and not _starts_date_at(cur, 0):
            minute = cur.number("minutes", 1, 2)
            if cur.is_word("phút", "p"):
                cur.index += 1
            if unit.value == "giờ" and cur.is_num() and cur.is_word("giây", ahead=1):
                second = cur.number("seconds", 1, 2)
                cur.index += 1
    pm: bool | None = None
    token = cur.peek()
    if token is not None and token.kind == _WORD and token.value in _AM_PM:
        cur.index += 1
        pm = _AM_PM[token.value]
        if not 1 <= hour <= 12:
            raise cur.fail(f"hour {hour} cannot take AM/PM", token)
    part = None
    token = cur.peek()
    if token is not None and token.kind == _WORD and token.value in _DAY_PARTS:
        cur.index += 1
        part = token.value
    end_of_day = hour == 24 and minute == second == 0 and pm is None and part is None
    if (hour > 23 and not end_of_day) or minute > 59 or second > 59:
        raise cur.fail(f"no such time {hour:02d}:{minute:02d}:{second:02d}", start)
    return _Clock(hour, minute, second, pm, part)


def _read_date(cur: _Cursor, default_year: int | None = None) -> dt.date:
    if cur.is_word("mùng", "mồng") and cur.is_num(1):
        cur.index += 1  # "mùng 5", "mồng 1/7/2025": the first ten days of a month
    first = cur.peek()
    if first is None or first.kind != _NUM:
        raise cur.fail("expected a date (day/month/year)")
    if cur.is_punct("/-.", ahead=1):
        separator = cur.tokens[cur.index + 1].value
        if len(first.value) == 4 and separator == "-":  # ISO 8601: year-month-day
            year = cur.number("year", 4, 4)
            cur.index += 1
            month = cur.number("month", 1, 2)
            if not cur.is_punct("-"):
                raise cur.fail("expected '-' and the day (ISO year-month-day)")
            cur.index += 1
            day = cur.number("day", 1, 2)
        else:
            day = cur.number("day", 1, 2)
            cur.index += 1
            month = cur.number("month", 1, 2)
            if cur.is_punct(separator) and cur.is_num(1):
                cur.index += 1
                year = cur.number("year", 4, 4)
            elif cur.is_punct(separator):
                raise cur.fail(f"expected the year after {separator!r} (day{separator}month"
                               f"{separator}year)")  # fmt: skip
            else:
                year = _default_year(cur, default_year)
    elif cur.is_word("tháng", ahead=1):
        day = cur.number("day", 1, 2)
        cur.index += 1
        month = cur.number("month", 1, 2)
        if cur.is_punct(",") and cur.is_word("năm", ahead=1):
            cur.index += 1
        if cur.is_word("năm"):
            cur.index += 1
            year = cur.number("year", 1, 4)
        else:
            year = _default_year(cur, default_year)
    else:
        raise cur.fail("expected a date (day/month/year or 'ngày … tháng … năm …')")
    try:
        return dt.date(year, month, day)
    except ValueError:
        raise cur.fail(f"no such day: {day:02d}/{month:02d}/{year:04d}", first) from None


@frozen
class _Moment:
    date: dt.date
    time: dt.time | None
    end_of_day: bool = False  # "24 giờ ngày 31/12/2020": the end of that day


# The parts of the day, CLDR "vi" (reference/vietnamese-rules.md, "Day periods"), in minutes
# of the day, start included and end excluded: sáng 04:00–11:59, chiều 12:00–17:59, tối
# 18:00–20:59, đêm 21:00–03:59 (two spans, across midnight). CLDR's trưa is noon, 12:00; a
# time written with "trưa" must be in the hour of noon (12 giờ trưa, 12 giờ 30 trưa).
# The hours a part of the day covers when a text is read. Speech and reports stretch CLDR's
# boundaries (which day_period uses when writing): "3 giờ sáng" is 03:00, "6 giờ chiều"
# 18:00, "9 giờ tối" 21:00, "1 giờ trưa" 13:00. These everyday spans overlap; a time outside
# every reading of its part ("19 giờ sáng", "07:19 PM" with "sáng") is still refused.
_PART_SPANS: dict[str, tuple[tuple[int, int], ...]] = {
    "sáng": ((1 * 60, 12 * 60),),
    "trưa": ((11 * 60, 14 * 60),),
    "chiều": ((12 * 60, 19 * 60),),
    "tối": ((17 * 60, 24 * 60),),
    "đêm": ((21 * 60, 24 * 60), (0, 6 * 60)),
}

_PART_NAMES = {
    "sáng": "01:00–11:59",
    "trưa": "11:00–13:59",
    "chiều": "12:00–18:59",
    "tối": "17:00–23:59",
    "đêm": "21:00–05:59",
}


def _in_part(hour: int, minute: int, part: str) -> bool:
    at = hour * 60 + minute
    return any(start <= at < end for start, end in _PART_SPANS[part])


def _apply_part(clock: _Clock, part: str | None, text: str) -> dt.time:
    """The 24-hour time of ``clock``, read with the part of the day written beside it.

    A 12-hour time takes the reading that falls in the part of the day, in the everyday spans
    above ("2 giờ chiều" 14:00, "9 giờ tối" 21:00, "11 giờ đêm" 23:00, "12 giờ đêm" 00:00,
    "12 giờ trưa" 12:00); a time that no reading puts in that part ("19 giờ sáng", "07:19 PM"
    with "sáng", "12 giờ sáng") is refused, never silently moved.
    """
    hour = clock.hour
    if clock.pm is not None:
        hour = hour % 12 + (12 if clock.pm else 0)
    if part is None:
        return dt.time(hour, clock.minute, clock.second)
    if clock.pm is None and 1 <= hour <= 12:
        # The two readings of a 12-hour time: 3 -> 03:00 or 15:00; 12 -> 12:00 or 00:00.
        readings = (hour, 0) if hour == 12 else (hour, hour + 12)
        hour = next((h for h in readings if _in_part(h, clock.minute, part)), hour)
    if not _in_part(hour, clock.minute, part):
        shown = f"{clock.hour:02d}:{clock.minute:02d}"
        if clock.pm is not None:
            shown += " PM" if clock.pm else " AM"
        reason = f"{shown} is not {part!r} (read as {_PART_NAMES[part]})"
        raise ParseError(text, reason)
    return dt.time(hour, clock.minute, clock.second)


def _parse_moment(cur: _Cursor, default_year: int | None = None) -> _Moment:
    tokens = cur.tokens
    # A place and a comma: "Hà Nội, ngày 5 tháng 3 năm 2021" (words only, not a known prefix).
    first = cur.peek()
    if first is not None and first.kind == _WORD and first.value not in _PREFIX_WORDS:
        at = cur.index
        while at < cur.end and (
            tokens[at].kind == _WORD or (tokens[at].kind == _PUNCT and tokens[at].value in ".-")
        ):
            at += 1
        if at < cur.end and tokens[at].kind == _PUNCT and tokens[at].value == ",":
            cur.index = at + 1
    weekday: int | None = None
    part: str | None = None
    clock: _Clock | None = None

    def read_item(before_date: bool) -> bool:
        nonlocal weekday, part, clock
        token = cur.peek()
        assert token is not None
        if (
            cur.is_punct(",-()")
            or cur.is_word(*_CONNECTORS)
            or (cur.is_word("buổi") and cur.is_word(*_DAY_PARTS, ahead=1))
        ):
            cur.index += 1  # separators and connectors carry no date
        elif token.kind == _WORD and token.value in _DAY_PARTS:
            if part is not None:
                raise cur.fail("two parts of the day")
            part = token.value
            cur.index += 1
        elif _starts_weekday(cur):
            if weekday is not None:
                raise cur.fail("two weekdays")
            weekday = _read_weekday(cur)
        elif not before_date and cur.is_word("t") and _starts_time_at(cur, 1):
            cur.index += 1  # the "T" between an ISO date and its time
        elif _starts_time(cur):
            if clock is not None:
                raise cur.fail("two times")
            clock = _read_time(cur)
        else:
            return False
        return True

    while not cur.at_end() and read_item(before_date=True):
        pass
    if cur.is_word("ngày"):
        cur.index += 1
    date = _read_date(cur, default_year)
    while not cur.at_end():
        if not read_item(before_date=False):
            token = cur.peek()
            assert token is not None
            raise cur.fail(f"unexpected {cur.text[token.position :][:20]!r}")
    if weekday is not None and weekday != date.weekday():
        raise ParseError(cur.text, f"{date.isoformat()} is not the weekday written")
    if clock is not None and clock.part is not None and part is not None and clock.part != part:
        raise ParseError(cur.text, f"two parts of the day ({part!r} and {clock.part!r})")
    if clock is not None and clock.hour == 24:
        if part is not None:
            raise ParseError(cur.text, f"24 giờ is the end of the day, not {part!r}")
        return _Moment(date, None, end_of_day=True)
    time = None if clock is None else _apply_part(clock, clock.part or part, cur.text)
    return _Moment(date, time)


def _starts_time_at(cur: _Cursor, ahead: int) -> bool:
    return cur.is_num(ahead) and (
        cur.is_punct(":", ahead=ahead + 1) or cur.is_word("giờ", "h", "g", ahead=ahead + 1)
    )


_PERIOD_WORDS = ("năm", "tháng", "quý")


def parse_date(text: str, *, year: int | None = None) -> dt.date:
    """Read a date, day first, in the forms Vietnamese reports use.

    Accepted: ``11/02/2020`` (also with ``-`` or ``.``; the year on four digits), ISO
    ``2020-02-11``, ``ngày 11 tháng 02 năm 2020``; before the date a place and a comma
    (``Hà Nội, ngày 5 tháng 3 năm 2021``), a part of the day (``Chiều ngày 11/02/2020``), a
    weekday (``thứ Ba, …``, checked against the date), a time (``19 giờ 19 phút ngày
    11/02/2020``); after it a time (``11/02/2020 - 07:19 PM``). A time is read, checked and
    dropped. As news and letters write it (issue 13): ``mùng``/``mồng`` before the day
    (``mồng 1/7/2025``), a full stop ending the sentence (``ngày 11/02/2020.``), ``24 giờ
    ngày 31/12/2020`` (the deadline wording: that day). A date without its year (``sáng
    5/8``, ``ngày 21-11``, ``mùng 5 tháng 8``) is read only with ``year=``, never from today.

    Args:
        text: The text.
        year: The year of a date written without one; ``None`` refuses such a date.

    Returns:
        The date.

    Raises:
        ParseError: Anything incomplete (a month, a year), impossible (``31/02/2020``, a
            weekday that does not match) or unknown, naming the text. Nothing is filled in
            from today.

    Examples:
        >>> parse_date("Chiều ngày 11/02/2020")
        datetime.date(2020, 2, 11)
        >>> parse_date("Hà Nội, ngày 5 tháng 3 năm 2021")
        datetime.date(2021, 3, 5)
        >>> parse_date("2020-02-11")
        datetime.date(2020, 2, 11)
        >>> parse_date("sáng 5/8", year=2020), parse_date("mồng 1/7/2025.")
        (datetime.date(2020, 8, 5), datetime.date(2025, 7, 1))
        >>> parse_date("31/02/2020")
        Traceback (most recent call last):
        ...
        tayho_coord.errors.ParseError: cannot parse '31/02/2020' at position 0: no such day: ...
    """
    if type(text) is str and 8 <= len(text) <= 10 and text.isascii():
        # Fast path for the plain forms dd/mm/yyyy and ISO yyyy-mm-dd; anything else, and
        # every error, goes through the scanner below.
        if text.count("/") == 2:
            day, month, written = text.split("/")
        elif text.count("-") == 2:
            written, month, day = text.split("-")
        else:
            day = month = written = ""
        if (
            len(written) == 4
            and 1 <= len(day) <= 2
            and 1 <= len(month) <= 2
            and (day + month + written).isdigit()
        ):
            try:
                return dt.date(int(written), int(month), int(day))
            except ValueError:
                pass  # no such day: the scanner below reports it
    default_year = _check_default_year(year)
    source, tokens = _prepare(text)
    cur = _Cursor(source, tokens)
    if (
        cur.is_word(*_PERIOD_WORDS)
        or (cur.is_num() and cur.is_word("tháng", ahead=1))
        or (len(tokens) == 1 and cur.is_num())
        or (
            len(tokens) == 3
            and cur.is_num()
            and cur.is_punct("/-.", ahead=1)
            and cur.is_num(2)
            and 4 in (len(tokens[0].value), len(tokens[2].value))  # 02/2020, 2020-02
        )
    ):
        raise cur.fail("a month or a year, not a date (see parse_period)")
    return _parse_moment(cur, default_year).date


def parse_datetime(text: str, *, year: int | None = None) -> dt.datetime:
    """Read a date and a time of day, day first.

    The forms of :func:`parse_date`, with a time required: ``19:19``, ``19:19:05``,
    ``07:19 PM`` (also ``SA``/``CH``), ``19h19``, ``19 giờ 19 phút``, ``7 giờ rưỡi``, before or
    after the date. A part of the day, before the date or right after the time, turns a
    12-hour time into 24 hours (``3 giờ chiều`` and ``Chiều … 3 giờ`` are 15:00, ``11 giờ
    đêm`` 23:00, ``12 giờ trưa`` 12:00); a time outside the part of the day written, by CLDR's
    ``vi`` boundaries (sáng 04:00–11:59, trưa the hour of noon, chiều 12:00–17:59, tối
    18:00–20:59, đêm 21:00–03:59), is an error (``19 giờ sáng``). The result is naive: no
    time zone is written or assumed. ``24 giờ ngày 31/12/2020``, the wording of deadlines, is
    the end of that day: midnight that starts the next (ISO 8601's 24:00).

    Args:
        text: The text.
        year: As for :func:`parse_date`.

    Returns:
        The moment.

    Raises:
        ParseError: No time; a time outside the part of the day written, or two different
            parts of the day; or as :func:`parse_date`.

    Examples:
        >>> parse_datetime("19 giờ 19 phút ngày 11/02/2020")
        datetime.datetime(2020, 2, 11, 19, 19)
        >>> parse_datetime("11/02/2020 - 07:19 PM")
        datetime.datetime(2020, 2, 11, 19, 19)
        >>> parse_datetime("3 giờ chiều, thứ Ba, ngày 11 tháng 02 năm 2020")
        datetime.datetime(2020, 2, 11, 15, 0)
        >>> parse_datetime("24 giờ ngày 31/12/2020")
        datetime.datetime(2021, 1, 1, 0, 0)
    """
    default_year = _check_default_year(year)
    source, tokens = _prepare(text)
    moment = _parse_moment(_Cursor(source, tokens), default_year)
    if moment.end_of_day:
        return dt.datetime.combine(moment.date + dt.timedelta(days=1), dt.time())
    if moment.time is None:
        raise ParseError(source, "no time of day (see parse_date)")
    return dt.datetime.combine(moment.date, moment.time)


def parse_time(text: str) -> dt.time:
    """Read a time of day: ``19:19``, ``07:19 PM``, ``19h19``, ``19 giờ 19 phút``, ``3 giờ chiều``.

    A part of the day, before or after the time, is read as :func:`parse_datetime` reads it
    (``chiều 2 giờ`` and ``2 giờ chiều`` are 14:00).

    Args:
        text: The text.

    Returns:
        The time (naive).

    Raises:
        ParseError: A time outside the part of the day written (``19 giờ sáng``), or anything
            else.

    Examples:
        >>> parse_time("19 giờ 19 phút")
        datetime.time(19, 19)
        >>> parse_time("07:19 PM")
        datetime.time(19, 19)
        >>> parse_time("chiều 2 giờ")
        datetime.time(14, 0)
        >>> parse_time("19 giờ sáng")
        Traceback (most recent call last):
        ...
        tayho_coord.errors.ParseError: cannot parse '19 giờ sáng': 19:00 is not 'sáng' (read as ...
    """
    source, tokens = _prepare(text)
    cur = _Cursor(source, tokens)
    part = None
    if cur.is_word("buổi") and cur.is_word(*_DAY_PARTS, ahead=1):
        cur.index += 1
    token = cur.peek()
    if token is not None and token.kind == _WORD and token.value in _DAY_PARTS:
        part = token.value
        cur.index += 1
    if cur.is_word("lúc", "vào"):
        cur.index += 1
    if not _starts_time(cur):
        raise cur.fail("expected a time such as 19:19 or 19 giờ 19 phút")
    clock = _read_time(cur)
    if not cur.at_end():
        raise cur.fail("unexpected text after the time")
    if clock.hour == 24:
        raise ParseError(source, "24 giờ is the end of a day, not a time of day (parse_datetime)")
    if part is not None and clock.part is not None and part != clock.part:
        raise ParseError(source, f"two parts of the day ({part!r} and {clock.part!r})")
    return _apply_part(clock, clock.part or part, source)


# Periods ---------------------------------------------------------------------------------------
PeriodKind = Literal[
    "day",
    "month",
    "quarter",
    "half_year",
    "year",
    "months",
    "years",
    "term",
    "stage",
    "term_to_date",
    "range",
]
"""How a period was named: its kind, for the model's ``ReportingPeriod``.

``day`` (ngày 11/02/2020), ``month`` (tháng 2/2020), ``quarter`` (quý I/2020), ``half_year``
(6 tháng đầu năm 2020), ``year`` (năm 2020), ``months`` (9 tháng năm 2020, quý II và quý
III/2020), ``years`` (năm 2020-2021), ``term`` (nhiệm kỳ 2021-2026), ``stage`` (giai đoạn
2021-2025), ``term_to_date`` (từ đầu nhiệm kỳ 2021-2026 đến ngày 30/6/2023), ``range`` (từ
… đến …, or open-ended: từ ngày 01/7/2025).
"""

_KINDS = frozenset(PeriodKind.__args__)  # type: ignore[attr-defined]


def _check_end(instance: Period, attribute: object, value: dt.date | None) -> None:
    if value is None:
        return
    if not isinstance(value, dt.date) or isinstance(value, dt.datetime):
        raise ValidationError("end", value, "expected a datetime.date or None (no end)")
    if isinstance(instance.start, dt.date) and value < instance.start:
        raise ValidationError("end", value, f"before the start {instance.start.isoformat()}")


def _check_start(instance: Period, attribute: object, value: dt.date) -> None:
    if not isinstance(value, dt.date) or isinstance(value, dt.datetime):
        raise ValidationError("start", value, "expected a datetime.date")


def _check_kind(instance: Period, attribute: object, value: str) -> None:
    if not isinstance(value, str) or value not in _KINDS:
        raise ValidationError("kind", value, f"expected one of {', '.join(sorted(_KINDS))}")


_ROMAN = ("", "I", "II", "III", "IV")


def _short(day: dt.date) -> str:
    return f"{day.day:02d}/{day.month:02d}/{day.year:04d}"


@frozen
class Period:
    """A span of whole days, both ends included, or open-ended.

    Attributes:
        start: The first day.
        end: The last day (not before ``start``), or ``None`` for a period the text leaves
            open ("từ ngày 01/7/2025": from that day on).
        kind: How the period was named (:data:`PeriodKind`): ``"term"`` for "nhiệm kỳ
            2021-2026", ``"half_year"`` for "6 tháng đầu năm 2020"… — what the model's
            ``ReportingPeriod`` needs beside the dates. It is not compared: two periods are
            equal when they cover the same days. For ``term``, ``stage`` and ``years`` the
            text gives years only: the dates are the first and last day of those years.

    Examples:
        >>> p = parse_period("quý I/2020")
        >>> p.start, p.end, p.kind
        (datetime.date(2020, 1, 1), datetime.date(2020, 3, 31), 'quarter')
        >>> dt.date(2020, 2, 29) in p
        True
        >>> str(p)
        'quý I/2020'
        >>> str(parse_period("từ ngày 01/7/2025")), parse_period("từ ngày 01/7/2025").end
        ('từ ngày 01/07/2025', None)
    """

    start: dt.date = field(validator=_check_start)
    end: dt.date | None = field(validator=_check_end)
    kind: PeriodKind = field(default="range", validator=_check_kind, eq=False, repr=False)

    def __contains__(self, day: object) -> bool:
        if isinstance(day, dt.datetime):
            day = day.date()
        if not isinstance(day, dt.date):
            return False
        return self.start <= day and (self.end is None or day <= self.end)

    @property
    def days(self) -> int | None:
        """The number of days, both ends counted; ``None`` for an open end."""
        return None if self.end is None else (self.end - self.start).days + 1

    def __str__(self) -> str:
        start, end = self.start, self.end
        if end is None:
            return f"từ ngày {_short(start)}"
        if self.kind == "term_to_date":  # the term's start is known by its year only
            return f"từ đầu năm {start.year} đến ngày {_short(end)}"
        words = {"term": "nhiệm kỳ", "stage": "giai đoạn", "years": "năm"}.get(self.kind)
        if words is not None and start.year < end.year:
            return f"{words} {start.year}-{end.year}"
        year_end = dt.date(start.year, 12, 31)
        if start.day == 1 and start.year == end.year:
            next_day = end + dt.timedelta(days=1)
            months = (end.month - start.month) + 1
            if next_day.day == 1:
                if start.month == 1 and end == year_end:
                    return f"năm {start.year}"
                if months == 1:
                    return f"tháng {start.month}/{start.year}"
                if months == 3 and start.month % 3 == 1:
                    return f"quý {_ROMAN[start.month // 3 + 1]}/{start.year}"
                if start.month == 1:
                    return f"{months} tháng đầu năm {start.year}"
                if end == year_end:
                    return f"{months} tháng cuối năm {start.year}"
        if start == end:
            return f"ngày {_short(start)}"
        return f"từ ngày {_short(start)} đến ngày {_short(end)}"


def _month_end(year: int, month: int) -> dt.date:
    if month == 12:
        return dt.date(year, 12, 31)
    return dt.date(year, month + 1, 1) - dt.timedelta(days=1)


def _year(cur: _Cursor) -> int:
    year = cur.number("year", 4, 4)
    if year < 1:
        raise cur.fail("no year 0")
    return year


def _quarter(cur: _Cursor) -> int:
    token = cur.peek()
    if token is not None and token.kind == _WORD and token.value in _ROMAN_QUARTERS:
        cur.index += 1
        return _ROMAN_QUARTERS[token.value]
    quarter = cur.number("quarter", 1, 1)
    if not 1 <= quarter <= 4:
        raise cur.fail(f"no quarter {quarter}", token)
    return quarter


def _year_after(cur: _Cursor, default_year: int | None) -> int:
    """The year after a month or quarter: ``/2020``, ``-2020``, ``năm 2020``, or the default."""
    if cur.is_punct("/-") and cur.is_num(1):
        cur.index += 1
        return _year(cur)
    if cur.is_word("năm") and cur.is_num(1):
        cur.index += 1
        return _year(cur)
    if default_year is None:
        raise cur.fail("expected the year ('/2020' or 'năm 2020')")
    return default_year


def _span_of_years(cur: _Cursor, kind: PeriodKind) -> Period:
    """``2021-2026`` after "nhiệm kỳ", "giai đoạn" or "năm": both years included."""
    first = _year(cur)
    if not cur.is_punct("-"):
        raise cur.fail("expected '-' and the last year (2021-2026)")
    cur.index += 1
    last = _year(cur)
    if last <= first:
        raise cur.fail(f"the last year {last} is not after the first {first}")
    return Period(dt.date(first, 1, 1), dt.date(last, 12, 31), kind)


def _named_period(cur: _Cursor, default_year: int | None) -> Period | None:
    """A period named by its kind (year, term, month, quarter, months), or ``None``."""
    source = cur.text
    if cur.is_word("nhiệm") and cur.is_word("kỳ", ahead=1):
        cur.index += 2
        return _span_of_years(cur, "term")
    if cur.is_word("giai") and cur.is_word("đoạn", ahead=1):
        cur.index += 2
        return _span_of_years(cur, "stage")
    if (cur.is_word("năm") and cur.is_num(1)) or (cur.is_num() and cur.index + 1 == cur.end):
        if cur.is_word("năm"):
            cur.index += 1
        if cur.is_punct("-", ahead=1):
            return _span_of_years(cur, "years")
        year = _year(cur)
        return Period(dt.date(year, 1, 1), dt.date(year, 12, 31), "year")
    if cur.is_word("tháng") or (
        cur.is_num() and cur.is_punct("/-.", ahead=1) and cur.is_num(2) and cur.index + 3 == cur.end
    ):
        if cur.is_word("tháng"):
            cur.index += 1
        month = cur.number("month", 1, 2)
        if cur.is_punct("."):  # "02.2020"
            cur.index += 1
            year = _year(cur)
        else:
            year = _year_after(cur, default_year)
        if not 1 <= month <= 12:
            raise ParseError(source, f"no month {month}")
        return Period(dt.date(year, month, 1), _month_end(year, month), "month")
    if cur.is_word("quý"):
        cur.index += 1
        first = _quarter(cur)
        last = first
        if cur.is_word("và") or cur.is_punct("-"):  # "quý II và quý III/2020", "quý II-III"
            cur.index += 1
            if cur.is_word("quý"):
                cur.index += 1
            last = _quarter(cur)
            if last != first + 1:
                raise ParseError(source, "two quarters that do not follow each other")
        year = _year_after(cur, default_year)
        kind: PeriodKind = "quarter" if first == last else "months"
        return Period(dt.date(year, 3 * first - 2, 1), _month_end(year, 3 * last), kind)
    if (
        cur.is_num()
        and cur.is_word("tháng", ahead=1)
        and cur.is_word("đầu", "cuối", "năm", ahead=2)
    ):
        # "6 tháng đầu năm 2020", "6 tháng cuối năm 2020"; "6 tháng năm 2020", the title of a
        # half-year report, is the first half ("9 tháng năm 2020": the first nine months).
        months = cur.number("number of months", 1, 2)
        cur.index += 1
        first_part = not cur.is_word("cuối")
        if cur.is_word("đầu", "cuối"):
            cur.index += 1
        cur.expect_word("năm")
        year = _year(cur)
        if not 1 <= months <= 12:
            raise ParseError(source, f"a year has no {months} months")
        kind = "half_year" if months == 6 else "year" if months == 12 else "months"
        if first_part:
            return Period(dt.date(year, 1, 1), _month_end(year, months), kind)
        return Period(dt.date(year, 13 - months, 1), dt.date(year, 12, 31), kind)
    return None


def _piece(cur: _Cursor, default_year: int | None) -> tuple[dt.date, dt.date]:
    """One end of a range, the whole rest of the cursor: a month, a day, a year's start.

    "đầu năm 2020" and "đầu nhiệm kỳ 2021-2026" give the first day of that year or term.
    """
    if cur.is_word("đầu") and (
        cur.is_word("năm", ahead=1)
        or (cur.is_word("nhiệm", ahead=1) and cur.is_word("kỳ", ahead=2))
    ):
        cur.index += 1  # "đầu năm 2020", "đầu nhiệm kỳ 2021-2026": their first day
    if cur.is_word("tháng") or cur.is_word("năm", "quý", "nhiệm"):
        period = _named_period(cur, default_year)
        if period is None or period.end is None:
            raise cur.fail("expected a month, a quarter, a year or a term")
        if not cur.at_end():
            raise cur.fail("unexpected text after the period")
        return period.start, period.end
    moment = _parse_moment(cur, default_year)
    return moment.date, moment.date


def _days_of_a_month(cur: _Cursor, default_year: int | None) -> Period | None:
    """Consecutive days of one month: ``04–05/08/2020``, ``ngày 04 và 05/8/2020``."""
    if (
        cur.is_word("ngày")
        and cur.is_num(1)
        and (cur.is_punct("-,", ahead=2) or cur.is_word("và", ahead=2))
    ):
        cur.index += 1
    days: list[int] = []
    while cur.is_num() and (
        (cur.is_punct("-,", ahead=1) and cur.is_num(2)) or cur.is_word("và", ahead=1)
    ):
        if cur.is_punct("-", ahead=1) and not cur.is_punct("/.-", ahead=3):
            break  # "21-11": a day and its month, not a list of days
        days.append(cur.number("day", 1, 2))
        cur.index += 1
    if not days:
        return None
    last = _parse_moment(cur, default_year).date
    try:
        first = last.replace(day=days[0])
    except ValueError:
        raise ParseError(cur.text, f"no day {days[0]} in that month") from None
    if [*days, last.day] != list(range(days[0], days[0] + len(days) + 1)):
        raise ParseError(cur.text, "days that do not follow each other are not one period")
    return Period(first, last, "range")


def parse_period(text: str, *, year: int | None = None) -> Period:
    """Read a period as reports name it.

    Accepted (each a rule with its source in ``docs/vi.md``):

    - ``năm 2019`` (or ``2019``); ``năm 2020-2021`` (both years);
    - ``nhiệm kỳ 2021-2026`` (``nhiệm kỳ 2020–2025``), ``giai đoạn 2021-2025``: a term or a
      stage, from the first day of its first year to the last day of its last year;
    - ``tháng 2/2020`` (``tháng 02/2020``, ``tháng 2 năm 2020``, ``02/2020``);
    - ``quý I/2020`` (``quý 1/2020``, ``quý I năm 2020``), ``quý II và quý III/2020``;
    - ``6 tháng đầu năm 2020`` / ``6 tháng cuối năm 2020`` (1 to 12 months), and ``6 tháng
      năm 2020``, the title of a half-year report: the first half;
    - ``từ … đến …`` (or ``tới``) between two days or two months: ``từ ngày 01/01/2020 đến
      ngày 31/12/2020``, ``từ tháng 7 đến tháng 12/2020``, ``từ 01/7 đến 31/12/2025`` (a
      start without its year takes the end's);
    - ``từ đầu nhiệm kỳ 2021-2026 đến ngày 30/6/2023`` (``term_to_date``: from the first
      day of the term's first year), ``từ đầu năm 2020 đến …``;
    - ``từ ngày 01/7/2025`` with no end: an **open-ended** period (``end`` is ``None``),
      never a single day;
    - consecutive days of one month: ``04–05/08/2020``, ``ngày 04 và 05/8/2020``;
    - a single date in any form :func:`parse_date` takes (a period of one day).

    Args:
        text: The text.
        year: The year of a date or month written without one (``sáng 5/8``), as for
            :func:`parse_date`; ``None`` refuses such a text.

    Returns:
        The period, both ends included, with its :attr:`~Period.kind`.

    Raises:
        ParseError: Anything else; a range that ends before it starts; two quarters or days
            that do not follow each other; "đến nay" (nothing is filled in from today).

    Examples:
        >>> parse_period("năm 2019")
        Period(start=datetime.date(2019, 1, 1), end=datetime.date(2019, 12, 31))
        >>> parse_period("tháng 2/2020").end
        datetime.date(2020, 2, 29)
        >>> parse_period("6 tháng đầu năm 2020").end
        datetime.date(2020, 6, 30)
        >>> p = parse_period("nhiệm kỳ 2021-2026")
        >>> p.kind, p.start, p.end, str(p)
        ('term', datetime.date(2021, 1, 1), datetime.date(2026, 12, 31), 'nhiệm kỳ 2021-2026')
        >>> parse_period("từ ngày 01/7/2025").end is None
        True
    """
    default_year = _check_default_year(year)
    source, tokens = _prepare(text)
    cur = _Cursor(source, tokens)
    if cur.is_word("trong"):
        cur.index += 1
    split = next(
        (i for i in range(cur.index, cur.end) if tokens[i].kind == _WORD and tokens[i].value in
         ("đến", "tới")),
        None,
    )  # fmt: skip
    if split is None:
        start_at = cur.index
        result = _named_period(cur, default_year)
        if result is not None:
            if not cur.at_end():
                raise cur.fail("unexpected text after the period")
            return result
        cur.index = start_at
    opened = False
    if cur.is_word("kể") and cur.is_word("từ", ahead=1):
        cur.index += 1
    if cur.is_word("từ"):
        cur.index += 1
        opened = True
    if split is None:
        if opened:  # "từ ngày 01/7/2025": from that day on, no end in the text
            first, _ = _piece(cur, default_year)
            return Period(first, None, "range")
        days = _days_of_a_month(cur, default_year)
        if days is not None:
            return days
        day = _parse_moment(cur, default_year).date
        return Period(day, day, "day")
    if split + 1 < cur.end and tokens[split + 1].kind == _WORD and tokens[split + 1].value == "nay":
        raise ParseError(source, "'đến nay' is not a date: nothing is filled in from today")
    _, end = _piece(_Cursor(source, tokens, split + 1), default_year)
    to_date = cur.is_word("đầu") and cur.is_word("nhiệm", ahead=1)
    start, _ = _piece(_Cursor(source, tokens, cur.index, split), end.year)
    if end < start:
        reason = "the range ends before it starts (a start without its year takes the end's)"
        raise ParseError(source, reason)
    return Period(start, end, "term_to_date" if to_date else "range")
