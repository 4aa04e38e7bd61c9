"""People with posts, the eleventh round: one post per person, rosters, open ends.

Each text is written for its rule (names and bodies made up); the forms are those the tenth
and eleventh blind parts printed. Tone-mark placement: reference/vietnamese-rules.md,
"Tone-mark placement" (``uỷ`` and ``ủy`` are one syllable in two placements).
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tayho_coord.extraction import extract


def _people(text: str) -> list[tuple[str, str]]:
    return [(p.name, p.post) for p in extract(text).people]


def _reasons(text: str) -> dict[str, str]:
    return {u.span.text: u.reason for u in extract(text).unplaced}


def test_a_post_printed_again_in_the_other_tone_placement_is_held_once() -> None:
    text = (
        "Sáng 5/3, đồng chí Lê Văn Khải, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy dự hội nghị. "
        "Đồng chí Lê Văn Khải, Uỷ viên Trung ương Đảng, Bí thư Tỉnh uỷ phát biểu."
    )
    # The first printed form of each post, once.
    assert _people(text) == [
        ("Lê Văn Khải", "Ủy viên Trung ương Đảng"),
        ("Lê Văn Khải", "Bí thư Tỉnh ủy"),
    ]


@given(st.sampled_from(["Hòa", "Hoà"]), st.sampled_from(["Thủy", "Thuỷ"]))
def test_the_first_printed_placement_is_kept(first: str, second: str) -> None:
    other = {"Hòa": "Hoà", "Hoà": "Hòa"}[first]
    text = (
        f"Dự có ông Trần Văn Bình - Chủ tịch UBND xã {first} {second}. "
        f"Ông Trần Văn Bình - Chủ tịch UBND xã {other} {second} phát biểu."
    )
    assert _people(text) == [("Trần Văn Bình", f"Chủ tịch UBND xã {first} {second}")]


def test_a_post_in_another_case_or_dot_spacing_is_held_once() -> None:
    text = (
        "Tham dự có ông Đỗ Văn Lâm - Phó chủ tịch LĐLĐ TP. Hải Phòng. "
        "Ông Đỗ Văn Lâm – Phó Chủ tịch LĐLĐ TP.Hải Phòng: Tôi đánh giá cao."
    )
    assert _people(text) == [("Đỗ Văn Lâm", "Phó chủ tịch LĐLĐ TP. Hải Phòng")]


def test_two_people_keep_the_same_post_each() -> None:
    text = (
        "Dự có ông Lê Văn An - Ủy viên Thường trực HĐND tỉnh; "
        "bà Hà Thị Lan - Uỷ viên Thường trực HĐND tỉnh."
    )
    assert _people(text) == [
        ("Lê Văn An", "Ủy viên Thường trực HĐND tỉnh"),
        ("Hà Thị Lan", "Uỷ viên Thường trực HĐND tỉnh"),
    ]


def test_a_numbered_rosters_next_number_is_no_posts() -> None:
    text = (
        "Các ứng cử viên: 1. Ông Võ Văn Tâm - Chánh Văn phòng Sở Tư pháp Quảng Trị "
        "2. Bà Lê Thị Mai - Giám đốc Sở Y tế Quảng Trị "
        "3. Ông Hồ Văn Nam - Chủ tịch Hội Nông dân tỉnh"
    )
    assert _people(text) == [
        ("Võ Văn Tâm", "Chánh Văn phòng Sở Tư pháp Quảng Trị"),
        ("Lê Thị Mai", "Giám đốc Sở Y tế Quảng Trị"),
        ("Hồ Văn Nam", "Chủ tịch Hội Nông dân tỉnh"),
    ]


def test_a_numbered_ward_keeps_its_number() -> None:
    text = "Dự có ông Phạm Văn Đức - Chủ tịch UBND Phường 5. Ông Phạm Văn Đức phát biểu."
    assert _people(text) == [("Phạm Văn Đức", "Chủ tịch UBND Phường 5")]


def test_a_sentence_run_on_at_cac_ends_the_post() -> None:
    text = "Bà Trịnh Thị Hoa - Chánh án TAND tỉnh Nghệ An Các ứng cử viên đại biểu HĐND tỉnh: ..."
    assert _people(text) == [("Trịnh Thị Hoa", "Chánh án TAND tỉnh Nghệ An")]


def test_a_divisions_office_after_a_comma_leaves_the_end_open() -> None:
    text = "Dự có bà Lý Thị Hằng - Chuyên viên Phòng Kinh tế - Ngân sách, Văn phòng UBND tỉnh."
    assert _people(text) == []
    assert _reasons(text) == {
        "Chuyên viên Phòng Kinh tế - Ngân sách": (
            "a division's office after a comma: where the post ends"
        )
    }


def test_a_post_then_a_comma_and_the_next_post_is_read() -> None:
    text = "Dự có ông Lê Văn Quang, Trưởng Phòng Nội vụ huyện, Phó Chủ tịch Công đoàn huyện."
    assert _people(text) == [
        ("Lê Văn Quang", "Trưởng Phòng Nội vụ huyện"),
        ("Lê Văn Quang", "Phó Chủ tịch Công đoàn huyện"),
    ]


def test_a_dash_then_a_fields_small_words_leaves_the_end_open() -> None:
    text = "bà Ngô Thị Yến, Chuyên viên phòng Kinh tế - xã hội UBND phường Tân Mai."
    assert _people(text) == []
    assert _reasons(text) == {
        "Chuyên viên phòng Kinh tế": "a dash inside a body's name: where the post ends"
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A dash, then a post in small letters: the next post.
        (
            "ông Thạch Văn Sơn - Trưởng Ban Dân vận Tỉnh ủy Sóc Trăng - đại biểu HĐND tỉnh dự.",
            [
                ("Thạch Văn Sơn", "Trưởng Ban Dân vận Tỉnh ủy Sóc Trăng"),
                ("Thạch Văn Sơn", "đại biểu HĐND tỉnh"),
            ],
        ),
        # A dash, then a verb: the post ends there.
        (
            "ông Hà Văn Tùng - Chủ tịch UBND xã Tân Lập - chủ trì hội nghị.",
            [("Hà Văn Tùng", "Chủ tịch UBND xã Tân Lập")],
        ),
    ],
)
def test_a_dash_before_small_words_that_are_no_fields(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert _people(text) == expected


def test_a_candidates_seat_is_no_post() -> None:
    text = (
        "Ứng cử viên đại biểu Quốc hội Trần Minh Đức trình bày chương trình hành động.\n"
        "Ứng cử viên ĐBQH Trần Minh Đức, Bí thư Tỉnh ủy, cam kết thực hiện."
    )
    assert _people(text) == [("Trần Minh Đức", "Bí thư Tỉnh ủy")]
    assert _reasons(text)["đại biểu Quốc hội"] == "a candidate's seat ('ứng cử viên')"


def test_a_deputys_seat_without_a_candidate_is_a_post() -> None:
    text = "Đại biểu Quốc hội Trần Minh Đức trình bày ý kiến."
    assert _people(text) == [("Trần Minh Đức", "Đại biểu Quốc hội")]


def test_the_office_of_the_state_president_is_one_body() -> None:
    # Văn phòng Chủ tịch nước: the office serving the State President, a body whose name holds
    # a title in small letters.
    text = "Dự có ông Hoàng Văn Long, Phó Chủ nhiệm Văn phòng Chủ tịch nước, phát biểu."
    assert _people(text) == [("Hoàng Văn Long", "Phó Chủ nhiệm Văn phòng Chủ tịch nước")]


@pytest.mark.parametrize("mark", ["!", "?"])
def test_an_exclamation_or_question_mark_ends_a_post(mark: str) -> None:
    text = f"Kính thưa đồng chí Hà Văn Sơn, Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh{mark}\nKính thưa"
    assert _people(text) == [
        ("Hà Văn Sơn", "Bí thư Tỉnh ủy"),
        ("Hà Văn Sơn", "Chủ tịch HĐND tỉnh"),
    ]


def test_a_unit_in_brackets_after_a_body_is_the_posts() -> None:
    text = "Dự có bà Lê Thu Trang, giáo viên Trường THCS Lê Lợi (huyện Yên Thành); ông Lê Văn Hòa."
    assert _people(text) == [("Lê Thu Trang", "giáo viên Trường THCS Lê Lợi (huyện Yên Thành)")]


def test_a_name_after_an_abbreviated_levels_dot_leaves_the_end_open() -> None:
    # "Tp. Phan Thiết": "Phan" may start a person's name, or the city's.
    text = (
        "gồm: Lê Văn Kha, Phó trưởng phòng Nội vụ Tp. Phan Thiết; Trần Văn Lộc, Chủ tịch UBND tỉnh."
    )
    assert _people(text) == [("Trần Văn Lộc", "Chủ tịch UBND tỉnh")]
    assert _reasons(text)["Phó trưởng phòng Nội vụ Tp"] == (
        "an abbreviated level's dot: its unit's name or the next sentence"
    )


def test_a_regional_court_is_one_body() -> None:
    # Tòa án nhân dân khu vực: the regional courts of the 2025 reform.
    text = "Dự có bà Ngô Thị Hạnh - Phó Chánh án TAND khu vực 2 - Nghệ An phát biểu."
    assert _people(text) == [("Ngô Thị Hạnh", "Phó Chánh án TAND khu vực 2 - Nghệ An")]


def test_the_units_above_after_commas_are_the_posts() -> None:
    text = (
        "gồm: Lê Thị Hoa, Bí thư Đoàn thanh niên xã Quỳnh Lâm, huyện Quỳnh Lưu; "
        "Trần Văn Tú, Chủ tịch UBND huyện Quỳnh Lưu, tỉnh Nghệ An."
    )
    assert _people(text) == [
        ("Lê Thị Hoa", "Bí thư Đoàn thanh niên xã Quỳnh Lâm, huyện Quỳnh Lưu"),
        ("Trần Văn Tú", "Chủ tịch UBND huyện Quỳnh Lưu, tỉnh Nghệ An"),
    ]


def test_a_unit_below_after_a_comma_is_no_posts() -> None:
    # The unit after the comma is not above the post's: the clause goes on.
    text = "Dự có ông Võ Văn Lâm, Chủ tịch UBND huyện Diễn Châu, xã Diễn Kỷ."
    assert _people(text) == [("Võ Văn Lâm", "Chủ tịch UBND huyện Diễn Châu")]


@pytest.mark.parametrize(
    ("seat", "post"),
    [
        ("tại huyện Kỳ Sơn", "Tổ trưởng Tổ đại biểu HĐND tỉnh tại huyện Kỳ Sơn"),
        ("đơn vị huyện Kỳ Sơn", "Tổ trưởng Tổ đại biểu HĐND tỉnh đơn vị huyện Kỳ Sơn"),
    ],
)
def test_a_deputys_constituency_after_the_council_is_the_posts(seat: str, post: str) -> None:
    text = f"Dự có ông Lương Văn Mạnh - Tổ trưởng Tổ đại biểu HĐND tỉnh {seat}; bà Lê Thị Na."
    assert _people(text) == [("Lương Văn Mạnh", post)]


def test_va_then_a_bodys_small_words_leaves_the_end_open() -> None:
    text = (
        "Dự có bà Lò Thị Mai, Giám đốc Ngân hàng Công thương và phát triển nông thôn tỉnh dự họp."
    )
    assert _people(text) == []
    assert _reasons(text) == {
        "Giám đốc Ngân hàng Công thương": "'và' inside a body's name: where the post ends"
    }


def test_va_then_the_sentence_going_on_ends_the_post() -> None:
    text = "Dự có ông Hà Văn Nam, Chủ tịch UBND Huyện và các đồng chí lãnh đạo."
    assert _people(text) == [("Hà Văn Nam", "Chủ tịch UBND Huyện")]
