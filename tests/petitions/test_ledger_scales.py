"""A ledger read onto a source's own outcome scale (issue 15, with issue 11's scales).

The scale is Ninh Bình 2017's five levels, as issue 11 quotes them ("giải quyết xong; đang
triển khai; có văn bản chỉ đạo, có lộ trình; có văn bản chỉ đạo nhưng chưa có lộ trình; tiếp
thu nhưng chưa có văn bản chỉ đạo"), each with the library outcome it counts as, explicitly,
as tests/records/real_records.py records it: only "giải quyết xong" is resolved; "đang triển
khai" and "có văn bản chỉ đạo, có lộ trình" are in progress; the two without a roadmap or a
directive are unresolved. Every ledger is written here by the test, in each format offices
keep, with the variants a clerk types (case, spaces, the clerk's own wording of a level).
"""

from __future__ import annotations

import datetime as dt
import json
from typing import TYPE_CHECKING, Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from ledger_files import write_csv, write_ods, write_xlsx

from tayho_coord.cli import main
from tayho_coord.errors import DataError, ValidationError
from tayho_coord.io import LedgerMapping, read_ledger, scan_ledger
from tayho_coord.metrics import petition_rates
from tayho_coord.model import OutcomeLevel, OutcomeScale, PetitionOutcome

if TYPE_CHECKING:
    from pathlib import Path

pl = pytest.importorskip("polars")
calamine = pytest.importorskip("python_calamine")
pytest.importorskip("xlsxwriter")

LABEL = "năm mức đánh giá kết quả giải quyết kiến nghị cử tri của tỉnh Ninh Bình năm 2017"
# The scale as a mapping file writes it (the model's JSON form of an OutcomeScale).
SCALE = {
    "id": "ninh-binh-2017",
    "label": LABEL,
    "levels": [
        {"code": "giai-quyet-xong", "label": "giải quyết xong", "maps_to": "resolved"},
        {"code": "dang-trien-khai", "label": "đang triển khai", "maps_to": "in_progress"},
        {
            "code": "co-lo-trinh",
            "label": "có văn bản chỉ đạo, có lộ trình",
            "maps_to": "in_progress",
        },
        {
            "code": "chua-co-lo-trinh",
            "label": "có văn bản chỉ đạo nhưng chưa có lộ trình",
            "maps_to": "unresolved",
        },
        {
            "code": "chua-co-van-ban",
            "label": "tiếp thu nhưng chưa có văn bản chỉ đạo",
            "maps_to": "unresolved",
        },
    ],
}
# The clerk's own wordings of two levels, given in the mapping file.
LEVELS = {"Đã giải quyết xong": "giai-quyet-xong", "Có VB chỉ đạo, có lộ trình": "co-lo-trinh"}
HEADER = ["STT", "Nội dung kiến nghị", "Thẩm quyền giải quyết", "Kết quả giải quyết", "Năm"]
# (result as typed, its level, the outcome the level counts as)
RESULTS: list[tuple[str | None, str | None, str | None]] = [
    ("Giải quyết xong", "giai-quyet-xong", "resolved"),
    ("  GIẢI QUYẾT  xong ", "giai-quyet-xong", "resolved"),
    ("Đang triển khai", "dang-trien-khai", "in_progress"),
    ("có văn bản chỉ đạo,  có lộ trình", "co-lo-trinh", "in_progress"),
    ("Có văn bản chỉ đạo nhưng chưa có lộ trình", "chua-co-lo-trinh", "unresolved"),
    ("Tiếp thu nhưng chưa có văn bản chỉ đạo", "chua-co-van-ban", "unresolved"),
    ("đã giải quyết xong", "giai-quyet-xong", "resolved"),
    ("Có VB chỉ đạo, có lộ trình", "co-lo-trinh", "in_progress"),
    (None, None, None),  # not answered yet
    ("Chưa trả lời", None, None),  # a built-in wording of "not answered yet"
]
# Counted by hand from RESULTS: 10 received, 3 resolved (the "giải quyết xong" rows), 8
# answered (all but the last two).
TOTALS = (10, 3, 8)


def rows() -> list[list[Any]]:
    return [
        [i, f"Kiến nghị số {i}", "Thuộc thẩm quyền của Uỷ ban nhân dân cấp tỉnh", result, 2017]
        for i, (result, _, _) in enumerate(RESULTS, 1)
    ]


def mapping_file(tmp_path: Path, **extra: Any) -> Path:
    path = tmp_path / "ninh-binh.json"
    doc = {"scale": SCALE, "levels": LEVELS, **extra}
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    return path


