"""Exercises: where forces trained together, how often, and how far they came."""

import streamlit as st

from kizuna import i18n, ui, views
from kizuna.i18n import N_, _
from kizuna.schema import DOMAINS, EXERCISE_KINDS

st.title(_("Exercises and deployments"))

# 1/ selection
data = ui.dataset()
f = ui.filters()
ui.require(data, "exercises", "exercise_participants", "citations", "sources")
with ui.facets():
    st.markdown("**{}**".format(_("Exercises")))
    domains = ui.linked(
        st.multiselect,
        _("Domain"),
        DOMAINS,
        key="exercises_domain",
        format_func=_,
        placeholder=_("All domains"),
    )
    kinds = ui.linked(
        st.multiselect,
        _("Kind"),
        EXERCISE_KINDS,
        key="exercises_kind",
        format_func=_,
        placeholder=_("All kinds"),
    )
# the options are kept in the link as written here; the screen shows them translated
COUNTS = {N_("tracked series"): True, N_("every record on file"): False}
count = ui.linked(
    st.segmented_control,
    _("Trends count"),
    list(COUNTS),
    default="tracked series",
    required=True,
    key="exercises_count",
    format_func=_,
    help=_(
        "Tracked series: the recurring named exercises whose every iteration is on record "
        "(or is sourced as not held), so years compare like with like. Every record on file: "
        "all exercises, port calls and deployments recorded, which are more complete in some "
        "years than others (the shaded years)."
    ),
)
left, right = st.columns([1, 1])
colour_by = ui.linked(
    left.radio,
    _("Colour map by"),
    [N_("partner"), N_("domain")],
    default="partner",
    key="exercises_colour",
    format_func=_,
    horizontal=True,
)
arcs = right.toggle(
    _("Deployment arcs"),
    value=bool(f.partners),
    key="exercises_arcs",
    help=_(
        "Great circles of both reaches: Japan's forces going out (from their departure base or "
        "port, else Tokyo) and partners' forces coming to train with Japan's; click either in "
        "the map's legend to hide it. Off by default for all partners, where they would hide "
        "the map."
    ),
)
ui.summary(
    f,
    "; ".join(x for x in (", ".join(_(d) for d in domains), ", ".join(_(k) for k in kinds)) if x),
)

# 2/ frames
view = ui.view(views.exercises, data, f, domains, kinds, colour_by, arcs, COUNTS.get(count, True))
if view.empty:
    ui.empty(view.empty)

# 3/ render
total = view.metrics.get("exercises", 0)
ui.plain(
    _(
        "{count} named exercises, port calls and deployments on record in which a partner "
        "trained with Japan's forces (not every drill). Record: {coverage}."
    ).format(count=i18n.number(total), coverage=view.metrics.get("coverage") or _("not graded"))
)
event = ui.chart(view.charts["exercises-map"], f, on_select=True)
picked = ui.selected_ids(event)
ui.chart(view.charts["exercises-tempo-domain"], f)
ui.chart(view.charts["exercises-tempo-partner"], f)
if "exercises-reach" in view.charts:
    ui.chart(view.charts["exercises-reach"], f)

st.subheader(_("Exercises, port calls and deployments"))
if picked:
    rows = views.exercise_table(data, f, domains, kinds, ids=picked)
    st.caption(
        _("{n} selected on the map; click an empty part of the map to clear.").format(n=len(rows))
    )
    ui.table(rows, "exercises", f, key="exercises-table")
else:
    ui.table(
        view.tables["exercises"],
        "exercises",
        f,
        key="exercises-table",
        total=total,
        whole=lambda: views.exercise_table(data, f, domains, kinds),
    )
