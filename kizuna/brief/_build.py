"""A brief from a dossier: text, chronology, charts and sources, fitted to two pages."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

import pandas as pd
import plotly.graph_objects as go

from kizuna import charts, export, i18n
from kizuna.brief._model import (
    BRIEF_PLOT_PX,
    CHART_HEIGHTS,
    CHART_LAYOUT,
    TABLE_ROWS,
    Brief,
    Numbering,
)
from kizuna.brief._text import sentences
from kizuna.i18n import _, ngettext
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
            "kind": [_(k) if isinstance(k, str) else k for k in rows["kind"]],
            "what": rows["what"].map(lambda w: short(w, 110)),
            "sources": [
                cite.record(t, r, 1).strip()
                for t, r in zip(rows["table"], rows["record_id"], strict=True)
            ],
        }
    )
    if d.chronology.empty:
        note = _("No dated record about {partner} falls within these years.").format(
            partner=d.in_text
        )
    elif len(d.chronology) > len(rows):
        note = _("The {shown} most recent of {total} records; the dashboard lists all.").format(
            shown=len(rows), total=len(d.chronology)
        )
    else:
        note = _("All {count} records.").format(count=len(rows))
    if d.undated:
        note += " " + ngettext(
            "{count} record about {partner} with no date are not listed.",
            "{count} records about {partner} with no date are not listed.",
            d.undated,
        ).format(count=d.undated, partner=d.in_text)
    facts = []
    if d.level:
        facts.append(_("Level: {level}").format(level=d.level))
    if d.rank:
        r = d.rank
        facts.append(
            _(
                "Composite index {year}: rank {rank} of {ranked} (range {best}–{worst}), "
                "{index}/100"
            ).format(
                year=r["year"],
                rank=r["rank"],
                ranked=r["ranked"],
                best=r["best_rank"],
                worst=r["worst_rank"],
                index=f"{r['index']:.1f}",
            )
        )
    else:
        facts.append(_("Composite index {year}: not ranked").format(year=d.filters.years[1]))
    facts += [
        # i18n: a header figure of the brief: its label, value and change ("+2 on 2023")
        _("{label}: {value} ({change})").format(label=m.label, value=m.value, change=m.change)
        for m in d.metrics
    ]
    built = datetime.now(UTC)
    view = d.filters.describe()
    charts, charts_note = charts or brief_charts(d, images)
    return Brief(
        title=_("{partner} and Japan: partner brief, {years}").format(
            partner=d.name, years=f"{d.filters.years[0]}–{d.filters.years[1]}"
        ),
        generated=built,
        dossier=d,
        facts=facts,
        text=text,
        chronology=table,
        chronology_note=note,
        sources=cite.frame(),
        charts=charts,
        charts_note=charts_note,
        cite_as=cite_as(view, version, as_of_text(data.as_of), built),
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
        return [], _("Charts are left out: this server cannot draw images (it has no Chromium).")
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
            return out, _("Charts are left out: they could not be drawn ({error}).").format(
                error=type(e).__name__
            )
        out.append((chart.caption.title, svg))
    return out, ""


def cite_as(view: str, version: str, as_of: str, built: datetime) -> str:
    """How to cite the brief, naming the data version where known."""
    if version:
        return _(
            'Kizuna: Japan\'s security partnerships dashboard, partner brief "{view}", data '
            "version {version}, as of {as_of}, generated {day}. Cite the original sources listed "
            "for each fact."
        ).format(view=view, version=version, as_of=as_of, day=_month_day(built))
    return _(
        'Kizuna: Japan\'s security partnerships dashboard, partner brief "{view}", data as of '
        "{as_of}, generated {day}. Cite the original sources listed for each fact."
    ).format(view=view, as_of=as_of, day=_month_day(built))


def as_of_text(as_of: str) -> str:
    """The data's "as of" day (written ISO in the dataset) in the reader's convention."""
    try:
        return i18n.record_date(pd.Timestamp(as_of), "day")
    except ValueError:
        return as_of


def _month_day(moment: datetime) -> str:
    """A day in running text: "5 March 2025"; "2025年3月5日"."""
    if i18n.language() == "ja":
        return i18n.date_text(moment, "day")
    return f"{moment.day} {moment:%B %Y}"


def generated_at(moment: datetime) -> str:
    """When the brief was made: "5 March 2025, 14:05 UTC"; "2025年3月5日 14:05 UTC"."""
    if i18n.language() == "ja":
        return f"{i18n.date_text(moment, 'day')} {moment:%H:%M} UTC"
    return f"{moment.day} {moment:%B %Y, %H:%M} UTC"
