"""Real records whose sources leave something unstated, or print a bound (issue 11's rest).

Each builder keeps the source's address and short facts, never the article's prose: an
agreement whose source names no term (NOT_STATED), a review that names no part it reviews,
a period "từ đầu nhiệm kỳ … đến nay", counts printed as bounds ("hơn 60", "trên 800").
Nothing the sources do not say is filled in: where a record cannot be placed without a day
the source does not give, the tests say so and build nothing.
"""

from __future__ import annotations

import attrs
from real_activities import cau_giay_2024_hearing, ha_noi_2024_hearing

from tayho_coord.model import (
    NOT_STATED,
    AdminUnit,
    Agency,
    AgencyKind,
    AgreementKind,
    Citation,
    CoordinationProgram,
    CountedNoun,
    DayPart,
    Hearing,
    Meeting,
    MeetingKind,
    PartialDate,
    PetitionReport,
    PrintedFigure,
    ReportingPeriod,
    Source,
    StatedFigure,
    UnitKind,
)

KHANH_HOA_SOURCE = Source(
    "baokhanhhoa-2020-07-01-quy-che",
    "HĐND tỉnh và Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh: Ký kết quy chế phối hợp",
    publisher="baokhanhhoa.vn",
    url=(
        "https://baokhanhhoa.vn/chinh-tri/202007/hdnd-tinh-va-uy-ban-mat-tran-to-quoc-viet-"
        "nam-tinh-ky-ket-quy-che-phoi-hop-8171714/"
    ),
    published=PartialDate(2020, 7, 1),
)
KY_ANH_SOURCE = Source(
    "kyanh-2017-05-16-quy-che",
    "Hội đồng Nhân dân huyện Kỳ Anh: Ký kết quy chế phối hợp giữa Thường trực HĐND, UBND "
    "và Ban Thường trực Ủy ban MTTQ huyện",
    publisher="kyanh.gov.vn",
    url=(
        "http://kyanh.gov.vn/kyanh/portal/read/hoi-dong-nhan-dan-huyen-1/news/hoi-dong-nhan-"
        "dan-huyen-ky-anh-ky-ket-quy-che-phoi-hop-giua-thuong-truc-hnd-ubnd.html/20170516130017"
    ),
)
VINH_LONG_SOURCE = Source(
    "thvl-so-ket-quy-che-3-thuong-truc",
    "Hội nghị sơ kết thực hiện quy chế phối hợp công tác 03 thường trực",
    publisher="thvl.vn",
    url=(
        "https://thvl.vn/thoi-su-thvl/tin-dia-phuong/hoi-nghi-so-ket-thuc-hien-quy-che-phoi-"
        "hop-cong-tac-03-thuong-truc/"
    ),
)
NAM_CAN_SOURCE = Source(
    "ubmttq-camau-nam-can-tong-ket-2018",
    "Tổng kết Quy chế phối hợp giữa HĐND, UBND và UB MTTQ huyện Năm Căn",
    publisher="ubmttq.camau.gov.vn",
    url="http://ubmttq.camau.gov.vn/tong-ket-quy-che-phoi-hop-giua-hdnd-ubnd-va-ub-mttq-huyen-nam-can.404",
)
CHANH_HIEP_SOURCE = Source(
    "nld-2025-08-13-chanh-hiep",
    "Ấn tượng hình ảnh tiếp xúc cử tri ở một phường tại TP HCM",
    publisher="nld.com.vn",
    url="https://nld.com.vn/an-tuong-hinh-anh-tiep-xuc-cu-tri-o-mot-phuong-tai-tp-hcm-196250813104903764.htm",
    published=PartialDate(2025, 8, 13),
    author="Thanh Thảo",
)
TAN_CHAU_SOURCE = Source(
    "baotayninh-2015-tan-chau-so-ket",
    "HĐND huyện Tân Châu sơ kết hoạt động 6 tháng đầu năm 2015",
    publisher="baotayninh.vn",
    url="https://www.baotayninh.vn/hdnd-huyen-tan-chau-so-ket-hoat-dong-6-thang-dau-nam-2015-a13659.html",
)


