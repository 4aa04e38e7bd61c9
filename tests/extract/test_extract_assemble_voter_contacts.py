"""Assembling a voter contact (tiếp xúc cử tri): each rule on a text written for it.

The rules: docs/extract.md, "Draft records". Who met the voters is read before the words
``tiếp xúc cử tri`` of the sentence naming them; a figure goes to a role only where its
words tie it there ("lượt cử tri … phát biểu", "ý kiến, kiến nghị", "trả lời trực tiếp");
nothing is guessed (no year from elsewhere, one figure per role).
"""

from __future__ import annotations

import warnings
from pathlib import Path

import pytest

from tayho_coord.extraction import Assembly, assemble, extract
from tayho_coord.model import (
    AdminUnit,
    DayPart,
    DelegationForm,
    DeputyLevel,
    Qualifier,
    SessionRelation,
    UnitKind,
    VoterContact,
    VoterContactKind,
)

CACHE = Path("/work/extract-cache")


def _assemble(text: str, source: str = "bai-viet.txt") -> Assembly:
    return assemble(extract(text, source=source))


def _contact(assembly: Assembly) -> VoterContact:
    (record,) = assembly.records
    assert isinstance(record, VoterContact)
    return record


def _reasons(assembly: Assembly) -> dict[str, str]:
    return {u.span.text: u.reason for u in assembly.unplaced}


def test_a_contact_of_one_day_with_its_deputies_session_and_figures() -> None:
    text = (
        "Chiều ngày 14/9/2021, đại biểu HĐND huyện Đức Linh tiếp xúc cử tri xã Trà Tân sau kỳ "
        "họp thứ 2 HĐND huyện khóa XII. Tại buổi tiếp xúc, có 6 ý kiến, kiến nghị của cử tri. Đại "
        "biểu đã trả lời trực tiếp 2 ý kiến, còn 4 ý kiến đã tiếp thu."
    )
    result = _assemble(text)
    contact = _contact(result)
    # the voters' unit, of the deputies' unit above it (review 5, D3)
    assert contact.id == "duc-linh/tra-tan/txct-2021-09-14"
    assert (str(contact.unit), contact.unit.parent and str(contact.unit.parent)) == (
        "xã Trà Tân",
        "huyện Đức Linh",
    )
    assert (contact.held_on.iso(), contact.part_of_day) == ("2021-09-14", DayPart.AFTERNOON)
    (delegation,) = contact.delegations
    assert delegation.level is DeputyLevel.PEOPLES_COUNCIL
    assert delegation.form is DelegationForm.DEPUTIES
    assert delegation.unit is contact.unit.parent
    assert delegation.relation is SessionRelation.AFTER
    assert delegation.session is not None
    assert (delegation.session.number, delegation.session.legislature) == (2, 12)
    assert [f.text for f in contact.stated] == ["6 ý kiến, kiến nghị", "2 ý kiến"]
    assert [f.role for f in contact.stated] == ["opinions", "answered"]
    # "còn 4": the rest, a part of the whole
    assert "a part" in _reasons(result)["4 ý kiến"]
    assert contact.kind is VoterContactKind.REGULAR
    assert all(c.excerpt in text for c in result.citations())


def test_a_series_over_several_days_with_a_bound_and_speakers() -> None:
    text = (
        "Từ ngày 16/7 đến ngày 19/7/2019, Đại biểu HĐND huyện Chợ Đồn tiếp xúc cử tri trước "
        "kỳ họp tại 08 đơn vị bầu cử. Tại mỗi điểm có khoảng 60 cử tri tham gia; qua tổng "
        "hợp có trên 75 lượt cử tri tham gia phát biểu."
    )
    result = _assemble(text)
    contact = _contact(result)
    assert (contact.held_on.iso(), contact.held_until and contact.held_until.iso()) == (
        "2019-07-16",
        "2019-07-19",
    )
    assert contact.part_of_day is None  # a series has no one part of the day
    (delegation,) = contact.delegations
    assert (delegation.relation, delegation.session) == (SessionRelation.BEFORE, None)
    assert [(f.role, f.text) for f in contact.stated] == [
        ("meetings", "08 đơn vị bầu cử"),
        ("speakers", "trên 75 lượt cử tri phát biểu"),
    ]
    assert contact.speakers is not None
    assert contact.speakers.printed.qualifier is Qualifier.MORE_THAN
    assert "per place" in _reasons(result)["khoảng 60 cử tri"]


