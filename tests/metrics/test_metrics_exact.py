"""Exact values keep every digit into frames and displays (issue 14, "Exactness").

``to_decimal`` documents 16 decimals up to 38 digits; the default decimal context keeps 28
and rounded the rest half-even. A display rounded the 16-digit value again at 4 places. The
expected values are worked out by hand from the half-up rule (Luật Kế toán, Điều 17).
"""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tayho_coord.errors import ValidationError
from tayho_coord.metrics._table import _plain_text, to_decimal


def test_38_digits_are_kept() -> None:
    # 10**22 - 1 + 1/3: 22 nines, then 16 threes after the point (the 17th, 3, rounds down).
    value = Fraction(10**22 - 1) + Fraction(1, 3)
    assert to_decimal(value) == Decimal("9" * 22 + "." + "3" * 16)
    assert str(to_decimal(value)) == "9" * 22 + "." + "3" * 16
    # A Decimal of 38 digits likewise (the 17th decimal, 5, rounds up).
    assert to_decimal(Decimal("1" * 21 + "." + "1" * 15 + "15")) == Decimal(
        "1" * 21 + "." + "1" * 15 + "2"
    )


def test_a_display_rounds_once_from_the_exact_value() -> None:
    # 1/20000 - 10**-20 = 0,00004999999999999999: at 16 decimals it is 0,0000500000000000,
    # which rounded again at 4 would be 0,0001; rounded once at 4 it is 0,0000.
    value = Fraction(1, 20000) - Fraction(1, 10**20)
    assert to_decimal(value) == Decimal("0.0000500000000000")
    assert _plain_text(value) == "0.0000"
    assert _plain_text(Fraction(1, 20000)) == "0.0001"  # exactly half: up
    assert _plain_text(Fraction(-1, 3)) == "-0.3333"


@pytest.mark.parametrize(
    "value",
    [
        Decimal("1E+999999999"),  # would be a huge integer if converted first
        Decimal("NaN"),
        Decimal("-Infinity"),
        Fraction(10**5000),
        10**22,
        Decimal("9999999999999999999999.99999999999999995"),  # rounds up to 23 digits
        1.5,
        "0.5",
        True,
        None,
    ],
)
def test_what_does_not_fit_is_refused(value: object) -> None:
    with pytest.raises(ValidationError) as info:
        to_decimal(value)  # type: ignore[arg-type]
    assert info.value.field == "value"


def test_a_tiny_decimal_is_zero_without_converting() -> None:
    assert to_decimal(Decimal("1E-999999999")) == 0
    assert to_decimal(Decimal("-1E-999999999")) == 0


@settings(max_examples=300, deadline=None)
@given(
    st.one_of(
        st.fractions(max_denominator=10**30),
        st.decimals(allow_nan=False, allow_infinity=False, places=30),
        st.integers(-(10**23), 10**23),
    )
)
def test_to_decimal_is_the_half_up_rounding(value: Fraction | Decimal | int) -> None:
    exact = Fraction(value)
    try:
        out = to_decimal(value)
    except ValidationError:
        assert abs(exact) >= 10**22 - Fraction(1, 2 * 10**16)
        return
    # The nearest multiple of 10**-16, a half away from zero.
    assert abs(Fraction(out) - exact) <= Fraction(1, 2 * 10**16)
    half = Fraction(1, 2 * 10**16)
    if abs(Fraction(out) - exact) == half:
        assert abs(Fraction(out)) > abs(exact)
    assert out.as_tuple().exponent == -16


@settings(max_examples=300)
@given(
    st.fractions(min_value=0, max_value=1)
    | st.integers(0, 10**6).map(lambda n: Fraction(n, 10**6))
    | st.integers(1, 10**6).map(lambda d: Fraction(d // 2, d))
)
def test_a_rate_in_csv_is_the_rate_to_six_places(rate: Fraction) -> None:
    # The writers' rule (report/_metrics.py): at most six places, half-up, no trailing zero;
    # a rate with no more than six places is written exactly.
    from tayho_coord.report._metrics import RATE_PLACES, rate_text

    text = rate_text(rate)
    written = Fraction(Decimal(text))
    assert abs(written - rate) <= Fraction(1, 2 * 10**RATE_PLACES)
    if (rate * 10**RATE_PLACES).denominator == 1:
        assert written == rate
    whole, _, places = text.partition(".")
    assert len(places) <= RATE_PLACES
    assert not places.endswith("0")
    assert whole in ("0", "1")
    # Half-up: a rate exactly half a unit above a six-place value is written the higher one.
    if (rate * 2 * 10**RATE_PLACES).denominator == 1 and (rate * 10**RATE_PLACES).denominator == 2:
        assert written > rate


def test_a_rate_at_the_six_places_edge() -> None:
    from tayho_coord.report._metrics import rate_text

    # 0,0000005 is half a unit of the sixth place: up to 0,000001; just below it, 0.
    assert rate_text(Fraction(5, 10**7)) == "0.000001"
    assert rate_text(Fraction(5, 10**7) - Fraction(1, 10**30)) == "0"
    assert rate_text(Fraction(999_9995, 10**7)) == "1"  # 0,9999995 rounds up to 1
