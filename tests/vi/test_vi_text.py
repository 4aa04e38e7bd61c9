"""Tone-mark normalization, diacritics, slugs, abbreviations, document symbols, lists.

Rules: reference/vietnamese-rules.md — "Tone-mark placement" (vi.wikipedia.org "Quy tắc đặt
dấu thanh trong chữ quốc ngữ"), "Document number and symbol" (Nghị định 30/2020/NĐ-CP, Phụ
lục I and III), "Capitalization of organisations and units" (Phụ lục II); CLDR vi list
patterns; the seed article for the texts underthesea's normalizer damages.
"""

from __future__ import annotations

import contextlib
import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tayho_coord.errors import ParseError, ValidationError
from tayho_coord.vi import (
    ABBREVIATIONS,
    DocumentSymbol,
    abbreviate,
    expand_abbreviation,
    format_list,
    normalize,
    slugify,
    strip_diacritics,
)
from tayho_coord.vi._abbrev import _EXPAND_ONLY

# Old style: hòa, khỏe, thủy, ủy, tòa; new style: hoà, khoẻ, thuỷ, uỷ, toà; both: a final
# consonant puts the mark on the second vowel (hoàng, toán, huýt); qu/gi onsets (quý, giá).
TONES = [
    ("hoà", "hòa", "hoà"),
    ("hòa", "hòa", "hoà"),
    ("khoẻ", "khỏe", "khoẻ"),
    ("thuỷ", "thủy", "thuỷ"),
    ("uỷ", "ủy", "uỷ"),
    ("Uỷ ban", "Ủy ban", "Uỷ ban"),
    ("CỘNG HOÀ", "CỘNG HÒA", "CỘNG HOÀ"),
    ("toà", "tòa", "toà"),
    ("hoàng", "hoàng", "hoàng"),
    ("hòang", "hoàng", "hoàng"),  # misplaced before a final consonant
    ("toán", "toán", "toán"),
    ("huýt", "huýt", "huýt"),
    ("quý", "quý", "quý"),
    ("qúy", "quý", "quý"),  # the u of "qu" is not a vowel
    ("quả", "quả", "quả"),
    ("quỳnh", "quỳnh", "quỳnh"),
    ("giá", "giá", "giá"),
    ("gía", "giá", "giá"),  # the i of "gi" is not a vowel
    ("gì", "gì", "gì"),
    ("gìn", "gìn", "gìn"),
    ("người", "người", "người"),  # on ơ in ươ
    ("ngoài", "ngoài", "ngoài"),  # three vowels: the middle one
    ("khuỷu", "khuỷu", "khuỷu"),
    ("mái", "mái", "mái"),  # two vowels, not oa/oe/uy: the first
    ("múa", "múa", "múa"),
    ("thủa", "thủa", "thủa"),
    ("hoạch", "hoạch", "hoạch"),
    ("café", "café", "café"),  # not a Vietnamese syllable: as written
]


@pytest.mark.parametrize(("text", "old", "new"), TONES)
def test_normalize_tone_styles(text: str, old: str, new: str) -> None:
    assert normalize(text) == unicodedata.normalize("NFC", old)
    assert normalize(text, tone_style="new") == unicodedata.normalize("NFC", new)


# The seed's figures and symbols must come out unchanged (underthesea's normalizer makes them
# "56,82 %" and "Số : 12 / BC-UBND").
@pytest.mark.parametrize(
    "text",
    [
        "Tỷ lệ giải quyết cử tri thuộc thẩm quyền cấp quận còn hạn chế (56,82%).",
        "Số: 12/BC-UBND",
        "HĐND- UBND-UBMTTQ Việt Nam quận Tây Hồ",
        "Hội nghị  tiếp xúc cử tri",  # the seed's double space
        "  a\tb\n",
    ],
)
def test_normalize_keeps_spacing_and_punctuation(text: str) -> None:
    assert normalize(text) == text


def test_normalize_makes_nfc() -> None:
    assert normalize(unicodedata.normalize("NFD", "Ủy ban nhân dân")) == "Ủy ban nhân dân"


vietnamese = st.text(
    alphabet=st.sampled_from(
        list("aăâbcdđeêghiklmnoôơpqrstuưvxy AĐƯ,.%\u0300\u0301\u0303\u0309\u0323")
    ),
    max_size=40,
)


