"""Each page's charts and tables for a filter state, built without Streamlit.

The pages render these; the briefing pack exports the same objects, so a downloaded chart is
exactly the one on screen.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import pandas as pd

from kizuna import analysis, figures
from kizuna.analysis import YEAR_BOUNDS, Filters
from kizuna.figures import Caption, Chart
from kizuna.load import Dataset


@dataclass
class View:
    charts: dict[str, Chart] = field(default_factory=dict)  # page key -> chart, in page order
    tables: dict[str, pd.DataFrame] = field(default_factory=dict)
    empty: str | None = None  # what to change when nothing matches


def caption(
    data: Dataset, title: str, f: Filters, source: str, facet: str = "", partners=True
) -> Caption:
    """Title; the filters as subtitle; the source line with the date the data was last read."""
    subtitle = f.describe(partners) + (f"; {facet}" if facet else "")
    return Caption(title, subtitle, f"{source}, data as of {data.as_of}")


def _agreement_rows(data: Dataset, f: Filters, by_year: bool = True) -> pd.DataFrame:
    everyone = data.memo(
        "agreements_with_partners",
        lambda: analysis.agreements_with_partners(data["agreements"], data["agreement_parties"]),
    )
    return analysis.filter_agreement_rows(everyone, f, by_year)


def _cite(data: Dataset):
    return data["citations"], data["sources"]


def overview(data: Dataset, f: Filters) -> View:
    cite = _cite(data)
    all_years = _agreement_rows(data, f, by_year=False)
    in_range = analysis.citation_summary(
        "agreements", _agreement_rows(data, f), "agreement_id",
        *cite,
    )  # fmt: skip
    depth = analysis.depth_index(all_years, range(f.years[0], f.years[1] + 1))
    view = View()
    if in_range.empty and depth.empty:
        view.empty = (
            "No agreements match these filters. Widen the years or clear the partner filter."
        )
        return view
    if not depth.empty:
        source = analysis.source_line("agreements", all_years["agreement_id"], *cite)
        view.charts["overview-map"] = figures.depth_map(
            depth, caption(data, "Depth of Japan's partnerships", f, source)
        )
    source = analysis.source_line("agreements", in_range["agreement_id"], *cite)
    events = analysis.annotations(data["events"], f) if data.ok("events") else analysis.no_events()
    view.charts["overview-timeline"] = figures.milestones_timeline(
        in_range, events, caption(data, "Key agreements and policy events", f, source)
    )
    view.charts["overview-types"] = figures.agreements_by_type(
        analysis.agreements_by_type(in_range), caption(data, "Agreements by type", f, source)
    )
    view.tables["agreements"] = in_range
    return view


def partnerships(data: Dataset, f: Filters, types=(), weights=None) -> View:
    cite = _cite(data)
    rows = _agreement_rows(data, f)
    if types:
        rows = rows[rows["type"].isin(types)]
    view = View()
    if rows.empty:
        view.empty = (
            "No agreements match these filters. Clear the type filter, widen the years or "
            "choose other partners."
        )
        return view
    rows = analysis.citation_summary("agreements", rows, "agreement_id", *cite)
    source = analysis.source_line("agreements", rows["agreement_id"], *cite)
    facet = f"types: {', '.join(types)}" if types else ""
    view.charts["partnerships-lifecycle"] = figures.lifecycle_timeline(
        analysis.lifecycle(rows), caption(data, "Agreement lifecycles", f, source, facet)
    )
    everything = _agreement_rows(data, f, by_year=False)
    depth = analysis.depth_index(everything, range(f.years[0], f.years[1] + 1), weights)
    if not depth.empty:
        all_source = analysis.source_line("agreements", everything["agreement_id"], *cite)
        view.charts["partnerships-depth"] = figures.depth_lines(
            depth, caption(data, "Partnership depth index", f, all_source)
        )
    view.charts["partnerships-network"] = figures.network(
        analysis.network_edges(rows),
        analysis.groupings(rows),
        caption(data, "Japan's partnership network", f, source, facet),
    )
    view.tables["agreements"] = rows.drop(columns=["dated", "effective"])
    view.tables["depth"] = depth
    view.tables["all_agreements"] = everything
    return view


def exercises(
    data: Dataset, f: Filters, domains=(), kinds=(), colour_by="partner", arcs=None
) -> View:
    cite = _cite(data)
    participants = data["exercise_participants"]
    rows = analysis.filter_exercises(data["exercises"], participants, f)
    if domains:
        rows = rows[rows["domain"].isin(domains)]
    if kinds:
        rows = rows[rows["kind"].isin(kinds)]
    view = View()
    if rows.empty:
        view.empty = (
            "No exercises, port calls or deployments match these filters. Widen the years, "
            "clear the domain or kind, or choose other partners."
        )
        return view
    facet = "; ".join(x for x in (", ".join(domains), ", ".join(kinds)) if x)
    partners = analysis.exercise_partners(rows, participants)
    chosen = partners if not f.partners else partners[partners["partner"].isin(f.partners)]
    reach = analysis.reach(chosen, analysis.japan_abroad(rows))
    points = analysis.map_points(rows, partners, participants, f.partners)
    points = analysis.citation_summary("exercises", points, "exercise_id", *cite)
    source = analysis.source_line("exercises", rows["exercise_id"], *cite)
    view.charts["exercises-map"] = figures.exercise_map(
        points,
        reach,
        caption(data, "Where Japan's forces trained with partners", f, source, facet),
        colour_by,
        bool(f.partners) if arcs is None else arcs,
    )
    view.charts["exercises-tempo-partner"] = figures.tempo_bars(
        analysis.tempo(partners, "partner", f.partners),
        "partner",
        caption(data, "Tempo by partner", f, source, facet),
    )
    view.charts["exercises-tempo-domain"] = figures.tempo_bars(
        analysis.tempo(partners, "domain"),
        "domain",
        caption(data, "Tempo by domain", f, source, facet),
    )
    if not reach.empty:
        view.charts["exercises-reach"] = figures.reach_chart(
            analysis.longest_reach(reach),
            caption(data, "Reach: farthest deployment per partner and year", f, source, facet),
        )
    view.tables["exercises"] = points.drop(columns=["when"])
    return view


def claims(data: Dataset, f: Filters, subjects=(), domains=(), assessments=()) -> View:
    cite = _cite(data)
    rows = analysis.filter_claims(
        data["claims"], f.years, subjects, domains, assessments,
        include_undated=f.years == YEAR_BOUNDS,
    )  # fmt: skip
    view = View()
    if rows.empty:
        view.empty = (
            "No claims match these filters. Widen the years or clear the subject, domain or "
            "assessment filters."
        )
        return view
    facet = "; ".join(x for x in (", ".join(subjects), ", ".join(domains), ", ".join(assessments))
                      if x)  # fmt: skip
    rows = analysis.citation_summary("claims", rows, "claim_id", *cite)
    source = analysis.source_line("claims", rows["claim_id"], *cite)
    view.charts["claims-matrix"] = figures.claims_matrix(
        analysis.claim_tallies(rows),
        caption(data, "Claims by subject, domain and assessment", f, source, facet, partners=False),
    )
    if data.ok("milestones"):
        milestones = analysis.citation_summary(
            "milestones", data["milestones"], "milestone_id", *cite
        )
        planned = milestones[milestones["status"] == "planned"]
        if not planned.empty:
            view.charts["claims-targets"] = figures.target_tracker(
                planned,
                caption(
                    data,
                    "Programme targets: announced and revised", f,
                    analysis.source_line("milestones", planned["milestone_id"], *cite),
                    partners=False,
                ),
            )  # fmt: skip
    view.tables["claims"] = rows
    return view


def briefing(data: Dataset, f: Filters) -> tuple[list[Chart], dict[str, pd.DataFrame]]:
    """Every chart and table of the view, with each page's own facets at their defaults."""
    charts: list[Chart] = []
    tables: dict[str, pd.DataFrame] = {}
    builders = (
        (overview, ("agreements", "agreement_parties")),
        (partnerships, ("agreements", "agreement_parties")),
        (exercises, ("exercises", "exercise_participants")),
        (claims, ("claims", "claim_evidence")),
    )
    for build, needs in builders:
        if not data.ok(*needs, "citations", "sources"):
            continue
        view = build(data, f)
        charts += list(view.charts.values())
        for name, frame in view.tables.items():
            if name in ("agreements", "exercises", "claims"):
                tables[name] = frame
    return charts, tables


def cited_sources(data: Dataset, tables: dict[str, pd.DataFrame]) -> pd.DataFrame:
    """The sources behind the rows of these tables."""
    keys = {"agreements": "agreement_id", "exercises": "exercise_id", "claims": "claim_id"}
    ids = [
        analysis.sources_for(name, frame[keys[name]], *_cite(data))["source_id"]
        for name, frame in tables.items()
        if name in keys
    ]
    wanted = set(pd.concat(ids)) if ids else set()
    return data["sources"][data["sources"]["source_id"].isin(wanted)].reset_index(drop=True)
