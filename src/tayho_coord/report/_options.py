"""What every document of the library shares around its body, and the options that set it.

A builder (the review's report, a record's report, a plan, a program, an invitation) says
only what is its own: its type, issuers, subject, opening and sections. :func:`compose`
adds the parts every administrative document has (Nghị định 30/2020/NĐ-CP, Phụ lục I,
Phần I, mục II: the issuer, ``Số:``, the place and date line, the signatures, ``Nơi
nhận``) and the appendix (mục III, khoản 1), from the caller's :class:`DocumentOptions`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import TYPE_CHECKING

from attrs import frozen

from tayho_coord import vi
from tayho_coord.errors import ValidationError
from tayho_coord.report._document import (
    Appendix,
    Document,
    Issuer,
    Section,
    Signature,
    map_text,
)
from tayho_coord.report._parts import (
    BLANK,
    NATION,
    Signer,
    abbreviate_after_first_use,
    date_line,
    documents_dashes,
    issuer_block,
    issuing_body,
    joint_name,
    number_line,
    recipients,
    signatures,
    symbol_of,
)

if TYPE_CHECKING:
    from collections.abc import Iterable

    from tayho_coord.model import Agency, Roster, Source
    from tayho_coord.report._document import Block

__all__ = [
    "APPENDIX_HEADING",
    "APPENDIX_TITLE",
    "DocumentOptions",
    "appendix_reference",
    "build_appendix",
    "compose",
    "finish",
    "numbered",
    "source_entry",
]

APPENDIX_HEADING = "PHỤ LỤC"
APPENDIX_TITLE = "NGUỒN VÀ CƠ SỞ SỐ LIỆU"

# The kinds of document the library writes, by their type code (ND30, Phụ lục III, "Bảng
# chữ viết tắt tên loại văn bản"): the name in the appendix's reference ("Kèm theo Báo cáo
# số …"), and in capitals the kind under the header (khoản 5, "BÁO CÁO").
KIND_NAMES = {
    "BC": "Báo cáo",
    "TB": "Thông báo",
    "KH": "Kế hoạch",
    "CTr": "Chương trình",
    "QC": "Quy chế",
    "GM": "Giấy mời",
}

_ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X")


@frozen
class DocumentOptions:
    """What the caller sets of a document, the same for every kind: the parts it fills.

    :func:`tayho_coord.report.render` takes these as its keyword arguments (``place=``,
    ``issued=``, ``number=``, ``signers=``, ``recipients=``, ``appendix=``) and checks
    them; each builder hands them to :func:`compose`. None leaves a part to fill by hand.

    Attributes:
        place: The place of the date line; None for the issuers' seat.
        issued: The issue date; None leaves the day and month to fill by hand (a plan or a
            program the record dates bears its own date instead).
        number: The document's number; None leaves it to fill by hand.
        signers: One per issuer, or None: the heads on the issue date from the roster.
        recipients: The entries of "Nơi nhận" before ``Lưu: VT.``; None leaves one line.
        appendix: Whether to add the appendix (sources, basis of the figures, findings).
    """

    place: str | None = None
    issued: dt.date | None = None
    number: int | None = None
    signers: Sequence[Signer | str | None] | None = None
    recipients: Sequence[str] | None = None
    appendix: bool = True


def numbered(sections: Iterable[Section]) -> tuple[Section, ...]:
    """The sections headed ``I. …``, ``II. …`` in their order, each keeping its level."""
    return tuple(
        Section(f"{_ROMAN[i]}. {s.heading}", s.blocks, s.level) for i, s in enumerate(sections)
    )


def source_entry(source: Source) -> str:
    """A source as the appendix lists it: title, publisher, author, date."""
    parts = [source.title]
    if source.publisher:
        parts.append(source.publisher)
    if source.author:
        parts.append(f"tác giả {source.author}")
    if source.published is not None:
        published = source.published
        parts.append(vi.format_date(published.to_date()) if published.is_exact else published.iso())
    return ", ".join(parts)


def _at_level(section: Section, level: int) -> Section:
    """``section`` at ``level``, its own subsections one level below."""
    blocks = tuple(_at_level(b, level + 1) if isinstance(b, Section) else b for b in section.blocks)
    return Section(section.heading, blocks, level)


def build_appendix(
    reference: str, sections: Sequence[Section], sources: Sequence[Source]
) -> Appendix:
    """The appendix: its numbered sections, then the sources (ND30, Phụ lục I, mục III, khoản 1).

    Its sections are one level below the appendix's heading (level 3), as its sources'
    section is: siblings ``I.``, ``II.``, ``III. NGUỒN`` at one level, whichever builder
    made them.
    """
    return Appendix(
        heading=APPENDIX_HEADING,
        title=APPENDIX_TITLE,
        reference=reference,
        sections=numbered(_at_level(s, 3) for s in sections),
        sources=tuple(source_entry(s) for s in sources),
        source_urls=tuple(s.url for s in sources),
    )


def appendix_reference(
    kind_name: str, number_text: str, dated: str, issuers: Sequence[Agency]
) -> str:
    """The line under the appendix's title tying it to its document.

    ND30, Phụ lục I, Phần I, mục III, khoản 1 (Phụ lục) and its sample: "(Kèm theo … số
    …/… ngày … tháng … năm … của …)" — the kind of document, its number and symbol, the
    date with no comma before "ngày", then the issuer the header names
    (:func:`~tayho_coord.report._parts.issuing_body`); the parts not known are left to fill
    by hand as in the document itself.

    Examples:
        >>> appendix_reference("Báo cáo", "Số: …/BC-HĐND", "Tây Hồ, ngày … tháng … năm 2020", [])
        '(Kèm theo Báo cáo số …/BC-HĐND ngày … tháng … năm 2020)'
    """
    number = number_text.removeprefix("Số: ").removeprefix("Số ")
    date = dated.split(", ", 1)[1]
    by = f" của {joint_name([issuing_body(a) for a in issuers])}" if issuers else ""
    return f"(Kèm theo {kind_name} số {number} {date}{by})"


def finish(doc: Document) -> Document:
    """Abbreviations introduced at first use in the body, the documents' dashes everywhere."""
    return map_text(doc, abbreviate_after_first_use(), documents_dashes)


