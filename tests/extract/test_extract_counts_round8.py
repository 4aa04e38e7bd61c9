"""Counts of round 8 (issue 16): the classes unseen_7's errors showed, each widened to its kind.

Each case is a short text written for its rule (docs/extract.md, "Measured precision and
recall"): a counted noun's phrase is read to its end or the count abstains; a word that
makes the number no count of it ("hàng năm", a place's name, "trên" as a preposition) is
read as such.
"""

from __future__ import annotations

import pytest
from extract_helpers import counts as _counts
from extract_helpers import unplaced as _reasons

from tayho_coord.extraction import extract


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Siblings after a comma: a question after petitions, a member after a member.
        (
            "có 25 lượt ý kiến, kiến nghị, chất vấn với đại biểu",
            [(None, 25, "lượt ý kiến, kiến nghị, chất vấn")],
        ),
        (
            "kết nạp 120 đoàn viên, hội viên thanh niên.",
            [(None, 120, "đoàn viên, hội viên thanh niên")],
        ),
        # The groups of public investment (Luật Đầu tư công 2019, Điều 8-10).
        ("đầu tư 03 dự án nhóm A kết nối cảng", [(None, 3, "dự án nhóm A")]),
        ("có 12 dự án nhóm B.", [(None, 12, "dự án nhóm B")]),
        # A centrally run city: "trực thuộc trung ương" is read before "trực thuộc" ends it.
        (
            "Cụm thi đua 5 thành phố trực thuộc trung ương gồm",
            [(None, 5, "thành phố trực thuộc trung ương")],
        ),
        ("có 3 phường trực thuộc thành phố", [(None, 3, "phường")]),
        # The sectors and members of a party's report.
        (
            "tại 178 doanh nghiệp ngoài nhà nước, 81 HTX",
            [(None, 178, "doanh nghiệp ngoài nhà nước"), (None, 81, "HTX")],
        ),
        ("52 đơn vị sự nghiệp ngoài công lập", [(None, 52, "đơn vị sự nghiệp ngoài công lập")]),
        ("gặp 37 chủ doanh nghiệp tư nhân;", [(None, 37, "chủ doanh nghiệp tư nhân")]),
        (
            "thành lập 311 tổ chức đảng và 250 tổ chức Đoàn",
            [(None, 311, "tổ chức đảng"), (None, 250, "tổ chức Đoàn")],
        ),
        # Persons: the classifier "vị", assessors, farmers, residents.
        (
            "bầu 372 vị hội thẩm nhân dân cấp tỉnh, cấp huyện",
            [(None, 372, "vị hội thẩm nhân dân cấp tỉnh")],
        ),
        ("gồm 31 vị, tăng 2 vị", [(None, 31, "vị"), (None, 2, "vị")]),
        ("với hơn 200 nông dân tham dự", [("hơn", 200, "nông dân")]),
        ("trong tổng số 29.500 dân, đang", [(None, 29500, "dân")]),
        # What a congress resolves.
        (
            "11 chỉ tiêu chủ yếu, 2 khâu đột phá và 6 chương trình hành động",
            [
                (None, 11, "chỉ tiêu chủ yếu"),
                (None, 2, "khâu đột phá"),
                (None, 6, "chương trình hành động"),
            ],
        ),
        ("giám sát 3 chuyên đề nóng", [(None, 3, "chuyên đề nóng")]),
        ("5 nhóm vấn đề lớn", [(None, 5, "nhóm vấn đề lớn")]),
        ("có 15 ý kiến đề xuất", [(None, 15, "ý kiến đề xuất")]),
        ("có 17 ý kiến trực tiếp và", [(None, 17, "ý kiến trực tiếp")]),
        ("9 huyện, thị xã, thành phố đồng bằng", [(None, 9, "huyện, thị xã, thành phố đồng bằng")]),
        ("có 05 ứng cử viên đại biểu Quốc hội", [(None, 5, "ứng cử viên đại biểu Quốc hội")]),
        ("7 ứng cử viên đại biểu HĐND tỉnh, gồm", [(None, 7, "ứng cử viên đại biểu HĐND tỉnh")]),
    ],
)
def test_counted_nouns_and_modifiers_of_round_8(
    text: str, expected: list[tuple[str | None, int, str]]
) -> None:
    assert _counts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A verb no noun is made of ends the phrase even after an open head.
        ("thuộc 7 lĩnh vực bao gồm đất đai", [(None, 7, "lĩnh vực")]),
        ("có 20 ý kiến, kiến nghị xoay quanh", [(None, 20, "ý kiến, kiến nghị")]),
        ("3 đoàn giám sát kéo dài đến", [(None, 3, "đoàn giám sát")]),
        ("có 06 điểm kết hợp tiếp xúc", [(None, 6, "điểm")]),
        ("2 vị liên quan đến", [(None, 2, "vị")]),
    ],
)
def test_a_verb_no_noun_is_made_of_ends_the_phrase(
    text: str, expected: list[tuple[str | None, int, str]]
) -> None:
    assert _counts(text) == expected


