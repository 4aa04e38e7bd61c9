"""The appendix's "Đối chiếu" of a printed figure against its counts, in every case.

The expected sentences follow the audit's rule (rounding half-up, Luật Kế toán, Điều 17) and
the wording of the review's appendix (``tỷ lệ theo số liệu công bố``, ``tính từ số liệu``).
"""

from __future__ import annotations

import pytest

from tayho_coord.model import PrintedFigure
from tayho_coord.report._figures import check_paragraphs, check_sentence


@pytest.mark.parametrize(
    ("printed", "count", "whole", "sentence"),
    [
        ("18/93", None, None, None),
        ("18/93", 18, 93, "số liệu công bố 18/93 khớp với số liệu 18/93"),
        ("18/93", None, 94, "số liệu công bố 18/93 không khớp với số liệu …/94"),
        ("18/93", 19, None, "số liệu công bố 18/93 không khớp với số liệu 19/…"),
        ("1.143", None, None, None),
        ("1.143", 1143, None, "số liệu công bố 1.143 khớp với số đếm 1.143"),
        ("1.143", 1144, None, "số liệu công bố 1.143 không khớp với số đếm 1.144"),
        ("97,6%", 5, None, None),
        ("120%", 1, 2, "tỷ lệ theo số liệu công bố (120%) không nằm trong khoảng 0–100%"),
        ("50%", None, 0, "tỷ lệ theo số liệu công bố (50%) không thể tính từ tổng số 0"),
        (
            "99,87%",
            None,
            2293,
            "tỷ lệ theo số liệu công bố (99,87%) có thể tính được từ tổng số 2.293",
        ),
        ("17,5", None, 4, "không có số nào trên tổng số 4 cho tỷ lệ 17,5"),
        (
            "78%",
            109,
            139,
            "tỷ lệ theo số liệu công bố (78%) khớp với tỷ lệ tính từ số liệu 109/139 "
            "(làm tròn theo Luật Kế toán)",
        ),
        (
            "97,8%",
            9789,
            10000,
            "tỷ lệ theo số liệu công bố (97,8%) là tỷ lệ 9.789/10.000 bị cắt bớt chữ số, "
            "không làm tròn; làm tròn theo Luật Kế toán là 97,9%",
        ),
        (
            "8,79%",
            191,
            2293,
            "tỷ lệ theo số liệu công bố (8,79%) không khớp với tỷ lệ tính từ số liệu 191/2.293 "
            "là 8,33%",
        ),
    ],
)
def test_a_printed_figure_against_its_counts(
    printed: str, count: int | None, whole: int | None, sentence: str | None
) -> None:
    assert check_sentence(PrintedFigure(printed), count, whole) == sentence


def test_only_checked_figures_become_paragraphs() -> None:
    blocks = check_paragraphs(
        [
            ("Đã giải quyết xong", PrintedFigure("18/93"), 18, 93),
            ("Tỷ lệ cử tri dự tiếp xúc", PrintedFigure("97,6%"), None, None),
        ]
    )
    assert [getattr(b, "text", None) for b in blocks] == [
        "Đối chiếu: Đã giải quyết xong: số liệu công bố 18/93 khớp với số liệu 18/93."
    ]
