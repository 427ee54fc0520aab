"""Every exported file opened and checked: images, HTML, CSV, XLSX and the briefing pack."""

import csv
import io
import json
import re
import zipfile
from urllib.parse import parse_qs, urlsplit
from xml.etree import ElementTree

import openpyxl
import pandas as pd
import pytest

from kizuna import countries, export, views
from kizuna.state import Filters

PNG = b"\x89PNG\r\n\x1a\n"
FILTERS = Filters(("ITA", "GBR"), (2015, 2025))


@pytest.fixture(scope="module")
def charts(data):
    found = {}
    for view in (views.overview(data, FILTERS), views.exercises(data, FILTERS, arcs=True)):
        found.update(view.charts)
    index = views.index_frame(data, FILTERS)
    found["partnerships-compare"] = views.compare(data, FILTERS, "ITA", "GBR", index)
    return found


def svg_text(svg: bytes) -> str:
    root = ElementTree.fromstring(svg)
    return " ".join(t.strip() for t in root.itertext() if t.strip())


@pytest.mark.parametrize("name", ["overview-map", "exercises-tempo-partner", "exercises-reach"])
def test_png_is_a_2x_image(charts, name):
    png = export.to_image(charts[name], "png")
    assert png.startswith(PNG)
    width = int.from_bytes(png[16:20], "big")
    assert width >= 2 * 700 and len(png) > 20_000


@pytest.mark.parametrize("name", ["overview-map", "exercises-tempo-partner", "exercises-reach"])
def test_svg_carries_title_filters_and_source_line(charts, name):
    chart = charts[name]
    text = svg_text(export.to_image(chart, "svg"))
    assert chart.caption.title in text
    assert "Italy, United Kingdom; 2015–2025" in text
    assert chart.caption.source.split(";")[0][:40] in text


def test_map_export_uses_the_local_topology(charts):
    export.to_image(charts["overview-map"], "svg")
    assert export.pio.defaults.topojson.startswith("file://")
    assert export.pio.defaults.topojson.rstrip("/").endswith("static/topojson")


@pytest.mark.parametrize("name", ["overview-map", "exercises-tempo-domain", "exercises-reach"])
def test_html_is_self_contained(charts, name):
    html = export.to_html(charts[name]).decode("utf-8")
    assert charts[name].caption.title in html
    assert external_loads(html) == []
    if name == "overview-map":
        assert "window.PlotlyGeoAssets" in html and "world_110m" in html


def external_loads(html: str) -> list[str]:
    """Every element that would fetch something over the network when the file is opened.
    (plotly.js itself mentions cdn.plot.ly in its code; only what the page loads counts.)"""
    return re.findall(
        r"<(?:script|link|img|iframe)\b[^>]*\b(?:src|href)=[\"']?(?:https?:)?//", html
    )


def test_the_self_containment_check_catches_a_cdn_page(charts):
    figure = charts["exercises-tempo-domain"].figure
    broken = figure.to_html(include_plotlyjs="cdn", full_html=True)
    assert external_loads(broken), "a page loading plotly.js from its CDN must be caught"


def test_csv_of_a_chart_holds_exactly_the_rows_plotted(charts):
    chart = charts["exercises-map"]
    frame = pd.read_csv(io.BytesIO(export.to_csv(chart.data)))
    assert sorted(frame["exercise_id"]) == sorted(chart.data["exercise_id"])
    assert {"sources", "source_ids", "source_urls"} <= set(frame.columns)
    assert frame["source_urls"].str.startswith("http").all()


def test_dates_are_exported_at_their_precision():
    frame = pd.DataFrame(
        {
            "signed": pd.to_datetime(["2023-08-01", "2023-01-01", "2022-01-06"]),
            "signed_precision": ["month", "year", "day"],
        }
    )
    assert export.for_export(frame)["signed"].tolist() == ["2023-08", "2023", "2022-01-06"]


HOSTILE = pd.DataFrame(
    {
        "title": ["=1+1", "+cmd", "-2+3", "@SUM(A1)", "\tx", "\rx", "plain", "a=b"],
        "n": [1, 2, -3, 4, 5, 6, 7, 8],
    }
)


