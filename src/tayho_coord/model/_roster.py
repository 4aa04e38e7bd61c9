"""The roster: who held which post on which day, answered honestly about what is unknown."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from attrs import field, frozen

from tayho_coord.errors import ValidationError
from tayho_coord.model._agencies import AgencyKind
from tayho_coord.model._people import Person, Post, Tenure, Title
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
        >>> str(roster.holder(chair, dt.date(2020, 2, 11)))
        'Đỗ Anh Tuấn'
        >>> [(str(h.person), h.truth.value) for h in roster.holders(chair, dt.date(2020, 11, 1))]
        [('Nguyễn Đình Khuyến', 'unknown')]
        >>> roster.holder(chair, dt.date(2020, 11, 1)) is None  # not certain: no end known
        True
    """

    tenures: tuple[Tenure, ...] = field(default=(), validator=_check_tenures)

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

    def status(self, tenure: Tenure, day: dt.date) -> Truth:
        """Whether ``tenure`` covered ``day``, counting what the other tenures exclude.

        A tenure that is only possible on ``day`` is ruled out when its post is unique and
        covering ``day`` would make it overlap a period someone else surely held the post.
        """
        own = tenure.status_on(day)
        if own is not Truth.UNKNOWN or not tenure.post.title.is_unique:
            return own
        sure = _sure(tenure)
        low, high = (day, day) if sure is None else (min(sure[0], day), max(sure[1], day))
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

    def _holdings(self, tenures: Iterable[Tenure], day: dt.date) -> tuple[Holding, ...]:
        found = [(t, self.status(t, day)) for t in tenures]
        certain = [Holding(t, s) for t, s in found if s is Truth.YES]
        possible = [Holding(t, s) for t, s in found if s is Truth.UNKNOWN]
        return (*certain, *possible)

    def holders(self, post: Post, day: dt.date) -> tuple[Holding, ...]:
        """Who held ``post`` on ``day``: certain holdings first, then possible ones.

        The answer is empty when the data excludes everyone, including when the post's
        unit did not exist that day.

        Raises:
            ValidationError: no tenure of ``post`` is in the roster (an unknown post is not
                a vacant one).
        """
        return self._holdings(self._of_post(post), day)

    def holder(self, post: Post, day: dt.date) -> Person | None:
        """The one person certainly holding ``post`` on ``day``, or None.

        None unless exactly one holding is certain and none is merely possible: a single
        possible holder (whose tenure's end is unknown, say) is not named here; ask
        :meth:`holders` for it.

        Raises:
            ValidationError: no tenure of ``post`` is in the roster.
        """
        found = self.holders(post, day)
        if len(found) == 1 and found[0].certain:
            return found[0].person
        return None

    def posts_of(self, person: Person, day: dt.date) -> tuple[Holding, ...]:
        """The posts ``person`` held on ``day`` (concurrent posts are normal).

        Raises:
            ValidationError: ``person`` has no tenure in the roster.
        """
        mine = [t for t in self.tenures if t.person == person]
        if not mine:
            raise ValidationError("person", person.id, "has no tenure in the roster")
        return self._holdings(mine, day)

    def chairs(self, unit: AdminUnit, day: dt.date) -> dict[AgencyKind, tuple[Holding, ...]]:
        """The chairs of the council, the committee and the front of ``unit`` on ``day``.

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
            answer[kind] = self._holdings(tenures, day)
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
