"""The partner dossier and its brief: the page through AppTest, the chronology and its chart
against the raw tables, the generated text against the records, the PDF and Markdown opened."""

import html
import io
import json
import re

import pandas as pd
import pytest
import streamlit as st
from streamlit.testing.v1 import AppTest

from kizuna import brief, countries, export, schema
from kizuna.charts import chronology
from kizuna.state import YEAR_BOUNDS
from kizuna.views import dossier

from support import ROOT, values

ITALY = ("ITA", (2023, 2026))
DATE = re.compile(r"\b(?:19|20)\d\d(?:-\d\d(?:-\d\d)?)?\b")
DAY = re.compile(r"\b(?:19|20)\d\d-\d\d-\d\d\b")
needs_chromium = pytest.mark.skipif(export.chromium() is None, reason="no Chromium here")


@pytest.fixture(autouse=True)
def fresh_cache():
    st.cache_data.clear()
    yield


@pytest.fixture(scope="module")
def italy(data):
    return dossier.build(data, *ITALY)


@pytest.fixture(scope="module")
def italy_brief(data, italy):
    return brief.build(data, italy, version="test")


def open_partner(partners, years, selectbox=None) -> AppTest:
    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=60)
    at.session_state["partner"] = list(partners)
    at.session_state["years"] = years
    at.run()
    at.switch_page("app_pages/partner.py").run()
    if selectbox:
        at.selectbox(key="dossier_partner").set_value(selectbox).run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def chronology_table(at: AppTest) -> pd.DataFrame:
    found = [d.value for d in at.dataframe if {"What", "Kind"} <= set(d.value.columns)]
    assert len(found) == 1, [list(d.value.columns) for d in at.dataframe]
    return found[0]


# -- the page -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "partner, years",
    [("ITA", (2023, 2026)), ("GBR", YEAR_BOUNDS), ("USA", (2015, 2026)), ("SWE", (2023, 2026))],
    ids=["Italy", "United Kingdom", "United States", "Sweden (almost no records)"],
)
def test_partner_page(partner, years, data):
    at = open_partner([partner], years)
    expected = dossier.build(data, partner, years)
    assert [t.value for t in at.title] == [countries.name(partner)]
    assert [m.label for m in at.metric] == [m.label for m in expected.metrics]
    assert [int(m.value) for m in at.metric] == [m.value for m in expected.metrics]
    assert any(s.value == "Chronology" for s in at.subheader)
    if expected.chronology.empty:
        assert any("No dated record" in i.value for i in at.info)
        return
    table = chronology_table(at)
    assert len(table) == len(expected.chronology) > 0
    assert list(table["What"]) == list(expected.chronology["what"])
    chart = [json.loads(c.proto.spec) for c in at.get("plotly_chart")]
    titles = [c["layout"]["title"]["text"] for c in chart]
    assert f"{countries.name(partner)} and Japan: chronology" in titles


def test_a_partner_with_no_record_in_the_years_gets_a_short_dossier():
    at = open_partner(["SWE"], (1990, 1991))
    assert [t.value for t in at.title] == ["Sweden"]
    assert any("No dated record about Sweden" in i.value for i in at.info)


def test_the_sidebar_partner_chooses_the_dossier():
    at = open_partner(["ITA"], ITALY[1])
    assert [t.value for t in at.title] == ["Italy"]
    assert not [s for s in at.selectbox if s.key == "dossier_partner"]


def test_without_one_sidebar_partner_the_page_asks_for_one():
    at = open_partner([], ITALY[1], selectbox="GBR")
    assert [t.value for t in at.title] == ["United Kingdom"]
    at = open_partner(["ITA", "FRA"], ITALY[1], selectbox="FRA")
    assert [t.value for t in at.title] == ["France"]


# -- the chronology -----------------------------------------------------------------------------


