"""What every chart is made of: its caption, the :class:`Chart` a page renders and exports, and a
figure drafted as plain dicts and finished (title block, source line, validation) once."""

from __future__ import annotations

import html
import os
import re
from dataclasses import dataclass

import altair as alt
import pandas as pd
import plotly.graph_objects as go

from kizuna import countries, i18n
from kizuna.charts.theme import (
    SOURCE_CHARS,
    SOURCE_COLOUR,
    SOURCE_FONT_PX,
    SOURCE_LINE_PX,
    TEMPLATE,
)
from kizuna.i18n import _

VALIDATE_FIGURES = os.environ.get("KIZUNA_VALIDATE_FIGURES") == "1"


@dataclass(frozen=True)
class Caption:
    title: str
    subtitle: str  # the active filters
    source: str  # "Sources: ...; N records. Kizuna"


@dataclass
class Chart:
    """What a page renders and what the export module writes."""

    name: str  # slug for filenames: "exercises-tempo"
    caption: Caption
    figure: go.Figure | alt.Chart
    data: pd.DataFrame  # exactly the rows plotted
    summary: str  # one sentence for screen readers

    @property
    def is_altair(self) -> bool:
        return not isinstance(self.figure, go.Figure)


SHORTHAND = {
    "marker_color": ("marker", "color"),
    "marker_line_color": ("marker", "line", "color"),
    "marker_line_width": ("marker", "line", "width"),
    "xaxis_title": ("xaxis", "title"),
    "yaxis_title": ("yaxis", "title"),
}


def expand(properties: dict) -> dict:
    """Plotly's underscore shorthand (marker_color=...) as the nested dicts it stands for."""
    out: dict = {}
    for key, value in properties.items():
        path = SHORTHAND.get(key, (key,))
        target = out
        for part in path[:-1]:
            target = target.setdefault(part, {})
        if isinstance(value, dict) and isinstance(target.get(path[-1]), dict):
            target[path[-1]].update(value)
        else:
            target[path[-1]] = value
    return out


def trace(kind: str, **properties) -> dict:
    return {"type": kind, **expand(properties)}


class Draft:
    """Collects traces and layout as plain dicts; finish validates them once. Building each
    trace as a graph object validates it on its own, which was most of a page's rerun time."""

    def __init__(self, data=None):
        self.data = list(data or [])
        self.layout: dict = {}
        self.frames: list[dict] = []

    def add_trace(self, trace: dict) -> None:
        self.data.append(trace)

    def update_layout(self, **properties) -> None:
        for key, value in expand(properties).items():
            if isinstance(value, dict) and isinstance(self.layout.get(key), dict):
                self.layout[key].update(value)
            else:
                self.layout[key] = value

    def add_annotation(self, **properties) -> None:
        self.layout.setdefault("annotations", []).append(properties)


def fill(message: str, **values) -> str:
    """A translated message with its ``{name}`` fields filled in and Plotly's ``%{…}`` fields
    left as they are (``str.format`` would take those for its own)."""
    for key, value in values.items():
        message = message.replace("{" + key + "}", str(value))
    return message


def shown(value) -> str:
    """A vocabulary value from the data (a domain, an assessment, a type) in the reader's
    language; a missing one blank (gettext's "" is its catalog's header, never shown)."""
    if value is None or (not isinstance(value, str) and pd.isna(value)):
        return ""
    text = str(value)
    return _(text) if text else text


def short_words(text: str, limit: int) -> str:
    """Text cut on a word boundary to at most ``limit`` characters, with an ellipsis."""
    text = str(text)
    if len(text) <= limit:
        return text
    return text[: limit - 1].rsplit(" ", 1)[0].rstrip(" ,;:–-") + "…"


# A break may fall between any two CJK characters (Japanese has no spaces), never before
# closing punctuation; a Latin word stays whole.
_PIECES = re.compile(
    r"[\u3000-\u30ff\u4e00-\u9fff\uff00-\uffef][、。）」，：；]*|[^\s\u3000-\u30ff\u4e00-\u9fff\uff00-\uffef]+|\s+"
)
_WIDE = re.compile(r"[\u3000-\u30ff\u4e00-\u9fff\uff00-\uffef]")


def display_width(text: str) -> int:
    """Display width in Latin characters: a CJK character takes two."""
    return len(text) + len(_WIDE.findall(text))


def source_lines(text: str, width: int = SOURCE_CHARS) -> list[str]:
    """The source line broken into lines at most ``width`` Latin characters wide, so that it
    fits the narrowest figure a page draws and every export: on spaces between words, and
    between characters in Japanese."""
    lines: list[str] = [""]
    for piece in _PIECES.findall(str(text)):
        if piece.isspace():
            if lines[-1]:
                lines[-1] += " "
            continue
        if lines[-1].strip() and display_width(lines[-1] + piece) > width:
            lines[-1] = lines[-1].rstrip()
            lines.append(piece)
        else:
            lines[-1] += piece
    lines[-1] = lines[-1].rstrip()
    return lines


# Plotly writes month names in English only: in Japanese a date axis is labelled by numbers, at
# the precision its tick spacing shows.
_JAPANESE_DATE_TICKS = (
    dict(dtickrange=[None, "M1"], value="%Y年%-m月%-d日"),
    dict(dtickrange=["M1", "M12"], value="%Y年%-m月"),
    dict(dtickrange=["M12", None], value="%Y年"),
)
_JAPANESE_DATE_FORMATS = {"%b %Y": "%Y年%-m月", "%Y": "%Y年", "%d %b %Y": "%Y年%-m月%-d日"}


