"""Date forms of round 8 (issue 16): ISO 8601 dates, ranges and lists, a site's banner.

Each case is a short text written for its rule. ISO 8601 (YYYY-MM-DD, YYYY-MM) is how a page's
date line is printed by many sites; a day is day/month/year otherwise
(docs/extract.md, vietnamese-rules.md).
"""

from __future__ import annotations

import pytest

from tayho_coord.extraction import extract


def _isos(text: str) -> list[str]:
    return [d.iso for d in extract(text).dates]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A page's date line printed the ISO way, a day or a month.
        ("date 2025-11-21 Cử tri xã kiến nghị", ["2025-11-21"]),
        ("date 2024-01 (QNO) - Theo chỉ đạo", ["2024-01"]),
        ("Đăng lúc 2019-12-31, hội nghị", ["2019-12-31"]),
        # Not a date of the calendar: left alone.
        ("mã 2025-13-40 của hồ sơ", []),
        ("mã 2025-00 của hồ sơ", []),
        # Inside a URL's path or query, a symbol or a longer number: none.
        ("xem https://baoxyz.vn/2025-11-21/tin.html nhé", []),
        ("xem trang tin.html?ngay=2025-11-21 nhé", []),
        ("số hiệu 12-2025-11-21 của", []),
        ("mã 2025-11-212 của", []),
        # A term of two years is no month: "nhiệm kỳ 2016-2021", "nhiệm kỳ 2016-21".
        ("nhiệm kỳ 2016-2021 và giai đoạn 2016-21", []),
    ],
)
def test_iso_dates(text: str, expected: list[str]) -> None:
    assert _isos(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # Two years in a row read as year and month: a term, or December 2011? Abstain.
        "năm học 2011-12 của trường",
        "báo cáo 2011-12 đã gửi",
        # After a term's word even when the month is not the next year: abstain.
        "giai đoạn 2018-05 đến nay",
    ],
)
def test_a_year_and_month_that_may_be_a_term_abstains(text: str) -> None:
    draft = extract(text)
    assert draft.dates == ()
    assert "a year and a month, or two years in a row" in [u.reason for u in draft.unplaced]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A range of two days each with its month, joined by a dash after "từ".
        ("từ 03/6 - 07/6/2019 các đại biểu", ["2019-06-03", "2019-06-07"]),
        ("từ 28/5 – 2/6 tiếp xúc", ["--05-28", "--06-02"]),
        # A first day after the last, or fractions of a whole: no range.
        ("từ 07/6 - 03/6 các đại biểu", []),
        ("từ 1/3 - 2/3 số hộ", []),
        # The end of a time from today: "từ nay đến 10/7".
        ("kéo dài từ nay đến 10/7. Kết quả", ["--07-10"]),
        # "đến" alone may be before a fraction.
        ("tăng đến 2/3 tổng số", []),
        # Days each with its month, listed after the first that "ngày" announced.
        ("Trong các ngày 7/5, 10/5 và 11/5, những người", ["--05-07", "--05-10", "--05-11"]),
        ("ngày 2/3; 5/3, và 9/3 họp", ["--03-02", "--03-05", "--03-09"]),
        # A fraction after a day is no day of the list: a word comes between.
        ("ngày 7/5, đạt 2/3 số hộ", ["--05-07"]),
    ],
)
def test_ranges_and_lists_of_days(text: str, expected: list[str]) -> None:
    assert _isos(text) == expected


def test_a_banner_day_later_than_the_published_day_is_unplaced() -> None:
    text = "Thứ Hai, ngày 16/06/2025\nBáo Tỉnh\n\n27/09/2023 14:16\n\nSáng nay (27/9), tại xã"
    draft = extract(text)
    assert [d.iso for d in draft.dates] == ["2023-09-27", "--09-27"]
    assert [(u.span.text, u.reason) for u in draft.unplaced if "banner" in u.reason] == [
        ("16/06/2025", "a site's banner day, later than the page's published day")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Alone, a weekday's line is the page's date line.
        ("Thứ Năm, 17/07/2025\nChiều 17/7, Hội đồng nhân dân xã họp", ["2025-07-17", "--07-17"]),
        # The published day is not earlier: the banner's day may be the article's.
        ("Chủ nhật, 16/07/2017\n\n16/07/2017 22:04\n\nHội nghị", ["2017-07-16", "2017-07-16"]),
        # Not a line of its own: "Thứ Hai, ngày 16/06/2025, hội nghị" dates the event.
        (
            "Thứ Hai, ngày 16/06/2025, hội nghị họp\n\n27/09/2023 14:16",
            ["2025-06-16", "2023-09-27"],
        ),
    ],
)
def test_a_weekday_date_is_kept_unless_a_banner_before_the_published_day(
    text: str, expected: list[str]
) -> None:
    assert _isos(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A page's date line glued to the paper's name, alone to the line's end or a clock.
        ("Báo Lâm ĐồngBáo Lâm Đồng07/11/2025\n\nTrong 2 ngày", ["2025-11-07"]),
        ("Báo Tỉnh07/11/2025 14:30\nTin", ["2025-11-07"]),
        # Not alone to its line's end, or of one-digit day: part of a code or a name.
        ("mã HS07/11/2025 của hồ sơ", []),
        ("mã HS7/11/2025\n", []),
    ],
)
def test_a_date_line_glued_to_a_name(text: str, expected: list[str]) -> None:
    assert _isos(text) == expected
