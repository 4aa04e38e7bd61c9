"""Voter petitions (kiến nghị cử tri): single petitions, reported statistics, printed figures.

A review reports petitions in two ways that must not be confused: counts (received,
resolved…), from which a rate can be computed exactly, and printed figures ("56,82%"), which
are kept exactly as the source printed them. :class:`PetitionStats` holds both and, when they
disagree, emits a :class:`~tayho_coord.errors.FigureWarning` carrying the audit's finding; it
never raises for a disagreement and never changes either side. A count larger than the count
it is a part of (20 resolved of 10 received) is no disagreement but an impossibility: that
raises :class:`~tayho_coord.errors.ValidationError`.
"""

from __future__ import annotations

import datetime as dt
import enum
import sys
import warnings
from decimal import Decimal
from fractions import Fraction
from typing import TYPE_CHECKING, Any

from attrs import field, frozen

from tayho_coord.errors import FigureWarning, ParseError, ValidationError
from tayho_coord.model._agencies import Agency
from tayho_coord.model._provenance import Citation, ref_repr
from tayho_coord.model._time import PartialDate
from tayho_coord.model._units import AdminUnit, UnitKind, UnitLevel
from tayho_coord.model._validators import check_count, non_empty, optional_non_empty

if TYPE_CHECKING:
    from collections.abc import Iterable

__all__ = [
    "Competence",
    "Petition",
    "PetitionOutcome",
    "PetitionStats",
    "PrintedFigure",
    "Qualifier",
    "refuse_bound",
    "split_qualifier",
]


class Competence(enum.Enum):
    """The level of government whose competence (thẩm quyền) a petition falls within.

    The value is a stable identifier used in data files; :attr:`label` is the Vietnamese
    wording, and :meth:`label_for` the wording a report of a given kind of unit uses (the
    seed's "thuộc thẩm quyền cấp quận"), and :meth:`label_in` the one a given unit's report uses.

    Examples:
        >>> Competence.DISTRICT.label
        'thẩm quyền cấp huyện'
        >>> Competence.DISTRICT.label_for(UnitKind.URBAN_DISTRICT)
        'thẩm quyền cấp quận'
        >>> Competence("central").label
        'thẩm quyền của Trung ương'
    """

    CENTRAL = "central"
    PROVINCE = "province"
    DISTRICT = "district"
    COMMUNE = "commune"

    @property
    def label(self) -> str:
        """The Vietnamese wording, naming the level by its generic unit (tỉnh, huyện, xã)."""
        return _COMPETENCE_LABELS[self]

    @property
    def level(self) -> UnitLevel | None:
        """The level of local government; None for the central level."""
        return _COMPETENCE_LEVELS[self]

    @property
    def last_day(self) -> dt.date | None:
        """The last day the level existed; None for a level that still exists.

        The district level (cấp huyện) ended on 30/06/2025: from 01/07/2025 local government
        has two levels (Luật Tổ chức chính quyền địa phương số 72/2025/QH15, in force from
        01/07/2025).

        Examples:
            >>> Competence.DISTRICT.last_day, Competence.COMMUNE.last_day
            (datetime.date(2025, 6, 30), None)
        """
        return DISTRICT_LEVEL_LAST_DAY if self is Competence.DISTRICT else None

    def label_for(self, kind: UnitKind) -> str:
        """The wording in a report of a unit of ``kind`` at this level (cấp quận, cấp phường).

        Args:
            kind: The kind of the unit whose competence is meant.

        Raises:
            ValidationError: ``kind`` is not at this level (or this is the central level).

        Examples:
            >>> Competence.COMMUNE.label_for(UnitKind.WARD)
            'thẩm quyền cấp phường'
            >>> Competence.PROVINCE.label_for(UnitKind.CENTRAL_CITY)
            'thẩm quyền cấp thành phố'
        """
        if not isinstance(kind, UnitKind) or self.level is not kind.level:
            raise ValidationError("kind", kind, f"is not a unit at the {self.value} level")
        return f"thẩm quyền cấp {kind.noun}"

    def label_in(self, unit: AdminUnit) -> str:
        """The wording a report of ``unit`` uses: the level named by that unit's own kind.

        A district's report says "cấp quận" for its own level and names the level above by
        the unit it belongs to ("cấp thành phố" in Hà Nội); a level it cannot name that way
        keeps the generic :attr:`label`.

        Examples:
            >>> hn = AdminUnit("ha-noi", UnitKind.CENTRAL_CITY, "Hà Nội")
            >>> th = AdminUnit("ha-noi/tay-ho", UnitKind.URBAN_DISTRICT, "Tây Hồ", parent=hn)
            >>> Competence.DISTRICT.label_in(th), Competence.PROVINCE.label_in(th)
            ('thẩm quyền cấp quận', 'thẩm quyền cấp thành phố')
            >>> Competence.COMMUNE.label_in(th), Competence.CENTRAL.label_in(th)
            ('thẩm quyền cấp xã', 'thẩm quyền của Trung ương')
        """
        for candidate in (unit, *unit.ancestors()):
            if self.level is not None and candidate.kind.level is self.level:
                return self.label_for(candidate.kind)
        return self.label


