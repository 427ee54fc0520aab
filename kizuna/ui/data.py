"""The validated tables, their version, and the views every session shares: Streamlit's own
caches, keyed by everything a builder reads."""

from __future__ import annotations

import dataclasses
import hashlib
from pathlib import Path

import pandas as pd
import streamlit as st

from kizuna import i18n, views
from kizuna.i18n import _, ngettext
from kizuna.load import Dataset, data_dir, load
from kizuna.ui.text import inert

# Views kept for all sessions; the one used longest ago goes first.
VIEWS_KEPT = 64


def _stamp(directory: Path) -> tuple:
    return tuple(
        (str(p.relative_to(directory)), p.stat().st_mtime_ns, p.stat().st_size)
        for p in sorted(directory.rglob("*.csv"))
    )


# The data versions this process has read: the spinner is drawn only while one is read, in the
# reader's language (a cache's own spinner text is fixed when the module is imported).
_read: set[tuple[str, tuple]] = set()


@st.cache_resource(max_entries=2, show_spinner=False)
def _load(directory: str, stamp: tuple) -> Dataset:
    """One validated copy per data version, shared by every session. A resource, not
    st.cache_data, which would unpickle a copy of every table on each rerun. Pages read the
    tables through view builders, whose frames come to them as copies (view())."""
    return views.prepare(load(directory))


def dataset() -> Dataset:
    """The validated tables, re-read when a CSV changes on disk."""
    directory = data_dir()
    key = (str(directory), _stamp(directory))
    if key in _read:
        return _load(*key)
    with st.spinner(_("Reading the tables…")):
        data = _load(*key)
    _read.add(key)
    return data


def _key(value):
    """A value as plain, hashable data: filters, facets and weights as the page passed them."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return (type(value).__qualname__, _key(dataclasses.astuple(value)))
    if isinstance(value, dict):
        return tuple(sorted((k, _key(v)) for k, v in value.items()))
    if isinstance(value, list | tuple | set | frozenset):
        items = [_key(v) for v in value]
        return tuple(sorted(items, key=repr) if isinstance(value, set | frozenset) else items)
    return value


@st.cache_resource(max_entries=VIEWS_KEPT, show_spinner=False)
def _built(module: str, name: str, version: str, key: str, _build, _data, _args, _kwargs):
    return _build(_data, *_args, **_kwargs)


def view(build, data: Dataset, *args, **kwargs):
    """A page's view, built once per builder, dataset version and arguments and shared by every
    session. A builder reads only its arguments and the dataset (the key holds both, and the
    language its text is made in). Each caller gets its own copy-on-write frames: a change one
    session makes never reaches another."""
    key = repr(_key((i18n.language(), args, kwargs)))
    built = _built(
        build.__module__, build.__qualname__, data.version, key, build, data, args, kwargs
    )
    return shielded(built)


def shielded(value):
    """The value with every frame in it replaced by a shallow copy. pandas' copy-on-write makes
    a change to the copy copy the data first, so the cached original never changes."""
    if isinstance(value, pd.DataFrame | pd.Series):
        return value.copy(deep=False)
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        changes = {
            f.name: shielded(getattr(value, f.name)) for f in dataclasses.fields(value) if f.init
        }
        return dataclasses.replace(value, **changes)
    if isinstance(value, dict):
        return {k: shielded(v) for k, v in value.items()}
    if isinstance(value, list):
        return [shielded(v) for v in value]
    if isinstance(value, tuple) and not hasattr(value, "_fields"):
        return tuple(shielded(v) for v in value)
    return value


@st.cache_data(max_entries=4)
def data_version(directory: str, stamp: tuple) -> str:
    """The digest of the CSVs, shown on the Sources page and in every citation of the data."""
    digest = hashlib.sha256()
    for name, *_rest in stamp:
        digest.update((Path(directory) / name).read_bytes())
    return digest.hexdigest()[:10]


def version() -> str:
    directory = data_dir()
    return data_version(str(directory), _stamp(directory))


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
        _(
            "This section needs {files}, which did not pass validation. Fix the rows below (or "
            "run `python -m kizuna.validate data`); other pages still work."
        ).format(files=", ".join(files))
    )
    more = len(errors) - 50
    st.code(
        "\n".join(str(p) for p in errors[:50])
        + (
            "\n" + ngettext("… and {n} more", "… and {n} more", more).format(n=more)
            if more > 0
            else ""
        ),
        language=None,
        wrap_lines=True,
    )
    return False
