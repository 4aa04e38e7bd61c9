"""A meeting's report brings in the records it refers to (issue 11: "a program review may
refer to it").

The rule, on made-up records of a made-up district (no real unit's data is invented): a
meeting reported together with the hearings, oversight and petition reports it names in
:attr:`Meeting.activities` states them in its body as reports word them — the seed's
"Phối hợp tổ chức 03 phiên giải trình" counts hearings zero-padded (vi.format_count, issue
13), a hearing of the Thường trực HĐND is organised by it ("tổ chức", issue 11's "Done
when"), a survey is counted as a survey — and a name the records given do not hold is an
error naming it and the meeting, never dropped.
"""

from __future__ import annotations

import warnings
from typing import TYPE_CHECKING, Any

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tayho_coord.cli import main
from tayho_coord.errors import ValidationError
from tayho_coord.io import dump
from tayho_coord.model import (
    AdminUnit,
    Agency,
    AgencyKind,
    Citation,
    CoordinationProgram,
    Hearing,
    Meeting,
    MeetingKind,
    OutcomeCount,
    OversightActivity,
    OversightKind,
    PartialDate,
    PetitionReport,
    RecordSet,
    ReportingPeriod,
    Source,
    UnitKind,
)
from tayho_coord.report import render

if TYPE_CHECKING:
    from pathlib import Path

    from tayho_coord.model import Record

CITY = AdminUnit("tinh-a", UnitKind.PROVINCE, "A")
UNIT = AdminUnit("tinh-a/x", UnitKind.RURAL_DISTRICT, "X", parent=CITY)
COUNCIL = Agency("x/hdnd", AgencyKind.PEOPLES_COUNCIL, UNIT)
COMMITTEE = Agency("x/ubnd", AgencyKind.PEOPLES_COMMITTEE, UNIT)
FRONT = Agency("x/mttq", AgencyKind.FATHERLAND_FRONT, UNIT)
STANDING = Agency("x/hdnd/tt", AgencyKind.COUNCIL_STANDING_COMMITTEE, UNIT, COUNCIL)
LEGAL = Agency("x/hdnd/bpc", AgencyKind.COUNCIL_LEGAL_COMMITTEE, UNIT, COUNCIL)
SOURCE = Source("made-up", "Hồ sơ dựng cho phép thử (không phải nguồn thật)")
PROGRAM = CoordinationProgram("x/ctph-2024", UNIT, 2024, (COUNCIL, COMMITTEE, FRONT))


def _activities() -> list[Record]:
    cite = (Citation(SOURCE, "phép thử"),)
    return [
        Hearing(
            "x/gt-1",
            UNIT,
            "công tác quản lý đất đai",
            organiser=STANDING,
            lead=LEGAL,
            held_on=PartialDate(2024, 11, 20),
            sources=cite,
        ),
        Hearing(
            "x/gt-2",
            UNIT,
            "công tác giải phóng mặt bằng",
            organiser=STANDING,
            held_on=PartialDate(2024, 12, 5),
        ),
        Hearing(
            "x/gt-3",
            UNIT,
            "việc giải quyết kiến nghị của cử tri",
            organiser=STANDING,
            scheduled=ReportingPeriod.month(2025, 2),
        ),
        OversightActivity(
            "x/ks-1",
            UNIT,
            OversightKind.SURVEY,
            "việc xây dựng trường học đạt chuẩn quốc gia",
            lead=LEGAL,
            held_on=PartialDate(2024, 6),
        ),
        OversightActivity(
            "x/gs-1",
            UNIT,
            OversightKind.SUPERVISION,
            "công tác tiếp công dân",
            lead=LEGAL,
            covers=ReportingPeriod.half(2024, 1),
            thematic=True,
        ),
        PetitionReport(
            "x/kn-2024",
            UNIT,
            ReportingPeriod.year(2024),
            total=40,
            outcomes=(OutcomeCount("resolved", 30), OutcomeCount("in_progress", 10)),
        ),
    ]


