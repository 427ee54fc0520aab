"""Sources and citations: the source line under a chart, each row's sources, the method page."""

from __future__ import annotations

import os
import re
import threading
import weakref

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from kizuna.analysis import _duckdb
from kizuna.analysis.common import among
from kizuna.schema import CITED_TABLES, TABLES


def sources_for(table: str, record_ids, citations: pd.DataFrame, sources: pd.DataFrame):
    """The sources cited by these records of a table, one row per record and source."""
    cited = _cited(table, citations, sources)
    ids = record_ids if isinstance(record_ids, pd.Series | pd.Index) else list(record_ids)
    return cited[among(cited["record_id"], ids)].reset_index(drop=True)


# Per (citations, sources) pair of frames, each table's citations joined to their sources and
# each record's summary: every chart's source line and every table's source columns read them.
# Held by weak references, so frames that are gone (and whose ids may be reused) never match.
_JOINED: dict[tuple[int, int], tuple[weakref.ref, weakref.ref, dict]] = {}
_JOINED_LOCK = threading.Lock()


def _joined(citations: pd.DataFrame, sources: pd.DataFrame) -> dict:
    key = (id(citations), id(sources))
    with _JOINED_LOCK:
        hit = _JOINED.get(key)
        if hit is not None and hit[0]() is citations and hit[1]() is sources:
            return hit[2]
        for stale in [k for k, (c, s, _) in _JOINED.items() if c() is None or s() is None]:
            del _JOINED[stale]
        store: dict = {}
        _JOINED[key] = (weakref.ref(citations), weakref.ref(sources), store)
        return store


# What a citation carries of its source: the source line names publishers, the table columns
# give addresses. (The whole source row, titles included, is the Sources page's.)
CITED_COLUMNS = ["source_id", "publisher", "url"]

# What is kept of a citation: the link, not its quotation (`locator`, the largest column of all:
# a quarter of a gigabyte at 1000x the shipped rows, and read only by the Sources page).
LINK_COLUMNS = ["table", "record_id", "source_id"]

# Who joins citations to sources and sums them up per record: pandas (with Arrow grouping and
# joining the strings), unless KIZUNA_ENGINE is "duckdb". Measured by bench/engines.py on
# 3 December 2026, all cited tables: at 100x the shipped rows pandas 0.97 s and +152 MB, DuckDB
# 1.97 s and +274 MB (at 1000x the day before, with pandas' one-record-at-a-time join: pandas
# 42.5 s, DuckDB 12.2 s and +2.7 GB; the Arrow join now does 1000x in 9-13 s). The server does
# it once, while it starts; pandas is faster and holds less, so pandas it is.
ENGINES = ("pandas", "duckdb")


def engine() -> str:
    chosen = os.environ.get("KIZUNA_ENGINE", "pandas")
    return chosen if chosen in ENGINES else "pandas"


def _full_join(table: str, citations: pd.DataFrame, sources: pd.DataFrame) -> pd.DataFrame:
    """The table's citations (LINK_COLUMNS) with what each carries of its source, and the
    source's row in the sources frame (`source_row`)."""
    cited = sources.reindex(columns=CITED_COLUMNS).assign(source_row=np.arange(len(sources)))
    if engine() == "duckdb":
        return _duckdb.cited(table, citations, cited, LINK_COLUMNS)
    mine = (citations["table"] == table).to_numpy(dtype=bool)
    return citations.loc[mine, LINK_COLUMNS].merge(cited, on="source_id", how="left")


def _kept(joined: pd.DataFrame, addresses: bool = False) -> pd.DataFrame:
    """What is kept of a table's joined citations: which record cites which source, and the
    source's publisher (a category: a few hundred names for a million citations), all the
    source lines read. The addresses live on in the summaries; for a table whose records are
    summed up when asked for (``addresses``), the source's row, where its address is read
    (looking the sources up by id took 0.1 s a call at 1000x the shipped rows, and keeping
    the addresses themselves 0.2 GB). The table is the store's key. At 1000x this holds
    0.13 GB where the whole join held 0.43 GB."""
    kept = joined[["record_id", "source_id"]].reset_index(drop=True)
    kept = kept.assign(publisher=pd.Categorical(joined["publisher"]))
    if addresses:
        kept["source_row"] = joined["source_row"].fillna(-1).to_numpy(dtype=np.int64)
    return kept


