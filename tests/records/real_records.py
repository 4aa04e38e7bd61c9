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
    CouncilSession,
    CountedNoun,
    DayPart,
    Meeting,
    MeetingKind,
    OutcomeCount,
    OutcomeLevel,
    OutcomeScale,
    PartialDate,
    PetitionOutcome,
    PetitionPart,
    PetitionReport,
    Post,
    PrintedFigure,
    RecordSet,
    ReportingPeriod,
    Source,
    StatedFigure,
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


CAU_GIAY_2022_SOURCE = Source(
    "mttqhanoi-2022-07-23-cau-giay",
    "Quận Cầu Giấy sơ kết công tác phối hợp 6 tháng đầu năm, triển khai nhiệm vụ trọng tâm "
    "công tác 6 tháng cuối năm 2022",
    publisher="mttqhanoi.org.vn",
    url=(
        "https://mttqhanoi.org.vn/quan-cau-giay-so-ket-cong-tac-phoi-hop-6-thang-dau-nam-trien-"
        "khai-nhiem-vu-trong-tam-cong-tac-6-thang-cuoi-nam-2022.htm"
    ),
    published=PartialDate(2022, 7, 23),
)


def cau_giay_2022() -> RecordSet:
    """Quận Cầu Giấy's sơ kết of 22/7/2022: the standing bodies' program, a figure stated at it.

    The parties are the council's standing committee, the committee and the Front's standing
    board ("giữa 3 cơ quan: thường trực HĐND- UBND- Ban Thường trực Ủy ban MTTQ Việt Nam
    quận"); the Front's chair reported on "8 nội dung công tác".
    """
    unit = AdminUnit("ha-noi/cau-giay", UnitKind.URBAN_DISTRICT, "Cầu Giấy", parent=HA_NOI)
    council, committee, front = _bodies(unit, *THREE)
    standing = Agency(f"{council.id}/tt", AgencyKind.COUNCIL_STANDING_COMMITTEE, unit, council)
    board = Agency(f"{front.id}/btt", AgencyKind.FRONT_STANDING_BOARD, unit, front)
    parties = (standing, committee, board)
    program = CoordinationProgram("ha-noi/cau-giay/ctph-2022", unit, 2022, parties)
    meeting = Meeting(
        "ha-noi/cau-giay/so-ket-2022",
        MeetingKind.INTERIM_REVIEW,
        unit,
        PartialDate(2022, 7, 22),
        part_of_day=DayPart.AFTERNOON,
        reviewed=program,
        period_reviewed=ReportingPeriod.half(2022, 1),
        hosts=parties,
        reporter=front,
        figures=(
            StatedFigure(
                "nội dung công tác phối hợp giữa 3 cơ quan từ đầu năm 2022",
                PrintedFigure("8"),
                sources=_cite(
                    CAU_GIAY_2022_SOURCE,
                    "kết quả công tác phối hợp giữa 3 cơ quan từ đầu năm 2022 trên 8 nội dung "
                    "công tác",
                ),
            ),
        ),
        sources=_cite(
            CAU_GIAY_2022_SOURCE,
            "Chiều ngày 22/7/2022 … Thường trực HĐND, lãnh đạo UBND và Ban thường trực Ủy ban "
            "MTTQ Việt Nam quận Cầu Giấy đã tổ chức hội nghị sơ kết công tác phối hợp 6 tháng "
            "đầu năm; Chủ tịch Ủy ban MTTQ Việt Nam quận đã báo cáo kết quả thực hiện chương "
            "trình phối hợp công tác giữa 3 cơ quan",
        ),
    )
    return RecordSet((program, meeting))


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
        exhaustive=True,  # the five levels sort every petition
    )


def _council(unit: AdminUnit) -> Agency:
    return Agency(f"{unit.id}/hdnd", AgencyKind.PEOPLES_COUNCIL, unit)


def _session(unit: AdminUnit, number: int, legislature: int | None = None) -> CouncilSession:
    """The session "kỳ họp thứ N" of ``unit``'s council, its days not given by the source."""
    suffix = "" if legislature is None else f"-khoa-{legislature}"
    return CouncilSession(
        f"{unit.id}/hdnd/ky-hop-{number}{suffix}",
        _council(unit),
        number=number,
        legislature=legislature,
    )


