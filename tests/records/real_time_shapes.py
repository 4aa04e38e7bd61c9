"""Real records whose time shapes and kinds the model first could not hold (issue 11).

Found in the new-user review of issue 11 (defects 6 and 7) and with the project's search
of stored public pages. Each builder keeps a source's address and short facts (the excerpts
they rest on); nothing the source does not say is filled in.
"""

from __future__ import annotations

from tayho_coord.model import (
    AdminUnit,
    Agency,
    AgencyKind,
    Citation,
    DocumentRef,
    Hearing,
    Leader,
    LeaderRole,
    OversightActivity,
    OversightKind,
    PartialDate,
    Post,
    ReportingPeriod,
    Source,
    Title,
    UnitKind,
)


class _Bodies:
    """The council, its standing committee, the committee and the front of a unit."""

    def __init__(self, unit: AdminUnit) -> None:
        self.unit = unit
        self.council = Agency(f"{unit.id}/hdnd", AgencyKind.PEOPLES_COUNCIL, unit)
        self.committee = Agency(f"{unit.id}/ubnd", AgencyKind.PEOPLES_COMMITTEE, unit)
        self.front = Agency(f"{unit.id}/mttq", AgencyKind.FATHERLAND_FRONT, unit)
        self.standing = Agency(
            f"{unit.id}/hdnd/tt", AgencyKind.COUNCIL_STANDING_COMMITTEE, unit, self.council
        )
        self.front_board = Agency(
            f"{unit.id}/mttq/btt", AgencyKind.FRONT_STANDING_BOARD, unit, self.front
        )


AN_GIANG_SOURCE = Source(
    "baoangiang-a283986",
    "Thường trực HĐND tỉnh thành lập đoàn khảo sát, giám sát trước kỳ họp cuối năm 2020",
    publisher="baoangiang.com.vn",
    published=PartialDate(2020, 9, 17),
    url="https://baoangiang.com.vn/thuong-truc-hdnd-tinh-thanh-lap-doan-khao-sat-giam-sat-truoc-ky-hop-cuoi-nam-2020-a283986.html",
)
AN_GIANG_FACTS = {
    "covers": "9 tháng đầu năm 2020",
    "days": "từ ngày 1 đến 7-10",
    "kinds": "đoàn khảo sát, giám sát",
}


def an_giang_2020_survey_supervision() -> OversightActivity:
    """Tỉnh An Giang: the Thường trực HĐND's delegation before the year-end session of
    2020, planned for 1 to 7/10/2020, examining the first nine months of 2020."""
    unit = AdminUnit("an-giang", UnitKind.PROVINCE, "An Giang")
    bodies = _Bodies(unit)
    return OversightActivity(
        "an-giang/khao-sat-giam-sat-2020-10",
        unit,
        OversightKind.SURVEY,
        "kết quả thực hiện nhiệm vụ phát triển kinh tế - xã hội 9 tháng đầu năm 2020",
        organiser=bodies.standing,
        leader=Leader(Post(bodies.council, Title.VICE_CHAIR), LeaderRole.DELEGATION_HEAD),
        plan=DocumentRef(None, type_name="Kế hoạch"),
        scheduled=ReportingPeriod.between(PartialDate(2020, 10, 1), PartialDate(2020, 10, 7)),
        covers=ReportingPeriod.first_months(2020, 9),
        other_kinds=(OversightKind.SUPERVISION,),
        overseen=(
            "UBND huyện Tịnh Biên",
            "UBND huyện Phú Tân",
            "UBND TP. Long Xuyên",
            "Sở Tài nguyên và Môi trường",
        ),
        sources=(
            Citation(
                AN_GIANG_SOURCE,
                "Thường trực HĐND tỉnh vừa ban hành kế hoạch và quyết định thành lập đoàn khảo "
                "sát, giám sát trước kỳ họp cuối năm 2020.",
            ),
            Citation(
                AN_GIANG_SOURCE,
                "từ ngày 1 đến 7-10, đoàn giám sát (do Phó Chủ tịch HĐND tỉnh Đỗ Tấn Kiết làm "
                "trưởng đoàn) tiến hành làm việc với UBND huyện Tịnh Biên, Phú Tân, TP. Long "
                "Xuyên; Sở Tài nguyên và Môi trường. Nội dung khảo sát, giám sát tập trung xem "
                "xét, đánh giá kết quả thực hiện nhiệm vụ phát triển kinh tế - xã hội 9 tháng "
                "đầu năm 2020",
            ),
        ),
    )


TAM_DUONG_SOURCE = Source(
    "tamduong-1207",
    "HĐND huyện giám sát ý kiến, kiến nghị của cử tri trước và sau kỳ họp thứ 18",
    publisher="tamduong.vinhphuc.gov.vn",
    published=PartialDate(2020, 6, 10),
    url="http://tamduong.vinhphuc.gov.vn/noidung/tintuc/Lists/ThoiSuTongHop/View_Detail.aspx?ItemID=1207",
)
TAM_DUONG_FACTS = {
    "days": "Trong các ngày 9,10/6/2020",
    "plan": "04/KH-HĐND",
    "plan_on": "2/6/2020",
}


