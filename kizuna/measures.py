"""The composite partnership index: five sub-measures per partner and year, ranks and ranges.

Built like the Lowy Institute's Asia Power Index: each sub-measure is scored from the records,
normalised 0-100 against the strongest partner that year, and the composite is their weighted
mean. Because the weights are a judgement, each partner's rank is also computed under a few
hundred perturbed weightings, and a partner is called "the deepest" only when it ranks first
under all of them. docs/index-method.md gives the reasons for every weight.

Frames in, frames out; no Streamlit, no figures.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from kizuna import countries, i18n
from kizuna.i18n import _
from kizuna.measure_words import BLIND_SPOTS, FORMULA, SUBMEASURES, WEIGHT_REASONS  # noqa: F401

DEFAULT_WEIGHTS: dict[str, float] = {
    "commitments": 0.30,
    "operations": 0.30,
    "industry": 0.15,
    "assistance": 0.10,
    "dialogue": 0.15,
}

# Points per instrument in force at the year's end, by agreement type.
COMMITMENT_POINTS = {
    "alliance treaty": 10.0,  # a mutual defence commitment outweighs any other instrument
    "status of forces": 2.0,
    "reciprocal access": 4.0,
    "acquisition and cross-servicing": 2.0,
    "information security": 1.0,
}
INDUSTRY_POINTS = {
    "co-development programme": 3.0,
    "defence equipment and technology transfer": 2.0,
    "joint research": 1.0,  # a research project: smaller than building a system together
}
DIALOGUE_POINTS = {
    "2+2 dialogue": 2.0,  # once the mechanism exists
    "strategic partnership / joint statement": 1.0,  # once a partnership is declared
}
RECENT_ROUND = 0.5  # a 2+2 round held in the last RECENT_YEARS adds this much
# Exercises, deployments and port calls: points by kind, halved when others train alongside.
ACTIVITY_POINTS = {"exercise": 1.0, "deployment": 1.5, "port call": 0.5}
MULTILATERAL_SHARE = 0.5
ASSISTANCE_POINTS = {
    "Official Security Assistance": 1.0,
    "equipment transfer": 1.0,
    "capacity building": 0.5,
}
DECAY = 0.75  # an activity counts this much less for each year that has passed
RECENT_YEARS = 5  # activities older than this no longer count

DRAWS = 400
SEED = 20_261_202
SPREAD = 0.5  # each weight is drawn between (1 - SPREAD) and (1 + SPREAD) times its default

# FORMULA states these in words (a message is fixed text): keep the two in step.
assert f"{DECAY:g}× less" in FORMULA and f"under {DRAWS} weightings" in FORMULA
assert f"±{SPREAD:.0%} of its default (seed {SEED})" in FORMULA


def _live_instruments(agreement_rows: pd.DataFrame, years: range) -> pd.DataFrame:
    """One row per partner, year and live instrument chain (or programme): in force at the
    year's end, or signed where no entry into force is on record, and not ended."""
    rows = agreement_rows.drop_duplicates(["agreement_id", "partner"])
    start = rows["in_force"].fillna(rows["signed"]).dt.year
    last = (rows["ended"].dt.year - 1).fillna(9999)  # ended during a year: not live at its end
    frame = pd.DataFrame(
        {
            "partner": rows["partner"].to_numpy(),
            "type": rows["type"].to_numpy(),
            "chain": chain_keys(agreement_rows).reindex(rows["agreement_id"]).to_numpy(),
            "first": start.to_numpy(),
            "last": last.to_numpy(),
            "signed_only": rows["in_force"].isna().to_numpy(),
        }
    ).dropna(subset=["first"])
    # the same instrument chain once per partner and span (a chain's copies per party, its
    # amendments) before spreading each over its years: a grid of every row and every year
    # grows with the rows times the years
    frame = frame.drop_duplicates(ignore_index=True)
    live = _spread(frame, "first", "last", years)
    return live.drop_duplicates(["partner", "year", "type", "chain"])


def _spread(frame: pd.DataFrame, first: str, last: str, years: range) -> pd.DataFrame:
    """One row per row of ``frame`` and year of ``years`` within [first, last], in the order a
    cross join with the years then a filter would give."""
    if frame.empty or not len(years):
        return frame.assign(year=pd.Series(dtype="int64")).iloc[0:0]
    lo = np.maximum(frame[first].to_numpy(dtype="float64"), years.start)
    hi = np.minimum(frame[last].to_numpy(dtype="float64"), years[-1])
    counts = np.where(hi >= lo, hi - lo + 1, 0).astype("int64")
    rows = np.repeat(np.arange(len(frame)), counts)
    starts = np.repeat(lo.astype("int64"), counts)
    offsets = np.arange(len(rows)) - np.repeat(np.cumsum(counts) - counts, counts)
    out = frame.iloc[rows].reset_index(drop=True)
    out["year"] = starts + offsets
    return out


