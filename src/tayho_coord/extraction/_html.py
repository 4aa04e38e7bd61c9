"""The text of a web page, for extraction (the standard library's HTML parser)."""

from __future__ import annotations

import re
from html.parser import HTMLParser

from tayho_coord.errors import ParseError

__all__ = ["text_of_html"]

_SKIP = frozenset({"script", "style", "noscript", "template", "head", "svg"})
_BLOCK = frozenset(
    {
        "p",
        "div",
        "br",
        "li",
        "ul",
        "ol",
        "tr",
        "table",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "section",
        "article",
        "header",
        "footer",
        "blockquote",
        "figcaption",
        "td",
        "th",
        "title",
    }
)


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skipping = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIP:
            self._skipping += 1
        elif tag in _BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP:
            self._skipping = max(0, self._skipping - 1)
        elif tag in _BLOCK:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self._skipping:
            self.parts.append(data)


def text_of_html(html: str) -> str:
    r"""The visible text of an HTML page, one paragraph a line.

    Scripts, styles and the ``<head>`` are dropped; block elements (``p``, ``div``, ``br``,
    ``li``, headings, table cells) end a line; spaces inside a line are collapsed.

    Raises:
        ParseError: ``html`` is not a string.

    Examples:
        >>> page = "<head><title>x</title></head><body><h1>Tây Hồ</h1><p>Ngày 11/02/2020,"
        >>> print(text_of_html(page + "&nbsp;hội nghị.<script>x()</script></p></body>"))
        Tây Hồ
        Ngày 11/02/2020, hội nghị.
    """
    if not isinstance(html, str):
        raise ParseError(repr(html), "expected the page as a string")
    parser = _Text()
    parser.feed(html)
    parser.close()
    lines = (
        re.sub(r"[ \t\r\f\v\xa0]+", " ", line).strip() for line in "".join(parser.parts).split("\n")
    )
    return "\n".join(line for line in lines if line)
