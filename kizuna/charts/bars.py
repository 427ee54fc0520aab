"""Bars: counts by type, the composite index by sub-measure, tempo, assistance and claims."""

from __future__ import annotations

import pandas as pd

from kizuna import countries, i18n
from kizuna.charts.core import (
    Caption,
    Chart,
    Draft,
    fill,
    finish,
    safe_text,
    short_words,
    shown,
    trace,
)
from kizuna.charts.coverage import mark_years
from kizuna.charts.theme import ASSESSMENT_COLOURS, DOMAIN_COLOURS, SUBMEASURE_COLOURS
from kizuna.i18n import N_, _
from kizuna.schema import ASSESSMENTS

REACH_PARTNERS = 15  # partners on the reach chart, the farthest first
INDEX_BARS = 20  # partners shown on the index chart
# The words the charts show for the index's sub-measures (measures.SUBMEASURES) and for what the
# tempo bars are stacked by.
SUBMEASURE_WORDS = (
    N_("commitments"),
    N_("operations"),
    N_("industry"),
    N_("assistance"),
    N_("dialogue"),
)
STACKED_BY = {"partner": N_("partner"), "domain": N_("domain")}


def agreements_by_type(counts: pd.DataFrame, caption: Caption) -> Chart:
    """Agreements by type, most frequent first, the count written on each bar."""
    data = counts[counts["agreements"] > 0].sort_values("agreements", ascending=False)
    fig = Draft(
        data=[
            trace(
                "bar",
                x=data["agreements"],
                y=[shown(t) for t in data["type"]],
                orientation="h",
                marker_color="#0072B2",
                text=data["agreements"].astype(str).tolist(),
                textposition="outside",
                cliponaxis=False,
                hovertemplate="%{y}: %{x}<extra></extra>",
            )
        ]
    )
    top = int(data["agreements"].max()) if len(data) else 1
    fig.update_layout(
        yaxis=dict(autorange="reversed"),
        xaxis=dict(
            title=_("Agreements"),
            tickformat="d",
            range=[0, top * 1.12],
            dtick=count_step(top),
        ),
    )
    fig = finish(fig, caption, height=max(300, 28 * len(data) + 200))
    summary = (
        _("Agreements by type; the most common is {type} ({count}).").format(
            type=shown(data["type"].iloc[0]), count=int(data["agreements"].iloc[0])
        )
        if len(data)
        else _("No agreements.")
    )
    return Chart("overview-types", caption, fig, data, summary)


def index_bars(index: pd.DataFrame, weights: dict[str, float], caption: Caption) -> Chart:
    """One year's composite index as sorted stacked bars: each segment a sub-measure's weighted
    share, the rank and its range under perturbed weights written at the bar's end."""
    from kizuna.measures import SUBMEASURES

    data = index.nsmallest(INDEX_BARS, ["rank"]).sort_values(["rank", "partner"])
    data = data.assign(name=data["partner"].map(countries.name))
    total = sum(weights[k] for k in SUBMEASURES) or 1.0
    fig = Draft()
    for k, colour in zip(SUBMEASURES, SUBMEASURE_COLOURS, strict=True):
        share = data[k] * weights[k] / total
        fig.add_trace(
            trace(
                "bar",
                y=data["name"],
                x=share,
                # i18n: a sub-measure of the index and its weight: "operations (w 0.3)"
                name=_("{measure} (w {weight})").format(measure=_(k), weight=f"{weights[k]:g}"),
                orientation="h",
                marker_color=colour,
                customdata=data[[k]],
                hovertemplate=fill(
                    _("%{y}: {measure} %{customdata[0]:.0f}/100, adds %{x:.1f}"), measure=_(k)
                )
                + "<extra></extra>",
            )
        )
    # Ranks are whole numbers; the range columns are floats (empty in years not ranged).
    ranges = [
        f"#{int(r)} ({int(lo)}–{int(hi)})" if pd.notna(lo) and lo != hi else f"#{int(r)}"
        for r, lo, hi in zip(data["rank"], data["best_rank"], data["worst_rank"], strict=True)
    ]
    fig.add_trace(
        trace(
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
            title=_("Composite index (0–100); label: index, rank (rank range)"), range=[0, 115]
        ),
        legend=dict(orientation="h", y=1.0, x=0, yanchor="bottom", traceorder="normal"),
        margin=dict(t=150),
    )
    fig = finish(fig, caption, height=max(380, 26 * len(data) + 220))
    summary = _(
        "Composite partnership index by partner, stacked by sub-measure: {partners}."
    ).format(
        partners=", ".join(
            _("{partner} {index} (rank {rank})").format(partner=n, index=f"{v:.0f}", rank=r)
            for n, v, r in zip(data["name"].head(5), data["index"].head(5), ranges[:5], strict=True)
        )
    )
    return Chart("partnerships-index", caption, fig, data, summary)