DISTRICT_LEVEL_LAST_DAY = dt.date(2025, 6, 30)
"""The last day of the district level of local government (Luật số 72/2025/QH15)."""

_COMPETENCE_LABELS = {
    Competence.CENTRAL: "thẩm quyền của Trung ương",
    Competence.PROVINCE: "thẩm quyền cấp tỉnh",
    Competence.DISTRICT: "thẩm quyền cấp huyện",
    Competence.COMMUNE: "thẩm quyền cấp xã",
}
_COMPETENCE_LEVELS = {
    Competence.CENTRAL: None,
    Competence.PROVINCE: UnitLevel.PROVINCE,
    Competence.DISTRICT: UnitLevel.DISTRICT,
    Competence.COMMUNE: UnitLevel.COMMUNE,
}


class PetitionOutcome(enum.Enum):
    """Where a petition stands, as the answer to it says.

    A petition with an outcome has been answered (đã trả lời); one without an outcome has not.
    Being answered is not being resolved: an answer may say the petition is still being
    resolved, explain why nothing will change, or that it is not resolved yet.
    ``UNRESOLVED_OBJECTIVE`` is a petition not resolved for objective reasons; a report's count
    "chưa giải quyết" includes those (see :class:`PetitionStats`).

    Examples:
        >>> PetitionOutcome.EXPLAINED.label
        'đã giải trình, cung cấp thông tin'
        >>> PetitionOutcome("resolved")
        <PetitionOutcome.RESOLVED: 'resolved'>
    """

    RESOLVED = "resolved"
    IN_PROGRESS = "in_progress"
    EXPLAINED = "explained"
    UNRESOLVED = "unresolved"
    UNRESOLVED_OBJECTIVE = "unresolved_objective"

    @property
    def label(self) -> str:
        """The Vietnamese wording of reports."""
        return _OUTCOME_LABELS[self]


_OUTCOME_LABELS = {
    PetitionOutcome.RESOLVED: "đã giải quyết xong",
    PetitionOutcome.IN_PROGRESS: "đang giải quyết",
    PetitionOutcome.EXPLAINED: "đã giải trình, cung cấp thông tin",
    PetitionOutcome.UNRESOLVED: "chưa giải quyết",
    PetitionOutcome.UNRESOLVED_OBJECTIVE: "chưa giải quyết do nguyên nhân khách quan",
}


def check_competence_period(competence: Competence, first: dt.date, where: str) -> None:
    """Refuse a competence level that no longer existed on ``first``, the first day meant.

    Raises:
        ValidationError: thẩm quyền cấp huyện for days from 01/07/2025.
    """
    last = competence.last_day
    if last is not None and first > last:
        raise ValidationError(
            where,
            competence.value,
            f"{competence.label} did not exist on {first.isoformat()} "
            f"(the level ended on {last.isoformat()})",
        )


