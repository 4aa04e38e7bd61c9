"""A counted phrase read on to its clause's end (rounds 17-20 of the counts' rules).

Rounds 7-16 read a counted noun's phrase on only through words a class lists; since round
18 a known noun's phrase is read ON to its clause's end unless a listed word stops it
(``READ_ON`` in :mod:`tayho_coord.extraction._counts`). :func:`read_on_end` tells where such a
phrase ends, or that its end cannot be told (the earlier rules then decide).

:func:`_read_on_stop` reads word by word; at each word the steps of :data:`_STEPS` are asked
in order, each about one kind of thing the phrase may go on with (a time, a topic or a
meeting's parties; which persons; set phrases; whose; compounds; a comma; ``và``; any other
word), and the first that tells wins.
"""

from __future__ import annotations

import dataclasses
import enum
from typing import TYPE_CHECKING

from tayho_coord import vi
from tayho_coord.extraction._lexicon import (
    CLAUSE_VERBS,
    COUNTED_NOUNS,
    LIST_CONTINUATIONS,
    MEETING_NOUNS,
    PERSON_NOUNS,
    PHRASE_ENDS,
    PLACE_LEVELS,
    QUALIFIERS,
    SECTOR_BODIES,
)
from tayho_coord.extraction._words import Word, match_whole, phrase_text

if TYPE_CHECKING:
    from collections.abc import Callable

NUMBER_OF = frozenset({"lượng", "đại", "cử", "người"})
"""Round 28: the words after ``số`` that make it "the number of" ("số lượng ứng cử viên")."""
READ_ON_LIMIT = 40
"""How many words after a number a phrase is read on through at most."""
# Round 17: the words of a main clause that end a counted phrase read on (its verbs and
# auxiliaries, conjunctions, and prepositions that start a complement of the clause).
MAIN_CLAUSE_STOPS: tuple[str, ...] = (
    "đạt", "chiếm", "đã", "sẽ", "đang", "là", "gồm", "bao gồm", "trong đó", "và", "cùng",
    "với", "thì", "nhưng", "còn", "hoặc", "hay", "mà", "nên", "để", "nhằm", "tại", "vào",
    "ở", "từ", "đến", "tới", "khi", "nếu", "vì", "do", "bởi", "qua", "theo", "sau", "trước",
    "đều", "cũng", "vẫn", "chỉ", "chưa", "có", "tăng", "giảm", "so với", "bằng", "này",
    "đó", "trên", "dưới", "về", "cho", "nữa", "lại", "rồi", "như", "gồm có",
)  # fmt: skip
_RESULTS_AFTER_DUOC = (
    "giải quyết", "tiếp thu", "trả lời", "xử lý", "xem xét", "thông qua", "tìm thấy",
)  # fmt: skip
# Round 17: the verbs of PHRASE_BOUNDARIES (a report's predicate after what it counts) that
# end a phrase read on; its quantifiers and nouns ("các", "toàn", "đầu", "lĩnh vực") do not.
MAIN_CLAUSE_VERBS: tuple[str, ...] = (
    "tham dự", "phát biểu", "chờ", "thực hiện", "hoàn thành", "đặt ra", "đóng góp",
    "tập trung", "vinh dự", "trị giá", "đồng thời", "tăng cường", "đón tiếp", "thảo luận",
    "chất vấn", "giải trình", "ký kết", "tiến hành", "nhận được", "ghi nhận", "bày tỏ",
    "tiếp tục", "đồng ý", "trình bày", "nêu lên", "gặp", "làm việc", "chuyển sang",
    "tồn đọng", "dự", "chủ trì", "kèm theo", "tiếp nhận", "đề cập", "đi vào", "đồng loạt",
    "tổng kinh phí", "tổng số tiền", "tổng trị giá", "tổng giá trị", "trình", "nhiệm kỳ",
    "đưa ra", "nói", "trả lời", "cần", "phải", "muốn", "đối với", "tham gia", "tổ chức",
    "lấy", "thống nhất", "quan tâm", "đại diện", "phân bổ", "đưa", "chuyển", "trao tặng",
    "nhận", "thu thập", "chia sẻ", "làm rõ", "giữa", "phản ánh", "đề nghị", "đầu tư",
    "kỳ trước", "kỳ này", "kỳ sau", "còn lại",
)  # fmt: skip
_NUMBER_WORDS = frozenset(vi.NUMBER_WORDS)
_GOES_ON = ("tham gia ứng cử",)  # "26 người được giới thiệu tham gia ứng cử đại biểu …"
_CARRIERS = frozenset({"của", "thuộc", "trong", "được"})  # round 16's long tail
_AFTER_DUOC = frozenset({"các", "giới", "cử", "nơi", "những"})  # được các cơ quan … giới thiệu
_TIMES = frozenset({"sáng", "chiều", "tối", "trưa", "ngày", "tháng", "tuần", "hôm", "lúc"})
_MEASURED = frozenset({"máu", "xem"})  # "15 đơn vị máu", "40 lượt xem" (a page's counter)
_NUMBERED_BY = (
    "thứ",
    "số",
    "lần",
    "khóa",
    "khoá",
    "thôn",
    "ấp",
    "khu phố",
    "khu",
    "xóm",
    "bản",
    "buôn",
    "khóm",
    "tổ",
    *PLACE_LEVELS,
)


def read_on_end(
    words: list[Word], start: int, *, persons: bool = False, line_ends: bool = False
) -> int | None:
    """Where a counted phrase read on from ``words[start]`` ends; None where its end is not told.

    The phrase goes on through every word but: punctuation (a comma only before a sibling
    of :data:`LIST_CONTINUATIONS`), a number (a new count; after a word that a number
    follows, ``kỳ họp thứ 5``, ``cử tri ấp 3``, the end is not told), the words of a main
    clause (:data:`MAIN_CLAUSE_STOPS`, :data:`CLAUSE_VERBS`, :data:`MAIN_CLAUSE_VERBS`,
    ``được`` before a result), a time of day, and a place's level before its name or number
    right after the noun (``cử tri phường 1``). Past the window, at a line that ends with no
    punctuation (a cut excerpt), after a function word left hanging (``… của | trên``) and
    before a list whose items are not siblings, the end is not told.
    """
    i = _read_on_stop(words, start, persons=persons, line_ends=line_ends)
    while i is not None and i > start and words[i - 1][2] in {",", ";"}:
        i -= 1  # Round 22: "… với nhân dân, | …": a joiner read last is no part of the phrase
    if i is None or (
        i > start
        and (
            (
                words[i - 1][2].lower() in PHRASE_ENDS
                and words[i - 1][2].lower() not in _LAST_OK
                and phrase_text(words, i - 2, i) != "trực thuộc"  # round 24: "directly under"
            )
            or words[i - 1][2] in _HANGING
        )
    ):
        return None
    agents = [
        k
        for k in range(start, i)
        if words[k][2] == "được"
        and k + 1 < i
        and (words[k + 1][2][:1].isupper() or words[k + 1][2] in {"các", "những"})
    ]
    if agents and not any(match_whole(words, j, _AGENT_VERBS) for j in range(agents[-1], i)):
        # (round 18: only where an agent follows "được" and the read holds no verb of it;
        # "26 người được giới thiệu tham gia ứng cử … | phân bổ cho …" has its clause's
        # verb already, "32 người được các cơ quan … giới thiệu" reads its verb)
        return None  # "30 cá nhân … được UBND tỉnh | trao tặng": the relative clause's verb
    return i


