"""The bundled Tây Hồ 2019 review, checked fact by fact against the seed article.

The article (mttqhanoi.org.vn, 11/02/2020, Nguyễn Thục Lương) is committed verbatim in
tests/data/seed_mttqhanoi_2020-02-11.txt.
"""

import datetime as dt
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import attrs
import pytest

from tayho_coord.datasets import tay_ho_2019
from tayho_coord.model import (
    AgencyKind,
    Citation,
    Competence,
    ContentArea,
    DayPart,
    OversightKind,
    PartialDate,
    Title,
    VoterContactKind,
)

SEED = (Path(__file__).parent / "data" / "seed_mttqhanoi_2020-02-11.txt").read_text(
    encoding="utf-8"
)


def citations(obj: Any) -> Iterator[Citation]:
    if isinstance(obj, Citation):
        yield obj
    elif attrs.has(type(obj)):
        for a in attrs.fields(type(obj)):
            if a.init:
                yield from citations(getattr(obj, a.name))
    elif isinstance(obj, (tuple, list, frozenset)):
        for item in obj:
            yield from citations(item)


def test_every_excerpt_is_verbatim_in_the_source() -> None:
    found = list(citations(tay_ho_2019()))
    assert len(found) >= 20
    for citation in found:
        assert citation.source.id == "mttqhanoi-2020-02-11"
        assert citation.excerpt in SEED, citation.excerpt


def test_source() -> None:
    source = next(citations(tay_ho_2019())).source
    assert source.title == (
        "Quận Tây Hồ tổng kết, đánh giá, rút kinh nghiệm kết quả thực hiện Chương trình phối "
        "hợp công tác giữa ba cơ quan năm 2019"
    )
    assert source.title in SEED
    assert source.publisher == "mttqhanoi.org.vn"
    assert source.published == PartialDate(2020, 2, 11)
    assert source.author == "Nguyễn Thục Lương"


def test_conference() -> None:
    review = tay_ho_2019()
    # "Chiều ngày 11/02/2020, Lãnh đạo 03 cơ quan HĐND- UBND-UBMTTQ Việt Nam quận Tây Hồ
    # phối hợp tổ chức hội nghị"
    assert review.held_on == dt.date(2020, 2, 11)
    assert review.part_of_day is DayPart.AFTERNOON
    assert [h.full_name for h in review.hosts] == [
        "Hội đồng nhân dân quận Tây Hồ",
        "Ủy ban nhân dân quận Tây Hồ",
        "Ủy ban Mặt trận Tổ quốc Việt Nam quận Tây Hồ",
    ]
    assert review.unit.display(start=True) == "Quận Tây Hồ"
    assert review.unit.parent is not None
    assert review.unit.parent.display() == "thành phố Hà Nội"
    # "Thường trực HĐND quận là cơ quan thường trực năm 2019 đã báo cáo"
    assert review.reporter is not None
    assert review.reporter.short_name == "Thường trực HĐND quận Tây Hồ"


def test_attendees_and_their_posts_on_the_day() -> None:
    review = tay_ho_2019()
    # "Nguyễn Văn Thắng - Thành ủy viên, Bí Thư Quận ủy, Chủ tịch HĐND quận; Đỗ Anh Tuấn -
    # Phó Bí Thư Quận ủy, Chủ tịch UBND quận; Trần Quang Đạo, Chủ tịch Ủy ban MTTQ Việt Nam quận"
    posts = {str(p): [post.common_label for post in review.posts_of(p)] for p in review.attendees}
    assert posts == {
        "Nguyễn Văn Thắng": ["Thành ủy viên", "Bí thư Quận ủy", "Chủ tịch HĐND quận"],
        "Đỗ Anh Tuấn": ["Phó Bí thư Quận ủy", "Chủ tịch UBND quận"],
        "Trần Quang Đạo": ["Chủ tịch Ủy ban MTTQ Việt Nam quận"],
    }
    thang = review.attendees[0]
    assert (thang.name.family, thang.name.middle, thang.name.given) == ("Nguyễn", "Văn", "Thắng")
    # "các đồng chí Phó Chủ tịch HĐND, UBND, Ủy ban MTTQ Việt Nam quận; lãnh đạo các Ban HĐND
    # quận, Văn phòng HĐND&UBND quận"
    assert [p.common_label for p in review.attending_posts] == [
        "Phó Chủ tịch HĐND quận",
        "Phó Chủ tịch UBND quận",
        "Phó Chủ tịch Ủy ban MTTQ Việt Nam quận",
    ]
    assert review.other_attendees == (
        "lãnh đạo các Ban HĐND quận",
        "lãnh đạo Văn phòng HĐND và UBND quận",
    )


