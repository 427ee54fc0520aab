"""Charts read as a specialist reads them: instruments by the names analysts use (never a cut
title), time axes that end with the record, the matrix's headers clear of its title, and the
exercise map saying which reach its arcs show."""

import pandas as pd
import pytest

from kizuna import analysis, views
from kizuna.analysis.exercises import TOKYO, japan_reach
from kizuna.charts import grids, names, timelines
from kizuna.state import Filters

NAMES = [
    ("reciprocal access", "Japan-Australia Reciprocal Access Agreement", None, "RAA"),
    (
        "defence equipment and technology transfer",
        "Japan-Italy Agreement concerning the Transfer of Defence Equipment and Technology",
        None,
        "equipment transfer",
    ),
    (
        "co-development programme",
        "Convention on the Establishment of the Global Combat Air Programme - GCAP "
        "International Government Organisation (GIGO)",
        "GCAP",
        "GCAP treaty",
    ),
    (
        "information security",
        "Japan-Republic of Korea General Security of Military Information Agreement (GSOMIA)",
        None,
        "GSOMIA",
    ),
    (
        "acquisition and cross-servicing",
        "Agreement Amending the Japan-US Acquisition and Cross-Servicing Agreement (1998)",
        None,
        "ACSA amendment",
    ),
    (
        "strategic partnership / joint statement",
        "Japan-Italy elevation of relations to a Special Strategic Partnership (Takaichi-Meloni "
        "summit, Tokyo)",
        None,
        "Special Strategic Partnership",
    ),
    (
        "strategic partnership / joint statement",
        "Action Plan for the Implementation of the Strategic Partnership between the Government "
        "of Japan and the Government of the Republic of Poland (2017-2020)",
        None,
        "action plan",
    ),
    (
        "other",
        "Memorandum on Defence Cooperation and Exchanges between the Ministry of Defense of "
        "Japan and the Ministry of Defence of India",
        None,
        "defence MoU",
    ),
    (
        "joint research",
        "Japan-UK arrangement on joint research on the feasibility of a Joint New Air-to-Air "
        "Missile (JNAAM)",
        "JNAAM",
        "JNAAM research",
    ),
    ("other", "Japan-US Security of Supply Arrangement (SOSA)", None, "SOSA"),
]


@pytest.mark.parametrize("kind, title, programme, name", NAMES)
def test_instruments_are_named_as_analysts_name_them(kind, title, programme, name):
    assert names.agreement_name(kind, title, programme) == name


def test_labels_carry_the_partners_and_the_year():
    assert (
        names.agreement_label(
            ["AUS"], "reciprocal access", "Japan-Australia Reciprocal Access Agreement", None, 2022
        )
        == "Australia RAA (2022)"
    )
    gigo = NAMES[2]
    assert (
        names.agreement_label(["GBR", "ITA"], gigo[0], gigo[1], gigo[2], 2023)
        == "UK–Italy GCAP treaty (2023)"
    )


def test_every_agreement_on_record_has_a_short_name_never_a_cut_title(data):
    rows = data["agreements"]
    programmes = rows["programme"] if "programme" in rows else [None] * len(rows)
    for kind, title, programme in zip(rows["type"], rows["title"], programmes, strict=True):
        name = names.agreement_name(kind, title, programme)
        assert name and "…" not in name and len(name) <= 60, (title, name)
        assert not name.lower().startswith(("of ", "and ", "the ")), (title, name)


def _timeline(data, f):
    return views.overview(data, f).charts["overview-timeline"]


@pytest.mark.parametrize("partners", [(), ("KOR",), ("GBR", "ITA")])
def test_key_agreements_are_labelled_by_short_names_and_drawn_once(data, partners):
    chart = _timeline(data, Filters(partners, (1990, 2026)))
    agreements = chart.data[chart.data["kind"].isin(["agreement", "statement"])]
    assert len(agreements)
    assert not agreements["label"].str.contains("…").any()
    assert not agreements["label"].str.contains(" · of |· of ").any()
    assert agreements["label"].str.fullmatch(r".+ \(\d{4}\)").all()
    assert agreements["what"].is_unique  # a multilateral instrument once, not once a partner


def test_gcap_treaty_names_both_partners(data):
    chart = _timeline(data, Filters((), (2023, 2023)))
    assert "UK–Italy GCAP treaty (2023)" in set(chart.data["label"])


