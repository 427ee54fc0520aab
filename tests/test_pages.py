"""Every page through AppTest: no exception, the empty-state message when nothing matches, and
what is drawn equals what was worked out by hand. Counts are hand-worked on the small fixture
dataset (tests/fixtures/valid); tests on the shipped data/ compare against rows counted in its
CSVs here, so they hold whatever rows are added."""

import csv
import json

import pandas as pd
import pytest
import streamlit as st
from streamlit.testing.v1 import AppTest

from kizuna import pages, ui, views
from kizuna.schema import TABLES
from kizuna.state import YEAR_BOUNDS, Filters

from support import ROOT, values

PAGES = {p.name: p.script for p in pages.PAGES}
ALL_YEARS = YEAR_BOUNDS
SCENARIOS = {
    "default": Filters((), ALL_YEARS),
    "one partner": Filters(("ITA",), ALL_YEARS),
    "two partners, 2015-2022": Filters(("GBR", "FRA"), (2015, 2022)),
    "nothing matches": Filters(("SWE",), (1990, 1991)),
}


@pytest.fixture(autouse=True)
def fresh_cache():
    st.cache_data.clear()
    yield


def open_page(page: str, f: Filters) -> AppTest:
    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=60)
    at.session_state["partner"] = list(f.partners)
    at.session_state["years"] = f.years
    at.run()
    if page != "overview":
        at.switch_page(PAGES[page]).run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def specs(at: AppTest) -> list[dict]:
    return [json.loads(c.proto.spec) for c in at.get("plotly_chart")]


def titled(at: AppTest, title: str) -> dict:
    found = [s for s in specs(at) if s["layout"]["title"]["text"] == title]
    assert len(found) == 1, [s["layout"]["title"]["text"] for s in specs(at)]
    return found[0]


def frame_with(at: AppTest, column: str):
    found = [d.value for d in at.dataframe if column in d.value.columns]
    assert found, "no table with column " + column
    return found[0]


def shipped(table: str) -> list[dict]:
    """The rows of data/<table>.csv, read with the csv module (not with kizuna)."""
    with (ROOT / "data" / f"{table}.csv").open(newline="", encoding="utf-8-sig") as f:
        return list(csv.DictReader(f))


@pytest.fixture
def fixture_data(valid_dir, monkeypatch):
    """The app reads the small fixture dataset. What it holds, for the counts below:
    agreements: AUS-RAA (reciprocal access with Australia), signed 2022-01-06, in force
    2023-08-13; exercises: two port calls, both with Italy as the partner, ITA-2023-MOROSINI
    (2023-06-21) and ITA-2024-CAVOUR (2024-08-22); claims: CAVOUR-2024, a capability
    assessment about Italy dated 2024-08-22 (power projection, corroborated); 3 sources;
    assistance: PHL-OSA-2023 (the Philippines)."""
    monkeypatch.setenv("KIZUNA_DATA_DIR", str(valid_dir))
    return valid_dir


MOROSINI, CAVOUR = "ITA-2023-MOROSINI", "ITA-2024-CAVOUR"


# Exercises on the fixture: (filters, the exercise ids shown, by hand from exercises.csv).
EXERCISE_CASES = {
    "default": (Filters((), ALL_YEARS), [MOROSINI, CAVOUR]),
    "one partner": (Filters(("ITA",), ALL_YEARS), [MOROSINI, CAVOUR]),
    "one partner, 2024": (Filters(("ITA",), (2024, 2024)), [CAVOUR]),  # 2023's is out
    "two partners, 2015-2022": (Filters(("GBR", "FRA"), (2015, 2022)), []),  # none with them
    "nothing matches": (Filters(("SWE",), (1990, 1991)), []),
}


@pytest.mark.parametrize("case", EXERCISE_CASES, ids=list(EXERCISE_CASES))
def test_exercises_page(case, fixture_data):
    f, ids = EXERCISE_CASES[case]
    at = open_page("exercises", f)
    if not ids:
        assert any("No exercises" in i.value for i in at.info)
        assert not at.get("plotly_chart")
        return
    on_map = [
        point[-1]
        for trace in titled(at, "Where Japan's forces trained with partners")["data"]
        if trace.get("mode") == "markers"
        for point in trace["customdata"]
    ]
    assert sorted(on_map) == sorted(ids)
    assert sorted(frame_with(at, "Exercise id")["Exercise id"]) == sorted(ids)
    # the trends count the tracked series by default: the fixture's one series
    # (ITALIAN-VISITS, series_iterations.csv) has both port calls as its 2023 and 2024 iterations
    per_year = titled(at, "Tracked exercise series held per year")
    drawn = sum(sum(values(t["y"])) for t in per_year["data"])
    assert drawn == len(ids)  # one per iteration
    assert f.describe() in per_year["layout"]["title"]["subtitle"]["text"]
    heatmap = titled(at, "Tracked exercise series with each partner per year")["data"][0]
    assert list(heatmap["y"]) == ["Italy"]  # Italy is the partner of both port calls
    assert sum(sum(row) for row in values(heatmap["z"])) == len(ids)


