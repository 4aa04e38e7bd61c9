"""Counts and rates of round 11 (issue 16): scales, half-days, which persons, offices.

Each case is a short text written for its rule (docs/extract.md, "round 11"): a map's or a
plan's scale after ``tỉ lệ`` / ``bản đồ`` is no rate; ``buổi`` after a word of duration or
before the one time it starts at is a length of time; persons followed by words that name
which persons are counted abstain; offices and their heads are counted nouns; a level listed
after ``cấp`` names no place; ``tặng`` ends a phrase.
"""

from __future__ import annotations

import pytest
from extract_helpers import counts as _counts
from extract_helpers import rates as _rates
from extract_helpers import unplaced as _reasons


@pytest.mark.parametrize(
    ("text", "scale"),
    [
        ("Đồ án quy hoạch chi tiết, tỉ lệ 1/500 khu dân cư.", "1/500"),
        ("lập quy hoạch phân khu tỷ lệ 1/2.000 tại", "1/2.000"),
        ("Tỷ lệ bản đồ 1/10.000 được dùng", "1/10.000"),
        ("trên nền bản đồ 1/25000 của", "1/25000"),
        ("theo tỷ lệ: 1/1.000 đã duyệt", "1/1.000"),
        # After a plan or a map, a noun after the scale names what is planned.
        ("Quy hoạch chi tiết tỷ lệ 1/500 khu dân cư số 3", "1/500"),
    ],
)
def test_a_scale_is_no_rate(text: str, scale: str) -> None:
    # One over a round hundred after the word of a scale is a map's scale (TCVN/QCXDVN
    # scales of plans: 1/500, 1/2.000, 1/5.000, 1/10.000): no part of a whole.
    assert _rates(text) == []
    assert (scale, "a map's scale, not a rate") in _reasons(text)


@pytest.mark.parametrize(
    ("text", "rate"),
    [
        # A counted noun after it, another numerator, or no scale's word: a rate still.
        ("đạt tỷ lệ 1/100 xã hoàn thành", "1/100"),
        ("tỷ lệ 3/500 hộ", "3/500"),
        ("đã giải quyết 1/500 kiến nghị", "1/500"),
        ("tỉ lệ 1/250 là thấp", "1/250"),
        ("đạt tỷ lệ 1/200 hộ, cao hơn", "1/200"),
    ],
)
def test_a_fraction_that_is_no_scale_stays_a_rate(text: str, rate: str) -> None:
    assert _rates(text) == [rate]


@pytest.mark.parametrize(
    "text",
    [
        "Kỳ họp diễn ra trong 01 buổi.",
        "Hội nghị kéo dài 2 buổi sáng và chiều.",
        "thời gian 1 buổi, tại hội trường",
        "tổ chức kỳ họp thứ 9, 01 buổi vào lúc 14 giờ ngày 3 tháng 5",
        "họp 01 buổi, lúc 8 giờ 00",
        "làm việc 1 buổi từ 7 giờ 30",
    ],
)
def test_a_half_day_as_a_length_of_time(text: str) -> None:
    assert [n for _, _, n in _counts(text)] == []
    assert any(reason == "a duration, not a count" for _, reason in _reasons(text))


@pytest.mark.parametrize(
    ("text", "count"),
    [
        # A count of sessions: their kind after "buổi", or several days after "vào".
        ("trong 3 buổi tiếp xúc cử tri, đại biểu", (None, 3, "buổi tiếp xúc cử tri")),
        ("Đoàn tổ chức 4 buổi vào các ngày 5 và 6.", (None, 4, "buổi")),
        ("trong 12 buổi tiếp xúc, đại biểu", (None, 12, "buổi tiếp xúc")),
    ],
)
def test_a_count_of_sessions_stays_a_count(text: str, count: tuple[str | None, int, str]) -> None:
    assert count in _counts(text)


@pytest.mark.parametrize(
    ("text", "cut"),
    [
        # Another group of persons by a collective after "và", or a sector after "trong",
        # "thuộc", "của": the phrase names which persons, its end cannot be named.
        ("có 300 cán bộ, công chức và đội ngũ cộng tác viên dự", "và đội ngũ"),
        ("cùng 85 đoàn viên và lực lượng thanh niên xung kích", "và lực lượng"),
        # Since round 18 a phrase that names which persons is read on to its clause's end
        # where that end is told ("hơn 700 viên chức trong ngành y tế tỉnh | tham gia":
        # test_extract_counts_round18); where it is not ("… và" + a word, a line cut with no
        # punctuation), it abstains as before.
        ("hơn 700 viên chức trong ngành y tế và giáo dục tham gia.", "trong ngành"),
        ("50 công chức thuộc khối Đảng và hợp đồng đã", "thuộc khối"),
        ("gần 200 người lao động trong toàn ngành và ngoài ngành dự", "trong toàn ngành"),
    ],
)
def test_persons_named_by_which_abstain(text: str, cut: str) -> None:
    assert _counts(text) == []
    reasons = _reasons(text)
    assert len(reasons) == 1
    assert reasons[0][0].endswith(cut)
    assert reasons[0][1].endswith("their end cannot be told")


