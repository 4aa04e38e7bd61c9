"""Imports only point down the layers, and ``vi`` stands on its own.

The layers are those of docs/index.md ("The layers"), with the command
line (the ``cli`` package, one module per command) and ``report`` on top:

cli / report > metrics > audit / extraction > io / datasets > model > vi > errors
"""

import ast
from pathlib import Path

import pytest

import tayho_coord

SRC = Path(tayho_coord.__file__).parent

LAYERS = {
    "errors": 0,
    "vi": 1,
    "model": 2,
    "io": 3,
    "datasets": 3,
    "audit": 4,
    "extraction": 4,
    "metrics": 5,
    "report": 6,
    "cli": 6,
    "__main__": 6,
}


def _layer(module: str) -> int | None:
    parts = module.split(".")
    if parts[0] != "tayho_coord" or len(parts) < 2:
        return None
    return LAYERS[parts[1]]


def _modules() -> list[Path]:
    return sorted(p for p in SRC.rglob("*.py") if p.relative_to(SRC).parts != ("__init__.py",))


def _name(path: Path) -> str:
    rel = path.relative_to(SRC).with_suffix("")
    parts = [p for p in rel.parts if p != "__init__"]
    return ".".join(["tayho_coord", *parts])


def _imports(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = []
    for node in ast.walk(tree):  # top level, functions and TYPE_CHECKING blocks alike
        if isinstance(node, ast.ImportFrom) and node.module:
            found.append(node.module)
        elif isinstance(node, ast.Import):
            found.extend(alias.name for alias in node.names)
    return found


@pytest.mark.parametrize("path", _modules(), ids=lambda p: str(p.relative_to(SRC)))
def test_imports_point_down(path: Path) -> None:
    own = _layer(_name(path))
    assert own is not None
    for module in _imports(path):
        other = _layer(module)
        if other is None:
            continue
        assert other <= own, f"{_name(path)} (layer {own}) imports {module} (layer {other})"


def test_vi_imports_nothing_of_the_model() -> None:
    for path in (SRC / "vi").rglob("*.py"):
        for module in _imports(path):
            if module.startswith("tayho_coord"):
                assert module == "tayho_coord.errors" or module.startswith("tayho_coord.vi"), (
                    f"{path.name} imports {module}"
                )
