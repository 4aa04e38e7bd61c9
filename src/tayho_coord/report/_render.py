"""``render``: the yearly report in Markdown, HTML or plain text."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal

from tayho_coord.errors import ValidationError

if TYPE_CHECKING:
    from tayho_coord.model import ProgramReview

__all__ = ["FORMATS", "Format", "render"]

Format = Literal["md", "html", "text"]
FORMATS: tuple[Format, ...] = ("md", "html", "text")


def render(
    review: ProgramReview,
    format: Format = "md",
    *,
    place: str | None = None,
    charts: bool | None = None,
) -> str:
    """The report of a program review, in Vietnamese administrative form.

    The heading follows Nghị định 30/2020/NĐ-CP (issuing bodies, national name and motto,
    the place-and-date line ``Tây Hồ, ngày 11 tháng 02 năm 2020``), then the bodies with their
    official names and the standing agency, each activity group with its counts in the
    administrative style (``03 phiên giải trình``), the petition figures (printed apart from
    computed, with the audit's finding), the shortcomings, the next year's program and its key
    tasks, and the sources at the end. Nothing the data does not hold is filled in. When the
    figures rest on the illustrative data (:mod:`tayho_coord.datasets`), a notice under the
    heading says so in every format, ``DỮ LIỆU MINH HỌA – KHÔNG PHẢI SỐ LIỆU THẬT``, and
    in brackets before the HTML page's title.

    Args:
        review: The review conference (:func:`tayho_coord.datasets.tay_ho_2019`, or one loaded
            with :func:`tayho_coord.load`).
        format: ``"md"`` (CommonMark), ``"html"`` (one self-contained page: inline CSS, no
            script, readable on a phone, printable to A4) or ``"text"``.
        place: The place of the date line; by default the unit where the bodies have their
            seat, named as Nghị định 30/2020/NĐ-CP, Phụ lục I asks
            (:attr:`~tayho_coord.model.AdminUnit.place_name`: ``Tây Hồ``, ``Quận 1``).
        charts: HTML only: whether to add the metrics charts as inline SVG (oversight topics
            by lead body, the petition resolution rate). None (the default) adds them when
            the ``plot`` extra (matplotlib) is installed; True requires it.

    Returns:
        The report; every text from the data is escaped for the format.

    Raises:
        ValidationError: ``format`` is not one of the three, ``place`` is empty, or
            ``charts=True`` without the ``plot`` extra.

    Examples:
        >>> from tayho_coord.datasets import tay_ho_2019
        >>> md = render(tay_ho_2019())
        >>> "03 phiên giải trình" in md and "*Tây Hồ, ngày 11 tháng 02 năm 2020*" in md
        True
        >>> render(tay_ho_2019(), "pdf")
        Traceback (most recent call last):
        ...
        tayho_coord.errors.ValidationError: format='pdf': must be one of md, html, text
    """
    from tayho_coord.report._build import build
    from tayho_coord.report._document import render_html, render_markdown, render_text

    if format not in FORMATS:
        raise ValidationError("format", format, f"must be one of {', '.join(FORMATS)}")
    if charts not in (None, True, False):
        raise ValidationError("charts", charts, "must be True, False or None")
    if format == "html":
        return render_html(build(review, place=place, figures=_figures(review, charts)))
    doc = build(review, place=place)
    if format == "text":
        return render_text(doc)
    return render_markdown(doc)


def _figures(review: ProgramReview, charts: bool | None) -> tuple[tuple[str, str], ...]:
    """The charts asked for: None draws them when it can, True insists, False omits them."""
    from tayho_coord.report._charts import chart_svgs, charts_available

    if charts is False:
        return ()
    if not charts_available():
        if charts:
            raise ValidationError(
                "charts",
                charts,
                'needs the plot extra (matplotlib): pip install ".[plot]" from a checkout',
            )
        return ()
    try:
        return chart_svgs(review)
    except ValidationError:
        # The metrics refuse the review (two sets of petition figures for one scope, say):
        # the report stands without its charts unless they were asked for.
        if charts:
            raise
        return ()