def ledgers(tmp_path: Path) -> list[Path]:
    table = [HEADER, *rows()]
    parquet = tmp_path / "so.parquet"
    pl.DataFrame(
        [[str(r[0]), *r[1:]] for r in rows()],
        schema={h: (pl.Int64 if h == "Năm" else pl.String) for h in HEADER},
        orient="row",
    ).write_parquet(parquet)
    return [
        write_xlsx(tmp_path / "so.xlsx", {"Tổng hợp": table}),
        write_ods(tmp_path / "so.ods", {"Tổng hợp": table}),
        write_csv(tmp_path / "so.csv", table),
        parquet,
    ]


def test_every_format_is_read_onto_the_scale(tmp_path: Path) -> None:
    mapping = LedgerMapping.from_json(mapping_file(tmp_path))
    assert mapping.scale is not None
    assert mapping.scale.id == "ninh-binh-2017"
    for path in ledgers(tmp_path):
        frame = read_ledger(path, mapping, progress=False)
        assert frame["level"].to_list() == [level for _, level, _ in RESULTS], path.suffix
        assert frame["outcome"].to_list() == [outcome for _, _, outcome in RESULTS]
        assert set(frame["competence"].to_list()) == {"province"}
        assert petition_rates(frame, by=()).rows() == [TOTALS]


def test_a_lazy_ledger_is_counted_on_the_scale(tmp_path: Path) -> None:
    mapping = LedgerMapping.from_json(mapping_file(tmp_path))
    parquet = ledgers(tmp_path)[-1]
    for engine in ("polars", "duckdb"):
        lazy = scan_ledger(parquet, mapping, engine=engine)  # type: ignore[arg-type]
        out = petition_rates(lazy, by=("year",), mapping=mapping)
        counted = out.collect().rows() if engine == "polars" else out.fetchall()
        assert counted == [(2017, *TOTALS)], engine


def test_rates_say_what_they_counted_as_resolved(tmp_path: Path) -> None:
    mapping = LedgerMapping.from_json(mapping_file(tmp_path))
    assert mapping.counted_as(PetitionOutcome.RESOLVED) == ("giải quyết xong",)
    assert mapping.counted_as(PetitionOutcome.IN_PROGRESS) == (
        "đang triển khai",
        "có văn bản chỉ đạo, có lộ trình",
    )
    # The sentence: "Tính là đã giải quyết: " then the level(s), quoted, then the scale.
    assert mapping.resolved_note() == (
        f"Tính là đã giải quyết: mức “giải quyết xong” ({LABEL}, mã ninh-binh-2017)."
    )
    assert LedgerMapping.default().resolved_note() is None
    two = OutcomeScale(
        "hai",
        "thang thử",
        (
            OutcomeLevel("a", "xong hẳn", PetitionOutcome.RESOLVED),
            OutcomeLevel("b", "xong phần lớn", PetitionOutcome.RESOLVED),
            OutcomeLevel("c", "chưa", PetitionOutcome.UNRESOLVED),
        ),
    )
    none = OutcomeScale("khong", "thang thử", (OutcomeLevel("c", "chưa", None),))
    assert LedgerMapping.default().extended(scale=two).resolved_note() == (
        "Tính là đã giải quyết: các mức “xong hẳn”, “xong phần lớn” (thang thử, mã hai)."
    )
    assert LedgerMapping.default().extended(scale=none).resolved_note() == (
        "Tính là đã giải quyết: không mức nào (thang thử, mã khong)."
    )


def test_the_librarys_own_wordings_are_not_levels_and_are_named(tmp_path: Path) -> None:
    # "Đã giải quyết" names the library's outcome, not a level of Ninh Bình's scale: a
    # ledger on that scale holding it is refused, every such cell named.
    mapping = LedgerMapping.from_json(mapping_file(tmp_path))
    table = [HEADER, *rows()]
    table[3][3] = "Đã giải quyết"
    table[7][3] = "Xong rồi"
    path = write_xlsx(tmp_path / "loi.xlsx", {"Quý I": table})
    with pytest.raises(DataError) as info:
        read_ledger(path, mapping, progress=False)
    assert [p.path for p in info.value.problems] == ["'Quý I'!D4", "'Quý I'!D8"]
    assert "'Đã giải quyết': not a wording of outcome the mapping knows" in str(info.value)


