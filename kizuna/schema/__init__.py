"""The single truth about Kizuna's tables.

Every table in ``data/`` is described here once, as a list of :class:`Field`
(``tables``), in the words of ``vocabulary``. The loader builds
its pandera schemas from these descriptions, the Sources & method page renders the data
dictionary from them, and the tests import them.
"""

from kizuna.schema.context import (
    CLAIM_EVIDENCE,
    CLAIMS,
    COVERAGE,
    EVENTS,
    MILESTONE_COUNTRIES,
    MILESTONES,
    ROSTERS,
    SOURCE_ARTICLE,
)
from kizuna.schema.fields import Field, Table
from kizuna.schema.records import (
    AGREEMENT_PARTIES,
    AGREEMENTS,
    ASSISTANCE,
    CITATIONS,
    EXERCISE_PARTICIPANTS,
    EXERCISES,
    SOURCES,
)
from kizuna.schema.tables import RECORD_LINK_TABLES, TABLES, upstream
from kizuna.schema.vocabulary import (
    ADMIRALTY_CREDIBILITY,
    ADMIRALTY_RELIABILITY,
    AGREEMENT_STAGES,
    AGREEMENT_TYPES,
    ASSESSMENTS,
    ASSISTANCE_PROGRAMMES,
    CITED_TABLES,
    CLAIM_DOMAINS,
    CLAIM_KINDS,
    COMPLETENESS,
    DOMAINS,
    EVENT_KINDS,
    EXERCISE_KINDS,
    FORMULA_PREFIXES,
    INFORMATION_CREDIBILITY,
    MILESTONE_STATUSES,
    PARTICIPANT_ROLES,
    PRECISIONS,
    SOURCE_KINDS,
    SOURCE_RELIABILITY,
    STANCES,
    TREATY_LEVEL_TYPES,
)

__all__ = [
    "TABLES",
    "ADMIRALTY_CREDIBILITY",
    "ADMIRALTY_RELIABILITY",
    "AGREEMENTS",
    "AGREEMENT_PARTIES",
    "AGREEMENT_STAGES",
    "AGREEMENT_TYPES",
    "ASSESSMENTS",
    "ASSISTANCE",
    "ASSISTANCE_PROGRAMMES",
    "CITATIONS",
    "CITED_TABLES",
    "CLAIMS",
    "CLAIM_DOMAINS",
    "CLAIM_EVIDENCE",
    "CLAIM_KINDS",
    "COMPLETENESS",
    "COVERAGE",
    "DOMAINS",
    "EVENTS",
    "EVENT_KINDS",
    "EXERCISES",
    "EXERCISE_KINDS",
    "EXERCISE_PARTICIPANTS",
    "FORMULA_PREFIXES",
    "Field",
    "INFORMATION_CREDIBILITY",
    "MILESTONES",
    "MILESTONE_COUNTRIES",
    "MILESTONE_STATUSES",
    "PARTICIPANT_ROLES",
    "PRECISIONS",
    "RECORD_LINK_TABLES",
    "ROSTERS",
    "SOURCES",
    "SOURCE_ARTICLE",
    "SOURCE_KINDS",
    "SOURCE_RELIABILITY",
    "STANCES",
    "TREATY_LEVEL_TYPES",
    "Table",
    "upstream",
]
