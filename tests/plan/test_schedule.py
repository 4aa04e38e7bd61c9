"""Real plans as schedules: occurrences, what is due, due soon and overdue as of given days.

The plans are those of conftest.py, each with its source; expected days follow from the
program's words and the calendar (written out here, not computed by the library).
"""

from __future__ import annotations

import datetime as dt
from fractions import Fraction

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from plan.plan_records import Bodies
from tayho_coord.errors import ValidationError
from tayho_coord.model import (
    AdminUnit,
    CoordinationProgram,
    CouncilSession,
    DoneActivity,
    PartialDate,
    PlannedActivity,
    PlannedKind,
    Timing,
    UnitKind,
    done_activities,
    match_plan,
    schedule,
)

D = dt.date


def _ids(occurrences) -> list[tuple[str, int]]:  # type: ignore[no-untyped-def]
    return [(o.activity.id, o.number) for o in occurrences]


def test_thai_nguyen_2020_occurrences(thai_nguyen_2020: CoordinationProgram) -> None:
    plan = schedule(thai_nguyen_2020)
    assert len(plan) == 4
    assert [(o.activity.id, o.starts_on, o.due_on) for o in plan] == [
        ("giam-sat-kien-nghi", D(2020, 5, 1), D(2020, 5, 31)),
        ("giai-trinh-nq-83", D(2020, 5, 1), D(2020, 5, 31)),
        ("giai-trinh-nq-83", D(2020, 8, 1), D(2020, 8, 31)),
        ("giam-sat-kien-nghi", D(2020, 10, 1), D(2020, 10, 31)),
    ]
    assert plan.occurrences[2].title == (
        "Giải trình kết quả thực hiện Nghị quyết số 83 của HĐND tỉnh (tháng 8 năm 2020)"
    )


@pytest.mark.parametrize(
    ("as_of", "due", "next_30", "open_"),
    [
        # 30 days after 30/4 is 30/5: the May occurrences fall due on 31/5.
        (D(2020, 4, 30), [], [], []),
        (
            D(2020, 5, 1),
            [],
            [("giam-sat-kien-nghi", 1), ("giai-trinh-nq-83", 1)],
            [("giam-sat-kien-nghi", 1), ("giai-trinh-nq-83", 1)],
        ),
        (
            D(2020, 5, 31),
            [("giam-sat-kien-nghi", 1), ("giai-trinh-nq-83", 1)],
            [],
            [("giam-sat-kien-nghi", 1), ("giai-trinh-nq-83", 1)],
        ),
        (
            D(2020, 8, 15),
            [("giam-sat-kien-nghi", 1), ("giai-trinh-nq-83", 1)],
            [("giai-trinh-nq-83", 2)],
            [("giai-trinh-nq-83", 2)],
        ),
        (
            D(2021, 1, 1),
            [
                ("giam-sat-kien-nghi", 1),
                ("giai-trinh-nq-83", 1),
                ("giai-trinh-nq-83", 2),
                ("giam-sat-kien-nghi", 2),
            ],
            [],
            [],
        ),
    ],
)
def test_thai_nguyen_2020_as_of(
    thai_nguyen_2020: CoordinationProgram,
    as_of: dt.date,
    due: list[tuple[str, int]],
    next_30: list[tuple[str, int]],
    open_: list[tuple[str, int]],
) -> None:
    plan = schedule(thai_nguyen_2020)
    assert _ids(plan.due_by(as_of)) == due
    assert _ids(plan.due_within(as_of, 30)) == next_30
    assert _ids(plan.open_on(as_of)) == open_


