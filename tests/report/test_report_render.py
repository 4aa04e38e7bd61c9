"""The yearly report: exact output on the bundled Tây Hồ review, and on built reviews.

Expected texts are written out from the seed article (tests/data/seed_mttqhanoi_2020-02-11.txt)
and from the rules of /work/shared/reference/vietnamese-rules.md:

- Nghị định 30/2020/NĐ-CP, Phụ lục I: the national name "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
  the motto "Độc lập - Tự do - Hạnh phúc", the line "Địa danh, ngày … tháng … năm …" with the
  days below 10 and the months 1 and 2 zero-padded; its place, "Địa danh và thời gian ban hành
  văn bản" (quoted by danluat.thuvienphapluat.vn/huong-dan-cach-ghi-dia-danh-va-ngay-thang-nam-
  trong-van-ban-dung-luat-189142): "Địa danh ghi trên văn bản do cơ quan nhà nước ở địa phương
  ban hành là tên gọi chính thức của đơn vị hành chính nơi cơ quan ban hành văn bản đóng trụ
  sở. Đối với những đơn vị hành chính được đặt theo tên người, bằng chữ số hoặc sự kiện lịch
  sử thì phải ghi tên gọi đầy đủ của đơn vị hành chính đó." The three bodies of quận Tây Hồ
  sit in the district: "Tây Hồ, ngày 11 tháng 02 năm 2020" (issue 7's "Hà Nội, …" is the
  city's place name, the place of the city's own bodies);
- Phụ lục II: organisations capitalized by kind and function ("Hội đồng nhân dân quận Tây
  Hồ"), units with a lowercase common noun inside a sentence ("quận Tây Hồ");
- the seed's administrative counts, zero-padded ("03 phiên giải trình", "14 nội dung");
- printed figures kept as printed (DESIGN.md, "Printed is not computed"), rates rounded
  half-up (Luật Kế toán, Điều 17); a printed figure is "theo số liệu công bố" (the wording of
  the metrics' "công bố"), a computed one "tính từ số liệu", in every sentence.
"""

from __future__ import annotations

import datetime as dt
import re
import warnings
from html.parser import HTMLParser

import attrs
import pytest

from tayho_coord.datasets import tay_ho_2019
from tayho_coord.errors import FigureWarning, ValidationError
from tayho_coord.model import (
    Activities,
    AdminUnit,
    Agency,
    AgencyKind,
    Citation,
    Competence,
    CoordinationProgram,
    Finding,
    HearingMention,
    OversightGroup,
    OversightKind,
    PartialDate,
    PetitionStats,
    PrintedFigure,
    ProgramReview,
    ReportedCount,
    Source,
    UnitKind,
    VoterContactGroup,
    VoterContactKind,
)
from tayho_coord.report import Signer, render

