"""A record's document says what its source says, in its words (issue 11, "Done when").

Rules (fit review of issue 11, defects 4, 5 and 8; each expected string below is written
from the source quoted beside it or from the rule named):

- "giám sát chuyên đề" is a form of its own (Luật Hoạt động giám sát của Quốc hội và Hội đồng
  nhân dân, 87/2015/QH13): written only for a record that says it is thematic;
- a petition report's body states the figures the source printed, as printed; what the
  library computes, and any disagreement, goes to the appendix; the levels keep the source's
  own labels, and where the source gives no scale the words are neutral and not said to be
  the source's;
- the source's noun for the event (lễ, hội nghị, buổi) is kept; a month or a year inside a
  sentence takes ``trong`` ("trong tháng 6/2020"), a day its ``ngày``; a hearing is ``về``
  its subject, and the topics of a hearing on several are listed once each.
"""

from __future__ import annotations

import warnings
from typing import Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from tayho_coord import FigureWarning
from tayho_coord.model import (
    AdminUnit,
    Agency,
    AgencyKind,
    AgreementKind,
    Citation,
    CoordinationProgram,
    CountedNoun,
    DocumentRef,
    Hearing,
    Leader,
    LeaderRole,
    Meeting,
    MeetingKind,
    OutcomeCount,
    OutcomeLevel,
    OutcomeScale,
    OversightActivity,
    OversightKind,
    PartialDate,
    PetitionOutcome,
    PetitionReport,
    Post,
    PrintedFigure,
    ReportingPeriod,
    Source,
    Title,
    UnitKind,
)
from tayho_coord.report import render


def _lines(text: str) -> list[str]:
    return [line for line in text.splitlines() if line]


def _bodies(unit: AdminUnit) -> tuple[Agency, Agency]:
    council = Agency(f"{unit.id}/hdnd", AgencyKind.PEOPLES_COUNCIL, unit)
    standing = Agency(f"{unit.id}/hdnd/tt", AgencyKind.COUNCIL_STANDING_COMMITTEE, unit, council)
    return council, standing


# -- Tam Dương (Vĩnh Phúc) 2020: a giám sát, never called chuyên đề ------------------------------

TAM_DUONG_SOURCE = Source(
    "tamduong-1207",
    "HĐND huyện giám sát ý kiến, kiến nghị của cử tri trước và sau kỳ họp thứ 18",
    publisher="tamduong.vinhphuc.gov.vn",
    published=PartialDate(2020, 6, 10),
    url="http://tamduong.vinhphuc.gov.vn/noidung/tintuc/Lists/ThoiSuTongHop/View_Detail.aspx?ItemID=1207",
)
TAM_DUONG = AdminUnit(
    "vinh-phuc/tam-duong",
    UnitKind.RURAL_DISTRICT,
    "Tam Dương",
    parent=AdminUnit("vinh-phuc", UnitKind.PROVINCE, "Vĩnh Phúc"),
)
SUBJECT = "ý kiến, kiến nghị của cử tri trước và sau kỳ họp thứ 18, HĐND huyện nhiệm kỳ 2016-2020"


def tam_duong(**changes: Any) -> OversightActivity:
    council, standing = _bodies(TAM_DUONG)
    values: dict[str, Any] = {
        "organiser": standing,
        "lead": council,
        "leader": Leader(Post(council, Title.VICE_CHAIR), LeaderRole.DELEGATION_HEAD),
        "plan": DocumentRef("04/KH-HĐND", PartialDate(2020, 6, 2)),
        "held_on": PartialDate(2020, 6),
        "overseen": ("các xã",),
        "sources": (
            Citation(
                TAM_DUONG_SOURCE,
                "Trong các ngày 9,10/6/2020 Đoàn Giám sát của HĐND huyện do đồng chí Kiều Thị "
                "Hồng Hoa, Phó Chủ tịch HĐND huyện làm trưởng đoàn đã giám sát những công việc "
                "cử tri có ý kiến, kiến nghị trước và sau kỳ họp thứ 18, HĐND huyện nhiệm kỳ "
                "2016-2020.",
            ),
        ),
    }
    values.update(changes)
    return OversightActivity(
        "vinh-phuc/tam-duong/giam-sat-kien-nghi-2020",
        TAM_DUONG,
        OversightKind.SUPERVISION,
        SUBJECT,
        **values,
    )


