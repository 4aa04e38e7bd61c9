"""Real hearings and oversight activities, built from their sources' figures.

Each builder keeps a source's address and short facts (the excerpts they rest on, verbatim);
nothing the source does not say is filled in: a day without its year is left out, a plan
that gives no number has none, a hearing known only from its plan is never taken as held.
``tests/data/records/<name>.json`` holds each as a data file (written by
``python tests/records/real_activities.py``, checked by ``test_real_activities.py``).

Sources found with the project's search of stored public pages (issue 11, "find more real
records yourself"); where a stored page kept no address or heading, the source says so.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

from tayho_coord.model import (
    AdminUnit,
    Agency,
    AgencyKind,
    Boundary,
    Citation,
    DocumentRef,
    FigurePart,
    Finding,
    Hearing,
    Leader,
    LeaderRole,
    OversightActivity,
    OversightKind,
    PartialDate,
    Post,
    PrintedFigure,
    ReportingPeriod,
    Source,
    StatedFigure,
    Title,
    UnitKind,
)

if TYPE_CHECKING:
    from collections.abc import Callable

DATA = Path(__file__).resolve().parent.parent / "data" / "records"

HA_NOI = AdminUnit("ha-noi", UnitKind.CENTRAL_CITY, "Hà Nội")
DA_NANG = AdminUnit("da-nang", UnitKind.CENTRAL_CITY, "Đà Nẵng")
REFORM = Boundary(PartialDate(2025, 7, 1))
"""The first day of the communes and wards of the 2025 reform (two levels of local
government from 01/07/2025, issue 11's "Time validity")."""


def _cite(source: Source, excerpt: str) -> tuple[Citation, ...]:
    return (Citation(source, excerpt),)


class _Bodies:
    """The council, its standing committee and committees, the committee, the front."""

    def __init__(self, unit: AdminUnit) -> None:
        self.unit = unit
        self.council = Agency(f"{unit.id}/hdnd", AgencyKind.PEOPLES_COUNCIL, unit)
        self.committee = Agency(f"{unit.id}/ubnd", AgencyKind.PEOPLES_COMMITTEE, unit)
        self.front = Agency(f"{unit.id}/mttq", AgencyKind.FATHERLAND_FRONT, unit)

    def of_council(self, kind: AgencyKind, slug: str, name: str | None = None) -> Agency:
        return Agency(f"{self.unit.id}/hdnd/{slug}", kind, self.unit, self.council, name=name)

    @property
    def standing(self) -> Agency:
        return self.of_council(AgencyKind.COUNCIL_STANDING_COMMITTEE, "tt")

    @property
    def legal(self) -> Agency:
        return self.of_council(AgencyKind.COUNCIL_LEGAL_COMMITTEE, "bpc")

    @property
    def office(self) -> Agency:
        return Agency(f"{self.unit.id}/vp", AgencyKind.COUNCIL_COMMITTEE_OFFICE, self.unit)


# -- hearings ----------------------------------------------------------------------------------

CAU_GIAY_SOURCE = Source(
    "hdnd-cau-giay-kh-10-2024",
    "Kế hoạch tổ chức phiên giải trình về việc giải quyết kiến nghị, phản ánh của cử tri "
    "(tin mục Chỉ đạo điều hành; bản lưu không giữ tiêu đề và địa chỉ trang)",
    publisher="HĐND quận Cầu Giấy",
)


def cau_giay_2024_hearing() -> Hearing:
    """Quận Cầu Giấy: the plan "Kế hoạch số 10/KH-HĐND ngày 21/10/2024" of issue 11.

    The hearing of the Thường trực HĐND quận, planned for November 2024; the Ban Pháp chế
    leads its preparation with the Ban Kinh tế - Xã hội and the Văn phòng HĐND&UBND quận.
    """
    unit = AdminUnit("ha-noi/cau-giay", UnitKind.URBAN_DISTRICT, "Cầu Giấy", parent=HA_NOI)
    bodies = _Bodies(unit)
    cite = _cite(
        CAU_GIAY_SOURCE,
        "Thường trực HĐND quận Cầu Giấy vừa ban hành Kế hoạch số 10/KH-HĐND ngày 21/10/2024 "
        "tổ chức phiên giải trình về việc giải quyết kiến nghị, phản ánh của cử tri trên địa "
        "bàn quận từ đầu nhiệm kỳ kỳ 2021-2026 dến nay",
    )
    return Hearing(
        "ha-noi/cau-giay/giai-trinh-2024",
        unit,
        "việc giải quyết kiến nghị, phản ánh của cử tri trên địa bàn quận từ đầu nhiệm kỳ "
        "2021-2026 đến nay",
        organiser=bodies.standing,
        lead=bodies.legal,
        partners=(
            bodies.of_council(AgencyKind.COUNCIL_ECONOMIC_SOCIAL_COMMITTEE, "bktxh"),
            bodies.office,
        ),
        other_partners=("các phòng, ban, ngành, đơn vị liên quan",),
        plan=DocumentRef("10/KH-HĐND", PartialDate(2024, 10, 21)),
        scheduled=ReportingPeriod.month(2024, 11),
        answering=(
            "UBND quận",
            "các phòng, ban, ngành, đơn vị có liên quan",
            "Chủ tịch UBND các phường",
        ),
        sources=(
            *cite,
            Citation(
                CAU_GIAY_SOURCE, "Theo dự kiến, phiên giải trình tổ chức trong tháng 11/2024."
            ),
            Citation(
                CAU_GIAY_SOURCE,
                "Thường trực HĐND quận giao Ban Pháp chế chủ trì phối hợp Ban Kinh tế - Xã hội, "
                "Văn phòng HĐND&UBND quận, các phòng, ban, ngành, đơn vị liên quan chuẩn bị",
            ),
            Citation(
                CAU_GIAY_SOURCE,
                "Thường trực HĐND quận sẽ nghe UBND quận, các phòng, ban, ngành, đơn vị có liên "
                "quan, Chủ tịch UBND các phường",
            ),
        ),
    )


HA_NOI_2024_SOURCE = Source(
    "baomoi-ha-noi-giai-trinh-2024",
    "Hà Nội sẽ tổ chức phiên giải trình việc giải quyết kiến nghị của cử tri",
    publisher="baomoi.com (nguồn: An ninh Thủ đô)",
    url=(
        "https://baomoi.com/ha-noi-se-to-chuc-phien-giai-trinh-viec-giai-quyet-kien-nghi-"
        "cua-cu-tri-c49175900.epi"
    ),
)


def ha_noi_2024_hearing() -> Hearing:
    """Thành phố Hà Nội: a hearing planned for June 2024 by a plan that prints no number."""
    bodies = _Bodies(HA_NOI)
    return Hearing(
        "ha-noi/giai-trinh-2024",
        HA_NOI,
        "việc giải quyết kiến nghị của cử tri từ đầu nhiệm kỳ 2021-2026 đến nay",
        organiser=bodies.standing,
        plan=DocumentRef(
            None,
            type_name="Kế hoạch",
            subject="tổ chức giải trình về việc giải quyết kiến nghị của cử tri",
        ),
        scheduled=ReportingPeriod.month(2024, 6),
        answering=(
            "lãnh đạo UBND thành phố",
            "giám đốc, thủ trưởng các cơ quan liên quan",
            "Chủ tịch UBND các quận, huyện, thị xã",
        ),
        sources=(
            Citation(
                HA_NOI_2024_SOURCE,
                "HĐND TP Hà Nội vừa ban hành kế hoạch tổ chức giải trình về việc giải quyết "
                "kiến nghị của cử tri từ đầu nhiệm kỳ 2021- 2026 đến nay.",
            ),
            Citation(
                HA_NOI_2024_SOURCE,
                "Đối tượng giải trình gồm lãnh đạo UBND TP, giám đốc, thủ trưởng các cơ quan "
                "liên quan và Chủ tịch UBND các quận, huyện, thị xã.",
            ),
            Citation(
                HA_NOI_2024_SOURCE,
                "Dự kiến, thời gian tổ chức phiên giải trình vào trung tuần tháng 6/2024",
            ),
        ),
    )


# -- oversight -----------------------------------------------------------------------------------

TUYEN_QUANG_SOURCE = Source(
    "hdnd-tuyen-quang-giam-sat-2025-11",
    "Thường trực Hội đồng nhân dân tỉnh giám sát việc giải quyết kiến nghị của cử tri sau Kỳ "
    "họp thứ nhất Hội đồng nhân dân tỉnh",
    publisher="hdndtuyenquang.gov.vn",
    url=(
        "https://hdndtuyenquang.gov.vn/tin-hoat-dong/hoi-dong-nhan-dan!/"
        "hoat-dong-tiep-xuc-cu-tri/trang-2.html"
    ),
)


def tuyen_quang_2025_supervision() -> OversightActivity:
    """Tỉnh Tuyên Quang (after the 2025 reform): one group of a delegation the Thường trực
    HĐND set up by a decision, headed by the Trưởng Ban Pháp chế."""
    unit = AdminUnit("tuyen-quang", UnitKind.PROVINCE, "Tuyên Quang")
    bodies = _Bodies(unit)
    cite = _cite(
        TUYEN_QUANG_SOURCE,
        "Thực hiện Quyết định số 65/QĐ-HĐND ngày 05/11/2025 của Thường trực Hội đồng nhân dân "
        "tỉnh về thành lập Đoàn giám sát việc giải quyết, trả lời kiến nghị của cử tri sau kỳ "
        "họp thứ nhất HĐND tỉnh khóa XIX, nhiệm kỳ 2021 - 2026, ngày 24/11/2025, Tổ 2 Đoàn giám "
        "sát do ông Nguyễn Văn Lợi, Ủy viên Thường trực, Trưởng Ban Pháp chế HĐND tỉnh, làm Tổ "
        "trưởng đã tiến hành giám sát tại Nhà máy luyện Antimon Bảo Âu, UBND xã Bình An, và Đội "
        "Quản lý điện lực khu vực Na Hang - Công ty Điện lực Tuyên Quang.",
    )
    return OversightActivity(
        "tuyen-quang/giam-sat-kien-nghi-2025-to-2",
        unit,
        OversightKind.SUPERVISION,
        "việc giải quyết, trả lời kiến nghị của cử tri sau kỳ họp thứ nhất HĐND tỉnh khóa XIX, "
        "nhiệm kỳ 2021-2026",
        organiser=bodies.standing,
        leader=Leader(Post(bodies.legal, Title.HEAD), LeaderRole.GROUP_HEAD),
        plan=DocumentRef(
            "65/QĐ-HĐND",
            PartialDate(2025, 11, 5),
            subject="về thành lập Đoàn giám sát",
        ),
        held_on=PartialDate(2025, 11, 24),
        overseen=(
            "Nhà máy luyện Antimon Bảo Âu",
            "UBND xã Bình An",
            "Đội Quản lý điện lực khu vực Na Hang - Công ty Điện lực Tuyên Quang",
        ),
        sources=cite,
    )


BINH_THUAN_SOURCE = Source(
    "hdnd-binh-thuan-khao-sat-2020-06",
    "Hoạt động HĐND tỉnh (trang chủ HĐND tỉnh Bình Thuận)",
    publisher="hdnd.binhthuan.gov.vn",
    url="http://hdnd.binhthuan.gov.vn/",
)


def binh_thuan_2020_survey() -> OversightActivity:
    """Tỉnh Bình Thuận: a survey (khảo sát, not a supervision) chaired by the Trưởng Ban
    Văn hóa - Xã hội under the Ban's Chương trình giám sát số 43/CTr-HĐND."""
    unit = AdminUnit("binh-thuan", UnitKind.PROVINCE, "Bình Thuận")
    bodies = _Bodies(unit)
    cultural = bodies.of_council(AgencyKind.COUNCIL_CULTURAL_SOCIAL_COMMITTEE, "bvhxh")
    cite = _cite(
        BINH_THUAN_SOURCE,
        "trên cơ sở Chương trình giám sát số 43/CTr-HĐND ngày 13/01/2020 của Ban Văn hóa - Xã "
        "hội HĐND tỉnh, sáng ngày 17/6/2020, đồng chí Huỳnh Thị Mỹ Hạnh - Trưởng Ban Văn hóa - "
        "Xã hội HĐND tỉnh  đã chủ trì buổi khảo sát việc xây dựng trường học đạt chuẩn quốc gia "
        "tại trường THCS và THPT Lê Lợi; Trường Mầm non, Tiểu học, THCS và THPT Lê Quý Đôn.",
    )
    return OversightActivity(
        "binh-thuan/khao-sat-truong-chuan-2020",
        unit,
        OversightKind.SURVEY,
        "việc xây dựng trường học đạt chuẩn quốc gia",
        lead=cultural,
        leader=Leader(Post(cultural, Title.HEAD)),
        plan=DocumentRef(
            "43/CTr-HĐND", PartialDate(2020, 1, 13), type_name="Chương trình giám sát"
        ),
        held_on=PartialDate(2020, 6, 17),
        overseen=(
            "Trường THCS và THPT Lê Lợi",
            "Trường Mầm non, Tiểu học, THCS và THPT Lê Quý Đôn",
        ),
        sources=cite,
    )


BAC_NINH_SOURCE = Source(
    "baobacninh-56993",
    "Giám sát thực hiện chính sách hỗ trợ xây dựng nhà ở cho hộ người có công, người nghèo "
    "(Báo Bắc Ninh điện tử; bản lưu không giữ tiêu đề)",
    publisher="baobacninh.com.vn",
    url="http://baobacninh.com.vn/?page=news_detail&id=56993",
)


def bac_ninh_supervision() -> OversightActivity:
    """Tỉnh Bắc Ninh: the Thường trực HĐND's delegation oversees the Sở Xây dựng for 2016
    and 2017, chaired by the Chủ tịch HĐND tỉnh.

    The source prints the day "24-5" without its year: no day is kept, the period is the
    two years it covers.
    """
    unit = AdminUnit("bac-ninh", UnitKind.PROVINCE, "Bắc Ninh")
    bodies = _Bodies(unit)
    cite = _cite(
        BAC_NINH_SOURCE,
        "Ngày 24-5, Đoàn giám sát của Thường trực HĐND tỉnh tiến hành giám sát Sở Xây dựng về "
        "thực hiện chính sách hỗ trợ xây dựng nhà ở cho hộ người có công, người nghèo trên địa "
        "bàn tỉnh trong 2 năm 2016, 2017. Đồng chí Nguyễn Hương Giang, Ủy viên Ban Thường vụ "
        "Tỉnh ủy, Chủ tịch HĐND tỉnh chủ trì.",
    )
    return OversightActivity(
        "bac-ninh/giam-sat-nha-o-2016-2017",
        unit,
        OversightKind.SUPERVISION,
        "việc thực hiện chính sách hỗ trợ xây dựng nhà ở cho hộ người có công, người nghèo "
        "trên địa bàn tỉnh",
        organiser=bodies.standing,
        leader=Leader(Post(bodies.council, Title.CHAIR)),
        covers=ReportingPeriod.between(PartialDate(2016), PartialDate(2017)),
        overseen=("Sở Xây dựng",),
        sources=cite,
    )


DUY_XUYEN_SOURCE = Source(
    "duyxuyen-portal518053",
    "Ủy ban MTTQ Việt Nam huyện Duy Xuyên giám sát việc lãnh đạo, chỉ đạo giải quyết ý kiến, "
    "kiến nghị của cử tri và Nhân dân tại UBND xã Duy Vinh.",
    publisher="duyxuyen.quangnam.gov.vn",
    url=(
        "https://duyxuyen.quangnam.gov.vn/webcenter/portal/duyxuyen/pages_tin-tuc/"
        "chi-tiet-tin?dDocName=PORTAL518053"
    ),
)


def duy_xuyen_2023_supervision() -> OversightActivity:
    """Huyện Duy Xuyên (Quảng Nam): the front's delegation, headed by its Chủ tịch, with
    the council's Ban Pháp chế and the shared office among its members."""
    quang_nam = AdminUnit("quang-nam", UnitKind.PROVINCE, "Quảng Nam")
    unit = AdminUnit("quang-nam/duy-xuyen", UnitKind.RURAL_DISTRICT, "Duy Xuyên", parent=quang_nam)
    bodies = _Bodies(unit)
    board = Agency(
        f"{unit.id}/mttq/btt", AgencyKind.FRONT_STANDING_BOARD, unit, parent=bodies.front
    )
    cite = _cite(
        DUY_XUYEN_SOURCE,
        "Sáng ngày 07/7/2023, Đoàn giám sát của Ủy ban MTTQ Việt Nam huyện do ông Nguyễn Thanh "
        "Hải - UVBTV Huyện ủy, Chủ tịch Ủy ban MTTQ Việt Nam huyện làm Trưởng đoàn tiến hành "
        "giám sát việc lãnh đạo, chỉ đạo giải quyết ý kiến, kiến nghị của cử tri và Nhân dân tại "
        "UBND xã Duy Vinh. Thành phần Đoàn giám sát có: Ban Thường trực Ủy ban MTTQ Việt Nam "
        "huyện, đại diện lãnh đạo các tổ chức chính trị - xã hội huyện, Văn phòng HĐND-UBND "
        "huyện, Ban Pháp chế HĐND huyện.",
    )
    return OversightActivity(
        "quang-nam/duy-xuyen/giam-sat-duy-vinh-2023",
        unit,
        OversightKind.SUPERVISION,
        "việc lãnh đạo, chỉ đạo giải quyết ý kiến, kiến nghị của cử tri và Nhân dân",
        lead=bodies.front,
        partners=(board, bodies.office, bodies.legal),
        other_partners=("đại diện lãnh đạo các tổ chức chính trị - xã hội huyện",),
        leader=Leader(Post(bodies.front, Title.CHAIR), LeaderRole.DELEGATION_HEAD),
        held_on=PartialDate(2023, 7, 7),
        overseen=("UBND xã Duy Vinh",),
        sources=cite,
    )


DA_NANG_2025_SOURCE = Source(
    "baodanang-3300104",
    "HĐND cấp xã lựa chọn nội dung giám sát sau sắp xếp đơn vị hành chính",
    publisher="baodanang.vn",
    url=(
        "https://baodanang.vn/hdnd-cap-xa-lua-chon-noi-dung-giam-sat-sau-sap-xep-don-vi-"
        "hanh-chinh-3300104.html"
    ),
)

_SESSION_2 = (
    "Ngày 22/8, HĐND xã Tây Hồ và phường Quảng Phú tổ chức Kỳ họp thứ 2 xem xét quyết định "
    "các nội dung theo thẩm quyền, làm cơ sở cho việc triển khai thực hiện hoàn thành các "
    "nhiệm vụ trong thời gian còn lại của năm 2025."
)


def quang_phu_2025_supervision() -> OversightActivity:
    """Phường Quảng Phú (Đà Nẵng, a ward of the 2025 reform): a supervision the ward
    council's programme sets for quý IV/2025, by a resolution that prints no number."""
    unit = AdminUnit(
        "da-nang/quang-phu", UnitKind.WARD, "Quảng Phú", parent=DA_NANG, valid_from=REFORM
    )
    bodies = _Bodies(unit)
    return OversightActivity(
        "da-nang/quang-phu/giam-sat-hanh-chinh-cong-2025",
        unit,
        OversightKind.SUPERVISION,
        "kết quả hoạt động của Trung tâm Phục vụ hành chính công phường gắn với việc thực "
        "hiện Nghị quyết số 57-NQ/TW",
        lead=bodies.standing,
        plan=DocumentRef(
            None,
            type_name="Nghị quyết",
            subject="về chương trình giám sát của Thường trực HĐND và các Ban của HĐND phường",
        ),
        scheduled=ReportingPeriod.quarter(2025, 4),
        sources=(
            Citation(DA_NANG_2025_SOURCE, _SESSION_2),
            Citation(
                DA_NANG_2025_SOURCE,
                "Tại Kỳ họp thứ 2, HĐND phường Quảng Phú thống nhất thông qua 6 nghị quyết, "
                "trong đó có nghị quyết về chương trình giám sát của Thường trực HĐND và các Ban "
                "của HĐND phường.",
            ),
            Citation(
                DA_NANG_2025_SOURCE,
                "dự kiến trong quý IV/2025, Thường trực HĐND phường Quảng Phú giám sát kết quả "
                "hoạt động của Trung tâm Phục vụ hành chính công phường gắn với việc thực hiện "
                "Nghị quyết số 57-NQ/TW",
            ),
        ),
    )


def tay_ho_da_nang_2025_supervision() -> OversightActivity:
    """Xã Tây Hồ (Đà Nẵng, a commune of the 2025 reform): its council's Ban Kinh tế - Ngân
    sách leads a supervision set "từ nay đến cuối năm 2025" at the session of 22/8/2025.

    The commune council's committee is the Ban Kinh tế - Ngân sách (its own kind).
    """
    unit = AdminUnit(
        "da-nang/tay-ho", UnitKind.COMMUNE, "Tây Hồ", parent=DA_NANG, valid_from=REFORM
    )
    bodies = _Bodies(unit)
    budget = bodies.of_council(AgencyKind.COUNCIL_ECONOMIC_BUDGET_COMMITTEE, "bktns")
    return OversightActivity(
        "da-nang/tay-ho/giam-sat-tai-san-cong-2025",
        unit,
        OversightKind.SUPERVISION,
        "thực hiện công tác chuyển giao, tiếp nhận, quản lý và sử dụng tài sản công sau sáp nhập",
        lead=budget,
        plan=DocumentRef(
            None,
            type_name="Nghị quyết",
            subject="về chương trình giám sát từ nay đến cuối năm 2025",
        ),
        scheduled=ReportingPeriod.between(PartialDate(2025, 8, 22), PartialDate(2025, 12)),
        sources=(
            Citation(DA_NANG_2025_SOURCE, _SESSION_2),
            Citation(
                DA_NANG_2025_SOURCE,
                "trong 8 nghị quyết được HĐND xã Tây Hồ thống nhất thông qua, có nghị quyết về "
                "chương trình giám sát từ nay đến cuối năm 2025.",
            ),
            Citation(
                DA_NANG_2025_SOURCE,
                "Ban Kinh tế - ngân sách HĐND xã chủ trì giám sát thực hiện công tác chuyển "
                "giao, tiếp nhận, quản lý và sử dụng tài sản công sau sáp nhập.",
            ),
        ),
    )


NAM_DONG_SOURCE = Source(
    "namdong-2019-07-bc-11",
    "Giám sát kết quả giải quyết kiến nghị của cử tri tại kỳ họp thứ 7 Hội đồng nhân dân "
    "huyện khoá VI",
    publisher="namdong.thuathienhue.gov.vn",
    url="https://namdong.thuathienhue.gov.vn/?gd=14&cn=537&tc=13932",
    published=PartialDate(2019, 7, 5),
)


def nam_dong_2019_supervision() -> OversightActivity:
    """Huyện Nam Đông (Thừa Thiên Huế): known by its report, Báo cáo số 11/BC-HĐND ngày
    03/7/2019, with the figure it found (51/51), its finding and its recommendation."""
    province = AdminUnit("thua-thien-hue", UnitKind.PROVINCE, "Thừa Thiên Huế")
    unit = AdminUnit(
        "thua-thien-hue/nam-dong", UnitKind.RURAL_DISTRICT, "Nam Đông", parent=province
    )
    bodies = _Bodies(unit)
    found = Citation(
        NAM_DONG_SOURCE,
        "Qua giám sát cho thấy UBND huyện đã và đang xử lý, trả lời bằng văn bản trình tại kỳ "
        "họp thứ 8 là 51/51 ý kiến.",
    )
    return OversightActivity(
        "thua-thien-hue/nam-dong/giam-sat-kien-nghi-ky-7",
        unit,
        OversightKind.SUPERVISION,
        "việc giải quyết kiến nghị của cử tri tại kỳ họp thứ 7",
        organiser=bodies.standing,
        overseen=("các xã, thị trấn", "các ngành có liên quan", "UBND huyện"),
        report=DocumentRef(
            "11/BC-HĐND",
            PartialDate(2019, 7, 3),
            subject="về kết quả giám sát việc giải quyết kiến nghị của cử tri tại kỳ họp thứ 7",
        ),
        figures=(
            StatedFigure(
                "ý kiến đã và đang được xử lý, trả lời bằng văn bản trình tại kỳ họp thứ 8",
                PrintedFigure("51/51"),
                sources=(found,),
            ),
        ),
        findings=(
            Finding(
                "hầu hết các kiến nghị, phản ánh của cử tri và nhân dân đã được UBND huyện chỉ "
                "đạo xử lý, giải quyết và trả lời bằng văn bản",
                _cite(
                    NAM_DONG_SOURCE,
                    "Hầu hết các kiến nghị, phản ánh của cử tri và nhân dân đã được UBND huyện chỉ "
                    "đạo xử lý, giải quyết và trả lời bằng văn bản.",
                ),
            ),
        ),
        recommendations=(
            Finding(
                "UBND huyện chỉ đạo các ngành chức năng tiếp tục rà soát, đưa ra giải pháp khắc "
                "phục những tồn tại, hạn chế",
                _cite(
                    NAM_DONG_SOURCE,
                    "đề nghị UBND huyện chỉ đạo các ngành chức năng, tiếp tục rà soát đưa ra giải "
                    "pháp khắc phục những tồn tại, hạn chế trong thời gian tới",
                ),
            ),
        ),
        sources=_cite(
            NAM_DONG_SOURCE,
            "Ngày 03/7/2019 HĐND huyện ban hành báo cáo số 11/BC-HĐND về kết quả giám sát việc "
            "giải quyết kiến nghị của cử tri tại kỳ họp thứ 7. Để có cơ sở báo cáo tại kỳ họp "
            "thứ 8, Thường trực HĐND huyện đã thành lập Đoàn giám sát, khảo sát",
        ),
    )


# -- figures without a record --------------------------------------------------------------------

PHU_THO_SOURCE = Source(
    "dbnd-phu-tho-6861",
    "Tăng cường công tác quản lý đất công ích (mục của bài trên trang Đại biểu nhân dân tỉnh "
    "Phú Thọ; bản lưu không giữ đầu bài)",
    publisher="dbnd.phutho.gov.vn",
    url=(
        "https://dbnd.phutho.gov.vn/Chuyenmuctin/Chitiettin/tabid/92/title/6861/ctitle/139/"
        "Default.aspx"
    ),
)


def phu_tho_public_land() -> StatedFigure:
    """Phú Thọ: the public land of the communes as the Giám đốc Sở TN&MT explained it.

    Only the figures: the stored excerpt gives neither the day nor whether it was a phiên
    giải trình or a chất vấn, so no record is built around them.
    """
    cite = _cite(
        PHU_THO_SOURCE,
        "Theo số liệu đến hết năm 2020, tổng diện tích đất công ích do UBND cấp xã quản lý là "
        "8.338,4ha. Trong đó diện tích UBND xã trực tiếp sử dụng là 46,4ha; diện tích đang cho "
        "thuê là 6.269,7ha; diện tích đang cho mượn là 79,2ha; diện tích còn lại đang quản lý "
        "là 1.943ha.",
    )
    return StatedFigure(
        "diện tích đất công ích do UBND cấp xã quản lý đến hết năm 2020 (ha)",
        PrintedFigure("8.338,4"),
        (
            FigurePart("UBND xã trực tiếp sử dụng", PrintedFigure("46,4")),
            FigurePart("đang cho thuê", PrintedFigure("6.269,7")),
            FigurePart("đang cho mượn", PrintedFigure("79,2")),
            FigurePart("còn lại đang quản lý", PrintedFigure("1.943")),
        ),
        sources=cite,
    )


FILES: dict[str, Callable[[], object]] = {
    "cau_giay_2024_hearing": cau_giay_2024_hearing,
    "ha_noi_2024_hearing": ha_noi_2024_hearing,
    "tuyen_quang_2025_supervision": tuyen_quang_2025_supervision,
    "binh_thuan_2020_survey": binh_thuan_2020_survey,
    "bac_ninh_supervision": bac_ninh_supervision,
    "duy_xuyen_2023_supervision": duy_xuyen_2023_supervision,
    "quang_phu_2025_supervision": quang_phu_2025_supervision,
    "tay_ho_da_nang_2025_supervision": tay_ho_da_nang_2025_supervision,
    "nam_dong_2019_supervision": nam_dong_2019_supervision,
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
