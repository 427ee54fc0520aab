"""Every page in a real browser: it loads and paints, filters live in the URL, downloads work."""

from __future__ import annotations

import io

import pytest
from e2e_support import (
    CHART_PAGES,
    PAGES,
    add_partner,
    chart_popovers,
    chosen_partners,
    csv_header,
    download,
    download_chart,
    new_context,
    open_page,
    painted_charts,
    problems_on_page,
    query,
    screenshot,
    settle,
    slider_years,
    summary,
    table_buttons,
    title,
    wait_for_summary,
    wait_for_years_in_url,
)
from e2e_support import set_year as move_year

pytestmark = pytest.mark.browser

ITALY, FRANCE = "Italy (ITA)", "France (FRA)"
FILTERED = "partner=ITA&partner=FRA&years=2015&years=2024"


@pytest.mark.parametrize("name", list(PAGES))
def test_page_loads_paints_and_is_clean(page, recorder, artifacts, name):
    open_page(page, name)
    assert title(page) == PAGES[name][1]
    assert problems_on_page(page) == []
    charts = painted_charts(page)
    if PAGES[name][2]:
        assert charts["plotly"] + charts["vega"] >= 1, f"{name} drew no chart: {charts}"
    assert charts["plotly_painted"] == charts["plotly"], charts
    assert charts["vega_painted"] == charts["vega"], charts
    shot = artifacts / "screenshots" / f"{name}.png"
    screenshot(page, shot)
    head = shot.read_bytes()[:24]
    assert head.startswith(b"\x89PNG") and int.from_bytes(head[20:24], "big") >= 900
    assert recorder.errors() == []


def _view(page) -> dict:
    """What a reader sees of the data: the main text (figures, captions) and chart titles."""
    return {
        "text": page.locator('[data-testid="stMain"]').inner_text(),
        "charts": page.evaluate("""() => [...document.querySelectorAll(
            '[data-testid="stPlotlyChart"] .main-svg .infolayer,'
            + '[data-testid="stVegaLiteChart"] svg')].map(e => e.textContent)"""),
    }


def test_sidebar_filters_write_the_url_and_a_fresh_context_reopens_the_view(
    page, recorder, browser, server
):
    open_page(page, "partnerships")
    assert query(page) == {}
    add_partner(page, ITALY)
    add_partner(page, FRANCE)
    move_year(page, 0, 2015)
    move_year(page, 1, 2024)
    wait_for_years_in_url(page, (2015, 2024))
    wait_for_summary(page, "Italy, France; 2015–2024")
    assert query(page) == {"partner": ["ITA", "FRA"], "years": ["2015", "2024"]}
    seen = _view(page)
    assert any("Italy, France; 2015–2024" in c for c in seen["charts"]), seen["charts"]
    table = table_buttons(page, "csv")
    _, rows = download(page, table.last, "csv")

    context, fresh_rec = new_context(browser, server.url)
    try:
        fresh = context.new_page()
        fresh.goto(page.url)
        settle(fresh)
        assert fresh.url == page.url
        assert chosen_partners(fresh) == [ITALY, FRANCE]
        assert slider_years(fresh) == (2015, 2024)
        assert _view(fresh) == seen
        again = fresh.locator(
            '[data-testid="stMain"] [data-testid="stDownloadButton"]'
        ).get_by_role("button", name="CSV")
        assert download(fresh, again.last, "csv")[1] == rows
        assert problems_on_page(fresh) == [] and fresh_rec.errors() == []
    finally:
        context.close()
    assert not fresh_rec.external_requests()
    assert recorder.errors() == []


def test_switching_pages_keeps_the_filters(page, recorder):
    open_page(page, "overview", FILTERED)
    assert summary(page).startswith("Showing Italy, France; 2015–2024")
    for name in ["partnerships", "exercises", "claims", "sources", "overview"]:
        path, heading, _ = PAGES[name]
        page.locator(f'[data-testid="stSidebarNavLink"][href$="{path}"]').click()
        page.wait_for_function(
            "h => document.querySelector('[data-testid=\"stMain\"] h1')?.innerText.trim() === h",
            arg=heading,
        )
        settle(page)
        assert page.url.split("?")[0].endswith(path), page.url
        assert query(page) == {"partner": ["ITA", "FRA"], "years": ["2015", "2024"]}, page.url
        assert chosen_partners(page) == [ITALY, FRANCE], name
        assert slider_years(page) == (2015, 2024), name
        if name == "sources":
            cite = page.locator('[data-testid="stCode"]').last.inner_text()
            assert "Italy, France; 2015–2024" in cite
        else:
            assert "Italy, France; 2015–2024" in summary(page), (name, summary(page))
        assert problems_on_page(page) == [], name
    assert recorder.errors() == []


@pytest.mark.parametrize("name", CHART_PAGES)
def test_every_chart_downloads_as_png_svg_html_csv(page, recorder, name):
    open_page(page, name, "years=2015&years=2024")
    count = chart_popovers(page).count()
    charts = painted_charts(page)
    assert count == charts["plotly"] + charts["vega"] >= 1, (count, charts)
    for index in range(count):
        got = download_chart(page, index)
        assert len(got["png"]) > 5_000, f"chart {index}: a PNG of {len(got['png'])} bytes"
    assert problems_on_page(page) == []
    assert recorder.errors() == []


@pytest.mark.parametrize("name", ["partnerships", "exercises", "claims", "sources"])
def test_every_table_downloads_as_csv_and_xlsx(page, recorder, name):
    import openpyxl

    open_page(page, name, "partner=Italy+%28ITA%29&years=2015&years=2024")
    csvs, xlsxs = table_buttons(page, "csv"), table_buttons(page, "xlsx")
    assert csvs.count() == xlsxs.count() >= 1
    for index in range(csvs.count()):
        csv_name, body = download(page, csvs.nth(index), "csv")
        xlsx_name, book = download(page, xlsxs.nth(index), "xlsx")
        assert csv_name.endswith("_ITA_2015-2024.csv"), csv_name
        assert xlsx_name == csv_name.removesuffix(".csv") + ".xlsx"
        sheet = openpyxl.load_workbook(io.BytesIO(book), read_only=True).active
        first = [c for c in next(sheet.iter_rows(values_only=True))]
        assert first == csv_header(body)
    assert problems_on_page(page) == []
    assert recorder.errors() == []


def test_the_default_page_answers_at_its_own_name(page, recorder):
    page.goto("/overview?partner=ITA")
    settle(page)
    assert title(page) == PAGES["overview"][1]
    assert page.get_by_text("Page not found").count() == 0
    assert chosen_partners(page) == [ITALY]
    assert recorder.errors() == []
