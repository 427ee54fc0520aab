"""The helpers that keep views fast at scale give the answers of the plain pandas they replace,
and the dataset's memo keeps what is used."""

import numpy as np
import pandas as pd
import pytest

from kizuna.analysis.common import _when, among, when_text
from kizuna.analysis.sources import short_publisher, sources_phrase
from kizuna.load import Dataset

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
        expected = [_when(d, p) for d, p in zip(dates, column, strict=True)]
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


def test_memo_keeps_what_was_used_last():
    data = Dataset(directory=None)
    built = []

    def make(key):
        built.append(key)
        return key

    data.memo("scores", lambda: make("scores"), limit=2)
    data.memo("a", lambda: make("a"), limit=2)
    data.memo("scores", lambda: make("scores"), limit=2)  # used again: now the newest
    data.memo("b", lambda: make("b"), limit=2)  # drops "a", used longest ago
    data.memo("scores", lambda: make("scores"), limit=2)
    data.memo("a", lambda: make("a"), limit=2)
    assert built == ["scores", "a", "b", "a"]


def test_per_filter_memos_share_a_budget_and_dataset_wide_ones_stay(monkeypatch):
    from kizuna import load

    rows = pd.DataFrame({"x": range(1000)})
    size = int(rows.memory_usage(deep=True).sum())
    monkeypatch.setattr(load, "MEMO_BYTES", 2 * size)
    data = Dataset(directory=None)
    built = []

    def make(key, frame=rows):
        built.append(key)
        return frame.copy()

    data.memo("everyone", lambda: make("everyone", pd.concat([rows] * 5)))  # over the budget
    for partner in ("ITA", "GBR", "ITA", "FRA"):  # a third partner's pushes out the oldest's
        data.memo(("chronology", partner), lambda p=partner: make(p), per_filter=True)
    data.memo(("chronology", "ITA"), lambda: make("ITA"), per_filter=True)  # kept: used again
    data.memo("everyone", lambda: make("everyone"))  # kept whatever its size
    data.memo(("chronology", "GBR"), lambda: make("GBR"), per_filter=True)  # dropped for FRA
    assert built == ["everyone", "ITA", "GBR", "FRA", "GBR"]

    big = pd.concat([rows] * 3)  # larger than the whole budget: returned, not kept
    assert data.memo(("chronology", "USA"), lambda: make("USA", big), per_filter=True) is not None
    data.memo(("chronology", "USA"), lambda: make("USA", big), per_filter=True)
    assert built[-2:] == ["USA", "USA"]
    data.memo(("chronology", "GBR"), lambda: make("GBR"), per_filter=True)
    assert built[-1] == "USA"  # a value not kept pushed nothing out


@pytest.fixture(scope="module")
def shipped():
    from kizuna.load import load

    return load()


@pytest.mark.parametrize("table", ["agreements", "exercises", "claims", "milestones"])
def test_duckdb_joins_and_sums_citations_as_pandas_does(shipped, table, monkeypatch):
    from kizuna.analysis import _duckdb, sources

    monkeypatch.setenv("KIZUNA_ENGINE", "pandas")
    citations, everything = shipped["citations"], shipped["sources"]
    cited_by = everything[sources.CITED_COLUMNS]
    # shuffled, so the order kept is the frame's, not the file's by chance
    shuffled = citations.sample(frac=1, random_state=1).reset_index(drop=True)
    links = shuffled.loc[shuffled["table"] == table, sources.LINK_COLUMNS]
    plain = links.merge(cited_by, on="source_id", how="left")
    ducked = _duckdb.cited(table, shuffled, cited_by, sources.LINK_COLUMNS)
    pd.testing.assert_frame_equal(ducked, plain.reset_index(drop=True))

    sources._JOINED.clear()
    expected = sources._summaries(table, shuffled, everything)
    got = _duckdb.summaries(table, shuffled, cited_by)
    assert list(got.index) == sorted(expected.index)
    for column in ("sources", "source_ids", "source_urls"):
        assert (
            got[column].fillna("").tolist() == expected.loc[got.index, column].fillna("").tolist()
        )


