"""Metrics computed from many records: petition counts and rates per group.

Data-frame libraries are never imported here: a frame is handed to narwhals on the first call
that receives one.

Examples:
    >>> petition_rates([], by=("year",))
    []
"""

from __future__ import annotations

from tayho_coord.metrics._compare import (
    ChangeRow,
    ChangeTable,
    ComparisonRow,
    ComparisonTable,
    changes,
    compare,
)
from tayho_coord.metrics._plan_chart import plan_status, plot_plan
from tayho_coord.metrics._plot import plot_oversight_by_body, plot_resolution_rate
from tayho_coord.metrics._rates import GROUP_KEYS, petition_rates
from tayho_coord.metrics._records import (
    RecordMetricsRow,
    RecordMetricsTable,
    record_kind,
    record_metrics,
)
from tayho_coord.metrics._table import Column, ColumnKind, Labels, RecordTable
from tayho_coord.metrics._yearly import (
    Basis,
    MetricsRow,
    MetricsTable,
    PetitionScope,
    RateBasis,
    yearly,
)

__all__ = [
    "GROUP_KEYS",
    "Basis",
    "ChangeRow",
    "ChangeTable",
    "Column",
    "ColumnKind",
    "ComparisonRow",
    "ComparisonTable",
    "Labels",
    "MetricsRow",
    "MetricsTable",
    "PetitionScope",
    "RateBasis",
    "RecordMetricsRow",
    "RecordMetricsTable",
    "RecordTable",
    "changes",
    "compare",
    "petition_rates",
    "plan_status",
    "plot_oversight_by_body",
    "plot_plan",
    "plot_resolution_rate",
    "record_kind",
    "record_metrics",
    "yearly",
]
