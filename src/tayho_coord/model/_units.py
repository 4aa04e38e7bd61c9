"""Administrative units: provinces, districts, communes, with their validity."""

from __future__ import annotations

import enum
from typing import TYPE_CHECKING

from attrs import field, frozen

from tayho_coord.errors import ValidationError
from tayho_coord.model._provenance import Citation, ref_repr
from tayho_coord.model._time import ONGOING, Interval, Ongoing, PartialDate, Truth
from tayho_coord.model._validators import non_empty, optional_non_empty, slug_id

if TYPE_CHECKING:
    import datetime as dt

__all__ = ["AdminUnit", "Boundary", "UnitKind", "UnitLevel"]


class UnitLevel(enum.Enum):
    """The country, and the three levels of local government (two from 01/07/2025)."""

    NATIONAL = "national"
    PROVINCE = "province"
    DISTRICT = "district"
    COMMUNE = "commune"


class UnitKind(enum.Enum):
    """The kinds of administrative unit; the value is the Vietnamese common noun phrase.

    Examples:
        >>> UnitKind.URBAN_DISTRICT.noun
        'quận'
        >>> UnitKind.CENTRAL_CITY.noun, UnitKind.CENTRAL_CITY.level.value
        ('thành phố', 'province')
    """

    PROVINCE = "tỉnh"
    CENTRAL_CITY = "thành phố trực thuộc Trung ương"
    URBAN_DISTRICT = "quận"
    RURAL_DISTRICT = "huyện"
    DISTRICT_TOWN = "thị xã"
    PROVINCIAL_CITY = "thành phố thuộc tỉnh"
    WARD = "phường"
    COMMUNE = "xã"
    TOWNSHIP = "thị trấn"
    SPECIAL_ZONE = "đặc khu"
    COUNTRY = "cả nước"
    """The whole country: the unit of a national record (the National Assembly's report on
    the voters' petitions of a session). Reports name it ``cả nước`` ("ý kiến, kiến nghị của
    cử tri và Nhân dân cả nước", Ủy ban Thường vụ Quốc hội and Ủy ban Trung ương MTTQ Việt
    Nam, kỳ họp thứ 10 Quốc hội khóa XIV, https://dailycall.vn/post/kien-nghi-cua-cu-tri-gui-
    den-ky-hop-thu-10-quoc-hoi-khoa-xiv-2664.html), never with the country's name after it."""

    @property
    def noun(self) -> str:
        """The common noun written before the unit's name (``thành phố``, ``quận``…)."""
        if self in (UnitKind.CENTRAL_CITY, UnitKind.PROVINCIAL_CITY):
            return "thành phố"
        return str(self.value)

    @property
    def level(self) -> UnitLevel:
        """Province, district or commune level."""
        return _LEVELS[self]


_LEVELS = {
    UnitKind.PROVINCE: UnitLevel.PROVINCE,
    UnitKind.CENTRAL_CITY: UnitLevel.PROVINCE,
    UnitKind.URBAN_DISTRICT: UnitLevel.DISTRICT,
    UnitKind.RURAL_DISTRICT: UnitLevel.DISTRICT,
    UnitKind.DISTRICT_TOWN: UnitLevel.DISTRICT,
    UnitKind.PROVINCIAL_CITY: UnitLevel.DISTRICT,
    UnitKind.WARD: UnitLevel.COMMUNE,
    UnitKind.COMMUNE: UnitLevel.COMMUNE,
    UnitKind.TOWNSHIP: UnitLevel.COMMUNE,
    UnitKind.SPECIAL_ZONE: UnitLevel.COMMUNE,
    UnitKind.COUNTRY: UnitLevel.NATIONAL,
}

# Units whose name is a proper name in its own right and keeps its capital inside a
# sentence (Nghị định 30/2020/NĐ-CP, Phụ lục II: "Thành phố Hồ Chí Minh").
_ALWAYS_CAPITALIZED = frozenset({"Hồ Chí Minh"})


def _check_name(instance: object, attribute: object, value: str) -> None:
    non_empty(instance, attribute, value)
    # A name is capitalized syllable by syllable, or a numeral (Quận 1): Nghị định
    # 30/2020/NĐ-CP, Phụ lục II, mục III ("tỉnh Nam Định"); "đã" after "tỉnh" is no name.
    if value[:1].islower():
        raise ValidationError("name", value, "must start with a capital letter or a digit")


