"""The kind of event, its time and its unit: only what the title and lead say (review 5).

Each rule is tested on texts written for it (docs/extract.md, "What goes where"); the real
pages the forms were found on are cited with their short facts (not their prose):

- Lê Đại Hành (Hai Bà Trưng, Hà Nội), haibatrung.hanoi.gov.vn …/2853693: on 17/9/2018 the
  ward's Thường trực HĐND met (phiên họp tháng 9) to prepare a phiên giải trình; the
  hearing's own day is not printed.
- Minh Sơn (Hữu Lũng, Lạng Sơn), minhson.huulung.langson.gov.vn: title in capitals "HỘI
  ĐỒNG NHÂN DÂN XÃ MINH SƠN TỔ CHỨC …"; Thường trực HĐND xã "xây dựng Kế hoạch tổ chức phiên
  họp giải trình" (after its meeting of early 9/2023).
- Điện Biên, daibieunhandan.vn/dien-bien-chuan-bi-cac-dieu-kien-cho-phien-giai-trinh-vao-
  thang-11: the August 2020 Thường trực meeting asks to "chuẩn bị các điều kiện để phiên họp
  giải trình vào tháng 11.2020".
- Đô Lương (Nghệ An), doluong.gov.vn/hoi-nghi-thong-nhat-noi-dung-chuong-trinh-ky-hop-lan-
  thu-9-hdnd-huyen-khoa-xix-nhiem-ky-2016-2021: on 4/6 [2019] the district council agreed
  its plan; "từ ngày 12- 17/6 sẽ tiến hành tiếp xúc cử tri" (a contact planned, not held).
- Nghệ An, dbndnghean.vn (tin hoạt động): "hội nghị đánh giá việc thực hiện Quy chế phối
  hợp … năm 2013, triển khai nhiệm vụ năm 2014", Chiều 21/1 [2014]; a later sentence lists
  "phối hợp bố trí tổ chức tiếp xúc cử tri các cấp" among the fields of the coordination.
- Vĩnh Long, thvl.vn/…/hoi-nghi-so-ket-thuc-hien-quy-che-phoi-hop-cong-tac-03-thuong-truc:
  "Nhờ thực hiện tốt quy chế phối hợp …; tổ chức tiếp xúc cử tri, theo dõi đôn đốc …" (a
  field of work weighed, no contact held).
- Đà Nẵng, Báo cáo 26/BC-HĐND of 08/12/2023 (scribd 721676150): header "HỘI ĐỒNG NHÂN DÂN
  / THÀNH PHỐ ĐÀ NẴNG", title "Kết quả giám sát việc giải quyết các kiến nghị của cử tri …
  tại Kỳ họp thứ 15 Hội đồng nhân dân thành phố khóa X, nhiệm kỳ 2021-2026".
- Kon Tum, kontum.gov.vn/pages/detail/53116 (08/07/2024): the report given "tại Kỳ họp thứ 7
  HĐND tỉnh khóa XII" is of the petitions "trước và sau Kỳ họp thứ 6": "tại" names the
  session a report is given at, not the one its petitions were sent to.
- Ban Dân nguyện, quochoi.vn/bandannguyen: heading in capitals "BÁO CÁO KẾT QUẢ GIÁM SÁT
  VIỆC GIẢI QUYẾT, TRẢ LỜI KIẾN NGHỊ CỦA CỬ TRI GỬI ĐẾN KỲ HỌP THỨ 4, QUỐC HỘI KHÓA XIV".
"""

from __future__ import annotations

import warnings

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tayho_coord.errors import FigureWarning
from tayho_coord.extraction import Assembly, EventKind, assemble, extract
from tayho_coord.model import (
    AdminUnit,
    Hearing,
    Meeting,
    MeetingKind,
    PartialDate,
    PetitionReport,
    ReportingPeriod,
    UnitKind,
)

DA_NANG = AdminUnit("da-nang", UnitKind.CENTRAL_CITY, "Đà Nẵng")
KON_TUM = AdminUnit("kon-tum", UnitKind.PROVINCE, "Kon Tum")


