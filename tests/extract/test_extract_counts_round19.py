"""Counts, rates and symbols of round 19 (issue 16), after the eighteenth unseen part.

Each case is a short text written for its rule (docs/extract.md, "round 19"). The set's
conventions (its ``about``): a count's noun goes "as far as it names what is counted" —
what a paper is about after ``về``, the parties after ``giữa``, a list of persons after a
comma, persons "representing" others; a figure per place ("68 người/điểm") is neither a
count nor a rate; a breakdown's labels ("người trẻ tuổi 8 người") are no sibling of the
noun before them. A month and its year (``10/1977``) and a paper's number after ``số``
(``số 101/2025``) are no rates; ``Kỳ họp thứ 14-HĐND`` is an ordinal, no document symbol
(Nghị định 30/2020/NĐ-CP, Phụ lục VI: a symbol is a number and an abbreviation, "Số: …").
"""

from __future__ import annotations

import pytest
from extract_helpers import nouns as _nouns
from extract_helpers import reasons as _reasons

from tayho_coord.extraction import extract


@pytest.mark.parametrize(
    ("text", "noun"),
    [
        # what a paper is about, its topics joined by "và"
        (
            "Có 18 dự thảo nghị quyết về phí và lệ phí theo quy định.",
            "dự thảo nghị quyết về phí và lệ phí",
        ),
        (
            # (round 24: the topic's year is read, as the writers of unseen_23 read it)
            "Cho ý kiến 8 dự thảo nghị quyết về Chương trình giám sát năm 2024.",
            "dự thảo nghị quyết về Chương trình giám sát năm 2024",
        ),
        # the parties of "giữa", joined by a comma
        (
            "Tổ chức 42 hội nghị định kỳ giữa người đứng đầu cấp ủy, chính quyền với trên "
            "11.000 lượt nhân dân.",
            "hội nghị định kỳ giữa người đứng đầu cấp ủy, chính quyền",
        ),
        # persons representing others, right after the persons
        (
            "Tiếp xúc với hơn 200 đại biểu đại diện cho hàng ngàn cử tri trên địa bàn.",
            "đại biểu đại diện cho hàng ngàn cử tri",
        ),
        # a list of persons after a comma
        (
            "Có 150 vị già làng, trưởng dòng họ, người có uy tín tiêu biểu đại diện cho 365 vị.",
            "vị già làng, trưởng dòng họ, người có uy tín tiêu biểu",
        ),
        # a group's number, with its year
        ("Có 19 dự án thuộc nhóm 1/2021 đã hoàn thành.", "dự án thuộc nhóm 1/2021"),
    ],
)
def test_a_phrase_reads_its_topic_parties_and_lists(text: str, noun: str) -> None:
    assert _nouns(text)[:1] == [noun]


@pytest.mark.parametrize(
    ("text", "nouns"),
    [
        # a breakdown: each label has its own figure of the same noun
        (
            "Khối Đảng giới thiệu 10 người ứng cử, cơ quan HĐND tỉnh giới thiệu 8 người.",
            ["người ứng cử", "người"],
        ),
        ("Người ngoài đảng 4 người, người trẻ tuổi 8 người.", ["người", "người"]),
        # … not a list joined to another count by "và" (dev_2's `người thuộc khối quân đội,
        # công an`), nor one whose later figure counts something else
        (
            "Có 3 người thuộc khối quân đội, công an và 27 người thuộc các cơ quan khác.",
            ["người thuộc khối quân đội, công an", "người thuộc các cơ quan khác"],
        ),
        (
            "Có 30 ý kiến, kiến nghị, phản ánh xoay quanh 15 vấn đề.",
            ["ý kiến, kiến nghị, phản ánh", "vấn đề"],
        ),
        # a petition's verb with its object after a comma
        ("Các ý kiến tập trung 7 nhóm vấn đề, phản ảnh 25 nội dung.", ["nhóm vấn đề", "nội dung"]),
        # a topic after "về" that ends at a colon is not read
        ("Xem xét 05 tờ trình của UBND huyện về: Đồ án quy hoạch.", ["tờ trình của UBND huyện"]),
    ],
)
def test_a_breakdown_s_labels_are_no_siblings(text: str, nouns: list[str]) -> None:
    assert _nouns(text) == nouns


@pytest.mark.parametrize(
    "text",
    [
        "Đối với người ứng cử ĐBQH tối thiểu là 12 cuộc/đơn vị bầu cử.",
        "Cử tri đến dự bình quân 68 người/điểm.",
    ],
)
def test_a_figure_per_unit_is_no_count(text: str) -> None:
    assert _nouns(text) == []
    assert "a frequency, not a count" in _reasons(text)


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        (
            "căn cứ Nghị quyết liên tịch số 101/2025 của Ủy ban.",
            "a paper's number after 'số', not a rate",
        ),
        ("từ ngày thành lập (10/1977) đến tháng 4/1978.", "a month and its year, not a rate"),
    ],
)
def test_a_month_or_a_paper_s_number_is_no_rate(text: str, reason: str) -> None:
    assert extract(text).rates == ()
    assert reason in _reasons(text)


def test_a_fraction_before_a_counted_noun_stays_a_rate() -> None:
    assert [r.span.text for r in extract("đã giải quyết 199/241 kiến nghị.").rates] == ["199/241"]


def test_an_ordinal_before_a_body_is_no_symbol() -> None:
    assert extract("tại Kỳ họp thứ 14-HĐND Tỉnh; báo cáo.").symbols == ()
    assert [s.span.text for s in extract("Kế hoạch số 10/KH-HĐND ngày 21/10/2024.").symbols] == [
        "10/KH-HĐND"
    ]


@pytest.mark.parametrize(
    ("text", "rate"),
    [
        # "số" that is no paper's number sign: a figure's words ("tổng số", "thiểu số")
        ("Cử tri đi bầu tổng số 179.477/182.702 cử tri.", "179.477/182.702"),
        ("Người dân tộc thiểu số 95/122 người, bằng 77,8%.", "95/122"),
    ],
)
def test_so_in_a_figure_s_words_keeps_the_rate(text: str, rate: str) -> None:
    assert rate in [r.span.text for r in extract(text).rates]
