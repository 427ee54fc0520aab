"""Rules of the composite index that mutation testing (`make mutants`) showed no test pinned."""

import pandas as pd
from measure_frames import (
    EXERCISES,
    PARTICIPANTS,
    agreements,
    rows,
    scores,
    value,
)

from kizuna import analysis, measures


def one_partner(*rows, partner="AUS"):
    """Agreement rows of one partner: rows as for agreements()."""
    frame = agreements(*rows)
    return analysis.agreements_with_partners(
        frame, pd.DataFrame({"agreement_id": frame["agreement_id"], "country": partner})
    )


def test_an_instrument_ended_during_a_year_is_not_live_at_its_end():
    got = measures.commitments(
        one_partner(("isa", "information security", "2010-01-01", None, "2019-06-30", *[None] * 3)),
        range(2009, 2021),
    )
    years = dict(zip(got["year"], got["commitments"], strict=True))
    assert years == {y: 1.0 for y in range(2010, 2019)}  # live at the end of 2010 ... 2018


def test_an_instrument_ended_on_new_years_eve_is_not_live_that_year():
    got = measures.commitments(
        one_partner(("isa", "information security", "2010-01-01", None, "2018-12-31", *[None] * 3)),
        range(2017, 2020),
    )
    assert list(got["year"]) == [2017]


def test_two_programmes_of_one_partner_count_twice():
    got = measures.industry(
        rows_of(
            ("gcap", "co-development programme", "2022-12-09", None, None, None, None, "GCAP"),
            ("sm3", "co-development programme", "2006-06-23", None, None, None, None, "SM-3"),
        ),
        range(2023, 2024),
    )
    assert value(got, "GBR", 2023, "industry") == 6.0


def rows_of(*rows):
    return one_partner(*rows, partner="GBR")


def test_a_chain_that_loops_still_ends():
    loop = agreements(
        ("a", "information security", "2010-01-01", None, None, "b", None, None),
        ("b", "information security", "2012-01-01", None, None, "a", None, None),
    )
    assert measures.chain_keys(loop).to_dict() == {"a": "a", "b": "b"}  # bad data, no hang


def test_a_submeasure_with_nothing_on_record_is_empty_with_its_columns():
    nothing = one_partner(("raa", "reciprocal access", "2022-01-06", None, None, *[None] * 3))
    for name, got in [
        ("industry", measures.industry(nothing, range(2022, 2024))),
        ("dialogue", measures.dialogue(nothing, range(2022, 2024))),
        ("operations", measures.operations(EXERCISES, PARTICIPANTS, range(2000, 2002))),
        (
            "operations",
            measures.operations(EXERCISES, PARTICIPANTS.assign(role="observer"), range(2021, 2027)),
        ),
        ("assistance", measures.assistance(None, range(2022, 2024))),
    ]:
        assert got.empty and list(got.columns) == ["partner", "year", name]
    undated = pd.DataFrame(
        {
            "recipient": ["PHL"],
            "programme": ["capacity building"],
            "notes_exchanged": pd.to_datetime([None]),
            "delivered": pd.to_datetime([None]),
            "fiscal_year": pd.array([None], dtype="Int64"),
        }
    )
    never = measures.assistance(undated, range(2022, 2024))
    assert never.empty and list(never.columns) == ["partner", "year", "assistance"]
    early = measures.commitments(nothing, range(2000, 2002))
    assert early.empty and list(early.columns) == ["partner", "year", "commitments"]


def test_assistance_dated_by_delivery_when_no_exchange_of_notes():
    grants = pd.DataFrame(
        {
            "recipient": ["PHL", "PHL"],
            "programme": ["equipment transfer", "capacity building"],
            "notes_exchanged": pd.to_datetime([None, None]),
            "delivered": pd.to_datetime(["2022-05-01", None]),
            "fiscal_year": pd.array([2019, None], dtype="Int64"),
        }
    )
    got = measures.assistance(grants, range(2019, 2024))
    assert value(got, "PHL", 2019, "assistance") == 0.0  # delivered 2022, not fiscal 2019
    assert value(got, "PHL", 2022, "assistance") == 1.0
    assert value(got, "PHL", 2023, "assistance") == 0.75


