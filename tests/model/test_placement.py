"""What places a petition report in time, council sessions known without their days, and the
figures a record states (the rules; the real records are in tests/records)."""

from __future__ import annotations

import datetime as dt
import json
import warnings
from fractions import Fraction

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tayho_coord import DataError, ValidationError, vi
from tayho_coord.datasets import tay_ho_history
from tayho_coord.io import dumps, loads
from tayho_coord.model import (
    AdminUnit,
    Agency,
    AgencyKind,
    BreakdownKind,
    CoordinationProgram,
    CouncilSession,
    PartialDate,
    PetitionPart,
    PetitionReport,
    PlannedActivity,
    PlannedKind,
    PrintedFigure,
    ReportingPeriod,
    StatedFigure,
    Timing,
    UnitKind,
    schedule,
)

PROVINCE = AdminUnit("p", UnitKind.PROVINCE, "P")
COUNCIL = Agency("p/hdnd", AgencyKind.PEOPLES_COUNCIL, PROVINCE)


def test_a_session_is_known_by_its_days_its_number_or_its_name() -> None:
    six = CouncilSession("s6", COUNCIL, number=6, legislature=12)
    assert (six.opens_on, six.closes_on) == (None, None)
    # Legislatures in Roman numerals (vi.format_legislature: "khóa XII").
    assert six.label == "kỳ họp thứ 6 HĐND tỉnh khóa XII"
    assert six.full_title == "kỳ họp thứ 6 Hội đồng nhân dân tỉnh P khóa XII"
    with pytest.raises(ValidationError, match=r"the days of kỳ họp thứ 6 \(s6\) are not known"):
        six.days()
    named = CouncilSession("s", COUNCIL, name="kỳ họp thường lệ giữa năm 2024")
    assert named.label == "kỳ họp thường lệ giữa năm 2024 HĐND tỉnh"
    dated = CouncilSession("d", COUNCIL, dt.date(2020, 12, 7), dt.date(2020, 12, 11))
    assert dated.days() == (dt.date(2020, 12, 7), dt.date(2020, 12, 11))
    assert dated.title == "kỳ họp ngày 07/12/2020"
    with pytest.raises(ValidationError, match="its days, its number or its name"):
        CouncilSession("x", COUNCIL)
    with pytest.raises(ValidationError, match="give both days of the session, or neither"):
        CouncilSession("x", COUNCIL, dt.date(2020, 12, 7), number=1)
    with pytest.raises(ValidationError, match="khóa N"):
        CouncilSession("x", COUNCIL, number=1, legislature=0)
    committee = Agency("p/ubnd", AgencyKind.PEOPLES_COMMITTEE, PROVINCE)
    with pytest.raises(ValidationError, match="people's council or the National Assembly"):
        CouncilSession("x", committee, number=1)


def test_a_plan_is_not_timed_by_a_session_without_days() -> None:
    program = CoordinationProgram(
        "p/ct",
        PROVINCE,
        2024,
        (COUNCIL, Agency("p/ubnd", AgencyKind.PEOPLES_COMMITTEE, PROVINCE)),
        planned=(
            PlannedActivity(
                "txct",
                PlannedKind.VOTER_CONTACT,
                "tiếp xúc cử tri",
                Timing.parse("Trước mỗi kỳ họp"),
            ),
        ),
    )
    with pytest.raises(ValidationError, match=r"sessions\[0\]=.s6.: its days are not known"):
        schedule(program, sessions=[CouncilSession("s6", COUNCIL, number=6)])


def _report(**fields: object) -> PetitionReport:
    return PetitionReport("r", PROVINCE, **fields)  # type: ignore[arg-type]


