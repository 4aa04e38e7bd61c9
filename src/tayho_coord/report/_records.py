"""The documents of the records of their own (issue 11): meetings, hearings, petition reports.

- the BÁO CÁO of a :class:`~tayho_coord.model.Meeting` of each kind, named as the meeting is
  (``hội nghị sơ kết 6 tháng đầu năm 2020 thực hiện Chương trình phối hợp năm 2020``: a sơ
  kết is never called a tổng kết);
- the THÔNG BÁO kết luận of a reviewing meeting (type code ``TB``, Nghị định 30/2020/NĐ-CP,
  Phụ lục III);
- the Báo cáo kết quả phiên giải trình, from a :class:`~tayho_coord.model.Hearing`: issued by
  its organiser (the Thường trực HĐND ``tổ chức``; the bodies named as partners
  ``phối hợp``, never the organiser);
- the Báo cáo kết quả giám sát (khảo sát, kiểm tra), from an
  :class:`~tayho_coord.model.OversightActivity`, issued by its lead body;
- the report on voter petitions, from a :class:`~tayho_coord.model.PetitionReport`: the
  source's own noun (``ý kiến``, ``nội dung``…) and its own scale's labels kept.

Every document has the parts of ND30, Phụ lục I (:mod:`tayho_coord.report._parts`); the
sources, the figures as printed and what the library computed go to the appendix
(``PHỤ LỤC``), never into the body. An issuer the record does not name is left to fill by
hand (``…``), never guessed.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from attrs import evolve

from tayho_coord import vi
from tayho_coord.errors import ValidationError
from tayho_coord.model._periods import day_text
from tayho_coord.report._common import COMPUTED
from tayho_coord.report._document import Block, Document, Items, Paragraph, Section
from tayho_coord.report._figures import check_paragraphs, parts_paragraphs, stated_checks
from tayho_coord.report._options import DocumentOptions, compose
from tayho_coord.report._parts import BLANK, capitalize, chairs_by_role, joint_name, punctuate

if TYPE_CHECKING:
    from collections.abc import Sequence

    from tayho_coord.model import (
        Agency,
        Citation,
        Finding,
        Hearing,
        Meeting,
        OutcomeCount,
        OversightActivity,
        PartialDate,
        PetitionPart,
        PetitionReport,
        ReportingPeriod,
        Roster,
        Source,
        StatedFigure,
    )

__all__ = [
    "activity_blocks",
    "activity_citations",
    "build_activity_plan",
    "build_conclusion",
    "build_hearing",
    "build_meeting",
    "build_petitions",
]


def _sources(citations: Sequence[Citation]) -> list[Source]:
    return list({c.source.id: c.source for c in citations}.values())


def _finding_sources(findings: Sequence[Finding]) -> list[Citation]:
    return [c for f in findings for c in f.sources]


def _document(
    options: DocumentOptions,
    *,
    type_code: str,
    issuers: Sequence[Agency],
    subject: str,
    place: str,
    year: int | None,
    intro: Sequence[Block],
    sections: Sequence[tuple[str, Sequence[Block]]],
    citations: Sequence[Citation],
    notes: Sequence[Section] = (),
    roster: Roster | None = None,
    seat: str | None = None,
    own_number: str | None = None,
) -> Document:
    """A document of one record, its parts in ND30's order, its notes in the appendix.

    ``place`` names the record's unit in the title and is the date line's place unless
    ``seat`` is given; a section with nothing in it is left out. ``own_number`` is the
    number line of a document whose number the record holds (the plan a record names,
    ``Số: 10/KH-HĐND``), used as printed.
    """
    return compose(
        options,
        type_code=type_code,
        issuers=issuers,
        seat=place if seat is None else seat,
        year=year,
        subject=capitalize(subject),
        title=f"{capitalize(subject)} - {place}",
        intro=intro,
        sections=[Section(heading, tuple(blocks)) for heading, blocks in sections if blocks],
        roster=roster,
        sources=_sources(citations),
        notes=notes,
        own_number=own_number,
    )


def _at(held_on: PartialDate) -> str:
    """When, inside a sentence after its verb: ``ngày 9/6/2020``, ``trong tháng 6/2020``.

    A day is introduced by ``ngày`` itself; a month or a year is a span, introduced by
    ``trong`` (``tổ chức giám sát … trong tháng 6/2020``), never left bare after the
    sentence's last noun ("… nhiệm kỳ 2016-2020 tháng 6/2020").
    """
    text = day_text(held_on)
    return text if held_on.day is not None else f"trong {text}"


def _within(period: ReportingPeriod) -> str:
    """A period inside a sentence: ``trong năm 2023``; a range keeps its own ``từ … đến``."""
    label = period.label
    return label if label.startswith("từ ") else f"trong {label}"


def _topic(activity: Hearing | OversightActivity) -> str | None:
    """The one subject of an activity; None for a hearing on several (listed apart)."""
    from tayho_coord.model import Hearing

    if isinstance(activity, Hearing) and activity.other_subjects:
        return None
    return activity.subject


# The nouns that make a subject the object of an oversight's verb: "giám sát kết quả …",
# "khảo sát việc …" (the subject already says what is overseen; "về việc" is the V/v of a
# letter's subject line, ND30, Phụ lục I, Phần I, mục II, khoản 5, not of an action).
_OBJECT_HEADS = ("kết quả ", "việc ")


def _about(activity: Hearing | OversightActivity, topic: str) -> str:
    """``về <topic>``; an oversight of a result or a ``việc`` takes it as its object.

    "giám sát kết quả giải quyết kiến nghị của cử tri" (Bình Dương, 23/11/2023), "khảo sát
    việc xây dựng trường học đạt chuẩn quốc gia" (Bình Thuận, 17/6/2020), never "giám sát về
    kết quả …", "khảo sát về việc …"; a thematic one keeps "chuyên đề về …", and a hearing is
    "về" whatever it is on ("phiên giải trình về việc …").
    """
    from tayho_coord.model import Hearing

    if (
        not isinstance(activity, Hearing)
        and not activity.thematic
        and topic.startswith(_OBJECT_HEADS)
    ):
        return topic
    return f"về {topic}"


def _topics(activity: Hearing | OversightActivity) -> list[Block]:
    """The topics of a hearing on several, one item each, in the source's order."""
    from tayho_coord.model import Hearing

    if not isinstance(activity, Hearing) or not activity.other_subjects:
        return []
    return [Items(punctuate(capitalize(t) for t in activity.subjects))]


