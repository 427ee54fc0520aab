"""Exercises: filtering, partners and their roles, tempo, the map, reach, the year so far."""

from __future__ import annotations

import numpy as np
import pandas as pd

from kizuna import countries, geo
from kizuna.analysis.common import among, month_span, when_text, years_between
from kizuna.i18n import N_
from kizuna.state import Filters


def filter_exercises(
    exercises: pd.DataFrame, participants: pd.DataFrame, filters: Filters
) -> pd.DataFrame:
    """Exercises in the year range in which at least one selected partner trained with
    Japan's forces (role 'partner': attending the same multilateral exercise is not enough)."""
    rows = exercises[years_between(exercises["start"], filters.years)]
    if filters.partners:
        # the participants' ids alone, not their whole rows
        trained = participants["role"].eq("partner") & participants["country"].isin(
            filters.partners
        )
        ids = participants.loc[trained, "exercise_id"]
        rows = rows[among(rows["exercise_id"], ids)]
    return rows.sort_values(["start", "exercise_id"]).reset_index(drop=True)


def exercise_partners(exercise_rows: pd.DataFrame, participants: pd.DataFrame) -> pd.DataFrame:
    """One row per exercise and partner that trained with Japan's forces in it (role
    'partner'; co-participants and observers are not Japan's partners), with the year."""
    rows = participants[
        among(participants["exercise_id"], exercise_rows["exercise_id"])
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


def map_points(exercise_rows, partner_rows, participants, selected=(), scales=None):
    """Exercises with what a map needs: the partner to colour by (a selected one first, then
    the host, then the first listed), the number of countries, and the dates as text.
    ``scales``: scale() of every participant, if already worked out."""

    rank = partner_rows["partner"].isin(selected).map({True: 0, False: 2}) - partner_rows[
        "partner"
    ].eq(partner_rows["host"]).fillna(False).astype(int)
    ranked = partner_rows.assign(rank=rank).sort_values("rank", kind="stable")
    leads = ranked.drop_duplicates("exercise_id").set_index("exercise_id")["partner"]
    if scales is None:
        mine = among(participants["exercise_id"], exercise_rows["exercise_id"])
        scales = scale(participants[mine])
    out = exercise_rows.merge(scales, on="exercise_id", how="left")
    out["lead_partner"] = out["exercise_id"].map(leads).fillna(countries.JAPAN)
    start = when_text(out["start"], out["start_precision"])
    end = when_text(out["end"], out["end_precision"])
    out["when"] = [s if not e or e == s else f"{s} – {e}" for s, e in zip(start, end, strict=True)]
    return out


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
    rows = rows[rows["partner"] != rows["host"].fillna("")]
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
    rows["measured_from"] = np.where(departed, PARTNER_FROM[0], PARTNER_FROM[1])
    rows = rows.dropna(subset=["home_lat"])
    distance = geo.great_circle_km(rows["home_lat"], rows["home_lon"], rows["lat"], rows["lon"])
    rows["distance_km"] = np.round(distance).astype(int)
    return rows.reset_index(drop=True)


TOKYO = (35.68, 139.77)  # where Japan's reach is measured from when no departure is recorded
# `measured_from` values (shown translated, kept in English in the frames and downloads)
PARTNER_FROM = (N_("home base or port"), N_("capital"))
JAPAN_FROM = (N_("departure base or port"), N_("Tokyo"))
OTHERS = N_("Others")  # the map's colour for partners beyond the coloured ones


def japan_reach(exercise_rows: pd.DataFrame, participants: pd.DataFrame) -> pd.DataFrame:
    """Great-circle distance, in km, that Japan's own forces went to each exercise: from the
    base or port they left (departed_lat/lon on Japan's participant row), where sources say
    (`measured_from` = "departure base or port"), else from Tokyo ("Tokyo")."""
    mine = participants["country"].eq(countries.JAPAN) & among(
        participants["exercise_id"], exercise_rows["exercise_id"]
    )
    columns = [c for c in ("departed_from", "departed_lat", "departed_lon") if c in participants]
    japan = participants.loc[mine, ["exercise_id", *columns]].drop_duplicates("exercise_id")
    rows = exercise_rows[["exercise_id", "name", "start", "lat", "lon"]].merge(
        japan, on="exercise_id", how="left"
    )
    rows = rows.dropna(subset=["lat", "lon"])
    for column in ("departed_lat", "departed_lon"):
        if column not in rows:
            rows[column] = np.nan
    departed = rows["departed_lat"].notna() & rows["departed_lon"].notna()
    rows["home_lat"] = rows["departed_lat"].where(departed, TOKYO[0]).astype(float)
    rows["home_lon"] = rows["departed_lon"].where(departed, TOKYO[1]).astype(float)
    rows["measured_from"] = np.where(departed, JAPAN_FROM[0], JAPAN_FROM[1])
    distance = geo.great_circle_km(rows["home_lat"], rows["home_lon"], rows["lat"], rows["lon"])
    rows["distance_km"] = np.round(distance).astype(int)
    return rows.assign(partner=countries.JAPAN).reset_index(drop=True)


def longest_reach(reach_rows: pd.DataFrame) -> pd.DataFrame:
    """Per partner and year, the farthest its forces travelled to train with Japan's."""
    idx = reach_rows.groupby(["partner", "year"])["distance_km"].idxmax()
    columns = ["partner", "year", "distance_km", "name", "exercise_id", "measured_from"]
    return reach_rows.loc[idx, columns].reset_index(drop=True)


def map_cells(
    points: pd.DataFrame, colour_by: str = "partner", coloured: int = 8, others: str = OTHERS
) -> pd.DataFrame:
    """map_points grouped by colour and one-degree cell: what a map can show of many thousands
    of exercises without sending each one to the browser. Colour: the lead partner (the
    ``coloured`` most frequent; the rest are ``others``) or the domain. Each cell names its
    earliest exercise, and where that was, as an example."""
    points = points.dropna(subset=["lat", "lon"])
    if colour_by == "partner":
        counts = points["lead_partner"].value_counts()
        order = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
        top = [code for code, _ in order[:coloured]]
        colour = points["lead_partner"].where(points["lead_partner"].isin(top), others)
    else:
        colour = points["domain"]
    cells = points.assign(
        colour=colour, cell_lat=points["lat"].round(), cell_lon=points["lon"].round()
    ).sort_values(["start", "exercise_id"])
    keys = ["colour", "cell_lat", "cell_lon"]
    grouped = cells.groupby(keys, as_index=False)
    counted = grouped.agg(lat=("lat", "mean"), lon=("lon", "mean"), n=("exercise_id", "size"))
    examples = grouped.head(1)[[*keys, "exercise_id", "name", "location"]]
    return (
        counted.merge(examples, on=keys)
        .rename(columns={"name": "example"})
        .sort_values(keys, ignore_index=True)
    )


def exercise_frames(
    exercises: pd.DataFrame,
    participants: pd.DataFrame,
    partners=(),
    years=(1900, 2100),
    domains=(),
    kinds=(),
    *,
    rows: int = 500,
    map_points_max: int = 1_500,
    coloured: int = 8,
    others: str = OTHERS,
    colour_by: str = "partner",
    arcs: bool = True,
    arc_km: int = 300,
    max_arcs: int = 400,
    map_only: bool = False,
) -> dict[str, pd.DataFrame]:
    """What the Exercises page shows of the exercises in these filters. Rows are taken by
    start, then id. ``map_only``: the map's frames alone (ids, farthest, arcs, Japan's,
    first_rows, cells), as the dossier shows it. ``arcs``: how far partners' forces came to
    train with Japan's; ``japan_arcs``: how far Japan's forces went out."""
    chosen = filter_exercises(exercises, participants, Filters(partners, years))
    if domains:
        chosen = chosen[chosen["domain"].isin(domains)]
    if kinds:
        chosen = chosen[chosen["kind"].isin(kinds)]
    chosen = chosen.reset_index(drop=True)
    partner_rows = exercise_partners(chosen, participants)
    picked = partner_rows[partner_rows["partner"].isin(partners)] if partners else partner_rows
    reached = reach(picked.sort_values(["start", "exercise_id", "partner"], kind="stable"))
    drawn = reached[reached["distance_km"] > arc_km] if arcs else reached.iloc[0:0]
    went = japan_reach(chosen, participants)
    went_drawn = went[went["distance_km"] > arc_km] if arcs else went.iloc[0:0]
    whole = len(chosen) <= map_points_max
    charts = (
        {}
        if map_only
        else {
            "per_domain": exercises_per_year(chosen, "domain"),
            "per_partner": tempo(partner_rows, "partner", partners),
            "longest": longest_reach(reached),
        }
    )
    return {
        "ids": chosen[["exercise_id"]],
        **charts,
        "farthest": reached.nlargest(1, "distance_km")[["partner", "name", "distance_km"]],
        # Japan's own reach: from the departure base or port, else Tokyo, to each site
        "japan_farthest": went.nlargest(1, "distance_km")[
            ["partner", "name", "distance_km", "measured_from"]
        ],
        "japan_arcs": went_drawn.drop_duplicates(["home_lat", "home_lon", "lat", "lon"])
        .head(max_arcs)[["partner", "lat", "lon", "home_lat", "home_lon", "measured_from"]]
        .reset_index(drop=True),
        "arcs": drawn.drop_duplicates(["partner", "lat", "lon"])
        .head(max_arcs)[["partner", "lat", "lon", "home_lat", "home_lon"]]
        .reset_index(drop=True),
        "first_rows": chosen if whole else chosen.head(rows),
        "cells": pd.DataFrame()
        if whole
        else map_cells(
            map_points(chosen, partner_rows, participants, partners), colour_by, coloured, others
        ),
    }


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
    return now, len(before), month_span(year, end.month)
