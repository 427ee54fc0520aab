"""Sources & method: every source, the data dictionary, the partnership index, coverage and how
to cite."""

import streamlit as st

from kizuna import i18n, measures, schema, ui, views
from kizuna.i18n import _

st.title(_("Sources & method"))
data = ui.dataset()
f = ui.filters()

st.subheader(_("Sources"))
if ui.available(data, "sources"):
    sources = data["sources"]
    kinds = st.multiselect(
        _("Kind of source"),
        schema.SOURCE_KINDS,
        key="sources_kind",
        format_func=_,
        placeholder=_("All kinds"),
    )
    query = st.text_input(_("Search titles and publishers"), key="sources_query")
    found = ui.view(views.source_search, data, tuple(kinds), query)
    st.caption(
        _("{found} of {total} sources").format(
            found=i18n.number(found.metrics["sources"]), total=i18n.number(len(sources))
        )
    )
    ui.table(
        found.tables["sources"],
        "sources",
        f,
        key="sources-table",
        column_config={_("Link"): st.column_config.LinkColumn(_("Link"))},
        total=found.metrics["sources"],
        whole=lambda: views.source_table(data, tuple(kinds), query),
    )

if ui.available(data, "citations", "sources"):
    st.subheader(_("How well sourced"))
    ui.plain(
        _(
            "Per kind of record: the share citing at least one official text (a government, "
            "ministry or armed force's own page), and the share resting on reproductions alone "
            "(mirrors, aggregators, re-posts or text copies of an original that was not found). "
            "Filter the list above by kind of source to see them."
        )
    )
    st.dataframe(ui.view(views.sourcing, data), hide_index=True, width="stretch")

st.subheader(_("Last updated"))
st.caption(_("Per table: the latest day a source behind its rows was read, and the rows loaded."))
st.dataframe(views.last_updated(data), hide_index=True)

st.subheader(_("Data dictionary"))
for table in schema.TABLES.values():
    with st.expander(
        _("{file}: {description}").format(file=table.file, description=_(table.description))
    ):
        st.dataframe(views.data_dictionary(data, table), hide_index=True, width="stretch")

st.subheader(_("Composite partnership index"))
ui.plain(_(measures.FORMULA))
st.dataframe(measures.weights_table(), hide_index=True, width="stretch")
ui.plain(_(measures.BLIND_SPOTS))
st.caption(
    _("The method, its sources and how it compares with the literature: docs/index-method.md.")
)

st.subheader(_("Coverage: what each count counts"))
if ui.available(data, "coverage"):
    ui.plain(
        _(
            "Per kind of record and span of years: a grade (complete, near complete, partial, or "
            "a sample), what is missing, and the official list it was checked against. Charts "
            "shade the years not graded complete."
        )
    )
    st.dataframe(ui.view(views.coverage_table, data), hide_index=True, width="stretch")

st.subheader(_("Japanese titles"))
if data.ok("agreements", "series", "titles_ja"):
    ui.plain(
        _(
            "Records shown in Japanese carry the title of the Japanese original (MOFA, MOD and the "
            "Self-Defense Forces' own pages), cited in titles_ja.csv; a record without one is "
            "shown in English, marked （英文）. No title is machine-translated."
        )
    )
    st.dataframe(ui.view(views.japanese_titles, data), hide_index=True, width="stretch")

st.subheader(_("Tracked exercise series"))
SERIES_TABLES = ("series", "series_iterations", "series_not_held")
if not data.ok(*SERIES_TABLES):
    # a note, not an error box: this page does not rest on the series (the Exercises page,
    # which does, names every broken row)
    broken = sorted({p.file for p in data.errors(*SERIES_TABLES)})
    st.info(
        _("The tracked series are not listed: {files} did not pass validation.").format(
            files=", ".join(broken)
        )
    )
else:
    ui.plain(
        _(
            "The trend charts count the iterations of these recurring exercises: for each series "
            "counted, every year it was due is on record or sourced as not held with Japan, so a "
            "year compares with another like for like. Series with a year not yet settled are "
            "listed but not counted."
        )
    )
    # its first rows on screen (a record of the whole region would list thousands), all in the
    # downloads
    ui.table(ui.view(views.tracked_series, data), "tracked-series", f, key="tracked-series-table")


def either(codes: tuple[str, ...]) -> str:
    """'2 or 3': the credibility codes an assessment allows."""
    if len(codes) == 1:
        return codes[0]
    return _("{first} or {last}").format(first=", ".join(codes[:-1]), last=codes[-1])


st.subheader(_("Grading and assessment"))
st.markdown(
    _(
        "Claims are graded on the Admiralty (NATO) system: the **source's reliability** from A "
        "(completely reliable) to F (cannot be judged), and the **information's credibility** "
        "from 1 (confirmed by other sources) to 6 (cannot be judged). Kizuna's assessment says "
        "where the claim stands against the evidence on record, and allows only the credibility "
        "codes that say the same: {pairs} (the validator refuses any other pair)."
    ).format(pairs="; ".join(f"**{_(a)}** {either(c)}" for a, c in schema.GRADES_ALLOWED.items()))
)

st.subheader(_("How to cite"))
st.code(
    _(
        "Kizuna: Japan's security partnerships dashboard (data version {version}), view: "
        "{view}. Accessed <date>. Original sources as listed per record."
    ).format(version=ui.version(), view=f.describe()),
    language=None,
    wrap_lines=True,
)
st.caption(
    _(
        "Dates are stored at the precision the sources give (day, month or year); a month "
        "is never padded with a made-up day. Where sources disagree, the notes say so."
    )
)
