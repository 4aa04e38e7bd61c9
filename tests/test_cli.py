import json
import subprocess
import sys
import warnings
from contextlib import redirect_stderr, redirect_stdout
from io import StringIO
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tayho_coord.cli import main
from tayho_coord.datasets import data_file

# The summary of the bundled review, written out from the seed article and the rules:
# Nghị định 30/2020/NĐ-CP for the date ("thứ Ba, ngày 11 tháng 02 năm 2020": 11/02/2020 was a
# Tuesday; months 1 and 2 padded) and the zero-padded counts of administrative reports
# ("03 phiên giải trình", "14 nội dung"); the seed's own sentence for the 14 topics ("MTTQ
# phối hợp với HĐND quận thực hiện tốt 14 nội dung giám sát, khảo sát, kiểm tra chuyên đề"),
# the count before what it counts ("04 nội dung giám sát", then how many are named), one colon
# a line; a printed figure "theo số liệu công bố", a computed one "tính từ số liệu".
SUMMARY = "".join(
    line + "\n"
    for line in (
        "Quận Tây Hồ: tổng kết Chương trình phối hợp công tác năm 2019",
        "Hội nghị: chiều thứ Ba, ngày 11 tháng 02 năm 2020",
        (
            "Các cơ quan phối hợp: Hội đồng nhân dân quận Tây Hồ, Ủy ban nhân dân quận Tây Hồ "
            "và Ủy ban Mặt trận Tổ quốc Việt Nam quận Tây Hồ"
        ),
        "Cơ quan thường trực năm 2019: Thường trực Hội đồng nhân dân quận Tây Hồ",
        (
            "Giải trình: 03 phiên giải trình (công tác đầu tư xây dựng; công tác đấu giá "
            "quyền sử dụng đất; việc giải quyết kiến nghị của cử tri)"
        ),
        (
            "Giám sát, khảo sát, kiểm tra chuyên đề: Ủy ban MTTQ Việt Nam quận và HĐND quận "
            "phối hợp thực hiện 14 nội dung giám sát, khảo sát, kiểm tra chuyên đề"
        ),
        (
            "Giám sát, khảo sát, kiểm tra chuyên đề: Ủy ban MTTQ Việt Nam quận chủ trì, phối "
            "hợp với Ban Pháp chế HĐND quận thực hiện 04 nội dung giám sát chuyên đề (nêu tên "
            "02)"
        ),
        "Tiếp xúc cử tri: thường kỳ và chuyên đề (không nêu số hội nghị)",
        (
            "Khảo sát mức độ hài lòng của người dân khi đến giao dịch tại bộ phận một cửa: bộ "
            "phận một cửa của UBND quận, bộ phận một cửa của UBND các phường, Công an quận và "
            "Văn phòng đăng ký nhà đất quận"
        ),
        (
            "Tỷ lệ giải quyết kiến nghị cử tri thuộc thẩm quyền cấp quận: 56,82% (theo số liệu "
            "công bố)"
        ),
        (
            "Hạn chế: Công tác chuẩn bị báo cáo, tài liệu của UBND quận phục vụ kỳ họp HĐND "
            "quận cần được rút kinh nghiệm để bảo đảm tiến độ và nâng cao chất lượng."
        ),
        (
            "Hạn chế: Tỷ lệ giải quyết kiến nghị của cử tri thuộc thẩm quyền cấp quận còn hạn "
            "chế (56,82%)."
        ),
        "Chương trình năm 2020: ký ngày 11/02/2020; 03 nhiệm vụ trọng tâm",
        (
            "Nguồn: Quận Tây Hồ tổng kết, đánh giá, rút kinh nghiệm kết quả thực hiện Chương "
            "trình phối hợp công tác giữa ba cơ quan năm 2019, mttqhanoi.org.vn, 11/02/2020"
        ),
    )
)


def test_summary_of_the_bundled_review(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["summary"]) == 0
    out, err = capsys.readouterr()
    assert out == SUMMARY
    assert err == ""


def test_summary_of_a_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "review.json"
    path.write_text(data_file("tay_ho_2019.json"), encoding="utf-8")
    assert main(["summary", str(path)]) == 0
    assert capsys.readouterr().out == SUMMARY


