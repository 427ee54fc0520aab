"""Timelines: the key agreements, each agreement's lifecycle, and target dates as announced."""

from __future__ import annotations

import re

import pandas as pd

from kizuna import countries
from kizuna.charts.chronology import CHART_RECORDS, chronology_chart
from kizuna.charts.core import (
    Caption,
    Chart,
    Draft,
    finish,
    safe_frame,
    safe_text,
    short_words,
    trace,
)
from kizuna.schema import MECHANISM_TYPES, TREATY_LEVEL_TYPES, TYPE_SHORT

TIMELINE_MAX = 400  # most recent agreements on the overview timeline


EVENTS_ROW = "Policy events"


TARGETS_MAX = 200  # most recently announced targets drawn


LIFECYCLE_MAX = 80  # agreements drawn; beyond that the chart is unreadable and heavy


# One-day events (a 2+2 round, a joint statement) have no lifecycle to draw.
LIFECYCLE_EXCLUDED = MECHANISM_TYPES


STAGE_SYMBOLS = {
    "negotiations_opened": "circle-open",
    "agreed_in_principle": "diamond-open",
    "signed": "circle",
    "in_force": "star",
    "ended": "x",
}


def timeline_agreements(agreement_rows: pd.DataFrame) -> pd.DataFrame:
    """The agreements the overview's timeline can draw, in their order: the CHART_RECORDS most
    recent (2+2 rounds are not drawn). Only these need labels, or sources."""
    data = agreement_rows[agreement_rows["type"] != "2+2 dialogue"]
    when = data["effective"].fillna(data["dated"]).dropna()
    latest = when.sort_values(kind="stable").tail(CHART_RECORDS).index
    return data[data.index.isin(latest)]


def milestones_timeline(
    agreement_rows: pd.DataFrame, events: pd.DataFrame, caption: Caption
) -> Chart:
    """Key agreements and policy events as labelled points ("Italy · Strategic partnership,
    10 Jan 2023"): the chronology chart's bands and lanes, so no label hides another."""
    data = timeline_agreements(agreement_rows)
    when = data["effective"].fillna(data["dated"])
    precision = [
        p_force if pd.notna(f) and t not in LIFECYCLE_EXCLUDED else p_signed
        for f, t, p_force, p_signed in zip(
            data["in_force"],
            data["type"],
            data["in_force_precision"],
            data["signed_precision"],
            strict=True,
        )
    ]
    shown = [_at_precision(d, p) for d, p in zip(when, precision, strict=True)]
    programmes = data["programme"] if "programme" in data else pd.Series(pd.NA, index=data.index)
    kind = [
        TYPE_SHORT[t]
        if t in TREATY_LEVEL_TYPES
        else short_words(p, 28)
        if pd.notna(p)
        else _statement_name(title)
        for t, title, p in zip(data["type"], data["title"], programmes, strict=True)
    ]
    agreements = pd.DataFrame(
        {
            "date": when.to_numpy(),
            "label": [
                f"{countries.name(p)} · {k}, {d}"
                for p, k, d in zip(data["partner"], kind, shown, strict=True)
            ],
            "kind": ["statement" if t in LIFECYCLE_EXCLUDED else "agreement" for t in data["type"]],
            "what": data["title"].to_numpy(),
            "when": shown,
            "sources": data["sources"].to_numpy() if "sources" in data else "",
        }
    )
    policy = pd.DataFrame(
        {
            "date": events["date"].to_numpy(),
            "label": [short_words(t, 40) for t in events.get("title", [])],
            "kind": "policy event",
            "what": events.get("title", pd.Series(dtype=str)).to_numpy(),
            "when": [
                _at_precision(d, p)
                for d, p in zip(events["date"], events.get("date_precision", "day"), strict=False)
            ],
            "sources": "",
        }
    )
    rows = pd.concat([agreements, policy], ignore_index=True).dropna(subset=["date"])
    return chronology_chart(rows, caption, chart_name="overview-timeline")


_PARTNERSHIP = re.compile(
    r"((?:special |comprehensive |global |enhanced |exceptional |strategic |security )*"
    r"(?:strategic |security |defence |defense )partnership)",
    re.IGNORECASE,
)


def _statement_name(title: str) -> str:
    """'Japan-Italy elevation of relations to Special Strategic Partnership' -> 'Special
    Strategic Partnership'; other titles shortened without their 'Japan-X' prefix."""
    found = _PARTNERSHIP.search(str(title))
    return found.group(1)[:1].upper() + found.group(1)[1:] if found else _short_title(title, 26)


