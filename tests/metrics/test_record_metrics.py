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
    CountedNoun,
    OutcomeCount,
    OutcomeLevel,
    OutcomeScale,
    PetitionOutcome,
    PetitionReport,
    PrintedFigure,
    RecordSet,
    ReportingPeriod,
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
    # Cầu Giấy's sơ kết and tổng kết of one program are two rows, not one.
    interim = rows[("ha-noi/cau-giay", "6 tháng đầu năm 2020", "interim_review")]
    final = rows[("ha-noi/cau-giay", "năm 2020", "review_and_signing")]
    assert interim.kind_label == "hội nghị sơ kết"
    assert final.kind_label == "hội nghị tổng kết và ký kết"
    assert (interim.period_kind, interim.period_start, interim.period_end) == (
        "half_year",
        "2020-01-01",
        "2020-06-30",
    )
    # A term regulation's row covers the term.
    regulation = rows[("ha-noi/bac-tu-liem", "nhiệm kỳ 2021-2026", "regulation")]
    assert (regulation.period_start, regulation.period_end) == ("2021-01-01", "2026-12-31")
    # No counts and nothing printed: no rate, no basis.
    assert interim.resolution_rate is None
    assert interim.resolution_rate_basis is None
    # Thái Nguyên 2023 counts 132 opinions and prints no rate: none is made up.
    petitions = rows[("thai-nguyen", "năm 2023", "petition_report")]
    assert (petitions.petitions_noun, petitions.petitions_total) == ("ý kiến", 132)
    assert petitions.resolution_rate is None
    ids = [r.unit_id for r in table]
    assert ids == sorted(ids)


def test_the_bundled_review_keeps_its_yearly_figures() -> None:
    review = tay_ho_2019()
    (row,) = record_metrics([review])
    old = yearly([review])[0]
    assert (row.period, row.kind, row.records) == ("năm 2019", "review_conference", 1)
    assert row.resolution_rate == old.resolution_rate == Fraction(2841, 5000)
    assert row.resolution_rate_basis is RateBasis.PRINTED
    assert row.resolution_rate_printed_text == "56,82%"
    assert row.illustrative is False


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
