import datetime as dt

import attrs
import pytest

from tayho_coord import ValidationError
from tayho_coord.model import (
    AdminUnit,
    Agency,
    AgencyKind,
    Boundary,
    Citation,
    PartialDate,
    Post,
    Source,
    Title,
    UnitKind,
    UnitLevel,
)

# Nghị định 30/2020/NĐ-CP, Phụ lục II: the common noun of a unit is lowercase inside a
# sentence ("thành phố Thái Nguyên", "tỉnh Nam Định"), capitalized at a sentence's start; with
# a numeral for a name the noun is capitalized ("Quận 1"); "Thành phố Hồ Chí Minh" always.
UNIT_DISPLAY = [
    (UnitKind.URBAN_DISTRICT, "Tây Hồ", "quận Tây Hồ", "Quận Tây Hồ"),
    (UnitKind.CENTRAL_CITY, "Hà Nội", "thành phố Hà Nội", "Thành phố Hà Nội"),
    (UnitKind.PROVINCIAL_CITY, "Thái Nguyên", "thành phố Thái Nguyên", "Thành phố Thái Nguyên"),
    (UnitKind.PROVINCE, "Nam Định", "tỉnh Nam Định", "Tỉnh Nam Định"),
    (UnitKind.RURAL_DISTRICT, "Từ Liêm", "huyện Từ Liêm", "Huyện Từ Liêm"),
    (UnitKind.DISTRICT_TOWN, "Sơn Tây", "thị xã Sơn Tây", "Thị xã Sơn Tây"),
    (UnitKind.WARD, "Bưởi", "phường Bưởi", "Phường Bưởi"),
    (UnitKind.COMMUNE, "Tứ Liên", "xã Tứ Liên", "Xã Tứ Liên"),
    (UnitKind.TOWNSHIP, "Đông Anh", "thị trấn Đông Anh", "Thị trấn Đông Anh"),
    (UnitKind.SPECIAL_ZONE, "Phú Quốc", "đặc khu Phú Quốc", "Đặc khu Phú Quốc"),
    (UnitKind.URBAN_DISTRICT, "1", "Quận 1", "Quận 1"),
    (UnitKind.CENTRAL_CITY, "Hồ Chí Minh", "Thành phố Hồ Chí Minh", "Thành phố Hồ Chí Minh"),
]


@pytest.mark.parametrize(("kind", "name", "inside", "start"), UNIT_DISPLAY)
def test_unit_display_follows_decree_30(kind: UnitKind, name: str, inside: str, start: str) -> None:
    unit = AdminUnit("u", kind, name)
    assert unit.display() == inside
    assert str(unit) == inside
    assert unit.display(start=True) == start


# Nghị định 30/2020/NĐ-CP, Phụ lục I, "Địa danh và thời gian ban hành văn bản" (as quoted by
# danluat.thuvienphapluat.vn/huong-dan-cach-ghi-dia-danh-va-ngay-thang-nam-trong-van-ban-dung-
# luat-189142): "Địa danh ghi trên văn bản do cơ quan nhà nước ở địa phương ban hành là tên gọi
# chính thức của đơn vị hành chính nơi cơ quan ban hành văn bản đóng trụ sở. Đối với những đơn
# vị hành chính được đặt theo tên người, bằng chữ số hoặc sự kiện lịch sử thì phải ghi tên gọi
# đầy đủ của đơn vị hành chính đó."  The full name with a numeral or a person's name is the
# capitalized one of Phụ lục II ("Quận 1", "Thành phố Hồ Chí Minh").
PLACE_NAMES = [
    (UnitKind.URBAN_DISTRICT, "Tây Hồ", "Tây Hồ"),
    (UnitKind.CENTRAL_CITY, "Hà Nội", "Hà Nội"),
    (UnitKind.PROVINCE, "Sơn La", "Sơn La"),
    (UnitKind.TOWNSHIP, "Đông Anh", "Đông Anh"),
    (UnitKind.URBAN_DISTRICT, "1", "Quận 1"),
    (UnitKind.WARD, "12", "Phường 12"),
    (UnitKind.CENTRAL_CITY, "Hồ Chí Minh", "Thành phố Hồ Chí Minh"),
]


@pytest.mark.parametrize(("kind", "name", "place"), PLACE_NAMES)
def test_unit_place_name_follows_decree_30(kind: UnitKind, name: str, place: str) -> None:
    assert AdminUnit("u", kind, name).place_name == place


