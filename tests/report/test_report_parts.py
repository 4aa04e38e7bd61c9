"""The parts every document shares, on issuers the bundled report does not have.

Rules: Nghị định 30/2020/NĐ-CP (ND30), Phụ lục I, Phần I, mục II — khoản 2 (the superior
body's line may be abbreviated, the issuing body's own name is written in full), khoản 3
(the symbol: type code and issuer joined by a hyphen, a leading zero below 10), khoản 7
(TM. before the collective), khoản 9 (Nơi nhận); Phụ lục II (capitals). The Party's own
documents: Hướng dẫn 36-HD/VPTW — "Số 35-BC/QU" (no colon, the number joined to the type by
a hyphen, the issuer after the slash), "ĐẢNG CỘNG SẢN VIỆT NAM" in place of the national
name, a star under the issuer.
"""

from __future__ import annotations

import datetime as dt
import io

import pytest

from tayho_coord.datasets import tay_ho_2019
from tayho_coord.errors import ValidationError
from tayho_coord.model import Agency, AgencyKind
from tayho_coord.report import Signer
from tayho_coord.report._document import (
    Appendix,
    Document,
    Issuer,
    Paragraph,
    Signature,
    render_html,
    render_markdown,
    render_text,
)
from tayho_coord.report._parts import (
    PARTY_NATION,
    issuer_block,
    number_line,
    recipients,
    signatures,
    symbol_of,
)

TAY_HO = tay_ho_2019().unit


def _party() -> Agency:
    return Agency("ha-noi/tay-ho/quan-uy", AgencyKind.PARTY_COMMITTEE, TAY_HO)


def test_a_sub_body_goes_under_its_body_abbreviated() -> None:
    # Thường trực HĐND issues under "HĐND QUẬN TÂY HỒ" (the superior line, abbreviated),
    # its own name in full.
    standing = tay_ho_2019().reporter
    assert standing is not None
    issuer = issuer_block([standing])
    assert issuer == Issuer(("HĐND QUẬN TÂY HỒ",), ("THƯỜNG TRỰC",))
    assert symbol_of([standing]) == "HĐND"
    # The standing committee signs for the council; the roster names its chair that day.
    [block] = signatures([standing], None, tay_ho_2019().roster, dt.date(2020, 2, 11))
    assert block == Signature(("TM. THƯỜNG TRỰC HỘI ĐỒNG NHÂN DÂN", "CHỦ TỊCH"), "Nguyễn Văn Thắng")


def test_a_council_committee_is_signed_by_its_head() -> None:
    council = tay_ho_2019().reviewed.parties[0]
    legal = Agency("th/hdnd/bpc", AgencyKind.COUNCIL_LEGAL_COMMITTEE, TAY_HO, council)
    [block] = signatures([legal], ["KT:Lê Văn An"], None, None)
    assert block == Signature(("TM. BAN PHÁP CHẾ", "KT. TRƯỞNG BAN", "PHÓ TRƯỞNG BAN"), "Lê Văn An")
    # No tenure of the post in the roster: an unknown post is not looked up.
    [unknown] = signatures([legal], None, tay_ho_2019().roster, dt.date(2020, 2, 11))
    assert unknown.name is None


def test_the_party_committees_own_conventions() -> None:
    party = _party()
    assert symbol_of([party]) == "QU"
    assert number_line("BC", symbol_of([party]), 35, party=True) == "Số 35-BC/QU"
    # "T/M BAN THƯỜNG VỤ", "K/T BÍ THƯ"; the secretary on the day from the roster.
    [block] = signatures([party], None, tay_ho_2019().roster, dt.date(2020, 2, 11))
    assert block == Signature(("T/M BAN THƯỜNG VỤ", "BÍ THƯ"), "Nguyễn Văn Thắng")
    [deputy] = signatures([party], ["KT:Đỗ Anh Tuấn"], None, None)
    assert deputy.capacity == ("T/M BAN THƯỜNG VỤ", "K/T BÍ THƯ", "PHÓ BÍ THƯ")


