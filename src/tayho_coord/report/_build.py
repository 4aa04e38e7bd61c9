"""The yearly report of a program review, built as a :class:`Document`.

Wording follows the seed article and Vietnamese administrative practice: counts zero-padded
("03 phiên giải trình"), the place-and-date line of Nghị định 30/2020/NĐ-CP, official names of
the bodies. Printed figures are shown as printed and kept apart from anything computed from
counts; where they disagree, the audit's finding is stated. Nothing the data does not hold is
filled in.
"""

from __future__ import annotations

from fractions import Fraction
from typing import TYPE_CHECKING, Any, TypeVar

from tayho_coord import vi
from tayho_coord.model import (
    Agency,
    PetitionOutcome,
    Title,
)
from tayho_coord.report._common import (
    COMPUTED,
    ILLUSTRATIVE_NOTICE,
    PRINTED,
    competence_label,
    is_illustrative,
    oversight_actor,
    oversight_kinds,
    sources_of,
)
from tayho_coord.report._document import Document, Items, Paragraph, Section

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable, Sequence

    from tayho_coord.audit import AuditFinding
    from tayho_coord.model import (
        Activities,
        CoordinationProgram,
        Dialogue,
        OversightGroup,
        PartialDate,
        PetitionStats,
        PrintedFigure,
        ProgramReview,
        ReportedCount,
        Source,
    )

__all__ = ["build"]

_T = TypeVar("_T")

NATION = ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc")
_ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X")


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def _punctuate(items: Iterable[str]) -> tuple[str, ...]:
    """Entries of an enumeration: ``;`` after each, ``.`` after the last (sentences kept)."""
    entries = [item.rstrip().rstrip(";,").rstrip() for item in items]
    out = []
    for index, entry in enumerate(entries):
        if entry.endswith((".", "!", "?", "…")):
            out.append(entry)
        else:
            out.append(entry + ("." if index == len(entries) - 1 else ";"))
    return tuple(out)


def _partial(date: PartialDate) -> str:
    """A partial date in words: ``ngày 11 tháng 02 năm 2020``, ``tháng 3 năm 2019``, ``năm 2019``.

    Months 1 and 2 take a leading zero, as in a full date (Nghị định 30/2020/NĐ-CP).
    """
    if date.is_exact:
        return vi.format_date(date.to_date(), style="long")
    if date.month is not None:
        month = f"{date.month:02d}" if date.month < 3 else str(date.month)
        return f"tháng {month} năm {date.year}"
    return f"năm {date.year}"


def _body(agency: Agency) -> str:
    """The agency's full name without its unit (``Hội đồng nhân dân``)."""
    suffix = f" {agency.unit}"
    name = agency.full_name
    return name[: -len(suffix)] if name.endswith(suffix) else name


def _joint_name(agencies: Sequence[Agency]) -> str:
    """Bodies of one unit named together: ``Hội đồng nhân dân, … và Ủy ban … quận Tây Hồ``."""
    units = {a.unit for a in agencies}
    if len(units) == 1 and all(a.full_name.endswith(f" {a.unit}") for a in agencies):
        return f"{vi.format_list([_body(a) for a in agencies])} {agencies[0].unit}"
    return vi.format_list([a.full_name for a in agencies])


def _issuer(program: CoordinationProgram) -> tuple[str, ...]:
    bodies = []
    for party in program.parties:
        short, suffix = party.short_name, f" {party.unit}"
        bodies.append(short[: -len(suffix)] if short.endswith(suffix) else short)
    return (" - ".join(bodies).upper(), program.unit.display(start=True).upper())


def _chairs(review: ProgramReview, agency: Agency) -> list[str]:
    return [
        str(t.person)
        for t in review.roster
        if t.post.agency == agency and t.post.title is Title.CHAIR and t.covers(review.held_on)
    ]


def _named(reported: ReportedCount[Any], noun: str) -> str:
    """`, trong đó nguồn nêu tên 02 nội dung` where fewer items are named than counted."""
    if reported.count is not None and reported.items and not reported.is_complete:
        return f", trong đó nguồn nêu tên {vi.format_count(len(reported.items), noun=noun)}"
    return ""


