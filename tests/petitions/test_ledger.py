"""Reading petition ledgers as offices keep them (issue 15): every format, every refusal named."""

from __future__ import annotations

import datetime as dt
import json
from typing import TYPE_CHECKING, Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from ledger_files import (
    EXPECTED,
    FIRST_ROW,
    HEADER,
    PETITIONS,
    sheet_rows,
    write_csv,
    write_ods,
    write_xlsx,
)

from tayho_coord.errors import DataError, ValidationError
from tayho_coord.io import LedgerMapping, read_ledger, scan_ledger, wording_key
from tayho_coord.metrics import petition_rates
from tayho_coord.vi import normalize

if TYPE_CHECKING:
    from pathlib import Path

pl = pytest.importorskip("polars")
pytest.importorskip("python_calamine")
pytest.importorskip("xlsxwriter")


def summary(frame: Any) -> list[tuple[Any, ...]]:
    return frame.select("id", "competence", "outcome", "received").rows()


def test_xlsx_ledger_with_title_numbering_and_clerk_variants(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "so-theo-doi.xlsx", {"Tổng hợp": sheet_rows()})
    frame = read_ledger(path, progress=False)
    assert summary(frame) == EXPECTED
    # Where each petition was read: the sheet, and its row as the spreadsheet numbers it.
    assert frame["sheet"].to_list() == ["Tổng hợp"] * len(PETITIONS)
    assert frame["row"].to_list() == list(range(FIRST_ROW, FIRST_ROW + len(PETITIONS)))
    assert frame["year"].to_list() == [2024] * len(PETITIONS)  # from the dates
    assert frame["content"][0] == "Sửa chữa mặt đường ngõ 12"
    # "Ghi chú" is no column of the model: not read.
    assert "Ghi chú" not in frame.columns
    assert frame["source"].to_list() == [str(path)] * len(PETITIONS)


def test_ods_csv_and_parquet_ledgers_read_alike(tmp_path: Path) -> None:
    ods = write_ods(tmp_path / "so.ods", {"Sheet1": sheet_rows()})
    csv = write_csv(tmp_path / "so.csv", sheet_rows())
    parquet = tmp_path / "so.parquet"
    pl.DataFrame(
        [[str(v) if isinstance(v, int) else v for v in row] for row in PETITIONS],
        schema=HEADER,
        orient="row",
    ).write_parquet(parquet)
    for path in (ods, csv, parquet):
        assert summary(read_ledger(path, progress=False)) == EXPECTED, path.suffix
    # A CSV numbers its rows by line (the BOM and the title lines counted), Parquet by each
    # row's index in the file, from 0, as polars and DuckDB (and scan_ledger) number them.
    assert read_ledger(csv, progress=False)["row"].to_list()[0] == FIRST_ROW
    assert read_ledger(parquet, progress=False)["row"].to_list() == list(range(len(PETITIONS)))


def test_every_unmapped_cell_is_named_at_once(tmp_path: Path) -> None:
    bad = [list(row) for row in PETITIONS]
    bad[1][5] = "Đã xong"  # F7: an outcome wording no one taught the mapping
    bad[4][3] = "Cấp thành phố"  # D10: ambiguous, left to the user's mapping
    other = [list(row) for row in PETITIONS[:2]]
    other[0][6] = "31/02/2024"  # G6 of the second sheet: no such day
    path = write_xlsx(tmp_path / "so.xlsx", {"Quý I": sheet_rows(bad), "Quý II": sheet_rows(other)})
    with pytest.raises(DataError) as info:
        read_ledger(path, progress=False)
    problems = info.value.problems
    assert [p.path for p in problems] == ["'Quý I'!F7", "'Quý I'!D10", "'Quý II'!G6"]
    assert "'Kết quả giải quyết'" in problems[0].message
    assert "'Đã xong'" in problems[0].message
    assert "'Cấp thành phố'" in problems[1].message
    assert "'31/02/2024'" in problems[2].message or "2024-02-31" in problems[2].message
    assert info.value.source == str(path)


def test_a_csv_refusal_names_line_and_column(tmp_path: Path) -> None:
    rows = sheet_rows([[1, "Đèn", "Đô thị", "Cấp xã", "UBND", "xong rồi", "01/03/2024", None]])
    with pytest.raises(DataError) as info:
        read_ledger(write_csv(tmp_path / "so.csv", rows), progress=False)
    assert [p.path for p in info.value.problems] == [f"row {FIRST_ROW}, column F"]


