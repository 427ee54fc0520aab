"""Two replicas behind nginx, with the config docs/deploy.md documents (docs/nginx/kizuna.conf).

A browser opens a shared link through nginx and stays on one replica (cookie affinity); when
that replica stops, Streamlit's client reconnects through nginx, which sends it to the other
replica, and the page comes back with the filters its URL carries.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import time
import urllib.request
from pathlib import Path

import pytest
from e2e_support import (
    ROOT,
    StreamlitServer,
    add_partner,
    chosen_partners,
    free_port,
    new_context,
    painted_charts,
    problems_on_page,
    query,
    settle,
    slider_years,
    summary,
    title,
)
from streamlit.proto.ForwardMsg_pb2 import ForwardMsg

from kizuna.devserver import stop_group

NGINX = shutil.which("nginx") or next(
    (p for p in ("/usr/sbin/nginx", "/usr/local/sbin/nginx") if os.access(p, os.X_OK)), None
)
CONF = ROOT / "docs" / "nginx" / "kizuna.conf"
ITALY, FRANCE = "Italy (ITA)", "France (FRA)"
LINK = "/exercises?partner=ITA&years=2015&years=2024"
# Bounds on waits, not measurements: two cold replicas, nginx and Chromium share the machine's
# cores (a first paint took ~5 s idle and over 30 s under load from other work).
WAIT_MS = 90_000
RECONNECT_S = 90  # for the page to come back (Streamlit's client retries with backoff)

needs_nginx = pytest.mark.skipif(
    NGINX is None, reason="no nginx on this machine (make nginx installs Debian's)"
)


class Nginx:
    """docs/nginx/kizuna.conf with free ports filled in, run unprivileged from a temp prefix."""

    def __init__(self, prefix: Path, replica_ports: list[int]):
        self.prefix = prefix
        self.replica_ports = replica_ports
        self.port = 0
        self.proc: subprocess.Popen | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def __enter__(self) -> Nginx:
        for _ in range(3):  # a free port can be taken by someone else before nginx binds it
            self.port = free_port()
            if self._start():
                return self
            self.stop()
        raise RuntimeError(f"nginx did not start:\n{self.log()}")

    def _start(self) -> bool:
        conf = CONF.read_text()
        for name, port in [
            ("LISTEN", self.port),
            ("REPLICA_1", self.replica_ports[0]),
            ("REPLICA_2", self.replica_ports[1]),
        ]:
            assert "{{" + name + "}}" in conf, f"{CONF} has no {{{{{name}}}}}"
            conf = conf.replace("{{" + name + "}}", str(port))
        assert "{{" not in conf, "a placeholder of docs/nginx/kizuna.conf was not filled in"
        (self.prefix / "nginx.conf").write_text(conf)
        # As root, nginx would run its workers as `nobody`, who cannot enter a private temp dir.
        directives = "daemon off;" + (" user root;" if os.geteuid() == 0 else "")
        command = [
            NGINX,
            "-p",
            str(self.prefix),
            "-c",
            str(self.prefix / "nginx.conf"),
            "-e",
            str(self.prefix / "error.log"),
            "-g",
            directives,
        ]
        with open(self.prefix / "stderr.log", "ab") as log:
            self.proc = subprocess.Popen(
                command, stdout=log, stderr=subprocess.STDOUT, start_new_session=True
            )
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                return False
            try:  # the replicas are up, so this is answered through nginx once it listens
                with urllib.request.urlopen(f"{self.url}/_stcore/health", timeout=2) as r:
                    if r.status == 200 and r.read().strip() == b"ok":
                        return True
            except OSError:
                pass
            time.sleep(0.2)
        return False

    def log(self) -> str:
        return "\n".join(
            p.read_text(errors="replace")[-3000:]
            for p in (self.prefix / "stderr.log", self.prefix / "error.log")
            if p.exists()
        )

    def stop(self) -> None:
        stop_group(self.proc)

    def __exit__(self, *exc) -> None:
        self.stop()


def _script_finished(payload) -> bool:
    """Whether a websocket frame is Streamlit's ForwardMsg `script_finished`."""
    if isinstance(payload, str):
        return False
    msg = ForwardMsg()
    try:
        msg.ParseFromString(payload)
    except Exception:  # noqa: BLE001 - not a ForwardMsg: not the end of a run
        return False
    return msg.WhichOneof("type") == "script_finished"


def _connected(page) -> bool:
    return (
        page.evaluate(
            "() => document.querySelector('[data-testid=\"stApp\"]')?.dataset.testConnectionState"
        )
        == "CONNECTED"
    )


def _wait_for_run(page, socket: dict, done_before: int) -> None:
    """Until one more script run has finished over this websocket, and the page painted it."""
    deadline = time.monotonic() + RECONNECT_S
    while time.monotonic() < deadline and socket["finished"] <= done_before:
        page.wait_for_timeout(200)
    assert socket["finished"] > done_before, f"no run over the websocket in {RECONNECT_S} s"
    settle(page, timeout=WAIT_MS)


def _check_view(page) -> None:
    """The shared link's view, with France added: sidebar, URL, summary, a chart, no error."""
    assert title(page) == "Exercises and deployments"
    assert chosen_partners(page) == [ITALY, FRANCE]
    assert slider_years(page) == (2015, 2024)
    assert query(page) == {"partner": ["ITA", "FRA"], "years": ["2015", "2024"]}
    assert "Italy, France; 2015–2024" in summary(page), summary(page)
    charts = painted_charts(page)
    assert charts["plotly_painted"] >= 1 and charts["plotly_painted"] == charts["plotly"], charts
    assert problems_on_page(page) == []
    assert page.locator('[data-testid="stException"]').count() == 0


