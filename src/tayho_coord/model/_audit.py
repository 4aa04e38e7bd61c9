"""Every applicable check on a :class:`~tayho_coord.model.PetitionStats`."""

from __future__ import annotations

from typing import TYPE_CHECKING

from attrs import frozen

from tayho_coord.errors import ValidationError
from tayho_coord.model._checks import (
    RateCheck,
    SumCheck,
    check_rate,
    check_total,
    denominators,
    near_counts,
)
from tayho_coord.model._petitions import PetitionOutcome, PrintedFigure

if TYPE_CHECKING:
    from tayho_coord.model._petitions import PetitionStats

__all__ = ["AuditFinding", "audit", "findings"]

# Shown at most this many totals a printed rate would follow from (the list can be long for
# a rate printed with few decimals).
_SHOWN_TOTALS = 5


@frozen
class AuditFinding:
    """One check of a printed figure or total, passed or not.

    Attributes:
        subject: What was checked, as a path into the record (``printed_rate``,
            ``breakdown[1].received``).
        ok: Whether the figure agrees with the counts.
        message: What was found, in English, with the figures as printed.
        check: The underlying check, when one could be run.

    Examples:
        >>> f = AuditFinding("resolved + unresolved", True, "25 + 19 = 44, the total 44")
        >>> str(f)
        'resolved + unresolved: 25 + 19 = 44, the total 44'
    """

    subject: str
    ok: bool
    message: str
    check: RateCheck | SumCheck | None = None

    def __str__(self) -> str:
        return f"{self.subject}: {self.message}"


def _sum(subject: str, check: SumCheck) -> AuditFinding:
    return AuditFinding(subject, check.ok, str(check), check)


def _totals_hint(figure: PrintedFigure, numerator: int, total: int) -> str:
    try:
        found = denominators(figure, numerator, max_denominator=max(2 * total, numerator, 1))
    except ValidationError:  # more totals than the audit lists (a huge total): no hint
        return ""
    if not found:
        return ""
    shown = ", ".join(map(str, found[:_SHOWN_TOTALS]))
    more = ", …" if len(found) > _SHOWN_TOTALS else ""
    return f" ({numerator} of a total of {shown}{more} would print it)"


def _rate(
    subject: str, figure: PrintedFigure, part: int | None, whole: int | None, what: str
) -> AuditFinding | None:
    ratio = figure.percent_ratio
    if ratio < 0 or ratio > 1:
        return AuditFinding(subject, False, f"{figure.text!r} is not a rate from 0% to 100%")
    if whole is None:
        return None
    if part is None:
        if whole == 0:
            return AuditFinding(subject, False, f"{figure.text!r} cannot follow from a total of 0")
        possible = any(check_rate(figure, n, whole).ok for n in near_counts(figure, whole))
        if possible:
            return AuditFinding(
                subject, True, f"{figure.text!r} can follow from a total of {whole} ({what})"
            )
        return AuditFinding(
            subject, False, f"no count of {what} out of {whole} prints as {figure.text!r}"
        )
    check = check_rate(figure, part, whole)  # part <= whole: PetitionStats' invariant
    message = str(check)
    if not check.ok and whole > 0 and part > 0:
        message += _totals_hint(figure, part, whole)
    return AuditFinding(subject, check.ok, message, check)