def _meeting(**changes: Any) -> Meeting:
    values: dict[str, Any] = {
        "reviewed": PROGRAM,
        "activities": tuple(a.id for a in _activities()),
    }
    values.update(changes)
    return Meeting(
        "x/tong-ket-2024", MeetingKind.FINAL_REVIEW, UNIT, PartialDate(2025, 1, 15), **values
    )


def _lines(text: str) -> list[str]:
    return [line for line in text.splitlines() if line]


def test_the_meeting_states_the_records_it_refers_to() -> None:
    meeting = _meeting()
    text = render(meeting, "text", records=RecordSet((meeting, PROGRAM, *_activities())))
    body, appendix = text.split("PHỤ LỤC")
    lines = _lines(body)
    start = lines.index("I. KẾT QUẢ ĐẠT ĐƯỢC")
    assert lines[start + 1 : start + 11] == [
        # Held hearings, by their organiser, counted zero-padded; the lead that is not the
        # organiser named beside its hearing.
        "Thường trực HĐND huyện tổ chức 02 phiên giải trình:",
        "- Công tác quản lý đất đai (ngày 20/11/2024, Ban Pháp chế HĐND huyện chủ trì);",
        "- Công tác giải phóng mặt bằng (ngày 5/12/2024).",
        # A hearing known only from its plan is said as planned, apart.
        "Thường trực HĐND huyện ban hành kế hoạch tổ chức 01 phiên giải trình:",
        "- Việc giải quyết kiến nghị của cử tri (dự kiến tháng 2 năm 2025).",
        # A survey is not a supervision: each counted under its own word; "chuyên đề" only
        # for the supervision whose record says it is thematic (``thematic=True``).
        "Ban Pháp chế HĐND huyện chủ trì thực hiện 01 nội dung khảo sát:",
        "- Việc xây dựng trường học đạt chuẩn quốc gia (tháng 6/2024).",
        "Ban Pháp chế HĐND huyện chủ trì thực hiện 01 nội dung giám sát chuyên đề:",
        "- Công tác tiếp công dân (6 tháng đầu năm 2024).",
        # 30 of 40 on the library's default scale (no scale of the source's own): the count
        # in neutral words ("đã giải quyết", never "giải quyết xong"); no rate is printed,
        # so none is said here (a computed rate goes to the appendix).
        "Kết quả giải quyết kiến nghị của cử tri năm 2024: tổng hợp 40 kiến nghị, đã giải "
        "quyết 30 kiến nghị.",
    ]
    # The Thường trực HĐND organises its hearings: never "phối hợp tổ chức".
    assert "phối hợp tổ chức" not in body
    # The sources of the records referred to join the meeting's appendix.
    assert "Hồ sơ dựng cho phép thử (không phải nguồn thật)" in appendix
    assert "HỒ SƠ HOẠT ĐỘNG DẪN CHIẾU" not in appendix


@pytest.mark.parametrize("fmt", ["md", "html"])
def test_every_format_renders_the_same_statement(fmt: str) -> None:
    meeting = _meeting()
    text = render(meeting, fmt, records=[meeting, PROGRAM, *_activities()])
    assert "Thường trực HĐND huyện tổ chức 02 phiên giải trình:" in text
    assert "nội dung khảo sát:" in text


def test_the_statement_in_word() -> None:
    docx = pytest.importorskip("docx")
    import io

    meeting = _meeting()
    data = render(meeting, "docx", records=[meeting, *_activities()])
    paragraphs = [p.text for p in docx.Document(io.BytesIO(data)).paragraphs]
    assert "Thường trực HĐND huyện tổ chức 02 phiên giải trình:" in paragraphs


