"""Counts and dates of round 27 (issue 16): what ``unseen_26`` (seen) showed.

Each case is a short text written for its rule (docs/extract.md, "round 27"), with other
words than the articles' where the rule is general.
"""

from __future__ import annotations

import pytest
from extract_helpers import counts as _counts
from extract_helpers import nouns as _nouns
from extract_helpers import unplaced as _unplaced

from tayho_coord.extraction import extract


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Two levels printed as one with a slash: one counted noun, as printed.
        ("lấy ý kiến cử tri của 10 xã/thị trấn, trong đó", [(None, 10, "xã/thị trấn")]),
        ("Toàn huyện có 14 xã/phường.", [(None, 14, "xã/phường")]),
        ("Thị xã có 7 phường/xã.", [(None, 7, "phường/xã")]),
        # Two counts of one noun joined by a slash stay two (unseen_25's convention).
        ("có 18 xã/18 xã, thị trấn hoàn thành.", [(None, 18, "xã"), (None, 18, "xã, thị trấn")]),
    ],
)
def test_levels_joined_by_a_slash(text: str, expected: list[tuple[str | None, int, str]]) -> None:
    assert _counts(text) == expected


@pytest.mark.parametrize(
    ("text", "noun"),
    [
        # A meeting's purpose right after it.
        (
            "Các xã tổ chức 45 hội nghị lấy ý kiến nhận xét và tín nhiệm của cử tri nơi cư trú.",
            "hội nghị lấy ý kiến nhận xét và tín nhiệm của cử tri nơi cư trú",
        ),
        ("đã tổ chức 9 hội nghị lấy ý kiến cử tri.", "hội nghị lấy ý kiến cử tri"),
        # What any list of topics is on, after "liên quan đến".
        (
            "xem xét 3 nội dung liên quan đến công tác cán bộ.",
            "nội dung liên quan đến công tác cán bộ",
        ),
        ("có 5 vấn đề liên quan đến đất đai.", "vấn đề liên quan đến đất đai"),
        # Of the same level; of the new term (a term with no years).
        (
            "hiệp thương cử 35 vị Ủy viên Ủy ban MTTQ Việt Nam cùng cấp.",
            "vị Ủy viên Ủy ban MTTQ Việt Nam cùng cấp",
        ),
        (
            "hiệp thương cử 31 ủy viên Ủy ban MTTQ xã nhiệm kỳ mới.",
            "ủy viên Ủy ban MTTQ xã nhiệm kỳ mới",
        ),
    ],
)
def test_what_the_writers_read(text: str, noun: str) -> None:
    assert _nouns(text)[:1] == [noun]


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        # A range printed with a dash and spaces, going up.
        ("hàng năm mở từ 120 – 150 lớp tập huấn", "a range, not a count"),
        ("tổ chức 12 - 15 hội nghị mỗi năm", "a range, not a count"),
        # An amount per unit: the unit's "1" is no count.
        ("quỹ hội bình quân 200.000đ/1 hội viên", "an amount per unit, not a count"),
        ("hỗ trợ 3 triệu đồng/1 hộ", "an amount per unit, not a count"),
        # Both sides of a road or a river: where, no parties.
        (
            "bụi ảnh hưởng người dân hai bên tuyến đường",
            "both sides of a road or a river, not a count",
        ),
        ("sạt lở 2 bên bờ sông", "both sides of a road or a river, not a count"),
        # Time given to something.
        ("Kỳ họp dành 1 buổi cho chất vấn", "a duration, not a count"),
    ],
)
def test_no_count(text: str, reason: str) -> None:
    assert _counts(text) == []
    assert reason in [r for _, r in _unplaced(text)]


@pytest.mark.parametrize(
    "text",
    [
        # A numbering's dash (the first number after "số") and numbers going down stay counts.
        "Đơn vị bầu cử số 2 – 3 đại biểu",
        "năm 2020 - 25 hộ được hỗ trợ",
    ],
)
def test_still_counts(text: str) -> None:
    assert _counts(text) != []