@given(st.one_of(vietnamese, st.text(max_size=40)), st.sampled_from(["old", "new"]))
def test_normalize_is_idempotent(text: str, style: str) -> None:
    once = normalize(text, tone_style=style)  # type: ignore[arg-type]
    assert normalize(once, tone_style=style) == once  # type: ignore[arg-type]
    assert strip_diacritics(once) == strip_diacritics(text)


@given(vietnamese)
def test_the_two_styles_differ_only_in_place(text: str) -> None:
    old, new = normalize(text, tone_style="old"), normalize(text, tone_style="new")
    assert len(old) == len(new)
    assert normalize(new, tone_style="old") == old


# The "Đắk Lắk" -> "Dak Lak": every mark removed, đ/Đ to d/D, other text kept.
STRIP = [
    ("Đắk Lắk", "Dak Lak"),
    ("Ủy ban nhân dân quận Tây Hồ", "Uy ban nhan dan quan Tay Ho"),
    ("đường Âu Cơ", "duong Au Co"),
    ("56,82%", "56,82%"),
]


@pytest.mark.parametrize(("text", "expected"), STRIP)
def test_strip_diacritics(text: str, expected: str) -> None:
    assert strip_diacritics(text) == expected


# The "quan-tay-ho": lowercase ASCII words joined by "-".
SLUGS = [
    ("Quận Tây Hồ", "quan-tay-ho"),
    ("Văn phòng HĐND&UBND quận", "van-phong-hdnd-ubnd-quan"),
    ("  Kỳ họp thứ 11 (không thường kỳ) ", "ky-hop-thu-11-khong-thuong-ky"),
    ("!!!", ""),
]


@pytest.mark.parametrize(("text", "expected"), SLUGS)
def test_slugify(text: str, expected: str) -> None:
    assert slugify(text) == expected


@given(st.text(max_size=60))
def test_slugs_are_ascii(text: str) -> None:
    slug = slugify(text)
    assert slug.isascii()
    assert "--" not in slug
    assert not slug.startswith("-")
    assert not slug.endswith("-")


@pytest.mark.parametrize(
    "call",
    [
        lambda: normalize(1),
        lambda: normalize("a", tone_style="x"),
        lambda: strip_diacritics(None),
        lambda: slugify(b"x"),
    ],
)
def test_text_validation(call: object) -> None:
    with pytest.raises(ValidationError):
        call()  # type: ignore[operator]


# Abbreviations ---------------------------------------------------------------------------------
# The list (HĐND, UBND, UBMTTQ, MTTQ, ĐBQH, UBTVQH, TXCT, KT-XH, VP HĐND&UBND, TP.,
# Q., P.); capitals of Phụ lục II (bodies capitalized, unit nouns lowercase); old tone style.
EXPAND = [
    ("UBND quận Tây Hồ", "Ủy ban nhân dân quận Tây Hồ"),
    ("HĐND", "Hội đồng nhân dân"),
    ("UBMTTQ", "Ủy ban Mặt trận Tổ quốc"),
    ("MTTQ quận", "Mặt trận Tổ quốc quận"),
    ("ĐBQH", "Đại biểu Quốc hội"),  # the text's start is a sentence's: a capital
    ("của ĐBQH", "của đại biểu Quốc hội"),
    ("UBTVQH", "Ủy ban Thường vụ Quốc hội"),
    ("buổi TXCT", "buổi tiếp xúc cử tri"),
    ("về KT-XH năm 2019", "về kinh tế - xã hội năm 2019"),
    ("VP HĐND&UBND quận", "Văn phòng Hội đồng nhân dân và Ủy ban nhân dân quận"),
    ("tại TP. Hà Nội", "tại thành phố Hà Nội"),
    ("Q. Tây Hồ, P. Bưởi", "Quận Tây Hồ, phường Bưởi"),
    ("Số: 05/BC-UBND", "Số: 05/BC-UBND"),  # symbol groups are not words
    ("30/2020/NĐ-CP", "30/2020/NĐ-CP"),
    ("UBNDX, XUBND", "UBNDX, XUBND"),
    ("UBTVQH14", "UBTVQH14"),
]


