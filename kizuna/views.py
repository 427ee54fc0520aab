"""Each page's charts and tables for a filter state, built without Streamlit.

The pages render these; the briefing pack exports the same objects, so a downloaded chart is
exactly the one on screen.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import pandas as pd

from kizuna import analysis, charts, countries, measures
from kizuna.charts import Caption, Chart
from kizuna.load import Dataset
from kizuna.state import YEAR_BOUNDS, Filters


@dataclass
class View:
    charts: dict[str, Chart] = field(default_factory=dict)  # Chart.name -> chart, in page order
    tables: dict[str, pd.DataFrame] = field(default_factory=dict)
    metrics: dict = field(default_factory=dict)  # headline figures and sentences

    def add(self, chart: Chart) -> None:
        """Charts are known by one name: the page, the widget key and the file name use it."""
        self.charts[chart.name] = chart

    empty: str | None = None  # what to change when nothing matches


def caption(
    data: Dataset, title: str, f: Filters, source: str, facet: str = "", partners=True
) -> Caption:
    """Title; the filters as subtitle; the source line with the date the data was last read."""
    subtitle = f.describe(partners) + (f"; {facet}" if facet else "")
    return Caption(title, subtitle, f"{source} · Kizuna, data as of {data.as_of}")


def _agreement_rows(data: Dataset, f: Filters, by_year: bool = True) -> pd.DataFrame:
    everyone = data.memo(
        "agreements_with_partners",
        lambda: analysis.agreements_with_partners(data["agreements"], data["agreement_parties"]),
    )
    return analysis.filter_agreement_rows(everyone, f, by_year)


def _cite(data: Dataset):
    return data["citations"], data["sources"]


def _coverage_note(data: Dataset, table: str, years: tuple[int, int]) -> str:
    """What a count of this table's rows counts, from the coverage table (empty if unknown)."""
    if not data.ok("coverage"):
        return ""
    rows = data["coverage"]
    rows = rows[
        (rows["table"] == table) & (rows["to_year"] >= years[0]) & (rows["from_year"] <= years[1])
    ]
    return " ".join(
        f"{r.from_year}–{r.to_year}: {r.completeness} — {r.note}" for r in rows.itertuples()
    )


def index_frame(data: Dataset, f: Filters, weights=None) -> pd.DataFrame:
    """The composite partnership index for every partner, each year of the range, with rank
    ranges for the range's last year (computed over all partners: a partner's rank does not
    depend on which others are selected). Computed once per dataset, years and weights."""
    weights = {**measures.DEFAULT_WEIGHTS, **(weights or {})}
    key = ("index", f.years, tuple(sorted(weights.items())))

    def compute() -> pd.DataFrame:
        everyone = _agreement_rows(data, Filters(years=f.years), by_year=False)
        return measures.index_table(
            everyone,
            data.tables.get("exercises"),
            data.tables.get("exercise_participants"),
            data.tables.get("assistance"),
            range(f.years[0], f.years[1] + 1),
            weights,
            ranged_years=[f.years[1]],
        )

    return data.memo(key, compute)