# Round 18: after "trong", "tại" or "ở", the words that make a time or a meeting, not which
# ones are counted: "60 cán bộ | trong buổi sáng", "30 cử tri | trong Hội nghị phát biểu".
_WHEN_OR_WHERE_MET: tuple[str, ...] = (
    "buổi", "dịp", "đợt", "năm", "tháng", "quý", "tuần", "ngày", "kỳ", "kỳ họp", "nhiệm kỳ",
    "thời gian", "thời gian qua", "giai đoạn", "hội nghị", "phiên", "cuộc", "lễ", "chương trình",
    "quá trình", "khuôn khổ", "dịp này", "đó", "này",
)  # fmt: skip


# Round 18: words often printed in capitals inside a common noun ("chương trình mục tiêu
# Quốc gia"): no name starts with them.
_CAPITALISED_COMMON: tuple[str, ...] = ("quốc gia", "nhà nước")
# Round 18: what a relative clause after "do" or "được" does, read with the counted phrase
# to its verb ("16 nghị quyết do UBND tỉnh trình", "32 người được các cơ quan, tổ chức, đơn
# vị giới thiệu", "8 người do Trung ương giới thiệu"), as the writers of unseen_16 and
# unseen_17 write them; a clause after "do" without one of these verbs is a cause ("do" =
# because) and ends the phrase, one after "được" is left to the rules of rounds 7-17.
_AGENT_VERBS: tuple[str, ...] = (
    "trình", "giới thiệu", "ban hành", "chủ trì", "đề xuất", "phát hiện", "chuyển đến",
    "quản lý", "phụ trách", "đề cử", "hiệp thương", "lựa chọn", "bầu", "cử", "phân bổ",
    "thông qua", "nhất trí thông qua", "biểu quyết thông qua",
    # Round 24: "27 người giữ chức vụ do HĐND tỉnh bầu hoặc phê chuẩn"
    "phê chuẩn", "bầu hoặc phê chuẩn", "bầu và phê chuẩn",
    # Round 28: households headed by ("655 hộ nghèo do phụ nữ làm chủ")
    "làm chủ", "làm chủ hộ",
)  # fmt: skip
# Round 18: verbs and adverbs of manner that start a clause's predicate after the persons or
# things counted ("gần 43.000 cử tri các huyện miền núi | nô nức đi bầu", "3.193 đơn vị
# hành chính cấp xã | hình thành"), read by hand in the longest nouns read on.
_PREDICATE_STARTS: tuple[str, ...] = (
    "hình thành", "nô nức", "phấn khởi", "hăng hái", "đông đủ", "nhiệt tình", "lần lượt",
    "thoát nghèo", "vinh dự",
)  # fmt: skip
_AGENT_WINDOW = 12
# Round 18: what measures the things counted ("40 hộ nghèo | tỷ lệ 2%", "… | tổng số đại
# biểu bầu thiếu"), and words no phrase ends with ("3 cuộc thanh tra trách nhiệm việc |
# thực hiện …": its end is not told).
_MEASURE_STARTS: tuple[str, ...] = (
    "tỷ lệ", "tỉ lệ", "bình quân", "trung bình", "tổng số", "số lượng", "số tiền", "kinh phí",
)  # fmt: skip
_HANGING = frozenset({"việc", "vươn", "nhằm", "để"})
_LAST_OK = frozenset({"khác", "mới"})  # round 19: "27 người thuộc các cơ quan khác."
# Round 18: what persons do or are that says WHICH persons are counted, read on through
# ("49 người đủ điều kiện tham gia ứng cử đại biểu HĐND thành phố …", "1 người không tham
# gia ứng cử ĐBQH khóa XV", "11 người đang cư trú, công tác tại tỉnh Thái Bình ứng cử ĐBQH
# khóa XV"): the set's convention since the fourteenth round's mining articles; since round
# 23 the seat persons won ("trúng cử") too.
_WHICH_PERSONS_DO: tuple[str, ...] = (
    "đủ tiêu chuẩn", "đủ điều kiện", "không đủ tiêu chuẩn", "không đủ điều kiện",
    "không tham gia ứng cử", "xin thôi không tham gia ứng cử", "xin rút", "xin thôi",
    "tham gia ứng cử", "ra ứng cử", "ứng cử", "tự ứng cử", "tái cử", "đang cư trú",
    "đang công tác", "đang sinh sống", "đang làm việc", "cư trú", "công tác", "sinh sống",
    "làm việc",
    # Round 23: the seat persons won, read to the body's name and term ("50 người trúng cử
    # đại biểu HĐND tỉnh Lai Châu", "85 đại biểu trúng cử HĐND tỉnh khóa XI"), as the set's
    # writers write it in ten places of eleven, with or without "có" before (round 12 had
    # abstained); at the clause's end ("64 người trúng cử.") it stays the predicate.
    "trúng cử",
)  # fmt: skip
# Round 18: after "là", which persons ("18 người ứng cử đại biểu là phụ nữ", "7 người ứng
# cử là người ngoài đảng"), in a breakdown of a list of candidates.
_PERSONS_ARE: tuple[str, ...] = (
    "phụ nữ", "nữ", "người", "đảng viên", "dân tộc thiểu số", "ngoài đảng", "trẻ tuổi",
    "tôn giáo",
    # Round 28: "16 người là lãnh đạo các sở, ngành", "50 bà con nhân dân là cử tri"
    "lãnh đạo", "cử tri",
)  # fmt: skip
# Round 20: what persons have that says which ("đại biểu có trình độ đại học", "người có
# uy tín", "người có đơn xin rút").
_PERSONS_HAVE: tuple[str, ...] = (
    "trình độ", "uy tín", "đơn", "công", "thành tích", "hoàn cảnh",
    "tín nhiệm",  # round 28: "2 người có tín nhiệm cử tri nơi cư trú không đạt 50%"
    # Round 23: degrees read whole ("78 người trúng cử có trình độ trên đại học")
    "trình độ trên đại học", "trình độ sau đại học", "trình độ đại học",
    # Round 21: "gần 11.500 gia đình có công với cách mạng" (those who served the
    # revolution: the set phrase whole, as the writer of unseen_20 reads it)
    "công với cách mạng",
)  # fmt: skip
# Round 18: where a person works, after what they do there ("công tác tại …").
_WORK_AT = frozenset({"cư trú", "công tác", "sinh sống", "làm việc", "ứng cử"})
# (round 24: where persons stand, "03 vị đại biểu HĐND tỉnh ứng cử tại đơn vị huyện …")
# Round 18: a verb inside a common noun ("3 báo cáo đề xuất chủ trương đầu tư", "267 ban
# giám sát đầu tư cộng đồng"), the compound read whole.
_VERB_COMPOUNDS: tuple[str, ...] = (
    "chủ trương đầu tư", "giám sát đầu tư", "dự án đầu tư", "vốn đầu tư", "kế hoạch đầu tư",
    "chương trình", "tờ trình", "công trình", "quá trình", "lộ trình",
    # Round 23: "133 cuộc giám sát về công tác cấp giấy chứng nhận …", "117 Ban chỉ đạo"
    "giấy chứng nhận", "ban chỉ đạo",
    # Round 24: "32 kiến nghị khắc phục các tồn tại, khuyết điểm" (shortcomings)
    "tồn tại",
    # Round 21: "01 ý kiến thuộc thẩm quyền giải quyết của Bộ …" (whose to resolve)
    "thẩm quyền giải quyết",
)  # fmt: skip
# Round 18: nouns of bodies that go on a list after "của", "do", "được" or "thuộc" ("của
# MTTQ, các tổ chức chính trị - xã hội", "được các cơ quan, tổ chức, đơn vị giới thiệu").
_BODY_SIBLINGS: tuple[str, ...] = (
    "tổ chức", "đơn vị", "cơ quan", "doanh nghiệp", "địa phương", "ban", "ngành", "đoàn thể",
    "hội", "sở", "tổ chức thành viên", "tổ chức chính trị",
)  # fmt: skip
# Round 18: words after a comma that end a phrase read on (a term, a time, a new clause).
_AFTER_COMMA_ENDS: tuple[str, ...] = (
    "nhiệm kỳ", "khóa", "khoá", "năm", "trong đó", "gồm", "đạt", "mặc dù", "tuy", "song",
    "do đó", "vì vậy", "đồng thời", "trong khi", "riêng", "ngoài ra",
)  # fmt: skip
# Round 19: the papers a topic after "về" belongs to ("18 dự thảo nghị quyết về phí và lệ
# phí"), the meetings "giữa" names the parties of, the heads of a list of persons after a
# comma ("vị già làng, trưởng dòng họ, người có uy tín"), the words a group's number follows.
_PAPERS_ABOUT: tuple[str, ...] = (
    "nghị quyết", "dự thảo nghị quyết", "dự thảo", "báo cáo", "tờ trình", "văn bản", "đề án",
    "chuyên đề", "quyết định", "kế hoạch", "chỉ thị", "công văn", "hội nghị", "cuộc",
    "chỉ tiêu",  # round 28: "13 chỉ tiêu về KT - XH"
    "htx", "hợp tác xã",  # round 30: "4 HTX về nông nghiệp" (in what field)
)  # fmt: skip
_MEETINGS_BETWEEN: tuple[str, ...] = (*sorted(MEETING_NOUNS), "phiên")
_MEETINGS_WITH: tuple[str, ...] = (*_MEETINGS_BETWEEN, "điểm tiếp xúc", "điểm", "lượt tiếp xúc")
_PERSONS_LISTED: tuple[str, ...] = (
    "người có uy tín", "người", "trưởng dòng họ", "trưởng", "già làng", "vị", "chức sắc",
    "chức việc", "nghệ nhân",
)  # fmt: skip
_GROUP_NUMBERS = frozenset({"nhóm", "loại", "hạng"})
# Round 21: petitions whose fitness to be handled says which are counted ("675 đơn đủ điều
# kiện", "đơn đủ điều kiện xử lý": the set's facts of unseen_20 and dev_2; files of
# candidates "còn lại 14 hồ sơ đủ điều kiện" restate a figure, round 15), and a list of
# places' levels after a comma, the short "thị" (thị xã, thị trấn) and "thành" (thành phố)
# among them ("8 huyện, thị, thành phố", "người ứng cử đại biểu HĐND xã, phường").
_QUALIFIED_PAPERS: tuple[str, ...] = ("đơn", "đơn thư")
# Round 22: what the places or persons counted still lack says which ("kéo điện cho 3 thôn
# chưa có điện", "5 xã chưa đạt chuẩn nông thôn mới").
_NOT_YET: tuple[str, ...] = (
    "chưa có", "chưa đạt",
    # Round 24: what they meet ("trên 1.300 hộ đạt tiêu chuẩn gia đình văn hóa")
    "đạt tiêu chuẩn", "đạt chuẩn",
    # Round 26: "489 hộ đạt danh hiệu gia đình văn hóa"; "15 đơn tố cáo đúng một phần"
    "đạt danh hiệu", "đúng một phần", "sai một phần",
    # Round 28: "1 xã đạt NTM kiểu mẫu"; cases fit to be enforced ("5.200 vụ việc có điều
    # kiện thi hành")
    "đạt NTM", "có điều kiện thi hành", "không có điều kiện thi hành",
    "chưa có điều kiện thi hành",
)  # fmt: skip
# Round 22: what struck the places or persons counted says which ("65 xã, phường bị thiệt
# hại do mưa lũ", "25 hộ chịu ảnh hưởng của thiên tai"), read with its cause after "do".
_AFFECTED: tuple[str, ...] = (
    "bị thiệt hại", "bị ảnh hưởng", "chịu ảnh hưởng", "bị thiệt hại nặng", "bị ngập",
    "bị sạt lở", "bị hư hỏng",
    # Round 28: "76 hộ dân bị hỏa hoạn" (suffered a fire)
    "bị hỏa hoạn", "bị hoả hoạn", "bị cháy nhà", "bị thiên tai", "bị lũ lụt", "bị bão",
)  # fmt: skip
_PAPERS_QUALIFIED: tuple[str, ...] = ("đủ điều kiện", "không đủ điều kiện")
_SHORT_LEVELS: tuple[str, ...] = ("thị", "thành")
_VOTED: tuple[str, ...] = ("đi bầu", "đi bỏ phiếu", "đi bầu cử", "tham gia bỏ phiếu")
# Round 24: speeches and where at a session they were made; houses and whom they are for.
_SPEECHES: tuple[str, ...] = (
    "lượt ý kiến", "lượt thảo luận", "lượt phát biểu", "ý kiến", "lượt chất vấn",
    "lượt tranh luận",
)  # fmt: skip
_SET_MODIFIERS: tuple[str, ...] = (
    # Round 27: "692 vị Ủy viên Ủy ban MTTQ Việt Nam cùng cấp nhiệm kỳ mới" (of the same
    # level, of the new term: a term with no years, which the set's writers read)
    "cùng cấp", "nhiệm kỳ mới",
    "tối cao", "và thống nhất hành động", "dân vận khéo",
    # "4 xã đạt chuẩn nông thôn mới" ("mới" alone before a word would end it); the state's
    # bodies by level ("ý kiến thuộc thẩm quyền các cơ quan nhà nước ở Trung ương")
    "nông thôn mới", "ở trung ương", "ở địa phương",
    # Round 30: before or after the provinces' and communes' merger of 2025 ("43 đại biểu
    # HĐND tỉnh Ninh Bình trước sắp xếp")
    "trước sắp xếp", "sau sắp xếp", "trước sáp nhập", "sau sáp nhập", "trước hợp nhất",
    "sau hợp nhất",
)  # fmt: skip
# Round 27: what a list of topics is made of, read on after "liên quan đến" as speeches are.
_TOPICS: tuple[str, ...] = (
    "nội dung", "nhóm nội dung", "vấn đề", "nhóm vấn đề", "vụ việc", "vụ", "kiến nghị",
    "ý kiến, kiến nghị", "đơn", "đơn thư", "câu hỏi", "lĩnh vực",
)  # fmt: skip
# Round 27: a meeting's purpose read right after it (the longer first).
_MEETINGS_FOR: tuple[str, ...] = (
    "lấy ý kiến nhận xét và tín nhiệm", "lấy ý kiến nhận xét, tín nhiệm",
    "lấy ý kiến đóng góp", "lấy ý kiến",
)  # fmt: skip
_WHERE_SPOKEN: tuple[str, ...] = ("tại tổ", "tại hội trường", "ở tổ", "ở hội trường")
_HOUSES: tuple[str, ...] = ("nhà", "căn nhà", "ngôi nhà", "căn", "nhà tình nghĩa", "nhà ở")
_FOR_WHOM: tuple[str, ...] = (
    "hộ nghèo", "hộ cận nghèo", "hộ", "gia đình chính sách", "gia đình", "người nghèo",
    "người có công", "hộ gia đình",
    # (round 28: not gifts' receivers: of the set's 31 gifts counted, 29 are written
    # without them, "phần quà", "suất học bổng")
)  # fmt: skip
# Round 28: households counted by what they have or suffer ("15 hộ nghèo có hoàn cảnh đặc
# biệt khó khăn", "76 hộ dân bị hỏa hoạn"), as persons are.
_HOUSEHOLDS: tuple[str, ...] = (
    "hộ nghèo", "hộ cận nghèo", "hộ dân", "hộ gia đình", "hộ", "gia đình",
    # round 31: pupils too ("10 em học sinh mồ côi có hoàn cảnh khó khăn")
    "em học sinh", "học sinh", "trẻ em",
)  # fmt: skip
# (the words before a place's level after which it is read: prepositions, determiners, the
# last word of a body's name in small letters, "chính quyền thị xã La Gi")
_BEFORE_A_PLACE = frozenset(
    {"tại", "ở", "của", "thuộc", "trên", "bàn", "cho", "đến", "về", "với", "các", "những"}
    | {"toàn", "mọi", "quyền", "ủy", "dân", "cấp", "trong", "thị", "vị"}
)
# Round 22: what petitions and complaints are called, siblings of one list after a comma
# even where the earlier rules ended before it ("02 đoàn công dân kiến nghị, khiếu nại").
_PETITION_SIBLINGS: tuple[str, ...] = (
    "kiến nghị", "khiếu nại", "tố cáo", "phản ánh", "phản ảnh", "đề xuất", "đề nghị",
)  # fmt: skip
# Round 21: verbs that start a second predicate after "và" ("… của cấp huyện và tổng hợp
# ý kiến …"), which a noun phrase does not hold there.
_VERBS_AFTER_AND: tuple[str, ...] = ("tổng hợp", "gửi", "chuyển")
# Round 21: after places counted, where they are ("trong tỉnh", "của huyện", "thuộc …")
# says no more which are counted: the set's facts stop there.
_WHERE_PLACES_ARE: tuple[str, ...] = ("trong", "của", "thuộc", "trực thuộc", "trên", "tại", "ở")
_CARRIED_BY = frozenset({"của", "do", "được", "thuộc"})


