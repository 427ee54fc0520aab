"""The labelled chronology: one row per dated record about the partner, oldest first."""

from __future__ import annotations

import functools
import textwrap

import pandas as pd

from kizuna import analysis
from kizuna.charts.names import agreement_name, event_name
from kizuna.i18n import N_, _, record_date
from kizuna.load import Dataset
from kizuna.state import Filters
from kizuna.views.dossier._figures import (
    grant_dates,
    partner_agreements,
    partner_assistance,
    partner_exercises,
    partner_milestones,
    shown_titles,
)
from kizuna.views.dossier._model import CHRONOLOGY_COLUMNS, LABEL_CHARS, STAGE_WORDS, STATEMENT


@functools.lru_cache(maxsize=4096)
def _shorten(text: str, width: int) -> str:
    return textwrap.shorten(text, width=width, placeholder="…")


def short(text: str, width: int = LABEL_CHARS) -> str:
    """A label cut on a word boundary (labels repeat across partners and years: kept)."""
    return _shorten(str(text), width)


def _capital(name: str) -> str:
    return name[:1].upper() + name[1:]


def claim_label(kind: str, domain, grade: str, target=None) -> str:
    """A claim on the chronology, by its subject and grade, never a quote: "Naval fact-check ·
    refuted", "Aircraft assessment, target 2035 · plausible"."""
    checked = kind == "fact-check"
    if pd.isna(domain) or domain == "other":
        name = _("fact-check") if checked else _("assessment")
    else:
        name = _("{domain} fact-check") if checked else _("{domain} assessment")
        name = name.format(domain=_(str(domain)))
    name = _capital(name)
    if pd.notna(target):
        name = _("{claim}, target {year}").format(claim=name, year=int(target))
    return f"{name} · {_(grade)}"


def _stage_rows(
    agreements: pd.DataFrame, years: tuple[int, int], titles: dict[str, str]
) -> pd.DataFrame:
    stages = analysis.lifecycle(agreements)
    stages = stages[stages["date"].dt.year.between(*years)]
    if stages.empty:
        return pd.DataFrame(columns=CHRONOLOGY_COLUMNS)
    # the chronology's kinds of record (the chart and the brief read them; shown translated)
    kinds = stages["type"].map({"2+2 dialogue": N_("2+2"), STATEMENT: N_("statement")})
    kinds = kinds.fillna(N_("agreement"))
    stage = stages["stage"].astype(str)
    # A 2+2 round is held and a statement issued on the day the record calls "signed".
    held = (kinds != "agreement") & (stage == "signed")
    word = stage.map(STAGE_WORDS).map(_, na_action="ignore")
    word = word.where(~held, kinds.map({"2+2": _("held"), "statement": _("issued")}))
    programme = stages["agreement_id"].map(
        agreements.drop_duplicates("agreement_id").set_index("agreement_id")["programme"]
        if "programme" in agreements
        else {}
    )
    abbreviation = [
        _capital(agreement_name(k, t, p))
        for t, k, p in zip(stages["title"], stages["type"], programme, strict=True)
    ]
    return pd.DataFrame(
        {
            "date": stages["date"],
            "date_precision": stages["precision"],
            "what": stages["agreement_id"].map(titles).fillna(stages["title"]) + ": " + word,
            "kind": kinds,
            "stage": stage,
            "label": [f"{a} {w}" for a, w in zip(abbreviation, word, strict=True)],
            "table": "agreements",
            "record_id": stages["agreement_id"],
        }
    )


# Wider than any range the filters allow: the whole record, targets decades ahead included.
EVERY_YEAR = (1, 9999)


def chronology(data: Dataset, partner: str, years: tuple[int, int]) -> tuple[pd.DataFrame, int]:
    """Every dated record about the partner in the years, oldest first; and how many records
    about it have no date (and so no place on a timeline). Each row is placed by its own date,
    so a range is a slice of the partner's whole chronology."""
    rows, undated = chronology_in(data, partner, EVERY_YEAR)
    return rows[rows["date"].dt.year.between(*years)].reset_index(drop=True), undated


