"""What a table description is made of: a :class:`Table` of :class:`Field`s."""

from __future__ import annotations

from dataclasses import dataclass

from kizuna.schema.vocabulary import (
    PRECISIONS,
)


@dataclass(frozen=True)
class Field:
    """One column of a table.

    kind is one of: id, text, enum, country, date, precision, int, float, bool, url, ref.
    A ``date`` field is always followed by its ``<name>_precision`` companion.
    """

    name: str
    kind: str
    description: str
    required: bool = False
    choices: tuple[str, ...] = ()
    unique: bool = False
    refers_to: str | None = None  # "table.column" for kind == "ref"
    bounds: tuple[float, float] | None = None


@dataclass(frozen=True)
class Table:
    name: str
    description: str
    fields: tuple[Field, ...]
    key: str | None = None  # the record id column, for tables that are cited
    ordering: tuple[tuple[str, str], ...] = ()  # (earlier date, later date) pairs
    folder: str = ""  # beneath data/, for reference tables

    @property
    def file(self) -> str:
        return f"{self.folder}/{self.name}.csv" if self.folder else f"{self.name}.csv"

    @property
    def columns(self) -> list[str]:
        return [f.name for f in self.fields]

    @property
    def date_fields(self) -> list[str]:
        return [f.name for f in self.fields if f.kind == "date"]


def dated(name: str, description: str, required: bool = False) -> tuple[Field, Field]:
    return (
        Field(
            name,
            "date",
            f"{description} ISO 8601 at its precision: YYYY, YYYY-MM or YYYY-MM-DD.",
            required=required,
        ),
        Field(
            f"{name}_precision",
            "precision",
            f"How precisely `{name}` is known.",
            required=required,
            choices=PRECISIONS,
        ),
    )
