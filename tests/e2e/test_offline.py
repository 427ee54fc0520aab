"""Nothing leaves the machine: every request the browser makes, on every page and download."""

from __future__ import annotations

import pytest
from e2e_support import (
    PAGES,
    chart_popovers,
    download,
    download_chart,
    is_local,
    open_page,
    problems_on_page,
    table_buttons,
)

pytestmark = pytest.mark.browser


def test_is_local_tells_local_from_remote():
    assert is_local("http://127.0.0.1:8501/_stcore/health")
    assert is_local("ws://localhost:8501/_stcore/stream")
    assert is_local("data:image/png;base64,AAAA") and is_local("blob:http://127.0.0.1/x")
    assert not is_local("https://cdn.plot.ly/un/world_110m.json")
    assert not is_local("http://127.0.0.2/x") and not is_local("http://localhost.evil.example/")


def test_every_request_goes_to_the_local_server(page, recorder):
    for name in PAGES:
        open_page(page, name, "partner=Italy+%28ITA%29&years=2010&years=2025")
        assert problems_on_page(page) == [], name
        if chart_popovers(page).count():
            download_chart(page, 0)
        if table_buttons(page, "csv").count():
            download(page, table_buttons(page, "xlsx").first, "xlsx")

    outside = recorder.external_requests()
    assert outside == [], "requests to other hosts:\n" + "\n".join(outside)
    # the recorder did see the app: its scripts, its websocket and the map topology
    assert any("/_stcore/stream" in u for u in recorder.requests), recorder.requests[:20]
    assert any("/app/static/topojson/" in u for u in recorder.requests), "map topology not local"
    assert recorder.errors() == []
