"""Column headers in the analyst's words, and the vocabulary values of a table, in the reader's
language. The screen shows them; a download keeps its values as recorded, with its headers in
the reader's words when the language is not English (in English, as recorded)."""

from __future__ import annotations

import pandas as pd

from kizuna import export, i18n
from kizuna.i18n import N_, _

# Every column a table or a chart's data may carry, by name: what its header says.
HEADERS = {
    "accessed": N_("Accessed"),
    "agreed": N_("Agreed"),
    "agreed_in_principle": N_("Agreed in principle"),
    "agreement": N_("Agreement"),
    "agreement_id": N_("Agreement id"),
    "agreements": N_("Agreements"),
    "aircraft": N_("Aircraft"),
    "amends": N_("Amends"),
    "amount_jpy": N_("Amount (¥)"),
    "announced": N_("Announced"),
    "assessment": N_("Assessment"),
    "assessment_note": N_("Assessment note"),
    "assistance": N_("Assistance"),
    "assistance_id": N_("Assistance id"),
    "at_sea": N_("At sea"),
    "author": N_("Author"),
    "band": N_("Band"),
    "best_rank": N_("Best rank"),
    "chain": N_("Chain"),
    "claim": N_("Claim"),
    "claim_date": N_("Claimed"),
    "claim_id": N_("Claim id"),
    "claim_ids": N_("Claim ids"),
    "claimant": N_("Claimant"),
    "claims": N_("Claims"),
    "colour_group": N_("Colour group"),
    "commitments": N_("Commitments"),
    "countries": N_("Countries"),
    "date": N_("Date"),
    "dated": N_("Dated"),
    "delivered": N_("Delivered"),
    "dialogue": N_("Dialogue"),
    "distance_km": N_("Distance (km)"),
    "domain": N_("Domain"),
    "end": N_("End"),
    "ended": N_("Ended"),
    "exercise_id": N_("Exercise id"),
    "exercises": N_("Exercises"),
    "first": N_("First"),
    "fiscal_year": N_("Fiscal year"),
    "grade": N_("Grade"),
    "host": N_("Host"),
    "in force": N_("In force"),
    "in_force": N_("In force"),
    "index": N_("Index"),
    "industry": N_("Industry"),
    "information_credibility": N_("Credibility (1–6)"),
    "instrument": N_("Instrument"),
    "kind": N_("Kind"),
    "label": N_("Label"),
    "lane": N_("Lane"),
    "lat": N_("Lat"),
    "lead_partner": N_("Lead partner"),
    "location": N_("Location"),
    "lon": N_("Lon"),
    "measured_from": N_("Measured from"),
    "milestone": N_("Milestone"),
    "milestone_id": N_("Milestone id"),
    "milestones": N_("Milestones"),
    "name": N_("Name"),
    "negotiations opened": N_("Negotiations opened"),
    "negotiations_opened": N_("Negotiations opened"),
    "notes": N_("Notes"),
    "notes_exchanged": N_("Notes exchanged"),
    "operations": N_("Operations"),
    "partner": N_("Partner"),
    "partner_name": N_("Partner name"),
    "personnel": N_("Personnel"),
    "precision": N_("Precision"),
    "programme": N_("Programme"),
    "provides": N_("Provides"),
    "published": N_("Published"),
    "publisher": N_("Publisher"),
    "quote": N_("Quote"),
    "rank": N_("Rank"),
    "recipient": N_("Recipient"),
    "recipient_force": N_("Recipient force"),
    "record_id": N_("Record id"),
    "records": N_("Records"),
    "replaces": N_("Replaces"),
    "restated later": N_("Restated later"),
    "restates": N_("Restates"),
    "revises": N_("Revises"),
    "role": N_("Role"),
    "row": N_("Row"),
    "sentence": N_("Sentence"),
    "series": N_("Series"),
    "ships": N_("Ships"),
    "side": N_("Side"),
    "signed": N_("Signed"),
    "source_id": N_("Source id"),
    "source_ids": N_("Source ids"),
    "source_reliability": N_("Source reliability (A–F)"),
    "source_urls": N_("Source links"),
    "sources": N_("Sources"),
    "stage": N_("Stage"),
    "start": N_("Start"),
    "statement": N_("Statement"),
    "status": N_("Status"),
    "step": N_("Step"),
    "subject": N_("Subject"),
    "table": N_("Table"),
    "target_year": N_("Target year"),
    "title": N_("Title"),
    "title_ja": N_("Japanese title (official)"),
    "type": N_("Type"),
    "url": N_("Link"),
    "verdict": N_("Verdict"),
    "what": N_("What"),
    "when": N_("When"),
    # i18n: a column saying whether a programme is shared with Japan (as the English has it)
    "with Japan": N_("With japan"),
    "worst_rank": N_("Worst rank"),
    "year": N_("Year"),
}

# Columns whose values are vocabulary (translated on screen, kept as recorded in downloads).
VOCABULARY_COLUMNS = (
    "type",
    "domain",
    "kind",
    "assessment",
    "role",
    "stage",
    "status",
    "grade",
    "with Japan",
)
# Values the views write into those columns that no vocabulary of the schema lists.
VIEW_VALUES = (
    N_("yes"),
    N_("no"),
    N_("agreement"),
    N_("statement"),
    N_("2+2"),
    N_("policy event"),
    N_("programme"),
    N_("programme target"),
    N_("fact-check"),
)


def header(column: str) -> str:
    """'in_force' -> 'In force', 'agreement_id' -> 'Agreement id': the analyst's words, in the
    reader's language; a vocabulary word as a column (an agreement type) in its own word."""
    if column in HEADERS:
        return _(HEADERS[column])
    word = _(column)
    if word != column or column != column.lower():  # translated, or written for the reader
        return word
    return column.replace("_", " ").strip().capitalize()


def value(column: str, v):
    """A cell as the reader reads it: a vocabulary word in the reader's language."""
    return _(v) if column in VOCABULARY_COLUMNS and isinstance(v, str) and v else v


def vocabulary(frame: pd.DataFrame) -> pd.DataFrame:
    """The frame with the vocabulary of its vocabulary columns in the reader's language."""
    if i18n.language() == i18n.DEFAULT:
        return frame
    out = frame.copy(deep=False)
    for column in VOCABULARY_COLUMNS:
        if column in out:
            out[column] = out[column].map(lambda v, c=column: value(c, v))
    return out


def download_header(column: str) -> str:
    """A download's header in the reader's words (a date's precision beside its date)."""
    if column.endswith("_precision"):
        date = header(column.removesuffix("_precision"))
        return _("{column} precision").format(column=date)
    return header(column)


def for_download(frame: pd.DataFrame) -> pd.DataFrame:
    """What a CSV or XLSX holds: the values as recorded; the headers as recorded in English, in
    the reader's words in another language (dates written at their precision first, as the
    precision columns name the dates they belong to)."""
    if i18n.language() == i18n.DEFAULT:
        return frame
    out = export.for_export(frame)
    names: list[str] = []
    for column in out.columns:
        name = download_header(str(column))
        names.append(name if name not in names else f"{name} ({column})")
    out.columns = names
    return out
