"""Exercises: where forces trained together, how often, and how far they came."""

import streamlit as st

from kizuna import analysis, figures, ui
from kizuna.schema import DOMAINS, EXERCISE_KINDS

st.title("Exercises and deployments")

# 1/ selection
data = ui.dataset()
f = ui.filters()
ui.require(data, "exercises", "exercise_participants", "citations", "sources")
left, middle, right = st.columns([2, 2, 1])
domains = left.multiselect("Domain", DOMAINS, key="exercises_domain", placeholder="All domains")
kinds = middle.multiselect("Kind", EXERCISE_KINDS, key="exercises_kind", placeholder="All kinds")
colour_by = right.radio(
    "Colour map by", ["partner", "domain"], key="exercises_colour", horizontal=True
)
facet = "; ".join(x for x in (", ".join(domains), ", ".join(kinds)) if x)
ui.summary(f, facet)
cite = (data["citations"], data["sources"])

# 2/ frames
rows = analysis.filter_exercises(data["exercises"], data["exercise_participants"], f)
if domains:
    rows = rows[rows["domain"].isin(domains)]
if kinds:
    rows = rows[rows["kind"].isin(kinds)]
if rows.empty:
    ui.empty(
        "No exercises, port calls or deployments match these filters. Widen the years, "
        "clear the domain or kind, or choose other partners."
    )
partners = analysis.exercise_partners(rows, data["exercise_participants"])
reach = analysis.reach(
    partners if not f.partners else partners[partners["partner"].isin(f.partners)]
)
points = analysis.map_points(rows, partners, data["exercise_participants"], f.partners)
points = analysis.citation_summary("exercises", points, "exercise_id", *cite)
source = analysis.source_line("exercises", rows["exercise_id"], *cite)

# 3/ render
event = ui.chart(
    figures.exercise_map(
        points,
        reach,
        ui.caption("Where Japan's forces trained with partners", f, source, facet),
        colour_by,
    ),
    f,
    key="exercises-map",
    on_select=True,
)
picked = analysis.selected_ids(event)
by_partner, by_domain = st.columns(2)
with by_partner:
    ui.chart(
        figures.tempo_bars(
            analysis.tempo(partners, "partner", f.partners),
            "partner",
            ui.caption("Tempo by partner", f, source, facet),
        ),
        f,
        key="exercises-tempo-partner",
    )
with by_domain:
    ui.chart(
        figures.tempo_bars(
            analysis.tempo(partners, "domain"),
            "domain",
            ui.caption("Tempo by domain", f, source, facet),
        ),
        f,
        key="exercises-tempo-domain",
    )
if not reach.empty:
    ui.chart(
        figures.reach_chart(
            analysis.longest_reach(reach),
            ui.caption("Reach: farthest deployment per partner and year", f, source, facet),
        ),
        f,
        key="exercises-reach",
    )

st.subheader("Exercises, port calls and deployments")
shown = points if not picked else points[points["exercise_id"].isin(picked)]
if picked:
    st.caption(f"{len(shown)} selected on the map; click an empty area of the map to clear.")
ui.table(ui.display(shown.drop(columns=["when"])), "exercises", f, key="exercises-table")
