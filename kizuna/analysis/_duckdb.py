"""The citation join and its per-record summaries in DuckDB, over the pandas frames themselves
(DuckDB scans their Arrow columns; nothing is copied into a database). Same answers as the
pandas code in ``sources``, row for row: tests/test_scale_helpers.py compares them."""

from __future__ import annotations

import numpy as np
import pandas as pd

from kizuna.geo import EARTH_RADIUS_KM

# Citation rows keep their order (a record's sources are listed as citations.csv lists them):
# ``pos`` is each row's place in the citations frame.
_CITED = """
    SELECT c.*, s.* EXCLUDE (source_id)
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


def _strings(frame: pd.DataFrame, *like: pd.DataFrame, text="str") -> pd.DataFrame:
    """DuckDB's text comes back as Python objects: each column gets the type the pandas path
    gives it (that of the frame it comes from; else ``text``)."""
    types = {}
    for c in frame.columns:
        known = [f[c].dtype for f in like if c in f.columns]
        if known or frame[c].dtype == object or pd.api.types.is_string_dtype(frame[c]):
            types[c] = known[0] if known else text
    return frame.astype(types)


def cited(table: str, citations: pd.DataFrame, sources: pd.DataFrame, columns) -> pd.DataFrame:
    rows = _query(_CITED + " ORDER BY c.pos", table, citations, sources, columns)
    # a missing source has no row: left as DuckDB gives it (with nulls), as the pandas join does
    like = sources.drop(columns="source_row", errors="ignore")
    return _strings(rows.drop(columns="pos"), citations, like)


def summaries(table: str, citations: pd.DataFrame, sources: pd.DataFrame) -> pd.DataFrame:
    rows = _query(_SUMMARIES, table, citations, sources, ["table", "record_id", "source_id"])
    # the summaries are the sources' own text, joined: of its type, as the pandas path has them
    return _strings(rows, citations, text=sources["publisher"].dtype).set_index("record_id")


# The Exercises page as queries: the query layer docs/deploy.md describes. DuckDB filters and
# aggregates the tables where they lie (the pandas frames' own columns, scanned, not copied) and
# hands back only what the page shows: counts per year, the farthest reach, the map's points (or
# its cells, past a map's worth), the first rows. Rows are taken in one order everywhere (start,
# then id), so that "the first" and "of equal ones, the earliest" mean the same on every path.
# tests/test_scale_helpers.py checks every answer against the pandas functions in
# analysis.exercises, which state what each one means.
_EXERCISES = """
    CREATE TEMP TABLE chosen AS
    SELECT exercise_id, "start", CAST(year("start") AS BIGINT) AS year, domain, lat, lon, host
    FROM exercises
    WHERE year("start") BETWEEN $first AND $last
      AND ($any_domain OR list_contains($domains, domain))
      AND ($any_kind OR list_contains($kinds, kind))
      AND ($anyone OR exercise_id IN (
            SELECT exercise_id FROM participants
            WHERE "role" = 'partner' AND list_contains($partners, country)))
"""

# one row per exercise and partner that trained with Japan's forces in it
_PARTNERED = """
    partnered AS (
    SELECT c.exercise_id, c."start", c.year, c.lat, c.lon, c.host,
           p.country AS partner, p.departed_lat, p.departed_lon, p.pos
    FROM chosen AS c JOIN participants AS p USING (exercise_id)
    WHERE p."role" = 'partner')
