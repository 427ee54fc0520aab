"""The brief as HTML, printed to PDF by the headless Chromium the project already ships."""

from __future__ import annotations

import base64
import html
import re
import subprocess
import tempfile
from pathlib import Path

from kizuna import export, i18n
from kizuna.brief._build import brief_charts, build, generated_at
from kizuna.brief._model import (
    BRIEF_FILE,
    FITTING_ROWS,
    PAGES,
    PDF_TIMEOUT_S,
    TABLE_HEADERS,
    TEMPLATE,
    Brief,
)
from kizuna.i18n import _
from kizuna.load import Dataset
from kizuna.views.dossier import Dossier


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
    heads = "".join(f"<th>{e(_(h))}</th>" for h in TABLE_HEADERS)
    table = (
        f"<table><thead><tr>{heads}</tr></thead><tbody>{rows}</tbody></table>"
        if len(b.chronology)
        else ""
    )
    link = f'<a href="{e(b.url)}">{e(b.url)}</a>'
    return TEMPLATE.read_text(encoding="utf-8").format(
        lang=i18n.language(),
        title=e(b.title),
        meta=e(
            _(
                "Generated {time} by Kizuna from its sourced records. Every figure and sentence "
                "below comes from those records; numbers in brackets point to the sources."
            ).format(time=generated_at(b.generated))
        ),
        h_summary=e(_("Summary")),
        h_chronology=e(_("Chronology")),
        h_sources=e(_("Sources")),
        h_cite=e(_("How to cite")),
        facts=facts,
        text=" ".join(_cited_html(s) for s in b.text),
        chart=charts,
        note=e(b.chronology_note),
        table=table,
        sources=(
            f'<ol class="sources">{sources}</ol>'
            if sources
            else "<p>" + e(_("No source is cited.")) + "</p>"
        ),
        cite=e(b.cite_as),
        reopen=e(_("Reopen this view: {link}")).format(link=link),
    )


def pdf(
    data: Dataset, d: Dossier, version: str = "", base_url: str = "http://localhost:8501"
) -> bytes:
    """The brief as a PDF of at most PAGES pages: the chronology table loses its oldest rows
    until it fits (the Markdown keeps TABLE_ROWS)."""
    charts = brief_charts(d, images=True)
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
        return _("The PDF needs Chromium on the server (apt-get install chromium).")
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
    return export.file_name(_(BRIEF_FILE), d.filters, "pdf")
