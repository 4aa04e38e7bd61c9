"""The bundled history of quận Tây Hồ: the issue's questions, answered from the data."""

import datetime as dt
from pathlib import Path

import attrs
import pytest

from tayho_coord.datasets import tay_ho_2019, tay_ho_history
from tayho_coord.errors import ValidationError
from tayho_coord.io import dumps, loads
from tayho_coord.model import (
    ONGOING,
    AgencyKind,
    Boundary,
    Citation,
    Extent,
    PartialDate,
    Post,
    Roster,
    TenureEvent,
    Title,
    Truth,
    UnitHistory,
    UnitLevel,
)


def d(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


@pytest.fixture(scope="module")
def history() -> UnitHistory:
    return tay_ho_history()


def chair(history: UnitHistory, kind: AgencyKind) -> Post:
    (post,) = [
        p
        for p in history.roster.posts
        if p.title is Title.CHAIR and p.agency.kind is kind and p.agency.unit.id == "ha-noi/tay-ho"
    ]
    return post


# The seed (11/02/2020): "Nguyễn Văn Thắng - … Chủ tịch HĐND quận; Đỗ Anh Tuấn - … Chủ tịch
# UBND quận; Trần Quang Đạo, Chủ tịch Ủy ban MTTQ Việt Nam quận". Tiền Phong (15/10/2020):
# Thắng and Tuấn relieved; Tuấn elected Chủ tịch HĐND, Nguyễn Đình Khuyến Chủ tịch UBND.
@pytest.mark.parametrize(
    ("kind", "day", "expected"),
    [
        (AgencyKind.PEOPLES_COMMITTEE, "2020-02-11", [("Đỗ Anh Tuấn", "yes")]),
        (AgencyKind.PEOPLES_COMMITTEE, "2020-11-01", [("Nguyễn Đình Khuyến", "unknown")]),
        (AgencyKind.PEOPLES_COUNCIL, "2020-02-11", [("Nguyễn Văn Thắng", "yes")]),
        (AgencyKind.PEOPLES_COUNCIL, "2020-11-01", [("Đỗ Anh Tuấn", "unknown")]),
        (AgencyKind.FATHERLAND_FRONT, "2020-02-11", [("Trần Quang Đạo", "yes")]),
        # The day of the change: one relieved, one elected, both in post that day.
        (
            AgencyKind.PEOPLES_COMMITTEE,
            "2020-10-15",
            [("Đỗ Anh Tuấn", "yes"), ("Nguyễn Đình Khuyến", "yes")],
        ),
        # Between the two sources: the first chairs surely served (start unknown, attested
        # 11/02/2020, relieved 15/10/2020).
        (AgencyKind.PEOPLES_COUNCIL, "2020-06-01", [("Nguyễn Văn Thắng", "yes")]),
        # After the district ceased to exist: nobody.
        (AgencyKind.PEOPLES_COMMITTEE, "2025-08-01", []),
        (AgencyKind.PEOPLES_COUNCIL, "1990-01-01", []),
    ],
)
def test_chairs(
    history: UnitHistory, kind: AgencyKind, day: str, expected: list[tuple[str, str]]
) -> None:
    got = history.roster.holders(chair(history, kind), d(day))
    assert [(str(h.person), h.truth.value) for h in got] == expected


def test_the_chairs_of_the_three_bodies(history: UnitHistory) -> None:
    tay_ho = history.unit("ha-noi/tay-ho")
    chairs = history.roster.chairs(tay_ho, d("2020-02-11"))
    assert {k: [str(h.person) for h in v] for k, v in chairs.items()} == {
        AgencyKind.PEOPLES_COUNCIL: ["Nguyễn Văn Thắng"],
        AgencyKind.PEOPLES_COMMITTEE: ["Đỗ Anh Tuấn"],
        AgencyKind.FATHERLAND_FRONT: ["Trần Quang Đạo"],
    }


# Issue 5, "done when": the chair of UBND quận Tây Hồ on 11/02/2020 (Đỗ Anh Tuấn) and on
# 01/11/2020 (Nguyễn Đình Khuyến); the chair of HĐND on both dates. The seed names the
# chairs of 11/02/2020; tay-ho-facts.md (Tiền Phong) the election of 15/10/2020, with no
# end: on 01/11/2020 the new chairs are the only possible holders, not certain ones.
@pytest.mark.parametrize(
    ("kind", "day", "expected"),
    [
        (AgencyKind.PEOPLES_COMMITTEE, "2020-02-11", ("Đỗ Anh Tuấn", Truth.YES)),
        (AgencyKind.PEOPLES_COMMITTEE, "2020-11-01", ("Nguyễn Đình Khuyến", Truth.UNKNOWN)),
        (AgencyKind.PEOPLES_COUNCIL, "2020-02-11", ("Nguyễn Văn Thắng", Truth.YES)),
        (AgencyKind.PEOPLES_COUNCIL, "2020-11-01", ("Đỗ Anh Tuấn", Truth.UNKNOWN)),
    ],
)
def test_the_chair_on_a_day(
    history: UnitHistory, kind: AgencyKind, day: str, expected: tuple[str, Truth]
) -> None:
    post = chair(history, kind)
    found = history.roster.holder(post, d(day), allow_possible=True)
    assert found is not None
    assert (str(found.person), found.truth) == expected
    # Without allow_possible only a certain holder is named.
    sure = history.roster.holder(post, d(day))
    assert sure == (found if expected[1] is Truth.YES else None)


def test_how_the_first_chairs_ended(history: UnitHistory) -> None:
    # Tiền Phong: "miễn nhiệm … đối với ông Nguyễn Văn Thắng, do nghỉ hưu theo chế độ".
    council = history.roster.timeline(chair(history, AgencyKind.PEOPLES_COUNCIL))
    assert [(str(t.person), t.start, t.end) for t in council] == [
        ("Nguyễn Văn Thắng", None, PartialDate(2020, 10, 15)),
        ("Đỗ Anh Tuấn", PartialDate(2020, 10, 15), None),
    ]
    first, second = council
    assert first.ended_by is TenureEvent.RELIEVED
    assert first.end_reason == "nghỉ hưu theo chế độ"
    assert first.attested == (dt.date(2020, 2, 11),)
    assert second.began_by is TenureEvent.ELECTED
    # No start date is invented for the chairs the seed names.
    assert all(t.start is None for t in history.roster if dt.date(2020, 2, 11) in t.attested)


def test_posts_of_a_person_on_a_day(history: UnitHistory) -> None:
    (tuan,) = [p for p in history.roster.people if p.id == "do-anh-tuan"]
    # The seed: "Đỗ Anh Tuấn - Phó Bí Thư Quận ủy, Chủ tịch UBND quận".
    got = history.roster.posts_of(tuan, d("2020-02-11"))
    # His Bí thư tenure began some day of 2020 (Tiền Phong: "Bí thư Quận ủy nhiệm kỳ
    # 2020- 2025"), and Thắng's may have ended on 11/02/2020 itself: a handover that day is
    # not excluded, so it is possible, never certain.
    assert [(h.post.common_label, h.truth.value) for h in got] == [
        ("Phó Bí thư Quận ủy", "yes"),
        ("Chủ tịch UBND quận", "yes"),
        ("Bí thư Quận ủy", "unknown"),
    ]
    # Tiền Phong, 15/10/2020: relieved as Chủ tịch UBND, Bí thư Quận ủy 2020–2025, elected
    # Chủ tịch HĐND; whether he was still Phó Bí thư that day the sources do not say.
    got = history.roster.posts_of(tuan, d("2020-10-15"))
    assert [(h.post.common_label, h.truth.value) for h in got] == [
        ("Chủ tịch UBND quận", "yes"),
        ("Bí thư Quận ủy", "yes"),
        ("Chủ tịch HĐND quận", "yes"),
        ("Phó Bí thư Quận ủy", "unknown"),
    ]


def test_bui_after_the_reform(history: UnitHistory) -> None:
    # tay-ho-facts.md (nguoihanoi.vn): "phường Tây Hồ: all of Bưởi".
    (cov,) = history.as_of(history.unit("ha-noi/tay-ho/buoi"), d("2025-08-01"))
    assert (str(cov.unit), cov.extent, cov.truth) == ("phường Tây Hồ", Extent.WHOLE, Truth.YES)
    assert cov.via[0].basis == "Nghị quyết 1656/NQ-UBTVQH15"


def test_tay_ho_had_no_valid_existence_after_30_06_2025(history: UnitHistory) -> None:
    tay_ho = history.unit("ha-noi/tay-ho")
    assert tay_ho.status_on(d("2025-08-01")) is Truth.NO
    assert tay_ho.status_on(d("2025-07-01")) is Truth.NO
    assert tay_ho.status_on(d("2025-06-30")) is Truth.YES
    assert tay_ho.status_on(d("1995-10-28")) is Truth.YES
    assert tay_ho.status_on(d("1995-10-27")) is Truth.NO
    assert tay_ho.valid_from is not None
    assert tay_ho.valid_from.basis == "Nghị định 69/CP"
    # Its territory went to five wards of Hà Nội (tay-ho-facts.md; baomoi for Hồng Hà).
    successors = {str(c.unit) for c in history.as_of(tay_ho, d("2025-08-01"))}
    assert successors == {
        "phường Tây Hồ",
        "phường Phú Thượng",
        "phường Hồng Hà",
        "phường Ba Đình",
        "phường Xuân Đỉnh",
    }


def test_eight_wards_and_their_founding(history: UnitHistory) -> None:
    tay_ho = history.unit("ha-noi/tay-ho")
    # tay-ho-facts.md (nguoihanoi.vn, 20/04/2025): "8 wards until 2025".
    assert [w.name for w in history.children(tay_ho)] == [
        "Bưởi",
        "Thụy Khuê",
        "Yên Phụ",
        "Tứ Liên",
        "Nhật Tân",
        "Quảng An",
        "Xuân La",
        "Phú Thượng",
    ]
    # Nghị định 69/CP: three wards of quận Ba Đình and five communes of huyện Từ Liêm.
    founders = sorted(
        (t.predecessor.parent.name, str(t.predecessor), t.extent.value)  # type: ignore[union-attr]
        for t in history.predecessors(tay_ho)
    )
    assert founders == [
        ("Ba Đình", "phường Bưởi", "whole"),
        ("Ba Đình", "phường Thụy Khuê", "whole"),
        ("Ba Đình", "phường Yên Phụ", "whole"),
        ("Từ Liêm", "xã Nhật Tân", "whole"),
        ("Từ Liêm", "xã Phú Thượng", "whole"),
        ("Từ Liêm", "xã Quảng An", "whole"),
        ("Từ Liêm", "xã Tứ Liên", "whole"),
        ("Từ Liêm", "xã Xuân La", "whole"),
    ]


def test_every_fact_has_a_source(history: UnitHistory) -> None:
    for unit in history.units:
        if unit.valid_from is not None or unit.valid_to is not None:
            assert unit.sources, unit.id
    assert all(t.sources for t in history.transfers)
    assert all(t.sources for t in history.roster)
    urls = {c.source.url for t in history.roster for c in t.sources}
    assert (
        "https://www.tienphong.vn/nhip-song-thu-do/"
        "ong-nguyen-dinh-khuyen-lam-chu-tich-ubnd-quan-tay-ho-1735828.tpo"
    ) in urls


# Every post of every bundled tenure, as the seed and tay-ho-facts.md state them: on
# 11/02/2020 (the seed) Nguyễn Văn Thắng was Thành ủy viên, Bí thư Quận ủy and Chủ tịch HĐND
# quận, Đỗ Anh Tuấn Phó Bí thư Quận ủy and Chủ tịch UBND quận, Trần Quang Đạo Chủ tịch Ủy ban
# MTTQ Việt Nam quận; on 15/10/2020 (Tiền Phong, as the reference quotes it) Đỗ Anh Tuấn,
# Bí thư Quận ủy 2020–2025, was elected Chủ tịch HĐND and Nguyễn Đình Khuyến Chủ tịch UBND.
# The reference gives Nguyễn Đình Khuyến no other post.
SOURCED_POSTS = {
    ("nguyen-van-thang", "Thành ủy viên"),
    ("nguyen-van-thang", "Bí thư Quận ủy"),
    ("nguyen-van-thang", "Chủ tịch HĐND quận"),
    ("do-anh-tuan", "Phó Bí thư Quận ủy"),
    ("do-anh-tuan", "Chủ tịch UBND quận"),
    ("do-anh-tuan", "Bí thư Quận ủy"),
    ("do-anh-tuan", "Chủ tịch HĐND quận"),
    ("tran-quang-dao", "Chủ tịch Ủy ban MTTQ Việt Nam quận"),
    ("nguyen-dinh-khuyen", "Chủ tịch UBND quận"),
}


def test_every_post_is_one_the_sources_state(history: UnitHistory) -> None:
    got = [(t.person.id, t.post.common_label) for t in history.roster]
    assert sorted(got) == sorted(SOURCED_POSTS)
    # No excerpt carries a post the reference does not state.
    (khuyen,) = [t for t in history.roster if t.person.id == "nguyen-dinh-khuyen"]
    assert not [c.excerpt for c in khuyen.sources if "Phó" in c.excerpt]


# The last day of each unit, as tay-ho-facts.md states it. The district level was abolished
# on 01/07/2025 (nld.com.vn, 16/06/2025): every district's last day is 30/06/2025, and so is
# that of the eight wards of quận Tây Hồ (nguoihanoi.vn: "8 wards until 2025"), rearranged
# by Nghị quyết 1656/NQ-UBTVQH15. Of the wards of other districts the facts only say they
# gave parts to a new ward: their own end is unknown (None). The three wards of Ba Đình and
# the five communes of Từ Liêm ended with the founding of quận Tây Hồ (Nghị định 69/CP).
DISTRICT_LEVEL_ABOLISHED = (
    "District level abolished 01/07/2025; Nghị quyết 1656/NQ-UBTVQH15 of 16/06/2025 "
    "rearranged Hà Nội's commune-level units (126) | nld.com.vn, 16/06/2025"
)
LAST_DAYS: dict[str, tuple[str | None, str | None] | None] = {
    "ha-noi/ba-dinh": ("2025-06-30", None),
    "ha-noi/cau-giay": ("2025-06-30", None),
    "ha-noi/bac-tu-liem": ("2025-06-30", None),
    "ha-noi/tay-ho": ("2025-06-30", None),
    **{
        f"ha-noi/tay-ho/{w}": ("2025-06-30", "Nghị quyết 1656/NQ-UBTVQH15")
        for w in [
            "buoi",
            "thuy-khue",
            "yen-phu",
            "tu-lien",
            "nhat-tan",
            "quang-an",
            "xuan-la",
            "phu-thuong",
        ]
    },
    "ha-noi/cau-giay/nghia-do": None,
    "ha-noi/bac-tu-liem/xuan-tao": None,
    "ha-noi/bac-tu-liem/dong-ngac": None,
    "ha-noi/bac-tu-liem/xuan-dinh": None,
    **{
        f"ha-noi/ba-dinh/{w}": ("1995-10-27", "Nghị định 69/CP")
        for w in ["buoi", "thuy-khue", "yen-phu"]
    },
    **{
        f"ha-noi/tu-liem/{w}": ("1995-10-27", "Nghị định 69/CP")
        for w in ["tu-lien", "nhat-tan", "quang-an", "xuan-la", "phu-thuong"]
    },
    "ha-noi/tu-liem": None,
}


def test_every_last_day_is_one_the_sources_state(history: UnitHistory) -> None:
    got: dict[str, tuple[str | None, str | None] | None] = {}
    for unit in history.units:
        end = unit.valid_to
        if isinstance(end, Boundary):
            got[unit.id] = (end.date.iso(), end.basis)
        elif end is None:
            got[unit.id] = None
    assert got == LAST_DAYS
    for unit in history.units:
        if unit.kind.level is UnitLevel.DISTRICT and isinstance(unit.valid_to, Boundary):
            assert DISTRICT_LEVEL_ABOLISHED in [c.excerpt for c in unit.sources], unit.id
    # Hà Nội and the wards of 2025 still exist.
    still = {u.id for u in history.units if u.valid_to is ONGOING}
    assert still == {
        "ha-noi",
        "ha-noi/phuong-tay-ho",
        "ha-noi/phuong-phu-thuong",
        "ha-noi/phuong-hong-ha",
        "ha-noi/phuong-ba-dinh",
        "ha-noi/phuong-xuan-dinh",
    }


def test_a_ward_of_another_district_is_followed_after_its_district(
    history: UnitHistory,
) -> None:
    # tay-ho-facts.md: phường Phú Thượng took "parts of … Xuân Tảo (Bắc Từ Liêm)"; the ward's
    # own last day is not stated, but it cannot outlive quận Bắc Từ Liêm.
    xuan_tao = history.unit("ha-noi/bac-tu-liem/xuan-tao")
    assert xuan_tao.status_on(d("2025-06-30")) is Truth.UNKNOWN
    assert xuan_tao.status_on(d("2025-07-01")) is Truth.NO
    got = [(str(c.unit), c.extent, c.truth) for c in history.as_of(xuan_tao, d("2025-08-01"))]
    assert got == [("phường Phú Thượng", Extent.PART, Truth.YES)]


def test_every_fact_rests_on_a_checked_excerpt(history: UnitHistory) -> None:
    # Bundled facts come from the seed or the reference file: every dated unit, transfer
    # and tenure cites one of them (their excerpts are checked verbatim below), beside the
    # publication the reference names.
    checked = {"mttqhanoi-2020-02-11", "tay-ho-facts"}
    records: list[tuple[str, tuple[Citation, ...]]] = [
        (u.id, u.sources)
        for u in history.units
        if u.valid_from is not None or isinstance(u.valid_to, Boundary)
    ]
    records += [(f"{t.predecessor.id}->{t.successor.id}", t.sources) for t in history.transfers]
    records += [(f"{t.person.id}: {t.post.common_label}", t.sources) for t in history.roster]
    for name, sources in records:
        assert checked & {c.source.id for c in sources}, name


def test_excerpts_are_verbatim(history: UnitHistory) -> None:
    here = Path(__file__).parent
    # data/tay-ho-facts.md is a copy of the project's shared/reference/tay-ho-facts.md.
    facts = (here / "data" / "tay-ho-facts.md").read_text(encoding="utf-8")
    seed = (here.parent / "data" / "seed_mttqhanoi_2020-02-11.txt").read_text(encoding="utf-8")
    citations = [c for t in history.roster for c in t.sources]
    citations += [c for u in history.units for c in u.sources]
    citations += [c for t in history.transfers for c in t.sources]
    checked = {"mttqhanoi-2020-02-11": seed, "tay-ho-facts": facts}
    for c in citations:
        if c.source.id in checked:
            assert c.excerpt in checked[c.source.id], c.excerpt
    assert {c.source.id for c in citations} >= set(checked)


def test_round_trip_and_cache(history: UnitHistory) -> None:
    assert tay_ho_history() is history
    assert loads(dumps(history)) == history
    from tayho_coord.datasets import data_file

    assert dumps(history) == data_file("tay_ho_history.json")


def test_the_review_derives_its_attendees_from_the_roster() -> None:
    review = tay_ho_2019()
    # The seed names the three chairs at the conference of 11/02/2020.
    assert [str(p) for p in review.attendees] == [
        "Nguyễn Văn Thắng",
        "Đỗ Anh Tuấn",
        "Trần Quang Đạo",
    ]
    assert all(t.attested == (review.held_on,) for t in review.roster)
    assert review.roster.chairs(review.unit, review.held_on).keys() == {
        AgencyKind.PEOPLES_COUNCIL,
        AgencyKind.PEOPLES_COMMITTEE,
        AgencyKind.FATHERLAND_FRONT,
    }


def test_a_review_roster_must_fit_the_conference_day() -> None:
    review = tay_ho_2019()
    first = review.roster.tenures[0]
    # A tenure that ended before 11/02/2020 cannot be that of someone named there.
    ended = attrs.evolve(first, attested=(), end=PartialDate(2019, 12, 31))
    with pytest.raises(ValidationError, match="the day of the conference") as info:
        attrs.evolve(review, roster=Roster((ended, *review.roster.tenures[1:])))
    assert (info.value.field, info.value.value) == ("roster.tenures[0]", "nguyen-van-thang")
