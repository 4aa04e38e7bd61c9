"""audit(stats) and the FigureWarning PetitionStats emits when it is built."""

from __future__ import annotations

import warnings

import pytest

from tayho_coord.audit import AuditFinding, RateCheck, SumCheck, Verdict, audit
from tayho_coord.errors import FigureWarning, ValidationError
from tayho_coord.model import (
    AdminUnit,
    Competence,
    PartialDate,
    PetitionStats,
    PrintedFigure,
    UnitKind,
)

HN = AdminUnit("ha-noi", UnitKind.CENTRAL_CITY, "Hà Nội")
TH = AdminUnit("ha-noi/tay-ho", UnitKind.URBAN_DISTRICT, "Tây Hồ", parent=HN)
Y2019 = PartialDate(2019)


def stats(**kwargs: object) -> PetitionStats:
    return PetitionStats(TH, Y2019, **kwargs)  # type: ignore[arg-type]


def quiet(**kwargs: object) -> PetitionStats:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", FigureWarning)
        return stats(**kwargs)


def test_seed_figure_alone_has_nothing_to_check() -> None:
    # The seed prints only "(56,82%)" for petitions "thuộc thẩm quyền cấp quận": no counts,
    # so no check applies and building it warns nothing (filterwarnings = error).
    seed = stats(competence=Competence.DISTRICT, printed_rate=PrintedFigure("56,82%"))
    assert audit(seed) == []
    assert seed.resolution_rate is None


def test_consistent_figures_pass() -> None:
    s = stats(
        received=44,
        answered=44,
        resolved=25,
        in_progress=10,
        explained=5,
        unresolved=4,
        unresolved_objective=1,
        printed_rate=PrintedFigure("56,82%"),
        printed_answered_rate=PrintedFigure("100%"),
    )
    found = audit(s)
    # The subject names the counts checked; the message names the whole they make up.
    assert [f.subject for f in found] == [
        "resolved + in_progress + explained + unresolved",
        "printed_rate",
        "printed_answered_rate",
    ]
    assert all(f.ok for f in found)
    assert str(found[0]) == (
        "resolved + in_progress + explained + unresolved: 25 (đã giải quyết xong) + 10 (đang "
        "giải quyết) + 5 (đã giải trình, cung cấp thông tin) + 4 (chưa giải quyết) = 44, the "
        "total 44 received"
    )
    assert isinstance(found[1].check, RateCheck)
    assert isinstance(found[0].check, SumCheck)


def test_wrong_rate_warns_and_keeps_the_data() -> None:
    # 25/44 rounds half-up to 56,82% (Luật Kế toán Điều 17); 57,82% does not follow.
    with pytest.warns(FigureWarning) as record:
        s = stats(received=44, resolved=25, printed_rate=PrintedFigure("57,82%"))
    messages = [str(w.message) for w in record]
    assert messages == [
        "printed_rate: '57,82%' does not follow from 25/44: "
        "rounded half-up to 2 decimals it prints '56,82%'"
    ]
    assert s.printed_rate == PrintedFigure("57,82%")
    assert s.received == 44
    assert s.resolved == 25


def test_truncated_rate_warns() -> None:
    # 9789/10000 = 97,89% truncated to 97,8%; rounded half-up it is 97,9%.
    with pytest.warns(FigureWarning, match="truncated to 1 decimal"):
        s = stats(received=10000, resolved=9789, printed_rate=PrintedFigure("97,8%"))
    (finding,) = [f for f in audit(s) if f.subject == "printed_rate"]
    assert isinstance(finding.check, RateCheck)
    assert finding.check.verdict is Verdict.TRUNCATED


def test_rate_over_another_total_names_that_total() -> None:
    # 25 resolved of 50 received is 50%; the printed 56,82% is 25 of 44 (as in the seed's
    # figure): the report divided by another total.
    with pytest.warns(FigureWarning) as record:
        stats(received=50, resolved=25, printed_rate=PrintedFigure("56,82%"))
    assert [str(w.message) for w in record] == [
        "printed_rate: '56,82%' does not follow from 25/50: rounded half-up to 2 decimals it "
        "prints '50,00%' (25 of a total of 44 would print it)"
    ]


def test_parts_that_do_not_sum_warn() -> None:
    with pytest.warns(FigureWarning) as record:
        s = stats(received=44, resolved=25, in_progress=10, explained=5, unresolved=5)
    assert [str(w.message) for w in record] == [
        "resolved + in_progress + explained + unresolved: 25 (đã giải quyết xong) + 10 (đang "
        "giải quyết) + 5 (đã giải trình, cung cấp thông tin) + 5 (chưa giải quyết) = 45, 1 more "
        "than the total 44 received"
    ]
    assert s.unresolved == 5


def test_partial_outcomes_must_stay_within_the_total() -> None:
    assert all(f.ok for f in audit(stats(received=44, resolved=25)))
    # 6 + 6 = 12 outcomes of 10 received: each count fits, their sum does not (a finding).
    with pytest.warns(FigureWarning) as record:
        stats(received=10, resolved=6, in_progress=6)
    assert [str(w.message) for w in record] == [
        "resolved + in_progress: 6 (đã giải quyết xong) + 6 (đang giải quyết) = 12, "
        "more than the total 10 received (by 2)"
    ]


