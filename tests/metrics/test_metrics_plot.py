"""Charts: returned figures on the Agg canvas, Vietnamese texts in a font that has them."""

from __future__ import annotations

import itertools
import os
import subprocess
import sys
import warnings
from typing import TYPE_CHECKING

import pytest

from tayho_coord.datasets import illustrative_reviews, tay_ho_2019
from tayho_coord.errors import ValidationError
from tayho_coord.metrics import MetricsTable, plot_oversight_by_body, plot_resolution_rate, yearly

if TYPE_CHECKING:
    from pathlib import Path

pytest.importorskip("matplotlib")


def table() -> MetricsTable:
    """The seed's Tây Hồ 2019 with the illustrative units: the analyst's notebook data.

    The illustrative figures are invented; a table mixing them with real ones may warn so
    (said in the warning's text). The charts are tested on that crowded mix on purpose, so
    the warning is let through here, and only here.
    """
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", message=".*illustrative data")
        return yearly([tay_ho_2019(), *illustrative_reviews()])


def texts(fig: object) -> list[str]:
    from matplotlib.text import Text

    return [t.get_text() for t in fig.findobj(Text) if t.get_text()]  # type: ignore[attr-defined]


def test_resolution_rate_chart() -> None:
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    fig = plot_resolution_rate(table())
    assert isinstance(fig, Figure)
    assert isinstance(fig.canvas, FigureCanvasAgg)
    fig.canvas.draw()  # a missing glyph would warn, and warnings are errors here
    shown = texts(fig)
    assert "Tỷ lệ giải quyết kiến nghị cử tri theo năm" in shown
    assert "quận Tây Hồ" in shown
    assert "56,82%" in shown  # the printed figure, as printed (CLDR vi: decimal comma)
    assert "74,67%" in shown  # 112/150 computed, half-up at two decimals
    assert "công bố" in shown
    assert "tính từ số liệu" in shown
    assert "100%" in shown


NO_DATA = ("không có số liệu", "no data")


def notes(ax: object) -> list[str]:
    """The texts written on a panel (the figures above the bars and marks), left to right.

    The marks of a year without a review (:data:`NO_DATA`) are left out; see
    :func:`no_data`.
    """
    found = sorted(ax.texts, key=lambda t: t.xy[0])  # type: ignore[attr-defined]
    return [t.get_text() for t in found if t.get_text() not in NO_DATA]


def no_data(ax: object) -> list[tuple[float, str]]:
    """(year, text) of each "no data" mark of a panel, left to right."""
    found = [(t.xy[0], t.get_text()) for t in ax.texts]  # type: ignore[attr-defined]
    return sorted((x, text) for x, text in found if text in NO_DATA)


def bars(ax: object) -> list[tuple[float, float, float, float]]:
    """(left, bottom, width, height) of each bar of a panel, left to right."""
    from matplotlib.patches import Rectangle

    patches = [p for p in ax.patches if isinstance(p, Rectangle)]  # type: ignore[attr-defined]
    return sorted((p.get_x(), p.get_y(), p.get_width(), p.get_height()) for p in patches)


def test_oversight_chart_draws_groups_side_by_side_without_a_total() -> None:
    fig = plot_oversight_by_body(table(), labels="vi")
    fig.canvas.draw()
    assert len(fig.axes) == 3
    tay_ho = fig.axes[0]
    assert tay_ho.get_title() == "quận Tây Hồ"
    # Seed: "MTTQ phối hợp với HĐND quận thực hiện tốt 14 nội dung" (no lead named) and "MTTQ
    # quận chủ trì và phối hợp với Ban Pháp chế HĐND quận giám sát chuyên đề ở 4 nội dung":
    # one bar per group, each from the ground, at its stated height, side by side.
    drawn = bars(tay_ho)
    assert [(bottom, height) for _, bottom, _, height in drawn] == [(0, 4), (0, 14)]
    (left, _, width, _), (right, _, _, _) = drawn
    assert left + width <= right  # next to each other, not on top of each other
    assert left < 2019 < right + drawn[1][2]  # both in the year 2019's place
    shown = texts(fig)
    assert (
        "Nội dung giám sát, khảo sát, kiểm tra theo cơ quan chủ trì (các nhóm có thể trùng nhau)"
        in shown
    )
    # Ban Pháp chế is part of the HĐND: the 4 may be among the 14, so no sum is written; the
    # only notes on the panel are the two stated figures.
    assert notes(tay_ho) == ["4", "14"]
    assert not any(t.startswith(("18 ", "tối đa")) for t in shown)  # nor anywhere else
    assert "phối hợp, không nêu chủ trì" in shown
    assert "UBMTTQ chủ trì" in shown
    assert (
        "Mỗi cột là số liệu của một nhóm; các nhóm có thể trùng nhau"
        " nên không cộng gộp thành tổng." in shown
    )


