"""Counts of round 9 (issue 16): where a counted noun's phrase goes on, by class.

Each case is a short text written for its rule (docs/extract.md, "Measured precision and
recall"): a noun of speech goes on with a verb of speech, a member or a meeting with a
body's name and its unit, nouns of one kind joined by ``và`` or a comma are one phrase, a
document's parts take no modifier; and the nouns, posts and modifiers a mining corpus of
new reports printed after a number.
"""

from __future__ import annotations

import pytest
from extract_helpers import counts as _counts
from extract_helpers import unplaced as _reasons


@pytest.mark.parametrize(
    ("text", "noun"),
    [
        # A noun of speech (what is said or asked) goes on with a verb of speech: the verb
        # names its kind, no boundary after it.
        # (Round 16: whose they are, after "của", is read too.)
        ("đã tiếp nhận 12 ý kiến phát biểu của cử tri", "ý kiến phát biểu của cử tri"),
        ("chuyển 4 nội dung chất vấn đến", "nội dung chất vấn"),
        ("có 7 câu hỏi trả lời chất vấn.", "câu hỏi trả lời chất vấn"),
        ("ghi nhận 5 lượt thảo luận tại tổ", "lượt thảo luận"),
        ("tổng hợp 8 vấn đề giải trình;", "vấn đề giải trình"),
    ],
)
def test_a_noun_of_speech_goes_on_with_a_verb_of_speech(text: str, noun: str) -> None:
    assert [c[2] for c in _counts(text)] == [noun]


@pytest.mark.parametrize(
    ("text", "noun"),
    [
        # Not after a person: there the verb is what the persons did.
        ("có 40 đại biểu chất vấn tại kỳ họp", "đại biểu"),
        ("có 12 cử tri phát biểu tại hội nghị", "cử tri"),
    ],
)
def test_a_verb_of_speech_after_a_person_ends_the_phrase(text: str, noun: str) -> None:
    assert [c[2] for c in _counts(text)] == [noun]


@pytest.mark.parametrize(
    ("text", "noun"),
    [
        # A member, a post, a meeting or a body's paper, then a body's name (abbreviated or
        # long), "Việt Nam", the unit's level and its name or number, or "cấp" and the
        # levels it lists.
        ("đã dự đủ 6 kỳ họp QH, các phiên", "kỳ họp QH"),
        ("bổ sung 2 ủy viên UBMTTQ Việt Nam huyện, 1 vị", "ủy viên UBMTTQ Việt Nam huyện"),
        ("bầu 3 Ủy viên Ủy ban nhân dân tỉnh.", "Ủy viên Ủy ban nhân dân tỉnh"),
        ("có 5 Phó Chủ tịch HĐND xã Tân Lập dự", "Phó Chủ tịch HĐND xã Tân Lập"),
        (
            "tập huấn cho 40 Chủ tịch Ủy ban MTTQ Việt Nam cấp xã, phường, thị trấn trong tỉnh",
            "Chủ tịch Ủy ban MTTQ Việt Nam cấp xã, phường, thị trấn",
        ),
        (
            "cử ra 21 vị ủy viên Ủy ban MTTQVN phường 3 nhiệm kỳ mới",
            "vị ủy viên Ủy ban MTTQVN phường 3",
        ),
        ("thông qua 9 nghị quyết HĐND huyện;", "nghị quyết HĐND huyện"),
    ],
)
def test_a_body_s_name_goes_on_after_a_member_or_a_meeting(text: str, noun: str) -> None:
    assert _counts(text)[0][2] == noun


def test_a_post_before_an_unknown_capitalised_name_still_abstains() -> None:
    # "Sở Tài chính" starts no body's name of the list: where it ends is not read.
    assert _counts("họp với 3 Phó Chủ tịch Sở Tài chính") == []
    assert _reasons("họp với 3 Phó Chủ tịch Sở Tài chính") == [
        (
            "3 Phó Chủ tịch Sở Tài",
            "the noun 'phó chủ tịch' may go on with 'Tài': its end cannot be told",
        )
    ]


def test_a_body_s_name_does_not_follow_a_noun_that_belongs_to_no_body() -> None:
    # "ý kiến" is no member, post, meeting or paper: the capitalised body is the next clause's.
    assert _counts("có 10 ý kiến UBND xã đã trả lời") == [(None, 10, "ý kiến")]


