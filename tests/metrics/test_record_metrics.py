"""record_metrics: one row per unit, period and kind of record; rates only with a basis."""

import warnings
import zipfile
from fractions import Fraction
from pathlib import Path

import pytest

from tayho_coord import DataError, FigureWarning, ValidationError
from tayho_coord.datasets import data_file, tay_ho_2019
from tayho_coord.io import dumps, load_records
from tayho_coord.metrics import RateBasis, record_kind, record_metrics, yearly
from tayho_coord.model import (
    AdminUnit,
    Agency,
    AgencyKind,
    AgreementKind,
    Citation,
    Competence,
    CoordinationProgram,
    CountedNoun,
    Meeting,
    MeetingKind,
    OutcomeCount,
    OutcomeLevel,
    OutcomeScale,
    OversightActivity,
    OversightKind,
    PartialDate,
    PetitionOutcome,
    PetitionReport,
    PetitionStats,
    PrintedFigure,
    RecordSet,
    ReportingPeriod,
    Source,
    UnitKind,
)

RECORDS = Path(__file__).resolve().parent.parent / "data" / "records"


def _load_records(*paths: Path) -> RecordSet:
    # The folder holds the National Assembly's 2019 report, whose printed 8,79% its counts
    # (191/2293) do not give: loading it warns, as it should (tests/records).
    with pytest.warns(FigureWarning, match="'8,79%' printed for 'resolved'"):
        return load_records(*paths)


def test_the_real_records_of_a_folder() -> None:
    table = record_metrics(_load_records(RECORDS))
    rows = {(r.unit_id, r.period, r.kind): r for r in table}
    # Cầu Giấy's sơ kết (05/08/2020) and tổng kết (21/01/2021) of one program are two rows,
    # each of the day it was held, with the period it reviews beside it.
    interim = rows[("ha-noi/cau-giay", "ngày 5/8/2020", "interim_review")]
    final = rows[("ha-noi/cau-giay", "ngày 21/1/2021", "review_and_signing")]
    assert interim.kind_label == "hội nghị sơ kết"
    assert final.kind_label == "hội nghị tổng kết và ký kết"
    assert (interim.period_kind, interim.period_start, interim.period_end) == (
        "day",
        "2020-08-05",
        "2020-08-05",
    )
    assert (interim.covers, interim.covers_start, interim.covers_end) == (
        "6 tháng đầu năm 2020",
        "2020-01-01",
        "2020-06-30",
    )
    # The tổng kết reviews the 2020 program and signs the 2021 one.
    assert (final.covers, final.signs, final.period_basis) == ("năm 2020", "năm 2021", "held_on")
    # A term regulation's own row is of the term; its signing (10/11/2021) is a row of that
    # day, the term it signs beside it.
    regulation = rows[("ha-noi/bac-tu-liem", "nhiệm kỳ 2021-2026", "regulation")]
    # A term's first and last days are not given (it runs from election to election): its
    # years alone, never 01/01/2021 and 31/12/2026.
    assert (regulation.period_start, regulation.period_end) == ("2021", "2026")
    assert (regulation.period_basis, regulation.covers, regulation.signs) == ("period", None, None)
    signing = rows[("ha-noi/bac-tu-liem", "ngày 10/11/2021", "signing")]
    assert (signing.period_start, signing.period_end) == ("2021-11-10", "2021-11-10")
    assert (signing.covers, signing.signs) == (None, "nhiệm kỳ 2021-2026")
    # No counts and nothing printed: no rate, no basis.
    assert interim.resolution_rate is None
    assert interim.resolution_rate_basis is None
    # Thái Nguyên 2023 counts 132 opinions and prints no rate: none is made up.
    petitions = rows[("thai-nguyen", "năm 2023", "petition_report")]
    assert (petitions.petitions_noun, petitions.petitions_total) == ("ý kiến", 132)
    assert petitions.resolution_rate is None
    assert petitions.period_basis == "period"
    ids = [r.unit_id for r in table]
    assert ids == sorted(ids)