@pytest.mark.parametrize(("text", "expected"), EXPAND)
def test_expand_abbreviation(text: str, expected: str) -> None:
    assert expand_abbreviation(text) == expected


# The same table backwards; "Ủy ban" in either tone style (rules, "Tone-mark placement").
ABBREVIATE = [
    ("Ủy ban nhân dân quận Tây Hồ", False, "UBND quận Tây Hồ"),
    ("Uỷ ban nhân dân quận Tây Hồ", False, "UBND quận Tây Hồ"),  # new tone style too
    ("Ủy ban nhân dân quận Tây Hồ", True, "UBND Q. Tây Hồ"),
    # Issue 13: the front is "UBMTTQ Việt Nam quận Tây Hồ" in prose, not UBMTTQVN.
    ("Ủy ban Mặt trận Tổ quốc Việt Nam quận Tây Hồ", False, "UBMTTQ Việt Nam quận Tây Hồ"),
    ("Mặt trận Tổ quốc Việt Nam", False, "MTTQ Việt Nam"),
    # "&" only inside a body's own name (Văn phòng HĐND&UBND); prose writes "và".
    ("Hội đồng nhân dân và Ủy ban nhân dân quận", False, "HĐND và UBND quận"),
    ("Thường trực Hội đồng nhân dân và Ủy ban nhân dân", False, "Thường trực HĐND và UBND"),
    # "Thường trực HĐND", never "TT HĐND" (TT: thị trấn, Thông tư).
    ("Thường trực Hội đồng nhân dân quận", False, "Thường trực HĐND quận"),
    # Titles stay in full: "Phó Chủ tịch UBND".
    ("Phó Chủ tịch Ủy ban nhân dân quận", False, "Phó Chủ tịch UBND quận"),
    ("Chủ tịch Ủy ban Mặt trận Tổ quốc", False, "Chủ tịch UBMTTQ"),
    ("đại biểu Hội đồng nhân dân quận", False, "ĐBHĐND quận"),  # longest wins over HĐND
    ("giải quyết kiến nghị cử tri về thủ tục hành chính", False, "giải quyết KNCT về TTHC"),
    ("Văn phòng Hội đồng nhân dân và Ủy ban nhân dân", False, "VP HĐND&UBND"),
    ("phát triển kinh tế - xã hội", False, "phát triển KT-XH"),
]


@pytest.mark.parametrize(("text", "places", "expected"), ABBREVIATE)
def test_abbreviate(text: str, places: bool, expected: str) -> None:
    assert abbreviate(text, include_places=places) == expected


@pytest.mark.parametrize("short", sorted(set(ABBREVIATIONS) - _EXPAND_ONLY))
def test_abbreviate_inverts_expand(short: str) -> None:
    text = f"Báo cáo của {short} năm 2019"
    assert abbreviate(expand_abbreviation(text)) == text


# What expand_abbreviation reads and abbreviate never writes, and what abbreviate writes back.
EXPAND_ONLY = {
    "HĐND&UBND": "HĐND và UBND",
    "TT HĐND": "Thường trực HĐND",
    "UBMTTQVN": "UBMTTQ Việt Nam",
    "MTTQVN": "MTTQ Việt Nam",
    "CT HĐND": "Chủ tịch HĐND",
    "PCT HĐND": "Phó Chủ tịch HĐND",
    "CT UBND": "Chủ tịch UBND",
    "PCT UBND": "Phó Chủ tịch UBND",
    "CT UBMTTQ": "Chủ tịch UBMTTQ",
    "PCT UBMTTQ": "Phó Chủ tịch UBMTTQ",
    "TP.HCM": "Thành phố Hồ Chí Minh",
    "TP. HCM": "Thành phố Hồ Chí Minh",
    "TP HCM": "Thành phố Hồ Chí Minh",
    "TP.Hồ Chí Minh": "Thành phố Hồ Chí Minh",
    "TP. Hồ Chí Minh": "Thành phố Hồ Chí Minh",
}


def test_the_expand_only_list_is_complete() -> None:
    assert set(EXPAND_ONLY) == _EXPAND_ONLY


@pytest.mark.parametrize(("short", "prose"), sorted(EXPAND_ONLY.items()))
def test_expand_only_abbreviations_come_back_as_prose_writes_them(short: str, prose: str) -> None:
    text = f"Báo cáo của {short} năm 2019"
    assert abbreviate(expand_abbreviation(text)) == f"Báo cáo của {prose} năm 2019"


