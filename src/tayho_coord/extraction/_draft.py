"""The draft an extraction returns: every value with the span of text it was read from."""

from __future__ import annotations

import datetime as dt
import enum
from decimal import Decimal
from fractions import Fraction
from typing import TYPE_CHECKING, Any

import attrs
from attrs import field, frozen

from tayho_coord.errors import ValidationError
from tayho_coord.model import AgencyKind
from tayho_coord.vi import DocumentSymbol

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator

__all__ = [
    "AgencyMention",
    "Count",
    "DateMention",
    "Draft",
    "EventKind",
    "EventMention",
    "Finding",
    "FindingKind",
    "Item",
    "PersonPost",
    "Rate",
    "Span",
    "SymbolMention",
    "UnitMention",
    "Unplaced",
]


def _check_span(instance: Span, attribute: object, value: int) -> None:
    if instance.start < 0 or instance.end < instance.start:
        raise ValidationError("span", (instance.start, instance.end), "not a range of the text")
    if len(instance.text) != instance.end - instance.start:
        raise ValidationError("span", instance.text, "its text is not as long as its range")


@frozen
class Span:
    """A range of the extracted text, and the characters in it.

    Attributes:
        start: The offset of the first character (in :attr:`Draft.text`).
        end: The offset after the last character.
        text: ``Draft.text[start:end]``, verbatim.

    Examples:
        >>> Span(3, 8, "56,82")
        Span(start=3, end=8, text='56,82')
    """

    start: int
    end: int = field(validator=_check_span)
    text: str

    @classmethod
    def of(cls, source: str, start: int, end: int) -> Span:
        """The span of ``source[start:end]``."""
        return cls(start, end, source[start:end])


class EventKind(enum.Enum):
    """What happened, as the text names it.

    The first four are the kinds of meeting of an agreement (``MeetingKind`` of the record
    kinds); the others are activities and reports of their own.
    """

    SIGNING = "signing"
    INTERIM_REVIEW = "interim_review"
    FINAL_REVIEW = "final_review"
    REVIEW_AND_SIGNING = "review_and_signing"
    HEARING = "hearing"
    OVERSIGHT = "oversight"
    VOTER_CONTACT = "voter_contact"
    PETITION_REPORT = "petition_report"


class FindingKind(enum.Enum):
    """A finding of a review: something achieved, or a shortcoming."""

    ACHIEVEMENT = "achievement"
    SHORTCOMING = "shortcoming"


@frozen
class EventMention:
    """The kind of event, read from the words that name it.

    Attributes:
        kind: The kind.
        span: The words (``ký kết``, ``sơ kết``, ``phiên giải trình``…).
        agreement: ``"program"`` (Chương trình phối hợp) or ``"regulation"`` (Quy chế phối
            hợp) when the text names the agreement the event is about, else ``None``.
        excerpt: The sentence it was read from.
    """

    kind: EventKind
    span: Span
    agreement: str | None
    excerpt: str


@frozen
class UnitMention:
    """An administrative unit named with its level (``quận Tây Hồ``).

    Attributes:
        level: The level as printed, in small letters (``quận``).
        name: The name as printed (``Tây Hồ``); one printed in capitals in a heading
            (``XÃ MINH SƠN``) in its usual form, each syllable capitalized (``Minh Sơn``).
        span: Level and name.
    """

    level: str
    name: str
    span: Span


@frozen
class AgencyMention:
    """A body of the unit named in the text (HĐND, Thường trực HĐND, UBND, Ủy ban MTTQ…).

    Attributes:
        kind: The body's kind.
        span: Its name as printed.
    """

    kind: AgencyKind
    span: Span


