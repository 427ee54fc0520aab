"""Overview: headline figures, the partnership-depth map and the timeline of key milestones."""

import streamlit as st

from kizuna import analysis, ui, views

st.title("Japan's security partnerships")

# 1/ selection
data = ui.dataset()
f = ui.filters()
ui.summary(f, "the map shows the end of the range")
ui.require(data, "agreements", "agreement_parties", "citations", "sources")

# 2/ frames
view = views.overview(data, f)
all_years = analysis.filter_agreements(
    data["agreements"], data["agreement_parties"], f, by_year=False
)
in_force = analysis.treaty_partners_in_force(all_years, f.years[1])

# 3/ render
cols = st.columns(4)
cols[0].metric(
    f"Treaty partners, {f.years[1]}",
    len(in_force),
    help="Partners with a reciprocal access, ACSA, information security or equipment transfer "
    "agreement in force at the end of the year.",
)
agreements = view.tables.get("agreements")
cols[1].metric(
    "Agreements and dialogues",
    0 if agreements is None else len(agreements["agreement_id"].unique()),
)
if data.ok("exercises", "exercise_participants"):
    exercises = analysis.filter_exercises(data["exercises"], data["exercise_participants"], f)
    year = analysis.latest_year(exercises["start"], f.years[1])
    now, before = analysis.exercises_in(exercises, year), analysis.exercises_in(exercises, year - 1)
    cols[2].metric(
        f"Exercises, {year}",
        now,
        delta=now - before,
        help=f"The latest year on record in the range, against {year - 1}.",
    )
if data.ok("claims"):
    claims = analysis.filter_claims(
        data["claims"], f.years, include_undated=f.years == ui.YEAR_BOUNDS
    )
    cols[3].metric("Capability claims", len(claims), help="All subjects; see Capability claims.")
    cols[3].caption(f"{int((claims['assessment'] == 'corroborated').sum())} corroborated")

if view.empty:
    ui.empty(view.empty)
if "overview-map" in view.charts:
    ui.chart(
        view.charts["overview-map"],
        f,
        key="overview-map",
        on_select=ui.focus_partner("overview-map"),
    )
    st.caption("Click a country to narrow every page to that partner.")
if not data.ok("events"):
    ui.available(data, "events")
ui.chart(view.charts["overview-timeline"], f, key="overview-timeline")
ui.chart(view.charts["overview-types"], f, key="overview-types")
