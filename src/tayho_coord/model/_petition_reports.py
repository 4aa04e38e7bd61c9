"""Petition reports: a unit's voter petitions over a period, on the source's own scale.

Sources count different things (kiến nghị, ý kiến, nội dung, lượt), keep new items apart from
those carried over from earlier sessions, split them by competence or field, and sort the
answers on scales of their own (Ninh Bình 2017 used five levels). A
:class:`PetitionReport` keeps all of that as the source gives it: its scale's levels with
their labels, and for each level the library's :class:`PetitionOutcome` it stands for, so a
rate across scales says what it counted as resolved.

A report is placed in time by what its source says: the period it covers, the council
session its petitions were sent to ("trước và sau Kỳ họp thứ 6 HĐND tỉnh khóa XII"), the day
its figures are as of ("đến thời điểm báo cáo", the report's date), or several of them. At
least one is needed; none is derived from another (a session does not make a year).

As for :class:`PetitionStats`, a count larger than the whole it is part of raises
:class:`~tayho_coord.errors.ValidationError`; figures that merely disagree (new and carried
over not adding up to the total, a printed rate or fraction that does not follow from the
counts) emit a :class:`~tayho_coord.errors.FigureWarning` and change nothing.
"""

from __future__ import annotations

import enum
import warnings
from fractions import Fraction
from typing import TYPE_CHECKING, Any

from attrs import field, frozen

from tayho_coord.errors import FigureWarning, ValidationError
from tayho_coord.model._agencies import Agency
from tayho_coord.model._figures import count_disagreements
from tayho_coord.model._hearings import StatedFigure, figure_findings
from tayho_coord.model._periods import ReportingPeriod, check_unit_exists, day_text
from tayho_coord.model._petitions import (
    Competence,
    PetitionOutcome,
    PrintedFigure,
    check_competence_period,
    refuse_bound,
)
from tayho_coord.model._provenance import Citation, ref_repr
from tayho_coord.model._sessions import CouncilSession
from tayho_coord.model._time import PartialDate
from tayho_coord.model._units import AdminUnit
from tayho_coord.model._validators import each, non_empty, non_negative, slug_id

if TYPE_CHECKING:
    import datetime as dt
    from collections.abc import Iterator

__all__ = [
    "BreakdownKind",
    "CountedNoun",
    "OutcomeCount",
    "OutcomeLevel",
    "OutcomeScale",
    "PetitionPart",
    "PetitionReport",
]


class CountedNoun(enum.Enum):
    """What a source counts: petitions, opinions, items or instances.

    Many sources count "ý kiến, kiến nghị" together ("87 ý kiến, kiến nghị của cử tri"), and
    some count instances of them ("84 lượt ý kiến, kiến nghị", Kon Tum 2024; "139 lượt ý
    kiến, kiến nghị", Bắc Kạn 2022).

    Examples:
        >>> CountedNoun.NOI_DUNG.label
        'nội dung'
        >>> CountedNoun.LUOT_Y_KIEN_KIEN_NGHI.label, CountedNoun.LUOT_Y_KIEN_KIEN_NGHI.subject
        ('lượt ý kiến, kiến nghị', 'ý kiến, kiến nghị')
    """

    KIEN_NGHI = "kien_nghi"
    Y_KIEN = "y_kien"
    NOI_DUNG = "noi_dung"
    LUOT = "luot"
    Y_KIEN_KIEN_NGHI = "y_kien_kien_nghi"
    LUOT_Y_KIEN_KIEN_NGHI = "luot_y_kien_kien_nghi"

    @property
    def label(self) -> str:
        """The Vietnamese noun, as the source writes it after a count."""
        return _NOUNS[self][0]

    @property
    def subject(self) -> str:
        """What is counted, as a title names it without a count ("kết quả giải quyết …").

        An instance (lượt) is an instance of something: ``lượt ý kiến, kiến nghị`` is
        about ``ý kiến, kiến nghị``, a bare ``lượt`` about ``kiến nghị``.
        """
        return _NOUNS[self][1]


_NOUNS = {
    CountedNoun.KIEN_NGHI: ("kiến nghị", "kiến nghị"),
    CountedNoun.Y_KIEN: ("ý kiến", "ý kiến"),
    CountedNoun.NOI_DUNG: ("nội dung", "nội dung"),
    CountedNoun.LUOT: ("lượt", "kiến nghị"),
    CountedNoun.Y_KIEN_KIEN_NGHI: ("ý kiến, kiến nghị", "ý kiến, kiến nghị"),
    CountedNoun.LUOT_Y_KIEN_KIEN_NGHI: ("lượt ý kiến, kiến nghị", "ý kiến, kiến nghị"),
}