KON_TUM_SOURCE = Source(
    "kontum-2024-07-08-kien-nghi",
    "Kết quả giải quyết, trả lời ý kiến, kiến nghị của cử tri trước và sau Kỳ họp thứ 6 HĐND "
    "tỉnh khóa XII",
    publisher="kontum.gov.vn",
    url=(
        "https://www.kontum.gov.vn/pages/detail/53116/Ket-qua-giai-quyet-tra-loi-y-kien-kien-"
        "nghi-cua-cu-tri-truoc-va-sau-Ky-hop-thu-6-HDND-tinh-khoa-XII.html"
    ),
    published=PartialDate(2024, 7, 8),
)


def kon_tum_2024() -> PetitionReport:
    """Kon Tum: 84 lượt ý kiến, kiến nghị before and after session 6, reported on 8/7/2024.

    The source names no period: the report is placed by its session and the day it was
    presented (at session 7, on 08/7; the page is dated 08/07/2024).
    """
    unit = AdminUnit("kon-tum", UnitKind.PROVINCE, "Kon Tum")
    committee = Agency("kon-tum/ubnd", AgencyKind.PEOPLES_COMMITTEE, unit)
    fields = (("kinh tế - ngân sách", 76), ("pháp chế", 3), ("văn hóa - xã hội", 5))
    return PetitionReport(
        "kon-tum/kien-nghi-ky-hop-6-khoa-12",
        unit,
        noun=CountedNoun.LUOT_Y_KIEN_KIEN_NGHI,
        session=_session(unit, 6, 12),
        as_of=PartialDate(2024, 7, 8),
        total=84,
        parts=tuple(PetitionPart(BreakdownKind.FIELD, k, total=n) for k, n in fields),
        reporter=committee,
        sources=_cite(
            KON_TUM_SOURCE,
            "Ngày đăng: 08/07/2024; Sáng ngày 08/7, tại Kỳ họp thứ 7 HĐND tỉnh khóa XII; thay "
            "mặt UBND tỉnh … Trước và sau Kỳ họp thứ 6 HĐND tỉnh Khóa XII, Thường trực HĐND "
            "tỉnh đã chuyển 84 lượt ý kiến, kiến nghị của cử tri đến UBND tỉnh (76 … kinh tế - "
            "ngân sách, 03 … pháp chế và 05 … văn hóa - xã hội)",
        ),
    )


THAI_NGUYEN_2022_SOURCE = Source(
    "thainguyentv-giam-sat-kien-nghi-ky-hop-7",
    "Giám sát kết quả giải quyết ý kiến, kiến nghị của cử tri gửi HĐND tỉnh",
    publisher="thainguyentv.vn",
    url=(
        "https://thainguyentv.vn/giam-sat-ket-qua-giai-quyet-y-kien-kien-nghi-cua-cu-tri-gui-"
        "hdnd-tinh-91145.html"
    ),
)


def thai_nguyen_2022() -> PetitionReport:
    """Thái Nguyên: 125 ý kiến sent to session 7; of the province's 93, 18 resolved, 37
    explained, 38 in progress ("Đến nay": the day is not given, nor is a period)."""
    unit = AdminUnit("thai-nguyen", UnitKind.PROVINCE, "Thái Nguyên")
    cite = _cite(
        THAI_NGUYEN_2022_SOURCE,
        "tổng số ý kiến, kiến nghị của cử tri gửi đến Kỳ họp thứ 7 … là 125 ý kiến. Trong đó, "
        "13 … thẩm quyền Trung ương; 93 … thẩm quyền cấp tỉnh, 19 … thẩm quyền cấp huyện. Đến "
        "nay, có 18/93 … đã được giải quyết; 37/93 ý kiến được giải trình, thông tin; 38/93 ý "
        "kiến đang giải quyết",
    )
    province = PetitionPart(
        BreakdownKind.COMPETENCE,
        "province",
        total=93,
        outcomes=(
            OutcomeCount("resolved", 18, (PrintedFigure("18/93"),)),
            OutcomeCount("explained", 37, (PrintedFigure("37/93"),)),
            OutcomeCount("in_progress", 38, (PrintedFigure("38/93"),)),
        ),
    )
    return PetitionReport(
        "thai-nguyen/kien-nghi-ky-hop-7",
        unit,
        noun=CountedNoun.Y_KIEN,
        session=_session(unit, 7),
        total=125,
        parts=(
            PetitionPart(BreakdownKind.COMPETENCE, "central", total=13),
            province,
            PetitionPart(BreakdownKind.COMPETENCE, "district", total=19),
        ),
        sources=cite,
    )


