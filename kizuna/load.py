"""Read every table, validate it against the schema with pandera, and type it.

A table with any error is withheld (never half-loaded) and its problems are kept, each naming
file, row, column, value and rule, so the pages that need it can show them while the other
pages keep working. Nothing here touches Streamlit.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import os
import pickle
import shutil
import subprocess
import sys
import threading
from collections import OrderedDict
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd
import pandera.pandas as pa
import pyarrow
import pyarrow.ipc as pa_ipc

from kizuna import memory
from kizuna.frames import among, frame_bytes
from kizuna.rules import Problem, build_schema, problems_from
from kizuna.schema import CITED_TABLES, TABLES, Table, upstream

_MEMO_LOCK = threading.Lock()
# The frames that per-filter memos may hold together ($KIZUNA_MEMO_MB; see Dataset.memo): at
# most a sixteenth of a memory limit (kizuna.memory).
MEMO_BYTES = memory.budget("KIZUNA_MEMO_MB", 256, 16, memory.LIMIT)
DEFAULT_DATA_DIR = Path(__file__).resolve().parent.parent / "data"
BOM = b"\xef\xbb\xbf"


def data_dir() -> Path:
    """The folder the app reads: $KIZUNA_DATA_DIR, else the repository's data/."""
    return Path(os.environ.get("KIZUNA_DATA_DIR") or DEFAULT_DATA_DIR)


@dataclass
class Dataset:
    """The usable tables, and every problem found, per table."""

    directory: Path
    tables: dict[str, pd.DataFrame] = field(default_factory=dict)
    problems: dict[str, list[Problem]] = field(default_factory=dict)

    @property
    def as_of(self) -> str:
        """The last day a source was read: the date of the data."""
        if "sources" not in self.tables or self.tables["sources"].empty:
            return "unknown"
        return self.tables["sources"]["accessed"].max().date().isoformat()

    def memo(self, key, compute, limit: int = 128, *, per_filter: bool = False):
        """A frame derived from the tables, computed once per dataset and key: the dataset is
        shared read-only by every session, so what is derived from it can be too. At most
        ``limit`` keys are kept; the one used longest ago is dropped first (so the index's
        scores for every year, asked for by every range, stay).

        ``per_filter``: one of many (a partner's, a range's). Those also share MEMO_BYTES of
        frames, the ones used longest ago dropped first, and one larger than that is returned
        but not kept: at 1000x the shipped rows one partner's chronology is 260 MB, and a
        count alone let a day of dossier visits hold gigabytes."""
        with _MEMO_LOCK:
            derived = self.__dict__.setdefault("_derived", OrderedDict())
            if key in derived:
                derived.move_to_end(key)
                return derived[key][0]
        value = compute()  # outside the lock: two sessions may both compute a new key, once
        size = frame_bytes(value) if per_filter else 0
        if size > MEMO_BYTES:
            return value
        with _MEMO_LOCK:
            derived[key] = (value, size)
            while len(derived) > limit:
                derived.popitem(last=False)
            held = sum(s for _, s in derived.values())
            for old in [k for k, (_, s) in derived.items() if s]:
                if held <= MEMO_BYTES:
                    break
                held -= derived.pop(old)[1]
        return value

    def ok(self, *names: str) -> bool:
        return all(n in self.tables for n in names)

    def errors(self, *names: str) -> list[Problem]:
        """Problems that keep any of these tables (or a table they rest on) from loading."""
        found: list[Problem] = []
        for n in _with_upstream(names):
            found += [p for p in self.problems.get(n, []) if p.severity == "error"]
        return found

    def warnings(self, *names: str) -> list[Problem]:
        return [p for n in names for p in self.problems.get(n, []) if p.severity == "warning"]

    def all_problems(self) -> list[Problem]:
        return [p for n in TABLES for p in self.problems.get(n, [])]

    def __getitem__(self, name: str) -> pd.DataFrame:
        return self.tables[name]


def _with_upstream(names) -> list[str]:
    seen: list[str] = []
    stack = list(names)
    while stack:
        n = stack.pop()
        if n not in seen:
            seen.append(n)
            stack += sorted(upstream(n))
    return seen


# -- reading ------------------------------------------------------------------------------------


