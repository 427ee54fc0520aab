"""Partnerships: the index, agreements by type and over time, the matrix, OSA."""

from __future__ import annotations

import pandas as pd

from kizuna import analysis, charts, countries, measures
from kizuna.i18n import _
from kizuna.load import Dataset
from kizuna.state import Filters
from kizuna.views._core import (
    SHOWN_ROWS,
    View,
    agreement_rows,
    caption,
    cited,
    coverage_badge,
    index_frame,
    listed,
)


def _rows(data: Dataset, f: Filters, types=()) -> pd.DataFrame:
    rows = agreement_rows(data, f)
    return rows[rows["type"].isin(types)] if types else rows


def agreement_table(data: Dataset, f: Filters, types=(), sources: bool = True) -> pd.DataFrame:
    """Every agreement in the filters, once per partner, with its sources (unless not wanted),
    as the page's table lists them: what the downloads and the briefing pack hold. The view
    keeps the first rows."""
    rows = _rows(data, f, types)
    return _cited(data, rows) if sources else rows.drop(columns=["dated", "effective"])


def _cited(data: Dataset, rows: pd.DataFrame) -> pd.DataFrame:
    summed = analysis.citation_summary("agreements", rows, "agreement_id", cited(data))
    return titled(data, summed.drop(columns=["dated", "effective"]))


def titled(data: Dataset, rows: pd.DataFrame) -> pd.DataFrame:
    """Each agreement with its official Japanese title where one is on record (title_ja, from
    the Japanese original; never a translation of ours). The table shows it in Japanese; the
    downloads keep both titles as recorded."""
    if not data.ok("titles_ja") or rows.empty:
        return rows
    japanese = analysis.japanese_titles(data["titles_ja"], "agreements")
    return rows.assign(title_ja=[japanese.get(i, "") for i in rows["agreement_id"]])


def partnerships(data: Dataset, f: Filters, types=(), weights=None) -> View:
    cite = cited(data)
    rows = _rows(data, f, types)
    view = View()
    if rows.empty:
        view.empty = _(
            "No agreements match these filters. Clear the type filter, widen the years or "
            "choose other partners."
        )
        return view
    source = analysis.source_line("agreements", rows["agreement_id"], cite)
    facet = _("types: {types}").format(types=listed(_(t) for t in types)) if types else ""
    view.add(
        charts.lifecycle_timeline(
            analysis.lifecycle(rows),
            caption(data, _("Agreement lifecycles"), f, source, facet, coverage="agreements"),
        )
    )
    everything = agreement_rows(data, f, by_year=False)
    weights = {**measures.DEFAULT_WEIGHTS, **(weights or {})}
    index = index_frame(data, f, weights)
    year = f.years[1]
    this_year = index[index["year"] == year]
    if f.partners:
        this_year = this_year[this_year["partner"].isin(f.partners)]
        over_time = index[index["partner"].isin(f.partners)]
    else:
        over_time = index
    all_source = analysis.source_line("agreements", everything["agreement_id"], cite)
    custom = weights != measures.DEFAULT_WEIGHTS
    weights_facet = _("custom weights") if custom else _("default weights")
    if not this_year.empty:
        view.add(
            charts.index_bars(
                this_year,
                weights,
                caption(
                    data,
                    _("Composite partnership index, {year}").format(year=year),
                    f,
                    all_source,
                    weights_facet,
                ),
            )
        )
        shown = (
            (int(over_time["year"].min()), int(over_time["year"].max()))
            if len(over_time)
            else f.years
        )
        badge, spans = coverage_badge(data, "exercises", shown, fill=True)
        view.add(
            charts.index_heatmap(
                over_time,
                caption(
                    data,
                    _("Composite partnership index over time"),
                    f,
                    all_source,
                    "; ".join(
                        x
                        for x in (
                            weights_facet,
                            badge and _("exercises {badge}").format(badge=badge),
                        )
                        if x
                    ),
                ),
                spans=spans,
            )
        )
    view.metrics["headline"] = measures.headline(index, year)
    groups = analysis.groupings(rows)
    if not groups.empty:
        view.add(
            charts.grouping_matrix(
                groups,
                caption(data, _("Groupings: partners Japan binds together"), f, source, facet),
            )
        )
    # the rows the table shows, with their sources; the downloads rebuild them all
    # (agreement_table)
    view.tables["agreements"] = _cited(data, rows.head(SHOWN_ROWS))
    view.metrics["agreements"] = len(rows)
    view.tables["index"] = index
    if data.ok("assistance"):
        grants = analysis.filter_assistance(data["assistance"], f)
        if not grants.empty:
            grants = analysis.citation_summary("assistance", grants, "assistance_id", cite)
            view.add(
                charts.assistance_bars(
                    grants,
                    caption(
                        data,
                        _("Security assistance by recipient and year"),
                        f,
                        analysis.source_line("assistance", grants["assistance_id"], cite),
                        coverage="assistance",
                    ),
                )
            )
        view.tables["assistance"] = grants
    return view


def compare(data: Dataset, f: Filters, a: str, b: str, index: pd.DataFrame, weights=None):
    """Two partners' composite index over the years, as one chart."""
    everything = agreement_rows(data, Filters(partners=(a, b), years=f.years), by_year=False)
    source = analysis.source_line("agreements", everything["agreement_id"], cited(data))
    title = _("{a} and {b}: composite index").format(a=countries.name(a), b=countries.name(b))
    return charts.compare_index(
        index[index["partner"].isin([a, b])], caption(data, title, f, source)
    )
