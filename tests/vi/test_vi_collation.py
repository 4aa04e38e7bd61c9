"""Vietnamese alphabetical order against ICU.

The oracle, data/collation_vi_icu.json, was generated once with
``node tests/vi/data/make_collation_golden.mjs > tests/vi/data/collation_vi_icu.json``
(Node.js v20.20.2, ICU 78.2): ~1,100 strings — place and person names from the seed and
reference/tay-ho-facts.md, every tone on a vowel, case pairs, punctuation, digits and 2,500
seeded random Vietnamese-like strings — sorted by ``Intl.Collator("vi")``, ICU's ``vi``
collation, with the strings ICU calls equal dropped. No ICU is needed at test time.

Rules: reference/vietnamese-rules.md, "Alphabetical order" (a ă â b c d đ e ê g h i k l m n o
ô ơ p q r s t u ư v x y; tones after letters: none, huyền, hỏi, ngã, sắc, nặng).
"""

from __future__ import annotations

import json
import random
import unicodedata
from itertools import pairwise
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tayho_coord.errors import ValidationError
from tayho_coord.vi import PersonName, name_sort_key, sort_key
from tayho_coord.vi._text import unify_tone_placement

GOLDEN = json.loads((Path(__file__).parent / "data" / "collation_vi_icu.json").read_text("utf-8"))
STRINGS: list[str] = GOLDEN["strings"]


def test_golden_list_is_large() -> None:
    assert len(STRINGS) > 1000


def test_sort_key_agrees_with_icu() -> None:
    # ICU orders the old and new tone placements of one word ("hòa", "hoà") apart; the key
    # makes them equal (issue 13: placement is not a sort criterion), and agrees with ICU on
    # everything else: sorting a shuffled copy gives ICU's order up to those equal pairs.
    shuffled = STRINGS[:]
    random.Random(20200211).shuffle(shuffled)
    assert [sort_key(s) for s in sorted(shuffled, key=sort_key)] == [sort_key(s) for s in STRINGS]


# The pairs of the golden list that differ only by the placement of the tone in an open oa,
# oe, uy syllable (reference/vietnamese-rules.md, "Tone-mark placement"): equal keys.
PLACEMENT_PAIRS = {
    ("hoà", "hòa"),
    ("khoẻ", "khỏe"),
    ("thuỷ", "thủy"),
    ("Thuỵ Khuê", "Thụy Khuê"),
    ("uỷ", "ủy"),
    ("Uỷ ban", "Ủy ban"),
}


def test_icu_order_is_strict_for_sort_key() -> None:
    disagreements = [(a, b) for a, b in pairwise(STRINGS) if not sort_key(a) < sort_key(b)]
    assert set(disagreements) == PLACEMENT_PAIRS
    assert all(sort_key(a) == sort_key(b) for a, b in PLACEMENT_PAIRS)


# The alphabet of the rules, in order, and the tones in order.
ALPHABET = list("aăâbcdđeêghiklmnoôơpqrstuưvxy")


def test_alphabet_order() -> None:
    assert all(sort_key(a) < sort_key(b) for a, b in pairwise(ALPHABET))
    assert all(sort_key(a.upper()) < sort_key(b) for a, b in pairwise(ALPHABET))


def test_tone_order() -> None:
    tones = ["ma", "mà", "mả", "mã", "má", "mạ"]
    assert all(sort_key(a) < sort_key(b) for a, b in pairwise(tones))


@pytest.mark.parametrize(
    ("smaller", "larger"),
    [
        ("baả", "bảa"),  # letters of the whole string first, then tones
        ("bảa", "bb"),
        ("a", "A"),  # case breaks ties only, lowercase first
        ("A", "à"),  # tone before case
        ("Dak", "Đà"),  # Python's sorted() puts Đ after Z
        ("Ấp", "Zô"),  # and Ấ after Z
        ("Hà Nội", "Hàm"),  # a space sorts before letters
        ("Quận 10", "Quận 2"),  # digits compare as characters, as in ICU
    ],
)
def test_pairs(smaller: str, larger: str) -> None:
    assert sort_key(smaller) < sort_key(larger)


@given(st.text(max_size=30))
def test_nfc_and_nfd_are_equal(text: str) -> None:
    assert sort_key(unicodedata.normalize("NFC", text)) == sort_key(
        unicodedata.normalize("NFD", text)
    )


@given(st.text(max_size=20), st.text(max_size=20))
def test_order_is_total_and_consistent(a: str, b: str) -> None:
    ka, kb = sort_key(a), sort_key(b)
    assert (ka < kb) + (ka == kb) + (ka > kb) == 1
    assert (ka == kb) == (unify_tone_placement(a) == unify_tone_placement(b))


