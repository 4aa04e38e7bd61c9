"""The record kinds of the coordination cycle, and a collection of them."""

from __future__ import annotations

from typing import TYPE_CHECKING, TypeAlias, Union

from attrs import field, frozen

from tayho_coord.errors import ValidationError
from tayho_coord.model._hearings import Hearing
from tayho_coord.model._meetings import Meeting
from tayho_coord.model._oversight import OversightActivity
from tayho_coord.model._petition_reports import PetitionReport
from tayho_coord.model._programs import CoordinationProgram, ProgramReview
from tayho_coord.model._provenance import count_repr

if TYPE_CHECKING:
    from collections.abc import Iterator

__all__ = ["ACTIVITY_TYPES", "RECORD_TYPES", "Record", "RecordSet"]

# Union, not |: the alias is evaluated at runtime (cattrs reads it) on Python 3.10.
Record: TypeAlias = Union[  # noqa: UP007
    CoordinationProgram, ProgramReview, Meeting, Hearing, OversightActivity, PetitionReport
]
"""Any record of the coordination cycle: each has ``id``, ``unit``, ``period``, ``sources``.

A :class:`PetitionReport`'s ``period`` may be None: its source places it by a council session
or by the day its figures are as of instead (:attr:`PetitionReport.time_label`)."""

RECORD_TYPES: tuple[type[Record], ...] = (
    CoordinationProgram,
    ProgramReview,
    Meeting,
    Hearing,
    OversightActivity,
    PetitionReport,
)
"""The record kinds, in the order tables list them."""


def _check_records(instance: RecordSet, attribute: object, value: tuple[Record, ...]) -> None:
    seen: dict[str, int] = {}
    for i, record in enumerate(value):
        if not isinstance(record, RECORD_TYPES):
            raise ValidationError(f"records[{i}]", type(record).__name__, "is not a record kind")
        if record.id in seen:
            raise ValidationError(
                f"records[{i}].id", record.id, f"is also the id of records[{seen[record.id]}]"
            )
        seen[record.id] = i


@frozen
class RecordSet:
    """Records of any kinds together: what one data file (or a folder of them) holds.

    Ids are unique across the set; a meeting's :attr:`Meeting.activities` may name records
    of the set (or of other files: they are not required to be here, but a report of the
    meeting that brings them in asks for them: :meth:`activities_of`).

    Attributes:
        records: The records, in their order.

    Examples:
        >>> from tayho_coord.datasets import tay_ho_2019
        >>> rs = RecordSet((tay_ho_2019(),))
        >>> [type(r).__name__ for r in rs], rs.get("ha-noi/tay-ho/tong-ket-2019") is rs.records[0]
        (['ProgramReview'], True)
    """

    records: tuple[Record, ...] = field(
        default=(), validator=_check_records, repr=count_repr("records")
    )

    def __iter__(self) -> Iterator[Record]:
        return iter(self.records)

    def __len__(self) -> int:
        return len(self.records)

    def get(self, record_id: str) -> Record | None:
        """The record of id ``record_id``; None if the set has none."""
        for record in self.records:
            if record.id == record_id:
                return record
        return None

    def activities_of(
        self, meeting: Meeting
    ) -> tuple[Hearing | OversightActivity | PetitionReport, ...]:
        """The records ``meeting`` reports on (:attr:`Meeting.activities`), in its order.

        Raises:
            ValidationError: an id the set does not hold, a record that is no activity (a
                hearing, an oversight, a petition report), or one of another unit; each
                names the id and the meeting (``activities[1]``).
        """
        if not isinstance(meeting, Meeting):
            raise ValidationError("meeting", meeting, "must be a Meeting")
        found: list[Hearing | OversightActivity | PetitionReport] = []
        for i, ident in enumerate(meeting.activities):
            record = self.get(ident)
            where = f"activities[{i}]"
            if record is None:
                raise ValidationError(
                    where,
                    ident,
                    f"meeting {meeting.id} refers to it, and it is not among the records given",
                )
            if not isinstance(record, ACTIVITY_TYPES):
                raise ValidationError(
                    where,
                    ident,
                    f"meeting {meeting.id} refers to it as an activity, and it is a "
                    f"{type(record).__name__}",
                )
            if record.unit != meeting.unit:
                raise ValidationError(
                    where,
                    ident,
                    f"is a record of {record.unit.id}, not of {meeting.unit.id}, the unit of "
                    f"meeting {meeting.id}",
                )
            found.append(record)
        return tuple(found)


ACTIVITY_TYPES = (Hearing, OversightActivity, PetitionReport)
"""The kinds of record a meeting reports on (:attr:`Meeting.activities`)."""