# Past this many citations of a table, a record's sources are summed up when rows are asked for
# (a page's first rows, a chart's points, a download), not held for every record: at 1000x the
# shipped rows the summaries of every record held 0.34 GB, and building them at start-up was
# the warm-up's peak. Below it (the shipped data: 1,976 citations in all) they are made once
# and merged, which is the faster of the two at that size.
SUMMARY_ROWS = 50_000


def _cited(table: str, citations: pd.DataFrame, sources: pd.DataFrame) -> pd.DataFrame:
    store = _joined(citations, sources)
    if ("cited", table) not in store:
        joined = _full_join(table, citations, sources)
        held = len(joined) <= SUMMARY_ROWS
        if held and ("summary", table) not in store and engine() == "pandas":
            store[("summary", table)] = _summed(joined)  # from the same join, made once
        store[("cited", table)] = _kept(joined, addresses=not held)
    return store[("cited", table)]


def _summed_when_asked(table: str, citations: pd.DataFrame, sources: pd.DataFrame) -> bool:
    """Decided once per table and dataset, when its citations are first joined."""
    return "source_row" in _cited(table, citations, sources).columns


def _summaries_of(table: str, record_ids: pd.Series, citations, sources) -> pd.DataFrame:
    """_summaries for these records alone: their citations, in the order cited, with each
    source's publisher and address."""
    links = _cited(table, citations, sources)
    mine = links[among(links["record_id"], record_ids.dropna().unique())]
    return _summed(
        mine.assign(
            publisher=mine["publisher"].astype(sources["publisher"].dtype),
            url=sources["url"].array.take(mine["source_row"].to_numpy(), allow_fill=True),
        )
    )


def _summaries(table: str, citations: pd.DataFrame, sources: pd.DataFrame) -> pd.DataFrame:
    store = _joined(citations, sources)
    if ("summary", table) not in store:
        if engine() == "duckdb":
            store[("summary", table)] = _duckdb.summaries(
                table, citations, sources.reindex(columns=CITED_COLUMNS)
            )
        else:
            store[("summary", table)] = _summed(_full_join(table, citations, sources))
    return store[("summary", table)]


def _summed(cited: pd.DataFrame) -> pd.DataFrame:
    """Per record (sorted), its publishers and addresses each named once and its source ids,
    in the order cited; records without a publisher or address get nothing for it."""
    cited = cited.dropna(subset=["record_id"])
    publishers = cited.dropna(subset=["publisher"]).drop_duplicates(["record_id", "publisher"])
    addresses = cited.dropna(subset=["url"]).drop_duplicates(["record_id", "url"])
    out = pd.DataFrame(
        {
            "sources": _joined_per_record(publishers, "publisher", "; "),
            "source_ids": _joined_per_record(cited, "source_id", "; "),
            "source_urls": _joined_per_record(addresses, "url", " "),
        }
    ).sort_index()
    out.index = out.index.astype(cited["record_id"].dtype)
    return out.astype({"sources": cited["publisher"].dtype, "source_urls": cited["url"].dtype})


def _joined_per_record(rows: pd.DataFrame, column: str, separator: str) -> pd.Series:
    """Each record's values joined in row order. Arrow groups them into lists and joins each
    list in C++: pandas' groupby called Python's str.join once per record, 140 s for the 850,000
    records of 1000x the shipped rows."""
    values = rows[column]
    if not pd.api.types.is_string_dtype(values):  # a column with no value at all reads as float
        values = values.astype("str")
    table = pa.table({"record_id": pa.array(rows["record_id"]), "v": pa.array(values)})
    groups = table.group_by("record_id", use_threads=False).aggregate([("v", "list")])
    lists = groups["v_list"]
    text = pc.binary_join(lists, pa.scalar(separator, lists.type.value_type))
    joined = pa.table({"record_id": groups["record_id"], column: text}).to_pandas()
    return joined.set_index("record_id")[column].astype(rows[column].dtype)


def prepare(citations: pd.DataFrame, sources: pd.DataFrame) -> None:
    """Every cited table's citations joined and summed up now (the server does it while it
    starts, so the first view of each page does not)."""
    for table in CITED_TABLES:
        if not _summed_when_asked(table, citations, sources):
            _summaries(table, citations, sources)


# How the source line names the publishers cited most; the data keep their full names.
SHORT_PUBLISHERS = {
    "Ministry of Foreign Affairs of Japan": "MOFA",
    "Ministry of Defense of Japan": "MOD Japan",
    "Japan Ministry of Defense": "MOD Japan",
    "The Japan News (Yomiuri Shimbun)": "Yomiuri",
    "The Yomiuri Shimbun": "Yomiuri",
    "Prime Minister's Office of Japan": "Kantei",
    "U.S. Department of Defense": "US DoD",
    "U.S. Department of State": "US State Dept",
}


