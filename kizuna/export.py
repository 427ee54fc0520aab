"""Everything that leaves the dashboard: images, HTML, CSV, XLSX and the briefing pack.

Images are rendered server-side (Plotly through kaleido and a local Chromium, Altair through
vl-convert) so that they carry the chart's title, filters and source line. Nothing here fetches
from the internet: the map topology comes from static/topojson.
"""

from __future__ import annotations

import base64
import csv
import io
import json
import os
import re
import shutil
import subprocess
import threading
import warnings
import zipfile
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import urlencode

import pandas as pd
import plotly.graph_objects as go
import plotly.io as pio

from kizuna import geo, i18n
from kizuna.charts import Chart
from kizuna.i18n import N_, _
from kizuna.schema import FORMULA_PREFIXES
from kizuna.state import Filters

IMAGE_WIDTH = 1100
_kaleido_lock = threading.Lock()
# plotly passes kaleido options that its long-lived server does not take; nothing is lost.
warnings.filterwarnings("ignore", "The kopts argument is ignored", UserWarning)
_kaleido_started = False


# -- tables -------------------------------------------------------------------------------------


def neutralise(value):
    """OWASP's advice for CSV injection: a cell that a spreadsheet would run as a formula is
    prefixed with a single quote, so it is shown as text."""
    if isinstance(value, str) and value.startswith(FORMULA_PREFIXES):
        return "'" + value
    return value


def for_export(frame: pd.DataFrame) -> pd.DataFrame:
    """Dates written at their precision (2023-08, not 2023-08-01), formulas neutralised."""
    out = frame.copy(deep=False)
    for column in out.columns:
        precision = f"{column}_precision"
        if pd.api.types.is_datetime64_any_dtype(out[column]):
            if precision in out:
                out[column] = [
                    format_date(d, p) for d, p in zip(out[column], out[precision], strict=True)
                ]
            else:
                out[column] = out[column].dt.strftime("%Y-%m-%d")
        if out[column].dtype == object or pd.api.types.is_string_dtype(out[column]):
            out[column] = out[column].map(neutralise)
    return out


def format_date(value, precision) -> str | None:
    if pd.isna(value):
        return None
    form = {"year": "%Y", "month": "%Y-%m"}.get(precision, "%Y-%m-%d")
    return pd.Timestamp(value).strftime(form)


def to_csv(frame: pd.DataFrame) -> bytes:
    """UTF-8 CSV, RFC 4180; unlike pandas 3, it quotes a cell holding a lone CR."""
    out = for_export(frame).astype(object).where(lambda f: f.notna(), "")
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")  # RFC 4180; also quotes a lone CR
    writer.writerow(out.columns)
    writer.writerows(out.itertuples(index=False, name=None))
    return buffer.getvalue().encode("utf-8")


def to_xlsx(frame: pd.DataFrame, sheet: str = N_("data")) -> bytes:
    buffer = io.BytesIO()
    with pd.ExcelWriter(buffer, engine="openpyxl") as writer:
        for_export(frame).to_excel(writer, sheet_name=_(sheet)[:31], index=False)
    return buffer.getvalue()


# -- images -------------------------------------------------------------------------------------


# Headless flags for a Chromium on a closed network: without the background-networking ones it
# keeps trying to reach Google's hosts. Browser tests and the benchmark launch with these too.
CHROMIUM_ARGS = (
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
)


def chromium() -> str | None:
    """The Chromium kaleido will drive, if this machine has one."""
    for candidate in (
        os.environ.get("BROWSER_PATH"),
        "chromium",
        "chromium-browser",
        "google-chrome",
    ):
        if candidate and (found := shutil.which(candidate)):
            return found
    return None


def images_unavailable_reason() -> str | None:
    if chromium() is None:
        return _(
            "PNG and SVG of this chart need Chromium on the server (apt-get install chromium)."
        )
    return None


def _ensure_kaleido() -> None:
    """One long-lived renderer: a browser start costs ~2 s, a render on a running one ~0.2 s."""
    global _kaleido_started
    if _kaleido_started:
        return
    import kaleido

    os.environ.setdefault("BROWSER_PATH", chromium() or "")
    pio.defaults.topojson = geo.TOPOJSON_DIR.as_uri() + "/"
    kaleido.start_sync_server(silence_warnings=True)
    _kaleido_started = True


