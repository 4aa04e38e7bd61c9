"""Voter contacts held (tiếp xúc cử tri): records, JSON, metrics, plans and documents.

The records are built in ``real_voter_contacts.py`` from their articles' figures (each
article's address and excerpts are there). Expected wording comes from the articles
themselves (their words are quoted beside each expectation) and from Nghị định
30/2020/NĐ-CP (ND30): Phụ lục I, Phần I, mục II, khoản 3 ("Số: …/BC-…"), khoản 4 (a date
line left to fill by hand: "ngày … tháng … năm …"); Phụ lục III (type code BC, Báo cáo).
"""

from __future__ import annotations

import datetime as dt
import json
import warnings
from fractions import Fraction
from importlib.resources import files

import attrs
import jsonschema
import pytest
from hypothesis import given
from hypothesis import strategies as st
from real_voter_contacts import (
    BUILDERS,
    QUOC_HOI,
    cho_don_2019,
    duc_linh_tra_tan_2021,
    phu_tho_2025,
    thanh_hoa_2023_workers,
    vu_muon_2024,
)

from tayho_coord import DataError, FigureWarning, ValidationError
from tayho_coord.cli import main
from tayho_coord.io import dumps, loads
from tayho_coord.metrics import record_metrics
from tayho_coord.model import (
    AdminUnit,
    Agency,
    AgencyKind,
    Boundary,
    CouncilSession,
    DayPart,
    Delegation,
    DelegationForm,
    Deputy,
    DeputyLevel,
    DocumentRef,
    FigurePart,
    PartialDate,
    PlannedKind,
    PrintedFigure,
    RecordSet,
    SessionRelation,
    StatedFigure,
    UnitKind,
    VoterContact,
    VoterContactKind,
    done_activities,
)
from tayho_coord.report import render, summarize

NAMES = sorted(BUILDERS)

DISTRICT = AdminUnit("d", UnitKind.RURAL_DISTRICT, "Đức Linh")
COMMUNE = AdminUnit("d/c", UnitKind.COMMUNE, "Trà Tân", parent=DISTRICT)
COUNCIL = Agency("d/hdnd", AgencyKind.PEOPLES_COUNCIL, DISTRICT)
DEPUTIES = (Delegation(DeputyLevel.PEOPLES_COUNCIL, DISTRICT),)
DAY = PartialDate(2021, 9, 14)


def _count(text: str, what: str = "ý kiến") -> StatedFigure:
    return StatedFigure(what, PrintedFigure(text))


def _contact(**changes: object) -> VoterContact:
    fields: dict[str, object] = {"held_on": DAY}
    fields.update(changes)
    return VoterContact("c", COMMUNE, DEPUTIES, **fields)  # type: ignore[arg-type]


def _body(text: str) -> str:
    return text.split("PHỤ LỤC")[0]


# --- the real records ---------------------------------------------------------------


@pytest.mark.parametrize("name", NAMES)
def test_each_real_contact_is_read_back_as_written(name: str) -> None:
    contact = BUILDERS[name]()
    text = dumps(contact)
    assert json.loads(text)["type"] == "VoterContact"
    assert loads(text) == contact


@pytest.mark.parametrize("name", NAMES)
def test_each_real_contact_follows_the_schema(name: str) -> None:
    schema = json.loads(files("tayho_coord.io").joinpath("schema.json").read_text("utf-8"))
    document = json.loads(dumps(BUILDERS[name]()))
    errors = [e.message for e in jsonschema.Draft202012Validator(schema).iter_errors(document)]
    assert errors == []


def test_a_record_set_tags_each_contact_with_its_kind() -> None:
    records = RecordSet(tuple(build() for build in BUILDERS.values()))
    document = json.loads(dumps(records))
    assert {item["type"] for item in document["data"]["records"]} == {"VoterContact"}
    assert loads(dumps(records)) == records
    assert records.get("bk/cho-don/txct-2019-07") == cho_don_2019()


