"""Sources & method: the searchable source list, when each table was last read, the dictionary."""

from __future__ import annotations

import numpy as np
import pandas as pd

from kizuna import analysis, countries
from kizuna.load import Dataset
from kizuna.schema import Table
from kizuna.views._core import SHOWN_ROWS, View


def source_search(data: Dataset, kinds=(), query: str = "") -> View:
    """The first sources of these kinds whose title or publisher holds ``query`` (any case),
    and how many there are: the table shows the first rows, ``source_table`` has them all."""
    sources = data["sources"]
    found = analysis.found_sources(sources, kinds, query)
    view = View()
    first = np.flatnonzero(found)[:SHOWN_ROWS]
    view.tables["sources"] = sources.iloc[first].reset_index(drop=True)
    view.metrics["sources"] = int(found.sum())
    return view


def source_table(data: Dataset, kinds=(), query: str = "") -> pd.DataFrame:
    """Every source the search finds, for the downloads."""
    return analysis.search_sources(data["sources"], kinds, query)


def last_updated(data: Dataset) -> pd.DataFrame:
    return analysis.last_updated(data.tables)


def data_dictionary(data: Dataset, table: Table) -> pd.DataFrame:
    return analysis.dictionary(table)


TABLE_NAMES = {
    "agreements": "Agreements, statements, 2+2s",
    "exercises": "Exercises, deployments, port calls",
    "claims": "Claims",
    "milestones": "Milestones",
    "events": "Policy events",
    "assistance": "Security assistance",
    "series_not_held": "Series years not held",
    "series": "Tracked exercise series",
    "all records": "All records",
}


def sourcing(data: Dataset) -> pd.DataFrame:
    """Per table: records, the share with at least one official source, the share resting on
    reproductions alone."""
    rows = analysis.sourcing(data["citations"], data["sources"])
    return pd.DataFrame(
        {
            "Records": rows["table"].map(TABLE_NAMES),
            "Count": rows["records"],
            "With an official source": (rows["official"] / rows["records"]).map("{:.0%}".format),
            "On reproductions alone": (rows["mirror_only"] / rows["records"]).map("{:.0%}".format),
        }
    )


def tracked_series(data: Dataset) -> pd.DataFrame:
    """Every series: its years, cadence, iterations on record, years not held, and for those
    not tracked the years not yet settled."""
    series, links = data["series"], data["series_iterations"]
    absent = data["series_not_held"]
    span = (2011, int(series["to_year"].max()))
    if data.ok("coverage"):
        grades = analysis.year_grades(data["coverage"], "series", span)
        complete = grades.loc[grades["grade"] == "complete", "year"]
        span = (span[0], int(complete.max())) if len(complete) else span
    unsettled = analysis.unsettled_years(series, links, absent, span)
    held = links.groupby("series_id").size()
    partners = (
        links.merge(data["exercise_participants"], on="exercise_id")
        .query("role == 'partner'")
        .groupby("series_id")["country"]
        .agg(lambda c: ", ".join(countries.name(x) for x in c.value_counts().index))
    )
    names = data["series_names"].groupby("series_id")["name"].agg("; ".join)
    not_held = absent.groupby("series_id")["year"].agg(lambda y: ", ".join(map(str, sorted(y))))
    return (
        pd.DataFrame(
            {
                "Series": series["name"],
                "Other names": series["series_id"].map(names).fillna(""),
                "Partners (most often first)": series["series_id"].map(partners).fillna(""),
                "Domain": series["domain"],
                "Cadence": series["cadence"],
                "Years": series["from_year"].astype(str) + "–" + series["to_year"].astype(str),
                "Counted in trends": series["tracked"].map({True: "yes", False: "no"}),
                "Iterations on record": series["series_id"].map(held).fillna(0).astype(int),
                "Not held with Japan": series["series_id"].map(not_held).fillna(""),
                "Years not yet settled": series["series_id"]
                .map(unsettled.set_index("series_id")["unsettled"])
                .fillna(""),
            }
        )
        .sort_values(["Counted in trends", "Series"], ascending=[False, True])
        .reset_index(drop=True)
    )


def coverage_table(data: Dataset) -> pd.DataFrame:
    """coverage.csv for readers: what each count covers, its grade, what is missing and the
    reference it was checked against."""
    rows = data["coverage"]
    titles = data["sources"].set_index("source_id")["title"] if data.ok("sources") else {}
    return pd.DataFrame(
        {
            "Records": rows["table"].map(TABLE_NAMES),
            "Years": [
                analysis.span_text(a, b)
                for a, b in zip(rows["from_year"], rows["to_year"], strict=True)
            ],
            "What is counted": rows["scope"],
            "Grade": rows["completeness"],
            "What is missing": rows["note"],
            "Checked against": rows["source_id"].map(titles).fillna(""),
        }
    )
