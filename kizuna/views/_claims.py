"""Claims and fact-checks: the matrix, target dates, the table."""

from __future__ import annotations

import pandas as pd

from kizuna import analysis, charts
from kizuna.load import Dataset
from kizuna.state import YEAR_BOUNDS, Filters
from kizuna.views._core import SHOWN_ROWS, View, caption, cited

CLAIM_TITLES = {
    "capability assessment": "Capability assessments by subject, domain and assessment",
    "article fact-check": "Fact-checks of the source article by subject and verdict",
}


# The claim ledger on the page: the claim, its grades and its verdict.
LEDGER_COLUMNS = [
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


def _rows(data: Dataset, f: Filters, subjects, domains, assessments, kind) -> pd.DataFrame:
    return analysis.filter_claims(
        data["claims"],
        f.years,
        subjects,
        domains,
        assessments,
        include_undated=f.years == YEAR_BOUNDS,
        kind=kind,
    )


def claim_table(
    data: Dataset,
    f: Filters,
    subjects=(),
    domains=(),
    assessments=(),
    kind: str = "capability assessment",
) -> pd.DataFrame:
    """Every claim in the filters with its sources: what the ledger's downloads and the
    briefing pack hold. The view keeps the first rows."""
    rows = _rows(data, f, subjects, domains, assessments, kind)
    return analysis.citation_summary("claims", rows, "claim_id", cited(data))


def _planned_targets(data: Dataset) -> tuple[pd.DataFrame, str]:
    """Every planned programme target with its sources, and their source line."""
    cite = cited(data)
    milestones = data["milestones"]
    planned = milestones[milestones["status"] == "planned"]
    planned = analysis.citation_summary("milestones", planned, "milestone_id", cite)
    return planned, analysis.source_line("milestones", planned["milestone_id"], cite)


def claims(
    data: Dataset,
    f: Filters,
    subjects=(),
    domains=(),
    assessments=(),
    kind: str = "capability assessment",
) -> View:
    cite = cited(data)
    rows = _rows(data, f, subjects, domains, assessments, kind)
    view = View()
    if rows.empty:
        view.empty = (
            "No claims match these filters. Widen the years or clear the subject, domain or "
            "assessment filters."
        )
        return view
    facet = "; ".join(
        x for x in (", ".join(subjects), ", ".join(domains), ", ".join(assessments)) if x
    )
    source = analysis.source_line("claims", rows["claim_id"], cite)
    view.add(
        charts.claims_matrix(
            analysis.claim_tallies(rows),
            caption(data, CLAIM_TITLES[kind], f, source, facet, partners=False),
            name="claims-matrix" if kind == "capability assessment" else "claims-fact-checks",
        )
    )
    if data.ok("milestones") and kind == "capability assessment":
        planned, planned_source = _planned_targets(data)
        if not planned.empty:
            view.add(
                charts.target_tracker(
                    planned,
                    caption(
                        data,
                        "Programme targets: announced and revised",
                        f,
                        planned_source,
                        partners=False,
                    ),
                )
            )
    # the rows the ledger shows, with their sources; the downloads rebuild them all
    # (claim_table)
    shown = analysis.citation_summary("claims", rows.head(SHOWN_ROWS), "claim_id", cite)
    view.tables["claims"] = shown
    view.tables["ledger"] = shown[LEDGER_COLUMNS]  # one frame per view: shown without a copy
    view.metrics["claims"] = len(rows)
    return view


def claim_evidence(data: Dataset, claim_id: str) -> dict[str, pd.DataFrame]:
    """The sources that support, and those that contradict, one claim."""
    evidence = analysis.evidence_for(claim_id, data["claim_evidence"], data["sources"])
    return {
        stance: evidence[evidence["stance"] == stance].drop(columns=["stance"])
        for stance in ("supports", "contradicts")
    }
