"""Reports of a year's coordination, in Vietnamese administrative form.

Examples:
    >>> from tayho_coord.datasets import tay_ho_2019
    >>> text = render(tay_ho_2019(), format="text")
    >>> print(text.splitlines()[6])
    Tây Hồ, ngày 11 tháng 02 năm 2020
"""

from __future__ import annotations

from tayho_coord.report._render import Format, render
from tayho_coord.report._summary import summarize
from tayho_coord.report._xlsx import PETITION_HEADERS, write_xlsx

__all__ = ["PETITION_HEADERS", "Format", "render", "summarize", "write_xlsx"]
