"""Legibility, measured: on every page at 1366x768 and 1920x1080, and in every exported SVG, no
chart text runs outside its figure or overlaps another text."""

from __future__ import annotations

import pytest
from e2e_support import CHART_PAGES, new_context, open_page, settle
from legibility import problems

from kizuna import export, views
from kizuna.load import load
from kizuna.state import Filters

pytestmark = pytest.mark.browser

SIZES = {"1366x768": (1366, 768), "1920x1080": (1920, 1080)}
VIEWS = {
    "all partners": ("", Filters()),
    "Italy since 2023": ("partner=ITA&years=2023&years=2026", Filters(("ITA",), (2023, 2026))),
}


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("view", VIEWS)
def test_chart_text_fits_on_screen(browser, server, size, view):
    query, _ = VIEWS[view]
    width, height = SIZES[size]
    context, rec = new_context(browser, server.url)
    try:
        page = context.new_page()
        page.set_viewport_size({"width": width, "height": height})
        found = []
        for name in CHART_PAGES:
            open_page(page, name, query)
            settle(page)
            page.wait_for_timeout(500)
            found += [f"{name}: {p}" for p in problems(page)]
        assert not found, "\n".join(found)
    finally:
        context.close()


@pytest.fixture(scope="module")
def exported(tmp_path_factory):
    """Every chart of both views as SVG files (the briefing pack's charts are the same)."""
    if export.images_unavailable_reason():
        pytest.skip(export.images_unavailable_reason())
    data = load()
    folder = tmp_path_factory.mktemp("svg")
    files = []
    for label, (_, f) in VIEWS.items():
        charts, _ = views.briefing(data, f)
        for chart in charts:
            path = folder / f"{label.replace(' ', '-')}_{chart.name}.svg"
            path.write_bytes(export.to_image(chart, "svg"))
            files.append(path)
    return files


def test_exported_svg_text_fits(browser, exported):
    page = browser.new_page(viewport={"width": 1400, "height": 1000})
    try:
        found = []
        for path in exported:
            page.goto(path.as_uri())
            found += [f"{path.name}: {p}" for p in problems(page, scope="svg")]
        assert not found, "\n".join(found)
    finally:
        page.close()
