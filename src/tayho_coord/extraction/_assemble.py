"""From a draft to draft records of the model: what the text describes, nothing guessed.

A :class:`~tayho_coord.extraction.Draft` is a list of mentions, each with its span. The
assembly puts them into the records of :mod:`tayho_coord.model` the text describes — a
:class:`~tayho_coord.model.Meeting` of an agreement with the agreements it reviews and
signs, a :class:`~tayho_coord.model.Hearing`, an
:class:`~tayho_coord.model.OversightActivity`, a :class:`~tayho_coord.model.PetitionReport`,
a :class:`~tayho_coord.model.VoterContact` — every value citing the sentence (or the words)
of the text it was read from.

What a record needs and the text does not give (no unit, no day, a day without its year,
an agreement without its year or term, an unknown noun) is not filled in: the record is not
built, and :attr:`Assembly.missing` says why, field by field. Mentions the records have no
place for stay in :attr:`Assembly.unplaced`, each with its reason.
"""

from __future__ import annotations

import re
import unicodedata
from decimal import ROUND_HALF_UP, Decimal
from typing import TYPE_CHECKING, Any, NamedTuple, TypeVar

import attrs
from attrs import frozen

from tayho_coord.errors import DataError, ParseError, Problem, ValidationError
from tayho_coord.extraction._draft import (
    AgencyMention,
    Count,
    DateMention,
    Draft,
    EventKind,
    EventMention,
    FindingKind,
    PersonPost,
    Rate,
    Span,
    Unplaced,
)
from tayho_coord.extraction._extract import CONTACT_WORDS, _agencies, _lead_end, acting_level
from tayho_coord.extraction._people import _known_words_end, _post_start
from tayho_coord.extraction._rules import UNREAD_DATES, sentence_at
from tayho_coord.model import (
    Activities,
    AdminUnit,
    Agency,
    AgencyKind,
    AgreementKind,
    Chair,
    ChairRole,
    Citation,
    Competence,
    CoordinationProgram,
    CouncilSession,
    CountedNoun,
    DayPart,
    Delegation,
    DelegationForm,
    DeputyLevel,
    DocumentRef,
    Finding,
    Hearing,
    HearingMention,
    KeyTask,
    Leader,
    LeaderRole,
    Meeting,
    MeetingKind,
    OutcomeCount,
    OutcomeLevel,
    OutcomeScale,
    OversightActivity,
    OversightGroup,
    OversightKind,
    OversightTopic,
    PartialDate,
    PeriodKind,
    Person,
    PetitionReport,
    PetitionStats,
    Post,
    PrintedFigure,
    RecordSet,
    ReportedCount,
    ReportingPeriod,
    Roster,
    SessionRelation,
    Source,
    StatedFigure,
    Tenure,
    Title,
    UnitKind,
    UnitLevel,
    VoterContact,
    VoterContactKind,
)
from tayho_coord.vi import PersonName, parse_legislature, parse_roman, slugify

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable

    from tayho_coord.model import Record

__all__ = ["Assembly", "Missing", "assemble", "instances"]

T = TypeVar("T")


def instances(node: object, cls: type[T]) -> list[T]:
    """Every instance of ``cls`` in ``node``: its attrs fields, tuples, lists, frozensets.

    Each object is walked once (units and agencies are shared by many records).

    Examples:
        >>> from tayho_coord.datasets import tay_ho_2019
        >>> from tayho_coord.model import Person
        >>> sorted(p.id for p in instances(tay_ho_2019(), Person))
        ['do-anh-tuan', 'nguyen-van-thang', 'tran-quang-dao']
    """
    found: list[T] = []
    stack = [node]
    seen: set[int] = set()
    while stack:
        value = stack.pop()
        if id(value) in seen:
            continue
        seen.add(id(value))
        if isinstance(value, cls):
            found.append(value)
        cl = type(value)
        if isinstance(value, (tuple, list, frozenset)):
            stack.extend(value)
        elif attrs.has(cl):
            stack.extend(getattr(value, a.name) for a in attrs.fields(cl))
    return found


@frozen
class Missing:
    """What a record needs and the text does not give: the record is not built yet.

    Attributes:
        record: The kind of record (``Meeting``, ``CoordinationProgram``, ``Hearing``…), or
            ``record`` when the text names no kind of event the model records.
        field: The field it lacks, as the model names it (``held_on``, ``period``), or the
            field the model refused.
        reason: What the text gives, or does not give.
        span: The words the reason is about, where there are some.

    Examples:
        >>> str(Missing("Meeting", "held_on", "the day is printed without its year",
        ...             Span(11, 16, "25/01")))
        "Meeting.held_on: the day is printed without its year ('25/01' at 11)"
    """

    record: str
    field: str
    reason: str
    span: Span | None = None

    def __str__(self) -> str:
        where = "" if self.span is None else f" ({self.span.text!r} at {self.span.start})"
        return f"{self.record}.{self.field}: {self.reason}{where}"


@frozen
class Assembly:
    """The draft records a text describes, and what keeps the others from being built.

    Attributes:
        records: The records built, each value citing its words of the text.
        missing: For each record the text describes and that could not be built, the
            fields it lacks (in the order found).
        unplaced: The draft's unplaced mentions, and the counts, rates and posts the
            records have no place for, each with its reason (in the order of the text).
        source: The source every citation names (built from ``source=`` of
            :func:`~tayho_coord.extraction.extract`).
    """

    records: RecordSet
    missing: tuple[Missing, ...]
    unplaced: tuple[Unplaced, ...]
    source: Source

    @property
    def complete(self) -> bool:
        """Whether every record the text describes was built (nothing is missing)."""
        return not self.missing

    def citations(self) -> tuple[Citation, ...]:
        """Every citation of the records, each once: what a person checks against the text.

        The records cite :attr:`source`; a unit given to :func:`assemble` keeps its own.

        Examples:
            >>> from tayho_coord.extraction import extract
            >>> text = ("Sáng 05/3/2024, HĐND, UBND và UBMTTQ huyện Ba Vì tổ chức hội nghị "
            ...         "ký kết Chương trình phối hợp năm 2024.")
            >>> result = assemble(extract(text, source="bai-viet"))
            >>> all(c.excerpt in text for c in result.citations())
            True
        """
        return tuple(dict.fromkeys(instances(self.records, Citation)))

    def check(self) -> RecordSet:
        """The records, if nothing is missing.

        Raises:
            DataError: one problem per missing field, named ``Record.field``.
        """
        if self.missing:
            problems = [
                Problem(
                    f"{m.record}.{m.field}",
                    m.reason if m.span is None else f"{m.reason} ({m.span.text!r})",
                )
                for m in self.missing
            ]
            raise DataError(problems, self.source.title)
        return self.records


# -- reading the words of records ---------------------------------------------------------

_S = r"[^\S\n]+"  # spaces within a line (a no-break space too)

# A period as reports name it; the longest shapes first (``6 tháng đầu năm 2020`` holds
# ``năm 2020``). Nghị quyết and plans write ``nhiệm kỳ 2021-2026`` with a hyphen or a dash.
_PERIOD = re.compile(
    rf"(?<!\w)(?:(?:6|06|sáu){_S}tháng{_S}(?P<half>đầu|cuối){_S}năm{_S}(?P<hy>\d{{4}})"
    rf"|quý{_S}(?P<q>IV|I{{1,3}}|[1-4])\s*(?:/\s*|{_S}năm{_S})(?P<qy>\d{{4}})"
    rf"|nhiệm{_S}kỳ{_S}(?P<t1>\d{{4}})\s*[-–]\s*(?P<t2>\d{{4}})"
    rf"|giai{_S}đoạn{_S}(?P<s1>\d{{4}})\s*[-–]\s*(?P<s2>\d{{4}})"
    rf"|năm{_S}(?P<y>\d{{4}}))(?!\d)",
    re.IGNORECASE,
)
_YEAR = re.compile(rf"(?<!\w)năm{_S}(\d{{4}})(?!\d)", re.IGNORECASE)
_AGREEMENT = re.compile(
    rf"(?<!\w)(?P<word>chương{_S}trình|quy{_S}chế)(?P<with>{_S}phối{_S}hợp)?(?!\w)",
    re.IGNORECASE,
)
_SIGNS = re.compile(rf"ký{_S}kết", re.IGNORECASE)
_ORGANISE = re.compile(rf"(?<!\w)tổ{_S}chức(?!\w)", re.IGNORECASE)
_LEADS = re.compile(rf"(?<!đồng )(?<!\w)chủ{_S}trì(?!\w)", re.IGNORECASE)
_WITH = re.compile(rf"(?<!\w)phối{_S}hợp(?:{_S}với)?(?!\w)", re.IGNORECASE)
_OVERSIGHT_WORDS = (
    (re.compile(rf"(?<!\w)giám{_S}sát(?!\w)", re.IGNORECASE), OversightKind.SUPERVISION),
    (re.compile(rf"(?<!\w)khảo{_S}sát(?!\w)", re.IGNORECASE), OversightKind.SURVEY),
    (re.compile(rf"(?<!\w)kiểm{_S}tra(?!\w)", re.IGNORECASE), OversightKind.INSPECTION),
)
_THEMATIC = re.compile(rf"(?<!\w)giám{_S}sát{_S}chuyên{_S}đề(?!\w)", re.IGNORECASE)
_PETITIONS = re.compile(r"(?<!\w)(?:kiến nghị|cử tri|ý kiến)(?!\w)", re.IGNORECASE)
_RESOLVED = re.compile(rf"(?<!\w)giải{_S}quyết(?!\w)", re.IGNORECASE)
_ANSWERED = re.compile(rf"(?<!\w)trả{_S}lời(?!\w)", re.IGNORECASE)
_NOT_YET = re.compile(rf"(?<!\w)(?:chưa|đang){_S}giải{_S}quyết(?!\w)", re.IGNORECASE)
_COMPETENCE = re.compile(
    rf"thẩm{_S}quyền{_S}(?:của{_S})?(?:cấp{_S})?"
    rf"(?P<level>Trung{_S}ương|tỉnh|thành{_S}phố|huyện|quận|thị{_S}xã|xã|phường|thị{_S}trấn)"
    r"(?!\w)",
    re.IGNORECASE,
)
_NUMBER = re.compile(r"\d{1,3}(?:\.\d{3})+|\d+")
_SUBJECT_START = re.compile(rf"\s*(?:[^.;\n]{{0,80}}?{_S})?về{_S}|{_S}(?=việc{_S})", re.IGNORECASE)
# What an oversight is of, printed right after "giám sát" without "về": "giám sát công tác
# phòng, chống tham nhũng", "giám sát việc quản lý …", "giám sát kết quả giải quyết …".
_OVERSEEN = re.compile(
    rf"{_S}(?=(?:công{_S}tác|việc|kết{_S}quả|tình{_S}hình|hoạt{_S}động|tiến{_S}độ"
    rf"|chất{_S}lượng){_S})",
    re.IGNORECASE,
)
_SUBJECT_END = re.compile(
    rf"[.;\n(]|,\s*(?:ngày|sáng|chiều|tối|tại|dự{_S}kiến|sẽ)(?!\w)|{_S}(?:tại|do|dưới{_S}sự|với{_S}sự){_S}",
    re.IGNORECASE,
)
# What is chaired: the meeting, or the hearing (``chủ trì phiên giải trình``).
_CHAIRED = rf"(?:hội{_S}nghị|phiên{_S}(?:họp{_S})?giải{_S}trình|buổi)"
_CHAIRS_AFTER = re.compile(
    rf"\s*,?\s*(?P<co>đồng{_S})?chủ{_S}trì(?=\s*[,.;:]|\s*$|{_S}{_CHAIRED})", re.IGNORECASE
)
_CHAIRS_BEFORE = re.compile(
    rf"(?<!\w)(?P<co>đồng{_S})?chủ{_S}trì{_S}{_CHAIRED}\s*(?:có|là)?\s*(?:các{_S})?"
    rf"(?:đồng{_S}chí)?\s*:?",
    re.IGNORECASE,
)

# Two people joined before the words that say they co-chair ("A, … và đồng chí B, …").
_CO_JOINED = re.compile(rf"\s*,?\s*(?:và|cùng){_S}(?:(?:đồng{_S}chí|ông|bà){_S})?", re.IGNORECASE)

# The draft's reason for a name after a level that may be a unit's or a person's.
_SHORT_NAME = "a short name after a unit's level: a unit's or a person's"

