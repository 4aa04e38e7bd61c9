"""From a Vietnamese article or report to a draft: the event, its unit, day and bodies."""

from __future__ import annotations

import re
import unicodedata
from typing import Literal

from tayho_coord.errors import ParseError, ValidationError
from tayho_coord.extraction._counts import read_counts
from tayho_coord.extraction._draft import (
    AgencyMention,
    Count,
    DateMention,
    Draft,
    EventKind,
    EventMention,
    Finding,
    FindingKind,
    PersonPost,
    Span,
    UnitMention,
    Unplaced,
)
from tayho_coord.extraction._lexicon import UNIT_LEVELS
from tayho_coord.extraction._people import read_people
from tayho_coord.extraction._rules import (
    Taken,
    read_dates,
    read_generated,
    read_rates,
    read_symbols,
    sentence_at,
)
from tayho_coord.extraction._tagger import tagger_for
from tayho_coord.model import AgencyKind
from tayho_coord.vi import slugify

__all__ = ["extract"]

_MAX_TEXT = 1_000_000

# Longest first; "Thường trực HĐND" before "HĐND".
_AGENCIES: tuple[tuple[str, AgencyKind], ...] = (
    (
        r"Ban Thường trực (?:Ủy|Uỷ) ban M(?:TTQ|ặt trận Tổ quốc)(?: Việt Nam| VN)?",
        AgencyKind.FRONT_STANDING_BOARD,
    ),
    (r"Ban Thường trực UBMTTQ(?:VN| Việt Nam)?", AgencyKind.FRONT_STANDING_BOARD),
    (r"Thường trực (?:HĐND|Hội đồng nhân dân)", AgencyKind.COUNCIL_STANDING_COMMITTEE),
    (r"Ban Pháp chế(?: HĐND)?", AgencyKind.COUNCIL_LEGAL_COMMITTEE),
    (r"Ban Kinh tế\s*[-–]\s*Xã hội(?: HĐND)?", AgencyKind.COUNCIL_ECONOMIC_SOCIAL_COMMITTEE),
    (r"(?:Ủy|Uỷ) ban M(?:TTQ|ặt trận Tổ quốc)(?: Việt Nam| VN)?", AgencyKind.FATHERLAND_FRONT),
    (r"UBMTTQ(?:VN| Việt Nam)?", AgencyKind.FATHERLAND_FRONT),
    (r"MTTQ(?: Việt Nam)?", AgencyKind.FATHERLAND_FRONT),
    (r"HĐND|Hội đồng nhân dân|Hội đồng Nhân dân", AgencyKind.PEOPLES_COUNCIL),
    (r"UBND|(?:Ủy|Uỷ) ban nhân dân|Lãnh đạo (?:Ủy|Uỷ) ban nhân dân", AgencyKind.PEOPLES_COMMITTEE),
)
_AGENCY = re.compile("|".join(f"(?P<a{i}>{p})" for i, (p, _) in enumerate(_AGENCIES)))

# The words that name a voter contact, as real pages print them: "tiếp xúc cử tri",
# "tiếp xúc với cử tri" (Yên Sơn, Tuyên Quang, 5/5), "buổi tiếp xúc với gần 100 cử tri" and
# "buổi tiếp xúc hơn 100 cử tri" (Chí Linh, Cái Bè), "tiếp xúc với đại diện cử tri" (Thanh
# Quang), "tiếp xúc giữa cử tri với đại biểu" (Xuân Bình), "gặp gỡ và tiếp xúc giữa người ứng
# cử … với cử tri" (Vị Thủy), and the abbreviation "TXCT" (daibieunhandan.vn, Thái Nguyên;
# badontv.vn, Ba Đồn). Spaces stay within a line.
_SP = r"[^\S\n]+"
CONTACT_WORDS = (
    rf"(?<!\w)(?:tiếp{_SP}xúc(?:{_SP}(?:với|giữa))?"
    rf"(?:{_SP}(?:hơn|gần|trên|khoảng))?(?:{_SP}\d[\d.]*)?(?:{_SP}(?:đại{_SP}diện|các))?"
    rf"{_SP}cử{_SP}tri"
    rf"|tiếp{_SP}xúc{_SP}giữa{_SP}[^.;\n]{{0,80}}?(?<!\w)với{_SP}cử{_SP}tri"
    r"|TXCT)(?!\w)"
)