# The bundled review as plain text.  Each fact is the seed's: the conference "Chiều ngày
# 11/02/2020" (a Tuesday), the three bodies and their chairs, Thường trực HĐND quận the
# standing agency of 2019, "03 phiên Giải trình" with their three subjects, "14 nội dung
# giám sát, khảo sát, kiểm tra chuyên đề", "4 nội dung" of which two are named, the regular
# and thematic voter meetings without a number, the satisfaction survey and its offices, the
# printed 56,82% without counts, the two shortcomings, the 2020 program signed that day with
# its five content areas and "03 nhiệm vụ trọng tâm", and the article as the source.
#
# The parts and their order are those of Nghị định 30/2020/NĐ-CP (ND30), Phụ lục I, Phần I,
# mục II: khoản 2, the issuers named in full (each body of a joint document, the unit once);
# khoản 1, the national name and motto; khoản 3, "Số:" with the number left blank (no number
# given) and the symbol BC (Phụ lục III) and the issuers' abbreviations joined by hyphens;
# khoản 4, the date line with the day and month left to fill (no issue date given: the
# conference's date is not the issue date), the year of the conference; khoản 5, the kind and
# subject; khoản 6, the body, where an abbreviation is written in full at its first use with
# the abbreviation in brackets right after and abbreviated after; khoản 7, a signature block
# per issuer, "TM." before the collective, the title, the name left to fill (the roster
# knows the chairs on 11/02/2020 only); khoản 9, "Nơi nhận:" ending "- Lưu: VT."; mục III,
# khoản 1, the appendix, headed "PHỤ LỤC". Phụ lục II: every list entry starts with a capital.
TEXT_LINES = (
    # khoản 2: the council's and the Front's documents are their standing bodies', each
    # named in full ("THƯỜNG TRỰC HỘI ĐỒNG NHÂN DÂN", "BAN THƯỜNG TRỰC ỦY BAN MẶT TRẬN TỔ
    # QUỐC VIỆT NAM"), cut only where a body's name starts, the unit once under them.
    "THƯỜNG TRỰC",
    "HỘI ĐỒNG NHÂN DÂN",
    "ỦY BAN NHÂN DÂN",
    "BAN THƯỜNG TRỰC",
    "ỦY BAN MẶT TRẬN",
    "TỔ QUỐC VIỆT NAM",
    "QUẬN TÂY HỒ",
    "",
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    "Độc lập - Tự do - Hạnh phúc",
    "",
    "Số: …/BC-HĐND-UBND-MTTQ",
    "Tây Hồ, ngày … tháng … năm 2020",
    "",
    "BÁO CÁO",
    (
        "Kết quả thực hiện Chương trình phối hợp công tác năm 2019 giữa Hội đồng nhân dân, "
        "Ủy ban nhân dân và Ủy ban Mặt trận Tổ quốc Việt Nam quận Tây Hồ"
    ),
    "",
    (
        "Chiều thứ Ba, ngày 11 tháng 02 năm 2020, Hội đồng nhân dân (HĐND), Ủy ban nhân dân "
        "(UBND) và Ủy ban Mặt trận Tổ quốc (MTTQ) Việt Nam quận Tây Hồ tổ chức hội nghị tổng "
        "kết, đánh giá, rút kinh nghiệm kết quả thực hiện Chương trình phối hợp công tác năm "
        "2019 và ký kết Chương trình phối hợp công tác năm 2020."
    ),
    "",
    "Dự hội nghị có:",
    "",
    "- Đồng chí Nguyễn Văn Thắng, Thành ủy viên, Bí thư Quận ủy, Chủ tịch HĐND quận;",
    "- Đồng chí Đỗ Anh Tuấn, Phó Bí thư Quận ủy, Chủ tịch UBND quận;",
    "- Đồng chí Trần Quang Đạo, Chủ tịch Ủy ban MTTQ Việt Nam quận;",
    (
        "- Các đồng chí Phó Chủ tịch HĐND quận, Phó Chủ tịch UBND quận và Phó Chủ tịch Ủy "
        "ban MTTQ Việt Nam quận;"
    ),
    "- Lãnh đạo các Ban HĐND quận;",
    "- Lãnh đạo Văn phòng HĐND và UBND quận.",
    "",
    (
        "Tại hội nghị, Thường trực HĐND quận Tây Hồ, cơ quan thường trực năm 2019, báo cáo "
        "kết quả thực hiện Chương trình phối hợp công tác năm 2019."
    ),
    "",
    # ND30, Phụ lục I, Phần I, mục III, khoản 1: a document with an appendix points to it.
    "Nguồn và cơ sở của các số liệu nêu tại Phụ lục kèm theo Báo cáo này.",
    "",
    "I. KẾT QUẢ ĐẠT ĐƯỢC",
    "",
    "1. Tổ chức phiên giải trình",
    "",
    "Phối hợp tổ chức 03 phiên giải trình:",
    "",
    "- Công tác đầu tư xây dựng;",
    "- Công tác đấu giá quyền sử dụng đất;",
    "- Việc giải quyết kiến nghị của cử tri.",
    "",
    "2. Giám sát, khảo sát, kiểm tra chuyên đề",
    "",
    (
        "Ủy ban MTTQ Việt Nam quận và HĐND quận phối hợp thực hiện 14 nội dung giám sát, "
        "khảo sát, kiểm tra chuyên đề."
    ),
    "",
    # Four counted, two named: "trong đó có" (the provenance is in the appendix).
    (
        "Ủy ban MTTQ Việt Nam quận chủ trì, phối hợp với Ban Pháp chế HĐND quận thực hiện 04 "
        "nội dung giám sát chuyên đề, trong đó có:"
    ),
    "",
    "- Tiếp công dân;",
    "- Giải quyết đơn thư khiếu nại, tố cáo.",
    "",
    "3. Tiếp xúc cử tri",
    "",
    # The source gives no number of meetings: none is written.
    "Phối hợp tổ chức các hội nghị tiếp xúc cử tri thường kỳ và chuyên đề.",
    "",
    "4. Khảo sát sự hài lòng của người dân",
    "",
    (
        "Ủy ban MTTQ Việt Nam quận tổ chức khảo sát mức độ hài lòng của người dân khi đến "
        "giao dịch tại bộ phận một cửa. Các đơn vị được khảo sát:"
    ),
    "",
    "- Bộ phận một cửa của UBND quận;",
    "- Bộ phận một cửa của UBND các phường;",
    "- Công an quận;",
    "- Văn phòng đăng ký nhà đất quận.",
    "",
    "5. Giải quyết kiến nghị cử tri",
    "",
    # Issue 12's own wording of the seed's printed rate.
    "Tỷ lệ giải quyết kiến nghị cử tri thuộc thẩm quyền cấp quận đạt 56,82%.",
    "",
    "6. Đánh giá chung",
    "",
    (
        "- Lãnh đạo ba cơ quan đã phối hợp thường xuyên, chặt chẽ, hiệu quả, góp phần thực "
        "hiện thắng lợi các nhiệm vụ chính trị của quận năm 2019."
    ),
    (
        "- Việc tổ chức các phiên giải trình là cách làm mới của quận, nhằm nâng cao hiệu "
        "lực, hiệu quả hoạt động của hệ thống chính trị."
    ),
    "- Công tác phối hợp giám sát được thực hiện chặt chẽ, thường xuyên và hiệu quả.",
    "",
    "II. TỒN TẠI, HẠN CHẾ",
    "",
    (
        "- Công tác chuẩn bị báo cáo, tài liệu của UBND quận phục vụ kỳ họp HĐND quận cần "
        "được rút kinh nghiệm để bảo đảm tiến độ và nâng cao chất lượng."
    ),
    "- Tỷ lệ giải quyết kiến nghị của cử tri thuộc thẩm quyền cấp quận còn hạn chế (56,82%).",
    "",
    "III. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2020",
    "",
    "Chương trình phối hợp công tác năm 2020 được ký kết ngày 11 tháng 02 năm 2020.",
    "",
    (
        "Nội dung phối hợp: tuyên truyền, tổ chức các cuộc vận động, giám sát, phản biện xã "
        "hội và đối thoại."
    ),
    "",
    "Năm 2020 tập trung thực hiện 03 nhiệm vụ trọng tâm:",
    "",
    # The documents' hyphen-minus: "kinh tế - xã hội", "nhiệm kỳ 2020-2025".
    "1. Tập trung thực hiện hoàn thành nhiệm vụ phát triển kinh tế - xã hội năm 2020;",
    (
        "2. Tổ chức các hoạt động tuyên truyền, khơi dậy truyền thống, không khí thi đua "
        "thiết thực gắn với các ngày kỷ niệm lớn của đất nước, Thủ đô và 25 năm thành lập "
        "quận Tây Hồ;"
    ),
    "3. Tổ chức thành công Đại hội Đảng các cấp nhiệm kỳ 2020-2025.",
    "",
    "TM. THƯỜNG TRỰC HỘI ĐỒNG NHÂN DÂN",
    "CHỦ TỊCH",
    "…",
    "",
    "TM. ỦY BAN NHÂN DÂN",
    "CHỦ TỊCH",
    "…",
    "",
    "TM. BAN THƯỜNG TRỰC",
    "CHỦ TỊCH",
    "…",
    "",
    "Nơi nhận:",
    "- …;",
    "- Lưu: VT.",
    "",
    "PHỤ LỤC",
    "NGUỒN VÀ CƠ SỞ SỐ LIỆU",
    # mục III, khoản 1, ND30's sample: "(Kèm theo … số …/… ngày … tháng … năm … của …)"
    "(Kèm theo Báo cáo số …/BC-HĐND-UBND-MTTQ ngày … tháng … năm 2020"
    " của Thường trực Hội đồng nhân dân, Ủy ban nhân dân và Ban Thường trực Ủy ban Mặt trận"
    " Tổ quốc Việt Nam quận Tây Hồ)",
    "",
    "I. HOẠT ĐỘNG PHỐI HỢP",
    "",
    (
        "- Giám sát chuyên đề (Ủy ban MTTQ Việt Nam quận chủ trì, phối hợp với Ban Pháp chế "
        "HĐND quận thực hiện): nguồn nêu 04 nội dung, nêu tên 02 nội dung;"
    ),
    "- Hội nghị tiếp xúc cử tri thường kỳ và chuyên đề: nguồn không nêu số hội nghị.",
    "",
    "II. KIẾN NGHỊ CỬ TRI",
    "",
    "Kiến nghị cử tri thuộc thẩm quyền cấp quận, năm 2019:",
    "",
    "- Tỷ lệ giải quyết theo số liệu công bố: 56,82%;",
    (
        "- Tỷ lệ giải quyết tính từ số liệu: không tính được (nguồn không nêu số kiến nghị "
        "tiếp nhận và đã giải quyết)."
    ),
    "",
    "III. NGUỒN",
    "",
    (
        "1. Quận Tây Hồ tổng kết, đánh giá, rút kinh nghiệm kết quả thực hiện Chương trình "
        "phối hợp công tác giữa ba cơ quan năm 2019, mttqhanoi.org.vn, tác giả Nguyễn Thục "
        "Lương, 11/02/2020"
    ),
)
TEXT = "\n".join(TEXT_LINES) + "\n"

