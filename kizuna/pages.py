"""The one list of pages: the navigation, the tests and the benchmark all read it."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Page:
    name: str  # the key tests and the benchmark use
    script: str  # path from the repository root
    title: str  # in the navigation
    url_path: str  # in the link: /partner, /exercises (the default page answers at / too)
    heading: str  # its h1 when the link chooses nothing
    first_paint: str  # what its first paint is: "chart" or "table"


PAGES = (
    Page(
        "overview",
        "app_pages/overview.py",
        "Overview",
        "overview",
        "Japan's security partnerships",
        "chart",
    ),
    # The dossier's h1 is its partner's name: the first partner, unless the link chooses one.
    Page("partner", "app_pages/partner.py", "Partner dossier", "partner", "United States", "chart"),
    Page(
        "partnerships",
        "app_pages/partnerships.py",
        "Partnerships",
        "partnerships",
        "Partnerships",
        "chart",
    ),
    Page(
        "exercises",
        "app_pages/exercises.py",
        "Exercises",
        "exercises",
        "Exercises and deployments",
        "chart",
    ),
    Page(
        "claims",
        "app_pages/claims.py",
        "Claims and fact-checks",
        "claims",
        "Claims and fact-checks",
        "chart",
    ),
    Page(
        "sources",
        "app_pages/sources.py",
        "Sources & method",
        "sources",
        "Sources & method",
        "table",
    ),
)
BY_NAME = {p.name: p for p in PAGES}
DEFAULT = PAGES[0]