_UNIT_KINDS = {
    "quận": UnitKind.URBAN_DISTRICT,
    "huyện": UnitKind.RURAL_DISTRICT,
    "thị xã": UnitKind.DISTRICT_TOWN,
    "tỉnh": UnitKind.PROVINCE,
    "phường": UnitKind.WARD,
    "xã": UnitKind.COMMUNE,
    "thị trấn": UnitKind.TOWNSHIP,
}
# The Party committee each level names (Nghị định 30's "Quận ủy", "Huyện ủy"…).
_PARTY_LEVELS = {
    "quận": (UnitKind.URBAN_DISTRICT,),
    "huyện": (UnitKind.RURAL_DISTRICT,),
    "thị": (UnitKind.DISTRICT_TOWN,),
    "tỉnh": (UnitKind.PROVINCE,),
    "thành": (UnitKind.CENTRAL_CITY, UnitKind.PROVINCIAL_CITY),
}
_AGENCY_IDS = {
    AgencyKind.PEOPLES_COUNCIL: "hdnd",
    AgencyKind.PEOPLES_COMMITTEE: "ubnd",
    AgencyKind.FATHERLAND_FRONT: "mttq",
    AgencyKind.COUNCIL_STANDING_COMMITTEE: "thuong-truc",
    AgencyKind.COUNCIL_LEGAL_COMMITTEE: "ban-phap-che",
    AgencyKind.COUNCIL_ECONOMIC_SOCIAL_COMMITTEE: "ban-kinh-te-xa-hoi",
    AgencyKind.COUNCIL_CULTURAL_SOCIAL_COMMITTEE: "ban-van-hoa-xa-hoi",
    AgencyKind.COUNCIL_URBAN_COMMITTEE: "ban-do-thi",
    AgencyKind.FRONT_STANDING_BOARD: "ban-thuong-truc",
    AgencyKind.COUNCIL_COMMITTEE_OFFICE: "van-phong-hdnd-ubnd",
}
_TITLES = (
    ("phó chánh văn phòng", Title.DEPUTY_CHIEF_OF_OFFICE),
    ("chánh văn phòng", Title.CHIEF_OF_OFFICE),
    ("phó chủ tịch", Title.VICE_CHAIR),
    ("chủ tịch", Title.CHAIR),
    ("phó bí thư", Title.DEPUTY_SECRETARY),
    ("bí thư", Title.SECRETARY),
    ("phó trưởng ban", Title.DEPUTY_HEAD),
    ("trưởng ban", Title.HEAD),
    ("ủy viên", Title.MEMBER),
)
# The bodies a post names after its title, and the kind of each (longest first).
_POST_BODIES: tuple[tuple[str, AgencyKind], ...] = (
    (r"(?:ban )?pháp chế (?:hđnd|hội đồng nhân dân)", AgencyKind.COUNCIL_LEGAL_COMMITTEE),
    (
        r"(?:ban )?kinh tế\s*[-–]\s*xã hội (?:hđnd|hội đồng nhân dân)",
        AgencyKind.COUNCIL_ECONOMIC_SOCIAL_COMMITTEE,
    ),
    (
        r"(?:ban )?văn hóa\s*[-–]\s*xã hội (?:hđnd|hội đồng nhân dân)",
        AgencyKind.COUNCIL_CULTURAL_SOCIAL_COMMITTEE,
    ),
    (r"(?:ban )?đô thị (?:hđnd|hội đồng nhân dân)", AgencyKind.COUNCIL_URBAN_COMMITTEE),
    (
        r"văn phòng (?:hđnd|hội đồng nhân dân)\s*(?:và|&)\s*(?:ubnd|ủy ban nhân dân)",
        AgencyKind.COUNCIL_COMMITTEE_OFFICE,
    ),
    (r"hđnd|hội đồng nhân dân", AgencyKind.PEOPLES_COUNCIL),
    (r"ubnd|ủy ban nhân dân", AgencyKind.PEOPLES_COMMITTEE),
    (
        r"(?:ủy ban |ub)?(?:mttq|mặt trận tổ quốc)(?: việt nam| vn|vn)?",
        AgencyKind.FATHERLAND_FRONT,
    ),
)
# A member of the council's Thường trực, after the title "Ủy viên" (the unit's words after).
_STANDING_MEMBER = re.compile(r"thường trực (?:hđnd|hội đồng nhân dân)(?: (.+))?")
_COUNTED_NOUNS = {
    "kiến nghị": CountedNoun.KIEN_NGHI,
    "kiến nghị cử tri": CountedNoun.KIEN_NGHI,
    "ý kiến": CountedNoun.Y_KIEN,
    "ý kiến cử tri": CountedNoun.Y_KIEN,
    "nội dung": CountedNoun.NOI_DUNG,
    "nội dung kiến nghị": CountedNoun.NOI_DUNG,
    "lượt": CountedNoun.LUOT,
    "lượt ý kiến": CountedNoun.LUOT,
    "lượt kiến nghị": CountedNoun.LUOT,
    # Counted together ("115 ý kiến, kiến nghị", Đà Nẵng 2020; "84 lượt ý kiến, kiến nghị",
    # Kon Tum 2024): a noun of its own, never split into either.
    "ý kiến, kiến nghị": CountedNoun.Y_KIEN_KIEN_NGHI,
    "ý kiến, kiến nghị cử tri": CountedNoun.Y_KIEN_KIEN_NGHI,
    "lượt ý kiến, kiến nghị": CountedNoun.LUOT_Y_KIEN_KIEN_NGHI,
}
_PETITION_HEADS = frozenset(_COUNTED_NOUNS)
# The one level of a source that counts "giải quyết và trả lời" together: the library's
# outcomes are not it (docs/records.md, "Petition reports on a source's own scale").
_JOINT = "giai-quyet-va-tra-loi"
_JOINT_SCALE = OutcomeScale(
    "nguon-giai-quyet-va-tra-loi",
    "kết quả giải quyết và trả lời theo nguồn",
    (OutcomeLevel(_JOINT, "giải quyết và trả lời"),),
)
# What a count of a petition report is, by the words printed right before it (or after it).
_PETITION_PARTS: tuple[tuple[re.Pattern[str], str], ...] = (
    # "trong số 65 ý kiến, kiến nghị …, đã giải quyết …": the whole the outcomes are of;
    # "tổng số ý kiến, kiến nghị của cử tri là 132": the total named before its figure
    (re.compile(rf"(?<!\w)trong{_S}số\s*$", re.IGNORECASE), "total"),
    (re.compile(rf"(?<!\w)tổng{_S}số[^;.\d]{{0,80}}?{_S}là\s*$", re.IGNORECASE), "total"),
    # "đã giải quyết và trả lời 58": one level of the source's own, both outcomes at once
    (
        re.compile(rf"(?:đã{_S})?giải{_S}quyết{_S}(?:và|,){_S}trả{_S}lời\s*$", re.IGNORECASE),
        _JOINT,
    ),
    (re.compile(rf"đang{_S}giải{_S}quyết\s*$", re.IGNORECASE), "in_progress"),
    (re.compile(rf"chưa{_S}giải{_S}quyết\s*$", re.IGNORECASE), "unresolved"),
    (
        re.compile(rf"(?:đã{_S})?giải{_S}quyết(?:{_S}xong|{_S}dứt{_S}điểm)?\s*$", re.IGNORECASE),
        "resolved",
    ),
    (
        re.compile(rf"(?:giải{_S}trình|cung{_S}cấp{_S}thông{_S}tin)[^,;.]*$", re.IGNORECASE),
        "explained",
    ),
    (
        re.compile(
            rf"(?:tổng{_S}hợp|tiếp{_S}nhận|nhận{_S}được|tổng{_S}số|tổng{_S}cộng)[^,;.]*$",
            re.IGNORECASE,
        ),
        "total",
    ),
)
# "Cử tri đã có 65 ý kiến, kiến nghị gửi đến …": a total, said by the words after it.
_HAS = re.compile(r"(?<!\w)có\s*$", re.IGNORECASE)
_SENT = re.compile(
    rf"^[^,;.\d]{{0,60}}?(?<!\w)(?:gửi|chuyển)(?:{_S}(?:đến|tới))?(?!\w)", re.IGNORECASE
)
_CARRIED = re.compile(rf"^[^,;.()\d]{{0,30}}chuyển{_S}sang", re.IGNORECASE)
# A session named with its council, after the words that send petitions to it ("gửi đến
# Kỳ họp thứ 8 - HĐND tỉnh khóa X", "trước và sau Kỳ họp thứ 6 HĐND tỉnh khóa XII"): the
# session a report's petitions were sent to (not the one it is reported at, "tại Kỳ họp thứ
# 7"), never a period.
_SESSION_WORDS = (
    rf"(?P<session>kỳ{_S}họp{_S}thứ{_S}(?P<number>\d{{1,3}})\s*[-–,]?\s*(?:của{_S})?"
    rf"(?:HĐND|Hội{_S}đồng{_S}nhân{_S}dân){_S}(?P<level>tỉnh|thành{_S}phố|huyện|quận|thị{_S}xã"
    rf"|xã|phường|thị{_S}trấn)(?:{_S}[^\W\d_]+){{0,3}}?\s*,?\s*(?P<legislature>kh(?:óa|oá){_S}"
    rf"(?:[IVXLC]+|\d+)))(?!\w)"
)
_SESSION = re.compile(
    rf"(?<!\w)(?:gửi(?:{_S}đến|{_S}tới)?|trước{_S}và{_S}sau|trước|sau){_S}{_SESSION_WORDS}",
    re.IGNORECASE,
)
_SESSION_AT = re.compile(rf"(?<!\w)tại{_S}{_SESSION_WORDS}", re.IGNORECASE)
# A legislature's term after its number names the council, not a report's period.
_LEGISLATURE_TERM = re.compile(
    rf"(?<!\w)kh(?:óa|oá){_S}(?:[IVXLC]+|\d+)\s*,?\s*nhiệm{_S}kỳ{_S}\d{{4}}\s*[-–]\s*\d{{4}}",
    re.IGNORECASE,
)
# The words that name a session hold its year ("kỳ họp giữa năm 2023"): not a period.
_SESSION_NAME = re.compile(rf"(?<!\w)kỳ{_S}họp[^.;,()\n]{{0,40}}?năm{_S}\d{{4}}", re.IGNORECASE)
# A figure of a part of the report, not of the whole ("Đối với kiến nghị … trước Kỳ họp").
_PART = re.compile(
    rf"^\s*(?:đối{_S}với|riêng)(?!\w)|(?<!và )(?<!\w)(?:trước|sau){_S}kỳ{_S}họp(?!{_S}và)",
    re.IGNORECASE,
)
_OF_A_PART = "a figure of a part of the report (Đối với …, trước or sau kỳ họp), not the whole"
# Verbs of another outcome than resolution, or of handling ("tiếp thu, xem xét giải quyết
# và trả lời đạt 100%"): a rate after them is not a rate of resolution.
_NOT_RESOLUTION = re.compile(
    rf"(?<!\w)(?:trả{_S}lời|giải{_S}trình|phúc{_S}đáp|xem{_S}xét|xử{_S}lý)(?!\w)", re.IGNORECASE
)


# -- voter contacts: the words that tie a figure to its role ------------------------------

_LEVEL_WORDS = rf"(?:tỉnh|thành{_S}phố|huyện|quận|thị{_S}xã|xã|phường|thị{_S}trấn)"
# Who meets the voters, as the sentence naming the contact prints them before its words:
# "Đoàn ĐBQH tỉnh", "Tổ đại biểu số 9 HĐND tỉnh", "Đại biểu HĐND huyện", "HĐND xã Ninh Sở".
_DEPUTIES = re.compile(
    rf"(?<!\w)(?:(?P<form>Đoàn|Tổ){_S})?(?:(?P<deputies>đại{_S}biểu|ĐB){_S}?"
    rf"(?:số{_S}(?P<number>\d{{1,3}}){_S})?)?"
    rf"(?P<body>Quốc{_S}hội|QH|HĐND|Hội{_S}đồng{_S}nhân{_S}dân)"
    rf"(?:{_S}(?P<level>{_LEVEL_WORDS})(?!\w))?",
    re.IGNORECASE,
)
_DBQH = re.compile(
    rf"(?<!\w)(?:(?P<form>Đoàn|Tổ){_S})?ĐBQH(?:{_S}(?P<level>tỉnh|thành{_S}phố))?", re.IGNORECASE
)
# What joins two bodies of deputies who meet the voters together: the first one's name (its
# words capitalized), then "và", "cùng (với)", "với" or a comma.
_JOINED = re.compile(
    rf"(?P<name>(?:{_S}[^\W\d_]+){{0,4}}?)\s*(?:,|và|cùng(?:{_S}với)?|với)\s*$", re.IGNORECASE
)
_RELATION = re.compile(rf"(?<!\w)(?P<word>trước|sau){_S}(?:các{_S})?kỳ{_S}họp(?!\w)", re.IGNORECASE)
_CONTACT_THEMATIC = re.compile(rf"{CONTACT_WORDS}{_S}chuyên{_S}đề", re.IGNORECASE)
_RANGE_TO = re.compile(rf"\s*(?:đến|tới|-|–)\s*(?:hết{_S})?(?:ngày{_S})?$", re.IGNORECASE)
# A figure per place or a part of the whole ("trung bình ở mỗi điểm", "còn 4 ý kiến").
_PER_PLACE = re.compile(rf"(?<!\w)(?:mỗi|trung{_S}bình|bình{_S}quân)(?!\w)", re.IGNORECASE)
_REST = re.compile(rf"(?<!\w)(?:còn(?:{_S}lại)?|trong{_S}đó)\s*$", re.IGNORECASE)
_OF_COMPETENCE = re.compile(rf"^\s*(?:thuộc|liên{_S}quan)(?!\w)", re.IGNORECASE)
_SPOKE = re.compile(rf"^[^,;.()\d]{{0,25}}?(?<!\w)phát{_S}biểu(?!\w)", re.IGNORECASE)
_ON_THE_SPOT = re.compile(
    rf"trả{_S}lời{_S}(?:trực{_S}tiếp|tại{_S}chỗ)|trực{_S}tiếp{_S}trả{_S}lời"
    rf"|(?:trực{_S}tiếp|tại{_S}chỗ){_S}(?:giải{_S}đáp{_S}và{_S})?trả{_S}lời",
    re.IGNORECASE,
)
# Handling of the opinions raised: a figure after these words is not of those raised.
_HANDLED = re.compile(
    rf"(?<!\w)(?:trả{_S}lời|giải{_S}trình|giải{_S}đáp|tiếp{_S}thu|xử{_S}lý|giải{_S}quyết"
    rf"|chuyển|làm{_S}rõ)(?!\w)",
    re.IGNORECASE,
)
# -- hearings: who explained, and the opinions heard (D12 of review 5) ---------------------

# A sentence that names the hearing: its words, or "tại phiên" / "Phiên … lắng nghe".
_AT_HEARING = re.compile(
    rf"(?:(?<!\w)(?:tại|trong){_S})?(?:phiên{_S}(?:họp{_S})?|hội{_S}nghị{_S})giải{_S}trình"
    rf"|(?<!\w)(?:tại|trong){_S}phiên(?!\w)",
    re.IGNORECASE,
)
# Explained by: the posts before the verb ("… đã tham gia giải trình"), or after
# "giải trình của". "phiên giải trình", "yêu cầu giải trình" are not the verb: the words
# before them are no post.
_EXPLAINED = re.compile(
    rf"(?:(?<=\s)|^)(?:đã{_S})?(?:(?:tham{_S}gia|trực{_S}tiếp|lần{_S}lượt){_S})?"
    rf"(?P<verb>giải{_S}trình|trả{_S}lời|làm{_S}rõ)(?P<of>{_S}của{_S})?",
    re.IGNORECASE,
)
_ITEM_SPLIT = re.compile(rf"(\s*,\s*|{_S}và{_S}|{_S}cùng{_S})")
# "(Phiên giải trình) nghe đồng chí …": the words up to "nghe" are not the post.
_HONORIFIC = re.compile(
    rf"^(?:.*(?<!\w)nghe{_S})?\s*(?:(?:đồng{_S}chí|đ/c|ông|bà){_S})*", re.IGNORECASE
)

_VOTER_NOUNS = frozenset({"cử tri", "lượt cử tri"})
_OPINION_NOUNS = frozenset(
    {
        "ý kiến",
        "ý kiến cử tri",
        "kiến nghị",
        "kiến nghị cử tri",
        "ý kiến, kiến nghị",
        "ý kiến, kiến nghị cử tri",
        "lượt ý kiến",
        "lượt ý kiến, kiến nghị",
        "lượt kiến nghị",
    }
)
_MEETING_NOUN = re.compile(
    rf"^(?:cuộc|buổi|điểm|hội{_S}nghị|điểm{_S}cầu)(?:{_S}tiếp{_S}xúc(?:{_S}cử{_S}tri)?)$"
    rf"|^đơn{_S}vị{_S}bầu{_S}cử$",
    re.IGNORECASE,
)
_AT = re.compile(rf"(?<!\w)(?:tại|ở|qua){_S}$", re.IGNORECASE)
# Whose voters were met: the words right after "tiếp xúc (với) cử tri" (docs/records.md,
# "Voter contacts held": the unit whose voters were met, the areas named, the places).
_VOTERS = re.compile(
    rf"{CONTACT_WORDS}(?:{_S}chuyên{_S}đề)?(?:{_S}(?:tại|ở|của))?(?!\w)", re.IGNORECASE
)
_AREA_LEVELS = frozenset(
    {"tổ dân phố", "khu phố", "khu dân cư", "thôn", "ấp", "bản", "xóm", "làng", "buôn", "khóm"}
)
_UPPER = "".join(c for c in map(chr, range(0x41, 0x1F00)) if c.isupper() and c.isalpha())
_NAME_WORD = rf"(?:[{_UPPER}]\w*|\d+)"  # a capitalized word, or a number (Phường 7)
_VOTER_ITEM = re.compile(
    rf"(?:\s*,\s*|{_S}và{_S}|{_S})?(?P<many>các{_S}|những{_S})?(?P<level>thị{_S}xã|thị{_S}trấn|thành{_S}phố"
    rf"|tỉnh|huyện|quận|xã|phường|tổ{_S}dân{_S}phố|khu{_S}phố|khu{_S}dân{_S}cư|thôn|ấp|bản|xóm"
    rf"|làng|buôn|khóm)(?:{_S}số)?{_S}"
    rf"(?P<names>(?P<first>{_NAME_WORD}(?:{_S}{_NAME_WORD}){{0,3}})"
    rf"(?:(?:\s*,\s*|{_S}và{_S})(?!(?:thị{_S}xã|thị{_S}trấn|thành{_S}phố|tỉnh|huyện|quận|xã"
    rf"|phường){_S}){_NAME_WORD}(?:{_S}{_NAME_WORD}){{0,3}})*)(?!\w)"
)
# Where it was held, after the voters' words: "tại Hội trường UBND xã", "tại nhà văn hóa …".
_PLACE = re.compile(
    rf"(?<!\w)tại{_S}(?P<place>(?:hội{_S}trường|nhà{_S}văn{_S}ho[áa]|trụ{_S}sở|nhà{_S}sinh{_S}hoạt"
    rf"|điểm{_S}sinh{_S}hoạt)[^,.;()\n]*?)(?=\s*[,.;()\n]|\s*$|{_S}(?:trước|sau|với|để|nhằm)(?!\w))",
    re.IGNORECASE,
)
# The start of the sentence a ";"-clause is of; the list of members a group opens.
_SENTENCE_START = re.compile(r"(?:^|[.!?\n])[^.!?\n]*$")
_MEMBERS = re.compile(rf"(?<!\w)gồm(?:{_S}có)?(?!\w)", re.IGNORECASE)
_HELD_AT = re.compile(rf"(?<!\w)(?:tại|ở){_S}", re.IGNORECASE)
# "tại trụ sở HĐND & UBND quận Hai Bà Trưng": the unit whose seat it is held at.
_HELD_AT_SEAT = re.compile(
    rf"(?<!\w)tại{_S}(?:trụ{_S}sở|hội{_S}trường|nhà{_S}văn{_S}ho[áa])[^,.;()\n]{{0,40}}?"
    rf"(?=(?:thị{_S}xã|thị{_S}trấn|huyện|quận|xã|phường){_S}[{_UPPER}])",
    re.IGNORECASE,
)
_RANK = {UnitLevel.NATIONAL: 0, UnitLevel.PROVINCE: 1, UnitLevel.DISTRICT: 2, UnitLevel.COMMUNE: 3}


