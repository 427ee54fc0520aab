"""Page views on the shipped data: what a view keeps of its rows and what its downloads
rebuild."""

import pandas as pd
import pytest


@pytest.mark.parametrize(
    "partners, years",
    [((), (1951, 2026)), (("ITA",), (2015, 2024)), (("USA", "AUS"), (2019, 2021))],
)
def test_the_exercise_views_rows_are_the_first_of_the_whole_table(
    data, partners, years, monkeypatch
):
    """A view keeps the first SHOWN_ROWS rows and the count; the table the downloads and the
    briefing pack rebuild holds them all, the same rows in the same order."""
    from kizuna import analysis, views
    from kizuna.state import Filters
    from kizuna.views import _exercises

    monkeypatch.setattr(_exercises, "SHOWN_ROWS", 10)
    f = Filters(partners, years)
    view = views.exercises(data, f)
    whole = views.exercise_table(data, f)
    expected = analysis.filter_exercises(data["exercises"], data["exercise_participants"], f)
    assert whole["exercise_id"].tolist() == expected["exercise_id"].tolist()
    assert view.metrics["exercises"] == len(whole) > 10
    pd.testing.assert_frame_equal(view.tables["exercises"], whole.head(10))
    picked = whole["exercise_id"].iloc[[3, 1]].tolist()
    chosen = views.exercise_table(data, f, ids=picked)
    assert chosen["exercise_id"].tolist() == whole["exercise_id"].iloc[[1, 3]].tolist()
