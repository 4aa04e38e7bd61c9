"""Benchmark: petition_rates against hand-written baselines, and the memory of a Petition.

Synthetic data (issue 4): 1 000 000 petitions over 10 years, 700 units, 4 competence levels
and 4 outcomes, from a fixed seed. Each ratio compares ``petition_rates`` with a hand-written
baseline doing the same work, both measured in this run as the minimum of several repeats:

- a list of ``Petition``: a hand-written dict loop (target: within 1.2x);
- a polars frame: a hand-written polars ``group_by`` (target: within 1.5x);
- a pandas frame: a hand-written pandas ``groupby`` (target: within 1.5x).

Memory: bytes per ``Petition`` beyond the strings and dates they share, measured with
tracemalloc while building a million of them.

Run: ``.venv/bin/python benchmarks/bench_petitions.py [N]`` (needs the ``frames`` extra).
"""

from __future__ import annotations

import gc
import random
import sys
import time
import tracemalloc
from typing import TYPE_CHECKING, Any

from tayho_coord.metrics import petition_rates
from tayho_coord.model._agencies import Agency, AgencyKind
from tayho_coord.model._petitions import Competence, Petition, PetitionOutcome
from tayho_coord.model._time import PartialDate
from tayho_coord.model._units import AdminUnit, UnitKind

if TYPE_CHECKING:
    from collections.abc import Callable

N = int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000
REPEATS = 5
YEARS = list(range(2015, 2025))
COMPETENCES = list(Competence)
OUTCOMES = [
    PetitionOutcome.RESOLVED,
    PetitionOutcome.IN_PROGRESS,
    PetitionOutcome.EXPLAINED,
    PetitionOutcome.UNRESOLVED,
]
SECTORS = ["đất đai", "trật tự đô thị", "môi trường", "giao thông", "an sinh xã hội"]


def best(fn: Callable[[], Any]) -> float:
    times = []
    for _ in range(REPEATS):
        gc.collect()
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


def make_draws(n: int) -> list[tuple[int, int, int, int, int, int]]:
    rng = random.Random(20191231)
    return [
        (
            rng.randrange(10),
            rng.randrange(12),
            rng.randrange(700),
            rng.randrange(4),
            rng.randrange(4),
            rng.randrange(len(SECTORS)),
        )
        for _ in range(n)
    ]


def main() -> None:
    print(f"petitions: {N:,}; repeats: {REPEATS} (min taken)")
    city = AdminUnit("ha-noi", UnitKind.CENTRAL_CITY, "Hà Nội")
    units = [
        AdminUnit(f"ha-noi/u{i:03d}", UnitKind.URBAN_DISTRICT, f"Đơn vị {i}", parent=city)
        for i in range(700)
    ]
    agencies = [Agency(f"{u.id}/ubnd", AgencyKind.PEOPLES_COMMITTEE, u) for u in units]
    months = [[PartialDate(y, m) for m in range(1, 13)] for y in YEARS]
    sessions = [f"Tiếp xúc cử tri năm {y}" for y in YEARS]
    draws = make_draws(N)
    ids = [f"KN-{i:07d}" for i in range(N)]

    # Memory: the petitions alone (ids, dates, strings and agencies exist already, shared).
    gc.collect()
    tracemalloc.start()
    base = tracemalloc.get_traced_memory()[0]
    petitions = [
        Petition(
            ids[i],
            sessions[y],
            months[y][m],
            SECTORS[s],
            COMPETENCES[c],
            agencies[u],
            OUTCOMES[o],
        )
        for i, (y, m, u, c, o, s) in enumerate(draws)
    ]
    used = tracemalloc.get_traced_memory()[0] - base
    tracemalloc.stop()
    list_bytes = sys.getsizeof(petitions)
    print(
        f"memory: {(used - list_bytes) / N:.1f} bytes per Petition "
        f"(sys.getsizeof: {sys.getsizeof(petitions[0])}; the list adds "
        f"{list_bytes / N:.1f} per record; target <= 100)"
    )

    bench_list(petitions)
    columns = {
        "year": [YEARS[y] for y, *_ in draws],
        "unit": [units[u].id for _, _, u, _, _, _ in draws],
        "competence": [COMPETENCES[c].value for _, _, _, c, _, _ in draws],
        "outcome": [OUTCOMES[o].value for _, _, _, _, o, _ in draws],
    }
    del petitions
    bench_polars(columns)
    bench_pandas(columns)


