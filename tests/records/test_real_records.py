"""Real records built from their sources' figures (tests/records/real_records.py cites each)."""

import re
import warnings

import pytest
from real_records import (
    DATA,
    FILES,
    WARNS,
    bac_tu_liem_regulation,
    cam_le_interim,
    cau_giay_2020,
    dak_lak_regulation,
    nam_can_chairs,
    ninh_binh_2017_scale,
    soc_son_signing,
    thai_nguyen_2023,
)

from tayho_coord import FigureWarning, ValidationError
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
    PetitionOutcome,
    ReportingPeriod,
)


@pytest.mark.parametrize("name", sorted(FILES))
def test_the_data_files_are_the_builders_records(name: str) -> None:
    with warnings.catch_warnings(record=True) as built:
        warnings.simplefilter("always")
        record = FILES[name]()
    path = DATA / f"{name}.json"
    assert path.read_text(encoding="utf-8") == dumps(record), "run tests/records/real_records.py"
    if name in WARNS:
        # A printed figure its counts do not give is warned of, at build and at load.
        assert built
        assert all(re.search(WARNS[name], str(w.message)) for w in built)
        with pytest.warns(FigureWarning, match=WARNS[name]):
            assert load(path) == record
    else:
        assert built == []
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
