"""Sources and citations: the source line under a chart, each row's sources, the method page."""

from __future__ import annotations

import re
from dataclasses import dataclass

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from kizuna import i18n
from kizuna.analysis.common import among, comma
from kizuna.i18n import N_, _
from kizuna.schema import CITED_TABLES, MECHANISM_TYPES, TABLES, TREATY_LEVEL_TYPES, described


@dataclass(frozen=True)
class Cited:
    """Every cited table's citations joined to their sources, made once per dataset by cite():
    every chart's source line and every table's source columns read them."""

    links: dict[str, pd.DataFrame]  # per table: record_id, source_id, publisher
    summaries: dict[str, pd.DataFrame]  # per table, per record: sources, source_ids, source_urls


# What a citation carries of its source: the source line names publishers, the table columns
# give addresses. (The whole source row, titles included, is the Sources page's.)
CITED_COLUMNS = ["source_id", "publisher", "url"]


def originals_first(citations: pd.DataFrame, sources: pd.DataFrame) -> pd.DataFrame:
    """The citations with each record's reproductions (mirrors, aggregators, re-posts) after
    its other sources, otherwise in the order cited: a mirror is only ever a second source."""
    kind = citations["source_id"].map(
        sources.drop_duplicates("source_id").set_index("source_id")["kind"]
    )
    return citations.iloc[np.argsort(kind.eq("reproduction").to_numpy(), kind="stable")]


def cite(citations: pd.DataFrame, sources: pd.DataFrame) -> Cited:
    citations = originals_first(citations, sources)
    links, summaries = {}, {}
    for table in CITED_TABLES:
        joined = joined_citations(table, citations, sources)
        links[table] = joined[["record_id", "source_id", "publisher"]].reset_index(drop=True)
        summaries[table] = _summed(joined)
    return Cited(links, summaries)


def joined_citations(table: str, citations: pd.DataFrame, sources: pd.DataFrame) -> pd.DataFrame:
    """The table's citations (record, source) with what each carries of its source."""
    mine = (citations["table"] == table).to_numpy(dtype=bool)
    return citations.loc[mine, ["record_id", "source_id"]].merge(
        sources.reindex(columns=CITED_COLUMNS), on="source_id", how="left"
    )


