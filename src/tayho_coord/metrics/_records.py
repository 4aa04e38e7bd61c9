"""Metrics of records of any kind: one row per unit, period and kind of record.

A row's period is the record's own time: the day (or month, or year) a meeting, a hearing
or an oversight was held, an agreement's period, a petition report's period (or the session
and the day its figures are as of). What a record reviews or examines is a column of its own
(``covers``), and so is the period of the agreement a meeting signs (``signs``): a signing
held on 6/10/2021 of a regulation for the term 2021-2026 is a row of ``ngày 6/10/2021``,
never of the whole term, and a supervision held in October of the matters of January to
September a row of October that covers ``từ tháng 1/2020 đến tháng 9/2020``.
"""

from __future__ import annotations

from fractions import Fraction
from typing import TYPE_CHECKING, ClassVar, NamedTuple

from attrs import frozen

from tayho_coord.errors import ValidationError
from tayho_coord.metrics._table import Column, ColumnKind, RecordTable
from tayho_coord.metrics._yearly import _LEVEL_COMPETENCE, PetitionScope, RateBasis, _row

if TYPE_CHECKING:
    from collections.abc import Iterable

    from tayho_coord.model import (
        CoordinationProgram,
        Hearing,
        Meeting,
        NotStated,
        OversightActivity,
        PetitionReport,
        PetitionStats,
        PrintedFigure,
        ProgramReview,
        Record,
        ReportingPeriod,
    )

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
    "voter_contact": "tiếp xúc cử tri",
}
_ORDER = {kind: i for i, kind in enumerate(_KINDS)}