def _shouted(name: str) -> bool:
    """Whether a name is written in capitals (a heading's words, not a unit's name)."""
    return any(len(w) > 1 and w.isupper() and not w.isdigit() for w in name.split())


def _fold(text: str) -> str:
    """Lowercase, spaces collapsed, ``uỷ`` as ``ủy`` (the old style the model writes)."""
    text = unicodedata.normalize("NFC", text).replace("uỷ", "ủy").replace("Uỷ", "Ủy")
    return " ".join(text.casefold().split())


# Round 16: whose petitions a counted noun names after "của" ("17 kiến nghị của cử tri");
# the model's noun is the petitions', whoever raised them.
_WHOSE = re.compile(
    r" của (?:cử tri|công dân|người dân|nhân dân)(?:(?: và|,) (?:cử tri|công dân|người dân|"
    r"nhân dân))?$"
)


def _petition_fold(noun: str) -> str:
    """:func:`_fold`, without a complement of :data:`_WHOSE` at the end."""
    return _WHOSE.sub("", _fold(noun))


def _role_noun(noun: str, heads: frozenset[str]) -> tuple[str, str, str]:
    """A counted noun as a role's head (one of ``heads``), as printed, and the words after it.

    Round 18: a counted phrase is read on to its clause's end, so the noun of a figure a
    role takes may go on after its head: whose opinions (``ý kiến phát biểu của các đại
    biểu``: the head is the figure's ``what``), or which (``kiến nghị thuộc thẩm quyền cấp
    huyện``: a part). Returns ``(folded head, printed head, folded rest)``; the head is
    ``""`` where no head of ``heads`` starts the noun.
    """
    folded = _petition_fold(noun)
    words = folded.split()
    for k in range(len(words), 0, -1):
        head = " ".join(words[:k])
        if head in heads or (
            k > 2 and head.endswith(" phát biểu") and " ".join(words[: k - 2]) in heads
        ):
            return head, " ".join(noun.split()[:k]), " ".join(words[k:])
    return "", "", folded


def _petition_key(noun: str) -> str:
    """A petition count's noun as :data:`_COUNTED_NOUNS` holds it.

    Round 18: the noun read on to its clause's end may go on after the model's noun with
    whose (``của …``) or which competence (``kiến nghị cử tri thuộc thẩm quyền cấp huyện``):
    the model's noun is its head; any other words after it leave the noun as printed.
    """
    head, _, rest = _role_noun(noun, _PETITION_HEADS)
    return head if head and rest and _whose_or_part(rest) else _petition_fold(noun)


def _whose_or_part(rest: str) -> bool:
    """Whether the words after a role's head (:func:`_role_noun`) leave it the role's figure.

    None, whose (``của …``) or which part (``thuộc thẩm quyền …``, a part the caller
    unplaces); any other words name some of them only.
    """
    return not rest or rest.split()[0] == "của" or bool(_OF_COMPETENCE.match(rest))


def _period(match: re.Match[str]) -> ReportingPeriod:
    """The period a :data:`_PERIOD` match names.

    Raises:
        ValidationError: the model refuses it (a term that ends before it starts; a year
            the model has not).
    """
    if match["hy"]:
        return ReportingPeriod.half(int(match["hy"]), 1 if _fold(match["half"]) == "đầu" else 2)
    if match["qy"]:
        quarter = match["q"]
        number = int(quarter) if quarter.isdigit() else parse_roman(quarter)
        return ReportingPeriod.quarter(int(match["qy"]), number)
    if match["t1"]:
        return ReportingPeriod.term(int(match["t1"]), int(match["t2"]))
    if match["s1"]:
        return ReportingPeriod.stage(int(match["s1"]), int(match["s2"]))
    return ReportingPeriod.year(int(match["y"]))


def _period_id(period: ReportingPeriod) -> str:
    """``2019``, ``nk-2021-2026``, ``gd-2017-2021``, ``6-thang-dau-nam-2020``."""
    if period.kind is PeriodKind.YEAR:
        return str(period.start.year)
    if period.kind in (PeriodKind.TERM, PeriodKind.STAGE):
        prefix = "nk" if period.kind is PeriodKind.TERM else "gd"
        return f"{prefix}-{period.first_day().year}-{period.last_day().year}"
    return slugify(period.label)


def _bounds(text: str, excerpt: str, inside: Span) -> tuple[int, int]:
    """Where ``excerpt`` (the sentence of a mention) is in ``text``, around ``inside``.

    The last occurrence that starts at or before the mention holds it: the sentence does,
    and any later one starting before the mention overlaps it and ends after it.
    """
    start = text.rfind(excerpt, 0, inside.start + len(excerpt))
    assert start >= 0  # an excerpt is the sentence around its mention, stripped
    return start, start + len(excerpt)


class _Agreement(NamedTuple):
    """An agreement the event's sentence names, and what the words give of it."""

    kind: AgreementKind
    span: Span
    period: ReportingPeriod | None
    problem: str | None
    symbol: str | None


_VERBS = {"reviewed": "reviews", "signed": "signs"}


# Words that make an event one a text only prepares, plans or schedules, not one held: before
# its words in its sentence ("họp để chuẩn bị cho phiên giải trình", "ban hành Kế hoạch tổ
# chức phiên giải trình", "sẽ tổ chức", "dự kiến") or after them ("…, dự kiến tổ chức vào
# tháng 10/2023", "… sắp tới", "sẽ được tổ chức"). A plan carried out ("Thực hiện Kế hoạch
# số 10/KH-HĐND …, sáng 20/9 …") is not one.
_PLANNED_BEFORE = re.compile(
    rf"(?<!\w)(?:chuẩn{_S}bị|dự{_S}kiến|sẽ|sắp{_S}tới|trong{_S}thời{_S}gian{_S}tới"
    rf"|(?:xây{_S}dựng|ban{_S}hành|thông{_S}qua|lập|có){_S}(?:dự{_S}thảo{_S})?kế{_S}hoạch"
    rf"|(?<!thực hiện )(?<!theo )(?<!căn cứ )kế{_S}hoạch{_S}(?:tổ{_S}chức|về))"
    r"(?!\w)",
    re.IGNORECASE,
)
_PLANNED_AFTER = re.compile(
    rf"^[^.;\n]*?(?:,{_S}|(?<!\w))(?P<w>dự{_S}kiến|sắp{_S}tới"
    rf"|sẽ(?:{_S}được)?{_S}(?:tổ{_S}chức|diễn{_S}ra|tiến{_S}hành|giám{_S}sát|khảo{_S}sát"
    rf"|tiếp{_S}xúc|làm{_S}việc|ký{_S}kết|họp))(?!\w)",
    re.IGNORECASE,
)
# The time a plan sets, after its words: "dự kiến tổ chức vào tháng 10/2023".
_SCHEDULED_AT = re.compile(
    rf"(?:dự{_S}kiến|sẽ(?:{_S}được)?)(?:{_S}(?:tổ{_S}chức|diễn{_S}ra|tiến{_S}hành))?"
    rf"(?:{_S}(?:vào|trong))?{_S}$",
    re.IGNORECASE,
)


class _Naming(NamedTuple):
    """A sentence of the lead that names the event: its bounds and the words that do."""

    start: int
    end: int
    words: Span
    excerpt: str


# The words that name each kind of event, as the rules of the draft read them.
_KIND_WORDS = {
    EventKind.SIGNING: _SIGNS,
    EventKind.REVIEW_AND_SIGNING: _SIGNS,
    EventKind.INTERIM_REVIEW: re.compile(rf"sơ{_S}kết", re.IGNORECASE),
    EventKind.FINAL_REVIEW: re.compile(
        rf"tổng{_S}kết|đánh{_S}giá{_S}(?:việc{_S}|kết{_S}quả{_S})?(?:thực{_S}hiện|triển{_S}khai)",
        re.IGNORECASE,
    ),
    EventKind.HEARING: re.compile(
        rf"phiên{_S}(?:họp{_S})?giải{_S}trình|hội{_S}nghị{_S}giải{_S}trình", re.IGNORECASE
    ),
    EventKind.OVERSIGHT: re.compile(rf"giám{_S}sát(?:{_S}chuyên{_S}đề)?", re.IGNORECASE),
    EventKind.VOTER_CONTACT: re.compile(CONTACT_WORDS, re.IGNORECASE),
}


class _Pending:
    """The values of a record being gathered, and the mentions they came from."""

    def __init__(self, record: str) -> None:
        self.record = record
        self.values: dict[str, Any] = {}
        self.mentions: list[object] = []


# -- the assembly -------------------------------------------------------------------------


def assemble(
    draft: Draft, *, source: str | None = None, units: Iterable[AdminUnit] = ()
) -> Assembly:
    """Build the records a draft describes, every value citing its words of the text.

    The kind of event decides the records: a signing, an interim or final review (sơ kết,
    tổng kết), or both together, is a :class:`~tayho_coord.model.Meeting` of that
    :class:`~tayho_coord.model.MeetingKind`, with the agreements
    (:class:`~tayho_coord.model.CoordinationProgram`) it reviews and signs, each also a
    record of its own; a hearing is a :class:`~tayho_coord.model.Hearing`; a thematic
    supervision an :class:`~tayho_coord.model.OversightActivity`; a report on voter
    petitions a :class:`~tayho_coord.model.PetitionReport`; a voter contact (tiếp xúc cử
    tri) a :class:`~tayho_coord.model.VoterContact`. See ``docs/extract.md`` for
    what goes where.

    Nothing is guessed. A record the model cannot build from what the text gives (no unit,
    no day of the event, a day printed without its year, an agreement named without its
    year or term, a noun the model does not count) is not built: :attr:`Assembly.missing`
    names each field it lacks. The records that can be built are built. A count, rate or
    post the records have no place for goes to :attr:`Assembly.unplaced` with its reason.

    Args:
        draft: What :func:`~tayho_coord.extraction.extract` read.
        source: The name of the source (a URL, a file name), when the draft has none or
            to name it otherwise; every citation names it.
        units: Units known beforehand (a :class:`~tayho_coord.model.UnitHistory`'s): the
            unit the text names (``quận Tây Hồ``) is taken from them when one has its kind
            and name, with its parent and validity; otherwise it is built from the text,
            without a parent. Where the body that acts is named with its level alone
            (``HĐND tỉnh``), the one unit of that level among them is the unit.

    Returns:
        The records, what is missing, what is unplaced.

    Raises:
        ValidationError: no source is named (neither ``extract(…, source=…)`` nor
            ``source``), or it has no letter or digit; ``units`` holds something that is
            not an :class:`~tayho_coord.model.AdminUnit`.

    Examples:
        >>> from tayho_coord.extraction import extract
        >>> draft = extract(
        ...     "Chiều ngày 05/3/2024, HĐND, UBND và UBMTTQ Việt Nam huyện Ba Vì tổ chức "
        ...     "hội nghị ký kết Chương trình phối hợp công tác năm 2024.", source="bai-viet")
        >>> result = assemble(draft)
        >>> [type(r).__name__ for r in result.records]
        ['Meeting', 'CoordinationProgram']
        >>> meeting = result.records.records[0]
        >>> meeting.kind.label, meeting.held_on.iso(), meeting.signed.title
        ('ký kết', '2024-03-05', 'Chương trình phối hợp năm 2024')
        >>> meeting.sources[0].excerpt[:22]
        'Chiều ngày 05/3/2024, '
        >>> print(assemble(extract("Sáng 25/01, HĐND huyện Ba Vì tổ chức phiên giải trình "
        ...                        "về công tác đất đai.", source="x")).missing[0])
        Hearing.held_on: the day is printed without its year ('25/01' at 5)
    """
    if not isinstance(draft, Draft):
        raise ValidationError("draft", type(draft).__name__, "must be a Draft of extract()")
    known = tuple(units)
    for i, unit in enumerate(known):
        if not isinstance(unit, AdminUnit):
            raise ValidationError(f"units[{i}]", unit, "must be an AdminUnit")
    builder = _Builder(draft, _source(draft, source), known)
    return builder.build()


def _source(draft: Draft, name: str | None) -> Source:
    given = draft.source if name is None else name
    if given is None:
        raise ValidationError(
            "source", None, "every citation names its source: give extract(text, source=…)"
        )
    if not isinstance(given, str) or not slugify(given):
        raise ValidationError("source", given, "must be a name with a letter or a digit")
    title = given.strip()
    url = title if re.match(r"https?://\S+$", title) else None
    published = {
        (d.year, d.month, d.day)
        for d in draft.dates
        if d.role == "published" and d.year is not None and d.day is not None
    }
    day = PartialDate(*published.pop()) if len(published) == 1 else None
    return Source(slugify(title)[:80].strip("-"), title, url=url, published=day)


