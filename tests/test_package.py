import ast
import subprocess
import sys
from pathlib import Path

import pytest

import tayho_coord

SRC = Path(tayho_coord.__file__).parent


def test_all_is_static_and_sorted() -> None:
    tree = ast.parse((SRC / "__init__.py").read_text(encoding="utf-8"))
    literal = next(
        node.value
        for node in tree.body
        if isinstance(node, ast.Assign)
        and any(isinstance(t, ast.Name) and t.id == "__all__" for t in node.targets)
    )
    names = ast.literal_eval(literal)
    assert names == sorted(names)
    assert names == tayho_coord.__all__


def test_every_public_name_resolves() -> None:
    for name in tayho_coord.__all__:
        assert getattr(tayho_coord, name) is not None, name


def test_unknown_attribute_is_an_attribute_error() -> None:
    with pytest.raises(AttributeError, match="no_such_name"):
        tayho_coord.no_such_name  # type: ignore[attr-defined]  # noqa: B018


def test_version_comes_from_metadata() -> None:
    from importlib.metadata import version

    assert tayho_coord.__version__ == version("tayho_coord")


def test_import_is_light() -> None:
    code = (
        "import sys, tayho_coord; "
        "print(sorted(m for m in ('babel', 'dateutil', 'cattrs', 'pandas', 'polars', "
        "'narwhals', 'matplotlib') if m in sys.modules))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert out.strip() == "[]"


def test_subpackages_are_attributes_loaded_on_first_use() -> None:
    code = (
        "import sys, tayho_coord as tc; "
        "assert 'tayho_coord.metrics' not in sys.modules; "
        "m = tc.metrics; assert m.__name__ == 'tayho_coord.metrics'; "
        "print(tc.vi.format_percent(0.5), 'vi' in dir(tc))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert out.strip() == "50,00% True"


def test_lazy_names_and_type_checking_imports_agree() -> None:
    tree = ast.parse((SRC / "__init__.py").read_text(encoding="utf-8"))
    guarded = {
        alias.asname or alias.name
        for node in ast.walk(tree)
        if isinstance(node, ast.If) and getattr(node.test, "id", None) == "TYPE_CHECKING"
        for stmt in node.body
        if isinstance(stmt, ast.ImportFrom)
        for alias in stmt.names
    }
    lazy = set(tayho_coord._LAZY) | set(tayho_coord._SUBPACKAGES)
    assert guarded == lazy


def test_extract_is_the_function_at_the_top_level() -> None:
    # The issue names ``tayho_coord.extract(text, *, source=…)``: a function, while the
    # module of its types is ``tayho_coord.extraction``.
    from tayho_coord.extraction import Draft

    draft = tayho_coord.extract("Tỷ lệ giải quyết đạt 56,82%.")
    assert isinstance(draft, Draft)
    assert [rate.span.text for rate in draft.rates] == ["56,82%"]
