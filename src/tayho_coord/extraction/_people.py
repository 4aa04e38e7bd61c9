"""People named with their posts, as printed on the day the text is about (issue 16).

The forms read, each a rule of its own (tests/extract/test_extract_people.py):

- name then posts: ``Phạm Xuân Phương – Bí thư Huyện ủy, Chủ tịch HĐND huyện``; posts are
  separated by commas and dashes, and by ``;`` when the next one starts with a capital (``Ủy
  viên Bộ Chính trị; Giám đốc Học viện …``), or follow each other after a unit's name (``Phó
  Chủ tịch HĐND phường Tổ trưởng Tổ đại biểu số 2``);
- posts then name: ``Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh Bùi Minh Châu`` (a name of three
  syllables or more, or announced by ``đồng chí``, ``ông``, ``bà``), the post reaching the
  name (``… và các đại biểu Nguyễn Thị Quỳnh Như``: ``đại biểu``), also across ``là``
  (``Tổ trưởng là bà Lê Thị Kim Hồng``);
- two people announced and joined by ``và`` before the posts they share (``ông Ung Chiêu Thành
  và ông Lê Đình Trung, đại biểu HĐND huyện``);
- a list under a post as its heading (``đại biểu HĐND Thành phố: bà …, ông … và ông …``):
  each name announced in it holds the heading's post.

A post ends at the next separator, at the verb after it (``chủ trì``, ``cho biết``…), at
``là``, at ``và`` before small letters, and at the first word in small letters after its
unit's level and name (``Chủ tịch HĐND tỉnh đánh giá …``: the post is ``Chủ tịch HĐND
tỉnh``); a post naming many (``các``, ``những``) is no one's. A capitalized run that another
person's post names as a unit (``Phó Chủ tịch HĐND phường Lê Hồng Phong``) is a place, not
a person. A page whose lines are hard-wrapped is read with its soft line breaks as spaces
(:func:`soft_breaks`), the spans still those of the text.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from tayho_coord.extraction._draft import PersonPost, Span, Unplaced
from tayho_coord.extraction._lexicon import (
    COMMA_BODY_NAMES,
    FAMILY_NAMES,
    GENDER_PREFIXES,
    GLUED_BODY_PARTS,
    GLUED_TITLE_PARTS,
    HIGHLAND_FAMILY_NAMES,
    HONORIFICS,
    PLACE_ABBREVIATIONS,
    PLACE_NAMES,
    POST_BODY_HEADS,
    POST_STARTS,
    POST_STOPS,
    POST_WORDS,
    PROVINCES,
)
from tayho_coord.extraction._rules import Taken, sentence_at
from tayho_coord.vi import normalize

if TYPE_CHECKING:
    import datetime as dt

__all__ = ["read_people", "soft_breaks"]

_SYLLABLE = re.compile(r"[^\W\d_]+")


# --- soft line breaks -----------------------------------------------------------------------

_LIST_MARK = re.compile(r"[-+•*–]|\d+[.)]\s")


def soft_breaks(text: str) -> str:
    r"""The text with its soft line breaks as spaces (same length, so spans do not move).

    A line break is soft when it is single (no blank line), the line before does not end a
    sentence or a heading (``.``, ``!``, ``?``, ``:``, ``;``, ``…``) and the next line starts
    with a small letter: a sentence does not start so. A page whose lines are wrapped at a
    width (three soft breaks or more, and at least a quarter of its single breaks) has every
    single break between words soft, unless the next line starts a list (``-``, ``+``, ``1.``).

    Examples:
        >>> soft_breaks("Chủ tịch UBND\nphường. Hội nghị\nKết thúc")
        'Chủ tịch UBND phường. Hội nghị\nKết thúc'
    """
    breaks = []
    for match in re.finditer(r"(?<![\n])\n(?![\n])", text):
        before = text[: match.start()].rstrip(" \t")
        after = text[match.end() :].lstrip(" \t")
        if not before or not after or before[-1] in ".!?:;…" or before.endswith("\n"):
            continue
        breaks.append((match.start(), after[0].islower(), bool(_LIST_MARK.match(after))))
    singles = len(re.findall(r"(?<![\n])\n(?![\n])", text))
    soft = sum(small for _, small, _ in breaks)
    wrapped = soft >= 3 and 4 * soft >= singles
    chars = list(text)
    for at, small, listed in breaks:
        if small or (wrapped and not listed):
            chars[at] = " "
    return "".join(chars)


# --- names ----------------------------------------------------------------------------------


_STARTS_BY_LETTER: dict[str, list[str]] = {}
for _start in sorted(POST_STARTS, key=len, reverse=True):
    _STARTS_BY_LETTER.setdefault(_start[0], []).append(_start)


_GLUED_POST = re.compile(
    # The title and its body glued, or apart by a dot ("CTUBND", "CT.HĐND", "PCT.UBND").
    "(?:{})\\.?(?:{})+(?!\\w)".format(
        "|".join(map(re.escape, sorted(GLUED_TITLE_PARTS, key=len, reverse=True))),
        "|".join(map(re.escape, GLUED_BODY_PARTS)),
    )
)


def _post_start(text: str, pos: int) -> int:
    """The length of the longest post start at ``pos`` (0 if none).

    The first letter is compared as listed (``Chủ tịch``, ``đại biểu``), the rest in any case
    (``Trưởng Phòng``, ``Phó bí thư``); the start ends a word. An abbreviated post glued to
    its body (``PBTĐU``, ``CTUBND``) starts a post when the word splits whole into a title's
    and bodies' abbreviations (:data:`GLUED_TITLE_PARTS`, :data:`GLUED_BODY_PARTS`).
    """
    if (pos == 0 or not text[pos - 1].isalnum()) and (glued := _GLUED_POST.match(text, pos)):
        return glued.end() - pos
    for start in _STARTS_BY_LETTER.get(text[pos : pos + 1], ()):
        end = pos + len(start)
        if text[pos + 1 : end].casefold() == start[1:].casefold() and not (
            end < len(text) and (text[end].isalnum() or text[end] == "_")
        ):
            return len(start)
    return 0


_NAME_GAP = re.compile(r" {1,3}")


def _name_at(text: str, pos: int) -> tuple[int, int] | None:
    """A person's name starting at ``pos``, or ``None``.

    A family name (:data:`tayho_coord.vi.FAMILY_NAMES`) and one to three syllables, each
    written with a capital first (Nghị định 30, Phụ lục II); a syllable where a post starts
    (``Thành ủy viên``) ends it, a place's or a province's name is none.
    """
    first = _SYLLABLE.match(text, pos)
    if first is None:
        return None
    if first.group(0) in GENDER_PREFIXES:
        return _highland_name_at(text, pos, first.end())
    if first.group(0) not in FAMILY_NAMES:
        return None
    end = first.end()
    count = 0
    while count < 3:
        # Syllables are apart by spaces, a run of them where a page printed two ("Nguyễn  Văn").
        gap = _NAME_GAP.match(text, end)
        if gap is None:
            break
        syl = _SYLLABLE.match(text, gap.end())
        if syl is None or not _capitalized(syl.group(0)):
            break
        if count >= 1 and _post_start(text, gap.end()):
            break
        if syl.group(0) in GENDER_PREFIXES:
            # A J'rai's gender letter inside the name ("Nay Y Phú"): a given name follows.
            after = _NAME_GAP.match(text, syl.end())
            given = None if after is None else _SYLLABLE.match(text, after.end())
            if count >= 2 or given is None or not _capitalized(given.group(0)):
                break
        end = syl.end()
        count += 1
    name = " ".join(text[pos:end].split())
    first_two = " ".join(name.split()[:2])
    if (
        count == 0
        or any(syl in BODY_SYLLABLES for syl in name.split()[1:])
        or name in PLACE_NAMES
        or name.split(" ", 1)[1] in PROVINCES
        or first_two in PLACE_NAMES
        or first_two in PROVINCES  # "tỉnh Yên Bái Đỗ Đức Duy": a province, then a name
    ):
        return None
    return pos, end


def _capitalized(syllable: str) -> bool:
    """Whether a syllable is written as a name's: a capital, then small letters (``Phú``, ``Y``)."""
    return syllable[0].isupper() and (syllable[1:].islower() or len(syllable) == 1)


