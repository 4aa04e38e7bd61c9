"""The public types users rely on, pinned: ``mypy --strict typing_tests`` must pass.

Each ``assert_type`` fails the check if a public signature changes what it returns; each
``# type: ignore[code]`` fails it (as an unused ignore, under ``--strict``) if a call that
must be refused becomes accepted. Nothing here runs: mypy only reads it.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from fractions import Fraction
from typing import TYPE_CHECKING, Any

import polars as pl
from matplotlib.figure import Figure
from typing_extensions import assert_type

from tayho_coord import audit, vi
from tayho_coord.datasets import data_file, tay_ho_2019
from tayho_coord.errors import DataError, ParseError, Problem, TayHoError, ValidationError
from tayho_coord.io import dump, dumps, load, loads
from tayho_coord.metrics import (
    ChangeRow,
    ChangeTable,
    ComparisonRow,
    ComparisonTable,
    Labels,
    MetricsRow,
    MetricsTable,
    PetitionScope,
    changes,
    compare,
    petition_rates,
    plot_oversight_by_body,
    plot_resolution_rate,
    yearly,
)
from tayho_coord.model import (
    AdminUnit,
    Agency,
    AgencyKind,
    CoordinationProgram,
    Coverage,
    HearingMention,
    Holding,
    OversightGroup,
    OversightTopic,
    PartialDate,
    Person,
    Petition,
    PetitionStats,
    Post,
    PrintedFigure,
    ProgramReview,
    ReportedCount,
    Roster,
    UnitHistory,
    UnitKind,
)
from tayho_coord.report import Format, render

if TYPE_CHECKING:
    from pathlib import Path


def bundled_data() -> None:
    review = tay_ho_2019()
    assert_type(review, ProgramReview)
    assert_type(review.held_on, dt.date)
    assert_type(review.year, int)
    assert_type(review.unit, AdminUnit)
    assert_type(review.reviewed, CoordinationProgram)
    assert_type(review.reviewed.parties, tuple[Agency, ...])
    assert_type(review.reviewed.standing_agency, Agency | None)
    assert_type(data_file("tay_ho_2019.json"), str)

    hearings = review.reviewed.activities.hearings
    assert_type(hearings, ReportedCount[HearingMention])
    assert_type(hearings.count, int | None)
    assert_type(hearings.items, tuple[HearingMention, ...])
    assert_type(hearings.total, int | None)
    group = review.reviewed.activities.oversight[0]
    assert_type(group, OversightGroup)
    assert_type(group.topics, ReportedCount[OversightTopic])

    stats = review.petitions[0]
    assert_type(stats, PetitionStats)
    assert_type(stats.resolution_rate, Fraction | None)
    assert_type(stats.received, int | None)
    assert_type(stats.printed_rate, PrintedFigure | None)
    assert_type(PrintedFigure("56,82%").value, Decimal)
    assert_type(PrintedFigure("56,82%").percent_ratio, Decimal)
    assert_type(PartialDate(2019).first_day(), dt.date)


def json_io(review: ProgramReview, path: Path) -> None:
    # load() and loads() return whatever type the file names: Any, narrowed by the caller.
    assert_type(load(path), Any)
    assert_type(load("review.json"), Any)
    assert_type(loads("{}"), Any)
    assert_type(loads(b"{}"), Any)
    assert_type(dumps(review), str)
    assert_type(dump(review, path), None)
    loaded = load(path)
    if isinstance(loaded, ProgramReview):
        assert_type(loaded, ProgramReview)


def vietnamese() -> None:
    assert_type(vi.format_percent(Fraction(25, 44)), str)
    assert_type(vi.format_percent(Decimal("0.5682"), decimals=1), str)
    assert_type(vi.format_percent(1), str)
    assert_type(vi.format_number(Decimal("2.665"), decimals=2), str)
    assert_type(vi.parse_percent("56,82%"), Decimal)
    assert_type(vi.parse_number("1.234,5"), Decimal)
    assert_type(vi.format_date(dt.date(2020, 2, 11)), str)
    assert_type(vi.format_date(dt.date(2020, 2, 11), style="full"), str)
    assert_type(vi.parse_date("11/02/2020"), dt.date)
    assert_type(vi.weekday_name(dt.date(2020, 2, 11)), str)
    assert_type(vi.normalize("Uỷ ban"), str)
    assert_type(vi.PersonName.parse("Nguyễn Văn Thắng"), vi.PersonName)

    # Refused: text is not a number, a date string is not a date, a style is a literal.
    vi.format_percent("0.5")  # type: ignore[arg-type]
    vi.format_date("2020-02-11")  # type: ignore[arg-type]
    vi.format_date(dt.date(2020, 2, 11), style="long-ish")  # type: ignore[arg-type]
    vi.normalize("hoà", tone_style="newest")  # type: ignore[arg-type]
    # Options are keyword-only: the value alone is positional.
    vi.format_number(Decimal("2.665"), 2)  # type: ignore[call-arg]
    vi.format_count(3, "cơ quan")  # type: ignore[call-arg]
    vi.number_to_words(1005, "south")  # type: ignore[call-arg]
    vi.format_date(dt.date(2020, 2, 11), "full")  # type: ignore[call-arg]
    assert_type(vi.format_count(3, noun="cơ quan", width=3), str)
    assert_type(vi.weekday_name(dt.date(2020, 2, 11), start=True), str)


def audits(stats: PetitionStats) -> None:
    assert_type(audit.check_rate("56,82%", 25, 44), audit.RateCheck)
    assert_type(audit.check_rate(PrintedFigure("56,82%"), 25, 44).ok, bool)
    assert_type(audit.candidates("56,82%", 50), list[tuple[int, int]])
    assert_type(audit.check_total(44, [25, 19]), audit.SumCheck)
    assert_type(audit.audit(stats), list[audit.AuditFinding])
    audit.check_rate(0.5682, 25, 44)  # type: ignore[arg-type]


def yearly_table(review: ProgramReview) -> None:
    table = yearly([review])
    assert_type(table, MetricsTable)
    assert_type(table[0], MetricsRow)
    assert_type(table[0:1], MetricsTable)
    assert_type(table.rows, tuple[MetricsRow, ...])
    assert_type(table[0].hearings, int | None)
    assert_type(table[0].resolution_rate_computed, Fraction | None)
    assert_type(table[0].resolution_rate_printed, Decimal | None)
    assert_type(table[0].resolution_rate, Fraction | None)
    assert_type(table[0].illustrative, bool)
    assert_type(yearly(review), MetricsTable)
    assert_type(table.to_records(), list[dict[str, Any]])


def table_labels(table: MetricsTable, labels: Labels) -> None:
    # Users annotate their own ``labels=`` arguments with the exported alias.
    assert_type(table.to_records(labels), list[dict[str, Any]])
    assert_type(table.to_html(labels=labels), str)
    assert_type(table.to_html(), str)
    assert_type(table[0].petitions_scope, PetitionScope | None)
    assert_type(table[0].petitions_scope_label, str | None)
    assert_type(table[0].scope_text, str | None)
    assert_type(table.total("hearings"), int | None)
    assert_type(plot_oversight_by_body(table, labels=labels), Figure)
    assert_type(plot_resolution_rate(table), Figure)
    # Refused: a label set is a literal; the charts' options are keyword-only.
    table.to_html(labels="fr")  # type: ignore[arg-type]
    table.to_pandas(labels="english")  # type: ignore[arg-type]
    plot_oversight_by_body(table, "en")  # type: ignore[call-arg]


def comparisons(table: MetricsTable) -> None:
    moved = changes(table, "resolution_rate")
    assert_type(moved, ChangeTable)
    assert_type(moved[0], ChangeRow)
    assert_type(moved[0].value, int | Fraction | None)
    assert_type(moved[0].change, int | Fraction | None)
    assert_type(moved[0].relative, Fraction | None)
    assert_type(moved[0].basis, str | None)
    ranked = compare(table, "oversight_topics", year=2020)
    assert_type(ranked, ComparisonTable)
    assert_type(compare(table, "hearings"), ComparisonTable)
    assert_type(ranked[0], ComparisonRow)
    assert_type(ranked[0].rank, int | None)
    assert_type(ranked[0].share, Fraction | None)
    assert_type(ranked[0].basis, str | None)
    assert_type(ranked[0].petitions_scope, str | None)
    assert_type(ranked.to_records(), list[dict[str, Any]])
    # Refused: a metric is named, a year is an integer.
    changes(table)  # type: ignore[call-arg]
    compare(table, "hearings", year="2020")  # type: ignore[arg-type]


def petition_rate_tables(petitions: list[Petition], frame: pl.DataFrame) -> None:
    # Records in, dicts out; a frame in, a frame of the same library out.
    assert_type(petition_rates(petitions), list[dict[str, Any]])
    assert_type(petition_rates(petitions, ("year",)), list[dict[str, Any]])
    assert_type(petition_rates(petitions, by=()), list[dict[str, Any]])
    assert_type(petition_rates(frame, columns={"year": "nam"}), pl.DataFrame)
    # Refused: ``columns`` is keyword-only.
    petition_rates(frame, ("year",), {"year": "nam"})  # type: ignore[call-overload]


def reports(review: ProgramReview, fmt: Format) -> None:
    assert_type(render(review), str)
    assert_type(render(review, "html", charts=False), str)
    # Any of the five formats: text or a file's bytes.
    assert_type(render(review, fmt, place="Tây Hồ"), str | bytes)
    assert_type(render(review, format="text", charts=None), str)
    # Word and PDF are the bytes of a file.
    assert_type(render(review, "docx", font_size=13), bytes)
    assert_type(render(review, "pdf", issued=dt.date(2020, 2, 11), number=5), bytes)
    # Refused: an unknown format, a place given positionally, charts as text.
    render(review, "odt")  # type: ignore[call-overload]
    render(review, "md", "Tây Hồ")  # type: ignore[call-overload]
    render(review, "html", charts="yes")  # type: ignore[call-overload]


def time_model(
    roster: Roster, history: UnitHistory, post: Post, person: Person, unit: AdminUnit
) -> None:
    day = dt.date(2019, 12, 31)
    assert_type(roster.holder(post, day), Holding | None)
    assert_type(roster.holder(post, as_of=day, allow_possible=True), Holding | None)
    assert_type(roster.holders(post, as_of=day), tuple[Holding, ...])
    assert_type(roster.posts_of(person, day), tuple[Holding, ...])
    assert_type(roster.chairs(unit, as_of=day), dict[AgencyKind, tuple[Holding, ...]])
    assert_type(history.as_of(unit, as_of=day), tuple[Coverage, ...])
    assert_type(history.as_of(unit, day), tuple[Coverage, ...])
    # Refused: the old keyword ``day=``, a date as text, ``allow_possible`` positionally.
    roster.holder(post, day=day)  # type: ignore[call-arg]
    roster.holders(post, day=day)  # type: ignore[call-arg]
    roster.posts_of(person, day=day)  # type: ignore[call-arg]
    roster.chairs(unit, day=day)  # type: ignore[call-arg]
    history.as_of(unit, day=day)  # type: ignore[call-arg]
    history.as_of(unit, "2019-12-31")  # type: ignore[arg-type]
    roster.holder(post, day, True)  # type: ignore[call-arg]


def errors() -> None:
    # Each error is also its builtin, so ``except ValueError`` keeps working.
    as_value_error: ValueError = ValidationError("year", 0, "must be from 1 to 9999")
    parse_error: ValueError = ParseError("31/02/2020", "no such day")
    data_error: TayHoError = DataError([Problem("$.data", "required field missing")])
    assert_type(DataError([]).problems, tuple[Problem, ...])
    assert_type(as_value_error, ValueError)
    assert_type(parse_error, ValueError)
    assert_type(data_error, TayHoError)
    assert_type(UnitKind.URBAN_DISTRICT.noun, str)
