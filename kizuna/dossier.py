"""One partner's dossier: the relationship's level and rank, four figures against the year
before, a labelled chronology of every record about the partner, its agreements by stage, the
programmes it shares with Japan and what the record says about the source article.

Frames in, frames out, plus the chronology chart (built like every chart in kizuna.charts);
no Streamlit. The Partner page renders a :class:`Dossier`; kizuna.brief prints the same one.
"""

from __future__ import annotations

import textwrap
from dataclasses import dataclass

import pandas as pd

from kizuna import analysis, charts, countries, views
from kizuna.charts.core import Chart
from kizuna.charts.theme import TYPE_SHORT
from kizuna.export import format_date
from kizuna.load import Dataset
from kizuna.schema import TREATY_LEVEL_TYPES
from kizuna.state import Filters

STATEMENT = "strategic partnership / joint statement"
# Instruments with a lifecycle worth a matrix row: treaties and government-to-government
# agreements (2+2 rounds, statements and memoranda have no stages beyond the day they happen).
TREATY_TYPES = (*TREATY_LEVEL_TYPES, "co-development programme")
STAGE_WORDS = {
    "negotiations_opened": "negotiations opened",
    "agreed_in_principle": "agreed in principle",
    "signed": "signed",
    "in_force": "in force",
    "ended": "ended",
}
MATRIX_COLUMNS = {
    "negotiations_opened": "negotiations opened",
    "agreed_in_principle": "agreed",
    "signed": "signed",
    "in_force": "in force",
    "ended": "ended",
}
LABEL_CHARS = 34  # a point's label, shortened on a word boundary
DOUBTED = ("contested", "refuted", "unverified")
CHRONOLOGY_COLUMNS = [
    "date",
    "date_precision",
    "when",
    "what",
    "kind",
    "stage",
    "label",
    "table",
    "record_id",
    "sources",
    "source_urls",
    "source_ids",
]


@dataclass
class Dossier:
    partner: str
    filters: Filters  # the partner alone, and the years
    level: str | None  # "Strategic Partnership ... since 2023-01-10", from the latest statement
    level_id: str | None  # the statement's agreement_id
    rank: dict | None  # index, rank, best_rank, worst_rank, year; None when not ranked
    metrics: list[Metric]
    chronology: pd.DataFrame  # one row per dated record, oldest first
    undated: int  # records about the partner with no date (claims), not on the chronology
    chart: Chart | None
    agreements: pd.DataFrame  # the matrix: one row per instrument, one column per stage
    programmes: pd.DataFrame
    article: pd.DataFrame  # statements of the source article about this partner
    exercise_map: Chart | None

    @property
    def name(self) -> str:
        return countries.name(self.partner)

    @property
    def in_text(self) -> str:
        return in_text(self.partner)


def in_text(code: str) -> str:
    """The partner's name inside a sentence: "the United States", "Italy"."""
    return countries.in_sentence(code)


@dataclass(frozen=True)
class Metric:
    label: str
    value: int
    before: int  # the year before
    help: str

    @property
    def delta(self) -> int:
        return self.value - self.before


# -- the frames ---------------------------------------------------------------------------------


def partner_agreements(data: Dataset, partner: str) -> pd.DataFrame:
    """Every agreement-partner row with this partner, whatever its date."""
    rows = data.memo(
        "agreements_with_partners",
        lambda: analysis.agreements_with_partners(data["agreements"], data["agreement_parties"]),
    )
    return rows[rows["partner"] == partner].reset_index(drop=True)


def current_level(agreements: pd.DataFrame, year: int) -> tuple[str | None, str | None]:
    """The latest partnership statement on record by the end of ``year``: its title as
    recorded and the date at its precision."""
    rows = agreements[agreements["type"] == STATEMENT]
    rows = rows[rows["dated"].dt.year <= year].sort_values("dated")
    if rows.empty:
        return None, None
    row = rows.iloc[-1]
    stage = "signed" if pd.notna(row["signed"]) else "in_force"
    when = format_date(row[stage], row[f"{stage}_precision"])
    return f"{row['title']}, since {when}", row["agreement_id"]


def rank_in(index: pd.DataFrame, partner: str, year: int) -> dict | None:
    rows = index[(index["partner"] == partner) & (index["year"] == year)]
    if rows.empty:
        return None
    row = rows.iloc[0]
    return {
        "year": year,
        "index": float(row["index"]),
        "rank": int(row["rank"]),
        "best_rank": int(row["best_rank"]),
        "worst_rank": int(row["worst_rank"]),
        "ranked": int((index["year"] == year).sum()),
    }