def test_chronology_holds_every_record_about_the_partner_in_the_years(data, italy):
    partner, (first, last) = ITALY
    rows = italy.chronology

    def ids(table):
        return sorted(rows.loc[rows["table"] == table, "record_id"])

    parties = data["agreement_parties"]
    mine = data["agreements"][
        data["agreements"]["agreement_id"].isin(
            parties.loc[parties["country"] == partner, "agreement_id"]
        )
    ]
    stages = [
        a.agreement_id
        for a in mine.itertuples()
        for stage in ("negotiations_opened", "agreed_in_principle", "signed", "in_force", "ended")
        if pd.notna(getattr(a, stage)) and first <= getattr(a, stage).year <= last
    ]
    assert ids("agreements") == sorted(stages)
    people = data["exercise_participants"]
    trained = set(
        people[(people["country"] == partner) & (people["role"] == "partner")].exercise_id
    )
    exercises = data["exercises"]
    held = exercises[
        exercises["exercise_id"].isin(trained) & exercises["start"].dt.year.between(first, last)
    ]
    assert ids("exercises") == sorted(held["exercise_id"])
    claims = data["claims"]
    dated = claims[
        (claims["subject"] == partner) & claims["claim_date"].dt.year.between(first, last)
    ]
    assert ids("claims") == sorted(dated["claim_id"])
    assert italy.undated == int((claims["subject"].eq(partner) & claims["claim_date"].isna()).sum())
    assert rows["date"].is_monotonic_increasing
    assert dossier.whole_chronology(data, italy)["sources"].notna().all()  # each cites a source
    assert (
        rows["when"].str.len() == rows["date_precision"].map({"year": 4, "month": 7, "day": 10})
    ).all()


def label_spans(figure) -> pd.DataFrame:
    """Every label of a chronology chart as drawn: its lane (y), its side and its span in
    days on the axis (its point and its text, at the planned plot width)."""
    start, end = map(pd.Timestamp, figure["layout"]["xaxis"]["range"])
    per_px = (end - start).days / chronology.PLOT_PX
    rows = []
    for trace in figure["data"]:
        x = pd.to_datetime(pd.Series(values(trace["x"])))
        y, text = values(trace["y"]), list(trace["text"])
        sides = trace["textposition"]
        sides = [sides] * len(x) if isinstance(sides, str) else list(sides)
        assert len(text) == len(x) == len(sides) and all(t.strip() for t in text)
        assert trace["mode"] == "markers+text"
        for when, lane, label, side in zip(x, y, text, sides, strict=True):
            at = (when - start).days
            width = len(label) * chronology.LABEL_PX * per_px
            lo, hi = (at, at + width) if side.endswith("right") else (at - width, at)
            rows.append({"x": when, "y": lane, "text": label, "lo": lo, "hi": hi})
    return pd.DataFrame(rows)


def test_chronology_chart_labels_every_point_without_overlap(data):
    d = dossier.build(data, "USA", YEAR_BOUNDS)
    assert len(d.chronology) > chronology.CHART_RECORDS  # the cap is exercised
    figure = d.chart.figure.to_plotly_json()
    spans = label_spans(figure)
    days = (pd.Timestamp(figure["layout"]["xaxis"]["range"][1]) - spans["x"].min()).days
    assert (spans["lo"] >= -1).all() and (spans["hi"] <= days + 30).all()  # inside the axis
    for _, lane in spans.groupby("y"):
        lane = lane.sort_values("lo")
        assert (lane["lo"].iloc[1:].to_numpy() > lane["hi"].iloc[:-1].to_numpy()).all()
    assert int(d.chart.data["records"].sum()) == chronology.CHART_RECORDS
    assert (
        f"the {chronology.CHART_RECORDS} most recent of {len(d.chronology)}"
        in (figure["layout"]["title"]["subtitle"]["text"])
    )


@pytest.mark.parametrize("partner, years", [("ITA", (2023, 2026)), ("GBR", (2011, 2026))])
def test_chronology_axis_ends_months_not_years_after_the_last_record(data, partner, years):
    """The time axis ends a little after the last record drawn (a label that would run past
    it is written left of its point), not years later to make room for labels."""
    d = dossier.build(data, partner, years)
    figure = d.chart.figure.to_plotly_json()
    end = pd.Timestamp(figure["layout"]["xaxis"]["range"][1])
    last = d.chart.data["date"].max()
    assert pd.Timedelta(0) < end - last <= pd.Timedelta(days=chronology.END_PAD_DAYS[1] + 1)
    spans = label_spans(figure)
    for _, lane in spans.groupby("y"):
        lane = lane.sort_values("lo")
        assert (lane["lo"].iloc[1:].to_numpy() > lane["hi"].iloc[:-1].to_numpy()).all()


