"""The capability timeline: a country's dated programme milestones, one lane per programme,
each point labelled short and linked to the claims it bears on."""

from __future__ import annotations

import textwrap

import pandas as pd

from kizuna.charts.core import (
    Caption,
    Chart,
    Draft,
    display_width,
    finish,
    safe_text,
    short_words,
    trace,
)
from kizuna.i18n import N_, _, ngettext

# Short names an analyst would use for each milestone on record; one added later is labelled by
# its text cut on a word boundary (MILESTONE_LABEL_CHARS) until it is given one here.
MILESTONE_LABELS = {
    "CN-WU14-TEST1-2014": "WU-14 HGV test 1",
    "CN-WU14-TEST2-2014": "WU-14 test 2",
    "CN-WU14-TEST3-2014": "WU-14 test 3",
    "CN-WU14-TEST4-2015": "WU-14 test 4 (manoeuvres)",
    "CN-DF17-FIRSTTEST-2017": "DF-17 first flight tests",
    "CN-DF17-IOC-PLAN-2020": "DF-17 service expected",
    "CN-STARRYSKY2-2018": "Starry Sky-2 flight test",
    "CN-DF17-PARADE-2019": "DF-17 unveiled (parade)",
    "CN-DF17-FIELDED-2020": "DF-17 fielded (US DoD)",
    "CN-FOBS-HGV-20210727": "Orbital HGV test (FOBS)",
    "CN-HGV-TEST-20210813": "Second 2021 HGV test",
    "CN-YJ21-REVEAL-2022": "YJ-21 first public launch",
    "CN-DF27-TEST-2023": "DF-27 HGV flight test",
    "CN-DF21D-DF26-PARADE-2015": "DF-21D, DF-26 unveiled (parade)",
    "CN-DF26-SERVICE-2018": "DF-26 in service",
    "CN-DF41-PARADE-2019": "DF-41 unveiled (parade)",
    "CN-ICBM-SILOS-2021": "ICBM silo fields revealed",
    "CN-WARHEADS-500-2023": "500+ warheads (US DoD)",
    "CN-PARADE-2025-TRIAD": "Nuclear triad on parade",
    "CN-LIAONING-SEATRIAL-2011": "Liaoning sea trial",
    "CN-LIAONING-COMMISSION-2012": "Liaoning commissioned",
    "CN-J15-LIAONING-2012": "J-15 first deck landings",
    "CN-SHANDONG-LAUNCH-2017": "Shandong launched",
    "CN-SHANDONG-SEATRIAL-2018": "Shandong sea trial",
    "CN-SHANDONG-COMMISSION-2019": "Shandong commissioned",
    "CN-FUJIAN-LAUNCH-2022": "Fujian launched",
    "CN-FUJIAN-SEATRIAL-2024": "Fujian sea trial",
    "CN-FUJIAN-CATAPULT-2025": "Fujian catapult launches",
    "CN-FUJIAN-COMMISSION-2025": "Fujian commissioned",
    "CN-DUALCARRIER-PACIFIC-2025": "Two carriers in the Pacific",
    "CN-TYPE075-LAUNCH-2019": "Type 075 launched",
    "CN-TYPE075-HAINAN-2021": "Type 075 commissioned",
    "CN-TYPE076-LAUNCH-2024": "Type 076 launched",
    "CN-TYPE076-SEATRIAL-2025": "Type 076 sea trial",
    "CN-TYPE055-NANCHANG-2020": "First Type 055 commissioned",
    "CN-J20-FIRSTFLIGHT-2011": "J-20 first flight",
    "CN-J20-DEBUT-2016": "J-20 public debut",
    "CN-J20-SERVICE-2017": "J-20 commissioned",
    "CN-J20-COMBAT-2018": "J-20 in combat units",
    "CN-J20-WS10-2021": "J-20 on WS-10 shown",
    "CN-J20-WS15-2023": "J-20 flies on WS-15",
    "CN-DJIBOUTI-BASE-2017": "Djibouti base opens",
    "CN-Y20-SERVICE-2016": "Y-20 delivered",
    "CN-Y20-SERBIA-2022": "Y-20s airlift to Serbia",
    "M-TEMPEST-UNVEIL-2018": "Tempest unveiled",
    "M-TEMPEST-ISD-2035": "Tempest in RAF service",
    "M-FX-MHI-PRIME-2020": "F-X contract with MHI",
    "M-GCAP-LAUNCH-2022": "GCAP announced",
    "MS-GCAP-ISD-2035": "GCAP fighter in service",
    "M-GIGO-CONV-SIGNED-2023": "GIGO Convention signed",
    "M-GIGO-JPN-DIET-2024": "Diet approves GIGO",
    "M-GIGO-GBR-RATIFIED-2024": "UK ratifies GIGO",
    "M-GIGO-CE-OKA-2024": "GIGO chief executive named",
    "M-GIGO-EIF-2024": "GIGO in force",
    "M-EDGEWING-JVA-2024": "Industry joint venture agreed",
    "M-EDGEWING-LAUNCH-2025": "Edgewing launched",
    "MS-F2-RETIRE": "F-2 retirement begins",
    "M-TYPHOON-OSD-2030": "Typhoon out of service",
    "MS-TYPHOON-OSD": "Typhoon out of service",
    "M-TYPHOON-T1-OSD-2025": "Tranche 1 retired",
    "M-TYPHOON-T1-OSD-2027": "Last Tranche 1 retired",
    "M-MOGAMI-AUS-SELECT-2025": "Mogami frigate selected",
    "M-MOGAMI-AUS-CONTRACT-2026": "Mogami contracts",
    "M-MOGAMI-AUS-IOC-2030": "First Mogami operational",
    "M-CAVOUR-F35B-IOC-PLAN": "F-35B IOC on Cavour",
    "M-CAVOUR-F35B-IOC-2024": "F-35B IOC on Cavour",
    "M-GCAP-DEMO-FLIGHT-2027": "Demonstrator first flight",
    "M-GCAP-FIRST-CONTRACT-PLAN-2025": "First GIGO contract",
    "M-EDGEWING-CONTRACT-2026": "GBP 4.6 bn design contract",
    "M-ITA-TYPHOON-T1-RETIRE-2028": "Tranche 1 retirement begins",
}


