"""The brief's sentences (kizuna.brief._text) from dossiers written out by hand: each sentence
is checked word for word, citations included. The dossier here holds only the fields the
sentences read, and the citations name the record and how many of its sources are cited."""

from types import SimpleNamespace

import pandas as pd
import pytest

from kizuna.brief import _text
from kizuna.state import Filters

T91 = "Japan-Italy Agreement on the Transfer of Defence Equipment and Technology with its Annexes."
T91_SHORT = "Japan-Italy Agreement on the Transfer of Defence Equipment and Technology with its…"
G81 = "Coastal radar system for the Philippine Navy delivered by the Japanese Government"
G81_SHORT = "Coastal radar system for the Philippine Navy delivered by the Japanese…"


class Cite:
    """Stands in for the brief's Numbering: ' [table/record/limit]'."""

    def record(self, table, record_id, limit=2):
        return f" [{table}/{record_id}/{limit}]"


def chronology(*rows) -> pd.DataFrame:
    """rows: (table, kind, stage, what, when, record_id)."""
    return pd.DataFrame(rows, columns=["table", "kind", "stage", "what", "when", "record_id"])


def instruments(*rows) -> pd.DataFrame:
    """rows: (agreement_id, agreement, type, signed, in force, ended) as the matrix writes them."""
    columns = ["agreement_id", "agreement", "type", "signed", "in force", "ended"]
    return pd.DataFrame(rows, columns=columns)


def milestones(*rows) -> pd.DataFrame:
    """rows: (milestone_id, milestone, status, date, announced, restated later)."""
    columns = ["milestone_id", "milestone", "status", "date", "announced", "restated later"]
    return pd.DataFrame(rows, columns=columns)


def dossier(years, rows=None, level=None, rank=None, agreements=None, programmes=None):
    return SimpleNamespace(
        in_text="Italy",
        filters=Filters(("ITA",), years),
        level=level,
        level_id="A-ITA-SP" if level else None,
        rank=rank,
        chronology=rows if rows is not None else chronology(),
        agreements=agreements if agreements is not None else instruments(),
        programmes=programmes if programmes is not None else milestones(),
    )


FULL = dossier(
    (2020, 2024),
    level="Strategic Partnership, since 2023-01-10",
    rank={"year": 2024, "index": 54.14, "rank": 2, "best_rank": 2, "worst_rank": 3, "ranked": 43},
    rows=chronology(
        ("agreements", "agreement", "negotiations_opened", "ISA: opened", "2020", "a0"),
        ("agreements", "agreement", "signed", "ACSA: signed", "2020-03", "a1"),
        ("agreements", "agreement", "signed", f"{T91}: signed", "2021", "a2"),
        ("agreements", "2+2", "signed", "First 2+2: signed", "2021-05", "m1"),
        ("agreements", "agreement", "in_force", "ACSA: in force", "2021-06", "a1"),
        ("agreements", "agreement", "signed", "RAA: signed", "2022", "a3"),
        ("agreements", "statement", "signed", "Partnership: signed", "2023-01-10", "m2"),
        ("agreements", "2+2", "ended", "Old 2+2: ended", "2023-02", "m0"),
        ("agreements", "agreement", "signed", "ISA: signed", "2023-03", "a4"),
        ("agreements", "agreement", "signed", "GCAP: signed", "2023-12", "a5"),
        ("agreements", "2+2", "signed", f"{T91}: signed", "2024-01", "m3"),
        ("exercises", "exercise", "", "Nautilus (exercise, Tokyo Bay)", "2021-07", "x1"),
        ("exercises", "port call", "", "ITS Morosini (port call, Yokosuka)", "2023-06", "x2"),
        ("exercises", "exercise", "", "Pitch Black (exercise, Darwin)", "2024-07", "x3"),
        ("assistance", "assistance", "", G81, "2023", "g1"),
        ("events", "policy event", "", "A policy event", "2023", "e1"),
        ("claims", "capability assessment", "", "Cavour docks: corroborated", "2024", "c1"),
        ("claims", "capability assessment", "", "F-35s aboard: contested", "2024", "c2"),
        ("claims", "capability assessment", "", "Cavour sails: corroborated", "2024", "c3"),
        ("claims", "fact-check", "", "The article's date: false", "2023", "f1"),
    ),
    agreements=instruments(
        ("a3", "RAA", "reciprocal access", "2022", None, None),  # signed only: listed
        ("a6", T91, "information security", "2024-02", None, None),  # signed only: listed
        ("a5", "GCAP", "co-development programme", "2023-12", None, None),  # binds on signing
        ("a7", "Old ACSA", "acquisition and cross-servicing", "2010", None, "2015"),  # ended
        ("a1", "ACSA", "acquisition and cross-servicing", "2020-03", "2021-06", None),
        ("a8", "Unsigned", "reciprocal access", None, None, None),  # not signed
    ),
    programmes=milestones(
        ("p1", "First flight", "planned", "2027", "2023-05", ""),  # listed, with announced
        ("p2", T91, "planned", "2030", None, ""),  # listed: announced unknown
        ("p3", "Announced later", "planned", "2028", "2025", ""),  # announced after 2024
        ("p4", "Due in range", "planned", "2024", "2023", ""),  # not after the range
        ("p5", "Done", "achieved", "2026", "2023", ""),  # not planned
        ("p6", "Restated", "planned", "2026", "2022", "yes"),  # the restatement is listed
        ("p7", "Restatement", "planned", "2029", "2024-11", ""),  # announced in the last year
    ),
)


