"""The documents of the records of their own (issue 11), built from the real records.

The records are the cycle's real data files (``tests/data/records``, written by
``tests/records/real_records.py`` from their sources). Expected wording comes from issue 11's
"Done when" (a sơ kết is worded as one: "hội nghị sơ kết 6 tháng đầu năm 2020 thực hiện
Chương trình phối hợp…"; a hearing of the Thường trực HĐND is not "phối hợp tổ chức"), from
the sources quoted in those files, and from Nghị định 30/2020/NĐ-CP (ND30): Phụ lục I, Phần
I, mục II, khoản 3 ("Số: …/BC-…"), khoản 4 (the date line), khoản 7 (TM.), khoản 9 (Nơi
nhận, "Lưu: VT."); Phụ lục III (type codes BC, TB).
"""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path
from typing import Any

import attrs
import pytest

from tayho_coord.errors import ValidationError
from tayho_coord.io import load
from tayho_coord.model import (
    AdminUnit,
    Agency,
    AgencyKind,
    CountedNoun,
    DocumentRef,
    Finding,
    Hearing,
    Meeting,
    OutcomeCount,
    OutcomeLevel,
    OutcomeScale,
    PartialDate,
    PetitionOutcome,
    PetitionReport,
    PrintedFigure,
    ReportingPeriod,
    UnitKind,
)
from tayho_coord.report import render

RECORDS = Path(__file__).resolve().parent.parent / "data" / "records"


def _meetings(name: str) -> dict[str, Meeting]:
    loaded = load(RECORDS / f"{name}.json")
    return {r.id: r for r in loaded if isinstance(r, Meeting)}


def _lines(text: str) -> list[str]:
    return [line for line in text.splitlines() if line]


def test_interim_review_is_worded_as_a_so_ket() -> None:
    meeting = _meetings("cau_giay_2020")["ha-noi/cau-giay/so-ket-2020"]
    text = render(meeting, "text")
    lines = _lines(text)
    # ND30 khoản 3 (Số, BC for Báo cáo, the three issuers) and khoản 4 (no issue date given:
    # the day and month left to fill, the year of the meeting).
    assert "Số: …/BC-HĐND-UBND-MTTQ" in lines
    assert "Cầu Giấy, ngày … tháng … năm 2020" in lines
    # Issue 11, "Done when": the sơ kết as its source words it.
    assert (
        "Kết quả hội nghị sơ kết 6 tháng đầu năm 2020 thực hiện Chương trình phối hợp năm 2020"
        in lines
    )
    assert "tổng kết" not in text
    assert lines[lines.index("BÁO CÁO") + 2].startswith(
        "Ngày 5/8/2020 diễn ra hội nghị sơ kết 6 tháng đầu năm 2020 thực hiện "
        "Chương trình phối hợp năm 2020 giữa Hội đồng nhân dân (HĐND)"
    )
    # ND30 khoản 7 and 9: one block per issuer, "Lưu: VT." last.
    assert "TM. THƯỜNG TRỰC HỘI ĐỒNG NHÂN DÂN" in lines
    assert "TM. BAN THƯỜNG TRỰC" in lines
    assert "- Lưu: VT." in lines
    # The source sits in the appendix only.
    body, appendix = text.split("PHỤ LỤC")
    assert "issue 11" not in body
    assert "tayho_coord issue 11" in appendix


def test_review_and_signing_names_both_and_numbers_its_sections() -> None:
    meeting = _meetings("cau_giay_2020")["ha-noi/cau-giay/tong-ket-2020"]
    lines = _lines(render(meeting, "text", issued=dt.date(2021, 1, 25), number=3))
    assert "Số: 03/BC-HĐND-UBND-MTTQ" in lines
    assert "Cầu Giấy, ngày 25 tháng 01 năm 2021" in lines
    assert (
        "Kết quả hội nghị tổng kết thực hiện Chương trình phối hợp năm 2020 và ký kết "
        "Chương trình phối hợp năm 2021"
    ) in lines
    # The only section with content is numbered I (ND30, Phụ lục I, mục II, khoản 6).
    assert "I. KÝ KẾT" in lines
    assert not any(line.startswith("II. ") for line in lines[: lines.index("PHỤ LỤC")])