def _findings(findings: Sequence[Finding]) -> list[Block]:
    return [Items(punctuate(capitalize(f.text) for f in findings))] if findings else []


def _figure_lines(figures: Sequence[StatedFigure]) -> list[Block]:
    if not figures:
        return []
    return [Items(punctuate(f"{capitalize(f.what)}: {f.printed.text}" for f in figures))]


def _figure_notes(figures: Sequence[StatedFigure]) -> list[Section]:
    if not figures:
        return []
    lines = [f"{capitalize(f.what)}: {f.printed.text} (theo số liệu công bố)" for f in figures]
    checks = [*check_paragraphs(stated_checks(figures)), *parts_paragraphs(figures)]
    return [Section("CƠ SỞ CÁC SỐ LIỆU", (Items(punctuate(lines)), *checks))]


# --- meetings --------------------------------------------------------------------------


def _event(meeting: Meeting) -> str:
    """The meeting referred to again inside its report, in the source's noun.

    ``hội nghị``; a ``lễ`` is ``buổi lễ`` (``Tại buổi lễ, …``); any other noun is said with
    the meeting's kind (``buổi sơ kết``), never as a bare ``buổi``.
    """
    noun = meeting.noun
    if noun == "hội nghị":
        return noun
    if noun == "lễ":
        return "buổi lễ"
    return f"{noun} {meeting.kind.label}"


def _meeting_year(meeting: Meeting) -> int | None:
    """The year of the meeting's document: of its day; None where only an article's is known."""
    return None if meeting.held_on is None else meeting.held_on.year


def _said_by_title(meeting: Meeting) -> bool:
    """Whether the meeting's time, a month or a year, is a phrase its title already says.

    ``năm 2022`` in ``hội nghị tổng kết năm 2022 thực hiện …`` held in 2022 (Hàm Tân): an
    office names a time once (ND30, Phụ lục I, Phần I, mục II, khoản 6: the body's wording
    is plain and exact). A day is always said, and so is a month or a year the title does
    not name (a review of 2022 held in 2023).
    """
    held_on = meeting.held_on
    if held_on is None or held_on.day is not None or meeting.held_until is not None:
        return False
    said = re.compile(rf"(?<![\w/]){re.escape(meeting.time_label)}(?![\w/])")
    return said.search(meeting.title) is not None


def _meeting_intro(meeting: Meeting) -> list[Block]:
    """Who held the meeting, when, who chaired it and who presented the report."""
    agreement = meeting.agreement
    parties = joint_name(agreement.parties)
    held_on = meeting.held_on
    among = "" if tuple(meeting.hosts) == tuple(agreement.parties) else f" giữa {parties}"
    if held_on is None:  # only an article's day: said as such, never as the meeting's day
        who = joint_name(meeting.hosts) if meeting.hosts else None
        sentence = f"{who} tổ chức {meeting.title}" if who else f"{meeting.title} được tổ chức"
        sentence = capitalize(f"{sentence} ({meeting.time_label}){among}")
    elif _said_by_title(meeting):
        # the year (or month) is the title's own: said once, by the title, never "Năm 2022
        # diễn ra hội nghị tổng kết năm 2022 …"
        if meeting.hosts:
            sentence = f"{joint_name(meeting.hosts)} tổ chức {meeting.title}{among}"
        else:
            sentence = f"{meeting.title}{among} được tổ chức"
        sentence = capitalize(sentence)
    else:
        sentence = capitalize(meeting.time_label)
        if meeting.part_of_day is not None and held_on.is_exact:
            sentence = f"{capitalize(meeting.part_of_day.value)} {day_text(held_on)}"
        if meeting.hosts:
            sentence += f", {joint_name(meeting.hosts)} tổ chức {meeting.title}"
        else:
            sentence += f" diễn ra {meeting.title}"
        sentence += among
    blocks: list[Block] = [Paragraph(sentence + ".")]
    if meeting.chairs:
        said = []
        for chair in meeting.chairs:
            who = chair.body.full_name if chair.post is None else chair.post.label
            if chair.person is not None:
                who = f"đồng chí {chair.person}, {who}"
            said.append((chair.role.label, who))
        for role, names in chairs_by_role(said).items():
            blocks.append(
                Paragraph(f"{capitalize(role)} {_event(meeting)}: {vi.format_list(names)}.")
            )
    if meeting.reporter is not None:
        text = meeting.reporter.full_name
        if meeting.on_behalf_of:
            behalf = vi.format_list([a.full_name for a in meeting.on_behalf_of])
            text += f", thay mặt {behalf},"
        blocks.append(Paragraph(f"{text} trình bày báo cáo tại {_event(meeting)}."))
    return blocks


