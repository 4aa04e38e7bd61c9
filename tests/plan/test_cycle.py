"""Plans of the records of issue 11: a term's regulation, meetings, hearings of their own.

The records are those of tests/data/records (their facts and sources are in those files: the
Cầu Giấy review of the first half of 2020 held on 05/08/2020, the review and signing of
21/01/2021; Bắc Từ Liêm's regulation for the term 2021-2026). The plans added to them here are
the tests' own frames: the sources do not give those programs' plans.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import attrs

from plan.plan_records import Bodies
from tayho_coord import load
from tayho_coord.model import (
    AdminUnit,
    CoordinationProgram,
    DoneActivity,
    Hearing,
    Meeting,
    OversightActivity,
    OversightKind,
    PartialDate,
    PlannedActivity,
    PlannedKind,
    RecordSet,
    ReportingPeriod,
    Timing,
    UnitKind,
    done_activities,
    match_plan,
    schedule,
)

RECORDS = Path(__file__).resolve().parents[1] / "data" / "records"
D = dt.date


def test_a_review_of_the_first_half_held_in_august_carries_out_the_first_half() -> None:
    records: RecordSet = load(RECORDS / "cau_giay_2020.json")
    program = next(
        r for r in records if isinstance(r, CoordinationProgram) and r.id.endswith("2020")
    )
    planned = PlannedActivity(
        "so-ket", PlannedKind.INTERIM_REVIEW, "Sơ kết", Timing.parse("6 tháng một lần")
    )
    program = attrs.evolve(program, planned=(planned,))
    plan = schedule(program)
    assert [(o.starts_on, o.due_on) for o in plan] == [
        (D(2020, 1, 1), D(2020, 6, 30)),
        (D(2020, 7, 1), D(2020, 12, 31)),
    ]
    done = done_activities(records)
    interim = next(d for d in done if d.kind is PlannedKind.INTERIM_REVIEW)
    assert interim.held_on == PartialDate(2020, 8, 5)
    assert interim.covers == ReportingPeriod.half(2020, 1)
    final = next(d for d in done if d.kind is PlannedKind.FINAL_REVIEW)
    assert final.held_on == PartialDate(2021, 1, 21)
    m = match_plan(plan, done)
    # Held on 05/08, inside the second half's window; it reviews the first half, and the
    # first half's occurrence is the one it carries out.
    assert [(o.number, d.where) for o, d in m.carried_out] == [(1, "ha-noi/cau-giay/so-ket-2020")]
    assert [o.number for o in m.not_recorded] == [2]
    assert m.later == (final,)  # 21/01/2021, after the 2020 program's last day
    # A review naming a part no occurrence has is not planned, and not moved to another.
    third = attrs.evolve(interim, covers=ReportingPeriod.quarter(2020, 3))
    assert match_plan(plan, [third]).not_planned == (third,)


def test_a_terms_regulation_is_planned_over_the_term() -> None:
    records: RecordSet = load(RECORDS / "bac_tu_liem_2021_regulation.json")
    regulation = next(r for r in records if isinstance(r, CoordinationProgram))
    signing = next(r for r in records if isinstance(r, Meeting))
    planned = PlannedActivity(
        "tong-ket", PlannedKind.FINAL_REVIEW, "Tổng kết năm", Timing.parse("Hằng năm")
    )
    plan = schedule(attrs.evolve(regulation, planned=(planned,)))
    first, last = regulation.period.first_day(), regulation.period.last_day()
    assert (plan.starts_on, plan.ends_on) == (first, last)
    assert [o.label for o in plan] == [f"năm {y}" for y in range(first.year, last.year + 1)]
    # The signing is no planned activity: it gives nothing to match.
    assert done_activities(signing) == ()


def test_hearings_and_oversight_of_their_own() -> None:
    b = Bodies(AdminUnit("x", UnitKind.PROVINCE, "X"))
    hearing = Hearing(
        "x/gt-1", b.unit, "Giải trình", organiser=b.standing, held_on=PartialDate(2024, 11, 20)
    )
    led = Hearing(
        "x/gt-2",
        b.unit,
        "Giải trình",
        organiser=b.standing,
        lead=b.council,
        covers=ReportingPeriod.year(2024),
    )
    oversight = OversightActivity(
        "x/gs-1",
        b.unit,
        OversightKind.SUPERVISION,
        "Giám sát",
        lead=b.front,
        held_on=PartialDate(2024, 6),
    )
    done = done_activities(hearing, led, oversight)
    assert done == (
        DoneActivity(
            PlannedKind.HEARING, PartialDate(2024, 11, 20), "x/gt-1", "Giải trình", b.standing
        ),
        DoneActivity(PlannedKind.HEARING, None, "x/gt-2", "Giải trình", b.council),
        DoneActivity(PlannedKind.OVERSIGHT, PartialDate(2024, 6), "x/gs-1", "Giám sát", b.front),
    )