class Qualifier(enum.Enum):
    """A word printed before a figure that makes it a bound, not a value.

    "hơn 60 ý kiến", "trên 100", "gần 200", "khoảng 50": the source does not give the
    exact figure, and the library never reads one into it. A qualified
    :class:`PrintedFigure` keeps its word in its text; audits read it as the bound it is
    (:meth:`PrintedFigure.admits`), and what needs an exact value refuses it.

    Examples:
        >>> [(q.value, q.words) for q in Qualifier]
        [('more_than', ('hơn', 'trên')), ('nearly', ('gần',)), ('about', ('khoảng',))]
    """

    MORE_THAN = "more_than"
    NEARLY = "nearly"
    ABOUT = "about"

    @property
    def words(self) -> tuple[str, ...]:
        """The Vietnamese words printed for it, in lower case."""
        return _QUALIFIER_WORDS[self]

    @property
    def english(self) -> str:
        """The bound in plain English, for messages (``more than``, ``nearly``, ``about``)."""
        return self.value.replace("_", " ")


_QUALIFIER_WORDS = {
    Qualifier.MORE_THAN: ("hơn", "trên"),
    Qualifier.NEARLY: ("gần",),
    Qualifier.ABOUT: ("khoảng",),
}
_QUALIFIER_OF = {word: q for q, words in _QUALIFIER_WORDS.items() for word in words}


def split_qualifier(text: str) -> tuple[Qualifier | None, str]:
    """The qualifier a figure's text starts with ("hơn 60"), and the figure after it.

    The word is matched whole and in lower case or with a capital first letter (a
    figure at the start of a sentence), followed by one space; anything else is no
    qualifier (the text is returned as it is).

    Examples:
        >>> split_qualifier("hơn 60")
        (<Qualifier.MORE_THAN: 'more_than'>, '60')
        >>> split_qualifier("Gần 200")
        (<Qualifier.NEARLY: 'nearly'>, '200')
        >>> split_qualifier("56,82%")
        (None, '56,82%')
    """
    word, space, rest = text.partition(" ")
    if not space or rest[:1].isspace():
        return None, text
    qualifier = _QUALIFIER_OF.get(word) or _QUALIFIER_OF.get(word[:1].lower() + word[1:])
    if qualifier is None or (word != word.lower() and word[1:] != word[1:].lower()):
        return None, text
    return qualifier, rest


def _text(instance: object, attribute: Any, value: str) -> None:
    # non_empty, typed for a ``str`` field (its ``value: object`` would make attrs' mypy
    # plugin infer the field as ``object``).
    non_empty(instance, attribute, value)


