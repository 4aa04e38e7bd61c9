"""Counts of round 18 (issue 16): a counted phrase read ON to its clause's end.

Each case is a short text written for its rule (docs/extract.md, "round 18"). The set's
convention, from its ``about``: a count's noun is written "as far as it names what is
counted", "through the words that say which persons are counted" ('người đủ tiêu chuẩn
ứng cử đại biểu HĐND xã', 'người thuộc khối quân đội, công an'); the writers of unseen_16
and unseen_17 read whose (``46 ý kiến của cử tri``), who submits or introduces (``16 nghị
quyết do UBND tỉnh trình``, ``32 người được các cơ quan, tổ chức, đơn vị giới thiệu``) and
where persons work into it. Since round 18 a known noun's phrase goes on by default, and
stops at the clause's end: punctuation, a number, a verb of the main clause, a time.
"""

from __future__ import annotations

import pytest
from extract_helpers import counts as _counts
from extract_helpers import reasons as _reasons

# --- read on to the clause's end --------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "noun"),
    [
        # which ones, to the main clause's verb ("cần", "tham gia", "cùng")
        ("Còn 12 nội dung vướng mắc cần xử lý.", "nội dung vướng mắc"),
        ("Có 4 cơ quan chủ quản cùng ký.", "cơ quan chủ quản"),
        ("Có hơn 700 viên chức trong ngành y tế tỉnh tham gia.", "viên chức trong ngành y tế tỉnh"),
        ("Có 50 công chức thuộc khối Đảng đã dự.", "công chức thuộc khối Đảng"),
        # to the full stop
        (
            "Ghi nhận 01 kiến nghị thuộc thẩm quyền cấp huyện.",
            "kiến nghị thuộc thẩm quyền cấp huyện",
        ),
        ("Hợp tác xã có 60 thành viên góp vốn.", "thành viên góp vốn"),
        # whose, after "của", to the clause's verb
        ("Có 12 hộ của xóm Bắc được nhận quà.", "hộ của xóm Bắc"),
        ("Đã xây 3 nhà văn hóa của thôn Nam trong năm.", "nhà văn hóa của thôn Nam"),
    ],
)
def test_a_known_noun_is_read_to_its_clause_end(text: str, noun: str) -> None:
    assert [c[2] for c in _counts(text)] == [noun]


@pytest.mark.parametrize(
    ("text", "noun"),
    [
        # A verb of the report ends the phrase, as before.
        ("Có 20 đại biểu tham dự hội nghị.", "đại biểu"),
        # A time after "trong", "cuối": when, not which ("60 cán bộ | trong buổi sáng").
        ("Có 25 đoàn viên trong buổi chiều.", "đoàn viên"),
        ("Có 18 hội viên trong Hội nghị phát biểu.", "hội viên"),
        (
            "Bầu 2 Phó trưởng ban chuyên trách HĐND huyện cuối năm 2018.",
            "Phó trưởng ban chuyên trách HĐND huyện",
        ),
        # A word in capitals right after the noun starts a clause or a name.
        ("Nhận 7 đơn UBND xã chuyển đến.", "đơn"),
        ("Gặp 4 người Tin Lành ở xã.", "người"),
        # A predicate's manner, or a measure, after the persons or things counted.
        ("Gần 43.000 cử tri các huyện miền núi nô nức đi bầu.", "cử tri các huyện miền núi"),
        ("Có 45 hộ cận nghèo tỷ lệ 3%.", "hộ cận nghèo"),
    ],
)
def test_the_clause_ends_the_phrase(text: str, noun: str) -> None:
    assert [c[2] for c in _counts(text)][:1] == [noun]


def test_words_often_in_capitals_inside_a_common_noun_are_read() -> None:
    assert _counts("Phân vốn của 3 chương trình mục tiêu Quốc gia đến từng xã.") == [
        (None, 3, "chương trình mục tiêu Quốc gia")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Có 5 xã vùng CT229 của huyện.",  # a number glued to a word: a name's end not told
        "Có 3 cuộc thanh tra trách nhiệm việc thực hiện pháp luật.",  # "việc" left hanging
    ],
)
def test_an_end_that_cannot_be_told_is_left_to_the_earlier_rules(text: str) -> None:
    assert _counts(text) == []
    assert any("cannot be told" in r for r in _reasons(text))


@pytest.mark.parametrize(
    "text", ["Có 2 vụ lúa mỗi năm.", "Tổ chức 4 buổi sinh hoạt chi hội mỗi tháng."]
)
def test_a_frequency_after_the_phrase_is_no_count(text: str) -> None:
    assert _counts(text) == []
    assert "a frequency, not a count" in _reasons(text)


# --- who submits, introduces, passes: "do" / "được" + an agent + its verb ------------------


