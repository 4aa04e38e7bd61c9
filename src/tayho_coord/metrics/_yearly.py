"""Yearly metrics: one row per unit and year, from program reviews.

Every count comes from a :class:`~tayho_coord.model.ReportedCount` or a list of the model,
and the row says how it is known (:class:`Basis`): *stated* where the source gives the
number ("14 nội dung giám sát", with or without the items), *counted* where the number is
that of the items the source names, *summed* where it adds several reported groups. A sum is
never *stated*, even of stated parts: the source printed the parts, not the sum, and the
groups may overlap (Tây Hồ 2019 reports 14 topics done with the council and 4 led by the
Front, and does not say whether the 4 are among the 14), so a summed figure is an upper
bound of the distinct items, not a count of them. A count the source gives in neither way is
None — unknown, never 0 — and a sum with an unknown part is unknown.

The resolution rate of voter petitions is kept as the source has it: the *printed* figure
(a ``Decimal`` read from "56,82%", and its text) and the rate *computed* from counts (a
``Fraction``) are separate columns; neither is derived from the other. ``resolution_rate``,
the computed rate where there is one, else the printed one, is always a ``Fraction`` (a
printed ``Decimal('0.5682')`` is exactly ``Fraction(2841, 5000)``), so rates subtract,
compare and average whatever their basis.

A row is marked ``illustrative`` when its review cites the source of the bundled
illustrative data (invented figures); :func:`yearly` warns
(:class:`~tayho_coord.errors.IllustrativeDataWarning`) when one table mixes such reviews with
others.
"""

from __future__ import annotations

import enum
import warnings
from collections import abc
from decimal import Decimal
from fractions import Fraction
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import field, frozen

from tayho_coord.datasets import is_illustrative
from tayho_coord.errors import IllustrativeDataWarning, ValidationError
from tayho_coord.metrics._table import Column, ColumnKind, Labels, RecordTable
from tayho_coord.model import (
    AgencyKind,
    Competence,
    CouncilSession,
    OversightKind,
    PartialDate,
    PetitionStats,
    ProgramReview,
    ReportedCount,
    ReportingPeriod,
    UnitLevel,
    VoterContactKind,
    done_activities,
    match_plan,
    schedule,
)

if TYPE_CHECKING:
    from collections.abc import Iterable

    from tayho_coord.model import Agency, OversightGroup

__all__ = ["Basis", "MetricsRow", "MetricsTable", "PetitionScope", "RateBasis", "yearly"]


class Basis(str, enum.Enum):
    """How a count is known.

    Examples:
        >>> Basis.STATED == "stated"
        True
    """

    STATED = "stated"
    """The source states the number, for one group."""
    COUNTED = "counted"
    """The number is that of the items the source names, for one group."""
    SUMMED = "summed"
    """The sum of the figures of two or more groups, each stated or counted. The source
    prints no such total, and the groups may overlap: an item reported in two groups counts
    twice, so the sum is at most, not exactly, the number of distinct items."""

    @property
    def label(self) -> str:
        """The Vietnamese wording shown in tables (``số nêu``, ``đếm``, ``cộng gộp``).

        Examples:
            >>> Basis.SUMMED.label
            'cộng gộp'
        """
        return _BASIS_LABELS[self.value]


class RateBasis(str, enum.Enum):
    """Where a rate comes from."""

    PRINTED = "printed"
    """The source printed it ("56,82%")."""
    COMPUTED = "computed"
    """Computed exactly from counts the source gives."""

    @property
    def label(self) -> str:
        """The Vietnamese wording shown in tables (``công bố``, ``tính``)."""
        return _BASIS_LABELS[self.value]


