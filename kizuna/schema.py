"""The single truth about Kizuna's tables.

Every table in ``data/`` is described here once, as a list of :class:`Field`. The loader builds
its pandera schemas from these descriptions, the Sources & method page renders the data
dictionary from them, and the tests import them.
"""

from __future__ import annotations

from dataclasses import dataclass

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
    "joint research",
    "status of forces",
    "other",
)
# Instruments that bind under law and pass through stages (signature, entry into force): the
# "treaty-level" types every view and measure means by that word.
# A cell may not start with these: a spreadsheet would run it as a formula (CSV injection).
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")

TREATY_LEVEL_TYPES = (
    "alliance treaty",
    "status of forces",
    "reciprocal access",
    "acquisition and cross-servicing",
    "information security",
    "defence equipment and technology transfer",
)
EXERCISE_KINDS = ("exercise", "port call", "deployment")
DOMAINS = ("air", "land", "maritime", "amphibious", "cyber", "space", "joint")
# Who counts as Japan's partner in an exercise: "partner" trained with Japan's forces (bilateral,
# or alongside them in a multilateral exercise); "co-participant" attended the same multilateral
# exercise without sources showing it trained with Japan's forces; "observer" sent observers.
PARTICIPANT_ROLES = ("Japan", "partner", "co-participant", "observer")
SOURCE_KINDS = ("official", "news", "think tank", "academic")
# A claim is either an assessment of what a state can do, or a fact-check of a statement of the
# source article about an event; counts and charts never mix the two.
CLAIM_KINDS = ("capability assessment", "article fact-check")
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
CITED_TABLES = ("agreements", "exercises", "claims", "milestones", "events", "assistance")
ASSISTANCE_PROGRAMMES = (
    "Official Security Assistance",
    "equipment transfer",
    "capacity building",
)
COMPLETENESS = ("complete", "near complete", "partial", "sample")

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
    folder: str = ""  # beneath data/, for reference tables

    @property
    def file(self) -> str:
        return f"{self.folder}/{self.name}.csv" if self.folder else f"{self.name}.csv"

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
        *_dated("notes_exchanged", "Exchange of notes (or grant agreement) signed."),
        *_dated("delivered", "Equipment handed over, where sources say so."),
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

COVERAGE = Table(
    "coverage",
    "How complete each table is believed to be, per span of years: what a count counts.",
    (
        Field(
            "table",
            "enum",
            "The table described.",
            required=True,
            choices=CITED_TABLES,
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
        *_dated("roster_date", "Date of the list (or the day it was read).", required=True),
        Field("partner", "country", "The partner the listed instrument is with.", required=True),
        Field("listed_as", "text", "The instrument as the list names it.", required=True),
        Field(
            "table", "enum", "Table of the matching record.", required=True, choices=CITED_TABLES
        ),
        Field("record_id", "text", "Id of the matching record.", required=True),
    ),
    folder="reference",
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
        ASSISTANCE,
        CITATIONS,
        AGREEMENT_PARTIES,
        EXERCISE_PARTICIPANTS,
        CLAIM_EVIDENCE,
        MILESTONE_COUNTRIES,
        SOURCE_ARTICLE,
        COVERAGE,
        ROSTERS,
    )
}

# Tables whose rows point at a record of another table named in their `table` column.
RECORD_LINK_TABLES = ("citations", "source_article", "rosters")


def upstream(table: str) -> set[str]:
    """Tables that ``table`` cannot be checked without. The record-link tables also point into
    the cited tables, but a broken one of those only leaves its own links unchecked."""
    refs = {
        f.refers_to.split(".")[0]
        for f in TABLES[table].fields
        if f.refers_to and f.refers_to.split(".")[0] != table
    }
    return refs
