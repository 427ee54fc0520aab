"""The shipped dataset: valid, every row sourced, every article statement carried."""

import re

import pandas as pd
import pytest

from kizuna import geo
from kizuna.load import load
from kizuna.schema import CITED_TABLES, TABLES

from support import ROOT

ARTICLE = ROOT.parent / "shared" / "source-article.txt"


@pytest.fixture(scope="module")
def data():
    return load(ROOT / "data")


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
