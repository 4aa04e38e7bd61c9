"""A term's first and last days are not given by its sources (review 4, F9).

Nhiệm kỳ 2016-2021 began with the elections of 22/5/2016 and ended with those of 23/5/2021;
01/01/2016 and 31/12/2021 are bounds the term may cover, not its days. Where the library
shows a period's days, a term's ends are its years alone. An activity known from an
article's day keeps that day in its document.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from tayho_coord.metrics import record_metrics
from tayho_coord.model import (
    AdminUnit,
    Agency,
    AgencyKind,
    AgreementKind,
    CoordinationProgram,
    OversightActivity,
    OversightKind,
    PartialDate,
    ReportingPeriod,
    UnitKind,
)
from tayho_coord.report import render

HOA_BINH = AdminUnit("hoa-binh", UnitKind.PROVINCE, "Hòa Bình")
TRA_VINH = AdminUnit("tra-vinh", UnitKind.PROVINCE, "Trà Vinh")


def _regulation(period: ReportingPeriod) -> CoordinationProgram:
    # Quy chế 06/QC-TT.HĐND-UBND of Hòa Bình, 20/3/2019, "nhiệm kỳ 2016 - 2021"
    # (https://thuvienphapluat.vn/van-ban/Chung-khoan/Quy-che-06-QC-TT-HDND-UBND-2019-phoi-
    # hop-Thuong-truc-Hoi-dong-va-Uy-ban-nhan-dan-Hoa-Binh-410558.aspx)
    council = Agency("hb/hdnd", AgencyKind.PEOPLES_COUNCIL, HOA_BINH)
    parties = (
        Agency("hb/hdnd/tt", AgencyKind.COUNCIL_STANDING_COMMITTEE, HOA_BINH, council),
        Agency("hb/ubnd", AgencyKind.PEOPLES_COMMITTEE, HOA_BINH),
    )
    return CoordinationProgram("hb/qc-06", HOA_BINH, period, parties, kind=AgreementKind.REGULATION)


def test_a_term_s_row_gives_its_years_not_invented_days() -> None:
    (row,) = record_metrics([_regulation(ReportingPeriod.term(2016, 2021))])
    assert (row.period, row.period_kind) == ("nhiệm kỳ 2016-2021", "term")
    assert (row.period_start, row.period_end) == ("2016", "2021")


@given(st.integers(1990, 2040), st.integers(1, 6))
def test_every_term_s_ends_are_its_years(first: int, length: int) -> None:
    (row,) = record_metrics([_regulation(ReportingPeriod.term(first, first + length))])
    assert (row.period_start, row.period_end) == (str(first), str(first + length))


def test_a_term_to_date_keeps_its_known_last_day() -> None:
    period = ReportingPeriod.term_to_date(2016, 2021, to=PartialDate(2019, 3, 20))
    (row,) = record_metrics([_regulation(period)])
    assert (row.period_start, row.period_end) == ("2016", "2019-03-20")


def test_a_stage_covers_whole_years_and_gives_their_days() -> None:
    (row,) = record_metrics([_regulation(ReportingPeriod.stage(2017, 2021))])
    assert (row.period_start, row.period_end) == ("2017-01-01", "2021-12-31")


def test_an_activity_known_from_an_article_keeps_its_day() -> None:
    # Trà Vinh (https://canglong.travinh.gov.vn/1450/39231/71077/609692/tin-hoat-dong-hdnd/
    # doan-giam-sat-so-1-cua-hdnd-tinh-hop-thao-luan-dong-gop-du-thao-bao-cao-ket-qua-giam-
    # sat-cong-ta), article of 05/6/2020: Đoàn giám sát số 1 of the council on anti-corruption
    # work in 2018-2019; the day of the supervision is not given.
    council = Agency("tv/hdnd", AgencyKind.PEOPLES_COUNCIL, TRA_VINH)
    oversight = OversightActivity(
        "tv/gs-pctn",
        TRA_VINH,
        OversightKind.SUPERVISION,
        "công tác phòng, chống tham nhũng",
        lead=council,
        covers=ReportingPeriod.stage(2018, 2019),
        reported_on=PartialDate(2020, 6, 5),
    )
    text = " ".join(render(oversight, "text").split())
    assert "trong giai đoạn 2018-2019 (theo tin ngày 5/6/2020)." in text
    (row,) = record_metrics([oversight])
    assert (row.period_basis, row.period_start, row.period_end) == (
        "covers",
        "2018-01-01",
        "2019-12-31",
    )
