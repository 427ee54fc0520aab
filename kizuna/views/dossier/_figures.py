"""The partner's records, its level and rank, and the four figures against the year before."""

from __future__ import annotations

import pandas as pd

from kizuna import analysis, countries, i18n
from kizuna.i18n import _
from kizuna.load import Dataset
from kizuna.state import Filters
from kizuna.views._core import prepared
from kizuna.views.dossier._model import ALLIANCE, STATEMENT, Metric, in_text


def partner_agreements(data: Dataset, partner: str) -> pd.DataFrame:
    """Every agreement-partner row with this partner, whatever its date."""
    rows = prepared(data).agreement_rows
    return rows[rows["partner"] == partner].reset_index(drop=True)


def shown_titles(data: Dataset, agreements: pd.DataFrame) -> dict[str, str]:
    """Each agreement's title as the reader sees it: as recorded in English; in Japanese, its
    official Japanese title where one is on record, else the English one marked （英文）
    (never a translation presented as official)."""
    recorded = dict(zip(agreements["agreement_id"], agreements["title"], strict=False))
    if i18n.language() != "ja" or not data.ok("titles_ja"):
        return recorded
    japanese = analysis.japanese_titles(data["titles_ja"], "agreements")
    return {i: japanese.get(i) or f"{t} {i18n.ENGLISH_MARK}" for i, t in recorded.items()}


def current_level(
    agreements: pd.DataFrame, year: int, titles: dict[str, str] | None = None
) -> tuple[str | None, str | None]:
    """The relationship's level at the end of ``year``: an alliance treaty in force then (the
    United States': no joint statement outranks a mutual defence commitment), else the latest
    partnership statement on record; its title as recorded and the date at its precision (a
    treaty's entry into force, a statement's signature)."""
    treaties = analysis.live_at(agreements[agreements["type"] == ALLIANCE], year)
    if not treaties.empty:
        row = treaties.sort_values("dated").iloc[-1]
        stage = "in_force" if pd.notna(row["in_force"]) else "signed"
    else:
        rows = agreements[agreements["type"] == STATEMENT]
        rows = rows[rows["dated"].dt.year <= year].sort_values("dated")
        if rows.empty:
            return None, None
        row = rows.iloc[-1]
        stage = "signed" if pd.notna(row["signed"]) else "in_force"
    when = i18n.record_date(row[stage], row[f"{stage}_precision"])
    title = (titles or {}).get(row["agreement_id"], row["title"])
    return _("{title}, since {date}").format(title=title, date=when), row["agreement_id"]


def rank_in(index: pd.DataFrame, partner: str, year: int) -> dict | None:
    rows = index[(index["partner"] == partner) & (index["year"] == year)]
    if rows.empty:
        return None
    row = rows.iloc[0]
    return {
        "year": year,
        "index": float(row["index"]),
        "rank": int(row["rank"]),
        "best_rank": int(row["best_rank"]),
        "worst_rank": int(row["worst_rank"]),
        "ranked": int((index["year"] == year).sum()),
    }


def live_agreements(agreements: pd.DataFrame, year: int) -> int:
    """Instruments in force (or signed, where no entry into force is on record) at the end of
    the year; 2+2 rounds and statements are meetings, not instruments."""
    rows = agreements[~agreements["type"].isin(analysis.MECHANISM_TYPES)]
    return int(analysis.live_at(rows, year)["agreement_id"].nunique())


# What the dossier reads of a partner's exercises (the chronology and the figures)
PARTNER_EXERCISE_COLUMNS = ["exercise_id", "name", "kind", "location", "start", "start_precision"]


def partner_exercises(data: Dataset, partner: str) -> pd.DataFrame:
    """Exercises, port calls and deployments in which the partner trained with Japan's forces."""
    if not data.ok("exercises", "exercise_participants"):
        return pd.DataFrame(
            {c: pd.Series(dtype="object") for c in PARTNER_EXERCISE_COLUMNS}
            | {"start": pd.Series(dtype="datetime64[ns]")}
        )
    return analysis.filter_exercises(
        data["exercises"][PARTNER_EXERCISE_COLUMNS],
        data["exercise_participants"],
        Filters((partner,)),
    )


def partner_assistance(data: Dataset, partner: str) -> pd.DataFrame:
    if not data.ok("assistance"):
        return pd.DataFrame(columns=["assistance_id", "recipient"])
    return analysis.filter_assistance(data["assistance"], Filters((partner,)))


def grant_dates(grants: pd.DataFrame) -> pd.Series:
    return grants["notes_exchanged"].fillna(grants["delivered"])


def partner_milestones(data: Dataset, partner: str) -> pd.DataFrame:
    """Programme milestones concerning the partner, with `with_japan`: Japan is among the
    countries of that programme's milestones."""
    if not data.ok("milestones", "milestone_countries"):
        return pd.DataFrame(columns=["milestone_id", "programme", "with_japan"])
    links = data["milestone_countries"]
    milestones = data["milestones"]
    ids = links.loc[links["country"] == partner, "milestone_id"]
    japan = links.loc[links["country"] == countries.JAPAN, "milestone_id"]
    shared = set(milestones.loc[analysis.among(milestones["milestone_id"], japan), "programme"])
    rows = milestones[analysis.among(milestones["milestone_id"], ids)]
    return rows.assign(with_japan=rows["programme"].isin(shared)).reset_index(drop=True)


