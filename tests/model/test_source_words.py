"""A record keeps the source's own words for what it is, and messages speak plainly (issue 11).

The fit review of issue 11 (records 2, 3, 11, 13) found documents putting words in the
source's mouth: "hội nghị ký kết" for a "lễ ký kết", "giám sát chuyên đề" for a giám sát the
source never calls chuyên đề, ten topics run into one subject; and messages naming codes
("a interim_review meeting", "year=None" for the ``period`` argument).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from tayho_coord import ValidationError
from tayho_coord.cli import main
from tayho_coord.io import dumps, loads
from tayho_coord.model import (
    AdminUnit,
    Agency,
    AgencyKind,
    AgreementKind,
    CoordinationProgram,
    Hearing,
    Meeting,
    MeetingKind,
    OversightActivity,
    OversightKind,
    PartialDate,
    ReportingPeriod,
    UnitKind,
)
from tayho_coord.model._records import kind_noun

if TYPE_CHECKING:
    from pathlib import Path

# Tỉnh Khánh Hòa, 1/7/2020 (baokhanhhoa.vn, 8171714): "HĐND tỉnh tổ chức lễ ký kết Quy chế phối
# hợp công tác giữa Thường trực HĐND tỉnh với Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam
# tỉnh". Huyện Văn Quan (Lạng Sơn), 06/10/2021 (vanquan.langson.gov.vn): "Lễ ký kết Quy chế phối
# hợp công tác … nhiệm kỳ 2021-2026".
VAN_QUAN = AdminUnit(
    "lang-son/van-quan",
    UnitKind.RURAL_DISTRICT,
    "Văn Quan",
    parent=AdminUnit("lang-son", UnitKind.PROVINCE, "Lạng Sơn"),
)
COUNCIL = Agency("vq/hdnd", AgencyKind.PEOPLES_COUNCIL, VAN_QUAN)
COMMITTEE = Agency("vq/ubnd", AgencyKind.PEOPLES_COMMITTEE, VAN_QUAN)
FRONT = Agency("vq/mttq", AgencyKind.FATHERLAND_FRONT, VAN_QUAN)
REGULATION = CoordinationProgram(
    "vq/quy-che-2021-2026",
    VAN_QUAN,
    ReportingPeriod.term(2021, 2026),
    (COUNCIL, COMMITTEE, FRONT),
    kind=AgreementKind.REGULATION,
)


def _signing(**changes: Any) -> Meeting:
    return Meeting(
        "vq/ky-ket-2021",
        MeetingKind.SIGNING,
        VAN_QUAN,
        PartialDate(2021, 10, 6),
        signed=REGULATION,
        **changes,
    )


def test_the_sources_noun_for_the_event_is_kept() -> None:
    # Văn Quan's source says "Lễ ký kết Quy chế phối hợp công tác … nhiệm kỳ 2021-2026".
    assert _signing(event_noun="lễ").title == "lễ ký kết Quy chế phối hợp nhiệm kỳ 2021-2026"
    # A source saying "hội nghị", or naming no noun: hội nghị, the plain word (docs/report.md).
    assert _signing().title == "hội nghị ký kết Quy chế phối hợp nhiệm kỳ 2021-2026"
    assert _signing(event_noun="hội nghị").title == _signing().title
    # Cầu Giấy, 05/08/2020 "buổi sơ kết": the noun stands before the kind of review.
    program = CoordinationProgram("vq/ct-2022", VAN_QUAN, 2022, (COUNCIL, COMMITTEE, FRONT))
    interim = Meeting(
        "vq/sk-2022",
        MeetingKind.INTERIM_REVIEW,
        VAN_QUAN,
        PartialDate(2022, 7),
        reviewed=program,
        period_reviewed=ReportingPeriod.half(2022, 1),
        event_noun="buổi",
    )
    assert interim.title == (
        "buổi sơ kết 6 tháng đầu năm 2022 thực hiện Chương trình phối hợp năm 2022"
    )


@pytest.mark.parametrize("noun", ["", " lễ", "Lễ", 3])
def test_a_bad_event_noun_is_refused(noun: object) -> None:
    with pytest.raises(ValidationError) as info:
        _signing(event_noun=noun)
    assert info.value.field == "event_noun"


def test_the_event_noun_round_trips_and_old_files_load() -> None:
    meeting = _signing(event_noun="lễ")
    assert loads(dumps(meeting)) == meeting
    # the field's line left out, wherever it stands among the fields (held_until follows)
    old = re.sub(r',?\n\s*"event_noun": null', "", dumps(_signing()))
    assert "event_noun" not in old.split('"Meeting"')[-1]
    assert loads(old).noun == "hội nghị"


def test_meeting_messages_name_the_kind_in_plain_words() -> None:
    with pytest.raises(ValidationError) as info:
        Meeting("x", MeetingKind.INTERIM_REVIEW, VAN_QUAN, PartialDate(2022, 7))
    assert info.value.reason == "an interim review (sơ kết) meeting reviews an agreement"
    with pytest.raises(ValidationError) as info:
        Meeting("x", MeetingKind.FINAL_REVIEW, VAN_QUAN, PartialDate(2022, 7))
    assert info.value.reason == "a final review (tổng kết) meeting reviews an agreement"
    with pytest.raises(ValidationError) as info:
        Meeting("x", MeetingKind.SIGNING, VAN_QUAN, PartialDate(2021, 10, 6))
    assert info.value.reason == "an agreement is signed at a signing (ký kết)"


@pytest.mark.parametrize("period", [None, "2020", 2020.0, True])
def test_an_agreement_without_a_period_names_the_period_argument(period: object) -> None:
    # Khánh Hòa 2020: the source names no term of its quy chế; the message named "year".
    with pytest.raises(ValidationError) as info:
        CoordinationProgram("x", VAN_QUAN, period, (COUNCIL, FRONT))  # type: ignore[arg-type]
    assert info.value.field == "period"
    assert "ReportingPeriod" in info.value.reason


def test_an_agreements_year_out_of_range_still_names_the_period() -> None:
    with pytest.raises(ValidationError) as info:
        CoordinationProgram("x", VAN_QUAN, 1800, (COUNCIL, FRONT))
    assert (info.value.field, info.value.value) == ("period", 1800)


def test_kind_nouns_take_the_right_article() -> None:
    hearing = Hearing("vq/gt", VAN_QUAN, "đất đai", held_on=PartialDate(2022))
    oversight = OversightActivity(
        "vq/gs", VAN_QUAN, OversightKind.SUPERVISION, "đất đai", held_on=PartialDate(2022)
    )
    assert kind_noun(hearing) == "a hearing"
    assert kind_noun(oversight) == "an oversight activity"
    assert kind_noun(REGULATION) == "a coordination agreement"
    assert kind_noun(_signing()) == "a meeting"
    assert kind_noun(VAN_QUAN) == "an administrative unit"


@given(st.from_regex(r"[A-Z][a-z]{1,8}([A-Z][a-z]{1,8}){0,2}", fullmatch=True))
def test_kind_nouns_of_any_class_name(name: str) -> None:
    noun = kind_noun(type(name, (), {})())
    article, words = noun.split(" ", 1)
    assert words == " ".join(w.lower() for w in __import__("re").findall("[A-Z][a-z]*", name))
    starts_with_vowel_sound = words[0] in "aeio" or (
        words[0] == "u" and not words.startswith(("uni", "us"))
    )
    assert article == ("an" if starts_with_vowel_sound else "a")


# -- the duplicate id names both files ---------------------------------------------------------


def test_a_duplicate_id_across_files_names_both_files(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    first, second = tmp_path / "a.json", tmp_path / "b.json"
    for path in (first, second):
        path.write_text(dumps(_signing(event_noun="lễ")), encoding="utf-8")
    for command in (["summary"], ["metrics", "--by-record"], ["report", "-o", str(tmp_path)]):
        assert main([*command, str(first), str(second)]) == 1
        err = capsys.readouterr().err
        assert (
            f"error: {second}: the record id 'vq/ky-ket-2021' is also the id of a record of {first}"
        ) in err, command


def test_an_evolved_meeting_keeps_its_noun() -> None:
    assert attrs.evolve(_signing(event_noun="lễ"), held_on=PartialDate(2021, 10)).noun == "lễ"


# -- a hearing on several topics ---------------------------------------------------------------

# Tỉnh Quảng Ngãi, Kế hoạch số 12/KH-HĐND ngày 16/8/2022 (dbnd.quangngai.gov.vn, 6911): the plan
# lists its topics one by one; three of the ten, in its order.
QUANG_NGAI = AdminUnit("quang-ngai", UnitKind.PROVINCE, "Quảng Ngãi")
TOPICS = (
    "giáo dục hướng nghiệp và định hướng phân luồng học sinh trong giáo dục phổ thông",
    "thực hiện quy định chính sách, pháp luật về đào tạo nghề",
    "bảo hiểm xã hội, bảo hiểm y tế",
)


def test_a_hearing_on_several_topics_keeps_each() -> None:
    hearing = Hearing(
        "qn/gt-2022", QUANG_NGAI, TOPICS[0], held_on=PartialDate(2022, 9), other_subjects=TOPICS[1:]
    )
    assert hearing.subjects == TOPICS
    assert loads(dumps(hearing)) == hearing
    one = Hearing("qn/gt-1", QUANG_NGAI, TOPICS[0], held_on=PartialDate(2022, 9))
    assert one.subjects == (TOPICS[0],)
    # A file of one subject, written before other_subjects existed, still loads.
    text = dumps(one)
    old = text.replace(',\n    "other_subjects": []', "")
    assert "other_subjects" not in old
    assert loads(old) == one


@pytest.mark.parametrize(
    ("others", "field"),
    [
        ((TOPICS[0],), "other_subjects"),
        ((TOPICS[1], TOPICS[1]), "other_subjects"),
        (("",), "other_subjects[0]"),
        ((TOPICS[1], " hỏa táng"), "other_subjects[1]"),
    ],
)
def test_a_hearings_topics_are_each_said_once(others: tuple[str, ...], field: str) -> None:
    with pytest.raises(ValidationError) as info:
        Hearing("qn/gt", QUANG_NGAI, TOPICS[0], held_on=PartialDate(2022), other_subjects=others)
    assert info.value.field == field


# -- thematic only where the source says so ----------------------------------------------------


def test_an_oversight_is_thematic_only_when_the_record_says_so() -> None:
    # Tam Dương 2020 (tamduong.vinhphuc.gov.vn, ItemID=1207): "Đoàn Giám sát của HĐND huyện …
    # đã giám sát những công việc cử tri có ý kiến, kiến nghị": no "chuyên đề".
    plain = OversightActivity(
        "vq/gs", VAN_QUAN, OversightKind.SUPERVISION, "kiến nghị", held_on=PartialDate(2020, 6)
    )
    assert plain.name == "giám sát"
    # Luật Hoạt động giám sát của Quốc hội và HĐND (87/2015/QH13): giám sát chuyên đề is a
    # form of its own, written only when the source names it.
    assert attrs.evolve(plain, thematic=True).name == "giám sát chuyên đề"
    survey = attrs.evolve(plain, kind=OversightKind.SURVEY)
    assert (survey.name, attrs.evolve(survey, thematic=True).name) == (
        "khảo sát",
        "khảo sát chuyên đề",
    )
    with pytest.raises(ValidationError) as info:
        attrs.evolve(plain, thematic="yes")
    assert info.value.field == "thematic"
    assert loads(dumps(attrs.evolve(plain, thematic=True))).thematic is True
