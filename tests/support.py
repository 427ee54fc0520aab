"""Paths and helpers the unit and AppTest modules share (conftest keeps the fixtures)."""

import base64
from pathlib import Path

import numpy as np

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
