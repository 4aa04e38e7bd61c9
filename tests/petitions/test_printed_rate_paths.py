"""Every printed rate is checked by one rule, wherever a record holds it (review 4, F7).

A rate printed for a level of a petition report was checked apart from a stated figure's,
and let a truncated rate through: Bình Dương printed "86,74%" for 144 of 166 kiến nghị,
which rounded half-up (Luật Kế toán, Điều 17) is 86,75%. The same text as a stated figure
warned. Now both go through one check, and a record's metrics keep the printed text.
"""

from __future__ import annotations

import warnings
from fractions import Fraction
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tayho_coord import vi
from tayho_coord.audit import check_rate
from tayho_coord.errors import FigureWarning
from tayho_coord.metrics import record_metrics
from tayho_coord.model import (
    AdminUnit,
    Agency,
    AgencyKind,
    BreakdownKind,
    CouncilSession,
    OutcomeCount,
    OutcomeLevel,
    OutcomeScale,
    PartialDate,
    PetitionOutcome,
    PetitionPart,
    PetitionReport,
    PrintedFigure,
    StatedFigure,
    UnitKind,
)

BINH_DUONG = AdminUnit("binh-duong", UnitKind.PROVINCE, "Bình Dương")
# https://www.binhduong.gov.vn/tin-tuc/2023/05/199-ket-qua-giai-quyet-kien-nghi-cu-tri-gui-
# den-ky-hop-thu-8-hdnd-tinh-khoa (29/5/2023): 144/166 kiến nghị "đạt 86,74%"; before the
# session 84/93 "90,32%", after it 60/73 "82,19%", 13/73 "17,81%" still in hand.
SESSION_8 = CouncilSession(
    "bd/ky-hop-8",
    Agency("bd/hdnd", AgencyKind.PEOPLES_COUNCIL, BINH_DUONG),
    number=8,
    legislature=10,
)
SCALE = OutcomeScale(
    "bd/kn",
    "thang kết quả của Bình Dương",
    (
        OutcomeLevel("xong", "đã giải quyết xong", PetitionOutcome.RESOLVED),
        OutcomeLevel("dang", "đang nghiên cứu, xử lý theo lộ trình"),
    ),
)


def _binh_duong(**fields: Any) -> PetitionReport:
    base: dict[str, Any] = {
        "session": SESSION_8,
        "scale": SCALE,
        "total": 166,
        "outcomes": (
            OutcomeCount("xong", 144, (PrintedFigure("144/166"), PrintedFigure("86,74%"))),
        ),
        "parts": (
            PetitionPart(
                BreakdownKind.SESSION,
                "trước kỳ họp",
                total=93,
                outcomes=(
                    OutcomeCount("xong", 84, (PrintedFigure("84/93"), PrintedFigure("90,32%"))),
                ),
            ),
            PetitionPart(
                BreakdownKind.SESSION,
                "sau kỳ họp",
                total=73,
                outcomes=(
                    OutcomeCount("xong", 60, (PrintedFigure("60/73"), PrintedFigure("82,19%"))),
                    OutcomeCount("dang", 13, (PrintedFigure("13/73"), PrintedFigure("17,81%"))),
                ),
            ),
        ),
    }
    base.update(fields)
    return PetitionReport("bd/kn-ky-hop-8", BINH_DUONG, **base)


def test_a_truncated_rate_of_a_level_is_found_as_a_stated_figure_s() -> None:
    with pytest.warns(FigureWarning) as caught:
        report = _binh_duong()
    # 144/166 = 86,746…%: cut at two decimals 86,74%, rounded half-up 86,75%. The parts'
    # rates (90,32%, 82,19%, 17,81%) are rounded right and say nothing.
    expected = (
        "'86,74%' printed for 'xong' is 144/166 truncated to 2 decimals; "
        "rounded half-up it prints '86,75%'"
    )
    assert report.findings() == (expected,)
    assert [str(w.message) for w in caught] == [f"bd/kn-ky-hop-8: {expected}"]
    # The same text as a stated figure finds the same thing, in the same words.
    figure = StatedFigure("tỷ lệ", PrintedFigure("86,74%"), count=144, whole=166)
    assert figure.disagreements() == (expected.replace(" printed for 'xong'", ""),)


def test_the_metrics_keep_the_printed_rate_beside_the_computed_one() -> None:
    with pytest.warns(FigureWarning):
        report = _binh_duong()
    (row,) = record_metrics([report])
    assert row.resolution_rate_printed_text == "86,74%"
    assert row.resolution_rate_printed == Fraction(8674, 10000)
    assert row.resolution_rate_computed == Fraction(144, 166)
    assert vi.format_percent(row.resolution_rate_computed) == "86,75%"