def chain_keys(agreements: pd.DataFrame) -> pd.Series:
    """Per agreement id, the instrument it descends from through `replaces`/`amends`, or its
    programme: a chain of replacements, or a programme's several instruments, counts once."""
    table = agreements.drop_duplicates("agreement_id").set_index("agreement_id")
    parent = {}
    for column in ("replaces", "amends"):
        if column in table:
            parent.update(table[column].dropna().to_dict())
    root = {}
    for agreement_id in table.index:
        node, seen = agreement_id, set()
        while node in parent and node not in seen:
            seen.add(node)
            node = parent[node]
        root[agreement_id] = node
    keys = pd.Series(root, dtype="object")
    if "programme" in table:
        programme = table["programme"].dropna()
        keys.loc[programme.index] = "programme:" + programme.astype(str)
    return keys


def commitments(agreement_rows: pd.DataFrame, years: range) -> pd.DataFrame:
    return _instrument_points(agreement_rows, years, COMMITMENT_POINTS, "commitments")


def industry(agreement_rows: pd.DataFrame, years: range) -> pd.DataFrame:
    """Co-development programmes and equipment-transfer agreements live at the year's end."""
    return _instrument_points(agreement_rows, years, INDUSTRY_POINTS, "industry")


def _instrument_points(rows, years, points: dict[str, float], name: str) -> pd.DataFrame:
    rows = rows[rows["type"].isin(list(points))]
    live = _live_instruments(rows, years) if not rows.empty else pd.DataFrame()
    if live.empty:
        return _empty(name)
    return _summed(live.assign(points=live["type"].map(points)), name)


def dialogue(agreement_rows: pd.DataFrame, years: range) -> pd.DataFrame:
    """A 2+2 mechanism and a declared partnership count once they exist; each 2+2 round of the
    last five years adds a little, so a lapsed mechanism fades."""
    rows = agreement_rows[agreement_rows["type"].isin(list(DIALOGUE_POINTS))]
    rows = rows.drop_duplicates(["agreement_id", "partner"]).dropna(subset=["signed"])
    if rows.empty:
        return _empty("dialogue")
    rows = rows.assign(held=rows["signed"].dt.year)
    # rounds of one type in one year, counted before spreading over the years they count in
    held = rows.groupby(["partner", "type", "held"], as_index=False).size()
    exists = (
        _spread(held.assign(last=years[-1] if len(years) else 0), "held", "last", years)
        .sort_values("held", kind="stable")
        .drop_duplicates(["partner", "year", "type"])
    )
    base = exists.assign(points=exists["type"].map(DIALOGUE_POINTS))
    rounds = held[held["type"].eq("2+2 dialogue")]
    recent = _spread(rounds.assign(last=rounds["held"] + RECENT_YEARS - 1), "held", "last", years)
    recent = recent.assign(points=RECENT_ROUND * recent["size"])
    return _summed(pd.concat([base, recent], ignore_index=True), "dialogue")


def _decayed(events: pd.DataFrame, years: range, name: str) -> pd.DataFrame:
    """Sum of `points` of events (partner, held) over the last RECENT_YEARS, decayed by age."""
    if events.empty:
        return _empty(name)
    # events of one partner and year summed first: the decay depends on nothing else
    held = events.groupby(["partner", "held"], as_index=False)["points"].sum()
    rows = _spread(held.assign(last=held["held"] + RECENT_YEARS - 1), "held", "last", years)
    rows = rows.assign(points=rows["points"] * DECAY ** (rows["year"] - rows["held"]))
    return _summed(rows, name)


def operations(exercises: pd.DataFrame, participants: pd.DataFrame, years: range):
    """Exercises, deployments and port calls in which the partner trained with Japan's forces
    (role 'partner'), by kind, halved when more than one partner took part, decayed by age."""
    partners = participants[participants["role"].eq("partner")]
    partners = partners[["exercise_id", "country"]].drop_duplicates()
    size = partners.groupby("exercise_id")["country"].transform("nunique")
    rows = partners.assign(share=np.where(size > 1, MULTILATERAL_SHARE, 1.0)).merge(
        exercises[["exercise_id", "kind", "start"]], on="exercise_id"
    )
    if rows.empty:
        return _empty("operations")
    events = pd.DataFrame(
        {
            "partner": rows["country"],
            "held": rows["start"].dt.year,
            "points": rows["kind"].map(ACTIVITY_POINTS).fillna(1.0) * rows["share"],
        }
    )
    return _decayed(events, years, "operations")


