"""People, the posts they hold, and their tenures."""

from __future__ import annotations

import enum

from attrs import field, frozen

from tayho_coord.errors import ValidationError
from tayho_coord.model._agencies import Agency, AgencyKind
from tayho_coord.model._provenance import Citation
from tayho_coord.model._time import PartialDate
from tayho_coord.model._validators import slug_id
from tayho_coord.vi import PersonName
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import datetime as dt

__all__ = ["Person", "Post", "Tenure", "Title"]


class Title(enum.Enum):
    """The title of a post; the value is the Vietnamese title as written.

    Examples:
        >>> Title.VICE_CHAIR.value
        'Phó Chủ tịch'
    """

    CHAIR = "Chủ tịch"
    VICE_CHAIR = "Phó Chủ tịch"
    HEAD = "Trưởng ban"
    DEPUTY_HEAD = "Phó Trưởng ban"
    MEMBER = "Ủy viên"
    SECRETARY = "Bí thư"
    DEPUTY_SECRETARY = "Phó Bí thư"
    CHIEF_OF_OFFICE = "Chánh Văn phòng"
    DEPUTY_CHIEF_OF_OFFICE = "Phó Chánh Văn phòng"
    CHIEF_OF_POLICE = "Trưởng Công an"
    DIRECTOR = "Giám đốc"


# Which titles each kind of agency has (a Trưởng ban heads a Ban, not a council).
_TITLES: dict[AgencyKind, frozenset[Title]] = {
    AgencyKind.PEOPLES_COUNCIL: frozenset({Title.CHAIR, Title.VICE_CHAIR, Title.MEMBER}),
    AgencyKind.PEOPLES_COMMITTEE: frozenset({Title.CHAIR, Title.VICE_CHAIR, Title.MEMBER}),
    AgencyKind.FATHERLAND_FRONT: frozenset({Title.CHAIR, Title.VICE_CHAIR, Title.MEMBER}),
    AgencyKind.COUNCIL_STANDING_COMMITTEE: frozenset({Title.CHAIR, Title.VICE_CHAIR, Title.MEMBER}),
    AgencyKind.FRONT_STANDING_BOARD: frozenset({Title.CHAIR, Title.VICE_CHAIR, Title.MEMBER}),
    AgencyKind.COUNCIL_COMMITTEE_OFFICE: frozenset(
        {Title.CHIEF_OF_OFFICE, Title.DEPUTY_CHIEF_OF_OFFICE}
    ),
    AgencyKind.POLICE: frozenset({Title.CHIEF_OF_POLICE}),
    AgencyKind.LAND_REGISTRATION_OFFICE: frozenset({Title.DIRECTOR}),
    AgencyKind.PARTY_COMMITTEE: frozenset({Title.SECRETARY, Title.DEPUTY_SECRETARY, Title.MEMBER}),
}
_COMMITTEE_TITLES = frozenset({Title.HEAD, Title.DEPUTY_HEAD, Title.MEMBER})


@frozen
class Person:
    """A person named in a source.

    Attributes:
        id: Identifier, unique within a data file (``nguyen-van-thang``).
        name: The person's name (family, middle, given).
        sources: Where the person is named.

    Examples:
        >>> p = Person("nguyen-van-thang", PersonName("Nguyễn", "Văn", "Thắng"))
        >>> str(p)
        'Nguyễn Văn Thắng'
    """

    id: str = field(validator=slug_id)
    name: PersonName
    sources: tuple[Citation, ...] = ()

    def __str__(self) -> str:
        return str(self.name)


def _check_title(instance: Post, attribute: object, value: Title) -> None:
    allowed = _TITLES.get(instance.agency.kind, _COMMITTEE_TITLES)
    if value not in allowed:
        raise ValidationError(
            "title", value.value, f"is not a post of a {instance.agency.kind.value}"
        )


