"""Real records built from their sources' figures (tests/records/real_records.py cites each)."""

import warnings
from fractions import Fraction

import pytest
from real_records import (
    DATA,
    FILES,
    bac_tu_liem_regulation,
    cam_le_interim,
    cau_giay_2020,
    dak_lak_regulation,
    nam_can_chairs,
    ninh_binh_2017_scale,
    soc_son_signing,
    thai_nguyen_2023,
)

from tayho_coord import ValidationError
from tayho_coord.datasets import tay_ho_history
from tayho_coord.io import dumps, load
from tayho_coord.model import (
    AdminUnit,
    Agency,
    AgencyKind,
    AgreementKind,
    BreakdownKind,
    Competence,
    CoordinationProgram,
    CountedNoun,
    Meeting,
    MeetingKind,
    OutcomeCount,
    PetitionOutcome,
    PetitionPart,
    PetitionReport,
    PrintedFigure,
    ReportingPeriod,
    UnitKind,
)


@pytest.mark.parametrize("name", sorted(FILES))
def test_the_data_files_are_the_builders_records(name: str) -> None:
    record = FILES[name]()
    path = DATA / f"{name}.json"
    assert path.read_text(encoding="utf-8") == dumps(record), "run tests/records/real_records.py"
    assert load(path) == record


def test_a_signing_only() -> None:
    _, meeting = soc_son_signing()
    assert isinstance(meeting, Meeting)
    assert meeting.kind is MeetingKind.SIGNING
    assert meeting.reviewed is None
    assert meeting.title == "hội nghị ký kết Chương trình phối hợp năm 2020"
    assert meeting.period == ReportingPeriod.year(2020)


def test_a_sơ_kết_and_a_tổng_kết_of_one_program_are_two_records() -> None:
    _, _, interim, final = cau_giay_2020()
    assert isinstance(interim, Meeting)
    assert isinstance(final, Meeting)
    assert interim.reviewed == final.reviewed
    assert interim.id != final.id
    # The words of the issue: "hội nghị sơ kết 6 tháng đầu năm 2020 thực hiện Chương trình
    # phối hợp…"; sơ kết is not tổng kết.
    assert interim.title.startswith("hội nghị sơ kết 6 tháng đầu năm 2020 thực hiện ")
    assert final.title.startswith("hội nghị tổng kết thực hiện Chương trình phối hợp năm 2020")
    assert final.title.endswith("và ký kết Chương trình phối hợp năm 2021")
    assert interim.period.label == "6 tháng đầu năm 2020"


def test_term_and_stage_regulations() -> None:
    regulation, signing = bac_tu_liem_regulation()
    assert regulation.kind is AgreementKind.REGULATION
    assert regulation.title == "Quy chế phối hợp nhiệm kỳ 2021-2026"
    assert signing.title == "hội nghị ký kết Quy chế phối hợp nhiệm kỳ 2021-2026"
    with pytest.raises(ValidationError):
        _ = regulation.year  # a term is not one year
    (dak_lak,) = dak_lak_regulation()
    assert dak_lak.title == "Quy chế phối hợp giai đoạn 2017-2021"
    assert [p.kind.value for p in dak_lak.parties] == ["peoples_committee", "fatherland_front"]
    assert dak_lak.symbol == "01/QCPH/UBND-UBMTTQ"


def test_a_two_party_review_co_chaired() -> None:
    program, meeting = cam_le_interim()
    assert len(program.parties) == 2  # Đà Nẵng's districts had no council (2021-2025)
    assert isinstance(meeting, Meeting)
    assert [c.role.label for c in meeting.chairs] == ["đồng chủ trì", "đồng chủ trì"]
    assert [c.post.common_label for c in meeting.chairs if c.post] == [
        "Chủ tịch UBND quận",
        "Chủ tịch Ủy ban MTTQ Việt Nam quận",
    ]
    # A review of the 2021 program held in May 2022, as the source says.
    assert meeting.held_on.iso() == "2022-05-23"
    assert meeting.period == ReportingPeriod.year(2021)


def test_co_chairs_include_a_vice_chair() -> None:
    chairs = nam_can_chairs()
    assert [c.post.common_label for c in chairs if c.post] == [
        "Chủ tịch HĐND huyện",
        "Chủ tịch UBND huyện",
        "Phó Chủ tịch Ủy ban MTTQ Việt Nam huyện",
    ]


