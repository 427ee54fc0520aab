"""The partner brief: one or two A4 pages on one relationship, as PDF and as Markdown.

Every sentence is assembled from the dossier's frames (what was signed, what came into force,
which exercises, what is signed with no entry into force on record, which targets are planned),
each fact with numbered citations to the sources of the record it comes from. A sentence that
has no record to rest on is left out, never guessed.

Why print HTML with headless Chromium: the project already ships and uses that Chromium (chart
export and browser tests), so the PDF needs no new dependency. Chromium lays out real HTML and
CSS for A4, embeds the (local, DejaVu) fonts it used, keeps every <a href> as a clickable link
annotation, and draws the SVG charts as vectors. WeasyPrint would need Debian's pango, and
fpdf2 or ReportLab would mean laying out tables and wrapping text by hand. The page is written
to a temporary file with everything inline (CSS, charts as data: URIs), and Chromium runs with
its background networking off and every host name unresolvable: nothing is fetched.
"""

from __future__ import annotations

import base64
import html
import re
import subprocess
import tempfile
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path

import pandas as pd
import plotly.graph_objects as go

from kizuna import charts, export
from kizuna.dossier import Dossier, short
from kizuna.load import Dataset

TABLE_ROWS = 12  # chronology rows that fit the second page beside the sources
LISTED = 4  # instruments or exercises named in one sentence before "and N more"
CITED_PER_FACT = 2  # sources cited for one fact: the record's first ones
TEMPLATE = Path(__file__).with_name("templates") / "brief.html"
# Charts are drawn shorter than on screen, so that both fit the first page with the summary:
# the chronology's lanes of labels closer together (its title and axes keep their 150 px), the
# map shorter.
BRIEF_PLOT_PX = 880  # the chronology's plot area in an exported image (1100 px wide)
CHART_HEIGHTS = {
    "dossier-chronology": lambda height: int(150 + (height - 150) * 0.7),
    "exercises-map": lambda height: 280,
}
# The map's legend (one partner here) and its tall top margin give way to the map itself.
CHART_LAYOUT = {"exercises-map": {"showlegend": False, "margin": {"t": 70}}}
PDF_TIMEOUT_S = 60
PAGES = 2  # the brief's length at most, on A4
FITTING_ROWS = (TABLE_ROWS, 8, 4, 0)  # chronology rows tried, until the brief fits


@dataclass
class Brief:
    title: str
    generated: datetime
    dossier: Dossier
    facts: list[str]  # header figures, one line each
    text: list[str]  # the generated sentences, with [n] citations
    chronology: pd.DataFrame  # when, kind, what, sources ([n] numbers)
    chronology_note: str
    sources: pd.DataFrame  # number, publisher, title, published, url
    charts: list[tuple[str, str]] = field(default_factory=list)  # (caption, SVG text)
    charts_note: str = ""
    cite_as: str = ""
    url: str = ""


class Numbering:
    """Numbers sources in the order the brief first cites them."""

    def __init__(self, data: Dataset):
        self.citations = data["citations"]
        self.sources = data["sources"].set_index("source_id")
        self.order: list[str] = []

    def number(self, source_ids) -> list[int]:
        out = []
        for source_id in source_ids:
            if source_id in self.sources.index:
                if source_id not in self.order:
                    self.order.append(source_id)
                out.append(self.order.index(source_id) + 1)
        return out

    def record(self, table: str, record_id: str, limit: int = CITED_PER_FACT) -> str:
        """' [1, 2]': the first sources of one record."""
        cited = self.citations[
            (self.citations["table"] == table) & (self.citations["record_id"] == record_id)
        ]["source_id"]
        numbers = self.number(list(dict.fromkeys(cited))[:limit])
        return f" [{', '.join(map(str, numbers))}]" if numbers else ""

    def frame(self) -> pd.DataFrame:
        rows = self.sources.loc[self.order]
        return pd.DataFrame(
            {
                "number": range(1, len(rows) + 1),
                "publisher": rows["publisher"].to_numpy(),
                "title": rows["title"].to_numpy(),
                "published": [
                    export.format_date(d, p) or ""
                    for d, p in zip(rows["published"], rows["published_precision"], strict=True)
                ],
                "url": rows["url"].to_numpy(),
            }
        )