def _agent_verb_end(words: list[Word], i: int) -> int:
    """After "do"/"được" at ``i``, the end of its clause's verb (:data:`_AGENT_VERBS`); else 0."""
    j = i + 1
    while j < min(len(words), i + 1 + _AGENT_WINDOW):
        word = words[j][2]
        if word == "," and match_whole(words, j + 1, _BODY_SIBLINGS):
            j += 1
            continue
        if not word[:1].isalpha():
            return 0
        verb = match_whole(words, j, _AGENT_VERBS)
        if verb and j > i + 1:
            return j + verb
        j += 1
    return 0


_ITEM_ENDS = frozenset({"và", "còn", "với", "hoặc", "hay", "nhưng", "cùng"})


def new_item_after(words: list[Word], i: int) -> bool:
    """Whether the comma at ``i`` opens an item with a figure of the same noun of its own.

    Round 19: a breakdown lists a label and its figure ("… 4 người, người trẻ tuổi 8 người",
    "10 đại biểu, đại biểu của tỉnh An Giang 11 đại biểu", "khối Đảng giới thiệu 10 người,
    cơ quan HĐND tỉnh giới thiệu 8 người"): the label is no sibling of the count's noun.
    """
    head = words[0][2].lower()
    for j in range(i + 1, min(len(words) - 1, i + 10)):
        word = words[j][2]
        if word.isdigit():
            # Round 28: "giám sát được 29 cuộc, phối hợp giám sát được 88 cuộc, phản biện xã
            # hội được 9 …": a clause of its own with its figure after "được" (achieved)
            if j > i + 1 and words[j - 1][2].lower() == "được":
                return True
            return j + 1 < len(words) and words[j + 1][2].lower() == head
        if not word[:1].isalpha() or word.lower() in _ITEM_ENDS:
            return False  # "… lĩnh vực pháp chế | và 05 ý kiến", "63 tỉnh, thành phố | còn 34"
    return False


