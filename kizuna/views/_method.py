"""Sources & method: the searchable source list, when each table was last read, the dictionary."""

from __future__ import annotations

import numpy as np
import pandas as pd

from kizuna import analysis, countries, i18n
from kizuna.i18n import N_, _
from kizuna.load import Dataset
from kizuna.schema import Table
from kizuna.views._core import SHOWN_ROWS, View, listed


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
    "agreements": N_("Agreements, statements, 2+2s"),
    "exercises": N_("Exercises, deployments, port calls"),
    "claims": N_("Claims"),
    "milestones": N_("Milestones"),
    "events": N_("Policy events"),
    "assistance": N_("Security assistance"),
    "series_not_held": N_("Series years not held"),
    "series": N_("Tracked exercise series"),
    "all records": N_("All records"),
}


def _table_names(tables: pd.Series) -> pd.Series:
    """Each table by its name for readers (blank for one without)."""
    return tables.map(TABLE_NAMES).map(_, na_action="ignore")


def sourcing(data: Dataset) -> pd.DataFrame:
    """Per table: records, the share with at least one official source, the share resting on
    reproductions alone."""
    rows = analysis.sourcing(data["citations"], data["sources"])
    share = "{:.0%}".format
    return pd.DataFrame(
        {
            _("Records"): _table_names(rows["table"]),
            _("Count"): rows["records"],
            _("With an official source"): (rows["official"] / rows["records"]).map(share),
            _("On reproductions alone"): (rows["mirror_only"] / rows["records"]).map(share),
        }
    )


def japanese_titles(data: Dataset) -> pd.DataFrame:
    """Per kind of record MOFA and MOD title in Japanese: the share with an official Japanese
    title on record (the rest are shown in English, marked)."""
    rows = analysis.japanese_share(data["agreements"], data["series"], data["titles_ja"])
    share = rows["with_japanese_title"] / rows["records"].where(rows["records"] > 0)
    return pd.DataFrame(
        {
            _("Records"): rows["kind"].map(_),
            _("Count"): rows["records"],
            _("With an official Japanese title"): rows["with_japanese_title"],
            _("Share"): share.map("{:.0%}".format),
        }
    )


def _series_names(data: Dataset, series: pd.DataFrame) -> list[str]:
    """In Japanese, each series under the name Japan's forces give it, where on record; else
    its English name marked （英文）."""
    if i18n.language() != "ja" or not data.ok("titles_ja"):
        return series["name"].tolist()
    japanese = analysis.japanese_titles(data["titles_ja"], "series")
    return [
        japanese.get(i) or f"{n} （英文）"
        for i, n in zip(series["series_id"], series["name"], strict=True)
    ]


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
        .agg(lambda c: listed(countries.name(x) for x in c.value_counts().index))
    )
    names = data["series_names"].groupby("series_id")["name"].agg("; ".join)
    not_held = absent.groupby("series_id")["year"].agg(lambda y: ", ".join(map(str, sorted(y))))
    ids = series["series_id"].tolist()
    unsettled_by = dict(zip(unsettled["series_id"], unsettled["unsettled"], strict=True))

    def each(found) -> list:
        return [found.get(i, "") for i in ids]

    table = pd.DataFrame(
        {
            _("Series"): _series_names(data, series),
            _("Other names"): each(names.to_dict()),
            _("Partners (most often first)"): each(partners.to_dict()),
            _("Domain"): series["domain"].map(_, na_action="ignore"),
            _("Cadence"): series["cadence"].map(_, na_action="ignore"),
            _("Years"): series["from_year"].astype(str) + "–" + series["to_year"].astype(str),
            _("Counted in trends"): series["tracked"].map({True: _("yes"), False: _("no")}),
            _("Iterations on record"): [int(held.get(i, 0)) for i in ids],
            _("Not held with Japan"): each(not_held.to_dict()),
            _("Years not yet settled"): each(unsettled_by),
        }
    )
    # counted first, then by name: sorted on the record's values, not on the words shown
    order = pd.DataFrame({"counted": series["tracked"], "name": series["name"]})
    order = order.sort_values(["counted", "name"], ascending=[False, True]).index
    return table.loc[order].reset_index(drop=True)


def coverage_table(data: Dataset) -> pd.DataFrame:
    """coverage.csv for readers: what each count covers, its grade, what is missing and the
    reference it was checked against."""
    rows = data["coverage"]
    titles = data["sources"].set_index("source_id")["title"] if data.ok("sources") else {}
    return pd.DataFrame(
        {
            _("Records"): _table_names(rows["table"]),
            _("Years"): [
                analysis.span_text(a, b)
                for a, b in zip(rows["from_year"], rows["to_year"], strict=True)
            ],
            _("What is counted"): rows["scope"],
            _("Grade"): rows["completeness"].map(_, na_action="ignore"),
            _("What is missing"): rows["note"],
            _("Checked against"): rows["source_id"].map(titles).fillna(""),
        }
    )
