"""MkDocs hooks of the documentation site (``hooks:`` in ``mkdocs.yml``).

The docstrings cross-reference with Sphinx roles (``:class:`~tayho_coord.errors.DataError```),
which mkdocstrings' Google-style parser leaves as text. This hook turns each role into an
mkdocs-autorefs cross-reference, resolved when the whole site is known: a link where the
object has a page, plain code where it has none (``optional``: never a warning). A leading
``~`` shows the last component only, as in Sphinx; an unqualified name is looked up in the
module of the API page it appears on.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from mkdocs.structure.pages import Page

_ROLE = re.compile(
    r":(?:class|func|meth|attr|data|mod|exc|obj):<code>(?P<short>~?)(?P<name>[\w.]+)</code>"
)


def page_module(src_path: str) -> str | None:
    """The module an API page documents (``api/model.md`` → ``tayho_coord.model``)."""
    match = re.fullmatch(r"api/(\w+)\.md", src_path.replace("\\", "/"))
    return f"tayho_coord.{match.group(1)}" if match else None


def link_roles(html: str, module: str | None) -> str:
    """``html`` with every Sphinx role turned into an optional autorefs cross-reference."""

    def replace(match: re.Match[str]) -> str:
        name = match["name"]
        title = name.rsplit(".", 1)[-1] if match["short"] else name
        if name.startswith("tayho_coord") or module is None:
            identifier = name
        else:
            identifier = f"{module}.{name}"
        return f'<autoref identifier="{identifier}" optional><code>{title}</code></autoref>'

    return _ROLE.sub(replace, html)


def on_page_content(html: str, page: Page, **kwargs: Any) -> str:
    """Link the Sphinx roles of a rendered page."""
    return link_roles(html, page_module(page.file.src_path))
