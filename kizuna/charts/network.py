"""The network of Japan and its partners, with multilateral groupings as their own nodes."""

from __future__ import annotations

import math

import pandas as pd

from kizuna import countries
from kizuna.charts.core import Caption, Chart, Draft, finish, safe_text, trace


def network(edges: pd.DataFrame, groups: pd.DataFrame, caption: Caption) -> Chart:
    """Japan at the centre, partners on a ring; edge width by agreements; groupings such as GCAP
    drawn as their own node joined to each member."""
    n = max(len(edges), 1)
    position = {countries.JAPAN: (0.0, 0.0)}
    for i, partner in enumerate(edges["partner"]):
        angle = 2 * math.pi * i / n
        position[partner] = (math.cos(angle), math.sin(angle))
    fig = Draft()
    top = max(edges["agreements"].max(), 1) if len(edges) else 1
    for row in edges.itertuples():
        x, y = position[row.partner]
        fig.add_trace(
            trace(
                "scatter",
                x=[0, x],
                y=[0, y],
                mode="lines",
                hoverinfo="skip",
                line=dict(width=1 + 7 * row.agreements / top, color=countries.colour(row.partner)),
                showlegend=False,
                opacity=0.6,
            )
        )
    group_titles = groups.drop_duplicates("agreement_id")
    for k, group in enumerate(group_titles.itertuples()):
        members = groups[groups["agreement_id"] == group.agreement_id]["partner"]
        points = [position[m] for m in members if m in position] + [(0.0, 0.0)]
        gx = sum(p[0] for p in points) / len(points) * 1.35 + 0.05 * k
        gy = sum(p[1] for p in points) / len(points) * 1.35 + 0.05 * k
        for px, py in points:
            fig.add_trace(
                trace(
                    "scatter",
                    x=[gx, px],
                    y=[gy, py],
                    mode="lines",
                    hoverinfo="skip",
                    line=dict(width=1, dash="dot", color="#777777"),
                    showlegend=False,
                )
            )
        fig.add_trace(
            trace(
                "scatter",
                x=[gx],
                y=[gy],
                mode="markers+text",
                text=[safe_text(group.title[:28])],
                textposition="top center",
                showlegend=False,
                marker=dict(symbol="square", size=12, color="#777777"),
                hovertemplate=f"{safe_text(group.title)}<extra>grouping</extra>",
            )
        )
    nodes = pd.DataFrame({"country": list(position)})
    nodes["agreements"] = nodes["country"].map(edges.set_index("partner")["agreements"])
    nodes["x"] = nodes["country"].map(lambda c: position[c][0])
    nodes["y"] = nodes["country"].map(lambda c: position[c][1])
    fig.add_trace(
        trace(
            "scatter",
            x=nodes["x"],
            y=nodes["y"],
            mode="markers+text",
            text=nodes["country"].map(countries.name),
            textposition="top center",
            showlegend=False,
            marker=dict(
                size=[26] + [12 + 2 * (a or 0) ** 0.5 * 3 for a in nodes["agreements"][1:]],
                color=[countries.colour(c) for c in nodes["country"]],
            ),
            customdata=nodes[["agreements"]].fillna(0),
            hovertemplate="%{text}: %{customdata[0]} agreements<extra></extra>",
        )
    )
    fig.update_layout(xaxis=dict(visible=False), yaxis=dict(visible=False, scaleanchor="x"))
    fig = finish(fig, caption, height=560)
    summary = (
        f"Network of Japan and {len(edges)} partners; edges are weighted by the number of "
        f"agreements, and {len(group_titles)} multilateral groupings are shown as squares."
    )
    return Chart("partnerships-network", caption, fig, edges, summary)
