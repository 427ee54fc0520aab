"""Rules of the exercise functions in kizuna.analysis that mutation testing (`make mutants`)
showed no test pinned.

Each test builds a frame small enough to work by hand and states what an analyst would expect:
which rows are kept, in which order, under which column names, with a fresh 0..n-1 index.
"""

import pandas as pd

from kizuna import analysis, countries, geo
from kizuna.analysis.common import date_text
from kizuna.state import Filters

from support import D, fresh_index


def exercise_table():
    return pd.DataFrame(
        {
            "exercise_id": ["x", "y", "z", "w"],
            "name": ["X", "Y", "Z", "W"],
            "kind": ["exercise", "exercise", "port call", "deployment"],
            "domain": ["air", "maritime", "maritime", "land"],
            "start": D("2023-08-01", "2023-10-02", "2024-03-05", "2024-06-01"),
            "start_precision": ["day", "day", "month", "day"],
            "end": D("2023-08-20", "2023-10-02", "2024-03-28", None),
            "end_precision": ["day", "day", "month", None],
            "lat": [-12.4, 33.0, 35.29, 43.0],
            "lon": [130.8, 135.0, 139.67, 141.0],
            "host": ["AUS", "JPN", None, "JPN"],
        }
    )


def participant_table():
    return pd.DataFrame(
        {
            "exercise_id": ["x", "x", "x", "y", "y", "y", "z", "w"],
            "country": ["JPN", "AUS", "USA", "JPN", "GBR", "FRA", "JPN", "JPN"],
            "role": [
                "Japan",
                "partner",
                "partner",
                "Japan",
                "partner",
                "partner",
                "Japan",
                "Japan",
            ],
            "aircraft": [4, 10, None, None, None, None, None, None],
            "ships": [None, None, 2, 1, 1, 1, 1, None],
            "personnel": [150, 300, 200, None, None, None, 40, None],
        }
    )


def test_map_points_colour_by_a_selected_partner_then_the_host_then_the_first_listed():
    ex, people = exercise_table(), participant_table()
    partners = analysis.exercise_partners(ex, people)
    plain = analysis.map_points(ex, partners, people).set_index("exercise_id")
    # x: hosted by Australia; y: GBR listed first; z, w: no partner trained with Japan
    assert plain["lead_partner"].to_dict() == {"x": "AUS", "y": "GBR", "z": "JPN", "w": "JPN"}
    chosen = analysis.map_points(ex, partners, people, selected=("USA", "FRA"))
    assert list(chosen["lead_partner"]) == ["USA", "FRA", "JPN", "JPN"]
    # a selected host comes before a selected guest
    both = analysis.map_points(ex, partners, people, selected=("USA", "AUS"))
    assert both.set_index("exercise_id").loc["x", "lead_partner"] == "AUS"
    # the host leads even when listed after another partner
    guest_first = people.assign(country=people["country"].replace({"AUS": "USA", "USA": "AUS"}))
    hosted = analysis.map_points(ex, analysis.exercise_partners(ex, guest_first), guest_first)
    assert hosted.set_index("exercise_id").loc["x", "lead_partner"] == "AUS"


def test_map_points_lead_is_the_first_listed_among_many_equals():
    codes = sorted(countries.PARTNERS)[:24]
    ex = exercise_table().head(1).assign(host=None)
    people = pd.DataFrame(
        {
            "exercise_id": "x",
            "country": codes[::-1],
            "role": "partner",
            "aircraft": None,
            "ships": None,
            "personnel": None,
        }
    )
    points = analysis.map_points(ex, analysis.exercise_partners(ex, people), people)
    assert points.loc[0, "lead_partner"] == codes[-1]
    assert points.loc[0, "countries"] == len(codes)


def test_map_points_keep_an_exercise_with_no_participants_on_record():
    ex, people = exercise_table(), participant_table()
    people = people[people["exercise_id"] != "w"]
    points = analysis.map_points(ex, analysis.exercise_partners(ex, people), people)
    assert list(points["exercise_id"]) == ["x", "y", "z", "w"]
    assert pd.isna(points.loc[3, "countries"]) and points.loc[3, "lead_partner"] == "JPN"