def test_unit_levels() -> None:
    assert UnitKind.WARD.level is UnitLevel.COMMUNE
    assert UnitKind.PROVINCIAL_CITY.level is UnitLevel.DISTRICT
    assert UnitKind.CENTRAL_CITY.level is UnitLevel.PROVINCE


def test_a_unit_cannot_sit_under_a_lower_or_equal_level(tay_ho: AdminUnit) -> None:
    with pytest.raises(ValidationError, match="cannot contain") as info:
        AdminUnit("x", UnitKind.RURAL_DISTRICT, "Gia Lâm", parent=tay_ho)
    assert info.value.field == "parent"
    assert info.value.value == "ha-noi/tay-ho"


def test_unit_validity(ha_noi: AdminUnit) -> None:
    unit = AdminUnit(
        "ha-noi/tay-ho",
        UnitKind.URBAN_DISTRICT,
        "Tây Hồ",
        parent=ha_noi,
        valid_from=Boundary(PartialDate(1995, 10, 28), "Nghị định 69/CP"),
        valid_to=Boundary(PartialDate(2025, 6, 30), "Nghị quyết 1656/NQ-UBTVQH15"),
    )
    assert unit.is_valid_on(dt.date(2019, 1, 1))
    assert unit.is_valid_on(dt.date(1995, 10, 28))
    assert unit.is_valid_on(dt.date(2025, 6, 30))
    assert not unit.is_valid_on(dt.date(2025, 7, 1))
    assert not unit.is_valid_on(dt.date(1995, 10, 27))
    assert unit.ancestors() == (ha_noi,)


def test_unit_ending_before_it_begins_is_rejected() -> None:
    with pytest.raises(ValidationError, match="ends before") as info:
        AdminUnit(
            "u",
            UnitKind.WARD,
            "Bưởi",
            valid_from=Boundary(PartialDate(2000)),
            valid_to=Boundary(PartialDate(1999, 12)),
        )
    assert info.value.field == "valid_to"


@pytest.mark.parametrize(
    ("field", "value"),
    [("id", "Tây Hồ"), ("id", ""), ("name", ""), ("name", " Tây Hồ"), ("code", "")],
)
def test_unit_field_validation(field: str, value: str) -> None:
    kwargs = {"id": "u", "kind": UnitKind.WARD, "name": "Bưởi", field: value}
    with pytest.raises(ValidationError) as info:
        AdminUnit(**kwargs)  # type: ignore[arg-type]
    assert info.value.field == field
    assert info.value.value == value


# Official names: Nghị định 30/2020/NĐ-CP, Phụ lục II ("Hội đồng nhân dân tỉnh Sơn La"), and
# the forms the seed article uses ("Ủy ban MTTQ Việt Nam quận", "Ban Pháp chế HĐND quận").
AGENCY_NAMES = [
    (
        AgencyKind.PEOPLES_COUNCIL,
        "Hội đồng nhân dân quận Tây Hồ",
        "HĐND quận Tây Hồ",
        "HĐND quận",
    ),
    (
        AgencyKind.PEOPLES_COMMITTEE,
        "Ủy ban nhân dân quận Tây Hồ",
        "UBND quận Tây Hồ",
        "UBND quận",
    ),
    (
        AgencyKind.FATHERLAND_FRONT,
        "Ủy ban Mặt trận Tổ quốc Việt Nam quận Tây Hồ",
        "UBMTTQ Việt Nam quận Tây Hồ",
        "Ủy ban MTTQ Việt Nam quận",
    ),
    (
        AgencyKind.COUNCIL_COMMITTEE_OFFICE,
        "Văn phòng Hội đồng nhân dân và Ủy ban nhân dân quận Tây Hồ",
        "Văn phòng HĐND và UBND quận Tây Hồ",
        "Văn phòng HĐND và UBND quận",
    ),
    (AgencyKind.POLICE, "Công an quận Tây Hồ", "Công an quận Tây Hồ", "Công an quận"),
    (AgencyKind.PARTY_COMMITTEE, "Quận ủy Tây Hồ", "Quận ủy Tây Hồ", "Quận ủy"),
]


