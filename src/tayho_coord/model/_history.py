"""Unit histories: which units came from which, and what covered a place on a given day."""

from __future__ import annotations

import datetime as dt
import enum
from decimal import Decimal

from attrs import field, frozen

from tayho_coord.errors import ValidationError
from tayho_coord.model._provenance import Citation, count_repr, ref_repr
from tayho_coord.model._roster import Roster
from tayho_coord.model._time import PartialDate, Truth
from tayho_coord.model._units import AdminUnit
from tayho_coord.model._validators import optional_non_empty

__all__ = ["Coverage", "Extent", "Transfer", "UnitHistory"]


class Extent(enum.Enum):
    """How much of a unit's territory went to a successor, in the words sources use.

    Examples:
        >>> Extent.MOST.label
        'phần lớn'
        >>> Extent.MOST.then(Extent.WHOLE), Extent.MOST.then(Extent.MOST)
        (<Extent.MOST: 'most'>, <Extent.PART: 'part'>)
    """

    WHOLE = "whole"
    MOST = "most"
    PART = "part"

    @property
    def label(self) -> str:
        """The Vietnamese phrase (``toàn bộ``, ``phần lớn``, ``một phần``)."""
        return _EXTENT_LABELS[self]

    def then(self, other: Extent) -> Extent:
        """The extent of ``other``'s share of this share (most of the whole is most).

        Most of most is not known to be most, so it is only a part.
        """
        if self is Extent.WHOLE:
            return other
        if other is Extent.WHOLE:
            return self
        return Extent.PART


_EXTENT_LABELS = {Extent.WHOLE: "toàn bộ", Extent.MOST: "phần lớn", Extent.PART: "một phần"}


def _check_area(instance: Transfer, attribute: object, value: Decimal | None) -> None:
    if value is not None and (not isinstance(value, Decimal) or not value > 0):
        raise ValidationError("area_ha", value, "must be a Decimal > 0")


def _check_population(instance: Transfer, attribute: object, value: int | None) -> None:
    if value is not None and (not isinstance(value, int) or isinstance(value, bool) or value < 0):
        raise ValidationError("population", value, "must be an integer >= 0")


@frozen
class Transfer:
    """Territory passing from one unit to another on a day, by an act.

    A merger is several transfers into one successor; a split is several out of one
    predecessor. The share is kept as the source gives it: in words (``phần lớn``) when it
    gives no numbers, with the area and population when it does.

    Attributes:
        predecessor: The unit the territory came from.
        successor: The unit it went to.
        on: The first day the successor held it.
        extent: Whole, most or part of the predecessor.
        share: The source's own words for the share, if it has any beyond ``extent``.
        area_ha: The area transferred, in hectares, where the source states it.
        population: The population transferred, where the source states it.
        basis: The legal act, as cited.
        sources: Where the transfer is stated.

    Raises:
        ValidationError: a unit transfers to itself; the successor did not exist on
            ``on``; the predecessor did not exist the day before; a predecessor that gave
            its whole territory still surely existed on ``on``.
    """

    predecessor: AdminUnit = field(repr=ref_repr)
    successor: AdminUnit = field(repr=ref_repr)
    on: PartialDate
    extent: Extent
    share: str | None = field(default=None, validator=optional_non_empty)
    area_ha: Decimal | None = field(default=None, validator=_check_area)
    population: int | None = field(default=None, validator=_check_population)
    basis: str | None = field(default=None, validator=optional_non_empty)
    sources: tuple[Citation, ...] = field(default=(), repr=False)

    def __attrs_post_init__(self) -> None:
        if self.predecessor.id == self.successor.id:
            raise ValidationError("successor", self.successor.id, "is the predecessor itself")
        if not self.on.is_exact:
            return
        day = self.on.to_date()
        if self.successor.status_on(day) is Truth.NO:
            raise ValidationError(
                "on", self.on.iso(), f"{self.successor.id} did not exist on that day"
            )
        if self.predecessor.status_on(day - dt.timedelta(days=1)) is Truth.NO:
            raise ValidationError(
                "on", self.on.iso(), f"{self.predecessor.id} did not exist the day before"
            )
        if self.extent is Extent.WHOLE and self.predecessor.status_on(day) is Truth.YES:
            raise ValidationError(
                "extent",
                self.extent.value,
                f"{self.predecessor.id} gave all its territory but still existed on {day}",
            )


def _transfers_repr(transfers: tuple[Transfer, ...]) -> str:
    shown = [
        f"<Transfer {t.predecessor.id!r} -> {t.successor.id!r} on {t.on.iso()}>" for t in transfers
    ]
    return f"({shown[0]},)" if len(shown) == 1 else f"({', '.join(shown)})"


@frozen
class Coverage:
    """One answer to "what covered this unit's territory on that day".

    Attributes:
        unit: The unit that covered (some of) the territory.
        extent: How much of the asked unit's territory it covered, as far as the transfers
            say (``PART`` when going back to predecessors: a predecessor's share of its
            successor is not recorded).
        truth: Whether ``unit`` surely existed on the day (``YES``) or may have
            (``UNKNOWN``).
        via: The transfers followed, in order.
    """

    unit: AdminUnit = field(repr=ref_repr)
    extent: Extent
    truth: Truth
    via: tuple[Transfer, ...] = field(default=(), repr=_transfers_repr)


def _check_units(instance: UnitHistory, attribute: object, value: tuple[AdminUnit, ...]) -> None:
    seen: set[str] = set()
    for i, unit in enumerate(value):
        if unit.id in seen:
            raise ValidationError(f"units[{i}].id", unit.id, "is listed twice")
        seen.add(unit.id)