def tam_duong_2020_supervision() -> OversightActivity:
    """Huyện Tam Dương (Vĩnh Phúc): the council's delegation supervised, over two days (9
    and 10/6/2020), what voters had petitioned before and after the 18th session."""
    province = AdminUnit("vinh-phuc", UnitKind.PROVINCE, "Vĩnh Phúc")
    unit = AdminUnit("vinh-phuc/tam-duong", UnitKind.RURAL_DISTRICT, "Tam Dương", parent=province)
    bodies = _Bodies(unit)
    return OversightActivity(
        "vinh-phuc/tam-duong/giam-sat-kien-nghi-2020",
        unit,
        OversightKind.SUPERVISION,
        "những công việc cử tri có ý kiến, kiến nghị trước và sau kỳ họp thứ 18, HĐND huyện "
        "nhiệm kỳ 2016-2020",
        lead=bodies.council,
        leader=Leader(Post(bodies.council, Title.VICE_CHAIR), LeaderRole.DELEGATION_HEAD),
        plan=DocumentRef("04/KH-HĐND", PartialDate(2020, 6, 2)),
        held_on=PartialDate(2020, 6, 9),
        held_until=PartialDate(2020, 6, 10),
        sources=(
            Citation(
                TAM_DUONG_SOURCE,
                "Trong các ngày 9,10/6/2020 Đoàn Giám sát của HĐND huyện do đồng chí Kiều Thị "
                "Hồng Hoa, Phó Chủ tịch HĐND huyện làm trưởng đoàn đã giám sát những công việc "
                "cử tri có ý kiến, kiến nghị trước và sau kỳ họp thứ 18, HĐND huyện nhiệm kỳ "
                "2016-2020.",
            ),
            Citation(TAM_DUONG_SOURCE, "Kế hoạch số 04/KH-HĐND ngày 2/6/2020"),
        ),
    )


QUANG_NGAI_SOURCE = Source(
    "dbnd-quangngai-6911",
    "Thường trực HĐND tỉnh sẽ tổ chức phiên giải trình vào khoảng thời gian giữa tháng 9/2022",
    publisher="dbnd.quangngai.gov.vn",
    published=PartialDate(2022, 8, 17),
    url="https://dbnd.quangngai.gov.vn/news/19/6911/thuong-truc-hdnd-tinh-se-to-chuc-phien-giai-trinh-vao-khoang-thoi-gian-giua-thang-92022",
)
QUANG_NGAI_FACTS = {
    "window": "trong một buổi (trong khoảng thời gian từ ngày 12/9 đến ngày 15/9/2022)",
    "plan": "12/KH-HĐND",
}


def quang_ngai_2022_hearing() -> Hearing:
    """Tỉnh Quảng Ngãi: a hearing of the Thường trực HĐND planned by Kế hoạch số
    12/KH-HĐND of 16/8/2022 for one session on some day from 12 to 15/9/2022."""
    unit = AdminUnit("quang-ngai", UnitKind.PROVINCE, "Quảng Ngãi")
    bodies = _Bodies(unit)
    return Hearing(
        "quang-ngai/giai-trinh-2022-09",
        unit,
        "giáo dục hướng nghiệp và định hướng phân luồng học sinh trong giáo dục phổ thông",
        organiser=bodies.standing,
        plan=DocumentRef("12/KH-HĐND", PartialDate(2022, 8, 16)),
        scheduled=ReportingPeriod.between(PartialDate(2022, 9, 12), PartialDate(2022, 9, 15)),
        scheduled_within=True,
        sources=(
            Citation(
                QUANG_NGAI_SOURCE,
                "Ngày 16/8/2022, Thường trực HĐND tỉnh ban hành Kế hoạch số 12/KH-HĐND về tổ "
                "chức phiên giải trình",
            ),
            Citation(
                QUANG_NGAI_SOURCE,
                "Thời gian tổ chức phiên giải trình dự kiến diễn ra trong một buổi (trong khoảng "
                "thời gian từ ngày 12/9 đến ngày 15/9/2022)",
            ),
        ),
    )


THANH_TRI_SOURCE = Source(
    "nhipsonghanoi-820705",
    "HĐND huyện Thanh Trì tổ chức 11 cuộc giám sát, khảo sát",
    publisher="nhipsonghanoi.vn",
    published=PartialDate(2019, 7, 16),
    url="http://nhipsonghanoi.vn/tin-tuc/co-so/820705/hdnd-huyen-thanh-tri-to-chuc-11-cuoc-giam-sat-khao-sat",
)
THANH_TRI_FACTS = {"article": "16/07/2019", "since": "Từ đầu năm 2019 đến nay"}


def thanh_tri_2019_supervision() -> OversightActivity:
    """Huyện Thanh Trì (Hà Nội): a supervision by the Thường trực HĐND of how voters'
    petitions were being resolved, "từ đầu năm 2019 đến nay" in an article of 16/7/2019:
    held in 2019, on or before that day; the article gives no day of its own."""
    city = AdminUnit("ha-noi", UnitKind.CENTRAL_CITY, "Hà Nội")
    unit = AdminUnit("ha-noi/thanh-tri", UnitKind.RURAL_DISTRICT, "Thanh Trì", parent=city)
    bodies = _Bodies(unit)
    return OversightActivity(
        "ha-noi/thanh-tri/giam-sat-kien-nghi-2019",
        unit,
        OversightKind.SUPERVISION,
        "tiến độ giải quyết các ý kiến, kiến nghị của cử tri",
        lead=bodies.standing,
        held_on=PartialDate(2019),
        reported_on=PartialDate(2019, 7, 16),
        sources=(
            Citation(
                THANH_TRI_SOURCE,
                "Từ đầu năm 2019 đến nay, Thường trực, các Ban HĐND huyện Thành Trì đã thực "
                "hiện 11 cuộc khảo sát, giám sát chuyên đề theo quy định.",
            ),
            Citation(
                THANH_TRI_SOURCE,
                "Đặc biệt, Thường trực HĐND huyện đã thực hiện đợt giám sát về tiến độ giải "
                "quyết các ý kiến, kiến nghị của cử tri.",
            ),
        ),
    )
