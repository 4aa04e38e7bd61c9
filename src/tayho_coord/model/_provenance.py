"""Provenance: where a fact came from, and the exact words it came from."""

from __future__ import annotations

from attrs import field, frozen

from tayho_coord.model._time import PartialDate
from tayho_coord.model._validators import non_empty, optional_non_empty, slug_id

__all__ = ["Citation", "Source"]


@frozen
class Source:
    """A document a fact was taken from.

    Attributes:
        id: A short identifier, unique within a data file (``mttq-hn-2020-02-11``).
        title: The document's title, as published.
        publisher: Who published it (a site or an agency), if known.
        url: Where it was read, if it has an address.
        published: When it was published, as precisely as known.
        author: Who wrote it, if named.

    Examples:
        >>> Source("s1", "Báo cáo tổng kết", published=PartialDate(2020, 2, 11)).published.iso()
        '2020-02-11'
    """

    id: str = field(validator=slug_id)
    title: str = field(validator=non_empty)
    publisher: str | None = field(default=None, validator=optional_non_empty)
    url: str | None = field(default=None, validator=optional_non_empty)
    published: PartialDate | None = None
    author: str | None = field(default=None, validator=optional_non_empty)


@frozen
class Citation:
    """A source together with the exact excerpt a fact was read from.

    The excerpt is kept as the source printed it, typos included; the model's own text is
    written in correct Vietnamese elsewhere.

    Attributes:
        source: The document.
        excerpt: The words of the document the fact rests on, verbatim.

    Examples:
        >>> c = Citation(Source("s1", "Bài viết"), "03 phiên Giải trình")
        >>> c.excerpt
        '03 phiên Giải trình'
    """

    source: Source
    excerpt: str = field(validator=non_empty)