def _assemble(text: str, units: tuple[AdminUnit, ...] = ()) -> Assembly:
    with warnings.catch_warnings():
        warnings.simplefilter("error", FigureWarning)
        return assemble(extract(text, source="bai-viet.txt"), units=units)


def _held(assembly: Assembly) -> list[tuple[str, object]]:
    return [
        (type(r).__name__, getattr(r, "held_on", None))
        for r in assembly.records
        if getattr(r, "held_on", None) is not None
    ]


# -- D1: an event the text only prepares, plans or schedules is not held --------------------

# The words of each kind of event, with what each needs besides its day (a subject, the
# deputies, an agreement with its year and bodies), all of one unit.
EVENTS = {
    "Hearing": "Thường trực HĐND huyện Ba Vì {how} phiên giải trình về công tác đất đai",
    "OversightActivity": "Thường trực HĐND huyện Ba Vì {how} giám sát chuyên đề về công tác "
    "đất đai",
    "VoterContact": "Tổ đại biểu số 1 HĐND huyện Ba Vì {how} tiếp xúc cử tri xã Ba Trại",
    "Meeting": "HĐND, UBND và UBMTTQ huyện Ba Vì {how} hội nghị ký kết Chương trình phối hợp "
    "năm 2024",
}
# Words that make it prepared or planned, before the event's words; and after them.
BEFORE = {
    "họp để chuẩn bị cho": "chuẩn bị",
    "ban hành Kế hoạch tổ chức": "ban hành Kế hoạch",
    "xây dựng Kế hoạch tổ chức": "xây dựng Kế hoạch",
    "sẽ tổ chức": "sẽ",
    "dự kiến tổ chức": "dự kiến",
}
AFTER = {
    ", dự kiến tổ chức trong tháng 4/2024": "dự kiến",
    " sắp tới": "sắp tới",
    ", sẽ được tổ chức vào cuối tháng": "sẽ được tổ chức",
}


@pytest.mark.parametrize("record", sorted(EVENTS))
@pytest.mark.parametrize("how", sorted(BEFORE))
def test_an_event_prepared_or_planned_is_not_held_on_the_days_printed(
    record: str, how: str
) -> None:
    text = "Ngày 05/3/2024, " + EVENTS[record].format(how=how) + "."
    result = _assemble(text)
    assert _held(result) == []
    (reason,) = [m for m in result.missing if (m.record, m.field) == (record, "held_on")]
    assert reason.span is not None
    assert reason.span.text == BEFORE[how]
    assert reason.reason.startswith("the text only prepares, plans or schedules it")


@pytest.mark.parametrize("record", sorted(EVENTS))
@pytest.mark.parametrize("after", sorted(AFTER))
def test_words_after_the_event_that_plan_it(record: str, after: str) -> None:
    text = "Ngày 05/3/2024, " + EVENTS[record].format(how="tổ chức") + after + "."
    result = _assemble(text)
    assert _held(result) == []
    built = [r for r in result.records if type(r).__name__ == record]
    if built:  # a hearing or an oversight placed by the month its plan sets
        assert [getattr(r, "planned_only", None) for r in built] == [True]
        assert record in ("Hearing", "OversightActivity")
        assert "tháng 4/2024" in after
    else:
        words = [m.span.text for m in result.missing if m.field == "held_on" and m.span]
        assert words == [AFTER[after]]


@pytest.mark.parametrize(
    ("when", "scheduled"),
    [
        ("dự kiến tổ chức vào tháng 10/2023", ReportingPeriod.month(2023, 10)),
        ("dự kiến tổ chức trong tháng 11/2024", ReportingPeriod.month(2024, 11)),
        ("sẽ được tổ chức vào ngày 20/10/2023", ReportingPeriod.day(PartialDate(2023, 10, 20))),
    ],
)
def test_a_planned_hearing_keeps_the_time_its_plan_sets(
    when: str, scheduled: ReportingPeriod
) -> None:
    # Minh Sơn's form: the plan's day is no day of the hearing; the subject ends before
    # ", dự kiến …"/", sẽ …".
    result = _assemble(
        "Ngày 10/9/2023, Thường trực HĐND xã Minh Sơn ban hành Kế hoạch tổ chức phiên giải "
        f"trình về công tác hòa giải, {when}."
    )
    (hearing,) = result.records
    assert isinstance(hearing, Hearing)
    assert (hearing.held_on, hearing.scheduled, hearing.subject) == (
        None,
        scheduled,
        "công tác hòa giải",
    )
    assert hearing.planned_only


