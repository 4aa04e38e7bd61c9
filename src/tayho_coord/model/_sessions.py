"""Sessions of a people's council (kỳ họp Hội đồng nhân dân) or of the National Assembly.

A session anchors plans ("trước mỗi kỳ họp") and places petition reports in time ("ý kiến,
kiến nghị của cử tri trước và sau Kỳ họp thứ 6 HĐND tỉnh khóa XII"). A source often names a
session by its number and legislature (khóa) alone: its days are then unknown, never guessed,
and only what needs them (the windows of a plan) refuses such a session.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from attrs import field, frozen

from tayho_coord.errors import ValidationError
from tayho_coord.model._agencies import Agency, AgencyKind
from tayho_coord.model._provenance import Citation, ref_repr
from tayho_coord.model._validators import optional_non_empty, slug_id
from tayho_coord.vi import format_legislature

if TYPE_CHECKING:
    from tayho_coord.model._units import AdminUnit

__all__ = ["CouncilSession"]


_COUNCILS = (AgencyKind.PEOPLES_COUNCIL, AgencyKind.NATIONAL_ASSEMBLY)


def _check_number(instance: object, attribute: object, value: int | None) -> None:
    if value is None:
        return
    if not isinstance(value, int) or isinstance(value, bool) or not 1 <= value <= 999:
        raise ValidationError("number", value, "must be an integer from 1 to 999 (kỳ họp thứ N)")


def _check_legislature(instance: object, attribute: object, value: int | None) -> None:
    if value is None:
        return
    if not isinstance(value, int) or isinstance(value, bool) or not 1 <= value <= 999:
        raise ValidationError("legislature", value, "must be an integer from 1 to 999 (khóa N)")


def _check_day(instance: object, attribute: Any, value: object) -> None:
    if value is not None and (not isinstance(value, dt.date) or isinstance(value, dt.datetime)):
        raise ValidationError(attribute.name, value, "must be a date or None (not known)")


@frozen
class CouncilSession:
    """A session of a people's council or of the National Assembly, as a source gives it.

    Plans time activities by the sessions ("tiếp xúc cử tri trước mỗi kỳ họp", "trong vòng
    15 ngày sau kỳ họp"): a session is a record with the days it opened and closed, never a
    day guessed from "kỳ họp giữa năm". A source that names a session without its days
    ("Kỳ họp thứ 6 HĐND tỉnh khóa XII") gives a session whose days are None: it names a
    petition report's session, but times no plan (:meth:`days` refuses).

    Attributes:
        id: Identifier, unique within a data file.
        council: The council (HĐND) that met, or the National Assembly (Quốc hội).
        opens_on: The opening day (khai mạc); None where the source does not give it.
        closes_on: The closing day (bế mạc), the opening day for a one-day session; given
            with the opening day, or neither.
        number: The session's number in the term (``kỳ họp thứ 14``), if the source gives it.
        name: The source's own name where it gives one (``kỳ họp thường lệ giữa năm 2024``).
        legislature: The council's legislature (khóa XII is 12), where the source gives it.
        sources: Where it is reported.

    Examples:
        >>> from tayho_coord.model import Agency, AgencyKind, AdminUnit, UnitKind
        >>> unit = AdminUnit("binh-phuoc", UnitKind.PROVINCE, "Bình Phước")
        >>> hdnd = Agency("binh-phuoc/hdnd", AgencyKind.PEOPLES_COUNCIL, unit)
        >>> s = CouncilSession("kh14", hdnd, dt.date(2020, 12, 7), dt.date(2020, 12, 11), 14)
        >>> s.title
        'kỳ họp thứ 14'
        >>> kt = AdminUnit("kon-tum", UnitKind.PROVINCE, "Kon Tum")
        >>> six = CouncilSession("kt/kh6", Agency("kt/hdnd", AgencyKind.PEOPLES_COUNCIL, kt),
        ...     number=6, legislature=12)
        >>> six.label, six.full_title
        ('kỳ họp thứ 6 HĐND tỉnh khóa XII', 'kỳ họp thứ 6 Hội đồng nhân dân tỉnh Kon Tum khóa XII')
    """

    id: str = field(validator=slug_id)
    council: Agency = field(repr=ref_repr)
    opens_on: dt.date | None = field(default=None, validator=_check_day)
    closes_on: dt.date | None = field(default=None, validator=_check_day)
    number: int | None = field(default=None, validator=_check_number)
    name: str | None = field(default=None, validator=optional_non_empty)
    legislature: int | None = field(default=None, validator=_check_legislature)
    sources: tuple[Citation, ...] = field(default=(), repr=False)

    def __attrs_post_init__(self) -> None:
        given: object = self.council  # callers without type checks pass anything
        if not isinstance(given, Agency) or self.council.kind not in _COUNCILS:
            raise ValidationError(
                "council",
                getattr(given, "id", given),
                "must be a people's council or the National Assembly",
            )
        if (self.opens_on is None) != (self.closes_on is None):
            missing = "opens_on" if self.opens_on is None else "closes_on"
            raise ValidationError(
                missing, None, "give both days of the session, or neither (not known)"
            )
        if self.opens_on is not None and self.closes_on is not None:
            if self.closes_on < self.opens_on:
                raise ValidationError(
                    "closes_on", self.closes_on.isoformat(), "is before the opening day"
                )
        elif self.number is None and self.name is None:
            raise ValidationError(
                "number", None, "a session is known by its days, its number or its name"
            )

    def days(self) -> tuple[dt.date, dt.date]:
        """The opening and closing days.

        Raises:
            ValidationError: the source does not give them (naming the session).
        """
        if self.opens_on is None or self.closes_on is None:
            raise ValidationError(
                "opens_on", None, f"the days of {self.title} ({self.id}) are not known"
            )
        return self.opens_on, self.closes_on

    @property
    def unit(self) -> AdminUnit:
        """The unit whose council met."""
        return self.council.unit

    @property
    def title(self) -> str:
        """The session as a sentence names it: its own name, else ``kỳ họp thứ N``.

        A session with neither is named by its opening day (``kỳ họp ngày 07/12/2020``).
        """
        if self.name is not None:
            return self.name
        if self.number is not None:
            return f"kỳ họp thứ {self.number}"
        assert self.opens_on is not None  # a session has days, a number or a name
        return f"kỳ họp ngày {self.opens_on:%d/%m/%Y}"

    def _with(self, council: str) -> str:
        text = f"{self.title} {council}"
        if self.legislature is not None:
            text += f" {format_legislature(self.legislature)}"
        return text

    @property
    def label(self) -> str:
        """The session as the unit's own reports name it: ``kỳ họp thứ 6 HĐND tỉnh khóa XII``.

        The council by its common name (``HĐND tỉnh``, ``Quốc hội``), then the legislature
        in Roman numerals where known (:func:`tayho_coord.vi.format_legislature`).
        """
        return self._with(self.council.common_name)

    @property
    def full_title(self) -> str:
        """The session with its council's full name, as a document names it.

        ``kỳ họp thứ 6 Hội đồng nhân dân tỉnh Kon Tum khóa XII``, ``kỳ họp thứ 6 Quốc hội
        khóa XIV``.
        """
        return self._with(self.council.full_name)
