"""Wording shared by the summary and the report."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from tayho_coord.model import AdminUnit, PetitionStats

__all__ = ["competence_label", "province_of"]


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


def province_of(unit: AdminUnit) -> AdminUnit:
    """The province-level unit ``unit`` lies in (itself for a province); else the topmost known.

    Examples:
        >>> from tayho_coord.datasets import tay_ho_2019
        >>> province_of(tay_ho_2019().unit).name
        'Hà Nội'
    """
    from tayho_coord.model import UnitLevel

    chain = (unit, *unit.ancestors())
    for candidate in chain:
        if candidate.kind.level is UnitLevel.PROVINCE:
            return candidate
    return chain[-1]