# -- the text -----------------------------------------------------------------------------------


def _listed(rows: pd.DataFrame, say) -> str:
    """The first LISTED rows, each as ``say(row)`` (which numbers its sources), then how many
    more: a source is numbered only when its fact is written."""
    items = "; ".join(say(r) for r in rows.head(LISTED).itertuples())
    return items + (f"; and {len(rows) - LISTED} more" if len(rows) > LISTED else "")


def _count(n: int, one: str, many: str | None = None) -> str:
    return f"{n} {one if n == 1 else (many or one + 's')}"


def sentences(d: Dossier, cite: Numbering) -> list[str]:
    """A few sentences built strictly from the dossier's records, each fact cited."""
    name, (first, last) = d.in_text, d.filters.years
    span = f"{first}–{last}" if first != last else str(first)
    rows = d.chronology
    out = []
    if d.level:
        out.append(
            f"Relationship level on record: {d.level}{cite.record('agreements', d.level_id)}."
        )
    if d.rank:
        r = d.rank
        spread = (
            f"rank {r['best_rank']} to {r['worst_rank']} under other weightings"
            if r["best_rank"] != r["worst_rank"]
            else "the same rank under every weighting tried"
        )
        out.append(
            f"On Kizuna's composite partnership index for {r['year']}, {name} ranks {r['rank']} "
            f"of {r['ranked']} partners ({r['index']:.1f} of 100; {spread})."
        )
    agreements = rows[rows["table"] == "agreements"]
    for stage, verb in (("signed", "Signed"), ("in_force", "Came into force")):
        done = agreements[(agreements["kind"] == "agreement") & (agreements["stage"] == stage)]
        suffix = ": " + stage.replace("_", " ")
        if len(done):
            listed = _listed(
                done,
                lambda r, suffix=suffix: (
                    f"{short(r.what.removesuffix(suffix), 90)} ({r.when})"
                    f"{cite.record(r.table, r.record_id)}"
                ),
            )
            out.append(f"{verb} in {span}: {listed}.")
    meetings = agreements[agreements["kind"].isin(["2+2", "statement"])]
    meetings = meetings[meetings["stage"] == "signed"]  # held or issued, not ended
    if len(meetings):
        latest = meetings.iloc[-1]
        rounds = int((meetings["kind"] == "2+2").sum())
        statements = int((meetings["kind"] == "statement").sum())
        parts = [
            p
            for p in (
                f"2+2 meetings held: {rounds}" if rounds else "",
                f"partnership statements issued: {statements}" if statements else "",
            )
            if p
        ]
        out.append(
            f"In {span}, {'; '.join(parts)}; the latest, "
            f"{short(latest['what'].rsplit(': ', 1)[0], 90)} ({latest['when']})"
            f"{cite.record('agreements', latest['record_id'])}."
        )
    activity = rows[rows["table"] == "exercises"]
    if len(activity):
        kinds = activity["kind"].value_counts()
        breakdown = ", ".join(
            _count(int(kinds[k]), k) for k in ("exercise", "port call", "deployment") if k in kinds
        )
        first_row, last_row = activity.iloc[0], activity.iloc[-1]
        named = (
            f"the first {first_row['what']} ({first_row['when']})"
            f"{cite.record('exercises', first_row['record_id'], 1)}"
            + (
                f", the latest {last_row['what']} ({last_row['when']})"
                f"{cite.record('exercises', last_row['record_id'], 1)}"
                if len(activity) > 1
                else ""
            )
        )
        what = _count(
            len(activity),
            "exercise, port call or deployment",
            "exercises, port calls and deployments",
        )
        out.append(
            f"{what} with {name} as Japan's partner are on record for {span} "
            f"({breakdown}): {named}."
        )
    grants = rows[rows["table"] == "assistance"]
    if len(grants):
        out.append(
            f"Security assistance on record in {span}: "
            + _listed(
                grants,
                lambda r: f"{short(r.what, 80)} ({r.when}){cite.record(r.table, r.record_id)}",
            )
            + "."
        )
    pending = _signed_only(d)
    if len(pending):
        out.append(
            f"Signed with no entry into force on record by the end of {last}: "
            + _listed(
                pending,
                lambda r: (
                    f"{short(r.agreement, 90)} (signed {r.signed})"
                    f"{cite.record('agreements', r.agreement_id)}"
                ),
            )
            + "."
        )
    targets = _open_targets(d)
    if len(targets):
        out.append(
            f"Planned targets on record after {last}: "
            + _listed(
                targets,
                lambda r: (
                    f"{short(r.milestone, 90)} (target {r.date}"
                    + (f", announced {r.announced}" if isinstance(r.announced, str) else "")
                    + f"){cite.record('milestones', r.milestone_id)}"
                ),
            )
            + "."
        )
    claims = rows[rows["table"] == "claims"]
    # Capability assessments and fact-checks of the source article are never counted together.
    for kind, one, many in (
        ("capability assessment", "capability assessment", None),
        ("fact-check", "fact-check of the source article", "fact-checks of the source article"),
    ):
        mine = claims[claims["kind"] == kind]
        if len(mine):
            verdicts = mine["what"].str.rsplit(": ", n=1).str[-1].value_counts()
            out.append(
                f"{_count(len(mine), one, many)} about {name} dated {span}: "
                + ", ".join(f"{n} {v}" for v, n in verdicts.items())
                + "."
            )
    if not out or (len(out) <= 2 and rows.empty):
        out.append(f"No dated record about {name} falls within {span}.")
    return out