class _Builder:
    """Builds the records of one draft, keeping what is missing and what stays unplaced."""

    def __init__(self, draft: Draft, source: Source, units: tuple[AdminUnit, ...]) -> None:
        self.draft = draft
        self.text = draft.text
        self.source = source
        self.missing: list[Missing] = []
        self.reasons: dict[int, Unplaced] = {}
        self.placed: set[int] = set()
        self.extra: list[Unplaced] = []
        self.agencies: dict[str, Agency] = {}
        self.people: dict[str, Person] = {}
        self.unit_problem: tuple[str, Span] | None = None
        self.known = units
        self.unit = self._unit(units)

    # -- results ----------------------------------------------------------------------------

    def build(self) -> Assembly:
        event = self.draft.event
        records: list[Record] = []
        if event is None:
            self.lack(
                "record",
                "kind",
                "no rule names the kind of event (ký kết, sơ kết, tổng kết, phiên giải "
                "trình, giám sát chuyên đề, giải quyết kiến nghị)",
            )
        elif event.kind is EventKind.VOTER_CONTACT:
            records = self._voter_contact(event)
        elif event.kind is EventKind.HEARING:
            records = self._activity(event, "Hearing")
        elif event.kind is EventKind.OVERSIGHT:
            records = self._activity(event, "OversightActivity")
        elif event.kind is EventKind.PETITION_REPORT:
            records = self._petition_report(event)
        else:
            records = self._meeting(event)
        unit = self.unit
        unplaced = [
            u
            for u in self.draft.unplaced
            # "Phó Chủ tịch HĐND thị xã Thái Hòa": the short name is the unit's, taken
            if not (
                unit is not None
                and u.reason == _SHORT_NAME
                and u.span.text == unit.name
                and f" {_fold(self.text[max(0, u.span.start - 12) : u.span.start])}".endswith(
                    f" {_fold(unit.kind.noun)}"
                )
            )
        ]
        unplaced += self.extra
        bodies = [self.draft.standing_agency, self.draft.reporter]
        mentions = (
            *self.draft.counts,
            *self.draft.rates,
            *self.draft.people,
            *(m for m in bodies if isinstance(m, AgencyMention)),
        )
        for mention in mentions:
            if id(mention) in self.placed:
                continue
            found = self.reasons.get(id(mention))
            if found is None:
                found = Unplaced(_span_of(mention), "no record built from the text holds it")
            unplaced.append(found)
        unique = {(u.span.start, u.span.end, u.reason): u for u in unplaced}
        ordered = tuple(unique[k] for k in sorted(unique))
        return Assembly(RecordSet(tuple(records)), tuple(self.missing), ordered, self.source)

    def lack(self, record: str, name: str, reason: str, span: Span | None = None) -> None:
        self.missing.append(Missing(record, name, reason, span))

    def unplace(self, mention: object, reason: str) -> None:
        self.reasons.setdefault(id(mention), Unplaced(_span_of(mention), reason))

    def cite(self, excerpt: str) -> tuple[Citation, ...]:
        excerpt = excerpt.strip()
        return (Citation(self.source, excerpt),) if excerpt else ()

    def settle(self, pending: _Pending, make: Callable[[], Record]) -> Record | None:
        """Build a record; if the model refuses it, say why and unplace its mentions."""
        try:
            record = make()
        except ValidationError as exc:
            self.lack(pending.record, exc.field, exc.reason)
            for mention in pending.mentions:
                self.unplace(mention, f"the {pending.record} it belongs to could not be built")
            return None
        self.placed.update(id(m) for m in pending.mentions)
        return record

    # -- the unit, its bodies and its people ------------------------------------------------

    def _unit(self, units: tuple[AdminUnit, ...]) -> AdminUnit | None:
        """The unit the text names with its level: one of ``units``, else built from the text."""
        mention = self.draft.unit
        if mention is None:
            return self._unit_of_level(units)
        level, name = _fold(mention.level), mention.name
        known = [u for u in units if _fold(u.kind.noun) == level and u.name == name]
        if len(known) == 1:
            return known[0]
        if len(known) > 1:
            self.unit_problem = (
                f"{len(known)} of the units given are {mention.span.text}",
                mention.span,
            )
            return None
        kind = _UNIT_KINDS.get(level)
        if kind is None:
            self.unit_problem = (
                f"'{mention.level}' may be a centrally run city or a city of a province: "
                "give the unit with units=",
                mention.span,
            )
            return None
        sentence = _sentence(self.text, mention.span)
        try:
            return AdminUnit(slugify(name), kind, name, sources=self.cite(sentence))
        except ValidationError as exc:
            self.unit_problem = (f"the model refuses the unit: {exc.reason}", mention.span)
            return None

    def _unit_of_level(self, units: tuple[AdminUnit, ...]) -> AdminUnit | None:
        """The one unit given of the level of the body that acts, named without its name.

        ``Đoàn giám sát của HĐND tỉnh …`` names a province, not which: the one province of
        ``units`` is it; without one, the record lacks its unit, and says why.
        """
        draft = self.draft
        acting = acting_level(self.text, draft.event, list(draft.people))
        if acting is None:
            return None
        level, words = acting
        known = [u for u in units if _fold(u.kind.noun) == _fold(level)]
        if len(known) == 1:
            return known[0]
        given = f" ({len(known)} of the units given are of that level)" if units else ""
        self.unit_problem = (
            f"'{words.text}' names the level of the body that acts, not the unit: give it "
            f"with units={given}",
            words,
        )
        return None

    def need_unit(self, record: str) -> AdminUnit | None:
        """The unit; if there is none, say why the record lacks it."""
        if self.unit is None:
            reason, span = self.unit_problem or (
                "the text names no unit with its level (quận Tây Hồ)",
                None,
            )
            self.lack(record, "unit", reason, span)
        return self.unit

    def agency(self, kind: AgencyKind, unit: AdminUnit) -> Agency:
        if kind is AgencyKind.PARTY_COMMITTEE:
            committee = {
                UnitKind.URBAN_DISTRICT: "Quận ủy",
                UnitKind.RURAL_DISTRICT: "Huyện ủy",
                UnitKind.DISTRICT_TOWN: "Thị ủy",
                UnitKind.PROVINCE: "Tỉnh ủy",
                UnitKind.CENTRAL_CITY: "Thành ủy",
                UnitKind.PROVINCIAL_CITY: "Thành ủy",
            }[unit.kind]
            ident = f"{unit.id}/{slugify(committee)}"
            parent = None
        else:
            parent_kind = kind.parent_kind
            parent = None if parent_kind is None else self.agency(parent_kind, unit)
            base = unit.id if parent is None else parent.id
            ident = f"{base}/{_AGENCY_IDS[kind]}"
        found = self.agencies.get(ident)
        if found is None:
            found = Agency(ident, kind, unit, parent)
            self.agencies[ident] = found
        return found

    def bodies(self, start: int, end: int) -> list[tuple[Span, Agency]]:
        """The bodies of the unit named between ``start`` and ``end``, in order."""
        assert self.unit is not None
        return [(m.span, self.agency(m.kind, self.unit)) for m in _agencies(self.text, start, end)]

    def person(self, mention: PersonPost) -> Person | None:
        """The person a mention names: one per name as printed (its id the name's slug)."""
        key = " ".join(mention.name.split())
        found = self.people.get(key)
        if found is not None:
            return found
        try:
            name = PersonName.parse(key)
        except (ParseError, ValidationError) as exc:  # pragma: no cover - the rules read
            # capitalized syllables after a known family name, which PersonName takes.
            self.unplace(mention, f"the name is not a Vietnamese full name: {exc}")
            return None
        ident = slugify(key)
        taken = {p.id for p in self.people.values()}
        if ident in taken:  # another name of the same letters without tone marks
            ident = f"{ident}-{len(taken)}"
        person = Person(ident, name)
        self.people[key] = person
        return person

    def post(self, mention: PersonPost) -> Post | None:
        """The post a person's printed post names, or None (the reason is kept)."""
        assert self.unit is not None
        found = _read_post(mention.post, self.unit)
        if isinstance(found, str):
            self.unplace(mention, found)
            return None
        title, kind, unit = found
        try:
            return Post(self.agency(kind, unit), title)
        except ValidationError as exc:
            self.unplace(mention, f"'{mention.post}': {exc.value!r} {exc.reason}")
            return None

    # -- meetings of an agreement -----------------------------------------------------------

    def _agreements(self, start: int, end: int) -> list[_Agreement]:
        text = self.text
        matches = list(_AGREEMENT.finditer(text, start, end))
        named_with: set[str] = set()
        found = []
        for i, match in enumerate(matches):
            word = _fold(match["word"])
            if match["with"] is None and word not in named_with:
                continue
            named_with.add(word)
            limit = min(matches[i + 1].start() if i + 1 < len(matches) else end, match.end() + 150)
            kind = AgreementKind.PROGRAM if word == "chương trình" else AgreementKind.REGULATION
            when = _PERIOD.search(text, match.end(), limit)
            period, problem = None, None
            stop = match.end()
            if when is None:
                problem = "the text names the agreement without its year, term or stage"
            else:
                stop = when.end()
                try:
                    period = _period(when)
                except ValidationError as exc:
                    problem = (
                        f"{when.group(0)!r} is not a period: its {exc.field} {exc.value} "
                        f"{exc.reason}"
                    )
            symbols = [
                s.span.text
                for s in self.draft.symbols
                if match.start() <= s.span.start and s.span.end <= limit
            ]
            symbol = symbols[0] if len(symbols) == 1 else None
            found.append(
                _Agreement(kind, Span.of(text, match.start(), stop), period, problem, symbol)
            )
        return found

    def _namings(self, event: EventMention) -> list[_Naming]:
        """The sentences of the lead that name the event: its own first, then the others.

        A title often names the event in few words ("Quận Tây Hồ tổng kết …") and the lead
        in full (the day, the bodies, the agreement and its year): each is tried in turn.
        """
        text = self.text
        s, e = _bounds(text, event.excerpt, event.span)
        found = [_Naming(s, e, event.span, event.excerpt)]
        for match in _KIND_WORDS[event.kind].finditer(text, 0, _lead_end(text)):
            if s <= match.start() < e:
                continue
            excerpt = sentence_at(text, match.start(), match.end())
            words = Span.of(text, match.start(), match.end())
            start, end = _bounds(text, excerpt, words)
            if all(n.start != start for n in found):
                found.append(_Naming(start, end, words, excerpt))
        return found

    def _roles(
        self, kind: MeetingKind, naming: _Naming
    ) -> tuple[_Agreement | None, _Agreement | None, list[Missing]]:
        """The agreements a sentence says the meeting reviews and signs, and what it lacks.

        The one named after ``ký kết`` is signed, the one before it reviewed.
        """
        named = self._agreements(naming.start, naming.end)
        sign = None
        for found in _SIGNS.finditer(self.text, naming.words.start, naming.words.end):
            sign = found.start()
        reviewed = signed = None
        problems = []
        if kind.signs:
            after = [a for a in named if sign is not None and a.span.start >= sign]
            signed = after[0] if after else (named[0] if len(named) == 1 else None)
            if signed is None:
                problems.append(
                    Missing("Meeting", "signed", "the text names no agreement signed at it")
                )
        if kind.reviews:
            before = [a for a in named if sign is None or a.span.start < sign]
            reviewed = before[0] if before and before[0] is not signed else None
            if reviewed is None:
                problems.append(
                    Missing("Meeting", "reviewed", "the text names no agreement it reviews")
                )
        if (
            reviewed is not None
            and signed is not None
            and (reviewed.kind, reviewed.period) == (signed.kind, signed.period)
        ):
            problems.append(
                Missing(
                    "Meeting", "signed", "the agreement signed is the one reviewed", signed.span
                )
            )
            signed = None
        return reviewed, signed, problems

    def _meeting(self, event: EventMention) -> list[Record]:
        kind = MeetingKind(event.kind.value)
        unit = self.need_unit("Meeting")
        # The first sentence that names every agreement with its period and two to four
        # bodies; else the event's own, whose gaps are then said.
        namings = self._namings(event)
        naming = namings[0]
        for candidate in namings:
            reviewed, signed, problems = self._roles(kind, candidate)
            agreements = [a for a in (reviewed, signed) if a is not None]
            ends = max((a.span.end for a in agreements), default=candidate.end)
            if (
                unit is not None
                and not problems
                and all(a.period is not None for a in agreements)
                and 2 <= len(self._parties(candidate.start, ends)) <= 4
            ):
                naming = candidate
                break
        reviewed, signed, problems = self._roles(kind, naming)
        self.missing.extend(problems)
        s, e = naming.start, naming.end
        named = [a for a in (reviewed, signed) if a is not None]
        day = self._held_on("Meeting", event)
        if unit is None:
            return []
        # The bodies named up to the agreements' words are their parties ("HĐND, UBND và
        # UBMTTQ huyện … ký kết Chương trình phối hợp", "… giữa Thường trực HĐND, UBND và …
        # năm 2024"); a body named after them is not ("… nhằm nâng cao hiệu quả của HĐND").
        parties = self._parties(s, max((a.span.end for a in named), default=e))
        pendings: list[tuple[_Agreement, _Pending]] = []
        for agreement in named:
            pending = self._agreement(agreement, parties, unit, naming)
            if pending is not None:
                pendings.append((agreement, pending))
        by_role = {
            "reviewed": next((p for a, p in pendings if a is reviewed), None),
            "signed": next((p for a, p in pendings if a is signed), None),
        }
        if day is not None and by_role["signed"] is not None:
            by_role["signed"].values["signed_on"] = day[0]
        self._standing(pendings)
        self._counts(pendings, by_role["reviewed"], kind is MeetingKind.INTERIM_REVIEW)
        meeting = _Pending("Meeting")
        whole = None if by_role["reviewed"] is None else by_role["reviewed"].values["period"]
        part = self._period_reviewed(naming, whole) if kind is MeetingKind.INTERIM_REVIEW else None
        stats = self._petition_stats(meeting, unit, part or whole)
        built: dict[str, CoordinationProgram | None] = {}
        for role, pending in by_role.items():
            built[role] = None
            if pending is not None:
                made = self.settle(pending, _maker(CoordinationProgram, pending.values))
                built[role] = made if isinstance(made, CoordinationProgram) else None
        records: list[Record] = []
        ready = (
            day is not None
            and (not kind.reviews or built["reviewed"] is not None)
            and (not kind.signs or built["signed"] is not None)
        )
        if ready and day is not None:
            values = self._meeting_values(naming, kind, unit, day, built, stats, meeting)
            values["period_reviewed"] = part
            made = self.settle(meeting, _maker(Meeting, values))
            if made is not None:
                records.append(made)
        else:
            for role, named_one in (("reviewed", reviewed), ("signed", signed)):
                if named_one is not None and built[role] is None:
                    self.lack(
                        "Meeting",
                        role,
                        f"the agreement it {_VERBS[role]} could not be built",
                        named_one.span,
                    )
            for mention in meeting.mentions:
                self.unplace(mention, "the Meeting it belongs to could not be built")
            for person in self.draft.people:
                self.unplace(person, "the Meeting it belongs to could not be built")
        records.extend(r for r in built.values() if r is not None)
        return records

    def _parties(self, start: int, end: int) -> list[Agency]:
        found: list[Agency] = []
        for _, agency in self.bodies(start, end):
            if agency.body not in {a.body for a in found}:
                found.append(agency)
        return found

    def _agreement(
        self,
        agreement: _Agreement,
        parties: list[Agency],
        unit: AdminUnit,
        naming: _Naming,
    ) -> _Pending | None:
        name = "CoordinationProgram"
        if agreement.period is None:
            assert agreement.problem is not None
            self.lack(name, "period", agreement.problem, agreement.span)
            return None
        if not 2 <= len(parties) <= 4:
            self.lack(
                name,
                "parties",
                f"the sentence that names the event names {len(parties)} of the bodies "
                "(an agreement binds two to four)",
                agreement.span,
            )
            return None
        pending = _Pending(name)
        prefix = "ctph" if agreement.kind is AgreementKind.PROGRAM else "qcph"
        pending.values.update(
            id=f"{unit.id}/{prefix}-{_period_id(agreement.period)}",
            unit=unit,
            period=agreement.period,
            parties=tuple(parties),
            kind=agreement.kind,
            symbol=agreement.symbol,
            sources=self.cite(naming.excerpt),
        )
        return pending

    def planned(self, event: EventMention) -> Span | None:
        """The words that make the event one the text only prepares, plans or schedules.

        ``Thường trực HĐND … họp để chuẩn bị cho phiên giải trình``, ``ban hành Kế hoạch
        tổ chức phiên giải trình …, dự kiến tổ chức vào tháng 10/2023``, ``sẽ tổ chức``,
        ``… sắp tới``: the day printed is the preparation's or the plan's, not the event's.
        """
        s, e = _bounds(self.text, event.excerpt, event.span)
        before = None
        for before in _PLANNED_BEFORE.finditer(self.text, s, event.span.start):  # noqa: B007
            pass
        if before is not None:
            return Span.of(self.text, *before.span())
        after = _PLANNED_AFTER.match(self.text[event.span.end : e])
        if after is None:
            return None
        return Span.of(
            self.text, event.span.end + after.start("w"), event.span.end + after.end("w")
        )

    def scheduled(self, event: EventMention) -> ReportingPeriod | None:
        """The month (or day) a plan sets, printed with its year after ``dự kiến``/``sẽ``."""
        s, e = _bounds(self.text, event.excerpt, event.span)
        for date in self.draft.dates:
            if not s <= date.span.start < e or date.year is None:
                continue
            before = self.text[max(s, date.span.start - 40) : date.span.start]
            before = re.sub(r"(?:ngày|tháng)\s*$", "", before)
            if _SCHEDULED_AT.search(before):
                if date.day is None:
                    return ReportingPeriod.month(date.year, date.month)
                return ReportingPeriod.day(PartialDate(date.year, date.month, date.day))
        return None

    def _held_on(self, record: str, event: EventMention) -> tuple[PartialDate, DateMention] | None:
        """When the event was held: its day, or the month printed before its words.

        Only as printed: a day without its year is not a day of any year, and the date a
        page was published is not the day of the event, nor is the day of a meeting that
        prepares it or of its plan (:meth:`planned`).
        """
        planned = self.planned(event)
        if planned is not None:
            self.lack(
                record,
                "held_on",
                f"the text only prepares, plans or schedules it ({planned.text!r}): "
                "the day printed is not the day it is held",
                planned,
            )
            return None
        date = self.draft.held_on
        if date is None:
            s, _ = _bounds(self.text, event.excerpt, event.span)
            months = [
                d
                for d in self.draft.dates
                if d.day is None and d.year is not None and s <= d.span.start < event.span.start
            ]
            date = months[0] if len(months) == 1 else None
        if date is None:
            date = next((d for d in self.draft.dates if d.role == "event"), None)
        if date is None:
            unread = next((u for u in self.draft.unplaced if u.reason in UNREAD_DATES), None)
            if unread is not None:
                reason = f"the text prints a day the rules could not read ({unread.reason})"
                self.lack(record, "held_on", reason, unread.span)
                return None
            self.lack(record, "held_on", "the text prints no day of the event")
            return None
        if date.year is None:
            self.lack(record, "held_on", "the day is printed without its year", date.span)
            return None
        return PartialDate(date.year, date.month, date.day), date

    def _standing(self, pendings: list[tuple[_Agreement, _Pending]]) -> None:
        standing = self.draft.standing_agency
        if standing is None:
            return
        assert self.unit is not None
        target = self._agreement_for(_sentence(self.text, standing.span), pendings)
        if isinstance(target, str):
            self.unplace(standing, target)
            return
        agency = self.agency(standing.kind, self.unit)
        if agency.body not in {p.body for p in target.values["parties"]}:
            self.unplace(standing, "the standing agency is not a party to the agreement")
            return
        target.values["standing_agency"] = agency
        target.mentions.append(standing)

    def _agreement_for(
        self, sentence: str, pendings: list[tuple[_Agreement, _Pending]]
    ) -> _Pending | str:
        """The agreement a sentence is about: the one of the year it names, else the only one."""
        years = _years(sentence)
        hits = [p for a, p in pendings if a.period is not None and a.period.calendar_year in years]
        if len(hits) == 1:
            return hits[0]
        if not years and len(pendings) == 1:
            return pendings[0][1]
        if not pendings:
            return "no agreement of the text could be built to hold it"
        return "the sentence does not say which agreement it is of"

    def _counts(
        self,
        pendings: list[tuple[_Agreement, _Pending]],
        reviewed: _Pending | None,
        interim: bool,
    ) -> None:
        """Put the counts on the agreements: key tasks, task groups, hearings, oversight.

        A sơ kết counts over a part of the agreement's period: its counts are not the
        agreement's, which count its whole period.
        """
        hearings: list[Count] = []
        groups: list[OversightGroup] = []
        group_counts: list[Count] = []
        for count in self.draft.counts:
            noun = _fold(count.noun)
            kinds = self._oversight_kinds(count, noun)
            tasks = noun.startswith(("nhiệm vụ trọng tâm", "nhóm nhiệm vụ"))
            if not (tasks or kinds or noun.startswith("phiên giải trình")):
                self.unplace(count, f"the records have no count of '{count.noun}'")
                continue
            if count.qualifier is not None:
                self.unplace(
                    count,
                    f"a bound ('{count.qualifier}'), not the number a count of the model holds",
                )
                continue
            if interim:
                self.unplace(
                    count,
                    "counted over a part of the agreement's period (sơ kết): the agreement's "
                    "counts are of its whole period",
                )
                continue
            if tasks:
                target = self._agreement_for(count.excerpt, pendings)
                if isinstance(target, str):
                    self.unplace(count, target)
                    continue
                name = "key_tasks" if noun.startswith("nhiệm vụ") else "task_groups"
                if name in target.values:
                    self.unplace(count, f"a second count of the agreement's {name}")
                    continue
                target.values[name] = (
                    ReportedCount(
                        count.value,
                        tuple(KeyTask(t, self.cite(t)) for t in _items(count)),
                        self.cite(count.excerpt),
                    )
                    if name == "key_tasks"
                    else count.value
                )
                target.mentions.append(count)
                continue
            if reviewed is None:
                self.unplace(count, "an activity of the agreement reviewed, which is not built")
                continue
            if kinds:
                groups.append(self._oversight_group(count, kinds))
                group_counts.append(count)
            elif hearings:
                self.unplace(count, "a second count of hearings")
            else:
                hearings.append(count)
        if reviewed is None or not (hearings or groups):
            return
        activities: dict[str, Any] = {"oversight": tuple(groups)}
        if hearings:
            (count,) = hearings
            activities["hearings"] = ReportedCount(
                count.value,
                tuple(HearingMention(t, sources=self.cite(t)) for t in _items(count)),
                self.cite(count.excerpt),
            )
        reviewed.values["activities"] = Activities(**activities)
        reviewed.mentions.extend([*hearings, *group_counts])

    def _oversight_kinds(self, count: Count, noun: str) -> frozenset[OversightKind]:
        """The kinds of oversight a count is of: from its noun, or the words before it."""
        kinds = {k for pattern, k in _OVERSIGHT_WORDS if pattern.search(noun)}
        if kinds or noun.split()[0] not in ("nội", "cuộc"):
            return frozenset(kinds)
        start, _ = _bounds(self.text, count.excerpt, count.span)
        before = self.text[start : count.span.start]
        return frozenset(k for pattern, k in _OVERSIGHT_WORDS if pattern.search(before))

    def _oversight_group(self, count: Count, kinds: frozenset[OversightKind]) -> OversightGroup:
        start, _ = _bounds(self.text, count.excerpt, count.span)
        lead, partners = self._lead_and_partners(start, count.span.start)
        return OversightGroup(
            kinds,
            lead,
            partners,
            ReportedCount(
                count.value,
                tuple(OversightTopic(t, sources=self.cite(t)) for t in _items(count)),
            ),
            self.cite(count.excerpt),
        )

    def _lead_and_partners(self, start: int, end: int) -> tuple[Agency | None, tuple[Agency, ...]]:
        """``A chủ trì … phối hợp với B``: A leads, B takes part; ``A phối hợp với B``: both."""
        named = self.bodies(start, end)
        leads = _LEADS.search(self.text, start, end)
        joins = _WITH.search(self.text, start, end)
        lead = None
        partners: list[Agency] = []
        if leads is not None:
            before = [a for span, a in named if span.end <= leads.start()]
            lead = before[-1] if before else None
        if joins is not None:
            if leads is None:
                partners += [a for span, a in named if span.end <= joins.start()][-1:]
            partners += [a for span, a in named if span.start >= joins.end()]
        unique = [a for i, a in enumerate(partners) if a not in partners[:i] and a != lead]
        return lead, tuple(unique)

    def _petition_stats(
        self, meeting: _Pending, unit: AdminUnit, reviewed: ReportingPeriod | None
    ) -> tuple[PetitionStats, ...]:
        """The petition figures a meeting reports: one statistics per sentence of rates."""
        sentences: dict[str, list[Rate]] = {}
        for rate in self.draft.rates:
            sentences.setdefault(rate.excerpt, []).append(rate)
        found = []
        for sentence, rates in sentences.items():
            values: dict[str, Any] = {}
            problem = self._petition_scope(sentence, unit, values)
            if problem is None and "period" not in values:
                if reviewed is None or reviewed.calendar_year is None:
                    problem = "the sentence names no year, and the meeting reviews no one year"
                else:
                    values["period"] = PartialDate(reviewed.calendar_year)
            if problem is None:
                problem = _petition_rates(rates, values)
            if problem is not None:
                for rate in rates:
                    self.unplace(rate, problem)
                continue
            try:
                found.append(PetitionStats(unit, sources=self.cite(sentence), **values))
            except ValidationError as exc:
                for rate in rates:
                    self.unplace(rate, f"the model refuses it: {exc}")
                continue
            meeting.mentions.extend(rates)
        return tuple(found)

    def _petition_scope(self, sentence: str, unit: AdminUnit, values: dict[str, Any]) -> str | None:
        """The competence and year a sentence of petition figures names; a reason if unread."""
        if not _PETITIONS.search(sentence):
            return "a rate the records hold only for voter petitions"
        if _PART.search(sentence):
            return _OF_A_PART
        level = _COMPETENCE.search(sentence)
        if level is not None:
            competence = _competence(_fold(level["level"]), unit)
            if competence is None:
                return f"'{level.group(0)}': which level is meant is not said"
            values["competence"] = competence
        years = _years(sentence)
        if len(years) > 1:
            return "the sentence names several years"
        if years:
            values["period"] = PartialDate(years.pop())
        return None

    def _meeting_values(
        self,
        naming: _Naming,
        kind: MeetingKind,
        unit: AdminUnit,
        day: tuple[PartialDate, DateMention],
        built: dict[str, CoordinationProgram | None],
        stats: tuple[PetitionStats, ...],
        meeting: _Pending,
    ) -> dict[str, Any]:
        held_on, date = day
        organise = _ORGANISE.search(self.text, naming.start, naming.end)
        hosts: list[Agency] = []
        if organise is not None:
            for _, agency in self.bodies(naming.start, organise.start()):
                if agency not in hosts:
                    hosts.append(agency)
        values: dict[str, Any] = {
            "id": f"{unit.id}/{slugify(kind.label)}-{held_on.iso()}",
            "kind": kind,
            "unit": unit,
            "held_on": held_on,
            "part_of_day": None if date.part_of_day is None else DayPart(date.part_of_day),
            "reviewed": built["reviewed"],
            "signed": built["signed"],
            "hosts": tuple(hosts),
            "petitions": stats,
            "sources": self.cite(naming.excerpt)
            + (self.cite(date.excerpt) if date.excerpt != naming.excerpt else ()),
        }
        parties = {
            p.body for a in (built["reviewed"], built["signed"]) if a is not None for p in a.parties
        }
        reporter = self.draft.reporter
        if isinstance(reporter, AgencyMention):
            agency = self.agency(reporter.kind, unit)
            if agency.body in parties:
                values["reporter"] = agency
                meeting.mentions.append(reporter)
            else:
                self.unplace(reporter, "the reporter is not a party to the agreement")
        elif reporter is not None:
            self.extra.append(
                Unplaced(reporter.span, "reported: the model's reporter is a body, not a person")
            )
        values["roster"], values["chairs"] = self._roster_and_chairs(meeting, held_on)
        values["achievements"], values["shortcomings"] = self._findings()
        return values

    def _period_reviewed(
        self, naming: _Naming, whole: ReportingPeriod | None
    ) -> ReportingPeriod | None:
        """The part of its period a sơ kết reviews, printed right after ``sơ kết``."""
        after = re.compile(rf"sơ{_S}kết{_S}", re.IGNORECASE).search(
            self.text, naming.words.start, naming.words.end + 40
        )
        if after is None:
            return None
        when = _PERIOD.match(self.text, after.end())
        period = None if when is None else _period_or_none(when)
        return None if period == whole else period

    def _roster_and_chairs(
        self, meeting: _Pending, held_on: PartialDate
    ) -> tuple[Roster, tuple[Chair, ...]]:
        """The tenures of the people named with their posts, and who of them chairs."""
        tenures: list[Tenure] = []
        placed: list[tuple[PersonPost, Tenure]] = []
        for mention in self.draft.people:
            person = self.person(mention)
            post = self.post(mention) if person is not None else None
            if person is None or post is None:
                continue
            attested = (held_on.to_date(),) if held_on.is_exact and mention.as_of else ()
            try:
                tenure = Tenure(person, post, attested=attested, sources=self.cite(mention.excerpt))
            except ValidationError as exc:
                self.unplace(mention, f"the model refuses the tenure: {exc}")
                continue
            if all((t.person, t.post) != (person, post) for t in tenures):
                tenures.append(tenure)
            placed.append((mention, tenure))
        try:
            roster = Roster(tuple(tenures))
        except ValidationError as exc:
            for mention, _ in placed:
                self.unplace(mention, f"the model refuses the roster: {exc}")
            return Roster(), ()
        meeting.mentions.extend(m for m, _ in placed)
        return roster, self._chairs(placed)

    def _chairs(self, placed: list[tuple[PersonPost, Tenure]]) -> tuple[Chair, ...]:
        """Who the text says chairs the meeting (``… chủ trì hội nghị``), in the post named.

        The post is the person's one post of a main body, else their one post of a body of
        the council or the front (an ``Ủy viên Thường trực HĐND``). Co-chairs (``đồng chủ
        trì``) are kept together or not at all: where one of them is named in a post the
        model does not know, or fewer than two are placed, none is placed (a document must
        not say ``Đồng chủ trì`` of one person), and each is unplaced with the reason.
        """
        text = self.text
        roles: dict[str, ChairRole] = {}
        ends: dict[str, int] = {}
        for mention in self.draft.people:
            key = " ".join(mention.name.split())
            ends[key] = max(ends.get(key, 0), mention.post_span.end)
        for key, end in ends.items():
            after = _CHAIRS_AFTER.match(text, end)
            if after is not None:
                roles[key] = ChairRole.CO_CHAIR if after["co"] else ChairRole.CHAIR
        # "đồng chí A, … và đồng chí B, … đồng chủ trì": the co-chairs joined before B too
        people = sorted(self.draft.people, key=lambda m: m.span.start)
        for i in range(len(people) - 1, 0, -1):
            later, key = people[i], " ".join(people[i].name.split())
            if roles.get(key) is not ChairRole.CO_CHAIR:
                continue
            earlier = people[i - 1]
            other = " ".join(earlier.name.split())
            if other != key and _CO_JOINED.fullmatch(text, ends[other], later.span.start):
                roles.setdefault(other, ChairRole.CO_CHAIR)
        for before in _CHAIRS_BEFORE.finditer(text):
            stop = re.compile(r"[.\n]").search(text, before.end())
            limit = len(text) if stop is None else stop.start()
            for mention in self.draft.people:
                if before.end() <= mention.span.start < limit:
                    role = ChairRole.CO_CHAIR if before["co"] else ChairRole.CHAIR
                    roles.setdefault(" ".join(mention.name.split()), role)
        first_named: dict[str, int] = {}
        for mention in self.draft.people:
            first_named.setdefault(" ".join(mention.name.split()), mention.span.start)
        roles = dict(sorted(roles.items(), key=lambda item: first_named[item[0]]))
        chairs: list[Chair] = []
        lost: list[tuple[Span, str]] = []  # the co-chairs not placed, and why
        co: list[Span] = []  # the first post of each co-chair placed
        for key, role in roles.items():
            mine = [(m, t) for m, t in placed if " ".join(m.name.split()) == key]
            if not mine:
                if role is ChairRole.CO_CHAIR:
                    first = next(m for m in self.draft.people if " ".join(m.name.split()) == key)
                    lost.append((first.span, "named in a post the model does not know"))
                continue
            posts = list(dict.fromkeys(t.post for _, t in mine))
            main = [p for p in posts if p.agency.kind.is_main_body]
            if not main:
                main = [
                    p
                    for p in posts
                    if p.agency.parent is not None and p.agency.parent.kind.is_main_body
                ]
            if len(main) != 1:
                reason = "chairs it in a post the text does not single out"
                if role is ChairRole.CO_CHAIR:
                    lost.append((mine[0][0].span, reason))
                else:
                    self.extra.append(Unplaced(mine[0][0].span, reason))
                continue
            sources = self.cite(mine[0][0].excerpt)
            chairs.append(Chair(role, post=main[0], person=mine[0][1].person, sources=sources))
            if role is ChairRole.CO_CHAIR:
                co.append(mine[0][0].span)
        if lost or len(co) == 1:
            # co-chairs together or not at all: never one of two
            for span, why in lost:
                self.extra.append(
                    Unplaced(
                        span,
                        f"a co-chair (đồng chủ trì) {why}: the meeting's chairs "
                        "are left to a person, as a whole",
                    )
                )
            for span in co:
                self.extra.append(
                    Unplaced(
                        span,
                        "a co-chair (đồng chủ trì) whose fellow co-chair is not "
                        "placed: the meeting's chairs are left to a person, as a whole",
                    )
                )
            chairs = [c for c in chairs if c.role is not ChairRole.CO_CHAIR]
        return tuple(chairs)

    def _findings(self) -> tuple[tuple[Finding, ...], tuple[Finding, ...]]:
        done: list[Finding] = []
        lacking: list[Finding] = []
        for finding in self.draft.findings:
            words = _clean(finding.span.text)  # a finding has 20 characters at least
            item = Finding(words, self.cite(words))
            (done if finding.kind is FindingKind.ACHIEVEMENT else lacking).append(item)
        return tuple(done), tuple(lacking)

    # -- activities of their own ------------------------------------------------------------

    def _activity(self, event: EventMention, record: str) -> list[Record]:
        unit = self.need_unit(record)
        # The first sentence naming the activity that says what it is about.
        read = (self._subject(n, event.kind) for n in self._namings(event))
        naming, subject = next((found for found in read if found is not None), (None, None))
        if subject is None:
            forms = "về …, giám sát công tác …" if event.kind is EventKind.OVERSIGHT else "về …"
            self.lack(
                record, "subject", f"the text does not say what it is about ({forms})", event.span
            )
        day = self._held_on(record, event)
        # One the text only plans is placed by the time its plan sets, where it names one
        # ("dự kiến tổ chức vào tháng 10/2023"), never by the plan's or a preparation's day.
        scheduled = self.scheduled(event) if day is None and self.planned(event) else None
        if scheduled is not None:
            self.missing.pop()
        if unit is None or naming is None or subject is None or (day, scheduled) == (None, None):
            return []
        pending = _Pending(record)
        named = self.bodies(naming.start, naming.end)
        hearing_figures = self._figures(pending if record == "Hearing" else None)
        values: dict[str, Any] = {"unit": unit, "subject": subject, "plan": self._plan()}
        if day is None:
            assert scheduled is not None
            values["scheduled"] = scheduled
            values["sources"] = self.cite(naming.excerpt)
            when = f"du-kien-{_period_id(scheduled)}"
        else:
            held_on, date = day
            values["held_on"] = held_on
            values["sources"] = self.cite(naming.excerpt) + (
                self.cite(date.excerpt) if date.excerpt != naming.excerpt else ()
            )
            values["leader"] = self._leader(pending, held_on)
            when = held_on.iso()
        if record == "Hearing":
            council = [a for _, a in named if a.body.kind is AgencyKind.PEOPLES_COUNCIL]
            values["organiser"] = council[0] if council else None
            if day is not None and day[1].part_of_day is not None:
                values["part_of_day"] = DayPart(day[1].part_of_day)
            values["id"] = f"{unit.id}/phien-giai-trinh-{when}"
            values["answering"] = self._answering()
            values["figures"] = hearing_figures
            make = _maker(Hearing, values)
        else:
            before = [a for span, a in named if span.end <= naming.words.start]
            values["lead"] = before[-1] if before else None
            values["kind"] = OversightKind.SUPERVISION
            # "giám sát chuyên đề" only where the cited sentence says it (a form of its own)
            values["thematic"] = _THEMATIC.search(naming.excerpt) is not None
            values["id"] = f"{unit.id}/giam-sat-{when}"
            make = _maker(OversightActivity, values)
        made = self.settle(pending, make)
        return [] if made is None else [made]

    def _leader(self, pending: _Pending, held_on: PartialDate) -> Leader | None:
        """The post of the one the text says chairs the activity (``… chủ trì``)."""
        named = _Pending("roster")
        _, chairs = self._roster_and_chairs(named, held_on)
        chair = chairs[0] if len(chairs) == 1 else None
        if chair is None or chair.role is not ChairRole.CHAIR or chair.post is None:
            return None
        pending.mentions.extend(
            m
            for m in named.mentions
            if isinstance(m, PersonPost)
            and " ".join(m.name.split()) == str(chair.person)
            and self.post(m) == chair.post
        )
        return Leader(chair.post, LeaderRole.CHAIR, chair.sources)

    def _subject(self, naming: _Naming, kind: EventKind) -> tuple[_Naming, str] | None:
        """What a hearing or an oversight is about: the words after ``về`` in its sentence.

        An oversight's may follow ``giám sát`` itself (``giám sát công tác …``, ``giám sát
        việc …``), at any of its words in the sentence: the naming is then of those words,
        and the body before them leads it (``Đoàn giám sát của HĐND tỉnh … giám sát công
        tác …``).
        """
        end = naming.end
        start = _SUBJECT_START.match(self.text, naming.words.end, end)
        if start is None and kind is EventKind.OVERSIGHT:
            for words in _KIND_WORDS[kind].finditer(self.text, naming.words.start, end):
                start = _OVERSEEN.match(self.text, words.end(), end)
                if start is not None:
                    span = Span.of(self.text, *words.span())
                    naming = _Naming(naming.start, naming.end, span, naming.excerpt)
                    break
        if start is None:
            return None
        stop = _SUBJECT_END.search(self.text, start.end(), end)
        subject = _clean(self.text[start.end() : end if stop is None else stop.start()])
        return (naming, subject) if subject else None

    def _plan(self) -> DocumentRef | None:
        plans = [s for s in self.draft.symbols if s.document == "Kế hoạch"]
        if len(plans) != 1:
            return None
        (plan,) = plans
        dated = plan.dated
        issued = None
        if dated is not None and dated.year is not None:
            issued = PartialDate(dated.year, dated.month, dated.day)
        return DocumentRef(
            plan.span.text, issued, type_name=None if plan.parsed is not None else plan.document
        )

    def _figures(self, hearing: _Pending | None) -> tuple[StatedFigure, ...]:
        """A hearing's opinions as printed; any other figure left to a person.

        A count of opinions (``ý kiến``, ``kiến nghị``…, with ``phát biểu`` where it follows)
        in a sentence that names the hearing (``Phiên giải trình cũng lắng nghe 14 ý kiến
        phát biểu``, ``Tại phiên, …``) is one of its ``figures``, its noun as printed its
        ``what``; one of a part, per place, of opinions handled (``đã giải trình 10 ý
        kiến``), or one of two of the same words, is unplaced with the reason. Other
        figures, and an oversight's, need what they measure in the model's own words.
        """
        found: dict[str, list[tuple[Count, StatedFigure]]] = {}
        for count in self.draft.counts if hearing is not None else ():
            start, _ = _bounds(self.text, count.excerpt, count.span)
            noun, printed_noun, rest = _role_noun(count.noun, _OPINION_NOUNS)
            spoke = noun.endswith(" phát biểu") and noun[: -len(" phát biểu")] in _OPINION_NOUNS
            if not noun or not _AT_HEARING.search(count.excerpt):
                continue
            if not _whose_or_part(rest):
                continue  # "ý kiến yêu cầu giải trình bổ sung": not all the opinions heard
            before = self.text[start : count.span.start]
            after = rest or self.text[count.span.end : count.span.end + 60]
            # the hearing's own words ("Phiên giải trình … lắng nghe") handle nothing
            clause = _AT_HEARING.sub(" ", re.split(r"[,;:(]", before)[-1])
            if _PER_PLACE.search(before) or _REST.search(before) or _OF_COMPETENCE.match(after):
                self.unplace(count, "a figure of a part of the hearing's opinions, not the whole")
                continue
            if _HANDLED.search(clause):
                self.unplace(
                    count,
                    "a figure of opinions handled (giải trình, trả lời…), not of those raised",
                )
                continue
            spoken = not rest and _SPOKE.search(after)
            what = printed_noun if spoke or not spoken else f"{printed_noun} phát biểu"
            printed = count.span.text[: len(count.span.text) - len(count.noun)].strip()
            try:
                figure = StatedFigure(
                    " ".join(what.split()), PrintedFigure(printed), sources=self.cite(count.excerpt)
                )
            except ValidationError as exc:  # pragma: no cover - a count's number is printed
                self.unplace(count, f"the model refuses the figure: {exc}")
                continue
            found.setdefault(_fold(what), []).append((count, figure))
        figures: list[StatedFigure] = []
        for candidates in found.values():
            if len(candidates) > 1:
                for count, _ in candidates:
                    self.unplace(
                        count,
                        f"one of {len(candidates)} figures of the hearing's "
                        f"'{candidates[0][1].what}': which is the whole is not said",
                    )
                continue
            ((count, figure),) = candidates
            figures.append(figure)
            assert hearing is not None
            hearing.mentions.append(count)
        placed = {id(m) for m in hearing.mentions} if hearing is not None else set()
        for mention in (*self.draft.counts, *self.draft.rates):
            if id(mention) in placed:
                continue
            self.unplace(
                mention,
                "a figure of the activity: what it measures is written by a person, in the "
                "model's own words (StatedFigure.what)",
            )
        return tuple(figures)

    def _answering(self) -> tuple[str, ...]:
        """Who explained at the hearing: the posts the text names as doing so.

        The posts right before ``(đã) (tham gia) giải trình`` (``Đồng chí Chủ tịch UBND
        phường và đồng chí Phó trưởng Công an phường đã tham gia giải trình``), or right
        after ``giải trình của``, and before or after ``trả lời`` or ``làm rõ`` in a
        sentence that names the hearing; each a post as printed, in its words only (a title,
        then a body's and a unit's words: :func:`_known_words_end`). A person's name beside
        it is not kept (the model holds the post), nor a body without a title (``UBND
        phường``): who answered for it is not said.
        """
        text = self.text
        names = [m.span for m in self.draft.people]
        found: list[str] = []
        for verb in _EXPLAINED.finditer(text):
            sentence = sentence_at(text, *verb.span())
            s, e = _bounds(text, sentence, Span.of(text, *verb.span()))
            if verb["verb"].casefold().startswith(("trả", "làm")) and not _AT_HEARING.search(
                sentence
            ):
                continue
            items = _post_items(text[verb.end() : e] if verb["of"] else text[s : verb.start()])
            if not verb["of"]:
                items.reverse()
            posts: list[str] = []
            for item in items:
                post = _HONORIFIC.sub("", item).strip().rstrip(".!?…").strip()
                at = text.find(post, s)
                if any(at <= n.start < at + len(post) for n in names):
                    post = _clean(text[at : min(n.start for n in names if at <= n.start)])
                    if not post:
                        continue  # a person's name alone, beside their post
                if (
                    not post
                    or _post_start(post, 0) == 0
                    or _known_words_end(post, len(post)) != len(post)
                ):
                    break
                posts.append(" ".join(post.split()))
            found.extend(posts if verb["of"] else posts[::-1])
        return tuple(dict.fromkeys(found))

    # -- voter contacts ---------------------------------------------------------------------

    def _voter_contact(self, event: EventMention) -> list[Record]:
        """A :class:`~tayho_coord.model.VoterContact`: who met whose voters, when, its figures."""
        name = "VoterContact"
        deputies = self.unit
        namings = self._namings(event)
        readings = []
        for candidate in namings:
            own = self._deputies_unit(candidate) or deputies
            voters, areas, places, problem, named = self._voters(candidate, own)
            found = None if voters is None else self._delegation(candidate, voters)
            readings.append((candidate, voters, areas, places, problem, named, found))
        naming, unit, areas, places, problem, named, delegation = next(
            (r for r in readings if isinstance(r[6], tuple) and r[5]),
            next((r for r in readings if isinstance(r[6], tuple)), readings[0]),
        )
        if problem is not None:
            self.lack(name, "unit", problem, None)
        elif unit is None:
            self.need_unit(name)
        if unit is not None and not isinstance(delegation, tuple):
            self.lack(
                name,
                "delegations",
                delegation
                or "the sentence naming the contact names no deputies of the unit or above it "
                "(Đại biểu HĐND huyện, Đoàn ĐBQH tỉnh, Tổ đại biểu số 3 HĐND xã)",
                event.span,
            )
        when = self._contact_days(name, event)
        pending = _Pending(name)
        figures = self._contact_figures(pending)
        for person in self.draft.people:
            self.unplace(
                person,
                "a person at the voter contact: who is a deputy of which delegation is "
                "written by a person (Delegation.members)",
            )
        thematic = _CONTACT_THEMATIC.search(naming.excerpt) is not None
        if (
            unit is not None
            and not named
            and isinstance(delegation, tuple)
            and when is not None
            and not self._voters_of_the_whole(unit, areas, when[0], figures, thematic)
        ):
            self.lack(
                name,
                "unit",
                f"the text does not say whose voters were met (cử tri xã …, tại xã …): the "
                f"deputies' unit, {unit}, is taken only where the contact covers it (a "
                "commune's deputies, a series of contacts, a thematic one)",
                event.span,
            )
            unit = None
        if unit is None or not isinstance(delegation, tuple) or when is None:
            for mention in pending.mentions:
                self.unplace(mention, f"the {name} it belongs to could not be built")
            return []
        values, date = when
        sentences = self.cite(naming.excerpt)
        if date is not None and date.excerpt != naming.excerpt:
            sentences += self.cite(date.excerpt)
        day = values.get("held_on") or values["reported_on"]
        values.update(
            figures,
            id=f"{unit.id}/txct-{day.iso()}",
            unit=unit,
            delegations=delegation,
            kind=VoterContactKind.THEMATIC if thematic else VoterContactKind.REGULAR,
            areas=areas,
            places=places,
            plan=self._plan(),
            sources=sentences,
        )
        made = self.settle(pending, _maker(VoterContact, values))
        return [] if made is None else [made]

    def _deputies_unit(self, naming: _Naming) -> AdminUnit | None:
        """The unit the deputies are named with by its level and name (``HĐND tỉnh Phú Yên``).

        The lead's unit is the first it names (``tại xã Phúc Ninh, đại biểu Quốc hội tỉnh
        Tuyên Quang …``): the deputies' own is the one printed with them.
        """
        text = self.text
        found = [
            *_DEPUTIES.finditer(text, naming.start, naming.words.start),
            *_DBQH.finditer(text, naming.start, naming.words.start),
        ]
        for match in sorted(found, key=lambda m: m.start(), reverse=True):
            level, name = match["level"], _name_after(text, match.end())
            if level is None or not name or _shouted(name):
                continue
            unit = self.unit
            kind = _UNIT_KINDS.get(_fold(level))
            if unit is not None and (
                kind is None
                or _RANK[unit.kind.level] <= _RANK[kind.level]
                or any(u.kind.level is kind.level for u in unit.ancestors())
            ):
                return None  # the lead's unit is the deputies' or of their level: it stands
            made = self._voters_unit(
                _fold(level), name, Span.of(text, match.start("level"), match.end()), None
            )
            return None if isinstance(made, str) else made
        return None

    @staticmethod
    def _voters_of_the_whole(
        unit: AdminUnit,
        areas: tuple[str, ...],
        days: dict[str, Any],
        figures: dict[str, StatedFigure],
        thematic: bool,
    ) -> bool:
        """Whether the deputies' own unit is the voters' where the text names none below it.

        A commune's deputies meet its voters; a series over several days or places
        (``tại 08 đơn vị bầu cử``, ``05 điểm tiếp xúc``) is of the unit it is held across
        (the model's ``VoterContact.unit``); a thematic contact meets voters of a kind, not
        of a place. Else the voters of one contact are of a unit below, not named.
        """
        return (
            unit.kind.level is UnitLevel.COMMUNE
            or "held_until" in days
            or "meetings" in figures
            or thematic
            or len(areas) > 1
        )

    def _voters(
        self, naming: _Naming, deputies: AdminUnit | None
    ) -> tuple[AdminUnit | None, tuple[str, ...], tuple[str, ...], str | None, bool]:
        """Whose voters were met: the unit, the areas and the places the words name.

        Read right after ``tiếp xúc (với) cử tri`` (``cử tri xã Hòa Xuân Tây, thị xã Đông
        Hòa``; ``cử tri các xã A, B và C``; ``cử tri thôn Nà Búng``): a chain of units, each
        of the one after it, the last of the deputies' unit where that is of a level above
        (the deputies of a council meet voters of their unit); several units of a level, or
        the areas below a commune, are the contact's ``areas``; ``tại Hội trường …`` after
        them is a place. ``(None, …, reason, True)`` where the unit named cannot be built;
        the last is whether the text names the voters' unit (else it is the deputies').
        """
        text = self.text
        words = _VOTERS.search(text, naming.words.start, naming.end)
        if words is None:  # pragma: no cover - the event's words are these words
            return deputies, (), (), None, False
        places = tuple(_clean(m["place"]) for m in _PLACE.finditer(text, words.end(), naming.end))
        # the words after "cử tri"; else a unit the contact is held at ("tại xã Phúc Ninh")
        anchors = [words.end()]
        anchors += [m.end() for m in _HELD_AT.finditer(text, naming.start, naming.end)]
        anchors += [m.end() for m in _HELD_AT_SEAT.finditer(text, naming.start, naming.end)]
        for anchor in anchors:
            chain, areas = self._voter_items(anchor)
            if chain or areas:
                break
        if not chain:
            return deputies, tuple(areas), places, None, False
        built: AdminUnit | None = None
        for level, name, span in reversed(chain):
            parent = built
            if parent is None and deputies is not None:
                parent = deputies
            found = self._voters_unit(level, name, span, parent)
            if isinstance(found, str):
                return None, tuple(areas), places, found, True
            built = found
        return built, tuple(areas), places, None, True

    def _voter_items(self, pos: int) -> tuple[list[tuple[str, str, Span]], list[str]]:
        """The units (each of the next) and the areas printed from ``pos`` on."""
        text = self.text
        chain: list[tuple[str, str, Span]] = []  # (level, name, words) of one unit each
        areas: list[str] = []
        while True:
            item = _VOTER_ITEM.match(text, pos)
            if item is None:
                break
            level = _fold(item["level"])
            end = item.end()
            names = [n.strip() for n in re.split(rf",\s*|{_S}và{_S}", item["names"])]
            if item["many"] is None:  # one unit: its name, not a list after it
                names, end = [item["first"]], item.end("first")
            if any(_shouted(n) for n in names):
                break  # a heading in capitals ("XÃ TỔ CHỨC …") names no unit
            if chain and chain[-1][0] == level:
                # "xã A và xã B": two units of a level are areas, not a unit and its own
                areas.append(chain.pop()[2].text)
                areas.append(f"{item['level']} {names[0]}")
            elif item["many"] is not None or level in _AREA_LEVELS:
                areas.extend(f"{item['level']} {n}" for n in names)
            else:
                chain.append((level, names[0], Span.of(text, item.start("level"), end)))
            pos = end
        return chain, areas

    def _voters_unit(
        self, level: str, name: str, span: Span, above: AdminUnit | None
    ) -> AdminUnit | str:
        """The unit ``level name`` of the voters, of ``above`` where that is a level higher."""
        known = [u for u in self.known if _fold(u.kind.noun) == level and u.name == name]
        if len(known) == 1:
            return known[0]
        if above is not None and _fold(above.kind.noun) == level and above.name == name:
            return above
        kind = _UNIT_KINDS.get(level)
        higher = above is not None and above.kind.level is UnitLevel.PROVINCE
        if kind is None and level == "thành phố" and higher:
            kind = UnitKind.PROVINCIAL_CITY  # a city under a province is a provincial city
        if kind is None:
            return (
                f"the voters are of '{span.text}', which may be a centrally run city or a "
                "city of a province: give the unit with units="
            )
        parent = None
        if above is not None and _RANK[above.kind.level] < _RANK[kind.level]:
            parent = above
        ident = slugify(name) if parent is None else f"{parent.id}/{slugify(name)}"
        try:
            return AdminUnit(
                ident, kind, name, parent=parent, sources=self.cite(_sentence(self.text, span))
            )
        except ValidationError as exc:
            return f"the model refuses the voters' unit '{span.text}': {exc.reason}"

    def _delegation(self, naming: _Naming, unit: AdminUnit) -> tuple[Delegation, ...] | str | None:
        """The deputies the sentence names before ``tiếp xúc cử tri``, of the unit or above.

        The level printed after the body names the unit (``HĐND huyện``: the unit, or the one
        above it where known); a body printed without its level is of the unit. ``HĐND xã
        Ninh Sở tiếp xúc cử tri`` is the council's deputies, named alone. Deputies joined to
        them (``đại biểu HĐND xã Tam An cùng đại biểu HĐND huyện``) met the voters too. None
        where one is of no unit known; the model's reason where it refuses them.
        """
        text = self.text
        start, end = naming.start, naming.words.start
        # "Tổ đại biểu số 9 HĐND tỉnh gồm các đại biểu A, …; B, … và C đã có buổi tiếp xúc
        # cử tri": the deputies are named before the list their members open, whose ";"
        # parts are clauses of one sentence
        opened = _SENTENCE_START.search(text, max(0, start - 1000), start)
        whole = start
        if opened is not None:
            whole = opened.start() + (text[opened.start()] in ".!?\n")
        listed = _MEMBERS.search(text, whole, end)
        if listed is not None:
            start, end = whole, listed.start()
            naming = naming._replace(start=whole)
        found = [(m, DeputyLevel.PEOPLES_COUNCIL) for m in _DEPUTIES.finditer(text, start, end)]
        found += [(m, DeputyLevel.NATIONAL_ASSEMBLY) for m in _DBQH.finditer(text, start, end)]
        # a body inside a person's post ("Trưởng Ban … HĐND tỉnh") is not the deputies
        found = [
            (m, level)
            for m, level in found
            if m["form"] is not None
            or not any(p.post_span.start < m.start() < p.post_span.end for p in self.draft.people)
        ]
        if not found:
            return None
        found.sort(key=lambda f: f[0].start())
        chain = [found[-1]]
        for match, level in reversed(found[:-1]):
            joined = None
            if match.end() <= chain[0][0].start():
                joined = _JOINED.match(text[match.end() : chain[0][0].start()])
            if joined is None or not all(w[0].isupper() for w in joined["name"].split()):
                break
            chain.insert(0, (match, level))
        delegations: list[Delegation] = []
        for match, level in chain:
            one = self._one_delegation(naming, unit, match, level)
            if not isinstance(one, Delegation):
                return one
            if one not in delegations:
                delegations.append(one)
        return tuple(delegations)

    def _one_delegation(
        self, naming: _Naming, unit: AdminUnit, match: re.Match[str], level: DeputyLevel
    ) -> Delegation | str | None:
        """The deputies one match names; None if of no unit known, the model's reason."""
        text = self.text
        body = _fold(match.groupdict().get("body") or "")
        if body in ("quốc hội", "qh"):
            level = DeputyLevel.NATIONAL_ASSEMBLY
        words = match["level"]
        place = unit if words is None else _unit_named(_fold(words), unit)
        name = _name_after(text, match.end())
        if place is not None and words is not None and name and name != place.name:
            return None  # the deputies of another unit of that level
        if level is DeputyLevel.NATIONAL_ASSEMBLY and words is None:
            place = next(
                (u for u in (unit, *unit.ancestors()) if u.kind.level.name == "PROVINCE"), None
            )
        if place is None:
            return None
        form = {"đoàn": DelegationForm.DELEGATION, "tổ": DelegationForm.GROUP}.get(
            _fold(match["form"] or ""), DelegationForm.DEPUTIES
        )
        number = match.groupdict().get("number")
        relation = _RELATION.search(text, naming.words.end, naming.end)
        session = None
        if relation is not None and level is DeputyLevel.PEOPLES_COUNCIL:
            session, _ = self._session(text[naming.start : naming.end], place)
        try:
            return Delegation(
                level,
                place,
                form,
                group_number=int(number) if number else None,
                relation=None
                if relation is None
                else SessionRelation.BEFORE
                if _fold(relation["word"]) == "trước"
                else SessionRelation.AFTER,
                session=session,
                sources=self.cite(naming.excerpt),
            )
        except ValidationError as exc:
            return f"the model refuses the deputies '{match.group(0)}': {exc}"

    def _contact_days(
        self, name: str, event: EventMention
    ) -> tuple[dict[str, Any], DateMention | None] | None:
        """When the contact was held, or the day of the article reporting it.

        ``held_on``, with ``held_until`` where a range ends on a day with its year (``Từ ngày
        18/11 đến ngày 22/11/2024``) and ``part_of_day`` of one day; where the text prints no
        day of the contact at all, the page's own publication day as ``reported_on``.
        """
        day = self._held_on(name, event)
        published = self.source.published
        if day is None and published is not None and self.missing[-1].span is None:
            # no day of the contact printed at all: placed by the article's day, never on it
            self.missing.pop()
            return {"reported_on": published}, None
        if day is None:
            return None
        held_on, date = day
        values: dict[str, Any] = {"held_on": held_on}
        later = [d for d in self.draft.dates if d.span.start >= date.span.end]
        until = later[0] if later else None
        if (
            until is not None
            and until.year is not None
            and until.day is not None
            and _RANGE_TO.search(self.text, date.span.end, until.span.start)
        ):
            values["held_until"] = PartialDate(until.year, until.month, until.day)
        elif date.part_of_day is not None:
            values["part_of_day"] = DayPart(date.part_of_day)
        return values, date

    def _contact_figures(self, pending: _Pending) -> dict[str, StatedFigure]:
        """The figures the text ties to a role of the contact; each role printed once.

        ``cử tri`` / ``lượt cử tri`` are voters present, or speakers with ``phát biểu`` right
        after; ``ý kiến, kiến nghị`` and its kin are opinions raised, or answered where the
        words before say ``trả lời trực tiếp`` (``tại chỗ``); ``cuộc``, ``buổi``, ``điểm
        tiếp xúc`` and ``tại 08 đơn vị bầu cử`` are meetings. A figure per place (``mỗi``,
        ``trung bình``), of a part (``còn``, ``thuộc thẩm quyền …``), of handling other than
        answers on the spot, or a role printed twice, is unplaced with its reason.
        """
        text = self.text
        found: dict[str, list[tuple[Count, StatedFigure]]] = {}
        for count in self.draft.counts:
            noun, _, rest = _role_noun(count.noun, _VOTER_NOUNS | _OPINION_NOUNS)
            if not noun or not _whose_or_part(rest):
                noun, rest = _petition_fold(count.noun), ""
            start, _ = _bounds(text, count.excerpt, count.span)
            before = text[start : count.span.start]
            clause = re.split(r"[,;:(]", before)[-1]
            after = rest or text[count.span.end : count.span.end + 60]
            role, what = None, noun
            if noun in _VOTER_NOUNS:
                role = "voters"
                if not rest and _SPOKE.search(after):
                    role, what = "speakers", f"{noun} phát biểu"
            elif noun in _OPINION_NOUNS:
                role = "opinions"
                if _ON_THE_SPOT.search(clause):
                    role = "answered"
                elif _HANDLED.search(clause):
                    self.unplace(
                        count,
                        "a figure of opinions handled otherwise than answered "
                        "on the spot (trả lời trực tiếp)",
                    )
                    continue
            elif _MEETING_NOUN.search(noun) and (
                not noun.startswith("đơn vị") or _AT.search(before)
            ):
                role = "meetings"
            if role is None:
                continue
            if _PER_PLACE.search(before):
                self.unplace(count, "a figure per place (mỗi, trung bình), not the contact's")
                continue
            if _REST.search(before) or _OF_COMPETENCE.match(after):
                self.unplace(count, "a figure of a part of the contact's, not the whole")
                continue
            printed = count.span.text[: len(count.span.text) - len(count.noun)].strip()
            try:
                figure = StatedFigure(
                    what, PrintedFigure(printed), sources=self.cite(count.excerpt)
                )
            except ValidationError as exc:
                self.unplace(count, f"the model refuses the figure: {exc}")
                continue
            found.setdefault(role, []).append((count, figure))
        figures: dict[str, StatedFigure] = {}
        for role, candidates in found.items():
            if len(candidates) > 1:
                for count, _ in candidates:
                    self.unplace(
                        count,
                        f"one of {len(candidates)} figures of the contact's {role}: "
                        "which is the whole is not said",
                    )
                continue
            ((count, figure),) = candidates
            figures[role] = figure
            pending.mentions.append(count)
        return figures

    # -- petition reports -------------------------------------------------------------------

    def _petition_report(self, event: EventMention) -> list[Record]:
        name = "PetitionReport"
        unit = self.need_unit(name)
        _, e = _bounds(self.text, event.excerpt, event.span)
        lead = self.text[: max(e, _lead_end(self.text))]
        periods = {
            m.group(0): _period_or_none(m) for m in _PERIOD.finditer(self._report_periods(lead))
        }
        distinct = list(dict.fromkeys(p for p in periods.values() if p is not None))
        session, problem = self._session(lead, unit)
        if len(distinct) > 1:
            self.lack(
                name, "period", "the title and lead name several periods: " + ", ".join(periods)
            )
        elif not distinct and session is None and problem is not None:
            self.lack(name, "session", *problem)
        elif not distinct and _SESSION.search(lead) is None:
            self.lack(name, "period", "the title and lead name no period and no session")
        noun = self._noun(event)
        if unit is None or len(distinct) > 1 or (not distinct and session is None) or noun is None:
            return []
        period = distinct[0] if distinct else None
        if period is not None:
            when = _period_id(period)
        else:
            assert session is not None
            when = session.id.rsplit("/", 1)[-1]
        pending = _Pending(name)
        values: dict[str, Any] = {
            "id": f"{unit.id}/kien-nghi-{when}",
            "unit": unit,
            "period": period,
            "session": session,
            "noun": noun,
            "sources": self.cite(event.excerpt),
        }
        level = _COMPETENCE.search(lead)
        if level is not None:
            competence = _competence(_fold(level["level"]), unit)
            if competence is None:
                self.lack(name, "competence", "which level is meant is not said", None)
                return []
            values["competence"] = competence
        reporter = self.draft.reporter
        if isinstance(reporter, AgencyMention):
            values["reporter"] = self.agency(reporter.kind, unit)
            pending.mentions.append(reporter)
        self._petition_counts(noun, values, pending)
        if not any(values.get(k) for k in ("total", "carried_over", "outcomes")):
            # a report with no figure is no report of results: said missing, not written
            self.lack(
                name,
                "figures",
                "the text gives no figure the report holds (a total: tiếp nhận, trong số, có … "
                "gửi đến; a count or a rate of an outcome: đã giải quyết …, đạt …%)",
                event.span,
            )
            for mention in pending.mentions:  # pragma: no cover - nothing placed
                self.unplace(mention, f"the {name} it belongs to could not be built")
            return []
        made = self.settle(pending, _maker(PetitionReport, values))
        return [] if made is None else [made]

    def _report_periods(self, lead: str) -> str:
        """The lead with the words that name no period of a report blanked, offsets kept.

        A session's name (``kỳ họp giữa năm 2023``), a legislature's term (``khóa X, nhiệm
        kỳ 2021-2026``: the council's, not the report's) and a day (``ngày 08 tháng 12 năm
        2023``, a document's or a meeting's day).
        """
        text = _LEGISLATURE_TERM.sub(lambda m: " " * len(m.group(0)), _without_session_names(lead))
        for date in self.draft.dates:
            if date.day is not None and date.span.end <= len(text):
                s, e = date.span.start, date.span.end
                text = text[:s] + " " * (e - s) + text[e:]
        return text

    def _session(
        self, lead: str, unit: AdminUnit | None
    ) -> tuple[CouncilSession | None, tuple[str, Span] | None]:
        """The one council session the title and lead name with its council and legislature.

        ``Kỳ họp thứ 8 - HĐND tỉnh khóa X``: the session the petitions were sent to, of the
        unit's council (the level named is the unit's), its days not known. Else None, and
        why where the lead names sessions.
        """
        found: dict[tuple[str, str], re.Match[str]] = {}
        for match in _SESSION.finditer(lead):
            # "khoá" and "khóa" are one word in two styles of tone marks
            key = (match["number"].lstrip("0"), _fold(match["legislature"]).replace("oá", "óa"))
            found.setdefault(key, match)
        at = _SESSION_AT.search(lead)
        if not found and at is not None and unit is not None:
            # "Kết quả giám sát việc giải quyết các kiến nghị của cử tri … tại Kỳ họp thứ 15
            # HĐND thành phố khóa X" (26/BC-HĐND, Đà Nẵng, 08/12/2023): the session the
            # report is given at; its petitions were sent to an earlier one, not named.
            span = Span.of(self.text, at.start(), at.end())
            return None, (
                "the session named is the one the report is given at (tại), not the one its "
                "petitions were sent to (gửi đến, trước, sau)",
                span,
            )
        if not found or unit is None:
            return None, None
        first = next(iter(found.values()))
        span = Span.of(self.text, first.start("session"), first.end())
        if len(found) > 1:
            return None, ("the title and lead name several sessions", span)
        (match,) = found.values()
        if _fold(match["level"]) != _fold(unit.kind.noun):
            return None, (f"the session is of the council of another level than {unit}", span)
        try:
            number, legislature = int(match["number"]), parse_legislature(match["legislature"])
            session = CouncilSession(
                f"{unit.id}/ky-hop-{number}-khoa-{legislature}",
                self.agency(AgencyKind.PEOPLES_COUNCIL, unit),
                number=number,
                legislature=legislature,
                sources=self.cite(sentence_at(self.text, match.start("session"), match.end())),
            )
        except (ParseError, ValidationError) as exc:
            return None, (f"the model refuses the session: {exc}", span)
        return session, None

    def _noun(self, event: EventMention) -> CountedNoun | None:
        """What the report counts: the noun of its counts, else the one its event names."""
        nouns = {
            _COUNTED_NOUNS[_petition_key(c.noun)]
            for c in self.draft.counts
            if _petition_key(c.noun) in _COUNTED_NOUNS and _PETITIONS.search(c.excerpt)
        }
        if not nouns and _fold(event.span.text).endswith("kiến nghị"):
            words = _fold(event.span.text)
            if words.endswith("ý kiến, kiến nghị") and "lượt" not in words:
                nouns = {CountedNoun.Y_KIEN_KIEN_NGHI}
            elif "ý kiến" not in words and "nội dung" not in words and "lượt" not in words:
                nouns = {CountedNoun.KIEN_NGHI}
        if len(nouns) == 1:
            return nouns.pop()
        self.lack(
            "PetitionReport",
            "noun",
            "the counts name no one noun the model counts (kiến nghị, ý kiến, nội dung, lượt)"
            if not nouns
            else "the counts name several nouns: " + ", ".join(sorted(n.label for n in nouns)),
            event.span,
        )
        return None

    def _petition_counts(
        self, noun: CountedNoun, values: dict[str, Any], pending: _Pending
    ) -> None:
        text = self.text
        outcomes: dict[str, dict[str, Any]] = {}
        tie: dict[str, Any] = {}  # the joint level's sentence, where its count ends, mentions
        for count in self.draft.counts:
            if _COUNTED_NOUNS.get(_petition_key(count.noun)) is not noun:
                continue
            start, _ = _bounds(text, count.excerpt, count.span)
            before = text[start : count.span.start]
            part = next((p for pattern, p in _PETITION_PARTS if pattern.search(before)), None)
            if part is None and _HAS.search(before) and _SENT.search(text[count.span.end :]):
                part = "total"
            if _CARRIED.search(text[count.span.end :]):
                part = "carried_over"
            if count.qualifier is not None or part is None:
                reason = (
                    f"a bound ('{count.qualifier}')"
                    if count.qualifier is not None
                    else "the words before it do not say what it counts"
                )
                self.unplace(count, reason)
                continue
            if part in ("total", "carried_over"):
                if part in values:
                    self.unplace(count, f"a second {part} of the report")
                    continue
                values[part] = count.value
            else:
                level = outcomes.setdefault(part, {"level": part, "printed": ()})
                if "count" in level:
                    self.unplace(count, f"a second count of '{part}'")
                    continue
                level["count"] = count.value
                level["sources"] = self.cite(count.excerpt)
                if part == _JOINT:
                    tie = {"sentence": count.excerpt, "after": count.span.end, "mentions": [count]}
            pending.mentions.append(count)
        placed: str | None = None  # the sentence of the rates of resolution placed
        joint = outcomes.get(_JOINT)
        for rate in self.draft.rates:
            start, _ = _bounds(text, rate.excerpt, rate.span)
            before = text[start : rate.span.start]
            if joint is not None and self._joint_rate(rate, joint, tie, values.get("total")):
                if rate in tie["mentions"]:
                    pending.mentions.append(rate)
                continue
            why = _resolution_tie(before)
            if why is None and placed not in (None, rate.excerpt):
                why = "a second sentence of rates of resolution"
            if why is not None:
                self.unplace(rate, why)
                continue
            placed = rate.excerpt
            level = outcomes.setdefault("resolved", {"level": "resolved", "printed": ()})
            kind = rate.numerator is not None
            if any(f.is_fraction == kind for f in level["printed"]):
                self.unplace(rate, "a second rate of resolution in its sentence")
                continue
            level["printed"] = (*level["printed"], PrintedFigure(rate.span.text))
            if rate.numerator is not None and "count" not in level:
                level["count"] = rate.numerator
            level.setdefault("sources", self.cite(rate.excerpt))
            pending.mentions.append(rate)
        if joint is not None:
            if len(outcomes) > 1:
                # one scale a report: the joint level is not of the library's four
                for mention in tie["mentions"]:
                    pending.mentions.remove(mention)
                    self.unplace(
                        mention,
                        "'giải quyết và trả lời' is a level of the source's own, and the report "
                        "counts others of the library's outcomes",
                    )
                del outcomes[_JOINT]
            else:
                values["scale"] = _JOINT_SCALE
                values["outcomes"] = (OutcomeCount(**joint),)
                return
        order = [level.code for level in OutcomeScale.default().levels]
        values["outcomes"] = tuple(OutcomeCount(**outcomes[c]) for c in order if c in outcomes)

    def _joint_rate(
        self, rate: Rate, joint: dict[str, Any], tie: dict[str, Any], total: int | None
    ) -> bool:
        """Put a rate on the joint level when its sentence ties them and the counts give it.

        ``trong số 65 …, đã giải quyết và trả lời 58 …, đạt tỷ lệ 89,2%``: the rate after
        the count in its sentence, a percentage that 58 of 65 gives at its printed decimals.
        Else False: the rate is read by the rules of resolution (and unplaced by them).
        """
        counted = joint.get("count")
        sentence = tie.get("sentence")
        if (
            counted is None
            or total is None
            or total == 0
            or rate.numerator is not None
            or sentence != rate.excerpt
            or rate.span.start < tie["after"]
            or not isinstance(rate.value, Decimal)
        ):
            return False
        exponent = rate.value.as_tuple().exponent
        assert isinstance(exponent, int)
        given = (Decimal(counted) / Decimal(total)).quantize(
            Decimal(1).scaleb(exponent), rounding=ROUND_HALF_UP
        )
        if given != rate.value:
            self.unplace(
                rate,
                f"a rate of 'giải quyết và trả lời' that {counted} of {total} does not give "
                f"({str((given * 100).normalize()).replace('.', ',')}%)",
            )
            return True
        joint["printed"] = (*joint["printed"], PrintedFigure(rate.span.text))
        tie["mentions"].append(rate)
        return True


