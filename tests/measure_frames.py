"""Small frames for the index tests (tests/test_measures.py, tests/test_measure_rules.py),
worked by hand."""

import pandas as pd

from kizuna import analysis, measures


def agreements(*rows):
    """rows: (id, type, signed, in_force, ended, replaces, amends, programme)."""
    frame = pd.DataFrame(
        rows,
        columns=[
            "agreement_id",
            "type",
            "signed",
            "in_force",
            "ended",
            "replaces",
            "amends",
            "programme",
        ],
    )
    for column in ("signed", "in_force", "ended"):
        frame[column] = pd.to_datetime(frame[column])
    frame["negotiations_opened"] = pd.NaT
    frame["agreed_in_principle"] = pd.NaT
    frame["title"] = frame["agreement_id"]
    return frame


AGREEMENTS = agreements(
    ("treaty", "alliance treaty", "1960-01-19", "1960-06-23", None, None, None, None),
    ("raa", "reciprocal access", "2022-01-06", "2023-08-13", None, None, None, None),
    (
        "acsa",
        "acquisition and cross-servicing",
        "2010-05-19",
        "2013-01-31",
        "2017-09-11",
        None,
        None,
        None,
    ),
    (
        "acsa-amend",
        "acquisition and cross-servicing",
        "2015-03-01",
        "2015-06-01",
        "2017-09-11",
        None,
        "acsa",
        None,
    ),
    (
        "acsa2",
        "acquisition and cross-servicing",
        "2017-01-14",
        "2017-09-11",
        None,
        "acsa",
        None,
        None,
    ),
    ("isa", "information security", "2012-05-17", None, None, None, None, None),
    ("2p2-1", "2+2 dialogue", "2007-06-06", None, None, None, None, None),
    ("2p2-2", "2+2 dialogue", "2020-12-18", None, None, None, None, None),
    ("gcap", "co-development programme", "2022-12-09", None, None, None, None, "GCAP"),
    ("gigo", "co-development programme", "2023-12-14", "2024-12-10", None, None, None, "GCAP"),
    (
        "equip",
        "defence equipment and technology transfer",
        "2014-07-08",
        "2014-12-23",
        None,
        None,
        None,
        None,
    ),
)
PARTIES = pd.DataFrame(
    [
        ("treaty", "USA"),
        ("raa", "AUS"),
        ("acsa", "AUS"),
        ("acsa-amend", "AUS"),
        ("acsa2", "AUS"),
        ("isa", "AUS"),
        ("2p2-1", "AUS"),
        ("2p2-2", "AUS"),
        ("gcap", "GBR"),
        ("gcap", "ITA"),
        ("gigo", "GBR"),
        ("gigo", "ITA"),
        ("equip", "AUS"),
    ],
    columns=["agreement_id", "country"],
)


def rows():
    with_japan = pd.concat(
        [PARTIES, PARTIES[["agreement_id"]].drop_duplicates().assign(country="JPN")]
    )
    return analysis.agreements_with_partners(AGREEMENTS, with_japan)


def value(frame, partner, year, column):
    found = frame[(frame["partner"] == partner) & (frame["year"] == year)][column]
    return float(found.iloc[0]) if len(found) else 0.0


EXERCISES = pd.DataFrame(
    {
        "exercise_id": ["a", "b", "c"],
        "kind": ["exercise", "exercise", "port call"],
        "start": pd.to_datetime(["2021-05-01", "2021-08-01", "2023-06-21"]),
    }
)
PARTICIPANTS = pd.DataFrame(
    {
        "exercise_id": ["a", "a", "b", "b", "b", "b", "c", "c"],
        "country": ["JPN", "ITA", "JPN", "FRA", "USA", "CHN", "JPN", "ITA"],
        "role": [
            "Japan",
            "partner",
            "Japan",
            "partner",
            "partner",
            "co-participant",
            "Japan",
            "partner",
        ],
    }
)


def scores():
    return measures.normalised(
        measures.raw_scores(rows(), EXERCISES, PARTICIPANTS, None, range(2021, 2024))
    )