def _last_possible_day(unit: AdminUnit) -> dt.date | None:
    """The last day ``unit`` may have existed: its own end's, or an ancestor's if earlier.

    A unit exists only while its parent does, so a ward whose own end the sources do not
    give ended, at the latest, with its district.
    """
    ends = [u.validity.possible_range()[1] for u in (unit, *unit.ancestors())]
    known = [end for end in ends if end is not None]
    return min(known) if known else None


@frozen
class UnitHistory:
    """Units over time: their validity, the transfers between them, and who held their posts.

    Attributes:
        units: The units, each once.
        transfers: Territory passing between listed units.
        roster: Tenures of posts in the units' agencies.
        sources: Where the history as a whole is described.

    Raises:
        ValidationError: a unit is listed twice; a transfer names a unit not listed; the
            transfers make a cycle (a unit among its own predecessors).
    """

    units: tuple[AdminUnit, ...] = field(
        default=(), validator=_check_units, repr=count_repr("units")
    )
    transfers: tuple[Transfer, ...] = field(default=(), repr=count_repr("transfers"))
    roster: Roster = field(factory=Roster)
    sources: tuple[Citation, ...] = field(default=(), repr=False)

    def __attrs_post_init__(self) -> None:
        known = {u.id: u for u in self.units}
        for i, transfer in enumerate(self.transfers):
            for name in ("predecessor", "successor"):
                unit: AdminUnit = getattr(transfer, name)
                if known.get(unit.id) != unit:
                    raise ValidationError(
                        f"transfers[{i}].{name}", unit.id, "is not among the history's units"
                    )
        self._check_acyclic()

    def _check_acyclic(self) -> None:
        after: dict[str, list[str]] = {}
        for t in self.transfers:
            after.setdefault(t.predecessor.id, []).append(t.successor.id)
        state: dict[str, int] = {}  # 1: on the current path, 2: done

        def visit(node: str, path: list[str]) -> None:
            state[node] = 1
            for nxt in after.get(node, ()):
                if state.get(nxt) == 1:
                    cycle = [*path[path.index(nxt) :], nxt]
                    raise ValidationError(
                        "transfers", cycle, "make a cycle: a unit among its own predecessors"
                    )
                if nxt not in state:
                    visit(nxt, [*path, nxt])
            state[node] = 2

        for start in after:
            if start not in state:
                visit(start, [start])

    def unit(self, unit_id: str) -> AdminUnit:
        """The unit with this id.

        Raises:
            ValidationError: no unit has it.
        """
        for unit in self.units:
            if unit.id == unit_id:
                return unit
        raise ValidationError("unit_id", unit_id, "no unit of the history has this id")

    def successors(self, unit: AdminUnit) -> tuple[Transfer, ...]:
        """The transfers out of ``unit``."""
        return tuple(t for t in self.transfers if t.predecessor == unit)

    def predecessors(self, unit: AdminUnit) -> tuple[Transfer, ...]:
        """The transfers into ``unit``."""
        return tuple(t for t in self.transfers if t.successor == unit)

    def children(self, unit: AdminUnit) -> tuple[AdminUnit, ...]:
        """The listed units whose parent is ``unit``."""
        return tuple(u for u in self.units if u.parent == unit)

    def as_of(self, unit: AdminUnit, as_of: dt.date) -> tuple[Coverage, ...]:
        """What covered ``unit``'s territory on the day ``as_of``.

        The unit itself while it may exist; after its end, its successors (following
        transfers into successors of successors, and through its sub-units for a unit
        that was dissolved whole, like a district whose wards were rearranged); before its
        start, its predecessors. Each unit appears once, with the largest extent found.

        Returns:
            The coverages, certain ones first; empty when the transfers recorded lead to
            no unit that may have existed on ``as_of`` (a day before every recorded
            validity, for instance).

        Raises:
            ValidationError: ``unit`` is not among the history's units.
        """
        if unit not in self.units:
            raise ValidationError("unit", unit.id, "is not among the history's units")
        found = self._forward(unit, as_of, Extent.WHOLE, ()) or self._backward(unit, as_of, ())
        merged: dict[str, Coverage] = {}
        order = list(Extent)
        for cov in found:
            kept = merged.get(cov.unit.id)
            if kept is None or order.index(cov.extent) < order.index(kept.extent):
                merged[cov.unit.id] = cov
        return tuple(sorted(merged.values(), key=lambda c: (c.truth is not Truth.YES, c.unit.id)))

    def _forward(
        self, unit: AdminUnit, day: dt.date, extent: Extent, via: tuple[Transfer, ...]
    ) -> list[Coverage]:
        status = unit.status_on(day)
        if status is not Truth.NO:
            return [Coverage(unit, extent, status, via)]
        last = _last_possible_day(unit)
        if last is None or day <= last:
            return []  # before the unit began: not a successor
        found: list[Coverage] = []
        for t in self.successors(unit):
            if t.on.first_day() <= day:
                found += self._forward(t.successor, day, extent.then(t.extent), (*via, t))
        if not found:
            for child in self.children(unit):
                found += self._forward(child, day, extent.then(Extent.PART), via)
        return found

    def _backward(self, unit: AdminUnit, day: dt.date, via: tuple[Transfer, ...]) -> list[Coverage]:
        first = unit.validity.possible_range()[0]
        if first is None or day >= first:
            return []
        found: list[Coverage] = []
        for t in self.predecessors(unit):
            status = t.predecessor.status_on(day)
            if status is not Truth.NO:
                found.append(Coverage(t.predecessor, Extent.PART, status, (*via, t)))
            else:
                found += self._backward(t.predecessor, day, (*via, t))
        return found
