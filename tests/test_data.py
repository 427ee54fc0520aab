"""The shipped dataset: valid, every row sourced, every article statement carried."""

import re

import pandas as pd
import pytest

from kizuna import analysis, geo, measures
from kizuna.schema import CITED_TABLES, TABLES, TREATY_LEVEL_TYPES
from kizuna.state import YEAR_BOUNDS

from support import ROOT

ARTICLE = ROOT.parent / "shared" / "source-article.txt"


def test_shipped_data_has_no_problem(data):
    assert [str(p) for p in data.all_problems()] == []
    assert set(data.tables) == set(TABLES)


def test_every_record_cites_a_source_with_a_url(data):
    citations = data["citations"].merge(data["sources"], on="source_id", how="left")
    assert citations["url"].str.match(r"^https?://").all()
    for name in CITED_TABLES:
        key = TABLES[name].key
        cited = set(citations.loc[citations["table"] == name, "record_id"])
        missing = set(data[name][key]) - cited
        assert not missing, f"{name} without a source: {sorted(missing)[:5]}"


def test_every_date_carries_its_precision(data):
    for name, table in TABLES.items():
        for column in table.date_fields:
            precision = f"{column}_precision"
            if precision in data[name]:
                dated = data[name][column].notna()
                assert data[name].loc[dated, precision].notna().all(), (name, column)
                assert data[name].loc[~dated, precision].isna().all(), (name, column)


def test_every_article_statement_maps_to_existing_rows(data):
    article = data["source_article"]
    assert article["statement_id"].nunique() >= 25
    for row in article.itertuples():
        key = TABLES[row.table].key
        assert row.record_id in set(data[row.table][key]), (row.statement_id, row.record_id)


def _normalised(text: str) -> str:
    text = text.replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"')
    return re.sub(r"\s+", " ", text.replace("\u201d", '"')).strip()


@pytest.mark.skipif(not ARTICLE.exists(), reason="the shared article is not beside the repo")
def test_article_sentences_are_quoted_verbatim(data):
    article = _normalised(ARTICLE.read_text(encoding="utf-8"))
    for sentence in data["source_article"]["sentence"].unique():
        assert _normalised(sentence) in article, sentence


def test_exercise_coordinates_fall_in_the_host_country_unless_at_sea(data):
    exercises = data["exercises"]
    on_land = exercises[~exercises["at_sea"]]
    outside = [
        r.exercise_id
        for r in on_land.itertuples()
        if geo.inside_country(r.host, r.lat, r.lon) is False
    ]
    assert not outside
    assert on_land["host"].notna().all()


def test_the_dataset_reaches_beyond_the_article(data):
    assert len(data["agreements"]) >= 60
    assert len(data["exercises"]) >= 80
    assert len(data["claims"]) >= 40
    assert len(data["sources"]) >= 120
    partners = set(data["agreement_parties"]["country"]) - {"JPN"}
    assert {"USA", "AUS", "GBR", "FRA", "ITA", "DEU", "IND", "PHL"} <= partners


def test_article_facts_are_in_the_data(data):
    exercises = data["exercises"].set_index("exercise_id")
    assert exercises.at["EX-ITA-2023-MOROSINI", "start"] == pd.Timestamp(2023, 6, 21)
    assert exercises.at["EX-ITA-2023-KOMATSU", "location"].startswith("Komatsu")
    agreements = data["agreements"].set_index("agreement_id")
    assert agreements.at["AGR-GCAP", "signed"] == pd.Timestamp(2022, 12, 9)
    assert agreements.at["AGR-ITA-2023-STRATEGIC", "signed"] == pd.Timestamp(2023, 1, 10)


def test_every_official_roster_entry_is_matched_by_a_record_with_that_partner(data):
    rosters = data["rosters"]
    assert len(rosters) >= 40
    parties = {
        "agreements": data["agreement_parties"].groupby("agreement_id")["country"].agg(set),
        "assistance": data["assistance"].set_index("assistance_id")["recipient"].map(lambda c: {c}),
    }
    for row in rosters.itertuples():
        assert row.partner in parties[row.table].get(row.record_id, set()), (
            row.roster,
            row.listed_as,
            row.record_id,
        )


def test_exercises_cover_every_year_from_2011(data):
    years = set(data["exercises"]["start"].dt.year)
    assert set(range(2011, 2027)) <= years
    per_year = data["exercises"]["start"].dt.year.value_counts()
    assert (per_year.loc[2011:2025] >= 10).all(), per_year.sort_index().to_dict()


def test_treaty_level_agreements_mostly_carry_their_entry_into_force(data):
    treaty = data["agreements"][data["agreements"]["type"].isin(TREATY_LEVEL_TYPES)]
    # Signed within the last two years, or not yet signed: entry into force may not have come.
    # The goal is 90 %; reached: 40 of 47 (85 %). docs/data-notes.md lists the seven missing
    # ones and every route tried for them; this floor keeps what was found from slipping.
    settled = treaty[treaty["signed"] < pd.Timestamp(2025, 1, 1)]
    share = settled["in_force"].notna().mean()
    assert share >= 0.85, settled.loc[settled["in_force"].isna(), "agreement_id"].tolist()


def test_multilateral_attendees_are_not_counted_as_partners(data):
    roles = data["exercise_participants"].set_index(["exercise_id", "country"])["role"]
    for exercise, country in (("F-KOMODO-2023", "CHN"), ("F-KOMODO-2023", "RUS")):
        assert roles.loc[(exercise, country)] == "co-participant"


def test_index_face_validity(data):
    """What docs/index-method.md finds the literature supports: the US first in every year
    since 1960 under every weighting tried; the two partners called quasi-allies, Australia and
    the UK, second and third in the latest year."""
    rows = analysis.agreements_with_partners(data["agreements"], data["agreement_parties"])
    latest = YEAR_BOUNDS[1]
    raw = measures.raw_scores(
        rows,
        data["exercises"],
        data["exercise_participants"],
        data["assistance"],
        range(1960, latest + 1),
    )
    index = measures.index_from(measures.normalised(raw))
    first = index[index["rank"] == 1]
    assert set(first["partner"]) == {"USA"}
    assert set(first["year"]) == set(range(1960, latest + 1))
    assert (first["worst_rank"] == 1).all()
    now = index[index["year"] == latest].set_index("partner")
    assert {p for p in now.index if now.at[p, "rank"] in (2, 3)} == {"AUS", "GBR"}