def test_csv_neutralises_formula_cells():
    text = export.to_csv(HOSTILE).decode("utf-8")
    rows = list(csv.reader(io.StringIO(text, newline="")))
    assert rows[0] == ["title", "n"] and len(rows) == 1 + len(HOSTILE)
    titles = [r[0] for r in rows[1:]]
    assert titles == ["'=1+1", "'+cmd", "'-2+3", "'@SUM(A1)", "'\tx", "'\rx", "plain", "a=b"]
    assert [r[1] for r in rows[1:]] == ["1", "2", "-3", "4", "5", "6", "7", "8"]


def test_xlsx_rows_equal_the_frame_with_formulas_neutralised(data):
    table = views.claims(data, FILTERS).tables["claims"]
    book = openpyxl.load_workbook(io.BytesIO(export.to_xlsx(table, "claims")))
    sheet = book["claims"]
    rows = list(sheet.values)
    assert list(rows[0]) == list(table.columns)
    assert [r[0] for r in rows[1:]] == list(table["claim_id"])
    hostile = openpyxl.load_workbook(io.BytesIO(export.to_xlsx(HOSTILE))).active
    cells = [r[0] for r in list(hostile.values)[1:]]
    assert cells[0] == "'=1+1" and all(not str(c).startswith("=") for c in cells)
    assert all(cell.data_type != "f" for row in hostile.iter_rows() for cell in row)


def test_file_names_say_what_the_file_is():
    assert (
        export.file_name("exercises-tempo", Filters(("ITA", "GBR"), (2015, 2025)), "png")
        == "kizuna_exercises-tempo_ITA-GBR_2015-2025.png"
    )


def test_briefing_pack_holds_every_promised_file(data):
    charts, tables = views.briefing(data, FILTERS)
    steps = []
    pack = export.briefing_pack(
        charts,
        tables,
        views.cited_sources(data, tables),
        FILTERS,
        "test",
        progress=lambda fraction, text: steps.append(fraction),
    )
    names = set(zipfile.ZipFile(io.BytesIO(pack)).namelist())
    for chart in charts:
        assert {f"charts/{chart.name}.png", f"charts/{chart.name}.svg"} <= names
    assert {"tables/agreements.csv", "tables/exercises.csv", "tables/claims.csv"} <= names
    assert {"sources.csv", "README.txt", "filters.json"} <= names
    assert steps == sorted(steps) and steps[-1] == 1.0
    archive = zipfile.ZipFile(io.BytesIO(pack))
    summary = archive.read("summary.md").decode()
    assert summary.startswith("# Kizuna briefing pack: Italy, United Kingdom; 2015–2025")
    assert all(c.caption.title in summary and c.summary in summary for c in charts)
    readme = archive.read("README.txt").decode()
    assert "How to cite" in readme and "Italy, United Kingdom; 2015–2025" in readme
    sources = pd.read_csv(archive.open("sources.csv"))
    cited = pd.read_csv(archive.open("tables/exercises.csv"))["source_ids"].str.split("; ")
    assert set(cited.explode()) <= set(sources["source_id"])


def test_filters_json_reopens_the_same_filters(data):
    pack = export.briefing_pack([], {}, data["sources"].head(1), FILTERS, "test")
    saved = json.loads(zipfile.ZipFile(io.BytesIO(pack)).read("filters.json"))
    query = parse_qs(urlsplit(saved["url"]).query)
    reopened = Filters(tuple(query["partner"]), tuple(int(y) for y in query["years"]))
    assert set(query["partner"]) <= set(countries.PARTNERS)  # ISO codes, as the sidebar writes
    assert reopened == FILTERS


def test_without_chromium_images_are_refused_with_a_reason(charts, monkeypatch):
    monkeypatch.setattr(export, "chromium", lambda: None)
    assert "Chromium" in export.images_unavailable_reason()
    with pytest.raises(RuntimeError, match="Chromium"):
        export.to_image(charts["exercises-tempo-partner"], "png")
    assert export.to_image(charts["partnerships-compare"], "png").startswith(
        PNG
    )  # Altair: no browser
    assert b"<html>" in export.to_html(charts["exercises-tempo-partner"])[:200]


def test_the_server_start_asks_nobody_for_its_external_ip(monkeypatch):
    from streamlit import net_util

    from kizuna import serve

    asked = []
    monkeypatch.setattr(net_util, "_make_blocking_http_get", lambda *a, **k: asked.append(a))
    monkeypatch.setattr(net_util, "get_external_ip", net_util.get_external_ip)
    serve.keep_offline()
    assert net_util.get_external_ip() is None
    assert asked == []
