"""What the browser tests share: the server, the recorder, waiting, filters and downloads."""

from __future__ import annotations

import csv
import io
import re
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

from kizuna import export, pages
from kizuna.devserver import StreamlitServer, free_port  # noqa: F401  (tests import them)
from kizuna.state import YEAR_BOUNDS  # noqa: F401  (the tests import it from here)

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = export.chromium()  # the one lookup: BROWSER_PATH, else chromium on PATH
LAUNCH_ARGS = list(export.CHROMIUM_ARGS)
TIMEOUT_MS = 30_000
VIEWPORT = {"width": 1400, "height": 900}

# url path -> (h1 title, whether the page draws charts)
# name -> (url path, h1 heading or None, whether the page draws charts), from kizuna.pages
PAGES = {
    p.name: ("/" if p is pages.DEFAULT else f"/{p.url_path}", p.heading, p.first_paint == "chart")
    for p in pages.PAGES
}
CHART_PAGES = [name for name, (_, _, charts) in PAGES.items() if charts]

LOCAL_HOSTS = {"127.0.0.1", "localhost"}


# -- what the browser did -----------------------------------------------------------------------

# Streamlit's frontend finds its base path by probing `<page path>/_stcore/health` and
# `.../host-config` before the root: on a deep link to /exercises the first two probes 404.
# That is the framework's discovery, not the app; only exactly these are tolerated.
_BASE_PATH_PROBE = re.compile(r"^https?://[^/]+/[^?#]+/_stcore/(health|host-config)$")


def is_local(url: str) -> bool:
    parts = urlsplit(url)
    if parts.scheme in ("data", "blob", "about"):
        return True
    return parts.scheme in ("http", "https", "ws", "wss") and parts.hostname in LOCAL_HOSTS


@dataclass
class Recorder:
    context: object
    requests: list[str] = field(default_factory=list)
    console_errors: list[str] = field(default_factory=list)
    page_errors: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)

    def external_requests(self) -> list[str]:
        return sorted({u for u in self.requests if not is_local(u)})

    def errors(self) -> list[str]:
        return self.console_errors + self.page_errors

    def attach(self, page) -> None:
        page.on("console", self._console)
        page.on("pageerror", lambda e: self.page_errors.append(f"pageerror: {e}"))
        page.on("dialog", self._dialog)
        page.on("websocket", lambda ws: self.requests.append(ws.url))  # not in "request"

    def _console(self, message) -> None:
        if message.type != "error":
            return
        where = (message.location or {}).get("url", "")
        if "404" in message.text and _BASE_PATH_PROBE.match(where):
            return
        self.console_errors.append(f"console: {message.text} ({where})")

    def _dialog(self, dialog) -> None:
        self.dialogs.append(f"{dialog.type}: {dialog.message}")
        dialog.dismiss()


def new_context(browser, base_url: str):
    context = browser.new_context(viewport=VIEWPORT, accept_downloads=True, base_url=base_url)
    context.set_default_timeout(TIMEOUT_MS)
    rec = Recorder(context)
    context.on("request", lambda r: rec.requests.append(r.url))
    context.on("page", rec.attach)
    return context, rec


# -- waiting and looking ------------------------------------------------------------------------

_SETTLED = """() => {
  const app = document.querySelector('[data-testid="stApp"]');
  if (!app || app.dataset.testScriptState !== 'notRunning'
      || app.dataset.testConnectionState !== 'CONNECTED') return false;
  if (document.querySelector('[data-testid="stSkeleton"]')) return false;
  if (!document.querySelector('[data-testid="stMain"] h1')) return false;
  for (const c of document.querySelectorAll('[data-testid="stPlotlyChart"]'))
    if (!c.querySelector('.js-plotly-plot .main-svg')) return false;
  for (const c of document.querySelectorAll('[data-testid="stVegaLiteChart"]'))
    if (!c.querySelector('svg, canvas')) return false;
  return true;
}"""


