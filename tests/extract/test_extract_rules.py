"""The extraction rules on short texts written for each rule (issue 16).

Expected values are written from the rule each case names (the project's Vietnamese rules:
dates day first, ``,`` the decimal sign, ``.`` the thousands separator; Nghị định
30/2020/NĐ-CP for document symbols and capitals of names), not read from the code's output.
"""

from __future__ import annotations

import attrs
import pytest

from tayho_coord.errors import ParseError, ValidationError
from tayho_coord.extraction import EventKind, Span, extract
from tayho_coord.extraction._rules import Taken, sentence_at


def _dates(text: str) -> list[tuple[str, str, str | None, str | None]]:
    return [(d.span.text, d.iso, d.part_of_day, d.role) for d in extract(text).dates]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Day first, slashes (vietnamese-rules.md: dates day/month/year).
        ("Chiều ngày 11/02/2020, hội nghị.", [("11/02/2020", "2020-02-11", "chiều", "event")]),
        # In words, as documents print it (Nghị định 30, Phụ lục I: ngày … tháng … năm …).
        (
            "Đắk Lắk, ngày 27 tháng 10 năm 2017",
            [("27 tháng 10 năm 2017", "2017-10-27", None, None)],
        ),
        # Day and month only: the year stays unknown, not taken from today.
        ("Chiều ngày 25/01, HĐND huyện họp.", [("25/01", "--01-25", "chiều", "event")]),
        ("Chiều 1-7, HĐND tỉnh ký kết.", [("1-7", "--07-01", "chiều", "event")]),
        # A month of a year.
        (
            "Phiên giải trình tổ chức trong tháng 11/2024.",
            [("tháng 11/2024", "2024-11", None, None)],
        ),
        ("vào tháng 11.2020 và", [("tháng 11.2020", "2020-11", None, None)]),
        # A range whose end prints the year dates both ends.
        (
            "Từ ngày 16/7 đến ngày 19/7/2019, tiếp xúc cử tri.",
            [("16/7", "2019-07-16", None, "event"), ("19/7/2019", "2019-07-19", None, "event")],
        ),
        # Two days of one month.
        (
            "họp trong 02 ngày 24 và 25 tháng 12 năm 2009.",
            [("24", "2009-12-24", None, None), ("25 tháng 12 năm 2009", "2009-12-25", None, None)],
        ),
        # A publication line.
        ("Ngày đăng: 08/07/2024  11:38", [("08/07/2024", "2024-07-08", None, "published")]),
        # A law's day after its name.
        (
            "Căn cứ Luật Mặt trận Tổ quốc Việt Nam ngày 09/6/2015;",
            [("09/6/2015", "2015-06-09", None, "document")],
        ),
        # A range of days: the first day takes the month printed at the end.
        (
            "Kỳ họp diễn ra từ 11 đến 13/12 tại tỉnh",
            [("11", "--12-11", None, None), ("13/12", "--12-13", None, None)],
        ),
        # Several days of one month: each takes the month (and year) printed after the last.
        (
            "trong các ngày 13, 14 và 15-8, HĐND phường",
            [
                ("13", "--08-13", None, None),
                ("14", "--08-14", None, None),
                ("15-8", "--08-15", None, None),
            ],
        ),
        (
            "Trong các ngày 23,24,25/11/2022 các đại biểu",
            [
                ("23", "2022-11-23", None, None),
                ("24", "2022-11-24", None, None),
                ("25/11/2022", "2022-11-25", None, None),
            ],
        ),
        # A range printed with dashes, and one whose month and year are in words; "từ ngày",
        # "đến ngày" announce the event's days.
        (
            "Diễn ra từ ngày 10 đến 20-11, tại các hội nghị",
            [("10", "--11-10", None, "event"), ("20-11", "--11-20", None, None)],
        ),
        (
            "từ ngày 10 đến ngày 20 tháng 11 năm 2022",
            [
                ("10", "2022-11-10", None, "event"),
                ("20 tháng 11 năm 2022", "2022-11-20", None, "event"),
            ],
        ),
        # Not dates: a fraction, a term, a year alone, ordinals in a list.
        ("toàn bộ 39/39 kiến nghị", []),
        ("Kỳ họp thứ 25,26,27,28 của HĐND", []),
        ("nhiệm kỳ 2021-2026, năm 2020", []),
    ],
)
def test_dates(text: str, expected: list[tuple[str, str, str | None, str | None]]) -> None:
    assert _dates(text) == expected


def test_a_first_day_whose_month_is_not_printed_is_unplaced() -> None:
    # "từ ngày 25 đến ngày 02/6": the 25th is of a month before June, which the text does not
    # print; it is not guessed.
    draft = extract("Từ ngày mùng 25 đến ngày 02/6/2023 HĐND xã tiếp xúc cử tri.")
    assert [d.iso for d in draft.dates] == ["2023-06-02"]
    assert [(u.span.text, u.reason) for u in draft.unplaced] == [
        ("25", "a day whose month is not printed")
    ]


