"""The words that name a voter contact, a conference that is none, a hearing's explainers.

Each rule is tested on texts written for it (docs/extract.md, "What goes where"); the real
pages each wording was found on are cited with their short facts (not their prose):

- yenson.tuyenquang.gov.vn/cong-dan/doi-thoai-truc-tuyen: Chiều 5/5, xã Phúc Ninh, two
  deputies of the National Assembly "đã tiếp xúc với cử tri".
- baoninhbinh.org.vn (tag "phát biểu", page 10): deputies of the provincial council,
  khóa XIV, "tiếp xúc với cử tri tại 16 điểm"; "trên 2.000 cử tri".
- sggp.org.vn …-post830062.html: Chiều 22-12 [2025], group no. 29 of HĐND TPHCM "đã có buổi
  tiếp xúc với cử tri phường Bến Cát".
- thanhha.haiduong.gov.vn/ViewDetail/4072.aspx: Sáng 20/11, xã Thanh Quang, "buổi tiếp xúc
  với đại diện cử tri các xã khu Hà Đông", before session 15 of khóa XVI.
- baomoi.com …/c/36691294.epi (Chí Linh, 2020): "buổi tiếp xúc với gần 100 cử tri"; 22
  voters spoke.
- thtg.vn/pho-chu-tich-hdnd-tinh-tiep-xuc-cu-tri-huyen-cai-be: Ngày 02-6 [2020], "buổi tiếp
  xúc hơn 100 cử tri của 2 xã An Hữu và Hòa Hưng".
- sub.dost-dongnai.gov.vn/xuanbinh …NewsID=2853: 14/01/2025, "tiếp xúc giữa cử tri với đại
  biểu HĐND phường", after session 13 of khóa IV.
- dantri.com.vn …-20260307152616455.htm: Chiều 7/3 [2026], Vị Thủy, "Hội nghị gặp gỡ và tiếp
  xúc giữa người ứng cử đại biểu Quốc hội khoá XVI với cử tri 3 xã".
- btv.org.vn …-116404.html: Ngày 28/9 [2022], Bình Dương's delegation "gặp gỡ tiếp xúc cử
  tri"; m.baomoi.com …/c/38718770.epi: Khánh Hòa's candidates "sẽ tiến hành gặp gỡ, tiếp
  xúc cử tri tại 14 đơn vị bầu cử" (planned, 2021).
- daibieunhandan.vn/mot-so-hinh-anh-ve-dai-bieu-hdnd-tinh-thai-nguyen-txct-truoc-ky-hop-
  thu-5---hdnd-tinh-khoa-xii-514: "Đại biểu HĐND tỉnh Thái Nguyên TXCT trước kỳ họp thứ 5";
  badontv.vn (tag "thu thập", 17/12/2019): "công tác tiếp xúc cử tri (TXCT)", "TXCT chuyên
  đề", "Các cuộc TXCT" (Ba Đồn, a tally of the term).
- kienhai.kiengiang.gov.vn …inbaiviet.aspx?nid=1339: 23/04/2019, a meeting of the councils
  of two levels to share experience, "với chủ đề “Nâng cao chất lượng hoạt động tiếp xúc
  cử tri và tiếp công dân …”" — no voter contact.
- baogialai.com.vn …-post304926.html (Kbang, 2024): the council's session hears that its
  Thường trực "đã phối hợp tổ chức các kỳ họp HĐND, hoạt động tiếp xúc cử tri, hoạt động
  giám sát" — fields of work.
- daibieunhandan.vn, Điện Biên (half a term): "đến nay đã tổ chức hơn 100 Hội nghị TXCT với
  nhiều hình thức như TXCT định kỳ, TXCT nơi cư trú"; Hương Thủy (2015): "542 buổi tiếp xúc
  giữa cử tri với đại biểu …, trước và sau các kỳ họp" — tallies.
- badinh.hanoi.gov.vn …/4467382 (review 5, record 2): Giảng Võ's hearing of 28/5/2019 heard
  "14 ý kiến phát biểu" and "3 ý kiến yêu cầu giải trình bổ sung"; "Đồng chí Chủ tịch UBND
  phường và đồng chí Phó trưởng Công an phường đã tham gia giải trình".
"""

