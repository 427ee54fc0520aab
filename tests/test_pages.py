"""Every page through AppTest, on the shipped data: no exception, the empty-state message when
nothing matches, and what is drawn equals the frame the filters select."""

import json

import pandas as pd
import pytest
import streamlit as st
from streamlit.testing.v1 import AppTest

from kizuna import analysis, charts, countries, pages, ui, views
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


@pytest.mark.parametrize("scenario", SCENARIOS, ids=list(SCENARIOS))
def test_exercises_page(scenario, data):
    f = SCENARIOS[scenario]
    at = open_page("exercises", f)
    expected = analysis.filter_exercises(data["exercises"], data["exercise_participants"], f)
    if expected.empty:
        assert any("No exercises" in i.value for i in at.info)
        assert not at.get("plotly_chart")
        return
    on_map = [
        point[-1]
        for trace in titled(at, "Where Japan's forces trained with partners")["data"]
        if trace.get("mode") == "markers"
        for point in trace["customdata"]
    ]
    assert sorted(on_map) == sorted(expected["exercise_id"])
    assert sorted(frame_with(at, "Exercise id")["Exercise id"]) == sorted(expected["exercise_id"])
    per_year = titled(at, "Exercises, port calls and deployments per year")
    drawn = sum(sum(values(t["y"])) for t in per_year["data"])
    assert drawn == len(expected)  # one per exercise, whatever the number of partners
    assert f.describe() in per_year["layout"]["title"]["subtitle"]["text"]
    tempo = analysis.tempo(
        analysis.exercise_partners(expected, data["exercise_participants"]), "partner", f.partners
    )
    heatmap = titled(at, "Exercises with each partner per year")["data"][0]
    shown = {countries.name(p) for p in tempo["partner"]}
    drawn_total = sum(sum(row) for row in values(heatmap["z"]))
    expected_total = tempo[tempo["partner"].map(countries.name).isin(heatmap["y"])]
    assert drawn_total == expected_total["exercises"].sum()
    assert set(heatmap["y"]) <= shown


@pytest.mark.parametrize("scenario", SCENARIOS, ids=list(SCENARIOS))
def test_partnerships_page(scenario, data):
    f = SCENARIOS[scenario]
    at = open_page("partnerships", f)
    expected = analysis.filter_agreements(data["agreements"], data["agreement_parties"], f)
    if expected.empty:
        assert any("No agreements" in i.value for i in at.info)
        return
    table = frame_with(at, "Agreement id")
    assert sorted(table["Agreement id"]) == sorted(expected["agreement_id"])
    if f.partners:
        assert set(table["Partner"]) <= {"Italy", "United Kingdom", "France"}
    lifecycle = titled(at, "Agreement lifecycles")
    labelled = {y for t in lifecycle["data"] for y in values(t.get("y")) if y}
    with_stages = expected[~expected["type"].isin(charts.LIFECYCLE_EXCLUDED)]
    stages = analysis.lifecycle(with_stages)
    latest = stages.groupby("agreement_id")["date"].max().nlargest(charts.LIFECYCLE_MAX).index
    drawn = stages[stages["agreement_id"].isin(latest)].drop_duplicates(["agreement_id", "partner"])
    assert len(labelled) == len(drawn)


@pytest.mark.parametrize("scenario", SCENARIOS, ids=list(SCENARIOS))
def test_overview_page(scenario, data):
    f = SCENARIOS[scenario]
    at = open_page("overview", f)
    expected = analysis.filter_agreements(data["agreements"], data["agreement_parties"], f)
    metric = [m for m in at.metric if m.label == "Agreements, statements and 2+2 rounds on record"]
    assert metric and int(metric[0].value) == expected["agreement_id"].nunique()
    defence = [m for m in at.metric if m.label.startswith("Partners with a defence agreement")]
    everything = analysis.filter_agreements(
        data["agreements"], data["agreement_parties"], f, by_year=False
    )
    in_force = analysis.defence_partners_in_force(everything, f.years[1])
    assert defence and int(defence[0].value) == len(in_force)
    assert not {"NATO", "EUU"} & set(in_force)
    if expected.empty:
        assert not [s for s in specs(at) if s["layout"]["title"]["text"] == "Agreements by type"]
        return
    by_type = titled(at, "Agreements by type")
    assert sum(values(by_type["data"][0]["x"])) == expected["agreement_id"].nunique()


@pytest.mark.parametrize("scenario", SCENARIOS, ids=list(SCENARIOS))
def test_claims_page(scenario, data):
    f = SCENARIOS[scenario]
    at = open_page("claims", f)
    subjects = [p for p in f.partners if p in set(data["claims"]["subject"])]
    expected = analysis.filter_claims(
        data["claims"],
        f.years,
        subjects,
        include_undated=f.years == ALL_YEARS,
        kind="capability assessment",
    )
    if expected.empty:
        assert any("No claims" in i.value for i in at.info)
        return
    assert sorted(frame_with(at, "Claim id")["Claim id"]) == sorted(expected["claim_id"])
    matrix = titled(at, "Capability assessments by subject, domain and assessment")
    assert sum(sum(values(t["x"])) for t in matrix["data"]) == len(expected)


def test_fact_checks_are_counted_apart_from_capability_assessments(data):
    at = open_page("claims", SCENARIOS["default"])
    at.segmented_control(key="claims_kind").set_value("article fact-check").run()
    assert not at.exception
    ledger = frame_with(at, "Claim id")
    checks = data["claims"][data["claims"]["kind"] == "article fact-check"]
    assert sorted(ledger["Claim id"]) == sorted(checks["claim_id"])
    matrix = titled(at, "Fact-checks of the source article by subject and verdict")
    assert sum(sum(values(t["x"])) for t in matrix["data"]) == len(checks)


def test_sources_page_lists_every_source_and_the_dictionary(data):
    at = open_page("sources", SCENARIOS["default"])
    shown = frame_with(at, "Source id")
    assert len(shown) == min(len(data["sources"]), ui.TABLE_ROWS)
    assert set(shown["Source id"]) <= set(data["sources"]["source_id"])
    assert len(at.expander) >= len(TABLES)


def test_claim_filters_narrow_the_ledger(data):
    at = open_page("claims", SCENARIOS["default"])
    at.multiselect(key="claims_assessment").set_value(["contested"]).run()
    ledger = frame_with(at, "Claim id")
    claims = data["claims"]
    wanted = (claims["assessment"] == "contested") & (claims["kind"] == "capability assessment")
    assert len(ledger) == wanted.sum()
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


def test_partner_comparison_is_built_on_demand(data):
    at = open_page("partnerships", SCENARIOS["default"])
    assert not at.get("vega_lite_chart")
    at.toggle(key="partnerships_compare").set_value(True).run()
    assert not at.exception
    assert len(at.get("vega_lite_chart")) == 1
    first, second = (
        at.selectbox(key="partnerships_a").value,
        at.selectbox(key="partnerships_b").value,
    )
    assert first != second and {first, second} <= set(data["agreement_parties"]["country"])
    f = SCENARIOS["default"]
    for partner in (first, second):
        mine = analysis.filter_agreements(
            data["agreements"], data["agreement_parties"], Filters((partner,), f.years)
        )
        said = f"**{countries.name(partner)}**: {mine['agreement_id'].nunique()} agreements"
        assert any(m.value.startswith(said) for m in at.markdown), said


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
    assert any(
        c.value == f"{len(data['sources']):,} of {len(data['sources']):,} sources"
        for c in at.caption
    )


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