def live_agreements(agreements: pd.DataFrame, year: int) -> int:
    """Instruments in force (or signed, where no entry into force is on record) at the end of
    the year; 2+2 rounds and statements are meetings, not instruments."""
    rows = agreements[~agreements["type"].isin(analysis.MECHANISM_TYPES)]
    return int(analysis.live_at(rows, year)["agreement_id"].nunique())


def partner_exercises(data: Dataset, partner: str) -> pd.DataFrame:
    """Exercises, port calls and deployments in which the partner trained with Japan's forces."""
    if not data.ok("exercises", "exercise_participants"):
        return pd.DataFrame(
            {c: pd.Series(dtype="object") for c in ("exercise_id", "name", "kind", "location")}
            | {"start": pd.Series(dtype="datetime64[ns]")}
        )
    return analysis.filter_exercises(
        data["exercises"], data["exercise_participants"], Filters((partner,))
    )


def partner_assistance(data: Dataset, partner: str) -> pd.DataFrame:
    if not data.ok("assistance"):
        return pd.DataFrame(columns=["assistance_id", "recipient"])
    return analysis.filter_assistance(data["assistance"], Filters((partner,)))


def _grant_dates(grants: pd.DataFrame) -> pd.Series:
    return grants["notes_exchanged"].fillna(grants["delivered"])


def partner_milestones(data: Dataset, partner: str) -> pd.DataFrame:
    """Programme milestones concerning the partner, with `with_japan`: Japan is among the
    countries of that programme's milestones."""
    if not data.ok("milestones", "milestone_countries"):
        return pd.DataFrame(columns=["milestone_id", "programme", "with_japan"])
    links = data["milestone_countries"]
    milestones = data["milestones"]
    ids = links.loc[links["country"] == partner, "milestone_id"]
    japan = links.loc[links["country"] == countries.JAPAN, "milestone_id"]
    shared = set(milestones.loc[milestones["milestone_id"].isin(japan), "programme"])
    rows = milestones[milestones["milestone_id"].isin(ids)]
    return rows.assign(with_japan=rows["programme"].isin(shared)).reset_index(drop=True)


def shared_programmes(milestones: pd.DataFrame, year: int) -> int:
    """Programmes with Japan that have a milestone on record by the end of the year."""
    started = milestones[milestones["with_japan"] & (milestones["date"].dt.year <= year)]
    return int(started["programme"].nunique())


def metrics(data: Dataset, partner: str, year: int) -> list[Metric]:
    agreements = partner_agreements(data, partner)
    exercises = partner_exercises(data, partner)
    named = exercises[exercises["kind"] == "exercise"]
    visits = exercises[exercises["kind"] != "exercise"]
    # The last year the exercise record reaches: a year not yet on record is not a collapse.
    held = analysis.latest_year(data["exercises"]["start"], year) if len(exercises) else year

    def count(rows: pd.DataFrame, y: int) -> int:
        return int((rows["start"].dt.year == y).sum())

    name = in_text(partner)
    latest = "" if held == year else f" (the exercise record reaches {held})"
    out = [
        Metric(
            f"Agreements live, {year}",
            live_agreements(agreements, year),
            live_agreements(agreements, year - 1),
            f"Agreements with {name} in force at the year's end (or signed, where no entry "
            "into force is on record), not ended; 2+2 rounds and statements are not counted.",
        ),
        Metric(
            f"Named exercises, {held}",
            count(named, held),
            count(named, held - 1),
            f"Named exercises in which the forces of {name} trained with Japan's (role "
            "'partner'), "
            f"begun that year{latest}. Named exercises on record; not every drill.",
        ),
        Metric(
            f"Port calls, deployments, {held}",
            count(visits, held),
            count(visits, held - 1),
            f"Port calls and deployments with {name} as partner, begun that year{latest}.",
        ),
    ]
    grants = partner_assistance(data, partner)
    if len(grants):
        years = _grant_dates(grants).dt.year.fillna(grants["fiscal_year"].astype("Float64"))
        out.append(
            Metric(
                f"Assistance grants, {year}",
                int((years == year).sum()),
                int((years == year - 1).sum()),
                f"Grants and transfers to the forces of {name} dated that year (exchange of notes, "
                "else delivery, else fiscal year).",
            )
        )
    else:
        milestones = partner_milestones(data, partner)
        out.append(
            Metric(
                f"Shared programmes, {year}",
                shared_programmes(milestones, year),
                shared_programmes(milestones, year - 1),
                f"No security-assistance grant to {name} is on record, so this counts "
                "programmes (such as GCAP) with a milestone concerning both Japan and "
                f"{name} on record by the year's end.",
            )
        )
    return out


