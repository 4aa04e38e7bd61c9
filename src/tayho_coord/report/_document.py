"""A small document tree and its three renderings: Markdown, HTML and plain text.

The report is built once as a tree of plain strings (:class:`Document`) and rendered in each
format from it, so the three formats hold the same text; only the HTML page adds the charts
(:attr:`Document.figures`). Every string in the tree is plain text: each renderer escapes it
for its own format.
"""

from __future__ import annotations

import html
import re

from attrs import frozen

__all__ = [
    "Block",
    "Document",
    "Items",
    "Paragraph",
    "Section",
    "render_html",
    "render_markdown",
    "render_text",
]


@frozen
class Paragraph:
    """A paragraph of text.

    Attributes:
        text: The text, plain.
        role: A CSS class for the HTML rendering (``"finding"``), if any.
    """

    text: str
    role: str | None = None


@frozen
class Items:
    """A list: bulleted, or numbered from 1.

    Attributes:
        items: The entries, plain text, punctuated as they should print.
        ordered: Whether the entries are numbered.
    """

    items: tuple[str, ...]
    ordered: bool = False


@frozen
class Section:
    """A heading and what follows it.

    Attributes:
        heading: The heading, with its numbering (``"II. KẾT QUẢ…"``, ``"1. Giải trình"``).
        blocks: The paragraphs, lists and subsections under it.
        level: 2 for a section, 3 for a subsection.
    """

    heading: str
    blocks: tuple[Block, ...]
    level: int = 2


Block = Paragraph | Items | Section


@frozen
class Document:
    """A report in Vietnamese administrative layout (Nghị định 30/2020/NĐ-CP, Phụ lục I).

    Attributes:
        issuer: The issuing bodies, uppercase, one line each (top left).
        nation: The national name and motto (top right).
        date_line: The place and date line (``Tây Hồ, ngày 11 tháng 02 năm 2020``).
        kind: The kind of document, uppercase (``BÁO CÁO``).
        subject: What it is about (the trích yếu), one line.
        title: The HTML page title.
        intro: The opening paragraphs.
        sections: The numbered sections.
        sources: The sources, one entry each, listed at the end.
        source_urls: The web address of each source, or None (same order as ``sources``).
        figures: Charts for the HTML rendering: a caption and inline SVG markup each (made
            by the library itself, never from text of the data).
        notice: A warning shown under the heading in every format, and in brackets before
            the HTML page's title (the figures are illustrative, not real), or None.
    """

    issuer: tuple[str, ...]
    nation: tuple[str, ...]
    date_line: str
    kind: str
    subject: str
    title: str
    intro: tuple[Paragraph, ...]
    sections: tuple[Section, ...]
    sources: tuple[str, ...]
    source_urls: tuple[str | None, ...]
    figures: tuple[tuple[str, str], ...] = ()
    notice: str | None = None


SOURCES_HEADING = "NGUỒN"
CHARTS_HEADING = "BIỂU ĐỒ"
_WEB = re.compile(r"https?://[^\s<>\"'`\\]+", re.IGNORECASE)


def _is_web(url: str) -> bool:
    """Whether ``url`` is a plain web address: only those become links (never javascript:)."""
    return _WEB.fullmatch(url) is not None


# --- plain text -------------------------------------------------------------------------


def _text_blocks(blocks: tuple[Block, ...], out: list[str]) -> None:
    for block in blocks:
        if isinstance(block, Paragraph):
            out.extend([block.text, ""])
        elif isinstance(block, Items):
            for number, item in enumerate(block.items, start=1):
                out.append(f"{number}. {item}" if block.ordered else f"- {item}")
            out.append("")
        else:
            out.extend([block.heading, ""])
            _text_blocks(block.blocks, out)


def render_text(doc: Document) -> str:
    """The document as plain text: one line per paragraph, a blank line between blocks."""
    out = [*doc.issuer, "", *doc.nation, "", doc.date_line, "", doc.kind, doc.subject, ""]
    if doc.notice is not None:
        out.extend([f"*** {doc.notice} ***", ""])
    _text_blocks(doc.intro, out)
    _text_blocks(doc.sections, out)
    if doc.sources:
        out.extend([SOURCES_HEADING, ""])
        _text_blocks((Items(doc.sources, ordered=True),), out)
    return "\n".join(out).rstrip("\n") + "\n"


# --- Markdown ---------------------------------------------------------------------------

# Characters that may start or change markup anywhere in a line (CommonMark).
_MD_INLINE = re.compile(r"([\\`*_\[\]<>|~&])")
# What would make a line start a heading, a list, a quote, a rule or a numbered list.
_LINE_END = re.compile(r"\r\n|\r|\n")  # CommonMark's line endings
_MD_LINE_START = re.compile(r"^([#>+\-=]|\d+[.)])")