@pytest.mark.parametrize(
    ("text", "count"),
    [
        (
            "có 200 cán bộ, công chức và người lao động tham dự",
            (None, 200, "cán bộ, công chức và người lao động"),
        ),
        ("hơn 60 cán bộ trong buổi sáng", ("hơn", 60, "cán bộ")),
    ],
)
def test_persons_joined_or_ended_stay_counts(text: str, count: tuple[str | None, int, str]) -> None:
    # Another persons' noun joins as before; "trong" before no sector ends the phrase.
    assert count in _counts(text)


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Tại kỳ họp, 3 sở: Tài chính, Xây dựng, Y tế giải trình.", (None, 3, "sở")),
        ("chất vấn 6 thủ trưởng sở ngành tại", (None, 6, "thủ trưởng sở ngành")),
        ("tỉnh có 812 khu vực bỏ phiếu tại", (None, 812, "khu vực bỏ phiếu")),
        ("huyện đảo có 3 cụm đảo đã bầu", (None, 3, "cụm đảo")),
        ("Có 7 kết quả được tìm thấy", (None, 7, "kết quả")),
        ("kết nối 15 điểm cầu trực tuyến, với", (None, 15, "điểm cầu trực tuyến")),
        # "tặng" (to give) is the verb after what is given.
        ("xây 40 căn nhà đại đoàn kết tặng hộ nghèo", (None, 40, "căn nhà đại đoàn kết")),
    ],
)
def test_offices_places_of_an_election_and_results(
    text: str, count: tuple[str | None, int, str]
) -> None:
    assert count in _counts(text)


@pytest.mark.parametrize(
    "text",
    [
        # An office before its capitalised name, or a head before an office's name: the
        # name's end is not read, the count abstains; "sở hữu" is no office.
        "3 Sở Tài chính, Xây dựng đã",
        "4 thủ trưởng Sở Nông nghiệp và PTNT trả lời",
        "có 2 sở hữu chung",
    ],
)
def test_an_office_before_its_name_abstains(text: str) -> None:
    assert _counts(text) == []


@pytest.mark.parametrize(
    ("text", "count"),
    [
        # A level listed after "cấp" names no place: the number after it is a count.
        ("HĐND cấp xã, phường 96 người.", (None, 96, "người")),
        ("đại biểu cấp huyện, thị xã 40 người", (None, 40, "người")),
    ],
)
def test_a_level_listed_after_cap_names_no_place(
    text: str, count: tuple[str | None, int, str]
) -> None:
    assert count in _counts(text)


def test_a_place_with_its_number_stays_a_name() -> None:
    # Without "cấp" and a list, "phường 5" is a ward's number, as before.
    assert _counts("cử tri phường 5 người dân") == []


@pytest.mark.parametrize(
    ("text", "count"),
    [
        # The eleventh mining corpus's nouns, by class: what is planted, lit and built, a
        # house by its classifier alone, women, veterans, volunteers, a youth team.
        ("đã trồng 300 cây xanh, chăm sóc", (None, 300, "cây xanh")),
        ("lắp 12 bóng đèn, trị giá", (None, 12, "bóng đèn")),
        ("làm mới 6 đường giao thông nông thôn, kinh phí", (None, 6, "đường giao thông nông thôn")),
        ("xây mới 4 căn nhà, sửa chữa 2 căn.", (None, 2, "căn")),
        ("tạo điều kiện cho 15 chị em, trong đó", (None, 15, "chị em")),
        ("hỗ trợ 70 CCB có hoàn cảnh", (None, 70, "CCB")),
        ("với 120 tình nguyện viên tham gia", (None, 120, "tình nguyện viên")),
        ("xây 3 căn nhà nghĩa tình đồng đội cho", (None, 3, "căn nhà nghĩa tình đồng đội")),
        ("trao 90 suất quà tết cho", (None, 90, "suất quà tết")),
        # "hỗ trợ" and "thoát nghèo" are the verbs after what is counted.
        ("6 căn nhà đại đoàn kết hỗ trợ hộ nghèo", (None, 6, "căn nhà đại đoàn kết")),
        ("giúp 11 hội viên thoát nghèo", (None, 11, "hội viên")),
    ],
)
def test_mined_nouns(text: str, count: tuple[str | None, int, str]) -> None:
    assert count in _counts(text)


@pytest.mark.parametrize(
    "text",
    [
        # An open head before a word in small letters that no list continues abstains.
        "trồng 500 cây lấy gỗ",
        "có 20 chị em phụ nữ vay tiền",
    ],
)
def test_mined_open_heads_abstain(text: str) -> None:
    assert _counts(text) == []
