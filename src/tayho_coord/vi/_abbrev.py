"""Administrative abbreviations (HĐND, UBND, UBMTTQ, ĐBQH, TXCT, KT-XH, TP., Q., P. …).

The long forms follow Nghị định 30/2020/NĐ-CP, Phụ lục II for capitals (the words naming the
kind and function of a body are capitalized: "Hội đồng nhân dân", "Ủy ban nhân dân"; common
nouns of administrative units are lowercase: "quận", "phường", "thành phố") and the old
tone-mark style of government documents ("Ủy ban"). Sources: reference/vietnamese-rules.md;
luatvietnam.vn, "Những từ được viết tắt".
"""

from __future__ import annotations

import functools
import re
from types import MappingProxyType
from typing import TYPE_CHECKING

from tayho_coord.errors import ValidationError
from tayho_coord.vi._text import normalize

if TYPE_CHECKING:
    from collections.abc import Mapping

__all__ = ["ABBREVIATIONS", "PLACE_ABBREVIATIONS", "abbreviate", "expand_abbreviation"]

_BODIES = {
    "HĐND": "Hội đồng nhân dân",
    "UBND": "Ủy ban nhân dân",
    "UBMTTQ": "Ủy ban Mặt trận Tổ quốc",
}

ABBREVIATIONS: Mapping[str, str] = MappingProxyType(
    {
        "VP HĐND&UBND": "Văn phòng Hội đồng nhân dân và Ủy ban nhân dân",
        "HĐND&UBND": "Hội đồng nhân dân và Ủy ban nhân dân",
        "TT HĐND": "Thường trực Hội đồng nhân dân",
        **_BODIES,
        "UBMTTQVN": "Ủy ban Mặt trận Tổ quốc Việt Nam",
        "MTTQVN": "Mặt trận Tổ quốc Việt Nam",
        "MTTQ": "Mặt trận Tổ quốc",
        "UBTVQH": "Ủy ban Thường vụ Quốc hội",
        "ĐBQH": "đại biểu Quốc hội",
        "ĐBHĐND": "đại biểu Hội đồng nhân dân",
        "QH": "Quốc hội",
        "TXCT": "tiếp xúc cử tri",
        "KNCT": "kiến nghị cử tri",
        "KT-XH": "kinh tế - xã hội",
        "CP": "Chính phủ",
        "TW": "Trung ương",
        "UBKT": "Ủy ban Kiểm tra",
        "BCH": "Ban Chấp hành",
        "BTV": "Ban Thường vụ",
        "TTHC": "thủ tục hành chính",
        "QSDĐ": "quyền sử dụng đất",
        "GPMB": "giải phóng mặt bằng",
        "CBCCVC": "cán bộ, công chức, viên chức",
        # Titles: CT and PCT only before a body (alone, CT is the type code of a Chỉ thị); a
        # title expands whole (issue 13: "PCT UBND" is "Phó Chủ tịch Ủy ban nhân dân").
        **{f"CT {short}": f"Chủ tịch {long}" for short, long in _BODIES.items()},
        **{f"PCT {short}": f"Phó Chủ tịch {long}" for short, long in _BODIES.items()},
        # Thành phố Hồ Chí Minh: capital T, the city being named after a person (Nghị định
        # 30/2020/NĐ-CP, Phụ lục II, mục II, khoản 2, điểm b: "Thành phố Hồ Chí Minh").
        "TP.HCM": "Thành phố Hồ Chí Minh",
        "TP. HCM": "Thành phố Hồ Chí Minh",
        "TP HCM": "Thành phố Hồ Chí Minh",
        "TP.Hồ Chí Minh": "Thành phố Hồ Chí Minh",
        "TP. Hồ Chí Minh": "Thành phố Hồ Chí Minh",
    }
)
"""Abbreviations of bodies, titles and phrases, with their long forms.

Sources: Nghị định 30/2020/NĐ-CP, Phụ lục II (capitals); the abbreviations in the reports of
HĐND and UBND quận Tây Hồ and of the Quốc hội's voter-contact reports (ĐBHĐND, KNCT, TTHC,
QSDĐ, GPMB, CBCCVC); luatvietnam.vn, "Những từ được viết tắt".
"""

# Abbreviations that expand_abbreviation reads but abbreviate never writes (issue 13): prose
# writes "HĐND và UBND quận" ("&" only inside a body's own name: VP HĐND&UBND); "Thường trực
# HĐND" (TT is also thị trấn and Thông tư); "UBMTTQ Việt Nam quận Tây Hồ"; titles in full
# ("Phó Chủ tịch UBND"); the city's name in full.
_EXPAND_ONLY = frozenset(
    {"HĐND&UBND", "TT HĐND", "UBMTTQVN", "MTTQVN", "TP.HCM", "TP. HCM", "TP HCM",
     "TP.Hồ Chí Minh", "TP. Hồ Chí Minh"}
    | {short for short in ABBREVIATIONS if short.startswith(("CT ", "PCT "))}
)  # fmt: skip

PLACE_ABBREVIATIONS: Mapping[str, str] = MappingProxyType(
    {
        "TP.": "thành phố",
        "TX.": "thị xã",
        "TT.": "thị trấn",
        "Q.": "quận",
        "P.": "phường",
    }
)
"""Abbreviations of administrative units placed before a name (``Q. Tây Hồ``)."""

# Neither side of a match may continue a word (letters, digits, "&"), nor a document symbol
# ("05/BC-UBND", "30/2020/NĐ-CP": a "/" or a hyphen joined to a word on either side).
_BEFORE = r"(?<![\w&/])(?<!\w-)"
_AFTER = r"(?![\w&/])(?!-\w)"


