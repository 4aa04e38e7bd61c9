"""Real voter contacts held (tiếp xúc cử tri), built from their sources' figures.

Each builder keeps an article's address and short facts (the excerpts they rest on,
verbatim); nothing the article does not print is filled in: a day without its year is left
out (and so is the article), a figure printed as an average per place ("khoảng 50-60 cử
tri") is no total, a figure printed as a bound ("trên 75", "hơn 50") keeps its word in its
printed text (``PrintedFigure("trên 75")``), a session named without its days has none.

Articles found with the project's search of stored public pages (corpus ``pages``), 15+ read
(communes, districts, provinces and the National Assembly's delegations; before, after and
thematic; 2019-2025). Where an article prints a day without its year ("Sáng 13/5"), the
contact is placed by the article's day (``reported_on``), never by a year supplied.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from tayho_coord.model import (
    AdminUnit,
    Agency,
    AgencyKind,
    Citation,
    CouncilSession,
    DayPart,
    Delegation,
    DelegationForm,
    Deputy,
    DeputyLevel,
    DocumentRef,
    PartialDate,
    PrintedFigure,
    SessionRelation,
    Source,
    StatedFigure,
    UnitKind,
    VoterContact,
    VoterContactKind,
)

if TYPE_CHECKING:
    from collections.abc import Callable

VIET_NAM = AdminUnit("viet-nam", UnitKind.COUNTRY, "Việt Nam")
QUOC_HOI = Agency("viet-nam/quoc-hoi", AgencyKind.NATIONAL_ASSEMBLY, VIET_NAM)


def _cite(source: Source, excerpt: str) -> tuple[Citation, ...]:
    return (Citation(source, excerpt),)


def _figure(what: str, text: str, source: Source, excerpt: str) -> StatedFigure:
    return StatedFigure(what, PrintedFigure(text), sources=_cite(source, excerpt))


def _council(unit: AdminUnit) -> Agency:
    return Agency(f"{unit.id}/hdnd", AgencyKind.PEOPLES_COUNCIL, unit)


def duc_linh_tra_tan_2021() -> VoterContact:
    """Đức Linh (Bình Thuận): two district deputies meet the voters of xã Trà Tân, 14/9/2021."""
    src = Source(
        "duclinh-605499",
        "Đại biểu Hội đồng nhân dân huyện tiếp xúc cử tri xã Trà Tân",
        publisher="duclinh.binhthuan.gov.vn",
        url="https://duclinh.binhthuan.gov.vn/xa-tra-tan/"
        "dai-bieu-hoi-dong-nhan-dan-huyen-tiep-xuc-cu-tri-xa-tra-tan-605499",
        published=PartialDate(2021, 9, 24),
    )
    province = AdminUnit("binh-thuan", UnitKind.PROVINCE, "Bình Thuận")
    district = AdminUnit("bt/duc-linh", UnitKind.RURAL_DISTRICT, "Đức Linh", parent=province)
    commune = AdminUnit("bt/duc-linh/tra-tan", UnitKind.COMMUNE, "Trà Tân", parent=district)
    session = CouncilSession("dl/kh2", _council(district), number=2, legislature=12)
    return VoterContact(
        "bt/duc-linh/txct-tra-tan-2021-09-14",
        commune,
        (
            Delegation(
                DeputyLevel.PEOPLES_COUNCIL,
                district,
                members=(Deputy("Ung Chiêu Thành"), Deputy("Lê Đình Trung")),
                session=session,
                relation=SessionRelation.AFTER,
                sources=_cite(src, "thông báo kết quả kỳ họp thứ 2 HĐND huyện"),
            ),
        ),
        held_on=PartialDate(2021, 9, 14),
        part_of_day=DayPart.AFTERNOON,
        opinions=_figure("ý kiến, kiến nghị", "6", src, "có 6 ý kiến, kiến nghị của cử tri"),
        answered=_figure("ý kiến trả lời trực tiếp", "2", src, "đã trả lời trực tiếp 2 ý kiến"),
        answering=("đại biểu HĐND huyện",),
        sources=_cite(src, "Chiều ngày 14/9/2021, ông Ung Chiêu Thành và ông Lê Đình Trung"),
    )


def cho_don_2019() -> VoterContact:
    """Chợ Đồn (Bắc Kạn): district deputies after session 8, 16-19/7/2019, at 08 constituencies."""
    src = Source(
        "backan-cho-don-2019",
        "Chợ Đồn: Đại biểu HĐND huyện tiếp xúc cử tri sau kỳ họp thứ 8, HĐND huyện khóa XIX",
        publisher="hdnd.backan.gov.vn",
        url="https://hdnd.backan.gov.vn/Pages/tin-tuc-hoat-dong-157/"
        "tin-hdnd-huyen-thanh-pho-173/cho-don-dai-bieu-hdnd-huyen-ti-9d3e489fa22f1c69.aspx",
        published=PartialDate(2019, 7, 24),
        author="Triệu Thị Hiền, Ban Dân tộc HĐND huyện Chợ Đồn",
    )
    province = AdminUnit("bac-kan", UnitKind.PROVINCE, "Bắc Kạn")
    district = AdminUnit("bk/cho-don", UnitKind.RURAL_DISTRICT, "Chợ Đồn", parent=province)
    council = _council(district)
    front = Agency("bk/cho-don/mttq", AgencyKind.FATHERLAND_FRONT, district)
    return VoterContact(
        "bk/cho-don/txct-2019-07",
        district,
        (
            Delegation(
                DeputyLevel.PEOPLES_COUNCIL,
                district,
                session=CouncilSession("cd/kh8", council, number=8, legislature=19),
                relation=SessionRelation.AFTER,
            ),
        ),
        held_on=PartialDate(2019, 7, 16),
        held_until=PartialDate(2019, 7, 19),
        meetings=_figure("đơn vị bầu cử", "08", src, "tại 08 đơn vị bầu cử"),
        speakers=_figure(
            "lượt cử tri tham gia phát biểu",
            "trên 75",
            src,
            "có trên 75 lượt cử tri tham gia phát biểu",
        ),
        answering=("đại diện lãnh đạo UBND xã", "đại biểu HĐND"),
        organiser=Agency(
            "bk/cho-don/hdnd/tt", AgencyKind.COUNCIL_STANDING_COMMITTEE, district, council
        ),
        partners=(Agency("bk/cho-don/mttq/btt", AgencyKind.FRONT_STANDING_BOARD, district, front),),
        sources=_cite(src, "Từ ngày 16/7 đến ngày 19/7/2019, Thường trực HĐND huyện Chợ Đồn"),
    )


def _bach_thong_commune(slug: str, name: str) -> AdminUnit:
    province = AdminUnit("bac-kan", UnitKind.PROVINCE, "Bắc Kạn")
    district = AdminUnit("bk/bach-thong", UnitKind.RURAL_DISTRICT, "Bạch Thông", parent=province)
    return AdminUnit(f"bk/bach-thong/{slug}", UnitKind.COMMUNE, name, parent=district)


def vu_muon_2024() -> VoterContact:
    """Vũ Muộn (Bạch Thông): commune deputies before session 10, 05-06/6/2024, 03 tổ bầu cử."""
    src = Source(
        "vumuon-txct-2024",
        "Vũ Muộn tổ chức tiếp xúc cử tri trước kỳ họp thứ 10, khóa XX HĐND xã nhiệm kỳ 2021-2026",
        publisher="vumuon.bachthong.gov.vn",
        url="https://vumuon.bachthong.gov.vn/vu-muon-to-chuc-tiep-xuc-cu-tri-truoc-ky-hop-"
        "thu-10-khoa-xx-hdnd-xa-nhiem-ky-2021-2026/",
    )
    commune = _bach_thong_commune("vu-muon", "Vũ Muộn")
    return VoterContact(
        "bk/vu-muon/txct-2024-06",
        commune,
        (
            Delegation(
                DeputyLevel.PEOPLES_COUNCIL,
                commune,
                session=CouncilSession("vm/kh10", _council(commune), number=10, legislature=20),
                relation=SessionRelation.BEFORE,
            ),
        ),
        held_on=PartialDate(2024, 6, 5),
        held_until=PartialDate(2024, 6, 6),
        areas=("tổ bầu cử số 03", "tổ bầu cử số 04", "tổ bầu cử số 05"),
        meetings=_figure("tổ bầu cử", "03", src, "tại 03 tổ bầu cử"),
        voters=_figure("cử tri", "120", src, "120 cử tri ở các tổ bầu cử"),
        opinions=_figure("ý kiến, kiến nghị", "13", src, "đã có 13 ý kiến, kiến nghị của cử tri"),
        answering=("lãnh đạo UBND xã",),
        organiser=Agency("bk/vu-muon/mttq", AgencyKind.FATHERLAND_FRONT, commune),
        plan=DocumentRef("01/KH-HĐND", PartialDate(2024, 5, 17)),
        sources=_cite(src, "Trong hai ngày 05-06/6/2024, Ủy ban Mặt trận Tổ quốc xã"),
    )


def cao_son_2024() -> VoterContact:
    """Cao Sơn (Bạch Thông): commune deputies after session 8, morning of 12/01/2024."""
    src = Source(
        "caoson-txct-2024",
        "Hội nghị tiếp xúc cử tri của đại biểu HĐND xã sau kỳ họp thứ tám khóa XX "
        "nhiệm kỳ 2021-2026",
        publisher="caoson.bachthong.gov.vn",
        url="https://caoson.bachthong.gov.vn/hoi-nghi-tiep-xuc-cu-tri-cua-dai-bieu-hdnd-xa-"
        "sau-ky-hop-thu-tam-khoa-xx-nhiem-ky-2021-2026/",
    )
    commune = _bach_thong_commune("cao-son", "Cao Sơn")
    return VoterContact(
        "bk/cao-son/txct-2024-01-12",
        commune,
        (
            Delegation(
                DeputyLevel.PEOPLES_COUNCIL,
                commune,
                session=CouncilSession("cs/kh8", _council(commune), number=8, legislature=20),
                relation=SessionRelation.AFTER,
            ),
        ),
        held_on=PartialDate(2024, 1, 12),
        part_of_day=DayPart.MORNING,
        places=("nhà văn hóa xã Cao Sơn",),
        voters=_figure("cử tri đại diện", "30", src, "với 30 cử tri đại diện đơn vị bầu cử"),
        speakers=_figure("lượt phát biểu", "5", src, "cử tri đã có 5 lượt phát biểu"),
        opinions=_figure(
            "nội dung phản ánh, kiến nghị", "9", src, "với 9 nội dung phản ánh, kiến nghị"
        ),
        answering=("các công chức chuyên môn có liên quan", "Chủ tịch UBND xã"),
        sources=_cite(src, "Sáng ngày 12/01/2024, Đại biểu Hội đồng nhân dân xã khóa XX"),
    )


def quan_ha_2023() -> VoterContact:
    """Quân Hà (Bạch Thông): before session 10 of the commune council, 08/12/2023, one tổ."""
    src = Source(
        "quanha-txct-2023-12",
        "Đại biểu Hội đồng nhân dân xã tiếp xúc với cử tri trước kỳ họp thứ 10 HĐND khóa II, "
        "nhiệm kỳ 2021-2026",
        publisher="quanha.bachthong.gov.vn",
        url="https://quanha.bachthong.gov.vn/dai-bieu-hoi-dong-nhan-dan-xa-tiep-xuc-voi-cu-tri-"
        "truoc-ky-hop-thu-10-hdnd-khoa-ii-nhiem-ky-2021-2026-2/",
    )
    commune = _bach_thong_commune("quan-ha", "Quân Hà")
    return VoterContact(
        "bk/quan-ha/txct-2023-12-08",
        commune,
        (
            Delegation(
                DeputyLevel.PEOPLES_COUNCIL,
                commune,
                # "khóa II", as the article prints it
                session=CouncilSession("qh/kh10", _council(commune), number=10, legislature=2),
                relation=SessionRelation.BEFORE,
            ),
        ),
        held_on=PartialDate(2023, 12, 8),
        places=("nhà văn hóa thôn Nà Búng",),
        areas=("tổ bầu cử số 3 thôn Nà Búng, Thái Bình",),
        voters=_figure(
            "cử tri, đại diện nhân dân thôn Nà Búng, Thái Bình", "65", src, "Cùng 65 cử tri"
        ),
        organiser=Agency("bk/quan-ha/mttq", AgencyKind.FATHERLAND_FRONT, commune),
        plan=DocumentRef("37/KH-HĐND", PartialDate(2023, 11, 27)),
        sources=_cite(src, "Hôm nay, ngày 08 tháng 12 năm 2023. TTMTTQ tổ chức Hội nghị"),
    )


def tam_an_2022() -> VoterContact:
    """Tam An: commune deputies before session 4, 12-16/6/2022, "trên 250 lượt cử tri"."""
    src = Source(
        "tam-an-txct-2022",
        "HĐND xã Tam An tiếp cúc cử tri trước kỳ họp thứ 4, HĐND xã khóa XIII, nhiệm kỳ 2021-2026",
        publisher="xataman.gov.vn",
        url="http://xataman.gov.vn/news/tin-tuc-su-kien/hdnd-xa-tam-an-tiep-cuc-cu-tri-truoc-"
        "ky-hop-thu-4-hdnd-xa-khoa-xiii-nhiem-ky-2021-2026-124.html",
        published=PartialDate(2022, 6, 20),
    )
    # the article names no district or province: the commune stands alone
    commune = AdminUnit("tam-an", UnitKind.COMMUNE, "Tam An")
    return VoterContact(
        "tam-an/txct-2022-06",
        commune,
        (
            Delegation(
                DeputyLevel.PEOPLES_COUNCIL,
                commune,
                form=DelegationForm.GROUP,
                session=CouncilSession("ta/kh4", _council(commune), number=4, legislature=13),
                relation=SessionRelation.BEFORE,
            ),
        ),
        held_on=PartialDate(2022, 6, 12),
        held_until=PartialDate(2022, 6, 16),
        voters=_figure(
            "lượt cử tri", "trên 250", src, "trên 250 lượt cử tri ở địa bàn các thôn tham dự"
        ),
        sources=_cite(src, "Từ ngày 12/6 đến ngày 16/6/2022, Ban Công tác Mặt trận 04 khu dân cư"),
    )


def _binh_thuan_provincial(
    district_slug: str, district: str, commune_slug: str, commune: str
) -> tuple[AdminUnit, AdminUnit]:
    province = AdminUnit("binh-thuan", UnitKind.PROVINCE, "Bình Thuận")
    dist = AdminUnit(f"bt/{district_slug}", UnitKind.RURAL_DISTRICT, district, parent=province)
    return province, AdminUnit(
        f"bt/{district_slug}/{commune_slug}", UnitKind.COMMUNE, commune, parent=dist
    )


def hong_thai_2024() -> VoterContact:
    """Hồng Thái (Bắc Bình): a provincial deputy after the mid-2024 session, 05/8/2024."""
    src = Source(
        "hongthai-888484",
        "Tiếp xúc cử tri",
        publisher="hongthai.bacbinh.binhthuan.gov.vn",
        url="https://hongthai.bacbinh.binhthuan.gov.vn/tin-dia-phuong/tiep-xuc-cu-tri-888484",
        published=PartialDate(2024, 8, 7),
    )
    province, commune = _binh_thuan_provincial("bac-binh", "Bắc Bình", "hong-thai", "Hồng Thái")
    session = CouncilSession(
        "bt/kh-giua-2024", _council(province), name="kỳ họp thường lệ giữa năm 2024"
    )
    return VoterContact(
        "bt/hong-thai/txct-2024-08-05",
        commune,
        (
            Delegation(
                DeputyLevel.PEOPLES_COUNCIL,
                province,
                members=(Deputy("Trần Sinh Toàn"),),
                session=session,
                relation=SessionRelation.AFTER,
            ),
        ),
        held_on=PartialDate(2024, 8, 5),
        places=("Hội trường UBND xã",),
        voters=_figure("cử tri", "hơn 50", src, "có hơn 50 cử tri tham dự"),
        answering=("lãnh đạo UBND xã", "đại biểu HĐND tỉnh"),
        sources=_cite(src, "Vào ngày 05/8/2024 tại Hội trường UBND xã"),
    )


def tan_ha_2023() -> VoterContact:
    """Tân Hà (Đức Linh): a provincial deputy before the 7th regular session, 12/10/2023."""
    src = Source(
        "duclinh-644013",
        "Đại biểu Hội đồng nhân dân tỉnh tiếp xúc cử tri xã Tân Hà",
        publisher="duclinh.binhthuan.gov.vn",
        url="https://duclinh.binhthuan.gov.vn/xa-tan-ha/"
        "dai-bieu-hoi-dong-nhan-dan-tinh-tiep-xuc-cu-tri-xa-tan-ha-644013",
    )
    province, commune = _binh_thuan_provincial("duc-linh", "Đức Linh", "tan-ha", "Tân Hà")
    session = CouncilSession(
        "bt/kh-thuong-le-7", _council(province), name="kỳ họp thường lệ lần thứ 7"
    )
    return VoterContact(
        "bt/tan-ha/txct-2023-10-12",
        commune,
        (
            Delegation(
                DeputyLevel.PEOPLES_COUNCIL,
                province,
                members=(Deputy("Lương Thanh Sơn"),),
                session=session,
                relation=SessionRelation.BEFORE,
            ),
        ),
        held_on=PartialDate(2023, 10, 12),
        opinions=_figure("lượt ý kiến", "11", src, "đã có 11 lượt ý kiến"),
        answering=("Chủ tịch UBND xã", "đại biểu Hội đồng nhân dân tỉnh"),
        sources=_cite(src, "Ngày 12/10/2023, Đại biểu Hội đồng nhân dân tỉnh Lương Thanh Sơn"),
    )


def ban_tan_dinh_2023() -> VoterContact:
    """Giồng Riềng (Kiên Giang): provincial and district deputies, afternoon of 01/8/2023."""
    src = Source(
        "tuoitregiongrieng-14393",
        "tuoitregiongrieng.com, bài 14393 (trang lưu không giữ tiêu đề)",
        publisher="tuoitregiongrieng.com",
        url="http://tuoitregiongrieng.com/14393",
        author="Tô Thị Kim Xuân",
    )
    province = AdminUnit("kien-giang", UnitKind.PROVINCE, "Kiên Giang")
    district = AdminUnit("kg/giong-rieng", UnitKind.RURAL_DISTRICT, "Giồng Riềng", parent=province)
    after = SessionRelation.AFTER
    # "sau kỳ họp thường lệ giữa năm 2023", said of both councils together
    mid_2023 = "kỳ họp thường lệ giữa năm 2023"
    sessions = [
        CouncilSession(f"{u.id}/kh-giua-2023", _council(u), name=mid_2023)
        for u in (province, district)
    ]
    return VoterContact(
        "kg/giong-rieng/txct-2023-08-01",
        district,
        (
            Delegation(DeputyLevel.PEOPLES_COUNCIL, province, session=sessions[0], relation=after),
            Delegation(DeputyLevel.PEOPLES_COUNCIL, district, session=sessions[1], relation=after),
        ),
        held_on=PartialDate(2023, 8, 1),
        part_of_day=DayPart.AFTERNOON,
        places=("xã Bàn Tân Định",),
        areas=("xã Bàn Tân Định", "xã Bàn Thạch"),
        voters=_figure("bà con nhân dân là cử tri", "hơn 50", src, "có mặt hơn 50 bà con nhân dân"),
        opinions=_figure("ý kiến", "10", src, "Qua buổi tiếp xúc có 10 ý kiến"),
        plan=DocumentRef("149/TB-MTTQ-BTT", type_name="Thông báo"),
        sources=_cite(src, "Chiều ngày 01/8/2023, đại biểu HĐND tỉnh, HĐND huyện"),
    )


def thanh_hoa_2023_workers() -> VoterContact:
    """Thanh Hóa: the NA delegation's thematic contact with workers, reported 13/5/2023."""
    src = Source(
        "quochoi-thanh-hoa-2023-05-13",
        "Đoàn ĐBQH tỉnh Thanh Hóa tiếp xúc cử tri là công nhân lao động",
        publisher="quochoi.vn",
        url="https://noidung.quochoi.vn/tintuc/Pages/tin-doan-dai-bieu-quoc-hoi.aspx"
        "?EventID=0&Page=223",
        published=PartialDate(2023, 5, 13),
    )
    province = AdminUnit("thanh-hoa", UnitKind.PROVINCE, "Thanh Hóa")
    members = (
        Deputy("Lại Thế Nguyên", ("Phó Bí thư Thường trực Tỉnh ủy", "Trưởng đoàn ĐBQH tỉnh")),
        Deputy("Mai Văn Hải", ("Tỉnh ủy viên", "Phó Trưởng Đoàn ĐBQH tỉnh")),
        Deputy("Võ Mạnh Sơn", ("Tỉnh ủy viên", "Chủ tịch LĐLĐ tỉnh")),
        Deputy("Trần Văn Thức", ("Tỉnh ủy viên", "Giám đốc Sở GD&ĐT")),
        Deputy("Cầm Thị Mẫn", ("ĐBQH chuyên trách",)),
        Deputy("Phạm Thị Xuân", ("Thư ký TAND huyện Quan Hóa",)),
    )
    return VoterContact(
        "thanh-hoa/txct-cnld-2023-05-13",
        province,
        (
            Delegation(
                DeputyLevel.NATIONAL_ASSEMBLY,
                province,
                DelegationForm.DELEGATION,
                members=members,
                session=CouncilSession("qh15/kh5", QUOC_HOI, number=5, legislature=15),
                relation=SessionRelation.BEFORE,
            ),
        ),
        kind=VoterContactKind.THEMATIC,
        subject="với công nhân lao động",
        # "Sáng 13/5": no year, so only the article's day places it
        reported_on=PartialDate(2023, 5, 13),
        sources=_cite(src, "tiếp xúc cử tri theo chuyên đề giữa Đoàn ĐBQH tỉnh với công nhân"),
    )


