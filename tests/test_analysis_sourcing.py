"""How well the record is sourced, and in Japanese, on frames worked by hand."""

from __future__ import annotations

import pandas as pd

from kizuna.analysis import sources

SOURCES = pd.DataFrame(
    {
        "source_id": ["mofa", "news", "mirror", "blog"],
        "kind": ["official", "news", "reproduction", "reproduction"],
    }
)
CITATIONS = pd.DataFrame(
    {
        "table": ["agreements"] * 4 + ["exercises"] * 4 + ["claims"],
        "record_id": ["a1", "a1", "a2", "a3", "x1", "x2", "x2", "x3", "c1"],
        "source_id": ["mirror", "mofa", "news", "mirror", "blog", "mirror", "blog", "mofa", "news"],
    }
)


def test_sourcing_counts_records_with_an_official_text_and_those_on_mirrors_alone():
    got = sources.sourcing(CITATIONS, SOURCES).set_index("table")
    assert got.index.tolist() == ["agreements", "exercises", "claims", "all records"]
    assert got.loc["agreements"].tolist() == [3, 1, 1]  # a1 official; a3 on a mirror alone
    assert got.loc["exercises"].tolist() == [3, 1, 2]  # x1 and x2 on reproductions alone
    assert got.loc["claims"].tolist() == [1, 0, 0]
    assert got.loc["all records"].tolist() == [7, 2, 3]
    assert list(got.columns) == ["records", "official", "mirror_only"]


AGREEMENTS = pd.DataFrame(
    {
        "agreement_id": ["t1", "t2", "d1", "d2", "d3", "s1", "o1"],
        "type": [
            "acquisition and cross-servicing",
            "reciprocal access",
            "2+2 dialogue",
            "2+2 dialogue",
            "2+2 dialogue",
            "strategic partnership / joint statement",
            "joint research",
        ],
    }
)
SERIES = pd.DataFrame({"series_id": ["S1", "S2", "S3"]})
TITLES = pd.DataFrame(
    {
        "table": ["agreements", "agreements", "agreements", "series", "agreements"],
        "record_id": ["t1", "d2", "o1", "S3", "S1"],
        "title_ja": ["日伊ACSA", "第1回2+2", "共同研究", "演習", "not an agreement"],
    }
)


def test_japanese_titles_are_read_per_table():
    assert sources.japanese_titles(TITLES, "series") == {"S3": "演習"}
    assert sources.japanese_titles(TITLES, "agreements") == {
        "t1": "日伊ACSA",
        "d2": "第1回2+2",
        "o1": "共同研究",
        "S1": "not an agreement",
    }


def test_the_japanese_share_counts_each_kind_of_record_and_those_titled():
    got = sources.japanese_share(AGREEMENTS, SERIES, TITLES)
    assert got.to_dict("records") == [
        {"kind": "Treaty-level instruments", "records": 2, "with_japanese_title": 1},
        {"kind": "2+2 rounds", "records": 3, "with_japanese_title": 1},
        {"kind": "Statements and partnerships", "records": 1, "with_japanese_title": 0},
        {"kind": "Exercise series", "records": 3, "with_japanese_title": 1},
    ]
