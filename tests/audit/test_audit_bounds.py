"""The audit's work is bounded before it starts, and exact however many digits a rate has.

Issue 14: ``denominators("0%", 0, max_denominator=10**30)`` raised OverflowError, a tiny
rate with a small count MemoryError, ``denominators("50%", 3137096644)`` built 10**8 items,
``check_total(5, 0)`` raised TypeError, and a 29-decimal rate was judged with the 28-digit
default decimal context. Each answer below is worked out from the half-up rule of Luật Kế
toán, Điều 17 (``P - 1/2 <= n*S/d < P + 1/2``, see model/_checks.py).
"""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tayho_coord.audit import (
    MAX_COUNT_DIGITS,
    MAX_DECIMALS,
    MAX_DENOMINATOR,
    MAX_RESULTS,
    Verdict,
    audit,
    candidates,
    check_rate,
    check_total,
    denominators,
)
from tayho_coord.errors import FigureWarning, TayHoError, ValidationError
from tayho_coord.model import AdminUnit, PartialDate, PetitionStats, PrintedFigure, UnitKind


def test_a_29_decimal_rate_of_one_third_is_rounded() -> None:
    # 1/3 = 33,333…%: with 29 decimals every printed digit is 3 and the next one is 3 < 5,
    # so half-up leaves it: the text is the rounding, and the check says so.
    printed = "33," + "3" * 29 + "%"
    check = check_rate(printed, 1, 3)
    assert check.expected == printed
    assert check.verdict is Verdict.ROUNDED
    # One more 3 in the last place is 1/3 plus 10**-31 and more: inconsistent.
    assert check_rate("33," + "3" * 28 + "4%", 1, 3).verdict is Verdict.INCONSISTENT


@pytest.mark.parametrize("places", [28, 29, 40, MAX_DECIMALS])
def test_two_thirds_at_every_width(places: int) -> None:
    # 2/3 = 66,666…%: the digit after the last printed one is 6 >= 5, so half-up ends in 7
    # and truncation in 6.
    rounded = "66," + "6" * (places - 1) + "7%"
    cut = "66," + "6" * places + "%"
    assert check_rate(rounded, 2, 3).verdict is Verdict.ROUNDED
    assert check_rate(cut, 2, 3).verdict is Verdict.TRUNCATED


def test_percent_ratio_of_a_bare_number_is_exact() -> None:
    # A bare number is read as a percentage: 33,(29 threes) is 0,33(29 threes), 31 digits,
    # which the default 28-digit context rounded half-even.
    figure = PrintedFigure("33," + "3" * 29)
    assert figure.percent_ratio == Decimal("0." + "3" * 31)
    assert Fraction(PrintedFigure("0," + "5" * 40).percent_ratio) == Fraction(int("5" * 40), 10**42)


def test_too_many_decimals_are_refused_naming_the_text() -> None:
    printed = "1," + "0" * (MAX_DECIMALS + 1) + "%"
    with pytest.raises(ValidationError, match="more than 100 decimals") as info:
        check_rate(printed, 1, 100)
    assert info.value.value == printed


@pytest.mark.parametrize(
    ("call", "field"),
    [
        # Every total above 0 prints 0/d as 0%: 10**30 of them.
        (lambda: denominators("0%", 0, max_denominator=10**30), "max_denominator"),
        # 1 of d is 0,0000000001% (half-up) for d from 666 666 666 667 to 2 000 000 000 000.
        (lambda: denominators("0,0000000001%", 1), "max_denominator"),
        # 3137096644 of d prints 50% for d from 6212072563 to 6337568977: 125 496 415 totals.
        (lambda: denominators("50%", 3137096644), "max_denominator"),
        (lambda: candidates("50%", 10**30), "max_denominator"),
        (lambda: candidates("50%", MAX_DENOMINATOR + 1), "max_denominator"),
        # 50% (half-up, no decimals) is n/d from 49,5% to 50,5%: about d/100 counts of
        # every whole d, so more than a million pairs by d = 14 142.
        (lambda: candidates("50%", MAX_DENOMINATOR), "max_denominator"),
        (lambda: check_rate("50%", 10**MAX_COUNT_DIGITS, 10**MAX_COUNT_DIGITS), "numerator"),
        (lambda: check_rate("50%", 1, 10**5000), "denominator"),
        (lambda: check_total(10**5000, [1]), "total"),
        (lambda: check_total(5, 0), "parts"),
        (lambda: check_total(1, None), "parts"),
        (lambda: check_total(1, "1"), "parts"),
        (lambda: check_rate(0.5, 1, 2), "printed"),
        (lambda: check_rate(None, 1, 2), "printed"),
    ],
)
def test_what_cannot_be_answered_is_refused(call: object, field: str) -> None:
    with pytest.raises(ValidationError) as info:
        call()  # type: ignore[operator]
    assert info.value.field == field
    str(info.value)  # a message can always be made, even of a huge value