class PetitionScope(str, enum.Enum):
    """Which petitions a row's petition figures cover: one competence level, or all.

    The values are those of :class:`~tayho_coord.model.Competence` and ``all``; the label is
    the Vietnamese wording tables show, naming a level by its generic unit as
    :attr:`Competence.label <tayho_coord.model.Competence.label>` does (``cấp huyện`` for
    the district level, quận included); a row's
    :attr:`MetricsRow.scope_text` gives the wording of the unit's own report (``cấp quận``).

    Examples:
        >>> PetitionScope.DISTRICT == "district", PetitionScope.DISTRICT.label
        (True, 'thẩm quyền cấp huyện')
        >>> PetitionScope.ALL.label
        'tất cả kiến nghị'
        >>> PetitionScope.of(Competence.CENTRAL).label
        'thẩm quyền của Trung ương'
    """

    CENTRAL = "central"
    PROVINCE = "province"
    DISTRICT = "district"
    COMMUNE = "commune"
    ALL = "all"

    @classmethod
    def of(cls, competence: Competence | None) -> PetitionScope:
        """The scope of figures narrowed to ``competence`` (None: not narrowed, all)."""
        return cls.ALL if competence is None else cls(competence.value)

    @property
    def competence(self) -> Competence | None:
        """The competence level; None for all petitions."""
        return None if self is PetitionScope.ALL else Competence(self.value)

    @property
    def label(self) -> str:
        """The Vietnamese wording (``thẩm quyền cấp huyện``, ``tất cả kiến nghị``)."""
        competence = self.competence
        return "tất cả kiến nghị" if competence is None else competence.label


_BASIS_LABELS = {
    "stated": "số nêu",
    "counted": "đếm",
    "summed": "cộng gộp",
    "printed": "công bố",
    "computed": "tính",
}


def _exact_rate(value: Fraction | Decimal | int | None) -> Fraction | None:
    """A rate as an exact Fraction (a Decimal is the fraction it writes); never a float."""
    if value is None or isinstance(value, Fraction):
        return value
    if isinstance(value, (Decimal, int)) and not isinstance(value, bool):
        return Fraction(value)
    raise ValidationError("resolution_rate", value, "must be an exact Fraction or Decimal")