# Issue 13: a sentence that starts after a full stop (or !, ?) starts with a capital, as does
# the text; a full stop ending a place abbreviation (TP., Q.) ends no sentence; the symbol's
# groups are never expanded.
SENTENCES = [
    ("ĐBQH tiếp xúc cử tri", "Đại biểu Quốc hội tiếp xúc cử tri"),
    ("Đã họp. TXCT tại phường", "Đã họp. Tiếp xúc cử tri tại phường"),
    ("Xong! KNCT được trả lời", "Xong! Kiến nghị cử tri được trả lời"),
    ("Vì sao? ĐBHĐND hỏi", "Vì sao? Đại biểu Hội đồng nhân dân hỏi"),
    ("tại Q. TXCT", "tại quận tiếp xúc cử tri"),  # "Q." is no sentence end
    ("  TTHC", "  Thủ tục hành chính"),
    ("Số 12.TXCT", "Số 12.tiếp xúc cử tri"),  # no space after the stop: no new sentence
    ("Họp với ĐBQH. UBND quận", "Họp với đại biểu Quốc hội. Ủy ban nhân dân quận"),
    ("tại TP.HCM. TP. Hồ Chí Minh", "tại Thành phố Hồ Chí Minh. Thành phố Hồ Chí Minh"),
    ("PCT UBND quận Tây Hồ", "Phó Chủ tịch Ủy ban nhân dân quận Tây Hồ"),
    ("Chỉ thị 05/CT-UBND", "Chỉ thị 05/CT-UBND"),  # CT alone is a type code: not a title
    ("BCH, BTV và UBKT", "Ban Chấp hành, Ban Thường vụ và Ủy ban Kiểm tra"),
    ("QSDĐ, GPMB", "Quyền sử dụng đất, giải phóng mặt bằng"),
    ("của CBCCVC", "của cán bộ, công chức, viên chức"),
]


@pytest.mark.parametrize(("text", "expected"), SENTENCES)
def test_expand_abbreviation_in_sentences(text: str, expected: str) -> None:
    assert expand_abbreviation(text) == expected


@given(st.text(max_size=300))
def test_abbreviations_are_total(text: str) -> None:
    assert isinstance(expand_abbreviation(text), str)
    assert isinstance(abbreviate(text, include_places=True), str)


