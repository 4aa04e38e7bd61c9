"""Wording shared by the summary and the report."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Iterable

    from tayho_coord.model import OversightGroup, PetitionStats, ProgramReview, Source

__all__ = [
    "COMPUTED",
    "ILLUSTRATIVE_NOTICE",
    "PRINTED",
    "competence_label",
    "is_illustrative",
    "oversight_actor",
    "oversight_kinds",
    "sources_of",
]

PRINTED = "theo số liệu công bố"
"""What a figure as the source prints it is said to be (``Tỷ lệ giải quyết theo số liệu công bố``).

The metrics table names the same basis ``công bố``.
"""

COMPUTED = "tính từ số liệu"
"""What a figure computed from the source's counts is said to be."""

ILLUSTRATIVE_NOTICE = "DỮ LIỆU MINH HỌA – KHÔNG PHẢI SỐ LIỆU THẬT"
"""The notice under the heading of a report whose figures rest on the illustrative source."""


def is_illustrative(sources: Iterable[Source]) -> bool:
    """Whether any of ``sources`` is the illustrative data's source (invented figures).

    Examples:
        >>> from tayho_coord.datasets import illustrative_reviews, tay_ho_2019
        >>> is_illustrative(c.source for c in illustrative_reviews()[0].sources)
        True
        >>> is_illustrative(c.source for c in tay_ho_2019().sources)
        False
    """
    from tayho_coord.datasets._examples import ILLUSTRATIVE_SOURCE_ID

    return any(source.id == ILLUSTRATIVE_SOURCE_ID for source in sources)


def sources_of(review: ProgramReview) -> list[Source]:
    """Every source cited anywhere in the review, in order of first citation.

    Examples:
        >>> from tayho_coord.datasets import illustrative_reviews
        >>> is_illustrative(sources_of(illustrative_reviews()[0]))
        True
    """
    from tayho_coord.model import cited_sources

    return list(cited_sources(review))


def competence_label(stats: PetitionStats) -> str:
    """The competence of petition figures as the reporting unit's own report words it.

    A district's report says "thẩm quyền cấp quận" (the seed); see
    :meth:`~tayho_coord.model.Competence.label_in`. Empty when the figures are not narrowed
    to a competence.

    Examples:
        >>> from tayho_coord.datasets import tay_ho_2019
        >>> competence_label(tay_ho_2019().petitions[0])
        'thẩm quyền cấp quận'
    """
    if stats.competence is None:
        return ""
    return stats.competence.label_in(stats.unit)


def oversight_kinds(group: OversightGroup) -> str:
    """The kinds of an oversight group as the seed words them: ``giám sát chuyên đề``.

    Examples:
        >>> from tayho_coord.datasets import tay_ho_2019
        >>> oversight_kinds(tay_ho_2019().reviewed.activities.oversight[0])
        'giám sát, khảo sát, kiểm tra chuyên đề'
    """
    from tayho_coord.model import OversightKind

    return ", ".join(k.label for k in OversightKind if k in group.kinds) + " chuyên đề"


def oversight_actor(group: OversightGroup) -> str:
    """Who carries out an oversight group, up to the verb: ``… phối hợp thực hiện``.

    The lead body "chủ trì, phối hợp với" its partners; bodies without a lead "phối hợp";
    with no body named, the verb alone (lowercase: the caller capitalizes a sentence start).

    Examples:
        >>> from tayho_coord.datasets import tay_ho_2019
        >>> oversight_actor(tay_ho_2019().reviewed.activities.oversight[0])
        'Ủy ban MTTQ Việt Nam quận và HĐND quận phối hợp thực hiện'
    """
    from tayho_coord import vi

    partners = [p.common_name for p in group.partners]
    if group.lead is not None:
        actor = f"{group.lead.common_name} chủ trì"
        if partners:
            actor += f", phối hợp với {vi.format_list(partners)}"
        return actor + " thực hiện"
    if partners:
        return f"{vi.format_list(partners)} phối hợp thực hiện"
    return "thực hiện"