@frozen
class PrintedFigure:
    """A figure exactly as a source printed it, with what the text says.

    Only the text is stored (a data file holds ``"56,82%"``); the value, the precision and
    the shape are read from it. The text is read the Vietnamese way: ``.`` groups thousands,
    ``,`` starts the decimals, and a percentage ends in ``%`` with or without a space before
    it. Three shapes are printed: a percentage (``"56,82%"``), a bare number (``"17,4"``, a
    percentage printed without its sign as in "chiếm 17,4", or a count), and a fraction of
    two counts (``"18/93"``: 18 of 93).

    Attributes:
        text: The printed text, verbatim (``"56,82%"``, ``"56,82 %"``, ``"17,4"``,
            ``"18/93"``).
        value: The exact value: for a percentage the ratio it stands for (``0.5682``), for a
            fraction its first count (``18``), otherwise the number as printed (``17.4``).
        precision: The number of digits printed after the decimal comma (0 for a fraction).
        is_percent: Whether the text ends in ``%``.
        denominator: The second count of a fraction (``93``); None for any other shape.
        qualifier: The word that makes the figure a bound ("hơn 60", "trên 85%", "gần
            200", "khoảng 50": :class:`Qualifier`), kept in ``text``; None for an exact
            figure. ``value`` is then the number printed after the word: a bound, never
            the value (:meth:`admits`); :attr:`ratio` and :attr:`percent_ratio` refuse it.

    Raises:
        ValidationError: The text is not a Vietnamese number, percentage or fraction of two
            whole numbers (the error names the text).

    Examples:
        >>> f = PrintedFigure("56,82%")
        >>> f.value, f.precision, f.is_percent
        (Decimal('0.5682'), 2, True)
        >>> PrintedFigure("17,4").value
        Decimal('17.4')
        >>> PrintedFigure("100 %").precision
        0
        >>> g = PrintedFigure("18/93")
        >>> g.is_fraction, g.value, g.denominator, g.ratio
        (True, Decimal('18'), 93, Fraction(6, 31))
        >>> h = PrintedFigure("hơn 60")
        >>> h.text, h.qualifier, h.value, h.is_exact, h.admits(61), h.admits(60)
        ('hơn 60', <Qualifier.MORE_THAN: 'more_than'>, Decimal('60'), False, True, False)
    """

    text: str = field(validator=_text)
    value: Decimal = field(init=False, eq=False, repr=False)
    precision: int = field(init=False, eq=False, repr=False)
    is_percent: bool = field(init=False, eq=False, repr=False)
    denominator: int | None = field(init=False, eq=False, repr=False)
    qualifier: Qualifier | None = field(init=False, eq=False, repr=False)

    def __attrs_post_init__(self) -> None:
        from tayho_coord.vi import parse_number, parse_percent

        qualifier, figure = split_qualifier(self.text)
        object.__setattr__(self, "qualifier", qualifier)
        if "/" in figure:
            if qualifier is not None:
                raise ValidationError(
                    "text", self.text, "a fraction states two counts: it takes no qualifier"
                )
            self._read_fraction()
            return
        is_percent = figure.rstrip(" \xa0\u202f").endswith("%")
        try:
            value = parse_percent(figure) if is_percent else parse_number(figure)
        except ParseError as exc:
            raise ValidationError("text", self.text, exc.reason) from None
        exponent = value.as_tuple().exponent
        assert isinstance(exponent, int)  # parsed numbers are finite
        places = -exponent - (2 if is_percent else 0)
        object.__setattr__(self, "value", value)
        object.__setattr__(self, "precision", max(places, 0))
        object.__setattr__(self, "is_percent", is_percent)
        object.__setattr__(self, "denominator", None)

    def _read_fraction(self) -> None:
        from tayho_coord.vi import parse_number

        parts = self.text.split("/")
        problem = "a fraction is two whole counts, such as 18/93"
        if len(parts) != 2:
            raise ValidationError("text", self.text, problem)
        try:
            top, bottom = (parse_number(p) for p in parts)
        except ParseError:
            raise ValidationError("text", self.text, problem) from None
        if (
            top != top.to_integral_value()
            or bottom != bottom.to_integral_value()
            or "," in self.text
            or top < 0
            or bottom <= 0
        ):
            raise ValidationError("text", self.text, problem + ", the second above 0")
        object.__setattr__(self, "value", Decimal(int(top)))
        object.__setattr__(self, "precision", 0)
        object.__setattr__(self, "is_percent", False)
        object.__setattr__(self, "denominator", int(bottom))

    @property
    def is_exact(self) -> bool:
        """Whether the figure is printed as a value, not a bound (no :attr:`qualifier`)."""
        return self.qualifier is None

    def admits(self, value: Decimal | Fraction | int) -> bool:
        """Whether an exact ``value`` (in the figure's own unit) may be what is printed.

        The unit is the figure's :attr:`value`'s: a percentage's ratio (0,85 for
        "trên 85%"), a number's number. "hơn"/"trên" n admits only values above n, "gần"
        n only values below it, "khoảng" n any value (an approximation states no bound);
        an exact figure admits only its own value. Rounding is not allowed for: an exact
        figure against a computed rate is :func:`~tayho_coord.model.check_rate`'s work.

        Raises:
            ValidationError: the figure is a fraction (two counts, read :attr:`ratio`).
        """
        if self.denominator is not None:
            raise ValidationError(
                "text", self.text, "a fraction states two counts: compare them, not a value"
            )
        if self.qualifier is Qualifier.MORE_THAN:
            return value > self.value
        if self.qualifier is Qualifier.NEARLY:
            return value < self.value
        return self.qualifier is Qualifier.ABOUT or value == self.value

    def _exact(self, what: str) -> None:
        if self.qualifier is not None:
            raise ValidationError(
                "text",
                self.text,
                f"is a bound ({self.qualifier.english} {self.value}), not a value: "
                f"{what} needs an exact figure (read .admits)",
            )

    @property
    def is_fraction(self) -> bool:
        """Whether the text is a fraction of two counts (``"18/93"``)."""
        return self.denominator is not None

    @property
    def ratio(self) -> Fraction | None:
        """The exact rate the figure states: a percentage's or a fraction's; None for a number.

        A bare number ("17,4") is not read as a rate here (it may be a count); the audit
        reads it as one where the source's words make it one (:attr:`percent_ratio`).

        Examples:
            >>> PrintedFigure("69/69").ratio, PrintedFigure("100%").ratio
            (Fraction(1, 1), Fraction(1, 1))
            >>> PrintedFigure("17,4").ratio is None
            True
        """
        self._exact("a rate")
        if self.denominator is not None:
            return Fraction(int(self.value), self.denominator)
        return Fraction(self.value) if self.is_percent else None

    @property
    def percent_ratio(self) -> Decimal:
        """The figure read as a rate: a percentage's ratio, or a bare number divided by 100.

        Reports often drop the ``%`` of a rate ("đạt 17,4"); this is how the audit reads them.
        The division by 100 moves the exponent: exact whatever the number of digits (the
        default 28-digit :mod:`decimal` context would round a longer figure half-even).

        Raises:
            ValidationError: the figure is a fraction, which states two counts rather than a
                rounded rate (read :attr:`ratio`).

        Examples:
            >>> PrintedFigure("17,4").percent_ratio
            Decimal('0.174')
            >>> PrintedFigure("97,8%").percent_ratio
            Decimal('0.978')
            >>> PrintedFigure("33," + "3" * 29).percent_ratio == Decimal("0." + "3" * 31)
            True
        """
        if self.denominator is not None:
            raise ValidationError(
                "text", self.text, "a fraction states two counts, not a rounded rate: read .ratio"
            )
        self._exact("a rate")
        if self.is_percent:
            return self.value
        sign, digits, exponent = self.value.as_tuple()
        assert isinstance(exponent, int)  # parsed numbers are finite
        return Decimal((sign, digits, exponent - 2))

    def __str__(self) -> str:
        return self.text


