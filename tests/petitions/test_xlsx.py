"""Writing the tables offices exchange to .xlsx (issue 15), read back through a reader."""

from __future__ import annotations

import re
import zipfile
from fractions import Fraction
from typing import TYPE_CHECKING

import pytest

from tayho_coord.datasets import tay_ho_2019
from tayho_coord.errors import ValidationError
from tayho_coord.metrics import petition_rates, yearly
from tayho_coord.model._petitions import Competence, Petition, PetitionOutcome
from tayho_coord.model._time import PartialDate
from tayho_coord.report import write_xlsx

if TYPE_CHECKING:
    from pathlib import Path

calamine = pytest.importorskip("python_calamine")
pytest.importorskip("xlsxwriter")


def read_back(path: Path) -> list[list[object]]:
    book = calamine.CalamineWorkbook.from_path(str(path))
    return book.get_sheet_by_index(0).to_python()


def sheet_xml(path: Path) -> str:
    with zipfile.ZipFile(path) as archive:
        return archive.read("xl/worksheets/sheet1.xml").decode("utf-8")


def styles_xml(path: Path) -> str:
    with zipfile.ZipFile(path) as archive:
        return archive.read("xl/styles.xml").decode("utf-8")


def petitions() -> list[Petition]:
    y2023, y2024 = PartialDate(2023), PartialDate(2024)
    resolved, explained = PetitionOutcome.RESOLVED, PetitionOutcome.EXPLAINED
    return [
        Petition("1", received=y2023, competence=Competence.PROVINCE, outcome=resolved),
        Petition("2", received=y2023, competence=Competence.PROVINCE, outcome=explained),
        Petition("3", received=y2023, competence=Competence.PROVINCE),
        Petition("4", received=y2024, competence=Competence.COMMUNE, outcome=resolved),
    ]


def test_petition_rates_round_trip_with_vietnamese_headers(tmp_path: Path) -> None:
    rows = petition_rates(petitions())
    path = write_xlsx(tmp_path / "ket-qua.xlsx", rows)
    back = read_back(path)
    assert back[0] == [
        "Năm",
        "Thẩm quyền giải quyết",
        "Số kiến nghị",
        "Đã giải quyết",
        "Đã trả lời",
        "Tỷ lệ giải quyết",
    ]
    # Competence by its Vietnamese label (model: Competence.label), counts as numbers, the
    # rate as the number resolved / received.
    assert back[1] == [2023.0, "thẩm quyền cấp tỉnh", 3.0, 1.0, 2.0, pytest.approx(1 / 3)]
    assert back[2] == [2024.0, "thẩm quyền cấp xã", 1.0, 1.0, 1.0, 1.0]


def test_formats_frozen_header_and_widths(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "ket-qua.xlsx", petition_rates(petitions()))
    styles, sheet = styles_xml(path), sheet_xml(path)
    # The number formats: a percentage with two decimals, counts grouped, years plain. Excel
    # shows "0.00%" with the reader's decimal separator (a comma in Vietnamese: CLDR vi).
    codes = set(re.findall(r'formatCode="([^"]+)"', styles))
    assert {"0.00%", "#,##0"} <= codes
    assert '<xf numFmtId="1"' in styles  # "0", Excel's built-in format 1 (the year)
    assert 'name val="Times New Roman"' in styles
    # The header row frozen: a pane split below row 1.
    assert re.search(
        r'<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>', sheet
    )
    widths = [float(w) for w in re.findall(r'<col min="\d+" max="\d+" width="([\d.]+)"', sheet)]
    assert len(widths) == 6
    # "Thẩm quyền giải quyết" holds "thẩm quyền cấp tỉnh" (19 characters): the column fits it.
    assert widths[1] >= len("thẩm quyền cấp tỉnh")


def test_the_rate_shows_as_a_vietnamese_percentage(tmp_path: Path) -> None:
    # 2841/5000 (Tây Hồ 2019's printed 56,82%): stored as 0.5682, shown with "0.00%" as
    # value x 100, two decimals, the locale's decimal comma: "56,82%".
    rows = [
        {
            "year": 2019,
            "received": 5000,
            "resolved": 2841,
            "answered": 5000,
            "resolution_rate": Fraction(2841, 5000),
        }
    ]
    back = read_back(write_xlsx(tmp_path / "r.xlsx", rows))
    value = back[1][4]
    assert isinstance(value, float)
    assert f"{value * 100:.2f}".replace(".", ",") + "%" == "56,82%"


def test_a_frame_gets_its_rate_column(tmp_path: Path) -> None:
    pl = pytest.importorskip("polars")
    frame = pl.DataFrame(
        {
            "year": [2024],
            "competence": ["commune"],
            "received": [4],
            "resolved": [3],
            "answered": [4],
        }
    )
    back = read_back(write_xlsx(tmp_path / "f.xlsx", petition_rates_frame := frame.lazy()))
    assert petition_rates_frame is not None
    assert back[0][-1] == "Tỷ lệ giải quyết"
    assert back[1][-1] == 0.75


def test_yearly_metrics_round_trip(tmp_path: Path) -> None:
    table = yearly(tay_ho_2019())
    back = read_back(write_xlsx(tmp_path / "y.xlsx", table, sheet="Năm 2019"))
    headers = back[0]
    # Each header is the table's Vietnamese heading, capitalised as a column title.
    expected = [c.vi[:1].upper() + c.vi[1:] for c in table._spec()]
    assert headers == expected
    row = dict(zip(headers, back[1], strict=True))
    assert row["Năm"] == 2019.0
    assert row["Đơn vị"] == "quận Tây Hồ"
    assert row["Tỷ lệ giải quyết (công bố, nguyên văn)"] == "56,82%"
    assert row["Tỷ lệ giải quyết"] == pytest.approx(0.5682)
    assert row["Dữ liệu minh họa"] == "không"


def test_bad_arguments(tmp_path: Path) -> None:
    with pytest.raises(ValidationError, match="sheet"):
        write_xlsx(tmp_path / "x.xlsx", [], sheet="a/b")
    with pytest.raises(ValidationError, match="expected a RecordTable"):
        write_xlsx(tmp_path / "x.xlsx", 42)
