"""The parts every document of the library shares: issuer, number, date line, signatures.

Each rule cites Nghị định 30/2020/NĐ-CP (ND30), Phụ lục I, Phần I, mục II ("Các thành phần
thể thức chính"), the khoản of the part; Phụ lục II for capitals; Phụ lục III for the type
codes. The Party's own documents follow Hướng dẫn 36-HD/VPTW (Văn phòng Trung ương Đảng,
2018): the symbol without a colon after "Số" (``Số 35-BC/QU``), "ĐẢNG CỘNG SẢN VIỆT NAM"
in place of the national name, a star under the issuer.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING, Literal

from attrs import field, frozen

from tayho_coord import vi
from tayho_coord.errors import ValidationError
from tayho_coord.report._document import Issuer, Signature

if TYPE_CHECKING:
    from collections.abc import Iterable, Sequence

    from tayho_coord.model import Agency, Roster

__all__ = [
    "NATION",
    "PARTY_NATION",
    "Signer",
    "abbreviate_after_first_use",
    "body_name",
    "capitalize",
    "date_line",
    "documents_dashes",
    "issuer_block",
    "issuing_body",
    "joint_name",
    "number_line",
    "own_number_line",
    "punctuate",
    "recipients",
    "signatures",
    "symbol_of",
]

# ND30, Phụ lục I, Phần I, mục II, khoản 1: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" over
# "Độc lập - Tự do - Hạnh phúc", the words of the motto joined by hyphens.
NATION = ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc")
PARTY_NATION = ("ĐẢNG CỘNG SẢN VIỆT NAM",)

BLANK = "…"
"""What stands for a part left to fill by hand: the number, the day and the month."""

Capacity = Literal["head", "deputy", "acting"]


def _check_name(_: object, attribute: object, value: str | None) -> None:
    if value is not None and (not isinstance(value, str) or not value.strip()):
        raise ValidationError("signer", value, "a signer's name must be non-empty text or None")


def _check_capacity(_: object, attribute: object, value: str) -> None:
    if value not in ("head", "deputy", "acting"):
        raise ValidationError("capacity", value, "must be one of head, deputy, acting")


@frozen
class Signer:
    """Who signs for one issuing body, and in what capacity (ND30, Phụ lục I, mục II, khoản 7).

    Attributes:
        name: The signer's name; None leaves the line to fill by hand.
        capacity: ``"head"`` (the head signs: ``CHỦ TỊCH``), ``"deputy"`` (a deputy signs
            for the head: ``KT. CHỦ TỊCH`` over ``PHÓ CHỦ TỊCH``, điểm c) or ``"acting"``
            (an acting head: ``Q. CHỦ TỊCH``, điểm b). A collective body is signed for with
            ``TM.`` before its name (điểm a) in every case.

    Examples:
        >>> Signer("Nguyễn Văn Thắng").capacity
        'head'
        >>> Signer.parse("KT:Lê Văn A")
        Signer(name='Lê Văn A', capacity='deputy')
        >>> Signer.parse("")
        Traceback (most recent call last):
        ...
        tayho_coord.errors.ValidationError: signer='': give a name, KT:NAME or Q:NAME
    """

    name: str | None = field(validator=_check_name)
    capacity: Capacity = field(default="head", validator=_check_capacity)

    @classmethod
    def parse(cls, text: str) -> Signer:
        """``NAME`` (the head), ``KT:NAME`` (a deputy for the head) or ``Q:NAME`` (acting)."""
        prefix, sep, rest = text.partition(":")
        capacity: Capacity = "head"
        name = text
        if sep and prefix.strip().upper() in ("KT", "Q"):
            capacity = "deputy" if prefix.strip().upper() == "KT" else "acting"
            name = rest
        if not name.strip():
            raise ValidationError("signer", text, "give a name, KT:NAME or Q:NAME")
        return cls(name.strip(), capacity)


def capitalize(text: str) -> str:
    """The first letter in capitals (ND30, Phụ lục II: a sentence and a line start with one)."""
    return text[:1].upper() + text[1:]


def chairs_by_role(chairs: Iterable[tuple[str, str]]) -> dict[str, list[str]]:
    """Who chairs, grouped by the role's word (``chủ trì``, ``đồng chủ trì``), in order.

    ``Đồng chủ trì`` says two or more chair together: with one, the word is ``chủ trì``
    (a document never says ``Đồng chủ trì: A`` of one person; review 5, D11).

    Examples:
        >>> chairs_by_role([("đồng chủ trì", "A")])
        {'chủ trì': ['A']}
        >>> chairs_by_role([("đồng chủ trì", "A"), ("đồng chủ trì", "B")])
        {'đồng chủ trì': ['A', 'B']}
    """
    grouped: dict[str, list[str]] = {}
    for role, who in chairs:
        grouped.setdefault(role, []).append(who)
    alone = grouped.get("đồng chủ trì")
    if alone is not None and len(alone) < 2:
        del grouped["đồng chủ trì"]
        grouped.setdefault("chủ trì", []).extend(alone)
    return grouped


def punctuate(items: Iterable[str]) -> tuple[str, ...]:
    """Entries of a list: a capital first (ND30, Phụ lục II), ``;`` after each, ``.`` last.

    Examples:
        >>> punctuate(["tiếp công dân", "giải quyết đơn thư."])
        ('Tiếp công dân;', 'Giải quyết đơn thư.')
    """
    entries = [item.strip().rstrip(";,").rstrip() for item in items]
    out = []
    for index, entry in enumerate(entries):
        entry = capitalize(entry)
        if entry.endswith((".", "!", "?", "…")):
            out.append(entry)
        else:
            out.append(entry + ("." if index == len(entries) - 1 else ";"))
    return tuple(out)


_EN_DASH = re.compile("\u2013|\u2014")


def documents_dashes(text: str) -> str:
    """Dashes as the documents write them: a hyphen-minus (``kinh tế - xã hội``, ``2020-2025``).

    The legal texts and the sources write the hyphen-minus between the parts of a compound
    name and between the years of a term (ND30's own motto, "Độc lập - Tự do - Hạnh phúc";
    "nhiệm kỳ 2020-2025"); the report follows them.

    Examples:
        >>> documents_dashes("kinh tế – xã hội, nhiệm kỳ 2020–2025")
        'kinh tế - xã hội, nhiệm kỳ 2020-2025'
    """
    return _EN_DASH.sub("-", text)


# The abbreviations the body uses, each with its full form (ND30, Phụ lục I, Phần I, mục II,
# khoản 6, "Nội dung văn bản"): a phrase that is abbreviated is written in full at its first
# use with the abbreviation in brackets right after it, and abbreviated after.
_ABBREVIATIONS = (
    ("Hội đồng nhân dân", "HĐND"),
    ("Ủy ban nhân dân", "UBND"),
    ("Mặt trận Tổ quốc", "MTTQ"),
)


class _FirstUse:
    def __init__(self) -> None:
        self.introduced: set[str] = set()
        alternatives = []
        for full, short in _ABBREVIATIONS:
            alternatives.append(re.escape(full))
            # not inside a document's symbol ("Kế hoạch số 10/KH-HĐND"): ND30, Phụ lục I,
            # mục II, khoản 3 joins a symbol's groups with "-" and "/"
            alternatives.append(rf"(?<![\w/-]){re.escape(short)}(?![\w/-])")
        self.pattern = re.compile("|".join(alternatives))
        self.short_of = {}
        for full, short in _ABBREVIATIONS:
            self.short_of[full] = short
            self.short_of[short] = short
        self.full_of = {short: full for full, short in _ABBREVIATIONS}

    def __call__(self, text: str) -> str:
        out: list[str] = []
        at = 0
        for match in self.pattern.finditer(text):
            found = match.group(0)
            short = self.short_of[found]
            out.append(text[at : match.start()])
            at = match.end()
            if short in self.introduced:
                out.append(short)
                continue
            self.introduced.add(short)
            out.append(f"{self.full_of[short]} ({short})")
            if text.startswith(f" ({short})", at):
                at += len(f" ({short})")
        out.append(text[at:])
        return "".join(out)


def abbreviate_after_first_use() -> _FirstUse:
    """A function to apply to the body's texts in reading order, one call per text.

    Examples:
        >>> first_use = abbreviate_after_first_use()
        >>> first_use("Ủy ban nhân dân quận và Ủy ban Mặt trận Tổ quốc Việt Nam quận")
        'Ủy ban nhân dân (UBND) quận và Ủy ban Mặt trận Tổ quốc (MTTQ) Việt Nam quận'
        >>> first_use("HĐND quận, Ủy ban nhân dân quận")
        'Hội đồng nhân dân (HĐND) quận, UBND quận'
        >>> abbreviate_after_first_use()("Kế hoạch số 10/KH-HĐND, Thường trực HĐND")
        'Kế hoạch số 10/KH-HĐND, Thường trực Hội đồng nhân dân (HĐND)'
    """
    return _FirstUse()


# --- the issuer -----------------------------------------------------------------------

_LINE = 24  # capitals that fit on a line of the issuer's cell (75 mm) at 12-13 pt bold


def _own_name(agency: Agency) -> str:
    """The agency's name without its unit, and without its parent's name for a sub-body."""
    name = agency.full_name
    if agency.kind.is_national:
        return name  # named alone: Ủy ban Thường vụ Quốc hội keeps "Quốc hội"
    suffix = f" {agency.unit}"
    if name.endswith(suffix):
        name = name[: -len(suffix)]
    if agency.parent is not None:
        parent = _own_name(agency.parent)
        if name.endswith(f" {parent}"):
            name = name[: -len(parent) - 1]
    return name


def body_name(agency: Agency) -> str:
    """The body's own name in full, without the unit; a sub-body with its body's name.

    What a joint document's issuer block writes for each issuer and what ``TM.`` stands
    before in its signature (ND30, Phụ lục I, Phần I, mục II, khoản 2: "Tên của cơ quan, tổ
    chức ban hành văn bản phải được ghi đầy đủ"; khoản 7, điểm a): ``Thường trực Hội đồng
    nhân dân``, never a bare ``Thường trực`` whose body a reader must guess.

    Examples:
        >>> from tayho_coord.model import AdminUnit, Agency, AgencyKind, UnitKind
        >>> vq = AdminUnit("van-quan", UnitKind.RURAL_DISTRICT, "Văn Quan")
        >>> front = Agency("vq/mttq", AgencyKind.FATHERLAND_FRONT, vq)
        >>> body_name(Agency("vq/mttq/btt", AgencyKind.FRONT_STANDING_BOARD, vq, front))
        'Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam'
    """
    name = agency.full_name
    suffix = f" {agency.unit}"
    return name[: -len(suffix)] if name.endswith(suffix) else name


def joint_name(agencies: Sequence[Agency]) -> str:
    """Bodies of one unit named together: ``Hội đồng nhân dân, … và Ủy ban … quận Tây Hồ``."""
    units = {a.unit for a in agencies}
    if len(units) == 1 and all(a.full_name.endswith(f" {a.unit}") for a in agencies):
        return f"{vi.format_list([body_name(a) for a in agencies])} {agencies[0].unit}"
    return vi.format_list([a.full_name for a in agencies])


def _name_parts(agency: Agency) -> list[str]:
    """The body's name in full, capitals, cut where its body's name starts.

    A line break there, never inside a name: ``THƯỜNG TRỰC`` / ``HỘI ĐỒNG NHÂN DÂN``.
    """
    full = body_name(agency).upper()
    if agency.parent is not None:
        own, body = _own_name(agency).upper(), body_name(agency.parent).upper()
        if full == f"{own} {body}":
            return [own, body]
    return [full]


def _pack(parts: Sequence[str]) -> list[str]:
    """Each part on lines of its own, a long one cut between words into lines of even length.

    Examples:
        >>> _pack(["ỦY BAN NHÂN DÂN", "ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM"])
        ['ỦY BAN NHÂN DÂN', 'ỦY BAN MẶT TRẬN', 'TỔ QUỐC VIỆT NAM']
    """
    lines: list[str] = []
    for part in parts:
        words = part.split()
        pieces = 1
        while max(len(line) for line in _even(words, pieces)) > _LINE and pieces < len(words):
            pieces += 1
        lines.extend(_even(words, pieces))
    return lines


def _even(words: list[str], pieces: int) -> list[str]:
    """``words`` cut into ``pieces`` lines, the longest line as short as it can be."""
    if pieces <= 1:
        return [" ".join(words)]
    best: list[str] | None = None
    for cut in range(1, len(words) - pieces + 2):
        head = " ".join(words[:cut])
        rest = _even(words[cut:], pieces - 1)
        lines = [head, *rest]
        if best is None or max(map(len, lines)) < max(map(len, best)):
            best = lines
    assert best is not None
    return best


def issuer_block(agencies: Sequence[Agency]) -> Issuer:
    """The issuer block of ``agencies`` (ND30, Phụ lục I, Phần I, mục II, khoản 2).

    "Tên cơ quan, tổ chức ban hành văn bản" is written in full, in capitals; only the name of
    the superior body (cơ quan chủ quản) may be abbreviated. The issuer is the body that
    signs (:func:`issuing_body`: the council's and the Front's documents are their standing
    bodies'), so the header and the signature name one body. A sub-body (Thường trực HĐND,
    Ban Thường trực Ủy ban MTTQ) goes under its body's name; the bodies of a joint document
    are each named in full (:func:`body_name`: a sub-body with its body's name, "THƯỜNG TRỰC
    HỘI ĐỒNG NHÂN DÂN"), one under another, the unit's name once under them. So do real
    joint documents: Quy chế 01/QCPH/UBND-UBMTTQ of Đắk Lắk, 27/10/2017 ("ỦY BAN NHÂN DÂN /
    ỦY BAN MTTQ VIỆT NAM / TỈNH ĐẮK LẮK"), Quy chế 06/QC-TT.HĐND-UBND of Hòa Bình,
    20/3/2019 ("THƯỜNG TRỰC / HĐND - UBND TỈNH HÒA BÌNH": the Thường trực said with its
    council), both on thuvienphapluat.vn.

    Examples:
        >>> from tayho_coord.datasets import tay_ho_2019
        >>> for line in issuer_block(tay_ho_2019().reviewed.parties).names:
        ...     print(line)
        THƯỜNG TRỰC
        HỘI ĐỒNG NHÂN DÂN
        ỦY BAN NHÂN DÂN
        BAN THƯỜNG TRỰC
        ỦY BAN MẶT TRẬN
        TỔ QUỐC VIỆT NAM
        QUẬN TÂY HỒ
    """
    agencies = [issuing_body(a) for a in agencies]
    units = {a.unit for a in agencies}
    unit_line = agencies[0].unit.display(start=True).upper()
    if len(agencies) == 1 and agencies[0].parent is not None:
        agency = agencies[0]
        parent = agency.parent
        assert parent is not None
        superior = tuple(_pack([parent.short_name.upper()]))
        return Issuer(superior, (_own_name(agency).upper(),))
    if len(units) == 1 and all(a.full_name.endswith(f" {a.unit}") for a in agencies):
        names = _pack([part for a in agencies for part in _name_parts(a)])
        return Issuer((), (*names, unit_line))
    lines: list[str] = []
    for agency in agencies:
        lines.extend(_pack(_name_parts(agency)))
        lines.append(agency.unit.display(start=True).upper())
    return Issuer((), tuple(lines))


def symbol_of(agencies: Sequence[Agency]) -> str:
    """The issuers' part of the symbol: ``HĐND-UBND-MTTQ`` (ND30, Phụ lục I, mục II, khoản 3).

    "Giữa các nhóm chữ viết tắt trong ký hiệu văn bản có dấu gạch nối (-), không cách chữ";
    a joint document names each issuer, in the order of the parties. A sub-body signs with
    its body's abbreviation (Thường trực HĐND: ``HĐND``).
    """
    from tayho_coord.model import AgencyKind

    parts = []
    for agency in agencies:
        # a national body signs with its own initials (Ban Dân nguyện: BDN, Ủy ban Thường vụ
        # Quốc hội: UBTVQH), not its parent's
        body = agency if agency.kind.is_national else agency.body
        short = body.kind.abbreviation or _initials(body.common_name)
        if body.kind is AgencyKind.FATHERLAND_FRONT:
            short = "MTTQ"  # the Front's own symbols: "…/BC-MTTQ-BTT"
        elif body.kind is AgencyKind.NATIONAL_ASSEMBLY_DELEGATION:
            short = "ĐĐBQH"  # the delegation's own symbols: "…/BC-ĐĐBQH"
        if short not in parts:
            parts.append(short)
    return "-".join(parts)


def _initials(name: str) -> str:
    """``QU`` for ``Quận ủy``: the first letter of each word, capital, without its marks."""
    return vi.strip_diacritics("".join(word[0] for word in name.split())).upper()


def number_line(type_code: str, issuers: str, number: int | None, *, party: bool = False) -> str:
    """``Số: 05/BC-UBND``, or ``Số: …/BC-UBND`` for the office to fill in.

    ND30, Phụ lục I, Phần I, mục II, khoản 3: "Sau từ 'Số' có dấu hai chấm (:). Với những số
    nhỏ hơn 10 phải ghi thêm số 0 phía trước"; a slash between the number and the symbol.
    The Party writes ``Số 35-BC/QU``: no colon, a hyphen after the number, the issuer after
    the slash (Hướng dẫn 36-HD/VPTW).

    Examples:
        >>> number_line("BC", "HĐND-UBND-MTTQ", None)
        'Số: …/BC-HĐND-UBND-MTTQ'
        >>> number_line("BC", "UBND", 5)
        'Số: 05/BC-UBND'
        >>> number_line("BC", "QU", 35, party=True)
        'Số 35-BC/QU'
    """
    shown = BLANK if number is None else f"{number:02d}"
    if party:
        return f"Số {shown}-{type_code}/{issuers}"
    return f"Số: {shown}/{type_code}-{issuers}"


def own_number_line(symbol: str, number: int | None) -> str:
    """``Số: 06/QC-TT.HĐND-UBND``: the number and symbol a record holds, as printed.

    ND30, Phụ lục I, Phần I, mục II, khoản 3: "Số" with a colon, then the number, a slash
    and the symbol. A number given replaces the record's own (the part before the first
    slash), padded as there; the symbol after it is the record's, whatever its issuers'
    abbreviations (Hòa Bình's ``QC-TT.HĐND-UBND``, Bình Chánh's ``QCPH-HĐND-UBND-MTTQ``).

    Examples:
        >>> own_number_line("06/QC-TT.HĐND-UBND", None)
        'Số: 06/QC-TT.HĐND-UBND'
        >>> own_number_line("69/QCPH-HĐND-UBND-MTTQ", 7)
        'Số: 07/QCPH-HĐND-UBND-MTTQ'
    """
    if number is None:
        return f"Số: {symbol}"
    _, slash, rest = symbol.partition("/")
    return f"Số: {number:02d}/{rest}" if slash else f"Số: {number:02d}/{symbol}"


def check_number(number: object) -> int | None:
    """``number`` as given, refused unless None or a positive int."""
    if number is None:
        return None
    if not isinstance(number, int) or isinstance(number, bool) or number < 1:
        raise ValidationError("number", number, "must be a positive int or None")
    return number


def check_issued(issued: object) -> dt.date | None:
    """``issued`` as given, refused unless None or a date (not a datetime)."""
    if issued is None:
        return None
    if not isinstance(issued, dt.date) or isinstance(issued, dt.datetime):
        raise ValidationError("issued", issued, "must be a datetime.date or None")
    return issued


def date_line(place: str, issued: dt.date | None, year: int | None) -> str:
    """``Tây Hồ, ngày 11 tháng 02 năm 2020``; without an issue date, left to fill by hand.

    ND30, Phụ lục I, Phần I, mục II, khoản 4: "Địa danh, ngày … tháng … năm …", days below
    10 and months 1 and 2 with a leading zero. The issue date is an input: without it the
    day and the month are dots to fill in by hand, and the year is the one given (the year of
    the events reported) or dots too; nothing is guessed.

    Examples:
        >>> date_line("Tây Hồ", None, 2020)
        'Tây Hồ, ngày … tháng … năm 2020'
        >>> date_line("Tây Hồ", dt.date(2020, 2, 14), None)
        'Tây Hồ, ngày 14 tháng 02 năm 2020'
    """
    if issued is not None:
        return vi.format_date_line(issued, place)
    shown_year = BLANK if year is None else str(year)
    return f"{place}, ngày {BLANK} tháng {BLANK} năm {shown_year}"


# --- signatures and recipients ----------------------------------------------------------


def issuing_body(agency: Agency) -> Agency:
    """The body that issues and signs a document of ``agency``.

    For the two bodies that work in sessions, their standing body.

    The council (HĐND) meets in sessions, where it adopts its resolutions ("TM. HỘI ĐỒNG
    NHÂN DÂN"); between them its documents — plans, reports, programs, invitations — are
    those of its standing committee, the Thường trực HĐND (Luật Tổ chức chính quyền địa
    phương 2015, Điều 104), signed "TM. THƯỜNG TRỰC HĐND". The Front's committee works the
    same way through its standing board, the Ban Thường trực (Điều lệ Mặt trận Tổ quốc Việt
    Nam), signed "TM. BAN THƯỜNG TRỰC". The library writes no resolution, so a document of
    either body is issued, headed and signed by its standing body; every other agency
    issues its own. Real joint documents say so: Quy chế 69/QCPH-HĐND-UBND-MTTQ of Bình
    Chánh ("THƯỜNG TRỰC HĐND - UBND - BAN THƯỜNG TRỰC UBMTTQ VIỆT NAM HUYỆN …"), Quy chế
    06/QC-TT.HĐND-UBND of Hòa Bình, 2019 ("THƯỜNG TRỰC / HĐND - UBND TỈNH HÒA BÌNH").
    """
    from tayho_coord.model import Agency, AgencyKind

    standing = {
        AgencyKind.PEOPLES_COUNCIL: (AgencyKind.COUNCIL_STANDING_COMMITTEE, "thuong-truc"),
        AgencyKind.FATHERLAND_FRONT: (AgencyKind.FRONT_STANDING_BOARD, "ban-thuong-truc"),
    }.get(agency.kind)
    if standing is None:
        return agency
    kind, slug = standing
    return Agency(f"{agency.id}/{slug}", kind, agency.unit, agency)


def _collective(agency: Agency) -> str:
    """The collective ``TM.`` stands before.

    ND30, Phụ lục I, Phần I, mục II, khoản 7, điểm a: "TM." before "tên tập thể lãnh đạo
    hoặc tên cơ quan, tổ chức".

    One rule for every issuer: the body the header names as issuer (:func:`issuing_body`),
    never another. ``TM. THƯỜNG TRỰC HỘI ĐỒNG NHÂN DÂN`` under a header naming the
    Thường trực HĐND, ``TM. BAN THƯỜNG TRỰC`` under one naming the Front's Ban Thường trực,
    ``TM. BAN PHÁP CHẾ`` under a council's committee, ``TM. ỦY BAN NHÂN DÂN`` under the
    People's Committee. A Party committee signs by its standing board, ``T/M BAN THƯỜNG
    VỤ`` (Hướng dẫn 36-HD/VPTW, outside ND30).
    """
    from tayho_coord.model import AgencyKind

    kind = issuing_body(agency).kind
    if kind is AgencyKind.COUNCIL_STANDING_COMMITTEE:
        return "THƯỜNG TRỰC HỘI ĐỒNG NHÂN DÂN"
    if kind is AgencyKind.FRONT_STANDING_BOARD:
        return "BAN THƯỜNG TRỰC"
    if kind is AgencyKind.PARTY_COMMITTEE:
        return "BAN THƯỜNG VỤ"
    return _own_name(agency).upper()


def _titles(agency: Agency) -> tuple[str, str, str, str, str]:
    """(for the collective, for a deputy, acting, the head's title, the deputy's title).

    ND30: ``TM.``, ``KT.``, ``Q.``; the Party writes ``T/M``, ``K/T`` (Hướng dẫn 36-HD/VPTW).
    A council's committee (Ban) and Ban Dân nguyện are headed by a Trưởng ban; the others by
    a Chủ tịch, the Party committee by its Bí thư.
    """
    from tayho_coord.model import AgencyKind

    if agency.kind is AgencyKind.PARTY_COMMITTEE:
        return "T/M", "K/T", "Q.", "BÍ THƯ", "PHÓ BÍ THƯ"
    if agency.kind is AgencyKind.NATIONAL_ASSEMBLY_DELEGATION:
        # headed by its Trưởng đoàn (Luật Tổ chức Quốc hội 2014, Điều 43)
        return "TM.", "KT.", "Q.", "TRƯỞNG ĐOÀN", "PHÓ TRƯỞNG ĐOÀN"
    if (
        agency.kind.parent_kind is AgencyKind.PEOPLES_COUNCIL
        and agency.kind is not AgencyKind.COUNCIL_STANDING_COMMITTEE
    ) or agency.kind is AgencyKind.PETITIONS_COMMITTEE:
        return "TM.", "KT.", "Q.", "TRƯỞNG BAN", "PHÓ TRƯỞNG BAN"
    return "TM.", "KT.", "Q.", "CHỦ TỊCH", "PHÓ CHỦ TỊCH"


def signatures(
    agencies: Sequence[Agency],
    signers: Sequence[Signer | str | None] | None,
    roster: Roster | None,
    issued: dt.date | None,
) -> tuple[Signature, ...]:
    """One signature block per issuer, left to right in the parties' order.

    ND30, Phụ lục I, Phần I, mục II, khoản 7: "TM." before the collective a head signs for
    (điểm a), "Q." before the title of an acting head (điểm b), "KT." before the head's
    title when a deputy signs, the deputy's own title under it (điểm c); the title in
    capitals, bold; the name under the room left for the signature and the seal.

    A signer not given is the head of the body on the issue date, from the roster, where
    the roster names one for that day; otherwise (no issue date, no roster entry) the name
    is left to fill by hand.
    """
    from tayho_coord.model import Post, Title

    if signers is not None and len(signers) != len(agencies):
        raise ValidationError(
            "signers",
            tuple(signers),
            f"give one signer for each of the {len(agencies)} issuers, in their order",
        )
    blocks = []
    for index, agency in enumerate(agencies):
        given = None if signers is None else signers[index]
        signer = Signer.parse(given) if isinstance(given, str) else given
        if signer is None and issued is not None and roster is not None:
            head_title = _titles(agency)[3]
            if head_title == "BÍ THƯ":
                post = Post(agency, Title.SECRETARY)
            elif head_title == "TRƯỞNG BAN":
                post = Post(agency, Title.HEAD)
            else:
                post = Post(agency.body, Title.CHAIR)
            if post in roster.posts:
                holding = roster.holder(post, issued)
                if holding is not None:
                    signer = Signer(str(holding.person))
        on_behalf, for_head, acting, head, deputy = _titles(agency)
        capacity = [f"{on_behalf} {_collective(agency)}"]
        kind = signer.capacity if signer is not None else "head"
        if kind == "deputy":
            capacity.extend([f"{for_head} {head}", deputy])
        elif kind == "acting":
            capacity.append(f"{acting} {head}")
        else:
            capacity.append(head)
        blocks.append(Signature(tuple(capacity), None if signer is None else signer.name))
    return tuple(blocks)


def recipients(given: Sequence[str] | None) -> tuple[str, ...]:
    """The entries of "Nơi nhận" (ND30, Phụ lục I, Phần I, mục II, khoản 9).

    Each entry on its own line after a dash, a semicolon after it; the last is the office's
    own copy, ``Lưu: VT.`` (the clerical office keeps it). Without recipients given, one
    line is left to fill by hand.

    Examples:
        >>> recipients(["Thường trực Quận ủy", "Các phường"])
        ('Thường trực Quận ủy;', 'Các phường;', 'Lưu: VT.')
        >>> recipients(None)
        ('…;', 'Lưu: VT.')
    """
    if given is None:
        entries = [BLANK]
    else:
        entries = []
        for entry in given:
            if not isinstance(entry, str) or not entry.strip():
                raise ValidationError("recipients", entry, "each recipient must be non-empty")
            entries.append(capitalize(entry.strip().rstrip(";.,").rstrip()))
    return (*(f"{e};" for e in entries), "Lưu: VT.")
