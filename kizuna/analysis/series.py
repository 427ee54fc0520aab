"""The tracked exercise series: which records are iterations of a tracked series, how complete
each year is, and the grades a chart marks its years with."""

from __future__ import annotations

import pandas as pd

from kizuna.analysis.common import among
from kizuna.analysis.exercises import (
    exercise_partners,
    exercises_per_year,
    filter_exercises,
    tempo,
)
from kizuna.i18n import N_, _
from kizuna.load.checks import expected_years
from kizuna.schema import COMPLETENESS
from kizuna.state import Filters

# Worst first: a year covered by two spans takes the weaker grade.
_WORST_FIRST = tuple(reversed(COMPLETENESS))


def tracked_ids(series: pd.DataFrame, iterations: pd.DataFrame) -> pd.Series:
    """The exercise ids that are iterations of a tracked series."""
    tracked = series.loc[series["tracked"], "series_id"]
    return iterations.loc[iterations["series_id"].isin(tracked), "exercise_id"]


NOT_KEPT = N_("not kept")  # a grade: kept in English in the frames, shown translated


def year_grades(
    coverage: pd.DataFrame, table: str, years: tuple[int, int], fill: bool = False
) -> pd.DataFrame:
    """One row per year of ``years`` that coverage.csv grades for ``table``: year, grade (the
    weakest of the spans covering it) and note. ``fill``: the years between the first and the
    last graded ones, and those before the first, are graded "not kept" where no span covers
    them (a chart that draws them must say the record does not reach them)."""
    rows = coverage[coverage["table"] == table]
    out = []
    for year in range(years[0], years[1] + 1):
        spans = rows[(rows["from_year"] <= year) & (rows["to_year"] >= year)]
        if spans.empty:
            if fill and not rows.empty:
                out.append((year, NOT_KEPT, _("No records of this kind are kept for the year.")))
            continue
        rank = spans["completeness"].map(_WORST_FIRST.index)
        worst = spans.loc[rank.idxmin()]
        out.append((year, worst["completeness"], worst["note"]))
    return pd.DataFrame(out, columns=["year", "grade", "note"])


def grade_spans(grades: pd.DataFrame) -> list[tuple[int, int, str]]:
    """Consecutive years of one grade as (first, last, grade)."""
    spans: list[tuple[int, int, str]] = []
    for year, grade in zip(grades["year"], grades["grade"], strict=True):
        if spans and spans[-1][2] == grade and spans[-1][1] == year - 1:
            spans[-1] = (spans[-1][0], year, grade)
        else:
            spans.append((year, year, grade))
    return spans


def span_text(first: int, last: int) -> str:
    return str(first) if first == last else f"{first}–{last}"


def badge(grades: pd.DataFrame) -> str:
    """The short coverage badge of a count or a trend: '2011–2025: complete; 2026: partial'."""
    return "; ".join(
        # i18n: a coverage badge's part: years ("2011–2025") and their grade ("complete")
        _("{years}: {grade}").format(years=span_text(a, b), grade=_(g))
        for a, b, g in grade_spans(grades)
    )


def unsettled_years(
    series: pd.DataFrame,
    iterations: pd.DataFrame,
    not_held: pd.DataFrame,
    span: tuple[int, int],
) -> pd.DataFrame:
    """Per series not tracked: the years it was due in ``span`` that are neither on record nor
    said not held (why it is not counted)."""
    due = expected_years(series[~series["tracked"]], span)
    known = pd.concat([iterations[["series_id", "year"]], not_held[["series_id", "year"]]])
    known_pairs = set(zip(known["series_id"], known["year"].astype(int), strict=True))
    missing = due[
        [(s, y) not in known_pairs for s, y in zip(due["series_id"], due["year"], strict=True)]
    ]
    if missing.empty:
        return pd.DataFrame({"series_id": pd.Series(dtype=str), "unsettled": pd.Series(dtype=str)})
    return (
        missing.groupby("series_id")["year"]
        .agg(lambda ys: ", ".join(str(y) for y in ys))
        .reset_index(name="unsettled")
    )


def panel_tempo(
    exercises: pd.DataFrame,
    participants: pd.DataFrame,
    ids: pd.Series,
    f: Filters,
    domains=(),
    kinds=(),
) -> dict[str, pd.DataFrame]:
    """Iterations of the tracked series per year, by domain and by partner, in the filters (an
    iteration is one exercise record, so each counts once)."""
    rows = filter_exercises(exercises[among(exercises["exercise_id"], ids)], participants, f)
    if domains:
        rows = rows[rows["domain"].isin(domains)]
    if kinds:
        rows = rows[rows["kind"].isin(kinds)]
    return {
        "per_domain": exercises_per_year(rows, "domain"),
        "per_partner": tempo(exercise_partners(rows, participants), "partner", f.partners),
    }


def held_in(exercises: pd.DataFrame, ids: pd.Series, year: int) -> int:
    """Iterations of the tracked series that began in ``year``."""
    starts = exercises.loc[among(exercises["exercise_id"], ids), "start"]
    return int((starts.dt.year == year).sum())