def _dates_in_japanese(fig: Draft) -> None:
    for name in [k for k in fig.layout if k.startswith(("xaxis", "yaxis"))]:
        axis = fig.layout[name]
        if not isinstance(axis, dict):
            continue
        ranged_by_dates = isinstance((axis.get("range") or [None])[0], pd.Timestamp)
        if axis.get("type") != "date" and not ranged_by_dates:
            continue
        if axis.get("tickformat"):
            axis["tickformat"] = _JAPANESE_DATE_FORMATS.get(axis["tickformat"], axis["tickformat"])
        else:
            axis["tickformatstops"] = list(_JAPANESE_DATE_TICKS)


def finish(fig: Draft, caption: Caption, height: int = 480, bottom: int = 90) -> Figure:
    """Title and filters above the plot; the source line, left-aligned and wrapped so that it
    never runs wider than the figure, at the foot of the bottom margin (``bottom`` pixels for
    the axis or the slider, plus a line per line of source)."""
    lines = source_lines(caption.source)
    margin = bottom + SOURCE_LINE_PX * len(lines)
    if i18n.language() == "ja":
        _dates_in_japanese(fig)
    fig.update_layout(
        template=TEMPLATE,
        height=height + SOURCE_LINE_PX * (len(lines) - 1),
        margin={**fig.layout.get("margin", {}), "b": margin},
        title=dict(
            text=safe_text(caption.title), subtitle=dict(text=safe_text(caption.subtitle)), x=0.01
        ),
    )
    fig.add_annotation(
        text="<br>".join(safe_text(line) for line in lines),
        xref="paper",
        yref="paper",
        x=0,
        y=0,
        yshift=-margin + 6,
        xanchor="left",
        yanchor="bottom",
        align="left",
        showarrow=False,
        font=dict(size=SOURCE_FONT_PX, color=SOURCE_COLOUR),
    )
    # Validation runs under test (KIZUNA_VALIDATE_FIGURES=1), where every builder is exercised;
    # serving skips it, as it costs more than building the figure.
    figure = dict(data=plain(fig.data), layout=fig.layout, frames=plain(fig.frames))
    return Figure(figure, _validate=VALIDATE_FIGURES)


class Figure(go.Figure):
    """A finished chart's figure. Its dict, which st.plotly_chart asks for on every rerun, is
    made once and kept until the figure changes: plotly reports every change through the
    ``_send_*`` hooks its widgets use, and each one forgets the kept dict."""

    def to_dict(self):
        made = getattr(self, "_made", None)
        if made is None:
            made = super().to_dict()
            self._made = made
        return made

    def _changed(self, *args, **kwargs):
        self._made = None

    _send_addTraces_msg = _send_moveTraces_msg = _send_deleteTraces_msg = _changed
    _send_restyle_msg = _send_relayout_msg = _send_update_msg = _send_animate_msg = _changed


def plain(value):
    """pandas objects as arrays and lists: plotly would otherwise convert each one itself."""
    if isinstance(value, pd.DataFrame):
        return value.to_numpy().tolist()
    if isinstance(value, pd.Series):
        if pd.api.types.is_numeric_dtype(value) and not pd.api.types.is_bool_dtype(value):
            return value.to_numpy(dtype="float64", na_value=float("nan"))
        return value.tolist()
    if isinstance(value, dict):
        return {k: plain(v) for k, v in value.items()}
    if isinstance(value, list):
        if not any(isinstance(v, _NESTED) for v in value):
            return value  # numbers and text already: an arc's hundreds of points, as they are
        return [plain(v) for v in value]
    return value


_NESTED = (pd.DataFrame, pd.Series, dict, list)


def safe_text(text) -> str:
    """Data shown by plotly.js, which renders a subset of HTML: escaped, it stays plain text."""
    return html.escape(str(text), quote=False)


def safe_frame(frame: pd.DataFrame) -> pd.DataFrame:
    """safe_text of every cell (missing ones blank), value by value: pandas' string methods cost
    a millisecond a call whatever the length, and charts pass a few dozen rows."""
    text = frame.fillna("").astype(str)
    return pd.DataFrame(
        {c: [safe_text(v) for v in text[c].tolist()] for c in text.columns}, index=text.index
    )


def finish_altair(chart: alt.Chart, caption: Caption) -> alt.Chart:
    """Title and filters above, the wrapped source line below, as finish() lays out a Plotly
    figure; the look comes from the registered "kizuna" Altair theme."""
    source = (
        alt.Chart(pd.DataFrame({"line": source_lines(caption.source)}).reset_index())
        .mark_text(align="left", baseline="top", fontSize=SOURCE_FONT_PX, color=SOURCE_COLOUR)
        .encode(
            x=alt.value(0),
            y=alt.Y("index:O", axis=None),
            text="line:N",
        )
        .properties(width="container", height=SOURCE_LINE_PX * len(source_lines(caption.source)))
    )
    return alt.vconcat(
        chart.properties(width="container", height=360), source, spacing=12
    ).properties(title=alt.TitleParams(caption.title, subtitle=[caption.subtitle]))


def partner_scale(partners) -> alt.Scale:
    """Partner names on the fixed partner colours, for an Altair colour channel."""
    partners = sorted(set(partners), key=countries.name)
    return alt.Scale(
        domain=[countries.name(p) for p in partners], range=[countries.colour(p) for p in partners]
    )
