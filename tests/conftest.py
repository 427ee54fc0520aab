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


@pytest.fixture(scope="session")
def data():
    """The shipped dataset, read, validated and prepared once for the whole run (tests only
    read it)."""
    from kizuna import views

    return views.prepare(load(ROOT / "data"))