def _capital_start(words: list[Word], start: int) -> bool:
    return (
        start < len(words)
        and words[start][2][:1].isupper()
        and not match_whole(words, start, _CAPITALISED_COMMON)
    )


class _Next(enum.Enum):
    """What a step of :func:`_read_on_stop` tells besides an end."""

    GO = "read on from the reading's new word"
    PASS = "this step tells nothing here: ask the next"


_Told = int | None | _Next
"""A step's answer: the phrase's end (an index, or None: not told), or a :class:`_Next`."""


@dataclasses.dataclass(slots=True)
class _Reading:
    """A counted phrase being read on: the words, where it is, and what it has read."""

    words: list[Word]
    start: int
    i: int
    persons: bool
    carried: bool = False  # "của", "do", "được" or "thuộc" was read
    # the words that join the parties of "giữa"/"với" or the topics of "về" once read
    joined_by: frozenset[str] = frozenset()
    # Round 20: where the phrase was whole before a part it may go on with ("1.348 cuộc góp ý
    # đột xuất | đối với tổ …" cut by the excerpt): its end if that part's end is not told.
    safe: int | None = None
    in_list: bool = False  # a list of persons after a comma was read (round 19)

    @property
    def word(self) -> str:
        return self.words[self.i][2]

    @property
    def lower(self) -> str:
        return self.words[self.i][2].lower()

    @property
    def following(self) -> str:
        return self.words[self.i + 1][2] if self.i + 1 < len(self.words) else ""

    def keep_safe(self, *, first: bool = False) -> None:
        """Remember the phrase's end before an optional part (the first such end only)."""
        if self.safe is None and (first or self.i > self.start):
            self.safe = self.i


