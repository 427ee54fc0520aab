"""Altair line charts: two partners' index compared, and how far partners' forces came."""

from __future__ import annotations

import altair as alt
import pandas as pd

from kizuna import countries
from kizuna.charts.core import Caption, Chart, finish_altair, partner_scale


def compare_index(index: pd.DataFrame, caption: Caption) -> Chart:
    """Altair: two partners' composite index side by side, one shared base for line and
    points."""
    data = index.assign(name=index["partner"].map(countries.name))
    base = alt.Chart(data).encode(
        x=alt.X("year:Q", title="Year", axis=alt.Axis(format="d", tickMinStep=1)),
        y=alt.Y("index:Q", title="Composite index (0–100)", scale=alt.Scale(domain=[0, 100])),
        color=alt.Color("name:N", scale=partner_scale(data["partner"]), title="Partner"),
        tooltip=["name:N", "year:O", "index:Q", "rank:Q", "best_rank:Q", "worst_rank:Q"],
    )
    chart = finish_altair(base.mark_line() + base.mark_point(filled=True), caption)
    summary = "Composite partnership index of the two partners compared, year by year."
    return Chart("partnerships-compare", caption, chart, data, summary)


def reach_chart(longest: pd.DataFrame, caption: Caption) -> Chart:
    """Altair: the farthest each partner's forces travelled to train with Japan's, per year."""
    data = longest.rename(columns={"name": "exercise"}).assign(
        partner_name=longest["partner"].map(countries.name)
    )
    base = alt.Chart(data).encode(
        x=alt.X("year:Q", title="Year", axis=alt.Axis(format="d", tickMinStep=1)),
        y=alt.Y("distance_km:Q", title="Distance travelled, km"),
        color=alt.Color("partner_name:N", scale=partner_scale(data["partner"]), title="Partner"),
        tooltip=[
            "partner_name:N",
            "year:O",
            alt.Tooltip("distance_km:Q", format=","),
            "exercise:N",
            alt.Tooltip("measured_from:N", title="measured from"),
        ],
    )
    chart = finish_altair(base.mark_line() + base.mark_circle(size=70), caption)
    summary = "Farthest distance each partner's forces travelled per year to train with Japan's."
    return Chart("exercises-reach", caption, chart, data, summary)