def test_duc_linh_keeps_what_the_article_prints() -> None:
    # "Chiều ngày 14/9/2021, … có 6 ý kiến, kiến nghị … đã trả lời trực tiếp 2 ý kiến"
    contact = duc_linh_tra_tan_2021()
    assert contact.part_of_day is DayPart.AFTERNOON
    assert contact.opinions is not None
    assert contact.opinions.printed.text == "6"
    assert contact.answered is not None
    assert contact.answered.printed.text == "2"
    # "không quá 10 cử tri" is a rule of the day, not a count of voters present
    assert contact.voters is None
    (delegation,) = contact.delegations
    assert [m.name for m in delegation.members] == ["Ung Chiêu Thành", "Lê Đình Trung"]
    assert delegation.session_text == "sau kỳ họp thứ 2 Hội đồng nhân dân huyện Đức Linh khóa XII"


def test_cho_don_is_a_series_at_eight_constituencies_with_a_lower_bound() -> None:
    # "Từ ngày 16/7 đến ngày 19/7/2019 … tại 08 đơn vị bầu cử … trên 75 lượt cử tri"
    contact = cho_don_2019()
    assert contact.held_text == "từ ngày 16/7/2019 đến ngày 19/7/2019"
    assert [f.text for f in contact.stated] == [
        "08 đơn vị bầu cử",
        "trên 75 lượt cử tri tham gia phát biểu",
    ]
    # "khoảng 50-60 cử tri" is an average per place: no total of voters is stated
    assert contact.voters is None


def test_a_contact_known_only_from_its_article_is_never_placed_on_that_day() -> None:
    contact = thanh_hoa_2023_workers()  # "Sáng 13/5" printed without a year
    assert contact.held_on is None
    assert contact.period is None
    assert contact.time_label == "theo tin ngày 13/5/2023"
    assert contact.time_basis == "reported_on"
    assert contact.name == "tiếp xúc cử tri chuyên đề"


# --- documents ----------------------------------------------------------------------


def test_the_report_of_cho_don_states_the_bound_and_the_session() -> None:
    text = render(cho_don_2019(), "text")
    body = _body(text)
    # ND30, Phụ lục I: the issuer's symbol, the date line left to fill by hand
    assert "Số: …/BC-HĐND" in body
    assert "Chợ Đồn, ngày … tháng … năm …" in body
    assert (
        "Kết quả tiếp xúc cử tri sau kỳ họp thứ 8 Hội đồng nhân dân huyện Chợ Đồn khóa XIX" in body
    )
    # each figure with its role, in Vietnamese (review 5, D10; ND30, Phụ lục I, Phần I,
    # mục II, khoản 6): the role's words, then the figure as printed
    assert "- Cử tri phát biểu: trên 75 lượt cử tri tham gia phát biểu." in body
    assert ": 75 " not in body
    assert "- Số cuộc, điểm tiếp xúc: 08 đơn vị bầu cử;" in body
    assert "TM. THƯỜNG TRỰC HỘI ĐỒNG NHÂN DÂN" in body
    appendix = text.split("PHỤ LỤC")[1]
    # a bound is said as the audit of stated figures says it: "không phải số chính xác"
    assert (
        "Cử tri phát biểu: trên 75 lượt cử tri tham gia phát biểu (theo số liệu công bố, không "
        "phải số chính xác)" in appendix
    )
    assert "Số cuộc, điểm tiếp xúc: 08 đơn vị bầu cử (theo số liệu công bố)" in appendix
    assert "hdnd.backan.gov.vn" in appendix


@pytest.mark.parametrize("name", NAMES)
@pytest.mark.parametrize("fmt", ["md", "html", "text"])
def test_every_real_contact_renders_with_its_unit_named(name: str, fmt: str) -> None:
    contact = BUILDERS[name]()
    text = render(contact, fmt)  # type: ignore[call-overload]
    assert "BÁO CÁO" in text
    # the unit whose voters were met is named in the body (a document must say where)
    assert contact.unit.name in _body(text)


