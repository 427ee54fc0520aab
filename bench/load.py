"""Sessions per core: many Streamlit sessions against ONE `streamlit run`, without a browser each.

    .venv/bin/python bench/load.py artifacts/load.md      # appends a table, prints it (1-3 min)
    .venv/bin/python bench/load.py out.md --sessions 1,5,10 --seconds 10 --interval 5
    .venv/bin/python bench/load.py out.md --root /tmp/snapshot   # serve another copy of the app
    .venv/bin/python bench/load.py out.md --popular 20   # sessions share 20 filter states

Each simulated session speaks Streamlit's own websocket protocol, as the browser's frontend
does (messages from `streamlit.proto`, over the `websockets` package Streamlit already needs):

- it connects to `/_stcore/stream` (subprotocol `streamlit`, same-origin `Origin` header) and
  sends a `BackMsg.rerun_script` with the page (Overview or Exercises, alternately) and a
  shared link's query string (`partner=ITA&years=2015&years=2024`): a first visit, a new
  session; that first run is reported on its own;
- then, every ~2 s (`--interval`, jittered), it changes the filters the way a user's click does: a
  `rerun_script` carrying the new widget states of the sidebar's partner multiselect (its
  formatted labels, `string_array_value`) and year slider (`double_array_value`), the page's
  script hash and the matching query string. The widget ids and options come from the
  session's own first run (the `multiselect` / `slider` elements it received), so nothing
  here hard-codes the app's keys beyond `partner` and `years`;
- latency = the `BackMsg` sent -> the `ForwardMsg.script_finished` received: the whole script
  run on the server (shared filters, the page, every chart built, serialised and sent), not
  the browser drawing it (that is bench/run.py's "filter change, browser").

With --popular K, every change goes to one of K filter states all sessions share (drawn once,
seeded), each asked for once per page before the ramp: the views a team keeps reopening, which
come from the view cache. Without it, each change is a random state, nearly always new: the
worst case.

The ramp runs N = 1, 2, 5, 10, 20, 40 sessions at once, each step for `--seconds` (20 s); new
sessions connect spread over the first interval. A step whose p95 passes `--stop-ms` (3 s)
ends the ramp: the server is saturated and bigger N only queues longer. Per step: reruns
done, p50/p95/max latency, first-visit p50, the server's CPU (psutil, user+system over the
step, in cores) and this client's. The largest N whose p95 stays within 300 ms is the figure
"sessions per process", and one process uses about one core (Python runs one script thread at
a time). Each step's sessions are closed before the next starts.

The server, this client and anything else on the machine share its cores: the load average is
printed with the table, and the client's own CPU is in it.
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import os
import platform
import random
import re
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlencode

import psutil
import streamlit
import websockets
from streamlit.proto.BackMsg_pb2 import BackMsg
from streamlit.proto.ForwardMsg_pb2 import ForwardMsg

from kizuna.devserver import StreamlitServer

ROOT = Path(__file__).resolve().parent.parent
PAGES = {"overview": "", "exercises": "exercises"}  # page -> the url path the frontend sends
FIRST_LINK = "partner=ITA&years=2015&years=2024"
TARGET_MS = 300
RUN_CAP_S = 60  # one run longer than this counts as a timeout


# -- the server ---------------------------------------------------------------------------------


def cpu_s(server: StreamlitServer) -> float:
    """User + system CPU seconds of the server and its children so far."""
    total = 0.0
    try:
        main = psutil.Process(server.proc.pid)
        for proc in [main, *main.children(recursive=True)]:
            times = proc.cpu_times()
            total += times.user + times.system
    except psutil.Error:
        pass
    return total


# -- one session --------------------------------------------------------------------------------


@dataclass
class Step:
    sessions: int
    popular: int = 0  # filter states the sessions share (0: each change a random, new one)
    latencies: list[float] = field(default_factory=list)  # filter changes, seconds
    first_runs: list[float] = field(default_factory=list)  # first visits (new sessions)
    errors: list[str] = field(default_factory=list)
    timeouts: int = 0
    wall_s: float = 0.0
    server_cpu_s: float = 0.0
    client_cpu_s: float = 0.0


@dataclass
class Widgets:
    """What a session learned from its first run: ids, options and the page's script hash."""

    partner_id: str = ""
    partner_options: list[str] = field(default_factory=list)
    years_id: str = ""
    years_bounds: tuple[int, int] = (1951, 2026)
    page_hash: str = ""


_CODE = re.compile(r"\(([A-Z]{3,4})\)$")