def test_a_report_is_placed_by_a_period_a_session_a_day_or_several() -> None:
    session = CouncilSession("s6", COUNCIL, number=6)
    cases = [
        (_report(period=ReportingPeriod.year(2023)), "năm 2023", "period"),
        (_report(session=session), "kỳ họp thứ 6 HĐND tỉnh", "session"),
        (_report(as_of=PartialDate(2023, 6)), "đến tháng 6/2023", "as_of"),
        (_report(as_of=PartialDate(2023)), "đến năm 2023", "as_of"),
        (
            _report(session=session, as_of=PartialDate(2024, 7, 8)),
            "kỳ họp thứ 6 HĐND tỉnh, đến ngày 8/7/2024",
            "session, as_of",
        ),
        (
            _report(period=ReportingPeriod.year(2023), session=session),
            "năm 2023",
            "period",
        ),
    ]
    for report, label, basis in cases:
        assert (report.time_label, report.time_basis) == (label, basis)
    with pytest.raises(ValidationError, match="r: place the report in time"):
        _report()


def test_the_days_of_what_places_a_report_are_checked_against_the_unit() -> None:
    history = tay_ho_history()
    district = history.unit("ha-noi/tay-ho")  # ended on 30/06/2025
    council = Agency("th/hdnd", AgencyKind.PEOPLES_COUNCIL, district)
    late = CouncilSession("s", council, dt.date(2025, 12, 1), dt.date(2025, 12, 2))
    with pytest.raises(ValidationError, match=r"session.*did not exist then"):
        PetitionReport("r", district, session=late)
    with pytest.raises(ValidationError, match=r"as_of.*did not exist then"):
        PetitionReport("r", district, as_of=PartialDate(2026))
    # A session of another unit's council is refused; one of a unit above is not.
    city = district.parent
    assert city is not None
    city_council = Agency("hn/hdnd", AgencyKind.PEOPLES_COUNCIL, city)
    assert PetitionReport(
        "r", district, session=CouncilSession("s", city_council, number=9)
    ).session
    other = AdminUnit("o", UnitKind.PROVINCE, "O")
    stranger = Agency("o/hdnd", AgencyKind.PEOPLES_COUNCIL, other)
    with pytest.raises(ValidationError, match="not the council of"):
        PetitionReport("r", district, session=CouncilSession("s", stranger, number=1))


def test_a_competence_level_is_checked_by_the_session_day_where_there_is_no_period() -> None:
    ward = AdminUnit("w", UnitKind.WARD, "W", parent=PROVINCE)
    council = Agency("w/hdnd", AgencyKind.PEOPLES_COUNCIL, ward)
    district = (PetitionPart(BreakdownKind.COMPETENCE, "district", total=1),)
    after = CouncilSession("s", council, dt.date(2025, 12, 1), dt.date(2025, 12, 2))
    with pytest.raises(ValidationError, match="did not exist on 2025-12-01"):
        PetitionReport("r", ward, session=after, parts=district)
    before = attrs.evolve(after, opens_on=dt.date(2025, 6, 1), closes_on=dt.date(2025, 6, 2))
    assert PetitionReport("r", ward, session=before, parts=district).parts
    # Figures as of a day say nothing of when the petitions came in: no level is refused.
    assert PetitionReport("r", ward, as_of=PartialDate(2025, 12), parts=district).parts


def test_a_report_with_a_session_round_trips_and_old_text_sessions_are_refused() -> None:
    report = _report(
        session=CouncilSession("s6", COUNCIL, number=6, legislature=12),
        as_of=PartialDate(2024, 7, 8),
        total=3,
        figures=(StatedFigure("x", PrintedFigure("50%"), count=1, whole=2),),
    )
    assert loads(dumps(report)) == report
    doc = json.loads(dumps(report))
    doc["data"]["session"] = "Kỳ họp thứ 9"  # as files written before sessions were records
    doc["data"]["total"] = "3"
    with pytest.raises(DataError) as caught:
        loads(json.dumps(doc))
    problems = [str(p) for p in caught.value.problems]
    assert problems[0].startswith("$.data.session: 'Kỳ họp thứ 9': a session is an object")
    assert 'remove "session" and place the report by "period" or "as_of"' in problems[0]
    assert problems[1:] == ['$.data.total: expected an integer, got "3"']


