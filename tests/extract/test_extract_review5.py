"""Review 5's defects of extraction: a day in words without a year (D7), the source (D15).

A day is printed "ngày 21 tháng 1" as often as "21/1" (Nghị định 30/2020/NĐ-CP, Phụ lục I,
writes the date of a document "ngày … tháng … năm …"; an article drops the year when it is
the current one). The two forms are read alike: the day and month, the year unknown.
A day the rules see and cannot read is listed as unplaced, with its span (issue 16: "a date
it could not read").
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tayho_coord.errors import ValidationError
from tayho_coord.extraction import assemble, extract
from tayho_coord.vi import slugify

HEARING = ", HĐND quận Tây Hồ tổ chức phiên giải trình về đất đai."


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        ("Chiều ngày 21 tháng 1", ("21 tháng 1", None, 1, 21, "chiều")),
        ("Chiều ngày 21 tháng 01", ("21 tháng 01", None, 1, 21, "chiều")),
        ("Sáng 5 tháng 6", ("5 tháng 6", None, 6, 5, "sáng")),
        ("Ngày 21 tháng 1/2014", ("21 tháng 1/2014", 2014, 1, 21, None)),
        # The same day as digits: the rule the words follow.
        ("Chiều ngày 21/1", ("21/1", None, 1, 21, "chiều")),
    ],
)
def test_a_day_in_words_is_read_as_the_same_day_in_digits(
    day: str, expected: tuple[str, int | None, int, int, str | None]
) -> None:
    (date,) = extract(day + HEARING).dates
    assert (date.span.text, date.year, date.month, date.day, date.part_of_day) == expected
    assert date.role == "event"


def test_a_day_in_words_without_its_year_is_named_as_such_by_the_record() -> None:
    (missing,) = assemble(extract("Chiều ngày 21 tháng 1" + HEARING, source="x")).missing
    assert (missing.field, missing.reason) == ("held_on", "the day is printed without its year")
    assert missing.span is not None
    assert missing.span.text == "21 tháng 1"


@pytest.mark.parametrize(
    ("day", "seen"),
    [
        ("Chiều ngày 21 tháng 01 năm 14", "21 tháng 01 năm 14"),  # a year of two digits
        ("Ngày 21 tháng Giêng", "21 tháng"),  # a month by its name
        ("Ngày 31 tháng 02", "31 tháng 02"),  # not of the calendar
    ],
)
def test_a_day_the_rules_cannot_read_is_unplaced_and_named_by_the_record(
    day: str, seen: str
) -> None:
    draft = extract(day + HEARING, source="x")
    assert draft.dates == ()
    assert [u.span.text for u in draft.unplaced] == [seen]
    (missing,) = assemble(draft).missing
    assert missing.field == "held_on"
    assert missing.reason.startswith("the text prints a day the rules could not read")
    assert "prints no day" not in missing.reason
    assert missing.span is not None
    assert missing.span.text == seen


@pytest.mark.parametrize(
    "text",
    [
        "Trong 21 tháng 1 lần họp.",  # a duration: no "ngày" or part of the day before it
        "Có 21 tháng 1 năm nay.",
    ],
)
def test_a_day_and_month_in_words_not_announced_is_no_date(text: str) -> None:
    assert extract(text).dates == ()


def test_two_days_with_a_dotted_month_after_ngay() -> None:
    # "từ ngày 20 - 22.7": the two days share the month printed after the second.
    dates = extract("Kỳ họp dự kiến tổ chức từ ngày 20 - 22.7.").dates
    assert [(d.span.text, d.month, d.day, d.year) for d in dates] == [
        ("20", 7, 20, None),
        ("22.7", 7, 22, None),
    ]


@settings(max_examples=80, deadline=None)
@given(
    st.integers(0, 40),
    st.integers(0, 14),
    st.sampled_from(["", " năm 2020", " năm 20", "/2020", ","]),
    st.sampled_from(["Chiều ngày ", "ngày ", "Sáng "]),
)
def test_no_day_after_ngay_vanishes(day: int, month: int, tail: str, lead: str) -> None:
    # Whatever the numbers, the day printed after "ngày" is a date or an unplaced value.
    text = f"{lead}{day} tháng {month}{tail}" + HEARING
    draft = extract(text)
    at = len(lead)
    covered = [d.span for d in draft.dates] + [u.span for u in draft.unplaced]
    assert any(s.start <= at < s.end for s in covered)


@pytest.mark.parametrize("source", [5, "", "  ", "--", b"bai-viet", 1.5])
def test_extract_refuses_a_source_that_names_nothing(source: object) -> None:
    with pytest.raises(ValidationError, match=r"source=.*must be a name with a letter"):
        extract("Ngày 11/02/2020, hội nghị.", source=source)  # type: ignore[arg-type]


@settings(max_examples=150, deadline=None)
@given(st.one_of(st.none(), st.text(max_size=12), st.integers(), st.binary(max_size=4)))
def test_extract_accepts_the_sources_assemble_accepts(source: object) -> None:
    text = "Sáng 05/3/2024, HĐND, UBND và UBMTTQ huyện Ba Vì tổ chức hội nghị ký kết."
    named = isinstance(source, str) and bool(slugify(source))
    if source is not None and not named:
        with pytest.raises(ValidationError):
            extract(text, source=source)  # type: ignore[arg-type]
        return
    draft = extract(text, source=source)  # type: ignore[arg-type]
    assert draft.source == source
    if named:
        assert assemble(draft).source is not None
