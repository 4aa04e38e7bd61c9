"""Every count of the model has one bound: an integer >= 0 of at most 1000 digits.

Issue 14: a count past 4300 digits was accepted by the model and then raised a bare
``ValueError`` wherever it was written as text. One rule (``model._validators.check_count``)
now guards every count field, as the audit's ``MAX_COUNT_DIGITS`` does.
"""

import attrs
import pytest

from tayho_coord.audit import MAX_COUNT_DIGITS
from tayho_coord.datasets import tay_ho_2019
from tayho_coord.errors import ValidationError
from tayho_coord.model import PartialDate, PetitionStats, ReportedCount

LARGEST = 10**MAX_COUNT_DIGITS - 1  # 1000 nines
TOO_LARGE = [10**MAX_COUNT_DIGITS, 10**4301, 2**20000]


def test_the_bound_is_a_thousand_digits() -> None:
    assert MAX_COUNT_DIGITS == 1000
    assert len(str(LARGEST)) == 1000


@pytest.mark.parametrize("value", TOO_LARGE, ids=["1001-digits", "4302-digits", "2^20000"])
def test_a_reported_count_past_the_bound_is_refused(value: int) -> None:
    with pytest.raises(ValidationError, match="more than 1000 digits") as caught:
        ReportedCount(count=value)
    assert caught.value.field == "count"


def test_a_reported_count_at_the_bound_is_a_count() -> None:
    assert ReportedCount(count=LARGEST).count == LARGEST


@pytest.mark.parametrize("name", ["received", "answered", "resolved", "in_progress", "explained"])
def test_petition_counts_past_the_bound_are_refused(name: str) -> None:
    unit = tay_ho_2019().unit
    with pytest.raises(ValidationError, match="more than 1000 digits") as caught:
        PetitionStats(unit=unit, period=PartialDate(2019), **{name: 10**4301})
    assert caught.value.field == name


def test_a_programs_task_groups_past_the_bound_are_refused() -> None:
    program = tay_ho_2019().reviewed
    with pytest.raises(ValidationError, match="more than 1000 digits") as caught:
        attrs.evolve(program, task_groups=10**MAX_COUNT_DIGITS)
    assert caught.value.field == "task_groups"


@pytest.mark.parametrize("value", [-1, True, 1.0, "3"])
def test_what_is_no_count_is_still_refused(value: object) -> None:
    with pytest.raises(ValidationError, match="must be an integer >= 0"):
        ReportedCount(count=value)  # type: ignore[arg-type]