@frozen
class MetricsRow:
    """The yearly metrics of one unit: the figures of the review of its program.

    Counts are ``int`` or None (unknown); each count ``x`` that a source can state has an
    ``x_basis`` (:class:`Basis`, None when the count is unknown). Oversight topics are summed
    over the groups the review reports, then split twice: by kind (a group of a single kind
    counts under it, a group of several kinds under ``oversight_mixed``) and by the main body
    of the lead (``oversight_joint`` for groups no body led). A source may count one topic in
    two groups (Tây Hồ 2019 does not say whether the 4 topics the Front led are among the 14
    done jointly): a figure over two or more groups is the sum of what is reported, not a
    count of distinct topics, and its basis is :attr:`Basis.SUMMED` (``cộng gộp``), never
    :attr:`Basis.STATED`. A figure over one group keeps that group's basis.

    Attributes:
        unit_id: The unit's identifier.
        unit: The unit's name (``quận Tây Hồ``).
        year: The program's year.
        review_id: The review the figures come from.
        illustrative: True when the review cites the source of the bundled illustrative
            data (``tayho-coord-illustrative``): its figures were invented, never analyse
            them with real ones.
        standing_agency: The standing agency of the year, short name.
        standing_body: The main body the standing agency is or belongs to (HĐND, UBND,
            UBMTTQ).
        hearings: Accountability hearings (phiên giải trình).
        hearings_basis: How ``hearings`` is known.
        oversight_topics: Oversight topics (supervision, survey, inspection), all groups
            added up (summed over two or more groups: an upper bound of distinct topics).
        oversight_topics_basis: How ``oversight_topics`` is known.
        oversight_supervision: Topics of groups of supervision only.
        oversight_supervision_basis: How it is known.
        oversight_survey: Topics of groups of surveys only.
        oversight_survey_basis: How it is known.
        oversight_inspection: Topics of groups of inspections only.
        oversight_inspection_basis: How it is known.
        oversight_mixed: Topics of groups of several kinds.
        oversight_mixed_basis: How it is known.
        oversight_council: Topics led by the council or one of its committees.
        oversight_council_basis: How it is known.
        oversight_committee: Topics led by the people's committee.
        oversight_committee_basis: How it is known.
        oversight_front: Topics led by the Fatherland Front or its standing board.
        oversight_front_basis: How it is known.
        oversight_other: Topics led by another body.
        oversight_other_basis: How it is known.
        oversight_joint: Topics of groups the source names no lead for.
        oversight_joint_basis: How it is known.
        voter_contacts: Voter contact meetings.
        voter_contacts_basis: How it is known.
        voter_contacts_regular: Regular meetings (thường kỳ).
        voter_contacts_regular_basis: How it is known.
        voter_contacts_thematic: Thematic meetings (chuyên đề).
        voter_contacts_thematic_basis: How it is known.
        social_critiques: Social critiques (phản biện xã hội).
        social_critiques_basis: How it is known.
        dialogues: Dialogues of the head of government with the Front.
        dialogues_basis: How it is known.
        satisfaction_surveys: Satisfaction surveys named (counted; None if none is named).
        key_tasks: Key tasks of the program.
        key_tasks_basis: How it is known.
        achievements: Achievements the review records (counted; 0 if it records none).
        shortcomings: Shortcomings the review records (counted; 0 if it records none).
        petitions_scope: Which petitions the petition figures cover (:class:`PetitionScope`:
            a competence level or ``all``); None if the review gives no petition figures.
        petitions_received: Petitions received.
        petitions_answered: Petitions answered.
        petitions_resolved: Petitions resolved.
        resolution_rate: The computed rate where the counts give one, else the printed one,
            always an exact ``Fraction`` (the printed 56,82% is ``Fraction(2841, 5000)``).
        resolution_rate_basis: Which of the two ``resolution_rate`` is.
        resolution_rate_printed: The printed rate, as the ratio it writes
            (``Decimal('0.5682')``).
        resolution_rate_printed_text: The printed text (``56,82%``).
        resolution_rate_computed: ``resolved / received``, exactly.
        petitions_scope_label: ``petitions_scope`` in the words of the unit's own report,
            which name a level by the unit's kind (``thẩm quyền cấp quận`` for a quận, from
            :meth:`Competence.label_in <tayho_coord.model.Competence.label_in>`; ``tất cả
            kiến nghị`` for all). Not a column: tables show it for the scope in Vietnamese.
            None when the scope is None, or for a row built without it (the scope's generic
            :attr:`PetitionScope.label` is shown then).
        unit_level: The level of the unit (province, district, commune): units of different
            levels are not compared (:func:`~tayho_coord.metrics.compare`). Not a column;
            None for a row built without it.
        planned: The activities (nội dung) the program plans that fall due in its year;
            None where it states no plan.
        carried_out: Those of them the review's records carry out in every occurrence
            due (:func:`~tayho_coord.model.match_plan`, as of the year's last day).
        plan_share: ``carried_out / planned``, exactly; None where nothing is planned.

    Examples:
        >>> from tayho_coord.datasets import tay_ho_2019
        >>> row = yearly([tay_ho_2019()])[0]
        >>> row.petitions_scope.label, row.petitions_scope_label
        ('thẩm quyền cấp huyện', 'thẩm quyền cấp quận')
    """

    unit_id: str
    unit: str
    year: int
    review_id: str
    illustrative: bool
    standing_agency: str | None
    standing_body: str | None
    hearings: int | None
    hearings_basis: Basis | None
    oversight_topics: int | None
    oversight_topics_basis: Basis | None
    oversight_supervision: int | None
    oversight_supervision_basis: Basis | None
    oversight_survey: int | None
    oversight_survey_basis: Basis | None
    oversight_inspection: int | None
    oversight_inspection_basis: Basis | None
    oversight_mixed: int | None
    oversight_mixed_basis: Basis | None
    oversight_council: int | None
    oversight_council_basis: Basis | None
    oversight_committee: int | None
    oversight_committee_basis: Basis | None
    oversight_front: int | None
    oversight_front_basis: Basis | None
    oversight_other: int | None
    oversight_other_basis: Basis | None
    oversight_joint: int | None
    oversight_joint_basis: Basis | None
    voter_contacts: int | None
    voter_contacts_basis: Basis | None
    voter_contacts_regular: int | None
    voter_contacts_regular_basis: Basis | None
    voter_contacts_thematic: int | None
    voter_contacts_thematic_basis: Basis | None
    social_critiques: int | None
    social_critiques_basis: Basis | None
    dialogues: int | None
    dialogues_basis: Basis | None
    satisfaction_surveys: int | None
    key_tasks: int | None
    key_tasks_basis: Basis | None
    achievements: int
    shortcomings: int
    petitions_scope: PetitionScope | None
    petitions_received: int | None
    petitions_answered: int | None
    petitions_resolved: int | None
    resolution_rate: Fraction | None = field(converter=_exact_rate)
    resolution_rate_basis: RateBasis | None
    resolution_rate_printed: Decimal | None
    resolution_rate_printed_text: str | None
    resolution_rate_computed: Fraction | None
    planned: int | None = field(default=None)
    carried_out: int | None = field(default=None)
    plan_share: Fraction | None = field(default=None)
    petitions_scope_label: str | None = field(default=None)
    unit_level: UnitLevel | None = field(default=None)

    @petitions_scope_label.validator
    def _check_scope_label(self, attribute: object, value: str | None) -> None:
        if value is None:
            return
        if self.petitions_scope is None:
            raise ValidationError(
                "petitions_scope_label", value, "is given for a row without petition figures"
            )
        if not isinstance(value, str) or not value.strip():
            raise ValidationError("petitions_scope_label", value, "must be non-empty text")

    @property
    def scope_text(self) -> str | None:
        """The scope as a Vietnamese table shows it: the unit's own wording, else generic.

        Examples:
            >>> from tayho_coord.datasets import tay_ho_2019
            >>> yearly([tay_ho_2019()])[0].scope_text
            'thẩm quyền cấp quận'
        """
        if self.petitions_scope is None:
            return None
        if self.petitions_scope_label is not None:
            return self.petitions_scope_label
        return PetitionScope(self.petitions_scope).label