def test_a_supervision_the_source_does_not_call_thematic_is_a_giam_sat() -> None:
    text = render(tam_duong(), "text")
    lines = _lines(text)
    assert f"Kết quả giám sát về {SUBJECT}" in lines
    # "Trong các ngày 9,10/6/2020": known to the month here, said as a span with "trong".
    assert (
        "Thực hiện Kế hoạch số 04/KH-HĐND ngày 2/6/2020, Hội đồng nhân dân (HĐND) huyện Tam "
        f"Dương tổ chức giám sát về {SUBJECT} trong tháng 6/2020."
    ) in lines
    assert "chuyên đề" not in text


def test_a_day_is_said_with_ngay_a_year_with_trong() -> None:
    day = _lines(render(tam_duong(held_on=PartialDate(2020, 6, 9)), "text"))
    assert any(line.endswith(f"giám sát về {SUBJECT} ngày 9/6/2020.") for line in day)
    year = _lines(render(tam_duong(held_on=PartialDate(2020)), "text"))
    assert any(line.endswith(f"giám sát về {SUBJECT} trong năm 2020.") for line in year)


def test_a_thematic_record_is_a_giam_sat_chuyen_de() -> None:
    # The same record, had its source called it "giám sát chuyên đề".
    thematic = tam_duong(thematic=True)
    lines = _lines(render(thematic, "text"))
    assert f"Kết quả giám sát chuyên đề về {SUBJECT}" in lines
    assert any(f"tổ chức giám sát chuyên đề về {SUBJECT}" in line for line in lines)
    # Its plan: "Kế hoạch giám sát chuyên đề …" (an oversight takes its subject as object).
    planned = attrs.evolve(thematic, held_on=None, scheduled=ReportingPeriod.month(2020, 6))
    plan = _lines(render(planned, "text"))
    assert f"Giám sát chuyên đề {SUBJECT}" in plan


# -- Sơn Tây 2020: a hearing known to the year -------------------------------------------------


def test_a_hearing_known_to_the_year_is_held_trong_nam() -> None:
    # nhipsonghanoi.vn 824384: "Năm 2020 … tổ chức thành công phiên giải trình … về kết quả công
    # tác cấp giấy chứng nhận quyền sử dụng đất lần đầu trên địa bàn thị xã".
    son_tay = AdminUnit(
        "ha-noi/son-tay",
        UnitKind.DISTRICT_TOWN,
        "Sơn Tây",
        parent=AdminUnit("ha-noi", UnitKind.CENTRAL_CITY, "Hà Nội"),
    )
    subject = "kết quả công tác cấp giấy chứng nhận quyền sử dụng đất lần đầu trên địa bàn thị xã"
    hearing = Hearing(
        "ha-noi/son-tay/giai-trinh-2020",
        son_tay,
        subject,
        organiser=_bodies(son_tay)[1],
        held_on=PartialDate(2020),
    )
    lines = _lines(render(hearing, "text"))
    assert (
        "Thường trực Hội đồng nhân dân (HĐND) thị xã Sơn Tây tổ chức phiên giải trình về "
        f"{subject} trong năm 2020."
    ) in lines


# -- Quảng Ngãi 2022: a hearing plan of several topics -----------------------------------------

QUANG_NGAI = AdminUnit("quang-ngai", UnitKind.PROVINCE, "Quảng Ngãi")
QUANG_NGAI_SOURCE = Source(
    "dbnd-quangngai-6911",
    "Thường trực HĐND tỉnh sẽ tổ chức phiên giải trình vào khoảng thời gian giữa tháng 9/2022",
    publisher="dbnd.quangngai.gov.vn",
    published=PartialDate(2022, 8, 17),
    url="https://dbnd.quangngai.gov.vn/news/19/6911/",
)
# The plan's topics as the source lists them (the first four of its ten).
TOPICS = (
    "vấn đề giáo dục hướng nghiệp và định hướng phân luồng học sinh trong giáo dục phổ thông",
    "thực hiện quy định chính sách, pháp luật về đào tạo nghề",
    "bảo hiểm xã hội, bảo hiểm y tế",
    "vệ sinh, an toàn lao động",
)


def quang_ngai(**changes: Any) -> Hearing:
    values: dict[str, Any] = {
        "organiser": _bodies(QUANG_NGAI)[1],
        "plan": DocumentRef("12/KH-HĐND", PartialDate(2022, 8, 16)),
        "scheduled": ReportingPeriod.month(2022, 9),
        "other_subjects": TOPICS[1:],
        "sources": (
            Citation(
                QUANG_NGAI_SOURCE,
                "Ngày 16/8/2022, Thường trực HĐND tỉnh ban hành Kế hoạch số 12/KH-HĐND về tổ "
                "chức phiên giải trình",
            ),
        ),
    }
    values.update(changes)
    return Hearing("quang-ngai/giai-trinh-2022-09", QUANG_NGAI, TOPICS[0], **values)


