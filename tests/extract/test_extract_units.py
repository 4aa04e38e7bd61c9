"""The unit of a draft: a capitalized name after its level, of the level of the body that acts.

Each text is written for its rule (docs/extract.md, "What the assembly does not fill in"); the
real articles the rules were found on are cited beside them.
"""

from __future__ import annotations

import pytest

from tayho_coord.extraction import extract

# Vietnamese writes a place's name with capitals (Nghị định 30/2020/NĐ-CP, Phụ lục II,
# mục II.1: "tên địa lý … viết hoa chữ cái đầu của mỗi âm tiết"); a word in small letters
# after a level is a verb or a noun of the sentence, never a name.


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        # Small letters with marks (đ, ã, ề, ồ) are no capitals: "tỉnh đã báo cáo" names no
        # province (Bình Dương, binhduong.gov.vn/tin-tuc/2023/05/199-…: "UBND tỉnh đã phân công").
        ("Ngày 05/3/2024, UBND tỉnh đã báo cáo kết quả giải quyết kiến nghị.", None),
        ("Ngày 05/3/2024, HĐND huyện đồng ý ký kết Chương trình phối hợp năm 2024.", None),
        ("Ngày 05/3/2024, HĐND tỉnh đề nghị UBND tỉnh giải quyết kiến nghị.", None),
        # Capitals with marks start a name as A-Z do.
        ("Ngày 05/3/2024, HĐND tỉnh Đắk Lắk ký kết Chương trình phối hợp năm 2024.", "Đắk Lắk"),
        ("Ngày 05/3/2024, HĐND huyện Ứng Hòa ký kết Chương trình phối hợp năm 2024.", "Ứng Hòa"),
        # The level's name stops at the name of a person the text gives a post.
        (
            "Ngày 05/3/2024, đồng chí Chủ tịch HĐND tỉnh Lê Văn An phát biểu tại hội nghị ký kết.",
            None,
        ),
        # A number, "các" or "cấp" before a level counts units: no one unit.
        ("Ngày 05/3/2024, HĐND các tỉnh Tây Nguyên ký kết Chương trình phối hợp năm 2024.", None),
        ("Ngày 05/3/2024, đại diện 14 tỉnh Trung du dự hội nghị tổng kết năm 2023.", None),
        # A cooperative (hợp tác xã) is no commune.
        ("Ngày 05/3/2024, Hợp tác xã Dịch vụ Nông nghiệp dự hội nghị tổng kết năm 2023.", None),
    ],
)
def test_a_name_is_capitalized(text: str, unit: str | None) -> None:
    draft = extract(text)
    assert (draft.unit.name if draft.unit is not None else None) == unit


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        # The body that acts is of the province; the districts are the bodies it oversees
        # (Trà Vinh, canglong.travinh.gov.vn/…/609692/…: "Đoàn giám sát số 1 của HĐND tỉnh …
        # đối với …, UBND huyện Cầu Kè").
        (
            "Ngày 05/6/2020, Đoàn giám sát của HĐND tỉnh tổ chức giám sát công tác phòng, chống "
            "tham nhũng đối với UBND huyện Cầu Kè.",
            None,
        ),
        (
            "Ngày 05/6/2020, Đoàn giám sát của HĐND tỉnh Trà Vinh tổ chức giám sát chuyên đề đối "
            "với UBND huyện Cầu Kè.",
            "tỉnh Trà Vinh",
        ),
        # The unit named with the acting body comes before one of its level named elsewhere.
        (
            "Hội nghị diễn ra tại tỉnh Tuyên Quang.\nNgày 05/6/2020, HĐND tỉnh Bắc Giang tổ chức "
            "phiên giải trình về đất đai.",
            "tỉnh Bắc Giang",
        ),
        # A body named in a person's post is not the one that acts.
        (
            "Ngày 05/3/2024, ông Lê Văn An - Chủ tịch UBND tỉnh dự hội nghị ký kết Chương trình "
            "phối hợp giữa HĐND, UBND và UBMTTQ huyện Ba Vì năm 2024.",
            "huyện Ba Vì",
        ),
        # No body named with a level: the first unit of the lead.
        (
            "Huyện Gia Lâm ký kết Quy chế phối hợp\nNgày 05/3/2024, xã Kim Sơn dự hội nghị ký kết.",
            "xã Kim Sơn",
        ),
        # The front's full name acts too (Chợ Đồn: "Mặt trận Tổ quốc xã Quân Hà tổ chức hội
        # nghị … Tổng kết", after "sự chỉ đạo của Mặt trận Tổ quốc huyện Bạch Thông").
        (
            "Thực hiện sự chỉ đạo của Mặt trận Tổ quốc huyện Bạch Thông;\nNgày 20/12/2023, Mặt "
            "trận Tổ quốc xã Quân Hà tổ chức hội nghị tổng kết công tác năm 2023.",
            "xã Quân Hà",
        ),
    ],
)
def test_the_unit_of_the_body_that_acts(text: str, unit: str | None) -> None:
    draft = extract(text)
    assert (draft.unit.span.text if draft.unit is not None else None) == unit
