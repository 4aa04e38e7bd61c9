"""People, the posts they hold, and their tenures."""

from __future__ import annotations

import datetime as dt
import enum

from attrs import field, frozen

from tayho_coord.errors import ValidationError
from tayho_coord.model._agencies import Agency, AgencyKind
from tayho_coord.model._provenance import Citation, ref_repr
from tayho_coord.model._time import (
    ONGOING,
    Interval,
    Ongoing,
    PartialDate,
    Truth,
    check_attested,
    check_end,
    check_start,
)
from tayho_coord.model._units import Boundary
from tayho_coord.model._validators import optional_non_empty, slug_id
from tayho_coord.vi import PersonName

__all__ = ["Person", "Post", "Tenure", "TenureEvent", "Title"]


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
    DELEGATION_HEAD = "Trưởng đoàn"
    DEPUTY_DELEGATION_HEAD = "Phó Trưởng đoàn"

    @property
    def is_unique(self) -> bool:
        """Whether one person at a time holds the post (a Chủ tịch, not a Phó Chủ tịch).

        Examples:
            >>> Title.CHAIR.is_unique, Title.VICE_CHAIR.is_unique
            (True, False)
        """
        return self in _UNIQUE_TITLES


_UNIQUE_TITLES = frozenset(
    {
        Title.CHAIR,
        Title.HEAD,
        Title.SECRETARY,
        Title.CHIEF_OF_OFFICE,
        Title.CHIEF_OF_POLICE,
        Title.DIRECTOR,
        Title.DELEGATION_HEAD,
    }
)


class TenureEvent(enum.Enum):
    """How a tenure began or ended.

    Examples:
        >>> TenureEvent.RELIEVED.label, TenureEvent.RELIEVED.ends
        ('miễn nhiệm', True)
        >>> TenureEvent.ELECTED.begins
        True
    """

    ELECTED = "elected"
    APPOINTED = "appointed"
    RELIEVED = "relieved"
    RETIRED = "retired"
    TERM_ENDED = "term_ended"
    UNIT_DISSOLVED = "unit_dissolved"

    @property
    def begins(self) -> bool:
        """Whether a tenure can begin this way."""
        return self in (TenureEvent.ELECTED, TenureEvent.APPOINTED)

    @property
    def ends(self) -> bool:
        """Whether a tenure can end this way."""
        return not self.begins

    @property
    def label(self) -> str:
        """The Vietnamese word for the event, as a decision writes it."""
        return _EVENT_LABELS[self]


_EVENT_LABELS = {
    TenureEvent.ELECTED: "bầu",
    TenureEvent.APPOINTED: "bổ nhiệm",
    TenureEvent.RELIEVED: "miễn nhiệm",
    TenureEvent.RETIRED: "nghỉ hưu",
    TenureEvent.TERM_ENDED: "hết nhiệm kỳ",
    TenureEvent.UNIT_DISSOLVED: "giải thể đơn vị hành chính",
}


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
    # "Bí thư Thành Đoàn Hải Phòng" (https://thactrang.com/tin-tuc/tuoi-tre-hai-phong-xay-
    # dung-nhieu-cong-trinh-thanh-nien-dau-nam-2025-191043.html)
    AgencyKind.YOUTH_UNION: frozenset({Title.SECRETARY, Title.DEPUTY_SECRETARY, Title.MEMBER}),
    # "Chủ tịch Hội LHPN huyện Hoài Đức", "Chủ tịch Hội Nông dân tỉnh Bắc Giang", "Chủ tịch
    # Hội CCB tỉnh", "Phó Chủ tịch Thường trực LĐLĐ tỉnh" (the pages cited in _agencies.py)
    AgencyKind.WOMENS_UNION: frozenset({Title.CHAIR, Title.VICE_CHAIR, Title.MEMBER}),
    AgencyKind.FARMERS_UNION: frozenset({Title.CHAIR, Title.VICE_CHAIR, Title.MEMBER}),
    AgencyKind.VETERANS_ASSOCIATION: frozenset({Title.CHAIR, Title.VICE_CHAIR, Title.MEMBER}),
    AgencyKind.LABOUR_FEDERATION: frozenset({Title.CHAIR, Title.VICE_CHAIR, Title.MEMBER}),
    # "Đoàn đại biểu Quốc hội có Trưởng đoàn, Phó Trưởng đoàn" (Luật Tổ chức Quốc hội 2014,
    # Điều 43); "Phó Trưởng Đoàn chuyên trách Đoàn ĐBQH tỉnh" (Quảng Trị, 05/12/2023)
    AgencyKind.NATIONAL_ASSEMBLY_DELEGATION: frozenset(
        {Title.DELEGATION_HEAD, Title.DEPUTY_DELEGATION_HEAD}
    ),
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
    sources: tuple[Citation, ...] = field(default=(), repr=False)

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

    agency: Agency = field(repr=ref_repr)
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


