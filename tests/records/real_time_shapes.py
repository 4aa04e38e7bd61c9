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
        OversightKind.SUPERVISION,
        "kết quả thực hiện nhiệm vụ phát triển kinh tế - xã hội 9 tháng đầu năm 2020",
        organiser=bodies.standing,
        leader=Leader(Post(bodies.council, Title.VICE_CHAIR), LeaderRole.DELEGATION_HEAD),
        plan=DocumentRef(None, type_name="Kế hoạch"),
        scheduled=ReportingPeriod.between(PartialDate(2020, 10, 1), PartialDate(2020, 10, 7)),
        covers=ReportingPeriod.first_months(2020, 9),
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
