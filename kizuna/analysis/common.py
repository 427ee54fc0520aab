"""Helpers the analysis modules share."""

from __future__ import annotations

import pandas as pd


def _years_between(dates: pd.Series, years: tuple[int, int]) -> pd.Series:
    y = dates.dt.year
    return y.between(years[0], years[1]) & y.notna()


def _when(value, precision) -> str:
    if pd.isna(value):
        return ""
    return value.strftime({"year": "%Y", "month": "%b %Y"}.get(precision, "%d %b %Y"))
