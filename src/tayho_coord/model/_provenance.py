"""Provenance: where a fact came from, and the exact words it came from."""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from attrs import field, frozen

from tayho_coord.model._time import PartialDate
from tayho_coord.model._validators import non_empty, optional_non_empty, slug_id

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable, Sized

__all__ = ["Citation", "Source", "cited_sources"]


# How records show one another in their reprs. A record refers to units, agencies, people
# and sources by id, as data files do: the repr of a ward does not repeat its district, its
# city and every citation of them. These only shape ``repr()``; equality is unchanged.


class _HasId(Protocol):
    @property
    def id(self) -> str: ...


def ref_repr(value: _HasId | None) -> str:
    """A record another one refers to, by kind and id: ``<AdminUnit 'ha-noi'>``.

    Examples:
        >>> ref_repr(Source("s1", "Bài viết")), ref_repr(None)
        ("<Source 's1'>", 'None')
    """
    if value is None:
        return "None"
    return f"<{type(value).__name__} {value.id!r}>"


def refs_repr(values: Iterable[_HasId]) -> str:
    """A tuple of referred records, each by kind and id.

    Examples:
        >>> refs_repr([Source("s1", "Bài viết")]), refs_repr([])
        ("(<Source 's1'>,)", '()')
    """
    items = [ref_repr(v) for v in values]
    return f"({items[0]},)" if len(items) == 1 else f"({', '.join(items)})"


def count_repr(noun: str) -> Callable[[Sized], str]:
    """A repr of a long collection by its size only: ``<31 units>``.

    Examples:
        >>> count_repr("units")((1, 2, 3)), count_repr("units")(())
        ('<3 units>', '<0 units>')
    """

    def show(values: Sized) -> str:
        return f"<{len(values)} {noun}>"

    return show


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

    source: Source = field(repr=ref_repr)
    excerpt: str = field(validator=non_empty)


def cited_sources(record: object) -> tuple[Source, ...]:
    """Every source cited anywhere in ``record``, its fields and their items, each once.

    In the order of first citation; a record is walked through its attrs fields, tuples and
    frozensets.

    Examples:
        >>> from tayho_coord.datasets import tay_ho_2019
        >>> [s.publisher for s in cited_sources(tay_ho_2019())]
        ['mttqhanoi.org.vn']
    """
    found: dict[str, Source] = {}
    seen: set[int] = set()  # records shared by many others (units, agencies) walked once
    stack: list[object] = [record]
    pop, push = stack.pop, stack.extend
    while stack:  # depth first, in field order, without recursion
        value = pop()
        cl = type(value)
        if cl is Citation:
            found.setdefault(value.source.id, value.source)  # type: ignore[attr-defined]
        elif cl is tuple or cl is list or cl is frozenset:
            push(reversed(list(value)))  # type: ignore[call-overload]
        else:
            names = _fields(cl)
            if names and id(value) not in seen:
                seen.add(id(value))
                push([getattr(value, name) for name in reversed(names)])
    return tuple(found.values())


_FIELDS: dict[type, tuple[str, ...]] = {}


def _fields(cl: type) -> tuple[str, ...]:
    """The field names of an attrs class; empty for any other type (cached per type)."""
    names = _FIELDS.get(cl)
    if names is None:
        import attrs

        names = tuple(a.name for a in attrs.fields(cl)) if attrs.has(cl) else ()
        _FIELDS[cl] = names
    return names
