"""Counts of round 30 (issue 16): what ``unseen_29`` (seen) showed.

Each case is a short text written for its rule (docs/extract.md, "round 30"). Round 30 was
built after the session's last blind part and is measured on seen parts only.
"""

from __future__ import annotations

import pytest
from extract_helpers import nouns as _nouns
from extract_helpers import unplaced as _unplaced

from tayho_coord.extraction import extract


@pytest.mark.parametrize(
    ("text", "noun"),
    [
        # The member organisations' persons abbreviated after a noun.
        ("có 230 hội viên CCB tham dự đại hội.", "hội viên CCB"),
        ("giúp đỡ 12 hộ nghèo CCB thoát nghèo.", "hộ nghèo CCB"),
        # Persons by their people after "người".
        ("thành lập 3 chi hội người Mông.", "chi hội người Mông"),
        ("có 6 chi hội người DTTS.", "chi hội người DTTS"),
        # In what field cooperatives work.
        ("xây dựng 7 HTX về nông nghiệp.", "HTX về nông nghiệp"),
        # Before or after the merger of 2025.
        (
            "gồm 38 đại biểu HĐND tỉnh Hà Giang trước sắp xếp.",
            "đại biểu HĐND tỉnh Hà Giang trước sắp xếp",
        ),
    ],
)
def test_what_the_writers_read(text: str, noun: str) -> None:
    assert noun in _nouns(text)


def test_both_sides_of_a_main_road_are_where() -> None:
    assert ("hai bên", "both sides of a road or a river, not a count") in _unplaced(
        "bụi ảnh hưởng các hộ dân hai bên trục đường chính"
    )


@pytest.mark.parametrize(
    ("text", "noun"),
    [
        # Round 31: nouns the writers counted and no rule knew; pupils by what they have.
        ("Thôn có 120 hộ, 530 khẩu.", "khẩu"),
        ("có 3 thành phần dân tộc anh em.", "thành phần dân tộc anh em"),
        ("Hội thuộc 4 cụm thi đua.", "cụm thi đua"),
        ("trao 6 chiếc xe đạp.", "chiếc xe đạp"),
        ("tặng quà 8 em học sinh có hoàn cảnh khó khăn.", "em học sinh có hoàn cảnh khó khăn"),
    ],
)
def test_read_in_round_31(text: str, noun: str) -> None:
    assert noun in _nouns(text)


def test_a_term_printed_without_khoa() -> None:
    # Round 31: "đại biểu Quốc hội XVI", a body's term with no "khóa" before it.
    assert _nouns("gặp 3 ứng cử viên đại biểu Quốc hội XVI tại xã.") == [
        "ứng cử viên đại biểu Quốc hội XVI"
    ]


def test_units_and_their_total_of_seats_stay_counts() -> None:
    # A constituency elects at most five council deputies (Luật Bầu cử 2015, Điều 10): more
    # after units is their total.
    assert [(c.value, c.noun) for c in extract("Huyện có 12 đơn vị bầu 60 đại biểu.").counts] == [
        (12, "đơn vị"),
        (60, "đại biểu"),
    ]
