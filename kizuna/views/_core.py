"""What every view is made of: the View a page renders, chart captions, shared frames."""

from __future__ import annotations

from dataclasses import dataclass, field

import pandas as pd

from kizuna import analysis, i18n, measures
from kizuna.charts import Caption, Chart
from kizuna.i18n import _
from kizuna.load import Dataset
from kizuna.schema import COMPLETENESS
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


def _as_of(data: Dataset) -> str:
    """The day the data was last read: ISO in English (as cited), 2026年12月5日 in Japanese."""
    if i18n.language() == i18n.DEFAULT or data.as_of == "unknown":
        return data.as_of
    return i18n.date_text(pd.Timestamp(data.as_of), "day")


def caption(
    data: Dataset,
    title: str,
    f: Filters,
    source: str,
    facet: str = "",
    partners=True,
    coverage: str | tuple[str, ...] = (),
) -> Caption:
    """Title; the filters as subtitle, with the coverage badge of the tables the chart counts
    (``coverage``); the source line with the date the data was last read."""
    badge = mixed_badge(data, coverage, f.years)
    facet = "; ".join(x for x in (facet, badge) if x)
    subtitle = f.describe(partners) + (f"; {facet}" if facet else "")
    line = _("{source} · Kizuna, data as of {date}").format(source=source, date=_as_of(data))
    return Caption(title, subtitle, line)


def listed(items) -> str:
    """Words in a list as the reader's language separates them ("maritime, air")."""
    return ("、" if i18n.language() == "ja" else ", ").join(items)


@dataclass(frozen=True)
class Prepared:
    """What views read that depends on the dataset alone: made once when the dataset is loaded
    (ui loads it through prepare()), never per view."""

    cited: analysis.Cited | None  # None when citations or sources did not load
    agreement_rows: pd.DataFrame | None  # every agreement-partner row
    index_scores: pd.DataFrame | None  # every partner's sub-measures, every year
    every_agreement_cited: pd.DataFrame | None  # the sources of every agreement
    agreements: int  # how many agreements there are

    def every_agreement_source(self) -> str:
        """The source line of every agreement, in the reader's language."""
        if self.every_agreement_cited is None:
            return ""
        return analysis.sources_phrase(self.every_agreement_cited, self.agreements)


def _prepare(data: Dataset) -> Prepared:
    cited = (
        analysis.cite(data["citations"], data["sources"])
        if data.ok("citations", "sources")
        else None
    )
    rows = scores = found = None
    count = 0
    if data.ok("agreements", "agreement_parties"):
        rows = analysis.agreements_with_partners(data["agreements"], data["agreement_parties"])
        everyone = analysis.filter_agreement_rows(rows, Filters(), by_year=False)
        scores = measures.normalised(
            measures.raw_scores(
                everyone,
                data.tables.get("exercises"),
                data.tables.get("exercise_participants"),
                data.tables.get("assistance"),
                range(YEAR_BOUNDS[0], YEAR_BOUNDS[1] + 1),
            )
        )
        if cited is not None:
            # as analysis.source_line does, with the sentence made where it is read
            ids = list(dict.fromkeys(everyone["agreement_id"]))
            found, count = analysis.sources_for("agreements", ids, cited), len(ids)
    return Prepared(cited, rows, scores, found, count)


def prepare(data: Dataset) -> Dataset:
    """The dataset with its Prepared frames, made now."""
    data.prepared = _prepare(data)
    return data


def prepared(data: Dataset) -> Prepared:
    """The dataset's Prepared frames (made now, and not kept, if prepare() was not called)."""
    return data.prepared if isinstance(data.prepared, Prepared) else _prepare(data)


def cited(data: Dataset) -> analysis.Cited:
    return prepared(data).cited


def agreement_rows(data: Dataset, f: Filters, by_year: bool = True, columns=None) -> pd.DataFrame:
    """Agreement-partner rows in the filters: all their columns, or only ``columns`` (with
    "partner" and "dated", which the filters read), which is what a page that counts and
    charts them needs."""
    everyone = prepared(data).agreement_rows
    if columns is not None:
        everyone = everyone[list(dict.fromkeys([*columns, "partner", "dated"]))]
    return analysis.filter_agreement_rows(everyone, f, by_year)


def whole_agreement_rows(data: Dataset, rows: pd.DataFrame) -> pd.DataFrame:
    """All the columns of these agreement-partner rows, in their order."""
    everyone = prepared(data).agreement_rows
    mine = everyone[analysis.among(everyone["agreement_id"], rows["agreement_id"].unique())]
    whole = rows[["agreement_id", "partner"]].merge(mine, on=["agreement_id", "partner"])
    return whole[everyone.columns]


def coverage_note(data: Dataset, table: str, years: tuple[int, int]) -> str:
    """What a count of this table's rows counts, from the coverage table (empty if unknown)."""
    if not data.ok("coverage"):
        return ""
    rows = data["coverage"]
    rows = rows[
        (rows["table"] == table) & (rows["to_year"] >= years[0]) & (rows["from_year"] <= years[1])
    ]
    return " ".join(
        _("{first}–{last}: {grade} — {note}").format(
            first=r.from_year, last=r.to_year, grade=_(r.completeness), note=r.note
        )
        for r in rows.itertuples()
    )


def coverage_badge(
    data: Dataset, table: str, years: tuple[int, int], fill: bool = False
) -> tuple[str, list]:
    """The short badge of a count or trend over ``years`` ("2011–2025: complete; 2026:
    partial — see Sources & method") and the graded spans a time chart marks."""
    if not data.ok("coverage"):
        return "", []
    grades = analysis.year_grades(data["coverage"], table, years, fill)
    if grades.empty:
        return "", []
    badge = _("{grades} — see coverage").format(grades=analysis.badge(grades))
    return badge, analysis.grade_spans(grades)


def mixed_badge(data: Dataset, tables: str | tuple[str, ...], years: tuple[int, int]) -> str:
    """A chart's short badge: one span's grade ("2018–2026: sample — see coverage"), or where
    the years or tables have several grades, the weakest ("record partial — see coverage"):
    the spans are on Sources & method."""
    if isinstance(tables, str):
        tables = (tables,)
        grades = (
            analysis.year_grades(data["coverage"], tables[0], years)
            if data.ok("coverage")
            else None
        )
        if grades is not None and len(set(grades["grade"])) == 1:
            return coverage_badge(data, tables[0], years)[0]
    if not tables or not data.ok("coverage"):
        return ""
    grades = pd.concat([analysis.year_grades(data["coverage"], t, years) for t in tables])
    if grades.empty:
        return ""
    worst = min(grades["grade"], key=list(reversed(COMPLETENESS)).index)
    return _("record {grade} — see coverage").format(grade=_(worst))


def index_frame(data: Dataset, f: Filters, weights=None) -> pd.DataFrame:
    """The composite partnership index for every partner, each year of the range, with rank
    ranges for the range's last year (computed over all partners: a partner's rank does not
    depend on which others are selected)."""
    weights = {**measures.DEFAULT_WEIGHTS, **(weights or {})}
    scores = prepared(data).index_scores
    scores = scores[scores["year"].between(*f.years)]
    return measures.index_from(scores, weights, ranged_years=[f.years[1]])