def short(text: str, width: int = LABEL_CHARS) -> str:
    return textwrap.shorten(str(text), width=width, placeholder="…")


def _abbreviation(title: str, kind: str) -> str:
    """ACSA, GIGO, RAA...: the acronym the title gives in brackets, else the type's short name."""
    for part in str(title).replace(")", "(").split("(")[1::2]:
        word = part.split()[0].strip(",;") if part.split() else ""
        if len(word) >= 3 and (word.isupper() or word == "2+2"):
            return word
    return TYPE_SHORT.get(kind, kind)


def _stage_rows(agreements: pd.DataFrame, years: tuple[int, int]) -> pd.DataFrame:
    stages = analysis.lifecycle(agreements)
    stages = stages[stages["date"].dt.year.between(*years)]
    if stages.empty:
        return pd.DataFrame(columns=CHRONOLOGY_COLUMNS)
    kinds = stages["type"].map({"2+2 dialogue": "2+2", STATEMENT: "statement"}).fillna("agreement")
    stage = stages["stage"].astype(str)
    # A 2+2 round is held and a statement issued on the day the record calls "signed".
    held = (kinds != "agreement") & (stage == "signed")
    word = stage.map(STAGE_WORDS).where(~held, kinds.map({"2+2": "held", "statement": "issued"}))
    abbreviation = [
        _abbreviation(t, k) for t, k in zip(stages["title"], stages["type"], strict=True)
    ]
    return pd.DataFrame(
        {
            "date": stages["date"],
            "date_precision": stages["precision"],
            "what": stages["title"] + ": " + word,
            "kind": kinds,
            "stage": stage,
            "label": [f"{a} {w}" for a, w in zip(abbreviation, word, strict=True)],
            "table": "agreements",
            "record_id": stages["agreement_id"],
        }
    )


