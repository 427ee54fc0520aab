"""Capability claims: the ledger, what evidence each rests on, and target dates."""

import streamlit as st

from kizuna import countries, schema, ui, views
from kizuna.i18n import _
from kizuna.schema import ADMIRALTY_CREDIBILITY, ADMIRALTY_RELIABILITY, ASSESSMENTS, CLAIM_DOMAINS

CLAIM_ROWS = 250  # claims are long text: fewer rows on screen keep the page under 1 MB

st.title(_("Claims and fact-checks"))

# 1/ selection
data = ui.dataset()
f = ui.filters()
ui.require(data, "claims", "claim_evidence", "citations", "sources")
subjects_present = sorted(data["claims"]["subject"].unique())
with ui.facets():
    st.markdown("**{}**".format(_("Capability claims")))
    subjects = ui.linked(
        st.multiselect,
        _("Subject country"),
        subjects_present,
        key="claims_subject",
        format_func=countries.label,
        placeholder=_("All subjects"),
    )
    domains = ui.linked(
        st.multiselect,
        _("Capability domain"),
        CLAIM_DOMAINS,
        key="claims_domain",
        format_func=_,
        placeholder=_("All domains"),
    )
    assessments = ui.linked(
        st.multiselect,
        _("Assessment"),
        ASSESSMENTS,
        key="claims_assessment",
        format_func=_,
        placeholder=_("All assessments"),
    )
facet = "; ".join(
    x
    for x in (
        ", ".join(subjects),
        ", ".join(_(d) for d in domains),
        ", ".join(_(a) for a in assessments),
    )
    if x
)
# The shared partner filter applies to claims through their subject, unless a subject is chosen.
subjects = subjects or [p for p in f.partners if p in subjects_present]
ui.summary(
    f,
    _("claims are filtered by their subject country") + (f" · {facet}" if facet else ""),
)

kind = (
    ui.linked(
        st.segmented_control,
        _("Show"),
        schema.CLAIM_KINDS,
        default=schema.CLAIM_KINDS[0],
        key="claims_kind",
        format_func=lambda k: {
            "capability assessment": _("Capability assessments"),
            "article fact-check": _("Fact-checks of the source article"),
        }[k],
        help=_(
            "Capability assessments weigh what a state can do against graded evidence; "
            "fact-checks test statements of the article Kizuna grew from against the record. "
            "Counts and charts never mix the two."
        ),
    )
    or schema.CLAIM_KINDS[0]
)


def capability_timeline(view: views.View, kind: str, f) -> None:
    """The subject country's dated milestones beside the ledger: drawn even when no claim falls
    in the years, as milestones may."""
    st.subheader(_("Capability timeline"))
    if kind != "capability assessment":
        st.caption(_("The timeline of dated milestones sits with the capability assessments."))
    elif "claims-capability-timeline" in view.charts:
        st.caption(
            _(
                "Dated milestones of the subject country (China when none is chosen), one lane "
                "per programme; planned ones are drawn as targets. The ledger's Milestones "
                "column names the milestones that bear on each claim."
            )
        )
        ui.chart(view.charts["claims-capability-timeline"], f)
    elif "timeline_empty" in view.metrics:
        st.info(view.metrics["timeline_empty"])


# 2/ frames
view = ui.view(views.claims, data, f, subjects, domains, assessments, kind=kind)
if view.empty:
    st.info(view.empty)
    if "claims-capability-timeline" in view.charts:
        capability_timeline(view, kind, f)
    st.stop()
claims = view.tables["claims"]

# 3/ render
ui.chart(view.charts.get("claims-matrix") or view.charts["claims-fact-checks"], f)

st.subheader(_("Claim ledger"))
ledger = view.tables["ledger"]
ui.table(
    ledger,
    "claims",
    f,
    key="claims-ledger",
    rows=CLAIM_ROWS,
    total=view.metrics["claims"],
    whole=lambda: views.claim_table(data, f, subjects, domains, assessments, kind)[
        views.LEDGER_COLUMNS
    ],
)

capability_timeline(view, kind, f)

st.subheader(_("Evidence for one claim"))
by_id = claims.set_index("claim_id")
labels = dict(zip(claims["claim_id"], claims["claim"].str.slice(0, 90), strict=True))
chosen = st.selectbox(
    _("Claim"),
    claims["claim_id"].head(CLAIM_ROWS),
    key="claims_detail",
    format_func=lambda i: f"{i}: {labels[i]}",
)
claim = by_id.loc[chosen]
ui.plain(claim["claim"], quote=True)
ui.plain(
    _(
        "{claimant} · graded {grade} ({reliability}; {credibility}) · assessed {assessment}: {note}"
    ).format(
        claimant=claim["claimant"],
        grade=f"{claim['source_reliability']}{claim['information_credibility']}",
        reliability=_(ADMIRALTY_RELIABILITY[claim["source_reliability"]]),
        credibility=_(ADMIRALTY_CREDIBILITY[claim["information_credibility"]]),
        assessment=_(claim["assessment"]),
        note=claim["assessment_note"],
    )
)
evidence = ui.view(views.claim_evidence, data, chosen)
supports, contradicts = st.columns(2)
STANCES = {
    "supports": (_("Supports"), _("No source on record supports this claim.")),
    "contradicts": (_("Contradicts"), _("No source on record contradicts this claim.")),
}
for col, stance in ((supports, "supports"), (contradicts, "contradicts")):
    heading, none = STANCES[stance]
    col.markdown(f"**{heading}**")
    mine = evidence[stance]
    if mine.empty:
        col.caption(none)
    else:
        col.dataframe(
            ui.display(mine),
            hide_index=True,
            width="stretch",
            column_config={_("Link"): st.column_config.LinkColumn(_("Link"))},
        )

st.subheader(_("Target dates"))
if kind != "capability assessment":
    st.caption(_("Programme targets are capability assessments: switch to them above."))
elif ui.available(data, "milestones"):
    st.caption(
        _(
            "Targets of the programmes Japan and its partners take part in. Other countries' "
            "planned milestones, such as China's, are drawn as targets on the capability "
            "timeline."
        )
    )
    if "claims-targets" in view.charts:
        ui.chart(view.charts["claims-targets"], f)
    else:
        st.info(_("No planned targets on record."))