def test_map_points_add_the_scale_and_the_dates_as_text():
    ex, people = exercise_table(), participant_table()
    partners = analysis.exercise_partners(ex, people)
    points = analysis.map_points(ex, partners, people)
    assert list(points.columns) == [
        *ex.columns,
        "countries",
        "aircraft",
        "ships",
        "personnel",
        "lead_partner",
        "when",
    ]
    assert list(points["when"]) == [
        "01 Aug 2023 – 20 Aug 2023",
        "02 Oct 2023",  # ends the day it starts
        "Mar 2024",  # start and end in the same month, to the month
        "01 Jun 2024",  # no end on record
    ]
    assert list(points["countries"]) == [3, 3, 1, 1]
    assert list(points["exercise_id"]) == ["x", "y", "z", "w"]


def test_scale_counts_countries_and_adds_up_what_sources_give():
    got = analysis.scale(participant_table())
    expected = pd.DataFrame(
        {
            "exercise_id": ["w", "x", "y", "z"],
            "countries": [1, 3, 3, 1],
            "aircraft": [0.0, 14.0, 0.0, 0.0],
            "ships": [0.0, 2.0, 3.0, 1.0],
            "personnel": [0.0, 650.0, 0.0, 40.0],
        }
    )
    pd.testing.assert_frame_equal(got, expected, check_dtype=False)


def test_when_writes_a_date_to_its_precision():
    day = pd.Timestamp("2023-08-13")
    assert date_text(day, "year") == "2023"
    assert date_text(day, "month") == "Aug 2023"
    assert date_text(day, "day") == "13 Aug 2023"
    assert date_text(day, None) == "13 Aug 2023"
    assert date_text(pd.NaT, "day") == ""


def test_exercise_partners_and_counts_have_integer_years_and_fresh_indexes():
    ex, people = exercise_table(), participant_table()
    partners = analysis.exercise_partners(ex, people)
    assert partners["year"].dtype.kind == "i"
    assert list(partners["partner"]) == ["AUS", "USA", "GBR", "FRA"]
    assert list(partners.columns[:3]) == ["exercise_id", "partner", "role"]
    per_year = analysis.exercises_per_year(ex)  # by domain unless told otherwise
    assert list(per_year.columns) == ["year", "domain", "exercises"]
    assert per_year["year"].dtype.kind == "i"
    assert list(zip(per_year["year"], per_year["domain"], strict=True)) == [
        (2023, "air"),
        (2023, "maritime"),
        (2024, "land"),
        (2024, "maritime"),
    ]
    assert fresh_index(per_year)
    tempo = analysis.tempo(partners)  # by partner unless told otherwise
    assert list(tempo.columns) == ["year", "partner", "exercises"]
    assert list(tempo["partner"]) == ["AUS", "FRA", "GBR", "USA"]
    assert fresh_index(tempo)


def test_filter_exercises_returns_them_by_date_with_a_fresh_index():
    ex = exercise_table().iloc[::-1]
    got = analysis.filter_exercises(ex, participant_table(), Filters(years=(2023, 2024)))
    assert list(got["exercise_id"]) == ["x", "y", "z", "w"]
    assert fresh_index(got) and "index" not in got


def partner_row(partner, host, lat=35.0, lon=139.0, **extra):
    return {
        "exercise_id": f"{partner}-{host}",
        "partner": partner,
        "host": host,
        "lat": lat,
        "lon": lon,
        "year": 2024,
        "name": f"{partner} in {host}",
        **extra,
    }


