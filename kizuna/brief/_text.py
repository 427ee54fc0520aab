"""The brief's sentences, each fact with numbered citations to its record's sources.

Each sentence is one message with named placeholders (word order differs in Japanese); what
the records say (titles, names, dates as written) fills the placeholders untranslated."""

from __future__ import annotations

import pandas as pd

from kizuna.analysis.common import comma
from kizuna.brief._model import LISTED, Numbering
from kizuna.i18n import _, iso_text, ngettext
from kizuna.views.dossier import Dossier, short


def _listed(rows: pd.DataFrame, say) -> str:
    """The first LISTED rows, each as ``say(row)`` (which numbers its sources), then how many
    more: a source is numbered only when its fact is written."""
    items = "; ".join(say(r) for r in rows.head(LISTED).itertuples())
    if len(rows) <= LISTED:
        return items
    # i18n: a list of facts ("A (2020) [1]; B (2021) [2]") and how many more there are
    return _("{items}; and {count} more").format(items=items, count=len(rows) - LISTED)


def _dated(name: str, when, sources: str) -> str:
    # i18n: one fact in a list: a record's name, its date, then its citations (" [1, 2]")
    return _("{name} ({date}){sources}").format(name=name, date=when, sources=sources)


def count(n: int, one: str, many: str | None = None) -> str:
    """'3 exercises': an English count (the sentences use ngettext messages instead)."""
    return f"{n} {one if n == 1 else (many or one + 's')}"


def _activities(kind: str, n: int) -> str:
    """'2 exercises', '1 port call': the breakdown of a partner's activity by kind."""
    if kind == "exercise":
        return ngettext("{count} exercise", "{count} exercises", n).format(count=n)
    if kind == "port call":
        return ngettext("{count} port call", "{count} port calls", n).format(count=n)
    return ngettext("{count} deployment", "{count} deployments", n).format(count=n)


def _stage_done(stage: str, years: str, items: str) -> str:
    if stage == "signed":
        return _("Signed in {years}: {items}.").format(years=years, items=items)
    return _("Came into force in {years}: {items}.").format(years=years, items=items)


def _rank(name: str, r: dict) -> str:
    values = {
        "year": r["year"],
        "partner": name,
        "rank": r["rank"],
        "ranked": r["ranked"],
        "index": f"{r['index']:.1f}",
        "best": r["best_rank"],
        "worst": r["worst_rank"],
    }
    if r["best_rank"] != r["worst_rank"]:
        return _(
            "On Kizuna's composite partnership index for {year}, {partner} ranks {rank} of "
            "{ranked} partners ({index} of 100; rank {best} to {worst} under other weightings)."
        ).format(**values)
    return _(
        "On Kizuna's composite partnership index for {year}, {partner} ranks {rank} of "
        "{ranked} partners ({index} of 100; the same rank under every weighting tried)."
    ).format(**values)


def _meetings(years: str, rounds: int, statements: int, latest: str) -> str:
    if rounds and statements:
        return _(
            "In {years}, 2+2 meetings held: {rounds}; partnership statements issued: "
            "{statements}; the latest, {latest}."
        ).format(years=years, rounds=rounds, statements=statements, latest=latest)
    if rounds:
        return _("In {years}, 2+2 meetings held: {rounds}; the latest, {latest}.").format(
            years=years, rounds=rounds, latest=latest
        )
    return _(
        "In {years}, partnership statements issued: {statements}; the latest, {latest}."
    ).format(years=years, statements=statements, latest=latest)


def _activity(name: str, years: str, activity: pd.DataFrame, cite: Numbering) -> str:
    kinds = activity["kind"].value_counts()
    breakdown = comma().join(
        _activities(k, int(kinds[k])) for k in ("exercise", "port call", "deployment") if k in kinds
    )
    first_row, last_row = activity.iloc[0], activity.iloc[-1]
    first = _dated(
        first_row["what"], first_row["when"], cite.record("exercises", first_row["record_id"], 1)
    )
    if len(activity) > 1:  # the latest's sources numbered after the first's
        latest = _dated(
            last_row["what"], last_row["when"], cite.record("exercises", last_row["record_id"], 1)
        )
        named = _("the first {first}, the latest {latest}").format(first=first, latest=latest)
    else:
        named = _("the first {first}").format(first=first)
    n = len(activity)
    return ngettext(
        "{count} exercise, port call or deployment with {partner} as Japan's partner are on "
        "record for {years} ({breakdown}): {named}.",
        "{count} exercises, port calls and deployments with {partner} as Japan's partner are "
        "on record for {years} ({breakdown}): {named}.",
        n,
    ).format(count=n, partner=name, years=years, breakdown=breakdown, named=named)


