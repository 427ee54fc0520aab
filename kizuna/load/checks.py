"""Checks across tables, made once every table has passed its own rules."""

from __future__ import annotations

import pandas as pd

from kizuna.frames import among
from kizuna.load.dataset import Dataset
from kizuna.rules import Problem
from kizuna.schema import CITED_TABLES, TABLES


def check_citation_coverage(raw: dict[str, pd.DataFrame], dataset: Dataset) -> None:
    """Every record of a cited table names at least one source in citations.csv."""
    if "citations" not in raw:
        return
    citations = raw["citations"]
    for name in CITED_TABLES:
        if name not in raw:
            continue
        table = TABLES[name]
        ids = raw[name][table.key]
        cited = citations.loc[citations["table"] == name, "record_id"]
        for index, record_id in ids[~among(ids, cited)].items():
            dataset.problems[name].append(
                Problem(
                    table.file,
                    "has no source: add a row for it to citations.csv",
                    row=int(index) + 2,
                    column=table.key,
                    value=record_id,
                )
            )


def check_sides(raw, dataset: Dataset, records: str, links: str, other: str) -> None:
    """An agreement binds Japan and another party; an exercise brings Japan's forces together
    with at least one partner's. A record whose link rows say otherwise is refused."""
    if records not in raw or links not in raw:
        return
    key = TABLES[records].key
    rows = raw[links]
    if "role" in rows:
        partners = rows.loc[rows["role"].eq("partner"), key]
    else:
        partners = rows.loc[rows["country"].ne("JPN"), key]
    with_japan = set(rows.loc[rows["country"].eq("JPN"), key])
    with_other = set(partners)
    for index, record_id in raw[records][key].items():
        missing = [
            what
            for what, ids in (("Japan (JPN)", with_japan), (other, with_other))
            if record_id not in ids
        ]
        if missing:
            dataset.problems[records].append(
                Problem(
                    TABLES[records].file,
                    f"{links}.csv does not list " + " or ".join(missing) + " for it",
                    row=int(index) + 2,
                    column=key,
                    value=record_id,
                )
            )


def panel_years(coverage: pd.DataFrame) -> tuple[int, int] | None:
    """The years coverage.csv grades the tracked series complete in, or None."""
    complete = coverage[coverage["table"].eq("series") & coverage["completeness"].eq("complete")]
    if complete.empty:
        return None
    return int(complete["from_year"].min()), int(complete["to_year"].max())


def expected_years(series: pd.DataFrame, span: tuple[int, int]) -> pd.DataFrame:
    """One row (series_id, year, row) per year in which a series is due an iteration, within
    the graded span: every year of an annual series, every other of a biennial one."""
    rows = []
    for index, s in series.iterrows():
        if s["cadence"] == "irregular":
            continue
        step = 2 if s["cadence"] == "biennial" else 1
        first, last = int(s["from_year"]), min(int(s["to_year"]), span[1])
        for year in range(first, last + 1, step):
            if year >= span[0]:
                rows.append((s["series_id"], year, int(index) + 2))
    return pd.DataFrame(rows, columns=["series_id", "year", "row"])


def check_series_years(raw: dict[str, pd.DataFrame], dataset: Dataset) -> None:
    """The panel is complete: in every year coverage.csv grades complete, every series due an
    iteration has one on record or a sourced row saying it was not held, never both; and an
    iteration's year is its record's start year."""
    needed = ("series", "series_iterations", "series_not_held", "coverage", "exercises")
    if not all(n in raw for n in needed):
        return
    file = TABLES["series"].file
    span = panel_years(raw["coverage"])
    if span is None:
        dataset.problems["series"].append(
            Problem(file, "coverage.csv grades no span of the tracked series complete")
        )
        return
    iterations, not_held = raw["series_iterations"], raw["series_not_held"]
    held = set(zip(iterations["series_id"], iterations["year"].astype(int), strict=True))
    absent = set(zip(not_held["series_id"], not_held["year"].astype(int), strict=True))
    tracked = raw["series"][raw["series"]["tracked"]]
    known = held | absent
    for s in expected_years(tracked, span).itertuples():
        if (s.series_id, s.year) not in known:
            dataset.problems["series"].append(
                Problem(
                    file,
                    f"has no iteration in {s.year}: add its exercise to series_iterations.csv, "
                    "or a sourced row to series_not_held.csv (or set tracked to false, and "
                    "the series is listed but not counted)",
                    row=s.row,
                    column="series_id",
                    value=s.series_id,
                )
            )
    contradicted = [
        (i, n, y)
        for i, n, s_id, y in zip(
            not_held.index,
            not_held["not_held_id"],
            not_held["series_id"],
            not_held["year"].astype(int),
            strict=True,
        )
        if (s_id, y) in held
    ]
    for index, not_held_id, year in contradicted:
        series_id = not_held.at[index, "series_id"]
        dataset.problems["series_not_held"].append(
            Problem(
                TABLES["series_not_held"].file,
                f"says {series_id} was not held in {year}, but "
                "series_iterations.csv lists an iteration that year",
                row=int(index) + 2,
                column="not_held_id",
                value=not_held_id,
            )
        )
    starts = raw["exercises"][["exercise_id", "start"]]
    linked = iterations[["exercise_id", "year"]].reset_index().merge(starts, on="exercise_id")
    wrong = linked[linked["start"].dt.year != linked["year"].astype(int)]
    for row in wrong.itertuples():
        dataset.problems["series_iterations"].append(
            Problem(
                TABLES["series_iterations"].file,
                f"year {row.year} is not the start year of {row.exercise_id} ({row.start.year})",
                row=int(row.index) + 2,
                column="year",
                value=str(row.year),
            )
        )
