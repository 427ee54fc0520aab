"""Rules of the agreement functions in kizuna.analysis that mutation testing (`make mutants`)
showed no test pinned.

Each test builds a frame small enough to work by hand and states what an analyst would expect:
which rows are kept, in which order, under which column names, with a fresh 0..n-1 index.
"""

import pandas as pd

from kizuna import analysis, schema
from kizuna.state import Filters

from support import agreement_table, fresh_index, parties


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
