"""Small Streamlit helpers the pages share: cached data, shared filters, errors, charts, tables."""

from __future__ import annotations

import hashlib
import html
import os
import re
import threading
from pathlib import Path
from urllib.parse import urlsplit

import pandas as pd
import streamlit as st

from kizuna import countries, export
from kizuna.charts import Chart
from kizuna.load import Dataset, data_dir, load_cached
from kizuna.state import YEAR_BOUNDS, Filters

_this_run = threading.local()
TABLE_ROWS = 1_000  # rows a table sends to the browser; downloads carry all of them
TOPOJSON_URL = "app/static/topojson/"
PLOTLY_CONFIG = {
    "topojsonURL": TOPOJSON_URL,
    "displaylogo": False,
    "modeBarButtonsToRemove": ["toImage"],
}


# -- data ---------------------------------------------------------------------------------------


@st.cache_resource(max_entries=2, show_spinner="Reading the tables…")
def _load(directory: str, stamp: tuple) -> Dataset:
    """One validated copy per data version, shared by every session. A resource, not
    st.cache_data: that would unpickle a copy of every table on each rerun, which at 1000x the
    shipped rows cost more than the page itself. Nothing writes to these frames."""
    data = load_cached(directory, CACHE_DIR)
    data.__dict__["stamp"] = stamp
    return data


# Validated datasets kept across restarts ($KIZUNA_CACHE_DIR, else .cache/ in the checkout).
CACHE_DIR = Path(
    os.environ.get("KIZUNA_CACHE_DIR") or Path(__file__).resolve().parent.parent / ".cache"
)
VIEW_CACHE = 128  # views kept for all sessions: a popular view is built once, then looked up


def _hashable(value):
    if isinstance(value, dict):
        return tuple(sorted((k, _hashable(v)) for k, v in value.items()))
    if isinstance(value, list | tuple | set):
        return tuple(_hashable(v) for v in value)
    return value


@st.cache_resource(max_entries=VIEW_CACHE, show_spinner=False)
def _view(_build, _data: Dataset, key: tuple, _args, _kwargs):
    return _build(_data, *_args, **_kwargs)


def view(build, data: Dataset, *args, **kwargs):
    """A page's view, built once per data version, builder, filters and facets and shared by
    every session (read-only: pages filter views into new frames, never in place)."""
    key = (build.__module__, build.__name__, data.__dict__.get("stamp"), id(data),
           _hashable(args), _hashable(kwargs))  # fmt: skip
    return _view(build, data, key, args, kwargs)


def dataset() -> Dataset:
    """The validated tables, re-read when a CSV changes on disk."""
    directory = data_dir()
    stamp = tuple(
        (str(p.relative_to(directory)), p.stat().st_mtime_ns, p.stat().st_size)
        for p in sorted(directory.rglob("*.csv"))
    )
    return _load(str(directory), stamp)


@st.cache_data(max_entries=4)
def data_version(directory: str, stamp: tuple) -> str:
    digest = hashlib.sha256()
    for name, *_ in stamp:
        digest.update((data_dir() / name).read_bytes())
    return digest.hexdigest()[:10]


def version() -> str:
    directory = data_dir()
    stamp = tuple(
        (str(p.relative_to(directory)), p.stat().st_mtime_ns)
        for p in sorted(directory.rglob("*.csv"))
    )
    return data_version(str(directory), stamp)


def require(data: Dataset, *tables: str) -> None:
    """Show why the page cannot be drawn, and stop, if a table it needs is broken."""
    if not available(data, *tables):
        st.stop()


def available(data: Dataset, *tables: str) -> bool:
    """Show the problems of the tables a section needs; False if it cannot be drawn."""
    for warning in data.warnings(*tables):
        st.warning(inert(str(warning)))
    if data.ok(*tables):
        return True
    errors = data.errors(*tables)
    files = sorted({p.file for p in errors})
    st.error(
        f"This section needs {', '.join(files)}, which did not pass validation. "
        "Fix the rows below (or run `python -m kizuna.validate data`); other pages still work."
    )
    st.code(
        "\n".join(str(p) for p in errors[:50])
        + (f"\n… and {len(errors) - 50} more" if len(errors) > 50 else ""),
        language=None,
        wrap_lines=True,
    )
    return False


