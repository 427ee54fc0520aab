"""The brief as Markdown."""

from __future__ import annotations

import re

from kizuna import export
from kizuna.brief._build import generated_at
from kizuna.brief._model import BRIEF_FILE, TABLE_HEADERS, Brief
from kizuna.i18n import _
from kizuna.views.dossier import Dossier


def _md(text) -> str:
    """Text from the data, inert in Markdown: no markup, no raw HTML, no table breaks."""
    text = re.sub(r"\s+", " ", str(text))
    return re.sub(r"([\\`*_{}\[\]<>|#!])", r"\\\1", text)


def _md_cited(text: str) -> str:
    """A generated sentence: escaped, its [n] citations kept as written."""
    return re.sub(r"\\\[([\d, ]+)\\\]", r"[\1]", _md(text))


def to_markdown(b: Brief) -> str:
    generated = _("Generated {time}.").format(time=generated_at(b.generated))
    lines = [f"# {_md(b.title)}", "", _md(generated), ""]
    lines += [f"- {_md(f)}" for f in b.facts] + [""]
    lines += ["## " + _md(_("Summary")), "", " ".join(_md_cited(s) for s in b.text), ""]
    lines += ["## " + _md(_("Chronology")), "", _md(b.chronology_note), ""]
    if len(b.chronology):
        heads = " | ".join(_md(_(h)) for h in TABLE_HEADERS)
        lines += [f"| {heads} |", "|---|---|---|---|"]
        lines += [
            f"| {_md(r.date)} | {_md(r.kind)} | {_md(r.what)} | {_md_cited(r.sources)} |"
            for r in b.chronology.itertuples()
        ]
        lines.append("")
    lines += ["## " + _md(_("Charts")), ""]
    if b.dossier.chart is None and b.dossier.exercise_map is None:
        lines.append(_md(_("No chart: no dated record in these years.")))
    else:
        lines.append(
            _md(b.charts_note)
            or _md(
                _(
                    "The chronology chart and the map of exercises are in the PDF brief and on "
                    "the dashboard (the link below)."
                )
            )
        )
    lines += ["", "## " + _md(_("Sources")), ""]
    lines += [
        f"{r.number}. {_md(r.publisher)}, {_md(r.title)}"
        + (f" ({_md(r.published)})" if r.published else "")
        + f". <{r.url}>"
        for r in b.sources.itertuples()
    ] or [_md(_("No source is cited."))]
    lines += ["", "## " + _md(_("How to cite")), "", _md(b.cite_as), ""]
    lines += ["## " + _md(_("Reopen this view")), ""]
    lines += [f"<{b.url}>", ""]
    return "\n".join(lines)


def markdown_name(d: Dossier) -> str:
    return export.file_name(_(BRIEF_FILE), d.filters, "md")
