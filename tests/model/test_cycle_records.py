"""The records of the coordination cycle: each invariant raises naming the field and value."""

import datetime as dt
import warnings
from fractions import Fraction
from typing import Any

import attrs
import pytest

from tayho_coord import FigureWarning, ValidationError
from tayho_coord.model import (
    ONGOING,
    AdminUnit,
    Agency,
    AgencyKind,
    AgreementKind,
    Boundary,
    BreakdownKind,
    Chair,
    ChairRole,
    Competence,
    CoordinationProgram,
    CountedNoun,
    DocumentRef,
    Hearing,
    Meeting,
    MeetingKind,
    OutcomeCount,
    OutcomeLevel,
    OutcomeScale,
    OversightActivity,
    OversightKind,
    PartialDate,
    PetitionOutcome,
    PetitionPart,
    PetitionReport,
    PetitionStats,
    Post,
    PrintedFigure,
    RecordSet,
    ReportingPeriod,
    Title,
    UnitKind,
)

# Quận Tây Hồ existed from 28/10/1995 to 30/06/2025 (Nghị định 69/CP; the district level ended
# on 01/07/2025); phường Tây Hồ exists from 01/07/2025 (tests/time/data/tay-ho-facts.md).
HA_NOI = AdminUnit("ha-noi", UnitKind.CENTRAL_CITY, "Hà Nội")
TAY_HO = AdminUnit(
    "ha-noi/tay-ho",
    UnitKind.URBAN_DISTRICT,
    "Tây Hồ",
    parent=HA_NOI,
    valid_from=Boundary(PartialDate(1995, 10, 28), "Nghị định 69/CP"),
    valid_to=Boundary(PartialDate(2025, 6, 30)),
)
WARD = AdminUnit(
    "ha-noi/phuong-tay-ho",
    UnitKind.WARD,
    "Tây Hồ",
    parent=HA_NOI,
    valid_from=Boundary(PartialDate(2025, 7, 1)),
    valid_to=ONGOING,
)


def bodies(unit: AdminUnit) -> tuple[Agency, Agency, Agency]:
    return (
        Agency(f"{unit.id}/hdnd", AgencyKind.PEOPLES_COUNCIL, unit),
        Agency(f"{unit.id}/ubnd", AgencyKind.PEOPLES_COMMITTEE, unit),
        Agency(f"{unit.id}/mttq", AgencyKind.FATHERLAND_FRONT, unit),
    )


COUNCIL, COMMITTEE, FRONT = bodies(TAY_HO)
STANDING = Agency("ha-noi/tay-ho/hdnd/tt", AgencyKind.COUNCIL_STANDING_COMMITTEE, TAY_HO, COUNCIL)
LEGAL = Agency("ha-noi/tay-ho/hdnd/bpc", AgencyKind.COUNCIL_LEGAL_COMMITTEE, TAY_HO, COUNCIL)
PROGRAM_2020 = CoordinationProgram("ct-2020", TAY_HO, 2020, (COUNCIL, COMMITTEE, FRONT))
PROGRAM_2021 = CoordinationProgram("ct-2021", TAY_HO, 2021, (COUNCIL, COMMITTEE, FRONT))


# -- time validity -----------------------------------------------------------------------------


def test_a_program_of_a_unit_that_no_longer_existed_is_refused() -> None:
    with pytest.raises(ValidationError, match="did not exist then") as info:
        CoordinationProgram("ct-2026", TAY_HO, 2026, (COUNCIL, COMMITTEE, FRONT))
    assert (info.value.field, info.value.value) == ("period", "2026-01-01/2026-12-31")
    # Its last half-year is an ordinary record: the district existed until 30/06/2025.
    assert CoordinationProgram("ct-2025", TAY_HO, 2025, (COUNCIL, COMMITTEE, FRONT))
    # After the reform the ward has a council, a committee and a front of its own.
    ward_program = CoordinationProgram("p-2026", WARD, 2026, bodies(WARD))
    assert ward_program.year == 2026


def test_a_district_competence_after_the_reform_is_refused() -> None:
    with pytest.raises(ValidationError, match="did not exist on 2025-07-01") as info:
        PetitionReport("kn", WARD, ReportingPeriod.half(2025, 2), competence=Competence.DISTRICT)
    assert info.value.field == "competence"
    part = PetitionPart(BreakdownKind.COMPETENCE, "district", total=3)
    with pytest.raises(ValidationError) as info:
        PetitionReport("kn", WARD, ReportingPeriod.year(2026), total=5, parts=(part,))
    assert info.value.field == "parts[0].key"
    with pytest.raises(ValidationError) as info:
        PetitionStats(WARD, PartialDate(2025, 8), competence=Competence.DISTRICT)
    assert info.value.field == "competence"
    # The first half of 2025 still had the district level.
    report = PetitionReport(
        "kn", TAY_HO, ReportingPeriod.half(2025, 1), competence=Competence.DISTRICT
    )
    assert report.competence is Competence.DISTRICT


