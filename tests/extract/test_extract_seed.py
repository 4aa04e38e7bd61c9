"""The seed article gives the bundled Tây Hồ review's figures, each at the span it cites.

The bundled review (``datasets/data/tay_ho_2019.json``) cites the seed article's excerpts;
every figure extracted from the seed must lie inside the occurrence of an excerpt the
bundled data cites for it, and be the bundled figure.
"""

from __future__ import annotations

import json
from importlib.resources import files
from pathlib import Path
from typing import Any

import pytest

from tayho_coord.extraction import Draft, Span, extract

SEED = Path(__file__).parent.parent / "data" / "seed_mttqhanoi_2020-02-11.txt"


def _excerpts(node: Any) -> list[str]:
    found = []
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "excerpt" and isinstance(value, str):
                found.append(value)
            else:
                found.extend(_excerpts(value))
    elif isinstance(node, list):
        for value in node:
            found.extend(_excerpts(value))
    return found


@pytest.fixture(scope="module")
def draft() -> Draft:
    return extract(SEED.read_text(encoding="utf-8"), source="mttqhanoi-2020-02-11")


@pytest.fixture(scope="module")
def cited(draft: Draft) -> list[tuple[int, int, str]]:
    """The spans of the seed that the bundled data cites."""
    bundled = json.loads(
        files("tayho_coord.datasets").joinpath("data/tay_ho_2019.json").read_text("utf-8")
    )
    spans = []
    for excerpt in set(_excerpts(bundled)):
        start = draft.text.find(excerpt)
        assert start >= 0, f"a bundled excerpt is not in the seed: {excerpt!r}"
        spans.append((start, start + len(excerpt), excerpt))
    return spans


def _inside(span: Span, cited: list[tuple[int, int, str]], containing: str) -> bool:
    return any(s <= span.start and span.end <= e and containing in x for s, e, x in cited)


# The bundled figures, as the seed prints them (tay_ho_2019.json: hearings 3, oversight 14
# and 4, key tasks 3; the shortcoming's rate 56,82%).
@pytest.mark.parametrize(
    ("value", "printed", "items"),
    [
        (3, "03 phiên Giải trình", 3),
        (14, "14 nội dung giám sát, khảo sát, kiểm tra chuyên đề", 0),
        (4, "4 nội dung", 2),
        (3, "03 nhiệm vụ trọng tâm", 3),
    ],
)
def test_counts_at_their_cited_spans(
    draft: Draft, cited: list[tuple[int, int, str]], value: int, printed: str, items: int
) -> None:
    (count,) = [c for c in draft.counts if c.span.text == printed]
    assert count.value == value
    assert _inside(count.span, cited, printed)
    assert len(count.items) == items
    for item in count.items:
        assert _inside(item.span, cited, item.span.text)


def test_key_tasks_are_the_bundled_ones(draft: Draft) -> None:
    assert draft.key_tasks is not None
    assert draft.key_tasks.value == 3
    # tay_ho_2019.json cites each key task's excerpt.
    assert [i.span.text for i in draft.key_tasks.items] == [
        "tập trung thực hiện hoàn thành nhiệm vụ phát triển kinh tế - xã hội năm 2020",
        "Tổ chức các hoạt động tuyên truyền, khơi dậy truyền thống, không khí thi đua thiết thực"
        " gắn với các ngày kỷ niệm lớn của đất nước, Thủ đô và 25 năm thành lập quận Tây Hồ",
        "tổ chức thành công Đại hội Đại hội Đảng các cấp nhiệm kỳ 2020-2025",
    ]


def test_hearings_are_the_bundled_ones(draft: Draft) -> None:
    (hearings,) = [c for c in draft.counts if c.noun == "phiên Giải trình"]
    assert [i.span.text.casefold() for i in hearings.items] == [
        "công tác đầu tư xây dựng",
        "công tác đấu giá quyền sử dụng đất",
        "việc giải quyết kiến nghị của cử tri",
    ]


def test_rate_at_its_cited_span(draft: Draft, cited: list[tuple[int, int, str]]) -> None:
    (rate,) = draft.rates
    assert rate.span.text == "56,82%"
    assert str(rate.value) == "0.5682"
    assert _inside(rate.span, cited, "56,82%")


def test_people_and_posts_at_their_cited_spans(
    draft: Draft, cited: list[tuple[int, int, str]]
) -> None:
    # The bundled roster: its tenures' posts, as the seed prints them.
    assert [(p.name, p.post) for p in draft.people] == [
        ("Nguyễn Văn Thắng", "Thành ủy viên"),
        ("Nguyễn Văn Thắng", "Bí Thư Quận ủy"),
        ("Nguyễn Văn Thắng", "Chủ tịch HĐND quận"),
        ("Đỗ Anh Tuấn", "Phó Bí Thư Quận ủy"),
        ("Đỗ Anh Tuấn", "Chủ tịch UBND quận"),
        ("Trần Quang Đạo", "Chủ tịch Ủy ban MTTQ Việt Nam quận"),
    ]
    for person in draft.people:
        assert _inside(person.span, cited, person.name)
        assert _inside(person.post_span, cited, person.post)
        assert person.as_of is not None
        assert person.as_of.isoformat() == "2020-02-11"


def test_event_day_unit_and_bodies(draft: Draft, cited: list[tuple[int, int, str]]) -> None:
    assert draft.event is not None
    assert draft.event.kind.value == "review_and_signing"
    assert draft.held_on is not None
    assert (draft.held_on.iso, draft.held_on.part_of_day) == ("2020-02-11", "chiều")
    assert draft.unit is not None
    assert draft.unit.span.text == "quận Tây Hồ"
    assert [p.kind.value for p in draft.parties] == [
        "peoples_council",
        "peoples_committee",
        "fatherland_front",
    ]
    # The bundled review's standing agency and reporter: Thường trực HĐND quận.
    assert draft.standing_agency is not None
    assert draft.standing_agency.kind.value == "council_standing_committee"
    assert _inside(draft.standing_agency.span, cited, "cơ quan thường trực")
    assert draft.reporter == draft.standing_agency


def test_the_seed_places_no_figure_outside_a_cited_span(
    draft: Draft, cited: list[tuple[int, int, str]]
) -> None:
    # "03 cơ quan" is the seed's count of bodies, which the bundled data models as the
    # parties, not as a figure; every other count and rate is a bundled figure.
    figures = [c.span for c in draft.counts if c.noun != "cơ quan"] + [r.span for r in draft.rates]
    assert all(_inside(span, cited, span.text) for span in figures)