# The same report in CommonMark: the issuer and the nation bold with hard line breaks (a
# trailing backslash), the date line italic, "BÁO CÁO" the title, sections "##", subsections
# "###"; "1." at the start of a heading is escaped ("1\\.") so it stays a heading, not a list.
MD_HEAD = [
    "**THƯỜNG TRỰC**\\",
    "**HỘI ĐỒNG NHÂN DÂN**\\",
    "**ỦY BAN NHÂN DÂN**\\",
    "**BAN THƯỜNG TRỰC**\\",
    "**ỦY BAN MẶT TRẬN**\\",
    "**TỔ QUỐC VIỆT NAM**\\",
    "**QUẬN TÂY HỒ**",
    "",
    "**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**\\",
    "**Độc lập - Tự do - Hạnh phúc**",
    "",
    "Số: …/BC-HĐND-UBND-MTTQ\\",
    "*Tây Hồ, ngày … tháng … năm 2020*",
    "",
    "# BÁO CÁO",
    "",
    "**" + TEXT_LINES[15] + "**",
    "",
]
MD_HEADINGS = {
    "I. KẾT QUẢ ĐẠT ĐƯỢC": "## I. KẾT QUẢ ĐẠT ĐƯỢC",
    "1. Tổ chức phiên giải trình": "### 1\\. Tổ chức phiên giải trình",
    "6. Đánh giá chung": "### 6\\. Đánh giá chung",
    "II. TỒN TẠI, HẠN CHẾ": "## II. TỒN TẠI, HẠN CHẾ",
    "III. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2020": "## III. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2020",
}
MD_CLOSING = [
    "**TM. THƯỜNG TRỰC HỘI ĐỒNG NHÂN DÂN**\\",
    "**CHỦ TỊCH**\\",
    "**…**",
    "",
    "**TM. ỦY BAN NHÂN DÂN**\\",
    "**CHỦ TỊCH**\\",
    "**…**",
    "",
    "**TM. BAN THƯỜNG TRỰC**\\",
    "**CHỦ TỊCH**\\",
    "**…**",
    "",
    "***Nơi nhận:***",
    "",
    "- …;",
    "- Lưu: VT.",
    "",
    "---",
    "",
    "## PHỤ LỤC",
    "",
    "**NGUỒN VÀ CƠ SỞ SỐ LIỆU**\\",
    "*(Kèm theo Báo cáo số …/BC-HĐND-UBND-MTTQ ngày … tháng … năm 2020"
    " của Thường trực Hội đồng nhân dân, Ủy ban nhân dân và Ban Thường trực Ủy ban Mặt trận"
    " Tổ quốc Việt Nam quận Tây Hồ)*",
    "",
    "### I. HOẠT ĐỘNG PHỐI HỢP",
]


def test_every_heading_of_the_markdown_table_is_a_line_of_the_text() -> None:
    assert set(MD_HEADINGS) <= set(TEXT_LINES)


def test_text_report_of_the_bundled_review() -> None:
    assert render(tay_ho_2019(), "text") == TEXT


def test_markdown_report_of_the_bundled_review() -> None:
    md = render(tay_ho_2019(), "md")
    assert render(tay_ho_2019()) == md  # Markdown is the default
    lines = md.splitlines()
    assert lines[: len(MD_HEAD)] == MD_HEAD
    for text_line, md_line in MD_HEADINGS.items():
        assert md_line in lines, text_line
    at = lines.index(MD_CLOSING[0])
    assert lines[at : at + len(MD_CLOSING)] == MD_CLOSING
    assert lines[-1] == "1. " + TEXT_LINES[-1][3:]


def test_issue_date_number_and_signers_from_the_roster() -> None:
    # ND30, Phụ lục I, mục II, khoản 3 and 4: "Số: 05/…" (a leading zero below 10), the date
    # line in full. The roster attests the three chairs on 11/02/2020 (the seed), so the
    # heads on that day sign; on 14/02/2020 it shows no one surely in post: left blank.
    text = render(tay_ho_2019(), "text", issued=dt.date(2020, 2, 11), number=5)
    lines = text.splitlines()
    assert lines[11:13] == ["Số: 05/BC-HĐND-UBND-MTTQ", "Tây Hồ, ngày 11 tháng 02 năm 2020"]
    at = lines.index("TM. THƯỜNG TRỰC HỘI ĐỒNG NHÂN DÂN")
    assert lines[at : at + 11] == [
        "TM. THƯỜNG TRỰC HỘI ĐỒNG NHÂN DÂN",
        "CHỦ TỊCH",
        "Nguyễn Văn Thắng",
        "",
        "TM. ỦY BAN NHÂN DÂN",
        "CHỦ TỊCH",
        "Đỗ Anh Tuấn",
        "",
        "TM. BAN THƯỜNG TRỰC",
        "CHỦ TỊCH",
        "Trần Quang Đạo",
    ]
    assert (
        "(Kèm theo Báo cáo số 05/BC-HĐND-UBND-MTTQ ngày 11 tháng 02 năm 2020 của Thường trực "
        "Hội đồng nhân dân, Ủy ban nhân dân và Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt "
        "Nam quận Tây Hồ)"
    ) in lines
    later = render(tay_ho_2019(), "text", issued=dt.date(2020, 2, 14)).splitlines()
    at = later.index("TM. ỦY BAN NHÂN DÂN")
    assert later[at : at + 3] == ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "…"]


