"""Exact checks of printed rates and totals against the counts they should follow from.

A printed rate of ``k`` decimals stands for an integer ``P`` of units of ``10**-(k+2)``
(``"56,82%"`` is ``P = 5682`` at scale ``S = 10**4``). A count ``n`` of ``d`` prints as ``P``
when rounded half-up (Luật Kế toán, Điều 17) exactly when ``P - 1/2 <= n*S/d < P + 1/2``;
every check below solves that inequality in integers, so nothing is ever approximated and a
scan of a hundred thousand totals takes milliseconds.

The work is bounded before it starts: a count has at most :data:`MAX_COUNT_DIGITS` digits, a
printed rate at most :data:`MAX_DECIMALS` decimals, :func:`candidates` scans at most
:data:`MAX_DENOMINATOR` totals, and a list of more than :data:`MAX_RESULTS` answers is refused
(with a :class:`~tayho_coord.errors.ValidationError` saying how many there would be) rather than
built.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Mapping
from fractions import Fraction

from attrs import field, frozen

from tayho_coord.errors import ValidationError
from tayho_coord.model._petitions import PrintedFigure
from tayho_coord.model._validators import MAX_COUNT_DIGITS, check_count
from tayho_coord.vi import format_percent

__all__ = [
    "MAX_COUNT_DIGITS",
    "MAX_DECIMALS",
    "MAX_DENOMINATOR",
    "MAX_RESULTS",
    "RateCheck",
    "SumCheck",
    "Verdict",
    "candidates",
    "check_rate",
    "check_total",
    "denominators",
]


MAX_DECIMALS = 100
"""The most decimals a printed rate may have (as :func:`tayho_coord.vi.format_percent`)."""

MAX_DENOMINATOR = 100_000
"""The largest whole :func:`candidates` scans: one step per whole, a tenth of a second."""

MAX_RESULTS = 1_000_000
"""The most totals or pairs :func:`denominators` and :func:`candidates` return."""


class Verdict(enum.Enum):
    """How a printed rate relates to the exact rate of its counts.

    Examples:
        >>> check_rate("97,8%", 9789, 10000).verdict
        <Verdict.TRUNCATED: 'truncated'>
    """

    ROUNDED = "rounded"
    """The printed text is the exact rate rounded half-up at the printed precision."""
    TRUNCATED = "truncated"
    """The printed text is the exact rate cut at the printed precision, not rounded."""
    INCONSISTENT = "inconsistent"
    """The printed text follows from the counts by neither rule (or from no rate at all)."""


def _figure(printed: str | PrintedFigure) -> PrintedFigure:
    given: object = printed  # callers without type checks pass anything
    if not isinstance(given, (str, PrintedFigure)):
        raise ValidationError("printed", given, "must be a str or a PrintedFigure")
    figure = printed if isinstance(printed, PrintedFigure) else PrintedFigure(printed)
    if figure.precision > MAX_DECIMALS:
        raise ValidationError(
            "printed", figure.text, f"has more than {MAX_DECIMALS} decimals: too many to check"
        )
    ratio = figure.percent_ratio
    if ratio < 0 or ratio > 1:
        raise ValidationError(
            "printed", figure.text, "a rate must be from 0% to 100% (a part of a whole)"
        )
    return figure


def _scaled(figure: PrintedFigure) -> tuple[int, int]:
    """Return ``(P, S)``: the printed rate is ``P / S`` with ``S = 10**(precision + 2)``.

    In integers, from the digits: exact however many there are.
    """
    scale = 10 ** (figure.precision + 2)
    sign, digits, exponent = figure.percent_ratio.as_tuple()
    assert isinstance(exponent, int)  # parsed numbers are finite
    # The ratio's exponent is at least -(precision + 2): the shift is never negative.
    p = int("".join(map(str, digits))) * 10 ** (exponent + figure.precision + 2)
    return -p if sign else p, scale


def near_counts(printed: PrintedFigure, whole: int) -> tuple[int, ...]:
    """The counts out of ``whole`` nearest the printed rate: one of them prints it, if any.

    Some ``n`` in ``0..whole`` rounds half-up to ``P`` exactly when the ``n`` nearest to
    ``P * whole / S`` does; its neighbours cover the ties.
    """
    p, scale = _scaled(printed)
    near = (2 * p * whole + scale) // (2 * scale)
    return tuple(n for n in (near - 1, near, near + 1) if 0 <= n <= whole)


def _count(name: str, value: object) -> int:
    return check_count(name, value)


def _show(value: Fraction) -> str:
    return str(value.numerator) if value.denominator == 1 else str(value)


def _places(k: int) -> str:
    return f"{k} decimal{'' if k == 1 else 's'}"


@frozen
class RateCheck:
    """The result of :func:`check_rate`.

    Attributes:
        printed: The printed rate.
        numerator: The count of the part (resolved petitions).
        denominator: The count of the whole (received petitions).
        value: The exact rate ``numerator / denominator``; None when the denominator is 0.
        expected: The exact rate rounded half-up at the printed precision, as
            :func:`tayho_coord.vi.format_percent` prints it; None when the denominator is 0.
        verdict: How ``printed`` relates to ``value``.

    ``str()`` of a check is its message; :attr:`hint` is added to it in brackets.

    Examples:
        >>> c = check_rate("56,82%", 25, 44)
        >>> c.verdict, c.value, c.expected, c.ok
        (<Verdict.ROUNDED: 'rounded'>, Fraction(25, 44), '56,82%', True)
    """

    printed: PrintedFigure
    numerator: int
    denominator: int
    value: Fraction | None
    expected: str | None
    verdict: Verdict

    @property
    def ok(self) -> bool:
        """Whether the printed text is the correctly rounded rate."""
        return self.verdict is Verdict.ROUNDED

    @property
    def difference(self) -> Fraction | None:
        """The printed ratio minus the exact one; None when the denominator is 0.

        Examples:
            >>> check_rate("97,8%", 9789, 10000).difference
            Fraction(-9, 10000)
        """
        if self.value is None:
            return None
        return Fraction(self.printed.percent_ratio) - self.value

    @property
    def hint(self) -> str | None:
        """What the text would mean as a proportion, when that is what the counts give.

        A number printed without ``%`` is read as a percentage (``"0,75"`` is 0,75%), and the
        verdict keeps that rule. When the text is a bare number of at most 1 with decimals
        above 0 (``"0,75"``, ``"0,9"``) whose verdict is not ``ROUNDED``, but which as a proportion
        is the counts' rate rounded half-up at its own precision, this says so; else None.

        Examples:
            >>> check_rate("0,75", 3, 4).hint
            "'0,75' read as 0,75%; as a proportion it is 75%, which 3/4 gives"
            >>> check_rate("75%", 3, 4).hint is None
            True
        """
        figure, n, d = self.printed, self.numerator, self.denominator
        if self.verdict is Verdict.ROUNDED or figure.is_percent or d == 0:
            return None
        k = figure.precision  # the decimals of the text: its precision as a proportion
        if k < 1 or not 0 < figure.value <= 1:
            return None  # "1" is 1% as often as 100%; "0" is the same either way
        if int(figure.value.scaleb(k)) != (2 * n * 10**k + d) // (2 * d):
            return None
        as_percent = format_percent(Fraction(figure.value), decimals=max(k - 2, 0))
        return (
            f"{figure.text!r} read as {format_percent(Fraction(figure.percent_ratio), decimals=k)};"
            f" as a proportion it is {as_percent}, which {n}/{d} gives"
        )

    def __str__(self) -> str:
        hint = self.hint
        return self._message() if hint is None else f"{self._message()} ({hint})"

    def _message(self) -> str:
        text, counts = repr(self.printed.text), f"{self.numerator}/{self.denominator}"
        places = _places(self.printed.precision)
        if self.value is None:
            return f"{text} cannot follow from {counts}: the total is 0, there is no rate"
        if self.verdict is Verdict.ROUNDED:
            return f"{text} is {counts} rounded half-up to {places}"
        if self.verdict is Verdict.TRUNCATED:
            return (
                f"{text} is {counts} truncated to {places}; "
                f"rounded half-up it prints {self.expected!r}"
            )
        return (
            f"{text} does not follow from {counts}: "
            f"rounded half-up to {places} it prints {self.expected!r}"
        )


def check_rate(printed: str | PrintedFigure, numerator: int, denominator: int) -> RateCheck:
    """Check a printed rate against the counts it should follow from.

    Args:
        printed: The rate as printed: ``"97,8%"``, ``"56,82 %"``, or a bare ``"17,4"`` (read
            as percent, so ``"0,75"`` is 0,75%; where it would be the counts' rate as a
            proportion, :attr:`RateCheck.hint` and the message say so), or a
            :class:`~tayho_coord.model.PrintedFigure`.
        numerator: The count of the part, ``0 <= numerator <= denominator``.
        denominator: The count of the whole; 0 is reported (``INCONSISTENT``, no value), not
            refused.

    Returns:
        The check: ``ROUNDED`` when the text is the half-up rounding at its own precision,
        ``TRUNCATED`` when it is the truncation but not the rounding, ``INCONSISTENT``
        otherwise.

    Raises:
        ValidationError: The text is not a number, the printed rate is below 0% or above
            100%, a count is not an integer >= 0, or the numerator exceeds a non-zero
            denominator.

    Examples:
        >>> check_rate("97,9%", 9789, 10000).verdict
        <Verdict.ROUNDED: 'rounded'>
        >>> print(check_rate("97,8%", 9789, 10000))
        '97,8%' is 9789/10000 truncated to 1 decimal; rounded half-up it prints '97,9%'
        >>> check_rate("17,4", 174, 1000).verdict
        <Verdict.ROUNDED: 'rounded'>
        >>> check_rate("56,82%", 0, 0).verdict
        <Verdict.INCONSISTENT: 'inconsistent'>
    """
    figure = _figure(printed)
    n, d = _count("numerator", numerator), _count("denominator", denominator)
    if d == 0:
        return RateCheck(figure, n, d, None, None, Verdict.INCONSISTENT)
    if n > d:
        raise ValidationError("numerator", n, f"exceeds the denominator {d}: a rate above 100%")
    p, scale = _scaled(figure)
    rounded = (2 * n * scale + d) // (2 * d)
    if p == rounded:
        verdict = Verdict.ROUNDED
    elif p == n * scale // d:
        verdict = Verdict.TRUNCATED
    else:
        verdict = Verdict.INCONSISTENT
    value = Fraction(n, d)
    expected = format_percent(value, decimals=figure.precision)
    return RateCheck(figure, n, d, value, expected, verdict)


def denominators(
    printed: str | PrintedFigure, numerator: int, max_denominator: int | None = None
) -> list[int]:
    """Every total that, with this numerator, prints as given (rounded half-up).

    This finds the total a report really divided by: a rate that does not follow from the
    printed counts often follows from the same numerator over another total.

    Args:
        printed: The rate as printed (see :func:`check_rate`).
        numerator: The count of the part.
        max_denominator: The largest total to consider; needed only where the totals are
            unbounded (a printed ``0%``).

    Returns:
        The totals ``d >= max(numerator, 1)`` with ``check_rate(printed, numerator, d)``
        ``ROUNDED``, in increasing order.

    Raises:
        ValidationError: Invalid arguments, infinitely many totals and no
            ``max_denominator``, or more than :data:`MAX_RESULTS` totals (a tiny rate gives
            a long run of them).

    Examples:
        >>> denominators("56,82%", 25)
        [44]
        >>> denominators("57%", 25)
        [44]
        >>> denominators("60%", 3)
        [5]
        >>> denominators("0%", 1, max_denominator=203)
        [201, 202, 203]
    """
    figure = _figure(printed)
    n = _count("numerator", numerator)
    if max_denominator is not None:
        _count("max_denominator", max_denominator)
    p, scale = _scaled(figure)
    low = max(n, 1)
    if n > 0:
        # n*S/d < P + 1/2  <=>  d > 2nS / (2P + 1)
        low = max(low, 2 * n * scale // (2 * p + 1) + 1)
    elif p > 0:
        return []  # 0/d is 0% whatever d is
    high: int | None = None
    if n > 0 and p > 0:
        # n*S/d >= P - 1/2  <=>  d <= 2nS / (2P - 1)
        high = 2 * n * scale // (2 * p - 1)
    if max_denominator is not None:
        high = max_denominator if high is None else min(high, max_denominator)
    if high is None:
        raise ValidationError(
            "max_denominator", None, f"every large total prints {figure.text!r}: give a bound"
        )
    if high - low + 1 > MAX_RESULTS:
        raise ValidationError(
            "max_denominator",
            max_denominator,
            f"{high - low + 1} totals from {low} to {high} print as {figure.text!r}, more than "
            f"{MAX_RESULTS} to list: give a max_denominator below {low + MAX_RESULTS}",
        )
    return list(range(low, high + 1))


def candidates(printed: str | PrintedFigure, max_denominator: int) -> list[tuple[int, int]]:
    """Every ``(numerator, denominator)`` that prints as given, smallest denominator first.

    Shows which counts a bare printed rate allows: a report that prints only "56,82%" had at
    least 44 petitions, since no smaller total gives that rate.

    Args:
        printed: The rate as printed (see :func:`check_rate`).
        max_denominator: The largest denominator to scan, at most :data:`MAX_DENOMINATOR`.

    Returns:
        The pairs with ``check_rate(printed, n, d)`` ``ROUNDED``, ordered by denominator, then
        numerator (fractions not in lowest terms included: ``(50, 88)`` as well as
        ``(25, 44)``).

    Raises:
        ValidationError: Invalid arguments, ``max_denominator`` above
            :data:`MAX_DENOMINATOR`, or more than :data:`MAX_RESULTS` pairs (a rate printed
            with few decimals allows many counts of each large whole).

    Examples:
        >>> candidates("56,82%", 100)
        [(25, 44), (50, 88)]
        >>> candidates("60%", 10)
        [(3, 5), (6, 10)]
    """
    figure = _figure(printed)
    top = _count("max_denominator", max_denominator)
    if top > MAX_DENOMINATOR:
        raise ValidationError(
            "max_denominator", top, f"must be at most {MAX_DENOMINATOR} (one step per whole)"
        )
    p, scale = _scaled(figure)
    two_s, below, above = 2 * scale, 2 * p - 1, 2 * p + 1
    pairs: list[tuple[int, int]] = []
    for d in range(1, top + 1):
        # (2P - 1) d / 2S <= n < (2P + 1) d / 2S, and 0 <= n <= d
        first = max(-((-below * d) // two_s), 0)
        last = min(-((-above * d) // two_s) - 1, d)
        if first <= last:
            if len(pairs) + last - first + 1 > MAX_RESULTS:
                raise ValidationError(
                    "max_denominator",
                    top,
                    f"more than {MAX_RESULTS} counts with a whole up to {d} print as "
                    f"{figure.text!r}: give a max_denominator below {d}",
                )
            pairs.extend((n, d) for n in range(first, last + 1))
    return pairs


@frozen
class SumCheck:
    """The result of :func:`check_total`.

    Attributes:
        total: The printed whole.
        parts: The printed parts.
        labels: A label for each part (empty when the parts were given without).
        complete: Whether the parts are meant to make up the whole (else only some of it).
        total_label: What the total counts, written after it (``the total 44 received``);
            empty for none.

    Examples:
        >>> c = check_total(120, [25, 60, 30, 10])
        >>> c.sum, c.difference, c.ok
        (125, 5, False)
    """

    total: int
    parts: tuple[int, ...]
    labels: tuple[str, ...] = field(default=())
    complete: bool = True
    total_label: str = ""

    @property
    def sum(self) -> int:
        """The sum of the parts."""
        return sum(self.parts)

    @property
    def difference(self) -> int:
        """The sum of the parts minus the total (positive: the parts say more)."""
        return self.sum - self.total

    @property
    def ok(self) -> bool:
        """Whether the parts add up to the total (or stay within it, if not complete)."""
        return self.difference == 0 if self.complete else self.difference <= 0

    def __str__(self) -> str:
        if self.labels:
            pairs = zip(self.parts, self.labels, strict=True)
            terms = " + ".join(f"{value} ({label})" for value, label in pairs)
        else:
            terms = " + ".join(map(str, self.parts)) or "0"
        gap = self.difference
        total = f"{self.total} {self.total_label}" if self.total_label else str(self.total)
        if self.ok:
            where = "the total" if gap == 0 else "within the total"
            return f"{terms} = {self.sum}, {where} {total}"
        if not self.complete:
            return f"{terms} = {self.sum}, more than the total {total} (by {gap})"
        word = "more" if gap > 0 else "less"
        return f"{terms} = {self.sum}, {abs(gap)} {word} than the total {total}"


def check_total(
    total: int,
    parts: Iterable[int] | Mapping[str, int],
    *,
    complete: bool = True,
    total_label: str = "",
) -> SumCheck:
    """Check that parts add up to a printed whole.

    Args:
        total: The printed whole.
        parts: The printed parts, or a mapping from a label to each part.
        complete: True when the parts should make up the whole exactly; False when they are
            only some of it (then they must not exceed it).
        total_label: What the total counts, written after it in the message.

    Returns:
        The check, with the difference.

    Raises:
        ValidationError: A count is not an integer >= 0, ``parts`` neither counts nor a
            mapping, or ``total_label`` not a str.

    Examples:
        >>> print(check_total(120, {"đã giải quyết": 25, "đang giải quyết": 95}))
        25 (đã giải quyết) + 95 (đang giải quyết) = 120, the total 120
        >>> print(check_total(44, [25, 20]))
        25 + 20 = 45, 1 more than the total 44
        >>> check_total(44, [25], complete=False).ok
        True
        >>> print(check_total(44, {"đã giải quyết": 25, "đang giải quyết": 20},
        ...                   total_label="received"))
        25 (đã giải quyết) + 20 (đang giải quyết) = 45, 1 more than the total 44 received
    """
    _count("total", total)
    given: object = parts  # callers without type checks pass anything
    if isinstance(given, Mapping):
        labels = tuple(str(label) for label in given)
        values = tuple(given.values())
    elif isinstance(given, Iterable) and not isinstance(given, (str, bytes)):
        labels, values = (), tuple(given)
    else:
        raise ValidationError("parts", given, "must be counts or a mapping of labels to counts")
    for index, value in enumerate(values):
        _count(f"parts[{index}]", value)
    if not isinstance(total_label, str):
        raise ValidationError("total_label", total_label, "must be a str")
    return SumCheck(total, values, labels, bool(complete), total_label)