def test_a_day_not_of_the_calendar_is_unplaced() -> None:
    draft = extract("Ngày 31/02/2020, hội nghị.")
    assert draft.dates == ()
    assert [(u.span.text, u.reason) for u in draft.unplaced] == [
        ("31/02/2020", "not a date of the calendar")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Printed percentages: the value is the proportion (56,82% = 0.5682).
        ("còn hạn chế (56,82%).", [("56,82%", "0.5682")]),
        # vi.parse_percent divides by 100 exactly: two more decimal places than printed.
        ("đạt 100%", [("100%", "1.00")]),
        ("đạt tỷ lệ 97,4 %", [("97,4 %", "0.974")]),
        # Any one space before "%" (a line's carriage return too; found by the fuzz test).
        ("đạt 0\r%", [("0\r%", "0.00")]),
        # Fractions as printed; 39/39 keeps its counts' printed form in the span.
        ("toàn bộ 39/39 kiến nghị", [("39/39", "1")]),
        ("có 111/152 xã, phường", [("111/152", "111/152")]),
        ("đã giải quyết 1.433/1.472 kiến nghị", [("1.433/1.472", "1433/1472")]),
        # Small enough to be a day and a month, but a counted noun follows: a fraction.
        ("tổ chức TXCT tại 3/7 đơn vị bầu cử", [("3/7", "3/7")]),
        ("tại văn phòng 5/5 ấp trên địa bàn xã", [("5/5", "1")]),
    ],
)
def test_rates(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(r.span.text, str(r.value)) for r in extract(text).rates] == expected


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("giải quyết 3/4 số việc", "could be a day and a month"),
        ("con số 4/9 trong bảng", "could be a day and a month"),
        ("tỷ số 152/111 lạ", "a fraction above one, or over zero"),
    ],
)
def test_fractions_that_cannot_be_placed(text: str, reason: str) -> None:
    draft = extract(text)
    assert draft.rates == ()
    assert [u.reason for u in draft.unplaced] == [reason]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The seed's counts (DESIGN.md: "A stated count is not a list").
        (
            "thực hiện tốt 14 nội dung giám sát, khảo sát, kiểm tra chuyên đề;",
            [(None, 14, "nội dung giám sát, khảo sát, kiểm tra chuyên đề")],
        ),
        ("Lãnh đạo 03 cơ quan đều thống nhất", [(None, 3, "cơ quan")]),
        # Thousands with dots; a qualifier before the number makes the count a bound.
        ("có hơn 1.472 kiến nghị được tổng hợp", [("hơn", 1472, "kiến nghị")]),
        ("ghi nhận trên 500 lượt ý kiến, kiến nghị.", [("trên", 500, "lượt ý kiến, kiến nghị")]),
        # The parties counted, and a council's committees ("Ban HĐND xã").
        ("hội nghị giữa 3 bên và 02 Ban HĐND xã.", [(None, 3, "bên"), (None, 2, "Ban HĐND xã")]),
        # A list of nouns joined by commas.
        ("của 10 huyện, thị xã, thành phố.", [(None, 10, "huyện, thị xã, thành phố")]),
        # The units below a commune, where voters are met.
        (
            "hơn 90 cử tri đại diện cho 07 thôn, 13 ấp và 4 khu phố, 5 tổ dân phố.",
            [
                ("hơn", 90, "cử tri"),
                (None, 7, "thôn"),
                (None, 13, "ấp"),
                (None, 4, "khu phố"),
                (None, 5, "tổ dân phố"),
            ],
        ),
        # Who came: "lượt công dân" (tiếp công dân, the reception of citizens).
        (
            "tiếp công dân được 18 cuộc, tiếp 17 lượt công dân.",
            [(None, 18, "cuộc"), (None, 17, "lượt công dân")],
        ),
        # Counts in words (vi.parse_number_words), before a counted noun.
        (
            "đã tổ chức ba phiên giải trình và hai mươi mốt kỳ họp; lãnh đạo hai Ban HĐND quận",
            [(None, 3, "phiên giải trình"), (None, 21, "kỳ họp"), (None, 2, "Ban HĐND quận")],
        ),
        ("Mười hai xã, thị trấn đã tổ chức", [(None, 12, "xã, thị trấn")]),
        # Not counts in words: "between the two sessions", ordinals, "một số" (some), years
        # in words ("mười năm": ten years; 15 is "mười lăm"), a place's name.
        ("phiên giải trình giữa hai kỳ họp của Thường trực", []),
        ("Hội nghị lần thứ hai, Kỳ họp thứ mười ba", []),
        ("một số kiến nghị, một hội nghị", []),
        ("mười năm qua, hai tháng", []),
        ("quận Hai Bà Trưng, quận Ba Đình", []),
        # A classifier of persons ("vị"), issues, a counted noun's modifier "phản biện xã hội".
        (
            "có 03 vị đại biểu tham dự, 182 vấn đề và 580 cuộc phản biện xã hội",
            [
                (None, 3, "vị đại biểu"),
                (None, 182, "vấn đề"),
                (None, 580, "cuộc phản biện xã hội"),
            ],
        ),
        # The number of a unit's or a group's name is no count, nor is "tổ chức" (to
        # organize) the noun "tổ".
        ("Ủy ban MTTQ Phường 7 tổ chức hội nghị với cử tri 7 khu phố", [(None, 7, "khu phố")]),
        ("đại biểu Quốc hội Tổ 15 (gồm 4 đoàn) và Quận 5", [(None, 4, "đoàn")]),
        ("các cơ quan 3 ban hành văn bản", []),
        # Not counts: ordinals, years, terms, durations, measures, codes.
        ("Kỳ họp thứ 6 HĐND tỉnh khóa XII, lần thứ 7", []),
        ("năm 2020, nhiệm kỳ 2021-2026, quý III/2018", []),
        ("diện tích 8.338,4ha và 46,4 ha", []),
        ("dịch Covid-19 và lúc 07:19 PM", []),
    ],
)
def test_counts(text: str, expected: list[tuple[str | None, int, str]]) -> None:
    assert [(c.qualifier, c.value, c.noun) for c in extract(text).counts] == expected


