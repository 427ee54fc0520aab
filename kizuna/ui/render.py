"""Charts and tables on the page, each with its downloads."""

from __future__ import annotations

from collections.abc import Callable

import pandas as pd
import streamlit as st

from kizuna import countries, export, i18n
from kizuna.charts import Chart
from kizuna.i18n import _
from kizuna.state import Filters
from kizuna.ui.headers import for_download, header, vocabulary
from kizuna.ui.text import plain
from kizuna.views import SHOWN_ROWS

# What a table sends to the browser (its payload): a table of up to TABLE_ROWS rows is shown
# whole; a longer one shows its first rows, as many as fit in TABLE_BYTES (long titles, notes and
# addresses make a row heavy) but at least MIN_ROWS and at most TABLE_ROWS. Downloads carry all.
TABLE_ROWS = SHOWN_ROWS
TABLE_BYTES = 256 * 2**10
MIN_ROWS = 100
TOPOJSON_URL = "app/static/topojson/"
PLOTLY_CONFIG = {
    "topojsonURL": TOPOJSON_URL,
    "displaylogo": False,
    "modeBarButtonsToRemove": ["toImage"],
}


def chart(c: Chart, f: Filters, key: str | None = None, on_select=None):
    """A chart with its accessible name (its title and one-line summary, Streamlit's ``alt``),
    the summary shown under it, and its download control; the widget key is the chart's name.
    ``on_select``: True to rerun with the clicked points, or a callback run before the rerun."""
    key = key or c.name
    if c.is_altair:
        event = st.altair_chart(c.figure, width="stretch", key=key, alt=accessible_name(c))
    else:
        event = st.plotly_chart(
            c.figure,
            width="stretch",
            theme=None,
            config=PLOTLY_CONFIG,
            key=key,
            on_select=on_select if callable(on_select) else ("rerun" if on_select else "ignore"),
            selection_mode=("points",) if on_select else ("points", "box", "lasso"),
            alt=accessible_name(c),
        )
    plain(c.summary)
    downloads(c, f, key)
    return event


def accessible_name(c: Chart) -> str:
    return _("Chart: {title}. {summary}").format(title=c.caption.title, summary=c.summary)


def downloads(c: Chart, f: Filters, key: str) -> None:
    """PNG, SVG, HTML, CSV of one chart, built only when clicked."""
    reason = None if c.is_altair else export.images_unavailable_reason()
    with st.popover(_("Download"), icon=":material/download:"):
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
            data=lambda: export.to_csv(for_download(c.data)),
            file_name=export.file_name(c.name, f, "csv"),
            mime="text/csv",
            key=f"{key}-csv",
            on_click="ignore",
        )
        if reason:
            st.caption(reason)


