"""The composite partnership index on frames small enough to work every number by hand."""

import pandas as pd
import pytest

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


def test_commitments_count_live_instruments_and_signed_only_ones():
    got = measures.commitments(rows(), range(2010, 2025))
    assert value(got, "AUS", 2012, "commitments") == 1.0  # ISA signed, no in-force date: counted
    assert value(got, "AUS", 2013, "commitments") == 1.0 + 2.0  # + ACSA in force
    assert value(got, "AUS", 2022, "commitments") == 3.0  # the RAA is signed, not yet in force
    assert value(got, "AUS", 2023, "commitments") == 1.0 + 2.0 + 4.0
    assert value(got, "USA", 2020, "commitments") == 10.0


def test_a_chain_of_instruments_counts_once():
    got = measures.commitments(rows(), range(2014, 2019))
    # 2015-2016: the ACSA and its amendment are both live; one instrument.
    assert value(got, "AUS", 2015, "commitments") == 1.0 + 2.0
    # 2017: the 2010 ACSA ended on the day its replacement entered into force: still one.
    assert value(got, "AUS", 2017, "commitments") == 1.0 + 2.0
    keys = measures.chain_keys(AGREEMENTS)
    assert keys["acsa2"] == keys["acsa-amend"] == keys["acsa"] == "acsa"


def test_a_programme_counts_once():
    got = measures.industry(rows(), range(2022, 2026))
    assert value(got, "ITA", 2022, "industry") == 3.0  # the leaders' statement
    assert value(got, "ITA", 2025, "industry") == 3.0  # statement + convention: one programme
    assert value(got, "AUS", 2015, "industry") == 0.0  # outside the years asked for
    assert value(measures.industry(rows(), range(2015, 2016)), "AUS", 2015, "industry") == 2.0


def test_dialogue_mechanism_once_and_recent_rounds_add():
    got = measures.dialogue(rows(), range(2006, 2026))
    assert value(got, "AUS", 2006, "dialogue") == 0.0
    assert value(got, "AUS", 2007, "dialogue") == 2.0 + 0.5
    assert value(got, "AUS", 2012, "dialogue") == 2.0  # the 2007 round is five years old
    assert value(got, "AUS", 2021, "dialogue") == 2.0 + 0.5


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


def test_operations_weigh_kind_company_and_age():
    got = measures.operations(EXERCISES, PARTICIPANTS, range(2021, 2027))
    assert value(got, "ITA", 2021, "operations") == 1.0  # a bilateral exercise
    assert value(got, "FRA", 2021, "operations") == 0.5  # shared with the USA
    assert value(got, "ITA", 2022, "operations") == pytest.approx(0.75)
    assert value(got, "ITA", 2023, "operations") == pytest.approx(0.75**2 + 0.5)
    # 2026: the 2021 exercise is five years old and no longer counts; the port call still does.
    assert value(got, "ITA", 2026, "operations") == pytest.approx(0.5 * 0.75**3)
    assert value(got, "FRA", 2026, "operations") == 0.0
    assert "CHN" not in set(got["partner"])  # attended, did not train with Japan


def test_assistance_by_exchange_of_notes_else_fiscal_year():
    grants = pd.DataFrame(
        {
            "recipient": ["PHL", "PHL", "FJI"],
            "programme": ["Official Security Assistance"] * 2 + ["capacity building"],
            "notes_exchanged": pd.to_datetime(["2023-11-03", None, None]),
            "delivered": pd.to_datetime([None, None, None]),
            "fiscal_year": pd.array([2023, 2024, 2024], dtype="Int64"),
        }
    )
    got = measures.assistance(grants, range(2023, 2026))
    assert value(got, "PHL", 2023, "assistance") == 1.0
    assert value(got, "PHL", 2024, "assistance") == pytest.approx(0.75 + 1.0)
    assert value(got, "FJI", 2024, "assistance") == 0.5


def scores():
    return measures.normalised(
        measures.raw_scores(rows(), EXERCISES, PARTICIPANTS, None, range(2021, 2024))
    )


def test_each_submeasure_is_normalised_against_the_strongest_partner():
    got = scores()
    in_2023 = got[got["year"] == 2023].set_index("partner")
    assert in_2023.loc["USA", "commitments"] == 100.0
    assert in_2023.loc["AUS", "commitments"] == pytest.approx(70.0)  # 7 of the USA's 10
    assert in_2023["operations"].max() == 100.0
    assert (got[list(measures.SUBMEASURES)] <= 100).all().all()
    assert "JPN" not in set(got["partner"])


def test_composite_is_the_weighted_mean_and_weights_move_it():
    got = measures.composite(scores())
    usa = got[(got["partner"] == "USA") & (got["year"] == 2023)].iloc[0]
    expected = sum(measures.DEFAULT_WEIGHTS[k] * usa[k] for k in measures.SUBMEASURES)
    assert usa["index"] == pytest.approx(expected / sum(measures.DEFAULT_WEIGHTS.values()), 0.01)
    only_industry = {k: 0.0 for k in measures.SUBMEASURES} | {"industry": 1.0}
    flipped = measures.composite(scores(), only_industry)
    first = flipped[(flipped["year"] == 2023) & (flipped["rank"] == 1)]["partner"]
    assert set(first) == {"GBR", "ITA"}  # GCAP partners lead on industry alone, tied


def test_rank_ranges_are_reproducible_with_a_seed_and_contain_the_rank():
    s = scores()
    one = measures.rank_ranges(s, seed=7)
    assert one.equals(measures.rank_ranges(s, seed=7))
    ranked = measures.composite(s).merge(one, on=["partner", "year"])
    assert (ranked["best_rank"] <= ranked["rank"]).all()
    assert (ranked["rank"] <= ranked["worst_rank"]).all()
    wide = measures.rank_ranges(s, spread=0.9, seed=7)
    narrow = measures.rank_ranges(s, spread=0.0, seed=7)
    assert (narrow["best_rank"] == narrow["worst_rank"]).all()
    assert (wide["worst_rank"] - wide["best_rank"]).sum() >= 0


def test_headline_says_deepest_only_when_no_weighting_changes_it():
    table = pd.DataFrame(
        {
            "partner": ["USA", "AUS", "GBR", "USA", "AUS"],
            "year": [2025, 2025, 2025, 2026, 2026],
            "rank": [1, 2, 3, 1, 2],
            "best_rank": [1, 2, 2, 1, 1],
            "worst_rank": [1, 3, 3, 2, 2],
        }
    )
    sure = measures.headline(table, 2025)
    assert "deepest partnership on record is with the United States" in sure
    assert "Australia (rank 2–3)" in sure
    tied = measures.headline(table, 2026)
    assert "deepest" not in tied and "tied" in tied
    assert "the United States and Australia" in tied