def _counted(reported: ReportedCount[Any], noun: str, tail: str = "") -> str:
    total = reported.total
    if total is None:
        return f"các {noun}{tail} (nguồn không nêu số lượng)"
    return vi.format_count(total, noun=noun) + tail


# --- sections ---------------------------------------------------------------------------


def _intro(review: ProgramReview) -> tuple[Paragraph, ...]:
    program = review.reviewed
    when = vi.format_date(review.held_on, style="full")
    if review.part_of_day is not None:
        when = f"{review.part_of_day.value} {when}"
    what = (
        "hội nghị tổng kết, đánh giá, rút kinh nghiệm kết quả thực hiện "
        f"Chương trình phối hợp công tác năm {program.year}"
    )
    if review.signed is not None:
        what += f" và ký kết Chương trình phối hợp công tác năm {review.signed.year}"
    if review.hosts:
        first = f"{_cap(when)}, {_joint_name(review.hosts)} tổ chức {what}."
    else:
        first = f"{_cap(when)}, {what} được tổ chức."
    paragraphs = [Paragraph(first)]
    if review.reporter is not None:
        role = ""
        if review.reporter == program.standing_agency:
            role = f", cơ quan thường trực năm {program.year},"
        paragraphs.append(
            Paragraph(
                f"Tại hội nghị, {review.reporter.full_name}{role} đã báo cáo kết quả thực hiện "
                f"Chương trình phối hợp công tác năm {program.year}."
            )
        )
    return tuple(paragraphs)


def _standing(program: CoordinationProgram) -> list[Paragraph]:
    """``Cơ quan thường trực năm 2019: …``, where the source names the standing agency."""
    if program.standing_agency is None:
        return []
    return [
        Paragraph(f"Cơ quan thường trực năm {program.year}: {program.standing_agency.full_name}.")
    ]


def _bodies(review: ProgramReview) -> Section:
    program = review.reviewed
    entries = []
    for party in program.parties:
        chairs = _chairs(review, party)
        entry = party.full_name
        if chairs:
            entry += f" – Chủ tịch: {vi.format_list(chairs)}"
        entries.append(entry)
    blocks: list[Paragraph | Items | Section] = [
        Paragraph(f"Chương trình phối hợp công tác năm {program.year} có các cơ quan tham gia:"),
        Items(_punctuate(entries)),
    ]
    blocks.extend(_standing(program))
    present = []
    for person in review.attendees:
        posts = [post.common_label for post in review.posts_of(person)]
        present.append(", ".join([f"đồng chí {person}", *posts]))
    if review.attending_posts:
        labels = [post.common_label for post in review.attending_posts]
        present.append(f"các đồng chí {vi.format_list(labels)}")
    present.extend(review.other_attendees)
    if present:
        blocks.append(Paragraph("Dự hội nghị có:"))
        blocks.append(Items(_punctuate(present)))
    return Section("CÁC CƠ QUAN PHỐI HỢP", tuple(blocks))


def _when(date: PartialDate | None) -> str | None:
    return _partial(date) if date is not None else None


def _leading(agency: Agency | None) -> str | None:
    return f"{agency.common_name} chủ trì" if agency is not None else None


def _detailed(subject: str, details: Iterable[str | None], sep: str = ", ") -> str:
    """``subject (detail, detail)``, the details that are known; the subject alone if none."""
    known = [detail for detail in details if detail is not None]
    return subject + (f" ({sep.join(known)})" if known else "")


def _listed(
    reported: ReportedCount[_T],
    text: str,
    noun: str,
    entry: Callable[[_T], str],
    *,
    ordered: bool = False,
) -> list[Paragraph | Items]:
    """``text.`` when the source names no item; else ``text:`` over the items it names.

    ``noun`` counts the named items where they are fewer than the count (:func:`_named`).
    """
    if not reported.items:
        return [Paragraph(text + ".")]
    entries = _punctuate(entry(item) for item in reported.items)
    return [Paragraph(text + _named(reported, noun) + ":"), Items(entries, ordered=ordered)]