@pytest.mark.parametrize(("kind", "full", "short", "common"), AGENCY_NAMES)
def test_agency_names(
    tay_ho: AdminUnit, kind: AgencyKind, full: str, short: str, common: str
) -> None:
    agency = Agency("a", kind, tay_ho)
    assert agency.full_name == full
    assert str(agency) == full
    assert agency.short_name == short
    assert agency.common_name == common
    assert agency.body is agency


SUB_BODY_NAMES = [
    (
        AgencyKind.COUNCIL_STANDING_COMMITTEE,
        "Thường trực Hội đồng nhân dân quận Tây Hồ",
        "Thường trực HĐND quận Tây Hồ",
    ),
    (
        AgencyKind.COUNCIL_LEGAL_COMMITTEE,
        "Ban Pháp chế Hội đồng nhân dân quận Tây Hồ",
        "Ban Pháp chế HĐND quận Tây Hồ",
    ),
    (
        AgencyKind.COUNCIL_ECONOMIC_SOCIAL_COMMITTEE,
        # a hyphen between spaces, as Luật Tổ chức chính quyền địa phương 2015 (Điều 25)
        # and the councils write it, not an en dash
        "Ban Kinh tế - Xã hội Hội đồng nhân dân quận Tây Hồ",
        "Ban Kinh tế - Xã hội HĐND quận Tây Hồ",
    ),
]


@pytest.mark.parametrize(("kind", "full", "short"), SUB_BODY_NAMES)
def test_council_sub_bodies(
    tay_ho: AdminUnit, council: Agency, kind: AgencyKind, full: str, short: str
) -> None:
    sub = Agency("s", kind, tay_ho, council)
    assert (sub.full_name, sub.short_name) == (full, short)
    assert sub.body is council


def test_front_standing_board(tay_ho: AdminUnit, front: Agency) -> None:
    board = Agency("b", AgencyKind.FRONT_STANDING_BOARD, tay_ho, front)
    assert board.full_name == "Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam quận Tây Hồ"
    assert board.short_name == "Ban Thường trực UBMTTQ Việt Nam quận Tây Hồ"
    assert board.common_name == "Ban Thường trực Ủy ban MTTQ Việt Nam quận"


def test_city_party_committee(ha_noi: AdminUnit) -> None:
    assert Agency("t", AgencyKind.PARTY_COMMITTEE, ha_noi).full_name == "Thành ủy Hà Nội"


def test_named_office(tay_ho: AdminUnit) -> None:
    office = Agency(
        "o", AgencyKind.LAND_REGISTRATION_OFFICE, tay_ho, name="Văn phòng đăng ký nhà đất"
    )
    assert office.full_name == "Văn phòng đăng ký nhà đất quận Tây Hồ"


def test_sub_body_rules(
    tay_ho: AdminUnit, council: Agency, front: Agency, ha_noi: AdminUnit
) -> None:
    with pytest.raises(ValidationError, match="needs its peoples_council"):
        Agency("s", AgencyKind.COUNCIL_LEGAL_COMMITTEE, tay_ho)
    with pytest.raises(
        ValidationError, match="belongs to a peoples_council, not a fatherland_front"
    ):
        Agency("s", AgencyKind.COUNCIL_LEGAL_COMMITTEE, tay_ho, front)
    with pytest.raises(ValidationError, match="is not a sub-body"):
        Agency("s", AgencyKind.PEOPLES_COMMITTEE, tay_ho, council)
    hn_council = Agency("hn", AgencyKind.PEOPLES_COUNCIL, ha_noi)
    with pytest.raises(ValidationError, match="belongs to ha-noi, not ha-noi/tay-ho"):
        Agency("s", AgencyKind.COUNCIL_LEGAL_COMMITTEE, tay_ho, hn_council)
    ward = AdminUnit("w", UnitKind.WARD, "Bưởi")
    with pytest.raises(ValidationError, match="needs a name"):
        Agency("p", AgencyKind.PARTY_COMMITTEE, ward)


