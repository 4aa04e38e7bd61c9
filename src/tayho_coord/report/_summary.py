"""A short Vietnamese summary of a review: the ``tayho-coord summary`` command's text."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from tayho_coord import vi
from tayho_coord.model._periods import day_text, held_text
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
from tayho_coord.report._parts import chairs_by_role

if TYPE_CHECKING:
    from collections.abc import Iterable

    from tayho_coord.model import (
        CoordinationProgram,
        Hearing,
        HearingMention,
        Meeting,
        OversightActivity,
        OversightGroup,
        PetitionReport,
        PetitionStats,
        Record,
        ReportedCount,
        Source,
        StatedFigure,
    )

__all__ = ["summarize"]


def _partial(reported: ReportedCount[Any]) -> bool:
    """Whether the source states a count and names fewer items than it."""
    return reported.is_stated and bool(reported.items) and not reported.is_complete


def _count(reported: ReportedCount[Any], noun: str) -> str:
    """``04 nội dung giám sát chuyên đề (nêu tên 02)``; ``các … (không nêu số lượng)``."""
    total = reported.total
    if total is None:
        return f"các {noun} (không nêu số lượng)"
    text = vi.format_count(total, noun=noun)
    if _partial(reported):
        text += f" (nêu tên {vi.format_count(len(reported.items))})"
    return text


def _oversight(group: OversightGroup) -> str:
    noun = f"nội dung {oversight_kinds(group)}"
    return f"{oversight_actor(group)} {_count(group.topics, noun)}"


def _hearings(hearings: ReportedCount[HearingMention]) -> str:
    """``03 phiên giải trình (a; b; c)``, or ``…, trong đó có a; b`` when some are unnamed."""
    total = hearings.total
    text = (
        "không nêu số lượng" if total is None else vi.format_count(total, noun="phiên giải trình")
    )
    if not hearings.items:
        return text
    subjects = "; ".join(h.subject for h in hearings.items)
    if _partial(hearings):
        return f"{text}, trong đó có {subjects}"
    return f"{text} ({subjects})"


def _petitions(stats: PetitionStats) -> str:
    scope = "Tỷ lệ giải quyết kiến nghị cử tri"
    if stats.competence is not None:
        scope += f" thuộc {competence_label(stats)}"
    parts = []
    if stats.printed_rate is not None:
        parts.append(f"{stats.printed_rate.text} ({PRINTED})")
    rate = stats.resolution_rate
    if rate is not None:
        parts.append(f"{vi.format_percent(rate)} ({COMPUTED})")
    if not parts:
        parts.append("không có số liệu")
    return f"{scope}: {'; '.join(parts)}"


def _source_lines(sources: Iterable[Source]) -> list[str]:
    lines = []
    for source in {s.id: s for s in sources}.values():
        line = f"Nguồn: {source.title}"
        if source.publisher:
            line += f", {source.publisher}"
        if source.published is not None and source.published.is_exact:
            line += f", {vi.format_date(source.published.to_date())}"
        lines.append(line)
    return lines


def _agreement_lines(program: CoordinationProgram) -> list[str]:
    lines = ["Các cơ quan phối hợp: " + vi.format_list([p.full_name for p in program.parties])]
    if program.signed_on is not None:
        lines.append(f"Ký kết: {day_text(program.signed_on)}")
    if program.task_groups is not None:
        # "10 nhóm nhiệm vụ": groups of tasks as the source counts them (issue 11).
        lines.append(f"Nội dung: {vi.format_count(program.task_groups, noun='nhóm nhiệm vụ')}")
    return lines


def _meeting_lines(meeting: Meeting) -> list[str]:
    noun = meeting.noun[:1].upper() + meeting.noun[1:]  # the source's noun (lễ, hội nghị…)
    held_on = meeting.held_on
    if held_on is None:  # only an article's day, never the meeting's
        lines = [f"{noun}: {meeting.time_label}"]
    else:
        lines = [f"{noun}: {held_text(held_on, meeting.held_until, preposition=False)}"]
    if meeting.part_of_day is not None and held_on is not None:
        lines[0] = f"{noun}: {meeting.part_of_day.value} {day_text(held_on)}"
    lines.extend(_agreement_lines(meeting.agreement)[:1])
    # one line a role, as an activity's: never three "Đồng chủ trì:", nor one of one person
    chairs = chairs_by_role(
        (c.role.label, c.body.full_name if c.post is None else c.post.label) for c in meeting.chairs
    )
    lines.extend(f"{role.capitalize()}: {vi.format_list(names)}" for role, names in chairs.items())
    lines.extend(f"Kết quả: {f.text}" for f in meeting.achievements)
    lines.extend(f"Hạn chế: {f.text}" for f in meeting.shortcomings)
    lines.extend(_petitions(stats) for stats in meeting.petitions)
    lines.extend(_figure_lines(meeting.figures))
    if meeting.signed is not None:
        line = f"Ký kết: {meeting.signed.title}"
        if meeting.signed.task_groups is not None:
            line += f", {vi.format_count(meeting.signed.task_groups, noun='nhóm nhiệm vụ')}"
        lines.append(line)
    return lines


def _activity_lines(activity: Hearing | OversightActivity) -> list[str]:
    from tayho_coord.model import Hearing

    lines = []
    if activity.organiser is not None:
        lines.append(f"Tổ chức: {activity.organiser.full_name}")
    leaders: dict[str, list[str]] = {}
    for leader in activity.leaders:
        leaders.setdefault(leader.role.label, []).append(leader.post.label)
    if activity.lead is not None:
        # a post chairing it too: the body is said apart, never two "Chủ trì:" lines
        head = "Cơ quan chủ trì" if "chủ trì" in leaders else "Chủ trì"
        lines.append(f"{head}: {activity.lead.full_name}")
    for role, posts in leaders.items():
        lines.append(f"{role.capitalize()}: {vi.format_list(posts)}")
    partners = [p.full_name for p in activity.partners] + list(activity.other_partners)
    if partners:
        lines.append("Phối hợp: " + vi.format_list(partners))
    if activity.plan is not None:
        # a plan that is another document (a Quyết định, a Nghị quyết) is carried out
        head = "Kế hoạch" if activity.plan.kind == "Kế hoạch" else "Thực hiện"
        lines.append(f"{head}: {activity.plan.label}")
    if activity.held_on is not None:
        lines.append(
            f"Thời gian: {held_text(activity.held_on, activity.held_until, preposition=False)}"
        )
    if activity.scheduled is not None:
        # the time a plan sets: planned, never said as held
        within = activity.scheduled_within  # a window, not the days it takes
        lines.append(f"Dự kiến: {activity.scheduled_text if within else activity.scheduled.label}")
    if activity.covers is not None:
        lines.append(f"Thời kỳ: {activity.covers.label}")
    if activity.period is None:  # only an article's day, never the activity's
        lines.append(f"Thời gian: {activity.time_label}")
    answering = activity.answering if isinstance(activity, Hearing) else activity.overseen
    if answering:
        noun = "Thành phần giải trình" if isinstance(activity, Hearing) else "Đối tượng"
        lines.append(f"{noun}: {vi.format_list(list(answering))}")
    lines.extend(f"{f.what}: {f.printed.text} ({PRINTED})" for f in activity.figures)
    lines.extend(f"Kết luận: {f.text}" for f in activity.findings)
    lines.extend(f"Kiến nghị: {f.text}" for f in activity.recommendations)
    if activity.report is not None:
        lines.append(f"Báo cáo kết quả: {activity.report.label}")
    return lines


def _petition_report_lines(report: PetitionReport) -> list[str]:
    noun = report.noun.label
    lines = []
    if report.as_of is not None:
        lines.append(f"Số liệu tính đến: {day_text(report.as_of, preposition=False)}")
    if report.total is not None:
        lines.append(f"Tổng số: {vi.format_count(report.total, noun=noun)}")
    levels = {level.code: level.label for level in report.scale.levels}
    for part in report.parts:
        if part.total is None:
            continue
        # "Thuộc" a competence ("Thuộc thẩm quyền cấp tỉnh"); any other part by its name
        # ("Trước kỳ họp", "Lĩnh vực đất đai"), never "Thuộc trước kỳ họp"
        label = f"Thuộc {part.competence.label}" if part.competence is not None else part.key
        shown = [vi.format_count(part.total, noun=noun)]
        shown.extend(
            f"{levels[o.level]} {vi.format_count(o.count, noun=noun)}"
            for o in part.outcomes
            if o.count is not None
        )
        lines.append(f"{label[:1].upper()}{label[1:]}: {'; '.join(shown)}")
    for outcome in report.outcomes:
        shown = [] if outcome.count is None else [vi.format_count(outcome.count, noun=noun)]
        shown += [f"{f.text} ({PRINTED})" for f in outcome.printed]
        if shown:
            level = levels[outcome.level]
            lines.append(f"{level[:1].upper()}{level[1:]}: {'; '.join(shown)}")
    rate = report.resolution_rate
    if rate is not None:
        lines.append(f"Tỷ lệ giải quyết: {vi.format_percent(rate)} ({COMPUTED})")
    lines.extend(_figure_lines(report.figures))
    return lines


def _figure_lines(figures: tuple[StatedFigure, ...]) -> list[str]:
    """``<what>: <as printed> (theo số liệu công bố)``, one a line."""
    return [f"{f.what[:1].upper()}{f.what[1:]}: {f.printed.text} ({PRINTED})" for f in figures]


def _summarize_record(record: Record) -> str:
    """The summary of a record of its own (issue 11), worded as its source words it."""
    from tayho_coord.model import (
        CoordinationProgram,
        Meeting,
        OversightActivity,
        PetitionReport,
        VoterContact,
    )

    place = record.unit.display(start=True)
    if isinstance(record, CoordinationProgram):
        lines = [f"{place}: {record.title}", *_agreement_lines(record)]
    elif isinstance(record, Meeting):
        lines = [f"{place}: {record.title}", *_meeting_lines(record)]
    elif isinstance(record, VoterContact):
        from tayho_coord.report._contacts import contact_lines

        lines = [f"{place}: {record.name}", *contact_lines(record)]
    elif isinstance(record, PetitionReport):
        head = f"kết quả giải quyết {record.noun.subject} của cử tri"
        if record.period is not None:
            head += f" {record.period.label}"
        elif record.session is not None:
            head += f" gửi tới {record.session.label}"
        lines = [f"{place}: {head}", *_petition_report_lines(record)]
    else:
        from tayho_coord.model import Hearing

        assert isinstance(record, (Hearing, OversightActivity))

        # "chuyên đề" only where the record says thematic; each topic of a hearing once
        what = "phiên giải trình" if isinstance(record, Hearing) else record.name
        subjects = record.subjects if isinstance(record, Hearing) else (record.subject,)
        lines = [f"{place}: {what} về {'; '.join(subjects)}", *_activity_lines(record)]
    sources = [c.source for c in record.sources]
    if is_illustrative(sources):
        lines.insert(1, ILLUSTRATIVE_NOTICE)
    lines.extend(_source_lines(sources))
    return "\n".join(lines) + "\n"


def summarize(review: Record) -> str:
    """A short Vietnamese summary of a program review, one fact a line.

    Printed figures are marked ``theo số liệu công bố``, computed ones ``tính từ số liệu``;
    nothing is filled in. Figures resting on the illustrative data are flagged on the second
    line (``DỮ LIỆU MINH HỌA – KHÔNG PHẢI SỐ LIỆU THẬT``).

    Examples:
        >>> from tayho_coord.datasets import tay_ho_2019
        >>> print(summarize(tay_ho_2019()).splitlines()[1])
        Hội nghị: chiều thứ Ba, ngày 11 tháng 02 năm 2020

    Any other record of the cycle (a :class:`~tayho_coord.model.Meeting`, a
    :class:`~tayho_coord.model.Hearing`, an :class:`~tayho_coord.model.OversightActivity`, a
    :class:`~tayho_coord.model.PetitionReport`, a
    :class:`~tayho_coord.model.CoordinationProgram`) is summarized worded as its source
    words it: a meeting by its own title (``hội nghị sơ kết 6 tháng đầu năm 2020 thực hiện
    …``), a petition report in its own noun and its scale's labels.

    Raises:
        ValidationError: ``review`` is not a record of the cycle (``Record``).
    """
    from tayho_coord.model import ProgramReview
    from tayho_coord.report._render import _check_review

    _check_review(review)
    if not isinstance(review, ProgramReview):
        return _summarize_record(review)
    program = review.reviewed
    unit = program.unit
    lines = [
        f"{unit.display(start=True)}: tổng kết Chương trình phối hợp công tác năm {program.year}",
    ]
    if is_illustrative(sources_of(review)):
        lines.append(ILLUSTRATIVE_NOTICE)
    when = vi.format_date(review.held_on, style="full")
    if review.part_of_day is not None:
        when = f"{review.part_of_day.value} {when}"
    lines.append(f"Hội nghị: {when}")
    lines.append("Các cơ quan phối hợp: " + vi.format_list([p.full_name for p in program.parties]))
    if program.standing_agency is not None:
        lines.append(f"Cơ quan thường trực năm {program.year}: {program.standing_agency.full_name}")
    acts = program.activities
    lines.append(f"Giải trình: {_hearings(acts.hearings)}")
    lines.extend(f"Giám sát, khảo sát, kiểm tra chuyên đề: {_oversight(g)}" for g in acts.oversight)
    if acts.voter_contacts:
        kinds = vi.format_list([g.kind.label for g in acts.voter_contacts])
        counts = [g.meetings.total for g in acts.voter_contacts]
        tail = "" if any(c is not None for c in counts) else " (không nêu số hội nghị)"
        lines.append(f"Tiếp xúc cử tri: {kinds}{tail}")
    lines.extend(f"Khảo sát {s.subject}: " + vi.format_list(list(s.surveyed)) for s in acts.surveys)
    lines.extend(_petitions(stats) for stats in review.petitions)
    lines.extend(f"Hạn chế: {finding.text}" for finding in review.shortcomings)
    nxt = review.signed
    if nxt is not None:
        line = f"Chương trình năm {nxt.year}"
        if nxt.signed_on is not None and nxt.signed_on.is_exact:
            line += f": ký ngày {vi.format_date(nxt.signed_on.to_date())}"
        line += f"; {_count(nxt.key_tasks, 'nhiệm vụ trọng tâm')}"
        lines.append(line)
    lines.extend(_source_lines(c.source for c in review.sources))
    return "\n".join(lines) + "\n"
