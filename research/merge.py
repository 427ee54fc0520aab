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
    "ja-treaties",
    "ja-meetings",
    "ja-more",
    "series-s5",
    "series-s6",
    "series-s7",
    "series-s8",
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
    "titles_ja": ["table", "record_id", "title_ja", "source_id", "locator", "notes"],
}
# Titles found for a different document from the record's: ja-more matched the Japan-Thailand
# joint statement of 17 Nov 2022 to the record of the May 2022 summit's agreement to elevate ties.
NOT_THE_SAME_DOCUMENT = {("ja-more", "B-THA-CSP-2022")}
# The exercise series' English names in research/ja-meetings/series_ja.csv that differ from
# data/series.csv's names.
SERIES_BY_NAME = {
    "Garuda Shield": "GARUDA-SHIELD",
    "RIMPAC": "RIMPAC",
    "Kamandag": "KAMANDAG",
    "Nichi Gou Trident": "NICHI-GOU-TRIDENT",
    "JIMEX": "JIMEX",
    "Komodo": "KOMODO",
    "Maritime cooperative activity": "MCA",
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


# Series two folders researched: the other folder's rows are kept (series-s7 did Brunet-Takamori
# as a land series; series-s6 found the same three editions under other ids).
SAME_SERIES_ELSEWHERE = {("series-s6", "BRUNET-TAKAMORI")}
_LEFT_OUT_RECORDS: set[str] = set()
# Records whose sources name no country Japan's forces trained with (every exercise record names
# one): kept in their folder, their series' years left open.
NO_PARTNER_NAMED = {"EX-EST-2021-LOCKEDSHIELDS", "EX-EST-2025-LOCKEDSHIELDS"}


def left_out(folder: str, table: str, row: dict) -> bool:
    """A row of a series researched twice (SAME_SERIES_ELSEWHERE), with its records; and a
    citation of a series' notes (series-s6), which are not a cited table."""
    if not _LEFT_OUT_RECORDS:
        for f, series_id in SAME_SERIES_ELSEWHERE:
            for link in read(RESEARCH / f / "links.csv")[1]:
                if link["series_id"] == series_id:
                    _LEFT_OUT_RECORDS.add(link["exercise_id"])
    if (folder, row.get("series_id")) in SAME_SERIES_ELSEWHERE:
        return True
    if table == "citations" and row["table"] == "series":
        return True
    record = row.get("exercise_id") or (row.get("record_id") if table == "citations" else None)
    return (folder == "series-s6" and record in _LEFT_OUT_RECORDS) or record in NO_PARTNER_NAMED


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
                if left_out(folder, table, row):
                    continue
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
    tables["titles_ja"] = (
        read(DATA / "titles_ja.csv")
        if (DATA / "titles_ja.csv").exists()
        else (
            NEW_TABLES["titles_ja"],
            [],
        )
    )
    japanese_titles(tables)
    one_per_url(tables)
    for table, (columns, rows) in tables.items():
        write(DATA / f"{table}.csv", columns, rows)
    print({t: n for t, n in added.items() if n})


def japanese_titles(tables) -> None:
    """Official Japanese titles (ja-treaties, ja-meetings) as rows of titles_ja: agreements by
    id, exercise series by their English name."""
    rows = tables["titles_ja"][1]
    have = {(r["table"], r["record_id"]) for r in rows}
    by_name = {r["name"]: r["series_id"] for r in tables["series"][1]} | SERIES_BY_NAME
    found = []
    for folder in ("ja-treaties", "ja-meetings", "ja-more"):
        here = RESEARCH / folder
        if (here / "titles_ja.csv").exists():
            for r in read(here / "titles_ja.csv")[1]:
                if (folder, r["agreement_id"]) not in NOT_THE_SAME_DOCUMENT:
                    found.append(("agreements", r["agreement_id"], r))
        if (here / "series_ja.csv").exists():
            for r in read(here / "series_ja.csv")[1]:
                series_id = by_name.get(r["series_name_en"])
                if series_id:
                    found.append(("series", series_id, {**r, "title_ja": r["name_ja"]}))
    for table, record_id, r in found:
        if (table, record_id) in have:
            continue
        have.add((table, record_id))
        rows.append(
            {
                "table": table,
                "record_id": record_id,
                "title_ja": r["title_ja"].strip(),
                "source_id": r["source_id"].strip(),
                "locator": r.get("locator", "").strip(),
                "notes": r.get("notes", "").strip(),
            }
        )


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
    for row in tables["titles_ja"][1]:
        row["source_id"] = same.get(row["source_id"], row["source_id"])
    citations = tables["citations"][1]
    seen = set()
    for row in citations:
        row["source_id"] = same.get(row["source_id"], row["source_id"])
    citations[:] = [
        r for r in citations if not (tuple(r.values()) in seen or seen.add(tuple(r.values())))
    ]


KEYED = {"sources", "exercises", "milestones", "series", "series_not_held", "agreements"}

if __name__ == "__main__":
    main()