def test_a_plan_carried_out_is_not_a_plan() -> None:
    # "Thực hiện Kế hoạch số …" says the hearing was held as planned: its day is printed.
    result = _assemble(
        "Thực hiện Kế hoạch số 10/KH-HĐND ngày 05/9/2023, sáng 20/9/2023, Thường trực HĐND "
        "xã Minh Sơn tổ chức phiên giải trình về công tác hòa giải."
    )
    (hearing,) = result.records
    assert isinstance(hearing, Hearing)
    assert hearing.held_on == PartialDate(2023, 9, 20)
    assert hearing.plan is not None
    assert hearing.plan.issued_on == PartialDate(2023, 9, 5)


@pytest.mark.parametrize(
    "text",
    [
        # Lê Đại Hành, 17/9/2018: a meeting that prepares the hearing.
        "Ngày 17 tháng 9 năm 2018, Thường trực HĐND phường Lê Đại Hành tổ chức phiên họp "
        "tháng 9 để chuẩn bị cho phiên giải trình về công tác lập lại trật tự đô thị.",
        # Điện Biên, 2020: conditions prepared for a hearing in November.
        "Ngày 20/8/2020, Thường trực HĐND tỉnh Điện Biên đề nghị chuẩn bị các điều kiện để "
        "phiên họp giải trình về công tác cán bộ vào tháng 11/2020.",
        # Đô Lương, 2019: contacts planned after the council's meeting.
        "Ngày 04/6/2019, HĐND huyện Đô Lương thống nhất kế hoạch; đại biểu HĐND huyện Đô "
        "Lương sẽ tiến hành tiếp xúc cử tri tại các đơn vị bầu cử.",
    ],
)
def test_real_preparations_hold_no_event(text: str) -> None:
    assert _held(_assemble(text)) == []


# -- D2: the kind is the title's and lead's, never a passing mention's ----------------------


def test_a_review_of_a_years_agreement_is_a_final_review() -> None:
    # Nghệ An, 21/01/2014: "đánh giá việc thực hiện Quy chế phối hợp năm 2013".
    result = _assemble(
        "Chiều 21/01/2014, Thường trực HĐND tỉnh Nghệ An và Ủy ban MTTQ tỉnh Nghệ An tổ chức "
        "hội nghị đánh giá việc thực hiện Quy chế phối hợp năm 2013, triển khai nhiệm vụ năm "
        "2014. Hội nghị bàn việc phối hợp bố trí tổ chức tiếp xúc cử tri các cấp."
    )
    (meeting,) = [r for r in result.records if isinstance(r, Meeting)]
    assert meeting.kind is MeetingKind.FINAL_REVIEW
    assert meeting.held_on == PartialDate(2014, 1, 21)
    assert meeting.reviewed is not None
    assert (meeting.reviewed.kind.value, meeting.reviewed.period) == (
        "regulation",
        ReportingPeriod.year(2013),
    )


@pytest.mark.parametrize(
    "words",
    [
        "đánh giá kết quả thực hiện Chương trình phối hợp 6 tháng đầu năm 2024",
        "đánh giá việc thực hiện Quy chế phối hợp quý I/2024",
    ],
)
def test_a_review_of_part_of_a_year_named_only_by_danh_gia_is_not_given_a_kind(
    words: str,
) -> None:
    assert (
        extract(f"Ngày 05/7/2024, HĐND và UBND huyện Ba Vì tổ chức hội nghị {words}.").event is None
    )