def chronology(data: Dataset, partner: str, years: tuple[int, int]) -> tuple[pd.DataFrame, int]:
    """Every dated record about the partner in the years, oldest first; and how many records
    about it have no date (and so no place on a timeline)."""
    within = Filters((partner,), years)
    parts = [_stage_rows(partner_agreements(data, partner), years)]
    exercises = partner_exercises(data, partner)
    exercises = exercises[exercises["start"].dt.year.between(*years)]
    parts.append(
        pd.DataFrame(
            {
                "date": exercises["start"],
                "date_precision": exercises["start_precision"],
                "what": exercises["name"]
                + " ("
                + exercises["kind"]
                + ", "
                + exercises["location"].fillna("place not on record")
                + ")",
                "kind": exercises["kind"],
                "label": exercises["name"].map(short),
                "table": "exercises",
                "record_id": exercises["exercise_id"],
            }
        )
    )
    grants = partner_assistance(data, partner)
    if len(grants):
        grants = analysis.filter_assistance(grants, within)
        dated = grants[_grant_dates(grants).notna()]
        parts.append(
            pd.DataFrame(
                {
                    "date": _grant_dates(dated),
                    "date_precision": dated["notes_exchanged_precision"].where(
                        dated["notes_exchanged"].notna(), dated["delivered_precision"]
                    ),
                    "what": dated["programme"] + ": " + dated["provides"],
                    "kind": "assistance",
                    "label": ("Grant: " + dated["provides"]).map(short),
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
        kind = claims["kind"].map({"article fact-check": "fact-check"}).fillna(claims["kind"])
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
                    + claims["assessment"],
                    "kind": kind,
                    "label": (claims["assessment"] + ": " + claims["claim"]).map(short),
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
                    "kind": "policy event",
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
    rows = cite(data, rows)
    rows["when"] = [
        format_date(d, p) for d, p in zip(rows["date"], rows["date_precision"], strict=True)
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
        format_date(d, p)
        for d, p in zip(milestones["date"], milestones["date_precision"], strict=True)
    ]
    goal = milestones["milestone"].str.removeprefix("Target: ")
    what = [
        (f"Target for {t} set: {m}" if a else f"Target for {t}: {m}") if p else m
        for m, t, p, a in zip(goal, target, planned, announced, strict=True)
    ]
    rows = pd.DataFrame(
        {
            "date": date,
            "date_precision": precision,
            "what": [f"{g}: {w}" for g, w in zip(milestones["programme"], what, strict=True)],
            "kind": planned.map({True: "programme target", False: "programme"}),
            "label": [
                short(f"Target {t}: {m}" if p else m)
                for m, t, p in zip(goal, target, planned, strict=True)
            ],
            "table": "milestones",
            "record_id": milestones["milestone_id"],
        }
    )
    return rows[rows["date"].dt.year.between(*years)]


def cite(data: Dataset, rows: pd.DataFrame) -> pd.DataFrame:
    """Adds each row's sources (publishers), source URLs and source ids, whatever its table."""
    out = []
    for table, group in rows.groupby("table", sort=False):
        bare = group.drop(columns=["sources", "source_urls", "source_ids"], errors="ignore")
        out.append(
            analysis.citation_summary(table, bare, "record_id", data["citations"], data["sources"])
        )
    return pd.concat(out).sort_index() if out else rows


def agreement_stages(agreements: pd.DataFrame, year: int) -> pd.DataFrame:
    """Type × stage: one row per instrument of a treaty-level type begun by the end of
    ``year``, each stage's date at its precision."""
    rows = agreements[agreements["type"].isin(TREATY_TYPES) & (agreements["dated"].dt.year <= year)]
    out = pd.DataFrame(
        {
            "type": rows["type"],
            "agreement": rows["title"],
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
    rows = analysis.citation_summary(
        "milestones", rows, "milestone_id", data["citations"], data["sources"]
    )
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
            "restated later": rows["milestone_id"]
            .isin(data["milestones"]["revises"].dropna())
            .map({True: "yes", False: ""}),
            "sources": rows["sources"],
            "source_urls": rows["source_urls"],
            "milestone_id": rows["milestone_id"],
        }
    )
    out = out.assign(shared=~rows["with_japan"], when=rows["date"])
    return out.sort_values(["shared", "programme", "when"]).drop(columns=["shared", "when"])


def _concerns(data: Dataset, partner: str) -> dict[str, set]:
    """Per table, the records that concern the partner."""
    found: dict[str, set] = {}
    if data.ok("agreement_parties"):
        parties = data["agreement_parties"]
        found["agreements"] = set(parties.loc[parties["country"] == partner, "agreement_id"])
    if data.ok("exercise_participants"):
        people = data["exercise_participants"]
        found["exercises"] = set(people.loc[people["country"] == partner, "exercise_id"])
    if data.ok("claims"):
        claims = data["claims"]
        found["claims"] = set(claims.loc[claims["subject"] == partner, "claim_id"])
    if data.ok("milestone_countries"):
        links = data["milestone_countries"]
        found["milestones"] = set(links.loc[links["country"] == partner, "milestone_id"])
    if data.ok("events"):
        events = data["events"]
        found["events"] = set(events.loc[events["country"] == partner, "event_id"])
    if data.ok("assistance"):
        grants = data["assistance"]
        found["assistance"] = set(grants.loc[grants["recipient"] == partner, "assistance_id"])
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
                verdicts[record] = (
                    f"{record} {claims.at[record, 'assessment']}: "
                    f"{claims.at[record, 'assessment_note']}"
                )
    grouped = mine.groupby("statement_id", sort=False).agg(
        sentence=("sentence", "first"),
        records=("record_id", lambda ids: ", ".join(dict.fromkeys(ids))),
        verdict=("record_id", lambda ids: " · ".join(verdicts[i] for i in ids if i in verdicts)),
    )
    return grouped.reset_index().rename(columns={"statement_id": "statement"})


# -- the whole dossier --------------------------------------------------------------------------


def build(data: Dataset, partner: str, years: tuple[int, int]) -> Dossier:
    f = Filters((partner,), years)
    year = years[1]
    agreements = partner_agreements(data, partner)
    level, level_id = current_level(agreements, year)
    rows, undated = chronology(data, partner, years)
    chart = None
    if len(rows):
        cited = [
            analysis.sources_for(t, g["record_id"], data["citations"], data["sources"])
            for t, g in rows.groupby("table")
        ]
        title = f"{countries.name(partner)} and Japan: chronology"
        capped = len(rows) > charts.CHART_RECORDS
        facet = f"the {charts.CHART_RECORDS} most recent of {len(rows)} records" if capped else ""
        source = analysis.sources_phrase(pd.concat(cited), len(rows))
        chart = charts.chronology_chart(rows, views.caption(data, title, f, source, facet))
    exercise_map = None
    if data.ok("exercises", "exercise_participants") and len(
        analysis.filter_exercises(data["exercises"], data["exercise_participants"], f)
    ):
        exercise_map = views.exercises(data, f).charts["exercises-map"]
    return Dossier(
        partner=partner,
        filters=f,
        level=level,
        level_id=level_id,
        rank=rank_in(views.index_frame(data, f), partner, year),
        metrics=metrics(data, partner, year),
        chronology=rows,
        undated=undated,
        chart=chart,
        agreements=agreement_stages(agreements, year),
        programmes=programmes(data, partner),
        article=article(data, partner),
        exercise_map=exercise_map,
    )
