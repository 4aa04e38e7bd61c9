"""Counts of round 16 (issue 16): phrases read to where careful writers end them.

Each case is a short text written for its rule (docs/extract.md, "round 16"). The set's
convention: a count's noun is written "as far as it names what is counted" — whose
petitions they are after ``của`` (``17 kiến nghị của cử tri``), a comma or ``và`` list of
one kind to the list's end (papers by their purpose, petitions, places and levels), and no
further (a number, a clause's verb, a capital after a file). A term's length (``02 nhiệm
kỳ``) is no count; a document's number glued to ``số`` is still its symbol (Nghị định
30/2020/NĐ-CP, Phụ lục VI: "Số: …/…" before the symbol).
"""

from __future__ import annotations

import pytest
from extract_helpers import counts as _counts
from extract_helpers import reasons as _reasons

from tayho_coord.extraction import extract

# --- whose petitions: "của" and the petitioners -------------------------------------------


@pytest.mark.parametrize(
    ("text", "noun"),
    [
        (
            "Sở được giao trả lời 17 kiến nghị của cử tri, trong đó có 6 nội dung.",
            "kiến nghị của cử tri",
        ),
        (
            "Tiếp nhận 45 ý kiến, kiến nghị của cử tri và Nhân dân gửi đến kỳ họp.",
            "ý kiến, kiến nghị của cử tri và Nhân dân",
        ),
        ("Đã nhận 30 đơn khiếu nại của công dân.", "đơn khiếu nại của công dân"),
        ("Tổng hợp 12 lượt ý kiến của người dân tại buổi đối thoại.", "lượt ý kiến của người dân"),
    ],
)
def test_whose_petitions_after_cua_are_read(text: str, noun: str) -> None:
    assert _counts(text)[0][2] == noun


@pytest.mark.parametrize(
    ("text", "noun"),
    [
        # Round 16 ended these phrases before "của"; since round 18 a phrase is read on to its
        # clause's end, and "của" + whose is read with it, as the writers of unseen_16 and
        # unseen_17 write it (`46 ý kiến của cử tri`, `13 báo cáo của các cơ quan, đơn vị`,
        # `14 đoàn giám sát của Ủy ban MTTQ Việt Nam tỉnh`): the clause's verb ends it.
        ("Có tất cả 7 ý kiến của cử tri phản ánh các vấn đề về giá điện.", "ý kiến của cử tri"),
        ("UBND tỉnh trả lời 5 kiến nghị của Sở Xây dựng.", "kiến nghị của Sở Xây dựng"),
        ("Có 20 hộ của thôn Đông được hỗ trợ.", "hộ của thôn Đông"),
        # Where the clause's end is not told ("và" + a word), round 16's rule holds.
        ("Có 14 ý kiến của các đại biểu và cử tri.", "ý kiến"),
    ],
)
def test_cua_is_read_to_the_clause_end(text: str, noun: str) -> None:
    assert [c[2] for c in _counts(text)][:1] == [noun]


# --- lists read to their end ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "noun"),
    [
        (
            "ban hành 233 văn bản chỉ đạo, điều hành tổ chức thực hiện công tác tiếp dân",
            "văn bản chỉ đạo, điều hành",
        ),
        (
            "Văn phòng đã ban hành 11 văn bản đôn đốc, nhắc nhở tổ chức, cá nhân.",
            "văn bản đôn đốc, nhắc nhở",
        ),
        # Round 18: the phrase is read on to its clause's end, the purposes' object with it.
        (
            "ban hành 6 công văn hướng dẫn và đôn đốc các xã.",
            "công văn hướng dẫn và đôn đốc các xã",
        ),
    ],
)
def test_papers_purposes_are_read_to_the_lists_end(text: str, noun: str) -> None:
    (count,) = _counts(text)
    assert count[2] == noun


def test_a_papers_purposes_list_ends_at_a_number() -> None:
    text = "Ban hành 5 văn bản hướng dẫn, 3 văn bản chỉ đạo."
    assert _counts(text) == [(None, 5, "văn bản hướng dẫn"), (None, 3, "văn bản chỉ đạo")]