_APOSTROPHE = re.compile(r"['’]\s?|\s{1,3}")


def _highland_name_at(text: str, pos: int, prefix_end: int) -> tuple[int, int] | None:
    """A name opened by a man's ``Y`` or a woman's ``H`` (``H'``) at ``pos``, or ``None``.

    The Ê Đê and M'nông print the gender's letter, the given name and the family name last
    (``Y Biêr Niê``, ``H'Hen Niê``, ``H Kim Hoa Byă``): two to five syllables with a capital
    after the letter, one of them a family name of :data:`HIGHLAND_FAMILY_NAMES`; without one
    the capitals may be anything (``Y Tế``, an abbreviation's letter) and no name is read.
    """
    end = prefix_end
    syllables: list[str] = []
    while len(syllables) < 5:
        gap = _APOSTROPHE.match(text, end)
        if gap is None:
            break
        if syllables and text[end] in "'’":
            break  # an apostrophe only right after the letter ("H'Hen")
        syl = _SYLLABLE.match(text, gap.end())
        if syl is None or not syl.group(0)[0].isupper() or _post_start(text, gap.end()):
            break
        syllables.append(syl.group(0))
        end = syl.end()
    if len(syllables) < 2 or not HIGHLAND_FAMILY_NAMES & set(syllables[1:]):
        return None
    return pos, end


# --- posts ----------------------------------------------------------------------------------

# A dot between capitals is an abbreviation's ("UB.MTTQVN", "UVT.Ư"), no sentence's end.
_POST_END = re.compile(
    r"[;:!?\n()]|\.(?!(?<=[A-ZĐ]\.)[A-ZĐƯ])|\s[-–]\s|\s[-–](?=\S)|(?<=\S)[-–]\s|,"
)
# The levels of a unit, after which a post names the unit and ends ("Chủ tịch HĐND tỉnh
# đánh giá …"); "xã hội" (society) is no level.
_LEVEL = re.compile(
    r"(?<!\w)(?:tỉnh|huyện|quận|phường|thị xã|thị trấn|thành phố|TP|xã(?!\s+hội)|thôn|ấp)(?!\w)"
    # "huyện ủy", "tỉnh ủy" in small letters are the Party's committees, no unit's level.
    r"(?!\s+(?:ủy|uỷ)(?!\w))"
)
# A body ending in "ủy" (Đảng ủy, Huyện ủy, Tỉnh ủy), then a post's start in either case:
# the next post begins there ("Bí thư Đảng ủy chủ tịch HĐND xã").
_COMMITTEE_END = re.compile(r"(?<=\s)(?:ủy|uỷ|Ủy|Uỷ)(?= +\S)")
# A unit's level abbreviated with a dot, right before the dot ("TP.", "Tp.", "TX.", "Q.").
_ABBREVIATED_LEVEL = re.compile(
    r"(?<![\w.])(?:{})$".format(
        "|".join(
            re.escape(short) + "|" + re.escape(short[0] + short[1:].lower())
            for short in PLACE_ABBREVIATIONS
        )
    )
)


def _sentence_opens(text: str, word: re.Match[str]) -> bool:
    """Whether the capitalized word after a level's dot may start a sentence instead.

    It may where it starts a post or a person's name, is an honorific, or is followed by a
    word in small letters that is no post's end (``TP. Tại hội nghị …``); a unit's name runs
    in capitals to the clause's end or a verb (``TP. Huế;``, ``TP. Huế phát biểu``).
    """
    if (
        _post_start(text, word.start())
        or _name_at(text, word.start()) is not None
        or word.group(0).casefold() in HONORIFICS
    ):
        return True
    end = word.end()
    while (nxt := _WORD_AFTER.match(text, end)) is not None and nxt.group(1)[0].isupper():
        end = nxt.end()
    nxt = _WORD_AFTER.match(text, end)
    return nxt is not None and not any(
        text.startswith(stop, nxt.start(1)) for stop in (*POST_STOPS, "và")
    )


# A unit in brackets after a body's name, where the body is ("Trường THPT Trần Hưng Đạo
# (thành phố Nam Định)"): the post's.
_UNIT_IN_BRACKETS = re.compile(
    r"\((?:tỉnh|huyện|quận|thành phố|thị xã|thị trấn|xã|phường)\s+[A-ZĐ][^\W\d_]*"
    r"(?:\s+[A-ZĐ\d][^\W_]*)*\)"
)
_UNIT_ABOVE = re.compile(
    r",\s+(xã|phường|thị trấn|huyện|quận|thị xã|thành phố|tỉnh)\s+[A-ZĐ][^\W\d_]*"
    r"(?:\s+[A-ZĐ][^\W\d_]*)*(?=\s*(?:[,;.\n]|$))"
)
_SEAT = re.compile(
    r"\s+(?:đơn vị(?:\s+bầu cử)?(?:\s+số\s+\d{1,2})?|tại)\s+"
    r"(?:xã|phường|thị trấn|huyện|quận|thị xã|thành phố)\s+[A-ZĐ][^\W\d_]*"
    r"(?:\s+[A-ZĐ][^\W\d_]*)*(?=\s*(?:[,;.\n]|$))"
)
_LEVEL_RANK = {
    "thôn": 1, "ấp": 1, "xã": 2, "phường": 2, "thị trấn": 2,
    "huyện": 3, "quận": 3, "thị xã": 3, "thành phố": 3, "tỉnh": 4,
}  # fmt: skip
_NUMBERED_LEVEL = re.compile(r"phường|quận|thôn|ấp", re.IGNORECASE)
_TERM = re.compile(r"\s+(?:khóa|khoá)\s+[IVXLCDM\d]+(?!\w)")
_PLURAL = re.compile(r"(?<!\w)(?:các|những)(?!\w)")


