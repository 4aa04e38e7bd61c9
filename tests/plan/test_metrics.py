"""The plan columns of the metrics table, and the sentence the report writes from them."""

from __future__ import annotations

import datetime as dt
from fractions import Fraction

import pytest

from plan.plan_records import Bodies
from tayho_coord.datasets import tay_ho_2019
from tayho_coord.errors import ValidationError
from tayho_coord.metrics import yearly
from tayho_coord.model import (
    Activities,
    AdminUnit,
    CoordinationProgram,
    CouncilSession,
    HearingMention,
    OversightGroup,
    OversightKind,
    OversightTopic,
    PartialDate,
    PlannedActivity,
    PlannedKind,
    ProgramReview,
    ReportedCount,
    Timing,
    UnitKind,
    VoterContactGroup,
    VoterContactKind,
    VoterContactMeeting,
    plan_sentence,
)

D = dt.date


def _review(b: Bodies, activities: Activities, *planned: PlannedActivity) -> ProgramReview:
    program = CoordinationProgram(
        f"{b.unit.id}/ctph-2020",
        b.unit,
        2020,
        (b.council, b.committee, b.front),
        activities=activities,
        planned=planned,
    )
    return ProgramReview(f"{b.unit.id}/tong-ket-2020", D(2021, 1, 20), program)


def test_the_bundled_review_states_no_plan() -> None:
    row = yearly([tay_ho_2019()])[0]
    assert (row.planned, row.carried_out, row.plan_share) == (None, None, None)


def test_plan_columns_count_planned_activities() -> None:
    # A constructed review (not a source's): one planned hearing in quý III, held on
    # 20/8; oversight every quarter, recorded in quý I-III only.
    b = Bodies(AdminUnit("x", UnitKind.PROVINCE, "X"))
    topics = tuple(
        OversightTopic(f"chủ đề {i}", PartialDate(2020, m, 10))
        for i, m in enumerate((2, 5, 8), start=1)
    )
    activities = Activities(
        hearings=ReportedCount(
            1, (HearingMention("công tác đầu tư xây dựng", PartialDate(2020, 8, 20)),)
        ),
        oversight=(
            OversightGroup(
                frozenset({OversightKind.SUPERVISION}), b.standing, (), ReportedCount(3, topics)
            ),
        ),
    )
    review = _review(
        b,
        activities,
        PlannedActivity(
            "giai-trinh", PlannedKind.HEARING, "Phiên giải trình", Timing.parse("Quý III")
        ),
        PlannedActivity("giam-sat", PlannedKind.OVERSIGHT, "Giám sát", Timing.parse("Hằng quý")),
    )
    row = yearly(review)[0]
    assert (row.planned, row.carried_out, row.plan_share) == (2, 1, Fraction(1, 2))
    # The sentence from the same counts, as the rule writes it: two decimals at most, half-up,
    # decimal comma, no trailing zeros.
    assert plan_sentence(row.carried_out, row.planned) == (
        "thực hiện 1/2 nội dung theo chương trình, đạt 50%"
    )
    vi = yearly(review).to_records(labels="vi")[0]
    assert vi["tỷ lệ thực hiện chương trình"] == Fraction(1, 2)


def test_sessions_are_passed_to_plans_timed_by_them() -> None:
    b = Bodies(AdminUnit("x", UnitKind.PROVINCE, "X"))
    session = CouncilSession("x/hdnd/k1", b.council, D(2020, 7, 10), D(2020, 7, 12), number=1)
    contacts = VoterContactGroup(
        VoterContactKind.REGULAR,
        ReportedCount(1, (VoterContactMeeting(PartialDate(2020, 7, 1)),)),
    )
    review = _review(
        b,
        Activities(voter_contacts=(contacts,)),
        PlannedActivity(
            "txct", PlannedKind.VOTER_CONTACT, "Tiếp xúc cử tri", Timing.parse("Trước mỗi kỳ họp")
        ),
    )
    with pytest.raises(ValidationError) as info:
        yearly(review)
    assert info.value.field == "planned[0].timing"
    row = yearly(review, sessions=[session])[0]
    assert (row.planned, row.carried_out, row.plan_share) == (1, 1, 1)


@pytest.mark.parametrize(
    ("done", "planned", "sentence"),
    [
        (11, 12, "thực hiện 11/12 nội dung theo chương trình, đạt 91,67%"),  # 91,666… → 91,67
        (12, 12, "thực hiện 12/12 nội dung theo chương trình, đạt 100%"),
        (37, 40, "thực hiện 37/40 nội dung theo chương trình, đạt 92,5%"),
        (1, 3, "thực hiện 1/3 nội dung theo chương trình, đạt 33,33%"),
        (2, 3, "thực hiện 2/3 nội dung theo chương trình, đạt 66,67%"),
        (1, 200, "thực hiện 1/200 nội dung theo chương trình, đạt 0,5%"),
        (0, 4, "thực hiện 0/4 nội dung theo chương trình, đạt 0%"),
        (1, 1600, "thực hiện 1/1600 nội dung theo chương trình, đạt 0,06%"),  # 0,0625 → 0,06
        (1, 800, "thực hiện 1/800 nội dung theo chương trình, đạt 0,13%"),  # 0,125 → 0,13 half-up
    ],
)
def test_the_sentence(done: int, planned: int, sentence: str) -> None:
    assert plan_sentence(done, planned) == sentence


@pytest.mark.parametrize(
    ("done", "planned", "field"),
    [(1, 0, "planned"), (3, 2, "done"), (-1, 2, "done"), (1, True, "planned"), ("1", 2, "done")],
)
def test_the_sentence_refuses_impossible_counts(done: object, planned: object, field: str) -> None:
    with pytest.raises(ValidationError) as info:
        plan_sentence(done, planned)  # type: ignore[arg-type]
    assert info.value.field == field