def bench_list(petitions: list[Petition]) -> None:
    def hand_loop() -> dict[tuple[int, Competence | None], list[int]]:
        counts: dict[tuple[int, Competence | None], list[int]] = {}
        resolved = PetitionOutcome.RESOLVED
        for p in petitions:
            key = (p.received.year, p.competence)  # type: ignore[union-attr]
            row = counts.get(key)
            if row is None:
                row = counts[key] = [0, 0, 0]
            row[0] += 1
            if p.outcome is not None:
                row[2] += 1
                if p.outcome is resolved:
                    row[1] += 1
        return counts

    ours = petition_rates(petitions, by=("year", "competence"))
    hand = hand_loop()
    assert {
        (r["year"], r["competence"]): [r["received"], r["resolved"], r["answered"]] for r in ours
    } == hand
    t_hand, t_ours = best(hand_loop), best(lambda: petition_rates(petitions))
    print(
        f"list of Petition: petition_rates {t_ours:.3f} s, hand dict loop {t_hand:.3f} s: "
        f"ratio {t_ours / t_hand:.2f}x (target <= 1.2x)"
    )


def bench_polars(columns: dict[str, list[Any]]) -> None:
    try:
        import polars as pl
    except ImportError:
        print("polars: not installed, skipped")
    else:
        pdf = pl.DataFrame(columns)

        def hand_polars() -> pl.DataFrame:
            outcome = pl.col("outcome")
            return (
                pdf.group_by("year", "competence")
                .agg(
                    pl.len().alias("received"),
                    (outcome == "resolved").sum().alias("resolved"),
                    outcome.is_not_null().sum().alias("answered"),
                )
                .sort("year", "competence")
            )

        assert hand_polars()["received"].to_list() == petition_rates(pdf)["received"].to_list()
        t_hand, t_ours = best(hand_polars), best(lambda: petition_rates(pdf))
        print(
            f"polars frame: petition_rates {t_ours:.3f} s, hand group_by {t_hand:.3f} s: "
            f"ratio {t_ours / t_hand:.2f}x (target <= 1.5x)"
        )

        def hand_polars_same_plan() -> pl.DataFrame:
            # The plan petition_rates hands to polars, written by hand: narwhals' own cost.
            outcome = pl.col("outcome")
            return (
                pdf.select(
                    "year",
                    "competence",
                    (outcome == "resolved").fill_null(False).cast(pl.Int64).alias("r"),
                    outcome.is_not_null().cast(pl.Int64).alias("a"),
                )
                .group_by("year", "competence")
                .agg(pl.len().alias("received"), pl.col("r").sum(), pl.col("a").sum())
                .sort("year", "competence")
            )

        t_same = best(hand_polars_same_plan)
        print(f"polars frame: petition_rates vs the same plan by hand: {t_ours / t_same:.2f}x")
        lazy = pdf.lazy()
        t_hand = best(lambda: hand_polars())
        t_ours = best(lambda: petition_rates(lazy).collect())
        print(f"polars lazy frame (collected): ratio {t_ours / t_hand:.2f}x vs the eager hand one")


def bench_pandas(columns: dict[str, list[Any]]) -> None:

    try:
        import pandas as pd
    except ImportError:
        print("pandas: not installed, skipped")
    else:
        frame = pd.DataFrame(columns)

        def hand_pandas() -> pd.DataFrame:
            outcome = frame["outcome"]
            return (
                frame.assign(resolved=outcome.eq("resolved"), answered=outcome.notna())
                .groupby(["year", "competence"], sort=True, dropna=False)
                .agg(
                    received=("outcome", "size"),
                    resolved=("resolved", "sum"),
                    answered=("answered", "sum"),
                )
                .reset_index()
            )

        assert list(hand_pandas()["received"]) == list(petition_rates(frame)["received"])
        t_hand, t_ours = best(hand_pandas), best(lambda: petition_rates(frame))
        print(
            f"pandas frame: petition_rates {t_ours:.3f} s, hand groupby {t_hand:.3f} s: "
            f"ratio {t_ours / t_hand:.2f}x (target <= 1.5x)"
        )


if __name__ == "__main__":
    main()