@pytest.mark.parametrize(
    ("text", "noun"),
    [
        # Nouns of one kind joined by "và" (persons, papers) or a comma (papers): one phrase.
        (
            "với hơn 200 hội viên phụ nữ và đoàn viên thanh niên tham gia",
            "hội viên phụ nữ và đoàn viên thanh niên",
        ),
        ("sẽ xem xét 14 báo cáo, tờ trình, kế hoạch và 20 dự thảo", "báo cáo, tờ trình, kế hoạch"),
        ("ban hành 3 quy chế và quy định về phối hợp", "quy chế và quy định"),
    ],
)
def test_nouns_of_one_kind_joined_by_va_or_a_comma_are_one_phrase(text: str, noun: str) -> None:
    assert _counts(text)[0][2] == noun


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A noun of another kind, or one with its own number, after "và" ends the phrase.
        ("có 30 hội viên và tổ chức", [(None, 30, "hội viên")]),
        ("nghe 5 báo cáo và 7 tờ trình", [(None, 5, "báo cáo"), (None, 7, "tờ trình")]),
        # A petition's word after a person and a comma is a verb: who petitioned.
        (
            "tiếp 12 lượt, với 31 người, phản ánh 9 vụ việc",
            [(None, 12, "lượt"), (None, 31, "người"), (None, 9, "vụ việc")],
        ),
    ],
)
def test_a_noun_of_another_kind_ends_the_phrase(
    text: str, expected: list[tuple[str | None, int, str]]
) -> None:
    assert _counts(text) == expected


def test_a_document_s_parts_take_no_modifier() -> None:
    # "điều" then "quy định" (which regulate): a part of a document ends at a small word.
    assert _counts("Quy chế gồm 4 chương, 21 điều quy định về phối hợp") == [
        (None, 4, "chương"),
        (None, 21, "điều"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The grades of a vote of confidence (Nghị quyết 96/2023/QH15, Điều 4) and ballots.
        (
            "có 31 phiếu tín nhiệm cao, 4 phiếu tín nhiệm và 2 phiếu tín nhiệm thấp.",
            [
                (None, 31, "phiếu tín nhiệm cao"),
                (None, 4, "phiếu tín nhiệm"),
                (None, 2, "phiếu tín nhiệm thấp"),
            ],
        ),
        ("đối với 24 đồng chí được lấy phiếu", [(None, 24, "đồng chí")]),
        ("trong 17 chức danh do HĐND bầu", [(None, 17, "chức danh")]),
        ("lấy phiếu 12 người giữ chức vụ do HĐND bầu", [(None, 12, "người giữ chức vụ")]),
        # Laws and ordinances, in digits or words, and a law's draft before its kind.
        (
            "góp ý vào hai pháp lệnh, 3 dự án Pháp lệnh",
            [(None, 2, "pháp lệnh"), (None, 3, "dự án Pháp lệnh")],
        ),
        # Persons' kinds and presence; meetings by what they are for; what a front gives.
        (
            "gồm 8 đại biểu nữ, 3 đại biểu vắng mặt",
            [(None, 8, "đại biểu nữ"), (None, 3, "đại biểu vắng mặt")],
        ),
        ("có 90 đại biểu chính thức dự", [(None, 90, "đại biểu chính thức")]),
        ("tổ chức 45 buổi tuyên truyền tại", [(None, 45, "buổi tuyên truyền")]),
        (
            "có 6 tổ hòa giải, 30 hòa giải viên",
            [(None, 6, "tổ hòa giải"), (None, 30, "hòa giải viên")],
        ),
        (
            "trao 4 sổ tiết kiệm, 9 phương tiện sinh kế",
            [(None, 4, "sổ tiết kiệm"), (None, 9, "phương tiện sinh kế")],
        ),
        ("gần 20 câu chất vấn của đại biểu", [("gần", 20, "câu chất vấn")]),
        # Verbs no noun is made of, after an open head: "đảm nhận", "giải quyết".
        ("việc 2 người đảm nhận nhiều việc", [(None, 2, "người")]),
        ("đã có 140 đơn giải quyết xong", [(None, 140, "đơn")]),
        # A direction after what is counted ends its phrase; an area does before words in
        # small letters that describe it.
        ("cử tri 7 xã, phường phía Bắc huyện", [(None, 7, "xã, phường")]),
        ("di dời 15 hộ dân vùng sạt lở", [(None, 15, "hộ dân")]),
        ("hỗ trợ 4 xã vùng cao", [(None, 4, "xã vùng cao")]),
        # What a class, a group or a model is for; a household's title; the front's bodies.
        ("mở 12 lớp đào tạo nghề cho", [(None, 12, "lớp đào tạo nghề")]),
        ("quản lý 6 tổ vay vốn;", [(None, 6, "tổ vay vốn")]),
        ("có 40 hộ sản xuất kinh doanh giỏi", [(None, 40, "hộ sản xuất kinh doanh giỏi")]),
        ("với 9 cơ sở Hội, 80 chi hội", [(None, 9, "cơ sở Hội"), (None, 80, "chi hội")]),
        ("kết nạp 25 thanh niên ưu tú", [(None, 25, "thanh niên ưu tú")]),
    ],
)
def test_the_nouns_and_modifiers_of_the_mining_corpus(
    text: str, expected: list[tuple[str | None, int, str]]
) -> None:
    assert _counts(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # "đồng" before anything but "chí" is money; "Nam" capitalised is a direction or a
        # name, no person's sex; "câu lạc bộ" is a club, no "câu".
        "thu 28 đồng mỗi",
        "của 6 tỉnh Nam sông Hậu",
        "có 3 câu lạc bộ hoạt động",
    ],
)
def test_words_that_only_look_like_the_new_nouns(text: str) -> None:
    assert [c for c in _counts(text) if c[2] in {"đồng chí", "tỉnh nam", "câu"}] == []


