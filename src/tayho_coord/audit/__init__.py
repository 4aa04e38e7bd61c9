"""Consistency checks of printed figures: is a printed rate what its counts give?

Reports round, truncate, drop the ``%``, divide by another total than the one they print, or
give parts that do not add up. These checks say exactly how a printed figure and the counts
differ, in exact arithmetic (rounding half-up, Luật Kế toán, Điều 17).

Examples:
    >>> check_rate("97,8%", 9789, 10000).verdict
    <Verdict.TRUNCATED: 'truncated'>
    >>> candidates("56,82%", 50)
    [(25, 44)]
    >>> check_total(44, [25, 20]).difference
    1
"""

from __future__ import annotations

from tayho_coord.model._audit import AuditFinding, audit
from tayho_coord.model._checks import (
    MAX_COUNT_DIGITS,
    MAX_DECIMALS,
    MAX_DENOMINATOR,
    MAX_RESULTS,
    RateCheck,
    SumCheck,
    Verdict,
    candidates,
    check_rate,
    check_total,
    denominators,
)

__all__ = [
    "MAX_COUNT_DIGITS",
    "MAX_DECIMALS",
    "MAX_DENOMINATOR",
    "MAX_RESULTS",
    "AuditFinding",
    "RateCheck",
    "SumCheck",
    "Verdict",
    "audit",
    "candidates",
    "check_rate",
    "check_total",
    "denominators",
]
