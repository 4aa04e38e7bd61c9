"""``tayho-coord extract FILE -o draft.json`` writes records; validate, report, metrics read them.

End to end, as a person works: extract the seed article (the repository's copy of
``shared/seed``) and texts written here, check and edit the JSON, then validate, report and
compute the metrics of the edited file.
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from tayho_coord.cli import main
from tayho_coord.datasets import data_file
from tayho_coord.io import load

SEED = Path(__file__).parent.parent / "data" / "seed_mttqhanoi_2020-02-11.txt"

HEARING = (
    "Sáng ngày 21/11/2024, Thường trực HĐND huyện Ba Vì tổ chức phiên giải trình về công tác "
    "quản lý đất đai trên địa bàn huyện, theo Kế hoạch số 10/KH-HĐND ngày 21/10/2024."
)
PETITIONS = (
    "Kết quả giải quyết kiến nghị cử tri năm 2023 của huyện Ba Vì\n"
    "UBND huyện Ba Vì đã tiếp nhận 241 kiến nghị, trong đó đã giải quyết 199/241 kiến nghị, "
    "đạt 82,57%."
)


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    status = main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


def test_the_seed_from_article_to_metrics(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    article = tmp_path / "seed.txt"
    article.write_text(SEED.read_text(encoding="utf-8"), encoding="utf-8")
    history = tmp_path / "history.json"
    history.write_text(data_file("tay_ho_history.json"), encoding="utf-8")
    draft, mentions = tmp_path / "draft.json", tmp_path / "mentions.json"
    status, out, err = _run(
        capsys,
        "extract",
        str(article),
        "-o",
        str(draft),
        "--mentions",
        str(mentions),
        "--units",
        str(history),
    )
    assert (status, out) == (0, "")
    # "03 cơ quan" three times, "03 cơ quan HĐND", "25 năm": counted, not placed.
    assert err == (
        f"tayho-coord extract: warning: {article}: 5 values not placed in a record, "
        "each with its reason in --mentions, --review and --html\n"
    )
    written = json.loads(mentions.read_text("utf-8"))
    assert written["held_on"]["iso"] == "2020-02-11"
    # The list the warning counts is the one --mentions writes (review 5, D8).
    assert sorted(u["span"][2] for u in written["unplaced"]) == [
        "03 cơ quan",
        "03 cơ quan",
        "03 cơ quan",
        "03 cơ quan HĐND",
        "25 năm",
    ]

    # A person checks the draft against the article and edits it: the source's title is
    # the article's, as published (the draft names the source by the file it read).
    data = json.loads(draft.read_text("utf-8"))
    assert data["type"] == "RecordSet"
    # (The history's unit cites the sources of its own facts beside the article.)
    (source,) = [s for s in data["sources"] if s["title"] == str(article)]
    source["title"] = SEED.read_text(encoding="utf-8").splitlines()[0]
    draft.write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")

    status, out, _ = _run(capsys, "validate", str(draft))
    assert (status, out) == (0, f"{draft}: ok (RecordSet: 1 Meeting, 2 CoordinationProgram)\n")

    folder = tmp_path / "reports"
    folder.mkdir()
    status, _, err = _run(capsys, "report", str(draft), "-o", str(folder), "--format", "md")
    assert (status, err) == (0, "")
    names = sorted(p.name for p in folder.iterdir())
    assert names == [
        "ha-noi_tay-ho_ctph-2019.md",
        "ha-noi_tay-ho_ctph-2020.md",
        "ha-noi_tay-ho_tong-ket-va-ky-ket-2020-02-11.md",
    ]
    meeting = (folder / names[2]).read_text("utf-8")
    assert "Chiều ngày 11/2/2020" in meeting  # the day, as reports write it in running text
    assert "56,82%" in meeting

    status, out, _ = _run(capsys, "metrics", "--by-record", str(draft), "--format", "csv")
    assert status == 0
    rows = list(csv.DictReader(io.StringIO(out)))
    # The meeting is a row of the day it was held, the year it reviews and the program it
    # signs beside it (docs/records.md); the seed's printed 56,82% is its rate, as printed.
    assert [(r["record_ids"], r["period"], r["covers"], r["signs"]) for r in rows] == [
        ("ha-noi/tay-ho/ctph-2019", "năm 2019", "", ""),
        ("ha-noi/tay-ho/ctph-2020", "năm 2020", "", ""),
        ("ha-noi/tay-ho/tong-ket-va-ky-ket-2020-02-11", "ngày 11/2/2020", "năm 2019", "năm 2020"),
    ]
    meeting_row = rows[2]
    assert (meeting_row["resolution_rate_printed_text"], meeting_row["resolution_rate"]) == (
        "56,82%",
        "0.5682",
    )


@pytest.mark.parametrize(
    ("text", "kind", "period"),
    [(HEARING, "Hearing", "ngày 21/11/2024"), (PETITIONS, "PetitionReport", "năm 2023")],
)
def test_written_texts_from_article_to_metrics(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], text: str, kind: str, period: str
) -> None:
    article, draft = tmp_path / "a.txt", tmp_path / "draft.json"
    article.write_text(text, encoding="utf-8")
    status, _, err = _run(capsys, "extract", str(article), "-o", str(draft))
    assert (status, err) == (0, "")
    (record,) = load(draft)
    assert type(record).__name__ == kind
    status, out, _ = _run(capsys, "validate", str(draft))
    assert (status, out) == (0, f"{draft}: ok (RecordSet: 1 {kind})\n")
    status, out, _ = _run(capsys, "report", str(draft), "--format", "text")
    assert status == 0
    assert "\nBa Vì, ngày " in out  # the unit's place line (Nghị định 30, Phụ lục I)
    status, out, _ = _run(capsys, "metrics", "--by-record", str(draft), "--format", "csv")
    (row,) = csv.DictReader(io.StringIO(out))
    assert (status, row["unit"], row["period"]) == (0, "huyện Ba Vì", period)
    if kind == "PetitionReport":
        # The report's own figures: 199 of 241 resolved; the rate printed for them is its
        # percentage (the text prints "199/241" before "82,57%").
        assert (row["petitions_total"], row["petitions_resolved"]) == ("241", "199")
        assert row["resolution_rate_printed_text"] == "82,57%"


def test_records_to_stdout(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    article = tmp_path / "a.txt"
    article.write_text(HEARING, encoding="utf-8")
    status, out, _ = _run(capsys, "extract", str(article))
    assert status == 0
    assert json.loads(out)["data"]["records"][0]["type"] == "Hearing"


def test_what_is_missing_is_said_and_nothing_is_written(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    article, draft = tmp_path / "a.txt", tmp_path / "draft.json"
    text = "Sáng ngày 21/11, Thường trực HĐND huyện Ba Vì tổ chức phiên giải trình."
    article.write_text(text, "utf-8")
    status, out, err = _run(capsys, "extract", str(article), "-o", str(draft))
    assert (status, out) == (1, "")
    assert err.splitlines() == [
        f"tayho-coord extract: warning: {article}: not built: Hearing.subject: the text does "
        f"not say what it is about (về …) ('phiên giải trình' at {text.index('phiên')})",
        f"tayho-coord extract: warning: {article}: not built: Hearing.held_on: the day is "
        "printed without its year ('21/11' at 10)",
        f"tayho-coord extract: error: {article}: no record could be built from the text",
    ]
    assert not draft.exists()


def test_views_alone_write_no_records(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    article, page = tmp_path / "a.txt", tmp_path / "r.html"
    article.write_text("Không có gì.", "utf-8")
    status, out, err = _run(capsys, "extract", str(article), "--html", str(page))
    assert (status, out) == (0, "")
    assert "not built: record.kind" in err
    assert page.exists()


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (
            '{"schema_version": 1, "type": "Source", "data": {"id": "s", "title": "T"}}',
            "holds no administrative unit",
        ),
        ("not json", "not valid JSON"),
        (None, "No such file"),
    ],
)
def test_units_file_errors(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: str | None, message: str
) -> None:
    article, units = tmp_path / "a.txt", tmp_path / "units.json"
    article.write_text(HEARING, "utf-8")
    if content is not None:
        units.write_text(content, "utf-8")
    status, _, err = _run(capsys, "extract", str(article), "--units", str(units))
    assert status == 1
    assert message in err