def _post_at(text: str, pos: int) -> tuple[int, int, bool] | None:
    """A post starting at ``pos``: its range, and whether another post starts right after.

    The post runs to the next separator, the verb that ends it, ``là``, ``và`` before small
    letters, or the first word in small letters after its unit's level; a post start after
    the unit's level begins the next post.
    """
    if not _post_start(text, pos):
        return None
    end = pos
    i = pos
    while i < len(text):
        sep = _POST_END.search(text, i)
        stop = len(text) if sep is None else sep.start()
        # An abbreviation in brackets after a body's name belongs to the post: "(HĐND)".
        if sep is not None and sep.group(0) == "(":
            close = re.match(r"\([A-ZĐ&]{2,}\)", text[sep.start() :]) or _UNIT_IN_BRACKETS.match(
                text[sep.start() :]
            )
            if close is not None:
                i = sep.start() + close.end()
                continue
        # The dot of a unit's level abbreviated before its name ("TP. Huế", "Tp.HCM", "TX.
        # Hương Trà": tayho_coord.vi.PLACE_ABBREVIATIONS): the name belongs to the post.
        if (
            sep is not None
            and sep.group(0) == "."
            and _ABBREVIATED_LEVEL.search(text, 0, sep.start())
        ):
            after = _SYLLABLE.match(text, sep.end() + (text[sep.end() : sep.end() + 1] == " "))
            if (
                after is not None
                and after.group(0)[0].isupper()
                and not _sentence_opens(text, after)
            ):
                i = sep.end()
                continue
        # A dash inside a body's name ("Phòng Tài chính - Kế hoạch", "Ban Kinh tế - Xã hội"):
        # a capitalized word after it that starts no post and no name.
        if sep is not None and sep.group(0).strip() in {"-", "–"}:
            after = _SYLLABLE.match(text, sep.end())
            if (
                after is not None
                and after.start() == sep.end()
                and after.group(0)[0].isupper()
                and not _post_start(text, after.start())
                and _name_at(text, after.start()) is None
            ):
                i = sep.end()
                continue
        end = stop
        break
    segment = text[pos:end]
    cut = len(segment)
    for word in (*POST_STOPS, "là"):
        m = re.search(r"\s" + re.escape(word) + r"(?!\w)", segment)
        if m is not None and 0 < m.start() < cut:
            cut = m.start()
    # "dự" (attends) ends a post, but not "dự khuyết" (an alternate member), "dự án" (a
    # project), "dự toán", "dự thảo", "dự bị" of a body's name.
    attends = re.search(r"\sdự(?!\w)(?!\s+(?:khuyết|án|toán|thảo|bị|báo|trữ)(?!\w))", segment)
    if attends is not None and 0 < attends.start() < cut:
        cut = attends.start()
    # A term's numeral glued to the next word by a typo ("khóa XIVcùng"): the post ends there.
    glued = re.search(r"(?<!\w)(?:khóa|khoá)\s+[IVXLCDM]+(?=[a-zđà-ỹ])", segment)
    if glued is not None and glued.end() < cut:
        cut = glued.end()
    # "và" joins the words of a body's name ("Sở Tài nguyên và Môi trường") but ends the
    # post before a word in small letters ("… quận và các đồng chí …").
    for m in re.finditer(r"\svà\s+(\S)", segment):
        if m.group(1).islower() and m.start() < cut:
            cut = m.start()
            break
    # "và" before a body's first word joins two bodies, not the words of one's name: the
    # post ends there ("Phó Chủ tịch Ủy ban Trung ương MTTQ Việt Nam và Đoàn ĐBQH tỉnh …").
    # Two abbreviated bodies joined make one ("Văn phòng HĐND và UBND huyện"), and an office
    # serves the elected bodies it names ("Văn phòng Đoàn ĐBQH và HĐND tỉnh", one office of
    # a province for both): after "Văn phòng", "và" before an elected body
    # (HĐND, UBND, a Đoàn) stays inside the post, unless a unit has ended the office's name.
    for heads in _BODY_HEAD_AFTER_AND.finditer(segment, 0, cut):
        before = segment[: heads.start()].split()
        if before and before[-1].isupper() and len(before[-1]) >= 2:
            continue
        office = _OFFICE.search(segment, 0, heads.start())
        if (
            office is not None
            and _ELECTED_BODY_AFTER_AND.match(segment, heads.start())
            and not _LEVEL.search(segment, office.end(), heads.start())
        ):
            continue  # no unit named yet: the office's bodies go on after "và"
        cut = heads.start()
        break
    known = _known_words_end(segment, cut, at_text_end=not text[pos + cut :].strip())
    if known < 0:
        return None
    cut = min(cut, known)
    more = False
    for committee in _COMMITTEE_END.finditer(segment, 0, cut):
        at = segment.index(" ", committee.end()) + 1
        while segment[at : at + 1] == " ":
            at += 1
        probe = segment[:at] + segment[at : at + 1].upper() + segment[at + 1 :]
        if at < cut and _post_start(probe, at):
            cut, more = at, segment[at - 2] != " "
            break
    level = _LEVEL.search(segment, 0, cut)
    if level is not None:
        i = level.end()
        while i < cut:
            term = _TERM.match(segment, i)
            if term is not None:
                i = term.end()
                continue
            following = re.match(r"\s+(\S+)", segment[:cut][i:])
            if following is None:
                break
            at = i + following.start(1)
            # The number of a ward or a district named by it: "UBND phường 13", "Quận 5".
            if i == level.end() and _NUMBERED_LEVEL.fullmatch(level.group(0)):
                number = re.match(r"\d{1,2}(?!\d)(?![\w/.,]\d)", segment[at:cut])
                if number is not None and not segment[at + number.end() :].startswith("/"):
                    i = at + number.end()
                    continue
            if _post_start(segment, at):
                cut, more = at, True
                break
            if not following.group(1)[0].isupper():
                cut = at
                break
            i += following.end()
    # A sentence run on without its stop ("… Hà Tĩnh Các ứng cử viên …"): "Các", "Những"
    # start the next sentence, never a body's name.
    run_on = re.search(r"\s(?:Các|Những)(?!\w)", segment[:cut])
    if run_on is not None:
        cut = run_on.start()
    segment = segment[:cut].rstrip(" ,")
    # The next item's number of a numbered roster ("… Sở KH&CN Hà Tĩnh 4. Bà Lê Thanh
    # Huyền"): a number after a name's word, then a dot and the next person, is no post's.
    item = _ITEM_NUMBER.search(segment)
    if (
        item is not None
        and _NEXT_ITEM.match(text, pos + len(segment))
        and not _NUMBERED_BEFORE.search(segment, 0, item.start())
    ):
        segment = segment[: item.start()].rstrip(" ,")
    if not segment or _PLURAL.search(segment):
        return None
    return pos, pos + len(segment), more


# A roster's item number glued to the end of the item before ("Việt Nam 3. Ông …"): a
# number after a capitalized word that is no numbered unit's level ("phường 13", "Quận 5").
_ITEM_NUMBER = re.compile(r"(?<=[^\W\d_])\s+\d{1,2}$")
_NUMBERED_BEFORE = re.compile(
    r"(?<!\w)(?:phường|quận|khu vực|khu phố|tổ|ấp|thôn|xóm|bản|số|khóa|khoá|kỳ|đơn vị)$",
    re.IGNORECASE,
)
_NEXT_ITEM = re.compile(r"\.\s+(?:Ông|Bà|Đồng chí|đồng chí|ông|bà)\s")


