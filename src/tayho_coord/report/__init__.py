"""Documents of the coordination cycle, as an office files them (Nghị định 30/2020/NĐ-CP).

Examples:
    >>> from tayho_coord.datasets import tay_ho_2019
    >>> text = render(tay_ho_2019(), format="text")
    >>> print(text.splitlines()[12])
    Tây Hồ, ngày … tháng … năm 2020
"""

from __future__ import annotations

from tayho_coord.report._parts import Signer
from tayho_coord.report._render import Format, render
from tayho_coord.report._summary import summarize
from tayho_coord.report._xlsx import PETITION_HEADERS, write_xlsx

__all__ = ["PETITION_HEADERS", "Format", "Signer", "render", "summarize", "write_xlsx"]
