"""The reader's language: English or Japanese.

Interface text goes through gettext: ``_("…")`` where it is shown, ``N_("…")`` where it is
defined at import (then ``_()`` at use). The catalogs are ``kizuna/locale/<lang>/LC_MESSAGES/
kizuna.po``, kept in the repository and compiled by Babel when first read (no build step);
``make messages`` extracts the English and merges it into them. The language is set once per
run (``use``) and read wherever text is made; views are cached per filter state, and the
language is part of it (``Filters.lang``), so one session's Japanese never reaches another's
English. Names, dates and numbers follow the language too (Babel's CLDR data).
"""

from __future__ import annotations

import contextvars
import datetime
import gettext
import io
from functools import cache
from pathlib import Path

LANGUAGES = {"en": "English", "ja": "日本語"}
DEFAULT = "en"
LOCALE_DIR = Path(__file__).resolve().parent / "locale"
DOMAIN = "kizuna"

_current: contextvars.ContextVar[str] = contextvars.ContextVar("kizuna_language", default=DEFAULT)


def catalog_path(lang: str) -> Path:
    return LOCALE_DIR / lang / "LC_MESSAGES" / f"{DOMAIN}.po"


@cache
def translations(lang: str) -> gettext.NullTranslations:
    """The language's catalog, compiled in memory by Babel from its .po file."""
    path = catalog_path(lang)
    if lang == DEFAULT or not path.exists():
        return gettext.NullTranslations()
    from babel.messages.mofile import write_mo
    from babel.messages.pofile import read_po

    with path.open("rb") as f:
        catalog = read_po(f, locale=lang, domain=DOMAIN)
    compiled = io.BytesIO()
    write_mo(compiled, catalog, use_fuzzy=False)
    compiled.seek(0)
    return gettext.GNUTranslations(compiled)


def known(lang: str | None) -> bool:
    return lang in LANGUAGES


def use(lang: str | None) -> str:
    """Make ``lang`` the language of this run (English for anything unknown); returns it."""
    chosen = lang if known(lang) else DEFAULT
    _current.set(chosen)
    return chosen


def language() -> str:
    return _current.get()


def _(message: str) -> str:
    """``message`` in the current language."""
    return translations(language()).gettext(message)


def ngettext(singular: str, plural: str, n: int) -> str:
    return translations(language()).ngettext(singular, plural, n)


def N_(message: str) -> str:  # noqa: N802 (gettext's name for "mark, translate later")
    """Marks text defined at import for extraction; ``_()`` translates it where it is shown."""
    return message


def from_browser(locale: str | None) -> str:
    """The language a browser's locale asks for ("ja-JP" → "ja"), else the default."""
    base = (locale or "").replace("_", "-").split("-")[0].lower()
    return base if known(base) else DEFAULT


# -- numbers and dates in the reader's convention ------------------------------------------


def number(n: float | int, digits: int = 0) -> str:
    """Thousands separators (and decimals) as the language writes them."""
    from babel.numbers import format_decimal

    pattern = "#,##0" + ("." + "0" * digits if digits else "")
    return format_decimal(n, format=pattern, locale=language())


def date_text(value, precision: str = "day") -> str:
    """A date at its precision: "10 Jan 2023" (day zero-padded: "05 Jan 2023"), "Jan 2023",
    "2023" in English; "2023年1月10日", "2023年1月", "2023年" in Japanese."""
    if value is None or value != value:  # None, NaT or NaN: no date
        return ""
    if language() == "ja":
        year, month, day = value.year, value.month, value.day
        if precision == "year":
            return f"{year}年"
        if precision == "month":
            return f"{year}年{month}月"
        return f"{year}年{month}月{day}日"
    return value.strftime({"year": "%Y", "month": "%b %Y"}.get(precision, "%d %b %Y"))


# After a record's English title where the Japanese page shows it for want of an official
# Japanese one.
ENGLISH_MARK = "（英文）"


def record_date(value, precision: str = "day") -> str:
    """A record's date where the brief and the dossier write it: ISO 8601 at its precision in
    English ("2023-01-10", "2023-01", "2023"), the Japanese convention in Japanese
    ("2023年1月10日", "2023年1月", "2023年")."""
    if value is None or value != value:  # None, NaT or NaN: no date
        return ""
    if language() == "ja":
        return date_text(value, precision)
    return value.strftime({"year": "%Y", "month": "%Y-%m"}.get(precision, "%Y-%m-%d"))


def iso_text(text: str) -> str:
    """A date written ISO at its precision ("2023", "2023-01", "2023-01-10") in the reader's
    convention (record_date)."""
    precision = {4: "year", 7: "month"}.get(len(text), "day")
    return record_date(
        datetime.date.fromisoformat(text + {4: "-01-01", 7: "-01"}.get(len(text), "")), precision
    )


def fiscal_year(year: int) -> str:
    """Japan's fiscal year as the language writes it: "FY2023", "2023年度"."""
    return f"{year}年度" if language() == "ja" else f"FY{year}"
