"""Filter changes, server side: script reruns timed by Streamlit's AppTest in a worker process.

measure() (in the benchmark) starts the worker and reads what it prints; the worker is this
file run as a script, one JSON line per result:

    python bench/apptest_worker.py APP DATA_DIR|- RUNS PAGE[,PAGE..] CAP_S

For each page it runs dashboard.py and switches to the page (timed once: the first run, the
only one on a cold cache), then sets session_state["partner"] / ["years"] to targets.filter_state
i for n states never asked for (each view is built: "new"), then the same n states again (each
view is a lookup in the cache every session shares: "repeated"), timing each `.run()`.
st.cache_data is cleared once, before the first run, so the loader's cache is warm as it is in
production. A run longer than CAP_S cannot be interrupted (AppTest's timeout leaves its thread
running), so the worker reports it and exits; measure() starts a new worker for the pages left.
"""

from __future__ import annotations

import contextlib
import json
import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

from clock import remaining, say
from report import fmt_ms, median, p95
from targets import BASELINE_APP, COLD_TIMEOUT_S, PAGES, ROOT, WORKER_MIN_S, filter_state


def measure(app: Path, pages: dict, data_dir: Path | None, n: int, cap: float) -> dict:
    """{"runs": {page: [s, ..]}, "cold_s": first run of the first page, "errors": [..]}."""
    out = {
        "new": {p: [] for p in pages},
        "repeated": {p: [] for p in pages},
        "cold_s": None,
        "errors": [],
    }
    left = list(pages)
    while left:
        if remaining() < WORKER_MIN_S:
            out["errors"].append(f"server-side runs of {', '.join(left)}: time budget ran out")
            break
        cmd = [
            sys.executable,
            __file__,
            str(app),
            str(data_dir) if data_dir is not None else "-",
            str(n),
            ",".join(left),
            str(cap),
        ]
        worker = subprocess.Popen(
            cmd,
            cwd=ROOT,
            stdout=subprocess.PIPE,
            text=True,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
        )
        lines: list[str] = []
        reader = threading.Thread(
            target=lambda w=worker, out=lines: out.extend(w.stdout), daemon=True
        )
        reader.start()
        reader.join(timeout=max(remaining(), WORKER_MIN_S))
        out_of_time = reader.is_alive()
        if out_of_time:
            out["errors"].append("server-side runs stopped: the time budget ran out")
            with contextlib.suppress(ProcessLookupError):
                os.killpg(worker.pid, signal.SIGKILL)
            reader.join()
        worker.wait()
        progressed = False
        for line in lines:
            with contextlib.suppress(ValueError):
                row = json.loads(line)
                name = row["page"]
                if "first_run" in row and out["cold_s"] is None:
                    out["cold_s"] = row["first_run"]
                for kind in ("new", "repeated"):
                    if kind in row:
                        out[kind][name].append(row[kind])
                if "error" in row:
                    out["errors"].append(f"{name} server side: {row['error']}")
                    say(f"  ! {name} server side: {row['error']}")
                if row.get("done") and name in left:
                    left.remove(name)
                    progressed = True
        if not progressed:  # `left` is still the pages this worker did not finish
            out["errors"].append(f"server-side worker failed on {', '.join(left)}")
            break
        if out_of_time:
            break
    for name in pages:
        new, again = out["new"][name], out["repeated"][name]
        say(
            f"  {name}: server-side filter change, new view {fmt_ms(median(new))} (p95 "
            f"{fmt_ms(p95(new))}), repeated {fmt_ms(median(again))} (p95 {fmt_ms(p95(again))}), "
            f"{len(new)}+{len(again)} runs"
        )
    return out


def emit(**row) -> None:
    print(json.dumps(row), flush=True)


def work(app: Path, data_dir: str, n: int, names: list[str], cap: float) -> int:
    import streamlit as st
    import streamlit.logger
    from streamlit.testing.v1 import AppTest

    streamlit.logger.set_log_level("error")
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
            # n filter states never seen before (each view built), then the same n again
            # (each view a lookup in the cache every session shares).
            for rep in range(2 * n):
                if name != "baseline":
                    partners, years = filter_state(rep % n)
                    at.session_state["partner"] = list(partners)
                    at.session_state["years"] = years
                started = time.perf_counter()
                at.run()
                took = time.perf_counter() - started
                if at.exception:
                    emit(page=name, error=str(at.exception[0].value)[:200])
                    break
                emit(page=name, **{"new" if rep < n else "repeated": took})
        except RuntimeError as e:  # AppTest's timeout: its script thread is still running
            emit(page=name, error=f"{str(e)[:120]} (cap {cap:g} s)", done=True)
            sys.stdout.flush()
            os._exit(3)
        emit(page=name, done=True)
    return 0


if __name__ == "__main__":
    app, data, runs, names, cap = sys.argv[1:6]
    sys.path.insert(0, str(ROOT))
    os.chdir(ROOT)  # AppTest reads .streamlit/config.toml from here
    raise SystemExit(work(Path(app), data, int(runs), names.split(","), float(cap)))