def read_text(path: Path) -> tuple[str | None, list[Problem]]:
    name = path.name
    if not path.exists():
        return None, [Problem(name, f"the file is missing from {path.parent}")]
    raw = path.read_bytes()
    problems = []
    if raw.startswith(BOM):
        raw = raw[len(BOM) :]
        problems.append(
            Problem(
                name,
                "the file starts with a UTF-8 byte-order mark (BOM); it was ignored, "
                "but save the file as plain UTF-8",
                row=1,
                severity="warning",
            )
        )
    try:
        return raw.decode("utf-8"), problems
    except UnicodeDecodeError as e:
        line = raw[: e.start].count(b"\n") + 1
        bad = raw[e.start : e.end]
        return None, problems + [
            Problem(
                name,
                f"the file is not valid UTF-8 (byte {bad.hex(' ')} at offset {e.start})"
                "; save it as UTF-8",
                row=line,
                value=bad.decode("latin-1"),
            )
        ]


def read_raw(path: Path, table: Table) -> tuple[pd.DataFrame | None, list[Problem]]:
    """The table as strings (missing cells as NA), or None with the reason. The bytes are
    parsed as they are: a decoded copy of a large file would hold it in memory twice more."""
    if not path.exists():
        return read_text(path)
    raw = path.read_bytes()
    problems = []
    start = 0
    if raw.startswith(BOM):
        problems = read_text(path)[1]  # the warning
        start = len(BOM)
    try:
        frame = pd.read_csv(
            io.BytesIO(memoryview(raw)[start:]),
            encoding="utf-8",
            dtype=str,
            keep_default_na=False,
            na_values=[""],
            skip_blank_lines=True,
        )
    except UnicodeDecodeError:
        return None, read_text(path)[1]  # names the line and the byte
    except (pd.errors.ParserError, pd.errors.EmptyDataError) as e:
        return None, problems + [Problem(path.name, f"the file is not a readable CSV table ({e})")]
    frame.columns = [str(c) for c in frame.columns]
    return frame, problems


# -- checks -------------------------------------------------------------------------------------


# -- typing -------------------------------------------------------------------------------------


def _parse_date(value) -> pd.Timestamp:
    if pd.isna(value):
        return pd.NaT
    parts = str(value).split("-")
    return pd.Timestamp(
        int(parts[0]),
        int(parts[1]) if len(parts) > 1 else 1,
        int(parts[2]) if len(parts) > 2 else 1,
    )


def typed(frame: pd.DataFrame, table: Table) -> pd.DataFrame:
    """Strings to the types analysis needs: dates become the first day of their period (the
    precision column says how much of it is known)."""
    out = pd.DataFrame(index=frame.index)
    for f in table.fields:
        s = frame[f.name]
        if f.kind == "date":
            # each distinct date parsed once (dates repeat; per value this was most of typing)
            codes, distinct = pd.factorize(s)
            parsed = pd.to_datetime(pd.Series([_parse_date(v) for v in distinct], dtype=object))
            out[f.name] = (
                pd.Series(parsed.to_numpy()[codes] if len(distinct) else pd.NaT, index=frame.index)
                .where(codes >= 0)
                .astype("datetime64[us]")
            )
        elif f.kind == "int":
            out[f.name] = pd.to_numeric(s).astype("Int64")
        elif f.kind == "float":
            out[f.name] = pd.to_numeric(s).astype("float64")
        elif f.kind == "bool":
            out[f.name] = s.eq("true")
        else:
            out[f.name] = s.astype("string")
    return out.reset_index(drop=True)


# -- the whole dataset --------------------------------------------------------------------------


_PACKAGE = Path(__file__).resolve().parent
# Everything that decides whether a table passes: a change to any of it re-validates.
VALIDATING_CODE = (
    _PACKAGE / "load.py",
    _PACKAGE / "rules.py",
    _PACKAGE / "countries.py",
    _PACKAGE / "geo.py",
    _PACKAGE / "frames.py",
    *sorted((_PACKAGE / "schema").glob("*.py")),
)


def data_version(directory: Path) -> str:
    """A digest of every table file and of the code that validates them: the same digest, the
    same validated dataset."""
    digest = hashlib.sha256()
    for code in VALIDATING_CODE:
        digest.update(code.read_bytes())
    for name, table in TABLES.items():
        path = directory / table.file
        digest.update(name.encode())
        digest.update(path.read_bytes() if path.exists() else b"<missing>")
    return digest.hexdigest()[:16]