@pytest.mark.parametrize(
    ("text", "noun"),
    [
        (
            "Kỳ họp thông qua 16 Nghị quyết do UBND tỉnh trình; bầu bổ sung.",
            "Nghị quyết do UBND tỉnh trình",
        ),
        ("Danh sách có 8 người do Trung ương giới thiệu.", "người do Trung ương giới thiệu"),
        (
            "Có 32 người được các cơ quan, tổ chức, đơn vị giới thiệu và 1 người tự ứng cử.",
            "người được các cơ quan, tổ chức, đơn vị giới thiệu",
        ),
    ],
)
def test_an_agent_s_clause_is_read_to_its_verb(text: str, noun: str) -> None:
    assert [c[2] for c in _counts(text)][:1] == [noun]


@pytest.mark.parametrize(
    ("text", "noun"),
    [
        # "do" with no verb of an agent: a cause ("because"), the phrase ends.
        ("Có 5 hộ do thiên tai bị thiệt hại.", "hộ"),
        # An agent whose verb is no closed-list verb: the relative clause is not read.
        ("Có 30 cá nhân được UBND tỉnh trao tặng bằng khen.", "cá nhân"),
    ],
)
def test_an_agent_without_its_verb_is_not_read(text: str, noun: str) -> None:
    assert [c[2] for c in _counts(text)][:1] == [noun]


# --- which persons: what they do or are --------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "noun"),
    [
        (
            "Lập danh sách 49 người đủ điều kiện tham gia ứng cử đại biểu HĐND thành phố, "
            "nhiệm kỳ 2016-2021.",
            "người đủ điều kiện tham gia ứng cử đại biểu HĐND thành phố",
        ),
        (
            "Giới thiệu 11 người đang cư trú, công tác tại tỉnh Thái Bình ứng cử ĐBQH khóa XV, "
            "gồm:",
            "người đang cư trú, công tác tại tỉnh Thái Bình ứng cử ĐBQH khóa XV",
        ),
        (
            "Trong đó, 18 người ứng cử đại biểu là phụ nữ, 11 người ứng cử là người trẻ tuổi.",
            "người ứng cử đại biểu là phụ nữ",
        ),
        (
            "Nhận được 8 đơn của người ứng cử xin thôi không tham gia ứng cử đại biểu HĐND tỉnh.",
            "đơn của người ứng cử xin thôi không tham gia ứng cử đại biểu HĐND tỉnh",
        ),
    ],
)
def test_which_persons_are_read(text: str, noun: str) -> None:
    assert [c[2] for c in _counts(text)][:1] == [noun]


def test_a_qualification_at_the_clause_end_stays_a_predicate() -> None:
    # round 10: "9 người | đủ tiêu chuẩn." — the persons qualify; nothing follows to say for what
    assert _counts("Lập danh sách 9 người đủ tiêu chuẩn.") == [(None, 9, "người")]


# --- lists, compounds, and words that do not end a phrase ----------------------------------


@pytest.mark.parametrize(
    ("text", "noun"),
    [
        # whose, as a list after "của" (round 25: and what the petitions are on, after
        # "liên quan đến", as the writers of unseen_24 read it)
        (
            "Hội nghị nghe 16 ý kiến, kiến nghị của cán bộ, đảng viên, người dân liên quan "
            "đến đất.",
            "ý kiến, kiến nghị của cán bộ, đảng viên, người dân liên quan đến đất",
        ),
        (
            "Góp ý trên 50 văn bản dự thảo của Trung ương, của tỉnh theo yêu cầu.",
            "văn bản dự thảo của Trung ương, của tỉnh",
        ),
        # bodies of one kind after a comma
        ("Phân bổ cho 55 cơ quan, tổ chức, đơn vị.", "cơ quan, tổ chức, đơn vị"),
        # a verb inside a common noun
        (
            "Cho ý kiến đối với 3 báo cáo đề xuất chủ trương đầu tư 3 dự án.",
            "báo cáo đề xuất chủ trương đầu tư",
        ),
        (
            "Thành lập 267 ban giám sát đầu tư cộng đồng, với 1.273 thành viên.",
            "ban giám sát đầu tư cộng đồng",
        ),
        # how often, as part of what is counted; a compound with a dash
        (
            "Tiếp công dân tại 16 đợt tiếp công dân định kỳ hàng tháng, với 382 nội dung.",
            "đợt tiếp công dân định kỳ hàng tháng",
        ),
        (
            "Nghị quyết có 23 chỉ tiêu kinh tế – xã hội chủ yếu.",
            "chỉ tiêu kinh tế – xã hội chủ yếu",
        ),
        # an abbreviation's dot; a number word that counts nothing there; "cuối cùng"
        (
            "Có 20 hội viên của Hội LHPN T.P Sông Công vinh dự được nhận quà.",
            "hội viên của Hội LHPN T.P Sông Công",
        ),
        ("Có 6 việc thuộc lĩnh vực tư pháp và 1 việc khác.", "việc thuộc lĩnh vực tư pháp"),
        (
            "Đây là 02 đơn vị bầu cử cuối cùng của huyện Lăk.",
            "đơn vị bầu cử cuối cùng của huyện Lăk",
        ),
    ],
)
def test_lists_and_compounds_are_read_whole(text: str, noun: str) -> None:
    assert [c[2] for c in _counts(text)][:1] == [noun]