@pytest.mark.parametrize(
    ("text", "unplaced"),
    [
        # Capitalised, a front's member word starts an organisation's name.
        ("với 3 Đoàn Thanh niên Cộng sản", "3 Đoàn Thanh"),
        # "chính" does not match the first syllable of "chính quyền", so the phrase is open.
        ("có 10 ý kiến, kiến nghị chính quyền xã", "10 ý kiến, kiến nghị chính"),
        # A member of a body whose name follows, capitalised, and starts no body's name of
        # the list: a post, whose end is not read (a known body's is, round 9).
        ("có 02 Ủy viên Hội Nông dân tỉnh", "02 Ủy viên Hội"),
    ],
)
def test_phrases_whose_end_cannot_be_told_still_abstain(text: str, unplaced: str) -> None:
    assert _counts(text) == []
    assert unplaced in [span for span, reason in _reasons(text) if "cannot be told" in reason]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "trên" right after a counted noun: over the second count's area, no "more than".
        (
            "1.452 thôn, bản, khu phố trên 54 phường, xã đồng loạt",
            [(None, 1452, "thôn, bản, khu phố"), (None, 54, "phường, xã")],
        ),
        # After a verb it is "more than".
        ("đã có trên 54 xã đạt chuẩn", [("trên", 54, "xã")]),
        # After a date it is "more than" too: a date is no counted noun.
        ("ngày 5/6, trên 30 cử tri dự", [("trên", 30, "cử tri")]),
    ],
)
def test_tren_after_a_count_is_a_preposition(
    text: str, expected: list[tuple[str | None, int, str]]
) -> None:
    assert _counts(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "cử tri xã Bảo Lâm 3 kiến nghị cần sớm",
        "tại thôn Phú Mỹ 2 cử tri",
        "Ấp Tân Thành 1 có",
    ],
)
def test_a_number_after_a_place_name_abstains(text: str) -> None:
    assert [c for c in extract(text).counts if c.value in (1, 2, 3)] == []
    assert any("a number after a place's name" in reason for _, reason in _reasons(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A leading zero is printed by a count only.
        ("huyện Bố Trạch 04 điểm; xã Phú Mỹ 02 điểm", [(None, 4, "điểm"), (None, 2, "điểm")]),
        # A district's or a town's name holds no number.
        ("thị xã Ba Đồn 12 lượt đoàn (722 người)", [(None, 12, "lượt đoàn"), (None, 722, "người")]),
        ("huyện Lệ Thủy 4 điểm", [(None, 4, "điểm")]),
        # Three digits is no name's number.
        ("xã Phú Mỹ 120 cử tri", [(None, 120, "cử tri")]),
    ],
)
def test_counts_after_a_place_name_that_holds_no_number(
    text: str, expected: list[tuple[str | None, int, str]]
) -> None:
    assert _counts(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # "năm" is the year after these, not five; "hàng trăm" is hundreds of, no count.
        "hàng năm Đoàn ĐBQH và Thường trực HĐND tỉnh đều họp",
        "mỗi năm hai kỳ họp",
        "hàng trăm cử tri dự",
    ],
)
def test_a_number_word_after_hang_or_moi_is_no_count(text: str) -> None:
    assert [c for c in extract(text).counts if c.value in (5, 100)] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Thousands and millions of a counted noun, a decimal with a comma or a whole number.
        ("giải quyết hơn 3,8 nghìn việc với", [("hơn", 3800, "việc")]),
        ("có 1,25 nghìn hộ nghèo.", [(None, 1250, "hộ nghèo")]),
        ("hơn 1 triệu căn nhà đại đoàn kết", [("hơn", 1000000, "căn nhà đại đoàn kết")]),
        ("2 ngàn cử tri", [(None, 2000, "cử tri")]),
        # Before a measure it is an amount, no count.
        ("tổng 522 triệu đồng và hơn 16,3 nghìn m2 đất", []),
        # More than three decimals is no number of thousands printed so.
        ("1,2345 nghìn hộ", []),
    ],
)
def test_thousands_of_a_counted_noun(
    text: str, expected: list[tuple[str | None, int, str]]
) -> None:
    assert _counts(text) == expected
