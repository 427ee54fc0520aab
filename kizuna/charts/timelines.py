"""Timelines: the key agreements, each agreement's lifecycle, and target dates as announced."""

from __future__ import annotations

import pandas as pd

from kizuna import countries, i18n
from kizuna.charts.chronology import CHART_RECORDS, chronology_chart
from kizuna.charts.core import (
    Caption,
    Chart,
    Draft,
    display_width,
    finish,
    safe_frame,
    safe_text,
    short_words,
    shown,
    trace,
)
from kizuna.charts.names import agreement_label, event_name
from kizuna.i18n import N_, _
from kizuna.schema import MECHANISM_TYPES

TIMELINE_MAX = 400  # most recent agreements on the overview timeline

EVENTS_ROW = N_("Policy events")

TARGETS_MAX = 200  # most recently announced targets drawn
TEXT_PX = 8.2  # width of one character of the template's 13 px DejaVu Sans, or a bit more
LATEST_COLUMNS = ("date", "announced", "announced_precision", "step")  # a target's label

LIFECYCLE_MAX = 80  # agreements drawn; beyond that the chart is unreadable and heavy

# One-day events (a 2+2 round, a joint statement) have no lifecycle to draw.
LIFECYCLE_EXCLUDED = MECHANISM_TYPES

# Each stage's marker and the legend's words for it.
STAGES = {
    "negotiations_opened": ("circle-open", N_("negotiations opened")),
    "agreed_in_principle": ("diamond-open", N_("agreed in principle")),
    "signed": ("circle", N_("signed")),
    "in_force": ("star", N_("in force")),
    "ended": ("x", N_("ended")),
}
STAGE_SYMBOLS = {stage: symbol for stage, (symbol, _name) in STAGES.items()}


def timeline_agreements(agreement_rows: pd.DataFrame) -> pd.DataFrame:
    """The agreements the overview's timeline can draw, in their order: the CHART_RECORDS most
    recent agreement-partner rows (2+2 rounds are not drawn; a multilateral instrument is drawn
    once). Only these need labels, or sources."""
    data = agreement_rows[agreement_rows["type"] != "2+2 dialogue"]
    when = data["effective"].fillna(data["dated"]).dropna()
    latest = when.sort_values(kind="stable").tail(CHART_RECORDS).index
    return data[data.index.isin(latest)]