def test_binh_phuoc_2020_session_preparation(
    binh_phuoc_2020: CoordinationProgram, session_14: CouncilSession
) -> None:
    plan = schedule(binh_phuoc_2020, sessions=[session_14])
    assert [(o.activity.id, o.starts_on, o.due_on, o.label) for o in plan] == [
        ("ubnd-gui-bao-cao", D(2020, 1, 1), D(2020, 11, 10), "chậm nhất ngày 10/11/2020"),
        ("bao-cao-tham-tra", D(2020, 1, 1), D(2020, 11, 24), "chậm nhất ngày 24/11/2020"),
        ("hop-to-dai-bieu", D(2020, 11, 27), D(2020, 11, 27), "ngày 27/11/2020"),
        ("lien-tich", D(2020, 1, 1), D(2020, 12, 6), "trước kỳ họp thứ 14"),
    ]
    assert plan.occurrences[3].session == session_14
    assert plan.occurrences[3].title == "Hội nghị liên tịch chuẩn bị kỳ họp (trước kỳ họp thứ 14)"
    # As of 20/11/2020: the report was due on 10/11; two steps fall due within a week.
    assert _ids(plan.due_by(D(2020, 11, 20))) == [("ubnd-gui-bao-cao", 1)]
    assert _ids(plan.due_within(D(2020, 11, 20), 7)) == [
        ("bao-cao-tham-tra", 1),
        ("hop-to-dai-bieu", 1),
    ]
    # The liên tịch conference was held on 16/10/2020 (the source's own day).
    held = DoneActivity(
        PlannedKind.SESSION_PREPARATION,
        PartialDate(2020, 10, 16),
        "binh-phuoc/lien-tich-2020-10-16",
        planned="lien-tich",
    )
    as_of = D(2020, 12, 7)
    m = match_plan(plan, [held], as_of=as_of)
    assert [(o.activity.id, d) for o, d in m.carried_out] == [("lien-tich", held)]
    # Nothing the source says was done for the three other steps: listed, not guessed.
    assert _ids(m.not_recorded) == [
        ("ubnd-gui-bao-cao", 1),
        ("bao-cao-tham-tra", 1),
        ("hop-to-dai-bieu", 1),
    ]
    assert _ids(m.overdue()) == _ids(m.not_recorded)
    assert m.share == Fraction(1, 4)
    assert m.activity_share == Fraction(1, 4)
    # Without naming the planned activity, the conference fits three planned steps of
    # the same kind: it is left unplaced.
    anonymous = DoneActivity(PlannedKind.SESSION_PREPARATION, PartialDate(2020, 10, 16), "x")
    m = match_plan(plan, [anonymous], as_of=as_of)
    assert m.carried_out == ()
    assert m.unplaced == (anonymous,)


def test_phu_loc_2021_deadline_and_a_record_known_to_the_month(
    phu_loc_2021: CoordinationProgram,
) -> None:
    plan = schedule(phu_loc_2021)
    (occ,) = plan.occurrences
    # "trước ngày 27/11/2021": due on 26/11.
    assert (occ.starts_on, occ.due_on) == (D(2021, 1, 1), D(2021, 11, 26))
    assert plan.due_by(D(2021, 11, 25)) == ()
    assert plan.due_within(D(2021, 11, 25), 1) == (occ,)
    assert plan.due_by(D(2021, 11, 26)) == (occ,)
    # The voter contacts took place from 15 to 25/11/2021; a record that knows only
    # "tháng 11/2021" may lie after the deadline: it is unplaced, the occurrence stays open.
    november = DoneActivity(PlannedKind.VOTER_CONTACT, PartialDate(2021, 11), "txct")
    m = match_plan(plan, [november])
    assert m.as_of == D(2021, 12, 31)
    assert m.unplaced == (november,)
    assert m.not_recorded == (occ,)
    assert m.overdue() == (occ,)
    assert m.share == 0
    assert m.sentence() == "thực hiện 0/1 nội dung theo chương trình, đạt 0%"
    # Recorded to the day (25/11/2021, the last day of the contacts), it carries it out.
    on_the_day = DoneActivity(PlannedKind.VOTER_CONTACT, PartialDate(2021, 11, 25), "txct")
    m = match_plan(plan, [on_the_day])
    assert m.carried_out == ((occ, on_the_day),)
    assert m.sentence() == "thực hiện 1/1 nội dung theo chương trình, đạt 100%"


