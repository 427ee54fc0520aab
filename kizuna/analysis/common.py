"""Helpers the analysis modules share."""

from __future__ import annotations

import numpy as np
import pandas as pd

from kizuna.frames import among  # noqa: F401  (analysis.among)


def years_between(dates: pd.Series, years: tuple[int, int]) -> pd.Series:
    y = dates.dt.year
    return y.between(years[0], years[1]) & y.notna()


def date_text(value, precision) -> str:
    if pd.isna(value):
        return ""
    return value.strftime({"year": "%Y", "month": "%b %Y"}.get(precision, "%d %b %Y"))


_FORMATS = {"year": "%Y", "month": "%b %Y"}


def when_text(dates: pd.Series, precisions: pd.Series) -> list[str]:
    """date_text for whole columns: each distinct date is written once per format (dates
    repeat, and writing one is slow in Python)."""
    out = np.full(len(dates), "", dtype=object)
    known = dates.notna().to_numpy()
    kinds = precisions.where(precisions.isin(list(_FORMATS)), "day")
    for kind, form in {**_FORMATS, "day": "%d %b %Y"}.items():
        chosen = known & kinds.eq(kind).fillna(False).to_numpy(dtype=bool)
        if chosen.any():
            codes, distinct = pd.factorize(dates[chosen])
            out[chosen] = np.asarray(distinct.strftime(form), dtype=object)[codes]
    return out.tolist()
