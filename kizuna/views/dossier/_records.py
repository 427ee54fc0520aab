"""The agreements by stage, the shared programmes and the source article's statements."""

from __future__ import annotations

import pandas as pd

from kizuna import analysis
from kizuna.export import format_date
from kizuna.i18n import _
from kizuna.load import Dataset
from kizuna.views._core import cited
from kizuna.views.dossier._figures import partner_milestones
from kizuna.views.dossier._model import DOUBTED, MATRIX_COLUMNS, TREATY_TYPES


def cite(data: Dataset, rows: pd.DataFrame) -> pd.DataFrame:
    """Adds each row's sources (publishers), source URLs and source ids, whatever its table."""
    out = []
    for table, group in rows.groupby("table", sort=False):
        bare = group.drop(columns=["sources", "source_urls", "source_ids"], errors="ignore")
        out.append(analysis.citation_summary(table, bare, "record_id", cited(data)))
    if not out:
        return rows.assign(sources=None, source_urls=None, source_ids=None)
    return pd.concat(out).sort_index()


def agreement_stages(
    agreements: pd.DataFrame, year: int, titles: dict[str, str] | None = None
) -> pd.DataFrame:
    """Type × stage: one row per instrument of a treaty-level type begun by the end of
    ``year``, each stage's date at its precision."""
    rows = agreements[agreements["type"].isin(TREATY_TYPES) & (agreements["dated"].dt.year <= year)]
    out = pd.DataFrame(
        {
            "type": rows["type"],
            "agreement": rows["agreement_id"].map(titles or {}).fillna(rows["title"]),
            **{
                label: [
                    format_date(d, p)
                    for d, p in zip(rows[stage], rows[f"{stage}_precision"], strict=True)
                ]
                for stage, label in MATRIX_COLUMNS.items()
            },
            "agreement_id": rows["agreement_id"],
        }
    )
    order = {t: i for i, t in enumerate(TREATY_TYPES)}
    out = out.assign(order=out["type"].map(order), dated=rows["dated"])
    return (
        out.sort_values(["order", "dated"]).drop(columns=["order", "dated"]).reset_index(drop=True)
    )


def programmes(data: Dataset, partner: str) -> pd.DataFrame:
    """The partner's programme milestones, those shared with Japan first; a restated target
    names the target it restates."""
    rows = partner_milestones(data, partner)
    if rows.empty:
        return pd.DataFrame()
    text = data["milestones"].set_index("milestone_id")["milestone"]
    rows = analysis.citation_summary("milestones", rows, "milestone_id", cited(data))
    out = pd.DataFrame(
        {
            "programme": rows["programme"],
            "with Japan": rows["with_japan"].map({True: "yes", False: "no"}),
            "milestone": rows["milestone"],
            "status": rows["status"],
            "date": [
                format_date(d, p) for d, p in zip(rows["date"], rows["date_precision"], strict=True)
            ],
            "announced": [
                format_date(d, p)
                for d, p in zip(rows["announced"], rows["announced_precision"], strict=True)
            ],
            "restates": rows["revises"].map(text),
            "restated later": analysis.among(
                rows["milestone_id"], data["milestones"]["revises"].dropna()
            ).map({True: "yes", False: ""}),
            "sources": rows["sources"],
            "source_urls": rows["source_urls"],
            "milestone_id": rows["milestone_id"],
        }
    )
    out = out.assign(shared=~rows["with_japan"], when=rows["date"])
    return out.sort_values(["shared", "programme", "when"]).drop(columns=["shared", "when"])


# Where each table says which partner a record concerns: (table, the table holding the country,
# its country column, the record id column).
CONCERNED = (
    ("agreements", "agreement_parties", "country", "agreement_id"),
    ("exercises", "exercise_participants", "country", "exercise_id"),
    ("claims", "claims", "subject", "claim_id"),
    ("milestones", "milestone_countries", "country", "milestone_id"),
    ("events", "events", "country", "event_id"),
    ("assistance", "assistance", "recipient", "assistance_id"),
)


def _concerns(data: Dataset, partner: str) -> dict[str, set]:
    """Per table, the records that concern the partner (tables that did not load are left out)."""
    found: dict[str, set] = {}
    for table, holder, country, key in CONCERNED:
        if data.ok(holder):
            rows = data[holder]
            found[table] = set(rows.loc[rows[country] == partner, key])
    return found


def article(data: Dataset, partner: str) -> pd.DataFrame:
    """The source article's statements that rest on a record about the partner, one row per
    statement, with the records and, for claims in doubt, Kizuna's verdict."""
    if not data.ok("source_article"):
        return pd.DataFrame()
    links = data["source_article"]
    concerns = _concerns(data, partner)
    mine = links[
        [
            record in concerns.get(table, set())
            for table, record in zip(links["table"], links["record_id"], strict=True)
        ]
    ]
    if mine.empty:
        return pd.DataFrame()
    verdicts = {}
    if data.ok("claims"):
        claims = data["claims"].set_index("claim_id")
        for record in mine.loc[mine["table"] == "claims", "record_id"]:
            if record in claims.index and claims.at[record, "assessment"] in DOUBTED:
                grade = _(claims.at[record, "assessment"])
                verdicts[record] = f"{record} {grade}: {claims.at[record, 'assessment_note']}"
    grouped = mine.groupby("statement_id", sort=False).agg(
        sentence=("sentence", "first"),
        records=("record_id", lambda ids: ", ".join(dict.fromkeys(ids))),
        verdict=("record_id", lambda ids: " · ".join(verdicts[i] for i in ids if i in verdicts)),
    )
    return grouped.reset_index().rename(columns={"statement_id": "statement"})
