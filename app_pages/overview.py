"""Overview: the headline, what the counts count, the partnership-index map and key agreements."""

import streamlit as st

from kizuna import countries, measures, ui, views

st.title("Japan's security partnerships")

# 1/ selection
data = ui.dataset()
f = ui.filters()
ui.summary(f, "figures and map for the end of the range")
ui.require(data, "agreements", "agreement_parties", "citations", "sources")

# 2/ frames
view = ui.view(views.overview, data, f)
if view.empty:
    ui.empty(view.empty)
year = f.years[1]
metrics = view.metrics

# 3/ render
ui.plain(metrics["headline"], lead=True)
top, bottom = st.columns(2), st.columns(2)
cols = [*top, *bottom]
defence = metrics["defence_partners"]
shown = [p for p in defence if p in f.partners] if f.partners else defence
cols[0].metric(
    f"Partners with a defence agreement in force, {year}",
    len(shown),
    help="Countries with a mutual defence treaty, status of forces agreement, reciprocal access "
    "agreement or ACSA in force at the end of the year (signed-only instruments are not "
    "counted). Information-security and equipment-transfer agreements are not defence "
    "agreements here; NATO and the EU are not countries.",
)
cols[0].caption(", ".join(countries.name(p) for p in shown) or "none")
cols[1].metric(
    "Agreements, statements and 2+2 rounds on record",
    view.metrics["agreements"],
    help="Every instrument, statement and 2+2 meeting dated within the years, with the "
    "selected partners.",
)
if "exercises" in metrics and metrics["exercises"]["now"] is not None:
    held = metrics["exercises"]
    cols[2].metric(
        f"Tracked exercise series held, {held['year']}",
        held["now"],
        delta=None
        if held["before"] is None
        else f"{held['now'] - held['before']:+d} on {held['year'] - 1}",
        help="Iterations of the recurring named exercises Kizuna tracks (RIMPAC, Malabar, "
        "Talisman Sabre, Keen Sword…) in which a selected partner trained with Japan's forces. "
        "Every iteration of these series is on record, or sourced as not held, so years "
        "compare like with like; other exercises are on the Exercises page.",
    )
    if held["why"]:
        cols[2].caption(held["why"])
elif "exercises" in metrics:
    ui.plain(metrics["exercises"]["why"])
if "claims" in metrics:
    claims = metrics["claims"]
    cols[3].metric(
        "Capability assessments",
        len(claims),
        help="Assessments of what a state can do"
        + (" about the selected partners (by subject)" if f.partners else ", all subjects")
        + "; fact-checks of the source article are counted apart on the Claims page.",
    )
    cols[3].caption(f"{int((claims['assessment'] == 'corroborated').sum())} corroborated")

if "overview-map" in view.charts:
    ui.chart(
        view.charts["overview-map"],
        f,
        on_select=ui.focus_partner("overview-map"),
    )
    ui.plain("Click a country to narrow every page to that partner. " + measures.BLIND_SPOTS)
if "overview-matrix" in view.charts:
    ui.chart(view.charts["overview-matrix"], f)
if not data.ok("events"):
    ui.available(data, "events")
if "overview-timeline" in view.charts:
    ui.chart(view.charts["overview-timeline"], f)
    ui.chart(view.charts["overview-types"], f)
