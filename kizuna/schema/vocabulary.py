"""The words the tables may use: types, kinds, roles, grades, precisions."""

from __future__ import annotations

from dataclasses import dataclass

PRECISIONS = ("day", "month", "year")


@dataclass(frozen=True)
class AgreementType:
    """One type of agreement and what every view and measure needs to know of it."""

    name: str
    short: str  # the standard short name analysts use on a chart ("ACSA")
    # binds under law and passes through stages (signature, entry into force): "treaty-level"
    treaty_level: bool = False
    # governs what forces may do together: the Overview's "defence agreements in force"
    defence: bool = False
    # a round of one standing mechanism (a 2+2, a joint statement): a one-day event, no lifecycle
    mechanism: bool = False
    # a column of the partner x instrument matrix
    in_matrix: bool = False


# In this order on every chart that lists types.
AGREEMENT_KINDS = (
    AgreementType("alliance treaty", "Security treaty", True, True, in_matrix=True),
    AgreementType("status of forces", "SOFA", True, True),
    AgreementType("reciprocal access", "RAA", True, True, in_matrix=True),
    AgreementType("acquisition and cross-servicing", "ACSA", True, True, in_matrix=True),
    AgreementType("information security", "ISA", True, in_matrix=True),
    AgreementType(
        "defence equipment and technology transfer", "Equipment transfer", True, in_matrix=True
    ),
    AgreementType("co-development programme", "Co-development", in_matrix=True),
    AgreementType("2+2 dialogue", "2+2", mechanism=True, in_matrix=True),
    AgreementType(
        "strategic partnership / joint statement", "Partnership statement", mechanism=True
    ),
    AgreementType("joint research", "joint research"),
    AgreementType("other", "other"),
)
AGREEMENT_TYPES = tuple(t.name for t in AGREEMENT_KINDS)
TREATY_LEVEL_TYPES = tuple(t.name for t in AGREEMENT_KINDS if t.treaty_level)
DEFENCE_AGREEMENT_TYPES = tuple(t.name for t in AGREEMENT_KINDS if t.defence)
MECHANISM_TYPES = tuple(t.name for t in AGREEMENT_KINDS if t.mechanism)
MATRIX_TYPES = tuple(t.name for t in AGREEMENT_KINDS if t.in_matrix)
TYPE_SHORT = {t.name: t.short for t in AGREEMENT_KINDS}

# A cell may not start with these: a spreadsheet would run it as a formula (CSV injection).
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")
EXERCISE_KINDS = ("exercise", "port call", "deployment")
DOMAINS = ("air", "land", "maritime", "amphibious", "cyber", "space", "joint")
# Who counts as Japan's partner in an exercise: "partner" trained with Japan's forces (bilateral,
# or alongside them in a multilateral exercise); "co-participant" attended the same multilateral
# exercise without sources showing it trained with Japan's forces; "observer" sent observers.
PARTICIPANT_ROLES = ("Japan", "partner", "co-participant", "observer")
# "reproduction": a mirror, aggregator, re-post or blog copying others' reporting; a record
# resting on reproductions alone is shown as such on Sources & method.
SOURCE_KINDS = ("official", "news", "think tank", "academic", "reproduction")
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
# Which Admiralty information-credibility codes each assessment allows: the assessment says in
# words what the code says in a digit, so the two must agree.
GRADES_ALLOWED = {
    "corroborated": ("1",),  # confirmed by other, independent sources
    "plausible": ("2", "3"),  # probably or possibly true
    "contested": ("3", "4"),  # credible sources disagree
    "refuted": ("5",),  # contradicted by the evidence
    "unverified": ("6",),  # the evidence found cannot settle it
}
STANCES = ("supports", "contradicts")
MILESTONE_STATUSES = ("achieved", "planned")
EVENT_KINDS = ("strategy", "law", "policy", "summit", "other")
CITED_TABLES = (
    "agreements",
    "exercises",
    "claims",
    "milestones",
    "events",
    "assistance",
    "series_not_held",
)
# The tables coverage.csv grades: the cited ones, and the tracked series as a panel.
COVERED_TABLES = (*CITED_TABLES, "series")
CADENCES = ("annual", "biennial", "irregular")
NOT_HELD_STATUSES = ("cancelled", "postponed", "held without Japan", "not held")
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