def _at_precision(value, precision) -> str:
    if pd.isna(value):
        return ""
    return value.strftime({"year": "%Y", "month": "%b %Y"}.get(precision, "%-d %b %Y"))


_JAPAN_PREFIX = re.compile(r"^(Japan|Japan-\S+|\S+-Japan)\s+")


def _short_title(title: str, limit: int = 30) -> str:
    """A title cut on a word boundary, without the 'Japan-X' prefix."""
    text = _JAPAN_PREFIX.sub("", str(title), count=1)
    if len(text) <= limit:
        return text
    return text[:limit].rsplit(" ", 1)[0] + "…"


def _lifecycle_labels(stages: pd.DataFrame) -> pd.DataFrame:
    """One unique row name per agreement and partner: 'Australia · ACSA (2017)', the standard
    short name where the type has one, else the title shortened on a word boundary."""
    first = stages.sort_values("date").drop_duplicates(["agreement_id", "partner"])
    kind = [
        TYPE_SHORT[t] if t in TREATY_LEVEL_TYPES else _short_title(title)
        for t, title in zip(first["type"], first["title"], strict=True)
    ]
    label = (
        first["partner"].map(countries.name)
        + " · "
        + pd.Series(kind, index=first.index)
        + " ("
        + first["date"].dt.year.astype(str)
        + ")"
    )
    repeat = label.groupby(label).cumcount()
    label = label.where(repeat == 0, label + " #" + (repeat + 1).astype(str))
    return pd.DataFrame(
        {"agreement_id": first["agreement_id"], "partner": first["partner"], "label": label}
    ).assign(label=lambda f: f["label"].map(safe_text))


def lifecycle_timeline(stages: pd.DataFrame, caption: Caption) -> Chart:
    """Each agreement as a line from its first to its last recorded stage, one marker a stage;
    the LIFECYCLE_MAX most recent agreements when there are more."""
    fig = Draft()
    data = stages[~stages["type"].isin(LIFECYCLE_EXCLUDED)]
    latest = data.groupby("agreement_id")["date"].max().nlargest(LIFECYCLE_MAX).index
    shown = data["agreement_id"].isin(latest)
    capped = int((~shown).groupby(data["agreement_id"]).all().sum())
    data = data[shown]
    data = data.assign(
        label=data.merge(_lifecycle_labels(data), on=["agreement_id", "partner"])[
            "label"
        ].to_numpy()
    )
    hover = safe_frame(data[["stage", "precision", "type"]])
    for partner, rows in data.groupby("partner", sort=False):
        # One trace per partner; a None between agreements breaks the line.
        x, y, symbols, custom = [], [], [], []
        for _, agreement in rows.groupby("agreement_id", sort=False):
            x += list(agreement["date"]) + [None]
            y += list(agreement["label"]) + [None]
            symbols += [STAGE_SYMBOLS[s] for s in agreement["stage"]] + ["circle"]
            custom += hover.loc[agreement.index].to_numpy().tolist() + [["", "", ""]]
        fig.add_trace(
            trace(
                "scatter",
                x=x,
                y=y,
                mode="lines+markers",
                name=countries.name(partner),
                showlegend=False,
                connectgaps=False,
                line=dict(color=countries.colour(partner)),
                marker=dict(size=10, symbol=symbols, color=countries.colour(partner)),
                customdata=custom,
                hovertemplate="<b>%{y}</b><br>%{customdata[0]}: %{x|%d %b %Y} "
                "(known to the %{customdata[1]})<br>%{customdata[2]}<extra></extra>",
            )
        )
    for stage, symbol in STAGE_SYMBOLS.items():  # a legend for the stage symbols
        fig.add_trace(
            trace(
                "scatter",
                x=[None],
                y=[None],
                mode="markers",
                name=stage.replace("_", " "),
                marker=dict(symbol=symbol, size=10, color="#444444"),
            )
        )
    span = (
        data["date"].min() - pd.DateOffset(years=1),
        data["date"].max() + pd.DateOffset(years=1),
    )
    fig.update_layout(
        yaxis=dict(categoryorder="category descending", automargin=True),
        xaxis=dict(range=list(span), title="Date of each recorded stage"),
        legend=dict(orientation="h", x=1, xanchor="right", y=1.0, yanchor="bottom"),
        margin=dict(t=120),
    )
    fig = finish(fig, caption, height=max(380, 22 * data["label"].nunique() + 230))
    summary = (
        f"Lifecycle of {data['agreement_id'].nunique()} agreements: negotiations, "
        "agreement in principle, signature, entry into force and end, as recorded. "
        "2+2 rounds and joint statements are in the table below."
        + (
            f" {capped} older agreements are left out of the chart; the table lists them."
            if capped
            else ""
        )
    )
    return Chart("partnerships-lifecycle", caption, fig, data, summary)


