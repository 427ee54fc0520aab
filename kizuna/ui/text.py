"""Text on the page: data text shown exactly as written, and the house style for captions."""

from __future__ import annotations

import html
import re

import streamlit as st

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


# Streamlit draws captions at 60 % opacity, about 3.9:1 on white; WCAG 2.1 AA asks 4.5:1 for
# small text. #555 at full opacity is 7.5:1. Declared once here, for every caption of every page.
HOUSE_STYLE = (
    "<style>[data-testid='stCaptionContainer'] { opacity: 1 !important; }"
    " [data-testid='stCaptionContainer'], [data-testid='stCaptionContainer'] *"
    " { color: #555555 !important; }"
    # the chosen option of a segmented control (language, trends count): the theme's blue on
    # its pale fill is 4.3:1; a darker blue reads at 7:1 (WCAG AA asks 4.5:1)
    " button[data-selected='true'] [data-testid='stMarkdownContainer'] p"
    " { color: #00517F !important; }</style>"
)


def house_style() -> None:
    st.html(HOUSE_STYLE)
