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