# -- helpers ------------------------------------------------------------------------------


def _post_items(words: str) -> list[str]:
    """The items of a list of posts, as printed.

    A comma, ``và`` or ``cùng`` starts an item only before a post's title or a form of
    address: ``Sở Tài nguyên và Môi trường`` is one body.
    """
    parts = _ITEM_SPLIT.split(words)  # items and, between them, their separators
    items = parts[:1]
    for separator, part in zip(parts[1::2], parts[2::2], strict=True):
        bare = _HONORIFIC.sub("", part).strip()
        if bare != part.strip() or _post_start(bare, 0) > 0:
            items.append(part)
        else:
            items[-1] += separator + part
    return items


def _name_after(text: str, end: int) -> str:
    """The capitalized words (or numbers, ``Quận 5``) printed right after ``end``: a name.

    An abbreviation ends it, as it ends a unit's name (``huyện Ba Vì TXCT xã …``).
    """
    words = []
    for word in re.split(r"[.,;:()\n]", text[end : end + 60], maxsplit=1)[0].split():
        if not (word[0].isupper() or word.isdigit()) or (len(word) > 1 and word.isupper()):
            break
        words.append(word)
    return " ".join(words)


def _resolution_tie(before: str) -> str | None:
    """Why the words before a rate do not make it a rate of resolution; None if they do.

    The words must say ``giải quyết`` (not ``chưa``, ``đang giải quyết``), of the whole
    report (not ``Đối với …``, ``trước kỳ họp``), with no verb of another outcome or of
    handling beside it (``tiếp thu, xem xét giải quyết và trả lời đạt 100%`` is a rate of
    all the answers).
    """
    if not _RESOLVED.search(before) or _NOT_YET.search(before):
        return "the words before it do not say it is a rate of resolution"
    if _PART.search(before):
        return _OF_A_PART
    other = _NOT_RESOLUTION.search(before)
    if other is not None:
        return f"a rate of '{other.group(0)}' too, not of resolution alone"
    return None


