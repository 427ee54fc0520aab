"""Sources & method: every source, the data dictionary, the partnership index, coverage and how
to cite."""

import streamlit as st

from kizuna import measures, schema, ui, views

st.title("Sources & method")
data = ui.dataset()
f = ui.filters()

st.subheader("Sources")
if ui.available(data, "sources"):
    sources = data["sources"]
    kinds = st.multiselect(
        "Kind of source", schema.SOURCE_KINDS, key="sources_kind", placeholder="All kinds"
    )
    query = st.text_input("Search titles and publishers", key="sources_query")
    found = ui.view(views.source_search, data, tuple(kinds), query)
    st.caption(f"{found.metrics['sources']:,} of {len(sources):,} sources")
    ui.table(
        found.tables["sources"],
        "sources",
        f,
        key="sources-table",
        column_config={"Link": st.column_config.LinkColumn("Link")},
        total=found.metrics["sources"],
        whole=lambda: views.source_table(data, tuple(kinds), query),
    )

if ui.available(data, "citations", "sources"):
    st.subheader("How well sourced")
    ui.plain(
        "Per kind of record: the share citing at least one official text (a government, "
        "ministry or armed force's own page), and the share resting on reproductions alone "
        "(mirrors, aggregators, re-posts or text copies of an original that was not found). "
        "Filter the list above by kind of source to see them."
    )
    st.dataframe(ui.view(views.sourcing, data), hide_index=True, width="stretch")

st.subheader("Last updated")
st.caption("Per table: the latest day a source behind its rows was read, and the rows loaded.")
st.dataframe(views.last_updated(data), hide_index=True)

st.subheader("Data dictionary")
for table in schema.TABLES.values():
    with st.expander(f"{table.file}: {table.description}"):
        st.dataframe(views.data_dictionary(data, table), hide_index=True, width="stretch")

st.subheader("Composite partnership index")
ui.plain(measures.FORMULA)
st.dataframe(measures.weights_table(), hide_index=True, width="stretch")
ui.plain(measures.BLIND_SPOTS)
st.caption("The method, its sources and how it compares with the literature: docs/index-method.md.")

st.subheader("Coverage: what each count counts")
if ui.available(data, "coverage"):
    ui.plain(
        "Per kind of record and span of years: a grade (complete, near complete, partial, or a "
        "sample), what is missing, and the official list it was checked against. Charts shade "
        "the years not graded complete."
    )
    st.dataframe(ui.view(views.coverage_table, data), hide_index=True, width="stretch")

st.subheader("Tracked exercise series")
if ui.available(data, "series", "series_iterations", "series_not_held"):
    ui.plain(
        "The trend charts count the iterations of these recurring exercises: for each series "
        "counted, every year it was due is on record or sourced as not held with Japan, so a "
        "year compares with another like for like. Series with a year not yet settled are "
        "listed but not counted."
    )
    st.dataframe(ui.view(views.tracked_series, data), hide_index=True, width="stretch")

st.subheader("Grading and assessment")
st.markdown(
    "Claims are graded on the Admiralty (NATO) system: the **source's reliability** from A "
    "(completely reliable) to F (cannot be judged), and the **information's credibility** from "
    "1 (confirmed by other sources) to 6 (cannot be judged). Kizuna's assessment says where the "
    "claim stands against the evidence on record, and allows only the credibility codes that "
    "say the same: "
    + "; ".join(f"**{a}** {' or '.join(c)}" for a, c in schema.GRADES_ALLOWED.items())
    + " (the validator refuses any other pair)."
)

st.subheader("How to cite")
st.code(
    f"Kizuna: Japan's security partnerships dashboard (data version {ui.version()}), "
    f"view: {f.describe()}. Accessed <date>. Original sources as listed per record.",
    language=None,
    wrap_lines=True,
)
st.caption(
    "Dates are stored at the precision the sources give (day, month or year); a month "
    "is never padded with a made-up day. Where sources disagree, the notes say so."
)
