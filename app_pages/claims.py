"""Capability claims: the ledger, what evidence each rests on, and target dates."""

import streamlit as st

from kizuna import analysis, countries, figures, ui
from kizuna.schema import ADMIRALTY_CREDIBILITY, ADMIRALTY_RELIABILITY, ASSESSMENTS, CLAIM_DOMAINS

st.title("Capability claims")

# 1/ selection
data = ui.dataset()
f = ui.filters()
ui.require(data, "claims", "claim_evidence", "citations", "sources")
subjects_present = sorted(data["claims"]["subject"].unique())
left, middle, right = st.columns(3)
subjects = left.multiselect(
    "Subject country",
    subjects_present,
    key="claims_subject",
    format_func=countries.label,
    placeholder="All subjects",
)
domains = middle.multiselect(
    "Capability domain", CLAIM_DOMAINS, key="claims_domain", placeholder="All domains"
)
assessments = right.multiselect(
    "Assessment", ASSESSMENTS, key="claims_assessment", placeholder="All assessments"
)
facet = "; ".join(x for x in (", ".join(subjects), ", ".join(domains), ", ".join(assessments))
                  if x)  # fmt: skip
ui.summary(
    f,
    "the partner filter does not apply here: claims are filtered by their subject"
    + (f" · {facet}" if facet else ""),
)
cite = (data["citations"], data["sources"])

# 2/ frames
claims = analysis.filter_claims(
    data["claims"],
    f.years,
    subjects,
    domains,
    assessments,
    include_undated=f.years == ui.YEAR_BOUNDS,
)
if claims.empty:
    ui.empty(
        "No claims match these filters. Widen the years or clear the subject, domain or "
        "assessment filters."
    )
claims = analysis.citation_summary("claims", claims, "claim_id", *cite)
source = analysis.source_line("claims", claims["claim_id"], *cite)

# 3/ render
ui.chart(
    figures.claims_matrix(
        analysis.claim_tallies(claims),
        ui.caption("Claims by subject, domain and assessment", f, source, facet),
    ),
    f,
    key="claims-matrix",
)

st.subheader("Claim ledger")
ledger = claims[
    [
        "claim_id",
        "subject",
        "domain",
        "claim",
        "claimant",
        "claim_date",
        "claim_date_precision",
        "source_reliability",
        "information_credibility",
        "assessment",
        "assessment_note",
        "target_year",
        "sources",
        "source_urls",
    ]
]
ui.table(ui.display(ledger), "claims", f, key="claims-ledger")

st.subheader("Evidence for one claim")
chosen = st.selectbox(
    "Claim", claims["claim_id"], key="claims_detail",
    format_func=lambda i: f"{i}: {claims.set_index('claim_id').at[i, 'claim'][:90]}",
)  # fmt: skip
claim = claims.set_index("claim_id").loc[chosen]
st.markdown(f"> {ui.inert(claim['claim'])}")
st.caption(
    f"{ui.inert(claim['claimant'])} · graded {claim['source_reliability']}"
    f"{claim['information_credibility']} ({ADMIRALTY_RELIABILITY[claim['source_reliability']]}; "
    f"{ADMIRALTY_CREDIBILITY[claim['information_credibility']]}) · assessed "
    f"**{claim['assessment']}**: {ui.inert(claim['assessment_note'])}"
)
evidence = analysis.evidence_for(chosen, data["claim_evidence"], data["sources"])
supports, contradicts = st.columns(2)
for col, stance in ((supports, "supports"), (contradicts, "contradicts")):
    col.markdown(f"**{stance.capitalize()}**")
    mine = evidence[evidence["stance"] == stance]
    if mine.empty:
        col.caption(f"No source on record {stance} this claim.")
    else:
        col.dataframe(
            ui.display(mine.drop(columns=["stance"])),
            hide_index=True,
            width="stretch",
            column_config={"url": st.column_config.LinkColumn()},
        )

st.subheader("Target dates")
if ui.available(data, "milestones"):
    milestones = analysis.citation_summary("milestones", data["milestones"], "milestone_id", *cite)
    planned = milestones[milestones["status"] == "planned"]
    if planned.empty:
        st.info("No planned targets on record.")
    else:
        ui.chart(
            figures.target_tracker(
                planned,
                ui.caption(
                    "Programme targets: announced and revised",
                    f,
                    analysis.source_line("milestones", planned["milestone_id"], *cite),
                ),
            ),
            f,
            key="claims-targets",
        )