def _optional_instance(cls: type) -> Any:
    """A validator: None or an instance of ``cls``, else ValidationError."""

    def check(instance: object, attribute: Any, value: object) -> None:
        if value is not None and not isinstance(value, cls):
            raise ValidationError(attribute.name, value, f"must be a {cls.__name__} or None")

    return check


def _instance(cls: type) -> Any:
    """A validator: an instance of ``cls``, else ValidationError."""

    def check(instance: object, attribute: Any, value: object) -> None:
        if not isinstance(value, cls):
            raise ValidationError(attribute.name, value, f"must be a {cls.__name__}")

    return check


def _rate_figure(instance: object, attribute: Any, value: object) -> None:
    _optional_instance(PrintedFigure)(instance, attribute, value)
    if isinstance(value, PrintedFigure) and value.is_fraction:
        raise ValidationError(
            attribute.name, value.text, "a fraction is two counts: give them as counts"
        )
    if isinstance(value, PrintedFigure):
        refuse_bound(attribute.name, value)


def refuse_bound(name: str, figure: PrintedFigure) -> None:
    """Refuse a figure printed as a bound ("trên 85%") where an exact rate is kept.

    Raises:
        ValidationError: naming ``name`` and the text, and where such a figure goes.
    """
    if figure.qualifier is not None:
        raise ValidationError(
            name,
            figure.text,
            f"is a bound ({figure.qualifier.english} {figure.value}), not a rate: give it "
            "as one of the record's figures (StatedFigure), audited as a bound",
        )


def _optional_count(instance: object, attribute: Any, value: object) -> None:
    if value is not None:
        check_count(attribute.name, value)


def _shared(value: str | None) -> str | None:
    """Intern a string, so that a million petitions share one copy of each session/sector."""
    return sys.intern(value) if type(value) is str else value