# (pattern, kind): the first sentence of the title and lead that names an event decides its
# kind; in that sentence, the first pattern that matches. A review meeting named first and
# signed further on in the lead ("… tổng kết …" in the title, "… tổng kết … và ký kết …" in
# the lead) is both.
_EVENTS: tuple[tuple[str, EventKind], ...] = (
    (
        r"(?:tổng kết|đánh giá, rút kinh nghiệm)[^.\n]{0,200}?(?:và|,)[^.\n]{0,60}?ký kết",
        EventKind.REVIEW_AND_SIGNING,
    ),
    (r"ký kết", EventKind.SIGNING),
    (r"sơ kết", EventKind.INTERIM_REVIEW),
    (r"tổng kết", EventKind.FINAL_REVIEW),
    # "hội nghị đánh giá việc thực hiện Quy chế phối hợp năm 2013": the review of a year's
    # agreement, the meeting a tổng kết is (one of part of a year is read in _UNSURE).
    (
        r"đánh giá (?:việc |kết quả )?(?:thực hiện|triển khai) (?:các |nội dung )?"
        r"(?:Quy chế|Chương trình) phối hợp",
        EventKind.FINAL_REVIEW,
    ),
    # "HỘI ĐỒNG NHÂN DÂN XÃ MINH SƠN TỔ CHỨC HỘI NGHỊ GIẢI TRÌNH" (minhson.huulung.langson
    # .gov.vn, 2023): a hearing named a conference.
    (r"phiên (?:họp )?giải trình|hội nghị giải trình", EventKind.HEARING),
    # "Báo cáo kết quả giám sát việc giải quyết kiến nghị của cử tri" is a report of the
    # petitions' figures (a PetitionReport, its reporter the council's body); "Giám sát
    # (kết quả, việc) giải quyết kiến nghị …" names the oversight itself.
    (
        r"kết quả giám sát (?:việc )?(?:giải quyết|trả lời)[^.\n]{0,40}kiến nghị",
        EventKind.PETITION_REPORT,
    ),
    (r"giám sát chuyên đề|đoàn giám sát|(?:phiên họp|hội nghị) giám sát", EventKind.OVERSIGHT),
    (CONTACT_WORDS, EventKind.VOTER_CONTACT),
    (r"(?:giải quyết|trả lời)[^.\n]{0,40}kiến nghị", EventKind.PETITION_REPORT),
)
_EVENT_WORDS = re.compile("|".join(f"(?P<e{i}>{p})" for i, (p, _) in enumerate(_EVENTS)), re.I)
# A mention that is a field of work, not the event: "phối hợp (bố trí) tổ chức tiếp xúc cử
# tri các cấp", "công tác tiếp xúc cử tri", an item of a list ("…; tổ chức tiếp xúc cử tri,
# theo dõi …", "các hoạt động như: …", "như TXCT định kỳ, TXCT nơi cư trú"), or of a
# sentence that weighs the work done ("Nhờ thực hiện tốt quy chế …, góp phần …").
# The work itself, named as a field or the theme of another meeting, is one too: "hoạt động
# tiếp xúc cử tri" (Kbang, 2024: "phối hợp tổ chức các kỳ họp HĐND, hoạt động tiếp xúc cử
# tri, hoạt động giám sát"), "nâng cao chất lượng tiếp xúc cử tri", a theme in quotes
# ("với chủ đề “Nâng cao chất lượng hoạt động tiếp xúc cử tri …”": Kiên Hải, 23/04/2019, a
# meeting of the councils of two levels to share their experience).
_FIELD_OF_WORK = re.compile(
    r"(?:phối hợp|bố trí|công tác|việc|hoạt động|chất lượng|nâng cao|kỹ năng)[^\S\n]+"
    r"(?:[^\W\d_]+[^\S\n]+){0,3}$",
    re.I,
)
# "(TXCT)" after the words it abbreviates restates them; "542 buổi tiếp xúc giữa cử tri với
# đại biểu …, trước và sau các kỳ họp" (Hương Thủy, 2015) and "đến nay đã tổ chức hơn 100
# Hội nghị TXCT" (Điện Biên) tally the contacts of many sessions, no one contact.
_RESTATED = re.compile(r"tri[^\S\n]*\([^\S\n]*$", re.I)
_COUNTED_CONTACTS = re.compile(r"\d[\d.]*[^\S\n]+(?:buổi|cuộc|hội nghị|điểm|đợt)[^\S\n]+$", re.I)
_MANY_SESSIONS = re.compile(
    r"(?<!\w)(?:các kỳ họp|đến nay|nhiệm kỳ qua|từ đầu nhiệm kỳ)(?!\w)", re.I
)
# Of any activity: "Bàn giải pháp nâng cao chất lượng phiên họp giải trình" (Bến Cầu, Tây
# Ninh, daibieunhandan.vn), "tập huấn kỹ năng giám sát".
_QUALITY = re.compile(
    r"(?:chất lượng|nâng cao|kỹ năng)[^\S\n]+(?:hoạt động[^\S\n]+|công tác[^\S\n]+)?$", re.I
)
_THEME = re.compile(r"(?<!\w)chủ đề[^\S\n]*:?[^\S\n]*[“\"«][^”\"»\n]*$", re.I)
_LISTED = re.compile(r"(?:;|(?<!\w)như:?(?:[^.;:\n]*,)?)[^\S\n]*(?:tổ chức[^\S\n]+)?$", re.I)
_WEIGHING = re.compile(r"(?<!\w)(?:nhờ|góp phần|thực hiện tốt|đáng chú ý)(?!\w)", re.I)
_INCIDENTAL_AFTER = re.compile(r"^[^\S\n]+(?:[^\W\d_]+[^\S\n]+){0,4}các cấp(?!\w)", re.I)
# Words that name a review of part of a year without a kind the rules read ("đánh giá kết
# quả thực hiện Quy chế phối hợp 6 tháng đầu năm"): the kind is not guessed.
_PART_OF_YEAR = re.compile(r"[^.\n]{0,80}?(?:(?:\d+|sáu|chín) tháng|(?<!\w)quý)", re.I)

