"""A plan as a timeline: each planned activity's occurrences, done, late, due or to come.

Drawn with matplotlib (the ``plot`` extra, imported on first use) on the Agg canvas, as the
other charts of :mod:`tayho_coord.metrics`: nothing is shown or written, pyplot is not
touched.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from tayho_coord.errors import ValidationError
from tayho_coord.metrics._plot import FONT_FAMILY
from tayho_coord.model import Occurrence, PlanMatch

if TYPE_CHECKING:
    from matplotlib.figure import Figure

    from tayho_coord.metrics._table import Labels

__all__ = ["PlanStatus", "plan_status", "plot_plan"]

PlanStatus = str
"""One of ``done``, ``late``, ``due``, ``upcoming`` (:func:`plan_status`)."""

_STATUS_TEXT = {
    "done": ("đã thực hiện", "carried out"),
    "late": ("quá hạn, chưa ghi nhận thực hiện", "overdue, no record of it"),
    "due": ("đang trong thời hạn", "open now"),
    "upcoming": ("chưa đến thời hạn", "not yet open"),
}
_LEAST_DAYS = 4.0
"""The least width of a bar, in days."""
_COLORS = {"done": "#27ae60", "late": "#c0392b", "due": "#e0a800", "upcoming": "#b3b6b7"}


def plan_status(match: PlanMatch, occurrence: Occurrence) -> PlanStatus:
    """How an occurrence stands as of the match's day.

    ``done``: carried out by a recorded activity; ``late``: due before that day with no
    record of it (not recorded is not the same as not done); ``due``: its window is open on
    that day; ``upcoming``: its window opens later.

    Raises:
        ValidationError: the occurrence is not of the match's schedule.
    """
    if not any(o is occurrence for o in match.schedule.occurrences):
        raise ValidationError("occurrence", occurrence.title, "is not of the match's schedule")
    if any(o is occurrence for o, _ in match.carried_out):
        return "done"
    if occurrence.due_on < match.as_of:
        return "late"
    if occurrence.starts_on <= match.as_of:
        return "due"
    return "upcoming"


def _month_starts(start: dt.date, end: dt.date) -> list[dt.date]:
    from dateutil.rrule import MONTHLY, rrule

    first = dt.datetime(start.year, start.month, 1)
    days = rrule(MONTHLY, dtstart=first, until=dt.datetime(end.year, end.month, end.day))
    return [d.date() for d in days if d.date() >= start]


def _short(text: str, width: int = 42) -> str:
    return text if len(text) <= width else text[: width - 1].rstrip() + "…"


def plot_plan(match: PlanMatch, *, labels: Labels = "vi") -> Figure:
    """A timeline of a plan as of the match's day: a row per planned activity.

    Each occurrence is a bar over its window, coloured by :func:`plan_status`; a dot marks
    the day a recorded activity carried it out; a dashed line marks the day asked about.

    Args:
        match: The plan against its records (:func:`~tayho_coord.model.match_plan`).
        labels: ``vi`` (default) or ``en`` texts.

    Returns:
        The figure, on the Agg canvas.

    Raises:
        ValidationError: ``match`` is not a PlanMatch, or ``labels`` is unknown.
    """
    if not isinstance(match, PlanMatch):
        raise ValidationError("match", type(match).__name__, "must be a PlanMatch")
    if labels not in ("vi", "en"):
        raise ValidationError("labels", labels, "must be 'en' or 'vi'")
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure
    from matplotlib.font_manager import FontProperties
    from matplotlib.patches import Patch

    plan = match.schedule

    def date2num(day: dt.date) -> int:
        return (day - plan.starts_on).days

    activities = plan.program.planned
    rows = {a.id: i for i, a in enumerate(activities)}
    fig = Figure(figsize=(9, 1.2 + 0.45 * max(len(activities), 1)), layout="constrained")
    FigureCanvasAgg(fig)
    ax = fig.subplots()
    font = FontProperties(family=FONT_FAMILY, size=9)
    small = FontProperties(family=FONT_FAMILY, size=8)
    done_on = {id(o): d.held_on for o, d in match.carried_out}
    pick = 0 if labels == "vi" else 1
    for occ in plan.occurrences:
        status = plan_status(match, occ)
        y = rows[occ.activity.id]
        start: float = date2num(occ.starts_on)
        width: float = date2num(occ.due_on + dt.timedelta(days=1)) - start
        if width < _LEAST_DAYS:  # a one-day occurrence stays visible on a year's axis
            start -= (_LEAST_DAYS - width) / 2
            width = _LEAST_DAYS
        ax.broken_barh([(start, width)], (y - 0.3, 0.6), facecolors=_COLORS[status])
        day = done_on.get(id(occ))
        if day is not None:
            x = date2num(day.first_day()) + (day.last_day() - day.first_day()).days / 2
            ax.plot([x], [y], marker="o", color="black", markersize=4)
    ax.axvline(date2num(match.as_of), color="black", linestyle="--", linewidth=1)
    as_of = match.as_of.strftime("%d/%m/%Y")
    program = plan.program
    if labels == "vi":
        title = f"Chương trình năm {program.year}, {program.unit} — tính đến ngày {as_of}"
    else:
        title = f"Program of {program.year}, {program.unit} — as of {as_of}"
    ax.set_title(title, fontproperties=font)
    ax.set_yticks(
        range(len(activities)),
        labels=[_short(a.subject) for a in activities],
        fontproperties=small,
    )
    ax.invert_yaxis()
    ax.set_xlim(date2num(plan.starts_on), date2num(plan.ends_on + dt.timedelta(days=1)))
    firsts = _month_starts(plan.starts_on, plan.ends_on)
    ax.set_xticks(
        [date2num(d) for d in firsts],
        labels=[f"{d.month:02d}/{d.year}" for d in firsts],
        fontproperties=small,
        rotation=45,
    )
    handles = [Patch(color=_COLORS[s], label=_STATUS_TEXT[s][pick]) for s in _STATUS_TEXT]
    ax.legend(handles=handles, prop=small, loc="upper left", bbox_to_anchor=(1.01, 1.0))
    return fig
