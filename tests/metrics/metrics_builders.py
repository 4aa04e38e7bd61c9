"""Small builders of model records for the metrics tests (and their hypothesis strategies)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from tayho_coord.model import (
    Activities,
    AdminUnit,
    Agency,
    AgencyKind,
    CoordinationProgram,
    ProgramReview,
    UnitKind,
)

PROVINCE = AdminUnit("tinh-a", UnitKind.PROVINCE, "A")


def district(slug: str = "huyen-b", name: str = "B") -> AdminUnit:
    return AdminUnit(f"tinh-a/{slug}", UnitKind.RURAL_DISTRICT, name, parent=PROVINCE)


def bodies(unit: AdminUnit) -> dict[str, Agency]:
    council = Agency(f"{unit.id}/hdnd", AgencyKind.PEOPLES_COUNCIL, unit)
    front = Agency(f"{unit.id}/mttq", AgencyKind.FATHERLAND_FRONT, unit)
    return {
        "council": council,
        "committee": Agency(f"{unit.id}/ubnd", AgencyKind.PEOPLES_COMMITTEE, unit),
        "front": front,
        "standing": Agency(
            f"{unit.id}/hdnd/tt", AgencyKind.COUNCIL_STANDING_COMMITTEE, unit, council
        ),
        "legal": Agency(f"{unit.id}/hdnd/bpc", AgencyKind.COUNCIL_LEGAL_COMMITTEE, unit, council),
        "front_board": Agency(f"{unit.id}/mttq/btt", AgencyKind.FRONT_STANDING_BOARD, unit, front),
        "police": Agency(f"{unit.id}/ca", AgencyKind.POLICE, unit),
    }


def review(
    unit: AdminUnit,
    year: int,
    activities: Activities | None = None,
    *,
    standing: str | None = None,
    **fields: Any,
) -> ProgramReview:
    b = bodies(unit)
    program = CoordinationProgram(
        id=f"{unit.id}/ctph-{year}",
        unit=unit,
        period=year,
        parties=(b["council"], b["committee"], b["front"]),
        standing_agency=None if standing is None else b[standing],
        activities=activities or Activities(),
    )
    return ProgramReview(
        id=f"{unit.id}/tong-ket-{year}",
        held_on=dt.date(year + 1, 1, 15),
        reviewed=program,
        **fields,
    )
