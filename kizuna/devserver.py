"""`streamlit run` as a child process on a free port: started, waited for, stopped, logged.

The browser tests (tests/e2e) and the benchmark (bench/) both drive the dashboard this way.
Standard library only, and Streamlit is not imported: the child process runs it.

    with StreamlitServer(log_dir) as server:   # dashboard.py on the repository's data/
        urllib.request.urlopen(server.url)
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
HEALTH = "/_stcore/health"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class StreamlitServer:
    """`streamlit run <app>` on 127.0.0.1 and a free port, optionally on another data folder
    (KIZUNA_DATA_DIR). Ready once `/_stcore/health` answers "ok"; ``startup_s`` is the time from
    launch to that answer. The child has its own process group, so stopping it also stops what
    it started (kaleido's Chromium). Its output is appended to ``log_dir / log_name``.

    ``file_watcher=False`` (the default, for tests) turns off the file watcher and rerun-on-save;
    ``True`` leaves them as `make run` has them (the benchmark).
    """

    def __init__(
        self,
        log_dir: Path,
        data_dir: Path | None = None,
        *,
        app: str | Path = "dashboard.py",
        file_watcher: bool = False,
        ready_timeout_s: float = 60,
        poll_s: float = 0.2,
        attempts: int = 3,
        log_name: str = "streamlit.log",
    ):
        self.log_path = Path(log_dir) / log_name
        self.data_dir = data_dir
        self.app = app
        self.file_watcher = file_watcher
        self.ready_timeout_s = ready_timeout_s
        self.poll_s = poll_s
        self.attempts = attempts
        self.proc: subprocess.Popen | None = None
        self.port = 0
        self.startup_s: float | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> StreamlitServer:
        why = ""
        for _ in range(self.attempts):  # a free port can be taken by someone else before we bind it
            self.port = free_port()
            why = self._launch()
            if not why:
                return self
        raise RuntimeError(f"streamlit run {self.app} {why} (log {self.log_path}):\n{self.tail()}")

    def _command(self) -> list[str]:
        # The dashboard starts as `make run` starts it: through kizuna.serve, which warms it.
        dashboard = (ROOT / self.app).resolve() == ROOT / "dashboard.py"
        launcher = ["kizuna.serve"] if dashboard else ["streamlit", "run", str(self.app)]
        command = [
            sys.executable,
            "-m",
            *launcher,
            "--server.port",
            str(self.port),
            "--server.address",
            "127.0.0.1",
            "--server.headless",
            "true",
            "--browser.gatherUsageStats",
            "false",
        ]
        if not self.file_watcher:
            command += ["--server.fileWatcherType", "none", "--server.runOnSave", "false"]
        return command

    def _launch(self) -> str:
        """Starts one child; "" once it is healthy, else why not (and the child is stopped)."""
        env = dict(os.environ)
        env.pop("KIZUNA_DATA_DIR", None)
        if self.data_dir is not None:
            env["KIZUNA_DATA_DIR"] = str(self.data_dir)
        self.log_path.parent.mkdir(parents=True, exist_ok=True)
        started = time.perf_counter()
        with open(self.log_path, "ab") as log:
            self.proc = subprocess.Popen(
                self._command(),
                cwd=ROOT,
                env=env,
                stdout=log,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
        deadline = started + self.ready_timeout_s
        while time.perf_counter() < deadline:
            if self.proc.poll() is not None:
                return f"exited with code {self.proc.returncode}"
            try:
                with urllib.request.urlopen(f"{self.url}{HEALTH}", timeout=2) as r:
                    if r.status == 200 and r.read().strip() == b"ok":
                        self.startup_s = time.perf_counter() - started
                        return ""
            except OSError:
                pass
            time.sleep(self.poll_s)
        self.stop()
        return f"did not answer {HEALTH} within {self.ready_timeout_s:g} s"

    def log(self) -> str:
        return self.log_path.read_text(errors="replace") if self.log_path.exists() else ""

    def tail(self, n: int = 3000) -> str:
        return self.log()[-n:]

    def stop(self) -> None:
        stop_group(self.proc)

    def __enter__(self) -> StreamlitServer:
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()


def stop_group(proc: subprocess.Popen | None) -> None:
    """Stop a process started in its own session, and its children: politely, then firmly."""
    if proc is None or proc.poll() is not None:
        return
    try:
        os.killpg(proc.pid, signal.SIGTERM)
        proc.wait(timeout=10)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait(timeout=10)
    except ProcessLookupError:
        pass
