"""Checks across tables, made once every table has passed its own rules."""

from __future__ import annotations

import pandas as pd

from kizuna.frames import among
from kizuna.load.dataset import Dataset
from kizuna.rules import Problem
from kizuna.schema import CITED_TABLES, TABLES


def check_citation_coverage(raw: dict[str, pd.DataFrame], dataset: Dataset) -> None:
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


def check_sides(raw, dataset: Dataset, records: str, links: str, other: str) -> None:
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
