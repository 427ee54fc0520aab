"""Exercises: the map, tempo by domain and by partner, reach, the table."""

from __future__ import annotations

from kizuna import analysis, charts
from kizuna.load import Dataset
from kizuna.state import Filters
from kizuna.views._core import View, _cite, _coverage_note, caption


def _frames(data: Dataset, f: Filters, domains=(), kinds=()):
    """The exercises in the filters, their partners, map points, reach and source line; None
    when nothing matches."""
    cite = _cite(data)
    participants = data["exercise_participants"]
    rows = analysis.filter_exercises(data["exercises"], participants, f)
    if domains:
        rows = rows[rows["domain"].isin(domains)]
    if kinds:
        rows = rows[rows["kind"].isin(kinds)]
    if rows.empty:
        return None
    # what each exercise brings (its partners, its scale) worked out once for all of them,
    # then picked out per filter: a filter change only selects rows
    every = data.memo(
        "exercise_partners",
        lambda: analysis.exercise_partners(data["exercises"], participants),
    )
    partners = every[analysis.among(every["exercise_id"], rows["exercise_id"])]
    partners = partners.reset_index(drop=True)
    chosen = partners if not f.partners else partners[partners["partner"].isin(f.partners)]
    scales = data.memo("exercise_scale", lambda: analysis.scale(participants))
    points = analysis.map_points(rows, partners, participants, f.partners, scales)
    return {
        "rows": rows,
        "partners": partners,
        "reach": analysis.reach(chosen),
        "points": analysis.citation_summary("exercises", points, "exercise_id", *cite),
        "source": analysis.source_line("exercises", rows["exercise_id"], *cite),
        "facet": "; ".join(x for x in (", ".join(domains), ", ".join(kinds)) if x),
    }


def _map(data: Dataset, f: Filters, frames: dict, colour_by="partner", arcs=None):
    return charts.exercise_map(
        frames["points"],
        frames["reach"],
        caption(
            data, "Where Japan's forces trained with partners", f, frames["source"], frames["facet"]
        ),
        colour_by,
        bool(f.partners) if arcs is None else arcs,
    )


def exercise_map(data: Dataset, f: Filters):
    """The exercise map alone (the partner dossier shows it); None when nothing matches."""
    frames = _frames(data, f)
    return None if frames is None else _map(data, f, frames)


def exercises(
    data: Dataset, f: Filters, domains=(), kinds=(), colour_by="partner", arcs=None
) -> View:
    frames = _frames(data, f, domains, kinds)
    view = View()
    if frames is None:
        view.empty = (
            "No exercises, port calls or deployments match these filters. Widen the years, "
            "clear the domain or kind, or choose other partners."
        )
        return view
    rows, partners, reach, points = (frames[k] for k in ("rows", "partners", "reach", "points"))
    source, facet = frames["source"], frames["facet"]
    view.add(_map(data, f, frames, colour_by, arcs))
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