def _standing(unit: AdminUnit, *, council: bool, committee: bool) -> tuple[Agency, ...]:
    """The standing bodies a Quy chế binds: Thường trực HĐND, (UBND,) Ban Thường trực UBMTTQ."""
    bodies: list[Agency] = []
    if council:
        hdnd = Agency(f"{unit.id}/hdnd", AgencyKind.PEOPLES_COUNCIL, unit)
        bodies.append(
            Agency(f"{unit.id}/tt-hdnd", AgencyKind.COUNCIL_STANDING_COMMITTEE, unit, hdnd)
        )
    if committee:
        bodies.append(Agency(f"{unit.id}/ubnd", AgencyKind.PEOPLES_COMMITTEE, unit))
    front = Agency(f"{unit.id}/mttq", AgencyKind.FATHERLAND_FRONT, unit)
    bodies.append(Agency(f"{unit.id}/btt-mttq", AgencyKind.FRONT_STANDING_BOARD, unit, front))
    return tuple(bodies)


KHANH_HOA = AdminUnit("khanh-hoa", UnitKind.PROVINCE, "Khánh Hòa")


def khanh_hoa_2020_regulation() -> CoordinationProgram:
    """Khánh Hòa, 1/7/2020: a Quy chế of two standing bodies whose source names no term."""
    return CoordinationProgram(
        "khanh-hoa/quy-che-tt-hdnd-btt-mttq",
        KHANH_HOA,
        NOT_STATED,
        _standing(KHANH_HOA, council=True, committee=False),
        signed_on=PartialDate(2020, 7, 1),
        kind=AgreementKind.REGULATION,
        sources=(
            Citation(
                KHANH_HOA_SOURCE,
                "Chiều 1-7, HĐND tỉnh tổ chức lễ ký kết Quy chế phối hợp công tác giữa "
                "Thường trực HĐND tỉnh với Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam "
                "tỉnh",
            ),
        ),
    )


def khanh_hoa_2020_signing() -> Meeting:
    """The signing of it: "lễ ký kết", in the afternoon ("Chiều 1-7") of 1/7/2020."""
    regulation = khanh_hoa_2020_regulation()
    return Meeting(
        "khanh-hoa/ky-ket-quy-che-2020",
        MeetingKind.SIGNING,
        KHANH_HOA,
        PartialDate(2020, 7, 1),
        part_of_day=DayPart.AFTERNOON,
        signed=regulation,
        event_noun="lễ",
        sources=regulation.sources,
    )


KY_ANH = AdminUnit(
    "ha-tinh/ky-anh",
    UnitKind.RURAL_DISTRICT,
    "Kỳ Anh",
    parent=AdminUnit("ha-tinh", UnitKind.PROVINCE, "Hà Tĩnh"),
)


def ky_anh_2017_regulation() -> CoordinationProgram:
    """Huyện Kỳ Anh, 15/5/2017: a Quy chế of three bodies, "03 chương, 11 điều", no term."""
    return CoordinationProgram(
        "ha-tinh/ky-anh/quy-che-2017",
        KY_ANH,
        NOT_STATED,
        _standing(KY_ANH, council=True, committee=True),
        signed_on=PartialDate(2017, 5, 15),
        kind=AgreementKind.REGULATION,
        sources=(
            Citation(
                KY_ANH_SOURCE,
                "Chiều ngày 15/5, Thường trực HĐND, UBND, Ủy ban MTTQ huyện Kỳ Anh đã tổ chức "
                "lễ ký kết quy chế phối hợp … Quy chế phối hợp hợp gồm 03 chương, 11 điều",
            ),
        ),
    )


VINH_LONG = AdminUnit("vinh-long", UnitKind.PROVINCE, "Vĩnh Long")


def vinh_long_regulation() -> CoordinationProgram:
    """Vĩnh Long: the Quy chế of the "3 thường trực", known only by its sơ kết; no term, no day.

    Neither its term nor its signing day is stated: nothing places it in time, and the
    metrics say so.
    """
    return CoordinationProgram(
        "vinh-long/quy-che-3-thuong-truc",
        VINH_LONG,
        NOT_STATED,
        _standing(VINH_LONG, council=True, committee=True),
        kind=AgreementKind.REGULATION,
        sources=(
            Citation(
                VINH_LONG_SOURCE,
                "quy chế phối hợp công tác của 3 thường trực Hội đồng nhân dân, thường trực Ủy "
                "ban nhân dân, Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh",
            ),
        ),
    )


NAM_CAN = AdminUnit(
    "ca-mau/nam-can",
    UnitKind.RURAL_DISTRICT,
    "Năm Căn",
    parent=AdminUnit("ca-mau", UnitKind.PROVINCE, "Cà Mau"),
)