def test_program_2019() -> None:
    program = tay_ho_2019().reviewed
    assert program.year == 2019
    assert [p.kind for p in program.parties] == [
        AgencyKind.PEOPLES_COUNCIL,
        AgencyKind.PEOPLES_COMMITTEE,
        AgencyKind.FATHERLAND_FRONT,
    ]
    assert program.standing_agency is not None
    assert program.standing_agency.kind is AgencyKind.COUNCIL_STANDING_COMMITTEE
    assert program.standing_agency.full_name == "Thường trực Hội đồng nhân dân quận Tây Hồ"


def test_hearings() -> None:
    # "đã phối hợp tổ chức thành công 03 phiên Giải trình về công tác đầu tư xây dựng; công tác
    # đấu giá Quyền sử dụng đất và phiên giải trình về việc giải quyết kiến nghị của cử tri"
    hearings = tay_ho_2019().reviewed.activities.hearings
    assert hearings.count == 3
    assert hearings.is_complete
    assert [h.subject for h in hearings.items] == [
        "công tác đầu tư xây dựng",
        "công tác đấu giá quyền sử dụng đất",
        "việc giải quyết kiến nghị của cử tri",
    ]


def test_oversight() -> None:
    joint, led = tay_ho_2019().reviewed.activities.oversight
    # "MTTQ phối hợp với HĐND quận thực hiện tốt 14 nội dung giám sát, khảo sát, kiểm tra
    # chuyên đề": a stated count, no topic named.
    assert joint.topics.count == 14
    assert joint.topics.items == ()
    assert joint.kinds == frozenset(OversightKind)
    assert joint.lead is None
    assert [p.kind for p in joint.partners] == [
        AgencyKind.FATHERLAND_FRONT,
        AgencyKind.PEOPLES_COUNCIL,
    ]
    # "MTTQ quận chủ trì và phối hợp với Ban Pháp chế HĐND quận giám sát chuyên đề ở 4 nội
    # dung về tiếp công dân; Giải quyết đơn thư, khiếu nại, tố cáo…": 4, two named.
    assert led.topics.count == 4
    assert [t.subject for t in led.topics.items] == [
        "tiếp công dân",
        "giải quyết đơn thư khiếu nại, tố cáo",
    ]
    assert led.topics.unnamed == 2
    assert led.kinds == frozenset({OversightKind.SUPERVISION})
    assert led.lead is not None
    assert led.lead.kind is AgencyKind.FATHERLAND_FRONT
    assert [p.short_name for p in led.partners] == ["Ban Pháp chế HĐND quận Tây Hồ"]


def test_voter_contacts_and_survey() -> None:
    acts = tay_ho_2019().reviewed.activities
    # "Phối hợp tổ chức tốt các Hội nghị tiếp xúc cử tri thường kỳ và chuyên đề": no number.
    assert [g.kind for g in acts.voter_contacts] == [
        VoterContactKind.REGULAR,
        VoterContactKind.THEMATIC,
    ]
    assert all(g.meetings.total is None for g in acts.voter_contacts)
    (survey,) = acts.surveys
    assert survey.surveyed == (
        "bộ phận một cửa của UBND quận",
        "bộ phận một cửa của UBND các phường",
        "Công an quận",
        "Văn phòng đăng ký nhà đất quận",
    )
    assert survey.lead is not None
    assert survey.lead.kind is AgencyKind.FATHERLAND_FRONT
    # Nothing the article does not say: no social critique or dialogue reported for 2019.
    assert acts.social_critiques.total is None
    assert acts.dialogues.total is None