def _times_topics_and_parties(r: _Reading) -> _Told:
    """A time or a meeting that ends the phrase; what a paper is about, whom a meeting is with.

    Rounds 18-20: "60 cán bộ | trong buổi sáng" ends; "7 Nghị quyết về kết quả giám sát …",
    "13 cuộc đối thoại trực tiếp với đoàn viên, hội viên và nhân dân", "42 hội nghị định kỳ
    giữa người đứng đầu cấp ủy, chính quyền" read on through their topics and parties.
    """
    words, i, lower, following = r.words, r.i, r.lower, r.following
    if lower in {"trong", "tại", "ở", "cuối", "đầu", "giữa"} and match_whole(
        words, i + 1, _WHEN_OR_WHERE_MET
    ):
        return i  # "60 cán bộ | trong buổi sáng", "… HĐND huyện | cuối năm 2018"
    spoken = match_whole(words, i, _WHERE_SPOKEN)
    if spoken and match_whole(words, 0, _SPEECHES):
        # Round 24: where at a session the speeches were made, which the writers of unseen_21
        # and unseen_23 read ("30 lượt thảo luận tại tổ và 14 lượt … tại hội trường")
        r.i += spoken
        return _Next.GO
    if lower == "cho" and match_whole(words, 0, _HOUSES):
        whom = match_whole(words, i + 1 + (following.lower() in {"các", "những"}), _FOR_WHOM)
        if whom:
            # Round 24: whom a front's houses are for ("227 nhà cho hộ nghèo", "130 nhà Tình
            # nghĩa cho các gia đình chính sách, hộ có hoàn cảnh …")
            r.keep_safe(first=True)
            r.i += 1 + (following.lower() in {"các", "những"}) + whom
            r.persons = True
            return _Next.GO
    if match_whole(words, i, _WHERE_PLACES_ARE) and match_whole(words, 0, PLACE_LEVELS):
        return i  # Round 21: "8 huyện, thị, thành phố | trong tỉnh", "8 xã vùng biển | của huyện"
    if lower == "cuối" and following.lower() == "cùng":
        r.i += 2  # "02 đơn vị bầu cử cuối cùng của huyện": last, no time
        return _Next.GO
    if match_whole(words, i, _PREDICATE_STARTS) or match_whole(words, i, _MEASURE_STARTS):
        return i  # "… cử tri các huyện miền núi | nô nức đi bầu"
    if (
        lower in _NUMBER_WORDS
        and i > r.start
        and words[i - 1][2].lower() in {"lâu", "nhiều", "hàng"}
    ):
        r.i += 1  # "hộ đồng bào dân tộc Mông định cư lâu năm": no number
        return _Next.GO
    if (
        lower == "về"
        and match_whole(words, 0, _PAPERS_ABOUT)
        and following[:1].isalpha()
        and following.lower() != "việc"
    ):
        r.keep_safe()
        r.i += 1  # Round 19: "7 Nghị quyết về kết quả giám sát …": what a paper is about
        r.joined_by = frozenset({"và"})
        return _Next.GO
    with_whom = match_whole(words, i, ("với", "đối với"))
    after_whom = words[i + with_whom][2] if with_whom and i + with_whom < len(words) else ""
    if (
        with_whom
        and match_whole(words, 0, _MEETINGS_WITH)
        and after_whom[:1].isalpha()
        and after_whom.lower() not in vi.NUMBER_WORDS
        and not match_whole(words, i + with_whom, QUALIFIERS)
    ):
        r.keep_safe()
        # Round 20: "13 cuộc đối thoại trực tiếp với đoàn viên, hội viên và nhân dân",
        # "19 điểm tiếp xúc cử tri với đại biểu HĐND", "3 hội nghị phản biện đối với các
        # dự thảo nghị quyết": whom a meeting is with, or what it is on.
        r.i += with_whom
        r.joined_by = frozenset({",", "và"})
        return _Next.GO
    if lower == "giữa" and match_whole(words, 0, _MEETINGS_BETWEEN):
        r.keep_safe()
        r.i += 1  # Round 19: "42 hội nghị định kỳ giữa người đứng đầu cấp ủy, chính quyền"
        r.joined_by = frozenset({",", "và"})
        return _Next.GO
    if r.word in r.joined_by and following.islower() and following.isalpha():
        r.i += 1  # the parties of "giữa", the topics of "về": "về phí và lệ phí"
        return _Next.GO
    return _Next.PASS


def _which_persons(r: _Reading) -> _Told:
    """Whom persons represent, who submits or introduces what is counted, which persons.

    Rounds 18-20: "hơn 200 đại biểu đại diện cho …", "16 nghị quyết do UBND tỉnh trình",
    "49 người đủ điều kiện tham gia ứng cử …", "… đang cư trú, công tác tại …", "18 người ứng
    cử đại biểu là phụ nữ", "51 đại biểu có trình độ …".
    """
    words, i, word, lower = r.words, r.i, r.word, r.lower
    represent = match_whole(words, i, ("đại diện cho", "đại diện"))
    if (
        represent
        and (
            match_whole(words, i - 1, PERSON_NOUNS) == 1
            or (i > 1 and match_whole(words, i - 2, PERSON_NOUNS) == 2)
        )
        and (r.persons or i > r.start)
        and (
            represent == 3
            or (
                i + 2 < len(words)
                and words[i + 2][2].isalpha()
                and words[i + 2][2].islower()
                and words[i + 2][2] not in _NUMBER_WORDS
                and not match_whole(words, i + 2, QUALIFIERS)
            )
        )
    ):
        # Round 19: "hơn 200 đại biểu đại diện cho hàng ngàn cử tri"; round 24: after any
        # persons, with or without "cho" ("300 đại biểu đại diện cử tri …", "18 lượt ý kiến
        # của các đại biểu đại diện Nhân dân" is a name's: it stays).
        r.i += represent
        return _Next.GO
    if lower in {"do", "được"} and word.islower():
        verb_end = _agent_verb_end(words, i)
        if verb_end:
            r.i, r.carried = verb_end, True  # "16 nghị quyết do UBND tỉnh trình"
            return _Next.GO
    r.persons = r.persons or lower in PERSON_NOUNS  # "8 đơn của người ứng cử xin thôi …"
    if not (r.persons and (word.islower() or word == ",")):
        return _Next.PASS
    does = match_whole(words, i, _WHICH_PERSONS_DO) if word.islower() else 0
    after_does = words[i + does][2] if does and i + does < len(words) else ""
    elected = does == 2 and phrase_text(words, i, i + 2) == "trúng cử"
    if does and (
        after_does[:1].isalpha()
        or (after_does == "," and match_whole(words, i + does + 1, _WHICH_PERSONS_DO))
        or elected
    ):
        # (at the clause's end, "9 người | đủ tiêu chuẩn.", it is the clause's predicate:
        # round 10; round 28: "52 đại biểu trúng cử." names whom it counts, the elected, as
        # the writers of unseen_26 and unseen_28 write it, eight places)
        done = " ".join(w[2].lower() for w in words[i + does - 2 : i + does])
        r.i += does  # "người đủ điều kiện tham gia ứng cử …"
        if (
            r.i < len(words)
            and words[r.i][2].lower() in {"tại", "ở"}
            and (done in _WORK_AT or words[r.i - 1][2].lower() in _WORK_AT)
        ):
            r.i += 1  # "người đang công tác tại …"
        return _Next.GO
    if (
        lower in {"tại", "ở"}
        and i >= 2
        and (
            " ".join(w[2].lower() for w in words[i - 2 : i]) in _WORK_AT
            or words[i - 1][2].lower() in _WORK_AT
        )
    ):
        r.i += 1  # Round 24: where persons the earlier rules read stand or work ("… ứng cử | tại")
        return _Next.GO
    voted = match_whole(words, i, _VOTED) if words[0][2].lower() == "cử" else 0
    if voted:
        r.i += voted  # Round 25: "75.504 cử tri đi bầu (đạt 100%)": the voters who voted
        return _Next.GO
    if lower == "có" and match_whole(words, i + 1, _PERSONS_HAVE):
        # Round 20: "51 đại biểu có trình độ lý luận chính trị cao cấp"
        r.i += 1 + match_whole(words, i + 1, _PERSONS_HAVE)
        return _Next.GO
    if lower == "là" and match_whole(words, i + 1, _PERSONS_ARE):
        r.i += 1  # "18 người ứng cử đại biểu là phụ nữ"
        return _Next.GO
    if (
        lower in {",", "và"}
        and match_whole(words, i + 1, _WHICH_PERSONS_DO)
        and (i > r.start or lower == "và")
    ):
        r.i += 1  # "người đang cư trú, công tác tại …", "… cư trú và làm việc tại …"
        return _Next.GO
    return _Next.PASS


