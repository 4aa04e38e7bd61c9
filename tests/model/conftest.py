import pytest

from tayho_coord.model import AdminUnit, Agency, AgencyKind, UnitKind


@pytest.fixture
def ha_noi() -> AdminUnit:
    return AdminUnit("ha-noi", UnitKind.CENTRAL_CITY, "Hà Nội")


@pytest.fixture
def tay_ho(ha_noi: AdminUnit) -> AdminUnit:
    return AdminUnit("ha-noi/tay-ho", UnitKind.URBAN_DISTRICT, "Tây Hồ", parent=ha_noi)


@pytest.fixture
def council(tay_ho: AdminUnit) -> Agency:
    return Agency("ha-noi/tay-ho/hdnd", AgencyKind.PEOPLES_COUNCIL, tay_ho)


@pytest.fixture
def committee(tay_ho: AdminUnit) -> Agency:
    return Agency("ha-noi/tay-ho/ubnd", AgencyKind.PEOPLES_COMMITTEE, tay_ho)


@pytest.fixture
def front(tay_ho: AdminUnit) -> Agency:
    return Agency("ha-noi/tay-ho/mttq", AgencyKind.FATHERLAND_FRONT, tay_ho)


@pytest.fixture
def standing(tay_ho: AdminUnit, council: Agency) -> Agency:
    return Agency("ha-noi/tay-ho/hdnd/tt", AgencyKind.COUNCIL_STANDING_COMMITTEE, tay_ho, council)
