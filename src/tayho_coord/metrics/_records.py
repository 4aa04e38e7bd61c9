"""Metrics of records of any kind: one row per unit, period and kind of record."""

from __future__ import annotations

from fractions import Fraction
from typing import TYPE_CHECKING, ClassVar

from attrs import frozen

from tayho_coord.errors import ValidationError
from tayho_coord.metrics._table import Column, ColumnKind, RecordTable
from tayho_coord.metrics._yearly import RateBasis, _row

if TYPE_CHECKING:
    from collections.abc import Iterable

    from tayho_coord.model import PetitionReport, ProgramReview, Record

__all__ = ["RecordMetricsRow", "RecordMetricsTable", "record_kind", "record_metrics"]

# Each kind of record: its identifier (a column's value) and how reports name it.
_KINDS: dict[str, str] = {
    "program": "Chương trình phối hợp",
    "regulation": "Quy chế phối hợp",
    "signing": "hội nghị ký kết",
    "interim_review": "hội nghị sơ kết",
    "final_review": "hội nghị tổng kết",
    "review_and_signing": "hội nghị tổng kết và ký kết",
    "review_conference": "hội nghị tổng kết, đánh giá, rút kinh nghiệm",
    "hearing": "phiên giải trình",
    "supervision": "giám sát",
    "survey": "khảo sát",
    "inspection": "kiểm tra",
    "petition_report": "báo cáo kết quả giải quyết kiến nghị cử tri",
}
_ORDER = {kind: i for i, kind in enumerate(_KINDS)}


def record_kind(record: Record) -> str:
    """The kind of a record, as the ``kind`` column writes it.

    An agreement is a ``program`` or a ``regulation``; a meeting its :class:`MeetingKind`'s
    value (``interim_review``…); a hearing ``hearing``; an oversight its
    :class:`OversightKind`'s value; a petition report ``petition_report``; the yearly review
    conference of :class:`ProgramReview` ``review_conference``.

    Raises:
        ValidationError: ``record`` is not a record of the coordination cycle.
    """
    from tayho_coord import model

    if isinstance(record, model.CoordinationProgram):
        return record.kind.value
    if isinstance(record, model.Meeting):
        return record.kind.value
    if isinstance(record, model.OversightActivity):
        return record.kind.value
    kinds: dict[type, str] = {
        model.ProgramReview: "review_conference",
        model.Hearing: "hearing",
        model.PetitionReport: "petition_report",
    }
    kind = kinds.get(type(record))
    if kind is None:
        raise ValidationError("record", type(record).__name__, "is not a record kind")
    return kind


@frozen
class RecordMetricsRow:
    """The records of one unit, period and kind, with the figures they give.

    Rates are given only where counts or printed figures are, each with its basis; a
    figure a group of records cannot give as one (two petition reports of one period) is
    None, never added up.

    A petition report whose source names no period is placed by what the source gives
    instead: ``period`` is then the session (``kỳ họp thứ 6 HĐND tỉnh khóa XII``) and the
    day its figures are as of (``đến ngày 8/7/2024``), ``period_basis`` says which, and the
    period's shape and days are None (none is derived).

    Attributes:
        unit_id: The unit's identifier.
        unit: The unit's name (``quận Cầu Giấy``).
        period: The period in the words of reports (``6 tháng đầu năm 2020``), else what
            places the record in time (:attr:`PetitionReport.time_label`).
        period_kind: The shape of the period (:class:`PeriodKind`'s value); None without one.
        period_start: Its first day, ISO; None without a period.
        period_end: Its last day, ISO; None without a period.
        period_basis: What ``period`` rests on: ``period``, ``session``, ``as_of``, or
            ``session, as_of``.
        as_of: The day (or month, or year) a petition report's figures are as of, ISO, where
            its source says.
        kind: The kind of record (:func:`record_kind`).
        kind_label: The kind as reports name it (``hội nghị sơ kết``).
        records: How many records the row holds.
        record_ids: Their identifiers, in order, joined by ``, ``.
        illustrative: True when a record rests on the bundled illustrative data.
        planned_only: How many of the records the sources give only as planned (a hearing
            or an oversight with the time its plan sets, no day held, no report of results):
            counted in ``records``, never as held.
        petitions_noun: What the petition figures count (kiến nghị, ý kiến…).
        petitions_total: Petitions (or what is counted) in all.
        petitions_new: Of those, new in the period.
        petitions_carried_over: Of those, carried over from earlier sessions.
        petitions_resolved: Those resolved (on a source's own scale, the levels it maps to
            resolved).
        resolved_levels: The levels counted as resolved, in the source's words.
        resolution_rate: The computed rate where counts give one, else the printed one,
            exactly.
        resolution_rate_basis: Which of the two it is.
        resolution_rate_printed_text: The printed text the rate rests on, where printed.
    """

    unit_id: str
    unit: str
    period: str
    period_kind: str | None
    period_start: str | None
    period_end: str | None
    period_basis: str
    as_of: str | None
    kind: str
    kind_label: str
    records: int
    record_ids: str
    illustrative: bool
    planned_only: int = 0
    petitions_noun: str | None = None
    petitions_total: int | None = None
    petitions_new: int | None = None
    petitions_carried_over: int | None = None
    petitions_resolved: int | None = None
    resolved_levels: str | None = None
    resolution_rate: Fraction | None = None
    resolution_rate_basis: RateBasis | None = None
    resolution_rate_printed_text: str | None = None


