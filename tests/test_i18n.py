"""English and Japanese: the catalog is complete and up to date, translations keep their
placeholders, the language comes from the link or the browser, and names, dates and numbers
follow it."""

from __future__ import annotations

import datetime as dt
import json
import re
import sys

import pytest
from babel.messages.pofile import read_po
from streamlit.testing.v1 import AppTest

from kizuna import countries, i18n, pages
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
# A Plotly field is kept by its variable: its date format ("%{x|%d %b %Y}") is the language's.
PLOTLY_FORMAT = re.compile(r"(%\{[^}|]*)\|[^}]*\}")


def fields(text: str) -> list[str]:
    return sorted(FIELDS.findall(PLOTLY_FORMAT.sub(r"\1}", text)))


@pytest.mark.parametrize("message", [m for m in catalog() if m.id], ids=lambda m: str(m.id)[:40])
def test_a_translation_keeps_every_placeholder(message):
    ids = message.id if isinstance(message.id, tuple) else (message.id,)
    strings = message.string if isinstance(message.string, tuple) else (message.string,)
    wanted = fields(ids[-1])
    for text in strings:
        assert fields(text) == wanted, (ids[0], text)


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


CJK = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")
ENGLISH_WORD = re.compile(r"\b[a-z]{3,}\b")


def interface_text(at: AppTest) -> list[tuple[str, str]]:
    """The interface's own words on a page: text elements, metrics, widget labels, chart titles,
    subtitles, axis titles and legend names, table headers (record text in cells aside)."""
    found = []
    for kind in ("title", "header", "subheader", "markdown", "caption", "info", "warning"):
        found += [(kind, str(e.value)) for e in at.get(kind)]
    for m in at.get("metric"):
        found += [("metric", str(m.label)), ("metric help", str(m.proto.help))]
    for chart in at.get("plotly_chart"):
        spec = json.loads(chart.proto.spec)
        title = spec["layout"].get("title", {})
        found += [("chart title", title.get("text", ""))]
        found += [("chart subtitle", title.get("subtitle", {}).get("text", ""))]
        for axis in ("xaxis", "yaxis"):
            named = spec["layout"].get(axis, {}).get("title", {})
            found.append((axis, named.get("text", "") if isinstance(named, dict) else str(named)))
        found += [
            ("legend", t["name"])
            for t in spec["data"]
            if t.get("showlegend", True) and t.get("name")
        ]
    for frame in at.dataframe:
        found += [("table header", str(c)) for c in frame.value.columns]
    for kind in ("selectbox", "multiselect", "radio", "toggle", "button", "text_input"):
        found += [(kind, str(w.label)) for w in at.get(kind)]
    return [(k, t) for k, t in found if t]


@pytest.mark.parametrize("page", [p.name for p in pages.PAGES])
def test_every_page_reads_in_japanese(page):
    """No interface English on any page in Japanese: every text of the interface holds Japanese
    (a name or an acronym inside it is fine; record text is not the interface)."""
    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=120)
    at.query_params["lang"] = "ja"
    at.run()
    if page != pages.DEFAULT.name:
        at.switch_page(pages.BY_NAME[page].script).run()
    assert not at.exception, [e.value for e in at.exception]
    shown = interface_text(at)
    assert len(shown) > 20  # the page was read
    english = [(k, t) for k, t in shown if not CJK.search(t) and ENGLISH_WORD.search(t)]
    assert not english, english[:10]


def test_no_message_hides_inside_an_f_string():
    """The extractor cannot see `_("…")` written inside an f-string: such text would never
    reach the catalog and would stay English."""
    hidden = re.compile(r"""\bf(["'])[^\n]*?\{[^}\n]*\b_\(\s*["']""")
    found = [
        f"{path.relative_to(ROOT)}:{n}"
        for path in [*(ROOT / "kizuna").rglob("*.py"), *(ROOT / "app_pages").glob("*.py")]
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if hidden.search(line)
    ]
    assert not found, found


def test_a_japanese_query_finds_the_japanese_titles(data):
    from kizuna import views

    found = views.source_search(data, (), "安全保障")
    titles = found.tables["sources"]["title"].tolist()
    assert found.metrics["sources"] == len(titles) >= 5
    assert all(
        "安全保障" in t or "安全保障" in p
        for t, p in zip(titles, found.tables["sources"]["publisher"], strict=True)
    )


def test_official_japanese_titles_rest_on_cited_japanese_originals(data):
    titles = data["titles_ja"]
    assert len(titles) >= 140
    assert titles["title_ja"].map(lambda t: bool(CJK.search(t))).all()
    kinds = data["sources"].set_index("source_id").loc[titles["source_id"], "kind"]
    # the rest: the World and Japan Database, defence trade press, copies of MOFA/MOD text
    assert (kinds == "official").mean() >= 0.75