def milestones_timeline(
    agreement_rows: pd.DataFrame, events: pd.DataFrame, caption: Caption
) -> Chart:
    """Key agreements and policy events as labelled points, each agreement once and named as
    analysts name it ("Australia RAA (2022)", "UK–Italy GCAP treaty (2023)"), placed on the
    day it took effect: the chronology chart's bands and lanes, so no label hides another."""
    rows = timeline_agreements(agreement_rows)
    order = {code: i for i, code in enumerate(countries.PARTNERS)}
    partners = (
        rows.assign(order=rows["partner"].map(order).fillna(len(order)))
        .sort_values(["order", "partner"], kind="stable")
        .groupby("agreement_id", sort=False)["partner"]
        .agg(list)
    )
    data = rows.drop_duplicates("agreement_id").reset_index(drop=True)
    when = data["effective"].fillna(data["dated"])
    stages = [_stage_on(row, w) for row, w in zip(data.to_dict("records"), when, strict=True)]
    programmes = data["programme"] if "programme" in data else pd.Series(pd.NA, index=data.index)
    labels = [
        agreement_label(partners[i], t, title, p, d.year if pd.notna(d) else None)
        for i, t, title, p, d in zip(
            data["agreement_id"],
            data["type"],
            data["title"],
            programmes,
            data["dated"],
            strict=True,
        )
    ]
    agreements = pd.DataFrame(
        {
            "date": when.to_numpy(),
            "label": labels,
            "kind": ["statement" if t in LIFECYCLE_EXCLUDED else "agreement" for t in data["type"]],
            "what": data["title"].to_numpy(),
            "when": [
                _(_WHEN[_stage_said(t, s)]).format(date=_at_precision(w, precision))
                for t, w, (s, precision) in zip(data["type"], when, stages, strict=True)
            ],
            "sources": data["sources"].to_numpy() if "sources" in data else "",
        }
    )
    policy = pd.DataFrame(
        {
            "date": events["date"].to_numpy(),
            "label": [event_name(t) for t in events.get("title", [])],
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
    return chronology_chart(
        rows,
        caption,
        chart_name="overview-timeline",
        xaxis_title=_(
            "Agreements on entry into force (signature where none is on record); "
            "statements on the day issued"
        ),
    )


def _stage_said(kind: str, stage: str) -> str:
    """A statement is issued, not signed."""
    return "issued" if kind in LIFECYCLE_EXCLUDED and stage == "signed" else stage


# What a point's hover says of its date: the stage reached that day, the first of these that
# matches (else "dated"); "issued" for a statement's signature.
_WHEN = {
    "in_force": N_("in force {date}"),
    "signed": N_("signed {date}"),
    "agreed_in_principle": N_("agreed in principle {date}"),
    "negotiations_opened": N_("negotiations opened {date}"),
    "dated": N_("dated {date}"),
    "issued": N_("issued {date}"),
}


def _stage_on(row: dict, when) -> tuple[str, str]:
    """The stage an agreement reached on the date it is drawn at, and that date's precision."""
    for stage in ("in_force", "signed", "agreed_in_principle", "negotiations_opened"):
        if pd.notna(row.get(stage)) and row[stage] == when:
            return stage, row.get(f"{stage}_precision", "day")
    return "dated", "day"


def _at_precision(value, precision) -> str:
    """'9 Jan 2023' (not zero-padded, as it always read), 'Jan 2023', '2023'; in Japanese
    2023年1月9日."""
    if pd.isna(value):
        return ""
    if i18n.language() != i18n.DEFAULT:
        return i18n.date_text(value, precision)
    return value.strftime({"year": "%Y", "month": "%b %Y"}.get(precision, "%-d %b %Y"))


def _lifecycle_labels(stages: pd.DataFrame) -> pd.DataFrame:
    """One unique row name per agreement and partner, as analysts name it: 'Australia ACSA
    (2017)', dated by its signature (else its first recorded stage); never a cut title."""
    first = stages.sort_values("date").drop_duplicates(["agreement_id", "partner"])
    signed = stages[stages["stage"].astype(str) == "signed"].drop_duplicates("agreement_id")
    year = first["agreement_id"].map(signed.set_index("agreement_id")["date"].dt.year)
    year = year.fillna(first["date"].dt.year)
    programmes = first["programme"] if "programme" in first else [None] * len(first)
    label = pd.Series(
        [
            agreement_label([p], t, title, prog, y)
            for p, t, title, prog, y in zip(
                first["partner"], first["type"], first["title"], programmes, year, strict=True
            )
        ],
        index=first.index,
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
    drawn = data["agreement_id"].isin(latest)
    capped = int((~drawn).groupby(data["agreement_id"]).all().sum())
    data = data[drawn]
    data = data.assign(
        label=data.merge(_lifecycle_labels(data), on=["agreement_id", "partner"])[
            "label"
        ].to_numpy()
    )
    hover = safe_frame(data[["stage", "precision", "type"]].map(shown))
    for partner, rows in data.groupby("partner", sort=False):
        # One trace per partner; a None between agreements breaks the line.
        x, y, symbols, custom = [], [], [], []
        for _agreement_id, agreement in rows.groupby("agreement_id", sort=False):
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
                hovertemplate=_(
                    "<b>%{y}</b><br>%{customdata[0]}: %{x|%d %b %Y} "
                    "(known to the %{customdata[1]})<br>%{customdata[2]}"
                )
                + "<extra></extra>",
            )
        )
    for symbol, name in STAGES.values():  # a legend for the stage symbols
        fig.add_trace(
            trace(
                "scatter",
                x=[None],
                y=[None],
                mode="markers",
                name=_(name),
                marker=dict(symbol=symbol, size=10, color="#444444"),
            )
        )
    # a few months either side of the first and last stage: room for the markers, not years
    span = (
        data["date"].min() - pd.DateOffset(months=4),
        data["date"].max() + pd.DateOffset(months=4),
    )
    fig.update_layout(
        yaxis=dict(categoryorder="category descending", automargin=True),
        xaxis=dict(range=list(span), title=_("Date of each recorded stage")),
        legend=dict(orientation="h", x=1, xanchor="right", y=1.0, yanchor="bottom"),
        margin=dict(t=120),
    )
    fig = finish(fig, caption, height=max(380, 22 * data["label"].nunique() + 230))
    summary = _(
        "Lifecycle of {count} agreements: negotiations, agreement in principle, signature, "
        "entry into force and end, as recorded. 2+2 rounds and joint statements are in the "
        "table below."
    ).format(count=data["agreement_id"].nunique()) + (
        " "
        + _("{capped} older agreements are left out of the chart; the table lists them.").format(
            capped=capped
        )
        if capped
        else ""
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
                hovertemplate=_(
                    "<b>%{customdata[0]}</b><br>target %{x|%Y}, %{customdata[2]}"
                    "<br>Sources: %{customdata[1]}"
                )
                + "<extra></extra>",
                showlegend=False,
            )
        )
    labels = [
        # i18n: {year}: the latest target year; {announced}: "announced 23 Nov 2015"
        (_("{year}, {announced}, revised") if step else _("{year}, {announced}")).format(
            year=f"{date:%Y}", announced=_when_announced(a, p)
        )
        for date, a, p, step in zip(*(latest[c] for c in LATEST_COLUMNS), strict=True)
    ]
    fig.add_trace(
        trace(
            "scatter",
            x=list(latest["date"]),
            y=[rows[c] for c in latest.index],
            mode="text",
            text=labels,
            textposition="middle right",
            cliponaxis=False,
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
    # The axis ends a few months past the last target (the targets are the records drawn); the
    # latest target's label is written into a right margin wide enough for it.
    span = (
        data["date"].min() - pd.DateOffset(years=1),
        data["date"].max() + pd.DateOffset(months=6),
    )
    right = int(max((display_width(t) for t in labels), default=0) * TEXT_PX) + 30
    fig.update_layout(
        xaxis=dict(title=_("Target date (blue: first set; orange: revised)"), range=list(span)),
        yaxis=dict(autorange="reversed"),
        margin=dict(r=right),
    )
    fig = finish(fig, caption, height=max(340, 30 * len(rows) + 200))
    revised = int((data["step"] > 0).sum())
    summary = (
        _("{count} programme targets; {revised} revisions on record").format(
            count=len(rows), revised=revised
        )
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
        return _("announcement date not on record")
    return _("announced {date}").format(date=i18n.date_text(value, precision))
