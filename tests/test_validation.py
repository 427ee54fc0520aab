"""Each malformed-data case: the loader names file, row, column, value and rule, withholds only
the broken table, and the command-line validator exits non-zero."""

import csv
import subprocess
import sys
from pathlib import Path

import pytest

from kizuna.load import load
from kizuna.schema import TABLES


def rewrite(directory: Path, table: str, change) -> None:
    path = directory / f"{table}.csv"
    with path.open(newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
        header = list(rows[0].keys()) if rows else TABLES[table].columns
    header, rows = change(header, rows)
    with path.open("w", newline="", encoding="utf-8") as f:
        writer = csv.DictWriter(f, fieldnames=header)
        writer.writeheader()
        writer.writerows(rows)


def set_cell(table, row, column, value):
    def change(header, rows):
        rows[row][column] = value
        return header, rows

    return lambda d: rewrite(d, table, change)


def drop_column(table, column):
    def change(header, rows):
        for r in rows:
            r.pop(column)
        return [h for h in header if h != column], rows

    return lambda d: rewrite(d, table, change)


def add_column(table, column):
    def change(header, rows):
        for r in rows:
            r[column] = "x"
        return header + [column], rows

    return lambda d: rewrite(d, table, change)


def duplicate_row(table, row):
    def change(header, rows):
        return header, rows + [dict(rows[row])]

    return lambda d: rewrite(d, table, change)


def drop_rows(table, column, value):
    def change(header, rows):
        return header, [r for r in rows if r[column] != value]

    return lambda d: rewrite(d, table, change)


def write_bytes(table, transform):
    def apply(d):
        path = d / f"{table}.csv"
        path.write_bytes(transform(path.read_bytes()))

    return apply


def remove(table):
    return lambda d: (d / f"{table}.csv").unlink()


# (id, mutation, table that breaks, expected fragments of one message)
CASES = [
    (
        "missing column",
        drop_column("exercises", "domain"),
        "exercises",
        ["exercises.csv", "column 'domain'", "is missing from the file"],
    ),
    (
        "unknown column",
        add_column("agreements", "remarks"),
        "agreements",
        ["agreements.csv", "column 'remarks'", "is not a column of this table"],
    ),
    (
        "empty required cell",
        set_cell("exercises", 0, "location", ""),
        "exercises",
        ["exercises.csv", "row 2", "column 'location'", "a value is required"],
    ),
    (
        "bad date",
        set_cell("agreements", 0, "signed", "2022-02-30"),
        "agreements",
        ["agreements.csv", "row 2", "column 'signed'", "'2022-02-30'", "is not a date"],
    ),
    (
        "end before start",
        set_cell("exercises", 0, "end", "2023-06-01"),
        "exercises",
        ["exercises.csv", "row 2", "column 'end'", "'2023-06-01'", "end is before start"],
    ),
    (
        "precision contradicts date",
        set_cell("agreements", 0, "signed_precision", "month"),
        "agreements",
        [
            "agreements.csv",
            "row 2",
            "column 'signed_precision'",
            "'month'",
            "precision does not match",
        ],
    ),
    (
        "unknown ISO code",
        set_cell("agreement_parties", 1, "country", "AUT1"),
        "agreement_parties",
        [
            "agreement_parties.csv",
            "row 3",
            "column 'country'",
            "'AUT1'",
            "not an ISO 3166-1 alpha-3",
        ],
    ),
    (
        "latitude out of range",
        set_cell("exercises", 0, "lat", "135.29"),
        "exercises",
        ["exercises.csv", "row 2", "column 'lat'", "'135.29'", "between -90 and 90"],
    ),
    (
        "longitude out of range",
        set_cell("exercises", 1, "lon", "-239.67"),
        "exercises",
        ["exercises.csv", "row 3", "column 'lon'", "'-239.67'", "between -180 and 180"],
    ),
    (
        "point outside host country",
        set_cell("exercises", 0, "lon", "39.67"),
        "exercises",
        ["exercises.csv", "row 2", "column 'lat'", "outside the host country"],
    ),
    (
        "duplicate id",
        duplicate_row("sources", 0),
        "sources",
        ["sources.csv", "row 5", "column 'source_id'", "'mofa-20230808-aus-raa'", "duplicate"],
    ),
    (
        "dangling source id",
        set_cell("citations", 0, "source_id", "no-such-source"),
        "citations",
        [
            "citations.csv",
            "row 2",
            "column 'source_id'",
            "'no-such-source'",
            "does not exist in sources.csv",
        ],
    ),
    (
        "dangling agreement id",
        set_cell("agreement_parties", 0, "agreement_id", "NOPE"),
        "agreement_parties",
        [
            "agreement_parties.csv",
            "row 2",
            "column 'agreement_id'",
            "'NOPE'",
            "does not exist in agreements.csv",
        ],
    ),
    (
        "exercise without a partner",
        set_cell("exercise_participants", 0, "role", "co-participant"),
        "exercises",
        ["exercises.csv", "row 2", "'ITA-2023-MOROSINI'", "does not list a partner"],
    ),
    (
        "exercise stripped of its participants",
        drop_rows("exercise_participants", "exercise_id", "ITA-2024-CAVOUR"),
        "exercises",
        ["exercises.csv", "row 3", "'ITA-2024-CAVOUR'", "does not list Japan (JPN) or a partner"],
    ),
    (
        "agreement without a party besides Japan",
        drop_rows("agreement_parties", "country", "AUS"),
        "agreements",
        ["agreements.csv", "row 2", "'AUS-RAA'", "does not list a party besides Japan"],
    ),
    (
        "Japan under another role",
        set_cell("exercise_participants", 1, "role", "partner"),
        "exercise_participants",
        ["exercise_participants.csv", "row 3", "role", "'Japan' exactly when the country is JPN"],
    ),
    (
        "departure without coordinates",
        set_cell("exercise_participants", 0, "departed_from", "La Spezia"),
        "exercise_participants",
        ["exercise_participants.csv", "row 2", "give both departed_from and departed_lat"],
    ),
    (
        "roster row matching no record",
        set_cell("reference/rosters", 0, "record_id", "AUS-RAA-1999"),
        "rosters",
        ["reference/rosters.csv", "row 2", "no record with this id"],
    ),
    (
        "dangling exercise id",
        set_cell("exercise_participants", 0, "exercise_id", "EX-404"),
        "exercise_participants",
        ["exercise_participants.csv", "row 2", "'EX-404'", "does not exist in exercises.csv"],
    ),
    (
        "dangling cited record",
        set_cell("citations", 1, "record_id", "EX-404"),
        "citations",
        ["citations.csv", "row 3", "column 'record_id'", "no record with this id"],
    ),
    (
        "value outside an enum",
        set_cell("exercises", 0, "domain", "underwater"),
        "exercises",
        ["exercises.csv", "row 2", "column 'domain'", "'underwater'", "must be one of: air"],
    ),
    (
        "reliability outside A-F",
        set_cell("claims", 0, "source_reliability", "G"),
        "claims",
        ["claims.csv", "row 2", "column 'source_reliability'", "'G'", "must be one of: A, B"],
    ),
    (
        "credibility outside 1-6",
        set_cell("claims", 0, "information_credibility", "7"),
        "claims",
        ["claims.csv", "row 2", "column 'information_credibility'", "'7'", "must be one of: 1"],
    ),
    (
        "formula injection",
        set_cell("exercises", 0, "notes", '=HYPERLINK("http://x")'),
        "exercises",
        ["exercises.csv", "row 2", "column 'notes'", "=HYPERLINK", "formula"],
    ),
    (
        "formula injection with @",
        set_cell("sources", 1, "title", "@SUM(A1)"),
        "sources",
        ["sources.csv", "row 3", "column 'title'", "formula"],
    ),
    (
        "non-UTF-8 file",
        write_bytes("claims", lambda b: b.replace(b"Adnkronos", b"Adnkr\xf6nos")),
        "claims",
        ["claims.csv", "row 2", "not valid UTF-8", "byte f6"],
    ),
    ("missing table file", remove("events"), "events", ["events.csv", "the file is missing"]),
    (
        "record without a source",
        set_cell("citations", 2, "record_id", "ITA-2023-MOROSINI"),
        "exercises",
        ["exercises.csv", "row 3", "column 'exercise_id'", "'ITA-2024-CAVOUR'", "has no source"],
    ),
    (
        "ragged row",
        write_bytes("events", lambda b: b + b"a,b,c,d,e,f,g,h,i\n"),
        "events",
        ["events.csv", "not a readable CSV"],
    ),
]


def test_valid_fixture_loads_every_table(valid_dir):
    dataset = load(valid_dir)
    assert dataset.all_problems() == []
    assert set(dataset.tables) == set(TABLES)


@pytest.mark.parametrize(
    "mutate, broken, fragments", [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_fault_is_named_and_only_its_table_withheld(valid_dir, mutate, broken, fragments):
    mutate(valid_dir)
    dataset = load(valid_dir)
    messages = [str(p) for p in dataset.problems[broken]]
    assert any(all(f in m for f in fragments) for m in messages), messages
    assert broken not in dataset.tables
    # Tables that neither are the broken one nor rest on it still load.
    independent = {"sources", "agreements", "exercises", "claims", "events"} - {broken}
    if broken != "sources":
        assert independent <= set(dataset.tables), dataset.all_problems()


def test_bom_is_a_warning_and_the_table_still_loads(valid_dir):
    path = valid_dir / "events.csv"
    path.write_bytes(b"\xef\xbb\xbf" + path.read_bytes())
    dataset = load(valid_dir)
    (problem,) = dataset.problems["events"]
    assert problem.severity == "warning" and "byte-order mark" in str(problem)
    assert list(dataset["events"].columns) == TABLES["events"].columns


def test_broken_sources_withhold_the_tables_that_cite_them(valid_dir):
    set_cell("sources", 0, "url", "not a url")(valid_dir)
    dataset = load(valid_dir)
    assert "citations" not in dataset.tables
    assert any("sources.csv" in str(p) for p in dataset.errors("citations"))
    assert dataset.ok("exercises", "agreements")


def run_cli(directory):
    return subprocess.run(
        [sys.executable, "-m", "kizuna.validate", str(directory)],
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_cli_passes_on_valid_data(valid_dir):
    result = run_cli(valid_dir)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 problem(s)" in result.stdout


@pytest.mark.parametrize(
    "mutate, broken, fragments", [c[1:] for c in CASES[::4]], ids=[c[0] for c in CASES[::4]]
)
def test_cli_fails_and_prints_the_message(valid_dir, mutate, broken, fragments):
    mutate(valid_dir)
    result = run_cli(valid_dir)
    assert result.returncode == 1
    assert "Traceback" not in result.stdout + result.stderr
    assert any(all(f in line for f in fragments) for line in result.stdout.splitlines())


def test_the_dataset_version_follows_the_data_and_the_libraries(valid_dir, monkeypatch):
    """Views are kept per dataset version: a changed table, or an upgraded library that
    validates or types them, gives another version (and so fresh views)."""
    from kizuna import load as loader

    first = loader.load(valid_dir).version
    assert loader.load(valid_dir).version == first
    real = loader.metadata.version
    monkeypatch.setattr(
        loader.metadata, "version", lambda name: "0.0" if name == "pandera" else real(name)
    )
    assert loader.version(valid_dir) != first
    monkeypatch.undo()
    set_cell("exercises", 0, "domain", "air")(valid_dir)
    assert loader.version(valid_dir) != first