VIET_NAM = AdminUnit("viet-nam", UnitKind.COUNTRY, "Việt Nam")


def national_bodies() -> tuple[Agency, Agency, Agency]:
    """Quốc hội, its standing committee, and the standing committee's Ban Dân nguyện."""
    assembly = Agency("viet-nam/quoc-hoi", AgencyKind.NATIONAL_ASSEMBLY, VIET_NAM)
    standing = Agency(
        "viet-nam/quoc-hoi/ubtvqh",
        AgencyKind.NATIONAL_ASSEMBLY_STANDING_COMMITTEE,
        VIET_NAM,
        assembly,
    )
    petitions = Agency(
        "viet-nam/quoc-hoi/ubtvqh/ban-dan-nguyen",
        AgencyKind.PETITIONS_COMMITTEE,
        VIET_NAM,
        standing,
    )
    return assembly, standing, petitions


NATIONAL_2019_SOURCE = Source(
    "quochoitv-2019-06-04-kien-nghi",
    "Tại sao tỷ lệ kiến nghị của cử tri được giải quyết triệt để vẫn thấp?",
    publisher="quochoitv.vn",
    url=(
        "http://quochoitv.vn/Videos/quoc-hoi-voi-cu-tri/2019/6/ta%CC%A3i-sao-ty%CC%89-le%CC%A3-"
        "kie%CC%81n-nghi%CC%A3-cu%CC%89a-cu%CC%89-tri-duo%CC%A3c-gia%CC%89i-quye%CC%81t-"
        "trie%CC%A3t-de%CC%89-va%CC%83n-tha%CC%81p-/233366"
    ),
    published=PartialDate(2019, 6, 4),
)


def national_2019() -> PetitionReport:
    """The National Assembly's petitions of session 6 (khóa XIV): 191 of 2.293 resolved,
    printed "8,79%" — 191/2293 is 8,33% (the printed figure is kept, and warned of)."""
    assembly, _, petitions = national_bodies()
    session = CouncilSession(
        "viet-nam/quoc-hoi/ky-hop-6-khoa-14", assembly, number=6, legislature=14
    )
    cite = _cite(
        NATIONAL_2019_SOURCE,
        "báo cáo Kết quả giám sát việc giải quyết, trả lời kiến nghị của cử tri gửi đến kỳ họp "
        "thứ 6, Quốc hội khóa XIV của Ban Dân nguyện … thông qua 1.408 cuộc tiếp xúc cử tri "
        "trước và sau kỳ họp thứ 6, Ban Dân nguyện đã tập hợp được 2.293 kiến nghị … 99,87% "
        "đã được phúc đáp. Tuy nhiên, chỉ có 191 kiến nghị của cử tri đã được giải quyết xong, "
        "chiếm 8,79%",
    )
    return PetitionReport(
        "viet-nam/kien-nghi-ky-hop-6-khoa-14",
        VIET_NAM,
        session=session,
        total=2293,
        outcomes=(OutcomeCount("resolved", 191, (PrintedFigure("8,79%"),)),),
        figures=(
            StatedFigure("kiến nghị đã được phúc đáp", PrintedFigure("99,87%"), whole=2293),
            StatedFigure("cuộc tiếp xúc cử tri trước và sau kỳ họp thứ 6", PrintedFigure("1.408")),
        ),
        reporter=petitions,
        sources=cite,
    )


NATIONAL_2022_SOURCE = Source(
    "quochoitv-kien-nghi-ky-hop-2-khoa-15",
    "100% ý kiến, kiến nghị của cử tri gửi đến Kỳ họp thứ 2 được giải quyết, trả lời",
    publisher="quochoitv.vn",
    url="https://quochoitv.vn/100-y-kien-kien-nghi-cua-cu-tri-gui-den-ky-hop-thu-2-duoc-giai-quyet-tra-loi",
)


