"""The review views (terminal and HTML), the text of a web page, and the extract command."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tayho_coord.cli import main
from tayho_coord.errors import ParseError
from tayho_coord.extraction import extract, render_html, render_terminal, text_of_html

SEED = Path(__file__).parent.parent / "data" / "seed_mttqhanoi_2020-02-11.txt"


def test_terminal_view_marks_every_value_once() -> None:
    draft = extract("Ngày 05/3/2024, có 03 nội dung <b>, đạt 56,82%.")
    assert render_terminal(draft, colour=False) == (
        "Ngày ⟦date 2024-03-05 (event): 05/3/2024⟧, có ⟦count: 03 nội dung⟧ <b>, "
        "đạt ⟦rate: 56,82%⟧."
    )
    coloured = render_terminal(draft)
    assert "\x1b[33m03 nội dung\x1b[0m\x1b[2m[count]\x1b[0m" in coloured


def test_terminal_view_lists_overlapping_values_after_the_text() -> None:
    text = render_terminal(extract(SEED.read_text("utf-8")), colour=False)
    _body, _, _rest = text.partition("\n\n\n")
    assert "⟦rate: 56,82%⟧" in text
    assert "shortcoming [" in text
    assert "unplaced: a duration, not a count [3470:3476]: 25 năm" in text


def test_html_view_escapes_and_links_each_value_to_its_row() -> None:
    draft = extract("Có 03 nội dung <script>x</script> & đạt 56,82%.", source="a<b>.txt")
    page = render_html(draft)
    assert "<script>x" not in page
    assert "&lt;script&gt;x&lt;/script&gt; &amp; đạt" in page
    assert '<mark class="count" id="v0" title="count"><a href="#row-v0">03 nội dung</a>' in page
    assert '<tr id="row-v1"><td>rate</td><td>56,82%</td><td>' in page
    assert "<title>Extraction: a&lt;b&gt;.txt</title>" in page


def test_text_of_html() -> None:
    page = (
        "<html><body><div>Quận <b>Tây Hồ</b></div><style>p{}</style>"
        "<p>Chiều ngày 11/02/2020</p></body></html>"
    )
    assert text_of_html(page) == "Quận Tây Hồ\nChiều ngày 11/02/2020"
    with pytest.raises(ParseError):
        text_of_html(None)  # type: ignore[arg-type]


def test_command_prints_the_draft(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    article = tmp_path / "a.txt"
    article.write_text("Chiều ngày 11/02/2020, có 03 phiên giải trình.", "utf-8")
    assert main(["extract", str(article), "--mentions", "-"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["held_on"]["iso"] == "2020-02-11"
    assert data["counts"][0]["span"] == [26, 45, "03 phiên giải trình"]


def test_every_date_of_the_json_has_its_iso_form(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    article = tmp_path / "a.txt"
    article.write_text("Theo Kế hoạch số 10/KH-HĐND ngày 21/10/2024 của Thường trực HĐND.", "utf-8")
    assert main(["extract", str(article), "--mentions", "-"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["symbols"][0]["dated"]["iso"] == "2024-10-21"
    assert [d["iso"] for d in data["dates"]] == ["2024-10-21"]


def test_command_writes_draft_and_views(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    page = tmp_path / "a.html"
    page.write_text("<p>Đạt 56,82%</p>", "utf-8")
    draft, review = tmp_path / "d.json", tmp_path / "r.html"
    assert (
        main(
            [
                "extract",
                str(page),
                "--mentions",
                str(draft),
                "--html",
                str(review),
                "--review",
                "--colour",
                "never",
            ]
        )
        == 0
    )
    assert capsys.readouterr().out == "Đạt ⟦rate: 56,82%⟧\n"
    assert json.loads(draft.read_text("utf-8"))["rates"][0]["value"] == "0.5682"
    assert '<mark class="rate"' in review.read_text("utf-8")


@pytest.mark.parametrize(
    ("name", "content", "status", "message"),
    [
        ("a.pdf", b"x", 2, "expected a .txt or .html file"),
        ("a.txt", b"\xff\xfe", 1, "not UTF-8 text"),
        ("missing.txt", None, 1, "No such file"),
    ],
)
def test_command_errors(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    name: str,
    content: bytes | None,
    status: int,
    message: str,
) -> None:
    path = tmp_path / name
    if content is not None:
        path.write_bytes(content)
    assert main(["extract", str(path)]) == status
    err = capsys.readouterr().err
    assert err.startswith("tayho-coord extract: error:")
    assert message in err
