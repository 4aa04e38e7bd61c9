"""``tayho-coord report`` and ``summary`` over the records of issue 11: files, folders, sets.

The data files are the cycle's real records (``tests/data/records``); the expected lines
are written from issue 11's wording ("hội nghị sơ kết 6 tháng đầu năm 2020 thực hiện
Chương trình phối hợp…") and Nghị định 30/2020/NĐ-CP, Phụ lục I, mục II, khoản 3 (``Số:``).
"""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import TYPE_CHECKING

from tayho_coord.cli import main

if TYPE_CHECKING:
    import pytest

RECORDS = Path(__file__).resolve().parent.parent / "data" / "records"


def _run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    try:
        status = main(argv)
    except SystemExit as exc:
        status = int(exc.code or 0)
    out, err = capsys.readouterr()
    return status, out, err


def test_report_of_one_record_goes_to_stdout(capsys: pytest.CaptureFixture[str]) -> None:
    path = str(RECORDS / "thai_nguyen_2023_petitions.json")
    status, out, _ = _run(["report", path, "--format", "text", "--no-appendix"], capsys)
    assert status == 0
    # no reporter: the unit is named with the voters (ND30, Phụ lục I, mục II, khoản 2)
    assert "Tổng hợp 132 ý kiến của cử tri tỉnh Thái Nguyên." in out.splitlines()


def test_a_set_of_records_needs_a_folder(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = str(RECORDS / "cau_giay_2020.json")
    status, out, err = _run(["report", path], capsys)
    assert status == 2
    assert out == ""
    assert "4 records give 4 documents: give -o FOLDER" in err
    status, _, err = _run(["report", path, "-o", str(tmp_path / "missing")], capsys)
    assert status == 2
    status, _, err = _run(["report", path, "--format", "text", "-o", str(tmp_path)], capsys)
    assert (status, err) == (0, "")
    names = sorted(p.name for p in tmp_path.iterdir())
    assert names == [
        "ha-noi_cau-giay_ctph-2020.txt",
        "ha-noi_cau-giay_ctph-2021.txt",
        "ha-noi_cau-giay_so-ket-2020.txt",
        "ha-noi_cau-giay_tong-ket-2020.txt",
    ]
    interim = (tmp_path / "ha-noi_cau-giay_so-ket-2020.txt").read_text(encoding="utf-8")
    assert (
        "Kết quả hội nghị sơ kết 6 tháng đầu năm 2020 thực hiện Chương trình phối hợp năm 2020"
        in interim.splitlines()
    )
    program = (tmp_path / "ha-noi_cau-giay_ctph-2020.txt").read_text(encoding="utf-8")
    assert "Số: …/CTr-HĐND-UBND-MTTQ" in program.splitlines()


def test_a_refused_document_names_its_record(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(RECORDS / "soc_son_2020_signing.json", folder)
    out = tmp_path / "out"
    out.mkdir()
    argv = ["report", str(folder), "--document", "conclusion", "-o", str(out)]
    status, _, err = _run(argv, capsys)
    assert status == 2
    assert "(ha-noi/soc-son/ctph-2020)" in err


def test_an_empty_folder_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, _, err = _run(["summary", str(tmp_path)], capsys)
    assert status == 1
    assert err == f"tayho-coord summary: error: {tmp_path}: a folder without any .json file\n"


def test_summary_of_several_files(capsys: pytest.CaptureFixture[str]) -> None:
    files = [str(RECORDS / "soc_son_2020_signing.json"), str(RECORDS / "cam_le_2021_interim.json")]
    status, out, _ = _run(["summary", *files], capsys)
    assert status == 0
    blocks = out.split("\n\n")
    assert [b.splitlines()[0] for b in blocks] == [
        "Huyện Sóc Sơn: Chương trình phối hợp năm 2020",
        "Huyện Sóc Sơn: hội nghị ký kết Chương trình phối hợp năm 2020",
        "Quận Cẩm Lệ: Chương trình phối hợp năm 2021",
        "Quận Cẩm Lệ: hội nghị sơ kết thực hiện Chương trình phối hợp năm 2021",
    ]
