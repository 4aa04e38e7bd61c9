"""The illustrative multi-year data set: loads through tayho_coord.io, marked as illustrative."""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction
from typing import TYPE_CHECKING, Any

import attrs

from tayho_coord.datasets import data_file
from tayho_coord.datasets._examples import (
    ILLUSTRATIVE_FILES,
    ILLUSTRATIVE_SOURCE_ID,
    illustrative_reviews,
)
from tayho_coord.io import dumps, loads
from tayho_coord.metrics import RateBasis, yearly
from tayho_coord.model import Citation, ProgramReview

if TYPE_CHECKING:
    from collections.abc import Iterator


def citations(obj: Any) -> Iterator[Citation]:
    if isinstance(obj, Citation):
        yield obj
    elif attrs.has(type(obj)):
        for a in attrs.fields(type(obj)):
            if a.init:
                yield from citations(getattr(obj, a.name))
    elif isinstance(obj, (tuple, list, frozenset)):
        for item in obj:
            yield from citations(item)


def test_loads_through_io_and_round_trips() -> None:
    reviews = illustrative_reviews()
    assert len(reviews) == len(ILLUSTRATIVE_FILES) == 6
    for name, review in zip(ILLUSTRATIVE_FILES, reviews, strict=True):
        assert isinstance(review, ProgramReview)
        assert loads(data_file(name)) == review
        assert loads(dumps(review)) == review
    assert illustrative_reviews() is reviews  # cached


def test_every_citation_is_the_illustrative_note() -> None:
    for review in illustrative_reviews():
        found = list(citations(review))
        assert len(found) > 10
        for citation in found:
            assert citation.source.id == ILLUSTRATIVE_SOURCE_ID
            assert "không phải số liệu thật" in citation.excerpt
        assert "not real figures" in found[0].source.title
        assert review.unit.parent is not None
        assert review.unit.parent.id == "minh-hoa"  # a fictional province


def test_the_text_of_every_file_says_it_is_illustrative() -> None:
    for name in ILLUSTRATIVE_FILES:
        assert name.startswith("illustrative_")
        assert "illustrative data, not real figures" in data_file(name)


def test_yearly_table_of_the_examples() -> None:
    # The values below are those written into the illustrative files (invented on purpose).
    table = yearly(illustrative_reviews())
    assert [(r.unit_id, r.year) for r in table] == [
        ("minh-hoa/mau-hai", 2019),
        ("minh-hoa/mau-hai", 2020),
        ("minh-hoa/mau-hai", 2021),
        ("minh-hoa/mau-mot", 2019),
        ("minh-hoa/mau-mot", 2020),
        ("minh-hoa/mau-mot", 2021),
    ]
    mot_2020 = table.get("minh-hoa/mau-mot", 2020)
    assert mot_2020 is not None
    assert mot_2020.resolution_rate == Fraction(112, 150)
    assert mot_2020.resolution_rate_basis is RateBasis.COMPUTED
    assert mot_2020.resolution_rate_printed == Decimal("0.7467")
    hai_2019 = table.get("minh-hoa/mau-hai", 2019)
    assert hai_2019 is not None
    assert hai_2019.resolution_rate_basis is RateBasis.PRINTED
    assert hai_2019.social_critiques is None