def test_a_contact_renders_as_its_report_only() -> None:
    with pytest.raises(ValidationError, match="renders as its report only"):
        render(cho_don_2019(), document="plan")


def test_a_contact_without_organiser_leaves_the_issuer_to_fill() -> None:
    text = render(phu_tho_2025(), "text")
    assert "Số: …/BC-…" in text
    assert "Theo tin ngày 25/9/2025, Đoàn đại biểu Quốc hội tỉnh Phú Thọ" in text


def test_the_summary_marks_figures_as_printed() -> None:
    # written from the article's words: "6 ý kiến, kiến nghị", "trả lời trực tiếp 2 ý kiến"
    lines = summarize(duc_linh_tra_tan_2021()).splitlines()
    assert lines[0] == "Xã Trà Tân: tiếp xúc cử tri"
    assert lines[1] == (
        "Chiều ngày 14/9/2021, đại biểu Hội đồng nhân dân huyện Đức Linh (gồm: Ung Chiêu "
        "Thành; Lê Đình Trung) tiếp xúc cử tri xã Trà Tân, sau kỳ họp thứ 2 Hội đồng nhân "
        "dân huyện Đức Linh khóa XII."
    )
    assert "Ý kiến, kiến nghị cử tri nêu: 6 ý kiến, kiến nghị (theo số liệu công bố)" in lines
    assert "2 ý kiến trả lời trực tiếp (theo số liệu công bố)" in lines


def test_the_plan_is_named_in_the_report() -> None:
    text = render(vu_muon_2024(), "text")
    assert "Thực hiện Kế hoạch số 01/KH-HĐND ngày 17/5/2024." in text
    assert "Ủy ban Mặt trận Tổ quốc (MTTQ) Việt Nam xã tổ chức tiếp xúc cử tri." in text


# --- metrics, plans, validation of files ------------------------------------------


def test_metrics_rows_are_of_each_contacts_own_time() -> None:
    table = record_metrics(RecordSet(tuple(build() for build in BUILDERS.values())))
    rows = {row.unit_id: row for row in table}
    series = rows["bk/cho-don"]
    assert (series.period, series.period_basis, series.kind) == (
        "từ ngày 16/7/2019 đến ngày 19/7/2019",
        "held_on",
        "voter_contact",
    )
    assert (series.period_start, series.period_end) == ("2019-07-16", "2019-07-19")
    assert series.kind_label == "tiếp xúc cử tri"
    reported = rows["phu-tho"]
    assert (reported.period, reported.period_basis) == ("theo tin ngày 25/9/2025", "reported_on")
    assert reported.period_start is None
    assert series.petitions_total is None  # a contact's opinions are no petition report


def test_a_contact_is_an_activity_a_plan_can_match() -> None:
    (done,) = done_activities(cho_don_2019())
    assert done.kind is PlannedKind.VOTER_CONTACT
    assert done.held_on == PartialDate(2019, 7, 16)
    assert done.lead is not None
    assert done.lead.kind is AgencyKind.COUNCIL_STANDING_COMMITTEE


