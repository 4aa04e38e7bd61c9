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

ABBREVIATIONS: Mapping[str, str] = MappingProxyType(
    {
        "VP HĐND&UBND": "Văn phòng Hội đồng nhân dân và Ủy ban nhân dân",
        "HĐND&UBND": "Hội đồng nhân dân và Ủy ban nhân dân",
        "TT HĐND": "Thường trực Hội đồng nhân dân",
        "HĐND": "Hội đồng nhân dân",
        "UBND": "Ủy ban nhân dân",
        "UBMTTQVN": "Ủy ban Mặt trận Tổ quốc Việt Nam",
        "UBMTTQ": "Ủy ban Mặt trận Tổ quốc",
        "MTTQVN": "Mặt trận Tổ quốc Việt Nam",
        "MTTQ": "Mặt trận Tổ quốc",
        "UBTVQH": "Ủy ban Thường vụ Quốc hội",
        "ĐBQH": "đại biểu Quốc hội",
        "QH": "Quốc hội",
        "TXCT": "tiếp xúc cử tri",
        "KT-XH": "kinh tế - xã hội",
        "CP": "Chính phủ",
        "TW": "Trung ương",
    }
)
"""Abbreviations of bodies and phrases, with their long forms."""

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
    table = dict(ABBREVIATIONS)
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
    text, spacing included, is kept.

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
    """
    if not isinstance(text, str):
        raise ValidationError("text", text, "must be a string")

    def long_form(match: re.Match[str]) -> str:
        short = match.group(0)
        return ABBREVIATIONS.get(short) or PLACE_ABBREVIATIONS[short]

    return _expander().sub(long_form, text)


def abbreviate(text: str, *, include_places: bool = False) -> str:
    """Replace the long forms of administrative bodies and phrases with their abbreviations.

    The long forms are matched in either tone-mark style (``Ủy ban``, ``Uỷ ban``) and with the
    capitals of :data:`ABBREVIATIONS`; the longest form wins ("Ủy ban Mặt trận Tổ quốc Việt
    Nam" is ``UBMTTQVN``, not "Ủy ban ``MTTQVN``").

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
    """
    if not isinstance(text, str):
        raise ValidationError("text", text, "must be a string")
    if not isinstance(include_places, bool):
        raise ValidationError("include_places", include_places, "must be True or False")
    pattern, back = _abbreviator(include_places)
    return pattern.sub(lambda match: back[match.group(0)], text)