def chronology_in(data: Dataset, partner: str, years: tuple[int, int]) -> tuple[pd.DataFrame, int]:
    """chronology(), built for the years alone."""
    within = Filters((partner,), years)
    agreements = partner_agreements(data, partner)
    parts = [_stage_rows(agreements, years, shown_titles(data, agreements))]
    exercises = partner_exercises(data, partner)
    exercises = exercises[exercises["start"].dt.year.between(*years)]
    parts.append(
        pd.DataFrame(
            {
                "date": exercises["start"],
                "date_precision": exercises["start_precision"],
                "what": exercises["name"]
                + " ("
                + exercises["kind"].map(_, na_action="ignore")
                + ", "
                + exercises["location"].fillna(_("place not on record"))
                + ")",
                "kind": exercises["kind"],
                "label": exercises["name"].map(lambda n: short(event_name(n))),
                "table": "exercises",
                "record_id": exercises["exercise_id"],
            }
        )
    )
    grants = partner_assistance(data, partner)
    if len(grants):
        grants = analysis.filter_assistance(grants, within)
        dated = grants[grant_dates(grants).notna()]
        parts.append(
            pd.DataFrame(
                {
                    "date": grant_dates(dated),
                    "date_precision": dated["notes_exchanged_precision"].where(
                        dated["notes_exchanged"].notna(), dated["delivered_precision"]
                    ),
                    "what": dated["programme"].map(_, na_action="ignore")
                    + ": "
                    + dated["provides"],
                    "kind": N_("assistance"),
                    "label": dated["provides"].map(
                        lambda p: short(_("Grant: {provides}").format(provides=p))
                    ),
                    "table": "assistance",
                    "record_id": dated["assistance_id"],
                }
            )
        )
    parts.append(_milestone_rows(partner_milestones(data, partner), years))
    undated = 0
    if data.ok("claims"):
        about = data["claims"][data["claims"]["subject"] == partner]
        undated = int(about["claim_date"].isna().sum())
        claims = about[about["claim_date"].dt.year.between(*years)]
        kind = claims["kind"].map({"article fact-check": N_("fact-check")}).fillna(claims["kind"])
        parts.append(
            pd.DataFrame(
                {
                    "date": claims["claim_date"],
                    "date_precision": claims["claim_date_precision"],
                    "what": "“"
                    + claims["claim"]
                    + "” ("
                    + claims["claimant"]
                    + "): "
                    + claims["assessment"].map(_, na_action="ignore"),
                    "kind": kind,
                    "label": [
                        claim_label(k, d, a, t)
                        for k, d, a, t in zip(
                            kind,
                            claims["domain"],
                            claims["assessment"],
                            claims.get("target_year", pd.Series(None, index=claims.index)),
                            strict=True,
                        )
                    ],
                    "grade": claims["assessment"],
                    "table": "claims",
                    "record_id": claims["claim_id"],
                }
            )
        )
    if data.ok("events"):
        events = data["events"]
        events = events[(events["country"] == partner) & events["date"].dt.year.between(*years)]
        parts.append(
            pd.DataFrame(
                {
                    "date": events["date"],
                    "date_precision": events["date_precision"],
                    "what": events["title"],
                    "kind": N_("policy event"),
                    "label": events["title"].map(short),
                    "table": "events",
                    "record_id": events["event_id"],
                }
            )
        )
    parts = [p for p in parts if len(p)]
    if not parts:
        return pd.DataFrame(columns=CHRONOLOGY_COLUMNS), undated
    rows = pd.concat(parts, ignore_index=True)
    rows["stage"] = rows["stage"].fillna("") if "stage" in rows else ""
    rows["grade"] = rows["grade"].fillna("") if "grade" in rows else ""
    written: dict = {}  # each date and precision written once (a partner's copies share them)
    rows["when"] = [
        written[k] if k in written else written.setdefault(k, record_date(*k))
        for k in zip(rows["date"], rows["date_precision"], strict=True)
    ]
    rows = rows.sort_values(["date", "kind", "record_id"], kind="stable", ignore_index=True)
    return rows[CHRONOLOGY_COLUMNS], undated


def _milestone_rows(milestones: pd.DataFrame, years: tuple[int, int]) -> pd.DataFrame:
    """Achieved milestones on their date; targets on the day they were announced (a target
    with no announcement date on record, on the date it targets)."""
    if milestones.empty:
        return pd.DataFrame(columns=CHRONOLOGY_COLUMNS)
    planned = milestones["status"] == "planned"
    announced = planned & milestones["announced"].notna()
    date = milestones["announced"].where(announced, milestones["date"])
    precision = milestones["announced_precision"].where(announced, milestones["date_precision"])
    target = [
        record_date(d, p)
        for d, p in zip(milestones["date"], milestones["date_precision"], strict=True)
    ]
    goal = milestones["milestone"].str.removeprefix("Target: ")
    what = [
        (_("Target for {date} set: {goal}") if a else _("Target for {date}: {goal}")).format(
            date=t, goal=m
        )
        if p
        else m
        for m, t, p, a in zip(goal, target, planned, announced, strict=True)
    ]
    rows = pd.DataFrame(
        {
            "date": date,
            "date_precision": precision,
            "what": [f"{g}: {w}" for g, w in zip(milestones["programme"], what, strict=True)],
            "kind": planned.map({True: N_("programme target"), False: N_("programme")}),
            "label": [
                short(_("Target {date}: {goal}").format(date=t, goal=m) if p else m)
                for m, t, p in zip(goal, target, planned, strict=True)
            ],
            "table": "milestones",
            "record_id": milestones["milestone_id"],
        }
    )
    return rows[rows["date"].dt.year.between(*years)]
