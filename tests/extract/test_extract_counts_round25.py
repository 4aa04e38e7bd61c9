"""Counts of round 25 (issue 16): what the writers of ``unseen_24`` (seen) read.

Each case is a short text written for its rule (docs/extract.md, "round 25").
"""

from __future__ import annotations

import pytest
from extract_helpers import nouns as _nouns


@pytest.mark.parametrize(
    ("text", "noun"),
    [
        # Voters who voted.
        ("Toàn huyện có 61.230 cử tri đi bầu (đạt 99,9%), 35 đại biểu", "cử tri đi bầu"),
        ("có 1.204.118 cử tri đi bỏ phiếu, đạt 99,5%.", "cử tri đi bỏ phiếu"),
        # The area a topic or persons belong to.
        (
            "thông qua 14 nghị quyết về phát triển kinh tế - xã hội trên địa bàn tỉnh.",
            "nghị quyết về phát triển kinh tế - xã hội trên địa bàn tỉnh",
        ),
        (
            "tổng hợp 07 kiến nghị của cử tri trên địa bàn huyện Phú Vang trình HĐND tỉnh",
            "kiến nghị của cử tri trên địa bàn huyện Phú Vang",
        ),
        # What opinions are on; public investment as a topic.
        (
            "có 5 ý kiến cá nhân liên quan đến đất đai như thu hồi",
            "ý kiến cá nhân liên quan đến đất đai",
        ),
        (
            "xem xét 11 tờ trình của UBND huyện về đầu tư công và 2 tờ trình",
            "tờ trình của UBND huyện về đầu tư công",
        ),
        # A font's look-alike of Đ, read as Đ; the noun stays as printed.
        ("đã trao ba nhà Ðại đoàn kết tặng ba hộ nghèo;", "nhà Ðại đoàn kết"),
        # A sports ground a front builds.
        ("xây dựng 12 sân bóng chuyền cho thanh niên.", "sân bóng chuyền"),
    ],
)
def test_what_the_writers_read(text: str, noun: str) -> None:
    assert _nouns(text)[:1] == [noun]


def test_a_full_stop_printed_without_a_space_ends_the_phrase() -> None:
    # After a word in small letters a glued dot ends the sentence; "T.P" (an abbreviation's
    # dot, round 18) is read through.
    text = "Tổ tiếp thu 08 ý kiến phát biểu của cử tri.Các ý kiến, kiến nghị tập trung về đất đai."
    assert _nouns(text)[:1] == ["ý kiến phát biểu của cử tri"]
    assert _nouns("Trao 5 suất quà của Hội LHPN T.P Sông Công.")[:1] == [
        "suất quà của Hội LHPN T.P Sông Công"
    ]