def national_2022() -> PetitionReport:
    """Session 2 of khóa XV: 3.393 kiến nghị, "100% … đã được giải quyết, trả lời".

    One level of the source's scale stands for two of the library's outcomes (resolved or
    answered): it maps to none, and no resolution rate is computed from it.
    """
    assembly, _, _ = national_bodies()
    scale = OutcomeScale(
        "quoc-hoi-giai-quyet-tra-loi",
        "kiến nghị đã được giải quyết, trả lời (một mức, gộp giải quyết và trả lời)",
        (OutcomeLevel("giai-quyet-tra-loi", "đã được giải quyết, trả lời"),),
        exhaustive=False,
    )
    return PetitionReport(
        "viet-nam/kien-nghi-ky-hop-2-khoa-15",
        VIET_NAM,
        scale=scale,
        session=CouncilSession(
            "viet-nam/quoc-hoi/ky-hop-2-khoa-15", assembly, number=2, legislature=15
        ),
        total=3393,
        outcomes=(OutcomeCount("giai-quyet-tra-loi", None, (PrintedFigure("100%"),)),),
        sources=_cite(
            NATIONAL_2022_SOURCE,
            "báo cáo kết quả giám sát việc giải quyết, trả lời kiến nghị của cử tri gửi đến kỳ "
            "họp thứ Hai, Quốc hội khóa XV … đã có 3.393 kiến nghị được tổng hợp chuyển đến các "
            "cơ quan có thẩm quyền giải quyết … Đến nay, 100% kiến nghị đã được giải quyết, "
            "trả lời cử tri",
        ),
    )


BAC_KAN_SOURCE = Source(
    "backan-2022-12-05-kien-nghi",
    "109/139 ý kiến, kiến nghị của cử tri trước và sau Kỳ họp thứ chín HĐND tỉnh đã được giải "
    "quyết",
    publisher="backan.gov.vn",
    url="https://backan.gov.vn/Pages/109139-y-kien-kien-nghi-cua-cu-tri-da-duoc-giai-quyet-9abd.aspx",
    published=PartialDate(2022, 12, 5),
)


def bac_kan_2022() -> PetitionReport:
    """Bắc Kạn: Báo cáo số 783/BC-UBND of 3/12/2022 on 139 lượt ý kiến, kiến nghị of session 9
    (khóa X), by field, on a scale of three levels of its own."""
    unit = AdminUnit("bac-kan", UnitKind.PROVINCE, "Bắc Kạn")
    committee = Agency("bac-kan/ubnd", AgencyKind.PEOPLES_COMMITTEE, unit)
    scale = OutcomeScale(
        "bac-kan-2022",
        "ba mức của báo cáo số 783/BC-UBND ngày 3/12/2022 của UBND tỉnh Bắc Kạn",
        (
            OutcomeLevel("da-giai-quyet", "đã được giải quyết", PetitionOutcome.RESOLVED),
            OutcomeLevel(
                "chua-giai-quyet-khach-quan",
                "chưa được giải quyết do nguyên nhân khách quan",
                PetitionOutcome.UNRESOLVED_OBJECTIVE,
            ),
            OutcomeLevel("dang-chi-dao", "đang chỉ đạo giải quyết", PetitionOutcome.IN_PROGRESS),
        ),
        exhaustive=True,  # the three levels sort the 139 lượt (109 + 10 + 20)
    )
    fields = (
        ("chế độ chính sách", 13),
        ("giao thông - xây dựng - thủy lợi", 46),
        ("nông - lâm nghiệp", 12),
        ("đất đai - tài nguyên - môi trường", 12),
        ("điện lực - viễn thông - truyền thông", 18),
        ("văn hóa - xã hội - giáo dục - y tế", 7),
        ("Công ty TNHH MTV Quản lý, khai thác công trình thủy lợi tỉnh", 7),
        ("lĩnh vực khác", 24),
    )
    return PetitionReport(
        "bac-kan/kien-nghi-ky-hop-9-khoa-10",
        unit,
        noun=CountedNoun.LUOT_Y_KIEN_KIEN_NGHI,
        scale=scale,
        session=_session(unit, 9, 10),
        as_of=PartialDate(2022, 12, 3),
        total=139,
        outcomes=(
            OutcomeCount("da-giai-quyet", 109, (PrintedFigure("109/139"), PrintedFigure("78%"))),
            OutcomeCount("chua-giai-quyet-khach-quan", 14),
            OutcomeCount("dang-chi-dao", 16),
        ),
        parts=tuple(PetitionPart(BreakdownKind.FIELD, k, total=n) for k, n in fields),
        reporter=committee,
        sources=_cite(
            BAC_KAN_SOURCE,
            "Theo Báo cáo số 783/BC-UBND ngày 3/12/2022 của UBND tỉnh, đến thời điểm báo cáo đã "
            "có 109/139 ý kiến, kiến nghị của cử tri gửi đến trước và sau Kỳ họp thứ chín, HĐND "
            "tỉnh khóa X … 139 lượt ý kiến, kiến nghị … 109 ý kiến, kiến nghị đã được giải quyết "
            "(bằng 78%), 14 ý kiến chưa được giải quyết do nguyên nhân khách quan và còn 16 ý "
            "kiến đang chỉ đạo giải",
        ),
    )