def test_a_name_not_among_the_records_is_an_error_naming_it_and_the_meeting() -> None:
    meeting = _meeting()
    given = [r for r in _activities() if r.id != "x/gs-1"]
    with pytest.raises(ValidationError) as info:
        render(meeting, "text", records=given)
    assert info.value.field == "activities[4]"
    assert info.value.value == "x/gs-1"
    assert "meeting x/tong-ket-2024" in info.value.reason
    # A record of the set that is no activity, or an activity of another unit.
    with pytest.raises(ValidationError, match="it is a coordination agreement"):
        render(_meeting(activities=("x/ctph-2024",)), "text", records=[PROGRAM])
    other = AdminUnit("tinh-a/y", UnitKind.RURAL_DISTRICT, "Y", parent=CITY)
    elsewhere = attrs.evolve(_activities()[1], unit=other, organiser=None)
    with pytest.raises(ValidationError, match="is a record of tinh-a/y, not of tinh-a/x"):
        render(_meeting(activities=("x/gt-2",)), "text", records=[elsewhere])
    # Two records of one id cannot be told apart.
    with pytest.raises(ValidationError, match="is also the id of"):
        render(meeting, "text", records=[*_activities(), _activities()[0]])


def test_without_the_records_the_names_go_to_the_appendix() -> None:
    text = render(_meeting(), "text")
    body, appendix = text.split("PHỤ LỤC")
    assert "phiên giải trình" not in body
    lines = _lines(appendix)
    start = lines.index("I. HỒ SƠ HOẠT ĐỘNG DẪN CHIẾU")
    assert lines[start + 1] == (
        "Hội nghị dẫn chiếu các hồ sơ sau, không kèm theo báo cáo này (mã hồ sơ): x/gt-1, "
        "x/gt-2, x/gt-3, x/ks-1, x/gs-1, x/kn-2024."
    )


@settings(max_examples=40, deadline=None)
@given(
    st.one_of(
        st.integers(),
        st.text(max_size=5),
        st.binary(max_size=5),
        st.lists(st.one_of(st.none(), st.integers(), st.text(max_size=3)), max_size=3),
        st.dictionaries(st.text(max_size=2), st.integers(), max_size=2),
    )
)
def test_odd_records_get_the_librarys_error(value: object) -> None:
    meeting = _meeting()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            render(meeting, "text", records=value)  # type: ignore[arg-type]
        except ValidationError as exc:
            str(exc)


# -- the command line --------------------------------------------------------------------------


def _run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    try:
        status = main(argv)
    except SystemExit as exc:
        status = int(exc.code or 0)
    out, err = capsys.readouterr()
    return status, out, err