def findings(stats: PetitionStats, *, recurse: bool = True) -> list[AuditFinding]:
    """Run every applicable check; with ``recurse=False`` skip the parts' own figures.

    This is what :class:`~tayho_coord.model.PetitionStats` runs when it is built (without
    recursion: each part is checked when it is built).
    """
    out: list[AuditFinding] = []
    outcomes = {
        "resolved": PetitionOutcome.RESOLVED,
        "in_progress": PetitionOutcome.IN_PROGRESS,
        "explained": PetitionOutcome.EXPLAINED,
        "unresolved": PetitionOutcome.UNRESOLVED,
    }
    known = {name: getattr(stats, name) for name in outcomes if getattr(stats, name) is not None}
    if stats.received is not None and known:
        labelled = {outcomes[name].label: count for name, count in known.items()}
        complete = len(known) == len(outcomes)
        check = check_total(stats.received, labelled, complete=complete, total_label="received")
        # The subject names the counts checked (the parts), the message the whole.
        out.append(_sum(" + ".join(known), check))
    if stats.printed_rate is not None:
        found = _rate(
            "printed_rate", stats.printed_rate, stats.resolved, stats.received, "resolved"
        )
        if found is not None:
            out.append(found)
    if stats.printed_answered_rate is not None:
        found = _rate(
            "printed_answered_rate",
            stats.printed_answered_rate,
            stats.answered,
            stats.received,
            "answered",
        )
        if found is not None:
            out.append(found)
    pieces = stats.breakdown
    for name in ("received", "resolved"):
        whole = getattr(stats, name)
        counts = [getattr(piece, name) for piece in pieces]
        if pieces and whole is not None and None not in counts:
            labels = {
                _part_label(i, piece): count
                for i, (piece, count) in enumerate(zip(pieces, counts, strict=True))
            }
            check = check_total(whole, labels, total_label=name)
            out.append(_sum(f"breakdown.{name}", check))
    if recurse:
        for index, part in enumerate(pieces):
            for finding in findings(part):
                subject = f"breakdown[{index}].{finding.subject}"
                out.append(AuditFinding(subject, finding.ok, finding.message, finding.check))
    return out


def _part_label(index: int, part: PetitionStats) -> str:
    if part.competence is not None:
        return part.competence.label_in(part.unit)
    if part.sector is not None:
        return part.sector
    if part.session is not None:
        return part.session
    return f"breakdown[{index}]"


def audit(stats: PetitionStats) -> list[AuditFinding]:
    """Run every applicable check on petition statistics and its parts.

    The checks, each run only where the figures it needs are given:

    - the outcome counts given (``resolved``, ``in_progress``, ``explained``,
      ``unresolved``) against ``received``: equal when all four are given, at most
      ``received`` otherwise (the finding's subject names the counts, ``resolved +
      in_progress``); a single count above its whole is not a finding but an invariant
      :class:`~tayho_coord.model.PetitionStats` refuses to build;
    - ``printed_rate`` against ``resolved / received`` (:func:`check_rate`; when it does not
      follow, the totals it would follow from), or, with ``received`` alone, whether any
      count of resolved petitions prints as given; ``printed_answered_rate`` likewise;
    - the parts of ``breakdown`` against the whole (``received`` and ``resolved``), then each
      part's own checks, with ``breakdown[i].`` before their subjects.

    Args:
        stats: The statistics.

    Returns:
        Every finding, passed or not; ``[f for f in audit(s) if not f.ok]`` are the problems.

    Raises:
        ValidationError: ``stats`` is not a :class:`~tayho_coord.model.PetitionStats`.

    Examples:
        >>> from tayho_coord.model._petitions import PetitionStats, PrintedFigure
        >>> from tayho_coord.model._time import PartialDate
        >>> from tayho_coord.model._units import AdminUnit, UnitKind
        >>> th = AdminUnit("ha-noi/tay-ho", UnitKind.URBAN_DISTRICT, "Tây Hồ")
        >>> s = PetitionStats(th, PartialDate(2019), received=44, resolved=25,
        ...                   printed_rate=PrintedFigure("56,8%"))
        >>> for finding in audit(s):
        ...     print(finding)
        resolved: 25 (đã giải quyết xong) = 25, within the total 44 received
        printed_rate: '56,8%' is 25/44 rounded half-up to 1 decimal
    """
    from tayho_coord.model._petitions import PetitionStats

    given: object = stats  # callers without type checks pass anything
    if not isinstance(given, PetitionStats):
        raise ValidationError("stats", given, "must be a PetitionStats")
    return findings(stats, recurse=True)