def _signed_blocks(meeting: Meeting) -> list[Block]:
    signed = meeting.signed
    if signed is None:
        return []
    text = f"Tại {_event(meeting)}, {joint_name(signed.parties)} ký kết {signed.title}"
    if signed.task_groups is not None:
        # "10 nhóm nhiệm vụ": groups of tasks as counted, never "nhiệm vụ trọng tâm".
        text += f", gồm {vi.format_count(signed.task_groups, noun='nhóm nhiệm vụ')}"
    return [Paragraph(text + ".")]


def _meeting_citations(meeting: Meeting) -> list[Citation]:
    return [
        *meeting.sources,
        *(c for f in meeting.figures for c in f.sources),
        *_finding_sources(meeting.achievements),
        *_finding_sources(meeting.shortcomings),
    ]


def build_meeting(
    meeting: Meeting,
    options: DocumentOptions,
    *,
    activities: Sequence[Hearing | OversightActivity | PetitionReport] | None = None,
) -> Document:
    """The BÁO CÁO of a meeting: ``Kết quả hội nghị sơ kết … thực hiện …``.

    Issued by the meeting's hosts, else the parties to the agreement; the body's sections
    (kết quả đạt được; tồn tại, hạn chế; ký kết) only where the record has something.

    ``activities`` are the records the meeting refers to (:attr:`Meeting.activities`,
    resolved by :meth:`RecordSet.activities_of`): the results state them as their sources
    do (:func:`activity_blocks`), their sources join the appendix. Given None, the records
    referred to are listed by id in the appendix, never dropped.
    """
    from tayho_coord.report._build import _body_petitions

    issuers = meeting.hosts or meeting.agreement.parties
    year = _meeting_year(meeting)
    results: list[Block] = [] if activities is None else activity_blocks(activities)
    results.extend(_findings(meeting.achievements))
    notes: list[Section] = []
    if activities is None and meeting.activities:
        notes.append(
            Section(
                "HỒ SƠ HOẠT ĐỘNG DẪN CHIẾU",
                (
                    Paragraph(
                        "Hội nghị dẫn chiếu các hồ sơ sau, không kèm theo báo cáo này (mã hồ "
                        f"sơ): {', '.join(meeting.activities)}."
                    ),
                ),
            )
        )
    for stats in meeting.petitions:
        results.extend(_body_petitions(stats, year))
    results.extend(_figure_lines(meeting.figures))
    sections: list[tuple[str, Sequence[Block]]] = [
        ("KẾT QUẢ ĐẠT ĐƯỢC", results),
        ("TỒN TẠI, HẠN CHẾ", _findings(meeting.shortcomings)),
        ("KÝ KẾT", _signed_blocks(meeting)),
    ]
    return _document(
        options,
        type_code="BC",
        issuers=issuers,
        subject=f"kết quả {meeting.title}",
        place=meeting.unit.place_name,
        year=year,
        intro=_meeting_intro(meeting),
        sections=sections,
        citations=[*_meeting_citations(meeting), *activity_citations(activities or ())],
        notes=[*notes, *_figure_notes(meeting.figures)],
        roster=meeting.roster,
    )


def build_conclusion(meeting: Meeting, options: DocumentOptions) -> Document:
    """The THÔNG BÁO kết luận of a meeting (type code ``TB``, ND30, Phụ lục III).

    What the meeting agreed, as the record holds it: its achievements and its
    shortcomings, under ``Hội nghị thống nhất đánh giá``; nothing else is concluded for it.
    """
    issuers = meeting.hosts or meeting.agreement.parties
    intro = _meeting_intro(meeting)
    sections: list[tuple[str, Sequence[Block]]] = []
    if meeting.achievements:
        sections.append(
            (
                "KẾT QUẢ ĐẠT ĐƯỢC",
                [
                    Paragraph(f"{capitalize(_event(meeting))} thống nhất đánh giá:"),
                    *_findings(meeting.achievements),
                ],
            )
        )
    if meeting.shortcomings:
        sections.append(("TỒN TẠI, HẠN CHẾ", _findings(meeting.shortcomings)))
    sections.append(("KÝ KẾT", _signed_blocks(meeting)))
    return _document(
        options,
        type_code="TB",
        issuers=issuers,
        subject=f"kết luận {meeting.title}",
        place=meeting.unit.place_name,
        year=_meeting_year(meeting),
        intro=intro,
        sections=sections,
        citations=_meeting_citations(meeting),
        roster=meeting.roster,
    )


# --- hearings and oversight ------------------------------------------------------------


def _activity_words(activity: Hearing | OversightActivity) -> tuple[str, Agency | None]:
    """What the activity is called (``phiên giải trình``) and who issues its documents.

    A hearing's documents are issued by its organiser, else its lead; an oversight's
    (``khảo sát``; ``giám sát chuyên đề`` only where the record says it is thematic,
    :attr:`OversightActivity.name`) by its lead, else the body that decided it.
    """
    from tayho_coord.model import Hearing

    if isinstance(activity, Hearing):
        return "phiên giải trình", activity.organiser or activity.lead
    return activity.name, activity.lead or activity.organiser


