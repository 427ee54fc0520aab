"""`python -m kizuna.serve [streamlit options]`: `streamlit run dashboard.py`, with the heavy
imports, the validated tables and every page's default view made ready before the server
listens, so the first analyst after a start does not pay for them.

Streamlit has no start-up hook, so this is the `streamlit run` command line run in-process after
the warming; Streamlit's caches are per process, and the pages then find what the warming put
there (ui.dataset and ui.view are the same cached functions the pages call).
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path

DASHBOARD = Path(__file__).resolve().parents[1] / "dashboard.py"


def warm() -> None:
    """The work of the first visit to every page, done before the server listens."""
    # Outside a script run, Streamlit warns that its caches have no session; expected here.
    logging.getLogger("streamlit.runtime.caching").setLevel(logging.ERROR)
    logging.getLogger("streamlit.runtime.scriptrunner_utils").setLevel(logging.ERROR)
    from kizuna import export, ui  # noqa: F401  (imports are half the cold cost)

    data = ui.dataset()
    ui.version()
    for needs, build, args, kwargs in default_views():
        if data.ok(*needs):
            ui.view(build, data, *args, **kwargs)


def default_views() -> list[tuple]:
    """Each page's view as a first visit asks for it (no filters, every facet at its default):
    (tables it needs, builder, arguments). tests/test_serve.py checks the pages ask for exactly
    these, so a first visit finds its view built."""
    from kizuna import countries, measures, schema, views
    from kizuna.state import Filters

    f = Filters()
    cited = ("citations", "sources")
    return [
        (("agreements", "agreement_parties", *cited), views.overview, (f,), {}),
        (
            ("agreements", "agreement_parties", *cited),
            views.partnerships,
            (f, [], dict(measures.DEFAULT_WEIGHTS)),
            {},
        ),
        (
            ("exercises", "exercise_participants", *cited),
            views.exercises,
            (f, [], [], "partner", False, True),
            {},
        ),
        (
            ("claims", "claim_evidence", *cited),
            views.claims,
            (f, [], [], []),
            {"kind": schema.CLAIM_KINDS[0]},
        ),
        (
            ("agreements", "agreement_parties", *cited),
            views.partner_dossier,
            (countries.PARTNERS[0], f.years),
            {},
        ),
    ]


def keep_offline() -> None:
    """Streamlit's start-up banner, when headless and bound to every address (HOST=0.0.0.0),
    asks checkip.amazonaws.com for the machine's external IP (streamlit.net_util, 1.67): a
    request leaving the machine, and a 2 s wait on closed networks. The banner is all it serves."""
    from streamlit import net_util

    net_util.get_external_ip = lambda: None


def main(argv: list[str]) -> int:
    from streamlit.web import cli

    keep_offline()
    # Every page is warmed before the server listens: a visit can only arrive once it is done,
    # and a load balancer's health check only passes then (warming beside a listening server,
    # a first visit waits for it: bench/analysis.md).
    try:
        warm()
    except Exception:  # a broken table must not keep the server down: pages show why
        logging.getLogger("kizuna").exception("warming the dashboard failed; starting cold")
    sys.argv = ["streamlit", "run", str(DASHBOARD), *argv]
    return cli.main()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