def _c(name: str, kind: ColumnKind, vi: str, doc: str) -> Column:
    return Column(name, kind, vi, doc)


_I, _T, _X = ColumnKind.INT, ColumnKind.TEXT, ColumnKind.EXACT


def _counted(name: str, vi: str, doc: str) -> tuple[Column, Column]:
    return (
        _c(name, _I, vi, doc),
        _c(f"{name}_basis", _T, f"{vi}: nguồn số liệu", f"how {name} is known"),
    )


_COLUMNS: tuple[Column, ...] = (
    _c("unit_id", _T, "mã đơn vị", "the unit's identifier"),
    _c("unit", _T, "đơn vị", "the unit's name"),
    Column("year", _I, "năm", "the program's year", identifier=True),
    _c("review_id", _T, "mã hội nghị tổng kết", "the review the figures come from"),
    _c("illustrative", ColumnKind.BOOL, "dữ liệu minh họa", "the figures are invented"),
    _c("standing_agency", _T, "cơ quan thường trực", "the standing agency of the year"),
    _c("standing_body", _T, "cơ quan thường trực (khối)", "its main body"),
    *_counted("hearings", "phiên giải trình", "accountability hearings"),
    # Added up over the groups, which may overlap: at most the number of distinct topics.
    _c(
        "oversight_topics",
        _I,
        "tổng nội dung giám sát, khảo sát, kiểm tra (tối đa)",
        "oversight topics of all groups added up: an upper bound of distinct topics",
    ),
    _c(
        "oversight_topics_basis",
        _T,
        "nội dung giám sát, khảo sát, kiểm tra: nguồn số liệu",
        "how oversight_topics is known",
    ),
    *_counted("oversight_supervision", "giám sát", "topics of supervision-only groups"),
    *_counted("oversight_survey", "khảo sát", "topics of survey-only groups"),
    *_counted("oversight_inspection", "kiểm tra", "topics of inspection-only groups"),
    *_counted("oversight_mixed", "giám sát, khảo sát, kiểm tra (chung)", "mixed-kind groups"),
    *_counted("oversight_council", "HĐND chủ trì", "topics led by the council"),
    *_counted("oversight_committee", "UBND chủ trì", "topics led by the committee"),
    *_counted("oversight_front", "UBMTTQ chủ trì", "topics led by the front"),
    *_counted("oversight_other", "cơ quan khác chủ trì", "topics led by another body"),
    *_counted("oversight_joint", "phối hợp, không nêu chủ trì", "topics with no lead named"),
    *_counted("voter_contacts", "hội nghị tiếp xúc cử tri", "voter contact meetings"),
    *_counted("voter_contacts_regular", "tiếp xúc cử tri thường kỳ", "regular meetings"),
    *_counted("voter_contacts_thematic", "tiếp xúc cử tri chuyên đề", "thematic meetings"),
    *_counted("social_critiques", "phản biện xã hội", "social critiques"),
    *_counted("dialogues", "đối thoại", "dialogues"),
    _c("satisfaction_surveys", _I, "khảo sát mức độ hài lòng", "satisfaction surveys named"),
    *_counted("key_tasks", "nhiệm vụ trọng tâm", "key tasks of the program"),
    _c("achievements", _I, "kết quả đạt được", "achievements the review records"),
    _c("shortcomings", _I, "hạn chế", "shortcomings the review records"),
    _c("petitions_scope", _T, "phạm vi kiến nghị", "which petitions the figures cover"),
    _c("petitions_received", _I, "kiến nghị đã nhận", "petitions received"),
    _c("petitions_answered", _I, "kiến nghị đã trả lời", "petitions answered"),
    _c("petitions_resolved", _I, "kiến nghị đã giải quyết", "petitions resolved"),
    _c("resolution_rate", _X, "tỷ lệ giải quyết", "computed rate, else printed rate"),
    _c("resolution_rate_basis", _T, "tỷ lệ giải quyết: nguồn số liệu", "printed or computed"),
    _c("resolution_rate_printed", _X, "tỷ lệ giải quyết (công bố)", "the printed rate"),
    _c(
        "resolution_rate_printed_text",
        _T,
        "tỷ lệ giải quyết (công bố, nguyên văn)",
        "the printed text",
    ),
    _c("resolution_rate_computed", _X, "tỷ lệ giải quyết (tính)", "resolved / received"),
    _c("planned", _I, "nội dung theo chương trình", "planned activities due in the year"),
    _c("carried_out", _I, "nội dung đã thực hiện", "planned activities carried out"),
    _c("plan_share", _X, "tỷ lệ thực hiện chương trình", "carried_out / planned"),
)


