"""Document numbers and symbols ("Số, ký hiệu văn bản"), Nghị định 30/2020/NĐ-CP.

Phụ lục I, Phần I, mục II, khoản 3: "Sau từ 'Số' có dấu hai chấm (:). Với những số nhỏ hơn 10
phải ghi thêm số 0 phía trước." "Giữa số và ký hiệu văn bản có dấu gạch chéo (/), giữa các nhóm
chữ viết tắt trong ký hiệu văn bản có dấu gạch nối (-), không cách chữ." A document of a named
type carries its type code first (``05/BC-UBND``); an official letter (công văn) has none
(``45/UBND-VP``); a legal normative document carries its year (``30/2020/NĐ-CP``).
Type codes: Phụ lục III, and the codes of legal normative documents (NĐ, TT, TTLT, NQLT).

Beyond Nghị định 30's table, the symbols offices really print (issue 13) are read too, and
marked as such (:attr:`DocumentSymbol.nd30_type` is ``False``): codes in use that Phụ lục III
lacks (:data:`OTHER_DOCUMENT_TYPES`: ``15/KL-UBND``, ``CTrPH``, ``QCPH``); the joint form
``01/QCPH/UBND-UBMTTQ`` (number / type / issuers); and the Party's form of Hướng dẫn
36-HD/VPTW (2018), ``35-BC/QU``, number and type joined by ``-``, then ``/`` and the issuer,
printed after "Số" without a colon ("Số 36-HD/VPTW" heads that Hướng dẫn itself).
"""

from __future__ import annotations

import unicodedata
from types import MappingProxyType
from typing import TYPE_CHECKING, Literal

from attrs import field, frozen

from tayho_coord.errors import ParseError, ValidationError
from tayho_coord.vi._text import not_text

if TYPE_CHECKING:
    from collections.abc import Mapping

__all__ = ["DOCUMENT_TYPES", "OTHER_DOCUMENT_TYPES", "DocumentSymbol", "SymbolForm"]

DOCUMENT_TYPES: Mapping[str, str] = MappingProxyType(
    {
        # Phụ lục III, Nghị định 30/2020/NĐ-CP.
        "NQ": "Nghị quyết",
        "QĐ": "Quyết định",
        "CT": "Chỉ thị",
        "QC": "Quy chế",
        "QyĐ": "Quy định",
        "TC": "Thông cáo",
        "TB": "Thông báo",
        "HD": "Hướng dẫn",
        "CTr": "Chương trình",
        "KH": "Kế hoạch",
        "PA": "Phương án",
        "ĐA": "Đề án",
        "DA": "Dự án",
        "BC": "Báo cáo",
        "BB": "Biên bản",
        "TTr": "Tờ trình",
        "HĐ": "Hợp đồng",
        "CĐ": "Công điện",
        "BGN": "Bản ghi nhớ",
        "BTT": "Bản thỏa thuận",
        "GUQ": "Giấy ủy quyền",
        "GM": "Giấy mời",
        "GGT": "Giấy giới thiệu",
        "GNP": "Giấy nghỉ phép",
        "PG": "Phiếu gửi",
        "PC": "Phiếu chuyển",
        "PB": "Phiếu báo",
        "SY": "Bản sao y",
        "TrS": "Bản trích sao",
        "SL": "Bản sao lục",
        # Legal normative documents (30/2020/NĐ-CP, 01/2011/TT-BNV, 403/2017/NQLT-…).
        "NĐ": "Nghị định",
        "TT": "Thông tư",
        "TTLT": "Thông tư liên tịch",
        "NQLT": "Nghị quyết liên tịch",
    }
)
"""Document type codes and the names of the types."""

OTHER_DOCUMENT_TYPES: Mapping[str, str] = MappingProxyType(
    {
        # In use, not in Phụ lục III: Kết luận (of a chair or a meeting: "15/KL-UBND"), the
        # coordination programs and regulations signed by HĐND, UBND and UBMTTQ
        # ("01/CTrPH-HĐND-UBND-UBMTTQ", "01/QCPH/UBND-UBMTTQ"), and the Party's công văn
        # (Hướng dẫn 36-HD/VPTW: "CV").
        "KL": "Kết luận",
        "CTrPH": "Chương trình phối hợp",
        "QCPH": "Quy chế phối hợp",
        "CV": "Công văn",
    }
)
"""Type codes offices use that Nghị định 30, Phụ lục III does not list, and their names."""

SymbolForm = Literal["state", "joint", "party"]
"""``"state"``: ``05/BC-UBND`` (Nghị định 30); ``"joint"``: ``01/QCPH/UBND-UBMTTQ``;
``"party"``: ``35-BC/QU`` (Hướng dẫn 36-HD/VPTW)."""

