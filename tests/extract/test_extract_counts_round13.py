"""Counts of round 13 (issue 16): a noun's phrase read to its end, lists, generated text.

Each case is a short text written for its rule (docs/extract.md, "round 13"): the grades of
emulation and weight and a congress's kinds of delegates go on with the noun they follow;
``mới`` is the adjective "new" only where the phrase ends after it; a district's list may
shorten the city to ``thành``; a later item of a numbered list keeps its paper apart; bodies
are siblings after a comma; ``anh, chị`` counts persons; a fraction in words and a body's
name that goes on are no counts; a picture's description written by a social site and a
page's counter of views are read for nothing.
"""

from __future__ import annotations

import pytest
from extract_helpers import counts as _counts
from extract_helpers import reasons as _reasons

from tayho_coord.extraction import extract

# --- modifiers after a counted noun -----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value", "noun"),
    [
        # The grades of Luật Thi đua, khen thưởng 2022 (Điều 5, 25-26) and the adjectives of
        # weight a report prints after what it counts.
        ("Có 3 đơn vị xuất sắc toàn diện được nhận cờ.", 3, "đơn vị xuất sắc toàn diện"),
        (
            "Biểu dương 50 cá nhân điển hình tiên tiến trong năm.",
            50,
            "cá nhân điển hình tiên tiến",
        ),
        # … and since round 18 whose they are, read on to the clause's end (the writers of
        # unseen_16 and unseen_17 read `của` + whose into the noun: `46 ý kiến của cử tri`).
        ("Triển khai 5 dự án trọng điểm của tỉnh.", 5, "dự án trọng điểm của tỉnh"),
        ("Tập huấn cho 20 cán bộ cốt cán ở cơ sở.", 20, "cán bộ cốt cán"),
        ("Tập huấn cho 80 cán bộ nòng cốt của Hội.", 80, "cán bộ nòng cốt của Hội"),
        # A congress's delegates by how they came (Điều lệ MTTQ Việt Nam).
        ("Đoàn gồm 02 đại biểu chỉ định do ông An làm Trưởng đoàn.", 2, "đại biểu chỉ định"),
    ],
)
def test_a_quality_or_a_kind_after_the_noun_is_read(text: str, value: int, noun: str) -> None:
    assert _counts(text) == [(None, value, noun)]


@pytest.mark.parametrize(
    ("text", "noun"),
    [
        # "mới" (new) where the phrase ends after it: punctuation, a preposition, the end.
        # (whose, after it, is read on since round 18: unseen_13's `tổ chức thành viên của
        # Mặt trận Tổ quốc`)
        ("Kết nạp 1 tổ chức thành viên mới của MTTQ tỉnh.", "tổ chức thành viên mới của MTTQ tỉnh"),
        ("Năm nay kết nạp 5 hội viên mới.", "hội viên mới"),
        ("Hội kết nạp 12 hội viên mới vào Hội.", "hội viên mới"),
        # Before a verb or an auxiliary "mới" is the adverb "just": it ends the phrase.
        ("Có 290 đoàn viên mới kết nạp trong năm.", "đoàn viên"),
        ("Trong xã 10 hộ mới được hỗ trợ vốn.", "hộ"),
    ],
)
def test_new_is_read_only_where_the_phrase_ends_after_it(text: str, noun: str) -> None:
    assert [c[2] for c in _counts(text)] == [noun]


# --- comma lists ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "noun"),
    [
        # A city's level shortened after a district's, at punctuation or the line's end.
        ("Đại diện Mặt trận của 12 huyện, thành.", "huyện, thành"),
        ("Đại diện Mặt trận của 12 huyện, thành", "huyện, thành"),
        ("Mặt trận 12 huyện, thành phố ký kết.", "huyện, thành phố"),
        # Not before a word that makes another noun or a verb of it, nor before a comma.
        ("Có 3 huyện, thành lập thêm tổ.", "huyện"),
        ("Lãnh đạo 9 huyện, thành, thị dự họp.", "huyện, thành, thị"),
    ],
)
def test_a_city_shortened_after_a_district(text: str, noun: str) -> None:
    assert [c[2] for c in _counts(text)] == [noun]


def test_a_later_item_of_a_numbered_list_keeps_its_paper_apart() -> None:
    # Each item of the list prints its number; a paper after the comma without one is the
    # list's next item, whose number is not printed.
    text = "Kỳ họp thông qua 10 tờ trình, 10 dự thảo nghị quyết, báo cáo do UBND tỉnh trình."
    assert _counts(text) == [(None, 10, "tờ trình"), (None, 10, "dự thảo nghị quyết")]


@pytest.mark.parametrize(
    ("text", "noun"),
    [
        # The first item of a list keeps its papers, as the facts of every part write them.
        ("Kỳ họp sẽ thông qua 25 báo cáo, thông báo, kế hoạch.", "báo cáo, thông báo, kế hoạch"),
        # (who submits them, after "do", is read to its verb since round 18, as unseen_17's
        # writers write `16 nghị quyết do UBND tỉnh trình`)
        (
            "Cho ý kiến vào 30 báo cáo, tờ trình do UBND tỉnh trình.",
            "báo cáo, tờ trình do UBND tỉnh trình",
        ),
        # After a semicolon the count opens a new list.
        # Round 14: "khác" (other) at the phrase's end is read with it.
        ("Gồm 5 báo cáo của Thường trực; 12 báo cáo, tờ trình khác.", "báo cáo, tờ trình khác"),
    ],
)
def test_the_first_item_keeps_its_papers(text: str, noun: str) -> None:
    assert _counts(text)[-1][2] == noun


