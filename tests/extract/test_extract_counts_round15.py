"""Counts of round 15 (issue 16): repeated figures, phrase ends, no counts, new nouns.

Each case is a short text written for its rule (docs/extract.md, "round 15"). The set's
convention: "a figure repeated in one page is written once", but two facts that share a
figure under nouns of different things are both written; a count's noun is written "as far
as it names what is counted" (a quoted name, a seat's places, a comma's sibling of the same
kind); a numbering and a frequency are no counts; the counted nouns of works, religious and
ethnic persons (the 54 peoples of Quyết định 121-TCTK/PPCĐ, 1979) and sessions.
"""

from __future__ import annotations

import pytest
from extract_helpers import counts as _counts
from extract_helpers import reasons as _reasons

from tayho_coord.extraction import extract

# --- a figure printed again -------------------------------------------------------------


def test_a_later_head_of_an_earlier_noun_repeats_its_figure() -> None:
    text = (
        "Tổng số có 14 hồ sơ ứng cử đại biểu HĐND huyện khóa XX. Sau khi rà soát, còn lại "
        "14 hồ sơ đủ điều kiện."
    )
    assert _counts(text) == [(None, 14, "hồ sơ ứng cử đại biểu HĐND huyện khóa XX")]
    assert any(r.startswith("repeats the figure at 11: '14 hồ sơ ứng cử") for r in _reasons(text))


def test_a_sibling_head_with_the_same_role_repeats_its_figure() -> None:
    text = "Có 3 trường hợp tự ứng cử. Danh sách chính thức gồm 3 người tự ứng cử và ..."
    assert _counts(text) == [(None, 3, "trường hợp tự ứng cử")]


def test_a_bare_head_after_its_subject_and_la_repeats_the_figure() -> None:
    text = (
        "Còn 17 hồ sơ ứng cử đại biểu Quốc hội khóa XV. Danh sách những người ứng cử đại "
        "biểu Quốc hội khóa XV là 17 người."
    )
    assert _counts(text) == [(None, 17, "hồ sơ ứng cử đại biểu Quốc hội khóa XV")]


def test_in_the_list_of_the_same_persons_is_a_back_reference() -> None:
    text = (
        "Hội nghị thông qua 12 người đủ tiêu chuẩn ứng cử đại biểu HĐND tỉnh khóa X. Trong "
        "danh sách 12 người ứng cử đại biểu HĐND tỉnh có 4 người là nữ."
    )
    assert [c[1:] for c in _counts(text)] == [
        (12, "người đủ tiêu chuẩn ứng cử đại biểu HĐND tỉnh khóa X"),
        (4, "người là nữ"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        # Two seats, two facts that share a figure: both stay.
        "Giới thiệu 2 đồng chí ứng cử đại biểu Quốc hội và 2 đồng chí ứng cử đại biểu HĐND tỉnh.",
        # Different things with one figure: both stay.
        "Xây dựng 5 ngôi nhà cho 5 hộ nghèo của xã.",
        # A breakdown equal to its total names other persons: both stay.
        "Danh sách có 21 người đủ tiêu chuẩn ứng cử. Có 21 người được giới thiệu ứng cử.",
    ],
)
def test_figures_shared_by_different_nouns_stay_counts(text: str) -> None:
    assert len(_counts(text)) == 2
    assert not any(r.startswith("repeats the figure") for r in _reasons(text))


def test_a_head_after_a_different_value_is_no_repeat() -> None:
    assert [c[1:] for c in _counts("Có 4 hồ sơ ứng cử đại biểu HĐND xã, 6 hồ sơ bị trả lại.")] == [
        (4, "hồ sơ ứng cử đại biểu HĐND xã"),
        (6, "hồ sơ"),
    ]


# --- phrase ends --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "noun"),
    [
        ('Phấn đấu hoàn thành 150 nhà "Đại đoàn kết” trong năm.', 'nhà "Đại đoàn kết”'),
        ("Nhân rộng 3 mô hình “Dân vận khéo” ở các xã.", "mô hình “Dân vận khéo”"),
        # (round 24: whom houses are for is read, "… cho các hộ nghèo")
        (
            "Bàn giao 12 căn nhà 'Tình nghĩa' cho các hộ nghèo.",
            "căn nhà 'Tình nghĩa' cho các hộ nghèo",
        ),
    ],
)
def test_a_quoted_name_after_a_noun_is_read_through_its_closing_quote(text: str, noun: str) -> None:
    assert [c[2] for c in _counts(text)] == [noun]


