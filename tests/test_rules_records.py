"""Rules of the claim, assistance, event and source functions in kizuna.analysis that
mutation testing (`make mutants`) showed no test pinned.

Each test builds a frame small enough to work by hand and states what an analyst would expect:
which rows are kept, in which order, under which column names, with a fresh 0..n-1 index.
"""

import pandas as pd
import pytest

from kizuna import analysis, schema
from kizuna.schema import Field, Table
from kizuna.state import Filters

from support import D, fresh_index


def assistance_table():
    return pd.DataFrame(
        {
            "assistance_id": ["a1", "a2", "a3", "a4", "a5"],
            "recipient": ["PHL", "PHL", "FJI", "MYS", "BGD"],
            "notes_exchanged": D("2023-11-03", None, None, "2019-12-01", None),
            "delivered": D(None, "2024-05-01", None, "2025-01-01", None),
            "fiscal_year": pd.array([2022, 2021, 2024, 2023, None], dtype="Int64"),
        }
    )


def test_assistance_is_dated_by_notes_else_delivery_else_fiscal_year():
    got = analysis.filter_assistance(assistance_table(), Filters(years=(2023, 2024)))
    # a1: notes 2023; a2: delivered 2024 (fiscal 2021); a3: fiscal 2024; a4: notes 2019
    assert list(got["assistance_id"]) == ["a3", "a2", "a1"]  # by recipient, then fiscal year
    assert fresh_index(got) and "index" not in got
    only = analysis.filter_assistance(
        assistance_table(), Filters(partners=("PHL",), years=(2019, 2025))
    )
    assert list(only["assistance_id"]) == ["a2", "a1"]
    assert analysis.filter_assistance(assistance_table(), Filters(years=(2020, 2022))).empty


CLAIMS = pd.DataFrame(
    {
        "claim_id": ["c1", "c2", "c3", "c4"],
        "subject": ["CHN", "CHN", "CHN", "JPN"],
        "domain": ["hypersonics", "hypersonics", "aero-engines", "aircraft"],
        "assessment": ["corroborated", "contested", "contested", "plausible"],
        "claim_date": D("2021-10-01", "2023-10-19", "2022-03-01", "2022-12-09"),
    }
).iloc[::-1]


def test_filter_claims_by_domain_and_assessment_with_a_fresh_index():
    years = (1990, 2026)
    by_domain = analysis.filter_claims(CLAIMS, years, domains=["hypersonics"])
    assert list(by_domain["claim_id"]) == ["c1", "c2"]
    by_assessment = analysis.filter_claims(CLAIMS, years, assessments=["contested"])
    assert list(by_assessment["claim_id"]) == ["c3", "c2"]
    both = analysis.filter_claims(CLAIMS, years, domains=["hypersonics"], assessments=["contested"])
    assert list(both["claim_id"]) == ["c2"]
    assert fresh_index(by_domain) and "index" not in by_domain


def test_claim_tallies_have_a_fresh_index():
    tallies = analysis.claim_tallies(CLAIMS)
    assert list(tallies.columns) == ["subject", "domain", "assessment", "claims"]
    assert fresh_index(tallies)
    assert list(tallies["domain"]) == ["aero-engines", "hypersonics", "hypersonics", "aircraft"]


def test_evidence_for_a_claim_is_that_claims_evidence_only():
    evidence = pd.DataFrame(
        {
            "claim_id": ["c1", "c2", "c1", "c3"],
            "source_id": ["s1", "s1", "s2", "s3"],
            "stance": ["supports", "contradicts", "contradicts", "supports"],
            "quote": ["q1", "q2", "q3", "q4"],
        }
    )
    sources = pd.DataFrame(
        {
            "source_id": ["s1", "s2"],
            "title": ["T1", "T2"],
            "publisher": ["P1", "P2"],
            "published": D("2021-01-01", "2022-01-01"),
            "url": ["u1", "u2"],
        }
    )
    got = analysis.evidence_for("c1", evidence, sources)
    expected = pd.DataFrame(
        {
            "stance": ["supports", "contradicts"],
            "quote": ["q1", "q3"],
            "title": ["T1", "T2"],
            "publisher": ["P1", "P2"],
            "published": D("2021-01-01", "2022-01-01"),
            "url": ["u1", "u2"],
            "source_id": ["s1", "s2"],
        }
    )
    pd.testing.assert_frame_equal(got.reset_index(drop=True), expected, check_dtype=False)
    # a source missing from the table still shows the quote
    lone = analysis.evidence_for("c3", evidence, sources)
    assert list(lone["quote"]) == ["q4"] and lone["title"].isna().all()


def events_table(n=4):
    dates = pd.date_range("2000-01-01", periods=n, freq="YS")
    return pd.DataFrame(
        {
            "event_id": [f"e{i}" for i in range(n)],
            "title": [f"Event number {i} " + "x" * 60 for i in range(n)],
            "date": dates,
            "country": (["JPN", "AUS", "CHN", "USA"] * n)[:n],
        }
    )


