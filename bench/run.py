"""`make bench`: the Kizuna dashboard against a bare Streamlit app, at 1x, 10x, 100x and 1000x data.

Public tools only: the standard library, Playwright driving Debian's Chromium, psutil, and
Streamlit's own AppTest. One table is printed and written to bench/results.md (with the machine
and the date); the raw numbers go to bench/results-<date>.json (ignored by git).

What is measured (every figure is also given as a ratio to the bare app, measured in the same
run with the same procedure):

- start-up: `streamlit run` launched to /_stcore/health answering "ok".
- first paint: a fresh browser context (cold cache, new session) opens the page's URL; the clock
  stops when the first chart is drawn: a Plotly figure laid out with a trace in its SVG (for a
  map, once the land or country paths are drawn from the local topojson), or a Vega chart's
  canvas; the Sources page has no chart, so its first table's canvas counts there. Median of N.
  The very first visit after the server starts also reads the tables: it is reported on its own
  as "cold first paint".
- filter change, server side: AppTest in this process runs dashboard.py and switches to the
  page; then session_state["partner"] / ["years"] are set to the next of four filter states and
  `.run()` is timed (the whole script: shared filters, the page, every chart built and
  serialised). st.cache_data is cleared once per scale, before the first run, so the loader's
  cache is warm as it is in production. Median and p95 of N.
- filter change, browser: in one warm context (static assets cached, as for a returning user),
  the page's URL with the next filter state in its query parameters (?partner=USA&years=2010&..)
  is opened; the clock stops when the first chart is drawn again. This is the path of a shared
  link or a reload with new filters: a new session, one script run on the warm data cache, all
  elements sent and drawn. The bare app's figure is the same reload.
- payload: on the first visit of each page, the bytes of every websocket frame received
  (`page.on("websocket") -> ws.on("framereceived")`) until the script has finished and the socket
  has been quiet for 0.5 s; and, separately, the static assets fetched over HTTP (response body
  sizes as transferred, cold cache: mostly Streamlit's and Plotly's JavaScript, shared by every
  page and cached by the browser after the first).
- memory: peak RSS of the server process and its children (psutil, sampled every 0.1 s from
  start to stop, i.e. after every page was visited several times), and the RSS at the end.
- scale: bench/synth.py replicates the shipped tables 10x, 100x and 1000x into a temp dir that
  the server and AppTest read through KIZUNA_DATA_DIR (the real code path); the 10x dir is
  checked with kizuna.load.load(dir).all_problems() == [] first.

    .venv/bin/python bench/run.py                  # everything (about 10-15 min on 2 cores)
    .venv/bin/python bench/run.py --scales 1 --quick   # a fast look while working
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import json
import os
import platform
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

import psutil

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(BENCH))

import synth  # noqa: E402

from kizuna import export  # noqa: E402

PYTHON = sys.executable
CHROMIUM = os.environ.get("KIZUNA_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = list(export.CHROMIUM_ARGS)
BASELINE_APP = BENCH / "baseline_app.py"
DASHBOARD = ROOT / "dashboard.py"

# page -> (script, what counts as its first paint)
PAGES = {
    "overview": ("app_pages/overview.py", "chart"),
    "partnerships": ("app_pages/partnerships.py", "chart"),
    "exercises": ("app_pages/exercises.py", "chart"),
    "claims": ("app_pages/claims.py", "chart"),
    "sources": ("app_pages/sources.py", "table"),
}
# Filter changes cycle through these; consecutive states always differ.
FILTER_STATES = [
    (("USA", "AUS"), (2010, 2026)),
    (("GBR",), (2000, 2024)),
    ((), (1990, 2026)),
    (("FRA", "ITA"), (2015, 2022)),
]
SCALES = (1, 10, 100, 1000)


@dataclass(frozen=True)
class Reps:
    paint: int  # fresh-context first paints per page
    browser_filter: int  # warm reloads with new filters per page
    server_filter: int  # AppTest filter changes per page


REPS = {
    1: Reps(5, 3, 20),
    10: Reps(2, 2, 10),
    100: Reps(2, 1, 5),
    1000: Reps(1, 1, 3),
}
QUICK = Reps(2, 2, 5)
VISIT_TIMEOUT_S = 90
# the first visit after a start also reads (and validates) the tables
COLD_TIMEOUT_S = 240
RUN_CAP_S = 60  # one warm script run longer than this is reported as a timeout

STARTED = time.perf_counter()
# `make bench` must end within 15 minutes on 2 cores from a fresh clone (the venv install takes
# ~2.5 min of it): past this, pending measurements are skipped
# (reported as such) and a page visit or script run is not waited for beyond it.
BUDGET_S = float(os.environ.get("KIZUNA_BENCH_BUDGET_S", 11.5 * 60))


def remaining() -> float:
    return BUDGET_S - (time.perf_counter() - STARTED)


def say(message: str) -> None:
    print(f"[{time.perf_counter() - STARTED:6.1f}s] {message}", flush=True)


def median(xs):
    xs = [x for x in xs if x is not None]
    return statistics.median(xs) if xs else None


def p95(xs):
    xs = sorted(x for x in xs if x is not None)
    if not xs:
        return None
    if len(xs) == 1:
        return xs[0]
    rank = 0.95 * (len(xs) - 1)
    lo = int(rank)
    hi = min(lo + 1, len(xs) - 1)
    return xs[lo] + (xs[hi] - xs[lo]) * (rank - lo)


# -- the server ---------------------------------------------------------------------------------


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    """`streamlit run` on a free port, with its start-up time and an RSS sampler."""

    def __init__(self, app: Path, data_dir: Path | None, log_dir: Path):
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        env = dict(os.environ)
        env.pop("KIZUNA_DATA_DIR", None)
        if data_dir is not None:
            env["KIZUNA_DATA_DIR"] = str(data_dir)
        self.log_path = log_dir / f"server-{self.port}.log"
        self.log = open(self.log_path, "wb")  # noqa: SIM115
        cmd = [PYTHON, "-m", "streamlit", "run", str(app), "--server.port", str(self.port),
               "--server.address", "127.0.0.1", "--server.headless", "true",
               "--browser.gatherUsageStats", "false"]  # fmt: skip
        started = time.perf_counter()
        self.proc = subprocess.Popen(
            cmd, cwd=ROOT, env=env, stdout=self.log, stderr=subprocess.STDOUT,
            start_new_session=True,
        )  # fmt: skip
        self.peak_rss = 0
        self._stop = threading.Event()
        self._sampler = threading.Thread(target=self._sample, daemon=True)
        self._sampler.start()
        self.startup_s = self._wait_healthy(started)

    def _wait_healthy(self, started: float) -> float:
        deadline = started + 120
        while time.perf_counter() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"server exited: see {self.log_path}\n{self.tail()}")
            try:
                with urllib.request.urlopen(f"{self.url}/_stcore/health", timeout=1) as r:
                    if r.status == 200 and r.read().strip() == b"ok":
                        return time.perf_counter() - started
            except OSError:
                pass
            time.sleep(0.01)
        raise RuntimeError(f"server not healthy after 120 s: {self.log_path}")

    def rss(self) -> int:
        try:
            proc = psutil.Process(self.proc.pid)
            procs = [proc, *proc.children(recursive=True)]
        except psutil.NoSuchProcess:
            return 0
        total = 0
        for p in procs:
            with contextlib.suppress(psutil.NoSuchProcess, psutil.AccessDenied):
                total += p.memory_info().rss
        return total

    def _sample(self) -> None:
        while not self._stop.is_set():
            self.peak_rss = max(self.peak_rss, self.rss())
            self._stop.wait(0.1)

    def tail(self, n: int = 3000) -> str:
        self.log.flush()
        return self.log_path.read_bytes()[-n:].decode("utf-8", "replace")

    def stop(self) -> int:
        end_rss = self.rss()
        self.peak_rss = max(self.peak_rss, end_rss)
        self._stop.set()
        self._sampler.join()
        with contextlib.suppress(ProcessLookupError):
            os.killpg(self.proc.pid, signal.SIGTERM)
        try:
            self.proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            os.killpg(self.proc.pid, signal.SIGKILL)
            self.proc.wait()
        self.log.close()
        return end_rss


# -- the browser --------------------------------------------------------------------------------

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
    ctx = context or browser.new_context(viewport={"width": 1400, "height": 1000})
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


def measure_browser(browser, server: Server, pages: dict, reps: Reps) -> BrowserFigures:
    out = BrowserFigures()

    def skip(name: str, what: str, last: Visit) -> bool:
        if last.error:
            out.errors.append(f"{name} {what}: not repeated after a failed visit")
            return True
        if remaining() < 45:
            out.errors.append(f"{name} {what}: repetitions skipped, the time budget ran out")
            return True
        return False

    for i, (name, (_, kind)) in enumerate(pages.items()):
        url = f"{server.url}/{name}" if name != "baseline" else server.url
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
    ctx = browser.new_context(viewport={"width": 1400, "height": 1000})
    try:
        for name, (_, kind) in pages.items():
            url = f"{server.url}/{name}" if name != "baseline" else server.url
            out.reload[name] = []
            if remaining() < 45 or not any(out.paint[name]):
                out.errors.append(f"{name} filter reload: skipped (time budget or failed page)")
                continue
            visit(browser, url, kind, context=ctx)  # warm the context's static cache
            for rep in range(reps.browser_filter):
                v = visit(browser, url + query(FILTER_STATES[rep % len(FILTER_STATES)]), kind, ctx)
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


# -- server-side script runs (AppTest, in this process) -----------------------------------------


def server_side_worker(app: Path, data_dir: str, n: int, names: list[str], cap: float) -> int:
    """Runs in a child process (`run.py --server-side-worker`): AppTest in-process, one JSON line
    per result. A script run longer than ``cap`` seconds cannot be interrupted (AppTest's
    timeout leaves its thread running), so the worker reports it and exits; the parent starts a
    new worker for the pages left."""
    import streamlit as st
    import streamlit.logger
    from streamlit.testing.v1 import AppTest

    streamlit.logger.set_log_level("error")

    def emit(**kw) -> None:
        print(json.dumps(kw), flush=True)

    if data_dir == "-":
        os.environ.pop("KIZUNA_DATA_DIR", None)
    else:
        os.environ["KIZUNA_DATA_DIR"] = data_dir
    pages = {"baseline": ("", "")} if app == BASELINE_APP else PAGES
    st.cache_data.clear()  # once: every run below finds the loader's cache as production does
    for name in names:
        script = pages[name][0]
        try:
            at = AppTest.from_file(str(app), default_timeout=COLD_TIMEOUT_S)
            started = time.perf_counter()
            at.run()
            if name not in ("baseline", "overview"):
                at.switch_page(script).run()
            emit(page=name, first_run=time.perf_counter() - started)
            at.default_timeout = cap
            for rep in range(n):
                if name != "baseline":
                    partners, years = FILTER_STATES[rep % len(FILTER_STATES)]
                    at.session_state["partner"] = list(partners)
                    at.session_state["years"] = years
                started = time.perf_counter()
                at.run()
                took = time.perf_counter() - started
                if at.exception:
                    emit(page=name, error=str(at.exception[0].value)[:200])
                    break
                emit(page=name, run=took)
        except RuntimeError as e:  # AppTest's timeout: its script thread is still running
            emit(page=name, error=f"{str(e)[:120]} (cap {cap:g} s)", done=True)
            sys.stdout.flush()
            os._exit(3)
        emit(page=name, done=True)
    return 0


def measure_server_side(app: Path, pages: dict, data_dir: Path | None, n: int, cap: float) -> dict:
    """Filter-change script runs, timed by AppTest in a worker process (see the docstring)."""
    out = {"runs": {p: [] for p in pages}, "cold_s": None, "errors": []}
    left = list(pages)
    while left:
        if remaining() < 30:
            out["errors"].append(f"server-side runs of {', '.join(left)}: time budget ran out")
            break
        cmd = [PYTHON, __file__, "--server-side-worker", str(app),
               str(data_dir) if data_dir is not None else "-", str(n), ",".join(left),
               str(cap)]  # fmt: skip
        worker = subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.PIPE, text=True,
                                  stderr=subprocess.DEVNULL, start_new_session=True)  # fmt: skip
        lines: list[str] = []
        reader = threading.Thread(
            target=lambda w=worker, out=lines: out.extend(w.stdout), daemon=True
        )
        reader.start()
        reader.join(timeout=max(remaining(), 30))
        if reader.is_alive():
            out["errors"].append("server-side runs stopped: the time budget ran out")
            with contextlib.suppress(ProcessLookupError):
                os.killpg(worker.pid, signal.SIGKILL)
            reader.join()
            left = []
        worker.wait()
        progressed = False
        for line in lines:
            with contextlib.suppress(ValueError):
                row = json.loads(line)
                name = row["page"]
                if "first_run" in row and out["cold_s"] is None:
                    out["cold_s"] = row["first_run"]
                if "run" in row:
                    out["runs"][name].append(row["run"])
                if "error" in row:
                    out["errors"].append(f"{name} server side: {row['error']}")
                    say(f"  ! {name} server side: {row['error']}")
                if row.get("done") and name in left:
                    left.remove(name)
                    progressed = True
        if not progressed:
            out["errors"].append(f"server-side worker failed on {', '.join(left)}")
            break
    for name, runs in out["runs"].items():
        say(f"  {name}: server-side filter change {fmt_ms(median(runs))} (p95 {fmt_ms(p95(runs))}"
            f", {len(runs)} runs)")  # fmt: skip
    return out


# -- one scale ----------------------------------------------------------------------------------


def run_scale(browser, app: Path, pages: dict, data_dir: Path | None, reps: Reps, logs: Path):
    server = Server(app, data_dir, logs)
    say(f"  server accepting connections after {server.startup_s:.2f} s (port {server.port})")
    try:
        figures = measure_browser(browser, server, pages, reps)
    finally:
        end_rss = server.stop()
    say(f"  server peak RSS {server.peak_rss / 2**20:.0f} MB (at the end {end_rss / 2**20:.0f} MB)")
    side = measure_server_side(app, pages, data_dir, reps.server_filter, RUN_CAP_S)
    for e in side["errors"]:
        say(f"  ! {e}")
    return {
        "startup_s": server.startup_s,
        "cold_paint_s": figures.cold_paint_s,
        "paint_s": figures.paint,
        "reload_s": figures.reload,
        "ws_bytes": figures.ws_bytes,
        "static_bytes": figures.static_bytes,
        "peak_rss": server.peak_rss,
        "end_rss": end_rss,
        "server_runs_s": side["runs"],
        "cold_run_s": side["cold_s"],
        "errors": figures.errors + side["errors"],
        "reps": reps.__dict__,
    }


# -- report -------------------------------------------------------------------------------------


def fmt_s(x):
    return "—" if x is None else f"{x:.2f} s"


def fmt_ms(x):
    return "—" if x is None else f"{x * 1000:.0f} ms"


def fmt_kb(x):
    if x is None:
        return "—"
    return f"{x / 2**20:.2f} MB" if x >= 2**20 else f"{x / 1024:.0f} KB"


def fmt_mb(x):
    return "—" if x is None else f"{x / 2**20:.0f} MB"


def machine() -> dict:
    cpu = platform.processor() or ""
    with contextlib.suppress(OSError):
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    import pandas
    import plotly
    import streamlit

    return {
        "date": dt.datetime.now().astimezone().isoformat(timespec="seconds"),
        "os": platform.platform(),
        "cpu": f"{cpu}, {psutil.cpu_count()} cores",
        "memory": f"{psutil.virtual_memory().total / 2**30:.0f} GiB",
        "python": platform.python_version(),
        "versions": f"streamlit {streamlit.__version__}, pandas {pandas.__version__}, "
        f"plotly {plotly.__version__}",
        "load_before": " ".join(f"{x:.2f}" for x in os.getloadavg()),
    }


def build_report(results: dict, info: dict) -> str:
    base = results["baseline"]
    scales = [s for s in SCALES if str(s) in results["scales"]]
    sc = {s: results["scales"][str(s)] for s in scales}
    head = ["measure", "page", "bare app"] + [f"{s}×" for s in scales]
    if len(scales) > 1:
        head.append(f"growth {scales[0]}×→{scales[-1]}×")
    rows = []

    def add(measure, page, base_value, values, fmt):
        cells = [measure, page, fmt(base_value)]
        for v in values:
            ratio = f" ({v / base_value:.1f}×)" if v is not None and base_value else ""
            cells.append(fmt(v) + ratio)
        if len(values) > 1:
            first, last = values[0], values[-1]
            cells.append(f"×{last / first:.1f}" if first and last is not None else "—")
        rows.append(cells)

    add("server accepting connections", "—", base["startup_s"],
        [sc[s]["startup_s"] for s in scales], fmt_s)  # fmt: skip
    add("cold first paint (first visit, reads the tables)", "overview", base["cold_paint_s"],
        [sc[s]["cold_paint_s"] for s in scales], fmt_s)  # fmt: skip
    b_paint = median(base["paint_s"]["baseline"])
    for p in PAGES:
        add("first paint, median", p, b_paint,
            [median(sc[s]["paint_s"].get(p, [])) for s in scales], fmt_s)  # fmt: skip
    b_run = base["server_runs_s"]["baseline"]
    for p in PAGES:
        add("filter change, server side, median", p, median(b_run),
            [median(sc[s]["server_runs_s"].get(p, [])) for s in scales], fmt_ms)  # fmt: skip
    for p in PAGES:
        add("filter change, server side, p95", p, p95(b_run),
            [p95(sc[s]["server_runs_s"].get(p, [])) for s in scales], fmt_ms)  # fmt: skip
    b_reload = median(base["reload_s"]["baseline"])
    for p in PAGES:
        add("filter change, browser (reload with new filters), median", p, b_reload,
            [median(sc[s]["reload_s"].get(p, [])) for s in scales], fmt_s)  # fmt: skip
    for p in PAGES:
        add("payload: websocket bytes received", p, base["ws_bytes"]["baseline"],
            [sc[s]["ws_bytes"].get(p) for s in scales], fmt_kb)  # fmt: skip
    for p in PAGES:
        add("payload: static assets fetched (cold cache)", p, base["static_bytes"]["baseline"],
            [sc[s]["static_bytes"].get(p) for s in scales], fmt_kb)  # fmt: skip
    add("peak RSS of the server (with children)", "all", base["peak_rss"],
        [sc[s]["peak_rss"] for s in scales], fmt_mb)  # fmt: skip
    add("data load (first script run, AppTest, cold cache)", "overview", base["cold_run_s"],
        [sc[s]["cold_run_s"] for s in scales], fmt_s)  # fmt: skip
    rows.append(["rows in the tables", "—", "—"]
                + [f"{sc[s]['rows']:,}" for s in scales]
                + ([f"×{sc[scales[-1]]['rows'] / sc[scales[0]]['rows']:.0f}"]
                   if len(scales) > 1 else []))  # fmt: skip

    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    lines += ["| " + " | ".join(str(c) for c in r) + " |" for r in rows]
    table = "\n".join(lines)

    targets = evaluate_targets(results, scales)
    reps = ", ".join(
        f"{s}×: paint {sc[s]['reps']['paint']}, browser filter {sc[s]['reps']['browser_filter']}"
        f", server filter {sc[s]['reps']['server_filter']}"
        for s in scales
    )
    errors = [f"- {s}×: {e}" for s in scales for e in sc[s]["errors"]]
    errors += [f"- bare app: {e}" for e in base["errors"]]
    out = [
        "# Kizuna benchmark",
        "",
        f"Run {info['date']} by `make bench` (bench/run.py). Machine: {info['cpu']}, "
        f"{info['memory']}, {info['os']}; Python {info['python']}, {info['versions']}, "
        f"{info.get('chromium', 'Chromium')}. Load average before {info['load_before']}, "
        f"after {info.get('load_after', '?')}; other work on the machine makes the numbers "
        "noisy, so compare ratios to the bare app, which was measured in the same run.",
        "",
        "Ratios in brackets are to the bare app (one Plotly bar chart, bench/baseline_app.py); "
        "the last column is how the figure grows from the shipped data to the largest scale. "
        "Scales are the shipped row counts times N (bench/synth.py, read through "
        "KIZUNA_DATA_DIR). How each figure is measured is in bench/run.py's docstring.",
        "",
        table,
        "",
        f"Repetitions per page: {reps}; total time {results['total_s']:.0f} s.",
        "",
        "## Targets",
        "",
        *[f"- **{_status(ok)}**: {text}" for ok, text in targets],
    ]
    errors += [
        f"- {s}×: not measured, the time budget ran out first" for s in results.get("skipped", [])
    ]
    if errors:
        out += ["", "## Errors, timeouts and skipped measurements", "", *errors]
    return "\n".join(out) + "\n"


def _status(ok: bool | None) -> str:
    return "not measured" if ok is None else "met" if ok else "MISSED"


def evaluate_targets(results: dict, scales: list[int]) -> list[tuple[bool | None, str]]:
    base = results["baseline"]
    sc = {s: results["scales"][str(s)] for s in scales}
    out = []
    b_paint = median(base["paint_s"]["baseline"])
    for s in scales:
        paints = {p: median(sc[s]["paint_s"].get(p, [])) for p in PAGES}
        worst = max(paints, key=lambda p: paints[p] if paints[p] is not None else float("inf"))
        w = paints[worst]
        ok = w is not None and w <= 1.3 * b_paint
        out.append((ok, f"first paint ≤ 1.3× the bare app's at {s}×: slowest page {worst} "
                        f"{fmt_s(w)} = {w / b_paint if w else float('nan'):.2f}× "
                        f"({fmt_s(b_paint)} bare)"))  # fmt: skip
    for s, limit in ((1, 0.150), (1000, 0.500)):
        if s not in sc:
            out.append((None, f"warm filter change ≤ {limit * 1000:.0f} ms server-side at {s}×"))
            continue
        meds = {p: median(sc[s]["server_runs_s"].get(p, [])) for p in PAGES}
        bad = {p: m for p, m in meds.items() if m is None or m > limit}
        worst = max(meds, key=lambda p: meds[p] if meds[p] is not None else float("inf"))
        out.append((not bad, f"warm filter change ≤ {limit * 1000:.0f} ms server-side at {s}× "
                             f"(median): slowest {worst} {fmt_ms(meds[worst])}"
                             + (f"; over: {', '.join(bad)}" if bad else "")))  # fmt: skip
    for s in scales:
        ws = sc[s]["ws_bytes"]
        worst = max(ws, key=ws.get)
        ok = all(v <= 2**20 for v in ws.values())
        out.append((ok, f"payload ≤ 1 MB per page at {s}× (websocket bytes; static assets are "
                        f"listed apart): largest {worst} {fmt_kb(ws[worst])}"))  # fmt: skip
    for s, limit in ((1, 400 * 2**20), (1000, 2 * 2**30)):
        if s in sc:
            rss = sc[s]["peak_rss"]
            out.append((rss <= limit, f"peak RSS ≤ {fmt_mb(limit)} at {s}×: {fmt_mb(rss)}"))
        else:
            out.append((None, f"peak RSS ≤ {fmt_mb(limit)} at {s}×"))
    for s in SCALES:
        if s not in sc:
            out.append((None, f"first paint and payload targets at {s}×"))
    return out


# -- main ---------------------------------------------------------------------------------------


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scales", default=",".join(map(str, SCALES)))
    parser.add_argument("--quick", action="store_true", help="fewer repetitions")
    parser.add_argument("--out", default=str(BENCH / "results.md"))
    parser.add_argument("--server-side-worker", nargs=5, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.server_side_worker:
        app, data, n, names, cap = args.server_side_worker
        os.chdir(ROOT)
        return server_side_worker(Path(app), data, int(n), names.split(","), float(cap))
    scales = [int(s) for s in args.scales.split(",")]

    # `timeout` or Ctrl-C: unwind through the finally blocks, which stop the servers.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
    os.chdir(ROOT)  # the servers and AppTest read .streamlit/config.toml from here
    import streamlit.logger

    streamlit.logger.set_log_level("error")
    from playwright.sync_api import sync_playwright

    info = machine()
    say(f"Kizuna benchmark: scales {scales}; {info['cpu']}, load {info['load_before']}")
    work = Path(tempfile.mkdtemp(prefix="kizuna-bench-"))
    results: dict = {"machine": info, "scales": {}}
    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            info["chromium"] = f"Chromium {browser.version}"
            say("bare app (bench/baseline_app.py)")
            base_pages = {"baseline": ("", "chart")}
            reps = QUICK if args.quick else REPS[1]
            results["baseline"] = run_scale(browser, BASELINE_APP, base_pages, None, reps, work)
            order = dict(PAGES)
            for s in scales:
                reps = QUICK if args.quick else REPS[s]
                if remaining() < 150:
                    say(f"{s}×: skipped, the time budget ({BUDGET_S:.0f} s) ran out")
                    results["skipped"] = results.get("skipped", []) + [s]
                    continue
                if s == 1:
                    data_dir = synth.DEFAULT_DATA_DIR
                    rows = sum(len(synth.read(data_dir / t.file)) for t in synth.TABLES.values())
                else:
                    data_dir = work / f"data-{s}x"
                    started = time.perf_counter()
                    rows = sum(synth.generate(s, data_dir).values())
                    say(f"{s}×: wrote {rows:,} rows in {time.perf_counter() - started:.1f} s")
                    if s == 10:
                        from kizuna.load import load

                        problems = load(data_dir).all_problems()
                        say(f"{s}×: kizuna.load.load(dir).all_problems() -> {len(problems)}")
                        if problems:
                            for problem in problems[:20]:
                                say(f"  {problem}")
                            raise SystemExit("synthetic data is not schema-valid")
                say(f"{s}× data ({rows:,} rows)")
                figures = run_scale(browser, DASHBOARD, order, data_dir, reps, work)
                figures["rows"] = rows
                results["scales"][str(s)] = figures
                # Next scale: overview first (its first visit is the cold one), then the pages
                # from fastest to slowest, so that a page that times out is the last waited for.
                runs = figures["server_runs_s"]
                rest = sorted(
                    (p for p in PAGES if p != "overview"),
                    key=lambda p: median(runs.get(p, [])) or float("inf"),
                )
                order = {p: PAGES[p] for p in ["overview", *rest]}
                if s != 1:
                    shutil.rmtree(data_dir, ignore_errors=True)
            browser.close()
    finally:
        shutil.rmtree(work, ignore_errors=True)
    info["load_after"] = " ".join(f"{x:.2f}" for x in os.getloadavg())
    results["total_s"] = time.perf_counter() - STARTED
    report = build_report(results, info)
    print()
    print(report)
    Path(args.out).write_text(report, encoding="utf-8")
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    (BENCH / f"results-{stamp}.json").write_text(json.dumps(results, indent=1, default=str))
    say(f"written {args.out} and bench/results-{stamp}.json")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
