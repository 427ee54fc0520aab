"""Grids: partners against years or against kinds of instrument, one cell per pair."""

from __future__ import annotations

import pandas as pd

from kizuna import countries
from kizuna.charts.core import Caption, Chart, Draft, finish, safe_text, short_words, trace
from kizuna.charts.coverage import mark_years
from kizuna.charts.theme import INDEX_SCALE
from kizuna.i18n import N_, _
from kizuna.schema import TYPE_SHORT

HEATMAP_PARTNERS = 12  # partners on the index-over-time heatmap
MATRIX_TOP_PX = 140  # title, subtitle and the matrix's two-line column headers


def _grid(
    caption: Caption,
    height: int,
    xaxis: dict,
    layout: dict | None = None,
    spans=(),
    what: str = N_("record"),
    **cells,
):
    """One heatmap, finished: rows top to bottom in the order given, no grid lines; ``spans``
    (first, last, grade) marks the years not graded complete."""
    fig = Draft(data=[trace("heatmap", **cells)])
    marked = mark_years(fig, list(spans), above=True, what=what)
    fig.update_layout(
        yaxis=dict(autorange="reversed", showgrid=False),
        xaxis=dict(showgrid=False, **xaxis),
        **(layout or {}),
    )
    if not marked:
        return finish(fig, caption, height=height)
    # The grade's key goes under the plot, where the axis title "Year" was (the years say it),
    # not beside it: a key at the side would take the width the year labels need.
    fig.layout["xaxis"].pop("title", None)
    fig.update_layout(legend=dict(orientation="h", x=0, xanchor="left", y=-0.1, yanchor="top"))
    return finish(fig, caption, height=height + 30, bottom=120)


def agreement_matrix(matrix: pd.DataFrame, caption: Caption) -> Chart:
    """Partner × agreement type; each cell the year the first such instrument came into force
    (or was signed, marked *), so quasi-allies stand out as full rows."""
    types = [c for c in matrix.columns if c != "partner"]
    names = matrix["partner"].map(countries.name).tolist()
    text = matrix[types].astype("object").where(matrix[types].notna(), "").to_numpy().tolist()
    filled = matrix[types].notna().astype(int).to_numpy().tolist()
    fig = _grid(
        caption,
        height=max(320, 26 * len(names) + 240),
        xaxis=dict(side="top"),
        # The two-line column headers sit above the plot: the top margin holds the title, the
        # subtitle and then the headers, with the title pinned to the top of the figure.
        layout=dict(
            margin=dict(t=MATRIX_TOP_PX),
            title=dict(yref="container", y=1, yanchor="top", pad=dict(t=14)),
        ),
        z=filled,
        x=[_(TYPE_SHORT.get(t, t)).replace(" ", "<br>", 1) for t in types],
        y=names,
        text=text,
        texttemplate="%{text}",
        colorscale=[[0, "#F5F5F5"], [1, "#9ECAE1"]],
        showscale=False,
        xgap=2,
        ygap=2,
        hovertemplate="%{y} · %{x}: %{text}<extra></extra>",
    )
    full = matrix.dropna(subset=types)["partner"].map(countries.name).tolist()
    summary = (
        _(
            "Years each type of instrument came into force, per partner; every type in force "
            "with {partners}."
        ).format(partners=", ".join(full))
        if full
        else _("Years each type of instrument came into force, per partner.")
    )
    return Chart("overview-matrix", caption, fig, matrix, summary)


