"""From a Vietnamese article or report to a draft: the event, its unit, day and bodies."""

from __future__ import annotations

import re
import unicodedata

from tayho_coord.errors import ParseError
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
    read_counts,
    read_dates,
    read_rates,
    read_symbols,
    sentence_at,
)
from tayho_coord.model import AgencyKind

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

# (pattern, kind): the first that matches in the title and lead decides.
_EVENTS: tuple[tuple[str, EventKind], ...] = (
    (
        r"(?:tổng kết|đánh giá, rút kinh nghiệm)[^.\n]{0,200}?(?:và|,)[^.\n]{0,60}?ký kết",
        EventKind.REVIEW_AND_SIGNING,
    ),
    (r"ký kết", EventKind.SIGNING),
    (r"sơ kết", EventKind.INTERIM_REVIEW),
    (r"tổng kết", EventKind.FINAL_REVIEW),
    (r"phiên (?:họp )?giải trình", EventKind.HEARING),
    (r"giám sát chuyên đề|đoàn giám sát", EventKind.OVERSIGHT),
    (r"tiếp xúc cử tri", EventKind.VOTER_CONTACT),
    (r"(?:giải quyết|trả lời)[^.\n]{0,40}kiến nghị", EventKind.PETITION_REPORT),
)

_UNIT = re.compile(
    r"(?<!\w)(?P<level>"
    + "|".join(UNIT_LEVELS)
    # A name stays on its line: a title ending with the unit is not continued by the next
    # line's first word ("… của huyện Ba Vì\nTỷ lệ …").
    + r")[^\S\n]+(?P<name>(?:[A-ZÀ-ỸĐ][^\W\d_]*)(?:[^\S\n]+[A-ZÀ-ỸĐ][^\W\d_]*){0,3})"
)

_SHORTCOMING = re.compile(
    r"^(?:Tuy nhiên|Bên cạnh đó|Hạn chế)|còn hạn chế|chưa đạt|tồn tại, hạn chế|cần rút kinh nghiệm"
)
_ACHIEVEMENT = re.compile(
    r"đã phối hợp (?:tổ chức )?(?:thành công|thường xuyên|chặt chẽ|tốt)"
    r"|thực hiện (?:chặt chẽ, hiệu quả|tốt)|đạt nhiều kết quả"
)


def _lead_end(text: str) -> int:
    """Where the lead ends: after the fourth line that is not empty.

    The title and the first paragraphs are where an article names its event and unit.
    """
    for lines, match in enumerate(re.finditer(r"[^\n]*\S[^\n]*", text), start=1):
        if lines == 4:
            return match.end()
    return len(text)


def _event(text: str) -> EventMention | None:
    lead = text[: _lead_end(text)]
    for pattern, kind in _EVENTS:
        match = re.search(pattern, lead, re.IGNORECASE)
        if match is None:
            continue
        s, e = match.span()
        if kind is EventKind.REVIEW_AND_SIGNING:
            e = s + len(match.group(0))
        sentence = sentence_at(text, s, e)
        agreement = None
        if re.search(r"quy chế phối hợp", sentence, re.IGNORECASE):
            agreement = "regulation"
        elif re.search(r"chương trình phối hợp", sentence, re.IGNORECASE):
            agreement = "program"
        return EventMention(kind, Span.of(text, s, e), agreement, sentence)
    return None


def _unit(text: str) -> UnitMention | None:
    for match in _UNIT.finditer(text, 0, _lead_end(text)):
        name = match["name"]
        words = name.split()
        # Stop at a body's abbreviation or a post that follows the name.
        kept = []
        for word in words:
            if (word.isupper() and len(word) > 1) or word in _NOT_A_NAME:
                break
            kept.append(word)
        if not kept:
            continue
        e = match.start("name") + len(" ".join(kept))
        span = Span.of(text, match.start(), e)
        return UnitMention(match["level"], text[match.start("name") : e], span)
    return None


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
        sentence_start = (
            max(text.rfind(". ", 0, match.start()), text.rfind("\n", 0, match.start())) + 1
        )
        window = (max(sentence_start, match.start() - 120), match.start())
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


def extract(text: str, *, source: str | None = None) -> Draft:
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

    Returns:
        The draft.

    Raises:
        ParseError: ``text`` is not a string, or longer than a million characters.

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
    text = unicodedata.normalize("NFC", text)
    taken = Taken()
    symbols = read_symbols(text, taken)
    dates, unplaced = read_dates(text, taken)
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
                    )
    rates, unplaced_rates = read_rates(text, taken)
    counts, unplaced_counts = read_counts(text, taken)
    held_on = _held_on(dates)
    unplaced_people: list[Unplaced] = []
    people = read_people(
        text, taken, held_on.date if held_on is not None else None, unplaced_people
    )
    event = _event(text)
    unit = _unit(text)
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