def test_a_hearing_plan_lists_each_topic_once() -> None:
    text = render(quang_ngai(), "text", appendix=False)
    lines = _lines(text)
    # The plan is named as the source names it: "Kế hoạch … về tổ chức phiên giải trình".
    assert "Tổ chức phiên giải trình" in lines
    start = lines.index("I. NỘI DUNG")
    assert lines[start + 1 : start + 6] == [
        "Tổ chức phiên giải trình về các nội dung sau:",
        "- Vấn đề giáo dục hướng nghiệp và định hướng phân luồng học sinh trong giáo dục phổ "
        "thông;",
        "- Thực hiện quy định chính sách, pháp luật về đào tạo nghề;",
        "- Bảo hiểm xã hội, bảo hiểm y tế;",
        "- Vệ sinh, an toàn lao động.",
    ]
    for topic in TOPICS:
        assert text.lower().count(topic.lower()) == 1, topic


def test_the_body_answering_hears_the_topics_listed() -> None:
    lines = _lines(render(quang_ngai(answering=("UBND tỉnh",)), "text", appendix=False))
    assert (
        "Thường trực HĐND tỉnh nghe Ủy ban nhân dân (UBND) tỉnh báo cáo, giải trình về các nội "
        "dung sau:"
    ) in lines


def test_a_hearing_of_one_subject_is_ve_its_subject() -> None:
    one = quang_ngai(other_subjects=())
    lines = _lines(render(one, "text", appendix=False))
    start = lines.index("I. NỘI DUNG")
    assert lines[start + 1] == f"Tổ chức phiên giải trình về {TOPICS[0]}."
    assert f"Tổ chức phiên giải trình về {TOPICS[0]}" in lines  # the subject line


def test_a_held_hearing_on_several_topics_reports_each() -> None:
    held = quang_ngai(scheduled=None, held_on=PartialDate(2022, 9, 13))
    lines = _lines(render(held, "text", appendix=False))
    assert "Kết quả phiên giải trình" in lines
    at = lines.index(
        "Thực hiện Kế hoạch số 12/KH-HĐND ngày 16/8/2022, Thường trực Hội đồng nhân dân (HĐND) "
        "tỉnh Quảng Ngãi tổ chức phiên giải trình ngày 13/9/2022 về các nội dung sau:"
    )
    assert lines[at + 4] == "- Vệ sinh, an toàn lao động."


# -- Tịnh Thiện 2016-2021: what the source printed, in its words -------------------------------

TINH_THIEN_SOURCE = Source(
    "tpquangngai-10839176",
    "Hội đồng nhân dân xã Tịnh Thiện giải quyết và trả lời ý kiến, kiến nghị của cử tri đạt "
    "tỷ lệ 89,2%",
    publisher="thanhpho.quangngai.gov.vn",
    published=PartialDate(2021, 2, 26),
    url="https://thanhpho.quangngai.gov.vn/?10839176",
)
TINH_THIEN = AdminUnit(
    "quang-ngai/tp-quang-ngai/tinh-thien",
    UnitKind.COMMUNE,
    "Tịnh Thiện",
    parent=AdminUnit(
        "quang-ngai/tp-quang-ngai", UnitKind.PROVINCIAL_CITY, "Quảng Ngãi", parent=QUANG_NGAI
    ),
)
# "trong số 65 ý kiến, kiến nghị của cử tri, … đã giải quyết và trả lời 58 ý kiến, kiến nghị,
# đạt tỷ lệ 89,2%": one level, the source's own, counted as resolved.
ITS_SCALE = OutcomeScale(
    "tinh-thien-2021",
    "giải quyết và trả lời ý kiến, kiến nghị của cử tri",
    (OutcomeLevel("giai-quyet-tra-loi", "giải quyết và trả lời", PetitionOutcome.RESOLVED),),
    exhaustive=False,  # its one level names 58 of the 65
)


def tinh_thien(printed: str = "89,2%", *, scale: OutcomeScale | None = None) -> PetitionReport:
    level = "resolved" if scale is None else scale.levels[0].code
    with warnings.catch_warnings():
        # a printed rate the counts do not give warns (and changes nothing)
        warnings.simplefilter("ignore", FigureWarning)
        return PetitionReport(
            "quang-ngai/tinh-thien/kien-nghi-2016-2021",
            TINH_THIEN,
            ReportingPeriod.term(2016, 2021),
            noun=CountedNoun.Y_KIEN,
            total=65,
            outcomes=(OutcomeCount(level, 58, (PrintedFigure(printed),)),),
            **({} if scale is None else {"scale": scale}),
        )