def test_a_meeting_on_a_day_the_unit_did_not_exist_is_refused() -> None:
    with pytest.raises(ValidationError) as info:
        Meeting("m", MeetingKind.FINAL_REVIEW, TAY_HO, PartialDate(2025, 8), reviewed=PROGRAM_2020)
    assert info.value.field == "held_on"


# -- agreements ---------------------------------------------------------------------------------


def test_a_term_regulation_has_no_calendar_year() -> None:
    rule = CoordinationProgram(
        "qc",
        TAY_HO,
        ReportingPeriod.term(2021, 2026),
        (STANDING, COMMITTEE, FRONT),
        kind=AgreementKind.REGULATION,
        signed_on=PartialDate(2021, 11, 10),
        task_groups=10,
    )
    assert rule.title == "Quy chế phối hợp nhiệm kỳ 2021-2026"
    with pytest.raises(ValidationError, match="not one calendar year") as info:
        _ = rule.year
    assert info.value.field == "period"
    with pytest.raises(ValidationError, match="signed from 2020 to the end") as info:
        attrs.evolve(rule, signed_on=PartialDate(2019))
    with pytest.raises(ValidationError) as info:
        attrs.evolve(rule, task_groups=-1)
    assert info.value.field == "task_groups"


def test_four_parties_with_the_party_committee() -> None:
    party = Agency("ha-noi/tay-ho/qu", AgencyKind.PARTY_COMMITTEE, TAY_HO)
    four = CoordinationProgram("ct", TAY_HO, 2020, (party, COUNCIL, COMMITTEE, FRONT))
    assert len(four.parties) == 4
    with pytest.raises(ValidationError, match="names none of council"):
        CoordinationProgram(
            "ct",
            TAY_HO,
            2020,
            (party, Agency("x", AgencyKind.PARTY_COMMITTEE, TAY_HO, name="Đảng ủy")),
        )


# -- meetings -----------------------------------------------------------------------------------


def test_kinds_name_what_they_review_and_sign() -> None:
    cases: list[tuple[MeetingKind, dict[str, Any], str]] = [
        (MeetingKind.SIGNING, {}, "signed"),
        (MeetingKind.SIGNING, {"signed": PROGRAM_2020, "reviewed": PROGRAM_2020}, "reviewed"),
        (MeetingKind.INTERIM_REVIEW, {}, "reviewed"),
        (MeetingKind.FINAL_REVIEW, {"reviewed": PROGRAM_2020, "signed": PROGRAM_2021}, "signed"),
        (MeetingKind.REVIEW_AND_SIGNING, {"reviewed": PROGRAM_2020}, "signed"),
        (
            MeetingKind.SIGNING,
            {"signed": PROGRAM_2020, "period_reviewed": ReportingPeriod.year(2020)},
            "period_reviewed",
        ),
    ]
    for kind, fields, field in cases:
        with pytest.raises(ValidationError) as info:
            Meeting("m", kind, TAY_HO, PartialDate(2020, 8), **fields)
        assert info.value.field == field, kind


def test_titles_word_each_kind_as_reports_do() -> None:
    # "hội nghị sơ kết 6 tháng đầu năm 2020 thực hiện Chương trình phối hợp…" (issue 11).
    interim = Meeting(
        "sk",
        MeetingKind.INTERIM_REVIEW,
        TAY_HO,
        PartialDate(2020, 8, 5),
        reviewed=PROGRAM_2020,
        period_reviewed=ReportingPeriod.half(2020, 1),
    )
    assert interim.title == (
        "hội nghị sơ kết 6 tháng đầu năm 2020 thực hiện Chương trình phối hợp năm 2020"
    )
    assert interim.period == ReportingPeriod.half(2020, 1)
    both = Meeting(
        "tk",
        MeetingKind.REVIEW_AND_SIGNING,
        TAY_HO,
        PartialDate(2021, 1, 21),
        reviewed=PROGRAM_2020,
        signed=PROGRAM_2021,
    )
    assert both.title == (
        "hội nghị tổng kết thực hiện Chương trình phối hợp năm 2020 và ký kết "
        "Chương trình phối hợp năm 2021"
    )
    assert both.period == ReportingPeriod.year(2020)
    signing = Meeting("kk", MeetingKind.SIGNING, TAY_HO, PartialDate(2020), signed=PROGRAM_2020)
    assert signing.title == "hội nghị ký kết Chương trình phối hợp năm 2020"
    assert signing.day_period.label == "năm 2020"  # a meeting known only to the year


