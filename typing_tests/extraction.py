"""The assembly of draft records, pinned: ``mypy --strict typing_tests`` must pass.

Nothing here runs: mypy only reads it.
"""

from __future__ import annotations

from typing_extensions import assert_type

from tayho_coord.extraction import Assembly, Missing, Unplaced, assemble, extract
from tayho_coord.model import AdminUnit, RecordSet, Source


def assembly(unit: AdminUnit) -> None:
    draft = extract("Ngày 05/3/2024, …", source="bai-viet.txt")
    result = assemble(draft, units=(unit,))
    assert_type(result, Assembly)
    assert_type(result.records, RecordSet)
    assert_type(result.missing, tuple[Missing, ...])
    assert_type(result.unplaced, tuple[Unplaced, ...])
    assert_type(result.source, Source)
    assert_type(result.complete, bool)
    assert_type(result.check(), RecordSet)
    assert_type(assemble(draft, source="https://example.vn/bai-1"), Assembly)
    assemble("text")  # type: ignore[arg-type]
    assemble(draft, units=["huyện Ba Vì"])  # type: ignore[list-item]
