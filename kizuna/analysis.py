"""Pure functions over the tables: filtering, the depth index, tempo, reach and tallies.

Frames in, frames out; no Streamlit, no figures.
"""

from __future__ import annotations

import re

import numpy as np
import pandas as pd

from kizuna import countries, geo
from kizuna.schema import AGREEMENT_STAGES, AGREEMENT_TYPES
from kizuna.state import YEAR_BOUNDS, Filters  # noqa: F401  (re-exported for older imports)

# Types whose repeated rounds mark one standing mechanism rather than new commitments.
MECHANISM_TYPES = ("2+2 dialogue", "strategic partnership / joint statement")


def _years_between(dates: pd.Series, years: tuple[int, int]) -> pd.Series:
    y = dates.dt.year
    return y.between(years[0], years[1]) & y.notna()


# -- agreements ---------------------------------------------------------------------------------


def agreement_dates(agreements: pd.DataFrame) -> pd.DataFrame:
    """Adds `dated` (the first stage on record: what the year filter and timelines use) and
    `effective` (the day it started to bind: in force, else signed for statements)."""
    out = agreements.copy()
    out["dated"] = (
        out["signed"]
        .fillna(out["in_force"])
        .fillna(out["agreed_in_principle"])
        .fillna(out["negotiations_opened"])
    )
    statements = out["type"].isin(MECHANISM_TYPES) | out["type"].eq("co-development programme")
    out["effective"] = out["in_force"].where(~statements, out["signed"].fillna(out["in_force"]))
    return out


def agreements_with_partners(agreements: pd.DataFrame, parties: pd.DataFrame) -> pd.DataFrame:
    """One row per agreement and partner (Japan is every agreement's other side)."""
    partners = parties[parties["country"] != countries.JAPAN]
    return agreement_dates(agreements).merge(
        partners.rename(columns={"country": "partner"}), on="agreement_id", how="inner"
    )


def filter_agreements(
    agreements: pd.DataFrame, parties: pd.DataFrame, filters: Filters, by_year: bool = True
) -> pd.DataFrame:
    """Agreement-partner rows for the selected partners, dated within the years unless
    ``by_year`` is False (the depth index needs agreements made before the range too)."""
    return filter_agreement_rows(agreements_with_partners(agreements, parties), filters, by_year)


def filter_agreement_rows(rows: pd.DataFrame, filters: Filters, by_year: bool = True):
    """filter_agreements on rows already joined to their partners."""
    if filters.partners:
        rows = rows[rows["partner"].isin(filters.partners)]
    if by_year:
        rows = rows[_years_between(rows["dated"], filters.years)]
    return rows.sort_values(["dated", "partner"]).reset_index(drop=True)


def lifecycle(agreement_rows: pd.DataFrame) -> pd.DataFrame:
    """Tidy stages: one row per agreement, partner and stage that the record dates."""
    stages = agreement_rows.melt(
        id_vars=["agreement_id", "title", "type", "partner"],
        value_vars=list(AGREEMENT_STAGES),
        var_name="stage",
        value_name="date",
    ).dropna(subset=["date"])
    precision = agreement_rows.melt(
        id_vars=["agreement_id", "partner"],
        value_vars=[f"{s}_precision" for s in AGREEMENT_STAGES],
        var_name="stage",
        value_name="precision",
    )
    precision["stage"] = precision["stage"].str.removesuffix("_precision")
    stages = stages.merge(precision, on=["agreement_id", "partner", "stage"], how="left")
    stages["stage"] = pd.Categorical(stages["stage"], categories=AGREEMENT_STAGES, ordered=True)
    return stages.sort_values(["partner", "date", "stage"]).reset_index(drop=True)


def agreements_by_type(agreement_rows: pd.DataFrame) -> pd.DataFrame:
    counts = agreement_rows.drop_duplicates("agreement_id")["type"].value_counts()
    counts = counts.reindex(AGREEMENT_TYPES, fill_value=0)
    return counts.rename_axis("type").reset_index(name="agreements")


MAX_GROUPINGS = 30  # multilateral instruments shown on the groupings chart, newest first