# Agreements on the fixture: AUS-RAA is dated by its first stage on record, its signature in
# 2022; the year filter reads that date. (filters, agreement ids in the table.)
AGREEMENT_CASES = {
    "default": (Filters((), ALL_YEARS), ["AUS-RAA"]),
    "Australia, 2015-2022": (Filters(("AUS",), (2015, 2022)), ["AUS-RAA"]),  # signed 2022
    "Australia, 2023-2026": (Filters(("AUS",), (2023, 2026)), []),  # in force 2023: not dated
    "one partner": (Filters(("ITA",), ALL_YEARS), []),  # no agreement with Italy
    "nothing matches": (Filters(("SWE",), (1990, 1991)), []),
}


@pytest.mark.parametrize("case", AGREEMENT_CASES, ids=list(AGREEMENT_CASES))
def test_partnerships_page(case, fixture_data):
    f, ids = AGREEMENT_CASES[case]
    at = open_page("partnerships", f)
    if not ids:
        assert any("No agreements" in i.value for i in at.info)
        return
    table = frame_with(at, "Agreement id")
    assert sorted(table["Agreement id"]) == ids
    assert set(table["Partner"]) == {"Australia"}
    lifecycle = titled(at, "Agreement lifecycles")
    labelled = {y for t in lifecycle["data"] for y in values(t.get("y")) if y}
    assert len(labelled) == 1  # one agreement with one partner: one lifecycle row


# Overview on the fixture: (filters, agreements counted in the years, partners with a defence
# agreement in force at the end of the last year, whatever the year it was dated); None when
# the partners have no agreement in any year, and the page says so.
OVERVIEW_CASES = {
    "default": (Filters((), ALL_YEARS), 1, 1),  # the RAA, in force since 2023
    "Australia, 2015-2022": (Filters(("AUS",), (2015, 2022)), 1, 0),  # signed, not in force
    "Australia, 2023-2026": (Filters(("AUS",), (2023, 2026)), 0, 1),  # dated 2022, in force
    "one partner": (Filters(("ITA",), ALL_YEARS), None, None),  # no agreement with Italy
    "nothing matches": (Filters(("SWE",), (1990, 1991)), None, None),
}


@pytest.mark.parametrize("case", OVERVIEW_CASES, ids=list(OVERVIEW_CASES))
def test_overview_page(case, fixture_data):
    f, agreements, in_force = OVERVIEW_CASES[case]
    at = open_page("overview", f)
    if agreements is None:
        assert any("No agreements" in i.value for i in at.info)
        assert not at.metric and not at.get("plotly_chart")
        return
    metric = [m for m in at.metric if m.label == "Agreements, statements and 2+2 rounds on record"]
    assert metric and int(metric[0].value) == agreements
    defence = [m for m in at.metric if m.label.startswith("Partners with a defence agreement")]
    assert defence and int(defence[0].value) == in_force
    if not agreements:
        assert not [s for s in specs(at) if s["layout"]["title"]["text"] == "Agreements by type"]
        return
    by_type = titled(at, "Agreements by type")
    assert sum(values(by_type["data"][0]["x"])) == agreements


# Claims on the fixture: CAVOUR-2024, a capability assessment about Italy dated 2024.
CLAIM_CASES = {
    "default": (Filters((), ALL_YEARS), ["CAVOUR-2024"]),
    "one partner": (Filters(("ITA",), ALL_YEARS), ["CAVOUR-2024"]),
    "one partner, 2015-2022": (Filters(("ITA",), (2015, 2022)), []),  # dated 2024
    "two partners, 2015-2022": (Filters(("GBR", "FRA"), (2015, 2022)), []),
    "nothing matches": (Filters(("SWE",), (1990, 1991)), []),
}


@pytest.mark.parametrize("case", CLAIM_CASES, ids=list(CLAIM_CASES))
def test_claims_page(case, fixture_data):
    f, ids = CLAIM_CASES[case]
    at = open_page("claims", f)
    if not ids:
        assert any("No claims" in i.value for i in at.info)
        return
    assert sorted(frame_with(at, "Claim id")["Claim id"]) == ids
    matrix = titled(at, "Capability assessments by subject, domain and assessment")
    assert sum(sum(values(t["x"])) for t in matrix["data"]) == len(ids)


