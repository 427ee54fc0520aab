"""The helpers that keep views fast at scale give the answers of the plain pandas they replace."""

import numpy as np
import pandas as pd
import pytest

from kizuna.analysis.common import among, date_text, when_text
from kizuna.analysis.sources import short_publisher, sources_phrase

IDS = pd.Series(["EX-1", "EX-2", None, "EX-3"], index=[10, 11, 12, 13], dtype="str")


@pytest.mark.parametrize(
    "wanted",
    [
        ["EX-1"],
        [None],
        pd.Series(["EX-3", "EX-1"], dtype="str"),
        pd.Index(["EX-2"]),
        {"EX-2", "EX-9"},
        set(),
        [1, 2],
        pd.Series(["EX-1"], dtype=object),
    ],
    ids=["list", "missing", "arrow series", "index", "set", "empty", "numbers", "objects"],
)
def test_among_is_isin(wanted):
    found = among(IDS, wanted)
    assert found.equals(IDS.isin(wanted))
    assert list(found.index) == [10, 11, 12, 13]


def test_among_finds_ids_among_many():
    many = pd.Series([f"EX-{i}" for i in range(5000)], dtype="str")
    assert among(IDS, many).tolist() == [True, True, False, True]


def test_dates_are_written_at_their_precision_like_one_at_a_time():
    dates = pd.Series(
        pd.to_datetime(["2020-03-05", None, "2021-01-01", "2022-02-01", "2020-03-05"])
    )
    for precisions in (
        ["day", "year", "year", "month", "year"],
        [None, "day", None, "unknown", "day"],
    ):
        column = pd.Series(precisions, dtype="str")
        expected = [date_text(d, p) for d, p in zip(dates, column, strict=True)]
        assert when_text(dates, column) == expected
    assert when_text(dates, pd.Series(["day", "year", "year", "month", "year"])) == [
        "05 Mar 2020",
        "",
        "2021",
        "Feb 2022",
        "2020",
    ]


def test_source_line_counts_short_names_as_before():
    cited = pd.DataFrame(
        {
            "publisher": [
                "Reuters",
                "Ministry of Defense of Japan",
                "Japan Ministry of Defense",
                "Reuters",
                "Kyodo",
                "Reuters",
                "Kyodo",
                "The Diplomat",
            ]
        },
        dtype="str",
    )
    plain = cited["publisher"].map(short_publisher).value_counts().index.tolist()
    assert plain[:2] == ["Reuters", "MOD Japan"]
    assert sources_phrase(cited, 6) == (
        f"Sources: {', '.join(plain[:3])} and {len(plain) - 3} others; 6 records"
    )


@pytest.fixture(scope="module")
def shipped():
    from kizuna import views
    from kizuna.load import load

    return views.prepare(load())


@pytest.mark.parametrize(
    "partners, years",
    [((), (1951, 2026)), (("ITA",), (2015, 2024)), (("USA", "AUS"), (2019, 2021))],
)
def test_the_exercise_views_rows_are_the_first_of_the_whole_table(
    shipped, partners, years, monkeypatch
):
    """A view keeps the first SHOWN_ROWS rows and the count; the table the downloads and the
    briefing pack rebuild holds them all, the same rows in the same order."""
    from kizuna import analysis, views
    from kizuna.state import Filters
    from kizuna.views import _exercises

    monkeypatch.setattr(_exercises, "SHOWN_ROWS", 10)
    f = Filters(partners, years)
    view = views.exercises(shipped, f)
    whole = views.exercise_table(shipped, f)
    expected = analysis.filter_exercises(shipped["exercises"], shipped["exercise_participants"], f)
    assert whole["exercise_id"].tolist() == expected["exercise_id"].tolist()
    assert view.metrics["exercises"] == len(whole) > 10
    pd.testing.assert_frame_equal(view.tables["exercises"], whole.head(10))
    picked = whole["exercise_id"].iloc[[3, 1]].tolist()
    chosen = views.exercise_table(shipped, f, ids=picked)
    assert chosen["exercise_id"].tolist() == whole["exercise_id"].iloc[[1, 3]].tolist()


@pytest.mark.parametrize("table", ["agreements", "exercises"])
@pytest.mark.parametrize("seed", [1, 2])
def test_each_records_sources_are_joined_as_pandas_joins_them_one_record_at_a_time(
    shipped, table, seed
):
    from kizuna.analysis import sources

    cited = sources.joined_citations(table, shipped["citations"], shipped["sources"])
    cited = cited.sample(frac=1, random_state=seed)  # the order kept is the rows'
    publishers = cited.dropna(subset=["publisher"]).drop_duplicates(["record_id", "publisher"])
    addresses = cited.dropna(subset=["url"]).drop_duplicates(["record_id", "url"])
    one_at_a_time = pd.DataFrame(
        {
            "sources": publishers.groupby("record_id")["publisher"].agg("; ".join),
            "source_ids": cited.groupby("record_id")["source_id"].agg("; ".join),
            "source_urls": addresses.groupby("record_id")["url"].agg(" ".join),
        }
    )
    pd.testing.assert_frame_equal(sources._summed(cited), one_at_a_time)


def test_the_assistance_chart_keeps_a_handful_of_ticks_at_100x(shipped):
    from kizuna.charts.bars import assistance_bars, count_step
    from kizuna.charts.core import Caption

    grants = shipped["assistance"]
    copies = pd.concat(
        [grants.assign(assistance_id=grants["assistance_id"] + f"-S{k}") for k in range(100)]
    )
    chart = assistance_bars(copies, Caption("Assistance", "", "Sources: test"))
    bars = pd.concat([pd.Series(list(t.x), index=list(t.y)) for t in chart.figure.data])
    widest = bars.groupby(level=0).sum().max()  # the longest stacked bar
    assert widest >= 100
    assert widest / chart.figure.layout.xaxis.dtick <= 6  # not a label per grant
    assert count_step(5) == 1  # the shipped size keeps a tick per grant


