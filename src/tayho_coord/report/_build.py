"""The report of a program review, built as a :class:`Document`: a BÁO CÁO as an office files it.

The parts are those of Nghị định 30/2020/NĐ-CP (ND30), Phụ lục I (see
:mod:`tayho_coord.report._parts`); the body follows the usual structure of a BÁO CÁO —
kết quả đạt được; tồn tại, hạn chế; bài học kinh nghiệm; phương hướng, nhiệm vụ; kiến nghị,
đề xuất — each section only where the data has something for it. The body reads as an
office writes it: counts zero-padded ("03 phiên giải trình"), a count the source does not
give simply not written, abbreviations introduced at their first use, list entries with a
capital. Where each figure comes from, whether it is printed or computed, and what the audit
found go to the appendix (PHỤ LỤC), with the sources. Nothing the data does not hold is
filled in: not the issue date, not the number, not the signers.
"""

from __future__ import annotations

from fractions import Fraction
from typing import TYPE_CHECKING, Any, TypeVar

from tayho_coord import vi
from tayho_coord.errors import ValidationError
from tayho_coord.model import PetitionOutcome
from tayho_coord.report._common import (
    COMPUTED,
    PRINTED,
    competence_label,
    oversight_actor,
    oversight_kinds,
    sources_of,
)
from tayho_coord.report._document import Block, Document, Items, Paragraph, Section
from tayho_coord.report._options import DocumentOptions, compose
from tayho_coord.report._parts import capitalize, joint_name, punctuate

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable

    from tayho_coord.audit import AuditFinding
    from tayho_coord.model import (
        Activities,
        Agency,
        Dialogue,
        OversightGroup,
        PartialDate,
        PetitionStats,
        PrintedFigure,
        ProgramReview,
        ReportedCount,
    )

__all__ = ["build"]

_T = TypeVar("_T")

APPENDIX_POINTER = "Nguồn và cơ sở của các số liệu nêu tại Phụ lục kèm theo Báo cáo này."


def _partial(date: PartialDate) -> str:
    """A partial date in words: ``ngày 11 tháng 02 năm 2020``, ``tháng 3 năm 2019``, ``năm 2019``.

    Months 1 and 2 take a leading zero, as in a full date (ND30, Phụ lục I, mục II, khoản 4).
    """
    if date.is_exact:
        return vi.format_date(date.to_date(), style="long")
    if date.month is not None:
        month = f"{date.month:02d}" if date.month < 3 else str(date.month)
        return f"tháng {month} năm {date.year}"
    return f"năm {date.year}"


class _Notes:
    """The provenance notes gathered while the body is built: they go to the appendix."""

    def __init__(self) -> None:
        self.activities: list[str] = []
        self.petitions: list[Block] = []


def _named(reported: ReportedCount[Any]) -> bool:
    """Whether the source names fewer items than it counts."""
    return reported.count is not None and bool(reported.items) and not reported.is_complete


def _counted_note(what: str, reported: ReportedCount[Any], noun: str, notes: _Notes) -> None:
    if _named(reported) and reported.count is not None:
        notes.activities.append(
            f"{what}: nguồn nêu {vi.format_count(reported.count, noun=noun)}, "
            f"nêu tên {vi.format_count(len(reported.items), noun=noun)}"
        )


# --- the opening ------------------------------------------------------------------------


def _intro(review: ProgramReview, appendix: bool) -> tuple[Block, ...]:
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
        first = f"{capitalize(when)}, {joint_name(review.hosts)} tổ chức {what}."
    else:
        first = f"{capitalize(when)}, {what} được tổ chức."
    blocks: list[Block] = [Paragraph(first)]
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
        blocks.append(Items(punctuate(present)))
    if review.reporter is not None:
        role = ""
        if review.reporter == program.standing_agency:
            role = f", cơ quan thường trực năm {program.year},"
        blocks.append(
            Paragraph(
                f"Tại hội nghị, {review.reporter.full_name}{role} báo cáo kết quả thực hiện "
                f"Chương trình phối hợp công tác năm {program.year}."
            )
        )
    elif program.standing_agency is not None:
        blocks.append(
            Paragraph(
                f"Cơ quan thường trực năm {program.year}: {program.standing_agency.full_name}."
            )
        )
    if appendix:
        blocks.append(Paragraph(APPENDIX_POINTER))
    return tuple(blocks)


