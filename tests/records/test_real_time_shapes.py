"""Real records of the time shapes and kinds of issue 11 (review defects 6 and 7).

The records are built in ``real_time_shapes.py`` (sources and excerpts there). Expected
wording is each source's own (quoted beside the expectation) or the rule of docs/vi.md.
"""

from __future__ import annotations

from real_time_shapes import AN_GIANG_FACTS, an_giang_2020_survey_supervision

from tayho_coord.io import dumps, loads
from tayho_coord.metrics import record_metrics
from tayho_coord.model import PeriodKind
from tayho_coord.report import render


def test_an_giang_covers_the_first_nine_months_in_the_sources_words() -> None:
    # baoangiang.com.vn a283986: "kết quả thực hiện nhiệm vụ phát triển kinh tế - xã hội 9
    # tháng đầu năm 2020" -- not "từ tháng 1/2020 đến tháng 9/2020".
    activity = an_giang_2020_survey_supervision()
    assert activity.covers is not None
    assert activity.covers.kind is PeriodKind.MONTHS
    assert activity.covers.label == AN_GIANG_FACTS["covers"] == "9 tháng đầu năm 2020"
    assert loads(dumps(activity)) == activity
    assert '"kind": "months"' in dumps(activity)
    text = render(activity, "text")
    assert "Thời kỳ xem xét: 9 tháng đầu năm 2020." in text
    assert "từ tháng 1/2020" not in text
    (row,) = record_metrics([activity])
    assert (row.period, row.period_kind) == ("9 tháng đầu năm 2020", "months")
    assert (row.period_start, row.period_end) == ("2020-01-01", "2020-09-30")
