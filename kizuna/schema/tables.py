"""Every table by name, and which tables each one needs checked first."""

from __future__ import annotations

from kizuna.schema.context import (
    CLAIM_EVIDENCE,
    CLAIMS,
    COVERAGE,
    EVENTS,
    MILESTONE_CLAIMS,
    MILESTONE_COUNTRIES,
    MILESTONES,
    ROSTERS,
    SOURCE_ARTICLE,
)
from kizuna.schema.fields import Table
from kizuna.schema.records import (
    AGREEMENT_PARTIES,
    AGREEMENTS,
    ASSISTANCE,
    CITATIONS,
    EXERCISE_PARTICIPANTS,
    EXERCISES,
    SOURCES,
)
from kizuna.schema.series import (
    SERIES,
    SERIES_ITERATIONS,
    SERIES_NAMES,
    SERIES_NOT_HELD,
    TITLES_JA,
)

TABLES: dict[str, Table] = {
    t.name: t
    for t in (
        SOURCES,
        AGREEMENTS,
        EXERCISES,
        CLAIMS,
        MILESTONES,
        EVENTS,
        ASSISTANCE,
        SERIES,
        SERIES_NAMES,
        SERIES_ITERATIONS,
        SERIES_NOT_HELD,
        CITATIONS,
        AGREEMENT_PARTIES,
        EXERCISE_PARTICIPANTS,
        CLAIM_EVIDENCE,
        MILESTONE_COUNTRIES,
        MILESTONE_CLAIMS,
        SOURCE_ARTICLE,
        TITLES_JA,
        COVERAGE,
        ROSTERS,
    )
}

# Tables whose rows point at a record of another table named in their `table` column.
RECORD_LINK_TABLES = ("citations", "source_article", "rosters", "titles_ja")


def upstream(table: str) -> set[str]:
    """Tables that ``table`` cannot be checked without. The record-link tables also point into
    the cited tables, but a broken one of those only leaves its own links unchecked."""
    refs = {
        f.refers_to.split(".")[0]
        for f in TABLES[table].fields
        if f.refers_to and f.refers_to.split(".")[0] != table
    }
    return refs