def groupings(agreement_rows: pd.DataFrame) -> pd.DataFrame:
    """Agreements with more than one partner besides Japan (GCAP, ...): one row per member."""
    members = agreement_rows.groupby("agreement_id")["partner"].transform("nunique")
    rows = agreement_rows[members > 1][["agreement_id", "title", "type", "partner", "dated"]]
    newest = rows.drop_duplicates("title").sort_values("dated", ascending=False)
    first = newest["agreement_id"].head(MAX_GROUPINGS)
    return rows[rows["agreement_id"].isin(first)]


# -- exercises ----------------------------------------------------------------------------------


def filter_exercises(
    exercises: pd.DataFrame, participants: pd.DataFrame, filters: Filters
) -> pd.DataFrame:
    """Exercises in the year range in which at least one selected partner trained with
    Japan's forces (role 'partner': attending the same multilateral exercise is not enough)."""
    rows = exercises[_years_between(exercises["start"], filters.years)]
    if filters.partners:
        with_japan = participants[participants["role"].eq("partner")]
        ids = with_japan.loc[with_japan["country"].isin(filters.partners), "exercise_id"]
        rows = rows[rows["exercise_id"].isin(ids)]
    return rows.sort_values("start").reset_index(drop=True)


def exercise_partners(exercise_rows: pd.DataFrame, participants: pd.DataFrame) -> pd.DataFrame:
    """One row per exercise and partner that trained with Japan's forces in it (role
    'partner'; co-participants and observers are not Japan's partners), with the year."""
    rows = participants[
        participants["exercise_id"].isin(exercise_rows["exercise_id"])
        & participants["role"].eq("partner")
    ].rename(columns={"country": "partner"})
    return rows.merge(
        exercise_rows[["exercise_id", "name", "kind", "domain", "start", "lat", "lon", "host"]],
        on="exercise_id",
    ).assign(year=lambda f: f["start"].dt.year.astype(int))


def tempo(partner_rows: pd.DataFrame, by: str = "partner", partners=()) -> pd.DataFrame:
    """Exercises per year (one per exercise, whatever the number of partners in it), by partner
    (exercises with that partner) or by domain (each exercise in its one domain)."""
    rows = partner_rows
    if partners:
        rows = rows[rows["partner"].isin(partners)]
    counts = rows.groupby(["year", by])["exercise_id"].nunique().reset_index(name="exercises")
    return counts.sort_values(["year", by], ignore_index=True)


def exercises_per_year(exercise_rows: pd.DataFrame, by: str = "domain") -> pd.DataFrame:
    """Exercises, port calls and deployments per year, each counted once, by domain or kind."""
    rows = exercise_rows.assign(year=exercise_rows["start"].dt.year.astype(int))
    counts = rows.groupby(["year", by])["exercise_id"].nunique().reset_index(name="exercises")
    return counts.sort_values(["year", by], ignore_index=True)


def map_points(exercise_rows, partner_rows, participants, selected=()) -> pd.DataFrame:
    """Exercises with what a map needs: the partner to colour by (a selected one first, then
    the host, then the first listed), the number of countries, and the dates as text."""

    rank = partner_rows["partner"].isin(selected).map({True: 0, False: 2}) - partner_rows[
        "partner"
    ].eq(partner_rows["host"]).fillna(False).astype(int)
    ranked = partner_rows.assign(rank=rank).sort_values("rank", kind="stable")
    leads = ranked.drop_duplicates("exercise_id").set_index("exercise_id")["partner"]
    out = exercise_rows.merge(scale(participants), on="exercise_id", how="left")
    out["lead_partner"] = out["exercise_id"].map(leads).fillna(countries.JAPAN)
    start = [_when(d, p) for d, p in zip(out["start"], out["start_precision"], strict=True)]
    end = [_when(d, p) for d, p in zip(out["end"], out["end_precision"], strict=True)]
    out["when"] = [s if not e or e == s else f"{s} – {e}" for s, e in zip(start, end, strict=True)]
    return out


def _when(value, precision) -> str:
    if pd.isna(value):
        return ""
    return value.strftime({"year": "%Y", "month": "%b %Y"}.get(precision, "%d %b %Y"))


