"""Partner dossier: one relationship on one page, and its brief to download (PDF, Markdown)."""

import streamlit as st

from kizuna import brief, countries, ui, views
from kizuna.i18n import _
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
            _("Partner for the dossier"),
            countries.PARTNERS,
            format_func=countries.label,
            key="dossier_partner",
            help=_("Choose exactly one partner in the sidebar filter above, or here."),
        )

# 2/ frames
d = ui.view(views.partner_dossier, data, partner, f.years)
year = f.years[1]

# 3/ render
st.title(d.name)
ui.summary(d.filters, _("level, rank and figures at the end of {year}").format(year=year))
if len(f.partners) > 1:
    st.caption(_("The sidebar holds several partners: the dossier shows the one chosen beside it."))
ui.plain(
    _("Relationship level on record: {level}.").format(level=d.level)
    if d.level
    else _(
        "No alliance treaty or partnership statement with {partner} is on record up to {year}."
    ).format(partner=d.in_text, year=year),
    lead=True,
)
if d.rank:
    r = d.rank
    ui.plain(
        _(
            "Composite partnership index, {year}: rank {rank} of {ranked} (rank {best}–{worst} "
            "under other weightings), {index} of 100. The Partnerships page explains the index."
        ).format(
            year=year,
            rank=r["rank"],
            ranked=r["ranked"],
            best=r["best_rank"],
            worst=r["worst_rank"],
            index=f"{r['index']:.1f}",
        )
    )
elif partner in countries.ORGANISATIONS:
    ui.plain(
        _(
            "Not ranked on the composite partnership index for {year}: organisations are not."
        ).format(year=year)
    )
else:
    ui.plain(
        _("Not ranked on the composite partnership index for {year}: no record counts.").format(
            year=year
        )
    )
for col, m in zip(st.columns(len(d.metrics)), d.metrics, strict=True):
    col.metric(m.label, m.value, delta=m.delta, help=m.help)
    if m.why:
        col.caption(m.why)

version, base_url = ui.version(), ui.base_url()
pdf, markdown, about = st.columns([1, 1, 3], vertical_alignment="center")
pdf.download_button(
    _("Brief (PDF)"),
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
    _("Brief (Markdown)"),
    data=lambda: brief.to_markdown(brief.build(data, d, version, base_url, images=False)),
    file_name=brief.markdown_name(d),
    mime="text/markdown",
    key="dossier-brief-markdown",
    on_click="ignore",
    icon=":material/description:",
)
about.caption(
    _(
        "The brief: one or two A4 pages with these figures, a summary written from the records "
        "with numbered sources, the chronology, two charts, how to cite and the link to this "
        "view."
    )
)

st.subheader(_("Chronology"))
if d.chronology.empty:
    st.info(
        _(
            "No dated record about {partner} falls within {first}–{last}. Widen the years in "
            "the sidebar to see more of this relationship."
        ).format(partner=d.in_text, first=f.years[0], last=year)
    )
else:
    ui.chart(d.chart, d.filters, key="dossier-chronology")
    ui.table(
        d.chronology_table,
        "chronology",
        d.filters,
        key="dossier-chronology-table",
        column_config={_("Source links"): st.column_config.TextColumn(_("Source links"))},
        total=len(d.chronology),
        whole=lambda: dossier.whole_chronology(data, d),
    )
if d.undated:
    st.caption(
        _("{n} records about {partner} carry no date and are not in the chronology.").format(
            n=d.undated, partner=d.in_text
        )
    )

st.subheader(_("Agreements by stage"))
if d.agreements.empty:
    st.caption(
        _("No treaty-level agreement with {partner} is on record up to {year}.").format(
            partner=d.in_text, year=year
        )
    )
else:
    ui.table(d.agreements, "agreements-by-stage", d.filters, key="dossier-agreements")

if d.exercise_map is not None:
    ui.chart(d.exercise_map, d.filters, key="dossier-exercise-map")

st.subheader(_("Programmes"))
if d.programmes.empty:
    st.caption(
        _("No programme milestone concerning {partner} is on record.").format(partner=d.in_text)
    )
else:
    ui.plain(
        _(
            "Milestones concerning this partner, programmes shared with Japan first. A restated "
            "target names the target it restates; planned targets are dated by the date they "
            "aim at."
        )
    )
    ui.table(d.programmes, "programmes", d.filters, key="dossier-programmes")

if not d.article.empty:
    st.subheader(_("What the record says about the article"))
    ui.plain(
        _(
            "Statements of the source article (The Diplomat, 'Tokyo Report') that rest on a "
            "record about {partner}, with Kizuna's verdict where a claim is contested, refuted "
            "or unverified."
        ).format(partner=d.in_text)
    )
    ui.table(d.article, "article", d.filters, key="dossier-article")
