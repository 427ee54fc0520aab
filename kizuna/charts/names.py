"""Short names for records on a chart, in the words analysts use: "Australia RAA (2022)",
"UK–Italy GCAP treaty (2023)", a policy event up to its first colon: never a title cut mid-word."""

from __future__ import annotations

import re

import pandas as pd

from kizuna import countries
from kizuna.charts.core import short_words
from kizuna.i18n import N_, _
from kizuna.schema import MECHANISM_TYPES, TREATY_LEVEL_TYPES, TYPE_SHORT

EVENT_CHARS = 48  # a policy event's label: its title up to its first colon or bracket


def event_name(title) -> str:
    """A policy event as a label: its title up to the first colon or bracket ('UK Integrated
    Review Refresh 2023'); a title with no such break longer than EVENT_CHARS is shortened on
    a word boundary."""
    text = re.split(r":\s|\s\(|\s\"", str(title), maxsplit=1)[0].strip()
    return short_words(text, EVENT_CHARS)


# What analysts call an instrument, found in its title: the first pattern that matches wins
# (an action plan "for the Strategic Partnership" is an action plan, not the partnership).
# The words are shown in the reader's language; acronyms (MoC, MoU) as they are in Japanese too.
_INSTRUMENT_WORDS = (
    (r"\baction plan\b", N_("action plan")),
    (r"\b(\w+ accord)\b", None),  # "the Hiroshima Accord": its own name
    (r"joint declaration on security cooperation", N_("security declaration")),
    (r"joint political declaration", N_("political declaration")),
    (
        r"\b((?:(?:special|comprehensive|global|enhanced|exceptional|strategic|security|leading"
        r"|dynamic|extensive|strengthened|cooperative|and|economic),? )*"
        r"(?:strategic|security|defen[cs]e|exceptional|cooperative|global|economic) partnership)",
        None,
    ),
    (r"\bconvention\b|\btreaty\b", N_("treaty")),
    (r"leaders'? statement", N_("leaders' statement")),
    (r"memorandum of cooperation", "MoC"),
    (r"memorandum of implementation", "MoI"),
    (r"memorandum of understanding", "MoU"),
    (r"memorandum on (?:bilateral )?defen[cs]e cooperation", N_("defence MoU")),
    (r"terms of reference", N_("terms of reference")),
    (r"exchange of notes", N_("exchange of notes")),
    (r"exchange of letters", N_("exchange of letters")),
    (r"\bcontracts?\b", N_("contracts")),
    (r"co-production", N_("co-production")),
    (r"arrangement", N_("arrangement")),
    (r"joint declaration", N_("joint declaration")),
    (r"joint (?:press )?statement", N_("joint statement")),
)
_INSTRUMENT = [(re.compile(p, re.IGNORECASE), word) for p, word in _INSTRUMENT_WORDS]
# The schema's short names that are words, not acronyms: as a label writes them (lower case) and
# as a column header does (grids' agreement matrix).
_TYPE_WORDS = (
    N_("security treaty"),
    N_("equipment transfer"),
    N_("co-development"),
    N_("partnership statement"),
    N_("joint research"),
    N_("other"),
    N_("agreement"),
)
TYPE_SHORT_WORDS = (
    N_("Security treaty"),
    N_("Equipment transfer"),
    N_("Co-development"),
    N_("Partnership statement"),
)
# the words _word translates (an acronym among them, never marked, stays as it is)
_WORDS = frozenset([w for _pattern, w in _INSTRUMENT_WORDS if w] + list(_TYPE_WORDS))
_BRACKETS = re.compile(r"\(([^()]*)\)")
_ACRONYM = re.compile(r"^[A-Z][A-Z0-9&\-]{2,}$")  # ACSA, GSOMIA, RDT&E, GIGO; not "Japan-US"
_PARTNER_PREFIX = re.compile(r"^(?:Japan-\S+|\S+-Japan|Japan)\s+")
_PROGRAMME_CHARS = 24  # a programme name longer than this is named by its acronym, if it has one
# Types whose instruments are named after their programme ("GCAP treaty") when it has one.
_BY_PROGRAMME = (
    "co-development programme",
    "joint research",
    "defence equipment and technology transfer",
    "other",
)
# Shorter names for labels, where analysts use them.
_SHORT_PARTNER = {"GBR": N_("UK"), "USA": N_("US"), "EUU": "EU"}


def partner_short(code: str) -> str:
    """The partner as a label names it: 'UK', 'US', 'EU', else its short name (in the reader's
    language)."""
    short = _SHORT_PARTNER.get(code)
    return _(short) if short else countries.name(code)