@pytest.mark.parametrize(
    ("text", "noun"),
    [
        (
            "Quỹ nhận ủng hộ của 103 cơ quan, đơn vị, doanh nghiệp, trường học với 310 triệu đồng.",
            "cơ quan, đơn vị, doanh nghiệp, trường học",
        ),
        ("Khen thưởng 12 đơn vị, cơ quan tiêu biểu.", "đơn vị, cơ quan tiêu biểu"),
        # A word that is no body after the comma ends the list.
        ("Có 831 đơn vị, số đại biểu được bầu là 3.", "đơn vị"),
    ],
)
def test_bodies_are_siblings_after_a_comma(text: str, noun: str) -> None:
    assert _counts(text)[0][2] == noun


# --- persons, fractions, names ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "noun"),
    [
        # "dự" (attended) after persons at the line's end stays the verb, no cut modifier.
        ("Có 50 cán bộ chủ chốt dự", "cán bộ chủ chốt"),
        ("Trên 30 cử tri dự", "cử tri"),
    ],
)
def test_attended_at_the_line_s_end_ends_the_phrase(text: str, noun: str) -> None:
    assert [c[2] for c in _counts(text)] == [noun]


def test_anh_chi_counts_persons() -> None:
    assert _counts("Đại hội hiệp thương cử 07 anh, chị vào Ủy ban Hội.") == [(None, 7, "anh, chị")]


def test_anh_alone_stays_no_count() -> None:
    assert _counts("Có 3 anh em cùng dự.") == []


@pytest.mark.parametrize("text", ["từ hai phần ba tổng số đại biểu", "đạt 2 phần 3 số phiếu"])
def test_a_fraction_in_words_is_no_count(text: str) -> None:
    assert _counts(text) == []
    assert "a fraction in words, not a count" in _reasons(text)


def test_parts_before_a_noun_stay_counts() -> None:
    assert _counts("Trao 5 phần quà cho hộ nghèo.") == [(None, 5, "phần quà")]


@pytest.mark.parametrize(
    "text",
    [
        # "Toàn huyện có 20 cơ sở Hội LHTN Việt Nam trong huyện." is read on since round 18,
        # the name to the clause's end (test_extract_counts_round18).
        "Toàn huyện có 20 cơ sở Hội LHTN Việt Nam trong huyện và",
        "Dự lễ có 30 hội viên chi Hội Nông dân nghề nghiệp ấp 1.",
    ],
)
def test_a_body_s_name_that_goes_on_abstains(text: str) -> None:
    assert _counts(text) == []
    assert any("its end cannot be told" in r for r in _reasons(text))


@pytest.mark.parametrize(
    ("text", "noun"),
    [
        ("Huyện có 15 cơ sở Hội.", "cơ sở Hội"),
        ("Báo cáo thẩm tra của 2 Ban HĐND tỉnh.", "Ban HĐND tỉnh"),
        ("Bầu 4 ủy viên UBMTTQ Việt Nam thị xã.", "ủy viên UBMTTQ Việt Nam thị xã"),
    ],
)
def test_a_body_s_name_that_ends_stays_a_count(text: str, noun: str) -> None:
    assert [c[2] for c in _counts(text)] == [noun]


# --- text a site generates ----------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Trong hình ảnh có thể có: 5 người, mọi người đang ngồi và bàn",
        "Có thể là hình ảnh về 9 người và mọi người đang đứng",
        "Image may contain: 2 people, people sitting",
    ],
)
def test_a_picture_s_generated_description_is_read_for_nothing(line: str) -> None:
    draft = extract(f"Hội nghị có 40 đại biểu dự.\n{line}\nBuổi sáng 12/3/2024.")
    assert [(c.value, c.noun) for c in draft.counts] == [(40, "đại biểu")]
    assert [u.span.text for u in draft.unplaced if "machine" in u.reason] == [line]


def test_a_caption_written_by_the_article_is_read() -> None:
    # A writer's own caption, no site's machine: its count stays.
    draft = extract("Ảnh: 5 đại biểu tham gia trao đổi tại hội nghị.")
    assert [(c.value, c.noun) for c in draft.counts] == [(5, "đại biểu")]


@pytest.mark.parametrize(
    ("text", "counter"),
    [
        (
            "Cập nhật: 23/12/2018\nLượt xem: 29978 lượt xem\nKỳ họp có 19 đại biểu.",
            "Lượt xem: 29978 lượt",
        ),
        ("17/12/2020 08:31 Số lượt xem: 34\nKỳ họp có 19 đại biểu.", "Số lượt xem: 34"),
        ("Đã xem: 567 lượt\nKỳ họp có 19 đại biểu.", "Đã xem: 567 lượt"),
    ],
)
def test_a_page_s_counter_of_views_is_no_count(text: str, counter: str) -> None:
    draft = extract(text)
    assert [(c.value, c.noun) for c in draft.counts] == [(19, "đại biểu")]
    assert counter in [u.span.text for u in draft.unplaced if "counter" in u.reason]


def test_a_counter_keeps_the_published_day_on_its_line() -> None:
    draft = extract("17/12/2020 08:31 Số lượt xem: 34\nKỳ họp có 19 đại biểu.")
    assert [(d.year, d.month, d.day) for d in draft.dates] == [(2020, 12, 17)]


def test_views_in_the_article_s_prose_are_left_to_the_counts_rules() -> None:
    # Its number first, in a sentence: no counter; the counts' rules abstain on "lượt xem".
    reasons = _reasons("Buổi phát trực tiếp thu hút 10.000 lượt xem.")
    assert not any("counter" in r for r in reasons)