class BreakdownKind(enum.Enum):
    """How a part of a report is cut out of the whole.

    Examples:
        >>> BreakdownKind.COMPETENCE.label
        'thẩm quyền'
    """

    COMPETENCE = "competence"
    FIELD = "field"
    COMMITTEE = "committee"
    SESSION = "session"

    @property
    def label(self) -> str:
        """The Vietnamese word of the dimension."""
        return _BREAKDOWN_LABELS[self]


_BREAKDOWN_LABELS = {
    BreakdownKind.COMPETENCE: "thẩm quyền",
    BreakdownKind.FIELD: "lĩnh vực",
    BreakdownKind.COMMITTEE: "ban",
    BreakdownKind.SESSION: "kỳ họp",
}


def _check_outcome(instance: object, attribute: object, value: Any) -> None:
    if value is not None and not isinstance(value, PetitionOutcome):
        raise ValidationError("maps_to", value, "must be a PetitionOutcome or None")


@frozen
class OutcomeLevel:
    """One level of a source's outcome scale, and the library's outcome it stands for.

    Attributes:
        code: A short identifier, unique in its scale (``da-giai-quyet``).
        label: The level as the source words it (``giải quyết xong``).
        maps_to: The library's outcome the level counts as; None where it is none of them
            (a level that says only that the petition was received).
    """

    code: str = field(validator=slug_id)
    label: str = field(validator=non_empty)
    maps_to: PetitionOutcome | None = field(default=None, validator=_check_outcome)


def _check_levels(instance: object, attribute: object, value: tuple[OutcomeLevel, ...]) -> None:
    if not value:
        raise ValidationError("levels", value, "a scale has at least one level")
    codes = [level.code for level in value]
    if len(set(codes)) != len(codes):
        raise ValidationError("levels", codes, "two levels share a code")


def _check_exhaustive(instance: object, attribute: object, value: object) -> None:
    if not isinstance(value, bool):
        raise ValidationError("exhaustive", value, "must be true or false")


@frozen
class OutcomeScale:
    """The scale a source sorts answers on, with each level's meaning for the library.

    Attributes:
        id: Identifier of the scale (``ninh-binh-2017``).
        label: What the scale is, in the model's own Vietnamese.
        levels: Its levels, in the source's order.
        exhaustive: Whether the source sorts every item counted onto one of the levels
            (Ninh Bình's five levels sort every petition). False, the default, where it does
            not say so ("đã giải quyết và trả lời 58 ý kiến" of 65, the rest on no level it
            names): a source's scale is exhaustive only where the data says it is; the
            library's own four outcomes (:meth:`default`) are, by their definition.

    One rule for every scale, whatever its size or origin: the levels' counts must make the
    total only where the scale is exhaustive *and* the report counts every one of its
    levels; otherwise they must be at most the total. A level the report does not count may
    hold the rest, so 58 of 65 on the first of the library's four outcomes and 58 of 65 on a
    one-level scale of the source's own give the same findings.

    Examples:
        >>> scale = OutcomeScale.default()
        >>> [level.code for level in scale.levels]
        ['resolved', 'in_progress', 'explained', 'unresolved']
        >>> scale.codes_for(PetitionOutcome.RESOLVED)
        ('resolved',)
    """

    id: str = field(validator=slug_id)
    label: str = field(validator=non_empty)
    levels: tuple[OutcomeLevel, ...] = field(validator=_check_levels)
    exhaustive: bool = field(default=False, validator=_check_exhaustive)

    @classmethod
    def default(cls) -> OutcomeScale:
        """The library's own four outcomes, each its own level."""
        outcomes = (
            PetitionOutcome.RESOLVED,
            PetitionOutcome.IN_PROGRESS,
            PetitionOutcome.EXPLAINED,
            PetitionOutcome.UNRESOLVED,
        )
        return cls(
            "tayho-coord",
            "kết quả giải quyết theo bốn mức của thư viện",
            tuple(OutcomeLevel(o.value, o.label, o) for o in outcomes),
            exhaustive=True,
        )

    def level(self, code: str) -> OutcomeLevel:
        """The level of ``code``.

        Raises:
            ValidationError: no level has that code (the codes are named).
        """
        for level in self.levels:
            if level.code == code:
                return level
        known = ", ".join(level.code for level in self.levels)
        raise ValidationError("level", code, f"is not a level of the scale {self.id}: {known}")

    def codes_for(self, outcome: PetitionOutcome) -> tuple[str, ...]:
        """The codes of the levels that count as ``outcome``."""
        return tuple(level.code for level in self.levels if level.maps_to is outcome)


