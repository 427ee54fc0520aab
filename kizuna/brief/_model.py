"""What a brief holds, how it numbers its sources, and the limits that keep it to two A4 pages."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

import pandas as pd

from kizuna import analysis, i18n
from kizuna.i18n import N_
from kizuna.load import Dataset
from kizuna.views.dossier import Dossier

TABLE_ROWS = 12  # chronology rows that fit the second page beside the sources


LISTED = 4  # instruments or exercises named in one sentence before "and N more"


CITED_PER_FACT = 2  # sources cited for one fact: the record's first ones


TEMPLATE = Path(__file__).resolve().parents[1] / "templates" / "brief.html"


# The chronology table's headers (translated where written) and the downloads' file-name word.
TABLE_HEADERS = (N_("date"), N_("kind"), N_("what"), N_("sources"))
BRIEF_FILE = N_("partner-brief")


# Charts are drawn shorter than on screen, so that both fit the first page with the summary:
# the chronology's lanes of labels closer together (its title and axes keep their 150 px), the
# map shorter.
BRIEF_PLOT_PX = 880  # the chronology's plot area in an exported image (1100 px wide)


CHART_HEIGHTS = {
    "dossier-chronology": lambda height: int(150 + (height - 150) * 0.7),
    "exercises-map": lambda height: 280,
}


# The map's legend (one partner here) and its tall top margin give way to the map itself.
CHART_LAYOUT = {"exercises-map": {"showlegend": False, "margin": {"t": 70}}}


PDF_TIMEOUT_S = 60


PAGES = 2  # the brief's length at most, on A4


FITTING_ROWS = (TABLE_ROWS, 8, 4, 0)  # chronology rows tried, until the brief fits


@dataclass
class Brief:
    title: str
    generated: datetime
    dossier: Dossier
    facts: list[str]  # header figures, one line each
    text: list[str]  # the generated sentences, with [n] citations
    chronology: pd.DataFrame  # when, kind, what, sources ([n] numbers)
    chronology_note: str
    sources: pd.DataFrame  # number, publisher, title, published, url
    charts: list[tuple[str, str]] = field(default_factory=list)  # (caption, SVG text)
    charts_note: str = ""
    cite_as: str = ""
    url: str = ""


class Numbering:
    """Numbers sources in the order the brief first cites them."""

    def __init__(self, data: Dataset):
        self.citations = analysis.originals_first(data["citations"], data["sources"])
        self.sources = data["sources"].set_index("source_id")
        self.order: list[str] = []

    def number(self, source_ids) -> list[int]:
        out = []
        for source_id in source_ids:
            if source_id in self.sources.index:
                if source_id not in self.order:
                    self.order.append(source_id)
                out.append(self.order.index(source_id) + 1)
        return out

    def record(self, table: str, record_id: str, limit: int = CITED_PER_FACT) -> str:
        """' [1, 2]': the first sources of one record."""
        cited = self.citations[
            (self.citations["table"] == table) & (self.citations["record_id"] == record_id)
        ]["source_id"]
        numbers = self.number(list(dict.fromkeys(cited))[:limit])
        return f" [{', '.join(map(str, numbers))}]" if numbers else ""

    def frame(self) -> pd.DataFrame:
        rows = self.sources.loc[self.order]
        return pd.DataFrame(
            {
                "number": range(1, len(rows) + 1),
                "publisher": rows["publisher"].to_numpy(),
                "title": rows["title"].to_numpy(),
                "published": [
                    i18n.record_date(d, p)
                    for d, p in zip(rows["published"], rows["published_precision"], strict=True)
                ],
                "url": rows["url"].to_numpy(),
            }
        )