def test_claims_on_the_chronology_are_named_by_subject_and_grade_never_quoted(data):
    """No cut quote on the chart: a claim is labelled by its domain and grade, and the claims
    of one day (the source article's fact-checks) are one point that counts them by grade."""
    d = dossier.build(data, "ITA", (2023, 2026))
    shown = d.chart.data[d.chart.data["kind"].isin(["fact-check", "capability assessment"])]
    claims = data["claims"].set_index("claim_id")
    assert len(shown) and int(shown["records"].sum()) == int(
        d.chronology.tail(chronology.CHART_RECORDS)["table"].eq("claims").sum()
    )
    grades = "|".join(schema.ASSESSMENTS)
    for row in shown.itertuples():
        assert "…" not in row.label
        ids = row.record_id.split(", ")
        for claim_id in ids:  # no words of the claim itself
            quote = claims.at[claim_id, "claim"]
            assert quote[:20] not in row.label
        if row.records == 1:
            assert re.fullmatch(
                rf"[A-Z][\w ]*(fact-check|assessment)(, target \d{{4}})? · ({grades})", row.label
            )
        else:
            counted = sum(int(n) for n in re.findall(rf"(\d+) (?:{grades})", row.label))
            assert row.label.startswith(f"{row.records} ") and counted == row.records
    assert not dossier.whole_chronology(data, d).empty  # the quotes stay in the table


def test_claim_label():
    from kizuna.views.dossier._chronology import claim_label

    assert claim_label("fact-check", "naval", "refuted") == "Naval fact-check · refuted"
    assert claim_label("fact-check", "other", "contested") == "Fact-check · contested"
    assert (
        claim_label("capability assessment", "aircraft", "plausible", 2035.0)
        == "Aircraft assessment, target 2035 · plausible"
    )


def test_agreement_matrix_and_programmes(data, italy):
    matrix = italy.agreements
    assert set(matrix["type"]) <= set(dossier.TREATY_TYPES)
    acsa = matrix[matrix["agreement_id"] == "A-ITA-ACSA"].iloc[0]
    raw = data["agreements"].set_index("agreement_id").loc["A-ITA-ACSA"]
    assert acsa["signed"] == export.format_date(raw["signed"], raw["signed_precision"])
    assert acsa["in force"] == export.format_date(raw["in_force"], raw["in_force_precision"])
    gcap = italy.programmes[italy.programmes["milestone_id"] == "MS-GCAP-ISD-2035"]
    assert list(gcap["with Japan"]) == ["yes"] and list(gcap["date"]) == ["2035"]
    restated = data["milestones"].dropna(subset=["revises"])
    for row in italy.programmes.itertuples():
        if row.milestone_id in set(restated["milestone_id"]):
            assert isinstance(row.restates, str) and row.restates


def test_article_statements_about_the_partner(data, italy):
    article = italy.article
    assert len(article) and article["statement"].is_unique
    links = data["source_article"]
    komatsu = set(links.loc[links["record_id"] == "EX-ITA-2023-KOMATSU", "statement_id"])
    assert komatsu <= set(article["statement"])
    claims = data["claims"].set_index("claim_id")
    for row in article.itertuples():
        for part in filter(None, row.verdict.split(" · ")):
            claim_id, verdict = part.split(":")[0].split(" ", 1)
            assert verdict in dossier.DOUBTED and claims.at[claim_id, "assessment"] == verdict


# -- the generated text -------------------------------------------------------------------------


def numbers_cited(text: str) -> set[int]:
    return {int(n) for group in re.findall(r"\[([\d, ]+)\]", text) for n in group.split(",")}


def without_record_text(text: str, d: dossier.Dossier) -> str:
    """The generated words alone: titles and names quoted from the records taken out."""
    quoted = list(d.chronology["what"]) + [w.rsplit(": ", 1)[0] for w in d.chronology["what"]]
    for frame, column in ((d.agreements, "agreement"), (d.programmes, "milestone")):
        if column in frame:
            quoted += list(frame[column])
    if d.level:
        quoted.append(d.level.rsplit(", since", 1)[0])
    for phrase in sorted(set(quoted), key=len, reverse=True):
        for form in (phrase, dossier.short(phrase, 80), dossier.short(phrase, 90)):
            text = text.replace(form, "")
    return text


