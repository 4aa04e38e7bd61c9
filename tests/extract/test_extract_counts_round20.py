"""Counts of round 20 (issue 16), after the nineteenth unseen part.

Each case is a short text written for its rule (docs/extract.md, "round 20"). The set's
convention (its ``about``): a count's noun goes "as far as it names what is counted" — whom
a meeting is with or what it is on (``với``, ``đối với``), a name joined by ``và`` (``Sở Tài
nguyên và Môi trường``), persons joined by ``và``, what persons have that says which
(``có trình độ …``), whose bodies listed after ``của``. Where such a part is cut by the
excerpt, the phrase ends before it.
"""

from __future__ import annotations

import pytest
from extract_helpers import nouns as _nouns


@pytest.mark.parametrize(
    ("text", "noun"),
    [
        (
            "Hội tổ chức 9 cuộc đối thoại với hội viên, nông dân và doanh nghiệp; tham gia góp ý.",
            "cuộc đối thoại với hội viên, nông dân và doanh nghiệp",
        ),
        (
            "Tổ chức 6 điểm tiếp xúc cử tri với đại biểu HĐND huyện trước kỳ họp.",
            "điểm tiếp xúc cử tri với đại biểu HĐND huyện",
        ),
        (
            "Tổ chức 2 hội nghị phản biện đối với dự thảo nghị quyết của HĐND tỉnh.",
            "hội nghị phản biện đối với dự thảo nghị quyết của HĐND tỉnh",
        ),
        (
            "Có 4 ý kiến thuộc thẩm quyền của Sở Giáo dục và Đào tạo; 2 ý kiến khác.",
            "ý kiến thuộc thẩm quyền của Sở Giáo dục và Đào tạo",
        ),
        (
            "Có 11 người được giới thiệu ứng cử và tự ứng cử đại biểu HĐND huyện.",
            "người được giới thiệu ứng cử và tự ứng cử đại biểu HĐND huyện",
        ),
        ("Có 40 đại biểu có trình độ thạc sĩ.", "đại biểu có trình độ thạc sĩ"),
        (
            "Xem xét 6 báo cáo của Thường trực, các Ban HĐND và các sở, ngành.",
            "báo cáo của Thường trực, các Ban HĐND và các sở, ngành",
        ),
        (
            "Thực hiện 4 nội dung giám sát, phản biện xã hội trong năm.",
            "nội dung giám sát, phản biện xã hội",
        ),
    ],
)
def test_a_meeting_s_party_names_and_lists_are_read(text: str, noun: str) -> None:
    assert _nouns(text)[:1] == [noun]


@pytest.mark.parametrize(
    ("text", "nouns"),
    [
        # "với" + a figure: another count, the meeting's phrase ends
        (
            "Tổ chức 42 hội nghị với trên 11.000 lượt nhân dân.",
            ["hội nghị", "lượt nhân dân"],
        ),
        # a part cut by the excerpt (no punctuation at the line's end): the phrase ends before it
        ("Thực hiện 1.348 cuộc góp ý đột xuất đối với tổ", ["cuộc góp ý đột xuất"]),
        # ", người" alone after persons: a clause of its own, not a list
        (
            "Tỉnh đã bầu đủ 14 đại biểu Quốc hội khóa XV, người cao tuổi nhất 62 tuổi.",
            ["đại biểu Quốc hội khóa XV"],
        ),
        # a sum of money measures the persons, it is not what is counted
        (
            "Hỗ trợ 420 hội viên có hoàn cảnh khó khăn số tiền 200 triệu đồng.",
            ["hội viên có hoàn cảnh khó khăn"],
        ),
    ],
)
def test_where_the_phrase_stops(text: str, nouns: list[str]) -> None:
    assert _nouns(text)[: len(nouns)] == nouns