def test_a_petitions_list_runs_past_the_counted_words_window() -> None:
    text = "Tiếp nhận 212 đơn yêu cầu, khiếu nại, tố cáo, phản ánh, kiến nghị của công dân."
    assert _counts(text) == [
        (None, 212, "đơn yêu cầu, khiếu nại, tố cáo, phản ánh, kiến nghị của công dân")
    ]


def test_a_petitions_letter_beside_its_paper_is_read() -> None:
    text = "Nhận được hơn 50 đơn, thư khiếu nại, tố cáo, kiến nghị của công dân."
    assert _counts(text) == [("hơn", 50, "đơn, thư khiếu nại, tố cáo, kiến nghị của công dân")]


def test_a_letter_alone_after_a_comma_is_no_sibling() -> None:
    assert _counts("Đoàn có 5 người, thư ký đoàn là ông A.") == [(None, 5, "người")]


@pytest.mark.parametrize(
    ("text", "noun"),
    [
        (
            "kết nối trực tuyến với 23 phường, xã và đặc khu trên địa bàn tỉnh.",
            "phường, xã và đặc khu",
        ),
        ("Có 12 thôn và bản được công nhận.", "thôn và bản"),
        ("cả nước có 34 tỉnh, thành; giảm 29 tỉnh so với trước.", "tỉnh, thành"),
        ("Đặc biệt, 23 tỉnh, thành mới được hình thành.", "tỉnh, thành"),
        ("cả nước có 13 đặc khu.", "đặc khu"),
    ],
)
def test_places_and_levels_of_one_list_are_read(text: str, noun: str) -> None:
    assert _counts(text)[0][2] == noun


@pytest.mark.parametrize(
    ("text", "noun"),
    [
        # A level before its name is where, not a sibling of the list.
        ("Có 5 xã và thị trấn Phong Điền tham gia.", "xã"),
        # A level with its own number is the next count.
        ("Gồm 9 xã và 2 thị trấn.", "xã"),
        # "thành" before a small word may start a verb ("thành lập"): not the city.
        ("Có 5 tỉnh, thành lập đoàn công tác.", "tỉnh"),
    ],
)
def test_places_lists_stop_where_the_list_does(text: str, noun: str) -> None:
    assert _counts(text)[0][2] == noun


def test_files_named_after_a_paper_abstain() -> None:
    text = "Chính phủ thông qua 34 hồ sơ Đề án sắp xếp đơn vị hành chính cấp xã."
    assert _counts(text) == []
    assert any("may go on with 'Đề'" in r for r in _reasons(text))


def test_files_of_candidates_stay_counts() -> None:
    text = "Đã tiếp nhận 29 hồ sơ ứng cử đại biểu Quốc hội."
    assert _counts(text) == [(None, 29, "hồ sơ ứng cử đại biểu Quốc hội")]


# --- a term's length ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Qua triển khai thực hiện trong 02 nhiệm kỳ việc lấy phiếu tín nhiệm.",
        "Ông đã qua 2 khóa liên tiếp.",
        "Trong 2 khoá, HĐND đã họp nhiều lần.",
    ],
)
def test_a_terms_length_is_no_count(text: str) -> None:
    assert _counts(text) == []
    assert "a term's length, not a count" in _reasons(text)


def test_courses_are_still_counted() -> None:
    assert _counts("Tổ chức 3 khóa tập huấn cho 120 đại biểu.")[-1] == (None, 120, "đại biểu")
    assert "a term's length, not a count" not in _reasons("Tổ chức 3 khóa tập huấn.")


# --- symbols glued to "số" ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "symbol"),
    [
        ("Nghị quyết số289/NQ-UBTVQH15 ngày 06/9/2021 của Ủy ban", "289/NQ-UBTVQH15"),
        ("và Kế hoạch số131/KH-ĐGS ngày 23/3/2022 của Đoàn giám sát", "131/KH-ĐGS"),
    ],
)
def test_a_symbol_glued_to_so_is_read(text: str, symbol: str) -> None:
    assert [s.span.text for s in extract(text).symbols] == [symbol]


def test_a_number_glued_to_other_letters_is_no_symbol() -> None:
    assert [s.span.text for s in extract("mã hồ sơ ABC289/NQ-X được lưu").symbols] == []
