"""The tables around the records: claims and their evidence, milestones, events, the source
article, coverage and the official rosters."""

from __future__ import annotations

from kizuna.schema.fields import Field, Table, dated
from kizuna.schema.vocabulary import (
    ASSESSMENTS,
    CITED_TABLES,
    CLAIM_DOMAINS,
    CLAIM_KINDS,
    COMPLETENESS,
    COVERED_TABLES,
    EVENT_KINDS,
    INFORMATION_CREDIBILITY,
    MILESTONE_STATUSES,
    SOURCE_RELIABILITY,
    STANCES,
)

CLAIMS = Table(
    "claims",
    "Capability claims and factual assertions, graded and assessed.",
    (
        Field("claim_id", "id", "Unique id.", required=True, unique=True),
        Field(
            "kind",
            "enum",
            "A capability assessment (what a state can do) or a fact-check of a statement of "
            "the source article.",
            required=True,
            choices=CLAIM_KINDS,
        ),
        Field("subject", "country", "Country whose capability the claim is about.", required=True),
        Field("domain", "enum", "Capability domain.", required=True, choices=CLAIM_DOMAINS),
        Field("claim", "text", "The claim, quoted.", required=True),
        Field("claimant", "text", "Who makes the claim.", required=True),
        *dated("claim_date", "When the claim was made (empty where no source dates it)."),
        Field(
            "source_reliability",
            "enum",
            "Admiralty grading of the source, A (completely reliable) to F (cannot be judged).",
            required=True,
            choices=SOURCE_RELIABILITY,
        ),
        Field(
            "information_credibility",
            "enum",
            "Admiralty grading of the information, 1 (confirmed) to 6 (cannot be judged).",
            required=True,
            choices=INFORMATION_CREDIBILITY,
        ),
        Field("assessment", "enum", "Kizuna's assessment.", required=True, choices=ASSESSMENTS),
        Field("assessment_note", "text", "Why, in one line.", required=True),
        Field(
            "target_year",
            "int",
            "Year the claim is about, when it is about the future.",
            bounds=(1900, 2100),
        ),
    ),
    key="claim_id",
)


CLAIM_EVIDENCE = Table(
    "claim_evidence",
    "Sources that support or contradict each claim.",
    (
        Field("claim_id", "ref", "The claim.", required=True, refers_to="claims.claim_id"),
        Field("source_id", "ref", "The source.", required=True, refers_to="sources.source_id"),
        Field("stance", "enum", "Supports or contradicts.", required=True, choices=STANCES),
        Field("quote", "text", "Short quotation from the source."),
    ),
)


MILESTONES = Table(
    "milestones",
    "Programme milestones (GCAP, F-2, Typhoon), achieved or targeted, with revisions.",
    (
        Field("milestone_id", "id", "Unique id.", required=True, unique=True),
        Field("programme", "text", "Programme.", required=True),
        Field("milestone", "text", "What happens.", required=True),
        Field(
            "status",
            "enum",
            "Achieved, or a planned target.",
            required=True,
            choices=MILESTONE_STATUSES,
        ),
        *dated("date", "When it happened or is targeted.", required=True),
        *dated("announced", "When the target was announced."),
        Field(
            "revises",
            "ref",
            "The earlier target this one revises.",
            refers_to="milestones.milestone_id",
        ),
        Field("notes", "text", "Notes, and where sources disagree."),
    ),
    key="milestone_id",
)


MILESTONE_COUNTRIES = Table(
    "milestone_countries",
    "Countries concerned by each milestone.",
    (
        Field(
            "milestone_id",
            "ref",
            "The milestone.",
            required=True,
            refers_to="milestones.milestone_id",
        ),
        Field("country", "country", "ISO 3166-1 alpha-3 code.", required=True),
    ),
)


MILESTONE_CLAIMS = Table(
    "milestone_claims",
    "Which dated milestones bear on which capability claims, and how.",
    (
        Field(
            "milestone_id",
            "ref",
            "The milestone.",
            required=True,
            refers_to="milestones.milestone_id",
        ),
        Field("claim_id", "ref", "The claim.", required=True, refers_to="claims.claim_id"),
        Field("why", "text", "How the milestone bears on the claim, in one line.", required=True),
    ),
)


EVENTS = Table(
    "events",
    "Policy events used to annotate charts.",
    (
        Field("event_id", "id", "Unique id.", required=True, unique=True),
        Field("title", "text", "What happened.", required=True),
        *dated("date", "When.", required=True),
        Field("country", "country", "The actor (ISO 3166-1 alpha-3, NATO, EUU).", required=True),
        Field("kind", "enum", "Kind of event.", required=True, choices=EVENT_KINDS),
        Field("notes", "text", "Notes."),
    ),
    key="event_id",
)


SOURCE_ARTICLE = Table(
    "source_article",
    "Every factual statement and claim of the article Kizuna grew from (The Diplomat, "
    "'Tokyo Report'), mapped to the records that carry it.",
    (
        Field("statement_id", "text", "Id of the statement.", required=True),
        Field("sentence", "text", "The sentence, quoted from the article.", required=True),
        Field("table", "enum", "Table of the record.", required=True, choices=CITED_TABLES),
        Field("record_id", "text", "Id of the record.", required=True),
    ),
)


COVERAGE = Table(
    "coverage",
    "How complete each table is believed to be, per span of years: what a count counts.",
    (
        Field(
            "table",
            "enum",
            "The table described (series: the tracked exercise series as a panel).",
            required=True,
            choices=COVERED_TABLES,
        ),
        Field("from_year", "int", "First year of the span.", required=True, bounds=(1950, 2100)),
        Field("to_year", "int", "Last year of the span.", required=True, bounds=(1950, 2100)),
        Field("scope", "text", "What is in scope.", required=True),
        Field(
            "completeness",
            "enum",
            "complete, near complete, partial, or a sample.",
            required=True,
            choices=COMPLETENESS,
        ),
        Field("note", "text", "How that was judged (against which official list).", required=True),
        Field(
            "source_id",
            "ref",
            "The official list the table was checked against, if any.",
            refers_to="sources.source_id",
        ),
    ),
)


ROSTERS = Table(
    "rosters",
    "Official rosters (MOFA's and MOD's published lists of instruments and grants), one row per "
    "listed instrument, each matched to the record that carries it. The floor, not the ceiling.",
    (
        Field("roster", "text", "Name of the published list.", required=True),
        Field("roster_url", "url", "Address of the list.", required=True),
        *dated("roster_date", "Date of the list (or the day it was read).", required=True),
        Field("partner", "country", "The partner the listed instrument is with.", required=True),
        Field("listed_as", "text", "The instrument as the list names it.", required=True),
        Field(
            "table", "enum", "Table of the matching record.", required=True, choices=CITED_TABLES
        ),
        Field("record_id", "text", "Id of the matching record.", required=True),
    ),
    folder="reference",
)
