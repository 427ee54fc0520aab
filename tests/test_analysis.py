"""Pure analysis functions on small frames built here, so each expectation is worked by hand."""

import pandas as pd
import pytest

from kizuna import analysis, geo
from kizuna.analysis import Filters


def agreements(*rows):
    """rows: (id, type, signed, in_force, ended) with ISO dates or None."""
    frame = pd.DataFrame(rows, columns=["agreement_id", "type", "signed", "in_force", "ended"])
    for column in ("signed", "in_force", "ended"):
        frame[column] = pd.to_datetime(frame[column])
    frame["negotiations_opened"] = pd.NaT
    frame["agreed_in_principle"] = pd.NaT
    frame["title"] = frame["agreement_id"]
    for stage in analysis.AGREEMENT_STAGES:
        frame[f"{stage}_precision"] = frame[stage].map(lambda d: None if pd.isna(d) else "day")
    return frame


def parties(*pairs):
    return pd.DataFrame(pairs, columns=["agreement_id", "country"])


AGREEMENTS = agreements(
    ("raa", "reciprocal access", "2022-01-06", "2023-08-13", None),
    ("acsa", "acquisition and cross-servicing", "2010-05-19", "2013-01-31", None),
    ("2p2-1", "2+2 dialogue", "2007-06-06", None, None),
    ("2p2-2", "2+2 dialogue", "2008-12-18", None, None),
    ("gcap", "co-development programme", "2022-12-09", None, None),
    ("old", "information security", "2000-01-01", "2001-01-01", "2005-06-30"),
)
PARTIES = parties(
    ("raa", "JPN"),
    ("raa", "AUS"),
    ("acsa", "JPN"),
    ("acsa", "AUS"),
    ("2p2-1", "JPN"),
    ("2p2-1", "AUS"),
    ("2p2-2", "JPN"),
    ("2p2-2", "AUS"),
    ("gcap", "JPN"),
    ("gcap", "GBR"),
    ("gcap", "ITA"),
    ("old", "JPN"),
    ("old", "GBR"),
)


def rows():
    return analysis.agreements_with_partners(AGREEMENTS, PARTIES)


def depth_of(frame, partner, year):
    found = frame[(frame["partner"] == partner) & (frame["year"] == year)]["depth"]
    return float(found.iloc[0]) if len(found) else 0.0


def test_depth_index_counts_treaties_in_force_and_mechanisms_once():
    depth = analysis.depth_index(rows(), range(2000, 2025))
    assert depth_of(depth, "AUS", 2006) == 0.0
    assert depth_of(depth, "AUS", 2008) == 1.0  # two 2+2 rounds are one mechanism
    assert depth_of(depth, "AUS", 2013) == 1.0 + 2.0  # + ACSA in force from 2013
    assert depth_of(depth, "AUS", 2022) == 3.0  # the RAA is signed but not yet in force
    assert depth_of(depth, "AUS", 2023) == 1.0 + 2.0 + 3.0
    assert depth_of(depth, "GBR", 2003) == 2.0  # information security in force
    assert depth_of(depth, "GBR", 2006) == 0.0  # ...and ended in 2005
    assert depth_of(depth, "ITA", 2022) == 3.0  # GCAP counts for every member


def test_depth_index_weights_change_the_result_as_documented():
    default = analysis.depth_index(rows(), range(2023, 2024))
    heavier = analysis.depth_index(rows(), range(2023, 2024), {"reciprocal access": 5.0})
    assert depth_of(heavier, "AUS", 2023) - depth_of(default, "AUS", 2023) == 2.0
    assert depth_of(heavier, "ITA", 2023) == depth_of(default, "ITA", 2023)
    zero = analysis.depth_index(rows(), range(2023, 2024), {t: 0 for t in analysis.DEFAULT_WEIGHTS})
    assert zero["depth"].sum() == 0


def test_filter_agreements_by_partner_and_year():
    f = Filters(partners=("AUS",), years=(2008, 2012))
    got = analysis.filter_agreements(AGREEMENTS, PARTIES, f)
    assert list(got["agreement_id"]) == ["2p2-2", "acsa"]
    assert set(got["partner"]) == {"AUS"}
    everything = analysis.filter_agreements(AGREEMENTS, PARTIES, f, by_year=False)
    assert set(everything["agreement_id"]) == {"raa", "acsa", "2p2-1", "2p2-2"}


def test_lifecycle_is_tidy_with_ordered_stages():
    stages = analysis.lifecycle(rows()[rows()["agreement_id"] == "raa"])
    assert list(stages["stage"].astype(str)) == ["signed", "in_force"]
    assert stages["date"].is_monotonic_increasing


def test_groupings_finds_multilateral_agreements():
    groups = analysis.groupings(rows())
    assert set(groups["agreement_id"]) == {"gcap"}
    assert set(groups["partner"]) == {"GBR", "ITA"}


@pytest.mark.parametrize(
    "a, b, km",
    [
        ((0.0, 0.0), (90.0, 0.0), 10007.5),  # equator to pole: a quarter meridian
        ((0.0, 0.0), (0.0, 1.0), 111.195),  # one degree of longitude on the equator
        ((35.0, 139.0), (-35.0, -41.0), 20015.1),  # antipodes: half the circumference
        ((60.0, 0.0), (60.0, 180.0), 6671.7),  # over the pole: 60 degrees of arc
    ],
)
def test_great_circle_distance_within_one_percent(a, b, km):
    assert geo.great_circle_km(*a, *b) == pytest.approx(km, rel=0.01)