def test_the_command_says_what_it_counted_as_resolved(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    xlsx = ledgers(tmp_path)[0]
    mapping = str(mapping_file(tmp_path))
    assert main(["petitions", str(xlsx), "--mapping", mapping, "--by", ""]) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[1].split() == ["10", "3", "8", "30,00%"]
    assert out.endswith(
        f"\nTính là đã giải quyết: mức “giải quyết xong” ({LABEL}, mã ninh-binh-2017).\n"
    )
    target = tmp_path / "ket-qua.xlsx"
    assert main(["petitions", str(xlsx), "--mapping", mapping, "-o", str(target)]) == 0
    back = calamine.CalamineWorkbook.from_path(str(target)).get_sheet_by_index(0).to_python()
    # The table (header and one group), an empty row, then the note.
    assert back[1][:5] == [2017.0, "thẩm quyền cấp tỉnh", 10.0, 3.0, 8.0]
    assert back[3][0].startswith("Tính là đã giải quyết: mức “giải quyết xong”")
    csv_out = tmp_path / "ket-qua.csv"
    assert main(["petitions", str(xlsx), "--mapping", mapping, "-o", str(csv_out)]) == 0
    assert "Tính là đã giải quyết" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("doc", "error", "where"),
    [
        # A level counted as something the library does not have.
        (
            {"scale": {**SCALE, "levels": [{"code": "x", "label": "X", "maps_to": "done"}]}},
            DataError,
            "$.scale.levels[0].maps_to",
        ),
        ({"scale": {"id": "s", "label": "S", "levels": []}}, DataError, "$.scale.levels"),
        ({"scale": SCALE, "levels": {"Xong": "khong-co"}}, ValidationError, "levels['xong']"),
        ({"levels": {"Xong": "giai-quyet-xong"}}, ValidationError, "levels"),
        # Beside a scale, an outcome wording is mapped onto a level, not onto an outcome.
        ({"scale": SCALE, "values": {"outcome": {"Xong": "resolved"}}}, ValidationError, "values"),
    ],
)
def test_a_mapping_file_with_a_bad_scale_is_refused(
    tmp_path: Path, doc: dict[str, Any], error: type[Exception], where: str
) -> None:
    path = tmp_path / "m.json"
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(error) as info:
        LedgerMapping.from_json(path)
    if isinstance(info.value, DataError):
        assert next(p.path for p in info.value.problems) == where
    else:
        assert isinstance(info.value, ValidationError)
        assert info.value.field.startswith(where)


def test_a_scale_replaces_the_one_before_and_keeps_unanswered_wordings() -> None:
    first = OutcomeScale("a", "A", (OutcomeLevel("x", "xong", PetitionOutcome.RESOLVED),))
    second = OutcomeScale("b", "B", (OutcomeLevel("y", "hết", PetitionOutcome.RESOLVED),))
    mine = LedgerMapping.default().extended(scale=first, levels={"Đã xong": "x"})
    assert mine.level("đã xong") == "x"
    # More wordings on the same scale keep those given before.
    more = mine.extended(levels={"Xong hẳn": "x"})
    assert (more.level("đã xong"), more.level("xong hẳn")) == ("x", "x")
    other = mine.extended(scale=second)
    assert (other.level("đã xong"), other.level("hết"), other.knows("outcome", "xong")) == (
        None,
        "y",
        False,
    )
    assert other.knows("outcome", "Chưa trả lời")
    assert other.value("outcome", "Chưa trả lời") is None
    with pytest.raises(ValidationError, match="must be an OutcomeScale"):
        LedgerMapping({}, {}, scale="ninh-binh-2017")  # type: ignore[arg-type]
    with pytest.raises(ValidationError, match="must map wordings to level codes"):
        mine.extended(levels=["x"])  # type: ignore[arg-type]


@settings(max_examples=60, deadline=None)
@given(
    level=st.sampled_from(SCALE["levels"]),  # type: ignore[arg-type]
    upper=st.booleans(),
    spaces=st.sampled_from([" ", "  ", "\u00a0", "\t"]),
)
def test_any_case_and_spacing_of_a_level_reads_as_that_level(
    level: dict[str, str], upper: bool, spaces: str
) -> None:
    scale = OutcomeScale(
        SCALE["id"],  # type: ignore[arg-type]
        LABEL,
        tuple(
            OutcomeLevel(lv["code"], lv["label"], PetitionOutcome(lv["maps_to"]))
            for lv in SCALE["levels"]  # type: ignore[attr-defined]
        ),
    )
    mapping = LedgerMapping.default().extended(scale=scale)
    typed = spaces + spaces.join(level["label"].split()) + spaces
    typed = typed.upper() if upper else typed
    assert mapping.level(typed) == level["code"]
    assert mapping.value("outcome", typed) == level["maps_to"]


def test_a_date_only_ledger_on_a_scale_reads_its_year(tmp_path: Path) -> None:
    mapping = LedgerMapping.from_json(mapping_file(tmp_path))
    table = [["Kết quả giải quyết", "Ngày tiếp nhận"], ["Đang triển khai", dt.date(2017, 5, 2)]]
    frame = read_ledger(write_csv(tmp_path / "ngay.csv", table), mapping, progress=False)
    assert frame.select("outcome", "level", "year").rows() == [
        ("in_progress", "dang-trien-khai", 2017)
    ]