def _target_chains(planned: pd.DataFrame) -> pd.DataFrame:
    """Each planned target with the chain it belongs to (the first target it revises, through
    `revises`) and its place in that chain."""
    parent = planned.set_index("milestone_id")["revises"].dropna().to_dict()

    def root(mid: str) -> str:
        seen = set()
        while mid in parent and mid not in seen:
            seen.add(mid)
            mid = parent[mid]
        return mid

    chains = planned.assign(chain=planned["milestone_id"].map(root))
    # Within a chain, targets in the order they were announced; an undated one first.
    chains = chains.sort_values(["chain", "announced"], na_position="first")
    chains["step"] = chains.groupby("chain").cumcount()
    return chains


def target_tracker(milestones: pd.DataFrame, caption: Caption) -> Chart:
    """Programme targets, one row per target: a dot at each date the target was set to, an
    arrow from the first announced date to the latest, and the latest labelled."""
    planned = milestones[milestones["status"] == "planned"]
    data = _target_chains(planned).head(TARGETS_MAX)
    first = data[data["step"] == 0].set_index("chain")
    latest = data.sort_values("step").drop_duplicates("chain", keep="last").set_index("chain")
    rows = {
        chain: safe_text(
            short_words(f"{first.at[chain, 'programme']}: {first.at[chain, 'milestone']}", 60)
        )
        for chain in first.index
    }
    data = data.assign(row=data["chain"].map(rows))
    fig = Draft()
    for programme, group in data.groupby("programme", sort=True):
        fig.add_trace(
            trace(
                "scatter",
                x=group["date"],
                y=group["row"],
                mode="markers",
                name=safe_text(programme),
                marker=dict(
                    size=10, color=["#D55E00" if step else "#0072B2" for step in group["step"]]
                ),
                customdata=safe_frame(
                    group[["milestone", "sources"]].assign(
                        announced=[
                            _when_announced(a, p)
                            for a, p in zip(
                                group["announced"], group["announced_precision"], strict=True
                            )
                        ]
                    )
                ),
                hovertemplate="<b>%{customdata[0]}</b><br>target %{x|%Y}, %{customdata[2]}"
                "<br>Sources: %{customdata[1]}<extra></extra>",
                showlegend=False,
            )
        )
    labels = [
        f"{latest.at[c, 'date']:%Y}, "
        + _when_announced(latest.at[c, "announced"], latest.at[c, "announced_precision"])
        + (", revised" if latest.at[c, "step"] else "")
        for c in latest.index
    ]
    fig.add_trace(
        trace(
            "scatter",
            x=list(latest["date"]),
            y=[rows[c] for c in latest.index],
            mode="text",
            text=labels,
            textposition="middle right",
            hoverinfo="skip",
            showlegend=False,
        )
    )
    for chain in latest.index:
        if latest.at[chain, "step"]:
            fig.add_annotation(
                x=latest.at[chain, "date"],
                y=rows[chain],
                ax=first.at[chain, "date"],
                ay=rows[chain],
                xref="x",
                yref="y",
                axref="x",
                ayref="y",
                arrowhead=2,
                arrowcolor="#D55E00",
                text="",
            )
    # Room on the right for the latest target's label ("2040, announced 23 Nov 2015, revised"):
    # the axis runs on past the last target by as many years again as the targets span.
    years = int((data["date"].max() - data["date"].min()).days / 365.25)
    span = (
        data["date"].min() - pd.DateOffset(years=1),
        data["date"].max() + pd.DateOffset(years=max(10, years + 4)),
    )
    fig.update_layout(
        xaxis=dict(title="Target date (blue: first set; orange: revised)", range=list(span)),
        yaxis=dict(autorange="reversed"),
    )
    fig = finish(fig, caption, height=max(340, 30 * len(rows) + 200))
    revised = int((data["step"] > 0).sum())
    summary = (
        f"{len(rows)} programme targets; {revised} revisions on record"
        + (
            "; "
            + "; ".join(
                f"{first.at[c, 'milestone'][:60]}: "
                f"{first.at[c, 'date']:%Y} → {latest.at[c, 'date']:%Y}"
                for c in latest.index
                if latest.at[c, "step"]
            )
            if revised
            else ""
        )
        + "."
    )
    return Chart("claims-targets", caption, fig, data, summary)


def _when_announced(value, precision) -> str:
    if pd.isna(value):
        return "announcement date not on record"
    fmt = {"year": "%Y", "month": "%b %Y"}.get(precision, "%d %b %Y")
    return f"announced {value:{fmt}}"
