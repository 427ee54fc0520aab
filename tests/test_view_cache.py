"""The views every session shares: built once per builder, dataset version and arguments, in
Streamlit's own cache; each caller gets frames it can change without changing anyone else's."""

from dataclasses import dataclass

import pandas as pd
import plotly.graph_objects as go
import pytest
import streamlit as st

from kizuna.charts import Caption, Chart
from kizuna.charts.core import Figure
from kizuna.state import Filters
from kizuna.ui import data as ui_data
from kizuna.views import View


@dataclass
class FakeData:
    version: str


BUILT = []


def build(data, f: Filters, kinds=()):
    BUILT.append((data.version, f, kinds))
    table = pd.DataFrame({"partner": ["ITA", "GBR"], "count": [1, 2]})
    chart = Chart("c", Caption("t", "s", "src"), Figure(go.Figure().to_dict()), table.copy(), "")
    return View(charts={"c": chart}, tables={"t": table}, metrics={"n": 2})


@pytest.fixture(autouse=True)
def fresh():
    st.cache_resource.clear()
    BUILT.clear()
    yield
    st.cache_resource.clear()


def test_a_view_is_built_once_per_version_and_arguments():
    one, two = FakeData("v1"), FakeData("v1")  # two sessions, the same dataset version
    ui_data.view(build, one, Filters(("ITA",)), kinds=["exercise"])
    ui_data.view(build, two, Filters(("ITA",)), kinds=["exercise"])
    assert len(BUILT) == 1
    ui_data.view(build, one, Filters(("GBR",)), kinds=["exercise"])
    ui_data.view(build, one, Filters(("ITA",)), kinds=["port call"])
    ui_data.view(build, FakeData("v2"), Filters(("ITA",)), kinds=["exercise"])
    assert len(BUILT) == 4


def test_a_callers_change_to_a_frame_never_reaches_another_session():
    first = ui_data.view(build, FakeData("v1"), Filters())
    first.tables["t"].loc[0, "count"] = 99
    first.tables["t"]["extra"] = 1
    first.charts["c"].data.loc[1, "partner"] = "XXX"
    first.metrics["n"] = 0
    second = ui_data.view(build, FakeData("v1"), Filters())
    assert len(BUILT) == 1
    assert second.tables["t"]["count"].tolist() == [1, 2]
    assert "extra" not in second.tables["t"]
    assert second.charts["c"].data["partner"].tolist() == ["ITA", "GBR"]
    assert second.metrics["n"] == 2


def test_filters_key_by_value_not_by_object():
    ui_data.view(build, FakeData("v1"), Filters(("ITA", "GBR"), (2000, 2020)))
    ui_data.view(build, FakeData("v1"), Filters(("ITA", "GBR"), (2000, 2020)))
    ui_data.view(build, FakeData("v1"), Filters(("ITA", "GBR"), (2000, 2021)))
    assert len(BUILT) == 2


def test_a_finished_figure_changed_later_is_drawn_as_changed():
    """The dict st.plotly_chart reads is kept, and forgotten on any change to the figure."""
    figure = Figure(go.Figure(go.Bar(x=[1], y=[2])).to_dict())
    assert figure.to_dict() is figure.to_dict()
    figure.update_layout(title="changed")
    assert figure.to_dict()["layout"]["title"]["text"] == "changed"
    figure.data[0].marker.color = "red"
    assert figure.to_dict()["data"][0]["marker"]["color"] == "red"
    figure.add_trace(go.Bar(x=[2], y=[3]))
    assert len(figure.to_dict()["data"]) == 2


def test_a_view_built_in_one_language_is_never_served_in_the_other():
    from kizuna import i18n

    said = []

    def titled(data):
        said.append(i18n.language())
        return View(metrics={"title": i18n._("Overview")})

    data = FakeData("v1")
    try:
        english = ui_data.view(titled, data)
        i18n.use("ja")
        japanese = ui_data.view(titled, data)
        again = ui_data.view(titled, data)
    finally:
        i18n.use("en")
    assert said == ["en", "ja"]  # built once per language
    assert english.metrics["title"] == "Overview"
    assert japanese.metrics["title"] == again.metrics["title"] != "Overview"
