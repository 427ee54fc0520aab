"""Hostile and broken data served by the real app: inert text everywhere, clear errors."""

from __future__ import annotations

import csv
import subprocess
import sys
from pathlib import Path

import pytest
from e2e_support import (
    CHART_PAGES,
    PAGES,
    ROOT,
    StreamlitServer,
    download,
    download_chart,
    new_context,
    open_page,
    painted_charts,
    problems_on_page,
    table_buttons,
    title,
)

pytestmark = pytest.mark.browser

EXERCISE = "<img src=x onerror=alert(1)>"
EXERCISE_2 = "<img src=x onerror=alert(2)> **bold** [a](http://evil.example/a)"
CLAIM = "![x](http://evil.example/x.png) **bold** <script>alert(1)</script>"
CLAIMANT = "<b>Adnkronos</b> _it_ [c](http://evil.example/c)"
NOTE = "<iframe src=http://evil.example/f></iframe> ~~struck~~ `code`"
AGREEMENT = "Japan-Australia RAA <svg onload=alert(1)> $x$"
EVENT = "<script>alert(3)</script> notes exchanged"

_INERT = """() => ({
  images: [...document.querySelectorAll('img')].map(i => i.getAttribute('src') || '')
    .filter(s => s === 'x' || s.includes('evil')).length,
  frames: document.querySelectorAll('iframe[src*="evil"]').length,
  handlers: document.querySelectorAll('[onerror], [onload]').length,
  scripts: [...document.scripts].filter(s => s.textContent.trim().startsWith('alert(')).length,
})"""
NOTHING = {"images": 0, "frames": 0, "handlers": 0, "scripts": 0}
_LINKS = "() => [...document.querySelectorAll('a[href*=\"evil\"]')].map(a => a.outerHTML)"


def edit(folder: Path, file: str, key: str, changes: dict[str, dict[str, str]]) -> None:
    """Rewrite some cells of a CSV, keeping every other byte of meaning."""
    path = folder / file
    with path.open(newline="", encoding="utf-8") as f:
        reader = csv.DictReader(f)
        fields, rows = reader.fieldnames, list(reader)
    for row in rows:
        row.update(changes.get(row[key], {}))
    assert {r[key] for r in rows} >= set(changes), f"{file}: no row {set(changes)}"
    with path.open("w", newline="", encoding="utf-8") as f:
        writer = csv.DictWriter(f, fieldnames=fields)
        writer.writeheader()
        writer.writerows(rows)


