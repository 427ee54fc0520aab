"""Overview: headline figures, the partnership-depth map and the timeline of key milestones."""

import streamlit as st

from kizuna import analysis, figures, ui

st.title("Japan's security partnerships")

# 1/ selection
data = ui.dataset()
f = ui.filters()
ui.summary(f, "the map and headline figures show the end of the range")
ui.require(data, "agreements", "agreement_parties", "citations", "sources")
year = f.years[1]
cite = (data["citations"], data["sources"])

# 2/ frames
all_years = analysis.filter_agreements(
    data["agreements"], data["agreement_parties"], f, by_year=False
)
in_range = analysis.citation_summary(
    "agreements",
    analysis.filter_agreements(data["agreements"], data["agreement_parties"], f),
    "agreement_id",
    *cite,
)
depth = analysis.depth_index(all_years, range(f.years[0], f.years[1] + 1))
in_force = analysis.treaty_partners_in_force(all_years, year)

# 3/ render
cols = st.columns(4)
cols[0].metric(
    f"Partners with treaties in force, {year}",
    len(in_force),
    help="Reciprocal access, ACSA, information security or equipment transfer.",
)
cols[1].metric("Agreements and dialogues", in_range["agreement_id"].nunique())
if data.ok("exercises", "exercise_participants"):
    exercises = analysis.filter_exercises(data["exercises"], data["exercise_participants"], f)
    now, before = analysis.exercises_in(exercises, year), analysis.exercises_in(exercises, year - 1)
    cols[2].metric(
        f"Exercises and deployments, {year}",
        now,
        delta=now - before,
        help=f"Change against {year - 1}.",
    )
if data.ok("claims"):
    claims = analysis.filter_claims(
        data["claims"], f.years, include_undated=f.years == ui.YEAR_BOUNDS
    )
    corroborated = int((claims["assessment"] == "corroborated").sum())
    cols[3].metric("Capability claims", len(claims), help="All subjects; see Capability claims.")
    cols[3].caption(f"{corroborated} corroborated")

if in_range.empty and depth.empty:
    ui.empty("No agreements match these filters. Widen the years or clear the partner filter.")

source = analysis.source_line("agreements", all_years["agreement_id"], *cite)
if not depth.empty:
    ui.chart(
        figures.depth_map(depth, ui.caption("Depth of Japan's partnerships", f, source)),
        f,
        key="overview-map",
    )
left, right = st.columns([3, 2])
with left:
    events = data["events"] if data.ok("events") else None
    if events is None:
        ui.available(data, "events")
    events = analysis.annotations(events, f) if events is not None else analysis.no_events()
    timeline = figures.milestones_timeline(
        in_range,
        events,
        ui.caption(
            "Key agreements and policy events",
            f,
            analysis.source_line("agreements", in_range["agreement_id"], *cite),
        ),
    )
    ui.chart(timeline, f, key="overview-timeline")
with right:
    counts = analysis.agreements_by_type(in_range)
    ui.chart(
        figures.agreements_by_type(
            counts,
            ui.caption(
                "Agreements by type",
                f,
                analysis.source_line("agreements", in_range["agreement_id"], *cite),
            ),
        ),
        f,
        key="overview-types",
    )