# Document symbols ------------------------------------------------------------------------------
# Phụ lục I, khoản 3 ("Số:", "/" then "-", numbers below 10 padded) and Phụ lục III type
# codes; the examples; Nghị định 30/2020/NĐ-CP, 69/CP, 1656/NQ-UBTVQH15 (tay-ho-facts).
SYMBOLS = [
    ("Số: 05/BC-UBND", 5, None, "BC", "Báo cáo", "UBND", "05/BC-UBND"),
    ("Số: 5/BC-UBND", 5, None, "BC", "Báo cáo", "UBND", "05/BC-UBND"),  # pad below 10
    ("Số : 12 / BC-UBND", 12, None, "BC", "Báo cáo", "UBND", "12/BC-UBND"),  # underthesea
    ("Số: 45/UBND-VP", 45, None, None, None, "UBND", "45/UBND-VP"),  # official letter
    ("30/2020/NĐ-CP", 30, 2020, "NĐ", "Nghị định", "CP", "30/2020/NĐ-CP"),
    ("01/2011/TT-BNV", 1, 2011, "TT", "Thông tư", "BNV", "01/2011/TT-BNV"),
    (
        "403/2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN",
        403,
        2017,
        "NQLT",
        "Nghị quyết liên tịch",
        "UBTVQH14-CP-ĐCTUBTWMTTQVN",
        "403/2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN",
    ),
    ("1656/NQ-UBTVQH15", 1656, None, "NQ", "Nghị quyết", "UBTVQH15", "1656/NQ-UBTVQH15"),
    ("69/CP", 69, None, None, None, "CP", "69/CP"),  # Nghị định 69/CP (tay-ho-facts)
    ("số: 07/CTr-HĐND", 7, None, "CTr", "Chương trình", "HĐND", "07/CTr-HĐND"),
    ("Số: 03/KH–UBND", 3, None, "KH", "Kế hoạch", "UBND", "03/KH-UBND"),  # en dash
    ("Số: 10/TTr-UBND", 10, None, "TTr", "Tờ trình", "UBND", "10/TTr-UBND"),
    # Phụ lục III's mixed codes keep their small letter (QyĐ Quy định, TrS Bản trích sao).
    ("Số: 02/QyĐ-UBND", 2, None, "QyĐ", "Quy định", "UBND", "02/QyĐ-UBND"),
    ("Số: 03/TrS-VP", 3, None, "TrS", "Bản trích sao", "VP", "03/TrS-VP"),
    # Official letters (công văn): issuer then drafting unit or field, no type code (rules:
    # "Số: 45/UBND-VP"); the issuer need not be a body this module knows.
    ("Số: 123/BTC-CST", 123, None, None, None, "BTC", "123/BTC-CST"),
    ("Số: 12/UBND-HĐND", 12, None, None, None, "UBND", "12/UBND-HĐND"),
    # Issue 13: a trailing full stop (the symbol ends a sentence); codes in use beyond Phụ
    # lục III; CT as the issuer (the Chủ tịch) after a type code.
    ("Số: 05/BC-UBND.", 5, None, "BC", "Báo cáo", "UBND", "05/BC-UBND"),
    ("15/KL-UBND", 15, None, "KL", "Kết luận", "UBND", "15/KL-UBND"),
    ("05/QĐ-CT", 5, None, "QĐ", "Quyết định", "CT", "05/QĐ-CT"),
    (
        "01/CTrPH-HĐND-UBND-UBMTTQ",
        1,
        None,
        "CTrPH",
        "Chương trình phối hợp",
        "HĐND-UBND-UBMTTQ",
        "01/CTrPH-HĐND-UBND-UBMTTQ",
    ),
    ("Kế hoạch số 10/KH-HĐND", 10, None, "KH", "Kế hoạch", "HĐND", "10/KH-HĐND"),
]


@pytest.mark.parametrize(("text", "number", "year", "code", "name", "issuer", "canonical"), SYMBOLS)
def test_document_symbol(
    text: str,
    number: int,
    year: int | None,
    code: str | None,
    name: str | None,
    issuer: str,
    canonical: str,
) -> None:
    symbol = DocumentSymbol.parse(text)
    assert (symbol.number, symbol.year, symbol.type_code, symbol.type_name, symbol.issuer) == (
        number,
        year,
        code,
        name,
        issuer,
    )
    assert str(symbol) == canonical
    assert symbol.header() == f"Số: {canonical}"
    assert DocumentSymbol.parse(symbol.header()) == symbol


@pytest.mark.parametrize(
    "text",
    ["", "Số:", "05", "05/", "/BC-UBND", "0/BC-UBND", "5/20/BC-UBND", "5/2020/2021/BC",
     "a5/BC-UBND", "5/BC--UBND", "5/BC-UB ND!", "5/BC", "٥/BC-UBND", "5/1900/NĐ-CP"],
)  # fmt: skip
def test_document_symbol_rejects(text: str) -> None:
    with pytest.raises(ParseError) as info:
        DocumentSymbol.parse(text)
    assert info.value.text == text


# Nghị định 30, Phụ lục I, khoản 3 and Phụ lục III: symbols are abbreviations in capitals (the
# codes CTr, TTr, QyĐ, TrS keep one small letter); the review's finding F19: "05/bc-ubnd" gave
# issuer 'bc-ubnd' and "05/XX-UBND" issuer 'XX-UBND'.
@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("05/bc-ubnd", "'bc' is not an abbreviation"),
        ("05/BC-ubnd", "'ubnd' is not an abbreviation"),
        ("05/Bc-UBND", "'Bc' is not an abbreviation"),
        ("45/ubnd-vp", "'ubnd' is not an abbreviation"),
        ("05/qđ-UBND", "'qđ' is not an abbreviation"),
        ("30/2020/nđ-cp", "'nđ' is not an abbreviation"),
        # An unknown code before an issuing body: not a type code of Phụ lục III.
        ("05/XX-UBND", "'XX' stands where the type code goes before the issuer 'UBND'"),
        ("05/BCC-HĐND", "'BCC' stands where the type code goes"),
        ("05/XX-UBTVQH14", "'XX' stands where the type code goes"),
    ],
)
def test_document_symbol_rejects_what_is_not_nghi_dinh_30(text: str, reason: str) -> None:
    with pytest.raises(ParseError) as info:
        DocumentSymbol.parse(text)
    assert info.value.text == text
    assert info.value.reason.startswith(reason)


