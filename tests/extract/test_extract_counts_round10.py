"""Counts and rates of round 10 (issue 16): what a phrase goes on through, bounds, ranges.

Each case is a short text written for its rule (docs/extract.md, "round 10"): a body's name
goes on with its term (``khóa`` and its number; since round 21 not its years), a noun with an
activity's abbreviation of ``vi.ABBREVIATIONS``, nouns of a plan joined by ``và``; a place's
level before its name after a comma is no sibling; the qualifiers of bounds are a closed
list; a printed range of rates is read whole or not at all, never by one end.
"""

from __future__ import annotations

import pytest
from extract_helpers import counts as _counts
from extract_helpers import unplaced as _reasons

from tayho_coord.extraction import extract


@pytest.mark.parametrize(
    ("text", "noun"),
    [
        # A body's term is part of what is counted: "khóa" and its number (roman in
        # capitals or digits). Round 21: its years ("nhiệm kỳ 2024 - 2029", with or without
        # a comma) are not, as the set's facts write them in some sixty places (its
        # "about", written down before unseen_21); round 10 had read them.
        ("giới thiệu 9 đại biểu HĐND huyện khóa XII tham dự", "đại biểu HĐND huyện khóa XII"),
        ("bầu 31 ủy viên UBMTTQ xã khoá 3 để", "ủy viên UBMTTQ xã khoá 3"),
        (
            "hiệp thương 12 ủy viên MTTQ huyện khóa X, nhiệm kỳ 2024 - 2029 tại",
            "ủy viên MTTQ huyện khóa X",
        ),
        ("có 40 đại biểu HĐND tỉnh nhiệm kỳ 2021-2026 dự họp", "đại biểu HĐND tỉnh"),
        (
            "có 13 đại biểu HĐND huyện khóa IV, nhiệm kỳ 2011 - 2016 được giới thiệu bầu",
            "đại biểu HĐND huyện khóa IV",
        ),
        # After an abbreviated body kept as a modifier, too.
        ("danh sách 7 ứng cử viên ĐBQH khóa XV ở", "ứng cử viên ĐBQH khóa XV"),
    ],
)
def test_a_body_goes_on_with_its_term(text: str, noun: str) -> None:
    assert [c[2] for c in _counts(text)] == [noun]


@pytest.mark.parametrize(
    ("text", "noun"),
    [
        # No body's name before it: "khóa" is no term of the noun ("3 lớp khóa 2").
        ("mở 3 lớp bồi dưỡng khóa 2 cho", "lớp bồi dưỡng"),
        # A term's years need both ends in four digits.
        ("có 40 đại biểu HĐND tỉnh nhiệm kỳ này dự họp", "đại biểu HĐND tỉnh"),
    ],
)
def test_khoa_without_a_body_or_years_ends_the_phrase(text: str, noun: str) -> None:
    assert [c[2] for c in _counts(text)] == [noun]


@pytest.mark.parametrize(
    ("text", "noun"),
    [
        # An activity's abbreviation of vi.ABBREVIATIONS, as printed, names what is counted.
        ("đã tổ chức 12 hội nghị TXCT trong năm", "hội nghị TXCT"),
        ("tiếp nhận 40 hồ sơ TTHC qua mạng", "hồ sơ TTHC"),
        ("hoàn thành 15 chỉ tiêu KT-XH năm 2024", "chỉ tiêu KT-XH"),
    ],
)
def test_a_noun_goes_on_with_an_activity_abbreviation(text: str, noun: str) -> None:
    assert [c[2] for c in _counts(text)] == [noun]


def test_an_abbreviation_of_a_body_or_in_small_letters_is_no_activity() -> None:
    # "txct" in small letters is no abbreviation as printed (the count abstains); "UBND" is
    # a body, after a noun that takes no body's name it ends the phrase.
    assert _counts("có 12 hội nghị txct mới") == []
    assert _reasons("có 12 hội nghị txct mới") == [
        ("12 hội nghị txct", "the noun 'hội nghị' may go on with 'txct': its end cannot be told")
    ]
    assert _counts("xử lý 5 hồ sơ UBND huyện chuyển") == [(None, 5, "hồ sơ")]


@pytest.mark.parametrize(
    ("text", "noun"),
    [
        # Nouns of a plan joined by "và" are one phrase; a period's number after the second
        # ("6 tháng") is no number of its own.
        ("triển khai 4 nhiệm vụ và giải pháp 6 tháng cuối năm", "nhiệm vụ và giải pháp"),
        ("đề ra 3 mục tiêu và định hướng; trong đó", "mục tiêu và định hướng"),
    ],
)
def test_nouns_of_a_plan_joined_by_va_are_one_phrase(text: str, noun: str) -> None:
    assert [c[2] for c in _counts(text)] == [noun]


def test_a_plan_noun_with_its_own_number_stays_apart() -> None:
    assert _counts("đạt 3 mục tiêu và 12 chỉ tiêu") == [
        (None, 3, "mục tiêu"),
        (None, 12, "chỉ tiêu"),
    ]


def test_a_sibling_after_a_comma_goes_on_with_its_modifier() -> None:
    text = "cử 5 đoàn kiểm tra, giám sát liên ngành về an toàn thực phẩm"
    assert _counts(text) == [(None, 5, "đoàn kiểm tra, giám sát liên ngành")]


