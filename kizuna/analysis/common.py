"""Helpers the analysis modules share."""

from __future__ import annotations

import numpy as np
import pandas as pd

from kizuna import i18n
from kizuna.frames import among  # noqa: F401  (analysis.among)


def years_between(dates: pd.Series, years: tuple[int, int]) -> pd.Series:
    y = dates.dt.year
    return y.between(years[0], years[1]) & y.notna()


def date_text(value, precision) -> str:
    """A date at its precision in the reader's language: "13 Aug 2023", "Aug 2023", "2023";
    "2023年8月13日", "2023年8月", "2023年"."""
    if pd.isna(value):
        return ""
    return i18n.date_text(value, precision)


_FORMATS = {"year": "%Y", "month": "%b %Y"}


def when_text(dates: pd.Series, precisions: pd.Series) -> list[str]:
    """date_text for whole columns: each distinct date is written once per format (dates
    repeat, and writing one is slow in Python)."""
    out = np.full(len(dates), "", dtype=object)
    known = dates.notna().to_numpy()
    kinds = precisions.where(precisions.isin(list(_FORMATS)), "day")
    english = i18n.language() == i18n.DEFAULT
    for kind, form in {**_FORMATS, "day": "%d %b %Y"}.items():
        chosen = known & kinds.eq(kind).fillna(False).to_numpy(dtype=bool)
        if chosen.any():
            codes, distinct = pd.factorize(dates[chosen])
            if english:
                written = np.asarray(distinct.strftime(form), dtype=object)
            else:
                written = np.array([i18n.date_text(d, kind) for d in distinct], dtype=object)
            out[chosen] = written[codes]
    return out.tolist()


def comma() -> str:
    """The separator of a list in running text: ", " in English, "、" in Japanese."""
    return "、" if i18n.language() == "ja" else ", "


def month_span(year: int, last_month: int) -> str:
    """January to ``last_month`` of ``year``: "Jan–Mar 2026" ("Jan 2026" for January alone);
    "2026年1月–3月" ("2026年1月")."""
    end = pd.Timestamp(year, last_month, 1)
    if i18n.language() == "ja":
        return f"{year}年1月–{last_month}月" if last_month > 1 else f"{year}年1月"
    return f"Jan–{end:%b} {year}" if last_month > 1 else f"Jan {year}"
