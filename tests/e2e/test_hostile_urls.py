"""Crafted links: the app ignores what it cannot use, injects nothing and keeps working."""

from __future__ import annotations

import zlib
from urllib.parse import quote_plus

import pytest
from e2e_support import (
    CHART_PAGES,
    PAGES,
    YEAR_BOUNDS,
    chosen_partners,
    code_of,
    new_context,
    painted_charts,
    query,
    settle,
    shown_years,
    slider_years,
    title,
)

from kizuna import countries

pytestmark = pytest.mark.browser

MARK = "kz-injected"
LONG = "A" * 10_000
CASES = {
    "unknown country label": "partner=Narnia+%28NAR%29",
    "bare unknown code": "partner=NAR",
    "bare known code": "partner=ITA",
    "known and unknown": "partner=Italy+%28ITA%29&partner=Narnia+%28NAR%29",
    "wrong case": "partner=italy+%28ita%29",
    "reversed years": "years=2024&years=2015",
    "absurd years": "years=1200&years=3000",
    "negative and huge years": "years=-5&years=99999999999999999999999",
    "non-numeric years": "years=abc&years=def",
    "one year only": "years=2015",
    "three years": "years=2015&years=2016&years=2017",
    "fractional years": "years=2015.5&years=2020",
    "nan and infinity": "years=NaN&years=Infinity",
    "empty params": "partner=&years=&years=",
    "params without values": "partner&years",
    "repeated partner": "partner=Italy+%28ITA%29&partner=Italy+%28ITA%29&partner=Italy+%28ITA%29",
    "10k-char partner": "partner=" + LONG,
    "10k-digit year": "years=" + "9" * 10_000 + "&years=2020",
    "unicode partner": "partner=" + quote_plus("日本 (JPN)") + "&partner=" + quote_plus("🇮🇹 ‮ITA"),
    "null byte and broken escapes": "partner=%00&partner=%E0%A4%A&years=%FF",
    "script tag": "partner=" + quote_plus("<script>alert(1)</script>"),
    "img onerror": "partner=" + quote_plus(f'"><img src=x onerror=alert(1) id={MARK}>'),
    "svg onload in years": "years=" + quote_plus(f"'\"><svg id={MARK} onload=alert(1)>"),
    "quotes": "partner=" + quote_plus("Italy (ITA)' OR '1'='1") + "&partner=" + quote_plus('"'),
    "javascript url": "partner=" + quote_plus("javascript:alert(1)"),
    "markdown link": "partner=" + quote_plus(f"[x](javascript:alert(1)) **{MARK}**"),
    "unknown params": "foo=" + quote_plus(f"<b id={MARK}>x</b>") + "&exercises_domain=space",
    "page widget keys": "claims_subject=" + quote_plus("<i>x</i>") + "&partnerships_type=zzz",
}
VALID_CODES = {"ITA"}

_INJECTED = f"""() => ({{
  marked: document.querySelectorAll('#{MARK}').length,
  imgs: [...document.querySelectorAll('img')].filter(i => /(^|\\/)x$/.test(i.getAttribute('src')
    || '')).length,
  scripts: [...document.scripts].filter(s => s.textContent.includes('alert(')).length,
  handlers: [...document.querySelectorAll('[onerror], [onload]')].length,
}})"""


@pytest.fixture(scope="module")
def visitor(browser, server):
    context, rec = new_context(browser, server.url)
    page = context.new_page()
    yield page, rec
    context.close()


REVERSED = pytest.mark.xfail(
    strict=True,
    reason="known limitation: ?years=2024&years=2015 is kept in the URL and Streamlit's slider "
    "draws crossed thumbs, while the data correctly shows 2015–2024. Sorting the pair in "
    "session_state before the slider was tried and does not reach a URL-bound slider (1.67).",
)


@pytest.mark.parametrize(
    "case", [pytest.param(c, marks=REVERSED) if c == "reversed years" else c for c in CASES]
)
def test_crafted_link_is_harmless(visitor, case):
    page, rec = visitor
    rec.requests.clear(), rec.console_errors.clear(), rec.page_errors.clear(), rec.dialogs.clear()
    # A page per case from the case's own name: adding a case moves no other case's page.
    name = list(PAGES)[zlib.crc32(case.encode()) % len(PAGES)]
    page.goto(PAGES[name][0] + "?" + CASES[case])
    settle(page)

    kept = query(page)
    chosen = kept.get("partner", [])
    # The dossier is titled by its partner: the one the link kept, else the default.
    heading = countries.name(chosen[0]) if name == "partner" and len(chosen) == 1 else None
    assert title(page) == (heading or PAGES[name][1])
    assert page.locator('[data-testid="stException"]').count() == 0
    assert page.evaluate(_INJECTED) == {"marked": 0, "imgs": 0, "scripts": 0, "handlers": 0}
    assert rec.dialogs == [] and rec.external_requests() == []
    assert rec.errors() == []

    # what is left of the link is valid, and the sidebar shows it
    assert set(kept.get("partner", [])) <= VALID_CODES, page.url
    assert [code_of(label) for label in chosen_partners(page)] == kept.get("partner", [])
    years = slider_years(page)
    assert YEAR_BOUNDS[0] <= years[0] <= years[1] <= YEAR_BOUNDS[1], years
    if "years" in kept:
        assert tuple(int(y) for y in kept["years"]) == years, page.url

    if name in CHART_PAGES:  # the filters the view uses, said in words, and a chart or a hint
        assert shown_years(page) == years
        charts = painted_charts(page)
        empty = page.locator('[data-testid="stAlertContentInfo"]').count()
        assert charts["plotly_painted"] + charts["vega_painted"] >= 1 or empty, charts