def test_every_unit_and_year_has_one_bar_per_body_with_its_figure() -> None:
    full = table()
    fig = plot_oversight_by_body(full)
    for ax, unit_id in zip(fig.axes, full.unit_ids, strict=True):
        expected = sorted(
            value
            for row in full
            if row.unit_id == unit_id
            for body in ("council", "committee", "front", "other", "joint")
            if (value := getattr(row, f"oversight_{body}")) is not None
        )
        drawn = bars(ax)
        assert sorted(height for _, _, _, height in drawn) == expected
        assert sorted(int(n) for n in notes(ax)) == expected  # each bar with its figure
        assert all(bottom == 0 for _, bottom, _, _ in drawn)  # nothing stacked
        for (x0, _, w0, _), (x1, _, _, _) in itertools.pairwise(drawn):
            assert x0 + w0 <= x1  # no bar hides another


def test_a_body_of_two_groups_is_written_as_an_upper_bound() -> None:
    from metrics_builders import bodies, district, review

    from tayho_coord.model import Activities, OversightGroup, OversightKind, ReportedCount

    unit = district()
    council = bodies(unit)["council"]
    # Two groups the council led, of 3 and 4 topics: a topic may be in both, so at most 7.
    groups = tuple(
        OversightGroup(frozenset({kind}), topics=ReportedCount(n), lead=council)
        for kind, n in ((OversightKind.SURVEY, 3), (OversightKind.SUPERVISION, 4))
    )
    metrics = yearly([review(unit, 2020, Activities(oversight=groups))])
    assert [h for *_, h in bars(plot_oversight_by_body(metrics).axes[0])] == [7]
    assert "tối đa 7" in texts(plot_oversight_by_body(metrics))
    assert "at most 7" in texts(plot_oversight_by_body(metrics, labels="en"))


def test_unknown_number_is_marked_not_drawn_as_zero() -> None:
    from metrics_builders import district, review

    from tayho_coord.model import Activities, OversightGroup, OversightKind, ReportedCount

    unit = district()
    groups = (
        OversightGroup(frozenset({OversightKind.SURVEY}), topics=ReportedCount(3)),
        OversightGroup(frozenset({OversightKind.SUPERVISION}), topics=ReportedCount()),
    )
    fig = plot_oversight_by_body(yearly([review(unit, 2020, Activities(oversight=groups))]))
    assert "chưa rõ số" in texts(fig)
    assert bars(fig.axes[0]) == []  # the joint figure is unknown


def test_english_texts() -> None:
    fig = plot_resolution_rate(table(), labels="en")
    assert "Voter petition resolution rate by year" in texts(fig)
    fig = plot_oversight_by_body(table(), labels="en")
    shown = texts(fig)
    assert notes(fig.axes[0]) == ["4", "14"]
    assert "Oversight topics by lead body (groups may overlap)" in shown
    assert (
        "Each bar is one group's figure; groups may overlap, so they do not add up to a total."
        in shown
    )
    assert "led by the front" in shown
    assert not any(t.startswith(("18 ", "at most")) for t in shown)


def test_a_one_group_figure_is_shown_as_it_is() -> None:
    from metrics_builders import district, review

    from tayho_coord.model import Activities, OversightGroup, OversightKind, ReportedCount

    # One group stating "14 nội dung": its figure is the source's own, shown as the number.
    groups = (OversightGroup(frozenset({OversightKind.SUPERVISION}), topics=ReportedCount(14)),)
    fig = plot_oversight_by_body(yearly([review(district(), 2020, Activities(oversight=groups))]))
    assert "14" in texts(fig)
    assert not any("tối đa" in t for t in texts(fig))


def test_fonts_have_vietnamese_glyphs() -> None:
    from matplotlib.font_manager import FontProperties, findfont
    from matplotlib.ft2font import FT2Font
    from matplotlib.text import Text

    fig = plot_oversight_by_body(table())
    path = findfont(FontProperties(family="DejaVu Sans"), fallback_to_default=False)
    font = FT2Font(path)
    for text in fig.findobj(Text):
        content = text.get_text()
        if not content:
            continue
        assert text.get_fontname() == "DejaVu Sans", content
        for char in content:
            assert font.get_char_index(ord(char)) != 0, (char, content)