def settle(page, timeout: int = TIMEOUT_MS) -> None:
    """Until the script has finished and every chart on the page has painted."""
    page.wait_for_function(_SETTLED, timeout=timeout, polling=100)


def open_page(page, name: str, query: str = "") -> None:
    page.goto(PAGES[name][0] + (f"?{query}" if query else ""))
    settle(page)


def painted_charts(page) -> dict[str, int]:
    return page.evaluate("""() => ({
      plotly: document.querySelectorAll('[data-testid="stPlotlyChart"] .js-plotly-plot').length,
      plotly_painted: [...document.querySelectorAll('[data-testid="stPlotlyChart"]')]
        .filter(c => c.querySelector('.main-svg')).length,
      vega: document.querySelectorAll('[data-testid="stVegaLiteChart"]').length,
      vega_painted: [...document.querySelectorAll('[data-testid="stVegaLiteChart"]')]
        .filter(c => c.querySelector('svg, canvas')).length,
    })""")


def problems_on_page(page) -> list[str]:
    """Exception boxes and error alerts, with their text."""
    found = []
    for selector in ('[data-testid="stException"]', '[data-testid="stAlertContentError"]'):
        for text in page.locator(selector).all_inner_texts():
            found.append(f"{selector}: {text[:500]}")
    return found


def title(page) -> str:
    return page.locator('[data-testid="stMain"] h1').first.inner_text().strip()


def summary(page) -> str:
    """The 'Showing …' caption every chart page prints under its filters."""
    captions = page.locator('[data-testid="stMain"] [data-testid="stCaptionContainer"]')
    return next((t for t in captions.all_inner_texts() if t.startswith("Showing ")), "")


def shown_years(page) -> tuple[int, int] | None:
    match = re.search(r"(\d{4})–(\d{4})", summary(page))
    return (int(match[1]), int(match[2])) if match else None


def screenshot(page, path: Path) -> None:
    """The whole page: Streamlit scrolls inside stMain, so grow the viewport to its height."""
    height = page.evaluate("() => document.querySelector('[data-testid=\"stMain\"]').scrollHeight")
    page.set_viewport_size({"width": VIEWPORT["width"], "height": min(max(height, 900), 16000)})
    page.wait_for_timeout(300)
    settle(page)
    page.screenshot(path=str(path), full_page=True)
    page.set_viewport_size(VIEWPORT)


# -- the shared filters -------------------------------------------------------------------------


def query(page) -> dict[str, list[str]]:
    return parse_qs(urlsplit(page.url).query)


def sidebar(page):
    return page.locator('[data-testid="stSidebar"]')


def chosen_partners(page) -> list[str]:
    """The tags of the partner multiselect (Streamlit draws a hidden copy to measure them)."""
    tags = sidebar(page).locator('[data-testid="stMultiSelect"]').first.locator("[data-tag-index]")
    by_index = {}
    for tag in tags.all():
        by_index.setdefault(
            int(tag.get_attribute("data-tag-index")), tag.get_attribute("aria-label")
        )
    return [by_index[i] for i in sorted(by_index)]


def slider_years(page) -> tuple[int, int]:
    thumbs = sidebar(page).locator('input[type="range"]')
    return int(thumbs.nth(0).input_value()), int(thumbs.nth(1).input_value())


def add_partner(page, label: str) -> None:
    """Pick 'Italy (ITA)' in the sidebar multiselect, as a user would."""
    box = sidebar(page).locator('[data-testid="stMultiSelect"]').first
    box.locator("input").click()
    page.keyboard.type(label.split(" (")[0])
    page.get_by_role("option", name=label, exact=True).click()
    page.keyboard.press("Escape")
    page.wait_for_function(
        "code => new URLSearchParams(location.search).getAll('partner').includes(code)",
        arg=code_of(label),
    )


def code_of(label: str) -> str:
    """'Italy (ITA)' -> 'ITA': links carry codes, the sidebar shows labels."""
    return label.rsplit("(", 1)[1].rstrip(")")