def record_kind(record: Record) -> str:
    """The kind of a record, as the ``kind`` column writes it.

    An agreement is a ``program`` or a ``regulation``; a meeting its :class:`MeetingKind`'s
    value (``interim_review``…); a hearing ``hearing``; an oversight its
    :class:`OversightKind`'s value; a petition report ``petition_report``; the yearly review
    conference of :class:`ProgramReview` ``review_conference``; a voter contact
    ``voter_contact``.

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
        model.VoterContact: "voter_contact",
    }
    kind = kinds.get(type(record))
    if kind is None:
        raise ValidationError("record", type(record).__name__, "is not a record kind")
    return kind


@frozen
class RecordMetricsRow:
    """The records of one unit, period and kind, with the figures they give.

    The period is the records' own time (the module's rule): the day a meeting, a hearing
    or an oversight was held, to the precision known; else, for an activity, the time its
    plan sets, the day of its report, or the period it covers, in that order; an
    agreement's period; a petition report's period. ``period_basis`` names which. What the
    records review or examine is ``covers``; the period of the agreement a meeting signs
    is ``signs``.

    A petition report whose source names no period is placed by what the source gives
    instead: ``period`` is then the session (``kỳ họp thứ 6 HĐND tỉnh khóa XII``) and the
    day its figures are as of (``đến ngày 8/7/2024``), ``period_basis`` says which, and the
    period's shape and days are None (none is derived).

    Rates are given only where counts or printed figures are, each with its basis; the
    printed rate and the computed one are columns of their own, and neither replaces the
    other. A figure a group of records cannot give as one (two petition reports of one
    period) is None, never added up.

    Attributes:
        unit_id: The unit's identifier.
        unit: The unit's name (``quận Cầu Giấy``).
        period: The records' own time in the words of reports (``ngày 5/8/2020``,
            ``năm 2023``, ``nhiệm kỳ 2021-2026``), else what places a petition report in
            time (:attr:`PetitionReport.time_label`).
        period_kind: The shape of the period (:class:`PeriodKind`'s value); None without one.
        period_start: Its first day, ISO; None without a period. A term's (and a term to
            date's) first day is not given by its sources: its year alone (``2016``).
        period_end: Its last day, ISO; None without a period; a term's year alone.
        period_basis: What ``period`` rests on, by the record's field: ``held_on``,
            ``scheduled``, ``report`` (the day of its report of results), ``covers``,
            ``period``, ``session``, ``as_of``, or ``session, as_of``; ``reported_on`` for
            an activity placed only by the day of an article reporting it ("theo tin ngày
            16/7/2019": held on or before it; no shape, no days), for a meeting too;
            ``signed_on`` for an agreement whose source states no period
            (:data:`NOT_STATED`: the row says "ký ngày 1/7/2020"), ``not_stated`` for one
            without a signing day either (no shape, no days: nothing places it).
        as_of: The day (or month, or year) a petition report's figures are as of, ISO, where
            its source says.
        covers: The period the records review or examine (``6 tháng đầu năm 2020``: a
            review's period reviewed, else its agreement's; a hearing's or an oversight's
            ``covers``), worded as printed; None where they review nothing or the source
            names none (a part reviewed or an agreement's period :data:`NOT_STATED`).
        covers_start: Its first day, ISO (a term's year alone, as ``period_start``).
        covers_end: Its last day, ISO: for a period "từ đầu nhiệm kỳ … đến nay", the
            record's own day (the day held, else its report's, its plan's, or the
            article's; a petition report's ``as_of``), and None where it has none; a
            term's year alone.
        signs: The period of the agreement a meeting signs (``nhiệm kỳ 2021-2026``).
        kind: The kind of record (:func:`record_kind`).
        kind_label: The kind as reports name it (``hội nghị sơ kết``).
        records: How many records the row holds.
        record_ids: Their identifiers, in order, joined by ``, ``.
        illustrative: True when a record rests on the bundled illustrative data.
        planned_only: How many of the records the sources give only as planned (a hearing
            or an oversight with the time its plan sets, no day held, no report of results):
            counted in ``records``, never as held.
        petitions_noun: What the petition figures count (kiến nghị, ý kiến…).
        petitions_scope: Which petitions the figures cover where narrowed to a competence
            (``thẩm quyền cấp quận``), or all of them (a meeting's figures of all scopes).
        petitions_total: Petitions (or what is counted) in all.
        petitions_new: Of those, new in the period.
        petitions_carried_over: Of those, carried over from earlier sessions.
        petitions_resolved: Those resolved (on a source's own scale, the levels it maps to
            resolved).
        resolved_levels: The levels counted as resolved, in the source's words.
        resolution_rate: The computed rate where counts give one, else the printed one,
            exactly.
        resolution_rate_basis: Which of the two it is.
        resolution_rate_printed: The printed rate, exactly (``18/93``, ``0.5682``): the
            percentage a source prints for the resolved level, else its fraction of counts
            (Bình Dương 2023 prints "144/166" and "86,74%": the rate is ``0.8674``).
        resolution_rate_printed_text: The printed text the rate rests on, where printed,
            exactly as printed (a truncated "86,74%" stays so beside the computed 144/166;
            the audit's finding on it is the record's :meth:`PetitionReport.findings`).
        resolution_rate_computed: The rate the counts give (resolved / total).
    """

    unit_id: str
    unit: str
    period: str
    period_kind: str | None
    period_start: str | None
    period_end: str | None
    period_basis: str
    as_of: str | None
    covers: str | None
    covers_start: str | None
    covers_end: str | None
    signs: str | None
    kind: str
    kind_label: str
    records: int
    record_ids: str
    illustrative: bool
    planned_only: int = 0
    petitions_noun: str | None = None
    petitions_scope: str | None = None
    petitions_total: int | None = None
    petitions_new: int | None = None
    petitions_carried_over: int | None = None
    petitions_resolved: int | None = None
    resolved_levels: str | None = None
    resolution_rate: Fraction | None = None
    resolution_rate_basis: RateBasis | None = None
    resolution_rate_printed: Fraction | None = None
    resolution_rate_printed_text: str | None = None
    resolution_rate_computed: Fraction | None = None


_T, _I, _X = ColumnKind.TEXT, ColumnKind.INT, ColumnKind.EXACT
_COLUMNS = (
    Column("unit_id", _T, "mã đơn vị", "the unit's identifier"),
    Column("unit", _T, "đơn vị", "the unit's name"),
    Column("period", _T, "kỳ", "the records' own time: held on, else the period they are of"),
    Column("period_kind", _T, "loại kỳ", "the shape of the period"),
    Column("period_start", _T, "từ ngày", "its first day (ISO; a term's year alone)"),
    Column("period_end", _T, "đến ngày", "its last day (ISO; a term's year alone)"),
    Column("period_basis", _T, "căn cứ xác định kỳ", "the field the period rests on"),
    Column("as_of", _T, "số liệu tính đến", "the day the figures are as of (ISO)"),
    Column("covers", _T, "kỳ được xem xét", "the period reviewed or examined"),
    Column("covers_start", _T, "kỳ được xem xét: từ ngày", "its first day (ISO)"),
    Column("covers_end", _T, "kỳ được xem xét: đến ngày", "its last day (ISO)"),
    Column("signs", _T, "kỳ của văn bản ký kết", "the period of the agreement signed"),
    Column("kind", _T, "loại hồ sơ", "the kind of record"),
    Column("kind_label", _T, "loại hồ sơ (tên gọi)", "the kind as reports name it"),
    Column("records", _I, "số hồ sơ", "records in the row"),
    Column("record_ids", _T, "mã hồ sơ", "their identifiers"),
    Column("illustrative", ColumnKind.BOOL, "dữ liệu minh họa", "the figures are invented"),
    Column("planned_only", _I, "chỉ theo kế hoạch", "records known only from their plan"),
    Column("petitions_noun", _T, "đơn vị đếm", "what the petition figures count"),
    Column("petitions_scope", _T, "phạm vi kiến nghị", "which petitions the figures cover"),
    Column("petitions_total", _I, "tổng số", "petitions in all"),
    Column("petitions_new", _I, "mới", "new in the period"),
    Column("petitions_carried_over", _I, "kỳ trước chuyển sang", "carried over"),
    Column("petitions_resolved", _I, "đã giải quyết", "resolved"),
    Column("resolved_levels", _T, "mức tính là đã giải quyết", "levels counted as resolved"),
    Column("resolution_rate", _X, "tỷ lệ giải quyết", "computed rate, else printed rate"),
    Column("resolution_rate_basis", _T, "tỷ lệ: nguồn số liệu", "printed or computed"),
    Column("resolution_rate_printed", _X, "tỷ lệ giải quyết (công bố)", "the printed rate"),
    Column("resolution_rate_printed_text", _T, "tỷ lệ (nguyên văn)", "the printed text"),
    Column("resolution_rate_computed", _X, "tỷ lệ giải quyết (tính)", "resolved / total"),
)


class RecordMetricsTable(RecordTable[RecordMetricsRow]):
    """Metrics of records of any kind: one row per unit, period and kind of record.

    Rows are sorted by unit id, then by the period's first day, then by kind. Records of
    one unit, period and kind that cover or sign different periods are rows of their own.

    Examples:
        >>> from tayho_coord.datasets import tay_ho_2019
        >>> table = record_metrics([tay_ho_2019()])
        >>> row = table[0]
        >>> row.period, row.period_basis, row.covers, row.signs, row.kind
        ('ngày 11/2/2020', 'held_on', 'năm 2019', 'năm 2020', 'review_conference')
        >>> row.resolution_rate_printed_text, row.resolution_rate_computed
        ('56,82%', None)
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


class _Figures(NamedTuple):
    """The petition figures of a row, each None where its record gives none."""

    noun: str | None = None
    scope: str | None = None
    total: int | None = None
    new: int | None = None
    carried_over: int | None = None
    resolved: int | None = None
    levels: str | None = None
    printed_text: str | None = None
    printed: Fraction | None = None
    computed: Fraction | None = None


def _report_figures(report: PetitionReport) -> _Figures:
    from tayho_coord.model import PetitionOutcome

    codes = report.scale.codes_for(PetitionOutcome.RESOLVED)
    levels = "; ".join(report.scale.level(code).label for code in codes) or None
    printed = [
        figure
        for outcome in report.outcomes
        if outcome.level in codes and len(codes) == 1
        for figure in outcome.printed
        if figure.ratio is not None
    ]
    # The rate as the source prints it: a percentage ("86,74%") before a fraction of two
    # counts ("144/166"), which the counts already give; a truncated percentage is kept as
    # printed, beside the computed rate, never replaced by it.
    printed.sort(key=lambda figure: figure.is_fraction)
    competence = report.competence
    return _Figures(
        noun=report.noun.label,
        scope=None if competence is None else competence.label_in(report.unit),
        total=report.total,
        new=report.new,
        carried_over=report.carried_over,
        resolved=report.count(PetitionOutcome.RESOLVED),
        levels=levels,
        # The first printed rate of the one resolved level (a percentage, else a fraction).
        printed_text=printed[0].text if printed else None,
        printed=printed[0].ratio if printed else None,
        computed=report.resolution_rate,
    )


def _review_figures(review: ProgramReview) -> _Figures:
    row = _row(review)  # the yearly table's own figures, so both tables agree
    if row.petitions_scope is None:
        return _Figures()
    printed = row.resolution_rate_printed
    return _Figures(
        noun="kiến nghị",
        scope=row.scope_text,
        total=row.petitions_received,
        resolved=row.petitions_resolved,
        levels="đã giải quyết xong",
        printed_text=row.resolution_rate_printed_text,
        printed=None if printed is None else Fraction(printed),
        computed=row.resolution_rate_computed,
    )


def _headline(meeting: Meeting) -> tuple[PetitionScope, PetitionStats] | None:
    """The petition figures a meeting's row gives: one set, or None where it cannot choose.

    As the yearly table chooses a review's: figures not narrowed to a session or a sector,
    of the unit's own competence first, else of all; and of the period the meeting reviews
    where some are of exactly that period. Two sets left for one scope (the figures of two
    years of a term) are not one figure: none is chosen, and none is added up.
    """
    from tayho_coord.model import ReportingPeriod

    candidates = [s for s in meeting.petitions if s.session is None and s.sector is None]
    covered = meeting.covers
    # NOT_STATED: no period named, none to narrow the figures to
    if meeting.reviewed is not None and isinstance(covered, ReportingPeriod):
        same = [
            s
            for s in candidates
            if (s.period.first_day(), s.period.last_day())
            == (covered.first_day(), covered.last_day())
        ]
        candidates = same or candidates
    for competence in (_LEVEL_COMPETENCE.get(meeting.unit.kind.level), None):
        found = [s for s in candidates if s.competence is competence]
        if len(found) > 1:
            return None
        if found:
            return PetitionScope.of(competence), found[0]
    return None


def _printed_rate(figure: PrintedFigure) -> Fraction:
    """A printed rate exactly: a fraction's, else a percentage's (a bare number is one too)."""
    ratio = figure.ratio
    return ratio if ratio is not None else Fraction(figure.percent_ratio)


def _meeting_figures(meeting: Meeting) -> _Figures:
    chosen = _headline(meeting)
    if chosen is None:
        return _Figures()
    scope, stats = chosen
    competence = scope.competence
    printed = stats.printed_rate
    return _Figures(
        noun="kiến nghị",
        scope=scope.label if competence is None else competence.label_in(meeting.unit),
        total=stats.received,
        resolved=stats.resolved,
        levels="đã giải quyết xong",
        printed_text=None if printed is None else printed.text,
        printed=None if printed is None else _printed_rate(printed),
        computed=stats.resolution_rate,
    )


def _figures(members: list[Record]) -> _Figures:
    """The figures of a row: those of its one record; a row of several gives none."""
    from tayho_coord.model import Meeting, PetitionReport, ProgramReview

    if len(members) != 1:
        return _Figures()
    (record,) = members
    if isinstance(record, PetitionReport):
        return _report_figures(record)
    if isinstance(record, ProgramReview):
        return _review_figures(record)
    if isinstance(record, Meeting):
        return _meeting_figures(record)
    return _Figures()


class _When(NamedTuple):
    """A record's own time (the row's period) and the periods it covers and signs."""

    label: str
    period: ReportingPeriod | None
    basis: str
    covers: ReportingPeriod | None = None
    signs: ReportingPeriod | None = None
    covers_text: str | None = None  # as printed ("… đến nay"), where it differs from covers'


def _activity_time(activity: Hearing | OversightActivity) -> tuple[ReportingPeriod | None, str]:
    """When an activity was: held, else planned, else reported, else what it covers.

    Else None: only the day of an article reporting it is known (``reported_on``), which
    is no day of the activity.
    """
    from tayho_coord.model._hearings import period_of_day
    from tayho_coord.model._periods import ReportingPeriod as Period

    if activity.held_on is not None and activity.held_until is not None:
        return Period.between(activity.held_on, activity.held_until), "held_on"
    if activity.held_on is not None:
        return period_of_day(activity.held_on), "held_on"
    if activity.scheduled is not None:
        return activity.scheduled, "scheduled"
    issued = None if activity.report is None else activity.report.issued_on
    if issued is not None:
        return period_of_day(issued), "report"
    if activity.covers is not None:
        return activity.covers, "covers"
    assert activity.reported_on is not None  # one of the five is given (checked when built)
    return None, "reported_on"


def _when(record: Record) -> _When:
    """The record's own time, by the module's rule, and the periods it covers and signs."""
    from tayho_coord import model
    from tayho_coord.model._hearings import period_of_day

    if isinstance(record, model.PetitionReport):
        # "từ đầu nhiệm kỳ … đến nay": to the day its figures are as of
        period = None if record.period is None else record.period.ending_on(record.as_of)
        return _When(record.time_label, period, record.time_basis)
    if isinstance(record, model.CoordinationProgram):
        if isinstance(record.period, model.NotStated):
            # No period is invented: placed by its signing day, else by nothing (said so).
            if record.signed_on is None:
                return _When(f"{record.period.label}, không rõ ngày ký", None, "not_stated")
            signing = period_of_day(record.signed_on)
            return _When(f"ký {signing.label}", signing, "signed_on")
        return _When(record.period.label, record.period, "period")
    if isinstance(record, (model.Hearing, model.OversightActivity)):
        day, basis = _activity_time(record)
        label = record.time_label if day is None else day.label  # "theo tin ngày …"
        covers = record.covers_to_day  # "… đến nay" ended on the record's own day
        printed = None if record.covers is None else record.covers.label
        return _When(label, day, basis, covers, covers_text=printed)
    if isinstance(record, model.VoterContact):  # its days held, else the article's day
        return _When(record.time_label, record.period, record.time_basis)
    if isinstance(record, model.ProgramReview):
        on = record.held_on
        review_day = period_of_day(model.PartialDate(on.year, on.month, on.day))
        return _When(review_day.label, review_day, "held_on", record.period, _stated(record.signed))
    held = record.day_period
    reviews = None if record.reviewed is None else _stated(record.covers)
    signs = _stated(record.signed)
    as_printed = None if reviews is None else _stated(record.period)  # "… đến nay" as printed
    text = None if as_printed is None else as_printed.label
    if held is None:  # only an article's day ("theo tin ngày …"), never its day
        return _When(record.time_label, None, record.time_basis, reviews, signs, text)
    return _When(held.label, held, record.time_basis, reviews, signs, text)


def _stated(
    value: ReportingPeriod | NotStated | CoordinationProgram | None,
) -> ReportingPeriod | None:
    """A period (an agreement's), or None where there is none or the source states none."""
    from tayho_coord.model import CoordinationProgram, ReportingPeriod

    if isinstance(value, CoordinationProgram):
        value = value.period
    return value if isinstance(value, ReportingPeriod) else None


_Key = tuple[str, object, str, str, "ReportingPeriod | None", "ReportingPeriod | None"]
"""A row's records: unit id, place in time, its basis, kind, period covered, period signed."""


def _days(period: ReportingPeriod | None) -> tuple[str | None, str | None]:
    """A period's first and last day, ISO; a term's ends as the years the source gives.

    A term (nhiệm kỳ 2016-2021) begins and ends with elections its source does not date
    (the 2016 term began with the elections of 22/5/2016 and ended in mid-2021): its ends
    are the years ``2016`` and ``2021``, never 01/01 and 31/12, so no day of another term
    is put in it. The start of a term to date (từ đầu nhiệm kỳ … đến …) likewise.
    """
    from tayho_coord.model import PeriodKind

    if period is None:
        return None, None
    first = period.first_day().isoformat()
    if period.kind in (PeriodKind.TERM, PeriodKind.TERM_TO_DATE):
        first = str(period.start.year)
    if period.ends_on_record_day:  # "… đến nay" of a record without a day: no end known
        return first, None
    last = period.last_day().isoformat()
    if period.kind is PeriodKind.TERM:
        last = str((period.end or period.start).year)
    return first, last


def record_metrics(records: Iterable[Record]) -> RecordMetricsTable:
    """One row per unit, period and kind of record, with the figures the records give.

    Takes records of any kind (a :class:`~tayho_coord.model.RecordSet` too). A row's
    period is its records' own time (the module's rule); records of one unit, period and
    kind that cover or sign different periods are rows of their own. Petition figures come
    from a petition report, a meeting's figures (:attr:`Meeting.petitions`, chosen as the
    yearly table chooses a review's) or a review conference's headline figures, alone in
    its row; two in one row are not added up (their scopes may differ): the row keeps their
    count and ids and no figures.

    Raises:
        ValidationError: an item is not a record of the coordination cycle.
    """
    from tayho_coord.datasets import is_illustrative
    from tayho_coord.model import Hearing, OversightActivity, PetitionReport

    groups: dict[_Key, tuple[_When, list[Record]]] = {}
    for record in records:
        kind = record_kind(record)
        when = _when(record)
        place: object = when.period
        if isinstance(record, PetitionReport):
            place = (record.period, record.session, record.as_of)
        key = (record.unit.id, place, when.basis, kind, when.covers, when.signs)
        groups.setdefault(key, (when, []))[1].append(record)
    rows = []
    for (unit_id, _, _, kind, _, _), (when, members) in groups.items():
        first = members[0]
        as_of = first.as_of if isinstance(first, PetitionReport) else None
        figures = _figures(members)
        computed, printed = figures.computed, figures.printed
        rate, basis = (
            (computed, RateBasis.COMPUTED)
            if computed is not None
            else (printed, RateBasis.PRINTED)
            if printed is not None
            else (None, None)
        )
        start, end = _days(when.period)
        covers_start, covers_end = _days(when.covers)
        rows.append(
            RecordMetricsRow(
                unit_id=unit_id,
                unit=str(first.unit),
                period=when.label,
                period_kind=None if when.period is None else when.period.kind.value,
                period_start=start,
                period_end=end,
                period_basis=when.basis,
                as_of=None if as_of is None else as_of.iso(),
                covers=when.covers_text or (None if when.covers is None else when.covers.label),
                covers_start=covers_start,
                covers_end=covers_end,
                signs=None if when.signs is None else when.signs.label,
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
                petitions_noun=figures.noun,
                petitions_scope=figures.scope,
                petitions_total=figures.total,
                petitions_new=figures.new,
                petitions_carried_over=figures.carried_over,
                petitions_resolved=figures.resolved,
                resolved_levels=figures.levels,
                resolution_rate=rate,
                resolution_rate_basis=basis,
                resolution_rate_printed=printed,
                resolution_rate_printed_text=figures.printed_text,
                resolution_rate_computed=computed,
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
