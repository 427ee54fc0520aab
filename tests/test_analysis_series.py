"""The tracked-series analysis and the shared text helpers, on frames worked by hand."""

from __future__ import annotations

import pandas as pd
import pytest

from kizuna import i18n
from kizuna.analysis import common, series
from kizuna.state import Filters


@pytest.fixture(autouse=True)
def english_after():
    yield
    i18n.use("en")


SERIES = pd.DataFrame(
    {
        "series_id": ["A", "B", "C"],
        "cadence": ["annual", "biennial", "annual"],
        "from_year": [2011, 2012, 2020],
        "to_year": [2026, 2026, 2022],
        "tracked": [True, False, False],
    }
)
ITERATIONS = pd.DataFrame(
    {
        "series_id": ["A", "A", "B", "C"],
        "year": [2011, 2012, 2012, 2020],
        "exercise_id": ["a11", "a12", "b12", "c20"],
    }
)
NOT_HELD = pd.DataFrame({"series_id": ["B", "C"], "year": [2016, 2021]})


def test_tracked_ids_are_the_iterations_of_tracked_series_only():
    assert series.tracked_ids(SERIES, ITERATIONS).tolist() == ["a11", "a12"]


def test_unsettled_years_are_the_due_years_neither_held_nor_said_not_held():
    got = series.unsettled_years(SERIES, ITERATIONS, NOT_HELD, (2011, 2017))
    assert got.to_dict("records") == [{"series_id": "B", "unsettled": "2014"}]
    got = series.unsettled_years(SERIES, ITERATIONS, NOT_HELD, (2011, 2025))
    assert got.set_index("series_id")["unsettled"].to_dict() == {
        "B": "2014, 2018, 2020, 2022, 2024",
        "C": "2022",
    }
    settled = pd.DataFrame({"series_id": ["C", "B"], "year": [2022, 2014]})
    none = series.unsettled_years(SERIES, ITERATIONS, pd.concat([NOT_HELD, settled]), (2011, 2015))
    assert none.empty and list(none.columns) == ["series_id", "unsettled"]


COVERAGE = pd.DataFrame(
    {
        "table": ["exercises", "exercises", "exercises", "agreements"],
        "from_year": [2011, 2015, 2026, 1951],
        "to_year": [2025, 2016, 2026, 2026],
        "completeness": ["complete", "partial", "partial", "complete"],
        "note": ["all", "some missing", "to April", "all"],
    }
)


def test_a_year_takes_the_weakest_grade_of_the_spans_covering_it():
    grades = series.year_grades(COVERAGE, "exercises", (2014, 2017))
    assert grades.to_dict("records") == [
        {"year": 2014, "grade": "complete", "note": "all"},
        {"year": 2015, "grade": "partial", "note": "some missing"},
        {"year": 2016, "grade": "partial", "note": "some missing"},
        {"year": 2017, "grade": "complete", "note": "all"},
    ]


def test_years_no_span_covers_are_left_out_or_graded_not_kept():
    assert series.year_grades(COVERAGE, "exercises", (2009, 2011))["year"].tolist() == [2011]
    filled = series.year_grades(COVERAGE, "exercises", (2009, 2011), fill=True)
    assert filled["grade"].tolist() == ["not kept", "not kept", "complete"]
    assert filled["note"].iloc[0] == "No records of this kind are kept for the year."
    nothing = series.year_grades(COVERAGE, "claims", (2009, 2011), fill=True)
    assert nothing.empty and list(nothing.columns) == ["year", "grade", "note"]


def test_grade_spans_join_consecutive_years_of_one_grade_and_the_badge_names_them():
    grades = series.year_grades(COVERAGE, "exercises", (2013, 2026))
    assert series.grade_spans(grades) == [
        (2013, 2014, "complete"),
        (2015, 2016, "partial"),
        (2017, 2025, "complete"),
        (2026, 2026, "partial"),
    ]
    assert series.badge(grades) == (
        "2013–2014: complete; 2015–2016: partial; 2017–2025: complete; 2026: partial"
    )
    gap = pd.DataFrame({"year": [2011, 2013], "grade": ["complete", "complete"]})
    assert series.grade_spans(gap) == [(2011, 2011, "complete"), (2013, 2013, "complete")]
    assert series.span_text(2020, 2020) == "2020" and series.span_text(2019, 2020) == "2019–2020"


EXERCISES = pd.DataFrame(
    {
        "exercise_id": ["a11", "a12", "b12", "x12"],
        "start": pd.to_datetime(["2011-05-01", "2012-06-01", "2012-07-01", "2012-08-01"]),
        "domain": ["maritime", "land", "maritime", "air"],
        "kind": ["exercise", "exercise", "port call", "exercise"],
        "name": ["A 2011", "A 2012", "B 2012", "X 2012"],
        "lat": [21.3, -12.4, 35.0, 35.0],
        "lon": [-157.9, 130.8, 139.0, 139.0],
        "host": ["USA", "AUS", "JPN", "JPN"],
    }
)
PARTICIPANTS = pd.DataFrame(
    {
        "exercise_id": ["a11", "a11", "a12", "a12", "b12", "b12", "x12", "x12"],
        "country": ["JPN", "USA", "JPN", "AUS", "JPN", "USA", "JPN", "USA"],
        "role": ["Japan", "partner"] * 4,
    }
)


