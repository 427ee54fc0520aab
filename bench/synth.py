"""Synthetic Kizuna data at N times the shipped row counts, for the scale benchmark.

Every table in ``kizuna.schema.TABLES`` is written with the same columns. Each real row is a
template: copy 0 keeps its ids, copy k appends ``-S<k>`` to every id and every reference (ids,
refs, ``record_id`` and ``statement_id``), so each copy is a self-consistent replica of the
shipped dataset — its citations, participants, parties and evidence point at rows of the same
copy. Enums, ISO codes, dates and coordinates are the real rows' values, so they stay valid
(coordinates inside the host country). Strings stay strings: nothing is re-parsed or re-typed.

    .venv/bin/python bench/synth.py 10 /tmp/kizuna-10x      # then: KIZUNA_DATA_DIR=/tmp/...
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

import numpy as np
import pandas as pd

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kizuna.load import DEFAULT_DATA_DIR  # noqa: E402
from kizuna.schema import TABLES  # noqa: E402

# Columns that hold a record id without being declared as kind "id"/"ref".
EXTRA_ID_COLUMNS = {"record_id", "statement_id"}


def id_columns(name: str) -> list[str]:
    return [
        f.name for f in TABLES[name].fields if f.kind in ("id", "ref") or f.name in EXTRA_ID_COLUMNS
    ]


def read(path: Path) -> pd.DataFrame:
    return pd.read_csv(path, dtype=str, keep_default_na=False, na_values=[""])


def replicate(frame: pd.DataFrame, factor: int, ids: list[str]) -> pd.DataFrame:
    n = len(frame)
    out = pd.DataFrame({c: np.tile(frame[c].to_numpy(dtype=object), factor) for c in frame.columns})
    suffix = np.repeat(np.array([""] + [f"-S{k}" for k in range(1, factor)], dtype=object), n)
    for column in ids:
        values = out[column].to_numpy(dtype=object)
        present = pd.notna(values)
        values[present] = values[present] + suffix[present]
        out[column] = values
    return out


def generate(factor: int, target: Path, source: Path = DEFAULT_DATA_DIR) -> dict[str, int]:
    """Writes every table at ``factor`` times its rows into ``target``; returns row counts."""
    target.mkdir(parents=True, exist_ok=True)
    counts = {}
    for name, table in TABLES.items():
        frame = read(source / table.file)
        missing = [c for c in table.columns if c not in frame]
        if missing:
            raise ValueError(f"{table.file} lacks columns {missing}")
        # The reference tables (coverage, official rosters) describe the record, not add to it:
        # they stay as shipped (a roster entry still finds its record, the first copy).
        times = 1 if table.folder or name == "coverage" else factor
        out = replicate(frame[table.columns], times, id_columns(name))
        (target / table.file).parent.mkdir(parents=True, exist_ok=True)
        out.to_csv(target / table.file, index=False)
        counts[name] = len(out)
    return counts


def main() -> int:
    factor, target = int(sys.argv[1]), Path(sys.argv[2])
    started = time.perf_counter()
    counts = generate(factor, target)
    took = time.perf_counter() - started
    print(f"{sum(counts.values()):,} rows at {factor}x in {target} ({took:.1f} s)")
    if "--check" in sys.argv:
        from kizuna.load import load

        problems = load(target).all_problems()
        print(f"{len(problems)} problems", *problems[:20], sep="\n")
        return 1 if problems else 0
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
