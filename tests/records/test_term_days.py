"""A term's first and last days are not given by its sources (review 4, F9).

Nhiệm kỳ 2016-2021 began with the elections of 22/5/2016 and ended with those of 23/5/2021;
01/01/2016 and 31/12/2021 are bounds the term may cover, not its days. Where the library
shows a period's days, a term's ends are its years alone; the yearly table, whose rows are
calendar years, places no record of a term in any year. An activity known from an
article's day keeps that day in its document.
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tayho_coord.errors import ValidationError
from tayho_coord.metrics import record_metrics, yearly
from tayho_coord.model import (
    AdminUnit,
    Agency,
    AgencyKind,
    AgreementKind,
    CoordinationProgram,
    OversightActivity,
    OversightKind,
    PartialDate,
    PetitionStats,
    ProgramReview,
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


# --- the yearly table: a row is one calendar year, a term's record has none -------------
# Its counts are never split among the term's years nor put in its first or its last one;
# record_metrics gives it a row of its own period (above).


def test_a_term_s_record_has_no_row_and_the_error_says_why() -> None:
    rule = _regulation(ReportingPeriod.term(2016, 2021))
    with pytest.raises(ValidationError) as caught:
        yearly([rule])
    message = str(caught.value)
    assert "reviews[0]" in message
    assert "nhiệm kỳ 2016-2021 is of no one year" in message
    assert "never places it in any of its years" in message


@given(st.integers(1990, 2040), st.integers(1, 6))
def test_no_term_lands_in_a_year(first: int, length: int) -> None:
    rule = _regulation(ReportingPeriod.term(first, first + length))
    with pytest.raises(ValidationError, match="is of no one year"):
        yearly(rule for _ in range(1))


def test_a_review_is_of_a_yearly_program_never_a_term_s() -> None:
    rule = _regulation(ReportingPeriod.term(2016, 2021))
    with pytest.raises(ValidationError, match="a review conference is of a yearly program"):
        ProgramReview("hb/tong-ket", held_on=dt.date(2021, 3, 1), reviewed=rule)


def test_a_record_of_one_year_is_refused_as_a_record_not_as_a_term() -> None:
    with pytest.raises(ValidationError) as caught:
        yearly([_regulation(ReportingPeriod.year(2020))])
    assert str(caught.value).endswith("must be a ProgramReview")


def test_petition_figures_of_another_year_are_not_in_the_row() -> None:
    program = _regulation(ReportingPeriod.year(2020))
    stats = PetitionStats(HOA_BINH, PartialDate(2019), received=44, resolved=25)

    def review(year: int) -> ProgramReview:
        reviewed = CoordinationProgram(f"hb/ctph-{year}", HOA_BINH, year, program.parties)
        return ProgramReview(
            f"hb/tk-{year}",
            held_on=dt.date(year + 1, 1, 15),
            reviewed=reviewed,
            petitions=(stats,),
        )

    # figures of 2019 given to the review of 2020: its row's petitions stay unknown
    (row,) = yearly([review(2020)])
    assert (row.year, row.petitions_received, row.resolution_rate) == (2020, None, None)
    (same_year,) = yearly([review(2019)])
    assert (same_year.petitions_received, same_year.petitions_resolved) == (44, 25)