def _leader_sentence(activity: Hearing | OversightActivity) -> list[Block]:
    """``Chủ tịch … chủ trì.``, ``Đoàn giám sát do … làm trưởng đoàn, … làm phó trưởng đoàn.``.

    Co-chairs are named together ("Chủ tịch HĐND huyện và Phó Chủ tịch HĐND huyện chủ
    trì"); the heads of a delegation each with their role, in the source's order.
    """
    from tayho_coord.model import Hearing, LeaderRole

    leaders = activity.leaders
    if not leaders:
        return []
    out: list[Block] = []
    chairs = [leader.post.label for leader in leaders if leader.role is LeaderRole.CHAIR]
    if chairs:
        out.append(Paragraph(f"{capitalize(vi.format_list(chairs))} chủ trì."))
    heads = [leader for leader in leaders if leader.role is not LeaderRole.CHAIR]
    if heads:
        delegation = "Đoàn" if isinstance(activity, Hearing) else f"Đoàn {activity.kinds_label}"
        if heads[0].role is LeaderRole.GROUP_HEAD:
            delegation = f"Tổ công tác của {delegation[:1].lower()}{delegation[1:]}"
        roles = ", ".join(f"{h.post.label} làm {h.role.label}" for h in heads)
        out.append(Paragraph(f"{delegation} do {roles}."))
    return out


def _roles_sentence(activity: Hearing | OversightActivity, lead: Agency | None) -> list[Block]:
    """``X chủ trì; Y phối hợp.``: the lead and the partners, bodies and groups alike."""
    roles = []
    if lead is not None:
        roles.append(f"{lead.full_name} chủ trì")
    partners = [p.full_name for p in activity.partners] + list(activity.other_partners)
    if partners:
        roles.append(f"{vi.format_list(partners)} phối hợp")
    return [Paragraph(capitalize("; ".join(roles)) + ".")] if roles else []


def _activity_citations(activity: Hearing | OversightActivity) -> list[Citation]:
    return [
        *activity.sources,
        *(c for leader in activity.leaders for c in leader.sources),
        *_finding_sources(activity.findings),
        *_finding_sources(activity.recommendations),
        *(c for f in activity.figures for c in f.sources),
        *(c for f in activity.figures for part in f.parts for c in part.sources),
    ]


def _activity_notes(activity: Hearing | OversightActivity) -> list[Section]:
    notes = _figure_notes(activity.figures)
    # what the audit finds of the figures is said under them, in Vietnamese ("Đối chiếu:
    # …"), never as the model's English messages
    if activity.report is not None:
        text = f"Kết quả được báo cáo tại {activity.report.label}."
        notes.append(Section("VĂN BẢN BÁO CÁO KẾT QUẢ THEO NGUỒN", (Paragraph(text),)))
    return notes


def build_hearing(activity: Hearing | OversightActivity, options: DocumentOptions) -> Document:
    """The Báo cáo kết quả phiên giải trình (or giám sát, khảo sát, kiểm tra).

    A hearing is issued by its organiser, else the body that led it; an oversight by its
    lead body, else the body that decided it. The organiser ``tổ chức`` it; a lead
    ``chủ trì``, partners ``phối hợp``; a hearing of the Thường trực HĐND is never
    "phối hợp tổ chức", and a survey (khảo sát) is never called a supervision. What it
    found goes under KẾT QUẢ, what it asked of the bodies heard under KIẾN NGHỊ.

    Raises:
        ValidationError: the activity is known only from its plan (it has no results to
            report: its document is the plan, :func:`build_activity_plan`).
    """
    from tayho_coord.model import Hearing

    if activity.planned_only:
        raise ValidationError(
            "document",
            "report",
            f"{activity.id} is known only from its plan ({activity.time_label}): it has no "
            "results to report; its document is the plan",
        )
    what, issuer = _activity_words(activity)
    lead = activity.lead if activity.lead != issuer else None
    answering = activity.answering if isinstance(activity, Hearing) else activity.overseen
    opening = ""
    if activity.plan is not None:
        opening = f"Thực hiện {activity.plan.label}, "
    who = issuer.full_name if issuer is not None else None
    sentence = f"{who} tổ chức {what}" if who else f"{what} được tổ chức"
    topic = _topic(activity)
    when = ""
    if activity.held_on is not None:  # several days: "ngày 9 và 10/6/2020"
        held = _at(activity.held_on) if activity.held_until is None else activity.held_text
        exact = activity.held_on.is_exact and activity.held_until is None
        part = activity.part_of_day
        if exact and opening == "":
            # an exact day opens the sentence, as reports do ("Ngày 23/11/2023, Thường
            # trực …"; "Chiều ngày 23/11/2023, …"), never glued after a long subject; a
            # plan's sentence ("Thực hiện Kế hoạch số …, …") and a month or a year
            # ("… trong tháng 6/2020") keep it at the end
            opening = f"{held if part is None else f'{part.value} {held}'}, "
        else:
            when = f" {held}"
    elif activity.covers is not None:
        when = f" {_within(activity.covers)}"
    if activity.held_on is None and activity.reported_on is not None:
        # an article's day: said as such, never as its day, beside what it covers
        when += f" (theo tin {day_text(activity.reported_on)})"
    if topic is not None:
        sentence += f" {_about(activity, topic)}{when}."
    else:
        sentence += f"{when} về các nội dung sau:"
    intro: list[Block] = [Paragraph(capitalize(opening + sentence)), *_topics(activity)]
    intro.extend(_leader_sentence(activity))
    intro.extend(_roles_sentence(activity, lead))
    if answering:
        noun = (
            "Thành phần giải trình"
            if isinstance(activity, Hearing)
            else f"Đối tượng {activity.kinds_label}"
        )
        intro.append(Paragraph(f"{noun}: {vi.format_list(list(answering))}."))
    results = [*_figure_lines(activity.figures), *_findings(activity.findings)]
    if activity.held_on is not None:
        year: int | None = activity.held_on.year
    elif activity.report is not None and activity.report.issued_on is not None:
        year = activity.report.issued_on.year
    else:
        year = None
    return _document(
        options,
        type_code="BC",
        issuers=() if issuer is None else (issuer,),
        subject=f"kết quả {what}" + ("" if topic is None else f" {_about(activity, topic)}"),
        place=activity.unit.place_name,
        year=year,
        intro=intro,
        sections=[("KẾT QUẢ", results), ("KIẾN NGHỊ", _findings(activity.recommendations))],
        citations=_activity_citations(activity),
        notes=_activity_notes(activity),
    )


