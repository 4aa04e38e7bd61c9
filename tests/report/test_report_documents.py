"""The other documents of the cycle: the Chương trình phối hợp and the Giấy mời.

Expected texts are written from the seed article (the 2020 program signed on 11/02/2020,
its five content areas and three key tasks; the conference "Chiều ngày 11/02/2020") and from
Nghị định 30/2020/NĐ-CP (ND30): Phụ lục III's type codes (CTr Chương trình, GM Giấy mời);
Phụ lục I, Phần I, mục II, khoản 4 (the date line: the program's date is the day it was
signed, which the data holds; an invitation's is not known); Phụ lục II (weekdays written
"thứ Ba"; a list entry starts with a capital). Issue 12 gives the invitation's time line:
"Vào lúc 14 giờ 00, thứ Ba, ngày 11/02/2020".
"""

from __future__ import annotations

import datetime as dt

import attrs
import pytest

from tayho_coord.datasets import tay_ho_2019
from tayho_coord.errors import ValidationError
from tayho_coord.report import render

# ND30, Phụ lục I, Phần I, mục II, khoản 2: the issuers in full, the council's and the
# Front's documents their standing bodies' (signed TM. THƯỜNG TRỰC HĐND, TM. BAN THƯỜNG TRỰC).
HEADING = [
    "THƯỜNG TRỰC",
    "HỘI ĐỒNG NHÂN DÂN",
    "ỦY BAN NHÂN DÂN",
    "BAN THƯỜNG TRỰC",
    "ỦY BAN MẶT TRẬN",
    "TỔ QUỐC VIỆT NAM",
    "QUẬN TÂY HỒ",
    "",
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    "Độc lập - Tự do - Hạnh phúc",
    "",
]


def test_the_program_signed_at_the_conference() -> None:
    lines = render(tay_ho_2019(), "text", document="program").splitlines()
    assert lines[:11] == HEADING
    assert lines[11:26] == [
        "Số: …/CTr-HĐND-UBND-MTTQ",
        # signed on 11/02/2020: the program's own date, from the data
        "Tây Hồ, ngày 11 tháng 02 năm 2020",
        "",
        "CHƯƠNG TRÌNH",
        (
            "Phối hợp công tác năm 2020 giữa Hội đồng nhân dân, Ủy ban nhân dân và Ủy ban Mặt "
            "trận Tổ quốc Việt Nam quận Tây Hồ"
        ),
        "",
        (
            "Hội đồng nhân dân (HĐND), Ủy ban nhân dân (UBND) và Ủy ban Mặt trận Tổ quốc "
            "(MTTQ) Việt Nam quận Tây Hồ thống nhất Chương trình phối hợp công tác năm 2020 "
            "như sau:"
        ),
        "",
        "I. NỘI DUNG PHỐI HỢP",
        "",
        "Các cơ quan phối hợp trong các lĩnh vực:",
        "",
        "- Tuyên truyền;",
        "- Tổ chức các cuộc vận động;",
        "- Giám sát;",
    ]
    assert "3. Tổ chức thành công Đại hội Đảng các cấp nhiệm kỳ 2020-2025." in lines
    # The roster of the review names the three chairs on the day the program was signed.
    at = lines.index("TM. ỦY BAN NHÂN DÂN")
    assert lines[at : at + 3] == ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Đỗ Anh Tuấn"]
    # ND30's sample: "(Kèm theo … số …/… ngày … tháng … năm … của …)", no comma before "ngày"
    assert (
        "(Kèm theo Chương trình số …/CTr-HĐND-UBND-MTTQ ngày 11 tháng 02 năm 2020 của Thường "
        "trực Hội đồng nhân dân, Ủy ban nhân dân và Ban Thường trực Ủy ban Mặt trận Tổ quốc "
        "Việt Nam quận Tây Hồ)"
    ) in lines


def test_a_program_given_alone() -> None:
    program = tay_ho_2019().signed
    assert program is not None
    text = render(program, "text")
    assert text == render(program, "text", document="program")
    lines = text.splitlines()
    # No roster with the program alone: the names are left to fill by hand.
    at = lines.index("TM. ỦY BAN NHÂN DÂN")
    assert lines[at : at + 3] == ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "…"]
    # Without a known signing day the date line is left to fill by hand, the year too.
    unsigned = attrs.evolve(program, signed_on=None)
    assert render(unsigned, "text").splitlines()[12] == "Tây Hồ, ngày … tháng … năm …"
    with pytest.raises(ValidationError):
        render(program, "text", document="report")


def test_a_review_without_a_signed_program_has_no_program_to_render() -> None:
    review = attrs.evolve(tay_ho_2019(), signed=None)
    with pytest.raises(ValidationError) as info:
        render(review, "text", document="program")
    assert info.value.field == "document"


def test_the_invitation_to_the_conference() -> None:
    text = render(
        tay_ho_2019(),
        "text",
        document="invitation",
        at=dt.time(14, 0),
        venue="Hội trường Ủy ban nhân dân quận",
    )
    lines = text.splitlines()
    assert lines[:11] == HEADING
    assert lines[11:15] == [
        "Số: …/GM-HĐND-UBND-MTTQ",
        # sent before the conference, perhaps the year before: not even the year is assumed
        "Tây Hồ, ngày … tháng … năm …",
        "",
        "GIẤY MỜI",
    ]
    assert "Thời gian: Vào lúc 14 giờ 00, thứ Ba, ngày 11/02/2020." in lines
    assert "Địa điểm: Hội trường UBND quận." in lines
    assert "Rất mong đồng chí đến dự đúng thời gian." in lines
    assert lines[-3:] == ["Nơi nhận:", "- …;", "- Lưu: VT."]


def test_the_invitation_without_the_hour_keeps_the_part_of_day() -> None:
    lines = render(tay_ho_2019(), "text", document="invitation").splitlines()
    assert "Thời gian: Vào lúc … giờ …, chiều thứ Ba, ngày 11/02/2020." in lines
    assert "Địa điểm: …" in lines


@pytest.mark.parametrize(
    ("options", "field"),
    [
        ({"document": "letter"}, "document"),
        ({"at": "14:00"}, "at"),
        ({"venue": " "}, "venue"),
    ],
)
def test_bad_document_options(options: dict[str, object], field: str) -> None:
    with pytest.raises(ValidationError) as info:
        render(tay_ho_2019(), "text", **options)  # type: ignore[call-overload]
    assert info.value.field == field


def test_the_program_as_word() -> None:
    pytest.importorskip("docx", reason="the docx extra (python-docx) writes Word files")
    import io

    import docx

    data = render(tay_ho_2019(), "docx", document="program")
    texts = [p.text for p in docx.Document(io.BytesIO(data)).paragraphs]
    assert "CHƯƠNG TRÌNH" in texts
    assert "- Lưu: VT." in texts