# What reading a cache that is missing, half written or from other code can raise.
UNREADABLE = (OSError, EOFError, pickle.UnpicklingError, ValueError, TypeError, AttributeError)


def load_cached(
    directory: Path | str | None, cache_dir: Path | str, *, in_this_process: bool = False
) -> Dataset:
    """load(), but a dataset already validated is read back from ``cache_dir``, keyed by
    data_version: a restart skips pandera (about 1.3 s at the shipped size, a minute at 1000x).

    Each table is an uncompressed Arrow IPC file, memory-mapped on reading: pandas' Arrow-backed
    text columns then point into the file instead of being copied, so the text a page never reads
    is never resident (and replicas on one machine share the pages the kernel caches). A cache
    that cannot be read is ignored and rewritten. Large data are validated in a child process
    (CHILD_ABOVE_BYTES) unless ``in_this_process``."""
    directory = Path(directory) if directory is not None else data_dir()
    path = Path(cache_dir) / f"dataset-{data_version(directory)}"
    try:
        return _read_cache(directory, path)
    except UNREADABLE:
        shutil.rmtree(path, ignore_errors=True)  # missing, or left broken: written again below
    large = csv_bytes(directory) > CHILD_ABOVE_BYTES and not in_this_process
    if large and _validate_in_child(directory, Path(cache_dir)):
        try:
            return _read_cache(directory, path)
        except UNREADABLE:
            shutil.rmtree(path, ignore_errors=True)
    dataset = load(directory)
    with contextlib.suppress(OSError):  # a read-only checkout works, validating on every start
        _write_cache(dataset, path)
    return dataset


# Validating needs about 2.5 times the CSVs' bytes while it runs (3.8 GB at 1000x the shipped
# rows, whose tables then hold 1.6 GB): above this size it runs in a child process that writes
# the cache and exits, so a server's memory never holds the peak. Below it, starting a Python
# process costs more than validating (the shipped data are 2.4 MB).
CHILD_ABOVE_BYTES = 64 * 2**20


def csv_bytes(directory: Path) -> int:
    return sum(p.stat().st_size for t in TABLES.values() if (p := directory / t.file).exists())