def test_partner_comparison_counts_each_partners_agreements(fixture_data):
    """On the fixture the index ranks Australia (the RAA), Italy (two port calls) and the
    Philippines (one grant); only Australia has an agreement."""
    at = open_page("partnerships", SCENARIOS["default"])
    assert not at.get("vega_lite_chart")
    at.toggle(key="partnerships_compare").set_value(True).run()
    assert not at.exception
    assert len(at.get("vega_lite_chart")) == 1
    first = at.selectbox(key="partnerships_a")
    second = at.selectbox(key="partnerships_b")
    assert (first.value, second.value) == ("AUS", "ITA")  # in the order of the partner list
    assert list(second.options) == ["Italy (ITA)", "Philippines (PHL)"]
    said = [m.value for m in at.markdown]
    assert any(m.startswith("**Australia**: 1 agreements in range") for m in said), said
    assert any(m.startswith("**Italy**: 0 agreements in range") for m in said), said


def test_fact_checks_are_counted_apart_from_capability_assessments():
    at = open_page("claims", SCENARIOS["default"])
    at.segmented_control(key="claims_kind").set_value("article fact-check").run()
    assert not at.exception
    ledger = frame_with(at, "Claim id")
    checks = [r["claim_id"] for r in shipped("claims") if r["kind"] == "article fact-check"]
    assert checks and sorted(ledger["Claim id"]) == sorted(checks)
    matrix = titled(at, "Fact-checks of the source article by subject and verdict")
    assert sum(sum(values(t["x"])) for t in matrix["data"]) == len(checks)


def test_sources_page_lists_every_source_and_the_dictionary():
    at = open_page("sources", SCENARIOS["default"])
    shown = frame_with(at, "Source id")
    ids = {r["source_id"] for r in shipped("sources")}
    assert len(shown) == min(len(ids), ui.TABLE_ROWS)
    assert set(shown["Source id"]) <= ids
    assert len(at.expander) >= len(TABLES)  # the data dictionary: one per table


def test_claim_filters_narrow_the_ledger():
    at = open_page("claims", SCENARIOS["default"])
    at.multiselect(key="claims_assessment").set_value(["contested"]).run()
    ledger = frame_with(at, "Claim id")
    wanted = [
        r
        for r in shipped("claims")
        if r["assessment"] == "contested" and r["kind"] == "capability assessment"
    ]
    assert wanted and len(ledger) == len(wanted)
    assert set(ledger["Assessment"]) == {"contested"}


def test_reset_restores_every_partner_and_year():
    at = open_page("exercises", SCENARIOS["two partners, 2015-2022"])
    at.button[0].click().run()
    assert at.session_state["partner"] == [] and tuple(at.session_state["years"]) == ALL_YEARS


def test_a_broken_table_stops_only_the_pages_that_need_it(valid_dir, monkeypatch):
    path = valid_dir / "exercises.csv"
    path.write_text(path.read_text().replace("maritime", "underwater", 1))
    monkeypatch.setenv("KIZUNA_DATA_DIR", str(valid_dir))
    at = open_page("exercises", SCENARIOS["default"])
    assert any("exercises.csv" in e.value for e in at.error)
    assert any("underwater" in c.value for c in at.code)
    at = open_page("partnerships", SCENARIOS["default"])
    assert not at.error and at.get("plotly_chart")


def test_clicking_a_country_on_the_map_narrows_to_that_partner(monkeypatch):
    from types import SimpleNamespace

    from kizuna.ui import selection as ui

    state = {"overview-map": {"selection": {"points": [{"location": "ITA"}, {"location": "CHN"}]}}}
    monkeypatch.setattr(ui, "st", SimpleNamespace(session_state=state))
    ui.focus_partner("overview-map")()
    assert state["partner"] == ["ITA"]  # China is not a partner: ignored
    state.update({"overview-map": {"selection": {"points": []}}, "partner": ["GBR"]})
    ui.focus_partner("overview-map")()
    assert state["partner"] == ["GBR"]  # an empty click changes nothing


def test_index_headline_and_weights_on_the_partnerships_page(data):
    at = open_page("partnerships", SCENARIOS["default"])
    bars = titled(at, f"Composite partnership index, {ALL_YEARS[1]}")
    first = bars["data"][0]["y"][0]
    assert first == "United States"
    labels = bars["data"][-1]["text"]  # "87  #1", "58  #2 (2–3)": ranks are whole numbers
    assert labels[1].split("  ")[1].startswith("#2") and not any(".0" in t for t in labels)
    at.slider(key="partnerships_w_commitments").set_value(0.0).run()
    at.slider(key="partnerships_w_operations").set_value(0.0).run()
    at.slider(key="partnerships_w_dialogue").set_value(0.0).run()
    at.slider(key="partnerships_w_assistance").set_value(0.0).run()
    assert not at.exception
    industry_only = titled(at, f"Composite partnership index, {ALL_YEARS[1]}")
    assert "custom weights" in industry_only["layout"]["title"]["subtitle"]["text"]
    assert industry_only["data"][0]["y"] != bars["data"][0]["y"]