def record_dates(d: dossier.Dossier) -> set[str]:
    dates = set(d.chronology["when"].dropna())
    for frame in (d.agreements, d.programmes):
        for column in (
            "negotiations opened",
            "agreed",
            "signed",
            "in force",
            "ended",
            "date",
            "announced",
        ):
            if column in frame:
                dates |= set(frame[column].dropna())
    return dates


TEXT_CASES = [
    ("ITA", (2023, 2026)),
    ("GBR", (2015, 2026)),
    ("USA", (2020, 2026)),
    ("ITA", (2017, 2017)),
]


@pytest.mark.parametrize("partner, years", TEXT_CASES)
def test_generated_text_states_only_what_the_records_hold(data, partner, years):
    d = dossier.build(data, partner, years)
    cite = brief.Numbering(data)
    text = " ".join(brief.sentences(d, cite))
    for date in DATE.findall(without_record_text(text, d)):
        assert date in record_dates(d) or date in {str(y) for y in years}, date
    assert numbers_cited(text) == set(range(1, len(cite.order) + 1))
    rows = d.chronology
    activity = rows[rows["table"] == "exercises"]
    if len(activity):
        assert f"{len(activity)} exercise" in text
        for kind, n in activity["kind"].value_counts().items():
            assert f"{n} {kind}" in text
    else:
        assert "exercise" not in text.replace("exercises in", "")
    came_into_force = rows[(rows["stage"] == "in_force") & (rows["kind"] == "agreement")]
    assert ("Came into force" in text) == bool(len(came_into_force))
    signed = rows[(rows["stage"] == "signed") & (rows["kind"] == "agreement")]
    assert (f"Signed in {years[0]}" in text) == bool(len(signed))
    for row in signed.head(brief.LISTED).itertuples():
        assert f"({row.when})" in text


@pytest.mark.parametrize(
    ("partner", "year", "level", "record"),
    [
        # an ally's level is its treaty in force, whatever the joint statements since
        ("USA", 2026, "Treaty of Mutual Cooperation and Security", "A-USA-TREATY-1960"),
        (
            "USA",
            1955,
            "Security Treaty between Japan and the United States",
            "R1-A-USA-TREATY-1951",
        ),
        ("ITA", 2026, "", None),  # no alliance: the latest statement, as before
    ],
)
def test_level_is_the_alliance_treaty_in_force_else_the_latest_statement(
    data, partner, year, level, record
):
    d = dossier.build(data, partner, (1951, year))
    assert d.level.startswith(level)
    if record:
        assert d.level_id == record
        treaty = data["agreements"].set_index("agreement_id").loc[record]
        assert d.level.endswith(
            f"since {export.format_date(treaty.in_force, treaty.in_force_precision)}"
        )
    else:
        statements = data["agreements"][
            data["agreements"]["type"] == "strategic partnership / joint statement"
        ]
        assert d.level_id in set(statements["agreement_id"])


def test_level_sentence_cites_the_sources_of_its_record(data, italy):
    cite = brief.Numbering(data)
    first = brief.sentences(italy, cite)[0]
    assert first.startswith("Relationship level on record:")
    citations = data["citations"]
    of_level = set(citations.loc[citations["record_id"] == italy.level_id, "source_id"])
    assert {cite.order[n - 1] for n in numbers_cited(first)} <= of_level


def test_signed_without_entry_into_force_is_never_said_to_be_in_force(data):
    d = dossier.build(data, "ITA", (2017, 2017))
    text = " ".join(brief.sentences(d, brief.Numbering(data)))
    equipment = data["agreements"].set_index("agreement_id").loc["A-ITA-EQUIP"]
    assert pd.isna(equipment["in_force"])
    assert "Came into force" not in text
    assert "Signed with no entry into force on record by the end of 2017" in text


def test_no_record_no_claim(data):
    d = dossier.build(data, "SWE", (1990, 1991))
    text = brief.sentences(d, brief.Numbering(data))
    assert d.chronology.empty
    assert text[-1] == "No dated record about Sweden falls within 1990–1991."
    assert not numbers_cited(" ".join(text))


# -- the brief, opened --------------------------------------------------------------------------


