"""Each page's charts, tables and metrics for a filter state, built without Streamlit: the one road
from the data to a page. The pages render these; the briefing pack exports the same objects, so a
downloaded chart is exactly the one on screen. One module per page (``_overview``,
``_partnerships``, ``_exercises``, ``_claims``, ``_method``; ``dossier``, a package, for the
Partner page), the shared parts in ``_core``."""

from kizuna.views import dossier  # noqa: I001  (last: the dossier reads the views above)
from kizuna.views._briefing import briefing, cited_sources
from kizuna.views._claims import (
    LEDGER_COLUMNS,
    capability_milestones,
    claim_evidence,
    claim_table,
    claims,
)
from kizuna.views._core import SHOWN_ROWS, View, caption, index_frame, prepare
from kizuna.views._exercises import exercise_map, exercise_table, exercises
from kizuna.views._method import (
    coverage_table,
    data_dictionary,
    japanese_titles,
    last_updated,
    source_search,
    source_table,
    sourcing,
    tracked_series,
)
from kizuna.views._overview import overview
from kizuna.views._partnerships import agreement_table, compare, partnerships
from kizuna.views.dossier import build as partner_dossier

__all__ = [
    "LEDGER_COLUMNS",
    "SHOWN_ROWS",
    "View",
    "agreement_table",
    "briefing",
    "capability_milestones",
    "caption",
    "cited_sources",
    "claim_evidence",
    "claim_table",
    "claims",
    "compare",
    "coverage_table",
    "data_dictionary",
    "dossier",
    "exercise_map",
    "exercise_table",
    "exercises",
    "index_frame",
    "japanese_titles",
    "last_updated",
    "overview",
    "partner_dossier",
    "partnerships",
    "prepare",
    "source_search",
    "source_table",
    "sourcing",
    "tracked_series",
]