def _without_session_names(text: str) -> str:
    """The text with the words naming a session (``kỳ họp giữa``) blanked, offsets kept."""
    return _SESSION_NAME.sub(lambda m: " " * len(m.group(0)), text)


def _maker(cls: Callable[..., Record], values: dict[str, Any]) -> Callable[[], Record]:
    return lambda: cls(**values)


def _clean(words: str) -> str:
    """Words without the spaces and the marks that end or start a clause around them."""
    return words.strip().strip(",:;-–…").strip()


def _items(count: Count) -> list[str]:
    """The things a count names, as printed (without the spaces around them)."""
    return [words for words in (_clean(i.span.text) for i in count.items) if words]


def _years(sentence: str) -> set[int]:
    """The years a sentence names (``năm 2019``), from 1900 to 2100 as the dates read.

    A year in a session's name (``kỳ họp giữa năm 2023``) is the session's, not one the
    sentence's figures are of.
    """
    years = map(int, _YEAR.findall(_without_session_names(sentence)))
    return {y for y in years if 1900 <= y <= 2100}


def _period_or_none(match: re.Match[str]) -> ReportingPeriod | None:
    try:
        return _period(match)
    except ValidationError:
        return None


def _span_of(mention: object) -> Span:
    if isinstance(mention, PersonPost):
        return mention.post_span
    span = getattr(mention, "span", None)
    assert isinstance(span, Span)
    return span