def selected_ids(event) -> list[str]:
    """Exercise ids of the points clicked or lassoed on the map (the last customdata field)."""
    try:
        points = event["selection"]["points"]
    except (KeyError, TypeError):
        return []
    return [p["customdata"][-1] for p in points if p.get("customdata")]


def scale(participants: pd.DataFrame) -> pd.DataFrame:
    """Per exercise: countries, aircraft, ships and personnel as far as sources give them."""
    return (
        participants.groupby("exercise_id")
        .agg(
            countries=("country", "nunique"),
            aircraft=("aircraft", "sum"),
            ships=("ships", "sum"),
            personnel=("personnel", "sum"),
        )
        .reset_index()
    )


def reach(partner_rows: pd.DataFrame) -> pd.DataFrame:
    """Great-circle distance, in km, that each partner's forces travelled to train with Japan's:
    from the home base or port they left, where sources say (`measured_from` = "home base or
    port"), else from the capital's map point ("capital"). Training at home is not reach, and
    Japan is not among its own partners."""
    rows = partner_rows[partner_rows["partner"] != countries.JAPAN]
    rows = rows[rows["partner"] != rows["host"].fillna("")].copy()
    homes = {p: geo.home(p) or (None, None) for p in rows["partner"].unique()}
    capital_lat = rows["partner"].map({p: h[0] for p, h in homes.items()}).astype(float)
    capital_lon = rows["partner"].map({p: h[1] for p, h in homes.items()}).astype(float)
    if "departed_lat" in rows:
        departed = rows["departed_lat"].notna() & rows["departed_lon"].notna()
        rows["home_lat"] = rows["departed_lat"].where(departed, capital_lat).astype(float)
        rows["home_lon"] = rows["departed_lon"].where(departed, capital_lon).astype(float)
    else:
        departed = pd.Series(False, index=rows.index)
        rows["home_lat"], rows["home_lon"] = capital_lat, capital_lon
    rows["measured_from"] = np.where(departed, "home base or port", "capital")
    rows = rows.dropna(subset=["home_lat"])
    distance = geo.great_circle_km(rows["home_lat"], rows["home_lon"], rows["lat"], rows["lon"])
    rows["distance_km"] = np.round(distance).astype(int)
    return rows.reset_index(drop=True)


def longest_reach(reach_rows: pd.DataFrame) -> pd.DataFrame:
    """Per partner and year, the farthest its forces travelled to train with Japan's."""
    idx = reach_rows.groupby(["partner", "year"])["distance_km"].idxmax()
    columns = ["partner", "year", "distance_km", "name", "exercise_id", "measured_from"]
    return reach_rows.loc[idx, columns].reset_index(drop=True)


# -- assistance ---------------------------------------------------------------------------------


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


# -- claims -------------------------------------------------------------------------------------


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
    dated = _years_between(claims["claim_date"], years)
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


# -- events -------------------------------------------------------------------------------------


def annotations(events: pd.DataFrame, filters: Filters) -> pd.DataFrame:
    """Policy events in the year range, by Japan or a selected partner, with a short label."""
    rows = events[_years_between(events["date"], filters.years)]
    if filters.partners:
        rows = rows[rows["country"].isin((countries.JAPAN, *filters.partners))]
    rows = rows.assign(label=rows["title"].str.slice(0, 48))
    return rows.nlargest(MAX_EVENTS, "date").sort_values("date").reset_index(drop=True)


MAX_EVENTS = 30  # annotations a chart can carry and still be read


def no_events() -> pd.DataFrame:
    return pd.DataFrame({"event_id": [], "title": [], "date": pd.to_datetime([]), "label": []})


# -- sources and citations ----------------------------------------------------------------------


def sources_for(table: str, record_ids, citations: pd.DataFrame, sources: pd.DataFrame):
    """The sources cited by these records of a table, one row per record and source."""
    rows = citations[(citations["table"] == table) & citations["record_id"].isin(list(record_ids))]
    return rows.merge(sources, on="source_id", how="left")