def test_raw_scores_fill_missing_submeasures_with_zero():
    grants = pd.DataFrame(
        {
            "recipient": ["PHL"],
            "programme": ["Official Security Assistance"],
            "notes_exchanged": pd.to_datetime(["2023-11-03"]),
            "delivered": pd.to_datetime([None]),
            "fiscal_year": pd.array([2023], dtype="Int64"),
        }
    )
    raw = measures.raw_scores(rows(), None, None, grants, range(2022, 2024))
    assert list(raw.columns) == ["partner", "year", *measures.SUBMEASURES]
    assert raw["year"].dtype.kind == "i"
    assert raw[list(measures.SUBMEASURES)].dtypes.map(lambda d: d.kind).eq("f").all()
    assert list(zip(raw["year"], raw["partner"], strict=True)) == [
        (2022, "AUS"),
        (2022, "GBR"),
        (2022, "ITA"),
        (2022, "USA"),
        (2023, "AUS"),
        (2023, "GBR"),
        (2023, "ITA"),
        (2023, "PHL"),
        (2023, "USA"),
    ]
    assert list(raw.index) == list(range(9))
    phl = raw[raw["year"] == 2023].set_index("partner").loc["PHL"]
    assert phl.to_dict() == {
        "year": 2023,
        "commitments": 0.0,
        "operations": 0.0,  # no exercises given: nobody scores
        "industry": 0.0,
        "assistance": 1.0,
        "dialogue": 0.0,
    }
    only_exercises = measures.raw_scores(rows(), EXERCISES, None, None, range(2023, 2024))
    assert (only_exercises["operations"] == 0.0).all()


def test_normalised_scores_a_small_leader_100_and_an_empty_submeasure_0():
    raw = pd.DataFrame(
        {
            "partner": ["FJI", "PHL"],
            "year": [2024, 2024],
            "commitments": [0.0, 0.0],
            "operations": [0.0, 0.0],
            "industry": [0.0, 0.0],
            "assistance": [0.25, 0.5],
            "dialogue": [0.0, 0.0],
        }
    )
    got = measures.normalised(raw).set_index("partner")
    assert got.loc["PHL", "assistance"] == 100.0 and got.loc["FJI", "assistance"] == 50.0
    assert (got[["commitments", "operations", "industry", "dialogue"]] == 0.0).all().all()


def normalised_scores(**by_partner):
    """{partner: {submeasure: score}} for one year, 2024; missing scores are 0."""
    return pd.DataFrame(
        [
            {"partner": p, "year": 2024, **{k: s.get(k, 0.0) for k in measures.SUBMEASURES}}
            for p, s in by_partner.items()
        ]
    )


def test_composite_rounds_to_one_decimal_and_normalises_any_weights():
    scores = normalised_scores(AUS={"commitments": 41.1333})
    assert measures.composite(scores).loc[0, "index"] == 12.3  # 0.30 × 41.13 = 12.34
    doubled = {k: 2 * w for k, w in measures.DEFAULT_WEIGHTS.items()}
    assert measures.composite(scores, doubled).loc[0, "index"] == 12.3
    both = normalised_scores(AUS={"commitments": 100.0, "industry": 50.0})
    assert measures.composite(both).loc[0, "index"] == 37.5  # 30 + 7.5


def test_composite_with_every_weight_zero_scores_nobody():
    scores = normalised_scores(AUS={"commitments": 100.0}, GBR={"industry": 50.0})
    got = measures.composite(scores, {k: 0.0 for k in measures.SUBMEASURES})
    assert list(got["index"]) == [0.0, 0.0]
    assert list(got["rank"]) == [1, 1]


def test_composite_ranks_ties_together_and_counts_those_above():
    scores = normalised_scores(
        FRA={"operations": 10.0},
        USA={"commitments": 50.0, "operations": 50.0},
        GBR={"operations": 100.0},
        AUS={"commitments": 100.0},
    )
    got = measures.composite(scores)
    assert list(zip(got["partner"], got["rank"], strict=True)) == [
        ("AUS", 1),
        ("GBR", 1),
        ("USA", 1),
        ("FRA", 4),
    ]
    assert got["rank"].dtype.kind == "i"
    assert list(got.index) == [0, 1, 2, 3]


