"""Odd values given to the public functions get the library's errors, nothing else (issue 14).

A function that takes a record, a path or a text is given everything else a caller without
type checks might pass: None, booleans, huge integers (beyond the 4300 digits int() and str()
convert), floats, NaN, Decimals of huge exponents, Fractions, bytes that are not UTF-8, lone
surrogates, containers, open files, nested values. The answer is a result or a
:class:`~tayho_coord.errors.TayHoError` (whose message can always be made), never a
TypeError, AttributeError or RecursionError from inside. The vi functions have their own
suite (tests/vi/test_vi_fuzz.py); the audit's, io's, petition_rates' and the command line's
are beside their tests (tests/audit/test_audit_bounds.py, tests/io/test_fuzz.py,
tests/petitions/test_petition_rates_edges.py, tests/test_cli_edges.py).
"""

from __future__ import annotations

import io
import warnings
from decimal import Decimal
from typing import TYPE_CHECKING, Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tayho_coord import audit, metrics, report
from tayho_coord import io as tio
from tayho_coord.errors import TayHoError
from tayho_coord.metrics._table import to_decimal
from tayho_coord.model import (
    AdminUnit,
    Agency,
    AgencyKind,
    CouncilSession,
    DocumentRef,
    PartialDate,
    PetitionReport,
    PrintedFigure,
    RecordSet,
    StatedFigure,
    UnitKind,
)

if TYPE_CHECKING:
    from collections.abc import Callable

scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.integers(10**4300, 10**4400),
    st.floats(),
    st.decimals(),
    st.sampled_from([Decimal("1E+999999999"), Decimal("-1E-999999999"), Decimal("sNaN")]),
    st.fractions(),
    st.text(max_size=30),
    st.sampled_from(["\udc80", "0," + "3" * 200 + "%", "9" * 5000, "2020-W07-2", ""]),
    st.binary(max_size=10),
)
odd = (
    st.recursive(
        scalars,
        lambda children: (
            st.lists(children, max_size=3)
            | st.tuples(children)
            | st.dictionaries(st.text(max_size=3), children, max_size=3)
        ),
        max_leaves=8,
    )
    | st.builds(io.StringIO, st.text(max_size=20))
    | st.builds(io.BytesIO, st.binary(max_size=20))
)

_UNIT = AdminUnit("u", UnitKind.PROVINCE, "U")
_COUNCIL = Agency("u/hdnd", AgencyKind.PEOPLES_COUNCIL, _UNIT)

PUBLIC: dict[str, Callable[[Any], object]] = {
    "io.load": tio.load,
    "io.loads": tio.loads,
    "io.dumps": tio.dumps,
    "model.PrintedFigure": PrintedFigure,
    "model.PartialDate": PartialDate,
    "model.PartialDate.parse_iso": PartialDate.parse_iso,
    "model.DocumentRef": DocumentRef,
    "model.DocumentRef(subject)": lambda v: DocumentRef(None, type_name="Kế hoạch", subject=v),
    "model.StatedFigure(parts)": lambda v: StatedFigure("x", PrintedFigure("1"), v).findings(),
    "model.RecordSet.activities_of": lambda v: RecordSet(()).activities_of(v),
    "model.StatedFigure(printed)": lambda v: StatedFigure("x", v),
    "model.StatedFigure(count)": lambda v: StatedFigure("x", PrintedFigure("1/2"), count=v),
    "model.StatedFigure(whole)": lambda v: StatedFigure("x", PrintedFigure("50%"), whole=v),
    "model.StatedFigure(what)": lambda v: StatedFigure(v, PrintedFigure("1")),
    "model.CouncilSession(number)": lambda v: CouncilSession("s", _COUNCIL, number=v),
    "model.CouncilSession(legislature)": lambda v: CouncilSession(
        "s", _COUNCIL, number=1, legislature=v
    ),
    "model.CouncilSession(days)": lambda v: CouncilSession("s", _COUNCIL, opens_on=v, closes_on=v),
    "model.CouncilSession(council)": lambda v: CouncilSession("s", v, number=1),
    "model.PetitionReport(session)": lambda v: PetitionReport("r", _UNIT, session=v),
    "model.PetitionReport(as_of)": lambda v: PetitionReport("r", _UNIT, as_of=v),
    "model.PetitionReport(period)": lambda v: PetitionReport("r", _UNIT, v),
    "model.PetitionReport(figures)": lambda v: PetitionReport(
        "r", _UNIT, as_of=PartialDate(2020), figures=v
    ),
    "audit.audit": audit.audit,
    "audit.check_rate": lambda v: audit.check_rate(v, 1, 2),
    "audit.check_total": lambda v: audit.check_total(v, [v]),
    "audit.denominators": lambda v: audit.denominators("50%", v),
    "audit.candidates": lambda v: audit.candidates(v, 10),
    "metrics.yearly": metrics.yearly,
    "metrics.to_decimal": to_decimal,
    "report.render": report.render,
    "report.render(format)": lambda v: report.render(_review(), v),
    "report.render(records)": lambda v: report.render(_review(), records=v),
    "report.summarize": report.summarize,
}


def _review() -> Any:
    from tayho_coord.datasets import tay_ho_2019

    return tay_ho_2019()


@pytest.mark.parametrize("name", sorted(PUBLIC))
@settings(max_examples=60, deadline=None)
@given(value=odd)
def test_an_odd_value_gets_the_librarys_error(name: str, value: object) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # a figure warning is not the point here
        try:
            PUBLIC[name](value)
        except TayHoError as exc:
            str(exc)
        except FileNotFoundError:
            assert name == "io.load"  # a path that names no file: OSError, as documented
            assert isinstance(value, str)


@pytest.mark.parametrize("name", ["a" * 10_000, "bad\x00name.json"])
def test_a_path_the_system_refuses_is_the_librarys_error(name: str) -> None:
    # Found by the fuzz test above: a 10,000-character path gave a bare OSError
    # (ENAMETOOLONG), a NUL a bare ValueError; the name is bad input, not a missing file.
    from tayho_coord.errors import ValidationError

    with pytest.raises(ValidationError, match="no path the system can open"):
        tio.load(name)
