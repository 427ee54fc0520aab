"""The record tables: sources and citations, agreements, exercises, assistance."""

from __future__ import annotations

from kizuna.i18n import N_
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
    N_("Every page the data rests on, as read."),
    (
        Field("source_id", "id", N_("Unique id of the source."), required=True, unique=True),
        Field("title", "text", N_("Title of the page or document."), required=True),
        Field("publisher", "text", N_("Who published it."), required=True),
        Field("author", "text", N_("Author, where named.")),
        *dated("published", N_("Publication date.")),
        Field("url", "url", N_("Address of the page."), required=True),
        Field("kind", "enum", N_("Kind of source."), required=True, choices=SOURCE_KINDS),
        Field("accessed", "date", N_("Day the page was read (YYYY-MM-DD)."), required=True),
    ),
    key="source_id",
)


CITATIONS = Table(
    "citations",
    N_("Which sources support which record: every record of every cited table has at least one."),
    (
        Field(
            "table", "enum", N_("Table of the cited record."), required=True, choices=CITED_TABLES
        ),
        Field("record_id", "text", N_("Id of the record in that table."), required=True),
        Field("source_id", "ref", N_("The source."), required=True, refers_to="sources.source_id"),
        Field("locator", "text", N_("Short quotation from the source that supports the record.")),
    ),
)


AGREEMENTS = Table(
    "agreements",
    N_(
        "Agreements, joint statements, partnership upgrades, 2+2 rounds and co-development "
        "programmes, with every lifecycle stage the record gives."
    ),
    (
        Field("agreement_id", "id", N_("Unique id."), required=True, unique=True),
        Field("title", "text", N_("Name of the agreement or meeting."), required=True),
        Field("type", "enum", N_("Kind of agreement."), required=True, choices=AGREEMENT_TYPES),
        *dated("negotiations_opened", N_("Negotiations opened.")),
        *dated("agreed_in_principle", N_("Agreed in principle.")),
        *dated("signed", N_("Signed (for a meeting or statement: the day it was held or issued).")),
        *dated("in_force", N_("Entered into force.")),
        *dated("ended", N_("Terminated or superseded.")),
        Field(
            "replaces",
            "ref",
            N_(
                "The earlier instrument this one replaces "
                "(it ends when this one enters into force)."
            ),
            refers_to="agreements.agreement_id",
        ),
        Field(
            "amends",
            "ref",
            N_("The instrument this one amends (the two count as one live instrument)."),
            refers_to="agreements.agreement_id",
        ),
        Field(
            "programme",
            "text",
            N_(
                "The co-development or production programme it belongs to (GCAP, SM-3 Block IIA…): "
                "a programme's several instruments count once."
            ),
        ),
        Field("notes", "text", N_("What it is, and where sources disagree.")),
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
    N_("The parties to each agreement, Japan included."),
    (
        Field(
            "agreement_id",
            "ref",
            N_("The agreement."),
            required=True,
            refers_to="agreements.agreement_id",
        ),
        Field(
            "country",
            "country",
            N_("ISO 3166-1 alpha-3 code (NATO, EUU for organisations)."),
            required=True,
        ),
    ),
)


EXERCISES = Table(
    "exercises",
    N_(
        "Exercises, port calls and deployments that brought "
        "Japan's forces and a partner's together."
    ),
    (
        Field("exercise_id", "id", N_("Unique id."), required=True, unique=True),
        Field("name", "text", N_("Name as the sources give it."), required=True),
        Field("series", "text", N_("Recurring series, if any.")),
        Field(
            "kind",
            "enum",
            N_("Exercise, port call or deployment."),
            required=True,
            choices=EXERCISE_KINDS,
        ),
        *dated("start", N_("First day."), required=True),
        *dated("end", N_("Last day.")),
        Field("location", "text", N_("Base, port or sea area."), required=True),
        Field("lat", "float", N_("Latitude, decimal degrees."), required=True, bounds=(-90, 90)),
        Field("lon", "float", N_("Longitude, decimal degrees."), required=True, bounds=(-180, 180)),
        Field(
            "at_sea",
            "bool",
            N_("Held at sea (coordinates are the sea area's centre)."),
            required=True,
        ),
        Field(
            "host",
            "country",
            N_(
                "Host country; for a sea area, the organising country where "
                "sources name one (required unless at_sea is true)."
            ),
        ),
        Field("domain", "enum", N_("Main domain."), required=True, choices=DOMAINS),
        Field("first", "text", N_("A 'first' exactly as the sources state it.")),
        Field("notes", "text", N_("Notes, and where sources disagree.")),
    ),
    key="exercise_id",
    ordering=(("start", "end"),),
)


EXERCISE_PARTICIPANTS = Table(
    "exercise_participants",
    N_("Every country taking part in each exercise, Japan included, with the forces sources give."),
    (
        Field(
            "exercise_id",
            "ref",
            N_("The exercise."),
            required=True,
            refers_to="exercises.exercise_id",
        ),
        Field("country", "country", N_("ISO 3166-1 alpha-3 code."), required=True),
        Field(
            "role",
            "enum",
            N_(
                "Japan (Japan's own forces); partner (trained with Japan's forces, bilaterally or "
                "alongside them in a multilateral exercise); co-participant (attended the same "
                "multilateral exercise without sources showing it trained with Japan's forces); "
                "observer."
            ),
            required=True,
            choices=PARTICIPANT_ROLES,
        ),
        Field("aircraft", "int", N_("Aircraft sent, where sources give it."), bounds=(0, 10_000)),
        Field("ships", "int", N_("Ships sent, where sources give it."), bounds=(0, 1_000)),
        Field(
            "personnel", "int", N_("Personnel sent, where sources give it."), bounds=(0, 1_000_000)
        ),
        Field(
            "departed_from",
            "text",
            N_(
                "Home base or port the country's forces sailed or flew from, where sources say so "
                "(reach is measured from here, else from the capital)."
            ),
        ),
        Field("departed_lat", "float", N_("Latitude of departed_from."), bounds=(-90, 90)),
        Field("departed_lon", "float", N_("Longitude of departed_from."), bounds=(-180, 180)),
    ),
)


ASSISTANCE = Table(
    "assistance",
    N_(
        "Security assistance from Japan to partner forces: Official Security Assistance (OSA) "
        "grants, equipment transfers that followed agreements, and capacity building."
    ),
    (
        Field("assistance_id", "id", N_("Unique id."), required=True, unique=True),
        Field(
            "programme",
            "enum",
            N_("OSA grant, equipment transfer or capacity building."),
            required=True,
            choices=ASSISTANCE_PROGRAMMES,
        ),
        Field("recipient", "country", N_("Recipient country (ISO 3166-1 alpha-3)."), required=True),
        Field("recipient_force", "text", N_("The force that receives it (e.g. Philippine Navy).")),
        Field(
            "fiscal_year",
            "int",
            N_("Japan's fiscal year of the budget (FY2023 runs April 2023 to March 2024)."),
            bounds=(1950, 2100),
        ),
        *dated("notes_exchanged", N_("Exchange of notes (or grant agreement) signed.")),
        *dated("delivered", N_("Equipment handed over, where sources say so.")),
        Field("amount_jpy", "int", N_("Grant amount in yen, as announced."), bounds=(0, 10**12)),
        Field("provides", "text", N_("What it provides."), required=True),
        Field(
            "agreement",
            "ref",
            N_("The agreement it follows from, if any."),
            refers_to="agreements.agreement_id",
        ),
        Field("notes", "text", N_("Notes, and where sources disagree.")),
    ),
    key="assistance_id",
    ordering=(("notes_exchanged", "delivered"),),
)