# Titles as the seed article writes them: "Thành ủy viên, Bí Thư Quận ủy, Chủ tịch HĐND quận",
# "Phó Bí Thư Quận ủy, Chủ tịch UBND quận", "Chủ tịch Ủy ban MTTQ Việt Nam quận" (the seed's
# capital T in "Bí Thư" is a typo; Nghị định 30 writes titles with one capital).
def test_post_labels(
    ha_noi: AdminUnit, tay_ho: AdminUnit, council: Agency, committee: Agency, front: Agency
) -> None:
    party = Agency("q", AgencyKind.PARTY_COMMITTEE, tay_ho)
    city_party = Agency("t", AgencyKind.PARTY_COMMITTEE, ha_noi)
    assert Post(city_party, Title.MEMBER).common_label == "Thành ủy viên"
    assert Post(party, Title.SECRETARY).common_label == "Bí thư Quận ủy"
    assert Post(party, Title.DEPUTY_SECRETARY).common_label == "Phó Bí thư Quận ủy"
    assert Post(council, Title.CHAIR).common_label == "Chủ tịch HĐND quận"
    assert Post(committee, Title.CHAIR).common_label == "Chủ tịch UBND quận"
    assert Post(front, Title.CHAIR).common_label == "Chủ tịch Ủy ban MTTQ Việt Nam quận"
    assert Post(council, Title.CHAIR).label == "Chủ tịch Hội đồng nhân dân quận Tây Hồ"
    assert str(Post(front, Title.VICE_CHAIR)) == (
        "Phó Chủ tịch Ủy ban Mặt trận Tổ quốc Việt Nam quận Tây Hồ"
    )


def test_post_title_must_fit_the_agency(council: Agency, tay_ho: AdminUnit) -> None:
    with pytest.raises(ValidationError, match="is not a post of a peoples_council") as info:
        Post(council, Title.HEAD)
    assert info.value.value == "Trưởng ban"
    legal = Agency("l", AgencyKind.COUNCIL_LEGAL_COMMITTEE, tay_ho, council)
    # "Trưởng Ban Pháp chế": the title's "ban" and the body's "Ban" are one word.
    assert Post(legal, Title.HEAD).common_label == "Trưởng Ban Pháp chế HĐND quận"
    assert Post(legal, Title.DEPUTY_HEAD).label == (
        "Phó Trưởng Ban Pháp chế Hội đồng nhân dân quận Tây Hồ"
    )


# -- reprs -----------------------------------------------------------------------------------


def test_reprs_refer_to_other_records_by_id(
    ha_noi: AdminUnit, tay_ho: AdminUnit, council: Agency, standing: Agency
) -> None:
    source = Source("s1", "Bài viết", publisher="mttqhanoi.org.vn")
    cited = (Citation(source, "Nguyễn Văn Thắng - Thành ủy viên, Bí Thư Quận ủy"),) * 20
    ward = AdminUnit("ha-noi/tay-ho/buoi", UnitKind.WARD, "Bưởi", parent=tay_ho, sources=cited)
    assert repr(ward) == (
        "AdminUnit(id='ha-noi/tay-ho/buoi', kind=<UnitKind.WARD: 'phường'>, name='Bưởi', "
        "parent=<AdminUnit 'ha-noi/tay-ho'>, code=None, valid_from=None, valid_to=None)"
    )
    assert repr(standing) == (
        "Agency(id='ha-noi/tay-ho/hdnd/tt', kind=<AgencyKind.COUNCIL_STANDING_COMMITTEE: "
        "'council_standing_committee'>, unit=<AdminUnit 'ha-noi/tay-ho'>, "
        "parent=<Agency 'ha-noi/tay-ho/hdnd'>, name=None)"
    )
    assert repr(Post(council, Title.CHAIR)) == (
        "Post(agency=<Agency 'ha-noi/tay-ho/hdnd'>, title=<Title.CHAIR: 'Chủ tịch'>)"
    )
    assert repr(cited[0]) == (
        "Citation(source=<Source 's1'>, excerpt='Nguyễn Văn Thắng - Thành ủy viên, Bí Thư Quận ủy')"
    )


def test_reprs_do_not_change_equality(tay_ho: AdminUnit) -> None:
    # The sources are left out of the repr, not out of equality or hashing.
    cited = (Citation(Source("s1", "Bài viết"), "phường Bưởi"),)
    plain = AdminUnit("ha-noi/tay-ho/buoi", UnitKind.WARD, "Bưởi", parent=tay_ho)
    sourced = attrs.evolve(plain, sources=cited)
    assert repr(plain) == repr(sourced)
    assert plain != sourced
    assert len({plain, sourced}) == 2
    # A parent shown by id is still compared whole.
    other_parent = attrs.evolve(tay_ho, code="003")
    moved = attrs.evolve(plain, parent=other_parent)
    assert repr(moved) == repr(plain)
    assert moved != plain