@pytest.mark.parametrize(
    ("text", "unplaced"),
    [
        ("25 năm thành lập quận", [("25 năm", "a duration, not a count")]),
        ("có 12 lẵng hoa", [("12 lẵng", "noun not known: 'lẵng'")]),
        ("khoảng 50-60 cử tri", []),
    ],
)
def test_numbers_not_placed(text: str, unplaced: list[tuple[str, str]]) -> None:
    draft = extract(text)
    assert draft.counts == ()
    assert [(u.span.text, u.reason) for u in draft.unplaced] == unplaced


@pytest.mark.parametrize(
    ("text", "items"),
    [
        # Items split at ";", the last at " và " when that makes the count (seed, hearings).
        (
            "tổ chức 03 phiên giải trình về công tác A; công tác B và phiên giải trình về việc C.",
            ["công tác A", "công tác B", "việc C"],
        ),
        # An ellipsis closes the list: 2 of 4 named.
        (
            "giám sát ở 4 nội dung về tiếp công dân; giải quyết đơn thư…; Tổ chức khảo sát X; Y.",
            ["tiếp công dân", "giải quyết đơn thư"],
        ),
        # "gồm:" opens the list.
        ("bao gồm 08 nội dung chủ yếu, gồm: phối hợp A; phối hợp B.", ["phối hợp A", "phối hợp B"]),
        # No list.
        ("thực hiện 82 nội dung giám sát.", []),
    ],
)
def test_items_a_count_names(text: str, items: list[str]) -> None:
    (count,) = extract(text).counts
    assert [i.span.text for i in count.items] == items


def test_more_items_than_the_count_places_none() -> None:
    draft = extract("có 2 nội dung về A; B; C.")
    assert draft.counts[0].items == ()
    assert [u.reason for u in draft.unplaced] == ["more items than the count 2"]


@pytest.mark.parametrize(
    ("text", "symbol", "parsed", "document", "dated"),
    [
        # Nghị định 30, Phụ lục III: number/type-issuer.
        (
            "ban hành Kế hoạch số 10/KH-HĐND ngày 21/10/2024 tổ chức",
            "10/KH-HĐND",
            "10/KH-HĐND",
            "Kế hoạch",
            "2024-10-21",
        ),
        # A code in use beyond Phụ lục III (QCPH, a joint regulation) and the Party's form
        # (number-type/issuer, Hướng dẫn 36-HD/VPTW) are read by vi.DocumentSymbol.
        ("Số: 01/QCPH/UBND-UBMTTQ", "01/QCPH/UBND-UBMTTQ", "01/QCPH/UBND-UBMTTQ", "Số", None),
        ("Quyết định số 217-QĐ/TW và", "217-QĐ/TW", "217-QĐ/TW", "Quyết định", None),
        # A joint resolution of the Government and the Front is kept as printed, unparsed.
        (
            "Nghị quyết Liên tịch số 19/2008/NQLT/CP-UBTUMTTQVN ngày 22/8/2008",
            "19/2008/NQLT/CP-UBTUMTTQVN",
            None,
            "Nghị quyết Liên tịch",
            "2008-08-22",
        ),
        ("Nghị định số 30/2020/NĐ-CP.", "30/2020/NĐ-CP", "30/2020/NĐ-CP", "Nghị định", None),
    ],
)
def test_symbols(
    text: str, symbol: str, parsed: str | None, document: str | None, dated: str | None
) -> None:
    (found,) = extract(text).symbols
    assert found.span.text == symbol
    assert (None if found.parsed is None else str(found.parsed)) == parsed
    assert found.document == document
    assert (None if found.dated is None else found.dated.iso) == dated


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Name then posts, separated by dashes and commas; a verb ends the last post.
        (
            "Dự có đồng chí: Phạm Xuân Phương – Bí thư Huyện ủy, Chủ tịch HĐND huyện; Ban "
            "Thường vụ.",
            [("Phạm Xuân Phương", "Bí thư Huyện ủy"), ("Phạm Xuân Phương", "Chủ tịch HĐND huyện")],
        ),
        (
            "Các ông: Trần Ngọc Thanh - Trưởng ban Dân vận Tỉnh ủy, Chủ tịch UBMTTQ Việt Nam "
            "tỉnh chủ trì.",
            [
                ("Trần Ngọc Thanh", "Trưởng ban Dân vận Tỉnh ủy"),
                ("Trần Ngọc Thanh", "Chủ tịch UBMTTQ Việt Nam tỉnh"),
            ],
        ),
        # "và" inside a body's name stays; before small letters it ends the post.
        (
            "đồng chí Phạm Văn Quang - TUV, Giám đốc Sở Tài nguyên và Môi trường cho biết:",
            [("Phạm Văn Quang", "TUV"), ("Phạm Văn Quang", "Giám đốc Sở Tài nguyên và Môi trường")],
        ),
        (
            "Trần Quang Đạo, Chủ tịch Ủy ban MTTQ Việt Nam quận và các đồng chí Phó Chủ tịch",
            [("Trần Quang Đạo", "Chủ tịch Ủy ban MTTQ Việt Nam quận")],
        ),
        # Posts then name.
        (
            "Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh Bùi Minh Châu yêu cầu",
            [("Bùi Minh Châu", "Bí thư Tỉnh ủy"), ("Bùi Minh Châu", "Chủ tịch HĐND tỉnh")],
        ),
        # A post printed in small letters after its first word.
        (
            "Ông Dương Văn Đông - Phó bí thư Thường trực Huyện ủy, Chủ tịch HĐND huyện.",
            [
                ("Dương Văn Đông", "Phó bí thư Thường trực Huyện ủy"),
                ("Dương Văn Đông", "Chủ tịch HĐND huyện"),
            ],
        ),
        # A province's delegation is no person; a post word inside a place's name is no post.
        ("Đại biểu Quốc hội khóa XV Đoàn Quảng Ninh; Đồng chí", []),
        ("Nơi ban hành: Huyện Bình Chánh Người ký: Nguyễn Thị Kim Dung, Đào Gia Vượng", []),
        # A place that starts like a name is no person.
        ("Phó Trưởng đoàn ĐBQH TP Hà Nội; đại diện các Ban", []),
        # A name without a post is not placed.
        ("Tác giả Nguyễn Thục Lương.", []),
    ],
)
def test_people_with_posts(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(p.name, p.post) for p in extract(text).people] == expected


