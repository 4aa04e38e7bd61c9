"""A RecordSet is indexed as the tuple of its records (review 4, F11)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tayho_coord.errors import ValidationError
from tayho_coord.model import AdminUnit, Hearing, PartialDate, RecordSet, UnitKind

UNIT = AdminUnit("tay-ninh/truong-dong", UnitKind.COMMUNE, "Trường Đông")


def _set(n: int) -> RecordSet:
    # a commune's hearings, one a year (Trường Đông, Tây Ninh held one on 25/10/2018)
    return RecordSet(
        tuple(
            Hearing(f"td/gt-{2018 + i}", UNIT, "quản lý đất công", held_on=PartialDate(2018 + i))
            for i in range(n)
        )
    )


@given(st.integers(0, 5), st.integers(-8, 8), st.integers(-8, 8) | st.none())
def test_indexing_is_the_tuple_s(n: int, i: int, j: int | None) -> None:
    records = _set(n)
    if -n <= i < n:
        assert records[i] is records.records[i]
    else:
        with pytest.raises(IndexError) as info:
            records[i]
        assert isinstance(info.value, ValidationError)
        assert info.value.field == "index"
    part = records[i:j]
    assert isinstance(part, RecordSet)
    assert part.records == records.records[i:j]


def test_a_record_is_found_by_its_id_with_get() -> None:
    records = _set(2)
    assert records.get("td/gt-2019") is records[1]
    with pytest.raises(ValidationError, match=r"\.get\(id\)"):
        records["td/gt-2019"]  # type: ignore[call-overload]
    with pytest.raises(ValidationError, match="an int or a slice"):
        records[True]
    assert list(records) == [records[0], records[1]]
