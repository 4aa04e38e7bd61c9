"""The parts every document gets from the caller's options (``report._options.compose``).

Expected strings are written out from Nghị định 30/2020/NĐ-CP ("ND30"):

- Phụ lục III, "Bảng chữ viết tắt tên loại văn bản": Báo cáo BC, Thông báo TB, Kế hoạch KH,
  Chương trình CTr, Quy chế QC, Giấy mời GM; Phụ lục I, mục II, khoản 5: the kind in
  capitals under the header.
- khoản 3: ``Số:`` then the number (a leading 0 below 10), a slash, the type code and the
  issuer's symbol; khoản 4: ``Địa danh, ngày … tháng … năm …``.
- khoản 2 and 7: an issuer the record does not name is left to fill by hand, so is the
  signer's capacity; khoản 9: ``Lưu: VT.`` closes "Nơi nhận".
- mục III, khoản 1: the appendix's reference "(Kèm theo … số …/… ngày … tháng … năm …)".
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from attrs import evolve

from tayho_coord.errors import ValidationError
from tayho_coord.report._document import Document, Issuer, Paragraph, Section, Signature
from tayho_coord.report._options import DocumentOptions, compose


def _doc(options: DocumentOptions, type_code: str = "TB", **extra: Any) -> Document:
    return compose(
        options,
        type_code=type_code,
        issuers=(),
        seat="Tây Hồ",
        year=2020,
        subject="Kết luận hội nghị",
        title="Kết luận hội nghị - quận Tây Hồ",
        intro=[Paragraph("Mở đầu.")],
        sections=[Section("KẾT QUẢ", (Paragraph("Một."),)), Section("KÝ KẾT", ())],
        **extra,
    )


@pytest.mark.parametrize(
    ("code", "kind"),
    [
        ("BC", "BÁO CÁO"),
        ("TB", "THÔNG BÁO"),
        ("KH", "KẾ HOẠCH"),
        ("CTr", "CHƯƠNG TRÌNH"),
        ("QC", "QUY CHẾ"),
        ("GM", "GIẤY MỜI"),
    ],
)
def test_the_kind_under_the_header_is_the_type_codes_name_in_capitals(code: str, kind: str) -> None:
    doc = _doc(DocumentOptions(), code)
    assert doc.kind == kind
    assert doc.number == f"Số: …/{code}-…"


def test_the_defaults_leave_every_part_to_fill_by_hand() -> None:
    doc = _doc(DocumentOptions())
    assert doc.date_line == "Tây Hồ, ngày … tháng … năm 2020"
    assert doc.issuer == Issuer((), ("…",))
    assert doc.signatures == (Signature(("…",), None),)
    assert doc.recipients == ("…;", "Lưu: VT.")
    # numbered in order; nothing cited, nothing noted: no appendix
    assert [s.heading for s in doc.sections] == ["I. KẾT QUẢ", "II. KÝ KẾT"]
    assert doc.appendix is None


def test_each_option_sets_its_part() -> None:
    options = DocumentOptions(
        place="Hà Nội",
        issued=dt.date(2021, 1, 5),
        number=7,
        signers=["Nguyễn Văn An"],
        recipients=["Thường trực Quận ủy"],
    )
    doc = _doc(options)
    assert doc.number == "Số: 07/TB-…"
    assert doc.date_line == "Hà Nội, ngày 05 tháng 01 năm 2021"
    assert doc.signatures == (Signature(("…",), "Nguyễn Văn An"),)
    assert doc.recipients == ("Thường trực Quận ủy;", "Lưu: VT.")


def test_a_number_the_record_holds_is_printed_as_it_is() -> None:
    doc = _doc(DocumentOptions(number=3), "KH", own_number="Số: 10/KH-HĐND")
    assert doc.number == "Số: 10/KH-HĐND"


def test_an_announced_appendix_is_added_unless_left_out() -> None:
    doc = _doc(DocumentOptions(), "BC", announced=True)
    reference = "(Kèm theo Báo cáo số …/BC-… ngày … tháng … năm 2020)"
    assert doc.appendix is not None
    assert doc.appendix.reference == reference
    assert doc.appendix.sources == ()
    left_out = _doc(evolve(DocumentOptions(), appendix=False), "BC", announced=True)
    assert left_out.appendix is None


def test_notes_alone_make_an_appendix_numbered_in_order() -> None:
    notes = [Section("CƠ SỞ CÁC SỐ LIỆU", (Paragraph("Theo nguồn."),))]
    doc = _doc(DocumentOptions(), notes=notes)
    assert doc.appendix is not None
    assert [s.heading for s in doc.appendix.sections] == ["I. CƠ SỞ CÁC SỐ LIỆU"]


def test_an_unnamed_issuer_takes_one_signer_at_the_most() -> None:
    with pytest.raises(ValidationError, match="give one signer: the record names no issuer"):
        _doc(DocumentOptions(signers=["Nguyễn Văn An", "Trần Thị Bình"]))