def test_the_command_line_validates_a_contact(tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "c.json"
    path.write_text(dumps(cho_don_2019()), encoding="utf-8")
    assert main(["validate", str(path)]) == 0
    assert "ok (VoterContact)" in capsys.readouterr().out


# --- the model's rules --------------------------------------------------------------


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"held_on": None}, "the day it was held, or the day of an article"),
        ({"held_until": PartialDate(2021, 9, 15), "part_of_day": DayPart.MORNING}, "several days"),
        ({"held_on": PartialDate(2021, 9), "part_of_day": DayPart.MORNING}, "needs the day held"),
        ({"opinions": _count("2"), "answered": _count("3")}, "more answered on the spot"),
        ({"opinions": _count("6"), "answered": _count("hơn 6")}, "more answered on the spot"),
        ({"opinions": _count("gần 10"), "answered": _count("10")}, "more answered on the spot"),
        ({"subject": "với công nhân lao động"}, "a theme is of a thematic contact"),
        ({"reported_on": PartialDate(2021, 9, 13)}, "is before the contact it reports"),
        (
            {"plan": DocumentRef("01/KH-HĐND", PartialDate(2021, 9, 20))},
            "the plan is dated after the contact",
        ),
        ({"voters": _count("97,6%", "cử tri")}, "must be a count, as printed"),
        ({"places": ("xã", "xã")}, "names the same entry twice"),
        (
            {
                "organiser": Agency(
                    "x/mttq", AgencyKind.FATHERLAND_FRONT, AdminUnit("x", UnitKind.PROVINCE, "X")
                )
            },
            "is not a body of d/c",
        ),
        ({"partners": (COUNCIL, COUNCIL)}, "names a body twice"),
        ({"organiser": COUNCIL, "partners": (COUNCIL,)}, "the organiser is not its partner"),
    ],
)
def test_a_contact_that_breaks_a_rule_is_refused(changes: dict[str, object], message: str) -> None:
    with pytest.raises(ValidationError, match=message):
        _contact(**changes)


def test_a_contact_needs_a_delegation() -> None:
    with pytest.raises(ValidationError, match="at least one delegation"):
        VoterContact("c", COMMUNE, (), held_on=DAY)
    with pytest.raises(ValidationError, match="names one twice"):
        VoterContact("c", COMMUNE, DEPUTIES * 2, held_on=DAY)


def test_a_bounded_opinions_count_is_not_checked_against_the_answered() -> None:
    # "trên 5 ý kiến … trả lời 7": the bound says only more than 5
    contact = _contact(opinions=_count("trên 5"), answered=_count("7"))
    assert contact.stated[0].text == "trên 5 ý kiến"
    assert not contact.stated[0].is_exact
    # "khoảng 10" raised states no bound; "gần 3" answered may be 0
    _contact(opinions=_count("khoảng 10"), answered=_count("12"))
    _contact(opinions=_count("2"), answered=_count("gần 3"))


def test_an_approximate_figure_is_recorded_with_its_word() -> None:
    # "khoảng 2.200 cử tri", "gần 100 ý kiến": no exact figure, never read as one
    contact = _contact(voters=_count("khoảng 2.200", "cử tri"), opinions=_count("gần 100"))
    assert [f.text for f in contact.stated] == ["khoảng 2.200 cử tri", "gần 100 ý kiến"]
    assert [f.is_exact for f in contact.stated] == [False, False]
    assert loads(dumps(contact)) == contact
    assert json.loads(dumps(contact))["data"]["voters"]["printed"] == "khoảng 2.200"
    lines = summarize(contact).splitlines()
    assert "Cử tri tham dự: khoảng 2.200 cử tri (theo số liệu công bố)" in lines
    appendix = render(contact, "text").split("PHỤ LỤC")[1]
    assert (
        "Cử tri tham dự: khoảng 2.200 cử tri (theo số liệu công bố, không phải số chính xác)"
        in appendix
    )
    # the metrics row is of the contact's days, whatever its figures
    (row,) = record_metrics(RecordSet((contact,)))
    assert (row.kind, row.period, row.petitions_total) == ("voter_contact", "ngày 14/9/2021", None)


def test_a_file_with_the_interim_lower_bounds_is_refused_with_what_to_write() -> None:
    document = json.loads(dumps(duc_linh_tra_tan_2021()))
    document["data"]["lower_bounds"] = [{"figure": "opinions", "word": "hơn"}]
    with pytest.raises(DataError) as caught:
        loads(json.dumps(document))
    text = str(caught.value)
    assert "$.data.lower_bounds" in text
    assert '"opinions": {"printed": "hơn 6", …}' in text
    assert 'remove "lower_bounds"' in text
    # an entry that names no printed figure is answered in general terms, beside the
    # record's other problems
    document["data"]["lower_bounds"] = [{"figure": "voters"}]
    document["data"]["kind"] = "campaign"
    with pytest.raises(DataError) as caught:
        loads(json.dumps(document))
    text = str(caught.value)
    assert '"printed": "trên 75" where the source printed "trên 75"' in text
    assert "$.data.kind" in text