from __future__ import annotations

import warnings

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tayho_coord.errors import FigureWarning
from tayho_coord.extraction import Assembly, EventKind, assemble, extract
from tayho_coord.model import Hearing, VoterContact


def _assemble(text: str) -> Assembly:
    with warnings.catch_warnings():
        warnings.simplefilter("error", FigureWarning)
        return assemble(extract(text, source="bai-viet.txt"))


# -- 1. the words of a voter contact, as pages print them -----------------------------------

# Each wording before the voters' unit, as printed on a page cited above.
CONTACT_WORDINGS = [
    "tiếp xúc cử tri",
    "tiếp xúc với cử tri",
    "đã có buổi tiếp xúc với cử tri",
    "có buổi tiếp xúc với đại diện cử tri",
    "tiếp xúc giữa cử tri",
    "gặp gỡ, tiếp xúc cử tri",
    "gặp gỡ tiếp xúc cử tri",
    "gặp gỡ và tiếp xúc với cử tri",
    "TXCT",
    "Tiếp xúc với các cử tri",
]


@pytest.mark.parametrize("words", CONTACT_WORDINGS)
def test_each_wording_names_a_voter_contact_and_its_voters(words: str) -> None:
    text = f"Sáng ngày 05/6/2023, đại biểu HĐND huyện Ba Vì {words} xã Ba Trại."
    event = extract(text).event
    assert event is not None
    assert event.kind is EventKind.VOTER_CONTACT
    (contact,) = _assemble(text).records
    assert isinstance(contact, VoterContact)
    # the voters are read right after the words, whatever their form
    assert (str(contact.unit), contact.held_on.iso()) == ("xã Ba Trại", "2023-06-05")


@pytest.mark.parametrize("bound", ["", "hơn ", "gần ", "trên ", "khoảng "])
@pytest.mark.parametrize("number", [100, 1250])
def test_a_number_of_voters_between_the_words_is_their_figure(bound: str, number: int) -> None:
    printed = f"{number:,}".replace(",", ".")
    text = (
        f"Ngày 02/6/2020, đại biểu HĐND huyện Cái Bè đã có buổi tiếp xúc {bound}{printed} "
        "cử tri xã An Hữu."
    )
    event = extract(text).event
    assert event is not None
    assert event.kind is EventKind.VOTER_CONTACT
    (contact,) = _assemble(text).records
    assert isinstance(contact, VoterContact)
    assert contact.voters is not None
    assert contact.voters.printed.text == f"{bound}{printed}".strip()


def test_words_between_giua_and_voi_cu_tri_are_who_meets_them() -> None:
    # Vị Thủy, 2026: "tiếp xúc giữa người ứng cử … với cử tri 3 xã …"
    event = extract(
        "Chiều 7/3/2026, tại xã Vị Thủy diễn ra Hội nghị gặp gỡ và tiếp xúc giữa người ứng cử "
        "đại biểu Quốc hội khoá XVI với cử tri 3 xã Vị Thủy, Vĩnh Tường và Vĩnh Thuận Đông."
    ).event
    assert event is not None
    assert event.kind is EventKind.VOTER_CONTACT
    assert event.span.text.endswith("với cử tri")


@pytest.mark.parametrize(
    "text",
    [
        # no voters in the words: a contact with businesses, a word of another sense
        "Ngày 05/6/2023, lãnh đạo huyện Ba Vì tiếp xúc với doanh nghiệp trên địa bàn.",
        "Ngày 05/6/2023, UBND huyện Ba Vì tiếp xúc, đối thoại với công nhân lao động.",
        "Ngày 05/6/2023, cán bộ huyện Ba Vì tiếp xúc với nhiều người dân xã Ba Trại.",
        # an abbreviation inside a longer word is not one
        "Ngày 05/6/2023, phòng TXCTV huyện Ba Vì họp.",
    ],
)
def test_no_voters_in_the_words_is_no_voter_contact(text: str) -> None:
    assert extract(text).event is None


