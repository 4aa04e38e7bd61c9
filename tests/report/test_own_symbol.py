"""A record's own number and symbol are printed in its document (review 4, F8).

ND30, Phụ lục I, Phần I, mục II, khoản 3: "Số" with a colon, the number, a slash and the
symbol. The symbol a record holds is the document's, as printed, even where its issuers'
abbreviations are not the library's (``TT.HĐND``, ``QCPH``); a number given replaces only
the number.
"""

from __future__ import annotations

import pytest

from tayho_coord.model import (
    AdminUnit,
    Agency,
    AgencyKind,
    AgreementKind,
    Citation,
    CoordinationProgram,
    PartialDate,
    ReportingPeriod,
    Source,
    UnitKind,
)
from tayho_coord.report import render

HOA_BINH_URL = (
    "https://thuvienphapluat.vn/van-ban/Chung-khoan/Quy-che-06-QC-TT-HDND-UBND-2019-phoi-hop-"
    "Thuong-truc-Hoi-dong-va-Uy-ban-nhan-dan-Hoa-Binh-410558.aspx"
)


def _hoa_binh(symbol: str | None) -> CoordinationProgram:
    # Quy chế 06/QC-TT.HĐND-UBND, Hòa Bình, 20/3/2019 (https://thuvienphapluat.vn/van-ban/Chung-
    # khoan/Quy-che-06-QC-TT-HDND-UBND-2019-phoi-hop-Thuong-truc-Hoi-dong-va-Uy-ban-nhan-dan-
    # Hoa-Binh-410558.aspx): "Số: 06/QC-TT.HĐND-UBND".
    hb = AdminUnit("hoa-binh", UnitKind.PROVINCE, "Hòa Bình")
    council = Agency("hb/hdnd", AgencyKind.PEOPLES_COUNCIL, hb)
    return CoordinationProgram(
        "hb/qc",
        hb,
        ReportingPeriod.term(2016, 2021),
        (
            Agency("hb/tt", AgencyKind.COUNCIL_STANDING_COMMITTEE, hb, council),
            Agency("hb/ubnd", AgencyKind.PEOPLES_COMMITTEE, hb),
        ),
        signed_on=PartialDate(2019, 3, 20),
        symbol=symbol,
        kind=AgreementKind.REGULATION,
        sources=(
            Citation(Source("tvpl-hb", "Quy chế 06/QC-TT.HĐND-UBND", url=HOA_BINH_URL), "Số: 06"),
        ),
    )


def _lines(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines()]


def test_the_record_s_symbol_is_the_document_s() -> None:
    lines = _lines(render(_hoa_binh("06/QC-TT.HĐND-UBND"), "text"))
    assert "Số: 06/QC-TT.HĐND-UBND" in lines
    # the appendix refers to the same document
    assert any(line.startswith("(Kèm theo Quy chế số 06/QC-TT.HĐND-UBND ngày 20") for line in lines)
    # without one, the number is left to fill and the symbol made of the issuers'
    assert "Số: …/QC-HĐND-UBND" in _lines(render(_hoa_binh(None), "text"))


def test_a_number_given_replaces_only_the_number() -> None:
    lines = _lines(render(_hoa_binh("06/QC-TT.HĐND-UBND"), "text", number=7))
    assert "Số: 07/QC-TT.HĐND-UBND" in lines


@pytest.mark.parametrize("number", [None, 3])
def test_binh_chanh_s_qcph(number: int | None) -> None:
    # Quy chế 69/QCPH-HĐND-UBND-MTTQ, huyện Bình Chánh, 02/11/2021 (https://thuvienphapluat.vn/
    # van-ban/Bo-may-hanh-chinh/Quy-che-69-QCPH-HDND-UBND-MTTQ-2021-phoi-hop-cong-tac-Uy-ban-
    # Mat-tran-Binh-Chanh-Ho-Chi-Minh-532885.aspx)
    hcm = AdminUnit("ho-chi-minh", UnitKind.CENTRAL_CITY, "Hồ Chí Minh")
    bc = AdminUnit("ho-chi-minh/binh-chanh", UnitKind.RURAL_DISTRICT, "Bình Chánh", parent=hcm)
    parties = tuple(
        Agency(f"bc/{k.value}", k, bc)
        for k in (
            AgencyKind.PEOPLES_COUNCIL,
            AgencyKind.PEOPLES_COMMITTEE,
            AgencyKind.FATHERLAND_FRONT,
        )
    )
    rule = CoordinationProgram(
        "bc/qc-69",
        bc,
        ReportingPeriod.term(2021, 2026),
        parties,
        signed_on=PartialDate(2021, 11, 2),
        symbol="69/QCPH-HĐND-UBND-MTTQ",
        kind=AgreementKind.REGULATION,
    )
    expected = "Số: 69/QCPH-HĐND-UBND-MTTQ" if number is None else "Số: 03/QCPH-HĐND-UBND-MTTQ"
    assert expected in _lines(render(rule, "text", number=number))