# --- the results ------------------------------------------------------------------------


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
    entry: Callable[[_T], str],
    *,
    ordered: bool = False,
) -> list[Block]:
    """``text.`` when the source names no item; ``text:`` (or ``…, trong đó có:``) over them."""
    if not reported.items:
        return [Paragraph(text + ".")]
    entries = punctuate(entry(item) for item in reported.items)
    lead = text + (", trong đó có:" if _named(reported) else ":")
    return [Paragraph(lead), Items(entries, ordered=ordered)]


def _activity(
    reported: ReportedCount[_T],
    lead: str,
    counted: str,
    noun: str,
    entry: Callable[[_T], str],
    what: str,
    notes: _Notes,
) -> list[Block]:
    """``lead`` with the count (``Tổ chức 02 hội nghị đối thoại``), then the items named.

    Nothing in the body where the source gives no count; the appendix says so.
    """
    _counted_note(what, reported, noun, notes)
    if reported.total is None:
        return []
    return _listed(reported, lead + vi.format_count(reported.total, noun=counted), entry)


def _hearings(acts: Activities, notes: _Notes) -> list[Block]:
    return _activity(
        acts.hearings,
        "Phối hợp tổ chức ",
        "phiên giải trình",
        "phiên",
        lambda h: _detailed(h.subject, [_when(h.held_on), _leading(h.presiding)]),
        "Phiên giải trình",
        notes,
    )


def _oversight_group(group: OversightGroup, notes: _Notes) -> list[Block]:
    actor = oversight_actor(group)
    kinds = oversight_kinds(group)
    _counted_note(capitalize(f"{kinds} ({actor})"), group.topics, "nội dung", notes)
    if group.topics.total is None:
        notes.activities.append(capitalize(f"{kinds} ({actor}): nguồn không nêu số nội dung"))
        if actor == "thực hiện":
            return [Paragraph(capitalize(f"thực hiện {kinds}."))]
        return [Paragraph(capitalize(f"{actor} {kinds}."))]
    text = capitalize(f"{actor} {vi.format_count(group.topics.total, noun='nội dung')} {kinds}")
    return _listed(group.topics, text, lambda t: _detailed(t.subject, [_when(t.held_on)]))


def _voter_contacts(acts: Activities, notes: _Notes) -> list[Block]:
    groups = acts.voter_contacts
    if not groups:
        return []
    parts = []
    unknown = []
    for group in groups:
        total = group.meetings.total
        if total is None:
            unknown.append(group.kind.label)
        else:
            parts.append(
                vi.format_count(total, noun=f"hội nghị tiếp xúc cử tri {group.kind.label}")
            )
    if unknown:
        parts.append(f"các hội nghị tiếp xúc cử tri {vi.format_list(unknown)}")
        notes.activities.append(
            f"Hội nghị tiếp xúc cử tri {vi.format_list(unknown)}: nguồn không nêu số hội nghị"
        )
    return [Paragraph(f"Phối hợp tổ chức {vi.format_list(parts)}.")]


def _critiques(acts: Activities, notes: _Notes) -> list[Block]:
    return _activity(
        acts.social_critiques,
        "Tổ chức phản biện xã hội đối với ",
        "nội dung",
        "nội dung",
        lambda c: _detailed(c.subject, [_leading(c.lead), _when(c.held_on)]),
        "Phản biện xã hội",
        notes,
    )


def _dialogue_entry(dialogue: Dialogue) -> str:
    names = [p.common_name for p in dialogue.participants]
    who = vi.format_list(names) if names else None
    return _detailed(dialogue.subject, [who, _when(dialogue.held_on)], sep="; ")


def _dialogues(acts: Activities, notes: _Notes) -> list[Block]:
    return _activity(
        acts.dialogues,
        "Tổ chức ",
        "hội nghị đối thoại",
        "hội nghị",
        _dialogue_entry,
        "Hội nghị đối thoại",
        notes,
    )


def _surveys(acts: Activities) -> list[Block]:
    blocks: list[Block] = []
    for survey in acts.surveys:
        actor = f"{survey.lead.common_name} tổ chức" if survey.lead is not None else "Tổ chức"
        text = f"{actor} khảo sát {survey.subject}"
        if survey.held_on is not None:
            text += f" ({_partial(survey.held_on)})"
        if survey.surveyed:
            blocks.append(Paragraph(f"{text}. Các đơn vị được khảo sát:"))
            blocks.append(Items(punctuate(survey.surveyed)))
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
            lines.append(f"{capitalize(label)}: {_n(value)}")
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


# --- petitions in the body: as an office writes them ------------------------------------