def test_a_contact_on_a_day_its_unit_did_not_exist_is_refused() -> None:
    old = AdminUnit("o", UnitKind.COMMUNE, "Cũ", valid_to=Boundary(PartialDate(2025, 7, 1)))
    with pytest.raises(ValidationError, match="held_on"):
        VoterContact("c", old, DEPUTIES, held_on=PartialDate(2025, 9, 1))
    later = AdminUnit("n", UnitKind.COMMUNE, "Mới", valid_from=Boundary(PartialDate(2025, 7, 1)))
    with pytest.raises(ValidationError, match="reported_on"):
        VoterContact("c", later, DEPUTIES, reported_on=PartialDate(2024, 1, 1))


def test_a_contact_before_a_session_is_held_before_it_opens() -> None:
    session = CouncilSession("s", COUNCIL, dt.date(2021, 9, 10), dt.date(2021, 9, 11), 2)

    def held(relation: SessionRelation) -> VoterContact:
        delegation = Delegation(
            DeputyLevel.PEOPLES_COUNCIL, DISTRICT, session=session, relation=relation
        )
        return VoterContact("c", COMMUNE, (delegation,), held_on=DAY)

    assert held(SessionRelation.AFTER).delegations[0].relation is SessionRelation.AFTER
    with pytest.raises(ValidationError, match="after kỳ họp thứ 2 opened"):
        held(SessionRelation.BEFORE)
    early = attrs.evolve(session, opens_on=dt.date(2021, 9, 20), closes_on=dt.date(2021, 9, 21))
    delegation = Delegation(
        DeputyLevel.PEOPLES_COUNCIL, DISTRICT, session=early, relation=SessionRelation.AFTER
    )
    with pytest.raises(ValidationError, match="before kỳ họp thứ 2 closed"):
        VoterContact("c", COMMUNE, (delegation,), held_on=DAY)


def test_a_delegation_is_of_its_own_council() -> None:
    province = AdminUnit("p", UnitKind.PROVINCE, "Thanh Hóa")
    with pytest.raises(ValidationError, match="of a province or a centrally run city"):
        Delegation(DeputyLevel.NATIONAL_ASSEMBLY, DISTRICT)
    with pytest.raises(ValidationError, match="a session of the National Assembly"):
        Delegation(
            DeputyLevel.NATIONAL_ASSEMBLY, province, session=CouncilSession("s", COUNCIL, number=2)
        )
    with pytest.raises(ValidationError, match="is not a session of the council of p"):
        Delegation(
            DeputyLevel.PEOPLES_COUNCIL, province, session=CouncilSession("s", COUNCIL, number=2)
        )
    with pytest.raises(ValidationError, match="of a local unit"):
        Delegation(DeputyLevel.PEOPLES_COUNCIL, QUOC_HOI.unit)
    with pytest.raises(ValidationError, match="only a group"):
        Delegation(DeputyLevel.PEOPLES_COUNCIL, province, group_number=9)
    group = Delegation(DeputyLevel.PEOPLES_COUNCIL, province, DelegationForm.GROUP, group_number=9)
    # "Tổ đại biểu số 9 HĐND tỉnh" (phuhoa.phuyen.gov.vn), in full
    assert group.label == "Tổ đại biểu số 9 Hội đồng nhân dân tỉnh Thanh Hóa"
    na = Delegation(
        DeputyLevel.NATIONAL_ASSEMBLY, province, DelegationForm.DELEGATION, constituency=1
    )
    assert na.label == "Đoàn đại biểu Quốc hội tỉnh Thanh Hóa đơn vị bầu cử số 1"
    assert (
        Delegation(
            DeputyLevel.PEOPLES_COUNCIL, province, relation=SessionRelation.BEFORE
        ).session_text
        == "trước kỳ họp Hội đồng nhân dân tỉnh Thanh Hóa"
    )