def shared_programmes(milestones: pd.DataFrame, year: int) -> int:
    """Programmes with Japan that have a milestone on record by the end of the year."""
    started = milestones[milestones["with_japan"] & (milestones["date"].dt.year <= year)]
    return int(started["programme"].nunique())


def compared(data: Dataset, table: str, year: int) -> tuple[bool, str]:
    """Whether a count of ``table`` in ``year`` compares with the year before: only where
    coverage.csv grades both years complete; otherwise why not."""
    if not data.ok("coverage"):
        return False, _("No change shown: the record's coverage is not graded.")
    grades = analysis.year_grades(data["coverage"], table, (year - 1, year))
    graded = dict(zip(grades["year"], grades["grade"], strict=True))
    if graded.get(year) == graded.get(year - 1) == "complete":
        return True, ""
    grade = graded.get(year - 1) or graded.get(year)
    worst = _(grade) if grade else _("not graded")
    return False, _(
        "No change shown: the record for {before}–{year} is {grade}, not complete."
    ).format(before=year - 1, year=year, grade=worst)


def metrics(data: Dataset, partner: str, year: int) -> list[Metric]:
    """The dossier's four figures, each against the year before only where the two years
    compare: the tracked series where the panel is complete, other counts where both years are
    graded complete."""
    agreements = partner_agreements(data, partner)
    exercises = partner_exercises(data, partner)
    visits = exercises[exercises["kind"] != "exercise"]
    name = in_text(partner)

    def count(rows: pd.DataFrame, y: int) -> int:
        return int((rows["start"].dt.year == y).sum())

    def against(table: str, value_before: int, y: int = year) -> tuple[int | None, str]:
        ok, why = compared(data, table, y)
        return (value_before if ok else None), why

    before, why = against("agreements", live_agreements(agreements, year - 1))
    out = [
        Metric(
            _("Agreements live, {year}").format(year=year),
            live_agreements(agreements, year),
            before,
            _(
                "Agreements with {partner} in force at the year's end (or signed, where no entry "
                "into force is on record), not ended; 2+2 rounds and statements are not counted."
            ).format(partner=name),
            why,
        )
    ]
    out.append(_tracked_metric(data, partner, year, exercises))
    before, why = against("exercises", count(visits, year - 1))
    out.append(
        Metric(
            _("Port calls, deployments, {year}").format(year=year),
            count(visits, year),
            before,
            _("Port calls and deployments with {partner} as partner, begun that year.").format(
                partner=name
            ),
            why,
        )
    )
    grants = partner_assistance(data, partner)
    if len(grants):
        years = grant_dates(grants).dt.year.fillna(grants["fiscal_year"].astype("Float64"))
        before, why = against("assistance", int((years == year - 1).sum()))
        out.append(
            Metric(
                _("Assistance grants, {year}").format(year=year),
                int((years == year).sum()),
                before,
                _(
                    "Grants and transfers to the forces of {partner} dated that year (exchange of "
                    "notes, else delivery, else fiscal year)."
                ).format(partner=name),
                why,
            )
        )
    else:
        milestones = partner_milestones(data, partner)
        before, why = against("milestones", shared_programmes(milestones, year - 1))
        out.append(
            Metric(
                _("Shared programmes, {year}").format(year=year),
                shared_programmes(milestones, year),
                before,
                _(
                    "No security-assistance grant to {partner} is on record, so this counts "
                    "programmes (such as GCAP) with a milestone concerning both Japan and "
                    "{partner} on record by the year's end."
                ).format(partner=name),
                why,
            )
        )
    return out


def _tracked_metric(data: Dataset, partner: str, year: int, exercises: pd.DataFrame) -> Metric:
    """Iterations of the tracked series with the partner in the last year up to ``year`` the
    panel grades complete, against the year before where that is complete too."""
    name = in_text(partner)
    held_help = _(
        "Iterations of the recurring exercises Kizuna tracks (every iteration on record or "
        "sourced as not held) in which the forces of {partner} trained with Japan's."
    ).format(partner=name)
    if not data.ok("series", "series_iterations", "coverage"):
        named = exercises[exercises["kind"] == "exercise"]
        return Metric(
            _("Named exercises, {year}").format(year=year),
            int((named["start"].dt.year == year).sum()),
            None,
            _("Named exercises in which the forces of {partner} trained with Japan's.").format(
                partner=name
            ),
            _("No change shown: the tracked series did not load."),
        )
    grades = analysis.year_grades(data["coverage"], "series", (2011, year))
    complete = set(grades.loc[grades["grade"] == "complete", "year"])
    held = max((y for y in complete if y <= year), default=year)
    ids = analysis.tracked_ids(data["series"], data["series_iterations"])
    tracked = exercises[analysis.among(exercises["exercise_id"], ids)]

    def count(y: int) -> int:
        return int((tracked["start"].dt.year == y).sum())

    why = ""
    if held != year:
        why = _("{year} is not complete on record for the tracked series.").format(year=year)
    if held - 1 in complete:
        before = count(held - 1)
    else:
        before = None
        none = _("No change shown: {year} is not graded complete.").format(year=held - 1)
        why = f"{why} {none}" if why else none
    label = _("Tracked series held, {year}").format(year=held)
    return Metric(label, count(held), before, held_help, why)
