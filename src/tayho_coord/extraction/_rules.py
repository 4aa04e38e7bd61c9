"""The rules that read values out of running Vietnamese text, each value with its span.

Each reader takes the text and the spans already taken by an earlier reader (a date's
``21/10`` is not read again as a fraction, a symbol's ``10/KH`` not as a count), and returns
what it placed and what it saw and could not place. The order is: symbols, dates, rates,
counts, people (:mod:`tayho_coord.extraction._people`).
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from decimal import Decimal
from fractions import Fraction

from tayho_coord.errors import ParseError
from tayho_coord.extraction._draft import (
    DateMention,
    Rate,
    Span,
    SymbolMention,
    Unplaced,
)
from tayho_coord.extraction._lexicon import (
    COUNTED_NOUNS,
    PARTS_OF_DAY,
)
from tayho_coord.extraction._words import (
    match_phrase,
    words_after,
)
from tayho_coord.vi import DocumentSymbol, parse_number, parse_percent

__all__ = [
    "Taken",
    "read_dates",
    "read_generated",
    "read_rates",
    "read_symbols",
    "sentence_at",
]


class Taken:
    """The character ranges already placed, so that no two values claim the same text.

    Kept as their union, sorted, so that a look-up is a binary search (a long text places
    thousands of values).
    """

    def __init__(self) -> None:
        self._starts: list[int] = []
        self._ends: list[int] = []

    def add(self, start: int, end: int) -> None:
        """Take ``[start, end)`` (an empty range takes nothing)."""
        if end <= start:
            return
        i = bisect.bisect_left(self._ends, start)  # the first range that ends at start or after
        j = bisect.bisect_right(self._starts, end)  # past the last range that starts by end
        if i < j:
            start, end = min(start, self._starts[i]), max(end, self._ends[j - 1])
        self._starts[i:j] = [start]
        self._ends[i:j] = [end]

    def overlaps(self, start: int, end: int) -> bool:
        """Whether ``[start, end)`` shares a character with a range taken."""
        i = bisect.bisect_right(self._ends, start)  # the first range that ends after start
        return i < len(self._starts) and self._starts[i] < end


_SENTENCE_END = re.compile(r"(?<=[.!?…;])\s+|\n+")


def sentence_at(text: str, start: int, end: int) -> str:
    """The sentence (or ``;``-clause, or line) around ``text[start:end]``, stripped.

    Its start is looked for backwards in a window that widens until a sentence end is in it,
    so that a long text is not read from its beginning for every value.

    Examples:
        >>> sentence_at("Một. Hai ba; bốn.", 5, 8)
        'Hai ba;'
    """
    left = 0
    width = 512
    while True:
        low = max(0, start - width)
        last = None
        for last in _SENTENCE_END.finditer(text, low, start):  # noqa: B007 - the last one
            pass
        if last is not None:
            left = last.end()
            break
        if low == 0:
            break
        width *= 4
    after = _SENTENCE_END.search(text, end)
    right = len(text) if after is None else after.start()
    return text[left:right].strip()


# --- document symbols ---------------------------------------------------------------------

# Round 16: a number glued to the word "số" before it ("Nghị quyết số289/NQ-UBTVQH15", as
# a page that lost its spaces prints it) is a symbol's number too; any other letter before
# it makes it part of a code or a name.
_SYMBOL = re.compile(
    r"(?:(?<![\w/.\-])|(?<=(?<!\w)[Ss]ố))(\d{1,5})((?:/\d{4})?)([/-])([^\s,;:()\"“”']+)"
)
_DOCUMENT_WORDS = (
    "Nghị quyết Liên tịch",
    "Nghị quyết liên tịch",
    "Nghị quyết",
    "Nghị định",
    "Quyết định",
    "Kế hoạch",
    "Báo cáo",
    "Thông báo",
    "Quy chế",
    "Chỉ thị",
    "Thông tư",
    "Công văn",
    "Tờ trình",
    "Chương trình",
    "Hướng dẫn",
    "Kết luận",
    "Số hiệu",
    "Số",
)
_SPACED_AFTER_DASH = re.compile(r"[ \t]+([A-ZĐ][^\s,;:()\"“”']*)")
_SPACED_GROUP = re.compile(r"[ \t]+[-–][ \t]+([A-ZĐ][^\s,;:()\"“”']*)")
_DATE_AFTER = re.compile(r"\s*,?\s*(?:ban hành\s+)?ngày\s+")


def _is_symbol_group(group: str) -> bool:
    """A group of a symbol: capitals first, more capitals than small letters (ND30, PL III)."""
    letters = [c for c in group if c.isalpha()]
    if not letters or not group[0].isalpha() or not group[0].isupper():
        return False
    upper = sum(c.isupper() for c in letters)
    return upper >= 2 and upper > len(letters) - upper


def read_symbols(text: str, taken: Taken) -> list[SymbolMention]:
    """Document numbers and symbols: ``10/KH-HĐND``, ``217-QĐ/TW``, ``30/2020/NĐ-CP``.

    The symbol is kept as printed; it is also parsed by
    :meth:`tayho_coord.vi.DocumentSymbol.parse` where Nghị định 30's form allows it.

    Examples:
        >>> text = "Kế hoạch số 10/KH-HĐND ngày 21/10/2024."
        >>> [s.span.text for s in read_symbols(text, Taken())]
        ['10/KH-HĐND']
    """
    found = []
    for match in _SYMBOL.finditer(text):
        tail = match.group(4).rstrip(".")
        # A last dash followed by a space and a group ("…-CP- ĐCTUBTWMTTQVN"): one symbol, as
        # printed.
        glued = _SPACED_AFTER_DASH.match(text, match.end(4)) if tail.endswith("-") else None
        if glued is not None:
            tail = text[match.start(4) : glued.end(1)].rstrip(".")
        groups = re.split(r"[/-]\s*", tail)
        if not all(_is_symbol_group(g.replace(".", "")) or g.isdigit() for g in groups if g):
            continue
        if not _is_symbol_group(groups[0].replace(".", "")) or any(not g for g in groups):
            continue
        start, end = match.start(), match.start(4) + len(tail)
        if re.search(r"(?<!\w)thứ\s*$", text[max(0, start - 8) : start], re.IGNORECASE):
            continue  # Round 19: "Kỳ họp thứ 14-HĐND Tỉnh": an ordinal, then the body's name
        # A symbol printed with spaces around its dash ("144/KH – ĐGS") is one symbol, as
        # printed: read whole, or its first part would stand for it.
        spaced = _SPACED_GROUP.match(text, end)
        if spaced is not None and _is_symbol_group(spaced.group(1).rstrip(".")):
            end = spaced.start(1) + len(spaced.group(1).rstrip("."))
        printed = text[start:end]
        try:
            parsed: DocumentSymbol | None = DocumentSymbol.parse(printed)
        except (ParseError, ValueError):
            parsed = None
        before = text[max(0, start - 40) : start]
        document = None
        for word in _DOCUMENT_WORDS:
            if re.search(re.escape(word) + r"\s*(?:số)?\s*:?\s*$", before):
                document = word
                break
        dated = None
        after = _DATE_AFTER.match(text, end)
        if after is not None:
            dates, _ = read_dates(text[: after.end() + 30], Taken(), start=after.start())
            if dates and dates[0].span.start <= after.end() + 1:
                dated = dates[0]
        taken.add(start, end)
        found.append(
            SymbolMention(
                Span.of(text, start, end), parsed, document, dated, sentence_at(text, start, end)
            )
        )
    return found


# --- dates --------------------------------------------------------------------------------

_PART = r"(?:(?P<part>sáng|trưa|chiều|tối|đêm)\s+(?:ngày\s+|hôm\s+)?)"
_DAY_MONTH_YEAR = re.compile(
    r"(?<![\w/.\-])(?:ngày\s+)?(?P<d>\d{1,2})\s*(?P<sep>[/.\-])\s*(?P<m>\d{1,2})"
    r"\s*(?P=sep)\s*(?P<y>\d{4})(?![\w/]|[.\-]\d)",
    re.IGNORECASE,
)
# Round 27: two whole days joined by a dash with no space, "(18/11/1930-18/11/2025)" (an
# anniversary's first day and this year's): each its own date (the dash's neighbours keep
# _DAY_MONTH_YEAR from reading either, as they keep it out of longer numbers).
_DATE_PAIR = re.compile(
    r"(?<![\w/.\-])(?P<d>\d{1,2})/(?P<m>\d{1,2})/(?P<y>\d{4})\s*[-–]\s*"
    r"(?P<d2>\d{1,2})/(?P<m2>\d{1,2})/(?P<y2>\d{4})(?![\w/]|[.\-]\d)"
)
_WORDS_DATE = re.compile(
    r"(?<!\w)(?:ngày\s+)?(?P<d>\d{1,2})\s+tháng\s+(?P<m>\d{1,2})\s+năm\s+(?P<y>\d{4})(?!\w)",
    re.IGNORECASE,
)
# "ngày 21 tháng 1", "Chiều 21 tháng 01": a day and a month in words, no year of four
# digits after them (read after "ngày" or a part of the day, as "21/1" is); a year printed
# otherwise ("năm 14") is kept to say so.
_WORDS_DAY_MONTH = re.compile(
    r"(?<!\w)(?P<d>\d{1,2})\s+tháng\s+(?P<m>\d{1,2})(?!\w)"
    r"(?:\s+năm\s+(?P<y>\d+)(?!\w)|\s*/\s*(?P<y2>\d{4})(?![\w/]|[.\-]\d))?"
    r"(?![^\S\n]*[/.\-]\s*\d)",
    re.IGNORECASE,
)
# A day the text prints with its month ("ngày 21 tháng Giêng", "ngày 5/ 6 /"): what the
# rules did not read as a date is listed, not dropped.
_SEEN_DAY = re.compile(
    r"(?<!\w)ngày\s+(?:mùng\s+)?(?P<d>\d{1,2})(?:\s+tháng(?!\w)|\s*[/.\-–]\s*\d+)",
    re.IGNORECASE,
)
# The month (and year) printed after the last of several days: " tháng 12 năm 2009",
# "/11/2022", "-8".
_MONTH_AFTER = (
    r"(?:\s+tháng\s+(?P<m>\d{1,2})(?:\s+năm\s+(?P<y>\d{4}))?"
    r"|\s*(?P<sep>[/.\-])\s*(?P<m2>\d{1,2})(?:\s*(?P=sep)\s*(?P<y2>\d{4}))?)(?![\w/]|[.\-]\d)"
)
_DAY_LIST = re.compile(
    r"(?<!\w)ngày\s*(?:\(\s*|\s)(?:mùng\s+)?"
    r"(?P<days>\d{1,2}(?:\s*(?:,|và|;)\s*(?:ngày\s+)?\d{1,2})+)" + _MONTH_AFTER,
    re.IGNORECASE,
)
_MONTH_YEAR = re.compile(
    r"(?<!\w)tháng\s+(?P<m>\d{1,2})\s*(?:[/.\-]\s*|\s+năm\s+)(?P<y>\d{4})(?![\w/])", re.IGNORECASE
)
_DAY_MONTH = re.compile(
    r"(?<![\w/.\-])(?P<d>\d{1,2})\s*(?P<sep>[/\-])\s*(?P<m>\d{1,2})(?![\w/]|[.\-]\d)"
)
_DAY_MONTH_DOT = re.compile(
    r"(?<!\w)(?:ngày|sáng|trưa|chiều|tối|đêm)(?:\s+nay\s*,)?\s+(?P<d>\d{1,2})\.(?P<m>\d{1,2})"
    r"(?![\w/%]|[.,]\d|\s*%)",
    re.IGNORECASE,
)
_DAY_RANGE = re.compile(
    r"(?<!\w)từ\s+(?:ngày\s+)?(?:mùng\s+)?(?P<d1>\d{1,2})\s+(?:đến|tới)\s+(?:hết\s+)?(?:ngày\s+)?"
    r"(?:mùng\s+)?(?P<d2>\d{1,2})" + _MONTH_AFTER,
    re.IGNORECASE,
)
# "05-06/6/2024", "20 - 22.7", "10 - 11 tháng 12 năm 2020": two days joined by a dash
# before the month (and year) they share.
_DAY_PAIR = re.compile(
    r"(?<![\w/.\-])(?P<d1>\d{1,2})\s*[-–]\s*(?P<d2>\d{1,2})\s*(?P<sep>[/.])\s*(?P<m>\d{1,2})"
    r"(?:\s*(?P=sep)\s*(?P<y>\d{4}))?(?![\w/%]|[.,\-]\d|\s*%)"
    # "10 - 11 tháng 12 năm 2020": the month (and year) in words.
    r"|(?<![\w/.\-])(?P<d1w>\d{1,2})\s*[-–]\s*(?P<d2w>\d{1,2})\s+tháng\s+(?P<mw>\d{1,2})"
    r"(?:\s+năm\s+(?P<yw>\d{4}))?(?![\w/])",
    re.IGNORECASE,
)
# "từ 23/10 đến 29/11", "từ 25/5 đến 29/5/2020", "từ 03/6 - 07/6/2019": two days each with
# its month, a range (not two fractions); the year printed at its end dates both ends.
_DATE_RANGE = re.compile(
    r"(?<!\w)từ\s+(?:ngày\s+)?(?P<d1>\d{1,2})\s*/\s*(?P<m1>\d{1,2})(?:\s+(?:đến|tới)\s+|\s*[-–]\s*)(?:hết\s+)?"
    r"(?:ngày\s+)?(?P<d2>\d{1,2})\s*/\s*(?P<m2>\d{1,2})(?:\s*/\s*(?P<y>\d{4}))?(?![\w/]|[.\-]\d)",
    re.IGNORECASE,
)
# After a range of fractions, what they are parts of: "từ 1/3 đến 2/3 số hộ" is no range of days.
_OF_A_WHOLE = re.compile(r"\s+(?:số|tổng|diện tích|dân số)(?!\w)", re.IGNORECASE)
# What announces a day and month printed alone: "ngày", a part of the day, and "nay", "mai"
# or "qua" after it ("Sáng nay 4-7", "sáng nay, (05/12)", "sáng mai (10-11)"), "từ nay đến"
# (the end of a time from today: "từ nay đến 10/7").
_ANNOUNCED = re.compile(
    r"(?:ngày|tính đến|tính tới|từ nay (?:đến|tới)|" + "|".join(PARTS_OF_DAY) + r")"
    r"(?:\s+(?:nay|mai|qua))?"
    r"\s*,?\s*\(?\s*$"
)
_RANGE = re.compile(r"từ\s+(?:ngày\s+)?$", re.IGNORECASE)
_RANGE_END = re.compile(r"\s*đến\s+(?:ngày\s+)?(\d{1,2})\s*/\s*(\d{1,2})\s*/\s*(\d{4})")
_PUBLISHED = re.compile(
    r"(ngày đăng|đăng ngày|cập nhật|ngày đăng tin|ngày ban hành)\W*$", re.IGNORECASE
)
_CLOCK = re.compile(r"\d{1,2}:\d{2}")
# A date printed the ISO 8601 way, "2025-11-21" or "2024-01" (a page's date line): not
# inside a symbol, a URL's path or query, or a longer number.
_ISO_DATE = re.compile(
    r"(?<![\w/.=\-])(?P<y>\d{4})-(?P<m>\d{2})(?:-(?P<d>\d{2}))?(?![\w/]|[.\-]\d|-)"
)
# "Báo Lâm Đồng07/11/2025⏎": a page's date line glued to the paper's name by the copy — a
# full day of two-digit day and month after a letter, alone to its line's end (or a clock).
_GLUED_DATE_LINE = re.compile(
    r"(?<=[^\W\d_])(?P<d>\d{2})/(?P<m>\d{2})/(?P<y>\d{4})"
    r"(?=[ \t]*(?:\d{1,2}:\d{2})?[ \t]*(?:\n|$))"
)
# "nhiệm kỳ 2011-12", "năm học 2019-20": a term of two years, no month.
_TERM_BEFORE = re.compile(
    r"(?:nhiệm kỳ|giai đoạn|niên khóa|niên khoá|khóa|khoá|năm học|năm|từ|mùa vụ|vụ)\s*$",
    re.IGNORECASE,
)


def _valid(year: int | None, month: int, day: int | None) -> bool:
    if not 1 <= month <= 12:
        return False
    if day is None:
        return year is None or 1900 <= year <= 2100
    try:
        dt.date(2000 if year is None else year, month, day)  # 2000: a leap year, for 29/2
    except ValueError:
        return False
    return year is None or 1900 <= year <= 2100


_LOOK_BACK = 200
NOT_A_DATE = "not a date of the calendar"
NO_MONTH = "a day whose month is not printed"
UNREAD_YEAR = "a day whose year is not printed in four digits"
UNREAD_DAY = "numbers after 'ngày' the rules could not read as a date"
# The reasons of a day the text prints and the rules could not read.
UNREAD_DATES = frozenset({NOT_A_DATE, NO_MONTH, UNREAD_YEAR, UNREAD_DAY})


def _line_end(text: str, start: int) -> int:
    end = text.find("\n", start)
    return len(text) if end < 0 else end


def _part_and_role(text: str, start: int) -> tuple[str | None, str | None, int]:
    """The part of day printed before a date, what the date dates, and where it starts."""
    before = text[max(0, start - 100) : start]
    part_match = re.search(_PART.rstrip(")") + r")$", before, re.IGNORECASE)
    part = None
    first = start
    if part_match is not None:
        part = part_match.group("part").lower()
        first = start - (len(before) - part_match.start())
    # The line before the date, read back at most _LOOK_BACK characters: the tests below
    # look at its end, or need it short, so a long line is not read again for each date.
    low = max(0, start - _LOOK_BACK)
    line_start = text.rfind("\n", low, start) + 1 or low
    line = text[line_start:start]
    whole = line_start == 0 or text[line_start - 1] == "\n"
    blank = not line.strip(" (|,") and (
        whole or not text[text.rfind("\n", 0, start) + 1 : start].strip(" (|,")
    )
    if _PUBLISHED.search(line) or (blank and _CLOCK.search(text, start, _line_end(text, start))):
        return part, "published", first
    if whole and len(line.strip()) <= 12 and _CLOCK.search(line):
        return part, "published", first
    if (
        part is not None
        or re.search(r"[.;]\s*ngày\s*$", line, re.IGNORECASE)
        or (whole and re.fullmatch(r"ngày\s*", line, re.IGNORECASE))
    ):
        return part, "event", first
    if re.search(r"(?:[A-ZĐ\d][A-ZĐ]\s*,?\s*|Luật [^,;]{0,80}\s)ngày\s*$", before):
        return part, "document", first
    if re.search(r"(?:từ|đến)\s+(?:hết\s+)?ngày\s*$", before, re.IGNORECASE):
        return part, "event", first
    return part, None, first


def read_dates(
    text: str, taken: Taken, *, start: int = 0
) -> tuple[list[DateMention], list[Unplaced]]:
    """Dates as printed, a day or a month, with or without the year.

    ``11/02/2020``, ``ngày 27 tháng 10 năm 2017``, ``Chiều 1-7``, ``tháng 11/2024``,
    ``ngày 24 và 25 tháng 12 năm 2009``, ``các ngày 13, 14 và 15-8``, ``từ ngày 10 đến 20-11``.

    A day and month without a year (``25/01``, ``ngày 21 tháng 1``) is read only after
    ``ngày`` or a part of the day, where it cannot be a fraction or a duration; its year
    stays unknown. A day after ``ngày`` that no rule reads (``ngày 21 tháng Giêng``, a year
    of two digits, a day not of the calendar) is unplaced, with its span.

    Examples:
        >>> dates, _ = read_dates("Chiều ngày 11/02/2020, hội nghị.", Taken())
        >>> dates[0].iso, dates[0].part_of_day, dates[0].span.text
        ('2020-02-11', 'chiều', '11/02/2020')
    """
    found: list[DateMention] = []
    unplaced: list[Unplaced] = []

    def place(
        s: int, e: int, year: int | None, month: int, day: int | None, borrowed: str | None = None
    ) -> None:
        if taken.overlaps(s, e):
            return
        span = Span.of(text, s, e)
        if not _valid(year, month, day):
            unplaced.append(Unplaced(span, NOT_A_DATE))
            taken.add(s, e)
            return
        part, role, _ = _part_and_role(text, s)
        excerpt = sentence_at(text, s, e)
        found.append(DateMention(span, year, month, day, part, role, excerpt, borrowed))
        taken.add(s, e)

    def month_of(match: re.Match[str]) -> tuple[int | None, int]:
        year = match["y"] or match["y2"]
        return (int(year) if year else None), int(match["m"] or match["m2"])

    # "từ 11 đến 13/12", "từ ngày 10 đến 20-11": the first day takes the month (and year)
    # printed at the end; a first day after the last is of a month the text does not print.
    for match in _DAY_RANGE.finditer(text, start):
        year, month = month_of(match)
        if int(match["d1"]) < int(match["d2"]):
            place(match.start("d1"), match.end("d1"), year, month, int(match["d1"]), "month")
            place(match.start("d2"), match.end(), year, month, int(match["d2"]))
        elif not taken.overlaps(match.start("d1"), match.end("d1")):
            span = Span.of(text, match.start("d1"), match.end("d1"))
            unplaced.append(Unplaced(span, NO_MONTH))
            taken.add(span.start, span.end)
    for match in _DATE_RANGE.finditer(text, start):
        first, last = (int(match["m1"]), int(match["d1"])), (int(match["m2"]), int(match["d2"]))
        if first < last and not _OF_A_WHOLE.match(text, match.end()):
            year = int(match["y"]) if match["y"] else None
            lent = "year" if year is not None else None
            place(match.start("d1"), match.end("m1"), year, first[0], first[1], lent)
            place(match.start("d2"), match.end(), year, last[0], last[1])
    # "05-06/6/2024": the two days of the month printed after the second, after "ngày".
    for match in _DAY_PAIR.finditer(text, start):
        before = text[max(0, match.start() - 12) : match.start()]
        if not re.search(r"ngày\s+$", before, re.IGNORECASE):
            continue
        w = "w" if match["d1w"] else ""
        d1, d2 = int(match["d1" + w]), int(match["d2" + w])
        if d1 < d2:
            year = int(match["y" + w]) if match["y" + w] else None
            place(match.start("d1" + w), match.end("d1" + w), year, int(match["m" + w]), d1)
            place(match.start("d2" + w), match.end(), year, int(match["m" + w]), d2)
    # "ngày 24 và 25 tháng 12 năm 2009", "các ngày 13, 14 và 15-8", "ngày 23,24,25/11/2022":
    # each day takes the month (and year) printed after the last.
    for match in _DAY_LIST.finditer(text, start):
        year, month = month_of(match)
        days = [(d.start(), d.end()) for d in re.finditer(r"\d+", match["days"])]
        values = [int(match["days"][s:e]) for s, e in days]
        if values != sorted(set(values)):
            continue
        offset = match.start("days")
        for (s, e), day in zip(days[:-1], values, strict=False):
            place(offset + s, offset + e, year, month, day)
        place(offset + days[-1][0], match.end(), year, month, values[-1])
    for match in _DATE_PAIR.finditer(text, start):
        place(match.start("d"), match.end("y"), int(match["y"]), int(match["m"]), int(match["d"]))
        place(match.start("d2"), match.end(), int(match["y2"]), int(match["m2"]), int(match["d2"]))
    for pattern in (_WORDS_DATE, _DAY_MONTH_YEAR):
        for match in pattern.finditer(text, start):
            s = match.start("d")
            place(s, match.end(), int(match["y"]), int(match["m"]), int(match["d"]))
    # "ngày 21 tháng 1": read as "21/1" is, after "ngày" or a part of the day; its year
    # stays unknown ("năm 14", a year not of four digits, is no year to read).
    for match in _WORDS_DAY_MONTH.finditer(text, start):
        s, e = match.start("d"), match.end()
        if taken.overlaps(s, e) or not _ANNOUNCED.search(text[max(0, s - 20) : s].lower()):
            continue
        if match["y"] is not None and len(match["y"]) != 4:
            span = Span.of(text, s, e)
            unplaced.append(Unplaced(span, UNREAD_YEAR))
            taken.add(s, e)
            continue
        printed = match["y"] or match["y2"]
        place(s, e, int(printed) if printed else None, int(match["m"]), int(match["d"]))
    for match in _MONTH_YEAR.finditer(text, start):
        place(match.start(), match.end(), int(match["y"]), int(match["m"]), None)
    for match in _GLUED_DATE_LINE.finditer(text, start):
        place(match.start(), match.end(), int(match["y"]), int(match["m"]), int(match["d"]))
    # "2025-11-21", "2024-01": a date as ISO 8601 prints it. A year and month alone that are
    # also two years in a row ("2011-12") abstain: a term of two years is printed so too.
    for match in _ISO_DATE.finditer(text, start):
        iso_year, iso_month = int(match["y"]), int(match["m"])
        iso_day = int(match["d"]) if match["d"] else None
        if not _valid(iso_year, iso_month, iso_day) or taken.overlaps(match.start(), match.end()):
            continue
        if iso_day is None and (
            iso_month == (iso_year + 1) % 100
            or _TERM_BEFORE.search(text[max(0, match.start() - 14) : match.start()])
        ):
            span = Span.of(text, match.start(), match.end())
            unplaced.append(Unplaced(span, "a year and a month, or two years in a row"))
            taken.add(span.start, span.end)
            continue
        place(match.start(), match.end(), iso_year, iso_month, iso_day)
    listed = -1  # where the last day and month read alone ends
    for match in _DAY_MONTH.finditer(text, start):
        s, e = match.start("d"), match.end()
        before = text[max(0, s - 20) : s].lower()
        announced = _ANNOUNCED.search(before) and not before.rstrip().endswith("ngày (")
        # "các ngày 7/5, 10/5 và 11/5": a day and month listed after one that was announced.
        announced = announced or (
            listed >= 0 and re.fullmatch(r"\s*(?:,|;|và|,\s*và)\s*", text[listed:s]) is not None
        )
        if not announced or taken.overlaps(s, e):
            continue
        day, month = int(match["d"]), int(match["m"])
        year = None
        # A range whose end prints the year dates both ends: "từ ngày 16/7 đến ngày 19/7/2019".
        if _RANGE.search(text[max(0, s - 12) : s]):
            end_date = _RANGE_END.match(text, e)
            if end_date and (month, day) <= (int(end_date[2]), int(end_date[1])):
                year = int(end_date[3])
        place(s, e, year, month, day, "year" if year is not None else None)
        if found and found[-1].span.end == e:
            listed = e
    # "ngày 23.5", "sáng nay, 23.5": a day and a month with a dot, read only right after
    # "ngày" or a part of the day ("23.5" alone is a decimal number).
    for match in _DAY_MONTH_DOT.finditer(text, start):
        s, e = match.start("d"), match.end()
        if not taken.overlaps(s, e):
            place(s, e, None, int(match["m"]), int(match["d"]))
    # A day printed with its month that no rule above read is listed, not dropped.
    for match in _SEEN_DAY.finditer(text, start):
        s, e = match.start("d"), match.end()
        if not taken.overlaps(s, match.end("d")):
            e = e if not taken.overlaps(s, e) else match.end("d")
            unplaced.append(Unplaced(Span.of(text, s, e), UNREAD_DAY))
            taken.add(s, e)
    found.sort(key=lambda d: d.span.start)
    unplaced.sort(key=lambda u: u.span.start)
    return _without_banners(text, found, unplaced), unplaced


# A line that is a weekday and a day alone, a site's banner: "Thứ Hai, ngày 16/06/2025".
_WEEKDAY_LINE = re.compile(
    r"[ \t]*(?:Thứ\s+(?:Hai|Ba|Tư|Năm|Sáu|Bảy)|Chủ\s+[Nn]hật)\s*,?\s*(?:ngày\s+)?$"
)

# Round 27: a clock time after a day on its line: "10:19 SA", "| 10:04:25 [GMT +7]", "21:32 CH".
_CLOCK_TIME = (
    r"[ \t]*(?:[|,\-–][ \t]*)?(?:lúc[ \t]+)?\d{1,2}:\d{2}(?::\d{2})?"
    r"(?:[ \t]*(?:SA|CH|AM|PM))?(?:[ \t]*[(\[][ \t]*GMT[ \t]*[+\-][ \t]*\d{1,2}[ \t]*[)\]])?"
)
_CLOCK_AFTER = re.compile(_CLOCK_TIME + r"(?!\d)", re.IGNORECASE)
_CLOCK_ONLY = re.compile(_CLOCK_TIME + r"[ \t]*", re.IGNORECASE)


def _without_banners(
    text: str, found: list[DateMention], unplaced: list[Unplaced]
) -> list[DateMention]:
    """Dates without a site's banner day when the page prints its own, earlier, day.

    A news site prints today's weekday and day above its name and menu ("Thứ Hai, ngày
    16/06/2025"): the day the page was read, not a day of the article. It is told from the
    article's own date line only by what the page prints: when the page also prints a
    published day (a day with its clock time) earlier than the banner's, the banner's day is
    not the article's and goes to the unplaced values; alone, it is the page's date line.
    """
    published = [d.date for d in found if d.role == "published" and d.date is not None]
    # Round 27: a day printed with its clock time ("Thứ 2, 28/08/2023 | 10:04:25 [GMT +7]",
    # "Thứ Ba, 01/03/2016 10:19 SA") is a page's stamp too, whatever its role.
    published += [
        d.date for d in found if d.date is not None and _CLOCK_AFTER.match(text, d.span.end)
    ]
    kept = []
    for date in found:
        line_start = text.rfind("\n", 0, date.span.start) + 1
        line_end = text.find("\n", date.span.end)
        rest = text[date.span.end : len(text) if line_end < 0 else line_end]
        day = date.date
        banner = (
            day is not None
            and _WEEKDAY_LINE.fullmatch(text[line_start : date.span.start]) is not None
            # Round 27: the banner with the site's clock ("Thứ Năm, 07/11/2024 21:32 CH",
            # "Thứ Hai, 13/01/2025 13:01 (GMT +7)") above an earlier stamp of the article.
            and (not rest.strip() or _CLOCK_ONLY.fullmatch(rest) is not None)
            and any(other < day for other in published)
        )
        if banner:
            unplaced.append(
                Unplaced(date.span, "a site's banner day, later than the page's published day")
            )
        else:
            kept.append(date)
    return kept


# Round 13: the description a social site writes by machine under a picture it shows
# (Facebook's automatic alternative text: "Trong hình ảnh có thể có: 5 người, mọi người
# đang ngồi", "Có thể là hình ảnh về 9 người và mọi người đang đứng", "Image may contain: 2
# people"): no writer's text, so no value is read from the line.
_GENERATED_LINE = re.compile(
    r"^[^\S\n]*(?:Trong\s+hình\s+ảnh\s+có\s+thể\s+có|Hình\s+ảnh\s+có\s+thể\s+có"
    r"|Có\s+thể\s+là\s+(?:hình\s+ảnh|ảnh|hình\s+minh\s+họa)(?:\s+về)?"
    r"|Image\s+may\s+contain|May\s+be\s+an?\s+(?:image|photo)(?:\s+of)?)[^\n]*",
    re.MULTILINE | re.IGNORECASE,
)
GENERATED = "a picture's description written by a social site's machine, not the article's"
# Round 13: a page's counter of views, reads or likes, its label before its number ("Lượt
# xem: 351", "Số lượt xem: 34", "Đã xem: 567 lượt", "Lượt truy cập: 1.204"): the site's, no
# count of the article ("thu hút 10.000 lượt xem" in the prose, its number first, is left
# to the counts' rules).
_COUNTER = re.compile(
    r"(?<!\w)(?:(?:Số\s+|Tổng\s+số\s+)?lượt\s+(?:xem|truy\s+cập|đọc|thích|chia\s+sẻ)"
    r"|Đã\s+xem|Lượt\s+like)[^\S\n]*:?[^\S\n]*[0-9][0-9.,]*(?:[^\S\n]+lượt(?!\w))?",
    re.IGNORECASE,
)
COUNTER = "a page's counter of views or visits, not the article's"


def read_generated(text: str, taken: Taken) -> list[Unplaced]:
    r"""The text a site generates, taken so that nothing reads it.

    A picture's description written by a social site's machine (the whole line) and a
    page's counter of views (its label and number) go to the unplaced values.

    Examples:
        >>> taken = Taken()
        >>> text = "Hội nghị.\nTrong hình ảnh có thể có: 5 người\n"
        >>> [u.span.text for u in read_generated(text, taken)]
        ['Trong hình ảnh có thể có: 5 người']
        >>> taken.overlaps(30, 31)
        True
    """
    found = []
    for match in _GENERATED_LINE.finditer(text):
        s, e = match.span()
        while s < e and text[s] in " \t":
            s += 1
        while e > s and text[e - 1] in " \t\r":
            e -= 1
        taken.add(s, e)
        found.append(Unplaced(Span.of(text, s, e), GENERATED))
    for match in _COUNTER.finditer(text):
        s, e = match.span()
        if not taken.overlaps(s, e):
            taken.add(s, e)
            found.append(Unplaced(Span.of(text, s, e), COUNTER))
    found.sort(key=lambda u: u.span.start)
    return found


# --- rates --------------------------------------------------------------------------------

# Digits are ASCII ([0-9]): vi.parse_number reads no other (\d would take any script's).
_PERCENT = re.compile(r"(?<![\w,.])([0-9]{1,3}(?:,[0-9]+)?)\s?%")
# "10.80%": a decimal typed with a dot (one or two digits after it, so no thousands' dot).
_PERCENT_DOT = re.compile(r"(?<![\w,.])([0-9]{1,3})\.([0-9]{1,2})\s?%")
_PERCENT_NUMBER = r"[0-9]{1,3}(?:[,.][0-9]+)?"
# Round 12: "99, 69%" — digits, a comma and a space before a rate: a decimal comma with a
# stray space (99,69%) or two numbers, which the rules cannot tell; the rate abstains.
_PERCENT_SPLIT = re.compile(r"(?<![\w,.])[0-9]{1,3},[ \t\xa0][0-9]{1,3}\s?%")
# Round 26: a dash's range with its sign on both ends too ("1%-1,5%", "2,5% - 3%"), as
# unseen_25 prints and writes it; "từ 97,27% đến 99,89%" stays two rates, as the set writes it.
_PERCENT_RANGE = re.compile(
    rf"(?<![\w,.]){_PERCENT_NUMBER}(?:\s?%?\s*[-–]\s*|\s+(?:đến|tới)\s+){_PERCENT_NUMBER}\s?%"
)
_FRACTION = re.compile(
    r"(?<![\w/.,\-])([0-9]{1,3}(?:\.[0-9]{3})*|[0-9]+)\s?/\s?([0-9]{1,3}(?:\.[0-9]{3})*|[0-9]+)"
    r"(?![\w/]|[.\-]\d)"
)
# Round 11: a map's or a plan's scale, "tỉ lệ 1/5.000", "tỷ lệ bản đồ 1/2000", "bản đồ 1/500":
# one over a round hundred after the word of a scale is no part of a whole.
_PLAN_BEFORE = re.compile(r"(?<!\w)(?:quy\s+hoạch|bản\s+đồ)(?!\w)", re.IGNORECASE)
# Round 26: a plan's kind right before its scale, with no word of a scale ("Quy hoạch chi
# tiết 1/1000 về nuôi trồng thủy sản").
_PLAN_KIND_BEFORE = re.compile(
    r"(?<!\w)quy\s+hoạch(?:\s+(?:chi\s+tiết|phân\s+khu|chung|xây\s+dựng))+\s*$", re.IGNORECASE
)
_SCALE_BEFORE = re.compile(
    r"(?<!\w)(?:(?:tỉ|tỷ)\s+lệ(?:\s+bản\s+đồ)?|bản\s+đồ(?:\s+(?:tỉ|tỷ)\s+lệ)?)\s*:?\s*$",
    re.IGNORECASE,
)


# Round 19: a paper's name, then "số", before a number ("Nghị quyết liên tịch số 101/2025");
# not "tổng số", "thiểu số", "con số" (the words of a figure).
_NUMBER_SIGN_BEFORE = re.compile(
    "(?:"
    + "|".join(re.escape(w) for w in (*_DOCUMENT_WORDS, "Luật") if not w.startswith("Số"))
    + r")\s+số\s*$",
    re.IGNORECASE,
)


def read_rates(text: str, taken: Taken) -> tuple[list[Rate], list[Unplaced]]:
    """Printed rates: percentages (``56,82%``) and fractions (``199/241``).

    A fraction whose two numbers could be a day and a month (``3/4``) is not placed, unless a
    counted noun follows it (``3/7 đơn vị bầu cử``): no date is printed before a noun.

    Examples:
        >>> rates, _ = read_rates("đạt 199/241 kiến nghị, tỷ lệ 82,57%", Taken())
        >>> [(r.span.text, str(r.value)) for r in rates]
        [('199/241', '199/241'), ('82,57%', '0.8257')]
    """
    found: list[Rate] = []
    unplaced: list[Unplaced] = []
    for match in _PERCENT_RANGE.finditer(text):
        # Round 10: "40-50%", "80 - 90%", "từ 40% đến 50%": a range is no rate; neither
        # end is read alone (the printed range goes to the unplaced whole).
        s, e = match.span()
        taken.add(s, e)
        unplaced.append(Unplaced(Span.of(text, s, e), "a range of rates, not one rate"))
    for match in _PERCENT_SPLIT.finditer(text):
        s, e = match.span()
        if taken.overlaps(s, e):
            continue
        taken.add(s, e)
        unplaced.append(
            Unplaced(
                Span.of(text, s, e), "digits, a comma and a space before a rate: one rate or two"
            )
        )
    for match in _PERCENT.finditer(text):
        s, e = match.span()
        if taken.overlaps(s, e):
            continue
        value = parse_percent(f"{match[1]}%")  # the space before "%" may be any (\r)
        found.append(Rate(Span.of(text, s, e), Decimal(value), None, None, sentence_at(text, s, e)))
        taken.add(s, e)
    for match in _PERCENT_DOT.finditer(text):
        s, e = match.span()
        if taken.overlaps(s, e):
            continue
        value = parse_percent(f"{match[1]},{match[2]}%")
        found.append(Rate(Span.of(text, s, e), Decimal(value), None, None, sentence_at(text, s, e)))
        taken.add(s, e)
    for match in _FRACTION.finditer(text):
        s, e = match.span()
        if taken.overlaps(s, e):
            continue
        top, bottom = int(parse_number(match[1])), int(parse_number(match[2]))
        span = Span.of(text, s, e)
        taken.add(s, e)
        if bottom == 0 or top > bottom:
            unplaced.append(Unplaced(span, "a fraction above one, or over zero"))
        elif _NUMBER_SIGN_BEFORE.search(text[max(0, s - 40) : s]):
            # Round 19: "Nghị quyết liên tịch số 101/2025": a paper's number, no rate.
            unplaced.append(Unplaced(span, "a paper's number after 'số', not a rate"))
        elif (
            1 <= top <= 12
            and 1900 <= bottom <= 2100
            and match[1].isdigit()
            and match[2].isdigit()
            and not match_phrase(words_after(text, e), 0, COUNTED_NOUNS)
            # (round 26: after a plan's kind, "Quy hoạch chi tiết 1/2000" is its scale)
            and not _PLAN_KIND_BEFORE.search(text[max(0, s - 40) : s])
        ):
            # Round 19: "(10/1977)", "nhóm 1/2021": a month and its year, no rate.
            unplaced.append(Unplaced(span, "a month and its year, not a rate"))
        elif (
            top == 1
            and bottom >= 100
            and bottom % 100 == 0
            and (
                _SCALE_BEFORE.search(text[max(0, s - 30) : s])
                or _PLAN_KIND_BEFORE.search(text[max(0, s - 40) : s])
            )
            and (
                _PLAN_BEFORE.search(text[max(0, s - 80) : s])
                or not match_phrase(words_after(text, e), 0, COUNTED_NOUNS)
            )
        ):
            # "tỉ lệ 1/5.000" of a plan; "tỷ lệ 1/100 xã" (a counted noun after it, no plan
            # nor map before) stays a rate.
            unplaced.append(Unplaced(span, "a map's scale, not a rate"))
        elif (
            top <= 31 and bottom <= 12 and not match_phrase(words_after(text, e), 0, COUNTED_NOUNS)
        ):
            # "3/7 đơn vị bầu cử", "5/5 ấp": a counted noun after it makes it a fraction.
            unplaced.append(Unplaced(span, "could be a day and a month"))
        else:
            found.append(Rate(span, Fraction(top, bottom), top, bottom, sentence_at(text, s, e)))
    found.sort(key=lambda r: r.span.start)
    return found, unplaced