def test_signers_given_deputy_and_acting_and_recipients() -> None:
    # ND30, Phụ lục I, mục II, khoản 7: "KT." before the head's title when a deputy signs,
    # the deputy's own title under it (điểm c); "Q." before the title of an acting head
    # (điểm b); khoản 9: one recipient a line, "- Lưu: VT." last.
    text = render(
        tay_ho_2019(),
        "text",
        signers=["KT:Lê Văn An", Signer("Phạm Thị Bình"), "Q:Hoàng Văn Cường"],
        recipients=["Thường trực Quận ủy", "các phường"],
        appendix=False,
    )
    lines = text.splitlines()
    at = lines.index("TM. THƯỜNG TRỰC HỘI ĐỒNG NHÂN DÂN")
    assert lines[at:] == [
        "TM. THƯỜNG TRỰC HỘI ĐỒNG NHÂN DÂN",
        "KT. CHỦ TỊCH",
        "PHÓ CHỦ TỊCH",
        "Lê Văn An",
        "",
        "TM. ỦY BAN NHÂN DÂN",
        "CHỦ TỊCH",
        "Phạm Thị Bình",
        "",
        "TM. BAN THƯỜNG TRỰC",
        "Q. CHỦ TỊCH",
        "Hoàng Văn Cường",
        "",
        "Nơi nhận:",
        "- Thường trực Quận ủy;",
        "- Các phường;",
        "- Lưu: VT.",
    ]
    # Without the appendix, the body does not point to one.
    assert "Phụ lục" not in text
    assert "PHỤ LỤC" not in text


@pytest.mark.parametrize(
    ("options", "field"),
    [
        ({"signers": ["Một người"]}, "signers"),
        ({"signers": ["", "B", "C"]}, "signer"),
        ({"recipients": [" "]}, "recipients"),
        ({"recipients": "Quận ủy"}, "recipients"),
        ({"number": 0}, "number"),
        ({"number": True}, "number"),
        ({"issued": "2020-02-11"}, "issued"),
        ({"issued": dt.datetime(2020, 2, 11, 8)}, "issued"),
        ({"font_size": 12}, "font_size"),
        ({"appendix": "no"}, "appendix"),
        ({"charts": "yes"}, "charts"),
    ],
)
def test_bad_options_are_refused(options: dict[str, object], field: str) -> None:
    with pytest.raises(ValidationError) as info:
        render(tay_ho_2019(), "text", **options)  # type: ignore[call-overload]
    assert info.value.field == field


def test_place_of_the_date_line_can_be_given() -> None:
    # Nghị định 30/2020/NĐ-CP, Phụ lục I: "Địa danh, ngày … tháng … năm …"; the place given
    # replaces the unit's own (here the city's place name, as issue 7's example has it).
    text = render(tay_ho_2019(), "text", place="Hà Nội")
    assert text.splitlines()[12] == "Hà Nội, ngày … tháng … năm 2020"


@pytest.mark.parametrize("bad", ["odt", "MD", "", None])
def test_unknown_format_is_refused(bad: object) -> None:
    with pytest.raises(ValidationError) as info:
        render(tay_ho_2019(), bad)  # type: ignore[arg-type]
    assert info.value.field == "format"


def test_empty_place_is_refused() -> None:
    with pytest.raises(ValidationError):
        render(tay_ho_2019(), place=" ")


# --- HTML ---------------------------------------------------------------------------------


class _Outline(HTMLParser):
    """The page read back as text lines: one per heading, paragraph and list item.

    A list item is shown as the text report shows it (``- `` or ``1. `` before it), so the
    lines of the page can be compared with those of the text report.
    """

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.counters: list[int] = []
        self.lines: list[str] = []
        self.tags: list[str] = []
        self._text: list[str] | None = None
        self._mark = ""

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        if tag == "meta":
            return
        self.stack.append(tag)
        if tag in ("ul", "ol"):
            self.counters.append(0)
        elif tag == "li":
            self.counters[-1] += 1
            parent = self.stack[-2]
            self._mark = f"{self.counters[-1]}. " if parent == "ol" else "- "
            self._text = []
        elif tag in ("h1", "h2", "h3", "p"):
            self._mark, self._text = "", []

    def handle_endtag(self, tag: str) -> None:
        assert self.stack, tag
        assert self.stack[-1] == tag, (tag, self.stack)
        self.stack.pop()
        if tag in ("ul", "ol"):
            self.counters.pop()
        elif tag in ("li", "h1", "h2", "h3", "p") and self._text is not None:
            self.lines.append(self._mark + "".join(self._text))
            self._text = None

    def handle_data(self, data: str) -> None:
        if self._text is not None:
            self._text.append(data)


def _outline(html: str) -> _Outline:
    parser = _Outline()
    parser.feed(html)
    parser.close()
    assert parser.stack == []  # every element closed
    return parser


def test_html_report_says_what_the_text_report_says() -> None:
    # Line by line, the page holds the text report (the HTML heading of the sources list is
    # the text's "NGUỒN").
    outline = _outline(render(tay_ho_2019(), "html", charts=False))
    assert outline.lines == [line for line in TEXT_LINES if line]


@pytest.mark.parametrize("charts", [False, True])
def test_html_page_is_self_contained_and_responsive(charts: bool) -> None:
    html = render(tay_ho_2019(), "html", charts=charts)
    assert html.startswith('<!DOCTYPE html>\n<html lang="vi">\n<head>\n<meta charset="utf-8">\n')
    assert '<meta name="viewport" content="width=device-width, initial-scale=1">' in html
    assert "@page { size: A4;" in html
    assert "@media (max-width: 40rem)" in html
    assert "@media print" in html
    tags = set(_outline(html).tags)
    # Nothing is fetched and nothing runs: no script, no stylesheet link, no image, no frame.
    assert not {"script", "link", "img", "iframe", "object", "embed"} & tags
    # Only references inside the page (the charts' clip paths and glyphs: "#p4b…").
    assert all(ref.startswith("#") for ref in re.findall(r"url\(([^)]*)\)", html))
    assert all(ref.startswith("#") for ref in re.findall(r'href="([^"]*)"', html))
    assert "@import" not in html
    assert "://" not in html
    assert '<p class="date-line">Tây Hồ, ngày … tháng … năm 2020</p>' in html
    assert '<p class="number">Số: …/BC-HĐND-UBND-MTTQ</p>' in html
    assert "<h1>BÁO CÁO</h1>" in html
    assert "<title>Báo cáo kết quả thực hiện Chương trình phối hợp công tác năm 2019 - " in html
    # The three signature blocks side by side, the recipients, the appendix on its own page.
    assert '<section class="signatures" style="--columns: 3">' in html
    assert '<p class="label">Nơi nhận:</p>' in html
    assert '<section class="appendix">\n<p class="heading">PHỤ LỤC</p>' in html


# --- built reviews --------------------------------------------------------------------------

SOURCE = Source("s", "Báo cáo mẫu")


def _with_petitions(*stats: PetitionStats) -> ProgramReview:
    return attrs.evolve(tay_ho_2019(), petitions=stats)


def _petition_section(review: ProgramReview) -> list[str]:
    """The appendix's account of the petition figures: printed apart from computed, findings."""
    lines = render(review, "text").splitlines()
    start = lines.index("II. KIẾN NGHỊ CỬ TRI") + 2
    end = lines.index("III. NGUỒN") - 1
    return lines[start:end]