# -- shared filters -----------------------------------------------------------------------------


def _reset_filters() -> None:
    st.session_state["partner"] = []
    st.session_state["years"] = YEAR_BOUNDS


def _partners_from_link() -> None:
    """Once per session, the partners a link names: ISO codes (`?partner=ITA&partner=GBR`) or
    the labels older links carry (`Italy (ITA)`). Unknown values are dropped with a notice.
    Written by hand, not with `bind="query-params"`: a bound multiselect with a format_func
    writes the labels into the link and ignores codes (measured on Streamlit 1.67)."""
    if st.session_state.get("_partner_link_read"):
        return
    st.session_state["_partner_link_read"] = True
    asked = st.query_params.get_all("partner")
    if not asked:
        return
    codes, unknown = countries.parse_partners(asked)
    st.session_state["partner"] = codes
    if unknown:
        st.session_state["_partner_link_unknown"] = unknown


def _partners_to_link() -> None:
    """The link carries the chosen partners as ISO codes; none chosen, no parameter."""
    chosen = list(st.session_state.get("partner", []))
    if chosen:
        if st.query_params.get_all("partner") != chosen:
            st.query_params["partner"] = chosen
    elif "partner" in st.query_params:
        del st.query_params["partner"]


# Streamlit draws captions at 60 % opacity, about 3.9:1 on white; WCAG 2.1 AA asks 4.5:1 for
# small text. #555 at full opacity is 7.5:1. Declared once here, for every caption of every page.
HOUSE_STYLE = (
    "<style>[data-testid='stCaptionContainer'] { opacity: 1 !important; }"
    " [data-testid='stCaptionContainer'], [data-testid='stCaptionContainer'] *"
    " { color: #555555 !important; }</style>"
)


def house_style() -> None:
    st.html(HOUSE_STYLE)


def shared_filters() -> None:
    """Partner and year, drawn in the sidebar by dashboard.py and kept in the URL."""
    _partners_from_link()
    with st.sidebar:
        st.multiselect(
            "Partner countries",
            countries.PARTNERS,
            key="partner",
            format_func=countries.label,
            placeholder="All partners",
            help="Empty means every partner. Shared by all pages and kept in the link as ISO "
            "codes (?partner=ITA&partner=GBR).",
        )
        unknown = st.session_state.pop("_partner_link_unknown", None)
        if unknown:
            st.warning(
                "The link named partners Kizuna does not cover, ignored: "
                + ", ".join(inert(u) for u in unknown[:10])
            )
        st.slider(
            "Years",
            *YEAR_BOUNDS,
            value=YEAR_BOUNDS,
            key="years",
            bind="query-params",
            help="Inclusive. Shared by all pages and kept in the link.",
        )
        st.button("Reset filters", on_click=_reset_filters, icon=":material/restart_alt:")
    _partners_to_link()
    _this_run.facets = st.sidebar.container()


def facets():
    """Where a page draws its own filters: in the sidebar, under the shared ones. Each session's
    script runs in one thread, so the container drawn by dashboard.py is found per thread."""
    return getattr(_this_run, "facets", None) or st.sidebar


def filters() -> Filters:
    partners = tuple(p for p in st.session_state.get("partner", []) if p in countries.PARTNERS)
    years = st.session_state.get("years", YEAR_BOUNDS)
    return Filters(partners=partners, years=(int(min(years)), int(max(years))))


def summary(f: Filters, extra: str = "") -> None:
    st.caption(f"Showing **{inert(f.describe())}**" + (f" · {inert(extra)}" if extra else ""))


def empty(message: str) -> None:
    st.info(message)
    st.stop()


# -- rendering ----------------------------------------------------------------------------------

_MARKDOWN = re.compile(r"([\\`*_{}\[\]()#+\-.!|<>~$&:/@=\"'])")


def inert(text: str) -> str:
    """Text from the data, as Markdown that renders exactly that text: every character Markdown
    or HTML could act on becomes a numeric character reference. Backslash escapes are not
    enough: they stay visible inside URLs, which Markdown still turns into links."""
    return _MARKDOWN.sub(lambda m: f"&#{ord(m.group(1))};", str(text))


