"""English and 日本語 in a real browser: every page once in each language, the switch and the
link, a Japanese browser, and <html lang> for screen readers."""

from __future__ import annotations

import re

import pytest
from e2e_support import CHART_PAGES, PAGES, new_context, open_page, painted_charts, title

from kizuna import countries, i18n, pages

pytestmark = pytest.mark.browser

CJK = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")


def heading(name: str, lang: str) -> str:
    """The page's h1 as the reader should see it."""
    i18n.use(lang)
    try:
        page = pages.BY_NAME[name]
        return countries.name("USA") if name == "partner" else i18n._(page.heading)
    finally:
        i18n.use("en")


@pytest.mark.parametrize("lang", ["en", "ja"])
def test_every_page_once_in_each_language(browser, server, lang):
    context, rec = new_context(browser, server.url)
    try:
        page = context.new_page()
        for name in PAGES:
            open_page(page, name, f"lang={lang}")
            assert title(page) == heading(name, lang), name
            assert page.evaluate("document.documentElement.lang") == lang, name
            if lang == "ja":
                assert CJK.search(page.locator('[data-testid="stMain"]').inner_text()), name
            if name in CHART_PAGES:
                charts = painted_charts(page)
                assert charts["plotly_painted"] + charts["vega_painted"] >= 1, (name, charts)
            assert page.locator('[data-testid="stException"]').count() == 0, name
        assert rec.external_requests() == [] and rec.errors() == []
    finally:
        context.close()


def test_a_japanese_browser_opens_in_japanese_and_the_switch_keeps_english_in_the_link(
    browser, server
):
    context = browser.new_context(locale="ja-JP", base_url=server.url)
    try:
        page = context.new_page()
        open_page(page, "overview")
        assert title(page) == heading("overview", "ja")
        page.locator('[data-testid="stSidebar"]').get_by_text("English", exact=True).click()
        page.wait_for_function("() => document.documentElement.lang === 'en'")
        page.wait_for_function("() => location.search.includes('lang=en')")
        assert title(page) == heading("overview", "en")
    finally:
        context.close()