def test_annotations_keep_japan_and_selected_partners_in_the_years():
    events = events_table(4)  # 2000 JPN, 2001 AUS, 2002 CHN, 2003 USA
    got = analysis.annotations(events, Filters(partners=("AUS",), years=(2000, 2002)))
    assert list(got["event_id"]) == ["e0", "e1"]
    assert list(got["label"]) == [t[:48] for t in events["title"][:2]]
    assert len(got["label"][0]) == 48
    assert fresh_index(got) and "index" not in got and "level_0" not in got
    everyone = analysis.annotations(events, Filters(years=(2001, 2003)))
    assert list(everyone["event_id"]) == ["e1", "e2", "e3"]


def test_annotations_keep_the_latest_events_a_chart_can_carry():
    n = analysis.MAX_EVENTS + 5
    events = events_table(n).iloc[::-1]
    got = analysis.annotations(events, Filters(years=(1990, 2100)))
    assert len(got) == analysis.MAX_EVENTS == 30
    assert list(got["event_id"]) == [f"e{i}" for i in range(5, n)]  # oldest first


def test_no_events_is_an_empty_frame_with_the_columns_charts_read():
    empty = analysis.no_events()
    assert empty.empty
    assert list(empty.columns) == ["event_id", "title", "date", "label"]
    assert pd.api.types.is_datetime64_any_dtype(empty["date"])


# ---- sources -------------------------------------------------------------------------------


CITATIONS = pd.DataFrame(
    {
        "table": ["exercises", "exercises", "exercises", "agreements", "exercises"],
        "record_id": ["a", "b", "b", "a", "c"],
        "source_id": ["s1", "s2", "s3", "s4", "s9"],
    }
)
SOURCES = pd.DataFrame(
    {
        "source_id": ["s1", "s2", "s3", "s4"],
        "title": ["Exercise Bushido Guardian", "Komatsu", "Pitch Black", "RAA signed"],
        "publisher": ["MOD Japan", "Reuters", "MOD Japan", "MOFA"],
        "url": ["u1", "u2", "u3", "u4"],
        "kind": ["official", "news", "official", "official"],
        "accessed": D("2025-01-01", "2025-03-01", "2024-12-01", "2025-06-01"),
    }
)


def test_sources_for_takes_the_table_and_the_records_together():
    got = analysis.sources_for("exercises", ["a", "c"], analysis.cite(CITATIONS, SOURCES))
    # record a of agreements is another record; s9 is not in the sources table but is cited
    assert list(got["source_id"]) == ["s1", "s9"]
    assert got.loc[0, "publisher"] == "MOD Japan" and pd.isna(got.loc[1, "publisher"])
    assert list(got.index) == [0, 1] and "index" not in got.columns


@pytest.mark.parametrize(
    "name, short",
    [
        ("Ministry of Defense of Japan", "MOD Japan"),
        ("Ministry of Defense of Japan (text copy in GitHub repository)", "MOD Japan"),
        ("Reuters (via Yahoo)", "Reuters"),
        ("Reuters", "Reuters"),
        ("(untitled)", "(untitled)"),
    ],
)
def test_short_publisher(name, short):
    assert analysis.short_publisher(name) == short


@pytest.mark.parametrize(
    "publishers, phrase",
    [
        ([], "Sources: none; 7 records"),
        (["A", "B", "C"], "Sources: A, B, C; 7 records"),
        (["A", "B", "C", "D"], "Sources: A, B, C and 1 others; 7 records"),
        (["A", "B", "C", "D", "E"], "Sources: A, B, C and 2 others; 7 records"),
        (["A", "A", "B"], "Sources: A, B; 7 records"),  # most cited first
    ],
)
def test_sources_phrase(publishers, phrase):
    cited = pd.DataFrame({"publisher": pd.Series(publishers, dtype="object")})
    assert analysis.sources_phrase(cited, 7) == phrase


def test_citation_summary_joins_each_rows_publishers_ids_and_urls():
    frame = pd.DataFrame({"exercise_id": ["b", "a", "z"], "name": ["B", "A", "Z"]})
    extra = pd.DataFrame(
        {"table": "exercises", "record_id": ["b", "a", "a"], "source_id": ["s2", "s3", "s6"]}
    )
    citations = pd.concat([CITATIONS, extra])
    sources = pd.concat(
        [
            SOURCES,
            pd.DataFrame(
                {"source_id": ["s6"], "title": ["Copy"], "publisher": ["Reuters"], "url": ["u1"]}
            ),
        ]
    )
    got = analysis.citation_summary(
        "exercises", frame, "exercise_id", analysis.cite(citations, sources)
    )
    assert list(got.columns) == ["exercise_id", "name", "sources", "source_ids", "source_urls"]
    assert list(got["exercise_id"]) == ["b", "a", "z"]
    b, a, z = (got.iloc[i] for i in range(3))
    assert b["sources"] == "Reuters; MOD Japan"  # each publisher once
    assert b["source_ids"] == "s2; s3; s2"
    assert b["source_urls"] == "u2 u3"  # each address once
    # a: s1 and s3 are both MOD Japan's; s6 is Reuters' copy at s1's address
    assert a["sources"] == "MOD Japan; Reuters"
    assert (a["source_ids"], a["source_urls"]) == ("s1; s3; s6", "u1 u3")
    assert pd.isna(z["sources"]) and pd.isna(z["source_urls"])


