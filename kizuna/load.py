"""Read every table, validate it against the schema with pandera, and type it.

A table with any error is withheld (never half-loaded) and its problems are kept, each naming
file, row, column, value and rule, so the pages that need it can show them while the other
pages keep working. Nothing here touches Streamlit.
"""

from __future__ import annotations

import hashlib
import io
import os
import pickle
import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import pandas as pd
import pandera.pandas as pa

from kizuna import countries, geo
from kizuna.schema import CITED_TABLES, RECORD_LINK_TABLES, TABLES, Field, Table, upstream

DEFAULT_DATA_DIR = Path(__file__).resolve().parent.parent / "data"
BOM = b"\xef\xbb\xbf"
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")
_DATE_FORMS = {"year": r"\d{4}", "month": r"\d{4}-\d{2}", "day": r"\d{4}-\d{2}-\d{2}"}
_ID = r"[A-Za-z0-9][A-Za-z0-9-]*"


def data_dir() -> Path:
    """The folder the app reads: $KIZUNA_DATA_DIR, else the repository's data/."""
    return Path(os.environ.get("KIZUNA_DATA_DIR") or DEFAULT_DATA_DIR)


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


@dataclass
class Dataset:
    """The usable tables, and every problem found, per table."""

    directory: Path
    tables: dict[str, pd.DataFrame] = field(default_factory=dict)
    problems: dict[str, list[Problem]] = field(default_factory=dict)

    @property
    def as_of(self) -> str:
        """The last day a source was read: the date of the data."""
        if "sources" not in self.tables or self.tables["sources"].empty:
            return "unknown"
        return self.tables["sources"]["accessed"].max().date().isoformat()

    def memo(self, key, compute, limit: int = 64):
        """A frame derived from the tables, computed once per dataset and key: the dataset is
        shared read-only by every session, so what is derived from it can be too. At most
        ``limit`` keys are kept; the oldest is dropped first."""
        derived = self.__dict__.setdefault("_derived", {})
        if key not in derived:
            if len(derived) >= limit:
                derived.pop(next(iter(derived)))
            derived[key] = compute()
        return derived[key]

    def ok(self, *names: str) -> bool:
        return all(n in self.tables for n in names)

    def errors(self, *names: str) -> list[Problem]:
        """Problems that keep any of these tables (or a table they rest on) from loading."""
        found: list[Problem] = []
        for n in _with_upstream(names):
            found += [p for p in self.problems.get(n, []) if p.severity == "error"]
        return found

    def warnings(self, *names: str) -> list[Problem]:
        return [p for n in names for p in self.problems.get(n, []) if p.severity == "warning"]

    def all_problems(self) -> list[Problem]:
        return [p for n in TABLES for p in self.problems.get(n, [])]

    def __getitem__(self, name: str) -> pd.DataFrame:
        return self.tables[name]


def _with_upstream(names) -> list[str]:
    seen: list[str] = []
    stack = list(names)
    while stack:
        n = stack.pop()
        if n not in seen:
            seen.append(n)
            stack += sorted(upstream(n))
    return seen


# -- reading ------------------------------------------------------------------------------------


def read_text(path: Path) -> tuple[str | None, list[Problem]]:
    name = path.name
    if not path.exists():
        return None, [Problem(name, f"the file is missing from {path.parent}")]
    raw = path.read_bytes()
    problems = []
    if raw.startswith(BOM):
        raw = raw[len(BOM) :]
        problems.append(
            Problem(
                name,
                "the file starts with a UTF-8 byte-order mark (BOM); it was ignored, "
                "but save the file as plain UTF-8",
                row=1,
                severity="warning",
            )
        )
    try:
        return raw.decode("utf-8"), problems
    except UnicodeDecodeError as e:
        line = raw[: e.start].count(b"\n") + 1
        bad = raw[e.start : e.end]
        return None, problems + [
            Problem(
                name,
                f"the file is not valid UTF-8 (byte {bad.hex(' ')} at offset {e.start})"
                "; save it as UTF-8",
                row=line,
                value=bad.decode("latin-1"),
            )
        ]


