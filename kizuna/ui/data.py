"""The validated tables, their version, and the view cache every session shares."""

from __future__ import annotations

import hashlib
import os
import threading
from collections import OrderedDict
from pathlib import Path

import streamlit as st

from kizuna import memory
from kizuna.frames import frame_bytes, give_back_memory
from kizuna.load import Dataset, data_dir, load_cached
from kizuna.ui.text import inert


@st.cache_resource(max_entries=2, show_spinner="Reading the tables…")
def _load(directory: str, stamp: tuple) -> Dataset:
    """One validated copy per data version, shared by every session. A resource, not
    st.cache_data: that would unpickle a copy of every table on each rerun, which at 1000x the
    shipped rows cost more than the page itself. Nothing writes to these frames."""
    data = load_cached(directory, CACHE_DIR)
    give_back_memory()
    data.__dict__["stamp"] = stamp
    return data


# Validated datasets kept across restarts ($KIZUNA_CACHE_DIR, else .cache/ in the checkout).
CACHE_DIR = Path(
    os.environ.get("KIZUNA_CACHE_DIR") or Path(__file__).resolve().parents[2] / ".cache"
)
# Views kept for all sessions (a popular view is built once, then looked up): at most this
# many, holding at most this much in their frames ($KIZUNA_VIEW_CACHE_MB). At 100x the shipped
# rows one Exercises view holds tens of MB, so a count alone let the cache grow to gigabytes.
VIEW_CACHE = 128
VIEW_CACHE_BYTES = memory.budget("KIZUNA_VIEW_CACHE_MB", 512, 8, memory.LIMIT)  # an eighth


def _hashable(value):
    if isinstance(value, dict):
        return tuple(sorted((k, _hashable(v)) for k, v in value.items()))
    if isinstance(value, list | tuple | set):
        return tuple(_hashable(v) for v in value)
    return value


class ViewCache:
    """Built values by key, shared by every session: at most ``entries`` of them and ``budget``
    bytes of their frames; the one used longest ago goes first. A key is built once even when
    sessions ask for it together; a value larger than the whole budget is returned, not kept."""

    def __init__(self, entries: int, budget: int):
        self.entries, self.budget = entries, budget
        self.kept: OrderedDict = OrderedDict()  # key -> (value, bytes)
        self.used = 0
        self._lock = threading.Lock()
        self._building: dict = {}

    def _hit(self, key):
        found = self.kept.get(key)
        if found is not None:
            self.kept.move_to_end(key)
        return found

    def get(self, key, build):
        with self._lock:
            found = self._hit(key)
            if found is not None:
                return found[0]
            building = self._building.setdefault(key, threading.Lock())
        with building:
            with self._lock:
                found = self._hit(key)
            if found is not None:
                return found[0]
            try:
                value = build()
            except BaseException:
                with self._lock:
                    self._building.pop(key, None)
                raise
            finally:
                give_back_memory()
            size = frame_bytes(value)
            with self._lock:
                self._building.pop(key, None)
                if size <= self.budget and key not in self.kept:
                    self.kept[key] = (value, size)
                    self.used += size
                    while len(self.kept) > self.entries or self.used > self.budget:
                        self.used -= self.kept.popitem(last=False)[1][1]
            return value


VIEWS = ViewCache(VIEW_CACHE, VIEW_CACHE_BYTES)


def view(build, data: Dataset, *args, **kwargs):
    """A page's view, built once per data version, builder, filters and facets and shared by
    every session (read-only: pages filter views into new frames, never in place)."""
    key = (
        build.__module__,
        build.__name__,
        data.__dict__.get("stamp"),
        id(data),
        _hashable(args),
        _hashable(kwargs),
    )
    return VIEWS.get(key, lambda: build(data, *args, **kwargs))


def dataset() -> Dataset:
    """The validated tables, re-read when a CSV changes on disk."""
    directory = data_dir()
    stamp = tuple(
        (str(p.relative_to(directory)), p.stat().st_mtime_ns, p.stat().st_size)
        for p in sorted(directory.rglob("*.csv"))
    )
    return _load(str(directory), stamp)


@st.cache_data(max_entries=4)
def data_version(directory: str, stamp: tuple) -> str:
    digest = hashlib.sha256()
    for name, *_ in stamp:
        digest.update((data_dir() / name).read_bytes())
    return digest.hexdigest()[:10]


def version() -> str:
    directory = data_dir()
    stamp = tuple(
        (str(p.relative_to(directory)), p.stat().st_mtime_ns)
        for p in sorted(directory.rglob("*.csv"))
    )
    return data_version(str(directory), stamp)


def require(data: Dataset, *tables: str) -> None:
    """Show why the page cannot be drawn, and stop, if a table it needs is broken."""
    if not available(data, *tables):
        st.stop()


def available(data: Dataset, *tables: str) -> bool:
    """Show the problems of the tables a section needs; False if it cannot be drawn."""
    for warning in data.warnings(*tables):
        st.warning(inert(str(warning)))
    if data.ok(*tables):
        return True
    errors = data.errors(*tables)
    files = sorted({p.file for p in errors})
    st.error(
        f"This section needs {', '.join(files)}, which did not pass validation. "
        "Fix the rows below (or run `python -m kizuna.validate data`); other pages still work."
    )
    st.code(
        "\n".join(str(p) for p in errors[:50])
        + (f"\n… and {len(errors) - 50} more" if len(errors) > 50 else ""),
        language=None,
        wrap_lines=True,
    )
    return False
