"""The rules a table must pass, as pandera checks built from the schema, and the problems they
report: each names file, row (as a spreadsheet numbers it), column, value and rule."""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd
import pandera.pandas as pa

from kizuna import countries, geo
from kizuna.frames import among
from kizuna.schema import FORMULA_PREFIXES, GRADES_ALLOWED, RECORD_LINK_TABLES, Field, Table


@dataclass(frozen=True)
class Problem:
    file: str
    rule: str
    row: int | None = None  # as a spreadsheet numbers it: the header is row 1
    column: str | None = None
    value: str | None = None
    severity: str = "error"

    def __str__(self) -> str:
        where = [self.file]
        if self.row is not None:
            where.append(f"row {self.row}")
        if self.column:
            where.append(f"column '{self.column}'")
        if self.value is not None:
            shown = self.value if len(self.value) <= 80 else self.value[:77] + "..."
            where.append(f"value {shown!r}")
        label = "warning" if self.severity == "warning" else "error"
        return f"{label}: {', '.join(where)}: {self.rule}"


_DATE_FORMS = {"year": r"\d{4}", "month": r"\d{4}-\d{2}", "day": r"\d{4}-\d{2}-\d{2}"}


_ID = r"[A-Za-z0-9][A-Za-z0-9-]*"


def _valid_dates(s: pd.Series) -> pd.Series:
    """_valid_date for a whole column at once (the loader's hot path at scale)."""
    text = s.astype("string").fillna("")
    ok = pd.Series(False, index=s.index)
    padded = {"year": text + "-01-01", "month": text + "-01", "day": text}
    for precision, form in _DATE_FORMS.items():
        shaped = text.str.fullmatch(form).fillna(False).astype(bool)
        parsed = pd.to_datetime(padded[precision].where(shaped), format="%Y-%m-%d", errors="coerce")
        ok |= shaped & parsed.notna()
    return ok


def _period_bounds(s: pd.Series) -> tuple[pd.Series, pd.Series]:
    """First and last day of each date's period (a year, a month or a day); NaT if none."""
    text = s.astype("string")
    length = text.str.len()
    padded = text.where(length != 4, text + "-01-01").where(length != 7, text + "-01")
    first = pd.to_datetime(padded, format="%Y-%m-%d", errors="coerce")
    last = first.where(length != 4, first + pd.offsets.YearEnd(0))
    last = last.where(length != 7, first + pd.offsets.MonthEnd(0))
    return first, last


def _is_number(s: pd.Series) -> pd.Series:
    return pd.to_numeric(s, errors="coerce").notna()


def _column_checks(f: Field, context: dict[str, set[str]]) -> list[pa.Check]:
    checks: list[pa.Check] = []
    if f.kind in ("id", "text", "url"):
        checks.append(
            pa.Check(
                lambda s: (
                    ~s.astype("string").fillna("").str.startswith(FORMULA_PREFIXES).astype(bool)
                ),
                error="starts with = + - @, a tab or a carriage return, which a spreadsheet "
                "would run as a formula; rephrase it",
            )
        )
    if f.kind == "id":
        checks.append(pa.Check.str_matches(f"^{_ID}$", error="ids use letters, digits and -"))
    elif f.kind in ("enum", "precision"):
        checks.append(pa.Check.isin(f.choices, error=f"must be one of: {', '.join(f.choices)}"))
    elif f.kind == "country":
        checks.append(
            pa.Check(
                lambda s: s.isin(countries.known_codes()),
                error="is not an ISO 3166-1 alpha-3 country code (or NATO, EUU)",
            )
        )
    elif f.kind == "date":
        checks.append(
            pa.Check(
                _valid_dates,
                error="is not a date written YYYY, YYYY-MM or YYYY-MM-DD",
            )
        )
    elif f.kind == "url":
        checks.append(pa.Check.str_matches(r"^https?://\S+$", error="is not an http(s) URL"))
    elif f.kind == "bool":
        checks.append(pa.Check.isin(("true", "false"), error="must be true or false"))
    elif f.kind in ("int", "float"):
        pattern = r"^-?\d+$" if f.kind == "int" else r"^-?\d+(\.\d+)?$"
        checks.append(pa.Check.str_matches(pattern, error=f"is not a number ({f.kind})"))
        if f.bounds:
            lo, hi = f.bounds
            checks.append(
                pa.Check(
                    lambda s, lo=lo, hi=hi: (
                        ~_is_number(s) | pd.to_numeric(s, errors="coerce").between(lo, hi)
                    ),
                    error=f"is out of range: must be between {lo:g} and {hi:g}",
                )
            )
    elif f.kind == "ref":
        target_table, target_column = f.refers_to.split(".")
        known = context.get(f.refers_to)
        if known is not None:
            wanted = list(known)
            checks.append(
                pa.Check(
                    lambda s, wanted=wanted: among(s, wanted) | s.isna(),
                    error=f"does not exist in {target_table}.csv (column {target_column})",
                )
            )
    return checks


