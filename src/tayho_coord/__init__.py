"""tayho_coord: Vietnamese local government coordination, exact and typed.

The People's Council (HĐND), the People's Committee (UBND) and the Fatherland Front Committee
(UBMTTQ), the yearly programs in which they coordinate, and the Vietnamese formatting their
reports need.

Importing the package is cheap: babel, cattrs and the data-frame libraries load on
first use of a function that needs them.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

from tayho_coord.errors import (
    DataError,
    FigureWarning,
    IllustrativeDataWarning,
    ParseError,
    Problem,
    TayHoError,
    TayHoWarning,
    ValidationError,
)

if TYPE_CHECKING:
    # Subpackages, served by __getattr__ below (the aliases mark them as re-exported).
    from tayho_coord import audit as audit
    from tayho_coord import datasets as datasets
    from tayho_coord import extraction as extraction
    from tayho_coord import io as io
    from tayho_coord import metrics as metrics
    from tayho_coord import model as model
    from tayho_coord import report as report
    from tayho_coord import vi as vi
    from tayho_coord.extraction import extract
    from tayho_coord.io import dump, dumps, load, loads

__all__ = [
    "DataError",
    "FigureWarning",
    "IllustrativeDataWarning",
    "ParseError",
    "Problem",
    "TayHoError",
    "TayHoWarning",
    "ValidationError",
    "__version__",
    "dump",
    "dumps",
    "extract",
    "load",
    "loads",
]

# Public names served lazily: name -> module that defines it.  Kept static so that the
# list above, this table and the TYPE_CHECKING imports can be checked against each other
# by the test suite.  The subpackages are reachable as attributes too (``tayho_coord.vi``),
# each imported on first access.
_SUBPACKAGES = frozenset(
    {"audit", "datasets", "extraction", "io", "metrics", "model", "report", "vi"}
)
_LAZY: dict[str, str] = {
    "dump": "tayho_coord.io",
    "dumps": "tayho_coord.io",
    "extract": "tayho_coord.extraction",
    "load": "tayho_coord.io",
    "loads": "tayho_coord.io",
}


def __getattr__(name: str) -> Any:
    if name == "__version__":
        from importlib.metadata import version

        return version("tayho_coord")
    if name in _SUBPACKAGES:
        return import_module(f"tayho_coord.{name}")
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'tayho_coord' has no attribute {name!r}")
    return getattr(import_module(module), name)


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__) | _SUBPACKAGES)
