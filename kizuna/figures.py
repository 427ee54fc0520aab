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
HEATMAP_PARTNERS = 12  # partners on the index-over-time heatmap
INDEX_BARS = 20  # partners shown on the index chart
INDEX_SCALE = [[0, "#DEEBF7"], [0.5, "#6BAED6"], [1, "#08306B"]]  # light to dark
SUBMEASURE_COLOURS = ("#0072B2", "#009E73", "#E69F00", "#CC79A7", "#56B4E9")
TYPE_SHORT = {
    "alliance treaty": "Security treaty",
    "status of forces": "SOFA",
    "reciprocal access": "RAA",
    "acquisition and cross-servicing": "ACSA",
    "information security": "ISA",
    "defence equipment and technology transfer": "Equipment transfer",
    "co-development programme": "Co-development",
    "2+2 dialogue": "2+2",
    "strategic partnership / joint statement": "Partnership statement",
}
# Types with a standard short name analysts use on a lifecycle row.
TREATY_SHORT = (
    "alliance treaty",
    "status of forces",
    "reciprocal access",
    "acquisition and cross-servicing",
    "information security",
    "defence equipment and technology transfer",
)
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


def index_map(index: pd.DataFrame, caption: Caption) -> Chart:
    """World choropleth of the composite partnership index for one year, on a fixed 0-100
    scale (light to dark) that does not reset when the filters change; countries with no
    partnership on record stay grey."""
    data = index[index["index"] > 0]
    data = data.assign(name=data["partner"].map(countries.name))
    year = int(index["year"].max()) if len(index) else None
    fig = _Figure(
        data=[
            _trace(
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
    fig.update_layout(
        geo=dict(
            showframe=False,
            showcoastlines=False,
            projection=dict(type="natural earth", rotation=dict(lon=JAPAN_MERIDIAN)),
            showcountries=True,
            countrycolor="#CCCCCC",
            landcolor="#E0E0E0",
            showland=True,
        ),
    )
    fig = _frame(fig, caption, height=520)
    top = data.nsmallest(1, "rank")
    summary = (
        f"Map of the composite partnership index (0–100) in {year}; highest: "
        f"{top['name'].iloc[0]} ({top['index'].iloc[0]:.1f})."
        if len(top)
        else "No partnership data for this selection."
    )
    return Chart("overview-index-map", caption, fig, data, summary)


def index_bars(index: pd.DataFrame, weights: dict[str, float], caption: Caption) -> Chart:
    """One year's composite index as sorted stacked bars: each segment a sub-measure's weighted
    share, the rank and its range under perturbed weights written at the bar's end."""
    from kizuna.measures import SUBMEASURES

    data = index.nsmallest(INDEX_BARS, ["rank"]).sort_values(["rank", "partner"])
    data = data.assign(name=data["partner"].map(countries.name))
    total = sum(weights[k] for k in SUBMEASURES) or 1.0
    fig = _Figure()
    for k, colour in zip(SUBMEASURES, SUBMEASURE_COLOURS, strict=True):
        share = data[k] * weights[k] / total
        fig.add_trace(
            _trace(
                "bar",
                y=data["name"],
                x=share,
                name=f"{k} (w {weights[k]:g})",
                orientation="h",
                marker_color=colour,
                customdata=data[[k]],
                hovertemplate=f"%{{y}}: {k} %{{customdata[0]:.0f}}/100, adds %{{x:.1f}}"
                "<extra></extra>",
            )
        )
    ranges = [
        f"#{r} ({lo}–{hi})" if lo != hi else f"#{r}"
        for r, lo, hi in zip(data["rank"], data["best_rank"], data["worst_rank"], strict=True)
    ]
    fig.add_trace(
        _trace(
            "scatter",
            y=data["name"],
            x=data["index"],
            mode="text",
            text=[f"{v:.0f}  {r}" for v, r in zip(data["index"], ranges, strict=True)],
            textposition="middle right",
            hoverinfo="skip",
            showlegend=False,
        )
    )
    fig.update_layout(
        barmode="stack",
        yaxis=dict(autorange="reversed"),
        xaxis=dict(
            title="Composite index (0–100); label: index, rank (rank range)", range=[0, 115]
        ),
        legend=dict(orientation="h", y=1.0, x=0, yanchor="bottom", traceorder="normal"),
        margin=dict(t=150),
    )
    fig = _frame(fig, caption, height=max(380, 26 * len(data) + 220))
    summary = (
        "Composite partnership index by partner, stacked by sub-measure: "
        + ", ".join(f"{n} {v:.0f} (rank {r})" for n, v, r in
                    zip(data["name"].head(5), data["index"].head(5), ranges[:5], strict=True))
        + "."
    )  # fmt: skip
    return Chart("partnerships-index", caption, fig, data, summary)


def agreement_matrix(matrix: pd.DataFrame, caption: Caption) -> Chart:
    """Partner × agreement type; each cell the year the first such instrument came into force
    (or was signed, marked *), so quasi-allies stand out as full rows."""
    types = [c for c in matrix.columns if c != "partner"]
    names = matrix["partner"].map(countries.name).tolist()
    text = matrix[types].astype("object").where(matrix[types].notna(), "").to_numpy().tolist()
    filled = matrix[types].notna().astype(int).to_numpy().tolist()
    fig = _Figure(
        data=[
            _trace(
                "heatmap",
                z=filled,
                x=[TYPE_SHORT.get(t, t) for t in types],
                y=names,
                text=text,
                texttemplate="%{text}",
                colorscale=[[0, "#F5F5F5"], [1, "#9ECAE1"]],
                showscale=False,
                xgap=2,
                ygap=2,
                hovertemplate="%{y} · %{x}: %{text}<extra></extra>",
            )
        ]
    )
    fig.update_layout(
        yaxis=dict(autorange="reversed", showgrid=False),
        xaxis=dict(side="top", showgrid=False),
    )
    fig = _frame(fig, caption, height=max(320, 26 * len(names) + 200))
    full = matrix.dropna(subset=types)["partner"].map(countries.name).tolist()
    summary = "Years each type of instrument came into force, per partner" + (
        f"; every type in force with {', '.join(full)}." if full else "."
    )
    return Chart("overview-agreement-matrix", caption, fig, matrix, summary)


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


def _short_title(title: str, limit: int = 30) -> str:
    """A title cut on a word boundary, without the 'Japan-X' prefix."""
    text = pd.Series([title]).str.replace(r"^(Japan|Japan-\S+|\S+-Japan)\s+", "", regex=True)[0]
    if len(text) <= limit:
        return text
    return text[:limit].rsplit(" ", 1)[0] + "…"


def _lifecycle_labels(stages: pd.DataFrame) -> pd.DataFrame:
    """One unique row name per agreement and partner: 'Australia · ACSA (2017)', the standard
    short name where the type has one, else the title shortened on a word boundary."""
    first = stages.sort_values("date").drop_duplicates(["agreement_id", "partner"])
    kind = [
        TYPE_SHORT[t] if t in TREATY_SHORT else _short_title(title)
        for t, title in zip(first["type"], first["title"], strict=True)
    ]
    label = (
        first["partner"].map(countries.name)
        + " · "
        + pd.Series(kind, index=first.index)
        + " ("
        + first["date"].dt.year.astype(str)
        + ")"
    )
    repeat = label.groupby(label).cumcount()
    label = label.where(repeat == 0, label + " #" + (repeat + 1).astype(str))
    return pd.DataFrame(
        {"agreement_id": first["agreement_id"], "partner": first["partner"], "label": label}
    ).assign(label=lambda f: f["label"].map(_safe_text))


def lifecycle_timeline(stages: pd.DataFrame, caption: Caption) -> Chart:
    """Each agreement as a line from its first to its last recorded stage, one marker a stage;
    the LIFECYCLE_MAX most recent agreements when there are more."""
    fig = _Figure()
    data = stages[~stages["type"].isin(LIFECYCLE_EXCLUDED)]
    latest = data.groupby("agreement_id")["date"].max().nlargest(LIFECYCLE_MAX).index
    shown = data["agreement_id"].isin(latest)
    capped = int((~shown).groupby(data["agreement_id"]).all().sum())
    data = data[shown]
    data = data.assign(
        label=data.merge(_lifecycle_labels(data), on=["agreement_id", "partner"])[
            "label"
        ].to_numpy()
    )
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
    span = (
        data["date"].min() - pd.DateOffset(years=1),
        data["date"].max() + pd.DateOffset(years=1),
    )
    fig.update_layout(
        yaxis=dict(categoryorder="category descending", automargin=True),
        xaxis=dict(range=list(span), title="Date of each recorded stage"),
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


def index_heatmap(index: pd.DataFrame, caption: Caption) -> Chart:
    """The composite index over time for the partners ranked highest in the last year: one row
    per partner, one cell per year (OWID-style, instead of a tangle of lines)."""
    last = index["year"].max()
    top = index[index["year"] == last].nsmallest(HEATMAP_PARTNERS, "rank")["partner"].tolist()
    data = index[index["partner"].isin(top)]
    grid = data.pivot_table(index="partner", columns="year", values="index").reindex(top)
    years = [int(y) for y in grid.columns]
    fig = _Figure(
        data=[
            _trace(
                "heatmap",
                z=grid.to_numpy(),
                x=years,
                y=[countries.name(p) for p in grid.index],
                zmin=0,
                zmax=100,
                colorscale=INDEX_SCALE,
                colorbar=dict(title="Index", len=0.6),
                xgap=1,
                ygap=1,
                hovertemplate="%{y} %{x}: %{z:.1f}<extra></extra>",
            )
        ]
    )
    fig.update_layout(
        yaxis=dict(autorange="reversed", showgrid=False),
        xaxis=dict(title="Year", showgrid=False, dtick=max(1, len(years) // 12), tickformat="d"),
    )
    fig = _frame(fig, caption, height=max(340, 26 * len(top) + 200))
    summary = (
        f"Composite partnership index per year for the {len(top)} partners ranked highest in "
        f"{last}, {years[0]}–{years[-1]}."
        if years
        else ""
    )
    return Chart("partnerships-index-over-time", caption, fig, data, summary)


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


def compare_index(index: pd.DataFrame, caption: Caption) -> Chart:
    """Altair: two partners' composite index side by side, one shared base for line and
    points."""
    data = index.assign(name=index["partner"].map(countries.name))
    base = alt.Chart(data).encode(
        x=alt.X("year:Q", title="Year", axis=alt.Axis(format="d", tickMinStep=1)),
        y=alt.Y("index:Q", title="Composite index (0–100)", scale=alt.Scale(domain=[0, 100])),
        color=alt.Color("name:N", scale=_partner_scale(data["partner"]), title="Partner"),
        tooltip=["name:N", "year:O", "index:Q", "rank:Q", "best_rank:Q", "worst_rank:Q"],
    )
    chart = _altair(base.mark_line() + base.mark_point(filled=True), caption)
    summary = "Composite partnership index of the two partners compared, year by year."
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


def tempo_heatmap(counts: pd.DataFrame, caption: Caption) -> Chart:
    """Exercises with each partner per year, as a heatmap: the partners with the most
    exercises first, every year of the range on a continuous axis (no stacking of
    participations into a total they do not make)."""
    totals = counts.groupby("partner")["exercises"].sum().sort_values(ascending=False)
    top = totals.head(HEATMAP_PARTNERS).index.tolist()
    data = counts[counts["partner"].isin(top)]
    years = (
        list(range(int(counts["year"].min()), int(counts["year"].max()) + 1)) if len(counts) else []
    )
    grid = data.pivot_table(index="partner", columns="year", values="exercises", fill_value=0)
    grid = grid.reindex(index=top, columns=years, fill_value=0)
    fig = _Figure(
        data=[
            _trace(
                "heatmap",
                z=grid.to_numpy(),
                x=years,
                y=[countries.name(p) for p in grid.index],
                text=grid.to_numpy(),
                texttemplate="%{text}",
                colorscale=INDEX_SCALE,
                showscale=False,
                xgap=1,
                ygap=1,
                hovertemplate="%{y} %{x}: %{z} exercises<extra></extra>",
            )
        ]
    )
    fig.update_layout(
        yaxis=dict(autorange="reversed", showgrid=False),
        xaxis=dict(title="Year", showgrid=False, dtick=1 if len(years) <= 16 else 2,
                   tickformat="d"),
    )  # fmt: skip
    fig = _frame(fig, caption, height=max(320, 26 * len(top) + 200))
    others = len(totals) - len(top)
    summary = (
        f"Exercises, port calls and deployments with each of the {len(top)} most frequent "
        f"partners per year"
        + (f" ({others} other partners not shown; see the table)" if others > 0 else "")
        + (f"; most with {countries.name(top[0])} ({int(totals.iloc[0])})." if top else ".")
    )
    return Chart("exercises-tempo-by-partner", caption, fig, counts, summary)


def assistance_bars(grants: pd.DataFrame, caption: Caption) -> Chart:
    """Security assistance per recipient, stacked by fiscal year, sorted by total."""
    data = grants.assign(
        name=grants["recipient"].map(countries.name),
        year=grants["fiscal_year"].astype("Int64").astype(str).replace("<NA>", "undated"),
    )
    counts = data.groupby(["name", "year"], as_index=False)["assistance_id"].nunique()
    order = counts.groupby("name")["assistance_id"].sum().sort_values(ascending=False).index
    fig = _Figure()
    for i, (year, rows) in enumerate(counts.groupby("year", sort=True)):
        fig.add_trace(
            _trace(
                "bar",
                y=rows["name"],
                x=rows["assistance_id"],
                name=f"FY{year}" if year != "undated" else year,
                orientation="h",
                marker_color=SUBMEASURE_COLOURS[i % len(SUBMEASURE_COLOURS)],
                hovertemplate=f"%{{y}} FY{year}: %{{x}}<extra></extra>",
            )
        )
    fig.update_layout(
        barmode="stack",
        yaxis=dict(categoryorder="array", categoryarray=list(order), autorange="reversed"),
        xaxis=dict(title="Grants and transfers", dtick=1, tickformat="d"),
        legend=dict(orientation="h", y=1.02, x=0, yanchor="bottom"),
    )
    fig = _frame(fig, caption, height=max(340, 26 * len(order) + 200))
    summary = (
        f"{data['assistance_id'].nunique()} grants and transfers to {len(order)} recipients"
        + (f"; most to {order[0]}." if len(order) else ".")
    )
    return Chart("partnerships-assistance", caption, fig, data, summary)


def reach_chart(longest: pd.DataFrame, caption: Caption) -> Chart:
    """Altair: the farthest each partner's forces travelled to train with Japan's, per year."""
    data = longest.rename(columns={"name": "exercise"}).assign(
        partner_name=longest["partner"].map(countries.name)
    )
    base = alt.Chart(data).encode(
        x=alt.X("year:Q", title="Year", axis=alt.Axis(format="d", tickMinStep=1)),
        y=alt.Y("distance_km:Q", title="Distance travelled, km"),
        color=alt.Color("partner_name:N", scale=_partner_scale(data["partner"]), title="Partner"),
        tooltip=[
            "partner_name:N",
            "year:O",
            alt.Tooltip("distance_km:Q", format=","),
            "exercise:N",
            alt.Tooltip("measured_from:N", title="measured from"),
        ],
    )
    chart = _altair(base.mark_line() + base.mark_circle(size=70), caption)
    summary = "Farthest distance each partner's forces travelled per year to train with Japan's."
    return Chart("exercises-reach", caption, chart, data, summary)


# -- claims -------------------------------------------------------------------------------------


def claims_matrix(
    tallies: pd.DataFrame, caption: Caption, name: str = "claims-by-assessment"
) -> Chart:
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
    return Chart(name, caption, fig, data, summary)


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
