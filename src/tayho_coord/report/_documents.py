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

from attrs import evolve

from tayho_coord import vi
from tayho_coord.model import AgreementKind
from tayho_coord.report._document import Block, Document, Items, Paragraph, Section
from tayho_coord.report._options import DocumentOptions, compose
from tayho_coord.report._parts import BLANK, capitalize, joint_name, own_number_line, punctuate

if TYPE_CHECKING:
    import datetime as dt

    from tayho_coord.model import CoordinationProgram, PlannedActivity, ProgramReview, Roster

__all__ = ["build_invitation", "build_program"]


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
    options: DocumentOptions,
    *,
    roster: Roster | None = None,
) -> Document:
    """The Chương trình phối hợp (or the Quy chế phối hợp of a term) as a document tree.

    A yearly program is a CHƯƠNG TRÌNH (type code ``CTr``), a regulation a QUY CHẾ (``QC``,
    ND30, Phụ lục III), each named with its own period: "Chương trình phối hợp công tác năm
    2020", "Quy chế phối hợp công tác … nhiệm kỳ 2021-2026" (the subject as real regulations
    word it: Quy chế 06/QC-TT.HĐND-UBND of Hòa Bình, "… giữa Thường trực Hội đồng nhân dân
    tỉnh - Ủy ban nhân dân tỉnh nhiệm kỳ 2016 - 2021", whose parties "thống nhất ban hành"
    it). Any period renders; nothing assumes a calendar year, and a period the source does
    not state (:data:`~tayho_coord.model.NOT_STATED`) is left out of the words.

    The date line is the issue date given, else the signing day where the data holds it in
    full (the day the parties signed the program is its date), else left to fill by hand.
    The signers are the heads on that date in ``roster`` (the review's, for the program
    signed at a review), else left to fill by hand.
    """
    from tayho_coord.model import cited_sources

    signed = program.signed_on
    when = options.issued
    if when is None and signed is not None and signed.is_exact:
        when = signed.to_date()
    year = when.year if when is not None else (signed.year if signed is not None else None)
    parties = joint_name(program.parties)
    # No words for a period the source does not state (NOT_STATED): none is made up.
    period = program.period.label if program.period_stated else ""
    during = f" {period}" if period else ""
    regulation = program.kind is AgreementKind.REGULATION
    name = f"{program.kind.label} công tác{during}"
    sections: list[tuple[str, list[Block]]] = []
    content: list[Block] = []
    if program.content_areas:
        content.append(Paragraph("Các cơ quan phối hợp trong các lĩnh vực:"))
        content.append(Items(punctuate(a.label for a in program.content_areas)))
    tasks = program.key_tasks
    if tasks.total is not None:
        text = f"{capitalize(period or program.kind.label)} tập trung thực hiện "
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
                [Paragraph(f"Cơ quan thường trực{during}: {program.standing_agency.full_name}.")],
            )
        )
    agree = "thống nhất ban hành" if regulation else "thống nhất"
    return compose(
        evolve(options, issued=when),
        type_code="QC" if regulation else "CTr",
        issuers=program.parties,
        seat=program.unit.place_name,
        year=year,
        subject=(
            f"Phối hợp công tác giữa {parties}{during}"
            if regulation
            else f"Phối hợp công tác{during} giữa {parties}"
        ),
        title=f"{name} - {program.unit.display(start=True)}",
        intro=[Paragraph(f"{parties} {agree} {name} như sau:")],
        sections=[Section(heading, tuple(blocks)) for heading, blocks in sections],
        roster=roster,
        sources=list(cited_sources(program)),
        # the symbol the record holds is printed as it is (a number given replaces its own)
        own_number=(
            None if program.symbol is None else own_number_line(program.symbol, options.number)
        ),
    )


def _clock(at: dt.time | None) -> str:
    """``14 giờ 00``; ``… giờ …`` where the hour is not given."""
    if at is None:
        return f"{BLANK} giờ {BLANK}"
    return f"{at.hour:02d} giờ {at.minute:02d}"


def build_invitation(
    review: ProgramReview,
    options: DocumentOptions,
    *,
    at: dt.time | None = None,
    venue: str | None = None,
) -> Document:
    """The Giấy mời to the review conference as a document tree.

    "Vào lúc 14 giờ 00, thứ Ba, ngày 11/02/2020": the hour where given (the data holds only
    the part of the day), the weekday with its capital (Phụ lục II: ``thứ Ba``), the day.
    """
    program = review.reviewed
    hosts = review.hosts or program.parties
    given = options.recipients
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
        Paragraph(BLANK if not given else vi.format_list(list(given))),
        Paragraph(f"Tới dự {what}."),
        Paragraph(f"Thời gian: Vào lúc {_clock(at)}, {day}."),
        Paragraph(f"Địa điểm: {venue}." if venue else f"Địa điểm: {BLANK}"),
        Paragraph("Rất mong đồng chí đến dự đúng thời gian."),
    ]
    return compose(
        options,
        type_code="GM",
        issuers=hosts,
        seat=program.unit.place_name,
        # sent before the conference, perhaps the year before: no year is assumed
        year=None,
        subject=capitalize(f"dự {what}"),
        title=f"Giấy mời dự {what} - {program.unit.display(start=True)}",
        intro=body,
        sections=[],
        roster=review.roster,
    )
