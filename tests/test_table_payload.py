"""What a table sends to the screen: whole up to TABLE_ROWS rows; a longer one only as many of
its first rows as fit the byte budget (heavy rows, fewer of them), never under MIN_ROWS."""

from streamlit.testing.v1 import AppTest

from kizuna.ui import render


def app(rows: int, text: int):
    import pandas as pd

    from kizuna import ui
    from kizuna.state import Filters

    frame = pd.DataFrame(
        {"record_id": [f"R-{i}" for i in range(rows)], "notes": ["x" * text] * rows}, dtype="str"
    )
    ui.table(frame, "test", Filters(), key="t")


def shown(rows: int, text: int) -> tuple[int, list[str]]:
    at = AppTest.from_function(app, args=(rows, text))
    at.run()
    assert not at.exception
    return len(at.dataframe[0].value), [c.value for c in at.caption]


def test_a_short_table_is_shown_whole_however_heavy():
    count, captions = shown(400, 2000)  # 800 KB of notes, but 400 rows
    assert count == 400
    assert not any(c.startswith("Showing the first") for c in captions)


def test_a_long_light_table_shows_its_first_500_rows():
    count, captions = shown(2000, 10)
    assert count == render.TABLE_ROWS == 500
    assert "Showing the first 500 of 2,000 rows; the downloads hold them all." in captions


def test_a_long_heavy_table_shows_what_fits_the_budget():
    count, captions = shown(2000, 2000)  # ~2 KB a row: about 128 rows fit 256 KB
    assert render.MIN_ROWS <= count < 500
    assert count * 2000 <= render.TABLE_BYTES * 1.1
    assert f"Showing the first {count:,} of 2,000 rows; the downloads hold them all." in captions
    assert shown(2000, 20000)[0] == render.MIN_ROWS  # 20 KB a row: the floor


def first_rows_app(calls: list):
    import pandas as pd

    from kizuna import ui
    from kizuna.state import Filters

    whole = pd.DataFrame({"record_id": [f"R-{i}" for i in range(2000)]}, dtype="str")

    def everything():
        calls.append(1)
        return whole

    ui.table(whole.head(500), "test", Filters(), key="t", total=2000, whole=everything)


def test_a_view_that_holds_only_its_first_rows_says_how_many_and_builds_the_rest_on_demand():
    calls: list = []
    at = AppTest.from_function(first_rows_app, args=(calls,))
    at.run()
    assert not at.exception
    assert len(at.dataframe[0].value) == 500
    captions = [c.value for c in at.caption]
    assert "Showing the first 500 of 2,000 rows; the downloads hold them all." in captions
    assert calls == []  # the whole table is built for a download, not for every rerun
