"""A printed figure against the counts behind it: what a stated figure's audit finds.

A meeting, a hearing, an oversight or a petition report states figures that are not the
petition counts the model knows by name: "1.143 lượt cử tri, đạt tỷ lệ 97,6%", "99,87% đã
được phúc đáp", "chiếm 17,4". Where the source also gives the count a figure is of and the
whole it is a share of, :func:`count_disagreements` says whether the printed text follows
from them (rounding half-up, Luật Kế toán, Điều 17); the text is never corrected.
:class:`~tayho_coord.model.StatedFigure` keeps both and runs this check.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Iterator
    from fractions import Fraction

    from tayho_coord.model._petitions import PrintedFigure

__all__ = ["count_disagreements"]


def count_disagreements(
    printed: PrintedFigure, count: int | None, whole: int | None
) -> Iterator[str]:
    """What ``printed`` says that ``count`` out of ``whole`` does not, one text each.

    A fraction's counts against ``count`` and ``whole``; a percentage (or a bare number with
    a ``whole``: a rate printed without its sign) against ``count / whole`` rounded half-up
    at its printed precision, or, with the whole alone, whether any count of it prints so; a
    bare number without a whole against ``count``. Nothing is checked where the counts are
    not given.

    A figure printed as a bound ("hơn 60", "trên 85%", "gần 200") is checked as the bound
    it is, never as a value (:meth:`PrintedFigure.admits`): the count, or the rate
    ``count / whole``, must lie on its side of the bound; "khoảng 50" states no bound
    and is never found wrong.

    Examples:
        >>> from tayho_coord.model import PrintedFigure
        >>> list(count_disagreements(PrintedFigure("hơn 60"), 58, None))
        ["'hơn 60' says more than 60, and the count is 58"]
        >>> list(count_disagreements(PrintedFigure("trên 85%"), 30, 32))
        []
        >>> list(count_disagreements(PrintedFigure("8,79%"), 191, 2293))
        ["'8,79%' does not follow from 191/2293: rounded half-up to 2 decimals it prints '8,33%'"]
        >>> list(count_disagreements(PrintedFigure("17,4"), 87, 500))
        []
    """
    from tayho_coord.model._checks import check_rate, near_counts

    text = repr(printed.text)
    if printed.qualifier is not None:
        yield from _bound_disagreements(printed, count, whole)
        return
    if printed.is_fraction:
        if count is not None and int(printed.value) != count:
            yield f"{text} states {int(printed.value)}, not the count {count}"
        if whole is not None and printed.denominator != whole:
            yield f"{text} is of {printed.denominator}, not of the whole {whole}"
        return
    if not printed.is_percent and whole is None:
        if count is not None and printed.value != count:
            yield f"{text} is not the count {count}"
        return
    if whole is None:
        return
    ratio = printed.percent_ratio
    if ratio < 0 or ratio > 1:
        yield f"{text} is not a share of a whole, from 0% to 100%"
        return
    if count is not None:
        check = check_rate(printed, count, whole)
        if not check.ok:
            yield str(check)
        return
    if whole == 0:
        yield f"{text} cannot be a share of a whole of 0"
        return
    if not any(check_rate(printed, n, whole).ok for n in near_counts(printed, whole)):
        yield f"no count out of {whole} prints as {text}"


def _bound_disagreements(
    printed: PrintedFigure, count: int | None, whole: int | None
) -> Iterator[str]:
    """What a figure printed as a bound says that ``count`` out of ``whole`` does not."""
    from fractions import Fraction

    qualifier = printed.qualifier
    assert qualifier is not None  # only bounds come here
    says = f"{printed.text!r} says {qualifier.english} {printed.text.partition(' ')[2]}"
    if count is None:
        return  # with the whole alone, some count of it lies on the bound's side
    if printed.is_percent or whole is not None:
        if whole is None or whole == 0:
            return  # a rate of no whole: nothing to compare
        rate = Fraction(count, whole)
        # a bare number with a whole is a rate printed without its sign ("trên 85")
        value = rate if printed.is_percent else rate * 100
        if not printed.admits(value):
            yield f"{says}, and {count}/{whole} is {_percent(rate)}"
        return
    if not printed.admits(count):
        yield f"{says}, and the count is {count}"


def _percent(rate: Fraction) -> str:
    """``rate`` as a percentage with two decimals, rounded half-up (Luật Kế toán, Điều 17)."""
    from tayho_coord.vi import format_percent

    return format_percent(rate, decimals=2)