@pytest.mark.parametrize(
    ("kwargs", "field"),
    [
        ({"number": 1, "issuer": "UBND-VP"}, "issuer"),  # the drafting unit goes in unit
        ({"number": 1, "issuer": "UBND", "unit": "tkth"}, "unit"),
        ({"number": 1, "issuer": "UBND", "type_code": "BC", "unit": "VP"}, "unit"),
        ({"number": 1, "issuer": "QU", "form": "party"}, "type_code"),
        ({"number": 1, "issuer": "QU", "type_code": "BC", "form": "tw"}, "form"),
        ({"number": 1, "issuer": "QU", "type_code": "BC", "form": "party", "year": 2020}, "form"),
        ({"number": 0, "issuer": "UBND"}, "number"),
        ({"number": 1, "issuer": ""}, "issuer"),
        ({"number": 1, "issuer": "UBND", "type_code": "XX"}, "type_code"),
        ({"number": 1, "issuer": "BC-UBND"}, "issuer"),
        ({"number": 1, "issuer": "UBND", "year": 20}, "year"),
        ({"number": 1, "issuer": "ubnd"}, "issuer"),
        ({"number": 1, "issuer": "XX-UBND"}, "issuer"),  # an unknown type code in front
    ],
)
def test_document_symbol_validation(kwargs: dict[str, object], field: str) -> None:
    with pytest.raises(ValidationError) as info:
        DocumentSymbol(**kwargs)  # type: ignore[arg-type]
    assert info.value.field == field


# Issue 13: in a công văn's symbol the group after the issuer is the drafting unit or field
# (Nghị định 30, Phụ lục I: "Tên cơ quan ban hành - Chữ viết tắt tên đơn vị soạn thảo hoặc
# lĩnh vực"), kept apart from the issuer.
@pytest.mark.parametrize(
    ("text", "issuer", "unit"),
    [
        ("Số: 2720/UBND-TKTH", "UBND", "TKTH"),
        ("Công văn số 1234/UBND-TNMT", "UBND", "TNMT"),
        ("45/UBND-VP", "UBND", "VP"),
        ("69/CP", "CP", None),
        ("07/BTC-CST-NSNN", "BTC", "CST-NSNN"),
    ],
)
def test_official_letters_keep_the_drafting_unit_apart(
    text: str, issuer: str, unit: str | None
) -> None:
    symbol = DocumentSymbol.parse(text)
    assert (symbol.type_code, symbol.issuer, symbol.unit) == (None, issuer, unit)
    assert symbol.issuers == (issuer,)
    assert DocumentSymbol.parse(str(symbol)) == symbol


