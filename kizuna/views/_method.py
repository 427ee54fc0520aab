"""Sources & method: the searchable source list, when each table was last read, the dictionary."""

from __future__ import annotations

import pandas as pd

from kizuna import analysis
from kizuna.load import Dataset
from kizuna.schema import Table


def source_search(data: Dataset, kinds=(), query: str = "") -> pd.DataFrame:
    """The sources of these kinds whose title or publisher holds ``query`` (any case)."""
    return analysis.search_sources(data["sources"], kinds, query)


def last_updated(data: Dataset) -> pd.DataFrame:
    return data.memo("last_updated", lambda: analysis.last_updated(data.tables))


def data_dictionary(data: Dataset, table: Table) -> pd.DataFrame:
    return data.memo(("dictionary", table.name), lambda: analysis.dictionary(table))
