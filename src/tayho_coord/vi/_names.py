"""Vietnamese personal names: family name, middle name, given name.

A Vietnamese name is written họ (family) + tên đệm (middle, none or several syllables) +
tên (given, the last syllable): "Nguyễn Văn Thắng" is family Nguyễn, middle Văn, given Thắng.
People are addressed, and rosters sorted, by the given name. Some family names have two
syllables (Tôn Thất, Tôn Nữ, Nguyễn Phúc, Âu Dương…), where the naive "first syllable is the
family name" split is wrong.
"""

from __future__ import annotations

import unicodedata

from attrs import field, frozen

from tayho_coord.errors import ParseError, ValidationError
from tayho_coord.vi._collate import CollationKey, CollationOrder, sort_key
from tayho_coord.vi._text import not_text

__all__ = [
    "COMPOUND_FAMILY_NAMES",
    "FAMILY_NAMES",
    "GENDER_PREFIXES",
    "HIGHLAND_FAMILY_NAMES",
    "PersonName",
    "name_sort_key",
]

COMPOUND_FAMILY_NAMES: tuple[str, ...] = (
    "Công Huyền Tôn Nữ",
    "Công Tằng Tôn Nữ",
    "Tôn Thất",
    "Tôn Nữ",
    "Nguyễn Phúc",
    "Nguyễn Phước",
    "Âu Dương",
    "Tư Mã",
    "Gia Cát",
    "Thượng Quan",
    "Hoàng Phủ",
)
"""Family names of more than one syllable that :meth:`PersonName.parse` recognises.

The royal Nguyễn Phúc (also written Nguyễn Phước) line and its branches Tôn Thất and
(Công Tằng, Công Huyền) Tôn Nữ — the Nguyễn Phúc tộc's names for the descendants of the
emperors by generation (vi.wikipedia.org, "Nguyễn Phúc tộc": Công Tằng Tôn Nữ, Công Huyền Tôn
Nữ) — and the Sino-Vietnamese compound surnames Âu Dương, Tư Mã, Gia Cát, Thượng Quan, Hoàng
Phủ (the writer Hoàng Phủ Ngọc Tường: family Hoàng Phủ, middle Ngọc, given Tường). Longest
first wins; a compound is taken only when a given name still follows it, and
``family_syllables=`` overrides the list for a name it misreads ("Hoàng Phủ" as family Hoàng,
given Phủ is the plain two-syllable split).
"""

