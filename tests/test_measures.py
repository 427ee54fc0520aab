"""The composite partnership index on frames small enough to work every number by hand."""

import pandas as pd
import pytest
from measure_frames import (
    AGREEMENTS,
    EXERCISES,
    PARTICIPANTS,
    rows,
    scores,
    value,
)

from kizuna import measures


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


GRANTS = pd.DataFrame(
    {
        "recipient": ["PHL"],
        "programme": ["Official Security Assistance"],
        "notes_exchanged": pd.to_datetime(["2023-11-03"]),
        "delivered": pd.to_datetime([None]),
        "fiscal_year": pd.array([2023], dtype="Int64"),
    }
)


def index(exercises, participants, grants, years, weights=None, ranged_years=None):
    """The index as the views build it: raw points, normalised, then the index and ranges."""
    raw = measures.raw_scores(rows(), exercises, participants, grants, years)
    return measures.index_from(measures.normalised(raw), weights, ranged_years)


def test_the_index_uses_every_record_and_the_weights_given():
    table = index(EXERCISES, PARTICIPANTS, GRANTS, range(2023, 2024))
    by = table.set_index("partner")
    assert by.loc["ITA", "operations"] == 100.0  # the port call of 2023
    assert by.loc["PHL", "assistance"] == 100.0
    industry = {k: 0.0 for k in measures.SUBMEASURES} | {"industry": 1.0}
    weighted = index(EXERCISES, PARTICIPANTS, GRANTS, range(2023, 2024), industry)
    weighted = weighted.set_index("partner")
    assert weighted.loc["ITA", "index"] == 100.0 and weighted.loc["USA", "index"] == 0.0
    # ranges drawn around the weights given: with industry alone, no draw lifts the USA (no
    # industry) above 4th of 5
    assert weighted.loc["USA", ["best_rank", "worst_rank"]].tolist() == [4, 4]


def test_the_index_ranges_only_the_years_asked():
    table = index(EXERCISES, PARTICIPANTS, None, range(2022, 2024), ranged_years=[2023])
    assert list(table.columns) == [
        "partner",
        "year",
        *measures.SUBMEASURES,
        "index",
        "rank",
        "best_rank",
        "worst_rank",
    ]
    in_2023 = table[table["year"] == 2023]
    assert in_2023["best_rank"].notna().all() and in_2023["worst_rank"].notna().all()
    assert table[table["year"] == 2022]["best_rank"].isna().all()
    assert list(table.index) == list(range(len(table)))
    assert list(zip(table["year"], table["rank"], strict=True)) == sorted(
        zip(table["year"], table["rank"], strict=True)
    )
    assert in_2023["rank"].min() == 1
    assert in_2023.set_index("partner").loc["USA", "commitments"] == 100.0
    every = index(EXERCISES, PARTICIPANTS, None, range(2022, 2024))
    assert every["best_rank"].notna().all()
    assert every.drop(columns=["best_rank", "worst_rank"]).equals(
        table.drop(columns=["best_rank", "worst_rank"])
    )


def test_the_index_with_nothing_on_record_in_the_years():
    # 1951 alone (the year slider allows it): nothing here is live before the 1960 treaty
    table = index(None, None, None, range(1951, 1952))
    assert table.empty
    assert {"index", "rank", "best_rank", "worst_rank"} <= set(table.columns)
    assert measures.headline(table, 1951) == "No partnership is on record in 1951."


INDEX = pd.DataFrame(
    {
        "partner": ["USA", "AUS", "GBR", "PHL"],
        "year": [2025] * 4,
        "rank": [1, 2, 3, 4],
        "best_rank": [1, 2, 2, 4],
        "worst_rank": [1, 3, 3, 4],
    }
)


def test_headline_names_the_two_runners_up_only():
    assert measures.headline(INDEX, 2025) == (
        "In 2025, Japan's deepest partnership on record is with the United States: first under "
        "all 400 weightings tried; next come Australia (rank 2–3) and the United Kingdom "
        "(rank 2–3)."
    )
    alone = INDEX.head(1)
    assert measures.headline(alone, 2025) == (
        "In 2025, Japan's deepest partnership on record is with the United States: first under "
        "all 400 weightings tried."
    )
    assert measures.headline(INDEX, 2019) == "No partnership is on record in 2019."