LEADS = {
    "Ngày 05/3/2024, HĐND, UBND và UBMTTQ huyện Ba Vì tổ chức hội nghị sơ kết Chương trình "
    "phối hợp năm 2024.": EventKind.INTERIM_REVIEW,
    "Ngày 05/3/2024, Thường trực HĐND huyện Ba Vì tổ chức phiên giải trình về công tác đất "
    "đai.": EventKind.HEARING,
    "Ngày 05/3/2024, Đoàn giám sát của HĐND huyện Ba Vì giám sát công tác đất đai.": (
        EventKind.OVERSIGHT
    ),
}
PASSING = [
    "Hội nghị bàn việc phối hợp tổ chức tiếp xúc cử tri các cấp.",
    "Nhờ thực hiện tốt quy chế, góp phần tổ chức tiếp xúc cử tri.",
    "Các bên đã thực hiện tốt công tác giám sát; tổ chức tiếp xúc cử tri, theo dõi kiến nghị.",
    "Đại biểu HĐND huyện Ba Vì tiếp xúc cử tri xã Ba Trại.",
]


@pytest.mark.parametrize("lead", sorted(LEADS))
@pytest.mark.parametrize("later", PASSING)
def test_the_first_sentence_that_names_an_event_decides_its_kind(lead: str, later: str) -> None:
    event = extract(lead + " " + later).event
    assert event is not None
    assert event.kind is LEADS[lead]


@pytest.mark.parametrize("passing", PASSING[:3])
def test_a_field_of_work_alone_names_no_event(passing: str) -> None:
    # Vĩnh Long (thvl.vn): a sentence weighing the work, its list of fields.
    assert extract(passing).event is None


@pytest.mark.parametrize(
    "title",
    [
        "BÁO CÁO KẾT QUẢ GIÁM SÁT VIỆC GIẢI QUYẾT, TRẢ LỜI KIẾN NGHỊ CỦA CỬ TRI GỬI ĐẾN KỲ HỌP "
        "THỨ 4, QUỐC HỘI KHÓA XIV",
        "Kết quả giám sát việc giải quyết các kiến nghị của cử tri",
    ],
)
def test_the_results_of_an_oversight_of_petitions_are_a_petition_report(title: str) -> None:
    # A report of the petitions' figures, given by the council's body that oversaw them
    # (PetitionReport.reporter), not the oversight itself (an activity with its days).
    event = extract(title + "\nNội dung báo cáo.").event
    assert event is not None
    assert event.kind is EventKind.PETITION_REPORT


# -- D6: headings in capitals ---------------------------------------------------------------

# Nghị định 30/2020/NĐ-CP, Phụ lục II: a unit's level in small letters, its proper name
# capitalized syllable by syllable ("thành phố Thái Nguyên").
CAPITALS = [
    ("XÃ MINH SƠN", "xã", "Minh Sơn"),
    ("PHƯỜNG LÊ ĐẠI HÀNH", "phường", "Lê Đại Hành"),
    ("THỊ TRẤN ĐÔNG ANH", "thị trấn", "Đông Anh"),
    ("HUYỆN ĐÔ LƯƠNG", "huyện", "Đô Lương"),
    ("QUẬN TÂY HỒ", "quận", "Tây Hồ"),
    ("THỊ XÃ ĐÔNG HÒA", "thị xã", "Đông Hòa"),
    ("TỈNH ĐẮK LẮK", "tỉnh", "Đắk Lắk"),
    ("THÀNH PHỐ ĐÀ NẴNG", "thành phố", "Đà Nẵng"),
]


@pytest.mark.parametrize(("printed", "level", "name"), CAPITALS)
def test_a_title_in_capitals_names_the_unit(printed: str, level: str, name: str) -> None:
    draft = extract(f"HỘI ĐỒNG NHÂN DÂN {printed} TỔ CHỨC PHIÊN GIẢI TRÌNH\n\nNội dung.")
    assert draft.unit is not None
    assert (draft.unit.level, draft.unit.name, draft.unit.span.text) == (level, name, printed)


@pytest.mark.parametrize(("printed", "level", "name"), CAPITALS)
def test_a_documents_header_names_the_unit(printed: str, level: str, name: str) -> None:
    # The issuer's name of Phụ lục I, in two columns flattened to lines: "CỘNG HÒA XÃ HỘI
    # CHỦ NGHĨA" names no commune, and "Độc lập" ends the name.
    draft = extract(
        "HỘI ĐỒNG NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        f"{printed} Độc lập - Tự do - Hạnh phúc\n"
        "Số: 26/BC-HĐND Hà Nội, ngày 08 tháng 12 năm 2023\nBÁO CÁO\nNội dung."
    )
    assert draft.unit is not None
    assert (draft.unit.level, draft.unit.name) == (level, name)