def phu_tho_2025() -> VoterContact:
    """Phú Thọ: the NA delegation before session 10 of the XV legislature, reported 25/9/2025."""
    src = Source(
        "baophutho-240152",
        "Đoàn đại biểu Quốc hội tỉnh tiếp xúc cử tri trước kỳ họp thứ 10, Quốc hội khóa XV",
        publisher="baophutho.vn",
        url="https://baophutho.vn/doan-dai-bieu-quoc-hoi-tinh-tiep-xuc-cu-tri-truoc-ky-hop-"
        "thu-10-quoc-hoi-khoa-xv-240152.htm",
        published=PartialDate(2025, 9, 25),
    )
    province = AdminUnit("phu-tho", UnitKind.PROVINCE, "Phú Thọ")
    members = (
        Deputy("Đặng Xuân Phong", ("Ủy viên BCH Trung ương Đảng", "Bí thư Tỉnh ủy")),
        Deputy("Nguyễn Văn Mạnh", ("TUV", "Phó Trưởng Đoàn ĐBQH tỉnh")),
        Deputy("Đặng Bích Ngọc", ("TUV", "Phó Trưởng Đoàn ĐBQH tỉnh")),
    )
    return VoterContact(
        "phu-tho/txct-2025-09-25",
        province,
        (
            Delegation(
                DeputyLevel.NATIONAL_ASSEMBLY,
                province,
                DelegationForm.DELEGATION,
                members=members,
                session=CouncilSession("qh15/kh10", QUOC_HOI, number=10, legislature=15),
                relation=SessionRelation.BEFORE,
            ),
        ),
        # "Ngày 25/9": no year, so only the article's day places it
        reported_on=PartialDate(2025, 9, 25),
        areas=("các xã, phường: Thanh Miếu, Nông Trang, Hy Cương, Vân Phú, Việt Trì",),
        sources=_cite(src, "Ngày 25/9, Đoàn đại biểu Quốc hội (ĐBQH) tỉnh gồm các ông, bà"),
    )


BUILDERS: dict[str, Callable[[], VoterContact]] = {
    "duc_linh_tra_tan_2021": duc_linh_tra_tan_2021,
    "cho_don_2019": cho_don_2019,
    "vu_muon_2024": vu_muon_2024,
    "cao_son_2024": cao_son_2024,
    "quan_ha_2023": quan_ha_2023,
    "tam_an_2022": tam_an_2022,
    "hong_thai_2024": hong_thai_2024,
    "tan_ha_2023": tan_ha_2023,
    "ban_tan_dinh_2023": ban_tan_dinh_2023,
    "thanh_hoa_2023_workers": thanh_hoa_2023_workers,
    "phu_tho_2025": phu_tho_2025,
}