def random_filters(rng: random.Random, widgets: Widgets) -> tuple[list[str], tuple[int, int]]:
    """0-2 partners (labels as the multiselect shows them) and a year range of 3+ years."""
    partners = rng.sample(widgets.partner_options, rng.choice([0, 1, 1, 2]))
    low, high = widgets.years_bounds
    start = rng.randint(max(low, 1990), high - 3)
    return partners, (start, rng.randint(start + 3, high))


def popular_filters(widgets: Widgets, k: int) -> list[tuple[list[str], tuple[int, int]]]:
    """The k filter states every session picks from in a --popular run: the same k for every
    session (drawn once, seeded), as the views a team's analysts share."""
    rng = random.Random(7)
    return [random_filters(rng, widgets) for _ in range(k)]


def query_string(partners: list[str], years: tuple[int, int]) -> str:
    """The link the frontend shows for these filters: partner codes, then the two years."""
    codes = [m[1] for p in partners if (m := _CODE.search(p))]
    return urlencode([("partner", c) for c in codes] + [("years", y) for y in years])


async def run_once(ws, msg: BackMsg, widgets: Widgets, errors: list[str]) -> float | None:
    """Send one rerun, read until script_finished; the seconds it took (None: timed out)."""
    started = time.perf_counter()
    await ws.send(msg.SerializeToString())
    deadline = started + RUN_CAP_S
    while True:
        left = deadline - time.perf_counter()
        if left <= 0:
            return None
        try:
            raw = await asyncio.wait_for(ws.recv(), timeout=left)
        except TimeoutError:
            return None
        fwd = ForwardMsg()
        fwd.ParseFromString(raw)
        kind = fwd.WhichOneof("type")
        if kind == "script_finished":
            return time.perf_counter() - started
        if kind == "new_session":
            widgets.page_hash = fwd.new_session.page_script_hash
        elif kind == "delta" and fwd.delta.WhichOneof("type") == "new_element":
            element = fwd.delta.new_element
            what = element.WhichOneof("type")
            if what == "exception":
                errors.append(f"exception: {element.exception.message[:200]}")
            elif what == "multiselect" and element.multiselect.id.endswith("-partner"):
                widgets.partner_id = element.multiselect.id
                widgets.partner_options = list(element.multiselect.options)
            elif what == "slider" and element.slider.id.endswith("-years"):
                widgets.years_id = element.slider.id
                widgets.years_bounds = (int(element.slider.min), int(element.slider.max))


def rerun_message(page: str, widgets: Widgets | None, partners, years) -> BackMsg:
    msg = BackMsg()
    state = msg.rerun_script
    state.query_string = query_string(partners, years)
    if widgets is None or not widgets.page_hash:  # a first visit: the page is in the URL
        state.page_name = PAGES[page]
        return msg
    state.page_script_hash = widgets.page_hash
    if widgets.partner_id:
        w = state.widget_states.widgets.add()
        w.id = widgets.partner_id
        w.string_array_value.data.extend(partners)
    if widgets.years_id:
        w = state.widget_states.widgets.add()
        w.id = widgets.years_id
        w.double_array_value.data.extend(float(y) for y in years)
    return msg


async def session(
    n: int, base: str, step: Step, until: float, interval: float, seed: int, visit_all=False
):
    """One user. ``visit_all``: instead, ask for every popular state once, untimed (the
    warm-up that puts the shared views in the cache before a --popular ramp)."""
    rng = random.Random(seed)
    page = list(PAGES)[n % len(PAGES)]
    await asyncio.sleep(rng.uniform(0, interval))  # arrivals spread over the first interval
    uri = base.replace("http://", "ws://") + "/_stcore/stream"
    try:
        async with websockets.connect(
            uri, subprotocols=["streamlit"], origin=base, max_size=None, open_timeout=RUN_CAP_S
        ) as ws:
            widgets = Widgets()
            first = rerun_message(page, None, ["Italy (ITA)"], (2015, 2024))
            assert first.rerun_script.query_string == FIRST_LINK
            took = await run_once(ws, first, widgets, step.errors)
            if took is None:
                step.timeouts += 1
                return
            step.first_runs.append(took)
            if not (widgets.partner_id and widgets.years_id and widgets.partner_options):
                step.errors.append(f"session {n}: no partner/years widgets in the first run")
                return
            shared = popular_filters(widgets, step.popular) if step.popular else []
            if visit_all:
                for partners, years in shared:
                    msg = rerun_message(page, widgets, partners, years)
                    if await run_once(ws, msg, widgets, step.errors) is None:
                        step.timeouts += 1
                        return
                return
            next_at = time.perf_counter() + interval * rng.uniform(0.5, 1.5)
            while True:
                await asyncio.sleep(max(0.0, next_at - time.perf_counter()))
                if time.perf_counter() >= until:
                    return
                partners, years = rng.choice(shared) if shared else random_filters(rng, widgets)
                took = await run_once(
                    ws, rerun_message(page, widgets, partners, years), widgets, step.errors
                )
                if took is None:
                    step.timeouts += 1
                    return
                step.latencies.append(took)
                next_at += interval * rng.uniform(0.75, 1.25)
    except (OSError, websockets.WebSocketException) as e:
        step.errors.append(f"session {n}: {type(e).__name__}: {e}")