def _sentence(text: str, span: Span) -> str:
    return sentence_at(text, span.start, span.end)


def _competence(level: str, unit: AdminUnit) -> Competence | None:
    """The competence a level word names for petitions of ``unit``; None if not said."""
    if level == "trung ương":
        return Competence.CENTRAL
    if level == "tỉnh":
        return Competence.PROVINCE
    if level in ("huyện", "quận", "thị xã"):
        return Competence.DISTRICT
    if level in ("xã", "phường", "thị trấn"):
        return Competence.COMMUNE
    # "thành phố": a centrally run city (the province level) or a city of a province (the
    # district level): said by the unit, or by the unit above it.
    for candidate in (unit, *unit.ancestors()):
        if candidate.kind is UnitKind.CENTRAL_CITY:
            return Competence.PROVINCE
        if candidate.kind is UnitKind.PROVINCIAL_CITY:
            return Competence.DISTRICT
    return None


def _petition_rates(rates: list[Rate], values: dict[str, Any]) -> str | None:
    """Put a sentence's rates on a meeting's petition figures; a reason if one cannot go."""
    for rate in rates:
        sentence = rate.excerpt
        answered = bool(_ANSWERED.search(sentence))
        resolved = bool(_RESOLVED.search(sentence)) and not _NOT_YET.search(sentence)
        if answered == resolved:
            return "the sentence does not say whether it is a rate of resolution or of answers"
        if rate.numerator is not None:
            top = "answered" if answered else "resolved"
            if top in values or "received" in values:
                return "two figures of one count in a sentence"
            values[top], values["received"] = rate.numerator, rate.denominator
            continue
        name = "printed_answered_rate" if answered else "printed_rate"
        if name in values:
            return "two printed rates of one kind in a sentence"
        values[name] = PrintedFigure(rate.span.text)
    return None