def _petition_body(review: ProgramReview) -> list[str]:
    """What the body says of the petitions: as an office writes it, no notes."""
    lines = render(review, "text").splitlines()
    start = lines.index("5. Giải quyết kiến nghị cử tri") + 2
    end = lines.index("6. Đánh giá chung") - 1
    return lines[start:end]


def _stats(**counts: object) -> PetitionStats:
    unit = tay_ho_2019().unit
    return PetitionStats(unit, PartialDate(2019), **counts)  # type: ignore[arg-type]


def test_counts_and_printed_rate_that_agree() -> None:
    # 25/44 = 0,568181… rounds half-up to 56,82% (Luật Kế toán, Điều 17).
    review = _with_petitions(_stats(received=44, resolved=25, printed_rate=PrintedFigure("56,82%")))
    assert _petition_section(review) == [
        "Kiến nghị cử tri, năm 2019:",
        "",
        "- Số kiến nghị tiếp nhận: 44;",
        "- Đã giải quyết xong: 25;",
        "- Tỷ lệ giải quyết theo số liệu công bố: 56,82%;",
        "- Tỷ lệ giải quyết tính từ số liệu: 56,82% (25/44 kiến nghị).",
        "",
        "Đối chiếu: tỷ lệ theo số liệu công bố (56,82%) khớp với tỷ lệ tính từ số liệu 25/44 "
        "(làm tròn theo Luật Kế toán).",
    ]
    # The body: the counts in the administrative style, the rate as printed, no notes.
    assert _petition_body(review) == [
        "Kiến nghị cử tri:",
        "",
        "- Tiếp nhận 44 kiến nghị;",
        "- Đã giải quyết xong 25 kiến nghị;",
        "- Tỷ lệ giải quyết đạt 56,82%.",
    ]


def test_printed_rate_that_does_not_follow_from_the_counts() -> None:
    # 25/44 is 56,82%; "57,82%" follows from 25 out of no total at all (25/43 = 58,14%).
    with pytest.warns(FigureWarning):
        stats = _stats(received=44, resolved=25, printed_rate=PrintedFigure("57,82%"))
    lines = _petition_section(_with_petitions(stats))
    assert lines[4:6] == [
        "- Tỷ lệ giải quyết theo số liệu công bố: 57,82%;",
        "- Tỷ lệ giải quyết tính từ số liệu: 56,82% (25/44 kiến nghị).",
    ]
    assert lines[-1] == (
        "Đối chiếu: tỷ lệ theo số liệu công bố (57,82%) không khớp với tỷ lệ tính từ số liệu "
        "25/44 là 56,82%."
    )


def test_printed_rate_over_another_total_names_the_total() -> None:
    # 25/44 = 56,82…% prints 57% at no decimals; "60%" is 25 out of 42 (25/42 = 59,52…%),
    # while 25/41 = 60,97…% prints 61%: the audit's denominators("60%", 25) is [42].
    with pytest.warns(FigureWarning):
        stats = _stats(received=44, resolved=25, printed_rate=PrintedFigure("60%"))
    lines = _petition_section(_with_petitions(stats))
    assert lines[-1] == (
        "Đối chiếu: tỷ lệ theo số liệu công bố (60%) không khớp với tỷ lệ tính từ số liệu "
        "25/44 là 57%; tỷ lệ công bố ứng với 25 trên tổng số 42."
    )


def test_truncated_printed_rate() -> None:
    # 9789/10000 = 97,89%: cut to one decimal it is 97,8%, rounded half-up 97,9%.
    with pytest.warns(FigureWarning):
        stats = _stats(received=10000, resolved=9789, printed_rate=PrintedFigure("97,8%"))
    lines = _petition_section(_with_petitions(stats))
    assert lines[2:6] == [
        "- Số kiến nghị tiếp nhận: 10.000;",
        "- Đã giải quyết xong: 9.789;",
        "- Tỷ lệ giải quyết theo số liệu công bố: 97,8%;",
        "- Tỷ lệ giải quyết tính từ số liệu: 97,89% (9.789/10.000 kiến nghị).",
    ]
    assert lines[-1] == (
        "Đối chiếu: tỷ lệ theo số liệu công bố (97,8%) là tỷ lệ 9.789/10.000 bị cắt bớt chữ "
        "số, không làm tròn; làm tròn theo Luật Kế toán là 97,9%."
    )


def test_outcomes_that_do_not_add_up() -> None:
    # 25 + 20 + 0 + 0 = 45 petitions by outcome, one more than the 44 received.
    with pytest.warns(FigureWarning):
        stats = _stats(received=44, resolved=25, in_progress=20, explained=0, unresolved=0)
    lines = _petition_section(_with_petitions(stats))
    assert lines == [
        "Kiến nghị cử tri, năm 2019:",
        "",
        "- Số kiến nghị tiếp nhận: 44;",
        "- Đã giải quyết xong: 25;",
        "- Đang giải quyết: 20;",
        "- Đã giải trình, cung cấp thông tin: 0;",
        "- Chưa giải quyết: 0;",
        # The rate computed from the counts, though none is printed: 25/44 = 56,82%.
        "- Tỷ lệ giải quyết tính từ số liệu: 56,82% (25/44 kiến nghị).",
        "",
        "Đối chiếu: 25 (đã giải quyết xong) + 20 (đang giải quyết) + 0 (đã giải trình, cung "
        "cấp thông tin) + 0 (chưa giải quyết) = 45, nhiều hơn tổng số 44 là 1.",
    ]


def test_printed_rate_no_count_can_give() -> None:
    # Out of 3 petitions the rates are 0%, 33,33%, 66,67% and 100%: none prints 50,00%.
    with pytest.warns(FigureWarning):
        stats = _stats(received=3, printed_rate=PrintedFigure("50,00%"))
    lines = _petition_section(_with_petitions(stats))
    assert lines[2:] == [
        "- Số kiến nghị tiếp nhận: 3;",
        "- Tỷ lệ giải quyết theo số liệu công bố: 50,00%;",
        (
            "- Tỷ lệ giải quyết tính từ số liệu: không tính được (nguồn không nêu số kiến nghị "
            "đã giải quyết)."
        ),
        "",
        "Đối chiếu: không có số kiến nghị đã giải quyết nào trên tổng số 3 cho tỷ lệ 50,00%.",
    ]


# A commune with no council: two parties (DESIGN.md: "some places have no council"), counts
# stated with nothing named, voter meetings counted, a hearing with its date and presiding
# body.  Real units of tỉnh Sơn La; the activities are made up for the test.
SON_LA = AdminUnit("son-la", UnitKind.PROVINCE, "Sơn La")
MOC_CHAU = AdminUnit("son-la/moc-chau", UnitKind.RURAL_DISTRICT, "Mộc Châu", parent=SON_LA)
CHIENG_SON = AdminUnit("son-la/moc-chau/chieng-son", UnitKind.COMMUNE, "Chiềng Sơn", MOC_CHAU)
COMMITTEE = Agency("cs/ubnd", AgencyKind.PEOPLES_COMMITTEE, CHIENG_SON)
FRONT = Agency("cs/mttq", AgencyKind.FATHERLAND_FRONT, CHIENG_SON)