# The capital letters a name starts with: A-Z and the Latin capitals with their marks
# (Latin-1 to Latin Extended-B, Latin Extended Additional), each by its own case — a range
# such as À-Ỹ also holds the small letters between (đ, ã), and "tỉnh đã báo cáo" would
# name a province "đã".
_CAPITAL = (
    "[A-Z"
    + "".join(
        re.escape(c) for c in map(chr, [*range(0xC0, 0x250), *range(0x1E00, 0x1F00)]) if c.isupper()
    )
    + "]"
)
_UNIT = re.compile(
    # "Hợp tác xã Dịch vụ …" is a cooperative, not a commune.
    r"(?<!\w)(?<!Hợp tác )(?<!hợp tác )(?P<level>"
    + "|".join(UNIT_LEVELS)
    # A name stays on its line: a title ending with the unit is not continued by the next
    # line's first word ("… của huyện Ba Vì\nTỷ lệ …").
    + rf")[^\S\n]+(?P<name>(?:{_CAPITAL}[^\W\d_]*)(?:[^\S\n]+{_CAPITAL}[^\W\d_]*){{0,3}})"
)
# Capitalized words that follow a level without naming a place ("HĐND tỉnh Khóa XII").
_NOT_A_NAME = frozenset(
    [
        "Khóa",
        "Khoá",
        "Nhiệm",
        "Kỳ",
        "Lần",
        "Năm",
        "Giai",
        "Tháng",
        "Quý",
        "Ngày",
        "Sáng",
        "Chiều",
        "Tối",
        "Trưa",
        "Tại",
        "Về",
        "Và",
        "Việt",
    ]
)