def test_a_rate_rounded_right_elsewhere_says_nothing() -> None:
    # Võ Nhai (Thái Nguyên), 12/11/2020
    # (http://vonhai.thainguyen.gov.vn/thong-bao/-/asset_publisher/egjAmB85rTNA/content/giam-
    # sat-ket-qua-giai-quyet-cac-y-kien-kien-nghi-cua-cu-tri-gui-en-ky-h-1): "39/63 ý kiến đạt
    # 62%", 24 still in hand. 39/63 = 61,90…%: 62% rounded half-up.
    province = AdminUnit("thai-nguyen", UnitKind.PROVINCE, "Thái Nguyên")
    vo_nhai = AdminUnit("thai-nguyen/vo-nhai", UnitKind.RURAL_DISTRICT, "Võ Nhai", parent=province)
    with warnings.catch_warnings():
        warnings.simplefilter("error", FigureWarning)
        report = PetitionReport(
            "vn/kn-ky-hop-8-9",
            vo_nhai,
            as_of=PartialDate(2020, 11, 12),
            total=63,
            outcomes=(
                OutcomeCount("resolved", 39, (PrintedFigure("39/63"), PrintedFigure("62%"))),
                OutcomeCount("in_progress", 24),
            ),
        )
    assert report.findings() == ()
    (row,) = record_metrics([report])
    assert (row.resolution_rate_printed_text, row.resolution_rate_printed) == (
        "62%",
        Fraction(62, 100),
    )
    # cut short instead, the same rate is a finding: 61%
    truncated = OutcomeCount("resolved", 39, (PrintedFigure("61%"),))
    with pytest.warns(FigureWarning, match="'61%' printed for 'resolved' is 39/63 truncated"):
        PetitionReport(
            "vn/x", vo_nhai, as_of=PartialDate(2020, 11, 12), total=63, outcomes=(truncated,)
        )


def _outcome_findings(text: str, count: int, total: int) -> tuple[str, ...]:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", FigureWarning)
        report = PetitionReport(
            "r",
            BINH_DUONG,
            as_of=PartialDate(2023),
            total=total,
            outcomes=(OutcomeCount("resolved", count, (PrintedFigure(text),)),),
        )
    return report.findings()


@given(
    st.integers(1, 5000).flatmap(lambda d: st.tuples(st.integers(0, d), st.just(d))),
    st.integers(0, 3),
    st.sampled_from(["round", "cut", "off"]),
)
def test_a_level_s_rate_is_a_finding_exactly_when_it_is_not_rounded_half_up(
    counts: tuple[int, int], decimals: int, how: str
) -> None:
    count, total = counts
    scale = 10 ** (decimals + 2)
    cut = count * scale // total
    rounded = (2 * count * scale + total) // (2 * total)
    units = {"round": rounded, "cut": cut, "off": min(rounded + 1, scale)}[how]
    text = vi.format_percent(Fraction(units, scale), decimals=decimals)
    found = _outcome_findings(text, count, total)
    ok = check_rate(text, count, total).ok
    assert (found == ()) is ok
    # one rule: the outcome's finding is the stated figure's, said of the level
    stated = StatedFigure("x", PrintedFigure(text), count=count, whole=total).disagreements()
    assert tuple(f.replace(" printed for 'resolved'", "") for f in found) == stated


def test_the_document_says_each_part_s_results_as_printed() -> None:
    from tayho_coord.report import render, summarize

    with pytest.warns(FigureWarning):
        report = _binh_duong()
    text = [line.strip() for line in render(report, "text").splitlines()]
    # review 4, F10: "Trước kỳ họp: 93 kiến nghị" said without the 84 resolved and 90,32%
    assert (
        "- Trước kỳ họp: 93 kiến nghị; đã giải quyết xong 84 kiến nghị (84/93), đạt tỷ lệ "
        "90,32%;" in text
    )
    # a level not resolved takes its share ("chiếm"), as sources word it
    assert any("lộ trình 13 kiến nghị (13/73), chiếm tỷ lệ 17,81%." in line for line in text)
    lines = summarize(report).splitlines()
    assert "Trước kỳ họp: 93 kiến nghị; đã giải quyết xong 84 kiến nghị" in lines
    assert not any(line.startswith("Thuộc trước") for line in lines)
