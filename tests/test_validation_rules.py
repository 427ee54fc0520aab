"""The rules a table must pass (kizuna.rules), on tables of a few rows written out here: each
fault is reported once, naming file, row (as a spreadsheet numbers it: the header is row 1),
column, value and rule."""

import io

import pandas as pd
import pandera.pandas as pa
import pytest

from kizuna import rules
from kizuna.rules import Problem
from kizuna.schema import Field, Table


def read(text: str) -> pd.DataFrame:
    """CSV text as the loader reads it: every cell a string, an empty cell missing."""
    return pd.read_csv(io.StringIO(text), dtype=str, keep_default_na=False, na_values=[""])


def problems(table: Table, text: str, context: dict | None = None) -> list[str]:
    try:
        rules.build_schema(table, context or {"records": {}}).validate(read(text), lazy=True)
    except pa.errors.SchemaErrors as e:
        return [str(p) for p in rules.problems_from(e, table)]
    return []


ITEMS = Table(
    "items",
    "Every kind of column.",
    (
        Field("item_id", "id", "Id.", required=True, unique=True),
        Field("title", "text", "Title."),
        Field("kind", "enum", "Kind.", choices=("small", "large")),
        Field("country", "country", "Country."),
        Field("held", "date", "When."),
        Field("held_precision", "precision", "How precisely.", choices=("year", "month", "day")),
        Field("url", "url", "Address."),
        Field("at_sea", "bool", "At sea."),
        Field("ships", "int", "Ships.", bounds=(0, 50)),
        Field("lat", "float", "Latitude.", bounds=(-90, 90)),
        Field("parent", "ref", "Parent.", refers_to="items.item_id"),
    ),
)
HEADER = "item_id,title,kind,country,held,held_precision,url,at_sea,ships,lat,parent\n"
GOOD = "A-1,Title,small,ITA,2023-08,month,https://example.org/a,true,3,35.5,\n"


def test_good_rows_pass():
    child = GOOD.replace("A-1,", "B-2,").replace(",\n", ",A-1\n")  # refers to A-1
    context = {"records": {}, "items.item_id": {"A-1", "B-2"}}
    assert problems(ITEMS, HEADER + GOOD + child, context) == []


@pytest.mark.parametrize(
    "row, said",
    [
        (
            "-1,=SUM(A1),small,ITA,2023,year,https://e.org,true,3,1.5,",
            [
                "error: items.csv, row 2, column 'item_id', value '-1': starts with = + - @, "
                "a tab or a carriage return, which a spreadsheet would run as a formula; "
                "rephrase it",
                "error: items.csv, row 2, column 'item_id', value '-1': ids use letters, "
                "digits and -",
                "error: items.csv, row 2, column 'title', value '=SUM(A1)': starts with = + - @, "
                "a tab or a carriage return, which a spreadsheet would run as a formula; "
                "rephrase it",
            ],
        ),
        (
            "A-1,T,medium,XXX,2023-02-30,day,ftp://e.org,yes,3.5,91,",
            [
                "error: items.csv, row 2, column 'at_sea', value 'yes': must be true or false",
                "error: items.csv, row 2, column 'country', value 'XXX': is not an ISO 3166-1 "
                "alpha-3 country code (or NATO, EUU)",
                "error: items.csv, row 2, column 'held', value '2023-02-30': is not a date "
                "written YYYY, YYYY-MM or YYYY-MM-DD",
                "error: items.csv, row 2, column 'kind', value 'medium': must be one of: "
                "small, large",
                "error: items.csv, row 2, column 'lat', value '91': is out of range: must be "
                "between -90 and 90",
                "error: items.csv, row 2, column 'ships', value '3.5': is not a number (int)",
                "error: items.csv, row 2, column 'url', value 'ftp://e.org': is not an http(s) URL",
            ],
        ),
        (
            "A-1,T,small,ITA,2023,month,https://e.org,false,51,-90,",
            [
                "error: items.csv, row 2, column 'held_precision', value 'month': precision "
                "does not match how held is written (day = YYYY-MM-DD, month = YYYY-MM, year = "
                "YYYY; both or neither)",
                "error: items.csv, row 2, column 'ships', value '51': is out of range: must be "
                "between 0 and 50",
            ],
        ),
        (
            "A-1,T,small,ITA,,day,https://e.org,false,0,1.x,",
            [
                "error: items.csv, row 2, column 'held_precision', value 'day': precision "
                "does not match how held is written (day = YYYY-MM-DD, month = YYYY-MM, year = "
                "YYYY; both or neither)",
                "error: items.csv, row 2, column 'lat', value '1.x': is not a number (float)",
            ],
        ),
        (
            "A-1,T,small,ITA,2023,week,=HYPERLINK(1),false,0,0,",
            [
                "error: items.csv, row 2, column 'held_precision', value 'week': precision "
                "does not match how held is written (day = YYYY-MM-DD, month = YYYY-MM, year = "
                "YYYY; both or neither)",
                "error: items.csv, row 2, column 'held_precision', value 'week': must be one "
                "of: year, month, day",
                "error: items.csv, row 2, column 'url', value '=HYPERLINK(1)': starts with = + "
                "- @, a tab or a carriage return, which a spreadsheet would run as a formula; "
                "rephrase it",
                "error: items.csv, row 2, column 'url', value '=HYPERLINK(1)': is not an "
                "http(s) URL",
            ],
        ),
    ],
    ids=[
        "formulas and ids",
        "each kind's own rule",
        "precision and bounds",
        "one of a pair",
        "precision word, formula in a link",
    ],
)
def test_each_fault_is_named_once(row, said):
    assert problems(ITEMS, HEADER + row + "\n") == said