def read_raw(path: Path, table: Table) -> tuple[pd.DataFrame | None, list[Problem]]:
    """The table as strings (missing cells as NA), or None with the reason."""
    text, problems = read_text(path)
    if text is None:
        return None, problems
    try:
        frame = pd.read_csv(
            io.StringIO(text),
            dtype=str,
            keep_default_na=False,
            na_values=[""],
            skip_blank_lines=True,
        )
    except (pd.errors.ParserError, pd.errors.EmptyDataError) as e:
        return None, problems + [Problem(path.name, f"the file is not a readable CSV table ({e})")]
    frame.columns = [str(c) for c in frame.columns]
    return frame, problems


# -- checks -------------------------------------------------------------------------------------


def _valid_date(value: str) -> bool:
    for form in _DATE_FORMS.values():
        if re.fullmatch(form, value):
            parts = [int(p) for p in value.split("-")] + [1, 1]
            try:
                date(parts[0], parts[1], parts[2])
            except ValueError:
                return False
            return True
    return False


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
            checks.append(
                pa.Check.isin(
                    known, error=f"does not exist in {target_table}.csv (column {target_column})"
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
        found = (frame["table"].astype("string") + "|" + frame["record_id"]).isin(keys)
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
    if table.name == "coverage":
        frame_checks.append(_span_check())
    return pa.DataFrameSchema(columns, checks=frame_checks, strict=True, name=table.name)


_RULES = {
    "not_nullable": "is empty, but a value is required",
    "field_uniqueness": "is a duplicate: ids must be unique",
    "column_in_schema": "is not a column of this table (see the data dictionary)",
    "column_in_dataframe": "is missing from the file",
}


def _problems_from(error: pa.errors.SchemaErrors, table: Table) -> list[Problem]:
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


# -- typing -------------------------------------------------------------------------------------


def _parse_date(value) -> pd.Timestamp:
    if pd.isna(value):
        return pd.NaT
    parts = str(value).split("-")
    return pd.Timestamp(
        int(parts[0]),
        int(parts[1]) if len(parts) > 1 else 1,
        int(parts[2]) if len(parts) > 2 else 1,
    )


def typed(frame: pd.DataFrame, table: Table) -> pd.DataFrame:
    """Strings to the types analysis needs: dates become the first day of their period (the
    precision column says how much of it is known)."""
    out = pd.DataFrame(index=frame.index)
    for f in table.fields:
        s = frame[f.name]
        if f.kind == "date":
            out[f.name] = pd.to_datetime(s.map(_parse_date, na_action="ignore"))
        elif f.kind == "int":
            out[f.name] = pd.to_numeric(s).astype("Int64")
        elif f.kind == "float":
            out[f.name] = pd.to_numeric(s).astype("float64")
        elif f.kind == "bool":
            out[f.name] = s.eq("true")
        else:
            out[f.name] = s.astype("string")
    return out.reset_index(drop=True)


# -- the whole dataset --------------------------------------------------------------------------


def data_version(directory: Path) -> str:
    """A digest of every table file and of the code that validates them: the same digest, the
    same validated dataset."""
    digest = hashlib.sha256()
    for code in (Path(__file__), Path(__file__).with_name("schema.py")):
        digest.update(code.read_bytes())
    for name, table in TABLES.items():
        path = directory / table.file
        digest.update(name.encode())
        digest.update(path.read_bytes() if path.exists() else b"<missing>")
    return digest.hexdigest()[:16]


def load_cached(directory: Path | str | None, cache_dir: Path) -> Dataset:
    """load(), but a dataset already validated is read back from ``cache_dir`` (pickled by this
    process's own code, keyed by data_version): a restart skips pandera, about 1.3 s at the
    shipped size. A cache file that cannot be read is ignored and rewritten."""
    directory = Path(directory) if directory is not None else data_dir()
    path = Path(cache_dir) / f"dataset-{data_version(directory)}.pkl"
    try:
        with path.open("rb") as f:
            tables, problems = pickle.load(f)
        dataset = Dataset(directory, tables=tables, problems=problems)
        return dataset
    except (OSError, EOFError, pickle.UnpicklingError, ValueError, TypeError, AttributeError):
        pass
    dataset = load(directory)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        partial = path.with_suffix(f".{os.getpid()}.tmp")
        with partial.open("wb") as f:
            pickle.dump((dataset.tables, dataset.problems), f, protocol=pickle.HIGHEST_PROTOCOL)
        partial.replace(path)  # atomic: a reader never sees half a file
    except OSError:
        pass  # a read-only checkout still works, validating on every start
    return dataset


def load(directory: Path | str | None = None) -> Dataset:
    directory = Path(directory) if directory is not None else data_dir()
    dataset = Dataset(directory)
    raw: dict[str, pd.DataFrame] = {}
    context: dict = {"records": {}}
    for name, table in TABLES.items():
        frame, problems = read_raw(directory / table.file, table)
        dataset.problems[name] = problems
        if frame is None:
            continue
        broken_upstream = [u for u in sorted(upstream(name)) if u not in raw]
        if broken_upstream:
            dataset.problems[name].append(
                Problem(
                    table.file,
                    "not checked: it refers to "
                    + ", ".join(f"{u}.csv" for u in broken_upstream)
                    + ", which has errors",
                )
            )
            continue
        if table.key and table.key in frame:
            context[f"{name}.{table.key}"] = set(frame[table.key].dropna())  # self-references
        try:
            build_schema(table, context).validate(frame, lazy=True)
        except pa.errors.SchemaErrors as e:
            dataset.problems[name] += _problems_from(e, table)
            continue
        except pa.errors.SchemaError as e:  # raised instead of SchemaErrors for some frame faults
            dataset.problems[name].append(Problem(table.file, str(e).splitlines()[0]))
            continue
        raw[name] = frame
        if name in CITED_TABLES:
            context["records"][name] = context[f"{name}.{table.key}"]
    _check_citation_coverage(raw, dataset)
    _check_sides(raw, dataset, "agreements", "agreement_parties", "a party besides Japan")
    _check_sides(raw, dataset, "exercises", "exercise_participants", "a partner (role 'partner')")
    for name, frame in raw.items():
        if not any(p.severity == "error" for p in dataset.problems[name]):
            dataset.tables[name] = typed(frame, TABLES[name])
    return dataset


def _check_citation_coverage(raw: dict[str, pd.DataFrame], dataset: Dataset) -> None:
    """Every record of a cited table names at least one source in citations.csv."""
    if "citations" not in raw:
        return
    cited = raw["citations"].groupby("table")["record_id"].agg(set).to_dict()
    for name in CITED_TABLES:
        if name not in raw:
            continue
        table = TABLES[name]
        for index, record_id in raw[name][table.key].items():
            if record_id not in cited.get(name, set()):
                dataset.problems[name].append(
                    Problem(
                        table.file,
                        "has no source: add a row for it to citations.csv",
                        row=int(index) + 2,
                        column=table.key,
                        value=record_id,
                    )
                )


def _check_sides(raw, dataset: Dataset, records: str, links: str, other: str) -> None:
    """An agreement binds Japan and another party; an exercise brings Japan's forces together
    with at least one partner's. A record whose link rows say otherwise is refused."""
    if records not in raw or links not in raw:
        return
    key = TABLES[records].key
    rows = raw[links]
    if "role" in rows:
        partners = rows.loc[rows["role"].eq("partner"), key]
    else:
        partners = rows.loc[rows["country"].ne("JPN"), key]
    with_japan = set(rows.loc[rows["country"].eq("JPN"), key])
    with_other = set(partners)
    for index, record_id in raw[records][key].items():
        missing = [
            what
            for what, ids in (("Japan (JPN)", with_japan), (other, with_other))
            if record_id not in ids
        ]
        if missing:
            dataset.problems[records].append(
                Problem(
                    TABLES[records].file,
                    f"{links}.csv does not list " + " or ".join(missing) + " for it",
                    row=int(index) + 2,
                    column=key,
                    value=record_id,
                )
            )
