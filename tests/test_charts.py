"""Chart builders on the shipped data: ticks that stay legible at 100x, empty charts, the map's
counts, the overview timeline's rows, and figures and frames handed on as they are."""

import numpy as np
import pandas as pd
import pytest

from kizuna.charts.core import Caption


def test_the_assistance_chart_keeps_a_handful_of_ticks_at_100x(data):
    from kizuna.charts.bars import assistance_bars, count_step

    grants = data["assistance"]
    copies = pd.concat(
        [grants.assign(assistance_id=grants["assistance_id"] + f"-S{k}") for k in range(100)]
    )
    chart = assistance_bars(copies, Caption("Assistance", "", "Sources: test"))
    bars = pd.concat([pd.Series(list(t.x), index=list(t.y)) for t in chart.figure.data])
    widest = bars.groupby(level=0).sum().max()  # the longest stacked bar
    assert widest >= 100
    assert widest / chart.figure.layout.xaxis.dtick <= 6  # not a label per grant
    assert count_step(5) == 1  # the shipped size keeps a tick per grant


def test_a_finished_figure_gives_plotlys_dict_without_rebuilding_it(data):
    import plotly.io as pio
    from plotly.basedatatypes import BaseFigure

    from kizuna import views
    from kizuna.state import Filters

    for chart in views.overview(data, Filters()).charts.values():
        made = chart.figure.to_dict()
        assert chart.figure.to_dict() is made  # st.plotly_chart asks on every rerun
        fresh = BaseFigure.to_dict(chart.figure)
        assert pio.to_json(made, validate=False) == pio.to_json(fresh, validate=False)


def test_the_assistance_chart_is_drawn_empty_for_years_without_assistance(data):
    from kizuna import measures, views
    from kizuna.charts.bars import assistance_bars
    from kizuna.state import Filters

    chart = assistance_bars(data["assistance"].iloc[0:0], Caption("Assistance", "", "none"))
    assert len(chart.figure.data) == 0
    view = views.partnerships(data, Filters((), (1990, 2022)), [], measures.DEFAULT_WEIGHTS)
    assert "partnerships-lifecycle" in view.charts


def test_the_exercise_map_keeps_the_points_it_was_given_not_a_copy(data):
    """Copy-on-write: the chart's frame gains columns beside the points' own, which it shares
    (a deep copy of the exercise map's rows was half a gigabyte at 1000x)."""
    from kizuna import analysis, charts

    exercises, participants = data["exercises"], data["exercise_participants"]
    partners = analysis.exercise_partners(exercises, participants)
    points = analysis.citation_summary(
        "exercises",
        analysis.map_points(exercises, partners, participants),
        "exercise_id",
        analysis.cite(data["citations"], data["sources"]),
    )
    chart = charts.exercise_map(points, analysis.reach(partners), Caption("Map", "", "Sources"))
    assert np.shares_memory(chart.data["lat"].to_numpy(), points["lat"].to_numpy())


def test_the_map_says_how_many_exercises_it_maps_not_how_many_cells(data):
    from kizuna import analysis, charts

    exercises, participants = data["exercises"], data["exercise_participants"]
    frames = analysis.exercise_frames(exercises, participants, map_points_max=40)
    assert 0 < len(frames["cells"]) < len(frames["ids"])
    points = analysis.map_points(
        frames["first_rows"],
        analysis.exercise_partners(frames["first_rows"], participants),
        participants,
    ).assign(sources="")
    chart = charts.exercise_map(
        points,
        frames["arcs"],
        Caption("Map", "", "Sources"),
        total=50_000,
        farthest=frames["farthest"],
        cells=frames["cells"],
    )
    assert chart.summary.startswith("Map of 50,000 exercises")
    assert len(chart.data) == len(frames["cells"])
    assert int(chart.data["n"].sum()) == len(frames["ids"].dropna())


@pytest.mark.parametrize("partners", [(), ("ITA",), ("USA", "AUS")])
def test_the_overview_timeline_drawn_from_the_agreements_it_can_show_is_the_whole_timeline(
    data, partners
):
    """Labels and sources for the agreements the timeline can show are enough: the chart
    drawn from them is the chart drawn from every agreement in range."""
    from kizuna import analysis, charts
    from kizuna.state import Filters
    from kizuna.views._core import agreement_rows, cited

    f = Filters(partners, (1990, 2026))
    rows = analysis.citation_summary(
        "agreements", agreement_rows(data, f), "agreement_id", cited(data)
    )
    events = analysis.annotations(data["events"], f)
    drawable = charts.timeline_agreements(rows)
    assert len(drawable) == min(charts.CHART_RECORDS, (rows["type"] != "2+2 dialogue").sum())
    if not partners:
        assert len(drawable) < len(rows)  # the cap is exercised
    caption = Caption("Key agreements", "", "Sources")
    whole = charts.milestones_timeline(rows, events, caption).figure.to_plotly_json()
    part = charts.milestones_timeline(drawable, events, caption).figure.to_plotly_json()
    assert whole == part
