"""Who issues a document, who signs it, and where its closing parts stand (Nghị định
30/2020/NĐ-CP, "ND30").

The expected strings are written out from the rules, never read from the code:

- Phụ lục I, Phần I, mục II, khoản 2: "Tên của cơ quan, tổ chức ban hành văn bản phải được
  ghi đầy đủ", in capitals; a sub-body under its superior body's name (which alone may be
  abbreviated); a joint document names each issuer in full, the unit once under them.
- khoản 7, điểm a: "TM." before the collective that issues the document: the header and the
  signature name one body.
- The council (HĐND) and the Front's committee work in sessions; between them their documents
  are those of their standing bodies, signed "TM. THƯỜNG TRỰC HĐND" and "TM. BAN THƯỜNG TRỰC"
  (Luật Tổ chức chính quyền địa phương 2015, Điều 104; Điều lệ MTTQ Việt Nam). Real joint
  documents head them so: Quy chế 06/QC-TT.HĐND-UBND of Hòa Bình, 20/3/2019 ("THƯỜNG TRỰC /
  HĐND - UBND TỈNH HÒA BÌNH"), Quy chế 69/QCPH-HĐND-UBND-MTTQ of Bình Chánh ("THƯỜNG TRỰC
  HĐND - UBND - BAN THƯỜNG TRỰC UBMTTQ VIỆT NAM HUYỆN …").
- Phụ lục III: QC is the type code of a Quy chế; the issuer block's lines hold about 24
  capitals (the cell is 70 mm wide at 12-13 pt), a name cut where a body's name starts.
- mục III, khoản 1 and ND30's sample of an appendix: "(Kèm theo … số …/… ngày … tháng …
  năm … của …)".
- The layout of Phụ lục I: one issuer's signature at the right, "Nơi nhận" at the left on
  the same level.
"""

from __future__ import annotations

import io
import shutil
import subprocess
from typing import TYPE_CHECKING

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tayho_coord.cli.report import render_failure
from tayho_coord.errors import ValidationError
from tayho_coord.model import (
    AdminUnit,
    Agency,
    AgencyKind,
    AgreementKind,
    Citation,
    CoordinationProgram,
    Leader,
    LeaderRole,
    Meeting,
    MeetingKind,
    OversightActivity,
    OversightKind,
    PartialDate,
    Post,
    ReportingPeriod,
    Source,
    Title,
    UnitKind,
)
from tayho_coord.report import render
from tayho_coord.report._parts import issuer_block, signatures

if TYPE_CHECKING:
    from pathlib import Path

    from tayho_coord.report._document import Document

LANG_SON = AdminUnit("lang-son", UnitKind.PROVINCE, "Lạng Sơn")
VAN_QUAN = AdminUnit("lang-son/van-quan", UnitKind.RURAL_DISTRICT, "Văn Quan", parent=LANG_SON)
VINH_PHUC = AdminUnit("vinh-phuc", UnitKind.PROVINCE, "Vĩnh Phúc")
TAM_DUONG = AdminUnit("vinh-phuc/tam-duong", UnitKind.RURAL_DISTRICT, "Tam Dương", parent=VINH_PHUC)
KHANH_HOA = AdminUnit("khanh-hoa", UnitKind.PROVINCE, "Khánh Hòa")
HOA_BINH = AdminUnit("hoa-binh", UnitKind.PROVINCE, "Hòa Bình")
HCM = AdminUnit("hcm", UnitKind.CENTRAL_CITY, "Hồ Chí Minh")
QUAN_1 = AdminUnit("hcm/q1", UnitKind.URBAN_DISTRICT, "1", parent=HCM)
DAK_LAK = AdminUnit("dak-lak", UnitKind.PROVINCE, "Đắk Lắk")