def _set_phrases(r: _Reading) -> _Told:
    """Phrases read whole: ``hàng tháng``, ``kinh tế – xã hội`` (round 18), fit papers.

    Round 21: papers that meet the conditions to be handled (``đơn đủ điều kiện``).
    """
    words, i, word = r.words, r.i, r.word
    if match_whole(words, i, ("đầu tư công",)):
        r.i += 3  # Round 25: "17 tờ trình của UBND huyện về đầu tư công" (public investment)
        return _Next.GO
    area = match_whole(words, i, ("trên địa bàn",))
    if area and i + area < len(words) and words[i + area][2][:1].isalpha():
        # Round 25: the area a list's topic or whose persons belong to ("23 nghị quyết về
        # phát triển kinh tế - xã hội trên địa bàn tỉnh", "05 kiến nghị, đề xuất của cử tri
        # trên địa bàn huyện …"), as the writers of unseen_21 and unseen_24 read it
        r.i += area
        return _Next.GO
    have = match_whole(words, i + 1, ("hoàn cảnh",)) if word.lower() == "có" else 0
    if have and match_whole(words, 0, _HOUSEHOLDS):
        r.i += 1 + have  # Round 28: "15 hộ nghèo có hoàn cảnh đặc biệt khó khăn"
        return _Next.GO
    named = match_whole(words, i, _SET_MODIFIERS)
    if named and word.islower():
        # Round 28: set modifiers whose first word alone would end the phrase ("chương
        # trình giám sát tối cao": "tối" is a time of day; "chương trình phối hợp và thống
        # nhất hành động", the Front's program's name)
        r.i += named
        return _Next.GO
    purpose = match_whole(words, i, _MEETINGS_FOR) if i == r.start else 0
    if purpose and match_whole(words, 0, _MEETINGS_BETWEEN):
        # Round 27: a meeting's purpose right after it ("86 hội nghị lấy ý kiến nhận xét và
        # tín nhiệm của cử tri nơi cư trú"), as the set's writers write it (four places)
        r.i += purpose
        return _Next.GO
    about = match_whole(words, i, ("liên quan đến", "liên quan tới"))
    if about and match_whole(words, 0, _SPEECHES + _PAPERS_ABOUT + _TOPICS):
        # (round 27: and any topic, "2 nội dung liên quan đến công tác nhân sự")
        r.keep_safe(first=True)
        r.i += about  # Round 25: "6 ý kiến cá nhân liên quan đến đất đai" (what it is on)
        r.joined_by = frozenset({",", "và"})
        return _Next.GO
    related = match_whole(words, i, ("có liên quan", "trực thuộc"))
    after_related = words[i + related][2] if related and i + related < len(words) else ""
    if related and not after_related[:1].isalpha():
        # Round 22: "… các cơ quan, đơn vị có liên quan." (related), at its end; round 24:
        # "16 đơn vị hành chính trực thuộc," (directly under)
        r.i += related
        r.safe = r.i  # the phrase is whole after it
        return _Next.GO
    affected = match_whole(words, i, _AFFECTED)
    if affected:
        r.i += affected  # Round 22: "65 xã, phường bị thiệt hại | do mưa lũ": which ones
        if r.i < len(words) and words[r.i][2] == "do" and words[r.i + 1 : r.i + 2]:
            r.i += 1 + (words[r.i + 1][2] in {"các", "những"})  # … and by what
        return _Next.GO
    if match_whole(words, i, _NOT_YET):
        r.i += match_whole(words, i, _NOT_YET)  # Round 22: "3 thôn chưa có điện"
        return _Next.GO
    if match_whole(words, 0, _QUALIFIED_PAPERS) and match_whole(words, i, _PAPERS_QUALIFIED):
        r.i += match_whole(words, i, _PAPERS_QUALIFIED)  # "675 đơn đủ điều kiện (xử lý)"
        return _Next.GO
    if r.lower in {"hàng", "hằng"} and match_whole(
        words, i + 1, ("tháng", "năm", "quý", "tuần", "ngày")
    ):
        r.i += 2  # "16 đợt tiếp công dân định kỳ hàng tháng"
        return _Next.GO
    if (
        word in {"–", "-"}
        and i > r.start
        and words[i - 1][2].lower() in {"tế", "trị"}
        and (match_whole(words, i + 1, ("xã hội",)))
    ):
        r.i += 1  # "chỉ tiêu kinh tế – xã hội", "tổ chức chính trị – xã hội"
        return _Next.GO
    return _Next.PASS


def _whose(r: _Reading) -> _Told:
    """After ``của``/``do``/``được``/``thuộc``, the bodies and persons listed after a comma."""
    words, i, word, following = r.words, r.i, r.word, r.following
    if r.lower in _CARRIED_BY:
        r.carried = True
    if word == "," and new_item_after(words, i):
        return i  # Round 19: "4 người, | người trẻ tuổi 8 người": a new item, its own count
    if word == "," and r.carried and i > r.start:
        skip = 1 if following.lower() in {"các", "những"} else 0
        sibling = match_whole(words, i + 1 + skip, _BODY_SIBLINGS) or match_whole(
            words, i + 1 + skip, PERSON_NOUNS
        )
        if sibling:
            r.i += 1 + skip + sibling  # "của MTTQ, các tổ chức …", "của cán bộ, người dân"
            return _Next.GO
        if following.lower() == "của":
            r.i += 2  # "văn bản dự thảo của Trung ương, của tỉnh"
            return _Next.GO
    return _Next.PASS


def _compound_or_glued(r: _Reading) -> _Told:
    """A verb inside a common noun read whole; a number glued to a word (no end told)."""
    words, i = r.words, r.i
    for back in (1, 2):
        n = match_whole(words, i - back, _VERB_COMPOUNDS) if i >= back else 0
        if n > back:
            r.i += n - back  # "3 báo cáo đề xuất chủ trương đầu tư", "ban giám sát đầu tư"
            return _Next.GO
    if r.word.isdigit() and i > 0 and words[i - 1][1] == words[i][0]:
        return None  # "5 xã vùng CT229": a number glued to a word, a name's end not told
    return _Next.PASS


def _level_before(words: list[Word], i: int) -> bool:
    """Whether a place's level (or a short one of a list) ends just before ``words[i]``."""
    return any(
        i >= back and match_whole(words, i - back, PLACE_LEVELS) == back for back in (1, 2)
    ) or (i >= 1 and words[i - 1][2].lower() in _SHORT_LEVELS)


def _level_after(words: list[Word], i: int) -> int:
    """How many words after the comma ``words[i]`` are a place's level of a list; else 0."""
    level = match_whole(words, i + 1, PLACE_LEVELS)
    if not level and i + 1 < len(words) and words[i + 1][2].lower() in _SHORT_LEVELS:
        after = words[i + 2][2] if i + 2 < len(words) else ""
        level = 0 if after.isalpha() and after.islower() and after != "và" else 1
    if not level:
        return 0
    after = words[i + 1 + level][2] if i + 1 + level < len(words) else ""
    # a level before a name or a number is a place, no level of a list ("xã, phường 2")
    return level if not (after[:1].isupper() or after.isdigit()) else 0