def build_activity_plan(
    activity: Hearing | OversightActivity, options: DocumentOptions
) -> Document:
    """The KẾ HOẠCH of a hearing or an oversight (type code ``KH``, ND30, Phụ lục III).

    Where the record's plan is itself a Kế hoạch, the document is that plan: its number and
    symbol and its date are the plan's (``Số: 10/KH-HĐND``, ``ngày 21 tháng 10 năm 2024``)
    unless given. Where the plan is another document (a Nghị quyết on the oversight
    programme, a Quyết định), the Kế hoạch carries it out ("Thực hiện Nghị quyết …") and
    its number and date are left to fill by hand. The time the plan sets is said as planned
    ("Dự kiến tổ chức trong tháng 11 năm 2024"), never as held.
    """
    from tayho_coord.model import Hearing

    what, issuer = _activity_words(activity)
    hearing = isinstance(activity, Hearing)
    kind = None if isinstance(activity, Hearing) else activity.kinds_label
    phrase = f"tổ chức {what}" if hearing else what
    topic = _topic(activity)
    plan = activity.plan
    own = plan is not None and plan.kind == "Kế hoạch"
    issuers = () if issuer is None else (issuer,)
    own_number = None
    if own and plan is not None and plan.symbol is not None and options.number is None:
        own_number = f"Số: {plan.symbol}"
    when = options.issued
    dated = None if plan is None else plan.issued_on
    if when is None and own and dated is not None and dated.is_exact:
        when = dated.to_date()
    year = when.year if when is not None else (dated.year if own and dated else None)
    # A hearing is "về" its subject ("tổ chức phiên giải trình về …"); an oversight takes
    # its subject as its object ("giám sát việc …"). A hearing on several topics is named
    # by itself, its topics listed under NỘI DUNG.
    if topic is None:
        subject = phrase
        about = "về các nội dung sau:"
    else:
        about = f"về {topic}" if hearing else topic
        subject = f"{phrase} {about}"
    heading = f"ban hành Kế hoạch {subject} như sau:"
    if issuer is not None:
        heading = f"{issuer.full_name} {heading}"
    if plan is not None and not own:
        heading = f"Thực hiện {plan.label}, {heading}"
    intro: list[Block] = [Paragraph(capitalize(heading))]
    content: list[Block] = []
    answering = activity.answering if isinstance(activity, Hearing) else activity.overseen
    if hearing and answering:
        listener = issuer.common_name if issuer is not None else "Phiên giải trình"
        heard = f"{listener} nghe {vi.format_list(list(answering))} báo cáo, giải trình {about}"
        content.append(Paragraph(heard if topic is None else f"{heard}."))
    else:
        said = capitalize(f"{phrase} {about}")
        content.append(Paragraph(said if topic is None else f"{said}."))
    content.extend(_topics(activity))
    if not hearing and answering:
        content.append(Paragraph(f"Đối tượng {kind}: {vi.format_list(list(answering))}."))
    if activity.covers is not None:
        content.append(Paragraph(f"Thời kỳ xem xét: {activity.covers.label}."))
    timing: list[Block] = []
    if activity.scheduled is not None:
        verb = "tổ chức" if hearing else "thực hiện"
        timing.append(Paragraph(f"Dự kiến {verb} {activity.scheduled_text}."))
    elif activity.held_text is not None:
        timing.append(Paragraph(capitalize(f"{activity.held_text}.")))
    lead = activity.lead
    organizing: list[Block] = []
    partners = [p.full_name for p in activity.partners] + list(activity.other_partners)
    task = f"chuẩn bị các nội dung liên quan đến {what}" if hearing else "tổ chức thực hiện"
    if lead is not None and partners:
        text = f"{lead.full_name} chủ trì, phối hợp với {vi.format_list(partners)} {task}."
        organizing.append(Paragraph(text))
    elif lead is not None:
        organizing.append(Paragraph(f"{lead.full_name} chủ trì {task}."))
    elif partners:
        organizing.append(Paragraph(capitalize(f"{vi.format_list(partners)} phối hợp {task}.")))
    organizing.extend(_leader_sentence(activity))
    return _document(
        evolve(options, issued=when),
        type_code="KH",
        issuers=issuers,
        subject=subject,
        place=activity.unit.place_name,
        year=year,
        intro=intro,
        sections=[
            ("NỘI DUNG", content),
            ("THỜI GIAN", timing),
            ("TỔ CHỨC THỰC HIỆN", organizing),
        ],
        citations=_activity_citations(activity),
        own_number=own_number,
    )


