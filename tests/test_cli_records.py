"""The command line on records of any kind, many files and folders (issue 11)."""

import json
import shutil
from pathlib import Path

import pytest

from tayho_coord.cli import main
from tayho_coord.datasets import data_file

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
    assert f"{unit} holds a AdminUnit, not a record: skipped" in captured.err
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
    assert lines[0].startswith("unit_id,unit,period,period_kind")
    assert lines[1].startswith("ha-noi/tay-ho,quận Tây Hồ,năm 2019,year,2019-01-01,2019-12-31")


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
