"""The tracked exercise series: the panel the trend charts count, complete in every year; and
the records' official Japanese titles."""

from __future__ import annotations

from kizuna.i18n import N_
from kizuna.schema.fields import Field, Table
from kizuna.schema.vocabulary import CADENCES, DOMAINS, NOT_HELD_STATUSES

YEARS = (1950, 2100)

SERIES = Table(
    "series",
    N_(
        "Recurring named exercises that Japan's forces hold with partners, tracked so that every "
        "iteration in the series' span is on record or a sourced row says it was not held."
    ),
    (
        Field("series_id", "id", N_("Unique id."), required=True, unique=True),
        Field("name", "text", N_("The name analysts use now."), required=True),
        Field("domain", "enum", N_("Main domain."), required=True, choices=DOMAINS),
        Field(
            "cadence",
            "enum",
            N_(
                "annual (every year of the span), biennial (from_year, from_year + 2, …) or "
                "irregular (no year is expected)."
            ),
            required=True,
            choices=CADENCES,
        ),
        Field(
            "from_year",
            "int",
            N_("First year (2011 or later) from which the series recurred with Japan's forces."),
            required=True,
            bounds=YEARS,
        ),
        Field(
            "to_year",
            "int",
            N_("Last year of the series with Japan's forces (the current year while it runs)."),
            required=True,
            bounds=YEARS,
        ),
        Field(
            "tracked",
            "bool",
            N_(
                "true: in the panel the trend charts count, every year it was due accounted for; "
                "false: some years are not yet settled (named in notes), so it is listed but not "
                "counted."
            ),
            required=True,
        ),
        Field("led_by", "country", N_("Organising country, where one leads every iteration.")),
        Field("notes", "text", N_("Names over time, partners, and where sources disagree.")),
    ),
    key="series_id",
)

SERIES_NAMES = Table(
    "series_names",
    N_("Other names of a series, and the years they were used."),
    (
        Field("series_id", "ref", N_("The series."), required=True, refers_to="series.series_id"),
        Field("name", "text", N_("The other name."), required=True),
        Field("from_year", "int", N_("First year of the name."), bounds=YEARS),
        Field("to_year", "int", N_("Last year of the name."), bounds=YEARS),
    ),
)

SERIES_ITERATIONS = Table(
    "series_iterations",
    N_(
        "Which exercise record is which year's iteration of a series "
        "(two in a year where held twice)."
    ),
    (
        Field("series_id", "ref", N_("The series."), required=True, refers_to="series.series_id"),
        Field("year", "int", N_("Calendar year of the iteration."), required=True, bounds=YEARS),
        Field(
            "exercise_id",
            "ref",
            N_("The exercise record (an iteration of one series only)."),
            required=True,
            unique=True,
            refers_to="exercises.exercise_id",
        ),
    ),
)

SERIES_NOT_HELD = Table(
    "series_not_held",
    N_("Years of a series' span without an iteration with Japan's forces, each sourced."),
    (
        Field("not_held_id", "id", N_("Unique id."), required=True, unique=True),
        Field("series_id", "ref", N_("The series."), required=True, refers_to="series.series_id"),
        Field("year", "int", N_("The year."), required=True, bounds=YEARS),
        Field(
            "status",
            "enum",
            N_("cancelled, postponed, held without Japan, or not held."),
            required=True,
            choices=NOT_HELD_STATUSES,
        ),
        Field("notes", "text", N_("What the sources say."), required=True),
    ),
    key="not_held_id",
)


TITLES_JA = Table(
    "titles_ja",
    N_(
        "Official Japanese titles of agreements, statements, 2+2 rounds and exercise series, each "
        "quoted from a Japanese original (MOFA, MOD and the Self-Defense Forces' own pages); "
        "never a machine translation."
    ),
    (
        Field(
            "table",
            "enum",
            N_("Table of the record."),
            required=True,
            choices=("agreements", "series"),
        ),
        Field("record_id", "text", N_("Id of the record in that table."), required=True),
        Field(
            "title_ja", "text", N_("The title as the Japanese original gives it."), required=True
        ),
        Field(
            "source_id",
            "ref",
            N_("The Japanese original."),
            required=True,
            refers_to="sources.source_id",
        ),
        Field("locator", "text", N_("The words of the source that give the title.")),
        Field("notes", "text", N_("Where the title comes from, and variants.")),
    ),
)
