"""Exercises: the map, tempo by domain and by partner, reach, the table."""

from __future__ import annotations

from kizuna import analysis, charts
from kizuna.load import Dataset
from kizuna.state import Filters
from kizuna.views._core import View, _cite, _coverage_note, caption


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