def test_the_refusal_says_how_many_and_what_to_give() -> None:
    with pytest.raises(ValidationError) as info:
        denominators("50%", 3137096644)
    # d > 2nS/(2P+1) and d <= 2nS/(2P-1), with n = 3137096644, S = 100, P = 50.
    two_n_s = 2 * 3137096644 * 100
    low, high = two_n_s // 101 + 1, two_n_s // 99
    assert info.value.reason == (
        f"{high - low + 1} totals from {low} to {high} print as '50%', more than "
        f"{MAX_RESULTS} to list: give a max_denominator below {low + MAX_RESULTS}"
    )
    # ...and the bound it names is one that is answered.
    assert len(denominators("50%", 3137096644, max_denominator=low + MAX_RESULTS - 1)) == (
        MAX_RESULTS
    )


def test_a_refused_hint_leaves_the_audit_finding_without_totals() -> None:
    # 49 000 000 of 100 000 000 is 49%, not the printed 50%. The totals 49 000 000 would
    # print 50% from are those from 2nS/101 to 2nS/99 (S = 100): about two million, more
    # than the audit lists, so its finding names none.
    unit = AdminUnit("ha-noi/tay-ho", UnitKind.URBAN_DISTRICT, "Tây Hồ")
    with pytest.warns(FigureWarning, match="does not follow"):
        stats = PetitionStats(
            unit,
            PartialDate(2019),
            received=100_000_000,
            resolved=49_000_000,
            printed_rate=PrintedFigure("50%"),
        )
    (finding,) = [f for f in audit(stats) if f.subject == "printed_rate"]
    assert not finding.ok
    assert finding.message == (
        "'50%' does not follow from 49000000/100000000: rounded half-up to 0 decimals it "
        "prints '49%'"
    )


printed_rates = st.one_of(
    st.text(max_size=30),
    st.from_regex(r"\A-?[0-9]{1,4}(,[0-9]{0,120})? ?%?\Z"),
    st.builds(lambda k: "0," + "0" * k + "1%", st.integers(0, 150)),
)
counts = st.one_of(
    st.integers(-5, 10**6),
    st.integers(10**4300, 10**4400),  # beyond what int() and str() convert by default
    st.none(),
    st.floats(allow_nan=True),
    st.booleans(),
    st.text(max_size=5),
)


@settings(max_examples=300, deadline=None)
@given(printed_rates, counts, counts)
def test_check_rate_gives_an_answer_or_the_librarys_error(
    printed: str, n: object, d: object
) -> None:
    try:
        check = check_rate(printed, n, d)  # type: ignore[arg-type]
    except TayHoError as exc:
        str(exc)
        return
    str(check)


@settings(max_examples=200, deadline=None)
@given(printed_rates, counts, st.one_of(st.none(), counts, st.integers(0, 10**40)))
def test_denominators_give_an_answer_or_the_librarys_error(
    printed: str, n: object, top: object
) -> None:
    try:
        found = denominators(printed, n, top)  # type: ignore[arg-type]
    except TayHoError as exc:
        str(exc)
        return
    assert len(found) <= MAX_RESULTS


@settings(max_examples=100, deadline=None)
@given(printed_rates, st.one_of(counts, st.integers(0, 3000), st.integers(10**5, 10**40)))
def test_candidates_give_an_answer_or_the_librarys_error(printed: str, top: object) -> None:
    try:
        found = candidates(printed, top)  # type: ignore[arg-type]
    except TayHoError as exc:
        str(exc)
        return
    assert len(found) <= MAX_RESULTS


@settings(max_examples=200, deadline=None)
@given(
    counts,
    st.one_of(
        counts,
        st.lists(counts, max_size=4),
        st.dictionaries(st.text(max_size=3), counts, max_size=3),
        st.binary(max_size=3),
    ),
    st.one_of(st.text(max_size=5), st.none(), st.integers()),
)
def test_check_total_gives_an_answer_or_the_librarys_error(
    total: object, parts: object, label: object
) -> None:
    try:
        check = check_total(total, parts, total_label=label)  # type: ignore[arg-type]
    except TayHoError as exc:
        str(exc)
        return
    str(check)