class MetricsTable(RecordTable[MetricsRow]):
    """Yearly metrics, one :class:`MetricsRow` per unit and year, sorted by unit id and year.

    Examples:
        >>> from tayho_coord.datasets import tay_ho_2019
        >>> table = yearly([tay_ho_2019()])
        >>> row = table[0]
        >>> row.year, row.hearings, row.hearings_basis.value
        (2019, 3, 'stated')
        >>> row.resolution_rate, row.resolution_rate_basis.value
        (Fraction(2841, 5000), 'printed')
        >>> row.resolution_rate_printed, row.resolution_rate_printed_text
        (Decimal('0.5682'), '56,82%')
        >>> print(table)
        MetricsTable: 1 row
        unit_id        year  illustrative  hearings  oversight_topics  resolution_rate
        ha-noi/tay-ho  2019  False         3         18                0.5682
    """

    row_type: ClassVar[type] = MetricsRow
    columns: ClassVar[tuple[Column, ...]] = _COLUMNS
    repr_columns: ClassVar[tuple[str, ...]] = (
        "unit_id",
        "year",
        "illustrative",
        "hearings",
        "oversight_topics",
        "resolution_rate",
    )
    caption_vi: ClassVar[str] = "Số liệu theo năm"
    caption_en: ClassVar[str] = "Yearly metrics"

    __slots__ = ()

    def _display(self, row: MetricsRow, column: Column, labels: Labels) -> str | None:
        """The scope in the unit's own words; a summed count as the upper bound it is."""
        if column.name == "petitions_scope" and labels == "vi":
            return row.scope_text
        if column.kind is ColumnKind.INT and not column.identifier:
            basis = getattr(row, f"{column.name}_basis", None)
            value = getattr(row, column.name)
            if basis is Basis.SUMMED and value is not None:
                from tayho_coord.vi import format_number

                at_most = "tối đa" if labels == "vi" else "at most"
                return f"{at_most} {format_number(value)}"
        return None

    def get(self, unit_id: str, year: int) -> MetricsRow | None:
        """The row of a unit and year, or None if the table has none.

        Args:
            unit_id: The unit's identifier (``"ha-noi/tay-ho"``), not its name.
            year: The year.

        Raises:
            ValidationError: ``unit_id`` is the name of a unit of the table (``"quận Tây
                Hồ"``) and no unit's identifier.

        Examples:
            >>> from tayho_coord.datasets import tay_ho_2019
            >>> table = yearly([tay_ho_2019()])
            >>> table.get("ha-noi/tay-ho", 2019).hearings
            3
            >>> table.get("ha-noi/tay-ho", 2020) is None
            True
        """
        for row in self._rows:
            if row.unit_id == unit_id and row.year == year:
                return row
        if unit_id not in self.unit_ids:
            ids = sorted({row.unit_id for row in self._rows if row.unit == unit_id})
            if ids:
                raise ValidationError(
                    "unit_id", unit_id, f"is a unit's name, not its id: pass {', '.join(ids)}"
                )
        return None

    @property
    def unit_ids(self) -> tuple[str, ...]:
        """The units of the table, in order, each once."""
        return tuple(dict.fromkeys(row.unit_id for row in self._rows))

    @property
    def years(self) -> tuple[int, ...]:
        """The years of the table, ascending, each once."""
        return tuple(sorted({row.year for row in self._rows}))

    def total(self, name: str) -> int | None:
        """The sum of an integer column over all rows; None if any row's value is unknown.

        Raises:
            ValidationError: ``name`` is not an integer column.
        """
        column = self.column(name)
        if column.kind is not ColumnKind.INT or column.identifier:
            raise ValidationError("column", name, "is not a count column")
        out = 0
        for row in self._rows:
            value = getattr(row, name)
            if value is None:
                return None
            out += value
        return out


