"""A sentence is read the same whatever stands before it on its line (review 5, D14).

The rules look back from each value over a bounded window, not from the line's start, so
that a long line of short sentences (a roster or a table pasted as text) is read in time
linear in its length. What they find in the last sentence must not depend on how much
text comes before it on the same line: these tests put up to ~1 800 characters of other
sentences before it (the window is a few hundred).
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from tayho_coord.extraction import extract

FILLERS = st.lists(
    st.sampled_from(
        [
            "HĐND quận Tây Hồ. ",
            "Các đại biểu dự. ",
            "3 phiên giải trình; ",
            "ngày 21/1; ",
            "Cập nhật 10:30; ",
            "  ",
        ]
    ),
    max_size=90,
)
LAST = st.sampled_from(
    [
        "Chiều ngày 11/02/2020, hội nghị ký kết.",
        "Ngày 11/02/2020, hội nghị.",
        "ngày 25/01 họp.",
        "Nghị quyết 10/NQ-HĐND ngày 11/02/2020.",
        "hai huyện Ba Vì và Sóc Sơn.",
        "Báo cáo của HĐND huyện Ba Vì.",
    ]
)


def _reading(text: str, offset: int) -> list[tuple[str, int | None, str | None, str | None]]:
    draft = extract(text)
    return [
        (d.span.text, d.day, d.part_of_day, d.role) for d in draft.dates if d.span.start >= offset
    ]


@settings(max_examples=60, deadline=None)
@given(FILLERS, LAST)
def test_dates_of_a_sentence_do_not_depend_on_the_line_before_it(
    fillers: list[str], last: str
) -> None:
    # The same sentence and the same ~200 characters before it: one sentence of padding
    # (inside the window), or a hundred (far beyond it), on the same line.
    local = "".join(fillers) + last
    short, long = "Các đại biểu dự. ", "Các đại biểu dự. " * 100
    assert _reading(short + local, len(short)) == _reading(long + local, len(long))


def test_a_level_after_a_number_far_into_a_long_line_names_no_unit() -> None:
    # "hai huyện Ba Vì": units counted, not the event's unit, wherever the line begins.
    assert extract("Có hai huyện Ba Vì.").unit is None
    assert extract("Các đại biểu dự. " * 200 + "Có hai huyện Ba Vì.").unit is None


def test_a_published_line_far_into_the_text_keeps_its_role() -> None:
    # A date alone on its line before a clock is the page's date line (docs/extract.md).
    text = "HĐND quận Tây Hồ. " * 200 + "\n11/02/2020 10:30\nNgày 05/3/2024, hội nghị."
    dates = extract(text).dates
    assert [(d.span.text, d.role) for d in dates] == [
        ("11/02/2020", "published"),
        ("05/3/2024", "event"),
    ]
