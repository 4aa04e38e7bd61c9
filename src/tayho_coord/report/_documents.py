"""Other documents of the coordination cycle, from the records the library holds.

- the Chương trình phối hợp itself, from a :class:`~tayho_coord.model.CoordinationProgram`
  (type code ``CTr``, Nghị định 30/2020/NĐ-CP, Phụ lục III): its content areas, key tasks,
  planned activities with their lead body, partners and timing, and its standing agency;
- the Giấy mời to a review conference, from a :class:`~tayho_coord.model.ProgramReview`
  (type code ``GM``): the conference, its day, the hour and the venue where given
  (``Vào lúc 14 giờ 00, thứ Ba, ngày 11/02/2020``).

Both share the parts of every document (:mod:`tayho_coord.report._parts`); nothing the data
does not hold is filled in.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from tayho_coord import vi
from tayho_coord.model import AgreementKind
from tayho_coord.report._build import (
    appendix_reference,
    build_appendix,
    finish,
    joint_name,
)
from tayho_coord.report._document import Block, Document, Items, Paragraph, Section
from tayho_coord.report._parts import (
    BLANK,
    NATION,
    capitalize,
    date_line,
    issuer_block,
    number_line,
    punctuate,
    recipients,
    signatures,
    symbol_of,
)

if TYPE_CHECKING:
    import datetime as dt
    from collections.abc import Sequence

    from tayho_coord.model import CoordinationProgram, PlannedActivity, ProgramReview, Roster
    from tayho_coord.report._parts import Signer

__all__ = ["build_invitation", "build_program"]

_ROMAN = ("I", "II", "III", "IV", "V")


def _planned_entry(activity: PlannedActivity) -> str:
    parts = [activity.subject]
    if activity.lead is not None:
        who = f"{activity.lead.common_name} chủ trì"
        if activity.partners:
            who += f", {vi.format_list([p.common_name for p in activity.partners])} phối hợp"
        parts.append(who)
    elif activity.partners:
        parts.append(f"{vi.format_list([p.common_name for p in activity.partners])} phối hợp")
    parts.append(f"thời gian: {activity.timing.text[:1].lower()}{activity.timing.text[1:]}")
    return "; ".join(parts)


def build_program(
    program: CoordinationProgram,
    *,
    place: str | None = None,
    issued: dt.date | None = None,
    number: int | None = None,
    signers: Sequence[Signer | str | None] | None = None,
    recipients_: Sequence[str] | None = None,
    appendix: bool = True,
    roster: Roster | None = None,
) -> Document:
    """The Chương trình phối hợp (or the Quy chế phối hợp of a term) as a document tree.

    A yearly program is a CHƯƠNG TRÌNH (type code ``CTr``), a regulation a QUY CHẾ (``QC``,
    ND30, Phụ lục III), each named with its own period: "Chương trình phối hợp công tác năm
    2020", "Quy chế phối hợp công tác … nhiệm kỳ 2021-2026" (the subject as real regulations
    word it: Quy chế 06/QC-TT.HĐND-UBND of Hòa Bình, "… giữa Thường trực Hội đồng nhân dân
    tỉnh - Ủy ban nhân dân tỉnh nhiệm kỳ 2016 - 2021", whose parties "thống nhất ban hành"
    it). Any period renders; nothing assumes a calendar year.

    The date line is the issue date given, else the signing day where the data holds it in
    full (the day the parties signed the program is its date), else left to fill by hand.
    The signers are the heads on that date in ``roster`` (the review's, for the program
    signed at a review), else left to fill by hand.
    """
    from tayho_coord.model import cited_sources
    from tayho_coord.report._common import ILLUSTRATIVE_NOTICE, is_illustrative

    where = place if place is not None else program.unit.place_name
    signed = program.signed_on
    when = issued
    if when is None and signed is not None and signed.is_exact:
        when = signed.to_date()
    year = when.year if when is not None else (signed.year if signed is not None else None)
    parties = joint_name(program.parties)
    period = program.period.label
    regulation = program.kind is AgreementKind.REGULATION
    name = f"{program.kind.label} công tác {period}"
    sections: list[tuple[str, list[Block]]] = []
    content: list[Block] = []
    if program.content_areas:
        content.append(Paragraph("Các cơ quan phối hợp trong các lĩnh vực:"))
        content.append(Items(punctuate(a.label for a in program.content_areas)))
    tasks = program.key_tasks
    if tasks.total is not None:
        text = f"{capitalize(period)} tập trung thực hiện "
        text += vi.format_count(tasks.total, noun="nhiệm vụ trọng tâm")
        if tasks.items:
            lead = text + (", trong đó có:" if not tasks.is_complete else ":")
            content.append(Paragraph(lead))
            content.append(Items(punctuate(t.text for t in tasks.items), ordered=True))
        else:
            content.append(Paragraph(text + "."))
    if content:
        sections.append(("NỘI DUNG PHỐI HỢP", content))
    if program.planned:
        sections.append(
            (
                "CÁC HOẠT ĐỘNG PHỐI HỢP",
                [Items(punctuate(_planned_entry(a) for a in program.planned))],
            )
        )
    if program.standing_agency is not None:
        sections.append(
            (
                "TỔ CHỨC THỰC HIỆN",
                [Paragraph(f"Cơ quan thường trực {period}: {program.standing_agency.full_name}.")],
            )
        )
    numbered = tuple(
        Section(f"{_ROMAN[i]}. {heading}", tuple(blocks))
        for i, (heading, blocks) in enumerate(sections)
    )
    agree = "thống nhất ban hành" if regulation else "thống nhất"
    intro: list[Block] = [Paragraph(f"{parties} {agree} {name} như sau:")]
    sources = list(cited_sources(program))
    number_text = number_line("QC" if regulation else "CTr", symbol_of(program.parties), number)
    dated = date_line(where, when, year)
    annex = None
    if appendix and sources:
        reference = appendix_reference(
            "Quy chế" if regulation else "Chương trình", number_text, dated, program.parties
        )
        annex = build_appendix(reference, [], sources)
    doc = Document(
        issuer=issuer_block(program.parties),
        nation=NATION,
        number=number_text,
        date_line=dated,
        kind="QUY CHẾ" if regulation else "CHƯƠNG TRÌNH",
        subject=(
            f"Phối hợp công tác giữa {parties} {period}"
            if regulation
            else f"Phối hợp công tác {period} giữa {parties}"
        ),
        title=f"{name} - {program.unit.display(start=True)}",
        intro=tuple(intro),
        sections=numbered,
        signatures=signatures(program.parties, signers, roster, when),
        recipients=recipients(recipients_),
        appendix=annex,
        notice=ILLUSTRATIVE_NOTICE if is_illustrative(sources) else None,
    )
    return finish(doc)


def _clock(at: dt.time | None) -> str:
    """``14 giờ 00``; ``… giờ …`` where the hour is not given."""
    if at is None:
        return f"{BLANK} giờ {BLANK}"
    return f"{at.hour:02d} giờ {at.minute:02d}"


def build_invitation(
    review: ProgramReview,
    *,
    place: str | None = None,
    issued: dt.date | None = None,
    number: int | None = None,
    signers: Sequence[Signer | str | None] | None = None,
    recipients_: Sequence[str] | None = None,
    at: dt.time | None = None,
    venue: str | None = None,
) -> Document:
    """The Giấy mời to the review conference as a document tree.

    "Vào lúc 14 giờ 00, thứ Ba, ngày 11/02/2020": the hour where given (the data holds only
    the part of the day), the weekday with its capital (Phụ lục II: ``thứ Ba``), the day.
    """
    program = review.reviewed
    hosts = review.hosts or program.parties
    where = place if place is not None else program.unit.place_name
    what = (
        "hội nghị tổng kết, đánh giá, rút kinh nghiệm kết quả thực hiện Chương trình phối hợp "
        f"công tác năm {program.year}"
    )
    if review.signed is not None:
        what += f" và ký kết Chương trình phối hợp công tác năm {review.signed.year}"
    day = f"{vi.weekday_name(review.held_on)}, ngày {vi.format_date(review.held_on)}"
    if at is None and review.part_of_day is not None:
        day = f"{review.part_of_day.value} {day}"
    body: list[Block] = [
        Paragraph(f"{joint_name(hosts)} trân trọng kính mời:"),
        Paragraph(BLANK if not recipients_ else vi.format_list(list(recipients_))),
        Paragraph(f"Tới dự {what}."),
        Paragraph(f"Thời gian: Vào lúc {_clock(at)}, {day}."),
        Paragraph(f"Địa điểm: {venue}." if venue else f"Địa điểm: {BLANK}"),
        Paragraph("Rất mong đồng chí đến dự đúng thời gian."),
    ]
    doc = Document(
        issuer=issuer_block(hosts),
        nation=NATION,
        number=number_line("GM", symbol_of(hosts), number),
        # sent before the conference, perhaps the year before: no year is assumed
        date_line=date_line(where, issued, None),
        kind="GIẤY MỜI",
        subject=capitalize(f"dự {what}"),
        title=f"Giấy mời dự {what} - {program.unit.display(start=True)}",
        intro=tuple(body),
        sections=(),
        signatures=signatures(hosts, signers, review.roster, issued),
        recipients=recipients(recipients_),
    )
    return finish(doc)
