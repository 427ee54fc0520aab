"""The briefing pack: every chart and table of the view, and the sources behind them."""

from __future__ import annotations

import pandas as pd

from kizuna import analysis
from kizuna.charts import Chart
from kizuna.load import Dataset
from kizuna.state import Filters
from kizuna.views._claims import claim_table, claims
from kizuna.views._core import cited
from kizuna.views._exercises import exercise_table, exercises
from kizuna.views._overview import overview
from kizuna.views._partnerships import agreement_table, partnerships


def briefing(data: Dataset, f: Filters) -> tuple[list[Chart], dict[str, pd.DataFrame]]:
    """Every chart and table of the view, with each page's own facets at their defaults."""
    charts: list[Chart] = []
    tables: dict[str, pd.DataFrame] = {}
    builders = (
        (overview, ("agreements", "agreement_parties")),
        (partnerships, ("agreements", "agreement_parties")),
        (exercises, ("exercises", "exercise_participants")),
        (claims, ("claims", "claim_evidence")),
    )
    for build, needs in builders:
        if not data.ok(*needs, "citations", "sources"):
            continue
        view = build(data, f, subjects=f.partners) if build is claims else build(data, f)
        charts += list(view.charts.values())
        # each view holds its first rows of a table; the pack holds them all
        if "claims" in view.tables:
            tables["claims"] = claim_table(data, f, subjects=f.partners)
        if "agreements" in view.tables:
            tables["agreements"] = agreement_table(data, f)
        if "exercises" in view.tables:
            tables["exercises"] = exercise_table(data, f)
    return charts, tables


def cited_sources(data: Dataset, tables: dict[str, pd.DataFrame]) -> pd.DataFrame:
    """The sources behind the rows of these tables."""
    keys = {"agreements": "agreement_id", "exercises": "exercise_id", "claims": "claim_id"}
    ids = [
        analysis.sources_for(name, frame[keys[name]], cited(data))["source_id"]
        for name, frame in tables.items()
        if name in keys
    ]
    wanted = set(pd.concat(ids)) if ids else set()
    sources = data["sources"]
    return sources[analysis.among(sources["source_id"], wanted)].reset_index(drop=True)
