"""English and Japanese: the catalog is complete and up to date, translations keep their
placeholders, the language comes from the link or the browser, and names, dates and numbers
follow it."""

from __future__ import annotations

import datetime as dt
import re
import sys

import pytest
from babel.messages.pofile import read_po
from streamlit.testing.v1 import AppTest

from kizuna import countries, i18n
from kizuna.state import Filters

from support import ROOT

sys.path.insert(0, str(ROOT / "scripts"))
import messages  # noqa: E402  (scripts/messages.py: the extraction make messages runs)


@pytest.fixture(autouse=True)
def english_after():
    yield
    i18n.use("en")


def catalog(lang: str = "ja"):
    with i18n.catalog_path(lang).open("rb") as f:
        return read_po(f, locale=lang)


def test_every_message_has_a_japanese_translation():
    missing = [m.id for m in catalog() if m.id and (not m.string or m.fuzzy)]
    assert not missing, missing[:20]


def test_the_catalog_holds_exactly_the_messages_the_code_marks():
    in_code = {m.id for m in messages.extracted() if m.id}
    in_catalog = {m.id for m in catalog() if m.id}
    assert in_code - in_catalog == set(), "run `make messages`"
    assert in_catalog - in_code == set(), "run `make messages`"


FIELDS = re.compile(r"\{[a-z_]*\}|%\{[^}]*\}|%[sd]")


@pytest.mark.parametrize("message", [m for m in catalog() if m.id], ids=lambda m: str(m.id)[:40])
def test_a_translation_keeps_every_placeholder(message):
    ids = message.id if isinstance(message.id, tuple) else (message.id,)
    strings = message.string if isinstance(message.string, tuple) else (message.string,)
    wanted = sorted(FIELDS.findall(ids[-1]))
    for text in strings:
        assert sorted(FIELDS.findall(text)) == wanted, (ids[0], text)


def test_countries_follow_the_language_with_mofas_forms():
    assert [countries.name(c) for c in ("GBR", "USA", "KOR")] == [
        "United Kingdom",
        "United States",
        "South Korea",
    ]
    i18n.use("ja")
    assert [countries.name(c) for c in ("GBR", "USA", "KOR", "ITA")] == [
        "英国",
        "米国",
        "韓国",
        "イタリア",
    ]


@pytest.mark.parametrize(
    "precision, english, japanese",
    [
        ("day", "10 Jan 2023", "2023年1月10日"),
        ("month", "Jan 2023", "2023年1月"),
        ("year", "2023", "2023年"),
    ],
)
def test_dates_are_written_at_their_precision_in_each_language(precision, english, japanese):
    day = dt.date(2023, 1, 10)
    assert i18n.date_text(day, precision) == english
    i18n.use("ja")
    assert i18n.date_text(day, precision) == japanese
    assert i18n.fiscal_year(2023) == "2023年度"


def test_an_unknown_language_is_english():
    assert i18n.use("xx") == "en"
    assert i18n.from_browser("ja-JP") == "ja"
    assert i18n.from_browser("fr-FR") == "en"
    assert i18n.from_browser(None) == "en"


def test_the_language_is_part_of_every_views_key():
    assert Filters(lang="ja") != Filters(lang="en")
    assert hash(Filters(lang="ja")) != hash(Filters(lang="en"))


def run(query: dict) -> AppTest:
    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=90)
    for key, value in query.items():
        at.query_params[key] = value
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def test_the_link_chooses_japanese():
    at = run({"lang": "ja"})
    assert at.session_state["lang"] == "ja"
    assert at.title[0].value != "Japan's security partnerships"


def test_an_unknown_language_in_the_link_falls_back_to_english_with_a_notice():
    at = run({"lang": "fr"})
    assert at.session_state["lang"] == "en"
    assert any("does not have" in w.value for w in at.warning)
    assert at.title[0].value == "Japan's security partnerships"