def _commune_review(**review_fields: object) -> ProgramReview:
    activities = Activities(
        hearings=ReportedCount(
            2, (HearingMention("công tác thu hồi đất", PartialDate(2023, 6), FRONT),)
        ),
        oversight=(OversightGroup(frozenset({OversightKind.SURVEY}), topics=ReportedCount(5)),),
        voter_contacts=(
            VoterContactGroup(VoterContactKind.REGULAR, ReportedCount(4)),
            VoterContactGroup(VoterContactKind.THEMATIC),
        ),
    )
    program = CoordinationProgram(
        "cs/2023", CHIENG_SON, 2023, (COMMITTEE, FRONT), FRONT, activities=activities
    )

    fields: dict[str, object] = {"hosts": (COMMITTEE, FRONT)}
    fields.update(review_fields)
    return ProgramReview("cs/tk-2023", dt.date(2024, 1, 5), program, **fields)  # type: ignore[arg-type]


def test_report_of_a_commune_without_council() -> None:
    text = render(_commune_review(), "text")
    assert (
        text
        == "\n".join(
            (
                # ND30, Phụ lục I, mục II, khoản 2: both issuers in full, the commune once;
                # the Front's document is its standing board's, named with its committee.
                "ỦY BAN NHÂN DÂN",
                "BAN THƯỜNG TRỰC",
                "ỦY BAN MẶT TRẬN",
                "TỔ QUỐC VIỆT NAM",
                "XÃ CHIỀNG SƠN",
                "",
                "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                "Độc lập - Tự do - Hạnh phúc",
                "",
                "Số: …/BC-UBND-MTTQ",
                # Phụ lục I: the place is the commune, where the two bodies sit, by its name
                # ("tên gọi chính thức của đơn vị hành chính nơi cơ quan ban hành văn bản
                # đóng trụ sở"); no issue date given: the day and month left blank, the
                # year that of the conference.
                "Chiềng Sơn, ngày … tháng … năm 2024",
                "",
                "BÁO CÁO",
                (
                    "Kết quả thực hiện Chương trình phối hợp công tác năm 2023 giữa Ủy ban nhân "
                    "dân và Ủy ban Mặt trận Tổ quốc Việt Nam xã Chiềng Sơn"
                ),
                "",
                # 05/01/2024 was a Friday: "thứ Sáu", sentence-initial "Thứ Sáu"; day 5 and
                # month 1 padded. The bodies written in full once, abbreviated after.
                (
                    "Thứ Sáu, ngày 05 tháng 01 năm 2024, Ủy ban nhân dân (UBND) và Ủy ban Mặt "
                    "trận Tổ quốc (MTTQ) Việt Nam xã Chiềng Sơn tổ chức hội nghị tổng kết, "
                    "đánh giá, rút kinh nghiệm kết quả thực hiện Chương trình phối hợp công tác "
                    "năm 2023."
                ),
                "",
                "Cơ quan thường trực năm 2023: Ủy ban MTTQ Việt Nam xã Chiềng Sơn.",
                "",
                "Nguồn và cơ sở của các số liệu nêu tại Phụ lục kèm theo Báo cáo này.",
                "",
                "I. KẾT QUẢ ĐẠT ĐƯỢC",
                "",
                "1. Tổ chức phiên giải trình",
                "",
                "Phối hợp tổ chức 02 phiên giải trình, trong đó có:",
                "",
                # A month-precision date: "tháng 6 năm 2023" (only months 1 and 2 are padded).
                "- Công tác thu hồi đất (tháng 6 năm 2023, Ủy ban MTTQ Việt Nam xã chủ trì).",
                "",
                "2. Giám sát, khảo sát, kiểm tra chuyên đề",
                "",
                "Thực hiện 05 nội dung khảo sát chuyên đề.",
                "",
                "3. Tiếp xúc cử tri",
                "",
                (
                    "Phối hợp tổ chức 04 hội nghị tiếp xúc cử tri thường kỳ và các hội nghị tiếp "
                    "xúc cử tri chuyên đề."
                ),
                "",
                # No shortcomings, no next program: those sections are left out. Two issuers:
                # two signature blocks, the Front's by its standing board.
                "TM. ỦY BAN NHÂN DÂN",
                "CHỦ TỊCH",
                "…",
                "",
                "TM. BAN THƯỜNG TRỰC",
                "CHỦ TỊCH",
                "…",
                "",
                "Nơi nhận:",
                "- …;",
                "- Lưu: VT.",
                "",
                "PHỤ LỤC",
                "NGUỒN VÀ CƠ SỞ SỐ LIỆU",
                (
                    "(Kèm theo Báo cáo số …/BC-UBND-MTTQ ngày … tháng … năm 2024 của Ủy ban "
                    "nhân dân và Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam xã Chiềng Sơn)"
                ),
                "",
                "I. HOẠT ĐỘNG PHỐI HỢP",
                "",
                # What the body leaves unsaid: two hearings counted, one named; the thematic
                # meetings not counted.
                "- Phiên giải trình: nguồn nêu 02 phiên, nêu tên 01 phiên;",
                "- Hội nghị tiếp xúc cử tri chuyên đề: nguồn không nêu số hội nghị.",
            )
        )
        + "\n"
    )


def test_everything_from_the_data_is_escaped() -> None:
    evil = "<script>alert('x')</script> & *đậm* _nghiêng_ [liên kết](javascript:x) | `mã`"
    source = Source("evil", "# Tiêu đề giả", url="javascript:alert(1)")
    review = _commune_review(
        shortcomings=(Finding(evil, (Citation(source, "trích"),)),),
    )
    html = render(review, "html", charts=False)
    assert "<script>" not in html
    assert (
        "<li>&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt; &amp; *đậm* _nghiêng_ "
        "[liên kết](javascript:x) | `mã`.</li>"
    ) in html
    # A javascript: address is shown, never linked.
    assert "<li># Tiêu đề giả (javascript:alert(1))</li>" in html
    assert "href" not in html
    md = render(review, "md")
    assert (
        "- \\<script\\>alert('x')\\</script\\> \\& \\*đậm\\* \\_nghiêng\\_ "
        "\\[liên kết\\](javascript:x) \\| \\`mã\\`."
    ) in md.splitlines()
    assert md.endswith("### II. NGUỒN\n\n1. \\# Tiêu đề giả (javascript:alert(1))\n")
    text = render(review, "text")
    assert f"- {evil}." in text.splitlines()


