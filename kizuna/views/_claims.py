"""Claims and fact-checks: the matrix, target dates, the table."""

from __future__ import annotations

import pandas as pd

from kizuna import analysis, charts, countries, i18n
from kizuna.export import format_date
from kizuna.i18n import N_, _
from kizuna.load import Dataset
from kizuna.state import YEAR_BOUNDS, Filters
from kizuna.views._core import SHOWN_ROWS, View, caption, cited, listed

CLAIM_TITLES = {
    "capability assessment": N_("Capability assessments by subject, domain and assessment"),
    "article fact-check": N_("Fact-checks of the source article by subject and verdict"),
}


# The claim ledger on the page: the claim, its grades and its verdict.
LEDGER_COLUMNS = [
    "claim_id",
    "subject",
    "domain",
    "claim",
    "milestones",  # the dated milestones that bear on the claim: the timeline's link back
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


# Whose milestones the capability timeline draws when no subject is chosen: the country most of
# the capability assessments are about.
TIMELINE_SUBJECTS = ("CHN",)


def _links(data: Dataset) -> pd.DataFrame:
    """Every milestone-claim link with the milestone's short name and date, and the claim's
    kind, assessment and text (empty when a table did not load)."""
    columns = ["milestone_id", "claim_id", "label", "date", "date_precision"]
    if not data.ok("milestones", "milestone_claims", "claims"):
        return pd.DataFrame(columns=[*columns, "kind", "assessment", "claim"])
    milestones = data["milestones"]
    milestones = milestones.assign(
        label=[
            charts.milestone_label(i, t)
            for i, t in zip(milestones["milestone_id"], milestones["milestone"], strict=True)
        ]
    )
    links = data["milestone_claims"].merge(milestones, on="milestone_id")[columns]
    claims = data["claims"][["claim_id", "kind", "assessment", "claim"]]
    return links.merge(claims, on="claim_id").sort_values(["date", "milestone_id"], kind="stable")


def _with_milestones(data: Dataset, rows: pd.DataFrame) -> pd.DataFrame:
    """The claims with a `milestones` column: how many dated milestones bear on each claim and
    their short names ("2: DF-17 unveiled (parade), 2019; …"); blank for none."""
    links = _links(data)
    named = {
        claim: f"{len(mine)}: "
        + "; ".join(
            f"{label}, {format_date(d, p)[:4]}"
            for label, d, p in zip(mine["label"], mine["date"], mine["date_precision"], strict=True)
        )
        for claim, mine in links.groupby("claim_id", sort=False)
    }
    return rows.assign(milestones=rows["claim_id"].map(named).astype("string"))


def capability_milestones(data: Dataset, f: Filters, subjects=()) -> pd.DataFrame:
    """The dated milestones of these countries (TIMELINE_SUBJECTS if none) in the years, each
    with its short name, its date at its precision, the claims it bears on and its sources."""
    if not data.ok("milestones", "milestone_countries"):
        return pd.DataFrame()
    subjects = list(subjects) or list(TIMELINE_SUBJECTS)
    concerned = data["milestone_countries"]
    ids = concerned.loc[concerned["country"].isin(subjects), "milestone_id"].unique()
    milestones = data["milestones"]
    rows = milestones[
        milestones["milestone_id"].isin(ids) & milestones["date"].dt.year.between(*f.years)
    ]
    links = _links(data)
    links = links[links["milestone_id"].isin(rows["milestone_id"])].sort_values("claim_id")
    claim_ids: dict[str, str] = {}
    claim_lines: dict[str, str] = {}
    for milestone_id, mine in links.groupby("milestone_id", sort=False):
        claim_ids[milestone_id] = "; ".join(mine["claim_id"])
        claim_lines[milestone_id] = "\n".join(
            (
                _("{claim} ({assessment}, fact-check): “{text}”")
                if k == "article fact-check"
                else _("{claim} ({assessment}): “{text}”")
            ).format(claim=c, assessment=_(a), text=charts.core.short_words(t, 80))
            for c, a, k, t in zip(
                mine["claim_id"], mine["assessment"], mine["kind"], mine["claim"], strict=True
            )
        )
    rows = rows.assign(
        label=[
            charts.milestone_label(i, t)
            for i, t in zip(rows["milestone_id"], rows["milestone"], strict=True)
        ],
        when=[
            _at_precision(d, p) for d, p in zip(rows["date"], rows["date_precision"], strict=True)
        ],
        claim_ids=[claim_ids.get(m, "") for m in rows["milestone_id"]],
        claims=[claim_lines.get(m, "") for m in rows["milestone_id"]],
    )
    columns = [
        "milestone_id",
        "programme",
        "label",
        "milestone",
        "status",
        "date",
        "date_precision",
        "when",
        "claim_ids",
        "claims",
    ]
    rows = rows[columns].sort_values(["date", "milestone_id"], kind="stable")
    return analysis.citation_summary("milestones", rows, "milestone_id", cited(data))


def _at_precision(value, precision) -> str:
    """'1 Oct 2019', 'Apr 2022', '2020': a date as precise as its source, never more."""
    return i18n.date_text(value, precision if precision in ("year", "month") else "day")


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
    rows = _with_milestones(data, _rows(data, f, subjects, domains, assessments, kind))
    return analysis.citation_summary("claims", rows, "claim_id", cited(data))


# The target tracker follows the programmes of Japan and its partners; other countries' planned
# milestones (China's) are drawn as targets on the capability timeline instead.
TARGET_COUNTRIES = (countries.JAPAN, *countries.PARTNERS)
TARGETS_FACET = N_("programmes of Japan and its partners")


def _planned_targets(data: Dataset) -> tuple[pd.DataFrame, str]:
    """Every planned target of a programme Japan or a partner takes part in, with its sources,
    and their source line."""
    cite = cited(data)
    milestones = data["milestones"]
    planned = milestones[milestones["status"] == "planned"]
    if data.ok("milestone_countries"):
        concerned = data["milestone_countries"]
        ours = concerned.loc[concerned["country"].isin(TARGET_COUNTRIES), "milestone_id"]
        planned = planned[planned["milestone_id"].isin(ours)]
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
    if kind == "capability assessment":
        _add_timeline(view, data, f, subjects)
    if rows.empty:
        view.empty = _(
            "No claims match these filters. Widen the years or clear the subject, domain or "
            "assessment filters."
        )
        return view
    chosen = (listed(subjects), listed(_(d) for d in domains), listed(_(a) for a in assessments))
    facet = "; ".join(x for x in chosen if x)
    source = analysis.source_line("claims", rows["claim_id"], cite)
    view.add(
        charts.claims_matrix(
            analysis.claim_tallies(rows),
            caption(data, _(CLAIM_TITLES[kind]), f, source, facet, False, "claims"),
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
                        _("Programme targets: announced and revised"),
                        f,
                        planned_source,
                        _(TARGETS_FACET),
                        partners=False,
                    ),
                )
            )
    # the rows the ledger shows, with their sources; the downloads rebuild them all
    # (claim_table)
    shown = analysis.citation_summary(
        "claims", _with_milestones(data, rows.head(SHOWN_ROWS)), "claim_id", cite
    )
    view.tables["claims"] = shown
    view.tables["ledger"] = shown[LEDGER_COLUMNS]  # one frame per view: shown without a copy
    view.metrics["claims"] = len(rows)
    return view