def test_meeting_checks() -> None:
    base = Meeting(
        "m", MeetingKind.FINAL_REVIEW, TAY_HO, PartialDate(2021, 1, 21), reviewed=PROGRAM_2020
    )
    other_unit = AdminUnit("ha-noi/cau-giay", UnitKind.URBAN_DISTRICT, "Cầu Giấy", parent=HA_NOI)
    cg_council = Agency("cg/hdnd", AgencyKind.PEOPLES_COUNCIL, other_unit)
    police = Agency("th/ca", AgencyKind.POLICE, TAY_HO)
    cases: list[tuple[dict[str, Any], str]] = [
        ({"held_on": PartialDate(2019, 12)}, "held_on"),
        ({"period_reviewed": ReportingPeriod.half(2021, 1)}, "period_reviewed"),
        ({"hosts": (COUNCIL, COUNCIL)}, "hosts"),
        ({"hosts": (cg_council,)}, "hosts[0]"),
        ({"chairs": (Chair(ChairRole.CHAIR, cg_council),)}, "chairs[0]"),
        ({"reporter": police}, "reporter"),
        ({"on_behalf_of": (COUNCIL,)}, "on_behalf_of"),
        ({"reporter": STANDING, "on_behalf_of": (COUNCIL, police)}, "on_behalf_of[1]"),
        ({"activities": ("h-1", "h-1")}, "activities"),
        ({"activities": ("Bad Id",)}, "activities[0]"),
        ({"other_attendees": ("",)}, "other_attendees[0]"),
        ({"petitions": (PetitionStats(other_unit, PartialDate(2020)),)}, "petitions[0].unit"),
        (
            {"reviewed": CoordinationProgram("x", other_unit, 2020, bodies(other_unit))},
            "reviewed.unit",
        ),
        ({"kind": "final_review"}, "kind"),
        # Built in Python without a day (a data file gets its own DataError): the library's
        # error naming the field, not an AttributeError from a later check.
        ({"held_on": None}, "held_on"),
        ({"held_on": "2021-01-21"}, "held_on"),
        ({"unit": "ha-noi/tay-ho"}, "unit"),
    ]
    for changes, field in cases:
        with pytest.raises(ValidationError) as info:
            attrs.evolve(base, **changes)
        assert info.value.field == field, changes
    # On behalf of all three parties: "thay mặt 3 cơ quan".
    spoken = attrs.evolve(base, reporter=STANDING, on_behalf_of=(COUNCIL, COMMITTEE, FRONT))
    assert len(spoken.on_behalf_of) == 3
    signed = attrs.evolve(PROGRAM_2021, signed_on=PartialDate(2021, 2, 1))
    with pytest.raises(ValidationError) as info:
        Meeting(
            "m",
            MeetingKind.REVIEW_AND_SIGNING,
            TAY_HO,
            PartialDate(2021, 1, 21),
            reviewed=PROGRAM_2020,
            signed=signed,
        )
    assert info.value.field == "signed.signed_on"


def test_chairs_and_co_chairs() -> None:
    vice = Post(FRONT, Title.VICE_CHAIR)
    chairs = (
        Chair(ChairRole.CO_CHAIR, post=Post(COUNCIL, Title.CHAIR)),
        Chair(ChairRole.CO_CHAIR, post=vice),
        Chair(ChairRole.CHAIR, agency=STANDING),
    )
    assert [c.body for c in chairs] == [COUNCIL, FRONT, STANDING]
    assert [c.role.label for c in chairs] == ["đồng chủ trì", "đồng chủ trì", "chủ trì"]
    with pytest.raises(ValidationError) as info:
        Chair(ChairRole.CHAIR)
    assert info.value.field == "agency"


# -- hearings and oversight ---------------------------------------------------------------------