def _activity(
    reported: ReportedCount[_T], lead: str, counted: str, noun: str, entry: Callable[[_T], str]
) -> list[Paragraph | Items]:
    """``lead`` with the count (``Tổ chức 02 hội nghị đối thoại``), then the items named.

    Nothing where the source gives no count.
    """
    if reported.total is None:
        return []
    return _listed(reported, lead + vi.format_count(reported.total, noun=counted), noun, entry)


def _hearings(acts: Activities) -> list[Paragraph | Items]:
    return _activity(
        acts.hearings,
        "Phối hợp tổ chức ",
        "phiên giải trình",
        "phiên",
        lambda h: _detailed(h.subject, [_when(h.held_on), _leading(h.presiding)]),
    )


def _oversight_group(group: OversightGroup) -> list[Paragraph | Items]:
    actor = oversight_actor(group) + " "
    text = _cap(actor + _counted(group.topics, "nội dung", f" {oversight_kinds(group)}"))
    return _listed(
        group.topics, text, "nội dung", lambda t: _detailed(t.subject, [_when(t.held_on)])
    )


def _voter_contacts(acts: Activities) -> list[Paragraph | Items]:
    groups = acts.voter_contacts
    if not groups:
        return []
    totals = [g.meetings.total for g in groups]
    if all(total is None for total in totals):
        labels = vi.format_list([g.kind.label for g in groups])
        what = f"các hội nghị tiếp xúc cử tri {labels} (nguồn không nêu số hội nghị)"
    else:
        parts = []
        for group, total in zip(groups, totals, strict=True):
            noun = f"hội nghị tiếp xúc cử tri {group.kind.label}"
            if total is None:
                parts.append(f"các {noun} (nguồn không nêu số hội nghị)")
            else:
                parts.append(vi.format_count(total, noun=noun))
        what = vi.format_list(parts)
    return [Paragraph(f"Phối hợp tổ chức {what}.")]


def _critiques(acts: Activities) -> list[Paragraph | Items]:
    return _activity(
        acts.social_critiques,
        "Tổ chức phản biện xã hội đối với ",
        "nội dung",
        "nội dung",
        lambda c: _detailed(c.subject, [_leading(c.lead), _when(c.held_on)]),
    )


def _dialogue_entry(dialogue: Dialogue) -> str:
    names = [p.common_name for p in dialogue.participants]
    who = vi.format_list(names) if names else None
    return _detailed(dialogue.subject, [who, _when(dialogue.held_on)], sep="; ")


def _dialogues(acts: Activities) -> list[Paragraph | Items]:
    return _activity(acts.dialogues, "Tổ chức ", "hội nghị đối thoại", "hội nghị", _dialogue_entry)


def _surveys(acts: Activities) -> list[Paragraph | Items]:
    blocks: list[Paragraph | Items] = []
    for survey in acts.surveys:
        actor = f"{survey.lead.common_name} tổ chức" if survey.lead is not None else "Tổ chức"
        text = f"{actor} khảo sát {survey.subject}"
        if survey.held_on is not None:
            text += f" ({_partial(survey.held_on)})"
        if survey.surveyed:
            blocks.append(Paragraph(f"{text}; các đơn vị được khảo sát:"))
            blocks.append(Items(_punctuate(survey.surveyed)))
        else:
            blocks.append(Paragraph(text + "."))
    return blocks


# --- petition figures -------------------------------------------------------------------


def _n(value: int) -> str:
    return vi.format_number(value)


def _scope(stats: PetitionStats) -> str:
    text = "Kiến nghị cử tri"
    if stats.competence is not None:
        text += f" thuộc {competence_label(stats)}"
    if stats.sector is not None:
        text += f", lĩnh vực {stats.sector}"
    if stats.session is not None:
        text += f", {stats.session}"
    return f"{text}, {_partial(stats.period)}"