def test_signing_report_and_its_refused_conclusion() -> None:
    (meeting,) = _meetings("soc_son_2020_signing").values()
    lines = _lines(render(meeting, "text"))
    assert "Kết quả hội nghị ký kết Chương trình phối hợp năm 2020" in lines
    assert "Sóc Sơn, ngày … tháng … năm 2020" in lines
    with pytest.raises(ValidationError) as info:
        render(meeting, "text", document="conclusion")
    assert info.value.field == "document"
    with pytest.raises(ValidationError):
        render(meeting, "text", document="invitation")


def test_conclusion_of_a_co_chaired_two_party_interim_review() -> None:
    (meeting,) = _meetings("cam_le_2021_interim").values()
    meeting = attrs.evolve(meeting, achievements=(Finding("phối hợp tổ chức tốt các hoạt động"),))
    lines = _lines(render(meeting, "text", document="conclusion", appendix=False))
    # Phụ lục III: TB is the code of a Thông báo; two issuers, no council (Cẩm Lệ, 2022).
    assert "Số: …/TB-UBND-MTTQ" in lines
    assert "THÔNG BÁO" in lines
    assert "Kết luận hội nghị sơ kết thực hiện Chương trình phối hợp năm 2021" in lines
    assert (
        "Đồng chủ trì hội nghị: Chủ tịch UBND quận Cẩm Lệ và "
        "Chủ tịch Ủy ban MTTQ Việt Nam quận Cẩm Lệ."
    ) in lines
    assert "Hội nghị thống nhất đánh giá:" in lines
    # ND30, Phụ lục II: the first letter of a list line is capitalized.
    assert "- Phối hợp tổ chức tốt các hoạt động." in lines
    assert "PHỤ LỤC" not in lines


def test_petition_report_keeps_the_sources_noun() -> None:
    report = load(RECORDS / "thai_nguyen_2023_petitions.json")
    text = render(report, "text")
    lines = _lines(text)
    # Source (thainguyentv.vn): "132 ý kiến (18 ý kiến thuộc thẩm quyền Trung ương, 93 ý kiến
    # thuộc thẩm quyền cấp tỉnh và 21 ý kiến thuộc thẩm quyền cấp huyện)".
    # No reporter: the header's issuer is left to fill, so the voters' unit is named in the
    # subject and the opening (ND30, Phụ lục I, Phần I, mục II, khoản 2).
    assert "Kết quả giải quyết ý kiến của cử tri tỉnh Thái Nguyên năm 2023" in lines
    assert "Tổng hợp 132 ý kiến của cử tri tỉnh Thái Nguyên." in lines
    assert "- 93 ý kiến thuộc thẩm quyền cấp tỉnh;" in lines
    assert "- 21 ý kiến thuộc thẩm quyền cấp huyện." in lines
    # No reporter in the record: the issuer and the year are left to fill, not guessed.
    assert "Số: …/BC-…" in lines
    assert "Thái Nguyên, ngày … tháng … năm …" in lines


NAM_DINH = AdminUnit("nam-dinh", UnitKind.PROVINCE, "Nam Định")