# --- a meeting's activities ------------------------------------------------------------


def _when_text(activity: Hearing | OversightActivity) -> str | None:
    if activity.held_text is not None:
        return activity.held_text
    if activity.planned_only and activity.scheduled is not None:
        within = activity.scheduled_within  # a window, not the days it takes
        return f"dự kiến {activity.scheduled_text if within else activity.scheduled.label}"
    if activity.covers is not None:
        return activity.covers.label
    if activity.period is None:  # only an article's day ("theo tin ngày …")
        return activity.time_label
    return None


def _entry(activity: Hearing | OversightActivity, lead: Agency | None) -> str:
    from tayho_coord.model import Hearing

    details = [_when_text(activity)]
    if lead is not None:
        details.append(f"{lead.common_name} chủ trì")
    known = [d for d in details if d is not None]
    subjects = activity.subjects if isinstance(activity, Hearing) else (activity.subject,)
    return "; ".join(subjects) + (f" ({', '.join(known)})" if known else "")


def _hearing_blocks(hearings: Sequence[Hearing]) -> list[Block]:
    """``Thường trực HĐND quận tổ chức 02 phiên giải trình:`` and each, by organiser.

    Hearings known only from their plan are said apart, as planned ("ban hành kế hoạch tổ
    chức"), never as held.
    """
    groups: dict[tuple[Agency | None, bool], list[Hearing]] = {}
    for hearing in hearings:
        groups.setdefault((hearing.organiser, hearing.planned_only), []).append(hearing)
    blocks: list[Block] = []
    for (organiser, planned), members in groups.items():
        count = vi.format_count(len(members), noun="phiên giải trình")
        who = organiser.common_name if organiser is not None else None
        if planned:
            text = (
                f"{who} ban hành kế hoạch tổ chức {count}" if who else f"Kế hoạch tổ chức {count}"
            )
        else:
            text = f"{who} tổ chức {count}" if who else f"Tổ chức {count}"
        entries = [_entry(h, h.lead if h.lead not in (None, organiser) else None) for h in members]
        blocks.extend([Paragraph(capitalize(text) + ":"), Items(punctuate(entries))])
    return blocks


def _oversight_actor(activity: OversightActivity) -> str:
    """Who carries it out, up to the verb: ``Ban … chủ trì, phối hợp với … thực hiện``."""
    partners = [p.common_name for p in activity.partners] + list(activity.other_partners)
    if activity.lead is not None:
        actor = f"{activity.lead.common_name} chủ trì"
        if partners:
            actor += f", phối hợp với {vi.format_list(partners)}"
        return actor + " thực hiện"
    who = activity.organiser.common_name if activity.organiser is not None else None
    if partners:
        who = vi.format_list([*([who] if who else []), *partners])
        return f"{who} phối hợp thực hiện"
    return f"{who} thực hiện" if who else "thực hiện"


def _oversight_blocks(activities: Sequence[OversightActivity]) -> list[Block]:
    """``Ban … chủ trì thực hiện 01 nội dung khảo sát:`` and each.

    Grouped by actor and name: a survey is counted as a survey, apart from supervisions,
    and a thematic one (``giám sát chuyên đề``, where the record says so) apart from others.
    """
    groups: dict[tuple[str, str, bool], list[OversightActivity]] = {}
    for activity in activities:
        key = (activity.name, _oversight_actor(activity), activity.planned_only)
        groups.setdefault(key, []).append(activity)
    blocks: list[Block] = []
    for (name, actor, planned), members in groups.items():
        count = vi.format_count(len(members), noun="nội dung")
        text = f"{actor} {count} {name}"
        text = f"theo kế hoạch, {text}" if planned else text
        entries = [_entry(a, None) for a in members]
        blocks.extend([Paragraph(capitalize(text) + ":"), Items(punctuate(entries))])
    return blocks


def _petition_blocks(reports: Sequence[PetitionReport]) -> list[Block]:
    from tayho_coord.model import PetitionOutcome

    blocks: list[Block] = []
    for report in reports:
        noun = report.noun.label
        text = f"Kết quả giải quyết {report.noun.subject} của cử tri{_petitions_when(report)}"
        if report.as_of is not None:
            text += f" (số liệu tính đến {day_text(report.as_of)})"
        said: list[str] = []
        if report.total is not None:
            said.append(f"tổng hợp {vi.format_count(report.total, noun=noun)}")
        # the resolved levels as the source words and prints them; no computed rate here
        resolved = report.scale.codes_for(PetitionOutcome.RESOLVED)
        said.extend(
            f"{_level_label(report, o.level)} {_outcome_figures(report, o)}"
            for o in report.outcomes
            if o.level in resolved and (o.count is not None or o.printed)
        )
        if said:
            text += ": " + ", ".join(said)
        blocks.append(Paragraph(text + "."))
    return blocks


def activity_blocks(
    activities: Sequence[Hearing | OversightActivity | PetitionReport],
) -> list[Block]:
    """What a meeting's report says of the records it refers to, as the sources word them.

    Hearings by organiser (``Thường trực HĐND quận tổ chức 03 phiên giải trình:``), then
    oversight by actor and kind, then petition reports; those known only from their plan
    are said as planned.
    """
    from tayho_coord.model import Hearing, OversightActivity

    return [
        *_hearing_blocks([a for a in activities if isinstance(a, Hearing)]),
        *_oversight_blocks([a for a in activities if isinstance(a, OversightActivity)]),
        *_petition_blocks(
            [a for a in activities if not isinstance(a, (Hearing, OversightActivity))]
        ),
    ]