async def run_step(
    server: StreamlitServer,
    sessions: int,
    seconds: float,
    interval: float,
    popular: int = 0,
    visit_all: bool = False,
) -> Step:
    step = Step(sessions, popular)
    client = psutil.Process()
    cpu0, client0, t0 = cpu_s(server), sum(client.cpu_times()[:2]), time.perf_counter()
    until = t0 + seconds
    await asyncio.gather(
        *(
            session(n, server.url, step, until, interval, 1000 * sessions + n, visit_all)
            for n in range(sessions)
        )
    )
    step.wall_s = time.perf_counter() - t0
    step.server_cpu_s = cpu_s(server) - cpu0
    step.client_cpu_s = sum(client.cpu_times()[:2]) - client0
    return step


# -- the report ---------------------------------------------------------------------------------


def pct(xs: list[float], q: float) -> float | None:
    xs = sorted(xs)
    if not xs:
        return None
    rank = q * (len(xs) - 1)
    lo = int(rank)
    hi = min(lo + 1, len(xs) - 1)
    return xs[lo] + (xs[hi] - xs[lo]) * (rank - lo)


def ms(x: float | None) -> str:
    return "—" if x is None else f"{x * 1000:.0f} ms"


def cpu_per_run(step: Step) -> float | None:
    """Server CPU seconds per script run (first visits, the heavier ones, included)."""
    runs = len(step.latencies) + len(step.first_runs)
    return step.server_cpu_s / runs if runs else None


def ok(step: Step, target_ms: float = TARGET_MS) -> bool:
    p95 = pct(step.latencies, 0.95)
    clean = not step.errors and not step.timeouts
    return clean and p95 is not None and p95 * 1000 <= target_ms


