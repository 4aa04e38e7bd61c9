"""Counts of round 28 (issue 16): what ``unseen_27`` (seen) showed.

Each case is a short text written for its rule (docs/extract.md, "round 28"), with other
words than the articles' where the rule is general.
"""

from __future__ import annotations

import pytest
from extract_helpers import counts as _counts
from extract_helpers import nouns as _nouns
from extract_helpers import unplaced as _unplaced

from tayho_coord.extraction import Tally, extract, score


@pytest.mark.parametrize(
    ("text", "noun"),
    [
        # Households counted by what they have, suffer or who heads them.
        ("thăm 12 hộ nghèo có hoàn cảnh khó khăn.", "hộ nghèo có hoàn cảnh khó khăn"),
        ("hỗ trợ 30 hộ dân bị hỏa hoạn.", "hộ dân bị hỏa hoạn"),
        ("có 210 hộ nghèo do phụ nữ làm chủ.", "hộ nghèo do phụ nữ làm chủ"),
        # Set modifiers whose first word alone would end the phrase.
        ("tham gia 3 chương trình giám sát tối cao.", "chương trình giám sát tối cao"),
        (
            "ký 5 chương trình phối hợp và thống nhất hành động.",
            "chương trình phối hợp và thống nhất hành động",
        ),
        ("nhân rộng 31 mô hình dân vận khéo.", "mô hình dân vận khéo"),
    ],
)
def test_what_the_writers_read(text: str, noun: str) -> None:
    assert noun in _nouns(text)


@pytest.mark.parametrize(
    ("text", "expected", "each"),
    [
        # The seats one constituency elects: a figure for each, no count.
        (
            "- Đơn vị bầu cử số 4 được bầu 03 đại biểu gồm 5 xã: A, B, C, D, E.",
            [(None, 5, "xã")],
            ["03"],
        ),
        ("mỗi đơn vị bầu cử được bầu 2 đại biểu", [], ["2"]),
        # Units counted with the seats each elects: the units count, the seats do not.
        (
            "có 19 đơn vị bầu 3 đại biểu và 4 đơn vị bầu 5 đại biểu.",
            [(None, 19, "đơn vị"), (None, 4, "đơn vị")],
            ["3", "5"],
        ),
    ],
)
def test_seats_for_each_constituency(
    text: str, expected: list[tuple[str | None, int, str]], each: list[str]
) -> None:
    assert _counts(text) == expected
    assert [s for s, r in _unplaced(text) if r == "a figure for each constituency"] == each


@pytest.mark.parametrize(
    "text",
    [
        "toàn tỉnh có 12 đơn vị bầu cử, được bầu 60 đại biểu.",
        "Huyện được bầu 35 đại biểu HĐND huyện.",
    ],
)
def test_a_whole_s_seats_stay_a_count(text: str) -> None:
    assert any(value in (60, 35) for _, value, _ in _counts(text))


def test_a_clause_of_its_own_after_a_comma_is_no_sibling() -> None:
    assert _counts("giám sát được 12 cuộc, phản biện xã hội được 4 cuộc.") == [
        (None, 12, "cuộc"),
        (None, 4, "cuộc"),
    ]


def test_the_number_of_starts_a_new_phrase() -> None:
    text = "cấp huyện có 60 đơn vị bầu cử số lượng ứng cử viên: 350 người số đại biểu được bầu"
    assert _counts(text) == [(None, 60, "đơn vị bầu cử"), (None, 350, "người")]


def test_candidates_printed_again_are_one_list() -> None:
    text = (
        "có 45 người ứng cử đại biểu HĐND huyện khóa XX. Hội nghị thống nhất 45 ứng cử viên "
        "đủ điều kiện."
    )
    assert _counts(text) == [(None, 45, "người ứng cử đại biểu HĐND huyện khóa XX")]
    # Two lists that share a figure and name no role alike stay two.
    assert len(_counts("khối Đảng có 5 ứng cử viên, khối chính quyền có 5 người ứng cử.")) == 2


@pytest.mark.parametrize(
    ("text", "noun"),
    [
        # Gifts are written without whom they are for (29 of the set's 31).
        ("trao 60 suất quà cho hội viên phụ nữ nghèo.", "suất quà"),
        ("tặng 20 suất học bổng cho học sinh nghèo.", "suất học bổng"),
    ],
)
def test_gifts_are_read_alone(text: str, noun: str) -> None:
    assert _nouns(text) == [noun]


