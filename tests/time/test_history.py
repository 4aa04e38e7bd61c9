"""Unit histories: transfers, their validation, and what covered a unit on a day."""

import datetime as dt

import pytest

from tayho_coord.errors import ValidationError
from tayho_coord.model import (
    ONGOING,
    AdminUnit,
    Boundary,
    Coverage,
    Extent,
    PartialDate,
    Transfer,
    Truth,
    UnitHistory,
    UnitKind,
)

PD = PartialDate
JULY_1 = PD(2025, 7, 1)
NQ = "Nghị quyết 1656/NQ-UBTVQH15"


@pytest.fixture
def ha_noi() -> AdminUnit:
    return AdminUnit("ha-noi", UnitKind.CENTRAL_CITY, "Hà Nội")


@pytest.fixture
def tay_ho(ha_noi: AdminUnit) -> AdminUnit:
    # tay-ho-facts.md: founded by Nghị định 69/CP of 28/10/1995; district level abolished
    # 01/07/2025, so its last day is 30/06/2025.
    return AdminUnit(
        "ha-noi/tay-ho",
        UnitKind.URBAN_DISTRICT,
        "Tây Hồ",
        parent=ha_noi,
        valid_from=Boundary(PartialDate(1995, 10, 28), "Nghị định 69/CP"),
        valid_to=Boundary(PartialDate(2025, 6, 30)),
    )