_OFFICE = re.compile(r"(?<!\w)Văn phòng(?!\w)", re.IGNORECASE)
_ELECTED_BODY_AFTER_AND = re.compile(
    r"\svà\s+(?:HĐND|UBND|Hội đồng nhân dân|Ủy ban nhân dân|Uỷ ban nhân dân|Đoàn)(?!\w)",
    re.IGNORECASE,
)
_BODY_HEAD_AFTER_AND = re.compile(
    r"\svà\s+(?:{})(?!\w)".format("|".join(map(re.escape, POST_BODY_HEADS)))
)
_POST_PHRASES = sorted((tuple(w.split()) for w in POST_WORDS), key=len, reverse=True)
_WORD = re.compile(r"\S+")
_COUNCIL_HEADS = frozenset({("ủy", "ban"), ("uỷ", "ban"), ("hội", "đồng")})


def _known_words_end(segment: str, end: int, *, at_text_end: bool = False) -> int:
    """Where the words of a post end (-1 where that end is not certain).

    The post ends before the first small word no phrase of the post's vocabulary covers
    (:data:`POST_WORDS`), or at ``end``; the end is not certain where the small word follows
    a name's capitalized word or the title alone, is ``các`` or ``những``, or is the text's
    last (a page cut short).

    Capitalized words (a body's or a unit's name), abbreviations, numbers and marks are a
    post's; a word in small letters is one only inside a phrase of the vocabulary, matched
    in any case ("Hội đồng nhân dân", "bầu cử"). The title the post starts with is kept.

    Examples:
        >>> _known_words_end("Trưởng ban Pháp chế làm trưởng đoàn", 35)
        20
    """
    words = list(_WORD.finditer(segment, 0, end))
    folded = [w.group(0).strip("(),-–").casefold() for w in words]
    title_end = _post_start(segment, 0)
    covered = [w.end() <= title_end for w in words]  # the title's own words ("Viên chức")
    for i in range(len(words)):
        for phrase in _POST_PHRASES:
            if tuple(folded[i : i + len(phrase)]) == phrase:
                covered[i : i + len(phrase)] = [True] * len(phrase)
                break
    for i, word in enumerate(words):
        text = word.group(0).strip("(),-–")
        if i == 0 or not text or not text[0].islower() or covered[i]:
            continue
        # Right after a capitalized word of a name ("Ban Hành giáo"), a small word may be the
        # name's own: where the post ends is not certain, unless a unit's level precedes the
        # name ("xã Ninh Sở trả lời": the unit's name ends there).
        run = i
        while run > 0 and words[run - 1].group(0)[:1].isupper():
            run -= 1
        prior = " ".join(w.group(0) for w in words[max(0, run - 2) : run])
        if (
            run < i
            and not words[i - 1].group(0).isupper()
            and not _LEVEL_BEFORE.search(prior + " ")
        ):
            return -1
        if at_text_end and i == len(words) - 1:
            return -1  # the page is cut short inside the post ("Phó Chủ tịch UBND p")
        if i >= 2 and (folded[i - 2], folded[i - 1]) in _COUNCIL_HEADS:
            # "Ủy ban", "Hội đồng" then a small word outside the vocabulary: their name
            # misprinted or cut ("Uỷ ban nhân xã"), not the sentence going on.
            return -1
        if text in {"các", "những"} or not segment[_post_start(segment, 0) : word.start()].strip():
            # A post naming many ("Bí thư Đảng ủy khối các Cơ quan …"), or a title whose
            # body goes on in small words ("Chủ tịch nước …"): no post is read.
            return -1
        return word.start()
    return end


# A school's kind, after which a capitalized name is the school's, given after a person
# ("Trường Trung học phổ thông Trần Cao Vân", "Trường THCS Nguyễn Huệ", "Trường Tiểu học Kim
# Đồng").
_SCHOOL_BEFORE = re.compile(
    r"(?<!\w)(?:Trường|[Tt]iểu học|THCS|THPT|PTDTBT|PTDTNT|[Tt]rung học(?: cơ sở| phổ thông)?"
    r"|[Mm]ầm non|[Đđ]ại học|[Cc]ao đẳng)\s+$"
)


def _post_ends_in_name(text: str, start: int, end: int, *, person_only: bool = False) -> bool:
    """Whether the post ends with a person's name after its unit (``… xã Nguyễn Văn B``).

    With ``person_only``, a name right after an open-ended level (``HĐND phường Lê Hồng
    Phong``) is the unit's, not a person's; after ``tỉnh`` (a closed list) it is a person's.
    """
    for match in _SYLLABLE.finditer(text, start, end):
        name = _name_at(text, match.start())
        if name is not None and _SCHOOL_BEFORE.search(text, max(start, name[0] - 30), name[0]):
            return False  # a school named after a person ("Trường THPT Trần Cao Vân")
        if name is not None and name[1] == end and len(text[name[0] : name[1]].split()) >= 3:
            level = _LEVEL_BEFORE.search(text, max(start, name[0] - 20), name[0])
            return not (person_only and level is not None and level.group(0).strip() != "tỉnh")
    return False


_ABBREVIATED_POST = re.compile(
    " (?=(?:{})(?!\\w)|{})".format(
        "|".join(
            re.escape(start)
            for start in sorted(POST_STARTS, key=len, reverse=True)
            if start.split()[0].isupper() and len(start.split()[0]) >= 2
        ),
        _GLUED_POST.pattern,
    )
)
_SEPARATOR = re.compile(r"\s*[-–,]\s*|\s+[-–]\s*")
_SEMICOLON = re.compile(r"\s*;\s*(?=[^\W\d_])")


_BRACKET_OPEN = re.compile(r" ?\(\s*")
_COMMA_BODY = re.compile(
    r",\s+(?:{})(?!\w)".format("|".join(re.escape(n.split(", ", 1)[1]) for n in COMMA_BODY_NAMES))
)
# After a post and a comma, the rest of a field's name ("…, Thể thao và Du lịch"): a
# capitalized word, then "và" and a capital before the clause ends, and no post in it.
_FIELD_AFTER_COMMA = re.compile(r",\s+(\w)[^,;.:()\n]*?\svà\s+(\w)")


def _field_after_comma(text: str, end: int) -> bool:
    """Whether a comma at ``end`` is followed by the rest of a field's name.

    ``, Thể thao và Du lịch``: capitals on both sides of ``và``, no post after the comma.
    """
    field = _FIELD_AFTER_COMMA.match(text, end)
    return (
        field is not None
        and field.group(1).isupper()
        and field.group(2).isupper()
        and not _post_start(text, field.start(1))
    )


def _capital_at(text: str, pos: int) -> str:
    """``text`` with its letter at ``pos`` a capital (the same length)."""
    capital = text[pos].upper()
    return text[:pos] + (capital if len(capital) == 1 else text[pos]) + text[pos + 1 :]


def _posts_in_brackets(text: str, name_end: int) -> list[tuple[int, int]]:
    """Posts in brackets right after a name, each piece a whole post, or none.

    ``Trương Cảnh Tuyên (Phó Bí thư Thành ủy, Chủ tịch UBND TP Cần Thơ)``.
    """
    opened = _BRACKET_OPEN.match(text, name_end)
    close = -1 if opened is None else text.find(")", opened.end())
    if opened is None or close < 0 or "\n" in text[opened.end() : close]:
        return []
    posts = []
    start = opened.end()
    for piece in text[opened.end() : close].split(","):
        at = start + len(piece) - len(piece.lstrip())
        end = start + len(piece.rstrip())
        if not _whole_post_at(text, at, end):
            return []
        posts.append((at, end))
        start += len(piece) + 1
    return posts