def test_a_malformed_date_is_not_also_a_precision_fault():
    text = HEADER + "A-1,T,small,ITA,2023-13,month,https://e.org,false,0,0,\n"
    assert problems(ITEMS, text) == [
        "error: items.csv, row 2, column 'held', value '2023-13': is not a date written YYYY, "
        "YYYY-MM or YYYY-MM-DD"
    ]


def test_required_unique_missing_and_unknown_columns_and_references():
    text = HEADER + GOOD + GOOD.replace("A-1,", ",") + GOOD.replace(",\n", ",B-9\n")
    assert problems(ITEMS, text, {"records": {}, "items.item_id": {"A-1"}}) == [
        "error: items.csv, row 2, column 'item_id', value 'A-1': is a duplicate: ids must be "
        "unique",
        "error: items.csv, row 3, column 'item_id': is empty, but a value is required",
        "error: items.csv, row 4, column 'item_id', value 'A-1': is a duplicate: ids must be "
        "unique",
        "error: items.csv, row 4, column 'parent', value 'B-9': does not exist in items.csv "
        "(column item_id)",
    ]
    renamed = HEADER.replace("title", "name") + GOOD
    assert problems(ITEMS, renamed) == [
        "error: items.csv, column 'name': is not a column of this table (see the data dictionary)",
        "error: items.csv, column 'title': is missing from the file",
    ]


def test_without_the_referred_ids_a_reference_is_not_checked():
    assert problems(ITEMS, HEADER + GOOD.replace(",\n", ",B-9\n")) == []


def test_dates_in_order_at_the_coarser_precision():
    table = Table(
        "spans",
        "Two dates.",
        (
            Field("start", "date", "Start."),
            Field("start_precision", "precision", "P.", choices=("year", "month", "day")),
            Field("end", "date", "End."),
            Field("end_precision", "precision", "P.", choices=("year", "month", "day")),
        ),
        ordering=(("start", "end"),),
    )
    head = "start,start_precision,end,end_precision\n"
    fine = [
        "2023-05-01,day,2023,year",  # 2023 is not before 1 May 2023
        "2023-05-31,day,2023-05,month",
        "2023,year,2023-01-01,day",
        "2023-12,month,2023-12-31,day",
        ",,2020,year",
        "2023,year,,",
    ]
    assert problems(table, head + "\n".join(fine) + "\n") == []
    malformed = head + "2023-13,month,2024,year\n"  # reported by its column check alone
    assert problems(table, malformed) == [
        "error: spans.csv, row 2, column 'start', value '2023-13': is not a date written YYYY, "
        "YYYY-MM or YYYY-MM-DD"
    ]
    late = ["2024-01-01,day,2023,year", "2023-06,month,2023-05-31,day", "2023,year,2022-12,month"]
    assert problems(table, head + "\n".join(late) + "\n") == [
        f"error: spans.csv, row {n}, column 'end', value '{end}': end is before start"
        for n, end in ((2, "2023"), (3, "2023-05-31"), (4, "2022-12"))
    ]


