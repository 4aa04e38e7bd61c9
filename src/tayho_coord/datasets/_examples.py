"""Illustrative reviews for tutorials: fictional units, invented figures, NOT real data.

The files ``illustrative_<unit>_<year>.json`` in ``tayho_coord/datasets/data/`` describe the
reviews of two fictional districts, huyện Mẫu Một and huyện Mẫu Hai of the fictional tỉnh
Minh Họa, for 2019 to 2021. Every figure in them was made up to show what yearly tables,
changes and charts look like over several units and years; each cites the source
``tayho-coord-illustrative`` ("Dữ liệu minh họa … không phải số liệu thật"), so a figure
taken from them can always be told apart from a sourced one. Never mix them into an analysis
of real units.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING, cast

if TYPE_CHECKING:
    from tayho_coord.model import ProgramReview

__all__ = [
    "ILLUSTRATIVE_FILES",
    "ILLUSTRATIVE_SOURCE_ID",
    "illustrative_reviews",
    "is_illustrative",
]

ILLUSTRATIVE_FILES: tuple[str, ...] = (
    "illustrative_mau-hai_2019.json",
    "illustrative_mau-hai_2020.json",
    "illustrative_mau-hai_2021.json",
    "illustrative_mau-mot_2019.json",
    "illustrative_mau-mot_2020.json",
    "illustrative_mau-mot_2021.json",
)
"""The bundled illustrative files, one review each."""

ILLUSTRATIVE_SOURCE_ID = "tayho-coord-illustrative"
"""The id of the source every illustrative figure cites."""


@cache
def illustrative_reviews() -> tuple[ProgramReview, ...]:
    """Six reviews of two fictional districts, 2019-2021: ILLUSTRATIVE, NOT REAL FIGURES.

    Read through :func:`tayho_coord.io.loads` from the bundled files, exactly as a user's
    own files are. The result is immutable and cached.

    Examples:
        >>> reviews = illustrative_reviews()
        >>> sorted({str(r.unit) for r in reviews})
        ['huyện Mẫu Hai', 'huyện Mẫu Một']
        >>> sorted({r.year for r in reviews})
        [2019, 2020, 2021]
        >>> reviews[0].sources[0].source.title
        'Dữ liệu minh họa của tayho_coord (illustrative data, not real figures)'
    """
    from tayho_coord.datasets import data_file
    from tayho_coord.io import loads

    return tuple(
        cast("ProgramReview", loads(data_file(name), source=name)) for name in ILLUSTRATIVE_FILES
    )


def is_illustrative(record: object) -> bool:
    """Whether ``record`` cites the illustrative source anywhere (its figures are invented).

    Examples:
        >>> from tayho_coord.datasets import illustrative_reviews, tay_ho_2019
        >>> is_illustrative(illustrative_reviews()[0]), is_illustrative(tay_ho_2019())
        (True, False)
    """
    from tayho_coord.model import cited_sources

    return any(source.id == ILLUSTRATIVE_SOURCE_ID for source in cited_sources(record))