def test_the_bundled_review_lists_what_it_reports() -> None:
    # Tây Hồ 2019 (the seed article): 3 hearings named, no day; 14 topics with the council
    # and 4 led by the Front (2 named), no day; the review itself on 11/02/2020.
    from tayho_coord.datasets import tay_ho_2019

    review = tay_ho_2019()
    done = done_activities(review)
    kinds = [d.kind for d in done]
    assert kinds.count(PlannedKind.HEARING) == 3
    assert kinds.count(PlannedKind.OVERSIGHT) == 14 + 4
    assert [d.subject for d in done if d.subject and d.kind is PlannedKind.OVERSIGHT] == [
        "tiếp công dân",
        "giải quyết đơn thư khiếu nại, tố cáo",
    ]
    (final,) = [d for d in done if d.held_on is not None]
    assert (final.kind, final.held_on) == (PlannedKind.FINAL_REVIEW, PartialDate(2020, 2, 11))
    # The program of 2019 states no plan: nothing is due, no share is invented.
    m = match_plan(schedule(review.reviewed), done)
    assert m.share is None
    assert m.activity_share is None
    assert m.sentence() is None
    assert m.later == (final,)  # held on 11/02/2020, after the 2019 plan's last day
    assert m.not_planned == ()
    assert len(m.unplaced) == len(done) - 1


def test_matching_rules_at_their_edges(thai_nguyen: Bodies) -> None:
    # Constructed cases (not a source's): one per branch of the stated rule.
    b = thai_nguyen
    program = b.program(
        2020,
        PlannedActivity(
            "giao-ban",
            PlannedKind.BRIEFING,
            "Họp giao ban",
            Timing.parse("Hằng quý, vào tuần đầu tiên của tháng đầu quý"),
            lead=b.standing,
        ),
        PlannedActivity(
            "doi-thoai", PlannedKind.DIALOGUE, "Đối thoại", Timing.parse("6 tháng một lần")
        ),
    )
    plan = schedule(program)
    q1 = DoneActivity(PlannedKind.BRIEFING, PartialDate(2020, 1, 3), "a", lead=b.council)
    q1_again = DoneActivity(PlannedKind.BRIEFING, PartialDate(2020, 1, 6), "b")
    other_lead = DoneActivity(PlannedKind.BRIEFING, PartialDate(2020, 4, 2), "c", lead=b.front)
    in_july = DoneActivity(PlannedKind.BRIEFING, PartialDate(2020, 7), "d")
    late = DoneActivity(PlannedKind.BRIEFING, PartialDate(2020, 10, 20), "e")
    dialogue = DoneActivity(PlannedKind.DIALOGUE, PartialDate(2020, 12, 30), "f")
    future = DoneActivity(PlannedKind.DIALOGUE, PartialDate(2021, 3, 1), "g")
    m = match_plan(plan, [late, dialogue, q1_again, in_july, other_lead, q1, future])
    # A lead of the same main body matches (HĐND for its Thường trực); the first in a window.
    assert [(o.activity.id, o.number, d.where) for o, d in m.carried_out] == [
        ("giao-ban", 1, "a"),
        ("doi-thoai", 2, "f"),
    ]
    assert m.not_planned == (q1_again, other_lead, late)
    assert m.unplaced == (in_july,)  # July may or may not be its first week
    assert m.share == Fraction(2, 6)
    assert m.activity_share == 0
    assert [a.id for a in m.activities_due()] == ["giao-ban", "doi-thoai"]
    # As of a day, only what was due by then counts, and later records are not yet known.
    m = match_plan(plan, [q1, dialogue], as_of=D(2020, 1, 7))
    assert m.share == 1
    assert m.sentence() == "thực hiện 1/1 nội dung theo chương trình, đạt 100%"
    assert match_plan(plan, [dialogue], as_of=D(2020, 6, 30)).carried_out == ()


