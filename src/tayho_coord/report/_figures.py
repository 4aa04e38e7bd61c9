"""A printed figure against the counts it should follow from, in the documents' Vietnamese.

The appendix of a record's document says, for each figure a record prints where its counts
are known, whether the two agree ("Đối chiếu: …"), exactly as the audit finds it
(:func:`tayho_coord.audit.check_rate`, rounding half-up as Luật Kế toán, Điều 17): the
printed text is kept, the computed figure written beside it, neither corrected.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from tayho_coord import vi
from tayho_coord.report._common import COMPUTED, PRINTED
from tayho_coord.report._document import Block, Paragraph

if TYPE_CHECKING:
    from collections.abc import Sequence

    from tayho_coord.model import PrintedFigure, StatedFigure

__all__ = ["check_paragraphs", "check_sentence", "parts_paragraphs"]


def _n(value: int) -> str:
    return vi.format_number(value)


def check_sentence(printed: PrintedFigure, count: int | None, whole: int | None) -> str | None:
    """Whether ``printed`` follows from ``count`` out of ``whole``; None: nothing to check.

    A fraction is compared count for count; a percentage (and a bare number with a whole, a
    rate printed without its sign) with the counts' rate rounded half-up at its precision,
    or with the whole alone, with every count of it; a bare number without a whole with the
    count.

    Examples:
        >>> from tayho_coord.model import PrintedFigure
        >>> check_sentence(PrintedFigure("8,79%"), 191, 2293)
        'tỷ lệ theo số liệu công bố (8,79%) không khớp với tỷ lệ tính từ số liệu 191/2.293 là 8,33%'
        >>> check_sentence(PrintedFigure("18/93"), 18, 93)
        'số liệu công bố 18/93 khớp với số liệu 18/93'
        >>> check_sentence(PrintedFigure("17,4"), None, None) is None
        True
    """
    from tayho_coord.audit import Verdict, check_rate

    text = printed.text
    if printed.qualifier is not None:
        return _bound_sentence(printed, count, whole)
    if printed.is_fraction:
        top, bottom = int(printed.value), printed.denominator
        if count is None and whole is None:
            return None
        shown = (
            f"{_n(count) if count is not None else '…'}/{_n(whole) if whole is not None else '…'}"
        )
        agrees = (count is None or count == top) and (whole is None or whole == bottom)
        word = "khớp" if agrees else "không khớp"
        return f"số liệu công bố {text} {word} với số liệu {shown}"
    if not printed.is_percent and whole is None:
        if count is None:
            return None
        word = "khớp" if printed.value == count else "không khớp"
        return f"số liệu công bố {text} {word} với số đếm {_n(count)}"
    ratio = printed.percent_ratio
    if whole is None:
        return None
    if ratio < 0 or ratio > 1:
        return f"tỷ lệ {PRINTED} ({text}) không nằm trong khoảng 0–100%"
    if whole == 0:
        return f"tỷ lệ {PRINTED} ({text}) không thể tính từ tổng số 0"
    if count is None:
        from tayho_coord.model._checks import near_counts

        if any(check_rate(printed, n, whole).ok for n in near_counts(printed, whole)):
            return f"tỷ lệ {PRINTED} ({text}) có thể tính được từ tổng số {_n(whole)}"
        return f"không có số nào trên tổng số {_n(whole)} cho tỷ lệ {text}"
    check = check_rate(printed, count, whole)
    counts = f"{_n(count)}/{_n(whole)}"
    if check.verdict is Verdict.ROUNDED:
        return (
            f"tỷ lệ {PRINTED} ({text}) khớp với tỷ lệ {COMPUTED} {counts} "
            "(làm tròn theo Luật Kế toán)"
        )
    if check.verdict is Verdict.TRUNCATED:
        return (
            f"tỷ lệ {PRINTED} ({text}) là tỷ lệ {counts} bị cắt bớt chữ số, không làm tròn; "
            f"làm tròn theo Luật Kế toán là {check.expected}"
        )
    return f"tỷ lệ {PRINTED} ({text}) không khớp với tỷ lệ {COMPUTED} {counts} là {check.expected}"


def _bound_sentence(printed: PrintedFigure, count: int | None, whole: int | None) -> str | None:
    """A figure printed as a bound ("hơn 60", "trên 85%"): on its side or not, never equal.

    Examples:
        >>> from tayho_coord.model import PrintedFigure
        >>> _bound_sentence(PrintedFigure("hơn 60"), 58, None)
        'số liệu công bố hơn 60 (không phải số chính xác) không phù hợp với số đếm 58'
        >>> _bound_sentence(PrintedFigure("trên 85%"), 30, 32)
        'tỷ lệ theo số liệu công bố (trên 85%, không phải số chính xác) phù hợp với tỷ lệ tính từ số liệu 30/32 là 93,75%'
    """  # noqa: E501
    from fractions import Fraction

    from tayho_coord.model._figures import count_disagreements

    if count is None or whole == 0 or (printed.is_percent and whole is None):
        return None  # nothing to hold the bound against
    word = "không phù hợp" if any(count_disagreements(printed, count, whole)) else "phù hợp"
    if not printed.is_percent and whole is None:
        exact = "không phải số chính xác"
        return f"số liệu công bố {printed.text} ({exact}) {word} với số đếm {_n(count)}"
    assert whole is not None  # a rate without its whole returned above
    computed = vi.format_percent(Fraction(count, whole), decimals=2)
    return (
        f"tỷ lệ {PRINTED} ({printed.text}, không phải số chính xác) {word} với tỷ lệ "
        f"{COMPUTED} {_n(count)}/{_n(whole)} là {computed}"
    )


def check_paragraphs(
    checks: Sequence[tuple[str, PrintedFigure, int | None, int | None]],
) -> list[Block]:
    """``Đối chiếu: <what>: <sentence>.`` for each ``(what, printed, count, whole)`` checked."""
    out: list[Block] = []
    for what, printed, count, whole in checks:
        sentence = check_sentence(printed, count, whole)
        if sentence is not None:
            out.append(Paragraph(f"Đối chiếu: {what}: {sentence}.", role="finding"))
    return out


def stated_checks(
    figures: Sequence[StatedFigure],
) -> list[tuple[str, PrintedFigure, int | None, int | None]]:
    """The checks of stated figures, each under what it measures."""
    return [(f.what, f.printed, f.count, f.whole) for f in figures]


def parts_paragraphs(figures: Sequence[StatedFigure]) -> list[Block]:
    """``Đối chiếu: <what>: các phần cộng lại được …`` for each figure whose parts are checked.

    The audit's own check (:meth:`~tayho_coord.model.StatedFigure.parts_check`), said in
    the documents' Vietnamese: the sum, whether it matches the printed whole, by how much
    it differs, and whether that is within the rounding of the figures as printed.
    """
    out: list[Block] = []
    for figure in figures:
        check = figure.parts_check()
        if check is None:
            continue
        total = vi.format_number(check.total, decimals=check.places)
        head = f"Đối chiếu: {figure.what}: các phần cộng lại được {total}"
        if check.difference == 0:
            sentence = f"{head}, khớp với số liệu công bố {figure.printed.text}."
        else:
            gap = vi.format_number(abs(check.difference), decimals=check.places)
            side = "nhiều" if check.difference > 0 else "ít"
            sentence = f"{head}, {side} hơn số liệu công bố {figure.printed.text} là {gap}"
            if check.within_rounding:
                sentence += " (trong phạm vi làm tròn của số liệu công bố)"
            sentence += "."
        out.append(Paragraph(sentence, role="finding"))
    return out
