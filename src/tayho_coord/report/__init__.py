"""Reports of a year's coordination, in Vietnamese administrative form."""

from __future__ import annotations

from tayho_coord.report._summary import summarize

__all__ = ["summarize"]
