"""The parts of an administrative document, and their renderings in Markdown, HTML and text.

A document is built once as a tree of plain strings (:class:`Document`) holding the parts
Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, mục II lists for every administrative document,
in their order on the page:

1. Quốc hiệu và Tiêu ngữ (khoản 1): top right, the national name in capitals over the motto,
   a full-length rule under the motto;
2. Tên cơ quan, tổ chức ban hành văn bản (khoản 2): top left, the superior body (may be
   abbreviated) over the issuing body's own name in full, capitals, a short rule under it;
3. Số, ký hiệu của văn bản (khoản 3): under the issuer, ``Số: 05/BC-UBND``;
4. Địa danh và thời gian ban hành văn bản (khoản 4): under the motto, ``Tây Hồ, ngày …``;
5. Tên loại và trích yếu nội dung (khoản 5): centred, the kind in capitals over the subject,
   a short rule under it;
6. Nội dung văn bản (khoản 6): the body, its numbered sections;
7. Chức vụ, họ tên và chữ ký (khoản 7): the signature blocks, ``TM.``, ``KT.``, ``Q.``;
   one issuer's block at the right, on the level of "Nơi nhận" (:attr:`Document.one_band`);
8. (Dấu, khoản 8: the seal, stamped over the signature by hand — room is left for it);
9. Nơi nhận (khoản 9): bottom left, one recipient a line after a dash, ``- Lưu: VT.`` last.

Then the appendix (Phụ lục I, Phần I, mục III, khoản 1: "Phụ lục"), on a page of its own in
Word and PDF: the sources and the basis of each figure, kept out of the body.

Every renderer (:func:`render_markdown`, :func:`render_html`, :func:`render_text`, and the
.docx one of :mod:`tayho_coord.report._docx`) renders the same tree, so every format holds
the same text; only the HTML page adds the charts (:attr:`Document.figures`). Every string in
the tree is plain text: each renderer escapes it for its own format.
"""

from __future__ import annotations

import html
import re
from typing import TYPE_CHECKING

from attrs import frozen

if TYPE_CHECKING:
    from collections.abc import Callable

