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

from tayho_coord.vi import sort_key

GOLDEN = json.loads((Path(__file__).parent / "data" / "collation_vi_icu.json").read_text("utf-8"))
STRINGS: list[str] = GOLDEN["strings"]


def test_golden_list_is_large() -> None:
    assert len(STRINGS) > 1000


def test_sort_key_agrees_with_icu() -> None:
    shuffled = STRINGS[:]
    random.Random(20200211).shuffle(shuffled)
    assert sorted(shuffled, key=sort_key) == STRINGS


def test_icu_order_is_strict_for_sort_key() -> None:
    disagreements = [(a, b) for a, b in pairwise(STRINGS) if not sort_key(a) < sort_key(b)]
    assert disagreements == []


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
    assert (ka == kb) == (unicodedata.normalize("NFD", a) == unicodedata.normalize("NFD", b))
