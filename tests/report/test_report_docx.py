"""The report as a Word file: its structure read back with python-docx.

Every measure checked is Nghị định 30/2020/NĐ-CP (ND30), Phụ lục I, Phần I: mục I (the
page: A4; margins top and bottom 20-25 mm, left 30-35 mm, right 15-20 mm; Times New Roman;
page numbers from the second page, centred in the top margin) and mục II (each part: khoản 1
the national name 12-13 pt bold capitals and the motto 13-14 pt bold with its rule; khoản 2
the issuer in capitals, bold; khoản 3 "Số:"; khoản 4 the date line, italic; khoản 5 the
kind and subject, bold; khoản 6 the body 13-14 pt, its first line indented 1-1,27 cm;
khoản 7 the signatures; khoản 9 "Nơi nhận:" 12 pt bold italic, entries 11 pt); Phụ lục II:
a list entry starts with a capital.
"""

from __future__ import annotations

import datetime as dt
import io
from typing import Any

import pytest

from tayho_coord.datasets import tay_ho_2019
from tayho_coord.report import render

docx = pytest.importorskip("docx", reason="the docx extra (python-docx) writes Word files")
from docx.shared import Mm, Pt  # noqa: E402

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _open(**options: Any) -> Any:
    data = render(tay_ho_2019(), "docx", **options)
    assert isinstance(data, bytes)
    return docx.Document(io.BytesIO(data))


@pytest.fixture(scope="module")
def document() -> Any:
    return _open()


def _texts(doc: Any) -> list[str]:
    return [p.text for p in doc.paragraphs]


def _cell_texts(table: Any) -> list[list[str]]:
    return [[p.text for p in cell.paragraphs] for cell in table.rows[0].cells]


def test_page_is_a4_with_margins_in_nd30_ranges(document: Any) -> None:
    (section,) = document.sections
    # Word stores twentieths of a point: 11906 × 16838 twips is A4 to the nearest twip.
    assert abs(section.page_width - Mm(210)) < Mm(0.1)
    assert abs(section.page_height - Mm(297)) < Mm(0.1)
    twip = 635  # EMU: Word rounds every length to a twentieth of a point
    assert Mm(20) - twip <= section.top_margin <= Mm(25) + twip
    assert Mm(20) - twip <= section.bottom_margin <= Mm(25) + twip
    assert Mm(30) - twip <= section.left_margin <= Mm(35) + twip
    assert Mm(15) - twip <= section.right_margin <= Mm(20) + twip


def test_times_new_roman_throughout(document: Any) -> None:
    assert document.styles["Normal"].font.name == "Times New Roman"
    fonts = set()
    for paragraph in document.paragraphs:
        fonts.update(run.font.name for run in paragraph.runs)
    for table in document.tables:
        for cell in table.rows[0].cells:
            for paragraph in cell.paragraphs:
                fonts.update(run.font.name for run in paragraph.runs)
    # A run names no font of its own: all inherit the styles' Times New Roman.
    assert fonts <= {None, "Times New Roman"}
    rfonts = document.styles["Normal"].element.rPr.rFonts
    assert {rfonts.get(f"{W}{a}") for a in ("ascii", "hAnsi", "cs", "eastAsia")} == {
        "Times New Roman"
    }


def test_heading_parts_in_their_cells(document: Any) -> None:
    heading = document.tables[0]
    issuer, nation = heading.rows[0].cells
    assert _cell_texts(heading)[0] == [
        "THƯỜNG TRỰC",
        "HỘI ĐỒNG NHÂN DÂN",
        "ỦY BAN NHÂN DÂN",
        "BAN THƯỜNG TRỰC",
        "ỦY BAN MẶT TRẬN",
        "TỔ QUỐC VIỆT NAM",
        "QUẬN TÂY HỒ",
        "",  # the short rule under the issuer
        "Số: …/BC-HĐND-UBND-MTTQ",
    ]
    assert _cell_texts(heading)[1] == [
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "",  # the rule under the motto
        "Tây Hồ, ngày … tháng … năm 2020",
    ]
    national, motto, rule, date_line = nation.paragraphs
    (run,) = national.runs
    assert run.bold
    assert Pt(12) <= run.font.size <= Pt(13)
    assert run.text == run.text.upper()
    (run,) = motto.runs
    assert run.bold
    assert Pt(13) <= run.font.size <= Pt(14)
    assert rule._p.pPr.find(f"{W}pBdr") is not None
    assert date_line.runs[0].italic
    for paragraph in issuer.paragraphs[:7]:
        (run,) = paragraph.runs
        assert run.bold
        assert Pt(12) <= run.font.size <= Pt(13)
    assert issuer.paragraphs[7]._p.pPr.find(f"{W}pBdr") is not None


