"""Tenures, their ends, the overlap rules, and the roster's questions."""

import datetime as dt

import pytest

from tayho_coord.errors import ValidationError
from tayho_coord.model import (
    ONGOING,
    AdminUnit,
    Agency,
    AgencyKind,
    Boundary,
    Holding,
    Interval,
    PartialDate,
    Person,
    Post,
    Roster,
    Tenure,
    TenureEvent,
    Title,
    Truth,
    UnitKind,
)
from tayho_coord.vi import PersonName

PD = PartialDate


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


@pytest.fixture
def committee_chair(tay_ho: AdminUnit) -> Post:
    return Post(Agency("ha-noi/tay-ho/ubnd", AgencyKind.PEOPLES_COMMITTEE, tay_ho), Title.CHAIR)


@pytest.fixture
def council_chair(tay_ho: AdminUnit) -> Post:
    return Post(Agency("ha-noi/tay-ho/hdnd", AgencyKind.PEOPLES_COUNCIL, tay_ho), Title.CHAIR)


@pytest.fixture
def tuan() -> Person:
    return Person("do-anh-tuan", PersonName("Đỗ", "Anh", "Tuấn"))


@pytest.fixture
def khuyen() -> Person:
    return Person("nguyen-dinh-khuyen", PersonName("Nguyễn", "Đình", "Khuyến"))


@pytest.fixture
def thang() -> Person:
    return Person("nguyen-van-thang", PersonName("Nguyễn", "Văn", "Thắng"))