def _posts_after(
    text: str, name_end: int, notes: list[tuple[int, int, str]] | None = None
) -> list[tuple[int, int]]:
    """The posts printed after a name, separated by dashes, commas, or ``;`` and a capital.

    A post is not read, and the reading stops, where its end is not certain: where it runs
    into another person's name (``…, Phó chủ tịch UBND tỉnh Nguyễn Hữu Phước``: that
    person's post), or where a comma is followed by the rest of a field's name (``Sở Văn
    hóa, Thể thao và Du lịch`` is read whole, an unknown one is not read); ``notes`` gets
    each with its reason.
    """
    bracketed = _posts_in_brackets(text, name_end)
    if bracketed:
        return bracketed
    posts: list[tuple[int, int]] = []
    cursor = name_end
    more = False
    while True:
        semicolon = False
        if more:
            sep_end: int | None = cursor + 1
        else:
            sep = _SEPARATOR.match(text, cursor)
            if (sep is None or sep.end() == cursor) and not posts:
                # Right after the name, a space alone before an abbreviated post in capitals
                # ("Trần Văn A TUV - Bí thư Huyện ủy", "Lê Văn B PBT Huyện ủy").
                sep = _ABBREVIATED_POST.match(text, cursor)
            if (sep is None or sep.end() == cursor) and posts:
                sep = _SEMICOLON.match(text, cursor)
                if sep is not None and not text[sep.end()].isupper():
                    sep = None  # after ";", a post of the same person starts with a capital
                semicolon = sep is not None
            sep_end = None if sep is None or sep.end() == cursor else sep.end()
        if sep_end is None:
            break
        former = _FORMER_AT.match(text, sep_end)
        if former is not None and (held := _post_at(text, former.end())) is not None:
            # A former post ("- Nguyên Phó Bí thư Tỉnh ủy -"), no post of the day: noted, and
            # the posts after it read on.
            if notes is not None:
                notes.append((held[0], held[1], "a former post ('nguyên')"))
            cursor, more = held[1], held[2]
            if not more and text[cursor : cursor + 1] not in {",", "-", "–", " ", ";"}:
                break
            continue
        post = _post_at(text, sep_end)
        if post is None and text[sep_end : sep_end + 1].islower():
            # A post printed in small letters after a name or a post ("Mã Văn A, phó Bí thư
            # Đảng ủy", "Bí thư Đảng ủy chủ tịch HĐND xã"): read as if capitalized.
            post = _post_at(_capital_at(text, sep_end), sep_end)
        if post is None:
            break
        start, end, more = post
        if semicolon and (
            _post_ends_in_name(text, start, end) or text[end : end + 1] not in {";", ",", "."}
        ):
            break
        if _post_ends_in_name(text, start, end, person_only=True):
            break  # the next person's post, printed before their name
        comma_body = _COMMA_BODY.match(text, end)
        # The units above the post's unit, after commas ("Bí thư Đoàn thanh niên xã Kỳ Phú,
        # huyện Nho Quan"): the post's, where its own unit is named by its level.
        while (
            (above := _UNIT_ABOVE.match(text, end)) is not None
            and _LEVEL.search(text, start, end)
            and _LEVEL_RANK.get(above.group(1).casefold(), 0)
            > max(
                _LEVEL_RANK.get(m.group(0).casefold(), 0) for m in _LEVEL.finditer(text, start, end)
            )
            >= _LEVEL_RANK["xã"]  # not a village's head ("Trưởng ấp 3, xã Tân Phú")
        ):
            end = above.end()
        # A deputy's constituency after the council ("đại biểu HĐND tỉnh đơn vị huyện Cầu
        # Ngang", "Tổ trưởng Tổ đại biểu HĐND thành phố tại quận Dương Kinh"): the post's.
        seat = _SEAT.match(text, end)
        if seat is not None and re.search(r"(?i)đại biểu", text[start:end]):
            end = seat.end()
        if comma_body is not None:
            end = comma_body.end()
        elif _field_after_comma(text, end):
            if notes is not None:
                notes.append((start, end, "a comma inside a body's name: where the post ends"))
            break
        elif (reason := _open_end(text, start, end)) is not None:
            if notes is not None:
                notes.append((start, end, reason))
            break
        posts.append((start, end))
        cursor = end
        if not more and text[cursor : cursor + 1] not in {",", "-", "–", " ", ";"}:
            break
    return posts


# A division's post, then a comma and the office it is of, printed without a title
# ("Chuyên viên Phòng Nông nghiệp - Xây dựng, Văn phòng UBND tỉnh"): one post.
_DIVISION = re.compile(r"(?<!\w)[Pp]hòng\s+[^\W\d_]")
_OFFICE_AFTER_COMMA = re.compile(r",\s+Văn phòng\s")
# After a capitalized word, a dash and a small word: a field's name going on in small
# letters ("Phòng Văn hóa - xã hội UBND phường"), or the sentence's next clause.
_AND_SMALL = re.compile(r"\s+và\s+([^\W\d_]+)")
_DASH_SMALL = re.compile(r"\s*[-–]\s*([^\W\d_]+)")


def _open_end(text: str, start: int, end: int) -> str | None:
    """Why the end of the post ``text[start:end]`` is not certain, or ``None``.

    It is not where the post of a division (``Phòng …``) is followed by a comma and an office
    (``, Văn phòng …``: the division's office, whose end the text does not mark), nor where
    a capitalized word is followed by a dash and small words that a post's vocabulary
    holds but that start no post (``Phòng Văn hóa - xã hội``: the name goes on, or not;
    ``… Trà Vinh - đại biểu HĐND tỉnh`` is the next post).

    Examples:
        >>> _open_end("Chuyên viên Phòng Văn hóa - xã hội UBND phường A.", 0, 25)
        "a dash inside a body's name: where the post ends"
        >>> _open_end("Chủ tịch UBND xã - chủ trì hội nghị.", 0, 16) is None
        True
    """
    if _OFFICE_AFTER_COMMA.match(text, end) and _DIVISION.search(text, start, end):
        return "a division's office after a comma: where the post ends"
    after_dot = _SYLLABLE.match(text, end + 1 + (text[end + 1 : end + 2] == " "))
    if (
        text[end : end + 1] == "."
        and _ABBREVIATED_LEVEL.search(text, start, end)
        and after_dot is not None
        and after_dot.group(0)[0].isupper()
        and not _post_start(text, after_dot.start())
        and _name_at(text, after_dot.start()) is not None
    ):
        return "an abbreviated level's dot: its unit's name or the next sentence"
    last = text[start:end].split()[1:][-2:]  # a field's name: "Văn hóa", "Kế hoạch"
    for joint, reason in (
        (_DASH_SMALL, "a dash inside a body's name: where the post ends"),
        (_AND_SMALL, "'và' inside a body's name: where the post ends"),
    ):
        small = joint.match(text, end)
        if (
            small is not None
            and small.group(1)[0].islower()
            and any(word[0].isupper() and not word.isupper() for word in last)
            and not _post_start(_capital_at(text, small.start(1)), small.start(1))
            and any(
                tuple(re.findall(r"[^\W\d_]+", text[small.start(1) :].casefold())[: len(phrase)])
                == phrase
                for phrase in _POST_PHRASES
            )
        ):
            return reason
    return None


