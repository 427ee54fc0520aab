"""Partnerships: agreement lifecycles, the depth index, the network and a two-partner comparison."""

import streamlit as st

from kizuna import analysis, countries, figures, ui
from kizuna.schema import AGREEMENT_TYPES

st.title("Partnerships")

# 1/ selection
data = ui.dataset()
f = ui.filters()
ui.require(data, "agreements", "agreement_parties", "citations", "sources")
types = st.multiselect(
    "Agreement type", AGREEMENT_TYPES, key="partnerships_type", placeholder="All types"
)
ui.summary(f, f"types: {', '.join(types)}" if types else "")
cite = (data["citations"], data["sources"])

# 2/ frames
rows = analysis.filter_agreements(data["agreements"], data["agreement_parties"], f)
if types:
    rows = rows[rows["type"].isin(types)]
if rows.empty:
    ui.empty(
        "No agreements match these filters. Clear the type filter, widen the years or "
        "choose other partners."
    )
rows = analysis.citation_summary("agreements", rows, "agreement_id", *cite)
source = analysis.source_line("agreements", rows["agreement_id"], *cite)
facet = f"types: {', '.join(types)}" if types else ""

# 3/ render
ui.chart(
    figures.lifecycle_timeline(
        analysis.lifecycle(rows), ui.caption("Agreement lifecycles", f, source, facet)
    ),
    f,
    key="partnerships-lifecycle",
)

st.subheader("Partnership depth index")
with st.expander("Weights and formula", expanded=False):
    st.markdown(analysis.DEPTH_FORMULA)
    weights = {
        t: st.slider(t, 0.0, 5.0, analysis.DEFAULT_WEIGHTS[t], 0.5, key=f"partnerships_w_{t}")
        for t in AGREEMENT_TYPES
    }
everything = analysis.filter_agreements(
    data["agreements"], data["agreement_parties"], f, by_year=False
)
depth = analysis.depth_index(everything, range(f.years[0], f.years[1] + 1), weights)
all_source = analysis.source_line("agreements", everything["agreement_id"], *cite)
if depth.empty:
    st.info("No agreement was in force with these partners in these years.")
else:
    ui.chart(
        figures.depth_lines(depth, ui.caption("Partnership depth index", f, all_source)),
        f,
        key="partnerships-depth",
    )

st.subheader("Network")
ui.chart(
    figures.network(
        analysis.network_edges(rows),
        analysis.groupings(rows),
        ui.caption("Japan's partnership network", f, source, facet),
    ),
    f,
    key="partnerships-network",
)

st.subheader("Compare two partners")
present = [p for p in countries.PARTNERS if p in set(everything["partner"])]
if len(present) < 2:
    st.info(
        "Select at least two partners with agreements (or clear the partner filter) to "
        "compare them."
    )
else:
    a_col, b_col = st.columns(2)
    a = a_col.selectbox("First partner", present, key="partnerships_a", format_func=countries.label)
    b = b_col.selectbox(
        "Second partner",
        [p for p in present if p != a],
        key="partnerships_b",
        format_func=countries.label,
    )
    pair = depth[depth["partner"].isin([a, b])]
    ui.chart(
        figures.compare_depth(
            pair,
            ui.caption(f"{countries.name(a)} and {countries.name(b)}: depth index", f, all_source),
        ),
        f,
        key="partnerships-compare",
    )
    for col, partner in ((a_col, a), (b_col, b)):
        mine = rows[rows["partner"] == partner]
        col.markdown(
            f"**{ui.inert(countries.name(partner))}**: {mine['agreement_id'].nunique()}"
            " agreements in range"
        )
        col.dataframe(
            ui.display(
                mine[
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
ui.table(
    ui.display(rows.drop(columns=["dated", "effective"])),
    "agreements",
    f,
    key="partnerships-agreements",
    column_config={"source_urls": st.column_config.TextColumn("source urls")},
)
