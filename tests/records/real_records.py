"""Real records of the coordination cycle, built from their sources' figures.

Each builder keeps only a source's address (where it has one) and short facts; nothing the
source does not say is filled in. Records whose facts come from issue 11's text (which quotes
them from news articles and office reports without addresses) cite that issue as their
source. ``tests/data/records/<name>.json`` holds each as a data file (written by
``python tests/records/real_records.py``, checked by ``test_real_records.py``), for other
tests to load.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

from tayho_coord.model import (
    AdminUnit,
    Agency,
    AgencyKind,
    AgreementKind,
    BreakdownKind,
    Chair,
    ChairRole,
    Citation,
    CoordinationProgram,
    CountedNoun,
    Meeting,
    MeetingKind,
    OutcomeLevel,
    OutcomeScale,
    PartialDate,
    PetitionOutcome,
    PetitionPart,
    PetitionReport,
    Post,
    RecordSet,
    ReportingPeriod,
    Source,
    Title,
    UnitKind,
)

if TYPE_CHECKING:
    from collections.abc import Callable

DATA = Path(__file__).resolve().parent.parent / "data" / "records"

ISSUE_11 = Source(
    "issue-11",
    "Every event a real report describes: the coordination cycle as records of their own",
    publisher="tayho_coord issue 11 (facts quoted from real reports)",
)


def _cite(source: Source, excerpt: str) -> tuple[Citation, ...]:
    return (Citation(source, excerpt),)


def _bodies(unit: AdminUnit, *kinds: AgencyKind) -> tuple[Agency, ...]:
    slug = {
        AgencyKind.PEOPLES_COUNCIL: "hdnd",
        AgencyKind.PEOPLES_COMMITTEE: "ubnd",
        AgencyKind.FATHERLAND_FRONT: "mttq",
    }
    return tuple(Agency(f"{unit.id}/{slug[k]}", k, unit) for k in kinds)


THREE = (
    AgencyKind.PEOPLES_COUNCIL,
    AgencyKind.PEOPLES_COMMITTEE,
    AgencyKind.FATHERLAND_FRONT,
)
HA_NOI = AdminUnit("ha-noi", UnitKind.CENTRAL_CITY, "Hà Nội")


def soc_son_signing() -> RecordSet:
    """Huyện Sóc Sơn signed its 2020 program on 27/02/2020 (issue 11: "Signing only")."""
    unit = AdminUnit("ha-noi/soc-son", UnitKind.RURAL_DISTRICT, "Sóc Sơn", parent=HA_NOI)
    program = CoordinationProgram(
        "ha-noi/soc-son/ctph-2020",
        unit,
        2020,
        _bodies(unit, *THREE),
        signed_on=PartialDate(2020, 2, 27),
        sources=_cite(ISSUE_11, "Signing only (ký kết, e.g. huyện Sóc Sơn, 27/02/2020)"),
    )
    meeting = Meeting(
        "ha-noi/soc-son/ky-ket-2020",
        MeetingKind.SIGNING,
        unit,
        PartialDate(2020, 2, 27),
        signed=program,
        sources=program.sources,
    )
    return RecordSet((program, meeting))


def cau_giay_2020() -> RecordSet:
    """Quận Cầu Giấy: sơ kết 6 tháng on 05/08/2020, tổng kết + ký kết on 21/01/2021."""
    unit = AdminUnit("ha-noi/cau-giay", UnitKind.URBAN_DISTRICT, "Cầu Giấy", parent=HA_NOI)
    bodies = _bodies(unit, *THREE)
    p2020 = CoordinationProgram("ha-noi/cau-giay/ctph-2020", unit, 2020, bodies)
    p2021 = CoordinationProgram("ha-noi/cau-giay/ctph-2021", unit, 2021, bodies)
    interim = Meeting(
        "ha-noi/cau-giay/so-ket-2020",
        MeetingKind.INTERIM_REVIEW,
        unit,
        PartialDate(2020, 8, 5),
        reviewed=p2020,
        period_reviewed=ReportingPeriod.half(2020, 1),
        sources=_cite(ISSUE_11, "six-month review (sơ kết 6 tháng, quận Cầu Giấy, 05/08/2020)"),
    )
    final = Meeting(
        "ha-noi/cau-giay/tong-ket-2020",
        MeetingKind.REVIEW_AND_SIGNING,
        unit,
        PartialDate(2021, 1, 21),
        reviewed=p2020,
        signed=p2021,
        sources=_cite(
            ISSUE_11,
            "year review with signing of the next program (tổng kết + ký kết, Cầu Giấy 21/01/2021)",
        ),
    )
    return RecordSet((p2020, p2021, interim, final))


def bac_tu_liem_regulation() -> RecordSet:
    """Quận Bắc Từ Liêm's Quy chế phối hợp for the term 2021-2026, signed 10/11/2021."""
    unit = AdminUnit("ha-noi/bac-tu-liem", UnitKind.URBAN_DISTRICT, "Bắc Từ Liêm", parent=HA_NOI)
    regulation = CoordinationProgram(
        "ha-noi/bac-tu-liem/qcph-2021-2026",
        unit,
        ReportingPeriod.term(2021, 2026),
        _bodies(unit, *THREE),
        kind=AgreementKind.REGULATION,
        signed_on=PartialDate(2021, 11, 10),
        sources=_cite(ISSUE_11, 'Bắc Từ Liêm: "nhiệm kỳ 2021-2026", signed 10/11/2021'),
    )
    signing = Meeting(
        "ha-noi/bac-tu-liem/ky-ket-qcph-2021",
        MeetingKind.SIGNING,
        unit,
        PartialDate(2021, 11, 10),
        signed=regulation,
        sources=regulation.sources,
    )
    return RecordSet((regulation, signing))


