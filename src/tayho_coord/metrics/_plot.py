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
    "no_review": ("không có số liệu", "no data"),
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
    if years:
        # Every panel spans the same years, each tick half a year from the edge.
        ax.set_xlim(min(years) - 0.5, max(years) + 0.5)


_LABEL_GAP = 3.0
"""The least gap, in points, between the texts of two value labels of the rate chart.

Each label sits on a white box of 1 point padding (legible where a line runs under it), so
two boxes stay at least a point apart.
"""


def _unstack(fig: Figure, notes: list[Any]) -> None:
    """Move value labels up, as little as needed, until no two of them overlap.

    The figure is laid out first (its constrained layout run once, then fixed, so the axes
    keep the place the labels were measured in); each label, lowest first, is put centred
    on its point, then lifted above any label already placed that its box would touch.
    """
    renderer = fig.canvas.get_renderer()  # type: ignore[attr-defined]
    fig.draw_without_rendering()
    fig.set_layout_engine("none")
    gap = _LABEL_GAP * fig.dpi / 72
    placed: list[tuple[float, float, float, float]] = []  # x0, x1, y0, y1 in pixels
    boxes = [(note, note.get_window_extent(renderer)) for note in notes]
    for note, box in sorted(boxes, key=lambda item: (item[1].y0, item[1].x0)):
        bottom, height = box.y0, box.height
        moved = True
        while moved:
            moved = False
            for x0, x1, y0, y1 in placed:
                overlaps = box.x0 < x1 + gap and x0 < box.x1 + gap
                if overlaps and bottom < y1 + gap and y0 < bottom + height + gap:
                    bottom, moved = y1 + gap, True
        placed.append((box.x0, box.x1, bottom, bottom + height))
        dx, dy = note.xyann
        note.xyann = (dx, dy + (bottom - box.y0) * 72 / fig.dpi)


def plot_resolution_rate(table: MetricsTable, *, labels: Labels = "vi") -> Figure:
    """A line per unit of its voter-petition resolution rate over the years.

    A printed rate is drawn as a hollow circle, a rate computed from counts as a filled
    square; each point is labelled with its value (``56,82%``), right of its mark and in the
    colour of its line. Labels of close values are moved apart vertically (at least 2 points
    between two boxes), so none overprints another; the figure is laid out once for that and
    its layout then fixed. A year without a rate is a gap in the line. The legend lists the
    units and only the kinds of mark drawn.

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
    notes: list[Any] = []
    kinds: set[bool] = set()  # which marks are drawn: printed (True), computed (False)
    for unit_id in table.unit_ids:
        rows = [r for r in table if r.unit_id == unit_id]
        xs = [r.year for r in rows]
        ys = [None if r.resolution_rate is None else float(r.resolution_rate) * 100 for r in rows]
        line = ax.plot(xs, [float("nan") if y is None else y for y in ys], label=rows[0].unit)[0]
        color = line.get_color()
        for row, y in zip(rows, ys, strict=True):
            if y is None:
                continue
            printed = row.resolution_rate_basis is RateBasis.PRINTED
            kinds.add(printed)
            ax.plot(
                [row.year],
                [y],
                marker="o" if printed else "s",
                markersize=8,
                markerfacecolor="white" if printed else color,
                markeredgecolor=color,
                linestyle="none",
            )
            assert row.resolution_rate is not None
            # Right of its mark, in the colour of its line; moved apart below.
            notes.append(
                ax.annotate(
                    format_percent(Fraction(row.resolution_rate), decimals=2),
                    (row.year, y),
                    textcoords="offset points",
                    xytext=(8, 0),
                    ha="left",
                    va="center",
                    color=color,
                    fontproperties=small,
                    bbox={"boxstyle": "square,pad=0.1", "facecolor": "white", "linewidth": 0},
                )
            )
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
        if (key == "printed") not in kinds:
            continue  # no such mark on the chart
        handles.append(
            Line2D([], [], color="black", marker=marker, markerfacecolor=face, linestyle="none")
        )
        names.append(_text(key, labels))
    if handles:
        ax.legend(handles, names, prop=small, loc="lower right")
    ax.grid(axis="y", alpha=0.3)
    _unstack(fig, notes)
    return fig


def plot_oversight_by_body(table: MetricsTable, *, labels: Labels = "vi") -> Figure:
    """Bars of oversight topics per year, side by side by the body that led them; no total.

    A panel per unit, all panels over the same years (half a year of margin at each end); in
    each year a bar per lead body with a figure, the bars of the year centred on its tick,
    each bar's height the figure of the column ``oversight_council``,
    ``oversight_committee``, ``oversight_front``, ``oversight_other`` or ``oversight_joint``
    (topics done jointly with no lead named), written above it. A year the unit has no review
    for is marked ``không có số liệu`` (``no data``), never left empty to be read as 0. The
    legend lists only the bodies with a figure in the table. The groups a review reports
    **may overlap** — Tây Hồ 2019 reports 14 topics done by the Front with the council and 4
    led by the Front with the council's Legal Committee, and does not say whether the 4 are
    among the 14 — so the bars stand side by side, never stacked, and no total is drawn or
    written: 14 and 4 are shown, never 18. The title and a note under the panels say the
    groups may overlap. A bar that adds up two or more groups of one body
    (:attr:`~tayho_coord.metrics.Basis.SUMMED`) is written as the upper bound it is
    (``tối đa 7``); a stated 0 is a flat bar written ``0``. A figure that is unknown is not
    drawn (never as 0); a year with oversight topics of unknown number is marked
    ``chưa rõ số`` (a group without a number, or no figure at all).

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
    present: set[str] = set()  # the bodies with a figure somewhere: the legend's entries
    for ax, unit_id in zip(axes, units, strict=True):
        rows = [r for r in table if r.unit_id == unit_id]
        if not rows:
            ax.set_title(_text("empty", labels), fontproperties=font)
            continue
        figures = [
            [(b, v) for b in _BODIES if (v := getattr(r, f"oversight_{b}")) is not None]
            for r in rows
        ]
        # One bar width in a panel, fit for its most crowded year; a year's bars centred on it.
        width = 0.8 / max(1, *map(len, figures))
        for row, bars in zip(rows, figures, strict=True):
            tallest = 0
            for index, (body, value) in enumerate(bars):
                present.add(body)
                x = row.year + (index - (len(bars) - 1) / 2) * width
                color = _COLORS[_BODIES.index(body)]
                ax.bar([x], [value], width=width * 0.92, color=color)
                note = format_number(value)
                if getattr(row, f"oversight_{body}_basis") is Basis.SUMMED:
                    note = f"{_text('at_most', labels)} {note}"
                _note(ax, note, (x, value), 2, small)
                tallest = max(tallest, value)
            if row.oversight_topics is None:
                _note(ax, _text("unknown", labels), (row.year, tallest), 12, small)
        for year in sorted(set(years) - {r.year for r in rows}):
            # No review of the unit that year: said so, so that the empty place is not read as 0.
            ax.annotate(
                _text("no_review", labels),
                (year, 0),
                textcoords="offset points",
                xytext=(0, 4),
                ha="center",
                va="bottom",
                rotation=90,
                color="#555555",
                fontproperties=small,
            )
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
        if body in present
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
