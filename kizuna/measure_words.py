"""The composite index in the reader's words: what each sub-measure counts and why it weighs
what it does, the formula, and what the index cannot see. measures holds the numbers and the
headline; these are marked for translation where defined (N_) and translated where shown (_).
"""

from __future__ import annotations

from kizuna.i18n import N_

# The sub-measures, by the names the index's columns carry (shown translated: _(name)).
SUBMEASURES = (
    N_("commitments"),
    N_("operations"),
    N_("industry"),
    N_("assistance"),
    N_("dialogue"),
)

WEIGHT_REASONS = {
    "commitments": N_(
        "What forces may do together, written into treaties in force: the alliance "
        "treaty, status of forces, reciprocal access, logistics (ACSA) and information security."
    ),
    "operations": N_(
        "How often forces actually train and deploy together: the record of named "
        "exercises, deployments and port calls with Japan as partner."
    ),
    "industry": N_(
        "Weapons built or transferred together: co-development programmes and "
        "equipment-transfer agreements."
    ),
    "assistance": N_(
        "Japan equipping the partner's forces: Official Security Assistance grants "
        "and transfers. Weighed less: it measures Japan's support, not a two-way bond."
    ),
    "dialogue": N_(
        "Standing political mechanisms: foreign and defence ministers' 2+2 meetings and "
        "leaders' partnership statements."
    ),
}

# The parameters it states (DECAY, DRAWS, SPREAD, SEED) are written out, so that the message is
# the English shown: measures checks them against its own when it is imported.
FORMULA = N_(
    "index(partner, year) = Σₖ wₖ × scoreₖ / Σₖ wₖ over the five sub-measures k, where scoreₖ is "
    "the partner's raw points on k that year as a share of the highest partner's (0–100). "
    "Commitments and industry count instruments live at the year's end (in force; signed where "
    "no entry into force is on record; one per chain of replacements and amendments; each "
    "programme once). Operations and assistance sum the last five years' activities, each "
    "worth 0.75× less per year of age. Ranks are recomputed under 400 weightings, "
    "each weight drawn within ±50% of its default (seed 20261202)."
)
BLIND_SPOTS = N_(
    "The index counts what is on record: instruments, named exercises, grants. It does not see "
    "forces stationed or commands shared (most of the US alliance's weight), intelligence "
    "sharing, the size of each exercise beyond who took part, or defence trade outside "
    "agreements. Exercises before 2011 are not on record, so earlier years rest on agreements."
)