def test_every_sentence_of_a_full_dossier_word_for_word():
    assert _text.sentences(FULL, Cite()) == [
        "Relationship level on record: Strategic Partnership, since 2023-01-10"
        " [agreements/A-ITA-SP/2].",
        "On Kizuna's composite partnership index for 2024, Italy ranks 2 of 43 partners "
        "(54.1 of 100; rank 2 to 3 under other weightings).",
        # five signed, four listed (LISTED), the rest counted
        "Signed in 2020–2024: ACSA (2020-03) [agreements/a1/2]; "
        f"{T91_SHORT} (2021) [agreements/a2/2]; RAA (2022) [agreements/a3/2]; "
        "ISA (2023-03) [agreements/a4/2]; and 1 more.",
        "Came into force in 2020–2024: ACSA (2021-06) [agreements/a1/2].",
        # 2+2 rounds and statements signed (held), not ended; the latest is the last row
        "In 2020–2024, 2+2 meetings held: 2; partnership statements issued: 1; the latest, "
        f"{T91_SHORT} (2024-01) [agreements/m3/2].",
        "3 exercises, port calls and deployments with Italy as Japan's partner are on record "
        "for 2020–2024 (2 exercises, 1 port call): the first Nautilus (exercise, Tokyo Bay) "
        "(2021-07) [exercises/x1/1], the latest Pitch Black (exercise, Darwin) (2024-07) "
        "[exercises/x3/1].",
        f"Security assistance on record in 2020–2024: {G81_SHORT} (2023) [assistance/g1/2].",
        "Signed with no entry into force on record by the end of 2024: RAA (signed 2022) "
        f"[agreements/a3/2]; {T91_SHORT} (signed 2024-02) [agreements/a6/2].",
        "Planned targets on record after 2024: First flight (target 2027, announced 2023-05) "
        f"[milestones/p1/2]; {T91_SHORT} (target 2030) [milestones/p2/2]; Restatement "
        "(target 2029, announced 2024-11) [milestones/p7/2].",
        "3 capability assessments about Italy dated 2020–2024: 2 corroborated, 1 contested.",
        "1 fact-check of the source article about Italy dated 2020–2024: 1 false.",
    ]


def test_one_year_one_activity_and_the_same_rank_under_every_weighting():
    d = dossier(
        (2023, 2023),
        rank={"year": 2023, "index": 7.0, "rank": 5, "best_rank": 5, "worst_rank": 5, "ranked": 9},
        rows=chronology(
            ("exercises", "deployment", "", "Pacific Crown (deployment)", "2023-06", "x1"),
            ("agreements", "statement", "signed", "Joint statement: signed", "2023-01", "s1"),
            ("claims", "fact-check", "", "Claim one: true", "2023", "f1"),
            ("claims", "fact-check", "", "Claim two: true", "2023", "f2"),
        ),
    )
    assert _text.sentences(d, Cite()) == [
        "On Kizuna's composite partnership index for 2023, Italy ranks 5 of 9 partners "
        "(7.0 of 100; the same rank under every weighting tried).",
        "In 2023, partnership statements issued: 1; the latest, Joint statement (2023-01) "
        "[agreements/s1/2].",
        "1 exercise, port call or deployment with Italy as Japan's partner are on record for "
        "2023 (1 deployment): the first Pacific Crown (deployment) (2023-06) [exercises/x1/1].",
        "2 fact-checks of the source article about Italy dated 2023: 2 true.",
    ]