def table(
    frame: pd.DataFrame,
    name: str,
    f: Filters,
    key: str,
    column_config=None,
    rows=TABLE_ROWS,
    *,
    total: int | None = None,
    whole: Callable[[], pd.DataFrame] | None = None,
) -> None:
    """A table with its CSV and XLSX downloads. The screen shows its first rows (TABLE_ROWS, or
    fewer where they are heavy: TABLE_BYTES), in the analyst's words (names, dates at their
    precision); the downloads hold every row. A view at scale holds only the first rows:
    ``total`` says how many there are and ``whole`` builds them all, when a download is asked
    for."""
    total = len(frame) if total is None else total
    everything = (lambda: frame) if whole is None else whole
    shown = _display(frame if rows is None else frame.head(rows))
    if total > rows:
        size = int(shown.memory_usage(deep=True).sum())
        if size > TABLE_BYTES:
            rows = max(MIN_ROWS, len(shown) * TABLE_BYTES // size)
            shown = shown.head(rows)
    if total > rows:
        st.caption(
            _("Showing the first {rows} of {total} rows; the downloads hold them all.").format(
                rows=i18n.number(rows), total=i18n.number(total)
            )
        )
    event = st.dataframe(
        shown,
        hide_index=True,
        width="stretch",
        column_config=column_config or {_("Link"): st.column_config.LinkColumn(_("Link"))},
        key=f"{key}-table",
        on_select="rerun",
        selection_mode="single-row",
    )
    picked = (event.selection.rows if event else []) or []
    if picked:
        _details(frame.head(rows).iloc[picked[0]])
    else:
        st.caption(_("Select a row to read its notes in full."))
    left, right, _rest = st.columns([1, 1, 6])
    left.download_button(
        "CSV",
        data=lambda: export.to_csv(for_download(everything())),
        file_name=export.file_name(name, f, "csv"),
        mime="text/csv",
        key=f"{key}-csv",
        on_click="ignore",
        icon=":material/download:",
    )
    right.download_button(
        "XLSX",
        data=lambda: export.to_xlsx(for_download(everything()), name),
        file_name=export.file_name(name, f, "xlsx"),
        key=f"{key}-xlsx",
        on_click="ignore",
        mime="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        icon=":material/download:",
    )


# Columns a reader does not need on screen (the downloads keep them): coordinates, the
# machinery of the charts, and the source ids behind the publishers already shown.
HIDDEN_COLUMNS = {
    "lat",
    "lon",
    "home_lat",
    "home_lon",
    "departed_lat",
    "departed_lon",
    "colour_group",
    "dated",
    "effective",
    "source_ids",
    "lead_partner",
    "countries",
    "band",
    "lane",
}


def _details(row: pd.Series) -> None:
    """The long text of one row (notes, assessment, what a 'first' claims), one click away."""
    for column in ("notes", "assessment_note", "first", "claim", "sentence"):
        if column in row and isinstance(row[column], str) and row[column]:
            plain(_("{label}: {text}").format(label=header(column), text=row[column]))


def display(frame: pd.DataFrame) -> pd.DataFrame:
    """A table as a reader wants it (see _display)."""
    return _display(frame)


def _blank(column: pd.Series) -> pd.Series:
    """Missing values as empty cells. A column with gaps becomes text (a year 2035 stays
    "2035", not "2035.0"): a column of numbers and "" cannot be sent to the browser as Arrow."""
    if not column.isna().any():
        return column
    if pd.api.types.is_numeric_dtype(column) and not pd.api.types.is_bool_dtype(column):
        whole = column.dropna().mod(1).eq(0).all()
        return column.map(lambda v: "" if pd.isna(v) else (f"{v:.0f}" if whole else f"{v:g}"))
    return column.astype(object).where(column.notna(), "")


ENGLISH_MARK = i18n.ENGLISH_MARK


def japanese_titles(frame: pd.DataFrame) -> pd.DataFrame:
    """In Japanese, a record's title is its official Japanese one (title_ja) where on record,
    else its English title marked （英文）; in English the Japanese column is not shown."""
    if "title_ja" not in frame or "title" not in frame:
        return frame
    if i18n.language() != "ja":
        return frame.drop(columns=["title_ja"])
    shown = [
        j if isinstance(j, str) and j else f"{t} {ENGLISH_MARK}"
        for t, j in zip(frame["title"], frame["title_ja"], strict=True)
    ]
    return frame.assign(title=shown).drop(columns=["title_ja"])


def _display(frame: pd.DataFrame) -> pd.DataFrame:
    """Dates at their precision, countries named, human headers, blanks for missing values, no
    coordinates, and the record id last."""
    out = vocabulary(export.for_export(japanese_titles(frame)))
    for column in ("partner", "host", "subject", "country", "recipient"):
        if column in out:
            out[column] = out[column].map(lambda c: countries.name(c) if isinstance(c, str) else c)
    keep = [c for c in out.columns if not c.endswith("_precision") and c not in HIDDEN_COLUMNS]
    ids = [c for c in keep if c.endswith("_id")]
    out = out[[c for c in keep if c not in ids] + ids]
    out = pd.DataFrame({c: _blank(out[c]) for c in out.columns}, index=out.index)
    return out.rename(columns=header)