MILESTONE_LABEL_CHARS = 30


# The marker of each kind of point, and the legend's words for it (translated where shown).
POINT_STYLES = {
    "claims": (N_("achieved; bears on claims"), "circle", "#0072B2"),
    "no claims": (N_("achieved; no claim on record"), "circle", "#8C8C8C"),
    "planned": (N_("planned target"), "diamond-open", "#D55E00"),
}


LABEL_PX = 7.0  # width of one label character at 11 px DejaVu Sans, or a bit more
HEADER_PX = 7.6  # the same in bold
PLOT_PX = 720  # the narrowest plot area the lanes are planned for (as the chronology's)
ROW_PX = 19  # height of one row of labels
HOVER_CHARS = 72  # hover text wrapped to this width


def milestone_label(milestone_id: str, text: str) -> str:
    """'DF-17 unveiled (parade)': the short name of a milestone."""
    return MILESTONE_LABELS.get(milestone_id) or short_words(text, MILESTONE_LABEL_CHARS)


def _wrapped(text: str) -> str:
    return "<br>".join(safe_text(line) for line in textwrap.wrap(str(text), HOVER_CHARS))


def _midpoint(date: pd.Timestamp, precision: str) -> pd.Timestamp:
    """Where a date known to the month or year is drawn: the middle of its month or year."""
    if precision == "year":
        return pd.Timestamp(date.year, 7, 2)
    if precision == "month":
        return pd.Timestamp(date.year, date.month, 15)
    return pd.Timestamp(date)


def _pack(points: list[tuple[pd.Timestamp, str]], start, days: float, header: str) -> list:
    """Per point (oldest first): its row in the band and the side its label is written on.
    Row 0 holds the programme's name at the left; a label goes right of its point unless it
    would run past the axis' end, and into the first row where it overlaps nothing."""
    per_px = days / PLOT_PX
    rows: list[list[tuple[float, float]]] = [
        [(0.0, (display_width(header) * HEADER_PX + 16) * per_px)]
    ]
    placed = []
    for when, label in points:
        at = (when - start).days
        width = (display_width(label) * LABEL_PX + 14) * per_px
        right = at + width <= days or at - width < 0
        span = (at - 8 * per_px, at + width) if right else (at - width, at + 8 * per_px)
        free = (
            n for n, taken in enumerate(rows) if all(span[1] < a or span[0] > b for a, b in taken)
        )
        row = next(free, len(rows))
        if row == len(rows):
            rows.append([])
        rows[row].append(span)
        placed.append((row, "middle right" if right else "middle left"))
    return placed


