"""Rules of the analysis functions that mutation testing (`make mutants`) showed no test pinned.

Each test builds a frame small enough to work by hand and states what an analyst would expect:
which rows are kept, in which order, under which column names, with a fresh 0..n-1 index.
"""

import pandas as pd
import pytest

from kizuna import analysis, countries, geo, schema
from kizuna.analysis.common import _when
from kizuna.schema import Field, Table
from kizuna.state import Filters


def D(*values):
    return pd.to_datetime(list(values))


def fresh_index(frame: pd.DataFrame) -> bool:
    return list(frame.index) == list(range(len(frame)))


def agreement_table(*rows):
    """rows: (id, type, negotiations_opened, agreed_in_principle, signed, in_force, ended)."""
    frame = pd.DataFrame(
        rows,
        columns=[
            "agreement_id",
            "type",
            "negotiations_opened",
            "agreed_in_principle",
            "signed",
            "in_force",
            "ended",
        ],
    )
    for stage in schema.AGREEMENT_STAGES:
        frame[stage] = pd.to_datetime(frame[stage])
        frame[f"{stage}_precision"] = frame[stage].map(lambda d: None if pd.isna(d) else "day")
    frame["title"] = frame["agreement_id"].str.upper()
    return frame


def parties(*pairs):
    return pd.DataFrame(pairs, columns=["agreement_id", "country"])


# ---- agreements ----------------------------------------------------------------------------


def test_the_date_of_an_agreement_is_its_first_stage_on_record():
    table = agreement_table(
        ("signed", "reciprocal access", "2019-01-01", None, "2022-01-06", "2023-08-13", None),
        ("in-force-only", "status of forces", None, None, None, "1960-06-23", None),
        ("principle", "reciprocal access", "2021-01-01", "2023-11-17", None, None, None),
        ("opened", "reciprocal access", "2024-05-01", None, None, None, None),
    )
    dated = analysis.agreement_dates(table).set_index("agreement_id")["dated"]
    assert dated.to_dict() == {
        "signed": pd.Timestamp("2022-01-06"),
        "in-force-only": pd.Timestamp("1960-06-23"),
        "principle": pd.Timestamp("2023-11-17"),
        "opened": pd.Timestamp("2024-05-01"),
    }


def test_a_statement_takes_effect_when_signed_a_treaty_when_in_force():
    table = agreement_table(
        ("treaty", "reciprocal access", None, None, "2022-01-06", "2023-08-13", None),
        ("pending", "reciprocal access", None, None, "2024-07-08", None, None),
        ("2p2", "2+2 dialogue", None, None, "2007-06-06", None, None),
        ("joint", "strategic partnership / joint statement", None, None, "2014-07-08", None, None),
        ("gcap", "co-development programme", None, None, "2022-12-09", "2024-12-10", None),
        ("old-2p2", "2+2 dialogue", None, None, None, "2001-01-01", None),
    )
    effective = analysis.agreement_dates(table).set_index("agreement_id")["effective"]
    assert effective.dropna().to_dict() == {
        "treaty": pd.Timestamp("2023-08-13"),
        "2p2": pd.Timestamp("2007-06-06"),
        "joint": pd.Timestamp("2014-07-08"),
        "gcap": pd.Timestamp("2022-12-09"),  # a programme runs from its signature
        "old-2p2": pd.Timestamp("2001-01-01"),  # no signature on record: in force
    }
    assert pd.isna(effective["pending"])  # a treaty signed, not in force, does not bind yet


def test_agreements_with_partners_drops_japan_and_keeps_every_partner():
    table = agreement_table(
        ("gcap", "co-development programme", None, None, "2022-12-09", None, None),
        ("lonely", "other", None, None, "2020-01-01", None, None),
    )
    rows = analysis.agreements_with_partners(
        table, parties(("gcap", "JPN"), ("gcap", "GBR"), ("gcap", "ITA"), ("ghost", "FRA"))
    )
    assert list(zip(rows["agreement_id"], rows["partner"], strict=True)) == [
        ("gcap", "GBR"),
        ("gcap", "ITA"),
    ]
    assert "country" not in rows and {"dated", "effective", "title"} <= set(rows)


