"""The record kinds of the coordination cycle, and a collection of them."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, TypeAlias, Union, get_args, overload

from attrs import field, frozen

from tayho_coord.errors import ValidationError
from tayho_coord.model._hearings import Hearing
from tayho_coord.model._meetings import Meeting
from tayho_coord.model._oversight import OversightActivity
from tayho_coord.model._petition_reports import PetitionReport
from tayho_coord.model._programs import CoordinationProgram, ProgramReview
from tayho_coord.model._provenance import count_repr
from tayho_coord.model._voter_contacts import VoterContact

if TYPE_CHECKING:
    from collections.abc import Iterator

__all__ = ["ACTIVITY_TYPES", "RECORD_TYPES", "Record", "RecordSet", "kind_noun"]

# Union, not |: the alias is evaluated at runtime (cattrs reads it) on Python 3.10.
Record: TypeAlias = Union[  # noqa: UP007
    CoordinationProgram,
    ProgramReview,
    Meeting,
    Hearing,
    OversightActivity,
    PetitionReport,
    VoterContact,
]
"""Any record of the coordination cycle: each has ``id``, ``unit``, ``period``, ``sources``.

A :class:`PetitionReport`'s ``period`` may be None: its source places it by a council session
or by the day its figures are as of instead (:attr:`PetitionReport.time_label`); so may a
:class:`VoterContact`'s, placed by the day of an article reporting it. An agreement's, and so
a meeting's, may be :data:`~tayho_coord.model.NOT_STATED`: its source names no term, or no
part reviewed."""

RECORD_TYPES: tuple[type[Record], ...] = get_args(Record)
"""The record kinds, in the order tables list them (that of :data:`Record`)."""


_NOUNS = {
    "CoordinationProgram": "a coordination agreement",
    "ProgramReview": "a program review",
    "OversightActivity": "an oversight activity",
    "RecordSet": "a set of records",
    "AdminUnit": "an administrative unit",
    "Agency": "a body",
}


def kind_noun(value: object) -> str:
    """What ``value`` is, as a plain English noun with its article, for messages.

    Examples:
        >>> from tayho_coord.datasets import tay_ho_2019
        >>> kind_noun(tay_ho_2019()), kind_noun(tay_ho_2019().unit), kind_noun(None)
        ('a program review', 'an administrative unit', 'nothing (null)')
        >>> kind_noun(tay_ho_2019().sources[0].source)
        'a source'
        >>> from tayho_coord.datasets import tay_ho_history
        >>> kind_noun(tay_ho_history())
        'a unit history'
    """
    if value is None:
        return "nothing (null)"
    name = type(value).__name__
    if name in _NOUNS:
        return _NOUNS[name]
    words = re.sub(r"(?<=[a-z])(?=[A-Z])", " ", name).lower()
    # "an" before a vowel sound: "a unit history", "an oversight activity"
    vowel = words[:1] in set("aeio") or (words[:1] == "u" and not words.startswith(("uni", "us")))
    return f"{'an' if vowel else 'a'} {words}"


def _check_records(instance: RecordSet, attribute: object, value: tuple[Record, ...]) -> None:
    seen: dict[str, int] = {}
    for i, record in enumerate(value):
        if not isinstance(record, RECORD_TYPES):
            raise ValidationError(f"records[{i}]", kind_noun(record), "is not a record kind")
        if record.id in seen:
            raise ValidationError(
                f"records[{i}].id", record.id, f"is also the id of records[{seen[record.id]}]"
            )
        seen[record.id] = i


class _IndexValidationError(ValidationError, IndexError):
    """An index past the end: a ValidationError, and an IndexError for Python's protocols."""


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
        >>> [type(r).__name__ for r in rs], rs.get("ha-noi/tay-ho/tong-ket-2019") is rs[0]
        (['ProgramReview'], True)
    """

    records: tuple[Record, ...] = field(
        default=(), validator=_check_records, repr=count_repr("records")
    )

    def __iter__(self) -> Iterator[Record]:
        return iter(self.records)

    def __len__(self) -> int:
        return len(self.records)

    @overload
    def __getitem__(self, index: int) -> Record: ...

    @overload
    def __getitem__(self, index: slice) -> RecordSet: ...

    def __getitem__(self, index: int | slice) -> Record | RecordSet:
        """The record at ``index`` (``rs[0]``), or a set of a slice's (``rs[1:]``).

        A set is indexed as the tuple of its records; a record is found by its id with
        :meth:`get` (``rs["ha-noi/tay-ho/tong-ket-2019"]`` is refused, naming ``get``).

        Raises:
            ValidationError: an index past the end (also an :class:`IndexError`: a ``for``
                over indices stops), or a key that is neither an int nor a slice.
        """
        given: object = index  # callers without type checks pass anything
        if isinstance(given, slice):
            return RecordSet(self.records[given])
        if isinstance(given, bool) or not isinstance(given, int):
            hint = "; find a record by its id with .get(id)" if isinstance(given, str) else ""
            raise ValidationError("index", given, f"must be an int or a slice{hint}")
        try:
            return self.records[given]
        except IndexError:
            raise _IndexValidationError(
                "index", given, f"is past the end of a set of {len(self.records)} records"
            ) from None

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
                    f"meeting {meeting.id} refers to it as an activity, and it is "
                    f"{kind_noun(record)}",
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
