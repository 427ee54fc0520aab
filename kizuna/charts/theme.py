"""One visual language for every chart: fonts, colours and the title/source layout, declared once
as a Plotly template (``plotly.io.templates["kizuna"]``) and an Altair theme ("kizuna")."""

from __future__ import annotations

import altair as alt
import plotly.graph_objects as go
import plotly.io as pio

from kizuna import countries
from kizuna.schema import ASSESSMENTS, DOMAINS

# DejaVu ships with Debian's Chromium; IPAGothic (fonts-ipafont-gothic) draws the Japanese text
# DejaVu lacks, in the browser and in exports. No web font.
FONT = "DejaVu Sans, IPAGothic, Arial, sans-serif"


ASSESSMENT_COLOURS = dict(
    zip(ASSESSMENTS, ("#009E73", "#56B4E9", "#E69F00", "#D55E00", "#999999"), strict=True)
)


DOMAIN_COLOURS = dict(
    zip(
        DOMAINS,
        ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#D55E00", "#56B4E9", "#000000"),
        strict=True,
    )
)


INDEX_SCALE = [[0, "#DEEBF7"], [0.5, "#6BAED6"], [1, "#08306B"]]  # light to dark


SUBMEASURE_COLOURS = ("#0072B2", "#009E73", "#E69F00", "#CC79A7", "#56B4E9")


TEMPLATE = go.layout.Template(
    layout=dict(
        font=dict(family=FONT, size=13, color="#222222"),
        paper_bgcolor="white",
        plot_bgcolor="white",
        colorway=list(countries.PARTNER_COLOURS.values()),
        xaxis=dict(gridcolor="#E5E5E5", zeroline=False),
        yaxis=dict(gridcolor="#E5E5E5", zeroline=False, automargin=True),
        legend=dict(title_text=""),
        margin=dict(t=90, b=90, l=60, r=30),
        hoverlabel=dict(font_family=FONT),
    )
)

pio.templates["kizuna"] = TEMPLATE


@alt.theme.register("kizuna", enable=True)
def altair_theme() -> alt.theme.ThemeConfig:
    """The Plotly template's look for Altair: same font, sizes, greys; title and subtitle left."""
    return {
        "config": {
            "font": FONT,
            "title": {
                "anchor": "start",
                "fontSize": 17,
                "fontWeight": "normal",
                "subtitleFontSize": 13,
                "subtitleColor": "#222222",
                "color": "#222222",
            },
            "axis": {
                "labelFontSize": 12,
                "titleFontSize": 13,
                "titleFontWeight": "normal",
                "gridColor": "#E5E5E5",
                "labelColor": "#222222",
                "titleColor": "#222222",
            },
            "legend": {"labelFontSize": 12, "titleFontSize": 12, "orient": "top"},
            "view": {"stroke": None},
        }
    }


# The source line: the one line that makes an exported chart citable. 80 characters of 11 px
# DejaVu Sans are about 520 px, inside the narrowest plot area a page draws (measured by
# tests/e2e/test_legibility.py).
SOURCE_CHARS = 80
SOURCE_FONT_PX = 11
SOURCE_LINE_PX = 15
SOURCE_COLOUR = "#555555"  # 7.5:1 on white