def test_reach_leaves_out_training_at_home_and_japan_itself():
    rows = pd.DataFrame(
        [
            partner_row("AUS", "AUS", lat=-12.4, lon=130.8),  # Pitch Black at home: no reach
            partner_row("AUS", "JPN"),
            partner_row("JPN", "USA", lat=21.3, lon=-157.9),
            partner_row("USA", None, lat=13.4, lon=144.7),  # no host on record: away
        ]
    )
    got = analysis.reach(rows)
    assert list(got["exercise_id"]) == ["AUS-JPN", "USA-None"]
    assert list(got["measured_from"]) == ["capital", "capital"]
    aus = geo.home("AUS")
    assert got.loc[0, "distance_km"] == round(geo.great_circle_km(*aus, 35.0, 139.0))
    assert got["distance_km"].dtype.kind == "i"
    assert fresh_index(got) and "index" not in got
    assert {"home_lat", "home_lon"} <= set(got)
    assert got.loc[0, "home_lat"] == aus[0] and got.loc[0, "home_lon"] == aus[1]


def test_reach_uses_a_departure_point_only_when_both_coordinates_are_known():
    rows = pd.DataFrame(
        [
            partner_row("ITA", "JPN", departed_lat=44.1, departed_lon=9.8),
            partner_row("ITA", "AUS", departed_lat=44.1, departed_lon=None),
            partner_row("FRA", "JPN", departed_lat=None, departed_lon=None),
        ]
    )
    got = analysis.reach(rows).set_index("exercise_id")
    assert got["measured_from"].to_dict() == {
        "ITA-JPN": "home base or port",
        "ITA-AUS": "capital",
        "FRA-JPN": "capital",
    }
    assert got.loc["ITA-AUS", "home_lon"] == geo.home("ITA")[1]
    assert got.loc["ITA-JPN", "distance_km"] == round(geo.great_circle_km(44.1, 9.8, 35.0, 139.0))


def test_longest_reach_has_one_row_per_partner_and_year_and_a_fresh_index():
    reach = pd.DataFrame(
        {
            "partner": ["GBR", "FRA", "FRA"],
            "year": [2021, 2021, 2021],
            "distance_km": [9500, 9000, 16000],
            "name": ["g", "near", "far"],
            "exercise_id": ["g", "n", "f"],
            "measured_from": ["capital"] * 3,
        }
    )
    got = analysis.longest_reach(reach)
    assert list(got.columns) == [
        "partner",
        "year",
        "distance_km",
        "name",
        "exercise_id",
        "measured_from",
    ]
    assert list(got["name"]) == ["far", "g"] and fresh_index(got)


def test_latest_year_is_the_last_with_a_record_up_to_the_end():
    dates = pd.Series(D("2019-03-01", "2023-12-31", "2021-06-01", "2025-01-05"))
    assert analysis.latest_year(dates, 2024) == 2023
    assert analysis.latest_year(dates, 2023) == 2023  # the end year itself counts
    assert analysis.latest_year(dates, 2030) == 2025
    assert analysis.latest_year(dates, 2018) == 2018  # nothing before: the end itself
    assert analysis.latest_year(pd.Series(D()), 2026) == 2026


def test_exercises_in_counts_those_starting_that_year():
    ex = exercise_table()
    assert analysis.exercises_in(ex, 2023) == 2
    assert analysis.exercises_in(ex, 2024) == 2
    assert analysis.exercises_in(ex, 2022) == 0


def test_year_so_far_uses_the_record_end_it_is_given():
    rows = pd.DataFrame({"start": D("2025-02-01", "2025-05-01", "2026-01-10")})
    # the whole table runs to March 2026 though these rows stop in January
    assert analysis.year_so_far(rows, 2026, pd.Timestamp("2026-03-31")) == (1, 1, "Jan–Mar 2026")
    assert analysis.year_so_far(rows, 2026) == (1, 0, "Jan 2026")  # recorded to January only
    feb = pd.DataFrame({"start": D("2025-02-20", "2025-03-01", "2026-02-03")})
    assert analysis.year_so_far(feb, 2026) == (1, 1, "Jan–Feb 2026")


def test_year_so_far_compares_whole_years_once_the_record_has_moved_on():
    rows = pd.DataFrame({"start": D("2024-02-01", "2024-09-01", "2025-05-01")})
    # the record ends in May 2025: 2024 is complete and compared with all of 2023
    assert analysis.year_so_far(rows, 2024) == (2, 0, "2024")
    assert analysis.year_so_far(pd.DataFrame({"start": D()}), 2024) == (0, 0, "2024")