def capability_timeline(rows: pd.DataFrame, caption: Caption, subject: str = "") -> Chart:
    """Dated milestones as labelled points, one band per programme (programmes in the order of
    their first milestone), the axis from the first milestone's year to the last one's.
    ``rows``: one row per milestone with ``milestone_id``, ``programme``, ``label``,
    ``milestone``, ``status``, ``date``, ``date_precision``, ``when`` (the date at its
    precision), ``claim_ids``, ``claims`` (one line per claim) and ``sources``."""
    data = rows.sort_values(["date", "milestone_id"], kind="stable").reset_index(drop=True)
    drawn = [_midpoint(d, p) for d, p in zip(data["date"], data["date_precision"], strict=True)]
    start = pd.Timestamp(min(drawn).year, 1, 1)
    end = pd.Timestamp(max(drawn).year, 12, 31)
    days = float((end - start).days)
    order = list(dict.fromkeys(data["programme"]))  # oldest first milestone first
    style = [
        "planned" if s == "planned" else "claims" if ids else "no claims"
        for s, ids in zip(data["status"], data["claim_ids"], strict=True)
    ]
    y = [0.0] * len(data)
    side = ["middle right"] * len(data)
    fig = Draft()
    top = 0
    for band, programme in enumerate(order):
        mine = [i for i, p in enumerate(data["programme"]) if p == programme]
        placed = _pack([(drawn[i], data["label"][i]) for i in mine], start, days, programme)
        for i, (row, where) in zip(mine, placed, strict=True):
            y[i], side[i] = -(top + row), where
        height = max(row for row, _side in placed) + 1
        fig.update_layout(
            shapes=fig.layout.get("shapes", [])
            + [
                dict(
                    type="rect",
                    xref="paper",
                    yref="y",
                    x0=0,
                    x1=1,
                    y0=-(top - 0.5),
                    y1=-(top + height - 0.5),
                    fillcolor="#F2F2F2" if band % 2 == 0 else "white",
                    line=dict(width=0),
                    layer="below",
                )
            ]
        )
        fig.add_annotation(
            text=f"<b>{safe_text(programme)}</b>",
            xref="paper",
            yref="y",
            x=0,
            y=-top,
            xanchor="left",
            xshift=4,
            showarrow=False,
            font=dict(size=11, color="#444444"),
        )
        top += height
    none = _("none on record")
    hover = [
        [
            safe_text(label),
            _("{when} (planned)").format(when=safe_text(when))
            if status == "planned"
            else safe_text(when),
            _wrapped(text),
            _wrapped(sources if isinstance(sources, str) and sources else none),
            "<br>".join(safe_text(line) for line in claims.split("\n"))
            if isinstance(claims, str) and claims
            else none,
            safe_text(milestone_id),
        ]
        for milestone_id, label, when, status, text, sources, claims in zip(
            data["milestone_id"],
            data["label"],
            data["when"],
            data["status"],
            data["milestone"],
            data["sources"],
            data["claims"],
            strict=True,
        )
    ]
    for kind, (name, symbol, colour) in POINT_STYLES.items():
        mine = [i for i, s in enumerate(style) if s == kind]
        if not mine:
            continue
        fig.add_trace(
            trace(
                "scatter",
                x=[drawn[i] for i in mine],
                y=[y[i] for i in mine],
                mode="markers+text",
                name=_(name),
                text=[safe_text(data["label"][i]) for i in mine],
                textposition=[side[i] for i in mine],
                textfont=dict(size=11, color="#222222"),
                marker=dict(
                    size=10 if kind == "planned" else 9,
                    symbol=symbol,
                    color=colour,
                    line=dict(width=2 if kind == "planned" else 1, color=colour),
                ),
                customdata=[hover[i] for i in mine],
                hovertemplate=_(
                    "<b>%{customdata[0]}</b> · %{customdata[1]}<br>%{customdata[2]}"
                    "<br><i>Sources:</i> %{customdata[3]}<br><i>Claims:</i><br>%{customdata[4]}"
                )
                + "<extra></extra>",
                hoverlabel=dict(align="left"),
                cliponaxis=False,
            )
        )
    fig.update_layout(
        showlegend=True,
        legend=dict(orientation="h", x=0, xanchor="left", y=1.0, yanchor="bottom"),
        xaxis=dict(
            range=[start, end],
            type="date",
            dtick="M3" if days < 366 * 2 else "M12" if days < 366 * 16 else "M24",
            tickformat="%b %Y" if days < 366 * 2 else "%Y",
            title=dict(
                text=_("Date (known only to the month or year: drawn mid-month or mid-year)")
            ),
        ),
        yaxis=dict(
            visible=False,
            range=[-(top - 0.5), 0.5],
            showgrid=False,
            zeroline=False,
            fixedrange=True,
        ),
        margin=dict(l=20, r=30, t=120),
    )
    fig = finish(fig, caption, height=int(max(320, ROW_PX * top + 230)))
    linked = sum(bool(ids) for ids in data["claim_ids"])
    planned = style.count("planned")
    claims = {c for ids in data["claim_ids"] if ids for c in ids.split("; ")}
    linking = (
        _(
            "{linked} bear on {claims} (hover a point for them), {unlinked} on none on record"
        ).format(
            linked=linked,
            claims=ngettext("{n} claim", "{n} claims", len(claims)).format(n=len(claims)),
            unlinked=len(data) - linked,
        )
        if linked
        else _("none bears on a claim on record")
    )
    counts = dict(
        milestones=ngettext("{n} dated milestone", "{n} dated milestones", len(data)).format(
            n=len(data)
        ),
        programmes=ngettext("{n} programme", "{n} programmes", len(order)).format(n=len(order)),
        first=data["when"].iloc[0],
        last=data["when"].iloc[-1],
        linking=linking,
    )
    summary = (
        (
            _("{milestones} of {subject} in {programmes}, {first} to {last}: {linking}").format(
                subject=subject, **counts
            )
            if subject
            else _("{milestones} in {programmes}, {first} to {last}: {linking}").format(**counts)
        )
        + (
            "; " + _("{planned} planned, drawn as targets (open diamonds)").format(planned=planned)
            if planned
            else ""
        )
        + "."
    )
    return Chart("claims-capability-timeline", caption, fig, data, summary)
