"""Corrections to existing records that the staged research found (see each folder's README).

Idempotent. Run from the repository root after merge.py.
"""

from __future__ import annotations

import csv
from pathlib import Path

DATA = Path(__file__).resolve().parents[1] / "data"

# MOD's "Japan-U.S.-Australia trilateral training, waters around Micronesia" rows of December
# 2016-2018 are Christmas Drop, already on record (series-s4 README): their citations move to it.
DUPLICATES = {f"X2-EX-{y}-12-JUA-TRILAT": f"X2-EX-{y}-CHRISTMASDROP" for y in (2016, 2017, 2018)}
# Whole training cruises whose sources name no country visited: an exercise record needs a
# partner, so these stay in research/gaps-b and the series lists 2012 and 2017 as unsettled.
NO_PARTNER = dict.fromkeys(("GB-EX-JPN-2012-OTC", "GB-EX-JPN-2017-OTC"))
CHRISTMAS_DROP_SIZE = (
    "Japan: about 6 aircraft, about 150 personnel. ",
    "MOD's Defense of Japan 2019 Reference 51 row read for this record gives about 6 aircraft "
    "and about 150 personnel, but Defense of Japan 2020 and FlyTeam give one C-130H and about "
    "25 personnel for the JASDF's Christmas Drop: sources disagree, and the larger figure "
    "probably belongs to another row of MOD's table. ",
)


def read(name):
    with (DATA / name).open(newline="", encoding="utf-8") as f:
        r = csv.DictReader(f)
        return list(r.fieldnames), list(r)


def write(name, columns, rows):
    with (DATA / name).open("w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, columns, lineterminator="\n")
        w.writeheader()
        w.writerows(rows)


def main():
    cols, exercises = read("exercises.csv")
    exercises = [r for r in exercises if r["exercise_id"] not in DUPLICATES | NO_PARTNER.keys()]
    for r in exercises:
        if r["exercise_id"] == "X2-EX-2015-12-JUA-TRILAT":
            r["domain"] = "air"
            r["series"] = "Christmas Drop"
        if r["exercise_id"] == "X2-EX-2019-11-JUAC-TRAINING":
            r["series"] = "ANNUALEX"
        if r["exercise_id"] in DUPLICATES.values():
            r["notes"] = r["notes"].replace(*CHRISTMAS_DROP_SIZE)
    write("exercises.csv", cols, exercises)

    cols, people = read("exercise_participants.csv")
    gone = DUPLICATES.keys() | NO_PARTNER.keys()
    write("exercise_participants.csv", cols, [r for r in people if r["exercise_id"] not in gone])
    cols, links = read("series_iterations.csv")
    write("series_iterations.csv", cols, [r for r in links if r["exercise_id"] not in gone])

    cols, citations = read("citations.csv")
    seen, kept = set(), []
    for r in citations:
        if r["table"] == "exercises":
            if r["record_id"] in NO_PARTNER:
                continue
            r["record_id"] = DUPLICATES.get(r["record_id"], r["record_id"])
        key = tuple(r.values())
        if key not in seen:
            seen.add(key)
            kept.append(r)
    write("citations.csv", cols, kept)
    change_series()
    cols, claims = read("claims.csv")
    for r in claims:  # a re-grading's note (judgement/claim_changes.csv) in a reader's words
        note = r["assessment_note"]
        r["assessment_note"] = note.replace(
            "read only via a reproduction", "read only in a reproduction"
        )
    write("claims.csv", cols, claims)
    track_complete_series()
    as_published_by()


def as_published_by():
    """A report read through another outlet is written "X, as published by Y", not "X via Y":
    the words of a reader, not of the research."""
    import re

    def parenthesis(m):
        inner = m.group(1)
        if re.search(r"\b(al|il|la|le) via\b", inner):
            return m.group(0)
        parts = re.split(r",?\s*\bvia\s+", inner, maxsplit=1)
        if len(parts) < 2:
            return m.group(0)
        first, then = parts
        return (
            f"({first.strip()}, as published by {then})"
            if first.strip()
            else f"(as published by {then})"
        )

    for path in sorted(DATA.glob("*.csv")):
        cols, rows = read(path.name)
        changed = False
        for row in rows:
            for c in cols:
                v = row[c]
                if not v or "via" not in v or c in ("url", "roster_url"):
                    continue
                new = re.sub(r"\(([^()]*?\bvia\s+[^()]*)\)", parenthesis, v)
                if c == "publisher":
                    new = re.sub(r"^(.*?\S),? via (\S.*)$", r"\1, as published by \2", new)
                if new != v:
                    row[c] = new
                    changed = True
        if changed:
            write(path.name, cols, rows)


# Series notes the later research settled (series-s5/series_changes.md).
SERIES_CHANGES = {
    # Annual from 2015 until it became biennial (none in 2024, sourced): counted year by year,
    # its 2021 and 2022 stay open (the 15th iteration fell in one of them), as they are.
    "SCHRIEVER-WARGAME": {"cadence": "annual"},
    "SOUTHERN-JACKAROO": {
        "from_year": "2013",
        "notes": (
            "Australia-Japan-U.S. trilateral field exercise in Australia (Australian Army "
            "brigade, U.S. Marine Rotational Force-Darwin, JGSDF). From 2013: MOD's Defense of "
            "Japan 2015 and 2016 reference tables list it with Japan in May 2013 and May 2014, "
            "as Asagumo (Aug 2025) says ('began in 2013', 2025 the 12th); Stars and Stripes (6 "
            "Jun 2023) says 'held each year since 2015', which MOD's tables contradict. 2020 is "
            "not settled (Asagumo's count implies one year was skipped; no source says which). "
            "2024 ran together with Brolga Run (with Papua New Guinea); 2025 was the largest so "
            "far."
        ),
    },
}
DAWN_BLITZ_2017 = (
    ", but no source read names Japan in Dawn Blitz 2017, so 2017 is not settled.",
    "; NBC Los Angeles (Oct 2017) says an infantry company of the GSDF took part in Dawn Blitz "
    "2017.",
)


def change_series():
    cols, series = read("series.csv")
    for s in series:
        s.update(SERIES_CHANGES.get(s["series_id"], {}))
        if s["series_id"] == "DAWN-BLITZ":
            s["notes"] = s["notes"].replace(*DAWN_BLITZ_2017)
    write("series.csv", cols, series)


def track_complete_series():
    """A series is tracked (counted in the trends) exactly when every year it was due up to
    2025 is on record or sourced as not held; the others are listed with the years unsettled."""
    cols, series = read("series.csv")
    _, links = read("series_iterations.csv")
    _, absent = read("series_not_held.csv")
    known = {(r["series_id"], int(r["year"])) for r in links + absent}
    for s in series:
        step = {"annual": 1, "biennial": 2}.get(s["cadence"])
        due = range(int(s["from_year"]), min(int(s["to_year"]), 2025) + 1, step) if step else ()
        complete = all((s["series_id"], y) in known for y in due)
        s["tracked"] = "true" if complete else "false"
    write("series.csv", cols, series)


if __name__ == "__main__":
    main()