def _signed_only(d: Dossier) -> pd.DataFrame:
    """Instruments signed, with no entry into force and no end on record (programmes'
    statements excepted: they bind on signature)."""
    rows = d.agreements
    if rows.empty:
        return rows
    open_ = rows["signed"].notna() & rows["in force"].isna() & rows["ended"].isna()
    return rows[open_ & (rows["type"] != "co-development programme")]


def _open_targets(d: Dossier) -> pd.DataFrame:
    """Planned milestones targeting a date after the range, announced by its end, and not
    restated since (the restatement is listed instead)."""
    rows = d.programmes
    if rows.empty:
        return rows
    last = d.filters.years[1]
    target_year = rows["date"].str.slice(0, 4).astype(int)
    announced = rows["announced"].fillna("").str.slice(0, 4)
    known = announced.where(announced != "", "0").astype(int)
    current = rows["restated later"] != "yes"
    return rows[(rows["status"] == "planned") & (target_year > last) & (known <= last) & current]


# -- the brief ----------------------------------------------------------------------------------


def build(
    data: Dataset,
    d: Dossier,
    version: str = "",
    base_url: str = "http://localhost:8501",
    images: bool = True,
    rows: int = TABLE_ROWS,
    charts: tuple[list[tuple[str, str]], str] | None = None,
) -> Brief:
    """The brief's content; ``charts`` as _charts returned them, to draw them only once."""
    cite = Numbering(data)
    text = sentences(d, cite)
    rows = d.chronology.tail(rows)
    table = pd.DataFrame(
        {
            "date": rows["when"],
            "kind": rows["kind"],
            "what": rows["what"].map(lambda w: short(w, 110)),
            "sources": [
                cite.record(t, r, 1).strip()
                for t, r in zip(rows["table"], rows["record_id"], strict=True)
            ],
        }
    )
    if d.chronology.empty:
        note = f"No dated record about {d.in_text} falls within these years."
    elif len(d.chronology) > len(rows):
        note = (
            f"The {len(rows)} most recent of {len(d.chronology)} records; the dashboard lists all."
        )
    else:
        note = f"All {len(rows)} records."
    if d.undated:
        note += f" {_count(d.undated, 'record')} about {d.in_text} with no date are not listed."
    facts = []
    if d.level:
        facts.append(f"Level: {d.level}")
    if d.rank:
        r = d.rank
        facts.append(
            f"Composite index {r['year']}: rank {r['rank']} of {r['ranked']} "
            f"(range {r['best_rank']}–{r['worst_rank']}), {r['index']:.1f}/100"
        )
    else:
        facts.append(f"Composite index {d.filters.years[1]}: not ranked")
    facts += [f"{m.label}: {m.value} ({m.delta:+d} on the year before)" for m in d.metrics]
    built = datetime.now(UTC)
    view = d.filters.describe()
    charts, charts_note = charts or _charts(d, images)
    return Brief(
        title=f"{d.name} and Japan: partner brief, {d.filters.years[0]}–{d.filters.years[1]}",
        generated=built,
        dossier=d,
        facts=facts,
        text=text,
        chronology=table,
        chronology_note=note,
        sources=cite.frame(),
        charts=charts,
        charts_note=charts_note,
        cite_as=(
            f'Kizuna: Japan\'s security partnerships dashboard, partner brief "{view}", '
            f"data {('version ' + version + ', ') if version else ''}as of {data.as_of}, "
            f"generated {built.day} {built:%B %Y}. Cite the original sources listed for each fact."
        ),
        url=export.share_url(d.filters, page="partner", base=base_url),
    )