def _bodies(unit: AdminUnit) -> dict[str, Agency]:
    council = Agency(f"{unit.id}/hdnd", AgencyKind.PEOPLES_COUNCIL, unit)
    front = Agency(f"{unit.id}/mttq", AgencyKind.FATHERLAND_FRONT, unit)
    return {
        "council": council,
        "committee": Agency(f"{unit.id}/ubnd", AgencyKind.PEOPLES_COMMITTEE, unit),
        "front": front,
        "standing": Agency(
            f"{unit.id}/hdnd/tt", AgencyKind.COUNCIL_STANDING_COMMITTEE, unit, council
        ),
        "legal": Agency(f"{unit.id}/hdnd/bpc", AgencyKind.COUNCIL_LEGAL_COMMITTEE, unit, council),
        "board": Agency(f"{unit.id}/mttq/btt", AgencyKind.FRONT_STANDING_BOARD, unit, front),
    }


# --- 1. a joint header names each issuer in full ------------------------------------------

THUONG_TRUC_HDND = ("THƯỜNG TRỰC", "HỘI ĐỒNG NHÂN DÂN")
UBND = ("ỦY BAN NHÂN DÂN",)
# "BAN THƯỜNG TRỰC ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM": 47 capitals, three lines of at most 24
BAN_THUONG_TRUC_MTTQ = ("BAN THƯỜNG TRỰC", "ỦY BAN MẶT TRẬN", "TỔ QUỐC VIỆT NAM")


@pytest.mark.parametrize(
    ("unit", "parties", "expected"),
    [
        # Văn Quan, 06/10/2021: the three standing bodies sign a Quy chế (record 13 of the
        # fit review; vanquan.langson.gov.vn)
        (
            VAN_QUAN,
            ("standing", "committee", "board"),
            (*THUONG_TRUC_HDND, *UBND, *BAN_THUONG_TRUC_MTTQ, "HUYỆN VĂN QUAN"),
        ),
        # Khánh Hòa, 01/7/2020: the council's and the Front's standing bodies (baokhanhhoa.vn)
        (
            KHANH_HOA,
            ("standing", "board"),
            (*THUONG_TRUC_HDND, *BAN_THUONG_TRUC_MTTQ, "TỈNH KHÁNH HÒA"),
        ),
        # Hòa Bình, Quy chế 06/QC-TT.HĐND-UBND: the Thường trực HĐND and the UBND
        (HOA_BINH, ("standing", "committee"), (*THUONG_TRUC_HDND, *UBND, "TỈNH HÒA BÌNH")),
        # the three bodies themselves: their documents are the standing bodies'
        (
            VAN_QUAN,
            ("council", "committee", "front"),
            (*THUONG_TRUC_HDND, *UBND, *BAN_THUONG_TRUC_MTTQ, "HUYỆN VĂN QUAN"),
        ),
        # a unit named by a numeral: "QUẬN 1" (Phụ lục II)
        (QUAN_1, ("committee", "front"), (*UBND, *BAN_THUONG_TRUC_MTTQ, "QUẬN 1")),
    ],
)
def test_a_joint_header_names_each_issuer_in_full(
    unit: AdminUnit, parties: tuple[str, ...], expected: tuple[str, ...]
) -> None:
    bodies = _bodies(unit)
    issuer = issuer_block([bodies[p] for p in parties])
    assert issuer.superior == ()
    assert issuer.names == expected
    assert all(len(line) <= 24 for line in issuer.names)
    # never a bare "THƯỜNG TRỰC" or "BAN THƯỜNG TRỰC" whose body a reader must guess
    for at, line in enumerate(issuer.names):
        if line in ("THƯỜNG TRỰC", "BAN THƯỜNG TRỰC"):
            assert issuer.names[at + 1] in ("HỘI ĐỒNG NHÂN DÂN", "ỦY BAN MẶT TRẬN")


# --- 2. the header and the signature name one body ----------------------------------------


