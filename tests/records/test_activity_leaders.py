"""Hearings and oversight led by several posts, and an oversight's part of the day (review 4).

F5: "Chủ tịch HĐND huyện và Phó Chủ tịch HĐND huyện chủ trì" could not be recorded (one
``leader``); a delegation's deputy head had no role. F11: an oversight held "Chiều 23-11"
had no part of the day, which a hearing has.
"""

from __future__ import annotations

import json

import attrs
import pytest

from tayho_coord import dumps, loads
from tayho_coord.errors import ValidationError
from tayho_coord.model import (
    AdminUnit,
    Agency,
    AgencyKind,
    DayPart,
    Hearing,
    Leader,
    LeaderRole,
    OversightActivity,
    OversightKind,
    PartialDate,
    Post,
    Title,
    UnitKind,
)
from tayho_coord.report import render, summarize

HA_TINH = AdminUnit("ha-tinh", UnitKind.PROVINCE, "Hà Tĩnh")
KY_ANH = AdminUnit("ha-tinh/ky-anh", UnitKind.RURAL_DISTRICT, "Kỳ Anh", parent=HA_TINH)
COUNCIL = Agency("ky-anh/hdnd", AgencyKind.PEOPLES_COUNCIL, KY_ANH)
STANDING = Agency("ky-anh/hdnd/tt", AgencyKind.COUNCIL_STANDING_COMMITTEE, KY_ANH, COUNCIL)
CHAIR = Leader(Post(COUNCIL, Title.CHAIR))
VICE = Leader(Post(COUNCIL, Title.VICE_CHAIR))


def _ky_anh(**fields: object) -> Hearing:
    # http://kyanh.gov.vn/kyanh/portal/read/tintuc/news/phien-giai-trinh-ve-giai-quyet-cac-y-
    # kien-kien-nghi-cua-cu-tri.html: "Sáng ngày 17/5/2019, Thường trực HĐND huyện Kỳ Anh tổ
    # chức phiên giải trình"; the Chủ tịch and a Phó Chủ tịch HĐND huyện chaired it (review 4).
    base: dict[str, object] = {
        "organiser": STANDING,
        "held_on": PartialDate(2019, 5, 17),
        "part_of_day": DayPart.MORNING,
        "leader": CHAIR,
        "other_leaders": (VICE,),
    }
    base.update(fields)
    return Hearing(
        "ky-anh/giai-trinh-2019",
        KY_ANH,
        "kết quả giải quyết các ý kiến, kiến nghị cử tri gửi đến các kỳ họp HĐND huyện",
        **base,  # type: ignore[arg-type]
    )


def test_two_posts_chair_a_hearing() -> None:
    hearing = _ky_anh()
    assert hearing.leaders == (CHAIR, VICE)
    assert loads(dumps(hearing)) == hearing
    text = render(hearing, "text")
    # one sentence names both chairs, joined as Vietnamese lists are ("A và B"); the
    # council is abbreviated after its name was written in full
    assert "Chủ tịch HĐND huyện Kỳ Anh và Phó Chủ tịch HĐND huyện Kỳ Anh chủ trì." in " ".join(
        text.split()
    )
    lines = summarize(hearing).splitlines()
    assert sum(line.startswith("Chủ trì:") for line in lines) == 1


def test_an_old_file_with_one_leader_still_loads() -> None:
    data = json.loads(dumps(_ky_anh(other_leaders=())))
    record = data["records"][0] if "records" in data else data
    assert "other_leaders" not in record  # none: not written, as a file of before
    loaded = loads(json.dumps(data))
    assert isinstance(loaded, Hearing)
    assert loaded.leaders == (CHAIR,)


def test_the_leaders_are_checked() -> None:
    with pytest.raises(ValidationError, match="further leaders need the leader") as info:
        _ky_anh(leader=None)
    assert info.value.field == "other_leaders"
    with pytest.raises(ValidationError, match="leads twice"):
        _ky_anh(other_leaders=(VICE, VICE))
    with pytest.raises(ValidationError, match="deputy head of the delegation needs its head"):
        _ky_anh(other_leaders=(Leader(VICE.post, LeaderRole.DEPUTY_DELEGATION_HEAD),))
    other = AdminUnit("ha-tinh/can-loc", UnitKind.RURAL_DISTRICT, "Can Lộc", parent=HA_TINH)
    elsewhere = Agency("can-loc/hdnd", AgencyKind.PEOPLES_COUNCIL, other)
    with pytest.raises(ValidationError) as info:
        _ky_anh(other_leaders=(Leader(Post(elsewhere, Title.CHAIR)),))
    assert info.value.field == "other_leaders[0].post.agency"


def test_a_delegation_s_head_and_deputy_head() -> None:
    # The rule of Luật Hoạt động giám sát 2015 (Điều 41): "Đoàn giám sát do Chủ tịch hoặc Phó
    # Chủ tịch … làm Trưởng đoàn"; a deputy head is named after the head.
    oversight = OversightActivity(
        "ky-anh/gs",
        KY_ANH,
        OversightKind.SUPERVISION,
        "việc giải quyết kiến nghị của cử tri",
        lead=STANDING,
        held_on=PartialDate(2019, 6, 3),
        leader=Leader(CHAIR.post, LeaderRole.DELEGATION_HEAD),
        other_leaders=(Leader(VICE.post, LeaderRole.DEPUTY_DELEGATION_HEAD),),
    )
    text = " ".join(render(oversight, "text").split())
    assert (
        "Đoàn giám sát do Chủ tịch HĐND huyện Kỳ Anh làm trưởng đoàn, Phó Chủ tịch HĐND "
        "huyện Kỳ Anh làm phó trưởng đoàn." in text
    )
    assert LeaderRole.DEPUTY_DELEGATION_HEAD.label == "phó trưởng đoàn"


def test_an_oversight_s_part_of_the_day() -> None:
    # Bình Dương: "Chiều 23-11, Thường trực HĐND tỉnh tổ chức phiên họp giám sát kết quả giải
    # quyết kiến nghị của cử tri" (https://baomoi.zadn.vn/thuong-truc-hdnd-tinh-giam-sat-ket-
    # qua-giai-quyet-kien-nghi-cua-cu-tri-c47616637.epi)
    bd = AdminUnit("binh-duong", UnitKind.PROVINCE, "Bình Dương")
    council = Agency("bd/hdnd", AgencyKind.PEOPLES_COUNCIL, bd)
    standing = Agency("bd/tt", AgencyKind.COUNCIL_STANDING_COMMITTEE, bd, council)
    oversight = OversightActivity(
        "bd/gs-kn",
        bd,
        OversightKind.SUPERVISION,
        "kết quả giải quyết kiến nghị của cử tri gửi đến kỳ họp thứ 11",
        lead=standing,
        held_on=PartialDate(2023, 11, 23),
        part_of_day=DayPart.AFTERNOON,
    )
    assert oversight.part_of_day is DayPart.AFTERNOON
    assert loads(dumps(oversight)) == oversight
    with pytest.raises(ValidationError, match="needs the day held") as info:
        attrs.evolve(oversight, held_on=None, reported_on=PartialDate(2023, 11, 24))
    assert info.value.field == "part_of_day"
