"""The words the tables may use: types, kinds, roles, grades, precisions."""

from __future__ import annotations

from dataclasses import dataclass

from kizuna.i18n import N_

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
    AgreementType(N_("alliance treaty"), N_("Security treaty"), True, True, in_matrix=True),
    AgreementType(N_("status of forces"), N_("SOFA"), True, True),
    AgreementType(N_("reciprocal access"), N_("RAA"), True, True, in_matrix=True),
    AgreementType(N_("acquisition and cross-servicing"), N_("ACSA"), True, True, in_matrix=True),
    AgreementType(N_("information security"), N_("ISA"), True, in_matrix=True),
    AgreementType(
        N_("defence equipment and technology transfer"),
        N_("Equipment transfer"),
        True,
        in_matrix=True,
    ),
    AgreementType(N_("co-development programme"), N_("Co-development"), in_matrix=True),
    AgreementType(N_("2+2 dialogue"), N_("2+2"), mechanism=True, in_matrix=True),
    AgreementType(
        N_("strategic partnership / joint statement"), N_("Partnership statement"), mechanism=True
    ),
    AgreementType(N_("joint research"), N_("joint research")),
    AgreementType(N_("other"), N_("other")),
)
AGREEMENT_TYPES = tuple(t.name for t in AGREEMENT_KINDS)
TREATY_LEVEL_TYPES = tuple(t.name for t in AGREEMENT_KINDS if t.treaty_level)
DEFENCE_AGREEMENT_TYPES = tuple(t.name for t in AGREEMENT_KINDS if t.defence)
MECHANISM_TYPES = tuple(t.name for t in AGREEMENT_KINDS if t.mechanism)
MATRIX_TYPES = tuple(t.name for t in AGREEMENT_KINDS if t.in_matrix)
TYPE_SHORT = {t.name: t.short for t in AGREEMENT_KINDS}

# A cell may not start with these: a spreadsheet would run it as a formula (CSV injection).
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")
EXERCISE_KINDS = (N_("exercise"), N_("port call"), N_("deployment"))
DOMAINS = (
    N_("air"),
    N_("land"),
    N_("maritime"),
    N_("amphibious"),
    N_("cyber"),
    N_("space"),
    N_("joint"),
)
# Who counts as Japan's partner in an exercise: "partner" trained with Japan's forces (bilateral,
# or alongside them in a multilateral exercise); "co-participant" attended the same multilateral
# exercise without sources showing it trained with Japan's forces; "observer" sent observers.
PARTICIPANT_ROLES = (N_("Japan"), N_("partner"), N_("co-participant"), N_("observer"))
# "reproduction": a mirror, aggregator, re-post or blog copying others' reporting; a record
# resting on reproductions alone is shown as such on Sources & method.
SOURCE_KINDS = (N_("official"), N_("news"), N_("think tank"), N_("academic"), N_("reproduction"))
# A claim is either an assessment of what a state can do, or a fact-check of a statement of the
# source article about an event; counts and charts never mix the two.
CLAIM_KINDS = (N_("capability assessment"), N_("article fact-check"))
CLAIM_DOMAINS = (
    N_("missiles"),
    N_("hypersonics"),
    N_("aircraft"),
    N_("aero-engines"),
    N_("electronic warfare"),
    N_("AI and autonomy"),
    N_("power projection"),
    N_("naval"),
    N_("space"),
    N_("cyber"),
    N_("nuclear"),
    N_("defence industry"),
    N_("other"),
)
SOURCE_RELIABILITY = ("A", "B", "C", "D", "E", "F")
INFORMATION_CREDIBILITY = ("1", "2", "3", "4", "5", "6")
ASSESSMENTS = (
    N_("corroborated"),
    N_("plausible"),
    N_("contested"),
    N_("refuted"),
    N_("unverified"),
)
# Which Admiralty information-credibility codes each assessment allows: the assessment says in
# words what the code says in a digit, so the two must agree.
GRADES_ALLOWED = {
    "corroborated": ("1",),  # confirmed by other, independent sources
    "plausible": ("2", "3"),  # probably or possibly true
    "contested": ("3", "4"),  # credible sources disagree
    "refuted": ("5",),  # contradicted by the evidence
    "unverified": ("6",),  # the evidence found cannot settle it
}
STANCES = (N_("supports"), N_("contradicts"))
MILESTONE_STATUSES = (N_("achieved"), N_("planned"))
EVENT_KINDS = (N_("strategy"), N_("law"), N_("policy"), N_("summit"), N_("other"))
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
CADENCES = (N_("annual"), N_("biennial"), N_("irregular"))
NOT_HELD_STATUSES = (N_("cancelled"), N_("postponed"), N_("held without Japan"), N_("not held"))
ASSISTANCE_PROGRAMMES = (
    N_("Official Security Assistance"),
    N_("equipment transfer"),
    N_("capacity building"),
)
COMPLETENESS = (N_("complete"), N_("near complete"), N_("partial"), N_("sample"))

# Lifecycle stages of an agreement, in the order they happen.
AGREEMENT_STAGES = ("negotiations_opened", "agreed_in_principle", "signed", "in_force", "ended")

ADMIRALTY_RELIABILITY = {
    "A": N_("Completely reliable"),
    "B": N_("Usually reliable"),
    "C": N_("Fairly reliable"),
    "D": N_("Not usually reliable"),
    "E": N_("Unreliable"),
    "F": N_("Reliability cannot be judged"),
}
ADMIRALTY_CREDIBILITY = {
    "1": N_("Confirmed by other sources"),
    "2": N_("Probably true"),
    "3": N_("Possibly true"),
    "4": N_("Doubtful"),
    "5": N_("Improbable"),
    "6": N_("Truth cannot be judged"),
}
