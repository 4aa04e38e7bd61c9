"""The vi layer stands alone (DESIGN.md, "Layers"): it imports nothing of tayho_coord but
tayho_coord.errors, its __all__ is static and sorted, and importing it loads no heavy library.
"""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import tayho_coord.vi as vi

PACKAGE = Path(vi.__file__).parent


def _imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def test_vi_imports_only_errors_from_the_project() -> None:
    for path in sorted(PACKAGE.glob("*.py")):
        project = {m for m in _imported_modules(path) if m.startswith("tayho_coord")}
        inside = {m for m in project if m == "tayho_coord.vi" or m.startswith("tayho_coord.vi.")}
        assert project - inside <= {"tayho_coord.errors"}, path.name


def test_all_is_static_sorted_and_complete() -> None:
    tree = ast.parse((PACKAGE / "__init__.py").read_text(encoding="utf-8"))
    literal = next(
        node.value
        for node in tree.body
        if isinstance(node, ast.Assign)
        and any(isinstance(t, ast.Name) and t.id == "__all__" for t in node.targets)
    )
    names = ast.literal_eval(literal)
    assert names == sorted(names) == vi.__all__
    assert all(getattr(vi, name) is not None for name in names)
    public = {n for n in vars(vi) if not n.startswith("_")} - {"annotations"}
    assert public == set(names)


def test_import_loads_nothing_heavy_nor_other_layers() -> None:
    code = (
        "import sys, tayho_coord.vi; "
        "print(sorted(m for m in sys.modules if m.split('.')[0] in "
        "('babel', 'dateutil', 'cattrs', 'pandas', 'polars', 'narwhals', 'matplotlib') "
        "or (m.startswith('tayho_coord.') and not m.startswith('tayho_coord.vi') "
        "and m != 'tayho_coord.errors')))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert out.strip() == "[]"
