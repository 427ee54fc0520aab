"""The tracked exercise series: the panel is complete in every year graded so, the validator
says which year is missing, and the trends and the Overview count the panel."""

from __future__ import annotations

import csv
from collections import Counter

import pytest

from kizuna import analysis, views
from kizuna.load import load
from kizuna.state import Filters

from support import ROOT


def rows(name: str) -> list[dict]:
    with (ROOT / "data" / f"{name}.csv").open(newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def due(series: dict, last: int) -> range:
    step = {"annual": 1, "biennial": 2}.get(series["cadence"])
    if step is None:
        return range(0)
    return range(int(series["from_year"]), min(int(series["to_year"]), last) + 1, step)


def complete_span() -> tuple[int, int]:
    spans = [
        (int(r["from_year"]), int(r["to_year"]))
        for r in rows("coverage")
        if r["table"] == "series" and r["completeness"] == "complete"
    ]
    return min(a for a, _ in spans), max(b for _, b in spans)


def test_every_tracked_series_has_a_record_or_a_sourced_absence_in_every_year_it_was_due():
    first, last = complete_span()
    assert (first, last) == (2011, 2025)
    known = {(r["series_id"], int(r["year"])) for r in rows("series_iterations")}
    absent = {(r["series_id"], int(r["year"])) for r in rows("series_not_held")}
    cited = {r["record_id"] for r in rows("citations") if r["table"] == "series_not_held"}
    tracked = [s for s in rows("series") if s["tracked"] == "true"]
    assert len(tracked) >= 30
    for s in tracked:
        for year in due(s, last):
            assert (s["series_id"], year) in known | absent, (s["series_id"], year)
    for r in rows("series_not_held"):
        assert r["not_held_id"] in cited, r["not_held_id"]
        assert (r["series_id"], int(r["year"])) not in known


def test_a_series_not_tracked_is_one_with_a_year_not_settled(data):
    last = complete_span()[1]
    known = {(r["series_id"], int(r["year"])) for r in rows("series_iterations")}
    known |= {(r["series_id"], int(r["year"])) for r in rows("series_not_held")}
    for s in rows("series"):
        gaps = [y for y in due(s, last) if (s["series_id"], y) not in known]
        assert (s["tracked"] == "false") == bool(gaps), s["series_id"]
    listed = views.tracked_series(data)
    untracked = listed[listed["Counted in trends"] == "no"]
    assert len(untracked) == sum(s["tracked"] == "false" for s in rows("series"))
    assert (untracked["Years not yet settled"] != "").all()


def test_a_missing_year_of_a_tracked_series_is_named_by_file_row_column_and_value(valid_dir):
    path = valid_dir / "series_iterations.csv"
    lines = path.read_text(encoding="utf-8").splitlines()
    path.write_text("\n".join(lines[:2]) + "\n", encoding="utf-8")  # drop the 2024 iteration
    problems = [str(p) for p in load(valid_dir).problems["series"]]
    assert problems == [
        "error: series.csv, row 2, column 'series_id', value 'ITALIAN-VISITS': has no iteration "
        "in 2024: add its exercise to series_iterations.csv, or a sourced row to "
        "series_not_held.csv (or set tracked to false, and the series is listed but not counted)"
    ]
    assert "series" not in load(valid_dir).tables


def test_a_series_not_tracked_may_miss_a_year(valid_dir):
    (valid_dir / "series_iterations.csv").write_text(
        "series_id,year,exercise_id\nITALIAN-VISITS,2023,ITA-2023-MOROSINI\n", encoding="utf-8"
    )
    path = valid_dir / "series.csv"
    path.write_text(path.read_text(encoding="utf-8").replace(",true,", ",false,"), "utf-8")
    assert load(valid_dir).problems["series"] == []


def test_a_year_both_held_and_not_held_and_a_wrong_iteration_year_are_refused(valid_dir):
    (valid_dir / "series_not_held.csv").write_text(
        "not_held_id,series_id,year,status,notes\nNH-1,ITALIAN-VISITS,2023,cancelled,Fixture.\n",
        encoding="utf-8",
    )
    with (valid_dir / "citations.csv").open("a", encoding="utf-8") as f:
        f.write("series_not_held,NH-1,ansa-20230615-morosini,\n")
    path = valid_dir / "series_iterations.csv"
    path.write_text(path.read_text(encoding="utf-8").replace("2024,ITA", "2025,ITA"), "utf-8")
    loaded = load(valid_dir)
    said = " ".join(str(p) for p in loaded.problems["series_not_held"])
    assert "row 2" in said and "NH-1" in said and "lists an iteration that year" in said
    wrong = " ".join(str(p) for p in loaded.problems["series_iterations"])
    assert "row 3" in wrong and "not the start year of ITA-2024-CAVOUR (2024)" in wrong


def test_without_a_complete_span_in_coverage_the_panel_is_refused(valid_dir):
    path = valid_dir / "coverage.csv"
    path.write_text(path.read_text(encoding="utf-8").replace(",complete,", ",partial,"), "utf-8")
    said = [str(p) for p in load(valid_dir).problems["series"]]
    assert said == ["error: series.csv: coverage.csv grades no span of the tracked series complete"]


def tracked_per_year() -> Counter:
    tracked = {s["series_id"] for s in rows("series") if s["tracked"] == "true"}
    return Counter(int(r["year"]) for r in rows("series_iterations") if r["series_id"] in tracked)


def test_the_exercises_trend_counts_the_tracked_series_by_default(data):
    view = views.exercises(data, Filters(years=(2011, 2025)))
    chart = view.charts["exercises-tempo-domain"]
    drawn = chart.data.groupby("year")["exercises"].sum().to_dict()
    assert drawn == {y: n for y, n in tracked_per_year().items() if y <= 2025}
    assert "tracked series" in chart.caption.subtitle
    assert "2011–2025: complete" in chart.caption.subtitle
    assert "shapes" not in chart.figure.to_dict()["layout"]  # every year complete: none shaded


def test_every_record_on_file_is_a_switch_away_and_its_partial_years_are_shaded(data):
    view = views.exercises(data, Filters(years=(2011, 2026)), tracked=False)
    chart = view.charts["exercises-tempo-domain"]
    per_year = Counter(r["start"][:4] for r in rows("exercises"))
    drawn = chart.data.groupby("year")["exercises"].sum().to_dict()
    assert drawn == {int(y): n for y, n in per_year.items() if 2011 <= int(y) <= 2026}
    figure = chart.figure.to_dict()
    bands = [(s["x0"], s["x1"]) for s in figure["layout"]["shapes"]]
    assert bands == [(2010.5, 2026.5)]  # 2011-2026 graded partial on coverage.csv
    legend = [t["name"] for t in figure["data"] if t.get("name", "").startswith("Shaded")]
    assert legend == ["Shaded: record partial, 2011–2026"]
    assert "every record on file" in chart.caption.subtitle


def test_the_overview_compares_tracked_series_in_complete_years_only(data):
    held = views.overview(data, Filters()).metrics["exercises"]
    per_year = tracked_per_year()
    assert (held["year"], held["now"], held["before"]) == (2025, per_year[2025], per_year[2024])
    assert held["why"].startswith("2026 is not complete on record")
    alone = views.overview(data, Filters(years=(2025, 2026))).metrics["exercises"]
    assert alone["before"] is None and "No change is shown" in alone["why"]


@pytest.mark.parametrize(
    "years, expected",
    [((2011, 2026), "2011–2025: complete; 2026: partial"), ((2026, 2026), "2026: partial")],
)
def test_the_badge_names_each_span_and_its_grade(data, years, expected):
    grades = analysis.year_grades(data["coverage"], "series", years)
    assert analysis.badge(grades) == expected


def test_the_dossier_compares_with_the_year_before_only_on_the_panel(data):
    tracked = {s["series_id"] for s in rows("series") if s["tracked"] == "true"}
    ids = {
        r["exercise_id"]: int(r["year"])
        for r in rows("series_iterations")
        if r["series_id"] in tracked
    }
    with_us = {
        p["exercise_id"]
        for p in rows("exercise_participants")
        if p["country"] == "USA" and p["role"] == "partner"
    }
    per_year = Counter(y for e, y in ids.items() if e in with_us)
    dossier = views.partner_dossier(data, "USA", (1951, 2026))
    held = [m for m in dossier.metrics if m.label.startswith("Tracked series held")]
    assert [(m.label, m.value, m.before) for m in held] == [
        ("Tracked series held, 2025", per_year[2025], per_year[2024])
    ]
    others = [m for m in dossier.metrics if m not in held]
    assert all(m.delta is None and m.why.startswith("No change shown") for m in others)


def test_the_series_table_reads_when_every_series_is_tracked(valid_dir):
    from kizuna import views as v

    listed = v.tracked_series(v.prepare(load(valid_dir)))
    assert listed["Series"].tolist() == ["Italian Navy visits"]
    assert listed["Years not yet settled"].tolist() == [""]