# Issue 2: "resolved <= received" is an invariant; so is every count that is part of another
# (a part larger than its whole cannot be, whatever was printed): ValidationError naming the
# count and its value, and no warning at all.
@pytest.mark.parametrize(
    ("counts", "field", "value", "reason"),
    [
        ({"received": 10, "resolved": 20}, "resolved", 20, "is more than received (10)"),
        ({"received": 44, "resolved": 45}, "resolved", 45, "is more than received (44)"),
        ({"received": 10, "answered": 11}, "answered", 11, "is more than received (10)"),
        ({"received": 10, "in_progress": 11}, "in_progress", 11, "is more than received (10)"),
        ({"received": 0, "explained": 1}, "explained", 1, "is more than received (0)"),
        ({"received": 3, "unresolved": 4}, "unresolved", 4, "is more than received (3)"),
        (
            {"received": 3, "unresolved_objective": 4},
            "unresolved_objective",
            4,
            "is more than received (3)",
        ),
        (
            {"unresolved": 2, "unresolved_objective": 3},
            "unresolved_objective",
            3,
            "is more than unresolved (2)",
        ),
    ],
)
def test_a_part_larger_than_its_whole_is_refused(
    counts: dict[str, int], field: str, value: int, reason: str
) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error", FigureWarning)
        with pytest.raises(ValidationError) as info:
            stats(**counts)
    assert (info.value.field, info.value.value) == (field, value)
    assert info.value.reason == f"{reason}, of which it is a part"


def test_a_breakdown_part_larger_than_the_whole_is_refused() -> None:
    district = stats(competence=Competence.DISTRICT, received=44, resolved=25)
    with pytest.raises(ValidationError) as info:
        stats(received=40, breakdown=(district,))
    assert (info.value.field, info.value.value) == ("breakdown[0].received", 44)
    with pytest.raises(ValidationError) as info:
        stats(received=50, resolved=20, breakdown=(district,))
    assert (info.value.field, info.value.value) == ("breakdown[0].resolved", 25)
    assert info.value.reason == "is more than the whole's resolved (20): a part exceeds the whole"


def test_counts_equal_to_their_whole_are_fine() -> None:
    s = stats(received=10, answered=10, resolved=10, unresolved=0, unresolved_objective=0)
    assert s.resolution_rate == 1


def test_answered_100_percent_and_resolved_8_percent() -> None:
    # Issue 4: "a report can answer 100% and resolve 8%": 2/25 = 8%, 25/25 = 100%.
    s = stats(
        received=25,
        answered=25,
        resolved=2,
        printed_rate=PrintedFigure("8%"),
        printed_answered_rate=PrintedFigure("100%"),
    )
    assert all(f.ok for f in audit(s))


def test_rate_with_total_only() -> None:
    # With 45 received, n/45 for n = 25, 26 is 55,56% and 57,78%: no count prints 56,82%.
    with pytest.warns(FigureWarning) as record:
        stats(received=45, printed_rate=PrintedFigure("56,82%"))
    assert [str(w.message) for w in record] == [
        "printed_rate: no count of resolved out of 45 prints as '56,82%'"
    ]
    (finding,) = audit(stats(received=44, printed_rate=PrintedFigure("56,82%")))
    assert finding.ok
    assert finding.message == "'56,82%' can follow from a total of 44 (resolved)"


def test_zero_total_is_reported() -> None:
    with pytest.warns(FigureWarning) as record:
        s = stats(received=0, resolved=0, printed_rate=PrintedFigure("100%"))
    assert [str(w.message) for w in record] == [
        "printed_rate: '100%' cannot follow from 0/0: the total is 0, there is no rate"
    ]
    assert s.resolution_rate is None
    with pytest.warns(FigureWarning, match="cannot follow from a total of 0"):
        stats(received=0, printed_rate=PrintedFigure("100%"))


def test_rate_above_100_percent_is_a_finding_not_an_error() -> None:
    with pytest.warns(FigureWarning, match=r"'105%' is not a rate from 0% to 100%"):
        s = stats(printed_rate=PrintedFigure("105%"))
    assert s.printed_rate is not None
    assert s.printed_rate.text == "105%"


def test_more_resolved_than_received_is_an_error_not_a_finding() -> None:
    with pytest.raises(ValidationError, match=r"resolved=5: is more than received \(4\)"):
        stats(received=4, resolved=5, printed_rate=PrintedFigure("100%"))


def test_breakdown_is_checked_and_recursed() -> None:
    central = quiet(competence=Competence.CENTRAL, received=6, resolved=1)
    city = quiet(competence=Competence.PROVINCE, received=20, resolved=9)
    district = quiet(
        competence=Competence.DISTRICT,
        received=44,
        resolved=25,
        printed_rate=PrintedFigure("57,82%"),
    )
    with pytest.warns(FigureWarning) as record:
        whole = stats(received=71, resolved=35, breakdown=(central, city, district))
    # 6 + 20 + 44 = 70, not 71; 1 + 9 + 25 = 35.  Only this level's findings warn here.
    assert [str(w.message) for w in record] == [
        # the parts are named as a report of quận Tây Hồ, Hà Nội names them
        "breakdown.received: 6 (thẩm quyền của Trung ương) + 20 (thẩm quyền cấp thành phố) + "
        "44 (thẩm quyền cấp quận) = 70, 1 less than the total 71 received"
    ]
    subjects = [(f.subject, f.ok) for f in audit(whole)]
    assert subjects == [
        ("resolved", True),
        ("breakdown.received", False),
        ("breakdown.resolved", True),
        ("breakdown[0].resolved", True),
        ("breakdown[1].resolved", True),
        ("breakdown[2].resolved", True),
        ("breakdown[2].printed_rate", False),
    ]


def test_finding_str() -> None:
    assert str(AuditFinding("x", False, "y")) == "x: y"


def test_warning_points_at_the_caller() -> None:
    with pytest.warns(FigureWarning) as record:
        PetitionStats(TH, Y2019, received=44, resolved=25, printed_rate=PrintedFigure("57,82%"))
    assert record[0].filename == __file__