# How the source line names the publishers cited most; the data keep their full names.
SHORT_PUBLISHERS = {
    "Ministry of Foreign Affairs of Japan": "MOFA",
    "Ministry of Defense of Japan": "MOD Japan",
    "Japan Ministry of Defense": "MOD Japan",
    "The Japan News (Yomiuri Shimbun)": "Yomiuri",
    "The Yomiuri Shimbun": "Yomiuri",
    "Prime Minister's Office of Japan": "Kantei",
    "U.S. Department of Defense": "US DoD",
    "U.S. Department of State": "US State Dept",
}


def short_publisher(name: str) -> str:
    """'Ministry of Defense of Japan (text copy in GitHub repository ...)' -> 'MOD Japan'."""
    base = re.sub(r"\s*\(.*?\)\s*$", "", str(name)).strip() or str(name)
    return SHORT_PUBLISHERS.get(str(name), SHORT_PUBLISHERS.get(base, base))


def source_line(table: str, record_ids, citations: pd.DataFrame, sources: pd.DataFrame) -> str:
    """'Sources: MOFA, Reuters and 12 others; 25 records' — the line under a chart, naming the
    three publishers cited most, by their short names."""
    ids = list(dict.fromkeys(record_ids))
    return sources_phrase(sources_for(table, ids, citations, sources), len(ids))


def sources_phrase(cited: pd.DataFrame, records: int) -> str:
    """The source line for cited rows (sources_for's output, of one table or several)."""
    publishers = cited["publisher"].map(short_publisher).value_counts().index.tolist()
    if not publishers:
        named = "none"
    elif len(publishers) <= 3:
        named = ", ".join(publishers)
    else:
        named = f"{', '.join(publishers[:3])} and {len(publishers) - 3} others"
    return f"Sources: {named}; {records} records"


def citation_summary(table: str, frame: pd.DataFrame, key: str, citations, sources):
    """Adds `sources` (publishers) and `source_urls` columns: the sources of every row."""
    cited = sources_for(table, frame[key], citations, sources)
    by_record = cited.groupby("record_id")
    joined = pd.DataFrame(
        {
            "sources": cited.drop_duplicates(["record_id", "publisher"])
            .groupby("record_id")["publisher"]
            .agg("; ".join),
            "source_ids": by_record["source_id"].agg("; ".join),
            "source_urls": cited.drop_duplicates(["record_id", "url"])
            .groupby("record_id")["url"]
            .agg(" ".join),
        }
    )
    return frame.merge(joined, left_on=key, right_index=True, how="left")


# -- overview -----------------------------------------------------------------------------------


# Instruments that govern what forces may do together: the "defence agreements" the Overview
# counts. Information-security and equipment-transfer agreements are not among them.
DEFENCE_AGREEMENT_TYPES = (
    "alliance treaty",
    "status of forces",
    "reciprocal access",
    "acquisition and cross-servicing",
)
MATRIX_TYPES = (
    "alliance treaty",
    "reciprocal access",
    "acquisition and cross-servicing",
    "information security",
    "defence equipment and technology transfer",
    "co-development programme",
    "2+2 dialogue",
)


def live_at(agreement_rows: pd.DataFrame, year: int) -> pd.DataFrame:
    """Rows in force at the end of ``year`` (signed, where no entry into force is on record),
    not ended by then."""
    end = pd.Timestamp(year, 12, 31)
    start = agreement_rows["in_force"].fillna(agreement_rows["signed"])
    ended = agreement_rows["ended"]
    return agreement_rows[(start <= end) & (ended.isna() | (ended > end))]


def defence_partners_in_force(agreement_rows: pd.DataFrame, year: int) -> list[str]:
    """Countries with a defence agreement (alliance treaty, status of forces, reciprocal access
    or ACSA) in force at the end of ``year``; organisations are not counted."""
    rows = agreement_rows[
        agreement_rows["type"].isin(DEFENCE_AGREEMENT_TYPES) & agreement_rows["in_force"].notna()
    ]
    live = live_at(rows, year)
    return sorted(p for p in live["partner"].unique() if p not in countries.ORGANISATIONS)