def test_web_sources_are_linked() -> None:
    source = Source(
        "web", "Bài viết", publisher="mttqhanoi.org.vn", url="https://example.org/a?b=1&c=2"
    )
    review = _commune_review(shortcomings=(Finding("Còn chậm.", (Citation(source, "chậm"),)),))
    html = render(review, "html")
    assert (
        '<li>Bài viết, mttqhanoi.org.vn <a href="https://example.org/a?b=1&amp;c=2">'
        "https://example.org/a?b=1&amp;c=2</a></li>"
    ) in html
    assert render(review, "md").endswith(
        "### II. NGUỒN\n\n1. Bài viết, mttqhanoi.org.vn <https://example.org/a?b=1&c=2>\n"
    )


def test_rendering_emits_no_warning() -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        for fmt in ("md", "html", "text"):
            render(tay_ho_2019(), fmt)


def test_charts_are_inline_svg() -> None:
    pytest.importorskip("matplotlib", reason="the charts need the plot extra")
    html = render(tay_ho_2019(), "html", charts=True)
    assert html == render(tay_ho_2019(), "html")  # by default when the plot extra is there
    assert html == render(tay_ho_2019(), "html", charts=True)  # the same markup each time
    outline = _outline(html)
    assert outline.tags.count("svg") == 2
    assert outline.tags.count("figure") == 2
    lines = [line for line in TEXT_LINES if line]
    at = lines.index("TM. THƯỜNG TRỰC HỘI ĐỒNG NHÂN DÂN")
    assert outline.lines == [*lines[:at], "BIỂU ĐỒ", *lines[at:]]
    start = html.index('<section class="charts"><h2>BIỂU ĐỒ</h2>')
    assert start > html.index("III. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2020")
    assert start < html.index('<section class="signatures"')
    for caption in (
        "Biểu đồ 1. Nội dung giám sát, khảo sát, kiểm tra theo cơ quan chủ trì",
        "Biểu đồ 2. Tỷ lệ giải quyết kiến nghị cử tri",
    ):
        assert f"<figcaption>{caption}</figcaption>" in html
    # Nothing in the charts runs or is fetched; no comment, prolog or doctype inside the page.
    assert "<script" not in html
    assert "<!--" not in html
    assert "<?xml" not in html
    assert html.count("<!DOCTYPE") == 1


def test_charts_are_html_only() -> None:
    assert render(tay_ho_2019(), "md", charts=True) == render(tay_ho_2019(), "md")
    assert render(tay_ho_2019(), "text", charts=True) == TEXT


def test_charts_are_left_out_when_the_metrics_refuse_the_review() -> None:
    # Two sets of petition figures for the same scope: yearly() refuses the review, so the
    # page has no charts unless they were asked for; the report itself stands.
    pytest.importorskip("matplotlib", reason="the charts need the plot extra")
    review = tay_ho_2019()
    second = _stats(competence=review.petitions[0].competence, printed_rate=PrintedFigure("50%"))
    twice = _with_petitions(review.petitions[0], second)
    html = render(twice, "html")
    assert "<svg" not in html
    assert "<li>Tỷ lệ giải quyết theo số liệu công bố: 50%;</li>" in html
    with pytest.raises(ValidationError):
        render(twice, "html", charts=True)


def test_parts_of_the_petition_figures() -> None:
    # 30 + 14 = 44 received and 20 + 5 = 25 resolved: the parts add up, so no finding; each
    # part's rate computed half-up: 20/30 = 66,666…% → 66,67%, 5/14 = 35,714…% → 35,71%.
    # Hà Nội's competence is "cấp thành phố" in a report of one of its districts.
    unit = tay_ho_2019().unit
    district = _stats(competence=Competence.DISTRICT, received=30, resolved=20)
    city = _stats(competence=Competence.PROVINCE, received=14, resolved=5)
    stats = PetitionStats(
        unit, PartialDate(2019), received=44, resolved=25, breakdown=(district, city)
    )
    assert _petition_section(_with_petitions(stats)) == [
        "Kiến nghị cử tri, năm 2019:",
        "",
        "- Số kiến nghị tiếp nhận: 44;",
        "- Đã giải quyết xong: 25;",
        "- Tỷ lệ giải quyết tính từ số liệu: 56,82% (25/44 kiến nghị).",
        "",
        "Trong đó, kiến nghị thuộc thẩm quyền cấp quận:",
        "",
        "- Số kiến nghị tiếp nhận: 30;",
        "- Đã giải quyết xong: 20;",
        "- Tỷ lệ giải quyết tính từ số liệu: 66,67% (20/30 kiến nghị).",
        "",
        "Trong đó, kiến nghị thuộc thẩm quyền cấp thành phố:",
        "",
        "- Số kiến nghị tiếp nhận: 14;",
        "- Đã giải quyết xong: 5;",
        "- Tỷ lệ giải quyết tính từ số liệu: 35,71% (5/14 kiến nghị).",
    ]


def test_a_part_whose_printed_rate_disagrees_is_named() -> None:
    # 20/30 = 66,67%, not the printed 70%; 20 out of 29 (68,97%) prints 69%, out of 28
    # (71,43%) 71%: no total gives 70% with 20, so no total is named.
    unit = tay_ho_2019().unit
    with pytest.warns(FigureWarning):
        district = _stats(
            competence=Competence.DISTRICT,
            received=30,
            resolved=20,
            printed_rate=PrintedFigure("70%"),
        )
    stats = PetitionStats(unit, PartialDate(2019), received=30, resolved=20, breakdown=(district,))
    assert _petition_section(_with_petitions(stats))[-1] == (
        "Đối chiếu: kiến nghị thuộc thẩm quyền cấp quận: tỷ lệ theo số liệu công bố (70%) "
        "không khớp với tỷ lệ tính từ số liệu 20/30 là 67%."
    )


# --- the place of the date line, social critique, illustrative data ------------------------


