"""The analysis helpers the views lean on: id look-ups, dates at their precision, source lines
and each record's sources, the map's frames, and columns added beside the rows given."""

import numpy as np
import pandas as pd
import pytest

from kizuna.analysis.common import among, date_text, when_text
from kizuna.analysis.sources import short_publisher, sources_phrase

IDS = pd.Series(["EX-1", "EX-2", None, "EX-3"], index=[10, 11, 12, 13], dtype="str")


@pytest.mark.parametrize(
    "wanted",
    [
        ["EX-1"],
        [None],
        pd.Series(["EX-3", "EX-1"], dtype="str"),
        pd.Index(["EX-2"]),
        {"EX-2", "EX-9"},
        set(),
        [1, 2],
        pd.Series(["EX-1"], dtype=object),
    ],
    ids=["list", "missing", "arrow series", "index", "set", "empty", "numbers", "objects"],
)
def test_among_finds_what_isin_finds(wanted):
    found = among(IDS, wanted)
    assert found.equals(IDS.isin(wanted))
    assert list(found.index) == [10, 11, 12, 13]


def test_among_finds_ids_among_many():
    many = pd.Series([f"EX-{i}" for i in range(5000)], dtype="str")
    assert among(IDS, many).tolist() == [True, True, False, True]


def test_dates_are_written_at_their_precision_like_one_at_a_time():
    dates = pd.Series(
        pd.to_datetime(["2020-03-05", None, "2021-01-01", "2022-02-01", "2020-03-05"])
    )
    for precisions in (
        ["day", "year", "year", "month", "year"],
        [None, "day", None, "unknown", "day"],
    ):
        column = pd.Series(precisions, dtype="str")
        expected = [date_text(d, p) for d, p in zip(dates, column, strict=True)]
        assert when_text(dates, column) == expected
    assert when_text(dates, pd.Series(["day", "year", "year", "month", "year"])) == [
        "05 Mar 2020",
        "",
        "2021",
        "Feb 2022",
        "2020",
    ]


def test_the_source_line_names_the_most_cited_publishers_by_short_name():
    cited = pd.DataFrame(
        {
            "publisher": [
                "Reuters",
                "Ministry of Defense of Japan",
                "Japan Ministry of Defense",
                "Reuters",
                "Kyodo",
                "Reuters",
                "Kyodo",
                "The Diplomat",
            ]
        },
        dtype="str",
    )
    plain = cited["publisher"].map(short_publisher).value_counts().index.tolist()
    assert plain[:2] == ["Reuters", "MOD Japan"]
    assert sources_phrase(cited, 6) == (
        f"Sources: {', '.join(plain[:3])} and {len(plain) - 3} others; 6 records"
    )


@pytest.mark.parametrize("table", ["agreements", "exercises"])
@pytest.mark.parametrize("seed", [1, 2])
def test_a_records_summary_lists_each_publisher_and_address_once_in_the_order_cited(
    data, table, seed
):
    from kizuna.analysis import sources

    cited = sources.joined_citations(table, data["citations"], data["sources"])
    cited = cited.sample(frac=1, random_state=seed)  # the order kept is the rows'
    publishers = cited.dropna(subset=["publisher"]).drop_duplicates(["record_id", "publisher"])
    addresses = cited.dropna(subset=["url"]).drop_duplicates(["record_id", "url"])
    one_at_a_time = pd.DataFrame(
        {
            "sources": publishers.groupby("record_id")["publisher"].agg("; ".join),
            "source_ids": cited.groupby("record_id")["source_id"].agg("; ".join),
            "source_urls": addresses.groupby("record_id")["url"].agg(" ".join),
        }
    )
    pd.testing.assert_frame_equal(sources._summed(cited), one_at_a_time)


@pytest.mark.parametrize(
    "table, key",
    [
        ("agreements", "agreement_id"),
        ("exercises", "exercise_id"),
        ("claims", "claim_id"),
        ("milestones", "milestone_id"),
        ("events", "event_id"),
        ("assistance", "assistance_id"),
    ],
)
def test_every_row_gets_its_records_sources_whatever_the_rows(data, table, key):
    """Repeated, uncited and missing ids: each row reads its record's summary, or nothing."""
    from kizuna.analysis import sources

    cite = sources.cite(data["citations"], data["sources"])
    rows = data[table]
    frame = pd.concat([rows.iloc[::3], rows.iloc[:2]], ignore_index=True)
    frame = pd.concat(
        [frame, frame.head(1).assign(**{key: "not-cited"}), frame.head(1).assign(**{key: None})],
        ignore_index=True,
    )
    got = sources.citation_summary(table, frame, key, cite)
    assert len(got) == len(frame) and list(got[key]) == list(frame[key])
    assert got["sources"].iloc[-2:].isna().all()
    assert got["sources"].iloc[:-2].notna().all()
    one = got.iloc[0]
    mine = sources.originals_first(data["citations"], data["sources"])
    mine = mine[(mine["table"] == table) & (mine["record_id"] == one[key])]
    assert one["source_ids"] == "; ".join(mine["source_id"])


def test_the_map_alone_is_the_exercises_pages_map(data):
    """The dossier's map (map_only) is the Exercises page's map, without the page's other
    frames."""
    from kizuna import analysis

    exercises, participants = data["exercises"], data["exercise_participants"]

    def frames(**more):
        return analysis.exercise_frames(
            exercises, participants, ("USA",), (2000, 2026), rows=25, **more
        )

    page, alone = frames(map_points_max=40), frames(map_points_max=40, map_only=True)
    assert set(page) - set(alone) == {"per_domain", "per_partner", "longest"}
    assert len(alone["cells"]) and len(alone["arcs"])
    for name in alone:
        pd.testing.assert_frame_equal(alone[name], page[name], obj=name)


def test_agreement_dates_are_added_beside_the_rows_given_not_to_a_copy(data):
    """Copy-on-write: a frame that gains a column shares every other column with the one it
    came from."""
    from kizuna import analysis

    agreements = data["agreements"]
    dated = analysis.agreement_dates(agreements)
    assert np.shares_memory(dated["in_force"].to_numpy(), agreements["in_force"].to_numpy())
