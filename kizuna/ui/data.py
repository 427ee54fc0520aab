"""The validated tables, their version, and the view cache every session shares."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import streamlit as st

from kizuna.load import Dataset, data_dir, load_cached
from kizuna.ui.text import inert


@st.cache_resource(max_entries=2, show_spinner="Reading the tables…")
def _load(directory: str, stamp: tuple) -> Dataset:
    """One validated copy per data version, shared by every session. A resource, not
    st.cache_data: that would unpickle a copy of every table on each rerun, which at 1000x the
    shipped rows cost more than the page itself. Nothing writes to these frames."""
    data = load_cached(directory, CACHE_DIR)
    data.__dict__["stamp"] = stamp
    return data


# Validated datasets kept across restarts ($KIZUNA_CACHE_DIR, else .cache/ in the checkout).
CACHE_DIR = Path(
    os.environ.get("KIZUNA_CACHE_DIR") or Path(__file__).resolve().parents[2] / ".cache"
)
VIEW_CACHE = 128  # views kept for all sessions: a popular view is built once, then looked up


def _hashable(value):
    if isinstance(value, dict):
        return tuple(sorted((k, _hashable(v)) for k, v in value.items()))
    if isinstance(value, list | tuple | set):
        return tuple(_hashable(v) for v in value)
    return value


@st.cache_resource(max_entries=VIEW_CACHE, show_spinner=False)
def _view(_build, _data: Dataset, key: tuple, _args, _kwargs):
    return _build(_data, *_args, **_kwargs)


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
    return _view(build, data, key, args, kwargs)


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
