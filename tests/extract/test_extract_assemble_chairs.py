"""Who chairs a meeting: co-chairs together or not at all (review 5, D4 and D9).

The rules: docs/extract.md, "What goes where" (people with their posts). A co-chair
(``đồng chủ trì``) is one of two or more: a record never holds one of them alone.
"""

from __future__ import annotations

import pytest

from tayho_coord.extraction import Assembly, assemble, extract
from tayho_coord.model import ChairRole, Meeting

LEAD = (
    "Chiều ngày 21/01/2014, Thường trực HĐND tỉnh Nghệ An và Ủy ban MTTQ Việt Nam tỉnh Nghệ "
    "An tổ chức hội nghị tổng kết thực hiện Quy chế phối hợp năm 2013. "
)


def _meeting(text: str) -> tuple[Meeting, Assembly]:
    result = assemble(extract(text, source="x"))
    meeting = next(r for r in result.records if isinstance(r, Meeting))
    return meeting, result


@pytest.mark.parametrize("join", ["và đồng chí", "và ông", "cùng đồng chí", ", và bà"])
def test_both_co_chairs_are_kept_in_their_posts(join: str) -> None:
    # dbndnghean.vn, Nghệ An 21/01/2014: an Ủy viên Thường trực HĐND tỉnh (Luật Tổ chức
    # HĐND và UBND 2003, Điều 53) and the Chủ tịch UBMTTQ tỉnh "đồng chủ trì hội nghị"
    text = LEAD + (
        f"Đồng chí Trần Văn Mão, Ủy viên Thường trực HĐND tỉnh {join} Nguyễn Văn Huy, Tỉnh ủy "
        "viên, Chủ tịch UBMTTQ tỉnh đồng chủ trì hội nghị."
    )
    meeting, _ = _meeting(text)
    assert [(c.role, str(c.person), c.post and c.post.common_label) for c in meeting.chairs] == [
        (ChairRole.CO_CHAIR, "Trần Văn Mão", "Ủy viên Thường trực HĐND tỉnh"),
        (ChairRole.CO_CHAIR, "Nguyễn Văn Huy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
    ]


@pytest.mark.parametrize(
    "post", ["Giám đốc Sở Tài chính", "Phó Chủ tịch Thường trực HĐND tỉnh", "UVTV"]
)
def test_a_co_chair_in_a_post_not_known_leaves_the_chairs_to_a_person(post: str) -> None:
    text = LEAD + (
        f"Đồng chí Trần Văn Mão, {post} và đồng chí Nguyễn Văn Huy, Chủ tịch UBMTTQ tỉnh đồng "
        "chủ trì hội nghị."
    )
    meeting, result = _meeting(text)
    assert meeting.chairs == ()
    reasons = {u.span.text: u.reason for u in result.unplaced}
    assert "named in a post the model does not know" in reasons["Trần Văn Mão"]
    assert "fellow co-chair is not placed" in reasons["Nguyễn Văn Huy"]
    # the one placed keeps his post in the roster
    assert [str(t.person) for t in meeting.roster] == ["Nguyễn Văn Huy"]


def test_one_co_chair_alone_is_no_chair() -> None:
    # the other co-chair is a body, not a person named: one of two is never placed
    text = LEAD + "Đồng chí Nguyễn Văn Huy, Chủ tịch UBMTTQ tỉnh đồng chủ trì hội nghị."
    meeting, result = _meeting(text)
    assert meeting.chairs == ()
    assert any("fellow co-chair" in u.reason for u in result.unplaced)


def test_a_single_chair_is_kept() -> None:
    text = LEAD + "Đồng chí Nguyễn Văn Huy, Chủ tịch UBMTTQ tỉnh chủ trì hội nghị."
    meeting, _ = _meeting(text)
    assert [(c.role, str(c.person)) for c in meeting.chairs] == [
        (ChairRole.CHAIR, "Nguyễn Văn Huy")
    ]


def test_the_units_own_name_after_its_level_is_not_unplaced() -> None:
    # dbndnghean.vn, Thái Hòa (review 5, D9): "Phó Chủ tịch HĐND thị xã Thái Hòa" while the
    # draft takes "thị xã Thái Hòa" as the unit: the short name is the unit's, placed
    text = (
        "Ngày 12/5/2023, HĐND thị xã Thái Hòa tổ chức phiên giải trình về công tác đất đai. "
        "Đồng chí Lê Văn Thái Hòa, Phó Chủ tịch HĐND thị xã Thái Hòa chủ trì."
    )
    draft = extract(text, source="x")
    short = [u for u in draft.unplaced if u.span.text == "Thái Hòa"]
    assert short  # the draft alone cannot tell a unit's name from a person's
    result = assemble(draft)
    assert [str(r.unit) for r in result.records] == ["thị xã Thái Hòa"]
    assert all(u.span.text != "Thái Hòa" for u in result.unplaced)