def test_search_sources_by_kind_and_words_in_title_or_publisher_any_case():
    sources = pd.concat(
        [
            SOURCES,
            pd.DataFrame(
                {
                    "source_id": ["s5"],
                    "title": [None],
                    "publisher": ["U.S. Department of Defense (DoD)"],
                    "url": ["u5"],
                    "kind": ["official"],
                    "accessed": D("2025-01-01"),
                }
            ),
        ],
        ignore_index=True,
    )
    search = analysis.search_sources
    assert list(search(sources, query="pitch")["source_id"]) == ["s3"]
    assert list(search(sources, query="REUTERS")["source_id"]) == ["s2"]
    assert list(search(sources, query="mod japan")["source_id"]) == ["s1", "s3"]
    assert list(search(sources, query="(DoD)")["source_id"]) == ["s5"]  # not a pattern
    assert list(search(sources, query="u.s.")["source_id"]) == ["s5"]
    assert list(search(sources, query=".")["source_id"]) == ["s5"]  # a full stop, not any letter
    assert list(search(sources, query="Pitch|Komatsu")["source_id"]) == []
    assert list(search(sources, query="Guardian MOD")["source_id"]) == ["s1"]
    news = search(sources, kinds=["news"])
    assert list(news["source_id"]) == ["s2"] and fresh_index(news)
    found = search(sources, kinds=["official"], query="japan")
    assert list(found["source_id"]) == ["s1", "s3"] and fresh_index(found)
    everything = search(sources)
    assert list(everything["source_id"]) == ["s1", "s2", "s3", "s4", "s5"]
    assert list(everything.columns) == list(sources.columns)
    assert "index" not in news and "index" not in found


def test_last_updated_names_every_table_its_rows_and_latest_source_read():
    tables = {
        "citations": CITATIONS,
        "sources": SOURCES,
        "exercises": pd.DataFrame({"exercise_id": ["a", "b", "c"]}),
        "claims": pd.DataFrame({"claim_id": ["c1"]}),
    }
    got = analysis.last_updated(tables)
    assert list(got.columns) == ["table", "rows", "sources last read", "status"]
    assert list(got["table"]) == list(schema.TABLES)
    by = got.set_index("table")
    assert by.loc["exercises"].tolist() == [3, "2025-03-01", "loaded"]
    assert by.loc["claims", "rows"] == 1 and pd.isna(by.loc["claims", "sources last read"])
    assert by.loc["sources", "status"] == "loaded" and by.loc["sources", "rows"] == 4
    assert pd.isna(by.loc["agreements", "rows"])
    assert by.loc["agreements", "status"] == "not loaded: see errors"
    assert pd.isna(by.loc["agreements", "sources last read"])
    no_sources = analysis.last_updated({"exercises": tables["exercises"]}).set_index("table")
    assert pd.isna(no_sources.loc["exercises", "sources last read"])


def test_dictionary_lists_each_field_with_its_rules():
    table = Table(
        "demo",
        "A demo table.",
        (
            Field("demo_id", "id", "Unique id.", required=True),
            Field("kind", "enum", "Kind.", choices=("a", "b")),
            Field("source_id", "ref", "The source.", refers_to="sources.source_id"),
        ),
    )
    got = analysis.dictionary(table)
    expected = pd.DataFrame(
        [
            ("demo_id", "id", "yes", "", "Unique id."),
            ("kind", "enum", "", "a, b", "Kind."),
            ("source_id", "ref", "", "sources.source_id", "The source."),
        ],
        columns=["column", "kind", "required", "allowed values / refers to", "meaning"],
    )
    pd.testing.assert_frame_equal(got, expected)


def test_a_source_with_a_blank_field_still_gives_its_publisher_and_address():
    untitled = SOURCES.assign(title=SOURCES["title"].where(SOURCES["source_id"] != "s1"))
    frame = pd.DataFrame({"exercise_id": ["a"]})
    got = analysis.citation_summary(
        "exercises", frame, "exercise_id", analysis.cite(CITATIONS, untitled)
    )
    assert (got.loc[0, "sources"], got.loc[0, "source_urls"]) == ("MOD Japan", "u1")