def test_posts_are_as_of_the_day_of_the_event() -> None:
    draft = extract(
        "Sáng 27/02/2020, hội nghị. Dự có đồng chí Phạm Văn Minh - Phó Bí thư, Chủ tịch UBND huyện."
    )
    assert {p.as_of.isoformat() for p in draft.people if p.as_of} == {"2020-02-27"}
    undated = extract("Dự có đồng chí Phạm Văn Minh - Phó Bí thư.")
    assert [p.as_of for p in undated.people] == [None]


@pytest.mark.parametrize(
    ("text", "kind", "agreement"),
    [
        (
            "Huyện Sóc Sơn ký kết chương trình phối hợp công tác năm 2020",
            EventKind.SIGNING,
            "program",
        ),
        ("Lễ ký kết Quy chế phối hợp công tác nhiệm kỳ 2021-2026", EventKind.SIGNING, "regulation"),
        (
            "Hội Nghị sơ kết thực hiện chương trình phối hợp năm 2021",
            EventKind.INTERIM_REVIEW,
            "program",
        ),
        (
            "tổng kết, đánh giá chương trình phối hợp năm 2019 và thống nhất, ký kết chương "
            "trình năm 2020",
            EventKind.REVIEW_AND_SIGNING,
            "program",
        ),
        ("Phiên giải trình diễn ra đúng quy định", EventKind.HEARING, None),
        ("Đại biểu HĐND tiếp xúc cử tri xã Trà Tân", EventKind.VOTER_CONTACT, None),
    ],
)
def test_event_kind(text: str, kind: EventKind, agreement: str | None) -> None:
    event = extract(text).event
    assert event is not None
    assert (event.kind, event.agreement) == (kind, agreement)


def test_no_event_named() -> None:
    assert extract("Một đoạn văn không nói gì.").event is None


def test_unit_parties_standing_agency_and_reporter() -> None:
    text = (
        "Chiều ngày 11/02/2020, HĐND- UBND-UBMTTQ Việt Nam quận Tây Hồ tổ chức hội nghị ký kết.\n"
        "Thường trực HĐND quận là cơ quan thường trực năm 2019 đã báo cáo kết quả."
    )
    draft = extract(text)
    assert draft.unit is not None
    assert (draft.unit.level, draft.unit.name) == ("quận", "Tây Hồ")
    assert [p.span.text for p in draft.parties] == ["HĐND", "UBND", "UBMTTQ Việt Nam"]
    assert draft.standing_agency is not None
    assert draft.standing_agency.span.text == "Thường trực HĐND"
    assert draft.reporter == draft.standing_agency


def test_a_person_reports() -> None:
    draft = extract(
        "Sau khi nghe đồng chí Vương Nguyên Minh – Chủ tịch Ủy ban MTTQ Việt Nam huyện báo "
        "cáo kết quả"
    )
    assert draft.reporter is not None
    assert draft.reporter.span.text == "Vương Nguyên Minh"


def test_the_text_is_normalized_and_the_spans_follow() -> None:
    decomposed = "Ta\u0302y Ho\u0302\u0300: 03 phie\u0302n gia\u0309i tri\u0300nh"
    draft = extract(decomposed)
    assert draft.text == "Tây Hồ: 03 phiên giải trình"
    assert draft.counts[0].span == Span(8, 27, "03 phiên giải trình")


def test_bad_input() -> None:
    with pytest.raises(ParseError, match="expected the text"):
        extract(b"03 phi\xc3\xaan")  # type: ignore[arg-type]
    with pytest.raises(ParseError, match="longer than"):
        extract("x" * 1_000_001)


def test_digits_of_other_scripts_are_no_numbers() -> None:
    # vi.parse_number reads the digits 0-9 that Vietnamese text prints; a digit of another
    # script (a hypothesis find) is no count, rate or date, and no error.
    draft = extract("𞅀 kiến nghị, ٣٤% và ١/٢")
    assert (draft.counts, draft.rates, draft.dates) == ((), (), ())