# -- 3. a conference on the work of contacts is no contact ----------------------------------

FIELDS = [
    # Kiên Hải, 2019: the theme of another meeting, in quotes
    "Ngày 23/4/2019, HĐND huyện Kiên Hải tổ chức hội nghị trao đổi kinh nghiệm hoạt động HĐND "
    "2 cấp với chủ đề “Nâng cao chất lượng tiếp xúc cử tri và tiếp công dân”.",
    'Ngày 23/4/2019, HĐND huyện Kiên Hải tổ chức hội nghị với chủ đề: "Tiếp xúc cử tri: kinh '
    'nghiệm và giải pháp".',
    # Kiên Hải, Kbang: the work named as a field ("hoạt động", "chất lượng", "nâng cao")
    "Ngày 23/4/2019, HĐND huyện Kiên Hải tổ chức hội nghị nâng cao chất lượng hoạt động tiếp "
    "xúc cử tri.",
    "Trong năm, Thường trực HĐND huyện Kbang đã phối hợp tổ chức các kỳ họp HĐND, hoạt động "
    "tiếp xúc cử tri, hoạt động giám sát.",
    "Ngày 10/3/2024, HĐND huyện Ba Vì tập huấn kỹ năng tiếp xúc cử tri cho đại biểu.",
    # Điện Biên, Hương Thủy, Ba Đồn: tallies of many sessions, their abbreviation, a list
    "Các ĐBQH tỉnh đã dành nhiều thời gian cho công tác tiếp xúc cử tri (TXCT), đến nay đã tổ "
    "chức hơn 100 Hội nghị TXCT với nhiều hình thức như TXCT định kỳ, TXCT nơi cư trú.",
    "Ban Thường trực UBMTTQ thị xã Hương Thủy phối hợp tổ chức 542 buổi tiếp xúc giữa cử tri "
    "với đại biểu Quốc hội, HĐND các cấp, trước và sau các kỳ họp.",
]


@pytest.mark.parametrize("text", FIELDS)
def test_the_work_of_contacts_named_as_a_field_a_theme_or_a_tally_is_no_contact(
    text: str,
) -> None:
    assert extract(text).event is None
    assert not any(isinstance(r, VoterContact) for r in _assemble(text).records)


def test_a_contact_held_after_the_work_is_named_as_a_field_is_still_read() -> None:
    # the field of work names no event; the sentence that holds one decides
    event = extract(
        "Thực hiện công tác tiếp xúc cử tri trước kỳ họp, sáng ngày 05/6/2023, đại biểu HĐND "
        "huyện Ba Vì đã tiếp xúc với cử tri xã Ba Trại."
    ).event
    assert event is not None
    assert event.kind is EventKind.VOTER_CONTACT
    assert event.span.text == "tiếp xúc với cử tri"


def test_a_series_held_in_one_period_is_still_a_contact() -> None:
    # a count of meetings without "các kỳ họp", "đến nay", "nhiệm kỳ" is the contact's own
    event = extract(
        "Từ ngày 02/6/2020 đến ngày 05/6/2020, đại biểu HĐND huyện Ba Vì tổ chức 05 buổi tiếp "
        "xúc cử tri tại 5 xã trước kỳ họp thứ 12."
    ).event
    assert event is not None
    assert event.kind is EventKind.VOTER_CONTACT


@given(st.sampled_from(CONTACT_WORDINGS), st.sampled_from(FIELDS))
def test_a_field_before_a_contact_never_hides_it_nor_becomes_one(words: str, field: str) -> None:
    # a field sentence first, then a contact's: the contact decides; alone, no contact
    text = f"{field} Sáng ngày 05/6/2023, đại biểu HĐND huyện Ba Vì {words} xã Ba Trại."
    event = extract(text).event
    assert event is not None
    assert event.kind is EventKind.VOTER_CONTACT
    assert event.span.start > len(field)


# -- the same gaps in the other kinds' words ------------------------------------------------


