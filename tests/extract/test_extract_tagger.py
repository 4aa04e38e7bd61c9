"""extract(text, tagger="pyvi"): pyvi's tagger for the counts' nouns the lexicon lacks.

Short texts written for each rule of the tagger's hook (tayho_coord.extraction._tagger): a
noun the tagger tags after a number is counted; where the rules cannot tell a known noun's
end, the tagger's phrase ends it; every rule that refuses a number applies first. The
expected nouns follow the rule: the tagger's noun and the words it tags noun, verb or
adjective after it, up to the rules' boundary (a function word such as ``của``, ``trước``,
punctuation). Needs the ``nlp`` extra (the test extra installs it).
"""

from __future__ import annotations

import re
import subprocess
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tayho_coord.errors import ValidationError
from tayho_coord.extraction import _tagger, extract


def _counts(text: str, tagger: str | None = "pyvi") -> list[tuple[str | None, int, str]]:
    return [(c.qualifier, c.value, c.noun) for c in extract(text, tagger=tagger).counts]  # type: ignore[arg-type]


def _reasons(text: str) -> list[tuple[str, str]]:
    return [(u.span.text, u.reason) for u in extract(text, tagger="pyvi").unplaced]


@pytest.mark.parametrize(
    ("text", "rules", "with_tagger"),
    [
        # Nouns no lexicon of the rules holds (things, not the reports' nouns, so that a
        # lexicon that grows keeps these tests): the rules leave the number unplaced, the
        # tagger counts it.
        ("Hội nghị nhận được 12 lẵng hoa.", [], [(None, 12, "lẵng hoa")]),
        # The phrase goes on through the nouns, verbs and adjectives that qualify the noun …
        ("Trạm y tế nhận 8 máy đo huyết áp tự động.", [], [(None, 8, "máy đo huyết áp tự động")]),
        # … up to the rules' boundary ("của", "trước", "về"), the qualifier kept ("gần").
        (
            "Thư viện nhận gần 15 bức tranh cổ động của học sinh.",
            [],
            [("gần", 15, "bức tranh cổ động")],
        ),
        (
            "Hội đã vận động 45 mái nhà tình thương trước Tết.",
            [],
            [(None, 45, "mái nhà tình thương")],
        ),
        (
            "Đã phát 500 áp phích tuyên truyền về bầu cử.",
            [],
            [(None, 500, "áp phích tuyên truyền")],
        ),
        # A known noun whose end the rules cannot tell: the tagger's phrase ends it.
        # (Since round 18 the rules read "60 thành viên góp vốn." on to the full stop; "và" +
        # a word tells them no end.)
        (
            "Hợp tác xã có 60 thành viên góp vốn và lao động.",
            [],
            [(None, 60, "thành viên góp vốn")],
        ),
        # Where the rules read the count, the tagger changes nothing.
        (
            "Đã nhận 836 đơn khiếu nại của công dân.",
            [(None, 836, "đơn khiếu nại của công dân")],
            [(None, 836, "đơn khiếu nại của công dân")],
        ),
    ],
)
def test_the_tagger_reads_nouns_the_rules_leave(
    text: str, rules: list[object], with_tagger: list[object]
) -> None:
    assert _counts(text, None) == rules
    assert _counts(text) == with_tagger


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        # The rules' refusals come first: a duration …
        ("Xã có 25 năm truyền thống.", ("25 năm", "a duration, not a count")),
        # … a system of levels, by the development set's conventions no count …
        (
            "Trao đổi kinh nghiệm hoạt động HĐND 2 cấp quý I.",
            ("2 cấp", "noun not known: 'cấp'"),
        ),
        # … a number after a name or a noun: a name's number, or a count printed after its
        # noun ('KN 76'), no count by the set's conventions …
        (
            # (round 27: after "NQ", a paper's number, it is a numbering before any noun)
            "Đồng chí Bí thư về thực hiện KH 28 chủ trì hội nghị.",
            ("28 chủ", "noun not known: 'chủ'"),
        ),
        ("Đàn gia súc 6.240 con, đạt kế hoạch.", ("6.240 con", "noun not known: 'con'")),
        # … a part of the day ("two-way") and a single letter (a unit).
        ("Buổi đối thoại 2 chiều diễn ra sôi nổi.", ("2 chiều", "noun not known: 'chiều'")),
        ("Nhiệt độ lên tới 70 c trong lò.", ("70 c", "noun not known: 'c'")),
    ],
)
def test_the_rules_refusals_apply_first(text: str, reason: tuple[str, str]) -> None:
    assert _counts(text) == []
    assert reason in _reasons(text)