def tempo_bars(
    counts: pd.DataFrame,
    by: str,
    caption: Caption,
    spans=(),
    measure: str = N_("Exercises, port calls, deployments"),
) -> Chart:
    """Counts per year stacked by ``by``; ``spans`` (first, last, grade) marks the years not
    graded complete; ``measure`` names what is counted (the y axis; translated here)."""
    fig = Draft()
    for value, rows in counts.groupby(by, sort=True):
        label = countries.name(value) if by == "partner" else shown(value)
        colour = countries.colour(value) if by == "partner" else DOMAIN_COLOURS.get(value)
        fig.add_trace(
            trace(
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
        xaxis=dict(title=_("Year"), dtick=1),
        yaxis_title=_(measure),
    )
    mark_years(fig, list(spans))
    fig = finish(fig, caption)
    per_year = counts.groupby("year")["exercises"].sum()
    summary = (
        # i18n: {by}: "partner" or "domain"
        _("Exercise tempo by year stacked by {by}; busiest year {year} ({count}).").format(
            by=_(STACKED_BY.get(by, by)), year=per_year.idxmax(), count=per_year.max()
        )
        if len(per_year)
        else ""
    )
    return Chart(f"exercises-tempo-{by}", caption, fig, counts, summary)


def count_step(top: int) -> int:
    """A round step giving at most about six ticks up to ``top`` on an axis of counts (a tick
    per unit draws a label per unit, thousands on a large record)."""
    return next(
        d for d in (1, 2, 5, 10, 20, 50, 100, 200, 500, 10**3, 10**4, 10**5, 10**9) if d >= top / 6
    )


def assistance_bars(grants: pd.DataFrame, caption: Caption) -> Chart:
    """Security assistance per recipient, stacked by fiscal year, sorted by total."""
    data = grants.assign(
        name=grants["recipient"].map(countries.name),
        year=grants["fiscal_year"].astype("Int64").astype(str).replace("<NA>", "undated"),
    )
    counts = data.groupby(["name", "year"], as_index=False)["assistance_id"].nunique()
    order = counts.groupby("name")["assistance_id"].sum().sort_values(ascending=False).index
    fig = Draft()
    for i, (year, rows) in enumerate(counts.groupby("year", sort=True)):
        label = i18n.fiscal_year(int(year)) if year != "undated" else _("undated")
        # the hover's English is kept as it was ("FYundated" for grants with no fiscal year)
        english = i18n.language() == i18n.DEFAULT
        when = f"FY{year}" if year == "undated" and english else label
        fig.add_trace(
            trace(
                "bar",
                y=rows["name"],
                x=rows["assistance_id"],
                name=label,
                orientation="h",
                marker_color=SUBMEASURE_COLOURS[i % len(SUBMEASURE_COLOURS)],
                hovertemplate=f"%{{y}} {safe_text(when)}: %{{x}}<extra></extra>",
            )
        )
    fig.update_layout(
        barmode="stack",
        yaxis=dict(categoryorder="array", categoryarray=list(order), autorange="reversed"),
        xaxis=dict(
            title=_("Grants and transfers"),
            dtick=count_step(int(counts.groupby("name")["assistance_id"].sum().max()))
            if len(counts)
            else 1,
            tickformat="d",
        ),
        legend=dict(orientation="h", y=1.02, x=0, yanchor="bottom"),
        margin=dict(t=130),  # the legend between the subtitle and the bars, clear of both
    )
    fig = finish(fig, caption, height=max(380, 26 * len(order) + 240))
    grants_n = data["assistance_id"].nunique()
    summary = (
        _("{grants} grants and transfers to {recipients} recipients; most to {name}.").format(
            grants=grants_n, recipients=len(order), name=order[0]
        )
        if len(order)
        else _("{grants} grants and transfers to {recipients} recipients.").format(
            grants=grants_n, recipients=len(order)
        )
    )
    return Chart("partnerships-assistance", caption, fig, data, summary)


def claims_matrix(
    tallies: pd.DataFrame, caption: Caption, name: str = "claims-by-assessment"
) -> Chart:
    data = tallies.assign(
        row=tallies["subject"].map(countries.name) + " · " + tallies["domain"].map(shown)
    )
    fig = Draft()
    for assessment in ASSESSMENTS:
        rows = data[data["assessment"] == assessment]
        fig.add_trace(
            trace(
                "bar",
                y=rows["row"],
                x=rows["claims"],
                name=_(assessment),
                orientation="h",
                marker_color=ASSESSMENT_COLOURS[assessment],
                hovertemplate=fill(_("%{y}: %{x} {assessment}"), assessment=_(assessment))
                + "<extra></extra>",
            )
        )
    fig.update_layout(
        barmode="stack",
        yaxis=dict(categoryorder="category descending", automargin=True),
        xaxis_title=_("Claims"),
    )
    fig = finish(fig, caption, height=max(360, 24 * data["row"].nunique() + 200))
    total = data.groupby("assessment")["claims"].sum()
    summary = _("Claims by subject, domain and assessment: {counts}.").format(
        counts=", ".join(
            _("{count} {assessment}").format(count=total.get(a, 0), assessment=_(a))
            for a in ASSESSMENTS
        )
    )
    return Chart(name, caption, fig, data, summary)


def reach_chart(longest: pd.DataFrame, caption: Caption) -> Chart:
    """The farthest each partner's forces came to train with Japan's in the years shown: one
    labelled dot per partner, sorted, the most distant first (a dot plot, not a line per
    partner)."""
    idx = longest.groupby("partner")["distance_km"].idxmax()
    data = longest.loc[idx].nlargest(REACH_PARTNERS, "distance_km")
    data = data.assign(partner_name=data["partner"].map(countries.name))
    rows = [
        f"{p} · {safe_text(short_words(n, 34))} ({y})"
        for p, n, y in zip(data["partner_name"], data["name"], data["year"], strict=True)
    ]
    label = [f"{d:,} km" for d in data["distance_km"]]
    fig = Draft(
        data=[
            trace(
                "scatter",
                x=data["distance_km"],
                y=rows,
                mode="markers+text",
                text=label,
                textposition="middle right",
                marker=dict(
                    size=11,
                    color=[countries.colour(p) for p in data["partner"]],
                    symbol=[
                        "circle" if m != "capital" else "circle-open" for m in data["measured_from"]
                    ],
                    line=dict(width=2, color=[countries.colour(p) for p in data["partner"]]),
                ),
                hovertemplate="%{y}: %{text}<extra></extra>",
            )
        ]
    )
    far = float(data["distance_km"].max()) if len(data) else 1.0
    fig.update_layout(
        yaxis=dict(autorange="reversed"),
        xaxis=dict(
            title=_("Distance travelled, km (open circle: measured from the capital)"),
            range=[0, far * 1.3],
            tickformat=",",
        ),
        showlegend=False,
    )
    fig = finish(fig, caption, height=max(340, 26 * len(data) + 200))
    top = data.head(1)
    summary = (
        _(
            "How far partners' forces came to train with Japan's, the farthest per partner: "
            "{partner}'s came {km} km to {place} ({year})."
        ).format(
            partner=top["partner_name"].iloc[0],
            km=f"{int(top['distance_km'].iloc[0]):,}",
            place=top["name"].iloc[0],
            year=top["year"].iloc[0],
        )
        if len(top)
        else _("No partner came from abroad in these years.")
    )
    return Chart("exercises-reach", caption, fig, data, summary)