def short_publisher(name: str) -> str:
    """'Ministry of Defense of Japan (text copy in GitHub repository ...)' -> 'MOD Japan'."""
    base = re.sub(r"\s*\(.*?\)\s*$", "", str(name)).strip() or str(name)
    return SHORT_PUBLISHERS.get(str(name), SHORT_PUBLISHERS.get(base, base))


def source_line(table: str, record_ids, citations: pd.DataFrame, sources: pd.DataFrame) -> str:
    """'Sources: MOFA, Reuters and 12 others; 25 records' — the line under a chart, naming the
    three publishers cited most, by their short names."""
    ids = list(dict.fromkeys(record_ids))
    return sources_phrase(sources_for(table, ids, citations, sources), len(ids))


def sources_phrase(cited: pd.DataFrame, records: int) -> str:
    """The source line for cited rows (sources_for's output, of one table or several)."""
    # each distinct publisher shortened once, not once per citation
    codes, names = pd.factorize(cited["publisher"], use_na_sentinel=False)
    shortened = np.array([short_publisher(n) for n in names], dtype=object)
    publishers = pd.Series(shortened[codes]).value_counts().index.tolist()
    if not publishers:
        named = "none"
    elif len(publishers) <= 3:
        named = ", ".join(publishers)
    else:
        named = f"{', '.join(publishers[:3])} and {len(publishers) - 3} others"
    return f"Sources: {named}; {records} records"


def citation_summary(table: str, frame: pd.DataFrame, key: str, citations, sources):
    """Adds `sources` (publishers), `source_ids` and `source_urls` columns: the sources of every
    row."""
    if _summed_when_asked(table, citations, sources):
        joined = _summaries_of(table, frame[key], citations, sources)
    else:
        joined = _summaries(table, citations, sources)
    return frame.merge(joined, left_on=key, right_index=True, how="left")


# Sources searched at a time: the text searched is one chunk's titles and publishers, not
# every source's (0.5-0.7 GB at 1000x the shipped rows, 1.4 million sources).
SEARCH_CHUNK = 100_000


def found_sources(sources: pd.DataFrame, kinds=(), query: str = "") -> np.ndarray:
    """Which sources are of these kinds and hold ``query`` (any case, not a pattern) in their
    title, their publisher, or across the two ("Guardian MOD")."""
    if kinds:
        found = np.array(sources["kind"].isin(kinds), dtype=bool)
    else:
        found = np.ones(len(sources), dtype=bool)
    if query:
        for start in range(0, len(sources), SEARCH_CHUNK):
            end = start + SEARCH_CHUNK
            part = sources.iloc[start:end]
            text = part["title"].fillna("") + " " + part["publisher"].fillna("")
            found[start:end] &= text.str.contains(query, case=False, regex=False).to_numpy(
                dtype=bool
            )
    return found


def search_sources(sources: pd.DataFrame, kinds=(), query: str = "") -> pd.DataFrame:
    return sources[found_sources(sources, kinds, query)].reset_index(drop=True)


def last_updated(tables: dict[str, pd.DataFrame]) -> pd.DataFrame:
    """Per table, the latest day a source cited by its rows was read."""
    records = []
    citations, sources = tables.get("citations"), tables.get("sources")
    for name in TABLES:
        frame = tables.get(name)
        latest = None
        if frame is not None and citations is not None and sources is not None:
            # the sources' ids and dates alone: joining whole rows took 1.4 GB at 1000x
            ids = citations.loc[citations["table"] == name, "source_id"].unique()
            read = sources.loc[among(sources["source_id"], ids), "accessed"].dropna()
            if not read.empty:
                latest = read.max().date().isoformat()
        records.append(
            (
                name,
                len(frame) if frame is not None else None,
                latest,
                "loaded" if frame is not None else "not loaded: see errors",
            )
        )
    return pd.DataFrame(records, columns=["table", "rows", "sources last read", "status"])


def dictionary(table) -> pd.DataFrame:
    return pd.DataFrame(
        [
            (
                f.name,
                f.kind,
                "yes" if f.required else "",
                ", ".join(f.choices) or f.refers_to or "",
                f.description,
            )
            for f in table.fields
        ],
        columns=["column", "kind", "required", "allowed values / refers to", "meaning"],
    )
