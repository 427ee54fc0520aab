"""First paint, filter reloads and payload, measured in headless Chromium with Playwright.

The Chromium is kizuna.export.chromium()'s (BROWSER_PATH, else the one on PATH), launched with
kizuna.export.CHROMIUM_ARGS, as the browser tests and the chart export do.
"""

from __future__ import annotations

import contextlib
import time
from dataclasses import dataclass, field

from clock import remaining, say
from report import fmt_kb, fmt_s, median
from targets import COLD_TIMEOUT_S, REPEAT_MIN_S, VISIT_TIMEOUT_S, Reps, filter_state

from kizuna import export

VIEWPORT = {"width": 1400, "height": 1000}
PAINTED_JS = """
(kind) => {
  if (kind === 'table') {
    return !!document.querySelector('[data-testid="stDataFrame"] canvas');
  }
  for (const gd of document.querySelectorAll('.js-plotly-plot')) {
    const layout = gd._fullLayout;
    if (!layout) continue;
    if (layout._has && layout._has('geo')) {
      if (gd.querySelector('.geo .layer.land path, .geo .layer.countries path, '
                          + '.geo .choroplethlocation')) return true;
    } else if (gd.querySelector('.main-svg .trace')) {
      return true;
    }
  }
  return !!document.querySelector(
    '[data-testid="stVegaLiteChart"] canvas, [data-testid="stVegaLiteChart"] svg.marks');
}
"""
IDLE_JS = """
() => {
  const app = document.querySelector('[data-testid="stApp"]');
  return !!app && app.getAttribute('data-test-script-state') === 'notRunning';
}
"""


def launch(playwright):
    """Headless Chromium, found the one way the project finds it."""
    path = export.chromium()
    if path is None:
        raise SystemExit("no Chromium on this machine: `make chromium`, or set BROWSER_PATH")
    return playwright.chromium.launch(executable_path=path, args=list(export.CHROMIUM_ARGS))


@dataclass
class Visit:
    paint_s: float | None
    ws_bytes: int = 0
    static_bytes: int = 0
    error: str = ""


def query(state) -> str:
    partners, (y0, y1) = state
    parts = [f"partner={p}" for p in partners] + [f"years={y0}", f"years={y1}"]
    return "?" + "&".join(parts)


def visit(
    browser, url: str, kind: str, context=None, capture: bool = False, timeout_s: float = 0
) -> Visit:
    """Opens url; the time until the first chart (or table) is drawn, and optionally what
    came over the websocket and over HTTP."""
    own = context is None
    ctx = context or browser.new_context(viewport=VIEWPORT)
    page = ctx.new_page()
    frames: list[int] = []
    last_frame = [time.perf_counter()]
    requests = []

    def on_frame(payload) -> None:
        frames.append(len(payload.encode() if isinstance(payload, str) else payload))
        last_frame[0] = time.perf_counter()

    if capture:
        page.on("websocket", lambda ws: ws.on("framereceived", on_frame))
        page.on("requestfinished", lambda r: requests.append(r))
    result = Visit(None)
    timeout_ms = max(min(timeout_s or VISIT_TIMEOUT_S, remaining()), 5) * 1000
    try:
        started = time.perf_counter()
        page.goto(url, wait_until="commit", timeout=timeout_ms)
        page.wait_for_function(PAINTED_JS, arg=kind, timeout=timeout_ms, polling=25)
        result.paint_s = time.perf_counter() - started
        if capture:
            page.wait_for_function(IDLE_JS, timeout=timeout_ms, polling=100)
            while time.perf_counter() - last_frame[0] < 0.5:
                page.wait_for_timeout(100)
    except Exception as e:  # a timeout is a result, not a crash
        result.error = f"{type(e).__name__}: {str(e).splitlines()[0][:160]}"
    finally:
        if capture:  # after a timeout, what had arrived so far (a lower bound)
            result.ws_bytes = sum(frames)
            for r in requests:
                with contextlib.suppress(Exception):
                    result.static_bytes += max(r.sizes().get("responseBodySize", 0), 0)
        page.close()
        if own:
            ctx.close()
    return result


@dataclass
class BrowserFigures:
    cold_paint_s: float | None = None
    paint: dict[str, list] = field(default_factory=dict)
    reload: dict[str, list] = field(default_factory=dict)
    ws_bytes: dict[str, int] = field(default_factory=dict)
    static_bytes: dict[str, int] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)


def page_url(server_url: str, name: str) -> str:
    return f"{server_url}/{name}" if name != "baseline" else server_url


def measure(browser, server_url: str, pages: dict, reps: Reps) -> BrowserFigures:
    """Fresh-context first paints of every page (the very first is the cold one), then warm
    reloads with new filters in one context."""
    out = BrowserFigures()

    def skip(name: str, what: str, last: Visit) -> bool:
        if last.error:
            out.errors.append(f"{name} {what}: not repeated after a failed visit")
            return True
        if remaining() < REPEAT_MIN_S:
            out.errors.append(f"{name} {what}: repetitions skipped, the time budget ran out")
            return True
        return False

    for i, (name, (_, kind)) in enumerate(pages.items()):
        url = page_url(server_url, name)
        out.paint[name] = []
        wanted = reps.paint + (1 if i == 0 else 0)  # the cold visit is reported on its own
        for rep in range(wanted):
            v = visit(
                browser, url, kind, capture=rep == 0, timeout_s=COLD_TIMEOUT_S if i == 0 else 0
            )
            if v.error:
                out.errors.append(f"{name} first paint: {v.error}")
                say(f"  ! {name} first paint: {v.error}")
            if rep == 0:
                out.ws_bytes[name], out.static_bytes[name] = v.ws_bytes, v.static_bytes
            if i == 0 and rep == 0:
                out.cold_paint_s = v.paint_s
            else:
                out.paint[name].append(v.paint_s)
            if rep + 1 < wanted and skip(name, "first paint", v):
                break
        say(
            f"  {name}: first paint {fmt_s(median(out.paint[name]))}, websocket "
            f"{fmt_kb(out.ws_bytes[name])}, static {fmt_kb(out.static_bytes[name])}"
        )
    ctx = browser.new_context(viewport=VIEWPORT)
    try:
        for name, (_, kind) in pages.items():
            url = page_url(server_url, name)
            out.reload[name] = []
            if remaining() < REPEAT_MIN_S or not any(out.paint[name]):
                out.errors.append(f"{name} filter reload: skipped (time budget or failed page)")
                continue
            visit(browser, url, kind, context=ctx)  # warm the context's static cache
            for rep in range(reps.browser_filter):
                v = visit(browser, url + query(filter_state(rep)), kind, ctx)
                if v.error:
                    out.errors.append(f"{name} filter reload: {v.error}")
                    say(f"  ! {name} filter reload: {v.error}")
                out.reload[name].append(v.paint_s)
                if rep + 1 < reps.browser_filter and skip(name, "filter reload", v):
                    break
            say(f"  {name}: filter change in the browser {fmt_s(median(out.reload[name]))}")
    finally:
        ctx.close()
    return out
