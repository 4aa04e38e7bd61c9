"""A short Vietnamese summary of a review: the ``tayho-coord summary`` command's text."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from tayho_coord import vi
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

if TYPE_CHECKING:
    from tayho_coord.model import (
        HearingMention,
        OversightGroup,
        PetitionStats,
        ProgramReview,
        ReportedCount,
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


def summarize(review: ProgramReview) -> str:
    """A short Vietnamese summary of a program review, one fact a line.

    Printed figures are marked ``theo số liệu công bố``, computed ones ``tính từ số liệu``;
    nothing is filled in. Figures resting on the illustrative data are flagged on the second
    line (``DỮ LIỆU MINH HỌA – KHÔNG PHẢI SỐ LIỆU THẬT``).

    Examples:
        >>> from tayho_coord.datasets import tay_ho_2019
        >>> print(summarize(tay_ho_2019()).splitlines()[1])
        Hội nghị: chiều thứ Ba, ngày 11 tháng 02 năm 2020

    Raises:
        ValidationError: ``review`` is not a :class:`~tayho_coord.model.ProgramReview`.
    """
    from tayho_coord.report._render import _check_review

    _check_review(review)
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
    sources = {c.source.id: c.source for c in review.sources}
    for source in sources.values():
        line = f"Nguồn: {source.title}"
        if source.publisher:
            line += f", {source.publisher}"
        if source.published is not None and source.published.is_exact:
            line += f", {vi.format_date(source.published.to_date())}"
        lines.append(line)
    return "\n".join(lines) + "\n"
