"""Every code example in the documentation runs, and shows what it really prints.

Each page of ``docs/`` (every ``*.md``, found when the tests are collected, so a new page is
tested without registering it) is read as a sequence of fenced code blocks, run in order in
one namespace per page:

* ``pycon`` / ``python`` blocks with ``>>>`` prompts are doctests (ELLIPSIS and
  NORMALIZE_WHITESPACE, as for the docstrings, see ``[tool.pytest.ini_options]``);
* ``python`` blocks without prompts are executed and must not raise;
* ``console`` blocks: each ``$ tayho-coord …`` command shown with its output is run through
  ``tayho_coord.cli.main`` and must print the lines shown under it (``...`` stands for any
  text, as in doctests); a command shown without output is a usage line, and other commands
  (``pip``, ``git``) are setup steps: those are not run;
* ``json`` blocks must be valid JSON.

Blocks in other languages (``sh``, ``toml``, ``text``) are shown, not run.
"""

from __future__ import annotations

import contextlib
import doctest
import io
import json
import re
import shlex
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

DOCS = Path(__file__).resolve().parent.parent / "docs"
PAGES = sorted(DOCS.rglob("*.md"))
FLAGS = doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE

_FENCE = re.compile(r"^(?P<indent>[ \t]*)(?P<fence>`{3,}|~{3,})[ \t]*(?P<lang>[\w+-]*)")


@dataclass(frozen=True)
class Block:
    """One fenced code block of a page."""

    lang: str
    text: str
    line: int  # 1-based line of the block's first line of code


def blocks(markdown: str) -> list[Block]:
    """The fenced code blocks of a Markdown text, indented ones (in lists, admonitions) too."""
    out: list[Block] = []
    lines = markdown.splitlines()
    i = 0
    while i < len(lines):
        match = _FENCE.match(lines[i])
        if not match:
            i += 1
            continue
        indent, fence, lang = match["indent"], match["fence"], match["lang"].lower()
        body: list[str] = []
        start = i + 1
        i += 1
        while i < len(lines):
            stripped = lines[i][len(indent) :] if lines[i].startswith(indent) else lines[i]
            if stripped.startswith(fence[0] * len(fence)) and not stripped.strip(fence[0]):
                break
            body.append(stripped)
            i += 1
        else:
            raise ValueError(f"line {start}: code block never closed")
        out.append(Block(lang, "\n".join(body) + "\n", start + 1))
        i += 1
    return out


def _run_doctest(block: Block, page: Path, globs: dict[str, Any]) -> str:
    """Run a block's doctest in ``globs``; the runner's report, empty if it passed."""
    parser = doctest.DocTestParser()
    name = f"{page.relative_to(DOCS.parent)}:{block.line}"
    test = parser.get_doctest(block.text, globs, name, str(page), block.line - 1)
    report = io.StringIO()
    runner = doctest.DocTestRunner(optionflags=FLAGS)
    runner.run(test, out=report.write, clear_globs=False)
    globs.update(test.globs)  # the DocTest ran in a copy: later blocks see its names
    return report.getvalue() if runner.failures else ""


def _run_console(block: Block) -> list[tuple[str, str, str]]:
    """Run the ``tayho-coord`` commands of a console block: (command, expected, got) misfits."""
    from tayho_coord.cli import main

    misfits = []
    commands: list[tuple[str, list[str]]] = []
    for line in block.text.splitlines():
        if line.startswith("$ "):
            commands.append((line[2:], []))
        elif commands:
            commands[-1][1].append(line)
    for command, expected_lines in commands:
        argv = shlex.split(command, comments=True)
        if not argv or argv[0] != "tayho-coord":
            continue  # a setup step (pip, git, python -m venv): shown, not run
        if not any(line.strip() for line in expected_lines):
            continue  # a usage line, shown without its output: not run
        out = io.StringIO()
        with contextlib.redirect_stdout(out):
            main(argv[1:])
        expected = "\n".join(expected_lines).rstrip("\n") + "\n"
        got = out.getvalue().rstrip("\n") + "\n"
        if not doctest.OutputChecker().check_output(expected, got, doctest.ELLIPSIS):
            misfits.append((command, expected, got))
    return misfits


@pytest.mark.parametrize("page", PAGES, ids=[str(p.relative_to(DOCS)) for p in PAGES])
def test_every_example_of_the_page_runs(page: Path) -> None:
    globs: dict[str, Any] = {"__name__": f"docs.{page.stem}"}
    problems: list[str] = []
    for block in blocks(page.read_text(encoding="utf-8")):
        where = f"{page.name}:{block.line}"
        if block.lang in ("python", "py", "pycon"):
            if any(line.lstrip().startswith(">>>") for line in block.text.splitlines()):
                report = _run_doctest(block, page, globs)
                if report:
                    problems.append(report)
            else:
                code = compile(block.text, f"{page}:{block.line}", "exec")
                exec(code, globs)
        elif block.lang == "console":
            for command, expected, got in _run_console(block):
                problems.append(f"{where}: $ {command}\nexpected:\n{expected}\ngot:\n{got}")
        elif block.lang == "json":
            try:
                json.loads(block.text)
            except json.JSONDecodeError as exc:
                problems.append(f"{where}: not valid JSON: {exc}")
    assert not problems, "\n".join(problems)