def test_an_activity_is_a_row_of_when_it_was() -> None:
    # tests/records/real_activities.py: Tuyên Quang's group supervised on 24/11/2025 (held);
    # Quảng Phú's supervision is planned "trong quý IV/2025" (its plan's time); Nam Đông's is
    # known by its Báo cáo số 11/BC-HĐND of 03/7/2019 (the report's day); Bắc Ninh's gives
    # only the two years it covers (the source prints "24-5" without a year).
    rows = {r.unit_id: r for r in record_metrics(_load_records(RECORDS))}
    expected = {
        "tuyen-quang": ("ngày 24/11/2025", "held_on", "2025-11-24", "2025-11-24", 0),
        "da-nang/quang-phu": ("quý IV năm 2025", "scheduled", "2025-10-01", "2025-12-31", 1),
        "thua-thien-hue/nam-dong": ("ngày 3/7/2019", "report", "2019-07-03", "2019-07-03", 0),
        "bac-ninh": ("từ năm 2016 đến năm 2017", "covers", "2016-01-01", "2017-12-31", 0),
    }
    for unit_id, (period, basis, start, end, planned) in expected.items():
        row = rows[unit_id]
        assert (row.period, row.period_basis, row.period_start, row.period_end) == (
            period,
            basis,
            start,
            end,
        ), unit_id
        assert row.planned_only == planned, unit_id
    assert rows["bac-ninh"].covers == "từ năm 2016 đến năm 2017"
    assert rows["tuyen-quang"].covers is None  # the source names no period it examined


AN_GIANG = Source(
    "baoangiang-a283986",
    "Thường trực HĐND tỉnh thành lập đoàn khảo sát, giám sát trước kỳ họp cuối năm 2020",
    publisher="baoangiang.com.vn",
    url="https://baoangiang.com.vn/thuong-truc-hdnd-tinh-thanh-lap-doan-khao-sat-giam-sat-"
    "truoc-ky-hop-cuoi-nam-2020-a283986.html",
)
VAN_QUAN = Source(
    "vanquan-ky-ket-quy-che-2021",
    "Lễ ký kết Quy chế phối hợp công tác giữa Thường trực Hội đồng nhân dân, Lãnh đạo Ủy ban "
    "nhân dân, Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam huyện nhiệm kỳ 2021-2026",
    publisher="vanquan.langson.gov.vn",
    url="https://vanquan.langson.gov.vn/le-ky-ket-quy-che-phoi-hop-cong-tac-giua-thuong-truc-"
    "hoi-dong-nhan-dan-lanh-dao-uy-ban-nhan-dan-ban",
)


def test_the_new_user_review_cases() -> None:
    # /work/tmp/review/fit-review.md, defect 10: a signing held on 06/10/2021 of Văn Quan's
    # regulation for the term 2021-2026 was a row of the whole term, and An Giang's
    # supervision "từ ngày 1 đến 7-10" (2020) of the matters of "9 tháng đầu năm 2020" a row
    # of January to September. Each is now a row of its own time, what it signs or covers
    # beside it.
    lang_son = AdminUnit("lang-son", UnitKind.PROVINCE, "Lạng Sơn")
    van_quan = AdminUnit("lang-son/van-quan", UnitKind.RURAL_DISTRICT, "Văn Quan", parent=lang_son)
    cite = (Citation(VAN_QUAN, "Ngày 06/10/2021, huyện Văn Quan tổ chức Lễ ký kết Quy chế"),)
    council = Agency("vq/hdnd", AgencyKind.PEOPLES_COUNCIL, van_quan)
    regulation = CoordinationProgram(
        "lang-son/van-quan/quy-che-2021-2026",
        van_quan,
        ReportingPeriod.term(2021, 2026),
        (
            Agency("vq/hdnd/tt", AgencyKind.COUNCIL_STANDING_COMMITTEE, van_quan, council),
            Agency("vq/ubnd", AgencyKind.PEOPLES_COMMITTEE, van_quan),
            Agency("vq/mttq", AgencyKind.FATHERLAND_FRONT, van_quan),
        ),
        kind=AgreementKind.REGULATION,
        signed_on=PartialDate(2021, 10, 6),
        sources=cite,
    )
    signing = Meeting(
        "lang-son/van-quan/ky-ket-quy-che-2021",
        MeetingKind.SIGNING,
        van_quan,
        PartialDate(2021, 10, 6),
        signed=regulation,
        sources=cite,
    )
    an_giang = AdminUnit("an-giang", UnitKind.PROVINCE, "An Giang")
    ag_council = Agency("an-giang/hdnd", AgencyKind.PEOPLES_COUNCIL, an_giang)
    supervision = OversightActivity(
        "an-giang/giam-sat-2020-10",
        an_giang,
        OversightKind.SUPERVISION,
        "kết quả thực hiện nhiệm vụ phát triển kinh tế - xã hội 9 tháng đầu năm 2020",
        organiser=Agency(
            "an-giang/hdnd/tt", AgencyKind.COUNCIL_STANDING_COMMITTEE, an_giang, ag_council
        ),
        scheduled=ReportingPeriod.between(PartialDate(2020, 10, 1), PartialDate(2020, 10, 7)),
        covers=ReportingPeriod.between(PartialDate(2020, 1), PartialDate(2020, 9)),
        sources=(Citation(AN_GIANG, "từ ngày 1 đến 7-10, đoàn giám sát"),),
    )
    rows = {r.kind: r for r in record_metrics([regulation, signing, supervision])}
    assert (rows["signing"].period, rows["signing"].signs) == (
        "ngày 6/10/2021",
        "nhiệm kỳ 2021-2026",
    )
    assert (rows["signing"].period_start, rows["signing"].period_end) == (
        "2021-10-06",
        "2021-10-06",
    )
    assert rows["regulation"].period == "nhiệm kỳ 2021-2026"  # the agreement's own period
    oversight = rows["supervision"]
    assert (oversight.period_start, oversight.period_end, oversight.period_basis) == (
        "2020-10-01",
        "2020-10-07",
        "scheduled",
    )
    assert (oversight.covers_start, oversight.covers_end) == ("2020-01-01", "2020-09-30")
    assert oversight.planned_only == 1


