"""Browser tests: a real `streamlit run` per data folder and one headless Chromium per session.

Helpers the tests share live in `e2e_support.py` beside this file; the fixtures live here.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from e2e_support import (
    CHROMIUM,
    LAUNCH_ARGS,
    ROOT,
    Recorder,
    StreamlitServer,
    new_context,
)

FIXTURES = ROOT / "tests" / "fixtures"
VALID = FIXTURES / "valid"


def pytest_collection_modifyitems(items) -> None:
    """Skip, with the reason, rather than error when this machine has no Chromium."""
    if CHROMIUM is None:
        skip = pytest.mark.skip(reason="no Chromium on this machine (make chromium installs it)")
        for item in items:
            if "browser" in item.keywords:
                item.add_marker(skip)


@pytest.fixture(scope="session")
def playwright_instance():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        yield p


@pytest.fixture(scope="session")
def browser(playwright_instance):
    browser = playwright_instance.chromium.launch(executable_path=CHROMIUM, args=LAUNCH_ARGS)
    yield browser
    browser.close()


@pytest.fixture(scope="session")
def server(tmp_path_factory) -> Iterator[StreamlitServer]:
    """The dashboard on the repository's data/."""
    with StreamlitServer(log_dir=tmp_path_factory.mktemp("server-data")) as srv:
        yield srv


@pytest.fixture(scope="session")
def valid_copy(tmp_path_factory):
    """A factory: a fresh copy of tests/fixtures/valid that a test may then break or poison."""

    def make(name: str) -> Path:
        target = tmp_path_factory.mktemp(name) / "data"
        shutil.copytree(VALID, target)
        return target

    return make


@pytest.fixture
def recorder(browser, server) -> Iterator[Recorder]:
    """A fresh browser context on the main server that records requests, console errors and
    dialogs. Every test that uses it also gets the offline guarantee checked at teardown."""
    context, rec = new_context(browser, server.url)
    yield rec
    context.close()
    assert not rec.external_requests(), f"requests left this machine: {rec.external_requests()}"
    assert not rec.dialogs, f"dialogs fired: {rec.dialogs}"


@pytest.fixture
def page(recorder):
    return recorder.context.new_page()


@pytest.fixture(scope="session")
def artifacts() -> Path:
    target = Path(os.environ.get("KIZUNA_ARTIFACTS", ROOT / "artifacts"))
    (target / "screenshots").mkdir(parents=True, exist_ok=True)
    return target