def test_exercise_hosts_and_coordinates():
    table = Table(
        "exercises",
        "Where.",
        (
            Field("host", "country", "Host."),
            Field("at_sea", "bool", "At sea."),
            Field("lat", "float", "Lat."),
            Field("lon", "float", "Lon."),
            Field("start", "date", "Start."),
            Field("start_precision", "precision", "P.", choices=("year", "month", "day")),
        ),
    )
    text = "host,at_sea,lat,lon,start,start_precision\n" + "\n".join(
        [
            "JPN,false,35.29,139.67,2023,year",  # Yokosuka: in Japan
            "JPN,false,48.85,2.35,2023,year",  # Paris: not in Japan
            "JPN,true,48.85,2.35,2023,year",  # at sea: not checked
            ",true,0,0,2023,year",  # at sea, no host: fine
            ",false,35.29,139.67,2023,year",  # no host on land
            "JPN,false,x,139.67,2023,day",  # a malformed number; a date at another precision
        ]
    )
    assert problems(table, text + "\n") == [
        "error: exercises.csv, row 3, column 'lat', value '48.85': the point is outside the "
        "host country (mark at_sea true for a sea area)",
        "error: exercises.csv, row 6, column 'host': is empty, but a host is required unless "
        "at_sea is true",
        "error: exercises.csv, row 7, column 'lat', value 'x': is not a number (float)",
        # the table's own date checks are kept beside the host and coordinate checks
        "error: exercises.csv, row 7, column 'start_precision', value 'day': precision does "
        "not match how start is written (day = YYYY-MM-DD, month = YYYY-MM, year = YYYY; both "
        "or neither)",
    ]


def test_participants_roles_and_departure_pairs():
    table = Table(
        "exercise_participants",
        "Who.",
        (
            Field("country", "country", "Country."),
            Field("role", "enum", "Role.", choices=("Japan", "partner")),
            Field("departed_from", "text", "From."),
            Field("departed_lat", "float", "Lat."),
            Field("departed_lon", "float", "Lon."),
        ),
    )
    text = "country,role,departed_from,departed_lat,departed_lon\n" + "\n".join(
        [
            "JPN,Japan,Kure,34.2,132.5",
            "ITA,partner,,,",
            "ITA,Japan,,,",  # Japan's role for another country
            "JPN,partner,,,",  # Japan under another role
            "ITA,partner,Taranto,40.5,",  # a latitude without its longitude
            "ITA,partner,,40.5,17.2",  # a point without its place
        ]
    )
    assert problems(table, text + "\n") == [
        "error: exercise_participants.csv, row 4, column 'role', value 'Japan': is 'Japan' "
        "exactly when the country is JPN",
        "error: exercise_participants.csv, row 5, column 'role', value 'partner': is 'Japan' "
        "exactly when the country is JPN",
        # the pair's second column names the fault, with its value when it has one
        "error: exercise_participants.csv, row 6, column 'departed_lon': give both "
        "departed_lat and departed_lon, or neither",
        "error: exercise_participants.csv, row 7, column 'departed_lat', value '40.5': give "
        "both departed_from and departed_lat, or neither",
    ]


def test_coverage_spans_and_cited_records():
    coverage = Table(
        "coverage",
        "Spans.",
        (Field("from_year", "int", "From."), Field("to_year", "int", "To.")),
    )
    spans = "from_year,to_year\n2020,2024\n2024,2024\n2025,2024\n,2024\nx,2024\n2020,y\n"
    assert problems(coverage, spans) == [
        "error: coverage.csv, row 4, column 'to_year', value '2024': to_year is before from_year",
        # a malformed year is reported by its column check alone
        "error: coverage.csv, row 6, column 'from_year', value 'x': is not a number (int)",
        "error: coverage.csv, row 7, column 'to_year', value 'y': is not a number (int)",
    ]
    citations = Table(
        "citations",
        "Links.",
        (Field("table", "text", "Table."), Field("record_id", "text", "Record.")),
    )
    context = {"records": {"exercises": {"EX-1"}, "claims": {"CL-1"}}}
    links = "table,record_id\nexercises,EX-1\nclaims,EX-1\nexercises,CL-1\nevents,EV-9\n"
    assert problems(citations, links, context) == [
        "error: citations.csv, row 3, column 'record_id', value 'EX-1': no record with this "
        "id in the table named in 'table'",
        "error: citations.csv, row 4, column 'record_id', value 'CL-1': no record with this "
        "id in the table named in 'table'",
    ]  # events are not among the records checked: row 5 passes


