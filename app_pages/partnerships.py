"""Partnerships: lifecycles, the composite partnership index with its ranks and ranges, security
assistance, the groupings Japan binds its partners into, and a two-partner comparison."""

import streamlit as st

from kizuna import countries, i18n, measures, ui, views
from kizuna.i18n import _
from kizuna.schema import AGREEMENT_TYPES
from kizuna.state import Filters

st.title(_("Partnerships"))

# 1/ selection
data = ui.dataset()
f = ui.filters()
ui.require(data, "agreements", "agreement_parties", "citations", "sources")
with ui.facets():
    st.markdown("**{}**".format(_("Partnerships")))
    types = ui.linked(
        st.multiselect,
        _("Agreement type"),
        AGREEMENT_TYPES,
        key="partnerships_type",
        format_func=_,
        placeholder=_("All types"),
    )
with st.expander(_("Index weights"), icon=":material/tune:"):
    st.caption(
        _(
            "Each sub-measure is scored 0–100 against the strongest partner that year; the index "
            "is their weighted mean. Ranks in brackets are the range under 400 weightings within "
            "±50 % of these."
        )
    )
    columns = st.columns(len(measures.SUBMEASURES))
    weights = {
        k: columns[i].slider(
            _(k),
            0.0,
            1.0,
            measures.DEFAULT_WEIGHTS[k],
            0.05,
            key=f"partnerships_w_{k}",
            bind="query-params",
            help=_(measures.WEIGHT_REASONS[k]),
        )
        for i, k in enumerate(measures.SUBMEASURES)
    }
ui.summary(f, _("types: {types}").format(types=", ".join(_(t) for t in types)) if types else "")

# 2/ frames
view = ui.view(views.partnerships, data, f, types, weights)
if view.empty:
    ui.empty(view.empty)
rows, index = view.tables["agreements"], view.tables["index"]

# 3/ render
ui.chart(view.charts["partnerships-lifecycle"], f)
st.subheader(_("Composite partnership index"))
ui.plain(view.metrics["headline"], lead=True)
ui.plain(_(measures.BLIND_SPOTS))
if "partnerships-index" in view.charts:
    ui.chart(view.charts["partnerships-index"], f)
    ui.chart(view.charts["partnerships-index-over-time"], f)
else:
    st.info(_("No partnership with these partners is on record in these years."))
ui.plain(_(measures.FORMULA))

st.subheader(_("Security assistance"))
if ui.available(data, "assistance"):
    if "partnerships-assistance" in view.charts:
        ui.chart(view.charts["partnerships-assistance"], f)
        ui.table(view.tables["assistance"], "assistance", f, key="partnerships-assistance-table")
    else:
        st.info(_("No Official Security Assistance grant or transfer matches these filters."))

st.subheader(_("Groupings"))
if "partnerships-groupings" in view.charts:
    ui.chart(view.charts["partnerships-groupings"], f)
else:
    st.info(_("No instrument with these partners binds Japan and two or more partners together."))

st.subheader(_("Compare two partners"))
# Built on demand: an Altair chart costs about 50 ms to build and validate (profiled), and
# most visits skip the comparison.
if st.toggle(_("Show the comparison"), key="partnerships_compare"):
    present = [p for p in countries.PARTNERS if p in set(index["partner"])]
    if len(present) < 2:
        st.info(
            _(
                "Select at least two partners with agreements (or clear the partner filter) to "
                "compare them."
            )
        )
    else:
        a_col, b_col = st.columns(2)
        a = a_col.selectbox(
            _("First partner"), present, key="partnerships_a", format_func=countries.label
        )
        b = b_col.selectbox(
            _("Second partner"),
            [p for p in present if p != a],
            key="partnerships_b",
            format_func=countries.label,
        )
        ui.chart(views.compare(data, f, a, b, index), f)
        for col, partner in ((a_col, a), (b_col, b)):
            # the count and the first rows, whose columns carry no sources
            mine = views.agreement_table(data, Filters((partner,), f.years), types, sources=False)
            col.markdown(
                _("**{partner}**: {count} agreements in range").format(
                    partner=ui.inert(countries.name(partner)),
                    count=i18n.number(mine["agreement_id"].nunique()),
                )
            )
            col.dataframe(
                ui.display(
                    mine.head(ui.TABLE_ROWS)[
                        [
                            "title",
                            "type",
                            "signed",
                            "signed_precision",
                            "in_force",
                            "in_force_precision",
                        ]
                    ]
                ),
                hide_index=True,
                width="stretch",
            )

st.subheader(_("Agreements"))
ui.table(
    rows,
    "agreements",
    f,
    key="partnerships-agreements",
    total=view.metrics["agreements"],
    whole=lambda: views.agreement_table(data, f, types),
)