THAI_NGUYEN_CITY_SOURCE = Source(
    "thainguyentv-hdnd-tp-giam-sat-ky-hop-16",
    "HĐND TP Thái Nguyên giám sát kết quả giải quyết ý kiến, kiến nghị của cử tri",
    publisher="thainguyentv.vn",
    url=(
        "https://thainguyentv.vn/hdnd-tp-thai-nguyen-giam-sat-ket-qua-giai-quyet-y-kien-kien-"
        "nghi-cua-cu-tri-82406.html"
    ),
)


def thai_nguyen_city_16() -> PetitionReport:
    """Thành phố Thái Nguyên: 87 ý kiến, kiến nghị sent to session 16 (khóa XVIII), 47 resolved,
    "chiếm tỷ lệ 54%"; no period, no day."""
    province = AdminUnit("thai-nguyen", UnitKind.PROVINCE, "Thái Nguyên")
    unit = AdminUnit(
        "thai-nguyen/tp-thai-nguyen", UnitKind.PROVINCIAL_CITY, "Thái Nguyên", parent=province
    )
    return PetitionReport(
        "thai-nguyen/tp-thai-nguyen/kien-nghi-ky-hop-16-khoa-18",
        unit,
        noun=CountedNoun.Y_KIEN_KIEN_NGHI,
        session=_session(unit, 16, 18),
        total=87,
        outcomes=(OutcomeCount("resolved", 47, (PrintedFigure("54%"),)),),
        sources=_cite(
            THAI_NGUYEN_CITY_SOURCE,
            "sau khi tiếp nhận 87 ý kiến, kiến nghị của cử tri gửi tới Kỳ họp thứ 16 HĐND TP "
            "khóa XVIII … Đến nay, đã có 47 ý kiến, kiến nghị của cử tri được giải quyết xong, "
            "chiếm tỷ lệ 54%",
        ),
    )


NAM_DINH_SOURCE = Source(
    "daibieunhandan-nam-dinh-giam-sat-ky-hop-9",
    "Nam Định: Giám sát kết quả giải quyết ý kiến, kiến nghị của cử tri",
    publisher="daibieunhandan.vn",
    url="http://daibieunhandan.vn/nam-dinh--giam-sat-ket-qua-giai-quyet-y-kien--kien-nghi-cua-cu-tri-430550",
)