def activity_citations(
    activities: Sequence[Hearing | OversightActivity | PetitionReport],
) -> list[Citation]:
    """The citations of the records a meeting refers to, for its appendix."""
    from tayho_coord.model import PetitionReport

    found: list[Citation] = []
    for activity in activities:
        if isinstance(activity, PetitionReport):
            found.extend(activity.sources)
        else:
            found.extend(_activity_citations(activity))
    return found


# --- petition reports ------------------------------------------------------------------


def _part_label(report: PetitionReport, key: str, competence: object) -> str:
    from tayho_coord.model import Competence

    if isinstance(competence, Competence):
        try:
            return competence.label_in(report.unit)
        except ValidationError:  # a level the unit cannot name keeps the generic label
            return competence.label
    return key


# The library's own levels, used where the source gives no scale of its own: worded no
# stronger than a source would ("đã giải quyết", not "đã giải quyết xong"), and never said to
# be the source's.
_NEUTRAL = {"resolved": "đã giải quyết"}


def _level_label(report: PetitionReport, code: str) -> str:
    """A level as the document words it: the source's own label, else the neutral one."""
    from tayho_coord.model import OutcomeScale

    if report.scale == OutcomeScale.default():
        return _NEUTRAL.get(code, report.scale.level(code).label)
    return report.scale.level(code).label


def _part_line(report: PetitionReport, part: PetitionPart) -> str:
    """A part's total, then each level it counts, as printed.

    ``Trước kỳ họp: 93 kiến nghị; đã giải quyết xong 84 kiến nghị (84/93), đạt tỷ lệ
    90,32%`` (Bình Dương 2023): a part's results are the source's too, never left out.
    """
    noun = report.noun.label
    total = vi.format_count(part.total or 0, noun=noun)
    if part.competence is not None:
        line = f"{total} thuộc {_part_label(report, part.key, part.competence)}"
    else:
        line = f"{part.key}: {total}"
    said = [o for o in part.outcomes if o.count is not None or o.printed]
    results = [
        f"{_level_label(report, o.level)[:1].lower()}{_level_label(report, o.level)[1:]} "
        f"{_outcome_figures(report, o)}"
        for o in said
    ]
    return capitalize("; ".join([line, *results]))


def _outcome_figures(report: PetitionReport, outcome: OutcomeCount) -> str:
    """A level's count and the figures printed for it, as printed.

    ``58 ý kiến, đạt tỷ lệ 89,2%``; ``18 kiến nghị (18/93)``; ``đạt tỷ lệ 100%`` where the
    source prints a rate without the count. Nothing computed is said here.
    """
    pieces = (
        [] if outcome.count is None else [vi.format_count(outcome.count, noun=report.noun.label)]
    )
    from tayho_coord.model import PetitionOutcome

    # a resolved level "đạt" its rate; any other "chiếm" its share ("chiếm 8,7%")
    resolved = report.scale.level(outcome.level).maps_to is PetitionOutcome.RESOLVED
    verb = "đạt" if resolved else "chiếm"
    for figure in outcome.printed:
        if figure.is_percent:
            pieces.append(f"{', ' if pieces else ''}{verb} tỷ lệ {figure.text}")
        else:
            pieces.append(f" ({figure.text})" if pieces else figure.text)
    return "".join(pieces)


def _scale_note(report: PetitionReport) -> list[Block]:
    """How the results were counted: the source's scale and its mapping, or none given.

    Where the source gives no scale, the document says so and names the levels it used,
    not what software they come from; where it gives one, each level's meaning for the
    rate. The rate computed from the counts (never in the body) closes it.
    """
    from tayho_coord.model import OutcomeScale, PetitionOutcome

    scale = report.scale
    notes: list[Block] = []
    if scale == OutcomeScale.default():
        used = "; ".join(_level_label(report, level.code) for level in scale.levels)
        notes.append(
            Paragraph(
                "Nguồn không nêu thang đánh giá riêng; kết quả giải quyết được ghi theo các "
                f"mức: {used}."
            )
        )
    else:
        notes.append(
            Paragraph(
                f"Thang đánh giá kết quả giải quyết của nguồn: {scale.label}; các mức "
                "được tính như sau:"
            )
        )
        notes.append(
            Items(
                punctuate(
                    f"{capitalize(level.label)}: "
                    + (
                        f"tính là “{level.maps_to.label}”"
                        if level.maps_to is not None
                        else "không tính vào kết quả nào"
                    )
                    for level in scale.levels
                )
            )
        )
    rate = report.resolution_rate
    count = report.count(PetitionOutcome.RESOLVED)
    if rate is not None and count is not None and report.total is not None:
        levels = vi.format_list(
            [f"“{_level_label(report, c)}”" for c in scale.codes_for(PetitionOutcome.RESOLVED)]
        )
        notes.append(
            Paragraph(
                f"Tỷ lệ giải quyết {COMPUTED}: {vi.format_number(count)}/"
                f"{vi.format_number(report.total)} {report.noun.label} là "
                f"{vi.format_percent(rate)} (số ở mức {levels} trên tổng số)."
            )
        )
    return notes


