"""Where a counted noun's phrase ends, and when a count abstains (issue 16, round 7).

Each case is a short text written for its rule. The rules are those of Vietnamese word
formation: words are written syllable by syllable, so a counted noun's phrase is read word
by word to a boundary that can be named (punctuation, a number, a capitalised name, a
function word, a verb of the report, a place's level before its name); a word that may go
on with the noun leaves the count unplaced rather than cut short.
"""

from __future__ import annotations

import pytest
from extract_helpers import counts as _counts

from tayho_coord.extraction import extract


def _abstained(text: str) -> list[str]:
    return [u.span.text for u in extract(text).unplaced if "cannot be told" in u.reason]


@pytest.mark.parametrize(
    ("text", "unplaced"),
    [
        # A word in small letters that no list places after a noun may qualify it: "nội dung
        # vướng mắc" (problems), "cơ quan chủ quản" (supervising bodies); "cán bộ nòng cốt" is
        # read since round 13 (test_extract_counts_round13). Since round 18 such a phrase is
        # read on to its clause's end ("12 nội dung vướng mắc | cần xử lý":
        # test_extract_counts_round18); it abstains where that end cannot be told either,
        # "và" + a word ("… vướng mắc và phát sinh": one phrase or two?).
        ("còn 12 nội dung vướng mắc và phát sinh cần xử lý.", ["12 nội dung vướng"]),
        ("có 4 cơ quan chủ quản và phối hợp cùng ký.", ["4 cơ quan chủ"]),
    ],
)
def test_a_noun_that_may_go_on_abstains(text: str, unplaced: list[str]) -> None:
    assert _counts(text) == []
    assert _abstained(text) == unplaced


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A verb of the report ends the phrase: "tham dự", "tổ chức", "trả lời", "chủ trì".
        ("có 20 đại biểu tham dự hội nghị", [(None, 20, "đại biểu")]),
        ("8 xã tổ chức tiếp xúc cử tri", [(None, 8, "xã")]),
        ("03 cơ quan trả lời bằng văn bản", [(None, 3, "cơ quan")]),
        # A field or a term after the noun: "lĩnh vực …", "khóa XV".
        ("21 ý kiến lĩnh vực đất đai", [(None, 21, "ý kiến")]),
        # A place's level before a name, a number or punctuation ends it; "số" before a
        # number is a numbering.
        ("gặp 40 cử tri xã Phú Mỹ", [(None, 40, "cử tri")]),
        ("với 35 cử tri khu phố 3", [(None, 35, "cử tri")]),
        ("có 2 tổ bầu cử số 5 và 6", [(None, 2, "tổ bầu cử")]),
        # The superlative "nhất" and a rate after the noun end it.
        ("khen 12 đoàn viên xuất sắc nhất", [(None, 12, "đoàn viên xuất sắc")]),
        ("còn 40 hộ nghèo tỷ lệ 2%", [(None, 40, "hộ nghèo")]),
    ],
)
def test_a_phrase_ends_at_a_boundary_that_can_be_named(
    text: str, expected: list[tuple[str | None, int, str]]
) -> None:
    assert _counts(text) == expected


@pytest.mark.parametrize(
    ("text", "unplaced"),
    [
        # A body counted by its kind before the capitalised name of what it belongs to, a
        # name that no body's name of BODY_NAMES starts: its end is not read (as a post's, "3
        # Giám đốc Sở …"), the count abstains. (A known body's name is read: round 9.)
        ("có hai Ban Quản lý dự án dự", ["hai Ban Quản"]),
        ("với 3 Đoàn Thanh niên Cộng sản", ["3 Đoàn Thanh"]),
    ],
)
def test_a_body_before_a_capitalised_name_abstains(text: str, unplaced: list[str]) -> None:
    assert _counts(text) == []
    assert _abstained(text) == unplaced


def test_a_place_level_before_a_word_in_small_letters_qualifies_the_noun() -> None:
    # "cử tri thôn" then "giáp": the level does not end the phrase, nothing says where it does.
    assert _counts("có 30 cử tri thôn giáp ranh") == []