@frozen
class DateMention:
    """A date as printed: a day, or a month, with or without its year.

    Nothing is filled in: a date printed without its year has ``year=None`` (its ISO form
    is ``--MM-DD``), never the year of today or of another date — except in a range whose
    end prints the month or the year for both ends (``từ ngày 16/7 đến ngày 19/7/2019``,
    ``từ ngày 4 đến ngày 8/2/2026``): the start takes them from the end, and ``borrowed``
    says which (:attr:`printed_iso` is the date as printed alone).

    Attributes:
        span: The date as printed (``11/02/2020``, ``ngày 27 tháng 10 năm 2017``).
        year: The year, or ``None`` when the text does not print it.
        month: The month.
        day: The day, or ``None`` for a month (``tháng 11/2024``).
        part_of_day: ``sáng``, ``trưa``, ``chiều``, ``tối`` or ``đêm`` when printed before it.
        role: What it dates, when the text says: ``"event"``, ``"published"``,
            ``"document"`` (the day of a document or law it follows), else ``None``.
        excerpt: The sentence it was read from.
        borrowed: ``"month"`` when a range's first day takes its month (and year) from the
            range's end (``từ ngày 4 đến ngày 8/2/2026``), ``"year"`` when it takes only its
            year (``từ 08/11 đến 18/11/2025``); ``None`` when all is printed with it.
    """

    span: Span
    year: int | None
    month: int
    day: int | None
    part_of_day: str | None
    role: str | None
    excerpt: str
    borrowed: str | None = None

    @property
    def printed_iso(self) -> str | None:
        """The ISO form of what is printed with the date alone; ``None`` for a day alone.

        The range's end lends a first day its month or year (:attr:`borrowed`); printed
        alone, ``4`` of ``từ ngày 4 đến ngày 8/2/2026`` is a day with no month, no date of the
        calendar, and ``08/11`` of ``từ 08/11 đến 18/11/2025`` is ``--11-08``.

        Examples:
            >>> span = Span(0, 5, "08/11")
            >>> DateMention(span, 2025, 11, 8, None, None, "", borrowed="year").printed_iso
            '--11-08'
            >>> DateMention(Span(0, 1, "4"), 2026, 2, 4, None, None, "", "month").printed_iso
        """
        if self.borrowed == "month":
            return None
        return _iso_form(None if self.borrowed == "year" else self.year, self.month, self.day)

    @property
    def iso(self) -> str:
        """``YYYY-MM-DD``, ``YYYY-MM`` or ``--MM-DD`` (no year printed).

        Examples:
            >>> DateMention(Span(0, 5, "25/01"), None, 1, 25, None, None, "").iso
            '--01-25'
        """
        return _iso_form(self.year, self.month, self.day)

    @property
    def date(self) -> dt.date | None:
        """The calendar day, when day, month and year are all printed."""
        if self.year is None or self.day is None:
            return None
        return dt.date(self.year, self.month, self.day)


def _iso_form(year: int | None, month: int, day: int | None) -> str:
    """``YYYY-MM-DD``, ``YYYY-MM`` or ``--MM-DD`` of a date's printed parts."""
    if year is None:
        return f"--{month:02d}-{day or 0:02d}"
    if day is None:
        return f"{year:04d}-{month:02d}"
    return f"{year:04d}-{month:02d}-{day:02d}"


@frozen
class PersonPost:
    """A person and one post the text gives them, as the text prints it on that day.

    Attributes:
        name: The full name as printed.
        span: The name.
        post: The post as printed (``Bí thư Huyện ủy``, ``UVTV``).
        post_span: The post.
        as_of: The day the text is about, when it prints a full date for it (the post is
            attested on that day, not known for any other).
        excerpt: The sentence it was read from.
    """

    name: str
    span: Span
    post: str
    post_span: Span
    as_of: dt.date | None
    excerpt: str


@frozen
class Item:
    """One of the things a count names (``công tác đầu tư xây dựng``)."""

    span: Span


@frozen
class Count:
    """A number printed with the noun it counts (``03 phiên giải trình``).

    Attributes:
        value: The number.
        qualifier: ``hơn``, ``trên``, ``gần``, ``khoảng``, ``gần`` or ``tối đa`` when printed
            before it (the count is then a bound, not the number of things).
        noun: The counted noun phrase as printed (``phiên Giải trình``).
        span: From the number (or its qualifier) to the end of the noun.
        items: The things the text names after it (at most ``value`` of them).
        excerpt: The sentence it was read from.
    """

    value: int
    qualifier: str | None
    noun: str
    span: Span
    items: tuple[Item, ...]
    excerpt: str

    def __attrs_post_init__(self) -> None:
        if len(self.items) > self.value:
            raise ValidationError(
                "items", len(self.items), f"more items than the count {self.value}"
            )


@frozen
class Rate:
    """A printed rate: a percentage (``56,82%``) or a fraction (``199/241``).

    Attributes:
        span: As printed.
        value: The percentage as a ``Decimal`` proportion (``0.5682``), or the fraction as
            printed (``Fraction(199, 241)``, which keeps ``39/39`` as the number 1).
        numerator: For a fraction, its two printed numbers; ``None`` for a percentage.
        denominator: See ``numerator``.
        excerpt: The sentence it was read from.
    """

    span: Span
    value: Decimal | Fraction
    numerator: int | None
    denominator: int | None
    excerpt: str


@frozen
class SymbolMention:
    """A document's number and symbol as printed (``10/KH-HĐND``).

    Attributes:
        span: As printed.
        parsed: The symbol read by :meth:`tayho_coord.vi.DocumentSymbol.parse` when it
            follows Nghị định 30's form, else ``None`` (a party document's ``217-QĐ/TW`` or
            a joint resolution's ``19/2008/NQLT/CP-UBTUMTTQVN`` is kept as printed).
        document: The kind of document printed before it (``Kế hoạch``), or ``None``.
        dated: The day printed after it (``ngày 21/10/2024``), or ``None``.
        excerpt: The sentence it was read from.
    """

    span: Span
    parsed: DocumentSymbol | None
    document: str | None
    dated: DateMention | None
    excerpt: str


@frozen
class Finding:
    """A sentence of a review that states an achievement or a shortcoming."""

    kind: FindingKind
    span: Span


@frozen
class Unplaced:
    """Something the rules saw and could not place, with the reason.

    Attributes:
        span: What was seen.
        reason: Why it was not placed (``"noun not known: 'lần'"``).
    """

    span: Span
    reason: str