def _validate_in_child(directory: Path, cache_dir: Path) -> bool:
    """`python -m kizuna.validate --cache`: True if it wrote the cache."""
    env = dict(os.environ)
    root = str(Path(__file__).resolve().parents[1])
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [root, env.get("PYTHONPATH")]))
    done = subprocess.run(
        [sys.executable, "-m", "kizuna.validate", "--cache", str(cache_dir), str(directory)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        check=False,
    )
    return done.returncode in (0, 1)  # 1: problems found, written to the cache all the same


def _read_cache(directory: Path, path: Path) -> Dataset:
    with (path / "problems.pkl").open("rb") as f:
        names, problems = pickle.load(f)
    tables = {}
    for name in names:
        mapped = pyarrow.memory_map(str(path / f"{name}.arrow"))  # the buffers keep it open
        tables[name] = pa_ipc.open_file(mapped).read_all().to_pandas()
    with contextlib.suppress(OSError):  # marks it used (a read-only cache stays as it is)
        os.utime(path)
    return Dataset(directory, tables=tables, problems=problems)


def _write_cache(dataset: Dataset, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    shutil.rmtree(partial, ignore_errors=True)
    partial.mkdir()
    for name, frame in dataset.tables.items():
        table = pyarrow.Table.from_pandas(frame, preserve_index=False)
        # one chunk per column: Arrow's take (pandas' iloc, sort and merge) first joins a
        # chunked string column's chunks, a copy of the whole column out of the mapped file
        # (at 1000x the shipped rows, 134 MB to read forty of the sources' addresses)
        with contextlib.suppress(pyarrow.ArrowInvalid):  # too large for one chunk: as it is
            table = table.combine_chunks()
        with pa_ipc.new_file(str(partial / f"{name}.arrow"), table.schema) as writer:
            writer.write_table(table)
    with (partial / "problems.pkl").open("wb") as f:
        pickle.dump((list(dataset.tables), dataset.problems), f, protocol=pickle.HIGHEST_PROTOCOL)
    try:
        partial.rename(path)  # atomic: a reader never sees half a cache
    except OSError:
        shutil.rmtree(partial, ignore_errors=True)  # another process wrote it first
        if not path.exists():
            raise
    _prune(path.parent)


# Data versions kept in a cache folder (1.6 GB each at 1000x the shipped rows): the ones used
# last. A replica still reading one that goes keeps its mapped files until it lets them go.
CACHE_VERSIONS = 6


def _prune(cache_dir: Path) -> None:
    kept = sorted(
        (p for p in cache_dir.glob("dataset-*") if not p.name.endswith(".tmp")),
        key=lambda p: p.stat().st_mtime,
        reverse=True,
    )
    for old in kept[CACHE_VERSIONS:]:
        if old.is_dir():
            shutil.rmtree(old, ignore_errors=True)
        else:
            old.unlink(missing_ok=True)  # a pickle of an earlier release


def load(directory: Path | str | None = None) -> Dataset:
    directory = Path(directory) if directory is not None else data_dir()
    dataset = Dataset(directory)
    raw: dict[str, pd.DataFrame] = {}
    context: dict = {"records": {}}
    for name, table in TABLES.items():
        frame, problems = read_raw(directory / table.file, table)
        dataset.problems[name] = problems
        if frame is None:
            continue
        broken_upstream = [u for u in sorted(upstream(name)) if u not in raw]
        if broken_upstream:
            dataset.problems[name].append(
                Problem(
                    table.file,
                    "not checked: it refers to "
                    + ", ".join(f"{u}.csv" for u in broken_upstream)
                    + ", which has errors",
                )
            )
            continue
        if table.key and table.key in frame:
            context[f"{name}.{table.key}"] = set(frame[table.key].dropna())  # self-references
        try:
            build_schema(table, context).validate(frame, lazy=True)
        except pa.errors.SchemaErrors as e:
            dataset.problems[name] += problems_from(e, table)
            continue
        except pa.errors.SchemaError as e:  # raised instead of SchemaErrors for some frame faults
            dataset.problems[name].append(Problem(table.file, str(e).splitlines()[0]))
            continue
        # typed now, so the strings read are let go table by table (at 1000x the shipped rows,
        # all of them at once was gigabytes); the checks below read ids, kept as text
        raw[name] = typed(frame, table)
        del frame
        if name in CITED_TABLES:
            context["records"][name] = context[f"{name}.{table.key}"]
    _check_citation_coverage(raw, dataset)
    _check_sides(raw, dataset, "agreements", "agreement_parties", "a party besides Japan")
    _check_sides(raw, dataset, "exercises", "exercise_participants", "a partner (role 'partner')")
    for name, frame in raw.items():
        if not any(p.severity == "error" for p in dataset.problems[name]):
            dataset.tables[name] = frame
    return dataset


def _check_citation_coverage(raw: dict[str, pd.DataFrame], dataset: Dataset) -> None:
    """Every record of a cited table names at least one source in citations.csv."""
    if "citations" not in raw:
        return
    citations = raw["citations"]
    for name in CITED_TABLES:
        if name not in raw:
            continue
        table = TABLES[name]
        ids = raw[name][table.key]
        cited = citations.loc[citations["table"] == name, "record_id"]
        for index, record_id in ids[~among(ids, cited)].items():
            dataset.problems[name].append(
                Problem(
                    table.file,
                    "has no source: add a row for it to citations.csv",
                    row=int(index) + 2,
                    column=table.key,
                    value=record_id,
                )
            )


def _check_sides(raw, dataset: Dataset, records: str, links: str, other: str) -> None:
    """An agreement binds Japan and another party; an exercise brings Japan's forces together
    with at least one partner's. A record whose link rows say otherwise is refused."""
    if records not in raw or links not in raw:
        return
    key = TABLES[records].key
    rows = raw[links]
    if "role" in rows:
        partners = rows.loc[rows["role"].eq("partner"), key]
    else:
        partners = rows.loc[rows["country"].ne("JPN"), key]
    with_japan = set(rows.loc[rows["country"].eq("JPN"), key])
    with_other = set(partners)
    for index, record_id in raw[records][key].items():
        missing = [
            what
            for what, ids in (("Japan (JPN)", with_japan), (other, with_other))
            if record_id not in ids
        ]
        if missing:
            dataset.problems[records].append(
                Problem(
                    TABLES[records].file,
                    f"{links}.csv does not list " + " or ".join(missing) + " for it",
                    row=int(index) + 2,
                    column=key,
                    value=record_id,
                )
            )
