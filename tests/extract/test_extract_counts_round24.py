"""Counts of round 24 (issue 16): nouns, where speeches were made, houses and whom for, ends told.

Each case is a short text written for its rule (docs/extract.md, "round 24"): what the
writers of ``unseen_23`` (seen) read and the rules of round 23 did not.
"""

from __future__ import annotations

import pytest
from extract_helpers import counts as _counts


@pytest.mark.parametrize(
    ("text", "noun"),
    [
        # Nouns the writers counted and no rule knew.
        ("các đại biểu đã gửi 19 phiếu chất vấn đến chủ tọa.", "phiếu chất vấn"),
        ("bố trí 60 hòm phiếu phụ cho cử tri.", "hòm phiếu phụ"),
        ("phát hành 5.000 tờ rơi.", "tờ rơi"),
        ("Tỉnh có 3 nữ.", "nữ"),
        # Where at a session speeches were made.
        (
            "tham gia 21 lượt thảo luận tại tổ và 9 lượt thảo luận tại hội trường.",
            "lượt thảo luận tại tổ",
        ),
        # Houses and whom they are for; houses beside houses after a comma.
        ("đã xây 48 nhà cho hộ nghèo, sửa chữa 12 nhà.", "nhà cho hộ nghèo"),
        (
            "hỗ trợ 75 nhà Đại đoàn kết, nhà tránh trú bão trong năm.",
            "nhà Đại đoàn kết, nhà tránh trú bão",
        ),
        # Persons representing others, with or without "cho"; where persons stand.
        ("tiếp xúc với 250 đại biểu đại diện cử tri 12 phường", "đại biểu đại diện cử tri"),
        (
            "cùng 04 vị đại biểu HĐND tỉnh ứng cử tại đơn vị huyện Long Mỹ.",
            "vị đại biểu HĐND tỉnh ứng cử tại đơn vị huyện Long Mỹ",
        ),
        # What households meet; a list of where; the near-poor beside the poor.
        (
            "có trên 900 hộ đạt tiêu chuẩn gia đình văn hóa, 12 thôn",
            "hộ đạt tiêu chuẩn gia đình văn hóa",
        ),
        (
            "bỏ phiếu sớm tại 31 khu vực miền núi, vùng sâu, vùng xa, biên giới nhằm",
            "khu vực miền núi, vùng sâu, vùng xa, biên giới",
        ),
        ("đăng ký giảm 88 hộ nghèo, cận nghèo.", "hộ nghèo, cận nghèo"),
        # An abbreviation in brackets, an abbreviation's hyphen and a plan's year.
        (
            "danh sách 9 ứng cử viên (ƯCV) đại biểu Quốc hội (QH) và 90 ƯCV HĐND tỉnh.",
            "ứng cử viên (ƯCV) đại biểu Quốc hội (QH)",
        ),
        (
            "trình 14 dự thảo Nghị quyết về kế hoạch phát triển KT-XH năm 2027. Kỳ họp",
            "dự thảo Nghị quyết về kế hoạch phát triển KT-XH năm 2027",
        ),
        # Who elected or approved them; what is directly under.
        (
            "lấy phiếu đối với 31 người giữ chức vụ do HĐND tỉnh bầu hoặc phê chuẩn.",
            "người giữ chức vụ do HĐND tỉnh bầu hoặc phê chuẩn",
        ),
        (
            "huyện có 19 đơn vị hành chính trực thuộc, trụ sở đặt tại",
            "đơn vị hành chính trực thuộc",
        ),
    ],
)
def test_what_the_writers_read(text: str, noun: str) -> None:
    assert [c[2] for c in _counts(text)][:1] == [noun]


@pytest.mark.parametrize(
    ("text", "noun"),
    [
        # A term's years right after the earlier rules' end tell the end: no abstaining.
        (
            "lập danh sách 112 người đủ tiêu chuẩn ứng cử đại biểu HĐND tỉnh nhiệm kỳ 2026 - 2031.",
            "người đủ tiêu chuẩn ứng cử đại biểu HĐND tỉnh",
        ),
        # A figure after "đại diện" is another count, and its bound no part of the first.
        ("Hơn 200 đại biểu đại diện hơn 29.000 hội viên dự đại hội.", "đại biểu"),
    ],
)
def test_ends_told(text: str, noun: str) -> None:
    assert [c[2] for c in _counts(text)][:1] == [noun]


def test_a_second_group_after_va_still_abstains() -> None:
    # "và" + another group of persons: the end is not told (round 11's case).
    assert _counts("có 300 cán bộ, công chức và đội ngũ cộng tác viên dự") == []