def test_a_span_must_be_its_text() -> None:
    with pytest.raises(ValidationError, match="not as long"):
        Span(0, 3, "ab")
    good = extract("có 03 phiên giải trình")
    with pytest.raises(ValidationError, match="not the text at its span"):
        attrs.evolve(good, text="x" * 30)


def test_taken_ranges_are_their_union() -> None:
    # Taken keeps the union of the ranges placed: a range that overlaps or touches another is
    # merged with it; an empty range takes nothing; overlaps is "shares a character".
    taken = Taken()
    taken.add(10, 20)
    taken.add(30, 40)
    taken.add(5, 5)
    assert not taken.overlaps(0, 10)
    assert not taken.overlaps(5, 6)
    taken.add(18, 32)  # joins both
    assert taken.overlaps(25, 26)
    assert taken.overlaps(39, 50)
    assert not taken.overlaps(40, 50)
    assert not taken.overlaps(40, 40)  # an empty range at an end shares nothing
    assert not taken.overlaps(10, 10)
    assert taken.overlaps(15, 15)  # inside a range


def test_the_sentence_of_a_value_far_into_a_long_sentence() -> None:
    # The sentence's start is looked for in a window that widens: a sentence longer than the
    # first window is still whole.
    text = "Mở đầu. " + "x " * 2000 + "03 phiên giải trình. Kết."
    start = text.index("03")
    assert sentence_at(text, start, start + 2) == ("x " * 2000 + "03 phiên giải trình.").strip()
    assert sentence_at("03 phiên", 0, 2) == "03 phiên"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A day and a month with a dot, right after "ngày" or a part of the day.
        ("Sáng ngày 23.5, Quốc hội thảo luận ở tổ.", ["--05-23"]),
        ("tại phiên thảo luận tổ sáng nay, 7.11 về kinh tế", ["--11-07"]),
        # Without them it is a decimal number, or a rate, or no calendar day.
        ("tăng 23.5 lần so với năm trước", []),
        ("ngày 12.5% số hộ", []),
        ("ngày 31.4, hội nghị", []),
    ],
)
def test_a_day_and_month_with_a_dot(text: str, expected: list[str]) -> None:
    assert [d.iso for d in extract(text).dates] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The number of a list's item at a line's start is none; a count after it is one.
        ("Kết quả:\n1. Ban Pháp chế thẩm tra\n2) 5 xã đạt chuẩn", [(5, "xã")]),
        # A part of a document or an address.
        ("theo Điều 3 và khoản 2 của Nghị quyết; trụ sở ở ngõ 5 đường 12", []),
        # The number of a unit's name: a village, an electoral unit, a cluster.
        ("cử tri bản 3, đơn vị bầu cử 7 và khu vực 2 tham dự", []),
    ],
)
def test_numbers_of_names_lists_and_addresses_are_no_counts(
    text: str, expected: list[tuple[int, str]]
) -> None:
    assert [(c.value, c.noun) for c in extract(text).counts] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Two days joined by a dash share the month and year printed after the second.
        ("Trong hai ngày 14-15/3/2023, đoàn làm việc", ["2023-03-14", "2023-03-15"]),
        ("trong các ngày 20-21/10, Thường trực", ["--10-20", "--10-21"]),
        # A list whose last day repeats "ngày": each day takes the month and year after it.
        (
            "trong các ngày 03, 04 và ngày 09/5/2022 tổ chức",
            ["2022-05-03", "2022-05-04", "2022-05-09"],
        ),
        # Without "ngày", or with a first day after the second, no pair is read.
        ("đạt 14-15/3 chỉ tiêu", []),
        ("ngày 21-14/3/2023", []),
    ],
)
def test_days_joined_by_a_dash_or_listed(text: str, expected: list[str]) -> None:
    assert [d.iso for d in extract(text).dates] == expected


def test_a_symbol_printed_with_spaces_around_its_dash_is_read_whole() -> None:
    text = "Theo Kế hoạch số 27/KH – TTHĐND ngày 02/3/2021 của Thường trực"
    assert [s.span.text for s in extract(text).symbols] == ["27/KH – TTHĐND"]
    # A dash before a word in small letters or a name is no part of the symbol.
    assert [s.span.text for s in extract("Kế hoạch 27/KH - Hội nghị").symbols] == ["27/KH"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "đơn thư" is counted, with what it complains of ("khiếu nại, tố cáo") and, since
        # round 16, whose they are ("của công dân").
        (
            "đã nhận 41 đơn thư khiếu nại, tố cáo của công dân",
            [(41, "đơn thư khiếu nại, tố cáo của công dân")],
        ),
        ("Trưởng ban công tác Mặt trận 9 khu dân cư dự", [(9, "khu dân cư")]),
    ],
)
def test_counted_nouns_of_complaints_and_residential_areas(
    text: str, expected: list[tuple[int, str]]
) -> None:
    assert [(c.value, c.noun) for c in extract(text).counts] == expected