def _optional_count(instance: object, attribute: Any, value: object) -> None:
    if value is not None:
        non_negative(instance, attribute, value)


def _figures(instance: object, attribute: Any, value: tuple[PrintedFigure, ...]) -> None:
    for i, figure in enumerate(value):
        if not isinstance(figure, PrintedFigure):
            raise ValidationError(f"{attribute.name}[{i}]", figure, "must be a PrintedFigure")
        refuse_bound(f"{attribute.name}[{i}]", figure)


@frozen
class OutcomeCount:
    """The count of one level of the scale, and the figures printed for it.

    Attributes:
        level: The code of the level.
        count: How many, where the source says.
        printed: The figures printed for it, exactly ("18/93", "19,35%", "100").
        sources: Where it is stated.
    """

    level: str = field(validator=slug_id)
    count: int | None = field(default=None, validator=_optional_count)
    printed: tuple[PrintedFigure, ...] = field(default=(), validator=_figures)
    sources: tuple[Citation, ...] = field(default=(), repr=False)


def _check_counts(record: PetitionPart | PetitionReport) -> None:
    """Raise for a part larger than its whole; the shared checks of a report and its parts."""
    total = record.total
    for name in ("new", "carried_over"):
        value = getattr(record, name)
        if total is not None and value is not None and value > total:
            raise ValidationError(name, value, f"is more than the total {total}")
    codes = [o.level for o in record.outcomes]
    if len(set(codes)) != len(codes):
        raise ValidationError("outcomes", codes, "names a level twice")
    for i, outcome in enumerate(record.outcomes):
        if total is not None and outcome.count is not None and outcome.count > total:
            raise ValidationError(
                f"outcomes[{i}].count", outcome.count, f"is more than the total {total}"
            )


def _disagreements(
    record: PetitionPart | PetitionReport, scale: OutcomeScale, noun: str
) -> Iterator[str]:
    """What the figures of ``record`` say that its counts do not (each a warning's text)."""
    total, new, carried = record.total, record.new, record.carried_over
    if total is not None and new is not None and carried is not None and new + carried != total:
        yield f"{new} new and {carried} carried over {noun} make {new + carried}, not {total}"
    counts = [o.count for o in record.outcomes]
    known = [c for c in counts if c is not None]
    shown = " + ".join(str(c) for c in known)
    if (
        scale.exhaustive
        and total is not None
        and len(record.outcomes) == len(scale.levels)
        and len(known) == len(counts)
        and sum(known) != total
    ):
        yield f"the levels' counts {shown} do not make the total {total} {noun}"
    elif total is not None and sum(known) > total:
        yield f"the levels' counts {shown} are more than the total {total} {noun}"
    for outcome in record.outcomes:
        yield from _outcome_disagreements(outcome, total)


def _outcome_disagreements(outcome: OutcomeCount, total: int | None) -> Iterator[str]:
    """What the figures printed for a level say that its count out of ``total`` does not.

    The one check of every printed figure (:func:`~tayho_coord.model._figures.
    count_disagreements`, as a :class:`StatedFigure`'s): a fraction count for count, a rate
    (with its sign or without: a level's figure is never a bare count, that is ``count``)
    rounded half-up at its precision, so a rate cut short ("86,74%" for 144/166, which
    rounds to 86,75%) is a finding as any other. A number without a sign is a rate without
    it where it is one from 0 to 100 of a known total, a count above 100 (checked against
    ``count``), and says nothing without a total.
    """
    for figure in outcome.printed:
        whole = total
        if not figure.is_fraction and not figure.is_percent:
            if total is None:
                continue
            if not 0 <= figure.percent_ratio <= 1:
                whole = None  # a count as printed
        head = repr(figure.text)
        for text in count_disagreements(figure, outcome.count, whole):
            # every text starts with the figure as printed: say which level it is for
            yield f"{head} printed for {outcome.level!r}{text[len(head) :]}"


