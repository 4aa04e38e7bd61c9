""" "Đồng chủ trì" says two or more chair together (review 5, D11).

Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, mục II, khoản 6: the body is plain and exact.
A meeting with one co-chair (a record written by hand, or the other chair not recorded)
is said "Chủ trì … : A", never "Đồng chủ trì … : A".
"""

from __future__ import annotations

import attrs
import pytest

from tayho_coord.extraction import assemble, extract
from tayho_coord.model import Meeting
from tayho_coord.report import render, summarize

TEXT = (
    "Chiều ngày 21/01/2014, Thường trực HĐND tỉnh Nghệ An và Ủy ban MTTQ Việt Nam tỉnh Nghệ An "
    "tổ chức hội nghị tổng kết thực hiện Quy chế phối hợp năm 2013. Đồng chí Trần Văn Mão, Ủy "
    "viên Thường trực HĐND tỉnh và đồng chí Nguyễn Văn Huy, Chủ tịch UBMTTQ tỉnh đồng chủ trì "
    "hội nghị."
)


def _meeting() -> Meeting:
    meeting = next(r for r in assemble(extract(TEXT, source="x")).records if isinstance(r, Meeting))
    assert len(meeting.chairs) == 2
    return meeting


@pytest.mark.parametrize("fmt", ["md", "text", "html"])
def test_two_co_chairs_are_said_together(fmt: str) -> None:
    body = render(_meeting(), fmt)
    assert "Đồng chủ trì hội nghị" in body
    assert "Trần Văn Mão" in body
    assert "Nguyễn Văn Huy" in body


@pytest.mark.parametrize("fmt", ["md", "text", "html"])
def test_one_co_chair_is_said_to_chair(fmt: str) -> None:
    meeting = _meeting()
    one = attrs.evolve(meeting, chairs=meeting.chairs[1:])
    body = render(one, fmt)
    assert "Đồng chủ trì" not in body
    assert "Chủ trì hội nghị" in body
    lines = summarize(one).splitlines()
    assert not any(line.startswith("Đồng chủ trì") for line in lines)
    assert any(line.startswith("Chủ trì: ") for line in lines)
