"""References to documents: a plan, a regulation, a report, by its number and date."""

from __future__ import annotations

from typing import Any

from attrs import field, frozen

from tayho_coord.errors import ParseError, ValidationError
from tayho_coord.model._periods import day_text
from tayho_coord.model._time import PartialDate
from tayho_coord.model._validators import optional_non_empty

__all__ = ["DocumentRef"]


def _check_symbol(instance: object, attribute: object, value: Any) -> None:
    optional_non_empty(instance, attribute, value)


def _check_issued(instance: object, attribute: object, value: Any) -> None:
    if value is not None and not isinstance(value, PartialDate):
        raise ValidationError("issued_on", value, "must be a PartialDate or None")


@frozen
class DocumentRef:
    """A document named by its number and symbol and its date, as a source cites it.

    The symbol is kept as printed ("10/KH-HĐND", "01/QCPH/UBND-UBMTTQ"): local documents do
    not all follow Nghị định 30/2020/NĐ-CP, and a reference never corrects them. Where the
    symbol follows it (Phụ lục I, Phần I, mục II, khoản 3), the type of document is read
    from its type code (Phụ lục III) unless ``type_name`` is given.

    A source may name a document without its number ("nghị quyết về chương trình giám sát"
    adopted at a session): the symbol is then None, and the kind (``type_name``) is needed,
    with what it is about (``subject``) where the source says.

    Attributes:
        symbol: The number and symbol, verbatim, without ``Số:``; None where the source
            gives none.
        issued_on: The date of the document, as precisely as the source gives it.
        type_name: The kind of document (``Kế hoạch``, ``Quy chế``), where the source names
            it or the symbol's type code does not.
        subject: What the document is about (its trích yếu, ``về chương trình giám sát``),
            where the source names it.

    Examples:
        >>> ref = DocumentRef("10/KH-HĐND", PartialDate(2024, 10, 21))
        >>> ref.label
        'Kế hoạch số 10/KH-HĐND ngày 21/10/2024'
        >>> DocumentRef("01/QCPH/UBND-UBMTTQ", type_name="Quy chế phối hợp").label
        'Quy chế phối hợp số 01/QCPH/UBND-UBMTTQ'
        >>> DocumentRef(None, type_name="Nghị quyết", subject="về chương trình giám sát").label
        'Nghị quyết về chương trình giám sát'
    """

    symbol: str | None = field(validator=_check_symbol)
    issued_on: PartialDate | None = field(default=None, validator=_check_issued)
    type_name: str | None = field(default=None, validator=optional_non_empty)
    subject: str | None = field(default=None, validator=optional_non_empty)

    def __attrs_post_init__(self) -> None:
        if self.symbol is None and self.type_name is None:
            raise ValidationError(
                "type_name", None, "a document named without its number needs its kind"
            )

    @property
    def kind(self) -> str | None:
        """``type_name``, else the type the symbol's code names (None if neither)."""
        if self.type_name is not None:
            return self.type_name
        assert self.symbol is not None  # a reference without one names its kind
        from tayho_coord.vi import DocumentSymbol

        try:
            return DocumentSymbol.parse(self.symbol).type_name
        except (ParseError, ValidationError):
            return None

    @property
    def label(self) -> str:
        """The reference as reports write it: ``Kế hoạch số 10/KH-HĐND ngày 21/10/2024``.

        A date in running text is day/month/year as reports print it, without padding; the
        subject, where known, comes last (``… ngày 22/8/2025 về chương trình giám sát``).
        """
        parts = [self.kind, None if self.symbol is None else f"số {self.symbol}"]
        if self.issued_on is not None:
            parts.append(day_text(self.issued_on))
        parts.append(self.subject)
        return " ".join(part for part in parts if part is not None)

    def __str__(self) -> str:
        return self.label