def md_escape(text: str) -> str:
    r"""Escape plain text so that Markdown shows it as is, on one line.

    Newlines become spaces and blanks at the ends are dropped (they would start an indented
    code block or a hard break); every markup character is escaped, and so is a line start
    that would open a heading, a list, a quote or a rule.

    Examples:
        >>> md_escape("a*b_c [d] <e>")
        'a\\*b\\_c \\[d\\] \\<e\\>'
        >>> md_escape("1. Không phải danh sách")
        '1\\. Không phải danh sách'
        >>> md_escape("# không phải tiêu đề")
        '\\# không phải tiêu đề'
    """
    escaped = _MD_INLINE.sub(r"\\\1", _LINE_END.sub(" ", text).strip())
    match = _MD_LINE_START.match(escaped)
    if match:
        mark = match.group(1)
        rest = escaped[match.end() :]
        mark = f"{mark[:-1]}\\{mark[-1]}" if mark[-1] in ".)" else f"\\{mark}"
        escaped = f"{mark}{rest}"
    return escaped


def _md_blocks(blocks: tuple[Block, ...], out: list[str]) -> None:
    for block in blocks:
        if isinstance(block, Paragraph):
            out.extend([md_escape(block.text), ""])
        elif isinstance(block, Items):
            for number, item in enumerate(block.items, start=1):
                mark = f"{number}." if block.ordered else "-"
                out.append(f"{mark} {md_escape(item)}")
            out.append("")
        else:
            out.extend([f"{'#' * block.level} {md_escape(block.heading)}", ""])
            _md_blocks(block.blocks, out)


def _md_lines(lines: tuple[str, ...], style: str) -> list[str]:
    # Lines of one block end in a backslash: a hard line break in CommonMark.
    shown = [f"{style}{md_escape(line)}{style}" for line in lines]
    return [f"{line}\\" for line in shown[:-1]] + shown[-1:]


def render_markdown(doc: Document) -> str:
    """The document as CommonMark; every text from the data is escaped."""
    out = [*_md_lines(doc.issuer, "**"), "", *_md_lines(doc.nation, "**"), ""]
    out.extend([f"*{md_escape(doc.date_line)}*", ""])
    out.extend([f"# {md_escape(doc.kind)}", "", f"**{md_escape(doc.subject)}**", ""])
    if doc.notice is not None:
        out.extend([f"> **{md_escape(doc.notice)}**", ""])
    _md_blocks(doc.intro, out)
    _md_blocks(doc.sections, out)
    if doc.sources:
        out.extend([f"## {SOURCES_HEADING}", ""])
        for number, (source, url) in enumerate(zip(doc.sources, doc.source_urls, strict=True), 1):
            entry = md_escape(source)
            if url is not None:
                entry += f" <{url}>" if _is_web(url) else f" ({md_escape(url)})"
            out.append(f"{number}. {entry}")
    return "\n".join(out).rstrip("\n") + "\n"


# --- HTML -------------------------------------------------------------------------------

# Nghị định 30/2020/NĐ-CP, Phụ lục I: A4 paper, Times New Roman 13-14 pt, margins top and
# bottom 20-25 mm, left 30-35 mm, right 15-20 mm.  On a narrow screen the two heading blocks
# stack and the margins shrink.
_CSS = """\
@page { size: A4; margin: 20mm 15mm 20mm 30mm; }
:root { color-scheme: light; }
* { box-sizing: border-box; }
body { margin: 0; background: #f3f3f0; color: #111;
  font-family: "Times New Roman", Times, "Liberation Serif", "DejaVu Serif", serif;
  font-size: 14pt; line-height: 1.45; }
main { max-width: 210mm; margin: 1.5rem auto; padding: 20mm 15mm 20mm 30mm;
  background: #fff; box-shadow: 0 1px 4px rgba(0, 0, 0, .15); }
p, li { text-align: justify; overflow-wrap: anywhere; }
p { margin: 0 0 .5rem; text-indent: 1cm; }
ul, ol { margin: 0 0 .5rem; padding-left: 1.6cm; }
header.heading { display: flex; justify-content: space-between; gap: .5rem 1rem;
  font-size: 12pt; line-height: 1.3; }
header.heading p { margin: 0; text-indent: 0; text-align: center; font-weight: bold; }
.issuer { flex: 1 1 0; min-width: 0; }
.nation { flex: 0 0 auto; }
.nation p { white-space: nowrap; }
.issuer p:last-child::after, .nation p:last-child::after { content: ""; display: block;
  width: 40%; margin: .25rem auto 0; border-top: 1px solid #111; }
p.date-line { text-align: right; text-indent: 0; font-style: italic; margin: .6rem 0 1.2rem; }
h1 { text-align: center; font-size: 14pt; margin: 1rem 0 0; }
p.subject { text-align: center; text-indent: 0; font-weight: bold; margin: 0 0 1.2rem; }
h2 { font-size: 14pt; margin: 1.2rem 0 .4rem; }
h3 { font-size: 14pt; font-style: italic; margin: .8rem 0 .3rem; }
p.notice { text-align: center; text-indent: 0; font-weight: bold; color: #8a1c00;
  border: 2px solid #8a1c00; padding: .3rem .5rem; margin: 0 0 1.2rem; }
p.finding { border-left: 3px solid #b35c00; padding-left: .5rem; text-indent: 0; }
figure { margin: 1rem 0; break-inside: avoid; }
figure svg { display: block; max-width: 100%; height: auto; margin: 0 auto; }
figcaption { text-align: center; font-style: italic; font-size: 12pt; }
footer.sources { margin-top: 1.5rem; border-top: 1px solid #999; font-size: 12pt; }
footer.sources li { text-align: left; }
@media (max-width: 40rem) {
  body { font-size: 12pt; background: #fff; }
  main { margin: 0; padding: 1rem; box-shadow: none; }
  header.heading { font-size: 11pt; flex-wrap: wrap; }
  .issuer, .nation { flex-basis: 100%; }
  .nation p { white-space: normal; }
  p { text-indent: 0; text-align: left; }
  li { text-align: left; }
  ul, ol { padding-left: 1.2rem; }
  p.date-line { text-align: center; }
  h2, h3 { font-size: 13pt; }
}
@media print {
  body { background: #fff; }
  main { margin: 0; padding: 0; max-width: none; box-shadow: none; }
  h2, h3 { break-after: avoid; }
  li, p { break-inside: avoid; }
}
"""


