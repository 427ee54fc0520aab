"""Agreements: filtering, lifecycles, what is in force in a year, the partner x type matrix."""

from __future__ import annotations

import numpy as np
import pandas as pd

from kizuna import countries
from kizuna.analysis.common import years_between
from kizuna.schema import (
    AGREEMENT_STAGES,
    AGREEMENT_TYPES,
    DEFENCE_AGREEMENT_TYPES,
    MATRIX_TYPES,
    MECHANISM_TYPES,
)
from kizuna.state import Filters

# Types whose repeated rounds mark one standing mechanism rather than new commitments.


def agreement_dates(agreements: pd.DataFrame) -> pd.DataFrame:
    """Adds `dated` (the first stage on record: what the year filter and timelines use) and
    `effective` (the day it started to bind: in force, else signed for statements)."""
    out = agreements.copy(deep=False)  # copy-on-write: only the columns written are copied
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
        rows = rows[years_between(rows["dated"], filters.years)]
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
