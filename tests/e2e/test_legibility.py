"""Legibility, measured: on every page at 1366x768 and 1920x1080, and in every exported SVG, no
chart text runs outside its figure or overlaps another text (axis text included: no tick label,
axis title or column header may touch a chart's title or subtitle)."""

from __future__ import annotations

import dataclasses

import plotly.graph_objects as go
import plotly.io as pio
import pytest
from e2e_support import CHART_PAGES, new_context, open_page, settle
from legibility import problems

from kizuna import export, i18n, views
from kizuna.load import load
from kizuna.state import Filters

pytestmark = pytest.mark.browser

SIZES = {"1366x768": (1366, 768), "1920x1080": (1920, 1080)}
VIEWS = {
    "all partners": ("", Filters()),
    "Italy since 2023": ("partner=ITA&years=2023&years=2026", Filters(("ITA",), (2023, 2026))),
    # Japanese: longer labels in some places, wider glyphs in all
    "日本語, all partners": ("lang=ja", Filters(lang="ja")),
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
        i18n.use(f.lang)
        try:
            charts, _ = views.briefing(data, f)
        finally:
            i18n.use("en")
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


def _old_matrix_layout(chart):
    """The instruments matrix laid out as it was before its fix: the template's 90 px top
    margin, the title where plotly puts it, the two-line column headers on the subtitle."""
    figure = go.Figure(chart.figure)
    figure.layout.margin.t = 90
    figure.layout.title.y = None
    figure.layout.title.yref = None
    figure.layout.title.yanchor = None
    figure.layout.title.pad = None
    return figure


def test_axis_text_on_a_title_is_caught_on_screen_and_exported(browser, tmp_path):
    """The check fails on the instruments matrix's old layout (column headers over the
    subtitle), on screen and in the exported SVG, and passes on the layout it has now."""
    if export.images_unavailable_reason():
        pytest.skip(export.images_unavailable_reason())
    chart = views.overview(load(), Filters()).charts["overview-matrix"]
    page = browser.new_page(viewport={"width": 1366, "height": 768})
    try:
        for label, figure in (("old", _old_matrix_layout(chart)), ("now", chart.figure)):
            html = tmp_path / f"{label}.html"
            html.write_text(pio.to_html(figure, include_plotlyjs=True, full_html=True))
            page.goto(html.as_uri())
            page.wait_for_selector(".js-plotly-plot .main-svg")
            on_screen = problems(page)
            svg = tmp_path / f"{label}.svg"
            svg.write_bytes(export.to_image(dataclasses.replace(chart, figure=figure), "svg"))
            page.goto(svg.as_uri())
            exported = problems(page, scope="svg")
            if label == "old":
                for found in (on_screen, exported):
                    assert any("overlap: xtick" in p and "/ title" in p for p in found), found
            else:
                assert not on_screen and not exported, on_screen + exported
    finally:
        page.close()
