"""kizuna.serve warms, before the server listens, exactly the views a first visit to each page
asks for: a page opened with no filters finds its view built."""

from streamlit.testing.v1 import AppTest

from kizuna import pages, serve
from kizuna.ui import data as ui_data

from support import ROOT

DEFAULT_BUILDERS = {(b.__module__, b.__name__) for _, b, _, _ in serve.default_views()}


def page_views() -> set:
    return {k for k in ui_data.VIEWS.kept if (k[0], k[1]) in DEFAULT_BUILDERS}


def test_every_page_finds_its_first_view_warmed(monkeypatch):
    monkeypatch.setattr(ui_data, "VIEWS", ui_data.ViewCache(entries=128, budget=2**30))
    serve.warm()
    assert len(page_views()) == 1  # the Overview, before the server listens
    serve.warm_pages()
    warmed = page_views()
    assert len(warmed) == len(serve.default_views()) == 5
    for page in pages.PAGES:
        at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=60)
        at.session_state["partner"] = []
        at.run()
        if page.name != "overview":
            at.switch_page(page.script).run()
        assert not at.exception, [e.value for e in at.exception]
        assert page_views() == warmed, f"{page.name} built a view warm() did not"


def test_what_start_up_built_is_left_out_of_later_collections(monkeypatch):
    import gc
    import sys

    from streamlit.web import cli

    monkeypatch.setattr(sys, "argv", list(sys.argv))  # main() hands Streamlit its command line
    started = []
    monkeypatch.setattr(serve, "warm", lambda: None)
    monkeypatch.setattr(serve, "warm_pages", lambda: None)
    monkeypatch.setattr(cli, "main", lambda: started.append(gc.get_freeze_count()) or 0)
    gc.unfreeze()
    try:
        assert serve.main([]) == 0
        assert started and started[0] > 0  # frozen before Streamlit starts serving
    finally:
        gc.unfreeze()