_DASHES = "\u2010\u2011\u2012\u2013\u2014\u2212"


# The bodies whose abbreviation is the issuer after a type code ("05/BC-UBND"): a symbol with
# no type code whose second group is one of them ("05/XX-UBND") has an unknown type code in
# first place, not an official letter of an issuer "XX". Trailing digits (the term of a
# legislature, UBTVQH14, QH15) are ignored.
_ISSUING_BODIES = frozenset(
    {"HĐND", "UBND", "UBMTTQ", "UBMTTQVN", "MTTQ", "MTTQVN", "UBTVQH", "QH", "CP", "TTg"}
)


def _is_group(text: str) -> bool:
    """An abbreviation of Nghị định 30: capitals, with few small letters (CTr, QyĐ, GDTrH).

    Letters, digits and ``&``; the first character a capital letter, and more capitals than
    small letters — the small letters of Phụ lục III's codes are the second letter of a
    two-letter sound (``Tr``, ``Qy``). ``bc``, ``ubnd`` and ``Bc`` are not abbreviations.
    """
    if not text or not text[0].isupper() or not text.isprintable():
        return False
    upper = lower = 0
    for c in text:
        if c.isupper():
            upper += 1
        elif c.islower():
            lower += 1
        elif not (c.isalnum() or c == "&"):
            return False
    return upper > lower


def _body(group: str) -> bool:
    return group.rstrip("0123456789") in _ISSUING_BODIES


def _check_number(_: object, attribute: object, value: int) -> None:
    if not isinstance(value, int) or isinstance(value, bool) or value < 1:
        raise ValidationError("number", value, "must be an int of at least 1")


def _check_year(_: object, attribute: object, value: int | None) -> None:
    if value is not None and (
        not isinstance(value, int) or isinstance(value, bool) or not 1945 <= value <= 9999
    ):
        raise ValidationError("year", value, "must be None or a year from 1945")


# The names of the types, longest first, as they are written before a symbol ("Kế hoạch số
# 10/KH-HĐND", "Hướng dẫn 36-HD/VPTW", "Công văn số 2720/UBND-TKTH").
_TYPE_NAMES = sorted(
    {*DOCUMENT_TYPES.values(), *OTHER_DOCUMENT_TYPES.values(), "Công văn"}, key=len, reverse=True
)


def _known_type(value: object) -> bool:
    return isinstance(value, str) and (value in DOCUMENT_TYPES or value in OTHER_DOCUMENT_TYPES)


def _check_type(_: object, attribute: object, value: str | None) -> None:
    if value is not None and not _known_type(value):
        raise ValidationError(
            "type_code", value, "not a type code of Nghị định 30, Phụ lục III, nor one in use"
        )


def _check_groups(name: str, value: object, *, optional: bool = False) -> None:
    if optional and value is None:
        return
    if not isinstance(value, str) or not all(_is_group(g) for g in value.split("-")):
        raise ValidationError(
            name,
            value,
            "expected abbreviations in capitals joined by '-' (UBND-UBMTTQ; Nghị định 30)",
        )


def _check_issuer(_: object, attribute: object, value: str) -> None:
    _check_groups("issuer", value)


def _check_unit(_: object, attribute: object, value: str | None) -> None:
    _check_groups("unit", value, optional=True)


def _check_form(_: object, attribute: object, value: str) -> None:
    if value not in ("state", "joint", "party"):
        raise ValidationError("form", value, "expected 'state', 'joint' or 'party'")


def _nfc(value: str) -> str:
    try:
        return unicodedata.normalize("NFC", value)
    except TypeError:  # not a string: the validator reports it
        return value


def _nfc_optional(value: str | None) -> str | None:
    return None if value is None else _nfc(value)