def _check_began_by(instance: Tenure, attribute: object, value: TenureEvent | None) -> None:
    if value is not None and not value.begins:
        raise ValidationError("began_by", value.value, "a tenure does not begin this way")


def _check_ended_by(instance: Tenure, attribute: object, value: TenureEvent | None) -> None:
    if value is None:
        return
    if not value.ends:
        raise ValidationError("ended_by", value.value, "a tenure does not end this way")
    if instance.end is ONGOING:
        raise ValidationError("ended_by", value.value, "an ongoing tenure has not ended")


@frozen
class Tenure:
    """A person holding a post for a period.

    ``start`` and ``end`` are the first and last days in the post, as precisely as known.
    ``None`` means the source does not say; ``end=ONGOING`` means the person is still in
    post (until the unit itself is dissolved: a unit's dissolution ends its tenures).
    ``attested`` are days a source shows the person in post (the seed article names the
    chairs at the conference of 11/02/2020 without saying when they took office): they make
    answers on those days certain without inventing a start date.

    Attributes:
        person: Who.
        post: Which post.
        start: The first day in the post, if known.
        end: The last day in the post; ONGOING if still serving; None if unknown.
        began_by: How the tenure began (elected, appointed), if known.
        ended_by: How it ended (relieved, retired, term ended, unit dissolved), if known.
        end_reason: Why it ended, in the model's own Vietnamese (``nghỉ hưu theo chế độ``).
        attested: Days on which a source shows the person in the post.
        sources: Where the tenure is attested.

    Raises:
        ValidationError: the end is before the start; an attested day is outside them; the
            tenure lies outside the validity of the post's unit; an event is of the wrong
            kind (a tenure does not begin by retiring).

    Examples:
        >>> from tayho_coord.model import AdminUnit, UnitKind, Agency, AgencyKind
        >>> th = AdminUnit("tay-ho", UnitKind.URBAN_DISTRICT, "Tây Hồ")
        >>> chair = Post(Agency("tay-ho/ubnd", AgencyKind.PEOPLES_COMMITTEE, th), Title.CHAIR)
        >>> tuan = Person("do-anh-tuan", PersonName("Đỗ", "Anh", "Tuấn"))
        >>> t = Tenure(tuan, chair, end=PartialDate(2020, 10, 15),
        ...            ended_by=TenureEvent.RELIEVED, attested=(dt.date(2020, 2, 11),))
        >>> [t.status_on(dt.date(*d)).value for d in [(2019, 1, 1), (2020, 2, 11), (2020, 11, 1)]]
        ['unknown', 'yes', 'no']
        >>> t.covers(dt.date(2019, 1, 1))
        True
    """

    person: Person = field(repr=ref_repr)
    post: Post
    start: PartialDate | None = field(default=None, validator=check_start)
    end: PartialDate | Ongoing | None = field(default=None, validator=check_end)
    began_by: TenureEvent | None = field(default=None, validator=_check_began_by)
    ended_by: TenureEvent | None = field(default=None, validator=_check_ended_by)
    end_reason: str | None = field(default=None, validator=optional_non_empty)
    attested: tuple[dt.date, ...] = field(default=(), validator=check_attested)
    sources: tuple[Citation, ...] = field(default=(), repr=False)

    def __attrs_post_init__(self) -> None:
        interval = Interval(self.start, self.end, self.attested)
        unit = self.post.agency.unit
        for i, day in enumerate(self.attested):
            if unit.status_on(day) is Truth.NO:
                raise ValidationError(
                    f"attested[{i}]", day.isoformat(), f"{unit.id} did not exist on that day"
                )
        first, last = interval.possible_range()
        unit_first, unit_last = unit.validity.possible_range()
        if first is not None and unit_last is not None and first > unit_last:
            raise ValidationError(
                "start", self.start.iso() if self.start else None, f"is after {unit.id} ended"
            )
        if last is not None and unit_first is not None and last < unit_first:
            shown = self.end.iso() if isinstance(self.end, PartialDate) else None
            raise ValidationError("end", shown, f"is before {unit.id} began")
        if self.ended_by is TenureEvent.UNIT_DISSOLVED:
            unit_end = unit.valid_to
            if not isinstance(unit_end, Boundary):
                raise ValidationError(
                    "ended_by", self.ended_by.value, f"{unit.id} has no recorded dissolution"
                )
            end = self.end
            if isinstance(end, PartialDate) and (
                end.surely_before(unit_end.date) or unit_end.date.surely_before(end)
            ):
                raise ValidationError(
                    "end",
                    end.iso(),
                    f"ended by the dissolution of {unit.id}, whose last day is "
                    f"{unit_end.date.iso()}",
                )

    @property
    def interval(self) -> Interval:
        """The tenure's period; an ongoing one ends with the dissolution of its unit.

        An unknown end stays unknown here; :meth:`status_on` also answers no after the
        unit's last day.
        """
        end, _ = self.effective_end
        return Interval(self.start, end, self.attested)

    @property
    def effective_end(self) -> tuple[PartialDate | Ongoing | None, TenureEvent | None]:
        """The end and how it came, counting the dissolution of the post's unit.

        Examples:
            >>> from tayho_coord.model import AdminUnit, UnitKind, Agency, AgencyKind
            >>> from tayho_coord.model import Boundary
            >>> th = AdminUnit("tay-ho", UnitKind.URBAN_DISTRICT, "Tây Hồ",
            ...                valid_to=Boundary(PartialDate(2025, 6, 30)))
            >>> chair = Post(Agency("tay-ho/hdnd", AgencyKind.PEOPLES_COUNCIL, th), Title.CHAIR)
            >>> p = Person("p", PersonName("Đỗ", "Anh", "Tuấn"))
            >>> end, how = Tenure(p, chair, PartialDate(2024), ONGOING).effective_end
            >>> str(end), how.label
            ('2025-06-30', 'giải thể đơn vị hành chính')
        """
        unit_end = self.post.agency.unit.valid_to
        if self.end is ONGOING and isinstance(unit_end, Boundary):
            return unit_end.date, TenureEvent.UNIT_DISSOLVED
        return self.end, self.ended_by

    def status_on(self, as_of: dt.date) -> Truth:
        """Whether the person held the post on the day ``as_of``: yes, no, or unknown.

        No outside the tenure's possible period or outside its unit's validity; yes on the
        days every reading of the data includes (between a known start and end, on an
        attested day); unknown otherwise.
        """
        if self.post.agency.unit.status_on(as_of) is Truth.NO:
            return Truth.NO
        return self.interval.status_on(as_of)

    def covers(self, as_of: dt.date) -> bool:
        """Whether the tenure may include the day ``as_of`` (:meth:`status_on` is not no)."""
        return self.status_on(as_of) is not Truth.NO
