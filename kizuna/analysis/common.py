"""Helpers the analysis modules share."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc


def _years_between(dates: pd.Series, years: tuple[int, int]) -> pd.Series:
    y = dates.dt.year
    return y.between(years[0], years[1]) & y.notna()


def _when(value, precision) -> str:
    if pd.isna(value):
        return ""
    return value.strftime({"year": "%Y", "month": "%b %Y"}.get(precision, "%d %b %Y"))


_FORMATS = {"year": "%Y", "month": "%b %Y"}


def when_text(dates: pd.Series, precisions: pd.Series) -> list[str]:
    """_when for whole columns: each distinct date is written once per format (per row, this
    was a quarter of the exercise map's time at 100x the shipped rows; dates repeat)."""
    out = np.full(len(dates), "", dtype=object)
    known = dates.notna().to_numpy()
    kinds = precisions.where(precisions.isin(list(_FORMATS)), "day")
    for kind, form in {**_FORMATS, "day": "%d %b %Y"}.items():
        chosen = known & kinds.eq(kind).fillna(False).to_numpy(dtype=bool)
        if chosen.any():
            codes, distinct = pd.factorize(dates[chosen])
            out[chosen] = np.asarray(distinct.strftime(form), dtype=object)[codes]
    return out.tolist()


def _arrow_strings(values) -> pa.Array | pa.ChunkedArray | None:
    """Values as an Arrow string array without a Python object per value, or None if they are
    not all strings (or missing)."""
    if isinstance(values, pd.Series | pd.Index):
        values = values.array
    if isinstance(values, pd.arrays.ArrowStringArray):
        return values.__arrow_array__()
    try:
        return pa.array(list(values), type=pa.large_string(), from_pandas=True)
    except (pa.ArrowInvalid, pa.ArrowTypeError):
        return None


def among(column: pd.Series, values) -> pd.Series:
    """column.isin(values), done by Arrow for string columns: pandas 3 makes a Python scalar of
    every value first, seconds for the 10^5-10^6 ids a view looks up at scale."""
    if not isinstance(column.array, pd.arrays.ArrowStringArray):
        return column.isin(values)
    wanted = _arrow_strings(values)
    if wanted is None:
        return column.isin(values)
    if isinstance(wanted, pa.ChunkedArray):
        wanted = wanted.combine_chunks()
    have = column.array.__arrow_array__()
    found = pc.is_in(have, value_set=wanted.cast(have.type))
    return pd.Series(
        np.asarray(found.to_numpy(zero_copy_only=False), dtype=bool), index=column.index
    )