def _charts(d: Dossier, images: bool) -> tuple[list[tuple[str, str]], str]:
    chronology = None
    if d.chart is not None:  # its lanes planned for the image's width, not the narrowest screen
        chronology = charts.chronology_chart(d.chronology, d.chart.caption, BRIEF_PLOT_PX)
    wanted = [c for c in (chronology, d.exercise_map) if c is not None]
    if not wanted:
        return [], ""
    if not images:
        return [], ""
    if export.images_unavailable_reason():
        return [], "Charts are left out: this server cannot draw images (it has no Chromium)."
    out = []
    for chart in wanted:
        if chart.name in CHART_HEIGHTS:
            figure = go.Figure(chart.figure, _validate=False)
            figure.update_layout(height=CHART_HEIGHTS[chart.name](figure.layout.height or 480))
            figure.update_layout(**CHART_LAYOUT.get(chart.name, {}))
            chart = replace(chart, figure=figure)
        try:
            svg = export.to_image(chart, "svg").decode("utf-8")
        except Exception as e:  # kaleido's errors are not one class; the brief goes on
            return out, f"Charts are left out: they could not be drawn ({type(e).__name__})."
        out.append((chart.caption.title, svg))
    return out, ""


def _when(moment: datetime) -> str:
    return f"{moment.day} {moment:%B %Y, %H:%M} UTC"


# -- Markdown -----------------------------------------------------------------------------------


def _md(text) -> str:
    """Text from the data, inert in Markdown: no markup, no raw HTML, no table breaks."""
    text = re.sub(r"\s+", " ", str(text))
    return re.sub(r"([\\`*_{}\[\]<>|#!])", r"\\\1", text)


def _md_cited(text: str) -> str:
    """A generated sentence: escaped, its [n] citations kept as written."""
    return re.sub(r"\\\[([\d, ]+)\\\]", r"[\1]", _md(text))


def to_markdown(b: Brief) -> str:
    lines = [f"# {_md(b.title)}", "", f"Generated {_when(b.generated)}.", ""]
    lines += [f"- {_md(f)}" for f in b.facts] + [""]
    lines += ["## Summary", "", " ".join(_md_cited(s) for s in b.text), ""]
    lines += ["## Chronology", "", _md(b.chronology_note), ""]
    if len(b.chronology):
        lines += ["| date | kind | what | sources |", "|---|---|---|---|"]
        lines += [
            f"| {_md(r.date)} | {_md(r.kind)} | {_md(r.what)} | {_md_cited(r.sources)} |"
            for r in b.chronology.itertuples()
        ]
        lines.append("")
    lines += ["## Charts", ""]
    if b.dossier.chart is None and b.dossier.exercise_map is None:
        lines.append("No chart: no dated record in these years.")
    else:
        lines.append(
            _md(b.charts_note)
            or "The chronology chart and the map of exercises are in the PDF brief and on the "
            "dashboard (the link below)."
        )
    lines += ["", "## Sources", ""]
    lines += [
        f"{r.number}. {_md(r.publisher)}, {_md(r.title)}"
        + (f" ({_md(r.published)})" if r.published else "")
        + f". <{r.url}>"
        for r in b.sources.itertuples()
    ] or ["No source is cited."]
    lines += ["", "## How to cite", "", _md(b.cite_as), "", "## Reopen this view", ""]
    lines += [f"<{b.url}>", ""]
    return "\n".join(lines)


# -- HTML and PDF -------------------------------------------------------------------------------


