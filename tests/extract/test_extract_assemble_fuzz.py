"""Any text: the assembly gives records or says why not, and never raises on its own.

Every record it builds survives a data file (``loads(dumps(x)) == x``) and cites only the
text's own words; every value it could not place keeps its span of the text.
"""

from __future__ import annotations

import warnings

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tayho_coord.errors import FigureWarning
from tayho_coord.extraction import assemble, extract
from tayho_coord.io import dumps, loads
from tayho_coord.model import AdminUnit, RecordSet, UnitKind

# Words the assembly reacts to, so that random texts reach its rules: the kinds of event,
# agreements with and without periods, bodies, units (one the model refuses: "thành phố"),
# dates with and without years, counts of every noun it places, rates of petitions, posts
# it reads and posts it does not, chairs, competence levels, plans, bounds; the deputies,
# ranges and figures of voter contacts.
PIECES = st.sampled_from(
    [
        "Chiều ngày 11/02/2020, ",
        "Sáng 25/01, ",
        "Ngày 05/3/2019, ",
        "ngày 31/12/2099 ",
        "HĐND, UBND và UBMTTQ ",
        "Thường trực HĐND ",
        "Ban Thường trực Ủy ban MTTQ Việt Nam ",
        "Ban Pháp chế HĐND ",
        "quận Tây Hồ ",
        "huyện Ba Vì ",
        "thành phố Bắc Ninh ",
        "quận × ",
        "quận Ø ",
        "tỉnh đã ",
        "14 tỉnh Trung du ",
        "HĐND tỉnh ",
        "Đoàn giám sát của HĐND tỉnh ",
        "đối với UBND huyện Cầu Kè",
        "phiên họp giám sát kết quả giải quyết kiến nghị",
        "giám sát công tác phòng, chống tham nhũng",
        "gửi đến Kỳ họp thứ 8 - HĐND tỉnh khóa X",
        "trước và sau kỳ họp thứ 12, HĐND huyện khóa IX",
        "sau Kỳ họp thứ 0 HĐND quận khóa IIII",
        "(kỳ họp giữa năm 2023)",
        "Đối với kiến nghị trước kỳ họp, ",
        "tiếp thu, xem xét giải quyết và trả lời đạt 100%",
        "giải quyết xong 144/202 kiến nghị, đạt 71,28%",
        "115 ý kiến, kiến nghị",
        "tổ chức hội nghị ",
        "ký kết ",
        "sơ kết ",
        "tổng kết ",
        "tổng kết, đánh giá, rút kinh nghiệm và ký kết ",
        "phiên giải trình về công tác đất đai",
        "giám sát chuyên đề về ",
        "tiếp xúc cử tri",
        "kết quả giải quyết kiến nghị cử tri",
        "Chương trình phối hợp ",
        "Quy chế phối hợp ",
        "năm 2020",
        "năm 0000",
        "6 tháng đầu năm 2020",
        "quý IV/2021",
        "nhiệm kỳ 2026-2021",
        "giai đoạn 2021-2025",
        "03 phiên giải trình",
        "14 nội dung giám sát, khảo sát",
        "4 nội dung về tiếp công dân; đơn thư…",
        "03 nhiệm vụ trọng tâm là A; B; C",
        "10 nhóm nhiệm vụ",
        "hơn 20 cuộc giám sát",
        "đã tiếp nhận 241 kiến nghị, ",
        "đã giải quyết 199/241 kiến nghị, đạt 82,57%",
        "chưa giải quyết 50 kiến nghị",
        "20 kiến nghị kỳ trước chuyển sang",
        "tỷ lệ trả lời đạt 100%",
        "thuộc thẩm quyền cấp quận ",
        "thuộc thẩm quyền cấp thành phố ",
        "là cơ quan thường trực năm 2019 ",
        "báo cáo",
        "Đồng chí Nguyễn Văn An - Chủ tịch HĐND quận chủ trì hội nghị",
        "Nguyễn Văn Thắng - Thành ủy viên, Bí Thư Quận ủy",
        "Lê Văn Bình - UVTV, Chủ tịch UBND tỉnh",
        "Trần Thị Cúc - Phó Chủ tịch UBND huyện báo cáo",
        "Kế hoạch số 10/KH-HĐND ngày 21/10/2024",
        "12 lẵng hoa",
        # voter contacts: deputies, joined bodies, ranges, figures of each role, parts
        "Đại biểu HĐND huyện ",
        "Đoàn ĐBQH tỉnh ",
        "Tổ đại biểu số 3 HĐND xã ",
        "đại biểu số 0 HĐND ",
        " cùng ",
        "chuyên đề ",
        "Từ ngày 16/7 đến ngày 19/7/2019, ",
        "trên 75 lượt cử tri tham gia phát biểu",
        "hơn 90 cử tri",
        "trung bình mỗi điểm có 50 cử tri",
        "trả lời trực tiếp 2 ý kiến",
        "còn 4 ý kiến",
        "tại 08 đơn vị bầu cử",
        "05 điểm tiếp xúc",
        "tối đa 5 cử tri",
        "Ngày đăng: 17/6/2024\n",
        "\xa0",
        ", ",
        "; ",
        ". ",
        "\n",
    ]
)
RANDOM = st.lists(st.one_of(PIECES, st.text(max_size=6)), max_size=30).map("".join)


