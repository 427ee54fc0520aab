"""The yardstick for `make bench`: a bare Streamlit app with one Plotly bar chart."""

import plotly.graph_objects as go
import streamlit as st

st.title("Baseline")
st.plotly_chart(
    go.Figure(go.Bar(x=["a", "b", "c", "d"], y=[4, 1, 3, 2])), width="stretch", theme=None
)
