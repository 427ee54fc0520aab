"""Partnerships: agreement lifecycles, the depth index, the network and a two-partner comparison."""

import streamlit as st

from kizuna import analysis, countries, figures, ui, views
from kizuna.schema import AGREEMENT_TYPES

st.title("Partnerships")

# 1/ selection
data = ui.dataset()
f = ui.filters()
ui.require(data, "agreements", "agreement_parties", "citations", "sources")
with ui.facets():
    st.markdown("**Partnerships**")
    types = st.multiselect(
        "Agreement type", AGREEMENT_TYPES, key="partnerships_type", placeholder="All types"
    )
with st.expander("Depth index: weights and formula"):
    st.markdown(analysis.DEPTH_FORMULA)
    columns = st.columns(4)
    weights = {
        t: columns[i % 4].slider(
            t, 0.0, 5.0, analysis.DEFAULT_WEIGHTS[t], 0.5, key=f"partnerships_w_{t}"
        )
        for i, t in enumerate(AGREEMENT_TYPES)
    }
ui.summary(f, f"types: {', '.join(types)}" if types else "")

# 2/ frames
view = views.partnerships(data, f, types, weights)
if view.empty:
    ui.empty(view.empty)
rows, depth = view.tables["agreements"], view.tables["depth"]

# 3/ render
ui.chart(view.charts["partnerships-lifecycle"], f, key="partnerships-lifecycle")
st.subheader("Partnership depth index")
if "partnerships-depth" in view.charts:
    ui.chart(view.charts["partnerships-depth"], f, key="partnerships-depth")
else:
    st.info("No agreement was in force with these partners in these years.")
st.subheader("Network")
ui.chart(view.charts["partnerships-network"], f, key="partnerships-network")

st.subheader("Compare two partners")
# Built on demand: an Altair chart costs about 50 ms to build and validate (profiled), and
# most visits skip the comparison.
if st.toggle("Show the comparison", key="partnerships_compare"):
    present = [p for p in countries.PARTNERS if p in set(view.tables["all_agreements"]["partner"])]
    if len(present) < 2:
        st.info(
            "Select at least two partners with agreements (or clear the partner filter) to "
            "compare them."
        )
    else:
        a_col, b_col = st.columns(2)
        a = a_col.selectbox(
            "First partner", present, key="partnerships_a", format_func=countries.label
        )
        b = b_col.selectbox(
            "Second partner",
            [p for p in present if p != a],
            key="partnerships_b",
            format_func=countries.label,
        )
        source = analysis.source_line(
            "agreements",
            view.tables["all_agreements"]["agreement_id"],
            data["citations"],
            data["sources"],
        )
        title = f"{countries.name(a)} and {countries.name(b)}: depth index"
        pair = figures.compare_depth(
            depth[depth["partner"].isin([a, b])], views.caption(data, title, f, source)
        )
        ui.chart(pair, f, key="partnerships-compare")
        for col, partner in ((a_col, a), (b_col, b)):
            mine = rows[rows["partner"] == partner]
            col.markdown(
                f"**{ui.inert(countries.name(partner))}**: "
                f"{mine['agreement_id'].nunique()} agreements in range"
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

st.subheader("Agreements")
ui.table(rows, "agreements", f, key="partnerships-agreements")
