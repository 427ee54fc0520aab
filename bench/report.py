"""Statistics and the Markdown report (bench/results.md) of a benchmark run."""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import platform
import statistics
from pathlib import Path

import psutil
from targets import (
    BENCH,
    NEW_VIEW_S,
    PAGES,
    PAINT_RATIO,
    PAYLOAD_BYTES,
    PEAK_RSS_BYTES,
    REPEATED_VIEW_S,
    SCALES,
    TARGET_SCALES,
)

# -- statistics ---------------------------------------------------------------------------------


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


# -- formats ------------------------------------------------------------------------------------


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


def load_average() -> str:
    return " ".join(f"{x:.2f}" for x in os.getloadavg())


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
        "load_before": load_average(),
    }


# -- the report ---------------------------------------------------------------------------------


# What was tried for each missed target, what it cost and what would be next (hand-written).
ANALYSIS = BENCH / "analysis.md"


def build_report(results: dict, info: dict) -> str:
    base = results["baseline"]
    pages = results.get("pages", list(PAGES))  # the first is the one visited cold
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

    add(
        "server accepting connections",
        "—",
        base["startup_s"],
        [sc[s]["startup_s"] for s in scales],
        fmt_s,
    )
    add(
        "cold first paint (first visit, reads the tables)",
        pages[0],
        base["cold_paint_s"],
        [sc[s]["cold_paint_s"] for s in scales],
        fmt_s,
    )
    b_paint = median(base["paint_s"]["baseline"])
    for p in pages:
        add(
            "first paint, median",
            p,
            b_paint,
            [median(sc[s]["paint_s"].get(p, [])) for s in scales],
            fmt_s,
        )
    for kind, label in (("new", "to a new view"), ("repeated", "to a view asked for before")):
        b_run = base[f"server_{kind}_s"]["baseline"]
        for stat, fn in (("median", median), ("p95", p95)):
            for p in pages:
                add(
                    f"filter change {label}, server side, {stat}",
                    p,
                    fn(b_run),
                    [fn(sc[s][f"server_{kind}_s"].get(p, [])) for s in scales],
                    fmt_ms,
                )
    b_reload = median(base["reload_s"]["baseline"])
    for p in pages:
        add(
            "filter change, browser (reload with new filters), median",
            p,
            b_reload,
            [median(sc[s]["reload_s"].get(p, [])) for s in scales],
            fmt_s,
        )
    for p in pages:
        add(
            "payload: websocket bytes received",
            p,
            base["ws_bytes"]["baseline"],
            [sc[s]["ws_bytes"].get(p) for s in scales],
            fmt_kb,
        )
    for p in pages:
        add(
            "payload: static assets fetched (cold cache)",
            p,
            base["static_bytes"]["baseline"],
            [sc[s]["static_bytes"].get(p) for s in scales],
            fmt_kb,
        )
    add(
        "peak RSS of the server (with children)",
        "all",
        base["peak_rss"],
        [sc[s]["peak_rss"] for s in scales],
        fmt_mb,
    )
    add(
        "data load (first script run, AppTest, cold cache)",
        pages[0],
        base["cold_run_s"],
        [sc[s]["cold_run_s"] for s in scales],
        fmt_s,
    )
    rows.append(
        ["rows in the tables", "—", "—"]
        + [f"{sc[s]['rows']:,}" for s in scales]
        + ([f"×{sc[scales[-1]]['rows'] / sc[scales[0]]['rows']:.0f}"] if len(scales) > 1 else [])
    )

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
    ] + [f"- {failure}" for failure in results.get("failed", [])]
    if errors:
        out += ["", "## Errors, timeouts and skipped measurements", "", *errors]
    if ANALYSIS.exists():  # the engineers' reading of the misses, kept beside the numbers
        out += ["", ANALYSIS.read_text(encoding="utf-8").strip()]
    return "\n".join(out) + "\n"


def _status(ok: bool | None) -> str:
    return "not measured" if ok is None else "met" if ok else "MISSED"


def evaluate_targets(results: dict, scales: list[int]) -> list[tuple[bool | None, str]]:
    """targets.py's targets against the figures: (met, or None if not measured; the line)."""
    base = results["baseline"]
    pages = results.get("pages", list(PAGES))
    sc = {s: results["scales"][str(s)] for s in scales}
    out = []
    b_paint = median(base["paint_s"]["baseline"])
    held = [s for s in TARGET_SCALES if s in sc]
    for s in held:
        paints = {p: median(sc[s]["paint_s"].get(p, [])) for p in pages}
        worst = max(paints, key=lambda p: paints[p] if paints[p] is not None else float("inf"))
        w = paints[worst]
        ok = w is not None and w <= PAINT_RATIO * b_paint
        out.append(
            (
                ok,
                f"first paint ≤ {PAINT_RATIO:g}× the bare app's at {s}×: slowest page "
                f"{worst} {fmt_s(w)} = {w / b_paint if w else float('nan'):.2f}× "
                f"({fmt_s(b_paint)} bare)",
            )
        )
    checks = [("new", s, limit) for s, limit in NEW_VIEW_S.items()]
    checks += [("repeated", s, REPEATED_VIEW_S) for s in TARGET_SCALES]
    for kind, s, limit in checks:
        what = "new view" if kind == "new" else "view asked for before"
        if s not in sc:
            out.append((None, f"filter change to a {what} ≤ {limit * 1000:.0f} ms at {s}×"))
            continue
        meds = {p: median(sc[s][f"server_{kind}_s"].get(p, [])) for p in pages}
        bad = {p: m for p, m in meds.items() if m is None or m > limit}
        worst = max(meds, key=lambda p: meds[p] if meds[p] is not None else float("inf"))
        out.append(
            (
                not bad,
                f"filter change to a {what} ≤ {limit * 1000:.0f} ms server-side at {s}× "
                f"(median): slowest {worst} {fmt_ms(meds[worst])}"
                + (f"; over: {', '.join(bad)}" if bad else ""),
            )
        )
    for s in held:
        ws = sc[s]["ws_bytes"]
        painted = {p for p, runs in sc[s]["paint_s"].items() if runs}
        ws = {p: v for p, v in ws.items() if p in painted}  # a page that never drew sent little
        if not ws:
            what = f"payload ≤ {PAYLOAD_BYTES / 2**20:g} MB per page at {s}× (no page painted)"
            out.append((None, what))
            continue
        worst = max(ws, key=ws.get)
        ok = all(v <= PAYLOAD_BYTES for v in ws.values())
        out.append(
            (
                ok,
                f"payload ≤ {PAYLOAD_BYTES / 2**20:g} MB per page at {s}× (websocket "
                f"bytes; static assets are listed apart): largest {worst} "
                f"{fmt_kb(ws[worst])}",
            )
        )
    for s, limit in PEAK_RSS_BYTES.items():
        if s in sc:
            rss = sc[s]["peak_rss"]
            out.append((rss <= limit, f"peak RSS ≤ {fmt_mb(limit)} at {s}×: {fmt_mb(rss)}"))
        else:
            out.append((None, f"peak RSS ≤ {fmt_mb(limit)} at {s}×"))
    for s in TARGET_SCALES:
        if s not in sc:
            out.append((None, f"first paint and payload targets at {s}×"))
    return out