@frozen
class Boundary:
    """One end of a validity period, with the act that set it.

    Attributes:
        date: The first day (for a start) or the last day (for an end) of validity.
        basis: The legal act, as cited (``Nghị định 69/CP``), if known.

    Examples:
        >>> Boundary(PartialDate(1995, 10, 28), "Nghị định 69/CP").basis
        'Nghị định 69/CP'
    """

    date: PartialDate
    basis: str | None = field(default=None, validator=optional_non_empty)


def _check_valid_to(
    instance: AdminUnit, attribute: object, value: Boundary | Ongoing | None
) -> None:
    if value is not None and not isinstance(value, (Boundary, Ongoing)):
        raise ValidationError("valid_to", value, "must be a Boundary, ONGOING or None (unknown)")


def _check_parent(instance: AdminUnit, attribute: object, value: AdminUnit | None) -> None:
    if value is None:
        return
    order = [UnitLevel.NATIONAL, UnitLevel.PROVINCE, UnitLevel.DISTRICT, UnitLevel.COMMUNE]
    if order.index(value.kind.level) >= order.index(instance.kind.level):
        raise ValidationError(
            "parent",
            value.id,
            f"a {value.kind.value} cannot contain a {instance.kind.value} ({instance.id})",
        )


@frozen
class AdminUnit:
    """An administrative unit (đơn vị hành chính) with its validity.

    ``valid_to`` is the last day the unit existed: quận Tây Hồ's is 30/06/2025, the day before
    the district level was abolished. A unit that still exists has ``valid_to=ONGOING``;
    ``None`` (for either end) means the source does not say, and questions that depend on
    it are answered :attr:`Truth.UNKNOWN`. A unit exists only while its parent does: its
    validity must fit inside the parent's.

    A unit's successors and predecessors are not fields (a record cannot point both ways):
    they are :class:`~tayho_coord.model._history.Transfer` records in a
    :class:`~tayho_coord.model._history.UnitHistory`.

    Attributes:
        id: Identifier, unique within a data file (``ha-noi/tay-ho``).
        kind: The kind of unit.
        name: The proper name (``Tây Hồ``, ``1`` for Quận 1): capitalized, or a numeral; a
            name in small letters raises :class:`~tayho_coord.errors.ValidationError`.
        parent: The unit it belongs to, if any.
        code: The official statistical code, if known.
        valid_from: When it came into existence, and by which act.
        valid_to: The last day it existed, and by which act it ended; ONGOING if it still
            exists; None if unknown.
        sources: Where these facts come from.

    Examples:
        >>> hn = AdminUnit("ha-noi", UnitKind.CENTRAL_CITY, "Hà Nội")
        >>> th = AdminUnit("ha-noi/tay-ho", UnitKind.URBAN_DISTRICT, "Tây Hồ", parent=hn)
        >>> str(th), th.display(start=True), hn.display(start=True)
        ('quận Tây Hồ', 'Quận Tây Hồ', 'Thành phố Hà Nội')
        >>> AdminUnit("hcm/q1", UnitKind.URBAN_DISTRICT, "1").display()
        'Quận 1'
        >>> import datetime as dt
        >>> dissolved = AdminUnit(
        ...     "ha-noi/tay-ho", UnitKind.URBAN_DISTRICT, "Tây Hồ", parent=hn,
        ...     valid_from=Boundary(PartialDate(1995, 10, 28), "Nghị định 69/CP"),
        ...     valid_to=Boundary(PartialDate(2025, 6, 30)))
        >>> dissolved.status_on(dt.date(2025, 8, 1)), hn.status_on(dt.date(2025, 8, 1))
        (<Truth.NO: 'no'>, <Truth.UNKNOWN: 'unknown'>)
    """

    id: str = field(validator=slug_id)
    kind: UnitKind
    name: str = field(validator=_check_name)
    parent: AdminUnit | None = field(default=None, validator=_check_parent, repr=ref_repr)
    code: str | None = field(default=None, validator=optional_non_empty)
    valid_from: Boundary | None = None
    valid_to: Boundary | Ongoing | None = field(default=None, validator=_check_valid_to)
    sources: tuple[Citation, ...] = field(default=(), repr=False)

    def __attrs_post_init__(self) -> None:
        end = self.valid_to
        if (
            self.valid_from is not None
            and isinstance(end, Boundary)
            and end.date.surely_before(self.valid_from.date)
        ):
            raise ValidationError(
                "valid_to",
                end.date.iso(),
                f"ends before the unit begins ({self.valid_from.date.iso()})",
            )
        parent = self.parent
        if parent is None:
            return
        if (
            self.valid_from is not None
            and parent.valid_from is not None
            and self.valid_from.date.surely_before(parent.valid_from.date)
        ):
            raise ValidationError(
                "valid_from",
                self.valid_from.date.iso(),
                f"is before its parent {parent.id} begins ({parent.valid_from.date.iso()})",
            )
        if isinstance(parent.valid_to, Boundary) and (
            end is ONGOING
            or (isinstance(end, Boundary) and parent.valid_to.date.surely_before(end.date))
        ):
            shown = end.date.iso() if isinstance(end, Boundary) else "ongoing"
            raise ValidationError(
                "valid_to",
                shown,
                f"is after its parent {parent.id} ends ({parent.valid_to.date.iso()})",
            )

    def display(self, *, start: bool = False) -> str:
        """The unit's name as written in administrative text.

        The common noun is lowercase inside a sentence and capitalized at its start; with a
        numeral for a name, or for a name that is itself a proper noun phrase, it is always
        capitalized (Nghị định 30/2020/NĐ-CP, Phụ lục II).

        The country is ``cả nước`` alone: its name does not follow the words (reports write
        "cử tri cả nước", never "cả nước Việt Nam").

        Args:
            start: Whether the name begins a sentence (or a heading).
        """
        noun = self.kind.noun
        if self.kind is UnitKind.COUNTRY:
            return noun[:1].upper() + noun[1:] if start else noun
        if start or self.name[:1].isdigit() or self.name in _ALWAYS_CAPITALIZED:
            noun = noun[:1].upper() + noun[1:]
        return f"{noun} {self.name}"

    @property
    def place_name(self) -> str:
        """The unit as the place of a document's date line (``Tây Hồ, ngày …``).

        Nghị định 30/2020/NĐ-CP, Phụ lục I ("Địa danh và thời gian ban hành văn bản"): a local
        body's documents name the administrative unit where it has its seat by its official
        name; a unit named by a numeral, after a person or a historical event takes its full
        name. The model knows a numeral name and the names kept capitalized
        (``Hồ Chí Minh``); any other name is written alone.

        Examples:
            >>> AdminUnit("ha-noi/tay-ho", UnitKind.URBAN_DISTRICT, "Tây Hồ").place_name
            'Tây Hồ'
            >>> AdminUnit("hcm/q1", UnitKind.URBAN_DISTRICT, "1").place_name
            'Quận 1'
            >>> AdminUnit("hcm", UnitKind.CENTRAL_CITY, "Hồ Chí Minh").place_name
            'Thành phố Hồ Chí Minh'

        Raises:
            ValidationError: the unit is the country: a central body's documents are dated at
                the province or city of its seat (Phụ lục I, the same section), which is the
                body's, not the country's.
        """
        if self.kind is UnitKind.COUNTRY:
            raise ValidationError(
                "place_name",
                self.id,
                "a central body's documents are dated at the province of its seat "
                "(Nghị định 30/2020/NĐ-CP, Phụ lục I): the country is no such place",
            )
        if self.name[:1].isdigit() or self.name in _ALWAYS_CAPITALIZED:
            return self.display(start=True)
        return self.name

    def __str__(self) -> str:
        return self.display()

    @property
    def validity(self) -> Interval:
        """The unit's own validity as an interval (its parent's is not taken into account)."""
        end = self.valid_to
        return Interval(
            None if self.valid_from is None else self.valid_from.date,
            end.date if isinstance(end, Boundary) else end,
        )

    def status_on(self, as_of: dt.date) -> Truth:
        """Whether the unit existed on the day ``as_of``: yes, no, or unknown.

        No if ``as_of`` is outside its own validity or its parent's; yes if every reading
        of its (possibly partial) boundaries includes ``as_of``; unknown otherwise, for
        instance before an end the source does not give.
        """
        own = self.validity.status_on(as_of)
        if own is Truth.NO:
            return Truth.NO
        if self.parent is not None and self.parent.status_on(as_of) is Truth.NO:
            return Truth.NO
        return own

    def is_valid_on(self, as_of: dt.date) -> bool:
        """Whether the unit certainly existed on ``as_of`` (:meth:`status_on` is yes)."""
        return self.status_on(as_of) is Truth.YES

    def ancestors(self) -> tuple[AdminUnit, ...]:
        """The units above this one, nearest first."""
        chain: list[AdminUnit] = []
        unit = self.parent
        while unit is not None:
            chain.append(unit)
            unit = unit.parent
        return tuple(chain)