def _cited_html(text: str) -> str:
    """A generated sentence as HTML, each [n] a link to its entry in the sources list."""
    body = html.escape(text)
    return re.sub(
        r"\[([\d, ]+)\]",
        lambda m: (
            "["
            + ", ".join(f'<a href="#s{n.strip()}">{n.strip()}</a>' for n in m[1].split(","))
            + "]"
        ),
        body,
    )


def to_html(b: Brief) -> str:
    e = html.escape
    facts = "".join(f"<li>{e(f)}</li>" for f in b.facts)
    rows = "".join(
        f"<tr><td class=nowrap>{e(r.date)}</td><td>{e(r.kind)}</td><td>{e(r.what)}</td>"
        f"<td class=nowrap>{_cited_html(r.sources)}</td></tr>"
        for r in b.chronology.itertuples()
    )
    charts = "".join(
        f'<figure><img alt="{e(title)}" src="data:image/svg+xml;base64,'
        f'{base64.b64encode(svg.encode()).decode()}"></figure>'
        for title, svg in b.charts
    )
    if b.charts_note:
        charts += f"<p class=note>{e(b.charts_note)}</p>"
    sources = "".join(
        f'<li id="s{r.number}">{e(r.publisher)}, <i>{e(r.title)}</i>'
        + (f" ({e(r.published)})" if r.published else "")
        + f'. <a href="{e(r.url)}">{e(r.url)}</a></li>'
        for r in b.sources.itertuples()
    )
    table = (
        "<table><thead><tr><th>date</th><th>kind</th><th>what</th><th>sources</th></tr></thead>"
        f"<tbody>{rows}</tbody></table>"
        if len(b.chronology)
        else ""
    )
    return TEMPLATE.read_text(encoding="utf-8").format(
        title=e(b.title),
        generated=_when(b.generated),
        facts=facts,
        text=" ".join(_cited_html(s) for s in b.text),
        chart=charts,
        note=e(b.chronology_note),
        table=table,
        sources=f'<ol class="sources">{sources}</ol>' if sources else "<p>No source is cited.</p>",
        cite=e(b.cite_as),
        url=e(b.url),
    )


def pdf(
    data: Dataset, d: Dossier, version: str = "", base_url: str = "http://localhost:8501"
) -> bytes:
    """The brief as a PDF of at most PAGES pages: the chronology table loses its oldest rows
    until it fits (the Markdown keeps TABLE_ROWS)."""
    charts = _charts(d, images=True)
    for rows in FITTING_ROWS:
        body = to_pdf(build(data, d, version, base_url, rows=rows, charts=charts))
        if pages(body) <= PAGES:
            break
    return body


def pages(body: bytes) -> int:
    """Pages of a PDF Chromium printed (its page objects are not compressed)."""
    return len(re.findall(rb"/Type\s*/Page(?![s\w])", body))


def pdf_unavailable_reason() -> str | None:
    if export.chromium() is None:
        return "The PDF needs Chromium on the server (apt-get install chromium)."
    return None


def to_pdf(b: Brief) -> bytes:
    """The brief printed to A4 by headless Chromium, offline."""
    browser = export.chromium()
    if browser is None:
        raise RuntimeError(pdf_unavailable_reason())
    with tempfile.TemporaryDirectory(prefix="kizuna-brief-") as tmp:
        page, out = Path(tmp) / "brief.html", Path(tmp) / "brief.pdf"
        page.write_text(to_html(b), encoding="utf-8")
        command = [
            browser,
            "--headless",
            *export.CHROMIUM_ARGS,
            f"--user-data-dir={Path(tmp) / 'profile'}",
            "--host-resolver-rules=MAP * ~NOTFOUND",  # no host name resolves: nothing leaves
            "--no-pdf-header-footer",
            f"--print-to-pdf={out}",
            page.as_uri(),
        ]
        done = subprocess.run(command, capture_output=True, timeout=PDF_TIMEOUT_S, check=False)
        if not out.exists() or out.stat().st_size == 0:
            raise RuntimeError(f"Chromium printed no PDF: {done.stderr.decode()[-500:]}")
        return out.read_bytes()


def pdf_name(d: Dossier) -> str:
    return export.file_name("partner-brief", d.filters, "pdf")


def markdown_name(d: Dossier) -> str:
    return export.file_name("partner-brief", d.filters, "md")