__all__ = [
    "Appendix",
    "Block",
    "Document",
    "Issuer",
    "Items",
    "Paragraph",
    "Section",
    "Signature",
    "map_text",
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
    """A list: each entry after a dash, or numbered from 1.

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
        heading: The heading, with its numbering (``"I. KẾT QUẢ ĐẠT ĐƯỢC"``, ``"1. Giải trình"``).
        blocks: The paragraphs, lists and subsections under it.
        level: 2 for a section, 3 for a subsection.
    """

    heading: str
    blocks: tuple[Block, ...]
    level: int = 2


Block = Paragraph | Items | Section


@frozen
class Issuer:
    """The issuer block, top left (Phụ lục I, Phần I, mục II, khoản 2).

    Attributes:
        superior: The superior body's lines, capitals, upright (may be abbreviated).
        names: The issuing body's name in full, capitals, bold; the bodies of a joint
            document each named in full.
        mark: What stands under the name: None for the short rule of a state or Front
            document, ``"*"`` for the Party's star (Hướng dẫn 36-HD/VPTW).
    """

    superior: tuple[str, ...]
    names: tuple[str, ...]
    mark: str | None = None


@frozen
class Signature:
    """One signature block (Phụ lục I, Phần I, mục II, khoản 7).

    Attributes:
        capacity: The lines above the signature, capitals, bold: ``TM. ỦY BAN NHÂN DÂN``,
            ``KT. CHỦ TỊCH``, ``PHÓ CHỦ TỊCH``.
        name: The signer's name, bold, under the room for the signature and seal; None
            leaves the line to fill by hand.
    """

    capacity: tuple[str, ...]
    name: str | None


@frozen
class Appendix:
    """The appendix: the basis of each figure and the sources, kept out of the body.

    Attributes:
        heading: ``PHỤ LỤC``.
        title: What it holds, capitals.
        reference: The line tying it to the document (``(Kèm theo Báo cáo số …)``).
        sections: Its sections.
        sources: The sources, one entry each.
        source_urls: The web address of each source, or None (same order as ``sources``).
    """

    heading: str
    title: str
    reference: str
    sections: tuple[Section, ...]
    sources: tuple[str, ...]
    source_urls: tuple[str | None, ...]


@frozen
class Document:
    """An administrative document (Nghị định 30/2020/NĐ-CP, Phụ lục I).

    Attributes:
        issuer: The issuer block (top left).
        nation: The national name and motto (top right); the Party's own line for a Party
            document.
        number: The number and symbol line (``Số: …/BC-HĐND-UBND-MTTQ``).
        date_line: The place and date line (``Tây Hồ, ngày … tháng … năm 2020``).
        kind: The kind of document, capitals (``BÁO CÁO``).
        subject: What it is about (the trích yếu), one line.
        title: The HTML page title.
        intro: The opening paragraphs.
        sections: The numbered sections.
        signatures: The signature blocks, left to right.
        recipients: The entries of "Nơi nhận", punctuated (``Lưu: VT.`` last).
        appendix: The appendix, or None when left out.
        figures: Charts for the HTML rendering: a caption and inline SVG markup each (made
            by the library itself, never from text of the data).
        notice: A warning shown under the title in every format, and in brackets before
            the HTML page's title (the figures are illustrative, not real), or None.
        greeting: The addressee line of a letter or an invitation (``Kính gửi: …``), or None.
    """

    issuer: Issuer
    nation: tuple[str, ...]
    number: str
    date_line: str
    kind: str
    subject: str
    title: str
    intro: tuple[Block, ...]
    sections: tuple[Section, ...]
    signatures: tuple[Signature, ...]
    recipients: tuple[str, ...]
    appendix: Appendix | None = None
    figures: tuple[tuple[str, str], ...] = ()
    notice: str | None = None
    greeting: str | None = None

    @property
    def one_band(self) -> bool:
        """Whether "Nơi nhận" and the signature share one band: left and right.

        ND30, Phụ lục I, Phần I, mục II (the layout of the parts on the page, ô 7 and ô 9):
        the signature block (khoản 7) at the right, "Nơi nhận" (khoản 9) at the left on the
        same level. A joint document's blocks, one per issuer, fill the width side by side,
        "Nơi nhận" under them.
        """
        return len(self.signatures) == 1


RECIPIENTS_HEADING = "Nơi nhận:"
SOURCES_HEADING = "Nguồn"
CHARTS_HEADING = "BIỂU ĐỒ"
_WEB = re.compile(r"https?://[^\s<>\"'`\\]+", re.IGNORECASE)


def _is_web(url: str) -> bool:
    """Whether ``url`` is a plain web address: only those become links (never javascript:)."""
    return _WEB.fullmatch(url) is not None


def map_text(doc: Document, body: Callable[[str], str], every: Callable[[str], str]) -> Document:
    """The document with ``body`` applied to each text of the body, in reading order.

    ``every`` is applied to every text of the document after ``body`` (the body's too).
    Used for what the whole document follows (dashes) and what the body alone does
    (abbreviations introduced at first use).
    """

    def both(text: str) -> str:
        return every(body(text))

    def blocks(items: tuple[Block, ...], fn: Callable[[str], str]) -> tuple[Block, ...]:
        out: list[Block] = []
        for block in items:
            if isinstance(block, Paragraph):
                out.append(Paragraph(fn(block.text), block.role))
            elif isinstance(block, Items):
                out.append(Items(tuple(fn(i) for i in block.items), block.ordered))
            else:
                out.append(Section(fn(block.heading), blocks(block.blocks, fn), block.level))
        return tuple(out)

    def sections(items: tuple[Section, ...], fn: Callable[[str], str]) -> tuple[Section, ...]:
        return tuple(s for s in blocks(items, fn) if isinstance(s, Section))

    appendix = doc.appendix
    if appendix is not None:
        appendix = Appendix(
            every(appendix.heading),
            every(appendix.title),
            every(appendix.reference),
            sections(appendix.sections, every),
            tuple(every(s) for s in appendix.sources),
            appendix.source_urls,
        )
    intro = blocks(doc.intro, both)
    return Document(
        issuer=Issuer(
            tuple(every(t) for t in doc.issuer.superior),
            tuple(every(t) for t in doc.issuer.names),
            doc.issuer.mark,
        ),
        nation=tuple(every(t) for t in doc.nation),
        number=every(doc.number),
        date_line=every(doc.date_line),
        kind=every(doc.kind),
        subject=every(doc.subject),
        title=every(doc.title),
        intro=intro,
        sections=sections(doc.sections, both),
        signatures=tuple(
            Signature(
                tuple(every(t) for t in s.capacity), None if s.name is None else every(s.name)
            )
            for s in doc.signatures
        ),
        recipients=tuple(every(r) for r in doc.recipients),
        appendix=appendix,
        figures=doc.figures,
        notice=None if doc.notice is None else every(doc.notice),
        greeting=None if doc.greeting is None else every(doc.greeting),
    )


BLANK_NAME = "…"
"""What a signature's name line shows when the signer is not known (to fill by hand)."""


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


def _text_sources(appendix: Appendix, out: list[str]) -> None:
    if not appendix.sources:
        return
    out.extend([f"{_roman_next(appendix)}. {SOURCES_HEADING.upper()}", ""])
    for number, (source, url) in enumerate(
        zip(appendix.sources, appendix.source_urls, strict=True), 1
    ):
        out.append(f"{number}. {source}" + (f" ({url})" if url is not None else ""))
    out.append("")


_ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X")


def _roman_next(appendix: Appendix) -> str:
    """The number of the sources' section: after the appendix's own sections."""
    return _ROMAN[len(appendix.sections)]


def render_text(doc: Document) -> str:
    """The document as plain text: the parts in their order, one line per paragraph."""
    out = [*doc.issuer.superior, *doc.issuer.names]
    if doc.issuer.mark is not None:
        out.append(doc.issuer.mark)
    out.extend(["", *doc.nation, "", doc.number, doc.date_line, "", doc.kind, doc.subject, ""])
    if doc.notice is not None:
        out.extend([f"*** {doc.notice} ***", ""])
    if doc.greeting is not None:
        out.extend([doc.greeting, ""])
    _text_blocks(doc.intro, out)
    _text_blocks(doc.sections, out)
    for signature in doc.signatures:
        out.extend([*signature.capacity, signature.name or BLANK_NAME, ""])
    if doc.recipients:
        out.append(RECIPIENTS_HEADING)
        out.extend(f"- {entry}" for entry in doc.recipients)
        out.append("")
    if doc.appendix is not None:
        appendix = doc.appendix
        out.extend([appendix.heading, appendix.title, appendix.reference, ""])
        _text_blocks(appendix.sections, out)
        _text_sources(appendix, out)
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
    shown = [f"{style}{md_escape(line)}{style}" if style else md_escape(line) for line in lines]
    return [f"{line}\\" for line in shown[:-1]] + shown[-1:]


def _md_source(source: str, url: str | None) -> str:
    entry = md_escape(source)
    if url is not None:
        entry += f" <{url}>" if _is_web(url) else f" ({md_escape(url)})"
    return entry


def render_markdown(doc: Document) -> str:
    """The document as CommonMark; every text from the data is escaped."""
    issuer = _md_lines(doc.issuer.superior, "") if doc.issuer.superior else []
    if issuer:
        issuer[-1] += "\\"
    issuer += _md_lines(doc.issuer.names, "**")
    if doc.issuer.mark is not None:
        issuer[-1] += "\\"
        issuer.append(md_escape(doc.issuer.mark))
    out = [*issuer, "", *_md_lines(doc.nation, "**"), ""]
    out.extend([f"{md_escape(doc.number)}\\", f"*{md_escape(doc.date_line)}*", ""])
    out.extend([f"# {md_escape(doc.kind)}", "", f"**{md_escape(doc.subject)}**", ""])
    if doc.notice is not None:
        out.extend([f"> **{md_escape(doc.notice)}**", ""])
    if doc.greeting is not None:
        out.extend([md_escape(doc.greeting), ""])
    _md_blocks(doc.intro, out)
    _md_blocks(doc.sections, out)
    for signature in doc.signatures:
        out.extend([*_md_lines((*signature.capacity, signature.name or BLANK_NAME), "**"), ""])
    if doc.recipients:
        out.extend([f"***{md_escape(RECIPIENTS_HEADING)}***", ""])
        out.extend(f"- {md_escape(entry)}" for entry in doc.recipients)
        out.append("")
    if doc.appendix is not None:
        appendix = doc.appendix
        out.extend(["---", "", f"## {md_escape(appendix.heading)}", ""])
        out.extend([f"**{md_escape(appendix.title)}**\\", f"*{md_escape(appendix.reference)}*", ""])
        _md_blocks(appendix.sections, out)
        if appendix.sources:
            out.extend([f"### {_roman_next(appendix)}. {SOURCES_HEADING.upper()}", ""])
            for number, (source, url) in enumerate(
                zip(appendix.sources, appendix.source_urls, strict=True), 1
            ):
                out.append(f"{number}. {_md_source(source, url)}")
    return "\n".join(out).rstrip("\n") + "\n"


# --- HTML -------------------------------------------------------------------------------

# Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, mục I: A4 paper, Times New Roman, margins top
# and bottom 20-25 mm, left 30-35 mm, right 15-20 mm; mục II: Quốc hiệu 12-13 pt bold
# capitals, Tiêu ngữ 13-14 pt bold with a full-length rule, the issuer with a short rule,
# the date line italic, the title 13-14 pt bold capitals and the subject bold with a short
# rule under it, "Nơi nhận:" 12 pt bold italic and its entries 11 pt.  On a narrow screen the
# heading blocks stack and the margins shrink.
_CSS = """\
@page { size: A4; margin: 20mm 15mm 20mm 30mm; }
:root { color-scheme: light; }
* { box-sizing: border-box; }
body { margin: 0; background: #f3f3f0; color: #111;
  font-family: "Times New Roman", Times, "Liberation Serif", "DejaVu Serif", serif;
  font-size: 14pt; line-height: 1.35; }
main { max-width: 210mm; margin: 1.5rem auto; padding: 20mm 15mm 20mm 30mm;
  background: #fff; box-shadow: 0 1px 4px rgba(0, 0, 0, .15); }
p, li { text-align: justify; overflow-wrap: anywhere; }
p { margin: 0 0 .4rem; text-indent: 1cm; }
ul, ol { margin: 0 0 .4rem; padding-left: 1cm; }
ul { list-style: none; }
ul > li::before { content: "- "; }
header.heading { display: grid; grid-template-columns: 45% 55%;
  gap: .3rem 0; font-size: 13pt; line-height: 1.25; }
header.heading p { margin: 0; text-indent: 0; text-align: center; }
.issuer .name, .nation p { font-weight: bold; }
.nation p:first-child { font-size: 12pt; }
.issuer p.name:last-of-type::after, .nation p:last-child::after, p.subject::after {
  content: ""; display: block; margin: .15rem auto 0; border-top: 1px solid #111; }
.issuer p.name:last-of-type::after { width: 35%; }
.nation p:last-child::after { width: 100%; }
.issuer p.mark { font-weight: normal; }
header.heading p.number { font-size: 13pt; }
header.heading p.date-line { font-style: italic; }
h1 { text-align: center; font-size: 14pt; margin: 1rem 0 0; }
p.subject { text-align: center; text-indent: 0; font-weight: bold; margin: 0 0 1rem; }
p.subject::after { width: 25%; }
p.greeting { text-align: center; text-indent: 0; }
h2 { font-size: 14pt; margin: .8rem 0 .3rem; text-indent: 1cm; }
h3 { font-size: 14pt; margin: .6rem 0 .3rem; text-indent: 1cm; }
p.notice { text-align: center; text-indent: 0; font-weight: bold; color: #8a1c00;
  border: 2px solid #8a1c00; padding: .3rem .5rem; margin: 0 0 1.2rem; }
p.finding { text-indent: 0; }
section.signatures { display: grid; gap: 0 .5rem; margin: 1.2rem 0 0;
  grid-template-columns: repeat(var(--columns, 1), 1fr); }
section.signatures div { text-align: center; break-inside: avoid; }
section.signatures p { text-align: center; text-indent: 0; font-weight: bold; margin: 0; }
section.signatures p.signer { margin-top: 5.5rem; }
section.recipients { margin: 1.2rem 0 0; font-size: 11pt; line-height: 1.2; }
section.closing { display: grid; grid-template-columns: 45% 55%; align-items: start;
  margin: 1.2rem 0 0; }
section.closing > section { margin: 0; }
section.recipients p { text-indent: 0; margin: 0; }
section.recipients p.label { font-size: 12pt; font-weight: bold; font-style: italic; }
section.recipients ul { padding-left: 0; margin: 0; }
section.appendix { margin-top: 2rem; border-top: 1px solid #999; padding-top: 1rem;
  break-before: page; }
section.appendix > p.heading, section.appendix > p.title { text-align: center;
  text-indent: 0; font-weight: bold; margin: 0; }
section.appendix > p.reference { text-align: center; text-indent: 0; font-style: italic; }
section.appendix li { text-align: left; }
figure { margin: 1rem 0; break-inside: avoid; }
figure svg { display: block; max-width: 100%; height: auto; margin: 0 auto; }
figcaption { text-align: center; font-style: italic; font-size: 12pt; }
@media (max-width: 40rem) {
  body { font-size: 12pt; background: #fff; }
  main { margin: 0; padding: 1rem; box-shadow: none; }
  header.heading { font-size: 11pt; grid-template-columns: 100%; }
  header.heading .nation { grid-row: 1; }
  p { text-indent: 0; text-align: left; }
  li { text-align: left; }
  h2, h3 { font-size: 13pt; text-indent: 0; }
  section.signatures { grid-template-columns: 100%; }
  section.closing { grid-template-columns: 100%; }
  section.closing > section.signatures { grid-row: 1; }
  section.closing > section.recipients { margin-top: 1.2rem; }
  section.signatures p.signer { margin-top: 3rem; }
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


def _html_issuer(issuer: Issuer) -> list[str]:
    out = ['<div class="issuer">']
    out.extend(f"<p>{_esc(line)}</p>" for line in issuer.superior)
    out.extend(f'<p class="name">{_esc(line)}</p>' for line in issuer.names)
    if issuer.mark is not None:
        out.append(f'<p class="mark">{_esc(issuer.mark)}</p>')
    out.append("</div>")
    return out


def _html_signatures(doc: Document) -> list[str]:
    if not doc.signatures:
        return []
    out = [f'<section class="signatures" style="--columns: {len(doc.signatures)}">']
    for signature in doc.signatures:
        out.append("<div>")
        out.extend(f"<p>{_esc(line)}</p>" for line in signature.capacity)
        out.append(f'<p class="signer">{_esc(signature.name or BLANK_NAME)}</p>')
        out.append("</div>")
    out.append("</section>")
    return out


def _html_recipients(doc: Document) -> list[str]:
    if not doc.recipients:
        return []
    out = ['<section class="recipients">', f'<p class="label">{_esc(RECIPIENTS_HEADING)}</p>']
    out.append("<ul>")
    out.extend(f"<li>{_esc(entry)}</li>" for entry in doc.recipients)
    out.extend(["</ul>", "</section>"])
    return out


def _html_appendix(appendix: Appendix) -> list[str]:
    out = [
        '<section class="appendix">',
        f'<p class="heading">{_esc(appendix.heading)}</p>',
        f'<p class="title">{_esc(appendix.title)}</p>',
        f'<p class="reference">{_esc(appendix.reference)}</p>',
    ]
    _html_blocks(appendix.sections, out)
    if appendix.sources:
        out.append(f"<section><h3>{_roman_next(appendix)}. {SOURCES_HEADING.upper()}</h3>")
        out.append("<ol>")
        out.extend(
            f"<li>{_esc(source)}{_link(url)}</li>"
            for source, url in zip(appendix.sources, appendix.source_urls, strict=True)
        )
        out.extend(["</ol>", "</section>"])
    out.append("</section>")
    return out


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
        *_html_issuer(doc.issuer),
        '<div class="nation">',
        *(f"<p>{_esc(line)}</p>" for line in doc.nation),
        "</div>",
        f'<p class="number">{_esc(doc.number)}</p>',
        f'<p class="date-line">{_esc(doc.date_line)}</p>',
        "</header>",
        f"<h1>{_esc(doc.kind)}</h1>",
        f'<p class="subject">{_esc(doc.subject)}</p>',
    ]
    if doc.notice is not None:
        out.append(f'<p class="notice" role="note">{_esc(doc.notice)}</p>')
    if doc.greeting is not None:
        out.append(f'<p class="greeting">{_esc(doc.greeting)}</p>')
    _html_blocks(doc.intro, out)
    _html_blocks(doc.sections, out)
    if doc.figures:
        out.append(f'<section class="charts"><h2>{_esc(CHARTS_HEADING)}</h2>')
        for caption, svg in doc.figures:
            out.extend(["<figure>", svg, f"<figcaption>{_esc(caption)}</figcaption>", "</figure>"])
        out.append("</section>")
    if doc.one_band:
        # Nơi nhận at the left, the signature at the right, on one level (ND30, Phụ lục I)
        out.append('<section class="closing">')
        out.extend(_html_recipients(doc))
        out.extend(_html_signatures(doc))
        out.append("</section>")
    else:
        out.extend(_html_signatures(doc))
        out.extend(_html_recipients(doc))
    if doc.appendix is not None:
        out.extend(_html_appendix(doc.appendix))
    out.extend(["</main>", "</body>", "</html>"])
    return "\n".join(out) + "\n"