def test_errors(
    thai_nguyen_2020: CoordinationProgram,
    binh_phuoc_2020: CoordinationProgram,
    session_14: CouncilSession,
) -> None:
    plan = schedule(thai_nguyen_2020)
    with pytest.raises(ValidationError, match="never reads today"):
        plan.due_by(dt.datetime(2020, 1, 1))  # type: ignore[arg-type]
    with pytest.raises(ValidationError):
        plan.due_within(D(2020, 1, 1), 0)
    with pytest.raises(ValidationError, match="never reads today"):
        match_plan(plan, [], as_of="2020-01-01")  # type: ignore[arg-type]
    with pytest.raises(ValidationError) as info:
        match_plan(plan, ["hearing"])  # type: ignore[list-item]
    assert info.value.field == "done[0]"
    unknown = DoneActivity(PlannedKind.HEARING, None, "x", planned="no-such")
    with pytest.raises(ValidationError) as info:
        match_plan(plan, [unknown])
    assert info.value.field == "done[0].planned"
    # A plan timed by sessions, without sessions, is refused rather than left empty.
    with pytest.raises(ValidationError) as info:
        schedule(binh_phuoc_2020)
    assert info.value.field == "planned[0].timing"
    # A session of another unit's council is refused.
    with pytest.raises(ValidationError, match="binh-phuoc"):
        schedule(thai_nguyen_2020, sessions=[session_14])
    with pytest.raises(ValidationError):
        schedule(thai_nguyen_2020, sessions=["kh14"])  # type: ignore[list-item]
    with pytest.raises(ValidationError):
        done_activities("review")  # type: ignore[arg-type]


def test_session_rules(binh_phuoc: Bodies, session_14: CouncilSession) -> None:
    b = binh_phuoc
    mid_year = CouncilSession(
        "binh-phuoc/hdnd/khoa-9/12", b.council, D(2020, 7, 14), D(2020, 7, 16)
    )
    after = PlannedActivity(
        "sau", PlannedKind.VOTER_CONTACT, "Tiếp xúc cử tri", Timing.parse("Sau mỗi kỳ họp")
    )
    within = PlannedActivity(
        "trong-15",
        PlannedKind.VOTER_CONTACT,
        "Tiếp xúc cử tri",
        Timing.parse("trong vòng 15 ngày sau kỳ họp"),
    )
    before = PlannedActivity(
        "truoc", PlannedKind.VOTER_CONTACT, "Tiếp xúc cử tri", Timing.parse("Trước mỗi kỳ họp")
    )
    plan = schedule(b.program(2020, after, within, before), sessions=[session_14, mid_year])
    spans = {(o.activity.id, o.number): (o.starts_on, o.due_on) for o in plan}
    assert spans == {
        ("truoc", 1): (D(2020, 1, 1), D(2020, 7, 13)),
        ("truoc", 2): (D(2020, 7, 17), D(2020, 12, 6)),
        ("sau", 1): (D(2020, 7, 17), D(2020, 12, 6)),
        ("sau", 2): (D(2020, 12, 12), D(2020, 12, 31)),
        ("trong-15", 1): (D(2020, 7, 17), D(2020, 7, 31)),
        ("trong-15", 2): (D(2020, 12, 12), D(2020, 12, 26)),
    }
    assert mid_year.title == "kỳ họp ngày 14/07/2020"
    overlapping = CouncilSession("x", b.council, D(2020, 12, 10), D(2020, 12, 12))
    with pytest.raises(ValidationError, match="overlap"):
        schedule(b.program(2020, before), sessions=[session_14, overlapping])
    next_day = CouncilSession("y", b.council, D(2020, 12, 12), D(2020, 12, 12))
    with pytest.raises(ValidationError, match="leaves no day"):
        schedule(b.program(2020, before), sessions=[session_14, next_day])


