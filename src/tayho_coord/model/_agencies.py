"""Agencies: the council, the committee, the front, their sub-bodies and other offices."""

from __future__ import annotations

import enum

from attrs import field, frozen

from tayho_coord.errors import ValidationError
from tayho_coord.model._provenance import Citation, ref_repr
from tayho_coord.model._units import AdminUnit, UnitKind
from tayho_coord.model._validators import optional_non_empty, slug_id

__all__ = ["Agency", "AgencyKind"]


class AgencyKind(enum.Enum):
    """The kinds of agency a coordination program, a hearing or an oversight names.

    Besides the bodies of the state and the Front, the Front's member organisations (Đoàn
    TNCS Hồ Chí Minh, Hội Liên hiệp Phụ nữ, Hội Nông dân, Hội Cựu chiến binh, Liên đoàn Lao
    động), the Party committee and a steering committee (Ban Chỉ đạo, always with the name
    its source gives) lead or join oversight and coordination. The National Assembly's
    delegation of a province (Đoàn đại biểu Quốc hội tỉnh) is a body of that province.

    The committees (Ban) of a council are those Luật Tổ chức chính quyền địa phương 2015
    names for its level: a province's council has Ban Pháp chế, Ban Kinh tế - Ngân sách,
    Ban Văn hóa - Xã hội (Điều 18; a centrally run city's also Ban Đô thị, Điều 39), a
    district's Ban Pháp chế and Ban Kinh tế - Xã hội (Điều 25, Điều 46); where many of its
    people are of ethnic minorities a council also has a Ban Dân tộc (Điều 18, Điều 25).
    A commune's council of the 2025 reform has a Ban Kinh tế - Ngân sách too (xã Tây Hồ,
    Đà Nẵng, 2025). A Ban Kinh tế - Xã hội of a province's council, or a Ban Kinh tế - Ngân
    sách of a district's, is refused.

    The value is a stable identifier used in data files.

    Examples:
        >>> AgencyKind.PEOPLES_COUNCIL.abbreviation
        'HĐND'
        >>> AgencyKind.COUNCIL_LEGAL_COMMITTEE.parent_kind
        <AgencyKind.PEOPLES_COUNCIL: 'peoples_council'>
        >>> from tayho_coord.model import AdminUnit, UnitKind
        >>> hp = AdminUnit("hai-phong", UnitKind.CENTRAL_CITY, "Hải Phòng")
        >>> Agency("hai-phong/thanh-doan", AgencyKind.YOUTH_UNION, hp).short_name
        'Đoàn TNCS Hồ Chí Minh thành phố Hải Phòng'
    """

    PEOPLES_COUNCIL = "peoples_council"
    PEOPLES_COMMITTEE = "peoples_committee"
    FATHERLAND_FRONT = "fatherland_front"
    COUNCIL_STANDING_COMMITTEE = "council_standing_committee"
    COUNCIL_LEGAL_COMMITTEE = "council_legal_committee"
    COUNCIL_ECONOMIC_SOCIAL_COMMITTEE = "council_economic_social_committee"
    COUNCIL_CULTURAL_SOCIAL_COMMITTEE = "council_cultural_social_committee"
    COUNCIL_URBAN_COMMITTEE = "council_urban_committee"
    COUNCIL_ECONOMIC_BUDGET_COMMITTEE = "council_economic_budget_committee"
    COUNCIL_ETHNIC_COMMITTEE = "council_ethnic_committee"
    FRONT_STANDING_BOARD = "front_standing_board"
    COUNCIL_COMMITTEE_OFFICE = "council_committee_office"
    POLICE = "police"
    LAND_REGISTRATION_OFFICE = "land_registration_office"
    PARTY_COMMITTEE = "party_committee"
    NATIONAL_ASSEMBLY = "national_assembly"
    NATIONAL_ASSEMBLY_STANDING_COMMITTEE = "national_assembly_standing_committee"
    PETITIONS_COMMITTEE = "petitions_committee"
    YOUTH_UNION = "youth_union"
    WOMENS_UNION = "womens_union"
    FARMERS_UNION = "farmers_union"
    VETERANS_ASSOCIATION = "veterans_association"
    LABOUR_FEDERATION = "labour_federation"
    STEERING_COMMITTEE = "steering_committee"
    NATIONAL_ASSEMBLY_DELEGATION = "national_assembly_delegation"

    @property
    def is_national(self) -> bool:
        """Whether the body exists only at the national level (Quốc hội and its bodies)."""
        return self in _NATIONAL

    @property
    def parent_kind(self) -> AgencyKind | None:
        """The kind of body a sub-body belongs to; None for a body of the unit itself."""
        return _PARENT_KINDS.get(self)

    @property
    def abbreviation(self) -> str | None:
        """The usual abbreviation of the three main bodies (HĐND, UBND, UBMTTQ)."""
        return _ABBREVIATIONS.get(self)

    @property
    def is_main_body(self) -> bool:
        """Whether this is the council, the committee or the front."""
        return self in _ABBREVIATIONS