# A unit in a heading printed in capitals: a title ("HỘI ĐỒNG NHÂN DÂN XÃ MINH SƠN TỔ CHỨC
# …") or the issuer's name of a document's header, which Nghị định 30/2020/NĐ-CP, Phụ lục I
# writes in capitals ("HỘI ĐỒNG NHÂN DÂN\nTHÀNH PHỐ ĐÀ NẴNG"). The name is its capital words
# up to one that starts what the heading says of it (``TỔ CHỨC``, ``KỲ HỌP``) or a word not in
# capitals ("THÀNH PHỐ ĐÀ NẴNG Độc lập - Tự do - Hạnh phúc", the header's right column).
_CAPITAL_WORD = rf"(?:{_CAPITAL}[^\W\d_]*)"
_CAPITAL_UNIT = re.compile(
    r"(?<!\w)(?<!CỘNG HÒA )(?<!CỘNG HOÀ )(?P<level>"
    + "|".join(level.upper() for level in UNIT_LEVELS)
    + rf")[^\S\n]+(?P<name>{_CAPITAL_WORD}(?:[^\S\n]+{_CAPITAL_WORD}){{0,3}})(?!\w)"
)
# Capital words that start what a heading says of its unit, not its name: one word that
# names no unit, or two that do not (a name may hold "Hội" of "HỘI NGHỊ": Hội An; "Quy" of
# "QUY CHẾ": Quy Nhơn; "Năm" of "NĂM 2023": Năm Căn).
_NOT_A_CAPITAL_NAME = frozenset(
    [
        "KHÓA",
        "KHOÁ",
        "NHIỆM",
        "KỲ",
        "LẦN",
        "GIAI",
        "THÁNG",
        "QUÝ",
        "NGÀY",
        "SÁNG",
        "CHIỀU",
        "TỐI",
        "TRƯA",
        "TẠI",
        "VỀ",
        "VÀ",
        "TỔ",
        "KÝ",
        "TỔNG",
        "SƠ",
        "HỌP",
        "TIẾP",
        "GIÁM",
        "KHẢO",
        "ĐÃ",
        "TRIỂN",
        "BAN",
        "VỚI",
        "CỦA",
        "PHÊ",
        "LÀM",
        "ĐỐI",
        "THỰC",
        "BÁO",
        "KẾT",
        "GIẢI",
        "PHIÊN",
        "DỰ",
        "ĐẾN",
        "CHỈ",
        "BẾ",
        "NÂNG",
        "LẤY",
        "CÁC",
        "NHỮNG",
        "TRONG",
        "SAU",
        "TRƯỚC",
        "ĐỂ",
        "NHẰM",
        "THỨ",
        "XÉT",
        "ỦY",
        "UỶ",
        "CỬ",
        "MẶT",
    ]
)
_NOT_A_CAPITAL_PAIR = frozenset(
    [
        "HỘI NGHỊ",
        "HỘI ĐỒNG",
        "ĐẠI BIỂU",
        "NHÂN DÂN",
        "VIỆT NAM",
        "QUY CHẾ",
        "CHƯƠNG TRÌNH",
        "THÔNG QUA",
        "THÔNG BÁO",
        "QUYẾT ĐỊNH",
        "TĂNG CƯỜNG",
        "CÔNG TÁC",
        "ĐOÀN GIÁM",
        "KHAI MẠC",
        "PHÁT BIỂU",
        "PHÁT HUY",
        "TỪ NGÀY",
    ]
)


def _capitalized_name(words: str) -> str:
    """A unit's name printed in capitals, in its usual form: each syllable capitalized.

    Nghị định 30/2020/NĐ-CP, Phụ lục II, mục II: the proper name of a unit is capitalized
    syllable by syllable ("thành phố Thái Nguyên"); its level stays in small letters.
    """
    return " ".join(w[:1] + w[1:].lower() for w in words.split())


def _capital_units(text: str) -> list[UnitMention]:
    """The units the lead's headings in capitals name (:data:`_CAPITAL_UNIT`)."""
    found = []
    for match in _CAPITAL_UNIT.finditer(text, 0, _lead_end(text)):
        line = text.rfind("\n", 0, match.start()) + 1
        if any(c.islower() for c in text[line : match.start()]):
            continue  # not a heading: an abbreviation or a word in capitals inside a sentence
        kept: list[str] = []
        words = match["name"].split()
        after = text[match.end("name") : match.end("name") + 20].split()
        for word, following in zip(words, [*words[1:], *after[:1], ""], strict=False):
            pair = f"{word} {following}"
            if (
                word in _NOT_A_CAPITAL_NAME
                or pair in _NOT_A_CAPITAL_PAIR
                or (word == "NĂM" and following[:1].isdigit())
                or not word.isupper()
            ):
                break
            kept.append(word)
        if not kept:
            continue
        at = match.start("name")
        end = at + len(" ".join(kept))
        if " ".join(kept) != text[at:end]:
            continue  # words apart by more than a space: kept as printed only
        span = Span.of(text, match.start(), end)
        found.append(UnitMention(match["level"].lower(), _capitalized_name(" ".join(kept)), span))
    return found