def test_petition_report_on_its_own_scale() -> None:
    # Ninh Bình 2017's five levels (issue 11): each kept under its own label.
    scale = OutcomeScale(
        "ninh-binh-2017",
        "năm mức đánh giá kết quả giải quyết kiến nghị cử tri của tỉnh Ninh Bình năm 2017",
        (
            OutcomeLevel("giai-quyet-xong", "giải quyết xong", PetitionOutcome.RESOLVED),
            OutcomeLevel("dang-trien-khai", "đang triển khai", PetitionOutcome.IN_PROGRESS),
            OutcomeLevel(
                "chua-co-van-ban",
                "tiếp thu nhưng chưa có văn bản chỉ đạo",
                PetitionOutcome.UNRESOLVED,
            ),
        ),
    )
    ninh_binh = AdminUnit("ninh-binh", UnitKind.PROVINCE, "Ninh Bình")
    report = PetitionReport(
        "nb/kn-2017",
        ninh_binh,
        ReportingPeriod.year(2017),
        scale=scale,
        total=4,
        outcomes=(
            OutcomeCount("giai-quyet-xong", 3, (PrintedFigure("3/4"),)),
            OutcomeCount("dang-trien-khai", 1),
        ),
    )
    text = render(report, "text")
    body, appendix = text.split("PHỤ LỤC")
    # Each level under the source's own label, with what it printed for it, as printed.
    assert "- Giải quyết xong: 03 kiến nghị (3/4);" in body
    assert "- Đang triển khai: 01 kiến nghị." in body
    # Nothing computed in the body: 3 of 4 resolved is 75%, with the two decimals of the
    # report's rates ("đạt 56,82%", issue 12) and the decimal comma, in the appendix only.
    assert "75,00%" not in body
    assert "- Giải quyết xong: 3/4." in appendix
    assert (
        "Thang đánh giá kết quả giải quyết của nguồn: năm mức đánh giá kết quả giải quyết "
        "kiến nghị cử tri của tỉnh Ninh Bình năm 2017; các mức được tính như sau:"
    ) in appendix
    assert "- Tiếp thu nhưng chưa có văn bản chỉ đạo: tính là “chưa giải quyết”." in appendix
    assert (
        "Tỷ lệ giải quyết tính từ số liệu: 3/4 kiến nghị là 75,00% (số ở mức “giải quyết "
        "xong” trên tổng số)."
    ) in appendix
    assert "thư viện" not in text


def test_nam_dinh_default_scale_rate() -> None:
    # Nam Định 2019 (model doctest): 69 nội dung, 49 new and 20 carried over, 69/69 resolved.
    report = PetitionReport(
        "nd/kn",
        NAM_DINH,
        ReportingPeriod.year(2019),
        noun=CountedNoun.NOI_DUNG,
        total=69,
        new=49,
        carried_over=20,
        outcomes=(OutcomeCount("resolved", 69, (PrintedFigure("69/69"), PrintedFigure("100%"))),),
    )
    lines = _lines(render(report, "md", appendix=False))
    assert (
        # no reporter: the unit is named with the voters (ND30, Phụ lục I, mục II, khoản 2)
        "Tổng hợp 69 nội dung của cử tri tỉnh Nam Định (49 nội dung mới và 20 nội dung kỳ "
        "trước chuyển sang)." in lines
    )
    # "69/69 … đạt tỷ lệ 100%" as printed; the source gives no scale of its own, so the level
    # is worded neutrally ("đã giải quyết"), not as the library's "đã giải quyết xong".
    assert "- Đã giải quyết: 69 nội dung (69/69), đạt tỷ lệ 100%." in lines
    assert not any("100,00%" in line for line in lines)


def _hearing(**changes: Any) -> Hearing:
    unit = AdminUnit("ha-noi/tay-ho", UnitKind.URBAN_DISTRICT, "Tây Hồ")
    council = Agency("th/hdnd", AgencyKind.PEOPLES_COUNCIL, unit)
    standing = Agency("th/hdnd/tt", AgencyKind.COUNCIL_STANDING_COMMITTEE, unit, council)
    committee = Agency("th/ubnd", AgencyKind.PEOPLES_COMMITTEE, unit)
    values: dict[str, Any] = {
        "organiser": standing,
        "partners": (committee,),
        "plan": DocumentRef("10/KH-HĐND", PartialDate(2024, 10, 21)),
        "held_on": PartialDate(2024, 11, 20),
        "answering": ("Phòng Tài nguyên và Môi trường",),
    }
    values.update(changes)
    return Hearing("th/gt-2024", unit, "công tác quản lý đất đai", **values)


def test_hearing_report_is_organised_by_the_standing_committee() -> None:
    lines = _lines(render(_hearing(), "text"))
    assert "Kết quả phiên giải trình về công tác quản lý đất đai" in lines
    # The Thường trực HĐND organises (tổ chức); a partner phối hợp; never "phối hợp tổ chức".
    intro = lines[lines.index("Kết quả phiên giải trình về công tác quản lý đất đai") + 1]
    assert intro.startswith("Thực hiện Kế hoạch số 10/KH-HĐND ngày 21/10/2024, Thường trực ")
    assert " tổ chức phiên giải trình về công tác quản lý đất đai ngày 20/11/2024." in intro
    assert "phối hợp tổ chức" not in "\n".join(lines)
    # bodies and posts alike ("Chủ tịch UBND xã", Trường Đông 2018): no "Cơ quan" (review 4)
    assert "Thành phần giải trình: Phòng Tài nguyên và Môi trường." in lines
    # The standing committee issues under its council (ND30, Phụ lục I, mục II, khoản 2),
    # signs for it (khoản 7).
    assert "Số: …/BC-HĐND" in lines
    assert "TM. THƯỜNG TRỰC HỘI ĐỒNG NHÂN DÂN" in lines


