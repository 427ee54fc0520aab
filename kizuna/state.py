"""The shared filter state every page and export reads: partners and an inclusive year range."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from kizuna import countries, i18n
from kizuna.i18n import _

# The year slider's ends: the record starts with the 1951 Security Treaty and runs to this year
# (never before 2026, the year of the latest records).
YEAR_BOUNDS = (1951, max(date.today().year, 2026))


@dataclass(frozen=True)
class Filters:
    """Partner codes (empty = all), an inclusive year range, and the reader's language (part of
    every cached view's key: text is made in it)."""

    partners: tuple[str, ...] = ()
    years: tuple[int, int] = YEAR_BOUNDS
    lang: str = i18n.DEFAULT

    def describe(self, partners: bool = True) -> str:
        years = f"{self.years[0]}–{self.years[1]}"
        if not partners:
            return years
        comma = "、" if i18n.language() == "ja" else ", "
        who = comma.join(countries.name(p) for p in self.partners) or _("all partners")
        return f"{who}; {years}"

    def slug(self) -> str:
        who = "-".join(self.partners) or "all"
        return f"{who}_{self.years[0]}-{self.years[1]}"