def _altair_spec(chart: Chart) -> str:
    spec = chart.figure.to_dict()

    def fixed(node):  # a file has no container to fill: every "container" width gets a number
        if isinstance(node, dict):
            return {
                k: (IMAGE_WIDTH - 200 if k == "width" and v == "container" else fixed(v))
                for k, v in node.items()
            }
        return [fixed(v) for v in node] if isinstance(node, list) else node

    return json.dumps(fixed(spec))


def to_image(chart: Chart, fmt: str) -> bytes:
    """PNG at 2x scale (for slides) or SVG (for print)."""
    if chart.is_altair:
        import vl_convert as vlc

        if fmt == "png":
            return vlc.vegalite_to_png(_altair_spec(chart), scale=2)
        return vlc.vegalite_to_svg(_altair_spec(chart)).encode("utf-8")
    if images_unavailable_reason():
        raise RuntimeError(images_unavailable_reason())
    figure = chart.figure
    if figure.frames:  # an image shows the frame on screen: the animation would only cost time
        figure = go.Figure(figure.to_dict() | {"frames": []}, _validate=False)
        figure.layout.sliders = []
    with _kaleido_lock:
        _ensure_kaleido()
        image = figure.to_image(format=fmt, width=IMAGE_WIDTH, scale=2 if fmt == "png" else 1)
    return embed_japanese_font(image) if fmt == "svg" else image


# Characters an SVG may show that its reader's fonts may lack: kana, kanji, full-width forms.
_CJK = re.compile(r"[\u3000-\u30ff\u4e00-\u9fff\uff00-\uffef]")
JAPANESE_FONT = "IPAGothic"


def japanese_font_file() -> Path | None:
    """The Japanese font the charts name (Debian's fonts-ipafont-gothic), where installed."""
    try:
        found = subprocess.run(
            ["fc-match", "-f", "%{file}", JAPANESE_FONT], capture_output=True, text=True, timeout=10
        ).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        return None
    return Path(found) if found and Path(found).exists() else None


def embed_japanese_font(svg: bytes) -> bytes:
    """An SVG with Japanese text carries the glyphs it uses (a subset of IPAGothic, as an
    @font-face data URI), so a reader without the font sees the same chart."""
    text = svg.decode("utf-8")
    used = "".join(sorted(set(_CJK.findall(text))))
    font = japanese_font_file() if used else None
    if font is None:
        return svg
    from fontTools import subset
    from fontTools.ttLib import TTFont

    face = TTFont(str(font))
    options = subset.Options()
    subsetter = subset.Subsetter(options)
    subsetter.populate(text=used)
    subsetter.subset(face)
    buffer = io.BytesIO()
    face.save(buffer)
    data = base64.b64encode(buffer.getvalue()).decode("ascii")
    style = (
        f'<defs><style type="text/css">@font-face {{ font-family: "{JAPANESE_FONT}"; '
        f'src: url(data:font/ttf;base64,{data}) format("truetype"); }}</style></defs>'
    )
    start = text.index(">", text.index("<svg")) + 1
    return (text[:start] + style + text[start:]).encode("utf-8")


def _topojson_script() -> str:
    """plotly.js looks in window.PlotlyGeoAssets before fetching a topology from its CDN."""
    topology = geo.TOPOJSON_FILE.read_text(encoding="utf-8")
    return f'<script>window.PlotlyGeoAssets={{topojson:{{"world_110m":{topology}}}}};</script>'


def to_html(chart: Chart) -> bytes:
    """A self-contained page that works offline: the chart library and the map are inlined."""
    if chart.is_altair:
        buffer = io.StringIO()
        chart.figure.save(buffer, format="html", inline=True)
        return buffer.getvalue().encode("utf-8")
    html = chart.figure.to_html(
        include_plotlyjs=True, full_html=True, config={"displaylogo": False}
    )
    if any(t.type in ("choropleth", "scattergeo") for t in chart.figure.data):
        html = html.replace("<head>", "<head>" + _topojson_script(), 1)
    return html.encode("utf-8")


# -- naming -------------------------------------------------------------------------------------