@pytest.mark.parametrize(
    ("body", "superior", "names", "capacity"),
    [
        # the council's own documents are its Thường trực's (khoản 2: its body above it)
        (
            "council",
            ("HĐND HUYỆN TAM DƯƠNG",),
            ("THƯỜNG TRỰC",),
            "TM. THƯỜNG TRỰC HỘI ĐỒNG NHÂN DÂN",
        ),
        (
            "standing",
            ("HĐND HUYỆN TAM DƯƠNG",),
            ("THƯỜNG TRỰC",),
            "TM. THƯỜNG TRỰC HỘI ĐỒNG NHÂN DÂN",
        ),
        # a council's committee signs by its own name, its head the Trưởng ban
        ("legal", ("HĐND HUYỆN TAM DƯƠNG",), ("BAN PHÁP CHẾ",), "TM. BAN PHÁP CHẾ"),
        ("committee", (), ("ỦY BAN NHÂN DÂN", "HUYỆN TAM DƯƠNG"), "TM. ỦY BAN NHÂN DÂN"),
        # "UBMTTQ VIỆT NAM HUYỆN TAM DƯƠNG" is 31 capitals: two lines
        (
            "front",
            ("UBMTTQ VIỆT NAM", "HUYỆN TAM DƯƠNG"),
            ("BAN THƯỜNG TRỰC",),
            "TM. BAN THƯỜNG TRỰC",
        ),
        (
            "board",
            ("UBMTTQ VIỆT NAM", "HUYỆN TAM DƯƠNG"),
            ("BAN THƯỜNG TRỰC",),
            "TM. BAN THƯỜNG TRỰC",
        ),
    ],
)
def test_the_header_and_the_signature_name_one_body(
    body: str, superior: tuple[str, ...], names: tuple[str, ...], capacity: str
) -> None:
    agency = _bodies(TAM_DUONG)[body]
    issuer = issuer_block([agency])
    assert (issuer.superior, issuer.names) == (superior, names)
    (signature,) = signatures([agency], None, None, None)
    head = "TRƯỞNG BAN" if body == "legal" else "CHỦ TỊCH"
    assert signature.capacity == (capacity, head)
    # the collective after "TM." is the body the header's name line names
    assert capacity.removeprefix("TM. ").startswith(names[0])


TAM_DUONG_SOURCE = Source(
    "tamduong-1207",
    "HĐND huyện giám sát ý kiến, kiến nghị của cử tri trước và sau kỳ họp thứ 18",
    publisher="tamduong.vinhphuc.gov.vn",
    published=PartialDate(2020, 6, 10),
    url="http://tamduong.vinhphuc.gov.vn/noidung/tintuc/Lists/ThoiSuTongHop/View_Detail.aspx?ItemID=1207",
)


def _tam_duong(lead: str) -> OversightActivity:
    # Tam Dương, June 2020: the đoàn giám sát of the HĐND huyện, a Phó Chủ tịch HĐND its
    # head, under Kế hoạch 04/KH-HĐND of the Thường trực (fit review, record 2)
    bodies = _bodies(TAM_DUONG)
    return OversightActivity(
        "vinh-phuc/tam-duong/giam-sat-kien-nghi-2020",
        TAM_DUONG,
        OversightKind.SUPERVISION,
        "ý kiến, kiến nghị của cử tri trước và sau kỳ họp thứ 18",
        organiser=bodies["standing"],
        lead=bodies[lead],
        leader=Leader(Post(bodies["council"], Title.VICE_CHAIR), LeaderRole.DELEGATION_HEAD),
        held_on=PartialDate(2020, 6, 9),
        sources=(
            Citation(TAM_DUONG_SOURCE, "Trong các ngày 9,10/6/2020 Đoàn Giám sát của HĐND huyện"),
        ),
    )


@pytest.mark.parametrize("lead", ["council", "standing"])
def test_a_council_document_is_headed_and_signed_by_its_thuong_truc(lead: str) -> None:
    lines = render(_tam_duong(lead), "text").splitlines()
    assert lines[:2] == ["HĐND HUYỆN TAM DƯƠNG", "THƯỜNG TRỰC"]
    assert "TM. THƯỜNG TRỰC HỘI ĐỒNG NHÂN DÂN" in lines
    assert not any(line.startswith("TM. HỘI ĐỒNG NHÂN DÂN") for line in lines)
    # the appendix: ND30's sample, no comma before "ngày", the issuer the header names
    assert (
        "(Kèm theo Báo cáo số …/BC-HĐND ngày … tháng … năm 2020 của Thường trực Hội đồng "
        "nhân dân huyện Tam Dương)"
    ) in lines