def test_the_body_states_the_printed_rate_as_printed() -> None:
    text = render(tinh_thien(scale=ITS_SCALE), "text")
    body, appendix = text.split("PHỤ LỤC")
    assert "- Giải quyết và trả lời: 58 ý kiến, đạt tỷ lệ 89,2%." in _lines(body)
    # 58/65 = 0,89230…: two decimals, the report's rates (issue 12), in the appendix only.
    assert "89,23%" not in body
    assert (
        "Tỷ lệ giải quyết tính từ số liệu: 58/65 ý kiến là 89,23% (số ở mức “giải quyết và trả "
        "lời” trên tổng số)."
    ) in _lines(appendix)
    assert (
        "Thang đánh giá kết quả giải quyết của nguồn: giải quyết và trả lời ý kiến, kiến nghị "
        "của cử tri; các mức được tính như sau:"
    ) in _lines(appendix)
    assert "Đã giải quyết xong" not in body


def test_without_a_scale_of_its_own_the_words_are_neutral() -> None:
    text = render(tinh_thien(), "text")
    body, appendix = text.split("PHỤ LỤC")
    # Not "đã giải quyết xong" (stronger than any source that says only "giải quyết"), and
    # not attributed to the source; no software wording in the document.
    assert "- Đã giải quyết: 58 ý kiến, đạt tỷ lệ 89,2%." in _lines(body)
    assert "giải quyết xong" not in text
    assert "thư viện" not in text
    assert "Thang đánh giá kết quả giải quyết của nguồn" not in appendix
    assert (
        "Nguồn không nêu thang đánh giá riêng; kết quả giải quyết được ghi theo các mức: đã "
        "giải quyết; đang giải quyết; đã giải trình, cung cấp thông tin; chưa giải quyết."
    ) in _lines(appendix)


def test_a_printed_rate_the_counts_do_not_give_is_stated_and_its_disagreement_noted() -> None:
    # The same counts with a printed 95% they do not give (58/65 rounds to 89%).
    text = render(tinh_thien("95%", scale=ITS_SCALE), "text")
    body, appendix = text.split("PHỤ LỤC")
    assert "- Giải quyết và trả lời: 58 ý kiến, đạt tỷ lệ 95%." in _lines(body)
    assert (
        "Đối chiếu: Giải quyết và trả lời: tỷ lệ theo số liệu công bố (95%) không khớp với tỷ lệ "
        "tính từ số liệu 58/65 là 89%"
    ) in appendix


def test_a_meetings_statement_of_the_report_keeps_the_printed_rate() -> None:
    from tayho_coord.report._document import Paragraph
    from tayho_coord.report._records import activity_blocks

    (block,) = activity_blocks([tinh_thien(scale=ITS_SCALE)])
    assert isinstance(block, Paragraph)
    assert block.text == (
        # CountedNoun.Y_KIEN: "ý kiến" (the model has no noun "ý kiến, kiến nghị").
        "Kết quả giải quyết ý kiến của cử tri nhiệm kỳ 2016-2021: tổng hợp 65 ý kiến, giải "
        "quyết và trả lời 58 ý kiến, đạt tỷ lệ 89,2%."
    )


# -- Văn Quan 2021: "Lễ ký kết" --------------------------------------------------------------

VAN_QUAN_SOURCE = Source(
    "vanquan-ky-ket-quy-che-2021",
    "Lễ ký kết Quy chế phối hợp công tác giữa Thường trực Hội đồng nhân dân, Lãnh đạo Ủy ban "
    "nhân dân, Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam huyện nhiệm kỳ 2021-2026",
    publisher="vanquan.langson.gov.vn",
    url="https://vanquan.langson.gov.vn/",
)


