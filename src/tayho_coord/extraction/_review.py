"""Review views of a draft: the text with every extracted span highlighted and labelled."""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

import attrs

from tayho_coord.errors import ValidationError
from tayho_coord.extraction import _draft

if TYPE_CHECKING:
    from collections.abc import Iterable

    from tayho_coord.extraction._draft import Draft, Span, Unplaced

__all__ = ["render_html", "render_terminal"]

# ANSI SGR colours per kind of label (the label's first word).
_COLOURS = {
    "date": "36",  # cyan
    "person": "35",  # magenta
    "post": "95",
    "count": "33",  # yellow
    "item": "93",
    "rate": "32",  # green
    "symbol": "34",  # blue
    "event:": "1;31",
    "unit": "1;36",
    "party:": "94",
    "standing": "94",
    "reporter": "94",
    "unplaced:": "7;90",  # grey, reversed
}


def _kind(label: str) -> str:
    return label.split()[0]


_UNPLACED = "unplaced:"


def _labelled(draft: Draft, unplaced: Iterable[Unplaced] | None) -> list[tuple[str, Span]]:
    """Every value of the draft with its label; the unplaced ones are ``unplaced`` if given.

    ``unplaced`` is what :func:`~tayho_coord.extraction.assemble` left out of the records
    (:attr:`Assembly.unplaced`): the draft's own unplaced mentions and the values no record
    holds, each with its reason.

    Raises:
        ValidationError: an item of ``unplaced`` is not an :class:`Unplaced` of the
            draft's text.
    """
    if unplaced is not None:
        given = tuple(unplaced)
        for item in given:
            if not isinstance(item, _draft.Unplaced):
                raise ValidationError("unplaced", item, "expected an Unplaced (Assembly.unplaced)")
        draft = attrs.evolve(draft, unplaced=given)  # checks each span against the text
    return list(dict.fromkeys(draft.spans()))


def _inline(
    labelled: list[tuple[str, Span]],
) -> tuple[list[tuple[str, Span]], list[tuple[str, Span]]]:
    """The spans shown inline (no two overlap) and those listed after.

    What no record holds is shown first, so that a count or a post left out reads as left
    out, not as an ordinary value; then the values, then the bodies and the event.
    """
    priority = (
        "unplaced:",
        "date",
        "person",
        "post",
        "count",
        "item",
        "rate",
        "symbol",
        "unit",
        "party:",
        "standing",
        "reporter",
        "event:",
    )
    ordered = [(label, span) for label, span in labelled if _kind(label) in priority]
    ordered.sort(key=lambda ls: (priority.index(_kind(ls[0])), ls[1].start))
    chosen: list[tuple[str, Span]] = []
    rest: list[tuple[str, Span]] = []
    for label, span in ordered:
        if span.end == span.start or any(
            s.start < span.end and span.start < s.end for _, s in chosen
        ):
            rest.append((label, span))
        else:
            chosen.append((label, span))
    chosen.sort(key=lambda ls: ls[1].start)
    rest.extend((label, span) for label, span in labelled if _kind(label) not in priority)
    return chosen, rest


def _unplaced_rows(labelled: list[tuple[str, Span]]) -> list[tuple[str, Span]]:
    """The values not placed, each with its reason, in the order of the text."""
    rows = [
        (label[len(_UNPLACED) :].strip(), s) for label, s in labelled if label.startswith(_UNPLACED)
    ]
    return sorted(rows, key=lambda row: (row[1].start, row[1].end))


def render_terminal(
    draft: Draft, *, colour: bool = True, unplaced: Iterable[Unplaced] | None = None
) -> str:
    """The text with each value in colour and its label in brackets, then what overlaps.

    Last come the values not placed in a record, each with its span and reason: those of
    ``unplaced`` when given (:attr:`Assembly.unplaced`, the list ``tayho-coord extract``
    counts), else the draft's own.

    Args:
        draft: The draft.
        colour: ANSI colours; without them each value is marked ``⟦label: text⟧``.
        unplaced: What was not placed, with its reasons (default: :attr:`Draft.unplaced`).

    Examples:
        >>> from tayho_coord.extraction import extract
        >>> print(render_terminal(extract("Có 03 nội dung, đạt 56,82%."), colour=False))
        Có ⟦count: 03 nội dung⟧, đạt ⟦rate: 56,82%⟧.
        >>> print(render_terminal(extract("Có 25 năm."), colour=False))
        Có ⟦unplaced: a duration, not a count: 25 năm⟧.
        <BLANKLINE>
        not placed in a record (1):
          [3:9] 25 năm: a duration, not a count
    """
    labelled = _labelled(draft, unplaced)
    chosen, rest = _inline(labelled)
    rest = [(label, span) for label, span in rest if not label.startswith(_UNPLACED)]
    out: list[str] = []
    cursor = 0
    for label, span in chosen:
        out.append(draft.text[cursor : span.start])
        if colour:
            code = _COLOURS.get(_kind(label), "1")
            out.append(f"\x1b[{code}m{span.text}\x1b[0m\x1b[2m[{label}]\x1b[0m")
        else:
            out.append(f"⟦{label}: {span.text}⟧")
        cursor = span.end
    out.append(draft.text[cursor:])
    lines = ["".join(out).rstrip("\n")]
    if rest:
        lines.append("")
        lines.extend(f"{label} [{span.start}:{span.end}]: {span.text}" for label, span in rest)
    left_out = _unplaced_rows(labelled)
    if left_out:
        lines.extend(["", f"not placed in a record ({len(left_out)}):"])
        lines.extend(
            f"  [{span.start}:{span.end}] {span.text}: {reason}" for reason, span in left_out
        )
    return "\n".join(lines)


