"""Paths and helpers the unit and AppTest modules share (conftest keeps the fixtures)."""

import base64
from pathlib import Path

import numpy as np
import pandas as pd

from kizuna import schema

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"
VALID = FIXTURES / "valid"


def values(array) -> list:
    """A Plotly array as plain values: plotly.py sends numeric arrays as typed base64 blobs."""
    if isinstance(array, dict) and "bdata" in array:
        flat = np.frombuffer(base64.b64decode(array["bdata"]), dtype=array["dtype"])
        if "shape" in array:
            flat = flat.reshape([int(n) for n in str(array["shape"]).split(",")])
        return flat.tolist()
    return list(array or [])


# Small frames for the analysis rules (tests/test_rules_*.py), worked by hand.


def D(*values):
    return pd.to_datetime(list(values))


def fresh_index(frame: pd.DataFrame) -> bool:
    return list(frame.index) == list(range(len(frame)))


def agreement_table(*rows):
    """rows: (id, type, negotiations_opened, agreed_in_principle, signed, in_force, ended)."""
    frame = pd.DataFrame(
        rows,
        columns=[
            "agreement_id",
            "type",
            "negotiations_opened",
            "agreed_in_principle",
            "signed",
            "in_force",
            "ended",
        ],
    )
    for stage in schema.AGREEMENT_STAGES:
        frame[stage] = pd.to_datetime(frame[stage])
        frame[f"{stage}_precision"] = frame[stage].map(lambda d: None if pd.isna(d) else "day")
    frame["title"] = frame["agreement_id"].str.upper()
    return frame


def parties(*pairs):
    return pd.DataFrame(pairs, columns=["agreement_id", "country"])
