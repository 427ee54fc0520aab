"""Sources & method: the searchable source list, when each table was last read, the dictionary."""

from __future__ import annotations

import numpy as np
import pandas as pd

from kizuna import analysis
from kizuna.load import Dataset
from kizuna.schema import Table
from kizuna.views._core import SHOWN_ROWS, View


def source_search(data: Dataset, kinds=(), query: str = "") -> View:
    """The first sources of these kinds whose title or publisher holds ``query`` (any case),
    and how many there are: the table shows the first rows, ``source_table`` has them all."""
    sources = data["sources"]
    found = analysis.found_sources(sources, kinds, query)
    view = View()
    first = np.flatnonzero(found)[:SHOWN_ROWS]
    view.tables["sources"] = sources.iloc[first].reset_index(drop=True)
    view.metrics["sources"] = int(found.sum())
    return view


def source_table(data: Dataset, kinds=(), query: str = "") -> pd.DataFrame:
    """Every source the search finds, for the downloads."""
    return analysis.search_sources(data["sources"], kinds, query)


def last_updated(data: Dataset) -> pd.DataFrame:
    return analysis.last_updated(data.tables)


def data_dictionary(data: Dataset, table: Table) -> pd.DataFrame:
    return analysis.dictionary(table)
