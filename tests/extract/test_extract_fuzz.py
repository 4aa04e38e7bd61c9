"""Any string: the extraction never fails, and every value's span is its text."""

from __future__ import annotations

import itertools

from hypothesis import given, settings
from hypothesis import strategies as st

from tayho_coord.extraction import assemble, extract, render_html, render_terminal

# Pieces the rules react to, so that random texts reach them (dates, rates, symbols,
# counts, names, posts, separators, qualifiers) along with arbitrary text.
PIECES = st.sampled_from(
    [
        "ngày ",
        "Chiều ",
        "11/02/2020",
        "25/01",
        "tháng 11/2024",
        " tháng 12 năm ",
        "2009",
        "56,82%",
        "199/241",
        "3/4",
        "10/KH-HĐND",
        "217-QĐ/TW",
        "03 ",
        "hơn ",
        "1.472 ",
        "phiên giải trình",
        "nội dung",
        " về ",
        "; ",
        ", ",
        " và ",
        "…",
        ".",
        "\n",
        " - ",
        "Nguyễn Văn Thắng",
        "Hà Nội",
        "Bí thư Huyện ủy",
        "Chủ tịch HĐND quận",
        "đồng chí ",
        "ký kết",
        "là cơ quan thường trực",
        "báo cáo",
        "quận Tây Hồ",
        "năm",
        "ý kiến, kiến nghị",
        "từ ngày 16/7 đến ngày 19/7/2019",
        "31/02/2020",
        "0/0",
        "gồm: ",
        # Issue 16, second round: counts in words, lists and ranges of days, fractions before
        # nouns, the forms of posts and names, wrapped lines.
        "ba ",
        "hai mươi mốt ",
        "mười năm",
        "giữa ",
        "các ngày 13, 14 và 15-8",
        "từ ngày 10 đến 20-11",
        "từ ngày mùng 25 đến ",
        "5/5 ấp",
        "khu phố",
        "thôn",
        " là bà ",
        "đại biểu HĐND tỉnh: ",
        "ông ",
        "PBT ĐU",
        "PCT UBND xã ",
        "Uông Đình Hưng",
        "phường ",
        "Tổ trưởng",
        "khóa XIV",
        "\n",
        "\nphường ",
        "Phó\n",
        "𞅀",
        # Review 5: a day in words without its year, one the rules cannot read, markup.
        "ngày 21 tháng 1",
        " tháng Giêng",
        " năm 14",
        "<b>&amp;",
        "tiếp xúc cử tri",
        "HĐND",
    ]
)
TEXTS = st.lists(st.one_of(PIECES, st.text(max_size=8)), max_size=40).map("".join)


@settings(max_examples=300, deadline=None)
@given(TEXTS)
def test_spans_are_the_text(text: str) -> None:
    draft = extract(text)
    for _label, span in draft.spans():
        assert draft.text[span.start : span.end] == span.text
    placed = sorted(
        [d.span for d in draft.dates]
        + [r.span for r in draft.rates]
        + [c.span for c in draft.counts]
        + [s.span for s in draft.symbols],
        key=lambda s: s.start,
    )
    for a, b in itertools.pairwise(placed):
        assert a.end <= b.start, (a, b)
    for count in draft.counts:
        assert len(count.items) <= count.value
    for date in draft.dates:
        assert date.year is None or 1900 <= date.year <= 2100


@settings(max_examples=150, deadline=None)
@given(TEXTS)
def test_views_list_every_value_no_record_holds(text: str) -> None:
    # Review 5, D8: the views carry the assembly's unplaced values, each once, escaped.
    draft = extract(text, source="bai-viet")
    unplaced = assemble(draft).unplaced
    terminal = render_terminal(draft, colour=False, unplaced=unplaced)
    page = render_html(draft, unplaced=unplaced)
    data = draft.as_json(unplaced=unplaced)
    assert len(data["unplaced"]) == len(unplaced)
    assert f"<caption>Not placed in a record ({len(unplaced)})</caption>" in page
    assert "<b>&amp;" not in page
    if unplaced:
        section = terminal.rsplit(f"not placed in a record ({len(unplaced)}):\n", 1)[1]
        for u in unplaced:
            assert f"  [{u.span.start}:{u.span.end}] {u.span.text}: {u.reason}" in section
    else:
        assert "not placed in a record" not in terminal