# -- computing a row -------------------------------------------------------------------------

_Figure = tuple[int | None, Basis | None]
_UNKNOWN: _Figure = (None, None)


def _figure(count: ReportedCount[Any]) -> _Figure:
    if count.count is not None:
        return count.count, Basis.STATED
    if count.items:
        return len(count.items), Basis.COUNTED
    return _UNKNOWN


def _sum(figures: Iterable[_Figure]) -> _Figure:
    """The sum of the figures of several groups: the one group's own figure, else SUMMED.

    Nothing reported is unknown (not 0); any unknown part makes the sum unknown.
    """
    total = 0
    basis: Basis | None = None
    groups = 0
    for value, part_basis in figures:
        if value is None or part_basis is None:
            return _UNKNOWN
        total += value
        basis = part_basis
        groups += 1
    if groups == 0:
        return _UNKNOWN
    return total, basis if groups == 1 else Basis.SUMMED


_LEADS = {
    AgencyKind.PEOPLES_COUNCIL: "council",
    AgencyKind.PEOPLES_COMMITTEE: "committee",
    AgencyKind.FATHERLAND_FRONT: "front",
}
_KINDS = {
    frozenset({OversightKind.SUPERVISION}): "supervision",
    frozenset({OversightKind.SURVEY}): "survey",
    frozenset({OversightKind.INSPECTION}): "inspection",
}
_LEVEL_COMPETENCE = {
    UnitLevel.PROVINCE: Competence.PROVINCE,
    UnitLevel.DISTRICT: Competence.DISTRICT,
    UnitLevel.COMMUNE: Competence.COMMUNE,
}


_PARTS = (
    "supervision",
    "survey",
    "inspection",
    "mixed",
    "council",
    "committee",
    "front",
    "other",
    "joint",
)


def _lead_of(group: OversightGroup) -> str:
    if group.lead is None:
        return "joint"
    return _LEADS.get(group.lead.body.kind, "other")


def _oversight(groups: tuple[OversightGroup, ...]) -> dict[str, _Figure]:
    """Sums of topics: ``topics`` and each part; a part no group reports is unknown."""
    by: dict[str, list[_Figure]] = {}
    figures = []
    for group in groups:
        figure = _figure(group.topics)
        figures.append(figure)
        by.setdefault(_KINDS.get(group.kinds, "mixed"), []).append(figure)
        by.setdefault(_lead_of(group), []).append(figure)
    out = dict.fromkeys(_PARTS, _UNKNOWN)
    for part, parts in by.items():
        out[part] = _sum(parts)
    out["topics"] = _sum(figures)
    return out


def _headline_stats(
    review: ProgramReview,
) -> tuple[PetitionScope | None, PetitionStats | None]:
    """The petition figures of the unit's year: its own competence first, else all."""
    year = PartialDate(review.year)
    own = _LEVEL_COMPETENCE.get(review.unit.kind.level)
    candidates = [
        s for s in review.petitions if s.period == year and s.session is None and s.sector is None
    ]
    for competence in (own, None):
        found = [s for s in candidates if s.competence is competence]
        if len(found) > 1:
            raise ValidationError(
                f"{review.id}.petitions",
                competence.value if competence else "all",
                "gives two sets of figures for the same scope and year",
            )
        if found:
            return PetitionScope.of(competence), found[0]
    return None, None


def _scope_label(scope: PetitionScope, review: ProgramReview) -> str:
    competence = scope.competence
    return scope.label if competence is None else competence.label_in(review.unit)


def _name(agency: Agency | None) -> str | None:
    return None if agency is None else agency.short_name


def _plan(
    review: ProgramReview, sessions: tuple[CouncilSession, ...]
) -> tuple[int | None, int | None, Fraction | None]:
    """Planned activities due in the year, those carried out, and the share: the sentence's."""
    program = review.reviewed
    if not program.planned:
        return None, None, None
    own = tuple(s for s in sessions if s.unit == program.unit)
    match = match_plan(schedule(program, sessions=own), done_activities(review))
    due = match.activities_due()
    if not due:
        return 0, 0, None
    return len(due), len(match.activities_done()), match.activity_share