# --- 3. a term regulation renders as its own document -------------------------------------

VAN_QUAN_SOURCE = Source(
    "vanquan-ky-ket-quy-che-2021",
    "Lễ ký kết Quy chế phối hợp công tác giữa Thường trực Hội đồng nhân dân, Lãnh đạo Ủy ban "
    "nhân dân, Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam huyện nhiệm kỳ 2021-2026",
    publisher="vanquan.langson.gov.vn",
    url="https://vanquan.langson.gov.vn/le-ky-ket-quy-che-phoi-hop-cong-tac-giua-thuong-truc-"
    "hoi-dong-nhan-dan-lanh-dao-uy-ban-nhan-dan-ban",
)
VAN_QUAN_CITE = Citation(
    VAN_QUAN_SOURCE, "Ngày 06/10/2021, huyện Văn Quan tổ chức Lễ ký kết Quy chế"
)


def _van_quan_signing() -> Meeting:
    bodies = _bodies(VAN_QUAN)
    regulation = CoordinationProgram(
        "lang-son/van-quan/quy-che-2021-2026",
        VAN_QUAN,
        ReportingPeriod.term(2021, 2026),
        (bodies["standing"], bodies["committee"], bodies["board"]),
        kind=AgreementKind.REGULATION,
        signed_on=PartialDate(2021, 10, 6),
        sources=(VAN_QUAN_CITE,),
    )
    return Meeting(
        "lang-son/van-quan/ky-ket-quy-che-2021",
        MeetingKind.SIGNING,
        VAN_QUAN,
        PartialDate(2021, 10, 6),
        signed=regulation,
        sources=(VAN_QUAN_CITE,),
    )


VAN_QUAN_PARTIES = (
    "Thường trực Hội đồng nhân dân, Ủy ban nhân dân và Ban Thường trực Ủy ban Mặt trận Tổ quốc "
    "Việt Nam huyện Văn Quan"
)


def test_a_term_regulation_renders_as_its_quy_che() -> None:
    meeting = _van_quan_signing()
    assert meeting.signed is not None
    text = render(meeting, "text", document="program")
    assert text == render(meeting.signed, "text")
    lines = text.splitlines()
    at = lines.index("HUYỆN VĂN QUAN")
    assert lines[at + 5 : at + 11] == [
        # Phụ lục III: QC, the issuers' symbols; the date line is the day it was signed
        "Số: …/QC-HĐND-UBND-MTTQ",
        "Văn Quan, ngày 06 tháng 10 năm 2021",
        "",
        "QUY CHẾ",
        # as real regulations word it: "… giữa … nhiệm kỳ 2021-2026"
        f"Phối hợp công tác giữa {VAN_QUAN_PARTIES} nhiệm kỳ 2021-2026",
        "",
    ]
    assert (
        "Thường trực Hội đồng nhân dân (HĐND), Ủy ban nhân dân (UBND) và Ban Thường trực Ủy ban "
        "Mặt trận Tổ quốc (MTTQ) Việt Nam huyện Văn Quan thống nhất ban hành Quy chế phối hợp "
        "công tác nhiệm kỳ 2021-2026 như sau:"
    ) in lines
    assert (
        f"(Kèm theo Quy chế số …/QC-HĐND-UBND-MTTQ ngày 06 tháng 10 năm 2021 của "
        f"{VAN_QUAN_PARTIES})"
    ) in lines
    assert "năm 2021-2026" not in text


