"""Claims, assistance and policy events: filtering and tallies."""

from __future__ import annotations

import pandas as pd

from kizuna import countries
from kizuna.analysis.common import years_between
from kizuna.state import Filters


def filter_assistance(assistance: pd.DataFrame, filters: Filters) -> pd.DataFrame:
    """Grants and transfers to the selected recipients, dated (exchange of notes, else
    delivery, else fiscal year) within the years."""
    year = (
        assistance["notes_exchanged"]
        .fillna(assistance["delivered"])
        .dt.year.fillna(assistance["fiscal_year"].astype("float64"))
    )
    rows = assistance[year.between(*filters.years).fillna(False).astype(bool)]
    if filters.partners:
        rows = rows[rows["recipient"].isin(filters.partners)]
    return rows.sort_values(["recipient", "fiscal_year"]).reset_index(drop=True)


def filter_claims(
    claims: pd.DataFrame,
    years: tuple[int, int],
    subjects=(),
    domains=(),
    assessments=(),
    include_undated: bool = False,
    kind: str | None = None,
) -> pd.DataFrame:
    """Claims made within the years; undated ones too if ``include_undated`` (the page passes
    it when the year filter spans everything, so no claim is hidden by a missing date)."""
    dated = years_between(claims["claim_date"], years)
    rows = claims[dated | (claims["claim_date"].isna() & include_undated)]
    if kind:
        rows = rows[rows["kind"] == kind]
    if subjects:
        rows = rows[rows["subject"].isin(subjects)]
    if domains:
        rows = rows[rows["domain"].isin(domains)]
    if assessments:
        rows = rows[rows["assessment"].isin(assessments)]
    return rows.sort_values("claim_date").reset_index(drop=True)


def claim_tallies(claim_rows: pd.DataFrame) -> pd.DataFrame:
    """Counts by subject country, domain and assessment."""
    return (
        claim_rows.groupby(["subject", "domain", "assessment"])["claim_id"]
        .nunique()
        .reset_index(name="claims")
        .sort_values(["subject", "domain", "assessment"], ignore_index=True)
    )


def evidence_for(claim_id: str, evidence: pd.DataFrame, sources: pd.DataFrame) -> pd.DataFrame:
    rows = evidence[evidence["claim_id"] == claim_id].merge(sources, on="source_id", how="left")
    return rows[["stance", "quote", "title", "publisher", "published", "url", "source_id"]]


def annotations(events: pd.DataFrame, filters: Filters) -> pd.DataFrame:
    """Policy events in the year range, by Japan or a selected partner, with a short label."""
    rows = events[years_between(events["date"], filters.years)]
    if filters.partners:
        rows = rows[rows["country"].isin((countries.JAPAN, *filters.partners))]
    rows = rows.assign(label=rows["title"].str.slice(0, 48))
    return rows.nlargest(MAX_EVENTS, "date").sort_values("date").reset_index(drop=True)


MAX_EVENTS = 30  # annotations a chart can carry and still be read


def no_events() -> pd.DataFrame:
    return pd.DataFrame({"event_id": [], "title": [], "date": pd.to_datetime([]), "label": []})
