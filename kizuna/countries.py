"""Country codes, names and the one fixed colour each partner has in every chart."""

from __future__ import annotations

from functools import cache

import pycountry

from kizuna import i18n

JAPAN = "JPN"

# Organisations Japan partners with; ISO 3166 has no alpha-3 code for them. EUU is the code
# the World Bank and UN statistics use for the European Union.
ORGANISATIONS = {"NATO": "NATO", "EUU": "European Union"}

# The partners in the dashboard's scope, in the order analysts list them.
PARTNERS = (
    "USA",
    "AUS",
    "GBR",
    "FRA",
    "ITA",
    "DEU",
    "IND",
    "PHL",
    "CAN",
    "NZL",
    "NLD",
    "SWE",
    "ESP",
    "POL",
    "KOR",
    "VNM",
    "IDN",
    "MYS",
    "THA",
    "NATO",
    "EUU",
)

# Okabe-Ito for the eight partners seen most, then Paul Tol's muted and light schemes: all
# three were designed to stay distinguishable under the common colour-vision deficiencies.
_OKABE_ITO = (
    "#0072B2",
    "#E69F00",
    "#009E73",
    "#CC79A7",
    "#D55E00",
    "#56B4E9",
    "#F0E442",
    "#000000",
)
_TOL_MUTED = (
    "#332288",
    "#88CCEE",
    "#44AA99",
    "#117733",
    "#999933",
    "#DDCC77",
    "#CC6677",
    "#882255",
    "#AA4499",
)
_TOL_LIGHT = ("#77AADD", "#EE8866", "#EEDD88", "#FFAABB", "#99DDFF", "#44BB99", "#BBCC33")
PARTNER_COLOURS = dict(zip(PARTNERS, _OKABE_ITO + _TOL_MUTED + _TOL_LIGHT, strict=False))
JAPAN_COLOUR = "#BC002D"  # the hinomaru red: Japan is the hub of every view
OTHER_COLOUR = "#BBBBBB"


@cache
def known_codes() -> frozenset[str]:
    return frozenset(c.alpha_3 for c in pycountry.countries) | frozenset(ORGANISATIONS)


def name(code: str) -> str:
    """The short name an analyst expects, in the reader's language: 'South Korea', not
    'Korea, Republic of'; 韓国, 英国, 米国."""
    return _name(code, i18n.language())


@cache
def _name(code: str, lang: str) -> str:
    if lang == "ja":
        return _japanese(code)
    if code in ORGANISATIONS:
        return ORGANISATIONS[code]
    country = pycountry.countries.get(alpha_3=code)
    if country is None:
        return code
    return getattr(country, "common_name", None) or _SHORT_NAMES.get(code, country.name)


# Japanese names are CLDR's (Babel's territory names), except where MOFA's usage differs and
# analysts expect it: 英国 and 米国 (MOFA's short forms), the organisations by their Japanese
# names with the abbreviation.
_JA_NAMES = {
    "GBR": "英国",
    "USA": "米国",
    "NATO": "北大西洋条約機構（NATO）",
    "EUU": "欧州連合（EU）",
}


def _japanese(code: str) -> str:
    if code in _JA_NAMES:
        return _JA_NAMES[code]
    country = pycountry.countries.get(alpha_3=code)
    if country is None:
        return code
    from babel import Locale

    return Locale("ja").territories.get(country.alpha_2, _name(code, "en"))


# Names that take the article inside a sentence ("with the United States").
_WITH_THE = {"USA", "GBR", "PHL", "NLD", "ARE", "EUU", "CZE", "DOM", "BHS", "GMB", "MDV", "SLB"}


def in_sentence(code: str) -> str:
    """The name as it reads inside a sentence: 'the United States', 'Australia'."""
    if i18n.language() != "en":
        return name(code)
    return f"the {name(code)}" if code in _WITH_THE else name(code)


_SHORT_NAMES = {
    "GBR": "United Kingdom",
    "USA": "United States",
    "KOR": "South Korea",
    "PRK": "North Korea",
    "RUS": "Russia",
    "VNM": "Vietnam",
    "IRN": "Iran",
    "SYR": "Syria",
}


def label(code: str) -> str:
    """'Italy (ITA)': how a country appears in filters. Streamlit writes a bound widget's
    labels into the URL, so no flag emoji here: shared links stay plain text."""
    return f"{name(code)} ({code})"


def parse_partners(values) -> tuple[list[str], list[str]]:
    """Partner codes from link values: 'ITA', 'ita' or 'Italy (ITA)'; the rest as unknown."""
    codes, unknown = [], []
    for value in values:
        text = str(value).strip()
        if text.endswith(")") and "(" in text:
            text = text[text.rindex("(") + 1 : -1]
        code = text.upper()
        if code in PARTNERS:
            if code not in codes:
                codes.append(code)
        else:
            unknown.append(str(value)[:40])
    return codes, unknown


def colour(code: str) -> str:
    if code == JAPAN:
        return JAPAN_COLOUR
    return PARTNER_COLOURS.get(code, OTHER_COLOUR)
