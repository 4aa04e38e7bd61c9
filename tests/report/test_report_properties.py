"""Invariants of the report over any text a data file may hold (hypothesis)."""

from __future__ import annotations

import re
from html.parser import HTMLParser

import attrs
from hypothesis import given, settings
from hypothesis import strategies as st

from tayho_coord.datasets import tay_ho_2019
from tayho_coord.model import Finding
from tayho_coord.report import render
from tayho_coord.report._document import md_escape

# Any text without surrogates (which no UTF-8 file can hold), weighted toward the characters
# that mean something to HTML and Markdown.
TEXT = st.text(
    alphabet=st.one_of(
        st.sampled_from(list("<>&\"'`*_[]()#!|~\\-+=.1) \n\r\tđĐơư")),
        st.characters(blacklist_categories=("Cs",)),
    ),
    min_size=1,
    max_size=40,
).filter(lambda t: t.strip() != "")


class _Items(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[str] = []
        self.items: list[str] = []
        self._in_li = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        if tag == "li":
            self._in_li = True
            self.items.append("")

    def handle_endtag(self, tag: str) -> None:
        if tag == "li":
            self._in_li = False

    def handle_data(self, data: str) -> None:
        if self._in_li:
            self.items[-1] += data


def _as_listed(text: str) -> str:
    """A list entry as ND30 has it: the documents' hyphen for a dash, a capital first
    (Phụ lục II), the last entry ending with a full stop."""
    entry = text.replace("\u2013", "-").replace("\u2014", "-").strip().rstrip(";,").rstrip()
    entry = entry[:1].upper() + entry[1:]
    return entry if entry.endswith((".", "!", "?", "…")) else entry + "."


@settings(max_examples=60, deadline=None)
@given(TEXT.filter(lambda t: t == t.strip()))  # the model's texts have no blanks at the ends
def test_html_shows_any_text_as_the_text_report_does(text: str) -> None:
    review = attrs.evolve(tay_ho_2019(), shortcomings=(Finding(text),))
    parser = _Items()
    parser.feed(render(review, "html", charts=False))
    # The text is one list item, as the text report shows it (a capital first, a full stop
    # last, the documents' dashes: ND30, Phụ lục II), and adds no element to the page.
    assert _as_listed(text) in parser.items
    baseline = _Items()
    baseline.feed(render(attrs.evolve(review, shortcomings=(Finding("x"),)), "html", charts=False))
    assert parser.tags == baseline.tags


_PUNCTUATION = r"[!-/:-@\[-`{-~]"  # ASCII punctuation: what CommonMark lets a backslash escape


@settings(max_examples=200, deadline=None)
@given(TEXT)
def test_markdown_escape_round_trips_and_starts_no_block(text: str) -> None:
    escaped = md_escape(text)
    assert "\n" not in escaped
    assert "\r" not in escaped
    # Removing the escapes gives the text back (blanks at the ends and line ends aside).
    one_line = re.sub(r"\r\n|\r|\n", " ", text).strip()
    assert re.sub(rf"\\({_PUNCTUATION})", r"\1", escaped) == one_line
    # No unescaped markup character is left.
    assert not re.search(r"(?<!\\)[*_`\[\]<>|~&]", escaped.replace("\\\\", ""))
    # The line starts no heading, list, quote, rule or indented code block.
    assert not re.match(r"([#>+\-=]|\d+[.)])(\s|$)|\s", escaped)