@frozen
class Draft:
    """What an extraction proposes, for a person to check against the text.

    Every value carries its span of :attr:`text` (and the sentence around it as its
    excerpt); nothing is filled in that the text does not print.

    Attributes:
        text: The text the spans refer to (the input, normalized to NFC).
        source: The name of the source given to :func:`extract`, or ``None``.
        event: The kind of event, or ``None`` when no rule names it.
        unit: The first unit named with its level, or ``None``.
        held_on: The date of the event, or ``None``.
        parties: The bodies named in the sentence that names the event, in order.
        standing_agency: The body the text calls the standing agency (cơ quan thường trực).
        reporter: The body or person the text says reported (``… báo cáo``).
        dates: Every date read.
        people: Every person with a post.
        counts: Every count with a known noun.
        rates: Every printed rate.
        symbols: Every document symbol.
        key_tasks: The count of key tasks (nhiệm vụ trọng tâm), with the tasks it names.
        findings: Sentences stating achievements and shortcomings.
        unplaced: What was seen and not placed.
    """

    text: str
    source: str | None
    event: EventMention | None
    unit: UnitMention | None
    held_on: DateMention | None
    parties: tuple[AgencyMention, ...]
    standing_agency: AgencyMention | None
    reporter: AgencyMention | PersonPost | None
    dates: tuple[DateMention, ...]
    people: tuple[PersonPost, ...]
    counts: tuple[Count, ...]
    rates: tuple[Rate, ...]
    symbols: tuple[SymbolMention, ...]
    key_tasks: Count | None
    findings: tuple[Finding, ...]
    unplaced: tuple[Unplaced, ...]

    def __attrs_post_init__(self) -> None:
        for label, span in self.spans():
            if self.text[span.start : span.end] != span.text:
                raise ValidationError(label, span.text, "not the text at its span")

    def spans(self) -> Iterator[tuple[str, Span]]:
        """Every value's label and span, in the order of the draft's fields.

        Examples:
            >>> from tayho_coord.extraction import extract
            >>> [label for label, _ in extract("Có 03 phiên giải trình.").spans()]
            ['event: hearing', 'count']
        """
        if self.event is not None:
            yield f"event: {self.event.kind.value}", self.event.span
        if self.unit is not None:
            yield "unit", self.unit.span
        for party in self.parties:
            yield f"party: {party.kind.value}", party.span
        if self.standing_agency is not None:
            yield "standing agency", self.standing_agency.span
        if isinstance(self.reporter, AgencyMention):
            yield "reporter", self.reporter.span
        for date in self.dates:
            yield (
                f"date {date.iso}" if date.role is None else f"date {date.iso} ({date.role})",
                date.span,
            )
        named: set[int] = set()
        for person in self.people:
            if person.span.start not in named:
                named.add(person.span.start)
                yield "person", person.span
            yield "post", person.post_span
        for count in self.counts:
            yield "count", count.span
            for item in count.items:
                yield "item", item.span
        for rate in self.rates:
            yield "rate", rate.span
        for symbol in self.symbols:
            yield "symbol", symbol.span
        for finding in self.findings:
            yield finding.kind.value, finding.span
        for unplaced in self.unplaced:
            yield f"unplaced: {unplaced.reason}", unplaced.span

    def as_json(self, *, unplaced: Iterable[Unplaced] | None = None) -> dict[str, Any]:
        """The draft as JSON-ready data (spans as ``[start, end, text]``).

        Args:
            unplaced: What to list under ``"unplaced"`` (each with its span and reason):
                :attr:`Assembly.unplaced` gives the values no record holds too; by default
                the draft's own :attr:`unplaced`.

        Examples:
            >>> from tayho_coord.extraction import extract
            >>> extract("Đạt tỷ lệ 56,82%.").as_json()["rates"][0]["value"]
            '0.5682'
            >>> extract("Có 25 năm.").as_json()["unplaced"]
            ({'span': [3, 9, '25 năm'], 'reason': 'a duration, not a count'},)
        """
        from attrs import asdict

        def convert(_inst: object, _field: object, value: Any) -> Any:
            if isinstance(value, Span):
                return [value.start, value.end, value.text]
            if isinstance(value, enum.Enum):
                return value.value
            if isinstance(value, (Decimal, Fraction, DocumentSymbol)):
                return str(value)
            if isinstance(value, dt.date):
                return value.isoformat()
            return value

        draft = self if unplaced is None else attrs.evolve(self, unplaced=tuple(unplaced))
        data = asdict(draft, recurse=True, value_serializer=convert)
        dated = [s["dated"] for s in data["symbols"] if s["dated"] is not None]
        for date in [*data["dates"], *([data["held_on"]] if data["held_on"] else []), *dated]:
            date["iso"] = _iso(date)
        return data


def _iso(date: dict[str, Any]) -> str:
    mention = DateMention(Span(0, 0, ""), date["year"], date["month"], date["day"], None, None, "")
    return mention.iso