def test_a_national_assembly_delegation_and_a_thematic_contact() -> None:
    text = (
        "Sáng 05/8/2022, Đoàn ĐBQH tỉnh Thanh Hóa tiếp xúc cử tri chuyên đề với hơn 200 cử "
        "tri là công nhân lao động."
    )
    contact = _contact(_assemble(text))
    (delegation,) = contact.delegations
    assert (delegation.level, delegation.form) == (
        DeputyLevel.NATIONAL_ASSEMBLY,
        DelegationForm.DELEGATION,
    )
    assert delegation.label == "Đoàn đại biểu Quốc hội tỉnh Thanh Hóa"
    assert contact.kind is VoterContactKind.THEMATIC
    assert contact.voters is not None
    assert contact.voters.printed.text == "hơn 200"


def test_a_group_of_deputies_with_its_number() -> None:
    text = "Ngày 02/12/2023, Tổ đại biểu số 3 HĐND xã Tam An tiếp xúc cử tri thôn Nà Búng."
    (delegation,) = _contact(_assemble(text)).delegations
    assert (delegation.form, delegation.group_number) == (DelegationForm.GROUP, 3)


def test_a_day_without_its_year_is_no_day() -> None:
    result = _assemble("Tối 29/11, đại biểu HĐND xã Hòa Châu tiếp xúc cử tri thôn Bồ Bản.")
    assert not result.records
    assert [(m.field, m.reason) for m in result.missing] == [
        ("held_on", "the day is printed without its year")
    ]


def test_an_article_without_a_day_of_the_contact_is_placed_by_its_own_day() -> None:
    text = (
        "Ngày đăng: 17/6/2024\nVừa qua, HĐND xã Ninh Sở tiếp xúc cử tri trước kỳ họp thứ "
        "11, với hơn 90 cử tri."
    )
    contact = _contact(_assemble(text))
    assert contact.held_on is None
    assert contact.reported_on is not None
    assert contact.reported_on.iso() == "2024-06-17"
    assert contact.time_label == "theo tin ngày 17/6/2024"


def test_no_day_and_no_page_day_is_missing() -> None:
    result = _assemble("Vừa qua, HĐND xã Ninh Sở tiếp xúc cử tri trước kỳ họp thứ 11.")
    assert [(m.field, m.reason) for m in result.missing] == [
        ("held_on", "the text prints no day of the event")
    ]


def test_who_met_the_voters_is_said_or_the_contact_is_missing() -> None:
    result = _assemble("Ngày 12/3/2021, huyện Ba Vì tổ chức tiếp xúc cử tri.")
    assert [m.field for m in result.missing] == ["delegations"]
    assert not result.records


@pytest.mark.parametrize(
    ("figures", "reason"),
    [
        # two figures for one role: which is the whole is not said
        ("ghi nhận 18 lượt ý kiến với 24 kiến nghị", "which is the whole is not said"),
        # handled otherwise than answered on the spot
        ("đã giải trình làm rõ 22 kiến nghị", "handled otherwise"),
        # a part by competence
        ("ghi nhận 01 kiến nghị thuộc thẩm quyền cấp huyện", "a part"),
    ],
)
def test_a_figure_not_tied_to_one_role_is_unplaced(figures: str, reason: str) -> None:
    text = f"Ngày 18/11/2024, đại biểu HĐND xã Tân Hà tiếp xúc cử tri. Đại biểu {figures}."
    result = _assemble(text)
    contact = _contact(result)
    assert contact.opinions is None
    assert contact.answered is None
    counts = [u for u in result.unplaced if "kiến nghị" in u.span.text or "ý kiến" in u.span.text]
    assert counts
    assert all(reason in u.reason for u in counts)


def test_more_answered_than_raised_is_refused_by_the_model() -> None:
    text = (
        "Ngày 18/11/2024, đại biểu HĐND xã Tân Hà tiếp xúc cử tri. Cử tri nêu 3 ý kiến, "
        "kiến nghị; đại biểu trả lời trực tiếp 5 ý kiến, kiến nghị."
    )
    result = _assemble(text)
    assert not result.records
    assert [m.field for m in result.missing] == ["answered.printed"]


# Real articles (facts as a reader takes them; URLs in tests/data/extract/devset.json).
REAL = [
    # hdnd.backan.gov.vn, Chợ Đồn 2019: 16-19/7/2019, after session 8 (khóa XIX),
    # "tại 08 đơn vị bầu cử", "trên 75 lượt cử tri tham gia phát biểu"
    (
        "cho-don-2019-07",
        ("2019-07-16", "2019-07-19"),
        SessionRelation.AFTER,
        [("meetings", "08 đơn vị bầu cử"), ("speakers", "trên 75 lượt cử tri phát biểu")],
    ),
    # hdnd.tayninh.gov.vn, Tân Hà 2024: 18-22/11/2024, before session 9, "05 điểm tiếp xúc"
    (
        "tan-ha-2024",
        ("2024-11-18", "2024-11-22"),
        SessionRelation.BEFORE,
        [("meetings", "05 điểm tiếp xúc")],
    ),
    # quynhon.binhdinh.gov.vn, Lê Hồng Phong 2024: 24-30/7/2024, after session 9,
    # "10 ý kiến, kiến nghị"
    (
        "le-hong-phong-2024",
        ("2024-07-24", "2024-07-30"),
        SessionRelation.AFTER,
        [("opinions", "10 ý kiến, kiến nghị")],
    ),
]


