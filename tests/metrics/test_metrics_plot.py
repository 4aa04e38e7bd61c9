"""Charts: returned figures on the Agg canvas, Vietnamese texts in a font that has them."""

from __future__ import annotations

import os
import subprocess
import sys
from typing import TYPE_CHECKING

import pytest

from tayho_coord.datasets import illustrative_reviews, tay_ho_2019
from tayho_coord.errors import ValidationError
from tayho_coord.metrics import MetricsTable, plot_oversight_by_body, plot_resolution_rate, yearly

if TYPE_CHECKING:
    from pathlib import Path

pytest.importorskip("matplotlib")


def table() -> MetricsTable:
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


def test_oversight_chart_stacks_known_parts_only() -> None:
    from matplotlib.patches import Rectangle

    fig = plot_oversight_by_body(table(), labels="vi")
    fig.canvas.draw()
    assert len(fig.axes) == 3
    tay_ho = fig.axes[0]
    assert tay_ho.get_title() == "quận Tây Hồ"
    bars = [p for p in tay_ho.patches if isinstance(p, Rectangle)]
    # Tây Hồ 2019: 4 led by the Front, 14 joint; no council, committee or other bar.
    assert sorted(b.get_height() for b in bars) == [4, 14]
    shown = texts(fig)
    assert "Nội dung giám sát, khảo sát, kiểm tra theo cơ quan chủ trì" in shown
    # The seed prints 14 and 4, never 18, and the 4 may be among the 14: the total above the
    # bar is marked as added up (Basis.SUMMED, "cộng gộp"), not shown as a printed figure.
    assert "18 (cộng gộp)" in shown
    assert "phối hợp, không nêu chủ trì" in shown


def test_unknown_total_is_marked_not_drawn_as_zero() -> None:
    from metrics_builders import district, review

    from tayho_coord.model import Activities, OversightGroup, OversightKind, ReportedCount

    unit = district()
    groups = (
        OversightGroup(frozenset({OversightKind.SURVEY}), topics=ReportedCount(3)),
        OversightGroup(frozenset({OversightKind.SUPERVISION}), topics=ReportedCount()),
    )
    fig = plot_oversight_by_body(yearly([review(unit, 2020, Activities(oversight=groups))]))
    assert "chưa rõ tổng" in texts(fig)
    assert [p.get_height() for p in fig.axes[0].patches] == []  # the joint part is unknown


def test_english_texts() -> None:
    fig = plot_resolution_rate(table(), labels="en")
    assert "Voter petition resolution rate by year" in texts(fig)
    assert "18 (summed)" in texts(plot_oversight_by_body(table(), labels="en"))


def test_a_one_group_total_is_not_marked_summed() -> None:
    from metrics_builders import district, review

    from tayho_coord.model import Activities, OversightGroup, OversightKind, ReportedCount

    # One group stating "14 nội dung": its figure is the source's own, shown as the number.
    groups = (OversightGroup(frozenset({OversightKind.SUPERVISION}), topics=ReportedCount(14)),)
    fig = plot_oversight_by_body(yearly([review(district(), 2020, Activities(oversight=groups))]))
    assert "14" in texts(fig)
    assert not any("cộng gộp" in t for t in texts(fig))


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