def _alternation(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


@functools.cache
def _expander() -> re.Pattern[str]:
    # Literal alternatives, longest first, between lookarounds of one character: the engine
    # tries each alternative once per position, so matching stays linear in the text.
    keys = [*ABBREVIATIONS, *PLACE_ABBREVIATIONS]
    return re.compile(f"{_BEFORE}(?:{_alternation(keys)}){_AFTER}")


@functools.cache
def _abbreviator(include_places: bool) -> tuple[re.Pattern[str], dict[str, str]]:
    table = {k: v for k, v in ABBREVIATIONS.items() if k not in _EXPAND_ONLY}
    if include_places:
        table.update(PLACE_ABBREVIATIONS)
    back: dict[str, str] = {}
    for short, long in table.items():
        for style in ("old", "new"):  # "Ủy ban" and "Uỷ ban" alike
            back.setdefault(normalize(long, tone_style=style), short)
    return re.compile(f"{_BEFORE}(?:{_alternation(list(back))}){_AFTER}"), back


def expand_abbreviation(text: str) -> str:
    """Write out every administrative abbreviation in ``text``.

    Only whole abbreviations are replaced (``UBND`` but not ``UBNDX``), and not the groups of a
    document symbol (``05/BC-UBND``, ``30/2020/NĐ-CP``, ``UBND-UBMTTQ``); the rest of the
    text, spacing included, is kept. A long form that starts a sentence — at the start of the
    text, or after ``.``, ``!`` or ``?`` and a space — starts with a capital (``ĐBQH`` at the
    start is "Đại biểu Quốc hội"). Titles expand whole (``PCT UBND`` "Phó Chủ tịch Ủy ban
    nhân dân"); ``TP.HCM``, ``TP. HCM`` and ``TP. Hồ Chí Minh`` are "Thành phố Hồ Chí Minh".

    Args:
        text: Any text.

    Returns:
        The text with the long forms.

    Raises:
        ValidationError: ``text`` is not a string.

    Examples:
        >>> expand_abbreviation("UBND Q. Tây Hồ")
        'Ủy ban nhân dân quận Tây Hồ'
        >>> expand_abbreviation("VP HĐND&UBND quận; KT-XH")
        'Văn phòng Hội đồng nhân dân và Ủy ban nhân dân quận; kinh tế - xã hội'
        >>> expand_abbreviation("Họp với ĐBQH. TXCT tại TP.HCM")
        'Họp với đại biểu Quốc hội. Tiếp xúc cử tri tại Thành phố Hồ Chí Minh'
    """
    if not isinstance(text, str):
        raise ValidationError("text", text, "must be a string")

    def long_form(match: re.Match[str]) -> str:
        short = match.group(0)
        long = ABBREVIATIONS.get(short) or PLACE_ABBREVIATIONS[short]
        if _starts_sentence(text, match.start()):
            return long[:1].upper() + long[1:]
        return long

    return _expander().sub(long_form, text)


_SENTENCE_ENDS = ".!?"


def _starts_sentence(text: str, at: int) -> bool:
    """Whether ``text[at:]`` starts a sentence.

    At the start, or after ``.``, ``!``, ``?`` and a space — unless that full stop ends a
    place abbreviation (``TP. ``, ``Q. ``).
    """
    end = at  # scan back over the spaces, then the word: no copy of the text before
    while end > 0 and text[end - 1].isspace():
        end -= 1
    if end == 0:
        return True
    if end == at or text[end - 1] not in _SENTENCE_ENDS:
        return False
    begin = end - 1
    while begin > 0 and not text[begin - 1].isspace():
        begin -= 1
    word = text[begin:end]
    return word not in PLACE_ABBREVIATIONS


def abbreviate(text: str, *, include_places: bool = False) -> str:
    """Replace the long forms of administrative bodies and phrases with their abbreviations.

    The long forms are matched in either tone-mark style (``Ủy ban``, ``Uỷ ban``) and with the
    capitals of :data:`ABBREVIATIONS`; the longest form wins. What prose writes is kept
    (issue 13): "HĐND và UBND quận", never "HĐND&UBND" (``&`` only inside a body's own name,
    ``VP HĐND&UBND``); "Thường trực HĐND", never "TT HĐND" (TT is also thị trấn and Thông
    tư); "UBMTTQ Việt Nam"; titles in full ("Phó Chủ tịch UBND", not "PCT UBND").

    Args:
        text: Any text.
        include_places: Also shorten ``thành phố``, ``quận``, ``phường``… (``TP.``, ``Q.``,
            ``P.``).

    Returns:
        The abbreviated text.

    Raises:
        ValidationError: ``text`` is not a string, or ``include_places`` not a bool.

    Examples:
        >>> abbreviate("Ủy ban nhân dân quận Tây Hồ")
        'UBND quận Tây Hồ'
        >>> abbreviate("Ủy ban nhân dân quận Tây Hồ", include_places=True)
        'UBND Q. Tây Hồ'
        >>> abbreviate("Hội đồng nhân dân và Ủy ban nhân dân quận")
        'HĐND và UBND quận'
    """
    if not isinstance(text, str):
        raise ValidationError("text", text, "must be a string")
    if not isinstance(include_places, bool):
        raise ValidationError("include_places", include_places, "must be True or False")
    pattern, back = _abbreviator(include_places)
    return pattern.sub(lambda match: back[match.group(0)], text)