_ABBREVIATIONS = {
    AgencyKind.PEOPLES_COUNCIL: "HĐND",
    AgencyKind.PEOPLES_COMMITTEE: "UBND",
    AgencyKind.FATHERLAND_FRONT: "UBMTTQ",
}

_NATIONAL = frozenset(
    {
        AgencyKind.NATIONAL_ASSEMBLY,
        AgencyKind.NATIONAL_ASSEMBLY_STANDING_COMMITTEE,
        AgencyKind.PETITIONS_COMMITTEE,
    }
)

# The bodies a country has besides its national ones: the Front's central committee and the
# Party's central bodies (named, as the Party committee of any unit the model cannot name).
_ALSO_NATIONAL = frozenset({AgencyKind.FATHERLAND_FRONT, AgencyKind.PARTY_COMMITTEE})

# Kinds with no name of their own: the source's name is needed ("Ban Chỉ đạo Xây dựng và
# Thực hiện Quy chế dân chủ ở cơ sở" of Thành ủy Hà Nội; a city has several Ban Chỉ đạo).
_NAMED_ONLY = frozenset({AgencyKind.STEERING_COMMITTEE})

_PARENT_KINDS = {
    AgencyKind.NATIONAL_ASSEMBLY_STANDING_COMMITTEE: AgencyKind.NATIONAL_ASSEMBLY,
    AgencyKind.PETITIONS_COMMITTEE: AgencyKind.NATIONAL_ASSEMBLY_STANDING_COMMITTEE,
    AgencyKind.COUNCIL_STANDING_COMMITTEE: AgencyKind.PEOPLES_COUNCIL,
    AgencyKind.COUNCIL_LEGAL_COMMITTEE: AgencyKind.PEOPLES_COUNCIL,
    AgencyKind.COUNCIL_ECONOMIC_SOCIAL_COMMITTEE: AgencyKind.PEOPLES_COUNCIL,
    AgencyKind.COUNCIL_CULTURAL_SOCIAL_COMMITTEE: AgencyKind.PEOPLES_COUNCIL,
    AgencyKind.COUNCIL_URBAN_COMMITTEE: AgencyKind.PEOPLES_COUNCIL,
    AgencyKind.COUNCIL_ECONOMIC_BUDGET_COMMITTEE: AgencyKind.PEOPLES_COUNCIL,
    AgencyKind.COUNCIL_ETHNIC_COMMITTEE: AgencyKind.PEOPLES_COUNCIL,
    AgencyKind.FRONT_STANDING_BOARD: AgencyKind.FATHERLAND_FRONT,
}