# weakref_slot=False: a million petitions in memory is a use case, and the weakref slot
# would cost 8 bytes each for nothing (8 fields, 96 bytes per record on CPython 3.11).
@frozen(weakref_slot=False)
class Petition:
    """One voter petition (kiến nghị cử tri).

    Small on purpose: a petition holds eight references and nothing else (96 bytes on
    CPython 3.11), so a million of them cost under 100 bytes each beyond what they share.
    Sessions and sectors repeat: they are interned (:func:`sys.intern`) when a petition is
    built, so however they were read, each distinct text is stored once. Agencies and dates
    are shared when the loader reuses equal objects (data files refer to agencies by id).

    Attributes:
        id: Its identifier in the register it comes from.
        session: The session or voter meeting it was raised at (``"Kỳ họp thứ 9"``).
        received: When it was received.
        sector: Its subject field (lĩnh vực): ``"đất đai"``, ``"trật tự đô thị"``…
        competence: The level of government competent to resolve it.
        agency: The agency responsible for resolving it.
        outcome: Where it stands according to its answer; None while it is unanswered.
        outcome_on: When that outcome was reached (needs an outcome).

    Examples:
        >>> p = Petition("KN-2019-001", received=PartialDate(2019, 7),
        ...              competence=Competence.DISTRICT, outcome=PetitionOutcome.EXPLAINED)
        >>> p.answered, p.resolved
        (True, False)
    """

    id: str = field(validator=_text)
    session: str | None = field(default=None, converter=_shared, validator=optional_non_empty)
    received: PartialDate | None = field(default=None, validator=_optional_instance(PartialDate))
    sector: str | None = field(default=None, converter=_shared, validator=optional_non_empty)
    competence: Competence | None = field(default=None, validator=_optional_instance(Competence))
    agency: Agency | None = field(default=None, validator=_optional_instance(Agency), repr=ref_repr)
    outcome: PetitionOutcome | None = field(
        default=None, validator=_optional_instance(PetitionOutcome)
    )
    outcome_on: PartialDate | None = field(default=None, validator=_optional_instance(PartialDate))

    def __attrs_post_init__(self) -> None:
        if self.competence is Competence.DISTRICT and self.received is not None:
            check_competence_period(self.competence, self.received.first_day(), "competence")
        if self.outcome_on is None:
            return
        if self.outcome is None:
            raise ValidationError("outcome_on", self.outcome_on.iso(), "needs an outcome")
        if self.received is not None and self.outcome_on.surely_before(self.received):
            raise ValidationError(
                "outcome_on",
                self.outcome_on.iso(),
                f"comes before the petition was received ({self.received.iso()})",
            )

    @property
    def answered(self) -> bool:
        """Whether it has been answered (it has an outcome)."""
        return self.outcome is not None

    @property
    def resolved(self) -> bool:
        """Whether it has been resolved."""
        return self.outcome is PetitionOutcome.RESOLVED


_PARTS_OF_RECEIVED = (
    "answered",
    "resolved",
    "in_progress",
    "explained",
    "unresolved",
    "unresolved_objective",
)
_COUNT_FIELDS = ("received", *_PARTS_OF_RECEIVED)


def _check_breakdown(
    instance: PetitionStats, attribute: Any, value: tuple[PetitionStats, ...]
) -> None:
    for index, part in enumerate(value):
        where = f"breakdown[{index}]"
        if not isinstance(part, PetitionStats):
            raise ValidationError(where, part, "must be a PetitionStats")
        if part.unit != instance.unit or part.period != instance.period:
            raise ValidationError(
                where, part.unit.id, "a part must have the unit and period of the whole"
            )