@frozen
class DocumentSymbol:
    """The number and symbol of an administrative document.

    Attributes:
        number: The document's number in its register (printed on at least two digits).
        issuer: The abbreviation of the issuing body, or of the co-issuers joined by ``-``
            (``UBND``, ``UBTVQH14-CP-ĐCTUBTWMTTQVN``, ``UBND-UBMTTQ``).
        type_code: The document type code (``BC``), or ``None`` for an official letter.
        year: The year, for legal normative documents (``30/2020/NĐ-CP``), else ``None``.
        unit: For an official letter (công văn), the drafting unit or field after the issuer
            (``TKTH`` in ``2720/UBND-TKTH``; Nghị định 30, Phụ lục I: "chữ viết tắt tên đơn
            vị soạn thảo hoặc lĩnh vực"), else ``None``.
        form: ``"state"`` (Nghị định 30), ``"joint"`` (``01/QCPH/UBND-UBMTTQ``) or
            ``"party"`` (``35-BC/QU``, Hướng dẫn 36-HD/VPTW).

    Examples:
        >>> symbol = DocumentSymbol.parse("Số: 05/BC-UBND")
        >>> symbol.number, symbol.type_code, symbol.type_name, symbol.issuer
        (5, 'BC', 'Báo cáo', 'UBND')
        >>> str(symbol)
        '05/BC-UBND'
        >>> symbol.header()
        'Số: 05/BC-UBND'
    """

    number: int = field(validator=_check_number)
    issuer: str = field(converter=_nfc, validator=_check_issuer)
    type_code: str | None = field(default=None, validator=_check_type)
    year: int | None = field(default=None, validator=_check_year)
    unit: str | None = field(default=None, converter=_nfc_optional, validator=_check_unit)
    form: SymbolForm = field(default="state", validator=_check_form)

    @property
    def type_name(self) -> str | None:
        """The name of the document type (``Báo cáo``), or ``None`` for an official letter."""
        if self.type_code is None:
            return None
        return DOCUMENT_TYPES.get(self.type_code) or OTHER_DOCUMENT_TYPES[self.type_code]

    @property
    def nd30_type(self) -> bool | None:
        """Whether the type code is one of Nghị định 30, Phụ lục III (``None``: no code).

        ``False`` for a code in use that the table lacks (``KL``, ``CTrPH``, ``QCPH``) and for
        every Party document, whose codes Hướng dẫn 36-HD/VPTW sets, not Nghị định 30.
        """
        if self.type_code is None:
            return None
        return self.form != "party" and self.type_code in DOCUMENT_TYPES

    @property
    def issuers(self) -> tuple[str, ...]:
        """The groups of :attr:`issuer`, in order."""
        return tuple(self.issuer.split("-"))

    def __str__(self) -> str:
        if self.form == "party":
            return f"{self.number:02d}-{self.type_code}/{self.issuer}"
        if self.form == "joint":
            return f"{self.number:02d}/{self.type_code}/{self.issuer}"
        parts = [f"{self.number:02d}"]
        if self.year is not None:
            parts.append(str(self.year))
        symbol = self.issuer if self.type_code is None else f"{self.type_code}-{self.issuer}"
        if self.unit is not None:
            symbol += f"-{self.unit}"
        parts.append(symbol)
        return "/".join(parts)

    def __attrs_post_init__(self) -> None:
        if self.form != "state" and self.type_code is None:
            raise ValidationError("type_code", None, f"a {self.form} symbol has a type code")
        if self.form != "state" and (self.year is not None or self.unit is not None):
            raise ValidationError("form", self.form, "has neither a year nor a drafting unit")
        if self.unit is not None and self.type_code is not None:
            reason = "only an official letter (no type code) names its drafting unit"
            raise ValidationError("unit", self.unit, reason)
        groups = self.issuer.split("-")
        if self.type_code is None and _known_type(groups[0]):
            raise ValidationError(
                "issuer", self.issuer, "starts with a type code: give it as type_code"
            )
        if self.type_code is None and len(groups) > 1:
            raise ValidationError(
                "issuer",
                self.issuer,
                f"an official letter has one issuer; give {'-'.join(groups[1:])!r} as unit "
                "(the drafting unit or field, Nghị định 30, Phụ lục I)",
            )
        if self.type_code is None and self.unit is not None:
            groups = [self.issuer, *self.unit.split("-")]
        if self.type_code is None and len(groups) > 1 and _body(groups[1]) and not _body(groups[0]):
            raise ValidationError(
                "issuer",
                self.issuer,
                f"{groups[0]!r} stands where the type code goes before the issuer "
                f"{groups[1]!r}, and is not a type code of Nghị định 30, Phụ lục III",
            )

    def header(self) -> str:
        """The line as printed under the issuer's name: ``Số: 05/BC-UBND``.

        A Party document prints "Số" without a colon (``Số 35-BC/QU``), as Hướng dẫn
        36-HD/VPTW heads itself.
        """
        return f"Số {self}" if self.form == "party" else f"Số: {self}"

    @classmethod
    def parse(cls, text: str) -> DocumentSymbol:
        """Read a document number and symbol.

        Accepts an optional ``Số:`` (any case, spaces around the colon), spaces around ``/``
        and ``-`` (the spaced form some normalizers produce, ``Số : 12 / BC-UBND``), any dash
        for ``-``.

        The rule: every group of the symbol is an abbreviation in capitals (Nghị định 30,
        Phụ lục III), a small letter allowed only as the second letter of a two-letter sound
        as in ``CTr``, ``TTr``, ``QyĐ``, ``TrS``, ``GDTrH`` (more capitals than small
        letters, a capital first): ``05/bc-ubnd`` is refused, not guessed. The first group
        is the type code when it is one of :data:`DOCUMENT_TYPES`. Otherwise the symbol is
        an official letter's (công văn), whose groups are the issuer then the drafting unit
        or field (``45/UBND-VP``, ``123/BTC-CST``) — unless its second group is the
        abbreviation of an issuing body (UBND, HĐND, UBMTTQ, MTTQ, UBTVQH, QH, CP, TTg) and
        the first is not: ``05/XX-UBND`` has an unknown type code where ``BC`` would be, and
        is refused.

        Args:
            text: The text, e.g. ``"Số: 05/BC-UBND"`` or ``"30/2020/NĐ-CP"``.

        Returns:
            The symbol.

        Raises:
            ParseError: Anything else, naming the text.

        Examples:
            >>> joint = DocumentSymbol.parse("403/2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN")
            >>> joint.year, joint.type_name, joint.issuers
            (2017, 'Nghị quyết liên tịch', ('UBTVQH14', 'CP', 'ĐCTUBTWMTTQVN'))
            >>> str(DocumentSymbol.parse("Số : 12 / BC-UBND"))
            '12/BC-UBND'
            >>> DocumentSymbol.parse("Số: 45/UBND-VP").type_code is None
            True
            >>> DocumentSymbol.parse("05/bc-ubnd")
            Traceback (most recent call last):
            ...
            tayho_coord.errors.ParseError: cannot parse '05/bc-ubnd': 'bc' is not an ...
        """
        if not isinstance(text, str):
            raise not_text(text)
        body = unicodedata.normalize("NFC", text).strip()
        named = None
        folded = body[:40].casefold()
        for name in _TYPE_NAMES:
            if folded.startswith(name.casefold()) and body[len(name) : len(name) + 1].isspace():
                named, body = name, body[len(name) :].lstrip()
                break
        if body[:2].casefold() == "số":
            body = body[2:].lstrip()
            if body.startswith(":"):
                body = body[1:]
        for dash in _DASHES:
            body = body.replace(dash, "-")
        compact = "".join(body.split())
        if compact.endswith("."):  # the end of a sentence: "… số 05/BC-UBND."
            compact = compact[:-1]
        parts = compact.split("/")
        if len(parts) not in (2, 3):
            raise ParseError(text, "expected number/symbol or number/year/symbol")
        number_text, *middle, symbol = parts
        form: SymbolForm = "state"
        type_code: str | None = None
        if not middle and "-" in number_text:  # the Party's form: 35-BC/QU
            number_text, type_code = number_text.split("-", 1)
            form = "party"
        if not number_text.isascii() or not number_text.isdigit() or len(number_text) > 9:
            raise ParseError(text, "the document number must be digits")
        year = None
        if middle and not middle[0].isdigit() and _known_type(middle[0]):
            type_code, form = middle[0], "joint"  # 01/QCPH/UBND-UBMTTQ
        elif middle:
            year_text = middle[0]
            if not year_text.isascii() or not year_text.isdigit() or len(year_text) != 4:
                raise ParseError(text, "the year must have four digits (or a type code)")
            year = int(year_text)
        groups = symbol.split("-")
        for group in [*groups, *([type_code] if type_code is not None else [])]:
            if not _is_group(group):
                raise ParseError(
                    text,
                    f"{group[:20]!r} is not an abbreviation: the symbol is groups of capitals "
                    "joined by '-' (BC-UBND; CTr, TTr, QyĐ, TrS as Phụ lục III writes them)",
                )
        unit = None
        if form == "state":
            if _known_type(groups[0]) and len(groups) > 1:
                type_code, groups = groups[0], groups[1:]
            elif len(groups) > 1:
                unit = "-".join(groups[1:])  # an official letter: issuer, drafting unit
                groups = groups[:1]
        issuer = "-".join(groups)
        if named is not None:
            allowed = (
                ("Công văn",)
                if type_code in (None, "CV")
                else (DOCUMENT_TYPES.get(type_code), OTHER_DOCUMENT_TYPES.get(type_code))
            )
            if named not in allowed:
                shown = "an official letter's" if type_code is None else repr(type_code)
                raise ParseError(text, f"{named!r} written before {shown} symbol")
        try:
            return cls(
                number=int(number_text),
                issuer=issuer,
                type_code=type_code,
                year=year,
                unit=unit,
                form=form,
            )
        except ValidationError as error:
            raise ParseError(text, error.reason) from None