def set_year(page, thumb: int, target: int) -> None:
    """Move one thumb of the year slider with the keyboard, one rerun per key."""
    handle = sidebar(page).locator('input[type="range"]').nth(thumb)
    handle.focus()
    for _ in range(80):
        value = int(handle.input_value())
        if value == target:
            break
        if abs(target - value) >= 10:
            page.keyboard.press("PageUp" if target > value else "PageDown")
        else:
            page.keyboard.press("ArrowRight" if target > value else "ArrowLeft")
    assert int(handle.input_value()) == target


def wait_for_years_in_url(page, years: tuple[int, int]) -> None:
    page.wait_for_function(
        "y => { const v = new URLSearchParams(location.search).getAll('years');"
        " return v.length === 2 && +v[0] === y[0] && +v[1] === y[1]; }",
        arg=list(years),
    )


def wait_for_summary(page, text: str) -> None:
    page.wait_for_function(
        """t => [...document.querySelectorAll(
                 '[data-testid="stMain"] [data-testid="stCaptionContainer"]'
               )].some(c => c.innerText.startsWith('Showing ') && c.innerText.includes(t))""",
        arg=text,
    )
    settle(page)


# -- downloads ----------------------------------------------------------------------------------


def check_download(download, fmt: str) -> bytes:
    """The bytes of a download, after checking they are what the format says."""
    body = Path(download.path()).read_bytes()
    name = download.suggested_filename
    assert name.startswith("kizuna_") and name.endswith(f".{fmt}"), name
    assert body, f"{name} is empty"
    if fmt == "png":
        assert body.startswith(b"\x89PNG\r\n\x1a\n"), f"{name}: not a PNG: {body[:16]!r}"
    elif fmt == "svg":
        assert b"<svg" in body[:4096], f"{name}: no <svg in {body[:200]!r}"
    elif fmt == "html":
        text = body.decode("utf-8")
        assert "<html" in text[:2000].lower(), f"{name}: not an HTML page"
        external = re.findall(r"<(?:script|link)[^>]+(?:src|href)=[\"']?(https?:)?//", text)
        assert not external, f"{name} loads something from the network: {external[:3]}"
    elif fmt == "csv":
        rows = list(csv.reader(io.StringIO(body.decode("utf-8-sig"))))
        assert rows and len(rows[0]) >= 1 and all(rows[0]), f"{name}: bad CSV header {rows[:1]}"
        assert len({len(r) for r in rows if r}) == 1, f"{name}: ragged CSV"
    elif fmt == "xlsx":
        assert body.startswith(b"PK\x03\x04"), f"{name}: not a ZIP/XLSX"
        with zipfile.ZipFile(io.BytesIO(body)) as z:
            assert "xl/workbook.xml" in z.namelist(), f"{name}: no workbook in it"
    return body


def csv_header(body: bytes) -> list[str]:
    return next(csv.reader(io.StringIO(body.decode("utf-8-sig"))))


def download(page, button, fmt: str) -> tuple[str, bytes]:
    with page.expect_download(timeout=60_000) as info:
        button.click()
    d = info.value
    return d.suggested_filename, check_download(d, fmt)


def table_buttons(page, fmt: str):
    """The CSV or XLSX buttons under the tables (chart downloads sit in popovers, elsewhere)."""
    buttons = page.locator('[data-testid="stMain"] [data-testid="stDownloadButton"]')
    return buttons.get_by_role("button", name=fmt.upper(), exact=False)


def chart_popovers(page):
    return page.locator('[data-testid="stMain"] [data-testid="stPopover"]')


def download_chart(page, index: int, formats=("png", "svg", "html", "csv")) -> dict[str, bytes]:
    """Open the n-th chart's Download popover and take every format it offers."""
    chart_popovers(page).nth(index).locator("button").first.click()
    body = page.locator('[data-testid="stPopoverBody"]')
    body.wait_for(state="visible")
    got = {}
    for fmt in formats:
        button = body.get_by_role("button", name=fmt.upper(), exact=True)
        got[fmt] = download(page, button, fmt)[1]
    page.keyboard.press("Escape")
    body.wait_for(state="hidden")
    return got