def test_filter_agreement_rows_filters_years_by_default_and_renumbers():
    table = agreement_table(
        ("b", "reciprocal access", None, None, "2015-01-01", None, None),
        ("a", "reciprocal access", None, None, "2010-01-01", None, None),
        ("c", "reciprocal access", None, None, "2020-01-01", None, None),
    )
    rows = analysis.agreements_with_partners(
        table, parties(("a", "AUS"), ("b", "AUS"), ("c", "GBR"), ("a", "GBR"))
    )
    got = analysis.filter_agreement_rows(rows, Filters(years=(2012, 2020)))
    assert list(zip(got["agreement_id"], got["partner"], strict=True)) == [
        ("b", "AUS"),
        ("c", "GBR"),
    ]
    assert fresh_index(got) and "index" not in got
    every_year = analysis.filter_agreement_rows(rows, Filters(years=(2012, 2020)), by_year=False)
    # sorted by date, then partner
    assert list(zip(every_year["agreement_id"], every_year["partner"], strict=True)) == [
        ("a", "AUS"),
        ("a", "GBR"),
        ("b", "AUS"),
        ("c", "GBR"),
    ]
    assert fresh_index(every_year)


def test_lifecycle_keeps_each_stage_with_its_own_precision_in_stage_order():
    table = agreement_table(
        ("raa", "reciprocal access", "2014-07-07", None, "2022-01-06", "2022-01-06", None),
    )
    table["negotiations_opened_precision"] = "month"
    table["signed_precision"] = "day"
    table["in_force_precision"] = "year"
    rows = analysis.agreements_with_partners(table, parties(("raa", "AUS")))
    stages = analysis.lifecycle(rows)
    assert list(stages.columns) == [
        "agreement_id",
        "title",
        "type",
        "partner",
        "stage",
        "date",
        "precision",
    ]
    # signed and in force on the same day: signature first, as the stages run
    assert list(stages["stage"].astype(str)) == ["negotiations_opened", "signed", "in_force"]
    assert list(stages["precision"]) == ["month", "day", "year"]
    assert stages["stage"].cat.ordered
    assert list(stages["stage"].cat.categories) == list(schema.AGREEMENT_STAGES)
    assert fresh_index(stages)


def test_agreements_by_type_counts_each_agreement_once_in_the_type_order():
    table = agreement_table(
        ("gcap", "co-development programme", None, None, "2022-12-09", None, None),
        ("raa", "reciprocal access", None, None, "2022-01-06", None, None),
        ("raa2", "reciprocal access", None, None, "2023-01-13", None, None),
    )
    rows = analysis.agreements_with_partners(
        table, parties(("gcap", "GBR"), ("gcap", "ITA"), ("raa", "AUS"), ("raa2", "GBR"))
    )
    got = analysis.agreements_by_type(rows)
    assert list(got.columns) == ["type", "agreements"]
    assert list(got["type"]) == list(schema.AGREEMENT_TYPES)
    counts = dict(zip(got["type"], got["agreements"], strict=True))
    assert counts["co-development programme"] == 1  # two partners, one agreement
    assert counts["reciprocal access"] == 2
    assert sum(counts.values()) == 3


def test_groupings_keep_the_newest_multilateral_agreements():
    n = analysis.MAX_GROUPINGS + 2
    table = agreement_table(
        *[(f"g{i:02d}", "other", None, None, f"{1990 + i}-01-01", None, None) for i in range(n)],
        ("bilateral", "reciprocal access", None, None, "2030-01-01", None, None),
    )
    pairs = [(f"g{i:02d}", c) for i in range(n) for c in ("GBR", "ITA")]
    rows = analysis.agreements_with_partners(table, parties(*pairs, ("bilateral", "AUS")))
    got = analysis.groupings(rows)
    kept = set(got["agreement_id"])
    assert len(kept) == analysis.MAX_GROUPINGS
    assert "g00" not in kept and "g01" not in kept  # the two oldest give way
    assert {"g02", f"g{n - 1:02d}"} <= kept
    assert len(got) == 2 * analysis.MAX_GROUPINGS  # one row per member
    assert list(got.columns) == ["agreement_id", "title", "type", "partner", "dated"]


