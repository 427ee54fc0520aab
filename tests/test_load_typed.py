"""Validated strings typed for analysis (kizuna.load.typed), on frames worked by hand: dates
become the first day of their period, numbers and flags their types, the rest text."""

import pandas as pd
import pytest

from kizuna.load.typed import typed
from kizuna.schema import Field, Table

TABLE = Table(
    "things",
    "A table of every kind of field.",
    (
        Field("thing_id", "id", "The id."),
        Field("held", "date", "When."),
        Field("held_precision", "precision", "How precisely."),
        Field("ships", "int", "How many ships."),
        Field("lat", "float", "Latitude."),
        Field("at_sea", "bool", "At sea."),
        Field("host", "country", "Host."),
    ),
)


def frame(**columns) -> pd.DataFrame:
    """Text columns as the reader gives them (missing cells are None), on a shuffled index."""
    index = range(10, 10 + len(next(iter(columns.values()))))
    return pd.DataFrame({k: pd.Series(v, dtype="str", index=index) for k, v in columns.items()})


RAW = frame(
    thing_id=["A", "B", "C", "D", "E"],
    held=["2023", "2023-08", "2023-08-13", None, "2023-08"],
    held_precision=["year", "month", "day", None, "month"],
    ships=["3", None, "-2", "0", "10"],
    lat=["35.29", "-1.5", None, "0", "12"],
    at_sea=["true", "false", None, "true", "false"],
    host=["JPN", None, "ITA", "AUS", "JPN"],
)


def test_dates_are_the_first_day_of_their_period():
    got = typed(RAW, TABLE)["held"]
    assert got.dtype == "datetime64[us]"
    assert got.tolist()[:3] == [
        pd.Timestamp(2023, 1, 1),  # a year: 1 January
        pd.Timestamp(2023, 8, 1),  # a month: its first day
        pd.Timestamp(2023, 8, 13),
    ]
    assert pd.isna(got.iloc[3])
    assert got.iloc[4] == pd.Timestamp(2023, 8, 1)  # a repeated date, parsed once, same day


def test_numbers_flags_and_text_get_their_types():
    got = typed(RAW, TABLE)
    assert got["ships"].dtype == "Int64"
    assert got["ships"].isna().tolist() == [False, True, False, False, False]
    assert got["ships"].fillna(99).tolist() == [3, 99, -2, 0, 10]
    assert got["lat"].dtype == "float64"
    assert got["lat"].tolist()[:2] == [35.29, -1.5] and pd.isna(got["lat"].iloc[2])
    assert got["at_sea"].dtype == bool
    assert got["at_sea"].tolist() == [True, False, False, True, False]  # missing: not at sea
    for column in ("thing_id", "held_precision", "host"):
        assert got[column].dtype == "string"
    assert got["host"].fillna("-").tolist() == ["JPN", "-", "ITA", "AUS", "JPN"]


def test_columns_in_the_tables_order_on_a_fresh_index():
    got = typed(RAW, TABLE)
    assert list(got.columns) == TABLE.columns
    assert list(got.index) == [0, 1, 2, 3, 4]


@pytest.mark.parametrize("dates", [[None, None], []], ids=["all missing", "no rows"])
def test_a_date_column_with_no_date(dates):
    raw = frame(**{f.name: [None] * len(dates) for f in TABLE.fields})
    raw["thing_id"] = pd.Series(["X"] * len(dates), dtype="str", index=raw.index)
    got = typed(raw, TABLE)
    assert got["held"].dtype == "datetime64[us]"
    assert len(got) == len(dates) and got["held"].isna().all()
