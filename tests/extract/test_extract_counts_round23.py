"""Counts of round 23 (issue 16): seats won, figures printed again, headlines, compounds.

Each case is a short text written for its rule (docs/extract.md, "round 23"): what the
writers of ``unseen_22`` (seen) read and the rules of round 22 did not.
"""

from __future__ import annotations

import pytest
from extract_helpers import counts as _counts
from extract_helpers import reasons as _reasons


@pytest.mark.parametrize(
    ("text", "noun"),
    [
        # The seat persons won, read to the body's name and term; the term's years end it.
        (
            "Có 41 người trúng cử đại biểu HĐND tỉnh Điện Biên, nhiệm kỳ 2021 - 2026 trong tổng số",
            "người trúng cử đại biểu HĐND tỉnh Điện Biên",
        ),
        (
            "Hội đồng công bố 52 đại biểu trúng cử HĐND tỉnh khóa X nhiệm kỳ 2026-2031.",
            "đại biểu trúng cử HĐND tỉnh khóa X",
        ),
        # A degree read whole.
        (
            "có 31 người trúng cử có trình độ trên đại học.",
            "người trúng cử có trình độ trên đại học",
        ),
    ],
)
def test_the_seat_won(text: str, noun: str) -> None:
    assert [c[2] for c in _counts(text)] == [noun]


def test_the_persons_elected_printed_again_are_one_figure() -> None:
    text = (
        "Hội đồng công bố 52 đại biểu trúng cử HĐND tỉnh khóa X. Ủy ban bầu cử công bố danh "
        "sách 52 người trúng cử đại biểu HĐND tỉnh khóa X, nhiệm kỳ 2026-2031."
    )
    assert _counts(text) == [(None, 52, "đại biểu trúng cử HĐND tỉnh khóa X")]
    assert "a figure repeated as a back-reference to the same persons" in _reasons(text)


def test_among_the_persons_elected_is_a_back_reference() -> None:
    text = "Tỉnh đã bầu 7 đại biểu Quốc hội khóa XV. Trong 7 đại biểu Quốc hội trúng cử có 3 nữ."
    assert [c[:2] for c in _counts(text)] == [(None, 7), (None, 3)]


@pytest.mark.parametrize(
    ("text", "noun"),
    [
        # A headline (a line the text goes on after) ends where it ends, through a body's
        # name and its term.
        (
            "Huyện Ea Súp có 30 đại biểu trúng cử HĐND huyện khoá XII\n\nSáng nay, …",
            "đại biểu trúng cử HĐND huyện khoá XII",
        ),
        # … never through a clause's verb.
        ("2 Phó Chủ tịch HĐND tỉnh tặng hoa chúc mừng\n\nChiều 5/3, …", "Phó Chủ tịch HĐND tỉnh"),
    ],
)
def test_a_headline(text: str, noun: str) -> None:
    assert [c[2] for c in _counts(text)] == [noun]


@pytest.mark.parametrize(
    ("text", "noun"),
    [
        # Compounds with a verb inside; houses a front builds beside each other.
        (
            "thực hiện 48 cuộc giám sát về công tác cấp giấy chứng nhận quyền sử dụng đất;",
            "cuộc giám sát về công tác cấp giấy chứng nhận quyền sử dụng đất",
        ),
        ("đã thành lập 9 Ban chỉ đạo các cấp, 9 Ủy ban bầu cử", "Ban chỉ đạo các cấp"),
        (
            "đã sửa chữa 120 nhà Đại đoàn kết, nhà tình thương với tổng số tiền",
            "nhà Đại đoàn kết, nhà tình thương",
        ),
    ],
)
def test_compounds_and_siblings(text: str, noun: str) -> None:
    assert [c[2] for c in _counts(text)][:1] == [noun]