def test_an_agreement_is_live_at_the_end_of_the_year_it_took_effect_until_it_ends():
    table = agreement_table(
        ("dec31", "reciprocal access", None, None, "2019-05-01", "2020-12-31", None),
        ("jan1", "reciprocal access", None, None, "2019-05-01", "2021-01-01", None),
        ("ends-dec31", "information security", None, None, "2010-01-01", None, "2022-12-31"),
        ("ends-jan1", "information security", None, None, "2010-01-01", None, "2023-01-01"),
    )
    rows = analysis.agreements_with_partners(
        table,
        parties(("dec31", "AUS"), ("jan1", "GBR"), ("ends-dec31", "FRA"), ("ends-jan1", "ITA")),
    )
    assert set(analysis.live_at(rows, 2020)["agreement_id"]) == {"dec31", "ends-dec31", "ends-jan1"}
    # ended on the last day of 2022: not live at its end; ended on 1 January 2023: still live
    assert set(analysis.live_at(rows, 2022)["agreement_id"]) == {"dec31", "jan1", "ends-jan1"}
    assert set(analysis.live_at(rows, 2023)["agreement_id"]) == {"dec31", "jan1"}
    assert set(analysis.live_at(rows, 2009)["agreement_id"]) == set()


def test_defence_partners_leave_out_organisations_and_ended_agreements():
    table = agreement_table(
        ("nato", "status of forces", None, None, "2010-01-01", "2011-01-01", None),
        ("aus", "reciprocal access", None, None, "2022-01-06", "2023-08-13", None),
        ("phl", "acquisition and cross-servicing", None, None, "2010-01-01", "2011-01-01", None),
        ("gone", "status of forces", None, None, "2000-01-01", "2001-01-01", "2015-06-01"),
    )
    rows = analysis.agreements_with_partners(
        table, parties(("nato", "NATO"), ("aus", "AUS"), ("phl", "PHL"), ("gone", "FRA"))
    )
    assert analysis.defence_partners_in_force(rows, 2014) == ["FRA", "PHL"]
    assert analysis.defence_partners_in_force(rows, 2024) == ["AUS", "PHL"]


def test_agreement_matrix_for_chosen_partners_and_when_nothing_is_live():
    table = agreement_table(
        ("aus", "reciprocal access", None, None, "2022-01-06", "2023-08-13", None),
        ("gbr", "reciprocal access", None, None, "2023-01-11", "2023-10-11", None),
        ("gbr-isa", "information security", None, None, "2013-07-04", "2014-01-01", None),
        ("nato", "information security", None, None, "2010-06-25", "2010-06-25", None),
    )
    rows = analysis.agreements_with_partners(
        table, parties(("aus", "AUS"), ("gbr", "GBR"), ("gbr-isa", "GBR"), ("nato", "NATO"))
    )
    only_gbr = analysis.agreement_matrix(rows, 2024, partners=("GBR",))
    assert list(only_gbr["partner"]) == ["GBR"]
    assert list(only_gbr.columns) == ["partner", *analysis.MATRIX_TYPES]
    everyone = analysis.agreement_matrix(rows, 2024)
    assert list(everyone["partner"]) == ["GBR", "AUS"]  # two types filled before one; no NATO
    empty = analysis.agreement_matrix(rows, 2005)
    assert empty.empty and list(empty.columns) == ["partner", *analysis.MATRIX_TYPES]


# ---- exercises -----------------------------------------------------------------------------


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
    assert _when(day, "year") == "2023"
    assert _when(day, "month") == "Aug 2023"
    assert _when(day, "day") == "13 Aug 2023"
    assert _when(day, None) == "13 Aug 2023"
    assert _when(pd.NaT, "day") == ""


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


# ---- claims, assistance, events ------------------------------------------------------------


def assistance_table():
    return pd.DataFrame(
        {
            "assistance_id": ["a1", "a2", "a3", "a4", "a5"],
            "recipient": ["PHL", "PHL", "FJI", "MYS", "BGD"],
            "notes_exchanged": D("2023-11-03", None, None, "2019-12-01", None),
            "delivered": D(None, "2024-05-01", None, "2025-01-01", None),
            "fiscal_year": pd.array([2022, 2021, 2024, 2023, None], dtype="Int64"),
        }
    )