def test_a_figure_that_does_not_add_up_is_warned_of() -> None:
    # Bình Phước (mattranbinhphuoc.org.vn): "9 ý kiến với 14 nội dung, trong đó có 1 nội
    # dung thuộc thẩm quyền cấp tỉnh, 9 … cấp huyện và 4 … cấp xã"; a part left out here
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        _contact(
            opinions=StatedFigure(
                "nội dung",
                PrintedFigure("14"),
                (
                    FigurePart("cấp tỉnh", PrintedFigure("1")),
                    FigurePart("cấp huyện", PrintedFigure("9")),
                ),
            )
        )
    assert [w.category for w in caught] == [FigureWarning]
    assert "add up to 10, 4 less than the 14 printed" in str(caught[0].message)


# --- fuzzing ------------------------------------------------------------------------

_days = st.dates(dt.date(2015, 1, 1), dt.date(2026, 12, 31))


_WORDS = st.sampled_from(["", "hơn ", "trên ", "gần ", "khoảng ", "Trên "])


def _may_be_at_most(part: PrintedFigure, whole: PrintedFigure) -> bool:
    """Whether some value ``part`` admits is at most one ``whole`` admits, by search.

    What a figure admits is an interval ending at its number (or no end): on whole numbers
    ``a`` and ``o``, a witness pair, where any exists, is among the numbers themselves, half
    a count either side of them, one above both and -1 (``gần`` and ``khoảng`` admit it).
    """
    a, o = part.value, whole.value
    half = Fraction(1, 2)
    near = [Fraction(a), Fraction(o), Fraction(max(a, o)) + 1, Fraction(-1)]
    candidates = [c + d for c in near for d in (-half, Fraction(0), half)]
    lows = [x for x in candidates if part.admits(x)]
    highs = [y for y in candidates if whole.admits(y)]
    return bool(lows) and bool(highs) and min(lows) <= max(highs)


@given(
    day=_days,
    span=st.integers(0, 10),
    opinions=st.integers(0, 6) | st.integers(0, 10**6),
    answered=st.integers(0, 6) | st.integers(0, 10**6),
    opinions_word=_WORDS,
    answered_word=_WORDS,
    part=st.sampled_from([None, *DayPart]),
)
def test_a_contact_is_built_and_read_back_or_refused_with_the_librarys_error(
    day: dt.date,
    span: int,
    opinions: int,
    answered: int,
    opinions_word: str,
    answered_word: str,
    part: DayPart | None,
) -> None:
    last = day + dt.timedelta(days=span)
    raised = PrintedFigure(opinions_word + f"{opinions:,}".replace(",", "."))
    said = PrintedFigure(answered_word + str(answered))
    fields: dict[str, object] = {
        "held_on": PartialDate.from_date(day),
        "held_until": PartialDate.from_date(last) if span else None,
        "part_of_day": part,
        "opinions": StatedFigure("ý kiến", raised),
        "answered": StatedFigure("ý kiến", said),
    }
    # impossible only where no count the answered figure admits is at most one the raised
    # figure admits (PrintedFigure.admits, searched; an open bound is never its own number)
    may_be = _may_be_at_most(said, raised)
    refused = not may_be or (part is not None and span > 0)
    try:
        contact = _contact(**fields)
    except ValidationError:
        assert refused
        return
    assert not refused
    assert loads(dumps(contact)) == contact
    assert [f.text for f in contact.stated] == [
        f"{raised.text} ý kiến",
        f"{said.text} ý kiến",
    ]
    assert contact.period is not None
    assert contact.period.first_day() == day
    assert contact.period.last_day() == last
    assert contact.kind is VoterContactKind.REGULAR


