"""Benchmark: ``metrics.yearly`` over 10 000 reviews, against a hand-written loop.

The baseline is what an analyst would write without the library's table: one loop over the
reviews reading the model directly and building the same rows (the same MetricsRow records,
checked equal), with no per-figure helpers. Each line prints the minimum of several repeats
and the ratio to the baseline measured in the same run; the frame conversions are timed too,
for information.

The reviews are synthetic (2 000 fictional districts x 5 years, with the shapes of the
illustrative data set); none of their figures means anything.

Run: ``.venv/bin/python benchmarks/bench_metrics.py``
"""

from __future__ import annotations

import datetime as dt
import gc
import time
from fractions import Fraction
from typing import TYPE_CHECKING, Any

from tayho_coord.datasets import is_illustrative
from tayho_coord.metrics import Basis, MetricsRow, MetricsTable, RateBasis, yearly
from tayho_coord.model import (
    Activities,
    AdminUnit,
    Agency,
    AgencyKind,
    Competence,
    CoordinationProgram,
    Finding,
    HearingMention,
    OversightGroup,
    OversightKind,
    PartialDate,
    PetitionStats,
    PrintedFigure,
    ProgramReview,
    ReportedCount,
    UnitKind,
    VoterContactGroup,
    VoterContactKind,
)

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence
    from decimal import Decimal

REPEATS = 5
DISTRICT = Competence.DISTRICT
UNITS = 2_000
YEARS = range(2016, 2021)


def best(fn: Callable[[], Any], repeats: int = REPEATS) -> float:
    times = []
    for _ in range(repeats):
        gc.collect()
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


def make_reviews() -> list[ProgramReview]:
    province = AdminUnit("bench", UnitKind.PROVINCE, "Bench")
    sup, sur = OversightKind.SUPERVISION, OversightKind.SURVEY
    out = []
    for u in range(UNITS):
        unit = AdminUnit(f"bench/u{u}", UnitKind.RURAL_DISTRICT, f"U{u}", parent=province)
        council = Agency(f"{unit.id}/hdnd", AgencyKind.PEOPLES_COUNCIL, unit)
        committee = Agency(f"{unit.id}/ubnd", AgencyKind.PEOPLES_COMMITTEE, unit)
        front = Agency(f"{unit.id}/mttq", AgencyKind.FATHERLAND_FRONT, unit)
        standing = Agency(
            f"{unit.id}/hdnd/tt", AgencyKind.COUNCIL_STANDING_COMMITTEE, unit, council
        )
        for year in YEARS:
            k = u + year
            acts = Activities(
                hearings=ReportedCount(k % 4)
                if k % 3
                else ReportedCount(None, (HearingMention("a"),)),
                oversight=(
                    OversightGroup(frozenset({sup}), lead=front, topics=ReportedCount(k % 7)),
                    OversightGroup(
                        frozenset({sup, sur}), partners=(council, front), topics=ReportedCount(9)
                    ),
                ),
                voter_contacts=(
                    VoterContactGroup(VoterContactKind.REGULAR, ReportedCount(k % 13)),
                    VoterContactGroup(VoterContactKind.THEMATIC),
                ),
                social_critiques=ReportedCount(k % 2),
            )
            program = CoordinationProgram(
                id=f"{unit.id}/ctph-{year}",
                unit=unit,
                period=year,
                parties=(council, committee, front),
                standing_agency=standing if k % 2 else committee,
                activities=acts,
            )
            received = 100 + k % 50
            stats = PetitionStats(
                unit,
                PartialDate(year),
                Competence.DISTRICT,
                received=received if k % 4 else None,
                resolved=(received * 3) // 4 if k % 4 else None,
                printed_rate=None if k % 4 else PrintedFigure("56,82%"),
            )
            out.append(
                ProgramReview(
                    id=f"{unit.id}/tk-{year}",
                    held_on=dt.date(year + 1, 1, 10),
                    reviewed=program,
                    shortcomings=(Finding("x"),),
                    petitions=(stats,),
                )
            )
    return out


def _fig(count: ReportedCount[Any]) -> tuple[int | None, Basis | None]:
    if count.count is not None:
        return count.count, Basis.STATED
    return (len(count.items), Basis.COUNTED) if count.items else (None, None)