@pytest.mark.parametrize(
    ("text", "expected", "unplaced"),
    [
        # A bare head that takes a qualifying noun after it ("đơn", "lượt", "cuộc", "đoàn"…)
        # before a word in small letters that may qualify it: its end cannot be told, so the
        # count abstains and is listed as unplaced.
        ("đã tiếp nhận 52 đơn xin giao đất", [], ["52 đơn xin"]),
        # A qualifying noun the lexicon knows continues the phrase: the longest is read.
        ("đã tiếp nhận 52 đơn khiếu nại của công dân", [(52, "đơn khiếu nại của công dân")], []),
        ("tổ chức 12 lượt thăm hỏi gia đình", [], ["12 lượt thăm"]),
        # ... and so does a phrase of the mined reports, with its qualifiers.
        ("tổ chức 12 lượt tiếp công dân định kỳ", [(12, "lượt tiếp công dân định kỳ")], []),
        # Round 10: "liên ngành" (of several sectors) names the team's kind and is read too.
        ("thành lập 3 đoàn kiểm tra liên ngành", [(3, "đoàn kiểm tra liên ngành")], []),
        # Round 8: "dân" (residents) is a counted noun, so "cuộc họp dân" (residents' meetings)
        # is two counted nouns read whole; a word no list knows still abstains.
        ("có 4 cuộc họp dân", [(4, "cuộc họp dân")], []),
        ("có 4 cuộc họp giao ban", [], ["4 cuộc họp giao"]),
        # Before a word that ends a noun phrase (a preposition, a conjunction, an auxiliary),
        # the head alone is read; a verb that may also be a noun ("phát biểu") abstains.
        ("tổ chức 5 cuộc tại các xã", [(5, "cuộc")], []),
        ("có 3 đoàn đã làm việc", [(3, "đoàn")], []),
        ("có 12 lượt phát thanh", [], ["12 lượt phát"]),
        ("có 7 hộ của thôn", [(7, "hộ")], []),
        # Before a capital, a number or punctuation, the head alone is read as before.
        ("gồm 2 đoàn. Sau đó", [(2, "đoàn")], []),
        ("02 Ban HĐND xã", [(2, "Ban HĐND xã")], []),
    ],
)
def test_a_bare_head_before_a_word_that_may_qualify_it_abstains(
    text: str, expected: list[tuple[int, str]], unplaced: list[str]
) -> None:
    draft = extract(text)
    assert [(c.value, c.noun) for c in draft.counts] == expected
    reasons = [u for u in draft.unplaced if "its end cannot be told" in u.reason]
    assert [u.span.text for u in reasons] == unplaced


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Two days joined by a dash, spaced or not, before the month (and year) in words.
        ("Ngày 20 - 21 tháng 11 năm 2019, tại hội trường", ["2019-11-20", "2019-11-21"]),
        ("trong hai ngày 03-04 tháng 9, đoàn làm việc", ["--09-03", "--09-04"]),
        # Not after "ngày", or a first day after the second: only the second is a date.
        ("đạt 3 - 4 tháng 5 năm nay", []),
        ("ngày 22 - 21 tháng 11 năm 2019", ["2019-11-21"]),
    ],
)
def test_two_days_joined_by_a_dash_before_a_month_in_words(text: str, expected: list[str]) -> None:
    assert [d.iso for d in extract(text).dates] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A bare head before a counted noun counts both: the longest known phrase.
        ("Tại 06 buổi hội nghị có 12 lượt cử tri", [(6, "buổi hội nghị"), (12, "lượt cử tri")]),
        # … but not before a verb that starts like one ("tổ chức").
        ("có 3 đoàn tổ chức làm việc", []),
        # Who a report counts: candidates, people, collectives and persons, provinces.
        ("gồm 04 ứng cử viên và 9 người dân", [(4, "ứng cử viên"), (9, "người dân")]),
        (
            "khen thưởng 6 tập thể, 11 cá nhân của 3 tỉnh",
            [(6, "tập thể"), (11, "cá nhân"), (3, "tỉnh")],
        ),
    ],
)
def test_a_bare_head_before_a_counted_noun_and_the_people_a_report_counts(
    text: str, expected: list[tuple[int, str]]
) -> None:
    assert [(c.value, c.noun) for c in extract(text).counts] == expected