@frozen
class PetitionStats:
    """Statistics of voter petitions as a report gives them, counts and printed figures apart.

    The scope is a unit and a period, narrowed by competence, session or sector where the
    report does. Counts are None where the report gives none: none is ever inferred. The
    outcome counts follow reports: ``unresolved`` (chưa giải quyết) includes
    ``unresolved_objective`` (of which, for objective reasons). ``breakdown`` lists parts that
    together make this whole (by competence or by sector).

    Building a record whose printed figures or parts disagree with its counts emits a
    :class:`~tayho_coord.errors.FigureWarning` per finding of :func:`tayho_coord.audit.audit`
    at this level (parts warn when they are built); it never raises for that: outcome counts
    that add up to more or less than ``received``, a printed rate that does not follow.

    One count larger than the whole it is part of cannot be, whatever was printed, and raises
    :class:`~tayho_coord.errors.ValidationError` naming the count and its value: each of
    ``answered``, ``resolved``, ``in_progress``, ``explained``, ``unresolved`` and
    ``unresolved_objective`` at most ``received``; ``unresolved_objective`` at most
    ``unresolved``; each count of a part of ``breakdown`` at most the same count of the whole.

    Attributes:
        unit: The unit reporting.
        period: The period covered (``PartialDate(2019)``).
        competence: Only petitions within this competence, if the figure is so narrowed.
        session: Only petitions from this session or meeting, if narrowed.
        sector: Only petitions of this subject field, if narrowed.
        received: Petitions received (the total).
        answered: Petitions answered.
        resolved: Petitions resolved (đã giải quyết xong).
        in_progress: Petitions being resolved (đang giải quyết).
        explained: Petitions answered with an explanation or information.
        unresolved: Petitions not resolved (chưa giải quyết): those not resolved for
            objective reasons and those not answered yet included.
        unresolved_objective: Of those, not resolved for objective reasons.
        printed_rate: The resolution rate as printed.
        printed_answered_rate: The answered rate as printed.
        breakdown: Parts that together make the whole.
        sources: Where the figures come from.

    Examples:
        >>> from tayho_coord.model._units import AdminUnit, UnitKind
        >>> th = AdminUnit("ha-noi/tay-ho", UnitKind.URBAN_DISTRICT, "Tây Hồ")
        >>> s = PetitionStats(th, PartialDate(2019), competence=Competence.DISTRICT,
        ...                   printed_rate=PrintedFigure("56,82%"))
        >>> s.resolution_rate is None
        True
        >>> PetitionStats(th, PartialDate(2019), received=44, resolved=25).resolution_rate
        Fraction(25, 44)
    """

    unit: AdminUnit = field(validator=_instance(AdminUnit), repr=ref_repr)
    period: PartialDate = field(validator=_instance(PartialDate))
    competence: Competence | None = field(default=None, validator=_optional_instance(Competence))
    session: str | None = field(default=None, validator=optional_non_empty)
    sector: str | None = field(default=None, validator=optional_non_empty)
    received: int | None = field(default=None, validator=_optional_count)
    answered: int | None = field(default=None, validator=_optional_count)
    resolved: int | None = field(default=None, validator=_optional_count)
    in_progress: int | None = field(default=None, validator=_optional_count)
    explained: int | None = field(default=None, validator=_optional_count)
    unresolved: int | None = field(default=None, validator=_optional_count)
    unresolved_objective: int | None = field(default=None, validator=_optional_count)
    printed_rate: PrintedFigure | None = field(default=None, validator=_rate_figure)
    printed_answered_rate: PrintedFigure | None = field(default=None, validator=_rate_figure)
    breakdown: tuple[PetitionStats, ...] = field(default=(), validator=_check_breakdown)
    sources: tuple[Citation, ...] = field(default=(), repr=False)

    def __attrs_post_init__(self) -> None:
        if self.competence is not None:
            check_competence_period(self.competence, self.period.first_day(), "competence")
        self._check_parts()
        # Deferred: model._audit imports this module (for PrintedFigure) at its top.
        from tayho_coord.model._audit import findings

        for finding in findings(self, recurse=False):
            if not finding.ok:
                warnings.warn(str(finding), FigureWarning, stacklevel=3)

    def _check_parts(self) -> None:
        """A count larger than the whole it is part of raises; see the class docstring."""
        wholes: tuple[tuple[str, int | None, tuple[str, ...]], ...] = (
            ("received", self.received, _PARTS_OF_RECEIVED),
            ("unresolved", self.unresolved, ("unresolved_objective",)),
        )
        for whole_name, whole, parts in wholes:
            for name in parts:
                part = getattr(self, name)
                if whole is not None and part is not None and part > whole:
                    raise ValidationError(
                        name, part, f"is more than {whole_name} ({whole}), of which it is a part"
                    )
        for index, piece in enumerate(self.breakdown):
            for name in _COUNT_FIELDS:
                part, whole = getattr(piece, name), getattr(self, name)
                if whole is not None and part is not None and part > whole:
                    raise ValidationError(
                        f"breakdown[{index}].{name}",
                        part,
                        f"is more than the whole's {name} ({whole}): a part exceeds the whole",
                    )

    @classmethod
    def from_petitions(
        cls,
        unit: AdminUnit,
        period: PartialDate,
        petitions: Iterable[Petition],
        *,
        competence: Competence | None = None,
        session: str | None = None,
        sector: str | None = None,
        sources: tuple[Citation, ...] = (),
    ) -> PetitionStats:
        """Count petitions into statistics: every count known, no printed figure.

        The petitions are counted as given (filter them first); the scope fields only
        describe what they are. A petition not answered yet is not resolved either: it counts
        in ``unresolved``, so that the four outcome counts make up ``received``.

        Examples:
            >>> from tayho_coord.model._units import AdminUnit, UnitKind
            >>> th = AdminUnit("tay-ho", UnitKind.URBAN_DISTRICT, "Tây Hồ")
            >>> s = PetitionStats.from_petitions(th, PartialDate(2019), [
            ...     Petition("1", outcome=PetitionOutcome.RESOLVED),
            ...     Petition("2", outcome=PetitionOutcome.UNRESOLVED_OBJECTIVE),
            ...     Petition("3")])
            >>> s.received, s.answered, s.resolved, s.unresolved, s.unresolved_objective
            (3, 2, 1, 2, 1)
        """
        tally = dict.fromkeys((None, *PetitionOutcome), 0)
        for index, petition in enumerate(petitions):
            if not isinstance(petition, Petition):
                raise ValidationError(f"petitions[{index}]", petition, "must be a Petition")
            tally[petition.outcome] += 1
        objective = tally[PetitionOutcome.UNRESOLVED_OBJECTIVE]
        return cls(
            unit,
            period,
            competence=competence,
            session=session,
            sector=sector,
            received=sum(tally.values()),
            answered=sum(tally.values()) - tally[None],
            resolved=tally[PetitionOutcome.RESOLVED],
            in_progress=tally[PetitionOutcome.IN_PROGRESS],
            explained=tally[PetitionOutcome.EXPLAINED],
            unresolved=tally[PetitionOutcome.UNRESOLVED] + objective + tally[None],
            unresolved_objective=objective,
            sources=sources,
        )

    def count(self, outcome: PetitionOutcome) -> int | None:
        """The count of one outcome as a report gives it, or None if not given.

        ``UNRESOLVED`` is the report's "chưa giải quyết", objective reasons included.

        Examples:
            >>> from tayho_coord.model._units import AdminUnit, UnitKind
            >>> th = AdminUnit("tay-ho", UnitKind.URBAN_DISTRICT, "Tây Hồ")
            >>> PetitionStats(th, PartialDate(2019), resolved=8).count(PetitionOutcome.RESOLVED)
            8
        """
        return {
            PetitionOutcome.RESOLVED: self.resolved,
            PetitionOutcome.IN_PROGRESS: self.in_progress,
            PetitionOutcome.EXPLAINED: self.explained,
            PetitionOutcome.UNRESOLVED: self.unresolved,
            PetitionOutcome.UNRESOLVED_OBJECTIVE: self.unresolved_objective,
        }[outcome]

    @property
    def resolution_rate(self) -> Fraction | None:
        """``resolved / received`` exactly; None where either is unknown or nothing came in."""
        if self.resolved is None or not self.received:
            return None
        return Fraction(self.resolved, self.received)

    @property
    def answered_rate(self) -> Fraction | None:
        """``answered / received`` exactly; None where either is unknown or nothing came in."""
        if self.answered is None or not self.received:
            return None
        return Fraction(self.answered, self.received)
