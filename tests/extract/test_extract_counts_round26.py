"""Counts and rates of round 26 (issue 16): what ``unseen_25`` (seen) showed.

Each case is a short text written for its rule (docs/extract.md, "round 26"). Round 26 was
built after the last blind part of the session and measured on seen parts only.
"""

from __future__ import annotations

import pytest

from tayho_coord.extraction import extract


@pytest.mark.parametrize(
    ("text", "noun"),
    [
        # What households meet, a complaint found partly right; a measure after a comma ends.
        (
            "Ấp Tân Hòa có 312 hộ đạt danh hiệu gia đình văn hóa, tỷ lệ 88%",
            "hộ đạt danh hiệu gia đình văn hóa",
        ),
        ("có 6 đơn tố cáo đúng, 4 đơn tố cáo đúng một phần.", "đơn tố cáo đúng"),
        # Houses to live in and whom they are for.
        ("sửa chữa 120 nhà ở cho hộ nghèo trên địa bàn.", "nhà ở cho hộ nghèo"),
    ],
)
def test_what_the_writers_read(text: str, noun: str) -> None:
    assert [c.noun for c in extract(text).counts][:1] == [noun]


@pytest.mark.parametrize("text", ["tăng từ 1%-1,5% so với", "tăng 2,5% - 3% so với"])
def test_a_dash_s_range_with_its_sign_on_both_ends_is_no_rate(text: str) -> None:
    draft = extract(text)
    assert draft.rates == ()
    assert [u.reason for u in draft.unplaced] == ["a range of rates, not one rate"]


def test_from_one_rate_to_another_stays_two_rates() -> None:
    # "từ 97,27% đến 99,89%": the set's writers write both ends.
    draft = extract("đạt từ 97,27% đến 99,89% cử tri tham gia bỏ phiếu.")
    assert [r.span.text for r in draft.rates] == ["97,27%", "99,89%"]


def test_a_plan_s_scale_after_its_kind_is_no_rate() -> None:
    draft = extract("Quy hoạch chi tiết 1/2000 về khu dân cư mới, Quy hoạch phân khu 1/500.")
    assert draft.rates == ()
    assert [u.reason for u in draft.unplaced] == ["a map's scale, not a rate"] * 2