def _esc(text: str) -> str:
    return html.escape(text, quote=True)


def _html_blocks(blocks: tuple[Block, ...], out: list[str]) -> None:
    for block in blocks:
        if isinstance(block, Paragraph):
            role = f' class="{_esc(block.role)}"' if block.role else ""
            out.append(f"<p{role}>{_esc(block.text)}</p>")
        elif isinstance(block, Items):
            tag = "ol" if block.ordered else "ul"
            out.append(f"<{tag}>")
            out.extend(f"<li>{_esc(item)}</li>" for item in block.items)
            out.append(f"</{tag}>")
        else:
            level = block.level
            out.append(f"<section><h{level}>{_esc(block.heading)}</h{level}>")
            _html_blocks(block.blocks, out)
            out.append("</section>")


def _link(url: str | None) -> str:
    if url is None:
        return ""
    if not _is_web(url):
        return f" ({_esc(url)})"
    return f' <a href="{_esc(url)}">{_esc(url)}</a>'


def _page_title(doc: Document) -> str:
    """The page title, the notice first in brackets: a browser's tab shows the start."""
    return doc.title if doc.notice is None else f"[{doc.notice}] {doc.title}"


def render_html(doc: Document) -> str:
    """The document as one self-contained HTML page (inline CSS, no script, nothing fetched)."""
    out = [
        "<!DOCTYPE html>",
        '<html lang="vi">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{_esc(_page_title(doc))}</title>",
        f"<style>\n{_CSS}</style>",
        "</head>",
        "<body>",
        "<main>",
        '<header class="heading">',
        '<div class="issuer">',
        *(f"<p>{_esc(line)}</p>" for line in doc.issuer),
        "</div>",
        '<div class="nation">',
        *(f"<p>{_esc(line)}</p>" for line in doc.nation),
        "</div>",
        "</header>",
        f'<p class="date-line">{_esc(doc.date_line)}</p>',
        f"<h1>{_esc(doc.kind)}</h1>",
        f'<p class="subject">{_esc(doc.subject)}</p>',
    ]
    if doc.notice is not None:
        out.append(f'<p class="notice" role="note">{_esc(doc.notice)}</p>')
    _html_blocks(doc.intro, out)
    _html_blocks(doc.sections, out)
    if doc.figures:
        out.append(f'<section class="charts"><h2>{_esc(CHARTS_HEADING)}</h2>')
        for caption, svg in doc.figures:
            out.extend(["<figure>", svg, f"<figcaption>{_esc(caption)}</figcaption>", "</figure>"])
        out.append("</section>")
    if doc.sources:
        out.append(f'<footer class="sources"><h2>{_esc(SOURCES_HEADING)}</h2>')
        out.append("<ol>")
        out.extend(
            f"<li>{_esc(source)}{_link(url)}</li>"
            for source, url in zip(doc.sources, doc.source_urls, strict=True)
        )
        out.append("</ol>")
        out.append("</footer>")
    out.extend(["</main>", "</body>", "</html>"])
    return "\n".join(out) + "\n"
