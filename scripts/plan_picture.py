"""Draw the docs' picture of a plan: docs/img/plan-binh-phuoc-2020.png.

The plan is the real one of the hội nghị liên tịch of 16/10/2020 preparing kỳ họp thứ 14 of
HĐND tỉnh Bình Phước (7-11/12/2020), as the source states it; the one activity recorded as
done is that conference itself, on 16/10/2020. The picture is as of 20/11/2020.

Source: https://daibieunhandan.vn/binh-phuoc-thong-nhat%C2%A0moc-thoi-gian-chuan-bi-ky-hop-cuoi-nam-1

    python scripts/plan_picture.py            # write the PNG
    python scripts/plan_picture.py OUT.png    # write it elsewhere
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

from tayho_coord.metrics import plot_plan
from tayho_coord.model import (
    AdminUnit,
    Agency,
    AgencyKind,
    Citation,
    CoordinationProgram,
    CouncilSession,
    DoneActivity,
    PartialDate,
    PlannedActivity,
    PlannedKind,
    Source,
    Timing,
    UnitKind,
    match_plan,
    schedule,
)

OUT = Path(__file__).resolve().parent.parent / "docs" / "img" / "plan-binh-phuoc-2020.png"
URL = (
    "https://daibieunhandan.vn/binh-phuoc-thong-nhat%C2%A0moc-thoi-gian-chuan-bi-ky-hop-cuoi-nam-1"
)


def main(argv: list[str]) -> int:
    """Draw the picture to ``argv[0]``, or to the docs' image."""
    source = Source(
        "dbnd-binh-phuoc-2020-10-16",
        "Bình Phước: Thống nhất mốc thời gian chuẩn bị kỳ họp cuối năm",
        url=URL,
    )
    cite = (Citation(source, "Chậm nhất ngày 10.11, UBND tỉnh gửi các báo cáo, tờ trình"),)
    unit = AdminUnit("binh-phuoc", UnitKind.PROVINCE, "Bình Phước")
    council = Agency("binh-phuoc/hdnd", AgencyKind.PEOPLES_COUNCIL, unit)
    committee = Agency("binh-phuoc/ubnd", AgencyKind.PEOPLES_COMMITTEE, unit)
    front = Agency("binh-phuoc/mttq", AgencyKind.FATHERLAND_FRONT, unit)
    standing = Agency("binh-phuoc/hdnd/tt", AgencyKind.COUNCIL_STANDING_COMMITTEE, unit, council)
    session = CouncilSession(
        "binh-phuoc/hdnd/khoa-9/14", council, dt.date(2020, 12, 7), dt.date(2020, 12, 11), 14
    )
    planned = (
        PlannedActivity(
            "lien-tich",
            PlannedKind.SESSION_PREPARATION,
            "Hội nghị liên tịch chuẩn bị kỳ họp",
            Timing.parse("Trước mỗi kỳ họp"),
            standing,
            (committee, front),
        ),
        PlannedActivity(
            "ubnd-gui-bao-cao",
            PlannedKind.SESSION_PREPARATION,
            "UBND tỉnh gửi báo cáo, tờ trình, dự thảo nghị quyết",
            Timing.parse("Chậm nhất ngày 10.11"),
            committee,
            sources=cite,
        ),
        PlannedActivity(
            "bao-cao-tham-tra",
            PlannedKind.SESSION_PREPARATION,
            "Các Ban HĐND tỉnh gửi báo cáo thẩm tra",
            Timing.parse("Chậm nhất ngày 24.11"),
        ),
        PlannedActivity(
            "hop-to-dai-bieu",
            PlannedKind.SESSION_PREPARATION,
            "Họp Tổ đại biểu trước kỳ họp",
            Timing.parse("Ngày 27.11"),
            standing,
        ),
    )
    program = CoordinationProgram(
        "binh-phuoc/ctph-2020", unit, 2020, (council, committee, front), planned=planned
    )
    held = DoneActivity(
        PlannedKind.SESSION_PREPARATION,
        PartialDate(2020, 10, 16),
        "lien-tich-2020-10-16",
        planned="lien-tich",
    )
    match = match_plan(schedule(program, sessions=[session]), [held], as_of=dt.date(2020, 11, 20))
    out = Path(argv[0]) if argv else OUT
    out.parent.mkdir(parents=True, exist_ok=True)
    plot_plan(match).savefig(out, dpi=80, metadata={"Software": None})
    print(f"{out}: written")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