def test_the_bundled_review_keeps_its_yearly_figures() -> None:
    review = tay_ho_2019()
    (row,) = record_metrics([review])
    old = yearly([review])[0]
    # Held on 11/02/2020 (the seed), it reviews 2019 and signs the 2020 program.
    assert (row.period, row.kind, row.records) == ("ngày 11/2/2020", "review_conference", 1)
    assert (row.covers, row.signs) == ("năm 2019", "năm 2020")
    assert row.resolution_rate == old.resolution_rate == Fraction(2841, 5000)
    assert row.resolution_rate_basis is RateBasis.PRINTED
    assert row.resolution_rate_printed == Fraction(2841, 5000)
    assert row.resolution_rate_printed_text == "56,82%"
    assert row.resolution_rate_computed is None  # the seed prints no counts
    assert row.petitions_scope == old.scope_text == "thẩm quyền cấp quận"
    assert row.illustrative is False


def _seed_meeting(*petitions: PetitionStats) -> Meeting:
    """The bundled review's conference as a Meeting: the seed's day, programs and figures."""
    review = tay_ho_2019()
    return Meeting(
        "ha-noi/tay-ho/tong-ket-2019-hoi-nghi",
        MeetingKind.REVIEW_AND_SIGNING,
        review.unit,
        PartialDate(2020, 2, 11),
        reviewed=review.reviewed,
        signed=review.signed,
        petitions=petitions or review.petitions,
        sources=review.sources,
    )


def test_a_meetings_petition_figures() -> None:
    # The seed prints 56,82% for petitions within the district's competence in 2019: a
    # meeting holding that figure gives it, printed, as the review's row does.
    (row,) = record_metrics([_seed_meeting()])
    assert (row.kind, row.period, row.covers) == (
        "review_and_signing",
        "ngày 11/2/2020",
        "năm 2019",
    )
    assert row.petitions_scope == "thẩm quyền cấp quận"
    assert (row.resolution_rate, row.resolution_rate_basis) == (
        Fraction(2841, 5000),
        RateBasis.PRINTED,
    )
    assert (row.resolution_rate_printed_text, row.resolution_rate_computed) == ("56,82%", None)
    # With counts too, the computed rate is the rate and the printed one stays beside it:
    # 25/44 is the smallest pair of counts that prints as 56,82% (`tayho-coord audit 56,82%`).
    tay_ho = tay_ho_2019().unit
    both = PetitionStats(
        tay_ho,
        PartialDate(2019),
        competence=Competence.DISTRICT,
        received=44,
        resolved=25,
        printed_rate=PrintedFigure("56,82%"),
    )
    (row,) = record_metrics([_seed_meeting(both)])
    assert (row.resolution_rate, row.resolution_rate_basis) == (
        Fraction(25, 44),
        RateBasis.COMPUTED,
    )
    assert (row.resolution_rate_printed, row.resolution_rate_printed_text) == (
        Fraction(2841, 5000),
        "56,82%",
    )
    assert (row.petitions_total, row.petitions_resolved) == (44, 25)


