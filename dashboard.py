"""Kizuna (絆): Japan's security partnerships. Routes the pages and draws the shared filters."""

import streamlit as st

from kizuna import pages, ui
from kizuna.i18n import _

st.set_page_config(page_icon="🤝", layout="wide")
# First: the language of this run, in which every title below is written.
ui.language_switch()
st.set_page_config(
    page_title=_("Kizuna · Japan's security partnerships"),
    menu_items={"About": _("Kizuna: an open, sourced record of Japan's security partnerships.")},
)

# The default page answers at /; Streamlit would answer "Page not found" at its own name
# (/overview), so that name is served by a hidden page running the same script.
listed = [
    st.Page(
        p.script,
        title=_(p.title),
        url_path="home" if p is pages.DEFAULT else p.url_path,
        default=p is pages.DEFAULT,
    )
    for p in pages.PAGES
]
alias = st.Page(
    pages.DEFAULT.script,
    title=_(pages.DEFAULT.title),
    url_path=pages.DEFAULT.url_path,
    visibility="hidden",
)
page = st.navigation({"Kizuna 絆": [*listed, alias]})
ui.house_style()
ui.shared_filters()
ui.briefing_pack(ui.dataset(), ui.filters())
page.run()