def _target(r, cite: Numbering) -> str:
    sources = cite.record("milestones", r.milestone_id)
    if isinstance(r.announced, str):
        return _("{name} (target {date}, announced {announced}){sources}").format(
            name=short(r.milestone, 90),
            date=iso_text(r.date),
            announced=iso_text(r.announced),
            sources=sources,
        )
    return _("{name} (target {date}){sources}").format(
        name=short(r.milestone, 90), date=iso_text(r.date), sources=sources
    )


def _claims(kind: str, n: int, name: str, years: str, verdicts: str) -> str:
    values = {"count": n, "partner": name, "years": years, "verdicts": verdicts}
    if kind == "capability assessment":
        return ngettext(
            "{count} capability assessment about {partner} dated {years}: {verdicts}.",
            "{count} capability assessments about {partner} dated {years}: {verdicts}.",
            n,
        ).format(**values)
    return ngettext(
        "{count} fact-check of the source article about {partner} dated {years}: {verdicts}.",
        "{count} fact-checks of the source article about {partner} dated {years}: {verdicts}.",
        n,
    ).format(**values)


def _stage_cut(what: str, stage: str) -> str:
    """The record's name without the stage the chronology adds (": signed"), in English or
    in the reader's language."""
    word = stage.replace("_", " ")
    for suffix in (": " + word, ": " + _(word)):
        if what.endswith(suffix):
            return what.removesuffix(suffix)
    return what


def sentences(d: Dossier, cite: Numbering) -> list[str]:
    """A few sentences built strictly from the dossier's records, each fact cited."""
    name, (first, last) = d.in_text, d.filters.years
    span = f"{first}–{last}" if first != last else str(first)
    rows = d.chronology
    out = []
    if d.level:
        out.append(
            _("Relationship level on record: {level}{sources}.").format(
                level=d.level, sources=cite.record("agreements", d.level_id)
            )
        )
    if d.rank:
        out.append(_rank(name, d.rank))
    agreements = rows[rows["table"] == "agreements"]
    for stage in ("signed", "in_force"):
        done = agreements[(agreements["kind"] == "agreement") & (agreements["stage"] == stage)]
        if len(done):
            listed = _listed(
                done,
                lambda r, stage=stage: _dated(
                    short(_stage_cut(r.what, stage), 90), r.when, cite.record(r.table, r.record_id)
                ),
            )
            out.append(_stage_done(stage, span, listed))
    meetings = agreements[agreements["kind"].isin(["2+2", "statement"])]
    meetings = meetings[meetings["stage"] == "signed"]  # held or issued, not ended
    if len(meetings):
        latest = meetings.iloc[-1]
        rounds = int((meetings["kind"] == "2+2").sum())
        statements = int((meetings["kind"] == "statement").sum())
        named = _dated(
            short(latest["what"].rsplit(": ", 1)[0], 90),
            latest["when"],
            cite.record("agreements", latest["record_id"]),
        )
        out.append(_meetings(span, rounds, statements, named))
    activity = rows[rows["table"] == "exercises"]
    if len(activity):
        out.append(_activity(name, span, activity, cite))
    grants = rows[rows["table"] == "assistance"]
    if len(grants):
        listed = _listed(
            grants, lambda r: _dated(short(r.what, 80), r.when, cite.record(r.table, r.record_id))
        )
        out.append(
            _("Security assistance on record in {years}: {items}.").format(years=span, items=listed)
        )
    pending = _signed_only(d)
    if len(pending):
        listed = _listed(
            pending,
            lambda r: _("{name} (signed {date}){sources}").format(
                name=short(r.agreement, 90),
                date=iso_text(r.signed),
                sources=cite.record("agreements", r.agreement_id),
            ),
        )
        out.append(
            _("Signed with no entry into force on record by the end of {year}: {items}.").format(
                year=last, items=listed
            )
        )
    targets = _open_targets(d)
    if len(targets):
        listed = _listed(targets, lambda r: _target(r, cite))
        out.append(
            _("Planned targets on record after {year}: {items}.").format(year=last, items=listed)
        )
    claims = rows[rows["table"] == "claims"]
    # Capability assessments and fact-checks of the source article are never counted together.
    for kind in ("capability assessment", "fact-check"):
        mine = claims[claims["kind"] == kind]
        if len(mine):
            verdicts = mine["what"].str.rsplit(": ", n=1).str[-1].value_counts()
            written = comma().join(
                # i18n: how many claims got a verdict: "2 corroborated"
                _("{count} {verdict}").format(count=n, verdict=_(v))
                for v, n in verdicts.items()
            )
            out.append(_claims(kind, len(mine), name, span, written))
    if not out or (len(out) <= 2 and rows.empty):
        out.append(
            _("No dated record about {partner} falls within {years}.").format(
                partner=name, years=span
            )
        )
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