def _party_document() -> Document:
    return Document(
        issuer=Issuer(("ĐẢNG BỘ THÀNH PHỐ HÀ NỘI",), ("QUẬN ỦY TÂY HỒ",), mark="*"),
        nation=PARTY_NATION,
        number="Số 35-BC/QU",
        date_line="Tây Hồ, ngày 14 tháng 02 năm 2020",
        kind="BÁO CÁO",
        subject="Kết quả công tác",
        title="Báo cáo",
        intro=(Paragraph("Nội dung."),),
        sections=(),
        signatures=(Signature(("T/M BAN THƯỜNG VỤ", "BÍ THƯ"), None),),
        recipients=("Lưu: VT.",),
        appendix=Appendix("PHỤ LỤC", "NGUỒN", "(Kèm theo)", (), (), ()),
    )


def test_a_party_document_renders_its_heading_in_every_format() -> None:
    doc = _party_document()
    assert render_text(doc).splitlines()[:7] == [
        "ĐẢNG BỘ THÀNH PHỐ HÀ NỘI",
        "QUẬN ỦY TÂY HỒ",
        "*",
        "",
        "ĐẢNG CỘNG SẢN VIỆT NAM",
        "",
        "Số 35-BC/QU",
    ]
    assert render_markdown(doc).splitlines()[:3] == [
        "ĐẢNG BỘ THÀNH PHỐ HÀ NỘI\\",
        "**QUẬN ỦY TÂY HỒ**\\",
        "\\*",
    ]
    html = render_html(doc)
    assert '<p>ĐẢNG BỘ THÀNH PHỐ HÀ NỘI</p>\n<p class="name">QUẬN ỦY TÂY HỒ</p>' in html
    assert '<p class="mark">*</p>' in html


def test_a_party_document_as_word() -> None:
    docx = pytest.importorskip("docx", reason="the docx extra (python-docx) writes Word files")
    from tayho_coord.report._docx import render_docx

    opened = docx.Document(io.BytesIO(render_docx(_party_document(), font_size=13)))
    issuer, nation = opened.tables[0].rows[0].cells
    assert [p.text for p in issuer.paragraphs] == [
        "ĐẢNG BỘ THÀNH PHỐ HÀ NỘI",
        "QUẬN ỦY TÂY HỒ",
        "*",
        "Số 35-BC/QU",
    ]
    assert not issuer.paragraphs[0].runs[0].bold  # the superior body: upright, not bold
    assert [p.text for p in nation.paragraphs] == [
        "ĐẢNG CỘNG SẢN VIỆT NAM",
        "",
        "Tây Hồ, ngày 14 tháng 02 năm 2020",
    ]


def test_bodies_of_different_units_are_named_each_in_full() -> None:
    city = TAY_HO.parent
    assert city is not None
    district = Agency("th/ubnd", AgencyKind.PEOPLES_COMMITTEE, TAY_HO)
    city_front = Agency("hn/mttq", AgencyKind.FATHERLAND_FRONT, city)
    issuer = issuer_block([district, city_front])
    assert issuer.names == (
        "ỦY BAN NHÂN DÂN",
        "QUẬN TÂY HỒ",
        # the Front's document is its standing board's, named with its committee
        "BAN THƯỜNG TRỰC",
        "ỦY BAN MẶT TRẬN",
        "TỔ QUỐC VIỆT NAM",
        "THÀNH PHỐ HÀ NỘI",
    )


def test_signer_and_recipient_errors() -> None:
    with pytest.raises(ValidationError):
        Signer(" ")
    with pytest.raises(ValidationError):
        Signer("Lê Văn An", "boss")  # type: ignore[arg-type]
    with pytest.raises(ValidationError):
        recipients([""])
    assert Signer.parse("Q: Hà Văn C") == Signer("Hà Văn C", "acting")
    assert Signer.parse("Chủ tịch: Hà Văn C") == Signer("Chủ tịch: Hà Văn C")
    # Given as a Signer, None (the roster's head, none here) or a name.
    blocks = signatures(
        tay_ho_2019().reviewed.parties, [None, Signer("B"), "C"], None, dt.date(2020, 2, 11)
    )
    assert [b.name for b in blocks] == [None, "B", "C"]