def test_a_stage_regulation_renders_with_its_stage() -> None:
    # Quy chế 01/QCPH/UBND-UBMTTQ of Đắk Lắk, 27/10/2017, "giai đoạn 2017-2021"
    # (thuvienphapluat.vn); the Front's document is its standing board's
    bodies = _bodies(DAK_LAK)
    source = Source(
        "tvpl-368992",
        "Quy chế 01/QCPH/UBND-UBMTTQ 2017 phối hợp công tác Ủy ban nhân dân và Ủy ban Mặt "
        "trận Tổ quốc Đắk Lắk",
        publisher="thuvienphapluat.vn",
        url="https://thuvienphapluat.vn/van-ban/Bo-may-hanh-chinh/Quy-che-01-QCPH-UBND-UBMTTQ-"
        "2017-phoi-hop-cong-tac-Uy-ban-Uy-ban-Mat-tran-To-quoc-Dak-Lak-368992.aspx",
    )
    regulation = CoordinationProgram(
        "dak-lak/quy-che-2017-2021",
        DAK_LAK,
        ReportingPeriod.stage(2017, 2021),
        (bodies["committee"], bodies["front"]),
        kind=AgreementKind.REGULATION,
        signed_on=PartialDate(2017, 10, 27),
        sources=(Citation(source, "Đắk Lắk, ngày 27 tháng 10 năm 2017"),),
    )
    lines = render(regulation, "text", appendix=False).splitlines()
    assert "Số: …/QC-UBND-MTTQ" in lines
    assert "Đắk Lắk, ngày 27 tháng 10 năm 2017" in lines
    assert (
        "Phối hợp công tác giữa Ủy ban nhân dân và Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Đắk "
        "Lắk giai đoạn 2017-2021"
    ) in lines


def test_the_cli_renders_a_term_regulation(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from tayho_coord import io as tio
    from tayho_coord.cli import main

    path = tmp_path / "van-quan.json"
    tio.dump(_van_quan_signing(), path)
    status = main(["report", str(path), "--document", "program", "--format", "text"])
    out, err = capsys.readouterr()
    assert (status, err) == (0, "")
    assert "QUY CHẾ" in out.splitlines()


def test_a_data_error_is_no_usage_error_about_a_missing_option() -> None:
    meeting = _van_quan_signing()
    # the error the library raised for a term regulation's year, before it rendered
    data = ValidationError("period", "nhiệm kỳ 2021-2026", "is not one calendar year: read .period")
    problem = render_failure(data, meeting, several=False)
    assert type(problem).__name__ == "DataProblem"
    assert str(problem) == (
        "lang-son/van-quan/ky-ket-quy-che-2021: cannot render it: period 'nhiệm kỳ 2021-2026': "
        "is not one calendar year: read .period"
    )
    assert "argument --" not in str(problem)
    # an option's own error stays a usage error about that option
    usage = render_failure(ValidationError("signers", (), "give one signer"), meeting, several=True)
    assert type(usage).__name__ == "UsageError"
    assert (
        str(usage) == "argument --signer: give one signer (lang-son/van-quan/ky-ket-quy-che-2021)"
    )


# --- 4. one issuer: "Nơi nhận" at the left, the signature at the right, one level ---------


def _single() -> Document:
    from tayho_coord.report import _records
    from tayho_coord.report._options import DocumentOptions

    return _records.build_hearing(_tam_duong("council"), DocumentOptions(appendix=False))


def test_the_tree_says_one_band_for_one_issuer_only() -> None:
    assert _single().one_band
    meeting = _van_quan_signing()
    assert meeting.signed is not None
    from tayho_coord.report._documents import build_program
    from tayho_coord.report._options import DocumentOptions

    assert not build_program(meeting.signed, DocumentOptions()).one_band


def test_html_puts_nơi_nhận_left_of_the_signature() -> None:
    html = render(_tam_duong("council"), "html", appendix=False)
    closing = html[html.index('<section class="closing">') :]
    assert closing.index('<section class="recipients">') < closing.index(
        '<section class="signatures"'
    )
    assert "grid-template-columns: 45% 55%" in html
    joint = render(_van_quan_signing(), "html", document="program", appendix=False)
    assert '<section class="closing">' not in joint


def test_docx_puts_nơi_nhận_and_the_signature_in_one_row() -> None:
    docx = pytest.importorskip("docx", reason="the docx extra (python-docx) writes Word files")
    data = render(_tam_duong("council"), "docx", appendix=False)
    document = docx.Document(io.BytesIO(data))
    closing = document.tables[-1]
    assert len(closing.rows) == 1
    left, right = ([p.text for p in cell.paragraphs] for cell in closing.rows[0].cells)
    assert left == ["Nơi nhận:", "- …;", "- Lưu: VT."]
    assert right[:2] == ["TM. THƯỜNG TRỰC HỘI ĐỒNG NHÂN DÂN", "CHỦ TỊCH"]
    assert right[-1] == "…"
    assert closing.rows[0].cells[0].width < closing.rows[0].cells[1].width


@pytest.mark.skipif(
    shutil.which("soffice") is None or shutil.which("pdftotext") is None,
    reason="no LibreOffice (soffice) or pdftotext: .ci/install-libreoffice installs them",
)
def test_pdf_shows_nơi_nhận_on_the_level_of_the_signature(tmp_path: Path) -> None:
    path = tmp_path / "giam-sat.pdf"
    path.write_bytes(render(_tam_duong("council"), "pdf", appendix=False))
    done = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"],
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    )
    [line] = [line for line in done.stdout.splitlines() if "Nơi nhận:" in line]
    # one printed line: "Nơi nhận:" at the left, the signer's capacity at the right
    assert line.split("Nơi nhận:")[1].strip() == "TM. THƯỜNG TRỰC HỘI ĐỒNG NHÂN DÂN"


