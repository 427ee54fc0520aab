"""No page speaks the research process: the words of how the record was gathered (helpers,
batches, passes, the searchable corpus, stored copies, a report read "via" a mirror) stay in
docs/data-notes.md. Every page is read whole: its text, its charts and its tables."""

from __future__ import annotations

import json
import re

import pytest
from streamlit.testing.v1 import AppTest

from kizuna import pages

from support import ROOT

RESEARCH_WORDS = re.compile(
    r"\bhelpers?\b|\b(research|search) batch(es)?\b|\bresearch pass|\bsecond pass|\bcorpus\b"
    r"|\bstored cop(y|ies)\b|\bsearchable\b|\bREADME\b|\bnot located\b|\bunresolved\b",
    re.IGNORECASE,
)
# "via" names a mirror only in the interface's own words; a record's notes may say that a wire
# report was read through the outlet that printed it, which is a fact about the record.
INTERFACE_ONLY = re.compile(r"\bvia\b", re.IGNORECASE)
RECORD_TEXT = {"notes", "Notes", "title", "Title", "publisher", "Publisher", "locator", "Source"}


def page_text(at: AppTest) -> tuple[list[str], list[str]]:
    """(the interface's text, the records' free text) of a page as it stands."""
    interface: list[str] = []
    records: list[str] = []
    for kind in ("title", "header", "subheader", "markdown", "caption", "info", "warning", "error"):
        interface += [str(e.value) for e in at.get(kind)]
    for m in at.get("metric"):
        interface += [str(m.label), str(m.value), str(m.proto.help)]
    for chart in at.get("plotly_chart"):
        layout = json.loads(chart.proto.spec)["layout"]
        title = layout.get("title", {})
        interface += [title.get("text", ""), title.get("subtitle", {}).get("text", "")]
        interface += [a.get("text", "") for a in layout.get("annotations", [])]
    for frame in at.dataframe:
        table = frame.value
        interface += [str(c) for c in table.columns]
        for column in table.columns:
            text = table[column].dropna().astype(str).tolist()
            text = [t for t in text if not t.startswith("http")]  # addresses are not words
            (records if column in RECORD_TEXT else interface).extend(text)
    return interface, records


@pytest.mark.parametrize("page", [p.name for p in pages.PAGES])
def test_no_page_shows_the_words_of_the_research_process(page):
    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=90)
    at.run()
    if page != pages.DEFAULT.name:
        at.switch_page(pages.BY_NAME[page].script).run()
    assert not at.exception, [e.value for e in at.exception]
    interface, records = page_text(at)
    assert len(interface) > 10  # the page was read
    found = [t for t in interface + records if RESEARCH_WORDS.search(t)]
    found += [t for t in interface if INTERFACE_ONLY.search(t)]
    assert not found, [t[:160] for t in found[:10]]