def overview(data: Dataset, f: Filters) -> View:
    cite = _cite(data)
    all_years = _agreement_rows(data, f, by_year=False)
    in_range = analysis.citation_summary(
        "agreements",
        _agreement_rows(data, f),
        "agreement_id",
        *cite,
    )
    view = View()
    if in_range.empty and all_years.empty:
        view.empty = (
            "No agreements match these filters. Widen the years or clear the partner filter."
        )
        return view
    year = f.years[1]
    index = index_frame(data, f)
    this_year = index[index["year"] == year]
    view.metrics["headline"] = measures.headline(index, year, f.partners)
    shown = this_year[this_year["partner"].isin(f.partners)] if f.partners else this_year
    everything = _agreement_rows(data, Filters(years=f.years), by_year=False)
    source = analysis.source_line("agreements", everything["agreement_id"], *cite)
    if not shown.empty:
        view.add(
            charts.index_map(
                shown,
                caption(data, f"Composite partnership index, {year}", f, source, facet="0–100"),
            )
        )
    matrix = analysis.agreement_matrix(all_years, year, f.partners)
    if not matrix.empty:
        view.add(
            charts.agreement_matrix(
                matrix,
                caption(
                    data,
                    f"Instruments in force, {year}: year each type took effect",
                    f,
                    source,
                    facet="* signed, entry into force not on record",
                ),
            )
        )
    source = analysis.source_line("agreements", in_range["agreement_id"], *cite)
    events = analysis.annotations(data["events"], f) if data.ok("events") else analysis.no_events()
    if not in_range.empty:
        view.add(
            charts.milestones_timeline(
                in_range, events, caption(data, "Key agreements and policy events", f, source)
            )
        )
        view.add(
            charts.agreements_by_type(
                analysis.agreements_by_type(in_range),
                caption(data, "Agreements by type", f, source),
            )
        )
    view.tables["agreements"] = in_range
    view.tables["index"] = this_year
    view.metrics["defence_partners"] = analysis.defence_partners_in_force(all_years, year)
    if data.ok("exercises", "exercise_participants"):
        rows = analysis.filter_exercises(data["exercises"], data["exercise_participants"], f)
        named = rows[rows["kind"] == "exercise"]
        latest = analysis.latest_year(named["start"], year)
        record_end = data["exercises"]["start"].max()
        view.metrics["exercises"] = (latest, *analysis.year_so_far(named, latest, record_end))
        view.metrics["exercise_coverage"] = _coverage_note(data, "exercises", (latest, latest))
    if data.ok("claims"):
        claims = analysis.filter_claims(
            data["claims"],
            f.years,
            subjects=f.partners,
            include_undated=f.years == YEAR_BOUNDS,
            kind="capability assessment",
        )
        view.metrics["claims"] = claims
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
    view.add(
        charts.lifecycle_timeline(
            analysis.lifecycle(rows), caption(data, "Agreement lifecycles", f, source, facet)
        )
    )
    everything = _agreement_rows(data, f, by_year=False)
    weights = {**measures.DEFAULT_WEIGHTS, **(weights or {})}
    index = index_frame(data, f, weights)
    year = f.years[1]
    this_year = index[index["year"] == year]
    if f.partners:
        this_year = this_year[this_year["partner"].isin(f.partners)]
        over_time = index[index["partner"].isin(f.partners)]
    else:
        over_time = index
    all_source = analysis.source_line("agreements", everything["agreement_id"], *cite)
    custom = weights != measures.DEFAULT_WEIGHTS
    weights_facet = "custom weights" if custom else "default weights"
    if not this_year.empty:
        view.add(
            charts.index_bars(
                this_year,
                weights,
                caption(data, f"Composite partnership index, {year}", f, all_source, weights_facet),
            )
        )
        view.add(
            charts.index_heatmap(
                over_time,
                caption(
                    data, "Composite partnership index over time", f, all_source, weights_facet
                ),
            )
        )
    view.metrics["headline"] = measures.headline(index, year)
    groups = analysis.groupings(rows)
    if not groups.empty:
        view.add(
            charts.grouping_matrix(
                groups, caption(data, "Groupings: partners Japan binds together", f, source, facet)
            )
        )
    view.tables["agreements"] = rows.drop(columns=["dated", "effective"])
    view.tables["index"] = index
    view.tables["all_agreements"] = everything
    if data.ok("assistance"):
        grants = analysis.filter_assistance(data["assistance"], f)
        if not grants.empty:
            grants = analysis.citation_summary("assistance", grants, "assistance_id", *cite)
            view.add(
                charts.assistance_bars(
                    grants,
                    caption(
                        data,
                        "Security assistance by recipient and year",
                        f,
                        analysis.source_line("assistance", grants["assistance_id"], *cite),
                    ),
                )
            )
        view.tables["assistance"] = grants
    return view


