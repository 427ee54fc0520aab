"""`python -m kizuna.serve [streamlit options]`: `streamlit run dashboard.py`, with the heavy
imports, the validated tables, the Overview's default view and every table's citations made
ready while the server starts, so the first analyst after a start does not pay for them.

Streamlit has no start-up hook, so this is the `streamlit run` command line run in-process with
one thread beside it; Streamlit's caches are per process, and the pages then find what the thread
put there (ui.dataset and ui.view are the same cached functions the pages call).
"""

from __future__ import annotations

import logging
import sys
import threading
from pathlib import Path

DASHBOARD = Path(__file__).resolve().parents[1] / "dashboard.py"


def warm() -> None:
    """The work of the first visit to the Overview, done before anyone asks."""
    # Outside a script run, Streamlit warns that its caches have no session; expected here.
    logging.getLogger("streamlit.runtime.caching").setLevel(logging.ERROR)
    logging.getLogger("streamlit.runtime.scriptrunner_utils").setLevel(logging.ERROR)
    from kizuna import export, ui, views  # noqa: F401  (imports are half the cold cost)
    from kizuna.state import Filters

    data = ui.dataset()
    ui.version()
    if data.ok("agreements", "agreement_parties", "citations", "sources"):
        ui.view(views.overview, data, Filters())
    if data.ok("citations", "sources"):
        views.prepare(data)  # then every other page's citations


def keep_offline() -> None:
    """Streamlit's start-up banner, when headless and bound to every address (HOST=0.0.0.0),
    asks checkip.amazonaws.com for the machine's external IP (streamlit.net_util, 1.67): a
    request leaving the machine, and a 2 s wait on closed networks. The banner is all it serves."""
    from streamlit import net_util

    net_util.get_external_ip = lambda: None


def main(argv: list[str]) -> int:
    from streamlit.web import cli

    keep_offline()
    threading.Thread(target=warm, name="kizuna-warm", daemon=True).start()
    sys.argv = ["streamlit", "run", str(DASHBOARD), *argv]
    return cli.main()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