def test_deploy_doc_shows_the_config_this_test_runs():
    doc = (ROOT / "docs" / "deploy.md").read_text()
    assert "```nginx\n" + CONF.read_text() + "```" in doc, (
        "docs/deploy.md must show docs/nginx/kizuna.conf exactly as it is"
    )


@pytest.mark.browser
@needs_nginx
def test_a_browser_moves_to_the_other_replica_with_its_filters(browser, tmp_path, monkeypatch):
    # As docs/deploy.md asks: every replica signs cookies with the same secret.
    monkeypatch.setenv("STREAMLIT_SERVER_COOKIE_SECRET", "kizuna-replica-test-secret")
    with contextlib.ExitStack() as stack:
        replicas = []
        for n in (1, 2):
            log_dir = tmp_path / f"replica-{n}"
            log_dir.mkdir()
            replicas.append(stack.enter_context(StreamlitServer(log_dir=log_dir)))
        prefix = tmp_path / "nginx"
        prefix.mkdir()
        proxy = stack.enter_context(Nginx(prefix, [r.port for r in replicas]))

        context, rec = new_context(browser, proxy.url)
        stack.callback(context.close)
        context.set_default_timeout(WAIT_MS)
        served: list[tuple[str, str]] = []  # (url, replica that answered) of every response
        context.on(
            "response", lambda r: served.append((r.url, r.headers.get("x-kizuna-upstream", "")))
        )
        page = context.new_page()
        sockets: list[dict] = []  # every websocket the page opened, and whether a run finished

        def on_websocket(ws) -> None:
            seen = {"ws": ws, "finished": 0}
            sockets.append(seen)

            def on_frame(payload) -> None:
                if _script_finished(payload):
                    seen["finished"] += 1

            ws.on("framereceived", on_frame)

        page.on("websocket", on_websocket)

        # 1. A shared link, through nginx: painted, with the link's filters in the sidebar.
        response = page.goto(LINK)
        settle(page, timeout=WAIT_MS)
        assert title(page) == "Exercises and deployments"
        assert chosen_partners(page) == [ITALY]
        assert slider_years(page) == (2015, 2024)
        addresses = {f"127.0.0.1:{r.port}": r for r in replicas}
        first = response.headers.get("x-kizuna-upstream", "")
        assert first in addresses, f"nginx did not say which replica served: {first!r}"
        serving = addresses[first]
        other = next(r for r in replicas if r is not serving)
        other_address = f"127.0.0.1:{other.port}"

        # 2. A filter change; the link follows. Affinity: every request so far, the page's
        # scripts and health checks included, reached the same replica.
        add_partner(page, FRANCE)
        settle(page, timeout=WAIT_MS)
        assert query(page) == {"partner": ["ITA", "FRA"], "years": ["2015", "2024"]}
        spread = {u: sum(1 for _, v in served if v == u) for u in {v for _, v in served}}
        assert spread == {first: len(served)}, f"requests went to several replicas: {spread}"
        assert len(sockets) == 1 and sockets[0]["finished"] >= 1

        # 3. That replica stops. Streamlit's client notices, retries, and nginx sends the new
        # websocket to the other replica. The page keeps showing its view meanwhile.
        before = len(served)
        serving.stop()
        deadline = time.monotonic() + RECONNECT_S
        while time.monotonic() < deadline and not (len(sockets) >= 2 and _connected(page)):
            page.wait_for_timeout(200)
        assert len(sockets) >= 2 and _connected(page), (
            f"the page did not reconnect within {RECONNECT_S} s:\n{proxy.log()}"
        )
        assert sockets[0]["ws"].is_closed() and not sockets[-1]["ws"].is_closed()
        assert chosen_partners(page) == [ITALY, FRANCE]
        assert slider_years(page) == (2015, 2024)
        assert query(page) == {"partner": ["ITA", "FRA"], "years": ["2015", "2024"]}

        # 4. The next run of the page happens on the other replica: a new session there, with
        # the filters the browser holds. ("r" is Streamlit's rerun key, the same message a
        # filter change sends.)
        socket = sockets[-1]
        done_before = socket["finished"]
        page.locator('[data-testid="stMain"] h1').first.click()
        page.keyboard.press("r")
        _wait_for_run(page, socket, done_before)
        _check_view(page)

        # 5. A reload is a new session from the URL alone; it lands on the other replica too.
        reloaded = page.reload()
        settle(page, timeout=WAIT_MS)
        _check_view(page)
        assert reloaded.headers.get("x-kizuna-upstream", "").split(", ")[-1] == other_address

        # Every health check and host-config request of the reconnecting client since the stop
        # went to the replica still running (nginx may have tried the stopped one first: then
        # it names both, the live one last). Static files and the favicon are left out: they
        # come from the browser's cache, with the headers of their first response.
        after = [(url, u) for url, u in served[before:] if "/_stcore/" in url]
        assert after, served[before:]
        assert all(u.split(", ")[-1] == other_address for _, u in after), after
        assert other.proc is not None and other.proc.poll() is None

        # The browser only ever talked to nginx on this machine.
        assert not rec.external_requests(), rec.external_requests()
        assert not rec.page_errors, rec.page_errors
        assert not rec.dialogs, rec.dialogs