def assistance(assistance_rows: pd.DataFrame | None, years: range) -> pd.DataFrame:
    """Grants and transfers to the partner's forces, dated by the exchange of notes (else the
    delivery, else the fiscal year), decayed by age."""
    if assistance_rows is None or assistance_rows.empty:
        return _empty("assistance")
    held = (
        assistance_rows["notes_exchanged"]
        .fillna(assistance_rows["delivered"])
        .dt.year.fillna(assistance_rows["fiscal_year"].astype("float64"))
    )
    events = pd.DataFrame(
        {
            "partner": assistance_rows["recipient"],
            "held": held,
            "points": assistance_rows["programme"].map(ASSISTANCE_POINTS).fillna(0.5),
        }
    ).dropna(subset=["held"])
    events["held"] = events["held"].astype(int)
    return _decayed(events, years, "assistance")


def _summed(rows: pd.DataFrame, name: str) -> pd.DataFrame:
    """The rows' ``points`` summed per partner and year, as the sub-measure ``name``."""
    summed = rows.groupby(["partner", "year"], as_index=False)["points"].sum()
    return summed.rename(columns={"points": name})


def _empty(name: str) -> pd.DataFrame:
    return pd.DataFrame({"partner": pd.Series(dtype="object"), "year": [], name: []})


def raw_scores(
    agreement_rows: pd.DataFrame,
    exercises: pd.DataFrame | None,
    participants: pd.DataFrame | None,
    assistance_rows: pd.DataFrame | None,
    years: range,
) -> pd.DataFrame:
    """Raw points per partner, year and sub-measure (countries only: NATO and the EU are
    partners of another kind and are not ranked)."""
    parts = [
        commitments(agreement_rows, years),
        operations(exercises, participants, years)
        if exercises is not None and participants is not None
        else _empty("operations"),
        industry(agreement_rows, years),
        assistance(assistance_rows, years),
        dialogue(agreement_rows, years),
    ]
    # Typed, so that a range with nothing on record (1951 alone) merges with the empty parts.
    out = pd.DataFrame({"partner": pd.Series(dtype="object"), "year": pd.Series(dtype="int64")})
    for part in parts:
        out = out.merge(part, on=["partner", "year"], how="outer")
    out = out[~out["partner"].isin(list(countries.ORGANISATIONS) + [countries.JAPAN])]
    out[list(SUBMEASURES)] = out[list(SUBMEASURES)].astype(float).fillna(0.0)
    out["year"] = out["year"].astype(int)
    return out.sort_values(["year", "partner"], ignore_index=True)


def normalised(raw: pd.DataFrame) -> pd.DataFrame:
    """Each sub-measure as a share (0-100) of the year's highest partner on it."""
    out = raw.copy(deep=False)
    top = raw.groupby("year")[list(SUBMEASURES)].transform("max")
    out[list(SUBMEASURES)] = (raw[list(SUBMEASURES)] / top.where(top > 0)).fillna(0.0) * 100
    return out


def composite(scores: pd.DataFrame, weights: dict[str, float] | None = None) -> pd.DataFrame:
    """Adds `index` (the weighted mean of the normalised sub-measures) and `rank` per year."""
    w = _weights(weights)
    values = scores[list(SUBMEASURES)].to_numpy() @ w / w.sum() if w.sum() else 0.0
    out = scores.assign(index=np.round(values, 1) if np.ndim(values) else 0.0)
    out["rank"] = out.groupby("year")["index"].rank(ascending=False, method="min").astype(int)
    return out.sort_values(["year", "rank", "partner"], ignore_index=True)


def _weights(weights: dict[str, float] | None) -> np.ndarray:
    merged = {**DEFAULT_WEIGHTS, **(weights or {})}
    return np.array([float(merged[k]) for k in SUBMEASURES])


