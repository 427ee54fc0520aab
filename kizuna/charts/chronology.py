"""The partner dossier's chronology: every dated record about one partner, labelled in lanes."""

from __future__ import annotations

import numpy as np
import pandas as pd

from kizuna.charts.core import (
    Caption,
    Chart,
    Draft,
    finish,
    safe_frame,
    safe_text,
    trace,
)

# Chart rows, top to bottom, and the record kinds each one holds.
CHART_ROWS = {
    "Agreements": ("agreement",),
    "2+2s and statements": ("2+2", "statement"),
    "Exercises": ("exercise",),
    "Port calls and deployments": ("port call", "deployment"),
    "Assistance": ("assistance",),
    "Programmes": ("programme", "programme target"),
    "Claims": ("fact-check", "capability assessment"),
    "Policy events": ("policy event",),
}


KIND_COLOURS = {
    "Agreements": "#0072B2",
    "2+2s and statements": "#56B4E9",
    "Exercises": "#009E73",
    "Port calls and deployments": "#E69F00",
    "Assistance": "#CC79A7",
    "Programmes": "#D55E00",
    "Claims": "#555555",
    "Policy events": "#000000",
}


CHART_RECORDS = 40  # most recent records drawn: beyond that the labels cannot all be read


LABEL_PX = (
    7.0  # width of one label character at the chart's 11 px font (DejaVu Sans), or a bit more
)


PLOT_PX = 720  # the narrowest plot area the lanes are planned for: a 1400 px window with sidebar


LANE_PX = 20  # height of one lane of labels


def _lanes(dates: list, labels: list[str], days: float, plot_px: int) -> list[int]:
    """Per record (oldest first), the lane its label goes in: the first lane whose last label
    ends before this one starts. Labels are written to the right of their point."""
    per_px = days / plot_px
    ends: list[pd.Timestamp] = []
    lanes = []
    for when, label in zip(dates, labels, strict=True):
        width = pd.Timedelta(days=(len(label) * LABEL_PX + 14) * per_px)
        for lane, end in enumerate(ends):
            if when > end:
                ends[lane] = when + width
                lanes.append(lane)
                break
        else:
            ends.append(when + width)
            lanes.append(len(ends) - 1)
    return lanes


def chronology_chart(
    rows: pd.DataFrame,
    caption: Caption,
    plot_px: int = PLOT_PX,
    chart_name: str = "dossier-chronology",
) -> Chart:
    """Every record a labelled point: one band per kind of record, labels in lanes within the
    band so that none overlaps another on a plot area ``plot_px`` wide or wider; the
    CHART_RECORDS most recent records."""
    data = rows.sort_values("date", kind="stable").tail(CHART_RECORDS).copy()
    band = {kind: name for name, kinds in CHART_ROWS.items() for kind in kinds}
    data["band"] = data["kind"].map(band)
    first, last = data["date"].min(), data["date"].max()
    span = max((last - first).days, 60)
    # The axis must reach past every label written right of its point: a label of w px at
    # d days from the start needs an axis of d / (1 - w / PLOT_PX) days.
    share = ((data["label"].str.len() * LABEL_PX + 20) / plot_px).clip(upper=0.6)
    days = max(span * 1.02, ((data["date"] - first).dt.days / (1 - share)).max())
    # per band, from lists: for forty rows pandas' per-call cost was most of the chart's time
    bands = data["band"].tolist()
    rows_of: dict[str, list[int]] = {}
    for i, name in enumerate(bands):
        if name in CHART_ROWS:
            rows_of.setdefault(name, []).append(i)
    dates, label_text = data["date"].tolist(), data["label"].tolist()
    lane = [0] * len(data)
    for positions in rows_of.values():
        placed = _lanes(
            [dates[i] for i in positions], [label_text[i] for i in positions], days, plot_px
        )
        for i, n in zip(positions, placed, strict=True):
            lane[i] = n
    data["lane"] = lane
    text = [safe_text(label) for label in label_text]
    hover = safe_frame(data[["what", "when", "sources"]]).to_numpy().tolist()
    fig = Draft()
    y, ticks, labels = 0, [], []
    for name in CHART_ROWS:
        positions = rows_of.get(name)
        if not positions:
            continue
        lanes = max(lane[i] for i in positions) + 1
        ticks.append(-(y + (lanes - 1) / 2))
        labels.append(name)
        fig.add_trace(
            trace(
                "scatter",
                x=[dates[i] for i in positions],
                y=np.array([-(y + lane[i]) for i in positions], dtype=float),
                mode="markers+text",
                name=name,
                text=[text[i] for i in positions],
                textposition="middle right",
                textfont=dict(size=11),
                marker=dict(size=9, color=KIND_COLOURS[name], line=dict(width=1, color="white")),
                customdata=[hover[i] for i in positions],
                hovertemplate="<b>%{customdata[0]}</b><br>%{customdata[1]}"
                "<br>Sources: %{customdata[2]}<extra></extra>",
                cliponaxis=False,
            )
        )
        y += lanes + 0.6
    pad = pd.Timedelta(days=span * 0.02)
    fig.update_layout(
        showlegend=False,
        xaxis=dict(range=[first - pad, first + pd.Timedelta(days=days)], type="date"),
        yaxis=dict(
            tickvals=ticks,
            ticktext=labels,
            range=[-(y - 0.6) + 0.4, 0.6],
            showgrid=False,
            automargin=True,
        ),
        margin=dict(l=20, r=30, t=80),
    )
    fig = finish(fig, caption, height=int(max(260, LANE_PX * y + 150)), bottom=60)
    left_out = len(rows) - len(data)
    summary = (
        f"Chronology of {len(data)} records, {data['when'].iloc[0]} to {data['when'].iloc[-1]}, "
        f"each labelled: {', '.join(f'{len(rows_of[n])} {n.lower()}' for n in labels)}."
        + (f" The {left_out} older records are in the table." if left_out else "")
        if len(data)
        else "No dated records."
    )
    return Chart(chart_name, caption, fig, data, summary)