def _word(text):
    """One of the English words above in the reader's language; an acronym, or a name taken
    from a record's title, as it is; None stays None."""
    return _(text) if text in _WORDS else text


def _with(name: str, word) -> str:
    """'GCAP treaty', 'RDT&E arrangement': a programme or an acronym and the kind of
    instrument; the name alone when there is no word."""
    if not word:
        return name
    # i18n: {name}: a programme or an acronym ("GCAP"); {instrument}: "treaty", "MoC"
    return _("{name} {instrument}").format(name=name, instrument=_word(word))


def _acronym(text: str) -> str | None:
    """The acronym a title gives in brackets: 'ACSA' of '(ACSA, 1996)', 'SOFA' of '(Japan-US
    SOFA)'."""
    for inside in _BRACKETS.findall(str(text)):
        for word in re.split(r"[\s,;]+", inside):
            if _ACRONYM.match(word) and not word.isdigit():
                return word
    return None


def _instrument(title: str) -> str | None:
    """The kind of instrument the title names ('treaty', 'MoC', 'Special Strategic
    Partnership'), or None."""
    for pattern, word in _INSTRUMENT:
        found = pattern.search(str(title))
        if found:
            if word is not None:
                return word
            name = found.group(1)
            return name[:1].upper() + name[1:]
    return None


def _lower(name: str) -> str:
    """'Equipment transfer' -> 'equipment transfer'; an acronym stays as it is."""
    return name[:1].lower() + name[1:] if name[1:2].islower() else name


def _programme_name(programme) -> str | None:
    """'Japan-Australia marine hydrodynamics joint research' -> 'marine hydrodynamics';
    'Glide Phase Interceptor (GPI)' -> 'GPI'; 'GCAP' -> 'GCAP'."""
    if not isinstance(programme, str) or not programme.strip():
        return None
    name = _PARTNER_PREFIX.sub("", programme.strip(), count=1)
    name = re.sub(r"\s+joint research$", "", name)
    if len(name) > _PROGRAMME_CHARS:
        inside = _BRACKETS.findall(name)
        if inside:
            return inside[0]
    return name


def agreement_name(kind: str, title: str, programme=None) -> str:
    """The short name an analyst gives an instrument, without its partner: the type's standard
    short name from the schema's vocabulary ('RAA', 'ACSA', 'equipment transfer'), the acronym
    its title gives ('GSOMIA'), its programme and the kind of instrument ('GCAP treaty',
    'UNICORN mast MoI'), or the partnership a statement establishes ('Special Strategic
    Partnership'). Never a cut title."""
    title = str(title)
    word, acronym = _instrument(title), _acronym(title)
    amended = bool(re.match(r"(agreement )?amending\b", title, re.IGNORECASE))

    def amending(name: str) -> str:
        return _("{name} amendment").format(name=name) if amended else name

    subject = _programme_name(programme) if kind in _BY_PROGRAMME else None
    if kind == "defence equipment and technology transfer":
        if subject:  # the SM-3 Block IIA notes under the arms-technology transfer rules
            return _with(subject, word)
        if acronym:
            return amending(acronym)
        if word == "exchange of notes":
            return _("equipment transfer notes")
        return amending(_("equipment transfer"))
    if kind in TREATY_LEVEL_TYPES:
        return amending(acronym or _word(_lower(TYPE_SHORT[kind])))
    if kind in MECHANISM_TYPES:  # 'NATO ITPP', 'Special Strategic Partnership', 'action plan'
        return acronym or _word(word) or _word(_lower(TYPE_SHORT[kind]))
    if kind == "joint research":
        return (
            _("{programme} research").format(programme=subject) if subject else _("joint research")
        )
    if subject and kind == "co-development programme":
        return subject if word is None or word.lower() in subject.lower() else _with(subject, word)
    if acronym:  # 'RDT&E arrangement', 'TSCF MoC'; 'SOSA', whose A is the arrangement
        same = word is None or word[:1].upper() == acronym[-1]
        return acronym if same else _with(acronym, word)
    if subject:
        return _with(subject, word)
    return _word(word) or (
        _("agreement") if kind == "other" else _word(_lower(TYPE_SHORT.get(kind, "agreement")))
    )


def agreement_label(partners, kind: str, title: str, programme=None, year=None) -> str:
    """'Australia RAA (2022)', 'UK–Italy GCAP treaty (2023)': the partners (Japan is every
    instrument's other side), the short name and, where given, the year it is known by."""
    who = "–".join(partner_short(p) for p in partners)
    name = agreement_name(kind, title, programme)
    when = f" ({int(year)})" if year is not None and pd.notna(year) else ""
    return f"{who} {name}{when}".strip()