def test_rank_ranges_follow_the_spread_of_the_weights():
    # AUS leads on commitments (0.30), GBR on industry (0.15): GBR can come first only when its
    # weight is drawn more than twice the other's, which ±50% allows (1.5 / 0.5 = 3 > 2).
    scores = normalised_scores(AUS={"commitments": 100.0}, GBR={"industry": 100.0})
    ranges = measures.rank_ranges(scores).set_index("partner")
    assert ranges.loc["GBR", ["best_rank", "worst_rank"]].tolist() == [1, 2]
    assert ranges.loc["AUS", ["best_rank", "worst_rank"]].tolist() == [1, 2]
    # ±30% does not: at most 1.3 / 0.7 < 2
    narrow = measures.rank_ranges(scores, spread=0.3).set_index("partner")
    assert narrow.loc["GBR", ["best_rank", "worst_rank"]].tolist() == [2, 2]
    # weights given are perturbed, not the defaults: with industry heavy GBR is always first
    heavy = measures.rank_ranges(scores, {"industry": 1.0}).set_index("partner")
    assert heavy.loc["GBR", ["best_rank", "worst_rank"]].tolist() == [1, 1]


def test_rank_ranges_do_not_split_a_tie_and_do_not_merge_near_neighbours():
    scores = normalised_scores(AUS={"commitments": 100.0}, GBR={"commitments": 99.0})
    ranges = measures.rank_ranges(scores).set_index("partner")
    assert ranges.loc["GBR", ["best_rank", "worst_rank"]].tolist() == [2, 2]
    tied = measures.rank_ranges(normalised_scores(AUS={"dialogue": 80.0}, GBR={"dialogue": 80.0}))
    assert tied[["best_rank", "worst_rank"]].to_numpy().tolist() == [[1, 1], [1, 1]]


def test_rank_ranges_one_row_per_partner_and_year_in_year_order():
    s = scores()
    later_first = s.sort_values("year", ascending=False)
    got = measures.rank_ranges(later_first)
    assert len(got) == len(s)
    assert list(got["year"]) == sorted(got["year"])
    assert list(got.columns) == ["partner", "year", "best_rank", "worst_rank"]


def test_a_2_2_round_adds_for_five_years_and_each_round_of_a_year_counts():
    two_in_2007 = one_partner(
        ("r1", "2+2 dialogue", "2007-03-01", *[None] * 5),
        ("r2", "2+2 dialogue", "2007-10-01", *[None] * 5),
    )
    got = measures.dialogue(two_in_2007, range(2007, 2013))
    years = dict(zip(got["year"], got["dialogue"], strict=True))
    # the mechanism (2) from 2007; each of the two rounds adds 0.5 in 2007 ... 2011
    assert years == {2007: 3.0, 2008: 3.0, 2009: 3.0, 2010: 3.0, 2011: 3.0, 2012: 2.0}


def test_no_years_no_rows():
    frame = pd.DataFrame({"partner": ["AUS"], "first": [2010.0], "last": [2020.0]})
    spread = measures._spread(frame, "first", "last", range(2015, 2015))
    assert spread.empty and "year" in spread
    assert measures._spread(frame, "first", "last", range(2015, 2017))["year"].dtype == "int64"
    assert measures.dialogue(rows(), range(2020, 2020)).empty


def test_the_seed_decides_the_draws():
    """Two partners level under the default weights, each first on one sub-measure: a single
    draw ranks one of them first, by whichever of the two weights it drew higher."""
    level = pd.DataFrame(
        {
            "partner": ["AUS", "GBR"],
            "year": [2024, 2024],
            **{k: [0.0, 0.0] for k in measures.SUBMEASURES},
        }
    ).assign(commitments=[100.0, 0.0], operations=[0.0, 100.0])

    def firsts():
        return [
            measures.rank_ranges(level, draws=1, seed=k).set_index("partner").at["AUS", "best_rank"]
            for k in range(24)
        ]

    drawn = firsts()
    assert drawn == firsts()  # the same seeds, the same draws
    assert set(drawn) == {1, 2}  # and the seed decides which partner a draw puts first