def test_assistance_is_dated_by_notes_else_delivery_else_fiscal_year():
    got = analysis.filter_assistance(assistance_table(), Filters(years=(2023, 2024)))
    # a1: notes 2023; a2: delivered 2024 (fiscal 2021); a3: fiscal 2024; a4: notes 2019
    assert list(got["assistance_id"]) == ["a3", "a2", "a1"]  # by recipient, then fiscal year
    assert fresh_index(got) and "index" not in got
    only = analysis.filter_assistance(
        assistance_table(), Filters(partners=("PHL",), years=(2019, 2025))
    )
    assert list(only["assistance_id"]) == ["a2", "a1"]
    assert analysis.filter_assistance(assistance_table(), Filters(years=(2020, 2022))).empty


CLAIMS = pd.DataFrame(
    {
        "claim_id": ["c1", "c2", "c3", "c4"],
        "subject": ["CHN", "CHN", "CHN", "JPN"],
        "domain": ["hypersonics", "hypersonics", "aero-engines", "aircraft"],
        "assessment": ["corroborated", "contested", "contested", "plausible"],
        "claim_date": D("2021-10-01", "2023-10-19", "2022-03-01", "2022-12-09"),
    }
).iloc[::-1]


def test_filter_claims_by_domain_and_assessment_with_a_fresh_index():
    years = (1990, 2026)
    by_domain = analysis.filter_claims(CLAIMS, years, domains=["hypersonics"])
    assert list(by_domain["claim_id"]) == ["c1", "c2"]
    by_assessment = analysis.filter_claims(CLAIMS, years, assessments=["contested"])
    assert list(by_assessment["claim_id"]) == ["c3", "c2"]
    both = analysis.filter_claims(CLAIMS, years, domains=["hypersonics"], assessments=["contested"])
    assert list(both["claim_id"]) == ["c2"]
    assert fresh_index(by_domain) and "index" not in by_domain


def test_claim_tallies_have_a_fresh_index():
    tallies = analysis.claim_tallies(CLAIMS)
    assert list(tallies.columns) == ["subject", "domain", "assessment", "claims"]
    assert fresh_index(tallies)
    assert list(tallies["domain"]) == ["aero-engines", "hypersonics", "hypersonics", "aircraft"]


def test_evidence_for_a_claim_is_that_claims_evidence_only():
    evidence = pd.DataFrame(
        {
            "claim_id": ["c1", "c2", "c1", "c3"],
            "source_id": ["s1", "s1", "s2", "s3"],
            "stance": ["supports", "contradicts", "contradicts", "supports"],
            "quote": ["q1", "q2", "q3", "q4"],
        }
    )
    sources = pd.DataFrame(
        {
            "source_id": ["s1", "s2"],
            "title": ["T1", "T2"],
            "publisher": ["P1", "P2"],
            "published": D("2021-01-01", "2022-01-01"),
            "url": ["u1", "u2"],
        }
    )
    got = analysis.evidence_for("c1", evidence, sources)
    expected = pd.DataFrame(
        {
            "stance": ["supports", "contradicts"],
            "quote": ["q1", "q3"],
            "title": ["T1", "T2"],
            "publisher": ["P1", "P2"],
            "published": D("2021-01-01", "2022-01-01"),
            "url": ["u1", "u2"],
            "source_id": ["s1", "s2"],
        }
    )
    pd.testing.assert_frame_equal(got.reset_index(drop=True), expected, check_dtype=False)
    # a source missing from the table still shows the quote
    lone = analysis.evidence_for("c3", evidence, sources)
    assert list(lone["quote"]) == ["q4"] and lone["title"].isna().all()


def events_table(n=4):
    dates = pd.date_range("2000-01-01", periods=n, freq="YS")
    return pd.DataFrame(
        {
            "event_id": [f"e{i}" for i in range(n)],
            "title": [f"Event number {i} " + "x" * 60 for i in range(n)],
            "date": dates,
            "country": (["JPN", "AUS", "CHN", "USA"] * n)[:n],
        }
    )


def test_annotations_keep_japan_and_selected_partners_in_the_years():
    events = events_table(4)  # 2000 JPN, 2001 AUS, 2002 CHN, 2003 USA
    got = analysis.annotations(events, Filters(partners=("AUS",), years=(2000, 2002)))
    assert list(got["event_id"]) == ["e0", "e1"]
    assert list(got["label"]) == [t[:48] for t in events["title"][:2]]
    assert len(got["label"][0]) == 48
    assert fresh_index(got) and "index" not in got and "level_0" not in got
    everyone = analysis.annotations(events, Filters(years=(2001, 2003)))
    assert list(everyone["event_id"]) == ["e1", "e2", "e3"]