def test_hearing_checks() -> None:
    plan = DocumentRef("10/KH-HĐND", PartialDate(2024, 10, 21))
    hearing = Hearing(
        "gt",
        TAY_HO,
        "công tác quản lý đất đai",
        organiser=STANDING,
        lead=LEGAL,
        partners=(COMMITTEE,),
        plan=plan,
        held_on=PartialDate(2024, 11, 20),
    )
    assert hearing.period == ReportingPeriod.day(dt.date(2024, 11, 20))
    cases: list[tuple[dict[str, Any], str]] = [
        ({"organiser": FRONT}, "organiser"),
        ({"held_on": None}, "held_on"),
        ({"held_on": PartialDate(2024, 10, 1)}, "plan.issued_on"),
        ({"partners": (LEGAL,)}, "partners"),
        ({"partners": (COMMITTEE, COMMITTEE)}, "partners"),
        ({"answering": ("Phòng Tài chính", "Phòng Tài chính")}, "answering"),
        ({"answering": (" x",)}, "answering[0]"),
        ({"held_on": PartialDate(2025, 9)}, "held_on"),
    ]
    for changes, field in cases:
        with pytest.raises(ValidationError) as info:
            attrs.evolve(hearing, **changes)
        assert info.value.field == field, changes
    covered = attrs.evolve(hearing, held_on=None, covers=ReportingPeriod.year(2024))
    assert covered.period.label == "năm 2024"
    with pytest.raises(ValidationError) as info:
        attrs.evolve(covered, covers=ReportingPeriod.year(2026))
    assert info.value.field == "covers"


def test_oversight_checks() -> None:
    oversight = OversightActivity(
        "gs",
        TAY_HO,
        OversightKind.SUPERVISION,
        "tiếp công dân",
        lead=FRONT,
        partners=(LEGAL,),
        overseen=("UBND phường Bưởi",),
        held_on=PartialDate(2019, 6),
    )
    assert oversight.period.label == "tháng 6 năm 2019"
    outside = Agency("cg/mttq", AgencyKind.FATHERLAND_FRONT, WARD)
    for changes, field in [
        ({"overseen": ("a", "a")}, "overseen"),
        ({"lead": outside}, "lead"),
        ({"kind": "supervision"}, "kind"),
    ]:
        with pytest.raises(ValidationError) as info:
            attrs.evolve(oversight, **changes)
        assert info.value.field == field


def test_document_ref_label() -> None:
    assert (
        DocumentRef("10/KH-HĐND", PartialDate(2024, 10)).label
        == "Kế hoạch số 10/KH-HĐND tháng 10/2024"
    )
    assert DocumentRef("05/BC-UBND", PartialDate(2024)).label == "Báo cáo số 05/BC-UBND năm 2024"
    # The type of a joint regulation is read from its code (vi.DocumentSymbol).
    assert DocumentRef("01/QCPH/UBND-UBMTTQ").label == "Quy chế phối hợp số 01/QCPH/UBND-UBMTTQ"
    # An official letter (công văn) has no type code, and a text no symbol: no type is named.
    assert DocumentRef("45/UBND-VP").label == "số 45/UBND-VP"
    assert DocumentRef("không rõ số").label == "số không rõ số"


# -- petition reports ---------------------------------------------------------------------------

FIVE = OutcomeScale(
    "five",
    "năm mức",
    (
        OutcomeLevel("xong", "giải quyết xong", PetitionOutcome.RESOLVED),
        OutcomeLevel("dang", "đang triển khai", PetitionOutcome.IN_PROGRESS),
        OutcomeLevel("lo-trinh", "có văn bản chỉ đạo, có lộ trình", PetitionOutcome.IN_PROGRESS),
        OutcomeLevel("chua", "tiếp thu nhưng chưa có văn bản chỉ đạo", None),
    ),
)


def test_rates_follow_the_scale_mapping() -> None:
    report = PetitionReport(
        "kn",
        TAY_HO,
        ReportingPeriod.year(2019),
        noun=CountedNoun.Y_KIEN,
        scale=FIVE,
        total=10,
        outcomes=(
            OutcomeCount("xong", 4),
            OutcomeCount("dang", 3),
            OutcomeCount("lo-trinh", 1),
            OutcomeCount("chua", 2),
        ),
    )
    assert report.resolution_rate == Fraction(4, 10)
    assert report.rate(PetitionOutcome.IN_PROGRESS) == Fraction(4, 10)
    assert report.count(PetitionOutcome.IN_PROGRESS) == 4
    assert report.rate(PetitionOutcome.EXPLAINED) is None  # no level of the scale means it
    unknown = attrs.evolve(report, outcomes=(OutcomeCount("xong", 4), OutcomeCount("dang")))
    assert unknown.rate(PetitionOutcome.IN_PROGRESS) is None
    assert unknown.count(PetitionOutcome.IN_PROGRESS) is None


