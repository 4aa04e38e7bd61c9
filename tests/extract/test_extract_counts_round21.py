"""Counts of round 21 (issue 16): the set's written conventions, lists of levels, wrapped lines.

Each case is a short text written for its rule (docs/extract.md, "round 21"). Three
conventions the set's facts hold were written into its ``about`` before ``unseen_21`` was
begun: a body's term with its years is no part of a counted noun, places counted before
their names are written by their noun alone, ``còn lại`` is not written. The other rules
read what the writers of ``unseen_19`` and ``unseen_20`` (seen parts) read and the rules did
not: lists of places' levels, petitions' fitness, set phrases, a place's name after its
level, a line that only wraps its sentence.
"""

from __future__ import annotations

import pytest
from extract_helpers import counts as _counts

from tayho_coord.extraction import extract


@pytest.mark.parametrize(
    ("text", "noun"),
    [
        # A term's years, with or without a comma before them, end the phrase; its "khóa" is
        # read.
        (
            "Hội nghị thông qua 48 người ứng cử đại biểu HĐND huyện nhiệm kỳ 2026-2031 tại",
            "người ứng cử đại biểu HĐND huyện",
        ),
        (
            "đã bầu 35 đại biểu HĐND xã khóa XXII, nhiệm kỳ 2026 - 2031.",
            "đại biểu HĐND xã khóa XXII",
        ),
        ("gồm 17 ủy viên Ủy ban MTTQ phường nhiệm kỳ 2024 – 2029.", "ủy viên Ủy ban MTTQ phường"),
    ],
)
def test_a_term_s_years_are_no_part_of_the_noun(text: str, noun: str) -> None:
    assert [c[2] for c in _counts(text)] == [noun]


@pytest.mark.parametrize(
    ("text", "noun"),
    [
        # Places counted before their names: the noun alone (the set's convention).
        ("Đoàn tiếp xúc cử tri 3 xã Phú Lộc, Phú Hòa và Phú Thành.", "xã"),
        ("đoàn làm việc với hai tỉnh Hòa Phát và Đông Lâm.", "tỉnh"),
        # "còn lại" (the rest) is not written.
        ("đoàn sẽ tiếp xúc cử tri 4 phường còn lại trong tháng.", "phường"),
        # Where places counted are ("trong tỉnh", "của huyện", "thuộc …") ends the phrase.
        ("có 9 huyện, thị, thành phố trong tỉnh đã tổ chức đại hội.", "huyện, thị, thành phố"),
        ("tiếp xúc cử tri 6 xã vùng cao của huyện.", "xã vùng cao"),
        ("có 5 phường trực thuộc thành phố", "phường"),
    ],
)
def test_places_counted(text: str, noun: str) -> None:
    assert [c[2] for c in _counts(text)] == [noun]


@pytest.mark.parametrize(
    ("text", "noun"),
    [
        # A list of places' levels after a comma, the short "thị" among them.
        (
            "có 214 người ứng cử đại biểu HĐND xã, phường, nhiệm kỳ 2026-2031.",
            "người ứng cử đại biểu HĐND xã, phường",
        ),
        ("các đồng chí lãnh đạo 12 xã, thị, trên địa bàn huyện", "xã, thị"),
        # A level before a number is a place, no level of the list.
        ("tiếp xúc cử tri 2 xã, phường 4 của quận.", "xã"),
        # A place's name after a level that is not the counted noun is that place's.
        (
            "có 3 ý kiến thuộc thẩm quyền của UBND huyện Yên Lạc.",
            "ý kiến thuộc thẩm quyền của UBND huyện Yên Lạc",
        ),
    ],
)
def test_lists_of_levels_and_a_place_s_name(text: str, noun: str) -> None:
    assert [c[2] for c in _counts(text)] == [noun]


@pytest.mark.parametrize(
    ("text", "noun"),
    [
        # Siblings of a list the writers read: what a petition raises, a policy beside a
        # scheme, a list beside candidates' files.
        ("kỳ họp này nhận được 25 ý kiến, vấn đề được cử tri gửi tới", "ý kiến, vấn đề"),
        ("tỉnh đã ban hành 12 đề án, chính sách hỗ trợ.", "đề án, chính sách hỗ trợ"),
        ("nhận 40 hồ sơ, danh sách người tự ứng cử.", "hồ sơ, danh sách người tự ứng cử"),
        # "khác nhau" (various) is read as "khác" is.
        (
            "đại biểu quan tâm tới 7 vấn đề, lĩnh vực khác nhau, trong đó",
            "vấn đề, lĩnh vực khác nhau",
        ),
        # Petitions that meet the conditions to be handled.
        ("trong kỳ đã xử lý 312 đơn đủ điều kiện.", "đơn đủ điều kiện"),
        ("có 48 đơn thư không đủ điều kiện xử lý.", "đơn thư không đủ điều kiện xử lý"),
        # Set phrases: those who served the revolution; whose authority resolves.
        ("tặng quà 640 gia đình có công với cách mạng; tổ chức", "gia đình có công với cách mạng"),
        (
            "có 02 kiến nghị thuộc thẩm quyền giải quyết của Sở Xây dựng.",
            "kiến nghị thuộc thẩm quyền giải quyết của Sở Xây dựng",
        ),
    ],
)
def test_what_the_writers_read_on_with(text: str, noun: str) -> None:
    assert [c[2] for c in _counts(text)] == [noun]


@pytest.mark.parametrize(
    ("text", "noun"),
    [
        # "được cử tri …" is a relative clause's agent, no "được cử" (appointed).
        ("có 6 nội dung được cử tri kiến nghị nhiều lần.", "nội dung"),
        # A verb after "và" starts a second predicate.
        (
            "còn 5 ý kiến thuộc thẩm quyền giải quyết của cấp huyện và tổng hợp gửi về tỉnh.",
            "ý kiến thuộc thẩm quyền giải quyết của cấp huyện",
        ),
    ],
)
def test_where_the_phrase_ends(text: str, noun: str) -> None:
    assert [c[2] for c in _counts(text)] == [noun]


def test_a_line_that_only_wraps_its_sentence_goes_on() -> None:
    # A page copied from a print layout: one break, then a word in small letters.
    text = "Tổ bầu cử lấy ý kiến cho 57 người ứng cử\nđại biểu HĐND các cấp (bao gồm cả xã)."
    [count] = extract(text).counts
    assert count.noun == "người ứng cử đại biểu HĐND các cấp"
    assert count.span.text == "57 người ứng cử\nđại biểu HĐND các cấp"  # the span is exact


@pytest.mark.parametrize(
    "text",
    [
        "Hội nghị có 57 người ứng cử\n\nđại biểu HĐND các cấp.",  # a blank line
        "Hội nghị có 57 người ứng cử\nĐại biểu HĐND các cấp.",  # a capital after the break
    ],
)
def test_a_break_that_ends_the_line_ends_the_phrase(text: str) -> None:
    assert [c[2] for c in _counts(text)] == ["người ứng cử"]