def _row(review: ProgramReview, sessions: tuple[CouncilSession, ...] = ()) -> MetricsRow:
    program = review.reviewed
    planned, carried_out, plan_share = _plan(review, sessions)
    acts = program.activities
    standing = program.standing_agency
    hearings = _figure(acts.hearings)
    ov = _oversight(acts.oversight)
    contacts: dict[VoterContactKind, list[_Figure]] = {}
    for vgroup in acts.voter_contacts:
        contacts.setdefault(vgroup.kind, []).append(_figure(vgroup.meetings))
    all_contacts = _sum(_figure(g.meetings) for g in acts.voter_contacts)
    regular = _sum(contacts.get(VoterContactKind.REGULAR, ()))
    thematic = _sum(contacts.get(VoterContactKind.THEMATIC, ()))
    critiques = _figure(acts.social_critiques)
    dialogues = _figure(acts.dialogues)
    tasks = _figure(program.key_tasks)
    scope, stats = _headline_stats(review)
    printed = None if stats is None else stats.printed_rate
    computed = None if stats is None else stats.resolution_rate
    rate: Fraction | None
    if computed is not None:
        rate, rate_basis = computed, RateBasis.COMPUTED
    elif printed is not None:
        rate, rate_basis = Fraction(printed.percent_ratio), RateBasis.PRINTED  # exact
    else:
        rate, rate_basis = None, None
    return MetricsRow(
        unit_id=program.unit.id,
        unit=str(program.unit),
        year=program.year,
        review_id=review.id,
        illustrative=is_illustrative(review),
        standing_agency=_name(standing),
        standing_body=None if standing is None else standing.body.kind.abbreviation,
        hearings=hearings[0],
        hearings_basis=hearings[1],
        oversight_topics=ov["topics"][0],
        oversight_topics_basis=ov["topics"][1],
        oversight_supervision=ov["supervision"][0],
        oversight_supervision_basis=ov["supervision"][1],
        oversight_survey=ov["survey"][0],
        oversight_survey_basis=ov["survey"][1],
        oversight_inspection=ov["inspection"][0],
        oversight_inspection_basis=ov["inspection"][1],
        oversight_mixed=ov["mixed"][0],
        oversight_mixed_basis=ov["mixed"][1],
        oversight_council=ov["council"][0],
        oversight_council_basis=ov["council"][1],
        oversight_committee=ov["committee"][0],
        oversight_committee_basis=ov["committee"][1],
        oversight_front=ov["front"][0],
        oversight_front_basis=ov["front"][1],
        oversight_other=ov["other"][0],
        oversight_other_basis=ov["other"][1],
        oversight_joint=ov["joint"][0],
        oversight_joint_basis=ov["joint"][1],
        voter_contacts=all_contacts[0],
        voter_contacts_basis=all_contacts[1],
        voter_contacts_regular=regular[0],
        voter_contacts_regular_basis=regular[1],
        voter_contacts_thematic=thematic[0],
        voter_contacts_thematic_basis=thematic[1],
        social_critiques=critiques[0],
        social_critiques_basis=critiques[1],
        dialogues=dialogues[0],
        dialogues_basis=dialogues[1],
        satisfaction_surveys=len(acts.surveys) or None,
        key_tasks=tasks[0],
        key_tasks_basis=tasks[1],
        achievements=len(review.achievements),
        shortcomings=len(review.shortcomings),
        petitions_scope=scope,
        petitions_received=None if stats is None else stats.received,
        petitions_answered=None if stats is None else stats.answered,
        petitions_resolved=None if stats is None else stats.resolved,
        resolution_rate=rate,
        resolution_rate_basis=rate_basis,
        resolution_rate_printed=None if printed is None else printed.percent_ratio,
        resolution_rate_printed_text=None if printed is None else printed.text,
        resolution_rate_computed=computed,
        petitions_scope_label=None if scope is None else _scope_label(scope, review),
        unit_level=program.unit.kind.level,
        planned=planned,
        carried_out=carried_out,
        plan_share=plan_share,
    )