FAMILY_NAMES: frozenset[str] = frozenset(
    # The fifteen commonest (about nine in ten people), then the others of vi.wikipedia.org,
    # "Họ người Việt Nam" (its lists of the Kinh's family names and of the family names of
    # the peoples of the north: Bế, Cầm, Lò, Lường, Nông, Sầm, Vi…), one syllable each.
    # Left out: "Ông" and "Phó", which begin a sentence as a form of address ("Ông Nguyễn…")
    # and a title ("Phó Chủ tịch") far more often than a name.
    [
        "Nguyễn",
        "Trần",
        "Lê",
        "Phạm",
        "Hoàng",
        "Huỳnh",
        "Phan",
        "Vũ",
        "Võ",
        "Đặng",
        "Bùi",
        "Đỗ",
        "Hồ",
        "Ngô",
        "Dương",
        "Lý",
        "Âu",
        "Bạch",
        "Bế",
        "Cao",
        "Cầm",
        "Châu",
        "Chu",
        "Cù",
        "Cung",
        "Diệp",
        "Doãn",
        "Đàm",
        "Đào",
        "Đậu",
        "Điểu",
        "Đinh",
        "Đoàn",
        "Đồng",
        "Giang",
        "Giáp",
        "Hà",
        "Hàn",
        "Hầu",
        "Hứa",
        "Khổng",
        "Khúc",
        "Khương",
        "Kiều",
        "Kim",
        "La",
        "Lã",
        "Lạc",
        "Lại",
        "Lâm",
        "Lò",
        "Lục",
        "Lương",
        "Lường",
        "Lưu",
        "Lữ",
        "Mã",
        "Mạc",
        "Mai",
        "Mẫn",
        "Nghiêm",
        "Ninh",
        "Nông",
        "Phí",
        "Phùng",
        "Quách",
        "Quản",
        "Sầm",
        "Tạ",
        "Tăng",
        "Thái",
        "Thạch",
        "Thân",
        "Thiều",
        "Tiêu",
        "Tô",
        "Tôn",
        "Tống",
        "Trịnh",
        "Triệu",
        "Trương",
        "Từ",
        "Ung",
        "Uông",
        "Văn",
        "Vi",
        "Viên",
        "Vương",
        "Yên",
        # The family names of peoples of the north-western mountains, each as printed before a
        # name and a post in a real record: Hmông Lâu ("Lâu Văn Phía - Phó Bí thư Thường trực
        # Đảng ủy", trungly.thanhhoa.gov.vn, 2025), Giàng ("Giàng Páo Mỷ - … Chủ tịch HĐND
        # tỉnh", danviet.vn, 2025), Thào ("Bí thư Tỉnh ủy Sơn La Thào Xuân Sùng", baomoi.com),
        # Vừ ("già bản Vừ Suy Ly", baodantoc.vn, 2022); Hà Nhì, Giáy Lù ("Lù Thị Sen –
        # Chủ tịch Ủy ban MTTQ xã Mường Mô", baolaichau.vn, 2026); Thái Điêu ("Điêu Chính
        # Tới (TTXVN)", baotintuc.vn, 2015); Tày Ma ("Ma Thị Thúy, Tỉnh ủy viên",
        # hdndtuyenquang.gov.vn).
        "Lâu",
        "Giàng",
        "Thào",
        "Vừ",
        "Lù",
        "Điêu",
        "Ma",
        # The J'rai's family names, printed first (baodaklak.vn, "Đôi điều về 'họ' của người
        # Tây Nguyên", 2022: Nay, Ksor, Kpă, Siu, Rchom: "Nay Phin", "Ksor Phước", "Kpă
        # Toan", "Siu Thanh", "Rchom Jơn").
        "Nay",
        "Ksor",
        "Kpă",
        "Siu",
        "Rchom",
    ]
)
"""Family names of one syllable (họ), written as names are (a capital first).

The Ê Đê print theirs last, after a man's ``Y`` or a woman's ``H'`` and the given name
(:data:`HIGHLAND_FAMILY_NAMES`).

Sources: vi.wikipedia.org, "Họ người Việt Nam" (the fifteen commonest family names, from
the book "100 họ phổ biến ở Việt Nam", Nhà xuất bản Khoa học Xã hội, 2022, and the lists of
other family names of the Kinh and of the northern peoples). A reader of running text
(:func:`tayho_coord.extract`) takes a capitalized run as a person's name only when it starts
with one of these or with one of :data:`COMPOUND_FAMILY_NAMES`.
"""

HIGHLAND_FAMILY_NAMES: frozenset[str] = frozenset(
    # baodaklak.vn, "Đôi điều về 'họ' của người Tây Nguyên" (2022): the Ê Đê's two lines Niê
    # and Mlô and their branches (Niê Kdăm, Mlô Dun Du, Êban, Buôn Yă, Buôn Krông, Kmăn),
    # printed after "Y" (men: "Y Ngông Niê Kdăm") and "H'" (women: "H'Nghia Êban"); the
    # J'rai's Nay, Ksor, Kpă, Siu, Rchom; kyuc.space ("Tên người Ê Đê"): Byă (B.Yă), Êčăm,
    # Kbuôr, Adrơng; a real record: "H Kim Hoa Byă – UVBTV, Trưởng Ban Dân vận Tỉnh uỷ"
    # (ttthlak.gov.vn, 2021). One syllable each, the syllables of a compound line apart.
    {"Niê", "Mlô", "Êban", "Buôn", "Yă", "Krông", "Kmăn", "Kdăm", "Byă", "Êčăm", "Kbuôr"}
    | {"Adrơng", "Nay", "Ksor", "Kpă", "Siu", "Rchom"}
)
"""Family names of the Central Highlands' peoples, printed last after ``Y`` or ``H'``.

A name that starts with the gender's letter (``Y Biêr Niê``, ``H'Hen Niê``, ``H Kim Hoa
Byă``) holds one of these; a reader of running text takes it as a person's name only then.
"""