def test_capitals_inside_a_sentence_are_not_a_heading() -> None:
    assert extract("Ngày 05/3/2024, đại biểu về XÃ MINH SƠN dự hội nghị.").unit is None


def test_the_heading_gives_a_hearing_its_unit() -> None:
    # Minh Sơn: the title names the commune; the lead names only "Thường trực HĐND xã".
    result = _assemble(
        "HỘI ĐỒNG NHÂN DÂN XÃ MINH SƠN TỔ CHỨC PHIÊN GIẢI TRÌNH\n\nNgày 20/9/2023, Thường trực "
        "HĐND xã tổ chức phiên giải trình về công tác hòa giải."
    )
    (hearing,) = result.records
    assert isinstance(hearing, Hearing)
    assert str(hearing.unit) == "xã Minh Sơn"


DA_NANG_REPORT = (
    "HỘI ĐỒNG NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
    "THÀNH PHỐ ĐÀ NẴNG Độc lập - Tự do - Hạnh phúc\n"
    "Số: 26/BC-HĐND Đà Nẵng, ngày 08 tháng 12 năm 2023\n"
    "BÁO CÁO\n"
    "Kết quả giám sát việc giải quyết các kiến nghị của cử tri; tiếp công dân\n"
    "và xử lý đơn thư tại Kỳ họp thứ 15 Hội đồng nhân dân thành phố\n"
    "khóa X, nhiệm kỳ 2021-2026\n"
    "Thường trực HĐND thành phố báo cáo kết quả giám sát việc giải quyết các kiến nghị của "
    "cử tri tại Kỳ họp thứ 15 HĐND thành phố khóa X."
)


def test_a_session_a_report_is_given_at_is_not_the_one_its_petitions_were_sent_to() -> None:
    # Đà Nẵng 26/BC-HĐND: the kind and the unit are read (the header is not the lead, the
    # title after it is); the day of the report and the legislature's term are no period.
    result = _assemble(DA_NANG_REPORT, (DA_NANG,))
    assert [(m.record, m.field) for m in result.missing] == [("PetitionReport", "session")]
    (missing,) = result.missing
    assert "given at (tại)" in missing.reason
    assert missing.span is not None
    assert missing.span.text.startswith("tại Kỳ họp thứ 15")


def test_the_session_petitions_were_sent_to_is_read_beside_the_one_of_the_report() -> None:
    # Kon Tum, 08/07/2024: given at session 7, of the petitions of session 6.
    result = _assemble(
        "Kết quả giải quyết kiến nghị của cử tri trước và sau Kỳ họp thứ 6 HĐND tỉnh khóa "
        "XII\nSáng ngày 08/7, tại Kỳ họp thứ 7 HĐND tỉnh khóa XII, UBND tỉnh Kon Tum báo cáo "
        "đã giải quyết 84 kiến nghị.",
        (KON_TUM,),
    )
    (report,) = result.records
    assert isinstance(report, PetitionReport)
    assert report.session is not None
    assert report.session.number == 6


NAME_SYLLABLES = ["Minh", "Sơn", "Đà", "Nẵng", "Ông", "Ích", "Yên", "Ứng", "Hòa", "Thủy", "Ân"]


@given(
    st.sampled_from(CAPITALS),
    st.lists(st.sampled_from(NAME_SYLLABLES), min_size=1, max_size=4),
)
def test_any_name_in_capitals_is_read_back_syllable_by_syllable(
    unit: tuple[str, str, str], syllables: list[str]
) -> None:
    level = unit[1]
    name = " ".join(syllables)
    draft = extract(f"HỘI ĐỒNG NHÂN DÂN {level.upper()} {name.upper()} TỔ CHỨC HỘI NGHỊ\nNội dung.")
    assert draft.unit is not None
    assert (draft.unit.level, draft.unit.name) == (level, name)
