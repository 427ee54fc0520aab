"""Figure builders: a frame in, a :class:`Chart` out (Plotly figure or Altair chart).

Every chart carries its title, a subtitle naming the active filters and a source line inside the
figure itself, so an exported image still says what it is and where it comes from.
"""

from __future__ import annotations

import html
import math
import os
from dataclasses import dataclass

import altair as alt
import pandas as pd
import plotly.graph_objects as go

from kizuna import countries, geo
from kizuna.schema import ASSESSMENTS, DOMAINS

JAPAN_MERIDIAN = 140  # maps centre on Japan, the hub of every view
VALIDATE_FIGURES = os.environ.get("KIZUNA_VALIDATE_FIGURES") == "1"
FONT = "DejaVu Sans, Arial, sans-serif"  # DejaVu ships with Debian's Chromium: no web font
ASSESSMENT_COLOURS = dict(
    zip(ASSESSMENTS, ("#009E73", "#56B4E9", "#E69F00", "#D55E00", "#999999"), strict=True)
)
DOMAIN_COLOURS = dict(
    zip(
        DOMAINS,
        ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#D55E00", "#56B4E9", "#000000"),
        strict=True,
    )
)
MAX_ARCS = 400  # distinct home-to-place arcs drawn; more only hide the map
MAP_POINTS = 1_500  # beyond this many exercises the map bins them by place
TIMELINE_MAX = 400  # most recent agreements on the overview timeline
EVENTS_ROW = "Policy events"
TARGETS_MAX = 200  # most recently announced targets drawn
LIFECYCLE_MAX = 80  # agreements drawn; beyond that the chart is unreadable and heavy
# One-day events (a 2+2 round, a joint statement) have no lifecycle to draw.
LIFECYCLE_EXCLUDED = ("2+2 dialogue", "strategic partnership / joint statement")
STAGE_SYMBOLS = {
    "negotiations_opened": "circle-open",
    "agreed_in_principle": "diamond-open",
    "signed": "circle",
    "in_force": "star",
    "ended": "x",
}
TEMPLATE = go.layout.Template(
    layout=dict(
        font=dict(family=FONT, size=13, color="#222222"),
        paper_bgcolor="white",
        plot_bgcolor="white",
        colorway=list(countries.PARTNER_COLOURS.values()),
        xaxis=dict(gridcolor="#E5E5E5", zeroline=False),
        yaxis=dict(gridcolor="#E5E5E5", zeroline=False, automargin=True),
        legend=dict(title_text=""),
        margin=dict(t=90, b=90, l=60, r=30),
        hoverlabel=dict(font_family=FONT),
    )
)


@dataclass(frozen=True)
class Caption:
    title: str
    subtitle: str  # the active filters
    source: str  # "Sources: ...; N records. Kizuna"


@dataclass
class Chart:
    """What a page renders and what the export module writes."""

    name: str  # slug for filenames: "exercises-tempo"
    caption: Caption
    figure: go.Figure | alt.Chart
    data: pd.DataFrame  # exactly the rows plotted
    summary: str  # one sentence for screen readers

    @property
    def is_altair(self) -> bool:
        return not isinstance(self.figure, go.Figure)


_MAGIC = {
    "marker_color": ("marker", "color"),
    "marker_line_color": ("marker", "line", "color"),
    "marker_line_width": ("marker", "line", "width"),
    "xaxis_title": ("xaxis", "title"),
    "yaxis_title": ("yaxis", "title"),
}


def _expand(properties: dict) -> dict:
    """Plotly's underscore shorthand (marker_color=...) as the nested dicts it stands for."""
    out: dict = {}
    for key, value in properties.items():
        path = _MAGIC.get(key, (key,))
        target = out
        for part in path[:-1]:
            target = target.setdefault(part, {})
        if isinstance(value, dict) and isinstance(target.get(path[-1]), dict):
            target[path[-1]].update(value)
        else:
            target[path[-1]] = value
    return out


def _trace(kind: str, **properties) -> dict:
    return {"type": kind, **_expand(properties)}


