"""A page's own filters kept in the link by their recorded values, whatever language the
screen shows them in.

Written by hand, not with ``bind="query-params"``: a bound widget writes its ``format_func``
label into the link (``?exercises_domain=海上`` in Japanese), which the other language cannot
read back and drops (Streamlit 1.67). Here the link carries the value as the schema writes it
(``?exercises_domain=maritime``), and a link written with the screen's labels still opens.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import streamlit as st

# the widget's argument that takes its first value, where it is not ``default``
_DEFAULT_ARGUMENT = {"radio": "index"}


def _from_link(key: str, options: Sequence, format_func: Callable) -> list:
    values = {str(o): o for o in options} | {format_func(o): o for o in options}
    return list(dict.fromkeys(values[a] for a in st.query_params.get_all(key) if a in values))


def linked(
    widget: Callable,
    label: str,
    options: Sequence,
    *,
    key: str,
    format_func: Callable = str,
    default=None,
    **kwargs,
):
    """Draw ``widget`` (st.multiselect, st.segmented_control, st.radio …) seeded from the link
    the first time it is drawn on the page, and write its value back; its default is left out of
    the link. A value the options do not hold is dropped."""
    options = list(options)
    multiple = widget.__name__ == "multiselect"
    if key not in st.session_state:
        asked = _from_link(key, options, format_func)
        if multiple and key in st.query_params:
            st.session_state[key] = asked
        elif asked:
            st.session_state[key] = asked[0]
    if key not in st.session_state and default is not None:
        argument = _DEFAULT_ARGUMENT.get(widget.__name__, "default")
        kwargs[argument] = options.index(default) if argument == "index" else default
    value = widget(label, options, key=key, format_func=format_func, **kwargs)
    chosen = [str(v) for v in (value if multiple else [] if value is None else [value])]
    usual = [str(v) for v in (default or [] if multiple else [] if default is None else [default])]
    if chosen == usual:
        if key in st.query_params:
            del st.query_params[key]
    elif st.query_params.get_all(key) != chosen:
        st.query_params[key] = chosen
    return value
