"""The record tables: sources and citations, agreements, exercises, assistance."""

from __future__ import annotations

from kizuna.schema.fields import Field, Table, dated
from kizuna.schema.vocabulary import (
    AGREEMENT_TYPES,
    ASSISTANCE_PROGRAMMES,
    CITED_TABLES,
    DOMAINS,
    EXERCISE_KINDS,
    PARTICIPANT_ROLES,
    SOURCE_KINDS,
)

SOURCES = Table(
    "sources",
    "Every page the data rests on, as read.",
    (
        Field("source_id", "id", "Unique id of the source.", required=True, unique=True),
        Field("title", "text", "Title of the page or document.", required=True),
        Field("publisher", "text", "Who published it.", required=True),
        Field("author", "text", "Author, where named."),
        *dated("published", "Publication date."),
        Field("url", "url", "Address of the page.", required=True),
        Field("kind", "enum", "Kind of source.", required=True, choices=SOURCE_KINDS),
        Field("accessed", "date", "Day the page was read (YYYY-MM-DD).", required=True),
    ),
    key="source_id",
)


CITATIONS = Table(
    "citations",
    "Which sources support which record: every record of every cited table has at least one.",
    (
        Field("table", "enum", "Table of the cited record.", required=True, choices=CITED_TABLES),
        Field("record_id", "text", "Id of the record in that table.", required=True),
        Field("source_id", "ref", "The source.", required=True, refers_to="sources.source_id"),
        Field("locator", "text", "Short quotation from the source that supports the record."),
    ),
)


AGREEMENTS = Table(
    "agreements",
    "Agreements, joint statements, partnership upgrades, 2+2 rounds and co-development "
    "programmes, with every lifecycle stage the record gives.",
    (
        Field("agreement_id", "id", "Unique id.", required=True, unique=True),
        Field("title", "text", "Name of the agreement or meeting.", required=True),
        Field("type", "enum", "Kind of agreement.", required=True, choices=AGREEMENT_TYPES),
        *dated("negotiations_opened", "Negotiations opened."),
        *dated("agreed_in_principle", "Agreed in principle."),
        *dated("signed", "Signed (for a meeting or statement: the day it was held or issued)."),
        *dated("in_force", "Entered into force."),
        *dated("ended", "Terminated or superseded."),
        Field(
            "replaces",
            "ref",
            "The earlier instrument this one replaces (it ends when this one enters into force).",
            refers_to="agreements.agreement_id",
        ),
        Field(
            "amends",
            "ref",
            "The instrument this one amends (the two count as one live instrument).",
            refers_to="agreements.agreement_id",
        ),
        Field(
            "programme",
            "text",
            "The co-development or production programme it belongs to (GCAP, SM-3 Block IIA…): "
            "a programme's several instruments count once.",
        ),
        Field("notes", "text", "What it is, and where sources disagree."),
    ),
    key="agreement_id",
    ordering=(
        ("negotiations_opened", "agreed_in_principle"),
        ("negotiations_opened", "signed"),
        ("agreed_in_principle", "signed"),
        ("signed", "in_force"),
        ("signed", "ended"),
        ("in_force", "ended"),
    ),
)


AGREEMENT_PARTIES = Table(
    "agreement_parties",
    "The parties to each agreement, Japan included.",
    (
        Field(
            "agreement_id",
            "ref",
            "The agreement.",
            required=True,
            refers_to="agreements.agreement_id",
        ),
        Field(
            "country",
            "country",
            "ISO 3166-1 alpha-3 code (NATO, EUU for organisations).",
            required=True,
        ),
    ),
)