def test_a_user_mapping_adds_its_own_wordings(tmp_path: Path) -> None:
    rows = [
        ["Số", "Ý kiến cử tri", "Cấp xử lý", "Tình hình xử lý"],
        ["A1", "Nạo vét mương", "Phường", "Xong"],
        ["A2", "Cắt tỉa cây", "Thành phố", "Hoà giải xong"],
    ]
    path = write_xlsx(tmp_path / "rieng.xlsx", {"Sheet1": rows})
    with pytest.raises(DataError, match="no header row"):
        read_ledger(path, progress=False)
    mapping_file = tmp_path / "mapping.json"
    mapping_file.write_text(
        json.dumps(
            {
                "headers": {
                    "Số": "id",
                    "Ý kiến cử tri": "content",
                    "Cấp xử lý": "competence",
                    "Tình hình xử lý": "outcome",
                },
                "values": {
                    "competence": {"Phường": "commune", "Thành phố": "province"},
                    # written in the old tone placement; the ledger has the new one
                    "outcome": {"Xong": "resolved", "Hòa giải xong": "resolved"},
                },
            },
            ensure_ascii=False,
        ),
        encoding="utf-8",
    )
    mapping = LedgerMapping.from_json(mapping_file)
    frame = read_ledger(path, mapping, progress=False)
    assert frame.select("id", "competence", "outcome").rows() == [
        ("A1", "commune", "resolved"),
        ("A2", "province", "resolved"),
    ]
    # The built-in wordings are still known to the extended mapping.
    assert mapping.value("outcome", "Đã giải quyết") == "resolved"


def test_mapping_refuses_what_the_library_does_not_have(tmp_path: Path) -> None:
    with pytest.raises(ValidationError, match="is not one of"):
        LedgerMapping.default().extended(values={"outcome": {"Xong": "done"}})
    with pytest.raises(ValidationError, match="is not one of"):
        LedgerMapping.default().extended(headers={"Ghi chú": "note"})
    with pytest.raises(ValidationError, match="outcome and competence"):
        LedgerMapping.default().extended(values={"sector": {"Đất": "land"}})
    bad = tmp_path / "m.json"
    bad.write_text('{"header": {}}', encoding="utf-8")
    with pytest.raises(DataError, match="expected"):
        LedgerMapping.from_json(bad)


def test_only_one_sheet_and_unknown_sheet(tmp_path: Path) -> None:
    path = write_xlsx(
        tmp_path / "so.xlsx", {"Ghi chú": [["Sổ lập ngày 01/01/2024"]], "Tổng hợp": sheet_rows()}
    )
    assert len(read_ledger(path, sheet="Tổng hợp", progress=False)) == len(PETITIONS)
    # A sheet without a header row (notes) is no ledger: the others are read.
    assert len(read_ledger(path, progress=False)) == len(PETITIONS)
    with pytest.raises(DataError, match="no sheet 'Tong hop'"):
        read_ledger(path, sheet="Tong hop", progress=False)


def test_a_header_twice_is_refused(tmp_path: Path) -> None:
    rows = [["Kết quả", "Kết quả giải quyết"], ["Đã giải quyết", "Đã giải quyết"]]
    with pytest.raises(DataError) as info:
        read_ledger(write_xlsx(tmp_path / "so.xlsx", {"S": rows}), progress=False)
    assert [p.path for p in info.value.problems] == ["'S'!B1"]


def test_other_files_are_refused(tmp_path: Path) -> None:
    path = tmp_path / "so.docx"
    path.write_bytes(b"PK")
    with pytest.raises(DataError, match="not a ledger file"):
        read_ledger(path)
    broken = tmp_path / "so.xlsx"
    broken.write_bytes(b"not a zip")
    with pytest.raises(DataError, match="not a readable spreadsheet"):
        read_ledger(broken)