def van_quan(noun: str | None) -> Meeting:
    unit = AdminUnit(
        "lang-son/van-quan",
        UnitKind.RURAL_DISTRICT,
        "Văn Quan",
        parent=AdminUnit("lang-son", UnitKind.PROVINCE, "Lạng Sơn"),
    )
    standing = _bodies(unit)[1]
    front = Agency(f"{unit.id}/mttq", AgencyKind.FATHERLAND_FRONT, unit)
    board = Agency(f"{unit.id}/mttq/btt", AgencyKind.FRONT_STANDING_BOARD, unit, front)
    committee = Agency(f"{unit.id}/ubnd", AgencyKind.PEOPLES_COMMITTEE, unit)
    cite = Citation(
        VAN_QUAN_SOURCE,
        "Ngày 06/10/2021, huyện Văn Quan tổ chức Lễ ký kết Quy chế phối hợp công tác giữa "
        "Thường trực Hội đồng nhân dân, Lãnh đạo Ủy ban nhân dân, Ban Thường trực Ủy ban Mặt "
        "trận Tổ quốc Việt Nam huyện nhiệm kỳ 2021 - 2026.",
    )
    regulation = CoordinationProgram(
        f"{unit.id}/quy-che-2021-2026",
        unit,
        ReportingPeriod.term(2021, 2026),
        (standing, committee, board),
        kind=AgreementKind.REGULATION,
        signed_on=PartialDate(2021, 10, 6),
        sources=(cite,),
    )
    return Meeting(
        f"{unit.id}/ky-ket-quy-che-2021",
        MeetingKind.SIGNING,
        unit,
        PartialDate(2021, 10, 6),
        signed=regulation,
        sources=(cite,),
        event_noun=noun,
    )


def test_a_le_ky_ket_stays_a_le() -> None:
    lines = _lines(render(van_quan("lễ"), "text", appendix=False))
    assert "Kết quả lễ ký kết Quy chế phối hợp nhiệm kỳ 2021-2026" in lines
    assert any(line.startswith("Ngày 6/10/2021 diễn ra lễ ký kết Quy chế") for line in lines)
    # Referred to again: "buổi lễ", never "hội nghị".
    assert any(line.startswith("Tại buổi lễ, ") for line in lines)
    assert not any("hội nghị" in line.lower() for line in lines)


def test_a_source_naming_no_noun_gets_hoi_nghi() -> None:
    lines = _lines(render(van_quan(None), "text", appendix=False))
    assert "Kết quả hội nghị ký kết Quy chế phối hợp nhiệm kỳ 2021-2026" in lines
    assert any(line.startswith("Tại hội nghị, ") for line in lines)


def test_another_noun_is_said_with_the_kind() -> None:
    lines = _lines(render(van_quan("buổi"), "text", appendix=False))
    assert "Kết quả buổi ký kết Quy chế phối hợp nhiệm kỳ 2021-2026" in lines
    assert any(line.startswith("Tại buổi ký kết, ") for line in lines)


@pytest.mark.parametrize("fmt", ["md", "html"])
def test_every_format_keeps_the_sources_words(fmt: str) -> None:
    assert "lễ ký kết Quy chế phối hợp nhiệm kỳ 2021-2026" in render(van_quan("lễ"), fmt)
    assert "đạt tỷ lệ 89,2%" in render(tinh_thien(scale=ITS_SCALE), fmt)


def test_the_summary_keeps_the_sources_words() -> None:
    from tayho_coord.report import summarize

    assert summarize(van_quan("lễ")).splitlines()[1] == "Lễ: 6/10/2021"
    assert summarize(tam_duong()).splitlines()[0] == f"Huyện Tam Dương: giám sát về {SUBJECT}"
    thematic = summarize(tam_duong(thematic=True)).splitlines()[0]
    assert thematic == f"Huyện Tam Dương: giám sát chuyên đề về {SUBJECT}"
    assert summarize(quang_ngai()).splitlines()[0] == (
        "Tỉnh Quảng Ngãi: phiên giải trình về " + "; ".join(TOPICS)
    )


@given(
    kind=st.sampled_from(OversightKind),
    thematic=st.booleans(),
    held=st.sampled_from([PartialDate(2020), PartialDate(2020, 6), PartialDate(2020, 6, 9)]),
)
def test_chuyen_de_exactly_when_the_record_says_so(
    kind: OversightKind, thematic: bool, held: PartialDate
) -> None:
    record = tam_duong(thematic=thematic, held_on=held)
    record = attrs.evolve(record, kind=kind)
    text = render(record, "text")
    assert ("chuyên đề" in text) is thematic
    sentence = next(line for line in _lines(text) if line.startswith("Thực hiện "))
    # a day keeps its "ngày"; a month or a year is introduced by "trong"
    expected = {
        PartialDate(2020): " trong năm 2020.",
        PartialDate(2020, 6): " trong tháng 6/2020.",
        PartialDate(2020, 6, 9): " ngày 9/6/2020.",
    }[held]
    assert sentence.endswith(expected)