@needs_chromium
def test_pdf_brief_for_italy(italy_brief):
    pypdf = pytest.importorskip("pypdf")
    body = brief.to_pdf(italy_brief)  # the full table: no trimming to fit
    reader = pypdf.PdfReader(io.BytesIO(body))
    assert brief.pages(body) == len(reader.pages)
    assert 1 <= len(reader.pages) <= 2
    text = " ".join(page.extract_text() for page in reader.pages)
    flat = re.sub(r"\s+", " ", text)
    assert "Italy" in flat
    assert len(set(DAY.findall(flat))) >= 3
    assert "[1]" in flat or "[1," in flat
    uris = {
        annotation.get_object()["/A"]["/URI"]
        for page in reader.pages
        for annotation in page.get("/Annots", [])
        if "/URI" in annotation.get_object().get("/A", {})
    }
    assert italy_brief.url in uris
    assert set(italy_brief.sources["url"]) <= uris  # every numbered source links out
    assert len(italy_brief.charts) == 2 and not italy_brief.charts_note
    fonts = {
        str(font.get_object()["/BaseFont"])
        for page in reader.pages
        for font in page["/Resources"].get("/Font", {}).values()
    }
    assert fonts and all("+" in f for f in fonts)  # embedded subsets, no system font assumed


def test_markdown_brief_for_italy(data, italy):
    b = brief.build(data, italy, version="test", images=False)
    text = brief.to_markdown(b)
    assert text.startswith("# Italy and Japan: partner brief, 2023–2026")
    assert len(set(DAY.findall(text))) >= 3
    listed = re.findall(r"^(\d+)\. .*<(https?://[^>]+)>$", text, flags=re.M)
    assert [int(n) for n, _ in listed] == list(range(1, len(b.sources) + 1))
    assert [u for _, u in listed] == list(b.sources["url"])
    assert numbers_cited(text.split("## Sources")[0]) == set(range(1, len(b.sources) + 1))
    assert b.url == export.share_url(italy.filters, page="partner")
    assert f"<{b.url}>" in text
    table = [line for line in text.splitlines() if line.startswith("| ")]
    assert len(table) == 1 + len(b.chronology)
    assert all(line.count(" | ") == 3 for line in table)  # no cell breaks the table


def test_markdown_and_html_keep_data_inert(data, italy):
    hostile = italy.chronology.copy()
    hostile.loc[hostile.index[-1], "what"] = "<script>alert(1)</script> | **x** [y](http://e.vil)"
    d = dossier.Dossier(**{**italy.__dict__, "chronology": hostile})
    b = brief.build(data, d, images=False)
    markdown, page = brief.to_markdown(b), brief.to_html(b)
    assert not re.search(r"(?<!\\)<script>", markdown) and "\\<script\\>" in markdown
    assert not re.search(r"(?<!\\)\]\(http", markdown)  # no live link
    assert "<script>" not in page and "&lt;script&gt;" in page


@needs_chromium
def test_a_long_record_still_fits_two_pages(data):
    d = dossier.build(data, "USA", YEAR_BOUNDS)
    assert len(d.chronology) > brief.TABLE_ROWS
    assert brief.pages(brief.pdf(data, d)) <= brief.PAGES


def test_the_brief_page_loads_nothing_from_the_network(italy_brief):
    page = brief.to_html(italy_brief)
    fetched = r"<(?:img|script|link|iframe|object|embed)[^>]+(?:src|href|data)=[\"']?(?:https?:)?//"
    assert not re.search(fetched, page, flags=re.I)
    assert "@import" not in page and "url(http" not in page
    assert page.count('src="data:image/svg+xml;base64,') == len(italy_brief.charts) == 2


def test_without_images_the_brief_says_its_charts_are_left_out(data, italy, monkeypatch):
    monkeypatch.setattr(export, "images_unavailable_reason", lambda: "no Chromium here")
    b = brief.build(data, italy)
    assert b.charts == [] and "Charts are left out" in b.charts_note
    assert "Charts are left out" in brief.to_markdown(b)
    assert "Charts are left out" in brief.to_html(b) and "data:image" not in brief.to_html(b)


@pytest.mark.parametrize("years", [(1951, 2026), (2017, 2017), (1990, 2024), (2023, 2026)])
@pytest.mark.parametrize("partner", ["ITA", "USA", "PHL", "GBR"])
def test_a_ranges_chronology_is_the_slice_of_the_whole_one(data, partner, years):
    from kizuna.views.dossier._chronology import chronology, chronology_in

    sliced, undated = chronology(data, partner, years)
    built, undated_built = chronology_in(data, partner, years)
    pd.testing.assert_frame_equal(sliced, built, check_dtype=False)
    assert undated == undated_built