# (full form, short form) of the name before the unit.  Nghị định 30/2020/NĐ-CP, Phụ lục II:
# the words naming the kind and function of a body are capitalized ("Hội đồng nhân dân
# tỉnh Sơn La"); the unit keeps its lowercase common noun.
_NAMES: dict[AgencyKind, tuple[str, str]] = {
    AgencyKind.PEOPLES_COUNCIL: ("Hội đồng nhân dân", "HĐND"),
    AgencyKind.PEOPLES_COMMITTEE: ("Ủy ban nhân dân", "UBND"),
    AgencyKind.FATHERLAND_FRONT: ("Ủy ban Mặt trận Tổ quốc Việt Nam", "UBMTTQ Việt Nam"),
    AgencyKind.COUNCIL_STANDING_COMMITTEE: (
        "Thường trực Hội đồng nhân dân",
        "Thường trực HĐND",
    ),
    AgencyKind.COUNCIL_LEGAL_COMMITTEE: ("Ban Pháp chế Hội đồng nhân dân", "Ban Pháp chế HĐND"),
    # Two words of a committee's name are joined by a hyphen between spaces, as the law
    # and the councils write them: "Ban kinh tế - ngân sách" (Luật Tổ chức chính quyền địa
    # phương 2015, Điều 18), "Ban Văn hóa - Xã hội Hội đồng nhân dân Tỉnh" (Bình Dương,
    # http://mb.btv.org.vn/tin-tuc/ban-van-hoa-xa-hoi-ban-kinh-te-ngan-sach-chuan-bi-noi-
    # dung-trinh-ky-hop-thu-16-cua-hdnd-tinh-binh-duong-97192.html), "Ban Kinh tế - Ngân
    # sách HĐND tỉnh" (Bình Dương 2023); not an en dash.
    AgencyKind.COUNCIL_ECONOMIC_SOCIAL_COMMITTEE: (
        "Ban Kinh tế - Xã hội Hội đồng nhân dân",
        "Ban Kinh tế - Xã hội HĐND",
    ),
    AgencyKind.COUNCIL_CULTURAL_SOCIAL_COMMITTEE: (
        "Ban Văn hóa - Xã hội Hội đồng nhân dân",
        "Ban Văn hóa - Xã hội HĐND",
    ),
    AgencyKind.COUNCIL_ECONOMIC_BUDGET_COMMITTEE: (
        "Ban Kinh tế - Ngân sách Hội đồng nhân dân",
        "Ban Kinh tế - Ngân sách HĐND",
    ),
    AgencyKind.COUNCIL_ETHNIC_COMMITTEE: ("Ban Dân tộc Hội đồng nhân dân", "Ban Dân tộc HĐND"),
    AgencyKind.COUNCIL_URBAN_COMMITTEE: ("Ban Đô thị Hội đồng nhân dân", "Ban Đô thị HĐND"),
    AgencyKind.FRONT_STANDING_BOARD: (
        "Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam",
        "Ban Thường trực UBMTTQ Việt Nam",
    ),
    AgencyKind.COUNCIL_COMMITTEE_OFFICE: (
        "Văn phòng Hội đồng nhân dân và Ủy ban nhân dân",
        "Văn phòng HĐND và UBND",
    ),
    AgencyKind.POLICE: ("Công an", "Công an"),
    AgencyKind.LAND_REGISTRATION_OFFICE: ("Văn phòng đăng ký đất đai", "Văn phòng đăng ký đất đai"),
    # The national bodies are named without a unit. Ban Dân nguyện is a body of the Ủy ban
    # Thường vụ Quốc hội ("Trưởng Ban Dân nguyện thuộc Uỷ ban Thường vụ Quốc hội",
    # https://hanoionline.vn/97-8-kien-nghi-cua-cu-tri-da-duoc-giai-quyet-tra-loi-274343.htm);
    # a body of another name (the 2025 reorganisation renamed it) gives it in ``name``.
    AgencyKind.NATIONAL_ASSEMBLY: ("Quốc hội", "Quốc hội"),
    AgencyKind.NATIONAL_ASSEMBLY_STANDING_COMMITTEE: (
        "Ủy ban Thường vụ Quốc hội",
        "Ủy ban Thường vụ Quốc hội",
    ),
    AgencyKind.PETITIONS_COMMITTEE: ("Ban Dân nguyện", "Ban Dân nguyện"),
    # The Front's member organisations, named and abbreviated before the unit as sources
    # write them:
    # "giám sát của Đoàn TNCS Hồ Chí Minh thành phố" (Kế hoạch 246-KH/TĐTN-TCKT, Thành đoàn
    # Hải Phòng, https://thanhdoanhaiphong.gov.vn/chuyen-muc-nc5517.html?page=3);
    # "Đoàn Thanh niên Cộng sản Hồ Chí Minh, Hội Liên hiệp phụ nữ Việt Nam, Hội Cựu chiến
    # binh Việt Nam" (https://husta.org/at-viet-nam-nam-2015_s4rnsbaxsxc4xxismqekyk/);
    # "Hội LHPN tỉnh Hải Dương" (http://hoilhpn.org.vn/web/guest/tin-chi-tiet/-/chi-tiet/
    # hoi-lhpn-tinh-hai-duong-kiem-tra-phong-trao-phu-nu-6-thang-%C4%91au-nam-11267-2401.html);
    # "HND tỉnh Bắc Giang", "Hội Nông dân tỉnh Bắc Giang" (https://hoinongdan.bacgiang.gov.vn/
    # 18192-hnd-tinh-bac-giang-ky-ket-chuong-trinh-phoi-hop-voi-hnd-thanh-pho-ha-noi-giai-doan-
    # 2013-2018.html); "Hội CCB tỉnh Khánh Hòa" (http://cuuchienbinh.vn/hoi-ccb/);
    # "Liên đoàn Lao động tỉnh Tây Ninh", "LĐLĐ tỉnh" (https://congdoantayninh.org.vn/
    # index.php/2020/10/09/ban-thuong-vu-lien-doan-lao-dong-tinh-tay-ninh-to-chuc-thuc-hien-
    # giam-sat-nam-2020/). Nghị định 30/2020/NĐ-CP, Phụ lục II: the words naming the kind of
    # organisation are capitalized ("Hội Liên hiệp Phụ nữ").
    AgencyKind.YOUTH_UNION: ("Đoàn Thanh niên Cộng sản Hồ Chí Minh", "Đoàn TNCS Hồ Chí Minh"),
    AgencyKind.WOMENS_UNION: ("Hội Liên hiệp Phụ nữ", "Hội LHPN"),
    AgencyKind.FARMERS_UNION: ("Hội Nông dân", "HND"),
    AgencyKind.VETERANS_ASSOCIATION: ("Hội Cựu chiến binh", "Hội CCB"),
    AgencyKind.LABOUR_FEDERATION: ("Liên đoàn Lao động", "LĐLĐ"),
    # A steering committee is always named by the source (``name``): "Ban Chỉ đạo Xây dựng
    # và Thực hiện quy chế dân chủ ở cơ sở Thành ủy Hà Nội … Kế hoạch số 59-KH/BCĐ"
    # (https://hanoi.gov.vn/chidaodieuhanh/-/hn/t0gZB5w6V7Wh/3501/2826138/10/thanh-lap-5-oan-
    # kiem-tra-thuc-hien-quy-che-dan-chu-o-co-so-nam-2019.html); the kind's own words are
    # what every one of them starts with.
    AgencyKind.STEERING_COMMITTEE: ("Ban Chỉ đạo", "BCĐ"),
    # The National Assembly's delegation of a province: "Đoàn đại biểu Quốc hội là tổ chức
    # của các đại biểu Quốc hội được bầu tại một tỉnh, thành phố trực thuộc trung ương"
    # (Luật Tổ chức Quốc hội 2014, Điều 43); "Đoàn ĐBQH tỉnh Quảng Trị"
    # (https://quochoi.quangtri.gov.vn/tin-tuc-moi/doan-dbqh-tinh-quang-tri-bao-cao-ket-qua-
    # ky-hop-thu-6-quoc-hoi-khoa-xv-386.html). A body of the province, a party to its Quy chế
    # (Bình Phước 2021-2026).
    AgencyKind.NATIONAL_ASSEMBLY_DELEGATION: ("Đoàn đại biểu Quốc hội", "Đoàn ĐBQH"),
}