# Before a level, words that make it a count or a class of units, not one unit
# ("14 tỉnh Trung du", "các tỉnh Nam Bộ", "HĐND hai cấp huyện").
_MANY_UNITS = re.compile(
    r"(?:\d+|các|những|mỗi|nhiều|hai|ba|bốn|sáu|bảy|tám|chín|mười|cấp)[^\S\n]+$",
    re.IGNORECASE,
)


def _counted(text: str, start: int) -> bool:
    """Whether the level at ``start`` follows a number or ``các`` on its line (units counted).

    The words are looked for just before the spaces before ``start``, not from the line's
    start: a long line is not read again for each unit it names.
    """
    blank = start
    while blank > 0 and text[blank - 1].isspace() and text[blank - 1] != "\n":
        blank -= 1
    low = max(0, blank - 8)
    low = text.rfind("\n", low, blank) + 1 or low
    return _MANY_UNITS.search(text, low, start) is not None


_SHORTCOMING = re.compile(
    r"^(?:Tuy nhiên|Bên cạnh đó|Hạn chế)|còn hạn chế|chưa đạt|tồn tại, hạn chế|cần rút kinh nghiệm"
)
_ACHIEVEMENT = re.compile(
    r"đã phối hợp (?:tổ chức )?(?:thành công|thường xuyên|chặt chẽ|tốt)"
    r"|thực hiện (?:chặt chẽ, hiệu quả|tốt)|đạt nhiều kết quả"
)


def _lead_end(text: str) -> int:
    """Where the lead ends: after the fourth line that is not empty.

    The title and the first paragraphs are where an article names its event and unit; a
    document's header is not its lead (the lead is the six lines after its number).
    """
    last = 4
    for lines, match in enumerate(re.finditer(r"[^\n]*\S[^\n]*", text), start=1):
        if lines <= 5 and _NUMBER_LINE.match(match.group(0)):
            # a document's header ends at its number (Nghị định 30/2020/NĐ-CP, Phụ lục I):
            # its kind and title follow, and the lead is theirs and the first paragraph
            last = lines + 6
        if lines == last:
            return match.end()
    return len(text)


# The line of a document's number in its header: "Số: 26/BC-HĐND   Đà Nẵng, ngày …".
_NUMBER_LINE = re.compile(r"[^\S\n]*Số[^\S\n]*:[^\S\n]*\d+/")


# The kinds a passing mention may name as a field of work (a meeting's words do not).
_ACTIVITIES = frozenset(
    [EventKind.HEARING, EventKind.OVERSIGHT, EventKind.VOTER_CONTACT, EventKind.PETITION_REPORT]
)