# #555 on white is 7.5:1, past WCAG AA's 4.5:1 (Streamlit's caption grey is about 3.8:1).
_CAPTION_STYLE = "color: #555555; font-size: 0.875rem; margin: 0 0 0.5rem 0;"
_LEAD_STYLE = "color: #222222; font-size: 1.15rem; margin: 0 0 0.75rem 0;"


def plain(text: str, quote: bool = False, lead: bool = False) -> None:
    """Text from the data, shown exactly as written: HTML-escaped, and outside Markdown, which
    would turn any URL in it into a live link. ``lead``: the page's headline sentence."""
    body = html.escape(str(text))
    if quote:
        st.html(f"<blockquote>{body}</blockquote>")
    elif lead:
        st.html(f'<p class="kizuna-lead" style="{_LEAD_STYLE}">{body}</p>')
    else:
        st.html(f'<p class="kizuna-caption" style="{_CAPTION_STYLE}">{body}</p>')


def chart(c: Chart, f: Filters, key: str | None = None, on_select=None):
    """A chart, its one-line summary for screen readers, and its download control; the widget
    key is the chart's name. ``on_select``: True to rerun with the clicked points, or a
    callback run before the rerun."""
    key = key or c.name
    if c.is_altair:
        event = st.altair_chart(c.figure, width="stretch", key=key)
    else:
        event = st.plotly_chart(
            c.figure,
            width="stretch",
            theme=None,
            config=PLOTLY_CONFIG,
            key=key,
            on_select=on_select if callable(on_select) else ("rerun" if on_select else "ignore"),
            selection_mode=("points",) if on_select else ("points", "box", "lasso"),
        )
    plain(c.summary)
    downloads(c, f, key)
    return event


def focus_partner(key: str):
    """A callback for a map: clicking a partner's country narrows every page to it."""

    def narrow() -> None:
        event = st.session_state.get(key) or {}
        points = (event.get("selection") or {}).get("points") or []
        codes = [p.get("location") for p in points if p.get("location") in countries.PARTNERS]
        if codes:
            st.session_state["partner"] = list(dict.fromkeys(codes))

    return narrow


def downloads(c: Chart, f: Filters, key: str) -> None:
    """PNG, SVG, HTML, CSV of one chart, built only when clicked."""
    reason = None if c.is_altair else export.images_unavailable_reason()
    with st.popover("Download", icon=":material/download:"):
        cols = st.columns(4)
        for col, fmt, mime in zip(
            cols, ("png", "svg"), ("image/png", "image/svg+xml"), strict=False
        ):
            col.download_button(
                fmt.upper(),
                data=lambda fmt=fmt: export.to_image(c, fmt),
                file_name=export.file_name(c.name, f, fmt),
                mime=mime,
                key=f"{key}-{fmt}",
                on_click="ignore",
                disabled=reason is not None,
                help=reason,
            )
        cols[2].download_button(
            "HTML",
            data=lambda: export.to_html(c),
            file_name=export.file_name(c.name, f, "html"),
            mime="text/html",
            key=f"{key}-html",
            on_click="ignore",
        )
        cols[3].download_button(
            "CSV",
            data=lambda: export.to_csv(c.data),
            file_name=export.file_name(c.name, f, "csv"),
            mime="text/csv",
            key=f"{key}-csv",
            on_click="ignore",
        )
        if reason:
            st.caption(reason)


def table(
    frame: pd.DataFrame, name: str, f: Filters, key: str, column_config=None, rows=TABLE_ROWS
) -> None:
    """A table with its CSV and XLSX downloads. The screen shows the first TABLE_ROWS rows, in
    the analyst's words (names, dates at their precision); the downloads hold every row."""
    shown = display(frame.head(rows))
    if len(frame) > rows:
        st.caption(
            f"Showing the first {rows:,} of {len(frame):,} rows; the downloads hold them all."
        )
    event = st.dataframe(
        shown,
        hide_index=True,
        width="stretch",
        column_config=column_config or {"Link": st.column_config.LinkColumn("Link")},
        key=f"{key}-table",
        on_select="rerun",
        selection_mode="single-row",
    )
    picked = (event.selection.rows if event else []) or []
    if picked:
        _details(frame.head(rows).iloc[picked[0]])
    else:
        st.caption("Select a row to read its notes in full.")
    left, right, _ = st.columns([1, 1, 6])
    left.download_button(
        "CSV",
        data=lambda: export.to_csv(frame),
        file_name=export.file_name(name, f, "csv"),
        mime="text/csv",
        key=f"{key}-csv",
        on_click="ignore",
        icon=":material/download:",
    )
    right.download_button(
        "XLSX",
        data=lambda: export.to_xlsx(frame, name),
        file_name=export.file_name(name, f, "xlsx"),
        key=f"{key}-xlsx",
        on_click="ignore",
        mime="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        icon=":material/download:",
    )