_T, _I, _X = ColumnKind.TEXT, ColumnKind.INT, ColumnKind.EXACT
_COLUMNS = (
    Column("unit_id", _T, "mã đơn vị", "the unit's identifier"),
    Column("unit", _T, "đơn vị", "the unit's name"),
    Column("period", _T, "kỳ", "the period in the words of reports, else the session or day"),
    Column("period_kind", _T, "loại kỳ", "the shape of the period"),
    Column("period_start", _T, "từ ngày", "its first day (ISO)"),
    Column("period_end", _T, "đến ngày", "its last day (ISO)"),
    Column("period_basis", _T, "căn cứ xác định kỳ", "period, session or as_of"),
    Column("as_of", _T, "số liệu tính đến", "the day the figures are as of (ISO)"),
    Column("kind", _T, "loại hồ sơ", "the kind of record"),
    Column("kind_label", _T, "loại hồ sơ (tên gọi)", "the kind as reports name it"),
    Column("records", _I, "số hồ sơ", "records in the row"),
    Column("record_ids", _T, "mã hồ sơ", "their identifiers"),
    Column("illustrative", ColumnKind.BOOL, "dữ liệu minh họa", "the figures are invented"),
    Column("planned_only", _I, "chỉ theo kế hoạch", "records known only from their plan"),
    Column("petitions_noun", _T, "đơn vị đếm", "what the petition figures count"),
    Column("petitions_total", _I, "tổng số", "petitions in all"),
    Column("petitions_new", _I, "mới", "new in the period"),
    Column("petitions_carried_over", _I, "kỳ trước chuyển sang", "carried over"),
    Column("petitions_resolved", _I, "đã giải quyết", "resolved"),
    Column("resolved_levels", _T, "mức tính là đã giải quyết", "levels counted as resolved"),
    Column("resolution_rate", _X, "tỷ lệ giải quyết", "computed rate, else printed rate"),
    Column("resolution_rate_basis", _T, "tỷ lệ: nguồn số liệu", "printed or computed"),
    Column("resolution_rate_printed_text", _T, "tỷ lệ (nguyên văn)", "the printed text"),
)


class RecordMetricsTable(RecordTable[RecordMetricsRow]):
    """Metrics of records of any kind: one row per unit, period and kind of record.

    Rows are sorted by unit id, then by the period's first day, then by kind.

    Examples:
        >>> from tayho_coord.datasets import tay_ho_2019
        >>> table = record_metrics([tay_ho_2019()])
        >>> row = table[0]
        >>> row.period, row.kind, row.resolution_rate_printed_text
        ('năm 2019', 'review_conference', '56,82%')
    """

    row_type: ClassVar[type] = RecordMetricsRow
    columns: ClassVar[tuple[Column, ...]] = _COLUMNS
    repr_columns: ClassVar[tuple[str, ...]] = (
        "unit_id",
        "period",
        "kind",
        "records",
        "resolution_rate",
    )
    caption_vi: ClassVar[str] = "Số liệu theo kỳ và loại hồ sơ"
    caption_en: ClassVar[str] = "Metrics by period and kind of record"

    __slots__ = ()


_Figures = tuple[
    str | None,
    int | None,
    int | None,
    int | None,
    int | None,
    str | None,
    Fraction | None,
    RateBasis | None,
    str | None,
]
_NONE: _Figures = (None, None, None, None, None, None, None, None, None)