# --- stated figures ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("printed", "count", "whole", "found"),
    [
        ("18/93", 18, 93, ()),
        ("19/93", 18, 93, ("'19/93' states 19, not the count 18",)),
        ("18/94", None, 93, ("'18/94' is of 94, not of the whole 93",)),
        (
            "8,79%",
            191,
            2293,
            (
                "'8,79%' does not follow from 191/2293: rounded half-up to 2 decimals it "
                "prints '8,33%'",
            ),
        ),
        ("17,4", 87, 500, ()),  # a bare number of a whole: a rate without its sign
        ("17,4", None, 500, ()),  # 87 of 500 prints so
        ("17,5", None, 4, ("no count out of 4 prints as '17,5'",)),
        ("1.143", 1143, None, ()),  # a bare number without a whole: a count
        ("1.143", 1144, None, ("'1.143' is not the count 1144",)),
        ("120%", None, 10, ("'120%' is not a share of a whole, from 0% to 100%",)),
        ("50%", None, 0, ("'50%' cannot be a share of a whole of 0",)),
        ("97,6%", None, None, ()),  # nothing to check it against
    ],
)
def test_a_stated_figure_against_its_counts(
    printed: str, count: int | None, whole: int | None, found: tuple[str, ...]
) -> None:
    figure = StatedFigure("x", PrintedFigure(printed), count=count, whole=whole)
    assert figure.disagreements() == found


def test_a_count_above_its_whole_is_refused() -> None:
    with pytest.raises(ValidationError, match="count=3: is more than the whole 2"):
        StatedFigure("x", PrintedFigure("3/2"), count=3, whole=2)


@settings(max_examples=200, deadline=None)
@given(
    st.integers(1, 10**6).flatmap(lambda w: st.tuples(st.integers(0, w), st.just(w))),
    st.integers(0, 4),
)
def test_a_rate_printed_from_its_counts_agrees_and_one_step_off_does_not(
    counts: tuple[int, int], decimals: int
) -> None:
    count, whole = counts
    text = vi.format_percent(Fraction(count, whole), decimals=decimals)
    assert StatedFigure("x", PrintedFigure(text), count=count, whole=whole).disagreements() == ()
    assert StatedFigure("x", PrintedFigure(text), whole=whole).disagreements() == ()
    step = Fraction(1, 10 ** (decimals + 2))
    rate = Fraction(PrintedFigure(text).percent_ratio)
    off = rate + step if rate + step <= 1 else rate - step
    other = vi.format_percent(off, decimals=decimals)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        found = StatedFigure("x", PrintedFigure(other), count=count, whole=whole).disagreements()
    # The rounded rate of count/whole is unique: a printed rate one step off never agrees
    # (it is the rate truncated, or follows by no rule: either way a finding).
    assert len(found) == 1
    assert found[0].startswith(repr(other))
    assert f"{count}/{whole}" in found[0]


def test_counts_on_a_scale_never_exceed_the_total_and_a_share_is_checked() -> None:
    from tayho_coord import FigureWarning
    from tayho_coord.model import OutcomeCount, OutcomeScale

    scale = OutcomeScale.default()
    partial = attrs.evolve(scale, exhaustive=False)
    # 6 + 5 of 10: more than the whole, on a scale naming all items or only some.
    for this in (scale, partial):
        with pytest.warns(FigureWarning, match=r"6 \+ 5 are more than the total 10"):
            _report(
                as_of=PartialDate(2020),
                scale=this,
                total=10,
                outcomes=(OutcomeCount("resolved", 6), OutcomeCount("in_progress", 5)),
            )
    # A part's share printed as a rate without its sign ("chiếm 17,4") of its whole.
    part = PetitionPart(
        BreakdownKind.COMPETENCE, "central", total=87, printed_share=PrintedFigure("17,4")
    )
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert _report(as_of=PartialDate(2020), total=500, parts=(part,)).parts
    off = attrs.evolve(part, total=88)
    with pytest.warns(FigureWarning, match=r"share of competence 'central': '17,4' does not"):
        _report(as_of=PartialDate(2020), total=500, parts=(off,))
