"""Petition reports: a unit's voter petitions over a period, on the source's own scale.

Sources count different things (kiến nghị, ý kiến, nội dung, lượt), keep new items apart from
those carried over from earlier sessions, split them by competence or field, and sort the
answers on scales of their own (Ninh Bình 2017 used five levels). A
:class:`PetitionReport` keeps all of that as the source gives it: its scale's levels with
their labels, and for each level the library's :class:`PetitionOutcome` it stands for, so a
rate across scales says what it counted as resolved.

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
from tayho_coord.model._periods import ReportingPeriod, check_unit_exists
from tayho_coord.model._petitions import (
    Competence,
    PetitionOutcome,
    PrintedFigure,
    check_competence_period,
)
from tayho_coord.model._provenance import Citation, ref_repr
from tayho_coord.model._units import AdminUnit
from tayho_coord.model._validators import non_empty, non_negative, optional_non_empty, slug_id

if TYPE_CHECKING:
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

    Examples:
        >>> CountedNoun.NOI_DUNG.label
        'nội dung'
    """

    KIEN_NGHI = "kien_nghi"
    Y_KIEN = "y_kien"
    NOI_DUNG = "noi_dung"
    LUOT = "luot"

    @property
    def label(self) -> str:
        """The Vietnamese noun, as the source writes it after a count."""
        return _NOUNS[self]


_NOUNS = {
    CountedNoun.KIEN_NGHI: "kiến nghị",
    CountedNoun.Y_KIEN: "ý kiến",
    CountedNoun.NOI_DUNG: "nội dung",
    CountedNoun.LUOT: "lượt",
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


@frozen
class OutcomeScale:
    """The scale a source sorts answers on, with each level's meaning for the library.

    Attributes:
        id: Identifier of the scale (``ninh-binh-2017``).
        label: What the scale is, in the model's own Vietnamese.
        levels: Its levels, in the source's order.

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
    from tayho_coord.model._checks import Verdict, check_rate

    total, new, carried = record.total, record.new, record.carried_over
    if total is not None and new is not None and carried is not None and new + carried != total:
        yield f"{new} new and {carried} carried over {noun} make {new + carried}, not {total}"
    counts = [o.count for o in record.outcomes]
    if (
        total is not None
        and len(record.outcomes) == len(scale.levels)
        and all(c is not None for c in counts)
        and sum(c for c in counts if c is not None) != total
    ):
        shown = " + ".join(str(c) for c in counts)
        yield f"the levels' counts {shown} do not make the total {total} {noun}"
    for outcome in record.outcomes:
        for figure in outcome.printed:
            if figure.is_fraction:
                if outcome.count is not None and int(figure.value) != outcome.count:
                    yield (
                        f"{figure.text!r} printed for {outcome.level!r} "
                        f"whose count is {outcome.count}"
                    )
                if total is not None and figure.denominator != total:
                    yield f"{figure.text!r} printed for {outcome.level!r} of a total of {total}"
            elif (
                outcome.count is not None
                and total
                and 0 <= figure.percent_ratio <= 1
                and check_rate(figure, outcome.count, total).verdict is Verdict.INCONSISTENT
            ):
                yield (
                    f"{figure.text!r} printed for {outcome.level!r} does not follow from "
                    f"{outcome.count}/{total}"
                )


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
    if not isinstance(value, ReportingPeriod):
        raise ValidationError("period", value, "must be a ReportingPeriod")


@frozen
class PetitionReport:
    """A report on a unit's voter petitions over a period, as its source counts them.

    Attributes:
        id: Identifier, unique within a data file.
        unit: The unit reporting.
        period: The period covered.
        noun: What the source counts (kiến nghị, ý kiến, nội dung, lượt).
        scale: The scale its outcomes are sorted on (the library's own by default).
        competence: Only petitions within this competence, where the report is narrowed.
        session: The session or voter meetings the petitions came from, where named.
        total: Items in all (new and carried over).
        new: Items new in the period.
        carried_over: Items carried over from earlier sessions (kỳ trước chuyển sang).
        outcomes: Counts per level of ``scale``, with the figures printed for each.
        parts: Splits of the whole by competence, field, committee or session.
        reporter: The body that reported.
        sources: Where it is reported.

    Examples:
        >>> from tayho_coord.model import AdminUnit, UnitKind
        >>> nd = AdminUnit("nam-dinh", UnitKind.PROVINCE, "Nam Định")
        >>> r = PetitionReport("nd/kn", nd, ReportingPeriod.year(2019),
        ...     noun=CountedNoun.NOI_DUNG, total=69, new=49, carried_over=20,
        ...     outcomes=(OutcomeCount("resolved", 69, (PrintedFigure("69/69"),
        ...                                                 PrintedFigure("100%"))),))
        >>> r.resolution_rate
        Fraction(1, 1)
    """

    id: str = field(validator=slug_id)
    unit: AdminUnit = field(repr=ref_repr)
    period: ReportingPeriod = field(validator=_check_period)
    noun: CountedNoun = CountedNoun.KIEN_NGHI
    scale: OutcomeScale = field(factory=OutcomeScale.default)
    competence: Competence | None = None
    session: str | None = field(default=None, validator=optional_non_empty)
    total: int | None = field(default=None, validator=_optional_count)
    new: int | None = field(default=None, validator=_optional_count)
    carried_over: int | None = field(default=None, validator=_optional_count)
    outcomes: tuple[OutcomeCount, ...] = ()
    parts: tuple[PetitionPart, ...] = ()
    reporter: Agency | None = field(default=None, repr=ref_repr)
    sources: tuple[Citation, ...] = field(default=(), repr=False)

    def __attrs_post_init__(self) -> None:
        first, last = self.period.first_day(), self.period.last_day()
        check_unit_exists(self.unit, first, last, "period")
        if self.competence is not None:
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
            if part.competence is not None:
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

    def _check_level(self, where: str, code: str) -> None:
        try:
            self.scale.level(code)
        except ValidationError as exc:
            raise ValidationError(where, code, exc.reason) from None

    def findings(self) -> tuple[str, ...]:
        """Every disagreement of the printed figures and counts, of the whole and its parts.

        New and carried over that do not add up to the total, a scale's counts that do not
        make the total, a fraction or a rate printed for a level that its counts do not
        give, parts of one dimension whose totals exceed the whole's.
        """
        noun = self.noun.label
        found = list(_disagreements(self, self.scale, noun))
        for part in self.parts:
            found.extend(
                f"{part.by.value} {part.key!r}: {text}"
                for text in _disagreements(part, self.scale, noun)
            )
        for by in BreakdownKind:
            totals = [p.total for p in self.parts if p.by is by]
            if self.total is not None and totals and all(t is not None for t in totals):
                summed = sum(t for t in totals if t is not None)
                if summed > self.total:
                    found.append(
                        f"the {by.value} parts hold {summed} {self.noun.label}, "
                        f"more than the total {self.total}"
                    )
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