# Old and new placements (reference/vietnamese-rules.md, "Tone-mark placement": they differ
# only for the open syllables in oa, oe, uy): one word, one key, in both orders.
@pytest.mark.parametrize("order", ["icu", "dictionary"])
@pytest.mark.parametrize(
    ("old", "new"),
    [("Hòa", "Hoà"), ("Thủy", "Thuỷ"), ("Khỏe", "Khoẻ"), ("Hóa", "Hoá"), ("xòe", "xoè"),
     ("Ủy ban nhân dân", "Uỷ ban nhân dân"), ("Lê Thị Thúy", "Lê Thị Thuý")],
)  # fmt: skip
def test_old_and_new_placements_sort_as_one_word(old: str, new: str, order: str) -> None:
    assert sort_key(old, order=order) == sort_key(new, order=order)  # type: ignore[arg-type]


def test_placement_does_not_split_people_of_one_name() -> None:
    # Two people named Hòa (one written Hoà) are not split by a Hoá: the example.
    names = ["Trần Văn Hoà", "Lê Thị Hoá", "Nguyễn Văn Hòa"]
    given = [PersonName.parse(n).given for n in sorted(names, key=name_sort_key)]
    # One given name Hòa, then the middle names (Văn, Văn), then the family names: Nguyễn
    # before Trần, whatever the placement; Hóa (sắc) after Hòa (huyền).
    assert given == ["Hòa", "Hoà", "Hoá"]


def test_other_placements_are_not_moved() -> None:
    # Only the oa/oe/uy convention is unified; a tone on another vowel stays where written.
    assert sort_key("baả") != sort_key("bảa")
    assert sort_key("hóan") != sort_key("hoán")  # a closed syllable has one right place


# Dictionary order (Từ điển tiếng Việt, Hoàng Phê ed.: headwords syllable by syllable, the tone
# of a syllable before the next syllable) against ICU's (all letters, then all tones).
@pytest.mark.parametrize(
    ("words", "icu", "dictionary"),
    [
        (
            ["Bà Điểm", "Ba Vì", "Ba Đình"],
            ["Bà Điểm", "Ba Đình", "Ba Vì"],
            ["Ba Đình", "Ba Vì", "Bà Điểm"],
        ),
        (["má ơi", "ma ơi", "mà ôi"], ["mà ôi", "ma ơi", "má ơi"], ["ma ơi", "mà ôi", "má ơi"]),
        (["bàn", "ba nam"], ["ba nam", "bàn"], ["ba nam", "bàn"]),
        (["cá ngừ", "ca nương"], ["cá ngừ", "ca nương"], ["ca nương", "cá ngừ"]),
        (["Tây-Hồ", "Tây Hà"], ["Tây Hà", "Tây-Hồ"], ["Tây Hà", "Tây-Hồ"]),
    ],
)
def test_dictionary_order(words: list[str], icu: list[str], dictionary: list[str]) -> None:
    assert sorted(words, key=sort_key) == icu
    assert sorted(words, key=lambda w: sort_key(w, order="dictionary")) == dictionary


def test_dictionary_order_within_one_syllable_is_icu() -> None:
    # One syllable: letters then tone, both orders agree with the golden list.
    single = [s for s in STRINGS if s.isalpha()]
    assert sorted(single, key=lambda s: sort_key(s, order="dictionary")) == sorted(
        single, key=sort_key
    )


@given(st.text(max_size=20), st.text(max_size=20))
def test_dictionary_order_is_total(a: str, b: str) -> None:
    ka, kb = sort_key(a, order="dictionary"), sort_key(b, order="dictionary")
    assert (ka == kb) == (unify_tone_placement(a) == unify_tone_placement(b))


@pytest.mark.parametrize("value", [0, None, b"abc", ["a"]])
def test_sort_key_refuses_what_is_not_text(value: object) -> None:
    with pytest.raises(ValidationError, match="text"):
        sort_key(value)  # type: ignore[arg-type]


def test_sort_key_refuses_an_unknown_order() -> None:
    with pytest.raises(ValidationError, match="order"):
        sort_key("a", order="alphabet")  # type: ignore[arg-type]


def test_name_sort_key_takes_the_order() -> None:
    # Given names compared in each order: ICU puts "Bà Điểm"-like letters first, the
    # dictionary the first syllable (middle names "Thị Ba" < "Thị Bà").
    names = ["Lê Bà Điểm An", "Lê Ba Vì An", "Lê Ba Đình An"]
    assert sorted(names, key=name_sort_key) == ["Lê Bà Điểm An", "Lê Ba Đình An", "Lê Ba Vì An"]
    assert sorted(names, key=lambda n: name_sort_key(n, order="dictionary")) == [
        "Lê Ba Đình An",
        "Lê Ba Vì An",
        "Lê Bà Điểm An",
    ]
    with pytest.raises(ValidationError):
        name_sort_key("Lê Văn An", order="abc")  # type: ignore[arg-type]
