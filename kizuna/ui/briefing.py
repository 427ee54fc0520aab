"""The sidebar's briefing pack: every chart, table and source of the view in one ZIP."""

from __future__ import annotations

from urllib.parse import urlsplit

import streamlit as st

from kizuna import export, views
from kizuna.i18n import _
from kizuna.load import Dataset
from kizuna.state import Filters
from kizuna.ui import headers
from kizuna.ui.data import version


def briefing_pack(data: Dataset, f: Filters) -> None:
    """The sidebar button that zips the whole view: every chart, table and source."""
    with st.sidebar:
        st.divider()
        if st.button(
            _("Build briefing pack"),
            icon=":material/folder_zip:",
            help=_(
                "Every chart (PNG, SVG) and table (CSV) of this view, its sources, how to cite "
                "it and the link that reopens it, in one ZIP. Page facets are at their defaults."
            ),
        ):
            bar = st.progress(0.0, _("Building the briefing pack…"))
            charts, tables = views.briefing(data, f)
            pack = export.briefing_pack(
                charts,
                {name: headers.for_download(t) for name, t in tables.items()},
                views.cited_sources(data, tables),
                f,
                version(),
                progress=lambda fraction, text: bar.progress(
                    fraction, _("Built {item}").format(item=text)
                ),
                base_url=base_url(),
            )
            st.session_state["briefing_pack"] = (f, pack)
            bar.empty()
        built = st.session_state.get("briefing_pack")
        if built and built[0] == f:
            st.download_button(
                _("Download briefing pack"),
                built[1],
                # i18n: a word of the ZIP's file name (kizuna_briefing-pack_ITA_1951-2026.zip)
                file_name=export.file_name(_("briefing-pack"), f, "zip"),
                mime="application/zip",
                icon=":material/download:",
                on_click="ignore",
                key="briefing-pack-download",
            )


def base_url() -> str:
    """Where the analyst reached the dashboard, for the link in filters.json."""
    url = urlsplit(st.context.url or "http://localhost:8501/")
    return f"{url.scheme}://{url.netloc}"