_NOT_IN_POST = frozenset(
    [
        "của",
        "đã",
        "được",
        "là",
        "có",
        "với",
        "cho",
        "tại",
        "về",
        "theo",
        "để",
        "khi",
        "thì",
        "mà",
        "đến",
        "từ",
        "trong",
        "sau",
        "trước",
    ]
)
# A post right before an honorific (not a word that joins another person: "và", "cùng"),
# or apart from it by a dash ("Trưởng thôn Ka Đông - ông Hồ Văn A").
_HONORIFIC_BEFORE = re.compile(
    r"(?<=\w)(?<!\svà)(?<!\scùng)(?<!\svới)(?<!\scó)(?<!\sgồm)"
    r"(?:\s+[-–])?\s+(?:đồng chí|ông|bà)\s+$"
)
_COPULA = re.compile(r"\s+là\s+(?:(?:đồng chí|ông|bà|anh|chị)\s+)?$", re.IGNORECASE)


def _whole_post_at(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is one post, whole (it starts one, and nothing cuts it)."""
    post = _post_at(text[:end], start)
    return post is not None and post[1] == len(text[:end].rstrip(" ,")) and not post[2]


_FORMER = re.compile(r"(?<!\w)(?:nguyên|Nguyên|cựu|Cựu)\s+$")
_CANDIDATE = re.compile(r"(?<!\w)(?:ứng cử viên|người ứng cử|ứng viên)\s+$", re.IGNORECASE)
_FORMER_AT = re.compile(r"(?:nguyên|Nguyên|cựu|Cựu)\s+")


def _posts_before(
    text: str, name_start: int, notes: list[tuple[int, int, str]] | None = None
) -> list[tuple[int, int]]:
    """Posts printed right before a name, separated by commas, reaching the name.

    ``Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh Bùi Minh Châu``; ``Tổ trưởng là bà Lê Thị Kim Hồng``;
    in ``… và các đại biểu Nguyễn Thị Quỳnh Như`` the post is ``đại biểu``.
    """
    line_start = (
        max(
            text.rfind("\n", 0, name_start),
            text.rfind(";", 0, name_start),
            text.rfind(".", 0, name_start - 2),
        )
        + 1
    )
    end = name_start
    # "Đại biểu HĐND tỉnh ông Trần Sinh Toàn": the post, then the honorific, then the name.
    honorific = _HONORIFIC_BEFORE.search(text, line_start, name_start)
    if honorific is not None:
        end = honorific.start()
    copula = _COPULA.search(text, line_start, name_start)
    if copula is not None:
        end = copula.start()
    found: list[tuple[int, int]] = []
    pieces = text[line_start:end].split(",")
    offset = end
    for index, piece in enumerate(reversed(pieces)):
        offset -= len(piece)
        piece_end = offset + len(piece.rstrip())
        starts = [
            m.start()
            for m in re.finditer(r"(?<!\w)\S", piece)
            if _post_start(text, offset + m.start())
        ]
        chosen = None
        for at in starts:
            # A post word inside a proper name ("huyện Bình Chánh", "Văn phòng") is no post;
            # the capital of a sentence's first word ("Theo Ủy viên …") says nothing.
            previous = piece[:at].split()
            opens = index == len(pieces) - 1 and len(previous) == 1
            if (
                previous
                and previous[-1][0].isupper()
                and previous[-1].lower() not in HONORIFICS
                and not opens
            ):
                continue
            words = {w.lower() for w in piece[at:].split()}
            if words & _NOT_IN_POST:
                continue
            if _whole_post_at(text, offset + at, piece_end):
                chosen = at
                break
        if chosen is None:
            break
        if _post_ends_in_name(text, offset + chosen, piece_end, person_only=True):
            break  # another person's name and posts ("Phó bí thư Tỉnh ủy Trần Ngọc Tam")
        if _FORMER.search(piece[:chosen]):
            if notes is not None:
                notes.append((offset + chosen, piece_end, "a former post ('nguyên')"))
            break
        if _CANDIDATE.search(piece[:chosen]):
            # "Ứng cử viên đại biểu Quốc hội Lê Văn A": the seat stood for, no post held.
            if notes is not None:
                notes.append((offset + chosen, piece_end, "a candidate's seat ('ứng cử viên')"))
            break
        found.insert(0, (offset + chosen, piece_end))
        offset -= 1  # the comma
        if piece[:chosen].strip():
            break
    return found


# --- people ---------------------------------------------------------------------------------

_HEADING = re.compile(r"\s*:\s*(?=(?:đồng chí|ông|bà)\s)", re.IGNORECASE)
_ANNOUNCED_NAME = re.compile(r"(?<!\w)(?:đồng chí|ông|bà)\s+(?=\S)", re.IGNORECASE)


def _units_in(text: str, start: int, end: int) -> list[str]:
    """The names of units a post names after their level (``HĐND phường Lê Hồng Phong``)."""
    units = []
    for level in _LEVEL.finditer(text, start, end):
        words: list[re.Match[str]] = []
        for word in re.finditer(r"\s+([^\W\d_]+)", text[level.end() : end]):
            if word.start() != (words[-1].end() if words else 0) or not word.group(1)[0].isupper():
                break
            words.append(word)
        if words:
            units.append(" ".join(w.group(1) for w in words))
    return units


# Words of a body's or a unit's name, never of a person's given names: "Lê Phường", "Hà
# Ủy ban", "Hoàng Sở" are no people's names (a capitalized heading: "Văn Phòng", "Đoàn
# Huyện Ủy").
BODY_SYLLABLES = frozenset(
    {
        "Tỉnh",
        "Huyện",
        "Quận",
        "Phường",
        "Xã",
        "Ủy",
        "Uỷ",
        "Đảng",
        "Sở",
        "Phòng",
        "Ban",
        "Hội",
        "Viện",
        "Bộ",
        "Đoàn",
        "Trận",
        "Khối",
        "Chi",
    }
)

_LEVEL_BEFORE = re.compile(_LEVEL.pattern + r"\s+$")
_CLAUSE = re.compile(r"[,;.:\n()]")


def _a_place(text: str, name_start: int) -> bool:
    """Whether the capitalized run at ``name_start`` names a unit.

    It does after a unit's level that no post names (``cử tri xã Ninh Sở``, ``HĐND phường
    Chánh Hiệp tổ chức``); after a post's level it may be a person (``Chủ tịch HĐND tỉnh
    Bùi Minh Châu``).
    """
    if _SCHOOL_BEFORE.search(text, max(0, name_start - 30), name_start):
        return True  # a school named after a person ("Trường THPT Trần Cao Vân")
    level = _LEVEL_BEFORE.search(text, max(0, name_start - 20), name_start)
    if level is None:
        return False
    clause = 0
    for clause_end in _CLAUSE.finditer(text, max(0, level.start() - 120), level.start()):
        clause = clause_end.end()
    clause = max(clause, level.start() - 120)
    words = re.compile(r"(?<!\w)\S").finditer(text, clause, level.start())
    return not any(_post_start(text, m.start()) for m in words)


_PROVINCE_LEVEL_BEFORE = re.compile(r"(?<!\w)tỉnh\s+$")
_NAME_ENDS = re.compile(r"\s*(?:[,;.:()\n]|$)|\s+[a-zđà-ỹ]")


def _after_a_province_level(text: str, name_start: int, name_end: int) -> bool:
    """Whether a two-syllable name follows a post's ``tỉnh`` (``Chủ tịch HĐND tỉnh Thái Bảo``).

    The provinces are a closed list (:data:`PROVINCES`, which :func:`_name_at` excludes), so
    a name after ``tỉnh`` that is none of them is a person; after the open-ended levels
    (``huyện``, ``xã``, ``thành phố Phan Thiết``) a short name may be a unit's and is not
    read. The name must end its phrase (a clause's end or a word in small letters).
    """
    return bool(
        _PROVINCE_LEVEL_BEFORE.search(text, max(0, name_start - 8), name_start)
        and _NAME_ENDS.match(text, name_end)
    )


# Words that may open a sentence right before a name ("Theo Nguyễn …", "Cùng Trần …").
_OPENING_WORDS = frozenset({"theo", "cùng", "dự", "có", "với", "và", "tại", "sau", "khi", "thay"})
_PLACES_BEFORE_NAMES = PROVINCES | PLACE_NAMES | {"Việt Nam"}
_TOKEN_BEFORE = re.compile(r"(\S+)(\s+)$")
_WORD_AFTER = re.compile(r" {1,3}([^\W\d_]+)")


def _unclear_name(text: str, start: int, end: int) -> str | None:
    """Why the name at ``text[start:end]`` may be part of a longer run of capitals, or None.

    A name is read only with a clean boundary on each side. Before it: the text's start, a
    mark, a word in small letters, an honorific (``Ông``, ``Đồng chí``, ``Đ/c``), an
    abbreviation in capitals (``TP HCM Nguyễn Thị Lệ``), the end of a province's or a known
    place's name (``TP Cần Thơ Trần Thanh Mẫn``), or a word opening its sentence (``Theo``);
    any other capitalized word, or an Ê Đê's gender letter (``H Kim Hoa Byă``), may be the
    name's own first syllables (``A Vô Tô Phương``: the rules' family names start inside).
    After it: anything but a capitalized word that starts no post (a fifth syllable).
    """
    before = _TOKEN_BEFORE.search(text, max(0, start - 60), start)
    if before is not None and before.group(1)[-1:].isalpha() and before.group(1)[0].isupper():
        token = before.group(1)
        words = text[max(0, start - 60) : before.end(1)].split()
        opens = before.start(1) == 0 or text[: before.start(1)].rstrip(" \t")[-1:] in {
            "",
            "\n",
            ".",
            "!",
            "?",
            ":",
        }
        if token in GENDER_PREFIXES or not (
            token.isupper()
            or token.casefold() in HONORIFICS
            or token.casefold() in {"đ/c", "đc", "chí"}
            or (opens and token.casefold() in _OPENING_WORDS)
            or any(" ".join(words[-n:]) in _PLACES_BEFORE_NAMES for n in (1, 2, 3))
        ):
            return f"a capitalized word before the name ({token!r}): where the name starts"
    after = _WORD_AFTER.match(text, end)
    if (
        after is not None
        and after.group(1)[0].isupper()
        and not after.group(1).isupper()
        and not _post_start(text, after.start(1))
    ):
        return f"a capitalized word after the name ({after.group(1)!r}): where the name ends"
    return None


def _announced(text: str, name_start: int) -> bool:
    before = re.findall(r"[^\W\d_]+", text[max(0, name_start - 30) : name_start])
    return " ".join(before[-2:]).lower().endswith(HONORIFICS) or (
        bool(before) and before[-1].lower() in HONORIFICS
    )


# A count before a post ("03 vị đại biểu …", "ba đại biểu …"), and its members in brackets.
_COUNT_BEFORE = re.compile(
    r"(?<![\w.,/])(?:\d{1,3}|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)\s+(?:vị\s+)?$", re.IGNORECASE
)
_BRACKET_HEADING = re.compile(
    r"[^()\n;.]{0,40}?\s*\(\s*(?:gồm(?:\s+có)?\s*:?\s*)?(?=(?:đồng chí|ông|bà)\s)", re.IGNORECASE
)


def _headings(text: str) -> list[tuple[int, int, int]]:
    """Posts printed as a heading of a list of people: (post start, post end, list end)."""
    found = []
    for match in re.finditer(r"(?<!\w)\S", text):
        post = _post_at(text, match.start())
        if post is None:
            continue
        colon = _HEADING.match(text, post[1])
        if colon is None and _COUNT_BEFORE.search(text, max(0, post[0] - 20), post[0]):
            # "03 vị đại biểu HĐND Quận 5 (gồm Bà …; Ông …)": a counted post's members.
            bracket = _BRACKET_HEADING.match(text, post[1])
            close = -1 if bracket is None else text.find(")", bracket.end())
            if bracket is not None and close > 0:
                found.append((post[0], post[1], close))
            continue
        # A heading names its body ("đại biểu HĐND Tỉnh:"), not a kind ("các đại biểu mời:").
        if colon is None or not any(w[0].isupper() for w in text[post[0] : post[1]].split()[1:]):
            continue
        stop = re.search(r"[;\n]|\.(?:\s|$)", text[colon.end() :])
        end = len(text) if stop is None else colon.end() + stop.start()
        found.append((post[0], post[1], end))
    return found


# A heading's colon, then a list whose items each open with a name (after a rank at most)
# and are apart by ";" ("các đại biểu Quốc hội thành phố: Lã Văn A, Phó Trưởng Đoàn …;
# Đại tá Nguyễn Văn B, Chỉ huy trưởng …; Nguyễn Văn C, …").
_LIST_COLON = re.compile(r"\s*:\s*(?=[A-ZĐ])")
_RANKS = (
    r"(?:(?:Đại|Thượng|Trung|Thiếu)\s+(?:tá|tướng|úy|uý)|(?:PGS|GS|TS|ThS)(?:\.\s?(?:TS|ThS))?\.?)"
)
_ITEM_OPENING = re.compile(r"[:;]\s*(?:" + _RANKS + r"\s+)?$")


def _item_headings(text: str) -> list[tuple[int, int, int]]:
    """Posts heading a list of unannounced names apart by ``;``: (post start and end, list end).

    The heading names its body (a capitalized word after the title) and is followed by a
    colon and a capital; the list runs to the sentence's end (``.`` and a space) or the
    line's.
    """
    found = []
    for match in re.finditer(r"(?<!\w)\S", text):
        post = _post_at(text, match.start())
        if post is None:
            continue
        colon = _LIST_COLON.match(text, post[1])
        if colon is None or not any(w[0].isupper() for w in text[post[0] : post[1]].split()[1:]):
            continue
        previous = _TOKEN_BEFORE.search(text, max(0, post[0] - 40), post[0])
        if previous is not None and previous.group(1)[0].isupper():
            continue  # a post's words inside a body's name ("trong Ban Thường vụ Tỉnh ủy:")
        stop = re.search(r"\n|\.(?:\s|$)", text[colon.end() :])
        end = len(text) if stop is None else colon.end() + stop.start()
        if ";" in text[colon.end() : end]:
            found.append((post[0], post[1], end))
    return found


# The role a person leads a delegation or a group in, after "làm" (Nghị định 30 writes the
# roles of a delegation in small letters: "trưởng đoàn", "tổ trưởng").
_ROLE_AFTER = re.compile(
    r"\s+làm\s+((?:[Pp]hó\s+)?[Tt]rưởng\s+đoàn|[Tt]ổ\s+trưởng|[Tt]ổ\s+phó"
    r"|(?:[Pp]hó\s+)?[Tt]rưởng\s+ban)(?!\w)"
)


def _role_goes_on(text: str, end: int) -> bool:
    """Whether the role read after ``làm`` goes on into a body's name (``trưởng đoàn giám sát``).

    It does before a capitalized word or a small word of a post's vocabulary; a clause's end
    or another small word (``làm trưởng đoàn có buổi …``) ends it.
    """
    nxt = _WORD_AFTER.match(text, end)
    if nxt is None:
        return False
    following = tuple(w.casefold() for w in re.findall(r"[^\W\d_]+", text[nxt.start(1) :])[:4])
    return nxt.group(1)[0].isupper() or any(
        following[: len(phrase)] == phrase for phrase in _POST_PHRASES
    )


def read_people(
    text: str, taken: Taken, as_of: dt.date | None, unplaced: list[Unplaced] | None = None
) -> list[PersonPost]:
    """People named with their posts, as printed on the day the text is about.

    See the module's documentation for the forms read. The names and posts are as printed,
    their spacing collapsed (a name broken over two lines is one name); the spans are those
    of ``text``. A short name after a post's level other than ``tỉnh`` (``Chủ tịch UBND
    huyện Lê Lợi``: a district's name or a person's) is given no post; it is added to
    ``unplaced``, when given, with its reason.

    Examples:
        >>> text = "Dự có đồng chí Đỗ Anh Tuấn - Phó Bí Thư Quận ủy, Chủ tịch UBND quận."
        >>> people = read_people(text, Taken(), None)
        >>> [(p.name, p.post) for p in people]
        [('Đỗ Anh Tuấn', 'Phó Bí Thư Quận ủy'), ('Đỗ Anh Tuấn', 'Chủ tịch UBND quận')]
    """
    view = soft_breaks(text)
    names: list[tuple[int, int]] = []
    for match in _SYLLABLE.finditer(view):
        pos = match.start()
        if (match.group(0) not in FAMILY_NAMES and match.group(0) not in GENDER_PREFIXES) or (
            pos > 0 and view[pos - 1].isalnum()
        ):
            continue
        if names and pos < names[-1][1]:
            continue  # inside the name before ("Văn Thắng" of "Nguyễn Văn Thắng")
        name = _name_at(view, pos)
        if name is not None and not taken.overlaps(*name) and not _a_place(view, pos):
            unclear = _unclear_name(view, *name)
            if unclear is None:
                names.append(name)
            elif unplaced is not None and (_posts_after(view, name[1]) or _posts_before(view, pos)):
                unplaced.append(Unplaced(Span.of(text, *name), unclear))
    posts: dict[tuple[int, int], list[tuple[int, int]]] = {}
    notes: list[tuple[int, int, str]] = []
    for n_start, n_end in names:
        after = after_posts = _posts_after(view, n_end, notes)
        before: list[tuple[int, int]] = []
        if (
            len(view[n_start:n_end].split()) >= 3
            or _announced(view, n_start)
            or _after_a_province_level(view, n_start, n_end)
        ):
            before = _posts_before(view, n_start, notes)
        elif (
            unplaced is not None
            and not after_posts
            and _LEVEL_BEFORE.search(view, max(0, n_start - 20), n_start)
            and _posts_before(view, n_start)
        ):
            unplaced.append(
                Unplaced(
                    Span.of(text, n_start, n_end),
                    "a short name after a unit's level: a unit's or a person's",
                )
            )
        posts[(n_start, n_end)] = before + after
    # "ông A và ông B, đại biểu HĐND huyện": A holds the posts printed after B.
    for index, (n_start, n_end) in enumerate(names[:-1]):
        following = names[index + 1]
        joined = re.fullmatch(r"\s+và\s+(?:đồng chí|ông|bà)\s+", view[n_end : following[0]])
        if not posts[(n_start, n_end)] and joined and _announced(view, n_start):
            posts[(n_start, n_end)] = _posts_after(view, following[1])
    # "đại biểu HĐND Thành phố: bà A – …, ông B và ông C": each holds the heading's post.
    for h_start, h_end, list_end in _headings(view):
        for name in names:
            if h_end < name[0] < list_end and _ANNOUNCED_NAME.search(
                view, max(h_end, name[0] - 10), name[0] + 1
            ):
                posts[name] = [(h_start, h_end), *posts[name]]
    # "đại biểu Quốc hội thành phố: A, Phó Trưởng Đoàn …; B, …": each item's name holds it.
    for h_start, h_end, list_end in _item_headings(view):
        for name in names:
            if h_end < name[0] < list_end and _ITEM_OPENING.search(
                view, max(h_end, name[0] - 20), name[0]
            ):
                posts[name] = [(h_start, h_end), *posts[name]]
    # "do ông A – Chủ tịch HĐND huyện làm trưởng đoàn": A holds the role too, as printed.
    for name in names:
        after_end = max([name[1], *(e for s, e in posts[name] if s > name[1])])
        role = _ROLE_AFTER.match(view, after_end)
        if role is not None and not _role_goes_on(view, role.end()):
            posts[name] = [*posts[name], (role.start(1), role.end(1))]
    if unplaced is not None:
        for n_start, n_end, reason in dict.fromkeys(notes):
            unplaced.append(Unplaced(Span.of(text, n_start, n_end), reason))
    # A name a post names as its unit ("… HĐND phường Lê Hồng Phong") is a place.
    places = {unit for held in posts.values() for s, e in held for unit in _units_in(view, s, e)}
    spelled = {name: " ".join(view[name[0] : name[1]].split()) for name in names}
    found: list[PersonPost] = []
    # A person's post once: the same post printed again, in the other tone-mark placement
    # ("Tỉnh ủy", "Tỉnh uỷ": reference/vietnamese-rules.md, "Tone-mark placement"), in
    # another case or with a dot's space ("TP. Hà Nội", "TP.Hà Nội"), keeps its first form.
    seen: set[tuple[str, str]] = set()
    for name in names:
        held = list(dict.fromkeys(posts[name]))
        if not held or spelled[name] in places:
            continue
        taken.add(*name)
        n_start, n_end = name
        for p_start, p_end in held:
            key = (_same_form(spelled[name]), _same_form(view[p_start:p_end]))
            if key in seen:
                continue
            seen.add(key)
            found.append(
                PersonPost(
                    spelled[name],
                    Span.of(text, n_start, n_end),
                    " ".join(view[p_start:p_end].split()),
                    Span.of(text, p_start, p_end),
                    as_of,
                    sentence_at(text, min(n_start, p_start), max(n_end, p_end)),
                )
            )
    return found


def _same_form(words: str) -> str:
    """``words`` in one form for comparing: tone marks placed alike, case, spacing folded.

    Examples:
        >>> _same_form("Bí thư Tỉnh uỷ") == _same_form("Bí thư  tỉnh ủy")
        True
        >>> _same_form("LĐLĐ TP. Hà Nội") == _same_form("LĐLĐ TP.Hà Nội")
        True
    """
    return re.sub(r"\.\s+", ".", " ".join(normalize(words).split())).casefold()
