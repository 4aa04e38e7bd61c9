"""Write a synthetic national petition ledger to partitioned Parquet (issue 15).

Every value is synthetic, and marked so: a ``synthetic`` column true on every row, unit names
and ids that say "tổng hợp"/``syn``, and the Parquet files' key-value metadata
``tayho_coord.synthetic``. Only the frame is real: the 34 provincial-level units in force
since 12/6/2025 (Nghị quyết 202/2025/QH15) and their number of commune-level units, 3 321
since 01/07/2025 (the figure the Standing Committee's resolutions of 16/6/2025 add up to);
how those 3 321 are spread over the provinces is drawn at random here, not the real split.

The ledger spans five calendar years, 2021-2025, re-attributed to today's communes, as a
national consolidation would; a petition received before 01/07/2025 may fall within the
district level's competence, one received after it may not (that level was abolished).

Columns: ``received`` (date), ``province`` and ``unit`` (ids), ``competence`` and ``outcome``
(the library's values; outcome null while unanswered), ``sector``, ``synthetic``; partitioned
by ``year`` (``year=2021/part-000.parquet``…), files of at most ``--chunk`` rows.

Run: ``.venv/bin/python scripts/gen_national_ledger.py ROWS OUT_DIR [--seed N]``
(needs numpy and pyarrow: the ``arrow`` extra).
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
import time
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.parquet as pq

# The 34 provincial-level units since 12/6/2025 (Nghị quyết 202/2025/QH15): 6 centrally-run
# cities, then 28 provinces. Ids are the library's slug style.
PROVINCES = (
    ("ha-noi", "Hà Nội"),
    ("ho-chi-minh", "Hồ Chí Minh"),
    ("hai-phong", "Hải Phòng"),
    ("da-nang", "Đà Nẵng"),
    ("can-tho", "Cần Thơ"),
    ("hue", "Huế"),
    ("lai-chau", "Lai Châu"),
    ("dien-bien", "Điện Biên"),
    ("son-la", "Sơn La"),
    ("lang-son", "Lạng Sơn"),
    ("cao-bang", "Cao Bằng"),
    ("tuyen-quang", "Tuyên Quang"),
    ("lao-cai", "Lào Cai"),
    ("thai-nguyen", "Thái Nguyên"),
    ("phu-tho", "Phú Thọ"),
    ("bac-ninh", "Bắc Ninh"),
    ("hung-yen", "Hưng Yên"),
    ("ninh-binh", "Ninh Bình"),
    ("quang-ninh", "Quảng Ninh"),
    ("thanh-hoa", "Thanh Hóa"),
    ("nghe-an", "Nghệ An"),
    ("ha-tinh", "Hà Tĩnh"),
    ("quang-tri", "Quảng Trị"),
    ("quang-ngai", "Quảng Ngãi"),
    ("gia-lai", "Gia Lai"),
    ("khanh-hoa", "Khánh Hòa"),
    ("lam-dong", "Lâm Đồng"),
    ("dak-lak", "Đắk Lắk"),
    ("dong-nai", "Đồng Nai"),
    ("tay-ninh", "Tây Ninh"),
    ("vinh-long", "Vĩnh Long"),
    ("dong-thap", "Đồng Tháp"),
    ("an-giang", "An Giang"),
    ("ca-mau", "Cà Mau"),
)
COMMUNES = 3321
YEARS = (2021, 2022, 2023, 2024, 2025)
ABOLISHED = dt.date(2025, 7, 1)  # the district level's last day is the day before
OUTCOMES = ("resolved", "in_progress", "explained", "unresolved", None)
OUTCOME_P = (0.58, 0.14, 0.13, 0.05, 0.10)
COMPETENCES = ("central", "province", "district", "commune")
COMPETENCE_P = (0.05, 0.35, 0.35, 0.25)
COMPETENCE_P_AFTER = (0.07, 0.45, 0.0, 0.48)
SECTORS = ("đất đai", "trật tự đô thị", "môi trường", "giao thông", "an sinh xã hội", "y tế")
METADATA = {
    b"tayho_coord.synthetic": b"every value synthetic: scripts/gen_national_ledger.py",
}


def communes(rng: np.random.Generator) -> tuple[list[str], np.ndarray]:
    """Synthetic commune ids, and the province index of each (every province gets some)."""
    share = rng.dirichlet(np.full(len(PROVINCES), 8.0))
    counts = np.maximum(1, np.floor(share * COMMUNES).astype(np.int64))
    counts[np.argmax(counts)] += COMMUNES - counts.sum()
    province_of = np.repeat(np.arange(len(PROVINCES)), counts)
    ids = [f"{PROVINCES[p][0]}/syn-{i:04d}" for p, n in enumerate(counts) for i in range(1, n + 1)]
    return ids, province_of


def chunk_table(
    rng: np.random.Generator, year: int, n: int, ids: pa.Array, province_of: np.ndarray
) -> pa.Table:
    """``n`` synthetic petitions received in ``year``, as an Arrow table."""
    start = dt.date(year, 1, 1)
    days = (dt.date(year + 1, 1, 1) - start).days
    offsets = rng.integers(0, days, n)
    received = np.datetime64(start, "D") + offsets
    after = received >= np.datetime64(ABOLISHED, "D")
    unit = rng.integers(0, len(ids), n)
    competence = rng.choice(len(COMPETENCES), n, p=COMPETENCE_P)
    late = rng.choice(len(COMPETENCES), int(after.sum()), p=COMPETENCE_P_AFTER)
    competence[after] = late
    outcome = rng.choice(len(OUTCOMES), n, p=OUTCOME_P)
    sector = rng.integers(0, len(SECTORS), n)
    province_ids = pa.array([p for p, _ in PROVINCES])
    outcome_dict = pa.array([o for o in OUTCOMES if o is not None])
    none = len(OUTCOMES) - 1
    return pa.table(
        {
            "received": pa.array(received, pa.date32()),
            "province": pa.DictionaryArray.from_arrays(
                pa.array(province_of[unit].astype(np.int32)), province_ids
            ),
            "unit": pa.DictionaryArray.from_arrays(pa.array(unit.astype(np.int32)), ids),
            "competence": pa.DictionaryArray.from_arrays(
                pa.array(competence.astype(np.int32)), pa.array(COMPETENCES)
            ),
            "outcome": pa.DictionaryArray.from_arrays(
                pa.array(outcome.astype(np.int32), mask=outcome == none), outcome_dict
            ),
            "sector": pa.DictionaryArray.from_arrays(
                pa.array(sector.astype(np.int32)), pa.array(SECTORS)
            ),
            "synthetic": pa.array(np.ones(n, dtype=bool)),
        }
    )


def generate(rows: int, out: Path, *, seed: int = 2025, chunk: int = 5_000_000) -> int:
    """Write ``rows`` synthetic petitions under ``out``; return the number of files."""
    rng = np.random.default_rng(seed)
    commune_ids, province_of = communes(rng)
    ids = pa.array(commune_ids)
    files = 0
    per_year = [rows // len(YEARS) + (i < rows % len(YEARS)) for i in range(len(YEARS))]
    for year, n_year in zip(YEARS, per_year, strict=True):
        folder = out / f"year={year}"
        folder.mkdir(parents=True, exist_ok=True)
        done = 0
        part = 0
        while done < n_year:
            n = min(chunk, n_year - done)
            table = chunk_table(rng, year, n, ids, province_of)
            table = table.replace_schema_metadata(METADATA)
            pq.write_table(table, folder / f"part-{part:03d}.parquet", row_group_size=1 << 20)
            done += n
            part += 1
            files += 1
    return files


def main(argv: list[str] | None = None) -> int:
    """The command line: ROWS OUT_DIR [--seed N] [--chunk N]; the exit status."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("rows", type=int, help="how many petitions")
    parser.add_argument("out", type=Path, help="the folder to write (year=… partitions)")
    parser.add_argument("--seed", type=int, default=2025)
    parser.add_argument("--chunk", type=int, default=5_000_000, help="rows per file at most")
    args = parser.parse_args(argv)
    if args.out.exists() and any(args.out.iterdir()):
        print(f"{args.out}: not empty; choose a new folder", file=sys.stderr)
        return 2
    start = time.perf_counter()
    files = generate(args.rows, args.out, seed=args.seed, chunk=args.chunk)
    took = time.perf_counter() - start
    print(f"{args.rows:,} synthetic petitions in {files} files under {args.out} ({took:.1f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
