"""A document in Vietnamese says nothing in English, and its appendix's headings are siblings.

Review 4, F10: an oversight's appendix printed the audit's English message ("'71,28%' is
144/202 truncated to 2 decimals") under "II. KẾT QUẢ KIỂM TRA SỐ LIỆU", and "### III.
NGUỒN" sat below its siblings "## I." and "## II.". ND30 (Phụ lục I, Phần I, mục III,
khoản 1) gives the appendix its own heading and title; its sections are one level.
"""

from __future__ import annotations

import re
import warnings
from pathlib import Path

import pytest

from tayho_coord import load
from tayho_coord.errors import FigureWarning
from tayho_coord.model import (
    AdminUnit,
    Agency,
    AgencyKind,
    FigurePart,
    OversightActivity,
    OversightKind,
    PartialDate,
    PrintedFigure,
    RecordSet,
    StatedFigure,
    UnitKind,
)
from tayho_coord.report import render

DATA = Path(__file__).resolve().parent.parent / "data" / "records"
# Words of the model's English messages; none is Vietnamese.
ENGLISH = re.compile(r"\b(the|printed|truncated|rounded|follow|parts|add up|than|of a total)\b")


def _bd_oversight() -> OversightActivity:
    # Bình Dương, "Chiều 23-11" 2023: "144/202 … đạt tỷ lệ 71,28%" (https://baomoi.zadn.vn/
    # thuong-truc-hdnd-tinh-giam-sat-ket-qua-giai-quyet-kien-nghi-cua-cu-tri-c47616637.epi);
    # 144/202 = 71,287…%: cut short, rounded half-up 71,29%.
    bd = AdminUnit("binh-duong", UnitKind.PROVINCE, "Bình Dương")
    council = Agency("bd/hdnd", AgencyKind.PEOPLES_COUNCIL, bd)
    standing = Agency("bd/tt", AgencyKind.COUNCIL_STANDING_COMMITTEE, bd, council)
    from tayho_coord.model import Citation, Source

    source = Source("bm", "Thường trực HĐND tỉnh giám sát", url="https://baomoi.zadn.vn/x.epi")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", FigureWarning)
        return OversightActivity(
            "bd/gs-kn",
            bd,
            OversightKind.SUPERVISION,
            "kết quả giải quyết kiến nghị của cử tri gửi đến kỳ họp thứ 11",
            lead=standing,
            held_on=PartialDate(2023, 11, 23),
            figures=(
                StatedFigure(
                    "tỷ lệ giải quyết xong", PrintedFigure("71,28%"), count=144, whole=202
                ),
                # within the rounding of the figures as printed: 10,2 + 5,1 = 15,3 of 15,4
                StatedFigure(
                    "diện tích (ha)",
                    PrintedFigure("15,4"),
                    (
                        FigurePart("đã thu hồi", PrintedFigure("10,2")),
                        FigurePart("còn lại", PrintedFigure("5,1")),
                    ),
                ),
            ),
            sources=(Citation(source, "Chiều 23-11"),),
        )


def test_the_audit_is_said_in_vietnamese() -> None:
    text = render(_bd_oversight(), "text")
    appendix = text.split("PHỤ LỤC", 1)[1]
    assert not ENGLISH.findall(appendix), ENGLISH.findall(appendix)
    assert (
        "Đối chiếu: tỷ lệ giải quyết xong: tỷ lệ theo số liệu công bố (71,28%) là tỷ lệ 144/202 "
        "bị cắt bớt chữ số, không làm tròn; làm tròn theo Luật Kế toán là 71,29%."
    ) in appendix
    assert (
        "Đối chiếu: diện tích (ha): các phần cộng lại được 15,3, ít hơn số liệu công bố 15,4 là "
        "0,1 (trong phạm vi làm tròn của số liệu công bố)."
    ) in appendix


def test_the_appendix_s_sections_are_one_level() -> None:
    md = render(_bd_oversight(), "md")
    appendix = md.split("## PHỤ LỤC", 1)[1]
    headings = re.findall(r"^(#+) ([IVX]+)\. ", appendix, flags=re.MULTILINE)
    assert [numeral for _, numeral in headings] == ["I", "II"]
    assert {marks for marks, _ in headings} == {"###"}  # one below "## PHỤ LỤC"
    html = render(_bd_oversight(), "html").split('class="appendix"', 1)[1]
    assert re.findall(r"<h(\d)>[IVX]+\. ", html) == ["3", "3"]


@pytest.mark.parametrize("path", sorted(DATA.glob("*.json")), ids=lambda p: p.stem)
def test_no_real_record_s_document_speaks_english(path: Path) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        loaded = load(path)
        records = list(loaded) if isinstance(loaded, RecordSet) else [loaded]
        texts = [render(record, "text") for record in records]  # type: ignore[arg-type]
    for text in texts:
        # the sources' titles are the data's, as their sources give them (a test record
        # may cite an issue of the project); the library's own words end there
        words = ENGLISH.findall(text.rsplit(". NGUỒN\n", 1)[0])
        assert not words, (path.name, words)


def test_the_day_opens_the_sentence_and_a_result_is_overseen_without_ve() -> None:
    import attrs

    from tayho_coord.model import DayPart

    oversight = attrs.evolve(_bd_oversight(), figures=())
    lines = [line.strip() for line in render(oversight, "text").splitlines()]
    # review 4, F10: "… HĐND tỉnh khóa X ngày 23/11/2023" and "giám sát về kết quả …"
    assert "Kết quả giám sát kết quả giải quyết kiến nghị của cử tri gửi đến kỳ họp thứ 11" in lines
    assert any(
        line.startswith("Ngày 23/11/2023, Thường trực Hội đồng nhân dân (HĐND) tỉnh Bình Dương")
        and line.endswith(
            "tổ chức giám sát kết quả giải quyết kiến nghị của cử tri gửi đến kỳ họp thứ 11."
        )
        for line in lines
    )
    # "Chiều 23-11" (the source): the part of the day with it
    afternoon = attrs.evolve(oversight, part_of_day=DayPart.AFTERNOON)
    text = render(afternoon, "text")
    assert "\nChiều ngày 23/11/2023, Thường trực" in text