def _not_a_review(item: object) -> str:
    """Why ``item`` has no row: only a review of one calendar year has one.

    A record of a term or a stage ("nhiệm kỳ 2016-2021", whose first and last days no source
    gives) is not split among its years, nor put in its first or its last one: its counts
    would land in a year they were not counted for.
    """
    period = getattr(item, "period", None)
    if isinstance(period, ReportingPeriod) and period.calendar_year is None:
        return (
            f"must be a ProgramReview: a record of {period.label} is of no one year, and the "
            "yearly table never places it in any of its years (record_metrics gives it a row "
            "of its own period)"
        )
    return "must be a ProgramReview"


def yearly(
    reviews: ProgramReview | Iterable[ProgramReview],
    *,
    sessions: Iterable[CouncilSession] = (),
) -> MetricsTable:
    """The yearly metrics of program reviews: one row per unit and year.

    One review alone is taken as a list of one (``yearly(review)`` is ``yearly([review])``).

    A row is one calendar year: the year of a yearly program's review
    (:class:`~tayho_coord.model.ProgramReview` refuses a program of a term or a stage). A
    record of a term ("nhiệm kỳ 2016-2021", whose first and last days no source gives: it
    began with the elections of 22/5/2016) has no row: its counts are never split among
    its years nor put in its first or last year, and giving one is an error saying so;
    :func:`~tayho_coord.metrics.record_metrics` gives it a row of its own period. Petition
    figures of another year than the review's are not in its row.

    Petition figures are those of the review for the whole year and unit, without narrowing
    by session or sector: the figures for the unit's own competence (``thẩm quyền cấp quận``
    for a district) where the review gives them, else those for all petitions.

    The plan columns (``planned``, ``carried_out``, ``plan_share``) compare a program's
    plan with what its review records, as of the last day of the year
    (:func:`~tayho_coord.model.match_plan`); they count planned activities, as offices'
    "thực hiện 11/12 nội dung theo chương trình" does.

    Args:
        reviews: Program reviews, of any units and years, in any order; or one review.
        sessions: Council sessions of the units, for plans timed by sessions.

    Returns:
        The table, sorted by unit id, then year.

    Raises:
        ValidationError: ``reviews`` is neither a review nor an iterable of reviews, an item
            is not a :class:`~tayho_coord.model.ProgramReview`, two reviews are of the same
            unit and year, or a review gives two sets of petition figures for the same scope.

    Warns:
        IllustrativeDataWarning: some reviews cite the illustrative data's source (invented
            figures) and others do not: the table mixes invented and real figures. Each row
            says which it is (``illustrative``).

    Examples:
        >>> from tayho_coord.datasets import tay_ho_2019
        >>> row = yearly([tay_ho_2019()])[0]
        >>> row.unit, row.standing_agency
        ('quận Tây Hồ', 'Thường trực HĐND quận Tây Hồ')
        >>> row.oversight_joint, row.oversight_front
        (14, 4)
        >>> row.oversight_topics, row.oversight_topics_basis.label  # 14 + 4, maybe overlapping
        (18, 'cộng gộp')
        >>> row.voter_contacts is None
        True
        >>> yearly(tay_ho_2019()) == yearly([tay_ho_2019()])
        True
    """
    items: object = (reviews,) if isinstance(reviews, ProgramReview) else reviews
    if isinstance(items, (str, bytes)) or not isinstance(items, abc.Iterable):
        raise ValidationError(
            "reviews", type(items).__name__, "must be a ProgramReview or a list of them"
        )
    given = tuple(sessions)
    rows: dict[tuple[str, int], MetricsRow] = {}
    for index, review in enumerate(items):
        if not isinstance(review, ProgramReview):
            raise ValidationError(f"reviews[{index}]", review, _not_a_review(review))
        row = _row(review, given)
        key = (row.unit_id, row.year)
        if key in rows:
            raise ValidationError(
                f"reviews[{index}]",
                review.id,
                f"a second review of {row.unit_id} for {row.year} "
                f"(the first is {rows[key].review_id})",
            )
        rows[key] = row
    marked = {row.illustrative for row in rows.values()}
    if len(marked) == 2:
        invented = sorted(row.review_id for row in rows.values() if row.illustrative)
        warnings.warn(
            IllustrativeDataWarning(
                f"{', '.join(invented)}: invented figures (the illustrative data) in one table "
                "with real ones; never analyse them together (see the column 'illustrative')"
            ),
            stacklevel=2,
        )
    return MetricsTable([rows[key] for key in sorted(rows)])