def d(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


FEB_11 = (dt.date(2020, 2, 11),)
OCT_15 = PD(2020, 10, 15)


# -- tenures -------------------------------------------------------------------------------


def test_a_tenure_ending_before_it_starts_is_rejected(tuan: Person, committee_chair: Post) -> None:
    with pytest.raises(ValidationError) as info:
        Tenure(tuan, committee_chair, start=PD(2020, 10, 15), end=PD(2020, 10, 14))
    assert (info.value.field, info.value.value) == ("end", "2020-10-14")


@pytest.mark.parametrize(
    ("kwargs", "field"),
    [
        ({"began_by": TenureEvent.RELIEVED}, "began_by"),  # a tenure does not begin so
        ({"ended_by": TenureEvent.ELECTED}, "ended_by"),
        ({"end": ONGOING, "ended_by": TenureEvent.RETIRED}, "ended_by"),  # has not ended
        ({"end_reason": ""}, "end_reason"),
        ({"start": PD(2020, 10, 15), "attested": FEB_11}, "attested[0]"),
        # quận Tây Hồ was founded on 28/10/1995 and ended on 30/06/2025.
        ({"attested": (dt.date(1995, 10, 27),)}, "attested[0]"),
        ({"start": PD(2025, 7, 1)}, "start"),
        ({"end": PD(1995, 10, 27)}, "end"),
        ({"start": "2020-10-15"}, "start"),
    ],
)
def test_bad_tenures(
    tuan: Person, committee_chair: Post, kwargs: dict[str, object], field: str
) -> None:
    with pytest.raises(ValidationError) as info:
        Tenure(tuan, committee_chair, **kwargs)  # type: ignore[arg-type]
    assert info.value.field == field


def test_unit_dissolved_needs_a_recorded_dissolution(tuan: Person, ha_noi: AdminUnit) -> None:
    council = Agency(
        "ha-noi/x/hdnd",
        AgencyKind.PEOPLES_COUNCIL,
        AdminUnit("ha-noi/x", UnitKind.URBAN_DISTRICT, "X", parent=ha_noi),
    )
    with pytest.raises(ValidationError, match="no recorded dissolution"):
        Tenure(tuan, Post(council, Title.CHAIR), end=PD(2025), ended_by=TenureEvent.UNIT_DISSOLVED)


def test_ended_by_dissolution_must_end_with_the_unit(khuyen: Person, committee_chair: Post) -> None:
    # quận Tây Hồ's last day is 30/06/2025.
    with pytest.raises(ValidationError, match="whose last day is 2025-06-30") as info:
        Tenure(khuyen, committee_chair, end=PD(2024, 12, 31), ended_by=TenureEvent.UNIT_DISSOLVED)
    assert info.value.field == "end"
    ok = Tenure(khuyen, committee_chair, end=PD(2025, 6), ended_by=TenureEvent.UNIT_DISSOLVED)
    assert ok.effective_end == (PD(2025, 6), TenureEvent.UNIT_DISSOLVED)


def test_the_dissolution_of_the_unit_ends_its_tenures(
    khuyen: Person, committee_chair: Post
) -> None:
    # Still serving in 2024: the tenure ends with quận Tây Hồ, on 30/06/2025.
    tenure = Tenure(khuyen, committee_chair, start=PD(2024), end=ONGOING)
    assert tenure.effective_end == (PD(2025, 6, 30), TenureEvent.UNIT_DISSOLVED)
    assert tenure.status_on(d("2025-06-30")) is Truth.YES
    assert tenure.status_on(d("2025-07-01")) is Truth.NO
    # An unknown end stays unknown, but no later than the unit's last day.
    unknown = Tenure(khuyen, committee_chair, start=OCT_15)
    assert unknown.effective_end == (None, None)
    assert unknown.status_on(d("2025-06-30")) is Truth.UNKNOWN
    assert unknown.status_on(d("2025-07-01")) is Truth.NO


def test_tenure_events_in_vietnamese() -> None:
    # Luật Tổ chức chính quyền địa phương uses "bầu", "miễn nhiệm"; the Tiền Phong report
    # of 15/10/2020: "biểu quyết miễn nhiệm chức danh Chủ tịch UBND quận".
    assert [e.label for e in TenureEvent] == [
        "bầu",
        "bổ nhiệm",
        "miễn nhiệm",
        "nghỉ hưu",
        "hết nhiệm kỳ",
        "giải thể đơn vị hành chính",
    ]
    assert [e for e in TenureEvent if e.begins] == [TenureEvent.ELECTED, TenureEvent.APPOINTED]


# -- overlap rules ---------------------------------------------------------------------------


def test_overlapping_tenures_of_one_unique_post_are_an_error(
    tuan: Person, khuyen: Person, committee_chair: Post
) -> None:
    with pytest.raises(ValidationError, match="one person holds it at a time") as info:
        Roster(
            (
                Tenure(tuan, committee_chair, end=PD(2020, 10, 20), attested=FEB_11),
                Tenure(khuyen, committee_chair, start=OCT_15),
            )
        )
    assert (info.value.field, info.value.value) == ("tenures[1]", "nguyen-dinh-khuyen")


def test_two_chairs_attested_on_the_same_day_are_an_error(
    tuan: Person, khuyen: Person, committee_chair: Post
) -> None:
    with pytest.raises(ValidationError, match="on 2020-02-11"):
        Roster(
            (
                Tenure(tuan, committee_chair, attested=FEB_11),
                Tenure(khuyen, committee_chair, attested=FEB_11),
            )
        )


def test_a_shared_boundary_day_is_not_an_overlap(
    tuan: Person, khuyen: Person, committee_chair: Post
) -> None:
    # 15/10/2020: Đỗ Anh Tuấn relieved, Nguyễn Đình Khuyến elected, on the same day.
    roster = Roster(
        (
            Tenure(tuan, committee_chair, end=OCT_15, attested=FEB_11),
            Tenure(khuyen, committee_chair, start=OCT_15),
        )
    )
    names = [str(h.person) for h in roster.holders(committee_chair, d("2020-10-15"))]
    assert names == ["Đỗ Anh Tuấn", "Nguyễn Đình Khuyến"]
    assert roster.holder(committee_chair, d("2020-10-15")) is None  # two that day
    assert roster.holder(committee_chair, d("2020-10-15"), allow_possible=True) is None


def test_posts_with_several_holders_and_concurrent_posts_are_normal(
    tuan: Person, khuyen: Person, tay_ho: AdminUnit, committee_chair: Post
) -> None:
    vice = Post(committee_chair.agency, Title.VICE_CHAIR)
    party = Agency("ha-noi/tay-ho/quan-uy", AgencyKind.PARTY_COMMITTEE, tay_ho)
    deputy = Post(party, Title.DEPUTY_SECRETARY)
    roster = Roster(
        (
            Tenure(tuan, vice, attested=FEB_11),
            Tenure(khuyen, vice, attested=FEB_11),
            Tenure(khuyen, deputy, attested=FEB_11),
        )
    )
    assert [str(h.person) for h in roster.holders(vice, d("2020-02-11"))] == [
        "Đỗ Anh Tuấn",
        "Nguyễn Đình Khuyến",
    ]
    assert [h.post.common_label for h in roster.posts_of(khuyen, d("2020-02-11"))] == [
        "Phó Chủ tịch UBND quận",
        "Phó Bí thư Quận ủy",
    ]


# -- the roster's answers ------------------------------------------------------------------


@pytest.fixture
def roster(
    tuan: Person, khuyen: Person, thang: Person, committee_chair: Post, council_chair: Post
) -> Roster:
    # tay-ho-facts.md: chairs named on 11/02/2020 (the seed), changed on 15/10/2020
    # (Tiền Phong).
    return Roster(
        (
            Tenure(thang, council_chair, end=OCT_15, attested=FEB_11),
            Tenure(tuan, committee_chair, end=OCT_15, attested=FEB_11),
            Tenure(tuan, council_chair, start=OCT_15),
            Tenure(khuyen, committee_chair, start=OCT_15),
        )
    )


def test_who_held_a_post(
    roster: Roster, committee_chair: Post, tuan: Person, khuyen: Person
) -> None:
    assert roster.holder(committee_chair, d("2020-02-11")) == Holding(roster.tenures[1], Truth.YES)
    # 01/11/2020: Nguyễn Đình Khuyến is the only one the data allows, but his end is not
    # recorded, so he is a possible holder, not a certain one.
    (only,) = roster.holders(committee_chair, d("2020-11-01"))
    assert only == Holding(roster.tenures[3], Truth.UNKNOWN)
    assert only.person == khuyen
    assert not only.certain
    assert roster.holder(committee_chair, d("2020-11-01")) is None
    # Asked for a lone possible holder, the roster names him, with its uncertainty.
    assert roster.holder(committee_chair, d("2020-11-01"), allow_possible=True) == only
    # A certain answer is the same either way.
    assert roster.holder(committee_chair, d("2020-02-11"), allow_possible=True) == Holding(
        roster.tenures[1], Truth.YES
    )
    assert roster.holder(committee_chair, d("2025-08-01"), allow_possible=True) is None
    # Before the first attested day the earlier chair is possible, the later one excluded.
    assert [(str(h.person), h.truth) for h in roster.holders(committee_chair, d("2019-01-01"))] == [
        ("Đỗ Anh Tuấn", Truth.UNKNOWN)
    ]


def test_a_date_outside_every_validity_is_an_empty_answer(
    roster: Roster, committee_chair: Post, tay_ho: AdminUnit
) -> None:
    # quận Tây Hồ existed from 28/10/1995 to 30/06/2025.
    assert roster.holders(committee_chair, d("2025-08-01")) == ()
    assert roster.holders(committee_chair, d("1990-01-01")) == ()
    assert roster.chairs(tay_ho, d("2025-08-01")) == {
        AgencyKind.PEOPLES_COUNCIL: (),
        AgencyKind.PEOPLES_COMMITTEE: (),
    }


def test_unknown_post_person_or_unit_is_an_error(
    roster: Roster, committee_chair: Post, ha_noi: AdminUnit
) -> None:
    vice = Post(committee_chair.agency, Title.VICE_CHAIR)
    with pytest.raises(ValidationError, match="no tenure of this post") as info:
        roster.holders(vice, d("2020-02-11"))
    assert info.value.value == "Phó Chủ tịch Ủy ban nhân dân quận Tây Hồ"
    with pytest.raises(ValidationError, match="no tenure of this post"):
        roster.timeline(vice)
    stranger = Person("x", roster.people[0].name)
    with pytest.raises(ValidationError, match="has no tenure"):
        roster.posts_of(stranger, d("2020-02-11"))
    with pytest.raises(ValidationError, match="knows none of its bodies"):
        roster.chairs(ha_noi, d("2020-02-11"))


def test_chairs_of_a_unit_without_a_council(
    tuan: Person, khuyen: Person, ha_noi: AdminUnit
) -> None:
    # Hà Nội's wards had no council from 2021 (issue 5): their programs have two parties.
    ward = AdminUnit("ha-noi/w", UnitKind.WARD, "Bưởi", parent=ha_noi)
    committee = Agency("ha-noi/w/ubnd", AgencyKind.PEOPLES_COMMITTEE, ward)
    front = Agency("ha-noi/w/mttq", AgencyKind.FATHERLAND_FRONT, ward)
    day = (dt.date(2022, 3, 1),)
    roster = Roster(
        (
            Tenure(tuan, Post(committee, Title.CHAIR), attested=day),
            Tenure(khuyen, Post(front, Title.VICE_CHAIR), attested=day),
        )
    )
    chairs = roster.chairs(ward, day[0])
    assert list(chairs) == [AgencyKind.PEOPLES_COMMITTEE, AgencyKind.FATHERLAND_FRONT]
    assert [str(h.person) for h in chairs[AgencyKind.PEOPLES_COMMITTEE]] == ["Đỗ Anh Tuấn"]
    assert chairs[AgencyKind.FATHERLAND_FRONT] == ()


def test_a_certain_holder_rules_out_possible_ones(
    tuan: Person, thang: Person, tay_ho: AdminUnit
) -> None:
    party = Agency("ha-noi/tay-ho/quan-uy", AgencyKind.PARTY_COMMITTEE, tay_ho)
    secretary = Post(party, Title.SECRETARY)
    # Thắng attested Bí thư on 11/02/2020; Tuấn on 15/10/2020, start 2020 (tay-ho-facts.md).
    roster = Roster(
        (
            Tenure(thang, secretary, attested=FEB_11),
            Tenure(tuan, secretary, start=PD(2020), attested=(dt.date(2020, 10, 15),)),
        )
    )
    # In June either may have held it: the handover date is not known.
    june = roster.holders(secretary, d("2020-06-01"))
    assert [(str(h.person), h.truth) for h in june] == [
        ("Nguyễn Văn Thắng", Truth.UNKNOWN),
        ("Đỗ Anh Tuấn", Truth.UNKNOWN),
    ]
    # In December Thắng is excluded: had he still held it, he would have held it on
    # 15/10/2020 too, when Tuấn surely did.
    december = roster.holders(secretary, d("2020-12-01"))
    assert [(str(h.person), h.truth) for h in december] == [("Đỗ Anh Tuấn", Truth.UNKNOWN)]
    # In 2019 Tuấn is excluded by his start (some day of 2020).
    assert [str(h.person) for h in roster.holders(secretary, d("2019-06-01"))] == [
        "Nguyễn Văn Thắng"
    ]


def test_timeline(roster: Roster, committee_chair: Post, tuan: Person, khuyen: Person) -> None:
    tenures = (
        Tenure(khuyen, committee_chair, start=OCT_15),
        Tenure(tuan, committee_chair, end=OCT_15, attested=FEB_11),
    )
    assert [t.person for t in Roster(tenures).timeline(committee_chair)] == [tuan, khuyen]
    assert [t.person for t in roster.timeline(committee_chair)] == [tuan, khuyen]


def test_roster_is_a_sequence_of_tenures(roster: Roster) -> None:
    assert len(roster) == 4
    assert list(roster) == list(roster.tenures)
    assert [str(p) for p in roster.people] == [
        "Nguyễn Văn Thắng",
        "Đỗ Anh Tuấn",
        "Nguyễn Đình Khuyến",
    ]
    assert [p.common_label for p in roster.posts] == ["Chủ tịch HĐND quận", "Chủ tịch UBND quận"]


def test_holding_is_certain_or_possible(roster: Roster) -> None:
    with pytest.raises(ValidationError, match="certain or possible"):
        Holding(roster.tenures[0], Truth.NO)


def test_tenures_must_be_tenures() -> None:
    with pytest.raises(ValidationError) as info:
        Roster(("x",))  # type: ignore[arg-type]
    assert info.value.field == "tenures[0]"


def test_unit_validity_bounds(ha_noi: AdminUnit, tay_ho: AdminUnit) -> None:
    assert tay_ho.status_on(d("2025-08-01")) is Truth.NO
    assert tay_ho.status_on(d("2020-01-01")) is Truth.YES
    assert ha_noi.status_on(d("2025-08-01")) is Truth.UNKNOWN  # no validity recorded
    ward = AdminUnit("ha-noi/tay-ho/buoi", UnitKind.WARD, "Bưởi", parent=tay_ho)
    # A ward of the district cannot outlive it, even with no dates of its own.
    assert ward.status_on(d("2025-08-01")) is Truth.NO
    assert ward.status_on(d("2020-01-01")) is Truth.UNKNOWN
    with pytest.raises(ValidationError, match="after its parent") as info:
        AdminUnit("ha-noi/tay-ho/x", UnitKind.WARD, "X", parent=tay_ho, valid_to=ONGOING)
    assert info.value.field == "valid_to"
    with pytest.raises(ValidationError, match="before its parent") as info:
        AdminUnit(
            "ha-noi/tay-ho/x",
            UnitKind.WARD,
            "X",
            parent=tay_ho,
            valid_from=Boundary(PD(1990)),
        )
    assert info.value.field == "valid_from"
    with pytest.raises(ValidationError, match="must be a Boundary"):
        AdminUnit("x", UnitKind.WARD, "X", valid_to=PD(2020))  # type: ignore[arg-type]


def test_holder_needs_one_person(
    tuan: Person, khuyen: Person, thang: Person, committee_chair: Post
) -> None:
    # Two possible holders: nobody is named, even when possibles are allowed. The start of
    # the second tenure is only known to the year, so the handover day is unknown.
    roster = Roster(
        (
            Tenure(tuan, committee_chair, attested=FEB_11),
            Tenure(khuyen, committee_chair, start=PD(2020), attested=(dt.date(2020, 12, 1),)),
        )
    )
    day = d("2020-06-01")
    assert [h.truth for h in roster.holders(committee_chair, day)] == [Truth.UNKNOWN] * 2
    assert roster.holder(committee_chair, day, allow_possible=True) is None
    # One person with two tenures of the post (a second term): still one holder.
    terms = Roster(
        (
            Tenure(thang, committee_chair, end=PD(2016, 6), attested=(dt.date(2016, 1, 4),)),
            Tenure(thang, committee_chair, start=PD(2016, 6)),
        )
    )
    found = terms.holders(committee_chair, d("2016-06-15"))
    assert [h.person for h in found] == [thang, thang]
    held = terms.holder(committee_chair, d("2016-06-15"), allow_possible=True)
    assert held is not None
    assert (held.person, held.truth) == (thang, Truth.UNKNOWN)
    assert terms.holder(committee_chair, d("2016-06-15")) is None


def test_time_queries_take_as_of(
    roster: Roster, committee_chair: Post, tuan: Person, tay_ho: AdminUnit
) -> None:
    # DESIGN.md: "queries take an `as_of` date".
    day = d("2020-02-11")
    tenure = roster.tenures[1]
    assert roster.holders(committee_chair, as_of=day) == roster.holders(committee_chair, day)
    assert roster.holder(committee_chair, as_of=day) == roster.holder(committee_chair, day)
    assert roster.posts_of(tuan, as_of=day) == roster.posts_of(tuan, day)
    assert roster.chairs(tay_ho, as_of=day) == roster.chairs(tay_ho, day)
    assert roster.status(tenure, as_of=day) is Truth.YES
    assert tenure.status_on(as_of=day) is Truth.YES
    assert tenure.covers(as_of=day)
    assert tay_ho.status_on(as_of=day) is Truth.YES
    assert tay_ho.is_valid_on(as_of=day)
    assert tenure.interval.status_on(as_of=day) is Truth.YES


def test_tenure_and_interval_share_their_validators(tuan: Person, committee_chair: Post) -> None:
    # One rule, one message: an end before the start, a non-date attested day.
    cases = [
        ({"start": PD(2020, 10, 15), "end": PD(2020, 10, 14)}, ("end", "2020-10-14")),
        ({"start": PD(2020, 10, 15), "attested": FEB_11}, ("attested[0]", "2020-02-11")),
        ({"attested": ("2020-02-11",)}, ("attested[0]", "2020-02-11")),
        ({"end": "2020"}, ("end", "2020")),
    ]
    for kwargs, expected in cases:
        with pytest.raises(ValidationError) as from_interval:
            Interval(**kwargs)  # type: ignore[arg-type]
        with pytest.raises(ValidationError) as from_tenure:
            Tenure(tuan, committee_chair, **kwargs)  # type: ignore[arg-type]
        assert (from_tenure.value.field, from_tenure.value.value) == expected
        assert str(from_tenure.value) == str(from_interval.value)
