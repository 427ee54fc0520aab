"""Validated strings to the types analysis needs."""

from __future__ import annotations

import pandas as pd

from kizuna.schema import Table


def _parse_date(value) -> pd.Timestamp:
    if pd.isna(value):
        return pd.NaT
    parts = str(value).split("-")
    return pd.Timestamp(
        int(parts[0]),
        int(parts[1]) if len(parts) > 1 else 1,
        int(parts[2]) if len(parts) > 2 else 1,
    )


def typed(frame: pd.DataFrame, table: Table) -> pd.DataFrame:
    """Strings to the types analysis needs: dates become the first day of their period (the
    precision column says how much of it is known)."""
    out = pd.DataFrame(index=frame.index)
    for f in table.fields:
        s = frame[f.name]
        if f.kind == "date":
            # each distinct date parsed once (dates repeat; per value this was most of typing)
            codes, distinct = pd.factorize(s)
            parsed = pd.to_datetime(pd.Series([_parse_date(v) for v in distinct], dtype=object))
            out[f.name] = (
                pd.Series(parsed.to_numpy()[codes] if len(distinct) else pd.NaT, index=frame.index)
                .where(codes >= 0)
                .astype("datetime64[us]")
            )
        elif f.kind == "int":
            out[f.name] = pd.to_numeric(s).astype("Int64")
        elif f.kind == "float":
            out[f.name] = pd.to_numeric(s).astype("float64")
        elif f.kind == "bool":
            out[f.name] = s.eq("true")
        else:
            out[f.name] = s.astype("string")
    return out.reset_index(drop=True)
