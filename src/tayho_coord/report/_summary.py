"""A short Vietnamese summary of a review: the ``tayho-coord summary`` command's text."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from tayho_coord import vi
from tayho_coord.model import OversightKind
from tayho_coord.report._common import competence_label

if TYPE_CHECKING:
    from tayho_coord.model import (
        OversightGroup,
        PetitionStats,
        ProgramReview,
        ReportedCount,
    )

__all__ = ["summarize"]


def _count(reported: ReportedCount[Any], noun: str) -> str:
    total = reported.total
    if total is None:
        return "không nêu số lượng"
    text = vi.format_count(total, noun=noun)
    if reported.is_stated and reported.items and not reported.is_complete:
        text += f" (nêu tên {vi.format_count(len(reported.items))})"
    return text


def _oversight(group: OversightGroup) -> str:
    kinds = ", ".join(k.label for k in OversightKind if k in group.kinds)
    text = f"{_count(group.topics, 'nội dung')} {kinds}"
    if group.lead is not None:
        text += f", {group.lead.common_name} chủ trì"
        if group.partners:
            text += ", phối hợp với " + vi.format_list([p.common_name for p in group.partners])
    elif group.partners:
        text += ", " + vi.format_list([p.common_name for p in group.partners]) + " phối hợp"
    return text


def _petitions(stats: PetitionStats) -> str:
    scope = "Tỷ lệ giải quyết kiến nghị cử tri"
    if stats.competence is not None:
        scope += f" thuộc {competence_label(stats)}"
    parts = []
    if stats.printed_rate is not None:
        parts.append(f"{stats.printed_rate.text} (số liệu in trong nguồn)")
    rate = stats.resolution_rate
    if rate is not None:
        parts.append(f"{vi.format_percent(rate)} (tính từ số đếm)")
    if not parts:
        parts.append("không có số liệu")
    return f"{scope}: {'; '.join(parts)}"


def summarize(review: ProgramReview) -> str:
    """A short Vietnamese summary of a program review, one fact a line.

    Printed figures are marked as printed, computed ones as computed; nothing is filled in.

    Examples:
        >>> from tayho_coord.datasets import tay_ho_2019
        >>> print(summarize(tay_ho_2019()).splitlines()[1])
        Hội nghị: chiều thứ Ba, ngày 11 tháng 02 năm 2020
    """
    program = review.reviewed
    unit = program.unit
    lines = [
        f"{unit.display(start=True)}: tổng kết Chương trình phối hợp công tác năm {program.year}",
    ]
    when = vi.format_date(review.held_on, style="full")
    if review.part_of_day is not None:
        when = f"{review.part_of_day.value} {when}"
    lines.append(f"Hội nghị: {when}")
    lines.append("Các cơ quan phối hợp: " + vi.format_list([p.full_name for p in program.parties]))
    if program.standing_agency is not None:
        lines.append(f"Cơ quan thường trực năm {program.year}: {program.standing_agency.full_name}")
    acts = program.activities
    hearings = _count(acts.hearings, "phiên giải trình")
    if acts.hearings.items:
        hearings += ": " + "; ".join(h.subject for h in acts.hearings.items)
    lines.append(f"Giải trình: {hearings}")
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
    sources = {c.source.id: c.source for c in review.sources}
    for source in sources.values():
        line = f"Nguồn: {source.title}"
        if source.publisher:
            line += f", {source.publisher}"
        if source.published is not None and source.published.is_exact:
            line += f", {vi.format_date(source.published.to_date())}"
        lines.append(line)
    return "\n".join(lines) + "\n"