class _Figure:
    """Collects traces and layout as plain dicts; _frame validates them once. Building each
    trace as a graph object validates it on its own, which was most of a page's rerun time."""

    def __init__(self, data=None):
        self.data = list(data or [])
        self.layout: dict = {}
        self.frames: list[dict] = []

    def add_trace(self, trace: dict) -> None:
        self.data.append(trace)

    def update_layout(self, **properties) -> None:
        for key, value in _expand(properties).items():
            if isinstance(value, dict) and isinstance(self.layout.get(key), dict):
                self.layout[key].update(value)
            else:
                self.layout[key] = value

    def add_annotation(self, **properties) -> None:
        self.layout.setdefault("annotations", []).append(properties)

    def add_vline(self, x, line: dict) -> None:
        self.layout.setdefault("shapes", []).append(
            dict(type="line", xref="x", yref="paper", x0=x, x1=x, y0=0, y1=1, line=line)
        )


def _frame(fig: _Figure, caption: Caption, height: int = 480, bottom: int = 90) -> go.Figure:
    """Title, filters and source line inside the figure; the source line sits in the bottom
    margin, ``bottom`` pixels tall, below the axis (or the slider)."""
    fig.update_layout(
        template=TEMPLATE,
        height=height,
        margin={**fig.layout.get("margin", {}), "b": bottom},
        title=dict(
            text=_safe_text(caption.title), subtitle=dict(text=_safe_text(caption.subtitle)), x=0.01
        ),
    )
    fig.add_annotation(
        text=_safe_text(caption.source),
        xref="paper",
        yref="paper",
        x=1,
        y=0,
        yshift=-bottom + 22,
        xanchor="right",
        yanchor="bottom",
        showarrow=False,
        font=dict(size=11, color="#555555"),
    )
    # Validation runs under test (KIZUNA_VALIDATE_FIGURES=1), where every builder is exercised;
    # serving skips it, as it costs more than building the figure.
    figure = dict(data=_plain(fig.data), layout=fig.layout, frames=_plain(fig.frames))
    return go.Figure(figure, _validate=VALIDATE_FIGURES)


def _plain(value):
    """pandas objects as arrays and lists: plotly would otherwise convert each one itself."""
    if isinstance(value, pd.DataFrame):
        return value.to_numpy().tolist()
    if isinstance(value, pd.Series):
        if pd.api.types.is_numeric_dtype(value) and not pd.api.types.is_bool_dtype(value):
            return value.to_numpy(dtype="float64", na_value=float("nan"))
        return value.tolist()
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    return value


def _safe_text(text) -> str:
    """Data shown by plotly.js, which renders a subset of HTML: escaped, it stays plain text."""
    return html.escape(str(text), quote=False)


def _safe(frame: pd.DataFrame) -> pd.DataFrame:
    out = frame.fillna("").astype(str)
    for column in out.columns:
        text = out[column].str.replace("&", "&amp;", regex=False)
        out[column] = text.str.replace("<", "&lt;", regex=False).str.replace(
            ">", "&gt;", regex=False
        )
    return out


def _altair(chart: alt.Chart, caption: Caption) -> alt.Chart:
    return (
        chart.properties(
            title=alt.TitleParams(
                caption.title,
                subtitle=[caption.subtitle, caption.source],
                anchor="start",
                font=FONT,
                subtitleFont=FONT,
            ),
            width="container",
            height=360,
        )
        .configure_axis(labelFont=FONT, titleFont=FONT)
        .configure_legend(labelFont=FONT, titleFont=FONT)
    )


def _partner_scale(partners) -> alt.Scale:
    """Partner names on the fixed partner colours, for an Altair colour channel."""
    partners = sorted(set(partners), key=countries.name)
    return alt.Scale(
        domain=[countries.name(p) for p in partners], range=[countries.colour(p) for p in partners]
    )


# -- overview -----------------------------------------------------------------------------------


