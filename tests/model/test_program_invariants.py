"""Every invariant of CoordinationProgram and ProgramReview raises ValidationError naming the
field and the value (issue 2: "a standing agency among the parties", "dates inside their
program year", …)."""

import datetime as dt
from typing import Any

import attrs
import pytest

from tayho_coord import ValidationError
from tayho_coord.datasets import tay_ho_2019
from tayho_coord.model import (
    Activities,
    AdminUnit,
    Agency,
    AgencyKind,
    ContentArea,
    CoordinationProgram,
    HearingMention,
    OversightGroup,
    OversightKind,
    PartialDate,
    PetitionStats,
    ReportedCount,
    UnitKind,
)


def program(tay_ho: AdminUnit, parties: tuple[Agency, ...], **changes: Any) -> CoordinationProgram:
    return CoordinationProgram("p", tay_ho, 2019, parties, **changes)


def test_a_valid_program_of_two_parties(
    tay_ho: AdminUnit, committee: Agency, front: Agency
) -> None:
    # Places without a council (Hà Nội's wards from 2021) have two-party programs.
    assert len(program(tay_ho, (committee, front)).parties) == 2


@pytest.mark.parametrize(
    ("build", "field", "reason"),
    [
        (lambda c, u, f, s, th: (c,), "parties", "two to four parties"),
        (lambda c, u, f, s, th: (c, u, f, s, u), "parties", "two to four parties"),
        (lambda c, u, f, s, th: (c, c), "parties", "names a body twice"),
        # The standing committee is the council's: the council would sign twice.
        (lambda c, u, f, s, th: (c, s), "parties", "names a body twice"),
        (
            lambda c, u, f, s, th: (c, Agency("ca", AgencyKind.POLICE, th)),
            "parties[1]",
            "council, a committee or a front",
        ),
        (
            lambda c, u, f, s, th: (
                c,
                Agency("x", AgencyKind.PEOPLES_COMMITTEE, AdminUnit("w", UnitKind.WARD, "Bưởi")),
            ),
            "parties[1]",
            "belongs to w, not ha-noi/tay-ho",
        ),
    ],
)
def test_parties(
    tay_ho: AdminUnit,
    council: Agency,
    committee: Agency,
    front: Agency,
    standing: Agency,
    build: Any,
    field: str,
    reason: str,
) -> None:
    with pytest.raises(ValidationError, match=reason) as info:
        program(tay_ho, build(council, committee, front, standing, tay_ho))
    assert info.value.field == field


def test_standing_agency_is_a_party_or_its_sub_body(
    tay_ho: AdminUnit, council: Agency, committee: Agency, front: Agency, standing: Agency
) -> None:
    assert program(tay_ho, (council, committee, front), standing_agency=standing)
    with pytest.raises(ValidationError, match="one of the parties") as info:
        program(tay_ho, (committee, front), standing_agency=standing)
    assert (info.value.field, info.value.value) == ("standing_agency", standing.id)


def test_content_areas_are_listed_once(tay_ho: AdminUnit, committee: Agency, front: Agency) -> None:
    with pytest.raises(ValidationError, match="lists an area twice") as info:
        program(
            tay_ho,
            (committee, front),
            content_areas=(ContentArea.DIALOGUE, ContentArea.DIALOGUE),
        )
    assert info.value.field == "content_areas"


@pytest.mark.parametrize(
    ("signed", "ok"), [(2018, True), (2019, True), (2017, False), (2020, False)]
)
def test_signed_in_the_year_or_the_one_before(
    tay_ho: AdminUnit, committee: Agency, front: Agency, signed: int, ok: bool
) -> None:
    if ok:
        assert program(tay_ho, (committee, front), signed_on=PartialDate(signed))
    else:
        with pytest.raises(ValidationError, match="signed in 2018 or 2019") as info:
            program(tay_ho, (committee, front), signed_on=PartialDate(signed))
        assert info.value.value == str(signed)


def test_activities_fall_in_the_program_year(
    tay_ho: AdminUnit, committee: Agency, front: Agency
) -> None:
    late = Activities(
        hearings=ReportedCount(1, (HearingMention("đầu tư", held_on=PartialDate(2020, 1)),))
    )
    with pytest.raises(ValidationError, match="outside the year 2019") as info:
        program(tay_ho, (committee, front), activities=late)
    assert info.value.field == "activities.hearings.items[0].held_on"
    assert info.value.value == "2020-01"


def test_activity_bodies_belong_to_the_unit(
    tay_ho: AdminUnit, committee: Agency, front: Agency, ha_noi: AdminUnit
) -> None:
    city_front = Agency("hn/mttq", AgencyKind.FATHERLAND_FRONT, ha_noi)
    outside = Activities(
        oversight=(OversightGroup(frozenset({OversightKind.SURVEY}), lead=city_front),)
    )
    with pytest.raises(ValidationError, match="outside ha-noi/tay-ho") as info:
        program(tay_ho, (committee, front), activities=outside)
    assert info.value.field == "activities.oversight[0].bodies[0]"


# The review: built from the bundled one, one field changed at a time.
def test_review_invariants() -> None:
    review = tay_ho_2019()
    assert review.signed is not None
    cases: list[tuple[dict[str, Any], str, str]] = [
        ({"held_on": dt.date(2021, 1, 5)}, "held_on", "held in 2019 or 2020"),
        (
            {"signed": attrs.evolve(review.signed, period=2021, signed_on=None)},
            "signed.year",
            "follows 2019",
        ),
        ({"hosts": (review.reviewed.standing_agency,)}, "hosts[0]", "not a party"),
        (
            {
                "petitions": (
                    PetitionStats(AdminUnit("w", UnitKind.WARD, "Bưởi"), PartialDate(2019)),
                )
            },
            "petitions[0].unit",
            "differs from the program's unit",
        ),
    ]
    for changes, field, reason in cases:
        with pytest.raises(ValidationError, match=reason) as info:
            attrs.evolve(review, **changes)
        assert info.value.field == field
