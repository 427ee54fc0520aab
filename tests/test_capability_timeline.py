"""The Claims page's capability timeline on the shipped data: China's dated milestones in the
chosen years, each with the claims it bears on (read here from the CSVs, not through the code
under test), dates no more precise than their sources, and the link back from the ledger."""

import csv
import re
from collections import defaultdict

import pandas as pd
import pytest

from kizuna import views
from kizuna.state import YEAR_BOUNDS, Filters

from support import ROOT

TIMELINE = "claims-capability-timeline"


def read(name: str) -> list[dict]:
    with open(ROOT / "data" / f"{name}.csv", newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


MILESTONES = {row["milestone_id"]: row for row in read("milestones")}
COUNTRIES = defaultdict(set)
for row in read("milestone_countries"):
    COUNTRIES[row["country"]].add(row["milestone_id"])
CLAIMS_OF = defaultdict(set)
MILESTONES_OF = defaultdict(set)
for row in read("milestone_claims"):
    CLAIMS_OF[row["milestone_id"]].add(row["claim_id"])
    MILESTONES_OF[row["claim_id"]].add(row["milestone_id"])


def expected(country: str, years: tuple[int, int]) -> set[str]:
    return {m for m in COUNTRIES[country] if years[0] <= int(MILESTONES[m]["date"][:4]) <= years[1]}


def points(chart) -> dict[str, dict]:
    """Every point drawn, by milestone id, with its hover fields and marker."""
    drawn = {}
    for trace in chart.figure.data:
        for x, text, symbol, custom in zip(
            trace.x or (),
            trace.text or (),
            [trace.marker.symbol] * len(trace.x or ()),
            trace.customdata or (),
            strict=True,
        ):
            if x is None:
                continue
            label, when, what, sources, claims, milestone_id = custom
            assert milestone_id not in drawn, f"{milestone_id} drawn twice"
            drawn[milestone_id] = dict(
                label=label,
                text=text,
                when=when,
                what=what,
                sources=sources,
                claims=claims,
                symbol=symbol,
            )
    return drawn


YEARS = [YEAR_BOUNDS, (2011, 2026), (2017, 2021), (2014, 2014), (2020, 2020), (2024, 2025)]


@pytest.mark.parametrize("years", YEARS, ids=[f"{a}-{b}" for a, b in YEARS])
def test_the_timeline_holds_every_chinese_milestone_in_the_years_and_no_other(data, years):
    view = views.claims(data, Filters((), years))
    wanted = expected("CHN", years)
    assert wanted, "the shipped data has Chinese milestones in these years"
    chart = view.charts[TIMELINE]
    drawn = points(chart)
    assert set(drawn) == wanted
    assert set(chart.data["milestone_id"]) == wanted  # what the CSV download holds
    assert chart.caption.title == "Capability milestones by programme: China"
    # one lane header per programme drawn, and the axis ends with the last milestone's year
    programmes = {MILESTONES[m]["programme"] for m in wanted}
    headers = {re.sub(r"</?b>", "", a.text) for a in chart.figure.layout.annotations}
    assert programmes <= {h.replace("&amp;", "&") for h in headers}
    last = max(int(MILESTONES[m]["date"][:4]) for m in wanted)
    assert str(chart.figure.layout.xaxis.range[1]).startswith(str(last))


def test_each_point_names_exactly_the_claims_it_bears_on(data):
    chart = views.claims(data, Filters()).charts[TIMELINE]
    drawn = points(chart)
    rows = chart.data.set_index("milestone_id")
    for milestone_id, point in drawn.items():
        claims = CLAIMS_OF.get(milestone_id, set())
        shown = set(re.findall(r"C-[A-Z]+-\d+", point["claims"]))
        assert shown == claims, milestone_id
        listed = rows.at[milestone_id, "claim_ids"]
        assert set(filter(None, listed.split("; "))) == claims, milestone_id
        for claim in claims:  # each claim named with its assessment
            assert re.search(
                re.escape(claim) + r" \((corroborated|plausible|contested|"
                r"unverified|refuted)",
                point["claims"],
            ), (milestone_id, claim)
        assert point["sources"] and point["sources"] != "none on record", milestone_id


def test_a_milestone_without_claims_still_shows(data):
    chart = views.claims(data, Filters()).charts[TIMELINE]
    drawn = points(chart)
    lonely = {m for m in expected("CHN", YEAR_BOUNDS) if m not in CLAIMS_OF}
    assert lonely, "the shipped data has Chinese milestones no claim rests on"
    for milestone_id in lonely:
        assert milestone_id in drawn
        assert drawn[milestone_id]["claims"] == "none on record"
        assert drawn[milestone_id]["text"]  # labelled like the others


MONTHS = "Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec"


def test_dates_are_shown_at_their_precision(data):
    drawn = points(views.claims(data, Filters()).charts[TIMELINE])
    precisions = set()
    for milestone_id, point in drawn.items():
        written = MILESTONES[milestone_id]["date"]
        precision = MILESTONES[milestone_id]["date_precision"]
        precisions.add(precision)
        when = point["when"].removesuffix(" (planned)")
        year = written[:4]
        if precision == "year":
            assert when == year, (milestone_id, when)
        elif precision == "month":
            assert re.fullmatch(rf"({MONTHS}) {year}", when), (milestone_id, when)
            assert int(written[5:7]) == [*MONTHS.split("|")].index(when[:3]) + 1
        else:
            assert re.fullmatch(rf"\d{{1,2}} ({MONTHS}) {year}", when), (milestone_id, when)
            assert int(when.split()[0]) == int(written[8:10])
    assert {"year", "month", "day"} <= precisions  # all three are exercised


def test_chinas_planned_milestones_are_targets_on_the_timeline_not_in_the_tracker(data):
    view = views.claims(data, Filters())
    planned = {m for m in COUNTRIES["CHN"] if MILESTONES[m]["status"] == "planned"}
    assert planned
    drawn = points(view.charts[TIMELINE])
    for milestone_id in planned:
        assert drawn[milestone_id]["symbol"] == "diamond-open"
        assert drawn[milestone_id]["when"].endswith("(planned)")
    tracked = set(view.charts["claims-targets"].data["milestone_id"])
    assert not tracked & planned
    # the tracker still holds every planned target of Japan's and partners' programmes
    ours = {
        m
        for m, row in MILESTONES.items()
        if row["status"] == "planned"
        and not (
            m in COUNTRIES["CHN"] and len([c for c, ids in COUNTRIES.items() if m in ids]) == 1
        )
    }
    assert tracked == ours


def test_the_ledger_names_the_milestones_of_each_claim(data):
    view = views.claims(data, Filters())
    ledger = view.tables["ledger"]
    assert "milestones" in ledger.columns
    labels = views.capability_milestones(data, Filters()).set_index("milestone_id")["label"]
    linked = 0
    for claim_id, cell in zip(ledger["claim_id"], ledger["milestones"], strict=True):
        mine = MILESTONES_OF.get(claim_id, set())
        if not mine:
            assert pd.isna(cell), claim_id  # blank
            continue
        linked += 1
        assert cell.startswith(f"{len(mine)}: "), (claim_id, cell)
        for milestone_id in mine:
            if milestone_id in labels:
                assert labels[milestone_id] in cell, (claim_id, milestone_id)
    assert linked >= 15
    # the download of the ledger carries the same column
    whole = views.claim_table(data, Filters())
    assert whole.set_index("claim_id")["milestones"].equals(
        ledger.set_index("claim_id")["milestones"]
    )


def test_the_subject_filter_chooses_whose_milestones(data):
    view = views.claims(data, Filters(), subjects=["GBR"])
    drawn = points(view.charts[TIMELINE])
    assert set(drawn) == expected("GBR", YEAR_BOUNDS)
    assert not set(drawn) & (COUNTRIES["CHN"] - COUNTRIES["GBR"])
    nothing = views.claims(data, Filters(), subjects=["FRA"])
    assert TIMELINE not in nothing.charts
    assert "No dated milestone of France" in nothing.metrics["timeline_empty"]


def test_fact_checks_draw_no_timeline(data):
    view = views.claims(data, Filters(), kind="article fact-check")
    assert TIMELINE not in view.charts


def test_a_large_record_draws_its_most_recent_milestones_and_says_so(data, monkeypatch):
    from kizuna.views import _claims

    monkeypatch.setattr(_claims, "TIMELINE_MAX", 10)
    view = views.claims(data, Filters(), kind="capability assessment")
    chart = next(c for c in view.charts.values() if "timeline" in c.name or "capability" in c.name)
    china = [r for r in read("milestone_countries") if r["country"] == "CHN"]
    assert len(chart.data) == 10 < len(china)
    assert f"the 10 most recent of {len(china)} milestones" in chart.caption.subtitle
    newest = sorted(r["date"] for r in read("milestones") if r["milestone_id"].startswith("CN-"))
    assert chart.data["date"].min() >= pd.Timestamp(newest[-10][:4])