def test_a_meeting_gives_one_set_of_figures_or_none() -> None:
    tay_ho = tay_ho_2019().unit
    own = PetitionStats(
        tay_ho,
        PartialDate(2019),
        competence=Competence.DISTRICT,
        printed_rate=PrintedFigure("56,82%"),
    )
    every = PetitionStats(tay_ho, PartialDate(2019), received=44, resolved=25)
    # The unit's own competence first (a quận: cấp huyện), else all petitions.
    (row,) = record_metrics([_seed_meeting(every, own)])
    assert row.resolution_rate_printed_text == "56,82%"
    (row,) = record_metrics([_seed_meeting(every)])
    assert (row.petitions_scope, row.resolution_rate) == ("tất cả kiến nghị", Fraction(25, 44))
    # Figures of the period reviewed (2019) are chosen over those of another period.
    other = PetitionStats(tay_ho, PartialDate(2018), received=10, resolved=10)
    (row,) = record_metrics([_seed_meeting(other, every)])
    assert row.resolution_rate == Fraction(25, 44)
    # Two sets for one scope, neither of the period reviewed: none is chosen, none added up.
    earlier = PetitionStats(tay_ho, PartialDate(2017), received=10, resolved=5)
    (row,) = record_metrics([_seed_meeting(other, earlier)])
    assert (row.petitions_total, row.resolution_rate, row.resolution_rate_basis) == (
        None,
        None,
        None,
    )
    # Figures of one session or sector are not the meeting's headline.
    session = PetitionStats(tay_ho, PartialDate(2019), session="Kỳ họp thứ 9", received=3)
    (row,) = record_metrics([_seed_meeting(session)])
    assert row.petitions_total is None


def test_records_of_one_day_and_kind_that_cover_different_periods() -> None:
    # Two meetings of one day and kind reviewing different periods are two rows: the
    # column `covers` of one row says one period.
    first = _seed_meeting()
    interim = Meeting(
        "ha-noi/tay-ho/so-ket",
        MeetingKind.REVIEW_AND_SIGNING,
        first.unit,
        first.held_on,
        reviewed=first.reviewed,
        signed=first.signed,
        period_reviewed=ReportingPeriod.half(2019, 2),
    )
    rows = record_metrics([first, interim])
    assert [(r.covers, r.records) for r in rows] == [
        ("năm 2019", 1),
        ("6 tháng cuối năm 2019", 1),
    ]


UNIT = AdminUnit("nam-dinh", UnitKind.PROVINCE, "Nam Định")


def _report(ident: str, **fields: object) -> PetitionReport:
    return PetitionReport(ident, UNIT, ReportingPeriod.year(2020), **fields)  # type: ignore[arg-type]


def test_rates_come_with_their_basis() -> None:
    computed = _report(
        "a",
        noun=CountedNoun.NOI_DUNG,
        total=69,
        new=49,
        carried_over=20,
        outcomes=(OutcomeCount("resolved", 69, (PrintedFigure("100%"),)),),
    )
    (row,) = record_metrics([computed])
    assert (row.resolution_rate, row.resolution_rate_basis) == (1, RateBasis.COMPUTED)
    assert row.resolution_rate_printed_text == "100%"
    assert (row.petitions_new, row.petitions_carried_over, row.petitions_resolved) == (49, 20, 69)
    assert row.resolved_levels == "đã giải quyết xong"
    printed_only = _report(
        "b", outcomes=(OutcomeCount("resolved", None, (PrintedFigure("18/93"),)),)
    )
    (row,) = record_metrics([printed_only])
    assert (row.resolution_rate, row.resolution_rate_basis) == (Fraction(18, 93), RateBasis.PRINTED)
    # A bare number may be a count or a rate without its sign: it is not taken as a rate.
    bare = _report("c", outcomes=(OutcomeCount("resolved", None, (PrintedFigure("17,4"),)),))
    (row,) = record_metrics([bare])
    assert row.resolution_rate is None