def test_annotations_keep_the_latest_events_a_chart_can_carry():
    n = analysis.MAX_EVENTS + 5
    events = events_table(n).iloc[::-1]
    got = analysis.annotations(events, Filters(years=(1990, 2100)))
    assert len(got) == analysis.MAX_EVENTS == 30
    assert list(got["event_id"]) == [f"e{i}" for i in range(5, n)]  # oldest first


def test_no_events_is_an_empty_frame_with_the_columns_charts_read():
    empty = analysis.no_events()
    assert empty.empty
    assert list(empty.columns) == ["event_id", "title", "date", "label"]
    assert pd.api.types.is_datetime64_any_dtype(empty["date"])


# ---- sources -------------------------------------------------------------------------------


CITATIONS = pd.DataFrame(
    {
        "table": ["exercises", "exercises", "exercises", "agreements", "exercises"],
        "record_id": ["a", "b", "b", "a", "c"],
        "source_id": ["s1", "s2", "s3", "s4", "s9"],
    }
)
SOURCES = pd.DataFrame(
    {
        "source_id": ["s1", "s2", "s3", "s4"],
        "title": ["Exercise Bushido Guardian", "Komatsu", "Pitch Black", "RAA signed"],
        "publisher": ["MOD Japan", "Reuters", "MOD Japan", "MOFA"],
        "url": ["u1", "u2", "u3", "u4"],
        "kind": ["official", "news", "official", "official"],
        "accessed": D("2025-01-01", "2025-03-01", "2024-12-01", "2025-06-01"),
    }
)


def test_sources_for_takes_the_table_and_the_records_together():
    got = analysis.sources_for("exercises", ["a", "c"], CITATIONS, SOURCES)
    # record a of agreements is another record; s9 is not in the sources table but is cited
    assert list(got["source_id"]) == ["s1", "s9"]
    assert got.loc[0, "publisher"] == "MOD Japan" and pd.isna(got.loc[1, "publisher"])
    assert list(got.index) == [0, 1] and "index" not in got.columns


@pytest.mark.parametrize(
    "name, short",
    [
        ("Ministry of Defense of Japan", "MOD Japan"),
        ("Ministry of Defense of Japan (text copy in GitHub repository)", "MOD Japan"),
        ("Reuters (via Yahoo)", "Reuters"),
        ("Reuters", "Reuters"),
        ("(untitled)", "(untitled)"),
    ],
)
def test_short_publisher(name, short):
    assert analysis.short_publisher(name) == short


@pytest.mark.parametrize(
    "publishers, phrase",
    [
        ([], "Sources: none; 7 records"),
        (["A", "B", "C"], "Sources: A, B, C; 7 records"),
        (["A", "B", "C", "D"], "Sources: A, B, C and 1 others; 7 records"),
        (["A", "B", "C", "D", "E"], "Sources: A, B, C and 2 others; 7 records"),
        (["A", "A", "B"], "Sources: A, B; 7 records"),  # most cited first
    ],
)
def test_sources_phrase(publishers, phrase):
    cited = pd.DataFrame({"publisher": pd.Series(publishers, dtype="object")})
    assert analysis.sources_phrase(cited, 7) == phrase


def test_citation_summary_joins_each_rows_publishers_ids_and_urls():
    frame = pd.DataFrame({"exercise_id": ["b", "a", "z"], "name": ["B", "A", "Z"]})
    extra = pd.DataFrame(
        {"table": "exercises", "record_id": ["b", "a", "a"], "source_id": ["s2", "s3", "s6"]}
    )
    citations = pd.concat([CITATIONS, extra])
    sources = pd.concat(
        [
            SOURCES,
            pd.DataFrame(
                {"source_id": ["s6"], "title": ["Copy"], "publisher": ["Reuters"], "url": ["u1"]}
            ),
        ]
    )
    got = analysis.citation_summary("exercises", frame, "exercise_id", citations, sources)
    assert list(got.columns) == ["exercise_id", "name", "sources", "source_ids", "source_urls"]
    assert list(got["exercise_id"]) == ["b", "a", "z"]
    b, a, z = (got.iloc[i] for i in range(3))
    assert b["sources"] == "Reuters; MOD Japan"  # each publisher once
    assert b["source_ids"] == "s2; s3; s2"
    assert b["source_urls"] == "u2 u3"  # each address once
    # a: s1 and s3 are both MOD Japan's; s6 is Reuters' copy at s1's address
    assert a["sources"] == "MOD Japan; Reuters"
    assert (a["source_ids"], a["source_urls"]) == ("s1; s3; s6", "u1 u3")
    assert pd.isna(z["sources"]) and pd.isna(z["source_urls"])


