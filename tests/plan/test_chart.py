"""The plan's picture: statuses as of a day, the timeline, and the docs' script."""

from __future__ import annotations

import datetime as dt
import importlib.util
from pathlib import Path

import pytest

from tayho_coord.errors import ValidationError
from tayho_coord.metrics import plan_status, plot_plan
from tayho_coord.model import (
    CoordinationProgram,
    CouncilSession,
    DoneActivity,
    PartialDate,
    PlannedKind,
    match_plan,
    schedule,
)

ROOT = Path(__file__).resolve().parents[2]
D = dt.date


def _match(program: CoordinationProgram, session: CouncilSession, as_of: dt.date):  # type: ignore[no-untyped-def]
    held = DoneActivity(
        PlannedKind.SESSION_PREPARATION, PartialDate(2020, 10, 16), "x", planned="lien-tich"
    )
    return match_plan(schedule(program, sessions=[session]), [held], as_of=as_of)


@pytest.mark.parametrize(
    ("as_of", "statuses"),
    [
        # ubnd (by 10/11), thẩm tra (by 24/11), tổ đại biểu (27/11), liên tịch (done 16/10)
        (D(2020, 11, 20), ["late", "due", "upcoming", "done"]),
        (D(2020, 11, 27), ["late", "late", "due", "done"]),
        (D(2020, 11, 28), ["late", "late", "late", "done"]),
        (D(2020, 10, 1), ["due", "due", "upcoming", "due"]),
    ],
)
def test_statuses_as_of_a_day(
    binh_phuoc_2020: CoordinationProgram,
    session_14: CouncilSession,
    as_of: dt.date,
    statuses: list[str],
) -> None:
    m = _match(binh_phuoc_2020, session_14, as_of)
    assert [plan_status(m, o) for o in m.schedule] == statuses


def test_the_timeline(binh_phuoc_2020: CoordinationProgram, session_14: CouncilSession) -> None:
    m = _match(binh_phuoc_2020, session_14, D(2020, 11, 20))
    fig = plot_plan(m)
    (ax,) = fig.axes
    assert ax.get_title() == "Chương trình năm 2020, tỉnh Bình Phước — tính đến ngày 20/11/2020"
    assert ax.get_yticklabels()[0].get_text() == "Hội nghị liên tịch chuẩn bị kỳ họp"
    legend = [t.get_text() for t in ax.get_legend().get_texts()]
    assert legend == [
        "đã thực hiện",
        "quá hạn, chưa ghi nhận thực hiện",
        "đang trong thời hạn",
        "chưa đến thời hạn",
    ]
    assert [t.get_text() for t in ax.get_xticklabels()][:2] == ["01/2020", "02/2020"]
    en = plot_plan(m, labels="en").axes[0]
    assert en.get_title() == "Program of 2020, tỉnh Bình Phước — as of 20/11/2020"
    with pytest.raises(ValidationError):
        plot_plan(m, labels="fr")  # type: ignore[arg-type]
    with pytest.raises(ValidationError):
        plot_plan(m.schedule)  # type: ignore[arg-type]
    other = _match(binh_phuoc_2020, session_14, D(2020, 11, 20))
    with pytest.raises(ValidationError):
        plan_status(m, other.schedule.occurrences[0])


def test_the_docs_picture_is_drawn_by_its_script(tmp_path: Path) -> None:
    spec = importlib.util.spec_from_file_location(
        "plan_picture", ROOT / "scripts" / "plan_picture.py"
    )
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    out = tmp_path / "plan.png"
    assert module.main([str(out)]) == 0
    assert out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    committed = ROOT / "docs" / "img" / "plan-binh-phuoc-2020.png"
    assert committed.stat().st_size < 100_000  # a small picture
    assert "img/plan-binh-phuoc-2020.png" in (ROOT / "docs" / "plans.md").read_text("utf-8")
