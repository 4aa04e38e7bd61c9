"""Bundled data, each figure with its source and the excerpt it came from.

The files live in ``tayho_coord/datasets/data/`` and are read through the public loader
(:func:`tayho_coord.load`), exactly as a user's own files are.
"""

from __future__ import annotations

from functools import cache
from importlib import resources
from typing import TYPE_CHECKING, cast

from tayho_coord.datasets._examples import illustrative_reviews, is_illustrative
from tayho_coord.datasets._history import tay_ho_history

if TYPE_CHECKING:
    from tayho_coord.model import ProgramReview

__all__ = [
    "data_file",
    "illustrative_reviews",
    "is_illustrative",
    "tay_ho_2019",
    "tay_ho_history",
]


def data_file(name: str) -> str:
    """The text of a bundled data file (``tay_ho_2019.json``).

    Raises:
        FileNotFoundError: no bundled file has that name (a name is a file name, not a path).
    """
    if not name or name != name.strip() or any(c in name for c in "/\\") or name in (".", ".."):
        raise FileNotFoundError(f"no bundled data file {name!r}")
    return resources.files(__package__).joinpath("data").joinpath(name).read_text(encoding="utf-8")


@cache
def tay_ho_2019() -> ProgramReview:
    """The review conference of 11/02/2020 of quận Tây Hồ's 2019 coordination program.

    Encoded from the article published by mttqhanoi.org.vn on 11/02/2020 ("Quận Tây Hồ tổng
    kết, đánh giá, rút kinh nghiệm kết quả thực hiện Chương trình phối hợp công tác giữa ba
    cơ quan năm 2019", Nguyễn Thục Lương). Every fact carries the excerpt it rests on; no
    count the article does not state is filled in (the petition rate is a printed figure,
    56,82%, with no counts).

    The result is immutable and cached: every call returns the same object.

    Examples:
        >>> review = tay_ho_2019()
        >>> review.reviewed.standing_agency.short_name
        'Thường trực HĐND quận Tây Hồ'
        >>> review.reviewed.activities.hearings.count
        3
    """
    from tayho_coord.io import loads

    return cast("ProgramReview", loads(data_file("tay_ho_2019.json"), source="tay_ho_2019.json"))
