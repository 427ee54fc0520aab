"""Exercises: the map, tempo by domain and by partner, reach, the table."""

from __future__ import annotations

import pandas as pd

from kizuna import analysis, charts
from kizuna.load import Dataset
from kizuna.state import Filters
from kizuna.views._core import SHOWN_ROWS, View, caption, cited, coverage_note


def _frames(
    data: Dataset, f: Filters, domains=(), kinds=(), colour_by="partner", arcs=None, map_only=False
):
    """The exercises in the filters as the page shows them: counts per year, reach, the map's
    points (or cells), the first rows with their sources, the source line; None when nothing
    matches. ``map_only``: without the counts per year and the longest reach."""
    exercises, participants = data["exercises"], data["exercise_participants"]
    options = dict(
        rows=SHOWN_ROWS,
        map_points_max=charts.MAP_POINTS,
        coloured=charts.MAP_COLOURED,
        others=charts.OTHERS,
        colour_by=colour_by,
        arcs=bool(f.partners) if arcs is None else arcs,
        arc_km=charts.ARC_KM,
        max_arcs=charts.MAX_ARCS,
        map_only=map_only,
    )
    frames = analysis.exercise_frames(
        exercises, participants, f.partners, f.years, domains, kinds, **options
    )
    if frames["ids"].empty:
        return None
    cite = cited(data)
    first = frames["first_rows"]
    partners = analysis.exercise_partners(first, participants)
    points = analysis.map_points(first, partners, participants, f.partners)
    frames["points"] = analysis.citation_summary("exercises", points, "exercise_id", cite)
    frames["source"] = analysis.source_line("exercises", frames["ids"]["exercise_id"], cite)
    frames["facet"] = "; ".join(x for x in (", ".join(domains), ", ".join(kinds)) if x)
    return frames


def _map(data: Dataset, f: Filters, frames: dict, colour_by="partner"):
    return charts.exercise_map(
        frames["points"],
        frames["arcs"],
        caption(
            data, "Where Japan's forces trained with partners", f, frames["source"], frames["facet"]
        ),
        colour_by,
        total=len(frames["ids"]),
        farthest=frames["farthest"],
        cells=frames["cells"],
    )


def exercise_map(data: Dataset, f: Filters):
    """The exercise map alone (the partner dossier shows it); None when nothing matches."""
    frames = _frames(data, f, map_only=True)
    return None if frames is None else _map(data, f, frames)


def exercise_table(data: Dataset, f: Filters, domains=(), kinds=(), ids=None) -> pd.DataFrame:
    """Every exercise in the filters (or those of ``ids`` among them) as the page's table lists
    them, with their sources: what the downloads and the briefing pack hold. At scale this is
    the one full-size frame of the page, built when asked for."""
    participants = data["exercise_participants"]
    rows = analysis.filter_exercises(data["exercises"], participants, f)
    if domains:
        rows = rows[rows["domain"].isin(domains)]
    if kinds:
        rows = rows[rows["kind"].isin(kinds)]
    if ids is not None:
        rows = rows[analysis.among(rows["exercise_id"], ids)]
    rows = rows.reset_index(drop=True)
    points = analysis.map_points(
        rows, analysis.exercise_partners(rows, participants), participants, f.partners
    )
    table = analysis.citation_summary("exercises", points, "exercise_id", cited(data))
    return table.drop(columns=["when"])


def exercises(
    data: Dataset, f: Filters, domains=(), kinds=(), colour_by="partner", arcs=None
) -> View:
    frames = _frames(data, f, domains, kinds, colour_by, arcs)
    view = View()
    if frames is None:
        view.empty = (
            "No exercises, port calls or deployments match these filters. Widen the years, "
            "clear the domain or kind, or choose other partners."
        )
        return view
    source, facet = frames["source"], frames["facet"]
    view.add(_map(data, f, frames, colour_by))
    view.add(
        charts.tempo_bars(
            frames["per_domain"],
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
            frames["per_partner"],
            caption(
                data,
                "Exercises with each partner per year",
                f,
                source,
                "an exercise counts once for each partner that trained with Japan in it",
            ),
        )
    )
    if not frames["longest"].empty:
        view.add(
            charts.reach_chart(
                frames["longest"],
                caption(
                    data,
                    "Reach: farthest a partner's forces came to train with Japan's",
                    f,
                    source,
                    facet or "from home base or port where known, else the capital",
                ),
            )
        )
    view.metrics["coverage"] = coverage_note(data, "exercises", f.years)
    view.metrics["exercises"] = len(frames["ids"])
    view.tables["exercises"] = frames["points"].head(SHOWN_ROWS).drop(columns=["when"])
    return view