@pytest.mark.parametrize(("ident", "days", "relation", "figures"), REAL)
def test_real_articles(
    ident: str,
    days: tuple[str, str],
    relation: SessionRelation,
    figures: list[tuple[str, str]],
) -> None:
    path = CACHE / f"{ident}.txt"
    if not path.exists():
        pytest.skip("the article cache is not on this machine")
    text = path.read_text(encoding="utf-8")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        result = _assemble(text, source=ident)
    contact = _contact(result)
    assert contact.held_on is not None
    assert contact.held_until is not None
    assert (contact.held_on.iso(), contact.held_until.iso()) == days
    assert contact.delegations[0].relation is relation
    assert [(f.role, f.text) for f in contact.stated] == figures
    assert all(c.excerpt in text for c in result.citations())


def test_national_assembly_deputies_named_in_full_are_of_the_province() -> None:
    text = "Ngày 05/8/2022, đại biểu Quốc hội tỉnh Thanh Hóa tiếp xúc cử tri huyện Như Thanh."
    contact = _contact(_assemble(text))
    (delegation,) = contact.delegations
    assert contact.unit.parent is delegation.unit
    assert delegation.level is DeputyLevel.NATIONAL_ASSEMBLY
    assert delegation.label == "đại biểu Quốc hội tỉnh Thanh Hóa"


def test_a_national_assembly_delegation_without_its_level_is_of_the_province_named() -> None:
    text = "Ngày 05/8/2022, tại tỉnh Thanh Hóa, Đoàn ĐBQH tiếp xúc cử tri."
    (delegation,) = _contact(_assemble(text)).delegations
    assert (delegation.level, str(delegation.unit)) == (
        DeputyLevel.NATIONAL_ASSEMBLY,
        "tỉnh Thanh Hóa",
    )


def test_deputies_of_a_level_above_need_that_unit_known() -> None:
    # xã Tam An is read without its district: the district's deputies are of no unit named
    text = "Ngày 14/9/2021, đại biểu HĐND xã Tam An cùng đại biểu HĐND huyện tiếp xúc cử tri."
    result = _assemble(text)
    assert [m.field for m in result.missing] == ["delegations"]
    lt = AdminUnit("long-thanh", UnitKind.RURAL_DISTRICT, "Long Thành")
    ta = AdminUnit("long-thanh/tam-an", UnitKind.COMMUNE, "Tam An", parent=lt)
    contact = _contact(assemble(extract(text, source="x"), units=[ta, lt]))
    assert contact.unit is ta
    # both bodies joined by "cùng" met the voters, each of its own council
    assert [d.unit for d in contact.delegations] == [ta, lt]


def test_deputies_of_another_unit_of_the_level_are_not_the_units() -> None:
    lt = AdminUnit("long-thanh", UnitKind.RURAL_DISTRICT, "Long Thành")
    ta = AdminUnit("long-thanh/tam-an", UnitKind.COMMUNE, "Tam An", parent=lt)
    text = (
        "Ngày 14/9/2021, đại biểu HĐND xã Tam An cùng đại biểu HĐND huyện Nhơn Trạch tiếp "
        "xúc cử tri."
    )
    result = assemble(extract(text, source="x"), units=[ta, lt])
    assert [m.field for m in result.missing] == ["delegations"]
    same = text.replace("Nhơn Trạch", "Long Thành")
    contact = _contact(assemble(extract(same, source="x"), units=[ta, lt]))
    assert [d.unit for d in contact.delegations] == [ta, lt]


def test_deputies_the_model_refuses_are_missing_with_its_reason() -> None:
    # a number printed for deputies that are no group (Tổ): the model refuses it
    result = _assemble("Ngày 02/12/2023, đại biểu số 3 HĐND xã Tam An tiếp xúc cử tri.")
    (missing,) = result.missing
    assert missing.field == "delegations"
    assert "only a group (Tổ đại biểu) has a number" in missing.reason