def test_impossible_counts_raise() -> None:
    base = PetitionReport("kn", TAY_HO, ReportingPeriod.year(2019), total=10)
    cases: list[tuple[dict[str, Any], str]] = [
        ({"new": 11}, "new"),
        ({"carried_over": 11}, "carried_over"),
        ({"outcomes": (OutcomeCount("resolved", 11),)}, "outcomes[0].count"),
        ({"outcomes": (OutcomeCount("nope", 1),)}, "outcomes[0].level"),
        ({"outcomes": (OutcomeCount("resolved", 1), OutcomeCount("resolved", 2))}, "outcomes"),
        ({"parts": (PetitionPart(BreakdownKind.FIELD, "đất đai", total=12),)}, "parts[0].total"),
        (
            {
                "parts": (
                    PetitionPart(BreakdownKind.FIELD, "đất đai", total=1),
                    PetitionPart(BreakdownKind.FIELD, "đất đai", total=2),
                )
            },
            "parts[1].key",
        ),
        (
            {
                "parts": (
                    PetitionPart(BreakdownKind.FIELD, "x", outcomes=(OutcomeCount("xong", 1),)),
                )
            },
            "parts[0].outcomes[0].level",
        ),
        ({"period": 2019}, "period"),
    ]
    for changes, field in cases:
        with pytest.raises(ValidationError) as info:
            attrs.evolve(base, **changes)
        assert info.value.field == field, changes
    with pytest.raises(ValidationError) as info:
        PetitionPart(BreakdownKind.COMPETENCE, "quận")
    assert info.value.field == "key"
    with pytest.raises(ValidationError):
        OutcomeScale("s", "x", ())
    with pytest.raises(ValidationError):
        OutcomeScale("s", "x", (OutcomeLevel("a", "A"), OutcomeLevel("a", "B")))
    with pytest.raises(ValidationError, match="not a level of the scale"):
        FIVE.level("resolved")


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"total": 69, "new": 49, "carried_over": 21}, "49 new and 21 carried over"),
        (
            {"total": 93, "outcomes": (OutcomeCount("resolved", 18, (PrintedFigure("19/93"),)),)},
            "'19/93' printed for 'resolved' states 19, not the count 18",
        ),
        (
            {"total": 93, "outcomes": (OutcomeCount("resolved", 18, (PrintedFigure("18/94"),)),)},
            "'18/94' printed for 'resolved' is of 94, not of the whole 93",
        ),
        (
            {"total": 93, "outcomes": (OutcomeCount("resolved", 18, (PrintedFigure("20%"),)),)},
            "'20%' printed for 'resolved' does not follow from 18/93",
        ),
        (
            {
                "total": 10,
                "outcomes": tuple(
                    OutcomeCount(code, 1)
                    for code in ("resolved", "in_progress", "explained", "unresolved")
                ),
            },
            "do not make the total 10",
        ),
        (
            {
                "total": 10,
                "parts": (
                    PetitionPart(BreakdownKind.COMPETENCE, "province", total=6),
                    PetitionPart(BreakdownKind.COMPETENCE, "central", total=6),
                ),
            },
            "the competence parts hold 12",
        ),
        (
            {"total": 10, "parts": (PetitionPart(BreakdownKind.FIELD, "x", 4, 1, 1),)},
            "field 'x': 1 new and 1 carried over",
        ),
    ],
)
def test_disagreements_warn_and_change_nothing(fields: dict[str, Any], message: str) -> None:
    with pytest.warns(FigureWarning, match=message):
        report = PetitionReport("kn", TAY_HO, ReportingPeriod.year(2019), **fields)
    for name, value in fields.items():
        assert getattr(report, name) == value


def test_agreeing_figures_do_not_warn() -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        report = PetitionReport(
            "kn",
            TAY_HO,
            ReportingPeriod.year(2019),
            total=93,
            outcomes=(
                # 18/93 = 19,35…% rounds half-up to 19,35%; a bare "19,4" is the rate without sign.
                OutcomeCount(
                    "resolved",
                    18,
                    (PrintedFigure("18/93"), PrintedFigure("19,35%"), PrintedFigure("19,4")),
                ),
            ),
        )
    assert report.findings() == ()


def test_record_set_ids_are_unique() -> None:
    hearing = Hearing("x", TAY_HO, "a", held_on=PartialDate(2020))
    with pytest.raises(ValidationError) as info:
        RecordSet((PROGRAM_2020, attrs.evolve(hearing, id="ct-2020")))
    assert info.value.field == "records[1].id"
    with pytest.raises(ValidationError) as info:
        RecordSet((PROGRAM_2020, TAY_HO))  # type: ignore[arg-type]
    assert info.value.field == "records[1]"
    records = RecordSet((PROGRAM_2020, hearing))
    assert len(records) == 2
    assert records.get("x") is hearing
    assert records.get("y") is None
    assert list(records) == [PROGRAM_2020, hearing]