def test_a_check_that_cannot_run_says_so():
    table = Table("exercises", "Where.", (Field("host", "country", "Host."),))
    # the host check reads at_sea, which this table lacks
    assert problems(table, "host\nJPN\n") == [
        "error: exercises.csv, column 'host': could not be checked (KeyError(\"at_sea\")): is "
        "empty, but a host is required unless at_sea is true",
        "error: exercises.csv, column 'lat': could not be checked (KeyError(\"lat\")): the "
        "point is outside the host country (mark at_sea true for a sea area)",
    ]


@pytest.mark.parametrize(
    "problem, said",
    [
        (Problem("a.csv", "is wrong"), "error: a.csv: is wrong"),
        (
            Problem("a.csv", "is wrong", row=0, column="c", value=""),
            "error: a.csv, row 0, column 'c', value '': is wrong",
        ),
        (Problem("a.csv", "odd", column="", severity="warning"), "warning: a.csv: odd"),
        (Problem("a.csv", "odd", severity="note"), "error: a.csv: odd"),
        (Problem("a.csv", "long", value="x" * 80), f"error: a.csv, value '{'x' * 80}': long"),
        (
            Problem("a.csv", "long", value="y" * 81),
            f"error: a.csv, value '{'y' * 77}...': long",
        ),
    ],
)
def test_a_problem_reads_as_one_line(problem, said):
    assert str(problem) == said


def test_dates_are_valid_at_one_of_three_precisions():
    dates = pd.Series(
        ["2023", "2023-02", "2024-02-29", "2023-02-29", "2023-13", "23", "2023-1-01", None, ""],
        index=range(5, 14),
    )
    assert rules._valid_dates(dates).tolist() == [
        True,
        True,
        True,
        False,  # not a leap year
        False,
        False,
        False,
        False,
        False,
    ]
    assert list(rules._valid_dates(dates).index) == list(range(5, 14))


def test_a_dates_period_runs_from_its_first_to_its_last_day():
    first, last = rules._period_bounds(pd.Series(["2023", "2024-02", "2023-05-06", None]))
    assert first.tolist()[:3] == [
        pd.Timestamp(d) for d in ("2023-01-01", "2024-02-01", "2023-05-06")
    ]
    assert last.tolist()[:3] == [
        pd.Timestamp(d) for d in ("2023-12-31", "2024-02-29", "2023-05-06")
    ]
    assert pd.isna(first.iloc[3]) and pd.isna(last.iloc[3])


CLAIM_HEADER = (
    "claim_id,kind,subject,domain,claim,claimant,claim_date,claim_date_precision,"
    "source_reliability,information_credibility,assessment,assessment_note,target_year\n"
)


def claim(claim_id: str, credibility: str, assessment: str) -> str:
    return (
        f"{claim_id},capability assessment,CHN,hypersonics,A claim,DoD,2021,year,"
        f"A,{credibility},{assessment},Why,\n"
    )


def test_an_assessment_allows_only_its_credibility_codes():
    from kizuna.schema import TABLES

    good = [
        claim("C-1", "1", "corroborated"),
        claim("C-2", "2", "plausible"),
        claim("C-3", "3", "plausible"),
        claim("C-4", "3", "contested"),
        claim("C-5", "4", "contested"),
        claim("C-6", "5", "refuted"),
        claim("C-7", "6", "unverified"),
    ]
    assert problems(TABLES["claims"], CLAIM_HEADER + "".join(good)) == []
    bad = [claim("C-8", "2", "corroborated"), claim("C-9", "1", "unverified")]
    found = problems(TABLES["claims"], CLAIM_HEADER + "".join(good + bad))
    assert found == [
        f"error: claims.csv, row {row}, column 'information_credibility', value '{value}': does "
        "not match the assessment (allowed: corroborated: 1; plausible: 2 or 3; contested: 3 or "
        "4; refuted: 5; unverified: 6)"
        for row, value in ((9, "2"), (10, "1"))
    ]