@pytest.mark.parametrize(
    "words", ["phiên giải trình", "phiên họp giải trình", "hội nghị giải trình"]
)
def test_a_hearing_named_a_conference_is_a_hearing(words: str) -> None:
    # Minh Sơn, 2023: "HỘI ĐỒNG NHÂN DÂN XÃ MINH SƠN TỔ CHỨC HỘI NGHỊ GIẢI TRÌNH"
    text = f"Ngày 20/9/2023, Thường trực HĐND xã Minh Sơn tổ chức {words} về công tác hòa giải."
    event = extract(text).event
    assert event is not None
    assert event.kind is EventKind.HEARING
    (hearing,) = _assemble(text).records
    assert isinstance(hearing, Hearing)
    assert hearing.subject == "công tác hòa giải"


@pytest.mark.parametrize(
    "words",
    ["phiên họp giải trình", "giám sát chuyên đề", "tiếp xúc cử tri", "hội nghị giải trình"],
)
@pytest.mark.parametrize(
    "field", ["nâng cao chất lượng", "nâng cao chất lượng hoạt động", "tập huấn kỹ năng"]
)
def test_the_quality_of_any_activity_is_a_field_not_the_event(words: str, field: str) -> None:
    # Bến Cầu, Tây Ninh: "Bàn giải pháp nâng cao chất lượng phiên họp giải trình"
    text = f"Ngày 05/3/2024, Thường trực HĐND huyện Bến Cầu bàn giải pháp {field} {words}."
    assert extract(text).event is None


# -- 2. who explained at a hearing, and the opinions it heard (review 5, D12) ---------------

LEAD = (
    "Ngày 28/5/2019, Thường trực HĐND phường Giảng Võ tổ chức phiên giải trình về công tác "
    "quản lý trật tự đô thị. "
)


def _hearing(text: str) -> tuple[Hearing, dict[str, str]]:
    result = _assemble(LEAD + text)
    (hearing,) = result.records
    assert isinstance(hearing, Hearing)
    return hearing, {u.span.text: u.reason for u in result.unplaced}


POSTS = [
    "Chủ tịch UBND phường",
    "Phó trưởng Công an phường",
    "Phó Chủ tịch UBND phường",
    "Giám đốc Sở Xây dựng thành phố",
    "Trưởng phòng Tài nguyên và Môi trường quận",
]


@pytest.mark.parametrize(
    "form",
    [
        "Đồng chí {a} và đồng chí {b} đã tham gia giải trình.",
        "Tại phiên giải trình, {a} và {b} đã giải trình, làm rõ các vấn đề.",
        "Phiên giải trình nghe {a}, {b} giải trình.",
        "Phiên giải trình đã nghe giải trình của {a} và {b}.",
        "Tại phiên, ông {a} và bà {b} lần lượt trả lời các ý kiến.",
    ],
)
@pytest.mark.parametrize(("a", "b"), [(POSTS[0], POSTS[1]), (POSTS[3], POSTS[4])])
def test_the_posts_that_explained_are_answering_in_the_texts_order(
    form: str, a: str, b: str
) -> None:
    hearing, _ = _hearing(form.format(a=a, b=b))
    assert hearing.answering == (a, b)


@pytest.mark.parametrize(
    "text",
    [
        # asked to explain: whether they did is not said
        "Nhiều đại biểu đã yêu cầu Chủ tịch UBND phường giải trình.",
        # a body or a group without a post: who answered for it is not said
        "UBND phường đã giải trình các ý kiến.",
        "Qua giải trình của lãnh đạo UBND phường và các ngành chuyên môn, phiên kết thúc.",
        # answers outside the hearing's sentences
        "Trong năm, Chủ tịch UBND phường đã trả lời 20 kiến nghị của cử tri.",
        # the hearing's own name
        "Thường trực HĐND phường tổ chức phiên giải trình lần thứ hai.",
    ],
)
def test_no_post_named_as_explaining_is_no_answering(text: str) -> None:
    hearing, _ = _hearing(text)
    assert hearing.answering == ()


