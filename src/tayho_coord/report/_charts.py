"""The metrics charts of a review as inline SVG, for the HTML report (the ``plot`` extra)."""

from __future__ import annotations

import io
import re
from functools import lru_cache
from importlib.util import find_spec
from typing import TYPE_CHECKING

from tayho_coord.errors import ValidationError

if TYPE_CHECKING:
    from tayho_coord.model import ProgramReview

__all__ = ["chart_svgs", "charts_available"]

_CAPTIONS = (
    "Biểu đồ 1. Nội dung giám sát, khảo sát, kiểm tra theo cơ quan chủ trì",
    "Biểu đồ 2. Tỷ lệ giải quyết kiến nghị cử tri",
)

# What an SVG file has that an SVG inside an HTML page does not need: the XML prolog, the
# doctype, the RDF metadata, comments and the namespace declarations (the HTML parser puts
# inline SVG in its namespace by itself).  Without them the page names no outside address.
_DROP = (
    re.compile(r"<\?xml[^>]*\?>\s*"),
    re.compile(r"<!DOCTYPE[^>]*>\s*", re.IGNORECASE),
    re.compile(r"\s*<metadata>.*?</metadata>", re.DOTALL),
    re.compile(r"\s*<!--.*?-->", re.DOTALL),
    re.compile(r'\s+xmlns(?::\w+)?="[^"]*"'),
)


def charts_available() -> bool:
    """Whether the ``plot`` extra (matplotlib) is installed."""
    return find_spec("matplotlib") is not None


# What would run or load something in the page: never inlined.
_ACTIVE = re.compile(r"<script|<foreignObject|\son\w+\s*=|href\s*=\s*[\"']?\s*javascript:", re.I)


def _inline(svg: str) -> str:
    """The SVG as markup for inside an HTML page.

    Raises:
        ValidationError: the SVG holds active content (a script, a foreignObject, an event
            handler, a ``javascript:`` link); matplotlib draws none, so this is a guard.
    """
    for pattern in _DROP:
        svg = pattern.sub("", svg)
    found = _ACTIVE.search(svg)
    if found:
        raise ValidationError("svg", found.group(0), "a chart holds active content: not inlined")
    return svg.strip()


@lru_cache(maxsize=8)
def chart_svgs(review: ProgramReview) -> tuple[tuple[str, str], ...]:
    """The captions and inline SVG markup of the review's metrics charts.

    The charts are those of :mod:`tayho_coord.metrics` for the review's year: oversight
    topics by lead body, and the petition resolution rate (printed or computed). Their texts
    are drawn as paths, so the page needs no font to show them; ids are derived from a fixed
    salt and no date is written, so the same review gives the same markup. Drawing takes a
    second: the last few results are kept (reviews are immutable, so they cannot go stale).

    Raises:
        ModuleNotFoundError: the ``plot`` extra is not installed.
    """
    import matplotlib

    from tayho_coord.metrics import plot_oversight_by_body, plot_resolution_rate, yearly

    table = yearly([review])
    out = []
    with matplotlib.rc_context({"svg.hashsalt": "tayho-coord", "svg.fonttype": "path"}):
        for caption, plot in zip(
            _CAPTIONS, (plot_oversight_by_body, plot_resolution_rate), strict=True
        ):
            buffer = io.StringIO()
            plot(table).savefig(buffer, format="svg", metadata={"Date": None})
            out.append((caption, _inline(buffer.getvalue())))
    return tuple(out)
