"""What memory the server may use, and so what its caches may hold: the limit of its memory
cgroup (a container's, a Kubernetes pod's, a systemd unit's), read once when it starts.

The shared caches (the views of ui.data, the per-filter memos of load.Dataset) have fixed
budgets that suit a machine with memory to spare. Inside a 2 GB limit at 1000x the shipped
rows those budgets let the kernel kill the server on the 18th page visit (bench/limited.py,
3 December 2026); an eighth and a sixteenth of the limit kept it serving every page. So a
budget is the smaller of its default and its share of the limit, unless set in MB by its
environment variable. Written by hand: no library reads the cgroup limit (psutil reports the
machine's memory, not the container's)."""

from __future__ import annotations

import os
from pathlib import Path

# Above this a cgroup v1 limit means "none" (the kernel's 'unlimited' is 2**63 rounded down).
UNLIMITED = 2**60


def limit_bytes(
    proc_cgroup: Path = Path("/proc/self/cgroup"), root: Path = Path("/sys/fs/cgroup")
) -> int | None:
    """The tightest memory limit on this process's cgroup and its parents, v1 or v2; None if
    there is none, or none can be read."""
    try:
        lines = proc_cgroup.read_text().splitlines()
    except OSError:
        return None
    found = []
    for line in lines:
        _, controllers, where = line.split(":", 2)
        if "memory" in controllers.split(","):
            found += _limits(root / "memory", where, "memory.limit_in_bytes")
        elif controllers == "":
            found += _limits(root, where, "memory.max")
    found = [n for n in found if n < UNLIMITED]
    return min(found) if found else None


def _limits(base: Path, where: str, name: str) -> list[int]:
    out = []
    path = base / where.strip("/")
    while True:
        try:
            text = (path / name).read_text().strip()
            if text != "max":
                out.append(int(text))
        except (OSError, ValueError):
            pass
        if path == base or base not in path.parents:
            return out
        path = path.parent


def budget(variable: str, default_mb: int, share: int, limit: int | None) -> int:
    """Bytes a cache may hold: $variable (MB) if set, else the smaller of default_mb and
    1/share of the memory limit."""
    chosen = os.environ.get(variable)
    if chosen:
        return int(chosen) * 2**20
    default = default_mb * 2**20
    return min(default, limit // share) if limit else default


LIMIT = limit_bytes()