def test_a_quote_that_does_not_close_on_the_line_is_not_read() -> None:
    assert [c[2] for c in _counts('Xây 150 nhà "Đại đoàn kết\nvà sửa chữa.')] == ["nhà"]


@pytest.mark.parametrize(
    ("text", "noun"),
    [
        ("Gần 200 cán bộ, chiến sỹ quân đội đang thi công.", "cán bộ, chiến sỹ quân đội"),
        ("Huy động 80 cán bộ, chiến sĩ tham gia.", "cán bộ, chiến sĩ"),
        ("Có 35 sĩ quan, chiến sĩ biên phòng dự lễ.", "sĩ quan, chiến sĩ biên phòng"),
        ("Với 12 chức sắc, chức việc tham dự.", "chức sắc, chức việc"),
    ],
)
def test_persons_comma_siblings_are_read(text: str, noun: str) -> None:
    assert [c[2] for c in _counts(text)] == [noun]


@pytest.mark.parametrize(
    ("text", "noun"),
    [
        (
            "Có 60 ứng cử viên đại biểu HĐND thị xã và 480 ứng cử viên đại biểu HĐND các xã, "
            "phường.",
            "ứng cử viên đại biểu HĐND các xã, phường",
        ),
        (
            "Bầu 320 đại biểu Hội đồng nhân dân các xã, phường, thị trấn; ...",
            "đại biểu Hội đồng nhân dân các xã, phường, thị trấn",
        ),
    ],
)
def test_a_seats_places_after_the_council_are_read(text: str, noun: str) -> None:
    assert _counts(text)[-1][2] == noun


def test_a_council_before_cac_is_read_to_the_verb() -> None:
    # Round 15 read "các xã thực hiện …" as a clause of its own; round 18 reads the councils'
    # places with the delegates, to the clause's verb, as the writer of unseen_14 wrote
    # `488 ứng cử viên đại biểu HĐND các xã, phường`.
    counts = _counts("Có 15 đại biểu HĐND các xã thực hiện tiếp xúc.")
    assert counts == [(None, 15, "đại biểu HĐND các xã")]


# --- no counts -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "điện sinh hoạt ở khu vực tổ 1,2, 3 ấp Trà Hiệp quá tải",
        "Cử tri khu phố 1, 2 và 3 phản ánh về đường.",
        "Nhân dân các thôn 4, 5, 6 xã Hòa Bình đề nghị.",
    ],
)
def test_the_last_of_a_list_of_numbers_is_a_numbering(text: str) -> None:
    assert _counts(text) == []
    assert "a numbering in a list, not a count" in _reasons(text)


@pytest.mark.parametrize(
    "text",
    [
        # One number before a comma or "và" is no list: a place, then a count.
        ("Tại khu phố 5, 30 hộ được hỗ trợ.", (None, 30, "hộ")),
        ("Tại đơn vị bầu cử số 1 và 7 ứng cử viên.", (None, 7, "ứng cử viên")),
    ],
)
def test_one_number_before_a_comma_is_no_numbering(text: tuple[str, tuple[None, int, str]]) -> None:
    sentence, count = text
    assert _counts(sentence) == [count]


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("học sinh tiểu học phải học 2 buổi trên ngày gây quá tải", "2 buổi"),
        ("Tổ chức sinh hoạt 3 buổi/tuần tại nhà văn hóa.", "3 buổi"),
        ("Tiếp công dân định kỳ 1 lượt mỗi tháng.", "1 lượt"),
    ],
)
def test_a_frequency_is_no_count(text: str, span: str) -> None:
    draft = extract(text)
    assert draft.counts == ()
    assert [(u.span.text, u.reason) for u in draft.unplaced] == [(span, "a frequency, not a count")]


def test_a_count_on_a_day_stays_a_count() -> None:
    # "trên địa bàn" is a place, no span of time (since round 25 read with the noun).
    assert _counts("Có 4 buổi trên địa bàn xã.") == [(None, 4, "buổi trên địa bàn xã")]


