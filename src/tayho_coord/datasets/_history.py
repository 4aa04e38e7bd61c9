"""Bundled unit histories: units over time, the transfers between them, and their chairs."""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING, cast

if TYPE_CHECKING:
    from tayho_coord.model._history import UnitHistory

__all__ = ["tay_ho_history"]


@cache
def tay_ho_history() -> UnitHistory:
    """Quận Tây Hồ from its founding to its dissolution, and the chairs of its bodies.

    The district was founded by Nghị định 69/CP of 28/10/1995 from three wards of quận Ba
    Đình and five communes of huyện Từ Liêm; it had eight wards; it ceased to exist with
    the district level on 01/07/2025 (its last day was 30/06/2025), when Nghị quyết
    1656/NQ-UBTVQH15 rearranged Hà Nội's communes and phường Tây Hồ, Phú Thượng and Hồng
    Hà took most of it. The roster holds the posts the seed names on 11/02/2020 (the chairs
    of the council, the committee and the front, with their Party posts) and the change of
    15/10/2020. Every fact carries its source, and each cites the seed or the project's
    reference table of sourced facts; nothing they do not state is filled in: the chairs
    named on 11/02/2020 have no start date, only that day attested, and the wards of other
    districts that gave parts to the wards of 2025 have no end of their own.

    The result is immutable and cached: every call returns the same object.

    Examples:
        >>> import datetime as dt
        >>> history = tay_ho_history()
        >>> tay_ho = history.unit("ha-noi/tay-ho")
        >>> tay_ho.status_on(dt.date(2025, 8, 1)).value
        'no'
        >>> [str(c.unit) for c in history.as_of(history.unit("ha-noi/tay-ho/buoi"),
        ...                                     dt.date(2025, 8, 1))]
        ['phường Tây Hồ']
    """
    from tayho_coord.datasets import data_file
    from tayho_coord.io import loads

    text = data_file("tay_ho_history.json")
    return cast("UnitHistory", loads(text, source="tay_ho_history.json"))
