"""WCAG 2.1 AA, checked by axe-core (Deque's rule engine, vendored from npm) on every page: no
serious or critical violation in the project's own content."""

from __future__ import annotations

from pathlib import Path

import pytest
from e2e_support import PAGES, new_context, open_page

pytestmark = pytest.mark.browser

AXE = Path(__file__).parent / "vendor" / "axe-core" / "axe.min.js"
# Violations in Streamlit's own chrome, not in Kizuna's content: the sidebar navigation list
# of Streamlit 1.67 puts <div>s directly inside its <ul data-testid="stSidebarNavItems">. No
# upstream issue was found in the streamlit/streamlit tracker copy we could search; to be filed.
NAV = '[data-testid="stSidebarNav"]'
KNOWN = {("list", NAV), ("listitem", NAV)}
RUN = """async () => {
  const result = await axe.run(document, {
    runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']},
    resultTypes: ['violations'],
  });
  return result.violations
    .filter(v => v.impact === 'serious' || v.impact === 'critical')
    .flatMap(v => v.nodes.map(n => ({
      rule: v.id,
      help: v.help,
      target: n.target.join(' '),
      inNav: !!document.querySelector(n.target.join(' '))?.closest('[data-testid="stSidebarNav"]'),
      summary: (n.failureSummary || '').split('\\n').slice(0, 2).join(' '),
    })));
}"""
# Every chart on the page sits in a role="figure" element whose name starts "Chart: <its title>"
# ("図：<its title>" in Japanese)
# (axe has no rule that asks a Plotly or Vega chart for a name, so this check is ours).
UNNAMED_CHARTS = """() => [...document.querySelectorAll(
    '[data-testid="stPlotlyChart"], [data-testid="stVegaLiteChart"]')]
  .map(chart => {
    const figure = chart.closest('[role="figure"]');
    const name = figure ? figure.getAttribute('aria-label') || '' : '';
    const title = chart.querySelector('.gtitle, .role-title-text, .role-title text');
    const word = document.documentElement.lang === 'ja' ? '図：' : 'Chart: ';
    const expected = word + (title ? title.textContent.trim() : '');
    return name.startsWith(expected) ? null : (name || '(none)') + ' / title ' + expected;
  })
  .filter(Boolean)"""
PAGE_QUERIES = {name: "partner=ITA&years=2015&years=2026" for name in PAGES}
LANGUAGES = {"English": "", "日本語": "&lang=ja"}


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("name", list(PAGES))
def test_no_serious_accessibility_violation(browser, server, name, language):
    context, rec = new_context(browser, server.url)
    try:
        page = context.new_page()
        open_page(page, name, PAGE_QUERIES[name] + LANGUAGES[language])
        expected = "ja" if LANGUAGES[language] else "en"
        page.wait_for_function(f"() => document.documentElement.lang === '{expected}'")
        page.wait_for_timeout(1500)  # stale elements fade back in after a rerun
        page.add_script_tag(path=str(AXE))
        found = page.evaluate(RUN)
        known = [
            v for v in found if v["inNav"] and (v["rule"], '[data-testid="stSidebarNav"]') in KNOWN
        ]
        ours = [v for v in found if v not in known]
        assert not ours, "\n".join(f"{v['rule']} at {v['target']}: {v['summary']}" for v in ours)
        unnamed = page.evaluate(UNNAMED_CHARTS)
        assert not unnamed, f"charts without an accessible name: {unnamed}"
        assert rec.external_requests() == []
    finally:
        context.close()
