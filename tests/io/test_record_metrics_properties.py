"""record_metrics over generated records of every kind: the period rule and the rate columns.

The records are those the round-trip tests draw (test_roundtrip_cycle.py): meetings of every
kind, hearings and oversight held, planned or known by their report, petition reports placed
by a period, a session or a day.
"""

from __future__ import annotations

import warnings
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st
from test_roundtrip_cycle import cycle_records

from tayho_coord.metrics import RateBasis, record_metrics
from tayho_coord.model import Hearing, Meeting, OversightActivity, PetitionReport

BASES = {"held_on", "scheduled", "report", "covers", "period", "session", "as_of"}


@settings(max_examples=25, deadline=None)
@given(st.lists(cycle_records(), max_size=4))
def test_every_record_in_one_row_of_its_own_time(drawn: list[Any]) -> None:
    records = list({r.id: r for r in drawn}.values())  # ids are unique among records
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # generated figures may disagree: not the point
        table = record_metrics(records)
    assert sum(row.records for row in table) == len(records)
    ids = sorted(i for row in table for i in row.record_ids.split(", "))
    assert ids == sorted(r.id for r in records)
    for row in table:
        assert set(row.period_basis.split(", ")) <= BASES
        assert (row.period_start is None) == (row.period_end is None)
        if row.period_start is not None:
            assert row.period_start <= row.period_end  # type: ignore[operator]
        if row.covers is not None:
            assert row.covers_start is not None
            assert row.covers_end is not None
            assert row.covers_start <= row.covers_end
        # A rate and its basis come together; a computed one is the computed column, a
        # printed one the printed column, and a printed one is never the rate over counts.
        assert (row.resolution_rate is None) == (row.resolution_rate_basis is None)
        if row.resolution_rate_basis is RateBasis.COMPUTED:
            assert row.resolution_rate == row.resolution_rate_computed
        if row.resolution_rate_basis is RateBasis.PRINTED:
            assert row.resolution_rate == row.resolution_rate_printed
            assert row.resolution_rate_computed is None
    for record in records:
        (row,) = [r for r in table if record.id in r.record_ids.split(", ")]
        held = None if isinstance(record, PetitionReport) else record.held_on
        if isinstance(record, (Meeting, Hearing, OversightActivity)) and held is not None:
            # Held: the row is of the day (or month, or year) it was held, never of what it
            # reviews or covers.
            assert row.period_basis == "held_on"
            assert (row.period_start, row.period_end) == (
                held.first_day().isoformat(),
                held.last_day().isoformat(),
            )
    keys = [(r.unit_id, r.period_start or r.as_of or "~") for r in table]
    assert keys == sorted(keys)