def nam_dinh_ky_hop_9() -> PetitionReport:
    """Nam Định: of 65 nội dung from session 9, 32 answered, 20 planned and in progress, 10 of
    the ministries' competence; the source's scale, "trả lời" mapped to no outcome."""
    unit = AdminUnit("nam-dinh", UnitKind.PROVINCE, "Nam Định")
    scale = OutcomeScale(
        "nam-dinh-ky-hop-9",
        "mức trả lời của hội nghị giám sát của Thường trực HĐND tỉnh Nam Định",
        (
            OutcomeLevel("tra-loi", "được UBND tỉnh trả lời"),
            OutcomeLevel(
                "co-ke-hoach",
                "UBND có kế hoạch và tiếp tục giải quyết",
                PetitionOutcome.IN_PROGRESS,
            ),
        ),
        # the excerpt lists these and ends in "…": the rest are on levels it does not name
        exhaustive=False,
    )
    return PetitionReport(
        "nam-dinh/kien-nghi-ky-hop-9",
        unit,
        noun=CountedNoun.NOI_DUNG,
        scale=scale,
        session=_session(unit, 9),
        total=65,
        outcomes=(
            OutcomeCount("tra-loi", 32, (PrintedFigure("32/65"),)),
            OutcomeCount("co-ke-hoach", 20, (PrintedFigure("20/65"),)),
        ),
        parts=(
            PetitionPart(
                BreakdownKind.COMPETENCE,
                "central",
                total=10,
                printed_share=PrintedFigure("10/65"),
            ),
        ),
        sources=_cite(
            NAM_DINH_SOURCE,
            "hội nghị giám sát kết quả giải quyết ý kiến, kiến nghị của cử tri từ Kỳ họp thứ 9 "
            "… Đến nay, đã có 32/65 nội dung được UBND tỉnh trả lời, 20/65 nội dung UBND có kế "
            "hoạch và tiếp tục giải quyết; 10/65 nội dung thuộc trách nhiệm giải quyết của các "
            "bộ, ngành Trung ương",
        ),
    )


TINH_THIEN_SOURCE = Source(
    "quangngai-tinh-thien-2021-02-26",
    "Hội đồng nhân dân xã Tịnh Thiện giải quyết và trả lời ý kiến, kiến nghị của cử tri đạt "
    "tỷ lệ 89,2%",
    publisher="thanhpho.quangngai.gov.vn",
    url=(
        "https://thanhpho.quangngai.gov.vn/en_US/web/thanh-pho-quang-ngai/xem-chi-tiet/-/"
        "asset_publisher//Content/hoi-ong-nhan-dan-xa-tinh-thien-giai-quyet-va-tra-loi-y-kien-"
        "kien-nghi-cua-cu-tri-at-ty-le-89-2-?10839176"
    ),
    published=PartialDate(2021, 2, 26),
)


def tinh_thien_2021() -> PetitionReport:
    """Xã Tịnh Thiện (thành phố Quảng Ngãi): the term 2016-2021 to 26/02/2021, 58 of 65 ý kiến,
    kiến nghị "giải quyết và trả lời" (one level of two outcomes), "đạt tỷ lệ 89,2%"."""
    province = AdminUnit("quang-ngai", UnitKind.PROVINCE, "Quảng Ngãi")
    city = AdminUnit(
        "quang-ngai/tp-quang-ngai", UnitKind.PROVINCIAL_CITY, "Quảng Ngãi", parent=province
    )
    unit = AdminUnit("quang-ngai/tp-quang-ngai/tinh-thien", UnitKind.COMMUNE, "Tịnh Thiện", city)
    council = _council(unit)
    scale = OutcomeScale(
        "tinh-thien-2021",
        "ý kiến, kiến nghị đã được giải quyết và trả lời (một mức)",
        (OutcomeLevel("giai-quyet-tra-loi", "giải quyết và trả lời"),),
        exhaustive=False,
    )
    cite = _cite(
        TINH_THIEN_SOURCE,
        "Trong nhiệm kỳ 2016-2021, Hội đồng nhân dân xã Tịnh Thiện đã tổ chức 09 kỳ tiếp xúc "
        "giữa đại biểu Hội đồng nhân dân với 1.143 lượt cử tri, đạt tỷ lệ 97,6% … Tính đến nay, "
        "trong số 65 ý kiến, kiến nghị của cử tri, Hội đồng nhân dân xã Tịnh Thiện đã giải quyết "
        "và trả lời 58 ý kiến, kiến nghị, đạt tỷ lệ 89,2%",
    )
    return PetitionReport(
        "quang-ngai/tp-quang-ngai/tinh-thien/kien-nghi-2016-2021",
        unit,
        ReportingPeriod.term(2016, 2021),
        noun=CountedNoun.Y_KIEN_KIEN_NGHI,
        scale=scale,
        as_of=PartialDate(2021, 2, 26),
        total=65,
        outcomes=(OutcomeCount("giai-quyet-tra-loi", 58, (PrintedFigure("89,2%"),)),),
        figures=(
            StatedFigure(
                "kỳ tiếp xúc cử tri của đại biểu Hội đồng nhân dân xã", PrintedFigure("09")
            ),
            StatedFigure("lượt cử tri dự tiếp xúc", PrintedFigure("1.143")),
            StatedFigure("tỷ lệ cử tri dự tiếp xúc", PrintedFigure("97,6%")),
        ),
        reporter=council,
        sources=cite,
    )