def test_council_session_invariants(binh_phuoc: Bodies) -> None:
    b = binh_phuoc
    named = CouncilSession(
        "a", b.council, D(2024, 7, 1), D(2024, 7, 2), name="kỳ họp thường lệ giữa năm 2024"
    )
    assert named.title == "kỳ họp thường lệ giữa năm 2024"
    assert named.unit == b.unit
    with pytest.raises(ValidationError) as info:
        CouncilSession("a", b.committee, D(2024, 7, 1), D(2024, 7, 2))
    assert info.value.field == "council"
    with pytest.raises(ValidationError) as info:
        CouncilSession("a", b.council, D(2024, 7, 2), D(2024, 7, 1))
    assert info.value.field == "closes_on"
    with pytest.raises(ValidationError) as info:
        CouncilSession("a", b.council, "2024-07-01", D(2024, 7, 1))  # type: ignore[arg-type]
    assert info.value.field == "opens_on"
    with pytest.raises(ValidationError) as info:
        CouncilSession("a", b.council, D(2024, 7, 1), D(2024, 7, 1), number=0)
    assert info.value.field == "number"


def test_plan_invariants(thai_nguyen: Bodies, binh_phuoc: Bodies) -> None:
    b = thai_nguyen
    hearing = PlannedActivity("a", PlannedKind.HEARING, "Giải trình", Timing.once())
    with pytest.raises(ValidationError) as info:
        b.program(2020, hearing, hearing)
    assert info.value.field == "planned[1].id"
    outsider = PlannedActivity(
        "b", PlannedKind.HEARING, "Giải trình", Timing.once(), lead=binh_phuoc.council
    )
    with pytest.raises(ValidationError) as info:
        b.program(2020, outsider)
    assert info.value.field == "planned[0].lead"
    with pytest.raises(ValidationError):
        PlannedActivity("c", PlannedKind.HEARING, "x", Timing.once(), b.council, (b.council,))
    with pytest.raises(ValidationError):
        PlannedActivity("c", PlannedKind.HEARING, "x", Timing.once(), None, (b.front, b.front))
    with pytest.raises(ValidationError):
        PlannedActivity("c", "hearing", "x", Timing.once())  # type: ignore[arg-type]
    with pytest.raises(ValidationError):
        PlannedActivity("c", PlannedKind.HEARING, "x", "Hằng quý")  # type: ignore[arg-type]
    with pytest.raises(ValidationError):
        DoneActivity("hearing", None, "x")  # type: ignore[arg-type]
    with pytest.raises(ValidationError):
        DoneActivity(PlannedKind.HEARING, D(2020, 1, 1), "x")  # type: ignore[arg-type]


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [Timing.monthly(), Timing.quarterly(), Timing.in_quarters(3), Timing.deadline(15, 12)]
        ),
        min_size=1,
        max_size=4,
    ),
    st.lists(st.dates(D(2020, 1, 1), D(2020, 12, 31)), max_size=20),
    st.dates(D(2019, 12, 1), D(2021, 1, 31)),
    st.integers(1, 90),
)
def test_occurrences_and_match_invariants(
    timings: list[Timing], days: list[dt.date], as_of: dt.date, ahead: int
) -> None:
    b = Bodies(AdminUnit("x", UnitKind.PROVINCE, "X"))
    planned = [
        PlannedActivity(f"a{i}", PlannedKind.BRIEFING, "Họp giao ban", t)
        for i, t in enumerate(timings)
    ]
    plan = schedule(b.program(2020, *planned))
    due, soon = plan.due_by(as_of), plan.due_within(as_of, ahead)
    assert set(map(id, due)).isdisjoint(map(id, soon))
    assert [o.due_on for o in plan] == sorted(o.due_on for o in plan)
    done = [
        DoneActivity(PlannedKind.BRIEFING, PartialDate.from_date(d), str(i))
        for i, d in enumerate(days)
    ]
    m = match_plan(plan, done, as_of=as_of)
    placed = len(m.carried_out) + len(m.not_planned) + len(m.unplaced)
    assert placed == sum(1 for d in days if d <= as_of)
    assert placed + len(m.later) == len(days)  # nothing lost
    assert len(m.carried_out) + len(m.not_recorded) >= len(due)
    share = m.share
    if due:
        assert share is not None
        assert 0 <= share <= 1
        assert share == Fraction(len(due) - len(m.not_recorded), len(due))
    else:
        assert share is None
    for o, d in m.carried_out:
        assert d.held_on is not None
        assert o.contains(d.held_on.first_day())