def describe(root: Path) -> str:
    """Which code was served: the commit, and whether the working tree differed from it."""
    try:
        commit = subprocess.run(
            ["git", "-C", str(root), "rev-parse", "--short", "HEAD"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
        dirty = subprocess.run(
            ["git", "-C", str(root), "status", "--porcelain"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return f"`{root}` (not a git checkout)"
    return f"commit {commit}" + (" with uncommitted changes" if dirty else "")


def report(steps: list[Step], args, load_before, load_after) -> str:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    good = [s.sessions for s in steps if ok(s)]
    best = max(good) if good else 0
    failed_after = next((s.sessions for s in steps if s.sessions > best and not ok(s)), None)
    lines = [
        "## Sessions per process (bench/load.py"
        + (f" --popular {args.popular})" if args.popular else ")"),
        "",
        f"Run {dt.datetime.now(dt.UTC).isoformat(timespec='seconds')} by `bench/load.py`: "
        f"{cpu}, {psutil.cpu_count()} cores, "
        f"{psutil.virtual_memory().total / 2**30:.0f} GiB; Python {platform.python_version()}, "
        f"streamlit {streamlit.__version__}; app from {describe(args.root)}. Load average before "
        f"{' '.join(f'{x:.2f}' for x in load_before)}, after "
        f"{' '.join(f'{x:.2f}' for x in load_after)} (other work shares the cores).",
        "",
        f"One `streamlit run dashboard.py` on the shipped data; N sessions speak Streamlit's "
        f"websocket protocol (no browser), half on Overview, half on Exercises; each changes the "
        f"partner and year filters every ~{args.interval:g} s for {args.seconds:g} s"
        + (
            f", each time to one of {args.popular} filter states every session shares (views "
            "a team asks for again and again; each was asked for once before the ramp, so "
            "they come from the view cache). "
            if args.popular
            else ", each time to a random state (0-2 partners, any range): nearly every change "
            "asks for a view no session asked for before, the worst case. "
        )
        + "Latency: "
        "rerun sent -> `script_finished` received (the whole script run on the server). CPU "
        "columns: cores used over the step (1.00 = one core busy all the time); CPU per run: "
        "the server's CPU time over the step divided by its script runs.",
        "",
        "| sessions | filter changes | per s | p50 | p95 | max | first visit p50 "
        "| server CPU | server CPU per run | client CPU | errors / timeouts |",
        "|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    for s in steps:
        lines.append(
            f"| {s.sessions} | {len(s.latencies)} | {len(s.latencies) / s.wall_s:.1f} "
            f"| {ms(pct(s.latencies, 0.5))} | {ms(pct(s.latencies, 0.95))} "
            f"| {ms(max(s.latencies, default=None))} | {ms(pct(s.first_runs, 0.5))} "
            f"| {s.server_cpu_s / s.wall_s:.2f} | {ms(cpu_per_run(s))} "
            f"| {s.client_cpu_s / s.wall_s:.2f} "
            f"| {len(s.errors)} / {s.timeouts} |"
        )
    if best:
        verdict = (
            f"**Largest N with p95 ≤ {TARGET_MS} ms: {best} concurrent sessions per process** "
            "(≈ per core)" + (f"; at {failed_after} the p95 passed it." if failed_after else ".")
        )
    else:
        alone = steps[0] if steps else Step(0)
        verdict = (
            f"**No N kept p95 ≤ {TARGET_MS} ms** on this run: with {alone.sessions} "
            f"session(s), p50 {ms(pct(alone.latencies, 0.5))}, "
            f"p95 {ms(pct(alone.latencies, 0.95))}."
        )
    clean = [s for s in steps if not s.errors and not s.timeouts and cpu_per_run(s)]
    busy = [s for s in clean if s.server_cpu_s / s.wall_s >= 0.5]
    if busy:
        per_run = statistics.median(cpu_per_run(s) for s in busy)
        verdict += (
            f" CPU bound, from the busier steps: {per_run * 1000:.0f} ms of server CPU per run, "
            f"so one core saturates at about {args.interval / per_run:.0f} sessions changing a "
            f"filter every {args.interval:g} s."
        )
    within_1s = [s.sessions for s in steps if ok(s, 1000)]
    if within_1s and max(within_1s) > best:
        verdict += f" With p95 ≤ 1 s instead: {max(within_1s)} session(s)."
    lines += ["", verdict, ""]
    errors = [e for s in steps for e in s.errors][:5]
    if errors:
        lines += ["First errors:", "", *(f"- `{e}`" for e in errors), ""]
    return "\n".join(lines) + "\n"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("output", type=Path, help="Markdown file to append the table to")
    parser.add_argument("--sessions", default="1,2,5,10,20,40", help="the ramp, comma-separated")
    parser.add_argument("--seconds", type=float, default=20.0, help="length of each step")
    parser.add_argument("--interval", type=float, default=2.0, help="seconds between changes")
    parser.add_argument("--stop-ms", type=float, default=3000.0, help="p95 that ends the ramp")
    parser.add_argument(
        "--root", type=Path, default=ROOT, help="the checkout to serve (default: this one)"
    )
    parser.add_argument(
        "--popular",
        type=int,
        default=0,
        help="sessions pick from this many shared filter states (0: random, new ones)",
    )
    args = parser.parse_args()
    ramp = [int(n) for n in args.sessions.split(",")]

    load_before = os.getloadavg()
    with tempfile.TemporaryDirectory(prefix="kizuna-load-") as tmp:
        # As `make run` starts it, minus the file watcher (off in production too).
        app = args.root.resolve() / "dashboard.py"
        server = StreamlitServer(Path(tmp), app=app, ready_timeout_s=120).start()
        try:
            # One visit first: the server reads and validates the tables on its first run.
            warm = asyncio.run(run_step(server, 1, 0.0, 0.0))
            print(f"warm-up: first run {ms(pct(warm.first_runs, 0.5))}", flush=True)
            if args.popular:  # one session per page asks for every shared state once
                asyncio.run(run_step(server, len(PAGES), 0.0, 0.0, args.popular, visit_all=True))
            steps = []
            for n in ramp:
                step = asyncio.run(run_step(server, n, args.seconds, args.interval, args.popular))
                steps.append(step)
                p95 = pct(step.latencies, 0.95)
                print(
                    f"{n:3d} sessions: {len(step.latencies)} changes, p50 "
                    f"{ms(pct(step.latencies, 0.5))}, p95 {ms(p95)}, server CPU "
                    f"{step.server_cpu_s / step.wall_s:.2f}, errors {len(step.errors)}, "
                    f"timeouts {step.timeouts}",
                    flush=True,
                )
                if p95 is None or p95 * 1000 > args.stop_ms:
                    print(f"p95 past {args.stop_ms:g} ms: the ramp stops here", flush=True)
                    break
        finally:
            server.stop()
    table = report(steps, args, load_before, os.getloadavg())
    print("\n" + table)
    with args.output.open("a", encoding="utf-8") as out:
        out.write("\n" + table)
    return 0


if __name__ == "__main__":
    sys.exit(main())
