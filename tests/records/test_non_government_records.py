"""Oversight led by bodies that are not organs of the state (fit review of issue 11, record 9).

The Front's member organisations (Đoàn TNCS Hồ Chí Minh, Hội Liên hiệp Phụ nữ, Hội Nông dân,
Hội Cựu chiến binh, Liên đoàn Lao động) and a Party steering committee (Ban Chỉ đạo) lead real
oversight of their own. Each record keeps its source's address and short facts; nothing the
source does not say is filled in, least of all a date.
"""

from __future__ import annotations

import pytest

from tayho_coord.errors import ValidationError
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

HAI_PHONG = AdminUnit("hai-phong", UnitKind.CENTRAL_CITY, "Hải Phòng")
HA_NOI = AdminUnit("ha-noi", UnitKind.CENTRAL_CITY, "Hà Nội")
TAY_NINH = AdminUnit("tay-ninh", UnitKind.PROVINCE, "Tây Ninh")

HAI_PHONG_SOURCE = Source(
    "thanhdoanhaiphong-nc5517",
    "Ban Thường vụ Thành đoàn kiểm tra giám sát phản biện xã hội 14 quận, huyện",
    publisher="thanhdoanhaiphong.gov.vn",
    url="https://thanhdoanhaiphong.gov.vn/chuyen-muc-nc5517.html?page=3",
)
HA_NOI_SOURCE = Source(
    "hanoi-gov-2826138",
    "Thành lập 5 đoàn kiểm tra thực hiện Quy chế dân chủ ở cơ sở năm 2019",
    publisher="hanoi.gov.vn",
    published=PartialDate(2019, 5, 16),
    url="https://hanoi.gov.vn/chidaodieuhanh/-/hn/t0gZB5w6V7Wh/3501/2826138/10/"
    "thanh-lap-5-oan-kiem-tra-thuc-hien-quy-che-dan-chu-o-co-so-nam-2019.html",
)
TAY_NINH_SOURCE = Source(
    "congdoantayninh-2020-10-09",
    "Ban Thường vụ Liên đoàn Lao động tỉnh Tây Ninh tổ chức thực hiện Giám sát năm 2020",
    publisher="congdoantayninh.org.vn",
    url="https://congdoantayninh.org.vn/index.php/2020/10/09/"
    "ban-thuong-vu-lien-doan-lao-dong-tinh-tay-ninh-to-chuc-thuc-hien-giam-sat-nam-2020/",
)


def _youth_union() -> Agency:
    return Agency("hai-phong/thanh-doan", AgencyKind.YOUTH_UNION, HAI_PHONG)


def _hai_phong_2024(**times: object) -> OversightActivity:
    """Hải Phòng 2024: the city's Youth Union oversees, in writing, 14 districts.

    The source's only date is the plan's issue date (Kế hoạch số 246-KH/TĐTN-TCKT ngày
    18/9/2024): it is the plan's date, never the day the oversight was carried out.
    """
    union = _youth_union()
    return OversightActivity(
        "hai-phong/thanh-doan/giam-sat-2024",
        HAI_PHONG,
        OversightKind.SUPERVISION,
        "việc triển khai thực hiện các Kế hoạch của Ủy ban nhân dân thành phố",
        lead=union,
        plan=DocumentRef("246-KH/TĐTN-TCKT", PartialDate(2024, 9, 18)),
        overseen=("14 đơn vị quận huyện (trừ huyện đảo Bạch Long Vỹ)",),
        sources=(
            Citation(
                HAI_PHONG_SOURCE,
                "Ban Thường vụ Thành đoàn đã ban hành Kế hoạch số 246-KH/TĐTN-TCKT ngày "
                "18/9/2024 giám sát của Đoàn TNCS Hồ Chí Minh thành phố",
            ),
        ),
        **times,  # type: ignore[arg-type]
    )


def test_hai_phong_youth_union_is_a_lead_its_plan_date_no_time_of_the_oversight() -> None:
    # The lead is expressible: the source's own words "Đoàn TNCS Hồ Chí Minh thành phố"
    # (short name) before the unit, as Nghị định 30's names of a body of a unit are built.
    union = _youth_union()
    assert union.short_name == "Đoàn TNCS Hồ Chí Minh thành phố Hải Phòng"
    assert union.full_name == "Đoàn Thanh niên Cộng sản Hồ Chí Minh thành phố Hải Phòng"
    # "Bí thư Thành Đoàn Hải Phòng": a Youth Union has a secretary, not a chair.
    assert Post(union, Title.SECRETARY).label.startswith("Bí thư Đoàn Thanh niên")
    with pytest.raises(ValidationError, match="is not a post of a youth_union"):
        Post(union, Title.CHAIR)
    # The only date is the plan's: modelled as the plan's date, the record has no time of
    # its own (not held, not scheduled, no period covered, no report) and is refused.
    with pytest.raises(ValidationError, match="an activity needs the day it was held"):
        _hai_phong_2024()


