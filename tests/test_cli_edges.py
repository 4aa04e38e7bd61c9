"""The command line at the edges (issue 14, "The command line"; issue 13, fmt percent).

Every input below gets one line on stderr naming what is wrong and what to do, or a right
answer; never a traceback.
"""

from __future__ import annotations

import os
import subprocess
import sys
from contextlib import redirect_stderr, redirect_stdout
from io import StringIO
from typing import TYPE_CHECKING

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tayho_coord.cli import main
from tayho_coord.datasets import data_file

if TYPE_CHECKING:
    from pathlib import Path


def _run(argv: list[str]) -> tuple[int, str, str]:
    out, err = StringIO(), StringIO()
    with redirect_stdout(out), redirect_stderr(err):
        try:
            status = main(argv)
        except SystemExit as exc:
            status = int(exc.code or 0)
    return status, out.getvalue(), err.getvalue()


def _command(argv: list[str], **env: str) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "tayho_coord", *argv],
        capture_output=True,
        check=False,
        env={**os.environ, **env},
    )


def test_an_ascii_terminal_gets_one_line_saying_what_to_do() -> None:
    done = _command(["summary"], PYTHONIOENCODING="ascii")
    assert done.returncode == 1
    assert done.stdout == b""
    assert done.stderr == (
        b"tayho-coord summary: error: the output's encoding (ascii) cannot show Vietnamese "
        b"text: use a UTF-8 terminal (PYTHONIOENCODING=utf-8) or write to a file with -o\n"
    )


def test_an_ascii_terminal_can_still_write_a_file(tmp_path: Path) -> None:
    out = tmp_path / "bao-cao.md"
    done = _command(["report", "-o", str(out)], PYTHONIOENCODING="ascii")
    assert (done.returncode, done.stderr) == (0, b"")
    assert "Tây Hồ" in out.read_text(encoding="utf-8")


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX file names are bytes")
def test_a_file_name_that_is_not_utf8_is_printed_as_its_bytes(tmp_path: Path) -> None:
    name = os.fsencode(tmp_path) + b"/b\xe1o-c\xe1o.json"  # Latin-1 bytes, not UTF-8
    with open(name, "wb") as handle:
        handle.write(data_file("tay_ho_2019.json").encode("utf-8"))
    done = _command(["validate", os.fsdecode(name)], LC_ALL="C.UTF-8")
    assert (done.returncode, done.stderr) == (0, b"")
    assert done.stdout == name + b": ok (ProgramReview)\n"
    out = os.fsencode(tmp_path) + b"/\xff.md"
    done = _command(["report", "-o", os.fsdecode(out)], LC_ALL="C.UTF-8")
    assert (done.returncode, done.stderr) == (0, b"")
    with open(out, "rb") as handle:
        assert "Tây Hồ" in handle.read().decode("utf-8")


@pytest.mark.parametrize(
    ("argv", "line"),
    [
        (["report", ""], "tayho-coord report: error: argument FILE: an empty file name"),
        (["summary", ""], "tayho-coord summary: error: argument FILE: an empty file name"),
        (
            ["validate", "a.json", ""],
            "tayho-coord validate: error: argument FILE: an empty file name",
        ),
        (["metrics", ""], "tayho-coord metrics: error: argument FILE: an empty file name"),
        (
            ["report", "-o", ""],
            "tayho-coord report: error: argument -o/--output: an empty file name",
        ),
        (
            ["audit", "\udcff%"],
            "tayho-coord audit: error: argument RATE: '\\xff%' is not UTF-8 text (the bytes "
            "shown as \\x..): write it in UTF-8",
        ),
        (
            ["report", "--place", "H\udce0"],
            "tayho-coord report: error: argument --place: 'H\\xe0' is not UTF-8 text (the "
            "bytes shown as \\x..): write it in UTF-8",
        ),
        (
            ["fmt", "count", "3", "c\udcf4"],
            "tayho-coord fmt count: error: argument NOUN: 'c\\xf4' is not UTF-8 text (the "
            "bytes shown as \\x..): write it in UTF-8 (see 'tayho-coord fmt count --help')",
        ),
    ],
)
def test_a_bad_argument_is_named(argv: list[str], line: str) -> None:
    assert _run(argv) == (2, "", line + "\n")


def test_a_read_only_output_is_refused_and_kept(tmp_path: Path) -> None:
    out = tmp_path / "signed.md"
    out.write_text("đã ký\n", encoding="utf-8")
    out.chmod(0o444)
    status, stdout, err = _run(["report", "-o", str(out)])
    assert (status, stdout) == (1, "")
    assert err == (
        f"tayho-coord report: error: cannot write {out}: the file is read-only (make it "
        "writable to replace it)\n"
    )
    assert out.read_text(encoding="utf-8") == "đã ký\n"


@pytest.mark.parametrize(
    "text",
    [
        "2020-W07-2",  # an ISO week date: date.fromisoformat takes it, data files do not
        "20200211",  # ISO's compact form: likewise
        "2020-02-11T00:00",
        "2020-02-30",
    ],
)
def test_fmt_date_reads_iso_as_data_files_do(text: str) -> None:
    status, out, err = _run(["fmt", "date", text])
    assert (status, out) == (2, "")
    assert err == (
        f"tayho-coord fmt date: error: {text!r} is not a date: expected an ISO date "
        "YYYY-MM-DD (see 'tayho-coord fmt date --help')\n"
    )