def rank_ranges(
    scores: pd.DataFrame,
    weights: dict[str, float] | None = None,
    draws: int = DRAWS,
    seed: int = SEED,
    spread: float = SPREAD,
) -> pd.DataFrame:
    """Per partner and year, the best and worst rank under ``draws`` weightings, each weight
    drawn uniformly within ±spread of its value (same seed, same ranges)."""
    base = _weights(weights)
    rng = np.random.default_rng(seed)
    drawn = base * rng.uniform(1 - spread, 1 + spread, size=(draws, len(SUBMEASURES)))
    rows = []
    for year, group in scores.groupby("year", sort=True):
        values = group[list(SUBMEASURES)].to_numpy()  # partners × sub-measures
        totals = values @ drawn.T / drawn.sum(axis=1)  # partners × draws
        totals = np.round(totals, 6)
        # Rank 1 = highest; ties share the better rank, as in composite().
        ranks = (totals[None, :, :] > totals[:, None, :]).sum(axis=1) + 1
        lows, highs = ranks.min(axis=1), ranks.max(axis=1)
        for partner, lo, hi in zip(group["partner"], lows, highs, strict=True):
            rows.append((partner, int(year), int(lo), int(hi)))
    return pd.DataFrame(rows, columns=["partner", "year", "best_rank", "worst_rank"])


def index_from(scores: pd.DataFrame, weights=None, ranged_years=None) -> pd.DataFrame:
    """Per partner and year of the normalised sub-measures: the index, its rank and the rank
    range under perturbed weights (for ``ranged_years`` only, if given: the draws are the
    costly part, and a page states ranges for one year)."""
    if scores.empty:
        return scores.assign(index=[], rank=[], best_rank=[], worst_rank=[])
    ranged = scores if ranged_years is None else scores[scores["year"].isin(list(ranged_years))]
    out = composite(scores, weights).merge(
        rank_ranges(ranged, weights), on=["partner", "year"], how="left"
    )
    return out.sort_values(["year", "rank", "partner"], ignore_index=True)


def headline(index: pd.DataFrame, year: int, partners=()) -> str:
    """One sentence a specialist can sign: "the deepest" only when no weighting changes it;
    with partners selected, where each of them stands first."""
    rows = index[index["year"] == year].sort_values(["rank", "partner"])
    if rows.empty:
        return _("No partnership is on record in {year}.").format(year=year)
    if partners:
        ranked = rows.set_index("partner")
        standing = [
            _("{partner} ranks {rank} of {count} on the composite index (range {range})").format(
                partner=countries.name(p),
                rank=_ordinal(int(ranked.at[p, "rank"])),
                count=len(rows),
                range=_range(ranked.loc[p].rename(p)),
            )
            if p in ranked.index
            else _("{partner} has no partnership on record").format(partner=countries.name(p))
            for p in partners
        ]
        first = _("In {year}, {standing}.").format(year=year, standing="; ".join(standing))
        return first + " " + headline(index, year)
    first = rows[rows["best_rank"] == 1]
    names = [countries.in_sentence(p) for p in first["partner"]]
    if len(first) == 1 and int(first["worst_rank"].iloc[0]) == 1:
        runners = rows[rows["partner"] != first["partner"].iloc[0]].head(2)
        parts = [
            _("{partner} (rank {range})").format(
                partner=countries.in_sentence(r.partner), range=_range(r)
            )
            for r in runners.itertuples()
        ]
        if not parts:
            return _(
                "In {year}, Japan's deepest partnership on record is with {partner}: first under "
                "all {draws} weightings tried."
            ).format(year=year, partner=names[0], draws=DRAWS)
        return _(
            "In {year}, Japan's deepest partnership on record is with {partner}: first under "
            "all {draws} weightings tried; next come {runners}."
        ).format(year=year, partner=names[0], draws=DRAWS, runners=_join(parts))
    return _(
        "In {year}, no partner is first under every weighting: {partners} each rank first "
        "under some of the {draws} weightings tried, so they are tied at the top."
    ).format(year=year, partners=_join(names), draws=DRAWS)


def _ordinal(n: int) -> str:
    """1st, 2nd, 3rd… in English; the number alone elsewhere (the message places it)."""
    if i18n.language() != "en":
        return str(n)
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def _range(row) -> str:
    lo, hi = int(row.best_rank), int(row.worst_rank)
    return str(lo) if lo == hi else f"{lo}–{hi}"


def _join(names: list[str]) -> str:
    """'A', 'A and B', 'A, B and C' in the reader's language."""
    if len(names) == 1:
        return names[0]
    comma = "、" if i18n.language() == "ja" else ", "
    return _("{names} and {last}").format(names=comma.join(names[:-1]), last=names[-1])


def weights_table() -> pd.DataFrame:
    return pd.DataFrame(
        [(_(k), DEFAULT_WEIGHTS[k], _(WEIGHT_REASONS[k])) for k in SUBMEASURES],
        columns=[_("sub-measure"), _("default weight"), _("why")],
    )