@pytest.mark.parametrize(
    ("text", "expected", "unplaced"),
    [
        # "chương trình" is a word, not the noun "chương" (a chapter) before "trình".
        ("triển khai 4 chương trình giám sát.", [(None, 4, "chương trình giám sát")], []),
        ("gồm 5 chương, 20 điều", [(None, 5, "chương"), (None, 20, "điều")], []),
        # "điều tra", "hộ khẩu", "bên cạnh" begin with a counted noun and are other words.
        ("qua 3 điều tra", [], ["3 điều"]),
        ("tăng 5 phần trăm", [], ["5 phần"]),
        ("có 7 hộ khẩu", [], ["7 hộ"]),
        # A modifier is not matched inside a longer word either: "có công" in "có công trình".
        ("hỗ trợ 5 người có công trình nhà", [(None, 5, "người")], []),
    ],
)
def test_a_noun_is_not_matched_inside_a_compound_word(
    text: str, expected: list[tuple[str | None, int, str]], unplaced: list[str]
) -> None:
    draft = extract(text)
    assert [(c.qualifier, c.value, c.noun) for c in draft.counts] == expected
    assert [u.span.text for u in draft.unplaced if "noun not known" in u.reason] == unplaced


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # After a comma, the siblings of each kind continue the noun: petitions, units.
        ("nêu 20 ý kiến, đề xuất.", [(None, 20, "ý kiến, đề xuất")]),
        ("cử tri 9 thôn, bản trong xã", [(None, 9, "thôn, bản")]),
        ("tại 14 ấp, khóm.", [(None, 14, "ấp, khóm")]),
        # Modifiers of round 7: "thường trực", "chủ chốt", "nghèo", "giao thông nông thôn".
        ("hai cơ quan thường trực đã ký", [(None, 2, "cơ quan thường trực")]),
        ("có 50 cán bộ chủ chốt dự", [(None, 50, "cán bộ chủ chốt")]),
        ("giúp 120 lượt người nghèo.", [(None, 120, "lượt người nghèo")]),
        ("làm 2 cầu giao thông nông thôn.", [(None, 2, "cầu giao thông nông thôn")]),
        # A noun after the phrase is what it is of: "nội dung" of "cuộc vận động".
        ("thực hiện 4 nội dung cuộc vận động.", [(None, 4, "nội dung cuộc vận động")]),
        # A modifier cut by the line's end is read as far as it is printed; round 21: a
        # line that only wraps the sentence (a word in small letters after one break) goes
        # on, a space in the noun.
        ("ban hành 3 nghị quyết quy phạm pháp\n\nluật", [(None, 3, "nghị quyết quy phạm pháp")]),
        (
            "ban hành 3 nghị quyết quy phạm pháp\nluật.",
            [(None, 3, "nghị quyết quy phạm pháp luật")],
        ),
        # Nouns of round 7: candidates, groups, works, schools.
        ("của 102 người ứng cử.", [(None, 102, "người ứng cử")]),
        ("thuộc 5 nhóm lĩnh vực.", [(None, 5, "nhóm lĩnh vực")]),
        ("làm 3 tuyến đường, 2 khe.", [(None, 3, "tuyến đường"), (None, 2, "khe")]),
        ("ở 3 khối lớp.", [(None, 3, "khối lớp")]),
        # Candidates' papers: "bộ hồ sơ" (a set of papers; "bộ" alone is a ministry).
        (
            "nhận 40 bộ hồ sơ, 12 hồ sơ tự ứng cử.",
            [(None, 40, "bộ hồ sơ"), (None, 12, "hồ sơ tự ứng cử")],
        ),
        ("có 6 người tái cử.", [(None, 6, "người tái cử")]),
        # Meetings counted by their nights; a hearing's questions; dialogues.
        ("qua 3 đêm tiếp xúc cử tri.", [(None, 3, "đêm tiếp xúc cử tri")]),
        ("có 25 câu hỏi chất vấn.", [(None, 25, "câu hỏi chất vấn")]),
        ("tổ chức 4 buổi đối thoại với dân", [(None, 4, "buổi đối thoại")]),
        # The parts of a whole, not "phần trăm" (per cent); an adverb ("rất") ends the phrase.
        ("có hai phần rất rõ", [(None, 2, "phần")]),
        # "Quốc hội" qualifies the noun as "HĐND" does.
        ("gửi 63 Đoàn đại biểu Quốc hội các tỉnh", [(None, 63, "Đoàn đại biểu Quốc hội")]),
    ],
)
def test_lists_modifiers_and_nouns_of_round_7(
    text: str, expected: list[tuple[str | None, int, str]]
) -> None:
    assert _counts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "trên" after a verb it belongs to is a preposition ("dựa trên": based on).
        ("dựa trên 5 nội dung.", [(None, 5, "nội dung")]),
        ("có trên 5 nội dung.", [("trên", 5, "nội dung")]),
        ("nằm dưới 3 nội dung.", [(None, 3, "nội dung")]),
        # "tổng số 64" is a total, not the numbering "số 64".
        ("có tổng số 64 lượt cử tri.", [(None, 64, "lượt cử tri")]),
        ("nhà số 64 lượt cử tri.", []),
    ],
)
def test_a_qualifier_and_a_total_before_the_number(
    text: str, expected: list[tuple[str | None, int, str]]
) -> None:
    assert _counts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected", "unplaced"),
    [
        # In words, a bare classifier does not say what it counts ("hai vụ": two cases or
        # two crops): the count abstains. A noun with it says what it counts.
        ("tưới hai vụ cho dân", [], ["hai vụ"]),
        ("qua ba đêm thì xong", [], ["ba đêm"]),
        ("hai vụ khiếu nại", [(None, 2, "vụ khiếu nại")], []),
        ("hai bên cùng ký", [(None, 2, "bên")], []),
    ],
)
def test_a_number_in_words_before_a_bare_classifier(
    text: str, expected: list[tuple[str | None, int, str]], unplaced: list[str]
) -> None:
    draft = extract(text)
    assert [(c.qualifier, c.value, c.noun) for c in draft.counts] == expected
    assert [u.span.text for u in draft.unplaced if "alone after" in u.reason] == unplaced
