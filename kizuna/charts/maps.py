"""Maps: the partnership index by country, and where Japan's forces trained with partners."""

from __future__ import annotations

import pandas as pd

from kizuna import countries, geo
from kizuna.charts.core import Caption, Chart, Draft, finish, safe_frame, shown, trace
from kizuna.charts.theme import DOMAIN_COLOURS, INDEX_SCALE
from kizuna.i18n import N_, _

JAPAN_MERIDIAN = 140  # maps centre on Japan, the hub of every view


MAX_ARCS = 400  # distinct home-to-place arcs drawn; more only hide the map
ARC_KM = 300  # nearer than this, an arc is a dot
MAP_COLOURED = 8  # partners given their own colour on the exercise map; the rest are grey
OTHERS = N_("Other partners")  # a value in the map's frames: translated where shown
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
                colorbar=dict(title=_("Index"), tickvals=[0, 25, 50, 75, 100], len=0.6),
                hovertemplate=_(
                    "%{text}<br>Index %{z:.1f} (0–100)<br>Rank %{customdata[0]}, "
                    "range %{customdata[1]}–%{customdata[2]}"
                )
                + "<extra>"
                + str(year)
                + "</extra>",
            )
        ]
    )
    fig.add_trace(
        trace(
            "scattergeo",
            lon=[geo.home(countries.JAPAN)[1]],
            lat=[geo.home(countries.JAPAN)[0]],
            text=[countries.name(countries.JAPAN)],
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
        _(
            "Map of the composite partnership index (0–100) in {year}; highest: {name} ({index})."
        ).format(year=year, name=top["name"].iloc[0], index=f"{top['index'].iloc[0]:.1f}")
        if len(top)
        else _("No partnership data for this selection.")
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
    japan_arcs: pd.DataFrame | None = None,
    japan_farthest: pd.DataFrame | None = None,
) -> Chart:
    """Exercise locations sized by the number of countries, coloured by lead partner or domain,
    with both reaches as great circles, told apart in the legend (a click there hides one):
    how far Japan's forces went out (``japan_arcs``, solid red, from their departure base or
    port, else Tokyo) and how far partners' forces came to train with Japan's (``arcs``:
    partner, lat, lon, home_lat, home_lon; dotted, in the partner's colour). Past MAP_POINTS
    exercises the map shows ``cells`` (analysis.map_cells) instead of ``points``; ``total``:
    the exercises mapped; ``farthest`` and ``japan_farthest``: the longest of each reach."""
    fig = Draft()
    went = japan_arcs if japan_arcs is not None else pd.DataFrame()
    if len(went):
        lats, lons = _arc_paths(went)
        fig.add_trace(
            trace(
                "scattergeo",
                lat=lats,
                lon=lons,
                mode="lines",
                hoverinfo="skip",
                line=dict(width=1.2, color=countries.JAPAN_COLOUR),
                opacity=0.55,
                name=_(JAPAN_WENT),
                legendgroup="japan-reach",
                legendrank=1,
            )
        )
    if len(arcs):  # one legend entry for every partner's arcs
        fig.add_trace(
            trace(
                "scattergeo",
                lat=[None],
                lon=[None],
                mode="lines",
                line=dict(width=1.5, color="#777777", dash="dot"),
                name=_(PARTNERS_CAME),
                legendgroup="partner-reach",
                legendrank=2,
            )
        )
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
                line=dict(width=1, color=countries.colour(partner), dash="dot"),
                opacity=0.6,
                name=_("{partner} reach").format(partner=countries.name(partner)),
                legendgroup="partner-reach",
                showlegend=False,
            )
        )
    binned = cells is not None and not cells.empty
    colours = countries.colour if colour_by == "partner" else DOMAIN_COLOURS.get
    if colour_by == "partner":
        colours = lambda code: countries.OTHER_COLOUR if code == OTHERS else countries.colour(code)  # noqa: E731
    if binned:
        data = cells.assign(
            name=[
                _("{count} exercises, e.g. {example}").format(count=n, example=e)
                for n, e in zip(cells["n"].astype(str), cells["example"], strict=True)
            ],
            when="",
            sources=_("see the table"),
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
        label = shown(value) if value == OTHERS or colour_by != "partner" else countries.name(value)
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
                hovertemplate=_(
                    "<b>%{customdata[0]}</b><br>%{customdata[1]} · %{customdata[2]}"
                    "<br>Sources: %{customdata[3]}"
                )
                + "<extra></extra>",
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
    mapped = len(points) if total is None else total
    summary = (
        _("Map of {count} exercises, port calls and deployments.").format(count=f"{mapped:,}")
        + " "
        + reach_sentence(len(went) > 0, len(arcs) > 0, japan_farthest, farthest)
    )
    return Chart("exercises-map", caption, fig, data, summary)


JAPAN_WENT = N_("Japan's forces went out")
PARTNERS_CAME = N_("Partners' forces came")


def reach_sentence(japan_drawn: bool, partners_drawn: bool, went=None, came=None) -> str:
    """Which reach the arcs show, and the farthest of each, in plain words."""
    arcs = {
        (True, True): N_(
            "Arcs show both reaches: how far Japan's forces went out (solid red) and "
            "how far partners' forces came to train with Japan's (dotted)."
        ),
        (True, False): N_("Arcs show how far Japan's forces went out."),
        (False, True): N_("Arcs show how far partners' forces came to train with Japan's."),
        (False, False): "",
    }[(japan_drawn, partners_drawn)]
    drawn = _(arcs) if arcs else ""
    parts = []
    if went is not None and len(went):
        farthest = (
            _(
                "the farthest Japan's forces went was to {place}, {km} km from Tokyo (no "
                "departure base or port on record)"
            )
            if went["measured_from"].iloc[0] == "Tokyo"
            else _(
                "the farthest Japan's forces went was to {place}, {km} km from their departure "
                "base or port"
            )
        )
        parts.append(
            farthest.format(place=went["name"].iloc[0], km=f"{went['distance_km'].iloc[0]:,}")
        )
    if came is not None and len(came):
        parts.append(
            _("the farthest partners' forces came was {partner}'s to {place}, {km} km").format(
                partner=countries.name(came["partner"].iloc[0]),
                place=came["name"].iloc[0],
                km=f"{came['distance_km'].iloc[0]:,}",
            )
        )
    told = "; ".join(parts)
    if not told:
        return drawn
    return (drawn + " " if drawn else "") + told[:1].upper() + told[1:] + "."


def _arc_paths(arcs: pd.DataFrame) -> tuple[list, list]:
    """Great circles from each arc's home to its place, broken apart by None."""
    lats, lons = [], []
    for r in arcs.itertuples():
        for lat, lon in geo.great_circle_path(r.home_lat, r.home_lon, r.lat, r.lon):
            lats.append(lat)
            lons.append(lon)
        lats.append(None)
        lons.append(None)
    return lats, lons


def _most_first(counts: pd.Series) -> pd.Series:
    """Counts from most to fewest, equal ones by name: the same order on every run."""
    return counts.sort_index(kind="stable").sort_values(ascending=False, kind="stable")