def test_two_parties_that_sign_are_not_sides_of_a_road() -> None:
    assert "both sides of a road or a river, not a count" not in [
        r for _, r in _unplaced("hai bên ký kết chương trình phối hợp.")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "tuyên truyền nghị quyết 12 Đảng bộ huyện.",
        "thực hiện Chỉ thị 05 của Bộ Chính trị.",
        "theo NQ 32 của Trung ương.",
    ],
)
def test_a_paper_s_number_without_so_is_no_count(text: str) -> None:
    assert _counts(text) == []


def test_to_decide_is_a_verb_not_a_paper() -> None:
    # "quyết định 9 nội dung": to decide on nine, not Decision 9.
    assert _counts("HĐND sẽ quyết định 9 nội dung quan trọng.") == [
        (None, 9, "nội dung quan trọng")
    ]


@pytest.mark.parametrize(
    ("text", "isos"),
    [
        # Two whole days joined by a dash with no space: each its own date.
        (
            "kỷ niệm 90 năm (18/11/1930-18/11/2020), ngày 14/11",
            ["1930-11-18", "2020-11-18", "--11-14"],
        ),
        ("(02/9/1945 -02/9/2025)", ["1945-09-02", "2025-09-02"]),
    ],
)
def test_two_whole_days_joined_by_a_dash(text: str, isos: list[str]) -> None:
    assert [d.iso for d in extract(text).dates] == isos


def test_a_site_s_clock_above_an_earlier_stamp_is_no_date() -> None:
    text = (
        "Thứ Sáu, 08/03/2024 07:15 SA\nHĐND thị xã họp phiên thường kỳ\n"
        "Thứ Tư, 12/04/2017 15:40 CH\nSáng ngày 11/4/2017, HĐND thị xã tổ chức phiên họp."
    )
    draft = extract(text)
    assert [d.iso for d in draft.dates] == ["2017-04-12", "2017-04-11"]
    assert ("08/03/2024", "a site's banner day, later than the page's published day") in [
        (u.span.text, u.reason) for u in draft.unplaced
    ]


def test_a_clock_line_alone_stays_the_page_s_date() -> None:
    # No earlier stamp below it: the line may be the article's own date.
    text = "Thứ Sáu, 08/03/2024 07:15 SA\nHĐND thị xã họp\nNgày 1/3/2024, HĐND thị xã họp."
    assert [d.iso for d in extract(text).dates] == ["2024-03-08", "2024-03-01"]


@pytest.mark.parametrize(
    ("text", "noun"),
    [
        # A city's level abbreviated after a body, with its term or its name.
        (
            "lập danh sách 150 người đủ tiêu chuẩn ứng cử đại biểu HĐND TP khóa XVII.",
            "người đủ tiêu chuẩn ứng cử đại biểu HĐND TP khóa XVII",
        ),
        (
            "có 95 ứng cử viên đại biểu HĐND TP Cần Thơ khóa XI.",
            "ứng cử viên đại biểu HĐND TP Cần Thơ khóa XI",
        ),
        # The abbreviation's dot before a name of two words; a full stop ends the phrase.
        ("bầu 41 ủy viên UBMTTQVN TP. Long Xuyên.", "ủy viên UBMTTQVN TP. Long Xuyên"),
        ("bầu bổ sung 2 Phó Chủ tịch HĐND TP. Sau đó, kỳ họp bế mạc.", "Phó Chủ tịch HĐND TP"),
        # A main clause's verb right after a head that names what it counts.
        ("Tại hội nghị, cử tri của 4 xã đề nghị tỉnh quan tâm.", "xã"),
        # Nouns the writers counted and no rule knew.
        ("Thôn có 215 hộ với 1.020 nhân khẩu.", "nhân khẩu"),
        ("hỗ trợ xóa 12 nhà tạm trên địa bàn.", "nhà tạm"),
        ("trao 300 bộ quần áo và 40 thùng mì tôm.", "bộ quần áo"),
        ("Quy chế gồm 6 đầu công việc.", "đầu công việc"),
        ("đánh giá 3 hoạt động chính.", "hoạt động chính"),
    ],
)
def test_read_in_round_27(text: str, noun: str) -> None:
    assert noun in _nouns(text)


@pytest.mark.parametrize("text", ["có 40 người tham gia", "có 2 đoàn tổ chức làm việc"])
def test_an_open_head_before_a_verb_still_abstains(text: str) -> None:
    assert _counts(text) == []