def test_a_unit_named_by_a_numeral_takes_its_full_name_on_the_date_line() -> None:
    # Nghị định 30/2020/NĐ-CP, Phụ lục I: "Đối với những đơn vị hành chính được đặt theo tên
    # người, bằng chữ số hoặc sự kiện lịch sử thì phải ghi tên gọi đầy đủ của đơn vị hành
    # chính đó" — "Quận 1, ngày …" (Phụ lục II capitalizes "Quận" before a numeral).
    hcm = AdminUnit("hcm", UnitKind.CENTRAL_CITY, "Hồ Chí Minh")
    q1 = AdminUnit("hcm/q1", UnitKind.URBAN_DISTRICT, "1", parent=hcm)
    committee = Agency("q1/ubnd", AgencyKind.PEOPLES_COMMITTEE, q1)
    front = Agency("q1/mttq", AgencyKind.FATHERLAND_FRONT, q1)
    program = CoordinationProgram("q1/2023", q1, 2023, (committee, front), front)
    review = ProgramReview("q1/tk-2023", dt.date(2024, 1, 5), program)
    lines = render(review, "text", issued=dt.date(2024, 1, 5)).splitlines()
    assert lines[:10] == [
        # ND30, mục II, khoản 2: each issuer in full, the unit once under them.
        "ỦY BAN NHÂN DÂN",
        "BAN THƯỜNG TRỰC",
        "ỦY BAN MẶT TRẬN",
        "TỔ QUỐC VIỆT NAM",
        "QUẬN 1",
        "",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "",
        "Số: …/BC-UBND-MTTQ",
    ]
    assert lines[10] == "Quận 1, ngày 05 tháng 01 năm 2024"


def test_social_critique_names_what_it_is_about() -> None:
    # "phản biện xã hội đối với" a content: the verb takes its object through "đối với";
    # the count zero-padded as the seed's "03 phiên".
    review = _commune_review()
    acts = attrs.evolve(review.reviewed.activities, social_critiques=ReportedCount(2))
    program = attrs.evolve(review.reviewed, activities=acts)
    lines = render(attrs.evolve(review, reviewed=program), "text").splitlines()
    at = lines.index("4. Phản biện xã hội")
    assert lines[at : at + 3] == [
        "4. Phản biện xã hội",
        "",
        "Tổ chức phản biện xã hội đối với 02 nội dung.",
    ]


# Every figure of the illustrative files cites the source "tayho-coord-illustrative" (made-up
# figures, datasets/_examples.py): the report says so under its heading, in every format.
NOTICE = "DỮ LIỆU MINH HỌA – KHÔNG PHẢI SỐ LIỆU THẬT"
# In a document, with the documents' hyphen (issue 12).
DOC_NOTICE = "DỮ LIỆU MINH HỌA - KHÔNG PHẢI SỐ LIỆU THẬT"
SUBJECT_MAU_MOT = (
    "Kết quả thực hiện Chương trình phối hợp công tác năm 2019 giữa Hội đồng nhân dân, Ủy ban "
    "nhân dân và Ủy ban Mặt trận Tổ quốc Việt Nam huyện Mẫu Một"
)


def _mau_mot_2019() -> ProgramReview:
    from tayho_coord.datasets import illustrative_reviews

    [review] = [r for r in illustrative_reviews() if r.id == "minh-hoa/mau-mot/tong-ket-2019"]
    return review


def test_illustrative_figures_are_flagged_in_text_and_markdown() -> None:
    text = render(_mau_mot_2019(), "text").splitlines()
    # Phụ lục I: the unit's own place name; the notice right under the title block.
    assert text[12:19] == [
        "Mẫu Một, ngày … tháng … năm 2020",
        "",
        "BÁO CÁO",
        SUBJECT_MAU_MOT,
        "",
        f"*** {DOC_NOTICE} ***",
        "",
    ]
    md = render(_mau_mot_2019(), "md").splitlines()
    assert md[14:20] == ["# BÁO CÁO", "", f"**{SUBJECT_MAU_MOT}**", "", f"> **{DOC_NOTICE}**", ""]


def test_illustrative_figures_are_flagged_in_html() -> None:
    html = render(_mau_mot_2019(), "html", charts=False)
    assert (
        f'<p class="subject">{SUBJECT_MAU_MOT}</p>\n'
        f'<p class="notice" role="note">{DOC_NOTICE}</p>\n'
    ) in html
    assert "p.notice {" in html  # styled to stand out (a border, bold, a dark red)
    # The page title says it too, first, where a browser's tab or a bookmark shows it.
    assert (
        f"<title>[{DOC_NOTICE}] Báo cáo kết quả thực hiện Chương trình phối hợp công tác năm "
        "2019 - Huyện Mẫu Một</title>"
    ) in html


def test_sourced_figures_carry_no_notice() -> None:
    for fmt in ("md", "html", "text"):
        assert "MINH HỌA" not in render(tay_ho_2019(), fmt)  # type: ignore[call-overload]


def test_summary_of_a_built_review() -> None:
    # One colon a line: the hearings named in parentheses, or after "trong đó có" when the
    # source names fewer than it counts (02 counted, 01 named); the count before the kind of
    # topic ("05 nội dung khảo sát chuyên đề").
    from tayho_coord.report import summarize

    lines = summarize(_commune_review()).splitlines()
    assert lines[4:6] == [
        "Giải trình: 02 phiên giải trình, trong đó có công tác thu hồi đất",
        "Giám sát, khảo sát, kiểm tra chuyên đề: thực hiện 05 nội dung khảo sát chuyên đề",
    ]


def test_summary_of_illustrative_figures_is_flagged() -> None:
    from tayho_coord.report import summarize

    assert summarize(_mau_mot_2019()).splitlines()[:2] == [
        "Huyện Mẫu Một: tổng kết Chương trình phối hợp công tác năm 2019",
        NOTICE,
    ]
    assert NOTICE not in summarize(tay_ho_2019())


# The audit's other findings, each in the sentence the report gives it (DESIGN.md: "where
# they disagree, the audit's finding is stated"): a rate is a share of its total, so it lies
# from 0% to 100% and cannot follow from a total of 0; outcome counts given only in part may
# not add up to more than the petitions received.
FINDINGS = [
    (
        {"received": 44, "printed_rate": PrintedFigure("120%")},
        "Đối chiếu: tỷ lệ theo số liệu công bố (120%) không nằm trong khoảng 0-100%.",
    ),
    (
        {"received": 0, "printed_rate": PrintedFigure("50%")},
        "Đối chiếu: tỷ lệ theo số liệu công bố (50%) không thể tính từ tổng số 0.",
    ),
    (
        {"received": 0, "answered": 0, "printed_answered_rate": PrintedFigure("100%")},
        "Đối chiếu: tỷ lệ theo số liệu công bố (100%) không thể tính từ tổng số 0.",
    ),
    (
        {"received": 10, "resolved": 6, "in_progress": 6},
        "Đối chiếu: 6 (đã giải quyết xong) + 6 (đang giải quyết) = 12, vượt tổng số 10 là 2.",
    ),
]


@pytest.mark.parametrize(("counts", "finding"), FINDINGS)
def test_findings_without_a_rate_check_or_beyond_the_total(
    counts: dict[str, object], finding: str
) -> None:
    with pytest.warns(FigureWarning):
        stats = _stats(**counts)
    lines = _petition_section(_with_petitions(stats))
    assert [line for line in lines if line.startswith("Đối chiếu")] == [finding]