TIMELINE_MAX = 120  # milestones drawn on the capability timeline, the most recent


def _add_timeline(view: View, data: Dataset, f: Filters, subjects) -> None:
    """The capability timeline of the subjects (TIMELINE_SUBJECTS if none), or what to change
    when they have no dated milestone in the years."""
    who = list(subjects) or list(TIMELINE_SUBJECTS)
    names = listed(countries.name(c) for c in who)
    in_text = listed(countries.in_sentence(c) for c in who)
    milestones = capability_milestones(data, f, who)
    if milestones.empty:
        view.metrics["timeline_empty"] = _(
            "No dated milestone of {subjects} is on record for {first}–{last}. "
            "Widen the years or choose another subject."
        ).format(subjects=in_text, first=f.years[0], last=f.years[1])
        return
    source = analysis.source_line("milestones", milestones["milestone_id"], cited(data))
    facet = _("achieved and planned; hover a point for the claims it bears on")
    if len(milestones) > TIMELINE_MAX:
        # a larger record would make a chart no one can read and a page of megabytes
        facet = _("the {shown} most recent of {count} milestones").format(
            shown=TIMELINE_MAX, count=len(milestones)
        )
        milestones = milestones.sort_values("date", kind="stable").tail(TIMELINE_MAX)
    view.add(
        charts.capability_timeline(
            milestones,
            caption(
                data,
                _("Capability milestones by programme: {subjects}").format(subjects=names),
                f,
                source,
                facet,
                partners=False,
                coverage="milestones",
            ),
            subject=in_text,
        )
    )


def claim_evidence(data: Dataset, claim_id: str) -> dict[str, pd.DataFrame]:
    """The sources that support, and those that contradict, one claim."""
    evidence = analysis.evidence_for(claim_id, data["claim_evidence"], data["sources"])
    return {
        stance: evidence[evidence["stance"] == stance].drop(columns=["stance"])
        for stance in ("supports", "contradicts")
    }
