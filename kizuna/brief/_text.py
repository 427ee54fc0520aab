"""The brief's sentences, each fact with numbered citations to its record's sources."""

from __future__ import annotations

import pandas as pd

from kizuna.brief._model import LISTED, Numbering
from kizuna.views.dossier import Dossier, short


def _listed(rows: pd.DataFrame, say) -> str:
    """The first LISTED rows, each as ``say(row)`` (which numbers its sources), then how many
    more: a source is numbered only when its fact is written."""
    items = "; ".join(say(r) for r in rows.head(LISTED).itertuples())
    return items + (f"; and {len(rows) - LISTED} more" if len(rows) > LISTED else "")


def count(n: int, one: str, many: str | None = None) -> str:
    return f"{n} {one if n == 1 else (many or one + 's')}"


def sentences(d: Dossier, cite: Numbering) -> list[str]:
    """A few sentences built strictly from the dossier's records, each fact cited."""
    name, (first, last) = d.in_text, d.filters.years
    span = f"{first}–{last}" if first != last else str(first)
    rows = d.chronology
    out = []
    if d.level:
        out.append(
            f"Relationship level on record: {d.level}{cite.record('agreements', d.level_id)}."
        )
    if d.rank:
        r = d.rank
        spread = (
            f"rank {r['best_rank']} to {r['worst_rank']} under other weightings"
            if r["best_rank"] != r["worst_rank"]
            else "the same rank under every weighting tried"
        )
        out.append(
            f"On Kizuna's composite partnership index for {r['year']}, {name} ranks {r['rank']} "
            f"of {r['ranked']} partners ({r['index']:.1f} of 100; {spread})."
        )
    agreements = rows[rows["table"] == "agreements"]
    for stage, verb in (("signed", "Signed"), ("in_force", "Came into force")):
        done = agreements[(agreements["kind"] == "agreement") & (agreements["stage"] == stage)]
        suffix = ": " + stage.replace("_", " ")
        if len(done):
            listed = _listed(
                done,
                lambda r, suffix=suffix: (
                    f"{short(r.what.removesuffix(suffix), 90)} ({r.when})"
                    f"{cite.record(r.table, r.record_id)}"
                ),
            )
            out.append(f"{verb} in {span}: {listed}.")
    meetings = agreements[agreements["kind"].isin(["2+2", "statement"])]
    meetings = meetings[meetings["stage"] == "signed"]  # held or issued, not ended
    if len(meetings):
        latest = meetings.iloc[-1]
        rounds = int((meetings["kind"] == "2+2").sum())
        statements = int((meetings["kind"] == "statement").sum())
        parts = [
            p
            for p in (
                f"2+2 meetings held: {rounds}" if rounds else "",
                f"partnership statements issued: {statements}" if statements else "",
            )
            if p
        ]
        out.append(
            f"In {span}, {'; '.join(parts)}; the latest, "
            f"{short(latest['what'].rsplit(': ', 1)[0], 90)} ({latest['when']})"
            f"{cite.record('agreements', latest['record_id'])}."
        )
    activity = rows[rows["table"] == "exercises"]
    if len(activity):
        kinds = activity["kind"].value_counts()
        breakdown = ", ".join(
            count(int(kinds[k]), k) for k in ("exercise", "port call", "deployment") if k in kinds
        )
        first_row, last_row = activity.iloc[0], activity.iloc[-1]
        named = (
            f"the first {first_row['what']} ({first_row['when']})"
            f"{cite.record('exercises', first_row['record_id'], 1)}"
            + (
                f", the latest {last_row['what']} ({last_row['when']})"
                f"{cite.record('exercises', last_row['record_id'], 1)}"
                if len(activity) > 1
                else ""
            )
        )
        what = count(
            len(activity),
            "exercise, port call or deployment",
            "exercises, port calls and deployments",
        )
        out.append(
            f"{what} with {name} as Japan's partner are on record for {span} "
            f"({breakdown}): {named}."
        )
    grants = rows[rows["table"] == "assistance"]
    if len(grants):
        out.append(
            f"Security assistance on record in {span}: "
            + _listed(
                grants,
                lambda r: f"{short(r.what, 80)} ({r.when}){cite.record(r.table, r.record_id)}",
            )
            + "."
        )
    pending = _signed_only(d)
    if len(pending):
        out.append(
            f"Signed with no entry into force on record by the end of {last}: "
            + _listed(
                pending,
                lambda r: (
                    f"{short(r.agreement, 90)} (signed {r.signed})"
                    f"{cite.record('agreements', r.agreement_id)}"
                ),
            )
            + "."
        )
    targets = _open_targets(d)
    if len(targets):
        out.append(
            f"Planned targets on record after {last}: "
            + _listed(
                targets,
                lambda r: (
                    f"{short(r.milestone, 90)} (target {r.date}"
                    + (f", announced {r.announced}" if isinstance(r.announced, str) else "")
                    + f"){cite.record('milestones', r.milestone_id)}"
                ),
            )
            + "."
        )
    claims = rows[rows["table"] == "claims"]
    # Capability assessments and fact-checks of the source article are never counted together.
    for kind, one, many in (
        ("capability assessment", "capability assessment", None),
        ("fact-check", "fact-check of the source article", "fact-checks of the source article"),
    ):
        mine = claims[claims["kind"] == kind]
        if len(mine):
            verdicts = mine["what"].str.rsplit(": ", n=1).str[-1].value_counts()
            out.append(
                f"{count(len(mine), one, many)} about {name} dated {span}: "
                + ", ".join(f"{n} {v}" for v, n in verdicts.items())
                + "."
            )
    if not out or (len(out) <= 2 and rows.empty):
        out.append(f"No dated record about {name} falls within {span}.")
    return out


def _signed_only(d: Dossier) -> pd.DataFrame:
    """Instruments signed, with no entry into force and no end on record (programmes'
    statements excepted: they bind on signature)."""
    rows = d.agreements
    if rows.empty:
        return rows
    open_ = rows["signed"].notna() & rows["in force"].isna() & rows["ended"].isna()
    return rows[open_ & (rows["type"] != "co-development programme")]


def _open_targets(d: Dossier) -> pd.DataFrame:
    """Planned milestones targeting a date after the range, announced by its end, and not
    restated since (the restatement is listed instead)."""
    rows = d.programmes
    if rows.empty:
        return rows
    last = d.filters.years[1]
    target_year = rows["date"].str.slice(0, 4).astype(int)
    announced = rows["announced"].fillna("").str.slice(0, 4)
    known = announced.where(announced != "", "0").astype(int)
    current = rows["restated later"] != "yes"
    return rows[(rows["status"] == "planned") & (target_year > last) & (known <= last) & current]