# The Front's committee of the country is its central committee: "Nghị quyết Liên tịch số
# 19/2008/NQLT/CP-UBTUMTTQVN ... của Chính phủ và Ủy ban Trung ương Mặt trận Tổ quốc Việt
# Nam", as the Đắk Lắk Quy chế 01/QCPH/UBND-UBMTTQ cites it (tests/records/real_records.py).
_CENTRAL_FRONT = ("Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam", "Ủy ban Trung ương MTTQ Việt Nam")

# The Party committee of a unit is named after the unit's common noun: Quận ủy Tây Hồ,
# Thành ủy Hà Nội, Tỉnh ủy Sơn La, Huyện ủy…, Đảng ủy phường/xã.
_PROVINCIAL = frozenset({UnitKind.PROVINCE, UnitKind.CENTRAL_CITY})
_DISTRICT = frozenset(
    {
        UnitKind.URBAN_DISTRICT,
        UnitKind.RURAL_DISTRICT,
        UnitKind.DISTRICT_TOWN,
        UnitKind.PROVINCIAL_CITY,
    }
)

# A committee a council of these units does not have, and the one it has instead (Luật Tổ
# chức chính quyền địa phương 2015: Điều 18 and 39 for a province's council, Điều 25 and 46
# for a district's).
_NOT_AT: dict[AgencyKind, tuple[frozenset[UnitKind], str]] = {
    AgencyKind.COUNCIL_ECONOMIC_SOCIAL_COMMITTEE: (
        _PROVINCIAL,
        "a province's council has a Ban Kinh tế - Ngân sách, not a Ban Kinh tế - Xã hội "
        "(Luật Tổ chức chính quyền địa phương 2015, Điều 18, Điều 39): "
        "council_economic_budget_committee",
    ),
    AgencyKind.COUNCIL_ECONOMIC_BUDGET_COMMITTEE: (
        _DISTRICT,
        "a district's council has a Ban Kinh tế - Xã hội, not a Ban Kinh tế - Ngân sách "
        "(Luật Tổ chức chính quyền địa phương 2015, Điều 25, Điều 46): "
        "council_economic_social_committee",
    ),
}

