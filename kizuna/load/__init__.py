"""Read every table, validate it against the schema with pandera, and type it.

A table with any error is withheld (never half-loaded) and its problems are kept, each naming
file, row, column, value and rule, so the pages that need it can show them while the other
pages keep working. Nothing here touches Streamlit. By job: ``read`` (the CSV as text),
``typed`` (strings to types), ``checks`` (across tables), ``dataset`` (what a load returns).
"""

from __future__ import annotations

import hashlib
import os
from importlib import metadata
from pathlib import Path

import pandas as pd
import pandera.pandas as pa

from kizuna.load.checks import check_citation_coverage, check_series_years, check_sides
from kizuna.load.dataset import Dataset
from kizuna.load.read import BOM, read_raw, read_text
from kizuna.load.typed import typed
from kizuna.rules import Problem, build_schema, problems_from
from kizuna.schema import COVERED_TABLES, TABLES, upstream

__all__ = [
    "BOM",
    "DEFAULT_DATA_DIR",
    "Dataset",
    "data_dir",
    "load",
    "read_raw",
    "read_text",
    "typed",
    "version",
]

DEFAULT_DATA_DIR = Path(__file__).resolve().parents[2] / "data"
_PACKAGE = Path(__file__).resolve().parents[1]
# The libraries whose versions decide what passes and how it is typed.
LIBRARIES = ("pandas", "pandera", "pyarrow", "pycountry")


def data_dir() -> Path:
    """The folder the app reads: $KIZUNA_DATA_DIR, else the repository's data/."""
    return Path(os.environ.get("KIZUNA_DATA_DIR") or DEFAULT_DATA_DIR)


def version(directory: Path) -> str:
    """A digest of every table file, of the package's code and of the libraries' versions: the
    same digest, the same validated dataset and the same views."""
    digest = hashlib.sha256()
    for code in sorted(_PACKAGE.rglob("*.py")):
        digest.update(code.read_bytes())
    for library in LIBRARIES:
        digest.update(f"{library}={metadata.version(library)}".encode())
    for name, table in TABLES.items():
        path = directory / table.file
        digest.update(name.encode())
        digest.update(path.read_bytes() if path.exists() else b"<missing>")
    return digest.hexdigest()[:16]


def load(directory: Path | str | None = None) -> Dataset:
    directory = Path(directory) if directory is not None else data_dir()
    dataset = Dataset(directory, version=version(directory))
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
        # the checks below read ids, kept as text
        raw[name] = typed(frame, table)
        del frame
        if name in COVERED_TABLES:  # the tables other rows point into by (table, record_id)
            context["records"][name] = context[f"{name}.{table.key}"]
    check_citation_coverage(raw, dataset)
    check_sides(raw, dataset, "agreements", "agreement_parties", "a party besides Japan")
    check_sides(raw, dataset, "exercises", "exercise_participants", "a partner (role 'partner')")
    check_series_years(raw, dataset)
    for name, frame in raw.items():
        if not any(p.severity == "error" for p in dataset.problems[name]):
            dataset.tables[name] = frame
    return dataset