"""

# analysis.reach: from the home base or port where sources give one, else the capital
_REACH = """
    placed AS (
        SELECT r.*, (r.departed_lat IS NOT NULL AND r.departed_lon IS NOT NULL) AS departed,
               h.lat AS capital_lat, h.lon AS capital_lon
        FROM partnered AS r LEFT JOIN homes AS h USING (partner)
        WHERE ($anyone OR list_contains($partners, r.partner))
          AND r.partner <> $japan AND r.partner <> coalesce(r.host, '')
    ), homed AS (
        SELECT *,
               CASE WHEN departed THEN departed_lat ELSE capital_lat END AS home_lat,
               CASE WHEN departed THEN departed_lon ELSE capital_lon END AS home_lon
        FROM placed
    ), reach AS (
    SELECT partner, year, exercise_id, "start", lat, lon, home_lat, home_lon, departed,
           CAST(round_even(2 * $radius * asin(sqrt(
               pow(sin(radians(lat - home_lat) / 2), 2)
               + cos(radians(home_lat)) * cos(radians(lat))
                 * pow(sin(radians(lon - home_lon) / 2), 2))), 0) AS BIGINT) AS distance_km
    FROM homed WHERE home_lat IS NOT NULL)
"""

# the partners and the reach of the chosen exercises, asked for by every query that needs them
# rather than kept: a build's working memory is then the chosen exercises and one query's
_WITH = f"WITH {_PARTNERED}, {_REACH}"

_IN_ORDER = '"start", exercise_id'

EXERCISE_QUERIES = {
    "ids": f"SELECT exercise_id FROM chosen ORDER BY {_IN_ORDER}",
    "first_rows": f"""
        SELECT * FROM exercises WHERE exercise_id IN (
            SELECT exercise_id FROM chosen ORDER BY {_IN_ORDER} LIMIT $rows)
        ORDER BY {_IN_ORDER}""",
    "per_domain": """
        SELECT year, domain, count(DISTINCT exercise_id) AS exercises
        FROM chosen GROUP BY ALL ORDER BY year, domain""",
    "per_partner": f"""{_WITH}
        SELECT year, partner, count(DISTINCT exercise_id) AS exercises
        FROM partnered WHERE $anyone OR list_contains($partners, partner)
        GROUP BY ALL ORDER BY year, partner""",
    "longest": f"""{_WITH}
        SELECT r.partner, r.year, r.distance_km, e.name, r.exercise_id,
               CASE WHEN r.departed THEN 'home base or port' ELSE 'capital' END AS measured_from
        FROM (
            SELECT partner, year, max(distance_km) AS distance_km,
                   min_by(exercise_id, (-distance_km, {_IN_ORDER})) AS exercise_id,
                   min_by(departed, (-distance_km, {_IN_ORDER})) AS departed
            FROM reach GROUP BY partner, year) AS r
        JOIN exercises AS e USING (exercise_id)
        ORDER BY r.partner, r.year""",
    "farthest": f"""{_WITH}
        SELECT r.partner, e.name, r.distance_km FROM (
            SELECT * FROM reach ORDER BY distance_km DESC, {_IN_ORDER}, partner LIMIT 1) AS r
        JOIN exercises AS e USING (exercise_id)""",
    "arcs": f"""{_WITH}
        SELECT partner, lat, lon, home.home_lat, home.home_lon FROM (
            SELECT partner, lat, lon, min(({_IN_ORDER})) AS first,
                   min_by({{'home_lat': home_lat, 'home_lon': home_lon}}, ({_IN_ORDER})) AS home
            FROM reach WHERE distance_km > $arc_km AND $draw_arcs
            GROUP BY partner, lat, lon)
        ORDER BY first, partner LIMIT $max_arcs""",
}

# what the Exercises page shows beside the map (the dossier's map does without them)
PAGE_ONLY = ("per_domain", "per_partner", "longest")

# analysis.map_points' lead partner (a selected partner first, then the host, then the first
# listed), the most frequent leads in colour, then charts.maps' one-degree cells
_CELLS = f"""{_WITH},
    leads AS (
        SELECT exercise_id, arg_min(partner,
            ((CASE WHEN list_contains($partners, partner) THEN 0 ELSE 2 END)
             - (CASE WHEN partner = host THEN 1 ELSE 0 END)) * 10_000_000_000 + pos) AS lead
        FROM partnered GROUP BY exercise_id
    ), points AS (
        SELECT c.*, coalesce(l.lead, $japan) AS lead_partner
        FROM chosen AS c LEFT JOIN leads AS l USING (exercise_id)
        WHERE c.lat IS NOT NULL AND c.lon IS NOT NULL
    ), top AS (
        SELECT lead_partner FROM points GROUP BY lead_partner
        ORDER BY count(*) DESC, lead_partner LIMIT $coloured
    ), grouped AS (
        SELECT *, CASE WHEN $by_partner THEN (CASE WHEN lead_partner IN (SELECT * FROM top)
                  THEN lead_partner ELSE $others END) ELSE domain END AS colour
        FROM points
    )
    SELECT g.*, e.name AS example, e.location
    FROM (
        SELECT colour, round_even(lat, 0) AS cell_lat, round_even(lon, 0) AS cell_lon,
               avg(lat) AS lat, avg(lon) AS lon, count(*) AS n,
               arg_min(exercise_id, ("start", exercise_id)) AS exercise_id
        FROM grouped GROUP BY colour, cell_lat, cell_lon) AS g
    JOIN exercises AS e USING (exercise_id)
    ORDER BY colour, cell_lat, cell_lon