def test_the_chronology_table_is_one_frame_per_view(data):
    d = dossier.build(data, "ITA", YEAR_BOUNDS)
    assert list(d.chronology_table.columns) == [
        "date",
        "date_precision",
        "what",
        "kind",
        "sources",
        "source_urls",
    ]
    assert len(d.chronology_table) == len(d.chronology)


def test_a_long_chronology_keeps_its_first_rows_cited_and_the_download_all(data, monkeypatch):
    """At scale a dossier holds its chronology's sources for the rows it shows alone: the
    table's first rows and the chart's most recent; the download cites every row."""
    from kizuna.views.dossier import _build

    monkeypatch.setattr(_build, "SHOWN_ROWS", 10)
    d = dossier.build(data, "USA", YEAR_BOUNDS)
    whole = dossier.whole_chronology(data, d)
    assert len(whole) == len(d.chronology) > 10 + chronology.CHART_RECORDS
    assert "sources" not in d.chronology
    pd.testing.assert_frame_equal(d.chronology_table, whole.head(10))
    assert whole["sources"].notna().all()
    recent = whole.tail(chronology.CHART_RECORDS)
    assert list(d.recent["record_id"]) == list(d.chronology["record_id"].tail(len(recent)))
    assert list(d.recent["sources"]) == list(recent["sources"])
    hover = [p[2] for t in d.chart.figure.to_plotly_json()["data"] for p in t["customdata"]]
    assert sorted(map(html.unescape, hover)) == sorted(recent["sources"])


def brief_in(data, lang: str) -> str:
    from kizuna import i18n

    i18n.use(lang)
    try:
        return brief.to_markdown(brief.build(data, dossier.build(data, *ITALY), "t", images=False))
    finally:
        i18n.use("en")


def table_dates(text: str) -> list[str]:
    """The chronology's dates, under its header row."""
    rows = [line for line in text.splitlines() if line.startswith("| ")][1:]
    return [line.split(" | ")[0].strip("| ") for line in rows]


def iso(written: str) -> str:
    """A date the Japanese brief writes ("2024年12月10日", "2024年12月", "2024年") as ISO."""
    parts = re.fullmatch(r"(\d{4})年(?:(\d{1,2})月(?:(\d{1,2})日)?)?", written)
    assert parts, written
    year, month, day = parts.groups()
    return "-".join([year] + [f"{int(p):02d}" for p in (month, day) if p])


def figures(text: str) -> list[list[str]]:
    """The numbers of each figure in the list under the title ("- Label: 5 (…)"), whatever the
    words around them."""
    return [
        sorted(map(float, re.findall(r"\d+(?:\.\d+)?", re.split(r"[:：]\s*", line, maxsplit=1)[1])))
        for line in text.split("\n## ")[0].splitlines()
        if line.startswith("- ")
    ]


def test_the_italy_brief_in_japanese_has_the_english_briefs_dates_and_counts(data):
    english, japanese = brief_in(data, "en"), brief_in(data, "ja")
    assert japanese.startswith("# イタリアと日本")
    assert [iso(d) for d in table_dates(japanese)] == table_dates(english)
    assert not re.search(r"\d{4}-\d{2}", japanese.split("\n## ")[1])  # no ISO date in the summary
    assert len(table_dates(japanese)) > 5
    assert figures(japanese) == figures(english)
    headings = [line for line in japanese.splitlines() if line.startswith("## ")]
    assert headings and all(re.search(r"[\u3040-\u30ff\u4e00-\u9fff]", h) for h in headings)


@needs_chromium
def test_the_japanese_pdf_brief_fits_two_pages_with_its_japanese_font_embedded(data):
    from kizuna import i18n

    pypdf = pytest.importorskip("pypdf")
    i18n.use("ja")
    try:
        body = brief.pdf(data, dossier.build(data, *ITALY))
    finally:
        i18n.use("en")
    reader = pypdf.PdfReader(io.BytesIO(body))
    assert 1 <= len(reader.pages) <= 2
    text = " ".join(page.extract_text() for page in reader.pages)
    assert "イタリア" in text
    fonts = {
        str(font.get_object().get("/BaseFont"))
        for page in reader.pages
        for font in page["/Resources"].get("/Font", {}).values()
    }
    assert any("IPA" in f and "+" in f for f in fonts), fonts  # the Japanese font, embedded
