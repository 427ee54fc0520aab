"""Judgement fields checked as strictly as dates: a claim's assessment and its credibility code
say the same thing, a corroborated claim has independent confirmation, and no `first` is
contradicted by an earlier record of the same kind that it does not name."""

from __future__ import annotations

import csv
import re
from collections import defaultdict

import pytest

from kizuna.load import load
from kizuna.schema import GRADES_ALLOWED

from support import ROOT


def rows(name: str) -> list[dict]:
    with (ROOT / "data" / f"{name}.csv").open(newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def test_every_claims_credibility_code_is_one_its_assessment_allows():
    for claim in rows("claims"):
        allowed = GRADES_ALLOWED[claim["assessment"]]
        assert claim["information_credibility"] in allowed, claim["claim_id"]


@pytest.mark.parametrize(
    "assessment, code",
    [("corroborated", "2"), ("refuted", "2"), ("unverified", "4"), ("plausible", "5")],
)
def test_the_validator_refuses_an_assessment_its_code_contradicts(valid_dir, assessment, code):
    path = valid_dir / "claims.csv"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace(",B,1,corroborated,", f",B,{code},{assessment},"), "utf-8")
    said = [str(p) for p in load(valid_dir).problems["claims"]]
    assert len(said) == 1
    assert said[0].startswith(
        f"error: claims.csv, row 2, column 'information_credibility', value '{code}': "
        "does not match the assessment (allowed: corroborated: 1; plausible: 2 or 3; "
        "contested: 3 or 4; refuted: 5; unverified: 6)"
    ) or said[0].startswith("error: claims.csv, row 2, column 'information_credibility'")
    assert "does not match the assessment" in said[0]


def test_a_corroborated_claim_is_confirmed_by_two_publishers_and_contradicted_by_none():
    publisher = {s["source_id"]: s["publisher"] for s in rows("sources")}
    supports, contradicts = defaultdict(set), defaultdict(int)
    for e in rows("claim_evidence"):
        if e["stance"] == "supports":
            supports[e["claim_id"]].add(publisher[e["source_id"]])
        else:
            contradicts[e["claim_id"]] += 1
    for claim in rows("claims"):
        if claim["assessment"] == "corroborated":
            assert len(supports[claim["claim_id"]]) >= 2, claim["claim_id"]
            assert contradicts[claim["claim_id"]] == 0, claim["claim_id"]


# A `first` of this family says the parties held their first exercise together (in a domain):
# "first bilateral air exercise", "first joint training by Japanese and French fighter jets".
# Qualified firsts ("the first in Japan", "first ... since 2017", "first ... following the
# RAA") are another claim and are not tested here.
FIRST_TOGETHER = re.compile(
    r"\bfirst(?:-ever| ever)?\s+(?:(?:bilateral|joint|trilateral|combined)\s+)?"
    r"(?:(?:air|naval|maritime|military|fighter|army)\s+)?(?:exercise|drill|training)s?\b"
    r"(?!\s+(?:in|at|on|off|of|with|since|after|following|under|conducted|held|to|involving))",
    re.IGNORECASE,
)


QUALIFIED = re.compile(
    r"\b(since|following|after the|in \d+ years|in Japan|on Japanese|in the [A-Z]|of its kind)",
)


def exercises_with_partners() -> list[dict]:
    partners = defaultdict(set)
    for p in rows("exercise_participants"):
        if p["role"] == "partner":
            partners[p["exercise_id"]].add(p["country"])
    found = rows("exercises")
    for e in found:
        e["partners"] = frozenset(partners[e["exercise_id"]])
    return found


def test_no_first_is_contradicted_by_an_earlier_record_unless_it_names_one():
    records = exercises_with_partners()
    checked = []
    for claim in records:
        text = claim["first"]
        if not text or not FIRST_TOGETHER.search(text) or QUALIFIED.search(text):
            continue
        checked.append(claim["exercise_id"])
        earlier = [
            e["exercise_id"]
            for e in records
            if e["start"][:10] < claim["start"][:10]
            and e["kind"] == claim["kind"]
            and e["domain"] == claim["domain"]
            and e["partners"] == claim["partners"]
        ]
        # a first the record qualifies names the earlier record that makes it a lesser first
        named = [e for e in earlier if e in text]
        assert not earlier or named, (claim["exercise_id"], text[:120], earlier)
    assert {"F-VEER-2023", "F-SHINYUU-2018"} <= set(checked)  # the family is found


def test_a_first_that_names_a_record_names_an_earlier_one():
    records = {e["exercise_id"]: e for e in rows("exercises")}
    ids = re.compile(r"\b[A-Z][A-Z0-9]*(?:-[A-Z0-9]+){2,}\b")
    for e in records.values():
        for named in ids.findall(e["first"] or ""):
            if named in records:
                assert records[named]["start"][:10] < e["start"][:10], (e["exercise_id"], named)


def test_the_japan_italy_action_plan_is_on_record_beside_the_other_action_plans():
    titles = {a["agreement_id"]: a for a in rows("agreements")}
    plan = titles["JG-ITA-AP-2024"]
    assert (plan["signed"], plan["signed_precision"]) == ("2024-06-14", "day")
    assert "2024-2027" in plan["title"]
    parties = {p["country"] for p in rows("agreement_parties") if p["agreement_id"] in titles}
    assert {"JPN", "ITA"} <= parties
