"""Maps: the partnership index by country, and where Japan's forces trained with partners."""

from __future__ import annotations

import pandas as pd

from kizuna import countries, geo
from kizuna.charts.core import Caption, Chart, Draft, finish, safe_frame, trace
from kizuna.charts.theme import DOMAIN_COLOURS, INDEX_SCALE

JAPAN_MERIDIAN = 140  # maps centre on Japan, the hub of every view


MAX_ARCS = 400  # distinct home-to-place arcs drawn; more only hide the map
ARC_KM = 300  # nearer than this, an arc is a dot
MAP_COLOURED = 8  # partners given their own colour on the exercise map; the rest are grey
OTHERS = "Other partners"
MAP_POINTS = 1_500  # beyond this many exercises the map bins them by place
# The world both maps are drawn on: centred on Japan, country borders, no frame.
GEO = dict(
    projection=dict(type="natural earth", rotation=dict(lon=JAPAN_MERIDIAN)),
    showcountries=True,
    countrycolor="#CCCCCC",
    showland=True,
    showframe=False,
)


def index_map(index: pd.DataFrame, caption: Caption) -> Chart:
    """World choropleth of the composite partnership index for one year, on a fixed 0-100
    scale (light to dark) that does not reset when the filters change; countries with no
    partnership on record stay grey."""
    data = index[index["index"] > 0]
    data = data.assign(name=data["partner"].map(countries.name))
    year = int(index["year"].max()) if len(index) else None
    fig = Draft(
        data=[
            trace(
                "choropleth",
                locations=data["partner"],
                z=data["index"],
                text=data["name"],
                customdata=data[["rank", "best_rank", "worst_rank"]],
                zmin=0,
                zmax=100,
                colorscale=INDEX_SCALE,
                marker_line_color="white",
                marker_line_width=0.5,
                colorbar=dict(title="Index", tickvals=[0, 25, 50, 75, 100], len=0.6),
                hovertemplate="%{text}<br>Index %{z:.1f} (0–100)<br>Rank %{customdata[0]}, "
                "range %{customdata[1]}–%{customdata[2]}<extra>" + str(year) + "</extra>",
            )
        ]
    )
    fig.add_trace(
        trace(
            "scattergeo",
            lon=[geo.home(countries.JAPAN)[1]],
            lat=[geo.home(countries.JAPAN)[0]],
            text=["Japan"],
            mode="markers+text",
            textposition="bottom center",
            hoverinfo="text",
            marker=dict(size=10, color=countries.JAPAN_COLOUR),
            showlegend=False,
        )
    )
    fig.update_layout(
        geo={**GEO, "showcoastlines": False, "landcolor": "#E0E0E0"},
    )
    fig = finish(fig, caption, height=520)
    top = data.nsmallest(1, "rank")
    summary = (
        f"Map of the composite partnership index (0–100) in {year}; highest: "
        f"{top['name'].iloc[0]} ({top['index'].iloc[0]:.1f})."
        if len(top)
        else "No partnership data for this selection."
    )
    return Chart("overview-map", caption, fig, data, summary)


def exercise_map(
    points: pd.DataFrame,
    arcs: pd.DataFrame,
    caption: Caption,
    colour_by: str = "partner",
    *,
    total: int | None = None,
    farthest: pd.DataFrame | None = None,
    cells: pd.DataFrame | None = None,
) -> Chart:
    """Exercise locations sized by the number of countries, coloured by lead partner or domain,
    with great-circle arcs from each participant's home (``arcs``: partner, lat, lon, home_lat,
    home_lon). Past MAP_POINTS exercises the map shows ``cells`` (analysis.map_cells) instead of
    ``points``; ``total``: the exercises mapped; ``farthest``: the longest reach."""
    fig = Draft()
    for partner, rows in arcs.groupby("partner"):
        lats, lons = [], []
        for r in rows.itertuples():
            for lat, lon in geo.great_circle_path(r.home_lat, r.home_lon, r.lat, r.lon):
                lats.append(lat)
                lons.append(lon)
            lats.append(None)
            lons.append(None)
        fig.add_trace(
            trace(
                "scattergeo",
                lat=lats,
                lon=lons,
                mode="lines",
                hoverinfo="skip",
                line=dict(width=1, color=countries.colour(partner)),
                opacity=0.45,
                name=f"{countries.name(partner)} reach",
                showlegend=False,
            )
        )
    binned = cells is not None and not cells.empty
    colours = countries.colour if colour_by == "partner" else DOMAIN_COLOURS.get
    if colour_by == "partner":
        colours = lambda code: countries.OTHER_COLOUR if code == OTHERS else countries.colour(code)  # noqa: E731
    if binned:
        data = cells.assign(
            name=cells["n"].astype(str) + " exercises, e.g. " + cells["example"],
            when="",
            sources="see the table",
            countries=(cells["n"] ** 0.5).clip(upper=12),
        )
        key, weight = "colour", data["n"]
    else:
        data = points.copy(deep=False)  # copy-on-write: the rows stay shared
        key = "lead_partner" if colour_by == "partner" else "domain"
        if colour_by == "partner":  # the most frequent partners in colour, the rest grey
            top = _most_first(data[key].value_counts()).head(MAP_COLOURED).index
            data["colour_group"] = data[key].where(data[key].isin(top), OTHERS)
            key = "colour_group"
        weight = pd.Series(1, index=data.index)
    order = _most_first(weight.groupby(data[key]).sum()).index  # legend: most exercises first
    for value in order:
        rows = data[data[key] == value]
        label = value if value == OTHERS or colour_by != "partner" else countries.name(value)
        fig.add_trace(
            trace(
                "scattergeo",
                lat=rows["lat"],
                lon=rows["lon"],
                mode="markers",
                name=label,
                marker=dict(
                    size=8 + 3 * rows["countries"].clip(upper=12),
                    color=colours(value),
                    line=dict(width=0.5, color="white"),
                    opacity=0.85,
                ),
                customdata=safe_frame(rows[["name", "when", "location", "sources", "exercise_id"]]),
                hovertemplate="<b>%{customdata[0]}</b><br>%{customdata[1]} · %{customdata[2]}"
                "<br>Sources: %{customdata[3]}<extra></extra>",
            )
        )
    fig.update_layout(
        geo={**GEO, "landcolor": "#F2F2F2", "lataxis": dict(range=[-50, 75])},
        legend=dict(
            orientation="h",
            x=0,
            y=1.0,
            yanchor="bottom",
        ),
        margin=dict(l=10, r=10, t=150),
    )
    fig = finish(fig, caption, height=560, bottom=50)
    far = farthest if farthest is not None else pd.DataFrame()
    mapped = len(points) if total is None else total
    summary = f"Map of {mapped:,} exercises, port calls and deployments" + (
        f"; the longest reach is {countries.name(far['partner'].iloc[0])} to "
        f"{far['name'].iloc[0]}, {far['distance_km'].iloc[0]:,} km."
        if len(far)
        else "."
    )
    return Chart("exercises-map", caption, fig, data, summary)


def _most_first(counts: pd.Series) -> pd.Series:
    """Counts from most to fewest, equal ones by name: the same order on every run."""
    return counts.sort_index(kind="stable").sort_values(ascending=False, kind="stable")
