import os
import shutil
from pathlib import Path

import pytest

from kizuna.load import load

from support import ROOT, VALID

# Every figure built under test is validated by plotly (serving skips it for speed).
os.environ["KIZUNA_VALIDATE_FIGURES"] = "1"


@pytest.fixture
def valid_dir(tmp_path: Path) -> Path:
    """A writable copy of the small valid dataset, for tests that break one thing in it."""
    target = tmp_path / "data"
    shutil.copytree(VALID, target)
    return target


@pytest.fixture(autouse=True)
def _fresh_citation_joins():
    """analysis.sources keeps each table's citations joined to their sources, per pair of frames
    (by identity); a test starts without them, so what it checks is computed in it."""
    from kizuna.analysis import sources

    sources._JOINED.clear()
    yield


@pytest.fixture(scope="session")
def data():
    """The shipped dataset, read and validated once for the whole run (tests only read it)."""
    return load(ROOT / "data")