def test_a_scale_says_which_levels_counted_as_resolved() -> None:
    scale = OutcomeScale(
        "s",
        "hai mức",
        (
            OutcomeLevel("xong", "giải quyết xong", PetitionOutcome.RESOLVED),
            OutcomeLevel("dang", "đang triển khai", PetitionOutcome.IN_PROGRESS),
        ),
    )
    report = _report(
        "a", scale=scale, total=10, outcomes=(OutcomeCount("xong", 4), OutcomeCount("dang", 6))
    )
    (row,) = record_metrics([report])
    assert (row.resolution_rate, row.resolved_levels) == (Fraction(2, 5), "giải quyết xong")


def test_two_reports_of_one_row_are_not_added_up() -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        rows = record_metrics([_report("a", total=10), _report("b", total=5)])
    (row,) = rows
    assert (row.records, row.record_ids, row.petitions_total) == (2, "a, b", None)


def test_record_kind_refuses_other_objects() -> None:
    with pytest.raises(ValidationError):
        record_kind(UNIT)  # type: ignore[arg-type]
    with pytest.raises(ValidationError):
        record_metrics([UNIT])  # type: ignore[list-item]


def test_load_records_files_folders_and_their_problems(tmp_path: Path) -> None:
    review = tmp_path / "review.json"
    review.write_text(data_file("tay_ho_2019.json"), encoding="utf-8")
    both = _load_records(review, RECORDS)
    assert both.records[0].id == "ha-noi/tay-ho/tong-ket-2019"
    assert len(both) == 1 + len(_load_records(RECORDS))
    with pytest.raises(DataError, match="also the id of a record of"):
        load_records(review, review)
    unit = tmp_path / "unit.json"
    unit.write_text(dumps(UNIT), encoding="utf-8")
    with pytest.raises(DataError, match="not a record"):
        load_records(unit)
    empty = tmp_path / "empty"
    empty.mkdir()
    with pytest.raises(DataError, match=r"no \.json file"):
        load_records(empty)
    twice = tmp_path / "set.json"
    twice.write_text(dumps(RecordSet((_report("a"),))), encoding="utf-8")
    other = tmp_path / "other.json"
    other.write_text(dumps(RecordSet((_report("a"),))), encoding="utf-8")
    with pytest.raises(DataError, match=r"\$\.data\.records\[0\]\.id"):
        load_records(twice, other)
    with pytest.raises(OSError, match="too long"):  # as load says
        load_records("9" * 4096)


def test_the_table_of_records_in_a_workbook(tmp_path: Path) -> None:
    # Offices open the table in Excel: a rate is a number under the format "0.00%" (so a
    # Vietnamese Excel shows 100,00%), counts are numbers, days and kinds are text.
    calamine = pytest.importorskip("python_calamine")
    pytest.importorskip("xlsxwriter")
    from tayho_coord.report import write_xlsx

    report = _report(
        "a",
        noun=CountedNoun.NOI_DUNG,
        total=69,
        new=49,
        carried_over=20,
        outcomes=(OutcomeCount("resolved", 69, (PrintedFigure("69/69"),)),),
    )
    table = record_metrics([report, tay_ho_2019()])
    path = write_xlsx(tmp_path / "so-lieu.xlsx", table)
    rows = calamine.CalamineWorkbook.from_path(str(path)).get_sheet_by_index(0).to_python()
    heads = rows[0]
    assert heads[0] == "Mã đơn vị"
    rate = heads.index("Tỷ lệ giải quyết")
    assert [row[rate] for row in rows[1:]] == [pytest.approx(0.5682), 1.0]
    total = heads.index("Tổng số")
    assert rows[2][total] == 69.0
    with zipfile.ZipFile(path) as archive:
        styles = archive.read("xl/styles.xml").decode("utf-8")
    assert 'formatCode="0.00%"' in styles