_OUTCOME_LINES = (
    ("answered", "đã trả lời"),
    ("resolved", PetitionOutcome.RESOLVED.label),
    ("in_progress", PetitionOutcome.IN_PROGRESS.label),
    ("explained", PetitionOutcome.EXPLAINED.label),
    ("unresolved", PetitionOutcome.UNRESOLVED.label),
    ("unresolved_objective", "trong đó do nguyên nhân khách quan"),
)

# What each rate compares: (printed field, part field, Vietnamese name of the rate, of the part)
_RATES = (
    ("printed_rate", "resolved", "Tỷ lệ giải quyết", "đã giải quyết"),
    ("printed_answered_rate", "answered", "Tỷ lệ trả lời", "đã trả lời"),
)


def _rate_lines(stats: PetitionStats) -> list[str]:
    lines = []
    for printed_name, part_name, label, part_label in _RATES:
        printed: PrintedFigure | None = getattr(stats, printed_name)
        part: int | None = getattr(stats, part_name)
        if printed is not None:
            lines.append(f"{label} {PRINTED}: {printed.text}")
        if part is not None and stats.received:
            computed = vi.format_percent(Fraction(part, stats.received))
            lines.append(
                f"{label} {COMPUTED}: {computed} ({_n(part)}/{_n(stats.received)} kiến nghị)"
            )
        elif printed is not None:
            missing = []
            if stats.received is None:
                missing.append("tiếp nhận")
            if part is None:
                missing.append(part_label)
            reason = (
                f"nguồn không nêu số kiến nghị {vi.format_list(missing)}"
                if missing
                else "không có kiến nghị nào được tiếp nhận"
            )
            lines.append(f"{label} {COMPUTED}: không tính được ({reason})")
    return lines


def _stats_lines(stats: PetitionStats) -> list[str]:
    lines = []
    if stats.received is not None:
        lines.append(f"Số kiến nghị tiếp nhận: {_n(stats.received)}")
    for name, label in _OUTCOME_LINES:
        value = getattr(stats, name)
        if value is not None:
            lines.append(f"{_cap(label)}: {_n(value)}")
    return lines + _rate_lines(stats)


def _part_of(stats: PetitionStats, subject: str) -> tuple[PetitionStats, str, str]:
    """Resolve ``breakdown[1].printed_rate`` to the part, its label and ``printed_rate``."""
    prefix = ""
    while subject.startswith("breakdown["):
        index_text, subject = subject[len("breakdown[") :].split("].", 1)
        stats = stats.breakdown[int(index_text)]
        prefix += f"{_part_label(stats)}: "
    return stats, prefix, subject


def _part_label(part: PetitionStats) -> str:
    if part.competence is not None:
        return f"kiến nghị thuộc {competence_label(part)}"
    if part.sector is not None:
        return f"kiến nghị lĩnh vực {part.sector}"
    if part.session is not None:
        return f"kiến nghị {part.session}"
    return "một phần"


