"""Years a count is not complete in, marked on the time chart itself: a grey band over each span
with its grade in the legend, so no bar of a partial year stands unmarked beside a complete one."""

from __future__ import annotations

from kizuna.charts.core import Draft, trace
from kizuna.i18n import N_, _

BAND_FILL = "rgba(120, 120, 120, 0.13)"
# the weaker the record, the darker its band (the grades marked: the legend shows them)
GRADE_FILLS = {
    N_("near complete"): "rgba(120, 120, 120, 0.07)",
    N_("partial"): BAND_FILL,
    N_("sample"): "rgba(90, 90, 90, 0.2)",
    N_("not kept"): "rgba(60, 60, 60, 0.28)",
}
BAND_LINE = "rgba(90, 90, 90, 0.55)"


def span_label(first: int, last: int) -> str:
    return str(first) if first == last else f"{first}–{last}"


def mark_years(
    fig: Draft, spans: list[tuple[int, int, str]], above: bool = False, what: str = N_("record")
) -> bool:
    """Shade each (first, last, grade) span not graded complete; one legend entry per grade
    ("Shaded: record partial, 2011–2014"; ``what``, marked with N_, is translated here).
    ``above``: over the cells (a heatmap hides what lies beneath it). True when any span was
    marked."""
    marked = [(a, b, g) for a, b, g in spans if g != "complete"]
    for first, last, grade in marked:
        fig.layout.setdefault("shapes", []).append(
            dict(
                type="rect",
                xref="x",
                yref="paper",
                x0=first - 0.5,
                x1=last + 0.5,
                y0=0,
                y1=1,
                fillcolor=GRADE_FILLS.get(grade, BAND_FILL),
                line=dict(color=BAND_LINE, width=1, dash="dot"),
                layer="above" if above else "below",
            )
        )
    grades: dict[str, list[str]] = {}
    for first, last, grade in marked:
        grades.setdefault(grade, []).append(span_label(first, last))
    for grade, years in grades.items():
        fig.add_trace(
            trace(
                "scatter",
                x=[None],
                y=[None],
                mode="markers",
                marker=dict(
                    symbol="square",
                    size=14,
                    color=GRADE_FILLS.get(grade, BAND_FILL),
                    line_color=BAND_LINE,
                ),
                # i18n: {what}: "record" or "exercise record"; {grade}: a coverage grade
                # ("partial", "sample"); {years}: the years shaded, "2011–2014, 2019".
                name=_("Shaded: {what} {grade}, {years}").format(
                    what=_(what), grade=_(grade), years=", ".join(years)
                ),
                hoverinfo="skip",
                showlegend=True,
            )
        )
    return bool(marked)