def depth_map(depth: pd.DataFrame, caption: Caption) -> Chart:
    """World choropleth of partnership depth with a year slider (one frame per year)."""
    data = depth[depth["partner"].map(lambda c: c not in countries.ORGANISATIONS)]
    data = data.assign(name=data["partner"].map(countries.name))
    years = sorted(data["year"].unique())
    zmax = float(data["depth"].max()) if not data.empty else 1.0

    by_year = dict(list(data.groupby("year")))

    def trace(year):
        rows = by_year[year]
        return _trace(
            "choropleth",
            locations=rows["partner"],
            z=rows["depth"],
            text=rows["name"],
            customdata=rows[["agreements"]],
            zmin=0,
            zmax=zmax,
            colorscale="Cividis",
            reversescale=True,
            marker_line_color="white",
            marker_line_width=0.5,
            colorbar=dict(title="Depth"),
            hovertemplate="%{text}<br>Depth %{z:.1f}<br>%{customdata[0]} agreements"
            "<extra>" + str(year) + "</extra>",
        )

    last = years[-1] if years else None
    fig = _Figure(data=[trace(last)] if last is not None else [])
    fig.add_trace(
        _trace(
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
    fig.frames = [dict(data=[trace(y)], name=str(y), traces=[0]) for y in years]
    steps = [
        dict(
            method="animate",
            label=str(y),
            args=[
                [str(y)],
                dict(
                    mode="immediate",
                    frame=dict(duration=0, redraw=True),
                    transition=dict(duration=0),
                ),
            ],
        )
        for y in years
    ]
    fig.update_layout(
        sliders=[
            dict(
                active=len(years) - 1,
                steps=steps,
                currentvalue=dict(prefix="Year "),
                pad=dict(t=0),
                y=0,
                yanchor="top",
                len=0.9,
                x=0.05,
            )
        ]
        if years
        else [],
        geo=dict(
            showframe=False,
            showcoastlines=False,
            projection=dict(type="natural earth", rotation=dict(lon=JAPAN_MERIDIAN)),
            showcountries=True,
            countrycolor="#CCCCCC",
            landcolor="#F2F2F2",
            showland=True,
        ),
    )
    fig = _frame(fig, caption, height=560, bottom=130)
    top = data[data["year"] == last].nlargest(1, "depth") if last is not None else data
    summary = (
        f"Map of partnership depth by partner for {years[0]}–{years[-1]}; in {last} the deepest "
        f"partnership is with {top['name'].iloc[0]} (depth {top['depth'].iloc[0]:.1f})."
        if len(top)
        else "No partnership data for this selection."
    )
    return Chart("overview-depth-map", caption, fig, data, summary)


def milestones_timeline(
    agreement_rows: pd.DataFrame, events: pd.DataFrame, caption: Caption
) -> Chart:
    """Key agreements (signed / in force) per partner over time, with policy events marked."""
    data = agreement_rows[agreement_rows["type"] != "2+2 dialogue"].copy()
    data["when"] = data["effective"].fillna(data["dated"])
    data = data.nlargest(TIMELINE_MAX, "when")
    data["name"] = data["partner"].map(countries.name)
    fig = _Figure()
    for partner, rows in data.groupby("partner", sort=True):
        fig.add_trace(
            _trace(
                "scatter",
                x=rows["when"],
                y=rows["name"],
                mode="markers",
                name=countries.name(partner),
                marker=dict(
                    size=11, color=countries.colour(partner), line=dict(width=1, color="white")
                ),
                customdata=_safe(rows[["title", "type", "sources"]]),
                hovertemplate="<b>%{customdata[0]}</b><br>%{customdata[1]}<br>%{x|%d %b %Y}"
                "<br>Sources: %{customdata[2]}<extra></extra>",
            )
        )
    if len(events):  # one row of its own, above the partners: hover a diamond for the event
        fig.add_trace(
            _trace(
                "scatter",
                x=events["date"],
                y=[EVENTS_ROW] * len(events),
                mode="markers",
                name=EVENTS_ROW,
                marker=dict(symbol="diamond", size=10, color="#555555"),
                customdata=_safe(events[["title"]]),
                hovertemplate="<b>%{customdata[0]}</b><br>%{x|%d %b %Y}<extra></extra>",
            )
        )
    rows = [EVENTS_ROW] * bool(len(events)) + sorted(data["name"].unique())
    fig.update_layout(
        showlegend=False,
        yaxis=dict(categoryorder="array", categoryarray=rows[::-1], automargin=True),
    )
    fig = _frame(fig, caption, height=max(360, 28 * data["partner"].nunique() + 180))
    summary = (
        f"Timeline of {data['agreement_id'].nunique()} agreements with "
        f"{data['partner'].nunique()} partners and {len(events)} policy events."
    )
    return Chart("overview-timeline", caption, fig, data, summary)


def agreements_by_type(counts: pd.DataFrame, caption: Caption) -> Chart:
    fig = _Figure(
        data=[
            _trace(
                "bar",
                x=counts["agreements"],
                y=counts["type"],
                orientation="h",
                marker_color="#0072B2",
                hovertemplate="%{y}: %{x}<extra></extra>",
            )
        ]
    )
    fig.update_layout(yaxis=dict(autorange="reversed"), xaxis_title="Agreements")
    fig = _frame(fig, caption, height=380)
    top = counts.nlargest(1, "agreements")
    summary = f"Agreements by type; the most common is {top['type'].iloc[0]}." if len(top) else ""
    return Chart("overview-agreement-types", caption, fig, counts, summary)


# -- partnerships -------------------------------------------------------------------------------


def lifecycle_timeline(stages: pd.DataFrame, caption: Caption) -> Chart:
    """Each agreement as a line from its first to its last recorded stage, one marker a stage;
    the LIFECYCLE_MAX most recent agreements when there are more."""
    fig = _Figure()
    data = stages[~stages["type"].isin(LIFECYCLE_EXCLUDED)]
    latest = data.groupby("agreement_id")["date"].max().nlargest(LIFECYCLE_MAX).index
    shown = data["agreement_id"].isin(latest)
    capped = int((~shown).groupby(data["agreement_id"]).all().sum())
    data = data[shown]
    short = data["title"].str.replace(r"^Japan[-–]\S+ ", "", regex=True).str.slice(0, 50)
    data = data.assign(label=(data["partner"].map(countries.name) + " · " + short).map(_safe_text))
    hover = _safe(data[["stage", "precision", "type"]])
    for partner, rows in data.groupby("partner", sort=False):
        # One trace per partner; a None between agreements breaks the line.
        x, y, symbols, custom = [], [], [], []
        for _, agreement in rows.groupby("agreement_id", sort=False):
            x += list(agreement["date"]) + [None]
            y += list(agreement["label"]) + [None]
            symbols += [STAGE_SYMBOLS[s] for s in agreement["stage"]] + ["circle"]
            custom += hover.loc[agreement.index].to_numpy().tolist() + [["", "", ""]]
        fig.add_trace(
            _trace(
                "scatter",
                x=x,
                y=y,
                mode="lines+markers",
                name=countries.name(partner),
                showlegend=False,
                connectgaps=False,
                line=dict(color=countries.colour(partner)),
                marker=dict(size=10, symbol=symbols, color=countries.colour(partner)),
                customdata=custom,
                hovertemplate="<b>%{y}</b><br>%{customdata[0]}: %{x|%d %b %Y} "
                "(known to the %{customdata[1]})<br>%{customdata[2]}<extra></extra>",
            )
        )
    for stage, symbol in STAGE_SYMBOLS.items():  # a legend for the stage symbols
        fig.add_trace(
            _trace(
                "scatter",
                x=[None],
                y=[None],
                mode="markers",
                name=stage.replace("_", " "),
                marker=dict(symbol=symbol, size=10, color="#444444"),
            )
        )
    fig.update_layout(
        yaxis=dict(categoryorder="category descending", automargin=True),
        legend=dict(orientation="h", x=1, xanchor="right", y=1.0, yanchor="bottom"),
        margin=dict(t=120),
    )
    fig = _frame(fig, caption, height=max(380, 22 * data["label"].nunique() + 230))
    summary = (
        f"Lifecycle of {data['agreement_id'].nunique()} agreements: negotiations, "
        "agreement in principle, signature, entry into force and end, as recorded. "
        "2+2 rounds and joint statements are in the table below."
        + (
            f" {capped} older agreements are left out of the chart; the table lists them."
            if capped
            else ""
        )
    )
    return Chart("partnerships-lifecycle", caption, fig, data, summary)


def depth_lines(depth: pd.DataFrame, caption: Caption) -> Chart:
    fig = _Figure()
    for partner, rows in depth.groupby("partner"):
        fig.add_trace(
            _trace(
                "scatter",
                x=rows["year"],
                y=rows["depth"],
                mode="lines+markers",
                name=countries.name(partner),
                line=dict(color=countries.colour(partner), shape="hv"),
                customdata=rows[["agreements"]],
                hovertemplate="%{fullData.name} %{x}: depth %{y:.1f} "
                "(%{customdata[0]} agreements)<extra></extra>",
            )
        )
    fig.update_layout(xaxis_title="Year", yaxis_title="Depth index")
    fig = _frame(fig, caption)
    last = depth[depth["year"] == depth["year"].max()].nlargest(1, "depth")
    summary = (
        f"Partnership depth index per partner and year; highest in {last['year'].iloc[0]}: "
        f"{countries.name(last['partner'].iloc[0])}."
        if len(last)
        else ""
    )
    return Chart("partnerships-depth", caption, fig, depth, summary)


def network(edges: pd.DataFrame, groups: pd.DataFrame, caption: Caption) -> Chart:
    """Japan at the centre, partners on a ring; edge width by agreements; groupings such as GCAP
    drawn as their own node joined to each member."""
    n = max(len(edges), 1)
    position = {countries.JAPAN: (0.0, 0.0)}
    for i, partner in enumerate(edges["partner"]):
        angle = 2 * math.pi * i / n
        position[partner] = (math.cos(angle), math.sin(angle))
    fig = _Figure()
    top = max(edges["agreements"].max(), 1) if len(edges) else 1
    for row in edges.itertuples():
        x, y = position[row.partner]
        fig.add_trace(
            _trace(
                "scatter",
                x=[0, x],
                y=[0, y],
                mode="lines",
                hoverinfo="skip",
                line=dict(width=1 + 7 * row.agreements / top, color=countries.colour(row.partner)),
                showlegend=False,
                opacity=0.6,
            )
        )
    group_titles = groups.drop_duplicates("agreement_id")
    for k, group in enumerate(group_titles.itertuples()):
        members = groups[groups["agreement_id"] == group.agreement_id]["partner"]
        points = [position[m] for m in members if m in position] + [(0.0, 0.0)]
        gx = sum(p[0] for p in points) / len(points) * 1.35 + 0.05 * k
        gy = sum(p[1] for p in points) / len(points) * 1.35 + 0.05 * k
        for px, py in points:
            fig.add_trace(
                _trace(
                    "scatter",
                    x=[gx, px],
                    y=[gy, py],
                    mode="lines",
                    hoverinfo="skip",
                    line=dict(width=1, dash="dot", color="#777777"),
                    showlegend=False,
                )
            )
        fig.add_trace(
            _trace(
                "scatter",
                x=[gx],
                y=[gy],
                mode="markers+text",
                text=[_safe_text(group.title[:28])],
                textposition="top center",
                showlegend=False,
                marker=dict(symbol="square", size=12, color="#777777"),
                hovertemplate=f"{_safe_text(group.title)}<extra>grouping</extra>",
            )
        )
    nodes = pd.DataFrame({"country": list(position)})
    nodes["agreements"] = nodes["country"].map(edges.set_index("partner")["agreements"])
    nodes["x"] = nodes["country"].map(lambda c: position[c][0])
    nodes["y"] = nodes["country"].map(lambda c: position[c][1])
    fig.add_trace(
        _trace(
            "scatter",
            x=nodes["x"],
            y=nodes["y"],
            mode="markers+text",
            text=nodes["country"].map(countries.name),
            textposition="top center",
            showlegend=False,
            marker=dict(
                size=[26] + [12 + 2 * (a or 0) ** 0.5 * 3 for a in nodes["agreements"][1:]],
                color=[countries.colour(c) for c in nodes["country"]],
            ),
            customdata=nodes[["agreements"]].fillna(0),
            hovertemplate="%{text}: %{customdata[0]} agreements<extra></extra>",
        )
    )
    fig.update_layout(xaxis=dict(visible=False), yaxis=dict(visible=False, scaleanchor="x"))
    fig = _frame(fig, caption, height=560)
    summary = (
        f"Network of Japan and {len(edges)} partners; edges are weighted by the number of "
        f"agreements, and {len(group_titles)} multilateral groupings are shown as squares."
    )
    return Chart("partnerships-network", caption, fig, edges, summary)


def compare_depth(depth: pd.DataFrame, caption: Caption) -> Chart:
    """Altair: two partners' depth side by side, one shared base for line and points."""
    data = depth.assign(name=depth["partner"].map(countries.name))
    base = alt.Chart(data).encode(
        x=alt.X("year:O", title="Year"),
        y=alt.Y("depth:Q", title="Depth index"),
        color=alt.Color("name:N", scale=_partner_scale(data["partner"]), title="Partner"),
        tooltip=["name:N", "year:O", "depth:Q", "agreements:Q"],
    )
    chart = _altair(
        base.mark_line(interpolate="step-after") + base.mark_point(filled=True), caption
    )
    summary = "Depth index of the two partners compared, year by year."
    return Chart("partnerships-compare", caption, chart, data, summary)


# -- exercises ----------------------------------------------------------------------------------


def exercise_map(
    exercise_rows: pd.DataFrame,
    reach_rows: pd.DataFrame,
    caption: Caption,
    colour_by: str = "partner",
    arcs: bool = True,
) -> Chart:
    """Exercise locations sized by the number of countries, coloured by lead partner or domain,
    with great-circle arcs from each participant's home."""
    fig = _Figure()
    drawn = reach_rows[reach_rows["distance_km"] > 300] if arcs else reach_rows.iloc[0:0]
    drawn = drawn.drop_duplicates(["partner", "lat", "lon"]).head(MAX_ARCS)
    for partner, rows in drawn.groupby("partner"):
        lats, lons = [], []
        for r in rows.itertuples():
            for lat, lon in geo.great_circle_path(r.home_lat, r.home_lon, r.lat, r.lon):
                lats.append(lat)
                lons.append(lon)
            lats.append(None)
            lons.append(None)
        fig.add_trace(
            _trace(
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
    data = exercise_rows.copy()
    key = "lead_partner" if colour_by == "partner" else "domain"
    colours = countries.colour if colour_by == "partner" else DOMAIN_COLOURS.get
    plotted = data if len(data) <= MAP_POINTS else _binned(data, key)
    for value, rows in plotted.groupby(key, sort=True):
        label = countries.name(value) if colour_by == "partner" else value
        fig.add_trace(
            _trace(
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
                customdata=_safe(rows[["name", "when", "location", "sources", "exercise_id"]]),
                hovertemplate="<b>%{customdata[0]}</b><br>%{customdata[1]} · %{customdata[2]}"
                "<br>Sources: %{customdata[3]}<extra></extra>",
            )
        )
    fig.update_layout(
        geo=dict(
            projection=dict(type="natural earth", rotation=dict(lon=JAPAN_MERIDIAN)),
            showcountries=True,
            countrycolor="#CCCCCC",
            showland=True,
            landcolor="#F2F2F2",
            showframe=False,
            lataxis=dict(range=[-50, 75]),
        ),
        legend=dict(orientation="v", x=1.01, y=1, yanchor="top"),
        margin=dict(l=10, r=10),
    )
    fig = _frame(fig, caption, height=560, bottom=50)
    far = reach_rows.nlargest(1, "distance_km")
    summary = f"Map of {len(data)} exercises, port calls and deployments" + (
        f"; the longest reach is {countries.name(far['partner'].iloc[0])} to "
        f"{far['name'].iloc[0]}, {far['distance_km'].iloc[0]:,} km."
        if len(far)
        else "."
    )
    return Chart("exercises-map", caption, fig, data, summary)


def _binned(points: pd.DataFrame, key: str) -> pd.DataFrame:
    """Exercises grouped by colour and by 1-degree cell: what a map can show of many thousands
    of points without sending each one to the browser."""
    cells = points.assign(cell_lat=points["lat"].round(), cell_lon=points["lon"].round())
    binned = cells.groupby([key, "cell_lat", "cell_lon"], as_index=False).agg(
        lat=("lat", "mean"),
        lon=("lon", "mean"),
        n=("exercise_id", "size"),
        example=("name", "first"),
        location=("location", "first"),
        exercise_id=("exercise_id", "first"),
    )
    return binned.assign(
        name=binned["n"].astype(str) + " exercises, e.g. " + binned["example"],
        when="",
        sources="see the table",
        countries=(binned["n"] ** 0.5).clip(upper=12),
    )


def tempo_bars(counts: pd.DataFrame, by: str, caption: Caption) -> Chart:
    fig = _Figure()
    for value, rows in counts.groupby(by, sort=True):
        label = countries.name(value) if by == "partner" else value
        colour = countries.colour(value) if by == "partner" else DOMAIN_COLOURS.get(value)
        fig.add_trace(
            _trace(
                "bar",
                x=rows["year"],
                y=rows["exercises"],
                name=label,
                marker_color=colour,
                hovertemplate=f"{label} %{{x}}: %{{y}}<extra></extra>",
            )
        )
    fig.update_layout(
        barmode="stack",
        xaxis=dict(title="Year", dtick=1),
        yaxis_title="Exercises, port calls, deployments",
    )
    fig = _frame(fig, caption)
    per_year = counts.groupby("year")["exercises"].sum()
    summary = (
        f"Exercise tempo by year stacked by {by}; busiest year {per_year.idxmax()} "
        f"({per_year.max()})."
        if len(per_year)
        else ""
    )
    return Chart(f"exercises-tempo-by-{by}", caption, fig, counts, summary)


def reach_chart(longest: pd.DataFrame, caption: Caption) -> Chart:
    """Altair: the farthest each partner's forces travelled to train with Japan's, per year."""
    data = longest.rename(columns={"name": "exercise"}).assign(
        partner_name=longest["partner"].map(countries.name)
    )
    base = alt.Chart(data).encode(
        x=alt.X("year:O", title="Year"),
        y=alt.Y("distance_km:Q", title="Distance from home, km"),
        color=alt.Color("partner_name:N", scale=_partner_scale(data["partner"]), title="Partner"),
        tooltip=[
            "partner_name:N",
            "year:O",
            alt.Tooltip("distance_km:Q", format=","),
            "exercise:N",
        ],
    )
    chart = _altair(base.mark_line() + base.mark_circle(size=70), caption)
    summary = "Farthest distance each partner's forces travelled per year to train with Japan's."
    return Chart("exercises-reach", caption, chart, data, summary)


# -- claims -------------------------------------------------------------------------------------


def claims_matrix(tallies: pd.DataFrame, caption: Caption) -> Chart:
    data = tallies.assign(row=tallies["subject"].map(countries.name) + " · " + tallies["domain"])
    fig = _Figure()
    for assessment in ASSESSMENTS:
        rows = data[data["assessment"] == assessment]
        fig.add_trace(
            _trace(
                "bar",
                y=rows["row"],
                x=rows["claims"],
                name=assessment,
                orientation="h",
                marker_color=ASSESSMENT_COLOURS[assessment],
                hovertemplate=f"%{{y}}: %{{x}} {assessment}<extra></extra>",
            )
        )
    fig.update_layout(
        barmode="stack",
        yaxis=dict(categoryorder="category descending", automargin=True),
        xaxis_title="Claims",
    )
    fig = _frame(fig, caption, height=max(360, 24 * data["row"].nunique() + 200))
    total = data.groupby("assessment")["claims"].sum()
    summary = (
        "Claims by subject, domain and assessment: "
        + ", ".join(f"{total.get(a, 0)} {a}" for a in ASSESSMENTS)
        + "."
    )
    return Chart("claims-by-assessment", caption, fig, data, summary)


def target_tracker(milestones: pd.DataFrame, caption: Caption) -> Chart:
    """Planned targets: when each was announced (x) against the date it targets (y); a revised
    target joins the one it revises."""
    planned = milestones[milestones["status"] == "planned"]
    undated = planned[planned["announced"].isna()]
    data = planned.dropna(subset=["announced"]).nlargest(TARGETS_MAX, "announced")
    fig = _Figure()
    for programme, rows in data.groupby("programme", sort=True):
        fig.add_trace(
            _trace(
                "scatter",
                x=rows["announced"],
                y=rows["date"],
                mode="markers+text",
                name=programme,
                text=_safe(rows[["milestone"]])["milestone"].str.slice(0, 40),
                textposition="top center",
                marker=dict(size=12),
                customdata=_safe(rows[["milestone", "sources"]]),
                hovertemplate="<b>%{customdata[0]}</b><br>announced %{x|%b %Y}, target %{y|%Y}"
                "<br>Sources: %{customdata[1]}<extra></extra>",
            )
        )
    by_id = data.set_index("milestone_id")
    for row in data.dropna(subset=["revises"]).itertuples():
        if row.revises in by_id.index:
            old = by_id.loc[row.revises]
            fig.add_annotation(
                x=row.announced,
                y=row.date,
                ax=old["announced"],
                ay=old["date"],
                xref="x",
                yref="y",
                axref="x",
                ayref="y",
                arrowhead=2,
                arrowcolor="#D55E00",
                text="",
            )
    fig.update_layout(xaxis_title="Target announced", yaxis_title="Target date")
    fig = _frame(fig, caption)
    revised = data["revises"].notna().sum()
    summary = f"{len(data)} programme targets, {revised} of them revising an earlier target." + (
        f" Not plotted, with no announcement date on record: "
        f"{'; '.join(undated['milestone'].head(10))}."
        if len(undated)
        else ""
    )
    return Chart("claims-target-tracker", caption, fig, data, summary)
