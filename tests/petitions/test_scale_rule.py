"""One rule for the levels' counts against the total, whatever the scale (fit review, defect 12).

The review found that 58 of 65 (the rest not given) warned on a one-level scale of the
source's own and not on the library's default scale. The rule (``OutcomeScale``): the counts
must make the total only where the scale is exhaustive and the report counts every level of
it; otherwise they must be at most the total. A source's scale is exhaustive only where the
data says so.
"""

from __future__ import annotations

import warnings
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tayho_coord.errors import FigureWarning
from tayho_coord.model import (
    AdminUnit,
    OutcomeCount,
    OutcomeLevel,
    OutcomeScale,
    PetitionOutcome,
    PetitionReport,
    PrintedFigure,
    ReportingPeriod,
    UnitKind,
)

UNIT = AdminUnit("quang-ngai", UnitKind.PROVINCE, "Quảng Ngãi")
DEFAULT = OutcomeScale.default()
MAKE = "do not make the total"
MORE = "are more than the total"


def _report(scale: OutcomeScale, total: int | None, outcomes: tuple[OutcomeCount, ...]) -> Any:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", FigureWarning)
        return PetitionReport(
            "x/kn", UNIT, ReportingPeriod.year(2020), scale=scale, total=total, outcomes=outcomes
        )


@st.composite
def scales(draw: Any) -> OutcomeScale:
    size = draw(st.integers(1, 6))
    codes = [f"muc-{i}" for i in range(size)]
    levels = tuple(
        OutcomeLevel(code, f"mức {i}", draw(st.none() | st.sampled_from(PetitionOutcome)))
        for i, code in enumerate(codes)
    )
    return OutcomeScale("nguon", "thang của nguồn", levels, exhaustive=draw(st.booleans()))


@st.composite
def reports(draw: Any) -> tuple[OutcomeScale, int | None, tuple[OutcomeCount, ...]]:
    scale = draw(scales() | st.just(DEFAULT))
    total = draw(st.none() | st.integers(0, 120))
    cap = 120 if total is None else total
    chosen = draw(st.lists(st.sampled_from(scale.levels), unique=True))
    outcomes = tuple(
        OutcomeCount(level.code, draw(st.none() | st.integers(0, cap))) for level in chosen
    )
    return scale, total, outcomes


@given(reports())
def test_the_counts_rule_is_the_same_for_every_scale(
    case: tuple[OutcomeScale, int | None, tuple[OutcomeCount, ...]],
) -> None:
    scale, total, outcomes = case
    findings = _report(scale, total, outcomes).findings()
    known = [o.count for o in outcomes if o.count is not None]
    every_level = len(known) == len(scale.levels)
    must_make = scale.exhaustive and every_level and total is not None
    assert any(MAKE in f for f in findings) == (must_make and sum(known) != total)
    over = total is not None and sum(known) > total and not must_make
    assert any(MORE in f for f in findings) == over


@given(
    total=st.integers(1, 200),
    data=st.data(),
    tenths=st.integers(0, 1000),
)
def test_some_counts_warn_alike_on_the_default_scale_and_on_a_scale_of_the_source(
    total: int, data: Any, tenths: int
) -> None:
    # The same counts on some of the default scale's levels, and on a scale of the source's
    # own made of just those levels (the rest not given): the same findings, printed rate
    # included ("89,2%" written as the sources write it: a decimal comma).
    chosen = data.draw(
        st.lists(st.sampled_from(DEFAULT.levels), min_size=1, max_size=3, unique=True)
    )
    own = OutcomeScale("nguon", "thang của nguồn", tuple(chosen))
    printed = (PrintedFigure(f"{tenths // 10},{tenths % 10}%"),)
    outcomes = tuple(
        OutcomeCount(level.code, data.draw(st.integers(0, total)), printed) for level in chosen
    )
    on_default = _report(DEFAULT, total, outcomes).findings()
    on_own = _report(own, total, outcomes).findings()
    assert on_default == on_own
    assert not any(MAKE in f for f in on_own)


def test_tinh_thien_58_of_65_on_either_scale() -> None:
    # Tịnh Thiện 2016-2021: "trong số 65 ý kiến, kiến nghị … đã giải quyết và trả lời 58 ý
    # kiến, kiến nghị, đạt tỷ lệ 89,2%" (thanhpho.quangngai.gov.vn 10839176). 58/65 is
    # 89,23…%: "89,2%" follows, rounded half-up to one decimal, and nothing warns.
    one = OutcomeScale(
        "tinh-thien",
        "thang của nguồn",
        (OutcomeLevel("giai-quyet-tra-loi", "giải quyết và trả lời"),),
    )
    for scale, code in ((DEFAULT, "resolved"), (one, "giai-quyet-tra-loi")):
        counts = (OutcomeCount(code, 58, (PrintedFigure("89,2%"),)),)
        assert _report(scale, 65, counts).findings() == ()
    # A printed rate that does not follow warns on both, and only of the rate.
    for scale, code in ((DEFAULT, "resolved"), (one, "giai-quyet-tra-loi")):
        counts = (OutcomeCount(code, 58, (PrintedFigure("95%"),)),)
        (finding,) = _report(scale, 65, counts).findings()
        assert "'95%' printed for" in finding
        assert "does not follow from 58/65" in finding
    # Where the data says the one level sorts every item, 7 of 65 sit on no level: a finding.
    sorted_all = OutcomeScale("tinh-thien", "thang của nguồn", one.levels, exhaustive=True)
    with pytest.warns(FigureWarning, match="the levels' counts 58 do not make the total 65"):
        PetitionReport(
            "x/kn",
            UNIT,
            ReportingPeriod.year(2020),
            scale=sorted_all,
            total=65,
            outcomes=(OutcomeCount("giai-quyet-tra-loi", 58),),
        )


def test_a_scale_is_exhaustive_only_where_it_says_so() -> None:
    level = (OutcomeLevel("a", "A"),)
    assert not OutcomeScale("s", "s", level).exhaustive
    assert DEFAULT.exhaustive
