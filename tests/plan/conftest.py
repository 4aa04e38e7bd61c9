"""Units, bodies and real plans the plan tests share.

Every planned item, timing and day below is taken from the public source cited beside it;
the CoordinationProgram records around them are the tests' own frames (a yearly program of
the three bodies of the unit), not documents the sources describe.
"""

from __future__ import annotations

import datetime as dt

import pytest

from plan.plan_records import Bodies
from tayho_coord.model import (
    AdminUnit,
    CoordinationProgram,
    CouncilSession,
    PlannedActivity,
    PlannedKind,
    Timing,
    UnitKind,
)


@pytest.fixture
def thai_nguyen() -> Bodies:
    return Bodies(AdminUnit("thai-nguyen", UnitKind.PROVINCE, "Thái Nguyên"))


@pytest.fixture
def binh_phuoc() -> Bodies:
    return Bodies(AdminUnit("binh-phuoc", UnitKind.PROVINCE, "Bình Phước"))


@pytest.fixture
def phu_loc() -> Bodies:
    hue = AdminUnit("thua-thien-hue", UnitKind.PROVINCE, "Thừa Thiên Huế")
    return Bodies(AdminUnit("thua-thien-hue/phu-loc", UnitKind.RURAL_DISTRICT, "Phú Lộc", hue))


# Thái Nguyên, the Thường trực HĐND tỉnh's programme for 2020 (phiên họp thứ 38):
# https://thainguyentv.vn/phien-hop-thu-38-cua-thuong-truc-hdnd-tinh-thai-nguyen-72784.html
# - supervision of how the voters' petitions sent to sessions 10 and 11 were resolved,
#   "dự kiến diễn ra vào tháng 5 và 10 năm 2020";
# - the hearing on carrying out Nghị quyết số 83 (26/8/2015), "tháng 5 và 8 năm 2020".
THAI_NGUYEN_URL = (
    "https://thainguyentv.vn/phien-hop-thu-38-cua-thuong-truc-hdnd-tinh-thai-nguyen-72784.html"
)


@pytest.fixture
def thai_nguyen_2020(thai_nguyen: Bodies) -> CoordinationProgram:
    b = thai_nguyen
    return b.program(
        2020,
        PlannedActivity(
            "giam-sat-kien-nghi",
            PlannedKind.OVERSIGHT,
            "Giám sát việc giải quyết kiến nghị của cử tri gửi đến kỳ họp thứ 10 và thứ 11",
            Timing.parse("tháng 5 và 10"),
            lead=b.standing,
        ),
        PlannedActivity(
            "giai-trinh-nq-83",
            PlannedKind.HEARING,
            "Giải trình kết quả thực hiện Nghị quyết số 83 của HĐND tỉnh",
            Timing.parse("tháng 5 và 8"),
            lead=b.standing,
        ),
    )


# Bình Phước, the hội nghị liên tịch of 16/10/2020 preparing kỳ họp thứ 14 (kỳ họp cuối năm
# 2020), "từ ngày 7 - 11.12": "Chậm nhất ngày 10.11, UBND tỉnh gửi các báo cáo, tờ trình…",
# "Chậm nhất ngày 24.11, các Ban HĐND tỉnh gửi báo cáo thẩm tra…", "Ngày 27.11.2020,
# Thường trực HĐND tỉnh sẽ tổ chức họp Tổ đại biểu trước kỳ họp":
# https://daibieunhandan.vn/binh-phuoc-thong-nhat%C2%A0moc-thoi-gian-chuan-bi-ky-hop-cuoi-nam-1
BINH_PHUOC_URL = (
    "https://daibieunhandan.vn/binh-phuoc-thong-nhat%C2%A0moc-thoi-gian-chuan-bi-ky-hop-cuoi-nam-1"
)


@pytest.fixture
def session_14(binh_phuoc: Bodies) -> CouncilSession:
    return CouncilSession(
        "binh-phuoc/hdnd/khoa-9/14",
        binh_phuoc.council,
        dt.date(2020, 12, 7),
        dt.date(2020, 12, 11),
        number=14,
    )


@pytest.fixture
def binh_phuoc_2020(binh_phuoc: Bodies) -> CoordinationProgram:
    b = binh_phuoc
    return b.program(
        2020,
        PlannedActivity(
            "lien-tich",
            PlannedKind.SESSION_PREPARATION,
            "Hội nghị liên tịch chuẩn bị kỳ họp",
            Timing.parse("Trước mỗi kỳ họp"),
            lead=b.standing,
            partners=(b.committee, b.front),
        ),
        PlannedActivity(
            "ubnd-gui-bao-cao",
            PlannedKind.SESSION_PREPARATION,
            "UBND tỉnh gửi các báo cáo, tờ trình và dự thảo nghị quyết đến các Ban HĐND tỉnh",
            Timing.parse("Chậm nhất ngày 10.11"),
            lead=b.committee,
        ),
        PlannedActivity(
            "bao-cao-tham-tra",
            PlannedKind.SESSION_PREPARATION,
            "Các Ban HĐND tỉnh gửi báo cáo thẩm tra đến Thường trực HĐND tỉnh",
            Timing.parse("Chậm nhất ngày 24/11"),
        ),
        PlannedActivity(
            "hop-to-dai-bieu",
            PlannedKind.SESSION_PREPARATION,
            "Họp Tổ đại biểu trước kỳ họp",
            Timing.parse("Ngày 27/11"),
            lead=b.standing,
        ),
    )


# Phú Lộc, Kế hoạch số 107/KH-HĐND ngày 12/11/2021 (tiếp xúc cử tri trước kỳ họp lần thứ 3,
# HĐND huyện khóa XII): voter contacts "từ ngày 15/11/2021 đến ngày 25/11/2021"; the
# voters' opinions sent to the Thường trực HĐND huyện and the Ban Thường trực UBMTTQVN huyện
# "trước ngày 27/11/2021":
# https://phuloc.thuathienhue.gov.vn/?gd=39&cn=723&tc=24856
PHU_LOC_URL = "https://phuloc.thuathienhue.gov.vn/?gd=39&cn=723&tc=24856"


@pytest.fixture
def phu_loc_2021(phu_loc: Bodies) -> CoordinationProgram:
    return phu_loc.program(
        2021,
        PlannedActivity(
            "tong-hop-y-kien",
            PlannedKind.VOTER_CONTACT,
            "Tổng hợp ý kiến, kiến nghị của cử tri trước kỳ họp",
            Timing.parse("trước ngày 27/11"),
        ),
    )