def test_summary_reports_every_problem_without_a_traceback(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    doc = json.loads(data_file("tay_ho_2019.json"))
    doc["data"]["held_on"] = "2020-02-31"
    doc["data"]["reviewed"]["period"]["start"] = "1800"
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    assert main(["summary", str(path)]) == 1
    out, err = capsys.readouterr()
    assert out == ""
    assert err == (
        f"tayho-coord summary: error: 2 problems in {path}:\n"
        "  $.data.held_on: '2020-02-31': expected an ISO date YYYY-MM-DD\n"
        "  $.data.reviewed.period: 1800: must be a year from 1945 to 2200\n"
    )


def test_summary_of_a_missing_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    missing = tmp_path / "none.json"
    assert main(["summary", str(missing)]) == 1
    assert capsys.readouterr().err == (
        f"tayho-coord summary: error: {missing}: No such file or directory\n"
    )


def test_summary_of_a_file_holding_something_else(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "source.json"
    path.write_text(
        '{"schema_version": 1, "type": "Source", "data": {"id": "s", "title": "t"}}',
        encoding="utf-8",
    )
    assert main(["summary", str(path)]) == 1
    assert capsys.readouterr().err == (
        f"tayho-coord summary: error: {path} holds a source, not a record of the cycle\n"
    )


def test_no_command_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main([])
    assert info.value.code == 2
    assert capsys.readouterr().err == (
        "tayho-coord: error: the following arguments are required: COMMAND "
        "(see 'tayho-coord --help')\n"
    )


def test_python_dash_m_runs_the_command() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "tayho_coord", "summary"],
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout == SUMMARY


# --- helpers --------------------------------------------------------------------------------


def _run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    """Run the command; a usage error's SystemExit becomes its status."""
    try:
        status = main(argv)
    except SystemExit as exc:
        status = int(exc.code or 0)
    out, err = capsys.readouterr()
    return status, out, err


def _bundled(tmp_path: Path, name: str = "review.json", **petition: object) -> Path:
    """The bundled review as a file, its petition figures changed as given."""
    doc = json.loads(data_file("tay_ho_2019.json"))
    doc["data"]["petitions"][0].update(petition)
    path = tmp_path / name
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    return path


# --- report ---------------------------------------------------------------------------------


def test_report_prints_the_bundled_review_in_markdown(capsys: pytest.CaptureFixture[str]) -> None:
    from tayho_coord.datasets import tay_ho_2019
    from tayho_coord.report import render

    status, out, err = _run(["report"], capsys)
    assert (status, err) == (0, "")
    assert out == render(tay_ho_2019(), "md")
    # Nghị định 30/2020/NĐ-CP, Phụ lục I: the place-and-date line, the place the official name
    # of the unit where the bodies sit ("Tây Hồ", not the city's "Hà Nội"), the day and month
    # left to fill by hand without --issued; the seed's "03 phiên".
    assert "*Tây Hồ, ngày … tháng … năm 2020*" in out.splitlines()
    assert "Phối hợp tổ chức 03 phiên giải trình:" in out.splitlines()


@pytest.mark.parametrize("fmt", ["md", "html", "text"])
def test_report_of_a_file_in_each_format(
    fmt: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from tayho_coord.datasets import tay_ho_2019
    from tayho_coord.report import render

    path = _bundled(tmp_path)
    status, out, err = _run(["report", str(path), "--format", fmt], capsys)
    assert (status, err) == (0, "")
    assert out == render(tay_ho_2019(), fmt)  # type: ignore[call-overload]


def test_report_place_option(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = _run(["report", "--format", "text", "--place", "Hà Nội"], capsys)
    assert status == 0
    assert out.splitlines()[12] == "Hà Nội, ngày … tháng … năm 2020"


def test_report_document_options(capsys: pytest.CaptureFixture[str]) -> None:
    # Nghị định 30/2020/NĐ-CP, Phụ lục I, mục II: "Số: 07/…" padded (khoản 3), the date line
    # in full (khoản 4), "KT." and "Q." (khoản 7), the recipients then "Lưu: VT." (khoản 9).
    argv = ["report", "--format", "text", "--issued", "2020-02-11", "--number", "7"]
    argv += ["--signer", "KT:Lê Văn An", "--signer", "Phạm Thị Bình", "--signer", "Q:Hà Văn C"]
    argv += ["--recipient", "Thường trực Quận ủy", "--no-appendix", "--font-size", "13"]
    status, out, err = _run(argv, capsys)
    assert (status, err) == (0, "")
    lines = out.splitlines()
    assert lines[11:13] == ["Số: 07/BC-HĐND-UBND-MTTQ", "Tây Hồ, ngày 11 tháng 02 năm 2020"]
    assert lines[-16:] == [
        "TM. THƯỜNG TRỰC HỘI ĐỒNG NHÂN DÂN",
        "KT. CHỦ TỊCH",
        "PHÓ CHỦ TỊCH",
        "Lê Văn An",
        "",
        "TM. ỦY BAN NHÂN DÂN",
        "CHỦ TỊCH",
        "Phạm Thị Bình",
        "",
        "TM. BAN THƯỜNG TRỰC",
        "Q. CHỦ TỊCH",
        "Hà Văn C",
        "",
        "Nơi nhận:",
        "- Thường trực Quận ủy;",
        "- Lưu: VT.",
    ]


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--issued", "11/02/2020"], "argument --issued: '11/02/2020' is not a date YYYY-MM-DD"),
        (
            ["--signer", "A"],
            "argument --signer: give one signer for each of the 3 issuers, in their order",
        ),
        (["--recipient", " "], "argument --recipient: each recipient must be non-empty"),
        (
            ["--number", "0"],
            "argument --number: '0' must be at least 1 (see 'tayho-coord report --help')",
        ),
    ],
)
def test_report_document_options_refused(
    argv: list[str], message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    status, out, err = _run(["report", "--format", "text", *argv], capsys)
    assert (status, out) == (2, "")
    assert err.startswith(f"tayho-coord report: error: {message}")


def test_report_other_documents(capsys: pytest.CaptureFixture[str]) -> None:
    # Issue 12's time line of the invitation; the program signed at the conference (Phụ lục
    # III: CTr), dated the day it was signed.
    argv = ["report", "--format", "text", "--document", "invitation", "--at", "14:00"]
    status, out, err = _run(argv, capsys)
    assert (status, err) == (0, "")
    assert "Thời gian: Vào lúc 14 giờ 00, thứ Ba, ngày 11/02/2020." in out.splitlines()
    status, out, err = _run(["report", "--format", "text", "--document", "program"], capsys)
    assert (status, err) == (0, "")
    assert out.splitlines()[11:13] == [
        "Số: …/CTr-HĐND-UBND-MTTQ",
        "Tây Hồ, ngày 11 tháng 02 năm 2020",
    ]
    status, out, err = _run(["report", "--document", "invitation", "--at", "2 giờ"], capsys)
    assert (status, out) == (2, "")
    assert err.startswith("tayho-coord report: error: argument --at: '2 giờ' is not an hour")


def test_report_to_a_word_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pytest.importorskip("docx", reason="the docx extra (python-docx) writes Word files")
    target = tmp_path / "bao-cao.docx"
    status, out, err = _run(["report", "--format", "docx", "-o", str(target)], capsys)
    assert (status, out, err) == (0, "", "")
    assert target.read_bytes()[:2] == b"PK"  # a .docx is a zip file


def test_report_to_a_file_replaces_it_atomically(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from tayho_coord.datasets import tay_ho_2019
    from tayho_coord.report import render

    out_path = tmp_path / "bao-cao.html"
    out_path.write_text("old", encoding="utf-8")
    status, out, err = _run(["report", "--format", "html", "-o", str(out_path)], capsys)
    assert (status, out, err) == (0, "", "")
    assert out_path.read_text(encoding="utf-8") == render(tay_ho_2019(), "html")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bao-cao.html"]  # no temporary left


def test_report_to_a_folder_that_does_not_exist(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "none" / "r.md"
    status, out, err = _run(["report", "-o", str(target)], capsys)
    assert (status, out) == (1, "")
    assert err == (f"tayho-coord report: error: cannot write {target}: No such file or directory\n")


def test_report_of_a_file_whose_figures_disagree_warns_and_reports(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # 25/44 = 56,82% (half-up), not the printed 57,82%: a warning, and the report says so.
    path = _bundled(tmp_path, received=44, resolved=25, printed_rate="57,82%")
    status, out, err = _run(["report", str(path), "--format", "text"], capsys)
    assert status == 0
    assert err == (
        f"tayho-coord report: warning: {path}: printed_rate: '57,82%' does not follow from 25/44: "
        "rounded half-up to 2 decimals it prints '56,82%'\n"
    )
    assert (
        "Đối chiếu: tỷ lệ theo số liệu công bố (57,82%) không khớp với tỷ lệ tính từ số liệu "
        "25/44 là 56,82%."
    ) in out.splitlines()


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (
            ["report", "--place", " "],
            "tayho-coord report: error: argument --place: must not be empty",
        ),
        (
            # several files are taken (one document per record, tests/report); the bundled
            # review is no Meeting, so it has no Thông báo kết luận
            ["report", "--document", "conclusion"],
            "tayho-coord report: error: argument --document: a conclusion (Thông báo kết "
            "luận) is of a Meeting record",
        ),
    ],
)
def test_report_usage_errors(
    argv: list[str], message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _run(argv, capsys) == (2, "", message + "\n")


def test_report_unknown_format(capsys: pytest.CaptureFixture[str]) -> None:
    # argparse's own wording of the choices differs between Python versions: its start and
    # the pointer to the help are ours.
    status, out, err = _run(["report", "--format", "odt"], capsys)
    assert (status, out) == (2, "")
    assert err.startswith("tayho-coord report: error: argument --format: invalid choice: 'odt'")
    assert err.endswith(" (see 'tayho-coord report --help')\n")
    assert err.count("\n") == 1


def test_report_of_bad_data_lists_every_problem(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "bad.json"
    path.write_text("{not json", encoding="utf-8")
    status, out, err = _run(["report", str(path)], capsys)
    assert (status, out) == (1, "")
    assert err == (
        f"tayho-coord report: error: 1 problem in {path}:\n"
        "  $: not valid JSON (Expecting property name enclosed in double quotes at line 1, "
        "column 2)\n"
    )


# --- validate -------------------------------------------------------------------------------


def test_validate_good_and_bad_files(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    good = _bundled(tmp_path, "good.json")
    doc = json.loads(data_file("tay_ho_2019.json"))
    doc["data"]["held_on"] = "2020-02-31"
    doc["data"]["reviewed"]["period"]["start"] = "1800"
    doc["data"]["surprise"] = True
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(doc), encoding="utf-8")
    missing = tmp_path / "missing.json"
    status, out, err = _run(["validate", str(good), str(bad), str(missing)], capsys)
    assert status == 1
    assert out == f"{good}: ok (ProgramReview)\n"
    assert err == (
        f"{bad}: $.data.held_on: '2020-02-31': expected an ISO date YYYY-MM-DD\n"
        f"{bad}: $.data.reviewed.period: 1800: must be a year from 1945 to 2200\n"
        f"{bad}: $.data: unknown field(s): surprise\n"
        f"tayho-coord validate: error: {missing}: No such file or directory\n"
    )


def test_validate_all_good(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    good = _bundled(tmp_path)
    assert _run(["validate", str(good)], capsys) == (0, f"{good}: ok (ProgramReview)\n", "")


def test_validate_strict_counts_warnings(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _bundled(tmp_path, received=44, resolved=25, printed_rate="57,82%")
    warning = (
        f"tayho-coord validate: warning: {path}: printed_rate: '57,82%' does not follow from "
        "25/44: rounded half-up to 2 decimals it prints '56,82%'\n"
    )
    # A file read with a warning is not silently "ok": the count follows, in English plural.
    assert _run(["validate", str(path)], capsys) == (
        0,
        f"{path}: ok (ProgramReview), 1 warning\n",
        warning,
    )
    assert _run(["validate", "--strict", str(path)], capsys) == (
        1,
        f"{path}: ProgramReview, 1 warning\n",
        warning,
    )


def test_validate_counts_warnings_in_the_plural(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # Two printed figures off their counts: 57,82% and 60% (25/44 = 56,82% rounded half-up,
    # Luật Kế toán) give two warnings, each on its own stderr line.
    first = _bundled(tmp_path, "first.json", received=44, resolved=25, printed_rate="57,82%")
    second = _bundled(tmp_path, "second.json", received=44, resolved=25, printed_rate="60%")
    status, out, err = _run(["validate", str(first), str(second)], capsys)
    assert status == 0
    assert (
        out == f"{first}: ok (ProgramReview), 1 warning\n{second}: ok (ProgramReview), 1 warning\n"
    )
    assert err.count("tayho-coord validate: warning: ") == 2


def test_validate_needs_a_file(capsys: pytest.CaptureFixture[str]) -> None:
    assert _run(["validate"], capsys) == (
        2,
        "",
        "tayho-coord validate: error: the following arguments are required: FILE "
        "(see 'tayho-coord validate --help')\n",
    )


# --- audit ----------------------------------------------------------------------------------

# Luật Kế toán, Điều 17: half-up.  25/44 = 0,568181… → 56,82%; 9789/10000 = 97,89% → 97,9%
# (97,8% is the truncation); 25/44 at no decimals → 57%, not 60%.
AUDITS = [
    (
        ["56,82%", "--counts", "25/44"],
        0,
        "rounded: '56,82%' is 25/44 rounded half-up to 2 decimals",
    ),
    (
        ["97,8%", "--counts", "9789/10000"],
        1,
        "truncated: '97,8%' is 9789/10000 truncated to 1 decimal; rounded half-up it prints "
        "'97,9%'",
    ),
    (  # counts written the Vietnamese way: '.' groups thousands
        ["97,9 %", "--counts", "9.789/10.000"],
        0,
        "rounded: '97,9 %' is 9789/10000 rounded half-up to 1 decimal",
    ),
    (
        ["60%", "--counts", "25/44"],
        1,
        "inconsistent: '60%' does not follow from 25/44: rounded half-up to 0 decimals it "
        "prints '57%'",
    ),
]


@pytest.mark.parametrize(("argv", "status", "line"), AUDITS)
def test_audit_verdicts(
    argv: list[str], status: int, line: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _run(["audit", *argv], capsys) == (status, line + "\n", "")


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["abc", "--counts", "1/2"], "RATE 'abc': expected a Vietnamese number such as "),
        (["56,82%", "--counts", "25"], "argument --counts: expected N/D (25/44), got '25'"),
        (
            ["56,82%", "--counts", "2,5/44"],
            "argument --counts: numerator '2,5' is not a whole number >= 0",
        ),
        (
            ["56,82%", "--counts", "45/44"],
            "numerator 45: exceeds the denominator 44: a rate above 100%",
        ),
        (["120%", "--counts", "1/2"], "RATE '120%': a rate must be from 0% to 100%"),
    ],
)
def test_audit_bad_input(argv: list[str], message: str, capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = _run(["audit", *argv], capsys)
    assert (status, out) == (2, "")
    assert err.startswith(f"tayho-coord audit: error: {message}")
    assert err.count("\n") == 1


# Without --counts, the counts k/d that print as the rate: k/d rounded half-up (Luật Kế toán,
# Điều 17) to the printed decimals gives the rate, i.e. 0,56815 <= k/d < 0,56825 for 56,82%.
# Worked out by hand: 25/44 = 0,568181…, its multiple 50/88; no other whole up to 100 has a
# part in that interval (the nearest, 46/81 = 0,56790… and 54/95 = 0,56842…, fall outside), and
# none up to 43.  60% at no decimals: 0,595 <= k/d < 0,605 → 3/5 and 6/10 up to 10.
CANDIDATES = [
    (["56,82%"], [(25, 44), (50, 88)]),  # the default: wholes up to 100
    (["56,82%", "--max-denominator", "100"], [(25, 44), (50, 88)]),
    (["56,82%", "--max-denominator", "44"], [(25, 44)]),
    (["60%", "--max-denominator", "10"], [(3, 5), (6, 10)]),
    (["100%", "--max-denominator", "3"], [(1, 1), (2, 2), (3, 3)]),
]


@pytest.mark.parametrize(("argv", "pairs"), CANDIDATES)
def test_audit_without_counts_lists_candidates(
    argv: list[str], pairs: list[tuple[int, int]], capsys: pytest.CaptureFixture[str]
) -> None:
    from tayho_coord.audit import candidates

    top = int(argv[2]) if len(argv) > 1 else 100
    assert candidates(argv[0], top) == pairs  # the library agrees with the rule
    expected = "".join(f"{n}/{d}\n" for n, d in pairs)
    assert _run(["audit", *argv], capsys) == (0, expected, "")


def test_audit_without_counts_finding_none(capsys: pytest.CaptureFixture[str]) -> None:
    # No whole up to 43 gives 56,82% (see CANDIDATES): nothing listed, said on stderr.
    assert _run(["audit", "56,82%", "--max-denominator", "43"], capsys) == (
        0,
        "",
        "tayho-coord audit: no counts with a whole up to 43 print as '56,82%'\n",
    )


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["56,82%", "--max-denominator", "0"], "argument --max-denominator: 0: must be from 1 "),
        (
            ["56,82%", "--max-denominator", "1000001"],
            "argument --max-denominator: 1000001: must be from 1 ",
        ),
        (["56,82%", "--max-denominator", "ten"], "argument --max-denominator: invalid int value"),
        (
            ["56,82%", "--counts", "25/44", "--max-denominator", "50"],
            "argument --max-denominator: not allowed with --counts",
        ),
        (["abc"], "RATE 'abc': expected a Vietnamese number such as "),
        (["120%"], "RATE '120%': a rate must be from 0% to 100%"),
    ],
)
def test_audit_without_counts_bad_input(
    argv: list[str], message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    status, out, err = _run(["audit", *argv], capsys)
    assert (status, out) == (2, "")
    assert err.startswith(f"tayho-coord audit: error: {message}")
    assert err.count("\n") == 1


def test_audit_help_gives_an_example_and_the_exit_status(
    capsys: pytest.CaptureFixture[str],
) -> None:
    _, out, _ = _run(["audit", "--help"], capsys)
    assert "\n  tayho-coord audit 56,82% --counts 25/44\n" in out
    assert "2 for a wrong command line" in out


# --- fmt ------------------------------------------------------------------------------------

# From /work/shared/reference/vietnamese-rules.md: "." groups thousands and "," starts the
# decimals; percentages half-up; Nghị định 30 dates (months 1 and 2 padded, "thứ Ba");
# numbers read with "không trăm" and "linh" (north) / "lẻ", "ngàn" (south), "âm", "phẩy".
FORMATS = [
    (["number", "1234567.5"], "1.234.567,5"),
    (["number", "2,345", "--decimals", "2"], "2,35"),
    (["number", "2.3456", "--decimals", "2"], "2,35"),
    # Vietnamese-written numbers through vi.parse_number (review finding F27).
    (["number", "1.234.567,5"], "1.234.567,5"),
    (["number", "--", "-1.500.000"], "-1.500.000"),  # argparse takes "-1.5…" for an option
    (["number", "0.125"], "0,125"),  # no Vietnamese group starts with 0: a decimal point
    (["percent", "25/44"], "56,82%"),
    (["percent", "0.5", "--decimals", "0"], "50%"),
    (["percent", "56,82%"], "56,82%"),  # a percentage with % (vi.parse_percent's form)
    (["percent", "56.82%"], "56,82%"),
    (["percent", "97,8 %", "--decimals", "1"], "97,8%"),
    (["percent", "0,5682"], "56,82%"),  # a ratio written the Vietnamese way
    (["percent", "--", "-0,25"], "-25,00%"),  # without %, a ratio from -1 to 1 (as --help says)
    (["percent", "1"], "100,00%"),
    (["count", "3", "phiên giải trình"], "03 phiên giải trình"),
    (["count", "3", "cơ", "quan"], "03 cơ quan"),  # a noun of several words, unquoted
    (["count", "1.234", "kiến", "nghị"], "1.234 kiến nghị"),
    (["count", "14"], "14"),
    (["date", "2020-02-11"], "11/02/2020"),
    (["date", "11/02/2020", "--style", "full"], "thứ Ba, ngày 11 tháng 02 năm 2020"),
    (["date", "2020-03-02", "--style", "long"], "ngày 02 tháng 3 năm 2020"),
    (["date", "2020-02-11", "--place", "Hà Nội"], "Hà Nội, ngày 11 tháng 02 năm 2020"),
    (["words", "2020"], "hai nghìn không trăm hai mươi"),
    (["words", "1005"], "một nghìn không trăm linh năm"),
    (["words", "1005", "--dialect", "south"], "một ngàn không trăm lẻ năm"),
    (["words", "-3"], "âm ba"),
    (["words", "1.05"], "một phẩy không năm"),
    (["words", "1,05"], "một phẩy không năm"),  # the Vietnamese way (F27)
    (["words", "1.234,5"], "một nghìn hai trăm ba mươi tư phẩy năm"),
    (["words", "21"], "hai mươi mốt"),
]


@pytest.mark.parametrize(("argv", "line"), FORMATS)
def test_fmt(argv: list[str], line: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert _run(["fmt", *argv], capsys) == (0, line + "\n", "")


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["number", "abc"], "'abc' is not a number (write it as 1.234.567,5 or 1234567.5)"),
        (["number", "nan"], "'nan' is not a number (write it as 1.234.567,5 or 1234567.5)"),
        (["number", "1.234,5.6"], "'1.234,5.6' is not a number"),
        (["number", "1.234"], "'1.234' is ambiguous: '.' groups thousands in Vietnamese"),
        (["words", "-1.500"], "'-1.500' is ambiguous"),
        (["percent", "1/0"], "'1/0': the denominator is 0"),
        (["percent", "abc%"], "'abc' is not a number"),
        (["count", "-1"], "count '-1' is not a whole number >= 0"),
        (["date", "31/02/2020"], "'31/02/2020' is not a date: "),
        (["date", "2020-02-11", "--place", ""], "place='': must be a non-empty string"),
    ],
)
def test_fmt_bad_input(argv: list[str], message: str, capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = _run(["fmt", *argv], capsys)
    assert (status, out) == (2, "")
    assert err.startswith(f"tayho-coord fmt {argv[0]}: error: {message}")
    # A usage error points at the help of the kind asked for (review finding F27), and at
    # nothing else.
    assert err.endswith(f" (see 'tayho-coord fmt {argv[0]} --help')\n")
    assert err.count("(see ") == 1
    assert err.count("\n") == 1


def test_fmt_a_month_is_not_a_date_with_one_hint(capsys: pytest.CaptureFixture[str]) -> None:
    # The library's pointer for its Python callers ("see parse_period") is dropped: the command
    # line's user is pointed at the command's help only.
    assert _run(["fmt", "date", "2020-02"], capsys) == (
        2,
        "",
        "tayho-coord fmt date: error: '2020-02' is not a date: a month or a year, not a date "
        "(see 'tayho-coord fmt date --help')\n",
    )


@pytest.mark.parametrize(
    ("argv", "prefix"),
    [
        (["summary", "none.json"], "tayho-coord summary: error: "),
        (["report", "none.json"], "tayho-coord report: error: "),
        (["metrics", "none.json"], "tayho-coord metrics: error: "),
        (["validate", "none.json"], "tayho-coord validate: error: "),
        (["audit", "x", "--counts", "1/2"], "tayho-coord audit: error: "),
        (["audit", "1%", "--counts", "1/2", "extra"], "tayho-coord audit: error: "),
        (["fmt", "words", "x"], "tayho-coord fmt words: error: "),
        (["fmt"], "tayho-coord fmt: error: "),
        (["bogus"], "tayho-coord: error: "),
    ],
)
def test_errors_start_with_the_command_name(
    argv: list[str], prefix: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # "tayho-coord <command>: error:" for a command's errors (argparse's form for a
    # sub-command); "tayho-coord: error:" only when no known command is named.
    argv = [str(tmp_path / a) if a.endswith(".json") else a for a in argv]
    status, out, err = _run(argv, capsys)
    assert status in (1, 2)
    assert out == ""
    assert err.startswith(prefix)
    assert err.count("\n") == 1


@pytest.mark.parametrize(
    ("argv", "kind"),
    [
        (["count", "3", "cơ quan", "--bogus"], "count"),
        (["number", "1", "2"], "number"),
        (["percent", "25/44", "--style", "full"], "percent"),
        (["words"], "words"),
        (["date", "2020-02-11", "--style", "medium"], "date"),
    ],
)
def test_fmt_usage_errors_point_at_their_own_help(
    argv: list[str], kind: str, capsys: pytest.CaptureFixture[str]
) -> None:
    status, out, err = _run(["fmt", *argv], capsys)
    assert (status, out) == (2, "")
    assert err.startswith(f"tayho-coord fmt {kind}: error: ")
    assert err.endswith(f" (see 'tayho-coord fmt {kind} --help')\n")
    assert err.count("\n") == 1


def test_fmt_percent_help_says_it_takes_a_ratio(capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = _run(["fmt", "percent", "--help"], capsys)
    assert "RATIO is a ratio (0.5682)" in " ".join(out.split())
    assert "a bare number above 1 (17,4) is refused" in " ".join(out.split())


# --- help and version -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "command",
    [
        [],
        ["report"],
        ["summary"],
        ["metrics"],
        ["validate"],
        ["audit"],
        ["fmt"],
        ["fmt", "number"],
        ["fmt", "percent"],
        ["fmt", "count"],
        ["fmt", "date"],
        ["fmt", "words"],
    ],
)
def test_help_everywhere(command: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = _run([*command, "--help"], capsys)
    assert (status, err) == (0, "")
    assert out.startswith(f"usage: {' '.join(['tayho-coord', *command])}")


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    from importlib.metadata import version

    assert _run(["--version"], capsys) == (0, f"tayho-coord {version('tayho_coord')}\n", "")


def test_main_help_documents_exit_status(capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = _run(["--help"], capsys)
    assert "Exit status: 0 success, 1 problems in the data, 2 wrong command line." in out


# --- metrics --------------------------------------------------------------------------------

# The yearly metrics of the bundled review, from the seed: 03 hearings (a stated count), 14
# topics led jointly ("MTTQ phối hợp với HĐND quận … 14 nội dung giám sát, khảo sát, kiểm tra")
# and 4 supervision topics led by the Front ("MTTQ quận chủ trì … giám sát chuyên đề ở 4 nội
# dung"), added up to 18: the seed never prints 18 and the 4 may be among the 14, so its
# basis is "summed" (DESIGN.md: printed is not computed); voter meetings, critiques,
# dialogues without a number; one satisfaction survey; 3 achievements and 2 shortcomings;
# the printed 56,82% for petitions within the district's competence, with no counts.  None
# is unknown, never 0.
METRICS: dict[str, object] = {
    "unit_id": "ha-noi/tay-ho",
    "unit": "quận Tây Hồ",
    "year": 2019,
    "review_id": "ha-noi/tay-ho/tong-ket-2019",
    "illustrative": False,  # every figure cites the seed article
    "standing_agency": "Thường trực HĐND quận Tây Hồ",
    "standing_body": "HĐND",
    "hearings": 3,
    "hearings_basis": "stated",
    "oversight_topics": 18,
    "oversight_topics_basis": "summed",
    "oversight_supervision": 4,
    "oversight_supervision_basis": "stated",
    "oversight_survey": None,
    "oversight_survey_basis": None,
    "oversight_inspection": None,
    "oversight_inspection_basis": None,
    "oversight_mixed": 14,
    "oversight_mixed_basis": "stated",
    "oversight_council": None,
    "oversight_council_basis": None,
    "oversight_committee": None,
    "oversight_committee_basis": None,
    "oversight_front": 4,
    "oversight_front_basis": "stated",
    "oversight_other": None,
    "oversight_other_basis": None,
    "oversight_joint": 14,
    "oversight_joint_basis": "stated",
    "voter_contacts": None,
    "voter_contacts_basis": None,
    "voter_contacts_regular": None,
    "voter_contacts_regular_basis": None,
    "voter_contacts_thematic": None,
    "voter_contacts_thematic_basis": None,
    "social_critiques": None,
    "social_critiques_basis": None,
    "dialogues": None,
    "dialogues_basis": None,
    "satisfaction_surveys": 1,
    "key_tasks": None,
    "key_tasks_basis": None,
    "achievements": 3,
    "shortcomings": 2,
    "petitions_scope": "district",
    "petitions_received": None,
    "petitions_answered": None,
    "petitions_resolved": None,
    "resolution_rate": "0.5682",  # the printed 56,82% as the exact decimal it is
    "resolution_rate_basis": "printed",
    "resolution_rate_printed": "0.5682",
    "resolution_rate_printed_text": "56,82%",
    "resolution_rate_computed": None,
    # The seed states no plan of the 2019 program: no plan columns are invented.
    "planned": None,
    "carried_out": None,
    "plan_share": None,
}

# The aligned table writes them the Vietnamese way: the basis as "số nêu" or "cộng gộp", the
# printed rate's source as "công bố", the rate 0,5682 as "56,82%", an unknown value as "–",
# a count summed over groups that may overlap as the upper bound it is ("tối đa 18": the seed
# prints 14 and 4, never 18), and the petitions' scope as the seed words it for a quận
# ("thuộc thẩm quyền cấp quận"), never the identifier "district".
TABLE_CELLS = {
    **{k: "–" if v is None else str(v) for k, v in METRICS.items()},
    **{k: "số nêu" for k, v in METRICS.items() if v == "stated"},
    **{k: "cộng gộp" for k, v in METRICS.items() if v == "summed"},
    **{
        k: f"tối đa {METRICS[k]}"
        for k, v in METRICS.items()
        if v == "summed" and k.endswith("_basis")
        for k in [k.removesuffix("_basis")]
    },
    "petitions_scope": "thẩm quyền cấp quận",
    "resolution_rate": "56,82%",
    "resolution_rate_printed": "56,82%",
    "resolution_rate_basis": "công bố",
}


def test_metrics_json_of_the_bundled_review(capsys: pytest.CaptureFixture[str]) -> None:
    path = data_file_path()
    status, out, err = _run(["metrics", path, "--format", "json"], capsys)
    assert (status, err) == (0, "")
    assert json.loads(out) == [METRICS]


def test_metrics_without_a_file_uses_the_bundled_review(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # As report and summary do: no FILE is the bundled Tây Hồ 2019 review.
    status, out, err = _run(["metrics", "--format", "json"], capsys)
    assert (status, err) == (0, "")
    assert json.loads(out) == [METRICS]
    assert _run(["metrics"], capsys) == _run(["metrics", data_file_path()], capsys)


def test_metrics_help_says_the_bundled_review_is_the_default(
    capsys: pytest.CaptureFixture[str],
) -> None:
    _, out, _ = _run(["metrics", "--help"], capsys)
    assert "[FILE ...]" in out
    assert "bundled Tây Hồ 2019 review when" in " ".join(out.split())


def test_metrics_csv_of_the_bundled_review(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = _run(["metrics", data_file_path(), "--format", "csv"], capsys)
    assert (status, err) == (0, "")
    header, row = out.splitlines()
    assert header == ",".join(METRICS)
    cells = ["" if v is None else "false" if v is False else str(v) for v in METRICS.values()]
    # The printed text holds a comma and is quoted (RFC 4180).
    assert row == ",".join(f'"{c}"' if "," in c else c for c in cells)


def test_metrics_table_of_the_bundled_review(capsys: pytest.CaptureFixture[str]) -> None:
    from tayho_coord.metrics import MetricsTable

    status, out, err = _run(["metrics", data_file_path()], capsys)
    assert (status, err) == (0, "")
    heads = {c.name: c.vi for c in MetricsTable.columns}
    assert list(heads) == list(METRICS)
    # A table of real reviews only has no illustrative mark: the column is said, when it
    # matters, by the notice line above the others (see the mixing test below).
    shown = [name for name in METRICS if name != "illustrative"]
    width = max(len(heads[name]) for name in shown)
    assert out.splitlines() == [
        "Số liệu theo năm: 1 dòng",
        *(f"{heads[name].ljust(width)}  {TABLE_CELLS[name]}" for name in shown),
    ]


def test_metrics_to_a_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "metrics.json"
    assert _run(["metrics", data_file_path(), "--format", "json", "-o", str(target)], capsys) == (
        0,
        "",
        "",
    )
    assert json.loads(target.read_text(encoding="utf-8")) == [METRICS]
    assert [p.name for p in tmp_path.iterdir()] == ["metrics.json"]


def test_metrics_refuses_two_reviews_of_one_unit_and_year(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    first, second = _bundled(tmp_path, "a.json"), _bundled(tmp_path, "b.json")
    # One record in two files: named by its files, never counted twice.
    status, out, err = _run(["metrics", str(first), str(second)], capsys)
    assert (status, out) == (1, "")
    assert err == (
        f"tayho-coord metrics: error: {second}: the record id 'ha-noi/tay-ho/tong-ket-2019' is "
        f"also the id of a record of {first}: a record is counted once\n"
    )
    # Two reviews of one unit's year under two ids: the yearly table refuses the second.
    doc = json.loads(second.read_text(encoding="utf-8"))
    doc["data"]["id"] = "ha-noi/tay-ho/tong-ket-2019-b"
    second.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    status, out, err = _run(["metrics", str(first), str(second)], capsys)
    assert (status, out) == (1, "")
    assert err == (
        "tayho-coord metrics: error: reviews[1]='ha-noi/tay-ho/tong-ket-2019-b': a second review "
        "of ha-noi/tay-ho for 2019 (the first is ha-noi/tay-ho/tong-ket-2019)\n"
    )


def test_metrics_of_a_file_holding_something_else(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "source.json"
    path.write_text(
        '{"schema_version": 1, "type": "Source", "data": {"id": "s", "title": "t"}}',
        encoding="utf-8",
    )
    assert _run(["metrics", str(path)], capsys) == (
        1,
        "",
        f"tayho-coord metrics: warning: {path} holds a source, not a record: skipped\n"
        "tayho-coord metrics: error: no FILE holds a record\n",
    )


def test_metrics_skips_files_that_hold_no_review(capsys: pytest.CaptureFixture[str]) -> None:
    # A folder's files given at once: the history is skipped with a warning, the review
    # counted; the table is the bundled review's alone.
    history = data_file_path("tay_ho_history.json")
    status, out, err = _run(["metrics", history, data_file_path(), "--format", "json"], capsys)
    assert status == 0
    assert json.loads(out) == [METRICS]
    assert err == (
        f"tayho-coord metrics: warning: {history} holds a unit history, not a record: skipped\n"
    )


# The illustrative files cite the source "tayho-coord-illustrative": invented figures that
# datasets/_examples.py says never to mix into an analysis of real units. Given together with
# a review resting on another source, metrics names them in a warning, and the aligned table
# marks their rows under the report's notice "DỮ LIỆU MINH HỌA – KHÔNG PHẢI SỐ LIỆU THẬT".
ILLUSTRATIVE_NOTICE = "DỮ LIỆU MINH HỌA – KHÔNG PHẢI SỐ LIỆU THẬT"
MAU_MOT_2019 = "illustrative_mau-mot_2019.json"
MAU_HAI_2020 = "illustrative_mau-hai_2020.json"


def _mixing_warning(*paths: str) -> str:
    return (
        f"tayho-coord metrics: warning: {', '.join(paths)}: invented figures (the illustrative "
        "source 'tayho-coord-illustrative') in one table with records not resting on it; never "
        "compare them\n"
    )


def test_metrics_warns_when_illustrative_reviews_are_mixed_with_others(
    capsys: pytest.CaptureFixture[str],
) -> None:
    from tayho_coord.datasets import illustrative_reviews, tay_ho_2019
    from tayho_coord.errors import IllustrativeDataWarning
    from tayho_coord.metrics import yearly
    from tayho_coord.report._metrics import metrics_table

    mau_mot, mau_hai = data_file_path(MAU_MOT_2019), data_file_path(MAU_HAI_2020)
    status, out, err = _run(["metrics", mau_mot, data_file_path(), mau_hai], capsys)
    assert (status, err) == (0, _mixing_warning(mau_mot, mau_hai))
    caption, marks, *rest = out.splitlines()
    # Rows by unit and year: quận Tây Hồ 2019, huyện Mẫu Hai 2020, huyện Mẫu Một 2019.
    assert caption == "Số liệu theo năm: 3 dòng"
    assert marks.split("  ")[0] == ILLUSTRATIVE_NOTICE
    assert marks.split()[-3:] == ["không", "có", "có"]
    ids = next(line for line in rest if line.startswith("mã hội nghị tổng kết"))
    for review_id, mark in [
        ("ha-noi/tay-ho/tong-ket-2019", "không"),
        ("minh-hoa/mau-hai/tong-ket-2020", "có"),
        ("minh-hoa/mau-mot/tong-ket-2019", "có"),
    ]:  # each mark stands under its row
        assert marks[ids.index(review_id) :].startswith(mark)
    # The command prints the library's table of the same reviews (which marks them itself,
    # from its illustrative column, not repeated below the notice line).
    assert not any(line.startswith("dữ liệu minh họa ") for line in rest)
    wanted = ("minh-hoa/mau-mot/tong-ket-2019", "minh-hoa/mau-hai/tong-ket-2020")
    reviews = [r for r in illustrative_reviews() if r.id in wanted]
    with pytest.warns(IllustrativeDataWarning):
        table = metrics_table(yearly([tay_ho_2019(), *reviews])).splitlines()
    assert [caption, marks, *rest] == table


def test_metrics_warns_of_the_mix_in_every_format(capsys: pytest.CaptureFixture[str]) -> None:
    mau_mot = data_file_path(MAU_MOT_2019)
    for fmt in ("csv", "json"):
        status, out, err = _run(["metrics", data_file_path(), mau_mot, "--format", fmt], capsys)
        assert (status, err) == (0, _mixing_warning(mau_mot))
        assert ILLUSTRATIVE_NOTICE not in out  # the columns stay the documented ones


def test_metrics_of_illustrative_reviews_alone(capsys: pytest.CaptureFixture[str]) -> None:
    # Nothing is mixed: no warning; the rows are still marked as invented.
    files = [data_file_path(MAU_MOT_2019), data_file_path(MAU_HAI_2020)]
    status, out, err = _run(["metrics", *files], capsys)
    assert (status, err) == (0, "")
    marks = out.splitlines()[1]
    assert marks.split("  ")[0] == ILLUSTRATIVE_NOTICE
    assert marks.split()[-2:] == ["có", "có"]


def test_metrics_prints_the_tables_warnings_as_its_own(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # A warning of the table (the module docstring: "tayho-coord <command>: warning: …" lines
    # on stderr, the exit status unchanged), never Python's own warning format.
    import tayho_coord.metrics
    from tayho_coord.errors import FigureWarning

    real = tayho_coord.metrics.yearly

    def warning_yearly(reviews: Any) -> Any:
        warnings.warn("a finding of the table", FigureWarning, stacklevel=2)
        return real(reviews)

    monkeypatch.setattr(tayho_coord.metrics, "yearly", warning_yearly)
    status, out, err = _run(["metrics", data_file_path(), "--format", "json"], capsys)
    assert (status, err) == (0, "tayho-coord metrics: warning: a finding of the table\n")
    assert json.loads(out) == [METRICS]


def test_metrics_help_says_which_files_are_skipped(capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = _run(["metrics", "--help"], capsys)
    assert (
        "A FILE holding something other than a record (a UnitHistory, a Source) is skipped "
        "with a warning on stderr" in " ".join(out.split())
    )


def data_file_path(name: str = "tay_ho_2019.json") -> str:
    from importlib import resources

    return str(resources.files("tayho_coord.datasets") / "data" / name)


# --- fuzz: bad input never gives a traceback ------------------------------------------------

ANY_ARG = st.text(
    alphabet=st.one_of(
        st.sampled_from(list("0123456789.,%/- eE+_:TđĐ")),
        st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"),
    ),
    max_size=25,
)


def _quiet(argv: list[str]) -> tuple[int, str, str]:
    out, err = StringIO(), StringIO()
    with redirect_stdout(out), redirect_stderr(err):
        try:
            status = main(argv)
        except SystemExit as exc:
            status = int(exc.code or 0)
    return status, out.getvalue(), err.getvalue()


@settings(max_examples=150, deadline=None)
@given(
    st.sampled_from(["number", "percent", "count", "date", "words"]),
    ANY_ARG,
)
def test_fmt_never_fails_with_a_traceback(kind: str, value: str) -> None:
    status, out, err = _quiet(["fmt", kind, "--", value])
    assert status in (0, 2)
    if status == 0:
        assert out.count("\n") == 1
        assert err == ""
    else:
        assert out == ""
        assert err.count("\n") == 1
        assert err.startswith(f"tayho-coord fmt {kind}: error: ")
        assert err.endswith(f" (see 'tayho-coord fmt {kind} --help')\n")


@settings(max_examples=150, deadline=None)
@given(ANY_ARG, ANY_ARG)
def test_audit_never_fails_with_a_traceback(rate: str, counts: str) -> None:
    status, out, err = _quiet(["audit", "--counts", counts, "--", rate])
    assert status in (0, 1, 2)
    if status == 2:
        assert (out, err.count("\n")) == ("", 1)
    else:
        assert out.startswith(("rounded: ", "truncated: ", "inconsistent: "))
        assert err == ""
