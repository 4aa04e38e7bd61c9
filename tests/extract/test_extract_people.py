"""People with their posts: each rule of tayho_coord.extraction._people on texts written for it.

The names are made up; the forms are those of Vietnamese reports and news of local councils
(posts as printed, Nghị định 30/2020/NĐ-CP, Phụ lục II: names and bodies capitalized, the
levels of units in small letters). Expected values follow the rule each case names.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tayho_coord.extraction import extract
from tayho_coord.extraction._people import soft_breaks


def _people(text: str) -> list[tuple[str, str]]:
    return [(p.name, p.post) for p in extract(text).people]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A post ends at the first word in small letters after its unit's level.
        (
            "đồng chí Trần Văn Minh, Chủ tịch UBND tỉnh khẳng định kết quả",
            [("Trần Văn Minh", "Chủ tịch UBND tỉnh")],
        ),
        # … after the unit's name, or a council's term.
        (
            "đồng chí Trần Văn Minh, Chủ tịch UBND tỉnh Quảng Nam khẳng định",
            [("Trần Văn Minh", "Chủ tịch UBND tỉnh Quảng Nam")],
        ),
        (
            "ông Hà Văn Lộc, đại biểu HĐND huyện khóa XII nhận định",
            [("Hà Văn Lộc", "đại biểu HĐND huyện khóa XII")],
        ),
        # "xã hội" (society) is no level.
        (
            "bà Lò Thị Hạnh – Trưởng Ban văn hóa xã hội; đại diện các ngành",
            [("Lò Thị Hạnh", "Trưởng Ban văn hóa xã hội")],
        ),
        # A dash inside a body's name; a post start in any case after its first letter.
        (
            "HĐND huyện đã bầu Trưởng Phòng Tài chính - Kế hoạch huyện Trần Quốc Huy giữ chức",
            [("Trần Quốc Huy", "Trưởng Phòng Tài chính - Kế hoạch huyện")],
        ),
        # A term's numeral glued by a typo to the next word ends the post.
        (
            "đồng chí Vũ Hồng Sơn, Chủ nhiệm Ủy ban Kinh tế của Quốc hội khóa XIVcùng đại biểu",
            [("Vũ Hồng Sơn", "Chủ nhiệm Ủy ban Kinh tế của Quốc hội khóa XIV")],
        ),
        # A bracket that closes a list ends the post.
        (
            "(gồm Bà Lò Thị Hoa – Đảng ủy viên, Phó chủ tịch UBND P9) và có 17 đại biểu",
            [("Lò Thị Hoa", "Đảng ủy viên"), ("Lò Thị Hoa", "Phó chủ tịch UBND P9")],
        ),
        # A post naming many is no one's.
        ("đồng chí Vũ Văn Nam, Chủ tịch UBND các xã tham dự", []),
    ],
)
def test_where_a_post_ends(text: str, expected: list[tuple[str, str]]) -> None:
    assert _people(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A post start after the unit's level begins the next post.
        (
            "Bà Lý Thị Hoa – Phó Chủ tịch HĐND phường Tổ trưởng Tổ đại biểu số 3 phát biểu",
            [
                ("Lý Thị Hoa", "Phó Chủ tịch HĐND phường"),
                ("Lý Thị Hoa", "Tổ trưởng Tổ đại biểu số 3"),
            ],
        ),
        # Posts of one person separated by ";", each starting with a capital.
        (
            "Đồng chí Lê Minh Hải, Ủy viên Ban Thường vụ Tỉnh ủy; Trưởng ban Tuyên giáo Tỉnh ủy; "
            "Đồng chí Võ Thị Lan, Phó Chủ tịch HĐND tỉnh.",
            [
                ("Lê Minh Hải", "Ủy viên Ban Thường vụ Tỉnh ủy"),
                ("Lê Minh Hải", "Trưởng ban Tuyên giáo Tỉnh ủy"),
                ("Võ Thị Lan", "Phó Chủ tịch HĐND tỉnh"),
            ],
        ),
        # After ";", small letters start someone else's line, not a post of the same person.
        (
            "đồng chí Đinh Văn Toàn, Chủ tịch UBND huyện; đại biểu các xã, thị trấn.",
            [("Đinh Văn Toàn", "Chủ tịch UBND huyện")],
        ),
        # After ";", a post that ends in a name is that person's, not the one before's.
        (
            "đồng chí Đinh Văn Toàn, Chủ tịch UBND huyện; Chủ tịch HĐND xã Nguyễn Văn Bình "
            "phát biểu",
            [("Đinh Văn Toàn", "Chủ tịch UBND huyện"), ("Nguyễn Văn Bình", "Chủ tịch HĐND xã")],
        ),
        # A body's abbreviation in brackets belongs to the post.
        (
            "ông Lê Đình Trung, đại biểu Hội đồng nhân dân (HĐND) huyện khóa XII, tiếp xúc",
            [("Lê Đình Trung", "đại biểu Hội đồng nhân dân (HĐND) huyện khóa XII")],
        ),
        # Abbreviated posts: PBT (Phó Bí thư), ĐUV (Đảng ủy viên), CT and PCT before a body.
        (
            "Đặng Văn Tám – PBT ĐU – CT HĐND xã; ông Phạm Ngọc Phú - ĐUV, Phó Chủ tịch HĐND phường",
            [
                ("Đặng Văn Tám", "PBT ĐU"),
                ("Đặng Văn Tám", "CT HĐND xã"),
                ("Phạm Ngọc Phú", "ĐUV"),
                ("Phạm Ngọc Phú", "Phó Chủ tịch HĐND phường"),
            ],
        ),
    ],
)
def test_posts_after_a_name(text: str, expected: list[tuple[str, str]]) -> None:
    assert _people(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The post before a name reaches it: "… và các đại biểu X" gives X "đại biểu".
        (
            "Tổ trưởng là bà Lê Thị Kim Hoa, Chủ tịch HĐND phường và các đại biểu Nguyễn Thị "
            "Thu Hà; đại biểu Trần Đức Minh và đại biểu Đặng Nguyễn Trung Thành;",
            [
                ("Lê Thị Kim Hoa", "Tổ trưởng"),
                ("Lê Thị Kim Hoa", "Chủ tịch HĐND phường"),
                ("Nguyễn Thị Thu Hà", "đại biểu"),
                ("Trần Đức Minh", "đại biểu"),
                ("Đặng Nguyễn Trung Thành", "đại biểu"),  # "Thành" starts no post here
            ],
        ),
        # An abbreviated post before a name, after a commune's name that is no person.
        (
            "Tại buổi tiếp xúc với cử tri xã Lương Sơn, PCT UBND xã Đỗ Văn Hùng đánh giá cao",
            [("Đỗ Văn Hùng", "PCT UBND xã")],
        ),
        # A province's name that starts like a name ("Hà Tĩnh") is the unit of the post
        # before the person's name; the capital of a sentence's first word ("Theo") does not
        # make the post part of a proper name.
        (
            "Theo Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy, Trưởng Đoàn ĐBQH tỉnh Hà Tĩnh Trần "
            "Văn Bình, vẫn còn khó khăn",
            [
                ("Trần Văn Bình", "Ủy viên Trung ương Đảng"),
                ("Trần Văn Bình", "Bí thư Tỉnh ủy"),
                ("Trần Văn Bình", "Trưởng Đoàn ĐBQH tỉnh Hà Tĩnh"),
            ],
        ),
        # A post start inside a capitalized run ends the name ("Thành ủy viên").
        (
            "Bí thư Huyện ủy Lê Văn Hùng Thành ủy viên dự",
            [("Lê Văn Hùng", "Bí thư Huyện ủy")],
        ),
        # A post before a name has no "của", "được", "tại"… in it: a clause is no post.
        ("đại biểu của huyện Nguyễn Văn An phát biểu", []),
        # A family name of tayho_coord.vi.FAMILY_NAMES beyond the commonest.
        ("Dự có đồng chí Uông Đình Hưng, Bí thư Đảng ủy", [("Uông Đình Hưng", "Bí thư Đảng ủy")]),
    ],
)
def test_posts_before_a_name(text: str, expected: list[tuple[str, str]]) -> None:
    assert _people(text) == expected


def test_two_people_joined_by_va_share_the_posts_after_them() -> None:
    text = "ông Lục Văn Sơn và ông Trịnh Đình Khoa, đại biểu HĐND huyện, tiếp xúc cử tri"
    assert _people(text) == [
        ("Lục Văn Sơn", "đại biểu HĐND huyện"),
        ("Trịnh Đình Khoa", "đại biểu HĐND huyện"),
    ]
    # Not announced: only the name the post follows holds it.
    unannounced = "Lục Văn Sơn và Trịnh Đình Khoa, đại biểu HĐND huyện, tiếp xúc cử tri"
    assert _people(unannounced) == [("Trịnh Đình Khoa", "đại biểu HĐND huyện")]


def test_a_post_heading_a_list_of_people() -> None:
    text = (
        "Dự có đại biểu HĐND tỉnh: bà Hà Thị Mai – Phó Ban Dân vận Tỉnh ủy, ông Đinh Văn Tú và "
        "ông Bế Văn Long; đại diện các ban ngành."
    )
    assert _people(text) == [
        ("Hà Thị Mai", "đại biểu HĐND tỉnh"),
        ("Hà Thị Mai", "Phó Ban Dân vận Tỉnh ủy"),
        ("Đinh Văn Tú", "đại biểu HĐND tỉnh"),
        ("Bế Văn Long", "đại biểu HĐND tỉnh"),
    ]
    # A heading that names no body is no post ("các đại biểu mời": the invited).
    invited = "và các đại biểu mời: đồng chí Hà Văn Bình, Bí thư Huyện ủy."
    assert _people(invited) == [("Hà Văn Bình", "Bí thư Huyện ủy")]


def test_a_unit_named_after_a_person_is_no_person() -> None:
    text = (
        "Đại biểu HĐND phường Trần Hưng Đạo tiếp xúc cử tri.\n"
        "Nguyễn Văn Tâm – Phó Chủ tịch HĐND phường Trần Hưng Đạo"
    )
    assert _people(text) == [("Nguyễn Văn Tâm", "Phó Chủ tịch HĐND phường Trần Hưng Đạo")]
    # A place after a level no post names; "Chánh" starts a ward's name, not a post.
    chanh = "Ông Nguyễn Hữu Thạnh - Bí thư Đảng uỷ, Chủ tịch HĐND phường Chánh Hiệp, cho biết"
    assert _people(chanh) == [
        ("Nguyễn Hữu Thạnh", "Bí thư Đảng uỷ"),
        ("Nguyễn Hữu Thạnh", "Chủ tịch HĐND phường Chánh Hiệp"),
    ]
    assert _people("ông Trần Quốc Tuấn – Chánh án Tòa án nhân dân thành phố") == [
        ("Trần Quốc Tuấn", "Chánh án Tòa án nhân dân thành phố")
    ]


def test_a_hard_wrapped_page() -> None:
    # Wrapped at a width: three breaks and more before small letters (soft_breaks).
    text = (
        "Sáng ngày 14/01/2025, UBMTTQ phường phối hợp với HĐND, UBND\n"
        "phường tổ chức tiếp xúc giữa cử tri với đại biểu HĐND phường sau kỳ họp\n"
        "thứ mười ba HĐND phường Khóa IV, nhiệm kỳ 2021-2026 tại hội trường UBND\n"
        "phường. Tham dự có ông Nguyễn\n"
        "Xuân Trung - UVTV Đảng uỷ, Chủ tịch HĐND phường; ông Phạm Ngọc Phú - ĐUV, Phó\n"
        "Chủ tịch HĐND phường."
    )
    draft = extract(text)
    assert [(p.name, p.post) for p in draft.people] == [
        ("Nguyễn Xuân Trung", "UVTV Đảng uỷ"),
        ("Nguyễn Xuân Trung", "Chủ tịch HĐND phường"),
        ("Phạm Ngọc Phú", "ĐUV"),
        ("Phạm Ngọc Phú", "Phó Chủ tịch HĐND phường"),
    ]
    # The spans are the text's, line breaks and all.
    assert draft.people[0].span.text == "Nguyễn\nXuân Trung"
    assert draft.people[3].post_span.text == "Phó\nChủ tịch HĐND phường"
    # A page that is not wrapped keeps its lines: a heading is not joined to the next line.
    assert _people("Hội nghị tổng kết\nNguyễn Văn An - Bí thư Huyện ủy") == [
        ("Nguyễn Văn An", "Bí thư Huyện ủy")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A break before small letters is soft; after the end of a sentence, or before a
        # capital on a page that is not wrapped, it stays.
        ("Chủ tịch UBND\nphường. Hội nghị\nKết thúc", "Chủ tịch UBND phường. Hội nghị\nKết thúc"),
        # A blank line is a paragraph.
        ("một\n\nhai", "một\n\nhai"),
        # On a wrapped page every single break between words is soft, but a list stays.
        (
            "a b\nc d\ne f\ng h\nKết\n- mục một\nhết.",
            "a b c d e f g h Kết\n- mục một hết.",
        ),
    ],
)
def test_soft_breaks(text: str, expected: str) -> None:
    assert soft_breaks(text) == expected


@given(st.text(alphabet=st.sampled_from("aĐ b.\n-:1"), max_size=60))
def test_soft_breaks_keep_the_length_and_change_only_line_breaks(text: str) -> None:
    view = soft_breaks(text)
    assert len(view) == len(text)
    assert all(a == b or (a == "\n" and b == " ") for a, b in zip(text, view, strict=True))


def test_a_two_syllable_name_after_a_posts_province_level() -> None:
    # The provinces are a closed list: a short name after "tỉnh" that is none is a person.
    assert _people("Chủ tịch HĐND tỉnh Thái Bảo phát biểu.") == [("Thái Bảo", "Chủ tịch HĐND tỉnh")]
    # A province's name is none; nor is a short name after an open-ended level (a district
    # or a city may be named like a person), nor one that runs on into capitals.
    assert _people("Chủ tịch UBND tỉnh Lâm Đồng phát biểu.") == []
    district = extract("Chủ tịch UBND huyện Lê Lợi phát biểu.")
    assert district.people == ()
    assert [(u.span.text, u.reason) for u in district.unplaced] == [
        ("Lê Lợi", "a short name after a unit's level: a unit's or a person's")
    ]
    assert _people("Chủ tịch UBND thành phố Phan Thiết phát biểu.") == []


def test_members_in_brackets_under_a_count_of_a_post() -> None:
    text = (
        "Có 03 vị đại biểu HĐND Quận 5 (gồm Bà Trần Thị Hoa; Ông Lý Văn Bình; "
        "Bà Đặng Thị Mai) tiếp xúc cử tri."
    )
    assert _people(text) == [
        ("Trần Thị Hoa", "đại biểu HĐND Quận 5"),
        ("Lý Văn Bình", "đại biểu HĐND Quận 5"),
        ("Đặng Thị Mai", "đại biểu HĐND Quận 5"),
    ]
    # Without a count before it, a bracket after a post lists no holders of it.
    assert _people("đại biểu HĐND Quận 5 (Bà Trần Thị Hoa) tiếp xúc cử tri.") == []


@pytest.mark.parametrize(
    "text",
    [
        # A body's word after a family name: a capitalized heading, not a person.
        "Đoàn Huyện Ủy, Phó Bí thư Huyện ủy dự.",
        "Lê Văn Phòng Tỉnh, Chánh Văn phòng dự.",
        "ông Hà Đảng Ủy – Bí thư chi bộ",
        "Văn Phòng Sở – Chánh Văn phòng Sở Nội vụ",
        "đồng chí Mai Hội Viên, Chủ tịch Hội Nông dân",
    ],
)
def test_a_name_with_a_bodys_word_is_no_person(text: str) -> None:
    assert _people(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "dự" (attends) and the verbs of a report end a post.
        ("ông Trần Văn Hòa, Bí thư Huyện ủy dự và phát biểu", "Bí thư Huyện ủy"),
        (
            "bà Lê Thị Thu, Chủ tịch Ủy ban MTTQ Việt Nam huyện đánh giá cao",
            "Chủ tịch Ủy ban MTTQ Việt Nam huyện",
        ),
        ("ông Trần Văn Hòa, Phó Bí thư Huyện ủy được giao phụ trách", "Phó Bí thư Huyện ủy"),
        ("ông Trần Văn Hòa, Trưởng Ban Thường trực trao quà", "Trưởng Ban Thường trực"),
        # … but not "dự khuyết" (an alternate member) nor "dự án" of a body's name.
        (
            "ông Trần Văn Hòa, Ủy viên dự khuyết Ban Chấp hành Đảng bộ tỉnh",
            "Ủy viên dự khuyết Ban Chấp hành Đảng bộ tỉnh",
        ),
        (
            "ông Trần Văn Hòa, Giám đốc Ban Quản lý dự án huyện",
            "Giám đốc Ban Quản lý dự án huyện",
        ),
    ],
)
def test_a_post_ends_before_a_verb(text: str, expected: str) -> None:
    assert [post for _, post in _people(text)] == [expected]


def test_a_post_keeps_the_number_of_its_ward_or_district() -> None:
    # Wards and districts numbered, not named (Quận 5, phường 13 of Hồ Chí Minh City).
    text = (
        "bà Lâm Thị Hoa – Phó Chủ tịch UBND phường 12 phát biểu; "
        "ông Tạ Văn An – Chủ tịch UBND Quận 8."
    )
    assert _people(text) == [
        ("Lâm Thị Hoa", "Phó Chủ tịch UBND phường 12"),
        ("Tạ Văn An", "Chủ tịch UBND Quận 8"),
    ]
    # A fraction or a date after the level is no number of its unit.
    assert _people("ông Tạ Văn An – Chủ tịch UBND phường 12/2 phát biểu") == [
        ("Tạ Văn An", "Chủ tịch UBND phường")
    ]


def test_a_post_before_an_honorific_and_a_name() -> None:
    assert _people("Dự có Phó Chủ tịch UBND huyện ông Lò Văn Tính và cử tri.") == [
        ("Lò Văn Tính", "Phó Chủ tịch UBND huyện")
    ]
    # "và" before the honorific joins another person: the post before it is not hers.
    text = "ông Lò Văn Tính, Chủ tịch UBND huyện và bà Mai Thị Hương, Thành ủy viên, chủ trì"
    assert _people(text) == [
        ("Lò Văn Tính", "Chủ tịch UBND huyện"),
        ("Mai Thị Hương", "Thành ủy viên"),
    ]


def test_uvtt_is_a_post() -> None:
    # UVTT: Ủy viên Thường trực (a standing member of a council).
    assert _people("ông Hà Văn Lâm - UVTT HĐND tỉnh, phát biểu") == [
        ("Hà Văn Lâm", "UVTT HĐND tỉnh")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A post abbreviated and glued to its body: a title's abbreviation (PBT, CT, PCT, BT,
        # UV…) and one or more bodies' (ĐU: Đảng ủy; UBND, HĐND, UBMTTQ of
        # tayho_coord.vi.ABBREVIATIONS), read as printed.
        (
            "Dự có đ/c Lê Văn Bình – PBTĐU – CTUBND xã; đ/c Đào Thị Mai – PCTHĐND xã phát biểu",
            [
                ("Lê Văn Bình", "PBTĐU"),
                ("Lê Văn Bình", "CTUBND xã"),
                ("Đào Thị Mai", "PCTHĐND xã"),
            ],
        ),
        (
            "ông Hồ Văn Tâm, BTĐU, CTHĐND xã chủ trì",
            [("Hồ Văn Tâm", "BTĐU"), ("Hồ Văn Tâm", "CTHĐND xã")],
        ),
        # A word that does not split whole into known parts is no post: the rules abstain.
        ("Dự có đ/c Lê Văn Bình – PBTX – CTUBNDX xã phát biểu", []),
        ("Dự có đ/c Lê Văn Bình – CTHD xã phát biểu", []),
        # Nor is a glued abbreviation inside a longer word or symbol.
        ("Dự có đ/c Lê Văn Bình – XPBTĐU phát biểu", []),
    ],
)
def test_an_abbreviated_post_glued_to_its_body(text: str, expected: list[tuple[str, str]]) -> None:
    assert _people(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "huyện ủy", "tỉnh ủy" in small letters are the Party's committees, no unit's level:
        # the post runs on to its end (Nghị định 30/2020/NĐ-CP, Phụ lục II capitalizes
        # "Huyện ủy"; pages print it in small letters too).
        (
            "ông Đinh Văn Quý - Ủy viên Ban Thường vụ tỉnh ủy, Trưởng Ban Dân vận tỉnh ủy dự",
            [
                ("Đinh Văn Quý", "Ủy viên Ban Thường vụ tỉnh ủy"),
                ("Đinh Văn Quý", "Trưởng Ban Dân vận tỉnh ủy"),
            ],
        ),
        # A committee ending in "ủy" followed by a post's start, in either case, ends the post;
        # the next post is read as printed, in small letters too (round 7: a post in small
        # letters after a name or a post is read as if capitalized).
        (
            "ông Hồ Văn Tài, Bí thư Huyện ủy Chủ tịch UBND huyện phát biểu",
            [("Hồ Văn Tài", "Bí thư Huyện ủy"), ("Hồ Văn Tài", "Chủ tịch UBND huyện")],
        ),
        (
            "đ/c Lạc Văn Cường, Bí thư Đảng ủy chủ tịch HĐND xã, dự",
            [("Lạc Văn Cường", "Bí thư Đảng ủy"), ("Lạc Văn Cường", "chủ tịch HĐND xã")],
        ),
        # A name printed with two spaces between its syllables is read whole.
        ("bà Ngô  Thị Lan, Chủ tịch HĐND xã phát biểu", [("Ngô Thị Lan", "Chủ tịch HĐND xã")]),
    ],
)
def test_committees_in_small_letters_and_names_with_two_spaces(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert _people(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Right after a name, a space alone before an abbreviated post in capitals.
        (
            "có các đồng chí Đỗ Minh Tâm TUV - Bí thư Huyện ủy; Lê Quốc Hà PBT Huyện ủy dự",
            [
                ("Đỗ Minh Tâm", "TUV"),
                ("Đỗ Minh Tâm", "Bí thư Huyện ủy"),
                ("Lê Quốc Hà", "PBT Huyện ủy"),
            ],
        ),
        ("đồng chí Đỗ Minh Tâm PBTĐU phát biểu", [("Đỗ Minh Tâm", "PBTĐU")]),
        # A capitalized body or a word that starts no post is none.
        ("đồng chí Đỗ Minh Tâm UBND xã phát biểu", []),
        ("đồng chí Đỗ Minh Tâm TUVX phát biểu", []),
    ],
)
def test_an_abbreviated_post_after_a_name_and_a_space(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert _people(text) == expected


def _unplaced(text: str) -> list[tuple[str, str]]:
    return [(u.span.text, u.reason) for u in extract(text).unplaced]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A capitalized word before the family name may be the name's own first syllables
        # (names of minorities: "Y Khoa Niê", "A Sa Lê"): the name is not read.
        ("Tham dự có đồng chí Y Khoa Lê Minh - Bí thư Đảng ủy xã.", []),
        ("Ông A Sa Lê Minh, Chủ tịch UBND huyện, phát biểu.", []),
        # … but an honorific, a mark, an abbreviation or a province's name is a clean start.
        (
            "Ông Lê Văn Khoa, Chủ tịch UBND xã, phát biểu.",
            [("Lê Văn Khoa", "Chủ tịch UBND xã")],
        ),
        (
            "Chủ tịch UBND TP Hải Phòng Trần Văn Dũng phát biểu.",
            [("Trần Văn Dũng", "Chủ tịch UBND TP Hải Phòng")],
        ),
        (
            "Chủ tịch Ủy ban Trung ương MTTQ Việt Nam Trần Văn Nhân đến dự.",
            [("Trần Văn Nhân", "Chủ tịch Ủy ban Trung ương MTTQ Việt Nam")],
        ),
        # A fifth capitalized syllable after the name: where the name ends is not certain.
        ("đồng chí Trần Văn Bình An Khang, Chủ tịch HĐND xã.", []),
    ],
)
def test_a_name_needs_clean_boundaries(text: str, expected: list[tuple[str, str]]) -> None:
    assert _people(text) == expected


def test_an_unclear_name_is_unplaced_with_its_reason() -> None:
    reasons = dict(_unplaced("Dự có đồng chí Y Khoa Lê Minh - Bí thư Đảng ủy xã."))
    assert reasons["Lê Minh"].startswith("a capitalized word before the name ('Khoa')")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A small word no phrase of the posts' vocabulary covers ends the post.
        (
            "ông Trần Văn Hải - Trưởng ban Pháp chế làm trưởng đoàn giám sát.",
            [("Trần Văn Hải", "Trưởng ban Pháp chế")],
        ),
        (
            "bà Lê Thị Hoa, Phó Chủ tịch Hội đồng nhân dân xã giữ chức vụ đến nay.",
            [("Lê Thị Hoa", "Phó Chủ tịch Hội đồng nhân dân xã")],
        ),
        # Right after a name's capitalized word, a small word may be that name's: the post
        # is not read at all (not cut to "Trưởng Ban Tôn").
        ("ông Trần Văn Hải, Trưởng Ban Tôn khuyến Hội Thánh xã.", []),
        # A page cut short inside its last word.
        ("đồng chí Lê Văn Nam - Phó Chủ tịch UBND p", []),
        # A title whose body goes on in small words, or a post naming many: none is read.
        ("có ông Lê Văn Nam - Chủ tịch nước Cộng hòa dự.", []),
        ("ông Lê Văn Nam, Bí thư Đảng ủy khối các Cơ quan tỉnh.", []),
        # … but "các" after the post's end is the sentence's.
        (
            "bà Võ Thị Hạnh – Trưởng đoàn đại biểu Quốc hội tỉnh chỉ đạo các ngành.",
            [("Võ Thị Hạnh", "Trưởng đoàn đại biểu Quốc hội tỉnh")],
        ),
    ],
)
def test_a_post_is_made_of_known_words(text: str, expected: list[tuple[str, str]]) -> None:
    assert _people(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "và" and another body's first word: two bodies, the post ends before "và".
        (
            "bà Hồ Thị Lan, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh và Đoàn đại biểu Quốc hội "
            "tỉnh tiếp xúc cử tri.",
            [("Hồ Thị Lan", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh")],
        ),
        # Two abbreviated bodies, or the fields of one body's name, stay one.
        (
            "ông Đỗ Văn Tư, Chánh Văn phòng HĐND và UBND huyện.",
            [("Đỗ Văn Tư", "Chánh Văn phòng HĐND và UBND huyện")],
        ),
        (
            "ông Đỗ Văn Tư, Giám đốc Sở Khoa học và Công nghệ.",
            [("Đỗ Văn Tư", "Giám đốc Sở Khoa học và Công nghệ")],
        ),
    ],
)
def test_and_before_another_body_ends_a_post(text: str, expected: list[tuple[str, str]]) -> None:
    assert _people(text) == expected


def test_a_dot_between_capitals_is_inside_an_abbreviation() -> None:
    text = "ông Lê Văn Quý – Đảng uỷ viên, Chủ tịch UB.MTTQVN phường. Hội nghị"
    assert _people(text) == [
        ("Lê Văn Quý", "Đảng uỷ viên"),
        ("Lê Văn Quý", "Chủ tịch UB.MTTQVN phường"),
    ]


def test_a_post_ending_in_another_name_is_that_persons() -> None:
    text = "Có Phó Bí thư Tỉnh ủy Trần Văn Tâm, Phó Chủ tịch UBND tỉnh Lê Hữu Phúc cùng dự."
    assert _people(text) == [
        ("Trần Văn Tâm", "Phó Bí thư Tỉnh ủy"),
        ("Lê Hữu Phúc", "Phó Chủ tịch UBND tỉnh"),
    ]


def test_a_ward_named_after_a_person_stays_the_units() -> None:
    text = "Nguyễn Văn Kha – Phó Chủ tịch HĐND phường Lê Hồng Phong"
    assert _people(text) == [("Nguyễn Văn Kha", "Phó Chủ tịch HĐND phường Lê Hồng Phong")]


def test_a_former_post_is_no_post_of_the_day() -> None:
    text = "Tổ có nguyên Phó Bí thư Thành ủy, nguyên Chủ tịch HĐND TP Trần Thị Mai tham gia."
    assert _people(text) == []
    assert ("Chủ tịch HĐND TP", "a former post ('nguyên')") in _unplaced(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A body's name with a comma inside is read whole.
        (
            "bà Âu Thị Lan, Giám đốc Sở Văn hóa, Thể thao và Du lịch, Đại biểu Quốc hội.",
            [
                ("Âu Thị Lan", "Giám đốc Sở Văn hóa, Thể thao và Du lịch"),
                ("Âu Thị Lan", "Đại biểu Quốc hội"),
            ],
        ),
        # An unknown one is not cut: the post is not read.
        ("bà Âu Thị Lan, Giám đốc Sở Nội vụ, Lao động và Việc làm.", []),
    ],
)
def test_a_comma_inside_a_bodys_name(text: str, expected: list[tuple[str, str]]) -> None:
    assert _people(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "các ứng cử viên gồm ông Trần Văn Hòa (Phó Bí thư Thành ủy, Chủ tịch UBND TP) và",
            [("Trần Văn Hòa", "Phó Bí thư Thành ủy"), ("Trần Văn Hòa", "Chủ tịch UBND TP")],
        ),
        # Every piece in the brackets must be a post, or none is read.
        ("ông Trần Văn Hòa (bác sĩ, Giám đốc Bệnh viện tỉnh) và", []),
    ],
)
def test_posts_in_brackets_after_a_name(text: str, expected: list[tuple[str, str]]) -> None:
    assert _people(text) == expected


@given(st.text(alphabet="AVLTăêơ ,-–()àđĐnguyễnvàHĐNDUB", max_size=80))
def test_the_gates_never_fail_on_any_text(text: str) -> None:
    for person in extract(text).people:
        assert person.name
        assert person.post


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A unit's level abbreviated with a dot (tayho_coord.vi.PLACE_ABBREVIATIONS), then the
        # unit's name: the name belongs to the post, spaced or glued.
        (
            "ông Đào Văn Nam, Phó Chủ tịch UBMTTQ Việt Nam TP. Hòa Bình; bà Lê Thị Na",
            [("Đào Văn Nam", "Phó Chủ tịch UBMTTQ Việt Nam TP. Hòa Bình")],
        ),
        (
            "ông Đào Văn Nam - Chủ tịch Ủy ban Mặt trận Tổ quốc Tp.HCM.",
            [("Đào Văn Nam", "Chủ tịch Ủy ban Mặt trận Tổ quốc Tp.HCM")],
        ),
        (
            "ông Đào Văn Nam - Chủ tịch UBND TX. Sơn Tây phát biểu",
            [("Đào Văn Nam", "Chủ tịch UBND TX. Sơn Tây")],
        ),
        # A capital after the dot that opens a sentence (a word in small letters after it that
        # ends no post, an honorific, a name) is no unit's name: the dot ends the post.
        (
            "ông Đào Văn Nam - Chủ tịch UBND TP. Tại hội nghị, cử tri",
            [("Đào Văn Nam", "Chủ tịch UBND TP")],
        ),
        (
            "ông Đào Văn Nam - Chủ tịch UBND TP. Ông Lê Văn Ba phát biểu",
            [("Đào Văn Nam", "Chủ tịch UBND TP")],
        ),
    ],
)
def test_an_abbreviated_levels_dot_keeps_the_units_name(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert _people(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # An office serves the elected bodies it names, joined by "và" before the unit.
        (
            "có đại biểu Đào Văn Nam, Chánh Văn phòng Đoàn ĐB Quốc hội và HĐND tỉnh.",
            [
                ("Đào Văn Nam", "đại biểu"),
                ("Đào Văn Nam", "Chánh Văn phòng Đoàn ĐB Quốc hội và HĐND tỉnh"),
            ],
        ),
        (
            "ông Đào Văn Nam, Phó Chánh Văn phòng Đoàn đại biểu Quốc hội và Hội đồng nhân dân "
            "tỉnh.",
            [
                (
                    "Đào Văn Nam",
                    "Phó Chánh Văn phòng Đoàn đại biểu Quốc hội và Hội đồng nhân dân tỉnh",
                )
            ],
        ),
        # Once a unit has ended the office's name, "và" and a body start another.
        (
            "ông Đào Văn Nam, Chánh Văn phòng UBND tỉnh và Đoàn công tác đến thăm",
            [("Đào Văn Nam", "Chánh Văn phòng UBND tỉnh")],
        ),
        # No office: "và" before a body ends the post.
        (
            "ông Đào Văn Nam, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh và HĐND tỉnh",
            [("Đào Văn Nam", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh")],
        ),
    ],
)
def test_an_office_of_two_elected_bodies(text: str, expected: list[tuple[str, str]]) -> None:
    assert _people(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # An Ê Đê's or M'nông's name: the gender's letter (Y a man's, H or H' a woman's), the
        # given name, the family name last (tayho_coord.vi.HIGHLAND_FAMILY_NAMES).
        (
            "gồm các ông bà: H Mai Lan Niê – Phó Chủ tịch UBND tỉnh; ông Y Kông Mlô, Chủ tịch "
            "HĐND xã.",
            [("H Mai Lan Niê", "Phó Chủ tịch UBND tỉnh"), ("Y Kông Mlô", "Chủ tịch HĐND xã")],
        ),
        (
            "bà H'Lan Êban – Chủ tịch Hội Liên hiệp Phụ nữ huyện",
            [("H'Lan Êban", "Chủ tịch Hội Liên hiệp Phụ nữ huyện")],
        ),
        # A J'rai's family name first (Nay, Ksor, Siu…), a gender's letter inside.
        (
            "Ông Nay Y Bình – Phó Bí thư Huyện uỷ, Chủ tịch UBND huyện; ông Ksor Dũng, Bí thư "
            "Đảng ủy xã.",
            [
                ("Nay Y Bình", "Phó Bí thư Huyện uỷ"),
                ("Nay Y Bình", "Chủ tịch UBND huyện"),
                ("Ksor Dũng", "Bí thư Đảng ủy xã"),
            ],
        ),
        # Without a family name of the Highlands the letter opens no name, and a name after it
        # has no clean start: nothing is read.
        ("ông Y Kông Bình, Chủ tịch HĐND xã.", []),
        ("các ông bà: H Kim Hoa Lan – Phó Chủ tịch UBND tỉnh.", []),
        # The northern peoples' family names (Lâu, Giàng, Thào, Lù, Vừ, Điêu, Ma).
        (
            "Giàng A Tủa - Chủ tịch UBND xã; Lâu Văn Phúc - Phó Bí thư Đảng ủy",
            [("Giàng A Tủa", "Chủ tịch UBND xã"), ("Lâu Văn Phúc", "Phó Bí thư Đảng ủy")],
        ),
    ],
)
def test_names_of_the_highlands_and_the_north(text: str, expected: list[tuple[str, str]]) -> None:
    assert _people(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Who works in a body, capitalized after a name, is a post.
        (
            "Bà Đào Thị Hoa – Chuyên viên Văn phòng Huyện uỷ; ông Lê Văn Ba, Giáo viên Trường "
            "Tiểu học Kim Đồng, xã Tân Lập",
            [
                ("Đào Thị Hoa", "Chuyên viên Văn phòng Huyện uỷ"),
                ("Lê Văn Ba", "Giáo viên Trường Tiểu học Kim Đồng"),
            ],
        ),
        (
            "bà Đào Thị Hoa - Viên chức Trung tâm Phát triển quỹ đất huyện; ông Lê Văn Ba - "
            "Công chức Tư pháp - Hộ tịch xã.",
            [
                ("Đào Thị Hoa", "Viên chức Trung tâm Phát triển quỹ đất huyện"),
                ("Lê Văn Ba", "Công chức Tư pháp - Hộ tịch xã"),
            ],
        ),
        # The Government, its ministries, a district's police, the Front's associations.
        (
            "Lê Văn Ba, Ủy viên BTV Đảng ủy Chính phủ, Bộ trưởng Bộ Ngoại giao; Đào Thị Hoa, "
            "Phó Chủ tịch Thường trực Hội Luật gia tỉnh.",
            [
                ("Lê Văn Ba", "Ủy viên BTV Đảng ủy Chính phủ"),
                ("Lê Văn Ba", "Bộ trưởng Bộ Ngoại giao"),
                ("Đào Thị Hoa", "Phó Chủ tịch Thường trực Hội Luật gia tỉnh"),
            ],
        ),
        (
            "ông Lê Văn Ba - Trưởng Công an huyện báo cáo; Phó Thủ tướng Đào Văn Hòa phát biểu",
            [("Lê Văn Ba", "Trưởng Công an huyện"), ("Đào Văn Hòa", "Phó Thủ tướng")],
        ),
        # The Party's standing committee without "Ủy viên Ban"; "ĐB" and "Phó BT" abbreviated.
        (
            "Ông Lê Văn Ba, Thường vụ Thành ủy, Chủ tịch Ủy ban MTTQ Việt Nam thành phố chủ trì.",
            [
                ("Lê Văn Ba", "Thường vụ Thành ủy"),
                ("Lê Văn Ba", "Chủ tịch Ủy ban MTTQ Việt Nam thành phố"),
            ],
        ),
        (
            "tổ đại biểu có ĐB Đào Thị Hoa, Phó Chủ tịch HĐND tỉnh; ông Lê Văn Ba - Phó BT, "
            "Chủ tịch UBND xã",
            [
                ("Đào Thị Hoa", "ĐB"),
                ("Đào Thị Hoa", "Phó Chủ tịch HĐND tỉnh"),
                ("Lê Văn Ba", "Phó BT"),
                ("Lê Văn Ba", "Chủ tịch UBND xã"),
            ],
        ),
        # "Ủy ban" or "Hội đồng" then a small word outside the vocabulary: a misprinted or
        # cut name, no post.
        ("ông Lê Văn Ba - Chủ tịch Uỷ ban nhân xã phát biểu", []),
    ],
)
def test_posts_of_staff_government_and_associations(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert _people(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "làm" and a delegation's or a group's role after a name and its posts: the person
        # holds the role too, as printed.
        (
            "Đoàn giám sát do ông Lê Văn Ba - Phó Chủ tịch HĐND huyện làm trưởng đoàn đã đến xã",
            [("Lê Văn Ba", "Phó Chủ tịch HĐND huyện"), ("Lê Văn Ba", "trưởng đoàn")],
        ),
        (
            "tổ đại biểu (do Chủ tịch HĐND huyện Lê Văn Ba làm Tổ trưởng) tiếp xúc cử tri",
            [("Lê Văn Ba", "Chủ tịch HĐND huyện"), ("Lê Văn Ba", "Tổ trưởng")],
        ),
        # A role going on into a body's name is not read.
        (
            "do ông Lê Văn Ba - Phó Chủ tịch HĐND huyện làm trưởng đoàn giám sát của huyện",
            [("Lê Văn Ba", "Phó Chủ tịch HĐND huyện")],
        ),
        (
            "do ông Lê Văn Ba - Phó Chủ tịch HĐND huyện làm Trưởng đoàn Đoàn công tác",
            [("Lê Văn Ba", "Phó Chủ tịch HĐND huyện")],
        ),
    ],
)
def test_a_role_after_lam(text: str, expected: list[tuple[str, str]]) -> None:
    assert _people(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A post heading a list whose items each open with a name (a rank at most before it)
        # and are apart by ";": each item's name holds the heading's post, then its own.
        (
            "chiều 26/4, các đại biểu HĐND tỉnh: Lê Văn Ba, Phó Chủ tịch UBND huyện; Đại tá Đào "
            "Văn Hòa, Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh; Hồ Thị Na, Chủ tịch Hội Nông dân "
            "xã tiếp xúc cử tri.",
            [
                ("Lê Văn Ba", "đại biểu HĐND tỉnh"),
                ("Lê Văn Ba", "Phó Chủ tịch UBND huyện"),
                ("Đào Văn Hòa", "đại biểu HĐND tỉnh"),
                ("Đào Văn Hòa", "Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh"),
                ("Hồ Thị Na", "đại biểu HĐND tỉnh"),
                ("Hồ Thị Na", "Chủ tịch Hội Nông dân xã"),
            ],
        ),
        # A post's words inside a body's name before the colon head no list.
        (
            "có các đồng chí trong Ban Thường vụ Tỉnh ủy: Lê Văn Ba, Giám đốc Công an tỉnh; "
            "Đào Văn Hòa, Phó Chủ tịch UBND tỉnh.",
            [("Lê Văn Ba", "Giám đốc Công an tỉnh"), ("Đào Văn Hòa", "Phó Chủ tịch UBND tỉnh")],
        ),
        # A list without ";" is no list of this form.
        (
            "các đại biểu HĐND tỉnh: Lê Văn Ba, Đào Văn Hòa.",
            [],
        ),
    ],
)
def test_a_post_heading_a_list_of_items(text: str, expected: list[tuple[str, str]]) -> None:
    assert _people(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A post printed in small letters after a name and a separator, or after a Party
        # committee's post, is read as printed.
        (
            "tham gia có đồng chí Lê Văn Ba, phó Bí thư Đảng ủy, đồng chí Hồ Văn Nam, chủ tịch "
            "UBMTTQ xã, cùng dự.",
            [("Lê Văn Ba", "phó Bí thư Đảng ủy"), ("Hồ Văn Nam", "chủ tịch UBMTTQ xã")],
        ),
        (
            "do ông Lê Văn Ba – ủy viên thường vụ Tỉnh ủy, Phó Chủ tịch UBND tỉnh làm trưởng "
            "đoàn có buổi tiếp xúc",
            [
                ("Lê Văn Ba", "ủy viên thường vụ Tỉnh ủy"),
                ("Lê Văn Ba", "Phó Chủ tịch UBND tỉnh"),
                ("Lê Văn Ba", "trưởng đoàn"),
            ],
        ),
        # Small words that start no post end the reading.
        ("có ông Lê Văn Ba, chủ hộ kinh doanh, cùng dự", []),
    ],
)
def test_a_post_in_small_letters_after_a_name(text: str, expected: list[tuple[str, str]]) -> None:
    assert _people(text) == expected


def test_posts_after_a_former_post_are_read() -> None:
    # A former post ("nguyên") is no post of the day; the posts printed after it are.
    text = "Ông Lê Văn Ba - Nguyên Phó Bí thư Tỉnh ủy - Đại biểu HĐND tỉnh phát biểu"
    draft = extract(text)
    assert [(p.name, p.post) for p in draft.people] == [("Lê Văn Ba", "Đại biểu HĐND tỉnh")]
    assert [(u.span.text, u.reason) for u in draft.unplaced] == [
        ("Phó Bí thư Tỉnh ủy", "a former post ('nguyên')")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # An abbreviated title and body apart by a dot.
        (
            "có ông Lê Văn Ba – Bí thư Đảng ủy, CT.HĐND xã, ông Hồ Văn Nam - PCT.UBND xã.",
            [
                ("Lê Văn Ba", "Bí thư Đảng ủy"),
                ("Lê Văn Ba", "CT.HĐND xã"),
                ("Hồ Văn Nam", "PCT.UBND xã"),
            ],
        ),
        # The head of a village or a hamlet, its name or number after the level.
        (
            "ông Lê Văn Ba, Trưởng thôn Ka Đông nêu ý kiến; bà Lê Thị Na - Trưởng ấp 3, xã Tân Phú",
            [("Lê Văn Ba", "Trưởng thôn Ka Đông"), ("Lê Thị Na", "Trưởng ấp 3")],
        ),
        # A post, a dash, an honorific and the name.
        (
            "Trưởng thôn Phú Mỹ - ông Hồ Văn Nam nêu ý kiến",
            [("Hồ Văn Nam", "Trưởng thôn Phú Mỹ")],
        ),
    ],
)
def test_dotted_abbreviations_and_heads_of_villages(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert _people(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A name right after a school's kind is the school's, given after a person: no
        # person, and the post before runs through it.
        (
            "Đào Thị Hoa – Giáo viên Trường Trung học phổ thông Trần Cao Vân và các ứng cử viên",
            [("Đào Thị Hoa", "Giáo viên Trường Trung học phổ thông Trần Cao Vân")],
        ),
        (
            "bà Đào Thị Hoa - Hiệu phó Trường THCS Nguyễn Văn Trỗi; ông Lê Văn Ba - Giám đốc "
            "Trung tâm Phục vụ hành chính công xã Ia Ly.",
            [("Lê Văn Ba", "Giám đốc Trung tâm Phục vụ hành chính công xã Ia Ly")],
        ),
    ],
)
def test_a_school_named_after_a_person(text: str, expected: list[tuple[str, str]]) -> None:
    assert _people(text) == expected