def _event(text: str) -> EventMention | None:
    """The event the title and lead name: the first sentence that names one decides.

    A later mention never overrides it, nor one that names a field of work rather than the
    event (``phối hợp tổ chức tiếp xúc cử tri các cấp``, an item of a list, a sentence that
    weighs the work done); a review of part of a year named only as ``đánh giá`` is not
    given a kind (the rules do not guess).
    """
    lead = _lead_end(text)
    first: tuple[int, int, re.Match[str]] | None = None
    for match in _EVENT_WORDS.finditer(text, 0, lead):
        index = int(next(k for k, v in match.groupdict().items() if v is not None)[1:])
        kind = _EVENTS[index][1]
        sentence = sentence_at(text, *match.span())
        s = text.rfind(sentence, 0, match.start() + len(sentence))
        before = max(s, match.start() - 60)
        # the whole sentence, past its ";" clauses (a list's items)
        whole = max(text.rfind(".", 0, match.start()), text.rfind("\n", 0, match.start())) + 1
        if kind in _ACTIVITIES and (
            _LISTED.search(text, max(whole, match.start() - 60), match.start())
            or _WEIGHING.search(text, whole, match.start())
            or _THEME.search(text, whole, match.start())
        ):
            continue
        if kind in _ACTIVITIES and _QUALITY.search(text, before, match.start()):
            continue
        if kind is EventKind.VOTER_CONTACT and (
            _FIELD_OF_WORK.search(text, before, match.start())
            or _RESTATED.search(text, before, match.start())
            or (
                _COUNTED_CONTACTS.search(text, before, match.start())
                and _MANY_SESSIONS.search(sentence) is not None
            )
            or _INCIDENTAL_AFTER.match(text[match.end() : match.end() + 60])
        ):
            continue
        if first is not None and s != first[0]:
            break
        if first is None or index < first[1]:
            first = (s, index, match)
    if first is None:
        return None
    _, index, match = first
    kind = _EVENTS[index][1]
    if kind in (EventKind.SIGNING, EventKind.FINAL_REVIEW):
        both = re.search(_EVENTS[0][0], text[:lead], re.IGNORECASE)
        if both is not None:
            match, kind = both, EventKind.REVIEW_AND_SIGNING
    if index == len(_EVENTS) - 1:
        # "giải quyết … kiến nghị" names what is done more often than the event: an
        # oversight the lead names (an "Đoàn giám sát …" of that work) is the event.
        oversight = next(i for i, (_, k) in enumerate(_EVENTS) if k is EventKind.OVERSIGHT)
        found = re.search(_EVENTS[oversight][0], text[:lead], re.IGNORECASE)
        if found is not None:
            match, kind = found, EventKind.OVERSIGHT
    if (
        kind is EventKind.FINAL_REVIEW
        and _PART_OF_YEAR.match(text, match.end())
        and not re.match("tổng kết", match.group(0), re.IGNORECASE)
    ):
        return None
    s, e = match.span()
    sentence = sentence_at(text, s, e)
    agreement = None
    if re.search(r"quy chế phối hợp", sentence, re.IGNORECASE):
        agreement = "regulation"
    elif re.search(r"chương trình phối hợp", sentence, re.IGNORECASE):
        agreement = "program"
    return EventMention(kind, Span.of(text, s, e), agreement, sentence)


def _units(text: str, people: list[PersonPost]) -> list[UnitMention]:
    """The units the lead names with their level, in order.

    A name is capitalized words (``tỉnh đã báo cáo`` names none); it stops at a body's
    abbreviation, a word such as ``Khóa``, or a person's name the text gives a post
    (``Chủ tịch HĐND tỉnh Bùi Minh Châu``); a level after a number or ``các`` counts units.
    """
    names = [p.span for p in people]
    found = []
    for match in _UNIT.finditer(text, 0, _lead_end(text)):
        if _counted(text, match.start()):
            continue
        kept = []
        at = match.start("name")
        for word in match["name"].split():
            at = text.index(word, at)
            person = any(n.start <= at < n.end for n in names)
            if (word.isupper() and len(word) > 1) or word in _NOT_A_NAME or person:
                break
            kept.append(word)
            at += len(word)
        if not kept:
            continue
        e = match.start("name") + len(" ".join(kept))
        span = Span.of(text, match.start(), e)
        found.append(UnitMention(match["level"], text[match.start("name") : e], span))
    return sorted([*found, *_capital_units(text)], key=lambda u: u.span.start)


# A body named with its level (``HĐND tỉnh``, ``UBMTTQ huyện Ba Vì``).
_BODY_LEVEL = re.compile(
    rf"(?:{_AGENCY.pattern}|Mặt trận Tổ quốc(?: Việt Nam)?)[^\S\n]+"
    rf"(?P<level>{'|'.join(UNIT_LEVELS)})(?!\w)"
)


def _namings(text: str, event: EventMention | None) -> list[tuple[int, int]]:
    """The bounds of the sentences of the lead that name the event: its own first."""
    if event is None:
        return []
    start = text.rfind(event.excerpt, 0, event.span.start + len(event.excerpt))
    found = {start: start + len(event.excerpt)}
    pattern = "|".join(f"(?:{p})" for p, kind in _EVENTS if kind is event.kind)
    for match in re.finditer(pattern, text[: _lead_end(text)], re.IGNORECASE):
        sentence = sentence_at(text, *match.span())
        s = text.rfind(sentence, 0, match.start() + len(sentence))
        found.setdefault(s, s + len(sentence))
    return list(found.items())


