"""The partner dossier's chronology: every dated record about one partner, labelled in lanes."""

from __future__ import annotations

import numpy as np
import pandas as pd

from kizuna.charts.core import (
    Caption,
    Chart,
    Draft,
    display_width,
    finish,
    safe_frame,
    safe_text,
    shown,
    trace,
)
from kizuna.i18n import N_, _
from kizuna.schema import ASSESSMENTS

# Chart rows, top to bottom, and the record kinds each one holds; a row's name is translated
# where it is shown (the frame keeps it in English).
CHART_ROWS = {
    N_("Agreements"): ("agreement",),
    N_("2+2s and statements"): ("2+2", "statement"),
    N_("Exercises"): ("exercise",),
    N_("Port calls and deployments"): ("port call", "deployment"),
    N_("Assistance"): ("assistance",),
    N_("Programmes"): ("programme", "programme target"),
    N_("Claims"): ("fact-check", "capability assessment"),
    N_("Policy events"): ("policy event",),
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


END_PAD_DAYS = (30, 120)  # the axis ends a month to a season past the last record, never years


def _lanes(spans: list[tuple[float, float]]) -> list[int]:
    """Per label (in date order) the first lane in which its span, in days from the axis
    start (its point and its text, on whichever side it is written), touches no other."""
    lanes: list[list[tuple[float, float]]] = []
    out = []
    for lo, hi in spans:
        for n, taken in enumerate(lanes):
            if all(hi < a or lo > b for a, b in taken):
                taken.append((lo, hi))
                out.append(n)
                break
        else:
            lanes.append([(lo, hi)])
            out.append(len(lanes) - 1)
    return out


def _placed(offsets: list[float], labels: list[str], days: float, plot_px: int):
    """Per label its side ("right" of its point, else "left" where the right would run past
    the axis end) and its span in days; and the axis length that lets every label fit (longer
    than ``days`` only when a label fits on neither side, on a short range of dates)."""
    for _attempt in range(4):
        per_px = days / plot_px
        sides, spans, needed = [], [], days
        for at, label in zip(offsets, labels, strict=True):
            width = (display_width(label) * LABEL_PX + 14) * per_px
            if at + width <= days:
                sides.append("right")
                spans.append((at, at + width))
            elif at - width >= 0:
                sides.append("left")
                spans.append((at - width, at))
            else:  # on neither side: the axis must grow until it fits on the right
                share = min((display_width(label) * LABEL_PX + 20) / plot_px, 0.6)
                needed = max(needed, at / (1 - share))
                sides.append("right")
                spans.append((at, at + width))
        if needed <= days:
            return sides, spans, days
        days = needed
    return sides, spans, days


def _merge_claims(data: pd.DataFrame) -> pd.DataFrame:
    """Claims of one kind on one date (the source article's fact-checks) as one point,
    labelled by how they were graded: "9 fact-checks · 6 corroborated, 2 contested, 1 refuted".
    Rows need a ``grade`` column; each point counts its ``records``."""
    data = data.assign(records=1)
    if "grade" not in data:
        return data
    claims = data["kind"].isin(CHART_ROWS["Claims"])
    groups = data[claims].groupby(["date", "kind"], sort=False)
    merged = []
    for (_date, kind), group in groups:
        if len(group) == 1:
            merged.append(group)
            continue
        counts = group["grade"].value_counts()
        graded = ", ".join(
            _("{count} {assessment}").format(count=counts[g], assessment=shown(g))
            for g in ASSESSMENTS
            if g in counts
        )
        point = CLAIM_POINTS.get(kind)
        row = group.iloc[[0]].copy()
        row["label"] = (
            _(point).format(n=len(group), graded=graded)
            if point
            else f"{len(group)} {kind}s · {graded}"
        )
        row["what"] = "\n".join(group["label"])
        row["record_id"] = ", ".join(group["record_id"].astype(str))
        row["records"] = len(group)
        if "sources" in group:
            row["sources"] = "; ".join(dict.fromkeys(group["sources"].dropna().astype(str)))
        merged.append(row)
    rows = [data[~claims], *merged]
    return pd.concat(rows).sort_values("date", kind="stable") if merged else data


# A point of several claims of one kind: "9 fact-checks · 6 corroborated, 2 contested".
CLAIM_POINTS = {
    # i18n: {n}: how many claims (always two or more); {graded}: "6 corroborated, 2 contested"
    "fact-check": N_("{n} fact-checks · {graded}"),
    # i18n: {n}: how many claims (always two or more); {graded}: "6 corroborated, 2 contested"
    "capability assessment": N_("{n} assessments · {graded}"),
}


def chronology_chart(
    rows: pd.DataFrame,
    caption: Caption,
    plot_px: int = PLOT_PX,
    chart_name: str = "dossier-chronology",
    xaxis_title: str | None = None,
) -> Chart:
    """Every record a labelled point: one band per kind of record, labels in lanes within the
    band so that none overlaps another on a plot area ``plot_px`` wide or wider; the
    CHART_RECORDS most recent records. The axis ends a little after the last record: a label
    that would run past it is written left of its point."""
    data = _merge_claims(rows.sort_values("date", kind="stable").tail(CHART_RECORDS))
    band = {kind: name for name, kinds in CHART_ROWS.items() for kind in kinds}
    data["band"] = data["kind"].map(band)
    first, last = data["date"].min(), data["date"].max()
    span = max((last - first).days, 60)
    pad = pd.Timedelta(days=span * 0.02)
    end_pad = pd.Timedelta(days=min(max(span * 0.03, END_PAD_DAYS[0]), END_PAD_DAYS[1]))
    start = first - pad
    offsets = [(d - start).days for d in data["date"]]
    label_text = data["label"].tolist()
    sides, spans, days = _placed(offsets, label_text, (last + end_pad - start).days, plot_px)
    # per band, from lists: for forty rows pandas' per-call cost was most of the chart's time
    bands = data["band"].tolist()
    rows_of: dict[str, list[int]] = {}
    for i, name in enumerate(bands):
        if name in CHART_ROWS:
            rows_of.setdefault(name, []).append(i)
    dates = data["date"].tolist()
    lane = [0] * len(data)
    for positions in rows_of.values():
        for i, n in zip(positions, _lanes([spans[i] for i in positions]), strict=True):
            lane[i] = n
    data["lane"] = lane
    data["side"] = sides
    text = [safe_text(label) for label in label_text]
    hover = safe_frame(data[["what", "when", "sources"]]).to_numpy().tolist()
    for row in hover:  # a merged point lists its records one a line
        row[0] = row[0].replace("\n", "<br>")
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
                name=_(name),
                text=[text[i] for i in positions],
                textposition=[f"middle {sides[i]}" for i in positions],
                textfont=dict(size=11),
                marker=dict(size=9, color=KIND_COLOURS[name], line=dict(width=1, color="white")),
                customdata=[hover[i] for i in positions],
                hovertemplate=_(
                    "<b>%{customdata[0]}</b><br>%{customdata[1]}<br>Sources: %{customdata[2]}"
                )
                + "<extra></extra>",
                cliponaxis=False,
            )
        )
        y += lanes + 0.6
    xaxis = dict(range=[start, start + pd.Timedelta(days=days)], type="date")
    if xaxis_title:
        xaxis["title"] = dict(text=xaxis_title, font=dict(size=12))
    fig.update_layout(
        showlegend=False,
        xaxis=xaxis,
        yaxis=dict(
            tickvals=ticks,
            ticktext=[_(name) for name in labels],
            range=[-(y - 0.6) + 0.4, 0.6],
            showgrid=False,
            automargin=True,
        ),
        margin=dict(l=20, r=30, t=80),
    )
    foot = 80 if xaxis_title else 60
    fig = finish(fig, caption, height=int(max(260, LANE_PX * y + 90 + foot)), bottom=foot)
    records = int(data["records"].sum())
    left_out = len(rows) - records
    counted = {n: int(data["records"].iloc[rows_of[n]].sum()) for n in labels}
    summary = (
        _("Chronology of {records} records, {first} to {last}, each labelled: {counts}.").format(
            records=records,
            first=data["when"].iloc[0],
            last=data["when"].iloc[-1],
            counts=", ".join(
                # i18n: a count of one row of the chronology: "9 exercises"
                _("{count} {what}").format(count=counted[n], what=_(n).lower())
                for n in labels
            ),
        )
        + (
            " " + _("The {left_out} older records are in the table.").format(left_out=left_out)
            if left_out
            else ""
        )
        if len(data)
        else _("No dated records.")
    )
    return Chart(chart_name, caption, fig, data, summary)