def test_hai_phong_plan_date_is_kept_apart_from_a_time_a_source_would_give() -> None:
    # Were a source to give the month the oversight was carried out, the same lead and plan
    # build; the plan's date stays the plan's (checked against the month, not moved into it).
    record = _hai_phong_2024(held_on=PartialDate(2024, 10))
    assert record.lead is not None
    assert record.lead.kind is AgencyKind.YOUTH_UNION
    assert record.plan is not None
    assert record.plan.issued_on == PartialDate(2024, 9, 18)
    with pytest.raises(ValidationError, match="the plan is dated after the activity"):
        _hai_phong_2024(held_on=PartialDate(2024, 9, 1))


def _steering_committee() -> Agency:
    return Agency(
        "ha-noi/bcd-qcdc",
        AgencyKind.STEERING_COMMITTEE,
        HA_NOI,
        name="Ban Chỉ đạo Xây dựng và Thực hiện Quy chế dân chủ ở cơ sở",
    )


def ha_noi_2019_inspection() -> OversightActivity:
    """Hà Nội 2019: the city's Ban Chỉ đạo plans five inspection teams (kiểm tra).

    The article gives the plan's number without its date, the period inspected ("từ tháng
    1/2018 đến hết quý I/2019") and the window set for it ("từ ngày 20/5 đến 30/9/2019"):
    a planned inspection, never taken as carried out.
    """
    return OversightActivity(
        "ha-noi/bcd-qcdc/kiem-tra-2019",
        HA_NOI,
        OversightKind.INSPECTION,
        "việc xây dựng và thực hiện Quy chế dân chủ ở cơ sở",
        lead=_steering_committee(),
        plan=DocumentRef("59-KH/BCĐ"),
        covers=ReportingPeriod.between(PartialDate(2018, 1), PartialDate(2019, 3)),
        scheduled=ReportingPeriod.between(PartialDate(2019, 5, 20), PartialDate(2019, 9, 30)),
        overseen=(
            "177 xã, phường, thị trấn thuộc 26 quận, huyện, thị xã",
            "5 sở, ngành thành phố",
        ),
        sources=(
            Citation(
                HA_NOI_SOURCE,
                "thời gian kiểm tra từ ngày 20/5 đến 30/9/2019 (thời gian cụ thể do trưởng "
                "các đoàn sắp xếp)",
            ),
        ),
    )


def test_ha_noi_steering_committee_inspection_is_a_planned_record() -> None:
    record = ha_noi_2019_inspection()
    assert record.planned_only
    assert record.lead is not None
    # The name is the source's, before the unit: "Ban Chỉ đạo Xây dựng và Thực hiện QCDC ở
    # cơ sở thành phố".
    assert record.lead.full_name == (
        "Ban Chỉ đạo Xây dựng và Thực hiện Quy chế dân chủ ở cơ sở thành phố Hà Nội"
    )
    # "Phó Trưởng ban Chỉ đạo" heads a team: a Ban's titles.
    assert Post(record.lead, Title.DEPUTY_HEAD).label.startswith("Phó Trưởng Ban Chỉ đạo")
    # The plan's number is kept; its date, not in the source, is not invented.
    assert record.plan is not None
    assert record.plan.issued_on is None


def test_a_steering_committee_needs_the_name_its_source_gives() -> None:
    with pytest.raises(ValidationError, match="steering_committee needs its name"):
        Agency("ha-noi/bcd", AgencyKind.STEERING_COMMITTEE, HA_NOI)


