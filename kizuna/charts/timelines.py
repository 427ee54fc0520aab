"""Timelines: key agreements and policy events, agreement lifecycles, programme targets."""

from __future__ import annotations

import pandas as pd

from kizuna import countries
from kizuna.charts.core import Caption, Chart, Draft, finish, safe_frame, safe_text, trace
from kizuna.charts.theme import TREATY_SHORT, TYPE_SHORT

TIMELINE_MAX = 400  # most recent agreements on the overview timeline


EVENTS_ROW = "Policy events"


TARGETS_MAX = 200  # most recently announced targets drawn


LIFECYCLE_MAX = 80  # agreements drawn; beyond that the chart is unreadable and heavy


# One-day events (a 2+2 round, a joint statement) have no lifecycle to draw.
LIFECYCLE_EXCLUDED = ("2+2 dialogue", "strategic partnership / joint statement")


STAGE_SYMBOLS = {
    "negotiations_opened": "circle-open",
    "agreed_in_principle": "diamond-open",
    "signed": "circle",
    "in_force": "star",
    "ended": "x",
}


def milestones_timeline(
    agreement_rows: pd.DataFrame, events: pd.DataFrame, caption: Caption
) -> Chart:
    """Key agreements (signed / in force) per partner over time, with policy events marked."""
    data = agreement_rows[agreement_rows["type"] != "2+2 dialogue"].copy()
    data["when"] = data["effective"].fillna(data["dated"])
    data = data.nlargest(TIMELINE_MAX, "when")
    data["name"] = data["partner"].map(countries.name)
    fig = Draft()
    for partner, rows in data.groupby("partner", sort=True):
        fig.add_trace(
            trace(
                "scatter",
                x=rows["when"],
                y=rows["name"],
                mode="markers",
                name=countries.name(partner),
                marker=dict(
                    size=11, color=countries.colour(partner), line=dict(width=1, color="white")
                ),
                customdata=safe_frame(rows[["title", "type", "sources"]]),
                hovertemplate="<b>%{customdata[0]}</b><br>%{customdata[1]}<br>%{x|%d %b %Y}"
                "<br>Sources: %{customdata[2]}<extra></extra>",
            )
        )
    if len(events):  # one row of its own, above the partners: hover a diamond for the event
        fig.add_trace(
            trace(
                "scatter",
                x=events["date"],
                y=[EVENTS_ROW] * len(events),
                mode="markers",
                name=EVENTS_ROW,
                marker=dict(symbol="diamond", size=10, color="#555555"),
                customdata=safe_frame(events[["title"]]),
                hovertemplate="<b>%{customdata[0]}</b><br>%{x|%d %b %Y}<extra></extra>",
            )
        )
    rows = [EVENTS_ROW] * bool(len(events)) + sorted(data["name"].unique())
    fig.update_layout(
        showlegend=False,
        yaxis=dict(categoryorder="array", categoryarray=rows[::-1], automargin=True),
    )
    fig = finish(fig, caption, height=max(360, 28 * data["partner"].nunique() + 180))
    summary = (
        f"Timeline of {data['agreement_id'].nunique()} agreements with "
        f"{data['partner'].nunique()} partners and {len(events)} policy events."
    )
    return Chart("overview-timeline", caption, fig, data, summary)


def _short_title(title: str, limit: int = 30) -> str:
    """A title cut on a word boundary, without the 'Japan-X' prefix."""
    text = pd.Series([title]).str.replace(r"^(Japan|Japan-\S+|\S+-Japan)\s+", "", regex=True)[0]
    if len(text) <= limit:
        return text
    return text[:limit].rsplit(" ", 1)[0] + "…"


def _lifecycle_labels(stages: pd.DataFrame) -> pd.DataFrame:
    """One unique row name per agreement and partner: 'Australia · ACSA (2017)', the standard
    short name where the type has one, else the title shortened on a word boundary."""
    first = stages.sort_values("date").drop_duplicates(["agreement_id", "partner"])
    kind = [
        TYPE_SHORT[t] if t in TREATY_SHORT else _short_title(title)
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


def target_tracker(milestones: pd.DataFrame, caption: Caption) -> Chart:
    """Planned targets: when each was announced (x) against the date it targets (y); a revised
    target joins the one it revises."""
    planned = milestones[milestones["status"] == "planned"]
    undated = planned[planned["announced"].isna()]
    data = planned.dropna(subset=["announced"]).nlargest(TARGETS_MAX, "announced")
    fig = Draft()
    for programme, rows in data.groupby("programme", sort=True):
        fig.add_trace(
            trace(
                "scatter",
                x=rows["announced"],
                y=rows["date"],
                mode="markers+text",
                name=programme,
                text=safe_frame(rows[["milestone"]])["milestone"].str.slice(0, 40),
                textposition="top center",
                marker=dict(size=12),
                customdata=safe_frame(rows[["milestone", "sources"]]),
                hovertemplate="<b>%{customdata[0]}</b><br>announced %{x|%b %Y}, target %{y|%Y}"
                "<br>Sources: %{customdata[1]}<extra></extra>",
            )
        )
    by_id = data.set_index("milestone_id")
    for row in data.dropna(subset=["revises"]).itertuples():
        if row.revises in by_id.index:
            old = by_id.loc[row.revises]
            fig.add_annotation(
                x=row.announced,
                y=row.date,
                ax=old["announced"],
                ay=old["date"],
                xref="x",
                yref="y",
                axref="x",
                ayref="y",
                arrowhead=2,
                arrowcolor="#D55E00",
                text="",
            )
    fig.update_layout(xaxis_title="Target announced", yaxis_title="Target date")
    fig = finish(fig, caption)
    revised = data["revises"].notna().sum()
    summary = f"{len(data)} programme targets, {revised} of them revising an earlier target." + (
        f" Not plotted, with no announcement date on record: "
        f"{'; '.join(undated['milestone'].head(10))}."
        if len(undated)
        else ""
    )
    return Chart("claims-targets", caption, fig, data, summary)
