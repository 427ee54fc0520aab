"""The single truth about Kizuna's tables.

Every table in ``data/`` is described here once, as a list of :class:`Field`. The loader builds
its pandera schemas from these descriptions, the Sources & method page renders the data
dictionary from them, and the tests import them.
"""

from __future__ import annotations

from dataclasses import dataclass, field

PRECISIONS = ("day", "month", "year")

AGREEMENT_TYPES = (
    "alliance treaty",
    "reciprocal access",
    "acquisition and cross-servicing",
    "information security",
    "defence equipment and technology transfer",
    "strategic partnership / joint statement",
    "2+2 dialogue",
    "co-development programme",
    "other",
)
EXERCISE_KINDS = ("exercise", "port call", "deployment")
DOMAINS = ("air", "land", "maritime", "amphibious", "cyber", "space", "joint")
PARTICIPANT_ROLES = ("participant", "observer", "host")
SOURCE_KINDS = ("official", "news", "think tank", "academic")
CLAIM_DOMAINS = (
    "missiles",
    "hypersonics",
    "aircraft",
    "aero-engines",
    "electronic warfare",
    "AI and autonomy",
    "power projection",
    "naval",
    "space",
    "cyber",
    "nuclear",
    "defence industry",
    "other",
)
SOURCE_RELIABILITY = ("A", "B", "C", "D", "E", "F")
INFORMATION_CREDIBILITY = ("1", "2", "3", "4", "5", "6")
ASSESSMENTS = ("corroborated", "plausible", "contested", "refuted", "unverified")
STANCES = ("supports", "contradicts")
MILESTONE_STATUSES = ("achieved", "planned")
EVENT_KINDS = ("strategy", "law", "policy", "summit", "other")
CITED_TABLES = ("agreements", "exercises", "claims", "milestones", "events")

# Lifecycle stages of an agreement, in the order they happen.
AGREEMENT_STAGES = ("negotiations_opened", "agreed_in_principle", "signed", "in_force", "ended")

ADMIRALTY_RELIABILITY = {
    "A": "Completely reliable",
    "B": "Usually reliable",
    "C": "Fairly reliable",
    "D": "Not usually reliable",
    "E": "Unreliable",
    "F": "Reliability cannot be judged",
}
ADMIRALTY_CREDIBILITY = {
    "1": "Confirmed by other sources",
    "2": "Probably true",
    "3": "Possibly true",
    "4": "Doubtful",
    "5": "Improbable",
    "6": "Truth cannot be judged",
}


@dataclass(frozen=True)
class Field:
    """One column of a table.

    kind is one of: id, text, enum, country, date, precision, int, float, bool, url, ref.
    A ``date`` field is always followed by its ``<name>_precision`` companion.
    """

    name: str
    kind: str
    description: str
    required: bool = False
    choices: tuple[str, ...] = ()
    unique: bool = False
    refers_to: str | None = None  # "table.column" for kind == "ref"
    bounds: tuple[float, float] | None = None


@dataclass(frozen=True)
class Table:
    name: str
    description: str
    fields: tuple[Field, ...]
    key: str | None = None  # the record id column, for tables that are cited
    ordering: tuple[tuple[str, str], ...] = ()  # (earlier date, later date) pairs
    extra: dict = field(default_factory=dict)

    @property
    def file(self) -> str:
        return f"{self.name}.csv"

    @property
    def columns(self) -> list[str]:
        return [f.name for f in self.fields]

    def field(self, name: str) -> Field:
        return next(f for f in self.fields if f.name == name)

    @property
    def date_fields(self) -> list[str]:
        return [f.name for f in self.fields if f.kind == "date"]


def _dated(name: str, description: str, required: bool = False) -> tuple[Field, Field]:
    return (
        Field(
            name,
            "date",
            f"{description} ISO 8601 at its precision: YYYY, YYYY-MM or YYYY-MM-DD.",
            required=required,
        ),
        Field(
            f"{name}_precision",
            "precision",
            f"How precisely `{name}` is known.",
            required=required,
            choices=PRECISIONS,
        ),
    )


SOURCES = Table(
    "sources",
    "Every page the data rests on, as read.",
    (
        Field("source_id", "id", "Unique id of the source.", required=True, unique=True),
        Field("title", "text", "Title of the page or document.", required=True),
        Field("publisher", "text", "Who published it.", required=True),
        Field("author", "text", "Author, where named."),
        *_dated("published", "Publication date."),
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
        *_dated("negotiations_opened", "Negotiations opened."),
        *_dated("agreed_in_principle", "Agreed in principle."),
        *_dated("signed", "Signed (for a meeting or statement: the day it was held or issued)."),
        *_dated("in_force", "Entered into force."),
        *_dated("ended", "Terminated or superseded."),
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
        *_dated("start", "First day.", required=True),
        *_dated("end", "Last day."),
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
            "Participant, observer or host.",
            required=True,
            choices=PARTICIPANT_ROLES,
        ),
        Field("aircraft", "int", "Aircraft sent, where sources give it.", bounds=(0, 10_000)),
        Field("ships", "int", "Ships sent, where sources give it.", bounds=(0, 1_000)),
        Field("personnel", "int", "Personnel sent, where sources give it.", bounds=(0, 1_000_000)),
    ),
)

CLAIMS = Table(
    "claims",
    "Capability claims and factual assertions, graded and assessed.",
    (
        Field("claim_id", "id", "Unique id.", required=True, unique=True),
        Field("subject", "country", "Country whose capability the claim is about.", required=True),
        Field("domain", "enum", "Capability domain.", required=True, choices=CLAIM_DOMAINS),
        Field("claim", "text", "The claim, quoted.", required=True),
        Field("claimant", "text", "Who makes the claim.", required=True),
        *_dated("claim_date", "When the claim was made (empty where no source dates it)."),
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
        *_dated("date", "When it happened or is targeted.", required=True),
        *_dated("announced", "When the target was announced."),
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

EVENTS = Table(
    "events",
    "Policy events used to annotate charts.",
    (
        Field("event_id", "id", "Unique id.", required=True, unique=True),
        Field("title", "text", "What happened.", required=True),
        *_dated("date", "When.", required=True),
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

# Order matters: a table comes after every table it refers to.
TABLES: dict[str, Table] = {
    t.name: t
    for t in (
        SOURCES,
        AGREEMENTS,
        EXERCISES,
        CLAIMS,
        MILESTONES,
        EVENTS,
        CITATIONS,
        AGREEMENT_PARTIES,
        EXERCISE_PARTICIPANTS,
        CLAIM_EVIDENCE,
        MILESTONE_COUNTRIES,
        SOURCE_ARTICLE,
    )
}

# Tables whose rows point at a record of another table named in their `table` column.
RECORD_LINK_TABLES = ("citations", "source_article")


def upstream(table: str) -> set[str]:
    """Tables that ``table`` cannot be checked without. The record-link tables also point into
    the cited tables, but a broken one of those only leaves its own links unchecked."""
    refs = {
        f.refers_to.split(".")[0]
        for f in TABLES[table].fields
        if f.refers_to and f.refers_to.split(".")[0] != table
    }
    return refs