def test_tay_ninh_labour_federation_supervision() -> None:
    """Tây Ninh 2020: the provincial Liên đoàn Lao động supervises, "từ ngày 7/10/2020 –
    9/10/2020": two days of one month, so held in October 2020 (the month, not a day)."""
    federation = Agency("tay-ninh/ldld", AgencyKind.LABOUR_FEDERATION, TAY_NINH)
    record = OversightActivity(
        "tay-ninh/ldld/giam-sat-2020",
        TAY_NINH,
        OversightKind.SUPERVISION,
        "công tác phát triển đoàn viên, thành lập công đoàn cơ sở",
        lead=federation,
        leader=Leader(Post(federation, Title.VICE_CHAIR), LeaderRole.DELEGATION_HEAD),
        held_on=PartialDate(2020, 10),
        overseen=(
            "Ban Thường vụ LĐLĐ Thành phố Tây Ninh",
            "Ban Thường vụ LĐLĐ Thị xã Hòa Thành",
            "Ban Thường vụ Công đoàn ngành Nông nghiệp và Phát triển Nông thôn",
        ),
        sources=(
            Citation(
                TAY_NINH_SOURCE,
                "Từ ngày 7/10/2020 – 9/10/2020, đoàn giám sát do đồng chí Phan Thị Hồng Đào – "
                "Phó Chủ tịch Thường trực LĐLĐ tỉnh làm trưởng đoàn",
            ),
        ),
    )
    assert record.period == ReportingPeriod.month(2020, 10)
    # "Liên đoàn Lao động tỉnh Tây Ninh", "LĐLĐ tỉnh" as the source writes them.
    assert federation.full_name == "Liên đoàn Lao động tỉnh Tây Ninh"
    assert federation.common_name == "LĐLĐ tỉnh"


@pytest.mark.parametrize(
    ("kind", "unit", "full", "short"),
    [
        # "Hội LHPN tỉnh Hải Dương" (hoilhpn.org.vn, 09/07/2009)
        (
            AgencyKind.WOMENS_UNION,
            AdminUnit("hai-duong", UnitKind.PROVINCE, "Hải Dương"),
            "Hội Liên hiệp Phụ nữ tỉnh Hải Dương",
            "Hội LHPN tỉnh Hải Dương",
        ),
        # "Hội Nông dân tỉnh Bắc Giang", "HND tỉnh Bắc Giang" (hoinongdan.bacgiang.gov.vn)
        (
            AgencyKind.FARMERS_UNION,
            AdminUnit("bac-giang", UnitKind.PROVINCE, "Bắc Giang"),
            "Hội Nông dân tỉnh Bắc Giang",
            "HND tỉnh Bắc Giang",
        ),
        # "Hội CCB tỉnh Khánh Hòa" (cuuchienbinh.vn/hoi-ccb)
        (
            AgencyKind.VETERANS_ASSOCIATION,
            AdminUnit("khanh-hoa", UnitKind.PROVINCE, "Khánh Hòa"),
            "Hội Cựu chiến binh tỉnh Khánh Hòa",
            "Hội CCB tỉnh Khánh Hòa",
        ),
    ],
)
def test_front_member_organisations_are_named_as_their_sources_write(
    kind: AgencyKind, unit: AdminUnit, full: str, short: str
) -> None:
    agency = Agency(f"{unit.id}/to-chuc", kind, unit)
    assert (agency.full_name, agency.short_name) == (full, short)
    assert Post(agency, Title.CHAIR).label == f"Chủ tịch {full}"
    assert not agency.kind.is_main_body


@pytest.mark.parametrize(
    "kind",
    [
        AgencyKind.YOUTH_UNION,
        AgencyKind.WOMENS_UNION,
        AgencyKind.FARMERS_UNION,
        AgencyKind.VETERANS_ASSOCIATION,
        AgencyKind.LABOUR_FEDERATION,
        AgencyKind.STEERING_COMMITTEE,
    ],
)
def test_member_organisations_are_bodies_of_a_local_unit(kind: AgencyKind) -> None:
    # Their central bodies (Trung ương Đoàn, Tổng Liên đoàn…) have names of their own the
    # model does not give: the country is refused rather than misnamed.
    country = AdminUnit("viet-nam", UnitKind.COUNTRY, "Việt Nam")
    with pytest.raises(ValidationError, match="is a body of a local unit"):
        Agency("viet-nam/x", kind, country, name="Ban Chỉ đạo")
    # and none is a sub-body of another body
    council = Agency("hai-phong/hdnd", AgencyKind.PEOPLES_COUNCIL, HAI_PHONG)
    with pytest.raises(ValidationError, match="is not a sub-body"):
        Agency("hai-phong/x", kind, HAI_PHONG, council, name="Ban Chỉ đạo")


def test_non_government_leads_round_trip_through_a_data_file() -> None:
    from tayho_coord import io

    record = ha_noi_2019_inspection()
    assert io.loads(io.dumps(record)) == record
