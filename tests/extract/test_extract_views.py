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
    # Round 15: the seed prints "03 cơ quan HĐND- UBND-UBMTTQ" and three times later "03 cơ
    # quan" of the same three bodies; the later are the figure repeated, listed with a reason.
    repeat = "03 cơ quan: repeats the figure at 177: '03 cơ quan HĐND'\n"
    assert text.endswith(
        "not placed in a record (4):\n"
        f"  [927:937] {repeat}  [981:991] {repeat}  [2863:2873] {repeat}"
        "  [3470:3476] 25 năm: a duration, not a count"
    )


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
    # No record is built from the text, so the rate is one no record holds (review 5, D8).
    reason = "no record built from the text holds it"
    assert capsys.readouterr().out == (
        f"Đạt ⟦unplaced: {reason}: 56,82%⟧\n\nrate [4:10]: 56,82%\n\n"
        f"not placed in a record (1):\n  [4:10] 56,82%: {reason}\n"
    )
    assert json.loads(draft.read_text("utf-8"))["rates"][0]["value"] == "0.5682"
    assert '<mark class="unplaced"' in review.read_text("utf-8")
    assert f"<td>4–10</td><td>{reason}</td>" in review.read_text("utf-8")


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


# Review 5, D8: the views show what the records leave out (Assembly.unplaced), the list the
# command counts, each with its span and reason. A text of a voter contact whose deputies
# the rules cannot place (who is a deputy of which delegation is written by a person).
CONTACT = (
    "Ngày 05/6/2023, HĐND quận Tây Hồ tổ chức hội nghị tiếp xúc cử tri. "
    "Đồng chí Nguyễn Văn An, Chủ tịch UBND phường Nhật Tân dự."
)


def test_views_show_the_values_no_record_holds_with_their_reasons() -> None:
    from tayho_coord.extraction import assemble

    draft = extract(CONTACT, source="a.txt")
    assembly = assemble(draft)
    # The records leave out a post the draft placed: the draft itself has none unplaced.
    assert (draft.unplaced, len(assembly.unplaced)) == ((), 1)
    terminal = render_terminal(draft, colour=False, unplaced=assembly.unplaced)
    section = terminal.split(f"not placed in a record ({len(assembly.unplaced)}):\n", 1)[1]
    for u in assembly.unplaced:
        assert f"  [{u.span.start}:{u.span.end}] {u.span.text}: {u.reason}" in section
        # Inline, the value reads as left out, not as an ordinary value.
        assert f"⟦unplaced: {u.reason}: {u.span.text}⟧" in terminal
    page = render_html(draft, unplaced=assembly.unplaced)
    table = page.split('<table id="unplaced">', 1)[1]
    assert f"<caption>Not placed in a record ({len(assembly.unplaced)})</caption>" in table
    for u in assembly.unplaced:
        assert f"<td>{u.span.start}–{u.span.end}</td><td>{u.reason}</td>" in table
    assert f'<a href="#unplaced">{len(assembly.unplaced)} not placed in a record</a>' in page
    # Without the assembly's list, the views show the draft's own.
    assert render_terminal(draft, colour=False).count("⟦unplaced") == len(draft.unplaced)


def test_html_unplaced_table_escapes_and_links_to_the_mark() -> None:
    from tayho_coord.extraction import Span, Unplaced

    text = "Có 03 <b>lần</b> & đạt 56,82%."
    draft = extract(text)
    odd = Unplaced(Span.of(text, 3, 16), "a reason with <i>markup</i> & more")
    page = render_html(draft, unplaced=[odd])
    assert "<b>lần" not in page
    assert "<i>markup" not in page
    row = page.split('<table id="unplaced">', 1)[1]
    assert "<td>a reason with &lt;i&gt;markup&lt;/i&gt; &amp; more</td>" in row
    # Its row links to the mark's row in the table of every value.
    ident = row.split('<a href="#row-', 1)[1].split('"', 1)[0]
    assert f'<tr id="row-{ident}"><td>unplaced: a reason with &lt;i&gt;' in page
    assert '<th scope="col">reason</th>' in page


@pytest.mark.parametrize("bad", [["x"], [None]])
def test_views_refuse_unplaced_values_that_are_not_of_the_draft(bad: list[object]) -> None:
    from tayho_coord.errors import ValidationError
    from tayho_coord.extraction import Span, Unplaced

    draft = extract("Có 03 nội dung.")
    with pytest.raises(ValidationError, match="unplaced"):
        render_html(draft, unplaced=bad)  # type: ignore[arg-type]
    foreign = Unplaced(Span.of("Khác hẳn 03 nội dung.", 0, 4), "x")
    with pytest.raises(ValidationError, match="not the text at its span"):
        render_terminal(draft, unplaced=[foreign])
    with pytest.raises(ValidationError, match="not the text at its span"):
        draft.as_json(unplaced=[foreign])


def test_command_views_carry_the_unplaced_values_it_counts(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    article = tmp_path / "a.txt"
    article.write_text(CONTACT, "utf-8")
    page = tmp_path / "p.html"
    status = main(
        ["extract", str(article), "--mentions", "-", "--html", str(page), "--colour", "never"]
    )
    captured = capsys.readouterr()
    assert status == 0
    data = json.loads(captured.out)
    assert " 1 value not placed in a record, each with its reason in" in captured.err
    count = 1
    assert len(data["unplaced"]) == count
    assert all(set(u) == {"span", "reason"} for u in data["unplaced"])
    html_page = page.read_text("utf-8")
    assert f"<caption>Not placed in a record ({count})</caption>" in html_page
    for u in data["unplaced"]:
        assert u["span"][2] in html_page.split('<table id="unplaced">', 1)[1]