def test_the_partnerships_view_keeps_its_first_rows_and_the_download_all(data, monkeypatch):
    """A view holds the agreement rows its table shows, with their sources, and their count;
    the downloads and the briefing pack rebuild every row."""
    from kizuna.views import _partnerships

    f = Filters((), (1990, 2026))
    whole = views.agreement_table(data, f)
    monkeypatch.setattr(_partnerships, "SHOWN_ROWS", 7)
    view = views.partnerships(data, f)
    assert view.metrics["agreements"] == len(whole) > 7
    pd.testing.assert_frame_equal(view.tables["agreements"], whole.head(7))
    assert whole["sources"].notna().all()
    _, tables = views.briefing(data, f)
    pd.testing.assert_frame_equal(tables["agreements"], whole)


def test_links_with_country_codes_open_those_partners():
    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=60)
    at.query_params["partner"] = ["ITA", "gbr", "Italy (ITA)", "XXX", "<script>"]
    at.run()
    assert not at.exception
    assert at.session_state["partner"] == ["ITA", "GBR"]
    assert any("XXX" in w.value and "ignored" in w.value for w in at.warning)
    assert at.query_params["partner"] == ["ITA", "GBR"]  # the link is rewritten with codes


def test_the_link_drops_the_partner_parameter_when_none_is_chosen():
    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=60)
    at.query_params["partner"] = ["ITA"]
    at.run()
    at.multiselect(key="partner").set_value([]).run()
    assert "partner" not in at.query_params


def test_weights_and_facets_are_read_from_the_link():
    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=60)
    at.query_params["partnerships_w_industry"] = "0.6"
    at.query_params["partnerships_type"] = "reciprocal access"
    at.run()
    at.switch_page(PAGES["partnerships"]).run()
    assert not at.exception
    assert at.slider(key="partnerships_w_industry").value == 0.6
    assert at.multiselect(key="partnerships_type").value == ["reciprocal access"]
    index = titled(at, f"Composite partnership index, {ALL_YEARS[1]}")
    assert "custom weights" in index["layout"]["title"]["subtitle"]["text"]


def test_the_claims_view_keeps_its_first_rows_and_the_download_all(data, monkeypatch):
    """The claims view holds the ledger's rows with their sources, and their count; the
    downloads and the briefing pack rebuild every claim. The targets are the same whatever the
    filters."""
    from kizuna.views import _claims

    f = Filters((), YEAR_BOUNDS)
    whole = views.claim_table(data, f)
    monkeypatch.setattr(_claims, "SHOWN_ROWS", 5)
    view = views.claims(data, f)
    assert view.metrics["claims"] == len(whole) > 5
    pd.testing.assert_frame_equal(view.tables["claims"], whole.head(5))
    pd.testing.assert_frame_equal(view.tables["ledger"], whole.head(5)[views.LEDGER_COLUMNS])
    assert whole["sources"].notna().all()
    _, tables = views.briefing(data, f)
    pd.testing.assert_frame_equal(tables["claims"], whole)
    later = views.claims(data, Filters(("ITA",), (2020, 2026)))
    pd.testing.assert_frame_equal(
        later.charts["claims-targets"].data, view.charts["claims-targets"].data
    )


def test_the_source_search_keeps_its_first_rows_and_the_download_all(data, monkeypatch):
    """The search holds the sources its table shows and how many it found; the downloads
    rebuild every one."""
    from kizuna.views import _method

    monkeypatch.setattr(_method, "SHOWN_ROWS", 3)
    for kinds, query in [((), ""), (("official",), ""), ((), "ministry"), (("news",), "japan")]:
        whole = views.source_table(data, kinds, query)
        view = views.source_search(data, kinds, query)
        assert view.metrics["sources"] == len(whole) > 3, (kinds, query)
        pd.testing.assert_frame_equal(view.tables["sources"], whole.head(3))
    at = open_page("sources", SCENARIOS["default"])
    n = len(shipped("sources"))
    assert any(c.value == f"{n:,} of {n:,} sources" for c in at.caption)


def test_agreement_rows_read_by_some_columns_are_the_same_rows(data):
    """A page may filter the agreement rows by the columns it reads, then read some of them
    whole: the same rows, in the same order, as filtering the whole rows."""
    from kizuna.views import _core, _overview

    for f in [Filters(), Filters(("ITA", "GBR"), (2010, 2024)), Filters(("USA",), (1960, 1990))]:
        for by_year in (True, False):
            whole = _core.agreement_rows(data, f, by_year)
            some = _core.agreement_rows(data, f, by_year, columns=_overview.COUNTED_COLUMNS)
            assert list(some.columns) == _overview.COUNTED_COLUMNS
            assert len(some) == len(whole) > 0
            pd.testing.assert_frame_equal(_core.whole_agreement_rows(data, some), whole)
