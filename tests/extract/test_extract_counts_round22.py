"""Counts of round 22 (issue 16): numberings, names, lists and modifiers after ``unseen_21``.

Each case is a short text written for its rule (docs/extract.md, "round 22"): what the
writers of ``unseen_21`` (seen) read and the rules of round 21 did not, what those rules read
and no writer does, and the set's fourth written convention (a place's name after the
persons counted is not written).
"""

from __future__ import annotations

import pytest
from extract_helpers import counts as _counts


@pytest.mark.parametrize(
    "text",
    [
        # A number after a unit's or a group's name is its numbering, no count.
        "Đoàn tiếp xúc cử tri thôn Nà Hán và Tổ dân phố 4 thị trấn Yên Lạc.",
        "cử tri khóm 3 phường Châu Phú đã kiến nghị",
        "đại biểu dự thảo luận tại trung tâm 2 nội dung: Phát huy dân chủ",
        # A number word in title case before a word in title case is a name's.
        "tu sửa bãi xe đền Chín Giếng. Bồi trúc đê",
        "đoạn đường phố Hai Bà Trưng bị ngập",
    ],
)
def test_numberings_and_names_are_no_counts(text: str) -> None:
    assert _counts(text) == []


def test_a_number_word_at_a_sentence_s_start_still_counts() -> None:
    assert _counts("Ba xã Tân Lập, Tân Hòa và Tân Phú đã hoàn thành.") == [(None, 3, "xã")]


@pytest.mark.parametrize(
    ("text", "noun"),
    [
        # A word in title case after a comma starts a name or an item, no sibling.
        ("Đoàn Chủ tịch gồm 11 người, Đề án nhân sự Đoàn đại biểu dự Đại hội", "người"),
        # Petitions' names after a comma are siblings, even where the earlier rules ended.
        (
            "có 03 đoàn công dân kiến nghị, khiếu nại đã được tiếp.",
            "đoàn công dân kiến nghị, khiếu nại",
        ),
        # A joiner read last is no part of the phrase.
        (
            "tổ chức 01 Hội nghị đối thoại giữa người đứng đầu cấp ủy, chính quyền huyện với "
            "nhân dân, nhằm",
            "Hội nghị đối thoại giữa người đứng đầu cấp ủy, chính quyền huyện với nhân dân",
        ),
        # Whose, a body's name, then a comma and a clause.
        (
            "tham gia 4 kỳ họp thường lệ của Quốc hội, chấp hành nội quy",
            "kỳ họp thường lệ của Quốc hội",
        ),
        # What a paper is for: to collect views.
        (
            "ban hành 25 văn bản lấy ý kiến các cơ quan, đơn vị có liên quan.",
            "văn bản lấy ý kiến các cơ quan, đơn vị có liên quan",
        ),
    ],
)
def test_lists_and_ends(text: str, noun: str) -> None:
    assert [c[2] for c in _counts(text)] == [noun]


@pytest.mark.parametrize(
    ("text", "noun"),
    [
        # What the places or persons counted still lack, or what struck them, says which.
        ("kéo điện cho 4 thôn chưa có điện của xã.", "thôn chưa có điện"),
        ("huyện còn 6 xã chưa đạt chuẩn nông thôn mới.", "xã chưa đạt chuẩn nông thôn mới"),
        (
            "Toàn tỉnh có 41 xã, phường bị thiệt hại do mưa lũ được hỗ trợ.",
            "xã, phường bị thiệt hại do mưa lũ",
        ),
        (
            "hỗ trợ 30 hộ chịu ảnh hưởng của thiên tai xã Nghĩa Tá, huyện Chợ Đồn.",
            "hộ chịu ảnh hưởng của thiên tai",
        ),
    ],
)
def test_which_ones_by_what_they_lack_or_suffered(text: str, noun: str) -> None:
    assert [c[2] for c in _counts(text)] == [noun]


@pytest.mark.parametrize(
    ("text", "noun"),
    [
        # The fourth convention: a place named after the persons counted is not written.
        ("tặng quà 120 người có uy tín tiêu biểu huyện Mường Chà.", "người có uy tín tiêu biểu"),
        # After a body's name or "tại" the place is read.
        (
            "có 2 ý kiến thuộc thẩm quyền của Ủy ban nhân dân thành phố Vinh.",
            "ý kiến thuộc thẩm quyền của Ủy ban nhân dân thành phố Vinh",
        ),
        (
            "giới thiệu 9 người đang công tác tại tỉnh Hà Nam ứng cử.",
            "người đang công tác tại tỉnh Hà Nam ứng cử",
        ),
    ],
)
def test_a_place_s_name_after_the_noun(text: str, noun: str) -> None:
    assert [c[2] for c in _counts(text)] == [noun]