def test_nothing_is_written_or_shown(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    plot_resolution_rate(table())
    plot_oversight_by_body(table())
    assert list(tmp_path.iterdir()) == []
    code = (
        "import sys; from tayho_coord.metrics import plot_resolution_rate, yearly;"
        "from tayho_coord.datasets import tay_ho_2019;"
        "plot_resolution_rate(yearly([tay_ho_2019()]));"
        "print('matplotlib.pyplot' in sys.modules)"
    )
    env = {**os.environ, "MPLBACKEND": "Agg"}
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env
    )
    assert out.stdout.strip() == "False"


def test_import_loads_no_frame_or_plot_library() -> None:
    heavy = ("matplotlib", "pandas", "polars", "pyarrow", "numpy")
    code = f"import sys, tayho_coord.metrics; print([m for m in {heavy!r} if m in sys.modules])"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_bad_arguments() -> None:
    with pytest.raises(ValidationError):
        plot_resolution_rate([])  # type: ignore[arg-type]
    with pytest.raises(ValidationError):
        plot_oversight_by_body(table(), labels="fr")  # type: ignore[arg-type]


def test_empty_table() -> None:
    fig = plot_oversight_by_body(MetricsTable())
    assert "Không có số liệu" in texts(fig)
    plot_resolution_rate(MetricsTable()).canvas.draw()


def test_a_stated_zero_is_written_not_left_out() -> None:
    from metrics_builders import district, review

    from tayho_coord.model import Activities, OversightGroup, OversightKind, ReportedCount

    # "0 nội dung" is a figure the source gives: a flat bar written 0, unlike an unknown one.
    groups = (OversightGroup(frozenset({OversightKind.SURVEY}), topics=ReportedCount(0)),)
    fig = plot_oversight_by_body(yearly([review(district(), 2020, Activities(oversight=groups))]))
    assert [h for *_, h in bars(fig.axes[0])] == [0]
    assert notes(fig.axes[0]) == ["0"]


# The value labels of the rate chart, by unit. Seed: Tây Hồ printed 56,82% for 2019; the
# illustrative units' counts (datasets/data): Mẫu Hai printed 61,20% (2019), then 35/48 =
# 72,916…% -> 72,92% and 29/40 = 72,50%; Mẫu Một 13/20 = 65,00%, 56/75 = 74,666…% -> 74,67%,
# 21/25 = 84,00% (half-up at two decimals, comma decimal).
RATE_LABELS = {
    "quận Tây Hồ": ["56,82%"],
    "huyện Mẫu Hai": ["61,20%", "72,92%", "72,50%"],
    "huyện Mẫu Một": ["65,00%", "74,67%", "84,00%"],
}


def extents(fig: object, artists: list[object]) -> list[object]:
    """The display boxes of ``artists``, measured by the figure's renderer after a draw."""
    fig.canvas.draw()  # type: ignore[attr-defined]
    renderer = fig.canvas.get_renderer()  # type: ignore[attr-defined]
    return [a.get_window_extent(renderer) for a in artists]  # type: ignore[attr-defined]


def assert_apart(boxes: list[object], what: list[str]) -> None:
    for (a, name_a), (b, name_b) in itertools.combinations(zip(boxes, what, strict=True), 2):
        assert not a.overlaps(b), (name_a, name_b)  # type: ignore[attr-defined]


def close_rates(*percents: str) -> MetricsTable:
    """One row a unit, all in 2019, with the given printed rates (as ``"50,00"``)."""
    from decimal import Decimal

    from attrs import evolve

    from tayho_coord.metrics import RateBasis

    base = next(iter(yearly([tay_ho_2019()])))
    return MetricsTable(
        evolve(
            base,
            unit_id=f"u{i}",
            unit=f"đơn vị {i}",
            resolution_rate=Decimal(p.replace(",", ".")) / 100,
            resolution_rate_basis=RateBasis.PRINTED,
        )
        for i, p in enumerate(percents)
    )


@pytest.mark.parametrize("labels", ["vi", "en"])
def test_rate_labels_do_not_overlap_and_take_their_line_colour(labels: str) -> None:
    fig = plot_resolution_rate(table(), labels=labels)  # type: ignore[arg-type]
    ax = fig.axes[0]
    colors = {line.get_label(): line.get_color() for line in ax.get_lines()}
    found: dict[str, list[str]] = {}
    for note in ax.texts:
        unit = next(u for u in RATE_LABELS if colors[u] == note.get_color())
        found.setdefault(unit, []).append(note.get_text())
    assert {u: sorted(v) for u, v in found.items()} == {
        u: sorted(v) for u, v in RATE_LABELS.items()
    }
    assert_apart(extents(fig, ax.texts), [t.get_text() for t in ax.texts])