def _rate(
    record: PetitionPart | PetitionReport, scale: OutcomeScale, outcome: PetitionOutcome
) -> Fraction | None:
    codes = scale.codes_for(outcome)
    if not codes or not record.total:
        return None
    counts = {o.level: o.count for o in record.outcomes}
    parts = [counts.get(code) for code in codes]
    if any(c is None for c in parts):
        return None
    return Fraction(sum(c for c in parts if c is not None), record.total)


def _check_key(instance: PetitionPart, attribute: object, value: str) -> None:
    non_empty(instance, attribute, value)
    if instance.by is BreakdownKind.COMPETENCE:
        try:
            Competence(value)
        except ValueError:
            allowed = ", ".join(c.value for c in Competence)
            raise ValidationError("key", value, f"a competence part is one of {allowed}") from None


@frozen
class PetitionPart:
    """A part of a petition report: one competence, field, committee or session.

    Attributes:
        by: The dimension of the split.
        key: The competence's value (``province``) for a competence part, otherwise the
            part's name in the model's own Vietnamese (``đất đai``).
        total: How many items the part holds.
        new: Of those, new in the period.
        carried_over: Of those, carried over from earlier sessions.
        outcomes: Counts per level of the report's scale.
        printed_share: The part's share of the whole, as printed ("chiếm 17,4").
        sources: Where it is stated.
    """

    by: BreakdownKind
    key: str = field(validator=_check_key)
    total: int | None = field(default=None, validator=_optional_count)
    new: int | None = field(default=None, validator=_optional_count)
    carried_over: int | None = field(default=None, validator=_optional_count)
    outcomes: tuple[OutcomeCount, ...] = ()
    printed_share: PrintedFigure | None = None
    sources: tuple[Citation, ...] = field(default=(), repr=False)

    def __attrs_post_init__(self) -> None:
        _check_counts(self)

    @property
    def competence(self) -> Competence | None:
        """The competence of a competence part; None for any other."""
        return Competence(self.key) if self.by is BreakdownKind.COMPETENCE else None


def _check_period(instance: object, attribute: object, value: Any) -> None:
    if value is not None and not isinstance(value, ReportingPeriod):
        raise ValidationError("period", value, "must be a ReportingPeriod or None")


def _check_session(instance: object, attribute: object, value: Any) -> None:
    if isinstance(value, str):
        raise ValidationError(
            "session",
            value,
            "a session is a CouncilSession (its council, number, legislature, days where "
            "known), not a text",
        )
    if value is not None and not isinstance(value, CouncilSession):
        raise ValidationError("session", value, "must be a CouncilSession or None")


def _check_as_of(instance: object, attribute: object, value: Any) -> None:
    if value is not None and not isinstance(value, PartialDate):
        raise ValidationError("as_of", value, "must be a PartialDate or None")