@pytest.mark.parametrize(
    ("build", "message"),
    [
        (lambda: Delegation("hdnd", DISTRICT), "must be a DeputyLevel"),  # type: ignore[arg-type]
        (
            lambda: Delegation(DeputyLevel.PEOPLES_COUNCIL, DISTRICT, "tổ"),  # type: ignore[arg-type]
            "must be a DelegationForm",
        ),
        (
            lambda: Delegation(DeputyLevel.PEOPLES_COUNCIL, DISTRICT, constituency=0),
            "from 1 to 999",
        ),
        (
            lambda: Delegation(
                DeputyLevel.PEOPLES_COUNCIL, DISTRICT, members=(Deputy("A B"), Deputy("A B"))
            ),
            "names a deputy twice",
        ),
        (lambda: _contact(kind="chuyên đề"), "must be a VoterContactKind"),
        (lambda: Deputy("Lê Văn A", ("Chủ tịch", "Chủ tịch")), "names the same entry twice"),
    ],
)
def test_parts_of_the_wrong_type_are_refused(build: object, message: str) -> None:
    with pytest.raises(ValidationError, match=message):
        build()  # type: ignore[operator]


def test_a_delegation_without_a_session_says_none() -> None:
    assert DEPUTIES[0].session_text is None


def test_a_data_file_with_a_kind_it_does_not_know_is_a_data_error() -> None:
    document = json.loads(dumps(cho_don_2019()))
    document["data"]["kind"] = "campaign"
    document["data"]["delegations"][0]["relation"] = "during"
    with pytest.raises(DataError) as caught:
        loads(json.dumps(document))
    text = str(caught.value)
    assert "$.data.kind" in text
    assert "$.data.delegations[0].relation" in text


def test_the_summary_of_a_series_names_its_organiser_and_bound() -> None:
    lines = summarize(vu_muon_2024()).splitlines()
    assert "Căn cứ: Kế hoạch số 01/KH-HĐND ngày 17/5/2024" in lines
    assert "Ủy ban MTTQ Việt Nam xã tổ chức tiếp xúc cử tri." in lines
    assert "Trả lời tại buổi tiếp xúc: lãnh đạo UBND xã" in lines
    assert (
        "Cử tri phát biểu: trên 75 lượt cử tri tham gia phát biểu (theo số liệu công bố)"
        in summarize(cho_don_2019()).splitlines()
    )


def test_a_contact_reports_its_figures_findings() -> None:
    assert cho_don_2019().figure_findings() == ()


def test_a_session_two_delegations_report_on_is_said_once() -> None:
    after = SessionRelation.AFTER
    both = (
        Delegation(DeputyLevel.PEOPLES_COUNCIL, DISTRICT, relation=after),
        Delegation(DeputyLevel.PEOPLES_COUNCIL, DISTRICT, DelegationForm.GROUP, relation=after),
    )
    text = summarize(VoterContact("c", COMMUNE, both, held_on=DAY)).splitlines()[1]
    assert text.endswith(", sau kỳ họp Hội đồng nhân dân huyện Đức Linh.")
    assert text.count("sau kỳ họp") == 1


def test_giong_rieng_names_each_councils_session() -> None:
    # "đại biểu HĐND tỉnh, HĐND huyện … sau kỳ họp thường lệ giữa năm 2023"
    body = _body(render(BUILDERS["ban_tan_dinh_2023"](), "text"))
    assert (
        "sau kỳ họp thường lệ giữa năm 2023 HĐND tỉnh Kiên Giang và sau kỳ họp thường lệ "
        "giữa năm 2023 HĐND huyện Giồng Riềng."
    ) in body
    assert "- Cử tri tham dự: hơn 50 bà con nhân dân là cử tri;" in body


