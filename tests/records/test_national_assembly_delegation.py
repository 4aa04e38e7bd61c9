"""The National Assembly's delegation of a province, a body of it and a party (review 4, F6).

"Đoàn đại biểu Quốc hội là tổ chức của các đại biểu Quốc hội được bầu tại một tỉnh, thành
phố trực thuộc trung ương" (Luật Tổ chức Quốc hội 2014, Điều 43): a body of the province,
not of the country, and a party to the province's Quy chế (Bình Phước 2021-2026).
"""

from __future__ import annotations

import pytest

from tayho_coord import dumps, loads
from tayho_coord.errors import ValidationError
from tayho_coord.model import (
    AdminUnit,
    Agency,
    AgencyKind,
    AgreementKind,
    CoordinationProgram,
    Post,
    ReportingPeriod,
    Title,
    UnitKind,
)
from tayho_coord.report import render

BINH_PHUOC = AdminUnit("binh-phuoc", UnitKind.PROVINCE, "Bình Phước")


def _bodies(unit: AdminUnit) -> tuple[Agency, ...]:
    council = Agency(f"{unit.id}/hdnd", AgencyKind.PEOPLES_COUNCIL, unit)
    front = Agency(f"{unit.id}/mttq", AgencyKind.FATHERLAND_FRONT, unit)
    return (
        Agency(f"{unit.id}/dbqh", AgencyKind.NATIONAL_ASSEMBLY_DELEGATION, unit),
        Agency(f"{unit.id}/hdnd/tt", AgencyKind.COUNCIL_STANDING_COMMITTEE, unit, council),
        Agency(f"{unit.id}/ubnd", AgencyKind.PEOPLES_COMMITTEE, unit),
        Agency(f"{unit.id}/mttq/btt", AgencyKind.FRONT_STANDING_BOARD, unit, front),
    )


def test_the_delegation_is_named_as_its_province_s() -> None:
    # Quảng Trị, 05/12/2023 (https://quochoi.quangtri.gov.vn/tin-tuc-moi/doan-dbqh-tinh-
    # quang-tri-bao-cao-ket-qua-ky-hop-thu-6-quoc-hoi-khoa-xv-386.html): "Đoàn ĐBQH tỉnh
    # Quảng Trị", "Phó Trưởng Đoàn chuyên trách Đoàn ĐBQH tỉnh".
    quang_tri = AdminUnit("quang-tri", UnitKind.PROVINCE, "Quảng Trị")
    delegation = Agency("qt/dbqh", AgencyKind.NATIONAL_ASSEMBLY_DELEGATION, quang_tri)
    assert delegation.full_name == "Đoàn đại biểu Quốc hội tỉnh Quảng Trị"
    assert delegation.short_name == "Đoàn ĐBQH tỉnh Quảng Trị"
    assert Post(delegation, Title.DEPUTY_DELEGATION_HEAD).label.startswith("Phó Trưởng đoàn")
    with pytest.raises(ValidationError):
        Post(delegation, Title.CHAIR)  # it has no Chủ tịch
    assert loads(dumps(delegation)) == delegation


@pytest.mark.parametrize("kind", [UnitKind.RURAL_DISTRICT, UnitKind.COMMUNE, UnitKind.COUNTRY])
def test_only_a_province_has_one(kind: UnitKind) -> None:
    parent = None if kind is UnitKind.COUNTRY else BINH_PHUOC
    unit = AdminUnit("x", kind, "Đồng Xoài", parent=parent)
    with pytest.raises(ValidationError, match="Điều 43") as info:
        Agency("x/dbqh", AgencyKind.NATIONAL_ASSEMBLY_DELEGATION, unit)
    assert info.value.field == "kind"


def test_a_party_to_the_binh_phuoc_regulation() -> None:
    # https://dbnd.binhphuoc.gov.vn/tin-hoat-dong-hdnd/noi-dung-phuong-thuc-phoi-hop-giua-doan-
    # dbqh-thuong-truc-hdnd-ubnd-va-ban-thuong-truc-ubmttqvn-tinh-nhiem-ky-2021-2026-1041.html:
    # the Quy chế of the Đoàn ĐBQH, Thường trực HĐND, UBND and Ban Thường trực UBMTTQVN tỉnh,
    # nhiệm kỳ 2021-2026, "7 Chương, 23 Điều".
    rule = CoordinationProgram(
        "bp/qc-2021-2026",
        BINH_PHUOC,
        ReportingPeriod.term(2021, 2026),
        _bodies(BINH_PHUOC),
        kind=AgreementKind.REGULATION,
    )
    assert loads(dumps(rule)) == rule
    text = " ".join(render(rule, "text").split())
    assert text.startswith("ĐOÀN ĐẠI BIỂU QUỐC HỘI THƯỜNG TRỰC HỘI ĐỒNG NHÂN DÂN")
    # ND30, Phụ lục I, Phần I, mục II, khoản 3: each issuer's abbreviation, joined by hyphens
    assert "Số: …/QC-ĐĐBQH-HĐND-UBND-MTTQ" in text
    # ND30, Phụ lục I, Phần I, mục II, khoản 7, điểm a: "TM." and the head's title
    assert "TM. ĐOÀN ĐẠI BIỂU QUỐC HỘI TRƯỞNG ĐOÀN" in text
    assert (
        "Phối hợp công tác giữa Đoàn đại biểu Quốc hội, Thường trực Hội đồng nhân dân, Ủy ban "
        "nhân dân và Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Bình Phước" in text
    )
