"""Cold first paint of every page: a server is started for each page (and for the bare app),
and the first visit after the start is timed, as the first analyst after a restart (or a
deploy) meets it. The dashboard's server (kizuna.serve) reads and validates the CSV tables,
joins the citations to their sources and builds each page's default view while it starts (no
on-disk cache: every start pays for them); a visit that arrives before that is done waits for
it. Rounds are interleaved, page by page, so a noisy neighbour weighs on the bare app and the
pages alike. Appends a table to the report given as argv[1] (`make bench` runs it after
bench/run.py).

    python bench/cold.py bench/results.md
"""

from __future__ import annotations

import shutil
import statistics
import sys
import tempfile
from pathlib import Path

BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH.parent))
sys.path.insert(0, str(BENCH))

import browser as probes  # noqa: E402
from targets import (  # noqa: E402
    BASELINE_APP,
    BASELINE_PAGES,
    COLD_TIMEOUT_S,
    DASHBOARD,
    PAGES,
    PAINT_RATIO,
)

from kizuna.devserver import StreamlitServer  # noqa: E402

ROUNDS = 2


def cold_paint(browser, app: Path, name: str, kind: str, logs: Path) -> tuple[float | None, str]:
    server = StreamlitServer(
        Path(tempfile.mkdtemp(prefix="cold-", dir=logs)),
        None,
        app=app,
        file_watcher=True,
        ready_timeout_s=120,
        poll_s=0.01,
        attempts=1,
    )
    server.start()
    try:
        v = probes.visit(browser, probes.page_url(server.url, name), kind, timeout_s=COLD_TIMEOUT_S)
    finally:
        server.stop()
    return v.paint_s, v.error


def measure() -> tuple[dict[str, list[float]], list[str]]:
    from playwright.sync_api import sync_playwright

    targets = {
        "baseline": (BASELINE_APP, BASELINE_PAGES["baseline"][1]),
        **{name: (DASHBOARD, kind) for name, (_, kind) in PAGES.items()},
    }
    found: dict[str, list[float]] = {name: [] for name in targets}
    errors: list[str] = []
    logs = Path(tempfile.mkdtemp(prefix="kizuna-cold-"))
    try:
        with sync_playwright() as p:
            browser = probes.launch(p)
            for _ in range(ROUNDS):
                for name, (app, kind) in targets.items():
                    paint, error = cold_paint(browser, app, name, kind, logs)
                    if error:
                        errors.append(f"{name}: {error}")
                    elif paint is not None:
                        found[name].append(paint)
                    print(f"  {name}: cold first paint {paint}", flush=True)
            browser.close()
    finally:
        shutil.rmtree(logs, ignore_errors=True)
    return found, errors


def markdown(found: dict[str, list[float]], errors: list[str]) -> str:
    bare = statistics.median(found["baseline"]) if found["baseline"] else None
    lines = [
        "",
        "## Cold first paint of every page (bench/cold.py)",
        "",
        f"A server started for each visit; the first visit after the start timed (median of "
        f"{ROUNDS}, rounds interleaved page by page); shipped data. Target: ≤ {PAINT_RATIO}× "
        "the bare app's own cold first paint.",
        "",
        "| page | cold first paint | ratio to the bare app | target |",
        "|---|---|---|---|",
    ]
    for name, values in found.items():
        if not values:
            lines.append(f"| {name} | — | — | not measured |")
            continue
        paint = statistics.median(values)
        ratio = paint / bare if bare else float("nan")
        verdict = "—" if name == "baseline" else ("met" if ratio <= PAINT_RATIO else "MISSED")
        lines.append(f"| {name} | {paint:.2f} s | {ratio:.2f}× | {verdict} |")
    lines += [f"- error: {e}" for e in errors]
    lines.append("")
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    found, errors = measure()
    text = markdown(found, errors)
    print(text)
    if argv:
        with open(argv[0], "a", encoding="utf-8") as report:
            report.write(text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