def test_a_measure_stays_an_amount() -> None:
    assert _counts("Thu hoạch 8 ha lúa và 522 triệu đồng.") == []


def test_the_default_is_the_rules_alone() -> None:
    text = "Hội nghị nhận được 12 lẵng hoa và 3 bức trướng."
    assert extract(text) == extract(text, tagger=None)
    unplaced = [(u.span.text, u.reason) for u in extract(text).unplaced]
    assert ("12 lẵng", "noun not known: 'lẵng'") in unplaced


def test_an_unknown_tagger_is_refused() -> None:
    with pytest.raises(ValidationError, match="tagger='spacy': is not one of pyvi") as caught:
        extract("Có 12 lẵng hoa.", tagger="spacy")  # type: ignore[arg-type]
    assert caught.value.field == "tagger"
    assert caught.value.value == "spacy"


def test_a_missing_extra_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    _tagger._pyvi.cache_clear()
    monkeypatch.setitem(sys.modules, "pyvi", None)  # as if pyvi were not installed
    try:
        with pytest.raises(
            ValidationError, match=r'needs the nlp extra \(pyvi\): pip install "tayho_coord\[nlp\]"'
        ):
            extract("Có 12 lẵng hoa.", tagger="pyvi")
    finally:
        monkeypatch.undo()
        _tagger._pyvi.cache_clear()
    assert _counts("Có 12 lẵng hoa.") == [(None, 12, "lẵng hoa")]


def test_the_tokens_are_the_texts_own() -> None:
    # pyvi's words are found syllable by syllable; a word it rewrote ends the alignment.
    text = "Có 2 pháp lệnh mới."
    assert _tagger._align(text, 0, ["Có", "2", "pháp_lệnh", "mới"], ["V", "M", "N", "A"]) == [
        (0, 2, "V"),
        (3, 4, "M"),
        (5, 14, "N"),
        (15, 18, "A"),
    ]
    assert _tagger._align(text, 0, ["Có", "hai", "pháp_lệnh"], ["V", "M", "N"]) == [(0, 2, "V")]
    assert _tagger._tag_pyvi("Có\n  \n", 3) == []


def test_importing_tayho_coord_loads_no_tagger() -> None:
    code = (
        "import sys, tayho_coord, tayho_coord.extraction; "
        "tayho_coord.extract('Hội nghị nhận được 12 lẵng hoa.'); "
        "print(sorted(m for m in ('pyvi', 'sklearn', 'sklearn_crfsuite', 'scipy') "
        "if m in sys.modules))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert out.strip() == "[]"


_SYLLABLES = st.sampled_from(
    [
        "có",
        "2",
        "15",
        "1.200",
        "pháp",
        "lệnh",
        "phiếu",
        "buổi",
        "tuyên",
        "truyền",
        "năm",
        "ha",
        "cấp",
        "của",
        "Ban",
        "HĐND",
        ",",
        ".",
        "(",
        "%",
        "đơn",
        "giải",
        "quyết",
        "\n",
        "hơn",
    ]
)


@settings(max_examples=40, deadline=None)
@given(st.lists(_SYLLABLES, max_size=14))
def test_the_tagger_only_adds_counts_at_the_texts_numbers(parts: list[str]) -> None:
    text = " ".join(parts)
    rules = extract(text)
    tagged = extract(text, tagger="pyvi")
    starts = {c.span.start for c in rules.counts}
    for count in tagged.counts:
        assert tagged.text[count.span.start : count.span.end] == count.span.text
        assert count.noun
        # the noun as printed, a line that only wraps its sentence a space (round 21)
        assert re.sub(r"[^\S\n]*\n[^\S\n]*", " ", count.span.text).endswith(count.noun)
        if count.span.start in starts:
            continue
        assert count.span.text[:1].isdigit() or count.qualifier is not None
    # Nothing else of the draft changes.
    assert (tagged.dates, tagged.rates, tagged.symbols) == (rules.dates, rules.rates, rules.symbols)