@pytest.mark.parametrize("partners", [(), ("ITA",)])
def test_the_key_agreements_axis_ends_months_after_the_last_record(data, partners):
    chart = _timeline(data, Filters(partners, (1990, 2026)))
    end = pd.Timestamp(chart.figure.layout.xaxis.range[1])
    last = chart.data["date"].max()
    assert pd.Timedelta(0) < end - last <= pd.Timedelta(days=121)
    assert end.year == last.year or (end - last).days <= 121


def test_the_lifecycle_chart_names_agreements_and_ends_with_the_record(data):
    chart = views.partnerships(data, Filters()).charts["partnerships-lifecycle"]
    labels = set(chart.data["label"])
    assert not any("…" in label for label in labels)
    assert "Australia RAA (2022)" in labels
    end = pd.Timestamp(chart.figure.layout.xaxis.range[1])
    assert end - chart.data["date"].max() <= pd.Timedelta(days=124)


def test_a_planned_target_is_the_record_that_ends_the_target_axis(data):
    from kizuna.charts.core import Caption

    milestones = analysis.citation_summary(
        "milestones",
        data["milestones"],
        "milestone_id",
        analysis.cite(data["citations"], data["sources"]),
    )
    chart = timelines.target_tracker(milestones, Caption("Targets", "", "Sources"))
    end = pd.Timestamp(chart.figure.layout.xaxis.range[1])
    last = chart.data["date"].max()  # the latest target: 2035 and beyond are the records
    assert last.year >= 2035
    assert pd.Timedelta(0) < end - last <= pd.Timedelta(days=185)


def test_the_matrix_headers_sit_below_the_title_block(data):
    chart = views.overview(data, Filters()).charts["overview-matrix"]
    layout = chart.figure.layout
    assert layout.margin.t == grids.MATRIX_TOP_PX
    assert layout.title.yref == "container" and layout.title.yanchor == "top"
    assert any("<br>" in str(x) for x in chart.figure.data[0].x)  # two-line headers


def test_japans_reach_starts_where_its_forces_left_else_in_tokyo():
    exercises = pd.DataFrame(
        {
            "exercise_id": ["A", "B"],
            "name": ["Pitch Black", "Komodo"],
            "start": pd.to_datetime(["2024-07-12", "2025-02-01"]),
            "lat": [-12.4, -8.6],
            "lon": [130.8, 115.2],
        }
    )
    participants = pd.DataFrame(
        {
            "exercise_id": ["A", "A", "B"],
            "country": ["JPN", "AUS", "JPN"],
            "role": ["Japan", "partner", "Japan"],
            "departed_from": ["Kure", None, None],
            "departed_lat": [34.24, None, None],
            "departed_lon": [132.56, None, None],
        }
    )
    got = japan_reach(exercises, participants).set_index("exercise_id")
    assert got.at["A", "measured_from"] == "departure base or port"
    assert (got.at["A", "home_lat"], got.at["A", "home_lon"]) == (34.24, 132.56)
    assert got.at["B", "measured_from"] == "Tokyo"
    assert (got.at["B", "home_lat"], got.at["B", "home_lon"]) == TOKYO
    assert (got["partner"] == "JPN").all() and (got["distance_km"] > 4000).all()


@pytest.mark.parametrize("partners", [("ITA",), ()])
def test_the_exercise_map_says_which_reach_its_arcs_show(data, partners):
    chart = views.exercises(data, Filters(partners), arcs=True).charts["exercises-map"]
    lines = [t for t in chart.figure.data if t.mode == "lines"]
    groups = {t.legendgroup for t in lines}
    assert groups == {"japan-reach", "partner-reach"}
    legend = {t.name for t in lines if t.showlegend is not False}
    assert legend == {"Japan's forces went out", "Partners' forces came"}
    assert "how far Japan's forces went out" in chart.summary
    assert "how far partners' forces came to train with Japan's" in chart.summary
    assert "the longest reach is" not in chart.summary
    assert "Tokyo" in chart.caption.subtitle  # where Japan's arcs start, when not recorded


def test_without_arcs_the_map_names_both_farthest_reaches(data):
    chart = views.exercises(data, Filters(), arcs=False).charts["exercises-map"]
    assert not [t for t in chart.figure.data if t.mode == "lines" and t.lat != (None,)]
    assert "Arcs show" not in chart.summary
    assert "The farthest Japan's forces went was to " in chart.summary
    assert "the farthest partners' forces came was " in chart.summary
