"""What every view is made of: the View a page renders, chart captions, shared frames."""

from __future__ import annotations

from dataclasses import dataclass, field

import pandas as pd

from kizuna import analysis, measures
from kizuna.charts import Caption, Chart
from kizuna.load import Dataset
from kizuna.state import YEAR_BOUNDS, Filters

# The rows of a table a page shows (ui.render.TABLE_ROWS): a view at scale keeps no more; the
# downloads rebuild the whole table when asked for.
SHOWN_ROWS = 500


@dataclass
class View:
    charts: dict[str, Chart] = field(default_factory=dict)  # Chart.name -> chart, in page order
    tables: dict[str, pd.DataFrame] = field(default_factory=dict)
    metrics: dict = field(default_factory=dict)  # headline figures and sentences

    def add(self, chart: Chart) -> None:
        """Charts are known by one name: the page, the widget key and the file name use it."""
        self.charts[chart.name] = chart

    empty: str | None = None  # what to change when nothing matches


def caption(
    data: Dataset, title: str, f: Filters, source: str, facet: str = "", partners=True
) -> Caption:
    """Title; the filters as subtitle; the source line with the date the data was last read."""
    subtitle = f.describe(partners) + (f"; {facet}" if facet else "")
    return Caption(title, subtitle, f"{source} · Kizuna, data as of {data.as_of}")


def _every_agreement_row(data: Dataset) -> pd.DataFrame:
    return data.memo(
        "agreements_with_partners",
        lambda: analysis.agreements_with_partners(data["agreements"], data["agreement_parties"]),
    )


def _agreement_rows(data: Dataset, f: Filters, by_year: bool = True, columns=None) -> pd.DataFrame:
    """Agreement-partner rows in the filters: all their columns, or only ``columns`` (with
    "partner" and "dated", which the filters read), which is what a page that counts and
    charts them needs: at 1000x the shipped rows each copy of the whole rows is 0.1-0.2 GB."""
    everyone = _every_agreement_row(data)
    if columns is not None:
        everyone = everyone[list(dict.fromkeys([*columns, "partner", "dated"]))]
    return analysis.filter_agreement_rows(everyone, f, by_year)


def _whole_agreement_rows(data: Dataset, rows: pd.DataFrame) -> pd.DataFrame:
    """All the columns of these agreement-partner rows, in their order."""
    everyone = _every_agreement_row(data)
    mine = everyone[analysis.among(everyone["agreement_id"], rows["agreement_id"].unique())]
    whole = rows[["agreement_id", "partner"]].merge(mine, on=["agreement_id", "partner"])
    return whole[everyone.columns]


def _cite(data: Dataset):
    return data["citations"], data["sources"]


def prepare(data: Dataset) -> None:
    """The parts of every page's views that depend on the dataset alone, built now."""
    analysis.prepare(*_cite(data))


def _coverage_note(data: Dataset, table: str, years: tuple[int, int]) -> str:
    """What a count of this table's rows counts, from the coverage table (empty if unknown)."""
    if not data.ok("coverage"):
        return ""
    rows = data["coverage"]
    rows = rows[
        (rows["table"] == table) & (rows["to_year"] >= years[0]) & (rows["from_year"] <= years[1])
    ]
    return " ".join(
        f"{r.from_year}–{r.to_year}: {r.completeness} — {r.note}" for r in rows.itertuples()
    )


def index_frame(data: Dataset, f: Filters, weights=None) -> pd.DataFrame:
    """The composite partnership index for every partner, each year of the range, with rank
    ranges for the range's last year (computed over all partners: a partner's rank does not
    depend on which others are selected). Computed once per dataset, years and weights."""
    weights = {**measures.DEFAULT_WEIGHTS, **(weights or {})}

    def every_year() -> pd.DataFrame:
        everyone = _agreement_rows(data, Filters(), by_year=False)
        raw = measures.raw_scores(
            everyone,
            data.tables.get("exercises"),
            data.tables.get("exercise_participants"),
            data.tables.get("assistance"),
            range(YEAR_BOUNDS[0], YEAR_BOUNDS[1] + 1),
        )
        return measures.normalised(raw)

    def compute() -> pd.DataFrame:
        scores = data.memo("index-scores", every_year)
        scores = scores[scores["year"].between(*f.years)]
        return measures.index_from(scores, weights, ranged_years=[f.years[1]])

    return data.memo(("index", f.years, tuple(sorted(weights.items()))), compute, per_filter=True)
