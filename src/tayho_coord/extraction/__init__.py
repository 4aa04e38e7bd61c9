"""Extraction: from a Vietnamese article or report to a draft, every value with its span.

Rule-based readings built on :mod:`tayho_coord.vi`. Nothing is guessed: what the rules see
and cannot place is listed in :attr:`Draft.unplaced` with its span.

The draft becomes records of :mod:`tayho_coord.model` with :func:`assemble`; what a
record needs and the text does not give is listed in :attr:`Assembly.missing`, never
filled in.

Examples:
    >>> from tayho_coord.extraction import extract
    >>> draft = extract("Tỷ lệ giải quyết kiến nghị cử tri còn hạn chế (56,82%).")
    >>> [(rate.span.text, rate.span.start) for rate in draft.rates]
    [('56,82%', 47)]
"""

from __future__ import annotations

from tayho_coord.extraction._assemble import Assembly, Missing, assemble
from tayho_coord.extraction._draft import (
    AgencyMention,
    Count,
    DateMention,
    Draft,
    EventKind,
    EventMention,
    Finding,
    FindingKind,
    Item,
    PersonPost,
    Rate,
    Span,
    SymbolMention,
    UnitMention,
    Unplaced,
)
from tayho_coord.extraction._extract import extract
from tayho_coord.extraction._html import text_of_html
from tayho_coord.extraction._review import render_html, render_terminal
from tayho_coord.extraction._score import KINDS, Tally, score

__all__ = [
    "KINDS",
    "AgencyMention",
    "Assembly",
    "Count",
    "DateMention",
    "Draft",
    "EventKind",
    "EventMention",
    "Finding",
    "FindingKind",
    "Item",
    "Missing",
    "PersonPost",
    "Rate",
    "Span",
    "SymbolMention",
    "Tally",
    "UnitMention",
    "Unplaced",
    "assemble",
    "extract",
    "render_html",
    "render_terminal",
    "score",
    "text_of_html",
]
