import json
import subprocess
import sys
from pathlib import Path

import pytest

from tayho_coord.cli import main
from tayho_coord.datasets import data_file

# The summary of the bundled review, written out from the seed article and the rules:
# Nghị định 30/2020/NĐ-CP for the date ("thứ Ba, ngày 11 tháng 02 năm 2020": 11/02/2020 was a
# Tuesday; months 1 and 2 padded) and the zero-padded counts of administrative reports
# ("03 phiên giải trình", "14 nội dung").
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
            "Giải trình: 03 phiên giải trình: công tác đầu tư xây dựng; công tác đấu giá "
            "quyền sử dụng đất; việc giải quyết kiến nghị của cử tri"
        ),
        (
            "Giám sát, khảo sát, kiểm tra chuyên đề: 14 nội dung giám sát, khảo sát, kiểm "
            "tra, Ủy ban MTTQ Việt Nam quận và HĐND quận phối hợp"
        ),
        (
            "Giám sát, khảo sát, kiểm tra chuyên đề: 04 nội dung (nêu tên 02) giám sát, Ủy "
            "ban MTTQ Việt Nam quận chủ trì, phối hợp với Ban Pháp chế HĐND quận"
        ),
        "Tiếp xúc cử tri: thường kỳ và chuyên đề (không nêu số hội nghị)",
        (
            "Khảo sát mức độ hài lòng của người dân khi đến giao dịch tại bộ phận một cửa: bộ "
            "phận một cửa của UBND quận, bộ phận một cửa của UBND các phường, Công an quận và "
            "Văn phòng đăng ký nhà đất quận"
        ),
        (
            "Tỷ lệ giải quyết kiến nghị cử tri thuộc thẩm quyền cấp quận: 56,82% (số liệu in "
            "trong nguồn)"
        ),
        (
            "Hạn chế: Công tác chuẩn bị các báo cáo, tài liệu của UBND quận phục vụ kỳ họp "
            "HĐND quận cần sớm hơn và chất lượng cao hơn."
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
    doc["data"]["reviewed"]["year"] = 1800
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    assert main(["summary", str(path)]) == 1
    out, err = capsys.readouterr()
    assert out == ""
    assert err == (
        f"tayho-coord: error: 2 problems in {path}:\n"
        "  $.data.held_on: '2020-02-31': expected an ISO date YYYY-MM-DD\n"
        "  $.data.reviewed.year: 1800: must be a year from 1945 to 2200\n"
    )


def test_summary_of_a_missing_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    missing = tmp_path / "none.json"
    assert main(["summary", str(missing)]) == 1
    assert capsys.readouterr().err == (
        f"tayho-coord: error: {missing}: No such file or directory\n"
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
        f"tayho-coord: error: {path} holds a Source, not a ProgramReview\n"
    )


def test_no_command_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main([])
    assert info.value.code == 2
    assert "usage: tayho-coord" in capsys.readouterr().err


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