def test_hearing_without_organiser_or_lead_leaves_issuer_to_fill() -> None:
    text = render(_hearing(organiser=None), "text", signers=["Nguyễn Văn A"])
    lines = _lines(text)
    assert lines[0] == "…"
    assert "Phiên giải trình được tổ chức" not in text
    assert "Nguyễn Văn A" in lines
    with pytest.raises(ValidationError):
        render(_hearing(organiser=None), "text", signers=["A", "B"])


def test_docx_of_an_interim_review() -> None:
    docx = pytest.importorskip("docx")
    meeting = _meetings("cau_giay_2020")["ha-noi/cau-giay/so-ket-2020"]
    data = render(meeting, "docx")
    document = docx.Document(io.BytesIO(data))
    texts = [p.text for p in document.paragraphs]
    assert "BÁO CÁO" in texts
    assert (
        "Kết quả hội nghị sơ kết 6 tháng đầu năm 2020 thực hiện Chương trình phối hợp năm 2020"
        in texts
    )
    head = [[p.text for p in cell.paragraphs] for cell in document.tables[0].rows[0].cells]
    assert head[1][0] == "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    signatures = [c.paragraphs[0].text for c in document.tables[1].rows[0].cells]
    assert signatures == [
        "TM. THƯỜNG TRỰC HỘI ĐỒNG NHÂN DÂN",
        "TM. ỦY BAN NHÂN DÂN",
        "TM. BAN THƯỜNG TRỰC",
    ]
    assert "Lưu: VT." in "\n".join(texts)


def test_oversight_report_is_issued_by_its_lead() -> None:
    from tayho_coord.model import OversightActivity, OversightKind

    unit = AdminUnit("ha-noi/tay-ho", UnitKind.URBAN_DISTRICT, "Tây Hồ")
    front = Agency("th/mttq", AgencyKind.FATHERLAND_FRONT, unit)
    activity = OversightActivity(
        "th/gs-2024",
        unit,
        OversightKind.SUPERVISION,
        "việc giải quyết đơn thư",
        lead=front,
        overseen=("UBND phường Bưởi",),
        covers=ReportingPeriod.year(2024),
    )
    lines = _lines(render(activity, "text", appendix=False))
    # OversightKind.SUPERVISION is "giám sát"; the Front signs by its standing board.
    # No "chuyên đề": the record does not say it is thematic.
    # a "việc" is the object of "giám sát", never after "về", as sources write it ("buổi
    # khảo sát việc xây dựng trường học …", Bình Thuận 17/6/2020)
    assert "Kết quả giám sát việc giải quyết đơn thư" in lines
    assert "Số: …/BC-MTTQ" in lines
    # ND30, Phụ lục I, mục II, khoản 6: the abbreviation written in full at its first use.
    assert "Đối tượng giám sát: Ủy ban nhân dân (UBND) phường Bưởi." in lines
    assert "TM. BAN THƯỜNG TRỰC" in lines
    with pytest.raises(ValidationError):
        render(activity, "text", document="conclusion")