def _finding_text(stats: PetitionStats, finding: AuditFinding) -> str | None:
    """The audit's finding in Vietnamese; None for a passed check that needs no sentence."""
    from tayho_coord.audit import RateCheck, SumCheck, Verdict, denominators

    whole_stats, prefix, subject = _part_of(stats, finding.subject)
    check = finding.check
    if isinstance(check, RateCheck):
        text, counts = check.printed.text, f"{_n(check.numerator)}/{_n(check.denominator)}"
        if check.verdict is Verdict.ROUNDED:
            return (
                f"{prefix}tỷ lệ {PRINTED} ({text}) khớp với tỷ lệ {COMPUTED} {counts} "
                "(làm tròn theo Luật Kế toán)"
            )
        if check.value is None:
            return f"{prefix}tỷ lệ {PRINTED} ({text}) không thể tính từ tổng số 0"
        if check.verdict is Verdict.TRUNCATED:
            return (
                f"{prefix}tỷ lệ {PRINTED} ({text}) là tỷ lệ {counts} bị cắt bớt chữ số, "
                f"không làm tròn; làm tròn theo Luật Kế toán là {check.expected}"
            )
        sentence = (
            f"{prefix}tỷ lệ {PRINTED} ({text}) không khớp với tỷ lệ {COMPUTED} {counts} "
            f"là {check.expected}"
        )
        if check.numerator > 0:
            # 0 < numerator <= denominator (PetitionStats), so twice the total bounds it
            bound = 2 * check.denominator
            totals = denominators(check.printed, check.numerator, max_denominator=bound)
            if totals:
                shown = vi.format_list([_n(t) for t in totals[:5]], style="or")
                more = " …" if len(totals) > 5 else ""
                sentence += (
                    f"; tỷ lệ công bố ứng với {_n(check.numerator)} trên tổng số {shown}{more}"
                )
        return sentence
    if isinstance(check, SumCheck):
        if check.ok:
            return None
        # audit labels every part: an outcome's name, or a part's scope
        terms = " + ".join(
            f"{_n(value)} ({label})" for value, label in zip(check.parts, check.labels, strict=True)
        )
        gap = check.difference
        if not check.complete:
            return f"{prefix}{terms} = {_n(check.sum)}, vượt tổng số {_n(check.total)} là {_n(gap)}"
        word = "nhiều" if gap > 0 else "ít"
        return (
            f"{prefix}{terms} = {_n(check.sum)}, {word} hơn tổng số {_n(check.total)} "
            f"là {_n(abs(gap))}"
        )
    if finding.ok:
        return None
    # A finding without a check is on a printed rate (audit's _rate): out of range, or with
    # a total but no count of the part, from a total of 0 or from none that prints it. A
    # count with its total always gives a check, never larger than the total (PetitionStats
    # refuses that).
    part_label = {name: label for name, _, _, label in _RATES}[subject]
    printed: PrintedFigure = getattr(whole_stats, subject)
    ratio = printed.percent_ratio
    if ratio < 0 or ratio > 1:
        return f"{prefix}tỷ lệ {PRINTED} ({printed.text}) không nằm trong khoảng 0–100%"
    whole = whole_stats.received
    if not whole:  # 0: a None total gives no finding
        return f"{prefix}tỷ lệ {PRINTED} ({printed.text}) không thể tính từ tổng số 0"
    return (
        f"{prefix}không có số kiến nghị {part_label} nào trên tổng số "
        f"{_n(whole)} cho tỷ lệ {printed.text}"
    )


def _petitions(review: ProgramReview) -> list[Paragraph | Items]:
    from tayho_coord.audit import audit

    blocks: list[Paragraph | Items] = []
    for stats in review.petitions:
        lines = _stats_lines(stats)
        if not lines:
            continue
        blocks.append(Paragraph(f"{_scope(stats)}:"))
        blocks.append(Items(_punctuate(lines)))
        for part in stats.breakdown:
            part_lines = _stats_lines(part)
            if part_lines:
                blocks.append(Paragraph(f"Trong đó, {_part_label(part)}:"))
                blocks.append(Items(_punctuate(part_lines)))
        texts = [t for t in (_finding_text(stats, f) for f in audit(stats)) if t is not None]
        blocks.extend(Paragraph(f"Đối chiếu: {text}.", role="finding") for text in texts)
    return blocks


# --- the report -------------------------------------------------------------------------


def _results(review: ProgramReview) -> Section:
    acts = review.reviewed.activities
    groups: list[tuple[str, list[Paragraph | Items]]] = [
        ("Tổ chức phiên giải trình", _hearings(acts)),
        (
            "Giám sát, khảo sát, kiểm tra chuyên đề",
            [block for group in acts.oversight for block in _oversight_group(group)],
        ),
        ("Tiếp xúc cử tri", _voter_contacts(acts)),
        ("Phản biện xã hội", _critiques(acts)),
        ("Đối thoại", _dialogues(acts)),
        ("Khảo sát sự hài lòng của người dân", _surveys(acts)),
        ("Giải quyết kiến nghị cử tri", _petitions(review)),
        ("Đánh giá chung", [Items(tuple(f.text for f in review.achievements))]),
    ]
    subsections: list[Section] = []
    for heading, blocks in groups:
        if not blocks or blocks == [Items(())]:
            continue
        number = len(subsections) + 1
        subsections.append(Section(f"{number}. {heading}", tuple(blocks), level=3))
    if not subsections:
        subsections.append(
            Section("1. Kết quả", (Paragraph("Nguồn không nêu hoạt động phối hợp nào."),), 3)
        )
    year = review.reviewed.year
    return Section(f"KẾT QUẢ THỰC HIỆN CHƯƠNG TRÌNH NĂM {year}", tuple(subsections))