def nam_can_regulation() -> CoordinationProgram:
    """Huyện Năm Căn: a Quy chế reviewed each year ("năm 2018", "năm 2019"), no term named."""
    council, committee, front = (
        Agency(f"{NAM_CAN.id}/{slug}", kind, NAM_CAN)
        for slug, kind in (
            ("hdnd", AgencyKind.PEOPLES_COUNCIL),
            ("ubnd", AgencyKind.PEOPLES_COMMITTEE),
            ("mttq", AgencyKind.FATHERLAND_FRONT),
        )
    )
    return CoordinationProgram(
        "ca-mau/nam-can/quy-che",
        NAM_CAN,
        NOT_STATED,
        (council, committee, front),
        kind=AgreementKind.REGULATION,
        task_groups=None,  # the 10 groups are of 2019's work, not of the Quy chế
        sources=(
            Citation(
                NAM_CAN_SOURCE,
                "Vừa qua, … chủ trì hội nghị tổng kết thực hiện Quy chế phối hợp giữa HĐND, "
                "UBND và Ủy ban MTTQ Việt Nam huyện năm 2018.",
            ),
        ),
    )


def cau_giay_2024_to_date() -> Hearing:
    """Cầu Giấy 2024's hearing with what it covers: "từ đầu nhiệm kỳ 2021-2026 đến nay".

    Its "nay" is its plan's day (Kế hoạch số 10/KH-HĐND ngày 21/10/2024).
    """
    return attrs.evolve(cau_giay_2024_hearing(), covers=ReportingPeriod.term_to_now(2021, 2026))


def ha_noi_2024_to_date() -> Hearing:
    """Thành phố Hà Nội 2024's hearing, likewise; its plan prints no day: its "nay" is unknown."""
    return attrs.evolve(ha_noi_2024_hearing(), covers=ReportingPeriod.term_to_now(2021, 2026))


CHANH_HIEP = AdminUnit(
    "hcm/chanh-hiep",
    UnitKind.WARD,
    "Chánh Hiệp",
    parent=AdminUnit("hcm", UnitKind.CENTRAL_CITY, "Hồ Chí Minh"),
)


def chanh_hiep_2025() -> PetitionReport:
    """Phường Chánh Hiệp, 13/8/2025: "hơn 60 ý kiến, đến nay đã có 30 kiến nghị được xử lý".

    Two counted nouns (ý kiến, kiến nghị) and a bound: no total, no rate; the figures as
    printed, as of the article's day ("đến nay").
    """
    cite = (
        Citation(
            CHANH_HIEP_SOURCE,
            "qua các lần tiếp xúc cử tri, HĐND phường đã ghi nhận hơn 60 ý kiến, đến nay đã "
            "có 30 kiến nghị được xử lý",
        ),
    )
    return PetitionReport(
        "hcm/chanh-hiep/y-kien-cu-tri-2025-08",
        CHANH_HIEP,
        noun=CountedNoun.Y_KIEN,
        as_of=PartialDate(2025, 8, 13),
        figures=(
            StatedFigure(
                "ý kiến cử tri ghi nhận qua các lần tiếp xúc cử tri",
                PrintedFigure("hơn 60"),
                sources=cite,
            ),
            StatedFigure("kiến nghị đã được xử lý", PrintedFigure("30"), sources=cite),
        ),
        sources=cite,
    )


TAN_CHAU = AdminUnit(
    "tay-ninh/tan-chau",
    UnitKind.RURAL_DISTRICT,
    "Tân Châu",
    parent=AdminUnit("tay-ninh", UnitKind.PROVINCE, "Tây Ninh"),
)


def tan_chau_2015() -> PetitionReport:
    """Huyện Tân Châu, 8/7/2015: "trên 350 lượt cử tri phát biểu với trên 800 ý kiến, kiến nghị"."""
    cite = (
        Citation(
            TAN_CHAU_SOURCE,
            "tổ chức tiếp xúc cử tri sau kỳ họp cuối năm 2014 và trước kỳ họp giữa năm 2015 "
            "với trên 7 ngàn lượt cử tri tham dự, trên 350 lượt cử tri phát biểu với trên 800 "
            "ý kiến, kiến nghị",
        ),
    )
    return PetitionReport(
        "tay-ninh/tan-chau/y-kien-cu-tri-2015-07",
        TAN_CHAU,
        noun=CountedNoun.Y_KIEN,
        as_of=PartialDate(2015, 7, 8),
        figures=(
            StatedFigure("lượt cử tri phát biểu", PrintedFigure("trên 350"), sources=cite),
            StatedFigure("ý kiến, kiến nghị của cử tri", PrintedFigure("trên 800"), sources=cite),
        ),
        sources=cite,
    )