# Columns a reader does not need on screen (the downloads keep them): coordinates, the
# machinery of the charts, and the source ids behind the publishers already shown.
HIDDEN_COLUMNS = {
    "lat", "lon", "home_lat", "home_lon", "departed_lat", "departed_lon", "colour_group",
    "dated", "effective", "source_ids", "lead_partner", "countries", "band", "lane",
}  # fmt: skip
HEADERS = {
    "in_force": "In force",
    "negotiations_opened": "Negotiations opened",
    "agreed_in_principle": "Agreed in principle",
    "source_urls": "Source links",
    "url": "Link",
    "amount_jpy": "Amount (¥)",
    "claim_date": "Claimed",
    "target_year": "Target year",
    "source_reliability": "Source reliability (A–F)",
    "information_credibility": "Credibility (1–6)",
    "notes_exchanged": "Notes exchanged",
    "recipient_force": "Recipient force",
    "fiscal_year": "Fiscal year",
    "measured_from": "Measured from",
    "distance_km": "Distance (km)",
}


def header(column: str) -> str:
    """'in_force' -> 'In force', 'agreement_id' -> 'Agreement id': the analyst's words."""
    return HEADERS.get(column) or column.replace("_", " ").strip().capitalize()


def _details(row: pd.Series) -> None:
    """The long text of one row (notes, assessment, what a 'first' claims), one click away."""
    for column in ("notes", "assessment_note", "first", "claim", "sentence"):
        if column in row and isinstance(row[column], str) and row[column]:
            plain(f"{header(column)}: {row[column]}")


def display(frame: pd.DataFrame) -> pd.DataFrame:
    """A table as a reader wants it: dates at their precision, countries named, human headers,
    blanks for missing values, no coordinates, and the record id last."""
    out = export.for_export(frame)
    for column in ("partner", "host", "subject", "country", "recipient"):
        if column in out:
            out[column] = out[column].map(lambda c: countries.name(c) if isinstance(c, str) else c)
    keep = [c for c in out.columns if not c.endswith("_precision") and c not in HIDDEN_COLUMNS]
    ids = [c for c in keep if c.endswith("_id")]
    out = out[[c for c in keep if c not in ids] + ids]
    out = out.astype(object).where(out.notna(), "")
    return out.rename(columns=header)


def briefing_pack(data: Dataset, f: Filters) -> None:
    """The sidebar button that zips the whole view: every chart, table and source."""
    from kizuna import views

    with st.sidebar:
        st.divider()
        if st.button(
            "Build briefing pack",
            icon=":material/folder_zip:",
            help="Every chart (PNG, SVG) and table (CSV) of this view, its sources, how to cite "
            "it and the link that reopens it, in one ZIP. Page facets are at their defaults.",
        ):
            bar = st.progress(0.0, "Building the briefing pack…")
            charts, tables = views.briefing(data, f)
            pack = export.briefing_pack(
                charts, tables, views.cited_sources(data, tables), f, version(),
                progress=lambda fraction, text: bar.progress(fraction, f"Built {text}"),
                base_url=base_url(),
            )  # fmt: skip
            st.session_state["briefing_pack"] = (f, pack)
            bar.empty()
        built = st.session_state.get("briefing_pack")
        if built and built[0] == f:
            st.download_button(
                "Download briefing pack",
                built[1],
                file_name=export.file_name("briefing-pack", f, "zip"),
                mime="application/zip",
                icon=":material/download:",
                on_click="ignore",
                key="briefing-pack-download",
            )


def base_url() -> str:
    """Where the analyst reached the dashboard, for the link in filters.json."""
    url = urlsplit(st.context.url or "http://localhost:8501/")
    return f"{url.scheme}://{url.netloc}"