def test_an_area_before_a_name_may_name_the_kind() -> None:
    # "vùng CT229": the area's name may be part of what is counted; the count abstains.
    assert _counts("có 5 xã vùng CT229 của huyện") == []
    assert _reasons("có 5 xã vùng CT229 của huyện") == [
        ("5 xã vùng", "the noun 'xã' may go on with 'vùng': its end cannot be told")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A compound read before its second word ends a phrase: "nhà ở" (housing), not "ở".
        ("trao tặng 3 nhà ở cho hộ nghèo", [(None, 3, "nhà ở")]),
        # Meetings by what they gather, read before "theo" ends a phrase.
        (
            "có 40 cuộc tiếp xúc theo chuyên đề, lĩnh vực, đã",
            [(None, 40, "cuộc tiếp xúc theo chuyên đề, lĩnh vực")],
        ),
        # Persons' siblings after a comma, then the sum it cost ends the phrase.
        (
            "giúp 120 lượt người nghèo, khó khăn, gia đình chính sách tổng kinh phí 9 triệu",
            [(None, 120, "lượt người nghèo, khó khăn, gia đình chính sách")],
        ),
        # After persons, a comma and a person of the same kind may open another clause.
        (
            "trong đó Trung ương 2 đại biểu, người công tác tại địa phương 4 đại biểu",
            [(None, 2, "đại biểu"), (None, 4, "đại biểu")],
        ),
    ],
)
def test_compounds_meetings_and_persons_lists(
    text: str, expected: list[tuple[str | None, int, str]]
) -> None:
    assert _counts(text) == expected


@pytest.mark.parametrize(
    ("text", "noun"),
    [
        # A person after a noun of speech is who spoke: the verb after them is theirs.
        ("có 9 lượt đại biểu HĐND tỉnh phát biểu thảo luận", "lượt đại biểu HĐND tỉnh"),
        # A paper, then "trình" (submitted): the phrase has ended.
        ("thẩm tra 12 tờ trình, dự thảo Nghị quyết trình Kỳ họp", "tờ trình, dự thảo Nghị quyết"),
    ],
)
def test_who_spoke_and_what_was_submitted(text: str, noun: str) -> None:
    assert [c[2] for c in _counts(text)] == [noun]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "VN" for "Việt Nam"; "cấp" before a level of no unit ("cấp cơ sở", a modifier of
        # its own); a comma after the listed levels that lists no level ends the name.
        ("cử 3 ủy viên UBMTTQ VN tỉnh.", [(None, 3, "ủy viên UBMTTQ VN tỉnh")]),
        ("họp với 5 Chủ tịch HĐND cấp cơ sở", [(None, 5, "Chủ tịch HĐND cấp cơ sở")]),
        (
            "tập huấn 40 Chủ tịch UBND cấp xã, 12 cán bộ",
            [(None, 40, "Chủ tịch UBND cấp xã"), (None, 12, "cán bộ")],
        ),
    ],
)
def test_how_far_a_body_s_name_reads(
    text: str, expected: list[tuple[str | None, int, str]]
) -> None:
    assert _counts(text) == expected
