"""``tayho-coord petitions``: ledgers in, counts out (issue 15)."""

from __future__ import annotations

import csv
import runpy
from pathlib import Path

import pytest
from ledger_files import PETITIONS, sheet_rows, write_csv, write_ods, write_xlsx

from tayho_coord.cli import main

pl = pytest.importorskip("polars")
calamine = pytest.importorskip("python_calamine")
pytest.importorskip("xlsxwriter")

ROOT = Path(__file__).resolve().parents[2]


def test_a_ward_ledger_counted_per_year_and_competence(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write_xlsx(tmp_path / "so.xlsx", {"Tổng hợp": sheet_rows()})
    assert main(["petitions", str(path)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split("  ")[0] == "Năm"
    # By hand from ledger_files.PETITIONS (all received in 2024): central 1 unanswered;
    # commune 2 resolved; district 1 resolved; province 2 answered (in progress, explained),
    # none resolved. Rows sorted by the competence's value; numbers the Vietnamese way.
    body = [line.split() for line in lines[1:]]
    assert [row[-4:] for row in body] == [
        ["1", "0", "0", "0,00%"],
        ["2", "2", "2", "100,00%"],
        ["1", "1", "1", "100,00%"],
        ["2", "0", "2", "0,00%"],
    ]
    assert lines[1].startswith("2024  thẩm quyền của Trung ương")


def test_outputs_xlsx_csv_parquet(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    ods = write_ods(tmp_path / "so.ods", {"S": sheet_rows()})
    xlsx = tmp_path / "ket-qua.xlsx"
    assert main(["petitions", str(ods), "--by", "competence", "-o", str(xlsx)]) == 0
    assert "6 petitions in 4 groups written to" in capsys.readouterr().err
    back = calamine.CalamineWorkbook.from_path(str(xlsx)).get_sheet_by_index(0).to_python()
    assert back[0][0] == "Thẩm quyền giải quyết"
    assert back[2][:4] == ["thẩm quyền cấp xã", 2.0, 2.0, 2.0]
    out_csv = tmp_path / "ket-qua.csv"
    assert main(["petitions", str(ods), "--by", "", "-o", str(out_csv)]) == 0
    with out_csv.open(encoding="utf-8") as handle:
        rows = list(csv.reader(handle))
    # 6 petitions, 3 resolved, 5 answered: the rate 1/2 exactly.
    assert rows == [
        ["received", "resolved", "answered", "resolution_rate"],
        ["6", "3", "5", "0.5000000000000000"],
    ]
    out_parquet = tmp_path / "ket-qua.parquet"
    assert main(["petitions", str(ods), "-o", str(out_parquet)]) == 0
    assert pl.read_parquet(out_parquet)["received"].sum() == len(PETITIONS)


def test_every_ledger_problem_at_once(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = [list(row) for row in PETITIONS]
    bad[0][5] = "Xong"
    one = write_xlsx(tmp_path / "a.xlsx", {"S": sheet_rows(bad)})
    two = write_csv(tmp_path / "b.csv", sheet_rows(bad))
    assert main(["petitions", str(one), str(two), str(tmp_path / "none.xlsx")]) == 1
    err = capsys.readouterr().err
    assert "3 problems in 3 of 3 ledgers" in err
    assert f"{one}: 'S'!F6: column 'Kết quả giải quyết': 'Xong'" in err
    assert f"{two}: row 6, column F:" in err
    assert "none.xlsx: $: no such file or folder" in err


def test_usage_errors(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = write_xlsx(tmp_path / "so.xlsx", {"S": sheet_rows()})
    assert main(["petitions", str(path), "--by", "year,year"]) == 2
    assert main(["petitions", str(path), "-o", "x.docx"]) == 2
    assert main(["petitions", str(path), "--by", "unit"]) == 1  # no such column in the ledger
    assert "no column for unit" in capsys.readouterr().err


def test_a_user_mapping_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    rows = [["Năm", "Tình hình xử lý"], [2024, "Xong"], [2024, "Đang làm"]]
    path = write_xlsx(tmp_path / "so.xlsx", {"S": rows})
    mapping = tmp_path / "m.json"
    mapping.write_text(
        '{"headers": {"Tình hình xử lý": "outcome"},'
        ' "values": {"outcome": {"Xong": "resolved", "Đang làm": "in_progress"}}}',
        encoding="utf-8",
    )
    assert main(["petitions", str(path), "--by", "year", "--mapping", str(mapping)]) == 0
    assert capsys.readouterr().out.splitlines()[1].split() == ["2024", "2", "1", "2", "50,00%"]


def test_the_national_example_end_to_end(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pytest.importorskip("numpy")
    pytest.importorskip("pyarrow")
    script = runpy.run_path(str(ROOT / "scripts" / "gen_national_ledger.py"))
    folder = tmp_path / "quoc-gia"
    assert script["main"]([str(5000), str(folder), "--chunk", "2000"]) == 0
    assert "5,000 synthetic petitions" in capsys.readouterr().out
    out = tmp_path / "ca-nuoc.parquet"
    assert main(["petitions", str(folder), "--by", "year,province", "-o", str(out)]) == 0
    table = pl.read_parquet(out)
    assert table["received"].sum() == 5000
    assert sorted(set(table["year"])) == [2021, 2022, 2023, 2024, 2025]
    assert table["province"].n_unique() == 34
    # No district competence after 01/07/2025 (that level was abolished): the generator's
    # rule, checked on its output.
    frame = pl.read_parquet(folder / "**" / "*.parquet", hive_partitioning=True)
    late = frame.filter(pl.col("received") >= pl.date(2025, 7, 1))
    assert late.height > 0
    assert (late["competence"].cast(pl.String) == "district").sum() == 0
    assert frame["synthetic"].all()


def test_a_workbook_and_a_parquet_folder_counted_together(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # A ward's workbook (its rows by sheet) and a national folder (its rows by file and
    # index) in one count: the places each keeps go along, and the counts add up.
    xlsx = write_xlsx(tmp_path / "so.xlsx", {"S": sheet_rows()})
    folder = tmp_path / "quoc-gia"
    (folder / "nam=2024").mkdir(parents=True)
    pl.DataFrame(
        {"Thẩm quyền": ["Cấp tỉnh", "Cấp xã"], "Kết quả": ["Đã giải quyết", None]}
    ).write_parquet(folder / "nam=2024" / "0.parquet")
    assert main(["petitions", str(xlsx), str(folder), "--by", "year", "-o", "-"]) == 0
    # ledger_files.PETITIONS: 6 in 2024, 3 resolved, 5 answered; the folder: 2, 1, 1.
    assert capsys.readouterr().out.splitlines()[1].split() == ["2024", "8", "4", "6", "50,00%"]
    bad = folder / "nam=2025"
    bad.mkdir()
    pl.DataFrame({"Kết quả": ["Xong"]}).write_parquet(bad / "0.parquet")
    assert main(["petitions", str(xlsx), str(folder), "--by", "year"]) == 1
    assert f"{bad / '0.parquet'} row index 0: column 'outcome': 'Xong'" in capsys.readouterr().err