def test_files_given_together_are_reported_together(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "records"
    folder.mkdir()
    meeting = _meeting()
    dump(RecordSet((PROGRAM, meeting)), folder / "meeting.json")
    for record in _activities():
        dump(record, folder / f"{record.id.replace('/', '_')}.json")
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    status, _, err = _run(["report", str(folder), "--format", "text", "-o", str(out_dir)], capsys)
    assert (status, err) == (0, "")
    text = (out_dir / "x_tong-ket-2024.txt").read_text(encoding="utf-8")
    assert "Thường trực HĐND huyện tổ chức 02 phiên giải trình:" in text
    # The planned hearing's own document is its plan.
    assert "KẾ HOẠCH" in (out_dir / "x_gt-3.txt").read_text(encoding="utf-8")
    # Without one of the files the meeting names: an error naming it and the meeting.
    (folder / "x_gs-1.json").unlink()
    status, _, err = _run(["report", str(folder), "--format", "text", "-o", str(out_dir)], capsys)
    assert status == 1
    assert "x/tong-ket-2024: activities[4] 'x/gs-1': meeting x/tong-ket-2024 refers to it" in err
    assert "give the file that holds it too" in err


# -- who carried out each oversight, as the statement words it -------------------------------


def test_the_actor_of_each_oversight() -> None:
    office = Agency("x/vp", AgencyKind.COUNCIL_COMMITTEE_OFFICE, UNIT)

    def oversight(ident: str, **values: Any) -> OversightActivity:
        return OversightActivity(
            ident,
            UNIT,
            OversightKind.INSPECTION,
            f"nội dung {ident}",
            held_on=PartialDate(2024, 9),
            **values,
        )

    records: list[Record] = [
        oversight("a", lead=FRONT, partners=(office,), other_partners=("các đoàn thể",)),
        oversight("b", organiser=STANDING),
        oversight("c", organiser=STANDING, partners=(office,)),
        oversight("d"),
    ]
    meeting = _meeting(activities=tuple(r.id for r in records))
    lines = _lines(render(meeting, "text", records=records, appendix=False))
    # The seed's wording: "… chủ trì, phối hợp với … thực hiện", "… phối hợp thực hiện".
    assert (
        "Ủy ban MTTQ Việt Nam huyện chủ trì, phối hợp với Văn phòng HĐND và UBND huyện và các "
        "đoàn thể thực hiện 01 nội dung kiểm tra:" in lines
    )
    assert "Thường trực HĐND huyện thực hiện 01 nội dung kiểm tra:" in lines
    assert (
        "Thường trực HĐND huyện và Văn phòng HĐND và UBND huyện phối hợp thực hiện 01 nội dung "
        "kiểm tra:" in lines
    )
    assert "Thực hiện 01 nội dung kiểm tra:" in lines


def test_figures_that_do_not_add_up_go_to_the_appendix() -> None:
    from tayho_coord.model import FigurePart, PrintedFigure, StatedFigure

    counts = StatedFigure(
        "hồ sơ",
        PrintedFigure("132"),
        (FigurePart("đã giải quyết", PrintedFigure("100")), FigurePart("còn", PrintedFigure("30"))),
    )
    with pytest.warns(UserWarning, match="add up to 130, 2 less than the 132 printed"):
        hearing = Hearing(
            "x/gt-9",
            UNIT,
            "công tác cấp giấy chứng nhận",
            organiser=STANDING,
            held_on=PartialDate(2024, 10, 2),
            figures=(counts,),
        )
    appendix = render(hearing, "text").split("PHỤ LỤC")[1]
    # said in the document's Vietnamese under the figures (review 4, F10), never in English:
    # 100 + 30 = 130, 2 less than the 132 printed
    assert (
        "Đối chiếu: hồ sơ: các phần cộng lại được 130, ít hơn số liệu công bố 132 là 2." in appendix
    )
    assert "The parts" not in appendix
    assert "KẾT QUẢ KIỂM TRA SỐ LIỆU" not in appendix


def test_a_plan_names_its_period_and_its_partners() -> None:
    office = Agency("x/vp", AgencyKind.COUNCIL_COMMITTEE_OFFICE, UNIT)
    planned = OversightActivity(
        "x/gs-9",
        UNIT,
        OversightKind.SUPERVISION,
        "công tác tiếp công dân",
        organiser=STANDING,
        partners=(office,),
        covers=ReportingPeriod.year(2024),
        scheduled=ReportingPeriod.quarter(2025, 1),
    )
    assert planned.planned_only
    lines = _lines(render(planned, "text", appendix=False))
    assert "Thời kỳ xem xét: năm 2024." in lines
    assert "Dự kiến thực hiện trong quý I năm 2025." in lines
    # ND30, Phụ lục I, mục II, khoản 6: UBND in full at its first use, HĐND already named.
    assert "Văn phòng HĐND và Ủy ban nhân dân (UBND) huyện X phối hợp tổ chức thực hiện." in lines


@pytest.mark.parametrize(
    ("record", "document"),
    [
        ("review", "plan"),
        ("petitions", "plan"),
        ("hearing", "invitation"),
    ],
)
def test_documents_a_record_has_not(record: str, document: str) -> None:
    from tayho_coord.datasets import tay_ho_2019

    given = {
        "review": tay_ho_2019(),
        "petitions": _activities()[-1],
        "hearing": _activities()[0],
    }[record]
    with pytest.raises(ValidationError) as info:
        render(given, "text", document=document)  # type: ignore[arg-type]
    assert info.value.field == "document"