def test_a_finished_figures_dict_is_made_once_and_is_plotlys(shipped):
    import plotly.io as pio
    from plotly.basedatatypes import BaseFigure

    from kizuna import views
    from kizuna.state import Filters

    for chart in views.overview(shipped, Filters()).charts.values():
        made = chart.figure.to_dict()
        assert chart.figure.to_dict() is made  # st.plotly_chart asks on every rerun
        fresh = BaseFigure.to_dict(chart.figure)
        assert pio.to_json(made, validate=False) == pio.to_json(fresh, validate=False)


def test_the_assistance_chart_is_drawn_empty_for_years_without_assistance(shipped):
    from kizuna import measures, views
    from kizuna.charts.bars import assistance_bars
    from kizuna.charts.core import Caption
    from kizuna.state import Filters

    chart = assistance_bars(shipped["assistance"].iloc[0:0], Caption("Assistance", "", "none"))
    assert len(chart.figure.data) == 0
    view = views.partnerships(shipped, Filters((), (1990, 2022)), [], measures.DEFAULT_WEIGHTS)
    assert "partnerships-lifecycle" in view.charts


def test_views_add_columns_beside_the_rows_they_were_given_not_to_copies(shipped):
    """Copy-on-write: a frame that gains a column shares every other column with the one it
    came from (a deep copy of the exercise map's rows was half a gigabyte at 1000x)."""
    from kizuna import analysis, charts
    from kizuna.charts.core import Caption

    def shared(a, b, column):
        return np.shares_memory(a[column].to_numpy(), b[column].to_numpy())

    agreements = shipped["agreements"]
    assert shared(analysis.agreement_dates(agreements), agreements, "in_force")

    exercises, participants = shipped["exercises"], shipped["exercise_participants"]
    partners = analysis.exercise_partners(exercises, participants)
    points = analysis.citation_summary(
        "exercises",
        analysis.map_points(exercises, partners, participants),
        "exercise_id",
        analysis.cite(shipped["citations"], shipped["sources"]),
    )
    chart = charts.exercise_map(points, analysis.reach(partners), Caption("Map", "", "Sources"))
    assert shared(chart.data, points, "lat")


def test_the_dossier_map_asks_for_the_map_alone(shipped):
    """The dossier's map (map_only) is the Exercises page's map, without the page's other
    frames."""
    from kizuna import analysis

    exercises, participants = shipped["exercises"], shipped["exercise_participants"]

    def frames(**more):
        return analysis.exercise_frames(
            exercises, participants, ("USA",), (2000, 2026), rows=25, **more
        )

    page, alone = frames(map_points_max=40), frames(map_points_max=40, map_only=True)
    assert set(page) - set(alone) == {"per_domain", "per_partner", "longest"}
    assert len(alone["cells"]) and len(alone["arcs"])
    for name in alone:
        pd.testing.assert_frame_equal(alone[name], page[name], obj=name)


def test_the_map_says_how_many_exercises_it_maps_not_how_many_cells(shipped):
    from kizuna import analysis, charts
    from kizuna.charts.core import Caption

    exercises, participants = shipped["exercises"], shipped["exercise_participants"]
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
def test_the_overview_timeline_needs_only_the_agreements_it_can_draw(shipped, partners):
    """Labels and sources for the agreements the timeline can show are enough: the chart
    drawn from them is the chart drawn from every agreement in range."""
    from kizuna import analysis, charts
    from kizuna.charts.core import Caption
    from kizuna.state import Filters
    from kizuna.views._core import agreement_rows, cited

    f = Filters(partners, (1990, 2026))
    rows = analysis.citation_summary(
        "agreements", agreement_rows(shipped, f), "agreement_id", cited(shipped)
    )
    events = analysis.annotations(shipped["events"], f)
    drawable = charts.timeline_agreements(rows)
    assert len(drawable) == min(charts.CHART_RECORDS, (rows["type"] != "2+2 dialogue").sum())
    if not partners:
        assert len(drawable) < len(rows)  # the cap is exercised
    caption = Caption("Key agreements", "", "Sources")
    whole = charts.milestones_timeline(rows, events, caption).figure.to_plotly_json()
    part = charts.milestones_timeline(drawable, events, caption).figure.to_plotly_json()
    assert whole == part


@pytest.mark.parametrize(
    "table, key",
    [
        ("agreements", "agreement_id"),
        ("exercises", "exercise_id"),
        ("claims", "claim_id"),
        ("milestones", "milestone_id"),
        ("events", "event_id"),
        ("assistance", "assistance_id"),
    ],
)
def test_every_row_gets_its_records_sources_whatever_the_rows(shipped, table, key):
    """Repeated, uncited and missing ids: each row reads its record's summary, or nothing."""
    from kizuna.analysis import sources

    cite = sources.cite(shipped["citations"], shipped["sources"])
    rows = shipped[table]
    frame = pd.concat([rows.iloc[::3], rows.iloc[:2]], ignore_index=True)
    frame = pd.concat(
        [frame, frame.head(1).assign(**{key: "not-cited"}), frame.head(1).assign(**{key: None})],
        ignore_index=True,
    )
    got = sources.citation_summary(table, frame, key, cite)
    assert len(got) == len(frame) and list(got[key]) == list(frame[key])
    assert got["sources"].iloc[-2:].isna().all()
    assert got["sources"].iloc[:-2].notna().all()
    one = got.iloc[0]
    mine = shipped["citations"]
    mine = mine[(mine["table"] == table) & (mine["record_id"] == one[key])]
    assert one["source_ids"] == "; ".join(mine["source_id"])