def test_the_engine_is_pandas_unless_duckdb_is_chosen(monkeypatch):
    from kizuna.analysis import sources

    monkeypatch.delenv("KIZUNA_ENGINE", raising=False)
    assert sources.engine() == "pandas"
    monkeypatch.setenv("KIZUNA_ENGINE", "duckdb")
    assert sources.engine() == "duckdb"
    monkeypatch.setenv("KIZUNA_ENGINE", "polars")
    assert sources.engine() == "pandas"


def test_prepare_joins_every_cited_tables_citations_once(shipped):
    from kizuna import analysis
    from kizuna.analysis import sources
    from kizuna.schema import CITED_TABLES

    citations, everything = shipped["citations"], shipped["sources"]
    analysis.prepare(citations, everything)
    store = sources._joined(citations, everything)
    assert {key for key in store} == {
        (kind, t) for t in CITED_TABLES for kind in ("cited", "summary")
    }
    summary = store[("summary", "exercises")]
    assert sources._summaries("exercises", citations, everything) is summary


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

    cited = sources._full_join(table, shipped["citations"], shipped["sources"])
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


@pytest.mark.parametrize("table", ["agreements", "exercises"])
def test_the_citations_kept_are_the_joins_links_and_publishers(shipped, table):
    from kizuna.analysis import sources

    citations, everything = shipped["citations"], shipped["sources"]
    sources._JOINED.clear()
    kept = sources._cited(table, citations, everything)
    full = sources._full_join(table, citations, everything).reset_index(drop=True)
    assert list(kept.columns) == ["record_id", "source_id", "publisher"]
    assert isinstance(kept["publisher"].dtype, pd.CategoricalDtype)
    pd.testing.assert_frame_equal(
        kept.astype({"publisher": full["publisher"].dtype}), full[list(kept.columns)]
    )
    if sources.engine() == "pandas":  # the summaries come from the same join, made once
        assert sources._summaries(table, citations, everything).equals(sources._summed(full))


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
        shipped["citations"],
        shipped["sources"],
    )
    chart = charts.exercise_map(points, analysis.reach(partners), Caption("Map", "", "Sources"))
    assert shared(chart.data, points, "lat")


EXERCISE_STATES = [
    dict(partners=(), years=(1951, 2026)),
    dict(partners=("ITA",), years=(2015, 2024)),
    dict(partners=("USA", "AUS"), years=(2019, 2021), arcs=False),
    dict(partners=("AUS",), years=(1990, 2026), domains=("maritime",), kinds=("exercise",)),
    dict(partners=(), years=(2000, 2026), colour_by="domain"),
    dict(partners=("GBR", "FRA"), years=(1951, 2026), colour_by="partner"),
]


@pytest.mark.parametrize("state", EXERCISE_STATES)
@pytest.mark.parametrize("map_points_max", [1_500, 40])
def test_the_query_layer_answers_as_pandas_does(shipped, state, map_points_max):
    """Every frame the Exercises page draws, from DuckDB and from pandas, for filters, facets,
    map colours and a map small enough to be binned into cells."""
    from kizuna import analysis
    from kizuna.analysis import _duckdb
    from kizuna.views._exercises import _capitals

    exercises, participants = shipped["exercises"], shipped["exercise_participants"]
    state = dict(state)
    args = [state.pop(k, ()) for k in ("partners", "years", "domains", "kinds")]
    options = dict(rows=25, map_points_max=map_points_max, others="Others", **state)
    want = analysis.exercise_frames(exercises, participants, *args, **options)
    got = _duckdb.exercise_frames(exercises, participants, _capitals(shipped), *args, **options)
    assert set(got) == set(want)
    assert len(want["ids"]) > 0 and len(want["arcs"]) + (not state.get("arcs", True)) > 0
    for name in want:
        if name == "cells":
            assert got[name].empty == want[name].empty == (len(want["ids"]) <= map_points_max)
        pd.testing.assert_frame_equal(
            got[name].reset_index(drop=True),
            want[name].reset_index(drop=True),
            check_dtype=False,
            check_column_type=False,
            obj=name,
        )


