"""The words the tables may use: types, kinds, roles, grades, precisions."""

from __future__ import annotations

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
