"""Exercises: the map, tempo by domain and by partner, reach, the table."""

from __future__ import annotations

import pandas as pd

from kizuna import analysis, charts
from kizuna.i18n import N_, _, ngettext
from kizuna.load import Dataset
from kizuna.state import Filters
from kizuna.views._core import SHOWN_ROWS, View, caption, cited, coverage_badge, listed


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
    chosen = (listed(_(d) for d in domains), listed(_(k) for k in kinds))
    frames["facet"] = "; ".join(x for x in chosen if x)
    return frames


def _map(data: Dataset, f: Filters, frames: dict, colour_by="partner"):
    # Japan's arcs start where its forces left, else in Tokyo: the subtitle says so.
    went = frames.get("japan_arcs", pd.DataFrame())
    tokyo = bool(len(went)) and bool((went["measured_from"] == "Tokyo").any())
    from_tokyo = _("Japan's arcs from Tokyo where no port is recorded") if tokyo else ""
    facet = "; ".join(x for x in (frames["facet"], from_tokyo) if x)
    return charts.exercise_map(
        frames["points"],
        frames["arcs"],
        caption(data, _("Where Japan's forces trained with partners"), f, frames["source"], facet),
        colour_by,
        total=len(frames["ids"]),
        farthest=frames["farthest"],
        cells=frames["cells"],
        japan_arcs=went,
        japan_farthest=frames.get("japan_farthest"),
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
    data: Dataset, f: Filters, domains=(), kinds=(), colour_by="partner", arcs=None, tracked=True
) -> View:
    """The Exercises page. ``tracked``: the trend charts count the iterations of the tracked
    series (complete in every year graded so), not every record on file."""
    frames = _frames(data, f, domains, kinds, colour_by, arcs)
    view = View()
    if frames is None:
        view.empty = _(
            "No exercises, port calls or deployments match these filters. Widen the years, "
            "clear the domain or kind, or choose other partners."
        )
        return view
    facet, source = frames["facet"], frames["source"]
    view.add(_map(data, f, frames, colour_by))
    tracked = tracked and data.ok("series", "series_iterations")
    if tracked:
        ids = analysis.tracked_ids(data["series"], data["series_iterations"])
        counts = analysis.panel_tempo(
            data["exercises"], data["exercise_participants"], ids, f, domains, kinds
        )
        badge, spans = coverage_badge(data, "series", _counted_years(counts, f))
        in_panel = frames["ids"]["exercise_id"]
        source = analysis.source_line(
            "exercises", in_panel[analysis.among(in_panel, ids)], cited(data)
        )
        measure = N_("Iterations of tracked series")  # the y axis: tempo_bars translates it
        what = _("Tracked exercise series held per year")
        per_partner_title = _("Tracked exercise series with each partner per year")
        n = _tracked_count(data)
        counted = ngettext("{n} tracked series", "{n} tracked series", n).format(n=n)
    else:
        counts = frames
        badge, spans = coverage_badge(data, "exercises", _counted_years(counts, f))
        measure = N_("Exercises, port calls, deployments")
        what = _("Exercises, port calls and deployments per year")
        per_partner_title = _("Exercises with each partner per year")
        counted = _("every record on file")
    note = "; ".join(x for x in (facet, counted, badge) if x)
    view.add(
        charts.tempo_bars(
            counts["per_domain"],
            "domain",
            caption(data, what, f, source, note),
            spans=spans,
            measure=measure,
        )
    )
    view.add(
        charts.tempo_heatmap(
            counts["per_partner"],
            caption(
                data,
                per_partner_title,
                f,
                source,
                "; ".join(x for x in (counted, badge) if x),
            ),
            spans=spans,
        )
    )
    if not frames["longest"].empty:
        view.add(
            charts.reach_chart(
                frames["longest"],
                caption(
                    data,
                    _("Reach: farthest a partner's forces came to train with Japan's"),
                    f,
                    frames["source"],
                    facet or _("from home base or port where known, else the capital"),
                ),
            )
        )
    view.metrics["coverage"] = coverage_badge(data, "exercises", f.years)[0]
    view.metrics["tracked"] = tracked
    view.metrics["exercises"] = len(frames["ids"])
    view.tables["exercises"] = frames["points"].head(SHOWN_ROWS).drop(columns=["when"])
    return view


def _counted_years(counts: dict, f: Filters) -> tuple[int, int]:
    """The years a trend draws: those of its counts, within the filters."""
    years = counts["per_domain"]["year"]
    if years.empty:
        return f.years
    return max(int(years.min()), f.years[0]), min(int(years.max()), f.years[1])


def _tracked_count(data: Dataset) -> int:
    return int(data["series"]["tracked"].sum())