_STYLE = """
body { font-family: system-ui, sans-serif; margin: 0; }
header { padding: .5rem 1rem; background: #f4f4f4; border-bottom: 1px solid #ccc; }
main { display: grid; grid-template-columns: 1fr 1fr; gap: 1rem; padding: 1rem; }
#text { white-space: pre-wrap; line-height: 1.9; }
mark { border-radius: 3px; padding: 0 2px; }
mark small { font-size: .65em; vertical-align: super; color: #333; margin-left: 2px; }
.date { background: #cdeffa; } .person, .post { background: #f3d1f4; }
.count, .item { background: #ffeaa0; } .rate { background: #c8f0c8; }
.symbol { background: #cfd8ff; } .unplaced { background: #ddd; }
.event, .unit, .party, .standing, .reporter { background: #ffd6cc; }
table { border-collapse: collapse; width: 100%; font-size: .9em; }
td, th { border: 1px solid #ccc; padding: 2px 4px; vertical-align: top; text-align: left; }
tr:target { outline: 2px solid #e33; }
caption { text-align: left; font-weight: bold; padding: .25rem 0; }
#unplaced { margin-top: 1rem; }
"""


def _css(label: str) -> str:
    return _kind(label).rstrip(":")


def render_html(draft: Draft, *, unplaced: Iterable[Unplaced] | None = None) -> str:
    """A page to check the draft against the text side by side.

    On the left, the text with every value highlighted and labelled (linked to its row);
    on the right, the table of every value (label, text, span), then the table of the
    values not placed in a record, each with its span and reason: those of ``unplaced``
    when given (:attr:`Assembly.unplaced`, the list ``tayho-coord extract`` counts), else
    the draft's own.

    Args:
        draft: The draft.
        unplaced: What was not placed, with its reasons (default: :attr:`Draft.unplaced`).

    Examples:
        >>> from tayho_coord.extraction import extract
        >>> page = render_html(extract("Có 03 nội dung."))
        >>> '<mark class="count" id="v0"' in page and "<td>03 nội dung</td>" in page
        True
    """
    labelled = _labelled(draft, unplaced)
    chosen, _ = _inline(labelled)
    ids = {(label, span.start, span.end): f"v{i}" for i, (label, span) in enumerate(labelled)}
    parts: list[str] = []
    cursor = 0
    for label, span in chosen:
        parts.append(html.escape(draft.text[cursor : span.start]))
        ident = ids[(label, span.start, span.end)]
        parts.append(
            f'<mark class="{_css(label)}" id="{ident}" title="{html.escape(label)}">'
            f'<a href="#row-{ident}">{html.escape(span.text)}</a>'
            f"<small>{html.escape(label)}</small></mark>"
        )
        cursor = span.end
    parts.append(html.escape(draft.text[cursor:]))
    rows = [
        f'<tr id="row-{ids[(label, span.start, span.end)]}"><td>{html.escape(label)}</td>'
        f"<td>{html.escape(span.text)}</td><td>{span.start}–{span.end}</td></tr>"
        for label, span in labelled
    ]
    left_out = [
        f'<tr><td><a href="#row-{ids[(f"{_UNPLACED} {reason}", span.start, span.end)]}">'
        f"{html.escape(span.text)}</a></td><td>{span.start}–{span.end}</td>"
        f"<td>{html.escape(reason)}</td></tr>"
        for reason, span in _unplaced_rows(labelled)
    ]
    title = html.escape(draft.source or "draft")
    return (
        '<!DOCTYPE html>\n<html lang="vi">\n<head>\n<meta charset="utf-8">\n'
        f"<title>Extraction: {title}</title>\n<style>{_STYLE}</style>\n</head>\n<body>\n"
        f"<header>Extraction draft of <b>{title}</b>: {len(rows)} values, "
        f'<a href="#unplaced">{len(left_out)} not placed in a record</a>. '
        "Check each against the text.</header>\n"
        f'<main>\n<div id="text">{"".join(parts)}</div>\n'
        '<div><table><caption>Every value</caption><thead><tr><th scope="col">label</th>'
        '<th scope="col">text</th><th scope="col">span</th></tr></thead>'
        f"<tbody>\n{chr(10).join(rows)}\n</tbody></table>\n"
        f'<table id="unplaced"><caption>Not placed in a record ({len(left_out)})</caption>'
        '<thead><tr><th scope="col">text</th><th scope="col">span</th>'
        '<th scope="col">reason</th></tr></thead>'
        f"<tbody>\n{chr(10).join(left_out)}\n</tbody></table></div>\n</main>\n</body>\n</html>\n"
    )