@frozen
class Post:
    """A post: a title in an agency (Chủ tịch of HĐND quận Tây Hồ).

    Attributes:
        agency: The agency.
        title: The title held in it.

    Examples:
        >>> from tayho_coord.model import AdminUnit, UnitKind, Agency, AgencyKind
        >>> hn = AdminUnit("ha-noi", UnitKind.CENTRAL_CITY, "Hà Nội")
        >>> th = AdminUnit("ha-noi/tay-ho", UnitKind.URBAN_DISTRICT, "Tây Hồ", parent=hn)
        >>> council = Agency("ha-noi/tay-ho/hdnd", AgencyKind.PEOPLES_COUNCIL, th)
        >>> Post(council, Title.CHAIR).label
        'Chủ tịch Hội đồng nhân dân quận Tây Hồ'
        >>> Post(council, Title.CHAIR).common_label
        'Chủ tịch HĐND quận'
        >>> party = Agency("ha-noi/tay-ho/quan-uy", AgencyKind.PARTY_COMMITTEE, th)
        >>> Post(party, Title.SECRETARY).common_label
        'Bí thư Quận ủy'
        >>> city_party = Agency("ha-noi/thanh-uy", AgencyKind.PARTY_COMMITTEE, hn)
        >>> Post(city_party, Title.MEMBER).common_label
        'Thành ủy viên'
    """

    agency: Agency
    title: Title = field(validator=_check_title)

    @property
    def label(self) -> str:
        """The title with the agency's full name."""
        return self._join(self.agency.full_name)

    @property
    def common_label(self) -> str:
        """The title as a report of the unit writes it (``Chủ tịch HĐND quận``)."""
        return self._join(self.agency.common_name)

    def _join(self, agency_name: str) -> str:
        if self.title is Title.MEMBER and self.agency.kind is AgencyKind.PARTY_COMMITTEE:
            # "Thành ủy viên", "Quận ủy viên": a member of a Party committee.
            return f"{self.agency.common_name} viên"
        if self.title in (Title.HEAD, Title.DEPUTY_HEAD) and agency_name.startswith("Ban "):
            # "Trưởng Ban Pháp chế", not "Trưởng ban Ban Pháp chế".
            return f"{self.title.value[: -len(' ban')]} {agency_name}"
        return f"{self.title.value} {agency_name}"

    def __str__(self) -> str:
        return self.label


def _check_end(instance: Tenure, attribute: object, value: PartialDate | None) -> None:
    if value is not None and instance.start is not None and value.surely_before(instance.start):
        raise ValidationError(
            "end", value.iso(), f"is before the tenure's start ({instance.start.iso()})"
        )


@frozen
class Tenure:
    """A person holding a post for a period.

    ``start`` and ``end`` are the first and last days in the post, as precisely as known;
    None means the source does not say.

    Attributes:
        person: Who.
        post: Which post.
        start: The first day in the post, if known.
        end: The last day in the post, if known.
        sources: Where the tenure is attested.

    Examples:
        >>> import datetime as dt
        >>> from tayho_coord.model import AdminUnit, UnitKind, Agency, AgencyKind
        >>> th = AdminUnit("tay-ho", UnitKind.URBAN_DISTRICT, "Tây Hồ")
        >>> chair = Post(Agency("tay-ho/ubnd", AgencyKind.PEOPLES_COMMITTEE, th), Title.CHAIR)
        >>> tuan = Person("do-anh-tuan", PersonName("Đỗ", "Anh", "Tuấn"))
        >>> t = Tenure(tuan, chair, end=PartialDate(2020, 10, 15))
        >>> t.covers(dt.date(2020, 2, 11)), t.covers(dt.date(2020, 11, 1))
        (True, False)
    """

    person: Person
    post: Post
    start: PartialDate | None = None
    end: PartialDate | None = field(default=None, validator=_check_end)
    sources: tuple[Citation, ...] = ()

    def covers(self, day: dt.date) -> bool:
        """Whether the tenure may include ``day`` (unknown ends count as open)."""
        if self.start is not None and day < self.start.first_day():
            return False
        return not (self.end is not None and day > self.end.last_day())