def test_a_figure_the_model_cannot_print_is_unplaced() -> None:
    text = "Ngày 02/12/2023, đại biểu HĐND xã Tam An tiếp xúc cử tri với tối đa 50 cử tri."
    result = _assemble(text)
    assert _contact(result).voters is None
    assert "the model refuses the figure" in _reasons(result)["tối đa 50 cử tri"]


@pytest.mark.parametrize(
    ("between", "forms"),
    [
        # "chỉ đạo": the council directs the group; only the group meets the voters
        ("chỉ đạo", [DelegationForm.GROUP]),
        # "và": both meet them
        ("và", [DelegationForm.DEPUTIES, DelegationForm.GROUP]),
    ],
)
def test_only_bodies_joined_to_the_deputies_meet_the_voters(
    between: str, forms: list[DelegationForm]
) -> None:
    text = f"Ngày 14/9/2021, HĐND xã Tam An {between} Tổ đại biểu số 2 HĐND xã tiếp xúc cử tri."
    assert [d.form for d in _contact(_assemble(text)).delegations] == forms


def test_the_figures_of_a_contact_not_built_are_unplaced_with_it() -> None:
    result = _assemble("Tối 29/11, đại biểu HĐND xã Hòa Châu tiếp xúc cử tri với 90 cử tri.")
    assert _reasons(result)["90 cử tri"] == "the VoterContact it belongs to could not be built"


# -- whose voters were met (review 5, D3): the words after "cử tri", not the deputies' unit


@pytest.mark.parametrize(
    ("words", "unit", "parents"),
    [
        # phuhoa.phuyen.gov.vn (Phú Hòa, 5/6): "Tổ đại biểu số 9 HĐND tỉnh … tiếp xúc cử
        # tri …"; the commune, then its district town, each of the one after it
        ("cử tri xã Hòa Xuân Tây, thị xã Đông Hòa", "xã Hòa Xuân Tây", ["thị xã Đông Hòa"]),
        ("cử tri của thị xã Đông Hòa", "thị xã Đông Hòa", []),
        ("cử tri tại phường 9", "Phường 9", []),  # a number is a ward's name
        ("cử tri tại phường đó", None, None),  # small letters: no unit named, none taken
        ("cử tri ở thị trấn Phú Hòa", "thị trấn Phú Hòa", []),
        # a city under a province is a city of that province
        ("cử tri thành phố Tuy Hòa", "thành phố Tuy Hòa", []),
    ],
)
def test_the_voters_unit_is_the_one_named_after_the_voters(
    words: str, unit: str | None, parents: list[str] | None
) -> None:
    text = f"Sáng 5/6/2023, Tổ đại biểu số 9 HĐND tỉnh Phú Yên tiếp xúc {words}."
    result = _assemble(text)
    if unit is None:
        assert [m.field for m in result.missing] == ["unit"]
        return
    contact = _contact(result)
    assert str(contact.unit) == unit
    above = [str(u) for u in contact.unit.ancestors()]
    assert above == [*(parents or []), "tỉnh Phú Yên"]
    (delegation,) = contact.delegations
    assert (delegation.form, delegation.group_number, str(delegation.unit)) == (
        DelegationForm.GROUP,
        9,
        "tỉnh Phú Yên",
    )


def test_the_group_is_read_before_the_members_it_lists() -> None:
    # phuhoa.phuyen.gov.vn: "Tổ đại biểu số 9 HĐND tỉnh gồm các đại biểu A, …; B, Trưởng Ban
    # Kinh tế - Ngân sách HĐND tỉnh và đại biểu C đã có buổi tiếp xúc cử tri …": the ";"
    # parts are one sentence; a body inside a member's post is not who met the voters
    text = (
        "Sáng 5/6/2023, Tổ đại biểu số 4 HĐND tỉnh Bình Định gồm các đại biểu Lê Văn An, Ủy "
        "viên Ban Thường vụ Tỉnh ủy; Trần Thị Bình, Trưởng Ban Pháp chế HĐND tỉnh và đại biểu "
        "Võ Văn Cường đã có buổi tiếp xúc cử tri xã Cát Tiến, huyện Phù Cát."
    )
    contact = _contact(_assemble(text))
    (delegation,) = contact.delegations
    assert (delegation.form, delegation.group_number) == (DelegationForm.GROUP, 4)
    assert (str(contact.unit), [str(u) for u in contact.unit.ancestors()]) == (
        "xã Cát Tiến",
        ["huyện Phù Cát", "tỉnh Bình Định"],
    )


