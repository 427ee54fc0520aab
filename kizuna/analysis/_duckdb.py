"""The citation join and its per-record summaries in DuckDB, over the pandas frames themselves
(DuckDB scans their Arrow columns; nothing is copied into a database). Same answers as the
pandas code in ``sources``, row for row: tests/test_scale_helpers.py compares them."""

from __future__ import annotations

import numpy as np
import pandas as pd

# Citation rows keep their order (a record's sources are listed as citations.csv lists them):
# ``pos`` is each row's place in the citations frame.
_CITED = """
    SELECT c.*, s.publisher, s.url
    FROM citations AS c LEFT JOIN sources AS s ON c.source_id = s.source_id
    WHERE c."table" = $table
"""

_SUMMARIES = f"""
    WITH cited AS ({_CITED}),
    publishers AS (
        SELECT record_id, publisher, min(pos) AS pos FROM cited
        WHERE publisher IS NOT NULL GROUP BY record_id, publisher
    ),
    addresses AS (
        SELECT record_id, url, min(pos) AS pos FROM cited
        WHERE url IS NOT NULL GROUP BY record_id, url
    )
    SELECT i.record_id, p.sources, i.source_ids, a.source_urls
    FROM (
        SELECT record_id, string_agg(source_id, '; ' ORDER BY pos) AS source_ids
        FROM cited GROUP BY record_id
    ) AS i
    LEFT JOIN (
        SELECT record_id, string_agg(publisher, '; ' ORDER BY pos) AS sources
        FROM publishers GROUP BY record_id
    ) AS p USING (record_id)
    LEFT JOIN (
        SELECT record_id, string_agg(url, ' ' ORDER BY pos) AS source_urls
        FROM addresses GROUP BY record_id
    ) AS a USING (record_id)
    ORDER BY i.record_id
"""


def _query(
    sql: str, table: str, citations: pd.DataFrame, sources: pd.DataFrame, columns=None
) -> pd.DataFrame:
    """The query over the table's own citations (picked out first: DuckDB would otherwise read
    every column of every citation into its own memory) and the sources."""
    import duckdb  # only where the engine is used: the dashboard starts without it

    mine = (citations["table"] == table).to_numpy(dtype=bool)
    numbered = citations.loc[mine, columns or list(citations.columns)]
    numbered.insert(0, "pos", np.flatnonzero(mine))
    with duckdb.connect() as con:
        con.register("citations", numbered)
        con.register("sources", sources)
        return con.execute(sql, {"table": table}).df()


def _strings(frame: pd.DataFrame, *like: pd.DataFrame) -> pd.DataFrame:
    """DuckDB's text comes back as Python objects: each column gets the type the pandas path
    gives it (that of the frame it comes from; else pandas' string)."""
    types = {}
    for c in frame.columns:
        known = [f[c].dtype for f in like if c in f.columns]
        if known or frame[c].dtype == object:
            types[c] = known[0] if known else "str"
    return frame.astype(types)


def cited(table: str, citations: pd.DataFrame, sources: pd.DataFrame, columns) -> pd.DataFrame:
    rows = _query(_CITED + " ORDER BY c.pos", table, citations, sources, columns)
    return _strings(rows.drop(columns="pos"), citations, sources)


def summaries(table: str, citations: pd.DataFrame, sources: pd.DataFrame) -> pd.DataFrame:
    rows = _query(_SUMMARIES, table, citations, sources, ["table", "record_id", "source_id"])
    return _strings(rows, citations).set_index("record_id")


# The Exercises page's filters and aggregates as queries: the first piece of the query layer
# docs/deploy.md describes (views that receive only the rows and aggregates they show). Not yet
# what the page calls: bench/engines.py measures it against the pandas view it would replace,
# and tests/test_scale_helpers.py checks that it answers as analysis.filter_exercises,
# exercises_per_year and tempo do.
_CHOSEN = """
    SELECT * FROM exercises
    WHERE year("start") BETWEEN $first AND $last
      AND ($anyone OR exercise_id IN (
            SELECT exercise_id FROM participants
            WHERE "role" = 'partner' AND list_contains($partners, country)))
"""

EXERCISE_QUERIES = {
    "count": f"SELECT count(*) AS exercises FROM ({_CHOSEN})",
    "first_rows": f'SELECT * FROM ({_CHOSEN}) ORDER BY "start", exercise_id LIMIT $rows',
    "per_domain": f"""
        SELECT CAST(year("start") AS BIGINT) AS year, domain,
               count(DISTINCT exercise_id) AS exercises
        FROM ({_CHOSEN}) GROUP BY ALL ORDER BY year, domain""",
    "per_partner": f"""
        SELECT CAST(year(c."start") AS BIGINT) AS year, p.country AS partner,
               count(DISTINCT c.exercise_id) AS exercises
        FROM ({_CHOSEN}) AS c JOIN participants AS p USING (exercise_id)
        WHERE p."role" = 'partner' AND ($anyone OR list_contains($partners, p.country))
        GROUP BY ALL ORDER BY year, partner""",
}


def exercise_aggregates(con, partners, years, rows: int = 500) -> dict[str, pd.DataFrame]:
    """What the Exercises page shows of the exercises in these filters, asked of a DuckDB
    connection where ``exercises`` and ``participants`` are registered (Arrow tables or
    frames): how many, the first ``rows`` by start, and the tempo per domain and per partner."""
    params = {
        "first": years[0],
        "last": years[1],
        "anyone": not partners,
        "partners": list(partners) or [""],
        "rows": rows,
    }
    return {
        name: con.execute(sql, {k: v for k, v in params.items() if f"${k}" in sql}).df()
        for name, sql in EXERCISE_QUERIES.items()
    }