def agreement_matrix(agreement_rows: pd.DataFrame, year: int, partners=()) -> pd.DataFrame:
    """Partner × instrument type: the year the first instrument of that type took effect (came
    into force; for a 2+2, first held; '*' marks signed with no entry into force on record),
    for instruments live at the end of ``year``. Rows ordered by how many types are filled."""
    rows = agreement_rows[agreement_rows["type"].isin(MATRIX_TYPES)]
    rows = rows[~rows["partner"].isin(list(countries.ORGANISATIONS))]
    if partners:
        rows = rows[rows["partner"].isin(partners)]
    live = live_at(rows, year)
    if live.empty:
        return pd.DataFrame(columns=["partner", *MATRIX_TYPES])
    took_effect = live["in_force"].fillna(live["signed"])
    marked = live.assign(
        took=took_effect.dt.year.astype(int),
        mark=np.where(live["in_force"].isna() & ~live["type"].isin(MECHANISM_TYPES), "*", ""),
    ).sort_values("took")
    first = marked.drop_duplicates(["partner", "type"])
    cells = first.assign(cell=first["took"].astype(str) + first["mark"])
    matrix = cells.pivot(index="partner", columns="type", values="cell")
    matrix = matrix.reindex(columns=list(MATRIX_TYPES))
    order = matrix.notna().sum(axis=1).sort_values(ascending=False, kind="stable")
    return matrix.loc[order.index].reset_index()


def latest_year(dates: pd.Series, end: int) -> int:
    """The last year up to ``end`` with a record: the overview's "this year", so that a range
    ending in a year barely begun does not read as a collapse."""
    years = dates.dt.year
    years = years[years <= end]
    return int(years.max()) if len(years) else end


def exercises_in(exercise_rows: pd.DataFrame, year: int) -> int:
    return int((exercise_rows["start"].dt.year == year).sum())


def year_so_far(exercise_rows: pd.DataFrame, year: int, record_end=None) -> tuple[int, int, str]:
    """(this year's count, last year's count over the same months, the span compared). When
    the record (``record_end``: the latest date of the whole table, whatever the filters) stops
    before December of ``year``, last year is counted only to the same month, so that a year
    barely recorded does not read as a collapse."""
    starts = exercise_rows["start"]
    end = starts.max() if record_end is None else record_end
    now = exercises_in(exercise_rows, year)
    if pd.isna(end) or end.year != year or end.month == 12:
        return now, exercises_in(exercise_rows, year - 1), str(year)
    cutoff = pd.Timestamp(year - 1, end.month, 1) + pd.offsets.MonthEnd(0)
    before = starts[(starts.dt.year == year - 1) & (starts <= cutoff)]
    span = f"Jan–{end:%b} {year}" if end.month > 1 else f"Jan {year}"
    return now, len(before), span


# -- method -------------------------------------------------------------------------------------


def search_sources(sources: pd.DataFrame, kinds=(), query: str = "") -> pd.DataFrame:
    rows = sources[sources["kind"].isin(kinds)] if kinds else sources
    if query:
        text = rows["title"].fillna("") + " " + rows["publisher"].fillna("")
        rows = rows[text.str.contains(query, case=False, regex=False)]
    return rows.reset_index(drop=True)


def last_updated(tables: dict[str, pd.DataFrame]) -> pd.DataFrame:
    """Per table, the latest day a source cited by its rows was read."""
    from kizuna.schema import TABLES

    records = []
    citations, sources = tables.get("citations"), tables.get("sources")
    for name in TABLES:
        frame = tables.get(name)
        latest = None
        if frame is not None and citations is not None and sources is not None:
            cited = citations[citations["table"] == name].merge(sources, on="source_id")
            if not cited.empty:
                latest = cited["accessed"].max().date().isoformat()
        records.append(
            (
                name,
                len(frame) if frame is not None else None,
                latest,
                "loaded" if frame is not None else "not loaded: see errors",
            )
        )
    return pd.DataFrame(records, columns=["table", "rows", "sources last read", "status"])


def dictionary(table) -> pd.DataFrame:
    return pd.DataFrame(
        [
            (
                f.name,
                f.kind,
                "yes" if f.required else "",
                ", ".join(f.choices) or f.refers_to or "",
                f.description,
            )
            for f in table.fields
        ],
        columns=["column", "kind", "required", "allowed values / refers to", "meaning"],
    )