def _petitions_when(report: PetitionReport) -> str:
    """A report's time as its source gives it, after a space; the day as of is said apart.

    `` năm 2023``, `` gửi tới kỳ họp thứ 6 Hội đồng nhân dân tỉnh Kon Tum khóa XII``, or
    nothing.
    """
    if report.period is not None:
        return f" {report.period.label}"
    if report.session is not None:
        return f" gửi tới {report.session.full_title}"
    return ""


def _voters(report: PetitionReport) -> str:
    """``cử tri``, with the report's unit where nothing else in the document names it.

    ND30, Phụ lục I, Phần I, mục II, khoản 2: the header names the issuing body, and with it
    its unit. A report whose record names no reporter leaves that name to fill by hand
    (``…``, never guessed), so its subject and its opening name the unit instead ("… của cử
    tri huyện Đức Linh", Đức Linh 14/9/2021). A reporter is a body of the unit, and a session
    in the subject names its council's unit ("… gửi tới kỳ họp thứ 9 Hội đồng nhân dân tỉnh
    Nam Định"): then the unit is not said twice.
    """
    unit = report.unit
    session = report.session
    named = report.reporter is not None or (session is not None and session.council.unit == unit)
    return "cử tri" if named else f"cử tri {unit.display()}"


def build_petitions(report: PetitionReport, options: DocumentOptions) -> Document:
    """The report on voter petitions, in the source's own noun and on its own scale.

    ``Tổng hợp 132 ý kiến của cử tri, trong đó: …``; each level of the scale under its own
    label (Ninh Bình 2017's ``giải quyết xong``, ``đang triển khai``…). The report is placed
    in time as its source places it: the period's label, else the session the petitions were
    sent to (``gửi tới kỳ họp thứ 6 Hội đồng nhân dân tỉnh Kon Tum khóa XII``) and the day
    its figures are as of (``Số liệu tính đến ngày 8/7/2024.``); no year is written that the
    source does not give. The figures as printed, what the audit found of them, and the
    scale's mapping onto the library's outcomes go to the appendix. A national report (the
    unit ``cả nước``) leaves its place to fill by hand: a central body's documents are dated
    at its seat (ND30, Phụ lục I), which the record does not hold.
    """
    from tayho_coord.model import UnitKind

    noun = report.noun.label
    session = report.session
    body: list[Block] = []
    if report.total is not None:
        head = f"Tổng hợp {vi.format_count(report.total, noun=noun)} của {_voters(report)}"
        if session is not None:
            head += f" gửi tới {session.full_title}"
        splits = []
        if report.new is not None:
            splits.append(f"{vi.format_count(report.new, noun=noun)} mới")
        if report.carried_over is not None:
            splits.append(f"{vi.format_count(report.carried_over, noun=noun)} kỳ trước chuyển sang")
        if splits:
            head += f" ({vi.format_list(splits)})"
        body.append(Paragraph(head + "."))
    if report.as_of is not None:
        body.append(Paragraph(f"Số liệu tính đến {day_text(report.as_of)}."))
    parts = [p for p in report.parts if p.total is not None]
    if parts:
        body.append(Paragraph("Trong đó:"))
        body.append(Items(punctuate(_part_line(report, p) for p in parts)))
    said = [o for o in report.outcomes if o.count is not None or o.printed]
    results: list[Block] = []
    if said:
        # each level under its own label, with what the source printed for it, as printed
        results.append(
            Items(
                punctuate(
                    f"{capitalize(_level_label(report, o.level))}: {_outcome_figures(report, o)}"
                    for o in said
                )
            )
        )
    results.extend(_figure_lines(report.figures))
    notes: list[Section] = []
    printed = [
        f"{capitalize(_level_label(report, o.level))}: {'; '.join(f.text for f in o.printed)}"
        for o in report.outcomes
        if o.printed
    ] + [
        f"{p.key}: {_level_label(report, o.level)}: {'; '.join(f.text for f in o.printed)}"
        for p in report.parts
        for o in p.outcomes
        if o.printed
    ]
    checks = check_paragraphs(
        [
            (capitalize(_level_label(report, o.level)), figure, o.count, report.total)
            for o in report.outcomes
            for figure in o.printed
        ]
        + [
            (f"{p.key}: {_level_label(report, o.level)}", figure, o.count, p.total)
            for p in report.parts
            for o in p.outcomes
            for figure in o.printed
        ]
    )
    if printed:
        notes.append(Section("SỐ LIỆU THEO NGUỒN CÔNG BỐ", (Items(punctuate(printed)), *checks)))
    notes.extend(_figure_notes(report.figures))
    if report.outcomes:
        notes.append(Section("CÁCH TÍNH KẾT QUẢ", tuple(_scale_note(report))))
    citations = [
        *report.sources,
        *(c for o in report.outcomes for c in o.sources),
        *(c for p in report.parts for c in p.sources),
        *(c for f in report.figures for c in f.sources),
    ]
    national = report.unit.kind is UnitKind.COUNTRY
    return _document(
        options,
        type_code="BC",
        issuers=() if report.reporter is None else (report.reporter,),
        subject=(
            f"kết quả giải quyết {report.noun.subject} của {_voters(report)}"
            f"{_petitions_when(report)}"
        ),
        place=report.unit.display(start=True) if national else report.unit.place_name,
        # issued after the period, perhaps the next year: no year is assumed
        year=None,
        intro=body,
        sections=[("KẾT QUẢ GIẢI QUYẾT", results)],
        citations=citations,
        notes=notes,
        # a central body's seat is not in the record: left to fill by hand
        seat=BLANK if national else None,
    )