def _one_of(*choices: str) -> st.SearchStrategy[str]:
    return st.sampled_from(choices)


# A lead sentence as articles write it, each part drawn from what varies (a day with or
# without its year, the bodies, the unit, the kind of event, the agreements and their
# periods), followed by random pieces: most texts then describe a record.
LEADS = st.tuples(
    _one_of("Chiều ngày 11/02/2020, ", "Sáng 25/01, ", "Ngày 05/3/2019, ", "Ngày 10/8/2020, ", ""),
    _one_of("HĐND, UBND và UBMTTQ ", "Thường trực HĐND, UBND và Ban Thường trực UBMTTQ ", "UBND "),
    _one_of("quận Tây Hồ ", "huyện Ba Vì ", "thành phố Bắc Ninh ", ""),
    _one_of(
        "tổ chức hội nghị ký kết ",
        "tổ chức hội nghị sơ kết 6 tháng đầu năm 2020 thực hiện ",
        "tổ chức hội nghị tổng kết ",
        "tổ chức hội nghị tổng kết, đánh giá, rút kinh nghiệm ",
        "tổ chức phiên giải trình về công tác đất đai. ",
        "giám sát chuyên đề về công tác cán bộ. ",
        "báo cáo kết quả giải quyết kiến nghị cử tri năm 2019. ",
        "tiếp xúc cử tri sau kỳ họp thứ 12, HĐND quận khóa IX, có trên 75 lượt cử tri phát biểu. ",
    ),
    _one_of("Chương trình phối hợp ", "Quy chế phối hợp ", ""),
    _one_of("năm 2019", "năm 2020", "nhiệm kỳ 2021-2026", "giai đoạn 2017-2020", ""),
    _one_of(
        " và ký kết chương trình phối hợp năm 2020", " và ký kết Quy chế nhiệm kỳ 2021-2026", ""
    ),
    st.lists(PIECES, max_size=12).map("".join),
).map(lambda parts: "".join(parts[:-1]) + ". " + parts[-1])
TEXTS = st.one_of(RANDOM, LEADS)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXTS)
def test_any_text_gives_records_or_reasons(text: str) -> None:
    draft = extract(text, source="bai-viet.txt")
    with warnings.catch_warnings():
        # A printed rate that disagrees with its counts is the model's own finding.
        warnings.simplefilter("ignore", FigureWarning)
        assembly = assemble(draft)
        assert isinstance(assembly.records, RecordSet)
        if assembly.records.records:
            assert loads(dumps(assembly.records)) == assembly.records
    for citation in assembly.citations():
        assert citation.source == assembly.source
        assert citation.excerpt in draft.text
    for unplaced in assembly.unplaced:
        assert draft.text[unplaced.span.start : unplaced.span.end] == unplaced.span.text
    for missing in assembly.missing:
        assert missing.reason
        if missing.span is not None:
            assert draft.text[missing.span.start : missing.span.end] == missing.span.text
    if not assembly.records.records:
        assert assembly.missing  # a text that gives no record says why


PROVINCE = AdminUnit("binh-duong", UnitKind.PROVINCE, "Bình Dương")
DISTRICT = AdminUnit("binh-duong/ba-vi", UnitKind.RURAL_DISTRICT, "Ba Vì", parent=PROVINCE)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXTS, st.sampled_from([(), (PROVINCE,), (PROVINCE, DISTRICT), (DISTRICT,)]))
def test_a_unit_is_capitalized_and_given_units_hold(
    text: str, units: tuple[AdminUnit, ...]
) -> None:
    draft = extract(text, source="bai-viet.txt")
    if draft.unit is not None:
        assert all(word[0].isupper() for word in draft.unit.name.split())
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", FigureWarning)
        assembly = assemble(draft, units=units)
    for record in assembly.records:
        unit = getattr(record, "unit", None)
        assert unit is None or unit.name[0].isupper()
        session = getattr(record, "session", None)
        assert session is None or session.council.unit == record.unit
