"""Pure analysis functions on small frames built here, so each expectation is worked by hand."""

import pandas as pd
import pytest

from kizuna import analysis, geo, schema
from kizuna.state import Filters


def agreements(*rows):
    """rows: (id, type, signed, in_force, ended) with ISO dates or None."""
    frame = pd.DataFrame(rows, columns=["agreement_id", "type", "signed", "in_force", "ended"])
    for column in ("signed", "in_force", "ended"):
        frame[column] = pd.to_datetime(frame[column])
    frame["negotiations_opened"] = pd.NaT
    frame["agreed_in_principle"] = pd.NaT
    frame["title"] = frame["agreement_id"]
    for stage in schema.AGREEMENT_STAGES:
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
        "exercise_id": ["a", "a", "b", "b", "b", "b", "c", "c", "d", "d"],
        "country": ["JPN", "ITA", "JPN", "FRA", "USA", "CHN", "JPN", "ITA", "JPN", "USA"],
        "role": [
            "Japan",
            "partner",
            "Japan",
            "partner",
            "partner",
            "co-participant",
            "Japan",
            "partner",
            "Japan",
            "partner",
        ],
        "departed_lat": [None, 44.1, None, None, None, None, None, None, None, None],
        "departed_lon": [None, 9.8, None, None, None, None, None, None, None, None],
    }
)


def test_filter_exercises_by_participant_and_year():
    f = Filters(partners=("ITA",), years=(2021, 2022))
    assert list(analysis.filter_exercises(EXERCISES, PARTICIPANTS, f)["exercise_id"]) == ["a"]
    f = Filters(partners=(), years=(2023, 2023))
    assert list(analysis.filter_exercises(EXERCISES, PARTICIPANTS, f)["exercise_id"]) == ["c", "d"]
    # China attended exercise b without training with Japan's forces: not a partner in it.
    f = Filters(partners=("CHN",), years=(2021, 2023))
    assert analysis.filter_exercises(EXERCISES, PARTICIPANTS, f).empty


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


def test_tempo_by_domain_counts_exercises_not_participations():
    per_year = analysis.exercises_per_year(EXERCISES, "domain")
    assert per_year.groupby("year")["exercises"].sum().to_dict() == {2021: 2, 2023: 2}
    assert "CHN" not in set(analysis.exercise_partners(EXERCISES, PARTICIPANTS)["partner"])


def test_reach_measured_from_departure_point_else_capital():
    reach = analysis.reach(analysis.exercise_partners(EXERCISES, PARTICIPANTS))
    italy = reach[reach["partner"] == "ITA"].set_index("year")
    # 2021: from La Spezia (44.1 N, 9.8 E) to Komatsu, not from Italy's map point.
    assert italy.loc[2021, "measured_from"] == "home base or port"
    expected = geo.great_circle_km(44.1, 9.8, 36.39, 136.41)
    assert italy.loc[2021, "distance_km"] == pytest.approx(expected, abs=1)
    assert italy.loc[2023, "measured_from"] == "capital"
    assert 9300 < italy.loc[2023, "distance_km"] < 10100  # Italy's centre to Yokosuka
    assert "JPN" not in set(reach["partner"])


def test_longest_reach_keeps_the_farthest_per_partner_and_year():
    reach = pd.DataFrame(
        {
            "partner": ["FRA", "FRA", "FRA"],
            "year": [2021, 2021, 2022],
            "distance_km": [9000, 16000, 100],
            "name": ["near", "far", "other year"],
            "exercise_id": ["n", "f", "o"],
            "measured_from": ["capital"] * 3,
        }
    )
    longest = analysis.longest_reach(reach).set_index("year")
    assert longest.loc[2021, "name"] == "far" and longest.loc[2022, "name"] == "other year"


def test_defence_partners_count_forces_agreements_in_force_only():
    frame = rows()
    assert analysis.defence_partners_in_force(frame, 2012) == []  # ACSA signed, not in force
    assert analysis.defence_partners_in_force(frame, 2013) == ["AUS"]
    # information security (GBR) and a co-development programme are not defence agreements
    assert analysis.defence_partners_in_force(frame, 2003) == []


def test_agreement_matrix_years_each_type_took_effect():
    matrix = analysis.agreement_matrix(rows(), 2023).set_index("partner")
    assert matrix.loc["AUS", "reciprocal access"] == "2023"
    assert matrix.loc["AUS", "acquisition and cross-servicing"] == "2013"
    assert matrix.loc["AUS", "2+2 dialogue"] == "2007"
    assert matrix.loc["ITA", "co-development programme"] == "2022*"  # signed, not in force
    assert pd.isna(matrix.loc["GBR", "information security"])  # ended in 2005
    assert list(matrix.index)[0] == "AUS"  # the fullest row first


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


def test_filter_claims_by_kind():
    claims = CLAIMS.assign(kind=["capability assessment"] * 3 + ["article fact-check"])
    got = analysis.filter_claims(claims, (1990, 2026), kind="article fact-check")
    assert list(got["claim_id"]) == ["c4"]


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
        {
            "source_id": ["s1", "s2", "s3"],
            "publisher": ["MOD Japan", "Reuters", "MOD Japan"],
            "kind": ["official", "news", "official"],
        }
    )
    line = analysis.source_line("exercises", ["a", "b"], analysis.cite(citations, sources))
    assert line.startswith("Sources: MOD Japan, Reuters;") and "2 records" in line


def test_a_records_reproductions_come_after_its_other_sources_and_the_rest_keep_their_order():
    citations = pd.DataFrame(
        {
            "table": ["milestones"] * 4 + ["exercises"],
            "record_id": ["m", "m", "m", "m", "x"],
            "source_id": ["mirror", "news", "mirror2", "official", "mirror"],
        }
    )
    sources = pd.DataFrame(
        {
            "source_id": ["mirror", "news", "mirror2", "official"],
            "kind": ["reproduction", "news", "reproduction", "official"],
        }
    )
    ordered = analysis.originals_first(citations, sources)
    mine = ordered[ordered["record_id"] == "m"]["source_id"].tolist()
    assert mine == ["news", "official", "mirror", "mirror2"]
    assert ordered["source_id"].tolist()[-1] != "news" and len(ordered) == 5


def test_a_year_recorded_only_to_april_is_compared_with_the_same_months():
    rows = pd.DataFrame(
        {
            "start": pd.to_datetime(
                ["2025-02-01", "2025-04-30", "2025-05-01", "2025-11-01", "2026-01-10", "2026-04-15"]
            )
        }
    )
    assert analysis.year_so_far(rows, 2026) == (2, 2, "Jan–Apr 2026")
    assert analysis.year_so_far(rows.iloc[:4], 2025) == (4, 0, "Jan–Nov 2025")
    full = pd.DataFrame({"start": pd.to_datetime(["2024-03-01", "2025-12-02"])})
    assert analysis.year_so_far(full, 2025) == (1, 1, "2025")
