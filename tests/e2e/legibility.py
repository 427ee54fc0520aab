"""Measuring chart text in a browser: every text inside its figure, no two texts overlapping.

Used on the live pages (each Plotly chart is a `.js-plotly-plot`, its text SVG `<text>` under
`.main-svg`) and on exported SVG files opened in the browser (measured against the `<svg>`).
"""

from __future__ import annotations

# Returns, per figure: its title and every problem found. Texts measured: titles and subtitles,
# axis titles, tick labels (compared within one axis, and with the title and subtitle: a column
# header at the top must not touch them), annotations (the source line), point labels, heatmap
# cell labels and legend entries (texts and symbols) visible in the legend's clip box.
MEASURE = r"""
(scope) => {
  const roots = scope === 'svg'
    ? [document.querySelector('svg')]
    : [...document.querySelectorAll('.js-plotly-plot, [data-testid="stVegaLiteChart"] svg')];
  const out = [];
  for (const root of roots) {
    const frame = root.getBoundingClientRect();
    const title = (root.querySelector('.gtitle, .role-title-text') || {}).textContent
      || '(untitled)';
    const problems = [];
    const kindOf = (el) => {
      const c = (s) => el.closest(s);
      const layer = (s) => (el.closest(s) || {}).className?.baseVal;
      if (c('.xtick')) return 'xtick:' + layer('[class*="xaxislayer"]');
      if (c('.ytick')) return 'ytick:' + layer('[class*="yaxislayer"]');
      if (c('.legend')) return 'legend';
      if (c('.g-gtitle') || el.classList.contains('gtitle') || c('.gtitle-subtitle')
          || c('.role-title')) return 'title';
      if (c('.g-xtitle') || c('.g-ytitle') || c('.role-axis-title')) return 'axis title';
      if (c('.role-axis-label'))
        return 'tick:' + (c('.role-axis') || {}).getAttribute?.('aria-label');
      if (c('.role-legend')) return 'legend';
      if (c('.annotation')) return 'annotation';
      if (c('.colorbar')) return 'colorbar';
      if (c('.slider-container') || c('.updatemenu-container')) return 'control';
      return 'label';
    };
    const texts = [...root.querySelectorAll('text')].filter(t => {
      const r = t.getBoundingClientRect();
      return t.textContent.trim() && r.width > 0 && r.height > 0
        && getComputedStyle(t).visibility !== 'hidden' && getComputedStyle(t).opacity !== '0';
    });
    const legendClip = root.querySelector('.legend .bg');
    const clipBox = legendClip ? legendClip.getBoundingClientRect() : null;
    const items = [];
    for (const t of texts) {
      const r = t.getBoundingClientRect();
      const kind = kindOf(t);
      if (kind === 'legend' && clipBox && (r.top >= clipBox.bottom || r.bottom <= clipBox.top))
        continue;  // scrolled out of the legend's box: not drawn
      if (kind === 'control') continue;
      items.push({kind, text: t.textContent.trim().slice(0, 60), r});
      const tol = 1;
      if (r.left < frame.left - tol || r.right > frame.right + tol
          || r.top < frame.top - tol || r.bottom > frame.bottom + tol)
        problems.push(`cut off: ${kind} "${t.textContent.trim().slice(0, 60)}"`
          + ` [${Math.round(r.left - frame.left)}, ${Math.round(r.right - frame.left)}]`
          + ` of ${Math.round(frame.width)} px`);
    }
    // A legend's symbols are drawn beside its texts and must not cover a title either.
    for (const s of root.querySelectorAll('.legend .legendpoints path')) {
      const r = s.getBoundingClientRect();
      if (r.width <= 0 || r.height <= 0) continue;
      if (clipBox && (r.top >= clipBox.bottom || r.bottom <= clipBox.top)) continue;
      items.push({kind: 'legend', text: 'legend symbol', r});
    }
    // Overlaps: tick labels against labels of the same axis and against the title block (a
    // column header drawn over the subtitle); everything else against all.
    for (let i = 0; i < items.length; i++) {
      for (let j = i + 1; j < items.length; j++) {
        const a = items[i], b = items[j];
        const ticks = (k) => /^(x|y)?tick/.test(k);
        const title = a.kind === 'title' || b.kind === 'title';
        if ((ticks(a.kind) || ticks(b.kind)) && a.kind !== b.kind && !title) continue;
        if (a.kind === 'legend' && b.kind === 'legend') continue;  // laid out by plotly itself
        const w = Math.min(a.r.right, b.r.right) - Math.max(a.r.left, b.r.left);
        const h = Math.min(a.r.bottom, b.r.bottom) - Math.max(a.r.top, b.r.top);
        if (w > 2 && h > 2)
          problems.push(`overlap: ${a.kind} "${a.text}" / ${b.kind} "${b.text}"`);
      }
    }
    out.push({title, problems});
  }
  return out;
}
"""


def problems(page, scope: str = "page") -> list[str]:
    """Every legibility problem of the charts on a page (or of one SVG opened as a page)."""
    found = page.evaluate(MEASURE, scope)
    return [f"{figure['title']}: {p}" for figure in found for p in figure["problems"]]
