"""The shared filters (partner, years) in the sidebar and the link, and where pages draw
their own."""

from __future__ import annotations

import streamlit as st

from kizuna import countries, i18n
from kizuna.i18n import _
from kizuna.state import YEAR_BOUNDS, Filters
from kizuna.ui.text import inert


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


def _language_from_link() -> None:
    """Once per session: the language the link names (`?lang=ja`), else the browser's
    (Japanese for a Japanese browser), else English. An unknown `lang` falls back to English
    with a notice. Written by hand, not with `bind="query-params"`: a bound widget with a
    format_func writes its label (日本語) into the link."""
    if "lang" in st.session_state:
        return
    asked = st.query_params.get("lang")
    if asked is None:
        st.session_state["lang"] = i18n.from_browser(getattr(st.context, "locale", None))
    elif i18n.known(asked):
        st.session_state["lang"] = asked
    else:
        st.session_state["lang"] = i18n.DEFAULT
        st.session_state["_lang_link_unknown"] = str(asked)[:20]


def language_switch() -> str:
    """English / 日本語 at the top of the sidebar, kept in the link; sets the run's language
    and the page's <html lang> (for screen readers). Returns the language."""
    _language_from_link()
    with st.sidebar:
        st.segmented_control(
            "Language · 言語",
            list(i18n.LANGUAGES),
            format_func=i18n.LANGUAGES.get,
            key="lang",
            required=True,
        )
    lang = i18n.use(st.session_state.get("lang"))
    unknown = st.session_state.pop("_lang_link_unknown", None)
    if unknown:
        st.sidebar.warning(
            f"The link asked for a language Kizuna does not have ({inert(unknown)}): "
            "showing English. リンクの言語指定が不明のため、英語で表示しています。"
        )
    chosen = lang != i18n.DEFAULT or "lang" in st.query_params
    if chosen and st.query_params.get("lang") != lang:
        st.query_params["lang"] = lang
    st.html(
        f"<script>window.parent.document.documentElement.lang = {lang!r};"
        f"document.documentElement.lang = {lang!r};</script>",
        unsafe_allow_javascript=True,
        width="content",
    )
    return lang


def shared_filters() -> None:
    """Partner and year, drawn in the sidebar by dashboard.py and kept in the URL."""
    _partners_from_link()
    with st.sidebar:
        st.multiselect(
            _("Partner countries"),
            countries.PARTNERS,
            key="partner",
            format_func=countries.label,
            placeholder=_("All partners"),
            help=_(
                "Empty means every partner. Shared by all pages and kept in the link as ISO "
                "codes (?partner=ITA&partner=GBR)."
            ),
        )
        unknown = st.session_state.pop("_partner_link_unknown", None)
        if unknown:
            st.warning(
                _("The link named partners Kizuna does not cover, ignored: {names}").format(
                    names=", ".join(inert(u) for u in unknown[:10])
                )
            )
        st.slider(
            _("Years"),
            *YEAR_BOUNDS,
            value=YEAR_BOUNDS,
            key="years",
            bind="query-params",
            help=_("Inclusive. Shared by all pages and kept in the link."),
        )
        st.button(_("Reset filters"), on_click=_reset_filters, icon=":material/restart_alt:")
    _partners_to_link()
    st.session_state["_facets"] = st.sidebar.container()


def facets():
    """Where a page draws its own filters: in the sidebar, under the shared ones. The container
    is drawn by dashboard.py earlier in the same run; a page run alone (a test) uses the sidebar."""
    return st.session_state.get("_facets") or st.sidebar


def filters() -> Filters:
    partners = tuple(p for p in st.session_state.get("partner", []) if p in countries.PARTNERS)
    years = st.session_state.get("years", YEAR_BOUNDS)
    return Filters(
        partners=partners, years=(int(min(years)), int(max(years))), lang=i18n.language()
    )


def summary(f: Filters, extra: str = "") -> None:
    st.caption(
        _("Showing **{view}**").format(view=inert(f.describe()))
        + (f" · {inert(extra)}" if extra else "")
    )


def empty(message: str) -> None:
    st.info(message)
    st.stop()


def selected_ids(event) -> list[str]:
    """Exercise ids of the points clicked or lassoed on the map (the last customdata field)."""
    try:
        points = event["selection"]["points"]
    except (KeyError, TypeError):
        return []
    return [p["customdata"][-1] for p in points if p.get("customdata")]


def focus_partner(key: str):
    """A callback for a map: clicking a partner's country narrows every page to it."""

    def narrow() -> None:
        event = st.session_state.get(key) or {}
        points = (event.get("selection") or {}).get("points") or []
        codes = [p.get("location") for p in points if p.get("location") in countries.PARTNERS]
        if codes:
            st.session_state["partner"] = list(dict.fromkeys(codes))

    return narrow
