"""The names served lazily by ``tayho_coord`` itself keep their types.

``tayho_coord.load`` and the subpackages are loaded on first access (a module
``__getattr__``); the ``TYPE_CHECKING`` imports of ``tayho_coord/__init__.py`` must keep
them typed for mypy, not ``Any``.
"""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING, Any

from typing_extensions import assert_type

import tayho_coord
from tayho_coord import dumps
from tayho_coord.datasets import tay_ho_2019
from tayho_coord.model import ProgramReview

if TYPE_CHECKING:
    from pathlib import Path


def top_level_functions(path: Path) -> None:
    review = tay_ho_2019()
    assert_type(tayho_coord.dumps(review), str)
    assert_type(dumps(review, indent=None), str)
    assert_type(tayho_coord.loads("{}"), Any)
    assert_type(tayho_coord.load(path), Any)
    assert_type(tayho_coord.dump(review, path), None)
    tayho_coord.dumps()  # type: ignore[call-arg]


def subpackages_as_attributes() -> None:
    assert_type(tayho_coord.datasets.tay_ho_2019(), ProgramReview)
    assert_type(tayho_coord.vi.parse_number("1.234,5"), Decimal)
    assert_type(tayho_coord.vi.format_count(3, noun="phiên giải trình"), str)