def _unnamed_issuer(
    signers: Sequence[Signer | str | None] | None,
) -> tuple[Issuer, tuple[Signature, ...]]:
    """The header and the signature of a document whose record names no issuer.

    ND30, Phụ lục I, mục II, khoản 2 and 7: the issuer's name and the signer's capacity are
    left to fill by hand; a signer's name given is kept.
    """
    if signers is not None and len(signers) != 1:
        raise ValidationError(
            "signers", tuple(signers), "give one signer: the record names no issuer"
        )
    given = None if signers is None else signers[0]
    name = given if isinstance(given, str) else (given.name if given else None)
    return Issuer((), (BLANK,)), (Signature((BLANK,), name),)


def compose(
    options: DocumentOptions,
    *,
    type_code: str,
    issuers: Sequence[Agency],
    seat: str,
    year: int | None,
    subject: str,
    title: str,
    intro: Sequence[Block],
    sections: Sequence[Section],
    roster: Roster | None = None,
    sources: Sequence[Source] = (),
    notes: Sequence[Section] = (),
    own_number: str | None = None,
    announced: bool = False,
    figures: tuple[tuple[str, str], ...] = (),
) -> Document:
    """A document: its own parts, and the parts every document has, set by ``options``.

    Args:
        options: What the caller set: place, issue date, number, signers, recipients,
            whether to add the appendix.
        type_code: The kind's code (ND30, Phụ lục III: ``BC``, ``TB``, ``KH``, ``CTr``,
            ``QC``, ``GM``): the number's symbol, the kind under the header, the kind the
            appendix refers to.
        issuers: The issuing bodies; none where the record names none (left to fill by
            hand, with one signer at the most).
        seat: The place of the date line unless ``options.place`` is given.
        year: The year of the date line without an issue date (None: left to fill).
        subject: The trích yếu, as it reads.
        title: The HTML page title.
        intro: The opening paragraphs.
        sections: The body's sections, numbered here in their order (``I. …``).
        roster: Who held which post when: the signers by default.
        sources: The sources cited: in the appendix, and the illustrative data's notice.
        notes: The appendix's own sections (the basis of the figures), before the sources.
        own_number: The number line the record holds for the document (``Số: 10/KH-HĐND``),
            used as printed.
        announced: The body points to the appendix: it is added even with nothing in it.
        figures: Charts for the HTML rendering.
    """
    from tayho_coord.report._common import ILLUSTRATIVE_NOTICE, is_illustrative

    where = options.place if options.place is not None else seat
    number_text = own_number or number_line(
        type_code, symbol_of(issuers) if issuers else BLANK, options.number
    )
    dated = date_line(where, options.issued, year)
    if issuers:
        issuer = issuer_block(issuers)
        signed = signatures(issuers, options.signers, roster, options.issued)
    else:
        issuer, signed = _unnamed_issuer(options.signers)
    kind_name = KIND_NAMES[type_code]
    annex = None
    if options.appendix and (announced or sources or notes):
        reference = appendix_reference(kind_name, number_text, dated, issuers)
        annex = build_appendix(reference, notes, sources)
    doc = Document(
        issuer=issuer,
        nation=NATION,
        number=number_text,
        date_line=dated,
        kind=kind_name.upper(),
        subject=subject,
        title=title,
        intro=tuple(intro),
        sections=numbered(sections),
        signatures=signed,
        recipients=recipients(options.recipients),
        appendix=annex,
        notice=ILLUSTRATIVE_NOTICE if is_illustrative(sources) else None,
        figures=figures,
    )
    return finish(doc)
