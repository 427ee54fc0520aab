"""The one list of pages: the navigation, the tests and the benchmark all read it."""

from __future__ import annotations

from dataclasses import dataclass

from kizuna.i18n import N_


@dataclass(frozen=True)
class Page:
    name: str  # the key tests and the benchmark use
    script: str  # path from the repository root
    title: str  # in the navigation (English, marked: shown as _(title))
    url_path: str  # in the link: /partner, /exercises (the default page answers at / too)
    heading: str  # its h1 when the link chooses nothing (English, marked: shown as _(heading))
    first_paint: str  # what its first paint is: "chart" or "table"


PAGES = (
    Page(
        "overview",
        "app_pages/overview.py",
        N_("Overview"),
        "overview",
        N_("Japan's security partnerships"),
        "chart",
    ),
    # The dossier's h1 is its partner's name: the first partner, unless the link chooses one.
    Page(
        "partner",
        "app_pages/partner.py",
        N_("Partner dossier"),
        "partner",
        "United States",
        "chart",
    ),
    Page(
        "partnerships",
        "app_pages/partnerships.py",
        N_("Partnerships"),
        "partnerships",
        N_("Partnerships"),
        "chart",
    ),
    Page(
        "exercises",
        "app_pages/exercises.py",
        N_("Exercises"),
        "exercises",
        N_("Exercises and deployments"),
        "chart",
    ),
    Page(
        "claims",
        "app_pages/claims.py",
        N_("Claims and fact-checks"),
        "claims",
        N_("Claims and fact-checks"),
        "chart",
    ),
    Page(
        "sources",
        "app_pages/sources.py",
        N_("Sources & method"),
        "sources",
        N_("Sources & method"),
        "table",
    ),
)
BY_NAME = {p.name: p for p in PAGES}
DEFAULT = PAGES[0]