def acting_level(
    text: str, event: EventMention | None, people: list[PersonPost]
) -> tuple[str, Span] | None:
    """The level of the body that acts in the event's sentences, and its words.

    The first body the sentences that name the event name with a level (``Đoàn giám sát
    của HĐND tỉnh …``), outside the people's posts: the unit of the event is of that level,
    not one the body acts on (``… đối với UBND huyện Cầu Kè``).
    """
    posts = [p.post_span for p in people]
    for start, end in _namings(text, event):
        for match in _BODY_LEVEL.finditer(text, start, end):
            if any(p.start <= match.start() < p.end for p in posts):
                continue
            if _SESSION_OF.search(text, max(start, match.start() - 40), match.start()):
                continue
            return match["level"], Span.of(text, *match.span())
    return None


# A council named as the one of a session ("gửi đến Kỳ họp thứ 8 - HĐND tỉnh") does not act.
_SESSION_OF = re.compile(
    r"kỳ họp(?:[^\S\n]+thứ[^\S\n]+\w+)?[^\S\n]*[-–,]?[^\S\n]*(?:của[^\S\n]+)?$", re.I
)


def _unit(text: str, event: EventMention | None, people: list[PersonPost]) -> UnitMention | None:
    """The unit of the event: the first of the lead of the level of the body that acts.

    A unit of another level than the acting body's is a unit it acts on or visits, not its
    own (``Đoàn giám sát của HĐND tỉnh … đối với UBND huyện Cầu Kè``); where no body is
    named with a level, the first unit of the lead.
    """
    units = _units(text, people)
    acting = acting_level(text, event, people)
    if acting is not None:
        level, words = acting
        units = [u for u in units if u.level == level]
        # The unit named with the acting body itself comes first ("HĐND tỉnh Bắc Giang").
        own = [u for u in units if words.start < u.span.start < words.end]
        if own:
            return own[0]
    return units[0] if units else None


def _agencies(text: str, start: int, end: int) -> list[AgencyMention]:
    found = []
    for match in _AGENCY.finditer(text, start, end):
        index = int(next(k for k, v in match.groupdict().items() if v is not None)[1:])
        found.append(AgencyMention(_AGENCIES[index][1], Span.of(text, *match.span())))
    return found


def _parties(text: str, event: EventMention | None) -> tuple[AgencyMention, ...]:
    if event is None:
        return ()
    s = text.find(event.excerpt)
    found = _agencies(text, s, s + len(event.excerpt))
    kinds: list[AgencyKind] = []
    parties = []
    for agency in found:
        if agency.kind not in kinds:
            kinds.append(agency.kind)
            parties.append(agency)
    return tuple(parties)


def _standing(text: str) -> AgencyMention | None:
    match = re.search(r"là cơ quan thường trực", text)
    if match is None:
        return None
    before = _agencies(text, max(0, match.start() - 60), match.start())
    return before[-1] if before else None


def _reporter(text: str, people: list[PersonPost]) -> AgencyMention | PersonPost | None:
    for match in re.finditer(r"(?<!\w)báo cáo(?!\w)", text):
        low = max(0, match.start() - 120)
        sentence_start = (
            max(text.rfind(". ", low, match.start()), text.rfind("\n", low, match.start())) + 1
        )
        window = (max(sentence_start, low), match.start())
        near = [p for p in people if window[0] <= p.span.start < window[1]]
        if near:
            return near[-1]
        agencies = _agencies(text, *window)
        if agencies:
            return agencies[-1]
    return None


def _held_on(dates: list[DateMention]) -> DateMention | None:
    for date in dates:
        if date.role == "event" and date.day is not None:
            return date
    return None


def _findings(text: str) -> tuple[Finding, ...]:
    found = []
    for match in re.finditer(r"[^.;\n]+", text):
        sentence = match.group(0).strip()
        if len(sentence) < 20:
            continue
        s = match.start() + match.group(0).index(sentence)
        span = Span.of(text, s, s + len(sentence))
        if _SHORTCOMING.search(sentence):
            found.append(Finding(FindingKind.SHORTCOMING, span))
        elif _ACHIEVEMENT.search(sentence):
            found.append(Finding(FindingKind.ACHIEVEMENT, span))
    return tuple(found)