def file_name(chart_or_table: str, filters: Filters, extension: str) -> str:
    """kizuna_exercises-tempo_ITA-GBR_2015-2025.png"""
    return f"kizuna_{chart_or_table}_{filters.slug()}.{extension}"


def share_url(filters: Filters, page: str = "", base: str = "http://localhost:8501") -> str:
    """The link that reopens a view, with partners as ISO codes (as the sidebar writes them)."""
    params = [("partner", p) for p in filters.partners]
    params += [("years", filters.years[0]), ("years", filters.years[1])]
    if i18n.language() != i18n.DEFAULT:  # the link reopens the view in the reader's language
        params.append(("lang", i18n.language()))
    return f"{base.rstrip('/')}/{page}?{urlencode(params)}"


# -- the briefing pack --------------------------------------------------------------------------

README = N_(
    """Kizuna briefing pack
====================

View: {filters}
Built: {built} (UTC)
Data version: {version}
Reopen this view: {url}

Contents
- charts/: every chart of the view as PNG (2x) and SVG; each image carries its title, the
  active filters and its source line
- tables/: the filtered rows of each table as CSV, with the sources of every row
- sources.csv: every source cited by the rows in this pack
- summary.md: what each chart shows, in a sentence, with its filters and sources
- filters.json: the filters and the link that reopens this view

How to cite
Kizuna: Japan's security partnerships dashboard, view "{filters}", data version {version},
accessed {built_day}. Cite the original sources listed in sources.csv for each fact.
{notes}"""
)


def summary_markdown(charts: list[Chart], filters: Filters) -> str:
    """What each chart of the pack shows, in words: its title, filters, one-line summary and
    source line, for pasting into a brief beside the images."""
    lines = [_("# Kizuna briefing pack: {view}").format(view=filters.describe()), ""]
    for chart in charts:
        lines += [
            f"## {chart.caption.title}",
            "",
            f"*{chart.caption.subtitle}* — `charts/{chart.name}.png`, `.svg`",
            "",
            chart.summary,
            "",
            f"{chart.caption.source}",
            "",
        ]
    return "\n".join(lines)


def briefing_pack(
    charts: list[Chart],
    tables: dict[str, pd.DataFrame],
    sources: pd.DataFrame,
    filters: Filters,
    version: str,
    progress=None,
    base_url: str = "http://localhost:8501",
) -> bytes:
    """A ZIP of the current view; ``progress(fraction, text)`` is called as it builds."""
    buffer = io.BytesIO()
    built = datetime.now(UTC)
    notes = []
    steps = len(charts) + len(tables) + 1
    done = 0

    def tick(text: str) -> None:
        nonlocal done
        done += 1
        if progress:
            progress(min(done / steps, 1.0), text)

    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as pack:
        for chart in charts:
            for fmt in ("png", "svg"):
                try:
                    pack.writestr(f"charts/{chart.name}.{fmt}", to_image(chart, fmt))
                except RuntimeError as e:
                    notes.append(
                        _("- {file} was not made: {reason}").format(
                            file=f"charts/{chart.name}.{fmt}", reason=e
                        )
                    )
            tick(chart.caption.title)
        for name, frame in tables.items():
            pack.writestr(f"tables/{name}.csv", to_csv(frame))
            tick(name)
        pack.writestr("sources.csv", to_csv(sources))
        pack.writestr("summary.md", summary_markdown(charts, filters))
        url = share_url(filters, base=base_url)
        pack.writestr(
            "filters.json",
            json.dumps(
                {
                    "partners": list(filters.partners),
                    "years": list(filters.years),
                    "url": url,
                    "data_version": version,
                },
                indent=2,
            ),
        )
        pack.writestr(
            "README.txt",
            _(README).format(
                filters=filters.describe(),
                built=built.strftime("%Y-%m-%d %H:%M"),
                built_day=_long_day(built),
                version=version,
                url=url,
                notes=("\n" + _("Not included") + "\n" + "\n".join(notes)) if notes else "",
            ),
        )
        tick("README")
    return buffer.getvalue()


def _long_day(moment: datetime) -> str:
    """The day a pack was built: "05 March 2025"; "2025年3月5日"."""
    return i18n.date_text(moment, "day") if i18n.language() == "ja" else f"{moment:%d %B %Y}"