def test_rate_labels_cover_no_mark() -> None:
    from matplotlib.transforms import Bbox

    fig = plot_resolution_rate(table())
    ax = fig.axes[0]
    boxes = extents(fig, ax.texts)
    radius = 4 * fig.dpi / 72  # markersize 8 points
    marks = [
        ax.transData.transform((x, y))
        for line in ax.get_lines()
        if line.get_marker() not in ("None", None, "")
        for x, y in zip(line.get_xdata(), line.get_ydata(), strict=True)
    ]
    assert len(marks) == 7
    for box, note in zip(boxes, ax.texts, strict=True):
        for x, y in marks:
            mark = Bbox.from_extents(x - radius, y - radius, x + radius, y + radius)
            assert not box.overlaps(mark), note.get_text()


@pytest.mark.parametrize(
    "percents",
    [
        ("50,00", "50,10", "50,20", "50,30", "50,40"),  # five labels at one place
        ("99,90", "100", "99,95"),  # at the top of the axis
        ("0", "0,5", "1"),
    ],
)
def test_close_rates_are_moved_apart(percents: tuple[str, ...]) -> None:
    fig = plot_resolution_rate(close_rates(*percents))
    ax = fig.axes[0]
    assert len(ax.texts) == len(percents)
    assert_apart(extents(fig, ax.texts), [t.get_text() for t in ax.texts])


def test_charts_keep_every_text_inside_the_figure(tmp_path: Path) -> None:
    from matplotlib.text import Text

    for fig in (plot_resolution_rate(table()), plot_oversight_by_body(table())):
        fig.savefig(tmp_path / "chart.png")  # as an analyst saves it: nothing cut off
        shown = [t for t in fig.findobj(Text) if t.get_text() and t.get_visible()]
        page = fig.bbox
        for text, box in zip(shown, extents(fig, shown), strict=True):
            assert page.contains(box.x0, box.y0), text.get_text()
            assert page.contains(box.x1, box.y1), text.get_text()


def test_legends_list_only_what_is_drawn() -> None:
    tay_ho = yearly([tay_ho_2019()])
    # Seed: Tây Hồ 2019 has a printed rate (56,82%) and no counts, so no computed point.
    rate = plot_resolution_rate(tay_ho)
    entries = [t.get_text() for t in rate.axes[0].get_legend().get_texts()]
    assert entries == ["quận Tây Hồ", "công bố"]
    # Seed: 4 topics led by the Front, 14 done jointly; no figure led by the council, the
    # committee or another body.
    bodies = plot_oversight_by_body(tay_ho)
    entries = [t.get_text() for t in bodies.legends[0].get_texts()]
    assert entries == ["UBMTTQ chủ trì", "phối hợp, không nêu chủ trì"]
    # All data: every body with a figure somewhere (HĐND and UBND in Mẫu Một 2021), no other.
    entries = [t.get_text() for t in plot_oversight_by_body(table()).legends[0].get_texts()]
    assert entries == [
        "HĐND chủ trì",
        "UBND chủ trì",
        "UBMTTQ chủ trì",
        "phối hợp, không nêu chủ trì",
    ]


def test_panels_share_their_years_and_tick_labels_stay_apart() -> None:
    fig = plot_oversight_by_body(table())
    assert [ax.get_xlim() for ax in fig.axes] == [(2018.5, 2021.5)] * 3
    ticks = [t for ax in fig.axes for t in ax.get_xticklabels() if t.get_text()]
    assert [t.get_text() for t in ticks] == ["2019", "2020", "2021"] * 3
    assert_apart(extents(fig, ticks), [t.get_text() for t in ticks])


def test_the_bars_of_a_year_are_centred_on_it() -> None:
    fig = plot_oversight_by_body(table())
    for ax in fig.axes:
        by_year: dict[int, list[float]] = {}
        for left, _, width, _ in bars(ax):
            by_year.setdefault(round(left + width / 2), []).append(left + width / 2)
        for year, centres in by_year.items():
            assert sum(centres) / len(centres) == pytest.approx(year)
    # Mẫu Hai 2019 (illustrative data): one group, 9 topics, its bar on the tick.
    [(left, _, width, height)] = [b for b in bars(fig.axes[1]) if b[0] < 2019.5]
    assert (left + width / 2, height) == (pytest.approx(2019), 9)


@pytest.mark.parametrize(("labels", "text"), [("vi", "không có số liệu"), ("en", "no data")])
def test_a_year_without_a_review_says_so(labels: str, text: str) -> None:
    fig = plot_oversight_by_body(table(), labels=labels)  # type: ignore[arg-type]
    # The seed is Tây Hồ's 2019 review only; the illustrative units have 2019-2021.
    assert no_data(fig.axes[0]) == [(2020, text), (2021, text)]
    assert no_data(fig.axes[1]) == []
    assert no_data(fig.axes[2]) == []
