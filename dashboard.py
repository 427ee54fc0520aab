"""Kizuna (絆): Japan's security partnerships. Routes the pages and draws the shared filters."""

import streamlit as st

from kizuna import pages, ui

st.set_page_config(
    page_title="Kizuna · Japan's security partnerships",
    page_icon="🤝",
    layout="wide",
    menu_items={"About": "Kizuna: an open, sourced record of Japan's security partnerships."},
)

# The default page answers at /; Streamlit would answer "Page not found" at its own name
# (/overview), so that name is served by a hidden page running the same script.
listed = [
    st.Page(
        p.script,
        title=p.title,
        url_path="home" if p is pages.DEFAULT else p.url_path,
        default=p is pages.DEFAULT,
    )
    for p in pages.PAGES
]
alias = st.Page(
    pages.DEFAULT.script,
    title=pages.DEFAULT.title,
    url_path=pages.DEFAULT.url_path,
    visibility="hidden",
)
page = st.navigation({"Kizuna 絆": [*listed, alias]})
ui.house_style()
ui.shared_filters()
ui.briefing_pack(ui.dataset(), ui.filters())
page.run()