def _scope_words(stats: PetitionStats, year: int | None) -> str:
    """``kiến nghị cử tri thuộc thẩm quyền cấp quận`` (and the period unless of ``year``)."""
    text = "kiến nghị cử tri"
    if stats.competence is not None:
        text += f" thuộc {competence_label(stats)}"
    if stats.sector is not None:
        text += f", lĩnh vực {stats.sector}"
    if stats.session is not None:
        text += f", {stats.session}"
    if stats.period.year != year or stats.period.month is not None:
        text += f" {_partial(stats.period)}"
    return text


def _rate_shown(stats: PetitionStats, printed_name: str, part_name: str) -> str | None:
    """The rate the body states: the source's printed figure, else the one computed."""
    printed: PrintedFigure | None = getattr(stats, printed_name)
    if printed is not None:
        return printed.text
    part: int | None = getattr(stats, part_name)
    if part is not None and stats.received:
        return vi.format_percent(Fraction(part, stats.received))
    return None


_BODY_OUTCOMES = (
    ("answered", "đã trả lời"),
    ("resolved", "đã giải quyết xong"),
    ("in_progress", "đang giải quyết"),
    ("explained", "đã giải trình, cung cấp thông tin"),
    ("unresolved", "chưa giải quyết"),
    ("unresolved_objective", "trong đó chưa giải quyết do nguyên nhân khách quan"),
)


def _body_petitions(stats: PetitionStats, year: int | None) -> list[Block]:
    scope = _scope_words(stats, year)
    entries = []
    if stats.received is not None:
        entries.append(f"tiếp nhận {vi.format_count(stats.received, noun='kiến nghị')}")
    for name, label in _BODY_OUTCOMES:
        value = getattr(stats, name)
        if value is not None:
            entries.append(f"{label} {vi.format_count(value, noun='kiến nghị')}")
    rates = []
    for printed_name, part_name, label, _ in _RATES:
        shown = _rate_shown(stats, printed_name, part_name)
        if shown is not None:
            rates.append(f"{label.lower()} đạt {shown}")
    if not entries and not rates:
        return []
    if not entries:
        first, *rest = rates
        return [
            Paragraph(
                capitalize(f"{first.replace(' đạt', ' ' + scope + ' đạt', 1)}")
                + ("; " + "; ".join(rest) if rest else "")
                + "."
            )
        ]
    return [
        Paragraph(capitalize(f"{scope}:")),
        Items(punctuate([*entries, *rates])),
    ]


def _petitions(review: ProgramReview, notes: _Notes) -> list[Block]:
    from tayho_coord.audit import audit

    blocks: list[Block] = []
    year = review.reviewed.year
    for stats in review.petitions:
        blocks.extend(_body_petitions(stats, year))
        for part in stats.breakdown:
            part_blocks = _body_petitions(part, year)
            if part_blocks:
                blocks.append(Paragraph(f"Trong đó, {_part_label(part)}:"))
                blocks.extend(b for b in part_blocks[1:] if isinstance(b, Items))
                if len(part_blocks) == 1:
                    blocks[-1:] = []
                    blocks.append(part_blocks[0])
        lines = _stats_lines(stats)
        if lines:
            notes.petitions.append(Paragraph(f"{_scope(stats)}:"))
            notes.petitions.append(Items(punctuate(lines)))
        for part in stats.breakdown:
            part_lines = _stats_lines(part)
            if part_lines:
                notes.petitions.append(Paragraph(f"Trong đó, {_part_label(part)}:"))
                notes.petitions.append(Items(punctuate(part_lines)))
        texts = [t for t in (_finding_text(stats, f) for f in audit(stats)) if t is not None]
        notes.petitions.extend(Paragraph(f"Đối chiếu: {text}.", role="finding") for text in texts)
    return blocks


# --- the report -------------------------------------------------------------------------


def _plan(review: ProgramReview, notes: _Notes) -> list[Block]:
    """The plan sentence: ``Năm 2020, các cơ quan phối hợp thực hiện 1/2 nội dung …``.

    Only where the program lists planned activities and the metrics count them
    (:func:`tayho_coord.model.plan_sentence`); the basis of the share goes to the appendix.
    """
    if not review.reviewed.planned:
        return []
    from tayho_coord.metrics import yearly
    from tayho_coord.model import plan_sentence

    try:
        row = yearly([review])[0]
    except ValidationError:
        return []
    if not row.planned or row.carried_out is None:
        return []
    notes.activities.append(
        "Tỷ lệ thực hiện chương trình tính từ số liệu: số nội dung đã thực hiện trên số nội "
        "dung đến hạn theo chương trình"
    )
    sentence = plan_sentence(row.carried_out, row.planned)
    return [Paragraph(f"Năm {review.reviewed.year}, các cơ quan phối hợp {sentence}.")]


