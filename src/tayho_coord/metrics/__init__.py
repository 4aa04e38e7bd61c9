"""Metrics computed from many records: petition counts and rates per group.

Data-frame libraries are never imported here: a frame is handed to narwhals on the first call
that receives one.

Examples:
    >>> petition_rates([], by=("year",))
    []
"""

from __future__ import annotations

from tayho_coord.metrics._rates import GROUP_KEYS, petition_rates
from tayho_coord.metrics._table import Column, ColumnKind, RecordTable
from tayho_coord.metrics._yearly import Basis, MetricsRow, MetricsTable, RateBasis, yearly

__all__ = [
    "GROUP_KEYS",
    "Basis",
    "Column",
    "ColumnKind",
    "MetricsRow",
    "MetricsTable",
    "RateBasis",
    "RecordTable",
    "petition_rates",
    "yearly",
]
