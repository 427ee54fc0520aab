"""The Partner dossier in headless Chromium: it paints offline, every chronology point is
labelled on screen, and the brief downloads as a PDF of at most two pages."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from e2e_support import problems_on_page, screenshot, settle, title

pytestmark = pytest.mark.browser

ITALY = "/partner?partner=ITA&years=2023&years=2026"
OVERLAPS = """els => {
  const boxes = els.map(e => e.getBoundingClientRect());
  const hits = [];
  for (let i = 0; i < boxes.length; i++)
    for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i], b = boxes[j];
      if (a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1
          && b.top < a.bottom - 1) hits.push([els[i].textContent, els[j].textContent]);
    }
  return hits;
}"""


def overlapping(labels) -> list:
    """Pairs of labels whose boxes on screen intersect (a pixel of tolerance)."""
    return labels.evaluate_all(OVERLAPS)


def test_partner_dossier_paints_offline_and_downloads_the_brief(page, recorder, artifacts):
    pypdf = pytest.importorskip("pypdf")
    page.goto(ITALY)
    settle(page)
    assert title(page) == "Italy"
    assert not problems_on_page(page)
    assert not recorder.errors(), recorder.errors()
    chart = page.locator('[data-testid="stPlotlyChart"]').first
    labels = chart.locator(".main-svg .scatterlayer text")
    points = chart.locator(".main-svg .scatterlayer path.point")
    assert labels.count() == points.count() > 10  # every point carries its label
    assert all(t.strip() for t in labels.all_text_contents())
    assert not overlapping(labels), "labels overlap on screen"

    button = page.get_by_role("button", name="Brief (PDF)")
    with page.expect_download(timeout=60_000) as info:
        button.click()
    download = info.value
    body = Path(download.path()).read_bytes()
    assert download.suggested_filename.endswith("_ITA_2023-2026.pdf")
    assert body.startswith(b"%PDF")
    reader = pypdf.PdfReader(io.BytesIO(body))
    assert 1 <= len(reader.pages) <= 2
    assert "Italy" in reader.pages[0].extract_text()
    (artifacts / "italy-brief.pdf").write_bytes(body)

    settle(page)
    assert not problems_on_page(page)
    assert not recorder.errors(), recorder.errors()
    screenshot(page, artifacts / "screenshots" / "partner.png")