DAK_LAK_SOURCE = Source(
    "tvpl-01-qcph-dak-lak-2017",
    "Quy chế 01/QCPH/UBND-UBMTTQ 2017 phối hợp công tác Ủy ban Ủy ban Mặt trận Tổ quốc Đắk Lắk",
    publisher="thuvienphapluat.vn",
    url=(
        "https://thuvienphapluat.vn/van-ban/Bo-may-hanh-chinh/Quy-che-01-QCPH-UBND-UBMTTQ-2017-"
        "phoi-hop-cong-tac-Uy-ban-Uy-ban-Mat-tran-To-quoc-Dak-Lak-368992.aspx"
    ),
    published=PartialDate(2017, 10, 27),
)


def dak_lak_regulation() -> RecordSet:
    """Đắk Lắk: a two-party regulation of the province's committee and front, 2017-2021."""
    unit = AdminUnit("dak-lak", UnitKind.PROVINCE, "Đắk Lắk")
    regulation = CoordinationProgram(
        "dak-lak/qcph-2017-2021",
        unit,
        ReportingPeriod.stage(2017, 2021),
        _bodies(unit, AgencyKind.PEOPLES_COMMITTEE, AgencyKind.FATHERLAND_FRONT),
        kind=AgreementKind.REGULATION,
        symbol="01/QCPH/UBND-UBMTTQ",
        signed_on=PartialDate(2017, 10, 27),
        sources=_cite(
            DAK_LAK_SOURCE, "Số: 01/QCPH/UBND-UBMTTQ; Đắk Lắk, ngày 27 tháng 10 năm 2017"
        ),
    )
    return RecordSet((regulation,))


CAM_LE_SOURCE = Source(
    "camle-2022-05-23",
    "Hội nghị sơ kết thực hiện chương trình phối hợp năm 2021 và triển khai nhiệm vụ năm 2022",
    publisher="camle.danang.gov.vn",
    url="https://camle.danang.gov.vn/chi-tiet-tin-tuc?dinhdanh=1336101&cat=20953",
    published=PartialDate(2022, 6, 23),
)


def cam_le_interim() -> RecordSet:
    """Quận Cẩm Lệ (Đà Nẵng, no district council then): a two-party sơ kết, co-chaired."""
    da_nang = AdminUnit("da-nang", UnitKind.CENTRAL_CITY, "Đà Nẵng")
    unit = AdminUnit("da-nang/cam-le", UnitKind.URBAN_DISTRICT, "Cẩm Lệ", parent=da_nang)
    committee, front = _bodies(unit, AgencyKind.PEOPLES_COMMITTEE, AgencyKind.FATHERLAND_FRONT)
    program = CoordinationProgram("da-nang/cam-le/ctph-2021", unit, 2021, (committee, front))
    meeting = Meeting(
        "da-nang/cam-le/so-ket-2021",
        MeetingKind.INTERIM_REVIEW,
        unit,
        PartialDate(2022, 5, 23),
        reviewed=program,
        hosts=(committee, front),
        chairs=(
            Chair(ChairRole.CO_CHAIR, post=Post(committee, Title.CHAIR)),
            Chair(ChairRole.CO_CHAIR, post=Post(front, Title.CHAIR)),
        ),
        sources=_cite(
            CAM_LE_SOURCE,
            "Chiều ngày 23/5/2022 … Hội Nghị sơ kết thực hiện chương trình phối hợp công tác "
            "giữa UBND quận với UỶ ban MTTQ Việt Nam quận năm 2021; Đồng chủ trì hội nghị",
        ),
    )
    return RecordSet((program, meeting))


