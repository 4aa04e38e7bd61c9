"""A program's plan in data files: the timing in the program's Vietnamese, read back."""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import given, settings

from plan.plan_records import TIMINGS, Bodies
from tayho_coord import DataError, dumps, loads
from tayho_coord.model import (
    AdminUnit,
    CoordinationProgram,
    PlannedActivity,
    PlannedKind,
    Timing,
    UnitKind,
)


def test_round_trip_with_the_timing_as_words(thai_nguyen_2020: CoordinationProgram) -> None:
    text = dumps(thai_nguyen_2020)
    doc = json.loads(text)
    planned = doc["data"]["planned"]
    assert [p["timing"] for p in planned] == ["Tháng 5 và tháng 10", "Tháng 5 và tháng 8"]
    assert [p["lead"] for p in planned] == ["thai-nguyen/hdnd/tt"] * 2
    assert loads(text) == thai_nguyen_2020


def test_an_unknown_timing_is_a_problem_at_its_path(
    thai_nguyen_2020: CoordinationProgram,
) -> None:
    doc: dict[str, Any] = json.loads(dumps(thai_nguyen_2020))
    doc["data"]["planned"][1]["timing"] = "cuối năm"
    doc["data"]["planned"][0]["timing"] = 5
    with pytest.raises(DataError) as info:
        loads(json.dumps(doc))
    messages = {p.path: p.message for p in info.value.problems}
    assert "cuối năm" in messages["$.data.planned[1].timing"]
    assert "$.data.planned[0].timing" in messages


@pytest.mark.parametrize("name", ["Schedule", "PlanMatch", "Occurrence", "DoneActivity", "Window"])
def test_computed_results_are_not_data_file_types(name: str) -> None:
    with pytest.raises(DataError) as info:
        loads(json.dumps({"schema_version": 1, "type": name, "data": {}}))
    assert info.value.problems[0].path == "$.type"


@settings(max_examples=40, deadline=None)
@given(TIMINGS)
def test_any_timing_survives_a_data_file(timing: Timing) -> None:
    b = Bodies(AdminUnit("x", UnitKind.PROVINCE, "X"))
    program = b.program(2020, PlannedActivity("a", PlannedKind.HEARING, "Giải trình", timing))
    assert loads(dumps(program)) == program
