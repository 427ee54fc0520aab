"""Altair: two partners' composite index compared, year by year."""

from __future__ import annotations

import altair as alt
import pandas as pd

from kizuna import countries
from kizuna.charts.core import Caption, Chart, finish_altair, partner_scale
from kizuna.i18n import _


def compare_index(index: pd.DataFrame, caption: Caption) -> Chart:
    """Altair: two partners' composite index side by side, one shared base for line and
    points."""
    data = index.assign(name=index["partner"].map(countries.name))
    base = alt.Chart(data).encode(
        x=alt.X("year:Q", title=_("Year"), axis=alt.Axis(format="d", tickMinStep=1)),
        y=alt.Y("index:Q", title=_("Composite index (0–100)"), scale=alt.Scale(domain=[0, 100])),
        color=alt.Color("name:N", scale=partner_scale(data["partner"]), title=_("Partner")),
        tooltip=["name:N", "year:O", "index:Q", "rank:Q", "best_rank:Q", "worst_rank:Q"],
    )
    chart = finish_altair(base.mark_line() + base.mark_point(filled=True), caption)
    summary = _("Composite partnership index of the two partners compared, year by year.")
    return Chart("partnerships-compare", caption, chart, data, summary)
