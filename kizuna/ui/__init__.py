"""What the pages share on screen, by job: ``data`` (the cached tables and views), ``selection``
(partner and years in the sidebar and the link), ``render`` (charts and tables with their
downloads), ``headers`` (column headers and vocabulary in the reader's language), ``text`` (data
text shown as written), ``linked`` (a page's own filters in the link), ``briefing`` (the
sidebar's ZIP).
Pages call them as ``ui.chart(...)``, ``ui.dataset()``: the names are gathered here."""

from kizuna.ui.briefing import base_url, briefing_pack
from kizuna.ui.data import available, dataset, require, version, view
from kizuna.ui.linked import linked
from kizuna.ui.render import PLOTLY_CONFIG, TABLE_ROWS, chart, display, downloads, header, table
from kizuna.ui.selection import (
    empty,
    facets,
    filters,
    focus_partner,
    language_switch,
    selected_ids,
    shared_filters,
    summary,
)
from kizuna.ui.text import house_style, inert, plain

__all__ = [
    "PLOTLY_CONFIG",
    "TABLE_ROWS",
    "available",
    "base_url",
    "briefing_pack",
    "chart",
    "dataset",
    "display",
    "downloads",
    "empty",
    "facets",
    "filters",
    "focus_partner",
    "header",
    "house_style",
    "inert",
    "linked",
    "language_switch",
    "plain",
    "require",
    "selected_ids",
    "shared_filters",
    "summary",
    "table",
    "version",
    "view",
]