EXERCISES = Table(
    "exercises",
    "Exercises, port calls and deployments that brought Japan's forces and a partner's together.",
    (
        Field("exercise_id", "id", "Unique id.", required=True, unique=True),
        Field("name", "text", "Name as the sources give it.", required=True),
        Field("series", "text", "Recurring series, if any."),
        Field(
            "kind",
            "enum",
            "Exercise, port call or deployment.",
            required=True,
            choices=EXERCISE_KINDS,
        ),
        *dated("start", "First day.", required=True),
        *dated("end", "Last day."),
        Field("location", "text", "Base, port or sea area.", required=True),
        Field("lat", "float", "Latitude, decimal degrees.", required=True, bounds=(-90, 90)),
        Field("lon", "float", "Longitude, decimal degrees.", required=True, bounds=(-180, 180)),
        Field(
            "at_sea", "bool", "Held at sea (coordinates are the sea area's centre).", required=True
        ),
        Field(
            "host",
            "country",
            "Host country; for a sea area, the organising country where "
            "sources name one (required unless at_sea is true).",
        ),
        Field("domain", "enum", "Main domain.", required=True, choices=DOMAINS),
        Field("first", "text", "A 'first' exactly as the sources state it."),
        Field("notes", "text", "Notes, and where sources disagree."),
    ),
    key="exercise_id",
    ordering=(("start", "end"),),
)


EXERCISE_PARTICIPANTS = Table(
    "exercise_participants",
    "Every country taking part in each exercise, Japan included, with the forces sources give.",
    (
        Field(
            "exercise_id", "ref", "The exercise.", required=True, refers_to="exercises.exercise_id"
        ),
        Field("country", "country", "ISO 3166-1 alpha-3 code.", required=True),
        Field(
            "role",
            "enum",
            "Japan (Japan's own forces); partner (trained with Japan's forces, bilaterally or "
            "alongside them in a multilateral exercise); co-participant (attended the same "
            "multilateral exercise without sources showing it trained with Japan's forces); "
            "observer.",
            required=True,
            choices=PARTICIPANT_ROLES,
        ),
        Field("aircraft", "int", "Aircraft sent, where sources give it.", bounds=(0, 10_000)),
        Field("ships", "int", "Ships sent, where sources give it.", bounds=(0, 1_000)),
        Field("personnel", "int", "Personnel sent, where sources give it.", bounds=(0, 1_000_000)),
        Field(
            "departed_from",
            "text",
            "Home base or port the country's forces sailed or flew from, where sources say so "
            "(reach is measured from here, else from the capital).",
        ),
        Field("departed_lat", "float", "Latitude of departed_from.", bounds=(-90, 90)),
        Field("departed_lon", "float", "Longitude of departed_from.", bounds=(-180, 180)),
    ),
)


ASSISTANCE = Table(
    "assistance",
    "Security assistance from Japan to partner forces: Official Security Assistance (OSA) "
    "grants, equipment transfers that followed agreements, and capacity building.",
    (
        Field("assistance_id", "id", "Unique id.", required=True, unique=True),
        Field(
            "programme",
            "enum",
            "OSA grant, equipment transfer or capacity building.",
            required=True,
            choices=ASSISTANCE_PROGRAMMES,
        ),
        Field("recipient", "country", "Recipient country (ISO 3166-1 alpha-3).", required=True),
        Field("recipient_force", "text", "The force that receives it (e.g. Philippine Navy)."),
        Field(
            "fiscal_year",
            "int",
            "Japan's fiscal year of the budget (FY2023 runs April 2023 to March 2024).",
            bounds=(1950, 2100),
        ),
        *dated("notes_exchanged", "Exchange of notes (or grant agreement) signed."),
        *dated("delivered", "Equipment handed over, where sources say so."),
        Field("amount_jpy", "int", "Grant amount in yen, as announced.", bounds=(0, 10**12)),
        Field("provides", "text", "What it provides.", required=True),
        Field(
            "agreement",
            "ref",
            "The agreement it follows from, if any.",
            refers_to="agreements.agreement_id",
        ),
        Field("notes", "text", "Notes, and where sources disagree."),
    ),
    key="assistance_id",
    ordering=(("notes_exchanged", "delivered"),),
)