def test_the_panel_counts_each_iteration_of_a_tracked_series_once_per_year():
    ids = pd.Series(["a11", "a12", "b12"])
    tempo = series.panel_tempo(EXERCISES, PARTICIPANTS, ids, Filters(years=(2011, 2012)))
    per_domain = tempo["per_domain"].set_index(["year", "domain"])["exercises"].to_dict()
    assert per_domain == {(2011, "maritime"): 1, (2012, "land"): 1, (2012, "maritime"): 1}
    per_partner = tempo["per_partner"].set_index(["year", "partner"]).iloc[:, 0].to_dict()
    assert per_partner == {(2011, "USA"): 1, (2012, "AUS"): 1, (2012, "USA"): 1}
    sea = series.panel_tempo(EXERCISES, PARTICIPANTS, ids, Filters(), domains=("maritime",))
    assert sea["per_domain"]["exercises"].sum() == 2
    calls = series.panel_tempo(EXERCISES, PARTICIPANTS, ids, Filters(), kinds=("port call",))
    assert calls["per_domain"]["exercises"].tolist() == [1]
    later = series.panel_tempo(EXERCISES, PARTICIPANTS, ids, Filters(years=(2012, 2012)))
    assert later["per_domain"]["year"].unique().tolist() == [2012]


def test_held_in_counts_the_tracked_iterations_that_began_that_year():
    ids = pd.Series(["a11", "a12", "b12"])
    assert [series.held_in(EXERCISES, ids, y) for y in (2010, 2011, 2012)] == [0, 1, 2]


DATES = pd.Series(pd.to_datetime(["2023-01-05", None, "2023-08-13", "2023-01-05", "2024-02-01"]))
PRECISIONS = pd.Series(["day", "day", "month", "day", "year"])


def test_when_text_writes_each_date_at_its_precision_in_either_language():
    assert common.when_text(DATES, PRECISIONS) == [
        "05 Jan 2023",
        "",
        "Aug 2023",
        "05 Jan 2023",
        "2024",
    ]
    odd = pd.Series(["day", None, "month", "weird", "year"])
    assert common.when_text(DATES, odd)[3] == "05 Jan 2023"  # an unknown precision: the day
    i18n.use("ja")
    assert common.when_text(DATES, PRECISIONS) == [
        "2023年1月5日",
        "",
        "2023年8月",
        "2023年1月5日",
        "2024年",
    ]


def test_a_list_and_a_month_span_are_written_the_languages_way():
    assert common.comma() == ", "
    assert common.month_span(2026, 3) == "Jan–Mar 2026"
    assert common.month_span(2026, 1) == "Jan 2026"
    assert common.month_span(2025, 12) == "Jan–Dec 2025"
    i18n.use("ja")
    assert common.comma() == "、"
    assert common.month_span(2026, 3) == "2026年1月–3月"
    assert common.month_span(2026, 1) == "2026年1月"


def test_japans_reach_runs_from_its_departure_base_where_recorded_else_from_tokyo():
    from kizuna import geo
    from kizuna.analysis import exercises

    rows = EXERCISES.assign(lat=[21.3, -12.4, 35.68, None], lon=[-157.9, 130.8, 139.77, 0.0])
    people = pd.DataFrame(
        {
            "exercise_id": ["a11", "a11", "a12", "b12", "x12"],
            "country": ["JPN", "USA", "JPN", "JPN", "JPN"],
            "role": ["Japan", "partner", "Japan", "Japan", "Japan"],
            "departed_from": ["Yokosuka", "San Diego", None, None, None],
            "departed_lat": [35.29, 32.7, None, None, None],
            "departed_lon": [139.67, -117.2, None, None, None],
        }
    )
    reach = exercises.japan_reach(rows, people)
    assert reach["exercise_id"].tolist() == ["a11", "a12", "b12"]  # x12 has no place
    assert reach["measured_from"].tolist() == ["departure base or port", "Tokyo", "Tokyo"]
    assert reach["partner"].unique().tolist() == ["JPN"]
    assert reach["distance_km"].iloc[0] == round(geo.great_circle_km(35.29, 139.67, 21.3, -157.9))
    assert reach["distance_km"].iloc[1] == round(geo.great_circle_km(35.68, 139.77, -12.4, 130.8))
    assert reach["distance_km"].iloc[2] == 0  # held in Tokyo
    assert reach[["home_lat", "home_lon"]].iloc[0].tolist() == [35.29, 139.67]
    bare = exercises.japan_reach(rows, people.drop(columns=["departed_lat", "departed_lon"]))
    assert bare["measured_from"].eq("Tokyo").all() and len(bare) == 3
