import os
import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"
VALID = FIXTURES / "valid"


@pytest.fixture
def valid_dir(tmp_path: Path) -> Path:
    """A writable copy of the small valid dataset, for tests that break one thing in it."""
    target = tmp_path / "data"
    shutil.copytree(VALID, target)
    return target


def values(array) -> list:
    """A Plotly array as plain values: plotly.py sends numeric arrays as typed base64 blobs."""
    import base64

    import numpy as np

    if isinstance(array, dict) and "bdata" in array:
        flat = np.frombuffer(base64.b64decode(array["bdata"]), dtype=array["dtype"])
        if "shape" in array:
            flat = flat.reshape([int(n) for n in str(array["shape"]).split(",")])
        return flat.tolist()
    return list(array or [])


# Every figure built under test is validated by plotly (serving skips it for speed).
os.environ["KIZUNA_VALIDATE_FIGURES"] = "1"