def index_heatmap(index: pd.DataFrame, caption: Caption, spans=()) -> Chart:
    """The composite index over time for the partners ranked highest in the last year: one row
    per partner, one cell per year (OWID-style, instead of a tangle of lines). ``spans`` marks
    the years whose exercise record, one of the index's measures, is not complete."""
    last = index["year"].max()
    top = index[index["year"] == last].nsmallest(HEATMAP_PARTNERS, "rank")["partner"].tolist()
    data = index[index["partner"].isin(top)]
    grid = data.pivot_table(index="partner", columns="year", values="index").reindex(top)
    years = [int(y) for y in grid.columns]
    fig = _grid(
        caption,
        height=max(340, 26 * len(top) + 200),
        xaxis=dict(title=_("Year"), dtick=max(1, len(years) // 12), tickformat="d"),
        spans=spans,
        what=N_("exercise record"),
        z=grid.to_numpy(),
        x=years,
        y=[countries.name(p) for p in grid.index],
        zmin=0,
        zmax=100,
        colorscale=INDEX_SCALE,
        colorbar=dict(title=_("Index"), len=0.6),
        xgap=1,
        ygap=1,
        hovertemplate="%{y} %{x}: %{z:.1f}<extra></extra>",
    )
    summary = (
        _(
            "Composite partnership index per year for the {count} partners ranked highest in "
            "{year}, {first}–{last}."
        ).format(count=len(top), year=last, first=years[0], last=years[-1])
        if years
        else ""
    )
    return Chart("partnerships-index-over-time", caption, fig, data, summary)


def tempo_heatmap(counts: pd.DataFrame, caption: Caption, spans=()) -> Chart:
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
    fig = _grid(
        caption,
        height=max(320, 26 * len(top) + 200),
        xaxis=dict(title=_("Year"), dtick=1 if len(years) <= 16 else 2, tickformat="d"),
        spans=spans,
        z=grid.to_numpy(),
        x=years,
        y=[countries.name(p) for p in grid.index],
        text=grid.to_numpy(),
        texttemplate="%{text}",
        colorscale=INDEX_SCALE,
        showscale=False,
        xgap=1,
        ygap=1,
        hovertemplate=_("%{y} %{x}: %{z} exercises") + "<extra></extra>",
    )
    others = len(totals) - len(top)
    summary = (
        _(
            "Exercises, port calls and deployments with each of the {count} most frequent "
            "partners per year"
        ).format(count=len(top))
        + (
            " " + _("({others} other partners not shown; see the table)").format(others=others)
            if others > 0
            else ""
        )
        + (
            _("; most with {partner} ({count}).").format(
                partner=countries.name(top[0]), count=int(totals.iloc[0])
            )
            if top
            else "."
        )
    )
    return Chart("exercises-tempo-partner", caption, fig, counts, summary)


def grouping_matrix(groups: pd.DataFrame, caption: Caption) -> Chart:
    """Multilateral instruments (GCAP, trilateral statements…) against the partners that are
    party to them with Japan: which partners Japan binds together, one row per instrument."""
    data = groups.assign(
        instrument=[
            f"{short_words(t, 48)} ({d:%Y})" if pd.notna(d) else short_words(t, 48)
            for t, d in zip(groups["title"], groups["dated"], strict=True)
        ],
        partner_name=groups["partner"].map(countries.name),
    )
    order = data.drop_duplicates("agreement_id").sort_values("dated", ascending=False)
    rows = [safe_text(i) for i in order["instrument"]]
    members = data["partner_name"].value_counts().index.tolist()
    grid = (
        data.assign(member=1, instrument=data["instrument"].map(safe_text))
        .pivot_table(index="instrument", columns="partner_name", values="member", fill_value=0)
        .reindex(index=rows, columns=members, fill_value=0)
    )
    fig = _grid(
        caption,
        height=max(340, 26 * len(rows) + 280),
        xaxis=dict(side="top", tickangle=-45),
        layout=dict(margin=dict(t=190)),
        z=grid.to_numpy(),
        x=members,
        y=rows,
        colorscale=[[0, "#F5F5F5"], [1, "#6BAED6"]],
        showscale=False,
        xgap=2,
        ygap=2,
        hovertemplate="%{y}: %{x}<extra></extra>",
    )
    counts = data.groupby("partner_name")["agreement_id"].nunique().sort_values(ascending=False)
    summary = (
        _(
            "{count} multilateral instruments with Japan and two or more partners; {partner} "
            "is party to the most ({most})."
        ).format(count=len(rows), partner=counts.index[0], most=int(counts.iloc[0]))
        if len(counts)
        else _("{count} multilateral instruments with Japan and two or more partners.").format(
            count=len(rows)
        )
    )
    return Chart("partnerships-groupings", caption, fig, data, summary)