def extract(
    text: str, *, source: str | None = None, tagger: Literal["pyvi"] | None = None
) -> Draft:
    """Read a Vietnamese article or report into a draft, every value with its span.

    Rule-based, built on :mod:`tayho_coord.vi`; nothing is guessed: a count whose noun the
    rules do not know, a date that is not of the calendar, a fraction that could be a date
    go to :attr:`Draft.unplaced`; a date printed without its year keeps no year; a post is
    what the text prints on that day.

    Args:
        text: The text (plain text; see :func:`text_of_html` for a web page). It is
            normalized to NFC, and the spans refer to the normalized text
            (:attr:`Draft.text`).
        source: A name for the source (a file name, a URL), kept on the draft.
        tagger: ``None`` (the default) reads with the rules alone. ``"pyvi"`` also asks
            pyvi's part-of-speech tagger (the ``nlp`` extra: ``pip install
            "tayho_coord[nlp]"``) for a count's noun that the rules' lexicon does not hold
            and for where a noun's phrase ends when the rules cannot tell; every rule that
            refuses a number applies first. Its precision and recall against the rules'
            are measured in the docs ("A statistical tagger, measured").

    Returns:
        The draft.

    Raises:
        ParseError: ``text`` is not a string, or longer than a million characters.
        ValidationError: ``tagger`` is not ``None`` nor ``"pyvi"``, or the ``nlp`` extra
            is not installed; ``source`` is given and is not a string with a letter or a
            digit (every citation of the records names it).

    Examples:
        >>> draft = extract("Chiều ngày 11/02/2020, HĐND quận Tây Hồ tổ chức hội nghị. "
        ...                 "Đã tổ chức thành công 03 phiên giải trình.")
        >>> draft.held_on.iso, draft.held_on.part_of_day
        ('2020-02-11', 'chiều')
        >>> [(c.value, c.noun) for c in draft.counts]
        [(3, 'phiên giải trình')]
    """
    if not isinstance(text, str):
        raise ParseError(repr(text), "expected the text of an article as a string")
    if len(text) > _MAX_TEXT:
        raise ParseError(text[:40] + "…", f"longer than {_MAX_TEXT} characters")
    if source is not None and (not isinstance(source, str) or not slugify(source)):
        raise ValidationError("source", source, "must be a name with a letter or a digit")
    tag = None if tagger is None else tagger_for(tagger)
    text = unicodedata.normalize("NFC", text)
    taken = Taken()
    generated = read_generated(text, taken)
    symbols = read_symbols(text, taken)
    dates, unplaced = read_dates(text, taken)
    unplaced = generated + unplaced
    for symbol in symbols:
        if symbol.dated is not None:
            for i, date in enumerate(dates):
                if date.span.start == symbol.dated.span.start:
                    dates[i] = DateMention(
                        date.span,
                        date.year,
                        date.month,
                        date.day,
                        date.part_of_day,
                        "document",
                        date.excerpt,
                        date.borrowed,
                    )
    rates, unplaced_rates = read_rates(text, taken)
    counts, unplaced_counts = read_counts(text, taken, tagger=tag)
    held_on = _held_on(dates)
    unplaced_people: list[Unplaced] = []
    people = read_people(
        text, taken, held_on.date if held_on is not None else None, unplaced_people
    )
    event = _event(text)
    unit = _unit(text, event, people)
    key_tasks: Count | None = next(
        (c for c in counts if c.noun.lower().startswith("nhiệm vụ trọng tâm")), None
    )
    return Draft(
        text=text,
        source=source,
        event=event,
        unit=unit,
        held_on=held_on,
        parties=_parties(text, event),
        standing_agency=_standing(text),
        reporter=_reporter(text, people),
        dates=tuple(dates),
        people=tuple(people),
        counts=tuple(counts),
        rates=tuple(rates),
        symbols=tuple(symbols),
        key_tasks=key_tasks,
        findings=_findings(text),
        unplaced=tuple(
            sorted(
                [*unplaced, *unplaced_rates, *unplaced_counts, *unplaced_people],
                key=lambda u: u.span.start,
            )
        ),
    )