def test_search_sources_by_kind_and_words_in_title_or_publisher_any_case():
    sources = pd.concat(
        [
            SOURCES,
            pd.DataFrame(
                {
                    "source_id": ["s5"],
                    "title": [None],
                    "publisher": ["U.S. Department of Defense (DoD)"],
                    "url": ["u5"],
                    "kind": ["official"],
                    "accessed": D("2025-01-01"),
                }
            ),
        ],
        ignore_index=True,
    )
    search = analysis.search_sources
    assert list(search(sources, query="pitch")["source_id"]) == ["s3"]
    assert list(search(sources, query="REUTERS")["source_id"]) == ["s2"]
    assert list(search(sources, query="mod japan")["source_id"]) == ["s1", "s3"]
    assert list(search(sources, query="(DoD)")["source_id"]) == ["s5"]  # not a pattern
    assert list(search(sources, query="u.s.")["source_id"]) == ["s5"]
    assert list(search(sources, query=".")["source_id"]) == ["s5"]  # a full stop, not any letter
    assert list(search(sources, query="Pitch|Komatsu")["source_id"]) == []
    assert list(search(sources, query="Guardian MOD")["source_id"]) == ["s1"]
    news = search(sources, kinds=["news"])
    assert list(news["source_id"]) == ["s2"] and fresh_index(news)
    found = search(sources, kinds=["official"], query="japan")
    assert list(found["source_id"]) == ["s1", "s3"] and fresh_index(found)
    everything = search(sources)
    assert list(everything["source_id"]) == ["s1", "s2", "s3", "s4", "s5"]
    assert list(everything.columns) == list(sources.columns)
    assert "index" not in news and "index" not in found


def test_last_updated_names_every_table_its_rows_and_latest_source_read():
    tables = {
        "citations": CITATIONS,
        "sources": SOURCES,
        "exercises": pd.DataFrame({"exercise_id": ["a", "b", "c"]}),
        "claims": pd.DataFrame({"claim_id": ["c1"]}),
    }
    got = analysis.last_updated(tables)
    assert list(got.columns) == ["table", "rows", "sources last read", "status"]
    assert list(got["table"]) == list(schema.TABLES)
    by = got.set_index("table")
    assert by.loc["exercises"].tolist() == [3, "2025-03-01", "loaded"]
    assert by.loc["claims", "rows"] == 1 and pd.isna(by.loc["claims", "sources last read"])
    assert by.loc["sources", "status"] == "loaded" and by.loc["sources", "rows"] == 4
    assert pd.isna(by.loc["agreements", "rows"])
    assert by.loc["agreements", "status"] == "not loaded: see errors"
    assert pd.isna(by.loc["agreements", "sources last read"])
    no_sources = analysis.last_updated({"exercises": tables["exercises"]}).set_index("table")
    assert pd.isna(no_sources.loc["exercises", "sources last read"])


def test_dictionary_lists_each_field_with_its_rules():
    table = Table(
        "demo",
        "A demo table.",
        (
            Field("demo_id", "id", "Unique id.", required=True),
            Field("kind", "enum", "Kind.", choices=("a", "b")),
            Field("source_id", "ref", "The source.", refers_to="sources.source_id"),
        ),
    )
    got = analysis.dictionary(table)
    expected = pd.DataFrame(
        [
            ("demo_id", "id", "yes", "", "Unique id."),
            ("kind", "enum", "", "a, b", "Kind."),
            ("source_id", "ref", "", "sources.source_id", "The source."),
        ],
        columns=["column", "kind", "required", "allowed values / refers to", "meaning"],
    )
    pd.testing.assert_frame_equal(got, expected)
