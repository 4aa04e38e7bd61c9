"""The document of a voter contact held (:class:`~tayho_coord.model.VoterContact`).

A BÁO CÁO kết quả tiếp xúc cử tri, as the body that organised the contact files it (the
Thường trực HĐND, the Ban Thường trực UBMTTQ), in the parts of Nghị định 30/2020/NĐ-CP,
Phụ lục I, through the one document tree of :mod:`tayho_coord.report` (Markdown, HTML,
text, Word, PDF). A contact whose source names no organiser (a National Assembly delegation
is no body the model holds as an issuer) leaves the issuer to fill by hand. The figures are
stated as printed, with the source's own nouns and words ("trên 75 lượt cử tri phát
biểu"); a figure the source does not print is not stated, and the sources and the figures'
basis go to the appendix.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from tayho_coord import vi
from tayho_coord.report._document import Block, Items, Paragraph, Section
from tayho_coord.report._figures import check_paragraphs, stated_checks
from tayho_coord.report._parts import capitalize, punctuate
from tayho_coord.report._records import _document

if TYPE_CHECKING:
    from tayho_coord.model import ContactFigure, Delegation, VoterContact
    from tayho_coord.report._document import Document
    from tayho_coord.report._options import DocumentOptions

__all__ = ["build_voter_contact", "contact_lines", "contact_sentence", "figure_line"]

# Each figure said with its role, in Vietnamese (review 5, D10): a bare "5 ý kiến" does not
# say it is the number answered on the spot. Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I,
# mục II, khoản 6 ("Nội dung văn bản"): the body says what each figure is, in plain
# Vietnamese; the roles are the model's (VoterContact: meetings, voters, speakers,
# opinions, answered).
_ROLE_LABELS = {
    "meetings": "số cuộc, điểm tiếp xúc",
    "voters": "cử tri tham dự",
    "speakers": "cử tri phát biểu",
    "opinions": "ý kiến, kiến nghị cử tri nêu",
    "answered": "trả lời trực tiếp",
}


def figure_line(figure: ContactFigure) -> str:
    """``Trả lời trực tiếp: 5 ý kiến``: the figure's role, then the figure as printed.

    Examples:
        >>> from tayho_coord.model import ContactFigure, PrintedFigure, StatedFigure
        >>> figure_line(ContactFigure("answered", StatedFigure("ý kiến", PrintedFigure("5"))))
        'Trả lời trực tiếp: 5 ý kiến'
        >>> figure_line(ContactFigure("answered",
        ...     StatedFigure("ý kiến trả lời trực tiếp", PrintedFigure("2"))))
        '2 ý kiến trả lời trực tiếp'
    """
    label = _ROLE_LABELS[figure.role]
    if label in figure.text:  # "2 ý kiến trả lời trực tiếp": its words say the role
        return capitalize(figure.text)
    return f"{capitalize(label)}: {figure.text}"


def _who(delegation: Delegation) -> str:
    """The delegation, with the deputies the source names: ``…, gồm: A, Trưởng đoàn; B``."""
    label = delegation.label
    if not delegation.members:
        return label
    return f"{label} (gồm: {'; '.join(m.label for m in delegation.members)})"


def _sessions(contact: VoterContact) -> list[str]:
    """The sessions its delegations report on, each said once, in their order."""
    texts = [t for d in contact.delegations if (t := d.session_text) is not None]
    return list(dict.fromkeys(texts))


def contact_sentence(contact: VoterContact) -> str:
    """The contact in one sentence, as an article words it.

    ``Chiều ngày 14/9/2021, đại biểu Hội đồng nhân dân huyện Đức Linh (gồm: …) tiếp xúc cử
    tri xã Trà Tân, sau kỳ họp thứ 2 Hội đồng nhân dân huyện Đức Linh khóa XII.`` A contact
    known only from an article's day is said ``theo tin ngày …``, never on that day.
    """
    when = contact.held_text
    if when is not None and contact.part_of_day is not None:
        when = f"{contact.part_of_day.value} {when}"
    if when is None:
        when = contact.time_label
    who = vi.format_list([_who(d) for d in contact.delegations])
    text = f"{capitalize(when)}, {who} {contact.name}"
    if contact.subject is not None:
        text += f" {contact.subject}"
    text += f" {contact.unit}" if not contact.areas else f" {vi.format_list(list(contact.areas))}"
    if contact.places:
        text += f" tại {vi.format_list(list(contact.places))}"
    sessions = _sessions(contact)
    if sessions:
        text += f", {vi.format_list(sessions)}"
    return text + "."


def _organised(contact: VoterContact) -> str | None:
    """Who organised it (``Thường trực HĐND huyện phối hợp với … tổ chức``)."""
    if contact.organiser is None:
        return None
    text = contact.organiser.common_name
    if contact.partners:
        text += f" phối hợp với {vi.format_list([p.common_name for p in contact.partners])}"
    return f"{capitalize(text)} tổ chức {contact.name}."


def _results(contact: VoterContact) -> list[Block]:
    blocks: list[Block] = []
    stated = [figure_line(f) for f in contact.stated]
    if stated:
        blocks.append(Items(punctuate(stated)))
    if contact.answering:
        said = vi.format_list(list(contact.answering))
        blocks.append(Paragraph(f"Trả lời, giải trình tại buổi tiếp xúc: {said}."))
    return blocks


def _basis(figure: ContactFigure) -> str:
    """Where the figure is from, and whether it is a value (its word is kept: "trên 75")."""
    if figure.is_exact:
        return "(theo số liệu công bố)"
    # "hơn", "trên", "gần", "khoảng": a bound or an approximation, said as the audit says it
    return "(theo số liệu công bố, không phải số chính xác)"


def contact_lines(contact: VoterContact) -> list[str]:
    """The lines of a contact's summary, one fact a line, figures marked as printed."""
    lines = [contact_sentence(contact)]
    organised = _organised(contact)
    if organised is not None:
        lines.append(organised)
    if contact.plan is not None:
        lines.append(f"Căn cứ: {contact.plan.label}")
    lines.extend(f"{figure_line(f)} (theo số liệu công bố)" for f in contact.stated)
    if contact.answering:
        lines.append(f"Trả lời tại buổi tiếp xúc: {vi.format_list(list(contact.answering))}")
    return lines