def test_title_body_and_first_line_indent(document: Any) -> None:
    texts = _texts(document)
    at = texts.index("BÁO CÁO")
    kind, subject = document.paragraphs[at], document.paragraphs[at + 1]
    assert kind.runs[0].bold
    assert subject.runs[0].bold
    assert subject.text.startswith("Kết quả thực hiện Chương trình phối hợp công tác năm 2019")
    # the rule under the subject
    assert document.paragraphs[at + 2]._p.pPr.find(f"{W}pBdr") is not None
    body = [p for p in document.paragraphs if p.text.startswith("Phối hợp tổ chức 03 phiên")]
    (paragraph,) = body
    assert Mm(10) <= paragraph.paragraph_format.first_line_indent <= Mm(12.7)
    assert paragraph.runs[0].font.size == Pt(14)


def test_body_size_13_on_request() -> None:
    doc = _open(font_size=13)
    (paragraph,) = [p for p in doc.paragraphs if p.text.startswith("Phối hợp tổ chức 03 phiên")]
    assert paragraph.runs[0].font.size == Pt(13)
    assert doc.styles["Normal"].font.size == Pt(13)


def test_list_entries_start_with_a_capital(document: Any) -> None:
    entries = [p.text for p in document.paragraphs if p.text.startswith("- ")]
    assert len(entries) > 10
    for entry in entries:
        first = entry[2]
        assert first == "…" or first.isupper(), entry


def test_page_numbers_from_the_second_page(document: Any) -> None:
    (section,) = document.sections
    assert section.different_first_page_header_footer
    assert all(not p.text for p in section.first_page_header.paragraphs)
    fields = section.header._element.findall(f".//{W}fldSimple")
    assert [f.get(f"{W}instr") for f in fields] == ["PAGE"]
    assert section.header.paragraphs[0].alignment == 1  # centred


def test_signatures_three_columns_and_recipients(document: Any) -> None:
    signatures = document.tables[1]
    columns = _cell_texts(signatures)
    assert [c[:2] for c in columns] == [
        ["TM. THƯỜNG TRỰC HỘI ĐỒNG NHÂN DÂN", "CHỦ TỊCH"],
        ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"],
        ["TM. BAN THƯỜNG TRỰC", "CHỦ TỊCH"],
    ]
    # The names in a row of their own, under the room for the signature and the seal.
    names = [cell.paragraphs[-1].text for cell in signatures.rows[1].cells]
    assert names == ["…", "…", "…"]
    assert all(not p.text for p in signatures.rows[1].cells[0].paragraphs[:-1])
    texts = _texts(document)
    at = texts.index("Nơi nhận:")
    label = document.paragraphs[at].runs[0]
    assert label.bold
    assert label.italic
    assert label.font.size == Pt(12)
    assert texts[at + 1 : at + 3] == ["- …;", "- Lưu: VT."]
    assert document.paragraphs[at + 2].runs[0].font.size == Pt(11)


def test_signers_from_the_roster_on_the_issue_date() -> None:
    doc = _open(issued=dt.date(2020, 2, 11), number=3)
    names = [cell.paragraphs[-1].text for cell in doc.tables[1].rows[1].cells]
    assert names == ["Nguyễn Văn Thắng", "Đỗ Anh Tuấn", "Trần Quang Đạo"]
    assert _cell_texts(doc.tables[0])[0][-1] == "Số: 03/BC-HĐND-UBND-MTTQ"
    assert _cell_texts(doc.tables[0])[1][-1] == "Tây Hồ, ngày 11 tháng 02 năm 2020"


def test_appendix_on_its_own_page_and_off_on_request(document: Any) -> None:
    texts = _texts(document)
    at = texts.index("PHỤ LỤC")
    breaks = document.paragraphs[at - 1]._p.findall(f".//{W}br")
    assert [b.get(f"{W}type") for b in breaks] == ["page"]
    assert texts[at + 1] == "NGUỒN VÀ CƠ SỞ SỐ LIỆU"
    assert "- Tỷ lệ giải quyết theo số liệu công bố: 56,82%;" in texts
    without = _texts(_open(appendix=False))
    assert "PHỤ LỤC" not in without
    assert not any("theo số liệu công bố" in t for t in without)


def test_core_properties(document: Any) -> None:
    assert document.core_properties.title.startswith("Báo cáo kết quả thực hiện")
    assert document.core_properties.language == "vi-VN"
