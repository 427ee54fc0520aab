"""The RSS of a server process and its children, sampled every 0.1 s from launch to stop."""

from __future__ import annotations

import contextlib
import threading

import psutil


def rss(pid: int) -> int:
    """Resident bytes of pid and every descendant (0 once it is gone)."""
    try:
        proc = psutil.Process(pid)
        procs = [proc, *proc.children(recursive=True)]
    except psutil.NoSuchProcess:
        return 0
    total = 0
    for p in procs:
        with contextlib.suppress(psutil.NoSuchProcess, psutil.AccessDenied):
            total += p.memory_info().rss
    return total


class RssSampler:
    """Started before the server is, so that its start-up counts: ``server.proc`` is read on
    every sample, and nothing is sampled until it exists."""

    def __init__(self, server):
        self.server = server
        self.peak = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._sample, daemon=True)
        self._thread.start()

    def now(self) -> int:
        proc = self.server.proc
        return rss(proc.pid) if proc is not None else 0

    def _sample(self) -> None:
        while not self._stop.is_set():
            self.peak = max(self.peak, self.now())
            self._stop.wait(0.1)

    def stop(self) -> int:
        """Stops sampling (call it before stopping the server); the RSS at that moment."""
        end = self.now()
        self.peak = max(self.peak, end)
        self._stop.set()
        self._thread.join()
        return end