def test_great_circle_path_ends_at_both_places():
    path = geo.great_circle_path(41.8, 12.24, 36.39, 136.41)
    assert path[0] == pytest.approx((41.8, 12.24)) and path[-1] == pytest.approx((36.39, 136.41))


def test_country_boxes_accept_bases_and_reject_swapped_coordinates():
    assert geo.inside_country("JPN", 36.39, 136.41)  # Komatsu
    assert geo.inside_country("JPN", 26.35, 127.77)  # Kadena, Okinawa
    assert geo.inside_country("USA", 13.58, 144.93)  # Andersen, Guam
    assert not geo.inside_country("JPN", 136.41, 36.39)
    assert not geo.inside_country("ITA", 36.39, 136.41)


EXERCISES = pd.DataFrame(
    {
        "exercise_id": ["a", "b", "c", "d"],
        "name": ["A", "B", "C", "D"],
        "kind": ["exercise", "exercise", "port call", "exercise"],
        "domain": ["air", "maritime", "maritime", "land"],
        "start": pd.to_datetime(["2021-05-01", "2021-08-01", "2023-06-21", "2023-09-01"]),
        "lat": [36.39, 33.0, 35.29, 43.0],
        "lon": [136.41, 135.0, 139.67, 141.0],
        "host": ["JPN", "JPN", "JPN", "JPN"],
    }
)
PARTICIPANTS = pd.DataFrame(
    {
        "exercise_id": ["a", "a", "b", "b", "b", "c", "c", "d", "d"],
        "country": ["JPN", "ITA", "JPN", "FRA", "USA", "JPN", "ITA", "JPN", "USA"],
    }
)


def test_filter_exercises_by_participant_and_year():
    f = Filters(partners=("ITA",), years=(2021, 2022))
    assert list(analysis.filter_exercises(EXERCISES, PARTICIPANTS, f)["exercise_id"]) == ["a"]
    f = Filters(partners=(), years=(2023, 2023))
    assert list(analysis.filter_exercises(EXERCISES, PARTICIPANTS, f)["exercise_id"]) == ["c", "d"]


def test_tempo_counts_each_partner_and_each_exercise_once_by_domain():
    partners = analysis.exercise_partners(EXERCISES, PARTICIPANTS)
    by_partner = analysis.tempo(partners, "partner")
    assert by_partner.set_index(["year", "partner"])["exercises"].to_dict() == {
        (2021, "FRA"): 1,
        (2021, "ITA"): 1,
        (2021, "USA"): 1,
        (2023, "ITA"): 1,
        (2023, "USA"): 1,
    }
    by_domain = analysis.tempo(partners, "domain")
    assert by_domain.groupby("year")["exercises"].sum().to_dict() == {2021: 2, 2023: 2}
    only_usa = analysis.tempo(partners, "partner", ("USA",))
    assert set(only_usa["partner"]) == {"USA"} and only_usa["exercises"].sum() == 2


def test_reach_and_longest_reach():
    reach = analysis.reach(analysis.exercise_partners(EXERCISES, PARTICIPANTS))
    italy_2021 = reach[(reach["partner"] == "ITA") & (reach["year"] == 2021)]["distance_km"]
    assert 9300 < italy_2021.iloc[0] < 10100  # Italy's centre to Komatsu
    longest = analysis.longest_reach(reach)
    assert len(longest) == reach.groupby(["partner", "year"]).ngroups


CLAIMS = pd.DataFrame(
    {
        "claim_id": ["c1", "c2", "c3", "c4"],
        "subject": ["CHN", "CHN", "CHN", "JPN"],
        "domain": ["hypersonics", "hypersonics", "aero-engines", "aircraft"],
        "assessment": ["corroborated", "corroborated", "contested", "plausible"],
        "claim_date": pd.to_datetime(["2021-10-01", "2023-10-19", None, "2022-12-09"]),
    }
)


def test_claim_tallies():
    tallies = analysis.claim_tallies(CLAIMS)
    assert tallies.set_index(["subject", "domain", "assessment"])["claims"].to_dict() == {
        ("CHN", "aero-engines", "contested"): 1,
        ("CHN", "hypersonics", "corroborated"): 2,
        ("JPN", "aircraft", "plausible"): 1,
    }


def test_filter_claims_years_and_undated():
    assert list(analysis.filter_claims(CLAIMS, (2022, 2023))["claim_id"]) == ["c4", "c2"]
    with_undated = analysis.filter_claims(CLAIMS, (2022, 2023), include_undated=True)
    assert set(with_undated["claim_id"]) == {"c2", "c3", "c4"}
    assert list(analysis.filter_claims(CLAIMS, (1990, 2026), subjects=["JPN"])["claim_id"]) == [
        "c4"
    ]


def test_source_line_names_publishers_and_counts_records():
    citations = pd.DataFrame(
        {"table": ["exercises"] * 3, "record_id": ["a", "b", "b"], "source_id": ["s1", "s2", "s3"]}
    )
    sources = pd.DataFrame(
        {"source_id": ["s1", "s2", "s3"], "publisher": ["MOD Japan", "Reuters", "MOD Japan"]}
    )
    line = analysis.source_line("exercises", ["a", "b"], citations, sources)
    assert line.startswith("Sources: MOD Japan, Reuters;") and "2 records" in line