def test_the_one_iso_reading_is_the_data_files() -> None:
    # The loader reads a date field with parse_iso_date (tests/io/test_io.py checks a data
    # file's "2020-W07-2" gives "expected an ISO date YYYY-MM-DD"); fmt date reads with it.
    import datetime as dt

    from tayho_coord.errors import ParseError
    from tayho_coord.io._converter import get_converter
    from tayho_coord.model._time import parse_iso_date

    assert parse_iso_date("2020-02-11") == dt.date(2020, 2, 11)
    for text in ("2020-W07-2", "20200211", "2020-02-11T00:00", "２０２０-02-11"):
        with pytest.raises(ParseError, match="expected an ISO date YYYY-MM-DD"):
            get_converter().structure(text, dt.date)
        assert _run(["fmt", "date", text])[0] == 2


@pytest.mark.parametrize("value", ["17,4", "56.82", "2", "--1,5", "1,0001"])
def test_fmt_percent_refuses_a_bare_number_above_1(value: str) -> None:
    # audit reads a bare 17,4 as 17,4% (reports drop the %); fmt percent must not print
    # 1.740,00% for the same text (issue 13).
    body = value.removeprefix("-")
    status, out, err = _run(["fmt", "percent", "--", body if value[0] != "-" else value[1:]])
    assert (status, out) == (2, "")
    assert err == (
        f"tayho-coord fmt percent: error: {body!r} without % is ambiguous: write {body}% for "
        "a percentage (as audit reads it), or a ratio from -1 to 1 (see 'tayho-coord fmt "
        "percent --help')\n"
    )


def test_fmt_percent_and_audit_read_17_4_percent_alike() -> None:
    assert _run(["fmt", "percent", "17,4%", "--decimals", "1"]) == (0, "17,4%\n", "")
    # 174/1000 = 17,4%: audit reads the bare text the same way.
    status, out, _ = _run(["audit", "17,4", "--counts", "174/1000"])
    assert (status, out) == (0, "rounded: '17,4' is 174/1000 rounded half-up to 1 decimal\n")


@pytest.mark.parametrize(
    ("argv", "line"),
    [
        (
            ["audit", "50%", "--max-denominator", "100000"],
            "tayho-coord audit: error: argument --max-denominator: 100000: more than 1000000 "
            "counts with a whole up to 14142 print as '50%': give a max_denominator below "
            "14142",
        ),
        (
            ["audit", "50%", "--max-denominator", "100001"],
            "tayho-coord audit: error: argument --max-denominator: 100001: must be from 1 to "
            "100000",
        ),
    ],
)
def test_audit_bounds_its_work(argv: list[str], line: str) -> None:
    assert _run(argv) == (2, "", line + "\n")


# --- fuzzing the whole command line --------------------------------------------------------

# Text of every kind: surrogates (a non-UTF-8 command line), huge numbers and exponents,
# Vietnamese, separators.
ANY_TEXT = st.one_of(
    st.text(max_size=20),
    st.text(alphabet=st.sampled_from(list("0123456789.,%/- eE+")), max_size=20),
    st.integers(4290, 4400).map(lambda k: "9" * k),
    st.sampled_from(
        ["1e999999999", "-1E-999999999", "9" * 30 + "," + "9" * 40 + "%", "\udcff", ""]
    ),
)
COMMANDS = st.sampled_from(
    [
        ["fmt", "number"],
        ["fmt", "percent"],
        ["fmt", "count"],
        ["fmt", "date"],
        ["fmt", "words"],
        ["fmt", "words", "--amount"],
        ["fmt", "number", "--decimals", "3"],
        ["audit"],
        ["audit", "--counts", "25/44"],
        ["audit", "--max-denominator", "100"],
        ["validate"],
        ["summary"],
    ]
)


@settings(max_examples=200, deadline=None)
@given(COMMANDS, ANY_TEXT, st.one_of(st.none(), ANY_TEXT))
def test_the_command_line_answers_or_says_one_line(
    command: list[str], value: str, extra: str | None
) -> None:
    argv = [*command, "--", value]
    if extra is not None and command[0] == "audit":
        argv = [*command, "--counts", extra, "--", value] if "--counts" not in command else argv
    status, out, err = _run(argv)
    assert status in (0, 1, 2)
    if status == 2:
        assert out == ""
        assert err.count("\n") == 1
        assert err.startswith("tayho-coord")
    if status == 1:
        assert "Traceback" not in err


def test_validate_of_a_huge_integer_says_one_line(tmp_path: Path) -> None:
    # Issue 14: a JSON number of more than 4300 digits printed a traceback.
    bad = tmp_path / "huge.json"
    bad.write_text('{"schema_version": 1, "type": "Source", "data": ' + "9" * 5000 + "}")
    assert _run(["validate", str(bad)]) == (
        1,
        "",
        f"{bad}: $: an integer of more than 4300 digits: too long to read\n",
    )