# --- the rule, over every combination of bodies and units -----------------------------------

_KINDS = ("council", "committee", "front", "standing", "legal", "board")


@settings(max_examples=80, deadline=None)
@given(
    unit_kind=st.sampled_from(
        [
            UnitKind.PROVINCE,
            UnitKind.URBAN_DISTRICT,
            UnitKind.RURAL_DISTRICT,
            UnitKind.DISTRICT_TOWN,
            UnitKind.WARD,
            UnitKind.COMMUNE,
            UnitKind.SPECIAL_ZONE,
        ]
    ),
    name=st.sampled_from(["Văn Quan", "1", "Tây Hồ", "Nguyệt Đức", "Côn Đảo"]),
    parties=st.lists(st.sampled_from(_KINDS), min_size=1, max_size=4, unique=True),
)
def test_every_issuer_is_named_in_full_and_signs_as_named(
    unit_kind: UnitKind, name: str, parties: list[str]
) -> None:
    unit = AdminUnit("x/don-vi", unit_kind, name)
    bodies = _bodies(unit)
    agencies = [bodies[p] for p in parties]
    issuer = issuer_block(agencies)
    blocks = signatures(agencies, None, None, None)
    # the council and the Front's committee issue through their standing bodies
    issuing = [{"council": "standing", "front": "board"}.get(p, p) for p in parties]
    full = {
        "standing": "THƯỜNG TRỰC HỘI ĐỒNG NHÂN DÂN",
        "committee": "ỦY BAN NHÂN DÂN",
        "legal": "BAN PHÁP CHẾ HỘI ĐỒNG NHÂN DÂN",
        "board": "BAN THƯỜNG TRỰC ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM",
    }
    signed_for = {
        "standing": "THƯỜNG TRỰC HỘI ĐỒNG NHÂN DÂN",
        "committee": "ỦY BAN NHÂN DÂN",
        "legal": "BAN PHÁP CHẾ",
        "board": "BAN THƯỜNG TRỰC",
    }
    unit_line = unit.display(start=True).upper()
    if len(parties) > 1:
        # khoản 2: each in full, in the parties' order, the unit once under them
        assert " ".join(issuer.names) == " ".join([*(full[p] for p in issuing), unit_line])
        assert issuer.superior == ()
    elif issuing[0] == "committee":
        assert issuer.names == ("ỦY BAN NHÂN DÂN", unit_line)
    else:
        # a sub-body under its body's (abbreviated) name
        assert " ".join(issuer.superior).endswith(unit_line)
        assert full[issuing[0]].startswith(issuer.names[0])
    assert all(len(line) <= 24 or " " not in line for line in issuer.names)
    # khoản 7, điểm a: "TM." before the body the header names, in the parties' order
    assert [b.capacity[0] for b in blocks] == [f"TM. {signed_for[p]}" for p in issuing]
