"""The document as a Word file (.docx), laid out as Nghị định 30/2020/NĐ-CP asks.

python-docx (the ``docx`` extra) writes the file; it is imported on first use. Every measure
below cites ND30, Phụ lục I, Phần I: mục I ("Quy định chung") for the page, mục II
("Các thành phần thể thức chính") for each part:

- mục I, khoản 1-5: A4 (210 x 297 mm), portrait; margins top and bottom 20-25 mm, left
  30-35 mm, right 15-20 mm (here 20, 20, 30, 15); Times New Roman, Unicode, black;
- mục I, khoản 7: page numbers in Arabic digits, 13-14 pt, upright, centred in the top
  margin, none on the first page;
- mục II, khoản 1: the national name 12-13 pt bold capitals; the motto 13-14 pt bold, its
  words capitalised and joined by hyphens, a solid rule under it as long as the line;
- khoản 2: the issuer 12-13 pt capitals, the issuing body bold, a short solid rule under it
  (a third to a half of the line), centred;
- khoản 3: "Số:" 13 pt upright, centred under the issuer;
- khoản 4: the place and date 13-14 pt italic, centred under the motto;
- khoản 5: the kind 13-14 pt bold capitals, the subject 14 pt bold, a short rule under it;
- khoản 6: the body 13-14 pt, justified, the first line indented 1-1,27 cm, at least 6 pt
  between paragraphs, lines single-spaced at least;
- khoản 7: the signer's title bold capitals 13-14 pt ("TM.", "KT.", "Q." before it), the
  name bold 13-14 pt, room for the signature and seal between;
- khoản 9: "Nơi nhận:" 12 pt bold italic, the entries 11 pt, each after a dash; at the left
  of one issuer's signature block, on its level (the layout of Phụ lục I: ô 9 beside ô 7),
  under a joint document's blocks;
- mục III, khoản 1: the appendix on a page of its own, its heading bold and centred.
"""

from __future__ import annotations

import io
from typing import TYPE_CHECKING, Any

from tayho_coord.report._document import (
    BLANK_NAME,
    RECIPIENTS_HEADING,
    SOURCES_HEADING,
    Items,
    Paragraph,
)

if TYPE_CHECKING:
    from tayho_coord.report._document import Block, Document

__all__ = ["FONT", "render_docx"]

FONT = "Times New Roman"
_TEXT_WIDTH_MM = 210 - 30 - 15
_LEFT_MM = 70  # the issuer's and the number's column
_RIGHT_MM = _TEXT_WIDTH_MM - _LEFT_MM
# "Nơi nhận" beside one signature block: its 11 pt entries take less room than the
# signer's capacity in 13 pt bold capitals ("TM. THƯỜNG TRỰC HỘI ĐỒNG NHÂN DÂN", one line)
_RECIPIENTS_MM = 60


def _docx() -> Any:
    try:
        import docx
    except ImportError:
        from tayho_coord.errors import ValidationError

        raise ValidationError(
            "format",
            "docx",
            'needs the docx extra (python-docx): pip install "tayho_coord[docx]"',
        ) from None
    return docx