def _read_post(printed: str, unit: AdminUnit) -> tuple[Title, AgencyKind, AdminUnit] | str:
    """The title, kind of body and unit a printed post names, or why it names none."""
    post = _fold(printed)
    member = re.fullmatch(r"(thành|tỉnh|quận|huyện|thị) ủy viên", post)
    if member is not None:
        found = _party_unit(member[1], unit, printed)
        return (
            found if isinstance(found, str) else (Title.MEMBER, AgencyKind.PARTY_COMMITTEE, found)
        )
    titled = next(((w, t) for w, t in _TITLES if post.startswith(w + " ")), None)
    if titled is None:
        return f"'{printed}': not a title the model knows"
    rest, title = post[len(titled[0]) + 1 :], titled[1]
    if title in (Title.CHIEF_OF_OFFICE, Title.DEPUTY_CHIEF_OF_OFFICE):
        rest = "văn phòng " + rest
    party = re.fullmatch(r"(thành|tỉnh|quận|huyện|thị) ủy(?: (.+))?", rest)
    if party is not None:
        found = _party_unit(party[1], unit, printed)
        if isinstance(found, str):
            return found
        if party[2] is not None and _fold(found.name) != party[2]:
            return f"'{printed}': a unit the text does not name as its own"
        return title, AgencyKind.PARTY_COMMITTEE, found
    standing = _STANDING_MEMBER.fullmatch(rest) if title is Title.MEMBER else None
    if standing is not None:
        # "Ủy viên Thường trực HĐND tỉnh": a member of the council's Thường trực (Luật Tổ
        # chức HĐND và UBND 2003, Điều 53: Chủ tịch, Phó Chủ tịch và Ủy viên thường trực;
        # in force until 31/12/2015, replaced by Luật Tổ chức chính quyền địa phương 2015)
        where = standing.group(1)
        place = None if where is None else _unit_named(where, unit)
        if place is None:
            return f"'{printed}': a unit the text does not name as its own or the one above"
        return title, AgencyKind.COUNCIL_STANDING_COMMITTEE, place
    for pattern, kind in _POST_BODIES:
        body = re.match(f"(?:{pattern})(?: (.+))?$", rest)
        if body is None:
            later = re.search(rf"(?<!\w)(?:{pattern})(?!\w)", rest)
            if later is not None:
                # words between the title and a body the model knows qualify the title
                # ("Phó Chủ tịch Thường trực HĐND huyện"): a post the model does not have
                words = len(titled[0].split()) + len(rest[: later.start()].split())
                qualified = " ".join(printed.split()[:words])
                return f"'{printed}': not a post the model knows ('{qualified}')"
            continue
        where = body.group(1)
        if where is None:
            return f"'{printed}': the post does not say of which unit"
        place = _unit_named(where, unit)
        if place is None:
            return f"'{printed}': a unit the text does not name as its own or the one above"
        return title, kind, place
    return f"'{printed}': not a body the model knows"


def _unit_named(words: str, unit: AdminUnit) -> AdminUnit | None:
    """The unit (or one above it) that ``words`` name: its level word, with or without its name."""
    for candidate in (unit, *unit.ancestors()):
        noun = _fold(candidate.kind.noun)
        if words in (noun, f"{noun} {_fold(candidate.name)}"):
            return candidate
    return None


def _party_unit(level: str, unit: AdminUnit, printed: str) -> AdminUnit | str:
    """The unit whose Party committee a level word names (``Quận ủy``: the quận)."""
    kinds = _PARTY_LEVELS[level]
    for candidate in (unit, *unit.ancestors()):
        if candidate.kind in kinds:
            return candidate
    return (
        f"'{printed}': the Party committee of no unit the text names (give the units above "
        f"{unit} with units=)"
    )