# The words after a council's committee's own name ("Ban Kinh tế - Ngân sách"), in the full
# and the short name.
_COUNCIL_WORDS = ("Hội đồng nhân dân", "HĐND")

_PARTY_COMMITTEE = {
    UnitKind.PROVINCE: "Tỉnh ủy",
    UnitKind.CENTRAL_CITY: "Thành ủy",
    UnitKind.PROVINCIAL_CITY: "Thành ủy",
    UnitKind.URBAN_DISTRICT: "Quận ủy",
    UnitKind.RURAL_DISTRICT: "Huyện ủy",
    UnitKind.DISTRICT_TOWN: "Thị ủy",
}


@frozen
class Agency:
    """A body of a unit's government or of its Fatherland Front, or an office they name.

    Attributes:
        id: Identifier, unique within a data file (``ha-noi/tay-ho/hdnd``).
        kind: The kind of body.
        unit: The administrative unit it belongs to.
        parent: The body a sub-body belongs to (Ban Pháp chế → HĐND); None otherwise.
        name: The name where it differs from the one the kind gives (without the unit).
            A body of a council is named by its own words ("Ban Kinh tế - Ngân sách"):
            ``Hội đồng nhân dân`` (``HĐND`` in the short name) is written after them and
            before the unit, as for a name the kind gives; a name that ends with them
            already is taken as it is.
        sources: Where the facts about it come from.

    Examples:
        >>> from tayho_coord.model import AdminUnit, UnitKind
        >>> th = AdminUnit("tay-ho", UnitKind.URBAN_DISTRICT, "Tây Hồ")
        >>> front = Agency("tay-ho/mttq", AgencyKind.FATHERLAND_FRONT, th)
        >>> front.full_name
        'Ủy ban Mặt trận Tổ quốc Việt Nam quận Tây Hồ'
        >>> front.short_name
        'UBMTTQ Việt Nam quận Tây Hồ'
        >>> front.common_name
        'Ủy ban MTTQ Việt Nam quận'
        >>> council = Agency("tay-ho/hdnd", AgencyKind.PEOPLES_COUNCIL, th)
        >>> legal = Agency("tay-ho/hdnd/bpc", AgencyKind.COUNCIL_LEGAL_COMMITTEE, th, council)
        >>> legal.short_name
        'Ban Pháp chế HĐND quận Tây Hồ'
    """

    id: str = field(validator=slug_id)
    kind: AgencyKind
    unit: AdminUnit = field(repr=ref_repr)
    parent: Agency | None = field(default=None, repr=ref_repr)
    name: str | None = field(default=None, validator=optional_non_empty)
    sources: tuple[Citation, ...] = field(default=(), repr=False)

    def __attrs_post_init__(self) -> None:
        wanted = self.kind.parent_kind
        if wanted is None and self.parent is not None:
            raise ValidationError(
                "parent", self.parent.id, f"a {self.kind.value} is not a sub-body of another body"
            )
        if wanted is not None:
            if self.parent is None:
                raise ValidationError(
                    "parent", None, f"a {self.kind.value} needs its {wanted.value} as parent"
                )
            if self.parent.kind is not wanted:
                raise ValidationError(
                    "parent",
                    self.parent.id,
                    f"a {self.kind.value} belongs to a {wanted.value}, "
                    f"not a {self.parent.kind.value}",
                )
            if self.parent.unit != self.unit:
                raise ValidationError(
                    "parent",
                    self.parent.id,
                    f"belongs to {self.parent.unit.id}, not {self.unit.id}",
                )
        if (
            self.kind is AgencyKind.NATIONAL_ASSEMBLY_DELEGATION
            and self.unit.kind not in _PROVINCIAL
        ):
            raise ValidationError(
                "kind",
                self.kind.value,
                f"{self.unit.id}: a delegation of the National Assembly is of a province or a "
                "centrally run city (Luật Tổ chức Quốc hội 2014, Điều 43)",
            )
        refused = _NOT_AT.get(self.kind)
        if refused is not None and self.unit.kind in refused[0]:
            raise ValidationError("kind", self.kind.value, f"{self.unit.id}: {refused[1]}")
        country = self.unit.kind is UnitKind.COUNTRY
        if self.kind.is_national and not country:
            raise ValidationError(
                "kind", self.kind.value, f"is a national body, not one of {self.unit.id}"
            )
        if country and not (self.kind.is_national or self.kind in _ALSO_NATIONAL):
            raise ValidationError(
                "kind", self.kind.value, f"is a body of a local unit, not of {self.unit.id}"
            )
        if (
            self.kind is AgencyKind.PARTY_COMMITTEE
            and self.name is None
            and self.unit.kind not in _PARTY_COMMITTEE
        ):
            raise ValidationError(
                "name", None, f"the Party committee of a {self.unit.kind.value} needs a name"
            )
        if self.kind in _NAMED_ONLY and self.name is None:
            raise ValidationError(
                "name",
                None,
                f"a {self.kind.value} needs its name as the source gives it "
                "(Ban Chỉ đạo Xây dựng và Thực hiện Quy chế dân chủ ở cơ sở)",
            )

    def _base(self, short: bool) -> str:
        if self.name is not None:
            if self.kind.parent_kind is not AgencyKind.PEOPLES_COUNCIL:
                return self.name
            # A council's body is named "of the council" whatever its own name: the words
            # are written after the name given, unless it ends with them already.
            own = self.name
            for words in _COUNCIL_WORDS:
                if own.endswith(f" {words}"):
                    own = own[: -len(words) - 1]
                    break
            return f"{own} {_COUNCIL_WORDS[1 if short else 0]}"
        if self.kind is AgencyKind.PARTY_COMMITTEE:
            return _PARTY_COMMITTEE[self.unit.kind]
        if self.kind is AgencyKind.FATHERLAND_FRONT and self._central:
            return _CENTRAL_FRONT[1 if short else 0]
        return _NAMES[self.kind][1 if short else 0]

    @property
    def _central(self) -> bool:
        """Whether the body is named without its unit: a national body, the central Front."""
        return self.unit.kind is UnitKind.COUNTRY

    @property
    def full_name(self) -> str:
        """The official name: ``Hội đồng nhân dân quận Tây Hồ``.

        A national body is named alone (``Quốc hội``, ``Ủy ban Thường vụ Quốc hội``, ``Ban
        Dân nguyện``), as is the Front's central committee.
        """
        if self._central:
            return self._base(False)
        if self.kind is AgencyKind.PARTY_COMMITTEE and self.name is None:
            return f"{self._base(False)} {self.unit.name}"
        return f"{self._base(False)} {self.unit}"

    @property
    def short_name(self) -> str:
        """The name with the usual abbreviations: ``HĐND quận Tây Hồ``."""
        if self._central:
            return self._base(True)
        if self.kind is AgencyKind.PARTY_COMMITTEE and self.name is None:
            return f"{self._base(True)} {self.unit.name}"
        return f"{self._base(True)} {self.unit}"

    @property
    def common_name(self) -> str:
        """The name as reports of the unit itself write it, without the unit's own name.

        ``Ủy ban MTTQ Việt Nam quận``, ``HĐND quận``, ``Quận ủy``; a national body by its
        short name (``Quốc hội``, ``Ban Dân nguyện``).
        """
        if self._central:
            return self._base(True)
        if self.kind is AgencyKind.PARTY_COMMITTEE and self.name is None:
            return self._base(True)
        base = self._base(True)
        if self.kind is AgencyKind.FATHERLAND_FRONT:
            base = "Ủy ban MTTQ Việt Nam"
        elif self.kind is AgencyKind.FRONT_STANDING_BOARD:
            base = "Ban Thường trực Ủy ban MTTQ Việt Nam"
        return f"{base} {self.unit.kind.noun}"

    def __str__(self) -> str:
        return self.full_name

    @property
    def body(self) -> Agency:
        """The main body this agency is, or belongs to (itself for a main body)."""
        agency = self
        while agency.parent is not None:
            agency = agency.parent
        return agency