class _Writer:
    def __init__(self, size: int) -> None:
        docx = _docx()
        from docx.enum.section import WD_ORIENT
        from docx.shared import Mm, Pt

        self.Pt, self.Mm = Pt, Mm
        self.size = size
        self.doc = docx.Document()
        section = self.doc.sections[0]
        section.orientation = WD_ORIENT.PORTRAIT
        section.page_width, section.page_height = Mm(210), Mm(297)
        section.top_margin = section.bottom_margin = Mm(20)
        section.left_margin, section.right_margin = Mm(30), Mm(15)
        section.header_distance = Mm(10)
        section.footer_distance = Mm(10)
        self._styles()
        self._page_numbers(section)

    # -- styles and fields ----------------------------------------------------------------

    def _styles(self) -> None:
        from docx.oxml.ns import qn

        for style in self.doc.styles:
            if style.type != 1:  # paragraph styles only (WD_STYLE_TYPE.PARAGRAPH)
                continue
            font = style.font
            font.name = FONT
            font.color.rgb = None
            rpr = style.element.get_or_add_rPr()
            fonts = rpr.get_or_add_rFonts()
            for attr in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
                fonts.set(qn(attr), FONT)
            lang = rpr.find(qn("w:lang"))
            if lang is None:
                from docx.oxml import OxmlElement

                lang = OxmlElement("w:lang")
                rpr.append(lang)
            lang.set(qn("w:val"), "vi-VN")
        normal = self.doc.styles["Normal"]
        normal.font.size = self.Pt(self.size)
        fmt = normal.paragraph_format
        fmt.space_before = self.Pt(0)
        fmt.space_after = self.Pt(6)
        fmt.line_spacing = 1.0

    def _page_numbers(self, section: Any) -> None:
        from docx.enum.text import WD_ALIGN_PARAGRAPH
        from docx.oxml import OxmlElement
        from docx.oxml.ns import qn

        section.different_first_page_header_footer = True
        paragraph = section.header.paragraphs[0]
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
        field = OxmlElement("w:fldSimple")
        field.set(qn("w:instr"), "PAGE")
        run = OxmlElement("w:r")
        props = OxmlElement("w:rPr")
        size = OxmlElement("w:sz")
        size.set(qn("w:val"), str(self.size * 2))
        props.append(size)
        run.append(props)
        text = OxmlElement("w:t")
        text.text = "2"
        run.append(text)
        field.append(run)
        paragraph._p.append(field)

    # -- paragraphs ---------------------------------------------------------------------

    def para(
        self,
        text: str,
        *,
        container: Any = None,
        size: float | None = None,
        bold: bool = False,
        italic: bool = False,
        align: str = "justify",
        indent: bool = False,
        after: float = 6,
        before: float = 0,
        keep: bool = False,
    ) -> Any:
        from docx.enum.text import WD_ALIGN_PARAGRAPH

        target = self.doc if container is None else container
        paragraph = target.add_paragraph()
        run = paragraph.add_run(text)
        run.font.size = self.Pt(size if size is not None else self.size)
        run.bold = bold
        run.italic = italic
        paragraph.alignment = {
            "justify": WD_ALIGN_PARAGRAPH.JUSTIFY,
            "center": WD_ALIGN_PARAGRAPH.CENTER,
            "left": WD_ALIGN_PARAGRAPH.LEFT,
        }[align]
        fmt = paragraph.paragraph_format
        fmt.first_line_indent = self.Mm(10) if indent else None
        fmt.space_after = self.Pt(after)
        fmt.space_before = self.Pt(before)
        if keep:
            fmt.keep_with_next = True
        return paragraph

    def rule(self, container: Any, width_mm: float, cell_mm: float) -> None:
        """A centred solid rule ``width_mm`` long: the bottom border of an empty 2 pt paragraph."""
        from docx.enum.text import WD_ALIGN_PARAGRAPH
        from docx.oxml import OxmlElement
        from docx.oxml.ns import qn

        paragraph = container.add_paragraph()
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
        fmt = paragraph.paragraph_format
        side = max((cell_mm - width_mm) / 2, 0)
        fmt.left_indent = fmt.right_indent = self.Mm(side)
        fmt.space_before = self.Pt(3)
        fmt.space_after = self.Pt(0)
        fmt.line_spacing = self.Pt(3)  # exactly: the empty line as thin as the space above
        ppr = paragraph._p.get_or_add_pPr()
        mark = OxmlElement("w:rPr")  # the paragraph mark at 2 pt: the rule hugs the text
        size = OxmlElement("w:sz")
        size.set(qn("w:val"), "4")
        mark.append(size)
        borders = OxmlElement("w:pBdr")
        top = OxmlElement("w:bottom")
        for key, value in (
            ("w:val", "single"),
            ("w:sz", "6"),
            ("w:space", "1"),
            ("w:color", "000000"),
        ):
            top.set(qn(key), value)
        borders.append(top)
        # pPr's children in the schema's order: pBdr before jc and spacing, rPr last
        ppr.insert(0, borders)
        ppr.append(mark)

    def table(self, widths_mm: list[float]) -> Any:
        """A table without borders, its columns ``widths_mm`` wide, one row."""
        from docx.oxml import OxmlElement
        from docx.oxml.ns import qn

        table = self.doc.add_table(rows=1, cols=len(widths_mm))
        table.autofit = False
        props = table._tbl.tblPr
        layout = OxmlElement("w:tblLayout")
        layout.set(qn("w:type"), "fixed")
        props.append(layout)
        # No padding inside the cells: the columns' widths are the text's.
        margins = OxmlElement("w:tblCellMar")
        for side in ("left", "right"):
            margin = OxmlElement(f"w:{side}")
            margin.set(qn("w:w"), "0")
            margin.set(qn("w:type"), "dxa")
            margins.append(margin)
        props.append(margins)
        for cell, width in zip(table.rows[0].cells, widths_mm, strict=True):
            cell.width = self.Mm(width)
            cell.paragraphs[0]._p.getparent().remove(cell.paragraphs[0]._p)
        for column, width in zip(table.columns, widths_mm, strict=True):
            column.width = self.Mm(width)
        return table

    # -- the parts ----------------------------------------------------------------------

    def heading(self, doc: Document) -> None:
        table = self.table([_LEFT_MM, _RIGHT_MM])
        left, right = table.rows[0].cells
        part = 12.5
        for line in doc.issuer.superior:
            self.para(line, container=left, size=part, align="center", after=0)
        for line in doc.issuer.names:
            self.para(line, container=left, size=part, bold=True, align="center", after=0)
        if doc.issuer.mark is not None:
            self.para(doc.issuer.mark, container=left, size=part, align="center", after=0)
        else:
            longest = max(len(line) for line in doc.issuer.names)
            self.rule(left, min(longest * 2.6, _LEFT_MM) / 2.5, _LEFT_MM)
        self.para(doc.number, container=left, size=13, align="center", after=0, before=6)
        first, *rest = doc.nation
        self.para(first, container=right, size=12, bold=True, align="center", after=0)
        for line in rest:
            self.para(line, container=right, size=13, bold=True, align="center", after=0)
        # the motto's rule as long as the motto: about half an em a letter at 13 pt
        if rest:
            self.rule(right, len(rest[-1]) * 2.25, _RIGHT_MM)
        else:
            self.para("", container=right, size=6, after=0)
        self.para(
            doc.date_line,
            container=right,
            size=self.size,
            italic=True,
            align="center",
            before=6,
            after=0,
        )

    def title(self, doc: Document) -> None:
        self.para(doc.kind, bold=True, align="center", before=12, after=0, size=14, keep=True)
        self.para(doc.subject, bold=True, align="center", after=0, size=14, keep=True)
        self.rule(self.doc, 40, _TEXT_WIDTH_MM)
        self.para("", size=6, after=0)
        if doc.notice is not None:
            self.para(doc.notice, bold=True, align="center", after=6)
        if doc.greeting is not None:
            self.para(doc.greeting, align="center", after=6)

    def blocks(self, blocks: tuple[Block, ...]) -> None:
        for block in blocks:
            if isinstance(block, Paragraph):
                self.para(block.text, indent=True, italic=block.role == "finding")
            elif isinstance(block, Items):
                for number, item in enumerate(block.items, 1):
                    mark = f"{number}. " if block.ordered else "- "
                    self.para(mark + item, indent=True)
            else:
                self.para(block.heading, bold=True, indent=True, keep=True, before=3)
                self.blocks(block.blocks)

    def closing(self, doc: Document) -> None:
        self.para("", size=6, after=0)
        if doc.one_band:
            # One issuer: "Nơi nhận" at the left, the signature at the right, one level.
            table = self.table([_RECIPIENTS_MM, _TEXT_WIDTH_MM - _RECIPIENTS_MM])
            left, right = table.rows[0].cells
            self.recipients(left, doc.recipients, before=0)
            self.capacity(right, doc.signatures[0], 1)
            self.name(right, doc.signatures[0])
            return
        # One column per issuer (a joint report has two to four), "Nơi nhận" under them.
        count = len(doc.signatures)
        width = _TEXT_WIDTH_MM / count
        table = self.table([width] * count)
        # Titles in the first row, names in the second: the names line up whatever number
        # of lines each title takes.
        names = table.add_row().cells
        for cell, signature in zip(table.rows[0].cells, doc.signatures, strict=True):
            self.capacity(cell, signature, count)
        for cell, signature in zip(names, doc.signatures, strict=True):
            cell.paragraphs[0]._p.getparent().remove(cell.paragraphs[0]._p)
            self.name(cell, signature)
        self.para("", size=6, after=0)
        self.recipients(self.doc, doc.recipients)

    def capacity(self, cell: Any, signature: Any, columns: int) -> None:
        size = 12 if columns > 1 else 13
        for line in signature.capacity:
            self.para(line, container=cell, size=size, bold=True, align="center", after=0)

    def name(self, cell: Any, signature: Any) -> None:
        for _ in range(4):  # room for the signature and the seal
            self.para("", container=cell, after=0)
        self.para(signature.name or BLANK_NAME, container=cell, bold=True, align="center", after=0)

    def recipients(self, container: Any, entries: tuple[str, ...], before: float = 6) -> None:
        self.para(
            RECIPIENTS_HEADING,
            container=container,
            size=12,
            bold=True,
            italic=True,
            align="left",
            after=0,
            before=before,
        )
        for entry in entries:
            self.para(f"- {entry}", container=container, size=11, align="left", after=0)

    def appendix(self, doc: Document) -> None:
        from docx.enum.text import WD_BREAK

        appendix = doc.appendix
        if appendix is None:
            return
        self.doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        self.para(appendix.heading, bold=True, align="center", size=14, after=0)
        self.para(appendix.title, bold=True, align="center", size=13, after=0)
        self.para(appendix.reference, italic=True, align="center", after=0)
        self.rule(self.doc, 40, _TEXT_WIDTH_MM)
        self.para("", size=6, after=0)
        self.blocks(appendix.sections)
        if appendix.sources:
            number = ("I", "II", "III", "IV", "V", "VI")[len(appendix.sections)]
            self.para(f"{number}. {SOURCES_HEADING.upper()}", bold=True, indent=True, keep=True)
            for index, (source, url) in enumerate(
                zip(appendix.sources, appendix.source_urls, strict=True), 1
            ):
                self.para(f"{index}. {source}" + (f" ({url})" if url else ""), indent=True)

    def save(self, doc: Document) -> bytes:
        self.doc.core_properties.title = doc.title
        self.doc.core_properties.language = "vi-VN"
        self.doc.core_properties.author = ""
        out = io.BytesIO()
        self.doc.save(out)
        return out.getvalue()


def render_docx(doc: Document, *, font_size: int = 14) -> bytes:
    """The document as a .docx file's bytes (see the module's notes for every measure)."""
    writer = _Writer(font_size)
    # python-docx's template starts with one empty paragraph: the heading table goes first.
    body = writer.doc.element.body
    for paragraph in list(writer.doc.paragraphs):
        body.remove(paragraph._p)
    writer.heading(doc)
    writer.title(doc)
    writer.blocks(doc.intro)
    writer.blocks(doc.sections)
    writer.closing(doc)
    writer.appendix(doc)
    return writer.save(doc)