def test_in_japanese_an_agreement_shows_its_official_title_or_is_marked_english(data):
    from kizuna import views
    from kizuna.ui.render import japanese_titles

    rows = views.agreement_table(data, Filters(("ITA",), (1951, 2026), "ja"))
    titles = data["titles_ja"]
    official = dict(zip(titles["record_id"], titles["title_ja"], strict=True))
    assert rows["title_ja"].tolist() == [official.get(a, "") for a in rows["agreement_id"]]
    i18n.use("ja")
    shown = japanese_titles(rows)
    for agreement, english, title in zip(
        rows["agreement_id"], rows["title"], shown["title"], strict=True
    ):
        assert title == official.get(agreement, f"{english} （英文）")
    assert "title_ja" not in shown
    i18n.use("en")
    assert japanese_titles(rows)["title"].tolist() == rows["title"].tolist()


def test_a_japanese_source_line_wraps_between_characters_within_the_width():
    from kizuna.charts.core import display_width, source_lines

    text = (
        "出典：防衛省、DVIDS、Naval Todayほか451件；563件の記録 · Kizuna、2026年12月5日時点のデータ"
        * 2
    )
    lines = source_lines(text, width=40)
    assert len(lines) > 3
    assert all(display_width(line) <= 40 for line in lines)
    assert "".join(lines).replace(" ", "") == text.replace(" ", "")
    assert not any(line.startswith(("、", "。", "）")) for line in lines)


def test_a_japanese_svg_carries_the_glyphs_it_uses(data):
    from kizuna import export, views

    if export.images_unavailable_reason():
        pytest.skip(export.images_unavailable_reason())
    i18n.use("ja")
    chart = views.exercises(data, Filters(years=(2011, 2026), lang="ja")).charts[
        "exercises-tempo-domain"
    ]
    svg = export.to_image(chart, "svg").decode("utf-8")
    assert "年別" in svg or CJK.search(svg)
    assert "@font-face" in svg and 'font-family: "IPAGothic"' in svg
    i18n.use("en")
    english = views.exercises(data, Filters()).charts["exercises-tempo-domain"]
    english = export.to_image(english, "svg")
    assert b"@font-face" not in english  # nothing to carry in English


def test_page_filters_keep_their_recorded_values_in_the_link_in_either_language():
    """A link written in English opens in Japanese and the other way round: the link carries
    "maritime", never the label on screen (海上). (AppTest reads the widgets' labels back with
    their format_func in this thread: it must speak Japanese too.)"""
    i18n.use("ja")
    at = run({"lang": "ja", "exercises_domain": ["maritime"], "claims_kind": "article fact-check"})
    at.switch_page("app_pages/exercises.py").run()
    assert not at.exception
    assert at.multiselect(key="exercises_domain").value == ["maritime"]
    at.multiselect(key="exercises_domain").set_value(["maritime", "air"]).run()
    assert at.query_params["exercises_domain"] == ["maritime", "air"]
    at.segmented_control(key="exercises_count").set_value("every record on file").run()
    assert at.query_params["exercises_count"] == "every record on file"
    at.segmented_control(key="exercises_count").set_value("tracked series").run()
    assert "exercises_count" not in at.query_params  # the default stays out of the link
    at.switch_page("app_pages/claims.py").run()
    assert not at.exception
    assert at.segmented_control(key="claims_kind").value == "article fact-check"


def test_a_link_written_with_the_screens_labels_still_opens():
    at = run({"lang": "ja", "partnerships_type": ["円滑化協定（RAA）", "zzz"]})
    at.switch_page("app_pages/partnerships.py").run()
    assert not at.exception
    assert at.multiselect(key="partnerships_type").value == ["reciprocal access"]
    assert at.query_params["partnerships_type"] == "reciprocal access"  # rewritten as recorded


def test_date_axes_are_labelled_by_numbers_in_japanese(data):
    from kizuna import views
    from kizuna.views import dossier

    i18n.use("ja")
    axis = dossier.build(data, "ITA", (2011, 2026)).chart.figure.layout.xaxis
    assert axis.type == "date"
    assert [s.value for s in axis.tickformatstops] == ["%Y年%-m月%-d日", "%Y年%-m月", "%Y年"]
    timeline = views.overview(data, Filters(lang="ja")).charts["overview-timeline"]
    assert len(timeline.figure.layout.xaxis.tickformatstops) == 3  # ranged by dates
    capability = views.claims(data, Filters(lang="ja")).charts["claims-capability-timeline"]
    assert capability.figure.layout.xaxis.tickformat == "%Y年"
    i18n.use("en")
    assert not dossier.build(data, "ITA", (2011, 2026)).chart.figure.layout.xaxis.tickformatstops


def test_the_japanese_dossier_gives_official_japanese_titles_and_marks_english_ones(data):
    from kizuna.views import dossier

    i18n.use("ja")
    d = dossier.build(data, "ITA", (2011, 2026))
    titles = list(d.agreements["agreement"])
    assert any(
        t.startswith("日本国の自衛隊とイタリア共和国の軍隊との間における物品") for t in titles
    )
    stages = d.chronology.loc[d.chronology["table"] == "agreements", "what"]
    assert any(w.startswith("日本国の自衛隊とイタリア共和国の軍隊") for w in stages)
    english = [w for w in stages if not CJK.search(w.split(" （英文）")[0])]
    assert english and all(" （英文）: " in w for w in english)
