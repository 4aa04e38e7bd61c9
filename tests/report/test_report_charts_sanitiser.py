"""The SVG sanitiser of the HTML report's charts (issue 14: a tested guard, the library's error).

matplotlib draws no active content, so the guard never fires on a real chart; these inputs
are what it exists to stop (scripts, foreign HTML, event handlers, javascript: links, the
OWASP XSS filter evasion list's SVG forms).
"""

from __future__ import annotations

import pytest

from tayho_coord.errors import ValidationError
from tayho_coord.report._charts import _inline


@pytest.mark.parametrize(
    "svg",
    [
        "<svg><script>alert(1)</script></svg>",
        '<svg><SCRIPT xlink:href="x.js"/></svg>',
        "<svg><foreignObject><div>x</div></foreignObject></svg>",
        '<svg><rect onload="alert(1)"/></svg>',
        "<svg><rect ONCLICK = 'x'/></svg>",
        '<svg><a href="javascript:alert(1)"><text>x</text></a></svg>',
        "<svg><a xlink:href = ' javascript:x'><text>x</text></a></svg>",
    ],
)
def test_active_content_is_refused(svg: str) -> None:
    with pytest.raises(ValidationError) as info:
        _inline(svg)
    assert info.value.field == "svg"
    assert info.value.reason == "a chart holds active content: not inlined"


def test_what_a_page_does_not_need_is_dropped() -> None:
    svg = (
        '<?xml version="1.0" encoding="utf-8"?>\n'
        '<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "x.dtd">\n'
        '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink">'
        "<metadata><rdf:RDF/></metadata><!-- a comment --><rect width='1'/></svg>"
    )
    assert _inline(svg) == "<svg><rect width='1'/></svg>"