def _report_figures(report: PetitionReport) -> _Figures:
    from tayho_coord.model import PetitionOutcome

    codes = report.scale.codes_for(PetitionOutcome.RESOLVED)
    levels = "; ".join(report.scale.level(code).label for code in codes) or None
    computed = report.resolution_rate
    printed_text: str | None = None
    rate: Fraction | None = computed
    basis = None if computed is None else RateBasis.COMPUTED
    printed = [
        figure
        for outcome in report.outcomes
        if outcome.level in codes and len(codes) == 1
        for figure in outcome.printed
        if figure.ratio is not None
    ]
    if printed:
        # The first printed rate of the one resolved level (a fraction or a percentage).
        printed_text = printed[0].text
        if rate is None:
            rate, basis = printed[0].ratio, RateBasis.PRINTED
    return (
        report.noun.label,
        report.total,
        report.new,
        report.carried_over,
        report.count(PetitionOutcome.RESOLVED),
        levels,
        rate,
        basis,
        printed_text,
    )


def _review_figures(review: ProgramReview) -> _Figures:
    row = _row(review)  # the yearly table's own figures, so both tables agree
    if row.petitions_scope is None:
        return _NONE
    return (
        "kiến nghị",
        row.petitions_received,
        None,
        None,
        row.petitions_resolved,
        "đã giải quyết xong",
        row.resolution_rate,
        row.resolution_rate_basis,
        row.resolution_rate_printed_text,
    )


def record_metrics(records: Iterable[Record]) -> RecordMetricsTable:
    """One row per unit, period and kind of record, with the figures the records give.

    Takes records of any kind (a :class:`~tayho_coord.model.RecordSet` too). Petition
    figures come from a petition report (or a review conference's headline figures) alone in
    its row; two in one row are not added up (their scopes may differ): the row keeps their
    count and ids and no figures.

    Raises:
        ValidationError: an item is not a record of the coordination cycle.
    """
    from tayho_coord.datasets import is_illustrative
    from tayho_coord.model import Hearing, OversightActivity, PetitionReport, ProgramReview

    groups: dict[tuple[str, object, str], list[Record]] = {}
    for record in records:
        kind = record_kind(record)
        when: object = record.period
        if isinstance(record, PetitionReport):
            when = (record.period, record.session, record.as_of)
        groups.setdefault((record.unit.id, when, kind), []).append(record)
    rows = []
    for (unit_id, _, kind), members in groups.items():
        first = members[0]
        period = first.period
        as_of = first.as_of if isinstance(first, PetitionReport) else None
        label, basis = (
            (first.time_label, first.time_basis)
            if isinstance(first, PetitionReport)
            else (period.label if period is not None else "", "period")
        )
        figures = _NONE
        if len(members) == 1 and isinstance(first, PetitionReport):
            figures = _report_figures(first)
        elif len(members) == 1 and isinstance(first, ProgramReview):
            figures = _review_figures(first)
        rows.append(
            RecordMetricsRow(
                unit_id=unit_id,
                unit=str(first.unit),
                period=label,
                period_basis=basis,
                period_kind=None if period is None else period.kind.value,
                period_start=None if period is None else period.first_day().isoformat(),
                period_end=None if period is None else period.last_day().isoformat(),
                as_of=None if as_of is None else as_of.iso(),
                kind=kind,
                kind_label=_KINDS[kind],
                records=len(members),
                record_ids=", ".join(r.id for r in members),
                illustrative=any(is_illustrative(r) for r in members),
                planned_only=sum(
                    1
                    for r in members
                    if isinstance(r, (Hearing, OversightActivity)) and r.planned_only
                ),
                petitions_noun=figures[0],
                petitions_total=figures[1],
                petitions_new=figures[2],
                petitions_carried_over=figures[3],
                petitions_resolved=figures[4],
                resolved_levels=figures[5],
                resolution_rate=figures[6],
                resolution_rate_basis=figures[7],
                resolution_rate_printed_text=figures[8],
            )
        )
    rows.sort(key=_order)
    return RecordMetricsTable(rows)


def _order(row: RecordMetricsRow) -> tuple[str, str, str, int, str]:
    """Unit, then the first day known (the period's, else the day as of), then kind.

    A row placed by a session alone, whose days are not known, comes after the dated rows
    of its unit, ordered by its wording.
    """
    first = row.period_start or row.as_of or "~"  # "~" sorts after every ISO date
    return (row.unit_id, first, row.period_end or row.as_of or "~", _ORDER[row.kind], row.period)