def _results(review: ProgramReview, notes: _Notes) -> Section | None:
    acts = review.reviewed.activities
    groups: list[tuple[str, list[Block]]] = [
        ("Thực hiện chương trình", _plan(review, notes)),
        ("Tổ chức phiên giải trình", _hearings(acts, notes)),
        (
            "Giám sát, khảo sát, kiểm tra chuyên đề",
            [block for group in acts.oversight for block in _oversight_group(group, notes)],
        ),
        ("Tiếp xúc cử tri", _voter_contacts(acts, notes)),
        ("Phản biện xã hội", _critiques(acts, notes)),
        ("Đối thoại", _dialogues(acts, notes)),
        ("Khảo sát sự hài lòng của người dân", _surveys(acts)),
        ("Giải quyết kiến nghị cử tri", _petitions(review, notes)),
        ("Đánh giá chung", [Items(punctuate(f.text for f in review.achievements))]),
    ]
    subsections: list[Section] = []
    for heading, blocks in groups:
        if not blocks or blocks == [Items(())]:
            continue
        number = len(subsections) + 1
        subsections.append(Section(f"{number}. {heading}", tuple(blocks), level=3))
    if not subsections:
        notes.activities.append("Nguồn không nêu hoạt động phối hợp nào")
        return None
    return Section("KẾT QUẢ ĐẠT ĐƯỢC", tuple(subsections))


def _shortcomings(review: ProgramReview) -> Section | None:
    if not review.shortcomings:
        return None
    return Section("TỒN TẠI, HẠN CHẾ", (Items(punctuate(f.text for f in review.shortcomings)),))


def _next_program(review: ProgramReview, notes: _Notes) -> Section | None:
    program = review.signed
    if program is None:
        return None
    blocks: list[Block] = []
    name = f"Chương trình phối hợp công tác năm {program.year}"
    if program.symbol is not None:
        name += f" (số {program.symbol})"
    if program.signed_on is not None:
        blocks.append(Paragraph(f"{name} được ký kết {_partial(program.signed_on)}."))
    if program.standing_agency is not None:
        blocks.append(
            Paragraph(
                f"Cơ quan thường trực năm {program.year}: {program.standing_agency.full_name}."
            )
        )
    if program.content_areas:
        areas = vi.format_list([area.label for area in program.content_areas])
        blocks.append(Paragraph(f"Nội dung phối hợp: {areas}."))
    tasks = program.key_tasks
    _counted_note(f"Nhiệm vụ trọng tâm năm {program.year}", tasks, "nhiệm vụ", notes)
    if tasks.total is not None:
        text = f"Năm {program.year} tập trung thực hiện "
        text += vi.format_count(tasks.total, noun="nhiệm vụ trọng tâm")
        blocks.extend(_listed(tasks, text, lambda t: t.text, ordered=True))
    if not blocks:
        blocks.append(Paragraph(f"{name} đã được ký kết."))
    return Section(f"PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM {program.year}", tuple(blocks))


def build(
    review: ProgramReview,
    options: DocumentOptions,
    *,
    figures: tuple[tuple[str, str], ...] = (),
) -> Document:
    """The report of ``review`` as a document tree.

    Args:
        review: The review conference.
        options: The place (by default the unit's
            :attr:`~tayho_coord.model.AdminUnit.place_name`, the bodies' seat), issue date,
            number, signers, recipients, and whether to add the appendix.
        figures: Charts for the HTML rendering (caption, inline SVG).
    """
    program = review.reviewed
    notes = _Notes()
    sections = [
        s
        for s in (_results(review, notes), _shortcomings(review), _next_program(review, notes))
        if s is not None
    ]
    basis: list[Section] = []
    if notes.activities:
        basis.append(Section("HOẠT ĐỘNG PHỐI HỢP", (Items(punctuate(notes.activities)),), 3))
    if notes.petitions:
        basis.append(Section("KIẾN NGHỊ CỬ TRI", tuple(notes.petitions), 3))
    return compose(
        options,
        type_code="BC",
        issuers=program.parties,
        seat=program.unit.place_name,
        year=review.held_on.year,
        subject=(
            f"Kết quả thực hiện Chương trình phối hợp công tác năm {program.year} "
            f"giữa {joint_name(program.parties)}"
        ),
        title=(
            f"Báo cáo kết quả thực hiện Chương trình phối hợp công tác năm {program.year} - "
            f"{program.unit.display(start=True)}"
        ),
        intro=_intro(review, options.appendix),
        sections=sections,
        roster=review.roster,
        sources=sources_of(review),
        notes=basis,
        announced=True,
        figures=figures,
    )