def _shortcomings(review: ProgramReview) -> Section | None:
    if not review.shortcomings:
        return None
    return Section("TỒN TẠI, HẠN CHẾ", (Items(tuple(f.text for f in review.shortcomings)),))


def _next_program(review: ProgramReview) -> Section | None:
    program = review.signed
    if program is None:
        return None
    blocks: list[Paragraph | Items | Section] = []
    name = f"Chương trình phối hợp công tác năm {program.year}"
    if program.symbol is not None:
        name += f" ({program.symbol})"
    if program.signed_on is not None:
        blocks.append(Paragraph(f"{name} được ký kết {_partial(program.signed_on)}."))
    blocks.extend(_standing(program))
    if program.content_areas:
        areas = vi.format_list([area.label for area in program.content_areas])
        blocks.append(Paragraph(f"Nội dung phối hợp: {areas}."))
    tasks = program.key_tasks
    if tasks.total is not None:
        text = f"Năm {program.year} tập trung thực hiện "
        text += vi.format_count(tasks.total, noun="nhiệm vụ trọng tâm")
        blocks.extend(_listed(tasks, text, "nhiệm vụ", lambda t: t.text, ordered=True))
    if not blocks:
        blocks.append(Paragraph(f"{name} đã được ký kết."))
    return Section(f"CHƯƠNG TRÌNH PHỐI HỢP CÔNG TÁC NĂM {program.year}", tuple(blocks))


def _source_entry(source: Source) -> str:
    parts = [source.title]
    if source.publisher:
        parts.append(source.publisher)
    if source.author:
        parts.append(f"tác giả {source.author}")
    if source.published is not None:
        published = source.published
        parts.append(vi.format_date(published.to_date()) if published.is_exact else published.iso())
    return ", ".join(parts)


def build(
    review: ProgramReview,
    *,
    place: str | None = None,
    figures: tuple[tuple[str, str], ...] = (),
) -> Document:
    """The report of ``review`` as a document tree.

    Args:
        review: The review conference.
        place: The place of the date line; by default the unit's
            :attr:`~tayho_coord.model.AdminUnit.place_name` (the bodies' seat).
        figures: Charts for the HTML rendering (caption, inline SVG).
    """
    program = review.reviewed
    unit = program.unit
    where = place if place is not None else unit.place_name
    subject = (
        f"Kết quả thực hiện Chương trình phối hợp công tác năm {program.year} "
        f"giữa {_joint_name(program.parties)}"
    )
    sections = [
        s
        for s in (_bodies(review), _results(review), _shortcomings(review), _next_program(review))
        if s is not None
    ]
    numbered = tuple(
        Section(f"{_ROMAN[i]}. {s.heading}", s.blocks, s.level) for i, s in enumerate(sections)
    )
    sources = sources_of(review)
    return Document(
        issuer=_issuer(program),
        nation=NATION,
        date_line=vi.format_date_line(review.held_on, where),
        kind="BÁO CÁO",
        subject=subject,
        title=(
            f"Báo cáo kết quả thực hiện Chương trình phối hợp công tác năm {program.year} – "
            f"{unit.display(start=True)}"
        ),
        intro=_intro(review),
        sections=numbered,
        sources=tuple(_source_entry(s) for s in sources),
        notice=ILLUSTRATIVE_NOTICE if is_illustrative(sources) else None,
        source_urls=tuple(s.url for s in sources),
        figures=figures,
    )
