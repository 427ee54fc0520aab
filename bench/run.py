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

Where things are: the pages, scales, repetitions, time budget and targets are data in
bench/targets.py; the browser probes in bench/browser.py; the AppTest reruns in
bench/apptest_worker.py; statistics and the report in bench/report.py; the server is
kizuna.devserver's, with bench/memory.py sampling its RSS. This file only runs them in order.

    .venv/bin/python bench/run.py                  # everything (about 20 min on 2 cores)
    .venv/bin/python bench/run.py --scales 1 --quick   # a fast look while working
    .venv/bin/python bench/run.py --scales 1 --quick --pages overview --out /tmp/r.md  # smoke
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import shutil
import signal
import sys
import tempfile
import time
from pathlib import Path

BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH.parent))
sys.path.insert(0, str(BENCH))

import apptest_worker  # noqa: E402
import browser as probes  # noqa: E402
import report  # noqa: E402
import synth  # noqa: E402
from clock import elapsed, remaining, say  # noqa: E402
from memory import RssSampler  # noqa: E402
from targets import (  # noqa: E402
    BASELINE_APP,
    BASELINE_PAGES,
    BUDGET_S,
    COLD_TIMEOUT_S,
    DASHBOARD,
    PAGES,
    QUICK,
    REPS,
    ROOT,
    RUN_CAP_S,
    SCALE_MIN_S,
    SCALES,
    Reps,
)

from kizuna.devserver import StreamlitServer  # noqa: E402


def run_scale(browser, app: Path, pages: dict, data_dir: Path | None, reps: Reps, logs: Path):
    """One server on one data folder: browser figures and memory, then AppTest's reruns."""
    server = StreamlitServer(
        Path(tempfile.mkdtemp(prefix="server-", dir=logs)),
        data_dir,
        app=app,
        file_watcher=True,
        # the server validates the tables and builds the Overview's view before it listens:
        # at 1000x the rows, longer than two minutes on its first start
        ready_timeout_s=COLD_TIMEOUT_S,
        poll_s=0.01,
        attempts=1,
    )
    memory = RssSampler(server)  # from the launch on
    try:
        server.start()
        say(f"  server accepting connections after {server.startup_s:.2f} s (port {server.port})")
        figures = probes.measure(browser, server.url, pages, reps)
    finally:
        end_rss = memory.stop()
        server.stop()
    say(f"  server peak RSS {memory.peak / 2**20:.0f} MB (at the end {end_rss / 2**20:.0f} MB)")
    side = apptest_worker.measure(app, pages, data_dir, reps.server_filter, RUN_CAP_S)
    for e in side["errors"]:
        say(f"  ! {e}")
    return {
        "startup_s": server.startup_s,
        "cold_paint_s": figures.cold_paint_s,
        "paint_s": figures.paint,
        "reload_s": figures.reload,
        "ws_bytes": figures.ws_bytes,
        "static_bytes": figures.static_bytes,
        "peak_rss": memory.peak,
        "end_rss": end_rss,
        "server_new_s": side["new"],
        "server_repeated_s": side["repeated"],
        "cold_run_s": side["cold_s"],
        "errors": figures.errors + side["errors"],
        "reps": reps.__dict__,
    }


def scale_data(scale: int, work: Path) -> tuple[Path, int]:
    """The data folder at ``scale`` times the shipped rows, and its row count."""
    if scale == 1:
        data_dir = synth.DEFAULT_DATA_DIR
        return data_dir, sum(len(synth.read(data_dir / t.file)) for t in synth.TABLES.values())
    data_dir = work / f"data-{scale}x"
    started = time.perf_counter()
    rows = sum(synth.generate(scale, data_dir).values())
    say(f"{scale}×: wrote {rows:,} rows in {time.perf_counter() - started:.1f} s")
    if scale == 10:
        from kizuna.load import load

        problems = load(data_dir).all_problems()
        say(f"{scale}×: kizuna.load.load(dir).all_problems() -> {len(problems)}")
        if problems:
            for problem in problems[:20]:
                say(f"  {problem}")
            raise SystemExit("synthetic data is not schema-valid")
    return data_dir, rows


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scales", default=",".join(map(str, SCALES)))
    parser.add_argument("--quick", action="store_true", help="fewer repetitions")
    parser.add_argument("--pages", default=",".join(PAGES), help="a subset, for a smoke run")
    parser.add_argument("--out", default=str(BENCH / "results.md"))
    args = parser.parse_args()
    scales = [int(s) for s in args.scales.split(",")]
    chosen = [p for p in PAGES if p in args.pages.split(",")]  # overview first if chosen
    if not chosen:
        parser.error(f"--pages: choose among {', '.join(PAGES)}")

    # `timeout` or Ctrl-C: unwind through the finally blocks, which stop the servers.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
    os.chdir(ROOT)  # the servers and AppTest read .streamlit/config.toml from here
    import streamlit.logger

    streamlit.logger.set_log_level("error")
    from playwright.sync_api import sync_playwright

    info = report.machine()
    say(f"Kizuna benchmark: scales {scales}; {info['cpu']}, load {info['load_before']}")
    work = Path(tempfile.mkdtemp(prefix="kizuna-bench-"))
    results: dict = {"machine": info, "pages": chosen, "scales": {}}
    try:
        with sync_playwright() as p:
            browser = probes.launch(p)
            info["chromium"] = f"Chromium {browser.version}"
            say("bare app (bench/baseline_app.py)")
            reps = QUICK if args.quick else REPS[1]
            results["baseline"] = run_scale(browser, BASELINE_APP, BASELINE_PAGES, None, reps, work)
            order = {p: PAGES[p] for p in chosen}
            for s in scales:
                reps = QUICK if args.quick else REPS[s]
                if remaining() < SCALE_MIN_S:
                    say(f"{s}×: skipped, the time budget ({BUDGET_S:.0f} s) ran out")
                    results["skipped"] = results.get("skipped", []) + [s]
                    continue
                data_dir, rows = scale_data(s, work)
                say(f"{s}× data ({rows:,} rows)")
                try:
                    figures = run_scale(browser, DASHBOARD, order, data_dir, reps, work)
                except RuntimeError as e:  # the server did not start: a result, not a crash
                    say(f"  ! {s}×: {str(e).splitlines()[0]}")
                    results["failed"] = results.get("failed", []) + [
                        f"{s}×: the server did not start: {str(e).splitlines()[0]}"
                    ]
                    continue
                figures["rows"] = rows
                results["scales"][str(s)] = figures
                # Next scale: overview first (its first visit is the cold one), then the pages
                # from fastest to slowest, so that a page that times out is the last waited for.
                runs = figures["server_new_s"]
                rest = sorted(
                    chosen[1:], key=lambda p: report.median(runs.get(p, [])) or float("inf")
                )
                order = {p: PAGES[p] for p in [chosen[0], *rest]}
                if s != 1:
                    shutil.rmtree(data_dir, ignore_errors=True)
            browser.close()
    finally:
        shutil.rmtree(work, ignore_errors=True)
    info["load_after"] = report.load_average()
    results["total_s"] = elapsed()
    text = report.build_report(results, info)
    print()
    print(text)
    Path(args.out).write_text(text, encoding="utf-8")
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    (BENCH / f"results-{stamp}.json").write_text(json.dumps(results, indent=1, default=str))
    say(f"written {args.out} and bench/results-{stamp}.json")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
