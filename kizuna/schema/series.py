"""The tracked exercise series: the panel the trend charts count, complete in every year."""

from __future__ import annotations

from kizuna.schema.fields import Field, Table
from kizuna.schema.vocabulary import CADENCES, DOMAINS, NOT_HELD_STATUSES

YEARS = (1950, 2100)

SERIES = Table(
    "series",
    "Recurring named exercises that Japan's forces hold with partners, tracked so that every "
    "iteration in the series' span is on record or a sourced row says it was not held.",
    (
        Field("series_id", "id", "Unique id.", required=True, unique=True),
        Field("name", "text", "The name analysts use now.", required=True),
        Field("domain", "enum", "Main domain.", required=True, choices=DOMAINS),
        Field(
            "cadence",
            "enum",
            "annual (every year of the span), biennial (from_year, from_year + 2, …) or "
            "irregular (no year is expected).",
            required=True,
            choices=CADENCES,
        ),
        Field(
            "from_year",
            "int",
            "First year (2011 or later) from which the series recurred with Japan's forces.",
            required=True,
            bounds=YEARS,
        ),
        Field(
            "to_year",
            "int",
            "Last year of the series with Japan's forces (the current year while it runs).",
            required=True,
            bounds=YEARS,
        ),
        Field(
            "tracked",
            "bool",
            "true: in the panel the trend charts count, every year it was due accounted for; "
            "false: some years are not yet settled (named in notes), so it is listed but not "
            "counted.",
            required=True,
        ),
        Field("led_by", "country", "Organising country, where one leads every iteration."),
        Field("notes", "text", "Names over time, partners, and where sources disagree."),
    ),
    key="series_id",
)

SERIES_NAMES = Table(
    "series_names",
    "Other names of a series, and the years they were used.",
    (
        Field("series_id", "ref", "The series.", required=True, refers_to="series.series_id"),
        Field("name", "text", "The other name.", required=True),
        Field("from_year", "int", "First year of the name.", bounds=YEARS),
        Field("to_year", "int", "Last year of the name.", bounds=YEARS),
    ),
)

SERIES_ITERATIONS = Table(
    "series_iterations",
    "Which exercise record is which year's iteration of a series (two in a year where held twice).",
    (
        Field("series_id", "ref", "The series.", required=True, refers_to="series.series_id"),
        Field("year", "int", "Calendar year of the iteration.", required=True, bounds=YEARS),
        Field(
            "exercise_id",
            "ref",
            "The exercise record (an iteration of one series only).",
            required=True,
            unique=True,
            refers_to="exercises.exercise_id",
        ),
    ),
)

SERIES_NOT_HELD = Table(
    "series_not_held",
    "Years of a series' span without an iteration with Japan's forces, each sourced.",
    (
        Field("not_held_id", "id", "Unique id.", required=True, unique=True),
        Field("series_id", "ref", "The series.", required=True, refers_to="series.series_id"),
        Field("year", "int", "The year.", required=True, bounds=YEARS),
        Field(
            "status",
            "enum",
            "cancelled, postponed, held without Japan, or not held.",
            required=True,
            choices=NOT_HELD_STATUSES,
        ),
        Field("notes", "text", "What the sources say.", required=True),
    ),
    key="not_held_id",
)
