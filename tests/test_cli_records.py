"""The command line on records of any kind, many files and folders (issue 11)."""

import csv
import io
import json
import shutil
from pathlib import Path

import pytest

from tayho_coord.cli import main
from tayho_coord.datasets import data_file
from tayho_coord.io import dump
from tayho_coord.model import (
    AdminUnit,
    CountedNoun,
    OutcomeCount,
    PetitionReport,
    PrintedFigure,
    ReportingPeriod,
    UnitKind,
)

RECORDS = Path(__file__).resolve().parent / "data" / "records"


def test_validate_takes_a_folder(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "records"
    shutil.copytree(RECORDS, folder)
    assert main(["validate", str(folder)]) == 0
    out = capsys.readouterr().out.splitlines()
    names = sorted(p.name for p in RECORDS.glob("*.json"))
    assert [Path(line.split(": ")[0]).name for line in out] == names
    cau_giay = next(line for line in out if "cau_giay_2020" in line)
    assert cau_giay.endswith(": ok (RecordSet: 2 CoordinationProgram, 2 Meeting)")


def test_metrics_by_record_of_a_folder_and_a_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    review = tmp_path / "review.json"
    review.write_text(data_file("tay_ho_2019.json"), encoding="utf-8")
    unit = tmp_path / "unit.json"
    unit.write_text(
        '{"schema_version": 1, "type": "AdminUnit", "data": '
        '{"id": "x", "kind": "tỉnh", "name": "X"}}',
        encoding="utf-8",
    )
    status = main(
        ["metrics", "--by-record", "--format", "json", str(RECORDS), str(review), str(unit)]
    )
    captured = capsys.readouterr()
    assert status == 0
    assert f"{unit} holds an administrative unit, not a record: skipped" in captured.err
    rows = json.loads(captured.out)
    kinds = {(r["unit_id"], r["kind"]) for r in rows}
    assert ("ha-noi/cau-giay", "interim_review") in kinds
    assert ("ha-noi/tay-ho", "review_conference") in kinds
    tay_ho = next(r for r in rows if r["kind"] == "review_conference")
    assert (tay_ho["resolution_rate"], tay_ho["resolution_rate_basis"]) == ("0.5682", "printed")


def test_metrics_by_record_without_files_reads_the_bundled_review(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["metrics", "--by-record", "--format", "csv"]) == 0
    lines = capsys.readouterr().out.splitlines()
    # The review conference held on 11/02/2020 (the seed): a row of that day, the year it
    # reviews (2019) and the program it signs (2020) beside it (docs/records.md).
    assert lines[0].startswith(
        "unit_id,unit,period,period_kind,period_start,period_end,period_basis,as_of,"
        "covers,covers_start,covers_end,signs,kind"
    )
    assert lines[1].startswith(
        "ha-noi/tay-ho,quận Tây Hồ,ngày 11/2/2020,day,2020-02-11,2020-02-11,held_on,,"
        "năm 2019,2019-01-01,2019-12-31,năm 2020,review_conference"
    )


def test_metrics_by_record_of_no_record(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    unit = tmp_path / "unit.json"
    unit.write_text(
        '{"schema_version": 1, "type": "AdminUnit", "data": '
        '{"id": "x", "kind": "tỉnh", "name": "X"}}',
        encoding="utf-8",
    )
    assert main(["metrics", "--by-record", str(unit)]) == 1
    assert "no FILE holds a record" in capsys.readouterr().err
    assert main(["metrics", "--by-record", str(tmp_path / "missing.json")]) == 1
    assert "missing.json" in capsys.readouterr().err


def test_a_file_name_with_a_nul_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    # open() raises ValueError for it, which no command said as one line.
    assert main(["validate", "a\x00b.json"]) == 2
    assert "a file name with a NUL character" in capsys.readouterr().err


def test_metrics_of_records_of_other_kinds_needs_no_flag(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # The review (fit-review.md, defect 10): plain `metrics` on a folder of records skipped
    # every record and failed. Records of kinds other than ProgramReview give the table of
    # records, exactly as --by-record does.
    assert main(["metrics", "--format", "json", str(RECORDS)]) == 0
    plain = capsys.readouterr()
    assert main(["metrics", "--by-record", "--format", "json", str(RECORDS)]) == 0
    flagged = capsys.readouterr()
    assert (plain.out, plain.err) == (flagged.out, flagged.err)
    # The National Assembly's 2019 report prints 8,79% where its counts give 8,33%: the
    # command warns, as loading it does (tests/records), and changes nothing.
    assert plain.err.count("warning") == 1
    assert "'8,79%' printed for 'resolved' does not follow from 191/2293" in plain.err
    kinds = {row["kind"] for row in json.loads(plain.out)}
    assert {"regulation", "signing", "interim_review", "petition_report"} <= kinds
    # A review among them is a row of its own kind beside the others.
    review = tmp_path / "review.json"
    review.write_text(data_file("tay_ho_2019.json"), encoding="utf-8")
    assert main(["metrics", "--format", "csv", str(review), str(RECORDS)]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    tay_ho = next(r for r in rows if r["unit_id"] == "ha-noi/tay-ho")
    assert (tay_ho["kind"], tay_ho["resolution_rate"]) == ("review_conference", "0.5682")
    # Reviews alone keep their yearly table: a row per unit and year.
    assert main(["metrics", "--format", "csv", str(review)]) == 0
    header = capsys.readouterr().out.splitlines()[0]
    assert header.startswith("unit_id,unit,year,review_id")


def test_metrics_writes_a_rate_to_six_places(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # Issue 11 quotes Thái Nguyên's report: of 93 opinions within the province's competence,
    # "18/93" resolved. 18/93 = 0.19354838…: written to six places, half-up (the seventh
    # digit is 3: the sixth stays), never as a float's 16 digits.
    unit = AdminUnit("thai-nguyen", UnitKind.PROVINCE, "Thái Nguyên")
    report = PetitionReport(
        "thai-nguyen/kien-nghi-cap-tinh",
        unit,
        ReportingPeriod.year(2023),
        noun=CountedNoun.Y_KIEN,
        total=93,
        outcomes=(OutcomeCount("resolved", 18, (PrintedFigure("18/93"),)),),
    )
    path = tmp_path / "report.json"
    dump(report, path)
    assert main(["metrics", "--format", "csv", str(path)]) == 0
    (row,) = csv.DictReader(io.StringIO(capsys.readouterr().out))
    assert (row["resolution_rate"], row["resolution_rate_basis"]) == ("0.193548", "computed")
    assert (row["petitions_resolved"], row["petitions_total"]) == ("18", "93")  # the exact rate
    assert main(["metrics", "--format", "json", str(path)]) == 0
    assert json.loads(capsys.readouterr().out)[0]["resolution_rate"] == "0.193548"


def test_metrics_aligned_table_of_records(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # The default format turns the table of records on its side, as the yearly one: a line
    # per column, a column of values per row; rates the Vietnamese way, unknown values "–".
    review = tmp_path / "review.json"
    review.write_text(data_file("tay_ho_2019.json"), encoding="utf-8")
    soc_son = RECORDS / "soc_son_2020_signing.json"
    assert main(["metrics", str(review), str(soc_son)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == "Số liệu theo kỳ và loại hồ sơ: 3 dòng"
    # Rows sorted by unit id: Sóc Sơn's program and signing, then Tây Hồ's review.
    period = next(line for line in lines if line.startswith("kỳ "))
    assert "ngày 27/2/2020" in period
    assert "ngày 11/2/2020" in period
    rate = next(line for line in lines if line.startswith("tỷ lệ giải quyết "))
    assert rate.split()[-3:] == ["–", "–", "56,82%"]
    # Real records only: no line marks invented figures.
    assert not any(line.startswith("DỮ LIỆU MINH HỌA") for line in lines)