def test_summaries_word_each_record_as_its_source() -> None:
    from tayho_coord.report import summarize

    meetings = _meetings("cau_giay_2020")
    interim = summarize(meetings["ha-noi/cau-giay/so-ket-2020"]).splitlines()
    # Issue 11, "Done when": the sơ kết as the source words it; the day as reports write it.
    assert interim[:2] == [
        "Quận Cầu Giấy: hội nghị sơ kết 6 tháng đầu năm 2020 thực hiện Chương trình phối hợp "
        "năm 2020",
        "Hội nghị: 5/8/2020",
    ]
    final = summarize(meetings["ha-noi/cau-giay/tong-ket-2020"])
    assert "Ký kết: Chương trình phối hợp năm 2021\n" in final
    petitions = summarize(load(RECORDS / "thai_nguyen_2023_petitions.json")).splitlines()
    # Source: "132 ý kiến (18 ý kiến thuộc thẩm quyền Trung ương, 93 ý kiến thuộc thẩm quyền
    # cấp tỉnh và 21 ý kiến thuộc thẩm quyền cấp huyện)".
    assert petitions[:5] == [
        "Tỉnh Thái Nguyên: kết quả giải quyết ý kiến của cử tri năm 2023",
        "Tổng số: 132 ý kiến",
        "Thuộc thẩm quyền của Trung ương: 18 ý kiến",
        "Thuộc thẩm quyền cấp tỉnh: 93 ý kiến",
        "Thuộc thẩm quyền cấp huyện: 21 ý kiến",
    ]
    hearing = summarize(_hearing()).splitlines()
    assert hearing[0] == "Quận Tây Hồ: phiên giải trình về công tác quản lý đất đai"
    assert "Kế hoạch: Kế hoạch số 10/KH-HĐND ngày 21/10/2024" in hearing
    (regulation,) = load(RECORDS / "dak_lak_2017_regulation.json")
    lines = summarize(regulation).splitlines()
    # The source: "Số: 01/QCPH/UBND-UBMTTQ; Đắk Lắk, ngày 27 tháng 10 năm 2017".
    assert lines[0] == "Tỉnh Đắk Lắk: Quy chế phối hợp giai đoạn 2017-2021"
    assert "Ký kết: ngày 27/10/2017" in lines
    with pytest.raises(ValidationError):
        summarize("not a record")  # type: ignore[arg-type]


def test_nam_dinh_summary_marks_printed_and_computed() -> None:
    from tayho_coord.report import summarize

    report = PetitionReport(
        "nd/kn",
        NAM_DINH,
        ReportingPeriod.year(2019),
        noun=CountedNoun.NOI_DUNG,
        total=69,
        outcomes=(OutcomeCount("resolved", 69, (PrintedFigure("69/69"),)),),
    )
    lines = summarize(report).splitlines()
    assert "Đã giải quyết xong: 69 nội dung; 69/69 (theo số liệu công bố)" in lines
    assert "Tỷ lệ giải quyết: 100,00% (tính từ số liệu)" in lines


def test_review_report_states_the_plan_sentence() -> None:
    # A constructed review (not a source's): the program plans a hearing in quý III and
    # oversight every quarter; one hearing was held on 20/8/2020 and no oversight recorded.
    # As of the review (20/01/2021) both are due and only the hearing carried out: 1/2, and
    # the sentence as model.plan_sentence writes it ("đạt 50%": no trailing zeros).
    from tayho_coord.model import (
        Activities,
        CoordinationProgram,
        HearingMention,
        PlannedActivity,
        PlannedKind,
        ProgramReview,
        ReportedCount,
        Timing,
    )

    unit = AdminUnit("x", UnitKind.PROVINCE, "X")
    bodies = tuple(
        Agency(f"x/{k.value}", k, unit)
        for k in (
            AgencyKind.PEOPLES_COUNCIL,
            AgencyKind.PEOPLES_COMMITTEE,
            AgencyKind.FATHERLAND_FRONT,
        )
    )
    program = CoordinationProgram(
        "x/ctph-2020",
        unit,
        2020,
        bodies,
        activities=Activities(
            hearings=ReportedCount(
                1, (HearingMention("công tác đầu tư xây dựng", PartialDate(2020, 8, 20)),)
            )
        ),
        planned=(
            PlannedActivity(
                "giai-trinh", PlannedKind.HEARING, "Phiên giải trình", Timing.parse("Quý III")
            ),
            PlannedActivity(
                "giam-sat", PlannedKind.OVERSIGHT, "Giám sát", Timing.parse("Hằng quý")
            ),
        ),
    )
    review = ProgramReview("x/tong-ket-2020", dt.date(2021, 1, 20), program)
    text = render(review, "text")
    body, appendix = text.split("PHỤ LỤC")
    assert (
        "Năm 2020, các cơ quan phối hợp thực hiện 1/2 nội dung theo chương trình, đạt 50%."
        in body.splitlines()
    )
    assert "tính từ số liệu" not in body
    assert "Tỷ lệ thực hiện chương trình tính từ số liệu" in appendix