def compare(data: Dataset, f: Filters, a: str, b: str, index: pd.DataFrame, weights=None):
    """Two partners' composite index over the years, as one chart."""
    everything = _agreement_rows(data, Filters(partners=(a, b), years=f.years), by_year=False)
    source = analysis.source_line("agreements", everything["agreement_id"], *_cite(data))
    title = f"{countries.name(a)} and {countries.name(b)}: composite index"
    return charts.compare_index(
        index[index["partner"].isin([a, b])], caption(data, title, f, source)
    )


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
    reach = analysis.reach(chosen)
    points = analysis.map_points(rows, partners, participants, f.partners)
    points = analysis.citation_summary("exercises", points, "exercise_id", *cite)
    source = analysis.source_line("exercises", rows["exercise_id"], *cite)
    view.add(
        charts.exercise_map(
            points,
            reach,
            caption(data, "Where Japan's forces trained with partners", f, source, facet),
            colour_by,
            bool(f.partners) if arcs is None else arcs,
        )
    )
    view.add(
        charts.tempo_bars(
            analysis.exercises_per_year(rows, "domain"),
            "domain",
            caption(
                data,
                "Exercises, port calls and deployments per year",
                f,
                source,
                facet or "each counted once",
            ),
        )
    )
    view.add(
        charts.tempo_heatmap(
            analysis.tempo(partners, "partner", f.partners),
            caption(
                data,
                "Exercises with each partner per year",
                f,
                source,
                "an exercise counts once for each partner that trained with Japan in it",
            ),
        )
    )
    if not reach.empty:
        view.add(
            charts.reach_chart(
                analysis.longest_reach(reach),
                caption(
                    data,
                    "Reach: farthest a partner's forces came to train with Japan's",
                    f,
                    source,
                    facet or "from home base or port where known, else the capital",
                ),
            )
        )
    view.metrics["coverage"] = _coverage_note(data, "exercises", f.years)
    view.tables["exercises"] = points.drop(columns=["when"])
    return view


CLAIM_TITLES = {
    "capability assessment": "Capability assessments by subject, domain and assessment",
    "article fact-check": "Fact-checks of the source article by subject and verdict",
}


def claims(
    data: Dataset,
    f: Filters,
    subjects=(),
    domains=(),
    assessments=(),
    kind: str = "capability assessment",
) -> View:
    cite = _cite(data)
    rows = analysis.filter_claims(
        data["claims"],
        f.years,
        subjects,
        domains,
        assessments,
        include_undated=f.years == YEAR_BOUNDS,
        kind=kind,
    )
    view = View()
    if rows.empty:
        view.empty = (
            "No claims match these filters. Widen the years or clear the subject, domain or "
            "assessment filters."
        )
        return view
    facet = "; ".join(
        x for x in (", ".join(subjects), ", ".join(domains), ", ".join(assessments)) if x
    )
    rows = analysis.citation_summary("claims", rows, "claim_id", *cite)
    source = analysis.source_line("claims", rows["claim_id"], *cite)
    view.add(
        charts.claims_matrix(
            analysis.claim_tallies(rows),
            caption(data, CLAIM_TITLES[kind], f, source, facet, partners=False),
            name="claims-matrix" if kind == "capability assessment" else "claims-fact-checks",
        )
    )
    if data.ok("milestones") and kind == "capability assessment":
        milestones = analysis.citation_summary(
            "milestones", data["milestones"], "milestone_id", *cite
        )
        planned = milestones[milestones["status"] == "planned"]
        if not planned.empty:
            view.add(
                charts.target_tracker(
                    planned,
                    caption(
                        data,
                        "Programme targets: announced and revised",
                        f,
                        analysis.source_line("milestones", planned["milestone_id"], *cite),
                        partners=False,
                    ),
                )
            )
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
        view = build(data, f, subjects=f.partners) if build is claims else build(data, f)
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
