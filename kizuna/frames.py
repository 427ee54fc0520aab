"""Column operations pandas 3 makes slow on Arrow-backed strings, done by Arrow instead. Used by
validation (rules) and analysis alike, so it sits below both."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc


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