@frozen
class PetitionReport:
    """A report on a unit's voter petitions, as its source counts them and places them in time.

    The report is placed in time by its ``period``, the ``session`` its petitions were sent
    to, the day its figures are ``as_of``, or several of them: at least one, each only where
    the source says it. Its days are checked against the unit's (a unit that did not exist
    then is refused) by whatever is given; a competence level that no longer existed is
    refused by the first day of the period, else the session's opening day where known.

    Attributes:
        id: Identifier, unique within a data file.
        unit: The unit reporting.
        period: The period covered, where the source names one.
        noun: What the source counts (kiến nghị, ý kiến, nội dung, lượt…).
        scale: The scale its outcomes are sorted on (the library's own by default).
        competence: Only petitions within this competence, where the report is narrowed.
        session: The council session the petitions were sent to ("trước và sau Kỳ họp thứ
            6"), of the unit's council or of a unit above it (the National Assembly).
        as_of: The day (or month, or year) the figures are as of, where the source says:
            the report's date, "đến thời điểm báo cáo", "tính đến …".
        total: Items in all (new and carried over).
        new: Items new in the period.
        carried_over: Items carried over from earlier sessions (kỳ trước chuyển sang).
        outcomes: Counts per level of ``scale``, with the figures printed for each.
        parts: Splits of the whole by competence, field, committee or session.
        figures: Other figures it states, as printed ("99,87% đã được phúc đáp").
        reporter: The body that reported.
        sources: Where it is reported.

    Raises:
        ValidationError: no period, session or day as of; a day the unit did not exist; a
            part larger than its whole (the field and the value named).

    Examples:
        Bắc Kạn's report of 3/12/2022 on the petitions sent to the council's ninth session
        (https://backan.gov.vn/Pages/109139-y-kien-kien-nghi-cua-cu-tri-da-duoc-giai-quyet-
        9abd.aspx): "đến thời điểm báo cáo đã có 109/139 ý kiến, kiến nghị ... đã được giải
        quyết (bằng 78%)".

        >>> from tayho_coord.model import AdminUnit, UnitKind
        >>> bk = AdminUnit("bac-kan", UnitKind.PROVINCE, "Bắc Kạn")
        >>> r = PetitionReport("bk/kn", bk, as_of=PartialDate(2022, 12, 3),
        ...     noun=CountedNoun.LUOT_Y_KIEN_KIEN_NGHI, total=139,
        ...     outcomes=(OutcomeCount("resolved", 109, (PrintedFigure("109/139"),
        ...                                                  PrintedFigure("78%"))),))
        >>> r.resolution_rate, r.time_label, r.time_basis
        (Fraction(109, 139), 'đến ngày 3/12/2022', 'as_of')
    """

    id: str = field(validator=slug_id)
    unit: AdminUnit = field(repr=ref_repr)
    period: ReportingPeriod | None = field(default=None, validator=_check_period)
    noun: CountedNoun = CountedNoun.KIEN_NGHI
    scale: OutcomeScale = field(factory=OutcomeScale.default)
    competence: Competence | None = None
    session: CouncilSession | None = field(default=None, validator=_check_session)
    as_of: PartialDate | None = field(default=None, validator=_check_as_of)
    total: int | None = field(default=None, validator=_optional_count)
    new: int | None = field(default=None, validator=_optional_count)
    carried_over: int | None = field(default=None, validator=_optional_count)
    outcomes: tuple[OutcomeCount, ...] = ()
    parts: tuple[PetitionPart, ...] = ()
    figures: tuple[StatedFigure, ...] = field(default=(), validator=each(StatedFigure))
    reporter: Agency | None = field(default=None, repr=ref_repr)
    sources: tuple[Citation, ...] = field(default=(), repr=False)

    def __attrs_post_init__(self) -> None:
        first = self._check_time()
        if self.competence is not None and first is not None:
            check_competence_period(self.competence, first, "competence")
        if self.reporter is not None and self.reporter.unit != self.unit:
            raise ValidationError("reporter", self.reporter.id, f"is not a body of {self.unit.id}")
        _check_counts(self)
        for i, outcome in enumerate(self.outcomes):
            self._check_level(f"outcomes[{i}].level", outcome.level)
        keys: set[tuple[BreakdownKind, str]] = set()
        for i, part in enumerate(self.parts):
            where = f"parts[{i}]"
            if (part.by, part.key) in keys:
                raise ValidationError(f"{where}.key", part.key, f"two {part.by.value} parts")
            keys.add((part.by, part.key))
            if part.competence is not None and first is not None:
                check_competence_period(part.competence, first, f"{where}.key")
            for name in ("total", "new", "carried_over"):
                whole, value = getattr(self, name), getattr(part, name)
                if whole is not None and value is not None and value > whole:
                    raise ValidationError(
                        f"{where}.{name}", value, f"is more than the whole's {whole}"
                    )
            for j, outcome in enumerate(part.outcomes):
                self._check_level(f"{where}.outcomes[{j}].level", outcome.level)
        for finding in self.findings():
            warnings.warn(f"{self.id}: {finding}", FigureWarning, stacklevel=3)

    def _check_time(self) -> dt.date | None:
        """Check what places the report in time; return the first day the petitions may be of.

        That day is the period's first, else the session's opening day; None where neither is
        known (figures as of a day say nothing of when the petitions came in).
        """
        period, session, as_of, unit = self.period, self.session, self.as_of, self.unit
        if period is None and session is None and as_of is None:
            raise ValidationError(
                "period",
                None,
                f"{self.id}: place the report in time by its period, the session its "
                "petitions were sent to (session) or the day its figures are as of (as_of); "
                "the source gives at least one",
            )
        first: dt.date | None = None
        if period is not None:
            first = period.first_day()
            check_unit_exists(unit, first, period.last_day(), "period")
        if session is not None:
            council = session.council.unit
            if council != unit and council not in unit.ancestors():
                raise ValidationError(
                    "session.council",
                    session.council.id,
                    f"is not the council of {unit.id} or of a unit above it",
                )
            if session.opens_on is not None and session.closes_on is not None:
                check_unit_exists(unit, session.opens_on, session.closes_on, "session")
                first = first or session.opens_on
        if as_of is not None:
            check_unit_exists(unit, as_of.first_day(), as_of.last_day(), "as_of")
            if period is not None and as_of.last_day() < period.first_day():
                raise ValidationError(
                    "as_of", as_of.iso(), f"is before {period.label}, the period reported"
                )
            # "… đến nay" ends on the day the figures are as of: within the term
            if (
                period is not None
                and period.ends_on_record_day
                and as_of.year > period.last_day().year
            ):
                raise ValidationError("as_of", as_of.iso(), f"is after the term of {period.label}")
        return first

    @property
    def time_label(self) -> str:
        """When the report is, in the words of reports and only as its source says.

        The period's label where there is one (``năm 2023``); else the session
        (``kỳ họp thứ 6 HĐND tỉnh khóa XII``) and the day the figures are as of
        (``đến ngày 8/7/2024``), joined by a comma where both are given.
        """
        if self.period is not None:
            return self.period.label
        parts = []
        if self.session is not None:
            parts.append(self.session.label)
        if self.as_of is not None:
            parts.append(f"đến {day_text(self.as_of)}")
        return ", ".join(parts)

    @property
    def time_basis(self) -> str:
        """What :attr:`time_label` rests on: ``period``, ``session``, ``as_of`` or both last."""
        if self.period is not None:
            return "period"
        given = [name for name in ("session", "as_of") if getattr(self, name) is not None]
        return ", ".join(given)

    def _check_level(self, where: str, code: str) -> None:
        try:
            self.scale.level(code)
        except ValidationError as exc:
            raise ValidationError(where, code, exc.reason) from None

    def findings(self) -> tuple[str, ...]:
        """Every disagreement of the printed figures and counts, of the whole and its parts.

        New and carried over that do not add up to the total, a scale's counts that do not
        make the total, a fraction or a rate printed for a level that its counts do not
        give, a part's printed share that its total does not give, parts of one dimension
        whose totals exceed the whole's, a stated figure its own counts do not give
        (:meth:`StatedFigure.findings`).
        """
        noun = self.noun.label
        found = list(_disagreements(self, self.scale, noun))
        for part in self.parts:
            found.extend(
                f"{part.by.value} {part.key!r}: {text}"
                for text in _disagreements(part, self.scale, noun)
            )
            if part.printed_share is not None:
                # a part is never more than its whole (checked when built)
                shares = count_disagreements(part.printed_share, part.total, self.total)
                found.extend(f"the share of {part.by.value} {part.key!r}: {t}" for t in shares)
        for by in BreakdownKind:
            totals = [p.total for p in self.parts if p.by is by]
            if self.total is not None and totals and all(t is not None for t in totals):
                summed = sum(t for t in totals if t is not None)
                if summed > self.total:
                    found.append(
                        f"the {by.value} parts hold {summed} {self.noun.label}, "
                        f"more than the total {self.total}"
                    )
        found.extend(figure_findings(self.figures))
        return tuple(found)

    def count(self, outcome: PetitionOutcome) -> int | None:
        """The count of the levels that stand for ``outcome``; None where any is unknown."""
        codes = self.scale.codes_for(outcome)
        counts = {o.level: o.count for o in self.outcomes}
        values = [counts.get(code) for code in codes]
        if not codes or any(v is None for v in values):
            return None
        return sum(v for v in values if v is not None)

    def rate(self, outcome: PetitionOutcome = PetitionOutcome.RESOLVED) -> Fraction | None:
        """The share of the total on the levels that stand for ``outcome``, exactly.

        None where the total is unknown or zero, the scale has no such level, or a level's
        count is unknown. Which levels counted is :meth:`OutcomeScale.codes_for`.
        """
        return _rate(self, self.scale, outcome)

    @property
    def resolution_rate(self) -> Fraction | None:
        """``rate(RESOLVED)``."""
        return self.rate(PetitionOutcome.RESOLVED)

    def part(self, by: BreakdownKind, key: str) -> PetitionPart | None:
        """The part of dimension ``by`` and key ``key``, if the report has it."""
        for part in self.parts:
            if part.by is by and part.key == key:
                return part
        return None

    def part_rate(
        self, part: PetitionPart, outcome: PetitionOutcome = PetitionOutcome.RESOLVED
    ) -> Fraction | None:
        """A part's share on the levels that stand for ``outcome`` (as :meth:`rate`)."""
        return _rate(part, self.scale, outcome)