def _precision_check(date_column: str) -> pa.Check:
    precision_column = f"{date_column}_precision"

    def matches(frame: pd.DataFrame) -> pd.Series:
        dates = frame[date_column].astype("string")
        precisions = frame[precision_column].astype("string")
        written_as = pd.Series(pd.NA, index=frame.index, dtype="string")
        for precision, form in _DATE_FORMS.items():
            written_as = written_as.mask(dates.str.fullmatch(form).fillna(False), precision)
        both_empty = dates.isna() & precisions.isna()
        agree = (written_as == precisions).fillna(False).astype(bool)
        # A malformed date is reported by its own column check; do not report it twice.
        malformed = dates.notna() & ~_valid_dates(frame[date_column])
        return both_empty | agree | malformed

    return pa.Check(
        matches,
        error=f"{precision_column}: precision does not match how {date_column} is "
        "written (day = YYYY-MM-DD, month = YYYY-MM, year = YYYY; both or neither)",
    )


def _ordering_check(earlier: str, later: str) -> pa.Check:
    def in_order(frame: pd.DataFrame) -> pd.Series:
        # Compare at the coarser of the two precisions: "2023" is not before "2023-05-01".
        # That is: the later date's period must not end before the earlier one's starts.
        first = _period_bounds(frame[earlier])[0]
        last = _period_bounds(frame[later])[1]
        return (first.isna() | last.isna() | (last >= first)).astype(bool)

    return pa.Check(in_order, error=f"{later}: {later} is before {earlier}")


def _record_link_check(context: dict[str, set[str]]) -> pa.Check:
    def exists(frame: pd.DataFrame) -> pd.Series:
        records = context.get("records", {})
        keys = {f"{t}|{r}" for t, ids in records.items() for r in ids}
        checked = frame["table"].isin(list(records))
        found = among((frame["table"].astype("str") + "|" + frame["record_id"]), keys)
        return (~checked | found).fillna(True).astype(bool)

    return pa.Check(exists, error="record_id: no record with this id in the table named in 'table'")


def _coordinates_check() -> pa.Check:
    def inside(frame: pd.DataFrame) -> pd.Series:
        ok = []
        for lat, lon, host, at_sea in zip(
            frame["lat"], frame["lon"], frame["host"], frame["at_sea"], strict=True
        ):
            try:
                point = float(lat), float(lon)
            except (TypeError, ValueError):
                point = None  # a missing or malformed number is reported by its column check
            if point is None or at_sea == "true" or pd.isna(host):
                ok.append(True)
            else:
                ok.append(geo.inside_country(host, *point) is not False)
        return pd.Series(ok, index=frame.index)

    return pa.Check(
        inside, error="lat: the point is outside the host country (mark at_sea true for a sea area)"
    )


def _host_check() -> pa.Check:
    def named(frame: pd.DataFrame) -> pd.Series:
        return frame["host"].notna() | frame["at_sea"].eq("true")

    return pa.Check(named, error="host: is empty, but a host is required unless at_sea is true")


def _role_check() -> pa.Check:
    def consistent(frame: pd.DataFrame) -> pd.Series:
        return (frame["country"].eq("JPN") == frame["role"].eq("Japan")).fillna(True).astype(bool)

    return pa.Check(consistent, error="role: is 'Japan' exactly when the country is JPN")