def validate(folder: Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "kizuna.validate", str(folder)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.fixture(scope="module")
def hostile_server(valid_copy, tmp_path_factory):
    folder = valid_copy("hostile")
    edit(
        folder,
        "exercises.csv",
        "exercise_id",
        {
            "ITA-2023-MOROSINI": {"name": EXERCISE, "notes": CLAIM},
            "ITA-2024-CAVOUR": {"name": EXERCISE_2},
        },
    )
    edit(
        folder,
        "claims.csv",
        "claim_id",
        {
            "CAVOUR-2024": {"claim": CLAIM, "claimant": CLAIMANT, "assessment_note": NOTE},
        },
    )
    edit(folder, "agreements.csv", "agreement_id", {"AUS-RAA": {"title": AGREEMENT}})
    edit(folder, "events.csv", "event_id", {"AUS-RAA-NOTES": {"title": EVENT}})
    checked = validate(folder)
    assert checked.returncode == 0, f"the hostile fixture must stay valid:\n{checked.stdout}"
    with StreamlitServer(tmp_path_factory.mktemp("server-hostile"), folder) as srv:
        yield srv


@pytest.fixture(scope="module")
def broken_server(valid_copy, tmp_path_factory):
    folder = valid_copy("broken")
    edit(folder, "exercises.csv", "exercise_id", {"ITA-2023-MOROSINI": {"domain": "underwater"}})
    checked = validate(folder)
    assert checked.returncode == 1 and "exercises.csv" in checked.stdout + checked.stderr
    with StreamlitServer(tmp_path_factory.mktemp("server-broken"), folder) as srv:
        yield srv


@pytest.fixture
def visit(browser):
    opened = []

    def make(server):
        context, rec = new_context(browser, server.url)
        opened.append(context)
        return context.new_page(), rec

    yield make
    for context in opened:
        context.close()


def test_html_and_markdown_in_the_data_stay_inert_text(visit, hostile_server):
    page, rec = visit(hostile_server)
    for name in PAGES:
        # The dossier shows one partner: Italy, whose records carry the hostile text.
        open_page(page, name, "partner=ITA" if name == "partner" else "")
        assert problems_on_page(page) == [], name
        assert page.evaluate(_INERT) == NOTHING, name
        if name in CHART_PAGES:
            charts = painted_charts(page)
            assert charts["plotly_painted"] + charts["vega_painted"] >= 1, (name, charts)

    open_page(page, "claims")
    quoted = page.locator('[data-testid="stMain"] blockquote').first.inner_text()
    assert "<script>alert(1)</script>" in quoted and "**bold**" in quoted, quoted
    _, ledger = download(page, table_buttons(page, "csv").first, "csv")
    assert CLAIM in ledger.decode("utf-8") and CLAIMANT in ledger.decode("utf-8")

    open_page(page, "exercises")
    _, table = download(page, table_buttons(page, "csv").first, "csv")
    assert EXERCISE in table.decode("utf-8") and EXERCISE_2 in table.decode("utf-8")
    exports = download_chart(page, 0, formats=("html", "csv", "svg"))
    assert EXERCISE in exports["csv"].decode("utf-8")
    assert b"<img src=x" not in exports["svg"], "markup from the data became SVG markup"

    assert rec.dialogs == [], rec.dialogs
    assert rec.external_requests() == [], rec.external_requests()
    assert rec.errors() == []
    hover_text = _hover_map(page)
    assert "<img src=x onerror=alert(" in hover_text, hover_text
    assert rec.dialogs == [] and page.evaluate(_INERT) == NOTHING

    # the exported page, opened in a browser, runs nothing from the data either
    exported = page.context.new_page()
    exported.set_content(exports["html"].decode("utf-8"), wait_until="load")
    exported.wait_for_selector(".js-plotly-plot .main-svg")
    assert exported.evaluate(_INERT) == NOTHING
    assert rec.dialogs == [] and rec.external_requests() == []


def test_urls_in_the_data_are_shown_literally_and_not_linked(visit, hostile_server):
    page, rec = visit(hostile_server)
    open_page(page, "claims")
    links = page.evaluate(_LINKS)
    quoted = page.locator('[data-testid="stMain"] blockquote').first.inner_text().strip()
    captions = page.locator('[data-testid="stMain"] .kizuna-caption')
    said = "\n".join(captions.all_inner_texts())
    assert rec.dialogs == [] and rec.external_requests() == []
    assert (quoted, CLAIMANT in said, NOTE in said, links) == (CLAIM, True, True, [])


def _hover_map(page) -> str:
    """The text plotly.js puts in the exercise map's hover labels: plotly renders a subset of
    HTML there, so data must reach it entity-escaped (&lt;img …), never as raw markup."""
    data = page.locator('[data-testid="stPlotlyChart"] .js-plotly-plot').first.evaluate(
        "gd => JSON.stringify(gd.data.map(t => [t.customdata, t.text, t.hovertext, t.name]))"
    )
    assert "<img src=x" not in data, "raw markup from the data reaches plotly's hover labels"
    return data.replace("&lt;", "<").replace("&gt;", ">")


def test_a_broken_table_is_named_on_its_page_and_the_rest_works(visit, broken_server):
    page, rec = visit(broken_server)
    open_page(page, "exercises")
    assert title(page) == PAGES["exercises"][1]
    assert page.locator('[data-testid="stException"]').count() == 0
    error = page.locator('[data-testid="stAlertContentError"]')
    assert "exercises.csv" in error.first.inner_text()
    detail = page.locator('[data-testid="stMain"] [data-testid="stCode"]').first.inner_text()
    assert "underwater" in detail and "domain" in detail, detail

    for name in ("overview", "partnerships", "claims", "sources"):
        open_page(page, name)
        assert title(page) == PAGES[name][1]
        assert problems_on_page(page) == [], name
        if name in CHART_PAGES:
            charts = painted_charts(page)
            assert charts["plotly_painted"] + charts["vega_painted"] >= 1, (name, charts)
    assert rec.errors() == [] and rec.external_requests() == []