def sources_for(table: str, record_ids, cited: Cited) -> pd.DataFrame:
    """The sources cited by these records of a table, one row per record and source."""
    links = cited.links[table]
    ids = record_ids if isinstance(record_ids, pd.Series | pd.Index) else list(record_ids)
    return links[among(links["record_id"], ids)].reset_index(drop=True)


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
    list in C++, where pandas' groupby calls Python's str.join once per record."""
    values = rows[column]
    if not pd.api.types.is_string_dtype(values):  # a column with no value at all reads as float
        values = values.astype("str")
    table = pa.table({"record_id": pa.array(rows["record_id"]), "v": pa.array(values)})
    groups = table.group_by("record_id", use_threads=False).aggregate([("v", "list")])
    lists = groups["v_list"]
    text = pc.binary_join(lists, pa.scalar(separator, lists.type.value_type))
    joined = pa.table({"record_id": groups["record_id"], column: text}).to_pandas()
    return joined.set_index("record_id")[column].astype(rows[column].dtype)


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


def source_line(table: str, record_ids, cited: Cited) -> str:
    """'Sources: MOFA, Reuters and 12 others; 25 records' — the line under a chart, naming the
    three publishers cited most, by their short names."""
    ids = list(dict.fromkeys(record_ids))
    return sources_phrase(sources_for(table, ids, cited), len(ids))


def sources_phrase(cited: pd.DataFrame, records: int) -> str:
    """The source line for cited rows (sources_for's output, of one table or several)."""
    # each distinct publisher shortened once, not once per citation
    codes, names = pd.factorize(cited["publisher"], use_na_sentinel=False)
    shortened = np.array([short_publisher(n) for n in names], dtype=object)
    publishers = pd.Series(shortened[codes]).value_counts().index.tolist()
    count = i18n.number(records)
    if not publishers:
        return _("Sources: none; {records} records").format(records=count)
    if len(publishers) <= 3:
        return _("Sources: {publishers}; {records} records").format(
            publishers=comma().join(publishers), records=count
        )
    return _("Sources: {publishers} and {others} others; {records} records").format(
        publishers=comma().join(publishers[:3]),
        others=i18n.number(len(publishers) - 3),
        records=count,
    )


def citation_summary(table: str, frame: pd.DataFrame, key: str, cited: Cited) -> pd.DataFrame:
    """Adds `sources` (publishers), `source_ids` and `source_urls` columns: the sources of every
    row."""
    return frame.merge(cited.summaries[table], left_on=key, right_index=True, how="left")


def found_sources(sources: pd.DataFrame, kinds=(), query: str = "") -> np.ndarray:
    """Which sources are of these kinds and hold ``query`` (any case, not a pattern) in their
    title, their publisher, or across the two ("Guardian MOD")."""
    found = np.ones(len(sources), dtype=bool)
    if kinds:
        found &= np.array(sources["kind"].isin(kinds), dtype=bool)
    if query:
        text = sources["title"].fillna("") + " " + sources["publisher"].fillna("")
        found &= text.str.contains(query, case=False, regex=False).to_numpy(dtype=bool)
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
            ids = citations.loc[citations["table"] == name, "source_id"].unique()
            read = sources.loc[among(sources["source_id"], ids), "accessed"].dropna()
            if not read.empty:
                latest = read.max().date().isoformat()
        records.append(
            (
                name,
                len(frame) if frame is not None else None,
                latest,
                _("loaded") if frame is not None else _("not loaded: see errors"),
            )
        )
    columns = [_("table"), _("rows"), _("sources last read"), _("status")]
    return pd.DataFrame(records, columns=columns)


def dictionary(table) -> pd.DataFrame:
    """The data dictionary of a table, headers and meanings in the reader's language (names,
    kinds and allowed values are what the CSV holds, so they stay as written)."""
    return pd.DataFrame(
        [
            (
                f.name,
                f.kind,
                _("yes") if f.required else "",
                ", ".join(f.choices) or f.refers_to or "",
                described(f),
            )
            for f in table.fields
        ],
        columns=[
            _("column"),
            _("kind"),
            _("required"),
            _("allowed values / refers to"),
            _("meaning"),
        ],
    )


def sourcing(citations: pd.DataFrame, sources: pd.DataFrame) -> pd.DataFrame:
    """Per cited table: the records, the share citing at least one official text, and the
    share resting on reproductions alone (mirrors, aggregators, re-posts, blogs)."""
    kinds = citations.merge(sources[["source_id", "kind"]], on="source_id", how="left")
    kinds = kinds.assign(
        official=kinds["kind"].eq("official"), mirror=kinds["kind"].eq("reproduction")
    )
    per_record = kinds.groupby(["table", "record_id"], observed=True).agg(
        official=("official", "any"), mirror_only=("mirror", "all")
    )
    rows = per_record.groupby(level="table", observed=True).agg(
        records=("official", "size"),
        official=("official", "sum"),
        mirror_only=("mirror_only", "sum"),
    )
    rows = rows.reindex([t for t in CITED_TABLES if t in rows.index])
    total = rows.sum().to_frame("all records").T
    return pd.concat([rows, total]).rename_axis("table").reset_index()


def japanese_titles(titles_ja: pd.DataFrame, table: str) -> dict[str, str]:
    """Record id -> its official Japanese title, for one table."""
    rows = titles_ja[titles_ja["table"] == table]
    return dict(zip(rows["record_id"], rows["title_ja"], strict=True))


def japanese_share(
    agreements: pd.DataFrame, series: pd.DataFrame, titles_ja: pd.DataFrame
) -> pd.DataFrame:
    """Per kind of record Japan's ministries title in Japanese (treaty-level instruments, 2+2
    rounds, statements, exercise series): how many there are and how many have an official
    Japanese title on record."""
    titled = japanese_titles(titles_ja, "agreements")
    kinds = {
        N_("Treaty-level instruments"): agreements["type"].isin(TREATY_LEVEL_TYPES),
        N_("2+2 rounds"): agreements["type"].eq("2+2 dialogue"),
        N_("Statements and partnerships"): agreements["type"].isin(MECHANISM_TYPES)
        & ~agreements["type"].eq("2+2 dialogue"),
    }
    rows = [
        (kind, int(chosen.sum()), int(agreements.loc[chosen, "agreement_id"].isin(titled).sum()))
        for kind, chosen in kinds.items()
    ]
    series_titled = japanese_titles(titles_ja, "series")
    rows.append(
        (N_("Exercise series"), len(series), int(series["series_id"].isin(series_titled).sum()))
    )
    return pd.DataFrame(rows, columns=["kind", "records", "with_japanese_title"])