GENDER_PREFIXES: frozenset[str] = frozenset({"Y", "H"})
"""The letters that open a man's (``Y``) or a woman's (``H``, ``H'``) name of the Ê Đê,
M'nông and J'rai (baodaklak.vn, 2022), also inside one (``Nay Y Phú``)."""

_SPACES = " \t\n\r\xa0\u202f"

# The most syllables and characters (NFC, single spaces) of a full name: the longest compound
# family name known here (Công Tằng Tôn Nữ, four syllables) with a middle name of several
# syllables and a given name makes seven or eight; ten leaves room and refuses what is not a
# name (the review found 500 000 syllables parsed).
_MAX_SYLLABLES = 10
_MAX_LENGTH = 100
_MAX_TEXT = 1000  # raw text longer than this is refused before any work, whatever its spacing


def _nfc(value: str) -> str:
    try:
        return unicodedata.normalize("NFC", value)
    except TypeError:  # not a string: the validator reports it
        return value


_CAPITALS = (
    "every syllable of a personal name starts with a capital letter (Nghị định 30/2020/NĐ-CP, "
    "Phụ lục II: 'Nguyễn Văn Thắng')"
)


def _capitalized(text: str) -> str:
    """``text`` with the first letter of every syllable a capital: the form to suggest."""
    return " ".join(s[:1].upper() + s[1:] for s in text.split())


# Dashes and the apostrophe: "Nguyễn-Văn Thắng" is refused; "H'Hen" opens an Ê Đê name.
_HYPHENS = frozenset("-‐‑‒–—")
_APOSTROPHES = frozenset("'’ʼ")
_HYPHEN = (
    "a hyphen does not join the syllables of a Vietnamese name (Nghị định 30/2020/NĐ-CP, Phụ "
    "lục II writes 'Nguyễn Văn Thắng', syllables apart): write {fixed!r}"
)
_FAMILY_LAST = (
    "{first!r} opens a name of the Ê Đê or Gia Rai peoples (Y for a man, H' for a woman), "
    "whose family name comes last (Y Moan Ênuôl: family name Ênuôl; H'Hen Niê: Niê); "
    "PersonName holds family-first names only and does not guess one: keep this name as text"
)


def _syllable_problem(syllable: str, text: str) -> str | None:
    """Why ``syllable`` (of the name ``text``) is not a syllable of a family-first name."""
    if any(c in _HYPHENS for c in syllable):
        fixed = _capitalized(" ".join("".join(" " if c in _HYPHENS else c for c in text).split()))
        return _HYPHEN.format(fixed=fixed)
    if not any(c.isalpha() for c in syllable) or not syllable.isprintable():
        return f"{syllable!r} is not a name syllable"
    if not syllable[0].isupper():
        return f"{syllable!r}: {_CAPITALS}: write {_capitalized(text)!r}"
    return None


def _check_part(name: str, value: object, *, required: bool, one_syllable: bool) -> None:
    if not isinstance(value, str):
        raise ValidationError(name, value, "must be a string")
    if not value:
        if required:
            raise ValidationError(name, value, "must not be empty")
        return
    syllables = value.split(" ")
    if any(not s or any(c in _SPACES or not c.isprintable() for c in s) for s in syllables):
        raise ValidationError(
            name, value, "syllables must be separated by single spaces, without other spacing"
        )
    if one_syllable and len(syllables) != 1:
        raise ValidationError(name, value, "the given name is the last syllable only")
    if len(value) > _MAX_LENGTH:
        raise ValidationError(name, value, f"longer than {_MAX_LENGTH} characters")
    if not any(c.isalpha() for c in value):
        raise ValidationError(name, value, "must contain letters")
    for syllable in syllables:
        problem = _syllable_problem(syllable, value)
        if problem is not None:
            raise ValidationError(name, value, problem)


