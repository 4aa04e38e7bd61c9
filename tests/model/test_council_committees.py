"""A council's committees (Ban) by its level, and how they are named (review 4, F2).

Luật Tổ chức chính quyền địa phương 2015: a province's council has Ban Pháp chế, Ban Kinh
tế - Ngân sách, Ban Văn hóa - Xã hội (Điều 18; a centrally run city's also Ban Đô thị,
Điều 39); a district's Ban Pháp chế and Ban Kinh tế - Xã hội (Điều 25, Điều 46); a Ban
Dân tộc where many of the people are of ethnic minorities (Điều 18, Điều 25).
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tayho_coord import dumps, loads
from tayho_coord.errors import ValidationError
from tayho_coord.model import AdminUnit, Agency, AgencyKind, UnitKind

TRA_VINH = AdminUnit("tra-vinh", UnitKind.PROVINCE, "Trà Vinh")
TV_COUNCIL = Agency("tra-vinh/hdnd", AgencyKind.PEOPLES_COUNCIL, TRA_VINH)
BINH_THUAN = AdminUnit("binh-thuan", UnitKind.PROVINCE, "Bình Thuận")


def _council(unit: AdminUnit) -> Agency:
    return Agency(f"{unit.id}/hdnd", AgencyKind.PEOPLES_COUNCIL, unit)


def test_a_province_s_council_has_a_ban_kinh_te_ngan_sach() -> None:
    # Trà Vinh, 28/02/2020 (https://canglong.travinh.gov.vn/1450/39231/71077/604511/tin-hoat-
    # dong-hdnd/ban-kinh-te-ngan-sach-hdnd-tinh-giam-sat-viec-quan-ly-su-dung-von-chi-cho-hoat-
    # dong-khoa-hoc-con): "Đoàn giám sát của Ban Kinh tế - Ngân sách HĐND tỉnh".
    ban = Agency(
        "tra-vinh/hdnd/ktns", AgencyKind.COUNCIL_ECONOMIC_BUDGET_COMMITTEE, TRA_VINH, TV_COUNCIL
    )
    assert ban.full_name == "Ban Kinh tế - Ngân sách Hội đồng nhân dân tỉnh Trà Vinh"
    assert ban.short_name == "Ban Kinh tế - Ngân sách HĐND tỉnh Trà Vinh"
    assert ban.common_name == "Ban Kinh tế - Ngân sách HĐND tỉnh"
    # Phú Yên (https://phuhoa.phuyen.gov.vn/tin-tuc-su-kien/hoat-dong-hoi-dong-nhan-dan): "Trưởng
    # Ban Kinh tế - Ngân sách HĐND tỉnh" — the same committee of another province.
    phu_yen = AdminUnit("phu-yen", UnitKind.PROVINCE, "Phú Yên")
    other = Agency(
        "py/ktns", AgencyKind.COUNCIL_ECONOMIC_BUDGET_COMMITTEE, phu_yen, _council(phu_yen)
    )
    assert other.short_name == "Ban Kinh tế - Ngân sách HĐND tỉnh Phú Yên"


@pytest.mark.parametrize("kind", [UnitKind.PROVINCE, UnitKind.CENTRAL_CITY])
def test_a_province_s_council_has_no_ban_kinh_te_xa_hoi(kind: UnitKind) -> None:
    unit = AdminUnit("p", kind, "Trà Vinh")
    with pytest.raises(ValidationError, match=r"Ban Kinh tế - Ngân sách.*Điều 18") as info:
        Agency("p/ktxh", AgencyKind.COUNCIL_ECONOMIC_SOCIAL_COMMITTEE, unit, _council(unit))
    assert info.value.field == "kind"
    assert "council_economic_budget_committee" in str(info.value)


@pytest.mark.parametrize(
    "kind",
    [
        UnitKind.RURAL_DISTRICT,
        UnitKind.URBAN_DISTRICT,
        UnitKind.DISTRICT_TOWN,
        UnitKind.PROVINCIAL_CITY,
    ],
)
def test_a_district_s_council_has_a_ban_kinh_te_xa_hoi(kind: UnitKind) -> None:
    unit = AdminUnit("p/d", kind, "Đức Linh", parent=BINH_THUAN)
    council = _council(unit)
    ban = Agency("d/ktxh", AgencyKind.COUNCIL_ECONOMIC_SOCIAL_COMMITTEE, unit, council)
    assert ban.short_name == f"Ban Kinh tế - Xã hội HĐND {unit}"
    with pytest.raises(ValidationError, match=r"Ban Kinh tế - Xã hội.*Điều 25"):
        Agency("d/ktns", AgencyKind.COUNCIL_ECONOMIC_BUDGET_COMMITTEE, unit, council)


def test_a_commune_s_council_of_the_reform_has_a_ban_kinh_te_ngan_sach() -> None:
    # xã Tây Hồ (Đà Nẵng), 22/8/2025: "Ban Kinh tế - ngân sách HĐND xã chủ trì giám sát"
    # (tests/records/real_activities.py).
    da_nang = AdminUnit("da-nang", UnitKind.CENTRAL_CITY, "Đà Nẵng")
    commune = AdminUnit("da-nang/tay-ho", UnitKind.COMMUNE, "Tây Hồ", parent=da_nang)
    ban = Agency("x/ktns", AgencyKind.COUNCIL_ECONOMIC_BUDGET_COMMITTEE, commune, _council(commune))
    assert ban.full_name == "Ban Kinh tế - Ngân sách Hội đồng nhân dân xã Tây Hồ"


def test_a_ban_dan_toc() -> None:
    # Bình Thuận, 23/12/2022 (http://hdnd.binhthuan.gov.vn/News/bandantochdndtinh/hdbandantoc/
    # 2022/12/2713.aspx): "Ban Dân tộc HĐND tỉnh đề xuất dự kiến nội dung giám sát".
    ban = Agency("bt/bdt", AgencyKind.COUNCIL_ETHNIC_COMMITTEE, BINH_THUAN, _council(BINH_THUAN))
    assert (ban.full_name, ban.short_name) == (
        "Ban Dân tộc Hội đồng nhân dân tỉnh Bình Thuận",
        "Ban Dân tộc HĐND tỉnh Bình Thuận",
    )
    # a district's council has one too where its people are (Điều 25): "Ban Dân tộc HĐND
    # huyện" (Chợ Đồn, Bắc Kạn, voter contacts of 16-19/7/2019 on hdnd.backan.gov.vn, as
    # review 4 found it)
    bac_kan = AdminUnit("bac-kan", UnitKind.PROVINCE, "Bắc Kạn")
    cho_don = AdminUnit("bac-kan/cho-don", UnitKind.RURAL_DISTRICT, "Chợ Đồn", parent=bac_kan)
    district = Agency("cd/bdt", AgencyKind.COUNCIL_ETHNIC_COMMITTEE, cho_don, _council(cho_don))
    assert district.common_name == "Ban Dân tộc HĐND huyện"
    assert district.full_name == "Ban Dân tộc Hội đồng nhân dân huyện Chợ Đồn"
    with pytest.raises(ValidationError, match="needs its peoples_council as parent"):
        Agency("bt/bdt", AgencyKind.COUNCIL_ETHNIC_COMMITTEE, BINH_THUAN)
    assert loads(dumps(ban)) == ban


@pytest.mark.parametrize(
    "name",
    [
        "Ban Kinh tế - Ngân sách",
        "Ban Kinh tế - Ngân sách Hội đồng nhân dân",
        "Ban Kinh tế - Ngân sách HĐND",
    ],
)
def test_a_name_of_its_own_stays_a_name_of_the_council_s_body(name: str) -> None:
    # A name given without "Hội đồng nhân dân" lost it before ("Ban Kinh tế - Ngân sách tỉnh
    # Trà Vinh"): a council's body is named "of the council" whatever its own words.
    ban = Agency(
        "tv/b", AgencyKind.COUNCIL_ECONOMIC_BUDGET_COMMITTEE, TRA_VINH, TV_COUNCIL, name=name
    )
    assert ban.full_name == "Ban Kinh tế - Ngân sách Hội đồng nhân dân tỉnh Trà Vinh"
    assert ban.short_name == "Ban Kinh tế - Ngân sách HĐND tỉnh Trà Vinh"


@given(
    st.text(st.sampled_from("abc ÂĐ-"), min_size=1, max_size=12).filter(
        lambda w: w == w.strip() != ""
    ),
    st.sampled_from(["", " Hội đồng nhân dân", " HĐND"]),
)
def test_every_name_of_a_council_s_body_says_whose_it_is(words: str, ending: str) -> None:
    ban = Agency(
        "tv/b", AgencyKind.COUNCIL_LEGAL_COMMITTEE, TRA_VINH, TV_COUNCIL, name=words + ending
    )
    assert ban.full_name == f"{words} Hội đồng nhân dân tỉnh Trà Vinh"
    assert ban.short_name == f"{words} HĐND tỉnh Trà Vinh"


def test_a_name_of_another_body_is_kept_as_given() -> None:
    steering = Agency("tv/bcd", AgencyKind.STEERING_COMMITTEE, TRA_VINH, name="Ban Chỉ đạo 138")
    assert steering.full_name == "Ban Chỉ đạo 138 tỉnh Trà Vinh"