"""


def exercise_frames(
    exercises: pd.DataFrame,
    participants: pd.DataFrame,
    homes: pd.DataFrame,
    partners=(),
    years=(1900, 2100),
    domains=(),
    kinds=(),
    *,
    rows: int = 500,
    map_points_max: int = 1_500,
    coloured: int = 8,
    others: str = "Others",
    colour_by: str = "partner",
    arcs: bool = True,
    arc_km: int = 300,
    max_arcs: int = 400,
    japan: str = "JPN",
    map_only: bool = False,
) -> dict[str, pd.DataFrame]:
    """What the Exercises page shows of the exercises in these filters. ``ids``: every one, in
    order; ``first_rows``: the first ``rows`` of them, whole (all of them, when a map's worth);
    ``per_domain`` / ``per_partner``: exercises per year; ``longest`` / ``farthest`` / ``arcs``:
    reach; ``cells``: the map binned by colour and one-degree cell, past ``map_points_max``
    exercises (else empty). ``homes``: partner, lat, lon of each partner's capital.
    ``map_only``: the map's frames alone, without per_domain, per_partner and longest."""
    import duckdb

    params = {
        "first": years[0],
        "last": years[1],
        "anyone": not partners,
        "partners": list(partners) or [""],
        "any_domain": not domains,
        "domains": list(domains) or [""],
        "any_kind": not kinds,
        "kinds": list(kinds) or [""],
        "japan": japan,
        "radius": EARTH_RADIUS_KM,
        "arc_km": arc_km,
        "draw_arcs": arcs,
        "max_arcs": max_arcs,
        "coloured": coloured,
        "others": others,
        "by_partner": colour_by == "partner",
    }

    def run(con, sql, **more):
        wanted = {k: v for k, v in {**params, **more}.items() if f"${k}" in sql}
        return con.execute(sql, wanted)

    # listing order within an exercise decides its lead partner: the row's place in the table
    listed = participants.assign(pos=np.arange(len(participants), dtype=np.int64))
    # one build's working memory stays bounded; insertion order is not needed (every query
    # says its order), and keeping it costs memory
    config = {"threads": 2, "memory_limit": "512MB", "preserve_insertion_order": False}
    with duckdb.connect(config=config) as con:
        con.register("exercises", exercises)
        con.register("participants", listed)
        con.register("homes", homes)
        run(con, _EXERCISES)
        out = {
            name: run(con, sql).df()
            for name, sql in EXERCISE_QUERIES.items()
            if name != "first_rows" and not (map_only and name in PAGE_ONLY)
        }
        count = len(out["ids"])
        whole = count <= map_points_max
        first = run(con, EXERCISE_QUERIES["first_rows"], rows=count if whole else rows).df()
        out["first_rows"] = first.astype(exercises.dtypes[first.columns].to_dict())
        out["cells"] = pd.DataFrame() if whole else run(con, _CELLS).df()
    return out
