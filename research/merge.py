"""Merge the staged research into data/ (idempotent: rows already there are left as they are).

Run from the repository root: python research/merge.py [folder ...]
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "data"
RESEARCH = ROOT / "research"
FOLDERS = sys.argv[1:] or [
    "series-s1",
    "series-s2",
    "series-s3",
    "series-s4",
    "gaps-a",
    "gaps-b",
    "china",
    "originals",
    "judgement",
]
# research file -> data table
TABLE_FILES = {
    "sources.csv": "sources",
    "citations.csv": "citations",
    "exercises.csv": "exercises",
    "exercise_participants.csv": "exercise_participants",
    "milestones.csv": "milestones",
    "milestone_countries.csv": "milestone_countries",
    "milestone_claims.csv": "milestone_claims",
    "series.csv": "series",
    "series_names.csv": "series_names",
    "links.csv": "series_iterations",
    "not_held.csv": "series_not_held",
    "agreements.csv": "agreements",
    "agreement_parties.csv": "agreement_parties",
    "claim_evidence.csv": "claim_evidence",
}
# research file -> (table, its key column, the column the change names or None for `first`)
CHANGE_FILES = {
    "claim_changes.csv": ("claims", "claim_id"),
    "first_changes.csv": ("exercises", "exercise_id"),
}
NEW_TABLES = {
    "series": ["series_id", "name", "domain", "cadence", "from_year", "to_year", "led_by", "notes"],
    "series_names": ["series_id", "name", "from_year", "to_year"],
    "series_iterations": ["series_id", "year", "exercise_id"],
    "series_not_held": ["not_held_id", "series_id", "year", "status", "notes"],
    "milestone_claims": ["milestone_id", "claim_id", "why"],
}


def read(path: Path) -> tuple[list[str], list[dict]]:
    with path.open(newline="", encoding="utf-8") as f:
        reader = csv.DictReader(f)
        return list(reader.fieldnames or []), list(reader)


def write(path: Path, columns: list[str], rows: list[dict]) -> None:
    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, columns, lineterminator="\n")
        w.writeheader()
        for row in rows:
            w.writerow({c: row.get(c, "") or "" for c in columns})


def main() -> None:
    tables: dict[str, tuple[list[str], list[dict]]] = {}
    for table in set(TABLE_FILES.values()) | {t for t, _ in CHANGE_FILES.values()}:
        path = DATA / f"{table}.csv"
        tables[table] = read(path) if path.exists() else (NEW_TABLES[table], [])
    added = {t: 0 for t in tables}
    for folder in FOLDERS:
        here = RESEARCH / folder
        if not here.is_dir():
            continue
        for name, table in TABLE_FILES.items():
            if not (here / name).exists():
                continue
            columns, rows = tables[table]
            seen = {tuple(r.get(c, "") for c in columns) for r in rows}
            keys = {r[columns[0]] for r in rows} if table in KEYED else set()
            for row in read(here / name)[1]:
                if table == "citations" and row["table"] == "not_held":
                    row["table"] = "series_not_held"
                if table == "series_iterations" and not row.get("exercise_id"):
                    continue
                row = {c: (row.get(c) or "").strip() for c in columns}
                if tuple(row.values()) in seen or (table in KEYED and row[columns[0]] in keys):
                    continue
                rows.append(row)
                seen.add(tuple(row.values()))
                keys.add(row[columns[0]])
                added[table] += 1
        for name, (table, key) in CHANGE_FILES.items():
            if (here / name).exists():
                apply_changes(tables[table][1], key, read(here / name)[1])
        kinds = here / "kind_changes.csv"
        if kinds.exists():
            change = {r["source_id"]: r["new_kind"] for r in read(kinds)[1]}
            for row in tables["sources"][1]:
                if row["source_id"] in change and row["kind"] != change[row["source_id"]]:
                    row["kind"] = change[row["source_id"]]
                    added["sources"] += 0
    one_per_url(tables)
    for table, (columns, rows) in tables.items():
        write(DATA / f"{table}.csv", columns, rows)
    print({t: n for t, n in added.items() if n})


def apply_changes(rows: list[dict], key: str, changes: list[dict]) -> None:
    """Cell changes a research session judged and explained (its file says why, row by row)."""
    by_id = {r[key]: r for r in rows}
    for change in changes:
        column = change.get("column") or "first"
        new = change["new"] if "new" in change else change["new_first"]
        by_id[change[key]][column] = new


def one_per_url(tables) -> None:
    """Two helpers may add the same page under two ids: keep the first, cite it instead."""
    first: dict[str, str] = {}
    same: dict[str, str] = {}
    for row in tables["sources"][1]:
        kept = first.setdefault(row["url"], row["source_id"])
        if kept != row["source_id"]:
            same[row["source_id"]] = kept
    tables["sources"][1][:] = [r for r in tables["sources"][1] if r["source_id"] not in same]
    citations = tables["citations"][1]
    seen = set()
    for row in citations:
        row["source_id"] = same.get(row["source_id"], row["source_id"])
    citations[:] = [r for r in citations if not (tuple(r.values()) in seen or seen.add(tuple(r.values())))]


KEYED = {"sources", "exercises", "milestones", "series", "series_not_held", "agreements"}

if __name__ == "__main__":
    main()