def test_several_units_are_areas_and_a_hall_is_a_place() -> None:
    # huengaynay.vn 2025: "Tổ đại biểu số 7 HĐND TP. Huế" met voters of "các xã Phú Lộc,
    # Hưng Lộc, Lộc An"
    text = (
        "Ngày 12/11/2025, Tổ đại biểu số 7 HĐND huyện Phú Lộc tiếp xúc cử tri các xã Lộc Bổn, "
        "Lộc Sơn và Lộc An tại Hội trường UBND xã Lộc An."
    )
    contact = _contact(_assemble(text))
    assert str(contact.unit) == "huyện Phú Lộc"
    assert contact.areas == ("xã Lộc Bổn", "xã Lộc Sơn", "xã Lộc An")
    assert contact.places == ("Hội trường UBND xã Lộc An",)
    two = _contact(_assemble(text.replace("các xã Lộc Bổn, Lộc Sơn và", "xã Lộc Bổn và xã")))
    assert two.areas == ("xã Lộc Bổn", "xã Lộc An")


def test_a_unit_held_at_names_the_voters() -> None:
    # yenson.tuyenquang.gov.vn: "Tại xã Phúc Ninh, bà …, Đại biểu Quốc hội tỉnh Tuyên Quang
    # … đã tiếp xúc với cử tri trước kỳ họp"
    text = (
        "Chiều ngày 5/5/2023, tại xã Phúc Ninh, đại biểu Quốc hội tỉnh Tuyên Quang tiếp xúc "
        "cử tri trước kỳ họp."
    )
    contact = _contact(_assemble(text))
    assert [str(u) for u in (contact.unit, *contact.unit.ancestors())] == [
        "xã Phúc Ninh",
        "tỉnh Tuyên Quang",
    ]


@pytest.mark.parametrize(
    ("text", "built"),
    [
        # one contact of a province's deputies, no voters named: whose is not said
        ("Sáng 5/6/2023, Tổ đại biểu số 9 HĐND tỉnh Phú Yên tiếp xúc cử tri.", False),
        ("Sáng 5/6/2023, đại biểu HĐND huyện Tuy An tiếp xúc cử tri trước kỳ họp.", False),
        # a commune's deputies meet its voters
        ("Sáng 5/6/2023, đại biểu HĐND xã An Dân tiếp xúc cử tri trước kỳ họp.", True),
        # a series over several days, or at several places, is of the unit it covers
        ("Từ ngày 5/6 đến ngày 8/6/2023, đại biểu HĐND huyện Tuy An tiếp xúc cử tri.", True),
        ("Ngày 5/6/2023, đại biểu HĐND huyện Tuy An tiếp xúc cử tri tại 08 đơn vị bầu cử.", True),
    ],
)
def test_the_deputies_unit_is_the_voters_only_where_the_contact_covers_it(
    text: str, built: bool
) -> None:
    result = _assemble(text)
    assert bool(result.records) is built
    if not built:
        (missing,) = result.missing
        assert missing.field == "unit"
        assert "does not say whose voters were met" in missing.reason


def test_a_city_of_no_known_province_is_not_guessed() -> None:
    result = _assemble("Sáng 5/6/2023, đại biểu HĐND tỉnh tiếp xúc cử tri thành phố Tuy Hòa.")
    assert [m.field for m in result.missing] == ["unit"]
    assert "centrally run city" in result.missing[0].reason


def test_a_unit_whose_seat_it_is_held_at_names_the_voters() -> None:
    # hanoi.gov.vn, Hai Bà Trưng 22/12/2022: "tại trụ sở HĐND & UBND quận Hai Bà Trưng, Tổ
    # đại biểu HĐND Thành phố … tổ chức hội nghị tiếp xúc cử tri"
    text = (
        "Sáng ngày 22/12/2022, tại trụ sở HĐND & UBND quận Ba Đình, đại biểu HĐND quận Ba "
        "Đình tiếp xúc cử tri trước kỳ họp."
    )
    contact = _contact(_assemble(text))
    assert str(contact.unit) == "quận Ba Đình"


def test_a_heading_in_capitals_names_no_unit() -> None:
    # a title in capitals ("HỘI ĐỒNG NHÂN DÂN XÃ TỔ CHỨC HỘI NGHỊ TIẾP XÚC CỬ TRI TẠI CÁC
    # THÔN", Tân Tú 2023): its words are no unit's name
    text = (
        "HỘI ĐỒNG NHÂN DÂN XÃ TỔ CHỨC HỘI NGHỊ TIẾP XÚC CỬ TRI TẠI CÁC THÔN\n"
        "Ngày 02/12/2023, đại biểu HĐND xã tiếp xúc cử tri các thôn."
    )
    result = _assemble(text)
    assert not result.records
    assert all("TỔ CHỨC" not in m.reason for m in result.missing)
