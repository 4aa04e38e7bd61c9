"""The roster: who held which post on which day, answered honestly about what is unknown."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from attrs import field, frozen

from tayho_coord.errors import ValidationError
from tayho_coord.model._agencies import AgencyKind
from tayho_coord.model._people import Person, Post, Tenure, Title
from tayho_coord.model._provenance import count_repr
from tayho_coord.model._time import PartialDate, Truth

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator

    from tayho_coord.model._units import AdminUnit

__all__ = ["Holding", "Roster"]

_MAIN_BODIES = (
    AgencyKind.PEOPLES_COUNCIL,
    AgencyKind.PEOPLES_COMMITTEE,
    AgencyKind.FATHERLAND_FRONT,
)


def _check_truth(instance: Holding, attribute: object, value: Truth) -> None:
    if value is Truth.NO:
        raise ValidationError("truth", value.value, "a holding is certain or possible, not no")


@frozen
class Holding:
    """One answer to "who held this post on that day": a tenure, and how sure it is.

    Attributes:
        tenure: The tenure that may cover the day.
        truth: :attr:`Truth.YES` if the data shows the tenure covering the day,
            :attr:`Truth.UNKNOWN` if it only does not exclude it (an end the source does not
            give, a start before the first attested day).
    """

    tenure: Tenure
    truth: Truth = field(validator=_check_truth)

    @property
    def person(self) -> Person:
        """Who."""
        return self.tenure.person

    @property
    def post(self) -> Post:
        """Which post."""
        return self.tenure.post

    @property
    def certain(self) -> bool:
        """Whether the data shows the tenure covering the day."""
        return self.truth is Truth.YES


def _sure(tenure: Tenure) -> tuple[dt.date, dt.date] | None:
    sure = tenure.interval.sure_range()
    if sure is None:
        return None
    return sure[0], dt.date.max if sure[1] is None else sure[1]


def _exact(value: object) -> dt.date | None:
    return value.to_date() if isinstance(value, PartialDate) and value.is_exact else None


def _check_tenures(instance: Roster, attribute: object, value: tuple[Tenure, ...]) -> None:
    for i, tenure in enumerate(value):
        if not isinstance(tenure, Tenure):
            raise ValidationError(f"tenures[{i}]", tenure, "must be a Tenure")
    # One holder at a time for a unique post: two tenures may share only the boundary day
    # on which one ends and the other begins (15/10/2020: relieved and elected that day).
    for j, later in enumerate(value):
        if not later.post.title.is_unique:
            continue
        b = _sure(later)
        if b is None:
            continue
        for i in range(j):
            earlier = value[i]
            if earlier.post != later.post:
                continue
            a = _sure(earlier)
            if a is None:
                continue
            first, last = max(a[0], b[0]), min(a[1], b[1])
            if first > last:
                continue
            if first == last and (
                (_exact(earlier.effective_end[0]) == first and _exact(later.start) == first)
                or (_exact(later.effective_end[0]) == first and _exact(earlier.start) == first)
            ):
                continue
            span = first.isoformat() if first == last else f"{first.isoformat()}..{last}"
            raise ValidationError(
                f"tenures[{j}]",
                later.person.id,
                f"holds {later.post.label} on {span}, as does {earlier.person.id} "
                f"(tenures[{i}]): one person holds it at a time",
            )


@frozen
class Roster:
    """The tenures known for a set of posts, and the questions asked of them.

    Every answer keeps certainty apart from possibility: a :class:`Holding` is either
    certain (the data shows the tenure covering the day) or possible (the data does not
    exclude it). A person is never named for a day the data excludes: a unit that did not
    exist, a tenure that had ended, or a unique post (a Chủ tịch) that someone else surely
    held that day.

    Attributes:
        tenures: The tenures, in the order the data gives them.

    Raises:
        ValidationError: two tenures of a unique post surely overlap (sharing the day one
            ends and the other begins is allowed).

    Examples:
        >>> import datetime as dt
        >>> from tayho_coord.model import AdminUnit, Agency, AgencyKind, PersonName, UnitKind
        >>> from tayho_coord.model._people import Person, Post, Tenure, Title
        >>> from tayho_coord.model._time import PartialDate
        >>> th = AdminUnit("tay-ho", UnitKind.URBAN_DISTRICT, "Tây Hồ")
        >>> chair = Post(Agency("tay-ho/ubnd", AgencyKind.PEOPLES_COMMITTEE, th), Title.CHAIR)
        >>> tuan = Person("do-anh-tuan", PersonName("Đỗ", "Anh", "Tuấn"))
        >>> khuyen = Person("nguyen-dinh-khuyen", PersonName("Nguyễn", "Đình", "Khuyến"))
        >>> feb_11 = dt.date(2020, 2, 11)
        >>> roster = Roster((
        ...     Tenure(tuan, chair, end=PartialDate(2020, 10, 15), attested=(feb_11,)),
        ...     Tenure(khuyen, chair, start=PartialDate(2020, 10, 15)),
        ... ))
        >>> str(roster.holder(chair, dt.date(2020, 2, 11)).person)
        'Đỗ Anh Tuấn'
        >>> [(str(h.person), h.truth.value) for h in roster.holders(chair, dt.date(2020, 11, 1))]
        [('Nguyễn Đình Khuyến', 'unknown')]

        On 01/11/2020 Nguyễn Đình Khuyến is the only possible chair, not a certain one (the
        end of his tenure is not known); ask for him with ``allow_possible``:

        >>> roster.holder(chair, dt.date(2020, 11, 1)) is None
        True
        >>> only = roster.holder(chair, dt.date(2020, 11, 1), allow_possible=True)
        >>> str(only.person), only.truth.value
        ('Nguyễn Đình Khuyến', 'unknown')
    """

    tenures: tuple[Tenure, ...] = field(
        default=(), validator=_check_tenures, repr=count_repr("tenures")
    )

    def __iter__(self) -> Iterator[Tenure]:
        return iter(self.tenures)

    def __len__(self) -> int:
        return len(self.tenures)

    @property
    def posts(self) -> tuple[Post, ...]:
        """The posts the roster knows, in order of first mention."""
        return tuple(dict.fromkeys(t.post for t in self.tenures))

    @property
    def people(self) -> tuple[Person, ...]:
        """The people the roster knows, in order of first mention."""
        return tuple(dict.fromkeys(t.person for t in self.tenures))

    def _of_post(self, post: Post) -> tuple[Tenure, ...]:
        found = tuple(t for t in self.tenures if t.post == post)
        if not found:
            raise ValidationError("post", post.label, "no tenure of this post is in the roster")
        return found

    def status(self, tenure: Tenure, as_of: dt.date) -> Truth:
        """Whether ``tenure`` covered the day ``as_of``, counting what the others exclude.

        A tenure that is only possible on ``as_of`` is ruled out when its post is unique and
        covering ``as_of`` would make it overlap a period someone else surely held the post.
        """
        own = tenure.status_on(as_of)
        if own is not Truth.UNKNOWN or not tenure.post.title.is_unique:
            return own
        sure = _sure(tenure)
        low, high = (as_of, as_of) if sure is None else (min(sure[0], as_of), max(sure[1], as_of))
        for other in self.tenures:
            if other is tenure or other.post != tenure.post:
                continue
            theirs = _sure(other)
            if theirs is None:
                continue
            first, last = max(low, theirs[0]), min(high, theirs[1])
            if first > last:
                continue
            if first == last and (first == high == theirs[0] or first == low == theirs[1]):
                continue  # they would only share a boundary day
            return Truth.NO
        return Truth.UNKNOWN

    def _holdings(self, tenures: Iterable[Tenure], as_of: dt.date) -> tuple[Holding, ...]:
        found = [(t, self.status(t, as_of)) for t in tenures]
        certain = [Holding(t, s) for t, s in found if s is Truth.YES]
        possible = [Holding(t, s) for t, s in found if s is Truth.UNKNOWN]
        return (*certain, *possible)

    def holders(self, post: Post, as_of: dt.date) -> tuple[Holding, ...]:
        """Who held ``post`` on the day ``as_of``: certain holdings first, then possible ones.

        The answer is empty when the data excludes everyone, including when the post's
        unit did not exist that day.

        Raises:
            ValidationError: no tenure of ``post`` is in the roster (an unknown post is not
                a vacant one).
        """
        return self._holdings(self._of_post(post), as_of)

    def holder(self, post: Post, as_of: dt.date, *, allow_possible: bool = False) -> Holding | None:
        """The holding of the one person who held ``post`` on the day ``as_of``, or None.

        By default the answer rests on what the data shows: a holding is returned when one
        person surely held the post that day and the data allows no one else (its
        ``truth`` is :attr:`Truth.YES`).

        With ``allow_possible=True``, the lone *possible* holder is returned too: the only
        person the data does not exclude, on a day it does not show them in post (a
        tenure whose end the source does not give). The returned holding's ``truth`` is
        then :attr:`Truth.UNKNOWN`, so the uncertainty stays visible; no one else surely
        held the post that day.

        Either way the answer is None when nobody may have held the post, or when two or
        more people may have (the day one chair is relieved and the next elected, for
        instance): :meth:`holders` lists them.

        Args:
            post: The post.
            as_of: The day asked about.
            allow_possible: Whether a lone possible holder is an answer.

        Raises:
            ValidationError: no tenure of ``post`` is in the roster.
        """
        found = self.holders(post, as_of)
        if not found or any(h.person != found[0].person for h in found[1:]):
            return None
        best = found[0]  # a certain holding comes first
        return best if best.certain or allow_possible else None

    def posts_of(self, person: Person, as_of: dt.date) -> tuple[Holding, ...]:
        """The posts ``person`` held on the day ``as_of`` (concurrent posts are normal).

        Raises:
            ValidationError: ``person`` has no tenure in the roster.
        """
        mine = [t for t in self.tenures if t.person == person]
        if not mine:
            raise ValidationError("person", person.id, "has no tenure in the roster")
        return self._holdings(mine, as_of)

    def chairs(self, unit: AdminUnit, as_of: dt.date) -> dict[AgencyKind, tuple[Holding, ...]]:
        """The chairs of the council, the committee and the front of ``unit`` on ``as_of``.

        Only the bodies the roster knows for ``unit`` are keys (a ward with no council
        from 2021 has two); a body whose chair is not known that day maps to an empty
        tuple. On a day ``unit`` did not exist every body maps to an empty tuple.

        Raises:
            ValidationError: the roster knows no council, committee or front of ``unit``.
        """
        bodies = {
            t.post.agency.kind: t.post.agency
            for t in self.tenures
            if t.post.agency.unit == unit and t.post.agency.kind in _MAIN_BODIES
        }
        if not bodies:
            raise ValidationError("unit", unit.id, "the roster knows none of its bodies")
        answer: dict[AgencyKind, tuple[Holding, ...]] = {}
        for kind in _MAIN_BODIES:
            if kind not in bodies:
                continue
            chair = Post(bodies[kind], Title.CHAIR)
            tenures = [t for t in self.tenures if t.post == chair]
            answer[kind] = self._holdings(tenures, as_of)
        return answer

    def timeline(self, post: Post) -> tuple[Tenure, ...]:
        """The tenures of ``post`` from the earliest to the latest.

        Tenures are ordered by the earliest day known about them (a start, else the
        first day surely in post, else an end); ties keep the roster's order.

        Raises:
            ValidationError: no tenure of ``post`` is in the roster.
        """

        def key(tenure: Tenure) -> dt.date:
            if tenure.start is not None:
                return tenure.start.first_day()
            sure = tenure.interval.sure_range()
            if sure is not None:
                return sure[0]
            end = tenure.end
            return end.first_day() if isinstance(end, PartialDate) else dt.date.max

        return tuple(sorted(self._of_post(post), key=key))
