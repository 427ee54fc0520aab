"""Overview: the headline, what the counts count, the partnership-index map and key agreements."""

import streamlit as st

from kizuna import countries, i18n, measures, ui, views
from kizuna.i18n import _

st.title(_("Japan's security partnerships"))

# 1/ selection
data = ui.dataset()
f = ui.filters()
ui.summary(f, _("figures and map for the end of the range"))
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
    _("Partners with a defence agreement in force, {year}").format(year=year),
    len(shown),
    help=_(
        "Countries with a mutual defence treaty, status of forces agreement, reciprocal access "
        "agreement or ACSA in force at the end of the year (signed-only instruments are not "
        "counted). Information-security and equipment-transfer agreements are not defence "
        "agreements here; NATO and the EU are not countries."
    ),
)
comma = "、" if i18n.language() == "ja" else ", "
cols[0].caption(comma.join(countries.name(p) for p in shown) or _("none"))
cols[1].metric(
    _("Agreements, statements and 2+2 rounds on record"),
    view.metrics["agreements"],
    help=_(
        "Every instrument, statement and 2+2 meeting dated within the years, with the "
        "selected partners."
    ),
)
if "exercises" in metrics and metrics["exercises"]["now"] is not None:
    held = metrics["exercises"]
    cols[2].metric(
        _("Tracked exercise series held, {year}").format(year=held["year"]),
        held["now"],
        delta=None
        if held["before"] is None
        # i18n: a metric's change on the year before ("+2 on 2024"); the sign must come first
        else _("{change} on {year}").format(
            change=f"{held['now'] - held['before']:+d}", year=held["year"] - 1
        ),
        help=_(
            "Iterations of the recurring named exercises Kizuna tracks (RIMPAC, Malabar, "
            "Talisman Sabre, Keen Sword…) in which a selected partner trained with Japan's "
            "forces. Every iteration of these series is on record, or sourced as not held, so "
            "years compare like with like; other exercises are on the Exercises page."
        ),
    )
    if held["why"]:
        cols[2].caption(held["why"])
elif "exercises" in metrics:
    ui.plain(metrics["exercises"]["why"])
if "claims" in metrics:
    claims = metrics["claims"]
    cols[3].metric(
        _("Capability assessments"),
        len(claims),
        help=_(
            "Assessments of what a state can do about the selected partners (by subject); "
            "fact-checks of the source article are counted apart on the Claims page."
        )
        if f.partners
        else _(
            "Assessments of what a state can do, all subjects; fact-checks of the source "
            "article are counted apart on the Claims page."
        ),
    )
    corroborated = int((claims["assessment"] == "corroborated").sum())
    cols[3].caption(_("{n} corroborated").format(n=corroborated))

if "overview-map" in view.charts:
    ui.chart(
        view.charts["overview-map"],
        f,
        on_select=ui.focus_partner("overview-map"),
    )
    ui.plain(
        _("Click a country to narrow every page to that partner. {blind_spots}").format(
            blind_spots=_(measures.BLIND_SPOTS)
        )
    )
if "overview-matrix" in view.charts:
    ui.chart(view.charts["overview-matrix"], f)
if not data.ok("events"):
    ui.available(data, "events")
if "overview-timeline" in view.charts:
    ui.chart(view.charts["overview-timeline"], f)
    ui.chart(view.charts["overview-types"], f)
