"""The examples of docs/audit.md ("Reading a printed rate") run and print what it says."""

from __future__ import annotations

import doctest
from pathlib import Path

DOC = Path(__file__).resolve().parents[2] / "docs" / "audit.md"


def test_reading_a_printed_rate_examples() -> None:
    # Code fences become blank lines, so that each example's output ends where its block does.
    text = "\n".join(
        "" if line.startswith("```") else line
        for line in DOC.read_text(encoding="utf-8").splitlines()
    )
    parser = doctest.DocTestParser()
    test = parser.get_doctest(text, {}, DOC.name, str(DOC), 0)
    assert len(test.examples) > 20
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    runner.run(test)
    result = runner.summarize(verbose=False)
    assert result.failed == 0