# --- Counted nouns and date forms mined from sixty-odd reports (issue 16, December 2026) ---
# The texts below are written for each rule; the rule's source is the class of forms the
# mined reports print (docs/extract.md, "A mining corpus").


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The papers of a session.
        ("Dự kiến có 18 tờ trình được thông qua", [(18, "tờ trình")]),
        ("đã xem xét 12 báo cáo của Thường trực", [(12, "báo cáo")]),
        ("thông qua 15 dự thảo nghị quyết do UBND trình", [(15, "dự thảo nghị quyết")]),
        ("có 20 chỉ tiêu đạt và vượt", [(20, "chỉ tiêu")]),
        (
            "(20 Báo cáo, 01 Thông báo, 03 Tờ trình)",
            [(20, "Báo cáo"), (1, "Thông báo"), (3, "Tờ trình")],
        ),
        ("thông qua 10 luật và 2 nghị quyết", [(10, "luật"), (2, "nghị quyết")]),
        # Petitions, cases and the citizens received.
        ("chuyển cơ quan điều tra 4 vụ, 11 đối tượng.", [(4, "vụ"), (11, "đối tượng")]),
        ("khiếu nại có 34 việc; tố cáo 1 việc.", [(34, "việc"), (1, "việc")]),
        ("tiếp nhận đơn với 04 trường hợp; hướng dẫn", [(4, "trường hợp")]),
        ("bảo vệ quyền lợi cho 47 công dân; số còn lại", [(47, "công dân")]),
        (
            "đã tiếp 3.938 lượt công dân với 3.092 người;",
            [(3938, "lượt công dân"), (3092, "người")],
        ),
        ("giảm 146 lượt tiếp, 127 lượt người", [(146, "lượt tiếp"), (127, "lượt người")]),
        # Persons, awards, houses and gifts.
        ("có mặt hơn 50 bà con nhân dân là cử tri", [(50, "bà con nhân dân")]),
        ("đã tặng 05 giấy khen cho 5 cá nhân", [(5, "giấy khen"), (5, "cá nhân")]),
        ("xây mới 7 căn nhà cho hộ nghèo", [(7, "căn nhà")]),
        ("trao tặng 80 phần quà gồm gạo", [(80, "phần quà")]),
        ("tại 3 địa điểm đón tiếp", [(3, "địa điểm")]),
    ],
)
def test_counted_nouns_of_the_mined_reports(text: str, expected: list[tuple[int, str]]) -> None:
    assert [(c.value, c.noun) for c in extract(text).counts] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A qualifier after the noun is read with it: the count is not cut before the words
        # that say what it counts.
        (
            "trong đó có 14 nghị quyết cá biệt, 4 nghị quyết quy phạm pháp luật",
            [(14, "nghị quyết cá biệt"), (4, "nghị quyết quy phạm pháp luật")],
        ),
        ("và 02 ý kiến tham luận về công tác", [(2, "ý kiến tham luận")]),
        ("thông qua 2 báo cáo thẩm tra của", [(2, "báo cáo thẩm tra")]),
        ("Đối với 13 đoàn đông người, các cơ quan", [(13, "đoàn đông người")]),
        # Round 18: "đúng" read on to the comma; the line cut with no punctuation after
        # "sai" tells no end, and the rules of rounds 7-16 end "vụ TC".
        ("Có 5 vụ KN đúng, 24 vụ TC sai", [(5, "vụ KN đúng"), (24, "vụ TC")]),
        ("xây dựng 57.536 căn nhà đại đoàn kết.", [(57536, "căn nhà đại đoàn kết")]),
        ("có 6.687 đơn đủ điều kiện xử lý, trong đó", [(6687, "đơn đủ điều kiện xử lý")]),
        # A list of the same kind after a comma is the noun's.
        (
            "tiếp nhận 735 đơn khiếu nại, tố cáo, phản ánh…",
            [(735, "đơn khiếu nại, tố cáo, phản ánh")],
        ),
        ("giải quyết 20 đơn thư, khiếu nại tố cáo đúng luật", [(20, "đơn thư, khiếu nại tố cáo")]),
        ("khen thưởng cho 24 cá nhân, tập thể có thành tích", [(24, "cá nhân, tập thể")]),
        ("có 2.478 đơn KN, TC, đã chuyển", [(2478, "đơn KN, TC")]),
        (
            "cho 80 hộ nghèo, hộ cận nghèo, hộ khó khăn trên địa bàn",
            [(80, "hộ nghèo, hộ cận nghèo, hộ khó khăn")],
        ),
    ],
)
def test_a_counted_noun_is_read_with_its_qualifiers_and_its_list(
    text: str, expected: list[tuple[int, str]]
) -> None:
    assert [(c.value, c.noun) for c in extract(text).counts] == expected


@pytest.mark.parametrize(
    ("text", "expected", "unplaced"),
    [
        # A counted post before a body's name that starts no name of the list: the name's end
        # is not read, the count abstains (a known body's name is read: round 9).
        ("đại diện cho 91 Chủ tịch Hội Cựu chiến binh cấp xã", [], ["91 Chủ tịch Hội"]),
        (
            "đại diện cho 91 Chủ tịch Ủy ban MTTQ Việt Nam cấp xã",
            [(91, "Chủ tịch Ủy ban MTTQ Việt Nam cấp xã")],
            [],
        ),
        ("có 3 Giám đốc Sở Tài chính", [], ["3 Giám đốc Sở Tài"]),
        # Before a modifier in small letters, or a phrase of the lexicon, it is read.
        ("có 6 Chủ tịch quận huyện", [(6, "Chủ tịch quận huyện")], []),
        (
            "thay 02 Phó trưởng ban chuyên trách HĐND huyện",
            [(2, "Phó trưởng ban chuyên trách HĐND huyện")],
            [],
        ),
        (
            "cho 583 Trưởng ban Công tác Mặt trận khu dân cư và",
            [(583, "Trưởng ban Công tác Mặt trận khu dân cư")],
            [],
        ),
        # Open heads of the mined reports abstain before a word that may qualify them.
        ("có 2 vụ lúa và màu", [], ["2 vụ lúa"]),
        ("có 50 người tham gia", [], ["50 người tham"]),
        # Round 7: "việc làm" (jobs), "nhà văn hóa" and "luật sư" (lawyers) are words of the
        # lexicon; a verb of the report ("tham gia") ends the phrase after a noun that says
        # what it counts, and a noun after a noun is what the first is of ("… thôn").
        ("tạo 50 việc làm mới", [(50, "việc làm mới")], []),  # "mới" (new): round 13
        ("xây 3 nhà văn hóa thôn", [(3, "nhà văn hóa")], []),
        ("có 2 luật sư tham gia", [(2, "luật sư")], []),
        ("ban hành 3 quyết định xử phạt", [], ["3 quyết định xử"]),
    ],
)
def test_counted_posts_and_open_heads_of_the_mined_reports_abstain(
    text: str, expected: list[tuple[int, str]], unplaced: list[str]
) -> None:
    draft = extract(text)
    assert [(c.value, c.noun) for c in draft.counts] == expected
    reasons = [u for u in draft.unplaced if "its end cannot be told" in u.reason]
    assert [u.span.text for u in reasons] == unplaced


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The second of a pair printed with a slash after the first's noun is a count too.
        ("đã tiếp 866 lượt/964 lượt người đến", [(866, "lượt"), (964, "lượt người")]),
        ("tiếp định kỳ 98 lượt /115 người.", [(98, "lượt"), (115, "người")]),
        ("tiếp 259 lượt công dân/316 người đến", [(259, "lượt công dân"), (316, "người")]),
        # After a digit, a slash makes a fraction, read as a rate, or a date: no count.
        ("đã giải quyết 45/50 kiến nghị", []),
        ("trong quý I/2023 có", []),
    ],
)
def test_a_count_after_a_noun_and_a_slash(text: str, expected: list[tuple[int, str]]) -> None:
    assert [(c.value, c.noun) for c in extract(text).counts] == expected