def test_shortcomings_and_the_printed_rate() -> None:
    review = tay_ho_2019()
    assert [f.text for f in review.shortcomings] == [
        # The seed's "cần rút kinh nghiệm … cần sơm hơn và chất lượng cao hơn", as an office
        # writes a shortcoming (issue 12: a sentence a civil servant would sign).
        "Công tác chuẩn bị báo cáo, tài liệu của UBND quận phục vụ kỳ họp HĐND quận cần được "
        "rút kinh nghiệm để bảo đảm tiến độ và nâng cao chất lượng.",
        "Tỷ lệ giải quyết kiến nghị của cử tri thuộc thẩm quyền cấp quận còn hạn chế (56,82%).",
    ]
    (stats,) = review.petitions
    assert stats.competence is Competence.DISTRICT
    assert stats.period == PartialDate(2019)
    assert stats.printed_rate is not None
    assert stats.printed_rate.text == "56,82%"
    assert stats.printed_rate.value == Decimal("0.5682")
    assert stats.printed_rate.precision == 2
    # No counts are invented: the rate stays printed, nothing is computed.
    assert stats.received is None
    assert stats.resolved is None
    assert stats.resolution_rate is None


def test_program_2020() -> None:
    program = tay_ho_2019().signed
    assert program is not None
    assert program.year == 2020
    assert program.signed_on == PartialDate(2020, 2, 11)
    assert program.standing_agency is None  # the article does not say
    # "về công tác tuyên truyền, tổ chức các cuộc vận động, giám sát, phản biện xã hội và tổ
    # chức đối thoại"
    assert [a.label for a in program.content_areas] == [
        "tuyên truyền",
        "tổ chức các cuộc vận động",
        "giám sát",
        "phản biện xã hội",
        "đối thoại",
    ]
    assert ContentArea.VOTER_CONTACT not in program.content_areas
    assert program.key_tasks.count == 3
    assert [t.text for t in program.key_tasks.items] == [
        "Tập trung thực hiện hoàn thành nhiệm vụ phát triển kinh tế – xã hội năm 2020",
        "Tổ chức các hoạt động tuyên truyền, khơi dậy truyền thống, không khí thi đua thiết "
        "thực gắn với các ngày kỷ niệm lớn của đất nước, Thủ đô và 25 năm thành lập quận Tây Hồ",
        # The seed's "Đại hội Đại hội Đảng" is a typo: it stays in the excerpt only.
        "Tổ chức thành công Đại hội Đảng các cấp nhiệm kỳ 2020–2025",
    ]


def test_the_model_text_is_free_of_the_seed_typos() -> None:
    from tayho_coord.io import dumps

    review = tay_ho_2019()
    excerpts = {c.excerpt for c in citations(review)}
    text = dumps(review)
    for excerpt in sorted(excerpts, key=len, reverse=True):  # longest first: some nest
        text = text.replace(excerpt, "")
    for typo in ("sơm", "đên ", "tập tủng", "Đại hội Đại hội", "can UBND", "Bí Thư"):
        assert typo in SEED
        assert typo not in text


@pytest.mark.parametrize("title", [Title.CHAIR])
def test_the_chairs(title: Title) -> None:
    review = tay_ho_2019()
    chairs = {
        t.post.agency.kind: str(t.person)
        for t in review.roster
        if t.post.title is title and t.post.agency.kind.is_main_body
    }
    assert chairs == {
        AgencyKind.PEOPLES_COUNCIL: "Nguyễn Văn Thắng",
        AgencyKind.PEOPLES_COMMITTEE: "Đỗ Anh Tuấn",
        AgencyKind.FATHERLAND_FRONT: "Trần Quang Đạo",
    }


def test_the_result_is_cached_and_immutable() -> None:
    review = tay_ho_2019()
    assert tay_ho_2019() is review
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        review.held_on = dt.date(2020, 1, 1)  # type: ignore[misc]
