"""The run's clock: its time budget (targets.BUDGET_S) and its progress lines."""

from __future__ import annotations

import time

from targets import BUDGET_S

STARTED = time.perf_counter()


def elapsed() -> float:
    return time.perf_counter() - STARTED


def remaining() -> float:
    return BUDGET_S - elapsed()


def say(message: str) -> None:
    print(f"[{elapsed():6.1f}s] {message}", flush=True)