@pytest.mark.parametrize(
    "text",
    [
        "xây dựng từ 01 đến 02 mô hình tuyến phố văn minh",
        "mỗi tổ có 3 đến 5 đại biểu",
        "tiếp nhận từ 10 tới 15 đơn mỗi tháng",
    ],
)
def test_a_range_of_numbers_is_no_count(text: str) -> None:
    draft = extract(text)
    assert draft.counts == ()
    assert "a range, not a count" in [u.reason for u in draft.unplaced]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A day and month after "nay", "mai" or "qua" following a part of the day or "ngày",
        # or in brackets there.
        ("Sáng nay 4-7, tại Hội trường", ["--07-04"]),
        ("Sáng nay, (05/12), tại kỳ họp", ["--12-05"]),
        ("vào đầu giờ sáng mai (10-11). Sau đó", ["--11-10"]),
        # A list of days in brackets after "ngày".
        ("Trong 2 ngày (18 và 19/12), HĐND huyện", ["--12-18", "--12-19"]),
        # A range of two days each with its month; the year at its end dates both.
        ("bắt đầu từ 23/10 đến 29/11 kết thúc", ["--10-23", "--11-29"]),
        ("Từ 25/5 đến 29/5/2020, các đại biểu", ["2020-05-25", "2020-05-29"]),
        # A month and year joined by a dash.
        ("từ tháng 4-2014 đến nay", ["2014-04"]),
        # Not dates: a first day after the last, fractions, numbers after "ngày" with no month.
        ("từ 29/11 đến 23/10 kết thúc", []),
        ("giảm từ 1/3 đến 2/3 số hộ", []),
        ("đạt 3/4 số hộ", []),
        ("từ ngày 1 đến ngày 5 hằng tháng", []),
    ],
)
def test_date_forms_of_the_mined_reports(text: str, expected: list[str]) -> None:
    assert [d.iso for d in extract(text).dates] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Forms of a second batch of mined reports, read after the first batch's rules.
        (
            "cử tri đã có 85 lượt phát biểu với 177 ý kiến",
            [(85, "lượt phát biểu"), (177, "ý kiến")],
        ),
        ("đã tổ chức 17 đợt tiếp xúc cử tri định kỳ", [(17, "đợt tiếp xúc cử tri định kỳ")]),
        ("giảm 77 lượt so với cùng kỳ", [(77, "lượt")]),
        # "đợt 1" is a numbering, no count.
        ("đợt 1 họp trực tuyến", []),
    ],
)
def test_counted_nouns_of_a_second_mined_batch(text: str, expected: list[tuple[int, str]]) -> None:
    assert [(c.value, c.noun) for c in extract(text).counts] == expected


@pytest.mark.parametrize(
    "text",
    ["mỗi lượt đoàn có từ 4 người trở lên", "hộ có từ 3 lao động trở xuống"],
)
def test_a_bound_is_no_count(text: str) -> None:
    draft = extract(text)
    assert draft.counts == ()
    assert "a bound, not a count" in [u.reason for u in draft.unplaced]


def test_a_day_and_month_after_tinh_den() -> None:
    assert [d.iso for d in extract("Tính đến 15/6, đã có 28/30 quận").dates] == ["--06-15"]
    # Not after "đến" alone, where a fraction may stand ("tăng đến 1/2").
    assert [d.iso for d in extract("tăng đến 1/2 số hộ").dates] == []


def test_a_symbol_whose_last_dash_is_followed_by_a_space() -> None:
    text = "Nghị quyết liên tịch số 72/2025/NQLT/UBTVQH15-CP- ĐCTUBTWMTTQVN quy định"
    assert [s.span.text for s in extract(text).symbols] == [
        "72/2025/NQLT/UBTVQH15-CP- ĐCTUBTWMTTQVN"
    ]


def test_forms_of_a_third_mined_batch() -> None:
    # "thành, thị" (thành phố, thị xã) continues a list of units after a comma.
    text = "tại 9 huyện, thành, thị trong tỉnh"
    assert [(c.value, c.noun) for c in extract(text).counts] == [(9, "huyện, thành, thị")]
    # A percentage typed with a dot before one or two decimals is a decimal ...
    rates = extract("252 hộ cận nghèo, chiếm tỷ lệ 10.80%.").rates
    assert [(r.span.text, str(r.value)) for r in rates] == [("10.80%", "0.1080")]
    # ... and a dot before three digits is no decimal: no rate is read from it.
    assert [r.span.text for r in extract("tăng 1.000% so với").rates] == []