def test_time_given_to_work_is_a_duration() -> None:
    assert ("01 buổi", "a duration, not a count") in _unplaced(
        "Trong thời gian làm việc 01 buổi, kỳ họp đã thông qua"
    )


@pytest.mark.parametrize(
    ("text", "noun"),
    [
        # The elected at the clause's end, and before "trong tổng số".
        ("Kết quả có 41 đại biểu trúng cử. Trong đó", "đại biểu trúng cử"),
        ("bầu được 27 người trúng cử trong tổng số 45 người ứng cử.", "người trúng cử"),
        # "nông thôn mới" whole; places reaching a standard; cases fit to be enforced.
        ("có 6 xã đạt chuẩn nông thôn mới trong năm.", "xã đạt chuẩn nông thôn mới"),
        ("có 2 xã đạt NTM nâng cao.", "xã đạt NTM nâng cao"),
        ("thụ lý 3.100 vụ việc có điều kiện thi hành, chiếm 80%", "vụ việc có điều kiện thi hành"),
        # Which persons, by what they are; a target's topic; the state's bodies by level.
        ("có 12 người là lãnh đạo các sở, ngành.", "người là lãnh đạo các sở, ngành"),
        ("đạt 15 chỉ tiêu về phát triển kinh tế.", "chỉ tiêu về phát triển kinh tế"),
        (
            "có 8 ý kiến thuộc thẩm quyền các cơ quan nhà nước ở Trung ương.",
            "ý kiến thuộc thẩm quyền các cơ quan nhà nước ở Trung ương",
        ),
    ],
)
def test_read_in_round_28(text: str, noun: str) -> None:
    assert noun in _nouns(text)


def test_seats_in_brackets_after_a_constituency() -> None:
    text = "đơn vị bầu cử số 1 xã Tân Lập (5 đại biểu), đơn vị bầu cử số 2 (gồm 3 xã)."
    assert _counts(text) == [(None, 3, "xã")]
    assert ("5", "a figure for each constituency") in _unplaced(text)


def test_a_meeting_doing_something_after_a_comma_is_no_sibling() -> None:
    text = "thông qua danh sách 11 người ứng cử đại biểu HĐND tỉnh, hội nghị tiến hành bỏ phiếu"
    assert _nouns(text) == ["người ứng cử đại biểu HĐND tỉnh"]
    assert _nouns("tổ chức 6 hội nghị, hội thảo tham gia góp ý") == ["hội nghị, hội thảo"]


def test_the_same_list_for_the_same_seat_under_another_wording() -> None:
    text = (
        "Thống nhất danh sách 9 người ứng cử đại biểu Quốc hội. Hội nghị thông qua danh sách "
        "giới thiệu 9 người tham gia ứng cử đại biểu Quốc hội khóa XVI, trong đó có 4 nữ."
    )
    assert _counts(text) == [(None, 9, "người ứng cử đại biểu Quốc hội"), (None, 4, "nữ")]


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        # A range's first day takes its month (and year) from the end, and says so; printed
        # alone it is a day with no month, no date as the set writes dates.
        (
            "Từ ngày 6 đến ngày 9/3/2025, các xã tổ chức",
            [("2025-03-06", "month", None), ("2025-03-09", None, "2025-03-09")],
        ),
        (
            "từ ngày 28/11 đến ngày 02/12/2024, Đoàn giám sát",
            [("2024-11-28", "year", "--11-28"), ("2024-12-02", None, "2024-12-02")],
        ),
        # Two days of one month joined by a dash print their month and year for both.
        (
            "trong 2 ngày 05-06/6/2024",
            [("2024-06-05", None, "2024-06-05"), ("2024-06-06", None, "2024-06-06")],
        ),
    ],
)
def test_a_range_s_first_day_says_what_it_borrowed(
    text: str, dates: list[tuple[str, str | None, str | None]]
) -> None:
    draft = extract(text)
    assert [(d.iso, d.borrowed, d.printed_iso) for d in draft.dates] == dates


def test_the_scorer_compares_dates_as_printed() -> None:
    text = "Kỳ họp diễn ra từ ngày 6 đến ngày 9/3/2025 và từ 28/11 đến 02/12/2025."
    facts = {"dates": ["2025-03-09", "--11-28", "2025-12-02"]}
    assert score(extract(text), facts)["dates"] == Tally(3, 3, 3, 3)
