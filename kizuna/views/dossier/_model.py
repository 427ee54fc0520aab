"""What a dossier holds: the Dossier, its four metrics, the words and columns it uses."""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from kizuna import countries
from kizuna.charts.core import Chart
from kizuna.i18n import N_, _
from kizuna.schema import TREATY_LEVEL_TYPES
from kizuna.state import Filters

STATEMENT = "strategic partnership / joint statement"
ALLIANCE = "alliance treaty"


# Instruments with a lifecycle worth a matrix row: treaties and government-to-government
# agreements (2+2 rounds, statements and memoranda have no stages beyond the day they happen).
TREATY_TYPES = (*TREATY_LEVEL_TYPES, "co-development programme")


# A stage of an agreement, after its title on the partner's chronology (translated there)
STAGE_WORDS = {
    "negotiations_opened": N_("negotiations opened"),
    "agreed_in_principle": N_("agreed in principle"),
    "signed": N_("signed"),
    "in_force": N_("in force"),
    "ended": N_("ended"),
}


# The matrix's columns: names the brief reads the frame by, so they stay as they are in the
# frame; marked here for the table that shows them to translate.
MATRIX_COLUMNS = {
    "negotiations_opened": N_("negotiations opened"),
    "agreed_in_principle": N_("agreed"),
    "signed": N_("signed"),
    "in_force": N_("in force"),
    "ended": N_("ended"),
}


LABEL_CHARS = 34  # a point's label, shortened on a word boundary


DOUBTED = ("contested", "refuted", "unverified")


CHRONOLOGY_COLUMNS = [
    "date",
    "date_precision",
    "when",
    "what",
    "kind",
    "stage",
    "label",
    "grade",  # a claim's assessment (the chart counts a day's claims by it); else empty
    "table",
    "record_id",
]


# The chronology's columns on the page (the rest name records for the brief's citations); its
# sources are added to the rows shown (whole_chronology: to every row), not held for every record.
CHRONOLOGY_TABLE_COLUMNS = ["date", "date_precision", "what", "kind", "sources", "source_urls"]


@dataclass
class Dossier:
    partner: str
    filters: Filters  # the partner alone, and the years
    level: (
        str | None
    )  # "Strategic Partnership ... since 2023-01-10": alliance, else latest statement
    level_id: str | None  # the statement's agreement_id
    rank: dict | None  # index, rank, best_rank, worst_rank, year; None when not ranked
    metrics: list[Metric]
    chronology: pd.DataFrame  # one row per dated record, oldest first (without sources)
    chronology_table: pd.DataFrame  # its first rows as the page's table shows them, with sources
    recent: pd.DataFrame  # its CHART_RECORDS most recent rows, with sources: the chart's
    undated: int  # records about the partner with no date (claims), not on the chronology
    chart: Chart | None
    agreements: pd.DataFrame  # the matrix: one row per instrument, one column per stage
    programmes: pd.DataFrame
    article: pd.DataFrame  # statements of the source article about this partner
    exercise_map: Chart | None

    @property
    def name(self) -> str:
        return countries.name(self.partner)

    @property
    def in_text(self) -> str:
        return in_text(self.partner)


def in_text(code: str) -> str:
    """The partner's name inside a sentence: "the United States", "Italy"."""
    return countries.in_sentence(code)


@dataclass(frozen=True)
class Metric:
    label: str
    value: int
    before: int | None  # the year before; None where the two years do not compare
    help: str
    why: str = ""  # why no change is shown, where it is not

    @property
    def delta(self) -> int | None:
        return None if self.before is None else self.value - self.before

    @property
    def change(self) -> str:
        """The change as the brief writes it."""
        if self.delta is None:
            return self.why
        return _("{change} on the year before").format(change=f"{self.delta:+d}")