XUAN_LAP_SOURCE = Source(
    "xuanlap-2025-12-09-tiep-xuc-cu-tri",
    "Hội nghị tiếp xúc cử tri với đại biểu HĐND phường Xuân Lập trước kỳ họp thường lệ cuối "
    "năm 2025, nhiệm kỳ 2021–2026",
    publisher="xuanlap.dongnai.gov.vn",
    url=(
        "https://xuanlap.dongnai.gov.vn/vi/news/hoi-dong-nhan-dan/hoi-nghi-tiep-xuc-cu-tri-voi-"
        "dai-bieu-hdnd-phuong-xuan-lap-truoc-ky-hop-thuong-le-cuoi-nam-2025-nhiem-ky-2021-2026-"
        "230.html"
    ),
)


def xuan_lap_2025() -> PetitionReport:
    """Phường Xuân Lập (Đồng Nai), a ward of the two-level government: 05 ý kiến, kiến nghị
    before its council's "kỳ họp thường lệ cuối năm 2025" (khóa I), on 09/12/2025."""
    province = AdminUnit("dong-nai", UnitKind.PROVINCE, "Đồng Nai")
    unit = AdminUnit("dong-nai/xuan-lap", UnitKind.WARD, "Xuân Lập", parent=province)
    session = CouncilSession(
        "dong-nai/xuan-lap/hdnd/cuoi-nam-2025",
        _council(unit),
        name="kỳ họp thường lệ cuối năm 2025",
        legislature=1,
    )
    return PetitionReport(
        "dong-nai/xuan-lap/kien-nghi-cuoi-nam-2025",
        unit,
        noun=CountedNoun.Y_KIEN_KIEN_NGHI,
        session=session,
        as_of=PartialDate(2025, 12, 9),
        total=5,
        sources=_cite(
            XUAN_LAP_SOURCE,
            "Sáng ngày 09/12/2025 … Hội nghị tiếp xúc cử tri với đại biểu HĐND phường trước kỳ "
            "họp thường lệ cuối năm 2025, khóa I, nhiệm kỳ 2021–2026 … Hội nghị ghi nhận 05 ý "
            "kiến, kiến nghị của cử tri",
        ),
    )


FILES: dict[str, Callable[[], object]] = {
    "soc_son_2020_signing": soc_son_signing,
    "cau_giay_2020": cau_giay_2020,
    "bac_tu_liem_2021_regulation": bac_tu_liem_regulation,
    "dak_lak_2017_regulation": dak_lak_regulation,
    "cam_le_2021_interim": cam_le_interim,
    "thai_nguyen_2023_petitions": thai_nguyen_2023,
    "cau_giay_2022_interim": cau_giay_2022,
    "kon_tum_2024_session_6": kon_tum_2024,
    "thai_nguyen_2022_session_7": thai_nguyen_2022,
    "viet_nam_2019_session_6": national_2019,
    "viet_nam_2022_session_2": national_2022,
    "bac_kan_2022_session_9": bac_kan_2022,
    "thai_nguyen_city_session_16": thai_nguyen_city_16,
    "nam_dinh_session_9": nam_dinh_ky_hop_9,
    "tinh_thien_2016_2021": tinh_thien_2021,
    "xuan_lap_2025": xuan_lap_2025,
}
"""The data files of ``tests/data/records``, by name, and the builder of each."""


WARNS = {
    "viet_nam_2019_session_6": "'8,79%' printed for 'resolved' does not follow from 191/2293",
}
"""The data files whose records keep figures that their counts do not give (each warned of:
the pattern of its warning)."""


def write() -> None:
    """Write every data file from its builder."""
    import warnings

    from tayho_coord.io import dump

    DATA.mkdir(parents=True, exist_ok=True)
    for name, build in FILES.items():
        with warnings.catch_warnings():
            warnings.simplefilter("ignore" if name in WARNS else "error")
            dump(build(), DATA / f"{name}.json")


if __name__ == "__main__":
    write()
    sys.exit(0)