# --- nouns -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("xây dựng 2 khu công nghiệp rộng hơn 360ha.", (None, 2, "khu công nghiệp")),
        ("đào 10 giếng nước tại làng.", (None, 10, "giếng nước")),
        ("Xây 2 bãi đậu xe.", (None, 2, "bãi đậu xe")),
        ("Xây 2 bãi đậu xe ngầm.", (None, 2, "bãi đậu xe ngầm")),
        ("Có 3 chức sắc tôn giáo được bầu.", (None, 3, "chức sắc tôn giáo")),
        # (where they live, read on to the clause's end since round 18)
        ("đại diện cho 12 DTTS trong tỉnh.", (None, 12, "DTTS trong tỉnh")),
        # whose, after "của", is read on since round 18 (test_extract_counts_round18)
        ("hơn 1,1 triệu đồng bào của tỉnh.", ("hơn", 1_100_000, "đồng bào của tỉnh")),
        ("có 5 người dân tộc Khmer.", (None, 5, "người dân tộc Khmer")),
        ("có 3 dân tộc Ba Na, Gia Rai cùng sinh sống.", (None, 3, "dân tộc Ba Na")),
        ("trong đó có 6 kỳ họp thường lệ.", (None, 6, "kỳ họp thường lệ")),
        ("phê duyệt 5 dự án đầu tư công.", (None, 5, "dự án đầu tư công")),
        ("Bố trí 1 điểm tiếp xúc.", (None, 1, "điểm tiếp xúc")),
        ("5 đại biểu trẻ (dưới 40 tuổi).", (None, 5, "đại biểu trẻ")),
    ],
)
def test_nouns_of_round_15_are_counted(text: str, count: tuple[str | None, int, str]) -> None:
    assert _counts(text) == [count]


def test_money_after_millions_stays_no_count() -> None:
    assert _counts("hỗ trợ 1,1 triệu đồng cho mỗi hộ.") == []


# --- the fifteenth mining corpus ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("trên địa bàn tỉnh có 3 tổ chức tôn giáo được công nhận.", (None, 3, "tổ chức tôn giáo")),
        ("trao bằng khen cho 35 điển hình tiên tiến.", (None, 35, "điển hình tiên tiến")),
        ("trao tặng 20 xe đạp cho các học sinh.", (None, 20, "xe đạp")),
        (
            "cùng 150 đại biểu là người có uy tín tiêu biểu đại diện cho tỉnh.",
            (None, 150, "đại biểu là người có uy tín tiêu biểu"),
        ),
    ],
)
def test_nouns_of_the_mining_corpus_are_counted(
    text: str, count: tuple[str | None, int, str]
) -> None:
    assert _counts(text) == [count]


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("cho 9 hộ nghèo ( 5 hộ xã Phước Kháng và 4 hộ xã Công Hải).", (None, 5, "hộ")),
        ("có 12 cán bộ xã Tân Lập dự.", (None, 12, "cán bộ")),
    ],
)
def test_a_level_before_a_places_name_is_where_not_what(
    text: str, count: tuple[str | None, int, str]
) -> None:
    assert count in _counts(text)


def test_a_level_after_an_open_head_without_a_name_is_still_read() -> None:
    assert _counts("có 5 hộ xã nghèo.") == [(None, 5, "hộ xã nghèo")]


@pytest.mark.parametrize(
    "text",
    [
        "Nghe báo cáo thẩm tra đối với 2 tờ trình dự thảo đã nêu ở trên.",
        "Kết quả thẩm tra 05 tờ trình nêu trên được thông qua.",
        "Đã hoàn thành 3 dự án trên đây.",
    ],
)
def test_a_count_of_what_is_named_above_is_a_repeat(text: str) -> None:
    assert _counts(text) == []
    assert "a figure repeated as a back-reference to what is named above" in _reasons(text)


def test_a_count_before_tren_dia_ban_stays_a_count() -> None:
    # "trên địa bàn" (in the area) is no "trên đây" (above); since round 25 it is read with
    # the noun.
    assert _counts("Có 3 dự án trên địa bàn huyện.") == [(None, 3, "dự án trên địa bàn huyện")]
