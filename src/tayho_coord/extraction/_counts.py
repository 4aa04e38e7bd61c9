"""The counts' rules: a number and the noun it counts, read to the end of its phrase.

Moved out of :mod:`tayho_coord.extraction._rules` (which keeps symbols, dates, rates and a
site's generated text): the counts' rules of rounds 7–30, their lists' uses, the repeats and
the abstentions. The order of the readers is :func:`tayho_coord.extraction.extract`'s:
symbols, dates, rates, counts, people.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from tayho_coord import vi
from tayho_coord.errors import ParseError
from tayho_coord.extraction._draft import (
    Count,
    Item,
    Span,
    Unplaced,
)
from tayho_coord.extraction._lexicon import (
    ACTIVITY_ABBREVIATIONS,
    AREA_WORDS,
    BACK_REFERENCE_ROLES,
    BODY_NAMES,
    BODY_NOUNS,
    CLAUSE_VERBS,
    COORDINATED_KINDS,
    COUNTED_NOUNS,
    DOCUMENT_PARTS,
    DURATION_WORDS,
    ETHNIC_NAMES,
    LIST_CONTINUATIONS,
    MEASURE_WORDS,
    MEETING_NOUNS,
    MEETING_PURPOSES,
    NAME_MODIFIERS,
    NEW_WORD_ENDS,
    NOUN_MODIFIERS,
    OPEN_HEADS,
    PAPER_PURPOSES,
    PARTS_OF_DAY,
    PERSON_NOUNS,
    PERSON_QUALIFIERS,
    PETITION_VERBS,
    PETITIONERS,
    PHRASE_BOUNDARIES,
    PHRASE_ENDS,
    PLACE_LEVELS,
    POST_HEADS,
    PURPOSED_PAPERS,
    QUALIFIERS,
    RESTATED_HEADS,
    SECTOR_BODIES,
    SPEECH_MODIFIERS,
    SPEECH_NOUNS,
    TERM_LENGTHS,
    UNIT_LEVELS,
    UNITS_OF_WORK,
    WHERE_THEY_WORK,
    WORK_BODIES,
)
from tayho_coord.extraction._read_on import (
    MAIN_CLAUSE_VERBS,
    NUMBER_OF,
    READ_ON_LIMIT,
    new_item_after,
    read_on_end,
)
from tayho_coord.extraction._tagger import noun_head, phrase_end
from tayho_coord.extraction._words import (
    WORD,
    WORDS_LIMIT,
    match_phrase,
    match_whole,
    phrase_parts,
    phrase_text,
    words_after,
)
from tayho_coord.vi import parse_number

if TYPE_CHECKING:
    from collections.abc import Callable

    from tayho_coord.extraction._tagger import Token
from tayho_coord.extraction._rules import Taken, sentence_at

__all__ = ["read_counts"]


# --- counts -------------------------------------------------------------------------------

_NUMBER = re.compile(r"(?<![\w/.,:\-])([0-9]{1,3}(?:\.[0-9]{3})+|[0-9]+)(?![\w/]|[.,]\d|-\d)")
# The second count of a pair printed with a slash after the first's noun: "746 lượt/1.882
# lượt công dân", "98 lượt /115 người" (after a digit, a slash makes a fraction or a date).
_NUMBER_AFTER_SLASH = re.compile(
    r"(?<=[^\W\d_])\s?/\s?([0-9]{1,3}(?:\.[0-9]{3})+|[0-9]+)(?![\w/]|[.,]\d|-\d)"
)
# Round 11: a place's level in a list of levels after "cấp" names no place, so the number
# after it is no place's number: "HĐND cấp xã, phường 324 người", "cấp huyện, quận 12 đại biểu".
_LEVELS_LISTED = re.compile(
    r"(?<!\w)cấp\s+(?:xã|phường|thị\s+trấn|huyện|quận|thị\s+xã|thành\s+phố|tỉnh)"
    r"(?:\s*,\s*(?:xã|phường|thị\s+trấn|huyện|quận|thị\s+xã|thành\s+phố|tỉnh))+\s+$",
    re.IGNORECASE,
)
_ORDINAL_BEFORE = re.compile(
    # "kỳ 2", not "định kỳ 98 lượt" (periodic).
    # "số 2", not "trong số 44 vụ việc" (among the 44) nor "tổng số 64 lượt" (a total of 64).
    r"(?:thứ|lần|khóa|khoá|(?<!trong )(?<!tổng )số|năm|nhiệm kỳ|giai đoạn|quý|tháng|ngày"
    # Round 12: not "trong kỳ 291 vụ việc" (in the period, 291 cases).
    r"|(?<!định )(?<!trong )kỳ"
    # The number of a unit's or a group's name: "Phường 7", "Quận 5", "Tổ 15", "khu phố 2".
    r"|(?<!\w)(?:phường|quận|tổ|khu phố|thôn|ấp|xóm|bản|khu vực|đơn vị bầu cử|cụm|đội|đợt"
    # Round 22: "Tổ dân phố 7", "khóm 2", "tiểu khu 3", a discussion's "trung tâm 3".
    r"|tổ dân phố|khóm|tiểu khu|khu dân cư|trung tâm)"
    # A part of a document or an address: "Điều 3", "khoản 2", "nhà 12", "ngõ 5".
    r"|(?<!\w)(?:điều|khoản|mục|chương|phụ lục|nhà|đường|ngõ|ngách|hẻm|kiệt|lô|phòng)"
    # Round 27: a paper's number printed without "số" ("nghị quyết 15 Đảng bộ tỉnh",
    # "Chỉ thị 05", "NQ 32"); not "quyết định" or "quy định", verbs too ("quyết định 9 nội
    # dung", to decide on nine).
    r"|(?<!\w)(?:nghị quyết|nghị định|chỉ thị|thông tư|nq|nđ|ct))"
    r"\s*$",
    re.IGNORECASE,
)
# Verbs after which "trên" and "dưới" are prepositions (on, under), not "more/less than" of
# the number after them: "dựa trên 7 nội dung" (based on seven), "đăng trên 3 trang".
_PREPOSITION_BEFORE = re.compile(
    r"(?<!\w)(?:dựa|căn cứ|nằm|đứng|đặt|đăng|đăng tải|ở|phía|xếp|trải|thể hiện|in|ghi)\s+$",
    re.IGNORECASE,
)
_LIST_NUMBER = re.compile(r"[.)]\s")
_RANGE_BEFORE = re.compile(r"[0-9]\s+(?:đến|tới)\s+$", re.IGNORECASE)
# Round 27: a range printed with a dash and spaces ("mở từ 220 – 250 lớp tập huấn"): the
# numbers go up, and the first is no numbering ("đơn vị số 1 – 3 đại biểu" is left alone).
_DASH_BEFORE = re.compile(r"(?<![\w/.,])([0-9]{1,3}(?:\.[0-9]{3})+|[0-9]+)\s*[-–—]\s*$")
_DASH_AFTER = re.compile(r"\s*[-–—]\s*([0-9]{1,3}(?:\.[0-9]{3})+|[0-9]+)(?![\w/]|[.,]\d)")

# Round 28: before the seats of one constituency: its own name and number, then (được) bầu
# in the same clause; or units counted with the seats each elects ("23 đơn vị bầu 3 …").
_PER_CONSTITUENCY = re.compile(
    r"(?:(?:(?<!\w)đơn\s+vị(?:\s+bầu\s+cử)?\s+(?:số\s+\d+|này)[^.;\n]{0,80}?"
    r"|(?<!\w)mỗi\s+đơn\s+vị(?:\s+bầu\s+cử)?[^.;\n]{0,40}?"
    r"|(?<![\w.,])\d+\s+đơn\s+vị\s+)"
    r"(?:được\s+)?bầu(?:\s+chọn|\s+ra)?\s+$"
    # "đơn vị bầu cử số 1 xã An Thạnh (5 đại biểu)", "(mỗi đơn vị là 3 đại biểu)"
    r"|(?<!\w)đơn\s+vị\s+bầu\s+cử\s+số\s+\d+[^.;\n()]{0,80}\(\s*"
    r"|\(\s*mỗi\s+đơn\s+vị(?:\s+bầu\s+cử)?\s+(?:là|có|được\s+bầu)\s+)",
    re.IGNORECASE,
)
# A constituency elects at most five deputies of a council and three of the National
# Assembly (Luật Bầu cử đại biểu Quốc hội và đại biểu Hội đồng nhân dân, 85/2015/QH13, Điều 10):
# a larger figure after units is their total ("14 đơn vị bầu 69 đại biểu"), a count.
_MOST_SEATS = 5
# (the seats themselves: "05 đại biểu", "3 người"; "(gồm 22 xã …)" is a count of places)
_SEATS_AFTER = re.compile(r"\s*(?:đại\s+biểu|người|vị|ĐB)(?!\w)", re.IGNORECASE)
# Round 27: an amount per unit ("quỹ hội đạt 150.000đ/1 hội viên", "2 triệu đồng/1 hộ"): the
# number after the slash is the unit's one, no count.
_PER_AMOUNT_BEFORE = re.compile(
    r"(?:[0-9]\s*(?:đ|đồng|kg|tấn|tạ|ha|m2|m²|m3|km|lít|triệu|tỷ|tỉ|nghìn|ngàn|usd)"
    r"|(?<!\w)(?:đồng|triệu|tỷ|tỉ|kg|tấn))\s?/\s?$",
    re.IGNORECASE,
)


def _dash_range(text: str, s: int, e: int, value: int) -> bool:
    """Whether the number at ``text[s:e]`` is an end of a range printed with a dash."""
    before = _DASH_BEFORE.search(text, max(0, s - 24), s)
    if before is not None and int(parse_number(before[1])) < value:
        head = text[max(0, before.start() - 20) : before.start()]
        return not _ORDINAL_BEFORE.search(head)
    after = _DASH_AFTER.match(text, e)
    if after is not None and value < int(parse_number(after[1])):
        return not _ORDINAL_BEFORE.search(text[max(0, s - 20) : s])
    return False


_RANGE_AFTER = re.compile(r"\s+(?:đến|tới)\s+[0-9]", re.IGNORECASE)
_BOUND_BEFORE = re.compile(r"(?<!\w)từ\s+$", re.IGNORECASE)
_BOUND_AFTER = re.compile(r"(?:\s+[^\W\d_]+){1,4}\s+trở\s+(?:lên|xuống)(?!\w)", re.IGNORECASE)

# Round 11: "buổi" (a half-day) as a length of time, not a count of sessions: after a word of
# duration ("trong 01 buổi", "kéo dài 2 buổi", "thời gian 1 buổi"), or before the one time
# it starts at ("họp 01 buổi vào lúc 08 giờ", "01 buổi, lúc 14 giờ"); "4 buổi vào các ngày
# …" and "3 buổi tiếp xúc" stay counts.
_SPAN_OF_TIME_BEFORE = re.compile(
    r"(?<!\w)(?:trong|kéo\s+dài|thời\s+gian(?:\s+làm\s+việc)?|thời\s+lượng|diễn\s+ra\s+trong)\s+$",
    re.IGNORECASE,
)
# ... and only a bare "buổi" or one of the day's halves: "trong 3 buổi tiếp xúc" counts them.
_BARE_HALF_DAY = re.compile(r"\s*(?:$|[^\w\s]|(?:sáng|chiều|tối|trưa)(?!\w))", re.IGNORECASE)
_GIVEN_BEFORE = re.compile(r"(?<!\w)dành(?:\s+ra)?(?:\s+(?:khoảng|gần|hơn|trên))?\s+$", re.I)
_SPAN_OF_TIME_AFTER = re.compile(r"\s*,?\s*(?:vào\s+)?(?:lúc|từ\s+\d)", re.IGNORECASE)


def _ends_phrase(words: list[tuple[int, int, str]], i: int, *, open_head: bool = False) -> bool:
    """Whether the words from ``i`` cannot go on with the counted noun before them.

    A phrase ends at the end of the line, at punctuation, at a number, at a capitalised word
    (a name; posts are held back apart, see :data:`POST_HEADS`), at a function word
    (:data:`PHRASE_ENDS`) or a verb no noun is made of (:data:`CLAUSE_VERBS`), at a
    numbering (``số 5``), at a place's level before its name, a number or punctuation
    (:data:`PLACE_LEVELS`) and, after a noun that says what it counts, at a verb, a field or
    a term a report prints after it (:data:`PHRASE_BOUNDARIES`). After a bare classifier of
    :data:`OPEN_HEADS` a verb may make a noun with it ("50 người tham gia", participants):
    there the phrase ends only at a function word or a verb of :data:`CLAUSE_VERBS`.
    """
    if i >= len(words):
        return True
    word = words[i][2]
    if not word.isalpha() or not word.islower():
        return True
    if word in PHRASE_ENDS or match_whole(words, i, CLAUSE_VERBS):
        return True
    following = words[i + 1][2] if i + 1 < len(words) else ""
    if word == "số" and (following == ":" or following.isdigit()):
        return True  # a numbering follows: "03 tổ bầu cử số: 03, 04 …", "2 tổ số 5"
    level = match_whole(words, i, PLACE_LEVELS)
    if level:
        after = words[i + level][2] if i + level < len(words) else ""
        return not (after.isalpha() and after.islower())
    area = match_whole(words, i, AREA_WORDS)
    if area:
        after = words[i + area][2] if i + area < len(words) else ""
        return after.isalpha() and after.islower()
    return not open_head and match_whole(words, i, PHRASE_BOUNDARIES) > 0


_LEVELS_AFTER_CAP = ("cấp",)


def _body_name(words: list[tuple[int, int, str]], i: int) -> int:
    """How many words from ``i`` are a body's name of :data:`BODY_NAMES` and its unit.

    The name goes on with ``Việt Nam`` (``VN``), a unit's level (``tỉnh``, ``thị xã``) and
    that unit's capitalised name or number (``huyện Quế Sơn``, ``phường 5``), or ``cấp``
    and the levels it lists (``cấp xã, phường, thị trấn``); 0 when no body's name starts
    at ``i``.
    """
    n = match_phrase(words, i, BODY_NAMES)
    if not n or not words[i][2][:1].isupper():
        return 0
    j = i + n
    if phrase_text(words, j, j + 2) == "việt nam":
        j += 2
    elif j < len(words) and words[j][2] == "VN":
        j += 1
    if j < len(words) and words[j][2].lower() in _LEVELS_AFTER_CAP:
        k = j + 1 + match_whole(words, j + 1, UNIT_LEVELS)
        if k == j + 1:
            return j - i
        j = k
        while j + 1 < len(words) and words[j][2] == ",":
            more = match_whole(words, j + 1, UNIT_LEVELS)
            if not more:
                break
            j += 1 + more
        return j - i
    level = match_whole(words, j, UNIT_LEVELS)
    # Round 27: a city's level abbreviated ("HĐND TP khóa XVI", "HĐND TP Hà Nội", "UBND TX"),
    # as the levels' words are.
    short = not level and j < len(words) and words[j][2] in _SHORT_LEVELS
    level = level or int(short)
    after_level = words[j + level][2] if level and j + level < len(words) else ""
    if (
        level
        and (
            words[j][2].islower()
            or short
            # Round 14: a level capitalised alone ("đại biểu Hội đồng nhân dân Thành phố và …",
            # as Hà Nội's pages print their city), with no name after it.
            or not (after_level[:1].isupper() or after_level.isdigit())
        )
    ):
        j += level
        if (
            short
            and j + 2 < len(words)
            and words[j][2] == "."
            and all(w[2][:1].isupper() and w[2].isalpha() for w in words[j + 1 : j + 3])
        ):
            # "UBMTTQVN TP. Châu Đốc": the abbreviation's dot before a name of two words or
            # more ("HĐND TP. Sau đó": a full stop, then a sentence)
            j += 1
        name = j
        while (
            name < len(words)
            and name - j < 4
            and (
                (words[name][2][:1].isupper() and words[name][2].isalpha())
                or words[name][2].isdigit()
            )
        ):
            name += 1
            if words[name - 1][2].isdigit():
                break
        j = name
    return j - i


_SHORT_LEVELS = frozenset({"TP", "Tp", "TX"})
_ROMAN = re.compile(r"[IVXLC]+")
_TERM_WORDS = ("khóa", "khoá")


def _term(words: list[tuple[int, int, str]], i: int) -> int:
    """How many words from ``i`` are a body's term: ``khóa XIX``, ``khoá 3``; 0 when none.

    A term is ``khóa`` (``khoá``) and its number (roman in capitals, or digits). Round 21:
    the term's years after it (``, nhiệm kỳ 2021-2026``, with or without the comma) are no
    part of what is counted, as the set's facts write them in some sixty places (its
    ``about``, written down before ``unseen_21``); round 10 had read them.
    """
    if (
        i + 1 < len(words)
        and words[i][2].lower() in _TERM_WORDS
        and (_ROMAN.fullmatch(words[i + 1][2]) or words[i + 1][2].isdigit())
    ):
        return 2
    if len(words[i][2]) >= 2 and _ROMAN.fullmatch(words[i][2]):
        return 1  # Round 31: a term printed without "khóa" ("đại biểu Quốc hội XVI")
    return 0


# Round 11: after persons, the words that open a second group of persons joined by "và" (a
# collective no list of persons holds: "đội ngũ", "lực lượng") or a sector, a branch or a
# body that says which persons are counted ("trong ngành", "trong toàn ngành", "thuộc
# ngành", "của ngành", "trong lĩnh vực").
_WHICH_PERSONS = (
    "và đội ngũ", "và lực lượng", "và toàn thể", "cùng đội ngũ",
    "trong ngành", "trong toàn ngành", "trong lĩnh vực", "thuộc ngành", "của ngành",
    "thuộc lĩnh vực", "trong khối", "thuộc khối", "của khối",
)  # fmt: skip


def _which_persons(words: list[tuple[int, int, str]], i: int) -> int:
    """How many words from ``i`` open a phrase of :data:`_WHICH_PERSONS` (0 if none)."""
    return match_whole(words, i, _WHICH_PERSONS)


def _kind_of(noun: str) -> frozenset[str] | None:
    """The kind of :data:`COORDINATED_KINDS` (or :data:`UNITS_OF_WORK`) that holds ``noun``."""
    for kind in COORDINATED_KINDS:
        if noun in kind:
            return kind
    return UNITS_OF_WORK if noun in UNITS_OF_WORK else None


# Round 14: punctuation where a body the counted persons work in ends ("19 đại biểu công tác
# ở các cơ quan Đảng (chiếm …", "… khối chính quyền, 27 đại biểu …"); and the small words a
# body's name holds inside it ("Ủy ban Mặt trận Tổ quốc và tổ chức thành viên của Mặt trận").
_WHERE_STOPS = frozenset({"(", ",", ";", ".", ":", ")", "…", "!", "?"})
_INSIDE_A_BODY = frozenset({"của", "và", "thuộc", "trong"})
_WHERE_LIMIT = 24
_BODY_ONLY_AFTER = frozenset({"trong"})


def _where_they_work(text: str, words: list[tuple[int, int, str]], i: int) -> int:
    """How many words from ``i`` say where the counted persons work: ``ở các cơ quan Đảng``.

    A preposition of :data:`WHERE_THEY_WORK`, a body (a word of :data:`WORK_BODIES` or a
    capitalised name), then words that end at punctuation or the line's end: no number, no
    function word but the few a body's name holds (``của``, ``và``, ``thuộc``, ``trong``),
    no verb of :data:`CLAUSE_VERBS`. A phrase that ends otherwise may be a clause (``… ở các
    cơ quan được bầu``): 0, and the phrase ends before the preposition as before.
    """
    prep = match_whole(words, i, WHERE_THEY_WORK)
    if not prep or i + prep >= len(words):
        return 0
    # The body may run past the counted words' window: read on from the preposition.
    more = words_after(text, words[i][0], _WHERE_LIMIT)
    j = prep
    first = more[j][2] if j < len(more) else ""
    body = match_whole(more, j, WORK_BODIES)
    if not (body or (first[:1].isupper() and first.isalpha())):
        return 0
    if not body and phrase_text(more, 0, prep) in _BODY_ONLY_AFTER:
        return 0  # "30 cử tri trong Hội nghị …": after "trong" only a body of the list
    k = j
    while k < len(more):
        word = more[k][2]
        if word in _WHERE_STOPS:
            after = more[k + 1][2] if k + 1 < len(more) else ""
            if word == "," and after.isalpha():
                # "3 người thuộc khối quân đội, công an", "… các cơ quan, đơn vị khác": the
                # body may go on with a sibling after the comma, whose end is not read.
                return 0
            return k if k > j else 0
        if not word.isalpha():
            return 0
        small = word.lower()
        if word.islower() and (
            (small in PHRASE_ENDS and small not in _INSIDE_A_BODY)
            or match_whole(more, k, CLAUSE_VERBS)
        ):
            return 0
        k += 1
    return k if len(more) < _WHERE_LIMIT and k > j else 0


def _sector_bodies(words: list[tuple[int, int, str]], i: int) -> int:
    """How many words from ``i`` are bodies of :data:`SECTOR_BODIES`, a comma between two."""
    if i >= len(words) or not words[i][2][:1].isupper():
        return 0
    j = i + match_phrase(words, i, SECTOR_BODIES)
    while j > i and j + 1 < len(words) and words[j][2] == ",":
        more = match_phrase(words, j + 1, SECTOR_BODIES)
        if not more or not words[j + 1][2][:1].isupper():
            break
        j += 1 + more
    return j - i


def _noun_end(
    words: list[tuple[int, int, str]],
    head: int,
    start: int = 0,
    *,
    listed: bool = False,
    text: str = "",
) -> tuple[int, str]:
    """The index after the last word of the counted noun's phrase, and its last noun.

    ``words[start:head]`` is the counted noun. The phrase goes on with the modifiers of
    :data:`NOUN_MODIFIERS`; after a comma, with a sibling of :data:`LIST_CONTINUATIONS`
    (not a petition's word after a person: "59 người, phản ánh" — who petitioned); after
    `và` or a comma, with a noun of the same kind (:data:`COORDINATED_KINDS`: "hội viên
    nông dân và đoàn viên thanh niên", "25 báo cáo, thông báo, kế hoạch"); after a noun of
    speech, with a verb of speech (:data:`SPEECH_MODIFIERS`: "15 ý kiến phát biểu"); after a
    member, a post, a meeting or a paper, with a body's name (:func:`_body_name`: "10 kỳ
    họp QH", "4 ủy viên UBMTTQ Việt Nam thị xã"). When the count is a later item of a list
    whose items print their own numbers (``listed``: "10 tờ trình, 10 dự thảo nghị quyết,
    báo cáo"), papers take no sibling after a comma: that paper is the list's next item.
    """
    i = head
    last = phrase_text(words, start, head)
    named = False  # whether a body's name (or another capitalised name) was just read
    qualified = False  # whether a relative modifier of persons was read (round 14)
    # Whether a paper's purpose was read (round 16: "văn bản chỉ đạo", or a head that holds
    # one: "văn bản đôn đốc").
    purposed = any(
        last.startswith(paper + " ") and last[len(paper) + 1 :] in PAPER_PURPOSES
        for paper in PURPOSED_PAPERS
    )
    while i < len(words):
        word = words[i][2]
        kind = _kind_of(last)
        quoted = _quoted_name(words, i)
        if quoted:
            i += quoted  # Round 15: "200 nhà "Đại đoàn kết"", "3 mô hình "Dân vận khéo""
            named = False
            continue
        places = _seat_places(words, i)
        if places:
            i += places  # Round 15: "488 ứng cử viên đại biểu HĐND các xã, phường"
            continue
        if (
            word == "/"
            and last in UNIT_LEVELS
            and i + 1 < len(words)
            and words[i + 1][2].islower()
            and match_whole(words, i + 1, UNIT_LEVELS)
        ):
            # Round 27: levels printed as one with a slash ("10 xã/thị trấn", "18 xã/thị
            # trấn", unseen_25 and unseen_26): one counted noun, as printed.
            level = match_whole(words, i + 1, UNIT_LEVELS)
            last = phrase_text(words, i + 1, i + 1 + level)
            i += 1 + level
            continue
        term = _term(words, i) if named else 0
        if term:
            i += term  # "ứng cử viên đại biểu HĐND tỉnh khóa XIX": the body's term
            named = False
            continue
        if word in {",", "và"}:
            if qualified:
                break  # "46 người được giới thiệu ứng cử, hội nghị …": the clause ends
            if text and len(words) >= WORDS_LIMIT and i + _LIST_LOOKAHEAD >= len(words):
                # Round 16: a list runs past the counted words' window ("212 đơn yêu cầu,
                # khiếu nại, tố cáo, phản ánh, kiến nghị"): read on from the comma.
                words[i:] = words_after(text, words[i][0], _WHERE_LIMIT)
            if purposed:
                more = match_whole(words, i + 1, PAPER_PURPOSES)
                if more:
                    i += 1 + more  # Round 16: "233 văn bản chỉ đạo, điều hành"
                    continue
                break  # "5 văn bản hướng dẫn, 3 …": the purposes' list ends the phrase
            papers = kind is COORDINATED_KINDS[-1] or last in _PAPERS_LISTED
            if word == "," and listed and papers:
                break  # Round 13: "10 tờ trình, 10 dự thảo nghị quyết, báo cáo do … trình"
            if (
                word == ","
                and last in _CITY_SHORT_AFTER
                and i + 1 < len(words)
                and words[i + 1][2] == _CITY_SHORT
                and (
                    i + 2 >= len(words)
                    or words[i + 2][2] in _SENTENCE_STOPS
                    or (last == "tỉnh" and _province_city_ends(words, i + 2))
                )
            ):
                # Round 13: "12 huyện, thành." (districts and cities, the city cut); round
                # 16: "34 tỉnh, thành;" "23 tỉnh, thành mới được …" (provinces and cities).
                i += 2
                continue
            joins = kind is not None and (word == "và" or kind is COORDINATED_KINDS[-1])
            same = match_whole(words, i + 1, tuple(kind)) if joins and kind else 0
            own = i + 1 + same  # a number after the noun is its own, but a period's
            if same and kind is COORDINATED_KINDS[2] and own < len(words):
                after = words[own][2]
                if after[:1].isupper() or after.isdigit():
                    same = 0  # "5 xã và thị trấn Phong Điền": a level before its name
            if same and (
                own >= len(words)
                or not words[own][2].isdigit()
                or (own + 1 < len(words) and words[own + 1][2].lower() in DURATION_WORDS)
            ):
                last = phrase_text(words, i + 1, i + 1 + same)
                i += 1 + same
                named = False
                continue
            if word == "và":
                break
            more = match_whole(words, i + 1, LIST_CONTINUATIONS)
            after = words[i + 1 + more][2] if more and i + 1 + more < len(words) else ""
            if (
                more
                and not (
                    last in PERSON_NOUNS
                    and phrase_text(words, i + 1, i + 1 + more) in PETITION_VERBS
                )
                and not (
                    # "2 điểm, phường Kỳ Phương": a place's level before its name or number is
                    # where the count was, no sibling of the list.
                    match_whole(words, i + 1, PLACE_LEVELS) == more
                    and (after[:1].isupper() or after.isdigit())
                )
                # Round 22: "15 người, Đề án nhân sự …": a word in title case after the
                # comma starts a name or a new item, no sibling ("HTX", "KN" are in capitals).
                and not _title_case(words[i + 1][2])
                # Round 19: "10 người ứng cử, cơ quan HĐND tỉnh giới thiệu 8 người": an item
                # with a figure of its own is no sibling of the list; "7 nhóm vấn đề, phản
                # ảnh 25 nội dung": a petition's verb with its object.
                and not new_item_after(words, i)
                # Round 28: "13 người ứng cử …, hội nghị tiến hành lấy ý kiến": a meeting
                # doing something after the comma opens a clause, no sibling of persons.
                and not _meeting_clause(words, i + 1)
                and not (
                    phrase_text(words, i + 1, i + 1 + more) in PETITION_VERBS and after.isdigit()
                )
            ):
                i += 1 + more  # a sibling of the list: the phrase keeps its head's kind
                named = False
                continue
            break
        if word == "của" and _petition_head(words, start):
            whose = _whose(words, i + 1)
            if whose and _ends_phrase(words, i + 1 + whose):
                i += 1 + whose  # Round 16: "17 kiến nghị của cử tri", "… của công dân"
                break
        if last in PURPOSED_PAPERS and word.islower() and not purposed:
            more = match_whole(words, i, PAPER_PURPOSES)
            if more and more >= match_whole(words, i, NOUN_MODIFIERS):
                i += more  # Round 16: "233 văn bản chỉ đạo, điều hành", "11 văn bản đôn đốc"
                purposed = True
                continue
        persons = last in PERSON_NOUNS or _kind_of(last) is COORDINATED_KINDS[0]
        if persons and text:
            # Round 14: which persons, read to the phrase's end (PERSON_QUALIFIERS, the
            # bodies of SECTOR_BODIES, where they work).
            more = match_whole(words, i, PERSON_QUALIFIERS) if word.islower() else 0
            if more:
                i += more
                named = False
                qualified = True
                continue
            more = _sector_bodies(words, i)
            if more:
                i += more
                named = False
                continue
            more = _where_they_work(text, words, i)
            if more:
                # The body may run past the counted words' window: read on from here.
                words[i:] = words_after(text, words[i][0], _WHERE_LIMIT)
                return i + more, last
        if last in MEETING_NOUNS and word.islower():
            more = match_whole(words, i, MEETING_PURPOSES)
            after = words[i + more][2] if i + more < len(words) else ""
            if more and (not (after.isalpha() and after.islower()) or after in PHRASE_ENDS):
                i += more  # Round 14: "12 hội nghị lấy ý kiến cử tri cho …"
                continue
        if last.endswith(("dân tộc", " người")) or last in {"dtts", "người"}:
            people = match_whole(words, i, ETHNIC_NAMES) if word[:1].isupper() else 0
            if people:
                i += people  # Round 15: "5 người dân tộc Khmer", "3 dân tộc Ba Na"
                continue
        if word == "khác" and _new_ends(words, i + 1):
            i += 1  # Round 14: "04 nghị quyết quan trọng khác." (other): the phrase's end
            continue
        if len(words) < WORDS_LIMIT and _cut_modifier(words, i):
            return len(words), last  # a modifier cut by the line's end: "quy phạm pháp⏎"
        if word == "mới" and _new_ends(words, i + 1):
            i += 1  # Round 13: "1 tổ chức thành viên mới của MTTQ": new, not "just"
            continue
        more = match_whole(words, i, NOUN_MODIFIERS)
        body = _body_name(words, i) if last in BODY_NOUNS else 0
        if not more and not body and word[:1].isupper():
            # "100 hội nghị TXCT", "5 hồ sơ TTHC": an activity's abbreviation, as printed.
            more = next(
                (
                    len(parts)
                    for parts in (tuple(WORD.findall(a)) for a in ACTIVITY_ABBREVIATIONS)
                    if tuple(w[2] for w in words[i : i + len(parts)]) == parts
                ),
                0,
            )
        if body > more:
            more = body
        elif word[:1].isupper() and more == match_whole(words, i, NAME_MODIFIERS):
            # "3 Đoàn Thanh niên Cộng sản": capitalised, these start an organisation's name.
            break
        if not more and last in SPEECH_NOUNS and word.islower():
            more = match_whole(words, i, SPEECH_MODIFIERS)
        if not more:
            break
        named = body > 0 or any(w[2][:1].isupper() for w in words[i : i + more])
        modifier = phrase_text(words, i, i + more)
        if modifier in PERSON_NOUNS or modifier in BODY_NOUNS:
            last = modifier  # "lượt đại biểu HĐND tỉnh phát biểu": the persons spoke
        i += more
    return i, last


# Round 16: files counted by the paper they hold, named after them with a capital.
_FILES = frozenset({"hồ sơ", "bộ hồ sơ"})
_FILED_PAPERS = ("Đề án", "Dự án", "Kế hoạch", "Quy hoạch", "Nghị quyết", "Quyết định", "Tờ trình")
# Round 16: how far past the counted words' window a comma list is read on, and the
# petitions' heads whose persons a complement with "của" names.
_LIST_LOOKAHEAD = 4
_PETITION_HEADS = ("kiến nghị", "ý kiến", "đơn", "phản ánh", "lượt ý kiến", "lượt kiến nghị")


def _meeting_clause(words: list[tuple[int, int, str]], i: int) -> bool:
    """Whether a meeting doing something starts at ``i`` after a comma, after no meeting.

    Round 28: "13 người ứng cử …, | hội nghị tiến hành lấy ý kiến": a clause of its own, no
    sibling of what was counted ("5 hội nghị, hội thảo …" lists meetings).
    """
    meeting = match_whole(words, i, MEETING_NOUNS)
    return bool(
        meeting
        and not match_whole(words, 0, MEETING_NOUNS)
        and (
            match_whole(words, i + meeting, MAIN_CLAUSE_VERBS)
            or match_whole(words, i + meeting, CLAUSE_VERBS)
        )
    )


def _petition_head(words: list[tuple[int, int, str]], start: int) -> bool:
    """Whether the counted noun from ``start`` is a petition's (``kiến nghị``, ``đơn`` …)."""
    return match_whole(words, start, _PETITION_HEADS) > 0


def _whose(words: list[tuple[int, int, str]], i: int) -> int:
    """How many words from ``i`` are the persons a petition is of, or 0.

    Round 16: after ``của``, persons of :data:`PETITIONERS` (``cử tri``, ``công dân``,
    ``Nhân dân`` …), two of them joined by ``và`` or a comma (``của cử tri và Nhân dân``),
    name whose petitions are counted; a capitalised body or a place after them is not read.
    """
    n = match_whole(words, i, PETITIONERS)
    if not n:
        return 0
    j = i + n
    if j + 1 < len(words) and words[j][2] in {",", "và"}:
        more = match_whole(words, j + 1, PETITIONERS)
        if more:
            j += 1 + more
    return j - i


_OPENING_QUOTES = frozenset({'"', "“", "‘", "'", "«"})
_CLOSING_QUOTES = frozenset({'"', "”", "’", "'", "»"})
_QUOTED_WORDS = 8


def _quoted_name(words: list[tuple[int, int, str]], i: int) -> int:
    """How many words from ``i`` are a quoted name right after a counted noun, or 0.

    Round 15: a campaign's or a model's name in quotes names what is counted (``200 nhà
    "Đại đoàn kết"``, ``3 mô hình “Dân vận khéo”``); the phrase is read through the closing
    quote, any style (``"…”`` as printed), when the name is words only (at most
    ``_QUOTED_WORDS``, a hyphen or a comma inside) and closes on the same line.
    """
    if i + 2 >= len(words) or words[i][2] not in _OPENING_QUOTES:
        return 0
    if not words[i + 1][2][:1].isalpha() or words[i + 1][0] != words[i][1]:
        return 0  # a quote glued to its name's first word, as a quote opens
    for j in range(i + 1, min(len(words), i + 2 + _QUOTED_WORDS)):
        word = words[j][2]
        if word in _CLOSING_QUOTES and j > i + 1:
            return j + 1 - i
        if not (word.isalpha() or word in {"-", "–", ","}):
            return 0
    return 0


# Round 15: the levels whose councils a seat's candidates are of, listed after "các".
_SEAT_LEVELS = ("xã", "phường", "thị trấn", "huyện", "quận", "thị xã", "thành phố")
_SEAT_BODY_ENDS = frozenset({"HĐND", "dân"})  # "HĐND", "Hội đồng nhân dân"


def _seat_places(words: list[tuple[int, int, str]], i: int) -> int:
    """How many words from ``i`` are the levels a council's seat is of, or 0.

    Round 15: after a council's name (``đại biểu HĐND``, ``Hội đồng nhân dân``), ``các`` and
    the levels listed with commas or ``và`` (``488 ứng cử viên đại biểu HĐND các xã,
    phường``, ``… các xã, phường, thị trấn``) say whose council's seats are counted; read when
    the list ends the phrase (punctuation, a number, a capital or the words' end).
    """
    if i == 0 or words[i - 1][2] not in _SEAT_BODY_ENDS or words[i][2] != "các":
        return 0
    j = i + 1
    level = match_whole(words, j, _SEAT_LEVELS)
    if not level:
        return 0
    j += level
    while j + 1 < len(words) and words[j][2] in {",", "và"}:
        level = match_whole(words, j + 1, _SEAT_LEVELS)
        if not level:
            break
        j += 1 + level
    after = words[j][2] if j < len(words) else ""
    return j - i if not (after.isalpha() and after.islower()) else 0


# Round 13: a city's level shortened to "thành" after a comma and a district's level, at
# punctuation or the line's end ("đại diện … của 12 huyện, thành."; "9 huyện, thành, thị"
# is a sibling of LIST_CONTINUATIONS already).
_CITY_SHORT = "thành"
_CITY_SHORT_AFTER = frozenset({"huyện", "quận", "thị xã", "tỉnh"})
_SENTENCE_STOPS = frozenset({".", ";", ":", ")", "!", "?", "…"})
# Round 13: the papers of LIST_CONTINUATIONS, which a numbered list's later item keeps apart.
_PAPERS_LISTED = frozenset({"tờ trình", "báo cáo", "đề án"})


def _province_city_ends(words: list[tuple[int, int, str]], i: int) -> bool:
    """Whether ``tỉnh, thành`` ends before ``words[i]``: "thành" is the city, not a verb's start.

    Round 16: "các tỉnh, thành" (provinces and centrally-run cities) before punctuation, a
    number, a capital or a word that ends a phrase (``mới``, ``trên``); never before another
    small word, which may make a verb of "thành" ("thành lập").
    """
    word = words[i][2]
    return not (word.isalpha() and word.islower()) or word in PHRASE_ENDS


def _new_ends(words: list[tuple[int, int, str]], i: int) -> bool:
    """Whether the phrase ends at ``i`` so that a ``mới`` before it is the adjective ``new``.

    At the words' end, punctuation, a number, a capitalised word or a preposition of
    :data:`NEW_WORD_ENDS`; before any other word (a verb: "mới kết nạp", "mới được") ``mới``
    is the adverb and ends the phrase itself.
    """
    if i >= len(words):
        return True
    word = words[i][2]
    return not word.isalpha() or not word.islower() or word in NEW_WORD_ENDS


def _cut_modifier(words: list[tuple[int, int, str]], i: int) -> bool:
    """Whether the words from ``i`` to the line's end are the start of a longer modifier."""
    rest = tuple(w[2].lower() for w in words[i:])

    def starts(phrases: tuple[str, ...]) -> bool:
        return any(
            len(parts) > len(rest) and parts[: len(rest)] == rest for parts in phrase_parts(phrases)
        )

    # Round 10: not where the cut words may as well start a clause's verb ("05 phiên giải
    # trình liên⏎quan đến": "liên quan", not "liên ngành").
    return bool(rest) and starts(NOUN_MODIFIERS) and not starts(CLAUSE_VERBS)


_LIST_START = re.compile(r"\s*(?:,\s*)?(?:gồm|là|về|đó là|như)?\s*:?\s*", re.IGNORECASE)


def _items(
    text: str, value: int, noun_end: int, noun: str
) -> tuple[tuple[Item, ...], Unplaced | None]:
    """The things a count names after it (``… 03 phiên giải trình về A; B và C``).

    The list runs from ``về``, ``là``, ``gồm`` or ``:`` to the end of the sentence, its items
    split at ``;``; an item ending in an ellipsis closes the list. Fewer items than the
    count: the last item is split at its last `` và `` when that gives exactly the count.
    More items than the count: the list's end cannot be told, nothing is placed.
    """
    lead = re.match(
        r"\s*(?:,\s*)?(gồm|là|về|đó là)\s*:?\s*|\s*:\s*", text[noun_end:], re.IGNORECASE
    )
    if lead is None:
        return (), None
    start = noun_end + lead.end()
    stop = re.search(r"\.(?:\s|$)|\n", text[start:])
    end = len(text) if stop is None else start + stop.start()
    pieces: list[tuple[int, int]] = []
    cursor = start
    for part in re.finditer(r"[^;]+", text[start:end]):
        s, e = start + part.start(), start + part.end()
        pieces.append((s, e))
        cursor = e
        if re.search(r"(…|\.\.\.)\s*$", text[s:e]):
            break
    del cursor
    if len(pieces) < value and pieces:
        s, e = pieces[-1]
        last = text[s:e]
        cut = last.rfind(" và ")
        if cut > 0 and len(pieces) + 1 == value:
            pieces[-1:] = [(s, s + cut), (s + cut + 4, e)]
    if len(pieces) > value:
        return (), Unplaced(Span.of(text, start, end), f"more items than the count {value}")
    items = []
    repeat = re.compile(r"\s*" + re.escape(noun) + r"\s+(?:về\s+)?", re.IGNORECASE)
    for s, e in pieces:
        while s < e and text[s] in " \t,":
            s += 1
        while e > s and text[e - 1] in " \t,.…":
            e -= 1
        prefix = repeat.match(text, s)
        if prefix is not None and prefix.end() < e:
            s = prefix.end()
        if e > s:
            items.append(Item(Span.of(text, s, e)))
    return tuple(items), None


# Round 13: the count is a later item of a list whose items print their own numbers: a
# number, its noun and a comma just before it ("thông qua 10 tờ trình, 10 dự thảo …").
_NUMBERED_ITEM_BEFORE = re.compile(r"(?<![\w.,])\d[\d.]*\s+[^\W\d][^\d,;.:!?\n]{0,40},\s*$")


def _open_end(
    text: str, s: int, words: list[tuple[int, int, str]], end_index: int, what: str
) -> tuple[None, list[Unplaced]]:
    """No count: ``what`` (the phrase read so far) may go on with the next word."""
    nxt = words[end_index][2]
    return None, [
        Unplaced(
            Span.of(text, s, words[end_index][1]),
            f"{what} may go on with {nxt!r}: its end cannot be told",
        )
    ]


READ_ON = True
"""Whether a known counted noun's phrase is read on to its clause's end (round 18's default).

Rounds 7-16 read a phrase on only through words a class lists; round 17 built the reverse
behind this switch, round 18 made it the default. ``benchmarks/extract_read_on_compare.py``
measures both on every part of the set in one run; it is no public option.
"""


def _count_at(
    text: str,
    s: int,
    e: int,
    value: int,
    taken: Taken,
    *,
    in_words: bool = False,
    tagger: Callable[[str, int], list[Token]] | None = None,
) -> tuple[Count | None, list[Unplaced]]:
    """The count whose number is ``text[s:e]`` (of ``value``), with its noun and items.

    With a ``tagger`` (:mod:`tayho_coord.extraction._tagger`), a noun the lexicon does not
    hold is read where the tagger tags one after the number, and a phrase whose end the
    rules cannot tell ends where the tagger's noun phrase does.
    """
    words = words_after(text, e)
    if not words:
        return None, []
    first = words[0][2].lower()
    if not in_words:
        if text[e : words[0][0]] == "" and first not in MEASURE_WORDS:
            return None, []  # glued to letters: part of a code or a name
        term = match_phrase(words, 0, TERM_LENGTHS)
        after = words[term][2] if term and term < len(words) else ""
        if term and (term > 1 or not (after.isalpha() and after.islower()) or after in PHRASE_ENDS):
            # Round 16: "trong 02 nhiệm kỳ", "qua 2 khóa": a term's length, not a count.
            return None, [Unplaced(Span.of(text, s, words[0][1]), "a term's length, not a count")]
        if (
            first in DURATION_WORDS
            or (
                first == "buổi"
                and (
                    (
                        _SPAN_OF_TIME_BEFORE.search(text[max(0, s - 24) : s])
                        and _BARE_HALF_DAY.match(text, words[0][1])
                    )
                    or _SPAN_OF_TIME_AFTER.match(text, words[0][1])
                    # Round 27: "HĐND huyện sẽ dành 1 buổi cho các đại biểu thảo luận": time given
                    or _GIVEN_BEFORE.search(text[max(0, s - 16) : s])
                )
            )
        ):
            return None, [Unplaced(Span.of(text, s, words[0][1]), "a duration, not a count")]
        comrade = first == "đồng" and len(words) > 1 and words[1][2].lower() in _NOT_MONEY
        if (first in MEASURE_WORDS and not comrade) or first in {",", "-", "–"}:
            return None, []  # "28 đồng chí" counts comrades, "28 đồng" is money
    head = match_whole(words, 0, COUNTED_NOUNS)
    tokens = None
    if head == 0 and tagger is not None and not in_words:
        tokens = tagger(text, s)
        head = noun_head(words, tokens, s)
        if head and match_phrase(words, 0, PARTS_OF_DAY):
            head = 0  # "đối thoại 2 chiều" (two-way): a part of the day is no counted noun
    if head == 0:
        if in_words:
            return None, []  # words that are no count ("hai bên" is, "hai năm" is not)
        return None, [Unplaced(Span.of(text, s, words[0][1]), f"noun not known: {words[0][2]!r}")]
    levels = (  # Round 27: "12 xã/phường" is one noun of two levels, no figure per unit
        phrase_text(words, 0, head).lower() in UNIT_LEVELS
        and head + 1 < len(words)
        and words[head][2] == "/"
        and match_whole(words, head + 1, UNIT_LEVELS) > 0
    )
    if (
        head == 1
        and words[0][2].lower() == "bên"
        and value == 2
        and match_whole(words, 1, _SIDES_OF) > 0
    ):
        # Round 27: "người dân sống hai bên đoạn đường này" (on both sides of the road): a
        # place, no count of parties ("hai bên ký kết" stays one).
        span = Span.of(text, s, words[0][1])
        return None, [Unplaced(span, "both sides of a road or a river, not a count")]
    if _PER_TIME.match(text, words[head - 1][1]) or (
        _PER_UNIT.match(text, words[head - 1][1]) and not levels
    ):
        # Round 15: "học 2 buổi trên ngày", "3 buổi/tuần", "1 lượt mỗi tháng": a frequency.
        return None, [Unplaced(Span.of(text, s, words[head - 1][1]), "a frequency, not a count")]
    listed = _NUMBERED_ITEM_BEFORE.search(text, max(0, s - 60), s) is not None
    if head < len(words) and " ".join(w[2] for w in words[:head]).lower() == "phần":
        after = words[head][2].lower()
        if after.isdigit() or after in vi.NUMBER_WORDS:
            # Round 13: "hai phần ba tổng số đại biểu" (two thirds), "1 phần 3": a fraction
            # written out, not a count of parts.
            return None, [
                Unplaced(Span.of(text, s, words[head][1]), "a fraction in words, not a count")
            ]
    end_index, last = _noun_end(words, head, listed=listed, text=text)
    bare_head = " ".join(w[2] for w in words[:head]).lower()
    part_ends = end_index == head and bare_head in DOCUMENT_PARTS
    # "14 điều quy định về …": a document's parts take no modifier, a small word ends them.
    while not part_ends and (
        (end_index == head and bare_head in OPEN_HEADS) or not _ends_phrase(words, end_index)
    ):
        # The phrase before a counted noun holds both ("04 buổi hội nghị", "5 dự án Luật", "5
        # nội dung cuộc vận động"): the noun that follows is what the first is of.
        counted = match_whole(words, end_index, COUNTED_NOUNS)
        if not counted or (
            words[end_index][2][:1].isupper()
            and counted == match_whole(words, end_index, NAME_MODIFIERS)
        ):
            break  # "3 Đoàn Thanh niên …": capitalised, a member's word starts a name
        place = end_index + counted
        if (
            counted == match_whole(words, end_index, UNIT_LEVELS)
            and place < len(words)
            and (words[place][2][:1].isupper() or words[place][2].isdigit())
        ):
            break  # Round 15: "5 hộ xã Phước Kháng": a level before its name is where
        end_index, last = _noun_end(words, end_index + counted, end_index, listed=listed, text=text)
    read_on = False
    if READ_ON and not part_ends and tokens is None and not in_words:
        # Round 17: a known noun's phrase read ON to its clause's end (see _read_on).
        # Where its end cannot be told (past the window, a number that a word before it
        # calls for), or after a head printed with a capital (a name's start: "Tổ Đại
        # biểu"), the rules of rounds 7-16 decide, as before.
        limit = max(READ_ON_LIMIT, len(words))
        wide = words_after(text, e, limit)
        persons_read = (
            last in PERSON_NOUNS
            or _kind_of(last) is COORDINATED_KINDS[0]
            or any(w[2].lower() in PERSON_NOUNS for w in words[:end_index])
        )
        # Round 23: a line the text goes on after ("Huyện Lăk có 34 đại biểu trúng cử HĐND
        # huyện khoá XII" above the article) ends where it ends; at the text's end, or past
        # the window, the excerpt may have cut it.
        line_ends = (
            bool(wide)
            and len(wide) < limit
            and _LINE_GOES_ON.match(text, wide[-1][1]) is not None
            and wide[-1][2].isalpha()
            and all(_in_a_headline_s_name(w[2]) for w in wide[end_index:])
        )
        stop = read_on_end(wide, end_index, persons=persons_read, line_ends=line_ends)
        capital_head = words[0][2][:1].isupper()
        if capital_head and end_index < len(wide) and wide[end_index][2][:1].islower():
            capital_head = False  # Round 18: "16 Nghị quyết do …": a known head in capitals
        told = end_index < len(wide) and wide[end_index][2].lower() not in _NO_END_TOLD
        verb_told = (
            # Round 27: a main clause's verb right after a head that names what it counts
            # ("cử tri của 3 xã | đề nghị …"); an open head ("50 người | tham gia", "3 đoàn
            # | tổ chức") still leaves its end to the earlier rules.
            end_index == head
            and bare_head not in OPEN_HEADS
            and end_index < len(wide)
            and wide[end_index][2].islower()
            and (
                match_whole(wide, end_index, MAIN_CLAUSE_VERBS) > 0
                or match_whole(wide, end_index, CLAUSE_VERBS) > 0
            )
        )
        # Round 28: ends the read-on tells right after the head: "23 đơn vị | bầu 3 đại
        # biểu" (units counted with the seats each elects) …
        told_after = (
            end_index + 1 < len(wide)
            and wide[end_index][2].lower() == "bầu"
            and wide[end_index + 1][2].isdigit()
        )
        # Round 28: "75 đơn vị bầu cử | số lượng ứng cử viên: 458 người" (a table's rows
        # run together): "số" before a word is "the number of", a new phrase
        told_after = told_after or (
            end_index + 1 < len(wide)
            and (
                (wide[end_index][2] == "số" and wide[end_index + 1][2] in NUMBER_OF)
                or phrase_text(wide, end_index, end_index + 2) == "tổng số"
            )
        )
        if (
            stop is not None
            and stop == end_index
            and (end_index > head or verb_told or told_after)
            and told
            and not capital_head
        ):
            # Round 24: the read-on tells the earlier rules' end is the phrase's (a term's
            # years, a main clause's verb right after: "139 người đủ tiêu chuẩn ứng cử đại
            # biểu HĐND tỉnh | nhiệm kỳ …"): no abstaining there.
            read_on = True
        if stop is not None and stop > end_index and not capital_head:
            words, end_index, read_on = wide, stop, True
            if _PER_TIME.match(text, words[end_index - 1][1]):
                # Round 18: "2 vụ lúa mỗi năm", "4 buổi sinh hoạt mỗi tháng": a frequency.
                span = Span.of(text, s, words[end_index - 1][1])
                return None, [Unplaced(span, "a frequency, not a count")]
    # A noun the tagger found says no more than an open head what it counts.
    open_head = end_index == head and (bare_head in OPEN_HEADS or tokens is not None)
    if (
        tagger is not None
        and not in_words
        and not part_ends
        and not _ends_phrase(words, end_index, open_head=open_head)
    ):
        tokens = tagger(text, s) if tokens is None else tokens
        end_index = phrase_end(
            words, end_index, tokens, lambda i: _ends_phrase(words, i, open_head=open_head)
        )
        open_head = False
    # Round 16: "34 hồ sơ Đề án sắp xếp đơn vị hành chính cấp xã": the files of a paper named
    # after them, whose name's end the rules do not read.
    filed = (
        last in _FILES
        and end_index < len(words)
        and words[end_index][2][:1].isupper()
        and match_whole(words, end_index, _FILED_PAPERS) > 0
    )
    if not read_on and (
        filed or (not part_ends and not _ends_phrase(words, end_index, open_head=open_head))
    ):
        # The known phrase before a word in small letters that may qualify it ("836 đơn
        # khiếu nại", "155 nội dung ý kiến"): the phrase may be cut short, so the count
        # abstains rather than count a noun the text does not print.
        known = text[words[0][0] : words[end_index - 1][1]]
        return _open_end(text, s, words, end_index, f"the noun {known!r}")
    post = bare_head if bare_head in POST_HEADS else last
    if (
        not read_on
        and post in POST_HEADS
        and end_index < len(words)
        and words[end_index][2][:1].isupper()
    ):
        # A counted post before a capitalised word that no body's name of BODY_NAMES reads:
        # a body's name ("3 Giám đốc Sở Tài chính") whose end the rules do not read.
        return _open_end(text, s, words, end_index, f"the noun {post!r}")
    if (
        not read_on
        and end_index < len(words)
        and words[end_index - 1][2][:1].isupper()
        and words[end_index][2][:1].isupper()
        and words[end_index][2][:1].isalpha()
        and text[words[end_index - 1][1] : words[end_index][0]].strip() == ""
    ):
        # Round 13: a body's name read into the phrase goes on with a capitalised word no
        # rule reads ("20 cơ sở Hội LHTN Việt Nam", "30 hội viên chi Hội Nông dân nghề
        # nghiệp …"): where that name ends the rules cannot tell, so the count abstains.
        known = text[words[0][0] : words[end_index - 1][1]]
        return _open_end(text, s, words, end_index, f"the name in {known!r}")
    persons = last in PERSON_NOUNS or _kind_of(last) is COORDINATED_KINDS[0]
    which = _which_persons(words, end_index) if persons and not read_on else 0
    if which:
        # Round 11: persons followed by words that name WHICH persons are counted ("cán bộ,
        # công chức và đội ngũ …", "… viên chức trong ngành giáo dục và đào tạo"): the
        # phrase goes on, and where it ends the rules cannot name; the count abstains.
        return None, [
            Unplaced(
                Span.of(text, s, words[end_index + which - 1][1]),
                f"the persons {text[words[0][0] : words[end_index - 1][1]]!r} go on with "
                f"{phrase_text(words, end_index, end_index + which)!r}: their end cannot be told",
            )
        ]
    elected = _elected_to_a_post(words, end_index) if persons and not read_on else 0
    if elected and not _THERE_ARE_BEFORE.search(text, max(0, s - 12), s):
        # Round 12: "danh sách 105 người trúng cử đại biểu HĐND thành phố khóa XV" names WHO
        # is counted (the persons elected to a seat, a body's name after it), where "có 64
        # người trúng cử đại biểu HĐND tỉnh" (there are) and "64 người trúng cử." say what
        # they did. The phrase that names them goes on through a body's name whose end the
        # rules cannot name, so the count abstains.
        return None, [
            Unplaced(
                Span.of(text, s, words[end_index + elected - 1][1]),
                f"the persons {text[words[0][0] : words[end_index - 1][1]]!r} elected "
                f"{phrase_text(words, end_index, end_index + elected)!r}: their end cannot be told",
            )
        ]
    if (
        in_words
        and end_index == head
        and bare_head in OPEN_HEADS
        and bare_head != "bên"
        and not (end_index < len(words) and words[end_index][2][:1].isupper())
    ):
        # A number in words before a bare classifier ("hai vụ" — two cases or two crops;
        # "ba đợt"): in words, a number is read only where its noun or a name after it says
        # what it counts; "hai bên" is the parties.
        return None, [
            Unplaced(
                Span.of(text, s, words[head - 1][1]),
                f"the noun {bare_head!r} alone after a number in words: what it counts is not said",
            )
        ]
    noun_start, noun_end = words[0][0], words[end_index - 1][1]
    before = text[max(0, s - 20) : s]
    qualifier = None
    q = re.search(r"(?<!\w)(" + "|".join(QUALIFIERS) + r")\s+$", before, re.IGNORECASE)
    first_char = s
    if q is not None and _PREPOSITION_BEFORE.search(text, 0, s - (len(before) - q.start(1))):
        q = None  # "dựa trên 7 nội dung": a preposition after its verb, no "more than"
    if q is not None and q.group(1).lower() == "trên":
        # "1.452 thôn, bản, khu phố trên 54 phường, xã": "trên" right after a counted noun
        # (no verb between) places the first count over the second's area, no "more than".
        q_start = s - (len(before) - q.start(1))
        previous = text[:q_start].rstrip()
        if previous[-1:].isalpha() and taken.overlaps(len(previous) - 1, len(previous)):
            q = None
    if q is not None:
        qualifier = q.group(1).lower()
        first_char = s - (len(before) - q.start(1))
    # a line that only wraps the sentence (round 21) is a space in the noun; its span is exact
    noun = _WRAP.sub(" ", text[noun_start:noun_end])
    items, too_many = _items(text, value, noun_end, noun)
    taken.add(first_char, noun_end)
    count = Count(
        value,
        qualifier,
        noun,
        Span.of(text, first_char, noun_end),
        items,
        sentence_at(text, s, noun_end),
    )
    return count, [] if too_many is None else [too_many]


# Round 24: words at which the read-on stops without telling the phrase is whole (a second
# group of persons may follow: "300 cán bộ, công chức | và đội ngũ cộng tác viên").
_NO_END_TOLD = frozenset({"và", "hoặc", "cùng", "với", ",", "hay"})
_LINE_GOES_ON = re.compile(r"[^\S\n]*\n\s*\S")
_WRAP = re.compile(r"[^\S\n]*\n[^\S\n]*")
_NUMBER_WORD = "|".join(sorted(vi.NUMBER_WORDS, key=len, reverse=True))
_WORDS_RUN = re.compile(
    r"(?<!\w)(?:" + _NUMBER_WORD + r")(?:\s+(?:" + _NUMBER_WORD + r"))*(?!\w)", re.IGNORECASE
)
# Before a number in words, words that make it no count: "giữa hai kỳ họp" (between the two
# sessions of a year), "cả hai" (both), and the ordinals' and names' words of _ORDINAL_BEFORE.
# Round 8: "hàng năm", "mỗi năm", "các năm" (yearly, each year: "năm" is the year, not five),
# "hàng trăm", "hàng nghìn" (hundreds of: no count).
_NOT_A_COUNT_BEFORE = re.compile(
    r"(?<!\w)(?:giữa|cả|hàng|mỗi|từng|các|những|nhiều|cuối|đầu)\s*$", re.IGNORECASE
)


def _elected_to_a_post(words: list[tuple[int, int, str]], i: int) -> int:
    """How many words from ``i`` are ``trúng cử`` and a seat: ``trúng cử đại biểu``; or 0."""
    if i + 2 >= len(words) or phrase_text(words, i, i + 2).lower() != "trúng cử":
        return 0
    seat = match_whole(words, i + 2, _ELECTED_TO)
    return 2 + seat if seat else 0


# Round 12: "có" (there are) before a count makes what follows the persons its predicate.
_THERE_ARE_BEFORE = re.compile(r"(?<!\w)có\s+$", re.IGNORECASE)


# Round 12: what persons are elected to, after "trúng cử" (a seat or a post).
_ELECTED_TO = (
    "đại biểu", "đbqh", "đb", "hđnd", "hội đồng nhân dân", "chủ tịch", "phó chủ tịch",
    "ủy viên", "uỷ viên", "thành viên", "trưởng ban", "phó trưởng ban",
)  # fmt: skip


def _in_a_headline_s_name(word: str) -> bool:
    """Whether ``word`` may end a headline's counted phrase: a name's, a level's or a term's.

    Round 23: a headline is read to its line's end only through a body's or a place's name
    and its term ("34 đại biểu trúng cử HĐND huyện khoá XII"), never through a clause's verb
    ("2 Phó chủ tịch HĐND tỉnh tặng hoa …").
    """
    lower = word.lower()
    return word[:1].isupper() or word.isdigit() or lower in _HEADLINE_WORDS or lower in _LEVEL_WORDS


_HEADLINE_WORDS = frozenset({"khóa", "khoá", "trúng", "cử", "đại", "biểu", "các", "cấp"})
_LEVEL_WORDS = frozenset(part for level in PLACE_LEVELS for part in level.split())


def _title_case(word: str) -> bool:
    """Whether ``word`` is printed in title case (``Đề``), not all in capitals (``HTX``)."""
    return word[:1].isupper() and not word.isupper()


_NEXT_WORD = re.compile(r"[^\S\n]+([^\W\d_]+)")


def _in_a_name_of_words(text: str, s: int, e: int) -> bool:
    """Whether the number in words ``text[s:e]`` is a word of a name (round 22).

    In title case inside a sentence and followed by a word in title case ("đền Chín Giếng",
    "phố Hai Bà Trưng", "quận Ba Đình"), a number word is a name's: no count. At a
    sentence's start ("Hai xã …") the next word is in small letters, and the count stays.
    """
    following = _NEXT_WORD.match(text, e)
    if not text[s : s + 1].isupper() or following is None or not _title_case(following[1]):
        return False
    before = text[max(0, s - 8) : s].rstrip(" \t")
    return before[-1:].isalpha()


def _counts_in_words(text: str, taken: Taken) -> tuple[list[Count], list[Unplaced]]:
    """Counts written in words before a counted noun: ``ba phiên giải trình``, ``mười hai xã``.

    The longest run of number words that :func:`tayho_coord.vi.parse_number_words` reads is
    the number. ``một`` and ``không`` alone are no count (``một số``, ``không có``), nor is
    a number after ``giữa`` or ``cả`` (``giữa hai kỳ họp``) or an ordinal's word (``thứ
    ba``, ``lần thứ hai``).
    """
    found = []
    unplaced: list[Unplaced] = []
    for run in _WORDS_RUN.finditer(text):
        words = list(re.finditer(r"\S+", run.group(0)))
        for size in range(len(words), 0, -1):
            s, e = run.start(), run.start() + words[size - 1].end()
            try:
                value = vi.parse_number_words(text[s:e])
            except ParseError:
                continue
            break
        else:
            continue
        if value < 2 or taken.overlaps(s, e):
            continue
        before = text[max(0, s - 20) : s]
        if _ORDINAL_BEFORE.search(before) or _NOT_A_COUNT_BEFORE.search(before):
            continue
        if _in_a_name_of_words(text, s, e):
            continue  # Round 22: "đền Chín Giếng", "phố Hai Bà Trưng": a name's words
        count, seen = _count_at(text, s, e, value, taken, in_words=True)
        unplaced += seen
        if count is not None:
            found.append(count)
    return found, unplaced


_THOUSANDS = re.compile(
    r"(?<![\w/.,:\-])(?P<n>[0-9]{1,3}(?:,[0-9]{1,3})?)\s+(?P<m>nghìn|ngàn|triệu)(?!\w)",
    re.IGNORECASE,
)
_MULTIPLIERS = {"nghìn": 1000, "ngàn": 1000, "triệu": 1_000_000}


def _in_a_name(text: str, s: int, digits: str) -> bool:
    """Whether the number at ``s`` may be the last word of a place's name.

    "xã Bảo Lâm 3", "phường Tân Định 2": a number of one or two digits without a leading
    zero after a level of :data:`_NUMBERED_LEVELS` and a capitalised name (at most four words,
    in the same clause) may end the name as well as count ("huyện Lệ Thủy 4 điểm"); the
    count abstains. A leading zero ("huyện Bố Trạch 04 điểm") is printed by a count only.
    """
    if digits.startswith("0") or len(digits) > 2:
        return False
    clause = re.split(r"[.,;:!?()\n“”\"]", text[max(0, s - 80) : s])[-1]
    words = clause.split()
    name = 0
    while name < min(4, len(words)) and words[-1 - name][:1].isupper():
        if not words[-1 - name].isalpha():
            return False
        name += 1
    if name == 0:
        return False
    # The level may be capitalised too ("Ấp Tân Thành 1"): each cut of the capitalised words
    # that leaves a name of one word or more is tried.
    for size in range(1, name + 1):
        rest = " ".join(words[: len(words) - size]).lower()
        if not rest.endswith("thị xã") and any(
            rest == level or rest.endswith(" " + level) for level in _NUMBERED_LEVELS
        ):
            return True
    return False


# The levels whose units are named with a number ("xã Bảo Lâm 3", "thôn Phú Mỹ 2", "ấp Tân
# Thành 1"); a district's, a town's or a province's name holds none.
_NUMBERED_LEVELS = ("xã", "phường", "thôn", "ấp", "khu phố", "khu", "xóm", "bản", "buôn", "khóm")


# "28 đồng chí" counts comrades and "hơn 1,1 triệu đồng bào" (round 15) compatriots: after
# "đồng" these make no money.
_NOT_MONEY = frozenset({"chí", "bào"})

# Round 27: what has two sides ("hai bên đường", "2 bên bờ sông"): where, not parties.
_SIDES_OF = (
    "đường", "đoạn đường", "tuyến đường", "quốc lộ", "tỉnh lộ", "bờ", "sông", "kênh",
    "lề", "đê", "bờ sông", "bờ kênh", "suối", "hành lang", "trục đường", "trục quốc lộ",
    "trục chính",
)  # fmt: skip

# Round 15: a counted noun per a span of time ("2 buổi trên ngày", "3 buổi/tuần", "1 lượt
# mỗi tháng", "2 kỳ một năm"): how often, no count of things.
# Round 19: a figure per unit ("tối thiểu là 12 cuộc/đơn vị bầu cử", "bình quân 68
# người/điểm"): no count of the whole.
_PER_UNIT = re.compile(
    r"\s*/\s*(?:đơn vị bầu cử|đơn vị|điểm|xã|phường|người|hộ|thôn|tổ|ấp|khu phố|lớp|"
    r"ứng cử viên|đại biểu|cuộc|buổi)(?!\w)",
    re.IGNORECASE,
)
_PER_TIME = re.compile(r"\s*(?:/|trên|mỗi|một)\s*(?:ngày|tuần|tháng|năm|quý)(?!\w)", re.IGNORECASE)
# Round 15: a unit's level (or "số") and numbers joined by commas or "và" before the number:
# the number is the last of a numbering ("tổ 1,2, 3", "khu phố 1, 2 và 3"). One number and
# a comma or "và" is no list ("khu phố 5, 30 hộ được hỗ trợ": a place, then a count; "đơn
# vị bầu cử số 1 và 7 ứng cử viên").
_NUMBERING_BEFORE = re.compile(
    r"(?<!\w)(?:tổ|khu phố|khu|ấp|thôn|xóm|bản|khóm|khối|đội|lô|phân khu)\s+\d+"
    r"(?:\s*,\s*\d+)+\s*(?:,|và)\s*$",
    re.IGNORECASE,
)


def read_counts(
    text: str, taken: Taken, *, tagger: Callable[[str, int], list[Token]] | None = None
) -> tuple[list[Count], list[Unplaced]]:
    """Numbers with the noun they count: ``03 phiên giải trình``, ``ba phiên giải trình``.

    Not counts: ordinals and numbers of a name (``thứ 6``, ``lần 7``, ``khóa XII``), years,
    durations (``25 năm``), measures (``8.338,4ha``), ranges (``50-60``), and numbers
    inside a date, rate or symbol already read. A number in digits before a noun the lexicon
    does not know is unplaced; a number in words is read only before a counted noun (see
    :func:`_counts_in_words`).

    Examples:
        >>> text = "thực hiện 14 nội dung giám sát, khảo sát; có hơn 1.472 kiến nghị"
        >>> counts, _ = read_counts(text, Taken())
        >>> [(c.qualifier, c.value, c.noun) for c in counts]
        [(None, 14, 'nội dung giám sát, khảo sát'), ('hơn', 1472, 'kiến nghị')]
        >>> [(c.value, c.noun) for c in read_counts("tổ chức ba phiên giải trình", Taken())[0]]
        [(3, 'phiên giải trình')]
    """
    found: list[Count] = []
    unplaced: list[Unplaced] = []
    numbers = sorted(
        [*_NUMBER.finditer(text), *_NUMBER_AFTER_SLASH.finditer(text)], key=lambda m: m.start()
    )
    for match in numbers:
        s, e = match.span(1)
        if taken.overlaps(s, e):
            continue
        before = text[max(0, s - 20) : s]
        if _ORDINAL_BEFORE.search(before) and not _LEVELS_LISTED.search(text[max(0, s - 40) : s]):
            continue
        if _in_a_name(text, s, match[1]):
            # "cử tri xã Bảo Lâm 3 kiến nghị": the number may end a place's name.
            unplaced.append(
                Unplaced(
                    Span.of(text, s, e), "a number after a place's name: of the name or a count"
                )
            )
            continue
        if _LIST_NUMBER.match(text, e) and not text[text.rfind("\n", 0, s) + 1 : s].strip():
            continue  # the number of a list's item ("1. Ban Pháp chế", "2) …")
        if len(match[1]) == 4 and match[1].isdigit() and 1900 <= int(match[1]) <= 2100:
            continue  # a year, read with its period
        value = int(parse_number(match[1]))
        if (
            _PER_CONSTITUENCY.search(text, max(0, s - 120), s)
            and _SEATS_AFTER.match(text, e)
            and value <= _MOST_SEATS
        ):
            # Round 28: the seats one constituency elects ("Đơn vị bầu cử số 2 được bầu 05 đại
            # biểu", "23 đơn vị bầu 3 đại biểu"): a figure for each, no count, as the set's
            # convention says (its about, since unseen_22)
            unplaced.append(Unplaced(Span.of(text, s, e), "a figure for each constituency"))
            continue
        if _PER_AMOUNT_BEFORE.search(text, max(0, s - 24), s):
            unplaced.append(Unplaced(Span.of(text, s, e), "an amount per unit, not a count"))
            continue
        if _NUMBERING_BEFORE.search(text, max(0, s - 40), s):
            # Round 15: "tổ 1,2, 3 ấp Trà Hiệp", "khu phố 1, 2 và 3": the last of a list of
            # numbers after a unit's level is a numbering, no count.
            unplaced.append(Unplaced(Span.of(text, s, e), "a numbering in a list, not a count"))
            continue
        if _BOUND_BEFORE.search(before) and _BOUND_AFTER.match(text, e):
            # "từ 4 người trở lên": a bound (at least four), no count.
            unplaced.append(Unplaced(Span.of(text, s, e), "a bound, not a count"))
            continue
        if (
            _RANGE_BEFORE.search(before)
            or _RANGE_AFTER.match(text, e)
            or _dash_range(text, s, e, value)
        ):
            # "từ 01 đến 02 mô hình": a range, no count (as "50-60").
            unplaced.append(Unplaced(Span.of(text, s, e), "a range, not a count"))
            continue
        count, seen = _count_at(text, s, e, value, taken, tagger=tagger)
        unplaced += seen
        if count is not None:
            found.append(count)
    for match in _THOUSANDS.finditer(text):
        # "hơn 3,8 nghìn việc", "5 nghìn người": a number of thousands (or millions) of a
        # counted noun; before a measure ("522 triệu đồng", "16,3 nghìn m2") it is no count.
        s, e = match.span()
        words = words_after(text, e, 1)
        if taken.overlaps(s, e) or not words:
            continue
        after = words_after(text, e, 2)
        money = words[0][2].lower() in MEASURE_WORDS
        if money and not (len(after) > 1 and after[1][2].lower() in _NOT_MONEY):
            continue
        # At most three decimals (the pattern's): a whole number of units.
        value = int(parse_number(match["n"]) * _MULTIPLIERS[match["m"].lower()])
        count, seen = _count_at(text, s, e, value, taken, tagger=tagger)
        unplaced += seen
        if count is not None:
            found.append(count)
    in_words, abstained = _counts_in_words(text, taken)
    found += in_words
    unplaced += abstained
    found.sort(key=lambda c: c.span.start)
    repeats = [c for k, c in enumerate(found) if _back_reference(text, c, found[:k])]
    unplaced += [
        Unplaced(c.span, "a figure repeated as a back-reference to the same persons")
        for c in repeats
    ]
    kept = [c for c in found if c not in repeats]
    above = [c for c in kept if _ABOVE_AFTER.match(text, c.span.end)]
    unplaced += [
        Unplaced(c.span, "a figure repeated as a back-reference to what is named above")
        for c in above
    ]
    kept = [c for c in kept if c not in above]
    restated = {id(c): first for k, c in enumerate(kept) if (first := _restates(text, c, kept[:k]))}
    unplaced += [
        Unplaced(c.span, f"repeats the figure at {first.span.start}: {first.span.text!r}")
        for c in kept
        if (first := restated.get(id(c))) is not None
    ]
    return [c for c in kept if id(c) not in restated], unplaced


def _restates(text: str, count: Count, earlier: list[Count]) -> Count | None:
    """The earlier count that ``count`` prints again under a shorter or a sibling noun, if any.

    Round 15: the set's convention is that a figure repeated in one page is written once. Of
    the 90 counts the rules proposed over every seen part at a value and qualifier an earlier
    count of the same article had under another noun, 85 were facts (two facts that happen to
    share a figure: ``2 đồng chí ứng cử đại biểu Quốc hội`` and ``2 đồng chí ứng cử đại biểu
    HĐND tỉnh``), so a repeat is told by its noun, never by its figure alone:

    - the later noun is the head of the earlier one (``29 hồ sơ ứng cử đại biểu Quốc hội
      khóa XVI`` … ``còn lại 29 hồ sơ``; ``21 người đủ tiêu chuẩn ứng cử …`` … ``có 21
      người``): it names no other thing, and every fact it could match the earlier count
      matches too;
    - both nouns name persons or their papers (:data:`RESTATED_HEADS`) by the same role after
      the head (``2 trường hợp tự ứng cử`` … ``2 người tự ứng cử``, roles of
      :data:`BACK_REFERENCE_ROLES`);
    - the later is a bare head of persons whose sentence names the earlier noun's persons as
      its subject just before ``là`` (``29 hồ sơ ứng cử đại biểu Quốc hội khóa XVI`` … ``danh
      sách những người ứng cử đại biểu Quốc hội khóa XVI là 29 người``).
    """
    noun = count.noun.lower()
    head, rest = _split_head(noun)
    for other in earlier:
        if other.value != count.value or other.qualifier != count.qualifier:
            continue
        first = other.noun.lower()
        if first == noun:
            continue
        if first.startswith(noun + " "):
            return other
        seat, first_seat = _seat_of(noun), _seat_of(first)
        if (
            "ứng cử" in noun
            and "ứng cử" in first
            and seat
            and first_seat
            and (seat.startswith(first_seat) or first_seat.startswith(seat))
        ):
            # Round 28: the same list for the same seat under another wording ("10 người ứng
            # cử đại biểu Quốc hội" above, "10 người tham gia ứng cử đại biểu Quốc hội khóa
            # XV" below): one figure, as the writers write it
            return other
        if noun.startswith("ứng cử viên") and "ứng cử" in first.replace("ứng cử viên", ""):
            # Round 28: the candidates printed again as "ứng cử viên" after "67 người ứng cử
            # đại biểu …" ("142 ứng cử viên chính thức" after "142 người ứng cử …"): one list
            return other
        other_head, other_rest = _split_head(first)
        if not head or not other_head:
            continue
        if rest and rest == other_rest and any(role in rest for role in BACK_REFERENCE_ROLES):
            return other
        if not rest and head in PERSON_NOUNS and other_rest:
            subject = text[max(0, count.span.start - len(other_rest) - 12) : count.span.start]
            if re.search(re.escape(other_rest) + r"\s+là\s+$", subject, re.IGNORECASE):
                return other
    return None


def _seat_of(noun: str) -> str:
    """The seat a noun of candidates names, from ``đại biểu`` on ("" when none)."""
    k = noun.find("đại biểu")
    return noun[k:] if k >= 0 else ""


def _split_head(noun: str) -> tuple[str, str]:
    """A noun's head of :data:`RESTATED_HEADS` and the rest after it, or ``("", noun)``."""
    for head in RESTATED_HEADS:
        if noun == head or noun.startswith(head + " "):
            return head, noun[len(head) :].strip()
    return "", noun


# Round 15: "đối với 2 tờ trình dự thảo đã nêu ở trên", "05 tờ trình nói trên": the count
# names again what an earlier sentence counted (aforementioned), no new count.
_ABOVE_AFTER = re.compile(
    r"\s*(?:đã\s+)?(?:nêu\s+(?:ở\s+)?trên|nói\s+(?:ở\s+)?trên|kể\s+trên|vừa\s+nêu|trên\s+đây)(?!\w)",
    re.IGNORECASE,
)


# Round 14: "Trong số 25 ứng cử viên" after "25 người ứng cử …": among (trong số, trong tổng
# số, trên tổng số) the persons a figure already counted.
# Round 15: "Trong danh sách 21 người đủ tiêu chuẩn …" (in the list of) as well.
_AMONG_BEFORE = re.compile(
    r"(?<!\w)(?:(?:trong|trên)\s+(?:tổng\s+)?số|trong(?:\s+danh\s+sách)?)\s+$", re.IGNORECASE
)


def _back_reference(text: str, count: Count, earlier: list[Count]) -> bool:
    """Whether ``count`` repeats an earlier count of the same persons after ``trong số``.

    After ``trong số``, ``trong tổng số``, ``trên tổng số``, ``trong`` (among) or ``trong danh
    sách`` (in the list of; round 15), the same
    value and qualifier printed earlier under another noun, both nouns naming their persons
    by one role of :data:`BACK_REFERENCE_ROLES` (``ứng cử``: ``25 người ứng cử …`` then
    ``Trong số 25 ứng cử viên``), or the earlier noun going on from this one (``6 đại biểu
    Quốc hội khóa XV`` then ``trong 6 đại biểu Quốc hội trúng cử``). A total printed only
    after ``trong số`` stays a count (round 9), and so does one whose nouns name other
    persons or none by a role
    (``64 người`` then ``Trong số 64 đại biểu HĐND tỉnh``, ``20 chức vụ`` then ``Trong tổng
    số 20 đồng chí``), as the set's facts write them.
    """
    start = count.span.start
    noun = count.noun.lower()
    same = [o for o in earlier if o.value == count.value and o.qualifier == count.qualifier]
    if "trúng cử" in noun and any("trúng cử" in o.noun.lower() for o in same):
        # Round 23: the persons elected, printed again under another wording ("85 đại biểu
        # trúng cử HĐND tỉnh khóa XI" then "danh sách 85 người trúng cử đại biểu HĐND tỉnh
        # khóa XI"): one figure, as the set's writers write it.
        return True
    if not _AMONG_BEFORE.search(text, max(0, start - 24), start):
        return False
    # (round 23: the seat read after "trúng cử" is no new noun: "trong 6 đại biểu Quốc hội
    # trúng cử" after "6 đại biểu Quốc hội khóa XV")
    seatless = noun.split(" trúng cử")[0]
    return any(
        other.noun.lower() != noun
        and (
            any(role in noun and role in other.noun.lower() for role in BACK_REFERENCE_ROLES)
            or other.noun.lower().startswith(noun + " ")
            or other.noun.lower().startswith(seatless + " ")
        )
        for other in same
    )