def d(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


def ward(ident: str, name: str, parent: AdminUnit, **kwargs: object) -> AdminUnit:
    return AdminUnit(ident, UnitKind.WARD, name, parent=parent, **kwargs)  # type: ignore[arg-type]


@pytest.fixture
def old(tay_ho: AdminUnit) -> dict[str, AdminUnit]:
    start = Boundary(PD(1995, 10, 28), "Nghị định 69/CP")
    end = Boundary(PD(2025, 6, 30), NQ)
    return {
        name: ward(f"ha-noi/tay-ho/{i}", name, tay_ho, valid_from=start, valid_to=end)
        for i, name in enumerate(["Bưởi", "Thụy Khuê", "Xuân La"])
    }


@pytest.fixture
def new(ha_noi: AdminUnit) -> dict[str, AdminUnit]:
    start = Boundary(JULY_1, NQ)
    return {
        name: ward(f"ha-noi/p{i}", name, ha_noi, valid_from=start, valid_to=ONGOING)
        for i, name in enumerate(["Tây Hồ", "Ba Đình", "Phú Thượng"])
    }


@pytest.fixture
def history(
    ha_noi: AdminUnit, tay_ho: AdminUnit, old: dict[str, AdminUnit], new: dict[str, AdminUnit]
) -> UnitHistory:
    # tay-ho-facts.md (nguoihanoi.vn, nld.com.vn): phường Tây Hồ took all of Bưởi and most
    # of Thụy Khuê and Xuân La; a part of Thụy Khuê went to phường Ba Đình; phường Phú
    # Thượng took parts of Xuân La.
    return UnitHistory(
        (ha_noi, tay_ho, *old.values(), *new.values()),
        (
            Transfer(old["Bưởi"], new["Tây Hồ"], JULY_1, Extent.WHOLE, basis=NQ),
            Transfer(old["Thụy Khuê"], new["Tây Hồ"], JULY_1, Extent.MOST, basis=NQ),
            Transfer(old["Thụy Khuê"], new["Ba Đình"], JULY_1, Extent.PART, basis=NQ),
            Transfer(old["Xuân La"], new["Tây Hồ"], JULY_1, Extent.MOST),
            Transfer(old["Xuân La"], new["Phú Thượng"], JULY_1, Extent.PART),
        ),
    )


def names(coverages: tuple[Coverage, ...]) -> list[tuple[str, str, str]]:
    return [(str(c.unit), c.extent.value, c.truth.value) for c in coverages]


def test_a_ward_after_the_reform(history: UnitHistory, old: dict[str, AdminUnit]) -> None:
    assert names(history.as_of(old["Bưởi"], d("2025-08-01"))) == [("phường Tây Hồ", "whole", "yes")]
    got = {c.unit.name: c.extent for c in history.as_of(old["Thụy Khuê"], d("2025-08-01"))}
    assert got == {"Tây Hồ": Extent.MOST, "Ba Đình": Extent.PART}


def test_before_the_reform_a_ward_is_itself(
    history: UnitHistory, old: dict[str, AdminUnit]
) -> None:
    (cov,) = history.as_of(old["Bưởi"], d("2020-01-01"))
    assert (cov.unit, cov.extent, cov.truth, cov.via) == (old["Bưởi"], Extent.WHOLE, Truth.YES, ())


def test_the_district_goes_through_its_wards(history: UnitHistory, tay_ho: AdminUnit) -> None:
    assert tay_ho.status_on(d("2025-08-01")) is Truth.NO
    got = {c.unit.name: c.extent for c in history.as_of(tay_ho, d("2025-08-01"))}
    # Each successor holds a part of the district; the wards did not all go to one.
    assert got == {"Tây Hồ": Extent.PART, "Ba Đình": Extent.PART, "Phú Thượng": Extent.PART}


def test_back_to_the_predecessors(history: UnitHistory, new: dict[str, AdminUnit]) -> None:
    got = names(history.as_of(new["Tây Hồ"], d("2020-01-01")))
    assert sorted(got) == [
        ("phường Bưởi", "part", "yes"),
        ("phường Thụy Khuê", "part", "yes"),
        ("phường Xuân La", "part", "yes"),
    ]


def test_a_day_before_every_validity_is_empty(
    history: UnitHistory, old: dict[str, AdminUnit]
) -> None:
    # The wards of quận Tây Hồ cannot exist before it (28/10/1995) and no transfer into
    # them is recorded: nothing covers them in 1990, and the answer says so.
    assert history.as_of(old["Bưởi"], d("1990-01-01")) == ()


def test_a_ward_whose_own_end_is_unknown_ends_with_its_district(
    ha_noi: AdminUnit, new: dict[str, AdminUnit]
) -> None:
    # tay-ho-facts.md: phường Phú Thượng took "parts of … Xuân Tảo, Đông Ngạc, Xuân Đỉnh
    # (Bắc Từ Liêm)"; the facts do not give Xuân Tảo's own last day, only that the district
    # level was abolished on 01/07/2025 (nld.com.vn). The ward cannot outlive its district,
    # so after 30/06/2025 its territory is followed into its successor.
    district = AdminUnit(
        "ha-noi/btl",
        UnitKind.URBAN_DISTRICT,
        "Bắc Từ Liêm",
        parent=ha_noi,
        valid_to=Boundary(PD(2025, 6, 30)),
    )
    xuan_tao = ward("ha-noi/btl/xt", "Xuân Tảo", district)
    history = UnitHistory(
        (ha_noi, district, xuan_tao, new["Phú Thượng"]),
        (Transfer(xuan_tao, new["Phú Thượng"], JULY_1, Extent.PART, basis=NQ),),
    )
    assert xuan_tao.valid_to is None
    assert xuan_tao.status_on(d("2025-08-01")) is Truth.NO
    assert names(history.as_of(xuan_tao, d("2025-08-01"))) == [("phường Phú Thượng", "part", "yes")]
    (itself,) = history.as_of(xuan_tao, d("2020-01-01"))
    assert (itself.unit, itself.truth) == (xuan_tao, Truth.UNKNOWN)


def test_coverage_reprs_are_short(history: UnitHistory, tay_ho: AdminUnit) -> None:
    # A coverage names its unit and the transfers it followed by id, not their whole
    # parent chains and citations.
    found = history.as_of(tay_ho, d("2025-08-01"))
    for cov in found:
        assert len(repr(cov)) < 300, repr(cov)
    (bui,) = history.as_of(history.unit("ha-noi/tay-ho/0"), d("2025-08-01"))
    assert repr(bui) == (
        "Coverage(unit=<AdminUnit 'ha-noi/p0'>, extent=<Extent.WHOLE: 'whole'>, "
        "truth=<Truth.YES: 'yes'>, via=(<Transfer 'ha-noi/tay-ho/0' -> 'ha-noi/p0' on "
        "2025-07-01>,))"
    )
    assert repr(history) == (
        "UnitHistory(units=<8 units>, transfers=<5 transfers>, roster=Roster(tenures=<0 tenures>))"
    )


def test_unknown_unit(history: UnitHistory, ha_noi: AdminUnit) -> None:
    stranger = AdminUnit("ha-noi/x", UnitKind.URBAN_DISTRICT, "X", parent=ha_noi)
    with pytest.raises(ValidationError, match="not among"):
        history.as_of(stranger, d("2020-01-01"))
    with pytest.raises(ValidationError, match="no unit of the history"):
        history.unit("ha-noi/x")
    assert history.unit("ha-noi/tay-ho").name == "Tây Hồ"


def test_a_cycle_of_predecessors_is_an_error(ha_noi: AdminUnit) -> None:
    a = ward("ha-noi/a", "A", ha_noi)
    b = ward("ha-noi/b", "B", ha_noi)
    c = ward("ha-noi/c", "C", ha_noi)
    day = PD(2010)
    with pytest.raises(ValidationError, match="cycle") as info:
        UnitHistory(
            (ha_noi, a, b, c),
            (
                Transfer(a, b, day, Extent.PART),
                Transfer(b, c, day, Extent.PART),
                Transfer(c, a, day, Extent.PART),
            ),
        )
    assert info.value.value == ["ha-noi/a", "ha-noi/b", "ha-noi/c", "ha-noi/a"]


def test_history_validation(
    ha_noi: AdminUnit, old: dict[str, AdminUnit], new: dict[str, AdminUnit]
) -> None:
    with pytest.raises(ValidationError, match="listed twice") as info:
        UnitHistory((ha_noi, ha_noi))
    assert info.value.field == "units[1].id"
    t = Transfer(old["Bưởi"], new["Tây Hồ"], JULY_1, Extent.WHOLE)
    with pytest.raises(ValidationError, match="not among") as info:
        UnitHistory((ha_noi, new["Tây Hồ"]), (t,))
    assert info.value.field == "transfers[0].predecessor"


@pytest.mark.parametrize(
    ("on", "extent", "field", "fragment"),
    [
        # phường Tây Hồ (mới) begins on 01/07/2025.
        (PD(2025, 6, 30), Extent.PART, "on", "did not exist on that day"),
        # old Bưởi ended on 30/06/2025: it cannot give territory on 01/08/2025.
        (PD(2025, 8, 1), Extent.PART, "on", "did not exist the day before"),
    ],
)
def test_bad_transfers(
    old: dict[str, AdminUnit],
    new: dict[str, AdminUnit],
    on: PartialDate,
    extent: Extent,
    field: str,
    fragment: str,
) -> None:
    with pytest.raises(ValidationError, match=fragment) as info:
        Transfer(old["Bưởi"], new["Tây Hồ"], on, extent)
    assert info.value.field == field


def test_whole_transfer_from_a_unit_that_lives_on(
    ha_noi: AdminUnit, new: dict[str, AdminUnit]
) -> None:
    alive = ward("ha-noi/alive", "A", ha_noi, valid_from=Boundary(PD(2000, 1, 1)), valid_to=ONGOING)
    with pytest.raises(ValidationError, match="still existed") as info:
        Transfer(alive, new["Tây Hồ"], JULY_1, Extent.WHOLE)
    assert info.value.field == "extent"
    with pytest.raises(ValidationError, match="predecessor itself"):
        Transfer(alive, alive, JULY_1, Extent.PART)


@pytest.mark.parametrize(
    ("kwargs", "field"),
    [
        ({"share": " "}, "share"),
        ({"area_ha": 0}, "area_ha"),
        ({"population": -1}, "population"),
        ({"population": True}, "population"),
    ],
)
def test_transfer_figures(
    old: dict[str, AdminUnit], new: dict[str, AdminUnit], kwargs: dict[str, object], field: str
) -> None:
    with pytest.raises(ValidationError) as info:
        Transfer(old["Bưởi"], new["Tây Hồ"], JULY_1, Extent.PART, **kwargs)  # type: ignore[arg-type]
    assert info.value.field == field


# Extents compose: a share of a share (tay-ho-facts.md gives "all of", "most of",
# "part of"; "most of most" is not known to be most).
@pytest.mark.parametrize(
    ("first", "then", "expected"),
    [
        (Extent.WHOLE, Extent.WHOLE, Extent.WHOLE),
        (Extent.WHOLE, Extent.MOST, Extent.MOST),
        (Extent.MOST, Extent.WHOLE, Extent.MOST),
        (Extent.MOST, Extent.MOST, Extent.PART),
        (Extent.PART, Extent.WHOLE, Extent.PART),
        (Extent.MOST, Extent.PART, Extent.PART),
    ],
)
def test_extent_composition(first: Extent, then: Extent, expected: Extent) -> None:
    assert first.then(then) is expected


def test_extent_labels() -> None:
    # The words of the reform's texts: "toàn bộ", "phần lớn", "một phần" (the reference
    # table's "all of", "most of", "parts of", as the 2025 resolutions word them).
    assert [e.label for e in Extent] == ["toàn bộ", "phần lớn", "một phần"]