def test_a_plan_of_contacts_after_each_session_is_carried_out_by_one() -> None:
    from tayho_coord.model import (
        CoordinationProgram,
        PlannedActivity,
        ReportingPeriod,
        Timing,
        match_plan,
        schedule,
    )

    contact = cho_don_2019()
    unit = contact.unit
    kinds = (AgencyKind.PEOPLES_COUNCIL, AgencyKind.PEOPLES_COMMITTEE, AgencyKind.FATHERLAND_FRONT)
    parties = tuple(Agency(f"{unit.id}/{k.value}", k, unit) for k in kinds)
    planned = PlannedActivity(
        "sau",
        PlannedKind.VOTER_CONTACT,
        "Tiếp xúc cử tri",
        Timing.parse("trong vòng 15 ngày sau kỳ họp"),
    )
    program = CoordinationProgram(
        "cd/ct-2019", unit, ReportingPeriod.year(2019), parties, planned=(planned,)
    )
    # The article gives no days of session 8: these are a plan's, for the rule alone.
    session = CouncilSession("cd/kh8", parties[0], dt.date(2019, 7, 10), dt.date(2019, 7, 11), 8)
    match = match_plan(schedule(program, sessions=[session]), done_activities(contact))
    ((occurrence, done),) = match.carried_out
    assert (occurrence.starts_on, occurrence.due_on) == (dt.date(2019, 7, 12), dt.date(2019, 7, 26))
    assert done.where == contact.id
    assert match.sentence() == "thực hiện 1/1 nội dung theo chương trình, đạt 100%"


def test_a_contact_renders_to_word() -> None:
    pytest.importorskip("docx")
    import io

    import docx

    document = docx.Document(io.BytesIO(render(cho_don_2019(), "docx")))
    text = "\n".join(p.text for p in document.paragraphs)
    assert "Cử tri phát biểu: trên 75 lượt cử tri tham gia phát biểu." in text


def test_a_delegation_is_of_the_voters_unit_or_above_it() -> None:
    other = AdminUnit("o", UnitKind.RURAL_DISTRICT, "Tánh Linh")
    elsewhere = (Delegation(DeputyLevel.PEOPLES_COUNCIL, other),)
    with pytest.raises(ValidationError, match=r"delegations\[0\]\.unit='o': is not d/c"):
        VoterContact("c", COMMUNE, elsewhere, held_on=DAY)
    below = (Delegation(DeputyLevel.PEOPLES_COUNCIL, COMMUNE),)
    province = AdminUnit("p", UnitKind.PROVINCE, "Bình Thuận")
    with pytest.raises(ValidationError, match="is not p or a unit above it"):
        VoterContact("c", province, below, held_on=DAY)
    # a commune given without its district cannot be checked, and is not refused for it
    alone = AdminUnit("a", UnitKind.COMMUNE, "Tam An")
    assert VoterContact("c", alone, elsewhere, held_on=DAY).unit is alone


def test_the_options_set_the_parts_of_a_contacts_report() -> None:
    # ND30, Phụ lục I, Phần I, mục II: khoản 3 (Số: 05/BC-…, no issuer named: its symbol
    # left to fill), khoản 4 (the date line at the deputies' council's seat, month 9 unpadded)
    text = render(
        duc_linh_tra_tan_2021(),
        "text",
        issued=dt.date(2021, 9, 20),
        number=5,
        signers=["Nguyễn Văn A"],
        recipients=["Thường trực HĐND huyện"],
    )
    lines = text.splitlines()
    assert "Số: 05/BC-…" in lines
    assert "Đức Linh, ngày 20 tháng 9 năm 2021" in lines
    assert "- Thường trực HĐND huyện;" in lines
    assert "(Kèm theo Báo cáo số 05/BC-… ngày 20 tháng 9 năm 2021)" in lines
    with pytest.raises(ValidationError, match="signers"):
        render(duc_linh_tra_tan_2021(), signers=["A", "B"])
