"""Partner dossier: one relationship on one page, and its brief to download (PDF, Markdown)."""

import streamlit as st

from kizuna import brief, countries, ui, views
from kizuna.views import dossier

# 1/ selection
data = ui.dataset()
f = ui.filters()
ui.require(data, "agreements", "agreement_parties", "citations", "sources")
if len(f.partners) == 1:
    partner = f.partners[0]
else:
    with ui.facets():
        partner = st.selectbox(
            "Partner for the dossier",
            countries.PARTNERS,
            format_func=countries.label,
            key="dossier_partner",
            help="Choose exactly one partner in the sidebar filter above, or here.",
        )

# 2/ frames
d = ui.view(views.partner_dossier, data, partner, f.years)
year = f.years[1]

# 3/ render
st.title(d.name)
ui.summary(d.filters, f"level, rank and figures at the end of {year}")
if len(f.partners) > 1:
    st.caption("The sidebar holds several partners: the dossier shows the one chosen beside it.")
ui.plain(
    f"Relationship level on record: {d.level}."
    if d.level
    else f"No alliance treaty or partnership statement with {d.in_text} is on record up to {year}.",
    lead=True,
)
if d.rank:
    r = d.rank
    ui.plain(
        f"Composite partnership index, {year}: rank {r['rank']} of {r['ranked']} "
        f"(rank {r['best_rank']}–{r['worst_rank']} under other weightings), "
        f"{r['index']:.1f} of 100. The Partnerships page explains the index."
    )
else:
    why = "organisations are not" if partner in countries.ORGANISATIONS else "no record counts"
    ui.plain(f"Not ranked on the composite partnership index for {year}: {why}.")
for col, m in zip(st.columns(len(d.metrics)), d.metrics, strict=True):
    col.metric(m.label, m.value, delta=m.delta, help=m.help)
    if m.why:
        col.caption(m.why)

version, base_url = ui.version(), ui.base_url()
pdf, markdown, about = st.columns([1, 1, 3], vertical_alignment="center")
pdf.download_button(
    "Brief (PDF)",
    data=lambda: brief.pdf(data, d, version, base_url),
    file_name=brief.pdf_name(d),
    mime="application/pdf",
    key="dossier-brief-pdf",
    on_click="ignore",
    icon=":material/picture_as_pdf:",
    disabled=brief.pdf_unavailable_reason() is not None,
    help=brief.pdf_unavailable_reason(),
)
markdown.download_button(
    "Brief (Markdown)",
    data=lambda: brief.to_markdown(brief.build(data, d, version, base_url, images=False)),
    file_name=brief.markdown_name(d),
    mime="text/markdown",
    key="dossier-brief-markdown",
    on_click="ignore",
    icon=":material/description:",
)
about.caption(
    "The brief: one or two A4 pages with these figures, a summary written from the records with "
    "numbered sources, the chronology, two charts, how to cite and the link to this view."
)

st.subheader("Chronology")
if d.chronology.empty:
    st.info(
        f"No dated record about {d.in_text} falls within {f.years[0]}–{year}. Widen the years "
        "in the sidebar to see more of this relationship."
    )
else:
    ui.chart(d.chart, d.filters, key="dossier-chronology")
    ui.table(
        d.chronology_table,
        "chronology",
        d.filters,
        key="dossier-chronology-table",
        column_config={"Source links": st.column_config.TextColumn("Source links")},
        total=len(d.chronology),
        whole=lambda: dossier.whole_chronology(data, d),
    )
if d.undated:
    st.caption(
        f"{d.undated} records about {d.in_text} carry no date and are not in the chronology."
    )

st.subheader("Agreements by stage")
if d.agreements.empty:
    st.caption(f"No treaty-level agreement with {d.in_text} is on record up to {year}.")
else:
    ui.table(d.agreements, "agreements-by-stage", d.filters, key="dossier-agreements")

if d.exercise_map is not None:
    ui.chart(d.exercise_map, d.filters, key="dossier-exercise-map")

st.subheader("Programmes")
if d.programmes.empty:
    st.caption(f"No programme milestone concerning {d.in_text} is on record.")
else:
    ui.plain(
        "Milestones concerning this partner, programmes shared with Japan first. A restated "
        "target names the target it restates; planned targets are dated by the date they aim at."
    )
    ui.table(d.programmes, "programmes", d.filters, key="dossier-programmes")

if not d.article.empty:
    st.subheader("What the record says about the article")
    ui.plain(
        "Statements of the source article (The Diplomat, 'Tokyo Report') that rest on a record "
        f"about {d.in_text}, with Kizuna's verdict where a claim is contested, refuted or "
        "unverified."
    )
    ui.table(d.article, "article", d.filters, key="dossier-article")
