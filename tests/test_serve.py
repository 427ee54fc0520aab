"""kizuna.serve builds, before the server listens, exactly the views a first visit to each page
asks for: a page opened with no filters finds its view built."""

import functools

import streamlit as st
from streamlit.testing.v1 import AppTest

from kizuna import pages, serve, views

from support import ROOT

BUILDERS = ["overview", "partnerships", "exercises", "claims", "partner_dossier"]


def test_every_page_finds_its_first_view_warmed(monkeypatch):
    calls = []
    for name in BUILDERS:
        real = getattr(views, name)

        @functools.wraps(real)
        def counted(*args, _real=real, **kwargs):
            calls.append(_real.__qualname__)
            return _real(*args, **kwargs)

        monkeypatch.setattr(views, name, counted)
    st.cache_resource.clear()
    serve.warm()
    warmed = sorted(calls)
    assert len(warmed) == len(serve.default_views()) == 5
    for page in pages.PAGES:
        at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=60)
        at.session_state["partner"] = []
        at.run()
        if page.name != "overview":
            at.switch_page(page.script).run()
        assert not at.exception, [e.value for e in at.exception]
        assert sorted(calls) == warmed, f"{page.name} built a view warm() did not"
