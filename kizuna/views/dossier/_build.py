"""The whole dossier for one partner and a range of years."""

from __future__ import annotations

import pandas as pd

from kizuna import analysis, charts, countries
from kizuna.i18n import _
from kizuna.load import Dataset
from kizuna.state import Filters
from kizuna.views._core import SHOWN_ROWS, caption, cited, index_frame
from kizuna.views._exercises import exercise_map as partner_map
from kizuna.views.dossier._chronology import chronology
from kizuna.views.dossier._figures import (
    current_level,
    metrics,
    partner_agreements,
    rank_in,
    shown_titles,
)
from kizuna.views.dossier._model import CHRONOLOGY_TABLE_COLUMNS, Dossier
from kizuna.views.dossier._records import agreement_stages, article, cite, programmes

# the tables most of the chronology draws, whose weakest grade its badge gives
CHRONOLOGY_TABLES = ("agreements", "exercises")


def build(data: Dataset, partner: str, years: tuple[int, int]) -> Dossier:
    f = Filters((partner,), years)
    year = years[1]
    agreements = partner_agreements(data, partner)
    titles = shown_titles(data, agreements)
    level, level_id = current_level(agreements, year, titles)
    rows, undated = chronology(data, partner, years)
    recent = cite(data, rows.tail(charts.CHART_RECORDS))
    chart = None
    if len(rows):
        links = cited(data)
        found = [analysis.sources_for(t, g["record_id"], links) for t, g in rows.groupby("table")]
        title = _("{partner} and Japan: chronology").format(partner=countries.name(partner))
        capped = len(rows) > charts.CHART_RECORDS
        facet = (
            _("the {shown} most recent of {count} records").format(
                shown=charts.CHART_RECORDS, count=len(rows)
            )
            if capped
            else ""
        )
        source = analysis.sources_phrase(pd.concat(found), len(rows))
        chart = charts.chronology_chart(
            recent, caption(data, title, f, source, facet, coverage=CHRONOLOGY_TABLES)
        )
    exercise_map = None
    if data.ok("exercises", "exercise_participants"):
        exercise_map = partner_map(data, f)
    return Dossier(
        partner=partner,
        filters=f,
        level=level,
        level_id=level_id,
        rank=rank_in(index_frame(data, f), partner, year),
        metrics=metrics(data, partner, year),
        chronology=rows,
        chronology_table=cite(data, rows.head(SHOWN_ROWS))[CHRONOLOGY_TABLE_COLUMNS],
        recent=recent,
        undated=undated,
        chart=chart,
        agreements=agreement_stages(agreements, year, titles),
        programmes=programmes(data, partner),
        article=article(data, partner),
        exercise_map=exercise_map,
    )


def whole_chronology(data: Dataset, d: Dossier) -> pd.DataFrame:
    """The dossier's whole chronology as the page's table lists it, every row with its sources:
    what the table's downloads hold."""
    return cite(data, d.chronology)[CHRONOLOGY_TABLE_COLUMNS]
