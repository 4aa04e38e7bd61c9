"""Ledgers written by the tests themselves, in each format offices keep them in (issue 15).

The shape is that of a ward's "Bảng tổng hợp ý kiến, kiến nghị cử tri": a title above the
table, a header row in Vietnamese, a row of column numbers "(1)", "(2)"… under it, then one
row a petition, with the values as clerks type them (case, spacing and tone placement vary).
Nothing is downloaded: every file is written here, from plain Python values.
"""

from __future__ import annotations

import datetime as dt
import zipfile
from typing import TYPE_CHECKING, Any
from xml.sax.saxutils import escape

if TYPE_CHECKING:
    from pathlib import Path

TITLE = ["UBND PHƯỜNG TÂY HỒ", "BẢNG TỔNG HỢP Ý KIẾN, KIẾN NGHỊ CỬ TRI NĂM 2024"]
HEADER = [
    "STT",
    "Nội dung kiến nghị",
    "Lĩnh vực",
    "Thẩm quyền giải quyết",
    "Cơ quan giải quyết",
    "Kết quả giải quyết",
    "Ngày tiếp nhận",
    "Ghi chú",
]
NUMBERING = [f"({i})" for i in range(1, len(HEADER) + 1)]
# (STT, content, sector, competence, agency, outcome as typed, received, note)
PETITIONS: list[list[Any]] = [
    [
        1,
        "Sửa chữa mặt đường ngõ 12",
        "Giao thông",
        "Thuộc thẩm quyền cấp phường",
        "UBND phường",
        "Đã giải quyết",
        dt.date(2024, 3, 15),
        None,
    ],
    [
        2,
        "Lắp đèn chiếu sáng",
        "Đô thị",
        "cấp Phường",
        "UBND phường",
        "  đã  giải quyết ",
        dt.date(2024, 3, 15),
        "cử tri tổ 5",
    ],
    [
        3,
        "Cấp giấy chứng nhận quyền sử dụng đất",
        "Đất đai",
        "Thuộc thẩm quyền của Uỷ ban nhân dân cấp tỉnh",
        "Sở Nông nghiệp và Môi trường",
        "Đang giải quyết",
        dt.date(2024, 4, 2),
        None,
    ],
    [
        4,
        "Ô nhiễm tiếng ồn",
        "Môi trường",
        "THUỘC THẨM QUYỀN CẤP TỈNH",
        "Sở Xây dựng",
        "Đã giải trình, thông tin",
        dt.date(2024, 4, 2),
        None,
    ],
    [
        5,
        "Chế độ người có công",
        "An sinh xã hội",
        "Thuộc thẩm quyền của Trung ương",
        "Bộ Nội vụ",
        None,
        dt.date(2024, 6, 20),
        "chưa có văn bản",
    ],
    [
        6,
        "Trật tự vỉa hè",
        "Đô thị",
        "Thuộc thẩm quyền cấp quận",
        "UBND quận",
        "ĐÃ GIẢI QUYẾT",
        dt.date(2024, 6, 20),
        None,
    ],
]
# What the rows above mean (PetitionOutcome and Competence values, by the wordings' plain
# sense: "đã giải quyết" is resolved, "đang giải quyết" in progress, "đã giải trình, thông
# tin" explained, an empty cell not answered yet; "cấp phường" the commune level, "Ủy ban
# nhân dân cấp tỉnh" the province's, "cấp quận" the district's).
EXPECTED = [
    ("1", "commune", "resolved", dt.date(2024, 3, 15)),
    ("2", "commune", "resolved", dt.date(2024, 3, 15)),
    ("3", "province", "in_progress", dt.date(2024, 4, 2)),
    ("4", "province", "explained", dt.date(2024, 4, 2)),
    ("5", "central", None, dt.date(2024, 6, 20)),
    ("6", "district", "resolved", dt.date(2024, 6, 20)),
]
# The spreadsheet row of each petition: 2 title rows, a blank, the header, the numbering.
FIRST_ROW = 6


def sheet_rows(petitions: list[list[Any]] | None = None) -> list[list[Any]]:
    """The rows of a ledger sheet, title and numbering included."""
    return [
        [TITLE[0]],
        [TITLE[1]],
        [],
        HEADER,
        NUMBERING,
        *(PETITIONS if petitions is None else petitions),
    ]


def write_xlsx(path: Path, sheets: dict[str, list[list[Any]]]) -> Path:
    import xlsxwriter

    book = xlsxwriter.Workbook(str(path))
    date_format = book.add_format({"num_format": "dd/mm/yyyy"})
    for name, rows in sheets.items():
        sheet = book.add_worksheet(name)
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                if isinstance(value, dt.date):
                    sheet.write_datetime(r, c, dt.datetime.combine(value, dt.time()), date_format)
                elif value is not None:
                    sheet.write(r, c, value)
    book.close()
    return path


_ODS_NS = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"'
)


def _ods_cell(value: Any) -> str:
    if value is None:
        return "<table:table-cell/>"
    if isinstance(value, dt.date):
        return (
            f'<table:table-cell office:value-type="date" office:date-value="{value.isoformat()}">'
            f"<text:p>{value:%d/%m/%Y}</text:p></table:table-cell>"
        )
    if isinstance(value, (int, float)):
        return (
            f'<table:table-cell office:value-type="float" office:value="{value}">'
            f"<text:p>{value}</text:p></table:table-cell>"
        )
    return (
        f'<table:table-cell office:value-type="string"><text:p>{escape(value)}</text:p>'
        "</table:table-cell>"
    )


def write_ods(path: Path, sheets: dict[str, list[list[Any]]]) -> Path:
    """An OpenDocument spreadsheet, as LibreOffice Calc saves one (the parts a reader needs)."""
    tables = "".join(
        f'<table:table table:name="{escape(name)}">'
        + "".join(
            "<table:table-row>" + "".join(map(_ods_cell, row or [None])) + "</table:table-row>"
            for row in rows
        )
        + "</table:table>"
        for name, rows in sheets.items()
    )
    content = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        f'<office:document-content {_ODS_NS} office:version="1.2"><office:body>'
        f"<office:spreadsheet>{tables}</office:spreadsheet></office:body>"
        "</office:document-content>"
    )
    manifest = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"'
        ' manifest:version="1.2">'
        '<manifest:file-entry manifest:full-path="/" manifest:media-type='
        '"application/vnd.oasis.opendocument.spreadsheet"/>'
        '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
        "</manifest:manifest>"
    )
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr(
            "mimetype", "application/vnd.oasis.opendocument.spreadsheet", zipfile.ZIP_STORED
        )
        archive.writestr("META-INF/manifest.xml", manifest, zipfile.ZIP_DEFLATED)
        archive.writestr("content.xml", content, zipfile.ZIP_DEFLATED)
    return path


def write_csv(path: Path, rows: list[list[Any]], delimiter: str = ";") -> Path:
    """A CSV as Excel saves one for a Vietnamese locale: UTF-8 with a BOM, semicolons."""

    def text(value: Any) -> str:
        if value is None:
            return ""
        if isinstance(value, dt.date):
            return f"{value:%d/%m/%Y}"
        return str(value)

    import csv
    import io

    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n")
    writer.writerows([[text(v) for v in row] for row in rows])
    path.write_bytes(b"\xef\xbb\xbf" + buffer.getvalue().encode("utf-8"))
    return path
