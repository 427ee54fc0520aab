"""The tables around the records: claims and their evidence, milestones, events, the source
article, coverage and the official rosters."""

from __future__ import annotations

from kizuna.i18n import N_
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
    N_("Capability claims and factual assertions, graded and assessed."),
    (
        Field("claim_id", "id", N_("Unique id."), required=True, unique=True),
        Field(
            "kind",
            "enum",
            N_(
                "A capability assessment (what a state can do) or a fact-check of a statement of "
                "the source article."
            ),
            required=True,
            choices=CLAIM_KINDS,
        ),
        Field(
            "subject", "country", N_("Country whose capability the claim is about."), required=True
        ),
        Field("domain", "enum", N_("Capability domain."), required=True, choices=CLAIM_DOMAINS),
        Field("claim", "text", N_("The claim, quoted."), required=True),
        Field("claimant", "text", N_("Who makes the claim."), required=True),
        *dated("claim_date", N_("When the claim was made (empty where no source dates it).")),
        Field(
            "source_reliability",
            "enum",
            N_("Admiralty grading of the source, A (completely reliable) to F (cannot be judged)."),
            required=True,
            choices=SOURCE_RELIABILITY,
        ),
        Field(
            "information_credibility",
            "enum",
            N_("Admiralty grading of the information, 1 (confirmed) to 6 (cannot be judged)."),
            required=True,
            choices=INFORMATION_CREDIBILITY,
        ),
        Field("assessment", "enum", N_("Kizuna's assessment."), required=True, choices=ASSESSMENTS),
        Field("assessment_note", "text", N_("Why, in one line."), required=True),
        Field(
            "target_year",
            "int",
            N_("Year the claim is about, when it is about the future."),
            bounds=(1900, 2100),
        ),
    ),
    key="claim_id",
)


CLAIM_EVIDENCE = Table(
    "claim_evidence",
    N_("Sources that support or contradict each claim."),
    (
        Field("claim_id", "ref", N_("The claim."), required=True, refers_to="claims.claim_id"),
        Field("source_id", "ref", N_("The source."), required=True, refers_to="sources.source_id"),
        Field("stance", "enum", N_("Supports or contradicts."), required=True, choices=STANCES),
        Field("quote", "text", N_("Short quotation from the source.")),
    ),
)


MILESTONES = Table(
    "milestones",
    N_("Programme milestones (GCAP, F-2, Typhoon), achieved or targeted, with revisions."),
    (
        Field("milestone_id", "id", N_("Unique id."), required=True, unique=True),
        Field("programme", "text", N_("Programme."), required=True),
        Field("milestone", "text", N_("What happens."), required=True),
        Field(
            "status",
            "enum",
            N_("Achieved, or a planned target."),
            required=True,
            choices=MILESTONE_STATUSES,
        ),
        *dated("date", N_("When it happened or is targeted."), required=True),
        *dated("announced", N_("When the target was announced.")),
        Field(
            "revises",
            "ref",
            N_("The earlier target this one revises."),
            refers_to="milestones.milestone_id",
        ),
        Field("notes", "text", N_("Notes, and where sources disagree.")),
    ),
    key="milestone_id",
)


MILESTONE_COUNTRIES = Table(
    "milestone_countries",
    N_("Countries concerned by each milestone."),
    (
        Field(
            "milestone_id",
            "ref",
            N_("The milestone."),
            required=True,
            refers_to="milestones.milestone_id",
        ),
        Field("country", "country", N_("ISO 3166-1 alpha-3 code."), required=True),
    ),
)


MILESTONE_CLAIMS = Table(
    "milestone_claims",
    N_("Which dated milestones bear on which capability claims, and how."),
    (
        Field(
            "milestone_id",
            "ref",
            N_("The milestone."),
            required=True,
            refers_to="milestones.milestone_id",
        ),
        Field("claim_id", "ref", N_("The claim."), required=True, refers_to="claims.claim_id"),
        Field(
            "why", "text", N_("How the milestone bears on the claim, in one line."), required=True
        ),
    ),
)


EVENTS = Table(
    "events",
    N_("Policy events used to annotate charts."),
    (
        Field("event_id", "id", N_("Unique id."), required=True, unique=True),
        Field("title", "text", N_("What happened."), required=True),
        *dated("date", N_("When."), required=True),
        Field(
            "country", "country", N_("The actor (ISO 3166-1 alpha-3, NATO, EUU)."), required=True
        ),
        Field("kind", "enum", N_("Kind of event."), required=True, choices=EVENT_KINDS),
        Field("notes", "text", N_("Notes.")),
    ),
    key="event_id",
)


SOURCE_ARTICLE = Table(
    "source_article",
    N_(
        "Every factual statement and claim of the article Kizuna grew from (The Diplomat, "
        "'Tokyo Report'), mapped to the records that carry it."
    ),
    (
        Field("statement_id", "text", N_("Id of the statement."), required=True),
        Field("sentence", "text", N_("The sentence, quoted from the article."), required=True),
        Field("table", "enum", N_("Table of the record."), required=True, choices=CITED_TABLES),
        Field("record_id", "text", N_("Id of the record."), required=True),
    ),
)


COVERAGE = Table(
    "coverage",
    N_("How complete each table is believed to be, per span of years: what a count counts."),
    (
        Field(
            "table",
            "enum",
            N_("The table described (series: the tracked exercise series as a panel)."),
            required=True,
            choices=COVERED_TABLES,
        ),
        Field(
            "from_year", "int", N_("First year of the span."), required=True, bounds=(1950, 2100)
        ),
        Field("to_year", "int", N_("Last year of the span."), required=True, bounds=(1950, 2100)),
        Field("scope", "text", N_("What is in scope."), required=True),
        Field(
            "completeness",
            "enum",
            N_("complete, near complete, partial, or a sample."),
            required=True,
            choices=COMPLETENESS,
        ),
        Field(
            "note", "text", N_("How that was judged (against which official list)."), required=True
        ),
        Field(
            "source_id",
            "ref",
            N_("The official list the table was checked against, if any."),
            refers_to="sources.source_id",
        ),
    ),
)


ROSTERS = Table(
    "rosters",
    N_(
        "Official rosters (MOFA's and MOD's published lists of instruments and grants), "
        "one row per "
        "listed instrument, each matched to the record that carries it. The floor, not the ceiling."
    ),
    (
        Field("roster", "text", N_("Name of the published list."), required=True),
        Field("roster_url", "url", N_("Address of the list."), required=True),
        *dated("roster_date", N_("Date of the list (or the day it was read)."), required=True),
        Field(
            "partner", "country", N_("The partner the listed instrument is with."), required=True
        ),
        Field("listed_as", "text", N_("The instrument as the list names it."), required=True),
        Field(
            "table",
            "enum",
            N_("Table of the matching record."),
            required=True,
            choices=CITED_TABLES,
        ),
        Field("record_id", "text", N_("Id of the matching record."), required=True),
    ),
    folder="reference",
)