def _validate_family(_: object, attribute: object, value: str) -> None:
    _check_part("family", value, required=True, one_syllable=False)


def _validate_middle(_: object, attribute: object, value: str) -> None:
    _check_part("middle", value, required=False, one_syllable=False)


def _validate_given(_: object, attribute: object, value: str) -> None:
    _check_part("given", value, required=True, one_syllable=True)


@frozen
class PersonName:
    """A Vietnamese personal name in its three parts.

    Text is kept as written, normalized to NFC.

    Attributes:
        family: Họ, the family name: one syllable, or several for a compound family name
            (``Tôn Thất``).
        middle: Tên đệm, the middle name: ``""`` or one or more syllables separated by spaces.
        given: Tên, the given name: the last syllable, by which the person is addressed.

    Examples:
        >>> name = PersonName(family="Nguyễn", middle="Văn", given="Thắng")
        >>> str(name)
        'Nguyễn Văn Thắng'
        >>> PersonName.parse("Tôn Nữ Thị Ninh")
        PersonName(family='Tôn Nữ', middle='Thị', given='Ninh')
    """

    family: str = field(converter=_nfc, validator=_validate_family)
    middle: str = field(converter=_nfc, validator=_validate_middle)
    given: str = field(converter=_nfc, validator=_validate_given)

    @classmethod
    def parse(cls, text: str, *, family_syllables: int | None = None) -> PersonName:
        """Split a full name into family, middle and given name.

        The last syllable is the given name. The first syllable is the family name, unless
        the name starts with one of :data:`COMPOUND_FAMILY_NAMES` (compared
        case-insensitively, so ``TÔN THẤT THUYẾT`` is split as ``Tôn Thất Thuyết``) and a
        given name still follows it. Spacing is collapsed, the text normalized to NFC; case
        is kept as written.

        Every syllable must start with a capital letter, as Nghị định 30/2020/NĐ-CP, Phụ lục
        II writes personal names ("viết hoa chữ cái đầu tất cả các âm tiết"): ``nguyễn văn
        thắng`` is refused, not guessed (a name in capitals, as some forms print it, is
        accepted); the message gives the name capitalized. A hyphen inside a name
        (``Nguyễn-Văn Thắng``) is refused likewise. A name has at most 10 syllables and 100
        characters.

        Names of the Ê Đê and Gia Rai peoples put a prefix first (``Y`` for a man, ``H'`` for
        a woman) and the family name last (``Y Moan Ênuôl``, ``H'Hen Niê``): they are refused
        with a message that says so, never split with ``Y`` as a family name.

        Args:
            text: The full name, e.g. ``"Nguyễn Văn Thắng"``.
            family_syllables: How many leading syllables form the family name, for a family
                name the built-in list does not know; ``None`` to decide from that list.

        Returns:
            The parsed name.

        Raises:
            ParseError: Fewer than two syllables or more than 10, more than 100 characters,
                a syllable without letters, with a hyphen, or not starting with a capital (the
                message gives the capitalized form); a name that puts its family name last
                (``Y …``, ``H'…``); or a ``family_syllables`` that leaves no given name.

        Examples:
            >>> PersonName.parse("Nguyễn Văn Thắng")
            PersonName(family='Nguyễn', middle='Văn', given='Thắng')
            >>> PersonName.parse("Đỗ Anh Tuấn").given
            'Tuấn'
            >>> PersonName.parse("Tôn Thất Thuyết")
            PersonName(family='Tôn Thất', middle='', given='Thuyết')
            >>> PersonName.parse("Nguyễn Phúc Ánh")
            PersonName(family='Nguyễn Phúc', middle='', given='Ánh')
            >>> PersonName.parse("Lê Thị Hồng Gấm").middle
            'Thị Hồng'
            >>> PersonName.parse("Hoàng Phủ Ngọc Tường")
            PersonName(family='Hoàng Phủ', middle='Ngọc', given='Tường')
            >>> PersonName.parse("Nguyễn văn Thắng")
            Traceback (most recent call last):
            ...
            tayho_coord.errors.ParseError: cannot parse 'Nguyễn văn Thắng': ... 'Nguyễn Văn Thắng'
        """
        if not isinstance(text, str):
            raise not_text(text)
        if len(text) > _MAX_TEXT:
            raise ParseError(text, f"longer than {_MAX_TEXT} characters: not a name")
        syllables = unicodedata.normalize("NFC", text).split()
        if len(syllables) < 2:
            raise ParseError(text, "a full name has a family name and a given name")
        if len(syllables) > _MAX_SYLLABLES:
            raise ParseError(text, f"more than {_MAX_SYLLABLES} syllables: not a name")
        if sum(map(len, syllables)) + len(syllables) - 1 > _MAX_LENGTH:
            raise ParseError(text, f"longer than {_MAX_LENGTH} characters: not a name")
        first = syllables[0]
        if first == "Y" or (
            len(first) > 2 and first[0] == "H" and first[1] in _APOSTROPHES and first[2].isupper()
        ):
            raise ParseError(text, _FAMILY_LAST.format(first="H'" if first[0] == "H" else "Y"))
        joined = " ".join(syllables)
        for syllable in syllables:
            problem = _syllable_problem(syllable, joined)
            if problem is not None:
                raise ParseError(text, problem)
        if family_syllables is None:
            family_syllables = 1
            folded = [s.casefold() for s in syllables]
            for compound in sorted(COMPOUND_FAMILY_NAMES, key=len, reverse=True):
                parts = compound.casefold().split()
                # "Tôn Thất Thuyết": the compound plus a given name at least.
                if len(parts) < len(syllables) and folded[: len(parts)] == parts:
                    family_syllables = len(parts)
                    break
        elif (
            not isinstance(family_syllables, int)
            or isinstance(family_syllables, bool)
            or not 1 <= family_syllables < len(syllables)
        ):
            raise ParseError(
                text, f"family_syllables={family_syllables!r} leaves no family or given name"
            )
        return cls(
            family=" ".join(syllables[:family_syllables]),
            middle=" ".join(syllables[family_syllables:-1]),
            given=syllables[-1],
        )

    def __attrs_post_init__(self) -> None:
        full = str(self)
        if len(full) > _MAX_LENGTH or full.count(" ") + 1 > _MAX_SYLLABLES:
            reason = f"more than {_MAX_SYLLABLES} syllables or {_MAX_LENGTH} characters"
            raise ValidationError("name", full, reason)

    def __str__(self) -> str:
        return " ".join(part for part in (self.family, self.middle, self.given) if part)