def nam_can_chairs() -> tuple[Chair, ...]:
    """Năm Căn 2018: co-chaired by the chairs of HĐND and UBND and a vice-chair of UBMTTQ."""
    ca_mau = AdminUnit("ca-mau", UnitKind.PROVINCE, "Cà Mau")
    unit = AdminUnit("ca-mau/nam-can", UnitKind.RURAL_DISTRICT, "Năm Căn", parent=ca_mau)
    council, committee, front = _bodies(unit, *THREE)
    return (
        Chair(ChairRole.CO_CHAIR, post=Post(council, Title.CHAIR)),
        Chair(ChairRole.CO_CHAIR, post=Post(committee, Title.CHAIR)),
        Chair(ChairRole.CO_CHAIR, post=Post(front, Title.VICE_CHAIR)),
    )


THAI_NGUYEN_SOURCE = Source(
    "thainguyentv-2023-kien-nghi",
    "Báo cáo kết quả giải quyết các ý kiến, kiến nghị của cử tri gửi tới các kỳ họp HĐND tỉnh "
    "Thái Nguyên năm 2023",
    publisher="thainguyentv.vn",
    url=(
        "https://thainguyentv.vn/bao-cao-ket-qua-giai-quyet-cac-y-kien-kien-nghi-cua-cu-tri-gui-"
        "toi-cac-ky-hop-hdnd-tinh-thai-nguyen-nam-2023-102013.html"
    ),
)


def thai_nguyen_2023() -> PetitionReport:
    """Thái Nguyên 2023: 132 opinions, 18 of central, 93 of province, 21 of district competence."""
    unit = AdminUnit("thai-nguyen", UnitKind.PROVINCE, "Thái Nguyên")
    cite = _cite(
        THAI_NGUYEN_SOURCE,
        "132 ý kiến (18 ý kiến thuộc thẩm quyền Trung ương, 93 ý kiến thuộc thẩm quyền cấp "
        "tỉnh và 21 ý kiến thuộc thẩm quyền cấp huyện)",
    )
    return PetitionReport(
        "thai-nguyen/kien-nghi-2023",
        unit,
        ReportingPeriod.year(2023),
        noun=CountedNoun.Y_KIEN,
        total=132,
        parts=(
            PetitionPart(BreakdownKind.COMPETENCE, "central", total=18),
            PetitionPart(BreakdownKind.COMPETENCE, "province", total=93),
            PetitionPart(BreakdownKind.COMPETENCE, "district", total=21),
        ),
        sources=cite,
    )


def ninh_binh_2017_scale() -> OutcomeScale:
    """Ninh Bình 2017's five levels and what each counts as (issue 11)."""
    return OutcomeScale(
        "ninh-binh-2017",
        "năm mức đánh giá kết quả giải quyết kiến nghị cử tri của tỉnh Ninh Bình năm 2017",
        (
            OutcomeLevel("giai-quyet-xong", "giải quyết xong", PetitionOutcome.RESOLVED),
            OutcomeLevel("dang-trien-khai", "đang triển khai", PetitionOutcome.IN_PROGRESS),
            OutcomeLevel(
                "co-lo-trinh", "có văn bản chỉ đạo, có lộ trình", PetitionOutcome.IN_PROGRESS
            ),
            OutcomeLevel(
                "chua-co-lo-trinh",
                "có văn bản chỉ đạo nhưng chưa có lộ trình",
                PetitionOutcome.UNRESOLVED,
            ),
            OutcomeLevel(
                "chua-co-van-ban",
                "tiếp thu nhưng chưa có văn bản chỉ đạo",
                PetitionOutcome.UNRESOLVED,
            ),
        ),
    )


FILES: dict[str, Callable[[], object]] = {
    "soc_son_2020_signing": soc_son_signing,
    "cau_giay_2020": cau_giay_2020,
    "bac_tu_liem_2021_regulation": bac_tu_liem_regulation,
    "dak_lak_2017_regulation": dak_lak_regulation,
    "cam_le_2021_interim": cam_le_interim,
    "thai_nguyen_2023_petitions": thai_nguyen_2023,
}
"""The data files of ``tests/data/records``, by name, and the builder of each."""


def write() -> None:
    """Write every data file from its builder."""
    from tayho_coord.io import dump

    DATA.mkdir(parents=True, exist_ok=True)
    for name, build in FILES.items():
        dump(build(), DATA / f"{name}.json")


if __name__ == "__main__":
    write()
    sys.exit(0)
