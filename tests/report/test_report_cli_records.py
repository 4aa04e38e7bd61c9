"""``tayho-coord report`` and ``summary`` over the records of issue 11: files, folders, sets.

The data files are the cycle's real records (``tests/data/records``); the expected lines
are written from issue 11's wording ("hội nghị sơ kết 6 tháng đầu năm 2020 thực hiện
Chương trình phối hợp…") and Nghị định 30/2020/NĐ-CP, Phụ lục I, mục II, khoản 3 (``Số:``).
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tayho_coord.cli import main

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


CAU_GIAY_IDS = [
    "ha-noi/cau-giay/ctph-2020",
    "ha-noi/cau-giay/ctph-2021",
    "ha-noi/cau-giay/so-ket-2020",
    "ha-noi/cau-giay/tong-ket-2020",
]


def test_a_set_of_records_prints_its_documents_one_after_another(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # Review 5, D13: several records without a folder, in a text format, go to stdout (or
    # -o FILE, the same bytes) one after another, each opened by a line naming its record.
    path = str(RECORDS / "cau_giay_2020.json")
    status, out, err = _run(["report", path, "--format", "text", "--no-appendix"], capsys)
    assert (status, err) == (0, "")
    marks = [line for line in out.splitlines() if line.startswith("==== tayho-coord report")]
    assert marks == [
        f"==== tayho-coord report: document {i} of 4: {ident} ===="
        for i, ident in enumerate(CAU_GIAY_IDS, start=1)
    ]
    assert out.startswith(marks[0] + "\n")
    # Each document is the one written alone to the folder, after its line.
    folder = tmp_path / "one-by-one"
    folder.mkdir()
    args = ["report", path, "--format", "text", "--no-appendix", "-o"]
    assert _run([*args, str(folder)], capsys)[0] == 0
    alone = (folder / "ha-noi_cau-giay_so-ket-2020.txt").read_text(encoding="utf-8")
    assert f"{marks[2]}\n{alone}\n{marks[3]}\n" in out
    written = tmp_path / "all.txt"
    assert _run([*args, str(written)], capsys) == (0, "", "")
    assert written.read_text(encoding="utf-8") == out
    # Markdown and HTML: an HTML comment, so that each document renders as it would alone.
    status, out, _ = _run(["report", path, "--format", "html"], capsys)
    assert status == 0
    assert out.count("<!-- tayho-coord report: document ") == 4
    assert out.startswith(f"<!-- tayho-coord report: document 1 of 4: {CAU_GIAY_IDS[0]} -->\n")
    assert out.count("<!DOCTYPE html>") == 4


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_a_set_of_records_in_a_binary_format_needs_a_folder(
    fmt: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = str(RECORDS / "cau_giay_2020.json")
    for output in ([], ["-o", "-"], ["-o", str(tmp_path / f"b.{fmt}")]):
        status, out, err = _run(["report", path, "--format", fmt, *output], capsys)
        assert (status, out) == (2, "")
        assert f"4 records give 4 {fmt} files: give -o FOLDER" in err
    assert list(tmp_path.iterdir()) == []


def test_an_existing_folder_gets_one_file_per_record_even_for_one(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = str(RECORDS / "thai_nguyen_2023_petitions.json")
    assert _run(["report", path, "-o", str(tmp_path)], capsys) == (0, "", "")
    assert [p.name for p in tmp_path.iterdir()] == ["thai-nguyen_kien-nghi-2023.md"]
    status, out, _ = _run(["report", path], capsys)
    assert status == 0
    assert (tmp_path / "thai-nguyen_kien-nghi-2023.md").read_text(encoding="utf-8") == out
    # A folder meant (a trailing slash) that does not exist is a usage error naming it.
    missing = str(tmp_path / "missing") + "/"
    status, _, err = _run(["report", path, "-o", missing], capsys)
    assert status == 2
    assert f"argument -o: {missing} is no existing folder" in err


def test_a_set_of_records_to_an_existing_folder(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = str(RECORDS / "cau_giay_2020.json")
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


@settings(max_examples=200, deadline=None)
@given(
    st.sampled_from(["md", "html", "text"]),
    st.integers(1, 10_000),
    st.text(st.characters(blacklist_categories=("Cs", "Cc", "Zl", "Zp")), min_size=1)
    | st.sampled_from(["a---b", "-->", "<!--", "x-", "--!>"]),
)
def test_the_separator_is_one_line_naming_the_record(fmt: str, count: int, ident: str) -> None:
    from types import SimpleNamespace

    from tayho_coord.cli.report import separator

    line = separator(fmt, count, count, SimpleNamespace(id=ident))  # type: ignore[arg-type]
    assert line.endswith("\n")
    assert "\n" not in line[:-1]
    assert f"document {count} of {count}: " in line
    if fmt == "text":
        assert line == f"==== tayho-coord report: document {count} of {count}: {ident} ====\n"
    else:
        # An HTML comment holds no "--" (WHATWG HTML, 13.1.6 Comments): it would end early.
        assert line.startswith("<!-- ")
        assert line.endswith(" -->\n")
        assert "--" not in line[4:-4]