# Real symbols beyond Nghị định 30's table, read and marked (nd30_type False): the joint form
# number/type/issuers, codes in use that Phụ lục III lacks, and the Party's form of Hướng dẫn
# 36-HD/VPTW (2018) — "Số 36-HD/VPTW" heads that Hướng dẫn itself, no colon after "Số".
@pytest.mark.parametrize(
    ("text", "code", "issuers", "form", "nd30", "canonical", "header"),
    [
        ("01/QCPH/UBND-UBMTTQ", "QCPH", ("UBND", "UBMTTQ"), "joint", False,
         "01/QCPH/UBND-UBMTTQ", "Số: 01/QCPH/UBND-UBMTTQ"),
        ("Số: 3/CTrPH/HĐND-UBND-UBMTTQ.", "CTrPH", ("HĐND", "UBND", "UBMTTQ"), "joint", False,
         "03/CTrPH/HĐND-UBND-UBMTTQ", "Số: 03/CTrPH/HĐND-UBND-UBMTTQ"),
        ("15/KL-UBND", "KL", ("UBND",), "state", False, "15/KL-UBND", "Số: 15/KL-UBND"),
        ("05/QĐ-CT", "QĐ", ("CT",), "state", True, "05/QĐ-CT", "Số: 05/QĐ-CT"),
        ("35-BC/QU", "BC", ("QU",), "party", False, "35-BC/QU", "Số 35-BC/QU"),
        ("Số 128-KH/TU", "KH", ("TU",), "party", False, "128-KH/TU", "Số 128-KH/TU"),
        ("Hướng dẫn 36-HD/VPTW", "HD", ("VPTW",), "party", False, "36-HD/VPTW",
         "Số 36-HD/VPTW"),
        ("Số 5-CV/QU.", "CV", ("QU",), "party", False, "05-CV/QU", "Số 05-CV/QU"),
        ("05/BC-UBND", "BC", ("UBND",), "state", True, "05/BC-UBND", "Số: 05/BC-UBND"),
    ],
)  # fmt: skip
def test_symbols_beyond_nghi_dinh_30(
    text: str,
    code: str,
    issuers: tuple[str, ...],
    form: str,
    nd30: bool,
    canonical: str,
    header: str,
) -> None:
    symbol = DocumentSymbol.parse(text)
    assert (symbol.type_code, symbol.issuers, symbol.form) == (code, issuers, form)
    assert symbol.nd30_type is nd30
    assert (str(symbol), symbol.header()) == (canonical, header)
    assert DocumentSymbol.parse(header) == symbol


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("Báo cáo số 05/KH-UBND", "'Báo cáo' written before 'KH'"),  # name and code disagree
        ("Kế hoạch số 2720/UBND-TKTH", "'Kế hoạch' written before an official letter's"),
        ("12-XX/TU", "not a type code"),  # the Party's form needs a known code
        ("01/XX/UBND-UBMTTQ", "the year must have four digits (or a type code)"),
        ("35-BC/QU/2020", "the document number must be digits"),
        ("Số: 05/BC-UBND..", "is not an abbreviation"),  # one full stop only
    ],
)
def test_symbols_refused_with_a_reason(text: str, reason: str) -> None:
    with pytest.raises(ParseError) as info:
        DocumentSymbol.parse(text)
    assert reason in info.value.reason


@given(st.text(max_size=80))
def test_document_symbol_parse_raises_only_parse_error(text: str) -> None:
    with contextlib.suppress(ParseError):
        DocumentSymbol.parse(text)


def test_document_symbol_long_input() -> None:
    with pytest.raises(ParseError):
        DocumentSymbol.parse("1" * 100_000 + "/BC-UBND")
    with pytest.raises(ParseError):
        DocumentSymbol.parse("5/" + "A-" * 50_000)


# Lists: CLDR vi list patterns "{0}, {1}" and "{0} và {1}" / "{0} hoặc {1}".
LISTS = [
    ([], "and", ""),
    (["HĐND"], "and", "HĐND"),
    (["HĐND", "UBND"], "and", "HĐND và UBND"),
    (["HĐND", "UBND", "UBMTTQ"], "and", "HĐND, UBND và UBMTTQ"),
    (["A", "B", "C", "D"], "and", "A, B, C và D"),
    (["sáng", "chiều"], "or", "sáng hoặc chiều"),
    (["A", "B", "C"], "or", "A, B hoặc C"),
    (["{0}", "{1}", "x"], "and", "{0}, {1} và x"),
]


@pytest.mark.parametrize(("items", "style", "expected"), LISTS)
def test_format_list(items: list[str], style: str, expected: str) -> None:
    assert format_list(items, style=style) == expected  # type: ignore[arg-type]


@pytest.mark.parametrize("items", [0, None, 1.5, object()])
def test_format_list_refuses_what_is_not_iterable(items: object) -> None:
    # Issue 14: format_list(0) raised TypeError; the library's own error names the value.
    with pytest.raises(ValidationError, match=r"items=.*iterable of strings"):
        format_list(items)  # type: ignore[arg-type]


def test_format_list_takes_any_iterable() -> None:
    assert format_list(iter(("A", "B", "C"))) == "A, B và C"


@pytest.mark.parametrize(
    ("items", "style"), [("ABC", "and"), (["A", 1], "and"), (["A"], "but"), (["A"], None)]
)
def test_format_list_rejects(items: object, style: object) -> None:
    with pytest.raises(ValidationError):
        format_list(items, style=style)  # type: ignore[arg-type]
