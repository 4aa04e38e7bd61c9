"""Shared by the plan tests: the three bodies of a unit, and strategies of timing rules."""

from __future__ import annotations

from hypothesis import strategies as st

from tayho_coord.model import (
    AdminUnit,
    Agency,
    AgencyKind,
    CoordinationProgram,
    PlannedActivity,
    Timing,
)


class Bodies:
    """The three bodies of a unit and the council's standing committee."""

    def __init__(self, unit: AdminUnit) -> None:
        self.unit = unit
        self.council = Agency(f"{unit.id}/hdnd", AgencyKind.PEOPLES_COUNCIL, unit)
        self.committee = Agency(f"{unit.id}/ubnd", AgencyKind.PEOPLES_COMMITTEE, unit)
        self.front = Agency(f"{unit.id}/mttq", AgencyKind.FATHERLAND_FRONT, unit)
        self.standing = Agency(
            f"{unit.id}/hdnd/tt", AgencyKind.COUNCIL_STANDING_COMMITTEE, unit, self.council
        )

    def program(self, year: int, *planned: PlannedActivity) -> CoordinationProgram:
        return CoordinationProgram(
            f"{self.unit.id}/ctph-{year}",
            self.unit,
            year,
            (self.council, self.committee, self.front),
            planned=planned,
        )


_months = st.lists(st.integers(1, 12), min_size=1, max_size=12, unique=True).map(
    lambda v: tuple(sorted(v))
)
_quarters = st.lists(st.integers(1, 4), min_size=1, max_size=4, unique=True).map(
    lambda v: tuple(sorted(v))
)
_day_month = st.integers(1, 12).flatmap(
    lambda m: st.tuples(
        st.integers(1, (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)[m - 1]), st.just(m)
    )
)
TIMINGS = st.one_of(
    st.just(Timing.once()),
    _day_month.map(lambda dm: Timing.on_day(*dm)),
    st.tuples(_day_month, st.booleans()).map(lambda t: Timing.deadline(*t[0], inclusive=t[1])),
    _months.map(lambda m: Timing.in_months(*m)),
    _quarters.map(lambda q: Timing.in_quarters(*q)),
    st.booleans().map(lambda b: Timing.monthly(first_week=b)),
    st.booleans().map(lambda b: Timing.quarterly(first_week=b)),
    st.just(Timing.half_yearly()),
    st.just(Timing.yearly()),
    st.one_of(st.none(), st.integers(1, 366)).map(lambda d: Timing.before_sessions(days=d)),
    st.one_of(st.none(), st.integers(1, 366)).map(lambda d: Timing.after_sessions(days=d)),
)