def hand_written(reviews: Sequence[ProgramReview]) -> MetricsTable:
    """The same table, by one loop over the model (what a notebook would do by hand)."""
    leads = {
        AgencyKind.PEOPLES_COUNCIL: "council",
        AgencyKind.PEOPLES_COMMITTEE: "committee",
        AgencyKind.FATHERLAND_FRONT: "front",
    }
    single = {
        frozenset({OversightKind.SUPERVISION}): "supervision",
        frozenset({OversightKind.SURVEY}): "survey",
        frozenset({OversightKind.INSPECTION}): "inspection",
    }
    parts = ("supervision", "survey", "inspection", "mixed")
    parts += ("council", "committee", "front", "other", "joint")
    rows = []
    for review in reviews:
        program = review.reviewed
        acts = program.activities
        # [sum, bases, seen, groups added]: a figure of two or more groups is SUMMED.
        sums: dict[str, list[Any]] = {p: [0, set(), False, 0] for p in ("topics", *parts)}
        for group in acts.oversight:
            value, basis = _fig(group.topics)
            lead = "joint" if group.lead is None else leads.get(group.lead.body.kind, "other")
            for key in ("topics", single.get(group.kinds, "mixed"), lead):
                acc = sums[key]
                acc[2] = True
                acc[3] += 1
                if value is None or acc[0] is None:
                    acc[0] = None
                else:
                    acc[0] += value
                    acc[1].add(basis)
        ov: dict[str, tuple[int | None, Basis | None]] = {}
        for key, (value, bases, seen, groups) in sums.items():
            if not seen or value is None:
                ov[key] = (None, None)
            else:
                ov[key] = (value, next(iter(bases)) if groups == 1 else Basis.SUMMED)
        vc: dict[Any, list[Any]] = {"all": [0, set(), False, 0]}
        for vgroup in acts.voter_contacts:
            value, basis = _fig(vgroup.meetings)
            for key in ("all", vgroup.kind):
                acc = vc.setdefault(key, [0, set(), False, 0])
                acc[2] = True
                acc[3] += 1
                if value is None or acc[0] is None:
                    acc[0] = None
                else:
                    acc[0] += value
                    acc[1].add(basis)

        def contact(key: Any, vc: dict[Any, list[Any]] = vc) -> tuple[int | None, Basis | None]:
            value, bases, seen, groups = vc.get(key, (0, set(), False, 0))
            if not seen or value is None:
                return None, None
            return value, next(iter(bases)) if groups == 1 else Basis.SUMMED

        stats = None
        scope = None
        for s in review.petitions:
            whole_year = s.period == PartialDate(program.year)
            if whole_year and s.session is None and s.sector is None and s.competence is DISTRICT:
                stats, scope = s, "district"
        printed = None if stats is None else stats.printed_rate
        computed = None if stats is None else stats.resolution_rate
        rate: Fraction | Decimal | None = None
        rate_basis = None
        if computed is not None:
            rate, rate_basis = computed, RateBasis.COMPUTED
        elif printed is not None:
            rate, rate_basis = Fraction(printed.percent_ratio), RateBasis.PRINTED
        standing = program.standing_agency
        h, c, d, t = (
            _fig(acts.hearings),
            _fig(acts.social_critiques),
            _fig(acts.dialogues),
            _fig(program.key_tasks),
        )
        allc, reg = contact("all"), contact(VoterContactKind.REGULAR)
        the = contact(VoterContactKind.THEMATIC)
        rows.append(
            MetricsRow(
                program.unit.id,
                str(program.unit),
                program.year,
                review.id,
                is_illustrative(review),
                None if standing is None else standing.short_name,
                None if standing is None else standing.body.kind.abbreviation,
                *h,
                *ov["topics"],
                *ov["supervision"],
                *ov["survey"],
                *ov["inspection"],
                *ov["mixed"],
                *ov["council"],
                *ov["committee"],
                *ov["front"],
                *ov["other"],
                *ov["joint"],
                *allc,
                *reg,
                *the,
                *c,
                *d,
                len(acts.surveys) or None,
                *t,
                len(review.achievements),
                len(review.shortcomings),
                scope,
                None if stats is None else stats.received,
                None if stats is None else stats.answered,
                None if stats is None else stats.resolved,
                rate,
                rate_basis,
                None if printed is None else printed.percent_ratio,
                None if printed is None else printed.text,
                computed,
                None if stats is None else DISTRICT.label_in(program.unit),
                unit_level=program.unit.kind.level,
            )
        )
    rows.sort(key=lambda r: (r.unit_id, r.year))
    return MetricsTable(rows)


def main() -> None:
    start = time.perf_counter()
    reviews = make_reviews()
    print(f"built {len(reviews)} reviews in {time.perf_counter() - start:.1f} s (not timed)")
    table = yearly(reviews)
    assert table == hand_written(reviews), "the baseline must build the same table"
    base = best(lambda: hand_written(reviews))
    ours = best(lambda: yearly(reviews))
    print(f"hand-written loop (baseline)  {base * 1000:8.1f} ms")
    print(f"metrics.yearly                {ours * 1000:8.1f} ms   ratio {ours / base:.2f}")
    for name in ("to_records", "to_arrow", "to_polars", "to_pandas"):
        spent = best(getattr(table, name), repeats=3)
        print(f"MetricsTable.{name:<16}{spent * 1000:8.1f} ms   ratio {spent / base:.2f}")


if __name__ == "__main__":
    main()
