"""The Overview: the headline, defence agreements in force, the map and the tempo."""

from __future__ import annotations

from kizuna import analysis, charts, measures
from kizuna.i18n import _
from kizuna.load import Dataset
from kizuna.state import YEAR_BOUNDS, Filters
from kizuna.views._core import (
    View,
    agreement_rows,
    caption,
    cited,
    index_frame,
    prepared,
    whole_agreement_rows,
)

# The columns the Overview reads of the agreement rows: the matrix and the defence partners
# (all years), and the counts and the timeline's choice (the years chosen). The timeline's
# 40 agreements are then read whole.
MATRIX_COLUMNS = ["agreement_id", "partner", "type", "signed", "in_force", "ended"]
COUNTED_COLUMNS = ["agreement_id", "partner", "type", "dated", "effective"]


def overview(data: Dataset, f: Filters) -> View:
    cite = cited(data)
    all_years = agreement_rows(data, f, by_year=False, columns=MATRIX_COLUMNS)
    in_range = agreement_rows(data, f, columns=COUNTED_COLUMNS)
    view = View()
    if in_range.empty and all_years.empty:
        view.empty = _(
            "No agreements match these filters. Widen the years or clear the partner filter."
        )
        return view
    year = f.years[1]
    index = index_frame(data, f)
    this_year = index[index["year"] == year]
    view.metrics["headline"] = measures.headline(index, year, f.partners)
    shown = this_year[this_year["partner"].isin(f.partners)] if f.partners else this_year
    source = prepared(data).every_agreement_source()
    if not shown.empty:
        view.add(
            charts.index_map(
                shown,
                caption(
                    data,
                    _("Composite partnership index, {year}").format(year=year),
                    f,
                    source,
                    facet="0–100",
                ),
            )
        )
    matrix = analysis.agreement_matrix(all_years, year, f.partners)
    if not matrix.empty:
        view.add(
            charts.agreement_matrix(
                matrix,
                caption(
                    data,
                    _("Instruments in force, {year}: year each type took effect").format(year=year),
                    f,
                    source,
                    facet=_("* signed, entry into force not on record"),
                ),
            )
        )
    source = analysis.source_line("agreements", in_range["agreement_id"], cite)
    events = analysis.annotations(data["events"], f) if data.ok("events") else analysis.no_events()
    if not in_range.empty:
        view.add(
            charts.milestones_timeline(
                # sources for the agreements it can draw, not for all of them
                analysis.citation_summary(
                    "agreements",
                    whole_agreement_rows(data, charts.timeline_agreements(in_range)),
                    "agreement_id",
                    cite,
                ),
                events,
                caption(
                    data,
                    _("Key agreements and policy events"),
                    f,
                    source,
                    coverage="agreements",
                ),
            )
        )
        view.add(
            charts.agreements_by_type(
                analysis.agreements_by_type(in_range),
                caption(data, _("Agreements by type"), f, source, coverage="agreements"),
            )
        )
    # the count, not the rows: no table on the Overview shows them
    view.metrics["agreements"] = int(in_range["agreement_id"].nunique())
    view.tables["index"] = this_year
    view.metrics["defence_partners"] = analysis.defence_partners_in_force(all_years, year)
    if data.ok("exercises", "exercise_participants", "series", "series_iterations", "coverage"):
        view.metrics["exercises"] = _tracked_held(data, f)
    if data.ok("claims"):
        claims = analysis.filter_claims(
            data["claims"],
            f.years,
            subjects=f.partners,
            include_undated=f.years == YEAR_BOUNDS,
            kind="capability assessment",
        )
        view.metrics["claims"] = claims
    return view


def _tracked_held(data: Dataset, f: Filters) -> dict:
    """Tracked series held with the selected partners in the range's last year that the panel
    grades complete, against the year before where that is graded complete too."""
    grades = analysis.year_grades(data["coverage"], "series", f.years)
    complete = grades.loc[grades["grade"] == "complete", "year"]
    year = int(complete.max()) if len(complete) else None
    held = {"year": year, "now": None, "before": None, "why": ""}
    if year is None:
        held["why"] = _("No year of {years} is complete on record for the tracked series.").format(
            years=f.describe(False)
        )
        return held
    if year < f.years[1]:
        # the coverage note is record text (English): the sentence says what it means
        held["why"] = _(
            "{years} is not complete on record (iterations due later in the year are not yet "
            "on record); {year} is shown."
        ).format(years=analysis.span_text(year + 1, f.years[1]), year=year)
    ids = analysis.tracked_ids(data["series"], data["series_iterations"])
    starts = data["exercises"][["exercise_id", "kind", "domain", "start"]]
    chosen = analysis.filter_exercises(
        starts[analysis.among(starts["exercise_id"], ids)],
        data["exercise_participants"],
        Filters(f.partners, (year - 1, year)),
    )
    held["now"] = analysis.exercises_in(chosen, year)
    if year - 1 in set(complete):
        held["before"] = analysis.exercises_in(chosen, year - 1)
    else:
        held["why"] += " " + _(
            "No change is shown: {year} is outside the years chosen or not complete."
        ).format(year=year - 1)
    return held
