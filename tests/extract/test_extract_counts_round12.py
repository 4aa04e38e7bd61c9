"""Counts and rates of round 12 (issue 16): seats, lists of works, ends of phrases.

Each case is a short text written for its rule (docs/extract.md, "round 12"): persons
elected to a seat are named by it (read since round 23); works
and a youth union's members go on after a comma; the places of an election, a campaign's
model points and a front's congresses are counted nouns; what began, ended or is left ends a
phrase; a number after ``trong kỳ`` is a count; digits, a comma and a space before a rate
abstain.
"""

from __future__ import annotations

import pytest
from extract_helpers import counts as _counts
from extract_helpers import rates as _rates
from extract_helpers import reasons as _reasons


@pytest.mark.parametrize(
    ("text", "noun"),
    [
        # Round 23: the seat and a body's name after it say WHO is counted, and are read with
        # the persons (round 12 had abstained: their end could not be told), as the set's
        # writers write them in ten places of eleven.
        (
            "Công bố danh sách 12 người trúng cử đại biểu HĐND huyện khóa XX.",
            "người trúng cử đại biểu HĐND huyện khóa XX",
        ),
        (
            "Danh sách 30 người trúng cử Đại biểu Quốc hội tại tỉnh.",
            "người trúng cử Đại biểu Quốc hội",
        ),
        ("Xác nhận tư cách 7 người trúng cử chủ tịch hội.", "người trúng cử chủ tịch hội"),
        ("Có 6 đại biểu trúng cử ĐBQH đạt 100%.", "đại biểu trúng cử ĐBQH"),
    ],
)
def test_persons_named_by_the_seat_they_won(text: str, noun: str) -> None:
    assert [c[2] for c in _counts(text)] == [noun]


@pytest.mark.parametrize(
    ("text", "count"),
    [
        # A clause after the seat whose end is not told, or no seat after it: the persons.
        ("Toàn huyện có 40 người trúng cử đại biểu HĐND huyện, thiếu 1.", (None, 40, "người")),
        # (round 28: with no seat after it, "trúng cử" names whom it counts, the elected, as
        # the writers of unseen_26 and unseen_28 write it; a fact "người" is still matched)
        ("Kết quả: 9 người trúng cử. Tỷ lệ cao.", (None, 9, "người trúng cử")),
    ],
)
def test_there_are_persons_elected_is_a_predicate(
    text: str, count: tuple[str | None, int, str]
) -> None:
    # With no seat after it, "trúng cử" says what they did.
    assert count in _counts(text)


@pytest.mark.parametrize(
    ("text", "noun"),
    [
        ("Ra quân hơn 300 đoàn viên, thanh niên tham gia.", "đoàn viên, thanh niên"),
        (
            "Xây dựng 12 mô hình, công trình, phần việc; vận động",
            "mô hình, công trình, phần việc",
        ),
        (
            "Khánh thành 9 công trình, phần việc thanh niên.",
            "công trình, phần việc thanh niên",
        ),
    ],
)
def test_works_and_the_young_go_on_after_a_comma(text: str, noun: str) -> None:
    # A list of siblings after a comma is one counted phrase (no count cut after its first).
    assert [c[2] for c in _counts(text)] == [noun]


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Tổng số khu vực bỏ phiếu là 512 khu vực; cử tri", (None, 512, "khu vực")),
        ("Có 8 điểm bỏ phiếu đạt tỷ lệ tuyệt đối.", (None, 8, "điểm bỏ phiếu")),
        ("Xây dựng 14 điểm chỉ đạo về dân vận khéo.", (None, 14, "điểm chỉ đạo")),
        ("Trải qua 9 kỳ đại hội, Mặt trận", (None, 9, "kỳ đại hội")),
    ],
)
def test_places_of_an_election_points_and_congresses_are_counted(
    text: str, count: tuple[str | None, int, str]
) -> None:
    assert _counts(text) == [count]


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Có 120 tổ bầu cử bắt đầu từ 6 giờ.", (None, 120, "tổ bầu cử")),
        ("có 75 khu vực bỏ phiếu kết thúc lúc 19 giờ", (None, 75, "khu vực bỏ phiếu")),
        ("trong khi 20 khu vực còn lại khai mạc muộn", (None, 20, "khu vực")),
        ("tiếp nhận hơn 1.200 đơn các loại, trong đó", ("hơn", 1200, "đơn")),
        ("giải quyết dứt điểm 12 vụ việc phức tạp, kéo dài", (None, 12, "vụ việc")),
        ("Tham dự có 64 cử tri cụm Hòa Bình, gồm các xã", (None, 64, "cử tri")),
    ],
)
def test_what_began_ended_or_is_left_ends_the_phrase(
    text: str, count: tuple[str | None, int, str]
) -> None:
    # "bắt đầu", "kết thúc", "còn lại", "các loại", "phức tạp" and a cluster's name after
    # "cụm" say nothing of what is counted: the phrase ends before them.
    assert count in _counts(text)


def test_a_number_in_the_period_is_a_count() -> None:
    # "trong kỳ" (in the period) is no term's number ("kỳ 2" still is one).
    assert _counts("Số vụ việc phát sinh trong kỳ 57 vụ việc, giảm.") == [(None, 57, "vụ việc")]
    assert _counts("tại kỳ 2 vụ việc") == []


@pytest.mark.parametrize("text", ["đạt tỷ lệ 98, 12% cử tri", "tỷ lệ 7, 5 % hộ"])
def test_digits_a_comma_and_a_space_before_a_rate_abstain(text: str) -> None:
    # A decimal comma with a stray space, or two numbers: the rate's digits cannot be told,
    # so neither "12%" nor "98,12%" is read.
    assert _rates(text) == []
    assert "digits, a comma and a space before a rate: one rate or two" in _reasons(text)


def test_a_rate_after_a_rate_and_a_comma_is_read() -> None:
    # Only digits without a sign before the comma: "45%, 50%" are two rates.
    assert _rates("lần lượt đạt 45%, 50% kế hoạch") == ["45%", "50%"]