def name_sort_key(
    name: PersonName | str, *, order: CollationOrder = "icu"
) -> tuple[CollationKey, CollationKey, CollationKey]:
    """Return the key that sorts names as Vietnamese rosters do.

    By given name, then middle name, then family name, each in Vietnamese alphabetical order
    (:func:`sort_key`, in its ``order``: ``"icu"`` or ``"dictionary"``); the old and new tone
    placements of a name (``Hòa``, ``Hoà``) sort as one. A string is parsed with
    :meth:`PersonName.parse` first.

    Args:
        name: A :class:`PersonName` or a full name.
        order: As for :func:`sort_key`.

    Returns:
        A key for ``sorted``.

    Raises:
        ParseError: ``name`` is a string that is not a full name.
        ValidationError: ``order`` is unknown.

    Examples:
        >>> names = ["Nguyễn Văn Thắng", "Đỗ Anh Tuấn", "Trần Quang Đạo", "Lê Văn An"]
        >>> sorted(names, key=name_sort_key)
        ['Lê Văn An', 'Trần Quang Đạo', 'Nguyễn Văn Thắng', 'Đỗ Anh Tuấn']
    """
    if not isinstance(name, PersonName):
        name = PersonName.parse(name)
    return (
        sort_key(name.given, order=order),
        sort_key(name.middle, order=order),
        sort_key(name.family, order=order),
    )