def test_headline_with_partners_says_where_each_stands():
    got = measures.headline(INDEX, 2025, partners=("PHL", "AUS", "FRA"))
    assert got == (
        "In 2025, Philippines ranks 4th of 4 on the composite index (range 4); Australia ranks "
        "2nd of 4 on the composite index (range 2–3); France has no partnership on record. "
        + measures.headline(INDEX, 2025)
    )


def test_headline_calls_no_one_deepest_when_two_can_rank_first():
    shared = INDEX.assign(best_rank=[1, 1, 2, 4], worst_rank=[1, 2, 3, 4])
    assert measures.headline(shared, 2025) == (
        "In 2025, no partner is first under every weighting: the United States and Australia "
        "each rank first under some of the 400 weightings tried, so they are tied at the top."
    )
    unsure = INDEX.assign(worst_rank=[2, 3, 3, 4])
    assert "no partner is first under every weighting: the United States each" in (
        measures.headline(unsure, 2025)
    )


@pytest.mark.parametrize(
    "n, text",
    [
        (1, "1st"),
        (2, "2nd"),
        (3, "3rd"),
        (4, "4th"),
        (10, "10th"),
        (11, "11th"),
        (12, "12th"),
        (13, "13th"),
        (20, "20th"),
        (21, "21st"),
        (22, "22nd"),
        (23, "23rd"),
        (101, "101st"),
        (111, "111th"),
        (121, "121st"),
        (112, "112th"),
        (120, "120th"),
    ],
)
def test_ordinal(n, text):
    assert measures._ordinal(n) == text


def test_join_and_range():
    assert measures._join(["A"]) == "A"
    assert measures._join(["A", "B"]) == "A and B"
    assert measures._join(["A", "B", "C"]) == "A, B and C"
    row = pd.Series({"best_rank": 2, "worst_rank": 2})
    assert measures._range(row) == "2"
    assert measures._range(row.replace({2: 3}).combine_first(row).astype(int)) == "3"
    assert measures._range(pd.Series({"best_rank": 1, "worst_rank": 3})) == "1–3"


def test_weights_table_gives_each_weight_and_its_reason():
    got = measures.weights_table()
    assert list(got.columns) == ["sub-measure", "default weight", "why"]
    assert list(got["sub-measure"]) == list(measures.SUBMEASURES)
    assert list(got["default weight"]) == [0.30, 0.30, 0.15, 0.10, 0.15]
    assert got["why"].tolist() == [measures.WEIGHT_REASONS[k] for k in measures.SUBMEASURES]


def test_spread_gives_the_rows_of_a_cross_join_with_the_years_kept_in_span():
    frame = pd.DataFrame(
        {
            "partner": ["AUS", "GBR", "ITA", "IND", "AUS"],
            "first": [1995, 2003, 2012, 2030, 2008],
            "last": [2001, 9999, 2012, 2031, 2004],  # ongoing; one year; after; ended before
        }
    )
    years = range(2000, 2011)
    cross = frame.merge(pd.DataFrame({"year": list(years)}), how="cross")
    kept = (cross["year"] >= cross["first"]) & (cross["year"] <= cross["last"])
    spread = measures._spread(frame, "first", "last", years)
    pd.testing.assert_frame_equal(spread, cross[kept].reset_index(drop=True), check_dtype=False)


def test_decayed_points_are_each_events_points_aged_one_at_a_time():
    events = pd.DataFrame(
        {
            "partner": ["AUS", "AUS", "AUS", "GBR", "GBR"],
            "held": [2015, 2015, 2019, 2011, 2020],
            "points": [1.0, 0.5, 2.0, 1.0, 1.0],
        }
    )
    years = range(2012, 2022)
    got = measures._decayed(events, years, "operations").set_index(["partner", "year"])
    for (partner, year), row in got.iterrows():
        expected = sum(
            e.points * measures.DECAY ** (year - e.held)
            for e in events.itertuples()
            if e.partner == partner and 0 <= year - e.held < measures.RECENT_YEARS
        )
        assert row["operations"] == pytest.approx(expected)
    # every partner-year with a live event is there, and no other
    live = {
        (e.partner, y)
        for e in events.itertuples()
        for y in years
        if 0 <= y - e.held < measures.RECENT_YEARS
    }
    assert set(got.index) == live
