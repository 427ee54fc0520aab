"""Kizuna (絆): Japan's security partnerships. Routes the pages and draws the shared filters."""

import streamlit as st

from kizuna import ui

st.set_page_config(
    page_title="Kizuna · Japan's security partnerships",
    page_icon="🤝",
    layout="wide",
    menu_items={"About": "Kizuna: an open, sourced record of Japan's security partnerships."},
)

page = st.navigation(
    {
        "Kizuna 絆": [
            st.Page("app_pages/overview.py", title="Overview", url_path="overview", default=True),
            st.Page("app_pages/partner.py", title="Partner dossier", url_path="partner"),
            st.Page("app_pages/partnerships.py", title="Partnerships", url_path="partnerships"),
            st.Page("app_pages/exercises.py", title="Exercises", url_path="exercises"),
            st.Page("app_pages/claims.py", title="Capability claims", url_path="claims"),
            st.Page("app_pages/sources.py", title="Sources & method", url_path="sources"),
        ]
    }
)
ui.shared_filters()
ui.briefing_pack(ui.dataset(), ui.filters())
page.run()
