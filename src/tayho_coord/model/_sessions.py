"""Sessions of a people's council (kỳ họp Hội đồng nhân dân), the anchors of many plans."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from attrs import field, frozen

from tayho_coord.errors import ValidationError
from tayho_coord.model._agencies import Agency, AgencyKind
from tayho_coord.model._provenance import Citation, ref_repr
from tayho_coord.model._validators import optional_non_empty, slug_id

if TYPE_CHECKING:
    from tayho_coord.model._units import AdminUnit

__all__ = ["CouncilSession"]


def _check_number(instance: object, attribute: object, value: int | None) -> None:
    if value is None:
        return
    if not isinstance(value, int) or isinstance(value, bool) or value < 1:
        raise ValidationError("number", value, "must be an integer >= 1 (kỳ họp thứ N)")


@frozen
class CouncilSession:
    """A session of a people's council, as its convocation or a report gives it.

    Plans time activities by the sessions ("tiếp xúc cử tri trước mỗi kỳ họp", "trong vòng
    15 ngày sau kỳ họp"): a session is a record with the days it opened and closed, never a
    day guessed from "kỳ họp giữa năm".

    Attributes:
        id: Identifier, unique within a data file.
        council: The council (HĐND) that met.
        opens_on: The opening day (khai mạc).
        closes_on: The closing day (bế mạc); the opening day for a one-day session.
        number: The session's number in the term (``kỳ họp thứ 14``), if the source gives it.
        name: The source's own name where it gives one (``kỳ họp thường lệ giữa năm 2024``).
        sources: Where it is reported.

    Examples:
        >>> from tayho_coord.model import Agency, AgencyKind, AdminUnit, UnitKind
        >>> unit = AdminUnit("binh-phuoc", UnitKind.PROVINCE, "Bình Phước")
        >>> hdnd = Agency("binh-phuoc/hdnd", AgencyKind.PEOPLES_COUNCIL, unit)
        >>> s = CouncilSession("kh14", hdnd, dt.date(2020, 12, 7), dt.date(2020, 12, 11), 14)
        >>> s.title
        'kỳ họp thứ 14'
    """

    id: str = field(validator=slug_id)
    council: Agency = field(repr=ref_repr)
    opens_on: dt.date = field()
    closes_on: dt.date = field()
    number: int | None = field(default=None, validator=_check_number)
    name: str | None = field(default=None, validator=optional_non_empty)
    sources: tuple[Citation, ...] = field(default=(), repr=False)

    def __attrs_post_init__(self) -> None:
        if self.council.kind is not AgencyKind.PEOPLES_COUNCIL:
            raise ValidationError("council", self.council.id, "must be a people's council")
        for name in ("opens_on", "closes_on"):
            value = getattr(self, name)
            if not isinstance(value, dt.date) or isinstance(value, dt.datetime):
                raise ValidationError(name, value, "must be a date")
        if self.closes_on < self.opens_on:
            raise ValidationError(
                "closes_on", self.closes_on.isoformat(), "is before the opening day"
            )

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
        return f"kỳ họp ngày {self.opens_on:%d/%m/%Y}"