def build_voter_contact(contact: VoterContact, options: DocumentOptions) -> Document:
    """The BÁO CÁO kết quả tiếp xúc cử tri of ``contact``, issued by its organiser.

    The subject names the sessions the contact precedes or follows (``kết quả tiếp xúc cử
    tri sau kỳ họp thứ 8 Hội đồng nhân dân huyện Chợ Đồn khóa XIX``), else its time; the
    body says who met the voters of which unit, when and where, the plan it carried out,
    and its figures as printed. The date line is at the organiser's seat, else at that of
    the first delegation's unit (ND30, Phụ lục I, "Địa danh"); its year is left to fill, as
    a report may be issued the year after.
    """
    sessions = _sessions(contact)
    subject = f"kết quả {contact.name}"
    if contact.subject is not None:
        subject += f" {contact.subject}"
    subject += f" {vi.format_list(sessions)}" if sessions else f" {contact.time_label}"
    intro: list[Block] = []
    if contact.plan is not None:
        intro.append(Paragraph(f"Thực hiện {contact.plan.label}."))
    organised = _organised(contact)
    if organised is not None:
        intro.append(Paragraph(organised))
    intro.append(Paragraph(contact_sentence(contact)))
    figures = [f.figure for f in contact.stated]
    notes: list[Section] = []
    if figures:
        # each figure as printed, its word kept ("trên 75": more than 75, not 75)
        lines = [f"{figure_line(f)} {_basis(f)}" for f in contact.stated]
        checks = check_paragraphs(stated_checks(figures))
        notes.append(Section("CƠ SỞ CÁC SỐ LIỆU", (Items(punctuate(lines)), *checks)))
    citations = [
        *contact.sources,
        *(c for d in contact.delegations for c in d.sources),
        *(c for d in contact.delegations for m in d.members for c in m.sources),
        *(c for f in figures for c in f.sources),
    ]
    issuers = () if contact.organiser is None else (contact.organiser,)
    seat = contact.organiser.unit if contact.organiser is not None else None
    seat = seat or contact.delegations[0].unit
    return _document(
        options,
        type_code="BC",
        issuers=issuers,
        subject=subject,
        place=contact.unit.place_name,
        seat=seat.place_name,
        # a report may be issued the year after: no year is assumed
        year=None,
        intro=intro,
        sections=[("KẾT QUẢ TIẾP XÚC CỬ TRI", _results(contact))],
        citations=citations,
        notes=notes,
    )