def _paired_check(first: str, second: str) -> pa.Check:
    def both_or_neither(frame: pd.DataFrame) -> pd.Series:
        return (frame[first].isna() == frame[second].isna()).astype(bool)

    return pa.Check(both_or_neither, error=f"{second}: give both {first} and {second}, or neither")


def _span_check() -> pa.Check:
    def ordered(frame: pd.DataFrame) -> pd.Series:
        lo = pd.to_numeric(frame["from_year"], errors="coerce")
        hi = pd.to_numeric(frame["to_year"], errors="coerce")
        return (lo.isna() | hi.isna() | (lo <= hi)).astype(bool)

    return pa.Check(ordered, error="to_year: to_year is before from_year")


def _grade_check() -> pa.Check:
    def allowed(frame: pd.DataFrame) -> pd.Series:
        pairs = zip(frame["assessment"], frame["information_credibility"], strict=True)
        return pd.Series(
            [a not in GRADES_ALLOWED or c in GRADES_ALLOWED[a] for a, c in pairs],
            index=frame.index,
            dtype=bool,
        )

    rule = "; ".join(f"{a}: {' or '.join(c)}" for a, c in GRADES_ALLOWED.items())
    return pa.Check(
        allowed,
        error=f"information_credibility: does not match the assessment (allowed: {rule})",
    )


def build_schema(table: Table, context: dict) -> pa.DataFrameSchema:
    columns = {
        f.name: pa.Column(
            "string",
            checks=_column_checks(f, context),
            nullable=not f.required,
            unique=f.unique,
            coerce=True,
            required=True,
        )
        for f in table.fields
    }
    frame_checks = [_precision_check(d) for d in table.date_fields if f"{d}_precision" in columns]
    frame_checks += [_ordering_check(a, b) for a, b in table.ordering]
    if table.name in RECORD_LINK_TABLES:
        frame_checks.append(_record_link_check(context))
    if table.name == "exercises":
        frame_checks += [_host_check(), _coordinates_check()]
    if table.name == "exercise_participants":
        frame_checks += [
            _role_check(),
            _paired_check("departed_lat", "departed_lon"),
            _paired_check("departed_from", "departed_lat"),
        ]
    if table.name in ("coverage", "series"):
        frame_checks.append(_span_check())
    if table.name == "claims":
        frame_checks.append(_grade_check())
    return pa.DataFrameSchema(columns, checks=frame_checks, strict=True, name=table.name)


_RULES = {
    "not_nullable": "is empty, but a value is required",
    "field_uniqueness": "is a duplicate: ids must be unique",
    "column_in_schema": "is not a column of this table (see the data dictionary)",
    "column_in_dataframe": "is missing from the file",
}


def problems_from(error: pa.errors.SchemaErrors, table: Table) -> list[Problem]:
    problems = []
    seen = set()
    named: set = set()
    cases = error.failure_cases.to_dict("records")
    filled = {(str(c["check"]), c["index"], c["column"]) for c in cases}
    for case in cases:
        check = str(case["check"])
        column = case["column"] if isinstance(case["column"], str) else None
        value = case["failure_case"]
        index = case["index"]
        row = int(index) + 2 if index is not None and not pd.isna(index) else None
        if case["schema_context"] == "DataFrameSchema" and check not in _RULES:
            subject, _, rule = check.partition(": ")
            if index is None or pd.isna(index):  # the check itself failed to run
                column, rule, value = subject, f"could not be checked ({value}): {rule}", None
            elif column != subject:
                # pandera lists a failing row once per non-empty cell: report it under the
                # check's own column, which is this case's only when that cell is filled.
                if (check, index) in named or (check, index, subject) in filled:
                    continue
                column, value = subject, None
            named.add((check, index))
        elif check in ("column_in_schema", "column_in_dataframe"):
            column, rule, value, row = str(value), _RULES[check], None, None
        else:
            rule = _RULES.get(check, check)
        if check.startswith("coerce_dtype") or check.startswith("dtype("):
            continue
        key = (row, column, rule)
        if key in seen:
            continue
        seen.add(key)
        shown = (
            None if value is None or (not isinstance(value, str) and pd.isna(value)) else str(value)
        )
        problems.append(Problem(table.file, rule, row=row, column=column, value=shown))
    return sorted(problems, key=lambda p: (p.row or 0, p.column or ""))
