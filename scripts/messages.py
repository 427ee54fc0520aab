"""Extract the interface's English from the code and merge it into every language's catalog
(`make messages`). New messages arrive untranslated; messages gone from the code are dropped.
Uses Babel's extractor and catalog merge (what `pybabel extract` and `pybabel update` do)."""

from __future__ import annotations

import sys
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.extract import extract_from_dir
from babel.messages.pofile import read_po, write_po

ROOT = Path(__file__).resolve().parents[1]
SOURCES = ("kizuna", "app_pages", "dashboard.py")
KEYWORDS = {"_": None, "N_": None, "ngettext": (1, 2)}
LOCALE_DIR = ROOT / "kizuna" / "locale"


def extracted() -> Catalog:
    """Every message the code marks, with where it is used."""
    catalog = Catalog(project="kizuna", charset="utf-8")
    for source in SOURCES:
        path = ROOT / source
        if path.is_file():
            found = extract_from_dir(
                ROOT, method_map=[(source, "python")], keywords=KEYWORDS, comment_tags=("i18n:",)
            )
        else:
            found = extract_from_dir(
                path, method_map=[("**.py", "python")], keywords=KEYWORDS, comment_tags=("i18n:",)
            )
        for filename, lineno, message, comments, context in found:
            where = source if path.is_file() else f"{source}/{filename}"
            catalog.add(
                message, locations=[(where, lineno)], auto_comments=comments, context=context
            )
    return catalog


def merged(lang: str, template: Catalog) -> Catalog:
    path = LOCALE_DIR / lang / "LC_MESSAGES" / "kizuna.po"
    if path.exists():
        with path.open("rb") as f:
            catalog = read_po(f, locale=lang)
    else:
        catalog = Catalog(locale=lang, project="kizuna", charset="utf-8")
    catalog.update(template, no_fuzzy_matching=True)
    catalog.obsolete.clear()
    catalog.fuzzy = False  # the header: a fuzzy header would drop its plural rule
    return catalog


def main() -> int:
    template = extracted()
    for lang_dir in sorted(p for p in LOCALE_DIR.iterdir() if p.is_dir()):
        catalog = merged(lang_dir.name, template)
        path = lang_dir / "LC_MESSAGES" / "kizuna.po"
        with path.open("wb") as f:
            write_po(f, catalog, width=100, sort_output=False, omit_header=False)
        missing = sum(1 for m in catalog if m.id and not m.string)
        print(f"{path.relative_to(ROOT)}: {len(catalog)} messages, {missing} untranslated")
    return 0


if __name__ == "__main__":
    sys.exit(main())
