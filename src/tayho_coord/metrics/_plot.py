"""Charts of yearly metrics (the ``plot`` extra: matplotlib, imported on first use).

Each function builds a :class:`matplotlib.figure.Figure` on the Agg canvas and returns it:
nothing is shown, nothing is written, pyplot and its global state are not touched. Save a
chart with ``fig.savefig("chart.png")``; Jupyter displays a returned figure by itself.

Every text is set in DejaVu Sans, which ships with matplotlib and has the Vietnamese letters
and tone marks (ư, ơ, ạ, ầ, ễ…); numbers are written the Vietnamese way (``56,82%``), unknown
values are left out (never drawn as 0).
"""

from __future__ import annotations

from fractions import Fraction
from typing import TYPE_CHECKING, Any

from tayho_coord.errors import ValidationError
from tayho_coord.metrics._yearly import Basis, MetricsTable, RateBasis

if TYPE_CHECKING:
    from matplotlib.figure import Figure

    from tayho_coord.metrics._table import Labels

__all__ = ["FONT_FAMILY", "plot_oversight_by_body", "plot_resolution_rate"]

FONT_FAMILY = "DejaVu Sans"
"""The font of every text of the charts: bundled with matplotlib, with Vietnamese glyphs."""

_TEXTS: dict[str, tuple[str, str]] = {
    "rate_title": (
        "Tỷ lệ giải quyết kiến nghị cử tri theo năm",
        "Voter petition resolution rate by year",
    ),
    "rate_axis": ("Tỷ lệ giải quyết", "Resolution rate"),
    "year": ("Năm", "Year"),
    "printed": ("công bố", "printed"),
    "computed": ("tính từ số liệu", "computed from counts"),
    "body_title": (
        "Nội dung giám sát, khảo sát, kiểm tra theo cơ quan chủ trì (các nhóm có thể trùng nhau)",
        "Oversight topics by lead body (groups may overlap)",
    ),
    "overlap_note": (
        "Mỗi cột là số liệu của một nhóm; các nhóm có thể trùng nhau"
        " nên không cộng gộp thành tổng.",
        "Each bar is one group's figure; groups may overlap, so they do not add up to a total.",
    ),
    "topics": ("Số nội dung", "Topics"),
    "council": ("HĐND chủ trì", "led by the council"),
    "committee": ("UBND chủ trì", "led by the committee"),
    "front": ("UBMTTQ chủ trì", "led by the front"),
    "other": ("cơ quan khác chủ trì", "led by another body"),
    "joint": ("phối hợp, không nêu chủ trì", "joint, no lead named"),
    "unknown": ("chưa rõ số", "number unknown"),
    "at_most": ("tối đa", "at most"),
    "empty": ("Không có số liệu", "No figures"),
}
_BODIES = ("council", "committee", "front", "other", "joint")
_COLORS = ("#c0392b", "#2471a3", "#d4ac0d", "#7f8c8d", "#27ae60")


def _text(key: str, labels: Labels) -> str:
    vi, en = _TEXTS[key]
    return vi if labels == "vi" else en


def _check(table: object, labels: object) -> None:
    if not isinstance(table, MetricsTable):
        raise ValidationError("table", type(table).__name__, "must be a MetricsTable")
    if labels not in ("vi", "en"):
        raise ValidationError("labels", labels, "must be 'en' or 'vi'")


def _figure(width: float, height: float, ncols: int = 1) -> tuple[Figure, Any, Any, Any]:
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure
    from matplotlib.font_manager import FontProperties

    fig = Figure(figsize=(width, height), layout="constrained")
    FigureCanvasAgg(fig)
    axes = fig.subplots(1, ncols, squeeze=False, sharey=True)[0]
    return fig, axes, FontProperties(family=FONT_FAMILY), FontProperties(family=FONT_FAMILY, size=8)


def _note(ax: Any, text: str, xy: tuple[float, float], dy: float, font: Any) -> None:
    """Write ``text`` centred ``dy`` points above the point ``xy``."""
    ax.annotate(
        text, xy, textcoords="offset points", xytext=(0, dy), ha="center", fontproperties=font
    )


def _years(ax: Any, years: list[int], font: Any, labels: Labels) -> None:
    ax.set_xticks(years, labels=[str(y) for y in years], fontproperties=font)
    ax.set_xlabel(_text("year", labels), fontproperties=font)