@pytest.mark.parametrize(
    "text",
    [
        "Tại phiên giải trình, Phó Chủ tịch UBND phường Nguyễn Văn An và Trưởng Công an "
        "phường đã giải trình.",
        "Ông Nguyễn Văn An, Phó Chủ tịch UBND phường và bà Lê Thị Hoa, Trưởng Công an phường "
        "đã giải trình.",
    ],
)
def test_a_persons_name_beside_the_post_is_not_kept(text: str) -> None:
    hearing, _ = _hearing(text)
    assert hearing.answering == ("Phó Chủ tịch UBND phường", "Trưởng Công an phường")


@pytest.mark.parametrize("number", [3, 14, 120])
@pytest.mark.parametrize(
    ("printed", "what"),
    [
        ("{n} ý kiến phát biểu", "ý kiến phát biểu"),
        ("{n} lượt ý kiến phát biểu", "lượt ý kiến phát biểu"),
        ("{n} ý kiến, kiến nghị", "ý kiến, kiến nghị"),
        ("hơn {n} ý kiến", "ý kiến"),
    ],
)
def test_opinions_heard_in_a_sentence_of_the_hearing_are_its_figures(
    number: int, printed: str, what: str
) -> None:
    words = printed.format(n=number)
    hearing, _ = _hearing(f"Phiên giải trình cũng lắng nghe {words} của các đại biểu.")
    (figure,) = hearing.figures
    assert (figure.what, figure.printed.text) == (what, words[: -len(what)].strip())
    assert "lắng nghe" in figure.sources[0].excerpt


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("Tại phiên, UBND phường đã giải trình 10 ý kiến.", "handled"),
        ("Tại phiên giải trình, mỗi tổ dân phố có 3 ý kiến.", "a part"),
        ("Tại phiên giải trình, còn 4 ý kiến chưa được làm rõ.", "a part"),
        ("Tại phiên giải trình, có 4 ý kiến thuộc thẩm quyền của quận.", "a part"),
        ("Tại phiên giải trình có 12 ý kiến. Tại phiên, 14 ý kiến khác được nêu.", "not said"),
        ("Trong năm, phường nhận 40 ý kiến của cử tri.", "StatedFigure.what"),
        ("Tại phiên giải trình có 5 đơn vị báo cáo.", "StatedFigure.what"),
    ],
)
def test_other_figures_of_a_hearing_are_unplaced_with_the_reason(text: str, reason: str) -> None:
    hearing, reasons = _hearing(text)
    assert hearing.figures == ()
    assert reasons
    assert all(reason in r for r in reasons.values())


def test_the_giang_vo_hearing() -> None:
    # badinh.hanoi.gov.vn …/4467382, as review 5 took it, the year added to its day
    hearing, reasons = _hearing(
        "Phiên giải trình cũng lắng nghe 14 ý kiến phát biểu nêu những nội dung cần giải trình "
        "và 3 ý kiến yêu cầu giải trình bổ sung. Đồng chí Chủ tịch UBND phường và đồng chí Phó "
        "trưởng Công an phường đã tham gia giải trình, qua đó làm rõ những vấn đề thuộc thẩm "
        "quyền."
    )
    assert hearing.answering == ("Chủ tịch UBND phường", "Phó trưởng Công an phường")
    assert [(f.what, f.printed.text) for f in hearing.figures] == [("ý kiến phát biểu", "14")]
    # since round 18 the count rules read "3 ý kiến yêu cầu giải trình bổ sung" to the full
    # stop: opinions asking for more, some of those heard, not all of them; what such a
    # figure measures is a person's to write
    assert "StatedFigure.what" in reasons["3 ý kiến yêu cầu giải trình bổ sung"]


def test_an_oversights_figures_stay_a_persons_to_write() -> None:
    result = _assemble(
        "Ngày 05/3/2024, Đoàn giám sát của HĐND huyện Ba Vì giám sát công tác đất đai. Tại "
        "buổi giám sát, có 14 ý kiến phát biểu."
    )
    assert {u.span.text: u.reason for u in result.unplaced}["14 ý kiến phát biểu"].endswith(
        "(StatedFigure.what)"
    )