def _at_comma(r: _Reading) -> _Told:
    """A comma: a sibling of the list, a list of persons or bodies, or the phrase's end."""
    if r.word != ",":
        return _Next.PASS
    words, i, start = r.words, r.i, r.start
    meeting = match_whole(words, i + 1, _MEETINGS_BETWEEN)
    if (
        meeting
        and not match_whole(words, 0, _MEETINGS_BETWEEN)
        and i + 1 + meeting < len(words)
        and (
            match_whole(words, i + 1 + meeting, MAIN_CLAUSE_VERBS)
            or match_whole(words, i + 1 + meeting, CLAUSE_VERBS)
        )
    ):
        # Round 28: "danh sách sơ bộ 13 người ứng cử …, | hội nghị tiến hành lấy ý kiến":
        # a meeting doing something after a comma opens a clause, no sibling of persons
        return i
    sibling = match_whole(words, i + 1, _PETITION_SIBLINGS)
    if (
        i == start
        and sibling
        and any(match_whole(words, i - back, _PETITION_SIBLINGS) == back for back in (1, 2))
        and not new_item_after(words, i)
        and not (i + 1 + sibling < len(words) and words[i + 1 + sibling][2].isdigit())
    ):
        r.i += 1 + sibling  # Round 22: "02 đoàn công dân kiến nghị, | khiếu nại"
        return _Next.GO
    if (
        match_whole(words, 0, _HOUSES)
        and match_whole(words, i + 1, ("nhà",))
        and not new_item_after(words, i)
    ):
        r.i += 2  # Round 24: "440 nhà Đại đoàn kết, | nhà tránh trú bão"
        return _Next.GO
    level = _level_after(words, i)
    if level and _level_before(words, i):
        r.i += 1 + level  # Round 21: "HĐND xã, | phường", "8 huyện, | thị, thành phố"
        return _Next.GO
    more = match_whole(words, i + 1, LIST_CONTINUATIONS)
    if more and r.persons and match_whole(words, i + 1, _BODY_SIBLINGS) >= more:
        return i  # Round 19: "10 người ứng cử, | cơ quan HĐND tỉnh giới thiệu 8 người"
    if more and i + 1 + more < len(words) and words[i + 1 + more][2].isdigit():
        return i  # Round 19: "7 nhóm vấn đề, | phản ảnh 25 nội dung": a verb
    if more and i > start:
        r.i += 1 + more
        return _Next.GO
    listed = max(
        match_whole(words, i + 1, _PERSONS_LISTED),
        match_whole(words, i + 1, PERSON_NOUNS),
        match_whole(words, i + 1, SECTOR_BODIES),  # "khối quân đội, công an"
    )
    after_item = words[i + 1 + listed][2] if i + 1 + listed < len(words) else ""
    sector = match_whole(words, i + 1, SECTOR_BODIES)
    has = after_item == "có" and match_whole(words, i + 2 + listed, _PERSONS_HAVE)
    if r.persons and listed and (r.in_list or sector or after_item in {",", "và"} or has):
        # (round 24: an item with what it has, ", hộ có hoàn cảnh đặc biệt khó khăn")
        # Round 19: "150 vị già làng, trưởng dòng họ, người có uy tín …"; round 20: the
        # first item after the comma must go on with the list (", người" alone after "14 đại
        # biểu Quốc hội khóa XV" starts a clause of its own).
        r.i += 1 + listed
        r.in_list = True
        return _Next.GO
    if (
        match_whole(words, i - 1, _BODY_SIBLINGS) == 1
        or match_whole(words, i - 2, _BODY_SIBLINGS) == 2
    ):
        sibling = match_whole(words, i + 1, _BODY_SIBLINGS)
        if sibling:
            r.i += 1 + sibling  # "55 cơ quan, tổ chức, đơn vị" (round 18)
            return _Next.GO
    if (
        match_whole(words, i + 1, _AFTER_COMMA_ENDS)
        or match_whole(words, i + 1, MAIN_CLAUSE_STOPS)
        or match_whole(words, i + 1, _MEASURE_STARTS)  # round 26: "…, tỷ lệ 91%"
    ):
        return i  # "…, nhiệm kỳ 2026-2031", "…, với 1.273 thành viên" (round 18)
    following = r.following
    named = any(words[k][2][:1].isupper() for k in range(max(start, i - 2), i))
    if r.carried and named and following.islower():
        return i  # Round 22: "2 kỳ họp thường lệ của Quốc hội, | chấp hành …": whose, then a clause
    if i > start and following.isalpha() and following.islower():
        return r.safe  # "người thuộc khối quân đội, công an": a list of what?
    return i


def _at_and(r: _Reading) -> _Told:
    """``và``: inside a name, a list of bodies or of persons; else one phrase or two?"""
    if r.lower != "và":
        return _Next.PASS
    words, i, start, following = r.words, r.i, r.start, r.following
    if (
        i > start
        and following[:1].isupper()
        and any(words[k][2][:1].isupper() for k in range(max(start, i - 2), i))
        and all(words[k][2][:1].isalpha() for k in range(max(start, i - 2), i))
    ):
        r.i += 1  # Round 20: "Sở Tài nguyên và Môi trường", "Bộ Giáo dục và Đào tạo": a name
        return _Next.GO
    if r.carried and match_whole(
        words, i + 1 + (following.lower() in {"các", "những"}), _BODY_SIBLINGS
    ):
        # Round 20: "7 báo cáo công tác của Thường trực, các Ban HĐND và các sở, ngành"
        r.i += 1
        return _Next.GO
    if (
        r.persons
        and i > start
        and (
            match_whole(words, i + 1, PERSON_NOUNS) or match_whole(words, i + 1, _WHICH_PERSONS_DO)
        )
        and not new_item_after(words, i)
    ):
        r.keep_safe(first=True)
        r.i += 1  # Round 20: "hơn 500 học sinh và giáo viên", "… giới thiệu ứng cử và tự ứng cử"
        return _Next.GO
    if (
        i > start
        and following.islower()
        and (
            match_whole(words, i + 1, CLAUSE_VERBS)
            or match_whole(words, i + 1, MAIN_CLAUSE_VERBS)
            or match_whole(words, i + 1, _VERBS_AFTER_AND)
        )
    ):
        return i  # Round 21: "… thuộc thẩm quyền giải quyết của cấp huyện | và tổng hợp …"
    if i > start and not (following.isdigit() or following in _NUMBER_WORDS):
        return r.safe  # "viên chức trong ngành giáo dục và đào tạo": one phrase or two?
    return _Next.PASS


