"""A brief from a dossier: text, chronology, charts and sources, fitted to two pages."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

import pandas as pd
import plotly.graph_objects as go

from kizuna import charts, export
from kizuna.brief._model import (
    BRIEF_PLOT_PX,
    CHART_HEIGHTS,
    CHART_LAYOUT,
    TABLE_ROWS,
    Brief,
    Numbering,
)
from kizuna.brief._text import count, sentences
from kizuna.load import Dataset
from kizuna.views.dossier import Dossier, short


def build(
    data: Dataset,
    d: Dossier,
    version: str = "",
    base_url: str = "http://localhost:8501",
    images: bool = True,
    rows: int = TABLE_ROWS,
    charts: tuple[list[tuple[str, str]], str] | None = None,
) -> Brief:
    """The brief's content; ``charts`` as charts returned them, to draw them only once."""
    cite = Numbering(data)
    text = sentences(d, cite)
    rows = d.chronology.tail(rows)
    table = pd.DataFrame(
        {
            "date": rows["when"],
            "kind": rows["kind"],
            "what": rows["what"].map(lambda w: short(w, 110)),
            "sources": [
                cite.record(t, r, 1).strip()
                for t, r in zip(rows["table"], rows["record_id"], strict=True)
            ],
        }
    )
    if d.chronology.empty:
        note = f"No dated record about {d.in_text} falls within these years."
    elif len(d.chronology) > len(rows):
        note = (
            f"The {len(rows)} most recent of {len(d.chronology)} records; the dashboard lists all."
        )
    else:
        note = f"All {len(rows)} records."
    if d.undated:
        note += f" {count(d.undated, 'record')} about {d.in_text} with no date are not listed."
    facts = []
    if d.level:
        facts.append(f"Level: {d.level}")
    if d.rank:
        r = d.rank
        facts.append(
            f"Composite index {r['year']}: rank {r['rank']} of {r['ranked']} "
            f"(range {r['best_rank']}–{r['worst_rank']}), {r['index']:.1f}/100"
        )
    else:
        facts.append(f"Composite index {d.filters.years[1]}: not ranked")
    facts += [f"{m.label}: {m.value} ({m.change})" for m in d.metrics]
    built = datetime.now(UTC)
    view = d.filters.describe()
    charts, charts_note = charts or brief_charts(d, images)
    return Brief(
        title=f"{d.name} and Japan: partner brief, {d.filters.years[0]}–{d.filters.years[1]}",
        generated=built,
        dossier=d,
        facts=facts,
        text=text,
        chronology=table,
        chronology_note=note,
        sources=cite.frame(),
        charts=charts,
        charts_note=charts_note,
        cite_as=(
            f'Kizuna: Japan\'s security partnerships dashboard, partner brief "{view}", '
            f"data {('version ' + version + ', ') if version else ''}as of {data.as_of}, "
            f"generated {built.day} {built:%B %Y}. Cite the original sources listed for each fact."
        ),
        url=export.share_url(d.filters, page="partner", base=base_url),
    )


def brief_charts(d: Dossier, images: bool) -> tuple[list[tuple[str, str]], str]:
    chronology = None
    if d.chart is not None:  # its lanes planned for the image's width, not the narrowest screen
        chronology = charts.chronology_chart(d.recent, d.chart.caption, BRIEF_PLOT_PX)
    wanted = [c for c in (chronology, d.exercise_map) if c is not None]
    if not wanted:
        return [], ""
    if not images:
        return [], ""
    if export.images_unavailable_reason():
        return [], "Charts are left out: this server cannot draw images (it has no Chromium)."
    out = []
    for chart in wanted:
        if chart.name in CHART_HEIGHTS:
            figure = go.Figure(chart.figure, _validate=False)
            figure.update_layout(height=CHART_HEIGHTS[chart.name](figure.layout.height or 480))
            figure.update_layout(**CHART_LAYOUT.get(chart.name, {}))
            chart = replace(chart, figure=figure)
        try:
            svg = export.to_image(chart, "svg").decode("utf-8")
        except Exception as e:  # kaleido's errors are not one class; the brief goes on
            return out, f"Charts are left out: they could not be drawn ({type(e).__name__})."
        out.append((chart.caption.title, svg))
    return out, ""


def generated_at(moment: datetime) -> str:
    return f"{moment.day} {moment:%B %Y, %H:%M} UTC"