def test_rounds_alone_and_exactly_listed_instruments():
    d = dossier(
        (2019, 2020),
        rows=chronology(
            *[
                ("agreements", "agreement", "in_force", f"I{k}: in force", "2020", f"a{k}")
                for k in range(4)
            ],
            ("agreements", "2+2", "signed", "2+2: the first round: signed", "2019", "m1"),
        ),
    )
    assert _text.sentences(d, Cite()) == [
        "Came into force in 2019–2020: I0 (2020) [agreements/a0/2]; I1 (2020) "
        "[agreements/a1/2]; I2 (2020) [agreements/a2/2]; I3 (2020) [agreements/a3/2].",
        # a title may hold ": " itself; only the stage after the last one is cut
        "In 2019–2020, 2+2 meetings held: 1; the latest, 2+2: the first round (2019) "
        "[agreements/m1/2].",
    ]


def test_two_activities_the_first_and_the_latest_and_targets_dated_by_month():
    d = dossier(
        (2023, 2024),
        rows=chronology(
            ("exercises", "port call", "", "Morosini (port call)", "2023-06", "x1"),
            ("exercises", "port call", "", "Cavour (port call)", "2024-08", "x2"),
            (
                "claims",
                "capability assessment",
                "",
                "“Cavour: docks” (Adnkronos): plausible",
                "",
                "c1",
            ),
        ),
        programmes=milestones(
            ("p1", "Delivery", "planned", "2028-06", "2024-02-15", ""),
            ("p2", "Earlier", "planned", "2024-12", "2023", ""),  # within the range
        ),
    )
    assert _text.sentences(d, Cite()) == [
        "2 exercises, port calls and deployments with Italy as Japan's partner are on record "
        "for 2023–2024 (2 port calls): the first Morosini (port call) (2023-06) "
        "[exercises/x1/1], the latest Cavour (port call) (2024-08) [exercises/x2/1].",
        "Planned targets on record after 2024: Delivery (target 2028-06, announced "
        "2024-02-15) [milestones/p1/2].",
        "1 capability assessment about Italy dated 2023–2024: 1 plausible.",
    ]


@pytest.mark.parametrize(
    "level, rank, signed_only, said",
    [
        (None, None, False, ["No dated record about Italy falls within 2023–2024."]),
        ("Partner", None, False, ["level", "No dated record about Italy falls within 2023–2024."]),
        ("Partner", True, False, ["level", "rank", "No dated record about Italy falls within"]),
        ("Partner", True, True, ["level", "rank", "Signed with no entry into force"]),
    ],
    ids=["nothing", "a level", "a level and a rank", "three sentences"],
)
def test_with_no_dated_record_the_brief_says_so_after_at_most_two_sentences(
    level, rank, signed_only, said
):
    d = dossier(
        (2023, 2024),
        level=level,
        rank={"year": 2024, "index": 1.0, "rank": 9, "best_rank": 8, "worst_rank": 9, "ranked": 9}
        if rank
        else None,
        agreements=instruments(("a1", "RAA", "reciprocal access", "2022", None, None))
        if signed_only
        else None,
    )
    got = _text.sentences(d, Cite())
    assert len(got) == len(said)
    starts = {"level": "Relationship level on record: Partner", "rank": "On Kizuna's composite"}
    for sentence, start in zip(got, said, strict=True):
        assert sentence.startswith(starts.get(start, start)), sentence


def test_a_record_no_sentence_is_written_from_counts_only_beside_another_sentence():
    """A dated event writes no sentence of its own: alone, the brief says nothing falls within
    the years; beside the level, the level is said and the event keeps the dossier from
    being called empty."""
    d = dossier((2023, 2024), rows=chronology(("events", "policy event", "", "E", "2023", "e1")))
    assert _text.sentences(d, Cite()) == ["No dated record about Italy falls within 2023–2024."]
    with_level = dossier(
        (2023, 2024),
        level="Partner",
        rows=chronology(("events", "policy event", "", "E", "2023", "e1")),
    )
    assert _text.sentences(with_level, Cite()) == [
        "Relationship level on record: Partner [agreements/A-ITA-SP/2]."
    ]


def test_count_is_singular_for_one():
    assert _text.count(1, "exercise") == "1 exercise"
    assert _text.count(0, "exercise") == "0 exercises"
    assert _text.count(2, "exercise") == "2 exercises"
    assert _text.count(2, "fact-check", "fact-checks of the article") == (
        "2 fact-checks of the article"
    )
