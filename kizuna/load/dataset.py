"""The validated tables, and every problem found, per table."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from kizuna.rules import Problem
from kizuna.schema import TABLES, upstream


@dataclass
class Dataset:
    """The usable tables, and every problem found, per table."""

    directory: Path
    tables: dict[str, pd.DataFrame] = field(default_factory=dict)
    problems: dict[str, list[Problem]] = field(default_factory=dict)
    # the digest of the tables and of the code and libraries that validated them
    version: str = ""
    # what the views derive from the whole dataset, made once when it is loaded (views.prepare)
    prepared: object = None

    @property
    def as_of(self) -> str:
        """The last day a source was read: the date of the data."""
        if "sources" not in self.tables or self.tables["sources"].empty:
            return "unknown"
        return self.tables["sources"]["accessed"].max().date().isoformat()

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