def test_competence_parts_add_up() -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # 18 + 93 + 21 = 132: no finding
        report = thai_nguyen_2023()
    assert report.findings() == ()
    assert report.noun is CountedNoun.Y_KIEN
    part = report.part(BreakdownKind.COMPETENCE, "district")
    assert part is not None
    assert part.competence is Competence.DISTRICT
    assert part.total == 21


# The figures without a period of their own (Nam Định, Thái Nguyên's 18/93): a report
# needs a period, which these sources do not give, so they are checked for every year of a
# range, none of which is claimed to be theirs.
@pytest.mark.parametrize("year", [2018, 2021, 2024])
def test_nam_dinh_new_and_carried_over(year: int) -> None:
    unit = AdminUnit("nam-dinh", UnitKind.PROVINCE, "Nam Định")
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        report = PetitionReport(
            "nam-dinh/kn",
            unit,
            ReportingPeriod.year(year),
            noun=CountedNoun.NOI_DUNG,
            total=69,
            new=49,
            carried_over=20,
            outcomes=(
                OutcomeCount("resolved", 69, (PrintedFigure("69/69"), PrintedFigure("100%"))),
            ),
        )
    assert report.resolution_rate == 1
    assert report.findings() == ()


@pytest.mark.parametrize("year", [2018, 2021, 2024])
def test_thai_nguyen_fractions_of_the_province_part(year: int) -> None:
    unit = AdminUnit("thai-nguyen", UnitKind.PROVINCE, "Thái Nguyên")
    province = PetitionPart(
        BreakdownKind.COMPETENCE,
        "province",
        total=93,
        outcomes=(
            OutcomeCount("resolved", 18, (PrintedFigure("18/93"),)),
            OutcomeCount("explained", 37, (PrintedFigure("37/93"),)),
            OutcomeCount("in_progress", 38, (PrintedFigure("38/93"),)),
        ),
    )
    parts = (
        PetitionPart(BreakdownKind.COMPETENCE, "central", total=13),
        province,
        PetitionPart(BreakdownKind.COMPETENCE, "district", total=19),
    )
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        report = PetitionReport(
            "thai-nguyen/kn", unit, ReportingPeriod.year(year), total=125, parts=parts
        )
    assert report.part_rate(province) == Fraction(18, 93)
    assert report.part_rate(province, PetitionOutcome.EXPLAINED) == Fraction(37, 93)
    # A fraction printed for the wrong count is a finding, never corrected.
    wrong = PetitionPart(
        BreakdownKind.COMPETENCE,
        "province",
        total=93,
        outcomes=(OutcomeCount("resolved", 18, (PrintedFigure("19/93"),)),),
    )
    with pytest.warns(UserWarning, match="'19/93' printed for 'resolved' whose count is 18"):
        PetitionReport("thai-nguyen/kn", unit, ReportingPeriod.year(year), parts=(wrong,))


def test_ninh_binh_five_levels_count_only_the_first_as_resolved() -> None:
    scale = ninh_binh_2017_scale()
    assert [level.label for level in scale.levels] == [
        "giải quyết xong",
        "đang triển khai",
        "có văn bản chỉ đạo, có lộ trình",
        "có văn bản chỉ đạo nhưng chưa có lộ trình",
        "tiếp thu nhưng chưa có văn bản chỉ đạo",
    ]
    assert scale.codes_for(PetitionOutcome.RESOLVED) == ("giai-quyet-xong",)
    assert scale.codes_for(PetitionOutcome.IN_PROGRESS) == ("dang-trien-khai", "co-lo-trinh")


def test_a_2026_program_of_quan_tay_ho_is_refused_and_phuong_tay_ho_is_not() -> None:
    # The bundled history (sources in tests/time/data/tay-ho-facts.md): quận Tây Hồ ended on
    # 30/06/2025; phường Tây Hồ began on 01/07/2025.
    history = tay_ho_history()
    district, ward = history.unit("ha-noi/tay-ho"), history.unit("ha-noi/phuong-tay-ho")

    def bodies(unit: AdminUnit) -> tuple[Agency, ...]:
        return tuple(
            Agency(f"{unit.id}/{k.value}", k, unit)
            for k in (
                AgencyKind.PEOPLES_COUNCIL,
                AgencyKind.PEOPLES_COMMITTEE,
                AgencyKind.FATHERLAND_FRONT,
            )
        )

    with pytest.raises(ValidationError, match="did not exist then"):
        CoordinationProgram("p", district, 2026, bodies(district))
    assert CoordinationProgram("p", ward, 2026, bodies(ward)).year == 2026