def test_progress_bar_only_when_asked_or_on_a_terminal(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write_xlsx(tmp_path / "so.xlsx", {"S": sheet_rows()})
    read_ledger(path)  # standard error is not a terminal under pytest
    assert capsys.readouterr().err == ""
    read_ledger(path, progress=True)
    err = capsys.readouterr().err
    assert err.startswith("\rso.xlsx [S] [")
    assert err.endswith(f"] {len(sheet_rows()) - 4}/{len(sheet_rows()) - 4}\n")


def test_scan_ledger_and_petition_rates_map_wordings_after_counting(tmp_path: Path) -> None:
    # A national consolidation in Parquet with the offices' headers and wordings.
    folder = tmp_path / "quoc-gia"
    for year, outcomes in (
        (2023, ["Đã giải quyết", "đã giải quyết", None]),
        (2024, ["Đang giải quyết"]),
    ):
        part = folder / f"nam={year}"
        part.mkdir(parents=True)
        pl.DataFrame(
            {
                "Thẩm quyền giải quyết": ["Cấp tỉnh"] * len(outcomes),
                "Kết quả giải quyết": outcomes,
            },
            schema_overrides={"Kết quả giải quyết": pl.String},
        ).write_parquet(part / "0.parquet")
    mapping = LedgerMapping.default()
    lazy = scan_ledger(folder, mapping)
    assert isinstance(lazy, pl.LazyFrame)
    # The year comes from the partition folders (nam=2023), named without diacritics; source
    # and row say where each petition is.
    assert lazy.collect_schema().names() == ["competence", "outcome", "year", "source", "row"]
    out = petition_rates(lazy, mapping=mapping).collect()
    assert out.rows() == [(2023, "province", 3, 2, 2), (2024, "province", 1, 0, 1)]
    # A wording the mapping does not know is named, with the way out.
    odd = tmp_path / "odd.parquet"
    pl.DataFrame({"Năm": [2024], "Kết quả": ["Xong"], "Thẩm quyền": ["Cấp xã"]}).write_parquet(odd)
    with pytest.raises(DataError) as info:
        petition_rates(scan_ledger(odd), mapping=mapping)
    assert [(p.path, p.message) for p in info.value.problems] == [
        (
            f"{odd} row index 0",
            "column 'outcome': 'Xong': not a wording of outcome the mapping knows: add yours to it",
        )
    ]
    # Without the mapping, the wordings are not outcomes: each row named, by file and row.
    with pytest.raises(DataError) as info:
        petition_rates(scan_ledger(folder), by=("year",))
    first = folder / "nam=2023" / "0.parquet"
    assert [p.path for p in info.value.problems] == [
        f"{first} row index 0",
        f"{first} row index 1",
        f"{folder / 'nam=2024' / '0.parquet'} row index 0",
    ]
    assert info.value.problems[1].message.startswith(
        "column 'outcome': 'đã giải quyết': not allowed"
    )


def test_scan_ledger_refusals(tmp_path: Path) -> None:
    with pytest.raises(DataError, match="no Parquet files"):
        scan_ledger(tmp_path)
    csv = write_csv(tmp_path / "so.csv", [["STT", "Nội dung"], ["1", "x"]])
    with pytest.raises(DataError, match="no column the mapping reads as the outcome"):
        scan_ledger(csv)
    with pytest.raises(DataError, match="scan_ledger reads Parquet and CSV"):
        scan_ledger(tmp_path / "so.xlsx")


@settings(max_examples=60, deadline=None)
@given(
    words=st.lists(
        st.sampled_from(["hòa", "hoà", "thủy", "thuỷ", "khỏe", "khoẻ", "Đã", "giải", "quyết"]),
        min_size=1,
        max_size=5,
    ),
    gaps=st.lists(st.sampled_from([" ", "  ", "\u00a0", "\t", "\n"]), min_size=6, max_size=6),
    upper=st.booleans(),
)
def test_wording_key_ignores_case_tone_placement_and_spaces(
    words: list[str], gaps: list[str], upper: bool
) -> None:
    plain = " ".join(words)
    spaced = gaps[0] + "".join(w + g for w, g in zip(words, gaps[1:], strict=False))
    variant = normalize(spaced, tone_style="new")
    variant = variant.upper() if upper else variant
    assert wording_key(variant) == wording_key(plain)


@settings(max_examples=40, deadline=None)
@given(
    cells=st.lists(
        st.one_of(
            st.none(),
            st.text(max_size=12),
            st.sampled_from(["Đã giải quyết", "Cấp tỉnh", "2024", "31/12/2024", "x"]),
        ),
        min_size=4,
        max_size=4,
    )
)
def test_read_ledger_fuzz_maps_or_names(cells: list[str | None], tmp_path_factory: Any) -> None:
    # Any cells under a known header: read and mapped, or refused with each cell named.
    folder = tmp_path_factory.mktemp("fuzz")
    rows = [["Kết quả", "Thẩm quyền", "Năm", "Ngày tiếp nhận"], cells]
    path = write_xlsx(folder / "f.xlsx", {"S": rows})
    refused: DataError | None = None
    try:
        frame = read_ledger(path, progress=False)
    except DataError as err:
        refused = err
    if refused is not None:
        assert refused.problems
        assert all(p.path.startswith("'S'!") and p.path.endswith("2") for p in refused.problems)
    else:
        assert len(frame) <= 1
        if len(frame):
            assert frame["outcome"][0] in (None, "resolved")


def test_received_as_text_and_year_as_text(tmp_path: Path) -> None:
    rows = [
        ["Năm", "Ngày nhận", "Kết quả"],
        ["2024", "ngày 5 tháng 3 năm 2024", "Đã giải quyết"],
        [2023.0, dt.datetime(2023, 7, 1, 8, 30), ""],
    ]
    frame = read_ledger(write_xlsx(tmp_path / "so.xlsx", {"S": rows}), progress=False)
    assert frame.select("year", "received", "outcome").rows() == [
        (2024, dt.date(2024, 3, 5), "resolved"),
        (2023, dt.date(2023, 7, 1), None),
    ]


def test_petition_rates_mapping_is_for_frames_of_wordings() -> None:
    with pytest.raises(ValidationError, match="data frame"):
        petition_rates([], mapping=LedgerMapping.default())
    frame = pl.DataFrame({"year": [2024], "competence": ["Cấp xã"], "outcome": ["Đã giải quyết"]})
    with pytest.raises(ValidationError, match="must be a LedgerMapping"):
        petition_rates(frame, mapping={"outcome": {}})  # type: ignore[arg-type]
    # An eager frame is mapped too; keys other than competence keep their values.
    out = petition_rates(frame, by=("year", "competence"), mapping=LedgerMapping.default())
    assert out.rows() == [(2024, "commune", 1, 1, 1)]
