"""Wording shared by the summary and the report."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from tayho_coord.model import AdminUnit, PetitionStats

__all__ = ["competence_label", "province_of"]


def competence_label(stats: PetitionStats) -> str:
    """The competence of petition figures as the reporting unit's own report words it.

    A district's report says "thẩm quyền cấp quận" (the seed), a Hà Nội report "cấp thành
    phố": the level is named after the unit of that level the reporting unit is, or lies in.
    Where no such unit is known, the generic wording (``thẩm quyền cấp huyện``) is used.

    Examples:
        >>> from tayho_coord.datasets import tay_ho_2019
        >>> competence_label(tay_ho_2019().petitions[0])
        'thẩm quyền cấp quận'
    """
    competence = stats.competence
    if competence is None:
        return ""
    for unit in (stats.unit, *stats.unit.ancestors()):
        if unit.kind.level is competence.level:
            return competence.label_for(unit.kind)
    return competence.label


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