def plot_resolution_rate(table: MetricsTable, *, labels: Labels = "vi") -> Figure:
    """A line per unit of its voter-petition resolution rate over the years.

    A printed rate is drawn as a hollow circle, a rate computed from counts as a filled
    square; each point is labelled with its value (``56,82%``). A year without a rate is a
    gap in the line.

    Args:
        table: Yearly metrics.
        labels: ``vi`` (default) or ``en`` texts.

    Returns:
        The figure (Agg canvas), neither shown nor saved.

    Raises:
        ValidationError: ``table`` is not a MetricsTable, or ``labels`` is unknown.
    """
    _check(table, labels)
    from matplotlib.lines import Line2D

    from tayho_coord.vi import format_percent

    fig, axes, font, small = _figure(7.5, 4.5)
    ax = axes[0]
    for unit_id in table.unit_ids:
        rows = [r for r in table if r.unit_id == unit_id]
        xs = [r.year for r in rows]
        ys = [None if r.resolution_rate is None else float(r.resolution_rate) * 100 for r in rows]
        line = ax.plot(xs, [float("nan") if y is None else y for y in ys], label=rows[0].unit)[0]
        for row, y in zip(rows, ys, strict=True):
            if y is None:
                continue
            printed = row.resolution_rate_basis is RateBasis.PRINTED
            ax.plot(
                [row.year],
                [y],
                marker="o" if printed else "s",
                markersize=8,
                markerfacecolor="white" if printed else line.get_color(),
                markeredgecolor=line.get_color(),
                linestyle="none",
            )
            assert row.resolution_rate is not None
            text = format_percent(Fraction(row.resolution_rate), decimals=2)
            _note(ax, text, (row.year, y), 8, small)
    ticks = list(range(0, 101, 20))
    ax.set_ylim(0, 105)
    ax.set_yticks(
        ticks,
        labels=[format_percent(Fraction(t, 100), decimals=0) for t in ticks],
        fontproperties=font,
    )
    ax.set_ylabel(_text("rate_axis", labels), fontproperties=font)
    _years(ax, list(table.years), font, labels)
    ax.set_title(_text("rate_title", labels), fontproperties=font)
    handles, names = ax.get_legend_handles_labels()
    for key, marker, face in (("printed", "o", "white"), ("computed", "s", "black")):
        handles.append(
            Line2D([], [], color="black", marker=marker, markerfacecolor=face, linestyle="none")
        )
        names.append(_text(key, labels))
    ax.legend(handles, names, prop=small, loc="lower right")
    ax.grid(axis="y", alpha=0.3)
    return fig


def plot_oversight_by_body(table: MetricsTable, *, labels: Labels = "vi") -> Figure:
    """Bars of oversight topics per year, side by side by the body that led them; no total.

    A panel per unit; in each year a bar per lead body with a figure, its height the figure
    of the column ``oversight_council``, ``oversight_committee``, ``oversight_front``,
    ``oversight_other`` or ``oversight_joint`` (topics done jointly with no lead named),
    written above it. The groups a review reports **may overlap** — Tây Hồ 2019 reports 14
    topics done by the Front with the council and 4 led by the Front with the council's Legal
    Committee, and does not say whether the 4 are among the 14 — so the bars stand side by
    side, never stacked, and no total is drawn or written: 14 and 4 are shown, never 18. The
    title and a note under the panels say the groups may overlap. A bar that adds up two or
    more groups of one body (:attr:`~tayho_coord.metrics.Basis.SUMMED`) is written as the
    upper bound it is (``tối đa 7``); a stated 0 is a flat bar written ``0``. A figure that
    is unknown is not drawn (never as 0); a
    year with oversight topics of unknown number is marked ``chưa rõ số`` (a group without a
    number, or no figure at all).

    Args:
        table: Yearly metrics.
        labels: ``vi`` (default) or ``en`` texts.

    Returns:
        The figure (Agg canvas), neither shown nor saved.

    Raises:
        ValidationError: ``table`` is not a MetricsTable, or ``labels`` is unknown.
    """
    _check(table, labels)
    from tayho_coord.vi import format_number

    units = table.unit_ids or ("",)
    # At least as wide as the title and the three-column legend below the panels.
    fig, axes, font, small = _figure(max(8.5, 3.8 * len(units)), 4.8, ncols=len(units))
    years = list(table.years)
    for ax, unit_id in zip(axes, units, strict=True):
        rows = [r for r in table if r.unit_id == unit_id]
        if not rows:
            ax.set_title(_text("empty", labels), fontproperties=font)
            continue
        # The bodies with a figure in some year of the unit, each at the same place every year.
        shown = [b for b in _BODIES if any(getattr(r, f"oversight_{b}") is not None for r in rows)]
        width = 0.8 / max(len(shown), 1)
        for row in rows:
            tallest = 0
            for index, body in enumerate(shown):
                value = getattr(row, f"oversight_{body}")
                if value is None:
                    continue  # unknown: not drawn, never as 0
                x = row.year + (index - (len(shown) - 1) / 2) * width
                color = _COLORS[_BODIES.index(body)]
                ax.bar([x], [value], width=width * 0.92, color=color)
                note = format_number(value)
                if getattr(row, f"oversight_{body}_basis") is Basis.SUMMED:
                    note = f"{_text('at_most', labels)} {note}"
                _note(ax, note, (x, value), 2, small)
                tallest = max(tallest, value)
            if row.oversight_topics is None:
                _note(ax, _text("unknown", labels), (row.year, tallest), 12, small)
        ax.set_title(rows[0].unit, fontproperties=font)
        ax.margins(y=0.15)
        _years(ax, years, font, labels)
    axes[0].set_ylabel(_text("topics", labels), fontproperties=font)
    from matplotlib.ticker import FuncFormatter, MaxNLocator

    for ax in axes:
        ax.yaxis.set_major_locator(MaxNLocator(integer=True))
        ax.yaxis.set_major_formatter(FuncFormatter(lambda v, _: format_number(round(v))))
        for tick in ax.get_yticklabels():
            tick.set_fontproperties(font)
    from matplotlib.patches import Patch

    handles = [
        Patch(facecolor=color, label=_text(body, labels))
        for body, color in zip(_BODIES, _COLORS, strict=True)
    ]
    fig.legend(
        handles=handles,
        prop=small,
        loc="outside lower center",
        ncols=3,
        title=_text("overlap_note", labels),
        title_fontproperties=small,
    )
    fig.suptitle(_text("body_title", labels), fontproperties=font)
    return fig