@pytest.mark.parametrize(
    ("text", "noun"),
    [
        # A place's level after a comma, before its name or number, says where the counted
        # things are: no sibling of the list.
        ("tiếp xúc tại 3 điểm, xã Hòa Bình và xã Hòa Lợi", "điểm"),
        ("giám sát 2 trường, phường 5 và phường 6", "trường"),
    ],
)
def test_a_place_named_after_a_comma_is_no_sibling(text: str, noun: str) -> None:
    assert [c[2] for c in _counts(text)] == [noun]


def test_a_level_in_a_list_of_levels_is_still_a_sibling() -> None:
    assert _counts("ở 12 xã, phường, thị trấn của huyện") == [(None, 12, "xã, phường, thị trấn")]


@pytest.mark.parametrize(
    ("text", "qualifier"),
    [
        # The bounds of the closed list, longest first ("ít hơn" is no "hơn").
        ("mỗi năm ít nhất 2 cuộc giám sát", "ít nhất"),
        ("tổ chức tối thiểu 3 buổi tiếp xúc", "tối thiểu"),
        ("thành lập không quá 5 đoàn giám sát", "không quá"),
        ("có không dưới 30 đại biểu dự", "không dưới"),
        ("chỉ có ít hơn 20 cử tri dự", "ít hơn"),
        ("đã có hơn 20 cử tri dự", "hơn"),
    ],
)
def test_a_bound_keeps_its_qualifier(text: str, qualifier: str) -> None:
    assert [c[0] for c in _counts(text)] == [qualifier]


@pytest.mark.parametrize(
    "text",
    [
        "tỷ lệ giải quyết đạt 40-50% tổng số",
        "chiếm khoảng 80 - 90% số hộ",
        "đạt 60–70% kế hoạch",
        "từ 15,5 đến 20% dân số",
    ],
)
def test_a_range_of_rates_is_read_whole_or_not_at_all(text: str) -> None:
    draft = extract(text)
    assert draft.rates == ()
    assert [u.reason for u in draft.unplaced] == ["a range of rates, not one rate"]


def test_two_printed_rates_of_a_range_are_each_a_rate() -> None:
    # Each end printed with its sign is a printed rate ("từ 97,27% đến 99,89%").
    draft = extract("đạt từ 95,5% đến 99,1% cử tri đi bầu")
    assert [r.span.text for r in draft.rates] == ["95,5%", "99,1%"]


@pytest.mark.parametrize(
    ("text", "noun"),
    [
        # A predicate after the persons counted ends the phrase, after an open head too.
        ("có 1.250 cử tri đi bỏ phiếu", "cử tri"),
        ("cử 4 đại biểu đi dự Đại hội", "đại biểu"),
        ("công bố 15 người trúng cử", "người"),
        # Round 14: with "ứng cử" after it the qualification names WHICH persons are counted
        # ("người đủ tiêu chuẩn ứng cử", unseen_13's facts); alone it stays a predicate.
        ("lập danh sách 9 người đủ tiêu chuẩn.", "người"),
    ],
)
def test_a_predicate_after_persons_ends_the_phrase(text: str, noun: str) -> None:
    assert [c[2] for c in _counts(text)] == [noun]


@pytest.mark.parametrize(
    ("text", "noun"),
    [
        # Nouns of round 10's lexicon, each of its kind.
        ("thành lập 11 trung tâm hành chính công cấp huyện", "trung tâm hành chính công cấp huyện"),
        (
            "vận hành 98 bộ phận tiếp nhận và trả kết quả hiện đại cấp xã",
            "bộ phận tiếp nhận và trả kết quả hiện đại cấp xã",
        ),
        ("có 6 Mặt trận cấp xã tổ chức xong", "Mặt trận cấp xã"),
        ("tập trung 3 trụ cột: kinh tế", "trụ cột"),
        ("ở 2 địa phương của tỉnh", "địa phương"),
        ("nêu 9 đề xuất, kiến nghị với", "đề xuất, kiến nghị"),
        ("gặp 350 công nhân, viên chức, lao động của", "công nhân, viên chức, lao động"),
        ("kết nạp 21 tổ chức thành viên mới", "tổ chức thành viên mới"),  # round 13: "mới"
        ("qua 3 số máy: 0238", "số máy"),
        ("tạo việc làm cho 566 lao động, tỷ lệ", "lao động"),
        ("xây dựng 25 mái ấm cho hội viên", "mái ấm"),
        ("trong đó 40 đại biểu dân tộc thiểu số, chiếm", "đại biểu dân tộc thiểu số"),
    ],
)
def test_round_10_nouns(text: str, noun: str) -> None:
    assert [c[2] for c in _counts(text)] == [noun]


def test_the_verb_to_organise_stays_no_noun() -> None:
    # "tổ chức" alone is the verb: no count of organisations is read.
    assert _counts("Phường 7 tổ chức 2 hội nghị") == [(None, 2, "hội nghị")]


def test_a_cut_line_that_may_start_a_clause_verb_is_no_modifier() -> None:
    # "liên" at the line's end may start "liên ngành" or "liên quan": no modifier is read.
    assert _counts("đã tổ chức 05 phiên giải trình liên\nquan đến") == [
        (None, 5, "phiên giải trình")
    ]