@pytest.mark.parametrize("engine", ["pandas", "duckdb"])
def test_the_dossier_map_asks_for_the_map_alone(shipped, engine):
    """The dossier's map (map_only) is the Exercises page's map, without the page's other
    frames."""
    from kizuna import analysis
    from kizuna.analysis import _duckdb
    from kizuna.views._exercises import _capitals

    exercises, participants = shipped["exercises"], shipped["exercise_participants"]

    def frames(**more):
        args = (("USA",), (2000, 2026))
        if engine == "pandas":
            return analysis.exercise_frames(exercises, participants, *args, rows=25, **more)
        homes = _capitals(shipped)
        return _duckdb.exercise_frames(exercises, participants, homes, *args, rows=25, **more)

    page, alone = frames(map_points_max=40), frames(map_points_max=40, map_only=True)
    assert set(page) - set(alone) == {"per_domain", "per_partner", "longest"}
    assert len(alone["cells"]) and len(alone["arcs"])
    for name in alone:
        pd.testing.assert_frame_equal(alone[name], page[name], obj=name)


def test_the_exercise_view_is_the_same_from_either_engine(shipped, monkeypatch):
    from kizuna import views
    from kizuna.state import Filters
    from kizuna.views import _exercises

    f = Filters(("AUS", "GBR"), (2010, 2026))
    monkeypatch.setenv("KIZUNA_ENGINE", "pandas")
    assert _exercises.engine(shipped["exercises"]) == "pandas"
    before = views.exercises(shipped, f, arcs=True)
    monkeypatch.setenv("KIZUNA_ENGINE", "duckdb")
    after = views.exercises(shipped, f, arcs=True)
    assert list(after.charts) == list(before.charts) and len(before.charts) == 4
    for name, chart in before.charts.items():
        assert after.charts[name].figure.to_json() == chart.figure.to_json(), name
    pd.testing.assert_frame_equal(after.tables["exercises"], before.tables["exercises"])
    assert after.metrics == before.metrics


def test_the_query_layer_takes_over_past_engine_rows(shipped, monkeypatch):
    from kizuna.views import _exercises

    monkeypatch.delenv("KIZUNA_ENGINE", raising=False)
    assert _exercises.engine(shipped["exercises"]) == "pandas"
    monkeypatch.setattr(_exercises, "ENGINE_ROWS", len(shipped["exercises"]) - 1)
    assert _exercises.engine(shipped["exercises"]) == "duckdb"


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
    from kizuna.views._core import _agreement_rows, _cite

    f = Filters(partners, (1990, 2026))
    rows = analysis.citation_summary(
        "agreements", _agreement_rows(shipped, f), "agreement_id", *_cite(shipped)
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
def test_sources_summed_when_asked_are_those_held(shipped, monkeypatch, table, key):
    """Past SUMMARY_ROWS citations a table's rows get their sources summed up when asked for;
    they read exactly as the summaries held for every record (order cited, each publisher and
    address once), whatever the rows: repeated, uncited or missing ids."""
    from kizuna.analysis import sources

    cite = shipped["citations"], shipped["sources"]
    rows = shipped[table]
    frame = pd.concat([rows.iloc[::3], rows.iloc[:2]], ignore_index=True)
    frame = pd.concat(
        [frame, frame.head(1).assign(**{key: "not-cited"}), frame.head(1).assign(**{key: None})],
        ignore_index=True,
    )
    held = sources.citation_summary(table, frame, key, *cite)
    assert not sources._summed_when_asked(table, *cite)
    monkeypatch.setattr(sources, "SUMMARY_ROWS", 0)
    cite = shipped["citations"].copy(), shipped["sources"]  # decided when first joined
    assert sources._summed_when_asked(table, *cite)
    asked = sources.citation_summary(table, frame, key, *cite)
    pd.testing.assert_frame_equal(asked, held)
    assert held["sources"].notna().sum() >= len(frame) - 2
