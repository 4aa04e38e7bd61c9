"""Review views of a draft: the text with every extracted span highlighted and labelled."""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from tayho_coord.extraction._draft import Draft, Span

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


def _inline(draft: Draft) -> tuple[list[tuple[str, Span]], list[tuple[str, Span]]]:
    """The spans shown inline (no two overlap; values first) and those listed after."""
    priority = (
        "date",
        "person",
        "post",
        "count",
        "item",
        "rate",
        "symbol",
        "unplaced:",
        "unit",
        "party:",
        "standing",
        "reporter",
        "event:",
    )
    labelled = [(label, span) for label, span in draft.spans() if _kind(label) in priority]
    labelled.sort(key=lambda ls: (priority.index(_kind(ls[0])), ls[1].start))
    chosen: list[tuple[str, Span]] = []
    rest: list[tuple[str, Span]] = []
    for label, span in labelled:
        if span.end == span.start or any(
            s.start < span.end and span.start < s.end for _, s in chosen
        ):
            rest.append((label, span))
        else:
            chosen.append((label, span))
    chosen.sort(key=lambda ls: ls[1].start)
    rest.extend((label, span) for label, span in draft.spans() if _kind(label) not in priority)
    return chosen, rest


def render_terminal(draft: Draft, *, colour: bool = True) -> str:
    """The text with each value in colour and its label in brackets, then what overlaps.

    Args:
        draft: The draft.
        colour: ANSI colours; without them each value is marked ``⟦label: text⟧``.

    Examples:
        >>> from tayho_coord.extraction import extract
        >>> print(render_terminal(extract("Có 03 nội dung, đạt 56,82%."), colour=False))
        Có ⟦count: 03 nội dung⟧, đạt ⟦rate: 56,82%⟧.
    """
    chosen, rest = _inline(draft)
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
"""


def _css(label: str) -> str:
    return _kind(label).rstrip(":")


def render_html(draft: Draft) -> str:
    """A page to check the draft against the text side by side.

    On the left, the text with every value highlighted and labelled (linked to its row);
    on the right, the table of every value: label, text, span, and the sentence it was read
    from.

    Examples:
        >>> from tayho_coord.extraction import extract
        >>> page = render_html(extract("Có 03 nội dung."))
        >>> '<mark class="count" id="v0"' in page and "<td>03 nội dung</td>" in page
        True
    """
    chosen, _ = _inline(draft)
    ids = {(label, span.start, span.end): f"v{i}" for i, (label, span) in enumerate(draft.spans())}
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
        for label, span in draft.spans()
    ]
    title = html.escape(draft.source or "draft")
    return (
        '<!DOCTYPE html>\n<html lang="vi">\n<head>\n<meta charset="utf-8">\n'
        f"<title>Extraction: {title}</title>\n<style>{_STYLE}</style>\n</head>\n<body>\n"
        f"<header>Extraction draft of <b>{title}</b>: {len(rows)} values, "
        f"{len(draft.unplaced)} unplaced. Check each against the text.</header>\n"
        f'<main>\n<div id="text">{"".join(parts)}</div>\n'
        "<div><table><thead><tr><th>label</th><th>text</th><th>span</th></tr></thead>"
        f"<tbody>\n{chr(10).join(rows)}\n</tbody></table></div>\n</main>\n</body>\n</html>\n"
    )