def _at_word(r: _Reading) -> _Told:
    """Any other word: a number, a mark, a function word or a main clause's word ends it."""
    words, i, start, word, lower, following = r.words, r.i, r.start, r.word, r.lower, r.following
    if lower in _MEASURED or lower in _TIMES:
        return i  # "15 đơn vị máu", "… Ngày hội", "… sáng 18/4"
    if (
        (word == "số" and following in NUMBER_OF)
        or (word == "tổng" and following == "số")
        or (word == "trong" and following in {"tổng", "số"})
    ):
        return i  # Round 28: "… | số lượng ứng cử viên", "… | tổng số đại biểu"
    if lower == "bầu" and following.isdigit():
        return i  # Round 28: "23 đơn vị | bầu 3 đại biểu": the verb, with its own figure
    if word.isdigit():
        if i > start and words[i - 1][2].lower() in _GROUP_NUMBERS:
            r.i += 1  # Round 19: "19 dự án thuộc nhóm 1/2021": the group's number
            if r.i + 1 < len(words) and words[r.i][2] == "/" and words[r.i + 1][2].isdigit():
                r.i += 2
            return _Next.GO
        if i > start and match_whole(words, i - 1, _NUMBERED_BY) == 1:
            return None
        return i
    if word == "(" and i + 2 < len(words) and words[i + 1][2].isupper() and words[i + 2][2] == ")":
        r.i += 3  # Round 24: "11 ứng cử viên (ƯCV) đại biểu Quốc hội (QH)": an abbreviation
        return _Next.GO
    if (
        word in {"-", "–"}
        and 0 < i < len(words) - 1
        and words[i - 1][1] == words[i][0]
        and words[i][1] == words[i + 1][0]
        and words[i - 1][2].isupper()
        and words[i + 1][2].isupper()
    ):
        r.i += 2  # Round 24: "kế hoạch phát triển KT-XH": an abbreviation's hyphen
        return _Next.GO
    if (
        lower == "năm"
        and i > start
        and len(following) == 4
        and following.isdigit()
        and not match_whole(words, 0, PERSON_NOUNS)
    ):
        r.i += 2  # Round 24: "… kế hoạch phát triển KT-XH năm 2019": the plan's year
        return _Next.GO
    if (
        word == "."
        and 0 < i < len(words) - 1
        and words[i - 1][1] == words[i][0]
        and words[i][1] == words[i + 1][0]
        and following[:1].isupper()
        # (round 25: after a word in small letters the dot ends a sentence printed with no
        # space after it, "08 ý kiến phát biểu của cử tri.Các ý kiến …")
        and (words[i - 1][2].isupper() or len(words[i - 1][2]) <= 2)
    ):
        r.i += 2  # Round 18: "Hội LHPN T.P Sông Công": an abbreviation's dot, no sentence end
        return _Next.GO
    if lower in vi.NUMBER_WORDS and not (
        match_whole(words, i + 1, COUNTED_NOUNS)
        or following.isdigit()
        or following.lower() in vi.NUMBER_WORDS
    ):
        r.i += 1  # Round 18: "thuộc lĩnh vực tư pháp" ("tư" counts nothing there)
        return _Next.GO
    if not word[:1].isalpha() or lower in vi.NUMBER_WORDS:
        return i  # punctuation, a number in words
    level = match_whole(words, i, PLACE_LEVELS)
    after = words[i + level][2] if level and i + level < len(words) else ""
    if level and i == start and not (after.isalpha() and after.islower()):
        return i  # as the rules' phrase ends: "cử tri phường 1", "cử tri ấp, khóm"
    if (
        level
        and i > start
        and word.islower()  # ("xã Buôn Tría": a level's word in capitals starts a name)
        and (after[:1].isupper() or after.isdigit())
        and words[i - 1][2].islower()
        and words[i - 1][2] not in _BEFORE_A_PLACE
        and not any(words[k][2][:1].isupper() for k in range(max(0, i - 3), i))
    ):
        # Round 22: a place named after a common noun is where ("25 hộ chịu ảnh hưởng của
        # thiên tai | xã Xuân Lạc"), as the set's fourth convention writes it; after a body
        # ("của UBND huyện Diễn Châu") or "tại" ("công tác tại tỉnh Thái Bình") it is read.
        return i
    if lower in PHRASE_ENDS and lower not in _CARRIERS and (word.islower() or i == start):
        # (round 21: a word of a name in capitals is no function word, "UBND huyện Diễn Châu")
        if lower in {"khác", "mới"} and not following:
            return None  # "… mới" at a line cut with no punctuation: its end is not told
        if lower in {"khác", "mới"} and not following[:1].isalpha():
            return i + 1  # "27 người thuộc các cơ quan, đơn vị khác."
        if lower == "khác" and following.lower() == "nhau":
            return i + 2  # Round 21: "19 vấn đề, lĩnh vực khác nhau" (various)
        return i  # a function word no phrase read on carries ("khác", "mới", "đã" …)
    voters = following == "cử" and i + 2 < len(words) and words[i + 2][2] == "tri"
    if lower == "được" and not (
        following[:1].isupper()
        or (following in _AFTER_DUOC and not voters)  # round 21: "được cử tri gửi tới"
        or (i > start and not following)
    ):
        return i  # "3 chức sắc tôn giáo | được bầu": the clause's predicate
    if word.islower() and (
        match_whole(words, i, MAIN_CLAUSE_STOPS)
        or match_whole(words, i, CLAUSE_VERBS)
        or (match_whole(words, i, MAIN_CLAUSE_VERBS) and match_whole(words, i, _GOES_ON) == 0)
        or (lower == "được" and match_whole(words, i + 1, _RESULTS_AFTER_DUOC))
    ):
        return i
    return _Next.PASS


_STEPS: tuple[Callable[[_Reading], _Told], ...] = (
    _times_topics_and_parties,
    _which_persons,
    _set_phrases,
    _whose,
    _compound_or_glued,
    _at_comma,
    _at_and,
    _at_word,
)
"""The steps of :func:`_read_on_stop` at each word, in order: the first that tells wins."""


def _place_name(words: list[Word], start: int) -> int:
    """How many words from ``start`` are the name of a place whose level ends just before.

    Round 21: where the earlier rules end a phrase after a place's level that is not the
    counted noun ("ý kiến thuộc thẩm quyền của UBND huyện | Diễn Châu"), the capitalised
    words after it are that place's name; after a counted place ("2 xã | Kim Cúc") they are
    the names of the places counted, which the set's facts do not write.
    """
    if match_whole(words, 0, PLACE_LEVELS) or not _level_before(words, start):
        return 0
    j = start
    while j < len(words) and words[j][2][:1].isupper() and words[j][2].isalpha():
        j += 1
    return j - start


def _read_on_stop(
    words: list[Word], start: int, *, persons: bool = False, line_ends: bool = False
) -> int | None:
    """Where a phrase read on from ``words[start]`` stops (:func:`read_on_end` checks that end)."""
    name = _place_name(words, start)
    if name:
        start += name  # Round 21: "ý kiến thuộc thẩm quyền của UBND huyện | Diễn Châu"
    elif _capital_start(words, start):
        # Round 18: a word in capitals right where the rules of rounds 7-16 end the phrase
        # is one they chose not to read (a body that starts a clause, "5 hồ sơ | UBND huyện
        # chuyển"; a name, "6 người | Tôn giáo Cao Đài"; a paper's name, "34 hồ sơ | Đề
        # án …"): those rules decide.
        return None
    r = _Reading(words, start, start, persons)
    while r.i < len(words):
        for step in _STEPS:
            told = step(r)
            if told is _Next.GO:
                break
            if told is not _Next.PASS:
                return told
        else:
            r.i += 1
    # past the window, or a line that ends with no punctuation (a cut excerpt): the end is
    # not told, unless the phrase was whole before an optional part (round 20), or the line
    # is one the text goes on after (a headline: round 23)
    return len(words) if line_ends else r.safe
