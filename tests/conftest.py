import os
import shutil
from pathlib import Path

import pytest

from support import VALID

# Every figure built under test is validated by plotly (serving skips it for speed).
os.environ["KIZUNA_VALIDATE_FIGURES"] = "1"


@pytest.fixture
def valid_dir(tmp_path: Path) -> Path:
    """A writable copy of the small valid dataset, for tests that break one thing in it."""
    target = tmp_path / "data"
    shutil.copytree(VALID, target)
    return target
