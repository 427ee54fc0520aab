"""What a table description is made of: a :class:`Table` of :class:`Field`s."""

from __future__ import annotations

from dataclasses import dataclass

from kizuna.i18n import N_, _
from kizuna.schema.vocabulary import (
    PRECISIONS,
)

# The words a date field and its precision add to their descriptions (data dictionary).
DATE_NOTE = N_("{description} ISO 8601 at its precision: YYYY, YYYY-MM or YYYY-MM-DD.")
PRECISION_NOTE = N_("How precisely `{name}` is known.")


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
    """A date field (``description`` marked with N_) and its precision companion."""
    return (
        Field(
            name,
            "date",
            DATE_NOTE.format(description=description),
            required=required,
        ),
        Field(
            f"{name}_precision",
            "precision",
            PRECISION_NOTE.format(name=name),
            required=required,
            choices=PRECISIONS,
        ),
    )


def described(field: Field) -> str:
    """The field's description in the reader's language (the data dictionary on Sources &
    method). A date field's and its precision's descriptions are made by ``dated`` from a
    template, translated here as a template."""
    if field.kind == "precision":
        name = field.name.removesuffix("_precision")
        if field.description == PRECISION_NOTE.format(name=name):
            return _(PRECISION_NOTE).format(name=name)
    if field.kind == "date":
        tail = DATE_NOTE.format(description="")
        if field.description.endswith(tail):
            head = field.description.removesuffix(tail)
            return _(DATE_NOTE).format(description=_(head))
    return _(field.description)