# -- the block reader itself ----------------------------------------------------------------


def test_blocks_reads_fences_with_their_language_and_line() -> None:
    text = "# T\n\n```pycon\n>>> 1 + 1\n2\n```\n\ntext\n\n~~~json\n{}\n~~~\n"
    assert blocks(text) == [Block("pycon", ">>> 1 + 1\n2\n", 4), Block("json", "{}\n", 11)]


def test_blocks_reads_indented_fences_and_longer_fences() -> None:
    text = "- item\n\n    ````python\n    x = 1\n    ```\n    ````\n"
    assert blocks(text) == [Block("python", "x = 1\n```\n", 4)]


def test_an_unclosed_block_is_an_error() -> None:
    with pytest.raises(ValueError, match="never closed"):
        blocks("```python\nx = 1\n")


def test_a_wrong_doctest_is_reported() -> None:
    page = DOCS / "index.md"
    report = _run_doctest(Block("pycon", ">>> 1 + 1\n3\n", 1), page, {})
    assert "Expected:\n    3\nGot:\n    2" in report
    assert _run_doctest(Block("pycon", ">>> 1 + 1\n2\n", 1), page, {}) == ""


def test_doctests_of_a_page_share_their_names() -> None:
    page = DOCS / "index.md"
    globs: dict[str, Any] = {}
    assert _run_doctest(Block("pycon", ">>> x = 41\n", 1), page, globs) == ""
    assert _run_doctest(Block("pycon", ">>> x + 1\n42\n", 5), page, globs) == ""


def test_console_blocks_skip_setup_commands_and_usage_lines() -> None:
    assert _run_console(Block("console", "$ pip install .\nanything\n", 1)) == []
    usage = "$ tayho-coord summary --no-such-option   # a comment\n$ tayho-coord summary\n"
    assert _run_console(Block("console", usage, 1)) == []


def test_console_blocks_run_the_command_line() -> None:
    right = "$ tayho-coord summary\nQuận Tây Hồ: ...\n...\n"
    assert _run_console(Block("console", right, 1)) == []
    wrong = "$ tayho-coord summary\nHuyện Tây Hồ\n"
    [(command, expected, got)] = _run_console(Block("console", wrong, 1))
    assert (command, expected) == ("tayho-coord summary", "Huyện Tây Hồ\n")
    assert got.startswith("Quận Tây Hồ: ")


# -- the glossary agrees with the model -----------------------------------------------------


def _resolve(name: str) -> Any:
    """The object a glossary identifier names (``UnitKind.WARD``, ``tayho_coord.vi.x``)."""
    import importlib

    parts = name.split(".")
    rest: list[str] = []
    if parts[0] == "tayho_coord":
        for split in range(len(parts), 0, -1):
            try:
                obj: Any = importlib.import_module(".".join(parts[:split]))
            except ImportError:
                continue
            rest = parts[split:]
            break
    else:
        obj, rest = importlib.import_module("tayho_coord.model"), parts
    for part in rest:
        obj = getattr(obj, part)
    return obj


def _glossary_rows() -> list[tuple[str, list[str]]]:
    rows = []
    for line in (DOCS / "glossary.md").read_text(encoding="utf-8").splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if line.startswith("|") and len(cells) == 3:
            names = re.findall(r"`([\w.]+)`", cells[2])
            if names:
                rows.append((cells[0], names))
    return rows


def test_glossary_identifiers_exist_and_their_vietnamese_is_the_models() -> None:
    import enum

    rows = _glossary_rows()
    assert len(rows) > 50
    for term, names in rows:
        for name in names:
            obj = _resolve(name)  # AttributeError or ImportError: no such identifier
            if isinstance(obj, enum.Enum):
                candidates = [getattr(obj, "label", None), obj.value]
                forms = [f for f in candidates if isinstance(f, str) and not f.isascii()]
                if forms:
                    assert any(f.lower() in term.lower() for f in forms), (term, name, forms)


# -- the site's hook: Sphinx roles of docstrings become cross-references ------------------


def _hooks() -> Any:
    import importlib.util

    path = DOCS.parent / "scripts" / "mkdocs_hooks.py"
    spec = importlib.util.spec_from_file_location("mkdocs_hooks", path)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_roles_become_optional_autorefs() -> None:
    hooks = _hooks()
    assert hooks.page_module("api/model.md") == "tayho_coord.model"
    assert hooks.page_module("tutorial.md") is None
    html = "raises :class:<code>~tayho_coord.errors.DataError</code> and :func:<code>audit</code>"
    assert hooks.link_roles(html, "tayho_coord.audit") == (
        'raises <autoref identifier="tayho_coord.errors.DataError" optional>'
        "<code>DataError</code></autoref> and "
        '<autoref identifier="tayho_coord.audit.audit" optional><code>audit</code></autoref>'
    )
    assert hooks.link_roles("<code>plain</code>", None) == "<code>plain</code>"
